"""Write every claim of a batch to a CSV table (one row per claim), e.g. for a notebook.

    python examples/claims_table.py seeds/ > claims.csv

Uses only the standard library; load the file with pandas or a spreadsheet.
"""

from __future__ import annotations

import csv
import sys

import crosscheck

COLUMNS = [
    "id",
    "article",
    "kind",
    "text",
    "start",
    "end",
    "low",
    "high",
    "qualifier",
    "unit",
    "increment",
    "event",
    "value",
    "attributed_to",
    "speaker",
]


def main(paths: list[str]) -> int:
    report = crosscheck.report(paths or ["seeds/"])
    writer = csv.writer(sys.stdout)
    writer.writerow(COLUMNS)
    for claim in report.claims:
        writer.writerow([getattr(claim, column) for column in COLUMNS])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
