"""Quantities: figures with their bounds, qualifier, unit and span.

Builds on :mod:`._numerals` (the bare figures) and adds what the words around
a figure say: "peste" makes it a lower bound, "între … și …" a range, "încă"
an increment, "de soldați" its unit, "au fost uciși" a casualty count. It also
drops what is not a quantity: years, dates, clock times, ordinals, ids,
labels ("iPhone 11", "Game 7") and scores ("2-1").

The steps, in order:

1. atoms: every figure in digits or words (:mod:`._numerals`);
2. verdicts: each atom is kept, taken as an ordinal, or dropped (dates, clock
   times, ids, labels, digits glued to letters that are no unit);
3. spans: two kept atoms joined by a range connector become one span
   ("20-30", "between 20 and 30", "from $3 billion to $5 billion");
4. quantities: the words around each span give its qualifier, unit,
   increment and change;
5. pairs of bounds joined by "and" become one range ("more than 100 and less
   than 300"), a figure restating a change takes that change ("fell 3 points,
   or 1.2%"), and a figure in brackets restating another in other units takes
   its bound ("more than 100 km (60 miles)").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal

import attrs

from .._codes import Qualifier
from .._fold import fold
from .._memo import per_text
from .._phrases import PhraseMatch, PhraseSet, distinct_tokens
from ..lang import LanguageData, concept, concept_kinds, get_language
from ..lang._places import frame_words
from ._numerals import Atom, as_thousands, scan_digits, scan_words
from ._quantity import Number, Quantity
from ._sentences import soften_line_breaks, split_sentences

_CLAUSE_END = re.compile(r"[.;:!?\n]|,\s|\s-\s|\s\u2013\s")
_WORD = re.compile(r"[^\W\d_]+")

# _LOOKAROUND: the look-arounds of a figure that several rules ask at the same
# place of one text (the currency before it, a unit before or at it) are
# memoised over the last few texts (see crosscheck._memo); they read only the
# text and the language data.
# Largest gap (in characters) allowed between the two figures of a range
# ("11.000-12.000", "between 20,000 and 30,000", "de la 5 până la 7"), not
# counting a unit repeated after the first figure ("5% to 10%").
_RANGE_GAP = 14

# How far back a currency sign or code may start before its figure ("HK $").
_CURRENCY_BACK = 6

# Web addresses: digits inside them ("%20", "/2024/05/") are never figures.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+")


# A dataclass rather than attrs: mypyc compiles a dataclass to a native class, read
# directly by compiled code (README, Performance); an attrs class stays interpreted.
@dataclasses.dataclass(frozen=True)
class _Span:
    """A figure or a range of two figures, before the words around it are read."""

    start: int
    end: int
    low: Decimal
    high: Decimal
    atoms: tuple[Atom, ...]
    between: bool = False


def _number(value: Decimal | None) -> Number | None:
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _prev_char(text: str, pos: int) -> str:
    return text[pos - 1] if pos > 0 else ""


def _skip_spaces(folded: str, pos: int) -> int:
    while pos < len(folded) and folded[pos] in " \t":
        pos += 1
    return pos


def _label_ending(window: str, end: int) -> bool:
    """True when the rest of ``window`` after ``end`` is a label's ending: at most one
    more word, then a colon, then nothing ("Casos confirmados: " after "Casos").

    Read from both ends of the rest with string methods, not one pattern anchored at
    the end: a pattern searched over a long run of blanks or letters would retry the
    whole run from every start (hostile input, benchmarks/hostile.py).
    """
    rest = window[end:].rstrip(" \t")
    if not rest.endswith(":"):
        return False
    word = rest[:-1].rstrip(" \t").lstrip(" \t")
    return not word or _LETTER_RUN.fullmatch(word) is not None


# How far before a figure a partitive ("of whom", "dont", "davon") may end.
PARTITIVE_REACH = 30


def partitive_beside(folded: str, start: int, end: int, lang: LanguageData) -> bool:
    """A partitive ends right before the figure at ``[start, end)`` ("dont 1 404"), or
    follows it ("219 Todesopfer, 211 davon in Valencia", "211 de ellos")."""
    return (
        lang.partitives.match_before(folded, start, window=PARTITIVE_REACH) is not None
        or lang.partitives.match_at(folded, _skip_spaces(folded, end)) is not None
    )


def _back_spaces(folded: str, pos: int) -> int:
    while pos > 0 and folded[pos - 1] in " \t":
        pos -= 1
    return pos


def _word_at(folded: str, pos: int) -> re.Match[str] | None:
    return _WORD.match(folded, pos)


def _word_before(folded: str, pos: int) -> tuple[int, str] | None:
    end = pos
    while end > 0 and folded[end - 1] == " ":
        end -= 1
    begin = end
    while begin > 0 and (folded[begin - 1].isalpha()):
        begin -= 1
    if begin == end:
        return None
    return begin, folded[begin:end]


def _digits_end(atom: Atom) -> int:
    """Where the digits of a digit atom end, before any glued multiplier ("37" of "37m")."""
    return atom.start + len(atom.raw)


# --------------------------------------------------------------------------- #
# Units, currency and percent next to a figure
# --------------------------------------------------------------------------- #


def _unit_match(phrases: PhraseSet, text: str, folded: str, pos: int) -> PhraseMatch | None:
    """The longest phrase of ``phrases`` at ``pos``, with one-letter symbols case-sensitive.

    Unit symbols of one letter are case-sensitive as written in the data, as
    in SI: "m" is metres but "3M" is not, "W" is watts. One followed by an apostrophe
    and a letter is an elided article, no symbol: Catalan "Eren 16 l'any passat" (the
    year), not 16 litres.
    """
    m = phrases.match_at(folded, pos, text)
    if m is None:
        return None
    if len(m.phrase) == 1 and m.phrase.isalpha():
        if text[m.start : m.end] != m.phrase:
            return None
        if folded[m.end : m.end + 1] in _APOSTROPHES and folded[m.end + 1 : m.end + 2].isalpha():
            return None
    return m


_APOSTROPHES = ("'", "’")


def _is_code(text: str, m: PhraseMatch) -> bool:
    """A currency phrase that may stand before a figure: a sign ("$", "US$", "$A")
    or a code written in capitals ("USD", "RM"), never a word ("won 5 games")."""
    if any(not (c.isalpha() or c in " *.'") for c in m.phrase):
        return True
    written = text[m.start : m.end]
    letters = [c for c in written if c.isalpha()]
    return len(letters) <= 4 and all(c.isupper() for c in letters)


@functools.lru_cache(maxsize=32)
def _sign_ends(lang: LanguageData) -> frozenset[str] | None:
    """The last characters (as listed and folded) of the language's currency phrases
    that hold a sign (see :func:`_is_code`), None when one ends in "*" (any letter)."""
    ends: set[str] = set()
    for phrases in lang.currency.phrases.values():
        for phrase in phrases:
            if all(c.isalpha() or c in " *.'" for c in phrase) or not phrase.strip():
                continue
            listed = phrase.strip()
            if listed.endswith("*"):
                return None
            ends.update((listed[-1], fold(listed[-1])))
    return frozenset(ends)


@per_text  # asked again at one place (see _LOOKAROUND)
def _currency_before(text: str, folded: str, pos: int, lang: LanguageData) -> PhraseMatch | None:
    """A currency sign or code ending right before ``pos`` ("$5", "USD10m", "HK $3.7")."""
    stop = _back_spaces(folded, pos)
    if pos - stop > 1 or not lang.currency.may_end(folded, stop, text):
        return None
    last = text[stop - 1]
    if last.isalpha() and not last.isupper():
        # A match would end with this small letter, so it is no code in capitals
        # (see _is_code): only a sign phrase that may end with it could be one.
        ends = _sign_ends(lang)
        if ends is not None and last not in ends and folded[stop - 1] not in ends:
            return None
    # Match inside a window that ends at the figure, so that a code glued to
    # the digits ("USD10m") is not refused for the digit after it.
    w0 = max(0, stop - _CURRENCY_BACK - 1)
    window_folded, window_text = folded[w0:stop], text[w0:stop]
    for begin in range(max(0, stop - _CURRENCY_BACK), stop):
        if begin > 0 and folded[begin - 1].isalnum() and folded[begin].isalnum():
            continue
        m = lang.currency.match_at(window_folded, begin - w0, window_text)
        if m is not None and m.end + w0 == stop:
            m = PhraseMatch(m.label, m.start + w0, m.end + w0, m.phrase)
            if _is_code(text, m):
                return m
    return None


def _direct_unit(text: str, folded: str, pos: int, lang: LanguageData) -> PhraseMatch | None:
    """A percent, currency or unit phrase right after a figure, glued or spaced ("5%", "10 km")."""
    p = _skip_spaces(folded, pos)
    m = lang.percent.match_at(folded, p, text)
    if m is not None:
        return PhraseMatch("percent", m.start, m.end, m.phrase)
    return _noun_at(text, folded, p, lang)


@per_text  # asked again at one place (see _LOOKAROUND)
def _noun_at(text: str, folded: str, pos: int, lang: LanguageData) -> PhraseMatch | None:
    """The currency or unit named at ``pos``: the longer phrase, a unit on a tie
    ("300 PS" is horsepower after a figure, "PS300" pounds before one)."""
    cur = _unit_match(lang.currency, text, folded, pos)
    unit = _unit_match(lang.units, text, folded, pos)
    if unit is not None and (
        _noun_written_small(text, folded, unit, lang) or _day_of_a_date(text, folded, unit, lang)
    ):
        unit = None
    if cur is None or (unit is not None and unit.end >= cur.end):
        return unit
    return cur


def _day_of_a_date(text: str, folded: str, m: PhraseMatch, lang: LanguageData) -> bool:
    """A day word that opens a date, not the unit of the figure before it: "كان 173 يوم
    الأربعاء" is 173 on Wednesday ("day Wednesday"), "40 يوم أمس" 40 yesterday. The unit
    is the language's word for "day" of a date (``[dates] day_words``) and a weekday's
    name or a relative day (``weekdays``, ``relative``) follows it; "12 يوما" and "12 يوم
    عمل" stay days."""
    day = lang.day_words.match_at(folded, m.start, text)
    if day is None or day.end != m.end:
        return False
    after = _skip_spaces(folded, m.end)
    relative = lang.date_relative.match_at(folded, after, text)
    return lang.weekday_names.match_at(folded, after, text) is not None or (
        relative is not None and relative.label in _RELATIVE_DAYS
    )


# The relative dates that name one day ("yesterday"), not a week or a year.
_RELATIVE_DAYS = frozenset(
    {"yesterday", "today", "tomorrow", "day_before_yesterday", "day_after_tomorrow"}
)


def _noun_written_small(text: str, folded: str, m: PhraseMatch, lang: LanguageData) -> bool:
    """A unit noun of a language that capitalises every noun ([syntax] capitalised_nouns),
    listed with a capital and a small letter after it, written here in lower case: a verb
    or an attribute of the same letters ("Tausende sitzen fest" is no seats). A status
    attribute gives its status to a head count after it ("57.000 gefallenen Soldaten" are
    the killed), never to a thing ("5000 eingeschlossenen Fahrzeugen" are vehicles, "75
    betroffenen Gemeinden" municipalities)."""
    listed = m.phrase.strip()
    if not (
        lang.capitalised_nouns
        and len(listed) > 1
        and listed[0].isupper()
        and listed[1].islower()
        and text[m.start : m.start + 1].islower()
    ):
        return False
    c = concept(m.label)
    if c is None or not c.status:
        return True
    return _thing_after_attribute(text, folded, m.end, lang)


# How many words an attribute's head noun may stand after it ("gefallenen russischen Soldaten").
_ATTRIBUTE_HEAD_WORDS = 3


def _thing_after_attribute(text: str, folded: str, pos: int, lang: LanguageData) -> bool:
    """Whether the first unit noun in the few words after ``pos`` names no people."""
    for word in itertools.islice(_WORD.finditer(folded, pos), _ATTRIBUTE_HEAD_WORDS):
        if folded[pos : word.start()].strip():
            return False  # punctuation: the attribute's phrase has ended
        head = _unit_match(lang.units, text, folded, word.start())
        if head is not None:
            c = concept(head.label)
            return c is not None and c.kind != "person"
        pos = word.end()
    return False


def _glued_letters_ok(text: str, folded: str, atom: Atom, lang: LanguageData) -> bool:
    """Letters glued after a figure are fine only when they name its unit ("5km", "10%")."""
    nxt = text[atom.end : atom.end + 1]
    if not (nxt and nxt.isalpha() and atom.scale == 1):
        return True
    return _direct_unit(text, folded, atom.end, lang) is not None


def _unit_over_multiplier(text: str, folded: str, atom: Atom, lang: LanguageData) -> Atom:
    """ "32m2" is 32 square metres and "80 m.p.h." 80 miles per hour, not 32 or 80
    million: a unit after the digits that is longer than the multiplier wins.
    So does a unit symbol set apart by a space, unless money is counted: "a 3 m
    wall" is 3 metres, "$3 m" and "37m people" are millions."""
    if not atom.digits or atom.scale == 1:
        return atom
    end = _digits_end(atom)
    p = _skip_spaces(folded, end)
    if p >= atom.end or not folded[p : p + 1].isalpha():
        return atom
    m = _unit_match(lang.units, text, folded, p)
    if m is None or m.end < atom.end:
        return atom
    if m.end == atom.end and (p == end or _currency_before(text, folded, atom.start, lang)):
        return atom
    return dataclasses.replace(atom, end=end, value=atom.value / atom.scale, scale=1)


# --------------------------------------------------------------------------- #
# What is not a quantity
# --------------------------------------------------------------------------- #


def _ordinal_end(folded: str, atom: Atom, lang: LanguageData) -> int | None:
    """Where an ordinal suffix after the digits ends ("3rd", "al 3-lea", "1°"), if any."""
    end = atom.end
    if (
        folded.startswith(". ", end)
        and atom.raw.isdigit()
        and lang.ordinal_dot_after.match_before(folded, atom.start, window=8) is not None
    ):
        return end + 1  # German "den 3. Platz"
    for suffix in _longest_first(lang.ordinal_suffixes):
        if folded.startswith(suffix, end):
            after = end + len(suffix)
            if after >= len(folded) or not folded[after].isalpha():
                return after
    return None


@functools.lru_cache(maxsize=64)
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` sorted longest first (stable), once per list rather than per figure."""
    return tuple(sorted(words, key=len, reverse=True))


# Hours and minutes: "09:13", "14h30", "14 h 30".
_CLOCK_AFTER = re.compile(r"[ \t]?[:h][ \t]?[0-9]{2}(?![0-9])")
_CLOCK_BEFORE = re.compile(r"[0-9][ \t]?[:h][ \t]?$")
# minutes, maybe with tenths of seconds as lap times give them ("1:36.6")
_MINUTES = re.compile(r"[0-9]{2}(?:[.,][0-9]{1,3})?")


def _is_clock(text: str, atom: Atom) -> bool:
    if _CLOCK_AFTER.match(text, atom.end):
        return True
    if not _MINUTES.fullmatch(atom.raw):
        return False  # minutes have two digits: "un total de 9.479: 4256 policías"
    return bool(_CLOCK_BEFORE.search(text[max(0, atom.start - 4) : atom.start]))


def _after_multiplier(folded: str, pos: int, lang: LanguageData) -> bool:
    """Whether a multiplier suffix glued to digits ends at ``pos`` ("5k" in "5k-20k")."""
    before = _word_before(folded, pos)
    return bool(
        before
        and before[0] + len(before[1]) == pos
        and before[1] in lang.suffixes
        and folded[before[0] - 1 : before[0]].isdigit()
    )


def _is_id_like(text: str, folded: str, atom: Atom, lang: LanguageData) -> bool:
    raw = atom.raw
    if raw.isdigit() and (len(raw) >= 10 or (len(raw) >= 7 and raw.startswith("0"))):
        return True  # a long ungrouped digit run is an id or phone number, wherever it stands
    if _split_by_invisible(text, atom):
        return True
    prev = _prev_char(text, atom.start)
    if not prev:
        return False
    glued = prev.isalpha() or (prev in "-." and atom.start >= 2 and text[atom.start - 2].isalpha())
    if glued and prev.isalpha() and lang.proclitics:
        before = _word_before(folded, atom.start)
        if before is not None and before[1] in lang.proclitics:
            return False  # "و452", "بـ7,2": a conjunction or preposition glued to the figure
    if glued:
        cur = _currency_before(text, folded, atom.start, lang)
        if cur is not None:
            # "USD10m", "RM23.50", "$US5"; but a code of letters glued to one
            # plain digit names a model ("PS5"), whatever it means elsewhere.
            return cur.phrase.isalpha() and len(atom.raw) == 1 and atom.scale == 1
        if prev == "-" and lang.qualifiers.match_before(folded, atom.start, window=8) is not None:
            return False  # "sub-300": a qualifier glued with a hyphen
        # "5k-20k": the hyphen of a range after a multiplier
        return not (prev == "-" and _after_multiplier(folded, atom.start - 1, lang))
    if prev == "+":
        # "+0.3%" is a signed change; "+40 721 456 789" a phone number
        return _direct_unit(text, folded, atom.end, lang) is None or (
            atom.start >= 2 and text[atom.start - 2].isalnum()
        )
    return prev in "_#@/\\%"


def _split_by_invisible(text: str, atom: Atom) -> bool:
    """Digits cut by an invisible character ("5\u200b000", a soft hyphen): not two figures.

    Scraped HTML leaves zero-width spaces, soft hyphens and word joiners
    (Unicode format characters) inside numbers; reading "5" and "000" apart
    would invent a figure of 0, so neither piece is taken.
    """
    before = text[atom.start - 2 : atom.start] if atom.start >= 2 else ""
    after = text[atom.end : atom.end + 2]
    return (
        len(before) == 2 and unicodedata.category(before[1]) == "Cf" and before[0].isdigit()
    ) or (len(after) == 2 and unicodedata.category(after[0]) == "Cf" and after[1].isdigit())


def _title_case_around(text: str, pos: int) -> bool:
    """Whether the words around ``pos`` are mostly capitalised, as in an English headline."""
    words = [w for w in _WORD.findall(text[max(0, pos - 60) : pos + 60]) if len(w) >= 4]
    if len(words) < 4:
        return False
    return sum(1 for w in words if w[0].isupper()) * 4 >= len(words) * 3


# What may stand before the first word of a sentence ("" is the start of the text).
_SENTENCE_START = ("", ".", "!", "?", ";", "\n", '"', "'", "«", "„", "“", "”", "(")

# A dateline: a place in capitals that opens its line, then a dash ("PALERMO – ").
_DATELINE_DASHES = ("–", "—", "-")
_DATELINE_REACH = 40


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is the first of its sentence: after a sentence's end or
    an opening mark, or after a dateline's dash ("PALERMO – Sono 34 i feriti", "BRÜSSEL –
    Fünf Verdächtige …": the words before the dash open their line and are all in
    capitals). A dash inside a sentence ("the rivals – Boeing 737 …") opens none."""
    before = _char_before(text, pos)
    if before in _SENTENCE_START:
        return True
    if before not in _DATELINE_DASHES:
        return False
    dash = text.rindex(before, 0, pos)
    line = text.rfind("\n", max(0, dash - _DATELINE_REACH), dash) + 1
    if line == 0 and dash > _DATELINE_REACH:
        return False
    head = text[line:dash].strip()
    return bool(head) and head.isupper()


def _char_before(text: str, pos: int) -> str:
    """The last character before ``pos`` that is not a space ("" at the start)."""
    while pos > 0 and text[pos - 1] in " \t\u00a0":
        pos -= 1
    return text[pos - 1] if pos > 0 else ""


def _is_label(text: str, folded: str, atom: Atom, lang: LanguageData) -> bool:
    """A number that is part of a name: "iPhone 11", "Game 7", "S&P 500", "Boeing 787".

    In languages that capitalise names and not nouns, a capitalised word right
    before a plain figure names a thing: away from the start of a sentence, or
    anywhere when the word is written like a name, with a capital after its
    first letter ("FTSE 100", "S&P 500 fell"). Not when that word is a
    qualifier, a currency or a month, when the words around are all
    capitalised (a headline), or when the figure carries a unit ("Sends 500
    Troops").
    """
    if not lang.capitalised_names or not atom.digits or atom.grouped or atom.scale != 1:
        return False
    end = atom.start - 1
    if end >= 1 and text[end] == "-" and text[end - 1] in " \u00a0":
        end -= 1  # "COVID -19"
    if end < 1 or text[end] not in " \u00a0":
        return False
    begin = end
    while begin > 0 and end - begin < 20 and not text[begin - 1].isspace():
        begin -= 1
    token = text[begin:end]
    if not token or not token[-1].isalpha() or not any(c.isupper() for c in token):
        return False
    if _opens_sentence(text, begin) and not any(c.isupper() for c in token[1:]):
        return False  # the first word of a sentence is capitalised anyway
    for phrases in (
        lang.qualifiers,
        lang.increment_before,
        lang.change,
        lang.change_prepositions,
        lang.months_set,
    ):
        if phrases.match_before(folded, atom.start, window=24) is not None:
            return False
    if fold(token) in lang.months or _currency_before(text, folded, atom.start, lang):
        return False
    if _title_case_around(text, atom.start):
        return False  # "Israel Kills 30 In Strike": a headline, not a name
    return _direct_unit(text, folded, atom.end, lang) is None and not _linked_count(
        text, folded, atom.end, lang
    )


def _linked_count(text: str, folded: str, pos: int, lang: LanguageData) -> bool:
    """A head count or thing named after a noun link ("45 de morți", "300 de case"):
    a name's number is not followed by "de" and what it counts."""
    link = _word_at(folded, _skip_spaces(folded, pos))
    if link is None or link.group() not in lang.noun_links:
        return False
    m = _noun_at(text, folded, _skip_spaces(folded, link.end()), lang)
    return m is not None and concept_kinds().get(m.label) in ("person", "thing")


def _numbered_outlets(text: str, folded: str, lang: LanguageData) -> list[tuple[int, int]]:
    """The spans of news outlets' names that hold a digit: "France 24", "فرانس 24",
    "TV3" (the language's ``[attribution] outlets``); found once per text."""
    names = _outlet_names_with_digits(lang.code)
    return [(m.start, m.end) for m in names.find(text, folded)] if names else []


@functools.cache
def _outlet_names_with_digits(code: str) -> PhraseSet | None:
    """The ``[attribution] outlets`` that hold a digit: a small set, found faster than all
    of ``LanguageData.outlets`` (which also lists "journal", "médias", "site" …)."""
    raw = get_language(code).raw.get("attribution", {}).get("outlets", [])
    names = [str(n) for n in raw if any(ch.isdigit() for ch in str(n))]
    return PhraseSet({"outlet": names}) if names else None


def _in_outlet_name(
    text: str, folded: str, atom: Atom, lang: LanguageData, outlets: Sequence[tuple[int, int]]
) -> bool:
    """A number inside a news outlet's name (``outlets``: :func:`_numbered_outlets`)."""
    if not any(s <= atom.start and atom.end <= e for s, e in outlets):
        return False
    return _direct_unit(text, folded, atom.end, lang) is None  # "In France 24 people died"


def _is_service_number(text: str, folded: str, atom: Atom, lang: LanguageData) -> bool:
    """A service's telephone number right after its noun names the service: "el
    servicio de emergencias 118", "the ambulance service 999", "le SAMU 15"
    (``[numbers] service_numbers`` after a ``[numbers] service_nouns`` phrase). Not
    when a unit follows ("the emergency services 15 minutes later")."""
    if not atom.digits or atom.grouped or atom.scale != 1:
        return False
    if text[atom.start : atom.end] not in _service_numbers(lang.code):
        return False
    nouns = _service_nouns(lang.code)
    if nouns is None or nouns.match_before(folded, atom.start, window=40) is None:
        return False
    return _direct_unit(text, folded, atom.end, lang) is None


@functools.cache
def _service_numbers(code: str) -> frozenset[str]:
    """The language's ``[numbers] service_numbers``, as written."""
    raw = get_language(code).raw.get("numbers", {}).get("service_numbers", [])
    return frozenset(str(n) for n in raw)


@functools.cache
def _service_nouns(code: str) -> PhraseSet | None:
    """The language's ``[numbers] service_nouns`` ("emergency service", "SAMU")."""
    raw = get_language(code).raw.get("numbers", {}).get("service_nouns", [])
    return PhraseSet({"service": [str(n) for n in raw]}) if raw else None


def _in_compound(text: str, folded: str, atom: Atom, lang: LanguageData) -> bool:
    """A number word hyphenated to a word that is no unit: "a six-speed gearbox",
    "a four-door", "two-thirds". "a five-year plan" keeps its years."""
    after = text[atom.end : atom.end + 2]
    if len(after) == 2 and after[0] == "-" and after[1].isalpha():
        return _direct_unit(text, folded, atom.end + 1, lang) is None
    before = text[max(0, atom.start - 2) : atom.start]
    return len(before) == 2 and before[1] == "-" and before[0].isalpha()


# How far around a number word a ``[syntax] not_numbers`` phrase holding it may reach.
_NOT_NUMBER_REACH = 24


def _pronoun(text: str, folded: str, atom: Atom, lang: LanguageData) -> bool:
    """A number word used as a pronoun or inside an idiom that counts nothing: "each
    one", "the same one", "gib acht auf", "se mettre en quatre", "en un dos por tres"
    (`[syntax] not_numbers`): a listed phrase covers the whole word, wherever in the
    phrase the word stands, and no unit follows the word ("si è fatto in quattro
    giorni" counts days)."""
    m = lang.not_numbers.match_before(folded, atom.end, window=_NOT_NUMBER_REACH)
    if m is None or m.start > atom.start:
        lo = max(0, atom.start - _NOT_NUMBER_REACH)
        hits = lang.not_numbers.find_in(text, folded, lo, atom.end + _NOT_NUMBER_REACH)
        if not any(lo + h.start <= atom.start and atom.end <= lo + h.end for h in hits):
            return False
    # a unit right after the word makes it a count again: "fatto in quattro giorni"
    return _direct_unit(text, folded, atom.end, lang) is None


# The dashes that glue an age word to its figure ("17-Jähriger", "17–летний").
_AGE_GLUE = ("-", "\u2010", "\u2011", "\u2013")


def _is_age(text: str, folded: str, atom: Atom, lang: LanguageData) -> bool:
    """A figure in digits that gives someone's age, not a count: an age word glued
    after it by a hyphen ("17-Jähriger", "a 17-year-old", "17-летний", "17-latek";
    ``[numbers] age_words``), an age word right before it ("aged 17", "âgé de 17",
    "im Alter von 17"; ``[numbers] age_before``) or an age phrase after it ("17 years
    old", "17 Jahre alt"; ``[numbers] age_after``). "17 ans", "de 17 años" stay a
    duration the rules read as years, never a count."""
    if atom.scale != 1 or atom.grouped:
        return False
    words = _age_words(lang.code)
    if words is None:
        return False
    if _age_word_after(text, folded, atom.end, words):
        return True  # "17-Jähriger", "17 years old", "17 Jahre alt", "17 años de edad"
    m = words.match_before(folded, atom.start, window=24)
    if m is not None and m.label == "before" and not folded[m.end : atom.start].strip():
        return True
    if _age_opened(folded, atom, lang, words):
        return True  # "aged between 19 and 74", "в возрасте от 19 до 74 лет"
    return _closes_on_age(text, folded, atom, lang, words)


def _age_word_after(text: str, folded: str, end: int, words: PhraseSet) -> bool:
    """Whether an age word follows a figure ending at ``end``: glued by a hyphen
    ("17-Jähriger", "17-year-old") or after a space ("17 years old", "17 Jahre alt")."""
    if text[end : end + 1] in _AGE_GLUE:
        m = words.match_at(folded, end + 1, text)
        if m is not None and m.label == "after":
            return True
    m = words.match_at(folded, _skip_spaces(folded, end), text)
    return m is not None and m.label == "spaced"


def _age_opened(folded: str, atom: Atom, lang: LanguageData, words: PhraseSet) -> bool:
    """An age word, then a word that opens a range (``[ranges] between``), right
    before ``atom``: "aged between 19", "im Alter zwischen 19", "в возрасте от 19",
    "com idades entre 19", "أعمارهم بين 19"."""
    o = _range_openers(lang.code).match_before(folded, atom.start, window=16)
    if o is None:
        return False
    m = words.match_before(folded, o.start, window=24)
    return m is not None and m.label == "before"


def _range_opened(folded: str, start: int, lang: LanguageData) -> bool:
    """A word that opens a range (``[ranges] between``) right before ``start``, or
    before the age word there: "between 19", "between the ages of 19"."""
    openers = _range_openers(lang.code)
    if openers.match_before(folded, start, window=16) is not None:
        return True
    words = _age_words(lang.code)
    m = None if words is None else words.match_before(folded, start, window=24)
    if m is None or m.label != "before":
        return False
    return openers.match_before(folded, m.start, window=16) is not None


# A figure in digits and where it ends: no digits, decimal or group mark after it.
_NEXT_FIGURE = re.compile(r"\d{1,4}(?![\d.,]\d)(?!\d)")


def _closes_on_age(
    text: str, folded: str, atom: Atom, lang: LanguageData, words: PhraseSet
) -> bool:
    """``atom`` opens a range whose upper end is an age by the word after it: "tussen 19
    en 74 jaar oud", "zwischen 19 und 74 Jahre alt", and the suspended hyphen of
    "12- to 17-year-olds", "12- bis 17-Jährige": the lower end is an age too."""
    pos = atom.end
    if text[pos : pos + 1] in _AGE_GLUE and text[pos + 1 : pos + 2] == " ":
        pos += 1  # "12- to 17-year-olds": the suspended hyphen
    lo = _skip_spaces(folded, pos)
    m = None
    for i in range(lo, min(len(folded), lo + 14)):
        if folded[i].isdigit():
            m = _NEXT_FIGURE.match(folded, i)
            break
    if m is None or (m.start() > 0 and folded[m.start() - 1].isdigit()):
        return False
    if not _links_range(folded[pos : m.start()].strip(), folded, atom.start, lang):
        return False
    return _age_word_after(text, folded, m.end(), words)


def _links_range(mid: str, folded: str, start: int, lang: LanguageData) -> bool:
    """Whether ``mid``, the words between two figures, joins them into a range: a
    ``[ranges] infix`` word ("to", "bis", "-"), or the closing word of a ``[ranges]
    between`` pair whose opening word stands before the figure at ``start``."""
    return mid in lang.range_infix or (
        mid in _range_closers(lang.code) and _range_opened(folded, start, lang)
    )


@functools.lru_cache(maxsize=16)
def _range_openers(code: str) -> PhraseSet:
    """The words that open a range (the first of each ``[ranges] between`` pair)."""
    lang = get_language(code)
    return PhraseSet({"open": sorted({a for a, _ in lang.range_between if a.strip()})})


@functools.lru_cache(maxsize=16)
def _range_closers(code: str) -> frozenset[str]:
    """The words that close a range a ``[ranges] between`` word opened ("and", "und", "до")."""
    return frozenset(b.strip() for _, b in get_language(code).range_between if b.strip())


def _age_range_end(text: str, folded: str, before: Atom, atom: Atom, lang: LanguageData) -> bool:
    """Whether ``atom`` closes a range of ages that ``before``, an age (:func:`_is_age`),
    opens: a ``[ranges] infix`` word alone between them ("victims aged 17 to 80", "im
    Alter von 3 bis 10 Jahren", "âgés de 17 à 80 ans", "w wieku 17-80 lat"). Its upper
    end is the oldest one's age, no count; left alone it read as 80 killed."""
    if not (before.digits and atom.digits) or atom.scale != 1 or atom.grouped:
        return False
    if not _links_range(folded[before.end : atom.start].strip(), folded, before.start, lang):
        return False
    return _is_age(text, folded, before, lang)


# The oldest age a listed figure may give ("aged 19 and 74"); a larger one is a count.
AGE_MAX = 120


def _in_age_list(text: str, folded: str, aged: Atom | None, atom: Atom, lang: LanguageData) -> bool:
    """Whether the dropped ``atom`` gives an age a list of ages may go on from: an age
    by its own words (:func:`_is_age`: "aged 19"), or the next item of such a list."""
    if aged is not None and _age_listed(text, folded, aged, atom, lang):
        return True
    return not (atom.scale != 1 or atom.grouped) and _is_age(text, folded, atom, lang)


def _age_listed(text: str, folded: str, aged: Atom, atom: Atom, lang: LanguageData) -> bool:
    """Whether ``atom`` is the next item of a list of ages that ``aged`` ends: joined to it
    by a list word alone (``[frames] place_joiners``: "and", ",", "et", "und", "и"),
    in digits no larger than :data:`AGE_MAX`, and followed by no counted noun of its
    own: "two men aged 19 and 74 died", "âgés de 19, 23 et 74 ans", "im Alter von 19 und
    74 Jahren", "в возрасте 19 и 74 лет" give ages, no count of 74 or 23 (before, 74
    read as killed). A casualty verb after the figure is the list's predicate ("74
    died"); a noun of its own makes a count: "a man aged 19 and 74 others were
    injured", "aged 19 and 74 people" still count."""
    if not atom.digits or atom.scale != 1 or atom.grouped or atom.value > AGE_MAX:
        return False
    joined = _past_list_links(folded, aged.end, lang)
    if joined == _skip_spaces(folded, aged.end) or joined != atom.start:
        return False
    concept_, _, start, end = _unit_after(text, folded, atom.end, lang)
    if concept_ is not None and concept_ != "years":
        # "74 died": the list's predicate, a casualty verb; "74 people": a count of its own
        said = lang.casualties.match_at(folded, start, text)
        if said is None or said.end < end:
            return False
    return lang.others.match_at(folded, _skip_spaces(folded, atom.end)) is None


def _ages_end(folded: str, lang: LanguageData, start: int, *, whole: bool = False) -> int | None:
    """Where the ages given at ``start`` end: digits right after an age word ("aged 19",
    "im Alter von 19"), with the figures a list word joins to them (:func:`_age_listed`:
    "aged 19, 23 and 74") and the age or year words after the last ("74 Jahren", "74
    years old"); None when no age word opens them. With ``whole``, ``start`` is at the
    age word itself (an aside: ", aged 19 and 74,")."""
    words = _age_words(lang.code)
    if words is None:
        return None
    if whole:
        m = words.match_at(folded, start)
        if m is None or m.label != "before":
            return None
        start = _skip_spaces(folded, m.end)
        if not folded[start : start + 1].isdigit():
            return None
    else:
        m = words.match_before(folded, start, window=24)
        if m is None or m.label != "before" or folded[m.end : start].strip():
            return None
    end = start
    while (digits := _AGE_DIGITS.match(folded, end)) is not None:
        end = digits.end()
        p = _past_list_links(folded, end, lang)
        if p == _skip_spaces(folded, end) or not folded[p : p + 1].isdigit():
            break
        if _counted_after(folded, lang, p):
            break  # "aged 19 and 74 others": a count of its own ends the ages
        end = p
    p = _skip_spaces(folded, end)
    after = words.match_at(folded, p)
    if after is not None and after.label == "spaced":
        return after.end
    noun_link = _WORD.match(folded, p)
    if noun_link is not None and noun_link.group() in lang.noun_links:
        p = _skip_spaces(folded, noun_link.end())  # "74 de ani"
    unit = lang.units.match_at(folded, p)
    return unit.end if unit is not None and unit.label == "years" else end


def _past_list_links(folded: str, pos: int, lang: LanguageData) -> int:
    """Where the next item of a list starts after ``pos``: past the spaces and at most two
    list words (``[frames] place_joiners``: ",", "and", ", and", "et", "و"); where the
    spaces end when no list word stands there."""
    joiners = frame_words(lang.code).place_joiners
    p = _skip_spaces(folded, pos)
    for _ in range(2):  # ", and"
        w = _WORD.match(folded, p)
        link = folded[p] if folded[p : p + 1] == "," else (w.group() if w else "")
        if not link or link not in joiners:
            break
        p = _skip_spaces(folded, p + len(link))
    return p


def _age_aside(folded: str, lang: LanguageData, stop: re.Match[str]) -> int | None:
    """After a clause's comma, an aside that only gives ages and closes with a comma
    (", aged 19 and 74,", ", âgés de 19 et 74 ans,"): where the clause goes on."""
    if not stop.group().startswith(","):
        return None
    aged = _ages_end(folded, lang, stop.end(), whole=True)
    if aged is None:
        return None
    p = _skip_spaces(folded, aged)
    return p + 1 if folded[p : p + 1] == "," else None


def _counted_after(folded: str, lang: LanguageData, start: int) -> bool:
    """Whether the digits at ``start`` are followed by a noun of their own (a unit that is
    no casualty verb, no years; or "others"): a count, not the next age of a list."""
    digits = _AGE_DIGITS.match(folded, start)
    if digits is None:
        return True
    p = _skip_spaces(folded, digits.end())
    if lang.others.match_at(folded, p) is not None:
        return True
    unit = lang.units.match_at(folded, p)
    if unit is None or unit.label == "years":
        return False
    said = lang.casualties.match_at(folded, p)
    return said is None or said.end < unit.end


# An age in digits (see _ages_end).
_AGE_DIGITS = re.compile(r"[0-9]{1,3}(?![0-9.,]?[0-9])")


@functools.lru_cache(maxsize=16)
def _age_words(code: str) -> PhraseSet | None:
    numbers = get_language(code).raw.get("numbers", {})
    after = [str(w) for w in numbers.get("age_words", [])]
    before = [str(w) for w in numbers.get("age_before", [])]
    spaced = [str(w) for w in numbers.get("age_after", [])]
    if not (after or before or spaced):
        return None
    return PhraseSet({"after": after, "before": before, "spaced": spaced})


def _is_address(text: str, folded: str, atom: Atom, lang: LanguageData) -> bool:
    """A house number before its street: "49 Zorro Ranch Road", "9 E 71st St", "5 rue de Rivoli"."""
    if not lang.street_words or not atom.digits or atom.grouped or atom.scale != 1:
        return False
    # after the number (or a span of numbers, "16-18"): up to three capitalised
    # words or house ranks, then a street word, capitalised or followed by the
    # street's name ("5 rue de Rivoli")
    pos = atom.end
    span = _HOUSE_SPAN.match(text, pos)
    if span:
        pos = span.end()
    for _ in range(4):
        pos = _skip_spaces(folded, pos)
        m = _ADDRESS_WORD.match(text, pos)
        if m is None:
            return False
        word = m.group()
        if fold(m.group(1)) in lang.street_words:
            return word[0].isupper() or any(
                w[0].isupper() for w in _WORD.findall(text, m.end(), m.end() + 16)[:2]
            )
        if not (word[0].isupper() or word[0].isdigit()):
            return False
        pos = m.end()
    return False


_HOUSE_SPAN = re.compile(r"[-\u2013][0-9]{1,4}(?![0-9])")
# A word of a street name: "Zorro", "71st", "St.", "Road".
_ADDRESS_WORD = re.compile(r"([^\W\d_]+|[0-9]{1,4}[^\W\d_]{1,3})\.?")  # "71st", "3e"


def _month_before(folded: str, start: int, lang: LanguageData) -> bool:
    """A month name (or abbreviation with a period) right before ``start``: "June 15", "Oct. 31"."""
    pos = _back_spaces(folded, start)
    if pos > 0 and folded[pos - 1] == ".":
        pos = _back_spaces(folded, pos - 1)
    before = _word_before(folded, pos)
    return bool(before and before[0] + len(before[1]) == pos and before[1] in lang.months)


def _day_before_month(folded: str, start: int, lang: LanguageData) -> bool:
    """The month right before ``start`` has its day before it: "3. März", "3 de marzo"."""
    pos = _back_spaces(folded, start)
    if pos > 0 and folded[pos - 1] == ".":
        pos = _back_spaces(folded, pos - 1)
    month = _word_before(folded, pos)
    if month is None:
        return False
    pos = _back_spaces(folded, month[0])
    link = _word_before(folded, pos)
    if link is not None and link[0] + len(link[1]) == pos and link[1] in lang.noun_links:
        pos = _back_spaces(folded, link[0])
    if pos > 0 and folded[pos - 1] == ".":
        pos -= 1
    day = _DAY_BEFORE.search(folded, max(0, pos - 3), pos)
    return day is not None and 1 <= int(day.group()) <= 31


# A day of one or two digits that ends where the search window ends (no digit before it).
_DAY_BEFORE = re.compile(r"(?<![0-9.,])[0-9]{1,2}$")


# "… y 25", "… et 25", "…-25", "… și 25" before a month name: days in a list.
_LIST_OF_DAYS = re.compile(r"(?:-|[^\W\d_]{1,3})[ \t]*[0-9]{1,2}[ \t]*(?:\.[ \t]*)?(?=[^\W\d_])")


def _is_date_part(folded: str, atom: Atom, lang: LanguageData) -> bool:
    if not atom.digits or atom.scale != 1 or atom.grouped:
        return False
    value = atom.value
    if value != value.to_integral_value():
        return False
    # "3 septembrie", "15. August", "3 de março", and lists "24 y 25 de junio"
    pos = _skip_spaces(folded, atom.end)
    listed = _LIST_OF_DAYS.match(folded, pos)
    if listed:
        pos = listed.end()
    if pos < len(folded) and folded[pos] == ".":
        pos = _skip_spaces(folded, pos + 1)
    word = _word_at(folded, pos)
    if word and word.group() in lang.noun_links:
        word = _word_at(folded, _skip_spaces(folded, word.end()))
    if word and word.group() in lang.months and 1 <= value <= 31:
        return True
    # "June 15", "Oct. 31", "iunie 2024", "august 2022"; but a month that has its day
    # before it takes no second one: "am 3. März 17 Verletzte", "il 3 marzo 17 feriti"
    if _month_before(folded, atom.start, lang):
        if 1000 <= value <= 2100:
            return True
        return 1 <= value <= 31 and not _day_before_month(folded, atom.start, lang)
    # "15/08/2022", "2022-08-15"
    around = folded[max(0, atom.start - 1) : atom.end + 1]
    return bool(_SLASHED.search(around))


# A slash between or at the edge of digits ("15/08/2022"), read around a figure.
_SLASHED = re.compile(r"[0-9][/][0-9]|[0-9]/$|^/[0-9]")


_HHMM = re.compile(r"(?:[01][0-9]|2[0-3])[0-5][0-9]")
# "10.30" after a clock word ("a las 10.30 horas")
_HOUR_MINUTES = re.compile(r"[0-2]?[0-9][.,][0-5][0-9]")


def _is_bare_hour(folded: str, atom: Atom, lang: LanguageData) -> bool:
    """An hour: after a clock word ("alle 15") or before one ("14.30 Uhr", "9 a.m.")."""
    if atom.scale != 1 or atom.value < 0:
        return False
    clock_after = lang.clock_after.match_at(folded, _skip_spaces(folded, atom.end)) is not None
    if clock_after and _HHMM.fullmatch(atom.raw):
        return True  # "0401 GMT"
    if atom.value > 24:
        return False
    if clock_after:
        return True
    if not (atom.raw.isdigit() or _HOUR_MINUTES.fullmatch(atom.raw)):
        return False
    hit = lang.clock_words.match_before(folded, atom.start, window=16)
    if hit is not None and not in_baseline(folded, hit, lang):
        return True
    # "samedi à 22 heures": a preposition before and an hour noun after, but not a
    # range's second figure ("de 10 à 20 heures": ten to twenty hours)
    prep = lang.clock_prepositions.match_before(folded, atom.start, window=16)
    if prep is None or lang.clock_hours.match_at(folded, _skip_spaces(folded, atom.end)) is None:
        return False
    before = folded[: prep.start].rstrip()
    return not before[-1:].isdigit()


def in_baseline(folded: str, hit: PhraseMatch, lang: LanguageData) -> bool:
    """True when the clock word ``hit`` is the tail of a ``[frames] baseline`` word that
    starts before it ("rispetto alle 22 di domenica", "frente a las 22 del domingo"):
    the figure after it is the compared reading, no hour."""
    lo = max(0, hit.start - 32)
    return any(
        lo + b.start < hit.start < lo + b.end
        or (lo + b.start < hit.start and lo + b.end == hit.end)
        for b in frame_words(lang.code).baseline.find(folded[lo : hit.end], folded[lo : hit.end])
    )


def _year_shaped(atom: Atom) -> bool:
    """Four plain digits from 1000 to 2199: a year or a figure, depending on the words around."""
    return (
        atom.digits
        and atom.scale == 1
        and not atom.grouped
        and atom.raw.isdigit()
        and len(atom.raw) == 4
        and 1000 <= int(atom.raw) <= 2199
    )


def _modern_year(atom: Atom) -> bool:
    return _year_shaped(atom) and 1900 <= int(atom.raw) <= 2100


# Numeric dates and clock times: "2025-12-25", "15.08.2022", "3/9/25", "09:13".
# Each pattern below opens with the character it consumes first and only then
# looks behind it (at the character before that one): a pattern that opens
# with a look-behind is tried at every position of the text, one that opens
# with a character class only where that character stands.
_NUMERIC_DATE = re.compile(
    r"[0-9](?<![0-9.,][0-9])(?:[0-9]{3}-[0-9]{1,2}-[0-9]{1,2}"
    r"|[0-9]?[./-][0-9]{1,2}[./-][0-9]{2,4}|[0-9]?:[0-9]{2}(?::[0-9]{2})?)(?![0-9])"
)


# Phone numbers: a leading zero or "+" and two or more groups ("0721 456 789",
# "06 4567 8910", "+40 721 456 789"), or an area code and one long group
# ("0800 1234567", "030/12345678"). Each group starts with a separator, so
# the repetition is unambiguous and linear.
# Each alternative opens with its character ("+" or "0"), as the note above says:
# the regex engine then tries the pattern only where one of them stands (the
# two that open with "0" share it, tried in the same order).
_PHONE = re.compile(
    r"\+(?<![0-9.,]\+)[0-9]{1,3}[ .-]?[0-9]{1,4}(?:[ ./-][0-9]{2,4}){2,5}(?![0-9])"
    r"|0(?<![0-9.,]0)(?:[0-9]{1,4}(?:[ ./-][0-9]{2,4}){2,5}(?![0-9])"
    r"|[0-9]{2,4}[ ./-][0-9]{3,8}(?![0-9.,]))"
)


def _numeric_dates(text: str) -> list[tuple[int, int]]:
    """Spans of numeric dates, clock times, phone numbers and web addresses: none hold figures."""
    spans = [(m.start(), m.end()) for m in _NUMERIC_DATE.finditer(text)]
    spans += [(m.start(), m.end()) for m in _PHONE.finditer(text)]
    if "http" in text or "www." in text:  # what every web address opens with (a C-level find)
        spans += [(m.start(), m.end()) for m in _URL.finditer(text)]
    return spans


def _keep_atom(
    text: str,
    folded: str,
    atom: Atom,
    lang: LanguageData,
    *,
    full: bool,
    dates: list[tuple[int, int]] = [],  # noqa: B006 - read only
    outlets: Sequence[tuple[int, int]] = (),
) -> str:
    """Classify an atom: "count", "ordinal" or "drop"."""
    if atom.digits:
        if any(s <= atom.start and atom.end <= e for s, e in dates):
            return "drop"
        if (
            _is_clock(text, atom)
            or _is_date_part(folded, atom, lang)
            or _is_bare_hour(folded, atom, lang)
        ):
            return "drop"
        if _ordinal_end(folded, atom, lang) is not None:
            return "ordinal"
        if _is_id_like(text, folded, atom, lang) or not _glued_letters_ok(text, folded, atom, lang):
            return "drop"
        if not full and _is_address(text, folded, atom, lang):
            return "drop"
        if not full and _in_outlet_name(text, folded, atom, lang, outlets):
            return "drop"  # "selon France 24": a name, whatever list it ends
        if not full and _is_service_number(text, folded, atom, lang):
            return "drop"  # "el servicio de emergencias 118": the service's name
        if not full and _is_label(text, folded, atom, lang):
            return "label"
        if not full and _is_age(text, folded, atom, lang):
            return "drop"  # "Ein 17-Jähriger wurde getötet", "a boy aged 17 died"
        return "count"
    if atom.article and not full:
        return "drop"
    if not full and _in_compound(text, folded, atom, lang):
        return "drop"
    if not full and _pronoun(text, folded, atom, lang):
        return "drop"
    if (
        atom.bare_scale
        and not full
        and fold(atom.raw) not in lang.standalone
        and not _bound_singular(folded, atom, lang)
    ):
        return "drop"
    if not full and atom.raw[:1].isupper() and not atom.raw.isupper():
        # A capitalised number word inside a run of capitalised words is part
        # of a name ("Kim Jong Un", "Ocean's Eleven"), unless it opens a sentence.
        before = _word_before(text, atom.start)
        sentence_start = _opens_sentence(text, atom.start)
        if before and before[1][:1].isupper() and not sentence_start:
            return "drop"
    return "count"


def _bound_singular(folded: str, atom: Atom, lang: LanguageData) -> bool:
    """Whether a collective that is also a vague plural is the singular a bound
    governs: "более сотни человек" (more than a hundred), "близько сотні", while
    "сотни человек" alone stays "hundreds" (`singular_after_bound`)."""
    if not atom.bare_scale or folded[atom.start : atom.end] not in lang.singular_after_bound:
        return False
    return lang.qualifiers.match_before(folded, atom.start, window=24) is not None


def _listed(text: str, folded: str, kept: list[Atom], atom: Atom, lang: LanguageData) -> bool:
    """A figure after a name that continues a list of counts, not a label: "Al Haouz
    compte 290 morts, celle de Taroudant 190" (but "the Boeing 787", "S&P 500")."""
    if not kept or not _nothing_named_after(folded, atom.end, lang):
        return False
    after = atom
    for prev in reversed(kept[-4:]):
        if after.start - prev.end > _LIST_REACH or _SENTENCE_END.search(
            folded, prev.end, after.start
        ):
            return False
        unit = _unit_after(text, folded, prev.end, lang)[0]
        if unit is not None:
            c = concept(unit)
            return c is not None and c.kind in ("person", "thing")
        after = prev  # a bare figure of the same list ("Taroudant 190 et … Chichaoua 89")
    return False


def _atoms(text: str, folded: str, lang: LanguageData, *, full: bool) -> list[Atom]:
    digits = [
        _unit_over_multiplier(text, folded, a, lang)
        for a in scan_digits(text, folded, lang, full=full)
    ]
    words = scan_words(text, folded, lang, full=full)
    taken = [(a.start, a.end) for a in digits]
    merged = list(digits)
    for w in words:
        if not any(w.start < e and s < w.end for s, e in taken):
            merged.append(w)
    merged.sort(key=lambda a: a.start)
    return merged


def _glued_to(text: str, before: Atom, after: Atom) -> bool:
    """Two digit atoms joined by one hyphen, slash or dot: parts of one code ("3888-2", "20-24")."""
    return (
        before.digits
        and after.digits
        and after.start - before.end == 1
        and (text[before.end] in "-/.\u2013")
    )


# --------------------------------------------------------------------------- #
# Ranges
# --------------------------------------------------------------------------- #


def _shared_scale(low: Atom, high: Atom) -> Decimal:
    """The low figure of "11-12 mii" or "20–30,000", with the magnitude it shares."""
    if low.scale == 1 and high.scale > 1 and low.value * high.scale <= high.value:
        return low.value * high.scale
    if (
        low.scale == 1
        and high.digits
        and high.grouped
        and not low.grouped
        and low.value < 1000 <= high.value
        and high.raw.endswith("000")
    ):
        scaled = low.value * 1000
        if scaled <= high.value < scaled * 10:
            return scaled
    return low.value


def _between_prefix(text: str, folded: str, start: int, lang: LanguageData, mid: str) -> int | None:
    """Where the opening word of "between X and Y" / "from X to Y" starts, if one does."""
    cur = _currency_before(text, folded, start, lang)
    head = folded[: cur.start if cur else start].rstrip()
    for pre, pair_mid in lang.range_between:
        if pair_mid != mid:
            continue
        if head.endswith(pre):
            begin = len(head) - len(pre)
            if begin == 0 or not folded[begin - 1].isalnum():
                return begin
    return None


def _is_score(text: str, a: Atom, b: Atom) -> bool:
    """ "2-1", "89-89", "2014-15": two plain whole numbers joined by a bare hyphen,
    the second not larger. A score, a season or a code; never a range."""
    return (
        a.digits
        and b.digits
        and b.start - a.end == 1
        and text[a.end] in "-\u2013"
        and a.raw.isdigit()
        and b.raw.isdigit()
        and a.scale == b.scale == 1
        and a.value >= b.value
    )


def _range_pair(
    text: str, folded: str, a: Atom, b: Atom, lang: LanguageData
) -> tuple[int, bool] | None:
    """Whether atoms ``a`` and ``b`` form one range: (span start, opened by a word)."""
    if (_modern_year(a) and not _plain(b)) or (_modern_year(b) and not _plain(a)):
        return None  # "rose 60% in 2018 to 3.9 million": a year never ends a range
    mid_start = a.end
    unit_a = _direct_unit(text, folded, a.end, lang)
    if unit_a is not None:
        mid_start = unit_a.end
    if b.start - mid_start > _RANGE_GAP + _CURRENCY_BACK + 1:
        # The gap read below runs from the end of a's unit to the start of b's currency
        # (at most _CURRENCY_BACK + 1 before b.start): longer than _RANGE_GAP whatever
        # the currency is, so its look-up is skipped. (Measured from a.end it would
        # refuse "between 10 square kilometres and 20 square kilometres".)
        return None
    cur_b = _currency_before(text, folded, b.start, lang)
    mid_end = cur_b.start if cur_b else b.start
    if mid_end < mid_start:
        return None
    gap = folded[mid_start:mid_end]
    if len(gap) > _RANGE_GAP or "\n" in gap:
        return None
    mid = gap.strip()
    begin = _between_prefix(text, folded, a.start, lang, mid) if mid else None
    if begin is None and mid not in lang.range_infix:
        begin = _hedged_between(text, folded, a, mid_start, mid_end, lang)
    if begin is None and mid not in lang.range_infix:
        repeated = _repeated_word(folded, b, mid_start, mid_end)
        if repeated is None:
            return None
        mid, unit_a = repeated, None
        begin = _between_prefix(text, folded, a.start, lang, mid) if mid else None
        if begin is None and mid not in lang.range_infix:
            return None
    if unit_a is not None:
        # "5% to 10%" is a range, "rose 0.7 percent to 6,327.80" or "up 4 per
        # cent to $13.60" two figures: a unit after the first figure must come
        # back with the second one, unless a word opened the range ("from 208
        # pounds to 193").
        unit_b = _direct_unit(text, folded, b.end, lang)
        label_b = unit_b.label if unit_b else cur_b.label if cur_b else None
        if label_b is None and begin is None:
            return None
        if label_b is not None and label_b != unit_a.label:
            return None
    if unit_a is None:
        # "una magnitudo pari a 7 a 8,5 chilometri di profondità", "une magnitude
        # de 6,1 à 12 km de profondeur": a measure named before the first figure
        # and another unit after the second are two figures ("magnitude de 6 à 7"
        # is a range)
        before_a = _unit_right_before(folded, lang, a.start)
        unit_b = _direct_unit(text, folded, b.end, lang)
        if before_a is not None and unit_b is not None and unit_b.label != before_a.label:
            return None
    cur_a = _currency_before(text, folded, a.start, lang)
    if (
        begin is None
        and mid[:1].isalpha()
        and (cur_a is not None or unit_a is not None)
        and lang.change_prepositions.match_before(folded, cur_a.start if cur_a else a.start, 12)
    ):
        # "increased by $43.6 billion to $419.2 billion": an amount of change
        # with its own unit, then the level it reached ("dropped by 1 to 1.5
        # degrees" is a range).
        return None
    if begin is None and len(mid) == 1 and _homograph_bound(text, folded, a, b, lang):
        return None
    low = _shared_scale(a, b)
    if begin is None and not low < b.value:
        return None
    if begin is not None and low == b.value:
        return None
    return (begin if begin is not None else a.start), begin is not None


def _homograph_bound(text: str, folded: str, a: Atom, b: Atom, lang: LanguageData) -> bool:
    """Whether one bound of a range no word opens (its connector one letter, "a", "o")
    is a ``[numbers] homographs`` word and the other is in digits with no count of
    people or things after it: "con venti a 185 chilometri orari" (winds at 185 km/h)
    is one speed, while "venti a 30 feriti", "da venti a 30", "acht bis 20 Meter" stay
    ranges."""
    if not (
        (b.digits and _homograph_atom(folded, a, lang))
        or (a.digits and _homograph_atom(folded, b, lang))
    ):
        return False
    unit = _direct_unit(text, folded, b.end, lang)
    return unit is None or concept_kinds().get(unit.label) not in ("person", "thing")


def _hedged_between(
    text: str, folded: str, a: Atom, mid_start: int, mid_end: int, lang: LanguageData
) -> int | None:
    """ "zwischen rund 5000 und bis zu 11.000", "between about 5,000 and up to
    11,000": hedges inside an opened range leave it a range."""
    inner = lang.qualifiers.match_before(folded, mid_end, window=mid_end - mid_start)
    cut = inner.start if inner is not None and inner.start >= mid_start else mid_end
    lead = lang.qualifiers.match_before(folded, a.start, window=24)
    if cut == mid_end and lead is None:
        return None
    mid = folded[mid_start:cut].strip()
    return (
        _between_prefix(text, folded, lead.start if lead else a.start, lang, mid) if mid else None
    )


def _plain(atom: Atom) -> bool:
    """A whole number in plain digits, as a year is written."""
    return atom.digits and atom.scale == 1 and not atom.grouped and atom.raw.isdigit()


def _repeated_word(folded: str, b: Atom, mid_start: int, mid_end: int) -> str | None:
    """ "138,285 lots from 212,577 lots": the same word after both figures is their
    unit, so the connector is what stands between it and the second figure."""
    word = _word_at(folded, _skip_spaces(folded, mid_start))
    if word is None or word.start() >= mid_end:
        return None
    after_b = _word_at(folded, _skip_spaces(folded, b.end))
    if after_b is None or after_b.group() != word.group():
        return None
    return folded[word.end() : mid_end].strip()


def _spans(text: str, folded: str, atoms: list[Atom], lang: LanguageData) -> list[_Span]:
    spans: list[_Span] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            if _is_score(text, a, b):
                i += 2
                continue
            pair = _range_pair(text, folded, a, b, lang)
            if pair is not None:
                start, between = pair
                low = _shared_scale(a, b)
                spans.append(
                    _Span(start, b.end, min(low, b.value), max(low, b.value), (a, b), between)
                )
                i += 2
                continue
        spans.append(_Span(a.start, a.end, a.value, a.value, (a,)))
        i += 1
    return spans


def _is_year_span(
    folded: str,
    span: _Span,
    unit: str | None,
    direct: bool,
    lang: LanguageData,
    start: int,
    unit_text: str | None = None,
    unit_end: int = -1,
) -> bool:
    """Whether a span of four-digit figures is a year ("în 2024", "2022") rather than a count.

    A head count, thing or sum named right after the figure makes it a count
    ("2000 soldiers", "1500 de euro"). Otherwise, after a year preposition
    ("in", "în", "since") a figure from 1000 to 2100 is a year ("In 2021 most
    people"); without one, 1900 to 2100 is a year unless a counted noun
    follows a few words on, and an earlier figure is a count ("the 1000 hp
    barrier"). A year followed by a measure abbreviation is still a year
    ("2025 ha" in Italian is "2025 has"); one followed right away by a measure
    spelt as a word is a count, outside a year preposition ("spilled 2000
    barrels", "تسرب 2000 برميل", "2000 hectares").

    After a preposition that holds a year noun ("im Jahr", "en el año", "nell'anno",
    "in het jaar": :func:`_year_noun_before`) it is a year whatever follows, and a
    status verb right after it whose subject is the figure after that ("2019 starben 40
    Menschen", "in 2019 died 40 people") counts nothing of the year's.
    """
    if not all(_year_shaped(a) for a in span.atoms):
        return False
    if _year_noun_before(folded, start, lang):
        return True  # "Im Jahr 2019 starben 40 Menschen", "en el año 2000 soldados"
    counted = unit is not None and concept_kinds().get(unit) in ("person", "thing", "money")
    if counted and _is_status(unit) and _figure_right_after(folded, unit_end, lang):
        counted = False  # "2019 starben 40 Menschen": the verb's subject is the next figure
    before = _word_before(folded, start)
    if (
        counted
        and _is_status(unit)
        and before is not None
        and before[1] in lang.year_preposition_words
        and all(_modern_year(a) for a in span.atoms)
        and _noun_right_before(folded, before[0], lang)
    ):
        return True  # "One child in 2020 died": the status is its noun's, the figure a date
    if counted and direct:
        return False
    if before and before[1] in lang.year_preposition_words:
        return True
    if counted or (direct and _measure_word(unit, unit_text)):
        return False
    # one year, or a span of years ("between 1600 and 1900", "from 1000 to 1260")
    return len(span.atoms) > 1 or all(_modern_year(a) for a in span.atoms)


def _noun_right_before(folded: str, pos: int, lang: LanguageData) -> bool:
    """A ``[units]`` noun ends right before ``pos`` (only blanks between): the subject
    of a status verb after a year ("Un niño en 2020 murió", "one child in 2020 died")."""
    m = lang.units.match_before(folded, pos, window=40)
    if m is not None and not folded[m.end : pos].strip():
        return True
    # or a noun a figure in words or digits counts: "one child in 2020", "3 Kinder im 2020"
    noun = _word_before(folded, pos)
    if noun is None:
        return False
    p = _back_spaces(folded, noun[0])
    if folded[p - 1 : p].isdigit():
        return True
    figure = _word_before(folded, noun[0])
    return figure is not None and figure[1] in lang.number_vocabulary


@functools.lru_cache(maxsize=32)
def _year_noun_prepositions(lang: LanguageData) -> PhraseSet:
    """The language's ``[dates] year_prepositions`` that hold a year noun (``year_words``)
    after their first word: "im Jahr", "en el año", "nell'anno", "in het jaar", "w roku",
    "no ano de". Not a year noun alone ("jedes Jahr 2000 Tote", "each year 2000 people":
    a count per year), nor a plain preposition ("in 2000 soldiers"). Built once per
    language data (which hashes by identity)."""
    dates = lang.raw.get("dates", {})
    nouns = {t[-1] for t in (_WORD.findall(fold(str(w))) for w in dates.get("year_words", [])) if t}
    phrases = [
        str(p)
        for p in dates.get("year_prepositions", [])
        if not nouns.isdisjoint(_WORD.findall(fold(str(p)))[1:])
    ]
    return PhraseSet({"year": phrases})


def _year_noun_before(folded: str, start: int, lang: LanguageData) -> bool:
    """A year-noun preposition (:func:`_year_noun_prepositions`) ends right before ``start``."""
    m = _year_noun_prepositions(lang).match_before(folded, start, window=24)
    return m is not None and not folded[m.end : start].strip()


def _figure_right_after(folded: str, pos: int, lang: LanguageData) -> bool:
    """A figure in digits or words (worth more than one) opens right after ``pos``."""
    if pos < 0:
        return False
    p = _skip_spaces(folded, pos)
    if folded[p : p + 1].isdigit():
        return True
    w = _word_at(folded, p)
    return w is not None and w.group() in _number_words(lang)


# Letters a measure's name needs to be a word, not an abbreviation ("ha", "km", "t").
_MEASURE_WORD_LETTERS = 4


def _measure_word(unit: str | None, unit_text: str | None) -> bool:
    """A measure named by a word ("barrels", "برميل", "tonnes"), not an abbreviation."""
    if unit_text is None or concept_kinds().get(unit or "") != "measure":
        return False
    return sum(c.isalpha() for c in unit_text) >= _MEASURE_WORD_LETTERS


def _level_verb(folded: str, start: int, lang: LanguageData) -> bool:
    """A verb of change (``[syntax] level_verbs``) ends right before ``start``."""
    verb = lang.level_verbs.match_before(folded, start, window=40)
    return verb is not None and not folded[verb.end : start].strip()


def _until_year(
    folded: str,
    span: _Span,
    unit: str | None,
    direct: bool,
    lang: LanguageData,
    start: int,
    figure: int,
) -> bool:
    """An "up to" word that is also a year preposition, before a year: "until 2027".

    "до 2027 года", "do 2027 roku", "fino al 2027", "até 2027" say when, not
    how many: a modern year (1900 to 2100) after such a word is a year unless
    a head count, thing or sum is named right after it ("до 2000 человек").
    """
    if not all(_modern_year(a) for a in span.atoms):
        return False
    cue = " ".join(folded[start:figure].split())
    if cue not in lang.year_preposition_words:
        return False
    if unit == "years":
        return True  # "до 2027 года", "do 2027 roku": the year word names it
    if unit is not None or lang.until_year_needs_word:
        return False  # "до 2000 дополнительных военных", "вырасти до 2000.": a count
    if lang.change.match_before(folded, start, window=30) or _level_verb(folded, start, lang):
        return False  # "может вырасти до 2000": the level a count may reach
    rest = folded[span.end :].lstrip()
    return not rest or rest[0] in ".,;:!?)"  # "hasta 2027.": no count follows


# How far before a lone year-shaped figure the toll that reached it may end.
_TOLL_LEVEL_REACH = 60


def _toll_level(
    text: str, folded: str, span: _Span, unit: str | None, lang: LanguageData, start: int
) -> bool:
    """A lone year-shaped figure is the level a toll reached, not a year: "the death
    toll rose to 2012", "het dodental is gestegen tot 2012", "die Zahl der Toten ist
    auf 2012 gestiegen", "la cifra de muertos asciende a 2012".

    The word right before the figure says "to" (``[dates] level_prepositions``), and a
    toll (``[tolls]``, or a count noun and the status it counts: "el número de
    fallecidos") ends one to three words before that word, in the same clause: its
    verb stands between ("rose", "is gestegen"). Not when a word after the figure
    names it a year ("до 2012 года"), nor after "in" or "since" ("the toll rose in
    2012"), which are no level words.
    """
    if len(span.atoms) != 1 or unit is not None:
        return False
    prep = _level_prepositions(lang).match_before(folded, start, window=16)
    if prep is None or folded[prep.end : start].strip():
        return False
    begin = max(_sentence_begin(folded, start), start - _TOLL_LEVEL_REACH)
    tolls = lang.tolls.find_in(text, folded, begin, prep.start)
    nouns = lang.toll_nouns.find_in(text, folded, begin, prep.start)
    for m in lang.units.find_in(text, folded, begin, prep.start):
        c = concept(m.label)
        if c is not None and c.status and any(0 <= m.start - n.end <= 16 for n in nouns):
            tolls.append(m)  # "el número de fallecidos subió a 2015"
    if not tolls:
        return False
    between = folded[begin + max(m.end for m in tolls) : prep.start]
    return 1 <= len(between.split()) <= 3 and not any(c.isdigit() or c in ",;:()" for c in between)


def _level_prepositions(lang: LanguageData) -> PhraseSet:
    """The language's ``[dates] level_prepositions`` as a phrase set, built once."""
    found = _LEVEL_PREPOSITIONS.get(lang.code)
    if found is None:
        words = lang.raw.get("dates", {}).get("level_prepositions", [])
        found = _LEVEL_PREPOSITIONS[lang.code] = PhraseSet({"level": [str(w) for w in words]})
    return found


_LEVEL_PREPOSITIONS: dict[str, PhraseSet] = {}


def _homograph(folded: str, q: Quantity, lang: LanguageData) -> bool:
    """A lone number word that is also a common word (``[numbers] homographs``: Italian
    "venti", winds; Romanian "nouă", new; Catalan "deu", owes) and counts nothing: no
    figure ("Venti forti hanno colpito la costa", "La Generalitat deu diners").

    It counts when its noun follows it (then the figure's text holds more than the word),
    when what follows makes it a count of people ("acht wurden verletzt"),
    when a qualifier bounds it ("almeno venti"), when a partitive stands right before or
    after it ("dintre care nouă", "Nouă dintre ei au fost răniți", "Venti dei feriti
    sono gravi"), or when it ends its
    clause with a unit a rule gave it ("I morti sono venti.", "Het dodental steeg tot
    acht.")."""
    if q.qualifier != Qualifier.EXACT.value:
        return False
    words = _homograph_words(lang)
    word = _WORD.match(folded, q.start) if words else None
    if word is None or word.group() not in words:
        return False
    if not q.low == q.high == lang.number_vocabulary.get(word.group()):
        return False  # "acht en een half", "tra venti e trenta": more than the word
    if lang.partitives.match_before(folded, q.start, window=24) is not None:
        return False
    after_word = _skip_spaces(folded, word.end())
    if (
        lang.partitives.match_at(folded, after_word) is not None
        or lang.fronted_partitives.match_at(folded, after_word) is not None
    ):
        return False  # "Venti dei feriti sono gravi", "Acht van de slachtoffers …"
    if word.end() < q.end:  # "Venti persone", not "Noua lege privind incendiile"
        if q.unit is not None and concept_kinds().get(q.unit) == "person":
            return False  # "acht wurden verletzt", "acht raakten gewond": people counted
        return lang.units.match_at(folded, after_word) is None
    if q.unit is None:
        return True
    return not _clause_ends(folded, q.end, lang)


def _heads_a_plural(text: str, folded: str, q: Quantity, lang: LanguageData) -> bool:
    """Whether a lone number word that is also a common word ("acht") heads a plural
    noun the units do not hold, and its clause counts people (a status a rule gave
    it): "Acht Skifahrer wurden gerettet", "acht skiërs zijn levend gered" count the
    rescued, as "Acht Menschen wurden gerettet" does. ``_plural_noun_after`` says what
    a plural noun is (a plural ending; in German a capital)."""
    if q.unit is None or concept_kinds().get(q.unit) != "person" or q.unit_text is None:
        return False
    word = _WORD.match(folded, q.start)
    if word is None or not _plural_noun_after(text, folded, word.end(), lang):
        return False
    noun = _WORD.search(folded, word.end())
    status = folded.find(fold(q.unit_text), noun.end()) if noun is not None else -1
    if noun is None or status < 0 or status - noun.end() > _STATUS_AFTER_NOUN:
        return False
    # the status is the noun's own predicate: no other plural noun stands between them
    # ("deu diners als ajuntaments afectats": the councils are affected, not the money)
    return not any(
        _plural_noun_after(text, folded, w.start(), lang)
        for w in _WORD.finditer(folded, noun.end(), status)
    )


def _numeral_before_plural(text: str, folded: str, q: Quantity, lang: LanguageData) -> bool:
    """Whether a lone number word that is also a common word is a number because a plural
    noun the units do not hold follows it, where its other reading cannot stand there
    (``[numbers] plural_homographs``: Catalan "nou", new, agrees with a singular noun,
    so "es van endur nou peces" took nine pieces; German "acht" before a capitalised
    plural noun: "acht Gemälde")."""
    listed = _plural_homographs(lang.code)
    word = _WORD.match(folded, q.start) if listed else None
    return (
        word is not None
        and word.group() in listed
        and _plural_noun_after(text, folded, word.end(), lang)
    )


@functools.lru_cache(maxsize=16)
def _plural_homographs(code: str) -> frozenset[str]:
    """The language's ``[numbers] plural_homographs``, folded."""
    raw = get_language(code).raw.get("numbers", {}).get("plural_homographs", [])
    return frozenset(fold(str(w)) for w in raw)


# How far after its noun the status of a homograph's count may stand ("Acht Skifahrer
# wurden gerettet", "acht skiërs zijn levend gered").
_STATUS_AFTER_NOUN = 40


def _clause_ends(folded: str, pos: int, lang: LanguageData) -> bool:
    """Only punctuation, the end of the text or a list joiner follows ``pos``."""
    rest = folded[pos : pos + _LIST_JOINER_MAX].lstrip()
    if not rest or not rest[0].isalnum():
        return True
    word = _WORD.match(rest)
    return word is not None and word.group() in lang.bound_joiners


_HOMOGRAPHS: dict[str, frozenset[str]] = {}


def _homograph_words(lang: LanguageData) -> frozenset[str]:
    """The language's ``[numbers] homographs``, folded (read once per language)."""
    words = _HOMOGRAPHS.get(lang.code)
    if words is None:
        listed = lang.raw.get("numbers", {}).get("homographs", [])
        words = _HOMOGRAPHS[lang.code] = frozenset(fold(str(w)) for w in listed)
    return words


def _homograph_atom(folded: str, atom: Atom, lang: LanguageData) -> bool:
    """A figure in words that is one ``[numbers] homographs`` word alone ("venti")."""
    return not atom.digits and folded[atom.start : atom.end] in _homograph_words(lang)


# --------------------------------------------------------------------------- #
# The words around a figure
# --------------------------------------------------------------------------- #


_CLOSING_QUOTES = frozenset('"\u201d\u201c\u00bb\u2019')


def _unit_after(
    text: str, folded: str, pos: int, lang: LanguageData, opened: int | None = None
) -> tuple[str | None, str | None, int, int]:
    """The unit named right after a figure: (concept, unit words, unit start, end).

    ``opened`` is where the figure with its hedge starts, given to read a subject put
    after a copula and its figure (:func:`_subject_after`)."""
    p = _skip_spaces(folded, pos)
    if folded[p : p + 1] == "\u00bb" or (
        folded[p : p + 1] in _CLOSING_QUOTES and p > 0 and not folded[p - 1].isspace()
    ):
        # «rechnet mit "tausenden" Todesopfern», «« des dizaines » de disparus»: a
        # quoted figure, then its noun
        p = _skip_spaces(folded, p + 1)
    # "%" and "la sută" may follow with or without a space
    m = lang.percent.match_at(folded, p, text)
    if m:
        return "percent", text[m.start : m.end], m.start, m.end
    starts = [p]
    link = _word_at(folded, p)
    if link and link.group() in lang.noun_links:
        starts.append(_skip_spaces(folded, link.end()))
    elif (
        link
        and folded[link.end() : link.end() + 1] == "'"
        and link.group() + "'" in lang.noun_links
    ):
        starts.append(link.end() + 1)  # "milliards d'euros"
    elif p < len(folded) and folded[p] == "'" and any(n.endswith("'") for n in lang.noun_links):
        starts.append(p + 1)
    elif p == pos and folded[p : p + 1] == "-" and folded[p + 1 : p + 2].isalpha():
        starts.append(p + 1)  # "6.1-inch", "185-hp", "3.5-liter"
    for s in starts:
        m = _noun_at(text, folded, s, lang)
        if m:
            return m.label, text[m.start : m.end], m.start, m.end
    if opened is not None and (subject := _subject_after(folded, opened, p, lang)) is not None:
        m = _noun_at(text, folded, subject, lang)  # "Sono circa 9.000 gli ettari colpiti"
        if m:
            return m.label, text[m.start : m.end], m.start, m.end
    # One or two adjectives may stand between the figure and its noun
    # ("2,000 North Korean soldiers", "5.000 de noi refugiați", "25 000 los
    # manifestantes").
    s = starts[-1]
    for _ in range(2):
        w = _word_at(folded, s)
        if not w or w.group() in lang.noun_links or w.group() in lang.number_vocabulary:
            break
        if lang.event_clause.match_at(folded, w.start()) is not None:
            break  # "42 villagers and injured 130": the noun of another clause
        if lang.attribution_prefix.match_at(folded, w.start()) is not None:
            break  # "3,000 according to police": the credit's noun counts nothing
        if w.start() == p and _opens_phrase(w.group(), lang):
            break  # "48,000 as the police claim": the noun of another clause
        held = lang.held_or_stuck.match_at(folded, w.start())
        if held is not None:
            # "150 automobilistas seguem presos": the predicate, not an adjective and a noun
            label = _custody_or_stuck(folded, lang, held.start, held.end)
            return label, text[held.start : held.end], held.start, held.end
        s = _skip_spaces(folded, w.end())
        if s < len(folded) and folded[s] == "-":
            w2 = _word_at(folded, s + 1)
            if w2:
                s = _skip_spaces(folded, w2.end())
        m = lang.units.match_at(folded, s, text)
        if m is not None and _noun_written_small(text, folded, m, lang):
            # "Drei Verdächtige sitzen in Haft": a verb of the noun's letters ends it; its
            # status predicate, if it is one, is what the head noun before it is
            said = lang.casualties.match_at(folded, s, text)
            if said is not None and concept_kinds().get(said.label) == "person":
                return said.label, text[said.start : said.end], said.start, said.end
            break
        if m and concept_kinds().get(m.label) in ("person", "thing") and not _adjacent(m.label):
            said = lang.casualties.match_at(folded, starts[-1], text)
            if said is not None and said.end >= m.end and said.label != m.label:
                break  # "90 remis aux familles": the object of what was done, no head noun
            return m.label, text[m.start : m.end], m.start, m.end
    # A people named by where they come from counts people: "100 Nederlanders",
    # "250,000 Libyans", "70 000 Russen", "5,7 milions de romanesos", "sono 55.000 i
    # sudanesi arrivati" (place data's demonyms).
    fw = frame_words(lang.code)
    for s in _demonym_starts(folded, starts, lang):
        m = fw.demonyms.match_at(folded, s, text)
        if m is not None and _demonym_is_noun(text, folded, m.end, lang):
            # not "in 2023 Russian forces": there the demonym is an adjective
            return "people", text[m.start : m.end], m.start, m.end
    return None, None, pos, pos


def _opens_phrase(word: str, lang: LanguageData) -> bool:
    """Whether ``word``, right after a figure, opens a clause of its own rather than
    standing before the figure's noun: a word of comparison (``[frames]
    comparison_words``: "48,000 as the police claim", "48 000 comme les policiers",
    "48.000 zoals de politie"); the noun after it is not what the figure counts."""
    return word in frame_words(lang.code).comparison_words


def _subject_after(folded: str, opened: int, pos: int, lang: LanguageData) -> int | None:
    """Where the subject's noun starts when a copula stands right before a figure (its
    hedge included, from ``opened``) and a definite article right after it (``pos``):
    "Sono circa 9.000 gli ettari colpiti", "Son 30 los heridos", "São 30 os feridos",
    "Són 30 els ferits" ([toll_nouns] copulas, subject_articles). Not "Erano le 9 i
    soccorritori" (an article between copula and figure), nor "30 gli interventi, i
    feriti 12" for the 12 (no copula before it)."""
    if not lang.subject_articles:
        return None
    article = _word_at(folded, pos)
    if article is None or article.group() not in lang.subject_articles:
        return None
    if lang.copulas.match_before(folded, opened, window=24) is None:
        return None
    return _skip_spaces(folded, article.end())


def _demonym_starts(folded: str, starts: list[int], lang: LanguageData) -> list[int]:
    """Where a demonym counted by a figure may start: right after it, after a noun link
    ("milions de romanesos"), or after an article ("son 55.000 los sudaneses")."""
    out = list(starts)
    word = _word_at(folded, starts[0])
    if word is not None and word.group() in lang.determiners:
        out.append(_skip_spaces(folded, word.end()))
    return out


def _demonym_is_noun(text: str, folded: str, end: int, lang: LanguageData) -> bool:
    """Whether a demonym ending at ``end`` after a figure is the noun it counts, not an
    adjective of a noun after it: where adjectives follow their noun (``[frames]
    adjectives_after``) always ("84.000 rumanos viven"); elsewhere when its phrase ends
    there (:func:`_nothing_named_after`), a status or a verb giving its count follows
    (``[casualties]``, ``[toll_nouns] copulas``: "The Italians numbered 200"), or, where
    every noun is capitalised, a lower-case word does ("120 Ukrainer kehrten zurück";
    not "120 ukrainische Drohnen"). An event verb alone does not: "120 Ukrainians
    returned" is left to the report's crowds (claims)."""
    if _nothing_named_after(folded, end, lang):
        return True
    fw = frame_words(lang.code)
    if fw.adjectives_after:
        return True
    p = _skip_spaces(folded, end)
    if (
        lang.casualties.match_at(folded, p, text) is not None
        or lang.copulas.match_at(folded, p, text) is not None
    ):
        return True
    return fw.nouns_capitalised and text[p : p + 1].isalpha() and text[p : p + 1].islower()


def _adjacent(unit: str) -> bool:
    """A unit named only right after its figure (concepts.toml ``adjacent``: "three
    hospitals", not "27 naar ziekenhuizen")."""
    c = concept(unit)
    return c is not None and c.adjacent


def _listed_one(folded: str, start: int, lang: LanguageData) -> bool:
    """Whether the word of one at ``start`` follows a list word, past a hedge: "3 dead and
    one injured", "3 muertos y un herido", "al menos un muerto … y como mínimo un herido"
    (alone, "un", "una", "one" are articles, and no figure)."""
    hedge = lang.qualifiers.match_before(folded, start, window=24)
    before = _word_before(folded, hedge.start if hedge is not None else start)
    return before is not None and before[1] in frame_words(lang.code).place_joiners


@functools.lru_cache(maxsize=32)
def _one_words(lang: LanguageData) -> frozenset[str]:
    """The words of the number one (``number_vocabulary``, ``[numbers.articles]`` of one):
    "one", "un", "una", "jeden", "ein"."""
    words = {w for w, v in lang.number_vocabulary.items() if v == 1}
    words |= {fold(w) for w, v in lang.articles.items() if v == 1}
    return frozenset(words)


@functools.lru_cache(maxsize=32)
def _number_words(lang: LanguageData) -> frozenset[str]:
    """The words of a spelled-out number worth more than one (``number_vocabulary``):
    "tres", "hundred", not "un", "one". Built once per language data (which hashes
    by identity)."""
    return frozenset(w for w, v in lang.number_vocabulary.items() if v > 1)


# Digits of another figure later in a clause (see _casualty).
_CLAUSE_DIGITS = re.compile(r"[0-9]+(?:[.,][0-9]+)?")


# How far after a head of the injured the words of where they are now may end ("Cinc dels
# ferits en el xoc de trens de dimarts a prop de Lovaina continuen ingressats"): further
# than a status predicate's reach, as only a hospital state is taken from there.
_HOSPITAL_STATE_REACH = 100


def _never_falls(unit: str | None) -> bool:
    """A cumulative count (``never_falls`` in ``concepts.toml``: the dead, the injured)."""
    c = concept(unit)
    return c is not None and c.never_falls


# A state the injured may be in now, named before them ("in hospital remain 48 injured")
# or after another ("survived and are in hospital"); the injured and the rescued, whose
# later state a clause may go on to name ("überlebten den Absturz verletzt").
_HOSPITALIZED, _HURT, _RESCUED = "hospitalized", "injured", "rescued"
_POISONED = "poisoned"
# Patients are in care: a hospital state after them says nothing new ("40 patiënten konden
# nog in het ziekenhuis worden behandeld" stay patients).
_PATIENTS = "patients"


def _casualty(folded: str, pos: int, lang: LanguageData, reach: int = 60) -> PhraseMatch | None:
    """A casualty predicate later in the clause: "soldați ... au fost uciși", up to
    the next figure or a word that joins another clause ("almeno 632 e i feriti")."""
    end = pos + reach
    stop = _CLAUSE_END.search(folded, pos)
    while stop is not None and stop.start() < end and (aside := _age_aside(folded, lang, stop)):
        end += aside - stop.start()  # "two men, aged 19 and 74, died": their ages, no clause
        stop = _CLAUSE_END.search(folded, aside)
    clause_end = stop.start() if stop else len(folded)
    limit = min(clause_end, end)
    digit = _CLAUSE_DIGITS.search(folded, pos, limit)
    while digit is not None:
        if (aged := _ages_end(folded, lang, digit.start())) is not None:
            # "two men aged 19 and 74 died": the ages are no other count, and take none
            # of the reach ("zwei Männer im Alter von 19 und 74 Jahren starben")
            limit = min(clause_end, limit + aged - digit.start())
            digit = _CLAUSE_DIGITS.search(folded, aged, limit)
            continue
        if _unit_right_before(folded, lang, digit.start()) is None:
            limit = digit.start()
            break  # a measure named before it ("der Stärke 6,8 verletzt") is no other count
        digit = _CLAUSE_DIGITS.search(folded, digit.end(), limit)
    words = _WORD.findall(folded, pos, limit)
    if not _number_words(lang).isdisjoint(words):  # most clauses hold none: one C-level test
        for word in _WORD.finditer(folded, pos, limit):
            if lang.number_vocabulary.get(word.group(), 1) > 1:  # not "un", "una", "one"
                limit = word.start()  # "224 fallecidos y tres desaparecidos": the next figure
                break
    if not _one_words(lang).isdisjoint(words):
        for word in _WORD.finditer(folded, pos, limit):
            if word.group() in _one_words(lang) and _listed_one(folded, word.start(), lang):
                limit = word.start()  # "3 dead and one injured": the next figure
                break
    vague = lang.vague.find_in(folded, folded, pos, limit)
    if vague:  # "42 superstiti e decine di dispersi": a vague figure is the next figure too
        limit = pos + vague[0].start
    found = lang.casualties.find_in(folded, folded, pos, limit)
    if not found:
        # most clauses: the words that join another clause are not asked
        return _killed_particle(folded, lang, limit, stop.start() if stop else len(folded))
    joiners = [
        j.start
        for j in lang.event_clause.find_in(folded, folded, pos, limit)
        if not any(m.start <= j.start < m.end for m in found)
    ]
    first: PhraseMatch | None = None
    for m in found:
        if any(j < m.start for j in joiners) and _figure_follows_link(folded, pos + m.end, lang):
            continue  # "almeno 632 e i feriti 329": the next figure's noun
        if _denied_status(folded, lang, pos, pos + m.start):
            continue  # "25 had not been vaccinated", "96 no estaban vacunados": not that
        if first is None:
            first = m
            if _never_falls(m.label):
                break  # a toll that never falls is what they are counted by
        elif first.label == _HOSPITALIZED:
            if _dead(m.label):
                first = m  # "drie gewonden zijn in het ziekenhuis overleden": they died
                break
        elif m.label == _HOSPITALIZED or (first.label == _RESCUED and m.label == _HURT):
            # "дев'ятеро пасажирів вижили і перебувають у лікарнях": where the survivors
            # are now is what the figure counts, and "Neun Menschen überlebten den Absturz
            # verletzt" counts the injured; not so the injured in hospital ("ficaram
            # feridas e estão hospitalizadas" counts the injured, a toll that never falls)
            first = m
            break
    if first is None:
        return None
    label = _held_or_stuck(folded, lang, pos, first)
    return PhraseMatch(label, first.start + pos, first.end + pos, first.phrase)


# Who is still stuck where they are and who is still held (see _held_or_stuck).
_TRAPPED, _PRISONERS = "trapped", "prisoners"
# How far before its figure a clause's word of custody may stand (see _held_or_stuck).
_CUSTODY_REACH = 80


def _held_or_stuck(folded: str, lang: LanguageData, pos: int, found: PhraseMatch) -> str:
    """The status a predicate found at ``pos`` (spans in the window) gives its figure: a
    predicate of the stuck that also says "still held" (``[syntax] held_or_stuck``) is
    read by :func:`_custody_or_stuck`; every other keeps its label."""
    if found.label != _TRAPPED:
        return found.label
    start, end = pos + found.start, pos + found.end
    held = lang.held_or_stuck.match_at(folded, start)
    if held is None or held.end != end:
        return found.label  # "continuam presos nos escombros": stuck somewhere
    return _custody_or_stuck(folded, lang, start, end)


def _custody_or_stuck(folded: str, lang: LanguageData, start: int, end: int) -> str:
    """What a ``[syntax] held_or_stuck`` predicate at ``[start, end)`` counts: custody when
    its clause holds a word of custody (``[syntax] custody_words``: "Doze suspeitos
    continuam presos", "Drie verdachten zitten nog vast"), else the trapped ("Dois
    mineiros continuam presos há três dias", "200 automobilisten zitten nog vast door de
    sneeuwval")."""
    lo = max(0, start - _CUSTODY_REACH)
    ends = [m.end() for m in _CLAUSE_END.finditer(folded, lo, start)]
    lo = ends[-1] if ends else lo
    stop = _CLAUSE_END.search(folded, end)
    hi = stop.start() if stop else len(folded)
    if lang.custody_words.find_in(folded, folded, lo, start) or lang.custody_words.find_in(
        folded, folded, end, hi
    ):
        return _PRISONERS
    return _TRAPPED


def _killed_particle(
    folded: str, lang: LanguageData, limit: int, clause_end: int
) -> PhraseMatch | None:
    """The particle of a split verb of dying that closes the clause (``[syntax]
    killed_particles``): "In de regio kwamen 62 mensen om, onder meer …" (omkomen) counts
    the killed, as "kwamen om het leven" does. Only at the clause's end, with no other
    figure before it but the next clause's ("kwamen 40 mensen om en 20 raakten gewond"):
    "vroegen 40 mensen om hulp" holds no such particle."""
    particles = lang.killed_particles
    if not particles:
        return None
    end = _back_spaces(folded, limit)
    if limit != clause_end:
        joiner = _word_before(folded, limit)
        if joiner is None or lang.event_clause.match_at(folded, joiner[0]) is None:
            return None
        end = _back_spaces(folded, joiner[0])  # "om en 20 raakten gewond"
    word = _word_before(folded, end)
    if word is None or word[1] not in particles or word[0] + len(word[1]) != end:
        return None
    if not _particle_verb_before(folded, word[0], lang):
        return None  # "200 vluchtelingen keerden om" (omkeren): they turned back
    return PhraseMatch("killed", word[0], end, word[1])


# How far back from the particle (characters, within its sentence) its verb may stand:
# "In de regio Valencia kwamen 62 mensen om", "62 inwoners van het dorp kwamen om".
_PARTICLE_VERB_REACH = 80


def _particle_verb_before(folded: str, pos: int, lang: LanguageData) -> bool:
    """Whether a verb of ``[syntax] killed_particle_verbs`` ("kwamen", "kwam") stands
    before the particle at ``pos`` in its sentence: the particle of "omkomen" is no other
    split verb's ("keerden om", "liepen om", "reed om": turned back, went round)."""
    verbs = lang.killed_particle_verbs
    if not verbs:
        return False
    lo = max(0, pos - _PARTICLE_VERB_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(folded, lo, pos)]
    lo = ends[-1] if ends else lo
    return not verbs.isdisjoint(_WORD.findall(folded, lo, pos))


# How many words (an auxiliary) may stand between a negation and the status it denies.
_NEGATION_GAP_WORDS = 1


def _denied_status(folded: str, lang: LanguageData, pos: int, at: int) -> bool:
    """Whether a negation (``[qualifiers.negated] words``) after the figure's end at
    ``pos`` denies the status predicate at ``at``, an auxiliary at most between: "25 had
    not been vaccinated", "96 no estaban vacunados", "25 waren nicht geimpft" count no
    one vaccinated (a status phrase that holds its negation, "had not been identified",
    is a status of its own)."""
    p = at
    for _ in range(_NEGATION_GAP_WORDS + 1):
        neg = lang.negations.match_before(folded, p, window=30)
        if neg is not None:
            return neg.start >= pos
        word = _word_before(folded, p)
        if word is None or word[0] < pos:
            return False
        p = word[0]
    return False


# Short link words a figure may stand after and still follow its noun ("la de heridos a 5.000").
_LINK_WORD_LETTERS = 3
_LINK_WORDS = 2


def _figure_follows_link(folded: str, pos: int, lang: LanguageData) -> bool:
    """Whether a figure follows ``pos`` right away or after up to two short link
    words: "la cifra de muertos ascendió a 137 y la de heridos a unos 5.000" (the
    injured are the 5,000's, not the 137's). A comma may stand for the verb left out
    right after the noun: "los heridos son 14 y los fallecidos, tres" (the dead are the
    three)."""
    p = _skip_spaces(folded, pos)
    if folded[p : p + 1] == ",":
        p += 1
    for _ in range(_LINK_WORDS + 1):
        if _figure_follows(folded, p, lang):
            return True
        word = _word_at(folded, _skip_spaces(folded, p))
        if word is None or len(word.group()) > _LINK_WORD_LETTERS:
            return False
        if word.group() in lang.number_vocabulary:
            return False
        p = word.end()
    return False


# How far before a figure a fronted partitive may open its phrase ("Von den 40").
_FRONTED_WINDOW = 24


def _whole_of_a_part(folded: str, start: int, after: PhraseMatch, lang: LanguageData) -> bool:
    """Whether the figure at ``start`` is the whole a fronted partitive opens and the
    status after it is said of a figure that follows that status: "Von den 40 Insassen
    starben zwölf", "De los 40 pasajeros murieron doce", "Dei 40 passeggeri sono morti in
    dodici" count twelve dead of forty, never forty dead. A comma after the status closes
    the whole's phrase: "Of the 40 firefighters injured, two died" (40 injured)."""
    if lang.fronted_partitives.match_before(folded, start, window=_FRONTED_WINDOW) is None:
        return False
    if folded[_skip_spaces(folded, after.end) : _skip_spaces(folded, after.end) + 1] == ",":
        return False  # "Of the 40 firefighters injured, two died": the whole's status
    return _figure_follows_link(folded, after.end, lang)


def _figure_follows(folded: str, pos: int, lang: LanguageData) -> bool:
    """Whether a figure (after a qualifier, if any) comes right after ``pos``."""
    p = _skip_spaces(folded, pos)
    m = lang.qualifiers.match_at(folded, p)
    if m is not None:
        p = _skip_spaces(folded, m.end)
    if p < len(folded) and folded[p].isdigit():
        return True
    word = _word_at(folded, p)
    return word is not None and word.group() in lang.number_vocabulary  # "y tres desaparecidos"


# Where a sentence ends, for what a figure's sentence says ("." before a space, not "1.037").
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# How far back in its sentence a toll may name what a figure counts ("the death
# toll from the floods in Derna and the towns around has reached 4,255").
_TOLL_REACH = 250
# A count noun as a label: at most one word of it (an adjective) and a colon, then the
# figure ("Casos confirmados: 120", "Hospitalised: 40", "Geiseln: 23"); see _label_ending.
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_HEAD_TOLL_REACH = 150
# How close after a bare figure a status predicate must be ("10 100 sont toujours
# portées disparues"); a head noun carries it further ("people ... were killed").
_BARE_PREDICATE_REACH = 40


# How far a sentence is read either side of a figure (a longer "sentence" is a
# list or a table; reading it whole would make long texts quadratic).
_SENTENCE_REACH = 400


def _sentence_bounds(folded: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``, read at most :data:`_SENTENCE_REACH` either side."""
    return _sentence_begin(folded, start), _sentence_end(folded, end)


def _sentence_begin(folded: str, start: int) -> int:
    """Where the sentence of ``start`` begins (see :func:`_sentence_bounds`)."""
    begin = max(0, start - _SENTENCE_REACH)
    stop = min(start, len(folded))
    if stop <= begin:
        return begin
    # The last sentence end before start, as the first match of the reversed
    # pattern in the reversed window: one search rather than a match per end.
    m = _SENTENCE_END_BACK.search(folded[begin:stop][::-1])
    return begin if m is None else stop - m.start()


# _SENTENCE_END read backwards: a newline, or ".", "!", "?" with a space after it.
_SENTENCE_END_BACK = re.compile(r"\n|(?<=\s)[.!?]")


def _sentence_end(folded: str, end: int) -> int:
    """Where the sentence of ``end`` ends (see :func:`_sentence_bounds`)."""
    limit = min(len(folded), end + _SENTENCE_REACH)
    after = _SENTENCE_END.search(folded, end, limit)
    return after.start() if after else limit


# How far around a figure its paragraph is read for who is counted.
_PARAGRAPH_REACH = 600


def _paragraph_bounds(folded: str, start: int) -> tuple[int, int]:
    """The paragraph (text between line breaks) around ``start``, at most
    :data:`_PARAGRAPH_REACH` characters either side."""
    lo = max(0, start - _PARAGRAPH_REACH)
    begin = folded.rfind("\n", lo, start) + 1 or lo
    end = folded.find("\n", start, start + _PARAGRAPH_REACH)
    return begin, (end if end >= 0 else min(len(folded), start + _PARAGRAPH_REACH))


def _is_status(unit: str | None) -> bool:
    c = concept(unit)
    return c is not None and c.status


def _counts_people(unit: str | None) -> bool:
    """A verb's concept that may stand for a plain head count after it: a status
    ("killed 150 people"), a thing counted one per person ("infected 36,900
    people" are 36,900 cases) or a head count of its own ("В заложниках остаются
    пять человек": the five are hostages), not a measure ("magnitude 6.8")."""
    c = concept(unit)
    return c is not None and (c.status or c.kind in ("thing", "person"))


def _plain_head(unit: str | None) -> bool:
    """A head count that its clause may say more about ("people", "soldiers"), or none."""
    if unit is None:
        return True
    c = concept(unit)
    return c is not None and c.kind == "person" and not c.status


# The unit concept of dead bodies, whose count is of what was done with them.
_BODIES = "bodies_recovered"


def _confirms(unit: str | None) -> bool:
    """A status that, said of a status head, confirms it ("4000 Todesopfer
    identifiziert" are the dead) and counts only bodies, a bare figure or a plain
    head ("133 have been identified")."""
    c = concept(unit)
    return c is not None and c.confirms


def _said_of(unit: str | None) -> str | None:
    """The status of the people a status verb is said of (``said_of``: recaptured and at
    large are said of the escaped), or None."""
    c = concept(unit) if unit is not None else None
    return None if c is None else c.said_of


def _of_the_group(verb: str | None, unit: str | None) -> bool:
    """Whether a head of ``unit`` counts people of the group a status verb of ``verb`` is
    said of (``said_of``): the group itself ("recaptured 30 escapees") or another status
    said of it ("caught 15 of the fugitives": those at large are of the escaped too)."""
    group = _said_of(verb)
    return group is not None and unit != verb and (unit == group or _said_of(unit) == group)


def _told_of(verb: str, unit: str | None) -> str | None:
    """The status a verb of ``verb`` tells when said of a head of ``unit`` (concepts.toml
    ``told_by``: an arrest of the escaped is their recapture; so is an arrest of those of
    them still at large), or None."""
    for key in _told_by().get(verb, ()):
        if _of_the_group(key, unit):
            return key
    return None


# How far after a figure's partitive ("of", "из", "dei") the head it counts a part of may end.
_PART_OF_REACH = 80


def _part_of_told(
    text: str, folded: str, lang: LanguageData, stop: int, verb: PhraseMatch
) -> str | None:
    """The status ``verb`` tells of a bare figure that counts a part of a head it is said
    of (``told_by``), named after the figure's partitive in its sentence: "задержаны уже 40
    из 63 заключённых, бежавших из тюрьмы", "arrested 40 of the 63 escapees" (recaptured)."""
    keys = _told_by().get(verb.label)
    if not keys:
        return None
    w = _word_at(folded, _skip_spaces(folded, stop))
    if w is None or w.group() not in lang.numerals.partitives:
        return None
    hi = min(_sentence_end(folded, w.end()), w.end() + _PART_OF_REACH)
    named = {m.label for m in lang.units.find_in(text, folded, w.end(), hi)}
    named |= {m.label for m in lang.casualties.find_in(text, folded, w.end(), hi)}
    for key in keys:
        c = concept(key)
        if c is not None and c.said_of in named:
            return key
    return None


@functools.cache
def _told_by() -> dict[str, tuple[str, ...]]:
    """The statuses each verb's status tells of another head (concepts.toml ``told_by``),
    in key order (deterministic)."""
    table: dict[str, list[str]] = {}
    for key in sorted(concept_kinds()):
        c = concept(key)
        for verb in c.told_by if c is not None else ():
            table.setdefault(verb, []).append(key)
    return {verb: tuple(keys) for verb, keys in table.items()}


def _fits_head(status: str, unit: str | None) -> bool:
    """Whether a verb's status may name what a head of ``unit`` counts: a ``plain_only``
    status ("affected") only a plain head of people or no noun ("306,000 people
    affected"), never a head that says who they are ("affecting 390,000 passengers")."""
    c = concept(status)
    return c is None or not c.plain_only or unit in (None, _PEOPLE)


def _of_the_dead(unit: str | None) -> bool:
    """What is done with the dead (buried, autopsied): a verb of it right before a
    head of the dead counts that ("la autopsia a 188 de los fallecidos")."""
    c = concept(unit)
    return c is not None and c.of_the_dead


def _of_the_dead_only(unit: str | None) -> bool:
    """What is done with the bodies of the dead and is no count of the dead itself
    (bodies handed over): its verbs ("handed over", "передала") take living people
    too ("handed over 250 prisoners"), so they count only a head of the dead."""
    c = concept(unit)
    return c is not None and c.status and c.of_the_dead and not c.dead


def _names_bodies(text: str, folded: str, lang: LanguageData, m: PhraseMatch) -> bool:
    """Whether the words of ``m`` name bodies themselves ("handed over the bodies of",
    "передали тела"): a head count after them is of the dead."""
    found = lang.units.find(text[m.start : m.end], folded[m.start : m.end])
    return any(f.label == _BODIES for f in found)


def _living(unit: str | None) -> bool:
    """A status said only of the living (``living`` in ``concepts.toml``: the located)."""
    c = concept(unit)
    return c is not None and c.living


def _dead(unit: str | None) -> bool:
    """A head of the dead: the killed, their bodies (``dead`` in ``concepts.toml``), or
    victims, read as the killed where no army is counted."""
    c = concept(unit)
    if c is None:
        return False
    civil = concept(c.civil_variant)
    return c.dead or (civil is not None and civil.dead)


def _what_it_counts(
    text: str,
    folded: str,
    lang: LanguageData,
    start: int,
    stop: int,
    unit: str | None,
    *,
    direct: bool,
    via_link: bool,
    figures: _Blockers,
) -> PhraseMatch | None:
    """What a figure counts when the words that say so are not its head noun.

    A unit that may stand before its figure wins over a noun that does not
    follow the figure directly ("the magnitude 7 earthquake killed"). A plain
    head count ("people", "soldiers") or no unit at all takes, in order: a
    verb or noun right before the figure ("killed at least 150
    people", "magnitude 6.8"); a status predicate after it ("people were
    buried", "10 100 sont portées disparues"); a toll earlier in its sentence
    ("the death toll rose to 1,870", "numărul morților a ajuns la 450"); or a
    toll right after it ("eleva a 2.862 el número de muertos"). A status head
    reached through a partitive takes a status predicate after it ("2,530 of
    the dead had been buried"). Measures, money, things and statuses named
    after the figure keep their unit.
    """
    if lang.denominators.match_before(folded, start, window=24) is not None:
        return None  # "out of 1,400 residents": the whole the count before is a share of
    if unit is None or not direct or _is_status(unit):
        # "der Stärke 6,8 verletzt": a magnitude, whatever participle follows
        measure = _unit_right_before(folded, lang, start)
        if measure is not None:
            return measure
    if unit is not None and _is_status(unit):
        # "2,530 of the dead had been buried", "640 bodies were buried": what
        # happened to them last is what is counted
        # bodies are the object of what is done with them, often past a participle of
        # what was done before ("62 corpi già recuperati non sono ancora stati identificati")
        reach = lang.predicate_reach if via_link or unit == _BODIES else _BARE_PREDICATE_REACH
        after = _casualty(folded, stop, lang, reach)
        if after is None and unit == _HURT:
            # where the injured are now, past the words that say which injured they are:
            # "cinc ferits de l'accident de tren de Lovaina continuen ingressats"
            far = _casualty(folded, stop, lang, _HOSPITAL_STATE_REACH)
            after = far if far is not None and far.label == _HOSPITALIZED else None
        if after is not None and _whole_of_a_part(folded, start, after, lang):
            after = None  # "Von den 40 Verletzten starben zwölf": still the injured
        if after is not None and _dead(unit) and _living(after.label):
            after = None  # "Cinc cossos han estat localitzats": bodies, not the found alive
        if after is not None and unit == _HOSPITALIZED and after.label == _HURT:
            after = None  # "41 ricoverati in gravi condizioni": in hospital, and badly hurt
        if after is not None:
            if after.label == unit or (unit != _BODIES and _confirms(after.label)):
                return None  # "4000 Todesopfer identifiziert": the dead, confirmed
            return after
        # "se ha dado sepultura a 2.944 de los cadáveres": what was done with the bodies
        # right before them (only bodies: "втратила 300 загиблих" stays the killed), or
        # with the dead ("se ha practicado la autopsia a 188 de los fallecidos"); and
        # where the injured are now ("У лікарнях залишаються 48 поранених": in hospital)
        before = _counted_right_before(text, folded, lang, start, head=unit)
        if before is not None and before.label != unit:
            if _is_status(before.label) and (unit == _BODIES or before.label == _HOSPITALIZED):
                return before if unit == _BODIES or not _confirms(before.label) else None
            if _of_the_dead(before.label) and _dead(unit):
                return before
            if _of_the_group(before.label, unit):
                # "recaptured 30 escapees": the escaped, caught again; "caught 15 of the
                # fugitives": those at large are of the escaped too, now caught
                return before
            told = _told_of(before.label, unit)
            if told is not None:
                # "задержаны 40 беглецов": an arrest of the escaped is their recapture
                return PhraseMatch(told, before.start, before.end, before.phrase)
        return None
    if unit == _CASES:
        return _toll_of_the_dead(text, folded, lang, start, figures)
    if not _plain_head(unit):
        return None
    if _numbered_label(text, folded, start, lang):
        return None  # "evacuated from building 7 on Monday": the building's number
    if unit is not None and lang.that_of.find_in(text, folded, start, stop):
        return None  # "à 10 000 celui des policiers": its own noun, through the pronoun
    bare = unit is None
    # whether a bare figure ends its phrase: every rule below asks it of a bare figure only
    ends = bare and _nothing_named_after(folded, stop, lang)
    before = _counted_right_before(text, folded, lang, start, head=unit)
    if (
        before is not None
        and _of_the_dead_only(before.label)
        and not _names_bodies(text, folded, lang, before)
    ):
        before = None  # "handed over 250 prisoners": the living, not bodies
    reach = lang.predicate_reach if unit is not None else _bare_reach(folded, stop, lang)
    after = _casualty(folded, stop, lang, reach)
    if after is not None and _whole_of_a_part(folded, start, after, lang):
        after = None  # "Von den 40 Insassen starben zwölf": the twelve died, not the 40
    if after is not None and after.label == _HOSPITALIZED and unit == _PATIENTS:
        after = None  # "40 Patienten konnten in der Klinik behandelt werden": in care already
    if after is None and unit is not None:
        # "25 218 российских военных, погибших в Украине": a participle right
        # after the comma that closes the head noun's phrase
        p = _skip_spaces(folded, stop)
        if folded[p : p + 1] == ",":
            m = lang.casualties.match_at(folded, _skip_spaces(folded, p + 1), text)
            if m is None:
                m = _casualty_after_aside(text, folded, lang, p + 1)
            if m is not None and m.label != unit and not _figure_follows(folded, m.end, lang):
                after = m  # not "sent 300 soldiers, killed 20 rebels": a verb and its object
    if before is not None and (told := _part_of_told(text, folded, lang, stop, before)):
        # "задержаны уже 40 из 63 заключённых, бежавших из тюрьмы": part of the escaped, caught
        return PhraseMatch(told, before.start, before.end, before.phrase)
    if before is not None and (unit is None or _counts_people(before.label)):
        c = concept(before.label)
        if before.label == _HURT and after is not None and after.label == _POISONED:
            return after  # "أصيب 55 طفلاً بالتسمم", "afflicted … by poisoning": the poisoned
        if c is not None and c.any_object and after is not None:
            return after  # "lost 40,000 soldiers killed", "втратили 180 тисяч … пораненими"
        # not "perdu 3 clients"; nor a status said of others ("recaptured": of the escaped)
        # before a plural noun of its own, "au prins 3 hoți" (caught three thieves)
        said_of_others = c is not None and c.said_of is not None
        if not (
            bare
            and not ends
            and c is not None
            and (c.any_object or (said_of_others and _plural_noun_after(text, folded, stop, lang)))
        ):
            return before
    if after is not None:
        c = concept(after.label)
        if (
            c is not None
            and c.confirms
            and bare
            and not ends
            and folded[stop : after.start].strip()
            and lang.partitives.match_at(folded, _skip_spaces(folded, stop), text) is None
        ):
            return None  # "300 contacts have been identified": not the dead, whatever it is
        return after
    head = concept(unit)
    if head is not None and head.military is True:
        lost = _lost_before(folded, lang, start)
        if lost is not None:
            return lost  # "ha perso in Ucraina 194.430 uomini": an army's losses
    named = _that_of_after(text, folded, lang, stop, figures)
    if named is not None:
        return named  # "elevará a 7.000 el número de militares y a 10.000 el de agentes"
    found = _toll_before(text, folded, lang, start, figures, measures=bare)
    # A toll phrase ("death toll", "die Zahl der Toten") names what the figure
    # counts whatever follows it ("auf 5.200 gestiegen"); a status noun as the
    # subject ("the injured were taken to 3 hospitals") only when the figure
    # names nothing itself.
    if found is not None:
        toll, explicit = found
        if not bare or ends or explicit:
            return toll
    if bare and not ends:
        return None
    return _toll_after(text, folded, lang, stop, figures)


def _bare_reach(folded: str, stop: int, lang: LanguageData) -> int:
    """How far after a bare figure its status predicate may end: ``_BARE_PREDICATE_REACH``,
    as far as a head noun's (``[syntax] predicate_reach``) after a partitive that opens
    right after it ("Three of those brought ashore were taken to hospital"), and as far
    past a credit that opens in that span ("fünf weitere sind nach Angaben des
    Betreibers CEH noch eingeschlossen",
    "cinco siguen según los bomberos de la Generalitat atrapadas"): the credit is no part
    of the clause (a comma still ends the clause, as everywhere)."""
    if lang.partitives.match_at(folded, _skip_spaces(folded, stop)) is not None:
        # "Three of those brought ashore were taken to hospital": the partitive is the
        # figure's head, and its predicate may end as far as a head noun's
        return max(_BARE_PREDICATE_REACH, lang.predicate_reach)
    cue = lang.attribution_prefix.find_in(folded, folded, stop, stop + _BARE_PREDICATE_REACH)
    if not cue:
        return _BARE_PREDICATE_REACH
    return _BARE_PREDICATE_REACH + max(lang.predicate_reach - _BARE_PREDICATE_REACH, cue[0].end)


# The unit of cases of an illness, which news also uses to count a toll's deaths.
_CASES = "cases"


def _toll_of_the_dead(
    text: str, folded: str, lang: LanguageData, start: int, figures: _Blockers
) -> PhraseMatch | None:
    """The death toll a count of cases gives, named earlier in its clause with no other
    figure between ("ارتفع عدد الوفيات إلى 25 حالة", "el número de muertes asciende a
    25 casos"): the cases are its deaths. Any other toll leaves them cases ("the number
    of infections rose to 400 cases"), as does one that a figure stands after ("the
    death toll rose to 25, with 150 cases")."""
    found = _toll_before(text, folded, lang, start, figures, measures=False)
    if found is None:
        return None
    toll, explicit = found
    return toll if explicit and _dead(toll.label) else None


# How long an aside between a head count and its predicate may be ("121 people,
# most of them women and children, were killed").
_ASIDE_REACH = 60


def _casualty_after_aside(
    text: str, folded: str, lang: LanguageData, pos: int
) -> PhraseMatch | None:
    """A casualty predicate right after a short aside that follows a head count:
    "121 people, most of them women and children, were killed", "121 personas,
    en su mayoría mujeres, murieron". The aside, from ``pos`` (after the comma)
    to the next comma, holds no figure and no other casualty word; else the
    predicate may be another figure's."""
    close = folded.find(",", pos, pos + _ASIDE_REACH)
    if close < 0:
        return None
    aside = folded[pos:close]
    if lang.casualties.find_in(folded, folded, pos, close):
        return None
    if _part_aside(folded, lang, pos):
        # "19 people, among them six crew, were injured": the part is of the head count,
        # and the predicate after it the head's
        if _ASIDE_STOP.search(aside):
            return None
    elif _ages_end(folded, lang, _skip_spaces(folded, pos), whole=True) == close:
        pass  # "two men, aged 19 and 74, died": their ages, no figure of its own
    elif re.search(r"[0-9.;:!?\n]", aside) or any(
        lang.number_vocabulary.get(w.group(), 1) > 1 for w in _WORD.finditer(aside)
    ):
        return None  # "121 people, three of them children, …": a figure of its own
    return lang.casualties.match_at(folded, _skip_spaces(folded, close + 1), text)


# The [scope] label of "so far", "already": a word of it may stand between a verb and
# the figure it counts ("задержаны уже 40").
_SO_FAR = "so_far"


# What ends an aside that names a part: a stop that is no thousands separator ("1.200").
_ASIDE_STOP = re.compile(r"[;:!?\n]|\.(?![0-9])")


def _part_aside(folded: str, lang: LanguageData, pos: int) -> bool:
    """Whether the aside at ``pos`` opens with a partitive ("among them", "entre as quais",
    "darunter", "من بينهم"): it names a part of the head count before it, whatever figure
    it holds."""
    return lang.partitives.match_at(folded, _skip_spaces(folded, pos)) is not None


def _counted_right_before(
    text: str,
    folded: str,
    lang: LanguageData,
    start: int,
    *,
    head: str | None = None,
) -> PhraseMatch | None:
    """A verb or noun ending right before the figure that says what it counts:
    "killed 150", "ha costado la vida a 2.000", "magnitude 6.8", "Stärke von 6,9".
    ``head`` is the unit of the figure's own head noun, if any (see
    :func:`_names_no_group`)."""
    m = lang.counted_before.match_before(folded, start, window=40)
    if m is not None and not folded[m.end : start].strip():
        return m
    # "задержаны уже 40", "sono stati ripresi già 30": a word of "so far" between
    so_far = lang.scope.match_before(folded, start, window=24)
    if so_far is not None and so_far.label == _SO_FAR and not folded[so_far.end : start].strip():
        m = lang.counted_before.match_before(folded, so_far.start, window=40)
        if m is not None and not folded[m.end : so_far.start].strip():
            return m
    if lang.verb_first:
        m = _verb_before_subject(folded, lang, start)
        if m is not None:
            return m
    unit = _unit_right_before(folded, lang, start)
    if unit is not None:
        return unit
    gapped = _counted_across_gap(folded, lang, start)
    if gapped is not None:
        return gapped
    return _care_sought(folded, lang, start) if _names_no_group(head, lang) else None


def _names_no_group(head: str | None, lang: LanguageData) -> bool:
    """Whether a figure's head noun names no organised group of its own: none, the noun
    of people (``generic``), or a people an article only says the counted are of (a key
    of ``[frames.subjects]``: children, women, civilians, migrants, foreigners), no force
    or army. A verb of turning to hospital counts such a head as the treated ("До лікарень
    звернулися 250 дітей" are treated children); an organised group keeps its noun ("Im
    Krankenhaus suchten 30 Polizisten nach dem Täter", "sono arrivati in ospedale 40
    agenti" count police, not patients)."""
    if head is None:
        return True
    c = concept(head)
    if c is None:
        return False
    return c.generic or (
        head in _subject_groups(lang.code) and not (c.military or c.force or c.responders)
    )


@functools.lru_cache(maxsize=16)
def _subject_groups(code: str) -> frozenset[str]:
    """The groups a language names as whose a figure is (``[frames.subjects]`` keys)."""
    return frozenset(get_language(code).raw.get("frames", {}).get("subjects", {}))


# The status of people given care by medics (concepts.toml ``treated``).
_TREATED = "treated"
# How far before a verb of turning to care its word of hospital may stand ("до лікарень
# міста звернулися"), within its clause.
_CARE_PLACE_REACH = 40


def _care_sought(folded: str, lang: LanguageData, start: int) -> PhraseMatch | None:
    """A verb of turning to someone (``[syntax] care_verbs``: "звернулися", "обратились",
    "zgłosiło się", "acudieron") before the figure at ``start``, right before it or across
    a phrase of place (see :func:`_counted_across_gap`), with a word of hospital care
    (``[frames] hospital_words``) in that phrase or in its clause right before the verb:
    "до лікарень міста звернулися понад 250 людей", "acudieron a los hospitales 250
    personas" count the `treated`. Without a word of care the verb counts nothing ("до
    поліції звернулися 250 людей": they went to the police)."""
    verbs = lang.care_verbs
    if not verbs:
        return None
    lo = max(0, start - _SENTENCE_REACH // 4)
    found = verbs.find_in(folded, folded, lo, start)
    if not found:
        return None
    v = found[-1]
    v_start, v_end = v.start + lo, v.end + lo
    gap = folded[v_end:start]
    words = _WORD.findall(gap)
    if re.search(r"[^\w\s'’-]|\d", gap) or len(words) > _OBJECT_GAP_WORDS:
        return None  # another clause or another figure between
    if words and _owns_the_figure(words[-1], lang):
        return None  # "au ajuns la 30": the level the count reached
    place_lo = max(0, v_start - _CARE_PLACE_REACH)
    ends = [m.end() for m in _CLAUSE_END.finditer(folded, place_lo, v_start)]
    place_lo = ends[-1] if ends else place_lo
    if not frame_words(lang.code).hospital.find_in(folded, folded, place_lo, start):
        return None
    return PhraseMatch(_TREATED, v_start, v_end, v.phrase)


def _owns_the_figure(word: str, lang: LanguageData) -> bool:
    """Whether the word right before a figure makes it its own, not a verb's object across
    it: a preposition ("with 5 officers", "au ajuns la 30")."""
    return word in lang.object_gap_openers or word in lang.stopwords


# A label's number: plain digits, no separator ("building 7", "blocul 12").
_LABEL_DIGITS = re.compile(r"[0-9]{1,4}(?![0-9]|[.,][0-9])")


def _numbered_label(text: str, folded: str, start: int, lang: LanguageData) -> bool:
    """Whether the figure at ``start`` is the number of the noun right before it
    (``[syntax] numbered_nouns``), counted by no verb or toll before it:
    "evacuated from building 7 on Monday", "evacuați din blocul 12", "evakuiert aus Haus
    4", "evacuados del bloque 3 los vecinos". Only when no noun of the figure's own
    follows it: the phrase ends, or a subject's article or another figure opens ("din
    blocul 12 peste 40 de persoane"); "сняли с крыши дома 12 жильцов" counts residents."""
    digits = _LABEL_DIGITS.match(folded, start)
    if digits is None:
        return False
    word = _word_before(folded, _back_spaces(folded, start))
    if word is None or word[1] not in lang.numbered_nouns:
        return False
    stop = digits.end()
    if _linked_count(text, folded, stop, lang):
        return False  # "din bloc 30 de persoane": its noun after a link
    if _nothing_named_after(folded, stop, lang):
        return True
    p = _skip_spaces(folded, stop)
    nxt = _word_at(folded, p)
    return (
        folded[p : p + 1].isdigit()
        or (nxt is not None and nxt.group() in lang.subject_articles)
        or lang.qualifiers.match_at(folded, p) is not None
    )


# How many words a phrase of place or time between a verb and its figure may hold.
_OBJECT_GAP_WORDS = 3
# A word of a gap: letters, with an apostrophe or hyphen inside ("l'île", "azi-noapte").
_GAP_WORD_BACK = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*$")


def _counted_across_gap(folded: str, lang: LanguageData, start: int) -> PhraseMatch | None:
    """A verb of ``[counted_before]`` before the figure at ``start`` across a short phrase
    of place or time: "сняли со льдины 19 рыбаков", "зняли з крижини 48 рибалок",
    "au reținut marți 11 persoane". The phrase opens with a preposition of ``[syntax]
    object_gap_openers`` (then holds its noun: two words at least) or a day's name, holds
    at most ``_OBJECT_GAP_WORDS`` words, no figure, no punctuation and no word that joins
    another clause, and does not end in a preposition: the figure after one is that
    preposition's ("injured in clashes with 5 officers" counts officers)."""
    openers = lang.object_gap_openers
    if not openers and not lang.weekdays:
        return None
    pos = _back_spaces(folded, start)
    if pos == start:
        return None  # glued to the word before ("с19"): no gap
    lo = max(0, pos - 60)
    words: list[tuple[int, str]] = []  # the gap's words, last first
    for _ in range(_OBJECT_GAP_WORDS):
        w = _GAP_WORD_BACK.search(folded, lo, pos)
        if w is None or (w.start() > 0 and folded[w.start() - 1] not in " \t"):
            return None
        word = w.group()
        if word in lang.number_vocabulary:
            return None  # "killed two and injured 5": another figure
        words.append((w.start(), word))
        if len(words) == 1 and _owns_the_figure(word, lang):
            return None  # "with 5 officers": the preposition's own figure
        opened = word in lang.weekdays or (word in openers and len(words) > 1)
        if opened:
            m = lang.counted_before.match_before(folded, w.start(), window=40)
            if (
                m is not None
                and not folded[m.end : w.start()].strip()
                and not lang.event_clause.find_in(folded, folded, w.start(), start)
            ):
                return m
        pos = _back_spaces(folded, w.start())
        if pos == w.start():
            return None
    return None


# How many words may stand between "lost" and the soldiers it counts ("ont
# perdu en Ukraine en moyenne 983 hommes").
_LOST_GAP_WORDS = 4


def _lost_before(folded: str, lang: LanguageData, start: int) -> PhraseMatch | None:
    """A verb that takes any object ("lost", "perdu", "втратила") a few words
    before a figure of combatants, with no punctuation or figure between."""
    lo = max(0, start - 80)
    found = lang.counted_before.find_in(folded, folded, lo, start)
    if not found:
        return None
    last = found[-1]
    m = PhraseMatch(last.label, last.start + lo, last.end + lo, last.phrase)
    c = concept(m.label)
    gap = folded[m.end : start]
    if c is None or not c.any_object or re.search(r"[^\w\s'’]|[0-9]", gap):
        return None
    return m if len(_WORD.findall(gap)) <= _LOST_GAP_WORDS else None


def _verb_before_subject(folded: str, lang: LanguageData, start: int) -> PhraseMatch | None:
    """In a verb-first language the subject stands between the verb and what it
    counts: "أجلت السلطات المحلية 5000 شخص" (evacuated the authorities 5000)."""
    pos = _back_spaces(folded, start)
    for _ in range(3):
        word = _word_before(folded, pos)
        if word is None or word[1] in lang.number_vocabulary:
            return None
        pos = _back_spaces(folded, word[0])
        m = lang.counted_before.match_before(folded, pos, window=40)
        if m is not None and m.end == pos:
            return m
    return None


@per_text  # asked again at one place (see _LOOKAROUND)
def _unit_right_before(folded: str, lang: LanguageData, start: int) -> PhraseMatch | None:
    """A unit that may stand before its figure (concepts.toml `before`): "magnitude 6.8"."""
    # A unit that may stand before its figure, with at most two short link
    # words between ("magnitude of 6.3", "magnitudo pari a 7", "Stärke von 6,9").
    pos = _back_spaces(folded, start)
    if pos > 0 and folded[pos - 1] in "-'’:":
        pos = _back_spaces(folded, pos - 1)
    for _ in range(3):
        m = lang.units.match_before(folded, pos, window=40)
        if m is not None:
            c = concept(m.label)
            if c is not None and c.before and m.end == pos:
                return m
        word = _word_before(folded, pos)
        if word is None or len(word[1]) > 4 or word[1] in lang.number_vocabulary:
            return None
        pos = _back_spaces(folded, word[0])
        if pos > 0 and folded[pos - 1] in "'’":
            pos -= 1
    return None


def _is_measure(text: str, folded: str, atom: Atom, lang: LanguageData) -> bool:
    """A figure whose unit may stand before it, named before or right after it
    ("magnitude 7", "the 7 magnitude quake")."""
    if _unit_right_before(folded, lang, atom.start) is not None:
        return True
    p = _skip_spaces(folded, atom.end)
    if folded[p : p + 1] == "-":
        p += 1
    m = _unit_match(lang.units, text, folded, p)
    c = concept(m.label) if m is not None else None
    return c is not None and c.before


class _Blockers:
    """The figures of a text that stand between a toll and the figure it names: not
    years ("in 2022") nor measures that name themselves ("the 7 magnitude quake").

    Whether a figure is one takes a few look-ups around it, and only the figures
    near a figure whose toll is sought are ever asked about: each is decided
    when first asked, not all of them up front.
    """

    __slots__ = ("_atoms", "_decided", "_folded", "_lang", "_starts", "_text")

    def __init__(self, text: str, folded: str, atoms: list[Atom], lang: LanguageData) -> None:
        self._text, self._folded, self._lang = text, folded, lang
        self._atoms = sorted(atoms, key=lambda a: a.start)
        self._starts = [a.start for a in self._atoms]
        self._decided: dict[int, bool] = {}  # index in _atoms -> whether it blocks

    def _blocks(self, i: int) -> bool:
        hit = self._decided.get(i)
        if hit is None:
            a = self._atoms[i]
            hit = self._decided[i] = not _year_shaped(a) and not _is_measure(
                self._text, self._folded, a, self._lang
            )
        return hit

    def last_between(self, lo: int, hi: int) -> int | None:
        """The start of the last blocking figure that starts in ``[lo, hi)``, or None."""
        first = bisect.bisect_left(self._starts, lo)
        for i in range(bisect.bisect_left(self._starts, hi) - 1, first - 1, -1):
            if self._blocks(i):
                return self._starts[i]
        return None


def _nothing_named_after(folded: str, stop: int, lang: LanguageData) -> bool:
    """Whether a bare figure ends its phrase: punctuation, the end, a function word
    ("rose to 1,870, according to…", "a 213 según…") or "others" ("170 others"),
    never another noun ("in 15 villages")."""
    p = _skip_spaces(folded, stop)
    if p >= len(folded) or not folded[p].isalnum():
        return True
    if lang.others.match_at(folded, p) is not None:
        return True
    word = _word_at(folded, p)
    if word is not None and _opens_with_proclitic(word.group(), lang):
        return True  # "و452 بإقليم تارودانت": a glued preposition, as "452 in Taroudant"
    return word is not None and (
        word.group() in lang.stopwords or word.group() in lang.function_words
    )


def _opens_with_proclitic(word: str, lang: LanguageData) -> bool:
    """Whether ``word`` is a proclitic glued to a word of its own ("بإقليم", "وقتل")."""
    return any(word.startswith(p) and len(word) - len(p) >= 3 for p in lang.proclitics)


def _toll_before(
    text: str,
    folded: str,
    lang: LanguageData,
    start: int,
    figures: _Blockers,
    *,
    measures: bool,
) -> tuple[PhraseMatch, bool] | None:
    """The nearest toll earlier in the figure's sentence with no other figure between:
    a toll phrase ("death toll", "bilan", "Zahl der Todesopfer") or a status noun as
    its subject ("las víctimas mortales ascienden a", "i morti potrebbero essere")."""
    begin = _sentence_begin(folded, start)
    # A bare figure may be far from its toll; a head count ("4,255 people")
    # takes one only from its own clause.
    begin = max(begin, start - (_TOLL_REACH if measures else _HEAD_TOLL_REACH))
    nearest = figures.last_between(begin, start)
    if nearest is not None:
        begin = nearest
    window = folded[begin:start]
    found = [(m, True) for m in lang.tolls.find_in(text, folded, begin, start)]
    tolls = [m for m, _ in found]
    # the count nouns, looked for once a unit of people or things asks (most windows have none)
    nouns: list[PhraseMatch] | None = None
    for m in _heads_in(text, folded, lang, begin, start):
        c = concept(m.label)
        if c is None:
            continue
        if nouns is None and not c.status and c.kind in ("person", "thing"):
            nouns = [
                *lang.toll_nouns.find_in(text, folded, begin, start),
                *lang.that_of.find_in(text, folded, begin, start),
            ]
        if measures and c.before and _beside_digits(window, m):
            continue  # "the 7 magnitude quake": another figure's own unit
        if (
            c.status
            and not measures
            and nearest is not None
            and _OWN_NOUN.fullmatch(window, 0, m.start)
            and _clause_between(text, folded, lang, begin + m.end, start)
            and lang.fronted_partitives.match_before(folded, nearest, window=24) is None
        ):
            continue  # "4,800 rescues and helped 30,000 people": the figure before's noun
        if c.status and (
            _credited_noun(text, folded, lang, begin, begin + m.start, start)
            or (not measures and _relative_of_another(text, folded, lang, begin + m.end, start))
        ):
            # "Secondo i racconti dei superstiti, a bordo c'erano 110 persone", "I superstiti
            # sono stati portati all'hotspot, che ospita oltre 1.200 persone"
            continue
        if c.status or (measures and c.before):
            found.append((m, False))
            continue
        # "the number of dead in the quakes": a status its count noun names is a toll, not
        # an adjective of the noun ("the number of affected vehicles")
        named = tolls + [
            f
            for f, explicit in found
            if not explicit
            and m.start - f.end > _ADJECTIVE_GAP
            and _is_status(f.label)
            and any(0 <= f.start - n.end <= 16 for n in nouns or ())
        ]
        if c.kind in ("person", "thing") and any(
            0 <= m.start - n.end <= 16 and not _toll_between(named, n.end, m.start)
            for n in nouns or ()
        ):
            # "el número total de militares … elevará a 7.000"; not "число погибших при
            # землетрясении: 21 человек", whose count noun already has its toll
            found.append((m, True))
        elif (
            c.kind in ("person", "thing")
            and _label_ending(window, m.end)
            and not _toll_between(named, -1, m.start)
        ):
            found.append((m, True))  # "Casos confirmados: 120": a label, then its count
        elif (
            measures
            and c.kind in ("person", "thing")
            and not _toll_between(named, -1, m.start)
            and _copula_count(text, folded, lang, begin + m.start, begin + m.end, start)
        ):
            # "i manifestanti erano 250.000": its subject's count (a figure with a noun
            # of its own counts that: "An Bord waren 240 Passagiere")
            found.append((m, True))
        elif (
            measures
            and c.kind in ("person", "thing")
            and not _toll_between(named, -1, m.start)
            and _level_subject(text, folded, lang, begin + m.end, start, person=c.kind == "person")
        ):
            # "I casi confermati di morbillo sono saliti a 120": the level its count reached
            found.append((m, True))
    if not found:
        return None
    m, explicit = max(found, key=lambda x: (x[0].end, x[0].end - x[0].start))
    for other, other_explicit in found:
        if other_explicit and not explicit and 0 <= m.start - other.end <= 2:
            if _plain_head(other.label) and _is_status(m.label):
                break  # "le nombre de personnes hospitalisées": their status is counted
            # "el número de vehículos afectados": the head, not its adjective
            m, explicit = other, True
    if explicit and _plain_head(m.label):
        for other, other_explicit in found:
            if not other_explicit and _is_status(other.label) and 0 <= m.start - other.end <= 2:
                # "Liczba ewakuowanych osób", "the number of evacuated people": the status
                # before a plain head is what is counted
                m, explicit = other, False
                break
    return PhraseMatch(m.label, m.start + begin, m.end + begin, m.phrase), explicit


def _heads_in(
    text: str, folded: str, lang: LanguageData, begin: int, start: int
) -> list[PhraseMatch]:
    """The unit nouns of the window ``[begin, start)`` (spans in the window), with the
    demonyms that stand there as nouns, read as `people`: "Gli italiani erano 200",
    "Українців нарахували 45,8 тисячі". A demonym is a noun after an article or where
    its clause opens (no word before it), overlapping no unit noun, when it is a noun
    there (:func:`_demonym_is_noun`: "Italian tourists numbered 200" counts the
    tourists, "the Libyan coastal city" is no count of Libyans; "le autorità italiane"
    is an adjective)."""
    heads = lang.units.find_in(text, folded, begin, start)
    demonyms = frame_words(lang.code).demonyms.find_in(text, folded, begin, start)
    if not demonyms:
        return heads
    extra: list[PhraseMatch] = []
    for d in demonyms:
        if any(h.start < d.end and d.start < h.end for h in heads):
            continue
        before = _word_before(folded, begin + d.start)
        if before is not None and before[1] not in lang.determiners:
            continue
        if lang.units.match_at(folded, _skip_spaces(folded, begin + d.end), text) is not None:
            continue
        if not _demonym_is_noun(text, folded, begin + d.end, lang):
            continue  # "the Libyan coastal city": an adjective of the noun after it
        extra.append(PhraseMatch("people", d.start, d.end, d.phrase))
    return sorted([*heads, *extra], key=lambda m: (m.start, m.end)) if extra else heads


# How many characters (a space) may stand between a status and the noun it is an adjective of.
_ADJECTIVE_GAP = 2


def _toll_between(tolls: list[PhraseMatch], after: int, start: int) -> bool:
    """Whether a toll phrase of a status (the dead, the injured) in the window ends after
    ``after`` (a count noun's end) and by ``start`` (a later noun's start): "число
    погибших при землетрясении: 21 человек", "el número de muertos en los terremotos
    asciende a 21" count the dead, and the noun after the toll (the earthquake they
    died in) is not what the number counts."""
    return any(after < t.end <= start and _is_status(t.label) for t in tolls)


# How many words may stand between a count noun and the verb that says what its count
# rose or fell to: an adjective and the disease or place it is of ("confirmados de
# sarampión", "confirmate de rujeolă").
_LEVEL_SUBJECT_WORDS = 4


def _level_subject(
    text: str, folded: str, lang: LanguageData, noun_end: int, start: int, *, person: bool = True
) -> bool:
    """Whether the count noun ending at ``noun_end`` is the subject of a verb that gives
    the figure at ``start`` as its count: a verb of change (``[syntax] level_verbs``) and
    its "to" (``[dates] level_prepositions``) right before the figure ("I casi confermati
    di morbillo sono saliti a 120", "Numărul cazurilor de rujeolă a ajuns la 120"), or a
    verb of being (``[toll_nouns] copulas``: "Els casos confirmats de xarampió ja són
    120"). At most a few words of the noun (an adjective, an "of" phrase, an adverb) and
    no punctuation, figure, relative pronoun or status word stand between noun and verb
    ("the hostages who were 16" is no count of them; "los manifestantes detenidos son
    40" count the arrested). A status word after a noun of things (``person`` false) is
    that noun's adjective: "gli edifici evacuati salgono a nove", "los edificios desalojados
    ascienden a nueve" count buildings, never people evacuated."""
    prep = _level_prepositions(lang).match_before(folded, start, window=16)
    verb = None
    if prep is not None and not folded[prep.end : start].strip():
        verb = lang.level_verbs.match_before(folded, prep.start, window=40)
        if verb is not None and folded[verb.end : prep.start].strip():
            verb = None
    if verb is None:
        verb = lang.copulas.match_before(folded, start, window=30)
        if verb is not None and folded[verb.end : start].strip():
            verb = None
    if verb is None or verb.start < noun_end:
        return False
    gap = folded[noun_end : verb.start]
    if len(gap.split()) > _LEVEL_SUBJECT_WORDS or _GAP_STOP.search(gap):
        return False
    if person and (
        lang.casualties.find(gap, gap)
        or any((c := concept(m.label)) is not None and c.status for m in lang.units.find(gap, gap))
    ):
        return False  # "los manifestantes detenidos son 40": the status is the count's own
    pronouns = frame_words(lang.code).relative_pronouns
    return not pronouns.find(gap, gap)


_GAP_STOP = re.compile(r"[0-9.,;:!?()\n\u2013\u2014\"]")


def _credited_noun(
    text: str, folded: str, lang: LanguageData, begin: int, noun: int, start: int
) -> bool:
    """Whether a status noun at ``noun`` stands in a credit that opens the clause of the
    figure at ``start``: "Secondo i racconti dei superstiti, a bordo c'erano 110
    persone", "According to survivors, about 750 people were on board": the survivors
    speak, and are not what the figure counts. The credit (``[attribution] prefix``)
    runs to the noun with no punctuation, and a comma closes it before the figure."""
    cues = lang.attribution_prefix.find_in(text, folded, begin, noun)
    if not cues:
        return False
    cue_end = begin + cues[-1].end
    return not re.search(r"[^\w\s'’]", folded[cue_end:noun]) and "," in folded[noun:start]


def _content_word(word: re.Match[str], lang: LanguageData) -> bool:
    """Whether a word is no function word (``[detect] stopwords``, function words), no
    number word and no verb that gives a count (``[toll_nouns] copulas``)."""
    w = word.group()
    return (
        w not in lang.stopwords
        and w not in lang.function_words
        and w not in lang.number_vocabulary
        and lang.copulas.match_at(w, 0) is None
    )


def _relative_of_another(
    text: str, folded: str, lang: LanguageData, noun_end: int, start: int
) -> bool:
    """Whether the figure at ``start`` stands in a relative clause (a comma and a
    ``[frames] relative_pronouns`` word) about another noun than the status noun that
    ends at ``noun_end``: "I superstiti sono stati portati all'hotspot, che ospita oltre
    1.200 persone" counts the hotspot's guests; "i feriti, che sono 300" counts the
    injured (the relative's noun is theirs). Asked of a figure with a noun of its own
    only: a bare one counts the status in a place ("las muertes se concentran en la
    Comunidad Valenciana, que suma 62")."""
    pronouns = frame_words(lang.code).relative_pronouns
    for comma in re.finditer(",", folded[noun_end:start]):
        at = _skip_spaces(folded, noun_end + comma.end())
        if pronouns.match_at(folded, at, text) is not None:
            return bool(folded[noun_end : noun_end + comma.start()].strip())
    return False


def _copula_count(
    text: str, folded: str, lang: LanguageData, head: int, head_end: int, start: int
) -> bool:
    """Whether the head noun at ``[head, head_end)`` is the subject of a verb that gives
    its count (``[toll_nouns] copulas``) and the figure at ``start`` that count.

    The verb stands between them ("the protesters numbered 250,000", "les manifestants
    étaient 250 000"), or, where the verb comes second, before the head and its article
    with the figure right after the head ("Laut Polizei waren die Demonstranten
    250.000"). Only that verb, after one adjective or participle of the head at most,
    may stand between ("los casos probables son 1,2 millones"; "the protesters who were
    16" is no count of them)."""
    after = _skip_spaces(folded, head_end)
    m = lang.copulas.match_at(folded, after, text)
    if (
        m is None
        and (word := _word_at(folded, after)) is not None
        and _content_word(word, lang)
        and lang.units.match_at(folded, after, text) is None
        and lang.casualties.match_at(folded, after, text) is None
    ):
        # one adjective or participle after the head: "los casos probables son 1,2 millones",
        # "i soccorritori impegnati sono 20.000" (not "who": "protesters who were 16"; a
        # status is the count's own: "los manifestantes detenidos son 40" are the arrested)
        m = lang.copulas.match_at(folded, _skip_spaces(folded, word.end()), text)
    if m is not None and _skip_spaces(folded, m.end) == start:
        return True
    if after != start:
        return False
    pos = head
    det = _word_before(folded, pos)
    if det is not None and det[1] in lang.determiners:
        pos = det[0]
    return lang.copulas.match_before(folded, pos, window=30) is not None


def _clause_between(text: str, folded: str, lang: LanguageData, pos: int, start: int) -> bool:
    """Whether words of a clause of their own stand between ``pos`` and a figure at
    ``start``: more than a list joiner, a partitive or a qualifier ("4,800 rescues and
    helped 30,000 people", not "200 muertos y 150 personas", "2,000 dead, including 300");
    the caller also keeps a figure before inside a fronted partitive ("Unter den 300
    Flutopfern waren 40 Kinder": a part of the dead)."""
    if lang.partitives.find_in(text, folded, pos, start):
        return False
    hedge = lang.qualifiers.match_before(folded, start, window=24)
    end = hedge.start if hedge is not None and hedge.start >= pos else start
    return any(w not in lang.bound_joiners for w in _WORD.findall(folded, pos, end))


# The digits of a figure and the spaces before its own noun.
_OWN_NOUN = re.compile(r"[0-9][0-9.,\s]*")


def _beside_digits(window: str, m: PhraseMatch) -> bool:
    """Whether a unit match stands right after or before digits ("7 magnitude", "magnitude 7")."""
    before = window[max(0, m.start - 3) : m.start]
    after = window[m.end : m.end + 3]
    return any(c.isdigit() for c in before) or any(c.isdigit() for c in after)


def _noun_after(
    text: str, folded: str, lang: LanguageData, word: PhraseMatch, figures: _Blockers
) -> PhraseMatch | None:
    """The first count noun (a unit of people or things) within 30 characters after a
    toll word or its pronoun, when no other figure stands between."""
    limit = min(len(folded), word.end + 30)
    if figures.last_between(word.end, limit) is not None:
        return None
    for m in lang.units.find_in(text, folded, word.end, limit):
        c = concept(m.label)
        if c is not None and c.kind in ("person", "thing"):
            return PhraseMatch(m.label, m.start + word.end, m.end + word.end, m.phrase)
    return None


def _that_of_after(
    text: str, folded: str, lang: LanguageData, stop: int, figures: _Blockers
) -> PhraseMatch | None:
    """The count noun after a pronoun for a toll noun right after the figure.

    "… a 7.000 el número de militares y a 10.000 el de agentes": "el de"
    stands for "el número de", so the 10,000 counts the agents, not the
    troops of the toll before it (``[toll_nouns] that_of``).
    """
    pronoun = lang.that_of.match_at(folded, _skip_spaces(folded, stop), text)
    return None if pronoun is None else _noun_after(text, folded, lang, pronoun, figures)


def _toll_after(
    text: str, folded: str, lang: LanguageData, stop: int, figures: _Blockers
) -> PhraseMatch | None:
    """A toll named right after the figure: "eleva a 2.862 el número de muertos",
    "sitúan entre 175.000 y 200.000 el total de bajas"."""
    p = _skip_spaces(folded, stop)
    word = _word_at(folded, p)
    while word is not None and word.group() in lang.stopwords and word.end() - stop < 12:
        p = _skip_spaces(folded, word.end())
        word = _word_at(folded, p)
    noun = lang.toll_nouns.match_at(folded, p, text)
    head = None if noun is None else _noun_after(text, folded, lang, noun, figures)
    if head is None:
        return None
    c = concept(head.label)
    if c is not None and not c.status:
        # "estime à 70.000 le nombre de soldats … tués"
        return _casualty(folded, head.end, lang) or head
    return head


def _military_variant(
    text: str, folded: str, lang: LanguageData, start: int, unit: str | None, stop: int
) -> str | None:
    """A status that has a word of its own for combatants ("injured" -> "wounded")
    takes it when its paragraph counts combatants ("… 120,000 Russian soldiers
    killed. For Ukraine they put the figure at 70,000 dead and 100,000
    injured": the wounded of an army). "Victims" (a status with a `civil`
    reading) are an army's casualties only when their own sentence marks
    combatants ("290,000 victims among Russian combatants", "dans le camp
    russe"), never for soldiers sent to a flood nor "131 were men"."""
    c = concept(unit)
    if c is None or c.military_variant is None:
        return unit
    if c.civil_variant is not None:
        begin = _sentence_begin(folded, start)
        end = _sentence_end(folded, stop)  # past "350 tys. ofiar"
        if lang.combatants.find_in(text, folded, begin, end):
            return c.military_variant
        return unit
    begin, end = _paragraph_bounds(folded, start)
    if _names_combatants(text[begin:end], lang, folded[begin:end]):
        return c.military_variant
    return unit


def _before(
    text: str, folded: str, start: int, lang: LanguageData
) -> tuple[int, str | None, bool, str | None, str | None]:
    """Words before a figure: (new start, qualifier, increment, currency, change)."""
    qualifier: str | None = None
    increment = False
    currency: str | None = None
    change: str | None = None
    pos = start
    for _ in range(3):
        moved = False
        if currency is None:
            cur = _currency_before(text, folded, pos, lang)
            if cur:
                currency, pos, moved = cur.label, cur.start, True
        if qualifier is None:
            m = lang.qualifiers.match_before(folded, pos)
            if m is None and pos == start:
                m = _qualifier_over_article(folded, start, lang)
            if m and m.label == "none":
                break  # "a més de dos": "besides", though it ends like "més de" (more than)
            if m and m.label == "over" and _exceptive(folded, m, lang):
                pos = m.start  # "il ne restait plus que 90 personnes": only 90, no bound
                break
            if m and _verb_particle(folded, m, lang):
                break  # "handed over 1,000 bodies": the verb's "over", no bound
            if m and not _glued_sign(folded, m) and not _new_level(folded, m, lang):
                qualifier, pos, moved = m.label, m.start, True
            negated = _negated_bound(folded, pos, m, lang)
            if negated is not None:
                qualifier, pos, moved = *negated, True
        if not increment:
            m = lang.increment_before.match_before(folded, pos)
            if m:
                increment, pos, moved = True, m.start, True
        if not moved:
            break
    m = lang.change.match_before(folded, pos, window=30)
    if m and m.label != "none" and not _level_bound(folded, pos, start, lang):
        change = m.label  # not "shot down 30 missiles", nor "rose above 11,000" (a level)
    elif pos > 0 and folded[pos - 1] == "+" and not folded[pos - 2 : pos - 1].isalnum():
        change, pos = "up", pos - 1  # "Nasdaq +0.8%"
    return pos, qualifier, increment, currency, change


def _carried_load(unit: str | None) -> bool:
    """Whether ``unit`` counts what a verb of carrying or sending carries, not where to:
    people by a head noun that is no status ("500 rescuers", "500 people") or a mass or
    volume ("40 tonnes"), never a place or thing it goes to ("25 villages", "4 hospitals")."""
    c = concept(unit)
    if c is None:
        return False
    if c.kind == "person":
        return not c.status
    return c.kind == "measure" and c.dimension in _LOAD_DIMENSIONS


# The measures a load is counted in: what is carried ("доставили до 40 тонн помощи").
_LOAD_DIMENSIONS = frozenset({"mass", "volume"})


def _bound_of_preposition(folded: str, start: int, lang: LanguageData) -> PhraseMatch | None:
    """The "up to" bound word that ends a ``[qualifiers] none`` phrase right before ``start``
    ("направили до", "wysłano do", "transportados hasta"), as a match of its own.

    The phrase reads the word as a plain preposition ("to": "підвозять до 25 сіл"), true
    before the places the verb goes to; before the load it carries the word bounds it:
    "В район направили до 500 спасателей" sends up to 500 rescuers, "доставили до 40 тонн"
    up to 40 tonnes. A dispute's "over" ("strike over 1,450 job cuts") is no "up to" and
    keeps its reading, as do a sentence ("veroordeeld tot 5 jaar", a time) and a status
    ("leidde tot 40 doden"), which :func:`_carried_load` does not take."""
    m = lang.qualifiers.match_before(folded, start)
    if m is None or m.label != "none" or folded[m.end : start].strip():
        return None
    for word in reversed(list(_WORD.finditer(folded, m.start, m.end))):
        bound = lang.qualifiers.match_at(folded, word.start())
        if bound is not None and bound.end == m.end and bound.label == _UP_TO:
            return bound
    return None


_UP_TO = "up_to"


def _verb_particle(folded: str, m: PhraseMatch, lang: LanguageData) -> bool:
    """Whether the bound word ``m`` ends a verb that says what the figure counts
    (``[counted_before]``: "handed over 1,000 bodies"), so it is the verb's particle
    and bounds nothing ("killed over 1,000": "killed" ends before "over"). A verb that
    is one without the bound word keeps it a bound ("zginąć nawet 50 tysięcy": up to)."""
    verb = lang.counted_before.match_before(folded, m.end, window=40)
    if verb is None or verb.end != m.end or verb.start >= m.start:
        return False
    stem = m.start
    while stem > verb.start and folded[stem - 1].isspace():
        stem -= 1
    alone = lang.counted_before.match_before(folded, stem, window=40)
    return alone is None or alone.end != stem


# How far before an exceptive "more than" its clause's negation may stand ("il ne
# restait plus que", "no hi quedaven més que"): characters, no clause break between.
_EXCEPTIVE_REACH = 32


def _exceptive(folded: str, m: PhraseMatch, lang: LanguageData) -> bool:
    """Whether the "more than" word ``m`` closes a negated clause, and so says "only":
    "il ne restait plus que 90 personnes", "no quedaban más que 90", "já não restavam
    mais do que 90", "no hi quedaven més que 90" are 90, not over 90 (``[qualifiers.negated]
    only`` after an ``only_negations`` word within ``_EXCEPTIVE_REACH`` characters of it,
    no clause break between). A negation word right before the bound word negates the
    bound itself ("n'a pas dépassé", "pas plus que 90": at most 90, see
    :func:`_negated_bound`)."""
    only, negations = _exceptives(lang.code)
    if only.empty or negations.empty:
        return False
    hit = only.match_at(folded, m.start)
    if hit is None or hit.end != m.end:
        return False
    if lang.negations.match_before(folded, m.start, window=24) is not None:
        return False
    lo = max(0, m.start - _EXCEPTIVE_REACH)
    for stop in _CLAUSE_END.finditer(folded, lo, m.start):
        lo = stop.end()
    window = folded[lo : m.start]
    found = [
        n
        for n in negations.find(window, window)
        if n.start == 0 or not window[n.start - 1].isalnum()
    ]
    if not found:
        return False
    # "n'ont pas évacué plus que 90": a negation word after it makes a plain negation;
    # "não mais que 12 e mais que 194": a figure after it took the negation
    rest = window[found[-1].end :]
    if any(ch.isdigit() for ch in rest):
        return False
    return not any(
        n.start == 0 or not rest[n.start - 1].isalnum() for n in lang.negations.find(rest, rest)
    )


@functools.cache
def _exceptives(code: str) -> tuple[PhraseSet, PhraseSet]:
    """``[qualifiers.negated] only`` and ``only_negations`` of language ``code``."""
    negated = get_language(code).raw.get("qualifiers", {}).get("negated", {})
    only = PhraseSet({"only": [str(w) for w in negated.get("only", [])]})
    negations = PhraseSet({"not": [str(w) for w in negated.get("only_negations", [])]})
    return only, negations


# What a bound word means after a negation: "did not exceed 27%" is at most 27, "not
# below 30" at least 30.
_REVERSED = {"over": "up_to", "under": "at_least"}


def _negated_bound(
    folded: str, pos: int, m: PhraseMatch | None, lang: LanguageData
) -> tuple[str, int] | None:
    """A bound a negation word right before it reverses: (qualifier, new start), or None.

    ``m`` is the bound word found before the figure (its start is ``pos``), if any.
    "did not exceed 27%", "n'a pas dépassé 27 %", "не превысила 27%", "nu a depășit
    27%" are at most 27 (``up_to``), not over it; "not below 30" is at least 30. With no
    bound word, a verb that bounds a figure only when negated (``[qualifiers.negated]
    under``, an article may stand between: "did not reach 30%", "no alcanzó el 30 %",
    "n'a pas atteint les 30 %") makes it under 30. The negation must stand right before
    the bound word (its auxiliaries listed with it: "no ha superado", "non ha superato"),
    or a form of "to be" between them (``[qualifiers.negated] copulas``: "non erano più di
    100", "não eram mais de 100", "nu erau mai mult de 100" are at most 100, as "were no
    more than 100" is): a "not" elsewhere in the clause negates something else.
    """
    if m is not None:
        flipped = _REVERSED.get(m.label)
        if flipped is None or m.start != pos:
            return None
        neg = lang.negations.match_before(folded, m.start, window=24)
        if neg is None:
            copula = lang.negated_copulas.match_before(folded, m.start, window=24)
            if copula is not None:
                neg = lang.negations.match_before(folded, copula.start, window=24)
        return (flipped, neg.start) if neg is not None else None
    verb = lang.negated_bounds.match_before(folded, pos, window=32)
    det = _word_before(folded, pos)
    if verb is None and det is not None and det[1] in lang.determiners:
        verb = lang.negated_bounds.match_before(folded, det[0], window=32)
    if verb is None:
        return None
    neg = lang.negations.match_before(folded, verb.start, window=24)
    return ("under", neg.start) if neg is not None else None


def _qualifier_over_article(folded: str, start: int, lang: LanguageData) -> PhraseMatch | None:
    """A qualifier before the article of a spelled-out figure: "supera el millar", "dépasse
    le millier", "oltre il centinaio" say over a thousand, over a hundred. Only for a
    figure in words: "more than the 2,000 troops pledged" compares with a known count."""
    if not folded[start : start + 1].isalpha():
        return None
    det = _word_before(folded, start)
    if det is None or det[1] not in lang.determiners:
        return None
    m = lang.qualifiers.match_before(folded, det[0])
    return (
        m if m is not None and m.label in ("over", "under", "at_least", "up_to", "approx") else None
    )


def _new_level(folded: str, m: PhraseMatch, lang: LanguageData) -> bool:
    """An "up to" word that means "to" after a verb of change: "число погибших выросло
    до 212" is 212, not at most 212 (``[syntax] level_verbs``); so does the same word
    again in its sentence, where the verb is left out: "het aantal soldaten stijgt tot
    4.000 en dat van de agenten tot 6.500"."""
    if m.label != "up_to":
        return False
    if _level_verb(folded, m.start, lang) or _level_verb_across(folded, m.start, lang):
        return True
    lo = max(0, m.start - _ELIDED_LEVEL_REACH)
    for end in _ELIDED_LEVEL_STOP.finditer(folded, lo, m.start):
        lo = end.end()
    prev = folded.rfind(f" {m.phrase} ", lo, m.start)
    while prev >= 0:
        if _level_verb(folded, prev + 1, lang):
            return True
        prev = folded.rfind(f" {m.phrase} ", lo, prev)
    return False


# How many words may stand between a verb of change and its "up to" word: an object ("revised
# the figure up to"), a time ("si è allargata nella notte fino a"), an adverb of direction
# ("rivista al rialzo fino a").
_LEVEL_GAP_WORDS = 3


def _level_verb_across(folded: str, start: int, lang: LanguageData) -> bool:
    """A verb of change (``[syntax] level_verbs``) a few words before the "up to" word at
    ``start``: "revised the figure up to 14,500", "si è allargata nella notte fino a 25
    metri", "revisada al alza hasta 14.500" give the level reached. The words between
    (at most ``_LEVEL_GAP_WORDS``, no punctuation or figure) name no count or unit
    ("rose among children up to 5 years old" bounds the children's age) and do not end in
    a function word or preposition, which the "up to" figure is the object of ("rose for
    up to 30 days", "cayó en hasta 30 municipios", "fell by up to 30%"), nor hold words
    that make the figure a bound of the verb's object or of some places (``[syntax]
    level_scopes``: "was widened to cover up to 30,000 residents", "rose in some areas up
    to 45 cm": at most, not the level reached)."""
    lo = max(0, start - _LEVEL_GAP_REACH)
    for stop in _LEVEL_GAP_STOP.finditer(folded, lo, start):
        lo = stop.end()
    words = list(_WORD.finditer(folded, lo, start))[-_LEVEL_GAP_WORDS:]
    if not words or folded[words[-1].end() : start].strip():
        return False
    last = words[-1].group()
    if (
        last in lang.stopwords
        or lang.change_prepositions.match_at(folded, words[-1].start()) is not None
        or lang.increment_before.match_before(folded, words[-1].end()) is not None
        or _level_prepositions(lang).match_before(folded, words[-1].end()) is not None
    ):
        return False
    for word in reversed(words):
        if _level_verb(folded, word.start(), lang):
            gap = folded[word.start() : start]
            return not (
                lang.units.find(gap, gap)
                or lang.casualties.find(gap, gap)
                or lang.level_scopes.find(gap, gap)
            )
    return False


# How far back the verb of :func:`_level_verb_across` and its words may reach, and what
# ends its clause (a figure, punctuation).
_LEVEL_GAP_REACH = 60
_LEVEL_GAP_STOP = re.compile(r"[0-9;:!?\n()\"«»]|[.,](?!\d)|\s[-\u2013\u2014]\s")


# How far before an "up to" word its verb-less repeat may follow the level it repeats,
# within one clause: no punctuation between ("het dodental steeg tot 40, er raakten tot
# 100 mensen gewond" has a verb of its own; a group separator "4.000" is no stop).
_ELIDED_LEVEL_REACH = 80
_ELIDED_LEVEL_STOP = re.compile(r"[;:!?\n()]|[.,](?!\d)|\s[-\u2013\u2014]\s")


def _level_bound(folded: str, pos: int, start: int, lang: LanguageData) -> bool:
    """The words from ``pos`` to the figure at ``start`` are a bound of place ("above",
    "past": ``[syntax] level_bounds``): after a verb of change the figure is the level
    reached ("the toll rose above 11,000"), not the amount of the change."""
    return pos < start and folded[pos:start].strip() in lang.level_bounds


def _glued_sign(folded: str, m: PhraseMatch) -> bool:
    """A comparison sign glued to another one ("<>30", "=>30", "=<30"): no bound we can read."""
    return not m.phrase[:1].isalnum() and folded[m.start - 1 : m.start] in ("<", ">", "=", "!")


def _change_in_clause(folded: str, start: int, end: int, lang: LanguageData) -> str | None:
    """A change verb away from the figure but in its clause.

    "sank im dritten Quartal um 3,5 Prozent", "ist um 12 Prozent gesunken":
    the nearest change word within a few words before, else right after.
    """
    begin = max(0, start - 50)
    for m in _CLAUSE_END.finditer(folded, begin, start):
        begin = m.end()
    before = [
        m for m in lang.change.find_in(folded, folded, begin, start) if m.end + begin <= start
    ]
    if before:
        return None if before[-1].label == "none" else before[-1].label
    stop = _CLAUSE_END.search(folded, end)
    limit = min(stop.start() if stop else len(folded), end + 40)
    if re.search(r"[0-9]", folded[end:limit]):
        return None
    after = lang.change.find_in(folded, folded, end, limit)
    return after[0].label if after and after[0].label != "none" else None


def _after_qualifier(
    folded: str, text: str, stop: int, lang: LanguageData, figures: frozenset[int]
) -> PhraseMatch | None:
    """ "500 or more", "20 como mínimo" — but not the "or less" of "5000 or less than
    6000", where "less than" bounds the next figure."""
    after = lang.qualifiers_after.match_at(folded, _skip_spaces(folded, stop), text)
    if after is None:
        return None
    if _figure_follows(folded, after.end, lang):
        return None  # "11,300 dead and over 10,100 missing": "over" bounds the next figure
    for w in _WORD.finditer(folded, after.start, after.end):
        ahead = lang.qualifiers.match_at(folded, w.start(), text)
        if ahead is not None and ahead.end > after.end:
            nxt = _skip_spaces(folded, ahead.end)
            if any(nxt <= f <= nxt + 2 for f in figures):
                return None
    return after


def _bound_wins(qualifier: str | None, after: PhraseMatch) -> bool:
    """Whether a qualifier after the figure replaces the one before it (none, or a hedge)."""
    return qualifier is None or (qualifier == "approx" and after.label != "approx")


def _vague(
    text: str, folded: str, lang: LanguageData, taken: list[tuple[int, int]]
) -> Iterable[tuple[int, int, int]]:
    for m in lang.vague.find(folded, folded):
        if any(m.start < e and s < m.end for s, e in taken):
            continue
        before = _word_before(folded, m.start)
        if before and (before[1] in lang.number_vocabulary):
            continue
        if _char_before(folded, m.start).isdigit():
            continue
        yield m.start, m.end, lang.vague_magnitude[fold(m.label)]


def _bounds(
    qualifier: str | None, low: Decimal, high: Decimal
) -> tuple[Decimal | None, Decimal | None, Qualifier, bool]:
    ranged = low != high
    if qualifier == "approx":
        return low, high, Qualifier.APPROX, True
    if qualifier == "over":
        return (high if ranged else low), None, Qualifier.OVER, False
    if qualifier == "at_least":
        return (high if ranged else low), None, Qualifier.AT_LEAST, False
    if qualifier == "under":
        return None, (low if ranged else high), Qualifier.UNDER, False
    if qualifier == "up_to":
        return None, high, Qualifier.UP_TO, False
    if ranged:
        return low, high, Qualifier.RANGE, False
    return low, high, Qualifier.EXACT, False


def _kind(unit: str | None) -> str:
    if unit is None:
        return "count"
    kind = concept_kinds().get(unit, "thing")
    return {"person": "count", "thing": "count", "ratio": "percent"}.get(kind, kind)


# --------------------------------------------------------------------------- #
# After the quantities are read: bounds that make a range, restated changes
# --------------------------------------------------------------------------- #

_LOWER = (Qualifier.OVER.value, Qualifier.AT_LEAST.value)
_UPPER = (Qualifier.UNDER.value, Qualifier.UP_TO.value)


def _join_bounds(
    text: str, folded: str, found: list[Quantity], lang: LanguageData
) -> list[Quantity]:
    """ "more than 100 and less than 300" is one range (100..300), as is "at most 100
    and at least 20" (20..100): a lower and an upper bound joined by "and", with
    the lower one below the upper one and no other unit."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        q = found[i]
        if i + 1 < len(found):
            r = found[i + 1]
            pair = _bound_pair(q, r)
            joiner = folded[q.end : r.start].strip()
            if (
                pair is not None
                and joiner in lang.bound_joiners
                and (q.unit is None or r.unit is None or q.unit == r.unit)
                and not (q.change or r.change or q.increment or r.increment)
                and not _projection(text, folded, q.end, r.end, lang)
            ):
                low, high = pair
                unit_q = q if q.unit is not None else r
                out.append(
                    Quantity(
                        text[q.start : r.end],
                        q.start,
                        r.end,
                        low,
                        high,
                        Qualifier.RANGE.value,
                        unit=unit_q.unit,
                        unit_text=unit_q.unit_text,
                        kind=unit_q.kind,
                    )
                )
                i += 2
                continue
        out.append(q)
        i += 1
    return out


def _projection(text: str, folded: str, start: int, end: int, lang: LanguageData) -> bool:
    """Whether a modal projection stands between two bounds: "at least 6,000, but
    it could reach 10,000" is a figure and a projection, not a range."""
    found = frame_words(lang.code).status.find_in(text, folded, start, end)
    return any(m.label == "projected" for m in found)


def _bound_pair(q: Quantity, r: Quantity) -> tuple[Number, Number] | None:
    for lower, upper in ((q, r), (r, q)):
        if lower.qualifier in _LOWER and upper.qualifier in _UPPER:
            low, high = lower.low, upper.high
            if low is not None and high is not None and low < high:
                return low, high
    return None


_NOT_A_RESTATEMENT = re.compile(r"[.;:!?\n0-9]")


# How far apart two figures of one list may stand ("Taroudant, con 321 muertos, y
# Chichaoua, con 103").
_LIST_REACH = 120


def _last_counted(
    text: str, folded: str, out: list[Quantity], lang: LanguageData
) -> Quantity | None:
    """The figure a list's next item continues: the last one so far, past the numbers of
    numbered nouns right before ("evacuated 40 people from building 7 and 12 from
    building 9": 12 continues 40, not the building's 7; see :func:`_numbered_label`)."""
    for q in reversed(out):
        if not (
            q.unit is None and q.kind == "count" and _numbered_label(text, folded, q.start, lang)
        ):
            return q
    return None


def _elliptic_units(
    text: str, folded: str, found: list[Quantity], lang: LanguageData
) -> list[Quantity]:
    """A bare figure that continues a list takes the unit of the figure before it in
    its sentence: "321 muertos y Chichaoua, con 103", "8,000 troops; about 4,500
    already deployed", and after a partitive "2 059 blessés, dont 1 404 grièvement"
    ("of whom", "dintre care", "davon"), whatever follows it."""
    found = _wholes_keep_their_noun(text, folded, found, lang)
    out: list[Quantity] = []
    named: Quantity | None = None  # the last figure with a unit so far
    for i, q in enumerate(found):
        prev = _last_counted(text, folded, out, lang)
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            q.unit is None
            and q.kind == "count"
            and nxt is not None
            and _part_of(folded, q, nxt, lang)
        ):
            # "lost some 2,200 of the 3,500 tanks it had"
            q = attrs.evolve(q, unit=nxt.unit, unit_text=nxt.unit_text, kind=nxt.kind)
        if nxt is not None and _set_against_the_next(folded, q, nxt, lang):
            # "1180 statt 1450 Stellen": what the figure it replaces counts
            q = attrs.evolve(q, unit=nxt.unit, unit_text=nxt.unit_text, kind=nxt.kind)
        if q.unit is None and q.kind == "count" and _clitic_before(folded, q.start, lang):
            # "3.500 carri armati e in due anni ne ha persi 2.200": "ne" stands for
            # the last things counted, whatever was counted between
            whole = next((o for o in reversed(out) if _listable(o.unit)), None)
            if (
                whole is not None
                and _clitic_reaches(folded, whole, q)
                and _same_order(whole, q)
                and not _hospital_clause_of_other(folded, whole, q, lang)
            ):
                q = attrs.evolve(q, unit=whole.unit, unit_text=whole.unit_text, kind=whole.kind)
        if (
            (q.unit is None or _is_status(q.unit))
            and q.kind == "count"
            and _pronoun_part(folded, q, lang)
        ):
            # "Zweiundvierzig Grindwale …, teilte die Gemeinde mit; 14 von ihnen waren
            # verendet": the pronoun stands for the last count of its sentence, however
            # far, or of the sentence before ("… zrosła do pięciu. Dwie z nich …"); what
            # befell a part of animals or things counted keeps their unit
            whole = next((o for o in reversed(out) if _listable(o.unit)), None)
            if (
                whole is not None
                and (q.unit is None or _kind_of(whole.unit) == "thing")
                and _pronoun_reaches(folded, whole, q)
                and _holds_part(whole, q)
                and not _hospital_clause_of_other(folded, whole, q, lang)
            ):
                q = attrs.evolve(q, unit=whole.unit, unit_text=whole.unit_text, kind=whole.kind)
        part = False  # a partitive beside the figure, looked for only where it may matter
        if (
            prev is not None
            and _listable(prev.unit)
            and (not q.increment or _others(folded, q, lang))
            and q.start - prev.end <= _LIST_REACH
            and not _SENTENCE_END.search(folded, prev.end, q.start)
            and (
                (part := partitive_beside(folded, q.start, q.end, lang))
                or _same_order(prev, q)  # "1,078,750 … of them 920": a part may be small
            )
        ):
            if (
                q.unit is None
                and q.kind == "count"
                and not _numbered_label(text, folded, q.start, lang)
                and (
                    part
                    or _others(folded, q, lang)
                    or _nothing_named_after(folded, q.end, lang)
                    or (
                        _opens_list_item(folded, prev, q, lang)
                        and not _plural_noun_after(text, folded, q.end, lang)
                    )
                )
            ):
                q = attrs.evolve(q, unit=prev.unit, unit_text=prev.unit_text, kind=prev.kind)
            elif (
                _kind_of(prev.unit) == "thing"
                and _is_status(q.unit)
                and (part or lang.partitives.find_in(text, folded, q.start, q.end))
            ):
                # "42 pilot whales …, and 14 of them had died": what befell a part of
                # animals or things counted is no head count of people (the dead
                # whales are whales)
                q = attrs.evolve(q, unit=prev.unit, unit_text=prev.unit_text, kind=prev.kind)
            elif part and _is_status(prev.unit) and _plain_head(q.unit):
                # "219 Todesopfer, darunter 50 Kinder": a part of the killed
                q = attrs.evolve(q, unit=prev.unit, unit_text=q.unit_text)
            elif part and prev.unit == _HOSPITALIZED and q.unit == _HURT:
                # "siguen ingresados nueve heridos, dos de ellos en estado grave": a part of
                # those in hospital; the condition said of it is no new status
                q = attrs.evolve(q, unit=prev.unit, unit_text=prev.unit_text, kind=prev.kind)
            elif _next_head_of_status(folded, prev, q, lang):
                # "Among the dead are 5 Ukrainians and 3 Romanians", "killed 5 civilians
                # and 3 soldiers": the next head of a list whose first took its status
                q = attrs.evolve(q, unit=prev.unit, unit_text=q.unit_text)
        if (
            prev is not None
            and q.unit is None
            and (
                _contrasted(text, folded, prev, q, lang)
                or _after_fronted_contrast(folded, prev, q, lang)
            )
        ):
            # "1.6 million customers …, down from 4.2 million in the morning", "son
            # 55.000, y no los 61.000 anunciados": the figure set against counts the same
            q = attrs.evolve(q, unit=prev.unit, unit_text=prev.unit_text, kind=prev.kind)
        if prev is not None and _elided_measure(folded, prev, q, lang):
            # "the area hit is 420,000 hectares; a farmers' group puts it at more than
            # 700,000": another reading of the measure, in its unit; or of a count before
            # it nearer its size ("treated 214 runners in heat that reached 34C; organisers
            # put the number at about 150": the treated, not degrees)
            read = _nearer_count(folded, out, prev, q) or prev
            q = attrs.evolve(q, unit=read.unit, unit_text=read.unit_text, kind=read.kind)
        if prev is not None and _part_of_measure(text, folded, prev, q, lang):
            # "declared more than 38,000 hectares, of which 9,500 did not exist": a part
            # of the measure, in its unit
            q = attrs.evolve(q, unit=prev.unit, unit_text=prev.unit_text, kind=prev.kind)
        if (again := _read_again_in(text, folded, named, q, lang)) is not None:
            # "lost 46 containers …, while the coastguard put the figure at about 50": a
            # rival's reading of the count before it, in its unit
            q = _as_read_again(q, again)
        if prev is not None and _revised_from(folded, prev, q, lang):
            # "raised its estimate to 12,000 hectares, from about 9,000": the measure's
            # earlier value, in its unit
            q = attrs.evolve(q, unit=prev.unit, unit_text=prev.unit_text, kind=prev.kind)
        if prev is not None and _elided_currency(folded, prev, q, lang):
            # "valued it at about 40 million euros, while the minister put it at about 25
            # million": the rival sum is in the currency of the one before it
            q = attrs.evolve(q, unit=prev.unit, unit_text=prev.unit_text, kind=prev.kind)
        elif (sum_before := _scaled_sum_before(folded, out, q, lang)) is not None:
            # "… in circa 120 milioni di euro. Numeri contestati dalla Coldiretti, che parla
            # di oltre 15.000 ettari e di almeno 200 milioni": a rival sum of millions
            q = attrs.evolve(
                q, unit=sum_before.unit, unit_text=sum_before.unit_text, kind=sum_before.kind
            )
        if q.unit is not None and q.kind != _RATIO_KIND:
            named = q  # a ratio ("nearly three times the limit") is no figure put again
        out.append(q)
    return out


def _bare(q: Quantity) -> bool:
    """Whether ``q`` is a bare count: no unit, no increment and no change, so that the
    words around it may give it the unit of a figure before it."""
    return q.unit is None and q.kind == "count" and not q.increment and q.change is None


# How many words may stand between a figure noun ("the figure", "la cifra", "die Zahl")
# and a bare figure that puts it again: a preposition and a participle ("the number
# stranded at around 12,000").
_READ_AGAIN_WORDS = 2
# How far back in its sentence, and how near in size, the count a bare figure puts again
# may be: two list reaches (a clause of the first reading, then the rival's clause), and
# ``_ELIDED_CURRENCY_FACTOR``.
_READ_AGAIN_REACH = 2 * _LIST_REACH


def _part_of_measure(
    text: str, folded: str, prev: Quantity, q: Quantity, lang: LanguageData
) -> bool:
    """Whether bare ``q`` is a part of ``prev``, the measure right before it in its
    sentence, as a partitive right before ``q`` says (``[toll_nouns] partitives``: "of
    which", "dont", "din care", "de las que"): "38,000 hectares, of which 9,500 did not
    exist". Only a count of no unit, no increment and no change, no larger than the
    measure, within ``_LIST_REACH`` characters and no sentence end, with no plural noun of
    its own after it ("of which 9,500 farms" counts farms; :func:`_plural_noun_after`). A
    measure named before its figure is read by the list rule (:func:`_listable`)."""
    if not _bare(q):
        return False
    if prev.kind != "measure" or prev.change is not None or _listable(prev.unit):
        return False
    if q.low is None or prev.low is None or q.low > prev.low:
        return False
    if q.start - prev.end > _LIST_REACH or _SENTENCE_END.search(folded, prev.end, q.start):
        return False
    if lang.partitives.match_before(folded, q.start, window=PARTITIVE_REACH) is None:
        return False
    return not _plural_noun_after(text, folded, q.end, lang)


def _reads_again(text: str, folded: str, q: Quantity, lang: LanguageData) -> bool:
    """Whether bare ``q`` is a figure put again by a rival or a later reading, its noun
    left out: a figure noun (``[toll_nouns] words``) at most ``_READ_AGAIN_WORDS`` words
    before it ("put the figure at about 50", "rebajó la cifra a unos 12.000", "bezifferte
    die Zahl auf etwa 50"), or a reporting verb (``[attribution] verbs``) right before it
    or before its value preposition ("fala em pelo menos 70"), none inside an idiom
    (``[toll_nouns] clitic_idioms``: "prend en compte 70"), or an impersonal phrase of a
    figure spoken of (``[toll_nouns] spoken_of``) right before it: an earlier or another
    reading the text only says was spoken of ("On Tuesday there was talk of 150", "Ещё во вторник
    речь шла о 150", "Am Dienstag war die Rede von 150"). Only a count of no unit,
    no increment and no change that closes its clause (punctuation or the end right after
    it: "said 15 were hurt" tells its own status; "речь шла о 150 ульях" counts its own
    noun)."""
    if not _bare(q):
        return False
    if q.low is None or (q.high is not None and q.high != q.low):
        return False
    p = _skip_spaces(folded, q.end)
    if p < len(folded) and (folded[p].isalnum() or folded[p] in "%(-"):
        return False
    if lang.attribution_verbs.match_before(folded, q.start) is not None:
        # not a verb's words inside an idiom ("prend en compte 70": takes into account)
        idiom = lang.clitic_phrases.match_before(folded, q.start)
        return idiom is None or idiom.label != "idiom"
    spoken = _spoken_of(lang.code)
    if spoken is not None and spoken.match_before(folded, q.start) is not None:
        return True
    before = _word_before(folded, q.start)
    if (
        before is not None
        and before[1] in _value_prepositions(lang)
        and lang.attribution_verbs.match_before(folded, before[0]) is not None
    ):
        return True
    begin = q.start
    for _ in range(_READ_AGAIN_WORDS + 1):
        noun = lang.toll_nouns.match_before(folded, begin)
        if noun is not None:
            return not _names_label(folded, noun.start, noun.end, q.start, lang)
        word = _word_before(folded, begin)
        if word is None:
            return False
        begin = word[0]
    return False


@functools.cache
def _spoken_of(code: str) -> PhraseSet | None:
    """The language's ``[toll_nouns] spoken_of`` ("there was talk of", "речь шла о")."""
    raw = get_language(code).raw.get("toll_nouns", {}).get("spoken_of", [])
    return PhraseSet({"spoken": [str(w) for w in raw]}) if raw else None


def _names_label(folded: str, start: int, end: int, at: int, lang: LanguageData) -> bool:
    """Whether the figure noun at ``[start, end)`` names a label or an identifier the
    figure at ``at`` is, not a count: a noun of ``[toll_nouns] label_nouns`` with nothing
    but articles and verbs of being (``label_links``) before the figure ("the emergency
    number is 112", "its flight number was 15", "il numero è il 112"). "Put the number at
    about 50" (a value preposition between) still reads a count again."""
    if folded[start:end].strip() not in lang.label_nouns:
        return False
    words = _LABEL_WORD.findall(folded, end, at)
    return all(w in lang.label_links or w in lang.determiners for w in words)


# A word between a label noun and its figure ("is", "c'est", "—").
_LABEL_WORD = re.compile(r"[^\s\d]+")


# The kind of a ratio or a share ("20 %", "nearly three times the limit"): it tells how a
# figure stands to another, and no rival puts it again with its noun left out.
_RATIO_KIND = "percent"


def _reading_again(o: Quantity, q: Quantity) -> bool:
    """Whether ``o`` is a count or a measure ``q`` may read again: people or things
    counted, or a measure ("141 microgrammes par mètre cube … L'association avance le
    chiffre de 185"), no increment, within ``_ELIDED_CURRENCY_FACTOR`` of ``q`` (a count
    lost or gained is read again as one: "lost 46 containers …; the coastguard put the
    figure at 50")."""
    if o.unit is None or o.increment:
        return False
    if o.kind == "count" and concept_kinds().get(o.unit) not in ("person", "thing"):
        return False
    if o.kind not in ("count", "measure"):
        return False
    return _same_order(o, q, _ELIDED_CURRENCY_FACTOR)


def _read_again_in(
    text: str, folded: str, last: Quantity | None, q: Quantity, lang: LanguageData
) -> Quantity | None:
    """The count of its sentence that bare ``q`` puts again (:func:`_reads_again`):
    ``last``, the last figure before it with a unit, when a count of people or things
    near ``q`` in size (:func:`_reading_again`) within ``_READ_AGAIN_REACH`` characters,
    in its sentence or (a text read whole) the one before in its paragraph; the sentence
    before a sentence read alone is read by :func:`_counts_of_before`."""
    if last is None or q.start - last.end > _READ_AGAIN_REACH:
        return None
    between = folded[last.end : q.start]
    if "\n" in between or len(_SENTENCE_END.findall(between)) > 1:
        return None  # a text read whole: the sentence before at most, in one paragraph
    if not _reads_again(text, folded, q, lang) or not _reading_again(last, q):
        return None
    return last


def _counts_of_before(
    text: str, found: list[Quantity], before: str, lang: LanguageData
) -> list[Quantity]:
    """A bare figure put again (:func:`_reads_again`) with no figure of a unit before it
    in its sentence takes the unit of the last figure of the sentence before, in one
    paragraph, when a count of people or things near it in size: "Unos 18.000 clientes
    … según la Generalitat. El administrador concursal rebajó la cifra a unos 12.000."
    (12,000 customers). The sentence before is read with its own sentence before, so a
    reading put again twice keeps the unit ("… La asociación eleva el número a más de
    25.000"). Two sentences back with none between, or a paragraph between, it stays
    bare."""
    folded = fold(text)
    firsts: list[Quantity] = []
    for q in found:
        if q.unit is not None:
            break  # a figure with a unit: the rest read it in their own sentence
        if _reads_again(text, folded, q, lang):
            firsts.append(q)
    if not firsts:
        return found
    b = before.rstrip(" \t")
    if not b or b.endswith("\n"):
        return found
    ends = [m.end() for m in _SENTENCE_END.finditer(fold(b), 0, max(0, len(b) - 1))]
    cut = ends[-1] if ends else 0
    counted = [
        o
        for o in extract_quantities(b[cut:], lang, before=b[:cut])
        if o.unit is not None and o.kind != _RATIO_KIND  # a ratio is no figure put again
    ]
    if not counted:
        return found
    last = counted[-1]
    return [
        _as_read_again(q, last) if any(q is f for f in firsts) and _reading_again(last, q) else q
        for q in found
    ]


def _as_read_again(q: Quantity, read: Quantity) -> Quantity:
    """Bare ``q`` in the unit, kind and change of the count ``read`` it puts again."""
    return attrs.evolve(
        q, unit=read.unit, unit_text=read.unit_text, kind=read.kind, change=read.change
    )


# The least scale word ("million", "milioni", "Mio.", "млн") that makes a bare figure a
# sum whose currency was left out, when a sum stands in its sentence or the one before.
_ELIDED_SCALE = 1_000_000
# How far before a bare sum of millions the sum whose currency it takes may end.
_ELIDED_SUM_REACH = 2 * _LIST_REACH


def _scaled_sum_before(
    folded: str, before: list[Quantity], q: Quantity, lang: LanguageData
) -> Quantity | None:
    """The sum whose currency a bare figure of millions ``q`` takes in its sentence: the
    last sum (``kind`` money) before it, within ``_ELIDED_SUM_REACH`` characters and
    ``_ELIDED_CURRENCY_FACTOR`` of it, other figures between allowed ("che valuta i danni
    in 120 milioni di euro, contro i 15.000 ettari e i 200 milioni della Coldiretti"); the
    sentence before is read by :func:`_sums_of_before`."""
    if not _bare_scaled(folded, q, lang):
        return None
    sum_before = next((o for o in reversed(before) if o.kind == "money"), None)
    if sum_before is None or q.start - sum_before.end > _ELIDED_SUM_REACH:
        return None
    if _SENTENCE_END.search(folded, sum_before.end, q.start):
        return None
    return sum_before if _sum_read_again(sum_before, q) else None


def _bare_scaled(folded: str, q: Quantity, lang: LanguageData) -> bool:
    """Whether ``q`` may be a sum whose currency was left out: no unit, no increment, no
    change, a last word that is a scale word of at least ``_ELIDED_SCALE`` (``[numbers]
    multipliers``, ``suffixes``: "milioni", "Mio.", "млн"), ending its phrase ("2 million
    people" counts people; "200.000" has no scale)."""
    if not _bare(q):
        return False
    if q.low is None and q.high is None:
        return False  # a bound of one side is read: "non più di 5 milioni"
    return _scaled(q, lang) and _nothing_named_after(folded, q.end, lang)


def _sum_read_again(sum_before: Quantity, q: Quantity) -> bool:
    """Whether bare ``q`` is near enough in size to ``sum_before`` to read it again."""
    if sum_before.change is not None:
        return False
    return _same_order(sum_before, q, _ELIDED_CURRENCY_FACTOR)


def _sums_of_before(
    text: str, found: list[Quantity], before: str, lang: LanguageData
) -> list[Quantity]:
    """A bare figure of millions (:func:`_bare_scaled`) whose own sentence names no sum
    before it takes the currency of the last sum of the sentence before, in one
    paragraph, when within ``_ELIDED_CURRENCY_FACTOR`` of it: "La Regione valuta i danni
    in circa 120 milioni di euro. La Coldiretti parla di almeno 200 milioni." (200 million
    euros, a rival reading). Two sentences back, or a paragraph between, it stays bare."""
    folded = fold(text)
    if not any(_bare_scaled(folded, q, lang) for q in found):
        return found
    b = before.rstrip(" \t")
    if not b or b.endswith("\n"):
        return found  # the paragraph starts with this sentence
    ends = [m.end() for m in _SENTENCE_END.finditer(fold(b), 0, max(0, len(b) - 1))]
    sentence = b[ends[-1] :] if ends else b
    sums = [q for q in _extract(sentence, lang, full=False) if q.kind == "money"]
    if not sums:
        return found
    sum_before = sums[-1]
    out: list[Quantity] = []
    for q in found:
        if q.kind == "money":
            return out + found[len(out) :]  # its sentence named a sum of its own
        if _bare_scaled(folded, q, lang) and _sum_read_again(sum_before, q):
            q = attrs.evolve(
                q, unit=sum_before.unit, unit_text=sum_before.unit_text, kind=sum_before.kind
            )
        out.append(q)
    return out


def _scaled(q: Quantity, lang: LanguageData) -> bool:
    """Whether the figure's last word is a scale word of at least ``_ELIDED_SCALE``."""
    words = fold(q.text).split()
    if len(words) < 2:
        return False
    last = words[-1]
    value = lang.multipliers.get(last) or lang.suffixes.get(last)
    return value is not None and value >= _ELIDED_SCALE


# How far apart in size a sum and a bare figure after it may be for the bare figure to be
# a sum in the same currency (a rival estimate, a part): "40 million euros … 25 million".
_ELIDED_CURRENCY_FACTOR = 10.0
# The least a bare figure must be to be read as a sum whose currency was left out: a
# scale of thousands or millions, never a small count beside a price.
_ELIDED_CURRENCY_FLOOR = 1000


def _elided_currency(folded: str, prev: Quantity, q: Quantity, lang: LanguageData) -> bool:
    """Whether a bare figure ``q`` is a sum in the currency of ``prev``, the sum before it
    in its sentence: "the insurer valued the haul at about 40 million euros, while the
    minister put it at about 25 million", "lo cifró en unos 25 millones", "against the
    company's own figure of about 180 million". Only a figure of no unit, no increment and
    no change, of at least ``_ELIDED_CURRENCY_FLOOR``, within ``_ELIDED_CURRENCY_FACTOR``
    of the sum, within ``_LIST_REACH`` characters and no sentence end, that ends its phrase
    (no noun after it: "25 million people" counts people)."""
    if not _bare(q):
        return False
    size = q.low if q.low is not None else q.high  # a bound: "no more than 5 million"
    if prev.kind != "money" or prev.change is not None or size is None:
        return False
    if size < _ELIDED_CURRENCY_FLOOR or not _same_order(prev, q, _ELIDED_CURRENCY_FACTOR):
        return False
    if q.start - prev.end > _LIST_REACH or _SENTENCE_END.search(folded, prev.end, q.start):
        return False
    return _nothing_named_after(folded, q.end, lang)


def _bare_beside_measure(folded: str, prev: Quantity, q: Quantity) -> bool:
    """Whether ``q`` is a bare figure (no unit, increment or change) that may read the
    unit of ``prev``, the measure before it: within ``_ELIDED_CURRENCY_FACTOR`` of it and
    ``_LIST_REACH`` characters after it, with no sentence end between."""
    if not _bare(q):
        return False
    if prev.kind != "measure" or prev.change is not None or q.low is None:
        return False
    if not _same_order(prev, q, _ELIDED_CURRENCY_FACTOR):
        return False
    return q.start - prev.end <= _LIST_REACH and not _SENTENCE_END.search(folded, prev.end, q.start)


def _elided_measure(folded: str, prev: Quantity, q: Quantity, lang: LanguageData) -> bool:
    """Whether a bare figure ``q`` is a measure in the unit of ``prev``, the measure before
    it in its sentence, put by a verb of putting a figure and its preposition
    (``[attribution] value_prepositions``, a hedge may follow it): "the area hit is 420,000
    hectares; a farmers' group puts it at more than 700,000", "stima in 420.000 ettari i
    terreni colpiti, un'associazione di agricoltori in oltre 700.000". Only a figure of
    no unit, no increment and no change, within ``_ELIDED_CURRENCY_FACTOR`` of the
    measure, within ``_LIST_REACH`` characters and no sentence end, that ends its phrase
    ("at 700,000 people" counts people, "in 24 hours" is a time)."""
    if not _bare_beside_measure(folded, prev, q):
        return False
    before = _word_before(folded, q.start)
    if before is None or before[1] not in _value_prepositions(lang):
        return False
    return _nothing_named_after(folded, q.end, lang)


# How far before a measure the closing word of a range told backwards is looked for
# ("to", "fins a", "до").
_CLOSER_REACH = 16


def _revised_from(folded: str, prev: Quantity, q: Quantity, lang: LanguageData) -> bool:
    """Whether a bare figure ``q`` is the earlier value of ``prev``, the measure before it
    in its sentence, as a range told backwards says it: the closing word of a ``[ranges]
    between`` pair right before the measure and its opening word right before ``q``
    ("raised its estimate to 12,000 hectares, from about 9,000", "ha alzato la stima a
    12.000 ettari, da circa 9.000"; not ru/uk "до … с", where "до" reads as "up to").
    Only a figure of no unit, no increment and no change, within
    ``_ELIDED_CURRENCY_FACTOR`` of the measure and ``_LIST_REACH`` characters with no
    sentence end, that ends its phrase ("to 12,000 hectares from 9,000 farms" counts
    farms)."""
    if not _bare_beside_measure(folded, prev, q):
        return False
    before_measure = folded[max(0, prev.start - _CLOSER_REACH) : prev.start].rstrip()
    before_figure = folded[prev.end : q.start].rstrip()
    return any(
        _ends_with_word(before_measure, closer)
        and (
            _ends_with_word(before_figure, opener)
            # an elided opener glued to the hedge the figure starts with ("d'unes 6.000")
            or (opener.endswith("'") and folded.startswith(opener, q.start))
        )
        for opener, closer in lang.range_between
    ) and _nothing_named_after(folded, q.end, lang)


def _ends_with_word(text: str, word: str) -> bool:
    """Whether ``text`` ends with the whole word (or phrase) ``word``."""
    if not word or not text.endswith(word):
        return False
    return len(text) == len(word) or not text[-len(word) - 1].isalnum()


def _nearer_count(
    folded: str, before: list[Quantity], measure: Quantity, q: Quantity
) -> Quantity | None:
    """The count of people or things before ``measure`` in ``q``'s sentence, within
    ``_COUNT_READING_REACH`` characters of ``q``, that is nearer ``q`` in size than the
    measure (a ratio nearer one): the figure a verb of putting a figure reads again when a
    measure of the circumstances stands between ("INEM treated 214 runners in heat that
    reached 93 degrees Fahrenheit (34C); organisers put the number at about 150": 150 is
    nearer 214 than 34). None when no count is nearer than the measure."""
    value = q.low
    if value is None or value <= 0:
        return None

    def distance(o: Quantity) -> float:
        size = o.low if o.low is not None else o.high
        if size is None or size <= 0:
            return math.inf
        return abs(math.log(float(size) / float(value)))

    best, best_distance = None, distance(measure)
    for o in before:
        if o.end > measure.start or q.start - o.end > _COUNT_READING_REACH:
            continue
        if o.increment or o.change is not None or o.unit is None:
            continue
        if concept_kinds().get(o.unit) not in ("person", "thing"):
            continue
        if _SENTENCE_END.search(folded, o.end, q.start):
            continue
        if (d := distance(o)) < best_distance:
            best, best_distance = o, d
    return best


# How far before a figure put by a verb of putting a figure the count it reads again
# may stand, when a measure stands between them (two list reaches: a clause of
# circumstances, then the rival's clause).
_COUNT_READING_REACH = 2 * _LIST_REACH


@functools.lru_cache(maxsize=32)
def _value_prepositions(lang: LanguageData) -> frozenset[str]:
    """The language's ``[attribution] value_prepositions``, folded ("at", "auf", "in")."""
    listed = lang.raw.get("attribution", {}).get("value_prepositions", [])
    return frozenset(fold(str(w)).strip() for w in listed)


def _contrasted(text: str, folded: str, prev: Quantity, q: Quantity, lang: LanguageData) -> bool:
    """Whether a bare figure ``q`` is set against ``prev``, the counted figure before it
    in its sentence, by a contrast word right before it (``[toll_nouns] contrasts``, or
    a baseline word, ``[frames] baseline``; a determiner may follow: "down from 4.2
    million in the morning", "y no los 61.000 anunciados", "non 61.000 come
    comunicato", "contre 19 la veille"): it counts what
    ``prev`` counts, whatever follows it (a participle, a time). Not a figure set
    against an amount of change ("rose 5% from 2023"), nor one of another order of
    size; an abbreviation's period ("by 6 p.m. on Tuesday") ends no sentence."""
    if q.kind != "count" or prev.unit is None or prev.change is not None or q.start < prev.end:
        return False
    if q.start - prev.end > _LIST_REACH or not _same_order(prev, q):
        return False
    p = _back_spaces(folded, q.start)
    word = _word_before(folded, p)
    if word is not None and word[1] in lang.determiners:
        p = _back_spaces(folded, word[0])  # "y no los 61.000", "not the 61,000"
    m = _contrast_before(folded, p, lang)
    if m is None or m.start < prev.end:
        return False
    for end in _SENTENCE_END.finditer(folded, prev.end, m.start):
        nxt = _skip_spaces(text, end.end())
        if end.group() == "\n" or not text[nxt : nxt + 1].islower():
            return False  # a sentence ends between them
    return True


# How many words may stand between the group and the figure ("Among the passengers
# there were 41 Portuguese").
_GROUP_VERB_WORDS = 3


def _part_of_a_fronted_group(text: str, folded: str, q: Quantity, lang: LanguageData) -> Quantity:
    """A generic head count ("41 Portuguese", "41 pessoas") of a group of people named
    by a partitive: one that opens its sentence ("Entre os passageiros havia 41
    portugueses", "Among the passengers were 41 Britons", "Unter den Passagieren waren 41
    Briten") or one of "among" right after the head ("Havia 41 franceses entre os
    passageiros"): a part of that group, counted in its unit. A status group is a toll
    already ("Among the injured were 4 Britons"); a head of its own stays ("Among the
    passengers were 12 children")."""
    if q.unit != _PEOPLE:
        return q
    after = _skip_spaces(folded, q.end)
    link = lang.fronted_partitives.match_at(folded, after, text)
    if link is not None and _between_words(link.phrase, lang):
        group = _group_at(text, folded, _skip_spaces(folded, link.end), lang)
        if group is not None:
            return attrs.evolve(q, unit=group.label)
    begin = _skip_spaces(folded, _sentence_begin(folded, q.start))
    opener = lang.fronted_partitives.match_at(folded, begin, text)
    if opener is None:
        return q
    group = _group_at(text, folded, _skip_spaces(folded, opener.end), lang)
    if group is None:
        return q
    gap = folded[group.end : q.start]
    if re.search(r"[^\w\s]|[0-9]", gap) or len(_WORD.findall(gap)) > _GROUP_VERB_WORDS:
        return q
    return attrs.evolve(q, unit=group.label)


def _between_words(phrase: str, lang: LanguageData) -> bool:
    """Whether a partitive after a head count says "among" ("entre os", "among the",
    "unter den"), not "of" ("of the", "des", "von den": "30 people of the workers' union"
    are no workers)."""
    words = fold(phrase).split()
    return len(words) > 1 and words[0] not in lang.noun_links


def _group_at(text: str, folded: str, p: int, lang: LanguageData) -> PhraseMatch | None:
    """The noun of a group of people at ``p``, a determiner aside: a head count that is
    neither a status nor the generic ``people``."""
    word = _word_at(folded, p)
    if word is not None and word.group() in lang.determiners:
        p = _skip_spaces(folded, word.end())
    group = _unit_match(lang.units, text, folded, p)
    c = concept(group.label) if group is not None else None
    if group is None or c is None or c.kind != "person" or c.status or group.label == _PEOPLE:
        return None
    return group


def _set_against_the_next(folded: str, q: Quantity, nxt: Quantity, lang: LanguageData) -> bool:
    """Whether a bare figure ``q`` is set against the counted figure right after it by a
    contrast word between them (``[toll_nouns] contrasts``; a determiner may follow: "1180
    statt 1450 Stellen", "1,180 instead of 1,450 jobs", "1.180 en lugar de los 1.450
    empleos"): it counts what that one counts. Not across a comma ("5, not 7 people")."""
    if q.unit is not None or q.kind != "count" or nxt.unit is None or nxt.change is not None:
        return False
    if nxt.start < q.end or not _same_order(q, nxt):
        return False
    p = _back_spaces(folded, nxt.start)
    word = _word_before(folded, p)
    if word is not None and word[1] in lang.determiners:
        p = _back_spaces(folded, word[0])
    m = lang.toll_contrasts.match_before(folded, p, window=32)
    return m is not None and m.end == p and m.start >= q.end and not folded[q.end : m.start].strip()


# How many words may stand between a contrast word that opens a sentence and the counted
# figure it sets aside ("Statt der ursprünglich geplanten 1450 Stellen").
_FRONTED_CONTRAST_WORDS = 4


def _after_fronted_contrast(folded: str, prev: Quantity, q: Quantity, lang: LanguageData) -> bool:
    """Whether a bare figure ``q`` follows, in its sentence, a counted figure that a
    contrast word opening the sentence sets aside ("Statt der ursprünglich geplanten 1450
    Stellen sollen nun 1180 wegfallen", "Instead of the 1,450 jobs first planned, 1,180
    will go"): it counts what that one counts."""
    if q.kind != "count" or prev.unit is None or prev.change is not None or q.start < prev.end:
        return False
    if q.start - prev.end > _LIST_REACH or not _same_order(prev, q):
        return False
    if _SENTENCE_END.search(folded, prev.end, q.start):
        return False
    words = lang.toll_contrasts
    pos = _back_spaces(folded, prev.start)
    for _ in range(_FRONTED_CONTRAST_WORDS + 1):
        m = words.match_before(folded, pos, window=32)
        if m is not None and m.end == pos:
            before = _back_spaces(folded, m.start)
            return before == 0 or folded[before - 1] in ".!?:\n"
        word = _word_before(folded, pos)
        if word is None or word[1] in lang.number_vocabulary:
            return False
        pos = _back_spaces(folded, word[0])
    return False


def _contrast_before(folded: str, p: int, lang: LanguageData) -> PhraseMatch | None:
    """The contrast word (``[toll_nouns] contrasts``) or word of a baseline (``[frames]
    baseline``: "down from", "contre", "rispetto a", "по сравнению с") that ends right
    at ``p``, or None."""
    for phrases in (lang.toll_contrasts, frame_words(lang.code).baseline):
        m = phrases.match_before(folded, p, window=32)
        if m is not None and m.end == p:
            return m
    return None


def _wholes_keep_their_noun(
    text: str, folded: str, found: list[Quantity], lang: LanguageData
) -> list[Quantity]:
    """In "12 dos 40 passageiros morreram", "Zwölf der 40 Fahrgäste starben", "12 of the 40
    passengers died" what the verb after the whole says happened to the part: the part
    counts the status, the whole keeps its own head noun (the 40 passengers did not all
    die)."""
    out = list(found)
    for i in range(len(out) - 1):
        q, whole = out[i], out[i + 1]
        if not _is_status(whole.unit) or whole.unit_text is None:
            continue
        if fold(whole.unit_text) in folded[whole.start : whole.end]:
            continue  # "12 of the 40 dead": the whole's own noun is the status
        if q.unit not in (None, whole.unit) or not _part_of(folded, q, whole, lang):
            continue
        if lang.units.find(text[q.start : q.end], folded[q.start : q.end]):
            continue  # "Among the 300 dead were 40 children": the first has its own noun
        nouns = [
            m
            for m in lang.units.find(text[whole.start : whole.end], folded[whole.start : whole.end])
            if _plain_head(m.label) and m.label is not None
        ]
        if not nouns:
            continue
        noun = nouns[-1]
        out[i] = attrs.evolve(q, unit=whole.unit, unit_text=whole.unit_text, kind=whole.kind)
        out[i + 1] = attrs.evolve(
            whole,
            unit=noun.label,
            unit_text=text[whole.start + noun.start : whole.start + noun.end],
        )
    return out


def _next_head_of_status(folded: str, prev: Quantity, q: Quantity, lang: LanguageData) -> bool:
    """Whether ``q``, a plain head count ("3 Romanians", "two children") that ends its
    clause, is the next item of a list whose first item (``prev``, its own head noun
    too) took a status from the words before it (a verb, a toll, a partitive: "Among
    the dead are 5 Ukrainians and 3 Romanians", "Printre victime se numără 3 femei și 2
    copii"): it counts the same status. Not a head with a clause of its own after it
    ("the toll rose to 50 people and 3,000 people are in shelters")."""
    if q.unit is None or not _plain_head(q.unit) or not _is_status(prev.unit):
        return False
    if prev.unit_text is None or fold(prev.unit_text) in folded[prev.start : prev.end]:
        return False  # "5 dead and 3 children": the status is the first item's own noun
    return _list_joined(folded, prev.end, q.start, lang) and _clause_ends(folded, q.end, lang)


def _opens_list_item(folded: str, prev: Quantity, q: Quantity, lang: LanguageData) -> bool:
    """Whether a bare figure opens the next item of a list or points back to a count
    already named: a list joiner or a determiner right before it ("891 buildings
    completely destroyed, 211 partially destroyed and about 398 submerged", "500
    troops would be sent, reinforcing the 1,700 already deployed"). Whatever
    follows such a figure is its predicate, not a noun of its own (a known unit
    noun after it would have been its unit). A determiner points back only to a
    count of about its size ("sent 500 troops to the 12 districts" does not)."""
    p = _back_spaces(folded, q.start)
    if p > 0 and folded[p - 1] == ",":
        return True
    word = _word_before(folded, p)
    if word is not None and word[1] in lang.ordinal_words:
        word = _word_before(folded, _back_spaces(folded, word[0]))  # "els primers 4.000"
    if word is None:
        return False
    if word[1] in lang.bound_joiners:
        return True
    return word[1] in lang.determiners and _same_order(prev, q, _ANAPHORA_FACTOR)


def _plural_noun_after(text: str, folded: str, end: int, lang: LanguageData) -> bool:
    """Whether the word right after a figure is a plural noun of its own that the
    language data does not know: "two helicopters and four dogs" (the dogs are
    no helicopters). A word with a plural ending of its language (``[frames]
    plural_endings``; none given: never), no function word, no unit or casualty
    word ("and 398 submerged", "and 211 others" stay the list's)."""
    p = _skip_spaces(folded, end)
    word = _word_at(folded, p)
    if word is None:
        return False
    w = word.group()
    if w in lang.function_words or w in lang.stopwords or lang.others.match_at(folded, p):
        return False
    if w in lang.numerals.signs or lang.increment_after.match_at(folded, p) is not None:
        return False  # "sis menys", "tres més": fewer or more of the list's count
    fw = frame_words(lang.code)
    if not any(w.endswith(e) and len(w) > len(e) + 2 for e in fw.plural_endings):
        return False
    if fw.nouns_capitalised and not text[p : p + 1].isupper():
        return False  # "150 teilweise": an adverb; German writes every noun with a capital
    if fw.subjects.match_at(folded, p) is not None:
        return False  # "131 eran hombres y 85 mujeres": a group of the list's count
    return lang.units.match_at(folded, p) is None and lang.casualties.match_at(folded, p) is None


def spelled_count_of_a_noun(text: str, q: Quantity, lang: LanguageData) -> bool:
    """Whether ``q``, a number word above two with no unit, counts the plural noun
    after it (one adjective may stand between) or a group by a partitive after it:
    "Three public hospitals have transferred …", "trois hôpitaux paralysés",
    "negentien besmette bedrijven", "Onze d'entre eux ont été rattrapés" (two as
    well, before a partitive pronoun: "Двоє з них", "two of them"), or a part of a
    count before, by a partitive clitic before it, at the end of its clause: "Ne
    mancano ancora sei", "overleefden er elf" (``[toll_nouns] partitive_clitics``).
    Not after a determiner ("the three hospitals", "cele trei state": a set named
    again). A small figure in digits (below ten: a larger one is a figure anyway) is
    read the same way ("took 7 paintings", "kolejnych 9 obrazów"), unless a
    capitalised word before it makes it part of a name ("Article 5 applies")."""
    if q.unit is not None or q.kind != "count" or q.low is None or q.low != q.high:
        return False
    if q.qualifier != Qualifier.EXACT.value or q.low < 2:
        return False
    folded = fold(text)
    before = _word_before(folded, q.start)
    if before is not None and before[1] in lang.determiners:
        return False
    if before is not None and any(ch.isdigit() for ch in q.text) and text[before[0]].isupper():
        return False  # "Article 5 applies", "Line 4 runs": a name's number, no count
    after = _skip_spaces(folded, q.end)
    if lang.partitives.match_at(folded, after) is not None:
        return True  # "Onze d'entre eux", "Nueve de ellos", "Двоє з них"
    if q.low == 2:
        return False  # "two states", "dos de los países": two is counted only of a group
    if lang.fronted_partitives.match_at(folded, after) is not None:
        return True  # "Onze des 42 baleines"
    if _clitic_before(folded, q.start, lang) and _clause_ends(folded, q.end, lang):
        return True  # "Ne mancano ancora sei", "overleefden er elf": a part of a count before
    if _plural_noun_after(text, folded, q.end, lang):
        return True
    word = _word_at(folded, after)
    return (
        word is not None
        and word.group() not in lang.function_words
        and word.group() not in lang.stopwords
        and lang.units.match_at(folded, after) is None
        and _plural_noun_after(text, folded, word.end(), lang)
    )


# How far apart in size a figure after a determiner and the count it points back
# to may be ("500 troops …, reinforcing the 1,700 already deployed").
_ANAPHORA_FACTOR = 10.0


# How many words (verbs, adverbs) may stand between a partitive clitic and its
# figure ("on en comptait encore 632").
_CLITIC_GAP_WORDS = 3


def _clitic_before(folded: str, start: int, lang: LanguageData) -> bool:
    """Whether a partitive clitic ("en", "ne", "er": `[toll_nouns] partitive_clitics`)
    stands right before a figure or one to three words before it, in its clause: the
    figure counts a part of what was counted before ("ne ha persi 2.200", "overleefden
    er elf", "le collectif en compte environ 70"). Not one inside an idiom that holds
    its words (``[toll_nouns] clitic_idioms``: "prend en compte 70 dossiers")."""
    clitics = lang.clitic_phrases
    lo = max(0, start - 60)
    found = clitics.find_in(folded, folded, lo, start)
    if not found or found[-1].label == "idiom":
        return False  # none, or one in an idiom that holds no clitic ("prendre en compte")
    gap = folded[lo + found[-1].end : start]
    words = _WORD.findall(gap)
    if not words:
        return found[-1].end < start  # "overleefden er elf": the clitic right before it
    return len(words) <= _CLITIC_GAP_WORDS and not re.search(r"[^\w\s]|[0-9]", gap)


def _clitic_reaches(folded: str, whole: Quantity, q: Quantity) -> bool:
    """Whether a partitive clitic before ``q`` may stand for what ``whole`` counts: in
    its sentence, within ``_LIST_REACH``; or in the sentence before, when nothing was
    counted between ("La xifra de desapareguts ha baixat fins a 14 persones […].
    Dijous n'hi havia 16": the missing), within twice that, in one paragraph."""
    if q.start - whole.end <= _LIST_REACH and not _SENTENCE_END.search(folded, whole.end, q.start):
        return True
    if q.start - whole.end > 2 * _LIST_REACH or "\n" in folded[whole.end : q.start]:
        return False
    return len(_SENTENCE_END.findall(folded, whole.end, q.start)) == 1


def _pronoun_part(folded: str, q: Quantity, lang: LanguageData) -> bool:
    """Whether a partitive pronoun (``[toll_nouns] partitives``) stands right after the
    figure: "two of them", "14 von ihnen", "Двоє з них", "tre di loro", "trois d'entre
    eux" count a part of what was counted before."""
    return lang.partitives.match_at(folded, _skip_spaces(folded, q.end)) is not None


def _pronoun_reaches(folded: str, whole: Quantity, q: Quantity) -> bool:
    """Whether a partitive pronoun after ``q`` may stand for what ``whole`` counts: in
    its sentence, within ``_SENTENCE_REACH``; or in the sentence before, as a clitic
    may (:func:`_clitic_reaches`)."""
    if q.start - whole.end <= _SENTENCE_REACH and not _SENTENCE_END.search(
        folded, whole.end, q.start
    ):
        return True
    return _clitic_reaches(folded, whole, q)


def _holds_part(whole: Quantity, part: Quantity) -> bool:
    """Whether ``whole`` may hold ``part``: the part is no larger, and of a like size
    (:func:`_same_order`)."""
    big = whole.low if whole.low is not None else whole.high
    small = part.high if part.high is not None else part.low
    if big is None or small is None:
        return False
    return float(small) <= float(big) and _same_order(whole, part)


def _others(folded: str, q: Quantity, lang: LanguageData) -> bool:
    """ "11,300 dead in Derna and 170 others elsewhere": a figure that adds
    "others" to a list counts what the list counts."""
    return any(lang.others.find_in(folded, folded, q.start, q.end))


def _listable(unit: str | None) -> bool:
    """Whether a list may leave this unit out after its first figure: counts, and
    measures named before their figure ("magnitude 6.8 … and 7")."""
    c = concept(unit)
    return c is not None and (c.kind in ("person", "thing") or c.before)


def _part_of(folded: str, q: Quantity, nxt: Quantity, lang: LanguageData) -> bool:
    """ "2,200 of the 3,500 tanks", "2.200 sur les 3.500 chars": a bare figure, then
    only function words, then a counted figure of the same things."""
    if nxt.unit is None or concept_kinds().get(nxt.unit) not in ("person", "thing"):
        return False
    gap = folded[q.end : nxt.start]
    if len(gap) > 18:
        return False  # asked first: the gap may be a whole paragraph
    # "1,500 of Derna's 6,142 buildings": a possessive names whose things they are
    owners = {m.group() for m in _POSSESSIVE.finditer(gap)}
    words = _WORD.findall(_POSSESSIVE.sub(" ", gap))
    return (
        0 < len(words) + len(owners) <= 3
        and not re.search(r"[^\w\s'\u2019]", gap)
        and all(w in lang.stopwords or w in lang.function_words for w in words)
    )


_POSSESSIVE = re.compile(r"[^\W\d_]+['\u2019]s(?!\w)")


def _same_order(a: Quantity, b: Quantity, factor: float = 1e3) -> bool:
    """Two figures of one list are of a like size (within ``factor`` of each
    other): "11.242 viviendas … 475 millones" are not."""
    x, y = a.low if a.low is not None else a.high, b.low if b.low is not None else b.high
    if not x or not y:
        return True
    ratio = abs(float(x)) / abs(float(y))
    return 1 / factor <= ratio <= factor


def _restated_changes(folded: str, found: list[Quantity], lang: LanguageData) -> list[Quantity]:
    """ "lost 190 points, or 0.6%": a figure that restates a change takes its direction."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if q.change is None and prev is not None and prev.change is not None:
            follow = lang.change_followers.match_before(folded, q.start, window=8)
            if follow is not None and prev.end <= follow.start:
                # at most the previous figure's noun between them: "190 points, or"
                between = folded[prev.end : follow.start]
                if (
                    len(_WORD.findall(between)) <= 1
                    and len(between) <= 16
                    and not _NOT_A_RESTATEMENT.search(between)
                ):
                    q = attrs.evolve(q, change=prev.change)
        out.append(q)
    return out


def _conversions(folded: str, found: list[Quantity]) -> list[Quantity]:
    """ "more than 100 kilometers (60 miles)", "just under 296 hp (224 kW / 300 PS)":
    a figure in brackets right after another one restates it in other units,
    so it takes the other one's bound, hedge and change."""
    out: list[Quantity] = []
    bracket = False
    for q in found:
        prev = out[-1] if out else None
        between = folded[prev.end : q.start].strip() if prev is not None else ""
        bracket = prev is not None and (between == "(" or (bracket and between == "/"))
        if prev is not None and bracket:
            q = _restate(q, prev)
        out.append(q)
    return out


def _restate(q: Quantity, prev: Quantity) -> Quantity:
    change = q.change or prev.change
    if q.qualifier != Qualifier.EXACT.value or prev.qualifier == Qualifier.EXACT.value:
        return attrs.evolve(q, change=change)
    if prev.qualifier in _LOWER:
        return attrs.evolve(q, high=None, qualifier=prev.qualifier, change=change)
    if prev.qualifier in _UPPER:
        return attrs.evolve(q, low=None, qualifier=prev.qualifier, change=change)
    if prev.qualifier == Qualifier.APPROX.value:
        return attrs.evolve(q, qualifier=prev.qualifier, approximate=True, change=change)
    return attrs.evolve(q, change=change)


def extract_quantities(
    text: str, lang: LanguageData, *, full: bool = False, before: str = ""
) -> list[Quantity]:
    """Every quantity in ``text`` for language ``lang`` (the engine behind the public API).

    ``before`` is the text of the paragraph before ``text`` when ``text`` is one
    of its sentences: who it counts there ("… 120,000 Russian soldiers
    killed. For Ukraine, 70,000 dead and 100,000 injured") says whether an
    "injured" count is of combatants (the wounded).
    """
    found = _extract(text, lang, full=full)
    if before and found:
        found = _parts_of_before(text, found, before[-_SENTENCE_REACH:], lang)
        found = _clitics_of_before(text, found, before[-_SENTENCE_REACH:], lang)
        found = _sums_of_before(text, found, before[-_SENTENCE_REACH:], lang)
        found = _counts_of_before(text, found, before[-_SENTENCE_REACH:], lang)
    if before and _names_combatants(before[-_PARAGRAPH_REACH:], lang):
        found = [_as_military(q) for q in found]
    if any(_counts_men(q, lang) for q in found):
        found = _men_as_counted(text, found, before[-_PARAGRAPH_REACH:], lang)
    return [_as_share(_as_civil(q)) for q in found]


# The units a word for men may be read as: soldiers beside combatants, else people.
_MEN_UNITS = frozenset({"troops", "people"})


def _counts_men(q: Quantity, lang: LanguageData) -> bool:
    """Whether ``q`` counts men by a plain word for them (``[frames] men``: "hombres",
    "uomini", "hommes"; not the measure word of a force, "500 Mann")."""
    if q.unit not in _MEN_UNITS or not q.unit_text:
        return False
    text = q.unit_text.strip()
    found = frame_words(lang.code).men.match_at(fold(text), 0, text)
    return found is not None and found.end == len(text)


def _men_as_counted(
    text: str, found: list[Quantity], before: str, lang: LanguageData
) -> list[Quantity]:
    """Men counted by a plain word for them ("Four masked men", "Cuatro hombres
    enmascarados", "500 Mann") are `troops` only where their sentence or the paragraph
    before counts combatants (:func:`_names_combatants`, the words for men themselves
    aside) or their sentence sends a force (``[predicates] sent``: "Il governo ha
    inviato 5.000 uomini"), else `people`: robbers, inmates or workers are no army."""
    army = _names_combatants(f"{before}\n{text}", lang)
    if not army:
        sent = [p for p in lang.predicates.find(text, fold(text)) if p.label in _SENT]
        army = bool(sent)  # "El ejército desplegó 1.200 hombres": a force sent
    unit = "troops" if army else "people"
    return [attrs.evolve(q, unit=unit) if _counts_men(q, lang) else q for q in found]


# The [predicates] of a force sent to a place: the men it counts are troops.
_SENT = frozenset({"sent"})


# How far into its sentence a partitive that opens it may stand from the first
# figure ("Davon wurden 30 …", "Entre ellos figuraban 62 …").
_OPENING_PART_REACH = 30


def _parts_of_before(
    text: str, found: list[Quantity], before: str, lang: LanguageData
) -> list[Quantity]:
    """A sentence that opens with a partitive ("Davon wurden 30 in Marrakesch
    gezählt, 5 in …", "Entre ellos figuraban 62 vecinos …, 13 personas …")
    counts parts of the last figure of the sentence before: its bare figures
    and plain head counts take that figure's unit."""
    folded = fold(text)
    start = _skip_spaces(folded, 0)
    opening = lang.partitives.match_at(folded, start, text)
    if opening is None or found[0].start - opening.end > _OPENING_PART_REACH:
        return found
    counted = [q for q in _extract(before, lang, full=False) if _listable(q.unit)]
    whole = counted[-1] if counted else None
    if whole is None or not (_is_status(whole.unit) or _kind_of(whole.unit) == "thing"):
        return found  # "The city has 5,000 residents. Of these, 300 were children."
    out: list[Quantity] = []
    for q in found:
        if q.kind == "count" and (q.unit is None or _plain_head(q.unit)):
            q = attrs.evolve(q, unit=whole.unit, unit_text=q.unit_text or whole.unit_text)
        out.append(q)
    return out


def _clitics_of_before(
    text: str, found: list[Quantity], before: str, lang: LanguageData
) -> list[Quantity]:
    """A bare figure whose partitive clitic (``[toll_nouns] partitive_clitics``) stands
    for what the sentence before counted, its own sentence having counted nothing before
    it, takes that count's unit: "La xifra de desapareguts ha baixat fins a 14 persones.
    Dijous n'hi havia 16" (the missing), as within one sentence (:func:`_elliptic_units`,
    :func:`_clitic_reaches`). So does a bare figure before a partitive pronoun, when that
    count may hold it (:func:`_holds_part`): "Кількість загиблих зросла до п'яти. Двоє з
    них — громадяни України" (two of the dead)."""
    folded: str | None = None
    whole: Quantity | None = None
    looked = False
    out: list[Quantity] = []
    for q in found:
        if q.unit is None and q.kind == "count":
            folded = fold(text) if folded is None else folded
            clitic = _clitic_before(folded, q.start, lang)
            complement = not clitic and _copula_complement(folded, q, lang)
            if clitic or complement or _pronoun_part(folded, q, lang):
                if not looked:
                    whole, looked = _last_count_of_sentence_before(before, lang), True
                if (
                    whole is not None
                    and (
                        _same_order(whole, q, _COMPLEMENT_FACTOR)
                        if complement
                        else _same_order(whole, q)
                        if clitic
                        else _holds_part(whole, q)
                    )
                    and not _hospital_clause_of_other(folded, whole, q, lang)
                ):
                    q = attrs.evolve(q, unit=whole.unit, unit_text=whole.unit_text, kind=whole.kind)
        out.append(q)
        if _listable(q.unit):
            return out + found[len(out) :]  # its sentence counted something: no further back
    return out


# How far apart in size a copula's bare figure and the count of the sentence before it
# may be for the figure to read that count again ("12 detidos … garante que são mais de 20").
_COMPLEMENT_FACTOR = 10.0
# What may close a sentence after its last figure.
_CLOSING = " \t.!?;\"'»”“’)"


def _copula_complement(folded: str, q: Quantity, lang: LanguageData) -> bool:
    """Whether bare ``q`` is the whole predicate of a copula (``[toll_nouns] copulas``)
    right before it (its hedge between) and closes its sentence: "A rede … garante que são
    mais de 20.", "Le collectif assure qu'ils sont plus de 70.", "Die Initiative sagt, es
    sind mehr als 20.": the subject left out is what the sentence before counted, and a
    verb of saying before the copula (``[attribution] verbs``) makes it someone's reading
    of that count. A figure with anything after it ("sono 20 i feriti", "son 20 en
    total"), or a copula no one says ("Es sind 60."), is not."""
    if folded[q.end :].strip(_CLOSING):
        return False
    lo = max(0, q.start - 40)
    found = lang.copulas.find_in(folded, folded, lo, q.start)
    if not found or folded[lo + found[-1].end : q.start].strip():
        return False
    # someone's reading: a verb of saying before the copula ("garante que são", "sagt, es
    # sind"); a copula alone ("Es sind 60.") may count anything
    said = lang.attribution_verbs.find_in(folded, folded, 0, lo + found[-1].start)
    return bool(said)


# How far after a bare figure its clause is read for a word of hospital care.
_HOSPITAL_REACH = 60


# Units whose people may be in hospital: a clitic may stand for them there.
_HOSPITAL_UNITS = frozenset({"injured", "hospitalized", "wounded", "cases", "poisoned"})


def _hospital_clause_of_other(
    folded: str, whole: Quantity, q: Quantity, lang: LanguageData
) -> bool:
    """Whether the clitic figure's clause says its people are in hospital (``[frames]
    hospital_words``, within ``_HOSPITAL_REACH`` characters, before the sentence ends)
    while the count it would stand for is of people who cannot be there (the dead, the
    missing): "Quatorze personnes sont mortes. Il en reste 16 à l'hôpital" counts 16 in
    hospital, not more of the dead; "30 feriti, ne restano 16 in ospedale" keeps the
    injured."""
    if whole.unit in _HOSPITAL_UNITS:
        return False
    stop = _SENTENCE_END.search(folded, q.end, q.end + _HOSPITAL_REACH)
    end = stop.start() if stop else q.end + _HOSPITAL_REACH
    return bool(frame_words(lang.code).hospital.find_in(folded, folded, q.end, end))


def _last_count_of_sentence_before(before: str, lang: LanguageData) -> Quantity | None:
    """The last figure with a listable unit in the last sentence of ``before``."""
    b = before.rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(fold(b), 0, max(0, len(b) - 1))]
    sentence = b[ends[-1] :] if ends else b
    counted = [q for q in _extract(sentence, lang, full=False) if _listable(q.unit)]
    return counted[-1] if counted else None


def _kind_of(unit: str | None) -> str | None:
    c = concept(unit)
    return c.kind if c is not None else None


def _names_combatants(text: str, lang: LanguageData, folded: str | None = None) -> bool:
    """Whether ``text`` counts combatants: a unit noun that names them ("troops",
    concepts.toml `military = true`) or a word that marks them though it is no
    unit ("in the ranks", "the Russian side", "front line": `[toll_nouns]
    combatants`). Not a troops word that names no army by itself (`[toll_nouns]
    not_combatants_alone`): "men" ("tres hombres armados": gunmen, "murieron 12
    hombres": inmates) or a verb it spells ("s-a soldat cu": resulted in), which would
    make the injured of a bus crash or a riot its wounded."""
    folded = fold(text) if folded is None else folded
    if lang.combatants.find(text, folded):
        return True
    deployed: list[PhraseMatch] | None = None
    alone = lang.not_combatants_alone
    for m in lang.units.find(text, folded):
        c = concept(m.label)
        if c is not None and c.military is True and folded[m.start : m.end] not in alone:
            if deployed is None:
                deployed = [p for p in lang.predicates.find(text, folded) if p.label in _DEPLOYED]
            if not any(_in_clause(folded, m, p) for p in deployed):
                return True
    return False


# What soldiers sent to help do ([predicates]): "3,000 soldiers were deployed to the
# flooded region" counts no combatants.
_DEPLOYED = frozenset({"sent", "arrived", "planned"})
_DEPLOY_REACH = 60


def _in_clause(folded: str, a: PhraseMatch, b: PhraseMatch) -> bool:
    """Whether two phrases stand close together in one sentence."""
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return hi - lo <= _DEPLOY_REACH and not _SENTENCE_END.search(folded, lo, hi)


def _as_military(q: Quantity) -> Quantity:
    """The military variant of a status counted in a paragraph that counts combatants
    ("injured" -> "wounded"); "victims" turn only on their own sentence's words."""
    c = concept(q.unit)
    if c is None or c.military_variant is None or c.civil_variant is not None:
        return q
    return attrs.evolve(q, unit=c.military_variant)


def _as_share(q: Quantity) -> Quantity:
    """A fraction below one ("un terzo degli abitanti", "a third of the villagers") is a
    share of what its clause counts, never a count of people or things itself."""
    bounds = [b for b in (q.low, q.high) if b is not None]
    if concept_kinds().get(q.unit or "") not in ("person", "thing") or not bounds:
        return q
    if not all(0 < abs(b) < 1 for b in bounds):
        return q
    return attrs.evolve(q, unit=None, unit_text=None, kind=_kind(None))


def _as_civil(q: Quantity) -> Quantity:
    """A status that names no concept of its own outside combat ("victims") as the
    concept it is read as there (the killed)."""
    c = concept(q.unit)
    if c is None or c.civil_variant is None:
        return q
    return attrs.evolve(q, unit=c.civil_variant)


def _extract(text: str, lang: LanguageData, *, full: bool) -> list[Quantity]:
    folded = fold(text)
    kept: list[Atom] = []
    ordinals: list[Atom] = []
    dates = _numeric_dates(text)
    outlets = _numbered_outlets(text, folded, lang) if not full else []
    # the folded text as its own fold (fold is idempotent): not folded again
    vague_spans = [(m.start, m.end) for m in lang.vague.find(folded, folded)]
    dropped: Atom | None = None
    aged: Atom | None = None  # the last of a list of ages ("aged 19, 23 and 74")
    for atom in _atoms(text, folded, lang, full=full):
        if (
            not atom.digits
            and any(s <= atom.start and atom.end <= e for s, e in vague_spans)
            and not _bound_singular(folded, atom, lang)
        ):
            continue
        verdict = _keep_atom(text, folded, atom, lang, full=full, dates=dates, outlets=outlets)
        if verdict == "label":
            verdict = "count" if _listed(text, folded, kept, atom, lang) else "drop"
        if dropped is not None and _glued_to(text, dropped, atom):
            verdict = "drop"  # "ISO 3888-2", "Sept. 20-24": the rest of a dropped code
        elif dropped is not None and not full and _age_range_end(text, folded, dropped, atom, lang):
            verdict = "drop"  # "victims aged 17 to 80": the oldest's age, no count of 80
        elif aged is not None and _age_listed(text, folded, aged, atom, lang):
            verdict = "drop"  # "two men aged 19 and 74 died": the second's age, no 74 killed
        if verdict == "count":
            kept.append(atom)
        elif verdict == "ordinal":
            ordinals.append(atom)
        dropped = atom if verdict == "drop" else None
        aged = atom if verdict == "drop" and _in_age_list(text, folded, aged, atom, lang) else None
    figures = frozenset(a.start for a in kept)
    # Figures that stand between a toll and the figure it names: not years ("in
    # 2022") nor measures that name themselves ("the 7 magnitude quake").
    blockers = _Blockers(text, folded, kept, lang)
    found: list[Quantity] = []
    covered = 0
    for span in _spans(text, folded, kept, lang):
        if span.start < covered:
            continue
        made = _quantity(
            text, folded, lang, span.start, span.end, span.low, span.high, span, figures, blockers
        )
        found.extend(made)
        covered = max([covered, *(q.end for q in made)])
    taken = [(q.start, q.end) for q in found]
    for start, end, magnitude in _vague(text, folded, lang, taken):
        found.extend(
            _quantity(
                text, folded, lang, start, end, Decimal(magnitude), None, None, figures, blockers
            )
        )
    if full:
        for atom in ordinals:
            end = _ordinal_end(folded, atom, lang) or atom.end
            found.append(
                Quantity(
                    text[atom.start : end],
                    atom.start,
                    end,
                    _number(atom.value),
                    _number(atom.value),
                    Qualifier.EXACT.value,
                    kind="ordinal",
                )
            )
    nouns = _articles_before_nouns(text, folded, lang)
    found.extend(_ones(text, folded, lang, found, nouns))
    found.extend(_one_of_a_status(text, folded, lang, found, figures, blockers, nouns))
    found.extend(_listed_ones(text, folded, lang, found))
    found.extend(_duals(text, folded, lang, found, figures, blockers))
    found.extend(_times_words(text, folded, lang, found))
    found.sort(key=lambda q: (q.start, q.end))
    found = _join_bounds(text, folded, found, lang)
    found = [q for q in found if _plausible(q)]
    found = _elliptic_units(text, folded, found, lang)
    found = [_part_of_a_fronted_group(text, folded, q, lang) for q in found]
    found = _shares_of_one_in_n(text, folded, found, lang)
    found = [_hyphened_adjective(text, q) for q in found]
    if not full:  # a whole string parsed as a figure ("venti") is that figure
        found = [
            q
            for q in found
            if (
                not _homograph(folded, q, lang)
                or _heads_a_plural(text, folded, q, lang)
                or _numeral_before_plural(text, folded, q, lang)
            )
            and not _negated_deed(folded, q, lang)
        ]
    return _conversions(folded, _restated_changes(folded, found, lang))


# How many words (an auxiliary, a verb) may stand between a negation and the figure
# whose deed it denies ("did not destroy 3", "non ha distrutto 3", "не уничтожили 3").
_NEGATED_DEED_WORDS = 2
# Letters the word right before the figure needs to be the denied verb, not an article or
# a pronoun ("y no los 61.000 anunciados", "not the 61,000 announced": a corrected reading).
_DEED_VERB_LETTERS = 4


def _negated_deed(folded: str, q: Quantity, lang: LanguageData) -> bool:
    """Whether a negation (``[qualifiers.negated] words``, not a ``without`` one) stands
    one or two words before an exact count, those words a verb and its auxiliary with
    no punctuation between: the deed is denied, so the figure counts nothing done. "The
    fire did not destroy 3 of the 5 buildings" keeps only the 5; "no destruyó 3", "n'a
    pas détruit 3", "non ha distrutto 3", "nu a distrus 3", "не уничтожил 3", "nie
    zniszczył 3" alike. A bound is no deed ("not more than 3", "не менее 3": a
    qualifier), nor "not only" (``[frames] place_only``: "не только 3"), nor a negation
    right before the figure ("not 3 but 5") or before an article of fewer than
    ``_DEED_VERB_LETTERS`` letters ("son 55.000, y no los 61.000 anunciados"), nor a
    negation that denies nothing
    (``not_denying``: "sin contar 3 heridos", "без учёта 3", "لا يزال 10100 في
    عداد المفقودين", still missing) or opens a status phrase of ``[casualties]``
    ("nie żyje pięciu górników": five miners are dead). A verb-final clause ("hat 3
    Gebäude nicht zerstört") puts its negation after the figure: not read here."""
    if q.qualifier != Qualifier.EXACT.value or q.kind != "count" or q.start == 0:
        return False
    if _exceptives(lang.code)[0].match_at(folded, q.start) is not None:
        return False  # "no quedaban más que 90": only 90 left, no deed denied
    p = q.start
    only = frame_words(lang.code).only
    for n in range(_NEGATED_DEED_WORDS):
        word = _word_before(folded, p)
        if word is None or folded[word[0] + len(word[1]) : p].strip():
            return False
        if n == 0 and len(word[1]) < _DEED_VERB_LETTERS:
            return False  # "no los 61.000": a reading set right, no deed denied
        if only.match_at(folded, word[0]) is not None:
            return False  # "not only 3", "не только 3": no deed denied
        p = word[0]
        neg = lang.negations.match_before(folded, p, window=30)
        if neg is not None and not folded[neg.end : p].strip():
            begin = neg.start  # the word's start, a proclitic glued before ("ولا يزال")
            while begin > 0 and folded[begin - 1].isalpha():
                begin -= 1
            return not any(
                words.match_at(folded, at) is not None
                for words in (_not_denying(lang.code), lang.casualties)
                for at in (begin, neg.start)
            )
    return False


@functools.cache
def _not_denying(code: str) -> PhraseSet:
    """``[qualifiers.negated] not_denying``: "without", "still" ("sin", "لا يزال")."""
    lang = get_language(code)
    negated = lang.raw.get("qualifiers", {}).get("negated", {})
    words = PhraseSet({"not": [str(w) for w in negated.get("not_denying", [])]})
    words.allow_proclitics(lang.proclitics)
    return words


def _hyphened_adjective(text: str, q: Quantity) -> Quantity:
    """A figure hyphenated to a noun that is no unit is an adjective that counts that
    noun ("a 48-vehicle pile-up": 48 vehicles; "a 10-storey building", "la
    48-jarige"), never the status of its sentence: "Two dead in 48-vehicle pile-up"
    counts two dead and no 48 dead. Its unit is dropped (a unit the hyphen reaches,
    "3-day", is part of the figure's text and kept)."""
    if concept_kinds().get(q.unit or "") not in ("person", "thing"):
        return q  # "$10-a-month": money or a measure keeps its unit
    if text[q.end : q.end + 1] != "-":
        return q
    if not text[q.end + 1 : q.end + 2].isalpha() or not text[q.end - 1 : q.end].isdigit():
        return q
    return attrs.evolve(q, unit=None, unit_text=None, kind=_kind(None))


def _shares_of_one_in_n(
    text: str, folded: str, found: list[Quantity], lang: LanguageData
) -> list[Quantity]:
    """ "One in three pupils", "un de cada tres alumnes", "каждый третий ученик", "jeder
    dritte Schüler": a share of a group, in percent (100/N), as "33%" of it is.

    A ratio written out with a ``[numbers] ratio_connectors`` word ("in", "de cada",
    "op de") of no unit or of a head count is read so, and so is a phrase of ``[every_nth]``
    ("каждый третий" = 3), unless a unit of time follows it ("каждый третий день" is
    how often). A share that is no whole tenth of a percent (100/3) is given to one
    decimal and hedged: "one in three" is about 33.3 %."""
    out = [_ratio_share(q, folded, lang) for q in found]
    nths = _every_nth(lang)
    if nths is None:
        return out
    for m in nths.find(folded, folded):
        inside = [q for q in out if q.start < m.end and m.start < q.end]
        if any(q.start < m.start for q in inside):
            continue  # a figure that opens before the phrase holds it
        unit = _unit_match(lang.units, text, folded, _skip_spaces(folded, m.end))
        if unit is not None and concept_kinds().get(unit.label) == "time":
            continue
        # the phrase's own number words ("واحد من كل ثلاثة"): the share, not two counts
        out = [q for q in out if q not in inside]
        n = Decimal(int(_EVERY_NTH_OF[lang.code][fold(m.label)]))
        start, qualifier = m.start, Qualifier.EXACT.value
        hedge = lang.qualifiers.match_before(folded, m.start, window=24)
        if hedge is not None and hedge.label == "approx":
            start, qualifier = hedge.start, hedge.label  # "etwa jeder fünfte"
        share = Quantity(text[start : m.end], start, m.end, None, None, qualifier)
        out.append(_as_percent(share, 1 / n))
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _ratio_share(q: Quantity, folded: str, lang: LanguageData) -> Quantity:
    """``q`` as a percent when it is a ratio "one in N" of no unit or of the people or
    things it names (a share of them, as ``_as_share`` reads it), else ``q``."""
    if q.kind != "count" or q.low is None or q.low != q.high:
        return q
    if q.unit is not None and concept_kinds().get(q.unit) not in ("person", "thing"):
        return q  # "one in three" of the people or things it names, not of a measure
    if not 0 < q.low < 1:
        return q
    words = _WORD.findall(folded, q.start, q.end)
    connectors = lang.numerals.ratio_connectors
    if not any(tuple(words[i : i + len(c)]) == c for c in connectors for i in range(len(words))):
        return q
    return _as_percent(q, Decimal(str(q.low)))


def _as_percent(q: Quantity, share: Decimal) -> Quantity:
    """``q`` as the share ``share`` (a fraction of one) in percent, to one decimal."""
    percent = share * 100
    shown = percent.quantize(Decimal("0.1"))
    rounded = shown != percent
    value = _number(shown.normalize() if not rounded else shown)
    hedged = rounded or q.qualifier == Qualifier.APPROX.value
    return attrs.evolve(
        q,
        low=value,
        high=value,
        qualifier=Qualifier.APPROX.value if hedged else q.qualifier,
        approximate=hedged,
        unit="percent",
        unit_text=None,
        kind=_kind("percent"),
    )


def _every_nth(lang: LanguageData) -> PhraseSet | None:
    """The language's ``[every_nth]`` phrases ("каждый третий", "jeder dritte"), or None."""
    if lang.code not in _EVERY_NTH:
        table = {fold(str(k)): int(v) for k, v in lang.raw.get("every_nth", {}).items()}
        _EVERY_NTH_OF[lang.code] = table
        _EVERY_NTH[lang.code] = PhraseSet({k: [k] for k in table}) if table else None
    return _EVERY_NTH[lang.code]


_EVERY_NTH: dict[str, PhraseSet | None] = {}
_EVERY_NTH_OF: dict[str, dict[str, int]] = {}


# An article ("a", "un", "eine") and the unit phrase right after it, as (start, end,
# article as folded, unit): what _ones and _one_of_a_status both read one by one.
_ArticleNoun = tuple[int, int, str, PhraseMatch]


def _articles_before_nouns(text: str, folded: str, lang: LanguageData) -> list[_ArticleNoun]:
    """Every article of the text with the unit phrase that follows it after a space,
    found once per text: :func:`_ones` and :func:`_one_of_a_status` read the same
    articles and the same phrases after them (a scan of the text and a unit match at
    each of its dozens of articles), and most articles stand before no unit."""
    if not lang.articles:
        return []
    out: list[_ArticleNoun] = []
    for word in _listed_words_in(frozenset(lang.articles), folded):
        start, end = word.start(), word.end()
        p = _skip_spaces(folded, end)
        m = _unit_match(lang.units, text, folded, p) if p > end else None
        if m is not None:
            out.append((start, end, word.group(), m))
    return out


def _ones(
    text: str,
    folded: str,
    lang: LanguageData,
    found: list[Quantity],
    nouns: list[_ArticleNoun],
) -> list[Quantity]:
    """An article before a counted noun that counts one: a status anywhere ("un
    muerto en la provincia", "einen Toten"), any person or thing right after a
    figure of a list ("28 navi e un sottomarino", "3 morti e un ferito").

    Articles never open a cardinal (`[numbers.articles]`): "a soldier said" is
    no figure, so only these two shapes count. ``nouns``: the text's articles before a
    unit (see :func:`_articles_before_nouns`)."""
    if not nouns:
        return []
    taken = bytearray(len(folded) + 1)  # 1 where a figure already stands
    for q in found:
        taken[q.start : q.end] = b"\x01" * (q.end - q.start)
    counted = sorted((q for q in found if q.unit is not None), key=lambda q: q.end)
    ends = [q.end for q in counted]
    out: list[Quantity] = []
    for start, _end, article, m in nouns:
        c = concept(m.label)
        if c is None or c.kind not in ("person", "thing"):
            continue
        if any(taken[start : m.end]):
            continue
        i = bisect.bisect_right(ends, start) - 1  # the counted figure right before it
        listed = i >= 0 and _list_joined(folded, counted[i].end, start, lang)
        if not c.status and not listed:
            continue
        out.append(_a_count_of_one(text, start, Decimal(lang.articles[article]), m))
    return out


def _a_count_of_one(text: str, start: int, one: Decimal, noun: PhraseMatch) -> Quantity:
    """The figure one (``one``: an article's value) from ``start`` to the end of the noun
    or predicate that says what it counts."""
    return Quantity(
        text[start : noun.end],
        start,
        noun.end,
        _number(one),
        _number(one),
        Qualifier.EXACT.value,
        unit=noun.label,
        unit_text=text[noun.start : noun.end],
        kind=_kind(noun.label),
    )


def _one_of_a_status(
    text: str,
    folded: str,
    lang: LanguageData,
    found: list[Quantity],
    figures: frozenset[int],
    blockers: _Blockers,
    nouns: list[_ArticleNoun],
) -> list[Quantity]:
    """An article before the generic noun of people whose clause gives it a status
    counts one: "une personne a été tuée", "una persona resultó herida", "eine Person
    wurde verletzt" (``_ones`` reads an article only before a status noun or in a list).

    The article stands as the figure 1 and is read as any figure (its noun, the status
    its clause gives it); only a status is kept: "une personne a déclaré" counts no one.
    Only the generic noun ("personne", "persona", "Person"), which a report counts
    with: a narrower one tells of someone ("Een soldaat raakte licht gewond", "a woman
    was killed" are no tally). ``nouns``: the text's articles before a unit (see
    :func:`_articles_before_nouns`)."""
    out: list[Quantity] = []
    for start, end, article, m in nouns:
        if m.label != _PEOPLE:
            continue
        if any(q.start < m.end and start < q.end for q in (*found, *out)):
            continue
        one = Decimal(lang.articles[article])
        atom = Atom(start, end, one, digits=False, raw=text[start:end])
        span = _Span(start, end, one, one, (atom,))
        for q in _quantity(text, folded, lang, start, end, one, one, span, figures, blockers):
            if q.start == start and _is_status(q.unit) and q.qualifier == Qualifier.EXACT.value:
                out.append(q)
    return out


def _listed_ones(
    text: str, folded: str, lang: LanguageData, found: list[Quantity]
) -> list[Quantity]:
    """A word of one after a list word, right before a casualty predicate, counts one of
    what the list counts: "5 personas murieron y una resultó herida", "5 personnes sont
    mortes et une a été blessée", "5 Menschen starben und einer wurde verletzt" (the noun
    left out; alone, "una", "une", "einer" are articles or pronouns, no figure). Only
    after a counted figure of people earlier in the sentence."""
    out: list[Quantity] = []
    for word in _listed_words_in(_one_words(lang), folded):
        start, end = word.start(), word.end()
        if any(q.start < end and start < q.end for q in found):
            continue
        if not _listed_one(folded, start, lang):
            continue
        before = [q for q in found if q.end <= start and q.unit is not None]
        if not before or _LIST_BREAK.search(folded, before[-1].end, start) is not None:
            continue  # "…. Y una resultó herida": no list of its own sentence
        kind = concept(before[-1].unit)
        said = lang.casualties.match_at(folded, _skip_spaces(folded, end), text)
        if said is None or kind is None or kind.kind != "person":
            continue
        out.append(_a_count_of_one(text, start, Decimal(1), said))
    return out


# What breaks a list between its figures: a sentence's or a clause's stop (see _listed_ones).
_LIST_BREAK = re.compile(r"[.;:!?\n]")


# The generic head count concept: the noun a report counts people with.
_PEOPLE = "people"


def _duals(
    text: str,
    folded: str,
    lang: LanguageData,
    found: list[Quantity],
    figures: frozenset[int],
    blockers: _Blockers,
) -> list[Quantity]:
    """A noun in the dual counts two (``[numbers] duals``): "مقتل شخصين" is two
    people killed, "قتيلان" two dead.

    The figure 2 stands where the noun starts, so the noun is its unit and the
    words around it are read as for any figure: the toll before it ("مقتل"), the
    status of its own clause after it. A dual with a number word of its own
    ("شخصين اثنين") or inside another figure is left to that figure."""
    if not lang.duals:
        return []
    out: list[Quantity] = []
    for word in _listed_words_in(_dual_forms(lang), folded):
        start, end = word.start(), word.end()
        if any(q.start < end and start < q.end for q in found):
            continue
        nxt = _word_at(folded, _skip_spaces(folded, end))
        before = _word_before(folded, start)
        if (nxt is not None and nxt.group() in lang.number_vocabulary) or (
            before is not None and before[1] in lang.number_vocabulary
        ):
            continue
        two = Decimal(2)
        atom = Atom(start, start, two, digits=False, raw=text[start:end])
        span = _Span(start, start, two, two, (atom,))
        for q in _quantity(text, folded, lang, start, start, two, two, span, figures, blockers):
            if q.unit is not None and q.end >= end:
                out.append(q)
    return out


def _times_words(
    text: str, folded: str, lang: LanguageData, found: list[Quantity]
) -> list[Quantity]:
    """One word that is a factor (``[numbers] times_words``): "ninefold", "neunmal",
    "dziewięciokrotnie", "вдвое" are "nine times", "two times" (unit ``times``), a
    bound before it hedging it as before any figure ("etwa zehnmal")."""
    table, compared, comparatives = _times_table(lang.code)
    out: list[Quantity] = []
    for word in _listed_words_in(_times_listed(lang.code), folded):
        start, end = word.start(), word.end()
        if any(q.start < end and start < q.end for q in found):
            continue
        if word.group() not in table and not any(
            w in comparatives for w in _WORD.findall(folded, end, end + 30)[:2]
        ):
            continue  # "zweimal verhaftet": how often, no factor
        qualifier = Qualifier.EXACT.value
        bound = lang.qualifiers.match_before(folded, start, window=24)
        if bound is not None and bound.label == Qualifier.APPROX.value:
            start, qualifier = bound.start, bound.label
        factor = _number(Decimal(table.get(word.group()) or compared[word.group()]))
        out.append(
            Quantity(
                text[start:end],
                start,
                end,
                factor,
                factor,
                qualifier,
                approximate=qualifier == Qualifier.APPROX.value,
                unit=_TIMES,
                unit_text=text[word.start() : end],
                kind=_kind(_TIMES),
            )
        )
    return out


_TIMES = "times"


@functools.cache
def _times_table(code: str) -> tuple[dict[str, int], dict[str, int], frozenset[str]]:
    """The language's ``[numbers] times_words``, ``times_words_compared`` and
    ``times_comparatives``, folded."""
    numbers = get_language(code).raw.get("numbers", {})
    table = {fold(str(k)): int(v) for k, v in numbers.get("times_words", {}).items()}
    compared = {fold(str(k)): int(v) for k, v in numbers.get("times_words_compared", {}).items()}
    comparatives = frozenset(fold(str(w)) for w in numbers.get("times_comparatives", []))
    return table, compared, comparatives


@functools.cache
def _times_listed(code: str) -> frozenset[str]:
    """The words of ``times_words`` and ``times_words_compared`` (see :func:`_times_table`),
    made once per language rather than at every text. Each is a run of letters when
    :func:`_whole_words` can find it, so a text whose tokens (see
    :func:`~crosscheck._phrases.distinct_tokens`) hold none of them has no match."""
    table, compared, _ = _times_table(code)
    return frozenset(table) | frozenset(compared)


@functools.lru_cache(maxsize=32)
def _dual_forms(lang: LanguageData) -> frozenset[str]:
    """The duals as written, glued after a proclitic or not ("وجريحين": and two
    injured; the unit phrases match after the proclitic). A proclitic that holds
    the article ("الطفلين": the two children) is left out: it names two already
    counted."""
    glued = [p for p in lang.proclitics if "ال" not in p and p.isalpha()]
    return frozenset(lang.duals) | frozenset(p + d for d in lang.duals for p in glued)


def _listed_words_in(words: frozenset[str], folded: str) -> Iterator[re.Match[str]]:
    r"""The words of ``folded`` that are in ``words``, as :func:`_whole_words` finds them.

    Most texts hold none of a short list (the factors "ninefold", "zehnmal"): the
    text's distinct tokens, which the phrase sets have read already (see
    :func:`~crosscheck._phrases.distinct_tokens`), tell that by one set test
    instead of a scan of the whole text. A word :func:`_whole_words` can find is a
    whole run of letters (``[^\W\d_]+``), which is one of those tokens."""
    if words.isdisjoint(distinct_tokens(folded)):
        return iter(())
    return _whole_words(words).finditer(folded)


@functools.lru_cache(maxsize=64)
def _whole_words(words: frozenset[str]) -> re.Pattern[str]:
    """A pattern that finds the words of ``_WORD.finditer`` that are in ``words``,
    without a loop in Python over every word of the text (most are none of them).

    A word is a whole run of letters: a listed word matches only with no letter
    right before or after it. Listed words that are no such run ("un'") are
    never a ``_WORD`` and are left out. The words are grouped by their first
    letter, and each group opens with that letter, then looks behind it (no
    letter before the letter): a pattern that opens with a look-behind is tried
    at every position of the text, one that opens with a letter only where that
    letter stands (about ten times faster on running text). The look-ahead lets
    only the word that is the whole run match, so the order of the words does
    not matter. Alternations of literals and look-arounds: linear time.
    """
    listed = sorted((w for w in words if _WORD.fullmatch(w)), key=lambda w: (-len(w), w))
    if not listed:
        return re.compile(r"(?!)")  # matches nowhere
    rests: dict[str, list[str]] = {}
    for w in listed:
        rests.setdefault(w[0], []).append(w[1:])
    groups = (
        f"{re.escape(c)}(?<![^\\W\\d_]{re.escape(c)})(?:" + "|".join(map(re.escape, r)) + ")"
        for c, r in rests.items()
    )
    return re.compile("(?:" + "|".join(groups) + r")(?![^\W\d_])")


def _list_joined(folded: str, end: int, pos: int, lang: LanguageData) -> bool:
    """Whether only a list joiner stands between a figure ending at ``end`` and
    ``pos``: "28 navi e ▮", "3 dead, ▮"."""
    if pos - end > _LIST_JOINER_MAX:
        return False
    joiner = folded[end:pos].strip()
    rest = joiner.removeprefix(",").strip()
    return bool(joiner) and (not rest or rest in lang.bound_joiners)


# The longest list joiner read between a figure and the next item (", and").
_LIST_JOINER_MAX = 12


def _quantity(
    text: str,
    folded: str,
    lang: LanguageData,
    start: int,
    end: int,
    low: Decimal,
    high: Decimal | None,
    span: _Span | None,
    figures: frozenset[int] = frozenset(),
    blockers: _Blockers | None = None,
) -> list[Quantity]:
    new_start, qualifier, increment, currency, change = _before(text, folded, start, lang)
    if span is not None and span.between:
        # "rose from $160 to $180": the two levels, not an amount of change
        # (which "rose by between 5% and 6%" is, see change_prepositions below).
        change = None
        if qualifier is None:
            # "cerca de 15 mil a 20 mil": the hedge ends with the word that
            # could open the range ("de … a"), so it is a hedged range.
            hedge = lang.qualifiers.match_before(folded, span.atoms[0].start)
            if hedge is not None and hedge.start < new_start and hedge.label == "approx":
                qualifier, new_start = hedge.label, hedge.start
    if span is not None and span.between and currency is None:
        # "between $1,500 and $2,000": the sign stands after the opening word.
        sign = _currency_before(text, folded, span.atoms[0].start, lang)
        if sign:
            currency = sign.label
    stop = end
    m = lang.increment_after.match_at(folded, _skip_spaces(folded, stop), text)
    if m and span is not None:
        increment, stop = True, m.end
    # Where the increment and the bound after the figure were first looked for:
    # asked again below only if the figure's end has moved on since (a unit, an
    # increment or a bound read), as at the same place they would find the same.
    increment_at = end if m is None else -1
    # A bound may follow the figure before its noun ("30 o menos niños", "500
    # or more troops") or after it ("500 troops or more"); after a hedge it
    # wins and the hedge stays ("about five hundred or more").
    hedged = False
    after = _after_qualifier(folded, text, stop, lang, figures) if span is not None else None
    after_at = stop
    if after is not None and _bound_wins(qualifier, after):
        hedged, qualifier, stop = qualifier == "approx", after.label, after.end
    unit, unit_text, unit_start, unit_end = _unit_after(text, folded, stop, lang, new_start)
    if unit_start > stop and _is_status(unit) and _denied_status(folded, lang, stop, unit_start):
        # "96 were not vaccinated", "96 no estaban vacunados": no status of theirs
        unit, unit_text, unit_start, unit_end = None, None, stop, stop
    direct = unit is not None and all(
        w in lang.noun_links for w in _WORD.findall(folded, stop, unit_start)
    )
    if currency and (unit is None or not direct):
        # "R$ 5 milhões às famílias": a sum, not a count of families
        unit, unit_text, unit_start, unit_end, direct = currency, None, stop, stop, False
    bare_stop = stop
    if unit is not None and unit_end > stop:
        stop = unit_end
    if qualifier is None and span is not None and _carried_load(unit):
        bound = _bound_of_preposition(folded, new_start, lang)
        if bound is not None:
            qualifier, new_start = bound.label, bound.start  # "направили до 500 спасателей"
    if (
        span is not None
        and qualifier is None
        and currency is None
        and _is_year_span(folded, span, unit, direct, lang, new_start, unit_text, unit_end)
        and not _toll_level(text, folded, span, unit, lang, start)
    ):
        return []
    if (
        span is not None
        and qualifier == "up_to"
        and currency is None
        and _until_year(folded, span, unit, direct, lang, new_start, start)
        and not _toll_level(text, folded, span, unit, lang, start)
    ):
        return []  # "до 2027 года", "fino al 2027", "até 2027": until a year, no count
    if span is not None and not increment and stop != increment_at:
        m = lang.increment_after.match_at(folded, _skip_spaces(folded, stop), text)
        if m:
            increment, stop = True, m.end
    after = (
        _after_qualifier(folded, text, stop, lang, figures)
        if span is not None and stop != after_at
        else None
    )
    if after is not None and _bound_wins(qualifier, after):
        hedged, qualifier, stop = hedged or qualifier == "approx", after.label, after.end
    if unit is not None and direct and concept_kinds().get(unit) == "measure":
        # "o magnitudine de 7 grade": the scale named before the figure wins
        # over the degrees after it (a temperature elsewhere in the press)
        scale = _unit_right_before(folded, lang, new_start)
        if scale is not None:
            unit, unit_text = scale.label, text[scale.start : scale.end]
    if unit is None or unit == _CASES or concept_kinds().get(unit) == "person":
        via_link = any(w in lang.noun_links for w in _WORD.findall(folded, end, unit_start))
        counted = _what_it_counts(
            text,
            folded,
            lang,
            new_start,
            stop,
            unit,
            direct=direct,
            via_link=via_link,
            figures=blockers if blockers is not None else _Blockers(text, folded, [], lang),
        )
        if counted is not None and not _fits_head(counted.label, unit):
            counted = None  # "affecting 390,000 passengers": the passengers
        if counted is not None:
            if (not direct or _is_status(unit)) and counted.end <= new_start:
                stop = bare_stop  # "the magnitude 7 earthquake killed": not "7 … killed"
            unit, unit_text = counted.label, text[counted.start : counted.end]
        unit = _military_variant(text, folded, lang, new_start, unit, stop)
    if (
        change is None
        and span is not None
        and lang.change_prepositions.match_before(folded, new_start, window=12) is not None
    ):
        # "um 12 Prozent gesunken": the figure is an amount of change ("um",
        # "met", "by"), so the change verb may stand elsewhere in the clause.
        change = _change_in_clause(folded, new_start, stop, lang)
    if change is None and unit == "percent" and low < 0 and folded[new_start] in "-\u2212":
        change = "down"  # "FTSE -0.6%": a signed percentage is a change, as "+0.8%" is
    if span is not None and qualifier is None and any(a.approx for a in span.atoms):
        qualifier = "approx"
    if span is not None and unit is not None and concept_kinds().get(unit) == "person":
        # "2,946 muertos": people are counted whole (see as_thousands)
        for a in span.atoms:
            whole = as_thousands(a, lang)
            if whole is not None:
                low = whole if low == a.value else low
                high = whole if high == a.value else high
    lo: Decimal | None
    hi: Decimal | None
    if span is None:
        lo, hi, qual, approx = low, None, Qualifier.VAGUE, False
    else:
        assert high is not None
        lo, hi, qual, approx = _bounds(qualifier, low, high)
    return [
        Quantity(
            text[new_start:stop],
            new_start,
            stop,
            _number(lo),
            _number(hi),
            qual.value,
            approximate=approx or hedged,
            unit=unit,
            unit_text=unit_text if unit_text else None,
            kind=_kind(unit),
            increment=increment,
            change=change,
        )
    ]


# Figures beyond this are not news quantities (the world's GDP is about 1e14
# dollars); they are ids or noise, and would overflow float arithmetic later.
MAX_MAGNITUDE = 10**18


def _plausible(q: Quantity) -> bool:
    return all(b is None or abs(b) <= MAX_MAGNITUDE for b in (q.low, q.high))


def quantities_in(text: str, lang: LanguageData) -> list[Quantity]:
    """:func:`crosscheck.find_quantities` once the text is checked and its language
    known (see :mod:`crosscheck.extract._api`)."""
    soft = soften_line_breaks(text, nouns_capitalised=frame_words(lang.code).nouns_capitalised)
    if soft is text:
        return _quantities_of(text, lang)
    # a hard-wrapped line read as one, once (as report reads it): quote the source
    return [attrs.evolve(q, text=text[q.start : q.end]) for q in _quantities_of(soft, lang)]


def _quantities_of(text: str, lang: LanguageData) -> list[Quantity]:
    """:func:`quantities_in` of a text whose soft line breaks are read already."""
    if len(text) <= WHOLE_TEXT_CHARS:
        return extract_quantities(text, lang)
    # A long text is read sentence by sentence (over-long sentences cut into
    # bounded windows), as ``report`` reads an article, so the work stays linear.
    found: list[Quantity] = []
    for s_start, s_end in split_sentences(text, lang.months, lang.titles, lang.hedges):
        para = max(text.rfind("\n", 0, s_start) + 1, s_start - BEFORE_REACH)
        for q in extract_quantities(text[s_start:s_end], lang, before=text[para:s_start]):
            found.append(attrs.evolve(q, start=q.start + s_start, end=q.end + s_start))
    return found


# A text up to this long is read at once; a longer one sentence by sentence.
WHOLE_TEXT_CHARS = 4000
# How much of the paragraph before a sentence ``extract_quantities`` reads
# when sentences are read one at a time (here and in ``report``).
BEFORE_REACH = max(_PARAGRAPH_REACH, _SENTENCE_REACH)


def quantity_of(text: str, lang: LanguageData) -> Quantity | None:
    """:func:`crosscheck.parse_quantity` once the text is checked and its language
    known (see :mod:`crosscheck.extract._api`)."""
    stripped = text.strip().rstrip(".!?;,")
    if not stripped:
        return None
    offset = text.find(stripped)
    found = extract_quantities(stripped, lang, full=True)
    for q in found:
        if q.start == 0 and q.end == len(stripped):
            return attrs.evolve(q, start=q.start + offset, end=q.end + offset)
    return None
