"""Deployment shapes a fresh writer used (issue 13, ``dep4``, ``corpus/claims/part_56.jsonl``): a
force's size set off in commas after the force ("Italy's battalion in Kosovo, about 350 soldiers,
…", "The company, some 120 soldiers, …"); an army company as a unit; forces positioned or kept
("keeping"); the country a withdrawal leaves is the host of the forces that stay, never their
sender; a sentence opening on "its" force takes the state of the sentence before; a force that
"counts" a size. Sentences of our own."""

from functools import cache

from tests.model.helpers import deployment_rows

_DOCS = {
    "aside": "Italy's battalion in Kosovo, about 350 soldiers, will be relieved in the spring.",
    "aside_next": "Finland has moved an infantry company into northern Sweden. "
    "The company, some 120 soldiers, will train near Kiruna until March.",
    "firm": "The company, which employs 300 staff in Poland, opened a plant in Gdansk.",
    "firm_aside": "The company, 300 workers in all, builds trucks.",
    "positioned": "Spain has positioned 250 troops in Latvia.",
    "ships": "The Greek navy has positioned two frigates at the port of Larnaca in Cyprus.",
    "keeping": "Portugal has withdrawn most of its troops from Mali, "
    "keeping about 60 instructors in the country.",
    "out_of": "Hungary pulled most of its soldiers out of Kosovo, keeping some 90 troops in the country.",
    "withdrew": "Italy withdrew 200 soldiers from Iraq in May.",
    "its": "Norway reviewed its missions abroad this week. "
    "Its contingent in Estonia numbers some 220 personnel.",
    "count": "Denmark's battalion in Latvia will count about 650 soldiers by the autumn.",
}


@cache
def _found() -> dict[str, list[tuple[object, object, object]]]:
    return deployment_rows(_DOCS, "2025-06-12")


def test_dep4_a_size_in_commas_after_the_force_is_its_size() -> None:
    assert _found()["aside"] == [("ITA", "XKX", 350)]
    assert ("FIN", "SWE", 120) in _found()["aside_next"]


def test_dep4_a_firm_with_staff_is_no_force() -> None:
    assert _found().get("firm", []) == []
    assert _found().get("firm_aside", []) == []


def test_dep4_positioned_forces_and_ships() -> None:
    assert _found()["positioned"] == [("ESP", "LVA", 250)]
    assert _found()["ships"] == [("GRC", "CYP", None)]


def test_dep4_the_country_a_withdrawal_leaves_hosts_the_forces_kept() -> None:
    assert _found()["keeping"] == [("PRT", "MLI", 60)]
    assert _found()["out_of"] == [("HUN", "XKX", 90)]
    assert _found()["withdrew"] == [("ITA", "IRQ", 200)]


def test_dep4_its_force_is_the_state_of_the_sentence_before() -> None:
    assert _found()["its"] == [("NOR", "EST", 220)]


def test_dep4_a_force_that_counts_a_size() -> None:
    assert _found()["count"] == [("DNK", "LVA", 650)]
