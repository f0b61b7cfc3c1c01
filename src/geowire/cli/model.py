"""The system-model commands: ``dyad``, ``network``, ``agreements``, ``transfers``, ``deployments``,
``statements``, ``contradictions``, ``stance``, ``compare``, ``actor`` and ``rebuild-model``.

Each is one call into :mod:`geowire.store.model` (or :func:`geowire.model.build.rebuild_model`).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from geowire.cli.common import (
    DbOption,
    JsonOption,
    SettingsOption,
    app,
    check_actors,
    console,
    date_option,
    handle_errors,
    print_json,
    print_table,
    settings_from,
)


class By(StrEnum):
    week = "week"
    month = "month"
    year = "year"


class Level(StrEnum):
    country = "country"
    actor = "actor"


class NetFormat(StrEnum):
    json = "json"
    graphml = "graphml"


def _store(db: Path | None, settings_file: Path | None, *, read_only: bool = True) -> Any:
    """The store for a model command: read-only ones repair a stale model first."""
    from geowire.pipeline import open_model_reader
    from geowire.store import open_store

    settings = settings_from(settings_file, db=db)
    return open_model_reader(settings.db, settings) if read_only else open_store(settings.db)


def _money(v: float | None) -> str:
    if v is None:
        return ""
    return f"${v / 1e9:g} billion" if v >= 1e9 else f"${v / 1e6:g} million" if v >= 1e6 else f"${v:g}"


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="first actor code, e.g. RUS")],
    b: Annotated[str, typer.Argument(help="second actor code, e.g. VEN")],
    by: Annotated[By, typer.Option("--by", help="period")] = By.month,
    level: Annotated[
        Level, typer.Option("--level", help="country or actor (code:sector) level")
    ] = Level.country,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Occurrences between two actors over time (both directions), by quad class, with balance."""
    from geowire.store.model import dyad_series

    settings = settings_from(settings_file, db=db)
    with handle_errors(), _store(db, settings_file) as store:
        check_actors(store, settings, [("A", a), ("B", b)])
        result = dyad_series(store, a=a, b=b, by=by.value, level=level.value)
    if json_out:
        print_json(result)
        return
    ab, ba = f"{result['a']}->{result['b']}", f"{result['b']}->{result['a']}"
    print_table(
        f"{result['a']}–{result['b']} by {by.value} (occurrences)",
        ["period", "n", "q1", "q2", "q3", "q4", "coop", "conflict", "balance", "score", ab, ba],
        [
            [
                p["period"],
                p["occurrences"],
                p["quad1"],
                p["quad2"],
                p["quad3"],
                p["quad4"],
                p["cooperation"],
                p["conflict"],
                p["balance"],
                p["score_sum"],
                p[ab]["occurrences"],
                p[ba]["occurrences"],
            ]
            for p in result["series"]
        ],
    )


@app.command("network")
def network_cmd(
    since: Annotated[str | None, typer.Option("--since", help="only occurrences from this date")] = None,
    min_events: Annotated[int, typer.Option("--min-events", min=1, help="minimum occurrences per edge")] = 1,
    fmt: Annotated[NetFormat, typer.Option("--format", help="json or graphml")] = NetFormat.json,
    out: Annotated[Path | None, typer.Option("--out", help="write to this file instead of stdout")] = None,
    level: Annotated[Level, typer.Option("--level")] = Level.country,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """The actor network: nodes with activity, edges with cooperation and conflict weights."""
    import json
    import sys

    from geowire.jsonable import to_jsonable
    from geowire.store.model import network, network_graphml

    with handle_errors(), _store(db, settings_file) as store:
        net = network(store, since=date_option(since, "--since"), min_events=min_events, level=level.value)
    text = (
        network_graphml(net)
        if fmt is NetFormat.graphml and not json_out
        else json.dumps(to_jsonable(net), indent=2)
    )
    if out:
        out.write_text(text + "\n", encoding="utf-8")
        console.print(f"wrote {len(net['nodes'])} nodes, {len(net['edges'])} edges to {out}", highlight=False)
    else:
        sys.stdout.write(text + "\n")


@app.command("agreements")
def agreements_cmd(
    party: Annotated[str | None, typer.Option("--party", help="only agreements with this party")] = None,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Agreements as records: parties, kind, dates, place, value, duration, status, sources."""
    from geowire.store.model import agreements

    with handle_errors(), _store(db, settings_file) as store:
        rows = agreements(store, party=party)
    if json_out:
        print_json(rows)
        return
    print_table(
        "Agreements",
        [
            "kind",
            "name",
            "parties",
            "signed",
            "place",
            "ratified",
            "until",
            "value",
            "status",
            "disputed",
            "docs",
        ],
        [
            [
                r["kind"],
                r["name"],
                "–".join(r["parties"]),
                r["signed"],
                r["signed_place"],
                r["ratified"],
                r["expires_year"],
                _money(r["value_usd"]),
                r["status"],
                ", ".join(r["disputed"]),
                len(r["doc_ids"]),
            ]
            for r in rows
        ],
    )


@app.command("transfers")
def transfers_cmd(
    supplier: Annotated[str | None, typer.Option("--supplier")] = None,
    recipient: Annotated[str | None, typer.Option("--recipient")] = None,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Arms transfers: supplier, recipient, system, category, quantity, status, dates, value."""
    from geowire.store.model import transfers

    with handle_errors(), _store(db, settings_file) as store:
        rows = transfers(store, supplier=supplier, recipient=recipient)
    if json_out:
        print_json(rows)
        return
    print_table(
        "Transfers",
        [
            "supplier",
            "recipient",
            "system",
            "category",
            "quantity",
            "status",
            "operator",
            "date/since",
            "value",
            "docs",
        ],
        [
            [
                r["supplier"],
                r["recipient"],
                r["system"],
                r["category"],
                r["quantity_text"] or r["quantity"],
                r["status"],
                r["operator"],
                r["date"] or (f"since {r['since'].year}" if r["since"] else None),
                _money(r["value_usd"]),
                len(r["doc_ids"]),
            ]
            for r in rows
        ],
    )


@app.command("deployments")
def deployments_cmd(
    country: Annotated[str | None, typer.Option("--country", help="sending country")] = None,
    host: Annotated[str | None, typer.Option("--host", help="host country")] = None,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Deployed personnel: counts, place and role, each with its source."""
    from geowire.store.model import deployments

    with handle_errors(), _store(db, settings_file) as store:
        rows = deployments(store, country=country, host=host)
    if json_out:
        print_json(rows)
        return
    print_table(
        "Deployments",
        ["country", "host", "personnel", "place", "role", "date", "docs"],
        [
            [
                r["country"],
                r["host"],
                r["personnel_text"],
                r["place"],
                r["role"],
                r["date"],
                len(r["doc_ids"]),
            ]
            for r in rows
        ],
    )


@app.command("statements")
def statements_cmd(
    speaker: Annotated[str | None, typer.Option("--speaker", help="actor code, country or name")] = None,
    target: Annotated[str | None, typer.Option("--target")] = None,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Attributed statements with speaker, target, stance, text and offsets."""
    from geowire.store.model import statements

    with handle_errors(), _store(db, settings_file) as store:
        rows = statements(store, speaker=speaker, target=target)
    if json_out:
        print_json(rows)
        return
    print_table(
        "Statements",
        ["speaker", "target", "stance", "text", "doc", "offsets"],
        [
            [
                r["speaker_name"] or r["speaker"],
                r["target"],
                r["stance"],
                r["quote"] or r["text"],
                r["doc_id"],
                f"{r['start']}-{r['end']}",
            ]
            for r in rows
        ],
    )


@app.command("contradictions")
def contradictions_cmd(
    doc: Annotated[str | None, typer.Option("--doc", help="only those involving this document")] = None,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Claims from different sources that cannot both be true, with both sides' evidence."""
    from geowire.store.model import contradictions

    with handle_errors(), _store(db, settings_file) as store:
        rows = contradictions(store, doc_id=doc)
    if json_out:
        print_json(rows)
        return
    print_table(
        "Contradictions",
        ["kind", "subject", "A", "B", "doc A", "doc B", "evidence A", "evidence B"],
        [
            [
                r["kind"],
                r["subject"],
                r["value_a"],
                r["value_b"],
                r["doc_a"],
                r["doc_b"],
                r["evidence"][0].get("sentence"),
                r["evidence"][1].get("sentence"),
            ]
            for r in rows
        ],
    )


@app.command("stance")
def stance_cmd(
    doc: Annotated[str | None, typer.Option("--doc", help="one document")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="one outlet")] = None,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Per document or outlet: stance toward each actor, and tone of each dyad."""
    from geowire.store.model import stance

    with handle_errors(), _store(db, settings_file) as store:
        result = stance(store, doc_id=doc, outlet=outlet)
    if json_out:
        print_json(result)
        return
    print_table(
        f"Stance toward actors (by {result['by']})",
        [
            "source",
            "actor",
            "stance",
            "score",
            "supportive",
            "critical",
            "threatening",
            "assessed +",
            "assessed −",
        ],
        [
            [
                r["source"],
                r["actor"],
                r["stance"],
                r["score"],
                r["supportive"],
                r["critical"],
                r["threatening"],
                r["assessed_positive"],
                r["assessed_negative"],
            ]
            for r in result["actors"]
        ],
    )
    print_table(
        f"Tone of dyads (by {result['by']})",
        ["source", "a", "b", "tone", "cooperation", "conflict"],
        [[r["source"], r["a"], r["b"], r["tone"], r["cooperation"], r["conflict"]] for r in result["dyads"]],
    )


@app.command("compare")
def compare_cmd(
    doc_a: Annotated[str, typer.Argument(help="first document id")],
    doc_b: Annotated[str, typer.Argument(help="second document id")],
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """Where two articles agree, where they differ, and what each has that the other lacks."""
    from geowire.store.model import compare

    with handle_errors(), _store(db, settings_file) as store:
        result = compare(store, doc_a, doc_b)
    if json_out:
        print_json(result)
        return
    print_table("Agree", ["topic", "value"], [[r["topic"], r["a"]] for r in result["agree"]])
    print_table("Differ", ["topic", doc_a, doc_b], [[r["topic"], r["a"], r["b"]] for r in result["differ"]])
    print_table(f"Only in {doc_a}", ["topic", "value"], [[r["topic"], r["value"]] for r in result["only_a"]])
    print_table(f"Only in {doc_b}", ["topic", "value"], [[r["topic"], r["value"]] for r in result["only_b"]])


@app.command("actor")
def actor_cmd(
    code: Annotated[str, typer.Argument(help="actor code, e.g. RUS")],
    by: Annotated[By, typer.Option("--by", help="period for partners/rivals over time")] = By.year,
    db: DbOption = None,
    settings_file: SettingsOption = None,
    json_out: JsonOption = False,
) -> None:
    """An actor's profile: partners and rivals over time, agreements, transfers, statements, occurrences."""
    from geowire.store.model import actor_profile

    with handle_errors(), _store(db, settings_file) as store:
        p = actor_profile(store, code, by=by.value)
    if json_out:
        print_json(p)
        return
    print_table(
        f"{p['actor']}: partners",
        ["actor", "cooperation", "conflict"],
        [[r["actor"], r["cooperation"], r["conflict"]] for r in p["partners"]],
    )
    print_table(
        f"{p['actor']}: rivals",
        ["actor", "cooperation", "conflict"],
        [[r["actor"], r["cooperation"], r["conflict"]] for r in p["rivals"]],
    )
    print_table(
        "Agreements",
        ["kind", "parties", "status"],
        [[a["kind"], "–".join(a["parties"]), a["status"]] for a in p["agreements"]],
    )
    print_table(
        "Transfers",
        ["supplier", "recipient", "system", "status"],
        [[t["supplier"], t["recipient"], t["system"], t["status"]] for t in p["transfers"]],
    )
    print_table(
        "Statements",
        ["speaker", "target", "stance", "text"],
        [[s["speaker_name"], s["target"], s["stance"], s["quote"] or s["text"]] for s in p["statements_by"]],
    )
    print_table(
        "Recent occurrences",
        ["date", "category", "modality", "sources", "summary"],
        [
            [o["date"], o["category"], o["modality"], o["source_count"], o["summary"]]
            for o in p["recent_occurrences"]
        ],
    )


@app.command("rebuild")
@app.command("rebuild-model")
def rebuild_model_cmd(
    db: DbOption = None, settings_file: SettingsOption = None, json_out: JsonOption = False
) -> None:
    """Recompute occurrences, agreements, transfers, deployments, statements and contradictions
    from every stored event and claim (ingest and watch update them incrementally)."""
    from geowire.pipeline import rebuild
    from geowire.store import open_store

    settings = settings_from(settings_file, db=db)
    with handle_errors(), open_store(settings.db) as store:
        report = rebuild(store, settings)
    if json_out:
        print_json(report)
        return
    console.print(
        f"occurrences {report.occurrences}, agreements {report.agreements}, transfers {report.transfers}, "
        f"deployments {report.deployments}, statements {report.statements}, "
        f"contradictions {report.contradictions}",
        highlight=False,
    )
