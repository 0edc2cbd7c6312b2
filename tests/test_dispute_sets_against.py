"""A verb of denial by the second source sets its figure against the first, as a word of
contrast does: "The agency counted 27 tonnes. Environmental group Apele Vii disputed the
official count, saying at least 60 tonnes …" gives two rival readings of one count, not two
stages of a running total."""

from __future__ import annotations

import pytest

from crosscheck.claims._rivals import set_against

from ._articles import opposed, quantities, story_report

DISPUTED = [
    (
        "en",
        "The Red Crescent said more than 300 people had died in Derna. The health ministry "
        "disputed that figure, saying more than 2,000 people had died.",
    ),
    (
        "pt",
        "Segundo o Crescente Vermelho, mais de 300 pessoas morreram em Derna. O ministério "
        "da Saúde contesta o número e fala em mais de 2.000 mortos.",
    ),
    (
        "fr",
        "Selon le Croissant-Rouge, plus de 300 personnes sont mortes à Derna. Le ministère "
        "de la Santé conteste ce bilan et annonce plus de 2 000 morts.",
    ),
    (
        "es",
        "Según la Media Luna Roja, más de 300 personas murieron en Derna. El ministerio de "
        "Salud rechaza esa cifra e informa de más de 2.000 muertos.",
    ),
    (
        "it",
        "Secondo la Mezzaluna Rossa sono morte oltre 300 persone a Derna. Il ministero della "
        "Salute contesta il dato e parla di oltre 2.000 morti.",
    ),
    (
        "de",
        "Der Rote Halbmond meldete mehr als 300 Tote in Derna. Das Gesundheitsministerium "
        "bestreitet die Zahl und spricht von mehr als 2000 Toten.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DISPUTED)
def test_a_disputing_source_sets_its_figure_against_the_first(lang: str, text: str) -> None:
    first, second = quantities(text, lang, "2023-09-11")
    assert first.source_id != second.source_id
    assert set_against(first, second)
    report = story_report([("2023-09-11", lang, text)], "story", "o")
    assert frozenset((300, 2000)) in opposed(report, lambda c: c.low)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a negated verb of denial contrasts nothing
        (
            "en",
            "The Red Crescent said more than 300 people had died in Derna. The health "
            "ministry did not dispute that figure and later said more than 2,000 had died.",
        ),
        # no verb of denial, no word of contrast: two stages, as before
        (
            "en",
            "The Red Crescent said more than 300 people had died in Derna. The health "
            "ministry later said more than 2,000 people had died.",
        ),
    ],
)
def test_no_contrast_without_a_dispute(lang: str, text: str) -> None:
    first, second = quantities(text, lang, "2023-09-11")
    assert not set_against(first, second)
