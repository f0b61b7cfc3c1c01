"""Known weapon systems written in the plural ("Gripens", "TB2s") or with a plural possessive
are found by the transfer rules as the system the knowledge base names in the singular
(issue 13); a plural that is a name of its own keeps its own meaning."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.actors.kb import EquipmentEntry, GroupEntry, KnowledgeBase, shipped_kb
from geowire.lang import load_language
from geowire.model.context import SentenceView
from geowire.model.lexicon import model_lexicon
from geowire.model.rules_forces import equipment_categories, plural_systems, transfer_claims
from geowire.types import ActorMention, DocContext, Sentence

pytestmark = pytest.mark.model

LANG = load_language("en")


def _small_kb() -> KnowledgeBase:
    return KnowledgeBase(
        {
            "equipment": [
                EquipmentEntry(code="Tiger", name="Tiger attack helicopter", category="helicopter"),
                EquipmentEntry(code="Kestrel", name="Kestrel drone", category="drone"),
            ],
            "groups": [GroupEntry(code="TGR", name="Mountain Tigers", aliases=["Tigers"], sector="REB")],
        },
        lang=LANG,
    )


def test_each_known_name_has_its_plural() -> None:
    plurals = plural_systems(shipped_kb(LANG), LANG)
    assert plurals.systems["Gripens"].code == "Gripen"
    assert plurals.systems["Rafales"].code == "Rafale"
    assert plurals.systems["TB2s"].code == "Bayraktar TB2"


def test_a_plural_the_knowledge_base_names_itself_is_left_to_it() -> None:
    plurals = plural_systems(_small_kb(), LANG)
    assert "Kestrels" in plurals.systems
    assert "Tigers" not in plurals.systems  # the rebel group, not the helicopter
    assert plurals.systems.keys().isdisjoint(n for n, _ in shipped_kb(LANG).all_names())


def _view(text: str, mentions: list[tuple[str, str, str]]) -> SentenceView:
    """A one-sentence view of ``text`` with country mentions (surface form, code, kind)."""
    found = []
    for surface, code, kind in mentions:
        s = text.index(surface)
        found.append(ActorMention(s, s + len(surface), surface, kind, code=code, sentence=0))  # type: ignore[arg-type]
    return SentenceView(
        Sentence(0, 0, len(text), text), DocContext(doc_id="p", published=dt.date(2024, 5, 2)), LANG, found
    )


def _systems(kb: KnowledgeBase, text: str, mentions: list[tuple[str, str, str]]) -> list[object]:
    view = _view(text, mentions)
    claims = transfer_claims(view, model_lexicon(LANG), equipment_categories(kb), plural_systems(kb, LANG))
    return [c.fields.get("system") for c in claims]


def test_a_plural_system_is_transferred() -> None:
    kb = shipped_kb(LANG)
    text = "Stockholm agreed to deliver a dozen Gripens to Bangkok."
    assert _systems(kb, text, [("Stockholm", "SWE", "country"), ("Bangkok", "THA", "country")]) == ["Gripen"]


def test_a_plural_possessive_is_the_system() -> None:
    kb = _small_kb()
    text = "The Kestrels' first batch was delivered to Norway by Finland."
    assert _systems(kb, text, [("Norway", "NOR", "country"), ("Finland", "FIN", "country")]) == ["Kestrel"]


def test_a_longer_word_is_no_plural() -> None:
    kb = _small_kb()
    text = "Finland delivered Kestrelsons to Norway."
    assert _systems(kb, text, [("Norway", "NOR", "country"), ("Finland", "FIN", "country")]) == []


def test_the_group_named_like_a_plural_is_no_system() -> None:
    kb = _small_kb()
    text = "Finland delivered rifles to the Tigers."
    systems = _systems(kb, text, [("Finland", "FIN", "country"), ("Tigers", "TGR", "group")])
    assert "Tiger" not in systems


def test_without_plurals_the_rules_are_unchanged() -> None:
    view = _view("Stockholm delivered Gripens to Bangkok.", [("Bangkok", "THA", "country")])
    assert transfer_claims(view, model_lexicon(LANG), {}) == []


def test_the_plural_pre_test_passes_every_text_a_plural_regex_matches() -> None:
    """The word pre-test before the long plural regexes (perf2) drops no match: each known plural
    form, bare, possessive, hyphen-joined or counted, passes it wherever the regex finds it."""
    plurals = plural_systems(shipped_kb(LANG), LANG)
    assert plurals.regex is not None and plurals.counted is not None
    for form in plurals.systems:
        for text in (f"The {form} arrived.", f"Its {form}' engines failed", f"the {form}’s crews",
                     f"(12 {form})", f"{form}, then more", f"some {form}s"):  # fmt: skip
            for rx in (plurals.regex, plurals.counted):
                if rx.search(text):
                    assert plurals.may_match(rx, text), (form, text)
    assert not plurals.may_match(plurals.regex, "Officials met in the capital on Monday.")
