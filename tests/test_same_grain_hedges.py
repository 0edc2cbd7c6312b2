"""Two hedged figures rounded to one digit that state different values are two readings.

"About 380,000" alone may stray one unit of its last digit (370,000-390,000); beside
another source's "about 390,000", rounded to the same ten thousand, each keeps to its own
rounding, so the two sit on two sides of a (soft) conflict. A finer or coarser figure,
or a lone hedged figure, keeps the one-unit reading.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import crosscheck
from crosscheck import Article
from crosscheck.claims import Claim
from crosscheck.judge._intervals import Interval
from crosscheck.judge._values import QuantityValues

_DAY = "2025-02-20"


def _report(lang_a: str, text_a: str, lang_b: str, text_b: str) -> crosscheck.Report:
    return crosscheck.report(
        [
            Article(id="a", text=text_a, language=lang_a, published=_DAY, story="s"),
            Article(id="b", text=text_b, language=lang_b, published=_DAY, story="s"),
        ]
    )


def _sides_apart(rep: crosscheck.Report) -> bool:
    """The two articles' figures sit on two sides of one conflict."""
    for finding in rep.conflicts:
        arts = [set(side.articles) for side in finding.sides]
        if {"a"} in arts and {"b"} in arts:
            return True
    return False


SAME_GRAIN = [
    (
        "en",
        "About 380,000 soldiers have been wounded, the president said.",
        "en",
        "Some 390,000 troops were injured, according to the defence ministry.",
    ),
    (
        "fr",
        "Environ 380 000 soldats ont été blessés, a déclaré le président.",
        "de",
        "Rund 390.000 Soldaten wurden verletzt, sagte der Präsident.",
    ),
    (
        "es",
        "Unos 2.300 soldados resultaron heridos, según el ministerio.",
        "it",
        "Circa 2.400 soldati sono rimasti feriti, secondo il ministero.",
    ),
    (
        "ru",
        "Около 380 тысяч военных получили ранения, заявил президент.",
        "en",
        "About 390,000 soldiers have been wounded, the president said.",
    ),
    (
        "pt",
        "Cerca de 380 mil soldados ficaram feridos, disse o presidente.",
        "nl",
        "Ongeveer 390.000 soldaten raakten gewond, zei de president.",
    ),
]


@pytest.mark.parametrize(("la", "ta", "lb", "tb"), SAME_GRAIN)
def test_two_roundings_of_one_digit_are_two_sides(la: str, ta: str, lb: str, tb: str) -> None:
    assert _sides_apart(_report(la, ta, lb, tb))


NOT_APART = [
    # a finer figure within one unit of the hedged one: the hedge covers it
    (
        "en",
        "About 380,000 soldiers have been wounded, the president said.",
        "en",
        "Some 387,500 soldiers have been wounded, the ministry said.",
    ),
    # the same rounding told twice
    (
        "fr",
        "Environ 380 000 soldats ont été blessés, a déclaré le président.",
        "es",
        "Unos 380.000 soldados resultaron heridos, según el presidente.",
    ),
    # one significant digit keeps the declared tenth: 2,000 and 2,100 agree
    (
        "de",
        "Rund 2.000 Soldaten wurden verletzt, sagte das Ministerium.",
        "it",
        "Circa 2.100 soldati sono rimasti feriti, secondo il ministero.",
    ),
    # an exact figure between the two roundings stays within the hedge
    (
        "en",
        "About 380,000 soldiers have been wounded, the president said.",
        "ro",
        "Aproximativ 388.000 de militari au fost răniți, a declarat președintele.",
    ),
]


@pytest.mark.parametrize(("la", "ta", "lb", "tb"), NOT_APART)
def test_one_rounding_or_a_finer_figure_stays_on_one_side(
    la: str, ta: str, lb: str, tb: str
) -> None:
    assert not _sides_apart(_report(la, ta, lb, tb))


def _hedged(cid: str, value: int) -> Claim:
    return Claim(
        id=cid,
        article="a",
        kind="quantity",
        text=str(value),
        start=0,
        end=1,
        sentence=str(value),
        sentence_start=0,
        language="en",
        low=value,
        high=value,
        approximate=True,
        qualifier="approx",
        unit="wounded",
    )


def test_a_lone_hedged_figure_keeps_one_unit() -> None:
    (iv,) = QuantityValues().intervals([_hedged("a", 380_000)]).values()
    assert iv == Interval(370_000, 390_000)


def test_two_roundings_keep_to_their_own_whole_numbers() -> None:
    ivs = QuantityValues().intervals([_hedged("a", 380_000), _hedged("b", 390_000)])
    assert ivs == {"a": Interval(375_000, 384_999), "b": Interval(385_000, 394_999)}


def test_another_unit_leaves_the_rounding_alone() -> None:
    other = attrs.evolve(_hedged("b", 390_000), unit="killed")
    ivs = QuantityValues().intervals([_hedged("a", 380_000), other])
    assert ivs["a"] == Interval(370_000, 390_000)


@given(st.lists(st.integers(min_value=1, max_value=10**7), min_size=1, max_size=6))
def test_group_reading_never_widens_and_ignores_order(values: list[int]) -> None:
    group = [_hedged(f"c{i}", v) for i, v in enumerate(values)]
    rules = QuantityValues()
    ivs = rules.intervals(group)
    assert ivs == rules.intervals(list(reversed(group)))
    for claim in group:
        alone = rules.interval(claim)
        assert alone.low <= ivs[claim.id].low <= float(claim.low) <= ivs[claim.id].high
        assert ivs[claim.id].high <= alone.high


def test_a_rounding_of_another_time_leaves_a_days_pair_alone() -> None:
    # "about 380,000" and an exact 386,217 of one day agree; "about 390,000" four months
    # later is another reading of another time and does not narrow the first.
    rep = crosscheck.report(
        [
            Article(
                id="a",
                text="About 380,000 soldiers have been wounded, the president said.",
                language="en",
                published="2025-02-20",
                story="s",
            ),
            Article(
                id="b",
                text="Exactly 386,217 soldiers have been wounded, the defence ministry said.",
                language="en",
                published="2025-02-20",
                story="s",
            ),
            Article(
                id="c",
                text="About 390,000 soldiers have been wounded, the army said.",
                language="en",
                published="2025-06-20",
                story="s",
            ),
        ]
    )
    for finding in rep.conflicts:
        arts = [set(side.articles) for side in finding.sides]
        assert not any("a" in x for x in arts) or not any("b" in x and "a" not in x for x in arts)
