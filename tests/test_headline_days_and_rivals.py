"""When a headline's figure holds, and when a larger figure is a rival, not a rise.

A headline names no day: its figure was dated to the publication day even where the body
gives the same figure a day of its own ("Le bilan s'est alourdi hier : 23 …"), so a
headline's toll of yesterday was set against another article's toll of today. An
article's earlier figure below a later one was read as the count rising even when a
rival source gave the later one ("23 missing on Monday, the police said. A rescue group
speaks of 40"). And Portuguese and Spanish "ante" (against) brought in no earlier reading,
so "530 mil veículos, ante 410 mil anunciados na terça-feira" dated the 530,000 to the
Tuesday of the 410,000.
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
        (
            "en",
            "12 dead in bus crash\n\nOn Monday, 12 people died when a bus crashed, police said.",
        ),
        (
            "fr",
            "12 morts dans un accident de car\n\nLundi, 12 personnes sont mortes dans "
            "l'accident d'un car, selon la police.",
        ),
        (
            "es",
            "12 muertos en un accidente de autobús\n\nEl lunes murieron 12 personas en el "
            "accidente de un autobús, según la policía.",
        ),
        (
            "de",
            "12 Tote bei Busunglück\n\nAm Montag starben 12 Menschen bei einem Busunglück, "
            "teilte die Polizei mit.",
        ),
        (
            "it",
            "12 morti in un incidente d'autobus\n\nLunedì sono morte 12 persone "
            "nell'incidente di un autobus, secondo la polizia.",
        ),
    ],
)
def test_a_headline_figure_holds_when_the_body_dates_it(language: str, text: str) -> None:
    head, body = quantities(text, language, published=_PUBLISHED)
    assert body.as_of == _MONDAY
    assert (head.as_of, head.as_of_from) == (_MONDAY, body.as_of_from)


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
            "On Monday, 23 people were missing, the police said. A rescue group speaks of 40 "
            "missing people.",
        ),
        (
            "fr",
            "Lundi, 23 personnes étaient portées disparues, selon la police. Une association "
            "parle de 40 disparus.",
        ),
        (
            "es",
            "El lunes había 23 desaparecidos, según la policía. Una ONG habla de 40 desaparecidos.",
        ),
        (
            "de",
            "Am Montag wurden 23 Menschen vermisst, teilte die Polizei mit. Eine "
            "Hilfsorganisation spricht von 40 Vermissten.",
        ),
        (
            "it",
            "Lunedì i dispersi erano 23, secondo la polizia. Un'associazione parla di 40 dispersi.",
        ),
    ],
)
def test_a_rivals_larger_figure_is_no_rise(language: str, text: str) -> None:
    assert frozenset({23, 40}) in _conflicts(language, text)


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
