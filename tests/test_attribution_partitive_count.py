"""A count verb after a partitive clitic reports its subject's count.

"…, mentre que la policia en compta 27", "…, tandis que les gendarmes en comptent 27":
the clitic ("en", it "ne") stands for the counted noun of the clause before, and the
verb of counting (``[attribution] verbs``: ca "en compta", fr "en comptent", "en a
compté"; it "ne conta" by "conta") credits its subject with the figure after it.
"Prendre en compte" ("take into account") is no count, nor is "compte" alone ("le stade
compte 40 000 places": it holds them).
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _sources(text: str, lang: str) -> list[str | None]:
    return [c.attributed_to for c in quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "sources"),
    [
        (
            "ca",
            "Els bombers xifren els ferits en 31, mentre que la policia en compta 27.",
            ["Els bombers", "la policia"],
        ),
        ("ca", "Els Mossos en comptaven 12 dimarts al vespre.", ["Els Mossos"]),
        (
            "fr",
            "Les pompiers parlent de 31 blessés, tandis que les gendarmes en comptent 27.",
            ["Les pompiers", "les gendarmes"],
        ),
        ("fr", "La préfecture en a compté 12 mardi soir.", ["La préfecture"]),
        ("fr", "Les secours en comptaient 27 hier.", ["Les secours"]),
        (
            "it",
            "I vigili del fuoco parlano di 31 feriti, mentre la polizia ne conta 27.",
            ["I vigili del fuoco", "la polizia"],
        ),
    ],
)
def test_a_count_verb_after_a_partitive_clitic_credits_its_subject(
    lang: str, text: str, sources: list[str]
) -> None:
    assert _sources(text, lang) == sources


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La commission a pris en compte 27 dossiers."),
        ("fr", "Le stade compte 40 000 places."),
        ("ca", "La comissió ha tingut en compte 27 expedients."),
        # languages with no partitive clitic: "to count with" is to have
        ("es", "El estadio cuenta con 40.000 localidades."),
        ("pt", "O estádio conta com 40 mil lugares."),
    ],
)
def test_taking_into_account_or_holding_credits_no_one(lang: str, text: str) -> None:
    assert _sources(text, lang) == [None]
