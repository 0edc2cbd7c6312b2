"""The judge's reading of figures: tolerances, vague words, open bounds, increments."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import crosscheck
from crosscheck import Article
from crosscheck.judge import APPROX_TOLERANCE, agree, interval, judge_group
from crosscheck.judge._intervals import Interval, last_digit
from crosscheck.judge._values import claim_interval


def test_thousands_does_not_exclude_two_to_nine_thousand() -> None:
    thousands = interval(1000, None)
    for n in (2000, 5000, 9999):
        assert agree(thousands, interval(n, n))


def test_about_widens_by_the_declared_tolerance() -> None:
    about = interval(1000, 1000, approximate=True)
    assert agree(about, interval(1000 * (1 + APPROX_TOLERANCE), None))
    assert not agree(about, interval(1000 * (1 + APPROX_TOLERANCE) + 1, None))
    assert not agree(interval(1000, 1000), interval(1001, 1001))


def test_a_hedged_figure_strays_at_most_its_last_digit() -> None:
    # "about 450,000" was rounded to the ten thousand: 470,000 is another figure.
    wide = claim_interval(_hedged("a", 450_000))
    assert wide == Interval(440_000, 460_000)
    assert not agree(wide, claim_interval(_claim("b", 470_000)))
    # One significant digit keeps the declared tolerance (a tenth is less than the digit).
    about = claim_interval(_hedged("c", 2_000))
    assert about == interval(2_000, 2_000, approximate=True)
    assert agree(about, claim_interval(_claim("d", 1_900)))
    # A figure stated to the tens keeps the declared tenth: "about 310" is 279-341.
    assert claim_interval(_hedged("e", 310)) == interval(310, 310, approximate=True)


@given(st.integers(min_value=1, max_value=10**9))
def test_hedged_step_never_widens_the_declared_tolerance(n: int) -> None:
    hedged = claim_interval(_hedged("a", n))
    declared = interval(n, n, approximate=True)
    assert declared.low <= hedged.low <= n <= hedged.high <= declared.high
    assert last_digit(n) >= 1


def test_open_bounds() -> None:
    assert agree(interval(10_000, None), interval(20_000, 30_000))
    assert not agree(interval(None, 5_000), interval(6_000, 6_000))


def _report(*texts: tuple[str, str]) -> crosscheck.Report:
    return crosscheck.report(
        [Article(id=f"a{i}", text=t, language=lang) for i, (lang, t) in enumerate(texts)]
    )


def test_conflict_across_languages_names_both_sources() -> None:
    rep = _report(
        ("en", "According to Kyiv, about 500 civilians were killed in the city."),
        ("it", "Secondo le autorità russe, 2.000 civili sono stati uccisi nella città."),
    )
    (conflict,) = rep.conflicts
    claims = sorted(conflict.claims, key=lambda c: c.article)
    assert [c.unit for c in claims] == ["killed", "killed"]
    assert claims[0].attributed_to == "Kyiv"
    assert claims[1].attributed_to is not None
    assert "autorità russe" in claims[1].attributed_to
    assert "Kyiv" in conflict.explanation
    assert claims[1].attributed_to in conflict.explanation


def test_increment_is_never_compared_with_a_total() -> None:
    rep = _report(
        ("en", "Russia has sent 10,000 troops to the border, officials said."),
        ("en", "Russia will send another 5,000 troops to the border, officials said."),
    )
    inc = next(c for c in rep.claims if c.increment)
    for finding in rep.findings:
        if inc.id in finding.claim_ids:
            assert finding.kind == "single_source"


def test_different_units_are_not_aligned() -> None:
    rep = _report(
        ("en", "About 1,000 engineers arrived in Russia from North Korea."),
        ("en", "North Korea sent more than 10,000 soldiers to Russia."),
    )
    assert not rep.conflicts
    assert {f.kind for f in rep.findings} == {"single_source"}


def test_agreement_needs_two_articles() -> None:
    rep = _report(
        (
            "ro",
            "Peste 10.000 de soldați au fost trimiși în Rusia. "
            "Circa 11.000 de soldați au ajuns în Rusia.",
        ),
    )
    assert not rep.by_kind("agreement")


def test_same_quote_worded_differently_is_reported() -> None:
    rep = _report(
        (
            "ro",
            "Ministrul a declarat: „Vom trimite ajutoare umanitare în toate regiunile "
            "afectate de inundații până la sfârșitul săptămânii”, potrivit agenției.",
        ),
        (
            "ro",
            "Ministrul a declarat: „Vom trimite ajutoare umanitare în regiunile "
            "afectate de inundații până la sfârșitul lunii”, potrivit presei.",
        ),
    )
    (variant,) = rep.by_kind("quote_variant")
    assert len(variant.articles) == 2
    assert "differently" in variant.explanation


def test_identical_quotes_are_not_variants() -> None:
    quote = "„Vom trimite ajutoare umanitare în toate regiunile afectate de inundații”"
    rep = _report(
        ("ro", f"Ministrul a declarat: {quote}, potrivit agenției."),
        ("ro", f"Ministrul a spus: {quote}, potrivit presei."),
    )
    assert not rep.by_kind("quote_variant")
    assert any(f.claim_kind == "quote" for f in rep.by_kind("agreement"))


# --- one finding per quantity: sides, windows, timelines (issue 7) -------------------


def _claim(ident: str, low: float, high: float | None = None, **fields: object) -> crosscheck.Claim:
    article = fields.pop("article", ident.split("#")[0])
    return crosscheck.Claim(
        id=ident,
        article=str(article),
        kind="quantity",
        text=f"{low:g}",
        start=0,
        end=1,
        sentence=f"{fields.get('attributed_to') or 'Officials'} said {low:g} died ({ident}).",
        sentence_start=0,
        language="en",
        low=low,
        high=low if high is None else high,
        qualifier="exact",
        unit=fields.pop("unit", "killed"),
        **fields,  # type: ignore[arg-type]
    )


def _hedged(ident: str, value: float) -> crosscheck.Claim:
    return attrs.evolve(_claim(ident, value), qualifier="approx", approximate=True)


def test_a_rising_toll_is_a_timeline_not_a_conflict() -> None:
    finding = judge_group(
        [
            _claim("a#q1", 120, published="2024-03-01"),
            _claim("b#q1", 250, published="2024-03-03"),
            _claim("c#q1", 310, published="2024-03-06"),
        ]
    )
    assert finding is not None
    assert finding.kind == "timeline"
    assert not finding.sides
    assert [p.low for p in finding.timeline] == [120, 250, 310]
    assert [p.change for p in finding.timeline] == [None, "rose", "rose"]


def test_a_count_that_later_falls_is_an_update_with_a_note() -> None:
    # The missing can fall (people found): an update, not a conflict.
    finding = judge_group(
        [
            _claim("a#q1", 90, published="2024-03-01", unit="missing"),
            _claim("b#q1", 60, published="2024-03-04", unit="missing"),
        ]
    )
    assert finding is not None
    assert finding.kind == "timeline"
    assert "count_fell" in finding.notes


def test_a_death_toll_that_later_falls_is_a_conflict() -> None:
    # The dead of one day are still dead the next (concepts.toml: never_falls).
    finding = judge_group(
        [
            _claim("a#q1", 5200, published="2024-03-01"),
            _claim("b#q1", 3800, published="2024-03-03"),
            _claim("c#q1", 5300, published="2024-03-05"),
        ]
    )
    assert finding is not None
    assert finding.kind == "conflict"
    assert "cannot_fall" in finding.notes
    high, low = sorted(finding.sides, key=lambda s: -(s.low or 0))
    assert (high.claims, low.claims) == (("a#q1",), ("b#q1",))
    assert high.window == low.window
    assert (low.as_of_start, low.as_of_end) == ("2024-03-01", "2024-03-03")


def test_a_magnitude_is_compared_across_days() -> None:
    # One value per quake (concepts.toml: fixed): days apart still conflict, no timeline.
    finding = judge_group(
        [
            _claim("a#q1", 6.8, published="2024-03-01", unit="magnitude"),
            _claim("b#q1", 7.0, published="2024-03-03", unit="magnitude"),
        ]
    )
    assert finding is not None
    assert finding.kind == "conflict"
    assert not finding.timeline


def test_same_day_disagreement_is_one_conflict_with_two_sides() -> None:
    finding = judge_group(
        [
            _claim("a#q1", 4100, published="2024-05-10", attributed_to="ministry"),
            _claim("b#q1", 6000, published="2024-05-10", attributed_to="Red Cross"),
            _claim("c#q1", 6000, published="2024-05-10", attributed_to="UN"),
        ]
    )
    assert finding is not None
    assert finding.kind == "conflict"
    assert finding.severity == "hard"
    low, high = sorted(finding.sides, key=lambda s: s.low or 0)
    assert low.claims == ("a#q1",)
    assert high.claims == ("b#q1", "c#q1")
    assert high.origins == 2
    assert high.consensus
    assert not low.consensus
    assert finding.outliers == ("a#q1",)


def test_a_narrow_gap_or_a_scope_difference_makes_a_soft_conflict() -> None:
    # 200 may round 190-210 (a round figure's own slack): 212 is apart, narrowly.
    narrow = judge_group(
        [_claim("a#q1", 200, published="2024-05-10"), _claim("b#q1", 212, published="2024-05-10")]
    )
    assert narrow is not None
    assert narrow.severity == "soft"
    scoped = judge_group(
        [
            _claim("a#q1", 100, published="2024-05-10", scope=("initial",)),
            _claim("b#q1", 900, published="2024-05-10", scope=("total",)),
        ]
    )
    assert scoped is not None
    assert scoped.severity == "soft"
    assert "scope" in scoped.scope


def test_one_source_rising_within_a_day_is_a_running_count() -> None:
    finding = judge_group(
        [
            _claim("a#q1", 296, published="2024-09-09", attributed_to="the interior ministry"),
            _claim("b#q1", 632, published="2024-09-09", attributed_to="The Interior Ministry"),
        ]
    )
    assert finding is not None
    assert not finding.sides
    assert "running_count" in finding.notes


def test_a_chained_run_of_values_never_puts_disjoint_values_on_one_side() -> None:
    finding = judge_group(
        [
            _claim("a#q1", 1000, 2000, published="2024-05-10"),
            _claim("b#q1", 1000, 3000, published="2024-05-10"),
            _claim("c#q1", 3000, 4000, published="2024-05-10"),
        ]
    )
    assert finding is not None
    assert finding.kind == "conflict"
    assert {s.claims for s in finding.sides} == {("a#q1",), ("c#q1",)}
    assert "bridging" in finding.notes


def test_figures_of_different_days_or_unknown_time_do_not_conflict() -> None:
    finding = judge_group(
        [
            _claim("a#q1", 100, published="2024-05-10"),
            _claim("b#q1", 900, published="2024-05-11"),
            _claim("c#q1", 5000),
        ]
    )
    assert finding is not None
    assert not finding.sides


def test_misprint_helper_reads_one_digit_or_a_swap() -> None:
    from crosscheck.judge._findings import misprint

    assert misprint("820", "822")
    assert misprint("1305", "1035")
    assert misprint("1832", "1823")
    assert not misprint("89", "91")  # too short to tell a slip from an update
    assert not misprint("2476", "2562")
    assert not misprint("1700", "17000")


def test_a_misprint_within_a_running_count_is_still_a_conflict() -> None:
    # The ministry's toll rises through one day (a running count), and one
    # outlet prints 822 for its 820: that pair stays in conflict.
    finding = judge_group(
        [
            _claim("a#q1", 632, published="2024-05-10", attributed_to="ministry"),
            _claim("b#q1", 820, published="2024-05-10", attributed_to="ministry"),
            _claim("c#q1", 822, published="2024-05-10", attributed_to="a daily"),
        ]
    )
    assert finding is not None
    assert finding.kind == "conflict"
    assert "misprint" in finding.notes
    sides = {s.claims for s in finding.sides}
    assert ("b#q1",) in sides
    assert ("c#q1",) in sides
    assert ("a#q1",) not in sides


def test_a_round_figure_agrees_with_the_precise_one_it_rounds() -> None:
    finding = judge_group(
        [
            _claim("a#q1", 3800, published="2024-05-10"),
            _claim("b#q1", 3840, published="2024-05-10"),
        ]
    )
    assert finding is not None
    assert "conflict" not in finding.facets
    apart = judge_group(
        [
            _claim("a#q1", 2000, published="2024-05-10", unit="troops"),
            _claim("b#q1", 2500, published="2024-05-10", unit="troops"),
        ]
    )
    assert apart is not None
    assert apart.kind == "conflict"


def test_a_month_only_figure_is_not_set_against_a_day() -> None:
    finding = judge_group(
        [
            _claim("a#q1", 1037, published="2024-09-09"),
            _claim("b#q1", 2960, published="2024-09"),
        ]
    )
    assert finding is None or "conflict" not in finding.facets


def test_figures_ten_times_apart_are_not_rival_figures() -> None:
    # "Two dead" (one family) is not a rival figure for "12,000 dead" (the city).
    finding = judge_group(
        [
            _claim("a#q1", 2, published="2024-05-10", attributed_to="a neighbour"),
            _claim("b#q1", 12000, published="2024-05-10", attributed_to="the Red Cross"),
            _claim("c#q1", 12000, published="2024-05-10", attributed_to="the UN"),
            _claim("d#q1", 5000, published="2024-05-10", attributed_to="the ministry"),
        ]
    )
    assert finding is not None
    assert finding.kind == "conflict"
    on_sides = {c for side in finding.sides for c in side.claims}
    assert on_sides == {"b#q1", "c#q1", "d#q1"}


def test_two_figures_of_one_month_conflict_while_a_daily_toll_rises() -> None:
    # The month's figures are no day's briefings: the course of the daily toll
    # (700 then 760) does not hide their disagreement.
    finding = judge_group(
        [
            _claim("a#q1", 410, published="2024-05", attributed_to="officials"),
            _claim("b#q1", 650, published="2024-05", attributed_to="a charity"),
            _claim("c#q1", 700, published="2024-06-03"),
            _claim("d#q1", 760, published="2024-06-05"),
        ]
    )
    assert finding is not None
    sides = [set(s.claims) for s in finding.sides]
    assert {"a#q1"} in sides
    assert {"b#q1"} in sides


def test_an_open_figure_bridging_two_close_figures_joins_the_fall() -> None:
    # "At least 8,200" fits both 8,200 and 8,350, so it is on no side of its
    # day; the next day's 2,900 still fell from it.
    open_figure = attrs.evolve(_claim("d#q1", 8200, published="2024-02-10"), high=None)
    finding = judge_group(
        [
            _claim("a#q1", 8200, published="2024-02-10"),
            _claim("b#q1", 8200, published="2024-02-10"),
            _claim("c#q1", 8350, published="2024-02-10"),
            attrs.evolve(open_figure, qualifier="at_least"),
            _claim("e#q1", 2900, published="2024-02-11"),
        ]
    )
    assert finding is not None
    fall = [s for s in finding.sides if "e#q1" in s.claims]
    assert fall
    rivals = [s for s in finding.sides if s.window == fall[0].window and s is not fall[0]]
    assert any("d#q1" in s.claims for s in rivals)


def _open(cid: str, value: int, published: str, qualifier: str = "at_least") -> crosscheck.Claim:
    return attrs.evolve(_claim(cid, value, published=published), high=None, qualifier=qualifier)


def test_an_open_count_the_day_after_a_higher_toll_fell() -> None:
    # "At least 3,958 dead" the day after 11,470 reports a count of 3,958: the
    # dead of yesterday are still dead, so the count cannot have fallen.
    finding = judge_group(
        [
            _claim("a#q1", 11470, published="2024-02-10"),
            _open("b#q1", 3958, "2024-02-11"),
        ]
    )
    assert finding is not None
    assert finding.kind == "conflict"
    assert {s.claims for s in finding.sides} == {("a#q1",), ("b#q1",)}


def test_an_open_count_rounding_the_days_toll_down_did_not_fall() -> None:
    # "Over 2,000" the day after 2,012 and "more than 11,000" after 11,300 are
    # the toll rounded down to the bound's last digit, not a lower count.
    for earlier, bound in ((2012, 2000), (11300, 11000), (96, 90), (2946, 2500), (7400, 5000)):
        finding = judge_group(
            [
                _claim("a#q1", earlier, published="2024-02-10"),
                _open("b#q1", bound, "2024-02-11", qualifier="over"),
            ]
        )
        assert finding is not None
        assert finding.kind != "conflict", (earlier, bound)
        assert not finding.sides


def test_an_open_figure_agrees_only_within_ten_times_its_bound() -> None:
    def held(*claims: crosscheck.Claim) -> list[set[str]]:
        finding = judge_group(list(claims))
        return [set(a.claims) for a in finding.agreements] if finding else []

    at_least = attrs.evolve(_claim("a#q1", 7, published="2024-08-02"), high=None)
    assert not any({"a#q1", "b#q1"} <= s for s in held(at_least, _claim("b#q1", 98000)))
    assert any({"a#q1", "b#q1"} <= s for s in held(at_least, _claim("b#q1", 40)))
    # Two open figures confirm each other only when they state about one bound.
    over = attrs.evolve(_claim("b#q1", 60, published="2024-08-20"), high=None)
    assert not any({"a#q1", "b#q1"} <= s for s in held(at_least, over))
    same = attrs.evolve(_claim("b#q1", 7, published="2024-08-02"), high=None)
    assert any({"a#q1", "b#q1"} <= s for s in held(at_least, same))


def test_figures_agree_only_when_they_hold_at_about_the_same_time() -> None:
    """In a changing count the same value weeks apart is two times' counts (AGREE_MAX_DAYS)."""

    def held(*claims: crosscheck.Claim) -> list[set[str]]:
        finding = judge_group([_claim("r#q1", 9000, published="2024-09-12"), *claims])
        return [set(a.claims) for a in finding.agreements] if finding else []

    early = _claim("a#q1", 13000, published="2024-09-17")
    late = _claim("b#q1", 13000, published="2024-10-10")
    assert not any({"a#q1", "b#q1"} <= s for s in held(early, late))
    # The next day's paper repeats yesterday's figure: still one figure confirmed.
    next_day = _claim("b#q1", 13000, published="2024-09-18")
    assert any({"a#q1", "b#q1"} <= s for s in held(early, next_day))
    # A figure known only to its month may hold at any of its days; one of unknown time at any.
    month = _claim("b#q1", 13000, published="2024-09")
    assert any({"a#q1", "b#q1"} <= s for s in held(early, month))
    october = _claim("a#q1", 13000, published="2024-10-02")
    assert not any({"a#q1", "b#q1"} <= s for s in held(october, month))
    assert any({"a#q1", "b#q1"} <= s for s in held(early, _claim("b#q1", 13000)))
    # A count whose figures show no change agrees across times (a force's size).
    steady = judge_group([early, late])
    assert steady is not None
    assert any({"a#q1", "b#q1"} <= set(a.claims) for a in steady.agreements)
    # A magnitude is one value for good: its figures agree whatever their times.
    quake = _claim("a#q1", 6.8, unit="magnitude", published="2023-09-09")
    later = _claim("b#q1", 6.8, unit="magnitude", published="2023-10-20")
    shock = judge_group(
        [quake, later, _claim("c#q1", 6.8, unit="magnitude", published="2023-09-08")]
    )
    assert shock is not None
    assert any({"a#q1", "b#q1"} <= set(a.claims) for a in shock.agreements)


def test_equally_supported_values_of_a_day_are_led_by_the_larger() -> None:
    """A part's figure (a town's 4) beside the total (95) does not make the count seem to fall."""
    finding = judge_group(
        [
            _claim("a#q1", 51, published="2024-10-30"),
            _claim("b#q1", 62, published="2024-10-30"),
            _claim("c#q1", 4, published="2024-10-31"),
            _claim("d#q1", 95, published="2024-10-31"),
            _claim("e#q1", 150, published="2024-11-01"),
        ]
    )
    assert finding is not None
    assert "count_fell" not in finding.notes
    assert [p.low for p in finding.timeline] == [62, 95, 150]
    # 51 and 62 on the day the toll first rose are its successive briefings.
    assert "conflict" not in finding.facets


# --- rivals the day windows alone miss (issue 7, review of missed conflicts) -----------


def _opposed(finding: crosscheck.Finding | None, a: str, b: str) -> bool:
    """True when ``a`` and ``b`` sit on different sides of one window of ``finding``."""
    if finding is None:
        return False
    return any(
        sa.window == sb.window and a in sa.claims and b in sb.claims
        for sa in finding.sides
        for sb in finding.sides
        if sa is not sb
    )


def test_a_month_figure_outside_its_months_course_is_a_rival() -> None:
    claims = [
        _claim("m#q1", 900, published="2024-06", attributed_to="a charity"),
        _claim("a#q1", 410, published="2024-06-10", attributed_to="civil protection"),
        _claim("b#q1", 430, published="2024-06-12", attributed_to="civil protection"),
        _claim("c#q1", 450, published="2024-07-02", attributed_to="civil protection"),
    ]
    finding = judge_group(claims)
    assert _opposed(finding, "m#q1", "a#q1")
    assert not _opposed(finding, "a#q1", "b#q1")
    # Within the course around its month (410 before, 450 after) it is no rival.
    quiet = judge_group([_claim("m#q1", 420, published="2024-06"), *claims[1:]])
    assert quiet is not None
    assert not quiet.sides


def test_a_stale_month_figure_of_a_count_that_never_falls_is_no_rival() -> None:
    # 3,283 buried on 17 September, repeated by an article of October beside a
    # later "over 4,000": the count was that on some earlier day of October.
    finding = judge_group(
        [
            _claim("a#q1", 3190, published="2023-09-14", unit="buried"),
            _claim("b#q1", 3283, published="2023-09-17", unit="buried"),
            _claim("c#q1", 3283, published="2023-10", unit="buried"),
            _claim("d#q1", 4000, None, published="2023-10-10", unit="buried"),
        ]
    )
    assert not _opposed(finding, "c#q1", "d#q1")


def test_swapped_digits_on_consecutive_days_conflict_but_one_more_does_not() -> None:
    swapped = judge_group(
        [
            _claim("a#q1", 1035, published="2023-09-08", attributed_to="the ministry"),
            _claim("b#q1", 1305, published="2023-09-09", attributed_to="the ministry"),
        ]
    )
    assert _opposed(swapped, "a#q1", "b#q1")
    assert swapped is not None
    assert "misprint" in swapped.notes
    rising = judge_group(
        [
            _claim("a#q1", 216, published="2024-11-14"),
            _claim("b#q1", 217, published="2024-11-15"),
        ]
    )
    assert rising is not None
    assert not rising.sides
    assert rising.timeline


def test_a_misprint_in_a_running_count_is_set_against_its_partner_only() -> None:
    # One day's briefings: 296, then 820, 1,037 (one ministry, rising), an
    # outlet's 822 (a slip of 820) and a radio's 290 (a slip of 296). Each slip
    # conflicts with its partner; the day's updates do not conflict.
    day = "2023-09-09"
    finding = judge_group(
        [
            _claim("a#q1", 296, published=day, attributed_to="the ministry"),
            _claim("b#q1", 820, published=day, attributed_to="the ministry"),
            _claim("c#q1", 1037, published=day, attributed_to="the ministry"),
            _claim("d#q1", 822, published=day, attributed_to="a news site"),
            _claim("f#q1", 290, published=day, attributed_to="a radio"),
            _claim("e#q1", 2012, published="2023-09-10", attributed_to="the ministry"),
        ]
    )
    assert _opposed(finding, "b#q1", "d#q1")
    assert _opposed(finding, "a#q1", "f#q1")
    assert not _opposed(finding, "a#q1", "c#q1")
    assert not _opposed(finding, "a#q1", "d#q1")
    assert not _opposed(finding, "f#q1", "b#q1")


def test_a_days_briefings_are_read_against_the_toll_course_that_never_falls() -> None:
    # A national toll rises 1,305 -> 2,497 / 2,681 / 2,862 (one day's briefings)
    # -> 2,901. The next day also holds a province's 1,604, repeated by more
    # outlets than the national figure: a course through it would fall, and
    # would make the day's briefings before it look like rival figures.
    finding = judge_group(
        [
            _claim("a#q1", 1305, published="2023-09-10", attributed_to="the ministry"),
            _claim("b#q1", 1305, published="2023-09-10", attributed_to="a news agency"),
            _claim("c#q1", 2497, published="2023-09-11", attributed_to="the ministry"),
            _claim("d#q1", 2681, published="2023-09-11", attributed_to="state television"),
            _claim("e#q1", 2862, published="2023-09-11", attributed_to="the government"),
            _claim("f#q1", 2862, published="2023-09-11", attributed_to="a daily"),
            _claim("g#q1", 2901, published="2023-09-12", attributed_to="the ministry"),
            _claim("h#q1", 2901, published="2023-09-12", attributed_to="a weekly"),
            _claim("i#q1", 1604, published="2023-09-12", attributed_to="the province"),
            _claim("j#q1", 1604, published="2023-09-12", attributed_to="a radio"),
            _claim("k#q1", 1604, published="2023-09-12", attributed_to="a local site"),
        ]
    )
    assert finding is not None
    assert not _opposed(finding, "d#q1", "e#q1")
    assert not _opposed(finding, "c#q1", "e#q1")


@settings(max_examples=60)
@given(
    st.lists(
        st.lists(st.tuples(st.integers(1, 30), st.integers(1, 3)), min_size=1, max_size=4),
        min_size=1,
        max_size=6,
    )
)
def test_the_toll_course_never_falls_and_has_the_most_support(
    days: list[list[tuple[int, int]]],
) -> None:
    """``_rising_path`` equals a brute-force search over all one-cluster-a-day paths."""
    from crosscheck.judge import _findings
    from crosscheck.judge._time import Window

    ivs: dict[str, Interval] = {}
    built: list[tuple[Window, list[Sequence[crosscheck.Claim]]]] = []
    for d, clusters in enumerate(days):
        day = f"2024-01-{d + 1:02d}"
        parts: list[Sequence[crosscheck.Claim]] = []
        for value, outlets in dict(clusters).items():
            part = [
                _claim(f"d{d}v{value}o{o}#q1", value, published=day, attributed_to=f"s{o}")
                for o in range(outlets)
            ]
            ivs.update({c.id: Interval(float(value), float(value)) for c in part})
            parts.append(part)
        first = dt.date(2024, 1, d + 1)
        built.append((Window(first, first, ()), parts))
    path = _findings._rising_path(ivs, built)
    values = [p.value.low for p in path]
    assert values == sorted(values)
    assert len({p.first for p in path}) == len(path)

    def weight(part: Sequence[crosscheck.Claim]) -> tuple[int, int]:
        return len(_findings.origins(part)), len(part)  # independent origins, then claims

    def total(parts: Sequence[Sequence[crosscheck.Claim]]) -> tuple[int, int]:
        weights = [weight(p) for p in parts]
        return sum(w[0] for w in weights), sum(w[1] for w in weights)

    chosen = [
        next(p for p in built[point.first.day - 1][1] if ivs[p[0].id].low == point.value.low)
        for point in path
    ]
    best = (0, 0)
    for choice in itertools.product(*[[None, *parts] for _, parts in built]):
        picked = [p for p in choice if p is not None]
        lows = [ivs[p[0].id].low for p in picked]
        if lows == sorted(lows):
            best = max(best, total(picked))
    assert total(chosen) == best


def test_a_figure_off_the_days_course_is_a_rival_of_its_leading_briefing() -> None:
    # 100 (1 June), then 180 and 230 on 2 June (two briefings on the toll's
    # course), then 310 (3 June). A 900 on 2 June lies above the next day's
    # value: it is no briefing of that day, and is set against its leading one.
    claims = [
        _claim("a#q1", 100, published="2024-06-01", attributed_to="the ministry"),
        _claim("b#q1", 180, published="2024-06-02", attributed_to="the ministry"),
        _claim("c#q1", 230, published="2024-06-02", attributed_to="a news agency"),
        _claim("d#q1", 230, published="2024-06-02", attributed_to="a daily"),
        _claim("e#q1", 310, published="2024-06-03", attributed_to="the ministry"),
    ]
    finding = judge_group(claims)
    assert finding is not None
    assert not finding.sides  # a rising toll: no conflict
    rival = _claim("f#q1", 900, published="2024-06-02", attributed_to="a tabloid")
    finding = judge_group([*claims, rival])
    assert _opposed(finding, "f#q1", "c#q1")
    assert not _opposed(finding, "b#q1", "c#q1")  # the day's briefings stay updates


def test_a_magnitude_a_unit_away_is_another_shock_not_a_rival() -> None:
    # concepts.toml: rivals_within = 1.0 for magnitudes. 6.8 against 7.0 is a
    # dispute about one shock; a 4.9 the same day is an aftershock's.
    finding = judge_group(
        [
            _claim("a#q1", 6.8, published="2024-03-01", unit="magnitude", attributed_to="USGS"),
            _claim("b#q1", 6.8, published="2024-03-01", unit="magnitude", attributed_to="EMSC"),
            _claim("c#q1", 7.0, published="2024-03-01", unit="magnitude", attributed_to="CNRST"),
            _claim("d#q1", 4.9, published="2024-03-01", unit="magnitude", attributed_to="IGN"),
        ]
    )
    assert _opposed(finding, "a#q1", "c#q1")
    assert not _opposed(finding, "a#q1", "d#q1")
    assert not _opposed(finding, "c#q1", "d#q1")


def test_one_sources_wide_one_digit_rise_is_its_update_not_a_slip() -> None:
    # The police's 330 arrests in the morning and its 390 in the evening differ
    # in one digit, but by 15 %: one source's count rising, not a slip.
    day = "2025-01-01"
    finding = judge_group(
        [
            _claim("a#q1", 330, published=day, attributed_to="police", source_id="police"),
            _claim("b#q1", 390, published=day, attributed_to="police", source_id="police"),
            _claim("c#q1", 390, published=day, attributed_to="police", source_id="police"),
        ]
    )
    assert finding is not None
    assert not _opposed(finding, "a#q1", "b#q1")
    assert "misprint" not in finding.notes


def test_one_sources_near_figures_or_two_sources_wide_ones_stay_slips() -> None:
    day = "2025-01-01"
    # must-NOT: one source's 820 beside its 822 (0.2 % apart) stays a slip
    near = judge_group(
        [
            _claim("a#q1", 632, published=day, attributed_to="ministry", source_id="ministry"),
            _claim("b#q1", 820, published=day, attributed_to="ministry", source_id="ministry"),
            _claim("c#q1", 822, published=day, attributed_to="ministry", source_id="ministry"),
        ]
    )
    assert near is not None
    assert _opposed(near, "b#q1", "c#q1")
    # must-NOT: two sources' 20,000 and 70,000 stay set against each other
    rivals = judge_group(
        [
            _claim("a#q1", 12000, published=day, attributed_to="police", source_id="police"),
            _claim("b#q1", 20000, published=day, attributed_to="police", source_id="police"),
            _claim("c#q1", 70000, published=day, attributed_to="union", source_id="union"),
        ]
    )
    assert rivals is not None
    assert _opposed(rivals, "b#q1", "c#q1")


def test_the_own_rise_exception_needs_a_source_and_leaves_swapped_digits() -> None:
    # must NOT (review of session 39): one source's 1,035 and 1,305 are swapped digits, a
    # slip however far apart; two figures of no source are no one source's rise
    day = "2025-01-01"
    swapped = judge_group(
        [
            _claim("a#q1", 900, published=day, attributed_to="ministry", source_id="ministry"),
            _claim("b#q1", 1035, published=day, attributed_to="ministry", source_id="ministry"),
            _claim("c#q1", 1305, published=day, attributed_to="ministry", source_id="ministry"),
        ]
    )
    assert swapped is not None
    assert _opposed(swapped, "b#q1", "c#q1")
    unsourced = judge_group(
        [
            _claim("a#q1", 200, published=day),
            _claim("b#q1", 330, published=day),
            _claim("c#q1", 390, published=day),
        ]
    )
    assert unsourced is not None
    assert _opposed(unsourced, "b#q1", "c#q1")
