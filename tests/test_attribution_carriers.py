"""Airlines, shipping and mining companies, operators and airports are sources in every
language ([attribution.sources] role_nouns), as "airline", "operator" and "company" were in
English: "По данным авиакомпании, на борту находились 68 человек" credits the airline, where
the airport's statement in the next sentence used to take the figure."""

from __future__ import annotations

import pytest

from ._articles import credits

TWO_COUNTS = [
    (
        "ru",
        "По данным авиакомпании, на борту находились 68 человек. В пресс-службе аэропорта при "
        "этом заявили, что на борту было 70 человек.",
        ["авиакомпании", "пресс-службе аэропорта"],
    ),
    (
        "es",
        "Según la aerolínea, a bordo iban 68 personas. El aeropuerto dijo en cambio que eran 70.",
        ["la aerolínea", "El aeropuerto"],
    ),
    (
        "fr",
        "Selon la compagnie, 68 personnes étaient à bord. L'aéroport a parlé de 70.",
        ["la compagnie", "L'aéroport"],
    ),
    (
        "it",
        "Secondo la compagnia aerea, a bordo c'erano 68 persone. L'aeroporto ha parlato di 70.",
        ["la compagnia aerea", "L'aeroporto"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TWO_COUNTS)
def test_each_carrier_keeps_its_own_count(lang: str, text: str, expected: list[str]) -> None:
    assert credits(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("pt", "Segundo a companhia aérea, havia 68 pessoas a bordo.", "a companhia aérea"),
        ("pl", "Według przewoźnika na pokładzie było 68 osób.", "przewoźnika"),
        ("uk", "За даними авіакомпанії, на борту перебували 68 людей.", "авіакомпанії"),
        ("ro", "Potrivit companiei aeriene, la bord se aflau 68 de persoane.", "companiei aeriene"),
        ("de", "Nach Angaben der Reederei waren 240 Menschen an Bord.", "Reederei"),
        ("ar", "وقالت شركة الطيران إن 68 شخصا كانوا على متن الطائرة.", "شركة الطيران"),
    ],
)
def test_a_carrier_named_with_a_cue_is_the_source(lang: str, text: str, source: str) -> None:
    assert credits(text, lang) == [source]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The company employs 500 workers at the plant."),
        ("es", "La empresa emplea a 500 trabajadores en la planta."),
        ("ru", "Компания строит 300 домов в городе."),
    ],
)
def test_a_carrier_with_no_cue_credits_nothing(lang: str, text: str) -> None:
    assert credits(text, lang) == [None]
