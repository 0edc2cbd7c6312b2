"""A state's defence minister has the key of that state's defence ministry.

``[attribution.sources]`` lists a minister under the ministry's key ("ministro de
Defensa" -> defence_ministry); the British ministry's key (uk_mod) holds the British
minister too, in the inflected forms Slavic languages write ("міністра оборони
Великої Британії", genitive), so a deputy minister's words and the ministry's
estimate meet. A defence minister of no named state stays the generic ministry's.
"""

from __future__ import annotations

import pytest

from crosscheck.extract._context import source_id
from crosscheck.lang import get_language


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("uk", "заступник міністра оборони Великої Британії Люк Поллард"),
        ("uk", "британського Міноборони"),
        ("uk", "британський міністр оборони"),
        ("ru", "заместитель министра обороны Великобритании"),
        ("ru", "британского министра обороны"),
        ("pl", "brytyjskiego ministra obrony"),
        ("en", "British Defence Secretary John Healey"),
        ("de", "der britische Verteidigungsminister"),
        ("fr", "le ministre britannique de la Défense"),
        ("it", "il ministro della Difesa britannico"),
        ("es", "el ministro británico de Defensa"),
    ],
)
def test_the_british_defence_minister_is_the_uk_mod(lang: str, name: str) -> None:
    assert source_id(name, get_language(lang)) == "uk_mod"


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("uk", "міністра оборони"),
        ("ru", "министр обороны"),
        ("pl", "ministra obrony"),
    ],
)
def test_a_defence_minister_of_no_named_state_is_the_generic_ministry(lang: str, name: str) -> None:
    assert source_id(name, get_language(lang)) == "defence_ministry"
