"""Helpers for tests that read the claims of one small article of our own."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

import crosscheck
from crosscheck.claims._build import extract_claims
from crosscheck.claims._model import Claim
from crosscheck.ingest._article import Article


def figures(text: str, lang: str) -> dict[str, Claim]:
    """The article's quantity claims, by their text."""
    article = Article(id="t", text=text, language=lang)
    return {c.text: c for c in extract_claims(article) if c.kind == "quantity"}


def quantities(text: str, lang: str, published: str | None = "2025-01-01") -> list[Claim]:
    """The article's quantity claims, in text order (a dated article: "yesterday" resolves)."""
    article = Article(id="a", text=text, language=lang, published=published)
    return [c for c in extract_claims(article) if c.kind == "quantity"]


def credits(text: str, language: str, published: str = "2024-05-10") -> list[str | None]:
    """The credited source of each quantity claim of one dated article, in text order."""
    article = Article(id="a", text=text, language=language, published=published)
    return [c.attributed_to for c in extract_claims(article) if c.kind == "quantity"]


def report_credits(text: str, language: str, published: str = "2024-01-01") -> list[str | None]:
    """The credited source of each quantity claim of one article as the report gives it
    (after the batch-level steps: wire copies, sources named back), in text order."""
    rep = crosscheck.report([Article(id="a", text=text, language=language, published=published)])
    return [c.attributed_to for c in rep.claims if c.kind == "quantity"]


def credit_of(language: str, text: str, figure: str) -> str | None:
    """The credited source of the first quantity claim whose text holds ``figure``, in an
    undated article (the claim must exist)."""
    found = [
        c
        for c in extract_claims(Article(id="a", text=text, language=language))
        if c.kind == "quantity" and figure in c.text
    ]
    assert found, figure
    return found[0].attributed_to


def source_of(claims: dict[str, Claim], figure: str) -> str | None:
    """The credited source of the first claim whose text holds ``figure``."""
    return next(c.attributed_to for t, c in claims.items() if figure in t)


def opposed(
    report: crosscheck.Report, value: Callable[[Claim], Hashable] = lambda c: c.text
) -> set[frozenset[Hashable]]:
    """The pairs of claims (by ``value``: their text, else e.g. their low bound) that the
    report's conflicts set on two sides of one window."""
    pairs: set[frozenset[Hashable]] = set()
    for finding in report.conflicts:
        for i, left in enumerate(finding.sides):
            for right in finding.sides[i + 1 :]:
                if left.window == right.window:
                    pairs |= {
                        frozenset((value(report.claim(a)), value(report.claim(b))))
                        for a in left.claims
                        for b in right.claims
                    }
    return pairs


def story_report(
    rows: Sequence[tuple[str, str, str]], story: str, prefix: str = "a"
) -> crosscheck.Report:
    """The report on one story's articles given as (published, language, text) rows, their
    ids ``prefix`` and their index."""
    return crosscheck.report(
        [
            crosscheck.Article(id=f"{prefix}{i}", text=t, language=lg, published=d, story=story)
            for i, (d, lg, t) in enumerate(rows)
        ]
    )


def finding_of(report: crosscheck.Report, unit: str) -> crosscheck.Finding:
    """The report's one finding on ``unit`` (it must hold exactly one)."""
    (finding,) = [f for f in report.findings if f.unit == unit]
    return finding
