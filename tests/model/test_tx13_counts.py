"""Counts of arms stated in shapes the figure-before-the-system rule misses (issue 13, part_39,
`tx13`): a total set beside the system after a comma, dash or bracket ("howitzers, 48 in all"); a
share of a figure ("24 of the 36 Apaches") as the count of any step its cue governs, not only a
delivery; and a later sentence that refers back to the step and counts it ("The order covers four
ships")."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _counts(analyzer, text: str) -> set[tuple[object, object, object]]:  # noqa: ANN001
    """(recipient, status, quantity) of the transfer claims that state a step."""
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 4, 2)), text)])
    return {
        (c.fields.get("recipient"), c.fields.get("status"), c.fields.get("quantity"))
        for c in a.claims
        if c.kind == "transfer" and c.fields.get("status") != "mentioned"
    }


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Chile bought Leopard 2 tanks from Germany, 140 in all, between 2007 and 2009.", 140.0),
        ("Ghana bought patrol boats from Turkey, some twenty-four altogether, over three years.", 24.0),
        ("Romania has signed for F-35 fighters — 32 of them — from the United States.", 32.0),
        ("Norway sent Leopard 2 tanks (eight in total) to Ukraine last year.", 8.0),
    ],
)
def test_tx13_a_total_set_beside_the_system_is_its_count(analyzer, text: str, count: float) -> None:  # noqa: ANN001
    assert {q for _r, _s, q in _counts(analyzer, text)} == {count}


def test_tx13_a_share_after_a_comma_is_no_total(analyzer) -> None:  # noqa: ANN001
    # "six of them in 2023" tells a part, not the whole the clause names: no count
    text = "Kenya bought TB2 drones from Turkey, six of them in 2023."
    assert {q for _r, _s, q in _counts(analyzer, text)} == {None}


@pytest.mark.parametrize(
    ("text", "status", "count"),
    [
        ("Morocco signed a contract for 24 of the 36 Apaches that Washington cleared.", "contracted", 24.0),
        ("Poland will receive six of the 20 F-35 jets it ordered from the United States.", "planned", 6.0),
    ],
)
def test_tx13_a_share_is_the_count_of_the_step_that_governs_it(  # noqa: ANN201
    analyzer,  # noqa: ANN001
    text: str,
    status: str,
    count: float,
):
    assert (status, count) in {(s, q) for _r, s, q in _counts(analyzer, text)}


def test_tx13_a_relative_cue_after_the_share_counts_the_whole(analyzer) -> None:  # noqa: ANN001
    # "26 of the 36 jets it ordered": the delivery is the share, the order the whole
    text = "India has now received 26 of the 36 Rafale jets it ordered from France in 2016."
    assert {(s, q) for _r, s, q in _counts(analyzer, text)} == {("delivered", 26.0), ("ordered", 36.0)}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Peru has ordered offshore patrol vessels from South Korea. The order covers four ships.", 4.0),
        ("Serbia ordered Rafale jets from France. The contract is for twelve aircraft.", 12.0),
    ],
)
def test_tx13_a_later_sentence_that_counts_the_step_gives_its_count(
    analyzer, text: str, count: float
) -> None:  # noqa: ANN001
    assert {q for _r, _s, q in _counts(analyzer, text)} == {count}


@pytest.mark.parametrize(
    "text",
    [
        # a sum is no count
        "Romania agreed to buy Patriot batteries from the United States. The deal is for $1.2 billion.",
        # the step is counted already: the later figure does not replace it
        "Serbia ordered 12 Rafale jets from France. The contract is for 14 aircraft.",
        # two transfers before it: which one the count belongs to is unknown
        "Serbia ordered Rafale jets and Caesar guns from France. The contract is for 12 aircraft.",
    ],
)
def test_tx13_a_later_count_needs_one_uncounted_step_and_a_count(analyzer, text: str) -> None:  # noqa: ANN001
    counts = {q for _r, _s, q in _counts(analyzer, text)}
    assert 14.0 not in counts and 1.2 not in counts and 1200000000.0 not in counts
    assert counts <= {None, 12.0}
    if "Caesar" in text:
        assert counts == {None}


def test_tx13_personnel_a_second_verb_trains_are_not_sent_with_the_system(analyzer) -> None:  # noqa: ANN001
    # the soldiers are the object of "train", not forces coordinated with the tanks
    text = "Britain will send 14 Challenger 2 tanks to Ukraine and train about 300 Ukrainian soldiers."
    assert _counts(analyzer, text) == {("UKR", "planned", 14.0)}


def test_tx13_personnel_coordinated_with_the_system_still_move_with_it(analyzer) -> None:  # noqa: ANN001
    assert _counts(analyzer, "Britain sent the frigate HMS Kent and about 180 sailors to Oman.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Spain has promised Ukraine 58 Leopard 2 tanks. Only 20 have arrived so far.",
        "Spain promised Ukraine 58 Leopard 2 tanks in 2023, but just 20 have been delivered.",
    ],
)
def test_tx13_a_bare_count_after_only_is_the_delivered_share(analyzer, text: str) -> None:  # noqa: ANN001
    assert ("UKR", "delivered", 20.0) in _counts(analyzer, text)


def test_tx13_a_share_of_a_countrys_figure_is_the_share(analyzer) -> None:  # noqa: ANN001
    text = "Sweden will deliver the first 8 of Brazil's 36 Gripen fighters in 2026."
    assert _counts(analyzer, text) == {("BRA", "planned", 8.0)}


def test_tx13_a_total_beside_the_system_counts_better_than_its_units(analyzer) -> None:  # noqa: ANN001
    text = "Two squadrons of F-16 fighters, 24 aircraft in all, will be sent from the Netherlands to Ukraine."
    assert {q for _r, _s, q in _counts(analyzer, text)} == {24.0}


def test_tx13_a_count_of_units_stands_without_a_total(analyzer) -> None:  # noqa: ANN001
    text = "Romania agreed to buy two batteries of Patriot systems from the United States."
    assert _counts(analyzer, text) == {("ROU", "contracted", 2.0)}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Indonesia placed a 42-jet order for Rafale fighters with France in 2022.", 42.0),
        ("Qatar has received a dozen-strong fleet of NASAMS launchers from Norway.", 12.0),
        ("Norway will hand Ukraine a twenty-four-gun package of M109 howitzers.", 24.0),
        # a duration or a sum joined by a hyphen counts no system
        ("Egypt signed a 10-year contract for Rafale jets with France.", None),
        ("Egypt signed a $4-billion deal for Rafale jets with France.", None),
    ],
)
def test_tx13_a_hyphenated_count_before_an_order_counts_the_system(  # noqa: ANN201
    analyzer,  # noqa: ANN001
    text: str,
    count: float | None,
):
    assert {q for _r, _s, q in _counts(analyzer, text)} == {count}


def test_tx13_a_later_sentence_that_counts_a_batch_counts_a_part(analyzer) -> None:  # noqa: ANN001
    text = "Serbia received its first batch of Rafale jets from France. The batch numbered six aircraft."
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 4, 2)), text)])
    (claim,) = [c for c in a.claims if c.kind == "transfer"]
    assert (claim.fields.get("quantity"), claim.fields.get("quantity_partial")) == (6.0, True)
