"""A reporting verb in a contrast clause after a figure is that clause's, not the figure's."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "second"),
    [
        (
            "en",
            "Clinics treated 210 patients, while nurses' unions said more than 400 needed care.",
            "nurses' unions",
        ),
        (
            "de",
            "Die Bergwacht rettete 38 Wanderer, während die Gemeinde 95 Evakuierungen meldete.",
            "die Gemeinde",
        ),
        (
            "nl",
            "De kustwacht redde 38 opvarenden, terwijl de gemeente 95 evacuaties meldde.",
            "de gemeente",
        ),
    ],
)
def test_the_figure_before_the_contrast_is_not_credited_to_its_speaker(
    language: str, text: str, second: str
) -> None:
    first, last = _credits(text, language)
    assert first != second
    assert last == second


def test_a_speaker_after_a_further_comma_closes_the_whole_sentence() -> None:
    text = (
        "The toll has reached 812, while the number of injured has risen to 1 930, "
        "the Daily Courier reports."
    )
    assert _credits(text, "en") == ["the Daily Courier", "the Daily Courier"]
