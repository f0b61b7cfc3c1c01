"""The evaluation arithmetic and file readers, on small hand-made inputs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geowire.coding.eval import (
    NO_DECISION,
    CodeMap,
    EvalFormatError,
    classification_metrics,
    evaluate_plover,
    event_keys,
    load_code_map,
    match_events,
    parse_marked,
    plv_label,
    read_gsr,
    read_plv,
)
from geowire.types import DocAnalysis, Event, EventActor, Span

FIXTURES = Path(__file__).parent / "fixtures"


def test_eval_parse_marked_returns_text_and_spans() -> None:
    text, s, t = parse_marked("<s>Chile</s> thanked <t> Peru </t>.")
    assert text == "Chile thanked  Peru ."
    assert s is not None and text[s[0] : s[1]] == "Chile"
    assert t is not None and text[t[0] : t[1]] == "Peru"


def test_eval_parse_marked_missing_target_and_bad_marks() -> None:
    text, s, t = parse_marked("<s>Chile</s> protested.")
    assert t is None and s == (0, 5)
    with pytest.raises(EvalFormatError):
        parse_marked("Chile</s> protested.")
    with pytest.raises(EvalFormatError):
        parse_marked("<s>Chile protested.")


def test_eval_plv_label_merges_yields_and_marks_no_decision() -> None:
    assert plv_label("CONCEDE") == plv_label("RETREAT") == "YIELD"
    assert plv_label("AID") == "AID"
    assert plv_label(None) == NO_DECISION


def test_eval_classification_metrics_arithmetic() -> None:
    gold = ["AID", "AID", "ACCUSE", "ACCUSE", "REJECT"]
    pred = ["AID", "ACCUSE", "ACCUSE", NO_DECISION, "REJECT"]
    m = classification_metrics(gold, pred, labels=["AID", "ACCUSE", "REJECT"])
    assert m.accuracy == pytest.approx(3 / 5)
    assert m.coverage == pytest.approx(4 / 5)
    assert m.per_class["AID"].precision == 1.0 and m.per_class["AID"].recall == 0.5
    assert m.per_class["ACCUSE"].precision == 0.5 and m.per_class["ACCUSE"].recall == 0.5
    assert m.per_class["REJECT"].f1 == 1.0
    assert m.macro_f1 == pytest.approx((2 / 3 + 0.5 + 1.0) / 3)
    assert m.confusion["ACCUSE"] == {"ACCUSE": 1, NO_DECISION: 1}


def test_eval_classification_metrics_absent_label_scores_zero() -> None:
    m = classification_metrics(["AID"], ["AID"], labels=["AID", "PROTEST"])
    assert m.per_class["PROTEST"].f1 == 0.0 and m.macro_f1 == 0.5


def test_eval_read_plv_with_and_without_gold() -> None:
    rows = read_plv(FIXTURES / "plv_small.tsv")
    assert [r.gold for r in rows][:2] == ["ACCUSE", "CONSULT"] and rows[3].gold == "YIELD"
    first = rows[0]
    assert first.source is not None and first.text[first.source[0] : first.source[1]].endswith("Maravia")
    assert all(r.gold is None for r in read_plv(FIXTURES / "plv_nogold.tsv"))


def test_eval_read_plv_unknown_label_is_a_format_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tmarked_sentence\tgold_root\nx1\t<s>A</s> met <t>B</t>.\tCHAT\n", encoding="utf-8")
    with pytest.raises(EvalFormatError, match="CHAT"):
        read_plv(bad)


def test_eval_code_map_aliases_and_organisation_types() -> None:
    codes = load_code_map()
    assert codes.normalise("JAP") == "JPN"
    assert codes.normalise("UNO") == "IGO" and codes.normalise("igo") == "IGO"
    assert codes.normalise("") is None


def test_eval_read_gsr_normalises_gold_codes() -> None:
    recs = read_gsr(FIXTURES / "gsr_small.jsonl")
    assert recs[0].key == ("AGREE", frozenset({"JPN", "KOR"}), frozenset())
    assert recs[2].key == ("AID", frozenset({"CHL"}), frozenset())  # "" recipients = none
    assert recs[0].date == dt.date(2001, 5, 2)


def _actor(code: str, kind: str = "country") -> EventActor:
    return EventActor(code=code, sector=None, entity_text=code, wikidata=None, start=0, end=1, kind=kind)  # type: ignore[arg-type]


def _event(
    cat: str, actors: list[EventActor], recipients: list[EventActor], modality: str = "asserted"
) -> Event:
    return Event(id="e", doc_id="d", sentence_index=0, sentence="s", sentence_start=0, category=cat,
                 trigger=Span(0, 1, "x"), actors=tuple(actors), recipients=tuple(recipients),
                 modality=modality)  # type: ignore[arg-type]  # fmt: skip


def test_eval_event_keys_merge_compound_actors_and_map_organisations() -> None:
    codes = CodeMap(aliases={}, igo_types=frozenset({"IGO", "UNO"}))
    events = [_event("AGREE", [_actor("JPN")], []), _event("AGREE", [_actor("KOR")], []),
              _event("ACCUSE", [_actor("UN", "igo")], [_actor("RUR")])]  # fmt: skip
    keys = event_keys(events, codes, org_types={"UN": "UNO"})
    assert keys == {("AGREE", frozenset({"JPN", "KOR"}), frozenset()),
                    ("ACCUSE", frozenset({"IGO"}), frozenset({"RUR"}))}  # fmt: skip


def test_eval_match_events_counts() -> None:
    a = ("AID", frozenset({"CHL"}), frozenset({"PER"}))
    b = ("ACCUSE", frozenset({"IGO"}), frozenset())
    c = ("AGREE", frozenset({"JPN"}), frozenset())
    counts = match_events([{a}, {b}, {c}], [{a}, {a, b}, set()])
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 1)
    assert counts.precision == pytest.approx(2 / 3) and counts.recall == pytest.approx(2 / 3)
    assert counts.f1 == pytest.approx(2 / 3)


def test_eval_plover_with_a_stub_analyser() -> None:
    records = read_gsr(FIXTURES / "gsr_small.jsonl")
    coded = {
        "own-g1": [_event("AGREE", [_actor("JPN"), _actor("KOR")], [])],
        "own-g2": [_event("ACCUSE", [_actor("UN", "igo")], [_actor("XXX")])],
        "own-g3": [_event("AID", [_actor("CHL")], [_actor("PER")])],
    }
    seen: list[tuple[str, dt.date | None]] = []

    def analyse(items):  # noqa: ANN001, ANN202 - the Analyzer.analyse shape
        for ctx, text in items:
            seen.append((text, ctx.published))
            yield DocAnalysis(doc_id=ctx.doc_id, blocks=(), sentences=(), mentions=(), dates=(),
                              quantities=(), events=tuple(coded[ctx.doc_id]))  # fmt: skip

    counts, results = evaluate_plover(records, analyse)
    assert (counts.tp, counts.fp, counts.fn) == (1, 2, 2)
    assert seen[0] == (records[0].text, dt.date(2001, 5, 2))
    assert results[0].predicted == (records[0].key,)


def test_eval_groups_compare_as_their_country_or_the_stateless_code() -> None:
    codes = load_code_map()
    assert codes.stateless_group == "IMG"
    groups = {"HAMAS": "PSE", "ALQAEDA": None}
    events = [_event("ASSAULT", [_actor("HAMAS", "group")], [_actor("ISR")]),
              _event("THREATEN", [_actor("ALQAEDA", "group")], [_actor("USA")]),
              _event("PROTEST", [_actor("ZZGROUP", "group")], [])]  # fmt: skip
    keys = event_keys(events, codes, group_countries=groups)
    assert keys == {("ASSAULT", frozenset({"PSE"}), frozenset({"ISR"})),
                    ("THREATEN", frozenset({"IMG"}), frozenset({"USA"})),
                    ("PROTEST", frozenset({"ZZGROUP"}), frozenset())}  # fmt: skip
    # without the mapping a group keeps its own code
    assert ("ASSAULT", frozenset({"HAMAS"}), frozenset({"ISR"})) in event_keys(events, codes)


def test_eval_load_group_countries_reads_the_knowledge_base() -> None:
    from geowire.coding.eval import load_group_countries

    groups = load_group_countries()
    assert groups["HAMAS"] == "PSE"
    assert "ALQAEDA" in groups and groups["ALQAEDA"] is None
