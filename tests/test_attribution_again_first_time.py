"""Adverbs of repetition and of a first time are no part of a source's name.

"Президент Украины Владимир Зеленский впервые назвал …": the source is the
president, not "… Зеленский впервые" (which keyed him apart from every other
mention of him). Such adverbs ("впервые", "вперше", "снова", "erstmals",
"nuevamente", "nuovamente", "novamente", "ponownie") are trimmed off a
source's edges like "also" or "earlier"; a sentence with no source stays
uncredited.
"""

from __future__ import annotations

import pytest

from ._articles import credits


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "ru",
            "В феврале президент Украины Владимир Зеленский впервые назвал данные о потерях: "
            "по его словам, погибли более 46 тысяч украинских военных.",
            "президент Украины Владимир Зеленский",
        ),
        (
            "uk",
            "У лютому президент України Володимир Зеленський вперше назвав дані про втрати: "
            "за його словами, загинули понад 46 тисяч українських військових.",
            "президент України Володимир Зеленський",
        ),
        ("ru", "Министр обороны снова заявил, что погибли 120 человек.", "Министр обороны"),
        ("uk", "Міністр оборони знову заявив, що загинули 120 людей.", "Міністр оборони"),
        ("de", "Wie das Ministerium erstmals bestätigte, starben 120 Menschen.", "das Ministerium"),
        ("es", "El ministerio nuevamente informó que murieron 120 personas.", "El ministerio"),
        ("it", "Il ministero nuovamente ha riferito che sono morte 120 persone.", "Il ministero"),
        ("pt", "O ministério novamente informou que morreram 120 pessoas.", "O ministério"),
        ("pl", "Ministerstwo ponownie poinformowało, że zginęło 120 osób.", "Ministerstwo"),
    ],
)
def test_the_adverb_before_the_verb_is_not_the_sources(lang: str, text: str, source: str) -> None:
    assert credits(text, lang) == [source]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Nuevamente murieron 120 personas en la región."),
        ("ru", "Снова погибли 120 человек."),
    ],
)
def test_the_adverb_alone_credits_no_one(lang: str, text: str) -> None:
    assert credits(text, lang) == [None]
