"""A place that leads the next comma-joined clause, which gives a figure of its own, is
that figure's place, not the place of the figure before the comma."""

from __future__ import annotations

import pytest

from ._articles import quantities


def _place(text: str, lang: str, figure: str) -> str | None:
    return next(c.place_id for c in quantities(text, lang) if c.text.startswith(figure))


@pytest.mark.parametrize(
    ("lang", "text", "figure", "place"),
    [
        (
            "de",
            "In Bayern zählten die Behörden fünf Tote, in Hessen kam ein Mensch ums Leben.",
            "fünf",
            "bavaria",
        ),
        (
            "de",
            "In Kastilien-La Mancha wurden zwei Tote geborgen, in Andalusien gab es noch einen.",
            "zwei",
            "castilla_la_mancha",
        ),
        (
            "de",
            "In Prag demonstrierten 60.000 Menschen, in Wien weitere 3.000.",
            "60.000",
            "prague",
        ),
        ("es", "En Baviera murieron cinco personas, en Hesse una.", "cinco", "bavaria"),
        (
            "fr",
            "En Bavière, les autorités ont compté cinq morts, en Hesse une personne est décédée.",
            "cinq",
            "bavaria",
        ),
        (
            "en",
            "In Bavaria, authorities counted five dead, in Hesse one person died.",
            "five",
            "bavaria",
        ),
        (
            "it",
            "In Baviera le autorità hanno contato cinque morti, in Assia 2 feriti.",
            "cinque",
            "bavaria",
        ),
    ],
)
def test_the_next_clause_keeps_its_place(lang: str, text: str, figure: str, place: str) -> None:
    assert _place(text, lang, figure) == place


@pytest.mark.parametrize(
    ("lang", "text", "figure", "place"),
    [
        # the place after the comma closes the figure's own item
        ("de", "Es gab fünf Tote, in Bayern.", "fünf", "bavaria"),
        ("es", "Murieron cinco personas, en Baviera, la región más afectada.", "cinco", "bavaria"),
        # the figure's own clause goes on to its place
        (
            "en",
            "The earthquake, of magnitude 6.9, struck Morocco on the night of September 8-9.",
            "6.9",
            "morocco",
        ),
        ("en", "Five people died in Bavaria, and one in Hesse.", "Five", "bavaria"),
        # an article of something else is no figure of the next clause
        (
            "en",
            "Five people died in the storm in Bavaria, while in Hesse a tornado destroyed homes.",
            "Five",
            "bavaria",
        ),
        ("en", "Five people died in Bavaria, and one in Hesse.", "one", "hesse"),
    ],
)
def test_a_place_of_the_figure_itself_stays(lang: str, text: str, figure: str, place: str) -> None:
    assert _place(text, lang, figure) == place


def test_an_article_of_something_else_leaves_the_place_to_the_figure() -> None:
    text = "Murieron cinco personas en la tormenta, en Valencia se declaró una alerta roja."
    assert _place(text, "es", "cinco") is not None
