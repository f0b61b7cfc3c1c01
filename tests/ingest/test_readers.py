"""Decoding, front-matter and JSON readers."""

import datetime as dt

import pytest

from geowire.ingest.extract import extract_article
from geowire.ingest.items import Failure, ItemError, RawItem
from geowire.ingest.readers import decode_bytes, looks_binary, read_json, read_jsonl, read_text
from geowire.lang import load_language
from geowire.types import Reason

from .conftest import DISPATCH_A, html_page

EN = load_language("en")


def test_readers_decode_utf8_bom_and_detected_encoding() -> None:
    assert decode_bytes("Caf\u00e9 talks".encode()) == "Caf\u00e9 talks"
    assert decode_bytes("\ufeffTalks".encode("utf-8")) == "Talks"
    assert decode_bytes("Talks in Zürich".encode("utf-16")) == "Talks in Zürich"
    latin = ("Les délégués ont signé l'accord à Genève après une longue réunion. " * 4).encode("cp1252")
    assert "délégués" in decode_bytes(latin)


def test_readers_undecodable_bytes_raise_undecodable() -> None:
    with pytest.raises(ItemError) as e:
        decode_bytes(bytes(range(128, 256)) * 3)
    assert e.value.reason is Reason.UNDECODABLE


def test_readers_binary_content_is_detected() -> None:
    assert looks_binary(b"\x89PNG\r\n\x1a\n....")
    assert looks_binary(b"abc\x00def")
    assert not looks_binary(b"plain text\nwith lines\ttabs")
    with pytest.raises(ItemError) as e:
        decode_bytes(b"%PDF-1.7 binary")
    assert e.value.reason is Reason.BINARY


def test_readers_front_matter_gives_metadata() -> None:
    text = (
        "---\ntitle: Lisbon accord\noutlet: Test Wire\nurl: https://wire.example/a\n"
        "published: 2025-05-07\n---\n" + DISPATCH_A
    )
    item = read_text(text, source="a.md", lang=EN)
    assert (item.title, item.outlet, item.url, item.published) == (
        "Lisbon accord",
        "Test Wire",
        "https://wire.example/a",
        dt.date(2025, 5, 7),
    )
    assert item.text.startswith("Lisbon talks end")


def test_readers_malformed_front_matter_is_reported() -> None:
    with pytest.raises(ItemError) as e:
        read_text("---\ntitle: [unclosed\n---\nBody", source="a.md", lang=EN)
    assert e.value.reason is Reason.MALFORMED_FRONT_MATTER


def test_readers_jsonl_names_bad_line_and_goes_on() -> None:
    lines = ['{"text": "First dispatch.", "title": "One"}', "", '{"text": broken', '{"title": "no text"}']
    text = "\n".join([*lines, '{"text": "Last."}'])
    items = list(read_jsonl(text, source="f.jsonl", path="f.jsonl", lang=EN))
    assert isinstance(items[0], RawItem) and items[0].title == "One"
    assert items[1] == Failure("f.jsonl:3", Reason.MALFORMED_JSON, "Expecting value")
    assert isinstance(items[2], Failure) and items[2].source == "f.jsonl:4"
    assert isinstance(items[3], RawItem) and items[3].source == "f.jsonl:5"


def test_readers_json_object_list_and_malformed() -> None:
    one = list(
        read_json('{"text": "Body.", "published": "2025-10-02"}', source="a.json", path="a.json", lang=EN)
    )
    assert isinstance(one[0], RawItem) and one[0].published == dt.date(2025, 10, 2)
    many = list(read_json('[{"text": "A."}, {"text": "B."}]', source="b.json", path="b.json", lang=EN))
    assert [i.source for i in many] == ["b.json#1", "b.json#2"]
    bad = list(read_json('{\n"text": \n}', source="c.json", path="c.json", lang=EN))
    assert (
        isinstance(bad[0], Failure) and bad[0].source == "c.json:3" and bad[0].reason is Reason.MALFORMED_JSON
    )


def test_extract_article_removes_boilerplate_and_reads_metadata() -> None:
    article = extract_article(
        html_page("Lisbon accord", DISPATCH_A.split("\n\n", 1)[1]), url="https://wire.example/a", lang=EN
    )
    assert (
        "fisheries accord" in article.text and "Subscribe" not in article.text and "Sport" not in article.text
    )
    assert article.title == "Lisbon accord"
    assert article.published == dt.date(2025, 5, 7)
    assert article.outlet == "Test Wire"


def test_extract_article_without_date_metadata_stays_undated() -> None:
    article = extract_article(
        html_page("Lisbon accord", DISPATCH_A.split("\n\n", 1)[1], published=None), lang=EN
    )
    assert article.published is None


def test_extract_page_without_article_is_no_article() -> None:
    with pytest.raises(ItemError) as e:
        extract_article("<html><body><nav><a href='/'>Home</a></nav></body></html>", lang=EN)
    assert e.value.reason is Reason.NO_ARTICLE
