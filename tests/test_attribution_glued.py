"""A cue after a later figure of the sentence, with no comma before it, credits that figure only."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("fr", "On compte 3 800 morts, et jusqu'à 10 000 selon le maire de la ville.", "le maire"),
        ("es", "Hay 3.800 muertos, y hasta 10.000 según el alcalde de la ciudad.", "el alcalde"),
        ("en", "Officials count 3,800 dead, and up to 10,000 according to the mayor.", "the mayor"),
        ("it", "Si contano 3.800 morti, e fino a 10.000 secondo il sindaco.", "il sindaco"),
    ],
)
def test_a_cue_glued_to_a_later_figure_credits_that_figure_only(
    language: str, text: str, source: str
) -> None:
    first, second = _credits(text, language)
    assert first is None
    assert second is not None
    assert second.startswith(source)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # set off by a comma, the cue closes the sentence: both figures are the ministry's
        ("fr", "On compte 3 800 morts et 1 000 blessés, selon le ministère."),
        ("en", "There are 3,800 dead and 1,000 injured, according to the ministry."),
        # no comma between the two figures: one list, one credit
        ("es", "Hay 3.800 muertos y 1.000 heridos según el ministerio."),
    ],
)
def test_a_cue_closing_the_sentence_credits_every_figure(language: str, text: str) -> None:
    credits = _credits(text, language)
    assert len(credits) == 2
    assert all(c is not None and "minist" in c for c in credits)
