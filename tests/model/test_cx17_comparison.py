"""Two articles that report one fact are compared (issue 13, contradictions on fresh text, ``cx17``):
an agreement two articles name in the same words ("a defence cooperation agreement") and date
months apart is a date dispute between them, while agreements named differently stay apart;
"officials disputed reports that …" denies the act it reports, for a transfer, a force and an
agreement alike, so it disputes a report of that act; a count summed over a period ("has rotated
6,000 soldiers through Estonia since 2016") is no force's size, while a force kept there since a
year is one."""

from functools import cache

from tests.model.helpers import contradiction_pairs

_DOCS = [
    ("alike-a", "2025-04-03", "Ghana and Portugal signed a defence cooperation agreement in February."),
    ("alike-b", "2025-07-11", "A defence cooperation agreement was signed by Ghana and Portugal in May."),
    ("mou-a", "2025-04-03", "Chile and Norway signed a memorandum of understanding on defence in January."),
    ("mou-b", "2025-07-11", "Chile signed a memorandum of understanding on defence with Norway in April."),
    ("unlike-a", "2025-04-03", "Peru and Greece signed a defence cooperation agreement in February."),
    ("unlike-b", "2025-07-11", "Peru and Greece signed a military training agreement in May."),
    ("day-a", "2025-04-03", "Kenya and Finland signed a defence cooperation agreement in March."),
    ("day-b", "2025-04-20", "Kenya and Finland signed a defence cooperation agreement on 14 March."),
    ("tx-a", "2025-06-02", "Spain delivered eighteen NASAMS batteries to Estonia in May."),
    ("tx-b", "2025-06-12",
     "Officials in Tallinn disputed reports that Spain had delivered NASAMS batteries to Estonia."),
    ("dep-a", "2025-06-02", "Belgium deployed 500 soldiers to Romania in May."),
    ("dep-b", "2025-06-12",
     "Officials in Bucharest disputed reports that Belgium had deployed troops to Romania."),
    ("ag-a", "2025-06-02", "Japan and Kenya signed a maritime security agreement on 20 May."),
    ("ag-b", "2025-06-12",
     "Officials in Tokyo disputed reports that Japan had signed a maritime security agreement with Kenya."),
    ("rot-a", "2025-06-02", "Denmark has 700 soldiers in Estonia."),
    ("rot-b", "2025-06-12", "Denmark has rotated 6,000 soldiers through Estonia since 2016."),
    ("kept-a", "2025-06-02", "Portugal has 200 soldiers in Romania."),
    ("kept-b", "2025-06-12", "Portugal has kept 450 soldiers in Romania since 2022."),
]  # fmt: skip


@cache
def _found() -> frozenset[tuple[str, str, str]]:
    return contradiction_pairs(_DOCS)


def _pairs(prefix: str) -> set[tuple[str, str, str]]:
    return {x for x in _found() if x[0].startswith(prefix)}


def test_cx17_an_agreement_described_alike_and_dated_months_apart_is_one_date_dispute() -> None:
    assert ("alike-a", "alike-b", "date") in _found()
    assert ("mou-a", "mou-b", "date") in _found()


def test_cx17_agreements_described_differently_months_apart_stay_two() -> None:
    assert not _pairs("unlike-")


def test_cx17_a_month_and_a_day_in_it_stay_compatible() -> None:
    assert not _pairs("day-")


def test_cx17_officials_disputing_a_reported_delivery_deny_it() -> None:
    assert ("tx-a", "tx-b", "status") in _found()


def test_cx17_officials_disputing_a_reported_deployment_deny_it() -> None:
    assert _pairs("dep-")


def test_cx17_officials_disputing_a_reported_signing_deny_it() -> None:
    assert ("ag-a", "ag-b", "status") in _found()


def test_cx17_a_count_summed_since_a_year_is_not_a_force_size() -> None:
    assert not _pairs("rot-")


def test_cx17_a_force_kept_there_since_a_year_is_still_compared() -> None:
    assert ("kept-a", "kept-b", "personnel") in _found()
