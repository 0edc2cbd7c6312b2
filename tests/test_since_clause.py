"""A day inside a "since" clause dates the event a running total starts at (``as_of``).

Our own sentences, of hospitals hit by a cyberattack. "210 patients moved since a
cyberattack knocked out their systems late on Sunday": Sunday is when the attack
struck, and the count holds at publication. A conjunction that opens such a clause
(``[frames] since_clause``: "since", "depuis que", "desde que", "seit", "odkąd",
"с тех пор как", "منذ أن") reaches a day up to ``_SINCE_CLAUSE_REACH`` characters on in
its one clause (no comma, stop or figure between), farther than a "since" before a date
("since Sunday") does. A day outside such a clause still dates the figure.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities

_TUESDAY = "2025-10-14"
_SUNDAY = "2025-10-12"


def _as_of(text: str, language: str) -> list[str | None]:
    return [c.as_of for c in quantities(text, language, published=_TUESDAY)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The hospitals have moved 210 patients elsewhere since a cyberattack knocked out "
            "their computer systems late on Sunday.",
        ),
        (
            "fr",
            "Les hôpitaux ont transféré 210 patients depuis qu'une cyberattaque a paralysé "
            "leurs systèmes informatiques dimanche soir.",
        ),
        (
            "es",
            "Los hospitales han trasladado a 210 pacientes desde que un ciberataque paralizó "
            "sus sistemas informáticos el domingo por la noche.",
        ),
        (
            "de",
            "Die Kliniken haben 210 Patienten verlegt, seit ein Cyberangriff ihre "
            "Computersysteme am Sonntagabend lahmlegte.",
        ),
        (
            "nl",
            "De ziekenhuizen hebben 210 patiënten overgebracht sinds een cyberaanval hun "
            "computersystemen zondagavond platlegde.",
        ),
        (
            "pt",
            "Os hospitais transferiram 210 doentes desde que um ciberataque paralisou os seus "
            "sistemas informáticos no domingo à noite.",
        ),
        (
            "ca",
            "Els hospitals han traslladat 210 pacients des que un ciberatac va paralitzar els "
            "seus sistemes informàtics diumenge al vespre.",
        ),
        (
            "ro",
            "Spitalele au transferat 210 pacienți de când un atac cibernetic le-a paralizat "
            "sistemele informatice duminică seara.",
        ),
        (
            "pl",
            "Szpitale przeniosły 210 pacjentów, odkąd cyberatak sparaliżował ich systemy "
            "komputerowe w niedzielę wieczorem.",
        ),
        (
            "ru",
            "Больницы перевели 210 пациентов с тех пор, как кибератака парализовала их "
            "компьютерные системы в воскресенье вечером.",
        ),
        (
            "uk",
            "Лікарні перевели 210 пацієнтів відтоді, як кібератака паралізувала їхні "
            "комп'ютерні системи в неділю ввечері.",
        ),
    ],
)
def test_the_day_of_the_since_clause_leaves_the_count_at_publication(
    language: str, text: str
) -> None:
    assert _as_of(text, language) == [_TUESDAY]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # must not: a day outside any "since" clause dates the figure
        ("en", "The hospitals moved 210 patients elsewhere on Sunday."),
        ("es", "Los hospitales trasladaron a 210 pacientes el domingo, según el ministerio."),
        # must not: a comma closes the since clause before the figure and its day
        (
            "en",
            "Since a cyberattack knocked them out, the hospitals moved 210 patients elsewhere "
            "on Sunday.",
        ),
    ],
)
def test_a_day_outside_the_clause_still_dates_the_figure(language: str, text: str) -> None:
    assert _as_of(text, language) == [_SUNDAY]
