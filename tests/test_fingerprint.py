"""Content fingerprints: stable when unrelated text moves a figure or the batch grows."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
from hypothesis import given
from hypothesis import strategies as st

import crosscheck
from crosscheck.claims._fingerprint import (
    claim_fingerprint,
    claim_fingerprints,
    conflict_pairs,
    location,
)

from ._ci import SEEDS, UNRELATED, copy_seeds, insert_at_top
from .strategies import claims


def _fps(report: crosscheck.Report) -> tuple[set[str], set[str]]:
    return {c.fingerprint or "" for c in report.claims}, {
        f.fingerprint or "" for f in report.findings
    }


def test_every_claim_and_finding_has_a_fingerprint_and_a_line() -> None:
    report = crosscheck.report(SEEDS)
    assert all(c.fingerprint for c in report.claims)
    assert all(f.fingerprint for f in report.findings)
    assert all(c.line and c.column for c in report.claims)
    data = report.to_dict()
    assert all(c["fingerprint"] for c in data["claims"])
    assert all(f["fingerprint"] for f in data["findings"])
    # unique within a report, even for the same words in two articles
    assert len({c.fingerprint for c in report.claims}) == len(report.claims)


def test_line_and_column_point_at_the_figure(tmp_path: Path) -> None:
    report = crosscheck.report(copy_seeds(tmp_path))
    paths = {r.id: Path(r.path or "") for r in report.articles}
    for claim in report.claims:
        lines = paths[claim.article].read_text(encoding="utf-8").split("\n")
        assert claim.line is not None
        assert claim.column is not None
        line = lines[claim.line - 1]
        first = claim.text.split("\n")[0]
        assert line[claim.column - 1 : claim.column - 1 + len(first)] == first


def test_inserting_a_sentence_above_changes_ids_not_fingerprints(tmp_path: Path) -> None:
    before = crosscheck.report(copy_seeds(tmp_path / "a"))
    edited = copy_seeds(tmp_path / "b")
    for path in sorted(edited.glob("*.txt")):
        language = "it" if path.name.startswith("002") else "ro"
        insert_at_top(path, UNRELATED[language])
    after = crosscheck.report(edited)
    old_claims, old_findings = _fps(before)
    new_claims, new_findings = _fps(after)
    assert old_claims <= new_claims  # the inserted sentences may add claims, none is renamed
    assert {f.fingerprint for f in before.conflicts} == {f.fingerprint for f in after.conflicts}
    assert old_findings <= new_findings
    # positions did move: ids and lines are not what the fingerprint is made of
    moved = {c.fingerprint: c for c in after.claims}
    assert any(moved[c.fingerprint or ""].start != c.start for c in before.claims)


def test_a_growing_batch_keeps_the_fingerprints(tmp_path: Path) -> None:
    seeds = copy_seeds(tmp_path / "seeds")
    small = crosscheck.report([seeds / p.name for p in sorted(seeds.glob("00[0-3]*.txt"))])
    full = crosscheck.report(seeds)
    assert {c.fingerprint for c in small.claims} <= {c.fingerprint for c in full.claims}
    assert {f.fingerprint for f in small.conflicts} <= {f.fingerprint for f in full.conflicts}


def test_fingerprints_do_not_depend_on_position() -> None:
    claim = crosscheck.Claim(
        id="a#q1",
        article="a",
        kind="quantity",
        text="peste 10.000 de soldați",
        start=10,
        end=33,
        sentence="Au fost trimiși peste 10.000 de soldați.",
        sentence_start=0,
        language="ro",
        low=10000,
        unit="troops",
    )
    moved = attrs.evolve(claim, id="a#q7", start=510, end=533, sentence_start=500)
    assert claim_fingerprint(claim) == claim_fingerprint(moved)
    for change in (
        {"article": "b"},
        {"low": 11000},
        {"unit": "killed"},
        {"sentence": "Au fost uciși peste 10.000 de soldați."},
    ):
        assert claim_fingerprint(attrs.evolve(claim, **change)) != claim_fingerprint(claim)
    # folding: case, spacing and digit scripts do not matter
    assert claim_fingerprint(attrs.evolve(claim, text="Peste  10.000 de soldați")) == (
        claim_fingerprint(claim)
    )


def test_repeated_figures_in_one_article_get_distinct_fingerprints() -> None:
    base = crosscheck.Claim(
        id="a#q1",
        article="a",
        kind="quantity",
        text="5 people",
        start=0,
        end=8,
        sentence="5 people died.",
        sentence_start=0,
        language="en",
        low=5,
        high=5,
    )
    twin = attrs.evolve(base, id="a#q2", start=100, end=108)
    fps = claim_fingerprints([twin, base])
    assert fps["a#q1"] != fps["a#q2"]
    assert fps == claim_fingerprints([base, twin])  # order of the input does not matter


@given(st.lists(claims(), min_size=1, max_size=6, unique_by=lambda c: c.id))
def test_fingerprints_are_deterministic_and_unique(found: list[crosscheck.Claim]) -> None:
    fps = claim_fingerprints(found)
    assert fps == claim_fingerprints(list(reversed(found)))
    assert len(set(fps.values())) == len(found)


def test_conflict_pairs_only_cross_sides_of_one_window() -> None:
    side = crosscheck.Side
    sides = [
        side(claims=("x", "y"), articles=(), sources=(), origins=1, window=0),
        side(claims=("z",), articles=(), sources=(), origins=1, window=0),
        side(claims=("w",), articles=(), sources=(), origins=1, window=1),
    ]
    pairs = conflict_pairs(sides, {"x": "X", "y": "Y", "z": "Z", "w": "W"})
    assert pairs == {("X", "Z"), ("Y", "Z")}


def test_location_counts_lines_and_columns_from_one() -> None:
    text = "ab\ncde\n\nfg"
    assert location(text, 0) == (1, 1)
    assert location(text, 4) == (2, 2)
    assert location(text, 8) == (4, 1)


def test_jsonl_claims_carry_the_record_line(tmp_path: Path) -> None:
    seeds = sorted(copy_seeds(tmp_path / "s").glob("00[01]*.txt"))
    lines = ["", *(json.dumps({"id": p.stem, "text": p.read_text("utf-8")}) for p in seeds)]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = crosscheck.report(feed)
    record_line = {r.id: r.line for r in report.articles}
    assert record_line == {seeds[0].stem: 2, seeds[1].stem: 3}
    assert {c.line for c in report.claims if c.article == seeds[1].stem} == {3}
    assert all(c.column is None for c in report.claims)
