"""Quantities: figures with their bounds, qualifier, unit and span.

Builds on :mod:`._numerals` (the bare figures) and adds what the words around
a figure say: "peste" makes it a lower bound, "între … și …" a range, "încă"
an increment, "de soldați" its unit, "au fost uciși" a casualty count. It also
drops what is not a quantity: years, dates, clock times, ordinals, ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

import attrs

from .._codes import Qualifier
from .._fold import fold
from ..lang import LanguageData, concept_kinds, get_language
from ._numerals import Atom, scan_digits, scan_words
from ._quantity import Number, Quantity

_CLAUSE_END = re.compile(r"[.;:!?\n]|,\s|\s-\s|\s\u2013\s")
_WORD = re.compile(r"[^\W\d_]+")

# Currency signs that may open the second figure of a range ("$1,500 and $2,000").
_SYMBOLS = "$€£¥₽₴"

# Largest gap (in characters) allowed between the two figures of a range
# ("11.000-12.000", "between 20,000 and 30,000", "de la 5 până la 7").
_RANGE_GAP = 14


@attrs.frozen
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


def _ordinal_end(folded: str, atom: Atom, lang: LanguageData) -> int | None:
    """Where an ordinal suffix after the digits ends ("3rd", "al 3-lea", "1°"), if any."""
    end = atom.end
    if (
        folded.startswith(". ", end)
        and atom.raw.isdigit()
        and lang.ordinal_dot_after.match_before(folded, atom.start, window=8) is not None
    ):
        return end + 1  # German "den 3. Platz"
    for suffix in sorted(lang.ordinal_suffixes, key=len, reverse=True):
        if folded.startswith(suffix, end):
            after = end + len(suffix)
            if after >= len(folded) or not folded[after].isalpha():
                return after
    return None


def _is_clock(text: str, atom: Atom) -> bool:
    after = text[atom.end : atom.end + 3]
    before = text[max(0, atom.start - 3) : atom.start]
    if re.fullmatch(r"[:h][0-9]{2}", after):
        return True
    return bool(re.fullmatch(r"[0-9][:h]", before[-2:])) if len(before) >= 2 else False


def _is_id_like(text: str, atom: Atom) -> bool:
    prev = _prev_char(text, atom.start)
    if not prev:
        return False
    if prev.isalpha() or prev in "_#@/\\":
        return True
    if prev in "-." and atom.start >= 2 and text[atom.start - 2].isalpha():
        return True
    if prev == "+":
        return True
    raw = atom.raw
    if raw.isdigit() and (len(raw) >= 10 or (len(raw) >= 7 and raw.startswith("0"))):
        return True
    return False


def _glued_letters_ok(text: str, folded: str, atom: Atom, lang: LanguageData) -> bool:
    """Letters glued after a figure are fine only when they name its unit ("5km", "10%")."""
    nxt = text[atom.end : atom.end + 1]
    if not (nxt and nxt.isalpha() and atom.scale == 1):
        return True
    return any(
        phrases.match_at(folded, atom.end, text) is not None
        for phrases in (lang.units, lang.currency, lang.percent)
    )


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
    # "June 15", "iunie 2024", "august 2022"
    before = _word_before(folded, atom.start)
    if before and before[1] in lang.months and atom.start - before[0] <= len(before[1]) + 2:
        return 1 <= value <= 31 or 1000 <= value <= 2100
    # "15/08/2022", "2022-08-15"
    around = folded[max(0, atom.start - 1) : atom.end + 1]
    return bool(re.search(r"[0-9][/][0-9]|[0-9]/$|^/[0-9]", around))


def _is_bare_hour(folded: str, atom: Atom, lang: LanguageData) -> bool:
    """An hour: after a clock word ("alle 15") or before one ("14.30 Uhr", "9 a.m.")."""
    if atom.scale != 1 or atom.value > 24 or atom.value < 0:
        return False
    if lang.clock_after.match_at(folded, _skip_spaces(folded, atom.end)) is not None:
        return True
    if not atom.raw.isdigit():
        return False
    hit = lang.clock_words.match_before(folded, atom.start, window=16)
    return hit is not None


def _is_year(atom: Atom) -> bool:
    return (
        atom.digits
        and atom.scale == 1
        and not atom.grouped
        and atom.raw.isdigit()
        and len(atom.raw) == 4
        and 1000 <= int(atom.raw) <= 2100
    )


# Numeric dates and clock times: "2025-12-25", "15.08.2022", "3/9/25", "09:13".
_NUMERIC_DATE = re.compile(
    r"(?<![0-9.,])(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}"
    r"|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)(?![0-9])"
)


# Phone numbers: a leading zero or "+" and two or more groups ("0721 456 789",
# "06 4567 8910", "+40 721 456 789"). Each group starts with a separator, so
# the repetition is unambiguous and linear.
_PHONE = re.compile(
    r"(?<![0-9.,])(?:\+[0-9]{1,3}[ .-]?[0-9]{1,4}|0[0-9]{1,4})(?:[ ./-][0-9]{2,4}){2,5}(?![0-9])"
    r"|(?<![0-9.,])0[0-9]{2,4}[ ./-][0-9]{3,4}(?![0-9.,])"
)


def _numeric_dates(text: str) -> list[tuple[int, int]]:
    """Spans of numeric dates, clock times and phone numbers: none of them are figures."""
    spans = [(m.start(), m.end()) for m in _NUMERIC_DATE.finditer(text)]
    spans += [(m.start(), m.end()) for m in _PHONE.finditer(text)]
    return spans


def _keep_atom(
    text: str,
    folded: str,
    atom: Atom,
    lang: LanguageData,
    *,
    full: bool,
    dates: list[tuple[int, int]] = [],  # noqa: B006 - read only
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
        if _is_id_like(text, atom) or not _glued_letters_ok(text, folded, atom, lang):
            return "drop"
        return "count"
    if atom.article and not full:
        return "drop"
    if atom.bare_scale and not full and fold(atom.raw) not in lang.standalone:
        return "drop"
    if not full and atom.raw[:1].isupper() and not atom.raw.isupper():
        # A capitalised number word inside a run of capitalised words is part
        # of a name ("Kim Jong Un", "Ocean's Eleven"), unless it opens a sentence.
        before = _word_before(text, atom.start)
        prev_text = text[: atom.start].rstrip()
        sentence_start = not prev_text or prev_text[-1] in ".!?\n\"'«„“”"
        if before and before[1][:1].isupper() and not sentence_start:
            return "drop"
    return "count"


def _atoms(text: str, folded: str, lang: LanguageData, *, full: bool) -> list[Atom]:
    digits = scan_digits(text, folded, lang)
    words = scan_words(text, folded, lang, full=full)
    taken = [(a.start, a.end) for a in digits]
    merged = list(digits)
    for w in words:
        if not any(w.start < e and s < w.end for s, e in taken):
            merged.append(w)
    merged.sort(key=lambda a: a.start)
    return merged


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


def _between_prefix(folded: str, start: int, lang: LanguageData, mid: str) -> int | None:
    head = folded[:start].rstrip().rstrip(_SYMBOLS).rstrip()
    for pre, pair_mid in lang.range_between:
        if pair_mid != mid:
            continue
        if head.endswith(pre):
            begin = len(head) - len(pre)
            if begin == 0 or not folded[begin - 1].isalnum():
                return begin
    return None


def _spans(folded: str, atoms: list[Atom], lang: LanguageData) -> list[_Span]:
    spans: list[_Span] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            gap = folded[a.end : b.start]
            mid = gap.strip().rstrip(_SYMBOLS).strip()
            if len(gap) <= _RANGE_GAP and "\n" not in gap:
                begin = _between_prefix(folded, a.start, lang, mid) if mid else None
                is_infix = mid in lang.range_infix
                if begin is not None or is_infix:
                    low = _shared_scale(a, b)
                    if low < b.value:
                        spans.append(
                            _Span(
                                begin if begin is not None else a.start,
                                b.end,
                                low,
                                b.value,
                                (a, b),
                                between=begin is not None,
                            )
                        )
                        i += 2
                        continue
        spans.append(_Span(a.start, a.end, a.value, a.value, (a,)))
        i += 1
    return spans


def _is_year_span(span: _Span, unit: str | None) -> bool:
    # A year followed by a measure abbreviation is still a year ("2025 ha" in
    # Italian is "2025 has"); only a head count or thing makes it a figure.
    counted = unit is not None and concept_kinds().get(unit) in ("person", "thing", "money")
    return not counted and all(_is_year(a) for a in span.atoms)


def _unit_after(
    text: str, folded: str, pos: int, lang: LanguageData
) -> tuple[str | None, str | None, int, int]:
    """The unit named right after a figure: (concept, unit words, unit start, end)."""
    p = _skip_spaces(folded, pos)
    # "%" and "la sută" may follow with or without a space
    for phrases in (lang.percent, lang.currency):
        m = phrases.match_at(folded, p, text)
        if m:
            return (m.label if phrases is not lang.percent else "percent"), text[m.start : m.end], m.start, m.end
    starts = [p]
    link = _word_at(folded, p)
    if link and link.group() in lang.noun_links:
        starts.append(_skip_spaces(folded, link.end()))
    elif p < len(folded) and folded[p] == "'" and "d'" in lang.noun_links:
        starts.append(p + 1)
    for s in starts:
        for phrases in (lang.currency, lang.units):
            m = phrases.match_at(folded, s, text)
            if m:
                return m.label, text[m.start : m.end], m.start, m.end
    # One or two adjectives may stand between the figure and its noun
    # ("2,000 North Korean soldiers", "5.000 de noi refugiați").
    s = starts[-1]
    for _ in range(2):
        w = _word_at(folded, s)
        if not w or w.group() in lang.noun_links or w.group() in lang.number_vocabulary:
            break
        s = _skip_spaces(folded, w.end())
        if s < len(folded) and folded[s] == "-":
            w2 = _word_at(folded, s + 1)
            if w2:
                s = _skip_spaces(folded, w2.end())
        m = lang.units.match_at(folded, s, text)
        if m and concept_kinds().get(m.label) in ("person", "thing"):
            return m.label, text[m.start : m.end], m.start, m.end
    return None, None, pos, pos


def _casualty(folded: str, pos: int, lang: LanguageData) -> str | None:
    """A casualty predicate later in the clause: "soldați ... au fost uciși"."""
    stop = _CLAUSE_END.search(folded, pos)
    limit = min(stop.start() if stop else len(folded), pos + 60)
    digit = re.search(r"[0-9]", folded[pos:limit])
    if digit:
        limit = pos + digit.start()
    for m in lang.casualties.find(folded[pos:limit]):
        return m.label
    return None


def _before(
    folded: str, start: int, lang: LanguageData
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
            m = lang.currency.match_before(folded, pos, window=8)
            if m and not m.phrase[:1].isalpha():
                currency, pos, moved = m.label, m.start, True
        if qualifier is None:
            m = lang.qualifiers.match_before(folded, pos)
            if m:
                qualifier, pos, moved = m.label, m.start, True
        if not increment:
            m = lang.increment_before.match_before(folded, pos)
            if m:
                increment, pos, moved = True, m.start, True
        if not moved:
            break
    m = lang.change.match_before(folded, pos, window=30)
    if m:
        change = m.label
    return pos, qualifier, increment, currency, change


def _change_in_clause(folded: str, start: int, end: int, lang: LanguageData) -> str | None:
    """A change verb away from the figure but in its clause.

    "sank im dritten Quartal um 3,5 Prozent", "ist um 12 Prozent gesunken":
    the nearest change word within a few words before, else right after.
    """
    begin = max(0, start - 50)
    for m in _CLAUSE_END.finditer(folded, begin, start):
        begin = m.end()
    before = [m for m in lang.change.find(folded[begin:start]) if m.end + begin <= start]
    if before:
        return before[-1].label
    stop = _CLAUSE_END.search(folded, end)
    limit = min(stop.start() if stop else len(folded), end + 40)
    if re.search(r"[0-9]", folded[end:limit]):
        return None
    after = lang.change.find(folded[end:limit])
    return after[0].label if after else None


def _vague(
    text: str, folded: str, lang: LanguageData, taken: list[tuple[int, int]]
) -> Iterable[tuple[int, int, int]]:
    for m in lang.vague.find(folded):
        if any(m.start < e and s < m.end for s, e in taken):
            continue
        before = _word_before(folded, m.start)
        if before and (before[1] in lang.number_vocabulary):
            continue
        if m.start > 0 and folded[: m.start].rstrip()[-1:].isdigit():
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


def extract_quantities(text: str, lang: LanguageData, *, full: bool = False) -> list[Quantity]:
    """Every quantity in ``text`` for language ``lang`` (the engine behind the public API)."""
    folded = fold(text)
    kept: list[Atom] = []
    ordinals: list[Atom] = []
    dates = _numeric_dates(text)
    vague_spans = [(m.start, m.end) for m in lang.vague.find(folded)]
    for atom in _atoms(text, folded, lang, full=full):
        if not atom.digits and any(s <= atom.start and atom.end <= e for s, e in vague_spans):
            continue
        verdict = _keep_atom(text, folded, atom, lang, full=full, dates=dates)
        if verdict == "count":
            kept.append(atom)
        elif verdict == "ordinal":
            ordinals.append(atom)
    found: list[Quantity] = []
    covered = 0
    for span in _spans(folded, kept, lang):
        if span.start < covered:
            continue
        made = _quantity(text, folded, lang, span.start, span.end, span.low, span.high, span)
        found.extend(made)
        covered = max([covered, *(q.end for q in made)])
    taken = [(q.start, q.end) for q in found]
    for start, end, magnitude in _vague(text, folded, lang, taken):
        found.extend(
            _quantity(text, folded, lang, start, end, Decimal(magnitude), None, None)
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
    found.sort(key=lambda q: (q.start, q.end))
    return found


def _quantity(
    text: str,
    folded: str,
    lang: LanguageData,
    start: int,
    end: int,
    low: Decimal,
    high: Decimal | None,
    span: _Span | None,
) -> list[Quantity]:
    new_start, qualifier, increment, currency, change = _before(folded, start, lang)
    if span is not None and span.between and currency is None:
        # "between $1,500 and $2,000": the sign stands after the opening word.
        sign = lang.currency.match_before(folded, span.atoms[0].start, window=8)
        if sign and not sign.phrase[:1].isalpha():
            currency = sign.label
    stop = end
    m = lang.increment_after.match_at(folded, _skip_spaces(folded, stop), text)
    if m and span is not None:
        increment, stop = True, m.end
    unit, unit_text, _, unit_end = _unit_after(text, folded, stop, lang)
    if currency and unit is None:
        unit = currency
    if unit is not None and unit_end > stop:
        stop = unit_end
    if span is not None and _is_year_span(span, unit) and qualifier is None and currency is None:
        return []
    if span is not None and not increment:
        m = lang.increment_after.match_at(folded, _skip_spaces(folded, stop), text)
        if m:
            increment, stop = True, m.end
    after = lang.qualifiers_after.match_at(folded, _skip_spaces(folded, stop), text)
    if after and span is not None and qualifier is None:
        qualifier, stop = after.label, after.end
    if (
        unit is not None
        and concept_kinds().get(unit) == "person"
        and unit not in lang.casualties.labels
    ):
        casualty = _casualty(folded, stop, lang)
        if casualty:
            unit = casualty
    if (
        change is None
        and span is not None
        and lang.change_prepositions.match_before(folded, new_start, window=12) is not None
    ):
        # "um 12 Prozent gesunken": the figure is an amount of change ("um",
        # "met", "by"), so the change verb may stand elsewhere in the clause.
        change = _change_in_clause(folded, new_start, stop, lang)
    if span is not None and qualifier is None and any(a.approx for a in span.atoms):
        qualifier = "approx"
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
            approximate=approx,
            unit=unit,
            unit_text=unit_text if unit_text else None,
            kind=_kind(unit),
            increment=increment,
            change=change,
        )
    ]


def find_quantities(text: str, language: str | None = None) -> list[Quantity]:
    """Every quantity in running text, in order of appearance.

    Counts, money, percentages and measures, in digits or words, with their
    bounds, qualifier, unit and ``start``/``end`` offsets into ``text``. Years,
    dates, clock times, ordinals and id-like digit strings are left out.
    ``language`` is a code such as ``"ro"``; when omitted it is detected.
    """
    return extract_quantities(text, get_language(_language_for(text, language)))


def parse_quantity(text: str, language: str) -> Quantity | None:
    """Read ``text`` as one numeric expression as a whole, or return None.

    "o mie" → 1000, "douăzeci și trei" → 23, "tra 20.000 e 30.000" →
    20000..30000, "more than 60" → 60..None. An ordinal string gives a
    Quantity of ``kind == "ordinal"``.
    """
    lang = get_language(language)
    stripped = text.strip().rstrip(".!?;,")
    if not stripped:
        return None
    offset = text.find(stripped)
    found = extract_quantities(stripped, lang, full=True)
    for q in found:
        if q.start == 0 and q.end == len(stripped):
            return attrs.evolve(q, start=q.start + offset, end=q.end + offset)
    return None


def _language_for(text: str, language: str | None) -> str:
    if language:
        return language
    from ..ingest import detect_language

    detected = detect_language(text)
    if detected is None:
        from .._errors import InputError

        raise InputError(
            "could not detect the language of the text; pass language='ro' (or another code)",
            reason="unknown_language",
        )
    return detected
