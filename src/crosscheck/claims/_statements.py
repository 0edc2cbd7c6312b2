"""What a figure's statement says about it: the whole it is part of, and its companions.

Two facts about a figure come from the other figures its article gives, not
from its own words:

* ``part_of``: "2,059 injured, of whom 1,404 seriously" — the second figure
  counts part of the first. Nothing else in its frame may tell it apart
  (same unit, place and subject), so without the mark it would stand for
  the same quantity as the whole and be compared with every article's total.
* a total beside its parts: "11,300 dead in Derna and 170 elsewhere, 11,470
  in all" — a figure that is the sum of the figures just before it in its
  sentence counts all of them. Its parts that name no place ("170
  elsewhere") are marked ``part_of`` the total; a total that names no place
  takes the place holding every named part, one level up when a part lies
  outside them ("elsewhere"), so it is not read as a rival of the named
  part's own figure.
* ``reported_with``: the precise figures of other units the article gives for
  the same day ("killed=2012"). A ministry's briefing gives its tolls
  together; two reports that both give its exact death toll of 2,012 relay
  the same briefing, so their injured figures are one statement's and cannot
  both be right if they differ — whatever the running toll did that day.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence

import attrs

from .._fold import fold
from .._phrases import PhraseMatch, PhraseSet
from ..extract._document import Document
from ..extract._frame import compass_holder
from ..extract._quantities import partitive_beside
from ..lang import Concept, concept
from ..lang._places import COMPASS_SEP, PLACE_JOIN, frame_words, joined_places, place_data
from ._frames import PlaceRelation, place_relation
from ._model import Claim

# A companion figure must be this precise (significant digits, trailing zeros
# dropped): 2,012 or 1,000,340 is one briefing's count, 2,000 or 11,300 is a
# figure repeated for days.
COMPANION_MIN_DIGITS = 4

# The most parts a total is summed from: "A in X, B in Y, C elsewhere".
SUM_MAX_PARTS = 4


def _exact(claim: Claim) -> int | None:
    """A whole figure stated exactly ("2,012", "at least 2,012"), else None."""
    if claim.low is None or claim.approximate:
        return None
    if claim.high is not None and claim.high != claim.low:
        return None
    value = float(claim.low)
    return int(value) if value.is_integer() and value > 0 else None


def _precise(value: int) -> bool:
    return len(str(value).rstrip("0")) >= COMPANION_MIN_DIGITS


def mark_parts(claims: Sequence[Claim], doc: Document) -> list[Claim]:
    """Mark figures a partitive makes part of an earlier figure of their sentence.

    The whole is the nearest earlier quantity of the same sentence, unit and
    credited source that is not smaller; a part that names a place or
    side other than the whole's ("219 dead, 211 of them in Valencia") is a
    quantity of its own and is left unmarked; a group of a whole that names
    none ("including 12 children") is its part.
    """
    out: list[Claim] = []
    for claim in claims:
        whole = None
        if claim.kind == "quantity" and claim.unit is not None and claim.low is not None:
            whole = next(
                (
                    o
                    for o in reversed(out)
                    if _may_hold(o, claim, credit=False) and claim.place_id in (None, o.place_id)
                ),
                None,
            )
        if whole is not None and partitive_beside(doc.folded, claim.start, claim.end, doc.lang):
            claim = attrs.evolve(claim, part_of=whole.id)
        elif (fronted := _fronted_whole(claim, out, doc, claims)) is not None:
            claim = attrs.evolve(claim, part_of=fronted.id)
        elif (held := _pronoun_whole(claim, out, doc)) is not None:
            claim = attrs.evolve(claim, part_of=held.id)
        elif (group := picked_out(claim, doc) or _side_of_whole(claim, out, doc)) is not None:
            claim = attrs.evolve(claim, among=group)
        elif claim.place_id and (found := _placed_part(claim, out, doc)) is not None:
            # "219 dead, 211 of them in Valencia alone": a quantity of its own, and the
            # whole covers more than Valencia
            i, total = found
            out[i] = _wider_than(total, claim.place_id)
        out.append(claim)
    return out


# How far (characters) a part may follow the noun of its fronted partitive: "Dei feriti,
# due sono", "Von den Verletzten schweben zwei in Lebensgefahr".
FRONTED_PART_REACH = 32
# How far after the status noun of a fronted partitive a figure naming no unit may stand
# to take that status: "Among the dead were 12 Ukrainian citizens and seven Norwegians".
FRONTED_LIST_REACH = 48
# How far back (characters) the whole of a fronted partitive may stand: its paragraph
# or the one before.
FRONTED_WHOLE_REACH = 600


def _fronted_whole(
    claim: Claim, out: Sequence[Claim], doc: Document, claims: Sequence[Claim] = ()
) -> Claim | None:
    """The whole a sentence that opens on a partitive makes ``claim`` part of.

    "15 feriti. Dei feriti, due sono gravi", "Of the 15 injured, two are in
    critical condition", "Von den Verletzten schweben zwei in Lebensgefahr":
    the sentence opens on a partitive (``[toll_nouns] fronted_partitives``)
    and the noun of the figure's own unit, or on a figure of that unit; the
    figure is the first after it, within ``FRONTED_PART_REACH``, and counts
    part of that figure, else of the article's nearest earlier figure of its
    unit (within ``FRONTED_WHOLE_REACH``), else of the nearest one after it in
    the next sentences ("De los heridos, dos están graves. … 22 heridos"). A
    noun of another unit ("Of the injured, two died") or a figure farther on
    makes no part.
    """
    if claim.kind != "quantity" or claim.unit is None or claim.low is None:
        return None
    at = _after_fronted_partitive(doc, claim.sentence_start, claim.start)
    if at is None:
        return None
    earlier = [o for o in out if o.kind == "quantity" and o.end <= claim.start]
    named = next((o for o in earlier if o.start == at), None)
    whole: Claim | None = named
    if named is not None:
        if named.unit != claim.unit or named.part_of is not None:
            return None
        noun_end = named.end
    else:
        noun = _fronted_noun(doc, at)
        if noun is None or claim.unit not in _read_as(noun.label):
            return None
        noun_end = noun.end
        whole = _nearest_whole(claim, earlier) or _next_whole(claim, claims)
    if whole is None or whole.low is None or claim.low > whole.low:
        return None
    between = [o for o in earlier if noun_end <= o.start]
    if any(o.part_of != whole.id for o in between):
        return None  # another figure stands between
    last = between[-1].end if between else noun_end
    if claim.start - last > FRONTED_PART_REACH:
        return None  # the figure is too far on (a list of parts goes on from part to part)
    return whole


# How far back (characters) the whole a partitive pronoun stands for may end in the
# sentence before its part's ("… rose to five. Two of them …"): twice a list's reach.
PRONOUN_WHOLE_REACH = 240


def _pronoun_whole(claim: Claim, out: Sequence[Claim], doc: Document) -> Claim | None:
    """The whole of the sentence before that a partitive pronoun after ``claim`` stands
    for: "The death toll rose to five. Two of them were Ukrainian citizens", "Двоє з них".

    The part opens its sentence's figures, a partitive pronoun (``[toll_nouns]
    partitives``) right after it; the whole is the last figure before it, in the
    sentence before, within ``PRONOUN_WHOLE_REACH`` and its paragraph, of the same unit,
    itself no part and not smaller (:func:`_may_hold`, whoever each is credited to).
    """
    if claim.kind != "quantity" or claim.unit is None or claim.low is None:
        return None
    folded = doc.folded
    if doc.lang.partitives.match_at(folded, _skip_blank(folded, claim.end)) is None:
        return None
    whole = next((o for o in reversed(out) if o.kind == "quantity"), None)
    if whole is None or whole.sentence_start >= claim.sentence_start:
        return None  # a figure of its own sentence before it: the partitive is read there
    if claim.start - whole.end > PRONOUN_WHOLE_REACH or "\n" in doc.text[whole.end : claim.start]:
        return None
    moved = attrs.evolve(whole, sentence_start=claim.sentence_start)
    return whole if _may_hold(moved, claim, credit=False) else None


# How far after its figure's words a partitive may stand ("two Romanians were | among
# the victims"): at most this many characters, two words, and no punctuation.
AMONG_REACH = 16
# How far after an include verb its figure may start ("incluyen a | dos rumanos").
INCLUDE_REACH = 12


def picked_out(claim: Claim, doc: Document) -> str | None:
    """The status of the group a figure is picked out of, when no figure of the
    article is that group's whole: the status noun's unit, else None.

    "Two Romanians were among the victims", "due romeni tra le vittime",
    "deux des blessés", "двое из погибших": a partitive (``[toll_nouns]
    fronted_partitives``) after the figure, before a status noun
    (``concepts.toml`` ``status``); a sentence that opens on one ("Among the
    dead were two Romanians") before the figure; or a status noun right before
    an include verb (``[toll_nouns] includes``: "the dead include two
    Romanians", "las víctimas incluyen a dos rumanos"). The figure counts some of
    that group, whoever else the story counts: without the mark, a count of
    one nationality among a disaster's dead ("two Romanians") would stand as a
    rival of the whole toll, as a side's own figure does in a war. A partitive
    before a place ("among the rubble") or a group that is no status ("among
    the civilians") picks out nothing; a comma before the partitive leaves it
    to the next figure ("six dead, among them two Romanians"); a toll noun
    before it owns it ("è salito a 82 il bilancio dei morti", "à 82 le nombre
    des morts": the count of the dead, ``[toll_nouns] words``).
    """
    if claim.kind != "quantity" or claim.unit is None or claim.low is None:
        return None
    c = concept(claim.unit)
    if c is None or c.kind != "person":
        return None
    s_end = claim.sentence_start + len(claim.sentence)
    lo, hi = claim.start, min(s_end, claim.end + AMONG_REACH)
    for m in doc.lang.fronted_partitives.find_in(doc.text, doc.folded, lo, hi):
        start, end = lo + m.start, lo + m.end  # find_in gives spans in the window
        between = doc.text[claim.start : start]
        if start == claim.start or any(ch in between for ch in _CLAUSE_MARKS):
            continue
        if start > claim.end and len(doc.text[claim.end : start].split()) > 2:
            continue
        if doc.lang.toll_nouns.find_in(doc.text, doc.folded, claim.end, start):
            continue  # "salito a 82 il bilancio dei morti": the toll noun's "of", no partitive
        noun = _fronted_noun(doc, _skip_blank(doc.folded, end))
        if noun is not None and _is_status(noun.label):
            return noun.label
    s0 = claim.sentence_start
    for m in doc.lang.includes.find_in(doc.text, doc.folded, s0, claim.start):
        end = s0 + m.end  # find_in gives spans in the window
        if not 0 <= claim.start - end <= INCLUDE_REACH:
            continue
        if any(ch in doc.text[end : claim.start] for ch in _CLAUSE_MARKS):
            continue
        noun = doc.lang.units.match_before(doc.folded, s0 + m.start, window=INCLUDE_REACH * 3)
        if noun is not None and _is_status(noun.label):
            return noun.label  # "the dead include two Romanians"
    noun = _fronted_group(doc, claim.sentence_start, claim.start, things=False)
    return None if noun is None else noun.label


def _fronted_group(
    doc: Document, sentence_start: int, start: int, *, things: bool
) -> PhraseMatch | None:
    """The status noun (with ``things``, or a thing counted) of the partitive the
    sentence opens on ("Among the dead", "Of the suspected cases"), when the figure at
    ``start`` stands within ``FRONTED_LIST_REACH`` after it; else None."""
    at = _after_fronted_partitive(doc, sentence_start, start)
    if at is None:
        return None
    noun = _fronted_noun(doc, at)
    if noun is None or not (c := concept(noun.label)):
        return None
    if not (c.status or (things and c.kind == _THING)):
        return None
    if not 0 <= start - noun.end <= FRONTED_LIST_REACH:
        return None
    return noun


# Marks that close a figure's clause before a partitive: the partitive is another
# figure's ("six dead, among them two Romanians").
_CLAUSE_MARKS = ",;:.()"


def fronted_unit(
    doc: Document, sentence_start: int, start: int, claims: Sequence[Claim]
) -> str | None:
    """The status a sentence that opens on a partitive lends a figure that names no unit.

    "Among the dead were 12 Ukrainian citizens and seven Norwegians", "Unter den
    Opfern sind auch sieben Norweger", "Onder de doden zijn zeven Noren": the
    figures count some of the dead. Only a status noun (``concepts.toml``
    ``status``) or a thing counted ("Of the suspected cases, 410 have been
    confirmed"), right after the partitive or one word after it, lends it, to a figure within
    ``FRONTED_LIST_REACH`` of it, and only when the article gave a figure of that
    status before (within ``FRONTED_WHOLE_REACH``): the whole the figure is part of
    (:func:`mark_parts`), else the figure would stand as a rival toll. The figure
    takes that whole's unit ("Opfer", victims, are the killed where no army is counted).
    """
    noun = _fronted_group(doc, sentence_start, start, things=True)
    if noun is None:
        return None
    labels = _read_as(noun.label)
    whole = next(
        (
            o
            for o in reversed(claims)
            if o.unit is not None  # a figure of no unit lends none ("in five provinces")
            and o.unit in labels
            and o.part_of is None
            and 0 < sentence_start - o.start <= FRONTED_WHOLE_REACH
        ),
        None,
    )
    return whole.unit if whole is not None else None


def _next_whole(claim: Claim, claims: Sequence[Claim]) -> Claim | None:
    """The nearest figure of ``claim``'s unit in a later sentence, itself no part nor
    increment, within ``FRONTED_WHOLE_REACH`` of the part's sentence."""
    return next(
        (
            o
            for o in claims
            if o.kind == "quantity"
            and o.sentence_start > claim.sentence_start
            and o.start - claim.end <= FRONTED_WHOLE_REACH
            and o.unit == claim.unit
            and o.part_of is None
            and not o.increment
        ),
        None,
    )


def _read_as(label: str) -> set[str | None]:
    """The units a unit noun is read as: itself, or its civil or military reading
    ("Opfer", victims: the killed where no army is counted)."""
    c = concept(label)
    return {label} if c is None else {label, c.civil_variant, c.military_variant}


def _nearest_whole(claim: Claim, earlier: Sequence[Claim]) -> Claim | None:
    """The nearest earlier figure of ``claim``'s unit, itself no part nor increment,
    within ``FRONTED_WHOLE_REACH``."""
    return next(
        (
            o
            for o in reversed(earlier)
            if o.unit == claim.unit
            and o.part_of is None
            and not o.increment
            and claim.sentence_start - o.start <= FRONTED_WHOLE_REACH
        ),
        None,
    )


# What may stand before a sentence's first word: blanks, opening quotes, dashes.
_OPENING_MARKS = " \t\n\"'«“-–—"


# A word after a fronted partitive, before its noun ("Of the | suspected | cases").
_WORD_AT = re.compile(r"\w+")
# Things counted whole and in part as a status is ("Of the suspected cases, 410 …").
_THING = "thing"


def _fronted_noun(doc: Document, at: int) -> PhraseMatch | None:
    """The unit noun right after a fronted partitive (``at``: where its words start), or
    one word on ("Of the suspected cases, 410 have been confirmed", "Of the seriously
    injured, five …")."""
    noun = doc.lang.units.match_at(doc.folded, at, doc.text)
    if noun is None and (word := _WORD_AT.match(doc.folded, at)) is not None:
        noun = doc.lang.units.match_at(doc.folded, _skip_blank(doc.folded, word.end()), doc.text)
    return noun


def _after_fronted_partitive(doc: Document, sentence_start: int, start: int) -> int | None:
    """Where the words after the partitive a sentence opens on start ("Of the | injured",
    "Dei | feriti", ``[toll_nouns] fronted_partitives``), the sentence's opening quotes
    and dashes skipped; None when the sentence opens on none before ``start``."""
    folded = doc.folded
    pos = sentence_start
    while pos < start and folded[pos] in _OPENING_MARKS:
        pos += 1
    opener = doc.lang.fronted_partitives.match_at(folded, pos)
    return None if opener is None else _skip_blank(folded, opener.end)


def _skip_blank(folded: str, pos: int) -> int:
    """The first position from ``pos`` on that is no space or tab."""
    while pos < len(folded) and folded[pos] in " \t":
        pos += 1
    return pos


def unlend_places(claims: Sequence[Claim]) -> list[Claim]:
    """Give a whole back its own place when it only borrowed its part's.

    "de 95 muertos, 92 se habían encontrado en Valencia": the place after the
    second figure is where that part lies; the whole before it (same
    sentence, unit and source, not smaller, :func:`_may_hold`) took it only for
    want of one of its own, so it covers more than that place: its country
    (:func:`_above`), as a whole beside a placed part does. A whole whose
    place is named before its part ("95 muertos en Valencia, 92 en la
    capital") keeps it, and so does one whose part stands in an aside a comma
    closes before the place ("219 people, including 12 children, in Valencia").
    """
    out = list(claims)
    for i, whole in enumerate(out[:-1]):
        part = out[i + 1]
        if not (whole.place_id and whole.place and part.place_id == whole.place_id):
            continue
        if whole.kind != "quantity" or not _may_hold(whole, part) or part.start <= whole.end:
            continue
        sentence = fold(whole.sentence)
        name = fold(whole.place)
        mid, hi = part.start - whole.sentence_start, part.end - whole.sentence_start
        if name in sentence[:mid] or name not in sentence[hi:]:
            continue  # its own place, named before the part (or no name to tell by)
        if "," in sentence[hi : sentence.index(name, hi)]:
            continue  # "219 people, including 12 children, in Valencia": an aside closed
        out[i] = _wider_than(whole, whole.place_id)
    return out


def _wider_than(whole: Claim, key: str) -> Claim:
    """``whole`` placed in the place that holds ``key``, its part's place (unchanged when
    nothing listed holds it): a whole covers more than the place of its part."""
    holder = _above([key], place_data().chain(key.split(COMPASS_SEP, 1)[0]))
    if holder is None:
        return whole
    return attrs.evolve(whole, place_id=holder, place=_place_name(holder, whole.language))


def _placed_part(claim: Claim, out: Sequence[Claim], doc: Document) -> tuple[int, Claim] | None:
    """The unplaced whole of a part that names a place, with its index in ``out``."""
    assert claim.place_id is not None
    for i in range(len(out) - 1, -1, -1):
        o = out[i]
        if o.kind != "quantity" or o.sentence_start != claim.sentence_start:
            break
        if o.unit != claim.unit or o.part_of is not None:
            continue
        if (
            o.place_id is None
            and _may_hold(o, claim)
            and partitive_beside(doc.folded, claim.start, claim.end, doc.lang)
        ):
            return i, o
        return None
    return None


def _may_hold(whole: Claim, part: Claim, *, credit: bool = True) -> bool:
    """Whether ``whole`` may be the figure a partitive makes ``part`` part of: a quantity
    of its sentence, unit and (with ``credit``) credited source, itself no part, not
    smaller, of the same people (:func:`_subject_within`).

    A partitive beside the part ("11 morți, printre care doi români", "six dead,
    among them two Romanians") ties it to the figure before it whoever each is
    credited to: a headline's figures take their credits from their twins in the
    body, where the toll and the nationals among it may be two bodies' words, and a
    ministry's "two of them" is still part of the prefecture's dead.
    """
    return (
        whole.kind == "quantity"
        and whole.sentence_start == part.sentence_start
        and whole.part_of is None
        and (whole.unit == part.unit or _names_its_group(whole.unit, part.unit))
        and _subject_within(part.subject, whole.subject)
        and (not credit or whole.attributed_to == part.attributed_to)
        and whole.low is not None
        and part.low is not None
        and float(whole.low) >= float(part.high if part.high is not None else part.low)
    )


def _names_its_group(whole: str | None, part: str | None) -> bool:
    """A part named by the noun that names no group (``generic``: people, or a nationality
    read as people) of a whole that counts a group of people: "70 detainees, among them
    33 Moroccans", "120 passagers, dont 40 personnes âgées" are some of the detainees and
    passengers, never a count of their own beside them."""
    p, w = concept(part), concept(whole)
    return p is not None and p.generic and w is not None and w.kind == "person"


def _side_of_whole(claim: Claim, out: Sequence[Claim], doc: Document) -> str | None:
    """The unit of a whole naming no side that a partitive makes a side's figure part of.

    "Six people died, among them two Romanians", "sei morti, tra cui due
    romeni": the Romanians are some of the dead, not a rival count of the dead
    (:func:`picked_out`); yet the whole names no side, so they are not its
    ``part_of`` either (:func:`_subject_within`): the two Romanians are a
    quantity of their own, compared with other counts of the Romanians among
    the dead.
    """
    if claim.kind != "quantity" or claim.subject not in place_data().places:
        return None
    if not partitive_beside(doc.folded, claim.start, claim.end, doc.lang):
        return None
    anyone = attrs.evolve(claim, subject=None)
    whole = next((o for o in reversed(out) if _may_hold(o, anyone, credit=False)), None)
    return None if whole is None or whole.subject is not None else whole.unit


def _subject_within(part: str | None, whole: str | None) -> bool:
    """A part counts the whole's people: the same subject, none, or a group of a whole
    that names none ("219 dead, including 12 children")."""
    if part in (None, whole):
        return True
    return whole is None and part not in place_data().places


def _summand(claim: Claim, *, total: bool) -> bool:
    """A figure that may be a total, or a part of one: a count stated exactly.

    A part may be "others" added to the figure before it ("11,300 in Derna
    and 170 others elsewhere"); a total may not.
    """
    return (
        claim.kind == "quantity"
        and claim.unit is not None
        and claim.part_of is None
        and not ((total and claim.increment) or claim.change or claim.rate)
        and _exact(claim) is not None
    )


def _holder(parts: Sequence[Claim]) -> str | None:
    """The place holding every named part; one level up when a part names none.

    None when no part names a place; places that nothing listed holds are
    joined (:func:`~crosscheck.lang._places.joined_places`).
    A part without a place lies outside the named ones ("170 elsewhere"), so
    the total covers more than any of them: their common holder, strictly
    above each.
    """
    named = [p.place_id for p in parts if p.place_id]
    if not named:
        return None
    compass = compass_holder(named)
    if compass is not None and len(named) == len(parts):
        return compass  # "11,300 in Derna and 170 elsewhere in the east": eastern Libya's
    data = place_data()
    chains = [data.chain(key.split(":", 1)[0]) for key in named]
    common = [key for key in chains[0] if all(key in chain for chain in chains[1:])]
    if len(named) < len(parts):
        return _above(named, common)
    if common:
        return common[0]
    return joined_places(named)  # "8,574 in Turkey and 2,530 in Syria": both countries


def _above(named: Sequence[str], common: Sequence[str]) -> str | None:
    """The place a whole covers when it holds more than its ``named`` parts.

    Their country, when it lies strictly above every one of them: a total is
    given for the stricken country far more often than for a region between
    ("11,300 in Derna and 170 elsewhere" is Libya's toll, not Cyrenaica's);
    else the nearest place above them all.
    """
    above = [key for key in common if key not in named]
    if not above:
        return None
    country = place_data().country(above[0])
    return country if country in above else above[0]


def _place_name(key: str, language: str) -> str:
    if PLACE_JOIN in key:
        # "syria+turkey": the members' names joined by the language's "and"
        joiners = [j for j in frame_words(language).place_joiners if j.isalpha()]
        members = [_place_name(k, language) for k in key.split(PLACE_JOIN)]
        return (f" {joiners[0]} " if joiners else ", ").join(members)
    data = place_data()
    names = data.names.get(language, {}).get(key) or data.common_names.get(key)
    return names[0] if names else key


def mark_sums(claims: Sequence[Claim], doc: Document | None = None) -> list[Claim]:
    """Mark a total stated beside its parts, and give it the place they share.

    A total is a figure equal to the sum of the two to ``SUM_MAX_PARTS``
    figures of the same unit right before it in its sentence ("au moins
    11 300 morts à Derna et 170 autres ailleurs, soit 11 470 morts"), or
    right after it ("205 bodies: 202 in Valencia, two in …"). A total given
    as a bound ("more than 11,000") is the sum of parts that reach it by at
    most :data:`SUM_OPEN_SLACK` ("8,574 in Turkey and at least 2,530 in
    Syria": 11,104). A total the text calls one ("in all", "insgesamt":
    scope ``total``) may sum the figures of the sentences before it in its
    paragraph. Its parts that name no place become ``part_of`` it; a total
    that names no place, or only a part's, takes :func:`_holder` of its
    parts (places nothing listed holds are joined: "syria+turkey").
    """
    out = list(claims)
    for index, claim in enumerate(out):
        if not _summand(claim, total=True):
            continue
        total = _exact(claim)
        assert total is not None
        opening = claim.sentence_start
        if doc is not None and "total" in claim.scope:
            opening = doc.paragraph_start(claim.sentence_start)
        before: list[int] = []  # the same unit's figures right before it, nearest first
        for j in range(index - 1, -1, -1):
            other = out[j]
            if other.sentence_start < opening or len(before) == SUM_MAX_PARTS:
                break
            if other.kind == "quantity" and other.unit == claim.unit:
                if not _summand(other, total=False):
                    break
                before.append(j)
        run = _summed(out, before, claim) or _summed(out, _parts_after(out, index), claim)
        if run is None:
            continue
        parts = [out[k] for k in sorted(run)]
        loose = claim.qualifier in ("over", "at_least") or any(
            p.sentence_start != claim.sentence_start for p in parts
        )
        places = [p.place_id for p in parts]
        if loose and (None in places or len(set(places)) < len(places)):
            # a bound, or parts read across sentences: only parts that name places of
            # their own add up ("600 by Monday … reached 620 … more than 1,200 in all"
            # are readings of one toll, not its parts)
            continue
        named = {p.place_id for p in parts if p.place_id}
        if claim.place_id is None or claim.place_id in named:
            # a place read off a part ("4,100 in Derna and 230 elsewhere, 4,330") is not the total's
            holder = _holder(parts)
            if holder is not None and holder != claim.place_id:
                claim = attrs.evolve(
                    claim, place_id=holder, place=_place_name(holder, claim.language)
                )
                out[index] = claim
        for k in run:
            if out[k].place_id is None:
                out[k] = attrs.evolve(out[k], part_of=claim.id)
    return out


# How far the parts of a total given as a bound may sum past it: "more than
# 11,000" is 8,574 and at least 2,530 (11,104), not 8,574 and 3,000.
SUM_OPEN_SLACK = 0.05


def _summed(claims: Sequence[Claim], near: Sequence[int], whole: Claim) -> list[int] | None:
    """The first two to all of the figures ``near`` (indexes, nearest first) summing to
    the total ``whole``, or None."""
    total = _exact(whole)
    assert total is not None
    bound = whole.qualifier in ("over", "at_least")

    def sums(value: int) -> bool:
        if not bound:
            return value == total
        return total <= value <= total * (1 + SUM_OPEN_SLACK)

    return next(
        (
            list(near[:n])
            for n in range(2, len(near) + 1)
            if sums(sum(_exact(claims[k]) or 0 for k in near[:n]))
        ),
        None,
    )


def _parts_after(claims: Sequence[Claim], index: int) -> list[int]:
    """The same unit's figures right after the total at ``index`` in its sentence: a total
    given first, then its parts after a colon, dash or bracket (``BREAKDOWN_MARKS``:
    "205 bodies: 202 in Valencia, two in Castilla-La Mancha and one in Andalusia")."""
    total = claims[index]
    after: list[int] = []
    for j in range(index + 1, len(claims)):
        other = claims[j]
        if other.sentence_start != total.sentence_start or len(after) == SUM_MAX_PARTS:
            break
        if other.kind == "quantity" and other.unit == total.unit:
            if not _summand(other, total=False):
                break
            after.append(j)
    if after:
        # a total announces its breakdown ("205 bodies: 202 in …"); figures that
        # merely follow it ("Twelve died on Monday, five on Tuesday") are its peers
        ss = total.sentence_start
        gap = total.sentence[total.end - ss : claims[after[0]].start - ss]
        if not any(mark in gap for mark in BREAKDOWN_MARKS):
            return []
    return after


# What stands between a total and the parts it is broken into: "205 bodies: 202 in …".
BREAKDOWN_MARKS = (":", "—", "–", "(")


# How far apart (the larger over the smaller) a bare figure and the figure whose
# unit it takes may be: "… 290,000 to 350,000 casualties. The median is 320,000".
ELLIPSIS_RATIO = 10.0
# Bare figures below this are more often ranks, ages or hours than counts.
ELLIPSIS_MIN = 100


def _year_like(claim: Claim) -> bool:
    return claim.low is not None and 1800 <= float(claim.low) <= 2100 and claim.text.isdigit()


def _own_noun(claim: Claim, doc: Document) -> bool:
    """The figure counts a noun of its own that the language data does not know.

    "There were 104 ambulances", "Il y avait 104 ambulances": a word right
    after the figure with a plural noun ending of its language (``[frames]
    plural_endings``; none given: never) that is no function word and no
    date, with no unit or casualty word in the next ``OWN_NOUN_REACH``
    characters, is the figure's own noun ("104 so far", "104 officially"
    are not), so the figure does not count the people the toll before it
    counted; "identified" (a `confirms` status, which takes any object:
    "300 contacts have been identified") names no unit there. A unit named
    after modifiers ("290,000 total Russian combatant casualties") or a verb
    ("31 тысячу входят и убитые") does not stop the carry.
    """
    lang = doc.lang
    window = doc.text[claim.end : claim.end + OWN_NOUN_REACH]
    words = window.split()
    if not words or not words[0][:1].isalpha():
        return False
    word = fold(words[0].strip(".,;:!?\"')("))
    if word in lang.function_words or word in lang.stopwords:
        return False
    endings = frame_words(lang.code).plural_endings
    if not any(word.endswith(e) and len(word) > len(e) + 2 for e in endings):
        return False  # "104 so far", "104 officially": no plural noun of its own
    first = claim.end + len(window) - len(window.lstrip())
    if any(d.start == first for d in doc.dates_within(first, first + OWN_NOUN_REACH)):
        return False  # "stood at 104 yesterday": a time, not a noun
    folded = fold(window)
    # "have been identified" takes any object ("300 contacts have been identified"): it
    # says no one was counted, and the noun is the figure's own
    said = [
        m
        for m in lang.casualties.find(window, folded)
        if (c := concept(m.label)) is None or not c.confirms
    ]
    return not (lang.units.find(window, folded) or said)


# How far after a figure its own noun's phrase is read for a unit word.
OWN_NOUN_REACH = 40


_PEOPLE = "people"
# How far before a figure a toll noun may end to name it ("цифру у 700 тисяч", "la cifra de").
_TOLL_NOUN_GAP = 6
# Paragraphs back a tally may have been named for "the figure of N people" to be one.
_TALLY_PARAGRAPHS = 2


def _is_status(unit: str) -> bool:
    c = concept(unit)
    return c is not None and c.status


def _figure_of(claim: Claim, status: Claim, doc: Document) -> bool:
    """Whether ``claim``, a plain head count of people, is given as "the figure of" a
    tally, the one ``status`` (the article's last status figure) counted: a verb of
    citing before the toll noun ("називав цифру у"), not "a total of".

    "Генеральний секретар НАТО … називав цифру у 700 тисяч осіб", right after
    "загальні втрати … перевищують 750 тисяч осіб": a toll noun (``[toll_nouns]
    words``) ends right before the figure, with no status word of its own, and the
    figure lies within ``ELLIPSIS_RATIO`` of the tally, named in its paragraph or
    the one before.
    """
    lang = doc.lang
    lo = max(claim.sentence_start, claim.start - _TOLL_NOUN_GAP - 20)
    found = lang.toll_nouns.find(doc.text[lo : claim.start], doc.folded[lo : claim.start])
    if not found or claim.start - (lo + found[-1].end) > _TOLL_NOUN_GAP:
        return False
    noun = lo + found[-1].start
    s = claim.sentence_start
    if not lang.attribution_verbs.find(doc.text[s:noun], doc.folded[s:noun]):
        return False  # "a total of 1,500 people are taking part": no one cites a tally
    between = doc.text[doc.paragraph_start(status.start) : doc.paragraph_start(claim.start)]
    if sum(1 for line in between.split("\n") if line.strip()) >= _TALLY_PARAGRAPHS:
        return False  # named further back than the paragraph before
    if claim.low is None or status.low is None or float(status.low) <= 0:
        return False
    return 1 / ELLIPSIS_RATIO <= float(claim.low) / float(status.low) <= ELLIPSIS_RATIO


# How far after a head count the comma opening its relative clause may stand ("45.123
# russischen Soldaten zu ermitteln“, die …").
RELATIVE_GAP = 25
# How long a relative clause is read for the status it gives its head count.
RELATIVE_REACH = 120
_CLAUSE_CLOSE = re.compile(r"[,;:.!?()،؛]")


def units_from_relatives(claims: Sequence[Claim], doc: Document) -> list[Claim]:
    """Give a plain head count the status its relative clause says happened to them.

    "die Namen von 45.123 russischen Soldaten …, die seit Februar 2022 im Krieg
    gefallen sind", "2,000 soldiers, who have been killed since": a comma and a
    ``[frames] relative_pronouns`` word within ``RELATIVE_GAP`` characters after
    the figure open the clause; the one status (``[casualties]``) that clause
    names, up to its next mark, is what the figure counts. Another figure in
    between, or two statuses, leave it as it is.
    """
    lang = doc.lang
    pronouns = frame_words(lang.code).relative_pronouns
    if pronouns.empty:
        return list(claims)
    starts = sorted(c.start for c in claims if c.kind == "quantity")
    out: list[Claim] = []
    for claim in claims:
        if claim.kind == "quantity" and _plain_head(claim.unit):
            found = _relative_status(claim, doc, pronouns, starts)
            head, status = concept(claim.unit), concept(found)
            if head is not None and head.military is True and status is not None:
                found = status.military_variant or found  # soldiers are wounded
            if found is not None:
                claim = attrs.evolve(claim, unit=found, quantity_kind="person")
        out.append(claim)
    return out


def _plain_head(unit: str | None) -> bool:
    c = concept(unit) if unit is not None else None
    return c is not None and c.kind == "person" and not c.status


def _relative_status(
    claim: Claim, doc: Document, pronouns: PhraseSet, starts: Sequence[int]
) -> str | None:
    """The one status the relative clause after ``claim`` names, or None.

    The clause must be the head count's: no other figure in it ("who said 12
    others had been killed"), no article right before its status word ("who
    helped rescue the injured", "che hanno visto i morti": a noun, not what
    happened to them), and a pronoun that is also an article opens no clause before a
    capitalised noun ("5000 Menschen, die Hälfte davon …").
    """
    text, folded = doc.text, doc.folded
    lang = doc.lang
    s_end = claim.sentence_start + len(claim.sentence)
    comma = _COMMA.search(text, claim.end, min(s_end, claim.end + RELATIVE_GAP))
    if comma is None or any(
        ch.isdigit() or ch in ";:.!?()" for ch in text[claim.end : comma.start()]
    ):
        return None
    pos = comma.end()
    while pos < s_end and text[pos] == " ":
        pos += 1
    pronoun = pronouns.match_at(folded, pos, text)
    if pronoun is None:
        return None
    after = text[pronoun.end :].lstrip()[:1]
    if folded[pos : pronoun.end].strip() in lang.determiners and after.isupper():
        return None  # "die Hälfte": an article, not a relative pronoun
    limit = min(s_end, pos + RELATIVE_REACH)
    close = _CLAUSE_CLOSE.search(text, pos, limit)
    end = close.start() if close else limit
    i = bisect.bisect_left(starts, pos)
    if i < len(starts) and starts[i] < end:
        return None  # another figure in the clause is what its status counts
    labels = set()
    for m in lang.casualties.find(text[pos:end], folded[pos:end]):
        between = folded[pronoun.end : pos + m.start].split()
        if between and between[-1] in lang.determiners:
            continue  # "the injured": a noun the clause names, not the head count's status
        labels.add(m.label)
    return labels.pop() if len(labels) == 1 else None


# The comma opening a relative clause (Latin and Arabic script).
_COMMA = re.compile("[,،]")


def units_carried(claims: Sequence[Claim], doc: Document) -> list[Claim]:
    """Give a figure that names no unit the unit of the last counted figure of its paragraph.

    "… a range of 290,000 to 350,000 casualties. The median of that range is
    320,000", "в 31 тысячу входят и убитые, и раненые": the noun is not
    repeated, the figure counts what the one before it counted. Only a
    figure of ``ELLIPSIS_MIN`` or more (an open bound read at its bound: "لا
    يتجاوز 20 ألفا", no more than 20,000), the last of its sentence, within
    ``ELLIPSIS_RATIO`` of a figure that names its own unit of people, in the
    same paragraph, and not followed by a noun of its own (:func:`_own_noun`:
    "104 ambulances"; a noun of the event that figure names is none: "48 000
    réfugiés sont arrivés … le chiffre de 65 000 arrivées"); a carried unit is
    carried no further. A span of time between them ("within six months") names no
    other count. A rate carries to a figure of that rate only, and a figure of no
    rate takes the last total ("48,000 refugees …, with about 2,300 people arriving
    every day. Chad's government put the number of arrivals at 65,000": the 65,000
    reads the 48,000, not the daily 2,300); nor is a unit carried between two events
    ("300 refugees arrived … 150 were sent back"), nor to a sum (``[frames] sum_nouns``:
    "pledged 65,000 in aid").
    """
    out: list[Claim] = []
    last: dict[str | None, Claim] = {}  # the last count of people, by rate
    quantities = [c for c in claims if c.kind == "quantity"]
    followed = {  # figures with another after them in their sentence ("al 112 sumaven 2.500")
        a.id for a, b in itertools.pairwise(quantities) if a.sentence_start == b.sentence_start
    }
    status: Claim | None = None  # the last figure that named a status of its own
    for claim in claims:
        if claim.kind != "quantity":
            out.append(claim)
            continue
        if claim.unit == _PEOPLE and status is not None and _figure_of(claim, status, doc):
            # "NATO named the figure of 700,000 people": the tally the article speaks of
            claim = attrs.evolve(claim, unit=status.unit, quantity_kind=status.quantity_kind)
        elif claim.unit is not None and _is_status(claim.unit):
            status = claim
        if claim.unit is not None:
            c = concept(claim.unit)
            if c is not None and _carries(c):
                last[claim.rate] = claim
            elif c is None or c.kind != "time":  # "750,000, in six months 1 million": a span
                last.clear()
        elif (
            (before := last.get(claim.rate)) is not None
            and _carried(claim, before, doc)
            and claim.id not in followed
            and not (_own_noun(claim, doc) and not _names_event_of(claim, before, doc))
        ):
            claim = attrs.evolve(claim, unit=before.unit, quantity_kind=before.quantity_kind)
            del last[claim.rate]  # a carried unit is carried no further
        out.append(claim)
    return out


def places_of_headlines(claims: Sequence[Claim], doc: Document) -> list[Claim]:
    """Give a headline's figure the narrower place its body twin names inside its own.

    "Catalonia wildfire burns 6,800 hectares" over "a wildfire in Catalonia's Terra Alta
    district has burned 6,800 hectares", "1,600 cases in Iraq" over "1,600 cases … in
    Basra province": a headline names the wider frame a reader knows, the body where the
    figure was counted. When every body figure of the headline figure's value and unit
    names one place, and that place lies in the headline's (:func:`place_relation`:
    ``WITHIN``), the headline's figure is that place's too, so it is not set apart from its
    own twin as a part of it. Only a title line is a headline (a first sentence ending with
    no stop, a line break after it); a first sentence ending with a stop is body text.
    Never a place beside or outside the headline's (two places'
    figures stay apart), and never from a body figure of a change, rate or part.
    """
    if not doc.sentences:
        return list(claims)
    start, end = doc.sentences[0]
    # a headline is a title line: it ends with no stop and a line break follows it;
    # a first sentence that ends with a full stop is body text, never a headline
    first = doc.text[start:end].rstrip()
    rest = doc.text[start + len(first) :]
    if first[-1:] in ".!?" or "\n" not in rest[: len(rest) - len(rest.lstrip())]:
        return list(claims)
    headline = start
    twins: dict[tuple[object, object, str | None], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "quantity" and c.sentence_start != headline and c.low is not None:
            twins[(c.low, c.high, c.unit)].append(c)
    out: list[Claim] = []
    for c in claims:
        body = twins.get((c.low, c.high, c.unit), []) if c.unit is not None else []
        if (
            c.kind == "quantity"
            and c.sentence_start == headline
            and (c.place_id or c.place)
            and body
            and all(
                not t.increment and t.change is None and t.rate is None and t.part_of is None
                for t in body
            )
            and len({(t.place_id, t.place) for t in body}) == 1
            and place_relation(body[0], c) is PlaceRelation.WITHIN
        ):
            c = attrs.evolve(c, place=body[0].place, place_id=body[0].place_id)
        out.append(c)
    return out


def _carries(c: Concept) -> bool:
    """Whether a bare figure after a figure of ``c`` may count what it counts: people, or
    a thing counted one by one ("more than 3,000 flights were cancelled. The operator
    puts it at 2,520"); not a thing that counts many wholes (``attribute``: customers)."""
    return c.kind == "person" or (c.kind == "thing" and not c.attribute)


def _bound(claim: Claim) -> float | None:
    """The figure's stated value: its low bound, else its high one ("no more than 20,000")."""
    value = claim.low if claim.low is not None else claim.high
    return None if value is None else float(value)


def _carried(claim: Claim, last: Claim, doc: Document) -> bool:
    """Whether bare ``claim`` is near enough ``last`` in size, place and event to count what
    it counts (:func:`units_carried`)."""
    value, other = _bound(claim), _bound(last)
    if value is None or other is None or other <= 0 or claim.qualifier == "vague":
        return False
    if value < ELLIPSIS_MIN or _year_like(claim):
        return False
    if claim.event is not None and last.event is not None and claim.event != last.event:
        return False  # "300 refugees arrived … 150 were sent back": another event's count
    if doc.paragraph_start(last.start) != doc.paragraph_start(claim.start):
        return False
    if _a_sum(claim, doc):
        return False  # "The government, for its part, pledged 65,000 in aid"
    return 1 / ELLIPSIS_RATIO <= value / other <= ELLIPSIS_RATIO


def _a_sum(claim: Claim, doc: Document) -> bool:
    """A ``[frames] sum_nouns`` phrase right after the figure ("65,000 in aid", "65.000 en
    ayudas", "65.000 an Hilfen") makes it a sum given or lost, no count of people."""
    return _phrase_after(claim, doc, frame_words(doc.lang.code).sum_nouns) is not None


def _names_event_of(claim: Claim, last: Claim, doc: Document) -> bool:
    """The word right after the figure names the event ``last`` names (a noun of
    ``[predicates]``: "65 000 arrivées" after "48 000 réfugiés sont arrivés"): it counts
    the people that event befell, not a noun of its own."""
    if last.event is None:
        return False
    m = _phrase_after(claim, doc, doc.lang.predicates)
    return m is not None and m.label == last.event


def _phrase_after(claim: Claim, doc: Document, phrases: PhraseSet) -> PhraseMatch | None:
    """The phrase of ``phrases`` that opens the first word after the figure, if any."""
    at = claim.end
    while at < len(doc.text) and doc.text[at].isspace():
        at += 1
    m = phrases.match_at(doc.folded, at, doc.text)
    return m if m is not None and m.start == at else None


# How far after a count a measure with an open bound may stand to be its threshold:
# "25 réplicas de magnitud superior a 3".
THRESHOLD_REACH = 30

# The scope marker of a threshold's own bound ("superior a 3").
THRESHOLD_BOUND = "threshold:bound"

_OPEN_BOUNDS = frozenset({"over", "at_least", "under", "up_to"})
_THRESHOLD_SIGN = {"over": ">", "at_least": ">=", "under": "<", "up_to": "<="}


def mark_thresholds(claims: Sequence[Claim], doc: Document) -> list[Claim]:
    """Mark a count whose noun a measure threshold follows: a count of a subset.

    "Unas 25 réplicas de magnitud superior a 3", "40 Nachbeben der Stärke über
    4": the count takes only what passes the threshold, another quantity than
    the count of them all ("des centaines de répliques"). The measure with an
    open bound right after the count (within ``THRESHOLD_REACH`` characters,
    in its sentence, nothing but words between) is the threshold; the count
    gets the scope marker ``threshold:<unit><sign><value>`` ("threshold:
    magnitude>3"), compared only with counts of the same threshold; the bound
    gets ``THRESHOLD_BOUND``, compared only with other bounds.
    """
    out = list(claims)
    quantities = [i for i, c in enumerate(out) if c.kind == "quantity"]
    for i, j in itertools.pairwise(quantities):
        count, measure = out[i], out[j]
        c, m = concept(count.unit), concept(measure.unit)
        if c is None or m is None or c.kind == "measure" or m.kind != "measure":
            continue
        if measure.qualifier not in _OPEN_BOUNDS or count.sentence_start != measure.sentence_start:
            continue
        between = doc.text[count.end : measure.start]
        if measure.start - count.end > THRESHOLD_REACH or any(ch in between for ch in ",;:()"):
            continue
        bound = measure.low if measure.low is not None else measure.high
        if bound is None:
            continue
        marker = f"threshold:{measure.unit}{_THRESHOLD_SIGN[measure.qualifier]}{float(bound):g}"
        out[i] = attrs.evolve(count, scope=tuple(sorted({*count.scope, marker})))
        # the bound itself measures nothing: "superior a 3" is no aftershock's magnitude
        out[j] = attrs.evolve(measure, scope=tuple(sorted({*measure.scope, THRESHOLD_BOUND})))
    return out


def with_companions(claims: Sequence[Claim]) -> list[Claim]:
    """Give each figure the precise figures its article states for its day of other counts.

    A count is a unit at a place (the national toll and Taroudant's are two);
    it counts only when the article gives it one precise value for that day
    (an article that gives the old and the new toll names no one briefing).
    Parts, increments, changes and rates are not a briefing's tolls.
    """
    values: dict[tuple[str, str, str | None], set[int]] = defaultdict(set)
    for c in claims:
        if c.kind != "quantity" or c.unit is None:
            continue
        if c.part_of or c.among or c.increment or c.change or c.rate:
            continue
        value = _exact(c)
        if value is not None and c.as_of is not None:
            values[(c.as_of, c.unit, c.place_id)].add(value)
    tolls = {
        key: next(iter(found))
        for key, found in values.items()
        if len(found) == 1 and _precise(next(iter(found)))
    }
    if not tolls:
        return list(claims)
    out: list[Claim] = []
    for c in claims:
        if c.kind == "quantity" and c.as_of is not None:
            keys = tuple(
                sorted(
                    {
                        f"{unit}={v}"
                        for (day, unit, place), v in tolls.items()
                        if day == c.as_of and (unit, place) != (c.unit, c.place_id)
                    }
                )
            )
            if keys:
                c = attrs.evolve(c, reported_with=keys)
        out.append(c)
    return out


__all__ = [
    "events_of_repeats",
    "mark_parts",
    "mark_sums",
    "mark_thresholds",
    "places_of_headlines",
    "units_carried",
    "units_from_relatives",
    "unlend_places",
    "with_companions",
]


def events_of_repeats(claims: Sequence[Claim]) -> list[Claim]:
    """Give a figure that names no event the one its article names for the same figure.

    A headline and its body often give one figure twice ("l'incendie a
    détruit 20 000 hectares" … "le feu a brûlé 20 000 hectares"); the
    event one clause names is the other's too, so the two are compared with
    the figures of that event elsewhere. Only when the article's other
    statements of that figure (same unit, same bounds) name one event.
    """
    named: dict[tuple[str | None, object, object], set[tuple[str, str | None]]] = defaultdict(set)
    for c in claims:
        if c.kind == "quantity" and c.unit is not None and c.event is not None:
            named[(c.unit, c.low, c.high)].add((c.event, c.predicate))
    if not named:
        return list(claims)
    out: list[Claim] = []
    for c in claims:
        if c.kind == "quantity" and c.unit is not None and c.event is None:
            events = named.get((c.unit, c.low, c.high), set())
            if len({event for event, _ in events}) == 1:
                event, predicate = min(events, key=lambda e: (e[0], e[1] or ""))
                c = attrs.evolve(c, event=event, predicate=predicate)
        out.append(c)
    return out
