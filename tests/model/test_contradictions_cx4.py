"""Compatible reports that look different and contradictions in new shapes (issue 13, helper
``cx4``, corpus part_26): a worth written in words keeps its qualifier; a signing place given by a
part of a country ("in the south of Italy"), or after the partner ("with X in central Poland")."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.lang import load_language
from geowire.model.lexicon import model_lexicon
from geowire.model.records import StoredClaim, build_agreement, build_deployments, group_agreements
from geowire.types import DocContext

_LEX = model_lexicon(load_language("en"))
_FIGURES = _LEX.figures


def _worth(cid: str, doc: str, value: float, text: str) -> StoredClaim:
    """A contract between Chile and Norway worth ``value`` kroner, its figure written ``text``."""
    fields = {"kind": "contract", "name": "contract", "parties": ["CHL", "NOR"], "action": "signed",
              "modality": "asserted", "value": value, "value_currency": "NOK",
              "value_text": text}  # fmt: skip
    return StoredClaim(id=cid, doc_id=doc, kind="agreement", sentence_index=0, start=0, end=10, fields=fields,
                       field_spans={}, published=dt.date(2025, 9, 1), sentence="some words")  # fmt: skip


def _value_disputes(*members: StoredClaim) -> int:
    _, found = build_agreement(list(members), dt.date(2026, 1, 1), figures=_FIGURES)
    return sum(x.field == "value" for x in found)


def test_records_a_worth_in_words_after_about_allows_its_rounding() -> None:
    exact = _worth("a", "d1", 3.4e9, "NOK 3.4 billion")
    for text in ("about three billion kroner", "roughly three billion Norwegian kroner"):
        assert _value_disputes(exact, _worth("b", "d2", 3e9, text)) == 0, text


def test_records_a_worth_in_words_still_differs_from_a_figure_far_from_it() -> None:
    far = _worth("a", "d1", 4.1e9, "NOK 4.1 billion")
    assert _value_disputes(far, _worth("b", "d2", 3e9, "about three billion kroner")) == 1
    plain = _worth("b", "d2", 3e9, "three billion kroner")  # no qualifier: only its rounding margin
    assert _value_disputes(_worth("a", "d1", 3.6e9, "NOK 3.6 billion"), plain) == 1


# --- a signing place given by a part of a country ----------------------------------------------


def _places(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 2)), text)])
    return [(c.fields["parties"], c.fields.get("place")) for c in a.claims if c.kind == "agreement"]


@pytest.mark.model
@pytest.mark.parametrize(
    "where", ["in the north of Chile", "in the south-west of Chile", "in the centre of Chile"]
)
def test_agreements_a_part_of_a_country_named_by_of_is_its_place(analyzer, where: str) -> None:  # noqa: ANN001
    text = f"Peru and Bolivia signed a border policing accord {where} on Friday."
    assert _places(analyzer, text) == [(["BOL", "PER"], "Chile")]


@pytest.mark.model
def test_agreements_a_partner_between_the_signing_and_the_country_keeps_the_place(analyzer) -> None:  # noqa: ANN001
    text = "The fisheries accord Peru signed with Ecuador in southern Chile last week runs for five years."
    assert _places(analyzer, text) == [(["ECU", "PER"], "Chile")]


@pytest.mark.model
def test_agreements_a_day_between_the_signing_and_the_country_keeps_the_place(analyzer) -> None:  # noqa: ANN001
    text = "Peru and Bolivia signed a border policing accord on Friday in the south of Chile."
    assert _places(analyzer, text) == [(["BOL", "PER"], "Chile")]


@pytest.mark.model
def test_agreements_a_partner_with_a_clause_of_its_own_still_places_nothing(analyzer) -> None:  # noqa: ANN001
    text = "Peru signed a defence accord with Ecuador, whose navy trains in Chile."
    assert [place for _parties, place in _places(analyzer, text)] == [None]


# --- a question about an agreement that a relative clause says was signed ----------------------


def _modalities(analyzer, text: str) -> list[object]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 2)), text)])
    return [c.fields.get("modality") for c in a.claims if c.kind == "agreement"]


@pytest.mark.model
def test_agreements_a_question_about_a_deal_two_countries_signed_keeps_the_signing(analyzer) -> None:  # noqa: ANN001
    text = "What will the accord Chile and Peru signed in Lima in May mean for fishermen?"
    assert _modalities(analyzer, text) == ["asserted"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ["Has Chile signed the accord with Peru?", "Was the accord between Chile and Peru signed in Lima?"],
)
def test_agreements_a_question_about_the_signing_itself_asserts_nothing(analyzer, text: str) -> None:  # noqa: ANN001
    assert _modalities(analyzer, text) == ["hypothetical"]


# --- a named agreement and a specific kind that names it by one of its words -------------------


def _pact(cid: str, doc: str, published: str, kind: str, name: str, **fields: object) -> StoredClaim:
    base = {"kind": kind, "name": name, "parties": ["FJI", "NZL"], "action": "signed", "modality": "asserted"}
    return StoredClaim(id=cid, doc_id=doc, kind="agreement", sentence_index=0, start=0, end=10,
                       fields={**base, **fields}, field_spans={}, published=dt.date.fromisoformat(published),
                       sentence="some words")  # fmt: skip


def _groups(*claims: StoredClaim) -> list[list[str]]:
    generic = tuple(_LEX.agreements.generic)
    return sorted(sorted(c.id for c in g) for g in group_agreements(list(claims), generic=generic))


def test_records_a_denied_defence_pact_is_the_named_defence_agreement() -> None:
    named = _pact("a", "d1", "2025-03-06", "agreement", "Defence Partnership Agreement", date="2025-03-05",
                  date_precision="day")  # fmt: skip
    denied = _pact("b", "d2", "2025-03-10", "defence pact", "defence pact", modality="negated", negated=True)
    assert _groups(named, denied) == [["a", "b"]]
    _, found = build_agreement([named, denied], dt.date(2026, 1, 1), figures=_FIGURES)
    assert [x.kind for x in found] == ["status"]


def test_records_a_defence_pact_and_an_agreement_named_otherwise_stay_apart() -> None:
    named = _pact("a", "d1", "2025-03-06", "agreement", "Fisheries Access Agreement", date="2025-03-05",
                  date_precision="day")  # fmt: skip
    denied = _pact("b", "d2", "2025-03-10", "defence pact", "defence pact", modality="negated", negated=True)
    assert _groups(named, denied) == [["a"], ["b"]]


# --- deployments: a start is no date, a count in a clause of its own, forces on their way ----------


def _forces(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 2)), text)])
    keys = ("country", "host", "personnel", "date", "since")
    return [{k: c.fields.get(k) for k in keys} for c in a.claims if c.kind == "deployment"]


@pytest.mark.model
def test_deployments_a_force_there_since_a_year_is_not_dated_by_it(analyzer) -> None:  # noqa: ANN001
    (force,) = _forces(analyzer, "Norway has kept 400 soldiers in Lithuania since 2019.")
    assert (force["personnel"], force["date"], force["since"]) == (400.0, None, "2019-01-01")


@pytest.mark.model
def test_deployments_a_count_in_its_own_clause_takes_the_forces_sides(analyzer) -> None:  # noqa: ANN001
    text = "Norway has had troops in Lithuania since 2019, and the contingent now numbers about 400."
    assert _forces(analyzer, text) == [
        {"country": "NOR", "host": "LTU", "personnel": 400.0, "date": None, "since": "2019-01-01"}
    ]


@pytest.mark.model
@pytest.mark.parametrize("verb", ["are heading to", "are on their way to", "are bound for"])
def test_deployments_forces_on_their_way_are_sent(analyzer, verb: str) -> None:  # noqa: ANN001
    (force,) = _forces(analyzer, f"Some 400 Norwegian soldiers {verb} Lithuania.")
    assert (force["country"], force["host"], force["personnel"]) == ("NOR", "LTU", 400.0)


@pytest.mark.model
def test_deployments_a_country_in_the_report_clause_is_no_host(analyzer) -> None:  # noqa: ANN001
    text = "Norway has had troops in Lithuania since 2019, and the force numbers 400, a Polish officer said."
    ((country, host),) = [(f["country"], f["host"]) for f in _forces(analyzer, text)]
    assert (country, host) == ("NOR", "LTU")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("About 400 Norwegian soldiers arrived in Lithuania on Monday.", "arrival"),
        ("Norway now has about 400 soldiers in Lithuania.", "presence"),
        ("Norway has sent 400 soldiers to Lithuania.", None),
        ("Some 400 Norwegian troops have been deployed to Lithuania.", None),
    ],
)
def test_deployments_the_verb_tells_arriving_forces_from_forces_there(analyzer, text: str, measure) -> None:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 2)), text)])
    assert [c.fields.get("measure") for c in a.claims if c.kind == "deployment"] == [measure]


def _garrison(cid: str, doc: str, personnel: float, measure: str | None) -> StoredClaim:
    fields = {"country": "NOR", "host": "LTU", "personnel": personnel, "measure": measure}
    return StoredClaim(id=cid, doc_id=doc, kind="deployment", sentence_index=0, start=0, end=10,
                       fields=fields, field_spans={}, published=dt.date(2025, 6, 2),
                       sentence="some words")  # fmt: skip


def _sizes_disputed(*claims: StoredClaim) -> bool:
    return any(x.kind == "quantity" for x in build_deployments(list(claims), figures=_FIGURES)[1])


def test_records_forces_arriving_and_the_total_there_are_two_figures() -> None:
    assert not _sizes_disputed(_garrison("a", "d1", 400, "arrival"), _garrison("b", "d2", 1100, "presence"))


def test_records_two_totals_there_or_a_total_and_a_plain_count_still_differ() -> None:
    assert _sizes_disputed(_garrison("a", "d1", 400, "presence"), _garrison("b", "d2", 1100, "presence"))
    assert _sizes_disputed(_garrison("a", "d1", 400, "arrival"), _garrison("b", "d2", 1100, None))


@pytest.mark.model
def test_deployments_a_town_of_two_countries_is_in_the_one_the_article_names(analyzer) -> None:  # noqa: ANN001
    # the gazetteer knows a Tapa in Estonia and one in India
    text = "Estonia's army is growing fast. Some 300 Norwegian soldiers are stationed at Tapa."
    assert [(f["country"], f["host"]) for f in _forces(analyzer, text)] == [("NOR", "EST")]


@pytest.mark.model
def test_deployments_a_town_of_two_countries_the_article_does_not_name_gives_no_host(analyzer) -> None:  # noqa: ANN001
    assert _forces(analyzer, "Some 300 Norwegian soldiers are stationed at Tapa.") == []


def test_records_signings_of_two_countries_months_apart_are_two_agreements() -> None:
    july = _pact("a", "d1", "2025-07-10", "agreement", "agreement", date="2025-07-09", date_precision="day")
    october = _pact("b", "d2", "2025-10-23", "agreement", "contract", date="2025-10-22", date_precision="day")
    assert _groups(july, october) == [["a"], ["b"]]


def test_records_one_signing_dated_weeks_apart_is_still_one_disputed_date() -> None:
    early = _pact("a", "d1", "2025-07-10", "agreement", "agreement", date="2025-07-09", date_precision="day")
    late = _pact("b", "d2", "2025-08-02", "agreement", "pact", date="2025-08-01", date_precision="month")
    assert _groups(early, late) == [["a", "b"]]
    _, found = build_agreement([early, late], dt.date(2026, 1, 1), figures=_FIGURES)
    assert [x.kind for x in found] == ["date"]
