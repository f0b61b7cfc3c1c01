"""(cx53) "sent another 300 soldiers to X, bringing its force there to 1,000": the batch and the
force the change leaves are two figures of the deployment, two records — not one record sized by
the batch. A planned sending with no date of its own takes no date from its report."""

from __future__ import annotations

from tests.model.helpers import deployment_rows


def test_cx53_batch_and_total_are_two_records() -> None:
    text = "Spain sent another 250 soldiers to Latvia in mid-May, bringing its contingent there to about 900."
    rows = deployment_rows({"a": text}, "2025-06-02")["a"]
    assert sorted(rows) == [("ESP", "LVA", 250.0), ("ESP", "LVA", 900.0)]


def test_cx53_a_plain_force_stays_one_record() -> None:
    # counter-example: one figure, one record
    text = "Spain sent 250 soldiers to Latvia in mid-May."
    assert deployment_rows({"a": text}, "2025-06-02")["a"] == [("ESP", "LVA", 250.0)]


def test_cx53_a_planned_sending_takes_no_report_date() -> None:
    from geowire.lang import load_language
    from geowire.model.claims_eval import run_pipeline
    from geowire.settings import load_settings

    text = "Spain will send another 250 soldiers to Latvia, bringing its contingent there to about 900."
    out = run_pipeline(
        [{"id": "a", "published": "2025-06-02", "text": text}], load_settings(None), lang=load_language("en")
    )
    records = out.per_doc["a"]["deployments"]
    assert sorted(r["personnel"] for r in records) == [250.0, 900.0]
    assert all(r.get("date") != "2025-06-02" for r in records)
