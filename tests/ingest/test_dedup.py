"""Content hashes, document ids and the MinHash near-duplicate index."""

import hashlib

from geowire.ingest.dedup import NearDuplicateIndex, content_hash, document_id, shingles
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
