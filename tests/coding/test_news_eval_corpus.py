"""`geowire eval news` gives the reference scorer's numbers; training is deterministic; the corpus
reads and splits by document (a few authored documents, the real pipeline)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from geowire.coding.corpus import read_corpus, split_of
from geowire.coding.matching import Matcher, group_countries
from geowire.settings import Settings

pytestmark = [pytest.mark.model, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "eval" / "news_dev" / "score.py"


def _eval_dir(tmp_path: Path, n: int = 4) -> Path:
    """An eval folder in the news_dev layout made of authored test-split documents."""
    docs = [d for d in read_corpus() if d.split == "test"][:n]
    arts = [{"id": d.id, "title": d.title, "published": d.published.isoformat() if d.published else None,
             "url": f"https://example.org/{d.id}", "text": d.text} for d in docs]  # fmt: skip
    gold = [{"doc": g.doc, "sentence": g.sentence, "event": g.event, "alt": list(g.alt),
             "actor": list(g.actor), "recipient": list(g.recipient), "modality": g.modality,
             "reported": g.reported}
            for d in docs for g in d.gold]  # fmt: skip
    out = tmp_path / "set"
    out.mkdir()
    (out / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in arts), encoding="utf-8")
    (out / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    return out


def test_eval_news_gives_the_reference_scorers_numbers(tmp_path: Path) -> None:
    from geowire.coding.news_eval import read_gold, run_pipeline, score, system_events

    folder = _eval_dir(tmp_path)
    settings = Settings()
    _, records = run_pipeline(folder / "articles.jsonl", settings)
    events = tmp_path / "events.jsonl"
    events.write_text("".join(json.dumps(r, default=str) + "\n" for r in records), encoding="utf-8")
    articles = [json.loads(x) for x in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    ours = score(read_gold(folder / "gold.jsonl"), system_events(records, articles))
    if not SCORER.is_file():
        pytest.skip("../shared/eval/news_dev/score.py not beside the project")
    ref = json.loads(subprocess.run(
        [sys.executable, str(SCORER), str(folder / "gold.jsonl"), str(events), "--articles",
         str(folder / "articles.jsonl"), "--groups", str(ROOT / "src/geowire/data/groups.yaml"),
         "--no-lists"],
        capture_output=True, text=True, check=True).stdout)  # fmt: skip
    for key in ("overall", "asserted_only", "overall_strict_categories"):
        assert ours[key] == ref[key], key
    assert ours["modality_accuracy_on_matched"] == ref["modality_accuracy_on_matched"]
    assert ours["per_category"] == ref["per_category"]


def test_training_is_deterministic_on_a_small_corpus() -> None:
    from geowire.coding import train as training

    docs = read_corpus()[:12]
    matcher = Matcher(group_countries())
    collected = training.collect(docs, Settings())
    a = training.train(collected, matcher, compare=False)
    b = training.train(collected, matcher, compare=False)
    assert a.decider == b.decider
    assert a.report["candidates_train"] > 0


def test_the_corpus_is_split_by_document_and_never_moves() -> None:
    docs = read_corpus()
    assert len(docs) >= 400
    splits = {d.split for d in docs}
    assert splits == {"train", "dev", "test"}
    assert split_of("a1-001") == split_of("a1-001")
    assert sum(len(d.gold) for d in docs) > 4000


def test_cli_eval_news_and_explain_candidates(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from geowire.cli import app

    runner = CliRunner()
    folder = _eval_dir(tmp_path, n=2)
    res = runner.invoke(app, ["eval", "news", str(folder), "--json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    assert {"overall", "asserted_only", "per_category", "unmatched_gold", "unmatched_system"} <= report.keys()
    assert report["coder"] == "learned"
    missing = runner.invoke(app, ["eval", "news", str(tmp_path / "nowhere")])
    assert missing.exit_code != 0

    db = tmp_path / "s.duckdb"
    assert runner.invoke(app, ["ingest", str(folder / "articles.jsonl"), "--db", str(db)]).exit_code == 0
    events = json.loads(
        runner.invoke(app, ["events", "--db", str(db), "--json", "--min-confidence", "0"]).output
    )
    assert events
    res = runner.invoke(app, ["explain", events[0]["id"], "--db", str(db), "--candidates", "--json"])
    assert res.exit_code == 0, res.output
    cands = json.loads(res.output)["candidates"]
    assert any(c["kept"] for c in cands) and all(0 <= c["probability"] <= 1 for c in cands)
