"""A language pack: every word list and pattern of one language, read once from
``data/lang/CODE/`` and validated, then handed by the :class:`~geowire.pipeline.Analyzer` to every
stage (docs/languages.md says how to add one).

- ``pack.yaml`` names the pack and its spaCy model;
- ``surface.yaml`` holds the surface words, one section per stage (:class:`Surface`);
- the stage knowledge files beside it (``event_lexicon.yaml``, ``roles.yaml``, ``modality.yaml``,
  ``model_lexicon.yaml``) are read with :meth:`LanguagePack.yaml` and validated by the stage that
  owns their schema; what a stage compiles from the pack (regexes, lookup tables) it keeps with
  :meth:`LanguagePack.compiled`, once per pack.

A pack that lacks a stage's file (a starter pack) raises :class:`LanguagePackError` when that stage
asks for it, with the file's name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from typing import Any, TypeVar, cast

from pydantic import BaseModel, ConfigDict, ValidationError

from geowire.errors import KnowledgeBaseError
from geowire.yamlio import load_yaml

T = TypeVar("T")


class LanguagePackError(KnowledgeBaseError):
    """A language pack is missing, unreadable or fails its schema."""


class Section(BaseModel):
    """A validated, frozen part of a pack; unknown keys are errors (a typo is never ignored)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class DateWords(Section):
    """Months, weekdays and relative date words (nlp/dates.py, ingest/metadata.py)."""


class NumberWords(Section):
    """Number words, currencies and units (nlp/quantities.py and the model's counts)."""


class TextWords(Section):
    """Credit lines, datelines and language-detection function words (nlp/blocks.py, ingest/)."""


class ActorWords(Section):
    """Titles, name followers and pronouns (actors/)."""


class CodingWords(Section):
    """Surface words the event coder uses beside its lexicon, roles and modality files (coding/)."""


class ModelWords(Section):
    """Surface words of the model's claim rules beside model_lexicon.yaml (model/)."""


class OccurrenceWords(Section):
    """Stop words of the occurrence signature, and the words of location texts (model/occurrences.py)."""

    stop_words: tuple[str, ...] = ()  # left out of a sentence's content words (lower case)
    place_kinds: tuple[str, ...] = ()  # name a kind of place: "the Kharkiv region" is Kharkiv
    place_separators: tuple[str, ...] = ()  # split a location text: "Ukraine in Kharkiv"


class PlaceWords(Section):
    """Place cue words (geo/)."""


class Surface(Section):
    """``surface.yaml``: one section per stage."""

    dates: DateWords = DateWords()
    numbers: NumberWords = NumberWords()
    text: TextWords = TextWords()
    actors: ActorWords = ActorWords()
    coding: CodingWords = CodingWords()
    model: ModelWords = ModelWords()
    occurrences: OccurrenceWords = OccurrenceWords()
    places: PlaceWords = PlaceWords()


class PackMeta(Section):
    """``pack.yaml``."""

    code: str
    name: str
    spacy_model: str | None = None


@dataclass(frozen=True, eq=False)
class LanguagePack:
    """One language's words, validated; built once per process and passed to every stage."""

    code: str
    name: str
    spacy_model: str | None
    surface: Surface
    folder: Traversable = field(repr=False)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    def has(self, name: str) -> bool:
        """Whether the pack ships the file ``name`` (e.g. ``"roles.yaml"``)."""
        return self.folder.joinpath(name).is_file()

    def text(self, name: str) -> str:
        """The text of the pack file ``name``."""
        try:
            return self.folder.joinpath(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise LanguagePackError(f"language pack {self.code!r} has no readable {name}: {e}") from e

    def yaml(self, name: str) -> Any:
        """The parsed YAML of the pack file ``name`` (read once per pack)."""
        return self.compiled(f"yaml:{name}", lambda _: _parse(self, name))

    def compiled(self, key: str, build: Callable[[LanguagePack], T]) -> T:
        """``build(self)``, computed once per pack and ``key``: where a stage keeps what it compiles
        from the pack (regexes, lookup sets, validated schemas)."""
        if key not in self._memo:
            self._memo[key] = build(self)
        return cast(T, self._memo[key])


def _parse(pack: LanguagePack, name: str) -> Any:
    try:
        return load_yaml(pack.text(name))
    except LanguagePackError:
        raise
    except Exception as e:  # yaml.YAMLError and its kin: one line, with the file
        raise LanguagePackError(f"language pack {pack.code!r}: {name} is not valid YAML: {e}") from e


def validated(model: type[BaseModel], data: Any, where: str) -> Any:
    """``model`` validated from ``data``; a failure is one :class:`LanguagePackError` line naming
    ``where`` and the first wrong field."""
    try:
        return model.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise LanguagePackError(f"{where}: {loc}: {first['msg']}") from e


def _folder(code: str) -> Traversable:
    return resources.files("geowire.data").joinpath("lang").joinpath(code)


@lru_cache(maxsize=8)
def load_language(code: str = "en") -> LanguagePack:
    """The language pack ``code`` (``Settings.language``), read and validated once per process."""
    folder = _folder(code)
    if not folder.joinpath("pack.yaml").is_file():
        raise LanguagePackError(f"no language pack {code!r} (looked for data/lang/{code}/pack.yaml)")
    meta_pack = LanguagePack(code=code, name=code, spacy_model=None, surface=Surface(), folder=folder)
    meta = validated(PackMeta, meta_pack.yaml("pack.yaml"), f"data/lang/{code}/pack.yaml")
    if meta.code != code:
        raise LanguagePackError(f"data/lang/{code}/pack.yaml says code {meta.code!r}")
    raw_surface = meta_pack.yaml("surface.yaml") if meta_pack.has("surface.yaml") else {}
    surface = validated(Surface, raw_surface or {}, f"data/lang/{code}/surface.yaml")
    return LanguagePack(
        code=code, name=meta.name, spacy_model=meta.spacy_model, surface=surface, folder=folder
    )
