"""The pipeline builds one view of each parse (geowire.nlp.view.DocView) for the actor resolver
and the coder together; the coder alone, outside the pipeline, builds and frees its own."""

from __future__ import annotations

import pytest

from geowire.nlp import view as view_module
from geowire.nlp.annotate import Annotated
from geowire.types import DocContext

from .conftest import PUBLISHED

_TEXT = (
    "Moscow, March 9 (Wire) — Russia's foreign minister met his Chinese counterpart in Beijing on "
    "Monday. China pledged to send food aid to Sudan, and Germany criticised Iran's missile tests."
)


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of the DocView objects built from here on (one item per view)."""
    real = view_module.DocView.__init__
    made: list[int] = []

    def counting(self: view_module.DocView, doc: object) -> None:
        made.append(1)
        real(self, doc)  # type: ignore[arg-type]

    monkeypatch.setattr(view_module.DocView, "__init__", counting)
    return made


def test_pipeline_one_view_per_document_for_actors_and_coder(analyzer, built):  # noqa: ANN001
    items = [(DocContext(doc_id=f"v{k}", published=PUBLISHED), _TEXT) for k in range(3)]
    analyses = list(analyzer.analyse(items))
    assert len(built) == 3  # resolver and coder shared each document's view
    assert all(a.mentions for a in analyses)


def test_pipeline_view_is_freed_before_the_document_is_yielded(analyzer, built):  # noqa: ANN001
    docs: list[Annotated] = []
    real_pipe = analyzer.annotator.pipe

    def keeping(items):  # noqa: ANN001, ANN202
        for ctx, annotated in real_pipe(items):
            docs.append(annotated)
            yield ctx, annotated

    analyzer.annotator.pipe = keeping
    try:
        for _ in analyzer.analyse([(DocContext(doc_id="v", published=PUBLISHED), _TEXT)]):
            assert docs[-1].doc.user_data.get(view_module._OPEN_VIEW) is None
    finally:
        del analyzer.annotator.pipe


def test_coder_alone_builds_its_own_view(analyzer, built):  # noqa: ANN001
    (p,) = list(analyzer.prepare([(DocContext(doc_id="v", published=PUBLISHED), _TEXT)]))
    before = len(built)
    analyzer.events(p)
    analyzer.events(p)
    assert len(built) == before + 2  # one per call, each freed at its end
    assert p.annotated.doc.user_data.get(view_module._OPEN_VIEW) is None
