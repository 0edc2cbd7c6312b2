"""The properties every harness checks (an AssertionError is a crash)."""

from __future__ import annotations

from collections.abc import Sequence

import crosscheck


def check_quantities(text: str, found: Sequence[crosscheck.Quantity]) -> None:
    """Offsets inside ``text``, each span spelling the quantity, in order of appearance."""
    last = 0
    for q in found:
        assert 0 <= q.start <= q.end <= len(text), (q, len(text))
        assert text[q.start : q.end] == q.text, (q, text[q.start : q.end])
        assert q.start >= last, ("out of order", q, last)
        last = q.start


def check_report(articles: Sequence[crosscheck.Article], result: crosscheck.Report) -> None:
    """Every article accounted for; every claim's span and sentence spelled by its article."""
    texts = {a.id: a.text for a in articles}
    assert {r.id for r in result.articles} == set(texts), (result.articles, sorted(texts))
    for c in result.claims:
        text = texts[c.article]
        assert 0 <= c.start <= c.end <= len(text), (c, len(text))
        assert text[c.start : c.end] == c.text, (c, text[c.start : c.end])
        s = c.sentence_start
        # a quote may run over several sentences: its sentence is the first one
        assert 0 <= s <= c.start, c
        assert s + len(c.sentence) <= len(text), c
        assert text[s : s + len(c.sentence)] == c.sentence, c
