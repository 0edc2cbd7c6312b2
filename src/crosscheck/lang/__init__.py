"""Per-language data: one TOML file per language, read by one generic engine."""

from ._data import LanguageData, available_languages, concept_kinds, get_language

__all__ = ["LanguageData", "available_languages", "concept_kinds", "get_language"]
