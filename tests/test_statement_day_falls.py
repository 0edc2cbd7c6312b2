"""A statement's day dates a count; a fall's figures; a toll's course through overlaps.

The judge reads figures the text dates before their article as maybe the
event's day ("the quake of Friday killed 2,012"), never as a count that fell;
a day that dates the statement giving the figure (``as_of_from =
"statement"``) is the count's own day. A fall sets the earlier value against
each value it fell to in a window of its own. The toll's course may pass
through two overlapping values ("almost 11,500" after 11,470).
"""

from __future__ import annotations

import datetime as dt

import crosscheck
from crosscheck.judge import _findings, judge_group
from crosscheck.judge._intervals import Interval
from crosscheck.judge._time import Window


def _claim(ident: str, low: float, **fields: object) -> crosscheck.Claim:
    return crosscheck.Claim(
        id=ident,
        article=ident.split("#")[0],
        kind="quantity",
        text=f"{low:g}",
        start=0,
        end=1,
        sentence=f"Officials said {low:g} ({ident}).",
        sentence_start=0,
        language="en",
        low=low,
        high=low,
        qualifier="exact",
        unit=fields.pop("unit", "buried"),
        **fields,  # type: ignore[arg-type]
    )


def _burials(how: str) -> crosscheck.Finding | None:
    # "On Wednesday the ministry said 3,190 had been buried" (printed Thursday),
    # then 2,200 buried on Thursday: a count of the buried cannot fall.
    return judge_group(
        [
            _claim(
                "a#q1",
                3190,
                as_of="2024-05-08",
                as_of_from=how,
                published="2024-05-09",
                attributed_to="the ministry",
            ),
            _claim(
                "b#q1",
                2200,
                as_of="2024-05-09",
                as_of_from="published",
                published="2024-05-09",
                attributed_to="the mayor",
            ),
        ]
    )


def test_a_count_dated_by_its_statements_day_can_show_a_fall() -> None:
    finding = _burials("statement")
    assert finding is not None
    assert finding.kind == "conflict"
    assert "cannot_fall" in finding.notes


def test_a_count_dated_by_a_text_day_before_its_article_shows_no_fall() -> None:
    # Must not: "the storm of Wednesday killed 3,190" may date the storm, not the count.
    finding = _burials("text")
    assert finding is not None
    assert finding.kind != "conflict"


def _window(day: int, *claims: crosscheck.Claim) -> Window:
    first = dt.date(2024, 5, day)
    return Window(first, first, tuple(claims))


def test_a_fall_sets_the_earlier_value_against_each_value_apart() -> None:
    # 5,000 on the 1st; the 2nd gives 3,100 and 3,250 (two outlets, maybe two
    # briefings of the day): each fell, but the fall does not set them apart.
    a = _claim("a#q1", 5000, published="2024-05-01", unit="killed")
    b = _claim("b#q1", 3100, published="2024-05-02", unit="killed")
    c = _claim("c#q1", 3250, published="2024-05-02", unit="killed")
    ivs = {x.id: Interval(float(x.low or 0), float(x.high or 0)) for x in (a, b, c)}
    windows = _findings._falls(ivs, [_window(1, a), _window(2, b, c)])
    assert sorted([[x.id for x in side] for side in w] for w in windows) == [
        [["a#q1"], ["b#q1"]],
        [["a#q1"], ["c#q1"]],
    ]


def test_the_course_passes_through_overlapping_values() -> None:
    # 5,200 (1st), 11,470 (2nd), "almost 11,500" (3rd, 11,400-11,490): no fall,
    # so the course holds all three days.
    days = []
    ivs: dict[str, Interval] = {}
    values = ((1, 5200, 5200, 3), (2, 11470, 11470, 1), (3, 11400, 11490, 2))
    for day, low, high, outlets in values:
        part = [
            _claim(f"d{day}o{o}#q1", low, published=f"2024-05-0{day}", attributed_to=f"s{o}")
            for o in range(outlets)
        ]
        ivs.update({c.id: Interval(float(low), float(high)) for c in part})
        days.append((_window(day, *part), [part]))
    path = _findings._rising_path(ivs, days)
    assert [p.first.day for p in path] == [1, 2, 3]


def test_the_course_never_passes_through_a_fall() -> None:
    # Must not: 11,470 then 10,000-10,900 lies wholly below: one of them is off the course.
    days = []
    values = ((1, (11470, 11470)), (2, (10000, 10900)))
    ivs: dict[str, Interval] = {}
    for day, (low, high) in values:
        part = [_claim(f"d{day}#q1", low, published=f"2024-05-0{day}")]
        ivs[part[0].id] = Interval(float(low), float(high))
        days.append((_window(day, *part), [part]))
    path = _findings._rising_path(ivs, days)
    assert len(path) == 1
