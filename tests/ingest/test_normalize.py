"""normalize_text: NFKC, whitespace, paragraph breaks."""

from geowire.ingest.normalize import count_words, normalize_text


def test_normalize_applies_nfkc_and_removes_invisible_characters() -> None:
    assert normalize_text("ﬁnal\u00a0talks in ＵＮ\u200b hall\u00ad") == "final talks in UN hall"


def test_normalize_keeps_blank_line_paragraphs_as_double_newline() -> None:
    text = "Headline here\r\n\r\n\r\n  First   paragraph\tline one\nline two  \n\n\nSecond."
    assert normalize_text(text) == "Headline here\n\nFirst paragraph line one\nline two\n\nSecond."


def test_normalize_turns_lines_into_paragraphs_when_there_are_no_blank_lines() -> None:
    assert normalize_text("One.\nTwo.\nThree.") == "One.\n\nTwo.\n\nThree."
    assert normalize_text("A\n\nB\nC", paragraphs="lines") == "A\n\nB\n\nC"


def test_normalize_of_whitespace_only_is_empty() -> None:
    assert normalize_text(" \n\t \u200b\n ") == ""
    assert count_words("a b\n\nc") == 3
