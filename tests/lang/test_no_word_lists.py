"""No English word lists in the code (issue 17): language lives in the pack (``data/lang/<code>/``).

An :mod:`ast` check over ``src/geowire/**/*.py`` outside ``geowire/lang/`` flags:

* **collections** — a literal set, frozenset, tuple, list or dict (its keys, and collections nested
  in it) holding at least three natural-language words: lowercase alphabetic strings, spaces,
  hyphens and apostrophes allowed (``"said"``, ``"prime minister"``, ``"cease-fire"``) — not
  identifiers (underscores, digits, dots), not ALL-CAPS codes;
* **regex alternations** — a string whose ``|``-alternatives include at least three such words
  (``r"\\b(said|told|added)\\b"``);
* **comparisons** — a word compared as a lexical test: ``tok.lower_ == "according"``,
  ``word in ("said", "told")``, ``"according" in text``, ``w.startswith("un")``.

Names are not word lists: a dict whose values are computed (a record being built: its keys are
field names), a ``Literal[...]`` type, ``__all__``, a schema constant (``..._COLUMNS``,
``..._TABLES``, ``..._FORMATS`` …) and the headers handed to a table printer are not checked.

Two reviewed allowlists keep it practical:

* ``LABELS`` (and ``LABELS_IN`` for one module) — words that are not language but names in
  geowire's own data model or a library's (column names, modality labels, CLI and export format
  names, PLOVER modes and contexts, spaCy dependency labels, …), each with its reason; never counted;
* ``PENDING`` — modules of other areas that still hold word lists, with the owner; it only
  shrinks (a module that no longer needs its entry fails the test, so the entry goes).

Run ``python tests/lang/test_no_word_lists.py`` for the full list of what is flagged, by module.
"""

from __future__ import annotations

import ast
import functools
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "geowire"
LANG = PACKAGE / "lang"

# A natural-language word or phrase: two or more lowercase letters, with inner spaces, hyphens or
# apostrophes (single letters are variable-like: column ``a``/``b``, units ``m``/``s``).
WORD = re.compile(r"[a-z][a-z]+(?:[ '\-][a-z]+)*|[a-z]+(?:[ '\-][a-z]+)+")
MIN_WORDS = 3


def _labels(reason: str, words: str) -> dict[str, str]:
    return dict.fromkeys(words.split(), reason)


# Words that name geowire's own data or a library's vocabulary, never counted: reviewed, each group
# with its reason.  A word here is a label wherever it appears; a label of one module only goes in
# LABELS_IN.
LABELS: dict[str, str] = {
    **_labels(
        "spaCy dependency / part-of-speech label (ClearNLP scheme), not English",
        "acl acomp advcl advmod agent amod appos attr aux auxpass case cc ccomp compound conj csubj"
        " csubjpass dative dep det dobj expl intj mark meta neg nmod npadvmod nsubj nsubjpass nummod oprd"
        " parataxis pcomp pobj poss preconj predet prep prt punct quantmod relcl root xcomp"
        " verb noun propn adj adv pron",
    ),
    **_labels(
        "event / claim modality label (types.Modality)", "asserted negated hypothetical future reported"
    ),
    **_labels("statement stance label", "supportive critical threatening neutral"),
    **_labels("date pattern kind of nlp.dates (its _VALUE table's keys)", "weekday"),
    **_labels("multiprocessing start method (settings.worker_start)", "fork spawn"),
    **_labels("series period / level option", "day week month year country actor"),
    **_labels(
        "document status or correction action stored in the database",
        "stored processed failed duplicate skipped reject fix add",
    ),
    **_labels(
        "kind label of the data model",
        "organisation person group equipment city region igo"
        " agreement transfer deployment statement assessment unresolved",
    ),  # fmt: skip
    **_labels(
        "store table / column / record field name",
        "id date published title outlet url path text category mode context confidence rule explanation"
        " language status reason location quantity system supplier host speaker target stance kind code"
        " name sectors sector wikidata codes names kinds mentions recipient recipients actors trigger"
        " sentence sentences document documents events occurrences agreements transfers deployments"
        " statements contradictions dyads claims places blocks dates quantities fields start end idx"
        " cooperation conflict balance tone source score counts contexts modality original note who"
        " parties signed ratified disputed until since value operator personnel place role period coop"
        " docs event evidence sequence action sources",
    ),
    **_labels(
        "export / CLI format name",
        "json jsonl csv parquet graphml ftm gdelt table html plover-jsonl gdelt-mentions parquet-hive"
        " auto",  # geowire train --form auto
    ),  # fmt: skip
    **_labels(
        "request parameter / OpenAPI key", "limit offset sort query body content description schema type"
    ),
    **_labels("URL scheme or execution backend", "http https ray"),
    **_labels(
        "evaluation metric field or split name",
        "gold matched precision recall support label unmatched overall train dev test all",
    ),  # fmt: skip
    **_labels("JSON boolean spelling", "true false"),
    **_labels(
        "agreement / transfer / deployment status label (model.records)",
        "mentioned offered planned approved contracted ordered delivered deployed operated operated-by"
        " in-force extended expires expired",
    ),
    **_labels(
        "text block kind (nlp.blocks) or date / place source label",
        "headline dateline body caption credit publication metadata named",
    ),  # fmt: skip
    **_labels(
        "alias kind of the knowledge base (actors.kb)",
        "country-name country-alias org-name group-name equipment-name people-demonym demonym seat capital",
    ),
    **_labels(
        "how a name several countries share matched or was resolved (actors.kb, data/ambiguous.yaml)",
        "ambiguous-name ambiguous-demonym ambiguous-by-article ambiguous-demonym-by-article",
    ),
    **_labels(
        "decider feature / veto value or coder mode",
        "bias none lexical learned rules rulepick conditional asked-for under-obligation not-owned patient"
        " inert-subject speech-content relation-owner judged-act capability credited-act tested-weapon"
        " standing-stance",
    ),
    **_labels("spaCy pipe name or token attribute", "parser tagger ner doc head children"),
    **_labels("column of a data file or batch output", "geonameid lat lon population seq minhash analysis"),
    **_labels(
        "PLOVER mode name (data/plover.yaml)",
        "abduct access aerial allege arrest assist beat boycott ceasefire censor change convict crowd-control"
        " curfew cyber demo deport destroy disapprove disarm discontinue drone expel explosives firearms"
        " heavy-weapons hunger investigate martial-law meet militia misinformation multilateral obstruct"
        " phone police primitive relations release resign restrict riot seize sexual strike suicide-attack"
        " targeted territory third-party torture troops unconventional vandalize violence visit weapons"
        " withdraw withhold yield",
    ),
    **_labels(
        "PLOVER context name (data/plover.yaml)",
        "asylum cbrn corruption crime diplomatic disasters economic election environment executive health"
        " inequality intelligence legal legislative lgbt migration military technology terrorism trafficking",
    ),
    **_labels("category adjustment label of the coder", "obligation polarity attribution"),
    **_labels("decider rank feature value (coding.decide.rank_features)", "top trail"),
    **_labels("part of the spaCy subject dependency labels (nsubj, nsubjpass, csubj …)", "subj"),
    **_labels("relation name of the pack's date rules (surface.yaml dates.relations)", "before on"),
    **_labels("option value (spaCy char_span alignment, paragraph splitting)", "expand lines"),
    **_labels("ISO language code", "en"),
    **_labels("WARC record type / field", "warc response"),
}

# module → {word: reason}: labels of one module's own data
LABELS_IN: dict[str, dict[str, str]] = {
    "geowire.api.ingest": {
        **_labels("HTML form values read as false", "no off"),
        "bearer": "HTTP Authorization scheme",
    },
    "geowire.api.twins": _labels("the views' store parameter name", "store"),
    "geowire.model.rules_statements": _labels(
        "value of a speech verb's reports field (model_lexicon statements.speech_verbs)", "clause"
    ),
    "geowire.store.db": {"different configuration": "DuckDB's error text for a read-only open"},
    "geowire.ingest.fetch": {
        "without sending": "httpcore's error text for a connection closed before any response"
    },
    "geowire.store.derived": _labels("SQL table aliases", "ac rc ak rk"),
    "geowire.actors.kb": _labels(
        "knowledge-base file stems (data/*.yaml)", "countries organisations people groups"
    ),
    "geowire.nlp.dates": {
        **_labels(
            "date pattern kind",
            "iso day-mon-year mon-day-year mon-day day-mon mon-year mon rel-unit rel season quarter"
            " period-end",
        ),
        "decade": "relative date unit",
    },
    "geowire.actors.resolve": _labels("reference kind of a name the resolver blocks", "blocked"),
    "geowire.coding.modality": _labels(
        "modality cue kinds (modality.Cue.kind: the cue table's keys)", "condition modal conditioned"
    ),
    "geowire.coding.categorize": _labels(
        "how a trigger matched (a light-verb construction, a judgement verb)", "light judgement"
    ),
    "geowire.scale.shards": _labels("shard kind", "ingest"),
    "geowire.scale.cluster": _labels("Ray's error text for a port in use", "port"),
    "geowire.geo.measure": _labels(
        "counter names of the place measurement", "covered placed correct unannotated"
    ),
    "geowire.model.extract": _labels("Settings.transfer_reader values", "alone fallback"),
    "geowire.model.rules_parse_forces": {
        **_labels(
            "governor kinds of the parse deployment reader (parse_forces.yaml's verb classes)",
            "send keep arrive stay receive total act be",
        ),
        **_labels("Settings.deployment_reader values", "regex parse"),
    },
}

# Collections assigned to a name with one of these endings name a schema (columns, tables, formats).
_SCHEMA_NAME = re.compile(r"(?i)(?:columns|tables|formats|modules|fields|keys|refuses|__slots__)$")
# Collections passed to these callables (or keywords) are headers of a printed table.
_HEADER_CALLS = frozenset({"print_table", "_table"})
_HEADER_KEYWORDS = frozenset({"columns", "sortable"})

# module → why it may still hold word lists (owner); empty these as the owners' branches land
PENDING: dict[str, str] = {
    # (lead33) the copula "be", the infinitive marker "to", the complementiser "that" and the
    # dependency label "hyph" are read in code; move them to model_lexicon.yaml transfers.parse
    "geowire.model.rules_parse": "cx61's structural transfer reader (issue 13)",
}


@dataclass(frozen=True)
class Finding:
    """One flagged word list: where, what kind, the words."""

    module: str
    line: int
    kind: str
    words: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.module}:{self.line}: {self.kind} {', '.join(self.words[:8])}"


def is_word(value: object, module: str = "") -> bool:
    """A natural-language word or phrase (not a label of geowire's own data)."""
    return (
        isinstance(value, str)
        and WORD.fullmatch(value) is not None
        and value not in LABELS
        and value not in LABELS_IN.get(module, {})
    )


_REGEX_DECOR = re.compile(
    r"^(?:\?[:!=]|\?<[!=]|\?[a-zA-Z]+[:)]|\\b|\^|\\s[*+?]?)+|(?:\\b|\$|\\s[*+?]?|[?*+])+$"
)
_REGEX_SPACE = re.compile(r"\\s[*+?]?|\\ |\[ -\]|\[- \]|\\-")


def regex_alternatives(text: str) -> list[str]:
    """A regex's ``|``-alternatives: each fragment between ``|``, ``(`` and ``)`` next to a ``|``,
    with ``\\b``, anchors and quantifiers set aside and ``\\s+`` read as a space."""
    if text.count("|") < MIN_WORDS - 1:
        return []
    parts = re.split(r"([|()])", text)
    words = []
    for i in range(0, len(parts), 2):
        left = parts[i - 1] if i else ""
        right = parts[i + 1] if i + 1 < len(parts) else ""
        if "|" not in (left, right):
            continue
        words.append(_REGEX_SPACE.sub(" ", _REGEX_DECOR.sub("", parts[i])))
    return words


def _docstrings(tree: ast.AST) -> set[int]:
    nodes = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, nodes)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


_COLLECTIONS = (ast.Set, ast.List, ast.Tuple, ast.Dict)


def _literal(node: ast.expr) -> bool:
    """A constant (or a literal collection): a dict of them is a lookup table; a dict computed from
    expressions is a record being built, and its keys are field names."""
    if isinstance(node, ast.UnaryOp):
        node = node.operand
    return isinstance(node, ast.Constant | ast.Set | ast.List | ast.Tuple | ast.Dict)


def collection_strings(node: ast.expr) -> Iterator[str]:
    """The string elements of a literal collection, with a lookup table's keys and nested literal
    collections."""
    items: list[ast.expr | None] = []
    if isinstance(node, ast.Dict) and all(_literal(v) for v in node.values):
        items = [*node.keys, *(v for v in node.values if isinstance(v, _COLLECTIONS))]
    elif isinstance(node, ast.Set | ast.List | ast.Tuple):
        items = list(node.elts)
    for item in items:
        if isinstance(item, ast.Constant) and isinstance(item.value, str):
            yield item.value
        elif isinstance(item, _COLLECTIONS):
            yield from collection_strings(item)


def _parents(tree: ast.AST) -> dict[int, ast.AST]:
    return {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _skipped(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    """Names, not word lists: a type (``Literal["week", "month"]``), ``__all__``, a schema constant
    (``..._COLUMNS = (...)``) and the headers of a printed table."""
    parent = parents.get(id(node))
    if isinstance(parent, ast.Subscript) and ast.unparse(parent.value).endswith("Literal"):
        return True
    if isinstance(parent, ast.Assign | ast.AnnAssign):
        targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
        names = [
            t.id if isinstance(t, ast.Name) else t.attr
            for t in targets
            if isinstance(t, ast.Name | ast.Attribute)
        ]
        return any(n == "__all__" or _SCHEMA_NAME.search(n) for n in names)
    if isinstance(parent, ast.keyword):
        return parent.arg in _HEADER_KEYWORDS
    return isinstance(parent, ast.Call) and ast.unparse(parent.func).rpartition(".")[2] in _HEADER_CALLS


def _str(node: ast.expr) -> list[str]:
    return [node.value] if isinstance(node, ast.Constant) and isinstance(node.value, str) else []


def compared_strings(node: ast.Compare) -> list[str]:
    """The strings a comparison tests against: ``==``/``!=`` a string, ``in``/``not in`` a string
    or a literal collection of them."""
    found: list[str] = []
    operands = [node.left, *node.comparators]
    for op, left, right in zip(node.ops, operands, operands[1:], strict=False):
        if isinstance(op, ast.Eq | ast.NotEq):
            found += _str(left) + _str(right)
        elif isinstance(op, ast.In | ast.NotIn):
            found += _str(left) + (list(collection_strings(right)) if isinstance(right, _COLLECTIONS) else [])
    return found


def affix_strings(node: ast.Call) -> list[str]:
    """The strings given to ``str.startswith`` / ``str.endswith``."""
    if not (isinstance(node.func, ast.Attribute) and node.func.attr in ("startswith", "endswith")):
        return []
    return [
        s for arg in node.args for a in (arg.elts if isinstance(arg, ast.Tuple) else [arg]) for s in _str(a)
    ]


def findings(module: str, tree: ast.AST) -> list[Finding]:
    """Every word list of one module's syntax tree."""
    parents, docs = _parents(tree), _docstrings(tree)
    found: list[Finding] = []

    def add(node: ast.expr, kind: str, strings: Iterable[str], least: int = 1) -> None:
        words = tuple(w for s in strings if is_word(w := s.strip(), module))
        if len(words) >= least:
            found.append(Finding(module, node.lineno, kind, words))

    for node in ast.walk(tree):
        if isinstance(node, _COLLECTIONS) and not isinstance(parents.get(id(node)), _COLLECTIONS):
            if not _skipped(node, parents):
                add(node, "collection", collection_strings(node), MIN_WORDS)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            add(node, "regex", regex_alternatives(node.value), MIN_WORDS)
        elif isinstance(node, ast.Compare):
            add(node, "comparison", compared_strings(node))
        elif isinstance(node, ast.Call):
            add(node, "affix", affix_strings(node))
    return found


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def scan() -> dict[str, list[Finding]]:
    """Module → its findings, for every module outside ``geowire.lang`` that has any."""
    out: dict[str, list[Finding]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if LANG in path.parents:
            continue
        name = _module_name(path)
        if found := findings(name, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            out[name] = found
    return out


def test_no_word_lists_outside_the_language_pack() -> None:
    found = scan()
    unexpected = [str(f) for module, fs in found.items() if module not in PENDING for f in fs]
    assert not unexpected, "English word lists belong in the language pack:\n" + "\n".join(unexpected)


def test_no_word_lists_pending_list_only_shrinks() -> None:
    stale = sorted(set(PENDING) - set(scan()))
    assert not stale, f"clean now, remove from PENDING: {stale}"


def test_no_word_lists_labels_are_words() -> None:
    assert all(WORD.fullmatch(w) for w in LABELS)


def _kinds(source: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.kind, f.words) for f in findings("m", ast.parse(source))]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('CUES = {"said", "told", "added"}', [("collection", ("said", "told", "added"))]),
        ('X = frozenset(("prime minister", "cease-fire", "don\'t"))',
         [("collection", ("prime minister", "cease-fire", "don't"))]),
        ('M = {"january": 1, "february": 2, "march": 3}', [("collection", ("january", "february", "march"))]),
        ('P = [("said", 1), ("told", 2), ("added", 3)]', [("collection", ("said", "told", "added"))]),
        ('R = r"\\b(said|told|added)\\b"', [("regex", ("said", "told", "added"))]),
        ('R = r"(?:according\\s+to|per|citing)"', [("regex", ("according to", "per", "citing"))]),
        ('ok = tok.lower_ == "according"', [("comparison", ("according",))]),
        ('ok = w in ("said", "told")', [("comparison", ("said", "told"))]),
        ('ok = "according" in text', [("comparison", ("according",))]),
        ('ok = w.startswith(("un", "non"))', [("affix", ("un", "non"))]),
        ('ok = name.startswith("the ")', [("affix", ("the",))]),
    ],
)  # fmt: skip
def test_no_word_lists_flags_english(source: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _kinds(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        'COLS = ("doc_id", "n_words", "event.date")',
        'CODES = {"RUS", "USA", "UKR", "NATO"}',
        'MODES = ("asserted", "negated", "hypothetical")',
        'Period = Literal["dawn", "noon", "dusk"]',
        '__all__ = ["open", "close", "read"]',
        'DEPS = {"nsubj", "dobj", "iobj"}',
        'ok = dep == "nsubj" or tag in ("NNP", "NNPS")',
        'R = r"\\d{4}-\\d{2}|\\d+"',
        'def f():\n    """said, told or added are words; docstrings are prose."""',
    ],
)
def test_no_word_lists_leaves_labels_and_codes_alone(source: str) -> None:
    assert _kinds(source) == []


if __name__ == "__main__":  # the full report: python tests/lang/test_no_word_lists.py
    for fs in scan().values():
        for f in fs:
            sys.stdout.write(f"{f}\n")
