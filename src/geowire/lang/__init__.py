"""Language packs (``data/lang/CODE/``): the words of one language, validated and loaded once."""

from geowire.lang.pack import LanguagePack, LanguagePackError, default_language, load_language

__all__ = ["LanguagePack", "LanguagePackError", "default_language", "load_language"]
