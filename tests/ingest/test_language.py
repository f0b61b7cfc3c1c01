"""Language detection with lingua."""

from geowire.ingest.language import LanguageDetector

from .conftest import DISPATCH_A, FRENCH


def test_language_detects_english_french_and_spanish() -> None:
    detector = LanguageDetector()
    assert detector.detect(DISPATCH_A) == "en"
    assert detector.detect(FRENCH) == "fr"
    assert detector.detect("El gobierno anunció el martes nuevas medidas para apoyar la economía.") == "es"


def test_language_too_short_to_tell_is_undecided() -> None:
    assert LanguageDetector().detect("ok but short") is None
