"""A monitoring network, system or platform of a body is a source that opens its phrase.

"La red de vigilancia del Instituto Carlos III cifró en 380 las muertes", "Le réseau de
surveillance de Santé publique France a recensé 380 décès": a source phrase must open
with what it names, and a network or system of a body is such a head (``[attribution]
role_nouns``), so the whole phrase is credited instead of no one. A network or system
that reports nothing ("La red de carreteras sufrió daños en 800 kilómetros", "Le système
dépressionnaire a déversé 300 mm de pluie") credits no one.
"""

from __future__ import annotations

import pytest

from tests._articles import credits

CREDITED = [
    ("es", "La red de vigilancia del Instituto Carlos III cifró en 380 las muertes."),
    (
        "en",
        "The mortality monitoring system of the Carlos III Health Institute estimates "
        "380 heat deaths.",
    ),
    ("fr", "Le réseau de surveillance de Santé publique France a recensé 380 décès."),
    ("it", "Il sistema di sorveglianza dell'Istituto superiore di sanità ha stimato 380 decessi."),
    ("pt", "A rede de vigilância do Instituto Ricardo Jorge estimou 380 mortes."),
    ("ca", "La xarxa de vigilància de l'Institut Carlos III ha comptabilitzat 380 morts."),
]

NO_SOURCE = [
    ("en", "The storm system dropped 300 mm of rain on the coast."),
    ("fr", "Le système dépressionnaire a déversé 300 mm de pluie."),
    ("es", "La red de carreteras sufrió daños en 800 kilómetros."),
    ("es", "El sistema de bombeo evacuó 300 litros por segundo."),
    ("it", "La rete ferroviaria ha subito danni per 80 chilometri."),
]


@pytest.mark.parametrize(("lang", "text"), CREDITED)
def test_a_network_of_a_body_is_credited_whole(lang: str, text: str) -> None:
    (source,) = credits(text, lang)
    assert source is not None
    assert text.startswith(source)


@pytest.mark.parametrize(("lang", "text"), NO_SOURCE)
def test_a_network_that_reports_nothing_credits_no_one(lang: str, text: str) -> None:
    assert credits(text, lang) == [None]
