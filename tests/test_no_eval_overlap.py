"""No text of the shared evaluation sets or the seed articles in the project: no run of 8 words of
theirs appears in any file of the repository (rules, lexicons, tests, examples, corpus, docs)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SKIP_DIRS = {".git", ".venv", "test-artifacts", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
TEXT_SUFFIXES = {".py", ".md", ".yaml", ".yml", ".json", ".jsonl", ".txt", ".html", ".js", ".css", ".toml",
                 ".tsv", ".csv", ".sql", ".cfg", ""}  # fmt: skip
WORD = re.compile(r"[a-z0-9]+")
N = 8


# Proper names that are facts, not copied prose (an organisation's full name).
ALLOWED = {tuple("national union for the total independence of angola".split())}


def _grams(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i : i + N]) for i in range(len(words) - N + 1)}


def _texts(p: Path) -> list[str]:
    """The prose of a file: each string value of a JSON/JSONL file apart (keys and layout are not
    prose), each cell of a TSV apart, the whole text otherwise."""
    raw = p.read_text(encoding="utf-8", errors="replace")
    if p.suffix in (".json", ".jsonl"):
        out: list[str] = []
        for line in raw.splitlines() if p.suffix == ".jsonl" else [raw]:
            try:
                _strings(json.loads(line), out)
            except json.JSONDecodeError:
                out.append(line)
        return out
    if p.suffix == ".tsv":
        return [cell for line in raw.splitlines()[1:] for cell in line.split("\t")]
    return [raw]


def _strings(obj: object, out: list[str]) -> None:
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for v in obj.values():
            _strings(v, out)
    elif isinstance(obj, list):
        for v in obj:
            _strings(v, out)


def _protected() -> set[tuple[str, ...]]:
    """The eval sets' and seeds' text (their READMEs and guidelines describe formats: not protected)."""
    grams: set[tuple[str, ...]] = set()
    files = [*(SHARED / "eval").rglob("*.jsonl"), *(SHARED / "eval").rglob("*.tsv"),
             *(p for p in (SHARED / "corpus" / "seeds").rglob("*") if p.is_file())]  # fmt: skip
    for p in sorted(files):
        for text in _texts(p):
            grams |= _grams(text)
    return grams - ALLOWED


def _project_files() -> list[Path]:
    out = []
    for p in sorted(ROOT.rglob("*")):
        if any(part in SKIP_DIRS for part in p.relative_to(ROOT).parts) or not p.is_file():
            continue
        if p.suffix in TEXT_SUFFIXES and p.stat().st_size < 20_000_000:
            out.append(p)
    return out


def test_no_eight_word_run_of_the_eval_sets_or_seeds_is_in_the_repository() -> None:
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared/eval is not beside the project")
    banned = _protected()
    assert banned, "no protected text found"
    hits = []
    for p in _project_files():
        found = {g for text in _texts(p) for g in _grams(text)} & banned
        if found:
            hits.append(f"{p.relative_to(ROOT)}: {' '.join(sorted(found)[0])!r}")
    assert not hits, "text from ../shared in the project:\n" + "\n".join(hits[:20])
