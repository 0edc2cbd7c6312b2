"""Algebraic properties that must hold for any input (hypothesis)."""

from __future__ import annotations

import itertools
import json
import math
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import crosscheck
from crosscheck._fold import fold
from crosscheck.judge import agree, interval
from crosscheck.judge._intervals import Interval, maximal_overlaps

from .strategies import amounts, articles, claims, format_in, languages


@given(amounts, languages)
def test_parsing_a_formatted_number_gives_it_back(value: int | Decimal, language: str) -> None:
    text = format_in(value, language)
    parsed = crosscheck.parse_quantity(text, language)
    assert parsed is not None, text
    assert parsed.low == parsed.high
    assert Decimal(str(parsed.low)) == Decimal(value)


@given(st.text())
def test_fold_keeps_length_and_is_idempotent(text: str) -> None:
    once = fold(text)
    assert len(once) == len(text)
    assert fold(once) == once


@given(claims(), claims())
def test_agreement_is_symmetric(a: crosscheck.Claim, b: crosscheck.Claim) -> None:
    ia = interval(a.low, a.high, approximate=a.approximate)
    ib = interval(b.low, b.high, approximate=b.approximate)
    assert agree(ia, ib) == agree(ib, ia)


_bounds = st.tuples(
    st.one_of(st.just(-math.inf), st.integers(0, 50).map(float)),
    st.integers(0, 30).map(float),
).map(lambda t: Interval(t[0], t[0] + t[1] if not math.isinf(t[0]) else t[1]))


@given(st.lists(_bounds, min_size=1, max_size=9))
def test_maximal_overlaps_matches_brute_force(items: list[Interval]) -> None:
    named = [(f"k{i}", iv) for i, iv in enumerate(items)]
    found = [set(c) for c in maximal_overlaps(named)]
    lookup = dict(named)
    for clique in found:  # every set shares a point
        assert all(lookup[a].overlaps(lookup[b]) for a, b in itertools.combinations(clique, 2))
    for a, b in itertools.combinations(lookup, 2):  # every overlapping pair is covered
        if lookup[a].overlaps(lookup[b]):
            assert any({a, b} <= c for c in found)
    for c in found:  # and every set is maximal
        for k in lookup:
            if k not in c:
                assert not all(lookup[k].overlaps(lookup[m]) for m in c)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.integers(0, 10**6), min_size=2, max_size=5, unique=True).flatmap(
        lambda ids: st.tuples(*(articles(f"art{i}") for i in ids))
    ),
    st.randoms(),
)
def test_report_does_not_depend_on_article_order(
    batch: tuple[crosscheck.Article, ...], rnd
) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(batch)
    rnd.shuffle(shuffled)
    assert crosscheck.report(list(batch)).to_json() == crosscheck.report(shuffled).to_json()


@settings(max_examples=15, deadline=None)
@given(st.tuples(articles("a1"), articles("a2"), articles("a3")))
def test_report_survives_a_json_round_trip(batch: tuple[crosscheck.Article, ...]) -> None:
    rep = crosscheck.report(list(batch))
    assert json.loads(rep.to_json()) == json.loads(json.dumps(rep.to_dict()))
    for claim in rep.claims:
        text = next(a.text for a in batch if a.id == claim.article)
        assert text[claim.start : claim.end] == claim.text


@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(1, 9)), max_size=12),
    st.integers(0, 120),
    st.integers(0, 10),
)
def test_sentence_lookup_matches_a_linear_scan(
    gaps: list[tuple[int, int]], start: int, width: int
) -> None:
    from crosscheck.extract._sentences import sentences_touching

    spans, pos = [], 0
    for gap, length in gaps:
        spans.append((pos + gap, pos + gap + length))
        pos += gap + length
    end = start + width
    touched = [(s, e) for s, e in spans if s < max(end, start + 1) and start < e]
    expected = (touched[0][0], touched[-1][1]) if touched else None
    assert sentences_touching(spans, [s for s, _ in spans], start, end) == expected
