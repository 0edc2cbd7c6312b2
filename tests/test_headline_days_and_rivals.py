"""A headline that names its own day keeps it, one source's larger figure later is a rise,
and Portuguese and Spanish "ante" (against) bring in an earlier reading: "530 mil
veículos, ante 410 mil anunciados na terça-feira" dates Tuesday to the 410,000 only.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.ingest._article import Article

from ._articles import opposed, quantities

_PUBLISHED = "2025-01-08"  # a Wednesday: "Monday" is 2025-01-06
_MONDAY = "2025-01-06"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the headline names its own day: it keeps it
        ("en", "12 dead in Tuesday's bus crash\n\nOn Monday, 12 people died, police said."),
        # the body does not date the figure: the publication day stays
        ("fr", "12 morts dans un accident de car\n\n12 personnes sont mortes, selon la police."),
        # another figure in the body: nothing lent
        ("es", "12 muertos en un accidente\n\nEl lunes murieron 11 personas, según la policía."),
    ],
)
def test_a_headline_keeps_its_own_day(language: str, text: str) -> None:
    head = quantities(text, language, published=_PUBLISHED)[0]
    assert head.as_of != _MONDAY


def _conflicts(language: str, text: str) -> set[frozenset[object]]:
    article = Article(id="a", text=text, language=language, published=_PUBLISHED)
    return opposed(crosscheck.report([article]), lambda c: c.low)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "On Monday, 23 people were missing, the police said. Now 40 people are missing, "
            "the police said.",
        ),
        (
            "fr",
            "Lundi, 23 personnes étaient portées disparues, selon la police. Selon la police, "
            "40 personnes sont désormais portées disparues.",
        ),
        (
            "de",
            "Am Montag wurden 23 Menschen vermisst, teilte die Polizei mit. Nach Angaben der "
            "Polizei werden inzwischen 40 Menschen vermisst.",
        ),
    ],
)
def test_one_sources_larger_figure_is_a_rise(language: str, text: str) -> None:
    assert _conflicts(language, text) == set()


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        (
            "pt",
            "O recall passa a abranger 530 mil veículos, ante 410 mil anunciados na "
            "terça-feira, informou a empresa.",
            "530 mil",
        ),
        (
            "es",
            "El recall abarca ya 530.000 vehículos, ante los 410.000 anunciados el martes, "
            "informó la empresa.",
            "530.000",
        ),
        # the words that did so already still do
        (
            "fr",
            "Le rappel touche 530 000 véhicules, contre 410 000 annoncés mardi, selon "
            "l'entreprise.",
            "530 000",
        ),
        (
            "it",
            "Il richiamo riguarda 530.000 veicoli, contro i 410.000 annunciati martedì, "
            "secondo l'azienda.",
            "530.000",
        ),
        (
            "en",
            "The recall now covers 530,000 vehicles, up from 410,000 announced on Tuesday, "
            "the company said.",
            "530,000",
        ),
    ],
)
def test_a_day_after_against_dates_the_earlier_reading(
    language: str, text: str, figure: str
) -> None:
    found = quantities(text, language, published=_PUBLISHED)
    new = next(c for c in found if c.text.startswith(figure))
    old = found[-1]
    assert old.as_of == "2025-01-07"  # Tuesday: the earlier reading's day
    assert new.as_of == _PUBLISHED
