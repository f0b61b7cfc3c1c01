"""(cx41) A total told of another clause does not make the opening batch a running count: in
"…handed over the first six … in May, and its navy has sailed the type since 2015" the "since
2015" belongs to the second clause, so the six still disagree with another report's "first
nine" of May (``records._one_opening_batch`` reads ``figures.cumulative`` in the claim's own
clause)."""

from __future__ import annotations

from tests.model.helpers import contradiction_pairs


def _quantity_pairs(*docs: tuple[str, str, str]) -> set[tuple[str, str, str]]:
    return {x for x in contradiction_pairs(list(docs)) if x[2] == "quantity"}


_FIRST_SIX = (
    "a",
    "2025-06-10",
    "ROME, 10 June 2025 — Italy handed the first six M-346 trainers to Nigeria in May, and it is now "
    "marketing the jet to Ghana. The aircraft are assembled near Varese.",
)


def test_cx41_a_total_in_another_clause_leaves_the_opening_batch_compared() -> None:
    later = (
        "b",
        "2025-08-01",
        "Italy's aerospace firms are busy. Italy delivered the first nine M-346 trainers to Nigeria in "
        "May, and the Italian air force has flown the M-346 since 2015.",
    )
    assert ("a", "b", "quantity") in _quantity_pairs(_FIRST_SIX, later)


def test_cx41_a_total_in_the_batch_clause_still_counts_what_came() -> None:
    running = (
        "b",
        "2025-08-01",
        "Italy's aerospace firms are busy. Since May Italy has delivered the first nine M-346 trainers "
        "to Nigeria in all, and the Italian air force flies the type too.",
    )
    assert not _quantity_pairs(_FIRST_SIX, running)
