"""General resolution rules on hand-built Docs (no model): roles held in organisations, unknown
people named by title and nationality, "<sector> in <country>", peoples and regions, names that are
never actors, and fuzzy surnames only inside a country context."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Doc

from geowire.actors.kb import KnowledgeBase
from geowire.actors.resolve import resolve_mentions
from geowire.errors import KnowledgeBaseError
from geowire.lang import load_language
from geowire.nlp.annotate import annotated_from_doc
from geowire.types import ActorMention, DocContext

from .conftest import FIXTURES

EN = load_language("en")

ON = dt.date(2003, 5, 1)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.from_files([FIXTURES / "kb_general.yaml"], lang=EN, shipped=False)


def _resolve(doc: Doc, kb: KnowledgeBase, published: dt.date | None = ON) -> list[ActorMention]:
    annotated = annotated_from_doc(doc, EN)
    return resolve_mentions(doc, DocContext("d1", published), kb, EN, sentences=annotated.sentences)


def _by_text(mentions: list[ActorMention]) -> dict[str, tuple[str, str | None, str | None, str]]:
    return {m.text: (m.kind, m.code, m.sector, m.how) for m in mentions}


def test_resolve_general_org_role_resolves_to_organisation(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    doc = make_doc("Anna Lindqvist urged calm.", ents=[("Anna Lindqvist", "PERSON")])
    (m,) = _resolve(doc, kb)
    assert (m.kind, m.code, m.sector, m.name, m.how) == (
        "igo", "UN", "GOV", "Anna Lindqvist", "person-org-role@2003-05-01",
    )  # fmt: skip


def test_resolve_general_org_official_before_role_is_country_person(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    (m,) = _resolve(make_doc("Lindqvist urged calm."), kb, dt.date(1998, 3, 1))
    assert (m.kind, m.code, m.sector) == ("person", "USA", "GOV")


def test_resolve_general_role_without_holder_fails(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n  - {id: x, name: X, roles: [{sector: GOV, title: President}]}\n")
    with pytest.raises(KnowledgeBaseError, match="roles.0"):
        KnowledgeBase.from_files([bad], lang=EN, shipped=False)


def test_resolve_general_role_unknown_organisation_fails(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "countries:\n  - {code: USA, name: United States}\n"
        "organisations:\n  - {code: UN, plover: UNO, name: United Nations}\n"
        "people:\n  - {id: x, name: X, roles: [{organisation: NOPE, sector: GOV}]}\n"
    )
    with pytest.raises(KnowledgeBaseError, match="unknown organisation code NOPE"):
        KnowledgeBase.from_files([bad], lang=EN, shipped=False)


def test_resolve_general_appositive_title_and_demonym(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    doc = make_doc(
        "Emeka Obi, the Nigerian foreign minister, arrived in Moscow.", ents=[("Emeka Obi", "PERSON")]
    )
    found = _by_text(_resolve(doc, kb))
    assert found["Emeka Obi"] == ("person", "NGA", "GOV", "title+demonym")
    assert "Nigerian foreign minister" not in found and found["Moscow"][1] == "RUS"


def test_resolve_general_bare_title_unknown_name_stays_unresolved(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    doc = make_doc("President Emeka Obi arrived.", ents=[("Emeka Obi", "PERSON")])
    (m,) = _resolve(doc, kb)
    assert (m.kind, m.code, m.how) == ("unresolved", None, "ner:PERSON")


def test_resolve_general_domestic_sector_in_country(make_doc: Callable[..., Doc], kb: KnowledgeBase) -> None:
    found = _by_text(_resolve(make_doc("Rebels in Sierra Leone and police in Nigeria clashed."), kb))
    assert found["Rebels in Sierra Leone"] == ("country", "SLE", "REB", "country-name+sector")
    assert found["police in Nigeria"] == ("country", "NGA", "COP", "country-name+sector")


def test_resolve_general_troops_in_country_are_not_its_own(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    found = _by_text(_resolve(make_doc("Troops in Nigeria fired."), kb))
    assert found == {"Nigeria": ("country", "NGA", None, "country-name")}


def test_resolve_general_peoples_and_regions(make_doc: Callable[..., Doc], kb: KnowledgeBase) -> None:
    found = _by_text(_resolve(make_doc("Chechen guerrillas said rebels in Chechnya would fight."), kb))
    assert found["Chechen guerrillas"] == ("country", "RUS", "REB", "people-demonym+sector")
    assert found["rebels in Chechnya"] == ("country", "RUS", "REB", "region+sector")
    m = next(m for m in _resolve(make_doc("Chechnya voted."), kb))
    assert (m.code, m.confidence) == ("RUS", 0.8)


def test_resolve_general_not_actors_block_shorter_names(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    found = _by_text(_resolve(make_doc("Latin America and North American firms watched America."), kb))
    assert found == {"America": ("country", "USA", None, "country-alias")}


def test_resolve_general_fuzzy_surname_in_country_context(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    doc = make_doc(
        "Ukrainian President Borys Kovalenkko met officials.", ents=[("Borys Kovalenkko", "PERSON")]
    )
    m = _resolve(doc, kb)[0]
    assert (m.kind, m.code, m.name, m.confidence, m.how) == (
        "person",
        "UKR",
        "Borys Kovalenko",
        0.7,
        "fuzzy-name",
    )


def test_resolve_general_fuzzy_in_appositive(make_doc: Callable[..., Doc], kb: KnowledgeBase) -> None:
    doc = make_doc("Kovalenkko, the Ukrainian president, spoke.", ents=[("Kovalenkko", "PERSON")])
    m = _resolve(doc, kb)[0]
    assert (m.text, m.name, m.how) == ("Kovalenkko", "Borys Kovalenko", "fuzzy-name")


def test_resolve_general_no_fuzzy_without_country(make_doc: Callable[..., Doc], kb: KnowledgeBase) -> None:
    doc = make_doc("President Borys Kovalenkko met officials.", ents=[("Borys Kovalenkko", "PERSON")])
    assert _resolve(doc, kb)[0].how == "ner:PERSON"


def test_resolve_general_fuzzy_needs_close_surname(make_doc: Callable[..., Doc], kb: KnowledgeBase) -> None:
    doc = make_doc("Ukrainian President Borys Kovalchuk met officials.", ents=[("Borys Kovalchuk", "PERSON")])
    m = _resolve(doc, kb)[0]
    assert (m.code, m.name, m.how) == ("UKR", None, "title")


def test_resolve_general_fuzzy_given_name_must_match(make_doc: Callable[..., Doc], kb: KnowledgeBase) -> None:
    doc = make_doc("Ukrainian President Petro Kovalenkko spoke.", ents=[("Petro Kovalenkko", "PERSON")])
    assert _resolve(doc, kb)[0].how == "title"


def test_resolve_general_supporters_of_person_are_the_country(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    found = _by_text(_resolve(make_doc("Supporters of former President Kovalenko marched."), kb))
    assert found == {
        "Supporters of former President Kovalenko": ("country", "UKR", None, "followers-of-person")
    }


def test_resolve_general_person_without_followers_stays_person(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    found = _by_text(_resolve(make_doc("Kovalenko met his supporters."), kb, dt.date(2000, 1, 1)))
    assert found == {"Kovalenko": ("person", "UKR", "GOV", "person-role@2000-01-01")}


def test_resolve_general_org_title_person_is_the_organisation(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    doc = make_doc("Rebels met UN envoy Tomas Varga on Monday.", ents=[("Tomas Varga", "PERSON")])
    found = _by_text(_resolve(doc, kb))
    assert found["UN envoy Tomas Varga"] == ("igo", "UN", None, "person-org-title")


def test_resolve_general_org_without_person_stays_org(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    found = _by_text(_resolve(make_doc("The UN envoy arrived."), kb))
    assert found == {"UN": ("igo", "UN", None, "org-name")}


def test_resolve_general_written_title_picks_role_outside_dates(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    found = _by_text(_resolve(make_doc("Officials met President Berg."), kb, dt.date(2000, 1, 1)))
    assert found["President Berg"] == ("person", "USA", "GOV", "person-titled-role@2000-01-01")


def test_resolve_general_without_title_nearest_role(make_doc: Callable[..., Doc], kb: KnowledgeBase) -> None:
    found = _by_text(_resolve(make_doc("Officials met Berg."), kb, dt.date(2000, 1, 1)))
    assert found["Berg"] == ("person", "USA", None, "person-country@2000-01-01")


def test_resolve_general_role_on_date_beats_written_title(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    found = _by_text(_resolve(make_doc("Officials met President Berg."), kb, dt.date(2006, 1, 1)))
    assert found["President Berg"] == ("person", "USA", "LEG", "person-role@2006-01-01")


def test_resolve_general_ethnic_group_in_country(make_doc: Callable[..., Doc], kb: KnowledgeBase) -> None:
    found = _by_text(_resolve(make_doc("Ethnic Russians in Ukraine protested."), kb))
    assert found["Ethnic Russians"] == ("country", "UKR", None, "ethnic-in-country")


def test_resolve_general_ethnic_group_alone_is_not_the_state(
    make_doc: Callable[..., Doc], kb: KnowledgeBase
) -> None:
    found = _by_text(_resolve(make_doc("Ethnic Russian rebels attacked."), kb))
    assert found == {"Ethnic Russian rebels": ("unresolved", None, None, "ethnic-group")}


def test_resolve_general_shared_surname_by_date(make_doc: Callable[..., Doc], tmp_path: Path) -> None:
    kb = _two_presidents(tmp_path)
    (early,) = _resolve(make_doc("Mbeya spoke."), kb, dt.date(1990, 1, 1))
    (late,) = _resolve(make_doc("Mbeya spoke."), kb, dt.date(2010, 1, 1))
    assert (early.name, late.name) == ("Amos Mbeya", "Ruth Mbeya")


def test_resolve_general_shared_surname_between_terms_is_country(
    make_doc: Callable[..., Doc], tmp_path: Path
) -> None:
    (m,) = _resolve(make_doc("Mbeya spoke."), _two_presidents(tmp_path), dt.date(2000, 1, 1))
    assert (m.kind, m.code, m.sector, m.name, m.how) == (
        "person",
        "NGA",
        None,
        None,
        "ambiguous-person-country",
    )


def _two_presidents(tmp_path: Path) -> KnowledgeBase:
    extra = tmp_path / "two.yaml"
    extra.write_text(
        "people:\n"
        "  - {id: amos, name: Amos Mbeya, aliases: [Mbeya],\n"
        "     roles: [{country: NGA, sector: GOV, start: 1985, end: 1995}]}\n"
        "  - {id: ruth, name: Ruth Mbeya, aliases: [Mbeya],\n"
        "     roles: [{country: NGA, sector: GOV, start: 2005, end: 2015}]}\n"
    )
    return KnowledgeBase.from_files([FIXTURES / "kb_general.yaml", extra], lang=EN, shipped=False)
