"""Language detection with lingua (its models ship in the wheel: no download at run time).

Build one :class:`LanguageDetector` per run: building is cheap but each language model loads
once, lazily, on first use.
"""

from __future__ import annotations

from lingua import Language, LanguageDetectorBuilder

# Languages told apart; low-accuracy mode (trigrams) is fast and reliable on article-length text.
CANDIDATES: tuple[Language, ...] = (
    Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE,
    Language.ITALIAN, Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN, Language.POLISH,
    Language.TURKISH, Language.ARABIC, Language.PERSIAN, Language.HEBREW, Language.CHINESE,
    Language.JAPANESE, Language.KOREAN, Language.HINDI, Language.INDONESIAN, Language.SWEDISH,
)  # fmt: skip
SAMPLE_CHARS = 1000  # the start of a document is enough to tell its language (cost is linear in it)
MIN_CONFIDENCE = 0.5  # below this (very short or mixed text) the language is undecided


class LanguageDetector:
    """Detects the ISO 639-1 code of a text (``None`` when undecidable, e.g. too short)."""

    def __init__(self, candidates: tuple[Language, ...] = CANDIDATES) -> None:
        self._detector = LanguageDetectorBuilder.from_languages(*candidates).with_low_accuracy_mode().build()

    def detect(self, text: str) -> str | None:
        values = self._detector.compute_language_confidence_values(text[:SAMPLE_CHARS])
        if not values or values[0].value < MIN_CONFIDENCE:
            return None
        return values[0].language.iso_code_639_1.name.lower()
