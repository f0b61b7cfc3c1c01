"""Duplicates: the sha256 of the normalised text identifies a document exactly; a MinHash over
word shingles finds near-duplicates (syndicated copies) above a Jaccard threshold."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from geowire.settings import Settings

_WORD = re.compile(r"\w+")
_SEED = 1  # seed and scheme fixed: stored signatures must stay comparable across runs
_SCHEME = "affine32"


def content_hash(text: str) -> str:
    """sha256 hex digest of the normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_id(digest: str) -> str:
    """Stable document id: ``'d'`` + the first 15 hex characters of the content hash."""
    return "d" + digest[:15]


def shingles(text: str, *, size: int) -> set[bytes]:
    """Lower-cased word ``size``-grams (the whole text when it is shorter)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@dataclass(frozen=True)
class NearMatch:
    document_id: str
    jaccard: float


class NearDuplicateIndex:
    """An in-memory LSH index over the signatures of original (non-duplicate) documents."""

    def __init__(self, settings: Settings) -> None:
        self.threshold = settings.near_duplicate_threshold
        self.num_perm = settings.minhash_perm
        self.shingle_size = settings.shingle_size
        self._template = MinHash(num_perm=self.num_perm, seed=_SEED, scheme=_SCHEME)
        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
        self._signatures: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}

    def signature(self, text: str) -> list[int]:
        """The MinHash signature of ``text`` as plain integers (stored in ``documents.minhash``)."""
        m = MinHash(
            num_perm=self.num_perm, seed=_SEED, scheme=_SCHEME, permutations=self._template.permutations
        )
        m.update_batch(sorted(shingles(text, size=self.shingle_size)))
        return [int(v) for v in m.hashvalues]

    def add(self, doc_id: str, signature: Iterable[int]) -> None:
        """Index an original document (a signature made with other settings is ignored)."""
        values = list(signature)
        if doc_id in self._signatures or len(values) != self.num_perm:
            return
        m = self._minhash(values)
        self._lsh.insert(doc_id, m)
        self._signatures[doc_id] = m
        self._order[doc_id] = len(self._order)

    def query(self, signature: Iterable[int]) -> NearMatch | None:
        """The earliest indexed document whose estimated Jaccard ≥ the threshold, if any."""
        m = self._minhash(signature)
        hits = []
        for doc_id in self._lsh.query(m):
            jaccard = m.jaccard(self._signatures[doc_id])
            if jaccard >= self.threshold:
                hits.append((self._order[doc_id], doc_id, jaccard))
        if not hits:
            return None
        _, doc_id, jaccard = min(hits)
        return NearMatch(doc_id, jaccard)

    def __len__(self) -> int:
        return len(self._signatures)

    def _minhash(self, signature: Iterable[int]) -> MinHash:
        values = np.array(list(signature), dtype=np.uint64)
        return MinHash(
            num_perm=self.num_perm,
            seed=_SEED,
            scheme=_SCHEME,
            hashvalues=values,
            permutations=self._template.permutations,
        )
