"""Full-text search over sentences, document titles and actor names, and actor-code suggestions.

DuckDB's ``fts`` extension is not bundled with the wheel: ``LOAD fts`` needs a download the first
time, and geowire never downloads at run time (servers run offline).  So search is plain SQL: the
query is cut into at most :data:`MAX_TERMS` words, and a row matches when it contains every word
(case-insensitive ``ILIKE`` on a bound, escaped pattern — a client's text is never pasted into
SQL, and ``%``/``_`` in it match themselves).  Rows are ranked by how many words start a word of
the text, then by kind (actor, document, sentence).  A scan per query is fast at the store sizes
geowire serves (tens of thousands of sentences); :func:`search` returns a
:class:`~geowire.store.listing.ListQuery`, so results are paged and counted like every list.
"""

from __future__ import annotations

import re
from typing import Any

from geowire.store.db import Store
from geowire.store.listing import ListQuery

MAX_TERMS = 8
KINDS = ("sentence", "document", "actor")
_WORD = re.compile(r"\w+", re.UNICODE)


def terms(q: str) -> list[str]:
    """The words of a query (letters and digits; at most :data:`MAX_TERMS`, lower case)."""
    return [w.casefold() for w in _WORD.findall(q)][:MAX_TERMS]


def _escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _match(column: str, words: list[str]) -> tuple[str, list[Any]]:
    """SQL: ``column`` contains every word; and the rank (words starting a word of ``column``)."""
    cond = " AND ".join(f"{column} ILIKE ? ESCAPE '\\'" for _ in words)
    rank = " + ".join(f"CAST(regexp_matches(lower({column}), ?) AS INTEGER)" for _ in words)
    params = [f"%{_escape(w)}%" for w in words]
    rank_params = [r"(^|\W)" + re.escape(w) for w in words]
    return f"({cond}) AS hit, ({rank}) AS rank", [*params, *rank_params]


def search(q: str, *, kinds: tuple[str, ...] = KINDS) -> ListQuery:
    """Sentences, documents and actors matching every word of ``q``: rows of ``kind``, ``id``
    (document id, or actor code), ``doc_id``, ``sentence_index``, ``title`` and ``text``."""
    words = terms(q)
    if not words:
        words = [""]  # nothing to look for: matches nothing below
    parts: list[str] = []
    params: list[Any] = []
    if "sentence" in kinds:
        sel, p = _match("s.text", words)
        parts.append(
            "SELECT 'sentence' AS kind, s.doc_id AS id, s.doc_id, s.idx AS sentence_index, d.title,"
            f" s.text, 3 AS kind_order, {sel} FROM sentences s JOIN documents d ON d.id = s.doc_id"
        )
        params += p
    if "document" in kinds:
        sel, p = _match("coalesce(d.title, '')", words)
        parts.append(
            "SELECT 'document' AS kind, d.id AS id, d.id AS doc_id, NULL::INTEGER AS sentence_index,"
            f" d.title, d.title AS text, 2 AS kind_order, {sel} FROM documents d"
        )
        params += p
    if "actor" in kinds:
        sel, p = _match("a.label", words)
        parts.append(
            "SELECT 'actor' AS kind, a.code AS id, NULL::VARCHAR AS doc_id, NULL::INTEGER AS sentence_index,"
            " a.name AS title, a.label AS text, 1 AS kind_order, "
            f"{sel} FROM (SELECT code, any_value(name) AS name, code || ' ' || coalesce(any_value(name), '')"
            " || ' ' || string_agg(DISTINCT text, ' ') AS label FROM mentions WHERE code IS NOT NULL"
            " GROUP BY code) a"
        )
        params += p
    if not parts or words == [""]:
        return _empty()
    union = " UNION ALL ".join(parts)
    return ListQuery(
        sql=f"SELECT * EXCLUDE (hit) FROM ({union}) AS found WHERE hit",
        params=params,
        sortable=("rank", "kind", "id"),
        default=(("rank", True), ("kind_order", False)),
        tiebreak=("id", "sentence_index"),
    )


def _empty() -> ListQuery:
    return ListQuery(
        sql="SELECT NULL::VARCHAR AS kind, NULL::VARCHAR AS id, NULL::VARCHAR AS doc_id,"
        " NULL::INTEGER AS sentence_index, NULL::VARCHAR AS title, NULL::VARCHAR AS text,"
        " 0 AS kind_order, 0 AS rank WHERE false",
        params=[],
        sortable=("rank", "kind", "id"),
        default=(("rank", True),),
        tiebreak=("id",),
    )


def has_actor_code(store: Store, code: str) -> bool:
    """Whether some actor mention (not equipment) is resolved to ``code`` typed in any case: actor
    codes are stored in capitals (countries, organisations, groups), so the upper-cased code is
    looked up as is, through the ``mentions_code`` index, stopping at the first match (not
    :func:`suggest_actors`' ranked scan of every mention's names).  Equipment codes, the only
    mixed-case ones ("Buk-M2E"), never name an actor."""
    rows = store.query(
        "SELECT 1 AS found FROM mentions WHERE code = ? AND kind <> 'equipment' LIMIT 1", [code.upper()]
    )
    return bool(rows)


def suggest_actors(store: Store, q: str, *, limit: int = 10) -> list[dict[str, Any]]:
    """Actor codes for a name or code being typed (``"rus"`` → RUS, …): codes starting with ``q``
    first, then names and mention texts starting with it, then containing it; by mentions."""
    needle = q.strip().casefold()
    if not needle:
        return []
    prefix, inside = f"{_escape(needle)}%", f"%{_escape(needle)}%"
    like = "LIKE ? ESCAPE '\\'"
    return store.query(
        "SELECT code, any_value(name) AS name, any_value(kind) AS kind, count(*) AS mentions,"
        " min(CASE WHEN lower(code) = ? THEN 0"
        f" WHEN lower(code) {like} THEN 1"
        f" WHEN lower(coalesce(name, '')) {like} OR lower(text) {like} THEN 2"
        f" WHEN lower(coalesce(name, '')) {like} OR lower(text) {like} THEN 3 END) AS how"
        " FROM mentions WHERE code IS NOT NULL GROUP BY code HAVING how IS NOT NULL"
        " ORDER BY how, mentions DESC, code LIMIT ?",
        [needle, prefix, prefix, prefix, inside, inside, limit],
    )
