"""SARIF 2.1.0: the findings as static-analysis results (GitHub code scanning and others).

One run; one rule per finding kind and skip reason (the stable codes of
:mod:`crosscheck._codes`, so a rule id is also the JSON ``kind`` and the
baseline key); one result per finding, with a physical location per claim
(its file, line and column, the figure as the snippet) and the finding's
content fingerprint in ``partialFingerprints``, so code scanning follows a
finding across runs even when text moved. Skipped inputs are results too.
Levels: a hard conflict is an ``error``, a soft one a ``warning``, quote
variants ``warning``, every other finding a ``note``.
"""

from __future__ import annotations

import json
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .._codes import FindingKind, Severity, SkipReason
from .._version import __version__
from ._ci import cited, paths, skipped, title
from ._safe import json_text, printable

if TYPE_CHECKING:
    from .._report import Report
    from ..claims import Claim
    from ..judge import Finding

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "crosscheckFinding/v1"
_INFO_URI = "https://pypi.org/project/crosscheck/"

_RULES: dict[str, str] = {
    FindingKind.CONFLICT.value: "Sources give figures that cannot all be true.",
    FindingKind.QUOTE_VARIANT.value: "The same quote is worded materially differently.",
    FindingKind.TIMELINE.value: "The same quantity at different times.",
    FindingKind.RANGE.value: "Sources state a span of values for one quantity.",
    FindingKind.AGREEMENT.value: "Articles agree on a value.",
    FindingKind.SINGLE_SOURCE.value: "A figure no other article lines up with.",
    FindingKind.NOT_ALIGNED.value: "A claim kept apart from others on purpose.",
} | {reason.value: "An input was not analysed." for reason in SkipReason}


def _uri(path: str) -> str:
    """A URI reference for a file path: relative stays relative, absolute becomes file://."""
    pure: PurePath = PureWindowsPath(path) if "\\" in path else PurePosixPath(path)
    if pure.is_absolute():
        posix = pure.as_posix()
        return "file://" + quote(posix if posix.startswith("/") else "/" + posix)
    return quote(pure.as_posix())


def _level(finding: Finding) -> str:
    if finding.kind == FindingKind.CONFLICT:
        return "error" if finding.severity == Severity.HARD else "warning"
    if finding.kind == FindingKind.QUOTE_VARIANT:
        return "warning"
    return "note"


def _location(claim: Claim, path: str | None) -> dict[str, Any]:
    location: dict[str, Any] = {"message": {"text": printable(cited(claim))}}
    if path is None:
        location["logicalLocations"] = [{"name": claim.article, "kind": "module"}]
        return location
    region: dict[str, Any] = {"snippet": {"text": claim.text}}
    if claim.line is not None:
        region["startLine"] = claim.line
        if claim.column is not None:
            region["startColumn"] = claim.column
            if "\n" not in claim.text:
                region["endColumn"] = claim.column + len(claim.text)
    else:
        region["charOffset"] = claim.start
        region["charLength"] = claim.end - claim.start
    location["physicalLocation"] = {"artifactLocation": {"uri": _uri(path)}, "region": region}
    return location


def to_sarif(report: Report) -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log (plain data)."""
    rule_ids = list(_RULES)
    where = paths(report)
    results: list[dict[str, Any]] = []
    for finding in report.findings:
        fingerprint = finding.fingerprint or finding.id
        claims = list(finding.claims)
        results.append(
            {
                "ruleId": finding.kind,
                "ruleIndex": rule_ids.index(finding.kind),
                "level": _level(finding),
                "message": {"text": printable(f"{title(finding)}: {finding.explanation}")},
                "locations": [_location(c, where.get(c.article)) for c in claims],
                "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
                "properties": {
                    "finding": finding.id,
                    "story": finding.story,
                    "claims": [c.fingerprint or c.id for c in claims],
                },
            }
        )
    for article, path, line, reason, detail in skipped(report):
        location: dict[str, Any] = {"logicalLocations": [{"name": article, "kind": "module"}]}
        if path:
            physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
            if line is not None:
                physical["region"] = {"startLine": line}
            location = {"physicalLocation": physical}
        results.append(
            {
                "ruleId": reason,
                "ruleIndex": rule_ids.index(reason) if reason in rule_ids else -1,
                "level": "warning",
                "message": {"text": printable(f"{article}: not analysed: {detail or reason}")},
                "locations": [location],
                "partialFingerprints": {FINGERPRINT_KEY: f"{reason}:{article}"},
            }
        )
    rules = [
        {
            "id": rule,
            "name": "".join(w.capitalize() for w in rule.replace(".", "_").split("_")),
            "shortDescription": {"text": text},
            "defaultConfiguration": {
                "level": "warning" if rule == FindingKind.CONFLICT else "note"
            },
        }
        for rule, text in _RULES.items()
    ]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "crosscheck",
                        "version": report.version or __version__,
                        "informationUri": _INFO_URI,
                        "rules": rules,
                    }
                },
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }


def to_sarif_json(report: Report) -> str:
    """SARIF 2.1.0 JSON text; byte-identical for the same input.

    Messages (what a viewer shows) are :func:`printable`; data (snippets,
    names) is kept, JSON-escaped, with lone surrogates as ``\\uXXXX``.
    """
    return json_text(json.dumps(to_sarif(report), ensure_ascii=False, indent=2)) + "\n"
