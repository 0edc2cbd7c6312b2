"""One body under its name and its acronym: one source key across a batch.

An article that names a body with its acronym in brackets ("the National
Deposit Fund (NDF)", "Fondul de Garantare a Depozitelor Bancare (FGDB)",
"Фонд гарантування вкладів фізичних осіб (ФГВФО)") ties the two: within the
batch, a figure credited to the name (in any inflection whose words begin
alike: "directorul Fondului de Garantare a Depozitelor Bancare") and one
credited to the acronym ("potrivit FGDB") are credited to one source, keyed
by the folded acronym ("fgdb"), as the bare acronym already is.

The acronym must spell the initials of the words right before the bracket:
of their capitalised words ("Fondul de Garantare a Depozitelor Bancare":
F G D B), or of all of them ("Фонд гарантування вкладів фізичних осіб":
Ф Г В Ф О), at least :data:`MIN_NAME_WORDS` words. A body the language data
already knows (``[attribution.sources]``) keeps its key; an acronym tied to
two names in the batch, or a name to two acronyms, ties nothing (two bodies
may share an acronym: "CGT" in France and in Spain).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from .._fold import fold
from ..extract._context import source_key
from ..ingest import Article
from ..lang import get_language
from ._model import Claim

# An acronym in brackets: two to eight letters, all capitals ("(FGDB)", "(УВКБ)").
_BRACKETED = re.compile(r"\(\s*([^\W\d_]{2,8})\s*\)")
# A word: letters only ("Croix-Rouge" is two words).
_WORD = re.compile(r"[^\W\d_]+")
# How far before the bracket the name may start (characters).
NAME_REACH = 200
# A name of fewer words is no evidence of a body ("(EU)" after "Europe").
MIN_NAME_WORDS = 2
# Words are compared by their first letters, so inflected forms meet
# ("Fondul" / "Fondului", "Depozitelor" / "Depozitele").
STEM_LETTERS = 4

# A name's signature: whether only its capitalised words count, and their stems.
Signature = tuple[bool, tuple[str, ...]]


def _stem(word: str) -> str:
    return fold(word)[:STEM_LETTERS]


def _name_before(text: str, end: int, letters: str) -> Signature | None:
    """The name whose initials spell ``letters`` (folded) and that ends at ``end``."""
    lo = max(0, end - NAME_REACH)
    tail = text[lo:end]
    cut = max(tail.rfind(c) for c in ".!?;:\n()")
    words = [m.group() for m in _WORD.finditer(tail, cut + 1)]
    for k in range(len(letters), min(len(words), 3 * len(letters)) + 1):
        run = words[-k:]
        if not run[0][0].isupper():
            continue
        if k == len(letters) and "".join(fold(w[0]) for w in run) == letters:
            return False, tuple(_stem(w) for w in run)
        capitals = [w for w in run if w[0].isupper()]
        if len(capitals) == len(letters) and "".join(fold(w[0]) for w in capitals) == letters:
            return True, tuple(_stem(w) for w in capitals)
    return None


def ties(articles: Iterable[Article]) -> dict[Signature, str]:
    """Each name written with its acronym in brackets in the batch -> the folded acronym,
    where neither is tied to another (and the language data does not know the acronym)."""
    seen: dict[str, set[Signature]] = {}
    for article in sorted(articles, key=lambda a: a.id):
        lang = get_language(article.language) if article.language else None
        text = article.text
        for m in _BRACKETED.finditer(text):
            acronym = m.group(1)
            if not acronym.isupper():
                continue
            if lang is not None and source_key(acronym, lang) is not None:
                continue  # a body the data knows
            name = _name_before(text, m.start(), fold(acronym))
            if name is not None and len(name[1]) >= MIN_NAME_WORDS:
                seen.setdefault(fold(acronym), set()).add(name)
    named: dict[Signature, set[str]] = {}
    for acronym, names in seen.items():
        if len(names) == 1:
            named.setdefault(next(iter(names)), set()).add(acronym)
    return {name: next(iter(acr)) for name, acr in sorted(named.items()) if len(acr) == 1}


def _holds(stems: Sequence[str], name: tuple[str, ...]) -> bool:
    """Whether the stems hold the name's stems in a row."""
    n = len(name)
    return any(tuple(stems[i : i + n]) == name for i in range(len(stems) - n + 1))


@attrs.frozen
class _Index:
    """The batch's ties, looked up by acronym and by the first stem of the name."""

    acronyms: frozenset[str]
    by_stem: dict[str, list[tuple[Signature, str]]]

    @classmethod
    def of(cls, tied: dict[Signature, str]) -> _Index:
        by_stem: dict[str, list[tuple[Signature, str]]] = {}
        for name, acronym in tied.items():  # sorted by name (:func:`ties`)
            by_stem.setdefault(name[1][0], []).append((name, acronym))
        return cls(frozenset(tied.values()), by_stem)


def _tied_key(claim: Claim, index: _Index) -> str | None:
    """The acronym a claim's credited phrase names the body of (by name or acronym)."""
    phrase = claim.attributed_to or claim.speaker
    if not phrase or claim.source_id is None or claim.source_id in index.acronyms:
        return None
    words = _WORD.findall(phrase)
    # an acronym names the body only as the phrase's head, its last word ("directorul
    # FGDB"); "the CPA union", "the NG Veterans Association" name another body
    head = words[-1] if words else ""
    capitals = sorted({fold(head)} & index.acronyms) if head.isupper() else []
    found: list[str] = []
    if not capitals:
        stems = [_stem(w) for w in words]
        capital_stems = [_stem(w) for w in words if w[0].isupper()]
        for first in dict.fromkeys(stems):
            for (capitals_only, name), acronym in index.by_stem.get(first, ()):
                if _holds(capital_stems if capitals_only else stems, name):
                    found.append(acronym)
    keys = capitals or found
    if len(set(keys)) != 1 or source_key(phrase, get_language(claim.language)) is not None:
        return None  # none, two bodies, or one the data knows ("the Interior Ministry")
    return keys[0]


def tie_acronyms(claims: Sequence[Claim], articles: Iterable[Article]) -> list[Claim]:
    """The claims, each credited to a name or an acronym tied in the batch (:func:`ties`)
    keyed by the acronym (``Claim.source_id``); the others as they are."""
    tied = ties(articles)
    if not tied:
        return list(claims)
    index = _Index.of(tied)
    out: list[Claim] = []
    for claim in claims:
        key = _tied_key(claim, index)
        out.append(claim if key is None else attrs.evolve(claim, source_id=key))
    return out
