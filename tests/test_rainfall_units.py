"""A length or volume in a sentence that tells of rain is rainfall.

"Choveram 150 litros numa noite" gives litres of rain per square metre, "de fortes
pluies, jusqu'à 90 mm" a depth of rain: the ``[precipitation] words`` of each
language file turn litres, millimetres, centimetres and inches into the rainfall
concepts of ``concepts.toml [precipitation]``, which the judge compares with
"150 l/m²" and "15 cm of rain". Without a rain word the unit stays as written
(litres of drinking water, a 155 mm shell).
"""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims import extract_claims
from crosscheck.lang import rainfall_unit


def _units(text: str, language: str) -> list[str | None]:
    article = Article(id="a", text=text, language=language, published="2024-05-10")
    return [c.unit for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Choveram 150 litros numa só noite em Setúbal.", "pt", "rainfall_l_m2"),
        ("La pluja va deixar 230 litres en algunes comarques.", "ca", "rainfall_l_m2"),
        ("Las lluvias dejaron 180 litros en la comarca.", "es", "rainfall_l_m2"),
        ("De fortes pluies sont attendues, jusqu'à 90 mm par endroits.", "fr", "rainfall_mm"),
        ("The rain dumped 120 millimetres on the coast overnight.", "en", "rainfall_mm"),
        ("Der Starkregen brachte örtlich 70 Millimeter.", "de", "rainfall_mm"),
        ("Le piogge hanno portato 20 centimetri in poche ore.", "it", "rainfall_cm"),
    ],
)
def test_measure_in_a_rain_sentence_is_rainfall(text: str, language: str, unit: str) -> None:
    assert unit in _units(text, language)


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Los voluntarios repartieron 5.000 litros de agua potable.", "es", "litres"),
        ("The army fired 40 rounds from its 155 millimetre guns.", "en", None),
        ("Les secours ont distribué 3 000 litres d'eau.", "fr", "litres"),
    ],
)
def test_measure_without_rain_stays_as_written(text: str, language: str, unit: str | None) -> None:
    units = _units(text, language)
    assert not any(u is not None and u.startswith("rainfall") for u in units)
    if unit is not None:
        assert unit in units


def test_rainfall_concepts() -> None:
    assert rainfall_unit("litres") == "rainfall_l_m2"
    assert rainfall_unit("millimetres") == "rainfall_mm"
    assert rainfall_unit("inches") == "rainfall_in"
    assert rainfall_unit("people") is None
    assert rainfall_unit(None) is None
