"""(dx23) Three readings of deployments told the analysis way (part_66).

A force named with its owner, its demonym or "the" whose size is set off in commas as "N strong"
("Poland's contingent in Romania, now some 400 strong, patrols …", ``deployments.strong_aside``) is
a counted force: its owner sends it, the place after it hosts it. A figure in the same aside that is
no size ("some 40 kilometres from the border") counts no one.

A presence said to be over with none of it left ("Belgium no longer has any soldiers in Niger",
``deployments.gone``) denies the force there now: a report of 80 soldiers there three days before
disputes it. "No longer" alone ("no longer train the engineers, but … keeps about 80 soldiers") denies
nothing.

A partial withdrawal whose remainder stays "there" ("withdrew 200 …, leaving about 350 there",
``deployments.stay_count``) is a force of the remainder, not of the soldiers who left: 350, which an
earlier report of 550 before the withdrawal does not dispute."""

from __future__ import annotations

from functools import cache

from tests.model.helpers import contradiction_pairs, deployment_rows


def test_dx23_a_size_set_off_as_strong_counts_the_named_force() -> None:
    rows = deployment_rows({
        "own": "Poland's contingent in Romania, now some 400 strong, patrols the roads near the coast.",
        "demonym": "The Czech garrison in Slovakia, about 650 strong, guards the airfield outside Kosice.",
        "far": "The Polish contingent in Bulgaria, some 40 kilometres from the border, is strong in armour.",
    }, "2025-05-01")  # fmt: skip
    assert ("POL", "ROU", 400) in rows["own"]
    assert ("CZE", "SVK", 650) in rows["demonym"]
    assert all(r[2] != 40 for r in rows["far"])


_DOCS = [
    ("gone-a", "2025-03-02", "Belgium keeps about 80 soldiers in Niger, most of them instructors."),
    ("gone-b", "2025-03-05",
     "Belgium no longer has any soldiers in Niger, its last instructors having flown home last week."),
    ("still-a", "2025-03-02", "Spain keeps about 80 soldiers in Mali, most of them instructors."),
    ("still-b", "2025-03-05",
     "Spanish instructors no longer train the army's engineers, but Spain keeps about 80 soldiers in Mali."),
    ("stay-a", "2025-02-01", "Sweden has some 550 soldiers stationed in Latvia."),
    ("stay-b", "2025-06-10",
     "Sweden withdrew 200 of its soldiers from Latvia in May, leaving about 350 there."),
]  # fmt: skip


@cache
def _found() -> frozenset[tuple[str, str, str]]:
    return contradiction_pairs(_DOCS)


def test_dx23_no_longer_any_denies_the_force_there() -> None:
    assert ("gone-a", "gone-b", "status") in _found()


def test_dx23_no_longer_alone_denies_nothing() -> None:
    assert not [x for x in _found() if x[0].startswith("still")]


def test_dx23_the_remainder_left_there_is_the_force() -> None:
    rows = deployment_rows({"stay": _DOCS[-1][2]}, "2025-06-10")
    assert rows["stay"] == [("SWE", "LVA", 350)]
    assert not [x for x in _found() if x[0].startswith("stay")]


def test_dx23_a_state_leading_or_building_a_force_there_deploys_it() -> None:
    rows = deployment_rows({
        "leads": "Denmark leads the battlegroup in Estonia, a post it took over from Britain.",
        "talks": "Denmark leads the talks in Estonia on a new fisheries quota.",
        "hospital": "Denmark built a hospital in Estonia for the army's medics.",
    }, "2025-05-01")  # fmt: skip
    assert rows["leads"] == [("DNK", "EST", None)]
    assert rows["talks"] == [] and rows["hospital"] == []


def test_dx23_an_uncounted_mention_first_keeps_the_size_told_after_it() -> None:
    text = ("Finland is building a permanent brigade in Estonia, its first abroad. "
            "Some 900 Finnish soldiers are now stationed in Estonia.")  # fmt: skip
    assert deployment_rows({"built": text}, "2025-05-01")["built"] == [("FIN", "EST", 900)]
