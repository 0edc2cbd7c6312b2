"""Earlier or other counts are sources of their own, not the last source named.

"The ministry said 200 people died. Earlier reports had put the toll at 150": the
150 is not the ministry's, so it must not be credited to the ministry by a pointer
back or by the paragraph's running source. A pointer noun with a word of
``[attribution] earlier_words`` beside it ("earlier reports", "les bilans
précédents", "Früheren Berichten") is credited as written; a plain pointer ("the
report", "le bilan") still points back. The sentences are our own.
"""

from __future__ import annotations

import pytest

from ._articles import figures as claims_of
from ._articles import source_of

EARLIER = [
    (
        "en",
        "The interior ministry said 2,000 people had died. "
        "Earlier reports had put the death toll at more than 1,300.",
        "more than 1,300",
        "Earlier reports",
    ),
    (
        "en",
        "Earlier reports had given 217 dead and 89 missing, the Daily Planet reports.",
        "217 dead",
        "Earlier reports",
    ),
    (
        "en",
        "The ministry said 200 people died. According to earlier estimates, 150 people died.",
        "150 people",
        "earlier estimates",
    ),
    (
        "en",
        "Initial reports said 300 people died.",
        "300 people",
        "Initial reports",
    ),
    (
        "es",
        "El ministerio dijo que murieron 200 personas. "
        "Según estimaciones anteriores, murieron 150 personas.",
        "150 personas",
        "estimaciones anteriores",
    ),
    (
        "fr",
        "Le ministère a annoncé 200 morts. "
        "Selon les bilans précédents, 150 personnes étaient mortes.",
        "150 personnes",
        "les bilans précédents",
    ),
    (
        "de",
        "Das Ministerium meldete 200 Tote. Früheren Berichten zufolge waren es 150 Tote.",
        "150 Tote",
        "Früheren Berichten",
    ),
    (
        "it",
        "Il ministero ha comunicato 200 morti. Secondo le stime precedenti, i morti erano 150.",
        "150",
        "le stime precedenti",
    ),
    (
        "pl",
        "Ministerstwo podało, że zginęło 200 osób. Według wcześniejszych danych zginęło 150 osób.",
        "150 osób",
        "wcześniejszych danych",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "source"), EARLIER)
def test_an_earlier_count_is_its_own_source(lang: str, text: str, figure: str, source: str) -> None:
    assert source_of(claims_of(text, lang), figure) == source


POINTERS = [
    (
        "en",
        "The ministry said 200 people died. The report says 150 were injured.",
        "150",
        "The ministry",
    ),
    (
        "es",
        "El ministerio dijo que murieron 200 personas. Según el informe, murieron 150 personas.",
        "150 personas",
        "El ministerio",
    ),
    (
        "fr",
        "Le ministère a annoncé 200 morts. Selon le bilan, 150 personnes sont mortes.",
        "150 personnes",
        "Le ministère",
    ),
    (
        "de",
        "Das Ministerium meldete 200 Tote. Dem Bericht zufolge gab es 150 Verletzte.",
        "150 Verletzte",
        "Das Ministerium",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "source"), POINTERS)
def test_a_plain_pointer_still_points_back(lang: str, text: str, figure: str, source: str) -> None:
    assert source_of(claims_of(text, lang), figure) == source


def test_a_given_gift_of_rain_credits_no_one() -> None:
    """The verb "had given" credits a source only, never what gave the count."""
    claims = claims_of("The storm had given the region 300 mm of rain.", "en")
    assert source_of(claims, "300 mm") is None
