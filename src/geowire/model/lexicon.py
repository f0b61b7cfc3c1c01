"""The model lexicon (``data/model_lexicon.yaml``): validated cue patterns for claim extraction.

Every pattern is compiled once at load (case-insensitive, wrapped in word boundaries); a pattern
that does not compile, or an unknown key, raises :class:`~geowire.errors.KnowledgeBaseError`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

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
    status: Literal["offered", "ordered", "delivered", "deployed", "operated-by"]


class Transfers(_Strict):
    statuses: list[TransferStatus]
    aggregate_system: str
    aggregate_patterns: list[str]
    since: list[str]
    operator_patterns: list[str]


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
            raw = resources.files("geowire.data").joinpath("model_lexicon.yaml").read_text(encoding="utf-8")
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
