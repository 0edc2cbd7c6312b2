"""The date of an abduction is the onset of what is counted ([events] abducted, an
ONSET_EVENTS concept): "24 of the 36 men kidnapped in September are free" holds at
publication, not in September, as "the quake that struck on 8 September" leaves its
toll's day alone. A day that dates the count itself still does."""

from __future__ import annotations

import pytest

from ._articles import quantities

PUBLISHED = "2025-11-06"

# A count of the freed or still held beside the month of the abduction, in several
# languages: (text, the figure).
ONSET = {
    "en": ("So far 24 of the workers kidnapped in September have been freed.", "24"),
    "de": ("Damit sind 24 der im September entführten Männer frei.", "24"),
    "fr": ("Au total, 24 des employés enlevés en septembre ont été libérés.", "24"),
    "it": ("Sono 24 gli ostaggi rapiti a settembre liberati finora.", "24"),
    "es": ("Ya han sido liberados 24 de los trabajadores secuestrados en septiembre.", "24"),
    "nl": ("Inmiddels zijn 24 van de in september ontvoerde mijnwerkers vrij.", "24"),
    "pl": ("Dotąd uwolniono 24 z górników porwanych we wrześniu.", "24"),
}


@pytest.mark.parametrize("language", sorted(ONSET))
def test_the_month_of_the_abduction_does_not_date_the_count(language: str) -> None:
    text, figure = ONSET[language]
    (claim,) = [c for c in quantities(text, language, PUBLISHED) if c.text.startswith(figure)]
    assert claim.as_of == PUBLISHED


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On 4 November, 17 hostages had been freed, the ministry said."),
        ("fr", "Le 4 novembre, 17 otages avaient été libérés, selon le ministère."),
    ],
)
def test_a_day_that_dates_the_count_still_dates_it(language: str, text: str) -> None:
    (claim,) = [c for c in quantities(text, language, PUBLISHED) if c.text.startswith("17")]
    assert claim.as_of == "2025-11-04"
