"""The report as JSON: a stable schema, byte-identical for the same input.

Field names are public API (users' scripts and CI jobs read them); adding a
field is fine, renaming or removing one needs a ``schema`` version bump and a
CHANGELOG entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ._safe import json_text

if TYPE_CHECKING:
    from .._report import Report

SCHEMA = "crosscheck.report/2"


def _plain(value: Any) -> Any:
    if attrs.has(type(value)):
        return _record(value)
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


def finding_record(finding: Any) -> dict[str, Any]:
    """A finding's fields as JSON, its claims by id (the claims are listed once, apart)."""
    return {
        f.name: list(finding.claim_ids) if f.name == "claims" else _plain(getattr(finding, f.name))
        for f in attrs.fields(type(finding))
    }


def _finding(finding: Any, by_id: dict[str, Any]) -> dict[str, Any]:
    """A finding, with each claim's figure and cited source repeated inline."""
    row = finding_record(finding)
    row["figures"] = [
        {"claim": c.id, **{k: _plain(getattr(c, k)) for k in _FIGURE_FIELDS}}
        for c in finding.claims
    ]
    return row


def limits_record(report: Report) -> dict[str, Any]:
    """The report's limits as JSON: name -> {"value", "skipped"}, in the report's order.

    The order is :data:`crosscheck.ingest._load.LIMIT_NAMES` (fixed), so the
    same batch gives the same bytes; ``value`` is null for a limit lifted.
    """
    return {
        limit.name: {"value": _plain(limit.value), "skipped": limit.skipped}
        for limit in report.limits
    }


def to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data, in a fixed field order."""
    claims = [_record(claim) for claim in report.claims]
    by_id = {claim.id: claim for claim in report.claims}
    edges = [
        {
            "a": e.a,
            "b": e.b,
            "weight": e.weight,
            "reasons": [str(r) for r in e.reasons],
            "details": list(e.details),
        }
        for e in sorted(
            (d["edge"] for _, _, d in report.graph.edges(data=True)), key=lambda e: (e.a, e.b)
        )
    ]
    refused: dict[str, int] = {}
    if report.alignment is not None:
        for r in report.alignment.refused:
            refused[r.reason.value] = refused.get(r.reason.value, 0) + 1
    return {
        "schema": SCHEMA,
        "crosscheck_version": report.version,
        "summary": report.summary(),
        "limits": limits_record(report),
        "articles": [_record(r) for r in report.articles],
        "stories": [_record(s) for s in report.stories],
        "claims": claims,
        "findings": [_finding(f, by_id) for f in report.findings],
        "alignments": edges,
        "refused": dict(sorted(refused.items())),
        "candidate_pairs": report.alignment.candidate_pairs if report.alignment else 0,
        "sources": [_record(s) for s in report.sources()],
    }


def to_json(report: Report, *, indent: int | None = 2) -> str:
    """JSON text of :func:`to_dict`; non-ASCII letters are kept as written.

    A lone surrogate (a Python ``str`` can hold one) is written as its
    ``\\uXXXX`` escape, so the text always encodes as UTF-8.
    """
    return json_text("".join(json_chunks(report, indent=indent)))


def json_chunks(report: Report, *, indent: int | None = 2) -> Iterator[str]:
    """The text of :func:`to_json` in pieces, to write a large report without holding it whole.

    Joined, the pieces are :func:`to_json`'s text, byte for byte.
    """
    encoder = json.JSONEncoder(ensure_ascii=False, indent=indent)
    yield from encoder.iterencode(to_dict(report))
    yield "\n"
