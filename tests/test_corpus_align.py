"""Alignment corpora: multi-article cases per language (tests/corpus_align/<code>.toml).

Each case is a small batch of articles (id, published, text, optional
story) with the relations the report must show between figures, named by
a piece of their text (the first claim whose text contains it):

* ``conflict = [[side A surfaces], [side B surfaces]]``: one conflict
  finding puts them on different sides of one time window;
* ``timeline = [surfaces in time order]``: one finding's timeline holds
  them in that order, and no conflict sets any two of them apart;
* ``apart = [[a, b], …]``: never in conflict (different quantity, place,
  status or time);
* ``origins = {surfaces = [...], count = n}``: the side or agreement that
  holds them counts ``n`` independent origins;
* ``unconfirmed = [[a, b], …]``: no agreement holds both (an open figure
  does not confirm a figure of another scale, nor another open figure).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import crosscheck

CORPUS = Path(__file__).parent / "corpus_align"
CASES = [
    pytest.param(case, id=f"{path.stem}:{case['name']}")
    for path in sorted(CORPUS.glob("*.toml"))
    for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
]


def _report(case: dict[str, Any]) -> crosscheck.Report:
    return crosscheck.report(
        [
            crosscheck.Article(
                id=a["id"],
                text=a["text"],
                published=a.get("published"),
                story=a.get("story"),
                language=a["id"].split("-")[0],
            )
            for a in case["articles"]
        ]
    )


def _claim(report: crosscheck.Report, surface: str) -> crosscheck.Claim:
    for claim in report.claims:
        if claim.kind == "quantity" and surface in claim.text:
            return claim
    pytest.fail(f"no quantity claim holds {surface!r}: {[c.text for c in report.claims]}")


def test_every_language_has_every_case_kind() -> None:
    files = sorted(CORPUS.glob("*.toml"))
    assert len(files) >= 5
    for path in files:
        cases = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
        kinds = {
            k for case in cases for k in ("conflict", "timeline", "apart", "origins") if k in case
        }
        assert kinds == {"conflict", "timeline", "apart", "origins"}, path.name


@pytest.mark.parametrize("case", CASES)
def test_case(case: dict[str, Any]) -> None:
    report = _report(case)
    explain = report.explain
    if "conflict" in case:
        left = [_claim(report, s).id for s in case["conflict"][0]]
        right = [_claim(report, s).id for s in case["conflict"][1]]
        for a in left:
            for b in right:
                assert explain(a, b).conflict, str(explain(a, b))
        holding = [f for f in report.conflicts if set(left + right) <= set(f.claim_ids)]
        assert len(holding) == 1
    if "timeline" in case:
        ids = [_claim(report, s).id for s in case["timeline"]]
        finding = next((f for f in report.findings if f.timeline), None)
        assert finding is not None, str(report)
        order = [next(i for i, p in enumerate(finding.timeline) if c in p.claims) for c in ids]
        assert order == sorted(order)
        assert len(set(order)) == len(order)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                assert not explain(a, b).conflict
    for a_text, b_text in case.get("apart", ()):
        a, b = _claim(report, a_text), _claim(report, b_text)
        assert not explain(a.id, b.id).conflict, str(explain(a.id, b.id))
    for a_text, b_text in case.get("unconfirmed", ()):
        pair = {_claim(report, a_text).id, _claim(report, b_text).id}
        held = [a.claims for f in report.findings for a in f.agreements if pair <= set(a.claims)]
        assert not held, str(report)
    if "origins" in case:
        ids = {_claim(report, s).id for s in case["origins"]["surfaces"]}
        copies = [
            c.id for c in report.claims if any(s in c.text for s in case["origins"]["surfaces"])
        ]
        sides = [
            side
            for f in report.findings
            for side in (*f.sides, *f.agreements)
            if ids <= set(side.claims)
        ]
        assert sides, str(report)
        assert len(copies) >= 2
        assert all(side.origins == case["origins"]["count"] for side in sides)
