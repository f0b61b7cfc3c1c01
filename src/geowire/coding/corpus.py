"""The authored corpus (``corpus/authored/*.jsonl``, format in ``corpus/FORMAT.md``): documents
written by the project with their gold events, split by document into train / dev / test.

The split is a fixed function of the document id (:func:`split_of`), so adding documents never
moves old ones between splits; the test split is never used for tuning.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from geowire.coding.matching import GoldEvent
from geowire.errors import GeowireError

Split = Literal["train", "dev", "test"]
CORPUS_DIR = Path(__file__).resolve().parents[3] / "corpus" / "authored"


class CorpusError(GeowireError):
    """A corpus file does not have the expected layout."""


@dataclass(frozen=True)
class CorpusDoc:
    id: str
    genre: str
    published: dt.date | None
    title: str
    text: str
    gold: tuple[GoldEvent, ...]
    fixed_split: Split | None = None  # a document's own "split" (corrections: always "train")

    @property
    def split(self) -> Split:
        return self.fixed_split or split_of(self.id)


def split_of(doc_id: str) -> Split:
    """70 % train, 15 % dev, 15 % test, by a hash of the id."""
    bucket = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "train" if bucket < 70 else "dev" if bucket < 85 else "test"


def read_corpus(paths: Iterable[Path] | None = None) -> list[CorpusDoc]:
    """Every document of the given files (default: ``corpus/authored/*.jsonl``)."""
    files = sorted(paths) if paths is not None else sorted(CORPUS_DIR.glob("*.jsonl"))
    if not files:
        raise CorpusError(f"no corpus files in {CORPUS_DIR}")
    return [doc for f in files for doc in _read_file(f)]


def _read_file(path: Path) -> Iterator[CorpusDoc]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            yield _doc(raw)
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise CorpusError(f"{path.name}:{n}: {e}") from e


def _events(raw: dict[str, object]) -> list[dict[str, Any]]:
    events = raw["events"]
    if not isinstance(events, list):
        raise TypeError("events must be a list")
    return events


def _doc(raw: dict[str, object]) -> CorpusDoc:
    doc_id = str(raw["id"])
    published = raw.get("published")
    gold = tuple(
        GoldEvent(
            doc=doc_id,
            sentence=str(e["sentence"]),
            event=str(e["event"]),
            alt=tuple(e.get("alt") or ()),
            actor=tuple(e.get("actor") or ()),
            recipient=tuple(e.get("recipient") or ()),
            modality=str(e.get("modality", "asserted")),
            reported=bool(e.get("reported", False)),
        )
        for e in _events(raw)
    )
    return CorpusDoc(
        id=doc_id,
        genre=str(raw.get("genre", "wire")),
        published=dt.date.fromisoformat(str(published)) if published else None,
        title=str(raw.get("title") or ""),
        text=str(raw["text"]),
        gold=gold,
        fixed_split=_split(raw.get("split")),
    )


def _split(value: object) -> Split | None:
    """A document's ``split`` field (``geowire corrections export`` writes ``"train"``)."""
    if value is None:
        return None
    if value not in ("train", "dev", "test"):
        raise ValueError(f"split must be train, dev or test: {value!r}")
    return value
