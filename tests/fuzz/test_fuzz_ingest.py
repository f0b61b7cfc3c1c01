"""Fuzz the function behind ``geowire ingest`` (issue 14): folders of generated Markdown with
front-matter, text, HTML, JSON and JSONL files (and standard input) never make it raise; every
item comes out with an outcome, every failure with a reason from the fixed set."""

from __future__ import annotations

import io
import itertools
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geowire.errors import GeowireError
from geowire.ingest import ingest_sources
from geowire.settings import Settings, load_settings
from geowire.store import Store, open_store
from geowire.types import Reason

from .conftest import budget, deep, hostile_text, json_record, markdown

REASONS = {r.value for r in Reason}
_runs = itertools.count()


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogatepass")  # a lone surrogate becomes invalid UTF-8


file_body = st.one_of(
    markdown().map(_bytes),
    hostile_text.map(_bytes),
    st.lists(json_record(), max_size=3).map(lambda r: json.dumps(r).encode()),
    st.lists(st.one_of(json_record().map(json.dumps), hostile_text, deep), max_size=4).map(
        lambda lines: _bytes("\n".join(lines))
    ),
    hostile_text.map(lambda t: _bytes(f"<html><body><article><p>{t}</p></article></body></html>")),
    st.binary(max_size=200),
)
files = st.lists(
    st.tuples(
        st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html", ".ndjson", ".markdown"]), file_body
    ),
    min_size=1,
    max_size=4,
)


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Settings, Path]]:
    root = tmp_path_factory.mktemp("fuzz_ingest")
    settings = load_settings(None, db=root / "fuzz.duckdb").with_overrides(save_batch=3)
    with open_store(settings.db) as store:
        yield store, settings, root


@budget(ci=25, long=2_500)
@given(files, st.one_of(st.none(), file_body))
def test_fuzz_ingest_sources(
    fuzz_store: tuple[Store, Settings, Path], inputs: list[tuple[str, bytes]], stdin: bytes | None
) -> None:
    store, settings, root = fuzz_store
    folder = root / f"run{next(_runs)}"
    folder.mkdir()
    for n, (suffix, body) in enumerate(inputs):
        (folder / f"item{n}{suffix}").write_bytes(body)
    args = [str(folder)] + (["-"] if stdin is not None else [])
    try:
        report = ingest_sources(store, settings, args, stdin=io.BytesIO(stdin or b""))
    except GeowireError:
        return  # the documented tree (e.g. a store error) is allowed; nothing else is
    finally:
        shutil.rmtree(folder)
    for item in report.items:
        if item.outcome == "failed":
            assert item.reason in REASONS, item.line()
