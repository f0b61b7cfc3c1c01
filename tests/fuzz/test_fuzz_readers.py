"""Fuzz the readers (issue 14): whatever the bytes or text, a reader yields items and failures or
raises :class:`ItemError` (its reason from the fixed set) — never anything else."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from geowire.ingest.items import Failure, ItemError, RawItem
from geowire.ingest.metadata import metadata_date, parse_date
from geowire.ingest.readers import decode, read_json, read_jsonl, read_text, split_front_matter
from geowire.lang import load_language
from geowire.types import Reason

from .conftest import any_char, budget, deep, deep_block, hostile_text, json_record, markdown, metadata_value

EN = load_language("en")


def _items_ok(items: list[RawItem | Failure]) -> None:
    for item in items:
        assert isinstance(item, RawItem | Failure)
        if isinstance(item, Failure):
            assert item.reason in Reason


@budget(ci=150, long=30_000)
@given(markdown())
def test_fuzz_read_text_markdown_front_matter(text: str) -> None:
    try:
        item = read_text(text, source="f.md", path="f.md", lang=EN)
    except ItemError as e:
        assert e.reason in Reason
        return
    assert isinstance(item.text, str)
    assert item.published is None or dt.date.min <= item.published <= dt.date.max


@budget(ci=100, long=20_000)
@given(st.one_of(hostile_text, st.one_of(deep, deep_block).map(lambda d: "---\nx: " + d + "\n---\nbody")))
def test_fuzz_split_front_matter(text: str) -> None:
    try:
        meta, body = split_front_matter(text)
    except ItemError as e:
        assert e.reason in Reason
        return
    assert isinstance(meta, dict) and isinstance(body, str)


@budget(ci=100, long=12_000)
@given(
    st.one_of(
        st.lists(json_record(), max_size=4).map(json.dumps),
        json_record().map(json.dumps),
        hostile_text,
        deep,
    ),
)
def test_fuzz_read_json(text: str) -> None:
    _items_ok(list(read_json(text, source="f.json", path="f.json", lang=EN)))


@budget(ci=100, long=12_000)
@given(st.lists(st.one_of(json_record().map(json.dumps), hostile_text, deep), max_size=5).map("\n".join))
def test_fuzz_read_jsonl(text: str) -> None:
    _items_ok(list(read_jsonl(text, source="f.jsonl", path="f.jsonl", lang=EN)))


@budget(ci=100, long=15_000)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.tuples(hostile_text, st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252", "utf-32"])).map(
            lambda t: t[0].encode(t[1], errors="replace")
        ),
        st.tuples(hostile_text, st.binary(max_size=8)).map(lambda t: t[0].encode("utf-8", "replace") + t[1]),
    ),
    st.sampled_from([None, "utf-8", "latin-1", "no-such-codec", "utf-16"]),
)
def test_fuzz_decode_bytes(data: bytes, hint: str | None) -> None:
    try:
        decoded = decode(data, hint=hint)
    except ItemError as e:
        assert e.reason in (Reason.BINARY, Reason.UNDECODABLE)
        return
    assert isinstance(decoded.text, str)


@budget(ci=100, long=15_000)
@given(st.one_of(metadata_value, st.text(any_char, max_size=40), st.integers(), st.dates(), st.none()))
def test_fuzz_metadata_dates(value: object) -> None:
    lenient = parse_date(value, lang=EN)
    assert lenient is None or isinstance(lenient, dt.date)
    try:
        strict = metadata_date(value, lang=EN)
    except ItemError as e:
        assert e.reason is Reason.BAD_DATE
        return
    assert strict is None or isinstance(strict, dt.date)
