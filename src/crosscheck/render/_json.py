"""The report as JSON: a stable schema, byte-identical for the same input.

Field names are public API (users' scripts and CI jobs read them); adding a
field is fine, renaming or removing one needs a ``schema`` version bump and a
CHANGELOG entry.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from .._report import Report

SCHEMA = "crosscheck.report/1"


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _record(obj: Any, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        f.name: _plain(getattr(obj, f.name)) for f in attrs.fields(type(obj)) if f.name not in drop
    }


_FIGURE_FIELDS = (
    "article",
    "text",
    "start",
    "end",
    "low",
    "high",
    "qualifier",
    "unit",
    "value",
    "speaker",
    "attributed_to",
)


def _finding(finding: Any, by_id: dict[str, Any]) -> dict[str, Any]:
    """A finding, with each claim's figure and cited source repeated inline."""
    row = _record(finding)
    row["figures"] = [
        {"claim": cid, **{k: _plain(getattr(by_id[cid], k)) for k in _FIGURE_FIELDS}}
        for cid in finding.claims
    ]
    return row


def to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data, in a fixed field order."""
    claims = [_record(claim) for claim in report.claims]
    by_id = {claim.id: claim for claim in report.claims}
    edges = [
        {
            "a": a,
            "b": b,
            "weight": data["weight"],
            "reasons": list(data["reasons"]),
        }
        for a, b, data in sorted(
            (min(u, v), max(u, v), d) for u, v, d in report.graph.edges(data=True)
        )
    ]
    return {
        "schema": SCHEMA,
        "crosscheck_version": report.version,
        "summary": report.summary(),
        "articles": [_record(r) for r in report.articles],
        "claims": claims,
        "findings": [_finding(f, by_id) for f in report.findings],
        "alignments": edges,
    }


def to_json(report: Report, *, indent: int | None = 2) -> str:
    """JSON text of :func:`to_dict`; non-ASCII letters are kept as written."""
    return json.dumps(to_dict(report), ensure_ascii=False, indent=indent) + "\n"
