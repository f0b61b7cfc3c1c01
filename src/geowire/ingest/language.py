"""Language detection with lingua (its models ship in the wheel: no download at run time).

The decision is on the whole text, not its start: quoted spans are set aside (a French quote in
an English article does not make it French), and a long text is read in windows spread across it
(lingua's cost is linear in what it reads); its pieces vote by length with lingua's confidence
values, and the winner needs a threshold share or the language is undecided (``None``: the
document is kept).  Very short items (a one-line brief, mostly names) fool character models, so
for them the language pack's own language (English for ``en``) is decided by its very common
function words (``surface.yaml`` ``text.function_words``) or, failing them, by lingua's
high-accuracy confidence in it above a floor (whichever language leads); only then may another
language win on that model's confidence.  The function words also overrule lingua when a longer
text in the pack's language is so full of names that it reads as, say, Indonesian.  (The
thresholds were measured with English.)

Build one :class:`LanguageDetector` per run: building is cheap but each language model loads
once, lazily, on first use.
"""

from __future__ import annotations

import re
from itertools import islice

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
from lingua import LanguageDetector as LinguaDetector

from geowire.lang import LanguagePack

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
OWN_FLOOR = 0.1  # a short item is in the pack's language when lingua's high-accuracy confidence in it
# reaches this, whatever leads: English headlines of names measure 0.11-0.75, French, German, Dutch,
# Spanish, Italian, Polish and Indonesian one-liners 0.08 or less
MARKER_SHARE = 0.2  # with this share of the pack's function words among its common words a text is in
# the pack's language (English prose measures 0.23-0.35, French, German, Spanish, Dutch and
# Indonesian prose under 0.1)
MIN_WORDS = 4  # fewer words than this: undecided
SEGMENT_CHARS = 200  # a long text votes by pieces of about this many characters (sentences joined)
MIN_UNQUOTED_WORDS = 8  # quotes are set aside only when this many words remain outside them

_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|„[^“”]*[“”]|\"[^\"\n]*\"|‘[^’\n]{20,}’")
_SENTENCE_END = re.compile(r"(?<=[.!?:;…])\s+|\n+")
# A word: a run of letters, or one Chinese or Japanese character (those scripts leave out spaces).
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]|[^\W\d_]+(?:['’][^\W\d_]+)?")


class LanguageDetector:
    """Detects the ISO 639-1 code of a text (``None`` when undecidable, e.g. too short); the pack's
    function words decide short items and overrule lingua for its own language."""

    def __init__(self, lang: LanguagePack, *, candidates: tuple[Language, ...] = CANDIDATES) -> None:
        self._fast = LanguageDetectorBuilder.from_languages(*candidates).with_low_accuracy_mode().build()
        self._accurate = LanguageDetectorBuilder.from_languages(*candidates).build()
        self.code = lang.code
        self.own = lingua_language(lang.code)
        self.markers = function_words(lang)

    def detect(self, text: str) -> str | None:
        body = unquoted(text)
        sample = sample_text(body)
        words = _WORD.findall(sample)
        if len(words) < MIN_WORDS:
            return None
        if len(words) < SHORT_WORDS:
            return self._detect_short(sample, words)
        code = _vote(self._fast, sample)
        if code != self.code and marker_share(words, self.markers) >= MARKER_SHARE:
            return self.code  # prose heavy with names lingua reads as another language
        return code

    def _detect_short(self, sample: str, words: list[str]) -> str | None:
        if marker_share(words, self.markers) >= MARKER_SHARE:
            return self.code
        values = self._accurate.compute_language_confidence_values(sample)
        own = next((value.value for value in values if value.language == self.own), 0.0)
        if own >= OWN_FLOOR:
            return self.code
        if not values or values[0].value < MIN_CONFIDENCE:
            return None
        code: str = values[0].language.iso_code_639_1.name.lower()
        return code


def lingua_language(code: str) -> Language | None:
    """lingua's language for the ISO 639-1 ``code`` (None when lingua has none)."""
    try:
        return Language.from_iso_code_639_1(IsoCode639_1.from_str(code))
    except ValueError:
        return None


def function_words(lang: LanguagePack) -> frozenset[str]:
    """The pack's very common function words (``text.function_words``), lower case, as a set."""
    return lang.compiled("ingest.function_words", lambda p: frozenset(p.surface.text.function_words))


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


def marker_share(words: list[str], markers: frozenset[str]) -> float:
    """The share of ``markers`` (very common words of one language) among the common words of
    ``words``: the lower-case ones and the markers (names, which say little about the language of
    a short brief, are left out)."""
    found = sum(word.lower() in markers for word in words)
    common = found + sum(word.islower() and word not in markers for word in words)
    return found / common if common else 0.0


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
