"""A news outlet cited as the source of a sentence is no party of its events, whether the role rules
or the wider lexical search found it: the object of a telling verb ("told Interfax"), and a name
that only modifies the subject of a citing verb ("Interfax news agency said").
Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _parties(cands) -> set[str | None]:  # noqa: ANN001
    return {p.code for e, _ in cands for p in (*e.actors, *e.recipients)}


def test_conj_outlet_told_is_no_recipient(candidates) -> None:  # noqa: ANN001
    cands = candidates("A Bolivian minister told Interfax that Chile had broken the border accord.")
    assert cands and "INTERFAX" not in _parties(cands)


def test_conj_outlet_named_before_its_head_noun_is_no_party(candidates) -> None:  # noqa: ANN001
    cands = candidates("Moscow said it would expel three Danish diplomats, Interfax news agency reported.")
    assert any(e.category == "SANCTION" for e, _ in cands)
    assert "INTERFAX" not in _parties(cands)
