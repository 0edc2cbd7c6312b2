"""Two bodies' rival counts of one day stay rivals whatever open or wide figures lie between them.

A stated span that sums the rival counts up ("from 1.1 to 3 million") shares
a point with each; read as the judge reads a run chained through a wide
bounded figure, it fits both sides and stands on neither, and must not keep
the open rival count ("more than 3 million") off its side. An open figure
that fits the two sides ("more than a million") likewise stands on neither.
"""

from __future__ import annotations

import attrs
import pytest

import crosscheck
from crosscheck import Article
from crosscheck.judge import judge_group

from .test_judge import _claim

_DAY = {"published": "2025-03-13", "unit": "protesters"}


def _open(ident: str, low: float, qualifier: str = "over", **fields: object) -> crosscheck.Claim:
    return attrs.evolve(_claim(ident, low, None, **fields), qualifier=qualifier, high=None)


def _span(ident: str, low: float, high: float, **fields: object) -> crosscheck.Claim:
    return attrs.evolve(_claim(ident, low, high, **fields), qualifier="range")


def _sides(claims: list[crosscheck.Claim]) -> list[tuple[str, ...]]:
    finding = judge_group(claims)
    assert finding is not None
    return sorted(s.claims for s in finding.sides)


def test_a_span_between_two_bodies_counts_does_not_keep_the_open_count_off_its_side() -> None:
    claims = [
        _claim("a#q1", 1_100_000, attributed_to="Interior ministry", **_DAY),
        _open("a#q2", 3_000_000, attributed_to="CGT", **_DAY),
        _span("b#q1", 1_100_000, 3_000_000, **_DAY),
    ]
    assert _sides(claims) == [("a#q1",), ("a#q2",)]


@pytest.mark.parametrize("order", [("c#q1", "c#q9"), ("c#q9", "c#q1")])
def test_an_open_figure_fitting_both_counts_stands_on_neither(order: tuple[str, str]) -> None:
    # "more than a million" fits 1.1 million and "more than 3 million": it
    # bridges them, whatever the order it is read in, with or without the span.
    headline, other = order
    rivals = [
        _claim("a#q1", 1_100_000, attributed_to="Interior ministry", **_DAY),
        _open("a#q2", 3_000_000, attributed_to="CGT", **_DAY),
        _open(headline, 1_000_000, **_DAY),
    ]
    assert _sides(rivals) == [("a#q1",), ("a#q2",)]
    with_span = [
        *rivals,
        _span("b#q1", 1_100_000, 3_000_000, **_DAY),
        _open(other, 900_000, **_DAY),
    ]
    assert _sides(with_span) == [("a#q1",), ("a#q2",)]


def test_an_open_count_the_span_and_the_figure_allow_is_no_rival() -> None:
    # The unions' "more than 200,000" fits the police's 250,000: no conflict.
    claims = [
        _claim("a#q1", 250_000, attributed_to="Police", **_DAY),
        _open("a#q2", 200_000, attributed_to="Unions", **_DAY),
        _span("b#q1", 250_000, 600_000, **_DAY),
    ]
    assert _sides(claims) == []


def test_an_open_figure_meeting_some_single_figures_of_a_side_takes_none_off() -> None:
    # 1.08 and 1.1 million are one count rounded; "more than 1.1 million"
    # meets the rounded one only: no span chains it, it is on no side.
    claims = [
        _claim("a#q1", 1_080_000, attributed_to="Interior ministry", **_DAY),
        _claim("b#q1", 1_100_000, attributed_to="Interior ministry", **_DAY),
        _open("c#q1", 1_100_000, **_DAY),
    ]
    assert _sides(claims) == []


_RIVALS = {
    "de": (
        "Proteste gegen Lohnstopp\n\nLaut Innenministerium beteiligten sich landesweit "
        "250.000 Menschen, die Gewerkschaften sprachen von mehr als {n}."
    ),
    "fr": (
        "Manifestations contre le gel des salaires\n\nLe ministère de l'Intérieur a compté "
        "250 000 manifestants dans tout le pays, les syndicats en ont revendiqué plus de {n}."
    ),
    "en": (
        "Protests against wage freeze\n\nThe interior ministry put turnout at 250,000 "
        "nationwide, while the unions claimed more than {n}."
    ),
    "es": (
        "Protestas contra la congelación salarial\n\nEl Ministerio del Interior cifró en 250.000 "
        "los manifestantes en todo el país, frente a los más de {n} que contabilizaron los "
        "sindicatos."
    ),
}
_SUMMED_UP = (
    "Opnieuw massaal protest tegen loonstop\n\nMeer dan 200.000 mensen gingen de straat op. "
    "De schattingen liepen uiteen van 250.000 tot 600.000 deelnemers."
)
_SEP = {"de": ".", "fr": " ", "en": ",", "es": "."}


def _conflicts(lang: str, n: int) -> list[crosscheck.Finding]:
    figure = f"{n:,}".replace(",", _SEP[lang])
    rep = crosscheck.report(
        [
            Article(
                id="a1",
                language=lang,
                published="2025-05-09",
                text=_RIVALS[lang].format(n=figure),
            ),
            Article(id="b1", language="nl", published="2025-05-09", text=_SUMMED_UP),
        ]
    )
    return [f for f in rep.findings if f.claim_kind == "quantity" and f.kind == "conflict"]


@pytest.mark.parametrize("lang", sorted(_RIVALS))
def test_rival_counts_summed_up_as_a_span_elsewhere_still_conflict(lang: str) -> None:
    found = _conflicts(lang, 600_000)
    assert [sorted(s.claims for s in f.sides) for f in found] == [[("a1#q1",), ("a1#q2",)]]


@pytest.mark.parametrize("lang", sorted(_RIVALS))
def test_a_floor_the_count_meets_beside_a_span_is_no_conflict(lang: str) -> None:
    assert _conflicts(lang, 200_000) == []
