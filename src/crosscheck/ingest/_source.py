"""Internal values passed between ingestion steps.

A :class:`Source` is one would-be article after its bytes were read and
decoded (or after reading failed), before language and publication date are
settled. Keeping this step separate lets every file format (plain text, JSON,
JSON Lines, ``Article`` objects) share one finishing path in ``_load``.
"""

from __future__ import annotations

import attrs

from .._codes import SkipReason


@attrs.frozen
class Skip:
    """Why an input cannot be analysed: a stable reason code and a human detail."""

    reason: SkipReason
    detail: str


@attrs.frozen
class Decoded:
    """Text decoded from bytes, with the codec that reproduces it exactly.

    ``notes`` say what decoding had to repair (invalid bytes replaced by
    U+FFFD); the text is then ``data.decode(encoding, "replace")``.
    """

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


@attrs.frozen
class Source:
    """One input article as found, before language and date are resolved.

    Either ``text`` is set, or ``skip`` says why there is no usable text.
    Metadata fields hold what the input itself declared (JSON fields or an
    ``Article``'s own values); ``None`` means "not declared".
    """

    id: str
    path: str | None
    text: str | None = None
    skip: Skip | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    published_from: str | None = None
    language: str | None = None
    story: str | None = None
    encoding: str | None = None
    markdown: bool = False
    notes: tuple[str, ...] = ()
    line: int | None = None  # the line of a .jsonl record, 1-based
