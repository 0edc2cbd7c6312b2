"""Hedge and bound words that a preposition, an article or a case keeps from their figure.

"Circa il 30%" (an article after the hedge), "приблизно про 500 тонн" / "примерно о 500"
(the preposition of "it is about"), "Prop del 30%" (a contracted article), "eleva la
xifra a més de 1.200" (the "a" of a verb of reaching, no "a més de" = besides) and "более
тысячи" / "більше тисячі" (the genitive of one thousand after a bound, no vague
"thousands") keep their hedge or bound. Must-not: "A més de 200 morts" (besides) stays
exact, and "тысячи медуз" with no bound stays vague.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _read(text: str, lang: str) -> list[tuple[str, float | None, float | None]]:
    return [(q.qualifier, q.low, q.high) for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("it", "Circa il 40% dei richiedenti arriva dall'Eritrea.", ("approx", 40, 40)),
        ("it", "Circa l'80% delle schede è stato scrutinato.", ("approx", 80, 80)),
        ("ca", "Prop del 40% dels sol·licitants arriba d'Eritrea.", ("approx", 40, 40)),
        ("uk", "Отже, йдеться приблизно про 300 тонн зерна.", ("approx", 300, 300)),
        ("ru", "Таким образом, речь идёт примерно о 300 тоннах зерна.", ("approx", 300, 300)),
        ("ca", "L'ajuntament eleva la xifra a més de 2.500 veïns afectats.", ("over", 2500, None)),
        ("ca", "Els desallotjats ja arriben a més de 2.500.", ("over", 2500, None)),
        ("ru", "Наводнение: более тысячи эвакуированных.", ("over", 1000, None)),
        ("uk", "Повінь: більше тисячі евакуйованих.", ("over", 1000, None)),
    ],
)
def test_the_hedge_or_bound_is_kept(
    lang: str, text: str, want: tuple[str, float | None, float | None]
) -> None:
    assert _read(text, lang)[0] == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("ca", "A més de 300 ferits, hi ha 20 desapareguts.", ("exact", 300, 300)),
        ("ru", "У берега появились тысячи медуз.", ("vague", 1000, None)),
        ("uk", "Тисячі людей вийшли на вулиці.", ("vague", 1000, None)),
    ],
)
def test_besides_and_a_bare_plural_keep_their_reading(
    lang: str, text: str, want: tuple[str, float | None, float | None]
) -> None:
    assert _read(text, lang)[0] == want
