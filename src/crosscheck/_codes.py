"""Stable string codes used across the pipeline.

Each code is at once the JSON value, the future SARIF rule id, the baseline key
and a DataFrame column value, so renaming one is a breaking change (schema
version bump and CHANGELOG entry).
"""

from __future__ import annotations

from enum import StrEnum


class ClaimKind(StrEnum):
    """What a claim asserts."""

    QUANTITY = "quantity"
    DATE = "date"
    QUOTE = "quote"


class Qualifier(StrEnum):
    """How the text bounds a figure.

    An approximate range ("about 11,000-12,000") is ``APPROX`` with
    ``low < high``; a plain range ("between 20,000 and 30,000") is ``RANGE``.
    """

    EXACT = "exact"
    APPROX = "approx"
    OVER = "over"
    AT_LEAST = "at_least"
    UNDER = "under"
    UP_TO = "up_to"
    RANGE = "range"
    VAGUE = "vague"


class FindingKind(StrEnum):
    """What the judge concluded about a group of aligned claims."""

    AGREEMENT = "agreement"
    RANGE = "range"
    CONFLICT = "conflict"
    SINGLE_SOURCE = "single_source"
    QUOTE_VARIANT = "quote_variant"
    NOT_ALIGNED = "not_aligned"


class ArticleStatus(StrEnum):
    """Whether an input article made it into the analysis."""

    OK = "ok"
    SKIPPED = "skipped"


class SkipReason(StrEnum):
    """Why an input was not analysed; every skipped input carries one."""

    EMPTY = "skipped.empty"
    BINARY = "skipped.binary"
    TOO_LARGE = "skipped.too_large"
    ENCODING = "skipped.encoding"
    MALFORMED_JSON = "skipped.malformed_json"
    MISSING_TEXT = "skipped.missing_text"
    UNKNOWN_LANGUAGE = "skipped.unknown_language"
    UNSUPPORTED_LANGUAGE = "skipped.unsupported_language"
    UNREADABLE = "skipped.unreadable"
    UNSUPPORTED_FORMAT = "skipped.unsupported_format"
    DUPLICATE_ID = "skipped.duplicate_id"


class ErrorReason(StrEnum):
    """Why an error was raised: the ``reason`` of every :class:`CrosscheckError`.

    Stable codes, like :class:`SkipReason`, for scripts that handle errors.
    """

    NO_INPUT = "no_input"
    BAD_INPUT = "bad_input"
    UNKNOWN_LANGUAGE = "unknown_language"
    UNSUPPORTED_LANGUAGE = "unsupported_language"
    PUBLISHED = "published"
    LANGUAGE_DATA = "language_data"
