"""Fixtures for store tests: a folder of small dispatches and the fake (spaCy-free) pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from geowire import pipeline

from .fake_pipeline import FakeAnalyzer, texts


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """process_pending runs the cheap FakeAnalyzer instead of spaCy and the coder."""
    monkeypatch.setattr(pipeline, "Analyzer", FakeAnalyzer)


def write_dispatches(folder: Path, n: int, *, poison: set[int] = frozenset()) -> list[Path]:  # type: ignore[assignment]
    """``n`` dated text files in ``folder``; those in ``poison`` make the fake coder raise."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(texts(n)):
        path = folder / f"{i:03d}.md"
        body = text + (" POISON record." if i in poison else "")
        path.write_text(f"---\ntitle: Dispatch {i}\npublished: 2025-0{1 + i % 9}-1{i % 10}\n---\n{body}\n")
        paths.append(path)
    return paths
