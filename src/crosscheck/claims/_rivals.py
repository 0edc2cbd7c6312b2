"""Figures one article sets against each other with a word of contrast.

"Oussama Ali spoke of more than 2,300 dead in Derna. For the eastern
interior ministry, by contrast, the toll has passed 5,200": the second
sentence names no place and gives a much higher count, yet the article
itself says it is another party's reading of the same toll (``[attribution]
rival_markers``: "by contrast", "invece", "en revanche", "hingegen"). The
second figure takes the first one's place (:func:`lend_rival_places`), and
the judge reads two such open counts at their bounds, as rival counts
rather than two stages of a toll.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..extract._context import source_words
from ..lang import get_language
from ._model import Claim

# How many characters may stand between the end of one sentence and the start of
# the next and the two still follow each other (spaces, a line break, a quote mark).
_ADJACENT = 4

# How far from the second figure's credited source the word of contrast may stand
# ("The health ministry, by contrast, said", "Das Ministerium sprach hingegen von",
# "En revanche, le ministère"): it sets that source against the first one.
_SOURCE_REACH = 24


def set_against(a: Claim, b: Claim) -> bool:
    """True when one article's word of contrast sets figure ``b`` against ``a`` (or back).

    The word (``[attribution] rival_markers`` of the article's language) must
    stand between the two figures: in one sentence, after the first figure
    and before the second; across two sentences that follow each other, in
    the second before its figure ("Per il ministero, invece, ... 5.200").
    And it must stand by the second figure's credited source, within
    :data:`_SOURCE_REACH` characters of its name: the word sets that source
    against the first one. A word that contrasts places or times instead
    ("In den Bergdörfern hingegen seien mehr als 30 Menschen gestorben,
    sagte ein Sprecher") sets no readings against each other. Sources are
    the caller's to compare: two readings need two sources.
    """
    if a.article != b.article or a.language != b.language or a.id == b.id:
        return False
    first, second = (a, b) if a.start <= b.start else (b, a)
    if first.sentence_start == second.sentence_start:
        lo, hi = first.end - first.sentence_start, second.start - second.sentence_start
    else:
        gap = second.sentence_start - (first.sentence_start + len(first.sentence))
        if not 0 <= gap <= _ADJACENT:
            return False
        lo, hi = 0, second.start - second.sentence_start
    if hi <= lo or second.attribution_start is None or second.attribution_end is None:
        return False
    try:
        lang = get_language(second.language)
    except (KeyError, ValueError):
        return False
    base = second.sentence_start + lo
    return any(
        base + m.end >= second.attribution_start - _SOURCE_REACH
        and base + m.start <= second.attribution_end + _SOURCE_REACH
        for m in source_words(lang).rivals.find(second.sentence[lo:hi])
    )


def lend_rival_places(claims: Sequence[Claim]) -> list[Claim]:
    """Give a figure that names no place the place of the figure it is set against.

    "... oltre 2.300 morti nella sola Derna. Per il ministero dell'Interno,
    invece, il numero delle vittime ha superato 5.200": the second figure
    names no place because the contrast already did; it is the ministry's
    count of Derna's dead, not of wherever else. Only between figures of one
    unit credited to two different known sources (:func:`set_against`), the
    placed one before the unplaced one. Not for a figure its words make a whole
    (scope ``total``: "the government put the overall toll at more than 2,000"):
    that covers more than the place of the figure it is set against.
    """
    out = list(claims)
    for i, claim in enumerate(out):
        if (
            claim.kind != "quantity"
            or claim.place_id is not None
            or claim.source_id is None
            or "total" in claim.scope
        ):
            continue
        for other in reversed(out[:i]):
            if other.sentence_start + len(other.sentence) + _ADJACENT < claim.sentence_start:
                break  # claims come in text order: the rest lie before the sentence before
            if (
                other.kind == "quantity"
                and other.unit == claim.unit
                and other.place_id is not None
                and other.source_id is not None
                and other.source_id != claim.source_id
                and set_against(other, claim)
            ):
                out[i] = attrs.evolve(claim, place_id=other.place_id, place=other.place)
                break
    return out
