"""How users call crosscheck, checked with mypy --strict (tests/test_typing.py)."""

from __future__ import annotations

import json

import crosscheck

report: crosscheck.Report = crosscheck.report(["seeds/"], language=None, workers=1)
text: str = str(report)
data: dict[str, object] = json.loads(report.to_json())
markdown: str = report.to_markdown()

for finding in report.conflicts:
    kind: str = finding.kind
    explanation: str = finding.explanation
    for claim_id in finding.claim_ids:
        claim: crosscheck.Claim = report.claim(claim_id)
        assert claim is report.claim(claim)
    for claim in finding.claims:
        start: int = claim.start
        low: int | float | None = claim.low
        source: str | None = claim.attributed_to

loaded: crosscheck.LoadResult = crosscheck.load("seeds/*.txt")
articles: tuple[crosscheck.Article, ...] = loaded.articles
records: tuple[crosscheck.ArticleRecord, ...] = loaded.records

quantities: list[crosscheck.Quantity] = crosscheck.find_quantities("over 10,000 troops", "en")
parsed: crosscheck.Quantity | None = crosscheck.parse_quantity("o mie", "ro")
if parsed is not None:
    value: int | float | None = parsed.value

try:
    crosscheck.report("does-not-exist/")
except crosscheck.NoInputError as exc:
    where: str | None = exc.path
except crosscheck.CrosscheckError:
    pass
