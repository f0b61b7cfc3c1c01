"""The model report that ``make demo`` prints at the end: top dyads with their trend,
agreements, transfers and contradictions.  :func:`demo_report` returns plain data (JSON-ready);
:func:`render_demo_report` draws it with Rich.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from geowire.store import model as queries
from geowire.store.db import Store


def _trend(series: list[dict[str, Any]]) -> str:
    """'improving', 'worsening' or 'steady': the last period's balance against the mean before it."""
    if len(series) < 2:
        return "steady"
    last = series[-1]["balance"]
    before = sum(p["balance"] for p in series[:-1]) / (len(series) - 1)
    return "improving" if last > before else "worsening" if last < before else "steady"


def demo_report(store: Store, *, dyads: int = 5) -> dict[str, Any]:
    """Top dyads (with monthly balance and trend), agreements, transfers, contradictions."""
    top = []
    for d in queries.top_dyads(store, limit=dyads):
        series = queries.dyad_series(store, a=d["a"], b=d["b"], by="month")["series"]
        top.append(
            {
                **d,
                "balance": d["cooperation"] - d["conflict"],
                "trend": _trend(series),
                "months": [{"period": p["period"][:7], "balance": p["balance"]} for p in series[-6:]],
            }
        )
    return {
        "dyads": top,
        "agreements": [
            {
                k: a[k]
                for k in (
                    "kind",
                    "name",
                    "parties",
                    "signed",
                    "signed_place",
                    "ratified",
                    "expires_year",
                    "value_usd",
                    "status",
                    "disputed",
                    "doc_ids",
                )
            }
            | {"planned": planned_acts(a["fields"])}
            for a in queries.agreements(store)
        ],
        "transfers": [
            {
                k: t[k]
                for k in (
                    "supplier",
                    "recipient",
                    "system",
                    "quantity_text",
                    "status",
                    "operator",
                    "since",
                    "value_usd",
                    "doc_ids",
                )
            }
            for t in queries.transfers(store)
        ],
        "deployments": [
            {k: d[k] for k in ("country", "host", "personnel_text", "place", "role")}
            for d in queries.deployments(store)
        ],
        "contradictions": [
            {k: x[k] for k in ("kind", "subject", "value_a", "value_b", "doc_a", "doc_b")}
            for x in queries.contradictions(store)
        ],
    }


def planned_acts(fields: dict[str, Any]) -> list[str]:
    """An agreement's acts its sources say are still to come (``signed.planned`` fields), each as
    "signed 2025-03" — or the bare action when the text gives no date."""
    out = []
    for key, f in sorted(fields.items()):
        action, _, tail = key.partition(".")
        if tail == "planned":
            out.append(f"{action} {f.get('value') or ''}".strip())
    return out


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> Table:
    t = Table(title=title, title_justify="left")
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*[Text("" if v is None else str(v)) for v in r])
    return t


def _money(v: float | None) -> str:
    if v is None:
        return ""
    return f"${v / 1e9:g}bn" if v >= 1e9 else f"${v / 1e6:g}m"


def render_demo_report(report: dict[str, Any], console: Console) -> None:
    """Print the report as a few compact Rich tables."""
    console.print(
        _table(
            "Top dyads (occurrences)",
            ["pair", "n", "coop", "conflict", "balance", "trend", "last months"],
            [
                [
                    f"{d['a']}–{d['b']}",
                    d["occurrences"],
                    d["cooperation"],
                    d["conflict"],
                    d["balance"],
                    d["trend"],
                    " ".join(f"{m['period']}:{m['balance']:+d}" for m in d["months"]),
                ]
                for d in report["dyads"]
            ],
        )
    )
    console.print(
        _table(
            "Agreements",
            ["kind", "parties", "signed", "planned", "ratified", "until", "value", "status", "disputed"],
            [
                [
                    a["kind"],
                    "–".join(a["parties"]),
                    f"{a['signed'] or ''} {a['signed_place'] or ''}".strip(),
                    ", ".join(a["planned"]),
                    a["ratified"],
                    a["expires_year"],
                    _money(a["value_usd"]),
                    a["status"],
                    ", ".join(a["disputed"]),
                ]
                for a in report["agreements"]
            ],
        )
    )
    console.print(
        _table(
            "Arms transfers",
            ["supplier", "recipient", "system", "quantity", "status", "operator", "value"],
            [
                [
                    t["supplier"],
                    t["recipient"],
                    t["system"],
                    t["quantity_text"],
                    t["status"],
                    t["operator"],
                    _money(t["value_usd"]),
                ]
                for t in report["transfers"]
            ],
        )
    )
    console.print(
        _table(
            "Contradictions",
            ["kind", "subject", "one source", "another source"],
            [
                [x["kind"], x["subject"], f"{x['value_a']} ({x['doc_a']})", f"{x['value_b']} ({x['doc_b']})"]
                for x in report["contradictions"]
            ],
        )
    )
