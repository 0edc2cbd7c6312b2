"""Firefighting aircraft count as aircraft in every language.

"sostenuti da 12 canadair", "zwölf Löschflugzeuge", "six bombardiers d'eau",
"14 hidroaviones": the planes sent against a fire are counted under the
``aircraft`` concept, so reports of one fleet compare across languages (the
Italian figure had no unit and the German one was not read at all).
"""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims import extract_claims


def _units(text: str, language: str) -> list[str | None]:
    article = Article(id="a", text=text, language=language, published="2024-05-10")
    return [c.unit for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Circa 400 vigili del fuoco, aiutati da 9 canadair, lavorano sul posto.", "it"),
        ("Quelque 250 pompiers et 7 Canadair sont mobilisés.", "fr"),
        ("Cinq bombardiers d'eau survolent la zone.", "fr"),
        ("Trabajan en la zona 11 hidroaviones y 250 bomberos.", "es"),
        ("Three water bombers and 90 firefighters were sent.", "en"),
        ("Sechs Löschflugzeuge waren am Abend im Einsatz.", "de"),
        ("Combatem as chamas 200 bombeiros e 5 hidroaviões.", "pt"),
        ("Er werden 3 blusvliegtuigen ingezet.", "nl"),
        ("Trei hidroavioane intervin în zonă.", "ro"),
        ("Treballen a la zona 8 hidroavions i 150 bombers.", "ca"),
    ],
)
def test_firefighting_planes_are_aircraft(text: str, language: str) -> None:
    assert "aircraft" in _units(text, language)
