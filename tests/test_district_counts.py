"""Areas of a country's administration counted: districts and municipalities.

Our own sentences, written as wire copy of a heatwave, a storm and a flood. "sete
distritos sob aviso vermelho", "cod roșu în 7 județe", "12 counties" count districts;
"40 municipios", "12 населённых пунктов" (not "points") count municipalities: places,
never people, so they never meet a count of the dead or the evacuated. A head count
beside them keeps its noun, and a share of them stays a percentage.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _unit(text: str, language: str, surface: str) -> str | None:
    found = [q for q in find_quantities(text, language) if q.text.startswith(surface)]
    assert found, [(q.text, q.unit) for q in find_quantities(text, language)]
    return found[0].unit


@pytest.mark.parametrize(
    ("language", "text", "surface", "unit"),
    [
        ("pt", "A DGS mantém sete distritos sob aviso vermelho.", "sete", "districts"),
        ("ro", "ANM a emis cod roșu în 7 județe.", "7", "districts"),
        ("en", "The storm warning covers 12 counties.", "12", "districts"),
        ("de", "In 12 Landkreisen gilt die höchste Warnstufe.", "12", "districts"),
        ("pl", "Alarm ogłoszono w 12 powiatach.", "12", "districts"),
        ("es", "El temporal obligó a cerrar colegios en 40 municipios.", "40", "municipalities"),
        ("ca", "L'alerta afecta 40 municipis del litoral.", "40", "municipalities"),
        ("fr", "L'alerte concerne 40 communes du littoral.", "40", "municipalities"),
        ("ru", "Без света остались 12 населённых пунктов.", "12", "municipalities"),
    ],
)
def test_districts_and_municipalities_counted(
    language: str, text: str, surface: str, unit: str
) -> None:
    assert _unit(text, language, surface) == unit


@pytest.mark.parametrize(
    ("language", "text", "surface", "unit"),
    [
        ("pt", "Morreram 12 pessoas em sete distritos.", "12", "killed"),
        ("es", "Unas 400 personas fueron evacuadas en 40 municipios.", "Unas 400", "evacuated"),
        ("en", "Some 40% of counties declared an emergency.", "Some 40%", "percent"),
    ],
)
def test_people_and_shares_beside_them_keep_their_unit(
    language: str, text: str, surface: str, unit: str
) -> None:
    assert _unit(text, language, surface) == unit
