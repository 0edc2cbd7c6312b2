"""Findings' content fingerprints, from their claims' (:mod:`crosscheck.claims._fingerprint`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from ..claims._fingerprint import finding_fingerprint
from ._findings import Finding


def fingerprint_of(finding: Finding, claim_fps: Mapping[str, str]) -> str:
    """The fingerprint of ``finding``: kind, unit and its claims' fingerprints."""
    return finding_fingerprint(
        finding.kind,
        finding.claim_kind,
        finding.unit,
        (claim_fps.get(c.id, c.id) for c in finding.claims),
        finding.reason,
    )


def fingerprinted(findings: Iterable[Finding], claim_fps: Mapping[str, str]) -> list[Finding]:
    """The findings with ``fingerprint`` set."""
    return [attrs.evolve(f, fingerprint=fingerprint_of(f, claim_fps)) for f in findings]
