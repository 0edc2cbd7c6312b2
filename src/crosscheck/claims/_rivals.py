"""Figures one article sets against each other with a word of contrast.

"Oussama Ali spoke of more than 2,300 dead in Derna. For the eastern
interior ministry, by contrast, the toll has passed 5,200": the second
sentence names no place and gives a much higher count, yet the article
itself says it is another party's reading of the same toll (``[attribution]
rival_markers``: "by contrast", "invece", "en revanche", "hingegen"). The
second figure takes the first one's place (:func:`lend_rival_places`), and
the judge reads two such open counts at their bounds, as rival counts
rather than two stages of a toll.

A second source's bare figure right beside the first ("The interior
ministry put turnout at 1.1 million, while the CGT union claimed more than 3
million.") is another reading of the same quantity, word of contrast or
not: each of the two records the other's bounds (:func:`mark_readings`),
which the aligner takes as evidence that they, and other articles' figures
of those values, are one quantity. So is a figure the article compares with
another source's ("25 dengue deaths this year, more than the 21 deaths
reported by the health ministry": :func:`_compared_reading`, ``[attribution]
comparison_markers``), and a figure another body waves away by name ("more than
500, a figure the ministry dismissed as alarmist": :func:`_dismissed_rival`,
``[denials] dismissals``) is that body's rival reading of its own earlier one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

import attrs

from .._fold import fold
from ..extract._context import source_id, source_words
from ..extract._dates import find_dates
from ..lang import LanguageData, concept, get_language
from ..lang._data import _source_kind_words, counted_as, plain_head_count
from ._denials import dismissal_spans, dispute_spans
from ._model import ISO_DAY, Claim

# How many characters may stand between the end of one sentence and the start of
# the next and the two still follow each other (spaces, a line break, a quote mark).
ADJACENT_SENTENCES = 4

# How many earlier figures :func:`_follows_own` looks at (a sentence's list is short).
_OWN_LIST = 8

# How far from the second figure's credited source the word of contrast may stand
# ("The health ministry, by contrast, said", "Das Ministerium sprach hingegen von",
# "En revanche, le ministère"): it sets that source against the first one.
_SOURCE_REACH = 24


def close_sentences(first: Claim, second: Claim) -> bool:
    """``first`` (which starts first) and ``second`` stand in one sentence, or in two that
    follow each other (at most :data:`ADJACENT_SENTENCES` characters apart)."""
    if first.sentence_start == second.sentence_start:
        return True
    gap = second.sentence_start - (first.sentence_start + len(first.sentence))
    return 0 <= gap <= ADJACENT_SENTENCES


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
    if not close_sentences(first, second):
        return False
    hi = second.start - second.sentence_start
    lo = first.end - first.sentence_start if first.sentence_start == second.sentence_start else 0
    if hi <= lo or second.attribution_start is None or second.attribution_end is None:
        return False
    try:
        lang = get_language(second.language)
    except (KeyError, ValueError):
        return False
    base = second.sentence_start + lo
    between = second.sentence[lo:hi]
    spans = [(m.start, m.end) for m in source_words(lang).rivals.find(between)]
    # a verb of denial by the second source is a word of contrast too: "Environmental group
    # Apele Vii disputed the official count, saying at least 60 tonnes …"
    spans += dispute_spans(between, fold(between), lang.code)
    return any(
        base + end >= second.attribution_start - _SOURCE_REACH
        and base + start <= second.attribution_end + _SOURCE_REACH
        for start, end in spans
    )


def _just_before(claims: Sequence[Claim], i: int) -> Iterator[tuple[int, Claim]]:
    """The claims before ``claims[i]`` in its sentence and the sentence before it, nearest
    first, with their indexes: where a figure it is set against or read beside may stand
    (claims come in text order, so the scan stops at the first claim further back)."""
    claim = claims[i]
    for j in range(i - 1, -1, -1):
        other = claims[j]
        if other.sentence_start + len(other.sentence) + ADJACENT_SENTENCES < claim.sentence_start:
            return
        yield j, other


def lend_rival_places(claims: Sequence[Claim]) -> list[Claim]:
    """Give a figure that names no place the place of the figure it is set against.

    "... oltre 2.300 morti nella sola Derna. Per il ministero dell'Interno,
    invece, il numero delle vittime ha superato 5.200": the second figure
    names no place because the contrast already did; it is the ministry's
    count of Derna's dead, not of wherever else. Only between figures of one
    unit credited to two different known sources (:func:`set_against`), the
    placed one before the unplaced one, both as of one time (a word of contrast
    between two days' figures sets the times apart: "On Monday the mayor said
    300 had died in the town. On Thursday, however, the government put the
    registered deaths at 112"). Not for a figure its words make a whole
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
        for _, other in _just_before(out, i):
            if (
                other.kind == "quantity"
                and other.unit == claim.unit
                and other.place_id is not None
                and other.source_id is not None
                and other.source_id != claim.source_id
                and other.as_of == claim.as_of
                and set_against(other, claim)
            ):
                out[i] = attrs.evolve(claim, place_id=other.place_id, place=other.place)
                break
    return out


# What may follow a bare reading's figure in its sentence: closing quotes, brackets
# and the sentence's last mark, nothing else (one character class: linear).
_CLOSES = re.compile(r"[\s\"'»”’)\].;!?]*")


def bare_reading(claim: Claim) -> bool:
    """The figure is all its source's clause says: the source's words stand before it and
    nothing but the sentence's end follows it.

    "La CGT en a revendiqué plus de 3 millions."; "die Gewerkschaft CGT sprach
    von mehr als drei Millionen."; "Copernicus put the burned area at 4,100
    hectares.": the clause names nothing else the figure could count (as
    "884,000 people need food assistance" or "250 millones para hospitales"
    do, going on after it), so it counts what the sentence before it named. Not when
    a clause with a subject of its own (a ``role_nouns`` word) stands between the
    source and the figure ("The ministry said firefighters have saved 4,100
    hectares": its own verb says what it counts).
    """
    at = claim.attribution_start
    if at is None or not claim.sentence_start <= at < claim.start:
        return False
    rest = claim.sentence[claim.end - claim.sentence_start :]
    if _CLOSES.fullmatch(rest) is None:
        return False
    # "The ministry said firefighters have saved 4,100 hectares": a clause with a subject
    # of its own between the source and the figure says what it counts, by its own verb
    lo = max(claim.attribution_end or at, claim.sentence_start) - claim.sentence_start
    gap = claim.sentence[lo : claim.start - claim.sentence_start]
    roles = source_words(get_language(claim.language)).roles
    return not roles.find(gap, fold(gap))


def readings(a: Claim, b: Claim, between: Sequence[Claim] = ()) -> bool:
    """True when one article gives ``a`` and ``b`` as two sources' readings of one quantity.

    Two figures of one unit credited to two different known sources, in one
    sentence or two that follow each other, the later one a bare reading
    (:func:`bare_reading`: "The interior ministry put turnout at 1.1 million,
    while the CGT union claimed more than 3 million"), or one a word of
    contrast sets against the first and whose clause names nothing else it
    could count (:func:`_contrasted_reading`); a word of contrast alone is not
    enough ("The World Food Programme, by contrast, says 884,000 people need
    food assistance" counts another thing). Not when the later one names a
    place the first does not ("In Cordoba, the regional weather service
    measured 46 degrees" after Seville's 44: two places; a place the first's sentence
    names before it is the first's too, :func:`_named_before`). Not sums of money: an
    article sets a sum asked against a sum offered in just these words ("The
    unions want €400 million. The ministry offered €250 million"). Or the
    article compares the later one's figure with the first's (:func:`_compared_reading`;
    ``between``: the claims that stand between the two, in text order), or the later one's
    body opens the next sentence with it (:func:`_answering_body`), or the first one's words
    correct it ("about 60 anglers, not 48 as the rescue service said":
    :func:`_corrected_reading`).
    """
    if a.article != b.article or a.kind != "quantity" or b.kind != "quantity":
        return False
    if a.unit is None or b.unit is None or a.increment or b.increment:
        return False
    if a.unit != b.unit and (named_as(a, b) is None or any(_read_before(c) for c in between)):
        return False  # one count named by two nouns: the figure read right before it
    if a.part_of or b.part_of or a.among or b.among:
        return False  # a part of a count reads no other source's count
    c = concept(a.unit)
    if c is None or c.kind == "money":
        return False
    first, second = (a, b) if a.start <= b.start else (b, a)
    if second.source_id is None or first.source_id == second.source_id:
        return False
    if not close_sentences(first, second):
        return False
    if (
        second.place_id is not None
        and second.place_id != first.place_id
        and not _named_before(first, second.place)
    ):
        return False  # "In Cordoba, however, the weather service measured 46 degrees"
    if first.source_id is not None and (
        bare_reading(second)
        or _compared_reading(first, second, between)
        or _answering_body(first, second)
        or _corrected_reading(first, second)
    ):
        return True
    return _contrasted_reading(first, second)


def _read_before(claim: Claim) -> bool:
    """A figure between two others that a second noun of one count would read instead: any
    quantity but a part of the first ("70 detainees, 33 Moroccans among them, … the
    delegation says 41": the part is none of the group's readings)."""
    return claim.kind == "quantity" and claim.part_of is None and claim.among is None


def named_as(a: Claim, b: Claim) -> tuple[Claim, str] | None:
    """One count named by two nouns: the figure of ``a`` and ``b`` that is a plain head
    count, with the unit concept it counts as, the other's; None when the two units are
    not one count's (:func:`~crosscheck.lang._data.counted_as`).

    "rund 55.000 Menschen aus dem Sudan ... geflohen" and "mehr als 70.000
    Flüchtlingen": people who fled are refugees; "104 niños con síntomas de
    intoxicación" and "cifra los afectados en 87": children whose clause tells no
    other event are the affected. Both as of one time ("12 children on Monday"
    and "19 in hospital on Tuesday" are no two readings of one count), and of one
    size (:func:`_one_size`: "11 dead", then witnesses' "more than 55,000" at the
    gate count the crowd).
    """
    if a.as_of != b.as_of or not _one_size(a, b):
        return None
    if b.unit is not None and counted_as(a.unit, a.event, b.unit, b.event):
        return (a, b.unit) if _one_holder(a, b) else None
    if a.unit is not None and counted_as(b.unit, b.event, a.unit, a.event):
        return (b, a.unit) if _one_holder(b, a) else None
    return None


def _one_holder(plain: Claim, other: Claim) -> bool:
    """The noun that names no group (``generic``: "people") may stand for ``other``'s group
    unless its own clause says whose the people are by a verb of holding (``[syntax]
    holding_verbs``) and names another holder than ``other``'s clause does: "the plant
    employs 1,200 workers" and "the town has 3,000 people" count two things; "the city has
    1,738,000 residents" and "the city has 2.1 million people" one; "City hall said there
    were 2.1 million people" holds nothing of its own (:func:`_holder`)."""
    c = concept(plain.unit)
    if c is None or not c.generic:
        return True
    held = _holder(plain)
    return held is None or held == _holder(other)


def _holder(claim: Claim) -> str | None:
    """The word for whose the figure's people are, by a verb of holding in its clause right
    before it: the word before the verb ("the town has 3,000"), or the noun after it when the
    clause inverts ("hat die Stadt 3.000"); "" when a verb holds and no word is read; None
    when no verb of holding stands there. Adverbs and auxiliaries of ``[attribution]
    span_trim`` between the holder and the verb or after the verb are skipped ("the city
    now has 1,738,000", "la ville compte désormais 1 738 000": the city)."""
    lang = get_language(claim.language)
    at = claim.attribution_start
    end = claim.attribution_end
    lo = claim.sentence_start
    if at is not None and end is not None and claim.sentence_start <= at < claim.start:
        lo = max(end, lo)
    gap = claim.sentence[lo - claim.sentence_start : claim.start - claim.sentence_start]
    folded = fold(gap)
    found = lang.holding_verbs.find(gap, folded)
    if not found:
        return None
    verb = found[-1]
    # adverbs and auxiliaries ([attribution] span_trim) around the verb hold nothing:
    # "the city now has", "la ville compte désormais"
    trim = source_words(lang).trim - lang.determiners
    after: list[str] = _WORD.findall(folded[verb.end :])
    while after and after[0] in trim:
        after.pop(0)
    while after and after[-1] in trim:
        after.pop()  # "hat die Stadt jetzt 48.000"
    if not after:
        before: list[str] = _WORD.findall(folded[: verb.start])
        while before and before[-1] in trim:
            before.pop()
        return before[-1] if before else ""
    if len(after) == 2 and after[0] in lang.determiners:
        return after[1]
    return None


_WORD = re.compile(r"\w+")


# How far apart (the larger over the smaller) two sources' readings of one count named
# by two nouns may lie: the judge's widest rival (judge/_findings.py CONFLICT_MAX_RATIO).
_ONE_SIZE = 10.0


def _one_size(a: Claim, b: Claim) -> bool:
    """The two figures' values lie within :data:`_ONE_SIZE` of each other (a bound of one
    against a bound of the other; a figure with no bound is of no size)."""
    va = a.low if a.low is not None else a.high
    vb = b.low if b.low is not None else b.high
    if va is None or vb is None or va <= 0 or vb <= 0:
        return False
    return max(va, vb) / min(va, vb) <= _ONE_SIZE


def _named_before(first: Claim, place: str | None) -> bool:
    """``first`` names no place of its own, yet its sentence names ``place`` before it.

    "La estación de la AEMET en El Granado (Huelva) registró el domingo 46,0
    grados, aunque la red privada Meteored midió 46,4 grados en el mismo
    municipio": the place stands in the first figure's words (here its
    source's), so a second figure of that place names no other place than the
    first's. A place named only after the first figure ("44 degrees, AEMET
    said. In Cordoba, however, …") is the second's own.
    """
    if first.place_id is not None or not place:
        return False
    name = fold(place).strip()
    if not name:
        return False
    before = fold(first.sentence[: max(0, first.start - first.sentence_start)])
    at = before.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not before[at - 1].isalnum()) and (
            end == len(before) or not before[end].isalnum()
        ):
            return True
        at = before.find(name, at + 1)
    return False


def _compared_reading(first: Claim, second: Claim, between: Sequence[Claim]) -> bool:
    """The sentence compares ``first`` with ``second``, another source's figure of one time.

    "The WHO said Paraguay had recorded 25 dengue deaths and 19,600 cases this
    year, more than the 21 deaths and 18,900 cases reported by the health
    ministry": a comparative that ends in an article, or a word of "versus"
    (``[attribution] comparison_markers``: "more than the", "plus que les", "mehr
    als die", "contre") opens the list of the second source's figures, after the
    first's figures in the same sentence; each of them is that source's reading of
    the quantity the first counts. The marker must stand right before a figure of
    the list, and no figure between it and ``second`` may credit another source
    than ``second``'s. Not a qualifier ("more than 200": no article), not a figure
    of another time or event; the same source's earlier figure ("more than the 12
    it reported on Monday", "contra 12.400 uma semana antes") and another unit's
    are no reading by :func:`readings`.
    """
    if first.sentence_start != second.sentence_start or first.as_of != second.as_of:
        return False
    if second.event is not None and first.event is not None and second.event != first.event:
        return False
    try:
        lang = get_language(second.language)
    except (KeyError, ValueError):
        return False
    lo = first.end - first.sentence_start
    hi = second.start - second.sentence_start
    if hi <= lo:
        return False
    text = second.sentence
    inner = [c for c in between if c.sentence_start == second.sentence_start]
    for m in source_words(lang).comparisons.find(text[lo:hi]):
        end = lo + m.end
        after = [c for c in inner if c.start - c.sentence_start >= end]
        if any(c.source_id != second.source_id for c in after):
            continue  # another source's figure stands between the comparison and this one
        nearest = min((c.start - c.sentence_start for c in after), default=hi)
        if not text[end:nearest].strip():
            return True
    return False


# Marks that end the first figure's clause before a word of correction ("60 anglers, not 48").
_CORRECTION_MARKS = ",;(—–"


def _corrected_reading(first: Claim, second: Claim) -> bool:
    """The sentence corrects ``second``, another source's figure, by ``first``: two readings
    of one quantity, the second the one the first source rejects.

    "The police counted about 60 anglers on the floe, not 48 as the rescue service said";
    "Asociația susține că peste 60.000 de oameni aveau bani la bancă, nu 48.000 cât afirmă
    banca centrală": a word of correction (``[toll_nouns] contrasts``: "not", "and not",
    "a nie", "nu", "y no"), a determiner perhaps after it, stands right before the second
    figure, and nothing but a mark that ends the first figure's clause (a comma) stands
    between it and the words that follow the first figure, or the word is all that stands
    between the figures ("60 and not 48"). Both as of one time, of one event (the caller,
    :func:`readings`, asks two known sources): one source's own earlier figure ("nine
    dead, and not the 12 announced on Sunday") is no rival, nor is a clause that goes on
    after the word ("not counting 48 children": no word of correction right before it),
    nor a corrected figure whose own clause names its day ("not 350 as the council had
    reported on Sunday": :func:`_dated_after`), though the sentence's day dates both.
    """
    if first.as_of != second.as_of:
        return False
    if second.event is not None and first.event is not None and second.event != first.event:
        return False
    between = sentence_gap(first, second)
    if between is None:
        return False
    _, _, gap, lang = between
    cut = max(gap.rfind(mark) for mark in _CORRECTION_MARKS)
    tail = fold(gap[cut + 1 :]).strip()
    words = tail.split()
    if len(words) > 1 and words[-1] in lang.determiners:
        tail = tail[: len(tail) - len(words[-1])].rstrip()  # "and not the 48"
    if not tail:
        return False
    m = lang.toll_contrasts.match_before(tail, len(tail), window=32)
    if m is None or m.start != 0 or m.end != len(tail):
        return False
    return not _dated_after(second)


# A mark that ends the clause a corrected figure's "as X claimed" opens (not a separator
# inside a figure: "1.200", "3,5").
_CLAUSE_END = re.compile(r"[,;:.!?()](?!\d)")


def clause_head(text: str) -> str:
    """``text`` up to the first mark that ends a clause (a comma, a stop, a colon, a
    bracket), a separator inside a number ("60.000", "6,500") aside: the words that go
    on right after a figure in its own clause."""
    end = _CLAUSE_END.search(text)
    return text[: end.start() if end else len(text)]


def _dated_after(claim: Claim) -> bool:
    """Whether the clause right after ``claim`` names a day or a time of its own: "…, not 350
    as the council had reported on Sunday", "y no 350 como informó el domingo el
    ayuntamiento", "a nie 48, jak podawała w poniedziałek straż". The sentence's day then
    dates the correcting figure only; the corrected one is what its source said earlier,
    no reading of the same moment (one source's update, or nothing). A relative day
    that resolves to the article's own day ("…, and not 48 as the police reported
    today", "como informó hoy la policía", "this morning": relative day 0) is no
    earlier day, and the two figures stay readings of one moment. (The claim's own
    ``as_of`` is no test: the clause's day sets it. A weekday is a day of its own
    even on the day it names.)"""
    clause = clause_head(claim.sentence[claim.end - claim.sentence_start :].lstrip(" ,;"))
    if not clause.strip():
        return False
    # an undated article's relative days resolve against a stand-in day: "today" is it
    own = (claim.published or "")[:10] or _STAND_IN_DAY
    return any(
        not (d.relative and d.grain == "day" and d.value == own)
        for d in find_dates(clause, claim.language, published=own)
    )


# The day an undated claim's relative dates ("today", "hoy") resolve against in
# :func:`_dated_after`: only whether they resolve to it matters.
_STAND_IN_DAY = "2000-01-03"


# How far into its sentence a second body's name may start and still open it ("But the
# union, …", "Selon l'association, …", "Am Mittwoch teilte die Polizei …").
_OPENING_REACH = 24

# How far apart (the larger over the smaller) two bodies' figures of one day may lie and
# still be read as each other's rival readings by their order alone: a part or a share
# of a count lies further off ("3,000 hectares burnt ... 400 hectares of the park").
_ANSWER_MAX_RATIO = 2.0


def _answering_body(first: Claim, second: Claim) -> bool:
    """The sentence right after ``first``'s opens with another body that gives its own figure
    of the unit, as of the same day: that body's reading of the quantity ``first`` counts.

    "The regional government said hail had damaged 8,000 hectares of orchards. The
    growers' union says that more than 11,000 hectares were hit"; "La préfecture a
    recensé 8 000 hectares de vergers endommagés. Le syndicat des arboriculteurs
    affirme que plus de 11 000 hectares ont été touchés": two bodies, a sentence
    each, one area. The second's credit
    opens its sentence (within :data:`_OPENING_REACH` characters of its start) and
    stands before its figure; the two sources share no word of their names (one
    body revising its count is no rival: :func:`_name_words`); both figures are as
    of one day, stated to the day, within :data:`_ANSWER_MAX_RATIO` of each other;
    neither names an event the other does not, nor a place of its own (the place
    check of :func:`readings`), nor is a rate, a first reading (scope ``initial``)
    or a plain head count (whose clause so often says what the people are: "The
    ministry said 3,000 people were evacuated. The Red Cross said 1,800 people were
    in shelters"). Not two figures of one sentence (:func:`bare_reading` and the
    words of contrast read those), nor of two days ("On Monday the region said
    9,000 hectares. On Wednesday the union said 15,000": a course, or two
    statements the article does not set side by side).
    """
    if first.sentence_start == second.sentence_start or not close_sentences(first, second):
        return False
    if first.as_of is None or first.as_of != second.as_of or len(first.as_of) != len(ISO_DAY):
        return False
    if first.event != second.event:
        return False  # "3,000 hectares burned ... 2,500 hectares were saved": two states
    if first.rate or second.rate or "initial" in first.scope or "initial" in second.scope:
        return False
    if plain_head_count(first.unit) or plain_head_count(second.unit):
        return False
    at = second.attribution_start
    if at is None or not second.sentence_start <= at < second.start:
        return False
    if at - second.sentence_start > _OPENING_REACH:
        return False
    va = first.low if first.low is not None else first.high
    vb = second.low if second.low is not None else second.high
    if va is None or vb is None or va <= 0 or vb <= 0:
        return False
    if max(va, vb) / min(va, vb) > _ANSWER_MAX_RATIO:
        return False
    try:
        lang = get_language(second.language)
    except (KeyError, ValueError):
        return False
    own, other = _name_words(first.attributed_to, lang), _name_words(second.attributed_to, lang)
    return bool(own) and bool(other) and not own & other


def _contrasted_reading(first: Claim, second: Claim) -> bool:
    """A word of contrast by ``second``'s credited source sets it against ``first``, and
    its clause names nothing else it could count: another reading of ``first``'s quantity.

    "Los Bombers dan 6.800 hectáreas. Sin embargo, el sistema europeo
    Copernicus eleva la superficie quemada a 7.900 hectáreas a partir de
    imágenes de satélite"; "La station de Météo-France a relevé 44,1 degrés,
    tandis que le réseau privé Infoclimat a mesuré 44,6 degrés avec sa propre
    sonde":
    words go on after the figure, so it is no bare reading, yet the article
    itself sets the second source's figure against the first (:func:`set_against`,
    ``[attribution] rival_markers``). The first may credit no one (the
    article's own voice: "the fire has burned 7,100 hectares. According to
    Copernicus, however, ... 8,300"). Not when the second names an event of
    its own ("firefighters, however, saved 4,100 hectares"), nor one whose source
    is named only after it ("The park, however, covers 10,000 hectares, its
    director said": the clause before the credit says what it counts), nor one
    that names a place the first does not ("44 degrees in Seville, AEMET said.
    In Cordoba, however, the regional service measured 46": the word sets two
    places apart), nor as of another
    time than the first's ("12 dead on Monday ... On Tuesday, however, the
    authorities raised the toll to 31": the word sets two days apart), nor for a plain
    head count (:func:`~crosscheck.lang._data.plain_head_count`), whose clause so often
    says what the people counted are ("The World Food Programme, by contrast, says 884,000
    people need food assistance"), unless the first is a plain head count whose clause
    tells an event that names the second's concept (:func:`named_as`: "55.000 Menschen
    ... geflohen", "spricht dagegen von 70.000 Flüchtlingen").
    """
    if second.event is not None and second.event != first.event:
        return False
    if first.as_of != second.as_of:
        return False  # "on Monday 12 ... By Tuesday, however, 31": a time set against another
    at = second.attribution_start
    if at is None or not second.sentence_start <= at < second.start:
        return False  # "The park, however, covers 10,000 hectares, its director said"
    if plain_head_count(second.unit):
        # a plain head count's clause says what it counts, unless the first's clause tells
        # an event that names its concept ("55.000 Menschen ... geflohen" and "70.000
        # Flüchtlingen": the refugees are those who fled)
        two_nouns = named_as(first, second) if first.unit != second.unit else None
        if two_nouns is None or two_nouns[0] is not first:
            return False
    return set_against(first, second)


def bounds_key(claim: Claim) -> str:
    """The figure's stated bounds as one string ("1100000:1100000"; an open end empty)."""
    low = "" if claim.low is None else str(claim.low)
    high = "" if claim.high is None else str(claim.high)
    return f"{low}:{high}"


def mark_readings(claims: Sequence[Claim]) -> list[Claim]:
    """Give each figure the bounds of the figures its article sets it against as rival
    readings (:func:`readings`), in ``Claim.rival_readings``.

    The aligner reads them as evidence that the two are one quantity, in the
    article and beyond it: "1.1 million" in one article and "more than 3
    million" in another, when either article sets the two against each other.
    A bare reading that names no event takes the event of the figure it reads
    ("près de 8 000 hectares ont brûlé … Les pompiers avancent pour leur part
    le chiffre de 6 800 hectares": burned), for it counts what that one names.
    A figure another body waves away by name ("a figure the ministry dismissed as
    alarmist") and that body's own earlier figure mark each other too
    (:func:`_dismissed_rival`).
    """
    out = list(claims)
    marks: dict[int, list[str]] = {}
    events: dict[int, int] = {}  # a bare reading with no event -> the figure it reads
    named: dict[int, str] = {}  # a plain head count -> the concept its rival names
    answered: set[int] = set()  # figures read against a rival in their own sentence
    linked: list[tuple[int, int]] = []  # the pairs read as two sources' readings
    for i, claim in enumerate(out):
        if claim.kind != "quantity" or claim.source_id is None or _follows_own(out, i):
            continue
        for j, other in _just_before(out, i):
            if (
                other.unit != claim.unit
                and j in answered
                and other.sentence_start != claim.sentence_start
            ):
                continue  # "…, тогда как оператор называет 24. По данным полиции, погибли
                # пять человек": 24 answers the 26 before it, no reading of the dead
            if "vague" not in (claim.qualifier, other.qualifier) and readings(
                other, claim, out[j + 1 : i]
            ):
                if other.sentence_start == claim.sentence_start:
                    answered.update((i, j))
                marks.setdefault(i, []).append(bounds_key(other))
                marks.setdefault(j, []).append(bounds_key(claim))
                linked.append((j, i))
                two_nouns = named_as(other, claim) if other.unit != claim.unit else None
                if two_nouns is not None:
                    plain, unit = two_nouns
                    named.setdefault(i if plain is claim else j, unit)
                if claim.event is None and other.event is not None:
                    events.setdefault(i, j)  # the bare reading counts what the first names
        for rival in (_dismissed_rival(out, i), _disputing_rival(out, i)):
            if rival is not None:
                marks.setdefault(i, []).append(bounds_key(out[rival]))
                marks.setdefault(rival, []).append(bounds_key(claim))
    for i, keys in _chained(out, linked).items():
        marks.setdefault(i, []).extend(keys)
    for i, keys in _restated(out, marks).items():
        out[i] = attrs.evolve(out[i], rival_readings=tuple(sorted(set(keys))))
    for i, unit in named.items():
        out[i] = attrs.evolve(out[i], counted_as=unit)
    for i, j in events.items():
        out[i] = attrs.evolve(out[i], event=out[j].event, predicate=out[j].predicate)
    return out


def _chained(claims: Sequence[Claim], linked: Sequence[tuple[int, int]]) -> dict[int, list[str]]:
    """The bounds each figure of a chain of readings gets from the chain's figures it was
    not read against: "Unos 18.000 clientes …, según la Generalitat. El administrador
    concursal rebajó la cifra a unos 12.000. La asociación X eleva el número a más de
    25.000": the association's figure answers the administrator's, which answers the
    Generalitat's, so all three are readings of one quantity, and the first and the last
    are each other's too. A chain runs forward, each reading answering the one before it
    (``linked``: pairs of an earlier and a later figure); two earlier figures that one
    later reading answers ("35 found ashore …; the operator keeps to 62; the coastguard
    speaks of at least 70") are no chain. Only figures of one unit and one as-of time, each
    credited to a source of its own (one source twice may be its count and a part of it).
    """
    after: dict[int, list[int]] = {}
    for earlier, later in linked:
        after.setdefault(earlier, []).append(later)
    direct = {frozenset(pair) for pair in linked}
    out: dict[int, list[str]] = {}
    for k in sorted(after):
        first = claims[k]
        path, seen = [k], {first.source_id}
        while True:
            nexts = [n for n in after.get(path[-1], ()) if claims[n].start > claims[path[-1]].start]
            if len(nexts) != 1:
                break  # an end, or a fork: no one chain
            n = nexts[0]
            c = claims[n]
            if c.unit != first.unit or c.as_of != first.as_of or c.source_id in seen:
                break
            path.append(n)
            seen.add(c.source_id)
        for other in path[2:]:
            if frozenset((k, other)) not in direct:
                out.setdefault(k, []).append(bounds_key(claims[other]))
                out.setdefault(other, []).append(bounds_key(first))
    return out


def _restated(claims: Sequence[Claim], marks: dict[int, list[str]]) -> dict[int, list[str]]:
    """``marks`` with each marked figure's marks given to the article's other figures of its
    unit and stated bounds, credited to its source or to no one: the headline's "2.6
    million birds" restates the body's "2.6 million chickens, ducks and turkeys" that the
    breeders' "more than 4 million" was set against, and is that count's reading too. Not
    a figure that names a place the marked one does not ("310 vols cancel·lats al Prat"
    in a headline, its body's 310 naming none: the place may set it apart)."""
    same: dict[tuple[str, str], list[int]] = {}
    for k, claim in enumerate(claims):
        if claim.kind == "quantity" and claim.unit is not None and claim.qualifier != "vague":
            same.setdefault((claim.unit, bounds_key(claim)), []).append(k)
    out = {i: list(keys) for i, keys in marks.items()}
    for i in sorted(marks):
        claim = claims[i]
        if claim.unit is None:
            continue
        for k in same.get((claim.unit, bounds_key(claim)), ()):
            other = claims[k]
            if (
                k != i
                and k not in marks
                and other.source_id in (None, claim.source_id)
                and other.place_id in (None, claim.place_id)
            ):
                out.setdefault(k, []).extend(marks[i])
    return out


# How many sentences with figures before a dismissed figure's own may hold the figure of
# the body that dismisses it (:func:`_dismissed_rival`).
_DISMISS_SENTENCES = 3
# How far (characters) from a word of the dismissing body's name the word of dismissal
# may stand ("a figure the ministry dismissed", "qu'un porte-parole des FSI a qualifié
# de « pure invention »").
_DISMISS_REACH = 40
# The shortest word of a source's name that names it ("FSI", "ministry"); shorter ones
# are particles ("de", "al").
_NAME_WORD = 3
# Words of a name: runs of letters (one character class: linear).
_LETTERS = re.compile(r"[^\W\d_]+")


def _name_words(name: str | None, lang: LanguageData) -> set[str]:
    """The folded words of a credited source's name that may name it on their own: at
    least :data:`_NAME_WORD` letters long, no determiner."""
    return {
        w
        for w in _LETTERS.findall(fold(name or ""))
        if len(w) >= _NAME_WORD and w not in lang.determiners
    }


def _dismissing_words(claim: Claim) -> frozenset[str]:
    """The words of names that stand within :data:`_DISMISS_REACH` characters of a word of
    dismissal after the figure in its sentence (:func:`~._denials.dismissal_spans`), folded,
    none of the figure's own credit: who may wave it away (empty: no one)."""
    if claim.kind != "quantity" or claim.source_id is None or not _reading_kind(claim):
        return frozenset()
    try:
        lang = get_language(claim.language)
    except (KeyError, ValueError):
        return frozenset()
    tail = claim.sentence[claim.end - claim.sentence_start :]
    folded = fold(tail)
    spans = dismissal_spans(tail, folded, lang.code)
    if not spans:
        return frozenset()
    own = _name_words(claim.attributed_to, lang)
    return frozenset(
        m.group()
        for m in _LETTERS.finditer(folded)
        if len(m.group()) >= _NAME_WORD
        and m.group() not in own
        and any(
            m.start() - _DISMISS_REACH <= d_end and d_start <= m.end() + _DISMISS_REACH
            for d_start, d_end in spans
        )
    )


def told_against(a: Claim, b: Claim) -> bool:
    """The article itself says, in words, that ``a`` and ``b`` are two readings of one
    quantity: a word of contrast sets one against the other (:func:`set_against`), or
    the later one's sentence waves it away by a word of the earlier one's source's name
    (:func:`_dismissed_rival`). A bare reading beside another figure says it by its place
    alone, and that is weaker ("В Оклахоме погибли 11 человек. В среду власти Канзаса
    сообщили о пятерых погибших": two states' counts)."""
    if a.article != b.article or a.id == b.id:
        return False
    if set_against(a, b):
        return True
    first, second = (a, b) if a.start <= b.start else (b, a)
    if first.unit != second.unit or first.source_id in (None, second.source_id):
        return False
    if _disputes_before(second) and _reading_kind(first):
        return True
    near = _dismissing_words(second)
    if not near:
        return False
    return bool(near & _name_words(first.attributed_to, get_language(second.language)))


def marked_each_other(a: Claim, b: Claim) -> bool:
    """``a`` and ``b`` are figures of one article that each record the other's stated
    bounds as a rival reading (``Claim.rival_readings``: :func:`mark_readings`, and the
    aligner's ``mark_contested``)."""
    return (
        a.article == b.article
        and bounds_key(b) in a.rival_readings
        and bounds_key(a) in b.rival_readings
    )


def _dismissed_rival(claims: Sequence[Claim], i: int) -> int | None:
    """The index of the figure whose body waves figure ``i`` away in ``i``'s own sentence,
    after it: that body's reading of the quantity ``i`` counts, else None.

    "The ministry said 310 patients had been moved. The doctors' union said more
    than 500, a figure the ministry dismissed as alarmist"; "… avance le chiffre
    d'environ 90 évadés, qu'un porte-parole des FSI a qualifié de « pure invention »":
    after the figure, its sentence holds a word of dismissal (``[denials]
    dismissals``, or a verb of denial, :func:`~._denials.dismissal_spans`) within
    :data:`_DISMISS_REACH` characters of a word of another source's name (one
    :func:`_name_words` gives and the figure's own credit does not hold). The body
    dismisses the figure because it gives its own: its nearest earlier figure of the
    same unit, among the figures of the :data:`_DISMISS_SENTENCES` sentences before
    (with figures) and the figure's own, is the rival reading, whatever days the two
    are dated to: the article sets them against each other by name. Not a word of
    dismissal that names no such body ("a figure the hospital directors dismissed"
    after the ministry's count: a third body's word), nor one a negation undoes ("a
    figure the ministry did not dismiss"), nor pairs :func:`readings` never takes
    (sums of money, increments, parts, vague figures).
    """
    claim = claims[i]
    near = _dismissing_words(claim)
    if not near:
        return None
    lang = get_language(claim.language)
    return _earlier_reading(
        claims, i, lambda other: bool(near & _name_words(other.attributed_to, lang))
    )


def _earlier_reading(claims: Sequence[Claim], i: int, named: Callable[[Claim], bool]) -> int | None:
    """The index of the nearest figure before ``claims[i]``, among the figures of the
    :data:`_DISMISS_SENTENCES` sentences with figures before its own and its own, of its
    unit, credited to another known source, that may be a reading (:func:`_reading_kind`)
    and that ``named`` takes; else None."""
    claim = claims[i]
    sentences, last = 0, claim.sentence_start
    for j in range(i - 1, -1, -1):
        other = claims[j]
        if other.sentence_start != last:
            sentences, last = sentences + 1, other.sentence_start
            if sentences > _DISMISS_SENTENCES:
                return None
        if (
            other.kind == "quantity"
            and other.unit == claim.unit
            and other.source_id is not None
            and other.source_id != claim.source_id
            and _reading_kind(other)
            and named(other)
        ):
            return j
    return None


def _disputes_before(claim: Claim) -> bool:
    """The figure's own credited source disputes another's before it in its sentence: a
    verb of denial (``[denials] verbs``, no negation) stands before the figure within
    :data:`_SOURCE_REACH` characters of the source's name ("Environmental group Apele Vii
    disputed the official count, saying at least 60 tonnes …")."""
    if claim.kind != "quantity" or claim.source_id is None or not _reading_kind(claim):
        return False
    at, end = claim.attribution_start, claim.attribution_end
    if at is None or end is None or not claim.sentence_start <= at < claim.start:
        return False
    try:
        lang = get_language(claim.language)
    except (KeyError, ValueError):
        return False
    before = claim.sentence[: claim.start - claim.sentence_start]
    return any(
        claim.sentence_start + d_end >= at - _SOURCE_REACH
        and claim.sentence_start + d_start <= end + _SOURCE_REACH
        for d_start, d_end in dispute_spans(before, fold(before), lang.code)
    )


def _disputing_rival(claims: Sequence[Claim], i: int) -> int | None:
    """The index of the figure that figure ``i``'s source disputes before giving its own:
    the nearest earlier figure of its unit by another source (:func:`_earlier_reading`),
    else None.

    "Crews have pulled 27 tonnes of dead fish …, the agency said. … Environmental
    group Apele Vii disputed the official count, saying at least 60 tonnes had been
    removed": a verb of denial by the figure's own source before it
    (:func:`_disputes_before`) sets the figure against the count it disputes, though
    another sentence stands between (a word of contrast reaches only the next
    sentence: :func:`set_against`). Not a negated verb ("did not dispute"), nor a verb
    far from the figure's source ("The agency's count, disputed by some, was revised;
    the union said 60"), nor an earlier figure of a source that shares a word of its
    name (:func:`_name_words`: "la agencia de medio ambiente" and "La agencia" are one
    body revising its count), nor pairs :func:`readings` never takes.
    """
    claim = claims[i]
    if not _disputes_before(claim):
        return None
    lang = get_language(claim.language)
    own = _name_words(claim.attributed_to, lang)
    # "the environment agency" and "the agency" name one body: its own count revised
    return _earlier_reading(
        claims, i, lambda other: not own & _name_words(other.attributed_to, lang)
    )


def _reading_kind(claim: Claim) -> bool:
    """A figure that may be a source's reading of a quantity (as :func:`readings` takes
    them): a unit that is no sum of money, no increment, no part, not vague."""
    if claim.unit is None or claim.increment or claim.part_of or claim.among:
        return False
    if claim.qualifier == "vague":
        return False
    c = concept(claim.unit)
    return c is not None and c.kind != "money"


def _follows_own(claims: Sequence[Claim], i: int) -> bool:
    """An earlier figure of the sentence has the same unit and source as figure ``i``: the
    source's own list ("confirmed only nine deaths, including two workers"), whose later
    items are parts or neighbours of its first, not a reading of another source's figure."""
    claim = claims[i]
    return any(
        other.sentence_start == claim.sentence_start
        and other.unit == claim.unit
        and other.source_id == claim.source_id
        for other in claims[max(0, i - _OWN_LIST) : i]
    )


# Marks that close a clause before another body's figure ("1 200 riverains ont été
# évacués ; la protection civile en compte environ 800"; "визнає 12 загиблих, а
# лікарі ... — 24"): a semicolon, or a comma or dash right before a clause opener.
_CLAUSE_MARKS = ";"
_OPENER_MARKS = ",;—–-"


def sentence_gap(a: Claim, b: Claim) -> tuple[Claim, Claim, str, LanguageData] | None:
    """Two figures of one sentence in text order, the words between them and their
    language; None for figures of two sentences, figures that touch or overlap, or a
    language the data does not hold."""
    if a.article != b.article or a.sentence_start != b.sentence_start:
        return None
    first, second = (a, b) if a.start <= b.start else (b, a)
    lo = first.end - first.sentence_start
    hi = second.start - second.sentence_start
    if hi <= lo:
        return None
    try:
        lang = get_language(first.language)
    except (KeyError, ValueError):
        return None
    return first, second, first.sentence[lo:hi], lang


def _other_body(first: Claim, second: Claim) -> tuple[int, int] | None:
    """Where, between two figures of one sentence, a clause of its own names a body of its
    own: the span of the body's words (with their determiners) in the article, else None.

    "Selon l'entreprise, 1 200 riverains ont été évacués ; la protection civile
    régionale en compte environ 800"; "Уряд Гвінеї визнає 12 загиблих, а лікарі
    столичної лікарні Донка — 24": after the first figure a clause opens (a
    semicolon, or a comma or dash before a word of ``[attribution]``
    ``clause_openers``, ``opening_after`` or ``rival_markers``) whose subject, its
    first words after the opener and any determiners, names a body (a known
    source's spelling, ``[attribution.sources]``, or a body of a known kind,
    ``[source_kinds]``: a ministry, a government, a hospital's doctors) that the
    figures' credited source does not name. The second figure is that body's
    reading (:func:`credit_other_bodies`). Not a clause whose first words name a
    place ("; in the hospital, 12 died"), nor a list that goes on in one voice
    ("1,452 in Al Haouz; 764 in Taroudant": no body opens the clause), nor a clause
    whose body is the credited source itself ("…, según el balance del Ministerio
    del Interior, lo que supone 45 fallecidos más").
    """
    between = sentence_gap(first, second)
    if between is None:
        return None
    first, second, gap, lang = between
    lo = first.end - first.sentence_start
    folded = fold(gap)
    words = source_words(lang)
    opens = [i + 1 for i, ch in enumerate(gap) if ch in _CLAUSE_MARKS]
    for found in (lang.clause_openers, words.opening_after, words.rivals):
        for m in found.find(gap, folded):
            if gap[: m.start].rstrip()[-1:] in tuple(_OPENER_MARKS):
                opens.append(m.end)
    if not opens:
        return None
    start = max(opens)
    rest, rest_folded = gap[start:], folded[start:]
    credited = fold(first.attributed_to or "") + " " + fold(second.attributed_to or "")
    bodies = [*words.sources.find(rest, rest_folded), *_source_kind_words(lang.code).find(rest)]
    for m in sorted(bodies, key=lambda m: (m.start, -m.end)):
        lead = rest_folded[: m.start]
        if (
            m.label != "former"
            and rest_folded[m.start : m.end].strip() not in credited
            and all(w in lang.determiners for w in lead.split())
        ):
            at = first.sentence_start + lo + start + len(lead) - len(lead.lstrip())
            return at, first.sentence_start + lo + start + m.end
    return None


def credit_other_bodies(claims: Sequence[Claim]) -> list[Claim]:
    """Credit a figure to the body whose clause gives it, when the attribution credited it
    to the source of an earlier figure of its sentence (:func:`_other_body`).

    "Selon l'entreprise, 1 200 riverains ont été évacués ; la protection civile
    régionale en compte environ 800": the 800 is the civil protection's reading,
    not the company's; credited to the company, the judge would read the two as
    one source's running count. The credit is the body's words as written ("la
    protection civile"), its key from them (``source_id``). Only a figure whose
    credit equals that of an earlier figure of its sentence, the nearest such
    figure before it: a figure the attribution already credits to another source
    keeps its credit.
    """
    out = list(claims)
    for i, claim in enumerate(out):
        if claim.kind != "quantity" or claim.attributed_to is None:
            continue
        for j in range(i - 1, -1, -1):
            other = out[j]
            if other.sentence_start != claim.sentence_start:
                break
            if other.kind != "quantity" or (other.attributed_to, other.source_id) != (
                claim.attributed_to,
                claim.source_id,
            ):
                continue
            where = _other_body(other, claim)
            if where is not None:
                at, end = where
                name = claim.sentence[at - claim.sentence_start : end - claim.sentence_start]
                lang = get_language(claim.language)
                out[i] = attrs.evolve(
                    claim,
                    attributed_to=name,
                    attribution_cue=None,
                    attribution_start=at,
                    attribution_end=end,
                    attribution_chain=(name,),
                    source_id=source_id(name, lang),
                    self_cited=False,
                )
            break
    return out
