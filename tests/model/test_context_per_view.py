"""``context.per_view``: a rule's function answered once per view and arguments (perf27)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from geowire.lang import load_language
from geowire.model.context import SentenceView, per_view
from geowire.types import DocContext, Sentence

_CTX = DocContext(doc_id="d", published=dt.date(2025, 1, 1))
_TEXT = "Norway delivered two launchers."


def _view() -> SentenceView:
    return SentenceView(
        Sentence(index=0, start=10, end=10 + len(_TEXT), text=_TEXT), _CTX, load_language("en")
    )


def test_per_view_answers_once_per_view_and_arguments() -> None:
    asked: list[tuple[object, ...]] = []

    @per_view
    def words_after(view: SentenceView, cues: object, at: int, *, every: bool = False) -> list[str]:
        asked.append((cues, at, every))
        return view.slice(at, view.sentence.end).split()

    view, other = _view(), _view()
    first = words_after(view, [(0, 17, 26, "delivered")], 17)
    first.append("changed by a caller")
    assert words_after(view, [(0, 17, 26, "delivered")], 17) == ["delivered", "two", "launchers."]
    assert len(asked) == 1  # a list argument is keyed by its items; the answer was copied
    words_after(view, [(0, 17, 26, "delivered")], 17, every=True)
    words_after(view, [(1, 17, 26, "delivered")], 17)
    words_after(other, [(0, 17, 26, "delivered")], 17)
    assert len(asked) == 4


def test_per_view_keys_other_objects_by_identity_and_a_new_view_starts_afresh() -> None:
    asked: list[object] = []

    @per_view
    def seen(view: SentenceView, lexicon: object) -> int:
        asked.append(lexicon)
        return len(asked)

    view, lex = _view(), {"a": 1}
    assert seen(view, lex) == seen(view, lex) == 1
    assert seen(view, {"a": 1}) == 2  # an equal object that is not the same one
    assert seen(dataclasses.replace(view, events=[]), lex) == 3  # a view made anew keeps nothing
    assert view.text == _TEXT and view.start == 10
