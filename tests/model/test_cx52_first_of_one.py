"""(cx52) The first item of a transfer told alone ("the first IRIS-T SLM battery", one) and the same
system told by its definite singular with no figure in a later article ("handed the IRIS-T SLM
battery over"): one item, so two dates of its handover that cannot both hold are disputed. A plural
("the batteries") or a figure of its own in the later article tells of the set or of another batch."""

from __future__ import annotations

from tests.model.helpers import contradiction_pairs

_FIRST = (
    "a",
    "2025-05-07",
    "CAIRO, 6 May 2025 — Germany delivered the first IRIS-T SLM air defence battery to Egypt on 4 May, "
    "the Egyptian army said on Tuesday. A second battery is due next year.",
)


def _dates(later: str) -> set[tuple[str, str, str]]:
    pairs = contradiction_pairs([_FIRST, ("b", "2025-05-14", later)])
    return {p for p in pairs if p[2] == "date"}


def test_cx52_the_first_one_and_the_definite_one_are_one_handover() -> None:
    later = (
        "BERLIN, 13 May 2025 — Germany handed the IRIS-T SLM battery over to Egypt in February, "
        "the German defence ministry said on Tuesday."
    )
    assert _dates(later) == {("a", "b", "date")}


def test_cx52_a_plural_in_the_later_article_is_the_set() -> None:
    later = (
        "BERLIN, 13 May 2025 — Germany handed the IRIS-T SLM batteries over to Egypt in February, "
        "the German defence ministry said on Tuesday."
    )
    assert _dates(later) == set()


def test_cx52_a_figure_in_the_later_article_is_another_batch() -> None:
    later = (
        "BERLIN, 13 May 2025 — Germany handed two IRIS-T SLM batteries over to Egypt in February, "
        "the German defence ministry said on Tuesday."
    )
    assert _dates(later) == set()
