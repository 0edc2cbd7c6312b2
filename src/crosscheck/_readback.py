"""Reading a JSON report back into a :class:`Report` (``Report.from_json``).

The JSON report is the record a CI job keeps: the next run compares with it
(a baseline, ``crosscheck diff``) without re-extracting the old articles.
Reading is lenient the way a reader of a growing schema must be: unknown
keys are ignored (a newer writer's additions), missing ones take the
field's default (an older writer's), and a report written before claims
carried fingerprints gets them computed from the fields it does have.
The claim graph's edges are read from ``alignments``; refused pairs survive as
counts per reason only (the JSON keeps no more), so writing the report
read back gives the same JSON.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._codes import EdgeReason, RefusalReason
from ._errors import InputError
from .align import Alignment, Edge, Refusal, Story
from .claims import Claim
from .claims._fingerprint import claim_fingerprints
from .ingest import ArticleRecord, LimitRecord
from .judge import Finding, Side, TimelinePoint
from .judge._fingerprint import fingerprint_of
from .render._json import SCHEMA

if TYPE_CHECKING:
    from ._report import Report

T = TypeVar("T")

# Fields holding nested records, per class: field name -> the record's class.
_NESTED: dict[type, dict[str, type]] = {
    Finding: {"sides": Side, "agreements": Side, "timeline": TimelinePoint},
}


def _tuple(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuple(v) if isinstance(v, list) else v for v in value)
    return value


# Per record class: (field name, the class of its nested records or None), in field order.
_SPECS: dict[type, tuple[tuple[str, type | None], ...]] = {}


def _spec(cls: type) -> tuple[tuple[str, type | None], ...]:
    spec = _SPECS.get(cls)
    if spec is None:
        nested = _NESTED.get(cls, {})
        spec = _SPECS[cls] = tuple((f.name, nested.get(f.name)) for f in attrs.fields(cls))
    return spec


def build(cls: type[T], data: Mapping[str, Any]) -> T:
    """An attrs record of ``cls`` from its JSON object (unknown keys ignored)."""
    kwargs: dict[str, Any] = {}
    for name, nested in _spec(cls):
        if name not in data:
            continue
        value = data[name]
        if not isinstance(value, list):
            kwargs[name] = value
        elif nested is not None:
            kwargs[name] = tuple(build(nested, v) for v in value)
        else:
            kwargs[name] = _tuple(value)
    return cls(**kwargs)


def _finding(data: Mapping[str, Any], by_id: Mapping[str, Claim]) -> Finding:
    """A finding, its claim ids turned back into the report's claims."""
    ids = data.get("claims", [])
    missing = [cid for cid in ids if cid not in by_id]
    if missing:
        raise InputError(
            f"finding {data.get('id')!r} names claims the report does not hold: {missing[:3]}"
        )
    return attrs.evolve(build(Finding, data), claims=tuple(by_id[cid] for cid in ids))


def load_json(source: str | Path | Mapping[str, Any]) -> dict[str, Any]:
    """The JSON object of a report given as text, a path, or already parsed."""
    if isinstance(source, Mapping):
        return dict(source)
    text: str
    if isinstance(source, Path) or not source.lstrip().startswith("{"):
        try:
            text = Path(source).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read report {source}: {exc}") from exc
    else:
        text = source
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InputError(f"not a JSON report: {exc}") from exc
    if not isinstance(data, dict) or not str(data.get("schema", "")).startswith(
        "crosscheck.report/"
    ):
        raise InputError(f"not a crosscheck JSON report (expected schema {SCHEMA})")
    return data


def from_json(source: str | Path | Mapping[str, Any]) -> Report:
    """A :class:`Report` from its JSON (text, path or parsed object)."""
    from ._report import Report

    data = load_json(source)
    claims = tuple(build(Claim, c) for c in data.get("claims", []))
    if any(c.fingerprint is None for c in claims):
        fps = claim_fingerprints(claims)
        claims = tuple(attrs.evolve(c, fingerprint=c.fingerprint or fps[c.id]) for c in claims)
    claim_fps = {c.id: c.fingerprint or c.id for c in claims}
    by_id = {c.id: c for c in claims}
    findings = tuple(_finding(f, by_id) for f in data.get("findings", []))
    findings = tuple(
        f if f.fingerprint else attrs.evolve(f, fingerprint=fingerprint_of(f, claim_fps))
        for f in findings
    )
    stories = tuple(build(Story, s) for s in data.get("stories", []))
    edges: list[Edge] = []  # Report.graph is built from the claims and these when read
    reasons: dict[str, EdgeReason] = {}  # EdgeReason(r) is a slow Python call: once per code
    for e in data.get("alignments", []):
        codes = []
        for r in e.get("reasons", []):
            code = reasons.get(r) if type(r) is str else None
            if code is None:
                code = reasons[r] = EdgeReason(r)
            codes.append(code)
        edge = Edge(
            a=e["a"],
            b=e["b"],
            weight=e["weight"],
            reasons=tuple(codes),
            details=tuple(e.get("details", [])),
        )
        edges.append(edge)
    refused = tuple(
        Refusal(a="", b="", reason=RefusalReason(reason))
        for reason, count in sorted(data.get("refused", {}).items())
        for _ in range(int(count))
    )
    alignment = Alignment(
        claims=claims,
        stories=stories,
        groups=(),
        refused=refused,
        candidate_pairs=int(data.get("candidate_pairs", 0)),
        edges=tuple(edges),
    )
    kwargs: dict[str, Any] = {}
    limits = data.get("limits")
    if isinstance(limits, Mapping):
        kwargs["limits"] = tuple(
            LimitRecord(
                name=str(name),
                value=entry.get("value") if isinstance(entry, Mapping) else None,
                skipped=int(entry.get("skipped", 0)) if isinstance(entry, Mapping) else 0,
            )
            for name, entry in limits.items()
        )
    if "crosscheck_version" in data:
        kwargs["version"] = data["crosscheck_version"]
    return Report(
        articles=tuple(build(ArticleRecord, r) for r in data.get("articles", [])),
        claims=claims,
        findings=findings,
        stories=stories,
        alignment=alignment,
        **kwargs,
    )
