"""A figure told of the year before the article's: its own time, never this year's rival.

Our own sentences, of a recurring event (a New Year's night, a fire season). "A year
earlier 280 people were arrested", "Годом ранее задержали 280 человек", "l'année
précédente" set the figure in the previous year, a comparison with now: it holds as of
that year (``as_of`` "2024", from the text), however near the year's end lies to the
publication day, and no finding holds it with this year's count: no conflict, no course,
no range of the two. Words
that only open a running total ("since last year") or date an event's onset ("the war
that began last year has killed 10,000") still leave the figure at publication.
"""

from __future__ import annotations

import pytest

from crosscheck.extract._dates import find_dates
from tests._articles import quantities, story_report

_PUBLISHED = "2025-01-01"


@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("en", "a year earlier"),
        ("en", "the previous year"),
        ("fr", "un an plus tôt"),
        ("de", "ein Jahr zuvor"),
        ("es", "un año antes"),
        ("it", "l'anno precedente"),
        ("pt", "no ano anterior"),
        ("ca", "l'any anterior"),
        ("ro", "cu un an în urmă"),
        ("nl", "een jaar eerder"),
        ("pl", "rok wcześniej"),
        ("ru", "Годом ранее"),
        ("uk", "роком раніше"),
        ("ar", "العام السابق"),
    ],
)
def test_a_year_back_is_the_previous_year(language: str, phrase: str) -> None:
    (mention,) = find_dates(phrase, language, published="2025-06-10")
    assert (mention.value, mention.grain, mention.relative) == ("2024", "year", True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police arrested 390 people. A year earlier, 280 people were arrested."),
        ("en", "Police arrested 390 people. Last year, 280 people were arrested."),
        ("ru", "Полиция задержала 390 человек. Годом ранее задержали 280 человек."),
        (
            "fr",
            "La police a interpellé 390 personnes. Un an plus tôt, 280 avaient été interpellées.",
        ),
        ("de", "Die Polizei nahm 390 Menschen fest. Ein Jahr zuvor waren es 280 Festnahmen."),
        ("it", "La polizia ha arrestato 390 persone. L'anno precedente erano stati 280 arresti."),
        ("pl", "Policja zatrzymała 390 osób. Rok wcześniej zatrzymano 280 osób."),
    ],
)
def test_the_earlier_year_dates_its_figure(language: str, text: str) -> None:
    now, then = quantities(text, language, published=_PUBLISHED)
    assert (now.as_of, now.as_of_from) == (_PUBLISHED, "published")
    assert (then.as_of, then.as_of_from) == ("2024", "text")


@pytest.mark.parametrize(
    ("language", "this_year", "last_year"),
    [
        (
            "en",
            "Police arrested 390 people on New Year's night, the city said.",
            "The city said 390 people were arrested. A year earlier, police arrested 280 people.",
        ),
        (
            "ru",
            "В новогоднюю ночь полиция задержала 390 человек, сообщил сенат.",
            "Сенат сообщил о 390 задержанных. Годом ранее полиция задержала 280 человек.",
        ),
        (
            "es",
            "La policía detuvo a 390 personas en Nochevieja, según el ayuntamiento.",
            "El ayuntamiento cuenta 390 detenidos. Un año antes, la policía detuvo a 280 personas.",
        ),
        (
            "nl",
            "De politie arresteerde 390 mensen in de nieuwjaarsnacht, meldt de stad.",
            "De stad meldt 390 arrestaties. Een jaar eerder arresteerde de politie 280 mensen.",
        ),
    ],
)
def test_last_years_count_is_judged_apart(language: str, this_year: str, last_year: str) -> None:
    report = story_report(
        [(_PUBLISHED, language, this_year), (_PUBLISHED, language, last_year)], "riots"
    )
    together = [
        f.kind for f in report.findings if {report.claim(i).low for i in f.claim_ids} >= {280, 390}
    ]
    assert together == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the year opens a running total: it says nothing of when the total holds
        ("en", "Since last year, the war has killed 10,000 civilians."),
        # the year is another sentence's: the figure keeps the publication day
        ("en", "The dam was built the previous year. It burst and 40 people died."),
        ("de", "Der Damm wurde ein Jahr zuvor gebaut. Er brach, 40 Menschen starben."),
        # no relative year at all
        ("ru", "Полиция задержала 280 человек."),
    ],
)
def test_other_years_leave_the_publication_day(language: str, text: str) -> None:
    (figure,) = quantities(text, language, published="2025-06-10")
    assert (figure.as_of, figure.as_of_from) == ("2025-06-10", "published")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The region's wheat harvest will be 30% smaller than last year's, it said.",
        ),
        ("it", "Il raccolto di grano sarà inferiore del 30% a quello dello scorso anno."),
        ("fr", "La récolte sera inférieure de 30 % à celle de l'année précédente."),
        ("de", "Die Ernte fällt um 30 Prozent kleiner aus als im Vorjahr."),
    ],
)
def test_a_year_compared_with_after_the_figure_is_not_its_time(language: str, text: str) -> None:
    (figure,) = quantities(text, language, published="2025-08-05")
    assert figure.as_of == "2025-08-05"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Compared with last year, the number of arrests rose to 390."),
        ("en", "As last year, police arrested 390 people."),
        ("en", "In the last year, the clinic has treated 280 patients."),
        ("de", "Wie im Vorjahr nahm die Polizei 390 Menschen fest."),
        ("it", "Come l'anno scorso, la polizia ha arrestato 390 persone."),
        ("ru", "Как и в прошлом году, полиция задержала 390 человек."),
    ],
)
def test_a_year_compared_or_alike_before_the_figure_is_not_its_time(
    language: str, text: str
) -> None:
    (figure,) = quantities(text, language, published="2025-01-05")
    assert figure.as_of == "2025-01-05"


def test_a_year_after_one_preposition_still_dates_it() -> None:
    (figure,) = quantities("Im Vorjahr nahm die Polizei 280 Menschen fest.", "de", "2025-01-05")
    assert figure.as_of == "2024"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In 2023, wildfires burned 500 hectares. A year earlier, they burned 300 hectares."),
        ("en", "Last year, fires burned 500 hectares. The year before, they burned 300 hectares."),
        ("de", "Im Jahr 2023 brannten 500 Hektar. Ein Jahr zuvor waren es 300 Hektar."),
    ],
)
def test_a_year_earlier_than_a_year_named_before_is_not_last_year(language: str, text: str) -> None:
    figures = quantities(text, language, published="2025-02-01")
    assert [c.as_of for c in figures if c.low == 300] != ["2024"]
