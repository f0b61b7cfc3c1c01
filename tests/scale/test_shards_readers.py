"""Batch shard readers: JSON lines (via the ingest readers), Parquet rows and WARC responses."""

from __future__ import annotations

import datetime as dt
import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from geowire.ingest.items import Failure, RawItem
from geowire.lang import load_language
from geowire.scale.shards import iter_shard_items, shard_kind
from geowire.settings import Settings

EN = load_language("en")

TEXT_A = "Officials in Quito and Lima agreed on Tuesday to reopen a shared border crossing."
TEXT_B = "The Chilean navy escorted two cargo ships through the strait, a spokesman said."


def test_shards_kind_by_suffix(tmp_path):
    assert shard_kind(tmp_path / "a.parquet") == "parquet"
    assert shard_kind(tmp_path / "a.warc.gz") == "warc"
    assert shard_kind(tmp_path / "a.jsonl") == "ingest"


def test_shards_jsonl_and_parquet_rows(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": TEXT_A, "title": "Crossing", "date": "2025-10-07"}) + "\n{broken\n",
        encoding="utf-8",
    )
    table = pa.Table.from_pylist(
        [
            {"text": TEXT_B, "url": "https://news.example/b", "published": "2025-10-08"},
            {"text": None, "url": None, "published": None},
        ]
    )
    pq.write_table(table, tmp_path / "b.parquet")
    items = list(iter_shard_items([tmp_path], Settings(), EN))
    good = [i for i in items if isinstance(i, RawItem)]
    bad = [i for i in items if isinstance(i, Failure)]
    assert [i.text for i in good] == [TEXT_A, TEXT_B]
    assert good[0].published == dt.date(2025, 10, 7) and good[1].url == "https://news.example/b"
    assert good[1].source.endswith("b.parquet:1")
    assert {f.reason.value for f in bad} == {"malformed-json"} and len(bad) == 2


def test_shards_warc_html_responses(tmp_path):
    path = tmp_path / "c.warc.gz"
    html = (
        f"<html><head><title>Crossing reopened</title></head><body><article><h1>Crossing reopened</h1>"
        f"<p>{TEXT_A}</p><p>{TEXT_B}</p></article></body></html>"
    ).encode()
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/c",
                "response",
                payload=io.BytesIO(html),
                length=len(html),
                http_headers=headers,
            )
        )
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/i.png",
                "response",
                payload=io.BytesIO(b"\x89PNG"),
                length=4,
                http_headers=img,
            )
        )
    items = list(iter_shard_items([path], Settings(), EN))
    assert len(items) == 1 and isinstance(items[0], RawItem)
    assert items[0].url == "https://news.example/c" and TEXT_A in items[0].text


def test_shards_missing_input_is_a_failure(tmp_path):
    items = list(iter_shard_items([tmp_path / "nope.jsonl"], Settings(), EN))
    assert isinstance(items[0], Failure) and items[0].reason.value == "missing-path"
