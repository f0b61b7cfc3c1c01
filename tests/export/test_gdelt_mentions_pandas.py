"""The GDELT Mentions export read by pandas with GDELT 2.0's 16-column Mentions schema, joined to
the GDELT events export on GLOBALEVENTID (issue 15)."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from geowire.cli import app
from geowire.export.gdelt import GDELT_COLUMNS, global_event_id
from geowire.export.gdelt_mentions import MENTIONS_COLUMNS, in_raw_text, mention_row, source_name
from geowire.export.records import ExportEvent
from geowire.types import Event, EventActor, Span

# GDELT 2.0 Mentions codebook: column names and types, in file order
MENTIONS_SCHEMA: dict[str, str] = {
    "GLOBALEVENTID": "int64", "EventTimeDate": "int64", "MentionTimeDate": "int64",
    "MentionType": "int64", "MentionSourceName": "string", "MentionIdentifier": "string",
    "SentenceID": "int64", "Actor1CharOffset": "int64", "Actor2CharOffset": "int64",
    "ActionCharOffset": "int64", "InRawText": "int64", "Confidence": "int64",
    "MentionDocLen": "int64", "MentionDocTone": "float64", "MentionDocTranslationInfo": "string",
    "Extras": "string",
}  # fmt: skip


def _read(path: Path, schema: dict[str, str]) -> pd.DataFrame:
    return pd.read_csv(
        io.StringIO(path.read_text(encoding="utf-8")),
        sep="\t",
        header=None,
        names=list(schema),
        dtype=schema,
        keep_default_na=False,
        na_values={c: [""] for c, t in schema.items() if t != "string"},
    )


def _export(db: Path, out: Path, fmt: str) -> None:
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output


def test_gdelt_mentions_schema_is_16_columns_in_our_order():
    assert len(MENTIONS_SCHEMA) == 16 and tuple(MENTIONS_SCHEMA) == MENTIONS_COLUMNS


def _item(*, url: str | None, actor_start: int) -> ExportEvent:
    sentence = "Russia shelled Kharkiv."
    actor = EventActor("RUS", None, "Russia", None, actor_start, actor_start + 6)
    event = Event(
        id="e1", doc_id="d1", sentence_index=2, sentence=sentence, sentence_start=100,
        category="ASSAULT", trigger=Span(107, 114, "shelled"), actors=(actor,), recipients=(),
        quad_class=4, score=-8.0, modality="asserted", confidence=0.834,
    )  # fmt: skip
    return ExportEvent(event, url=url, path="/home/me/news/a.html", outlet="Wire", doc_length=900)


def test_gdelt_mentions_row_by_hand():
    row = dict(zip(MENTIONS_COLUMNS, mention_row(_item(url=None, actor_start=100)), strict=True))
    assert row["GLOBALEVENTID"] == str(global_event_id("e1"))
    assert row["MentionIdentifier"] == "" and row["MentionSourceName"] == "Wire"  # never the path
    assert (row["SentenceID"], row["Actor1CharOffset"], row["Actor2CharOffset"]) == ("3", "100", "-1")
    assert (row["ActionCharOffset"], row["InRawText"], row["Confidence"]) == ("107", "1", "83")
    assert row["MentionDocLen"] == "900" and row["MentionDocTone"] == ""
    carried = _item(url="https://www.example.org/a", actor_start=10)  # actor named in an earlier sentence
    assert not in_raw_text(carried) and mention_row(carried)[10] == "0"
    assert mention_row(carried)[5] == "https://www.example.org/a"
    assert source_name("https://www.example.org/a", "Wire") == "example.org"


@pytest.fixture(scope="module")
def frames(examples_db: Path, tmp_path_factory) -> tuple[pd.DataFrame, pd.DataFrame]:
    folder = tmp_path_factory.mktemp("mentions")
    _export(examples_db, folder / "mentions.tsv", "gdelt-mentions")
    _export(examples_db, folder / "events.tsv", "gdelt")
    events_schema = {c: "string" for c in GDELT_COLUMNS} | {"GLOBALEVENTID": "int64", "DATEADDED": "int64"}
    return _read(folder / "mentions.tsv", MENTIONS_SCHEMA), _read(folder / "events.tsv", events_schema)


@pytest.mark.model
def test_gdelt_mentions_load_and_join_the_events(frames):
    mentions, events = frames
    assert len(mentions) == len(events) > 0 and list(mentions.columns) == list(MENTIONS_COLUMNS)
    assert set(mentions["GLOBALEVENTID"]) == set(events["GLOBALEVENTID"])
    joined = mentions.merge(events, on="GLOBALEVENTID", validate="one_to_one")
    assert (joined["EventTimeDate"] == joined["DATEADDED"]).all()
    assert (joined["MentionIdentifier"] == joined["SOURCEURL"]).all()


@pytest.mark.model
def test_gdelt_mentions_offsets_and_fields(frames):
    mentions, _ = frames
    assert set(mentions["MentionType"]) == {1} and mentions["SentenceID"].ge(1).all()
    assert mentions["ActionCharOffset"].between(0, mentions["MentionDocLen"] - 1).all()
    for column in ("Actor1CharOffset", "Actor2CharOffset"):
        assert mentions[column].ge(-1).all() and (mentions[column] < mentions["MentionDocLen"]).all()
    assert mentions["Actor1CharOffset"].ge(0).any() and mentions["InRawText"].isin([0, 1]).all()
    assert mentions["Confidence"].between(0, 100).all() and mentions["MentionDocTone"].isna().all()
    urls = set(mentions["MentionIdentifier"])
    assert all(u == "" or u.startswith(("http://", "https://")) for u in urls)
    named = mentions[mentions["MentionIdentifier"] != ""]
    assert (named["MentionSourceName"] != "").all()
