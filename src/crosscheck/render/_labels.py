"""How people name an article: by its title, or its outlet and date, never by a file hash.

Article ids are file stems or record ids (``000_4daffa0df12e8e81``): stable
and unique, so the machine formats keep them, but meaningless to a reader.
The notebook view, the HTML report and the DataFrames name an article by
its title when it has one, else by its outlet (the publisher the article
metadata gives) and publication date, falling back to the id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..ingest import ArticleRecord

_TITLE_MAX = 80


def shorten(text: str, limit: int = _TITLE_MAX) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def article_label(record: ArticleRecord | None, article_id: str) -> str:
    """A readable name for one article: "Title (Outlet, 2025-12-25)", or the id when unknown."""
    if record is None:
        return article_id
    where = ", ".join(p for p in (record.source, record.published) if p)
    if record.title:
        return f"{shorten(record.title)} ({where})" if where else shorten(record.title)
    if record.source:
        return where
    if record.published:
        return f"{article_id} ({record.published})"
    return article_id


def article_labels(records: Iterable[ArticleRecord]) -> Mapping[str, str]:
    """Labels for every article, made unique: two same-outlet same-day articles get their id."""
    records = list(records)
    labels = {r.id: article_label(r, r.id) for r in records}
    seen: dict[str, int] = {}
    for label in labels.values():
        seen[label] = seen.get(label, 0) + 1
    return {
        rid: label if seen[label] == 1 or label == rid else f"{label} [{rid}]"
        for rid, label in labels.items()
    }


_SHORT_TITLE = 40


def short_name(record: ArticleRecord) -> str | None:
    """A short name for running text: "Outlet, 2025-12-25", else a cut title; None when neither."""
    if record.source:
        return ", ".join(p for p in (record.source, record.published) if p)
    if record.title:
        return shorten(record.title, _SHORT_TITLE)
    return None


def named(text: str, records: Iterable[ArticleRecord]) -> str:
    """``text`` with each article id in a citation ("(ID, citing …)", "(ID)") replaced by its name.

    Explanations cite articles by id (stable, for machines); a person reads
    the outlet and date. Only ids directly after "(" and before "," or ")"
    are replaced, so an id that is also a word ("a") is left alone elsewhere.
    Articles without an outlet or title keep their id.
    """
    names = {r.id: n for r in records if (n := short_name(r)) is not None}
    if not names:
        return text
    out: list[str] = []
    pos = 0
    while (open_at := text.find("(", pos)) >= 0:
        start = open_at + 1
        out.append(text[pos:start])
        pos = start
        for end in (text.find(",", start), text.find(")", start)):
            if end > start and text[start:end] in names:
                out.append(names[text[start:end]])
                pos = end
                break
    out.append(text[pos:])
    return "".join(out)
