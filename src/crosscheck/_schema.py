"""The JSON Schema of the JSON report (``crosscheck.json_schema()``, ``crosscheck schema``).

Generated from the record classes themselves (their fields and type hints),
so it cannot drift from what :func:`crosscheck.render.to_json` writes;
fields that hold stable codes are constrained to their :mod:`._codes` enum.
Every record lists all its fields as required (the writer always writes
them, ``null`` when unset) and allows further properties: adding a field is
not a schema change (see :mod:`crosscheck.render._json`), so a validator of
an older schema still accepts a newer report of the same ``schema`` version.
"""

from __future__ import annotations

import copy
import functools
import types
import typing
from enum import StrEnum
from typing import Any

import attrs

from ._codes import (
    ArticleStatus,
    ClaimKind,
    EdgeReason,
    FindingKind,
    FindingNote,
    Qualifier,
    RefusalReason,
    ScopeDifference,
    Severity,
    SkipReason,
)
from .align import Story
from .claims import Claim
from .ingest import ArticleRecord
from .ingest._load import LIMIT_NAMES
from .judge import Finding, Side, TimelinePoint
from .render._json import _FIGURE_FIELDS, SCHEMA

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "urn:crosscheck:" + SCHEMA.removeprefix("crosscheck.").replace("/", ":")

# Fields that hold a stable code: (class, field) -> the enum of allowed values.
_CODES: dict[tuple[type, str], type[StrEnum]] = {
    (Claim, "kind"): ClaimKind,
    (Claim, "qualifier"): Qualifier,
    (Finding, "kind"): FindingKind,
    (Finding, "claim_kind"): ClaimKind,
    (Finding, "facets"): FindingKind,
    (Finding, "severity"): Severity,
    (Finding, "scope"): ScopeDifference,
    (Finding, "notes"): FindingNote,
    (Finding, "reason"): RefusalReason,
    (ArticleRecord, "status"): ArticleStatus,
    (ArticleRecord, "reason"): SkipReason,
}


def _record_classes() -> tuple[type, ...]:
    from ._report import SourceRecord

    return (ArticleRecord, Story, Claim, Finding, Side, TimelinePoint, SourceRecord)


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _type(tp: Any, code: type[StrEnum] | None) -> dict[str, Any]:
    """The JSON Schema of a Python type hint, as ``to_dict`` writes values of it."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        if set(rest) == {int, float}:
            inner: dict[str, Any] = {"type": "number"}
        elif len(rest) == 1:
            inner = _type(rest[0], code)
        else:
            inner = {"anyOf": [_type(a, code) for a in rest]}
        return _nullable(inner) if type(None) in args else inner
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _type(args[0], code)}
        return {
            "type": "array",
            "prefixItems": [_type(a, code) for a in args],
            "minItems": len(args),
            "maxItems": len(args),
        }
    if attrs.has(tp):
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        code = tp
    if tp is str or (isinstance(tp, type) and issubclass(tp, str)):
        if code is not None:
            return {"type": "string", "enum": [c.value for c in code]}
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - a new field type


# Fields the JSON writes as references, not as the records the Python object holds:
# (class, field) -> the type written.
_BY_ID: dict[tuple[type, str], Any] = {
    (Finding, "claims"): tuple[str, ...],  # claim ids; the claims are listed once, apart
}


def _record(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    return {
        "type": "object",
        "description": (cls.__doc__ or cls.__name__).strip().split("\n\n")[0],
        "properties": {
            f.name: _type(_BY_ID.get((cls, f.name), hints[f.name]), _CODES.get((cls, f.name)))
            for f in fields
        },
        "required": [f.name for f in fields],
    }


def _report_schema() -> dict[str, Any]:
    defs = {cls.__name__: _record(cls) for cls in _record_classes()}
    claim = defs["Claim"]["properties"]
    figure = {
        "type": "object",
        "description": "A claim's figure and cited source, repeated inline in its finding.",
        "properties": {"claim": {"type": "string"}, **{k: claim[k] for k in _FIGURE_FIELDS}},
        "required": ["claim", *_FIGURE_FIELDS],
    }
    finding_row = {
        "allOf": [{"$ref": "#/$defs/Finding"}],
        "type": "object",
        "properties": {"figures": {"type": "array", "items": {"$ref": "#/$defs/Figure"}}},
        "required": ["figures"],
    }
    count = {"type": "integer", "minimum": 0}
    defs["Figure"] = figure
    defs["FindingRow"] = finding_row
    defs["Alignment"] = {
        "type": "object",
        "description": "An edge of the claim graph: why two claims were judged the same thing.",
        "properties": {
            "a": {"type": "string"},
            "b": {"type": "string"},
            "weight": {"type": "number"},
            "reasons": {
                "type": "array",
                "items": {"type": "string", "enum": [r.value for r in EdgeReason]},
            },
            "details": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["a", "b", "weight", "reasons", "details"],
    }
    summary = {
        "type": "object",
        "properties": {
            "articles": count,
            "articles_ok": count,
            "articles_skipped": count,
            "claims": count,
            "stories": count,
            "findings": {
                "type": "object",
                "properties": {k.value: count for k in FindingKind},
                "required": [k.value for k in FindingKind],
            },
        },
        "required": [
            "articles",
            "articles_ok",
            "articles_skipped",
            "claims",
            "stories",
            "findings",
        ],
    }

    limit = {
        "type": "object",
        "description": "A limit the batch was checked under (null: lifted) and the inputs "
        "it skipped.",
        "properties": {
            "value": {"anyOf": [{"type": "number", "exclusiveMinimum": 0}, {"type": "null"}]},
            "skipped": count,
        },
        "required": ["value", "skipped"],
    }
    defs["Limit"] = limit
    limits = {
        "type": "object",
        "description": "Every limit by name (max_bytes, max_total_bytes: bytes; max_articles; "
        "time_budget: seconds per article), in that order; empty in a report read back "
        "from JSON written before limits were recorded.",
        "properties": {name: {"$ref": "#/$defs/Limit"} for name in LIMIT_NAMES},
        "additionalProperties": {"$ref": "#/$defs/Limit"},
    }

    def rows(name: str) -> dict[str, Any]:
        return {"type": "array", "items": {"$ref": f"#/$defs/{name}"}}

    properties = {
        "schema": {"const": SCHEMA},
        "crosscheck_version": {"type": "string"},
        "summary": summary,
        "limits": limits,
        "articles": rows("ArticleRecord"),
        "stories": rows("Story"),
        "claims": rows("Claim"),
        "findings": rows("FindingRow"),
        "alignments": rows("Alignment"),
        "refused": {
            "type": "object",
            "propertyNames": {"enum": [r.value for r in RefusalReason]},
            "additionalProperties": count,
        },
        "candidate_pairs": count,
        "sources": rows("SourceRecord"),
    }
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": f"crosscheck JSON report ({SCHEMA})",
        "description": "What `crosscheck report --format json` and `Report.to_json()` write. "
        "Records may carry further fields in later releases of the same schema version.",
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "$defs": dict(sorted(defs.items())),
    }


@functools.cache
def _cached() -> dict[str, Any]:
    return _report_schema()


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the JSON report, as a new dict each call."""
    return copy.deepcopy(_cached())
