"""Second-hand systems and other shapes of fresh defence-trade text (issue 13, part_25): a former
owner named before a system ("ex-US", "surplus Belgian") gave it; a multi-word system noun's head
("patrol ships") is no shipping verb; a maker "from a <country's> yard" is the source; "has cleared
<country> to buy" makes that country the buyer; aircraft that "touched down" were delivered; armoured
personnel carriers are no personnel."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _claims(analyzer, text: str, kind: str = "transfer") -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 5, 2)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == kind]


def _roles(analyzer, text: str) -> list[tuple[object, object, object]]:  # noqa: ANN001
    return [(f.get("supplier"), f.get("recipient"), f.get("status")) for f in _claims(analyzer, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ecuador operates two ex-US frigates it bought cheaply.", ("USA", "ECU")),
        ("Kenya's largest patrol vessels are former British minehunters.", ("GBR", "KEN")),
        ("Peru flies six ex-Brazilian trainer aircraft.", ("BRA", "PER")),
        ("Latvia received three surplus Danish howitzers in March.", ("DNK", "LVA")),
    ],
)
def test_a_former_owner_before_the_system_supplies_it(analyzer, text: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert {(s, r) for s, r, _st in _roles(analyzer, text)} == {expected}


def test_a_former_owner_in_a_copula_without_a_recipient_waits_for_the_article(analyzer) -> None:  # noqa: ANN001
    text = (
        "The Ghanaian navy commissioned a new flagship on Friday. "
        "Both ships are ex-American cutters, refitted at a yard in Accra."
    )
    assert ("USA", "GHA") in {(s, r) for s, r, _st in _roles(analyzer, text)}


def test_the_noun_of_a_system_phrase_is_no_shipping_verb(analyzer) -> None:  # noqa: ANN001
    # "ships" ends "patrol ships": the sentence says nothing was shipped
    text = (
        "The Kenyan navy commissioned two offshore patrol ships on Monday, "
        "lifting its fleet above Tanzania's."
    )
    assert _roles(analyzer, text) == []


def test_a_maker_named_by_its_country_after_from_is_the_source(analyzer) -> None:  # noqa: ANN001
    roles = _roles(analyzer, "The Ecuadorian Navy ordered four corvettes from a South Korean yard last year.")
    assert [(s, r) for s, r, _st in roles] == [("KOR", "ECU")]


def test_the_party_cleared_to_buy_is_the_recipient(analyzer) -> None:  # noqa: ANN001
    text = (
        "WASHINGTON, 3 June 2025 — The State Department has cleared Denmark to buy eight MH-60R "
        "Seahawk helicopters for an estimated $975 million, the Pentagon's security cooperation agency said."
    )
    assert ("USA", "DNK", "approved") in _roles(analyzer, text)
    assert not any(s == "DNK" for s, _r, _st in _roles(analyzer, text))


def test_aircraft_that_touched_down_from_their_supplier_were_delivered(analyzer) -> None:  # noqa: ANN001
    text = "Egypt's first four Rafale jets touched down at a base near Cairo after a flight from France."
    assert _roles(analyzer, text) == [("FRA", "EGY", "delivered")]


def test_armoured_personnel_carriers_are_no_deployed_personnel(analyzer) -> None:  # noqa: ANN001
    text = "Turkey has shipped 40 armoured personnel carriers to Somalia."
    assert _claims(analyzer, text, "deployment") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agent that retired or flew the system before is its former owner
        (
            "Two frigates retired by the Dutch navy were passed to Chile on Monday.",
            ("NLD", "CHL", "delivered"),
        ),
        # hiring a system is a lease
        ("Romania will rent three Hermes drones from Israel until 2027.", ("ISR", "ROU", "planned")),
        # a future "go to" with a named recipient sends the system on
        ("Norway said all twelve of its M270 launchers will go to Ukraine.", ("NOR", "UKR", "planned")),
    ],
)
def test_handing_on_hiring_and_going_to_are_transfers(
    analyzer, text: str, expected: tuple[str, str, str]
) -> None:  # noqa: ANN001
    assert expected in _roles(analyzer, text)


def test_a_class_named_after_a_generic_noun_names_the_system(analyzer) -> None:  # noqa: ANN001
    text = "Colombia operates two ex-South Korean patrol boats of the Chamsuri class."
    names = [f.get("system_name") for f in _claims(analyzer, text)]
    assert names and all(n == "Chamsuri class" for n in names)


def test_a_maker_named_with_made_is_never_the_recipient(analyzer) -> None:  # noqa: ANN001
    text = "Angola flies Chinese-made trainers but Russian fighters: its MiG-29s came from Russia."
    assert all(r != "CHN" for _s, r, _st in _roles(analyzer, text))


def test_an_apposition_gives_an_unlisted_company_its_country(analyzer) -> None:  # noqa: ANN001
    # the company is in no list; the apposition says whose it is
    text = "Milanion, a Greek company, has sold 24 armoured vehicles to Cyprus."
    assert _roles(analyzer, text) == [("GRC", "CYP", "delivered")]


def test_remote_weapon_stations_are_a_system(analyzer) -> None:  # noqa: ANN001
    assert _roles(analyzer, "Norway has sold remote weapon stations to Estonia.") == [
        ("NOR", "EST", "delivered")
    ]


def test_a_long_participle_phrase_keeps_the_system_the_passive_subject(analyzer) -> None:  # noqa: ANN001
    # the phrase that describes the frigates stands between them and "were handed over"
    text = "Three frigates flown by the Italian navy for two decades were handed over to Peru on Friday."
    assert ("ITA", "PER", "delivered") in _roles(analyzer, text)


def test_a_past_passive_stays_done_beside_a_later_plan(analyzer) -> None:  # noqa: ANN001
    text = (
        "Two minehunters sold by Denmark were handed over to Romania on Monday, "
        "and will sail for Constanța in June."
    )
    assert [st for _s, _r, st in _roles(analyzer, text)] == ["delivered"]


def test_a_model_named_after_a_possessive_is_not_an_earlier_system(analyzer) -> None:  # noqa: ANN001
    text = (
        "Serbia has not yet received the Pantsir-S1 systems it paid Russia for. "
        "China delivered the first of its Hongqi air defence batteries to Serbia in April."
    )
    chinese = [f for f in _claims(analyzer, text) if f.get("supplier") == "CHN"]
    assert [f.get("system_name") for f in chinese] == ["Hongqi air defence batteries"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the giving verb supplies, not the system's first owner
        ("Hungary gave ex-Soviet T-72 tanks to Georgia.", ("HUN", "GEO")),
        ("Romania has donated its former Soviet howitzers to Moldova.", ("ROU", "MDA")),
    ],
)
def test_a_giving_subject_outranks_the_former_owner(analyzer, text: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert {(s, r) for s, r, _st in _roles(analyzer, text)} == {expected}


def test_a_former_owner_of_one_system_is_not_the_source_of_another(analyzer) -> None:  # noqa: ANN001
    # the howitzers came from Israel; only the radars were once Germany's
    roles = _roles(analyzer, "Chile bought three ex-German radars and six howitzers from Israel.")
    assert ("ISR", "CHL") in {(s, r) for s, r, _st in roles}


def test_a_sale_by_the_present_owner_outranks_the_former_one(analyzer) -> None:  # noqa: ANN001
    text = "The Dutch submarine, a former British boat, was sold to Peru by the Netherlands."
    assert ("NLD", "PER") in {(s, r) for s, r, _st in _roles(analyzer, text)}


@pytest.mark.parametrize(
    "text",
    ["India ships artillery shells to Armenia.", "Japan ships radars to the Philippines."],
)
def test_a_country_before_ships_is_the_shipper(analyzer, text: str) -> None:  # noqa: ANN001
    assert [st for _s, _r, st in _roles(analyzer, text)] == ["delivered"]


def test_aircraft_landing_for_an_exercise_are_no_delivery(analyzer) -> None:  # noqa: ANN001
    text = "Three French Rafale jets landed in India on Tuesday for a joint air drill."
    assert "delivered" not in {st for _s, _r, st in _roles(analyzer, text)}


def test_aircraft_landing_with_their_source_named_are_delivered(analyzer) -> None:  # noqa: ANN001
    text = "Four Gripen jets from Sweden landed at an air base in Thailand on Monday."
    assert ("SWE", "THA", "delivered") in set(_roles(analyzer, text))


def test_a_former_owner_in_an_apposition_supplies_when_no_giver_is_named(analyzer) -> None:  # noqa: ANN001
    import datetime as dt

    from .helpers import claim_fields

    text = "The corvette, a former Danish warship, was handed over to Ghana."
    (fields,) = claim_fields(analyzer, text, "transfer", dt.date(2025, 5, 2))
    assert (fields.get("supplier"), fields.get("recipient")) == ("DNK", "GHA")
