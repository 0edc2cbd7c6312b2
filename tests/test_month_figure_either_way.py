"""A month-only figure of a count that may move either way is no rival of a day it may follow.

A figure of an article dated only "2025-06" holds at some day of June. For a count that
is neither a toll that never falls nor a rising course (aircraft fighting a fire, boats
at sea), a June figure above or below the June days' values may be that count on a
later or an earlier day of June that no figure shows: it is set against the days as a
rival only when day values stand both before and after June and it lies outside both.
Must-not: with day values before and after June that it lies outside, it stays a rival.
"""

from __future__ import annotations

import pytest

from tests._articles import opposed, story_report

_DAY = (
    "2025-06-10",
    "en",
    "Wildfire in Sardinia\n\nThe civil protection agency said on Tuesday that 14 aircraft "
    "were fighting the fire.",
)

_MONTH = {
    "it": "Incendio in Sardegna\n\nSono ora 40 gli aerei impegnati contro l'incendio, "
    "secondo la protezione civile.",
    "fr": "Incendie en Sardaigne\n\nLa lutte contre le feu mobilise désormais 40 avions, "
    "selon la protection civile.",
    "es": "Incendio en Cerdeña\n\nYa son 40 los aviones que combaten el fuego, según "
    "Protección Civil.",
    "nl": "Bosbrand op Sardinië\n\nInmiddels bestrijden 40 vliegtuigen het vuur, meldt de "
    "civiele bescherming.",
    "de": "Waldbrand auf Sardinien\n\nInzwischen kämpfen 40 Flugzeuge gegen das Feuer, "
    "teilte der Zivilschutz mit.",
    "pl": "Pożar na Sardynii\n\nZ ogniem walczy już 40 samolotów, podała obrona cywilna.",
}

# Day values around June that fall (16 before, 12 after): no rising course.
_BEFORE = (
    "2025-05-28",
    "fr",
    "Incendie en Sardaigne\n\nSelon la protection civile, 16 avions luttaient mercredi "
    "contre le feu.",
)
_AFTER = (
    "2025-07-02",
    "es",
    "Incendio en Cerdeña\n\nSegún Protección Civil, 12 aviones combatían el fuego el miércoles.",
)


def _texts(rows: list[tuple[str, str, str]]) -> set[frozenset[object]]:
    return opposed(story_report(rows, "sardinia_fire"))


@pytest.mark.parametrize("lang", sorted(_MONTH))
def test_a_month_figure_may_be_a_later_day_of_its_month(lang: str) -> None:
    assert _texts([_DAY, ("2025-06", lang, _MONTH[lang])]) == set()


def test_a_month_figure_between_the_days_around_its_month_is_no_rival() -> None:
    month = "Incendio in Sardegna\n\nSono ora 15 gli aerei impegnati, secondo la protezione civile."
    assert _texts([_BEFORE, _DAY, ("2025-06", "it", month), _AFTER]) == set()


@pytest.mark.parametrize("lang", ["it", "fr", "nl"])
def test_a_month_figure_outside_the_days_around_its_month_stays_a_rival(lang: str) -> None:
    pairs = _texts([_BEFORE, _DAY, ("2025-06", lang, _MONTH[lang]), _AFTER])
    assert any("14 aircraft" in pair for pair in pairs)
