"""Phrasing classes of transfers and deployments from the claims corpus's dev errors (issue 13),
tested on sentences of our own: a participle clause's cue, a possessive pronoun's owner, a part
of a force."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _claims(analyzer, text: str, kind: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == kind]


def test_transfer_a_participle_clause_cue_is_not_the_order_status(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(
        analyzer,
        "Spain ordered 20 NASAMS launchers from Norway in 2021, hoping for quick delivery.",
        "transfer",
    )
    assert (t["supplier"], t["recipient"], t["status"]) == ("NOR", "ESP", "ordered")


def test_transfer_its_system_belongs_to_the_sentence_subject(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(
        analyzer,
        "Norway has been a loyal supplier of Estonia, and its CV90 vehicles reached the border in 2022.",
        "transfer",
    )
    assert (t["supplier"], t["recipient"], t["status"]) == ("NOR", "EST", "delivered")


def test_transfer_its_system_with_a_named_source_keeps_the_source(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(analyzer, "Greece said its Rafale jets arrived from France in 2022.", "transfer")
    assert (t["supplier"], t["recipient"]) == ("FRA", "GRC")


def test_deployment_the_first_of_a_force_is_a_part_of_it(analyzer) -> None:  # noqa: ANN001
    (d,) = _claims(analyzer, "The first 300 Dutch soldiers arrived in Lithuania on Monday.", "deployment")
    assert (d["country"], d["host"], d["personnel"], d.get("personnel_partial")) == (
        "NLD",
        "LTU",
        300.0,
        True,
    )


def test_deployment_a_whole_force_is_not_partial(analyzer) -> None:  # noqa: ANN001
    (d,) = _claims(analyzer, "The Netherlands has 900 soldiers in Lithuania.", "deployment")
    assert d["personnel"] == 900.0 and not d.get("personnel_partial")


def test_deployment_a_force_named_again_takes_the_articles_sides(analyzer) -> None:  # noqa: ANN001
    text = "Chad sent 800 soldiers to Mali in 2021. Its force, which numbers 1,900 personnel, guards Gao."
    ds = _claims(analyzer, text, "deployment")
    assert {(d["country"], d["host"], d["personnel"]) for d in ds} == {
        ("TCD", "MLI", 800.0),
        ("TCD", "MLI", 1900.0),
    }


def test_deployment_the_size_of_a_force_without_a_personnel_noun(analyzer) -> None:  # noqa: ANN001
    ds = _claims(
        analyzer,
        "Chad sent 800 soldiers to Mali in 2021. The force will eventually number 2,000.",
        "deployment",
    )
    assert {d["personnel"] for d in ds} == {800.0, 2000.0}


def test_deployment_a_number_of_something_else_is_no_force(analyzer) -> None:  # noqa: ANN001
    ds = _claims(
        analyzer,
        "Chad sent 800 soldiers to Mali in 2021. The population of Gao numbers 90,000.",
        "deployment",
    )
    assert [d["personnel"] for d in ds] == [800.0]


def test_agreement_a_present_tense_future_is_not_done(analyzer) -> None:  # noqa: ANN001
    (a,) = _claims(
        analyzer, "The trade pact between Chile and the EU enters into force next month.", "agreement"
    )
    assert (a["action"], a["modality"]) == ("in-force", "hypothetical")


def test_agreement_a_past_signing_and_a_coming_expiry_stay_asserted(analyzer) -> None:  # noqa: ANN001
    (a,) = _claims(analyzer, "Chile and Peru signed a trade pact in Lima last month.", "agreement")
    (b,) = _claims(analyzer, "The accord between Chile and Peru expires next year.", "agreement")
    assert (a["modality"], b["action"], b["modality"]) == ("asserted", "expires", "asserted")


def test_transfer_a_count_of_units_of_a_system(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(
        analyzer, "Estonia agreed to buy four coastal batteries of the NASAMS system from Norway.", "transfer"
    )
    assert (t["supplier"], t["recipient"], t["quantity"]) == ("NOR", "EST", 4.0)


def test_transfer_a_share_is_not_a_count(analyzer) -> None:  # noqa: ANN001
    text = "Norway delivered NASAMS to Estonia in 2024 and 40 percent of the Leopard tanks to Ukraine."
    assert all("quantity" not in t for t in _claims(analyzer, text, "transfer"))


def test_deployment_a_figure_in_words_counts_a_force_without_a_digit(analyzer) -> None:  # noqa: ANN001
    (d,) = _claims(
        analyzer, "Italy keeps a contingent of roughly a thousand soldiers in Lebanon.", "deployment"
    )
    assert (d["country"], d["host"], d["personnel"], d["personnel_qualifier"]) == (
        "ITA",
        "LBN",
        1000.0,
        "about",
    )
    (v,) = _claims(analyzer, "Hundreds of French troops were deployed to Estonia in March.", "deployment")
    assert (v["country"], v["host"], v["personnel_text"]) == ("FRA", "EST", "Hundreds")


def test_deployment_a_year_before_a_comma_is_no_count(analyzer) -> None:  # noqa: ANN001
    (d,) = _claims(analyzer, "In 2020, Dutch instructors were stationed in Romania.", "deployment")
    assert (d["country"], d["host"]) == ("NLD", "ROU") and "personnel" not in d


def test_transfer_a_contract_subject_buys_when_no_one_sells(analyzer) -> None:  # noqa: ANN001
    text = (
        "When the Qataris inked a deal for 24 Rafales in Doha last week, they sent a message to Washington."
    )
    (t,) = _claims(analyzer, text, "transfer")
    assert (t["supplier"], t["recipient"]) == ("FRA", "QAT")
    (u,) = _claims(analyzer, "Greece signed a contract for 24 Rafales, a signal to Ankara.", "transfer")
    assert (u["supplier"], u["recipient"]) == ("FRA", "GRC")


def test_transfer_a_contract_to_supply_with_a_counterpart_sells_to_it(analyzer) -> None:  # noqa: ANN001
    (t,) = _claims(
        analyzer, "Russia signed a contract with India to supply five S-400 squadrons.", "transfer"
    )
    assert (t["supplier"], t["recipient"], t["status"]) == ("RUS", "IND", "contracted")
    (u,) = _claims(analyzer, "India signed a contract with Russia for five S-400 squadrons.", "transfer")
    assert (u["supplier"], u["recipient"]) == ("RUS", "IND")


def test_contradiction_a_part_another_article_also_gives_is_no_dispute() -> None:
    from geowire.lang import load_language
    from geowire.model.lexicon import model_lexicon
    from geowire.model.records import StoredClaim, build_transfers

    figures = model_lexicon(load_language("en")).figures

    def claim(cid: str, doc: str, quantity: float, **more: object) -> StoredClaim:
        fields = {"supplier": "NOR", "recipient": "EST", "system": "NASAMS", "status": "delivered"}
        return StoredClaim(id=cid, doc_id=doc, kind="transfer", sentence_index=0, start=0, end=10,
                           fields={**fields, "quantity": quantity, **more}, field_spans={}, published=None,
                           sentence="some words")  # fmt: skip

    # one article: the first 4 of a purchase of 12; another: the 4 that arrived
    total_and_part = [
        claim("a1", "a", 12.0),
        claim("a2", "a", 4.0, quantity_partial=True),
        claim("b1", "b", 4.0),
    ]
    _records, found = build_transfers(total_and_part, figures=figures)
    assert not [x for x in found if x.kind == "quantity"]
    # a figure neither article shares is still a dispute
    _records, found = build_transfers([claim("a1", "a", 12.0), claim("b1", "b", 8.0)], figures=figures)
    assert [x.kind for x in found] == ["quantity"]
