"""(cx32) One generic contract, told with two signing years by two articles that each tie it to the
same transfer (the same two parties, one system), is one contract whose date is disputed
(``records.covered_dates_apart``); contracts for different systems, different contracted
quantities, or an article that tells a second contract, stay two."""

from __future__ import annotations

from geowire.lang import load_language
from geowire.model.claims_eval import run_pipeline
from geowire.settings import load_settings


def _date_pairs(*texts: str) -> set[tuple[str, str]]:
    """The article pairs whose contracts' signing dates the pipeline finds disputed (the
    agreement's, not a transfer's own date dispute)."""
    docs = [{"id": f"d{i}", "published": f"2024-03-{10 + i:02d}", "text": t} for i, t in enumerate(texts)]
    out = run_pipeline(docs, load_settings(None), lang=load_language("en"))
    return {
        (min(x["doc_a"], x["doc_b"]), max(x["doc_a"], x["doc_b"]))
        for x in out.contradictions
        if x["field"] == "date" and str(x["subject"]).startswith("contract")
    }


def test_cx32_one_contract_for_one_transfer_dated_two_years_is_disputed() -> None:
    first = (
        "LIMA, 9 March 2024 — Sweden delivered the last of 24 Archer guns to Peru on Friday, the army said. "
        "Peru signed a contract with Sweden for the guns in 2020."
    )
    second = (
        "STOCKHOLM — Peru bought its 24 Archer guns from Sweden under a contract signed in Lima in 2021, "
        "the Swedish defence ministry said on Monday."
    )
    assert _date_pairs(first, second) == {("d0", "d1")}


def test_cx32_contracts_for_different_systems_stay_two() -> None:
    first = (
        "LIMA, 9 March 2024 — Sweden delivered the last of 24 Archer guns to Peru on Friday, the army said. "
        "Peru signed a contract with Sweden for the guns in 2020."
    )
    other = (
        "STOCKHOLM — Peru bought six Gripen jets from Sweden under a contract signed in Lima in 2021, "
        "the Swedish defence ministry said on Monday."
    )
    assert _date_pairs(first, other) == set()


def test_cx32_an_article_that_tells_a_second_contract_keeps_them_apart() -> None:
    first = (
        "LIMA, 9 March 2024 — Sweden delivered the last of 24 Archer guns to Peru on Friday, the army said. "
        "Peru signed a contract with Sweden for the guns in 2020."
    )
    second = (
        "STOCKHOLM — Peru ordered 24 Archer guns from Sweden in 2020, the ministry said on Monday. "
        "Peru signed a second contract with Sweden for the guns in 2021."
    )
    assert _date_pairs(first, second) == set()


def test_cx32_contracts_for_different_quantities_stay_two() -> None:
    first = (
        "LIMA, 9 March 2024 — Peru signed a contract with Sweden for 24 Archer guns in 2020, the army said."
    )
    other = "STOCKHOLM — Peru signed a contract with Sweden for 12 Archer guns in 2022, the ministry said."
    assert _date_pairs(first, other) == set()


def test_cx32_one_contract_for_the_same_count_told_with_two_years() -> None:
    first = (
        "LIMA, 9 March 2024 — Peru signed a contract with Sweden for 24 Archer guns in 2020, the army said."
    )
    other = "STOCKHOLM — Peru signed a contract with Sweden for 24 Archer guns in 2021, the ministry said."
    assert _date_pairs(first, other) == {("d0", "d1")}


def test_cx32_two_fresh_signings_reported_months_apart_stay_two() -> None:
    # counter-example: signings told as news ("on Tuesday") in reports half a year apart are two
    docs = [
        {
            "id": "d0",
            "published": "2023-09-20",
            "text": "LIMA, 19 September 2023 — Peru signed a contract with "
            "Sweden for 24 Archer guns on Tuesday, the army said.",
        },
        {
            "id": "d1",
            "published": "2024-03-20",
            "text": "STOCKHOLM, 19 March 2024 — Peru signed a contract with "
            "Sweden for 24 Archer guns on Tuesday, the ministry said.",
        },
    ]
    out = run_pipeline(docs, load_settings(None), lang=load_language("en"))
    assert [x for x in out.contradictions if str(x["subject"]).startswith("contract")] == []


def test_cx32_a_follow_on_or_more_of_a_system_is_a_second_contract() -> None:
    # counter-examples: "a follow-on contract", "for 24 more guns" tell an order beside the first
    first = (
        "LIMA, 9 March 2024 — Peru signed a contract with Sweden for 24 Archer guns in 2020, the army said."
    )
    follow_on = "STOCKHOLM — Peru signed a follow-on contract with Sweden for 24 Archer guns in 2022."
    more = (
        "STOCKHOLM — Peru signed a contract with Sweden for 24 more Archer guns in 2022, the ministry said."
    )
    assert _date_pairs(first, follow_on) == set()
    assert _date_pairs(first, more) == set()
