"""Baselines: the findings a CI gate already knows, by content fingerprint.

A baseline is what ``crosscheck check --write-baseline FILE`` writes, or any
earlier JSON report (its fingerprints are read, or computed when it predates
them). ``--fail-on new-conflict`` fails only on a conflict that is *new*:
its fingerprint is not in the baseline **and** two of its opposed sides
(sides of one as-of window) hold no pair of figures (claim fingerprints)
that a baseline conflict set against each other. So neither an unrelated
sentence inserted above a figure, nor a new article repeating a figure of a
known side, makes a known conflict new; a figure on a new side does, and so
does a known figure whose value or sentence changed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ._codes import FindingKind
from ._errors import InputError
from ._version import __version__
from .claims._fingerprint import conflict_pairs, opposed_sides

if TYPE_CHECKING:
    from ._report import Report
    from .ingest import ArticleRecord
    from .judge import Finding

BASELINE_SCHEMA = "crosscheck.baseline/1"


def _key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _pairs(report: Report, finding: Finding) -> set[tuple[str, str]]:
    fps = {c.id: c.fingerprint or c.id for c in finding.claims}
    return conflict_pairs(finding.sides, fps)


@attrs.frozen
class Baseline:
    """Known findings (fingerprints) and the figure pairs known conflicts set apart."""

    findings: frozenset[str] = frozenset()
    conflicts: frozenset[str] = frozenset()
    pairs: frozenset[tuple[str, str]] = frozenset()
    skipped: frozenset[str] = frozenset()  # "reason:article id" of inputs skipped then

    @classmethod
    def from_report(cls, report: Report) -> Baseline:
        """The baseline of one report: all its findings, its conflicts and their pairs."""
        pairs: set[tuple[str, str]] = set()
        for finding in report.conflicts:
            pairs |= _pairs(report, finding)
        return cls(
            findings=frozenset(f.fingerprint or f.id for f in report.findings),
            conflicts=frozenset(f.fingerprint or f.id for f in report.conflicts),
            pairs=frozenset(pairs),
            skipped=frozenset(_skip_key(r) for r in report.articles if r.status != "ok"),
        )

    @classmethod
    def load(cls, path: str | Path) -> Baseline:
        """Read a baseline file, or an earlier JSON report used as one."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read baseline {path}: {exc}") from exc
        return cls.from_data(data, str(path))

    @classmethod
    def from_data(cls, data: Any, where: str = "baseline") -> Baseline:
        """A baseline from parsed JSON: a baseline object or a JSON report."""
        schema = str(data.get("schema", "")) if isinstance(data, Mapping) else ""
        if schema.startswith("crosscheck.report/"):
            from ._readback import from_json

            return cls.from_report(from_json(data))
        if schema != BASELINE_SCHEMA:
            raise InputError(
                f"{where} is neither a crosscheck baseline ({BASELINE_SCHEMA}) nor a JSON report"
            )
        return cls(
            findings=frozenset(f["fingerprint"] for f in data.get("findings", [])),
            conflicts=frozenset(
                f["fingerprint"]
                for f in data.get("findings", [])
                if f.get("kind") == FindingKind.CONFLICT
            ),
            pairs=frozenset(
                (str(a), str(b)) for f in data.get("findings", []) for a, b in f.get("pairs", [])
            ),
            skipped=frozenset(str(s) for s in data.get("skipped", [])),
        )

    def is_new(self, report: Report, finding: Finding) -> bool:
        """True when the baseline does not know ``finding`` (conflicts: see is_new_conflict)."""
        if finding.kind == FindingKind.CONFLICT:
            return self.is_new_conflict(report, finding)
        return (finding.fingerprint or finding.id) not in self.findings

    def knows_skip(self, record: ArticleRecord) -> bool:
        """True when the baseline run skipped the same input for the same reason."""
        return _skip_key(record) in self.skipped

    def is_new_conflict(self, report: Report, finding: Finding) -> bool:
        """True when ``finding`` is a conflict this baseline does not know."""
        if finding.kind != FindingKind.CONFLICT:
            return False
        if (finding.fingerprint or finding.id) in self.conflicts:
            return False
        fps = {c.id: c.fingerprint or c.id for c in finding.claims}
        opposed = opposed_sides(finding.sides)
        if not opposed:
            return True
        # known when every two opposed sides hold a pair of figures a known conflict set apart
        return not all(
            any(_key(fps[x], fps[y]) in self.pairs for x in a.claims for y in b.claims)
            for a, b in opposed
        )

    def new_conflicts(self, report: Report) -> list[Finding]:
        """The conflicts of ``report`` that are new against this baseline."""
        return [f for f in report.conflicts if self.is_new_conflict(report, f)]


def baseline_json(report: Report) -> str:
    """The baseline file of ``report``: each finding's fingerprint; conflicts with their pairs."""
    rows: list[dict[str, Any]] = []
    for finding in sorted(report.findings, key=lambda f: (f.fingerprint or f.id, f.id)):
        row: dict[str, Any] = {
            "fingerprint": finding.fingerprint or finding.id,
            "kind": finding.kind,
            "unit": finding.unit,
            "event": finding.event,
        }
        if finding.kind == FindingKind.CONFLICT:
            row["pairs"] = [list(p) for p in sorted(_pairs(report, finding))]
        rows.append(row)
    data = {
        "schema": BASELINE_SCHEMA,
        "crosscheck_version": __version__,
        "findings": rows,
        "skipped": sorted(_skip_key(r) for r in report.articles if r.status != "ok"),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _summary(finding: Finding) -> dict[str, Any]:
    return {
        "fingerprint": finding.fingerprint or finding.id,
        "id": finding.id,
        "kind": finding.kind,
        "severity": finding.severity,
        "unit": finding.unit,
        "event": finding.event,
        "story": finding.story,
        "low": finding.low,
        "high": finding.high,
        "explanation": finding.explanation,
    }


_COMPARED = ("kind", "severity", "low", "high", "consensus_low", "consensus_high", "facets")


def diff(old: Report, new: Report) -> dict[str, list[dict[str, Any]]]:
    """Findings that appeared, disappeared or changed between two reports, by fingerprint.

    Same fingerprint with a different verdict (kind, severity, bounds), or
    different fingerprints about the same quantity (same claim kind, unit
    and event, sharing a figure), is a change; the rest appeared or
    disappeared.
    """
    old_by = {f.fingerprint or f.id: f for f in old.findings}
    new_by = {f.fingerprint or f.id: f for f in new.findings}
    changed: list[dict[str, Any]] = []
    for fp in sorted(old_by.keys() & new_by.keys()):
        a, b = old_by[fp], new_by[fp]
        what = {k: [_plain(getattr(a, k)), _plain(getattr(b, k))] for k in _COMPARED}
        what = {k: v for k, v in what.items() if v[0] != v[1]}
        if what:
            changed.append({"old": _summary(a), "new": _summary(b), "changes": what})
    gone = {fp: old_by[fp] for fp in old_by.keys() - new_by.keys()}
    came = {fp: new_by[fp] for fp in new_by.keys() - old_by.keys()}
    old_figures = {fp: _figures(old, f) for fp, f in gone.items()}
    for fp_new in sorted(came):
        b = came[fp_new]
        figures = _figures(new, b)
        match = next(
            (
                fp
                for fp in sorted(gone)
                if _same_quantity(gone[fp], b) and old_figures[fp] & figures
            ),
            None,
        )
        if match is None:
            continue
        a = gone.pop(match)
        del came[fp_new]
        what = {k: [_plain(getattr(a, k)), _plain(getattr(b, k))] for k in _COMPARED}
        what = {k: v for k, v in what.items() if v[0] != v[1]}
        what["figures"] = [len(old_figures[match]), len(figures)]
        changed.append({"old": _summary(a), "new": _summary(b), "changes": what})
    return {
        "appeared": [_summary(f) for _, f in sorted(came.items())],
        "disappeared": [_summary(f) for _, f in sorted(gone.items())],
        "changed": changed,
    }


def _skip_key(record: ArticleRecord) -> str:
    return f"{record.reason}:{record.id}"


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _figures(report: Report, finding: Finding) -> set[str]:
    return {c.fingerprint or c.id for c in finding.claims}


def _same_quantity(a: Finding, b: Finding) -> bool:
    return (a.claim_kind, a.unit, a.event) == (b.claim_kind, b.unit, b.event)
