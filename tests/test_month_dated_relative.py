"""Relative days in an article dated only to its month ("2025-06").

Our own sentences, of a warehouse fire. A feed that dates an article "2025-06" gives no
day to count "yesterday" or "a week earlier" back from, yet the words still say the
figure is older than the article's own: it holds that many days before some day of the
month, the month's days moved back ("2025-05-25/2025-06-23" for a week), never the
month itself. So a count the article tells at two times ("23 dead; a week earlier the
hospital reported 14") is a course, not two rival readings of one time. "Last month" is
the month before; "today" and days to come stay unresolved.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import crosscheck
from crosscheck.extract._dates import find_dates
from tests._articles import opposed, quantities, story_report

_MONTH = "2025-06"
_WEEK_BACK = "2025-05-25/2025-06-23"
_DAY_BACK = "2025-05-31/2025-06-29"


@pytest.mark.parametrize(
    ("language", "phrase", "value"),
    [
        ("en", "a week earlier", "2025-05-25/2025-06-23"),
        ("ro", "cu o săptămână în urmă", "2025-05-25/2025-06-23"),
        ("fr", "hier", "2025-05-31/2025-06-29"),
        ("de", "vorgestern", "2025-05-30/2025-06-28"),
        ("ru", "вчера", "2025-05-31/2025-06-29"),
        ("es", "el mes pasado", "2025-05"),
        ("pl", "w zeszłym miesiącu", "2025-05"),
    ],
)
def test_a_day_back_is_the_month_moved_back(language: str, phrase: str, value: str) -> None:
    (mention,) = find_dates(phrase, language, published=_MONTH)
    assert mention.value == value


@pytest.mark.parametrize(
    ("language", "text", "then"),
    [
        (
            "en",
            "The toll rose to 23 dead. A week earlier the hospital had reported 14 deaths.",
            _WEEK_BACK,
        ),
        ("fr", "Le bilan est passé à 23 morts. Hier, il était de 14 morts.", _DAY_BACK),
        ("it", "Il bilancio è salito a 23 morti. Una settimana prima erano 14 morti.", _WEEK_BACK),
        (
            "pl",
            "Bilans wzrósł do 23 zabitych. Tydzień wcześniej mówiono o 14 zabitych.",
            _WEEK_BACK,
        ),
        (
            "nl",
            "De tol is gestegen tot 23 doden. Een week eerder waren het er 14 doden.",
            _WEEK_BACK,
        ),
    ],
)
def test_the_earlier_figure_holds_before_the_month(language: str, text: str, then: str) -> None:
    assert [(c.as_of, c.as_of_from) for c in quantities(text, language, published=_MONTH)] == [
        (_MONTH, "published"),
        (then, "text"),
    ]


def _low(claim: crosscheck.Claim) -> object:
    return claim.low


DATED: Sequence[tuple[str, str, str]] = [
    (
        "2025-06-05",
        "en",
        "The death toll from the warehouse fire in Porto rose to 14, firefighters said.",
    ),
]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Selon les pompiers, l'incendie de l'entrepôt de Porto a fait 23 morts. Une semaine "
            "plus tôt, l'hôpital faisait état de 14 morts.",
        ),
        (
            "es",
            "Según los bomberos, el incendio del almacén de Oporto ha causado 23 muertos. Una "
            "semana antes, el hospital hablaba de 14 muertos.",
        ),
        (
            "it",
            "Secondo i vigili del fuoco, l'incendio del magazzino di Porto ha causato 23 morti. "
            "Una settimana prima l'ospedale parlava di 14 morti.",
        ),
        (
            "ro",
            "Potrivit pompierilor, incendiul de la depozitul din Porto a făcut 23 de morți. Cu o "
            "săptămână în urmă, spitalul anunța 14 morți.",
        ),
        (
            "en",
            "According to firefighters, the warehouse fire in Porto has killed 23 people. A week "
            "earlier, the hospital had reported 14 deaths.",
        ),
        (
            "ca",
            "Segons els bombers, l'incendi del magatzem de Porto ha causat 23 morts. Una setmana "
            "abans, l'hospital parlava de 14 morts.",
        ),
    ],
)
def test_a_month_dated_article_telling_an_earlier_count_is_no_conflict(
    language: str, text: str
) -> None:
    rep = story_report([*DATED, (_MONTH, language, text)], "s")  # type: ignore[list-item]
    assert frozenset((14, 23)) not in opposed(rep, _low), language


def test_two_readings_of_a_month_dated_article_still_conflict() -> None:
    # must not: no time word, two bodies' readings of one writing
    text = (
        "Die Feuerwehr spricht von 23 Toten bei dem Brand in Porto, das Krankenhaus "
        "dagegen von 19 Toten."
    )
    rep = story_report([*DATED, (_MONTH, "de", text)], "s")  # type: ignore[list-item]
    assert frozenset((19, 23)) in opposed(rep, _low)


@pytest.mark.parametrize(
    ("language", "phrase"),
    # must not: today and days to come have no place in the month
    [("fr", "aujourd'hui"), ("en", "tomorrow"), ("it", "la settimana prossima")],
)
def test_today_and_days_to_come_stay_unresolved(language: str, phrase: str) -> None:
    (mention,) = find_dates(phrase, language, published=_MONTH)
    assert mention.value is None


def test_a_day_back_in_a_dated_article_keeps_its_day() -> None:
    # must not: a full publication date still gives the day itself
    (mention,) = find_dates("a week earlier", "en", published="2025-06-14")
    assert mention.value == "2025-06-07"
