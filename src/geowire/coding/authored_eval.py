"""``geowire eval authored [DIR] --split dev``: the authored corpus scored as users see it.

The documents of one split of the authored corpus (``corpus/authored``, format in
``corpus/FORMAT.md``) are written as a news folder's ``articles.jsonl`` and go through
``geowire eval news``'s path (:func:`geowire.coding.news_eval.evaluate_articles`): ingested into an
in-memory store, processed, read back as ``geowire events`` lists them and scored against the
documents' gold events by the news scorer's rules. The report has the same keys as
``geowire eval news``'s, plus the corpus folder, the split and the number of documents.

Its figures are those ``geowire train --report`` writes for the shipped model under
``splits.<split>``: ``view_single_floor`` (what the default view lists) and ``learned`` (every stored
event, the report's ``all_stored``); docs/learned.md, "Scoring the authored corpus", says where the
two paths part.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any, get_args

from geowire.coding.corpus import CORPUS_DIR, CorpusDoc, Split, read_corpus
from geowire.errors import GeowireError
from geowire.settings import Settings

SPLITS: tuple[str, ...] = get_args(Split)


class AuthoredEvalError(GeowireError):
    """The corpus folder or the split asked for cannot be evaluated."""


def split_documents(directory: Path, split: str) -> list[CorpusDoc]:
    """The documents of ``split`` in the corpus files of ``directory`` (``*.jsonl``)."""
    if split not in SPLITS:
        raise AuthoredEvalError(f"unknown split {split!r}: choose {', '.join(SPLITS)}")
    if not directory.is_dir():
        raise AuthoredEvalError(f"no corpus folder {directory}")
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        raise AuthoredEvalError(f"no corpus files (*.jsonl) in {directory}")
    docs = [d for d in read_corpus(files) if d.split == split]
    if not docs:
        raise AuthoredEvalError(f"no {split} documents in {directory}")
    return docs


def as_article(doc: CorpusDoc) -> dict[str, Any]:
    """A corpus document as a line of a news folder's ``articles.jsonl`` (its url names its id, so
    its events map back to it whatever its title)."""
    published = doc.published.isoformat() if doc.published else None
    return {"id": doc.id, "title": doc.title, "published": published,
            "url": f"https://example.org/authored/{doc.id}", "text": doc.text}  # fmt: skip


def evaluate_authored(
    directory: Path | None,
    settings: Settings,
    *,
    split: str = "dev",
    min_confidence: float | None = None,
    strict: bool = False,
) -> dict[str, Any]:
    """The report of ``geowire eval authored``: ``geowire eval news``'s, over the documents of
    ``split`` in ``directory`` (default ``corpus/authored``)."""
    from geowire.coding.news_eval import evaluate_articles

    folder = directory or CORPUS_DIR
    docs = split_documents(folder, split)
    articles = [as_article(d) for d in docs]
    gold = [g for d in docs for g in d.gold]
    with tempfile.TemporaryDirectory(prefix="geowire-authored-") as tmp:
        path = Path(tmp) / "articles.jsonl"
        path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
        report = evaluate_articles(
            path, articles, gold, settings, min_confidence=min_confidence, strict=strict
        )
    return {"corpus": str(folder), "split": split, "documents": len(docs), **report}
