"""`geowire batch` on a real two-node Ray cluster (a head and a worker node started with `ray start`
on this machine), shards in a shared folder, imported incrementally: the store equals what
`geowire ingest` builds from the same shards on one machine (issue 12).  The cluster is stopped
even when the test fails (:func:`geowire.scale.cluster.local_cluster`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from geowire.cli import app
from geowire.scale.cluster import LocalCluster, local_cluster

from .test_ray_batch_equivalence import OWN, _dump

pytestmark = [pytest.mark.ray, pytest.mark.model, pytest.mark.slow]

GEOWIRE = [sys.executable, "-c", "from geowire.cli import main; main()"]
LATER = [
    {
        "title": "Border talks",
        "date": "2025-11-05",
        "url": "https://news.example/5",
        "text": "Chile and Peru held talks on the maritime border in Lima on Wednesday. Peru thanked Chile "
        "for returning two fishing boats. Bolivia criticized both governments for excluding it.",
    },
    OWN[3],  # imported before: recognised by its id, not stored twice
]


def _shard(folder: Path, name: str, records: list[dict[str, str]]) -> Path:
    path = folder / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _batch(shard: Path, out: Path, cluster: LocalCluster) -> dict[str, Any]:
    args = [*GEOWIRE, "batch", str(shard), "--out", str(out), "--address", cluster.address, "--workers", "2"]
    done = subprocess.run(
        [*args, "--chunk-size", "1", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=cluster.driver_env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def _import(out: Path, db: Path) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["import", str(out), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_ray_two_nodes_batch_and_incremental_import_equal_single_machine(tmp_path: Path) -> None:
    shared = tmp_path / "shared"  # what every node would mount (NFS, a bucket) in a real cluster
    (shared / "shards").mkdir(parents=True)
    out, batched = shared / "out", tmp_path / "batched.duckdb"
    first = _shard(shared / "shards", "shard-1.jsonl", OWN)
    with local_cluster(nodes=2, cpus_per_node=1, temp_dir=tmp_path / "cluster") as cluster:
        run1 = _batch(first, out, cluster)
        assert run1["nodes"] == 2 and run1["workers"] == 2  # one actor on each node
        assert _import(out, batched)["documents"] == 4
        second = _shard(shared / "shards", "shard-2.jsonl", LATER)
        run2 = _batch(second, out, cluster)
        assert run2["nodes"] == 2
    again = _import(out, batched)
    assert again["parts_skipped"] > 0 and again["parts"] > 0
    assert again["documents"] == 1 and again["existing"] == 1

    single = tmp_path / "single.duckdb"
    for shard in (first, second):
        result = CliRunner().invoke(app, ["ingest", str(shard), "--db", str(single), "--json"])
        assert result.exit_code == 0, result.output
    a, b = _dump(single), _dump(batched)
    assert len(a["documents"]) == 5 and a["events"]
    assert a == b
