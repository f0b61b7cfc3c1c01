"""The event lexicon file: the shipped one validates, bad ones fail with a clear KnowledgeBaseError."""

from __future__ import annotations

from pathlib import Path

import pytest

from geowire.coding.categorize import LEXICON_PATH, load_lexicon
from geowire.errors import KnowledgeBaseError
from geowire.types import PLOVER_CATEGORIES

HEADER = "version: 1\npass_through: [say]\nintent: [plan]\nlight_verbs: [hold]\n"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "lex.yaml"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_categorize_lexicon_shipped_file_loads_and_covers_every_category() -> None:
    lex = load_lexicon(LEXICON_PATH)
    categories = {s.category for s in lex.verbs.values()} | {s.category for s in lex.nouns.values()}
    assert categories == set(PLOVER_CATEGORIES)
    assert lex.verbs["condemn"].category == "ACCUSE"
    assert any(rest == ("for",) for rest, _ in lex.verb_phrases["call"])


def test_categorize_lexicon_unknown_category_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "entries:\n  - {category: INVESTIGATE, verbs: [probe]}\n")
    with pytest.raises(KnowledgeBaseError, match="unknown PLOVER category"):
        load_lexicon(path)


def test_categorize_lexicon_word_under_two_categories_is_rejected(tmp_path: Path) -> None:
    body = "entries:\n  - {category: AID, verbs: [donate]}\n  - {category: ASSAULT, verbs: [donate]}\n"
    with pytest.raises(KnowledgeBaseError, match="donate"):
        load_lexicon(_write(tmp_path, body))


def test_categorize_lexicon_malformed_trigger_and_unknown_key_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="lower-case"):
        load_lexicon(_write(tmp_path, "entries:\n  - {category: AID, verbs: [Donate]}\n"))
    with pytest.raises(KnowledgeBaseError, match="verbz"):
        load_lexicon(_write(tmp_path, "entries:\n  - {category: AID, verbz: [donate]}\n"))


def test_categorize_lexicon_missing_file_is_a_knowledge_base_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="cannot read"):
        load_lexicon(tmp_path / "absent.yaml")
