"""The article: one input text with its metadata."""

from __future__ import annotations

from typing import Any

import attrs

from .._codes import ErrorReason
from .._errors import InputError, InputTypeError


def _short(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _str_field(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Reject a non-str with crosscheck's own error (an InputError and a TypeError)."""
    if not isinstance(value, str):
        raise InputTypeError(
            f"{attribute.name!r} must be a str, not {type(value).__name__} {_short(value)}",
            reason=ErrorReason.BAD_INPUT,
        )


def _optional_str_field(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _str_field(instance, attribute, value)


def _id_field(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _str_field(instance, attribute, value)
    if not value:
        raise InputError("'id' must not be empty", reason=ErrorReason.BAD_INPUT)


def _offset_field(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputTypeError(
            f"{attribute.name!r} must be a non-negative int, not {_short(value)}",
            reason=ErrorReason.BAD_INPUT,
        )


_STR = _str_field
_OPTIONAL_STR = _optional_str_field


@attrs.frozen
class Article:
    """One news article as read from its source.

    ``text`` is the full text exactly as decoded from the file (no newline
    translation, header lines kept), so every claim's ``start``/``end`` index
    into it: ``article.text[claim.start:claim.end] == claim.text``.

    A field of the wrong type raises :class:`~crosscheck.InputError` (also a
    :class:`TypeError`) naming the field, when the article is made.
    """

    id: str = attrs.field(validator=_id_field)
    text: str = attrs.field(repr=False, validator=_STR)
    title: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    url: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    source: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    # "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when the feed gives no day
    published: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    language: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    # the story the input says the article belongs to; it wins over clustering
    story: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    path: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    # where `published` came from: metadata, header, byline
    published_from: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    encoding: str | None = attrs.field(default=None, validator=_OPTIONAL_STR)
    # text before this offset is metadata (date header, byline), not claims
    body_start: int = attrs.field(default=0, validator=_offset_field)


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
