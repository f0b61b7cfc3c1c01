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
from typing import Any, Literal, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from geowire.errors import KnowledgeBaseError
from geowire.yamlio import load_yaml

T = TypeVar("T")


class LanguagePackError(KnowledgeBaseError):
    """A language pack is missing, unreadable or fails its schema."""


class Section(BaseModel):
    """A validated, frozen part of a pack; unknown keys are errors (a typo is never ignored)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


DateKind = Literal[
    "iso", "day-mon-year", "mon-day-year", "mon-day", "day-mon", "mon-year", "mon", "year", "rel-unit",
    "ago", "weekday", "deixis", "season", "quarter", "period-end", "later",
]  # fmt: skip
TimeUnit = Literal["day", "week", "month", "year", "decade"]
DateRelation = Literal["since", "until", "before", "after"]


class DatePattern(Section):
    """One date pattern of nlp/dates.py: a regex whose ``{NAME}`` fields are filled from the pack
    (``{MONTH}``, ``{WEEKDAY}``, ``{ORDINAL}``, ``{COUNT}``, ``{DEIXIS}``, or a ``words`` list), and
    the anchor a match must hold: ``DIGITS`` or a ``{NAME}``, the match starting at it or at most
    ``back`` words before it (the extractor tries the pattern only there)."""

    kind: DateKind
    pattern: str
    anchor: str
    back: int = Field(default=0, ge=0, le=2)
    at_anchor: bool = True  # whether a match may start at the anchor itself (else only before it)
    anchor_any_case: bool = False  # the pattern reads the anchor's words in any case ((?i))


class DatelineShape(Section):
    """The head of a paragraph that opens with a dateline ("ANKARA, Monday 4 March 2024 (Agency) —")."""

    place: str = r"(?!)"  # a place name (capitalised words and their particles)
    weekday: str = r"(?!)"  # a weekday before the date, with its comma and blank
    time: str = ""  # an optional time after the date


class FallbackDates(Section):
    """The model's fallback parser (a sentence the date stage found no date in): ``day`` (groups
    day, mon, year?), ``month`` (mon, year?), ``year`` (year, and ``since`` when the relation is
    since) patterns; ``year_cue`` and ``previous_year`` the event coder's year safety net."""

    day: str = r"(?!)"
    month: str = r"(?!)"
    year: str = r"(?!)"
    year_cue: str = r"(?!)"
    previous_year: str = r"(?!)"


class TenseWords(Section):
    """How a date's clause reads a date without its year (nlp/dates.py ``clause_readings``): the
    auxiliaries that make a clause future, unrealised or perfect (spaCy lemmas or forms), the
    infinitive marks, and the words of schedule a date may hang on ("due in March")."""

    future: list[str] = []  # "will", "shall": the clause is ahead of the publication
    modal: list[str] = []  # "would", "could": ahead, unless perfect ("would have")
    perfect: list[str] = []  # "have": a perfect is told of the past
    infinitive: list[str] = []  # "to": an infinitive takes its governor's time
    schedule: list[str] = []  # "due", "scheduled": a date on one is ahead unless its clause is past


class DateWords(Section):
    """Months, weekdays, relative date words and the date patterns (nlp/dates.py, the fallbacks of
    the coder and the model, ingest/metadata.py, nlp/quantities.py's day-of-month test)."""

    months: dict[str, int] = {}  # every written form, as written (case counts) → 1..12
    weekdays: dict[str, int] = {}  # form → 0 (Monday) .. 6
    ordinal_suffixes: list[str] = []  # "31st"
    relations: dict[str, DateRelation] = {}  # a word before a date that is not "on" it ("since")
    steps: dict[str, int] = {}  # "last" -1, "this" 0, "next" 1 (months, weekdays, "last year")
    deixis: dict[str, int] = {}  # "yesterday" -1
    units: dict[str, TimeUnit] = {}  # "years" → year ("four years ago")
    words: dict[str, list[str]] = {}  # more word lists the patterns name ({REL})
    patterns: list[DatePattern] = []  # tried in order; an earlier match wins an overlap
    written: list[str] = []  # full written dates of metadata and datelines (groups day, mon, year)
    day_of_month: list[str] = []  # what makes a number the day of a date: [before it, after it]
    dateline: DatelineShape = DatelineShape()
    fallback: FallbackDates = FallbackDates()
    seasons: dict[str, int] = {}  # a season's word → its first month ("spring" 3); year precision
    quarters: dict[str, int] = {}  # a quarter's ordinal → 1..4 ("second" 2); year precision
    tense: TenseWords = TenseWords()

    @model_validator(mode="after")
    def _months_in_range(self) -> DateWords:
        if any(not 1 <= m <= 12 for m in self.months.values()):
            raise ValueError("months: a month number is not 1..12")
        if any(not 0 <= d <= 6 for d in self.weekdays.values()):
            raise ValueError("weekdays: a weekday number is not 0..6")
        if any(not 1 <= m <= 12 for m in self.seasons.values()):
            raise ValueError("seasons: a season's first month is not 1..12")
        if any(not 1 <= q <= 4 for q in self.quarters.values()):
            raise ValueError("quarters: a quarter is not 1..4")
        if self.day_of_month and len(self.day_of_month) != 2:
            raise ValueError("day_of_month: give the pattern before the number and the one after it")
        return self


class NumberWords(Section):
    """Number words, scales, currencies, units and qualifiers (nlp/quantities.py; dates' counts;
    nlp/numbers.py reads figures in words with the ``spelled`` … ``references`` fields)."""

    cardinals: dict[str, int] = {}  # number words of dates' counts ("four years ago")
    # figures in words: words that add up ("forty", "eight"; "doscientos"), words that multiply the
    # count before them ("hundred", "dozen"), words that count one of a multiplier and nothing on
    # their own ("a dozen"), parts of one ("half a dozen")
    spelled: dict[str, int] = {}
    multipliers: dict[str, float] = {}
    articles: list[str] = []
    fractions: dict[str, float] = {}
    joiners: list[str] = []  # between two spelled words ("forty-eight": "-"; "cuarenta y ocho": "y")
    conjunctions: list[str] = []  # after a multiplier ("one hundred and twenty")
    # vague figures: a plural counts at least two of its unit ("dozens" = 24; "tens of thousands"
    # with a link word), a multiple some of the multiplier after it ("several dozen"); both get the
    # qualifier ``vague_qualifier``
    vague_plurals: dict[str, float] = {}
    vague_multiples: dict[str, float] = {}
    vague_links: list[str] = []
    vague_qualifier: str = "about"
    references: list[str] = []  # a lone spelled count after these names, not counts ("the two sides")
    thousands_separator: str = ","
    decimal_mark: str = "."
    scales: dict[str, float] = {}  # "million" → 1e6
    percent: list[str] = []  # words for "%"
    currencies: dict[str, str] = {}  # a currency word → ISO code
    # (cx24) the issuer named between a figure and its currency word, with the currency it makes:
    # "1.3 billion US dollars" → USD, "40 million Australian dollars" → AUD
    currency_issuers: dict[str, str] = {}
    units: dict[str, str] = {}  # a measurement unit word → its symbol
    linkers: list[str] = []  # a word between a figure and its unit ("millones de euros")
    qualifiers: dict[str, str] = {}  # "more than" → more-than
    time_suffixes: list[str] = []  # "a.m.": the number is a time

    @model_validator(mode="after")
    def _words_are_one_kind(self) -> NumberWords:
        kinds = [self.articles, self.fractions, self.vague_plurals, self.vague_multiples, self.multipliers]
        seen: set[str] = set()
        for words in kinds:
            both = seen & set(words)
            if both:
                raise ValueError(f"number word {sorted(both)[0]!r} is of two kinds")
            seen |= set(words)
        both = seen & set(self.spelled) - set(self.multipliers)
        if both:  # a multiplier may also be spelled ("mil": "mil soldados", "dos mil")
            raise ValueError(f"number word {sorted(both)[0]!r} is of two kinds")
        if any(v <= 0 for v in [*self.spelled.values(), *self.multipliers.values()]):
            raise ValueError("spelled and multipliers: a value is not positive")
        return self


class TextWords(Section):
    """Credit lines, datelines and language-detection function words (nlp/blocks.py, ingest/).

    Every field may be left out (a starter pack): an empty word list never matches, and the default
    ``dateline_line`` matches nothing."""

    # agencies and picture libraries of photo credits ("… via Getty Images", "(Reuters)")
    credit_agencies: tuple[str, ...] = ()
    # words that open a credit line before a colon or a ``credit_by`` word ("Photo: …"; a plural
    # "s" may follow each)
    credit_labels: tuple[str, ...] = ()
    credit_by: tuple[str, ...] = ()  # "Photo by …"
    credit_via: tuple[str, ...] = ()  # "… via Getty Images"
    bylines: tuple[str, ...] = ()  # a line opening with one of these and a capital is a credit
    # a line that is nothing but a dateline ("Mar 2, 2026 - 10:15"): a regular expression
    dateline_line: str = "(?!)"
    # very common words of this language that are rare in the others lingua tells apart (lower case)
    function_words: tuple[str, ...] = ()


class AnaphorWords(Section):
    """Anaphors ("its", "the bloc") and the kinds of actor they may stand for (actors/coref.py)."""

    kinds: tuple[Literal["country", "igo", "group", "person"], ...]
    words: tuple[str, ...]


class ActorWords(Section):
    """Titles, name followers, prepositions and anaphors of the actor rules (actors/)."""

    articles: tuple[str, ...] = ()  # "the": left out of a name's key; "the president of France"
    possessives: tuple[str, ...] = ()  # a possessive token after a name: "'s", "’"
    possessive_endings: tuple[str, ...] = ()  # a possessive written onto a name: "Putin’s"
    plural_ending: str = ""  # "s": a plural sector word ("soldiers") is its singular's phrase
    title_words: tuple[str, ...] = ()  # words of a title before a name ("Prime Minister")
    org_title_words: tuple[str, ...] = ()  # an organisation's official: "U.N. mediator X"
    post_words: tuple[str, ...] = ()  # posts at an organisation or abroad: "ambassador"
    honorifics: tuple[str, ...] = ()  # words a person entity may add to a known name: "Mr"
    person_modifiers: tuple[str, ...] = ()  # between "supporters of" and a person: "former"
    follower_words: tuple[str, ...] = ()  # "supporters of <person>"
    ethnic_words: tuple[str, ...] = ()  # "ethnic Turks"
    former_title_words: tuple[str, ...] = ()  # a role title that is no current office: "acting"
    not_here_determiners: tuple[str, ...] = ()  # "these soldiers", "no troops": nobody placed
    foreign_modifiers: tuple[str, ...] = ()  # "foreign troops": not the place's own
    genitive_prepositions: tuple[str, ...] = ()  # "of": "the president of France"
    origin_prepositions: tuple[str, ...] = ()  # "from": "soldiers from Chad"
    location_prepositions: tuple[str, ...] = ()  # "in": "rebels in Chad", "Turks in Sweden"
    posted_prepositions: tuple[str, ...] = ()  # "the French envoy to the UN"
    place_prepositions: tuple[str, ...] = ()  # "police in Dhaka": where an agent acts
    office_spellings: dict[str, str] = {}  # one spelling of an office word: defense → defence
    anaphors: tuple[AnaphorWords, ...] = ()


class CodingWords(Section):
    """Surface words the event coder uses beside its lexicon, roles and modality files (coding/):
    the cue words of the learned stage's features and the coder's own lexical tests."""

    hedges: frozenset[str] = frozenset()  # lemmas of a sentence that hedge its events: "hedge=could"
    time_cues: frozenset[str] = frozenset()  # lemmas that place an event in time: "time=yesterday"
    articles: frozenset[str] = frozenset()  # "the bloc": a definite description may be an anaphor
    complement_preps: frozenset[str] = frozenset()  # "described it as a violation": the judgement
    mediation_stems: tuple[str, ...] = ()  # "mediated between X and Y": lemma prefixes of mediation
    question_marks: tuple[str, ...] = ()  # a sentence ending with one is a question: "question"
    quote_marks: tuple[str, ...] = ()  # a sentence holding one quotes someone: "quote"


class ModelWords(Section):
    """Surface words of the model's claim rules beside model_lexicon.yaml (model/)."""


class OccurrenceWords(Section):
    """Stop words of the occurrence signature, and the words of location texts (model/occurrences.py)."""

    stop_words: tuple[str, ...] = ()  # left out of a sentence's content words (lower case)
    place_kinds: tuple[str, ...] = ()  # name a kind of place: "the Kharkiv region" is Kharkiv
    place_separators: tuple[str, ...] = ()  # split a location text: "Ukraine in Kharkiv"


class PlaceWords(Section):
    """Place cue words (geo/): the words around a name that say it is a place, and what kind."""

    prepositions: frozenset[str] = frozenset()  # introduce a place beside the roles' location_preps
    articles: frozenset[str] = frozenset()  # skipped before a name ("in the Donbas")
    directions: frozenset[str] = frozenset()  # skipped before a name ("in northern Iraq")
    city_nouns: frozenset[str] = frozenset()  # "the city of X"
    links: frozenset[str] = frozenset()  # between such a noun and the name ("of")
    region_words: frozenset[str] = frozenset()  # "Kharkiv region": an admin1 region is meant
    city_suffixes: frozenset[str] = frozenset()  # dropped when the longer name is unknown ("Gaza City")
    name_articles: frozenset[str] = frozenset()  # of transliterated names, tried without ("Al-Fashir")
    feature_words: frozenset[str] = frozenset()  # "Dnipro river", "Gulf of Aden": a feature, not a town
    # "officials in Kyiv said": where the sources are, not where the event happened (a source noun
    # before the location word, a reporting verb right after the name)
    source_nouns: frozenset[str] = frozenset()
    report_verbs: frozenset[str] = frozenset()
    topic_nouns: frozenset[str] = frozenset()  # "the crisis in X": X is the topic, not the event's place


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
    spacy_fallback: str | None = None  # loaded when spacy_model is not installed
    spacy_install: str | None = None  # how to install spacy_model (the error's hint)


@dataclass(frozen=True, eq=False)
class LanguagePack:
    """One language's words, validated; built once per process and passed to every stage."""

    code: str
    name: str
    spacy_model: str | None
    surface: Surface
    folder: Traversable = field(repr=False)
    spacy_fallback: str | None = None
    spacy_install: str | None = None
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


def default_language() -> LanguagePack:
    """The language pack of the default settings, for callers that hold none (the model build and
    the exports run outside the Analyzer; a caller with settings passes
    ``load_language(settings.language)``)."""
    from geowire.settings import Settings

    return load_language(Settings.model_validate({}).language)


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
        code=code,
        name=meta.name,
        spacy_model=meta.spacy_model,
        surface=surface,
        folder=folder,
        spacy_fallback=meta.spacy_fallback,
        spacy_install=meta.spacy_install,
    )
