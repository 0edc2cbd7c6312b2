"""A conflict's sentence per day: one stray figure against the day's briefings reads once.

The judge sets a figure off a running toll's course against each briefing of
its day, one window each (so the briefings are never set against each other).
In words that is one sentence, "A versus B; versus C", not one per window; a
window that repeats another's figures is said once; days are in as-of order.
"""

from __future__ import annotations

from crosscheck import Claim
from crosscheck.judge import Finding, Side
from crosscheck.render._words import describe


def _claim(cid: str, value: int) -> Claim:
    return Claim(
        id=cid,
        kind="quantity",
        text=str(value),
        article=cid.split("#")[0],
        language="en",
        start=0,
        end=len(str(value)),
        sentence=str(value),
        sentence_start=0,
        low=value,
        high=value,
        unit="killed",
    )


def _side(cid: str, value: int, window: int, day: str) -> Side:
    return Side(
        claims=(cid,),
        articles=(cid.split("#")[0],),
        sources=(),
        origins=1,
        low=value,
        high=value,
        window=window,
        as_of_start=day,
        as_of_end=day,
    )


def test_one_figure_against_a_days_briefings_is_one_sentence() -> None:
    values = {"a#q1": 205, "b#q1": 62, "c#q1": 70, "d#q1": 95, "e#q1": 211, "f#q1": 188}
    claims = {cid: _claim(cid, v) for cid, v in values.items()}
    sides = (
        _side("e#q1", 211, 0, "2024-11-02"),
        _side("f#q1", 188, 0, "2024-11-02"),
        _side("a#q1", 205, 1, "2024-10-30"),
        _side("b#q1", 62, 1, "2024-10-30"),
        _side("a#q1", 205, 2, "2024-10-30"),
        _side("c#q1", 70, 2, "2024-10-30"),
        _side("d#q1", 95, 3, "2024-10-30"),
        _side("a#q1", 205, 3, "2024-10-30"),
        _side("d#q1", 95, 4, "2024-10-30"),  # the same pair again, in another window
        _side("a#q1", 205, 4, "2024-10-30"),
    )
    finding = Finding(
        id="f",
        kind="conflict",
        group="g",
        claims=tuple(claims.values()),
        articles=tuple(sorted({c.article for c in claims.values()})),
        claim_kind="quantity",
        unit="killed",
        event=None,
        facets=("conflict",),
        sides=sides,
        severity="hard",
    )
    text = describe(finding, claims)
    sentences = [s for s in text.split("Conflict (hard)") if s]
    assert len(sentences) == 2
    first, second = sentences
    assert first.startswith(" on the killed as of 2024-10-30: 205")
    assert first.count("versus") == 3  # 62, 70 and 95, each once
    assert "they cannot all be right" in first
    assert second.startswith(" on the killed as of 2024-11-02: 211")
    assert "both cannot be right" in second
