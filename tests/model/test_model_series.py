"""Dyad series and network arithmetic over occurrence dyads."""

import datetime as dt

import networkx as nx

from geowire.store.db import open_store
from geowire.store.derived import refresh_dyad_totals
from geowire.store.model import actor_profile, dyad_series, network, network_graphml


def _store(rows):
    store = open_store(None)
    with store.transaction() as con:
        con.executemany(
            "INSERT INTO occurrence_dyads (occurrence_id, level, source, target, date, quad_class, score,"
            " counts, date_precision) VALUES (?, 'country', ?, ?, ?, ?, ?, ?, ?)",
            [(*r, "day") if len(r) == 7 else r for r in rows],
        )
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


# RUS-VEN occurrences dated only to a year or a month, beside ROWS' day-precision ones
COARSE = [
    ("y1", "RUS", "VEN", dt.date(2025, 1, 1), 1, 4.0, True, "year"),  # "in 2025"
    ("m1", "VEN", "RUS", dt.date(2025, 5, 1), 3, -3.0, True, "month"),  # "in May"
]


def test_model_dyad_series_keeps_coarser_dates_out_of_shorter_periods():
    """A year-precision date is in no month (not in January), a month-precision date in no week;
    they are tallied as coarser and the total is unchanged (issue 13.6)."""
    store = _store(ROWS + COARSE)
    months = dyad_series(store, a="RUS", b="VEN", by="month")
    assert [(p["period"], p["occurrences"]) for p in months["series"]] == [
        ("2025-05-01", 4),
        ("2025-06-01", 1),
    ]
    assert months["coarser"]["occurrences"] == 1 and months["coarser"]["RUS->VEN"]["quad1"] == 1
    assert months["total"]["occurrences"] == 6
    weeks = dyad_series(store, a="RUS", b="VEN", by="week")
    assert sum(p["occurrences"] for p in weeks["series"]) == 4
    assert weeks["coarser"]["occurrences"] == 2 and weeks["coarser"]["VEN->RUS"]["conflict"] == 1
    years = dyad_series(store, a="RUS", b="VEN", by="year")
    assert [p["occurrences"] for p in years["series"]] == [6] and years["coarser"]["occurrences"] == 0
    assert weeks["total"] == months["total"] == years["total"]


def test_model_actor_profile_keeps_coarser_dates_out_of_shorter_periods():
    store = _store(ROWS + COARSE)
    by_month = actor_profile(store, "VEN", by="month")
    assert [r["period"] for r in by_month["over_time"] if r["other"] == "RUS"] == ["2025-05-01", "2025-06-01"]
    assert by_month["coarser"] == [{"actor": "RUS", "cooperation": 1, "conflict": 0}]
    by_year = actor_profile(store, "VEN", by="year")
    assert by_year["coarser"] == []
    assert by_year["partners"] == by_month["partners"] and by_year["rivals"] == by_month["rivals"]


def test_model_network_window_counts_only_dates_inside_it():
    """From March to June, a year-precision 2025 occurrence may or may not be inside: it is left
    out and counted as coarser; a May one is inside."""
    store = _store(ROWS + COARSE)
    net = network(store, since=dt.date(2025, 3, 1), until=dt.date(2025, 6, 30))
    edge = next(e for e in net["edges"] if {e["source"], e["target"]} == {"RUS", "VEN"})
    assert edge["occurrences"] == 5 and net["coarser"] == 1
    january = network(store, since=dt.date(2025, 1, 1), until=dt.date(2025, 1, 31))
    assert january["edges"] == [] and january["coarser"] == 1
    assert network(store)["coarser"] == 0
