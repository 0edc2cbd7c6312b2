"""The article: one input text with its metadata."""

from __future__ import annotations

import attrs

_STR = attrs.validators.instance_of(str)
_OPTIONAL_STR = attrs.validators.optional(_STR)


@attrs.frozen
class Article:
    """One news article as read from its source.

    ``text`` is the full text exactly as decoded from the file (no newline
    translation, header lines kept), so every claim's ``start``/``end`` index
    into it: ``article.text[claim.start:claim.end] == claim.text``.
    """

    id: str = attrs.field(validator=attrs.validators.and_(_STR, attrs.validators.min_len(1)))
    text: str = attrs.field(repr=False, validator=_STR)
    title: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    url: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    source: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    # "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when the feed gives no day
    published: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    language: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    # the story the input says the article belongs to; it wins over clustering
    story: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    path: str | None = None
    published_from: str | None = None  # where `published` came from: metadata, header, byline
    encoding: str | None = None
    body_start: int = 0  # text before this offset is metadata (date header, byline), not claims


@attrs.frozen
class ArticleRecord:
    """What happened to one input: analysed, or skipped with a reason code.

    Every input the user gave appears in the report as one record, so nothing
    is lost silently.
    """

    id: str
    path: str | None
    status: str  # an ArticleStatus value
    reason: str | None = None  # a SkipReason value when skipped
    detail: str | None = None  # human explanation of the reason
    language: str | None = None
    published: str | None = None
    published_from: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    encoding: str | None = None
    story: str | None = None
    line: int | None = None  # the line of a .jsonl record (for CI annotations), 1-based
