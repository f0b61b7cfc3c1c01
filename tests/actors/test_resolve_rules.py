"""Resolution rules on hand-built Docs (no model): gazetteer, sectors, titles, dated people,
equipment, unresolved entities and skipped credits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc

from geowire.actors.kb import KnowledgeBase
from geowire.actors.resolve import redate_person, resolve_mentions
from geowire.lang import load_language
from geowire.nlp.annotate import annotated_from_doc
from geowire.types import ActorMention, DocContext

from .conftest import FIXTURES, JAN_6

EN = load_language("en")


def _resolve(doc: Doc, kb: KnowledgeBase, published: dt.date | None = JAN_6) -> list[ActorMention]:
    annotated = annotated_from_doc(doc, EN)
    return resolve_mentions(doc, DocContext("d1", published), kb, EN, sentences=annotated.sentences)


def _one(mentions: list[ActorMention], text: str) -> ActorMention:
    found = [m for m in mentions if m.text == text]
    assert len(found) == 1, [m.text for m in mentions]
    return found[0]


def test_resolve_country_name_and_offsets(make_doc: Callable[..., Doc], small_kb: KnowledgeBase) -> None:
    doc = make_doc("Talks in Geneva went on while Venezuela waited.")
    m = _one(_resolve(doc, small_kb), "Venezuela")
    assert (m.kind, m.code, m.sector, m.wikidata, m.how) == ("country", "VEN", None, "Q717", "country-name")
    assert doc.text[m.start : m.end] == "Venezuela" and m.sentence == 0


def test_resolve_demonym_modified_noun_takes_sector(
    make_doc: Callable[..., Doc], small_kb: KnowledgeBase
) -> None:
    mentions = _resolve(make_doc("Russian officials condemned it, and French troops left."), small_kb)
    assert (_one(mentions, "Russian officials").code, _one(mentions, "Russian officials").sector) == (
        "RUS",
        "GOV",
    )
    assert (_one(mentions, "French troops").code, _one(mentions, "French troops").sector) == ("FRA", "MIL")


def test_resolve_possessive_takes_sector(make_doc: Callable[..., Doc], small_kb: KnowledgeBase) -> None:
    m = _one(
        _resolve(make_doc("Russia's foreign ministry issued a note."), small_kb), "Russia's foreign ministry"
    )
    assert (m.code, m.sector, m.how) == ("RUS", "GOV", "country-name+sector")


def test_resolve_sector_of_country(make_doc: Callable[..., Doc], small_kb: KnowledgeBase) -> None:
    m = _one(
        _resolve(make_doc("A note from the government of Venezuela arrived."), small_kb),
        "government of Venezuela",
    )
    assert (m.code, m.sector) == ("VEN", "GOV")


def test_resolve_bare_country_has_no_sector(make_doc: Callable[..., Doc], small_kb: KnowledgeBase) -> None:
    m = _one(_resolve(make_doc("Russia is large and Russians vote."), small_kb), "Russians")
    assert (m.code, m.sector, m.how) == ("RUS", None, "demonym")


def test_resolve_seat_of_power_is_government(make_doc: Callable[..., Doc], small_kb: KnowledgeBase) -> None:
    m = _one(_resolve(make_doc("The Kremlin said nothing."), small_kb), "Kremlin")
    assert (m.code, m.sector, m.how) == ("RUS", "GOV", "seat")


def test_resolve_capital_is_country_without_sector(
    make_doc: Callable[..., Doc], small_kb: KnowledgeBase
) -> None:
    m = _one(_resolve(make_doc("Moscow warned Caracas."), small_kb), "Caracas")
    assert (m.code, m.sector, m.how) == ("VEN", None, "capital")
    assert m.confidence < 1.0


def test_resolve_title_and_person_make_one_mention(
    make_doc: Callable[..., Doc], small_kb: KnowledgeBase
) -> None:
    doc = make_doc("Russian President Vladimir Putin spoke.", ents=[("Vladimir Putin", "PERSON")])
    mentions = _resolve(doc, small_kb)
    assert [m.text for m in mentions] == ["Russian President Vladimir Putin"]
    m = mentions[0]
    assert (m.kind, m.code, m.sector, m.wikidata, m.name) == (
        "person",
        "RUS",
        "GOV",
        "Q7747",
        "Vladimir Putin",
    )
    assert m.how == "person-role@2026-01-06+title"


def test_resolve_title_with_unknown_person(make_doc: Callable[..., Doc], small_kb: KnowledgeBase) -> None:
    doc = make_doc("French Foreign Minister Jean Dupont arrived.", ents=[("Jean Dupont", "PERSON")])
    m = _one(_resolve(doc, small_kb), "French Foreign Minister Jean Dupont")
    assert (m.kind, m.code, m.sector, m.name, m.how) == ("person", "FRA", "GOV", None, "title")


def test_resolve_person_by_article_date(make_doc: Callable[..., Doc], small_kb: KnowledgeBase) -> None:
    doc = make_doc("Maduro spoke.")
    before = _one(_resolve(doc, small_kb, dt.date(2025, 12, 1)), "Maduro")
    assert (before.kind, before.code, before.sector, before.how) == (
        "person",
        "VEN",
        "GOV",
        "person-role@2025-12-01",
    )
    after = _one(_resolve(doc, small_kb, dt.date(2026, 2, 1)), "Maduro")
    assert (after.code, after.sector, after.how) == ("VEN", None, "person-country@2026-02-01")


def test_resolve_person_unknown_date_uses_latest_role(
    make_doc: Callable[..., Doc], small_kb: KnowledgeBase
) -> None:
    m = _one(_resolve(make_doc("Putin spoke."), small_kb, None), "Putin")
    assert (m.code, m.sector, m.how) == ("RUS", "GOV", "person-role@latest")


def test_resolve_redate_person_by_event_date(make_doc: Callable[..., Doc], small_kb: KnowledgeBase) -> None:
    m = _one(_resolve(make_doc("Maduro spoke."), small_kb, dt.date(2026, 2, 1)), "Maduro")
    redated = redate_person(m, small_kb, EN, on=dt.date(2025, 11, 30))
    assert (redated.sector, redated.how, redated.start, redated.end) == (
        "GOV",
        "person-role@2025-11-30",
        m.start,
        m.end,
    )


def test_resolve_equipment_is_never_a_person(make_doc: Callable[..., Doc], small_kb: KnowledgeBase) -> None:
    doc = make_doc(
        "Caracas bought S-300VM and Igla-S systems.", ents=[("S-300VM", "PERSON"), ("Igla-S", "ORG")]
    )
    mentions = _resolve(doc, small_kb)
    for text in ("S-300VM", "Igla-S"):
        m = _one(mentions, text)
        assert (m.kind, m.code, m.country) == ("equipment", text, "RUS")


def test_resolve_unmatched_entity_stays_unresolved(
    make_doc: Callable[..., Doc], small_kb: KnowledgeBase
) -> None:
    doc = make_doc("Senator Alexei Puskov objected.", ents=[("Alexei Puskov", "PERSON")])
    m = _one(_resolve(doc, small_kb), "Alexei Puskov")
    assert (m.kind, m.code, m.sector, m.name, m.how) == ("unresolved", None, None, None, "ner:PERSON")


def test_resolve_surname_in_other_persons_name_is_not_guessed(
    make_doc: Callable[..., Doc], small_kb: KnowledgeBase
) -> None:
    doc = make_doc(
        "Anna Kovacs and Dr. Maria Kovacs met.",
        ents=[("Anna Kovacs", "PERSON"), ("Dr. Maria Kovacs", "PERSON")],
    )
    mentions = _resolve(doc, small_kb)
    assert _one(mentions, "Anna Kovacs").kind == "unresolved"
    assert _one(mentions, "Dr. Maria Kovacs").code == "FRA"


def test_resolve_organisation_and_group(make_doc: Callable[..., Doc], small_kb: KnowledgeBase) -> None:
    mentions = _resolve(make_doc("NATO watched as Wagner fighters moved."), small_kb)
    nato, wagner = _one(mentions, "NATO"), _one(mentions, "Wagner")
    assert (nato.kind, nato.code, nato.sector) == ("igo", "NATO", "MIL")
    assert (wagner.kind, wagner.code, wagner.country, wagner.sector) == ("group", "WAGNER", "RUS", "PRM")


def test_resolve_skips_captions_and_photo_credits(
    make_doc: Callable[..., Doc], small_kb: KnowledgeBase
) -> None:
    text = (
        "Venezuela under pressure\n\nRussia sent advisers to Caracas.\n\n"
        "France watched the parade. | Jane Roe/Agency/AFP via Getty Images\n\nPhoto: Maduro by John Poe"
    )
    doc = make_doc(text, ents=[("Jane Roe", "PERSON"), ("John Poe", "PERSON")])
    texts = [m.text for m in _resolve(doc, small_kb)]
    assert texts == ["Venezuela", "Russia", "Caracas"]


def test_resolve_ambiguous_name_stays_unresolved(
    make_doc: Callable[..., Doc], small_kb: KnowledgeBase, tmp_path: Path
) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("countries:\n  - {code: XAA, name: Xaa, aliases: [Kyiv]}\n", encoding="utf-8")
    kb = KnowledgeBase.from_files([FIXTURES / "kb_small.yaml", extra], lang=EN, shipped=False)
    m = _one(_resolve(make_doc("Kyiv answered."), kb), "Kyiv")
    assert (m.kind, m.code, m.how) == ("unresolved", None, "ambiguous-name")
