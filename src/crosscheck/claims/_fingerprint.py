"""Content fingerprints: the identity of a claim or finding across runs.

Claim ids are positional (the n-th figure of an article), so inserting one
sentence above a figure renames every claim after it, and finding ids,
built from claim ids, change with them. A CI gate that fails only on *new*
conflicts needs an identity that survives that: a fingerprint of what the
claim says, never of where it sits.

A claim's fingerprint hashes its article id, kind, its figure text folded
(case, diacritics, digit scripts, spacing), its bounds (or date value and
days), its unit and the folded words of its sentence (without the article's
metadata header, which a first sentence may run into). Identical figures in
identical sentences of one article (a repeated paragraph) are told apart by
their order among themselves only, so text inserted elsewhere does not move
them. A finding's fingerprint hashes its kind, claim kind, unit and the
sorted fingerprints of its claims, so it does not change when unrelated
articles join the batch. A conflict is also remembered as the pairs of
claim fingerprints it sets against each other (:func:`conflict_pairs`): a
conflict each two opposed sides of which hold a known pair is not new, even
when an article repeating a known figure joined a side (see
:mod:`crosscheck._baseline`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol, TypeVar

from .._fold import fold
from ..ingest import Article

__all__ = [
    "ClaimLike",
    "claim_fingerprint",
    "claim_fingerprints",
    "conflict_pairs",
    "finding_fingerprint",
    "location",
    "opposed_sides",
]

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_LENGTH = 16  # hex digits: 64 bits, ample for the claims of any baseline


class ClaimLike(Protocol):
    """What a fingerprint reads of a claim (a :class:`Claim` or its JSON record)."""

    @property
    def id(self) -> str: ...
    @property
    def article(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def sentence(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def sentence_start(self) -> int: ...
    @property
    def low(self) -> int | float | None: ...
    @property
    def high(self) -> int | float | None: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def value(self) -> str | None: ...


def _number(value: int | float | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value)


def _digest(parts: Iterable[str]) -> str:
    data = "\x1f".join(parts).encode("utf-8", "surrogatepass")  # a str may hold lone surrogates
    return hashlib.sha256(data).hexdigest()[:_LENGTH]


def claim_fingerprint(claim: ClaimLike, body_start: int = 0) -> str:
    """The fingerprint of one claim's content (article, figure, bounds, unit, sentence).

    Words of the sentence before ``body_start`` (the article's metadata
    header, which a first sentence may run into) are left out.
    """
    sentence = claim.sentence[max(0, body_start - claim.sentence_start) :]
    return _digest(
        (
            "claim/1",
            claim.article,
            claim.kind,
            _SPACE.sub(" ", fold(claim.text)).strip(),
            _number(claim.low),
            _number(claim.high),
            claim.unit or "-",
            claim.value or "-",
            " ".join(_WORD.findall(fold(sentence))),
        )
    )


def claim_fingerprints(
    claims: Iterable[ClaimLike], body_starts: Mapping[str, int] | None = None
) -> dict[str, str]:
    """Claim id -> fingerprint; equal contents in one article are numbered in text order.

    ``body_starts``: article id -> where its body starts (after metadata).
    """
    starts = body_starts or {}
    by_base: dict[str, list[ClaimLike]] = {}
    for claim in claims:
        base = claim_fingerprint(claim, starts.get(claim.article, 0))
        by_base.setdefault(base, []).append(claim)
    out: dict[str, str] = {}
    for base, same in by_base.items():
        for n, claim in enumerate(sorted(same, key=lambda c: (c.start, c.id))):
            out[claim.id] = base if n == 0 else _digest((base, str(n + 1)))
    return out


def finding_fingerprint(
    kind: str, claim_kind: str, unit: str | None, claim_fps: Iterable[str], reason: str | None
) -> str:
    """The fingerprint of a finding: its kind and unit and its claims' fingerprints."""
    return _digest(("finding/1", kind, claim_kind, unit or "-", reason or "-", *sorted(claim_fps)))


class _SideLike(Protocol):
    @property
    def claims(self) -> Sequence[str]: ...
    @property
    def window(self) -> int: ...


_S = TypeVar("_S", bound=_SideLike)


def opposed_sides(sides: Iterable[_S]) -> list[tuple[_S, _S]]:
    """The pairs of sides of a conflict that oppose each other (sides of one window)."""
    listed = list(sides)
    return [(a, b) for i, a in enumerate(listed) for b in listed[i + 1 :] if a.window == b.window]


def conflict_pairs(
    sides: Iterable[_SideLike], fingerprints: Mapping[str, str]
) -> set[tuple[str, str]]:
    """The pairs of claim fingerprints a conflict sets against each other (sorted pairs)."""
    pairs: set[tuple[str, str]] = set()
    for a, b in opposed_sides(sides):
        for x in a.claims:
            for y in b.claims:
                fx, fy = fingerprints.get(x, x), fingerprints.get(y, y)
                pairs.add((fx, fy) if fx <= fy else (fy, fx))
    return pairs


def location(text: str, start: int) -> tuple[int, int]:
    """The 1-based line and column of offset ``start`` in ``text`` (lines end at "\\n")."""
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return line, column


def position(
    claim: ClaimLike, articles: Mapping[str, Article], record_lines: Mapping[str, int]
) -> tuple[int | None, int | None]:
    """The figure's line and column in its file: its ``.jsonl`` record's line (no column), else
    the line and column of the figure in its article's text, else neither."""
    line = record_lines.get(claim.article)
    if line is None and claim.article in articles:
        return location(articles[claim.article].text, claim.start)
    return line, None
