"""Content hashes, document ids and the MinHash near-duplicate index."""

import hashlib

import pytest

from geowire.ingest.dedup import NearDuplicateIndex, content_hash, document_id, lsh_bands, shingles
from geowire.settings import Settings

from .conftest import long_dispatch


def test_dedup_document_id_is_d_plus_15_hex_of_sha256() -> None:
    digest = content_hash("some text")
    assert digest == hashlib.sha256(b"some text").hexdigest()
    assert document_id(digest) == "d" + digest[:15]


def test_dedup_shingles_of_short_text_is_whole_text() -> None:
    assert shingles("Two words", size=5) == {b"two words"}
    assert len(shingles("a b c d e f", size=5)) == 2


def test_dedup_near_duplicate_found_and_different_text_not(settings: Settings) -> None:
    index = NearDuplicateIndex(settings)
    original = long_dispatch(1)
    index.add("d1", index.signature(original))
    copy = original + "\n\nDistributed by a syndication service."
    match = index.query(index.signature(copy))
    assert match is not None and match.document_id == "d1" and match.jaccard >= 0.9
    assert index.query(index.signature(long_dispatch(2))) is None


def test_dedup_signature_is_stable_across_instances(settings: Settings) -> None:
    text = long_dispatch(3)
    assert NearDuplicateIndex(settings).signature(text) == NearDuplicateIndex(settings).signature(text)


def test_dedup_earliest_original_wins(settings: Settings) -> None:
    index = NearDuplicateIndex(settings)
    text = long_dispatch(4)
    index.add("first", index.signature(text))
    index.add("second", index.signature(text + " Extra."))
    match = index.query(index.signature(text + " Another."))
    assert match is not None and match.document_id == "first"


def test_dedup_minhash_and_bands_are_datasketchs(settings: Settings) -> None:
    """The signature and the LSH banding worked out here are datasketch's, value for value (the
    signatures stored before stay comparable)."""
    datasketch = pytest.importorskip("datasketch")
    from datasketch.lsh import _optimal_param

    for threshold in (0.5, 0.8, 0.9, 0.95, 1.0):
        for num_perm in (32, 128, 256):
            assert lsh_bands(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5)
    index = NearDuplicateIndex(settings)
    template = datasketch.MinHash(num_perm=settings.minhash_perm, seed=1, scheme="affine32")
    for text in (long_dispatch(5), long_dispatch(6) + " Extra.", "", "Two words"):
        m = datasketch.MinHash(
            num_perm=settings.minhash_perm, seed=1, scheme="affine32", permutations=template.permutations
        )
        m.update_batch(sorted(shingles(text, size=settings.shingle_size)))
        assert index.signature(text) == [int(v) for v in m.hashvalues]
