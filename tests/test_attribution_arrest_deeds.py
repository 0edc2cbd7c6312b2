"""The body that arrests people is the source of its own arrest count ("deed_verbs")."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        ("en", "Police arrested 19 people outside the stadium.", "Police"),
        ("es", "La Guardia Civil detuvo a 19 personas en el puerto.", "La Guardia Civil"),
        ("fr", "La gendarmerie a procédé à 19 interpellations près du port.", "La gendarmerie"),
        ("it", "La polizia ha fermato 19 persone vicino al porto.", "La polizia"),
    ],
)
def test_the_arresting_body_is_credited(language: str, text: str, credit: str) -> None:
    assert _credits(text, language) == [credit]


def test_a_cue_of_the_sentence_still_wins_over_the_deed() -> None:
    text = "Police arrested 19 people outside the stadium, the interior ministry said."
    assert _credits(text, "en") == ["the interior ministry"]


def test_a_verb_final_ausgehen_credits_its_subject() -> None:
    text = (
        "Das Amt bezifferte die Zahl der Opfer auf 70, während die Hilfsorganisation "
        "von mindestens 95 Toten ausgeht."
    )
    assert _credits(text, "de") == ["Das Amt", "die Hilfsorganisation"]
