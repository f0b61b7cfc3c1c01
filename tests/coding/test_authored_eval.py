"""`geowire eval authored`: one split of an authored corpus scored by `geowire eval news`'s path,
with one-line errors for a bad folder or split (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from geowire.cli import app
from geowire.coding.authored_eval import as_article, split_documents
from geowire.coding.corpus import read_corpus, split_of

runner = CliRunner()

# two documents hashing to dev and one to train, written for this test
DOCS: list[dict[str, Any]] = [
    {"id": "own-ae-002", "genre": "wire", "published": "2025-05-02", "title": "Oslo widens its measures",
     "text": "Norway imposed sanctions on Belarus on Friday over the jailing of opposition figures.\n\n"
             "The foreign ministry in Oslo gave no date for a review.",
     "events": [{"sentence": "Norway imposed sanctions on Belarus on Friday over the jailing of opposition "
                             "figures.", "trigger": "imposed sanctions", "event": "SANCTION", "alt": [],
                 "actor": ["NOR"], "actor_text": ["Norway"], "recipient": ["BLR"],
                 "recipient_text": ["Belarus"], "modality": "asserted", "reported": False}]},
    {"id": "own-ae-010", "genre": "wire", "published": "2025-06-11", "title": "Talks in Ankara",
     "text": "The Greek prime minister met the Turkish president in Ankara on Tuesday.\n\n"
             "Both sides described the meeting as cordial.",
     "events": [{"sentence": "The Greek prime minister met the Turkish president in Ankara on Tuesday.",
                 "trigger": "met", "event": "CONSULT", "alt": [], "actor": ["GRC"],
                 "actor_text": ["Greek"], "recipient": ["TUR"], "recipient_text": ["Turkish"],
                 "modality": "asserted", "reported": False}]},
    {"id": "own-ae-001", "genre": "wire", "published": "2025-04-20", "title": "A train document",
     "text": "Chile recalled its ambassador from Peru.",
     "events": []},
]  # fmt: skip


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "authored"
    folder.mkdir()
    (folder / "part_1.jsonl").write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    return folder


def test_authored_eval_documents_hash_to_the_splits_the_test_assumes() -> None:
    assert [split_of(d["id"]) for d in DOCS] == ["dev", "dev", "train"]


def test_authored_eval_reads_only_the_documents_of_the_split(corpus: Path) -> None:
    assert [d.id for d in split_documents(corpus, "dev")] == ["own-ae-002", "own-ae-010"]
    assert [d.id for d in split_documents(corpus, "train")] == ["own-ae-001"]


def test_authored_eval_article_maps_back_by_its_own_url(corpus: Path) -> None:
    doc = split_documents(corpus, "dev")[0]
    article = as_article(doc)
    assert article["id"] == doc.id and article["text"] == doc.text and article["published"] == "2025-05-02"
    assert article["url"].endswith("/own-ae-002")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--split", "holdout"], "unknown split 'holdout'"),
        (["--split", "test"], "no test documents in"),
    ],
)
def test_authored_eval_cli_bad_split_is_one_line(corpus: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["eval", "authored", str(corpus), *args])
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_authored_eval_cli_missing_folder_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "authored", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert "no corpus folder" in result.output and len(result.output.strip().splitlines()) == 1


def test_authored_eval_cli_empty_folder_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "authored", str(tmp_path)])
    assert result.exit_code == 1
    assert "no corpus files" in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.model
@pytest.mark.slow
def test_authored_eval_cli_scores_the_split_as_eval_news_does(corpus: Path, tmp_path: Path) -> None:
    details = tmp_path / "details.json"
    result = runner.invoke(app, ["eval", "authored", str(corpus), "--json", "--details", str(details)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["split"], report["documents"], report["coder"]) == ("dev", 2, "learned")
    assert report["overall"]["gold"] == 2
    assert {"asserted_only", "per_category", "modality_accuracy_on_matched",
            "non_asserted_gold_total", "unmatched_gold"} <= set(report)  # fmt: skip
    assert json.loads(details.read_text(encoding="utf-8")) == report
    # the same documents as a news folder: `geowire eval news` gives the same figures
    news = tmp_path / "news"
    news.mkdir()
    docs = [d for d in read_corpus([corpus / "part_1.jsonl"]) if d.split == "dev"]
    gold = [{"doc": g.doc, "sentence": g.sentence, "event": g.event, "alt": list(g.alt),
             "actor": list(g.actor), "recipient": list(g.recipient), "modality": g.modality,
             "reported": g.reported} for d in docs for g in d.gold]  # fmt: skip
    (news / "articles.jsonl").write_text("".join(json.dumps(as_article(d)) + "\n" for d in docs))
    (news / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold))
    plain = runner.invoke(app, ["eval", "news", str(news), "--json"])
    assert plain.exit_code == 0, plain.output
    assert {k: v for k, v in report.items() if k not in ("corpus", "split", "documents")} == json.loads(
        plain.stdout
    )


@pytest.mark.model
@pytest.mark.slow
def test_authored_eval_cli_table_names_the_split_and_finds_its_events(corpus: Path) -> None:
    result = runner.invoke(app, ["eval", "authored", str(corpus), "--split", "dev", "--min-confidence", "0"])
    assert result.exit_code == 0, result.output
    assert "authored dev split, 2 documents" in result.stdout and "per category" in result.stdout
    # both hand-written events are found: each category's row reads gold 1, recall 1.0
    for category in ("SANCTION", "CONSULT"):
        row = next(line for line in result.stdout.splitlines() if category in line)
        assert [c.strip() for c in row.split("│")[2:4]] == ["1", "1.0"], row
