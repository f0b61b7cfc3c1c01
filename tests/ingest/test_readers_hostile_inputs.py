"""Readers never raise on hostile content (issue 14): dates that do not exist, YAML tags that do not
construct, nesting deeper than Python parses, alias bombs and lone surrogates each become one
failed item with a reason from the fixed set; invalid UTF-8 is replaced and flagged."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from geowire.ingest.items import Failure, ItemError, RawItem
from geowire.ingest.metadata import metadata_date
from geowire.ingest.readers import (
    MAX_FRONT_MATTER_CHARS,
    MAX_FRONT_MATTER_DEPTH,
    decode,
    read_json,
    read_jsonl,
    read_text,
    split_front_matter,
)
from geowire.lang import load_language
from geowire.types import Reason

EN = load_language("en")

BODY = "Harbour officials in Valletta opened a new ferry berth on the eastern quay."


def front(meta: str) -> str:
    return f"---\n{meta}\n---\n{BODY}\n"


def reason_of_text(text: str) -> Reason:
    with pytest.raises(ItemError) as e:
        read_text(text, source="t.md", lang=EN)
    return e.value.reason


@pytest.mark.parametrize(
    "value",
    ["2023-02-29", "0000-01-01", "2024-13-01", "2024-06-01 25:00:00", "2024-06-01T10:61:00Z", "12000-01-01"],
)
def test_readers_issue14_impossible_front_matter_date_is_bad_date(value: str) -> None:
    assert reason_of_text(front(f"published: {value}")) is Reason.BAD_DATE
    assert reason_of_text(front(f'date: "{value}"')) is Reason.BAD_DATE


def test_readers_front_matter_dates_that_exist_still_parse() -> None:
    item = read_text(front("published: 2024-02-29 23:59:59"), source="t.md", lang=EN)
    assert item.published == dt.date(2024, 2, 29)
    assert metadata_date("2019-7-4", lang=EN) == dt.date(2019, 7, 4)
    assert metadata_date("2025-05-07T10:00:00+02:00", lang=EN) == dt.date(2025, 5, 7)
    assert metadata_date("3 March 2021", lang=EN) == dt.date(2021, 3, 3)
    assert metadata_date("sometime soon", lang=EN) is None


@pytest.mark.parametrize(
    "meta",
    [
        'title: !!int "seven"',
        "title: !!float abc",
        'published: !!timestamp "2023-02-31"',
        "flag: !!bool maybe",
    ],
)
def test_readers_issue14_yaml_tag_that_does_not_construct_is_refused(meta: str) -> None:
    assert reason_of_text(front(meta)) in (Reason.MALFORMED_FRONT_MATTER, Reason.BAD_DATE)


def test_readers_issue14_yaml_alias_bomb_is_refused_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join(f'*a{i - 1}' for _ in range(9))}]" for i in range(1, 10)]
    lines.append("title: *a9")
    assert reason_of_text(front("\n".join(lines))) is Reason.MALFORMED_FRONT_MATTER


def test_readers_container_metadata_is_not_turned_into_a_title() -> None:
    item = read_text(front("title: [one, two]\noutlet: {a: 1}\nurl: 42"), source="t.md", lang=EN)
    assert (item.title, item.outlet, item.url) == (None, None, "42")


def test_readers_issue14_deep_yaml_is_too_deep() -> None:
    assert reason_of_text(front("title: " + "[" * 100_000)) in (
        Reason.TOO_DEEP,
        Reason.MALFORMED_FRONT_MATTER,
    )
    meta, _ = split_front_matter(front("title: " + "[" * 50 + "]" * 50))
    assert isinstance(meta["title"], list)


@pytest.mark.parametrize(
    "meta",
    [
        "title: " + "[" * 3000,
        "title: " + "{" * 3000,
        "title: " + '{"a": ' * 3000,
        "title:\n" + "- " * 3000 + "x",
        "- " * 3000 + "x",
        "".join(" " * i + "a:\n" for i in range(100)),
    ],
)
def test_readers_issue14_front_matter_nesting_stops_at_the_depth_cap(meta: str) -> None:
    with pytest.raises(ItemError) as e:
        read_text(front(meta), source="t.md", lang=EN)
    assert e.value.reason is Reason.TOO_DEEP
    # refused by the cap as the scanner reaches it, not by RecursionError after PyYAML's scanner
    # spent about a second on the pending keys of 3,000 open levels (what stalled the long fuzz run)
    assert f"more than {MAX_FRONT_MATTER_DEPTH} levels" in e.value.detail


def test_readers_front_matter_nesting_under_the_cap_still_loads() -> None:
    depth = MAX_FRONT_MATTER_DEPTH - 1
    meta, _ = split_front_matter(front("title: " + "[" * depth + "x" + "]" * depth))
    assert isinstance(meta["title"], list)
    meta, _ = split_front_matter(front("tags:\n" + "- " * depth + "x"))
    assert isinstance(meta["tags"], list)


def test_readers_issue14_front_matter_longer_than_the_cap_is_malformed() -> None:
    big = "notes: " + "x" * MAX_FRONT_MATTER_CHARS
    assert reason_of_text(front(big)) is Reason.MALFORMED_FRONT_MATTER
    assert read_text(front("title: T\nnotes: " + "x" * 1000), source="t.md", lang=EN).title == "T"


def only(items: list[RawItem | Failure]) -> RawItem | Failure:
    assert len(items) == 1
    return items[0]


def test_readers_issue14_deep_json_and_jsonl_are_too_deep() -> None:
    deep = "[" * 100_000
    failure = only(list(read_json(deep, source="d.json", path="d.json", lang=EN)))
    assert isinstance(failure, Failure) and failure.reason is Reason.TOO_DEEP
    good = json.dumps({"text": BODY})
    out = list(read_jsonl(f"{good}\n{deep}\n{good}\n", source="d.jsonl", path="d.jsonl", lang=EN))
    assert [type(i).__name__ for i in out] == ["RawItem", "Failure", "RawItem"]
    assert isinstance(out[1], Failure) and (out[1].source, out[1].reason) == ("d.jsonl:2", Reason.TOO_DEEP)


def test_readers_json_integer_too_long_to_convert_is_malformed() -> None:
    failure = only(
        list(read_json('{"text": "x", "n": ' + "7" * 6000 + "}", source="n.json", path=None, lang=EN))
    )
    assert isinstance(failure, Failure) and failure.reason is Reason.MALFORMED_JSON


def test_readers_issue14_json_published_that_does_not_exist_is_bad_date() -> None:
    record = {"text": BODY, "published": "2022-04-31"}
    failure = only(list(read_json(json.dumps(record), source="p.json", path=None, lang=EN)))
    assert isinstance(failure, Failure) and failure.reason is Reason.BAD_DATE


def test_readers_invalid_utf8_is_replaced_and_flagged() -> None:
    data = "Délégués à Genève ".encode() + b"\xff\xfe\xc3" + " signèrent.".encode()
    decoded = decode(data)
    assert decoded.errors
    assert "Délégués à Genève" in decoded.text and "\ufffd" in decoded.text
    clean = decode("Délégués à Genève".encode())
    assert not clean.errors
    latin = decode("Les délégués sont arrivés à Genève pour la réunion annuelle.".encode("latin-1"))
    assert not latin.errors and "délégués" in latin.text


def test_readers_control_character_in_front_matter_is_malformed() -> None:
    assert reason_of_text(front("title: bell \x07 and unit \x1f")) is Reason.MALFORMED_FRONT_MATTER
