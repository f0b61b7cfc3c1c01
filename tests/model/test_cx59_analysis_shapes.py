"""(cx59) Shapes of analysis prose the model missed on fresh text (part 89): an unlisted system
named by its role ("air defence guns"), forces counted as present in a town the gazetteer does not
know, and a second reported clause whose date ("next year's budget") is not the date of the act
denied in the first."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, contradiction_pairs, deployment_rows

from geowire.lang import load_language


def _transfers(text: str) -> list[tuple[object, ...]]:
    """(supplier, recipient, quantity, status) of each transfer record the whole pipeline makes."""
    from geowire.model.claims_eval import run_pipeline
    from geowire.settings import load_settings

    out = run_pipeline(
        [{"id": "a", "published": "2025-09-03", "text": text}], load_settings(None), lang=load_language("en")
    )
    return [
        (t["supplier"], t["recipient"], t["quantity"], t["status"]) for t in out.per_doc["a"]["transfers"]
    ]


def test_cx59_air_defence_guns_name_an_unlisted_system() -> None:
    text = "Kazakhstan has received ten Sarbaz mobile air defence guns from Turkey, officials in Astana said."
    assert _transfers(text) == [("TUR", "KAZ", 10, "delivered")]


def test_cx59_air_defence_guns_without_a_transfer_make_none() -> None:
    text = "The air defence guns around the harbour fired through the night."
    assert _transfers(text) == []


def test_cx59_forces_now_in_an_unknown_town_are_in_the_article_country() -> None:
    text = "Niger has asked its neighbours for help. Some 900 Chadian soldiers are now in Tessarit."
    assert deployment_rows({"a": text}, "2025-05-02")["a"] == [("TCD", "NER", 900)]


def test_cx59_forces_in_an_unknown_town_with_no_article_country_make_none() -> None:
    text = "Some 900 Chadian soldiers are now in Tessarit."
    assert deployment_rows({"a": text}, "2025-05-02")["a"] == []


_SIGNED = (
    "a",
    "2025-03-14",
    "MAPUTO, 14 March 2025 — Mozambique signed a port security agreement with China on Thursday, the "
    "Mozambican transport ministry said.",
)


def test_cx59_a_later_reported_clause_does_not_date_the_denied_act() -> None:
    later = (
        "b",
        "2025-04-20",
        "Mozambique's transport minister told parliament that no port security agreement has been "
        "signed with China and that a decision would come with next year's budget.",
    )
    assert ("a", "b", "status") in contradiction_pairs([_SIGNED, later])


def test_cx59_a_date_in_the_act_clause_still_dates_it(analyzer) -> None:  # noqa: ANN001
    text = (
        "Mozambique's transport minister said that the port security agreement was signed with China "
        "in March 2025 and that a review would follow next year."
    )
    fields = claim_fields(analyzer, text, "agreement", dt.date(2025, 4, 20))
    assert [f.get("date") for f in fields if f.get("action") == "signed"] == ["2025-03-01"]
