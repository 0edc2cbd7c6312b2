"""Helpers for tests that read the claims of one small article of our own."""

from __future__ import annotations

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


def source_of(claims: dict[str, Claim], figure: str) -> str | None:
    """The credited source of the first claim whose text holds ``figure``."""
    return next(c.attributed_to for t, c in claims.items() if figure in t)
