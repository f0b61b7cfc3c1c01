"""Dyad series and network arithmetic over occurrence dyads."""

import datetime as dt

import networkx as nx

from geowire.store.db import open_store
from geowire.store.derived import refresh_dyad_totals
from geowire.store.model import dyad_series, network, network_graphml


def _store(rows):
    store = open_store(None)
    with store.transaction() as con:
        con.executemany("INSERT INTO occurrence_dyads VALUES (?, 'country', ?, ?, ?, ?, ?, ?)", rows)
        refresh_dyad_totals(con)  # the per-pair aggregates the model build keeps with the dyad rows
    return store


ROWS = [
    ("o1", "RUS", "VEN", dt.date(2025, 5, 7), 1, 5.0, True),
    ("o1", "VEN", "RUS", dt.date(2025, 5, 7), 1, 5.0, True),  # one occurrence, both directions
    ("o2", "RUS", "VEN", dt.date(2025, 5, 20), 2, 6.0, True),
    ("o3", "VEN", "RUS", dt.date(2025, 5, 21), 3, -2.0, True),
    ("o4", "RUS", "VEN", dt.date(2025, 6, 2), 4, -8.0, True),
    ("o5", "RUS", "VEN", dt.date(2025, 6, 3), 4, -8.0, False),  # hypothetical: never counted
    ("o6", "USA", "VEN", dt.date(2025, 6, 3), 4, -9.0, True),
]


def test_model_dyad_series_by_month_counts_occurrences_once():
    result = dyad_series(_store(ROWS), a="rus", b="VEN", by="month")
    may, june = result["series"]
    assert may["period"] == "2025-05-01"
    assert (may["occurrences"], may["quad1"], may["quad2"], may["quad3"]) == (3, 1, 1, 1)
    assert (may["cooperation"], may["conflict"], may["balance"]) == (2, 1, 1)
    assert may["score_sum"] == 9.0
    assert may["RUS->VEN"]["occurrences"] == 2 and may["VEN->RUS"]["occurrences"] == 2
    assert (june["occurrences"], june["balance"], june["score_sum"]) == (1, -1, -8.0)
    assert result["total"]["occurrences"] == 4


def test_model_dyad_series_by_year_and_week():
    store = _store(ROWS)
    assert [p["occurrences"] for p in dyad_series(store, a="RUS", b="VEN", by="year")["series"]] == [4]
    weeks = dyad_series(store, a="RUS", b="VEN", by="week")["series"]
    assert [(p["period"], p["occurrences"]) for p in weeks] == [
        ("2025-05-05", 1),
        ("2025-05-19", 2),
        ("2025-06-02", 1),
    ]


def test_model_network_weights_and_graphml_parses(tmp_path):
    net = network(_store(ROWS), min_events=1)
    edge = next(e for e in net["edges"] if {e["source"], e["target"]} == {"RUS", "VEN"})
    assert (edge["occurrences"], edge["cooperation"], edge["conflict"]) == (4, 2, 2)
    path = tmp_path / "n.graphml"
    path.write_text(network_graphml(net), encoding="utf-8")
    g = nx.read_graphml(path)
    assert g["RUS"]["VEN"]["cooperation"] == 2 and g.nodes["VEN"]["occurrences"] == 5
    assert [n["id"] for n in network(_store(ROWS), min_events=2)["nodes"]] == ["RUS", "VEN"]
