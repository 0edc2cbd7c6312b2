"""Nouns of two counts the language data missed (session 33, h112).

- Localities are `municipalities` ("112 localities", "112 località", "40 населённых
  пунктах", "140 населених пунктах", "25 bourgs et localités").
- Layoffs are `jobs` ("1,450 job cuts", "1.450 despidos", "1.450 licenziamenti",
  "1450 وظيفة"): the posts cut, as "1,450 jobs" are.

The phrases are our own.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _units(text: str, language: str) -> list[str | None]:
    return [q.unit for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "Water is rationed in 57 localities of the county.", "municipalities"),
        ("fr", "L'eau est rationnée dans 57 localités du département.", "municipalities"),
        ("it", "L'acqua è razionata in 57 località della provincia.", "municipalities"),
        ("ru", "Воду подают по графику в 57 населённых пунктах области.", "municipalities"),
        ("uk", "Воду подають за графіком у 57 населених пунктах області.", "municipalities"),
        ("en", "The carmaker confirmed 900 job cuts at the plant.", "jobs"),
        ("es", "La empresa confirmó 900 despidos en la fábrica.", "jobs"),
        ("it", "L'azienda ha confermato 900 licenziamenti nello stabilimento.", "jobs"),
        ("fr", "Le constructeur a confirmé 900 licenciements dans l'usine.", "jobs"),
        ("pt", "A empresa confirmou 900 despedimentos na fábrica.", "jobs"),
        ("ar", "أعلنت الشركة إلغاء 900 وظيفة في المصنع.", "jobs"),
    ],
)
def test_the_noun_names_its_count(language: str, text: str, unit: str) -> None:
    assert _units(text, language) == [unit]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "The plant employs 6,200 workers.", "workers"),
        ("es", "La fábrica emplea a 6.200 trabajadores.", "workers"),
        ("fr", "Trois villages et 12 communes sont privés d'eau.", "municipalities"),
    ],
)
def test_other_nouns_keep_their_unit(language: str, text: str, unit: str) -> None:
    assert _units(text, language)[-1] == unit
