"""Layout blocks: headline, dateline, body, section headings, captions and photo credits."""

from __future__ import annotations

from geowire.lang import load_language
from geowire.nlp.blocks import segment_blocks

EN = load_language("en")


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, text[b.start : b.end]) for b in segment_blocks(text, EN)]


def test_blocks_headline_dateline_body() -> None:
    text = (
        "Ministers meet in a quiet town\n\nMar 2, 2026 - 10:15\n\nThe ministers met on Monday. They talked.\n"
    )
    assert _kinds(text) == [
        ("headline", "Ministers meet in a quiet town"),
        ("dateline", "Mar 2, 2026 - 10:15"),
        ("body", "The ministers met on Monday. They talked."),
    ]


def test_blocks_caption_and_credit_after_bar() -> None:
    text = (
        "Body text here.\nSoldiers march past a tank. | Jane Roe/Some Agency/AFP via Getty Images\nMore text."
    )
    assert _kinds(text) == [
        ("body", "Body text here."),
        ("caption", "Soldiers march past a tank."),
        ("credit", "| Jane Roe/Some Agency/AFP via Getty Images"),
        ("body", "More text."),
    ]


def test_blocks_credit_lines() -> None:
    text = (
        "A body sentence.\nPhoto: John Poe\n(Reuters)\nFeed editor - Ann Example https://example.org/\nEnd."
    )
    assert [k for k, _ in _kinds(text)] == ["body", "credit", "credit", "credit", "body"]


def test_blocks_parenthesised_agency_credit_ends_caption() -> None:
    text = "A body sentence.\nThe minister arrives at the summit. (AP Photo/John Poe)\n"
    assert _kinds(text)[1:] == [
        ("caption", "The minister arrives at the summit."),
        ("credit", "(AP Photo/John Poe)"),
    ]


def test_blocks_section_heading_is_headline_but_long_first_line_is_body() -> None:
    long_first = " ".join(["word"] * 30) + " without a final stop"
    text = f"{long_first}\nA short heading\nA sentence that ends.\n"
    assert [k for k, _ in _kinds(text)] == ["body", "headline", "body"]


def test_blocks_offsets_point_into_text_with_odd_line_breaks() -> None:
    text = "  Title line\r\n\r\nFirst para.\u2028Second para.  "
    blocks = segment_blocks(text, EN)
    assert [text[b.start : b.end] for b in blocks] == ["Title line", "First para.", "Second para."]
