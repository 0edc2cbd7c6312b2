"""An age range opened by a range word ("aged between 19 and 74", "в возрасте от 19 до
74 лет") or closed by an age ("tussen 19 en 74 jaar oud", "12- to 17-year-olds") is no
count and no duration: neither end is kept (``extract._quantities._is_age``)."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _values(text: str, language: str) -> list[int | float | None]:
    return [q.low if q.low is not None else q.high for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "Forty patients aged between 20 and 65 were treated.", [40]),
        ("en", "Some 40 workers between the ages of 20 and 65 were hurt.", [40]),
        ("de", "Verletzt wurden 40 Gäste im Alter zwischen 20 und 65 Jahren.", [40]),
        ("ru", "Ранены 40 пассажиров в возрасте от 20 до 65 лет.", [40]),
        ("uk", "Поранено 40 пасажирів віком від 20 до 65 років.", [40]),
        ("pl", "Rannych zostało 40 pasażerów w wieku od 20 do 65 lat.", [40]),
        ("es", "Resultaron heridos 40 pasajeros con edades de entre 20 y 65 años.", [40]),
        ("it", "Sono rimasti feriti 40 passeggeri di età compresa tra 20 e 65 anni.", [40]),
        ("pt", "Ficaram feridos 40 passageiros com idades entre 20 e 65 anos.", [40]),
        ("ro", "Au fost răniți 40 de pasageri cu vârste între 20 și 65 de ani.", [40]),
        ("ca", "Van resultar ferits 40 passatgers amb edats d'entre 20 i 65 anys.", [40]),
        ("fr", "On compte 40 blessés, âgés entre 20 et 65 ans.", [40]),
        ("ar", "أصيب 40 راكبا تتراوح أعمارهم بين 20 و65 عاما.", [40]),
        ("nl", "Er raakten 40 reizigers gewond, tussen 20 en 65 jaar oud.", [40]),
        ("de", "Es starben 40 Gäste, zwischen 20 und 65 Jahre alt.", [40]),
        # the suspended hyphen: the lower end is an age as much as the upper
        ("en", "The survey asked 500 13- to 16-year-olds.", [500]),
        ("de", "Befragt wurden 500 13- bis 16-Jährige.", [500]),
    ],
)
def test_an_age_range_is_no_figure(language: str, text: str, kept: list[int]) -> None:
    assert _values(text, language) == kept


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        # no age word: a range of a count
        ("en", "Between 20 and 65 people were hurt.", [20]),
        ("de", "Es gab zwischen 20 und 65 Verletzte.", [20]),
        ("ru", "Ранены от 20 до 65 человек.", [20]),
        ("fr", "Entre 20 et 65 personnes ont été blessées.", [20]),
        ("es", "Resultaron heridas entre 20 y 65 personas.", [20]),
        ("pl", "Rannych zostało od 20 do 65 osób.", [20]),
        # a range of years that are no age ("old" missing): a duration, kept
        ("en", "The dam will last between 20 and 65 years.", [20]),
        # an age, then a count of its own after a comma
        ("en", "A man aged 20, and 65 other passengers, were hurt.", [65]),
    ],
)
def test_a_count_range_still_counts(language: str, text: str, kept: list[int]) -> None:
    assert _values(text, language) == kept
