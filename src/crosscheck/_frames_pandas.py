"""The report as pandas DataFrames (``Report.to_pandas``; needs ``crosscheck[pandas]``).

Four tables, each a plain rectangle an analyst can group, join and plot:

* ``claims``: one row per claim, with the article's outlet, title and date
  joined in, the normalised source, and the tolerance interval the judge
  compared it on (``tolerance_low``/``tolerance_high``; NaN = open);
* ``findings``: one row per claim per finding, with the side the claim is on
  (conflicts), the side's interval and the finding's envelope;
* ``articles``: one row per input (analysed or skipped), with its claim count;
* ``sources``: one row per normalised source (:meth:`Report.sources`).

Tuples (scope markers, entities, …) become "; "-joined strings, so every
cell is a scalar; codes stay the stable string codes of ``_codes``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from ._analyst import tolerance_interval
from .claims import Claim
from .judge import source_key
from .render._labels import article_labels

if TYPE_CHECKING:
    import pandas as pd

    from ._report import Report

EXTRA_HINT = "pip install 'crosscheck[pandas]'"


class Tables(NamedTuple):
    """The DataFrames of :meth:`crosscheck.Report.to_pandas`."""

    claims: pd.DataFrame
    findings: pd.DataFrame
    articles: pd.DataFrame
    sources: pd.DataFrame


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:  # the optional extra is not installed
        raise ImportError(
            f"Report.to_pandas() needs pandas, an optional extra: {EXTRA_HINT}"
        ) from exc
    return pandas


def _scalar(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, str):  # StrEnum codes become plain strings
        return str(value)
    return value


def _row(obj: Any, prefix: str = "", drop: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        prefix + f.name: _scalar(getattr(obj, f.name))
        for f in attrs.fields(type(obj))
        if f.name not in drop
    }


_CLAIM_COLUMNS_FIRST = ("id", "article", "outlet", "title", "article_published", "kind", "text")


def to_pandas(report: Report) -> Tables:
    """The report's claims, findings (per claim), articles and sources as DataFrames."""
    pd = _pandas()
    records = {r.id: r for r in report.articles}
    labels = article_labels(report.articles)

    def article_cols(article_id: str) -> dict[str, Any]:
        r = records.get(article_id)
        return {
            "outlet": r.source if r else None,
            "title": r.title if r else None,
            "article_published": r.published if r else None,
            "article_label": labels.get(article_id, article_id),
        }

    claim_rows = []
    for claim in report.claims:
        low, high = tolerance_interval(claim)
        row = _row(claim)
        row.update(article_cols(claim.article))
        row["source"] = source_key(claim)
        row["tolerance_low"] = low
        row["tolerance_high"] = high
        claim_rows.append(row)
    claims = pd.DataFrame(claim_rows)
    if not claims.empty:
        first = [c for c in _CLAIM_COLUMNS_FIRST if c in claims.columns]
        claims = claims[first + [c for c in claims.columns if c not in first]]
        for col in ("tolerance_low", "tolerance_high", "low", "high"):
            claims[col] = pd.to_numeric(claims[col], errors="coerce").astype("float64")

    finding_rows = []
    by_id = {c.id: c for c in report.claims}
    for f in report.findings:
        side_of = {cid: (n, s) for n, s in enumerate(f.sides) for cid in s.claims}
        head = _row(
            f,
            prefix="finding_",
            drop=("claims", "articles", "sides", "agreements", "timeline", "variants", "sources"),
        )
        for cid in f.claim_ids:
            c: Claim | None = by_id.get(cid)
            n, side = side_of.get(cid, (None, None))
            low, high = tolerance_interval(c) if c else (None, None)
            row = dict(head)
            row.update(
                {
                    "claim": cid,
                    "text": c.text if c else None,
                    "article": c.article if c else None,
                    **article_cols(c.article if c else ""),
                    "source": source_key(c) if c else None,
                    "source_name": (c.attributed_to or c.speaker) if c else None,
                    "low": c.low if c else None,
                    "high": c.high if c else None,
                    "qualifier": c.qualifier if c else None,
                    "tolerance_low": low,
                    "tolerance_high": high,
                    "date_low": c.date_low if c else None,
                    "date_high": c.date_high if c else None,
                    "as_of": c.as_of if c else None,
                    "side": n,
                    "side_low": side.low if side else None,
                    "side_high": side.high if side else None,
                    "side_consensus": side.consensus if side else None,
                    "outlier": cid in f.outliers,
                }
            )
            finding_rows.append(row)
    findings = pd.DataFrame(finding_rows)
    if not findings.empty:
        findings["side"] = findings["side"].astype("Int64")

    counts = Counter(c.article for c in report.claims)
    article_rows = []
    for r in report.articles:
        row = _row(r)
        row["outlet"] = r.source
        row["label"] = labels.get(r.id, r.id)
        row["claims"] = counts.get(r.id, 0)
        article_rows.append(row)
    articles = pd.DataFrame(article_rows)

    source_rows = []
    for s in report.sources():
        row = _row(s, drop=("claims", "conflicts"))
        row["claims"] = len(s.claims)
        row["conflicts"] = len(s.conflicts)
        row["claim_ids"] = "; ".join(s.claims)
        row["conflict_ids"] = "; ".join(s.conflicts)
        source_rows.append(row)
    sources = pd.DataFrame(source_rows)
    return Tables(claims=claims, findings=findings, articles=articles, sources=sources)
