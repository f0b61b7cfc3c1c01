"""``geowire eval news DIR``: the whole pipeline on real articles, scored as users see it.

``DIR/articles.jsonl`` is ingested into an in-memory store exactly as ``geowire ingest`` does,
every document is processed, the events are read back as ``geowire events --format jsonl``
records, mapped to their article (url, then title, as ``score.py`` does) and matched to
``DIR/gold.jsonl`` with the news scorer's rules (:mod:`geowire.coding.matching`), giving the
same numbers as ``../shared/eval/news_dev/score.py --groups src/geowire/data/groups.yaml``.
``min_confidence`` hides events below that confidence first, as ``geowire events`` does.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from geowire.coding.matching import GoldEvent, Matcher, SysEvent, group_countries, prf
from geowire.errors import GeowireError
from geowire.settings import Settings


class NewsEvalError(GeowireError):
    """The evaluation folder does not have the expected files."""


def read_gold(path: Path) -> list[GoldEvent]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
            out.append(GoldEvent(doc=g["doc"], sentence=g["sentence"], event=g["event"],
                                 alt=tuple(g.get("alt") or ()), actor=tuple(g.get("actor") or ()),
                                 recipient=tuple(g.get("recipient") or ()),
                                 modality=g.get("modality", "asserted"),
                                 reported=bool(g.get("reported"))))  # fmt: skip
        except (json.JSONDecodeError, KeyError, TypeError) as e:
            raise NewsEvalError(f"{path.name}:{n}: not a gold event ({e})") from e
    return out


def _norm_url(u: str | None) -> str:
    return re.sub(r"^https?://(www\.)?", "", (u or "").strip()).rstrip("/")


def _norm_title(t: str | None) -> str:
    return re.sub(r"\s+", " ", (t or "").strip()).lower()


def system_events(records: Sequence[dict[str, Any]], articles: Sequence[dict[str, Any]]) -> list[SysEvent]:
    """PLOVER records mapped to article ids (url first, then title); headline events left out."""
    by_url = {_norm_url(a["url"]): a["id"] for a in articles if a.get("url")}
    by_title = {_norm_title(a["title"]): a["id"] for a in articles if a.get("title")}
    titles = {a["id"]: (a.get("title") or "").strip() for a in articles}
    out = []
    for r in records:
        ci = r.get("cite_info") or {}
        doc = by_url.get(_norm_url(ci.get("url"))) if ci.get("url") else None
        doc = doc or (by_title.get(_norm_title(ci.get("title"))) if ci.get("title") else None)
        if doc is None:
            continue
        text = r.get("text") or ""
        if text.strip() and text.strip() == titles.get(doc):
            continue
        ev = r.get("event") or []
        out.append(SysEvent(
            doc=doc, event=tuple(x.upper() for x in ([ev] if isinstance(ev, str) else ev)),
            actor=tuple(a["code"] for a in r.get("actor") or [] if a.get("code")),
            recipient=tuple(a["code"] for a in r.get("recipient") or [] if a.get("code")),
            text=text, modality=r.get("modality") or "asserted", reported=bool(r.get("reported")),
            id=r.get("id", ""), trigger=((r.get("evidence") or {}).get("trigger") or {}).get("text") or "",
            confidence=float(r.get("confidence") or 0.0),
        ))  # fmt: skip
    return out


def run_pipeline(
    articles_path: Path, settings: Settings, *, filters: dict[str, Any] | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Ingest and process the articles in an in-memory store; the events as PLOVER records:
    those ``query_events`` selects with ``filters`` (what ``geowire events`` lists), and all."""
    from geowire.ingest import ingest_sources
    from geowire.pipeline import process_pending
    from geowire.store import open_store
    from geowire.store.events import query_events, to_plover_record

    with open_store(None) as store:
        ingest_sources(store, settings, [str(articles_path)])
        process_pending(store, settings, code=True)
        every = [to_plover_record(r, store=store) for r in query_events(store)]
        listed = {r["id"] for r in query_events(store, **(filters or {}))}
        return [r for r in every if r["id"] in listed], every


def evaluate_news(directory: Path, settings: Settings, *, min_confidence: float | None = None,
                  strict: bool = False) -> dict[str, Any]:  # fmt: skip
    """The report of ``geowire eval news`` (the keys of ``score.py``'s JSON, plus settings used).

    The events scored are those ``geowire events`` lists with the same options: by default the
    model's ``min_confidence`` hides the learned stage's less likely events, as it does for a
    user, so the figures equal ``score.py`` run on ``geowire events --format jsonl``. When that
    hides anything, ``all_stored`` scores every stored event too (``--min-confidence 0``)."""
    articles_path, gold_path = directory / "articles.jsonl", directory / "gold.jsonl"
    for p in (articles_path, gold_path):
        if not p.is_file():
            raise NewsEvalError(f"no {p.name} in {directory}")
    articles = [json.loads(x) for x in articles_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return evaluate_articles(articles_path, articles, read_gold(gold_path), settings,
                             min_confidence=min_confidence, strict=strict)  # fmt: skip


def evaluate_articles(articles_path: Path, articles: Sequence[dict[str, Any]], gold: list[GoldEvent],
                      settings: Settings, *, min_confidence: float | None = None, strict: bool = False
                      ) -> dict[str, Any]:  # fmt: skip
    """:func:`evaluate_news` on articles already read: ``articles_path`` (the news layout's
    ``articles.jsonl``) goes through the pipeline, its ``articles`` map the events back to their
    documents, and they are scored against ``gold``."""
    from geowire.coding.floors import floor_report, view_filters

    # what `geowire events` lists with the same --min-confidence
    hide, used = view_filters(settings.with_overrides(min_confidence=min_confidence))
    filters = {"min_confidence": hide, "learned_floor": used}
    shown, records = run_pipeline(articles_path, settings, filters=filters)
    report = score(gold, system_events(shown, articles), strict=strict,
                   extra={"coder": settings.coder, **floor_report(used)})  # fmt: skip
    if len(shown) < len(records):
        every = score(gold, system_events(records, articles), strict=strict)
        report["all_stored"] = {"overall": every["overall"], "asserted_only": every["asserted_only"],
                                "modality_accuracy_on_matched": every["modality_accuracy_on_matched"],
                                "non_asserted_gold_matched": every["non_asserted_gold_matched"]}  # fmt: skip
    return report


def score(gold: list[GoldEvent], sysev: list[SysEvent], *, strict: bool = False,
          extra: dict[str, Any] | None = None) -> dict[str, Any]:  # fmt: skip
    """P/R/F1 overall and asserted-only, per category, modality and reported accuracy, unmatched."""
    gold_docs = {g.doc for g in gold}
    sysev = [s for s in sysev if s.doc in gold_docs]
    cmap = group_countries()
    sc = Matcher(cmap, strict=strict)
    m = sc.match(gold, sysev)

    def summary(gs: list[GoldEvent], ss: list[SysEvent], matcher: Matcher) -> dict[str, Any]:
        mm = matcher.match(gs, ss)
        p, r, f = prf(len(mm), len(gs), len(set(mm.values())), len(ss))
        return {"gold": len(gs), "system": len(ss), "matched": len(mm), "precision": p, "recall": r, "f1": f}

    ga = [g for g in gold if g.modality == "asserted"]
    sa = [s for s in sysev if s.modality == "asserted"]
    gi_by: dict[str, list[int]] = defaultdict(list)
    sj_by: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        gi_by[g.event].append(i)
    for j, s in enumerate(sysev):
        sj_by[s.event[0] if s.event else "?"].append(j)
    ms = set(m.values())
    per = {}
    for c in sorted(set(gi_by) | set(sj_by)):
        ng, ns = len(gi_by[c]), len(sj_by[c])
        hg = sum(1 for i in gi_by[c] if i in m)
        hs = sum(1 for j in sj_by[c] if j in ms)
        per[c] = {"gold": ng, "recall": round(hg / ng, 3) if ng else None,
                  "system": ns, "precision": round(hs / ns, 3) if ns else None}  # fmt: skip
    pairs = [(gold[i], sysev[j]) for i, j in m.items()]
    non_asserted = [g for g in gold if g.modality != "asserted"]
    report: dict[str, Any] = {
        **(extra or {}),
        "mode": "strict categories" if strict else "gold event or its alt categories",
        "overall": summary(gold, sysev, sc),
        "asserted_only": summary(ga, sa, sc),
        "overall_strict_categories": summary(gold, sysev, Matcher(cmap, strict=True)),
        "per_category": per,
        "modality_accuracy_on_matched": round(sum(g.modality == s.modality for g, s in pairs) / len(pairs), 3)
        if pairs else None,
        "modality_confusion_gold_to_system": dict(Counter(f"{g.modality}->{s.modality}" for g, s in pairs)),
        "non_asserted_gold_matched": sum(1 for g, _ in pairs if g.modality != "asserted"),
        "non_asserted_gold_total": len(non_asserted),
        "reported_flag_accuracy_on_matched": (
            round(sum(g.reported == s.reported for g, s in pairs) / len(pairs), 3) if pairs else None
        ),
        "unmatched_gold": [_fmt_g(g) for i, g in enumerate(gold) if i not in m],
        "unmatched_system": [_fmt_s(s) for j, s in enumerate(sysev) if j not in ms],
        "matched_pairs": [_fmt_g(g) + "  <=>  " + _fmt_s(s) for g, s in pairs],
    }  # fmt: skip
    return report


def _fmt_s(s: SysEvent) -> str:
    rep = ",rep" if s.reported else ""
    return (f"{s.doc} {'/'.join(s.event)} {list(s.actor)}->{list(s.recipient)} [{s.modality}{rep}] "
            f"conf={s.confidence:.2f} trig={s.trigger!r}: {s.text[:110]}")  # fmt: skip


def _fmt_g(g: GoldEvent) -> str:
    rep = ",rep" if g.reported else ""
    return f"{g.doc} {g.event} {list(g.actor)}->{list(g.recipient)} [{g.modality}{rep}]: {g.sentence[:110]}"
