"""Language detection with lingua (its models ship in the wheel: no download at run time).

The decision is on the whole text, not its start: quoted spans are set aside (a French quote in
an English article does not make it French), and a long text is read in windows spread across it
(lingua's cost is linear in what it reads); its pieces vote by length with lingua's confidence
values, and the winner needs a threshold share or the language is undecided (``None``: the
document is kept).  Very short items (a one-line brief, mostly names) fool character models, so
for them English is decided by its very common function words or, failing them, by lingua's
high-accuracy English confidence above a floor (whichever language leads); only then may another
language win on that model's confidence.  The function words also overrule lingua when a longer
English text is so full of names that it reads as, say, Indonesian.

Build one :class:`LanguageDetector` per run: building is cheap but each language model loads
once, lazily, on first use.
"""

from __future__ import annotations

import re
from itertools import islice

from lingua import Language, LanguageDetectorBuilder
from lingua import LanguageDetector as LinguaDetector

# Languages told apart; low-accuracy mode (trigrams) is fast and reliable on article-length text.
CANDIDATES: tuple[Language, ...] = (
    Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE,
    Language.ITALIAN, Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN, Language.POLISH,
    Language.TURKISH, Language.ARABIC, Language.PERSIAN, Language.HEBREW, Language.CHINESE,
    Language.JAPANESE, Language.KOREAN, Language.HINDI, Language.INDONESIAN, Language.SWEDISH,
)  # fmt: skip
SAMPLE_CHARS = 1200  # at most this much text is read, in SAMPLE_WINDOWS windows spread across it
SAMPLE_WINDOWS = 4
MIN_CONFIDENCE = 0.5  # below this (mixed text) the language is undecided
SHORT_WORDS = 25  # fewer words than this: a very short item, decided as below
ENGLISH_FLOOR = 0.1  # a short item is English when lingua's high-accuracy English confidence reaches
# this, whatever leads: English headlines of names measure 0.11-0.75, French, German, Dutch,
# Spanish, Italian, Polish and Indonesian one-liners 0.08 or less
ENGLISH_SHARE = 0.2  # with this share of ENGLISH_MARKERS among its common words a text is English
# (English prose measures 0.23-0.35, French, German, Spanish, Dutch and Indonesian prose under 0.1)
MIN_WORDS = 4  # fewer words than this: undecided
SEGMENT_CHARS = 200  # a long text votes by pieces of about this many characters (sentences joined)
MIN_UNQUOTED_WORDS = 8  # quotes are set aside only when this many words remain outside them

# Very common English words that are not common words of the other Latin-script candidates
# ("in", "a", "of", "is", "was", "on", "met", "over", "as" are left out: Dutch, German, French,
# Italian or Portuguese use them too), with the weekday names news briefs carry.
ENGLISH_MARKERS = frozenset(
    "the and to with from by for at be been being has have will would said says not but that "
    "this these those which who whom whose they their them its his her she it we our after before "
    "into about than while were are yesterday today tomorrow talks "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)

_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|„[^“”]*[“”]|\"[^\"\n]*\"|‘[^’\n]{20,}’")
_SENTENCE_END = re.compile(r"(?<=[.!?:;…])\s+|\n+")
# A word: a run of letters, or one Chinese or Japanese character (those scripts leave out spaces).
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]|[^\W\d_]+(?:['’][^\W\d_]+)?")


class LanguageDetector:
    """Detects the ISO 639-1 code of a text (``None`` when undecidable, e.g. too short)."""

    def __init__(self, candidates: tuple[Language, ...] = CANDIDATES) -> None:
        self._fast = LanguageDetectorBuilder.from_languages(*candidates).with_low_accuracy_mode().build()
        self._accurate = LanguageDetectorBuilder.from_languages(*candidates).build()

    def detect(self, text: str) -> str | None:
        body = unquoted(text)
        sample = sample_text(body)
        words = _WORD.findall(sample)
        if len(words) < MIN_WORDS:
            return None
        if len(words) < SHORT_WORDS:
            return self._detect_short(sample, words)
        code = _vote(self._fast, sample)
        if code != "en" and english_share(words) >= ENGLISH_SHARE:
            return "en"  # English prose heavy with names lingua reads as another language
        return code

    def _detect_short(self, sample: str, words: list[str]) -> str | None:
        if english_share(words) >= ENGLISH_SHARE:
            return "en"
        values = self._accurate.compute_language_confidence_values(sample)
        english = next((value.value for value in values if value.language == Language.ENGLISH), 0.0)
        if english >= ENGLISH_FLOOR:
            return "en"
        if not values or values[0].value < MIN_CONFIDENCE:
            return None
        code: str = values[0].language.iso_code_639_1.name.lower()
        return code


def _vote(detector: LinguaDetector, text: str) -> str | None:
    """The language of most of ``text``: each of its segments (:func:`segments`) votes with its
    length times lingua's confidence values; the winner needs :data:`MIN_CONFIDENCE` of the votes.
    (lingua's confidence over a mixed text is not a majority: a few hundred characters of French
    outweigh thousands of English.)"""
    votes: dict[Language, float] = {}
    for segment in segments(text):
        for value in detector.compute_language_confidence_values(segment):
            votes[value.language] = votes.get(value.language, 0.0) + len(segment) * value.value
    total = sum(votes.values())
    if not total:
        return None
    best = max(votes, key=lambda language: votes[language])
    code: str = best.iso_code_639_1.name.lower()
    return code if votes[best] / total >= MIN_CONFIDENCE else None


def segments(text: str, *, min_chars: int = SEGMENT_CHARS) -> list[str]:
    """``text`` cut at sentence ends and line breaks into pieces of at least ``min_chars`` (the
    last may be shorter): long enough for lingua, short enough that a quote is its own vote."""
    pieces: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(text):
        current = f"{current} {sentence}" if current else sentence
        if len(current) >= min_chars:
            pieces.append(current)
            current = ""
    if current.strip():
        pieces.append(current)
    return pieces


def english_share(words: list[str]) -> float:
    """The share of very common English words (:data:`ENGLISH_MARKERS`) among the common words of
    ``words``: the lower-case ones and the markers (names, which say little about the language of
    a short brief, are left out)."""
    markers = sum(word.lower() in ENGLISH_MARKERS for word in words)
    common = markers + sum(word.islower() and word not in ENGLISH_MARKERS for word in words)
    return markers / common if common else 0.0


def unquoted(text: str) -> str:
    """``text`` without its quoted spans, when enough words remain outside them (a quote may be in
    another language than the article quoting it); else ``text``."""
    rest = _QUOTED.sub(" ", text)
    enough = len(list(islice(_WORD.finditer(rest), MIN_UNQUOTED_WORDS))) == MIN_UNQUOTED_WORDS
    return rest if enough else text


def sample_text(text: str, *, chars: int = SAMPLE_CHARS, windows: int = SAMPLE_WINDOWS) -> str:
    """``text`` when it is at most ``chars`` long, else ``windows`` pieces of it spread evenly from
    start to end (cut at spaces), ``chars`` in all."""
    if len(text) <= chars:
        return text
    size = chars // windows
    step = (len(text) - size) / (windows - 1)
    pieces = []
    for i in range(windows):
        start = int(i * step)
        piece = text[start : start + size]
        if start:
            piece = piece.partition(" ")[2]
        if start + size < len(text):
            piece = piece.rpartition(" ")[0] or piece
        pieces.append(piece)
    return "\n".join(pieces)
