"""Names and demonyms several countries share ("Congo", "Congolese", "Korea", "Korean",
"Guinean"; ``data/ambiguous.yaml``) resolve to the one candidate the article names without
ambiguity — by name or alias, capital, seat, region, demonym, a known person or a known group —
with how ``ambiguous-by-article`` (``ambiguous-demonym-by-article`` for a demonym) and a lower
confidence; with no such candidate or with several, the mention stays unresolved
(``ambiguous-name``).  The validation of the data block is checked on small files.  The
sentences are written for this test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geowire.actors.kb import KnowledgeBase, load_kb
from geowire.actors.resolve import SHARED_CONFIDENCE, resolve_mentions
from geowire.errors import KnowledgeBaseError
from geowire.lang import load_language
from geowire.nlp.annotate import Annotator
from geowire.settings import Settings
from geowire.types import ActorMention, DocContext

EN = load_language("en")
ON = dt.date(2025, 6, 2)

SMALL = """
countries:
  - {code: AAA, name: Aland North, demonyms: [North Alandish], capitals: [Aport]}
  - {code: BBB, name: Aland South, demonyms: [South Alandish], capitals: [Bport]}
"""


# --- the data block -----------------------------------------------------------------------------


def _kb(tmp_path: Path, extra: str) -> KnowledgeBase:
    path = tmp_path / "kb.yaml"
    path.write_text(SMALL + extra, encoding="utf-8")
    return KnowledgeBase.from_files([path], lang=EN, shipped=False)


def test_ambiguous_block_indexes_every_candidate(tmp_path: Path) -> None:
    kb = _kb(tmp_path, "ambiguous:\n  - {name: Aland, kind: name, countries: [AAA, BBB]}\n")
    refs = kb.refs_for_name("Aland")
    assert {(r.kind, r.code, r.how) for r in refs} == {
        ("country", "AAA", "ambiguous-name"),
        ("country", "BBB", "ambiguous-name"),
    }


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("{name: Aland, kind: name, countries: [AAA]}", "countries"),
        ("{name: Aland, kind: place, countries: [AAA, BBB]}", "kind"),
        ("{name: Aland, kind: name, countries: [AAA, bbb]}", "ISO alpha-3"),
        ("{name: Aland, kind: name, countries: [AAA, AAA]}", "twice"),
        ("{name: Aland, kind: name, countries: [AAA, ZZZ]}", "unknown country code ZZZ"),
        ("{name: Aport, kind: name, countries: [AAA, BBB]}", "also a name of country AAA"),
        ("{name: Aland, kind: name, countries: [AAA, BBB], note: x}", "note"),
    ],
)
def test_ambiguous_block_is_validated(tmp_path: Path, entry: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=message):
        _kb(tmp_path, f"ambiguous:\n  - {entry}\n")


def test_shipped_ambiguous_forms() -> None:
    kb = load_kb(Settings(), EN)
    for name, codes in [
        ("Congo", {"COD", "COG"}),
        ("Congolese", {"COD", "COG"}),
        ("Korea", {"KOR", "PRK"}),
        ("Korean", {"KOR", "PRK"}),
        ("Guinean", {"GIN", "GNB", "GNQ", "PNG"}),
    ]:
        assert {r.code for r in kb.refs_for_name(name)} == codes, name
    # the places the evidence leans on are the candidates' own
    for place, code in [("Uvira", "COD"), ("Bunia", "COD"), ("Pointe-Noire", "COG"), ("Busan", "KOR"),
                        ("Incheon", "KOR"), ("Yongbyon", "PRK"), ("Wonsan", "PRK")]:  # fmt: skip
        assert [r.code for r in kb.refs_for_name(place)] == [code], place


# --- the resolver, on sentences parsed by the pinned model ----------------------------------------


def _mentions(annotator: Annotator, kb: KnowledgeBase, text: str) -> list[ActorMention]:
    ctx = DocContext("amb", ON)
    ((_, annotated),) = list(annotator.pipe([(ctx, text)]))
    return resolve_mentions(annotated.doc, ctx, kb, EN, sentences=annotated.sentences)


def _one(mentions: list[ActorMention], text: str) -> ActorMention:
    found = [m for m in mentions if m.text == text]
    assert len(found) == 1, [(m.text, m.how) for m in mentions]
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "form", "code", "sector", "how"),
    [
        # a region of the candidate, named after the shared name
        (
            "Burundian units moved deeper into eastern Congo this week, and residents of Bunia "
            "reported shelling overnight.",
            "Congo",
            "COD",
            None,
            "ambiguous-by-article",
        ),
        # a capital
        (
            "A flotilla of barges left Brazzaville at dawn. Congolese officials said the cargo was food.",
            "Congolese officials",
            "COG",
            "GOV",
            "ambiguous-demonym-by-article+sector",
        ),
        # a country alias
        (
            "Flooding hit the DRC last month. The Congolese army has since cleared two roads.",
            "Congolese army",
            "COD",
            "MIL",
            "ambiguous-demonym-by-article+sector",
        ),
        # a person of one candidate, known to the knowledge base
        (
            "Felix Tshisekedi spoke to reporters on Monday. Congolese troops were later sent north.",
            "Congolese troops",
            "COD",
            "MIL",
            "ambiguous-demonym-by-article+sector",
        ),
        # a demonym of one candidate
        (
            "North Korean engineers repaired a reactor. Korean state media called the work a success.",
            "Korean state media",
            "PRK",
            "JRN",
            "ambiguous-demonym-by-article+sector",
        ),
        # a group of one candidate
        (
            "Yonhap carried the report first. Korean police later questioned three dock workers.",
            "Korean police",
            "KOR",
            "COP",
            "ambiguous-demonym-by-article+sector",
        ),
        # a seat of power
        (
            "The Blue House issued a short note on trade, and Korea will host a summit in the autumn.",
            "Korea",
            "KOR",
            None,
            "ambiguous-by-article",
        ),
        # the country's own name
        (
            "Guinea-Bissau held a vote on Sunday. Guinean observers counted ballots late into the night.",
            "Guinean",
            "GNB",
            None,
            "ambiguous-demonym-by-article",
        ),
        # a capital, again for the four-way demonym
        (
            "Guinean soldiers detained a minister in Conakry on Friday.",
            "Guinean soldiers",
            "GIN",
            "MIL",
            "ambiguous-demonym-by-article+sector",
        ),
    ],
)
def test_shared_name_resolved_by_article(
    annotator: Annotator, kb: KnowledgeBase, text: str, form: str, code: str, sector: str | None, how: str
) -> None:
    m = _one(_mentions(annotator, kb, text), form)
    assert (m.kind, m.code, m.sector, m.how) == ("country", code, sector, how)
    assert m.confidence <= SHARED_CONFIDENCE < 0.9


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "form"),
    [
        # evidence for two candidates: precision first
        ("Artillery from Korean positions hit an island, officials in Seoul and Pyongyang said.", "Korean"),
        ("Officials from Kinshasa and Brazzaville met on a ferry to discuss Congo river trade.", "Congo"),
        # no evidence at all
        ("Congolese troops clashed with militiamen on Tuesday, a local chief said.", "Congolese"),
        # a qualifier inside the phrase is no evidence
        ("Fighting flared again in eastern Congo on Sunday.", "Congo"),
        # a one-sentence brief
        ("Korea plans to widen its port fees next year.", "Korea"),
    ],
)
def test_shared_name_without_one_candidate_stays_unresolved(
    annotator: Annotator, kb: KnowledgeBase, text: str, form: str
) -> None:
    m = _one(_mentions(annotator, kb, text), form)
    assert (m.kind, m.code, m.how) == ("unresolved", None, "ambiguous-name")


@pytest.mark.model
def test_shared_name_inside_a_region_name_is_no_actor(annotator: Annotator, kb: KnowledgeBase) -> None:
    mentions = _mentions(annotator, kb, "Envoys in Seoul discussed the future of the Korean Peninsula.")
    assert [m.code for m in mentions] == ["KOR"]
    assert mentions[0].text == "Seoul"


@pytest.mark.model
def test_shared_name_read_by_article_is_a_place_for_sector_agents(
    annotator: Annotator, kb: KnowledgeBase
) -> None:
    text = "Aid convoys reached Bunia on Monday. Police arrested six traders in eastern Congo."
    police = _one(_mentions(annotator, kb, text), "Police")
    assert (police.code, police.sector, police.how) == ("COD", "COP", "sector+place")
