"""Days of a compared reading and of a running total's start (``as_of``).

Our own sentences, of an epidemic, a fire and a shipwreck. "A week earlier" is
a day a week back; a day after a figure set against the reported one ("up from
14 on Tuesday", "contra 12.400 uma semana antes", "due in meno rispetto a
giovedì") dates that compared reading, not the reported one; a "since" phrase
that a figure closes ("desde o início do ano, contra 12.400 …") opens no later
date, and a date after "since" does not keep another date of the sentence from
dating the figure ("Since January, …, the ministry said on Friday").
"""

from __future__ import annotations

import pytest

from crosscheck.extract._dates import find_dates

from ._articles import quantities

_FRIDAY = "2025-02-14"


def _as_of(text: str, language: str, published: str = _FRIDAY) -> list[str | None]:
    return [c.as_of for c in quantities(text, language, published=published)]


@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("en", "a week earlier"),
        ("pt", "uma semana antes"),
        ("es", "una semana antes"),
        ("fr", "une semaine plus tôt"),
        ("de", "eine Woche zuvor"),
        ("it", "una settimana prima"),
        ("nl", "een week eerder"),
        ("pl", "tydzień wcześniej"),
        ("ru", "неделей ранее"),
        ("uk", "тижнем раніше"),
        ("ro", "cu o săptămână în urmă"),
        ("ca", "una setmana abans"),
    ],
)
def test_a_week_earlier_is_the_day_a_week_back(language: str, phrase: str) -> None:
    (mention,) = find_dates(phrase, language, published=_FRIDAY)
    assert (mention.value, mention.low, mention.high) == ("2025-02-07",) * 3


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "O ministério confirmou 18.900 casos de dengue, contra 12.400 uma semana antes."),
        ("es", "El ministerio confirmó 18.900 casos de dengue, frente a 12.400 una semana antes."),
        ("fr", "Le ministère a confirmé 18 900 cas de dengue, contre 12 400 une semaine plus tôt."),
        ("de", "Das Ministerium meldete 18.900 Dengue-Fälle, gegenüber 12.400 eine Woche zuvor."),
        ("en", "The ministry confirmed 18,900 dengue cases, up from 12,400 a week earlier."),
        # Italian contracts the preposition with the article: "rispetto ai", "agli", "alle"
        (
            "it",
            "Il ministero ha confermato 18.900 casi, rispetto ai 12.400 di una settimana prima.",
        ),
        (
            "it",
            "Il ministero ha confermato 18.900 casi, rispetto agli 12.400 di una settimana prima.",
        ),
    ],
)
def test_the_compared_figure_takes_the_day_after_it(language: str, text: str) -> None:
    # the reported figure holds at publication; the one it is set against a week back
    assert _as_of(text, language) == [_FRIDAY, "2025-02-07"]


@pytest.mark.parametrize(
    ("language", "text", "published", "day"),
    [
        (
            "en",
            "Seventeen people were injured in the blaze, officials said, up from 14 reported on"
            " Tuesday.",
            "2025-06-11",
            "2025-06-10",
        ),
        (
            "en",
            "Seven sailors were still missing, down from 12 a day earlier.",
            "2025-10-21",
            "2025-10-20",
        ),
    ],
)
def test_a_day_after_the_compared_figure_is_not_the_figures(
    language: str, text: str, published: str, day: str
) -> None:
    assert _as_of(text, language, published) == [published, day]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Le persone ancora disperse sono 14, due in meno rispetto a giovedì."),
        ("ca", "Encara hi ha 14 persones desaparegudes, sis menys que dijous."),
        ("ca", "Tenen ara 14 expedients actius, sis menys que els que hi havia dijous."),
        ("en", "Fourteen people are still missing, two fewer than there were on Thursday."),
        ("en", "Fourteen people are still missing, two fewer than on Thursday."),
    ],
)
def test_a_day_a_figure_is_compared_with_does_not_date_it(language: str, text: str) -> None:
    assert _as_of(text, language, "2025-11-15")[0] == "2025-11-15"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a bound is no comparison: its day is the figure's and its neighbour's
        ("en", "Twelve people were injured and more than 200 died on Tuesday."),
        ("fr", "Douze personnes ont été blessées et plus de 200 sont mortes mardi."),
        # no comparison word: the day dates both figures of the list
        ("es", "Doce personas resultaron heridas y 200 murieron el martes."),
    ],
)
def test_a_day_after_a_listed_figure_still_dates_the_first(language: str, text: str) -> None:
    assert _as_of(text, language, "2025-06-11") == ["2025-06-10", "2025-06-10"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Since January, 18,900 cases have been recorded, the ministry said on Thursday."),
        ("es", "Desde enero se han registrado 18.900 casos, informó el jueves el ministerio."),
        (
            "fr",
            "Depuis janvier, 18 900 cas ont été recensés, a indiqué jeudi le ministère de la"
            " Santé.",
        ),
    ],
)
def test_a_since_date_leaves_the_statement_day_to_date_the_total(language: str, text: str) -> None:
    assert _as_of(text, language) == ["2025-02-13"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the invasion's day after a comma still opens the total: it holds at publication
        (
            "it",
            "Sarebbero circa 250mila i soldati russi caduti in Ucraina dall'inizio della guerra,"
            " il 24 febbraio 2022.",
        ),
        ("en", "Russia has lost 250,000 soldiers since the war began in February 2022."),
        ("es", "Desde el inicio de la guerra, en febrero de 2022, han muerto 250.000 soldados."),
    ],
)
def test_a_since_date_does_not_date_the_total(language: str, text: str) -> None:
    assert _as_of(text, language) == [_FRIDAY]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le séisme qui a secoué le Maroc avait fait, samedi à 22 heures, 2 012 morts et"
            " 2 059 blessés.",
        ),
        (
            "es",
            "El terremoto que sacudió Marruecos había causado, el sábado a las 22 horas, 2.012"
            " muertos y 2.059 heridos.",
        ),
        (
            "en",
            "The earthquake that hit Morocco had killed, as of Saturday at 10 pm, 2,012 people"
            " and injured 2,059.",
        ),
    ],
)
def test_a_day_set_off_before_the_count_stamps_it(language: str, text: str) -> None:
    # though an onset verb (struck) stands before it, the aside stamps the count
    assert _as_of(text, language, "2023-09-10") == ["2023-09-09", "2023-09-09"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The quake that struck Morocco, on Saturday, killed 2,012 people."),
        ("fr", "Le séisme qui a frappé le Maroc samedi a fait 2 012 morts."),
        ("es", "El terremoto que sacudió Marruecos el sábado causó 2.012 muertos."),
    ],
)
def test_the_onsets_day_still_leaves_the_count_at_publication(language: str, text: str) -> None:
    assert _as_of(text, language, "2023-09-10") == ["2023-09-10"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Turnout reached 26.8% by 2 pm on Sunday, the commission said. At 10:00, it was 11.4%.",
        ),
        (
            "ru",
            "По данным ЦИК, к 19:00 в воскресенье проголосовали 41,3% избирателей. Днем, к 14:00,"
            " явка составляла 26,8%.",
        ),
        (
            "de",
            "Wie die Zeitung berichtete, wurden mit Stand Sonntag, 19 Uhr, mindestens 2862 Tote"
            " registriert. Mindestens 2562 Menschen wurden verletzt.",
        ),
    ],
)
def test_an_hour_or_a_stamp_before_keeps_the_day_named(language: str, text: str) -> None:
    # published on Monday: the hours are Sunday's, told in the sentence before
    assert _as_of(text, language, "2025-11-03") == ["2025-11-02", "2025-11-02"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # an onset's hour is when it struck, not a count's stamp
        (
            "en",
            "Exactly two months ago, at 11:11 PM on September 8, the ground shook. The quake"
            " claimed nearly 3,000 lives.",
        ),
        # a day with no hour dates no later sentence
        ("en", "On Sunday the commission said turnout was 26.8%. Turnout was 41.3%."),
        # a new line is a new bulletin
        ("en", "Turnout reached 26.8% by 2 pm on Sunday.\nTurnout was 41.3%."),
    ],
)
def test_a_day_of_an_earlier_sentence_does_not_reach_on(language: str, text: str) -> None:
    assert _as_of(text, language, "2025-11-03")[-1] == "2025-11-03"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The wildfire that broke out on Sunday has burned 10,000 hectares."),
        ("fr", "L'incendie qui s'est déclaré dimanche a brûlé 12 000 hectares."),
        ("es", "El incendio que se declaró el domingo ha quemado 10.000 hectáreas."),
        ("ca", "L'incendi que es va declarar diumenge ha cremat ja 4.500 hectàrees."),
        ("de", "Der am Sonntag ausgebrochene Brand hat 10.000 Hektar zerstört."),
    ],
)
def test_a_fires_outbreak_day_does_not_date_the_area_burned(language: str, text: str) -> None:
    assert _as_of(text, language, "2025-08-12") == ["2025-08-12"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The fire service said on Sunday that 10,000 hectares had burned."),
        ("fr", "Dimanche, les pompiers ont annoncé que 12 000 hectares avaient brûlé."),
    ],
)
def test_a_statements_day_still_dates_the_area(language: str, text: str) -> None:
    assert _as_of(text, language, "2025-08-12") == ["2025-08-10"]


def test_since_opens_a_month_named_twice_across_a_slash() -> None:
    text = (
        "أعلنت الوزارة الإفراج عن 12 من العمال المختطفين منذ سبتمبر/أيلول، بدلا من 15 كان"
        " متفقا عليها."
    )
    claims = quantities(text, "ar", published="2025-11-04")
    assert [c.as_of for c in claims] == ["2025-11-04", "2025-11-04"]
    assert claims[-1].status == "planned"  # the 15 agreed, not released


def test_a_month_named_twice_without_since_still_dates_the_figure() -> None:
    assert _as_of("قتل 12 شخصا في سبتمبر/أيلول.", "ar", "2025-11-04") == ["2025-09"]


@pytest.mark.parametrize(
    "text",
    [
        "The toll from Friday's earthquake has risen to 2,862.",
        "The September 8 earthquake has killed 2,862 people.",
        "The death toll of Friday's floods stood at 2,862 on the ministry's count.",
    ],
)
def test_a_day_that_qualifies_the_disaster_does_not_date_its_toll(text: str) -> None:
    assert _as_of(text, "en", "2023-09-12") == ["2023-09-12"]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, quake survivors counted 2,862 dead.",
        "The quake toll stood at 2,862 on Friday.",
    ],
)
def test_a_day_beside_a_disaster_word_may_still_date_the_count(text: str) -> None:
    assert _as_of(text, "en", "2023-09-12") == ["2023-09-08"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a baseline word with no difference before it is a preposition: the day is the figure's
        ("en", "About 5,000 people protested against the reform on Sunday, police said."),
        ("en", "At least 40 people died in the fire, which spread faster than expected on Sunday."),
        ("es", "Unas 5.000 personas protestaron contra la reforma el domingo."),
        ("pt", "Cerca de 5.000 pessoas protestaram contra a reforma no domingo."),
        ("fr", "Quelque 5 000 personnes ont manifesté contre la réforme dimanche."),
        ("it", "Circa 5.000 persone hanno protestato contro la riforma domenica."),
        ("ca", "Unes 5.000 persones es van concentrar davant l'Ajuntament diumenge."),
        ("de", "Rund 5000 Menschen demonstrierten gegenüber dem Rathaus am Sonntag."),
        ("ru", "Около 5000 человек протестовали против реформы в воскресенье."),
        ("uk", "Близько 5000 людей протестували проти реформи в неділю."),
    ],
)
def test_a_baseline_word_without_a_difference_leaves_the_day_to_the_figure(
    language: str, text: str
) -> None:
    assert _as_of(text, language, "2025-02-19") == ["2025-02-16"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a baseline word inside the figure's own words bounds the group counted
        ("en", "Twelve people older than 65 died on Monday."),
        ("en", "Twelve children younger than 5 died on Monday."),
        ("pl", "Zmarło 12 osób starszych niż 65 lat w poniedziałek."),
        ("ro", "Au murit 12 persoane mai în vârstă decât 65 de ani luni."),
    ],
)
def test_a_bound_of_the_group_counted_is_no_compared_reading(language: str, text: str) -> None:
    assert _as_of(text, language, "2025-05-16") == ["2025-05-12", "2025-05-12"]
