"""A negated figure set against a first one ("… more than 40, not 23, as the police
said", "… а не 23, как утверждает командование") is the rival's: a negation word is a
word of ``[attribution] versus``, so the cue on the negated figure's side credits it and
the speaker of the sentence keeps the first figure only."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "speaker", "rival"),
    [
        (
            "ru",
            "Профсоюз настаивает, что пострадали более 40 сотрудников, а не 23, как утверждает"
            " командование.",
            "Профсоюз",
            "командование",
        ),
        (
            "uk",
            "Профспілка наполягає, що постраждали понад 40 працівників, а не 23, як стверджує"
            " командування.",
            "Профспілка",
            "командування",
        ),
        (
            "de",
            "Die Gewerkschaft besteht darauf, dass mehr als 40 Beamte verletzt wurden, nicht 23,"
            " wie die Polizeiführung behauptet.",
            "Gewerkschaft",
            "Polizeiführung",
        ),
        (
            "es",
            "El sindicato insiste en que más de 40 agentes resultaron heridos, y no 23, como"
            " afirma el mando.",
            "sindicato",
            "mando",
        ),
        (
            "it",
            "Il sindacato sostiene che i feriti sono più di 40, e non 23, come afferma il comando.",
            "sindacato",
            "comando",
        ),
        (
            "pt",
            "O sindicato insiste que mais de 40 agentes ficaram feridos, e não 23, como afirma o"
            " comando.",
            "sindicato",
            "comando",
        ),
        (
            "pl",
            "Związek twierdzi, że rannych zostało ponad 40 funkcjonariuszy, a nie 23, jak"
            " twierdzi policja.",
            "Związek",
            "policja",
        ),
        (
            "en",
            "The union insists that more than 40 officers were hurt, not 23, as the police said.",
            "union",
            "police",
        ),
    ],
)
def test_negated_figure_is_the_rivals(language: str, text: str, speaker: str, rival: str) -> None:
    first, second = _credits(text, language)
    assert first is not None
    assert speaker in first
    assert second is not None
    assert rival in second


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # must not: with no cue of its own the negated figure stays the speaker's
        (
            "ru",
            "Профсоюз настаивает, что пострадали более 40 сотрудников, а не 23.",
            "Профсоюз",
        ),
        ("en", "The union insists that more than 40 officers were hurt, not 23.", "union"),
        (
            "de",
            "Die Gewerkschaft besteht darauf, dass mehr als 40 Beamte verletzt wurden, nicht 23.",
            "Gewerkschaft",
        ),
        (
            "es",
            "El sindicato insiste en que más de 40 agentes resultaron heridos, y no 23.",
            "sindicato",
        ),
    ],
)
def test_negated_figure_with_no_cue_keeps_the_speaker(
    language: str, text: str, speaker: str
) -> None:
    credits = _credits(text, language)
    assert len(credits) == 2
    assert all(c is not None and speaker in c for c in credits)
