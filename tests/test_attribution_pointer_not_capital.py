"""A noun of a body that points back ("ведомство", "die Behörde") points to a body named
before, never to a bare capital or state a headline made the subject of its verb
("Мадрид подсчитал задержанных"): with no body before it, it stays as written."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "ru",
            "Итоги ночи: Мадрид подсчитал задержанных\n\n"
            "После матча местная полиция задержала 390 человек, сообщает ведомство.",
            "ведомство",
        ),
        (
            "uk",
            "Підсумки ночі: Мадрид підрахував затриманих\n\n"
            "Після матчу місцева поліція затримала 390 людей, повідомляє відомство.",
            "відомство",
        ),
        (
            "de",
            "Madrid zählt die Festnahmen der Nacht\n\n"
            "Nach dem Spiel nahm die örtliche Polizei 390 Menschen fest, teilte die Behörde mit.",
            "die Behörde",
        ),
    ],
)
def test_body_pointer_skips_a_bare_capital(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]
