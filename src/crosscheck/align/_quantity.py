"""Quantity claims: when two figures are the same quantity.

Two figures are compared only when their frames are compatible:

* the same unit concept (block), increment vs total (block: "another 6,000"
  is never set against a total), per-period rate vs cumulative (block);
* not two different events ("sent" vs "arrived"; not two ends of one
  movement, "fled" to a country and "arrived" there: ``[movements]``; not asked of a unit
  concept with a status, whose unit already says what happened: "killed
  1,200 and injured 2,400" gives both figures both verbs) or subjects
  ("North Korean troops" vs "Russian troops"; "civilians" vs "soldiers"; a
  side and a group, "Russian" and "civilians", do not exclude each other);
* places: the same place or one unstated; a place inside the other (a
  city's toll within the country's) is *part of*, never a conflict, and is
  refused with ``place_part_of``;
* statuses: planned or projected figures only with planned or projected
  ones; estimated vs confirmed are two different figures;
* time: a figure whose as-of time lies more than :data:`BACKGROUND_DAYS`
  before its article's publication is background (a past disaster's toll),
  never compared with current figures, and compared with another background
  figure only when their as-of times share a day (the 1960 quake's toll
  with the 1960 quake's, never with the 2004 one's: ``different_time``);
* a ``fixed`` unit concept (``concepts.toml``: one value per event, an
  earthquake's magnitude) holds at every place and time: place and time
  frames are not asked of it (a magnitude "in Al Haouz" and one "near
  Marrakech" are the one shock's);
* an aftershock's figure (scope ``aftershock``: a magnitude whose nearest
  shock noun names an aftershock, "a 4.9 aftershock", "la plus forte des
  répliques") is another event's than the main shock's (block:
  ``aftershock_vs_main_shock``);
* an attribute figure (a unit concept of kind time, ratio, money or measure,
  not ``fixed``: "20 km", "3 hours", "40 %", "€10 million"; or a plain head
  count with no status, not combatants: "2.8 million people") is the same
  quantity as another only with evidence in its frame or words (same event,
  same subject, near-identical wording, the same stated value: "80 years"
  in two articles, or an article setting one's value against the other's as
  two sources' readings: ``Claim.rival_readings``, "put turnout at 1.1
  million, while the CGT claimed more than 3 million"; or two articles'
  only values of a headline unit, each as of a day: :func:`_sole_pair`, "rund
  300 Tonnen Öl" and "almeno 1.500 tonnellate"; or two rates of one
  period, a story's flow: "2,300 people arriving every day" and "unas
  1.500 personas al día"; or a name beside both, :func:`shared_name`:
  "the Tasaul reservoir was down to 21%"); a story holds many
  distances, durations and shares, so the unit alone is refused with
  ``no_evidence``.

Within a block every compatible pair gets an edge, weighted by the evidence
that it is the same quantity (same event, subject, place, shared entities,
similar wording); the groups the judge reads are cliques of that graph, and
:func:`affinity` chooses among the cliques a claim fits.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator, Sequence
from typing import Literal

import attrs
from rapidfuzz import fuzz

from .._codes import EdgeReason, RefusalReason
from .._fold import fold
from ..claims import Claim
from ..claims._build import AFTERSHOCK, CONVERTS
from ..claims._frames import PlaceRelation, place_relation
from ..claims._hours import earlier, moment
from ..claims._model import ISO_DAY
from ..claims._names import name_stem
from ..claims._rivals import (
    ADJACENT_SENTENCES,
    bounds_key,
    clause_head,
    close_sentences,
    marked_each_other,
    sentence_gap,
    told_against,
)
from ..extract._context import PERIOD_SCOPES, source_words
from ..extract._dates import CLOCK_TIME
from ..lang._data import (
    CONVERSION_SLACK,
    LanguageData,
    available_languages,
    base_unit,
    concept,
    get_language,
    may_fall,
    moment_event,
    one_movement,
    plain_head_count,
)
from ..lang._places import COMPASS_SEP, frame_words, name_key, place_data
from ._model import Edge, Refusal
from ._rules import article_pairs, day, days_covered, edge, refuse, window

# Statuses that describe a figure not (yet) real: compared only among themselves.
FUTURE_STATUSES = frozenset({"planned", "projected", "forecast"})

# Two statuses that name different figures of one thing.
EXCLUSIVE_STATUSES = (frozenset({"estimated", "confirmed"}),)

# A figure's as-of time this many days before its article's publication
# makes it background history (the 1927 flood's toll in a 2023 article).
BACKGROUND_DAYS = 366

# Unit concept kinds whose figures are attributes of many things in one story
# (distances, durations, shares, sums): the unit alone is no evidence.
ATTRIBUTE_KINDS = frozenset({"time", "ratio", "money", "measure"})

# Context-word similarity (rapidfuzz token-set ratio, 0-100) that counts as
# "similar wording" (an edge reason).
SIMILAR_WORDING_MIN = 60

# The similarity that alone shows two attribute figures are one quantity:
# near-identical words around them ("a depth of 10 km" twice), not a few
# shared function words ("the", "said") that lift short windows past 60.
# Read with the token-sort ratio, which (unlike the token-set ratio) counts
# the words one window has and the other lacks.
ATTRIBUTE_WORDING_MIN = 80


@functools.lru_cache(maxsize=256)
def fixed(unit: str | None) -> bool:
    """The unit concept has one value per event, at every time and place (a magnitude)."""
    c = concept(unit)
    return c is not None and c.fixed


def _same_value(a: Claim, b: Claim) -> bool:
    """The two figures' stated values share a point (open ends open), in one unit."""
    inf = float("inf")
    fa, fb = base_unit(a.unit)[1], base_unit(b.unit)[1]
    # a value converted into another unit was rounded on the way ("120 mph", "193 km/h")
    slack = CONVERSION_SLACK if a.unit != b.unit else 0.0
    a_low = float(a.low) * fa * (1 - slack) if a.low is not None else -inf
    a_high = float(a.high) * fa * (1 + slack) if a.high is not None else inf
    b_low = float(b.low) * fb if b.low is not None else -inf
    b_high = float(b.high) * fb if b.high is not None else inf
    vague = (a.low is None and a.high is None) or (b.low is None and b.high is None)
    return a_low <= b_high and b_low <= a_high and not vague


@functools.lru_cache(maxsize=256)
def _attribute(unit: str | None) -> bool:
    """Figures of this unit are many things' in one story: the unit alone is no evidence.

    Attribute kinds (distances, durations, shares, sums), concepts marked
    ``attribute`` (a utility's customers: all it serves, or those cut off), and plain head
    counts that say nothing of what happened to the people counted
    ("2.8 million people": a population, the affected, the beneficiaries),
    unless they count combatants (troops: the story's one force), another
    force sent to the event (police: concepts.toml ``force``) or the crowd
    of the event (protesters, voters: :func:`~crosscheck.lang._data.is_crowd`).
    """
    c = concept(unit)
    if c is None or c.fixed:
        return False
    return c.attribute or c.kind in ATTRIBUTE_KINDS or plain_head_count(unit)


def shared_name(a: Claim, b: Claim) -> str | None:
    """A name beside both figures (``Claim.names``, :mod:`~..claims._names`), as ``a``
    writes it; None when they share none.

    "lacul de acumulare Tașaul mai are doar 23% din capacitate" and "The Tasaul reservoir
    was down to 21% of its capacity" name the thing whose share both give; the unit alone
    (a percent) is no evidence (:func:`_attribute`), the name is. Two names match when
    the words of one are all words of the other, each read by its stem
    (:func:`~..claims._names.name_stem`: "Tașaul", "Tasaul"; "Stausee Mirovan" holds
    "Mirovan"); "Partido Verde" and "Partido Azul" are two names. In a language
    whose capitals say nothing of names (``capitalised_names`` false: German capitalises
    every noun, "Stausee") a capitalised word counts only when the other figure's
    language capitalises names alone and capitalises it too.
    """
    if not a.names or not b.names:
        return None
    languages = available_languages()
    if not any(
        code in languages and get_language(code).capitalised_names
        for code in (a.language, b.language)
    ):
        return None
    others = [_stems(name) for name in b.names]
    for name in a.names:
        mine = _stems(name)
        if any(mine <= other or other <= mine for other in others):
            return name
    return None


def _stems(name: str) -> frozenset[str]:
    """A name's words, each by its stem."""
    return frozenset(name_stem(word) for word in name.split())


# How far (characters) a share's phrase may stand from its figure ("Turnout in Sunday's
# mayoral runoff in Chisinau was 46.9 percent" is 51 apart).
SHARE_REACH = 64


# Shares every party or candidate holds one of ("52.6 percent of the vote", "47.4
# percent of the vote" for the runner-up): the key tells such a share from a turnout,
# never that two of them are one quantity (whose share it is, the phrase does not say).
SHARES_OF_MANY = frozenset({"vote_share"})


def one_share(a: Claim, b: Claim) -> str | None:
    """The ``[shares]`` key two figures share as one quantity (turnout twice), or None:
    never a key of :data:`SHARES_OF_MANY` (two parties' vote shares are two), nor for
    figures that name two places ("turnout in Chisinau" and "prezența la Bălți": two
    elections' turnouts)."""
    if a.place_id and b.place_id and a.place_id != b.place_id:
        return None
    key = share(a)
    return key if key is not None and key not in SHARES_OF_MANY and key == share(b) else None


def share(claim: Claim) -> str | None:
    """What a share is of: the ``[shares]`` key of the phrase nearest the figure in its
    sentence (``lang`` files: "turnout", "явка", "of the vote", "des voix"), at most
    :data:`SHARE_REACH` characters away with no other figure between; None for a figure
    that is no share (not of a ratio unit) or names none.

    "With 98 percent of ballots counted, Rusu had 52.3 percent of the vote": the 52.3 is
    of the vote, the 98 of nothing named (the 52.3 stands between it and the phrase).
    """
    return _named_beside(claim, "ratio", "shares")


def _named_beside(claim: Claim, kind: str, table: Literal["shares", "sums"]) -> str | None:
    """The key of the ``table`` phrase nearest a figure of unit kind ``kind`` (what it is
    of, what it is), as :func:`share` reads it; None for another kind or no phrase."""
    c = concept(claim.unit)
    if c is None or c.kind != kind or claim.language not in available_languages():
        return None
    return _phrase_near(
        claim.sentence,
        claim.start - claim.sentence_start,
        claim.end - claim.sentence_start,
        claim.language,
        table,
    )


@functools.lru_cache(maxsize=16384)
def _phrase_near(
    sentence: str, at: int, end: int, language: str, table: Literal["shares", "sums"]
) -> str | None:
    best: tuple[int, str] | None = None
    data = get_language(language)
    phrases = data.shares if table == "shares" else data.sums
    for m in phrases.find(sentence):
        if m.end <= at:
            between, distance = sentence[m.end : at], at - m.end
        elif m.start >= end:
            between, distance = sentence[end : m.start], m.start - end
        else:
            continue
        if distance > SHARE_REACH or any(ch.isdigit() for ch in CLOCK_TIME.sub("", between)):
            continue  # another figure between; an hour is none ("Turnout by 14:00 was …")
        if best is None or distance < best[0]:
            best = (distance, m.label)
    return None if best is None else best[1]


# Sums of which a story has one, whoever tells it and whenever: the damage a fraud, a
# storm or a fire did. A story holds many fines, aids and allocations; their keys
# (``[sums]``) only keep a damage word beside one of them from naming it the damage.
SUMS_OF_ONE = frozenset({"damage"})

# The coarsest as-of time a sum of one damage may hold at: a month ("May 2025").
# A year's sum ("last year's losses") is another year's, or the year's whole.
SUM_TIME_MIN = len("2025-05")


def sum_of(claim: Claim) -> str | None:
    """What a sum of money is (the ``[sums]`` key of the phrase nearest it, read as
    :func:`share` reads a share's: "the damage", "la multa", "paguba"), or None."""
    return _named_beside(claim, "money", "sums")


def one_sum(a: Claim, b: Claim) -> str | None:
    """The :data:`SUMS_OF_ONE` key two sums share as one quantity (the story's damage,
    told twice), or None.

    "prejudiciul este estimat la circa 28 de milioane de euro" (the prosecutors) and
    "estimează însă paguba la 19 milioane de euro" (the paying agency): two readings of
    one damage; "cifra en 31 millones de euros el perjuicio" a week later: its update.
    Not two places' sums, not a year's sum (:data:`SUM_TIME_MIN`), and within one article
    only two named sources' readings: one source that gives two sums of the damage in
    one article gives two things (the damage and a share of it, two periods' losses).
    """
    if a.place_id and b.place_id and a.place_id != b.place_id:
        return None
    key = sum_of(a)
    if key is None or key not in SUMS_OF_ONE or key != sum_of(b):
        return None
    if a.article == b.article and (
        a.source_id is None or b.source_id is None or a.source_id == b.source_id
    ):
        return None
    day_a, day_b = as_of(a), as_of(b)
    if not day_a or not day_b or min(len(day_a), len(day_b)) < SUM_TIME_MIN:
        return None
    return key


def of_one_moment(claim: Claim) -> bool:
    """A plain head count of one moment of the event: its clause tells an event of
    ``[moment_events]`` (``concepts.toml``: "212 people were on board", "abducted 287
    pupils").

    Such a count has one value per event whenever it is reported, so the judge reads
    its figures in one window (never a running count), as it reads a magnitude's; a
    count whose unit says what happened to the people (killed, rescued) is not one.
    """
    if not moment_event(claim.event):
        return False
    c = concept(claim.unit)
    return c is not None and c.kind == "person" and not c.status


@functools.lru_cache(maxsize=256)
def _status_unit(unit: str | None) -> bool:
    """The unit concept itself says what happened to the people counted (killed, missing).

    Such a figure's unit is what it counts; the event its clause names is
    often another figure's ("killed 2,012 and injured 2,059" gives both
    figures both verbs), so two such figures are not set apart by events.
    """
    c = concept(unit)
    return c is not None and bool(c.status)


def _one_plan(a: Claim, b: Claim) -> bool:
    """Two planned figures, one of whose events is the plan itself: one plan told two ways.

    "soll 4800 Soldaten stationieren" (event ``planned``) and "prévoit de
    déployer 5 000 soldats" (event ``sent``, status planned) both give the
    plan's size; a planned figure and a sent one stay apart (:func:`status`).
    """
    return (
        PLANNED_EVENT in (a.event, b.event)
        and status(a) in FUTURE_STATUSES
        and status(b) in FUTURE_STATUSES
    )


# The [predicates] event of a figure whose verb is a plan ("plans", "soll").
PLANNED_EVENT = "planned"


def status(claim: Claim) -> str | None:
    """The claim's status, with a planned scope marker read as status ``planned``."""
    if claim.status:
        return claim.status
    return "planned" if "planned" in claim.scope else None


def as_of(claim: Claim) -> str | None:
    """The day (or month, year) the figure holds at: stated, else the publication date."""
    return claim.as_of or claim.published


def _part_vs_whole_place(a: Claim, b: Claim) -> bool:
    """One figure's place holds part of the whole ("most victims were in X"), the other names
    no place.

    A figure that names no place stands for the whole the story is about;
    one whose text calls its place a part of it ("most of the victims were
    in X: there 1,300 died") counts less than that whole, never a rival.
    """
    return (a.place_part and b.place_id is None and not b.place) or (
        b.place_part and a.place_id is None and not a.place
    )


def _subjects_differ(a: str | None, b: str | None) -> bool:
    """Two subjects name different people: two sides, or two groups.

    A subject is either a side (a country or place key: whose troops, whose
    losses) or a group (civilians, children, soldiers). "Civilians" and
    "Russia" answer different questions (Russian civilians are both), so
    only two sides or two groups can differ. A group against no subject
    differs too: the figure of a group (four children) counts part of the
    figure of everyone (13 dead); but not the groups of :data:`WHOLE_GROUPS`,
    which a figure naming no one often counts whole (a UN count of the dead
    in a war is a count of civilians; a migrant boat's missing are migrants).
    """
    if a == b:
        return False
    places = place_data().places
    if not a or not b:
        # "13 dead, including four children": a group's figure is part of everyone's
        group = a or b
        return group not in places and group not in WHOLE_GROUPS
    return (a in places) == (b in places)


def _group_read_against(a: Claim, b: Claim) -> bool:
    """One figure names a group (children), the other no one, and one article sets them
    against each other as two sources' readings of one count (:func:`_reads_against`).

    "El hospital atendió a 104 niños con síntomas de intoxicación ... El Departament de
    Salut cifra los afectados en 87": the article reads the department's 87 as its count
    of the children the hospital counts, not of everyone; a group named beside no one
    elsewhere ("four children" and "13 dead") stays a part.
    """
    return (not a.subject or not b.subject) and _reads_against(a, b)


def _parts_of_two_groups(a: Claim, b: Claim) -> bool:
    """Two parts of wholes whose subjects differ, one of them perhaps naming none: two
    shares of a whole.

    "15 injured, among them two Ukrainian citizens" and "Of the injured, two were
    taken to the burns unit": a side that names no one may be any side's for a whole,
    but a part is picked out of its whole by what its sentence says, and a part that
    names a side (or group) and one that names none (or another) pick out different
    people.
    """
    return _is_part(a) and _is_part(b) and a.subject != b.subject


def _is_part(claim: Claim) -> bool:
    """The figure counts part of a whole: one its article gives (``part_of``), or a
    group its text picks it out of (``among``: "two Romanians among the victims")."""
    return bool(claim.part_of or claim.among)


def _side_part(claim: Claim) -> bool:
    """A part its text picks out by a side (a country or place key as its subject): "12
    Ukrainian citizens among the dead" counts Ukraine's dead, which another article gives
    whole ("14 Ukrainians were killed"). Blocked with the wholes, and compared with a
    whole of that side only (:func:`_part_vs_whole`)."""
    return _is_part(claim) and bool(claim.subject) and claim.subject in place_data().places


def _part_vs_whole(a: Claim, b: Claim) -> bool:
    """One figure counts part of a whole and the other does not, unless the part is a
    side's (:func:`_side_part`) and the whole, told by another article, names that side
    too. Within one article the whole a side's part is picked out of often takes the
    side from the part's own words ("trei români printre cei 19 răniți": the 19 are
    everyone injured), so it stays a whole."""
    if _is_part(a) == _is_part(b):
        return False
    part, whole = (a, b) if _is_part(a) else (b, a)
    return not (
        _side_part(part) and whole.subject == part.subject and whole.article != part.article
    )


# Groups ([frames.subjects] keys) that a figure naming no subject may count whole: a
# war's civilians, a migrant boat's migrants (its missing are all migrants).
WHOLE_GROUPS = frozenset({"civilians", "migrants"})


def _one_statement(a: Claim, b: Claim) -> bool:
    """Two figures of one sentence credited to one source: parts of one statement.

    A source does not contradict itself within a sentence; two figures of
    one unit there share it out ("1,700 died in one district, 500 in the
    other"; "12 in Derna and 3 in Bayda") or list what one count is made of,
    in ways the frames may not tell apart. Figures of one sentence credited
    to two sources ("Kyiv says 3,000; Moscow says 300") stay comparable.
    """
    return (
        a.article == b.article
        and a.sentence_start == b.sentence_start
        and (a.source_id, a.attributed_to, a.speaker) == (b.source_id, b.attributed_to, b.speaker)
        and not _earlier_reading(a, b)
    )


def _said_again(words_between: str, lang: LanguageData) -> bool:
    """Whether the words between two figures of one sentence hold a verb of saying
    (``[attribution] verbs``) after a comma: the source is told to have said the second
    figure too ("30 were hurt, after it had spoken of 15 in the morning", "بعد أن كانت قد
    تحدثت صباحا عن 15")."""
    comma = max(words_between.rfind(","), words_between.rfind("،"))
    if comma < 0:
        return False
    tail = words_between[comma + 1 :]
    return any(m.label == "verb" for m in lang.attribution_verbs.find(tail))


def _earlier_reading(a: Claim, b: Claim) -> bool:
    """The later of two figures of one sentence is a reading of an earlier day that a
    baseline word (``[frames] baseline``) or a word of correction (``[toll_nouns]
    contrasts``: "and not", "y no", "et non"), a determiner perhaps after it, right before
    it sets the first against: lower than the first ("Seventeen people were injured, it
    said, up from 14 reported on Tuesday", "18.900 casos, contra 12.400 uma semana
    antes"), or higher for a count that may fall (:func:`_told_fall`: "Nine runners were
    still in hospital on Monday, down from 22 on Sunday", "son 55.000 refugiados, y no
    los 61.000 anunciados el jueves"). The article tells how the source's count moved,
    its count then and now: two stages of one quantity, as the judge reads such a told
    rise or fall (``judge._time._tells_rise``), not parts of one statement; a toll told
    lower ("nine dead, and not the 12 announced on Sunday") stays one statement. So is
    a reading of an earlier hour of the same day, the count risen or
    fallen ("About 1.6 million customers remained without power by 6 p.m., down from
    4.2 million in the morning": :func:`crosscheck.claims._hours.moment`), which the
    judge reads as one source's course through the day (``judge._clock``). Not figures
    of two days with no such word ("12 died on Monday, five on Tuesday"), nor two of one
    day with no hour ordered ("12 died in the morning, down from 14 first reported"):
    they stay one statement.
    """
    if a.unit != b.unit:
        return False
    between = sentence_gap(a, b)
    if between is None:
        return False
    first, second, words_between, lang = between
    then, now = as_of(second), as_of(first)
    if then is None or now is None:
        return False
    if then[:10] == now[:10]:
        hour_then, hour_now = moment(second), moment(first)
        if hour_then is None or hour_now is None or earlier(hour_then, hour_now) is not True:
            return False  # one day: an earlier hour of it, whichever way the count moved
        if _said_again(words_between, lang):
            return True
    else:
        rose = second.high is not None and first.low is not None and second.high < first.low
        if not then[:10] < now[:10] or not (rose or _told_fall(first, second)):
            return False
    gap = fold(words_between).rstrip()
    words = gap.split()
    if words and words[-1] in lang.determiners:
        gap = gap[: len(gap) - len(words[-1])].rstrip()  # "up from the 14"
    return any(
        m is not None and m.end == len(gap) and (m.start == 0 or not gap[m.start - 1].isalnum())
        for m in (
            frame_words(lang.code).baseline.match_before(gap, len(gap), window=32),
            lang.toll_contrasts.match_before(gap, len(gap), window=32),
        )
    )


def _told_fall(now: Claim, then: Claim) -> bool:
    """``now`` lies wholly below ``then`` (an earlier day's reading), and the count may
    fall (:func:`~crosscheck.lang._data.may_fall`: those in hospital, the displaced)."""
    return (
        may_fall(now.unit) and now.high is not None and then.low is not None and now.high < then.low
    )


def _whole_and_part(a: Claim, b: Claim) -> bool:
    """One article gives, as of one time and in one voice, a figure naming no place and
    another naming a place, with values apart: a whole and its part.

    The writer named the place of one and not of the other ("63 dead ...
    almost all in the Valencia region, which counts 62"): the unplaced
    figure is the whole the article is about, the placed one a part of it,
    whatever words say so. Figures credited to two sources may be rivals,
    and the same value twice is one figure told twice: neither is this.
    """
    if a.article != b.article or as_of(a) is None or as_of(a) != as_of(b):
        return False
    if (a.place_id is None and not a.place) == (b.place_id is None and not b.place):
        return False
    if "vague" in (a.qualifier, b.qualifier) or _same_value(a, b):
        return False
    return (a.source_id, a.attributed_to, a.speaker) == (b.source_id, b.attributed_to, b.speaker)


def _rival_readings(a: Claim, b: Claim) -> bool:
    """One sentence sets two sources' figures of one unit side by side, one of them
    naming no place: two readings of one quantity.

    "Unas 42.000 personas se manifestaron en París según la Prefectura,
    mientras que el sindicato CGT elevó la cifra a 250.000": the second
    figure names no place because the sentence already did; it is the
    union's count of the same crowd, not a figure of wherever else.
    """
    return (
        a.article == b.article
        and a.sentence_start == b.sentence_start
        and a.source_id is not None
        and b.source_id is not None
        and a.source_id != b.source_id
        and (a.place_id is None) != (b.place_id is None)
    )


def _sole_pair(a: Claim, b: Claim) -> bool:
    """Two articles' only values of one unit, each as of a day: the story's one quantity
    of that unit, told by two outlets (``Claim.sole``, claims._sole).

    "The wildfire has scorched 3,200 hectares" and "las llamas han arrasado
    ya 4.100 hectáreas" share no word, yet each article gives that one value
    of the unit on its day: of one day, two readings of it; of two days, the
    quantity at two times (the judge reads an update: "unos 180.000 pasajeros"
    after a strike's first day, "some 390,000 passengers" after its second).
    Both days must be stated to the day (a year's or a month's figure covers
    many of the story's figures); an article that gives two values of the
    unit (the fire's area and the year's) marks neither, for the aligner
    cannot tell which is which.

    Of any unit, two days' only values credited to one named source (one
    ``Claim.source_id``: under its names in two languages, or its name and its
    acronym) are that source's running count at two times: "12.000 de deponenți"
    on Monday and "31 тисяча вкладників" on Friday, each on the deposit fund's word. So
    are two days' figures each of which is only its source's value of the unit, where
    its article sets it against other sources' readings (``Claim.source_sole``): the
    operator's 46 containers lost beside the coastguard's "about 50" on Tuesday, and
    its 62 beside "at least 70" on Wednesday; not sums of money (the finance ministry's
    damage one day, the aid it released the next).
    """
    if a.article == b.article:
        return False
    if a.sole and b.sole:
        if not _told_once(a.unit) and not _one_source_two_days(a, b):
            return False
    elif not (
        (a.sole or a.source_sole)
        and (b.sole or b.source_sole)
        and _one_source_two_days(a, b)
        and not _money(a.unit)
    ):
        return False
    return _both_as_of_a_day(a, b)


def _both_as_of_a_day(a: Claim, b: Claim) -> bool:
    """Whether both figures hold as of a day (an ISO date, not a month or a year)."""
    day_a, day_b = as_of(a), as_of(b)
    return (
        day_a is not None
        and day_b is not None
        and len(day_a) == len(ISO_DAY)
        and len(day_b) == len(ISO_DAY)
    )


def _placed_pair(a: Claim, b: Claim, place: PlaceRelation) -> bool:
    """Two articles' figures of a headline unit (:func:`_told_once`) at one place both
    name, each as of a day: that place's share of the story's one quantity of the unit.

    "5 آلاف هكتار في إقليم تارودانت" on Monday and "In Taroudant province alone, 7,000
    hectares are infested" on Wednesday: each article gives the country's area too (so
    neither figure is its article's only value, :func:`_sole_pair`), and their words
    share nothing, but the place they both name says whose area it is. Not within one
    article, which names two figures of one place apart itself ("8,1 tony" seized and
    the port's "44 tony" since January), nor a month's or a year's figure, which covers
    many of the story's figures.
    """
    if a.article == b.article or place is not PlaceRelation.SAME or not _told_once(counted(a)):
        return False
    return _both_as_of_a_day(a, b)


@functools.lru_cache(maxsize=256)
def _money(unit: str | None) -> bool:
    """A sum of money: one source gives many sums of a story (the damage, the aid it
    released), one in each article perhaps, so their credit says nothing of which."""
    c = concept(str(base_unit(unit)[0]))
    return c is not None and c.kind == "money"


def _one_source_two_days(a: Claim, b: Claim) -> bool:
    """Two figures credited to one known source (``Claim.source_id``), as of two days."""
    return a.source_id is not None and a.source_id == b.source_id and as_of(a) != as_of(b)


@functools.lru_cache(maxsize=256)
def _told_once(unit: str | None) -> bool:
    """A story has one quantity of this unit concept, told by every article that tells it
    (``concepts.toml`` ``headline``: hectares burnt, tonnes spilled, a ship's passengers).

    Not a sum of money or a plain head count: one story gives the damage and
    the aid, those evacuated and those at a vigil, each perhaps the only figure
    of its unit in its article, and nothing but their words tells them apart.
    """
    c = concept(str(base_unit(unit)[0]))
    return c is not None and c.headline


def _reads_against(a: Claim, b: Claim) -> bool:
    """An article sets ``b``'s value against ``a`` (or ``a``'s against ``b``) as another
    source's reading of one quantity (``Claim.rival_readings``, claims._rivals).

    In one article ("The interior ministry put turnout at 1.1 million, while
    the CGT union claimed more than 3 million") the two figures are that
    quantity's two readings; in two, the CGT's "mehr als drei Millionen" is
    the rival of the ministry's "1.1 million" wherever it is told. The value
    must be the one the article set against: the same stated bounds.
    """
    return _is_rival_of(a, b) or _is_rival_of(b, a)


def _is_rival_of(a: Claim, b: Claim) -> bool:
    """``b`` states the bounds of one of the figures ``a``'s article set against ``a``."""
    if not a.rival_readings or (b.low is None and b.high is None):
        return False
    fa, fb = base_unit(a.unit)[1], base_unit(b.unit)[1]

    def same(end: str, other: float | None) -> bool:
        if not end or other is None:
            return not end and other is None
        return math.isclose(float(end) * fa, float(other) * fb)

    return any(
        same(low, b.low) and same(high, b.high)
        for low, _, high in (key.partition(":") for key in a.rival_readings)
    )


def _contested(a: Claim, b: Claim) -> bool:
    """One article sets a second source's figure of one unit against a first source's, as of
    one day, in words: a rival reading of one quantity, whatever its unit concept.

    "Les douaniers ont saisi 7,2 tonnes, a annoncé le parquet. Selon un quotidien,
    les enquêteurs parlent cependant de plus de 10 tonnes"; "The prosecutor put
    the street value at 540 million euros. The police union said the real figure
    was well over a billion euros": the two figures stand in one sentence or in two
    that follow each other (:data:`ADJACENT_SENTENCES`), each credited to its own
    known source, and the second is tied to the first either by a word of contrast
    between them (``[attribution] rival_markers``: "cependant", "dagegen", "however")
    or by a count noun its source's clause names right before it (``[toll_nouns]``:
    "the real figure was", "eleva la cifra a"), or by a verb of estimating whose object
    pronoun stands for the quantity told before (``[toll_nouns] put_at``: "culture minister
    Helena Sarmento put it at about 25 million", "un expert l'estime à plus de 60 millions",
    "De veterinaire dienst houdt het op 2,6 miljoen dieren"). The claims module marks such pairs
    only for some units and clauses (``Claim.rival_readings``); this is the aligner's
    own, wider reading of the article's words. Not when the second figure names a
    place the first does not ("In Cordoba, however, 46 degrees"), nor as of another
    day ("on Monday 12 ... on Tuesday, however, 31"), nor a vague figure; nor, as for
    claims._rivals._contrasted_reading, a second figure that names an event of its own
    ("Le ministère a cependant sauvé 1 200 hectares"), one whose source is named only
    after it ("Der Nationalpark umfasst jedoch 10.000 Hektar, sagte der Parkdirektor":
    the clause before the credit says what it counts), or a plain head count, whose
    clause so often says what the people counted are ("El Programa Mundial de
    Alimentos, en cambio, calcula que 884.000 personas necesitan ayuda alimentaria"),
    unless both name one specific group (:func:`_head_counts_apart`: "uns 47.000
    veïns … xifra en canvi en uns 40.000 els veïns afectats") and the second's clause
    says nothing more of its people (:func:`_says_more`: "The water company, however,
    says about 12,000 residents are without drinking water" counts some of them).
    """
    if a.article != b.article or a.language != b.language or a.id == b.id:
        return False
    if as_of(a) is None or as_of(a) != as_of(b):
        return False
    if a.source_id is None or b.source_id is None or a.source_id == b.source_id:
        return False
    if "vague" in (a.qualifier, b.qualifier):
        return False
    first, second = (a, b) if a.start <= b.start else (b, a)
    if second.place_id is not None and second.place_id != first.place_id:
        return False
    if second.event is not None and second.event != first.event:
        return False  # "Le ministère a cependant sauvé 1 200 hectares": a deed of its own
    at = second.attribution_start
    if at is None or not second.sentence_start <= at < second.start:
        return False  # "Der Nationalpark umfasst jedoch 10.000 Hektar, sagte der Parkdirektor"
    if _head_counts_apart(counted(first), counted(second)):
        return False  # "…, en cambio, calcula que 884.000 personas necesitan ayuda"
    if plain_head_count(counted(second)) and _says_more(second):
        return False  # "…, however, says about 12,000 residents are without drinking water"
    if not close_sentences(first, second):
        return False
    if first.sentence_start == second.sentence_start:
        lo = first.end - first.sentence_start
        between = second.sentence[lo : second.start - second.sentence_start]
    else:
        between = (
            first.sentence[first.end - first.sentence_start :]
            + " "
            + second.sentence[: second.start - second.sentence_start]
        )
    try:
        lang = get_language(second.language)
    except (KeyError, ValueError):
        return False
    folded = fold(between)
    if source_words(lang).rivals.find(between, folded):
        return True
    at = second.attribution_end
    if at is None or not second.sentence_start <= at <= second.start:
        return False
    clause = second.sentence[at - second.sentence_start : second.start - second.sentence_start]
    folded_clause = fold(clause)
    # "the real figure was", "eleva la cifra a"; or a pronoun for the quantity told
    # before: "put it at", "l'estime à", "houdt het op"
    return bool(
        lang.toll_nouns.find(clause, folded_clause) or lang.put_at.find(clause, folded_clause)
    )


def _head_counts_apart(first: str | None, second: str | None) -> bool:
    """Two head counts whose nouns do not say they count one group of people.

    A plain head count's words rather than its unit say what it counts
    (:func:`~crosscheck.lang._data.plain_head_count`): "884.000 personas necesitan
    ayuda" after "250.000 personas afectadas" counts others. Two figures that both
    name one specific group ("uns 47.000 veïns", then "uns 40.000 els veïns"; not the
    generic "people", ``concepts.toml`` ``generic``) count the same people, so a
    second source's figure of them is a rival reading like any other unit's.
    """
    if not (plain_head_count(first) or plain_head_count(second)):
        return False
    c = concept(first)
    return first != second or c is None or c.generic


# The most words that may follow a group's head count in its clause and still leave the
# clause the count's own: a participle of the count ("els veïns afectats"), no predicate.
_HEAD_COUNT_TAIL = 1
# A mark that ends a clause (not a separator inside a figure: "60.000", "12,5").


def _says_more(claim: Claim) -> bool:
    """Whether a head count's clause goes on after it with words of its own: "about
    12,000 residents are without drinking water", "unos 12.000 vecinos siguen sin agua",
    "rund 12.000 Einwohner seien ohne Trinkwasser" say what the people counted are, a set
    of the group the first figure counted, not the group's number. A count that ends its
    clause ("parla invece di circa 18.000 residenti.") or has one word after it (a
    participle: "xifra en uns 40.000 els veïns afectats") is a reading of the group's
    number (:data:`_HEAD_COUNT_TAIL`); so is one whose tail opens with a place or time
    preposition (:func:`_adjunct_openers`: "about 6,500 residents in the town", "circa
    6.500 residenti nella zona rossa"), a phrase of where or when, no predicate."""
    tail = fold(clause_head(claim.sentence[claim.end - claim.sentence_start :])).split()
    if len(tail) <= _HEAD_COUNT_TAIL:
        return False
    return not any(tuple(tail[: len(p)]) == p for p in _adjunct_openers(claim.language))


@functools.lru_cache(maxsize=64)
def _adjunct_openers(code: str) -> tuple[tuple[str, ...], ...]:
    """The folded words of a language's place prepositions (``[frames]
    place_prepositions``: "in", "nella", "im") and time prepositions (``[attribution]
    time_prepositions``: "after", "seit dem"): what opens a phrase of where or when."""
    try:
        raw = get_language(code).raw
    except (KeyError, ValueError):
        return ()
    words: set[tuple[str, ...]] = set()
    for section, key in (("frames", "place_prepositions"), ("attribution", "time_prepositions")):
        table = raw.get(section, {})
        for phrase in table.get(key, ()) if isinstance(table, dict) else ():
            folded = tuple(fold(str(phrase)).split())
            if folded:
                words.add(folded)
    return tuple(sorted(words))


def _contested_pair(a: Claim, b: Claim) -> bool:
    """``a`` and ``b`` are a pair :func:`mark_contested` marked: one article's two sources'
    readings told in words (:func:`_contested`), each the other's next figure of the unit."""
    return marked_each_other(a, b) and _contested(a, b)


def mark_contested(claims: Sequence[Claim]) -> list[Claim]:
    """Give each pair of figures :func:`_contested` sets against each other the other's
    bounds in ``Claim.rival_readings`` (as claims._rivals.mark_readings does for the
    pairs it finds), so that other articles' figures of those values are read as the
    same quantity's readings too (:func:`_reads_against`), and the judge reads them as
    rivals: the police union's "well over a billion euros" in a German article is the
    rival of the prosecutor's "540 million euros" wherever that one is told.

    Only figures of one unit concept (:func:`counted`), in text order within their
    article, each with the next figure of its unit only (a figure between them reads
    against neither: "cifra el seguimiento en el 92%, mientras que el Ministerio lo
    rebaja al 38% y recuerda que los servicios mínimos garantizan el 70%" sets the 38,
    not the 70, against the 92); a pair already marked keeps its marks. The aligner's
    edges and partition read these marks (:func:`_contested_pair`). Returns the claims
    in their order.
    """
    by_article: dict[str, list[int]] = {}
    for i, claim in enumerate(claims):
        if claim.kind == "quantity" and claim.unit is not None and claim.source_id is not None:
            by_article.setdefault(claim.article, []).append(i)
    marks: dict[int, list[str]] = {}
    for indexes in by_article.values():
        ordered = sorted(indexes, key=lambda i: (claims[i].start, claims[i].id))
        for n, i in enumerate(ordered):
            a = claims[i]
            for j in ordered[n + 1 :]:
                b = claims[j]
                if b.sentence_start > a.sentence_start + len(a.sentence) + ADJACENT_SENTENCES:
                    break
                if base_unit(counted(a))[0] != base_unit(counted(b))[0]:
                    continue
                # only the next figure of the unit: one between reads against neither
                # ("92 %, mientras que el ministerio lo rebaja al 38 % … el 70 %")
                if _contested(a, b) and not _reads_against(a, b):
                    marks.setdefault(i, []).append(bounds_key(b))
                    marks.setdefault(j, []).append(bounds_key(a))
                break
    out = list(claims)
    for i in sorted(marks):
        claim = out[i]
        added = tuple(k for k in dict.fromkeys(marks[i]) if k not in claim.rival_readings)
        if added:
            out[i] = attrs.evolve(claim, rival_readings=(*claim.rival_readings, *added))
    return out


def _bare_rival(a: Claim, b: Claim) -> bool:
    """Two figures a sentence apart that each record the other as a rival reading (a
    bare reading, claims._rivals.mark_readings), the later one credited to a source
    whose name names no place but the earlier figure's: one quantity's two readings.

    "Thirty-four people were injured, the health authority said. The airline said
    19 had been hurt"; "По итогам переписи, в Румынии живут 12 900 липован … В Общине
    липован Румынии … более 20 тысяч". Not when the later source is named after a
    place of its own: "В Оклахоме погибли 11 человек. В среду власти Канзаса сообщили
    о пятерых погибших" gives two states' tolls, not two readings of one.
    """
    if not marked_each_other(a, b):
        return False
    first, second = (a, b) if a.start <= b.start else (b, a)
    name = second.attributed_to
    if not name:
        return False
    try:
        words = frame_words(second.language)
    except (KeyError, ValueError):
        return False
    own = first.place_id.partition(COMPASS_SEP)[0] if first.place_id else None
    for m in words.names.find(name, fold(name)):
        keys = words.keys.get(name_key(name[m.start : m.end])) or ()
        if keys and own not in keys:
            return False  # "власти Канзаса" after Oklahoma's toll: another place's count
    return True


# Two figures of one day whose values are at most this far apart (the larger
# over the smaller: 10 %, the judge's hedge tolerance) give the same figure,
# or a rival reading of it: evidence that they count one quantity.
AFFINITY_CLOSE_RATIO = 1.1


# One article that gives one figure twice (its headline and its body, a
# lead and its recap) gives one quantity twice: the strongest evidence the
# partition has that two figures are one quantity.
SAME_ARTICLE_FIGURE = 2.0


def _level(claim: Claim) -> float | None:
    """One value standing for the figure's size, in its base unit (None: no bound, or
    not positive)."""
    low, high = claim.low, claim.high
    if low is not None and high is not None:
        value = math.sqrt(float(low) * float(high)) if low > 0 and high > 0 else float(high)
    elif low is not None or high is not None:
        value = float(low if low is not None else high)  # type: ignore[arg-type]
    else:
        return None
    value *= base_unit(claim.unit)[1]
    return value if value > 0 else None


def affinity(a: Claim, b: Claim) -> float:
    """How much two compatible figures look like one quantity (the partition's score).

    Compatibility (an edge) only says nothing sets the two apart; a claim
    that states no place is compatible with the figures of every place, so
    the groups need a finer signal to choose its home. Evidence for one
    quantity: the same place (both stated), event (unless the unit names
    what happened: :func:`_status_unit`) and subject, or one's subject being
    the other's place; one share or one damage (:func:`one_share`, :func:`one_sum`); one
    article giving the same figure twice
    (:data:`SAME_ARTICLE_FIGURE`: a headline's figure is its body's), or setting two
    sources' readings of it against each other in one sentence, or a sentence apart with
    words that say so (:func:`_reads_against`, :func:`~..claims._rivals.told_against`); as of
    one time, values within :data:`AFFINITY_CLOSE_RATIO` of each other (the
    same figure, or a slip of it: 820 and 822), where a month holds its days
    ("about 390,000" as of February 2025 and "370,000" as of 3 February) and
    a figure with no time at all counts half (:func:`_closeness_weight`). A
    vague figure says nothing of its size. Figures far apart are no evidence
    either way (a toll rises tenfold within days). The one evidence against:
    an article's whole and its part (:func:`_whole_and_part`), which it sets
    apart itself, score ``-SAME_ARTICLE_FIGURE``, so their closeness never
    draws the whole into the part's group. Symmetric, so moving a claim to
    the group it has more affinity with always raises the partition's total.
    """
    if _whole_and_part(a, b):
        return -SAME_ARTICLE_FIGURE
    score = 0.0
    if _rival_readings(a, b):
        score += 1.0  # as if both named the place the sentence names
    if (
        a.article == b.article
        and _reads_against(a, b)
        and (
            a.counted_as
            or b.counted_as
            or a.sentence_start == b.sentence_start
            or told_against(a, b)
            or _bare_rival(a, b)
        )
    ):
        # the article names one count by two nouns, sets its two readings side by side, or
        # says in words (a word of contrast, a dismissal) that the next sentence's is a rival
        score += SAME_ARTICLE_FIGURE
    elif _contested_pair(a, b):
        score += SAME_ARTICLE_FIGURE  # a second source's figure set against the first in words
    if a.place_id and a.place_id == b.place_id:
        score += 1.0
    if a.event and a.event == b.event and not _status_unit(a.unit):
        score += 0.5
    if one_share(a, b) is not None or one_sum(a, b) is not None:
        score += 0.5  # turnout twice, the damage twice: one quantity, as one event is
    if a.subject and a.subject == b.subject:
        score += 0.5
    if (a.subject and a.subject == b.place_id) or (b.subject and b.subject == a.place_id):
        score += 0.5  # "Moroccan victims" and "victims in Morocco" name one country
    if (
        a.article == b.article
        and (a.low, a.high) == (b.low, b.high)
        and "vague" not in (a.qualifier, b.qualifier)
    ):
        score += SAME_ARTICLE_FIGURE
    va, vb = _level(a), _level(b)
    if (
        va is not None
        and vb is not None
        and "vague" not in (a.qualifier, b.qualifier)
        and max(va, vb) / min(va, vb) <= AFFINITY_CLOSE_RATIO
    ):
        score += _closeness_weight(as_of(a), as_of(b))
    return score


# What two close values (within AFFINITY_CLOSE_RATIO) weigh when the two
# figures' times cannot be told apart because one of them has none (an
# undated article): less than a shared time, more than nothing.
AFFINITY_CLOSE_UNDATED = 0.5


def _closeness_weight(day_a: str | None, day_b: str | None) -> float:
    """What two close values say, given the two figures' as-of times.

    One time: both at least month-precise and their spans share a day ("as
    of February 2025" and "14 February 2025", two reports of one day): 1. A
    figure with no time at all (an undated article) may be either's:
    :data:`AFFINITY_CLOSE_UNDATED`. Two days apart, or a year against a
    day: 0 (a toll rises within days; a year holds many of its figures).
    """
    if not day_a or not day_b:
        return AFFINITY_CLOSE_UNDATED
    if min(len(day_a), len(day_b)) < len("2025-02") or not _spans_meet(day_a, day_b):
        return 0.0
    return 1.0


def _background(claim: Claim) -> bool:
    return _is_background(claim.as_of, claim.published)


@functools.lru_cache(maxsize=65536)
def _is_background(as_of: str | None, published: str | None) -> bool:
    when, day_published = day(as_of), day(published)
    if when is None or day_published is None:
        return False
    if as_of is not None and len(as_of) == len("2024") and when.year < day_published.year:
        return True  # a whole past year ("last year", "Годом ранее"): its own time, however near
    return (day_published - when).days > BACKGROUND_DAYS


def _same_past(a: Claim, b: Claim) -> bool:
    """Two background figures hold at one past time: their as-of spans share a day.

    A story's background names several past events ("the 1960 quake killed
    12,000; the one of 2004, 628"); each past figure is compared only with
    figures of its own time (the year, month or day its text gives).
    """
    return _spans_meet(a.as_of, b.as_of)


@functools.lru_cache(maxsize=65536)
def _spans_meet(first: str | None, second: str | None) -> bool:
    one, two = days_covered(first), days_covered(second)
    if one is None or two is None:
        return True  # no time to tell them apart
    return one[0] <= two[1] and two[0] <= one[1]


def _added(claim: Claim) -> bool:
    """An amount added to a count ("another 6,000", "rose by 740"), not the count."""
    return claim.increment or claim.change is not None


def _thresholds(claim: Claim) -> tuple[str, ...]:
    """The thresholds a count passes ("réplicas de magnitud superior a 3"; claims/_statements)."""
    return tuple(s.split(":", 1)[1] for s in claim.scope if s.startswith("threshold:"))


def converted_sum(claim: Claim) -> str | None:
    """The sum a conversion converts ("10.6 billion euros ($11.6 billion)"), else None."""
    return next((s for s in claim.scope if s.startswith(CONVERTS)), None)


def _sum_words(marker: str) -> str:
    """A conversion marker for people: "converts:eur:10600000000" -> "EUR 10,600,000,000"."""
    unit, _, value = marker.removeprefix(CONVERTS).partition(":")
    try:
        bounds = [f"{float(v):,.15g}" for v in value.split("-") if v]
    except ValueError:
        return marker
    return f"{unit.upper()} {'–'.join(bounds)}"


def counted(claim: Claim) -> str | None:
    """The unit concept the figure is compared as: its unit, or the concept its article
    names its count by when it names it by two nouns (``Claim.counted_as``: "rund 55.000
    Menschen" set against "mehr als 70.000 Flüchtlingen" counts refugees), read as the
    status its concept is compared as (``compared_as`` in ``concepts.toml``: "180
    evacuated" and "240 displaced" of one story count one group)."""
    unit = claim.counted_as or claim.unit
    c = concept(unit)
    return c.compared_as if c is not None and c.compared_as else unit


def _period(claim: Claim) -> str | None:
    """The calendar period a count is the total of, or None: since the start of this one
    (scope ``period_total``: "since the start of the winter", "с начала года") or a past
    one (``past_period``: "last winter"). Neither is one day's or one event's count: "230
    rescued since the start of the winter" is no rival of the 48 lifted off one floe that
    day, nor of last winter's 95."""
    return next((s for s in claim.scope if s in PERIOD_SCOPES), None)


def _aftershock(claim: Claim) -> bool:
    """An aftershock's figure (a magnitude), never the main shock's (claims/_build.py)."""
    return AFTERSHOCK in claim.scope


class QuantityRules:
    """Block key and pair scoring for quantity claims."""

    def block_key(self, claim: Claim) -> tuple[str, ...] | None:
        if claim.unit is None:
            return None
        return (
            "quantity",
            str(base_unit(counted(claim))[0]),
            "increment" if _added(claim) else "total",
            f"per_{claim.rate}" if claim.rate else "cumulative",
            _period(claim) or "count",
            "part" if _is_part(claim) and not _side_part(claim) else "whole",
            "aftershock" if _aftershock(claim) else "shock",
            *_thresholds(claim),
        )

    def block_refusal(self, a: Claim, b: Claim) -> Refusal | None:
        if base_unit(counted(a))[0] != base_unit(counted(b))[0]:
            return refuse(a, b, RefusalReason.DIFFERENT_UNIT, f"{counted(a)} vs {counted(b)}")
        if _added(a) != _added(b):
            return refuse(a, b, RefusalReason.INCREMENT_VS_TOTAL)
        if a.rate != b.rate:
            return refuse(
                a,
                b,
                RefusalReason.RATE_VS_CUMULATIVE,
                f"{a.rate or 'total'} vs {b.rate or 'total'}",
            )
        if _period(a) != _period(b):
            return refuse(
                a,
                b,
                RefusalReason.PERIOD_TOTAL_VS_COUNT,
                f"{_period(a) or 'count'} vs {_period(b) or 'count'}",
            )
        if (_is_part(a) and not _side_part(a)) != (_is_part(b) and not _side_part(b)):
            if _is_part(a) and _is_part(b):
                # a side's part and another part: two shares of a whole (_parts_of_two_groups)
                return refuse(a, b, RefusalReason.DIFFERENT_SUBJECT, f"{a.subject} vs {b.subject}")
            return refuse(a, b, RefusalReason.PART_VS_WHOLE)
        if _aftershock(a) != _aftershock(b):
            return refuse(a, b, RefusalReason.AFTERSHOCK_VS_MAIN_SHOCK)
        if _thresholds(a) != _thresholds(b):
            ta, tb = _thresholds(a), _thresholds(b)
            return refuse(
                a,
                b,
                RefusalReason.DIFFERENT_THRESHOLD,
                f"{', '.join(ta) or 'none'} vs {', '.join(tb) or 'none'}",
            )
        return None

    def score(self, a: Claim, b: Claim) -> Edge | Refusal:
        if _one_statement(a, b):
            return refuse(a, b, RefusalReason.SAME_STATEMENT)
        if _part_vs_whole(a, b):
            return refuse(a, b, RefusalReason.PART_VS_WHOLE)
        if (
            a.event
            and b.event
            and a.event != b.event
            and not _status_unit(counted(a))
            and not _one_plan(a, b)
            and not one_movement(a.event, b.event)
        ):
            return refuse(a, b, RefusalReason.DIFFERENT_EVENT, f"{a.event} vs {b.event}")
        if (
            _subjects_differ(a.subject, b.subject) and not _group_read_against(a, b)
        ) or _parts_of_two_groups(a, b):
            return refuse(a, b, RefusalReason.DIFFERENT_SUBJECT, f"{a.subject} vs {b.subject}")
        steady = fixed(a.unit)
        place = PlaceRelation.UNKNOWN if steady else place_relation(a, b)
        if place is PlaceRelation.DIFFERENT:
            return refuse(a, b, RefusalReason.DIFFERENT_PLACE, f"{a.place} vs {b.place}")
        if place in (PlaceRelation.CONTAINS, PlaceRelation.WITHIN):
            return refuse(a, b, RefusalReason.PLACE_PART_OF, f"{a.place} vs {b.place}")
        if place is PlaceRelation.UNKNOWN and _part_vs_whole_place(a, b):
            part, whole = (a, b) if a.place_part else (b, a)
            return refuse(
                a, b, RefusalReason.PLACE_PART_OF, f"{part.place} vs {whole.place or 'all'}"
            )
        share_a, share_b = share(a), share(b)
        if share_a and share_b and share_a != share_b:
            return refuse(a, b, RefusalReason.DIFFERENT_EVENT, f"{share_a} vs {share_b}")
        sum_a, sum_b = converted_sum(a), converted_sum(b)
        if sum_a and sum_b and sum_a != sum_b:
            return refuse(
                a, b, RefusalReason.DIFFERENT_SUM, f"{_sum_words(sum_a)} vs {_sum_words(sum_b)}"
            )
        sa, sb = status(a), status(b)
        if sa != sb and (
            (sa in FUTURE_STATUSES) != (sb in FUTURE_STATUSES)
            or any({sa, sb} == pair for pair in EXCLUSIVE_STATUSES)
        ):
            return refuse(
                a, b, RefusalReason.DIFFERENT_STATUS, f"{sa or 'stated'} vs {sb or 'stated'}"
            )
        if not steady and (
            _background(a) != _background(b) or (_background(a) and not _same_past(a, b))
        ):
            return refuse(a, b, RefusalReason.DIFFERENT_TIME, f"as of {as_of(a)} vs {as_of(b)}")
        reasons: list[EdgeReason] = [EdgeReason.SAME_STORY, EdgeReason.SAME_UNIT]
        details: list[str] = [f"unit: {a.unit}"]
        weight = 0.2
        if a.event and a.event == b.event:
            reasons.append(EdgeReason.SAME_EVENT)
            details.append(f"event: {a.event}")
            weight += 0.2
        if a.subject and a.subject == b.subject:
            reasons.append(EdgeReason.SAME_SUBJECT)
            details.append(f"subject: {a.subject}")
            weight += 0.2
        if place is PlaceRelation.SAME:
            reasons.append(EdgeReason.SAME_PLACE)
            details.append(f"place: {a.place}")
            weight += 0.1
        shared = sorted(set(a.entities) & set(b.entities))
        if shared:
            reasons.append(EdgeReason.SHARED_ENTITIES)
            details.append("entities: " + ", ".join(shared))
            weight += 0.1
        same_share = one_share(a, b)
        if same_share:
            reasons.append(EdgeReason.SHARED_TOPICS)
            details.append(f"share: {same_share}")
            weight += 0.2
        same_sum = one_sum(a, b)
        if same_sum:
            reasons.append(EdgeReason.SHARED_TOPICS)
            details.append(f"sum: {same_sum}")
            weight += 0.2
        rivals = _reads_against(a, b)
        if rivals:
            reasons.append(EdgeReason.RIVAL_READINGS)
            details.append("set against each other as two sources' readings")
        elif _earlier_reading(a, b):
            rivals = True  # "1.6 million by 6 p.m., down from 4.2 million in the morning"
            reasons.append(EdgeReason.RIVAL_READINGS)
            details.append("set against each other as one source's earlier reading")
        sole = _sole_pair(a, b)
        if sole:
            reasons.append(EdgeReason.SOLE_FIGURES)
            whose = "article's" if a.sole and b.sole else "source's"
            details.append(
                f"each its {whose} only value of the unit, as of one day"
                if as_of(a) == as_of(b)
                else f"each its {whose} only value of the unit, as of its day"
            )
        flow = bool(a.rate) and a.rate == b.rate
        placed = _placed_pair(a, b, place)
        if flow:
            reasons.append(EdgeReason.SAME_RATE)
            details.append(f"both per {a.rate}")
        words_a, words_b = window(a), window(b)
        similarity = fuzz.token_set_ratio(words_a, words_b)
        if similarity >= SIMILAR_WORDING_MIN:
            reasons.append(EdgeReason.SIMILAR_WORDING)
            details.append(f"wording {similarity:.0f}/100")
        if (
            _attribute(counted(a))
            and fuzz.token_sort_ratio(words_a, words_b) < ATTRIBUTE_WORDING_MIN
            and not ((a.event and a.event == b.event) or (a.subject and a.subject == b.subject))
            and not _one_plan(a, b)
            and not _same_value(a, b)
            and not (sum_a and sum_a == sum_b)
            and not rivals
            and not sole
            and not same_share
            and not same_sum
            and not flow
            and not placed
        ):
            name = shared_name(a, b)
            if name is None:
                return refuse(
                    a,
                    b,
                    RefusalReason.NO_EVIDENCE,
                    f"{a.unit}: no shared event, subject, name or wording",
                )
            reasons.append(EdgeReason.SHARED_ENTITIES)
            details.append(f"name: {name}")
            weight += 0.1
        weight += 0.2 * similarity / 100
        return edge(a, b, weight, tuple(reasons), tuple(details))

    def affinity(self, a: Claim, b: Claim) -> float:
        return affinity(a, b)

    def pairs(self, members: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
        return article_pairs(members)


RULES = QuantityRules()
