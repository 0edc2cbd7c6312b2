"""Per-language data: one TOML file per language, read by one generic engine."""

from ._data import (
    Concept,
    LanguageData,
    available_languages,
    concept,
    concept_kinds,
    crowd_event,
    crowd_unit,
    get_language,
    head_event_unit,
    participation_unit,
    rainfall_unit,
)

__all__ = [
    "Concept",
    "LanguageData",
    "available_languages",
    "concept",
    "concept_kinds",
    "crowd_event",
    "crowd_unit",
    "get_language",
    "head_event_unit",
    "participation_unit",
    "rainfall_unit",
]
