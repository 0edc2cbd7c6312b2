"""Properties of stories, groups, sides and timelines that must hold for any batch."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import crosscheck
from crosscheck.judge import claim_interval, origins

from .strategies import articles

_DAYS = [dt.date(2024, 10, 29) + dt.timedelta(days=d) for d in range(6)]

# An unrelated story: its own place name in every article, other units, and
# figures that never equal the first story's multiples of a thousand.
_OTHER = [
    "In Valparaíso, {n} houses were destroyed by the fire, the Valparaíso mayor said.",
    "Firefighters in Valparaíso evacuated {n} people as the fire spread near Valparaíso.",
]


@st.composite
def dated(draw: st.DrawFn, ident: str, story: str | None = None) -> crosscheck.Article:
    """An article of the troop story with a publication day in one week."""
    article = draw(articles(ident))
    day = draw(st.sampled_from(_DAYS))
    return attrs.evolve(
        article,
        text=article.text + " The Kursk command confirmed it.",
        published=day.isoformat(),
        story=story,
    )


@st.composite
def other_story(draw: st.DrawFn, ident: str) -> crosscheck.Article:
    lines = [
        draw(st.sampled_from(_OTHER)).format(n=f"{draw(st.integers(1, 90)) * 1000 + 7:,}")
        for _ in range(draw(st.integers(1, 2)))
    ]
    return crosscheck.Article(id=ident, text=" ".join(lines), language="en", published="2021-03-02")


def _findings(report: crosscheck.Report, articles: set[str]) -> list[dict[str, Any]]:
    """The findings about ``articles``, without the story id (a name, not a conclusion)."""
    out = []
    for finding in report.to_dict()["findings"]:
        if set(finding["articles"]) <= articles:
            finding.pop("story")
            out.append(finding)
    return out


@settings(max_examples=20, deadline=None)
@given(
    st.tuples(dated("a1"), dated("a2"), dated("a3")),
    st.tuples(other_story("b1"), other_story("b2")),
)
def test_an_unrelated_story_changes_no_finding_of_the_first(
    first: tuple[crosscheck.Article, ...], second: tuple[crosscheck.Article, ...]
) -> None:
    alone = crosscheck.report(list(first))
    mixed = crosscheck.report([*first, *second])
    ids = {a.id for a in first}
    assert _findings(alone, ids) == _findings(mixed, ids)
    for finding in mixed.findings:
        assert len({c.story for c in finding.claims}) == 1


@settings(max_examples=20, deadline=None)
@given(st.tuples(dated("a1", "s"), dated("a2", "s")), st.tuples(other_story("b1")))
def test_a_given_story_wins_and_keeps_stories_apart(
    first: tuple[crosscheck.Article, ...], second: tuple[crosscheck.Article, ...]
) -> None:
    second = tuple(attrs.evolve(a, story="t") for a in second)
    rep = crosscheck.report([*first, *second])
    assert {s.id for s in rep.stories} == {"s", "t"}
    assert all(s.given for s in rep.stories)
    for claim in rep.claims:
        assert claim.story == ("s" if claim.article.startswith("a") else "t")


@settings(max_examples=20, deadline=None)
@given(st.tuples(dated("a1"), dated("a2"), dated("a3")), st.integers(0, 2))
def test_duplicating_an_article_adds_no_independent_origin(
    batch: tuple[crosscheck.Article, ...], which: int
) -> None:
    copy = attrs.evolve(batch[which], id="zz-copy")
    before = crosscheck.report(list(batch))
    after = crosscheck.report([*batch, copy])
    copies = {c.id for c in after.claims if c.article == "zz-copy"}
    for finding in after.findings:
        for side in (*finding.sides, *finding.agreements):
            kept = [after.claim(c) for c in side.claims if c not in copies]
            if kept:
                assert side.origins == len(origins(kept))
    originals = [c for c in before.claims if c.kind == "quantity"]
    both = [c for c in after.claims if c.kind == "quantity"]
    assert len(origins(both)) == len(origins(originals))


@settings(max_examples=25, deadline=None)
@given(st.tuples(dated("a1"), dated("a2"), dated("a3"), dated("a4")))
def test_timelines_are_monotone_in_as_of_time(batch: tuple[crosscheck.Article, ...]) -> None:
    rep = crosscheck.report(list(batch))
    for finding in rep.findings:
        starts = [p.as_of_start for p in finding.timeline]
        assert all(s is not None for s in starts)
        assert starts == sorted(starts)
        assert len(set(starts)) == len(starts)


@settings(max_examples=25, deadline=None)
@given(st.tuples(dated("a1"), dated("a2"), dated("a3"), dated("a4")))
def test_agreements_of_a_changing_count_hold_at_about_one_time(
    batch: tuple[crosscheck.Article, ...],
) -> None:
    """In a finding with a timeline, no agreement joins figures days apart (AGREE_MAX_DAYS)."""
    from crosscheck.judge._findings import AGREE_MAX_DAYS

    rep = crosscheck.report(list(batch))
    for finding in rep.findings:
        if not finding.timeline:
            continue
        for agreement in finding.agreements:
            days = [
                dt.date.fromisoformat(when[:10])
                for c in agreement.claims
                if (when := rep.claim(c).as_of or rep.claim(c).published) and len(when) >= 10
            ]
            if days:
                assert (max(days) - min(days)).days <= AGREE_MAX_DAYS


@settings(max_examples=25, deadline=None)
@given(st.tuples(dated("a1"), dated("a2"), dated("a3"), dated("a4")))
def test_two_claims_conflict_iff_they_sit_on_different_sides(
    batch: tuple[crosscheck.Article, ...],
) -> None:
    rep = crosscheck.report(list(batch))
    for finding in rep.conflicts:
        for a_side in finding.sides:
            for b_side in finding.sides:
                if a_side.window != b_side.window:
                    continue
                for a in a_side.claims:
                    for b in b_side.claims:
                        if a == b:
                            continue
                        apart = a_side is not b_side
                        overlap = claim_interval(rep.claim(a)).overlaps(
                            claim_interval(rep.claim(b))
                        )
                        assert overlap != apart
                        assert rep.explain(a, b).conflict == apart


@settings(max_examples=15, deadline=None)
@given(st.tuples(dated("a1"), dated("a2"), dated("a3")))
def test_findings_grow_with_quantities_not_pairs(batch: tuple[crosscheck.Article, ...]) -> None:
    rep = crosscheck.report(list(batch))
    claimed: set[str] = set()
    for finding in rep.findings:
        if finding.kind != "not_aligned":
            assert not claimed & set(finding.claim_ids)
            claimed |= set(finding.claim_ids)
    assert len(rep.findings) <= len(rep.claims)


def test_figures_a_toll_fell_to_are_sides_of_their_own() -> None:
    """Found by hypothesis: 3,000 killed, then 1,000 and 2,000 the next day.

    Both later figures fell from 3,000, but they also disagree with each
    other: three sides, not the two later figures lumped on one.
    """
    text = "The army said {n} soldiers were killed in the fighting."
    batch = [
        crosscheck.Article(
            id="a3", text=text.format(n="3,000"), language="en", published="2024-11-02"
        ),
        crosscheck.Article(
            id="a4",
            text=text.format(n="1,000") + " " + text.format(n="2,000"),
            language="en",
            published="2024-11-03",
        ),
    ]
    rep = crosscheck.report(batch)
    (finding,) = rep.conflicts
    for side in finding.sides:
        values = {rep.claim(c).low for c in side.claims}
        assert len(values) == 1, side
    fell = [s for s in finding.sides if "a3#q1" in s.claims or len(s.claims) == 1]
    assert {tuple(s.claims) for s in fell} >= {("a3#q1",), ("a4#q1",), ("a4#q2",)}
