"""Print every conflict in a folder of articles, with the figures and their sources.

    python examples/conflicts.py seeds/

An analyst's first question about a batch: where do the sources disagree,
and who does each article cite for its figure?
"""

from __future__ import annotations

import sys

import crosscheck


def main(paths: list[str]) -> int:
    report = crosscheck.report(paths or ["seeds/"])
    skipped = [a for a in report.articles if a.status != "ok"]
    for a in skipped:
        print(f"skipped {a.id}: {a.reason} ({a.detail})")
    if not report.conflicts:
        print("No conflicts.")
        return 0
    for finding in report.conflicts:
        print(f"CONFLICT ({finding.severity}) on {finding.unit or finding.event}:")
        for number, side in enumerate(finding.sides, 1):
            when = f" as of {side.as_of_start}" if side.as_of_start else ""
            print(f"  side {number}{when}, {side.origins} independent origin(s):")
            for claim_id in side.claims:
                claim = report.claim(claim_id)
                source = claim.attributed_to or "no source named"
                print(
                    f"    {claim.article} chars {claim.start}-{claim.end}: "
                    f"“{claim.text}” -> low={claim.low} high={claim.high} "
                    f"({claim.qualifier}); cites: {source}"
                )
        if finding.scope:
            print(f"  may be a scope difference: {', '.join(finding.scope)}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
