"""Dump what the model's read paths and derived tables give on a store, to compare two builds.

    PYTHONPATH=$PWD/src .venv/bin/python bench/compare_model_reads.py STORE OUT.pkl
    PYTHONPATH=$PWD/src .venv/bin/python bench/compare_model_reads.py --diff A.pkl B.pkl

The first form writes a pickle of ``dyad_series`` of the 12 busiest country pairs by week, month
and year, ``actor_profile`` of the 6 busiest actors, ``top_dyads``, ``network`` and every row of
the derived occurrence tables (``occurrences``, ``occurrence_events``, ``occurrence_dyads``,
``dyad_days``, ``dyad_totals``, ``event_words``) in a fixed order, each value as ``repr`` (so floats
compare bit for bit).  The second says which parts differ: the check that a change to the rebuild
or the update leaves every result as it was (issue 12).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from typing import Any

TABLES = {
    "occurrences": "id",
    "occurrence_events": "occurrence_id, event_id",
    "occurrence_dyads": "occurrence_id, level, source, target",
    "dyad_days": "ALL",
    "dyad_totals": "ALL",
    "event_words": "event_id, actor, recipient, word",
}


def dump(path: str) -> dict[str, Any]:
    from geowire.store.db import open_store
    from geowire.store.model import actor_profile, dyad_series, network, top_dyads

    store = open_store(path, read_only=True)
    out: dict[str, Any] = {}
    pairs = store.con.execute(
        "SELECT least(source, target), greatest(source, target) FROM occurrence_dyads WHERE level = 'country'"
        " GROUP BY ALL ORDER BY count(*) DESC, 1, 2 LIMIT 12"
    ).fetchall()
    for a, b in pairs:
        for by in ("week", "month", "year"):
            out[f"series {a}-{b} {by}"] = repr(dyad_series(store, a=a, b=b, by=by))
    actors = store.con.execute(
        "SELECT source FROM occurrence_dyads WHERE level = 'country'"
        " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 6"
    ).fetchall()
    for (code,) in actors:
        out[f"profile {code}"] = repr(actor_profile(store, code))
    out["top_dyads"] = repr(top_dyads(store, limit=20))
    out["network"] = repr(network(store))
    for table, order in TABLES.items():
        rows = store.con.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
        out[f"table {table}"] = [repr(r) for r in rows]
    store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--diff", action="store_true")
    parser.add_argument("a")
    parser.add_argument("b")
    args = parser.parse_args()
    if not args.diff:
        with open(args.b, "wb") as f:
            pickle.dump(dump(args.a), f)
        return
    with open(args.a, "rb") as f:
        a = pickle.load(f)
    with open(args.b, "rb") as f:
        b = pickle.load(f)
    differ = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    sizes = {k: len(v) for k, v in a.items() if k.startswith("table ")}
    print(f"{len(a)} parts compared ({sizes}); differing: {differ or 'none'}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
