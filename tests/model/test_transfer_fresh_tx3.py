"""Arms transfers on fresh text (issue 13, part_27): a handing-on relative clause; an ambiguous former
owner ("ex-Korean") names none; a family's name in the plural ("Mi-24s") is the family, not a variant;
possessive subjects on both sides of a semicolon; a bare "the navy" / "the army" is the article's
country's; two listed items with a former owner and a "from" each keep their own source; a relative
aside before the verb leaves the subject the giver ("Slovakia, which received …, will send ex-German
…"); an aircraft carrying someone that "landed" moved nothing; "contracted with" a seller."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _claims(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 9, 3)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "transfer"]


def _pairs(analyzer, text: str) -> set[tuple[object, object]]:  # noqa: ANN001
    return {(f.get("supplier"), f.get("recipient")) for f in _claims(analyzer, text)}


def test_a_system_passed_on_in_a_relative_clause_was_delivered(analyzer) -> None:  # noqa: ANN001
    fields = _claims(analyzer, "The mortars that Denmark had passed on to Kyiv were lost in the autumn.")
    assert [(f["supplier"], f["recipient"], f["status"]) for f in fields] == [("DNK", "UKR", "delivered")]


def test_an_ambiguous_former_owner_names_no_supplier(analyzer) -> None:  # noqa: ANN001
    # "Korean" is North or South: no former owner rather than a wrong one
    assert not {s for s, _r in _pairs(analyzer, "Ecuador operates three ex-Korean corvettes.")} & {
        "KOR",
        "PRK",
    }
    # … while a seller the sentence names still sells
    bought = _pairs(analyzer, "Ecuador bought three ex-Korean corvettes from South Korea in 2019.")
    assert bought == {("KOR", "ECU")}


def test_a_family_named_in_the_plural_is_the_family_not_a_variant(analyzer) -> None:  # noqa: ANN001
    (family,) = _claims(analyzer, "Bolivia received six Mi-24s from Russia in 2023.")
    assert family["system"] == "Mi-24"
    assert "Mi-35" not in str(family.get("system_name"))
    (variant,) = _claims(analyzer, "Bolivia received six Mi-35s from Russia in 2023.")
    assert variant["system"] == "Mi-35"


def test_possessive_subjects_on_both_sides_of_a_semicolon(analyzer) -> None:  # noqa: ANN001
    text = "Kenya's army received Bastion vehicles from France; Uganda's got Mi-24s from Russia."
    assert _pairs(analyzer, text) == {("FRA", "KEN"), ("RUS", "UGA")}


def test_a_bare_service_is_the_articles_country_not_another_named_one(analyzer) -> None:  # noqa: ANN001
    text = (
        "Senegal is rebuilding its forces. The navy received two patrol boats from Spain last week, "
        "and the army will get 20 armoured vehicles from Turkey."
    )
    assert _pairs(analyzer, text) == {("ESP", "SEN"), ("TUR", "SEN")}
    text = "The Peruvian navy has bought two ex-US frigates, and the army ordered 30 tanks from Spain."
    assert _pairs(analyzer, text) == {("USA", "PER"), ("ESP", "PER")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nigeria bought twelve ex-British helicopters and two patrol ships from Italy in 2022.",
            {("GBR", "NGA", "helicopter"), ("ITA", "NGA", "ship")},
        ),
        (
            "Ghana bought two ex-Dutch minehunters and four Shaldag boats from Israel.",
            {("NLD", "GHA", "minehunter"), ("ISR", "GHA", "boat")},
        ),
    ],
)
def test_listed_items_keep_their_own_sources(
    analyzer, text: str, expected: set[tuple[str, str, str]]
) -> None:  # noqa: ANN001
    assert {(f["supplier"], f["recipient"], f["system"]) for f in _claims(analyzer, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portugal will send three ex-German Leopard 2A6 tanks to Kyiv.", ("PRT", "UKR")),
        ("Athens will send ex-German tanks to Ukraine, the government said.", ("GRC", "UKR")),
        (
            "Slovakia, which received fifteen Leopard 2A4 tanks from Germany this year, will send "
            "ex-German BMP-1 vehicles to Kyiv as well.",
            ("SVK", "UKR"),
        ),
        ("Slovakia, which joined NATO in 2004, will send ex-German BMP-1 vehicles to Kyiv.", ("SVK", "UKR")),
    ],
)
def test_the_sender_of_a_former_owners_system_is_the_subject(
    analyzer, text: str, expected: tuple[str, str]
) -> None:  # noqa: ANN001
    fields = [f for f in _claims(analyzer, text) if f["status"] == "planned"]
    assert {(f["supplier"], f["recipient"]) for f in fields} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "A plane carrying the minister from Paris landed in Algiers.",
        "A cargo jet carrying medical aid from Doha landed in Kabul.",
        "A transport plane carrying twenty Polish soldiers from Warsaw landed in Vilnius.",
    ],
)
def test_a_carrier_that_landed_after_a_from_moved_nothing(analyzer, text: str) -> None:  # noqa: ANN001
    assert _claims(analyzer, text) == []


def test_systems_from_a_seller_that_landed_were_delivered(analyzer) -> None:  # noqa: ANN001
    fields = _claims(analyzer, "Four F-16 jets from Norway landed at a Romanian air base on Monday.")
    assert [(f["supplier"], f["recipient"], f["status"], f["quantity"]) for f in fields] == [
        ("NOR", "ROU", "delivered", 4.0)
    ]


def test_contracted_with_a_seller_for_a_system(analyzer) -> None:  # noqa: ANN001
    (f,) = _claims(
        analyzer,
        "KUWAIT CITY, 10 January 2024 — Kuwait contracted with Italy on Tuesday "
        "for four more Eurofighter Typhoon jets.",
    )
    assert (f["supplier"], f["recipient"], f["status"], f["quantity"]) == ("ITA", "KWT", "contracted", 4.0)


def test_mine_protected_vehicles_are_a_system(analyzer) -> None:  # noqa: ANN001
    (f,) = _claims(
        analyzer, "Turkey shipped twenty-four Kirpi mine-protected vehicles to Ukraine on Tuesday."
    )
    assert (f["supplier"], f["recipient"], f["quantity"]) == ("TUR", "UKR", 24.0)


def test_a_holder_named_first_holds_each_system_of_its_list(analyzer) -> None:  # noqa: ANN001
    # the make of one system is not the holder of the other
    text = "Morocco flies French Mirage jets and also operates American F-16s."
    assert ("USA", "MAR") in _pairs(analyzer, text)
    text = "Egypt operates French Rafale jets and American F-16s."
    assert _pairs(analyzer, text) == {("FRA", "EGY"), ("USA", "EGY")}


def test_a_made_in_qualifier_gives_an_unknown_systems_source(analyzer) -> None:  # noqa: ANN001
    fields = _claims(analyzer, "Vietnam operates Russian-built Kilo-class submarines.")
    assert [(f["supplier"], f["recipient"], f["status"]) for f in fields] == [("RUS", "VNM", "operated-by")]


def test_relying_on_a_model_is_holding_it_but_not_on_hardware(analyzer) -> None:  # noqa: ANN001
    fields = _claims(analyzer, "Algeria, which relies on Russian S-300 batteries, watched the drill closely.")
    assert [(f["supplier"], f["recipient"], f["status"]) for f in fields] == [("RUS", "DZA", "operated-by")]
    text = "Kazakhstan, whose army still relies on Soviet hardware, has received 12 Turkish Anka drones."
    assert [f["status"] for f in _claims(analyzer, text)] == ["delivered"]


def test_a_system_a_service_now_has_from_a_country_is_held(analyzer) -> None:  # noqa: ANN001
    fields = _claims(analyzer, "The Indonesian navy now has its first BrahMos battery from India.")
    assert [(f["supplier"], f["recipient"], f["status"]) for f in fields] == [("IND", "IDN", "operated-by")]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Lima declined to give a price for the frigate order.",
        "The defence ministry gave no figure for the cost of the new helicopters.",
        "Kenya's army provided no details about the armoured vehicles it ordered.",
    ],
)
def test_giving_information_about_a_system_is_no_transfer(analyzer, text: str) -> None:  # noqa: ANN001
    assert [f for f in _claims(analyzer, text) if f["status"] == "delivered"] == []


def test_giving_a_system_is_still_a_transfer(analyzer) -> None:  # noqa: ANN001
    fields = _claims(analyzer, "Japan gave the Philippines five TC-90 aircraft in 2017.")
    assert [(f["supplier"], f["recipient"], f["status"]) for f in fields] == [("JPN", "PHL", "delivered")]


def test_a_private_trader_that_sold_arms_is_no_state_transfer(analyzer) -> None:  # noqa: ANN001
    text = "A Dutch court on Monday convicted a local arms broker of selling 200 rifles to buyers in Yemen."
    assert _claims(analyzer, text) == []


def test_the_place_a_system_reached_gets_it_not_a_later_to(analyzer) -> None:  # noqa: ANN001
    text = "Dozens of Russian-made drones have reached Mali, according to French officials."
    assert {r for _s, r in _pairs(analyzer, text)} <= {"MLI"}


def test_a_system_passed_on_with_the_particle_after_its_object(analyzer) -> None:  # noqa: ANN001
    fields = _claims(analyzer, "Slovenia passed 20 M-84 tanks on to Ukraine last year.")
    assert [(f["supplier"], f["recipient"], f["status"]) for f in fields] == [("SVN", "UKR", "delivered")]
    assert _claims(analyzer, "The ministry passed the request on to the cabinet.") == []


def test_a_participle_aside_describes_the_system_and_the_main_verb_says_the_step(analyzer) -> None:  # noqa: ANN001
    text = "Romania's 32 F-35 jets, bought from the United States, will all be delivered by 2032."
    fields = _claims(analyzer, text)
    assert [(f["supplier"], f["recipient"], f["status"]) for f in fields] == [("USA", "ROU", "planned")]


def test_a_sale_named_first_and_then_signed_is_a_contract(analyzer) -> None:  # noqa: ANN001
    fields = _claims(analyzer, "Italy's sale of two FREMM frigates to Egypt was signed in June.")
    assert [(f["supplier"], f["recipient"], f["status"]) for f in fields] == [("ITA", "EGY", "contracted")]


def test_arms_bought_from_several_sources_are_military_equipment_from_each(analyzer) -> None:  # noqa: ANN001
    fields = _claims(analyzer, "Angola has bought arms from Russia, China and Brazil over the years.")
    assert {(f["supplier"], f["recipient"], f["system"]) for f in fields} == {
        (s, "AGO", "military equipment") for s in ("RUS", "CHN", "BRA")
    }
    assert _claims(analyzer, "The arms race in the Gulf worries Washington.") == []


def test_a_demonym_before_an_unknown_model_a_holder_operates_is_its_source(analyzer) -> None:  # noqa: ANN001
    fields = _claims(analyzer, "Zambia now operates Chinese MA60 aircraft.")
    assert [(f["supplier"], f["recipient"], f["status"]) for f in fields] == [("CHN", "ZMB", "operated-by")]


def test_a_buyer_still_waiting_for_arms_worth_a_sum_is_the_recipient(analyzer) -> None:  # noqa: ANN001
    text = "Qatar has yet to receive most of the $4 billion in French arms it has ordered since 2020."
    assert {(s, r) for s, r in _pairs(analyzer, text)} == {("FRA", "QAT")}


@pytest.mark.parametrize(
    "text",
    [
        "Portugal will send ex-German Leopard tanks.",
        "Portugal will hand over ex-German armoured vehicles.",
        "LISBON — Portugal will send ex-German M113 vehicles, the defence minister said on Monday.",
    ],
)
def test_a_former_owner_never_gets_back_what_another_sends(analyzer, text: str) -> None:  # noqa: ANN001
    assert all(f.get("recipient") != "DEU" for f in _claims(analyzer, text))


def test_possessive_subjects_across_a_semicolon_belong_to_the_article_not_a_source(analyzer) -> None:  # noqa: ANN001
    text = "Uganda is rearming. Its trucks came from China; its armoured vehicles will come from Turkey."
    assert ("TUR", "UGA") in _pairs(analyzer, text)
    assert not any(r == "CHN" for _s, r in _pairs(analyzer, text))
    text = "Egypt, by contrast, flies French jets: its Su-35s came from Russia in two batches."
    assert ("RUS", "EGY") in _pairs(analyzer, text)
