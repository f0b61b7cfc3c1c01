"""(cx28) General readings from a fresh dev part in the early wire style (part_70).

A standing count "on order" ("now has 40 tanks on order") is a total of every batch
(``figures.cumulative``), so a step's smaller figure ("a further 10", "six more") is a part of it,
not a dispute; two steps' figures still are.

A plan told in the past ("had planned to sign it in May", "intended to ratify") is no act
(``agreements.non_asserted``), so its month is no signing date.

An agreement's clause starts at the last cut before its action: "The pact, which had been due to be
signed in March, was finally signed on Friday" is signed on Friday; the relative's "due to" is not
the main verb's mood.

A generic system whose own name is only variant letters right after a known model ("Gripen C and D
jets", "F-16 A/B fighters") is that model's variant, not a second system (``transfers.variant_gap``).

The agent of a passive after an alternative the buyer passed over ("choosing them over F-16s offered
by the United States") supplies nothing the cue moves (``transfers.passed_over``).

An agreement opened by "whether" or "if" in its action's clause ("would not say whether the pact had
been signed") is asked about, not told (``agreements.question_before_kind``)."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, contradiction_pairs, stepped_transfers

_DAY = dt.date(2025, 6, 4)


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    return stepped_transfers(analyzer, text, _DAY)


def _agreements(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    return claim_fields(analyzer, text, "agreement", _DAY)


def test_cx28_a_total_on_order_is_no_dispute_with_a_further_step() -> None:
    docs = [
        ("a", "2025-06-05", "Chile signed a contract with Germany on Tuesday for a further ten Leopard 2s."),
        ("b", "2025-06-06", "Chile now has 40 Leopard 2s on order from Germany after a contract on Tuesday."),
        ("c", "2025-06-07", "Chile signed a contract with Germany on Tuesday for six more Leopard 2s."),
    ]
    pairs = {(x, y) for x, y, field in contradiction_pairs(docs) if field == "quantity"}
    assert ("a", "b") not in pairs and ("b", "c") not in pairs
    assert ("a", "c") in pairs  # two figures of one step still disagree


def test_cx28_a_past_plan_to_sign_is_no_signing(analyzer) -> None:  # noqa: ANN001
    plan = "Officials had planned to sign the agreement with Kenya in May."
    rows = [r for r in _agreements(analyzer, plan) if r.get("action") == "signed"]
    assert all(r.get("modality") != "asserted" for r in rows)
    done = "Officials signed the agreement with Kenya in May."
    assert any(r.get("modality") == "asserted" for r in _agreements(analyzer, done))


def test_cx28_a_relatives_plan_is_not_the_main_verbs_mood(analyzer) -> None:  # noqa: ANN001
    text = (
        "The border agreement between Ghana and Togo, which had been due to be signed on 2 May, "
        "was finally signed in Lome on Friday."
    )
    rows = [r for r in _agreements(analyzer, text) if r.get("modality") == "asserted"]
    assert [(r["action"], r["date"]) for r in rows] == [("signed", "2025-05-30")]
    planned = "The border pact between Ghana and Togo, which was signed in March, will be ratified in June."
    ratified = [r for r in _agreements(analyzer, planned) if r.get("action") == "ratified"]
    assert ratified and all(r.get("modality") != "asserted" for r in ratified)


def test_cx28_variant_letters_after_a_model_are_one_system(analyzer) -> None:  # noqa: ANN001
    rows = _transfers(analyzer, "Sweden delivered eight Gripen C and D jets to Thailand on Monday.")
    assert [(r["supplier"], r["recipient"], r["quantity"]) for r in rows] == [("SWE", "THA", 8)]


def test_cx28_a_second_system_after_a_model_stays_apart(analyzer) -> None:  # noqa: ANN001
    rows = _transfers(analyzer, "Sweden delivered eight Gripen jets and two GlobalEye aircraft to Thailand.")
    assert len(rows) == 2


def test_cx28_an_agreement_asked_about_is_not_signed(analyzer) -> None:  # noqa: ANN001
    asked = "Ghana and Togo met. The ministry did not say whether the border pact agreed in May was signed."
    rows = [r for r in _agreements(analyzer, asked) if r.get("action") == "signed"]
    assert rows and all(r.get("modality") != "asserted" for r in rows)
    told = "Ghana and Togo met again. The border pact agreed in May had been signed, the ministry said."
    assert any(r.get("modality") == "asserted" for r in _agreements(analyzer, told))


def test_cx28_the_agent_of_a_passed_over_alternative_supplies_nothing(analyzer) -> None:  # noqa: ANN001
    text = (
        "Chile signed a contract with Sweden for 12 Gripen jets, "
        "choosing them over F-16s offered by the United States."
    )
    rows = [r for r in _transfers(analyzer, text) if r.get("system") == "Gripen"]
    assert [(r["supplier"], r["recipient"]) for r in rows] == [("SWE", "CHL")]
    plain = "Chile ordered 12 jets offered by the United States."
    assert {r["supplier"] for r in _transfers(analyzer, plain)} == {"USA"}
