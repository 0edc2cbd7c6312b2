"""A count told by sex or age: the parts of the total they add up to.

"Le vittime … In totale si tratta di 132 uomini e 85 donne", "De las víctimas, 131
eran hombres y 85 mujeres", "45 people, including 12 children and 8 women": the
figures of men, women and children joined in one list break a count named before
down into groups of people. Two faults came of reading them one by one:

* a noun for men that also means soldiers ("uomini", "hommes", "hombres") made
  "132 uomini" a count of troops, and the figure joined to it ("85 donne") took
  that unit too;
* only the figure right after a partitive ("including 12 children") was marked
  a part of the whole: the one joined to it ("and 8 women") stood for the whole
  toll and could be compared with every article's total.

A list of at least two such figures is a breakdown when a partitive makes its
first figure part of a whole, or when its figures add up exactly to a head count
named earlier in the article (132 + 85 = 217 "vittime"): then each figure is a
part of that whole, counts what it counts, and names its group as its subject
(``men``, ``women``, ``children``), so the men of one article are lined up with
the men of another. A list that adds up to nothing named still names its groups,
and is no count of troops: its figures count people.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..extract._document import Document
from ..lang import concept
from ..lang._places import FrameWords, frame_words
from ._model import Claim

#: The groups of a breakdown ([frames.subjects] keys, and [frames] men).
GROUPS = frozenset({"men", "women", "children"})

#: The unit of a list of groups that adds up to no count the article names.
_PEOPLE = "people"
_TROOPS = "troops"

#: The most characters between a figure and the noun of its group ("131 eran hombres").
_GROUP_REACH = 12

#: The fewest figures a breakdown lists.
_MIN_GROUPS = 2


def _group(claim: Claim, doc: Document, fw: FrameWords) -> tuple[str, int] | None:
    """The group a figure counts and where its noun ends: the first noun of a group
    after the figure's digits, within :data:`_GROUP_REACH` characters and one word
    ("132 uomini", "131 eran hombres", "85 mujeres")."""
    folded, text = doc.folded, doc.text
    digits = claim.start + max(
        (i + 1 for i, ch in enumerate(claim.text) if ch.isdigit()), default=len(claim.text)
    )
    pos, words = digits, 0
    limit = min(len(folded), digits + _GROUP_REACH + 1)
    while pos < limit and words <= 1:
        while pos < limit and folded[pos] == " ":
            pos += 1
        for found in (fw.men.match_at(folded, pos, text), fw.subjects.match_at(folded, pos, text)):
            if found is not None and found.label in GROUPS:
                return found.label, found.end
        start = pos
        while pos < limit and folded[pos].isalpha():
            pos += 1
        if pos == start:
            return None  # a comma, a digit, a bracket: the figure's words end
        words += 1
    return None


def _joined(gap: str, fw: FrameWords) -> bool:
    """The text between two figures of a list holds only commas and joining words."""
    words = gap.replace(",", " , ").split()
    return bool(words) and all(w == "," or w in fw.place_joiners for w in words)


def _runs(claims: Sequence[Claim], doc: Document, fw: FrameWords) -> list[list[tuple[int, str]]]:
    """The lists of figures of groups: (claim index, group) of figures of one sentence
    joined by commas and joining words, at least :data:`_MIN_GROUPS` long, naming at
    least two groups."""
    runs: list[list[tuple[int, str]]] = []
    run: list[tuple[int, str]] = []
    end = 0
    for i, claim in enumerate(claims):
        found = _group(claim, doc, fw) if claim.kind == "quantity" else None
        if found is None:
            run = []
            continue
        prev = claims[run[-1][0]] if run else None
        if (
            prev is None
            or prev.sentence_start != claim.sentence_start
            or not _joined(doc.folded[end : claim.start], fw)
        ):
            run = []
            runs.append(run)
        run.append((i, found[0]))
        end = found[1]
    return [r for r in runs if len(r) >= _MIN_GROUPS and len({g for _, g in r}) >= _MIN_GROUPS]


def _exact(claim: Claim) -> int | None:
    """The figure's whole-number value when it states one exactly ("132"), else None:
    only exact figures add up to a total ("about 130" and "over 85" add up to nothing)."""
    if claim.low is None or claim.approximate or claim.high != claim.low:
        return None
    value = float(claim.low)
    return int(value) if value.is_integer() else None


def _total(claims: Sequence[Claim], run: list[tuple[int, str]]) -> Claim | None:
    """The whole a list of groups breaks down: the whole its first figure is a part of, or
    the nearest earlier head count of the article its figures add up to exactly."""
    first = claims[run[0][0]]
    if first.part_of is not None:
        return next((c for c in claims if c.id == first.part_of), None)
    values = [_exact(claims[i]) for i, _ in run]
    if any(v is None for v in values):
        return None
    total = sum(v for v in values if v is not None)
    for claim in reversed(claims[: run[0][0]]):
        c = concept(claim.unit)
        if (
            claim.kind == "quantity"
            and claim.part_of is None
            and c is not None
            and c.kind == "person"
            and _exact(claim) == total
        ):
            return claim
    return None


def sex_breakdown(claims: Sequence[Claim], doc: Document) -> list[Claim]:
    """Read the lists of figures of men, women and children as the parts of the count
    they break down (the module's docstring)."""
    fw = frame_words(doc.lang.code)
    out = list(claims)
    for run in _runs(out, doc, fw):
        whole = _total(out, run)
        for i, group in run:
            claim = out[i]
            subject = claim.subject if claim.subject is not None else group
            if whole is not None:
                out[i] = attrs.evolve(
                    claim,
                    unit=whole.unit,
                    quantity_kind=whole.quantity_kind,
                    part_of=whole.id,
                    subject=subject,
                )
            else:
                unit = _PEOPLE if claim.unit == _TROOPS else claim.unit
                out[i] = attrs.evolve(claim, unit=unit, subject=subject)
    return out
