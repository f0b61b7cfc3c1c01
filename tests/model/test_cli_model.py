"""The model commands are thin: JSON out, --db honoured, GraphML parseable."""

import datetime as dt
import json

import networkx as nx
from helpers import seed_text, store_with
from typer.testing import CliRunner

from geowire.cli import app
from geowire.model.build import rebuild_model


def _db(tmp_path):
    path = tmp_path / "m.duckdb"
    mem = store_with(
        [
            ("seed004", seed_text("004"), None, "seed"),
            (
                "ours",
                "Russia signed a strategic partnership treaty with Venezuela in Moscow on 7 May 2025.",
                dt.date(2025, 5, 8),
                "Test Wire",
            ),
        ]
    )
    mem.con.execute(f"ATTACH '{path}' AS f")
    mem.con.execute("COPY FROM DATABASE memory TO f")
    mem.con.execute("DETACH f")
    from geowire.store.db import open_store

    with open_store(path) as store:
        rebuild_model(store)
    return path


def test_cli_model_commands_json(tmp_path):
    db = str(_db(tmp_path))
    runner = CliRunner()
    out = runner.invoke(app, ["transfers", "--supplier", "RUS", "--json", "--db", db])
    assert out.exit_code == 0, out.output
    systems = {t["system"]: t for t in json.loads(out.stdout)}
    assert systems["Igla-S"]["quantity"] == 5000 and systems["Oreshnik"]["status"] == "offered"
    assert systems["Pantsir-S1"]["operator"] == "Wagner-linked groups"
    out = runner.invoke(app, ["agreements", "--party", "VEN", "--json", "--db", db])
    assert {a["kind"] for a in json.loads(out.stdout)} >= {"strategic partnership", "joint venture"}
    for cmd in (
        ["deployments"],
        ["statements", "--speaker", "RUS"],
        ["contradictions"],
        ["stance"],
        ["actor", "RUS"],
        ["dyad", "RUS", "VEN", "--by", "year"],
        ["compare", "seed004", "ours"],
    ):
        res = runner.invoke(app, [*cmd, "--json", "--db", db])
        assert res.exit_code == 0, (cmd, res.output)
        json.loads(res.stdout)
    graph = tmp_path / "n.graphml"
    res = runner.invoke(app, ["network", "--format", "graphml", "--out", str(graph), "--db", db])
    assert res.exit_code == 0, res.output
    assert isinstance(nx.read_graphml(graph), nx.Graph)
    res = runner.invoke(app, ["compare", "seed004", "nope", "--db", db])
    assert res.exit_code == 1
