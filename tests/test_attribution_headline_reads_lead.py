"""A title line's figure with no credit of its own reads the lead's figure of its unit in
fewer words, and takes its credit: a vague word of a number the lead's figure reaches, up
to ten times it ("Dozens of sheep" / "Forty-three sheep …, the county council said"), or
the lead's number rounded to the title's last significant digit, on the side its hedge
says ("Plus de cinq tonnes" / "5,3 tonnes …, a annoncé le parquet"). The lead is the
body's first sentence with a figure, and one source must credit all its figures of that
unit. Rival sources in the lead, another number (200 / 250), a vague word far below the
figure ("hundreds" / 2,000), a figure only later in the body, and a first line that ends
with a stop (a lead, no title) leave the figure uncredited."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "Dozens of sheep drown in Ardley floods\n\n"
            "Forty-three sheep drowned when the river burst its banks, the county council "
            "said on Monday.",
            "the county council",
        ),
        (
            "fr",
            "Plus de cinq tonnes d'héroïne saisies au Havre\n\n"
            "Les douaniers ont saisi 5,3 tonnes d'héroïne dans le port du Havre, a annoncé "
            "jeudi le parquet.",
            "le parquet",
        ),
        (
            "de",
            "Dutzende Schafe ertrunken\n\n"
            "Dreiundvierzig Schafe sind beim Hochwasser ertrunken, teilte die Kreisverwaltung "
            "am Montag mit.",
            "die Kreisverwaltung",
        ),
        (
            "es",
            "La provincia tiene 2,4 millones de habitantes\n\n"
            "La provincia tiene 2.383.000 habitantes, según el instituto de estadística.",
            "el instituto de estadística",
        ),
        (
            "it",
            "Decine di pecore annegate nell'alluvione\n\n"
            "Quarantatré pecore sono annegate nell'alluvione, ha reso noto il sindaco.",
            "il sindaco",
        ),
        (
            "nl",
            "Tientallen schapen verdronken\n\n"
            "Bij de overstroming zijn 43 schapen verdronken, meldde de gemeente.",
            "de gemeente",
        ),
    ],
)
def test_title_figure_takes_the_lead_credit(language: str, text: str, source: str) -> None:
    assert _credits(text, language)[0] == source


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # must not: two sources' figures of the unit in the lead
        (
            "fr",
            "Plus d'un million de manifestants\n\n"
            "Selon le ministère, 1,1 million de personnes ont manifesté, contre 3 millions "
            "selon les syndicats.",
        ),
        # must not: another number, not a rounding of it
        (
            "fr",
            "Plus de 200 moutons noyés\n\nQuelque 250 moutons se sont noyés, selon la mairie.",
        ),
        # must not: a vague word far below the figure
        ("en", "Hundreds dead in floods\n\nAt least 2,000 people died, officials said."),
        # must not: the lead gives no figure of the unit; a later paragraph does
        (
            "en",
            "Dozens missing after boat capsizes\n\n"
            "Eleven people died when the boat capsized, the coast guard said.\n\n"
            "According to the survivors, about 60 people are still missing.",
        ),
        # must not: a first line that ends with a stop is the lead, no title
        (
            "en",
            "The toll has risen above 11,000 as the search goes on.\n"
            "The Red Crescent said it had recorded 11,300 deaths.",
        ),
    ],
)
def test_title_figure_stays_uncredited(language: str, text: str) -> None:
    assert _credits(text, language)[0] is None
