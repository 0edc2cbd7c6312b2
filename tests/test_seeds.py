"""Acceptance: the seed articles yield what tests/seeds_expected.json lists."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import crosscheck
from crosscheck._fold import fold

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EXPECTED = json.loads(
    (Path(__file__).resolve().parent / "seeds_expected.json").read_text(encoding="utf-8")
)

# expected.json names the cited sources in English; these are words the
# source as written in the article must contain (folded), one list per source.
SOURCE_WORDS = {
    "South Korean and Western intelligence agencies": ["informatii", "sud-coreene", "occidentale"],
    "South Korean intelligence services": ["serviciilor", "informatii", "sud-coreene"],
    "Ukrainian officials": ["oficialii", "ucraineni"],
    "South Korea's National Intelligence Service": ["serviciul", "informatii", "coreei de sud"],
}


@pytest.fixture(scope="module")
def report() -> crosscheck.Report:
    return crosscheck.report(sorted(SEEDS.glob("*.txt")))


def _stem(name: str) -> str:
    return name.removesuffix(".txt")


def _claim_at(report: crosscheck.Report, article: str, start: int) -> crosscheck.Claim:
    for claim in report.claims:
        if claim.article == article and claim.start <= start < claim.end:
            return claim
    pytest.fail(f"no claim of {article} covers offset {start}")


@pytest.mark.parametrize("name", sorted(EXPECTED["articles"]))
def test_article_metadata(report: crosscheck.Report, name: str) -> None:
    want = EXPECTED["articles"][name]
    record = next(r for r in report.articles if r.id == _stem(name))
    assert record.status == "ok"
    assert record.language == want["lang"]
    assert record.published == want["published"]


@pytest.mark.parametrize(
    "item", EXPECTED["quantities"], ids=lambda q: f"{q['article'][:3]}@{q['start']}"
)
def test_expected_quantity(report: crosscheck.Report, item: dict[str, object]) -> None:
    article = _stem(str(item["article"]))
    claim = _claim_at(report, article, int(str(item["start"])))
    assert claim.low == item["low"]
    assert claim.high == item["high"]
    assert claim.unit == item["unit"]
    qualifier = item["qualifier"]
    if qualifier == "approx_range":
        assert claim.qualifier == "approx"
        assert claim.approximate
        assert claim.low is not None
        assert claim.high is not None
        assert claim.low < claim.high
    elif qualifier == "additional":
        assert claim.increment
    else:
        assert claim.qualifier == qualifier
    source = item["attributed_to"]
    if source is None:
        assert claim.attributed_to is None
    else:
        assert claim.attributed_to is not None
        for word in SOURCE_WORDS[str(source)]:
            assert word in fold(claim.attributed_to)


def test_offsets_index_the_file_text(report: crosscheck.Report) -> None:
    texts = {p.stem: p.read_bytes().decode("utf-8") for p in SEEDS.glob("*.txt")}
    for claim in report.claims:
        assert texts[claim.article][claim.start : claim.end] == claim.text


def _views(report: crosscheck.Report, kind: str) -> list[tuple[crosscheck.Finding, list[str]]]:
    """Each view of ``kind`` with the claim ids it holds.

    One finding per quantity holds its views as facets: an agreement view
    is one of its agreement clusters, the other views hold all its claims.
    """
    views: list[tuple[crosscheck.Finding, list[str]]] = []
    for finding in report.findings:
        if kind == "agreement" and finding.agreements:
            views.extend((finding, list(a.claims)) for a in finding.agreements)
        elif kind in (finding.kind, *(() if kind == "agreement" else finding.facets)):
            views.append((finding, list(finding.claim_ids)))
    return views


def _finding_with(report: crosscheck.Report, kind: str, *surfaces: str) -> crosscheck.Finding:
    for finding, claims in _views(report, kind):
        texts = [report.claim(c).text for c in claims]
        if all(any(s in t for t in texts) for s in surfaces):
            return finding
    pytest.fail(f"no {kind} view holds {surfaces}")


def _side_with(report: crosscheck.Report, finding: crosscheck.Finding, surface: str) -> Any:
    for side in finding.sides:
        if any(surface in report.claim(c).text for c in side.claims):
            return side
    pytest.fail(f"no side of {finding.id} holds {surface!r}")


def test_conflict_between_initial_and_ukrainian_estimate(report: crosscheck.Report) -> None:
    """One finding for the troop figure, its two sides in one time window, the scope spelled out."""
    finding = _finding_with(
        report, "conflict", "aproximativ 11.000-12.000", "între 20.000 și 30.000"
    )
    assert finding.kind == "conflict"
    initial = _side_with(report, finding, "aproximativ 11.000-12.000")
    overall = _side_with(report, finding, "între 20.000 și 30.000")
    assert initial is not overall
    assert initial.window == overall.window
    assert (overall.low, overall.high) == (20000, 30000)
    assert any("ucraineni" in s for s in overall.sources)
    assert "scope" in finding.scope
    assert "scope difference" in finding.explanation
    assert finding.same_article
    assert finding.severity == "soft"
    troop_conflicts = [
        f
        for f in report.conflicts
        if initial.claims[0] in f.claim_ids or overall.claims[0] in f.claim_ids
    ]
    assert troop_conflicts == [finding]
    explained = report.explain(initial.claims[0], overall.claims[0])
    assert explained.conflict


def test_agreement_between_over_10000_and_initial_figure(report: crosscheck.Report) -> None:
    _finding_with(report, "agreement", "peste 10.000", "aproximativ 11.000-12.000")


def test_range_over_troop_figures(report: crosscheck.Report) -> None:
    finding = _finding_with(report, "range", "peste 10.000", "între 20.000 și 30.000")
    assert (finding.low, finding.high) == (10000, 30000)
    assert finding.unit == "troops"


@pytest.mark.parametrize(
    ("surface", "unit"),
    [
        ("încă 6.000", "troops"),
        ("aproximativ 1.000 de ingineri", "combat_engineers"),
        ("aproximativ 2.000 de soldați", "killed"),
    ],
)
def test_never_compared_with_troop_totals(
    report: crosscheck.Report, surface: str, unit: str
) -> None:
    claim = next(c for c in report.claims if surface in c.text)
    assert claim.unit == unit
    for finding in report.findings:
        if claim.id in finding.claim_ids:
            assert finding.kind == "single_source"
    troops = next(c for c in report.claims if "între 20.000 și 30.000" in c.text)
    assert not report.explain(claim, troops).compared


def test_no_year_date_piece_or_name_part_as_count(report: crosscheck.Report) -> None:
    for claim in report.claims:
        assert claim.low not in (2019, 2022, 2024, 2025, 2026)
        assert claim.text.strip() not in ("Un", "un", "o")
        assert not claim.text.startswith(("09", "03", "12-25", "10-27"))


def test_eighty_years_agree(report: crosscheck.Report) -> None:
    finding = _finding_with(report, "agreement", "80 de ani")
    assert len(finding.articles) == 2


def test_one_story_and_one_finding_per_quantity(report: crosscheck.Report) -> None:
    assert len(report.stories) == 1
    assert set(report.stories[0].articles) == {_stem(n) for n in EXPECTED["articles"]}
    seen: set[str] = set()
    for finding in report.findings:
        if finding.kind != "not_aligned":
            assert not seen & set(finding.claim_ids)
            seen |= set(finding.claim_ids)


def test_report_json_is_byte_identical(report: crosscheck.Report) -> None:
    again = crosscheck.report(sorted(SEEDS.glob("*.txt"), reverse=True))
    assert again.to_json() == report.to_json()


# --- dates and quotes (issue 3) -------------------------------------------------


def _value(expected: str) -> str:
    """Normalise expected.json's spelling ("2025 spring", "2024-late..2025 spring")."""
    return expected.replace(" ", "-").replace("late", "end").replace("..", "/")


@pytest.mark.parametrize(
    "item", EXPECTED["dates"], ids=lambda d: f"{d['article'][:3]}@{d['start']}"
)
def test_expected_date(report: crosscheck.Report, item: dict[str, object]) -> None:
    article = _stem(str(item["article"]))
    start = int(str(item["start"]))
    surface = str(item["surface"])
    found = [
        c
        for c in report.claims
        if c.kind == "date"
        and c.article == article
        and c.start < start + len(surface)
        and start < c.end
    ]
    assert found, f"no date claim in {surface!r}"
    assert any(c.value == _value(str(item["value"])) for c in found), [c.value for c in found]


def _date_agreements(report: crosscheck.Report) -> list[list[crosscheck.Claim]]:
    return [
        [report.claim(c) for c in claims]
        for finding, claims in _views(report, "agreement")
        if finding.claim_kind == "date"
    ]


def test_treaty_dates_agree_across_romanian_and_italian(report: crosscheck.Report) -> None:
    for claims in _date_agreements(report):
        if {c.event for c in claims} == {"signed"}:
            articles = {c.article[:3] for c in claims}
            if {"000", "001", "002", "003"} <= articles:
                assert {c.language for c in claims} == {"ro", "it"}
                return
    pytest.fail("no agreement joins the 2024 treaty dates of 000, 001, 002 and 003")


def test_the_2019_agreement_is_kept_apart_not_a_conflict(report: crosscheck.Report) -> None:
    old = next(c for c in report.claims if c.kind == "date" and c.value == "2019")
    for finding in report.findings:
        if old.id in finding.claim_ids:
            assert finding.kind != "conflict"
    kept = [f for f in report.by_kind("not_aligned") if f.claims[0].id == old.id]
    assert kept
    assert "published on 2022-08-15" in kept[0].explanation


def test_kursk_dates_agree(report: crosscheck.Report) -> None:
    for claims in _date_agreements(report):
        if claims:
            values = {c.value for c in claims}
            if {"2025-spring", "2025-04", "2024-end/2025-spring"} <= values:
                return
    pytest.fail("April 2025, spring 2025 and end 2024-spring 2025 do not agree")


def test_romanian_and_italian_quote_pair_is_aligned(report: crosscheck.Report) -> None:
    for finding, claims in _views(report, "agreement"):
        if finding.claim_kind != "quote":
            continue
        texts = [report.claim(c).text for c in claims]
        if any("prietenia invincibilă și fraternitatea militantă" in t for t in texts) and any(
            "amicizia invincibile e la fraternità militante" in t for t in texts
        ):
            return
    pytest.fail("the invincible-friendship quote is not aligned across ro and it")


def test_header_and_byline_are_metadata_not_claims(report: crosscheck.Report) -> None:
    loaded = {a.id: a for a in crosscheck.load(sorted(SEEDS.glob("*.txt"))).articles}
    assert loaded["000_4daffa0df12e8e81"].body_start == len(" date 2025-12-25")
    byline = loaded["004_c61b72992829a382"]
    assert byline.text[: byline.body_start].rstrip().endswith("15 august 2022, 09:13")
    for claim in report.claims:
        assert claim.start >= loaded[claim.article].body_start
