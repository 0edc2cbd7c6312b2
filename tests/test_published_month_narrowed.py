"""A publication date known only to the month, narrowed by the days the text reports.

Our own sentences: an article a feed dates "2024-11" reports a statement of
a named day, then gives a figure with no time words. The article was written
on or after that day, so the figure holds from it to the month's end
(``as_of_from = "inferred"``; claims._published). A day to come, a day of
history, a day in a quote or a day outside the month narrows nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

import crosscheck
from crosscheck.judge._time import span

from ._articles import opposed, quantities


def _last(text: str, language: str, published: str | None = "2024-11") -> crosscheck.Claim:
    """The article's last figure (the one with no time words of its own)."""
    return quantities(text, language, published=published)[-1]


@pytest.mark.parametrize(
    ("language", "published", "text", "as_of"),
    [
        (
            "en",
            "2024-11",
            "The ministry said on 8 November that the toll stood at 211. Rescue teams have"
            " deployed 12,500 soldiers.",
            "2024-11-08/2024-11-30",
        ),
        (
            "fr",
            "2024-11",
            "Le 7 novembre, le chiffre officiel des disparus a été actualisé à 93. Les opérations"
            " mobilisent 12 500 soldats.",
            "2024-11-07/2024-11-30",
        ),
        (
            "es",
            "2024-11",
            "El ministerio informó el 8 de noviembre de 211 fallecidos. Las tareas movilizan a"
            " 12.500 militares.",
            "2024-11-08/2024-11-30",
        ),
        (
            "de",
            "2024-11",
            "Das Ministerium teilte am 8. November mit, dass 211 Menschen gestorben seien. Im"
            " Einsatz sind 12.500 Soldaten.",
            "2024-11-08/2024-11-30",
        ),
        (
            "it",
            "2024-11",
            "Il ministero ha dichiarato l'8 novembre che i morti erano 211. Sono impegnati"
            " 12.500 soldati.",
            "2024-11-08/2024-11-30",
        ),
        (
            "ru",
            "2024-11",
            "Министерство сообщило 8 ноября о 211 погибших. В операции задействованы 12 500"
            " военных.",
            "2024-11-08/2024-11-30",
        ),
        (
            "pl",
            "2023-12",
            "Ministerstwo poinformowało 22 grudnia o stratach. Straty wyniosły 350 tysięcy"
            " żołnierzy.",
            "2023-12-22/2023-12-31",
        ),
        (
            "en",
            "2024-11",
            "The ministry said on 30 November that the toll stood at 211. Rescue teams have"
            " deployed 12,500 soldiers.",
            "2024-11-30",  # the latest day is the month's last: a day
        ),
        # a day that opens its sentence, its event after it
        (
            "ru",
            "2024-11",
            "К 8 ноября журналисты подтвердили гибель офицеров. Журналисты установили имена"
            " 77 143 российских военных.",
            "2024-11-08/2024-11-30",
        ),
        (
            "es",
            "2024-11",
            "El 8 de noviembre, el ministerio informó de nuevas víctimas. Las tareas movilizan a"
            " 12.500 militares.",
            "2024-11-08/2024-11-30",
        ),
        (
            "de",
            "2024-11",
            "Am 8. November teilte das Ministerium neue Zahlen mit. Im Einsatz sind 12.500"
            " Soldaten.",
            "2024-11-08/2024-11-30",
        ),
    ],
)
def test_a_reported_day_narrows_a_month_date(
    language: str, published: str, text: str, as_of: str
) -> None:
    figure = _last(text, language, published)
    assert (figure.as_of, figure.as_of_from) == (as_of, "inferred")
    assert figure.published == published  # the article's own date is kept as given


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The health ministry said on 3 March 2024 that 1,100 cases had been recorded. 45"
            " people have died.",
        ),
        (
            "fr",
            "Le ministère a annoncé le 3 mars 2024 que 1 100 cas avaient été enregistrés. 45"
            " personnes sont mortes.",
        ),
    ],
)
def test_a_reported_day_narrows_a_year_date(language: str, text: str) -> None:
    figure = _last(text, language, "2024")
    assert (figure.as_of, figure.as_of_from) == ("2024-03-03/2024-12-31", "inferred")


def test_the_latest_reported_day_bounds_it() -> None:
    text = (
        "The ministry said on 3 November that 150 had died. On 12 November officials said"
        " the toll had risen to 211. Rescue teams have deployed 12,500 soldiers."
    )
    assert _last(text, "en").as_of == "2024-11-12/2024-11-30"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a day to come
        (
            "en",
            "The toll is expected to be published on 20 November. Rescue teams have deployed"
            " 12,500 soldiers.",
        ),
        (
            "fr",
            "Le bilan devrait être annoncé le 20 novembre. Les opérations mobilisent 12 500"
            " soldats.",
        ),
        (
            "it",
            "Il bilancio dovrebbe essere annunciato il 20 novembre. Sono impegnati 12.500 soldati.",
        ),
        (
            "de",
            "Die Bilanz soll am 20. November veröffentlicht werden. Im Einsatz sind 12.500"
            " Soldaten.",
        ),
        (
            "es",
            "El balance oficial será anunciado el 20 de noviembre, según se prevé. Las tareas"
            " movilizan a 12.500 militares.",
        ),
        # a day inside what a statement says, not the statement's own day
        (
            "en",
            "The ministry said the alert would remain in force until 18 November. Rescue teams"
            " have deployed 12,500 soldiers.",
        ),
        (
            "en",
            "Schools reopen on 18 November, the ministry said. Rescue teams have deployed 12,500"
            " soldiers.",
        ),
        (
            "es",
            "El ministerio dijo que la alerta seguirá vigente hasta el 18 de noviembre. Las"
            " tareas movilizan a 12.500 militares.",
        ),
        (
            "fr",
            "Le ministère a indiqué que l'alerte resterait en vigueur jusqu'au 18 novembre. Les"
            " opérations mobilisent 12 500 soldats.",
        ),
        (
            "de",
            "Das Ministerium teilte mit, die Warnung gelte bis zum 18. November. Im Einsatz sind"
            " 12.500 Soldaten.",
        ),
        (
            "it",
            "Il ministero ha detto che l'allerta resterà in vigore fino al 18 novembre. Sono"
            " impegnati 12.500 soldati.",
        ),
        (
            "ru",
            "Министерство сообщило, что режим ЧС продлится до 18 ноября. В операции задействованы"
            " 12 500 военных.",
        ),
        # a deadline beside a figure
        (
            "en",
            "The alert for 300,000 residents remains in force until 18 November. Rescue teams"
            " have deployed 12,500 soldiers.",
        ),
        (
            "es",
            "Unas 300.000 personas deberán seguir confinadas hasta el 18 de noviembre. Las"
            " tareas movilizan a 12.500 militares.",
        ),
        # a meeting: its noun often names a day to come
        ("en", "The summit opens on 20 November. Rescue teams have deployed 12,500 soldiers."),
        # a day of history
        (
            "en",
            "Russia invaded Ukraine on 24 February 2022. Rescue teams have deployed 12,500"
            " soldiers.",
        ),
        # a day in a quote
        (
            "fr",
            "« Le 20 novembre, nous annoncerons un nouveau bilan », a déclaré le ministre. Les"
            " opérations mobilisent 12 500 soldats.",
        ),
        # a day before the month: no more than the month says
        ("en", "The floods struck on 29 October. Rescue teams have deployed 12,500 soldiers."),
    ],
)
def test_days_that_do_not_narrow(language: str, text: str) -> None:
    figure = _last(text, language)
    assert (figure.as_of, figure.as_of_from) == ("2024-11", "published")


@pytest.mark.parametrize(("published", "as_of"), [("2024-11-09", "2024-11-09"), (None, None)])
def test_a_day_or_no_date_is_left_alone(published: str | None, as_of: str | None) -> None:
    text = (
        "The ministry said on 8 November that the toll stood at 211. Rescue teams have deployed"
        " 12,500 soldiers."
    )
    figure = _last(text, "en", published)
    assert figure.as_of == as_of
    assert figure.as_of_from != "inferred"


def test_a_span_covers_its_days() -> None:
    s = span("2024-11-08/2024-11-30")
    assert s is not None
    assert (s.first, s.last) == (dt.date(2024, 11, 8), dt.date(2024, 11, 30))
    assert not s.precise
    assert span("2024-11-30/2024-11-08") is None


def test_a_sources_count_rising_into_its_month_is_no_conflict() -> None:
    """77,143 from a mid-month day on, then 80,973 in the month: one list's update."""
    rows = [
        (
            "2024-11",
            "ru",
            "К 8 ноября журналисты подтвердили гибель 4300 офицеров. По данным «Медиазоны»,"
            " журналисты установили имена 77 143 российских военных, погибших в Украине.",
        ),
        (
            "2024-11",
            "ru",
            "По данным «Медиазоны», журналисты установили имена 80 973 российских военных,"
            " погибших в Украине.",
        ),
    ]
    report = crosscheck.report(
        [
            crosscheck.Article(id=f"a{i}", text=t, language=lg, published=d, story="s")
            for i, (d, lg, t) in enumerate(rows)
        ]
    )
    counts = {c.low: c for c in report.claims if c.kind == "quantity"}
    assert counts[77143].as_of_from == "inferred"
    assert frozenset({77143, 80973}) not in opposed(report, lambda c: c.low)
