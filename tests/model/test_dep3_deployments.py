"""Deployment shapes the combinatorial probe (``bench/probe_deployments.py``) found missing (issue 13,
``dep3``): a host after a compass part, an area or a town and its comma; a passive's "by" sender; a
hosting town in apposition; a body of forces named without a count; "it" for the state of the
sentence before; the owner of a relative clause; a contingent that "numbered"; an act named by its
noun; a plan "ruled out"; a sea that names a country; stationed aircraft and warships (but not
aircraft, batteries or ships sent or sold, which are transfers); a month before the sender is no town."""

from functools import cache

from tests.model.helpers import deployment_rows

_DOCS = {
    "compass": "Belgium keeps about 120 soldiers in western Romania.",
    "town": "Norway reinforced its garrison in Klaipeda, Lithuania, with 90 soldiers last week.",
    "area": "Some 200 Danish soldiers moved to the Tapa area of northern Estonia in May.",
    "agent": "About 350 soldiers were flown by Denmark to eastern Latvia in May.",
    "apposed": "Klaipeda, Lithuania, will host 500 Norwegian soldiers next year.",
    "unit": "Romania hosts a Portuguese infantry battalion near the Black Sea coast.",
    "units": "Hungary has stationed two battalions in Bosnia.",
    "pronoun": "Finland reviewed its commitments abroad. It will send 120 soldiers to Lebanon in May.",
    "relative": "Norway, which has about 200 troops in Lithuania, will host the next meeting.",
    "numbered": "Austria's contingent in Bosnia numbered roughly 300 last year.",
    "nominal": "Chile announced the deployment of 60 peacekeepers to a camp near Nicosia, Cyprus.",
    "ruled": "Denmark has ruled out the deployment of soldiers to Niger.",
    "sea": "Japan keeps 300 sailors in the South China Sea.",
    "jets": "Italy has stationed four fighter jets at a base in Romania.",
    "batteries": "Italy has sent four air-defence batteries to Ukraine.",
    "frigates": "Spain keeps two frigates at a naval base in Greece.",
    "sold": "Portugal has agreed to sell two retired frigates to Uruguay.",
    "month": "In March, Britain sent 400 soldiers to Estonia.",
}


@cache
def _found() -> dict[str, list[tuple[object, object, object]]]:
    return deployment_rows(_DOCS, "2024-06-12")


def test_dep3_a_host_after_a_compass_part_an_area_or_a_town_is_the_host() -> None:
    assert _found()["compass"] == [("BEL", "ROU", 120)]
    assert _found()["town"] == [("NOR", "LTU", 90)]  # the host before the forces ("its garrison in …")
    assert _found()["area"] == [("DNK", "EST", 200)]


def test_dep3_a_passive_by_names_the_sender() -> None:
    assert _found()["agent"] == [("DNK", "LVA", 350)]


def test_dep3_a_hosting_country_in_apposition_to_its_town_is_the_host() -> None:
    assert _found()["apposed"] == [("NOR", "LTU", 500)]


def test_dep3_a_unit_without_a_count_is_a_force_and_a_count_of_units_no_personnel() -> None:
    assert _found()["unit"] == [("PRT", "ROU", None)]
    assert _found()["units"] == [("HUN", "BIH", None)]


def test_dep3_it_sends_for_the_state_of_the_sentence_before() -> None:
    assert _found()["pronoun"] == [("FIN", "LBN", 120)]


def test_dep3_a_relative_clause_gives_its_forces_to_its_antecedent() -> None:
    assert _found()["relative"] == [("NOR", "LTU", 200)]


def test_dep3_a_contingent_that_numbered_and_an_act_named_by_its_noun() -> None:
    assert _found()["numbered"] == [("AUT", "BIH", 300)]
    assert _found()["nominal"] == [("CHL", "CYP", 60)]


def test_dep3_a_ruled_out_deployment_and_a_sea_make_no_record() -> None:
    assert _found()["ruled"] == []
    assert _found()["sea"] == []


def test_dep3_stationed_aircraft_and_warships_are_forces_sent_or_sold_ones_are_not() -> None:
    assert _found()["jets"] == [("ITA", "ROU", None)]
    assert _found()["frigates"] == [("ESP", "GRC", None)]
    assert _found()["batteries"] == []
    assert _found()["sold"] == []


def test_dep3_a_month_before_the_sender_is_no_town() -> None:
    assert _found()["month"] == [("GBR", "EST", 400)]
