"""Which claims are one fact, and which figures differ, on shapes a fresh writer used (issue 13,
helper ``cx3``): a figure that tops a stated range; unknown systems named by one proper name
before different nouns; an undated agreement claim among several agreements of the same parties."""

from __future__ import annotations

import datetime as dt

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_transfers

_LEX = model_lexicon(load_language("en"))
_FIGURES = _LEX.figures
_DAY = dt.date(2024, 5, 6)


def _counted(cid: str, doc: str, text: str, figure: str, value: float) -> StoredClaim:
    """A delivery of ``value`` howitzers from Chile to Peru, its figure ``figure`` in ``text``."""
    at = text.index(figure)
    fields = {"supplier": "CHL", "recipient": "PER", "system": "M109", "status": "delivered",
              "quantity": value, "quantity_text": figure}  # fmt: skip
    return StoredClaim(id=cid, doc_id=doc, kind="transfer", sentence_index=0, start=0, end=len(text),
                       fields=fields, field_spans={"quantity": (at, at + len(figure))}, published=_DAY,
                       sentence=text, doc_text=text)  # fmt: skip


def _quantity_disputed(*claims: StoredClaim) -> bool:
    return any(x.kind == "quantity" for x in build_transfers(list(claims), figures=_FIGURES)[1])


def test_records_a_figure_topping_a_range_allows_the_whole_range() -> None:
    exact = _counted("a", "d1", "Chile handed 31 M109 howitzers to Peru.", "31", 31)
    for text in ("Between 28 and 35 M109 howitzers went from Chile to Peru.",
                 "Chile sent 28 to 35 M109 howitzers to Peru.",
                 "Chile sent 28-35 M109 howitzers to Peru."):  # fmt: skip
        ranged = _counted("b", "d2", text, "35", 35)
        assert not _quantity_disputed(exact, ranged), text


def test_records_a_range_still_differs_from_a_figure_outside_it() -> None:
    ranged = _counted("b", "d2", "Between 28 and 35 M109 howitzers went from Chile to Peru.", "35", 35)
    below = _counted("c", "d3", "Chile handed 19 M109 howitzers to Peru.", "19", 19)
    assert _quantity_disputed(ranged, below)


def test_records_a_change_from_one_figure_to_another_is_no_range() -> None:
    grown = _counted("b", "d2", "Peru's M109 fleet from Chile went from 12 to 35 howitzers.", "35", 35)
    exact = _counted("a", "d1", "Chile handed 31 M109 howitzers to Peru.", "31", 31)
    assert _quantity_disputed(exact, grown)


# --- an unknown system named by one proper name before different nouns -------------------------


def _unknown(cid: str, doc: str, text: str, name: str, noun_key: str, **fields: object) -> StoredClaim:
    """A transfer claim from Brazil to Angola of a system the knowledge base does not know."""
    at = text.index(name)
    base = {"supplier": "BRA", "recipient": "AGO", "system": noun_key, "system_name": name,
            "status": "delivered"}  # fmt: skip
    return StoredClaim(id=cid, doc_id=doc, kind="transfer", sentence_index=0, start=0, end=len(text),
                       fields={**base, **fields}, field_spans={"system": (at, at + len(name))},
                       published=_DAY, sentence=text, doc_text=text)  # fmt: skip


def test_records_one_proper_name_before_two_nouns_is_one_system() -> None:
    sent = _unknown("a", "d1", "Twelve Guarani armoured carriers were handed to Angola by Brazil in April.",
                    "Guarani armoured carriers", "carrier")  # fmt: skip
    denied = _unknown("b", "d2", "Brazil has not delivered any Guarani vehicles to Angola, Brasilia said.",
                      "Guarani vehicles", "vehicle", negated=True)  # fmt: skip
    records, found = build_transfers([sent, denied], figures=_FIGURES)
    assert len(records) == 1
    assert any(x.kind == "status" for x in found)


def test_records_two_proper_names_or_a_capital_at_the_start_keep_systems_apart() -> None:
    first = _unknown("a", "d1", "Brazil sent Astros launchers to Angola.", "Astros launchers", "launcher")
    other = _unknown("b", "d2", "Brazil has not sent any Tamoyo launchers to Angola.", "Tamoyo launchers",
                     "vehicle", negated=True)  # fmt: skip
    assert not any(x.kind == "status" for x in build_transfers([first, other], figures=_FIGURES)[1])
    opening = _unknown("c", "d3", "Armoured trucks reached Angola from Brazil.", "Armoured trucks", "truck")
    lead = _unknown("d", "d4", "LUANDA — Armoured carriers came from Brazil.", "Armoured carriers", "carrier")
    plain = _unknown("e", "d5", "Brazil sent more Armoured carriers to Angola.", "Armoured carriers",
                     "armoured")  # fmt: skip
    assert len(build_transfers([opening, lead, plain], figures=_FIGURES)[0]) == 3


# --- an undated agreement claim among several agreements of the same parties -------------------


def _pact(cid: str, published: dt.date, day: str | None, *, negated: bool = False) -> StoredClaim:
    """A claim that Chile and Peru signed (or did not sign) a fisheries pact."""
    fields = {"kind": "pact", "name": "pact", "parties": ["CHL", "PER"], "action": "signed",
              "modality": "negated" if negated else "asserted", **({"date": day} if day else {})}  # fmt: skip
    return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="agreement", sentence_index=0, start=0, end=10,
                       fields=fields, field_spans={}, published=published)  # fmt: skip


def test_records_an_undated_agreement_claim_joins_the_agreement_nearest_in_time() -> None:
    from geowire.model.records import group_agreements

    old = _pact("a1", dt.date(2019, 6, 3), "2019-06-02")
    new = _pact("z9", dt.date(2025, 2, 6), "2025-02-05")
    put_off = _pact("b5", dt.date(2025, 2, 8), None, negated=True)  # its id sorts before the new pact's
    groups = group_agreements([old, put_off, new], generic=tuple(_LEX.agreements.generic))
    assert sorted(sorted(c.id for c in g) for g in groups) == [["a1"], ["b5", "z9"]]


# --- a whole country as a signing place holds its own capital, not another's ---------------------


def test_records_a_country_as_signing_place_differs_from_another_countrys_capital() -> None:
    from geowire.model.build import place_names
    from geowire.model.records import build_agreement

    names = place_names()

    def signed(cid: str, place: str) -> StoredClaim:
        fields = {"kind": "agreement", "name": "agreement", "parties": ["CHL", "PER"], "action": "signed",
                  "modality": "asserted", "place": place}  # fmt: skip
        return StoredClaim(id=cid, doc_id=f"doc-{cid}", kind="agreement", sentence_index=0, start=0, end=10,
                           fields=fields, field_spans={}, published=_DAY)  # fmt: skip

    def places_disputed(*places: str) -> bool:
        members = [signed(f"c{i}", p) for i, p in enumerate(places)]
        found = build_agreement(members, _DAY, countries=names.countries, homes=names.homes,
                                figures=_FIGURES)[1]  # fmt: skip
        return any(x.kind == "place" for x in found)

    assert not places_disputed("Peru", "Lima")
    assert places_disputed("Chile", "Lima")
    assert not places_disputed("Chile", "Valparaíso")  # a city the knowledge base does not place
