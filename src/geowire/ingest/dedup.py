"""Duplicates: the sha256 of the normalised text identifies a document exactly; a MinHash over
word shingles finds near-duplicates (syndicated copies) above a Jaccard threshold.

The MinHash and its LSH banding are datasketch's ``MinHash`` (``scheme="affine32"``, seed 1) and
``MinHashLSH`` worked out here with numpy, value for value: importing datasketch imports every
sketch it ships and SciPy's integration (for the banding's parameters), ~0.4 CPU-s in every
ingesting process, more than it then spends on all the signatures of a hundred articles."""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from geowire.settings import Settings

_WORD = re.compile(r"\w+")
_SEED = 1  # seed and scheme fixed: stored signatures must stay comparable across runs
_EMPTY = np.uint32(0xFFFFFFFF)  # a MinHash slot no value has reached yet (datasketch's max hash)
# the 32-bit MurmurHash3 finalizer (datasketch's pre-mix of each value's hash): shift, multiply, ...
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_FP_WEIGHT = _FN_WEIGHT = 0.5  # MinHashLSH's default weights of false positives and negatives


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
        self._a, self._b = permutations(self.num_perm, _SEED)
        bands, rows = lsh_bands(self.threshold, self.num_perm)
        if bands < 2:  # as MinHashLSH refuses it
            raise ValueError("The number of bands are too small (b < 2)")
        self._ranges = [(i * rows, (i + 1) * rows) for i in range(bands)]
        self._buckets: list[dict[bytes, list[str]]] = [{} for _ in range(bands)]
        self._signatures: dict[str, np.ndarray] = {}
        self._order: dict[str, int] = {}

    def signature(self, text: str) -> list[int]:
        """The MinHash signature of ``text`` as plain integers (stored in ``documents.minhash``)."""
        hashes = [_sha1_32(s) for s in sorted(shingles(text, size=self.shingle_size))]
        return [int(v) for v in minhash(hashes, self._a, self._b)]

    def add(self, doc_id: str, signature: Iterable[int]) -> None:
        """Index an original document (a signature made with other settings is ignored)."""
        values = list(signature)
        if doc_id in self._signatures or len(values) != self.num_perm:
            return
        m = _values(values)
        for (start, end), buckets in zip(self._ranges, self._buckets, strict=True):
            buckets.setdefault(m[start:end].tobytes(), []).append(doc_id)
        self._signatures[doc_id] = m
        self._order[doc_id] = len(self._order)

    def query(self, signature: Iterable[int]) -> NearMatch | None:
        """The earliest indexed document whose estimated Jaccard ≥ the threshold, if any."""
        m = _values(signature)
        found: set[str] = set()
        for (start, end), buckets in zip(self._ranges, self._buckets, strict=True):
            found.update(buckets.get(m[start:end].tobytes(), ()))
        hits = []
        for doc_id in found:
            jaccard = float(np.count_nonzero(m == self._signatures[doc_id])) / float(len(m))
            if jaccard >= self.threshold:
                hits.append((self._order[doc_id], doc_id, jaccard))
        if not hits:
            return None
        _, doc_id, jaccard = min(hits)
        return NearMatch(doc_id, jaccard)

    def __len__(self) -> int:
        return len(self._signatures)


def _sha1_32(data: bytes) -> int:
    """The first four bytes of the SHA-1 of ``data``, little-endian (datasketch's ``sha1_hash32``)."""
    value: int = struct.unpack("<I", hashlib.sha1(data).digest()[:4])[0]
    return value


def _values(signature: Iterable[int]) -> np.ndarray:
    """A stored signature as the MinHash's uint32 values (a value outside 32 bits: ValueError)."""
    values = np.array(list(signature), dtype=np.uint64)
    if values.size and int(values.max()) > int(_EMPTY):
        raise ValueError("hash values out of range for scheme 'affine32'")
    return values.astype(np.uint32)


def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations ``h -> a * h + b mod 2**32`` (``a`` odd) of datasketch's affine32
    MinHash with ``seed``: drawn from numpy's ``RandomState(seed)`` in its order."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def minhash(hashes: list[int], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The MinHash values of a set given its members' 32-bit hashes: per permutation the least
    ``a * fmix(h) + b`` (uint32 arithmetic wraps, which is the modulo); all at the empty value
    when there are none."""
    if not hashes:
        return np.full(len(a), _EMPTY, dtype=np.uint32)
    s1, m1, s2, m2, s3 = _FMIX
    hv = np.array(hashes, dtype=np.uint32).reshape(-1, 1)
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    values: np.ndarray = np.minimum(np.full(len(a), _EMPTY, dtype=np.uint32), (hv * a + b).min(axis=0))
    return values


@lru_cache(maxsize=8)
def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows per band) as ``MinHashLSH`` chooses them: the pair with ``bands * rows <=
    num_perm`` least in the weighted false-positive and false-negative probability mass
    (the first such pair, in its order). The integrands are polynomials of degree at most
    ``num_perm``, which Gauss-Legendre quadrature of that many nodes integrates exactly."""
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 2)
    below = (nodes + 1) * threshold / 2, weights * threshold / 2  # [0, threshold]
    above = threshold + (nodes + 1) * (1 - threshold) / 2, weights * (1 - threshold) / 2  # [threshold, 1]
    best, opt = float("inf"), (0, 0)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            fp = float(np.dot(below[1], 1 - (1 - below[0] ** rows) ** bands))
            fn = float(np.dot(above[1], (1 - above[0] ** rows) ** bands))
            error = fp * _FP_WEIGHT + fn * _FN_WEIGHT
            if error < best:
                best, opt = error, (bands, rows)
    return opt
