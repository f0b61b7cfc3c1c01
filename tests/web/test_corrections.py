"""Analysts' corrections (issue 16): stored with who and when, override the coder in counts,
series and exports, survive re-coding, export as training data, and are made through the API
behind the token."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from geowire.coding.corpus import read_corpus
from geowire.coding.scores import load_plover
from geowire.export.service import event_from_row, export
from geowire.pipeline import correct
from geowire.store import corrections as C
from geowire.store.analysis import replace_document_analyses
from geowire.store.db import Store
from geowire.store.events import get_event, query_events
from geowire.store.model import dyad_series
from geowire.types import DocAnalysis, Sentence

from .conftest import TOKEN

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

THANKED = f"ev{2:016x}"  # Venezuela thanked Russia: SUPPORT, VEN -> RUS
WARNED = f"ev{1:016x}"  # Russia warned the United States: THREATEN
NOW = dt.datetime(2026, 1, 5, 9, 30)


def _ven_rus(store: Store) -> dict[str, int]:
    total = dyad_series(store, a="VEN", b="RUS", by="year")["total"]
    return {k: total[k] for k in ("occurrences", "cooperation", "conflict")}


def _exported(store: Store, tmp_path: Path) -> list[dict[str, object]]:
    out = tmp_path / "events.jsonl"
    export(store, format="plover-jsonl", out=out)
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_corrections_fix_changes_dyad_series_and_export_keeps_original(
    writable_store: Store, tmp_path: Path
) -> None:
    before = _ven_rus(writable_store)
    row = correct(
        writable_store, C.Correction(action="fix", who="ana", event_id=THANKED, category="accuse"), now=NOW
    )
    assert row["original"]["category"] == "SUPPORT" and row["who"] == "ana" and row["made_at"] == NOW
    after = _ven_rus(writable_store)
    assert after["occurrences"] == before["occurrences"]
    assert (after["cooperation"], after["conflict"]) == (before["cooperation"] - 1, before["conflict"] + 1)
    ev = get_event(writable_store, THANKED)
    assert ev["category"] == "ACCUSE" and ev["quad_class"] == 3 and ev["score"] < 0
    assert ev["rule"].endswith(C.CORRECTED_RULE_MARK) and "corrected by ana" in ev["explanation"][-1]
    records = {r["id"]: r for r in _exported(writable_store, tmp_path)}
    assert records[THANKED]["event"] == ["ACCUSE"]


def test_corrections_reject_leaves_counts_and_exports(writable_store: Store, tmp_path: Path) -> None:
    before = _ven_rus(writable_store)
    correct(
        writable_store, C.Correction(action="reject", who="ana", event_id=THANKED, note="a thank-you note")
    )
    assert _ven_rus(writable_store)["occurrences"] == before["occurrences"] - 1
    assert THANKED not in {r["id"] for r in _exported(writable_store, tmp_path)}
    [listed] = C.list_corrections(writable_store)
    assert listed["action"] == "reject" and listed["in_effect"] and listed["original"]["id"] == THANKED


def test_corrections_fix_actors_and_modality(writable_store: Store) -> None:
    correct(
        writable_store,
        C.Correction(action="fix", who="bo", event_id=WARNED, recipients=("VEN",), modality="future"),
    )
    ev = get_event(writable_store, WARNED)
    assert ev["recipient_codes"] == ["VEN"] and ev["recipients"][0]["entity_text"]
    assert ev["modality"] == "future" and not ev["counts"]


def test_corrections_survive_recode(writable_store: Store) -> None:
    doc_id = get_event(writable_store, THANKED)["doc_id"]
    coder_events = [event_from_row(r) for r in query_events(writable_store, doc_id=doc_id)]
    sentences = tuple(
        Sentence(index=s["idx"], start=s["start"], end=s["end"], text=s["text"])
        for s in writable_store.query("SELECT * FROM sentences WHERE doc_id = ? ORDER BY idx", [doc_id])
    )
    correct(writable_store, C.Correction(action="fix", who="ana", event_id=THANKED, category="ACCUSE"))
    correct(writable_store, C.Correction(action="reject", who="ana", event_id=WARNED))
    analysis = DocAnalysis(
        doc_id=doc_id,
        blocks=(),
        sentences=sentences,
        mentions=(),
        dates=(),
        quantities=(),
        events=tuple(coder_events),
    )
    with writable_store.transaction() as con:  # what recode does: the coder's events again
        replace_document_analyses(con, [analysis], coded=True, scores=load_plover())
    assert get_event(writable_store, THANKED)["category"] == "ACCUSE"
    assert WARNED not in {r["id"] for r in query_events(writable_store, doc_id=doc_id)}
    with pytest.raises(C.CorrectionError, match="PLOVER table"), writable_store.transaction() as con:
        replace_document_analyses(con, [analysis], coded=True)  # a corrected document needs the table


def test_corrections_add_a_missed_event(writable_store: Store) -> None:
    doc_id = get_event(writable_store, THANKED)["doc_id"]
    row = correct(writable_store, C.Correction(action="add", who="ana", doc_id=doc_id, sentence_index=2,
                                                  category="CONSULT", trigger="thanked", actors=("VEN",),
                                                  recipients=("RUS",)))  # fmt: skip
    ev = get_event(writable_store, row["event_id"])
    assert ev["category"] == "CONSULT" and ev["trigger_text"] == "thanked" and ev["rule"] == C.ADDED_RULE
    assert ev["actors"][0]["entity_text"] == "Venezuela" and ev["counts"]


@pytest.mark.parametrize(
    "bad",
    [
        C.Correction(action="fix", who="ana", event_id=THANKED),  # nothing to change
        C.Correction(action="fix", who="ana", event_id=THANKED, category="HUG"),
        C.Correction(action="fix", who="ana", event_id=THANKED, modality="maybe"),
        C.Correction(action="fix", who=" ", event_id=THANKED, category="AID"),
        C.Correction(action="fix", who="ana", event_id=THANKED, actors=("R<S",)),
        C.Correction(action="add", who="ana", doc_id="d1", category="AID"),  # no sentence
    ],
)
def test_corrections_unsound_ones_refused(bad: C.Correction) -> None:
    with pytest.raises(C.CorrectionError):
        bad.validated()


def test_corrections_export_is_training_data_train_reads(writable_store: Store, tmp_path: Path) -> None:
    correct(writable_store, C.Correction(action="fix", who="ana", event_id=THANKED, category="ACCUSE"))
    path = tmp_path / "corrections.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in C.training_docs(writable_store)))
    [doc] = read_corpus([path])
    assert doc.split == "train" and doc.text.endswith("Venezuela thanked Russia for its support.")
    assert [(g.event, g.actor, g.recipient) for g in doc.gold] == [("ACCUSE", ("VEN",), ("RUS",))]


def test_cli_train_reads_corrections_file(
    writable_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``geowire train --corrections FILE`` adds the file's documents to what it trains on (the
    training itself is stopped once the documents are read: `make train` covers it)."""
    from typer.testing import CliRunner

    from geowire.cli import app
    from geowire.coding import train as training

    correct(writable_store, C.Correction(action="reject", who="ana", event_id=THANKED))
    path = tmp_path / "corrections.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in C.training_docs(writable_store)))
    seen: list[str] = []

    def collect(docs, settings, on_doc=None):  # type: ignore[no-untyped-def]
        seen.extend(d.id for d in docs if d.split == "train" and not d.gold)
        raise SystemExit(3)

    monkeypatch.setattr(training, "collect", collect)
    result = CliRunner().invoke(app, ["train", "--corrections", str(path)])
    assert result.exit_code == 3
    assert any(i.startswith("correction-") for i in seen)


def test_api_correction_needs_the_token(token_client: TestClient) -> None:
    r = token_client.post(f"/api/events/{THANKED}/corrections", json={"category": "ACCUSE", "who": "ana"})
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"


def test_api_correction_read_only_server(client: TestClient) -> None:
    r = client.post(f"/api/events/{THANKED}/corrections", json={"category": "ACCUSE", "token": "x"})
    assert r.status_code == 403


def test_api_correction_round_trip(token_client: TestClient) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    r = token_client.post(f"/api/events/{THANKED}/corrections", headers=headers,
                          json={"category": "ACCUSE", "who": "ana", "note": "sarcasm"})  # fmt: skip
    assert r.status_code == 201, r.text
    assert r.json()["original"]["category"] == "SUPPORT"
    assert token_client.get(f"/api/events/{THANKED}").json()["event"]["event"] == ["ACCUSE"]
    page = token_client.get(f"/events/{THANKED}").text
    assert "sarcasm" in page and 'id="correction-history"' in page and 'id="explanation"' in page
    listed = token_client.get("/api/corrections").json()["corrections"]
    assert [c["who"] for c in listed] == ["ana"]
    bad = token_client.post(f"/api/events/{THANKED}/corrections", headers=headers, json={"category": "HUG"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid-correction"
    missing = token_client.post("/api/events/evnope/corrections", headers=headers, json={"category": "AID"})
    assert missing.status_code == 404


def test_ui_correction_form_redirects_to_the_event(token_client: TestClient) -> None:
    form = {"token": TOKEN, "who": "ana", "action": "fix", "category": "ACCUSE", "actors": "VEN",
            "recipients": "RUS", "modality": "asserted"}  # fmt: skip
    r = token_client.post(f"/events/{THANKED}/corrections", data=form, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith(f"/events/{THANKED}")
    assert "ACCUSE" in token_client.get(f"/events/{THANKED}").text
