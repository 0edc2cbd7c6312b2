"""An open count ("at least 217") counts its bound so far: a lower count the next day fell.

A toll that never falls cannot be "at least 217" on one day and 215 the next;
the earlier figure's bound is what it counted. A rounder bound the next day
("more than 200") is no fall, and a higher count is an update.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _report(first: str, second: str, lang_b: str = "de") -> crosscheck.Report:
    return crosscheck.report(
        [
            Article(id="a", text=first, language="en", published="2024-11-05"),
            Article(id="b", text=second, language=lang_b, published="2024-11-06"),
        ]
    )


def test_a_lower_count_the_day_after_an_open_count_fell() -> None:
    rep = _report(
        "At least 317 people died in the floods, officials said.",
        "Insgesamt sind bislang 315 Todesopfer der Fluten bestätigt.",
    )
    conflicts = [f for f in rep.findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    assert "cannot_fall" in conflicts[0].notes


@pytest.mark.parametrize(
    "second",
    [
        "Mehr als 300 Menschen sind bei den Fluten gestorben.",  # a rounder bound
        "Insgesamt sind bislang 322 Todesopfer der Fluten bestätigt.",  # a rise
    ],
)
def test_a_rounder_bound_or_a_rise_is_no_fall(second: str) -> None:
    rep = _report("At least 317 people died in the floods, officials said.", second)
    assert not [f for f in rep.findings if f.kind == "conflict"]
