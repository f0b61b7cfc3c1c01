"""Arms transfers on fresh text (issue 13, `tx11`): a denial that refers back ("but none has been
delivered yet") keeps its system when another system follows in the sentence; a relative clause
with a coordinated subject ("which Chile and Peru gave it") names each supplier; "took N … from"
is an acquisition; a reference noun moved between two named parties ("bought the vehicles from
a Swiss maker") names the article's one system of its class."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _claims(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2026, 4, 14)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "transfer"]


def _stated(analyzer, text: str) -> set[tuple[object, object, object, object, bool]]:  # noqa: ANN001
    """(supplier, recipient, system, status, negated) of the claims that state a transfer."""
    return {
        (f.get("supplier"), f.get("recipient"), f.get("system"), f.get("status"), bool(f.get("negated")))
        for f in _claims(analyzer, text)
        if f.get("status") != "mentioned"
    }


def test_transfer_a_denial_that_refers_back_keeps_its_system_before_another(analyzer) -> None:  # noqa: ANN001
    text = (
        "Egypt has ordered 30 Rafale jets from France, but none has been delivered yet, "
        "and its MiG-29s are ageing."
    )
    assert ("FRA", "EGY", "Rafale", "delivered", True) in _stated(analyzer, text)
    assert not any(f.get("negated") and f.get("system") == "MiG-29" for f in _claims(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia's air force flies Mi-17 helicopters, which Russia and Belarus gave it in 2015.",
        "Bolivia's air force flies Mi-17 helicopters that Russia and Belarus donated in 2015.",
    ],
)
def test_transfer_a_relative_with_a_coordinated_subject_names_each_supplier(analyzer, text: str) -> None:  # noqa: ANN001
    got = {(f["supplier"], f["recipient"]) for f in _claims(analyzer, text) if f.get("status") == "delivered"}
    assert got == {("RUS", "BOL"), ("BLR", "BOL")}


@pytest.mark.parametrize(
    "text",
    [
        "Georgia took 18 Caesar guns from France in June.",
        "Georgia took 18 Caesar guns from the French firm KNDS in June.",
    ],
)
def test_transfer_took_a_count_from_a_supplier_is_a_delivery(analyzer, text: str) -> None:  # noqa: ANN001
    (f,) = _claims(analyzer, text)
    assert (f["supplier"], f["recipient"], f["status"], f["quantity"]) == ("FRA", "GEO", "delivered", 18)


def test_transfer_took_with_no_source_is_no_transfer(analyzer) -> None:  # noqa: ANN001
    assert _stated(analyzer, "The army took the trucks to the front in June.") == set()


def test_transfer_a_reference_noun_between_two_parties_names_the_article_system(analyzer) -> None:  # noqa: ANN001
    text = (
        "Switzerland has refused to let Finland pass on 40 Piranha III armoured vehicles to Ukraine. "
        "Finland bought the vehicles from a Swiss manufacturer in the 1990s."
    )
    assert ("CHE", "FIN", "Piranha", "delivered", False) in _stated(analyzer, text)


def test_transfer_a_reference_noun_that_is_only_deployed_names_nothing(analyzer) -> None:  # noqa: ANN001
    text = (
        "France has delivered 12 CAESAR howitzers to Georgia, the ministry said. "
        "The guns are deployed along the border with Azerbaijan."
    )
    assert {s[3] for s in _stated(analyzer, text)} == {"delivered"}


def test_transfer_a_later_sentence_that_dates_the_handover_dates_the_delivery(analyzer) -> None:  # noqa: ANN001
    text = (
        "Latvia has received 14 CAESAR howitzers from France, the army said. "
        "The handover took place at a base near Riga on 9 February 2026."
    )
    (f,) = _claims(analyzer, text)
    assert (f["status"], f["date"]) == ("delivered", "2026-02-09")


def test_transfer_a_later_sentence_that_dates_the_plan_dates_it_ahead(analyzer) -> None:  # noqa: ANN001
    text = "Slovenia will get eight NASAMS launchers from Norway. They are due to arrive in October."
    (f,) = _claims(analyzer, text)
    assert (f["status"], f["date"]) == ("planned", "2026-10-01")


def test_transfer_a_later_signing_date_dates_the_contract(analyzer) -> None:  # noqa: ANN001
    text = (
        "Romania signed a contract with South Korea for 54 K9 howitzers. "
        "The signing took place in Bucharest on 3 March."
    )
    (f,) = _claims(analyzer, text)
    assert (f["status"], f["date"]) == ("contracted", "2026-03-03")


@pytest.mark.parametrize(
    "text",
    [
        # the step's own date stays
        "Latvia received 14 CAESAR howitzers from France in January. "
        "The handover took place on 9 February 2026.",
        # a sentence about something else dates nothing
        "Slovenia will get eight NASAMS launchers from Norway. The talks are due in October.",
    ],
)
def test_transfer_a_later_date_that_is_not_the_steps_stays_apart(analyzer, text: str) -> None:  # noqa: ANN001
    (f,) = _claims(analyzer, text)
    assert f.get("date") != "2026-02-09" and f.get("date") != "2026-10-01"


def test_transfer_a_contract_that_remains_unsigned_is_denied(analyzer) -> None:  # noqa: ANN001
    for text in (
        "The contract for 36 Rafale jets between Serbia and France remains unsigned.",
        "The contract for 36 Rafale jets between Serbia and France has yet to be signed.",
    ):
        (f,) = _claims(analyzer, text)
        assert (f["status"], bool(f.get("negated"))) == ("contracted", True)


@pytest.mark.parametrize(
    "text",
    [
        "The howitzers that Norway sent to Latvia numbered twelve.",
        "The Leopard tanks Spain sent to Ukraine numbered twelve.",
    ],
)
def test_transfer_a_count_given_as_a_predicate_is_the_quantity(analyzer, text: str) -> None:  # noqa: ANN001
    (f,) = _claims(analyzer, text)
    assert (f["status"], f["quantity"]) == ("delivered", 12)


def test_transfer_a_count_of_others_after_the_system_is_not_its_quantity(analyzer) -> None:  # noqa: ANN001
    (f,) = _claims(analyzer, "Spain sent Leopard tanks to Ukraine; their crews numbered 40.")
    assert f.get("quantity") is None


def test_transfer_a_count_before_a_participle_aside_refers_back(analyzer) -> None:  # noqa: ANN001
    text = (
        "Chile has ordered 40 Centauro II tank destroyers from Italy. "
        "The first two, lent by the Italian army for trials, arrived in Valparaiso in 2025."
    )
    got = {(f["status"], f.get("quantity")) for f in _claims(analyzer, text)}
    assert got == {("ordered", 40), ("delivered", 2)}


def test_transfer_a_relative_that_bought_back_and_sent_names_its_suppliers_and_taker(analyzer) -> None:  # noqa: ANN001
    text = (
        "Belgium paid for 20 Leopard 1 tanks that Germany and Denmark bought back from industry "
        "and sent to Ukraine in 2024."
    )
    got = {(f["supplier"], f["recipient"], f["status"]) for f in _claims(analyzer, text)}
    assert got == {("DEU", "UKR", "delivered"), ("DNK", "UKR", "delivered")}


@pytest.mark.parametrize(
    ("text", "supplier", "negated"),
    [
        ('"We delivered 30 Leopard tanks to Chile in March," a Spanish official said.', "ESP", False),
        ('"We have not delivered any F-16s to Argentina," the Danish defence minister said.', "DNK", True),
    ],
)
def test_transfer_a_quoted_we_supplies_for_the_speaker_state(
    analyzer, text: str, supplier: str, negated: bool
) -> None:  # noqa: ANN001
    (f,) = _claims(analyzer, text)
    assert (f["supplier"], bool(f.get("negated"))) == (supplier, negated)


def test_transfer_a_receiver_denied_what_a_relative_says_was_sent_keeps_the_roles(analyzer) -> None:  # noqa: ANN001
    (f,) = _claims(analyzer, "Ghana has received none of the Dogan patrol boats that Turkey says it sent.")
    assert (f["supplier"], f["recipient"], f["status"], bool(f.get("negated"))) == (
        "TUR",
        "GHA",
        "delivered",
        True,
    )


def test_transfer_a_count_of_the_same_system_is_its_quantity(analyzer) -> None:  # noqa: ANN001
    text = (
        "Turkey sold four Marlin-7 patrol vessels to Qatar at the fair. "
        "Oman signed a contract for two of the same vessels, the company added."
    )
    got = {(f["recipient"], f["status"], f.get("quantity")) for f in _claims(analyzer, text)}
    assert ("OMN", "contracted", 2) in got


def test_transfer_a_holder_deploying_what_it_received_adds_no_step(analyzer) -> None:  # noqa: ANN001
    text = (
        "Tunisia received two Barak MX air-defence batteries from Israel in February. "
        "The batteries are deployed near Tunis."
    )
    assert {(f["status"], f.get("quantity")) for f in _claims(analyzer, text)} == {("delivered", 2)}


def test_transfer_a_mixed_case_model_name_with_a_number_names_the_system(analyzer) -> None:  # noqa: ANN001
    (f,) = _claims(analyzer, "Germany delivered 18 PzH 2000 howitzers to Croatia in March.")
    assert str(f["system_name"]).startswith("PzH 2000")
