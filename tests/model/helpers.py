"""Hand-built analyses for model tests: a regex sentence splitter and a tiny actor gazetteer.

They stand in for the annotate/actors/dates stages so that model logic is tested on its own.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from geowire.actors.kb import shipped_kb
from geowire.lang import load_language
from geowire.types import ActorMention, DocAnalysis, DocContext, Quantity, Sentence

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS = SHARED / "corpus" / "seeds"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# surface form -> (kind, code, country, canonical name)
GAZETTEER: dict[str, tuple[str, str | None, str | None, str]] = {
    "Russia": ("country", "RUS", None, "Russia"),
    "Russian": ("country", "RUS", None, "Russia"),
    "Russians": ("country", "RUS", None, "Russia"),
    "Moscow": ("country", "RUS", None, "Russia"),
    "the Kremlin": ("country", "RUS", None, "Russia"),
    "Kremlin": ("country", "RUS", None, "Russia"),
    "Venezuela": ("country", "VEN", None, "Venezuela"),
    "Venezuelan": ("country", "VEN", None, "Venezuela"),
    "Caracas": ("country", "VEN", None, "Venezuela"),
    "United States": ("country", "USA", None, "United States"),
    "Washington": ("country", "USA", None, "United States"),
    "U.S.": ("country", "USA", None, "United States"),
    "USA": ("country", "USA", None, "United States"),
    "American": ("country", "USA", None, "United States"),
    "US": ("country", "USA", None, "United States"),
    "China": ("country", "CHN", None, "China"),
    "Ukraine": ("country", "UKR", None, "Ukraine"),
    "Vladimir Putin": ("person", "putin", "RUS", "Vladimir Putin"),
    "Putin": ("person", "putin", "RUS", "Vladimir Putin"),
    "Nicolás Maduro": ("person", "maduro", "VEN", "Nicolás Maduro"),
    "Maduro": ("person", "maduro", "VEN", "Nicolás Maduro"),
    "Donald Trump": ("person", "trump", "USA", "Donald Trump"),
    "Trump": ("person", "trump", "USA", "Donald Trump"),
    "Sergei Lavrov": ("person", "lavrov", "RUS", "Sergei Lavrov"),
    "Wagner": ("group", "WAGNER", "RUS", "Wagner Group"),
    "S-300VM": ("equipment", "S-300VM", "RUS", "S-300VM"),
    "Buk-M2E": ("equipment", "Buk-M2E", "RUS", "Buk-M2E"),
    "Igla-S": ("equipment", "Igla-S", "RUS", "Igla-S"),
    "Pantsir-S1": ("equipment", "Pantsir-S1", "RUS", "Pantsir-S1"),
    "Oreshnik": ("equipment", "Oreshnik", "RUS", "Oreshnik"),
    "Su-30MK2": ("equipment", "Su-30MK2", "RUS", "Su-30MK2"),
    "Il-76": ("equipment", "Il-76", "RUS", "Il-76"),
}
_NAMES = sorted(GAZETTEER, key=len, reverse=True)
_NAME_RX = re.compile("|".join(rf"(?<![\w-]){re.escape(n)}(?![\w-])" for n in _NAMES))
_SENT_RX = re.compile(r"[^.!?\n]+(?:[.!?]+[”\"]?|$)")
_QTY_RX = re.compile(r"(\$\s?)?(\d+(?:,\d{3})*(?:\.\d+)?)(\s(?:million|billion))?")


def read_markdown(path: Path) -> tuple[str, dt.date | None, str | None]:
    raw = path.read_text(encoding="utf-8")
    _, front, body = raw.split("---", 2)
    meta = dict(line.split(": ", 1) for line in front.strip().splitlines())
    return body.strip(), dt.date.fromisoformat(meta["published"]), meta.get("outlet")


def analyse(text: str, *, doc_id: str = "d1", published: dt.date | None = None, outlet: str | None = None):
    """(context, analysis without claims) of ``text``, with gazetteer mentions and regex sentences."""
    from geowire.model.extract import extract_claims

    ctx = DocContext(doc_id=doc_id, published=published, outlet=outlet)
    sentences = [
        Sentence(i, m.start(), m.end(), m.group(0))
        for i, m in enumerate(mm for mm in _SENT_RX.finditer(text) if mm.group(0).strip())
    ]
    mentions = []
    for m in _NAME_RX.finditer(text):
        kind, code, country, name = GAZETTEER[m.group(0)]
        mentions.append(ActorMention(m.start(), m.end(), m.group(0), kind, code, name=name, country=country))  # type: ignore[arg-type]
    quantities = []
    for m in _QTY_RX.finditer(text):
        if re.fullmatch(r"(19|20)\d\d", m.group(2)) and not m.group(1):
            continue
        value = float(m.group(2).replace(",", "")) * (
            1e6 if m.group(3) and "million" in m.group(3) else 1e9 if m.group(3) else 1
        )
        quantities.append(Quantity(m.start(), m.end(), m.group(0), value, "USD" if m.group(1) else None))
    claims = extract_claims(
        None,
        ctx,
        sentences=sentences,
        mentions=mentions,
        dates=[],
        quantities=quantities,
        events=[],
        lang=load_language("en"),
        kb=shipped_kb(load_language("en")),
    )
    return DocAnalysis(
        doc_id, (), tuple(sentences), tuple(mentions), (), tuple(quantities), (), tuple(claims)
    )


def store_with(docs: list[tuple[str, str, dt.date | None, str | None]]):
    """An in-memory store holding ``(doc_id, text, published, outlet)`` documents with their claims."""
    import datetime as _dt
    import hashlib

    from geowire.store.claims import replace
    from geowire.store.db import open_store

    store = open_store(None)
    with store.transaction() as con:
        for doc_id, text, published, outlet in docs:
            con.execute(
                "INSERT INTO documents (id, content_hash, outlet, published, published_source,"
                " ingested_at, status, text, n_words)"
                " VALUES (?, ?, ?, ?, 'cli', ?, 'processed', ?, ?)",
                [
                    doc_id,
                    hashlib.sha256(text.encode()).hexdigest(),
                    outlet,
                    published,
                    _dt.datetime(2026, 1, 1),
                    text,
                    len(text.split()),
                ],
            )
            replace(con, [analyse(text, doc_id=doc_id, published=published, outlet=outlet)])
    return store


def seed_text(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def claim_fields(analyzer, text: str, kind: str, published: dt.date) -> list[dict[str, object]]:  # noqa: ANN001
    """The fields of the ``kind`` claims the whole pipeline (``analyzer``) extracts from ``text``."""
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=published), text)])
    return [dict(c.fields) for c in a.claims if c.kind == kind]


def stepped_transfers(analyzer, text: str, published: dt.date) -> list[dict[str, object]]:  # noqa: ANN001
    """The fields of each transfer claim whose status is a step (not "mentioned") that the whole
    pipeline extracts from ``text``."""
    return [f for f in claim_fields(analyzer, text, "transfer", published) if f.get("status") != "mentioned"]


def transfer_rows(analyzer, text: str, published: dt.date) -> list[tuple[object, ...]]:  # noqa: ANN001
    """(supplier, recipient, quantity, status) of each transfer claim with a status other than
    "mentioned" that the whole pipeline extracts from ``text``."""
    return [
        (f.get("supplier"), f.get("recipient"), f.get("quantity"), f.get("status"))
        for f in stepped_transfers(analyzer, text, published)
        if f.get("status")
    ]


def contradiction_pairs(docs: list[tuple[str, str, str]]) -> frozenset[tuple[str, str, str]]:
    """(doc_a, doc_b, field) of each contradiction the whole pipeline finds among ``docs``, given as
    (id, published, text); the two ids in order."""
    from geowire.model.claims_eval import run_pipeline
    from geowire.settings import load_settings

    rows = [{"id": i, "published": p, "text": t} for i, p, t in docs]
    out = run_pipeline(rows, load_settings(None), lang=load_language("en"))
    return frozenset((*sorted((x["doc_a"], x["doc_b"])), x["field"]) for x in out.contradictions)


def deployment_rows(texts: dict[str, str], published: str) -> dict[str, list[tuple[object, object, object]]]:
    """(sender, host, personnel) of each deployment record the whole pipeline makes, per document
    of ``texts`` (id → text), all published on ``published``."""
    from geowire.model.claims_eval import run_pipeline
    from geowire.settings import load_settings

    docs = [{"id": k, "published": published, "text": t} for k, t in texts.items()]
    out = run_pipeline(docs, load_settings(None), lang=load_language("en"))
    return {
        k: [(d["country"], d["host"], d["personnel"]) for d in v["deployments"]]
        for k, v in out.per_doc.items()
    }
