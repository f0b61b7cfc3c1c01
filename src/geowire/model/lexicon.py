"""The model lexicon (``data/model_lexicon.yaml``): validated cue patterns for claim extraction.

Every pattern is compiled once at load (case-insensitive, wrapped in word boundaries); a pattern
that does not compile, or an unknown key, raises :class:`~geowire.errors.KnowledgeBaseError`.
"""

from __future__ import annotations

import os
import re
import re._constants as _re_constants  # the pattern parser behind ``re`` (see required_literals)
import re._parser as _re_parser
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from geowire.errors import KnowledgeBaseError
from geowire.yamlio import load_yaml

Stance = Literal["supportive", "critical", "threatening", "neutral"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def compile_any(patterns: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive alternation of ``patterns``, each wrapped in word boundaries."""
    return _compile_any(tuple(patterns))


@lru_cache(maxsize=1024)
def _compile_any(patterns: tuple[str, ...]) -> re.Pattern[str]:
    # cached: the claim rules ask for the same alternations for every sentence
    return re.compile("|".join(rf"\b(?:{p})\b" for p in patterns), re.IGNORECASE)


def required_literals(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case ASCII strings of which every match of ``regex`` contains at least one (as a
    substring of the lower-cased text, when the text has none of the non-ASCII case variants of
    ASCII letters: see :data:`CASE_TRAPS`); None when no such strings of 2+ characters are found.

    Lets a rule skip a sentence with a substring test instead of a regex scan: when none of the
    strings is in the lower-cased sentence, the regex cannot match there.  Derived from the
    parsed pattern (literal runs, small character classes, alternations), built once per regex.
    """
    hit = _LITERALS.get(id(regex))
    if hit is not None and hit[0] is regex:  # by identity: hashing a Pattern hashes its code
        return hit[1]
    if len(_LITERALS) >= 4096:
        _LITERALS.clear()
    found = _required_literals(regex)
    _LITERALS[id(regex)] = (regex, found)  # the regex is kept, so its id is not reused
    return found


# Non-ASCII characters that a case-insensitive pattern matches for an ASCII letter ("ſ" for "s",
# "İ"/"ı" for "i", the Kelvin sign for "k"): text holding one gets no substring pre-test.
CASE_TRAPS = frozenset("ſİıK")
_LITERALS: dict[int, tuple[re.Pattern[str], frozenset[str] | None]] = {}
_MAX_STRINGS = 64  # strings a fixed run of the pattern may stand for
_MAX_UNION = 1024  # strings an alternation of such runs may stand for


def _required_literals(regex: re.Pattern[str]) -> frozenset[str] | None:
    if regex.flags & re.LOCALE or not isinstance(regex.pattern, str):
        return None
    try:
        parsed = _re_parser.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError):  # no pre-test, same results
        return None
    found = _required(list(parsed))
    if found is None or not all(s.isascii() for s in found):
        return None
    lowered = _common_prefixes({s.lower() for s in found})
    # a string that contains another one of the set adds nothing to the test
    return frozenset(s for s in lowered if not any(o != s and o in s for o in lowered))


def _common_prefixes(strings: set[str], *, k: int = 6) -> set[str]:
    """Strings sharing their first ``k`` characters replaced by their common prefix ("criticised",
    "criticises", "criticized" → "critici"): fewer substring tests, each string still holds one;
    a short ``k`` makes the prefixes so common that more sentences pass the test."""
    out: set[str] = set()
    groups: dict[str, list[str]] = {}
    for s in strings:
        if len(s) < k:
            out.add(s)
        else:
            groups.setdefault(s[:k], []).append(s)
    out.update(os.path.commonprefix(g) for g in groups.values())
    return out


def _required(seq: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Strings one of which every match of the op sequence ``seq`` contains (the option with the
    longest shortest string), or None."""
    options: list[frozenset[str]] = []
    run: frozenset[str] = frozenset({""})
    for op, av in seq:
        fixed = _finite(op, av)
        if fixed is not None and len(run) * len(fixed) <= _MAX_STRINGS:
            run = frozenset(a + b for a in run for b in fixed)
            continue
        options.append(run)
        run = frozenset({""})
        if fixed is not None:
            run = fixed
        elif (own := _required_op(op, av)) is not None:
            options.append(own)
    options.append(run)
    good = [o for o in options if min(map(len, o)) >= 2]
    return max(good, key=lambda o: (min(map(len, o)), -len(o))) if good else None


def _required_op(op: Any, av: Any) -> frozenset[str] | None:
    c = _re_constants
    if op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
        return _required(list(av[-1] if op is c.SUBPATTERN else av))
    if op is c.BRANCH:
        alts = [_required(list(a)) for a in av[1]]
        if any(a is None for a in alts):
            return None
        union = frozenset(s for a in alts if a is not None for s in a)
        return union if len(union) <= _MAX_UNION else None
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(list(av[2]))
    return None


def _finite(op: Any, av: Any) -> frozenset[str] | None:
    """Every string the op can match, when they are few and the op is not zero-width."""
    c = _re_constants
    if op is c.LITERAL:
        return frozenset({chr(av)})
    if op is c.IN:
        members = list(av)
        if members and all(m[0] is c.LITERAL for m in members):
            return frozenset(chr(m[1]) for m in members)
        return None
    if op is c.SUBPATTERN:
        return _finite_seq(list(av[-1]))
    if op is c.BRANCH:
        alts = [_finite_seq(list(a)) for a in av[1]]
        if any(a is None for a in alts):
            return None
        union = frozenset(s for a in alts if a is not None for s in a)
        return union if len(union) <= _MAX_STRINGS else None
    if op is c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
        inner = _finite_seq(list(av[2]))
        return inner | {""} if inner is not None else None
    return None


def _finite_seq(seq: list[tuple[Any, Any]]) -> frozenset[str] | None:
    out: frozenset[str] = frozenset({""})
    for op, av in seq:
        fixed = _finite(op, av)
        if fixed is None or len(out) * len(fixed) > _MAX_STRINGS:
            return None
        out = frozenset(a + b for a in out for b in fixed)
    return out


def compile_each(patterns: list[str] | tuple[str, ...]) -> list[re.Pattern[str]]:
    """Each of ``patterns`` compiled on its own (for patterns with named groups)."""
    return [re.compile(rf"\b(?:{p})\b", re.IGNORECASE) for p in patterns]


class _Patterns(_Strict):
    patterns: list[str]

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, v: list[str]) -> list[str]:
        for p in v:
            try:
                re.compile(p)
            except re.error as e:
                raise ValueError(f"pattern {p!r} does not compile: {e}") from e
        return v

    @property
    def regex(self) -> re.Pattern[str]:
        return compile_any(self.patterns)


class AgreementKind(_Patterns):
    kind: str


class AgreementAction(_Patterns):
    action: Literal["signed", "ratified", "in-force", "extended", "expires"]
    not_before: str | None = None


class Agreements(_Strict):
    kinds: list[AgreementKind]
    generic: list[str]
    actions: list[AgreementAction]
    until: list[str]
    duration: list[str]
    place_prepositions: list[str]


class TransferStatus(_Patterns):
    status: Literal[
        "offered", "planned", "approved", "contracted", "ordered", "delivered", "deployed", "operated-by"
    ]


class Transfers(_Strict):
    statuses: list[TransferStatus]
    aggregate_system: str
    aggregate_patterns: list[str]
    since: list[str]
    operator_patterns: list[str]
    system_nouns: list[str] = []
    system_stopwords: list[str] = []


class Deployments(_Strict):
    personnel: list[str]
    verbs: list[str]
    role: list[str]


class SpeechVerb(_Strict):
    pattern: str
    hint: Stance


class Statements(_Strict):
    speech_verbs: list[SpeechVerb]
    stance_cues: dict[Stance, list[str]]


class Proposition(_Patterns):
    predicate: str


class Assessments(_Strict):
    propositions: list[Proposition]
    negative_cues: list[str]
    uncertain_cues: list[str]


class ModelLexicon(_Strict):
    agreements: Agreements
    transfers: Transfers
    deployments: Deployments
    statements: Statements
    assessments: Assessments


def load_lexicon(path: Path | None = None) -> ModelLexicon:
    """Load and validate a model lexicon (the shipped one when ``path`` is None)."""
    try:
        if path is None:
            raw = resources.files("geowire.data").joinpath("lang/en/model_lexicon.yaml").read_text(encoding="utf-8")
        else:
            raw = path.read_text(encoding="utf-8")
        data = load_yaml(raw)  # libyaml when available: ~6x faster, same data
    except (OSError, yaml.YAMLError) as e:
        raise KnowledgeBaseError(f"model lexicon {path or 'model_lexicon.yaml'} cannot be read: {e}") from e
    try:
        lexicon = ModelLexicon.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise KnowledgeBaseError(f"model lexicon: {where}: {first['msg']}") from e
    _check_all_compile(lexicon)
    return lexicon


def _check_all_compile(lex: ModelLexicon) -> None:
    groups = [
        lex.agreements.until,
        lex.agreements.duration,
        lex.transfers.aggregate_patterns,
        lex.transfers.since,
        lex.transfers.operator_patterns,
        lex.deployments.personnel,
        lex.deployments.verbs,
        lex.deployments.role,
        [v.pattern for v in lex.statements.speech_verbs],
        lex.assessments.negative_cues,
        lex.assessments.uncertain_cues,
        *lex.statements.stance_cues.values(),
    ]
    for group in groups:
        for pattern in group:
            try:
                re.compile(pattern)
            except re.error as e:
                raise KnowledgeBaseError(f"model lexicon: pattern {pattern!r} does not compile: {e}") from e


@lru_cache(maxsize=1)
def default_lexicon() -> ModelLexicon:
    """The shipped lexicon, loaded once per process (it is immutable)."""
    return load_lexicon()


_GATES: dict[tuple[int, str], tuple[ModelLexicon, re.Pattern[str] | None]] = {}


def cue_gate(lex: ModelLexicon, name: str) -> re.Pattern[str] | None:
    """One alternation of every cue pattern of rule family ``name`` ("statements", "agreements",
    "transfers"): when it finds nothing in a sentence, no single cue of the family can match
    there either, so the rule may skip its per-cue loops.  None when the patterns cannot be
    joined (e.g. the same group name twice); built once per lexicon."""
    key = (id(lex), name)
    cached = _GATES.get(key)
    if cached is None or cached[0] is not lex:  # the lexicon is kept, so its id is not reused
        try:
            gate: re.Pattern[str] | None = compile_any(tuple(_gate_patterns(lex, name)))
        except re.error:
            gate = None
        cached = _GATES[key] = (lex, gate)
    return cached[1]


def _gate_patterns(lex: ModelLexicon, name: str) -> list[str]:
    if name == "statements":
        return [v.pattern for v in lex.statements.speech_verbs]
    if name == "agreements":
        return [p for k in lex.agreements.kinds for p in k.patterns] + [
            p for a in lex.agreements.actions for p in a.patterns
        ]
    if name == "transfers":
        return [p for s in lex.transfers.statuses for p in s.patterns]
    raise ValueError(f"unknown cue family {name!r}")
