"""Language packs (``data/lang/CODE/``): the words of one language, validated and loaded once."""

from geowire.lang.pack import LanguagePack, LanguagePackError, load_language

__all__ = ["LanguagePack", "LanguagePackError", "load_language"]
