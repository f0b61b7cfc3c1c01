"""(cx57) Shapes of a fresh claims part written blind (part 87) that lost records or contradictions,
each with its counter-example: a passive supply with an adverbial phrase before its participle
("were at last handed to … by …"); "patrol craft" as a system noun; a designation of capitals and a
number before lower-case modifiers ("KoRAD 90 self-propelled guns": no count of 90); army or combat
engineers as forces; a signing place after its kind ("in the harbour town of …"); and a signing
place named as a region the gazetteer does not bound ("in the Velkor province"), which may hold a
city; and a count of personnel that is the subject of a speech verb ("three officers at the base
said") is a source, no force; an admission ("…, the ministry now concedes") reports its clause; a
chief of staff is a role that speaks for the country; and a speaker whose words name a country ("the
Malawi Defence Force said") is that country's under another country's dateline; a contract for goods
signed in a restrictive relative ("the deal for 16 trainers that Chile signed with Brazil"); and forces
whose clause names no sender take the nation of the contingent their sentence calls them."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

from geowire.lang.pack import default_language
from geowire.model.build import place_known, place_names, region_within
from geowire.model.records import _same_place

_DAY = dt.date(2025, 9, 15)


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return sorted(
        (f.get("supplier"), f.get("recipient"), f.get("quantity"), f.get("status"))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
        if f.get("status") not in (None, "mentioned")
    )


def _forces(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return sorted(
        (f.get("country"), f.get("host"), f.get("personnel"))
        for f in claim_fields(analyzer, text, "deployment", _DAY)
    )


def _places(analyzer, text: str) -> list[object]:  # noqa: ANN001
    return [
        f.get("place") for f in claim_fields(analyzer, text, "agreement", _DAY) if f.get("action") == "signed"
    ]


def test_cx57_a_passive_supply_with_a_phrase_before_its_participle(analyzer) -> None:  # noqa: ANN001
    text = "Eight Falko-4 drones were at last handed to the Zambian army by Israel in August."
    assert _transfers(analyzer, text) == [("ISR", "ZMB", 8.0, "delivered")]
    plain = "Eight Falko-4 drones were handed to the Zambian army by Israel in August."
    assert _transfers(analyzer, plain) == [("ISR", "ZMB", 8.0, "delivered")]


def test_cx57_patrol_craft_are_a_system(analyzer) -> None:  # noqa: ANN001
    text = "Chile took delivery of four Dorado patrol craft from Norway on 3 September."
    assert _transfers(analyzer, text) == [("NOR", "CHL", 4.0, "delivered")]
    # a craft of no kind the lexicon knows is no system
    assert _transfers(analyzer, "Chile took delivery of four pleasure craft from Norway.") == []


def test_cx57_a_designation_with_its_number_before_modifiers_is_no_count(analyzer) -> None:  # noqa: ANN001
    text = "Kenya signed a contract with South Korea in July for KoRAD 90 self-propelled guns."
    assert _transfers(analyzer, text) == [("KOR", "KEN", None, "contracted")]
    counted = "Kenya signed a contract with South Korea in July for 90 self-propelled guns."
    assert _transfers(analyzer, counted) == [("KOR", "KEN", 90.0, "contracted")]


def test_cx57_army_engineers_are_forces(analyzer) -> None:  # noqa: ANN001
    text = "Some 80 Italian army engineers arrived in Albania on Monday to repair a bridge."
    assert _forces(analyzer, text) == [("ITA", "ALB", 80.0)]
    # engineers of no armed service are no forces
    civil = "Some 80 Italian engineers arrived in Albania on Monday to repair a bridge."
    assert _forces(analyzer, civil) == []


def test_cx57_a_signing_place_after_its_kind(analyzer) -> None:  # noqa: ANN001
    text = "Peru and Ecuador signed a river patrol accord in the small harbour town of Tumbes on Friday."
    assert _places(analyzer, text) == ["Tumbes"]
    bare = "Peru and Ecuador signed a river patrol accord in Tumbes on Friday."
    assert _places(analyzer, bare) == ["Tumbes"]


def test_cx57_a_signing_place_named_as_a_region_keeps_its_word(analyzer) -> None:  # noqa: ANN001
    text = "Peru and Ecuador signed a river patrol accord in the Velkor province on Friday."
    assert _places(analyzer, text) == ["Velkor province"]


def test_cx57_a_region_the_gazetteer_does_not_bound_may_hold_a_city() -> None:
    pack = default_language()
    known = place_known(pack, place_names().homes)
    within = region_within(pack)
    assert known("Velkor province") == "area" and known("Bavaria region") == "region"
    assert _same_place("Velkor province", "Lima", within=within, known=known)
    # a region the gazetteer bounds holds only its own cities; two cities stay apart
    assert _same_place("Bavaria region", "Munich", within=within, known=known)
    assert not _same_place("Bavaria region", "Hamburg", within=within, known=known)
    assert not _same_place("Lima", "Cusco", within=within, known=known)
    # a region named after its largest city holds that city's region, and no other city
    assert _same_place("Kaliningrad region", "Baltiysk", within=within, known=known)
    assert not _same_place("Lviv region", "Kyiv", within=within, known=known)
    # two regions of different names are two places
    assert not _same_place("Velkor province", "Dastra province", within=within, known=known)


def test_cx57_a_count_of_personnel_that_speaks_is_no_force(analyzer) -> None:  # noqa: ANN001
    text = "Ghana has received four drones from Israel, three officers at the Tamale air base said."
    assert _forces(analyzer, text) == []
    # forces said to be somewhere, or who speak after their verb, are still a force
    reported = "Some 200 Israeli instructors said to be in Ghana will leave in June."
    assert _forces(analyzer, reported) == [("ISR", "GHA", 200.0)]
    after = "Some 200 Israeli instructors arrived in Ghana on Monday and told reporters they would stay."
    assert _forces(analyzer, after) == [("ISR", "GHA", 200.0)]


def _speakers(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    found = claim_fields(analyzer, text, "statement", _DAY)
    return [(f.get("speaker"), f.get("text")) for f in found]


def test_cx57_an_admission_reports_what_it_admits(analyzer) -> None:  # noqa: ANN001
    text = "Zambia bought two radars from Israel in March, the Zambian ministry now concedes."
    assert _speakers(analyzer, text) == [("ZMB", "Zambia bought two radars from Israel in March")]
    # an admission of a noun says no content
    assert _speakers(analyzer, "Zambia's defence ministry admitted the error.") == []


def test_cx57_a_chief_of_staff_speaks_for_the_country(analyzer) -> None:  # noqa: ANN001
    text = "Zambia's navy has not received any radars from Israel, its chief of staff told senators."
    assert _speakers(analyzer, text) == [("ZMB", "Zambia's navy has not received any radars from Israel")]


def test_cx57_a_speaker_whose_name_holds_a_country_is_that_countrys(analyzer) -> None:  # noqa: ANN001
    text = (
        "LUSAKA, 3 May 2025 — About 400 Malawian soldiers are now based in Zambia's north, "
        "the Malawi Defence Force said on Friday."
    )
    assert [s for s, _t in _speakers(analyzer, text)] == ["MWI"]
    # a bare role under a dateline still speaks for the dateline's country
    bare = "LUSAKA, 3 May 2025 — About 400 Malawian soldiers are now based in the north, the ministry said."
    assert [s for s, _t in _speakers(analyzer, bare)] == ["ZMB"]
    # a capital inside a person's name names no country
    named = "HARARE, 3 May 2025 — Defence Minister Kingston Moyo said the trucks had reached the border."
    assert [s for s, _t in _speakers(analyzer, named)] == ["ZWE"]


def test_cx57_a_contract_for_goods_signed_in_a_restrictive_relative(analyzer) -> None:  # noqa: ANN001
    text = "The deal for 16 Vireo trainers that Chile signed with Brazil in May is worth $90 million."
    assert _transfers(analyzer, text) == [("BRA", "CHL", 16.0, "contracted")]
    # a relative clause of wanting signs nothing
    wanted = "The deal for 16 Vireo trainers that the Chilean air force wanted was dropped in May."
    assert _transfers(analyzer, wanted) == []


def test_cx57_forces_take_the_nation_of_the_contingent_they_are_called(analyzer) -> None:  # noqa: ANN001
    text = "The 90 marines who reached Fiji on 2 May are the first Australian contingent there in years."
    assert _forces(analyzer, text) == [("AUS", "FJI", 90.0)]
    # a demonym before another noun names no sender
    other = "The 90 marines who reached Fiji on 2 May are the first Australian investment there in years."
    assert _forces(analyzer, other) == []
