"""When in its day a figure holds: the clock time or part of the day its sentence states.

Read from the figure's own sentence, the nearest to the figure: a clock time (a 24-hour
time with its minutes in any language, or an hour the language's ``[dates]`` clock words
make one: "6 p.m.", "18.00 Uhr", "à 10h", "alle 18", "o godz. 18", "الساعة السادسة
مساء"), else a part of the day (``[dates] day_parts``: "this morning", "ce soir"). The
judge orders one day's figures by it (judge/_clock.py); align keeps apart no two figures
of one sentence that one source gives for two hours of a day, told as a course
(align/_quantity.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TypeVar

from .._fold import fold
from ..extract._dates import CLOCK_TIME as _CLOCK
from ..extract._document import Document
from ..extract._events import event_at
from ..extract._frame import ONSET_EVENTS
from ..extract._quantities import in_baseline
from ..lang._data import LanguageData, available_languages, get_language
from ._model import Claim

_T = TypeVar("_T")


def _nearest(claim: Claim, marks: Iterable[tuple[int, int, _T]]) -> _T | None:
    """The value of the mark (start, end, value; sentence offsets) nearest the figure in
    its sentence, marks inside the figure left out; of two as near, the first. A mark with
    no digit between it and the figure comes first: "By 6 p.m. 19 had died, up from 12 in
    the morning" gives 19 the evening hour and 12 the morning, each its own. So does a
    mark nearer a figure beyond it than the figure itself: "30 were hurt, after it had
    spoken in the morning of 15" gives the morning to the 15, and the 30 the evening
    named before both, past another figure though it is."""
    at = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    best: tuple[int, int, _T] | None = None
    for start, stop, value in marks:
        if start < end and at < stop:
            continue  # the figure itself
        lo, hi = (stop, at) if stop <= at else (end, start)
        # 0: the figure's own; 1: past another figure; 2: nearer a figure beyond it
        crossed = 1 if any(ch.isdigit() for ch in claim.sentence[lo:hi]) else 0
        if (
            not crossed
            and _CLAUSE_BREAK.search(claim.sentence, lo, hi) is not None
            and _nearer_beyond(claim.sentence, start, stop, hi - lo, before=stop <= at)
        ):
            crossed = 2
        if best is None or (crossed, hi - lo) < best[:2]:
            best = (crossed, hi - lo, value)
    return None if best is None else best[2]


# A clause break between a figure and a part of the day ("30 were hurt, after … in the
# morning of 15"): a comma, a semicolon or the Arabic comma.
_CLAUSE_BREAK = re.compile(r"[,;\u060c]")


def _nearer_beyond(sentence: str, start: int, stop: int, reach: int, *, before: bool) -> bool:
    """Whether a digit on the far side of the mark ``[start, stop)`` (away from the figure
    it is ``reach`` characters from, past a clause break) lies nearer the mark than that
    figure, in the mark's own clause (no clause break between them): the mark then tells
    that other figure's time ("by 6 p.m., down from 4,200": the comma after the hour
    keeps it the first figure's)."""
    step = -1 if before else 1
    k = start - 1 if before else stop
    for _ in range(reach):
        if not 0 <= k < len(sentence) or _CLAUSE_BREAK.match(sentence, k):
            return False
        if sentence[k].isdigit():
            return True
        k += step
    return False


# An hour as written beside a clock word ("alle 18", "18.00 Uhr", "à 10h", "6 p.m."): one
# or two digits, perhaps with its minutes after ":", "." or "h"; never part of a longer
# figure ("3:1:2", "12.30.5", "1.200").
_HOUR = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3])(?:[.:h]([0-5]\d))?(?!\d)(?![.,:]\d)")
# A word (for an hour written in words: "à sept heures", "الساعة السابعة").
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
# How far before an hour its clock word may end (characters): "o godz. 18", "la ora 19.40".
_CLOCK_WORD_REACH = 16
# Hours after noon: an hour from 1 to 11 with a clock_pm word after it is 12 hours later.
_NOON = 12


def clock(claim: Claim) -> int | None:
    """Minutes after midnight of the clock time nearest the figure in its sentence."""
    return _nearest(claim, _clock_times(claim.sentence, claim.language))


@functools.lru_cache(maxsize=4096)
def _clock_times(sentence: str, language: str) -> tuple[tuple[int, int, int], ...]:
    """The clock times of a sentence: (start, end, minutes after midnight).

    A 24-hour time with its minutes ("14:00", "19h30") is one in any language. An hour
    the language's ``[dates]`` words make one is too: before a ``clock_after`` word that
    is no hour noun ("6 p.m.", "18.00 Uhr", "19 uur"), before a ``clock_hours`` noun
    with a clock word or preposition before it ("à 10h", "a las 20 horas"), or after a
    ``clock_words`` word ("alle 18", "o godz. 18", "la ora 19.40"); written as a word
    after a clock word ("الساعة السابعة", "o godzinie siódmej") or before a
    ``clock_after`` word ("seven o'clock"). A ``clock_pm`` word right after the hour (or
    its clock word) puts an hour from 1 to 11 after noon ("6 p.m.", "7 heures du soir",
    "الساعة السابعة من مساء أمس").
    """
    found: list[tuple[int, int, int]] = [
        (m.start(), m.end(), int(m.group(1)) * 60 + int(m.group(2)))
        for m in _CLOCK.finditer(sentence)
    ]
    if language not in available_languages():
        return tuple(found)
    lang = get_language(language)
    folded = fold(sentence)
    taken = [(a, b) for a, b, _ in found]
    for m in _HOUR.finditer(folded):
        a, b = m.start(), m.end()
        if any(x < b and a < y for x, y in taken):
            continue
        if not _is_hour(lang, folded, a, b, digits=True):
            continue
        minutes = int(m.group(2)) if m.group(2) else 0
        found.append((a, b, int(m.group(1)) * 60 + minutes))
        taken.append((a, b))
    for w in _WORD.finditer(folded):
        a, b = w.start(), w.end()
        hour = _word_hour(lang, folded, a)
        if hour is None or not _is_hour(lang, folded, a, hour[1], digits=False):
            continue
        found.append((a, hour[1], hour[0] * 60))
    return tuple(sorted((a, b, _after_noon(lang, folded, b, t)) for a, b, t in found))


def _is_hour(lang: LanguageData, folded: str, a: int, b: int, *, digits: bool) -> bool:
    """The figure (or hour word) at ``a:b`` is an hour by the clock words around it."""
    after = _skip(folded, b)
    noun = lang.clock_hours.match_at(folded, after) is not None
    if lang.clock_after.match_at(folded, after) is not None and not noun:
        return True
    word = lang.clock_words.match_before(folded, a, window=_CLOCK_WORD_REACH)
    before = word is not None and not in_baseline(folded, word, lang)  # "rispetto alle 22"
    if before and (digits or noun or _named_hour(lang, folded, a)):
        return True
    preposition = lang.clock_prepositions.match_before(folded, a, window=_CLOCK_WORD_REACH)
    return noun and (before or preposition is not None)


def _named_hour(lang: LanguageData, folded: str, a: int) -> bool:
    """The word at ``a`` names an hour by itself after a clock word: a ``clock_hour_words``
    word, or a number word above one ("alle sette"; "a la una persona" is no hour)."""
    found = _word_hour(lang, folded, a)
    return found is not None and (
        found[0] > 1 or lang.clock_hour_words.match_at(folded, a) is not None
    )


def _word_hour(lang: LanguageData, folded: str, a: int) -> tuple[int, int] | None:
    """The hour (1 to 12) a word at ``a`` names, and where the word ends: one of the
    ``clock_hour_words``, else a cardinal number word."""
    m = lang.clock_hour_words.match_at(folded, a)
    if m is not None:
        return int(m.label), m.end
    w = _WORD.match(folded, a)
    if w is None:
        return None
    value = lang.words.get(w.group())
    return (value, w.end()) if value is not None and 1 <= value <= _NOON else None


def _after_noon(lang: LanguageData, folded: str, end: int, minutes: int) -> int:
    """``minutes`` made 12 hours later when a ``clock_pm`` word follows the hour ending at
    ``end`` (directly or after its clock_after or clock_hours word) and it is before noon."""
    if not 60 <= minutes < _NOON * 60:
        return minutes
    at = _skip(folded, end)
    if lang.clock_pm.match_at(folded, at) is None:
        word = lang.clock_after.match_at(folded, at) or lang.clock_hours.match_at(folded, at)
        if word is None or lang.clock_pm.match_at(folded, _skip(folded, word.end)) is None:
            return minutes
    return minutes + _NOON * 60


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


# The parts of the day, in order ([dates] day_parts).
DAY_PARTS = ("morning", "midday", "afternoon", "evening", "night")


def day_part(claim: Claim) -> int | None:
    """The rank in :data:`DAY_PARTS` of the part of the day nearest the figure in its sentence."""
    return _nearest(claim, _part_marks(claim))


def _part_marks(claim: Claim) -> list[tuple[int, int, int]]:
    if claim.language not in available_languages():
        return []
    found = get_language(claim.language).day_parts.find(claim.sentence)
    return [(m.start, m.end, DAY_PARTS.index(m.label)) for m in found if m.label in DAY_PARTS]


def clock_before(doc: Document, s_start: int, s_end: int, so_far: bool) -> int | None:
    """The clock time of the sentence right before the one at ``s_start``, carried to a
    figure of this one (:attr:`Claim.hour_before`), or None.

    "La ora 10:00, prezența era de 11,4%. Până atunci votaseră 52.000 de persoane": a
    sentence that states no time of day and no date goes on from the one before, on the
    same line; its figures hold at that sentence's one clock time. Not across a line, nor
    from a sentence with two clock times, nor an onset's hour ("At 11:11 PM the ground
    shook. 2,000 died": the deaths are counted later), nor to a figure said to hold "so
    far" (``so_far``: the running total at the writing, "Au votat până acum 160.000").
    """
    if so_far or doc.dates_within(s_start, s_end) or doc.code not in available_languages():
        return None
    sentence = doc.text[s_start:s_end]
    if _clock_times(sentence, doc.code) or get_language(doc.code).day_parts.find(sentence):
        return None
    para = doc.paragraph_start(s_start)
    last = len(doc.text[para:s_start].rstrip()) + para - 1  # the previous sentence's stop
    if last < para:
        return None
    p0, p1 = doc.sentence_of(last)
    if p0 < para or p1 <= p0:
        return None
    times = _clock_times(doc.text[p0:p1], doc.code)
    if len({minutes for _, _, minutes in times}) != 1:
        return None
    a, b, minutes = times[0]
    onset, _ = event_at(doc, p0 + a, p0 + b)
    return None if onset in ONSET_EVENTS else minutes


def moment(claim: Claim) -> tuple[str, int] | None:
    """When in its day a figure holds: the clock time or part of the day stated nearest it
    in its sentence ("down from 4.2 million in the morning" beside "by 6 p.m.": the
    morning), a clock time where the two are as near."""
    marks: list[tuple[int, int, tuple[str, int]]] = [
        (a, b, ("clock", minutes)) for a, b, minutes in _clock_times(claim.sentence, claim.language)
    ]
    marks += [(a, b, ("part", rank)) for a, b, rank in _part_marks(claim)]
    found = _nearest(claim, marks)
    if found is None and claim.hour_before is not None:
        return ("clock", claim.hour_before)  # the sentence before's (:func:`clock_before`)
    return found


# The hours each part of the day covers (minutes after midnight, end excluded), to set a
# clock time against a part: an hour before the part's first is earlier, one at or after
# its last later, one within it neither. Parts overlap where usage does (a "midday" count
# may be given at 11:30 or 13:30); night runs past midnight, so an hour before
# _DAY_STARTS is set against no part (04:00 may be this night's or last night's).
PART_HOURS: dict[str, tuple[int, int]] = {
    "morning": (5 * 60, 12 * 60),
    "midday": (11 * 60, 14 * 60),
    "afternoon": (12 * 60, 18 * 60),
    "evening": (17 * 60, 23 * 60),
    "night": (21 * 60, 29 * 60),
}
_DAY_STARTS = 5 * 60


def earlier(a: tuple[str, int], b: tuple[str, int]) -> bool | None:
    """Whether moment ``a`` comes before ``b`` in their day; None when neither is known to."""
    if a[0] == b[0]:
        return None if a[1] == b[1] else a[1] < b[1]
    clock_first = a[0] == "clock"
    minutes, part = (a[1], b[1]) if clock_first else (b[1], a[1])
    if minutes < _DAY_STARTS:
        return None
    first, last = PART_HOURS[DAY_PARTS[part]]
    if minutes < first:
        return clock_first
    if minutes >= last:
        return not clock_first
    return None
