"""A people named by where they come from (place data's demonyms) is the noun a figure
counts (`people`) wherever a head noun would be: after a noun link or an article
("5,7 milions de romanesos", "sono 55.000 i sudanesi"), followed by a verb where
adjectives follow their noun (``[frames] adjectives_after``: "84.000 rumanos viven"), and
as the subject of a verb giving its count ("Gli italiani erano 200", "Українців нарахували
45,8 тисячі"). A demonym that is an adjective of another noun stays one."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _counts(text: str, language: str) -> list[tuple[float | None, str | None]]:
    return [(q.low, q.unit) for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # after a noun link
        ("ca", "Uns 3,4 milions de romanesos viuen fora del país.", [(3_400_000, "people")]),
        ("fr", "Près de 2 millions de Polonais travaillent en Allemagne.", [(2_000_000, "people")]),
        ("pt", "Cerca de 1,2 milhões de italianos vivem no Brasil.", [(1_200_000, "people")]),
        ("ro", "Aproape 90.000 de ucraineni locuiesc acum în țară.", [(90_000, "people")]),
        # right after the figure, a verb after it (adjectives follow their noun)
        ("es", "Unos 7.000 marroquíes trabajan en la comarca.", [(7_000, "people")]),
        # after an article
        ("it", "Sono 30.000 gli ucraini accolti in regione.", [(30_000, "people")]),
        # where every noun is capitalised, a lower-case verb after it
        ("de", "Rund 900 Italiener reisten am Freitag ab.", [(900, "people")]),
        # the subject of a verb giving its count
        ("en", "The Egyptians numbered 87.", [(87, "people")]),
        ("it", "I polacchi erano 400.", [(400, "people")]),
        ("uk", "Українців нарахували 12 тисяч.", [(12_000, "people")]),
        ("ru", "Украинцев насчитали 12 тысяч.", [(12_000, "people")]),
        ("pl", "Ukraińców naliczono 12 tysięcy.", [(12_000, "people")]),
    ],
)
def test_a_demonym_is_the_noun_counted(
    language: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _counts(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an adjective of the noun after it
        (
            "en",
            "The death toll in the Moroccan mountain village has risen to 120.",
            [(120, "killed")],
        ),
        ("en", "Hundreds of Russian drones hit the city.", [(100, "drones")]),
        ("de", "Rund 900 italienische Touristen reisten ab.", [(900, "people")]),
        # an adjective of a noun before it
        ("it", "Secondo le autorità polacche i morti sono 20.", [(20, "killed")]),
        # the noun before the demonym is what is counted
        ("es", "Los marroquíes residentes en la comarca son 7.000.", [(7_000, "residents")]),
        # an event verb alone after it is left to the report's crowds
        ("en", "About 120 Ukrainians returned home on Sunday.", [(120, None)]),
    ],
)
def test_a_demonym_that_is_an_adjective_counts_nothing(
    language: str, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _counts(text, language) == expected
