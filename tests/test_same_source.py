""" "La même source", "the same source", "aceleiași surse" name the source named last.

The phrase (``[attribution] same_source``) is the source credited last, whoever it was:
a role noun credited with no name ("selon la préfecture", "according to the police")
too (claims._build._same_source), in every language that has the phrase.
"""

from __future__ import annotations

import pytest

from ._articles import credit_of


@pytest.mark.parametrize(
    ("language", "first", "second", "source"),
    [
        (
            "fr",
            "Cinq personnes ont péri dans l'incendie, selon la préfecture.",
            "Selon la même source, 70 pompiers ont été mobilisés.",
            "la préfecture",
        ),
        (
            "en",
            "Nine people died when a bus overturned, according to the police.",
            "According to the same source, 27 passengers were injured.",
            "the police",
        ),
        (
            "ro",
            "Trei persoane au murit în urma inundațiilor, potrivit pompierilor.",
            "Potrivit aceleiași surse, 40 de case au fost distruse.",
            "pompierilor",
        ),
        (
            "de",
            "Bei dem Brand starben neun Menschen, teilte die Polizei mit.",
            "Nach Angaben derselben Quelle wurden 27 Menschen verletzt.",
            "die Polizei",
        ),
        (
            "nl",
            "Bij de brand kwamen negen mensen om, meldt de politie.",
            "Volgens dezelfde bron raakten 27 mensen gewond.",
            "de politie",
        ),
        (
            "pl",
            "W pożarze zginęło dziewięć osób, poinformowała policja.",
            "Według tego samego źródła 27 osób zostało rannych.",
            "policja",
        ),
        (
            "ru",
            "При пожаре погибли девять человек, сообщила полиция.",
            "По данным того же источника, 27 человек получили ранения.",
            "полиция",
        ),
        (
            "uk",
            "Унаслідок пожежі загинули дев'ять людей, повідомила поліція.",
            "За даними того ж джерела, 27 людей отримали поранення.",
            "поліція",
        ),
    ],
)
def test_the_same_source_is_the_one_named_last(
    language: str, first: str, second: str, source: str
) -> None:
    text = f"Title\n\n{first}\n\n{second}"
    figure = "70" if language == "fr" else "40" if language == "ro" else "27"
    assert credit_of(language, text, figure) == source


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        (
            "fr",
            "Title\n\nCinq personnes sont mortes, selon la préfecture. Huit blessés ont été "
            "hospitalisés, selon les pompiers.\n\nSelon la même source, 40 habitants ont "
            "été évacués.",
            "40",
            "les pompiers",
        ),
        (
            "en",
            "Title\n\nNine people died, the Interior Ministry said. Another 27 were injured, "
            "according to the police.\n\nAccording to the same source, 14 were arrested.",
            "14",
            "the police",
        ),
    ],
)
def test_the_same_source_is_the_latest_not_the_first(
    language: str, text: str, figure: str, source: str
) -> None:
    assert credit_of(language, text, figure) == source
