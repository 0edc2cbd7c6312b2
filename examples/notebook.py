"""What an analyst does with a report in a notebook, as a script.

    python examples/notebook.py seeds/ [OUT_DIR]

Prints the short repr, each conflict's figures with their tolerance
intervals, a subset of the report, and (with ``pip install
'crosscheck[pandas]'``) the DataFrames; writes the claim graph for Gephi and
the HTML report to OUT_DIR (default: a temporary folder).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import crosscheck


def main(path: str, out_dir: Path) -> None:
    report = crosscheck.report(path)
    print(repr(report))  # one line of counts; a notebook cell shows report._repr_html_()

    for finding in report.conflicts:
        print(f"\n{finding.kind} on {finding.unit}:")
        for claim in finding.claims:  # Claim objects (finding.claim_ids: their ids)
            low, high = report.tolerance(claim)  # the interval the judge compared
            print(f"  {claim.text!r}: stated {claim.low}..{claim.high}, allows {low}..{high}")

    conflicts = report.filter(kind="conflict")  # also unit=, story=, article=, source=
    print(f"\nonly conflicts: {conflicts!r}")

    try:
        tables = report.to_pandas()
    except ImportError as exc:  # pandas is an optional extra
        print(f"\n{exc}")
    else:
        print(f"\nclaims table: {tables.claims.shape}, findings table: {tables.findings.shape}")
        quantities = tables.claims[tables.claims.kind == "quantity"]
        columns = ["outlet", "article_published", "text", "tolerance_low", "tolerance_high"]
        print(quantities[columns].to_string())

    out_dir.mkdir(parents=True, exist_ok=True)
    report.to_graphml(out_dir / "claims.graphml")  # Gephi: File > Open
    report.to_gexf(out_dir / "claims.gexf")
    (out_dir / "report.html").write_text(report.to_html(), encoding="utf-8")
    print(f"\nwrote claims.graphml, claims.gexf and report.html to {out_dir}")


if __name__ == "__main__":
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp())
    main(sys.argv[1] if len(sys.argv) > 1 else "seeds/", target)
