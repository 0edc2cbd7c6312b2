"""A headline's verb of revision ([syntax] level_verbs) whose subject is a phrase of
common nouns naming no one credits no source: "Harz bark beetle damage revised up to
14,500 hectares" tells what the figure measures, not who revised it. A subject that
names a person, a role or a body ("Zelensky says", "Harz forestry officials revised",
"Ursula von der Leyen announces") still speaks."""

from __future__ import annotations

import pytest

from crosscheck.extract._context import context
from crosscheck.lang import get_language


def _source(language: str, text: str, figure: str) -> str | None:
    at = text.index(figure)
    found = context(text, 0, len(text), at, at + len(figure), get_language(language))
    return found.attribution.source if found.attribution is not None else None


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "Alpine spruce blight damage revised up to 9,300 hectares", "9,300"),
        ("en", "Vineyard loss in Bavaria revised to 2,100 hectares", "2,100"),
        ("nl", "Eifel stormschade bijgesteld naar 3.700 hectare", "3.700"),
        ("ru", "Ущерб от урагана в Карелии пересмотрели до 8,2 тысячи гектаров", "8,2"),
        ("uk", "Карпати збитки від буревію підвищили до 6,4 тисячі гектарів", "6,4"),
        ("de", "Hagelschäden in Bayern korrigiert auf 40 Millionen Euro", "40 Millionen"),
    ],
)
def test_a_headline_subject_of_common_nouns_names_no_one(
    language: str, text: str, figure: str
) -> None:
    assert _source(language, text, figure) is None


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        ("en", "Zelensky says 31,000 troops killed", "31,000", "Zelensky"),
        ("en", "Police say 40 arrested", "40", "Police"),
        ("en", "Rescuers revised up to 40 the number of missing", "40", "Rescuers"),
        (
            "en",
            "Eifel forestry officials revised up to 3,700 hectares",
            "3,700",
            "Eifel forestry officials",
        ),
        (
            "en",
            "Ursula von der Leyen announces 5 billion euros",
            "5 billion",
            "Ursula von der Leyen",
        ),
        ("en", "Lula da Silva says 300 died", "300", "Lula da Silva"),
        ("de", "Gesundheitsministerium meldet 120 Tote", "120", "Gesundheitsministerium"),
        ("es", "Protección Civil eleva a 40 los muertos", "40", "Protección Civil"),
        (
            "fr",
            "Médecins sans frontières estime à 300 le nombre de blessés",
            "300",
            "Médecins sans frontières",
        ),
    ],
)
def test_a_headline_subject_that_names_someone_speaks(
    language: str, text: str, figure: str, source: str
) -> None:
    assert _source(language, text, figure) == source


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        ("en", "Ministry of Health: 120 dead", "120", "Ministry of Health"),
        ("en", "Police: 40 arrested", "40", "Police"),
        ("en", "Zelensky: 31,000 troops killed in war", "31,000", "Zelensky"),
    ],
)
def test_a_headline_label_that_names_someone_keeps_its_source(
    language: str, text: str, figure: str, source: str
) -> None:
    assert _source(language, text, figure) == source


def test_a_later_sentence_subject_is_left_alone() -> None:
    text = "Spruce dieback in the Eifel. Alpine spruce blight damage revised up to 9,300 hectares"
    at = text.index("Alpine")
    found = context(
        text, at, len(text), text.index("9,300"), text.index("9,300") + 5, get_language("en")
    )
    assert found.attribution is not None
