"""Forest services and foresters are sources of a wildfire's burned area.

"L'incendie a détruit 7 100 hectares, selon l'office des forêts", "…, сообщила лесная
охрана", "…, podali leśnicy": the body that fights and measures a forest fire credits
its area (``[attribution] role_nouns``). The same words as an adjective of what burned
("Los incendios forestales calcinaron 7.100 hectáreas") credit no one.
"""

from __future__ import annotations

import pytest

from tests._articles import credits

CREDITED = [
    (
        "es",
        "El incendio ha calcinado 7.100 hectáreas, según la brigada forestal.",
        "la brigada forestal",
    ),
    (
        "fr",
        "L'incendie a détruit 7 100 hectares, selon l'office des forêts.",
        "l'office des forêts",
    ),
    ("fr", "L'incendie a détruit 7 100 hectares, selon les forestiers.", "les forestiers"),
    (
        "it",
        "L'incendio ha distrutto 7.100 ettari, secondo il corpo forestale.",
        "il corpo forestale",
    ),
    (
        "pt",
        "O incêndio destruiu 7.100 hectares, segundo os guardas florestais.",
        "os guardas florestais",
    ),
    ("pl", "Pożar strawił 7100 hektarów, podali leśnicy.", "leśnicy"),
    ("ro", "Incendiul a distrus 7.100 de hectare, potrivit pădurarilor.", "pădurarilor"),
    ("ru", "Пожар уничтожил 7100 гектаров, сообщила лесная охрана.", "лесная охрана"),
    ("ru", "Пожар уничтожил 7100 гектаров, сообщили лесники.", "лесники"),
    ("uk", "Пожежа знищила 7100 гектарів, повідомила лісова охорона.", "лісова охорона"),
    ("uk", "Пожежа знищила 7100 гектарів, повідомили лісники.", "лісники"),
    ("ca", "L'incendi ha cremat 7.100 hectàrees, segons els forestals.", "els forestals"),
]

NO_SOURCE = [
    ("es", "Los incendios forestales calcinaron 7.100 hectáreas."),
    ("it", "Gli incendi forestali hanno distrutto 7.100 ettari."),
    ("ca", "Els incendis forestals han cremat 7.100 hectàrees."),
    ("fr", "Les forestiers ont planté 300 arbres."),
]


@pytest.mark.parametrize(("lang", "text", "source"), CREDITED)
def test_a_forest_service_is_credited(lang: str, text: str, source: str) -> None:
    assert credits(text, lang) == [source]


@pytest.mark.parametrize(("lang", "text"), NO_SOURCE)
def test_a_forest_adjective_credits_no_one(lang: str, text: str) -> None:
    assert set(credits(text, lang)) <= {None}
