"""A compared reading dated by a day with a part of day, or by a weekday right after its figure.

Our own sentences, of a hunger strike in a detention centre. A day after a ``[frames]
baseline`` word and the figure it brings in dates that compared reading, also when the
weekday follows the figure with no preposition ("contre 22 dimanche soir", "contre une
trentaine lundi", "față de 22 duminică seara", "tegenover 22 zondagavond"), and a compared
figure after a baseline word that ends with an article is a figure, no clock hour
("rispetto alle 22 di domenica", "frente a las 22 del domingo"). A weekday that after a
number is a plural noun ("față de 22 luni": 22 months), a day of the month ("contre le 22
dimanche") and a part of day that dates the figure itself keep their old reading.
"""

from __future__ import annotations

import pytest

from crosscheck.extract._dates import find_dates

from ._articles import quantities

_WEDNESDAY = "2025-10-08"
_SUNDAY = "2025-10-05"
_MONDAY = "2025-10-06"


def _dated(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.as_of) for c in quantities(text, language, published=_WEDNESDAY)]


@pytest.mark.parametrize(
    ("language", "text", "compared"),
    [
        (
            "fr",
            "Selon l'administration, 45 détenus jeûnaient encore, contre 19 dimanche soir.",
            _SUNDAY,
        ),
        (
            "fr",
            "Selon l'administration, 45 détenus jeûnaient encore, contre une vingtaine lundi.",
            _MONDAY,
        ),
        ("fr", "L'administration comptait mercredi 45 grévistes, contre 19 dimanche.", _SUNDAY),
        (
            "nl",
            "Volgens de directie weigerden 45 gedetineerden voedsel, tegenover 19 zondagavond.",
            _SUNDAY,
        ),
        (
            "ro",
            "Potrivit conducerii, 45 de deținuți refuzau hrana, față de 19 duminică seara.",
            _SUNDAY,
        ),
        (
            "it",
            "Secondo la direzione, 45 detenuti rifiutavano il cibo, rispetto alle 19 di domenica.",
            _SUNDAY,
        ),
        (
            "es",
            "Según la dirección, 45 internos rechazaban la comida, frente a las 19 del domingo.",
            _SUNDAY,
        ),
        (
            "ca",
            "Segons la direcció, 45 interns refusaven el menjar, respecte a les 19 de diumenge.",
            _SUNDAY,
        ),
    ],
)
def test_a_compared_reading_takes_its_day(language: str, text: str, compared: str) -> None:
    found = _dated(text, language)
    assert [day for _, day in found] == [_WEDNESDAY, compared]
    assert found[1][0].split()[-1] in {"19", "vingtaine"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Officials said 45 inmates were refusing food, up from 19 on Sunday evening."),
        (
            "es",
            "La dirección contó 45 internos sin comer, frente a 19 el domingo por la noche.",
        ),
        (
            "it",
            "La direzione conta 45 detenuti senza cibo, rispetto ai 19 di domenica sera.",
        ),
        (
            "de",
            "Laut der Leitung verweigerten 45 Häftlinge das Essen, gegenüber 19 am Sonntagabend.",
        ),
        ("pl", "Według dyrekcji 45 więźniów odmawiało jedzenia, wobec 19 w niedzielę wieczorem."),
        (
            "ru",
            "Администрация насчитала 45 голодающих, против 19 в воскресенье вечером.",
        ),
    ],
)
def test_a_day_with_a_part_of_day_dates_the_compared_reading(language: str, text: str) -> None:
    assert [day for _, day in _dated(text, language)] == [_WEDNESDAY, _SUNDAY]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a plural noun after a number: 19 months, no Monday
        ("ro", "Greva durează de 45 de zile, față de 19 luni."),
        # a day of the month, not a weekday dating the compared figure
        ("fr", "Les gardiens ont compté 45 grévistes, contre le 19 dimanche."),
    ],
)
def test_no_weekday_after_a_number_that_is_no_compared_reading(language: str, text: str) -> None:
    assert not [m for m in find_dates(text, language, published=_WEDNESDAY) if m.value == _MONDAY]
    assert all(day != _SUNDAY for _, day in _dated(text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "45 grévistes ont été recensés dimanche soir par l'administration."),
        ("en", "45 inmates refused food on Sunday evening, up from 19."),
        ("nl", "45 gedetineerden weigerden zondagavond voedsel."),
        ("ro", "45 de deținuți au refuzat hrana duminică seara."),
        ("it", "45 detenuti hanno rifiutato il cibo domenica sera."),
    ],
)
def test_a_part_of_day_of_the_figure_still_dates_it(language: str, text: str) -> None:
    assert _dated(text, language)[0][1] == _SUNDAY


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "La riunione è cominciata alle 22 di domenica."),
        ("es", "La reunión empezó a las 22 del domingo."),
    ],
)
def test_an_hour_after_a_clock_word_stays_an_hour(language: str, text: str) -> None:
    assert not [c for c, _ in _dated(text, language) if c.strip() == "22"]
