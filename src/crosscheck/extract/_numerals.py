"""Numerals: figures written in digits or in words, before any interpretation.

This module finds the *atoms* of quantities: "10.000", "1,5 milioane",
"douăzeci și trei", "ventitré", "10k", and the forms that make a figure
signed, fractional or decimal: "-3", "minus five", "3/4", "2 1/4", "two
thirds", "3 milioni e mezzo", "zweieinhalb", "one over three", "dos coma
cinco", ".08", "1.3e6", "three dozen". It knows separators, number words and
multipliers from the language data, and nothing about units, qualifiers or
ranges (see :mod:`._quantities`).

The text becomes a stream of tokens (words and digit figures); a small
grammar reads the longest number at each token, left to right:

    number   := [sign] core [sign-after] ["(" same number ")"]
    core     := cardinal [fraction | "and" fraction | point digits | over cardinal]
              | [article] fraction-word [of] [article] multiplier
    cardinal := words, figures and scale words that compose ("4 thousand 3
                hundred and 21", "dos mil millones", "322 hundred")
    fraction := [numerator] denominator ("two thirds", "a fifth", "three
                twenty-firsts", "tres dois milésimos")

Values are exact (:class:`fractions.Fraction`) until the atom is built.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation, localcontext
from fractions import Fraction
from typing import NamedTuple

from .._fold import fold
from .._phrases import word_runs
from ..lang import LanguageData, concept_kinds, get_language

# Digits with optional separators. The first branch groups thousands with
# spaces ("10 000"), the second with apostrophes as Swiss writers do
# ("146'000"), the third takes dots and commas, the last a figure that starts
# at its decimal mark (".08", ",77"); each repetition starts with a
# separator, so matching is linear. The pattern opens with the character it
# consumes first, then looks behind (no digit before it) and at what it was (a
# digit for the first three branches, a mark for the last): opening with a
# character class, it is tried only where a digit or a mark stands, where a
# leading look-behind would be tried at every position of the text.
_DIGITS = re.compile(
    r"[0-9.,](?<![0-9][0-9.,])"
    r"(?:(?<=[0-9])[0-9]{0,2}(?:[ \u00a0\u202f\u2009][0-9]{3}(?![0-9]))+(?:[.,][0-9]+)?"
    # Swiss grouping with an apostrophe: "146'000", "1'250'000.50"
    r"|(?<=[0-9])[0-9]{0,2}(?:'[0-9]{3}(?![0-9]))+(?:[.,][0-9]+)?"
    r"|(?<=[0-9])[0-9]*(?:[.,][0-9]+)*"
    r"|(?<=[.,])[0-9]+)"
)
_WORD = re.compile(r"[^\W\d_]+")
# Notation glued to a figure: "1e10", "12,32e+14", "1.1^23", "1.3x10^6", "3/4".
_EXPONENT = re.compile(r"[eE]([+-]?)([0-9]{1,2})(?![^\W_])")
_POWER = re.compile(r"\^([+-]{0,3})([0-9]{1,2})(?![0-9])")
_TIMES_TEN = re.compile(r"[ ]?[x\u00d7*][ ]?10\^([+-]?)([0-9]{1,2})(?![0-9])")
_SLASH = re.compile(r"/([0-9]{1,4})(?![0-9/])")
# The characters _TIMES_TEN can open with.
_TIMES_TEN_FIRST = " x\u00d7*"
# Fractions written as one character: "½", "2¾".
_VULGAR = re.compile("[\u00bc-\u00be\u2150-\u215e]")

# The marks between digit groups (see parse_digits).
_MARKS = re.compile("[.,]")

_Part = tuple[Fraction, str]
_ONE = Fraction(1)
# Fractions are immutable: one shared zero saves building one per state (a hot path).
_ZERO = Fraction(0)


# A dataclass rather than attrs: mypyc compiles a dataclass to a native class, read
# directly by compiled code (README, Performance); an attrs class stays interpreted.
@dataclasses.dataclass(frozen=True)
class Atom:
    """One figure: its span in the text and its value.

    ``scale`` is the multiplier the text applied ("mii", "million", "k"), 1
    when none; ``digits`` says the figure was written with digits; ``grouped``
    that it used thousands separators; ``article`` that it is a lone "un"/"a"
    that counts as one only before a multiplier; ``bare_scale`` that it is a
    multiplier word with no figure before it ("milioane"); ``approx`` that a
    counting noun made it approximate ("une centaine", "un millar");
    ``fraction`` that it is a fraction or a mixed number ("3/4", "two
    thirds", "2 1/4"). A negative figure has a negative ``value``.
    """

    start: int
    end: int
    value: Decimal
    scale: int = 1
    digits: bool = True
    grouped: bool = False
    article: bool = False
    bare_scale: bool = False
    approx: bool = False
    raw: str = ""
    fraction: bool = False


# --------------------------------------------------------------------------- #
# Digit figures
# --------------------------------------------------------------------------- #


def parse_digits(raw: str, lang: LanguageData) -> tuple[Decimal, bool] | None:
    """Read a digit string with the language's separators.

    Returns the value and whether thousands separators were used, or None
    when the separators make no sense (e.g. "1.2.3" read as an IP address).
    """
    if raw.isascii() and raw.isdigit():
        return Decimal(raw), False  # plain digits, most figures: no separator to read
    compact = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    compact = compact.replace("'", " ").replace("\u2019", " ")  # Swiss "146'000"
    if compact[:1] in ".,":
        # ".08", ",77": a figure that starts at its decimal mark
        return Decimal("0." + compact[1:]), False
    if " " in compact:
        head, _, tail = compact.partition(",") if "," in compact else (compact, "", "")
        if "." in head:
            head, _, tail = compact.rpartition(".")
        digits = head.replace(" ", "")
        frac = tail
        try:
            return (Decimal(f"{digits}.{frac}") if frac else Decimal(digits)), True
        except InvalidOperation:
            return None
    seps = [c for c in compact if c in ".,"]
    if not seps:
        return Decimal(compact), False
    parts = _MARKS.split(compact)
    decimal = lang.decimal
    group = "," if decimal == "." else "."
    if len(set(seps)) == 2:
        # "1.234,5" or "1,234.5": the last separator is the decimal one.
        last = seps[-1]
        if any(s == last for s in seps[:-1]):
            return None
        groups = parts[1:-1]
        if _indian(parts[:-1]) and last == ".":
            return Decimal("".join(parts[:-1]) + "." + parts[-1]), True
        if any(len(g) != 3 for g in groups) or len(parts[0]) > 3:
            return None
        return Decimal("".join(parts[:-1]) + "." + parts[-1]), True
    sep = seps[0]
    if len(seps) > 1:
        # Repeated separator: thousands grouping ("1.000.000", "1,000,000"),
        # or the Indian lakh grouping ("12,34,567").
        if sep == "," and _indian(parts):
            return Decimal("".join(parts)), True
        if len(parts[0]) > 3 or any(len(g) != 3 for g in parts[1:]):
            return None
        return Decimal("".join(parts)), True
    head, tail = parts
    if sep == group:
        if len(tail) == 3 and len(head) <= 3 and head != "0":
            return Decimal(head + tail), True
        # A lone "group" separator not followed by three digits, or after a
        # lone zero ("0.683"), is a foreign decimal point ("1.5" in Romanian).
        return Decimal(f"{head}.{tail}"), False
    # sep is the language's decimal separator. Nobody writes three trailing
    # zeros after a decimal mark in news, so "2,000" in Romanian means 2000.
    if tail == "000" and len(head) <= 3 and head != "0":
        return Decimal(head + tail), True
    return Decimal(f"{head}.{tail}"), False


def _indian(parts: Sequence[str]) -> bool:
    """ "12,34,567": one or two digits, pairs, then a final group of three."""
    return (
        len(parts) >= 3
        and 1 <= len(parts[0]) <= 2
        and all(len(g) == 2 for g in parts[1:-1])
        and len(parts[-1]) == 3
    )


class _Fig(NamedTuple):
    """A digit figure as written: "1.200.000", "-3", "10k", "3/4", "1.3e6".

    A named tuple, not a frozen attrs class (as :class:`_Tok`, :class:`_Hit`
    and :class:`_Step`): a text has one per figure, built on the hot path.
    """

    start: int
    end: int
    value: Fraction  # signed, before ``scale``
    scale: int
    raw: str
    grouped: bool
    fraction: bool = False


def _sign_start(text: str, start: int) -> int | None:
    """Where a minus sign before the digits at ``start`` begins, if there is one.

    "-3", "−5", "(-0,4)", "x = -1", "$-50.8bn": a hyphen-minus or minus sign
    glued to the digits, after a space, an opening bracket, a currency sign or
    the start of the text, and no figure just before it (so "20 -30" stays a
    range). "- 1.200.000", with a space, counts only when it opens the text.
    """
    if start >= 1 and text[start - 1] in "-\u2212":
        pos = start - 1
        before = text[pos - 1] if pos >= 1 else ""
        if before == "" or before.isspace() or before in "([{=:;<>~$€£¥":
            back = pos - 1
            while back >= 0 and text[back] in " \t":
                back -= 1
            if back < 0 or not (text[back].isdigit() or text[back] in "-\u2212"):
                return pos
        return None
    # "- 1.200.000": a minus sign, then one or two spaces, opening the text
    pos = start
    while pos > 0 and start - pos < 2 and text[pos - 1] in " \t":
        pos -= 1
    if pos == start or pos == 0 or text[pos - 1] not in "-\u2212":
        return None
    sign = pos - 1
    back = sign
    while back > 0 and text[back - 1].isspace():
        back -= 1
    return sign if back == 0 else None


# The value of each string of plain digits read so far ("2023", "10"): news repeats
# its figures, and a Fraction built from an int runs fractions' __new__ in Python
# (about 1 us) where a look-up here takes a tenth of that. Fractions are immutable,
# so one may stand for every figure of the same digits; bounded (a flood of
# distinct figures clears it).
_INT_VALUES: dict[str, Fraction] = {}
_INT_VALUES_MAX = 4096


def _figures(text: str, folded: str, lang: LanguageData) -> list[_Fig]:
    """Every digit figure in the text, with its sign, notation and glued multiplier."""
    words = lang.numerals
    out: list[_Fig] = []
    last_end = 0
    # A minus sign with a space after it counts only where it opens the text (see
    # _sign_start): after the text's leading blanks, the sign and one or two spaces.
    opening = len(text) - len(text.lstrip()) + 3
    new = tuple.__new__  # a _Fig per figure, without the named tuple's own __new__
    ints = _INT_VALUES
    spaced_firsts = _spaced_firsts(lang.code)  # (asked after most figures)
    # Matched on the folded text, where every digit script is ASCII ("٣٫٥" is "3.5").
    for m in _DIGITS.finditer(folded):
        start, end = m.start(), m.end()
        if start < last_end:
            continue
        raw = m.group()
        if raw[0] in ".,":
            before = text[start - 1] if start else ""
            # ".77" is a decimal in every language (a dot cannot open a thousands
            # group); a leading comma is one only where the comma is the decimal mark.
            attached = before.isalnum() or (before != "" and before in ".,")
            if raw[0] not in (lang.decimal, ".") or attached:
                start, raw = start + 1, raw[1:]
        if raw.isdigit() and len(raw) <= _MAX_FIGURE_CHARS:
            # plain digits, most figures: no separator to read (see parse_digits), and
            # the value read once per string of digits (see _INT_VALUES)
            value = ints.get(raw)
            if value is None:
                if len(ints) >= _INT_VALUES_MAX:
                    ints.clear()
                value = ints[raw] = Fraction(int(raw))
            grouped = False
        else:
            parsed = parse_digits(raw, lang) if len(raw) <= _MAX_FIGURE_CHARS else None
            if parsed is None:
                # "22,24,26,31": a list of figures, not one number
                if "," in raw and "." not in raw and " " not in raw:
                    pos = start
                    for piece in raw.split(","):
                        # ",666…" (a leading decimal comma) or "1 000,5" give pieces
                        # that are no figure
                        if piece.isascii() and piece.isdigit() and len(piece) <= _MAX_FIGURE_CHARS:
                            value = Fraction(int(piece))
                            out.append(_Fig(pos, pos + len(piece), value, 1, piece, False))
                        pos += len(piece) + 1
                    last_end = end
                continue
            number, grouped = parsed
            value = Fraction(number)
        fraction = False
        sign_at = (
            _sign_start(text, start)
            if start and (start <= opening or text[start - 1] in "-\u2212")
            else None
        )
        # notation glued after the figure, each tried only where its first character stands
        nxt = folded[end : end + 1]
        exp = _EXPONENT.match(folded, end) if nxt and nxt in "eE" else None
        power = _POWER.match(folded, end) if nxt == "^" else None
        ten = _TIMES_TEN.match(folded, end) if nxt and nxt in _TIMES_TEN_FIRST else None
        slash = _SLASH.match(folded, end) if nxt == "/" else None
        if exp and not grouped:
            value *= Fraction(10) ** (int(exp.group(2)) * (-1 if exp.group(1) == "-" else 1))
            end = exp.end()
        elif ten:
            value *= Fraction(10) ** (int(ten.group(2)) * (-1 if ten.group(1) == "-" else 1))
            end = ten.end()
        elif power and value != 0:
            exponent = int(power.group(2)) * (-1 if power.group(1).count("-") % 2 else 1)
            value = value**exponent
            end = power.end()
        elif (
            slash
            and raw.isdigit()
            and len(raw) <= 3
            and len(slash.group(1)) <= 4
            and int(slash.group(1)) > 0
            and text[start - 1 : start] != "/"
        ):
            value = Fraction(int(raw), int(slash.group(1)))
            fraction = True
            end = slash.end()
        scale = 1
        # glued suffix: "10k", "5bn", "3mln", "3M", "10G": a run of letters
        # (_WORD), looked for only where one starts
        after = folded[end : end + 1]
        tail = _WORD.match(folded, end) if after.isalnum() and not after.isdecimal() else None
        if tail and not fraction:
            glued = text[start : tail.end()]
            cased = text[end : tail.end()]
            if glued in words.glued_names:
                pass
            elif cased in words.cased_suffixes:
                scale, end = words.cased_suffixes[cased], tail.end()
            elif tail.group() in words.decimal_suffixes and value.denominator != 1:
                scale, end = words.decimal_suffixes[tail.group()], tail.end()
            elif tail.group() in lang.suffixes:
                scale, end = lang.suffixes[tail.group()], tail.end()
                if folded.startswith(".", end) and tail.group() + "." in lang.suffixes:
                    end += 1
        elif not fraction and after == " " and folded[end + 1 : end + 2] in spaced_firsts:
            scale, end = _spaced_suffix(text, folded, end, lang)
        if sign_at is not None:
            value, start = -value, sign_at
        written = text[start : end if fraction else m.end()]
        out.append(new(_Fig, (start, end, value, scale, written, grouped, fraction)))
        last_end = end
    return _vulgar(text, out)


def _vulgar(text: str, figs: list[_Fig]) -> list[_Fig]:
    """Add the one-character fractions: "½" alone, "2½" glued to a whole."""
    if text.isascii():
        return figs
    if not _VULGAR.search(text):
        return sorted(figs, key=_fig_start)
    by_end = {f.end: i for i, f in enumerate(figs)}
    extra: list[_Fig] = []
    for m in _VULGAR.finditer(text):
        value = Fraction(unicodedata.numeric(m.group())).limit_denominator(100)
        i = by_end.get(m.start())
        if i is not None and figs[i].scale == 1 and not figs[i].fraction:
            whole = figs[i]
            figs[i] = whole._replace(
                end=m.end(),
                value=whole.value + value,
                raw=text[whole.start : m.end()],
                fraction=True,
            )
        else:
            extra.append(_Fig(m.start(), m.end(), value, 1, m.group(), False, True))
    return sorted([*figs, *extra], key=lambda f: f.start)


@functools.lru_cache(maxsize=64)
def _spaced_firsts(lang_code: str) -> frozenset[str]:
    """The characters the folded text may hold after the space after a figure where
    :func:`_spaced_suffix` reads a multiplier: a second space, or the first letter
    of an abbreviation ("5 mln.", "3 M"). Most figures are followed by a word no
    abbreviation starts like, which this tells without reading the word."""
    lang = get_language(lang_code)
    firsts = {fold(w)[:1] for w in (*lang.suffixes, *lang.numerals.cased_suffixes)}
    return frozenset({" ", *firsts} - {""})


def _spaced_suffix(text: str, folded: str, end: int, lang: LanguageData) -> tuple[int, int]:
    """An abbreviated multiplier after a space: "5 mln.", "10  k", "1,674.5 G".

    Multiplier *words* ("milioane", "million") are left to the grammar, which
    also reads what may follow them ("2 mil millones").
    """
    pos = end
    while pos < len(folded) and folded[pos] == " ":
        pos += 1
    if pos == end or pos - end > 2:
        return 1, end
    word = _WORD.match(folded, pos)
    if not word or len(word.group()) > 4:
        return 1, end
    token = word.group()
    if token in lang.multipliers or token in lang.hundreds:
        return 1, end
    cased = text[pos : word.end()]
    if cased in lang.numerals.cased_suffixes:
        return lang.numerals.cased_suffixes[cased], word.end()
    if token in lang.suffixes:
        stop = word.end()
        if stop < len(folded) and folded[stop] == "." and token + "." in lang.suffixes:
            stop += 1
        return lang.suffixes[token], stop
    return 1, end


# --------------------------------------------------------------------------- #
# Words
# --------------------------------------------------------------------------- #


#: The longest digit run read as a figure: no news figure has more characters,
#: and converting a hostile run of 100,000 digits costs time quadratic in it.
_MAX_FIGURE_CHARS = 48
#: The longest glued number word read ("siebenhundertneunundneunzigtausend…" has 59 letters).
_MAX_COMPOUND_CHARS = 100


@functools.lru_cache(maxsize=64)
def _compound_pieces(lang_code: str) -> tuple[dict[str, tuple[Fraction, str]], int]:
    """The pieces a glued number word of a language splits into (see
    :func:`_split_compound`): value and kind by spelling, and the longest
    piece's length. Built once per language, not once per word."""
    lang = get_language(lang_code)
    words = lang.numerals
    pieces: dict[str, tuple[Fraction, str]] = {}
    for w, v in lang.words.items():
        pieces[w] = (Fraction(v), "word")
    for w, v in lang.morphemes.items():
        pieces.setdefault(w, (Fraction(v), "word"))
    for w, f in words.fractional.items():
        pieces.setdefault(w, (f, "word"))
    for w, v in lang.hundreds.items():
        pieces[w] = (Fraction(v), "hundred")
    for w, v in lang.multipliers.items():
        pieces[w] = (Fraction(v), "mult")
    for w, v in {**words.fractions, **words.fractions_plural}.items():
        pieces.setdefault(w, (Fraction(v), "frac"))
    for joiner in (*lang.joiners, *words.glue_joiners):
        if joiner.isalpha():
            pieces.setdefault(joiner, (Fraction(0), "join"))
    # Only pieces up to the longest known one can match: bounding the inner
    # loop by it keeps the split linear in the word (it was O(n²) slices).
    return pieces, max(map(len, pieces), default=0)


@functools.lru_cache(maxsize=8192)
def _split_compound(word: str, lang_code: str) -> tuple[tuple[str, Fraction, str], ...] | None:
    """Split a glued number word into its pieces: "duemiladuecento", "zweieinhalb".

    A word longer than :data:`_MAX_COMPOUND_CHARS` is no number word (the split
    of a hostile 100,000-letter word would build ever longer tuples).
    """
    if len(word) > _MAX_COMPOUND_CHARS:
        return None
    pieces, longest = _compound_pieces(lang_code)
    n = len(word)
    # A split opens with a piece and closes with one: most words of a text do
    # neither, told by a few slices instead of the whole table below (which a
    # new word of a running text costs, a few microseconds).
    reach = min(n, longest)
    if not any(word[:k] in pieces for k in range(1, reach + 1)) or not any(
        word[n - k :] in pieces for k in range(1, reach + 1)
    ):
        return None
    # best[i]: a split of word[i:] into pieces, fewest pieces first.
    best: list[tuple[tuple[str, Fraction, str], ...] | None] = [None] * (n + 1)
    best[n] = ()
    for i in range(n - 1, -1, -1):
        for j in range(min(n, i + longest), i, -1):
            piece = word[i:j]
            rest = best[j]
            if piece in pieces and rest is not None:
                value, cat = pieces[piece]
                cand = ((piece, value, cat), *rest)
                cur = best[i]
                if cur is None or len(cand) < len(cur):
                    best[i] = cand
    found = best[0]
    if found is None or len(found) < 2:
        return None
    if found[0][2] == "join" or found[-1][2] == "join":
        # "duizenden", "vieren": a plural or verb ending, not a glued number
        return None
    if any(c == "frac" for _, _, c in found[:-1]):
        return None
    return found


class _State:
    """A cardinal being read word by word; ``push`` refuses what cannot follow.

    ``stack`` holds the groups closed by a multiplier, largest first;
    ``current`` is the group below a thousand still being read. A multiplier
    larger than the last one multiplies everything since the last larger one,
    so "dos mil millones" is 2 × 1000 × 10⁶ and "three lakh crore" 3 × 10¹².
    """

    __slots__ = (
        "after_digit",
        "current",
        "has_current",
        "joined",
        "lang",
        "last_word",
        "pending",
        "seen_hundred",
        "seen_times",
        "stack",
    )

    def __init__(self, lang: LanguageData) -> None:
        self.lang = lang
        self.stack: list[tuple[Fraction, Fraction]] = []
        self.current = _ZERO
        self.has_current = False
        self.last_word: Fraction | None = None
        self.seen_hundred = False
        self.seen_times = False
        self.joined = False
        self.after_digit = False
        self.pending = False

    def copy(self) -> _State:
        # every slot, spelled out: a loop over __slots__ with getattr was a hot spot
        # (made by __init__, not _State.__new__, which a compiled build does not offer)
        new = _State(self.lang)
        new.after_digit = self.after_digit
        new.current = self.current
        new.has_current = self.has_current
        new.joined = self.joined
        new.lang = self.lang
        new.last_word = self.last_word
        new.pending = self.pending
        new.seen_hundred = self.seen_hundred
        new.seen_times = self.seen_times
        new.stack = list(self.stack)
        return new

    def total(self) -> Fraction | None:
        """The value read so far, or None while it cannot end here ("5 million 3")."""
        if self.pending or self.joined or (not self.stack and not self.has_current):
            return None
        if not self.stack:
            return self.current  # the common case, without Fraction arithmetic
        return sum((v for v, _ in self.stack), _ZERO) + self.current

    def _joiner_allowed(self, value: Fraction) -> bool:
        words = self.lang.numerals
        if words.joiner_after is None:
            return True
        if not self.has_current and self.stack:
            return "thousands" in words.joiner_after
        lw = self.last_word
        if self.seen_hundred and (lw is None or (lw % 100 == 0 and lw >= 100)):
            return "hundreds" in words.joiner_after
        if lw is not None and lw % 100 == 0 and lw >= 100:
            return "hundreds" in words.joiner_after
        return "tens" in words.joiner_after and (
            words.joined_units is None or value in words.joined_units
        )

    def push(self, value: Fraction, cat: str) -> bool:
        if cat == "join":
            if self.joined or self.after_digit or (not self.has_current and not self.stack):
                return False
            self.joined = True
            return True
        joined, self.joined = self.joined, False
        if joined and cat in ("word", "digit") and not self._joiner_allowed(value):
            return False
        if cat == "digit":
            return self._digit(value, joined)
        if cat == "hundred":
            if self.seen_hundred or self.seen_times:
                return False
            if joined and (self.has_current or not self._joiner_allowed(value)):
                return False  # "mil e cem" but not "vinte e cem"
            if self.after_digit:
                self.current *= value  # "322 hundred", "3 sute", "2.12 hundred"
            elif self.current >= 100 or self.current.denominator != 1:
                return False
            else:
                self.current = (self.current if self.has_current else _ONE) * value
            self.has_current, self.seen_hundred = True, True
            self.last_word, self.after_digit, self.pending = None, False, False
            return True
        if cat == "times":
            # "three dozen", "șapte zeci": multiplies the group below a hundred
            if self.seen_times or joined:
                return False
            sub = self.current % 100
            if sub:
                self.current += sub * (value - 1)
            else:
                self.current = (self.current if self.has_current else _ONE) * value
            self.last_word = sub * value if sub else None
            self.has_current, self.seen_times = True, True
            self.after_digit, self.pending = False, False
            return True
        if cat == "mult":
            if joined:
                return False
            group = self.current
            popped = False
            while self.stack and self.stack[-1][1] < value:
                group += self.stack.pop()[0]
                popped = True
            if self.stack and self.stack[-1][1] == value:
                return False
            if not self.has_current and not popped:
                if self.stack:
                    return False
                group = _ONE
            self.stack.append((group * value, value))
            self.current, self.has_current, self.last_word = _ZERO, False, None
            self.seen_hundred = self.seen_times = self.after_digit = self.pending = False
            return True
        return self._word(value, joined)

    def _digit(self, value: Fraction, joined: bool) -> bool:
        if self.after_digit:
            return False
        if self.has_current:
            # only the rest after a hundred: "3 hundred and 21", or a unit
            # joined to spelled tens: "treinta y 3" (not where units come
            # first: "dreißig und 3" is two figures)
            lw = self.last_word
            after_tens = (
                joined
                and not self.lang.ones_before_tens
                and lw is not None
                and lw % 10 == 0
                and 20 <= lw < 100
                and 0 < value < 10
                and value.denominator == 1
            )
            if not after_tens and not (
                self.seen_hundred
                and self.last_word is None
                and self.current % 100 == 0
                and 0 < value < 100
                and value.denominator == 1
            ):
                return False
            self.current += value
            self.after_digit = True
            return True
        if joined:
            return False
        self.current, self.has_current, self.after_digit = value, True, True
        # after a multiplier a bare figure needs its own scale ("4 thousand 3
        # hundred"), except below a thousand where the language writes "5 mil 300"
        self.pending = bool(self.stack) and not (
            self.lang.numerals.digits_after_thousand
            and self.stack[-1][1] == 1000
            and 0 < value < 1000
            and value.denominator == 1
        )
        return True

    def _word(self, value: Fraction, joined: bool) -> bool:
        if self.after_digit:
            return False
        if value.denominator != 1 and not self.has_current and self.stack:
            return False  # "vijf miljard en driekwart" is read as a mixed number
        lw = self.last_word
        if lw is not None:
            words = self.lang.numerals
            unit = 0 < value < 10 and value.denominator == 1
            tens_then_unit = lw % 10 == 0 and lw >= 20 and value < 10
            # "diez y seis" (joined_teens), "cero tres" (zero_before_units)
            teens = words.joined_teens and joined and lw == 10 and unit
            lead_zero = (
                words.zero_before_units
                and lw == 0
                and self.current == 0
                and not joined
                and not self.stack
                and unit
            )
            vigesimal = lw in (60, 80) and value < 20
            hundreds_then_rest = lw % 100 == 0 and lw >= 100 and value < 100
            unit_then_tens = (
                self.lang.ones_before_tens
                and joined
                and lw < 10
                and value % 10 == 0
                and value >= 20
            )
            if not (
                tens_then_unit
                or vigesimal
                or hundreds_then_rest
                or unit_then_tens
                or teens
                or lead_zero
            ):
                return False
        elif (self.has_current and self.current % 100 != 0) or (self.has_current and value >= 100):
            return False
        self.current += value
        self.has_current = True
        self.last_word = value
        return True


@dataclasses.dataclass(frozen=True)
class _Den:
    """A denominator word: "thirds" (3, plural), "quinto" (5), "avos" (a marker)."""

    value: int
    plural: bool | None = None
    unit_only: bool = False  # "first", "unième": only inside "twenty-first"
    marker: bool = False  # "avos": the cardinal before it is the denominator


@functools.lru_cache(maxsize=8192)
def _denominator(word: str, lang_code: str) -> _Den | None:
    lang = get_language(lang_code)
    words = lang.numerals
    if word in words.fraction_markers:
        return _Den(0, marker=True)
    if word in words.fractions:
        v = words.fractions[word]
        return _Den(v, plural=False, unit_only=v == 1)
    if word in words.fractions_plural:
        v = words.fractions_plural[word]
        return _Den(v, plural=True, unit_only=v == 1)
    for ending in words.fraction_endings:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 2:
            continue
        for vowel in words.fraction_stems:
            value = _word_total(stem + vowel, lang_code)
            if value is not None and value.denominator == 1 and value >= 1:
                return _Den(
                    int(value),
                    plural=ending in words.fraction_endings_plural,
                    unit_only=value < 3,
                )
    return None


@functools.lru_cache(maxsize=8192)
def _word_total(word: str, lang_code: str) -> Fraction | None:
    """The value of one word that is a whole cardinal ("venticinque", "dosmil")."""
    lang = get_language(lang_code)
    parts = _word_parts(word, lang_code)
    if not parts or any(c == "frac" for _, c in parts):
        return None
    state = _State(lang)
    for value, cat in parts:
        if not state.push(value, cat):
            return None
    return state.total()


@functools.lru_cache(maxsize=8192)
def _word_parts(word: str, lang_code: str) -> tuple[_Part, ...] | None:
    """The number pieces one word stands for, or None when it is not a number word."""
    lang = get_language(lang_code)
    words = lang.numerals
    if word in lang.words:
        return ((Fraction(lang.words[word]), "word"),)
    if word in words.fractional:
        return ((words.fractional[word], "word"),)
    if word in words.collectives:
        return ((Fraction(words.collectives[word]), "times"),)
    if word in lang.hundreds:
        return ((Fraction(lang.hundreds[word]), "hundred"),)
    if word in lang.multipliers:
        return ((Fraction(lang.multipliers[word]), "mult"),)
    if lang.compound and len(word) > 3:
        split = _split_compound(word, lang_code)
        if split:
            if split[-1][2] == "frac":
                value = _compound_fraction(split, lang)
                return None if value is None else ((value, "word"),)
            return tuple((v, c) for _, v, c in split)
    return None


def _compound_fraction(
    split: tuple[tuple[str, Fraction, str], ...], lang: LanguageData
) -> Fraction | None:
    """A glued mixed number or fraction: "zweieinhalb", "dreiviertel", "tweeënhalf"."""
    den = split[-1][1]
    body = [(v, c) for _, v, c in split[:-1]]
    if body[-1][1] == "join":
        whole, numerator = body[:-1], [(_ONE, "word")]  # "einundhalb", "tweeenhalf"
    elif len(body) >= 2 and body[-1] == (_ONE, "word"):
        whole, numerator = body[:-1], body[-1:]  # "zweieinhalb" = zwei + ein halb
    else:
        whole, numerator = [], body  # "dreiviertel"
    values = []
    for group in (whole, numerator):
        if not group:
            values.append(Fraction(0))
            continue
        state = _State(lang)
        if not all(state.push(v, c) for v, c in group):
            return None
        total = state.total()
        if total is None:
            return None
        values.append(total)
    return values[0] + values[1] / den


@functools.lru_cache(maxsize=64)
def _vocabulary(lang_code: str) -> frozenset[str]:
    lang = get_language(lang_code)
    words = lang.numerals
    return frozenset(
        {
            *lang.words,
            *lang.hundreds,
            *lang.multipliers,
            *words.collectives,
            *words.fractions,
            *words.fractions_plural,
            *words.fractional,
        }
    )


@functools.lru_cache(maxsize=64)
def _hyphen_heads(lang_code: str) -> frozenset[str]:
    """First words of the number words written with a hyphen ("quatre" of "quatre-vingt")
    or an apostrophe ("п" of Ukrainian "п'ять", which the word pattern splits)."""
    return frozenset(re.split("[-']", w)[0] for w in _vocabulary(lang_code) if "-" in w or "'" in w)


@functools.lru_cache(maxsize=64)
def _starters(lang_code: str) -> frozenset[str]:
    """Words that may open a number besides number words and denominators."""
    lang = get_language(lang_code)
    words = lang.numerals
    return frozenset(
        {
            *lang.articles,
            *words.signs,
            *words.decimal_words,
            *(phrase[0] for phrase in words.half_nouns),
        }
    )


@functools.lru_cache(maxsize=64)
def _reads_on(lang_code: str) -> frozenset[str] | None:
    """The words that a reading after a cardinal opens with, besides denominators
    (see :meth:`_Parser._digits_end`): the joiners of a mixed number ("and" of
    "3 and a half") and the first words of ratio and fraction connectors ("out"
    of "3 out of 4", "over"). None when the data lists a connector or half noun
    with no word, which the shortcut cannot tell from any word."""
    lang = get_language(lang_code)
    words = lang.numerals
    connectors = (*words.fraction_connectors, *words.ratio_connectors)
    if any(not c or not all(c) for c in connectors) or any(
        not all(phrase) for phrase in words.half_nouns
    ):
        return None
    return frozenset({*lang.joiners, *words.mixed_joiners, *(c[0] for c in connectors)})


class _Quiet(NamedTuple):
    """What tells, in running text, that a word which opens a number only as an
    opener ("la", "a", "die", "menos") opens none at a token (see
    :meth:`_Parser._opens_nothing`)."""

    openers: frozenset[str]  # the words that open a number only as articles, signs...
    follows: frozenset[str]  # a word after one of them that some reading goes on with
    precedes: frozenset[str]  # a word before one of them that makes it the numeral one
    ones: frozenset[str]  # the articles that are also the number word one ("un", "ein")
    ones_follow: frozenset[str]  # a word after one of those that some reading goes on with
    idle: frozenset[str]  # openers that open nothing in running text ("point", "virgule")


@functools.cache
def _place_prepositions(lang_code: str) -> frozenset[str]:
    """A language's one-word place prepositions ([frames] place_prepositions), folded:
    the words a token of the number parser is looked up in."""
    table = get_language(lang_code).raw.get("frames", {})
    words = table.get("place_prepositions", ()) if isinstance(table, dict) else ()
    return frozenset(fold(str(w)) for w in words if " " not in str(w))


@functools.lru_cache(maxsize=64)
def _quiet(lang_code: str) -> _Quiet | None:
    """Per language, the words that may open a number only as an article, a sign
    word, a decimal word or the first word of a half noun (:func:`_starters`),
    not being number words, denominators or morphemes themselves, and the words
    next to them that let such a word read as (part of) a number:

    * after it, what reads on from it without being a word that opens a
      number itself: "one_before" words ("un seul"), the first word of a
      ratio or fraction connector ("un sur trois") and the rest of a half
      noun ("la mitad");
    * before it, "one_after" words ("solo una", "minus one").

    The articles that are also the word for one ("un", "una", "ein", "een")
    open the same readings, and more when the article stands as the numeral:
    a mixed number ("uno e mezzo": a joiner after it), a decimal ("un virgule
    cinq": a decimal word, which opens a number itself), a ratio that names
    what it counts ("une personne sur trois": a ``ratio_nouns`` word after it)
    or a pronoun at the end of a clause ("ne ho visto uno."). Such an article is no morpheme
    where it stands ("een", "ein" glued into "eenentwintig", "einundzwanzig"
    are morphemes), since the grammar reads an article as an article first.

    An opener that is no article, sign word or first word of a half noun (a
    decimal word: "point", "virgule", "con") opens a number only in a
    whole-string parse ("point 77"), never in running text.

    None when a connector or half noun lists no word, which the test cannot
    tell from any word."""
    lang = get_language(lang_code)
    words = lang.numerals
    connectors = (*words.fraction_connectors, *words.ratio_connectors)
    if any(not c or not all(c) for c in connectors) or any(
        not phrase or not all(phrase) for phrase in words.half_nouns
    ):
        return None
    alone = {phrase[0] for phrase in words.half_nouns if len(phrase) == 1}
    openers = frozenset(
        w
        for w in _starters(lang_code)
        if w not in alone
        and w not in lang.morphemes
        and _word_parts(w, lang_code) is None
        and _denominator(w, lang_code) is None
    )
    follows = frozenset(
        {
            *words.one_before,
            *(c[0] for c in connectors),
            *(piece for phrase in words.half_nouns for piece in phrase[1:]),
        }
    )
    ones = frozenset(
        w
        for w in lang.articles
        if w in lang.words
        and w not in alone
        and w not in words.signs
        and _denominator(w, lang_code) is None
    )
    ones_follow = follows | frozenset({*lang.joiners, *words.mixed_joiners, *words.ratio_nouns})
    firsts = {phrase[0] for phrase in words.half_nouns}
    idle = frozenset(
        w for w in openers if w not in lang.articles and w not in words.signs and w not in firsts
    )
    return _Quiet(openers, follows, frozenset(words.one_after), ones, ones_follow, idle)


# --------------------------------------------------------------------------- #
# Tokens
# --------------------------------------------------------------------------- #


class _Toks(NamedTuple):
    """The tokens of a text, words (folded) and digit figures in order, as four
    parallel lists: where each starts and ends, its word ("" for a figure) and
    its figure (None for a word).

    Lists, not a tuple per token: a text has one token per word, and the
    grammar reads few of them (most words open no number; see
    :meth:`_Parser.scan`). The words and their starts come as lists from the
    text's token lists (:func:`crosscheck._phrases.word_runs`: one split of the
    text serves the phrase sets and the grammar), and a few C-level passes
    make the rest, where building a tuple per word was most of the cost of
    tokenising a text.
    """

    starts: list[int]
    ends: list[int]
    words: list[str]
    figs: list[_Fig | None]


def _tokens(text: str, folded: str, lang: LanguageData) -> _Toks:
    """Figures and words in order; number words written with hyphens or spaces
    ("quatre-vingt-dix", "dix sept") are kept whole when the data lists them."""
    figs = _figures(text, folded, lang)
    vocab = _vocabulary(lang.code)
    heads = _hyphen_heads(lang.code)
    joiners = () if lang.compound else lang.numerals.glue_joiners
    starts, words = word_runs(folded)
    ends = list(map(operator.add, starts, map(len, words)))
    if figs:
        starts, ends, words = _outside_figures(starts, ends, words, figs)
    if joiners:
        starts, ends, words = _unglued(starts, ends, words, vocab, tuple(joiners))
    if heads:
        starts, ends, words = _joined(folded, starts, ends, words, vocab, heads)
    return _with_figures(starts, ends, words, figs)


_Words = tuple[list[int], list[int], list[str]]


def _joined(
    folded: str,
    starts: list[int],
    ends: list[int],
    words: list[str],
    vocab: frozenset[str],
    heads: frozenset[str],
) -> _Words:
    """The words with each number word written in two or three pieces ("quatre-vingt",
    "dix sept", "дев'ять") made one word, where the data lists it whole.

    Only a head word may open a number word in pieces (see :func:`_hyphen_heads`):
    the heads are picked out of the words by C-level passes (a text has a few
    among hundreds of words), and the lists are rebuilt only when some number
    word was joined."""
    n = len(words)
    joins: list[tuple[int, int, str]] = []  # (first word, pieces, the word they make)
    i = 0  # the first word not read yet
    for h in itertools.compress(range(n), map(heads.__contains__, words)):
        if h < i:
            continue  # a piece of the number word read last
        i = h
        for size in (3, 2):
            if i + size > n:
                continue
            if all(
                folded[ends[k] : starts[k + 1]] in ("-", " ", "'") for k in range(i, i + size - 1)
            ):
                joined = "-".join(words[i : i + size])
                if joined not in vocab:
                    joined = folded[starts[i] : ends[i + size - 1]]  # "дев'ять" as written
                if joined in vocab:
                    joins.append((i, size, joined))
                    i += size
                    break
        else:
            i += 1
    if not joins:
        return starts, ends, words
    new_starts: list[int] = []
    new_ends: list[int] = []
    new_words: list[str] = []
    done = 0  # the first word not copied yet
    for first, size, joined in joins:
        new_starts += starts[done : first + 1]
        new_ends += ends[done:first]
        new_ends.append(ends[first + size - 1])
        new_words += words[done:first]
        new_words.append(joined)
        done = first + size
    new_starts += starts[done:]
    new_ends += ends[done:]
    new_words += words[done:]
    return new_starts, new_ends, new_words


def _unglued(
    starts: list[int],
    ends: list[int],
    words: list[str],
    vocab: frozenset[str],
    joiners: tuple[str, ...],
) -> _Words:
    """The words with each word that glues a joiner to a number word split in two:
    Arabic glues "و" (and) to the number word after it ("وعشرون" is "و" + "عشرون").

    A word is split on the first joiner (in the data's order) it starts with whose
    rest is a number word, unless it is a number word itself. Only the words that
    start with some joiner are looked at, picked out by C-level passes."""
    new_starts: list[int] = []
    new_ends: list[int] = []
    new_words: list[str] = []
    done = 0  # the first word not copied yet
    starting = map(str.startswith, words, itertools.repeat(joiners))
    for k in itertools.compress(range(len(words)), starting):
        word = words[k]
        if word in vocab:
            continue
        glue = next((g for g in joiners if word[len(g) :] in vocab and word.startswith(g)), None)
        if not glue:
            continue  # (an empty joiner splits nothing off)
        begin = starts[k]
        new_starts += starts[done:k]
        new_starts += (begin, begin + len(glue))
        new_ends += ends[done:k]
        new_ends += (begin + len(glue), ends[k])
        new_words += words[done:k]
        new_words += (glue, word[len(glue) :])
        done = k + 1
    if not done:
        return starts, ends, words
    new_starts += starts[done:]
    new_ends += ends[done:]
    new_words += words[done:]
    return new_starts, new_ends, new_words


@functools.lru_cache(maxsize=32)
def _stops_figures(lang: LanguageData) -> dict[str, bool]:
    """Per language data (which hashes by identity): whether a word after plain
    digits continues no reading of them (:meth:`_Parser._stops_figure`), as asked."""
    return {}


def _outside_figures(
    starts: list[int], ends: list[int], words: list[str], figs: list[_Fig]
) -> _Words:
    """The words (in order) without those a figure takes ("bn" of "5bn").

    A word is left out when it overlaps the first figure that ends after it
    starts (the figures are in order of their start). Such words are found per
    figure, with a bisection over the words' starts, not word by word: the
    words whose first later-ending figure is figure ``k`` start at or after
    every earlier figure's end and before figure ``k``'s end.
    """
    keep: list[bool] | None = None
    reach = 0  # the furthest end of the figures before figure k
    for fig in figs:
        if fig.end > reach:
            first = bisect.bisect_left(starts, reach)
            last = bisect.bisect_left(starts, fig.end, first)
            for i in range(first, last):
                if ends[i] > fig.start:
                    if keep is None:
                        keep = [True] * len(starts)
                    keep[i] = False
            reach = fig.end
    if keep is None:
        return starts, ends, words
    return (
        list(itertools.compress(starts, keep)),
        list(itertools.compress(ends, keep)),
        list(itertools.compress(words, keep)),
    )


def _with_figures(starts: list[int], ends: list[int], words: list[str], figs: list[_Fig]) -> _Toks:
    """The tokens: the words, and the figures put among them by their starts (a
    figure after the words that start where it does, as a stable sort puts it)."""
    if not figs:
        return _Toks(starts, ends, words, [None] * len(words))
    if any(a.start > b.start for a, b in itertools.pairwise(figs)):
        figs = sorted(figs, key=_fig_start)
    if len(figs) <= _FEW_FIGURES:
        # a few figures, as most texts have: each inserted where it goes (the
        # last first, so that the places found before stay right)
        places = [bisect.bisect_right(starts, fig.start) for fig in figs]
        starts, ends, words = starts[:], ends[:], words[:]
        tok_figs: list[_Fig | None] = [None] * len(words)
        for k, fig in zip(reversed(places), reversed(figs), strict=True):
            starts.insert(k, fig.start)
            ends.insert(k, fig.end)
            words.insert(k, "")
            tok_figs.insert(k, fig)
        return _Toks(starts, ends, words, tok_figs)
    new_starts: list[int] = []
    new_ends: list[int] = []
    new_words: list[str] = []
    new_figs: list[_Fig | None] = []
    done = 0  # the first word not copied yet
    for fig in figs:
        k = bisect.bisect_right(starts, fig.start, done)
        new_starts += starts[done:k]
        new_starts.append(fig.start)
        new_ends += ends[done:k]
        new_ends.append(fig.end)
        new_words += words[done:k]
        new_words.append("")
        new_figs += [None] * (k - done)
        new_figs.append(fig)
        done = k
    new_starts += starts[done:]
    new_ends += ends[done:]
    new_words += words[done:]
    new_figs += [None] * (len(words) - done)
    return _Toks(new_starts, new_ends, new_words, new_figs)


#: Up to how many figures :func:`_with_figures` inserts each one into the lists (each
#: insertion moves the words after it: linear work only while the figures are few).
_FEW_FIGURES = 32

# A figure's start, as the sort key of figures (a C-level getter: _Fig is a tuple).
_fig_start = operator.itemgetter(0)


# --------------------------------------------------------------------------- #
# The grammar
# --------------------------------------------------------------------------- #


class _Hit(NamedTuple):
    """A number read from tokens ``[first, stop)`` (a named tuple: see :class:`_Fig`)."""

    first: int
    stop: int
    value: Fraction
    scale: int = 1
    fraction: bool = False
    article: bool = False  # a lone article
    bare_scale: bool = False
    # the multiplier a fraction took ("two thirds of a million"), which a whole
    # before it then does not lend it ("one billion and a half million")
    trailing_mult: Fraction | None = None
    close: int | None = None  # the end of "(45)" after "forty-five (45)"


class _Step(NamedTuple):
    """A prefix of a cardinal: tokens ``[first, stop)`` and what they add up to
    (a named tuple: see :class:`_Fig`)."""

    stop: int
    value: Fraction
    parts: tuple[_Part, ...]


# Whether a word may open a number, per language code: a word-by-word test that
# ``can_start`` runs on every word of every text.
_START_MEMO: dict[str, dict[str, bool]] = {}
# A bound on the words such a memo remembers (a hostile vocabulary never grows it further).
_START_MEMO_MAX = 100_000


class _Parser:
    """Reads the numbers in one text (see the module docstring for the grammar)."""

    def __init__(self, text: str, folded: str, lang: LanguageData, *, full: bool) -> None:
        self.text = text
        self.folded = folded
        self.lang = lang
        self.words = lang.numerals
        self.full = full
        self.tok_start, self.tok_end, self.tok_word, self.tok_fig = _tokens(text, folded, lang)
        self.n = len(self.tok_start)

    # -- token helpers ------------------------------------------------------ #

    def word(self, i: int) -> str:
        return self.tok_word[i] if 0 <= i < self.n else ""

    def fig(self, i: int) -> _Fig | None:
        return self.tok_fig[i] if 0 <= i < self.n else None

    def gap(self, i: int) -> str:
        """What stands between token ``i - 1`` and token ``i``."""
        if i <= 0 or i >= self.n:
            return ""
        return self.folded[self.tok_end[i - 1] : self.tok_start[i]]

    def joinable(self, i: int) -> bool:
        """Token ``i`` may continue the number token ``i - 1`` belongs to."""
        if i <= 0 or i >= self.n:
            return False
        gap = self.folded[self.tok_end[i - 1] : self.tok_start[i]]
        if gap == " ":
            return True  # most tokens stand one space apart
        if "\n" in gap or len(gap) > 4:
            return False
        stripped = gap.strip()
        if stripped == "":
            return True
        return stripped == "-" and bool(self.word(i - 1)) and bool(self.word(i))

    def is_article(self, i: int) -> bool:
        w = self.word(i)
        if not w or w not in self.lang.articles:
            return False
        original = self.text[self.tok_start[i] : self.tok_end[i]].lower()
        return original not in self.lang.accented_words

    def parts(self, i: int, *, inside: bool = False) -> tuple[_Part, ...] | None:
        """What token ``i`` adds to a cardinal; an article only ``inside`` one
        ("vingt et un", "cent un"), never at its start."""
        if not 0 <= i < self.n:
            return None
        fig = self.tok_fig[i]
        if fig is not None:
            if fig.fraction:
                return None
            own: tuple[_Part, ...] = ((fig.value, "digit"),)
            if fig.scale != 1:
                own += ((Fraction(fig.scale), "mult"),)
            return own
        word = self.tok_word[i]
        if self.is_article(i) and not (inside and word in self.lang.words):
            return None
        if word in self.lang.morphemes and self.folded.startswith("'", self.tok_end[i]):
            # an elided tens word: "settant'anni", "vent'anni"
            return ((Fraction(self.lang.morphemes[word]), "word"),)
        return _word_parts(word, self.lang.code)

    def den(self, i: int) -> _Den | None:
        w = self.word(i)
        return _denominator(w, self.lang.code) if w else None

    def at_clause_end(self, i: int) -> bool:
        """Nothing but punctuation between token ``i - 1`` and the end of its sentence."""
        pos = _skip_blanks(self.folded, self.tok_end[i - 1])
        return pos >= len(self.folded) or self.folded[pos] in ".,;:!?)\n\"'»”"

    # -- cardinals ---------------------------------------------------------- #

    def cardinal(self, i: int, *, article_ok: bool = True) -> list[_Step]:
        """Every prefix of the longest cardinal starting at token ``i`` that is a number."""
        state = _State(self.lang)
        steps: list[_Step] = []
        seq: list[_Part] = []
        coin = -1  # "50 cents": a figure and a coin word, unless more follows
        j = i
        if self.is_article(i):
            nxt = self.parts(i + 1) if self.joinable(i + 1) else None
            scales = (
                ("hundred", "mult", "times")
                if self.words.article_before_hundreds
                else ("mult", "times")
            )
            if not (article_ok and nxt and nxt[0][1] in scales):
                return []
            state.push(_ONE, "word")
            seq.append((_ONE, "word"))
            j = i + 1
        while j < self.n:
            if j > i and not self.joinable(j):
                break
            w = self.word(j)
            if seq and w and (w in self.lang.joiners) and self.joinable(j + 1):
                nxt = self.parts(j + 1, inside=True)
                trial = state.copy()
                if nxt and trial.push(_ZERO, "join") and all(trial.push(*p) for p in nxt):
                    state = trial
                    seq += [(_ZERO, "join"), *nxt]
                    j += 2
                    self._record(steps, state, j, seq)
                    continue
                break
            if seq and w and w in self.lang.noun_links and self.joinable(j + 1):
                nxt = self.parts(j + 1)
                trial = state.copy()
                if nxt and nxt[0][1] == "mult" and all(trial.push(*p) for p in nxt):
                    state = trial
                    seq += nxt
                    j += 2
                    self._record(steps, state, j, seq)
                    continue
                break
            p = self.parts(j, inside=bool(seq))
            if p is None:
                break
            trial = state.copy()
            if not all(trial.push(*x) for x in p):
                if p[0][1] in ("hundred", "mult") and self.word(j - 2) in self.lang.joiners:
                    # "3 hundred and 2 hundred": the figure after "and" opens
                    # the next number, it does not end this one
                    steps[:] = [s for s in steps if s.stop <= j - 2]
                break
            if (
                p[0][1] == "hundred"
                and self.word(j) in self.words.coin_hundreds
                and len(seq) == 1
                and seq[-1][1] == "digit"
                and seq[-1][0] < 100
            ):
                coin = j
            state = trial
            seq += p
            j += 1
            self._record(steps, state, j, seq)
        if coin >= 0:
            steps[:] = [s for s in steps if s.stop != coin + 1]
        return steps

    @staticmethod
    def _record(steps: list[_Step], state: _State, stop: int, seq: list[_Part]) -> None:
        total = state.total()
        if total is not None:
            steps.append(_Step(stop, total, tuple(seq)))

    # -- numbers ------------------------------------------------------------ #

    def can_start(self, i: int) -> bool:
        """Token ``i`` may open a number (a quick test before the grammar runs)."""
        if self.tok_fig[i] is not None:
            return True
        memo = _START_MEMO.setdefault(self.lang.code, {})
        w = self.tok_word[i]
        hit = memo.get(w)
        if hit is None:
            code = self.lang.code
            hit = memo[w] = (
                w in _starters(code)
                or _word_parts(w, code) is not None
                or _denominator(w, code) is not None
                or w in self.lang.morphemes
            )
            if len(memo) > 100_000:  # bound the memo on hostile vocabularies
                memo.clear()
        return hit

    def parse_at(self, i: int) -> _Hit | None:
        """The longest number starting at token ``i``, with its sign."""
        w = self.word(i)
        negative = False
        start = i
        if w in self.words.signs and self.joinable(i + 1) and not self._in_qualifier(i):
            inner = self.core(i + 1, signed=True)
            if inner is None:
                return None
            negative = True
            hit = inner._replace(first=start, article=False)
        else:
            found = self.core(i)
            if found is None:
                return None
            hit = found
        if self.word(hit.stop) in self.words.signs_after and self.joinable(hit.stop):
            negative = not negative
            hit = hit._replace(stop=hit.stop + 1)
        if negative:
            hit = hit._replace(value=-hit.value)
        return self._restated(hit)

    def _in_qualifier(self, i: int) -> bool:
        """A sign word that ends a qualifier ("pelo menos 5", "au moins 5") is not a sign."""
        m = self.lang.qualifiers.match_before(self.folded, self.tok_start[i + 1])
        return m is not None and m.start <= self.tok_start[i]

    def _restated(self, hit: _Hit) -> _Hit:
        """ "forty-five (45)": a figure repeated in brackets is one number."""
        k = hit.stop
        if k >= self.n or self.gap(k).strip() != "(":
            return hit
        inner = self.core(k)
        if inner is None or inner.value != abs(hit.value) or inner.stop > self.n:
            return hit
        if (self.fig(k) is None) == (
            self.fig(hit.first) is None and self.fig(hit.stop - 1) is None
        ):
            return hit  # "$ 1.234 (1234,00)" gives a figure twice, in two formats
        after = _skip_blanks(self.folded, self.tok_end[inner.stop - 1])
        if not self.folded.startswith(")", after):
            return hit
        return hit._replace(stop=inner.stop, close=after + 1)

    def core(self, i: int, *, signed: bool = False) -> _Hit | None:
        """The longest unsigned number at token ``i``: every reading is tried
        (cardinal, fraction, mixed number, decimal, ratio…) and the one that
        reads furthest wins. ``signed``: a sign word stands before it."""
        cands: list[_Hit] = []
        steps = self.cardinal(i)
        if steps:
            last = steps[-1]
            plain = self._plain(i, last)
            if self._digits_end(i, last.stop):
                return plain  # the other readings below find nothing after digits
            cands.append(plain)
            cands.extend(self._after_cardinal(i, steps))
        fig = self.fig(i)
        if fig is not None and fig.fraction:
            cands.append(_Hit(i, i + 1, fig.value, fraction=True))
        cands.extend(self._leading_fraction(i))
        if self.is_article(i) and not steps:
            cands.extend(self._article_alone(i, signed=signed))
            one = _Step(i + 1, _ONE, ((_ONE, "word"),))
            # "un sur trois", "een op de drie": the article is the numerator
            cands.extend(self._over(i, one))
            if self.word(i) in self.lang.words:
                # "uno e mezzo", "un virgule cinq": an article that is also the numeral
                cands.extend(self._mixed_tail(i, one))
                cands.extend(self._decimal(i, one))
        cands.extend(self._half_noun(i))
        if self.full:
            cands.extend(self._spoken_groups(i, steps))
        if self.full and self.word(i) in self.words.decimal_words:
            # "point 77"
            cands.extend(
                self._decimal(i, _Step(i, Fraction(0), ((Fraction(0), "word"),)), lead=True)
            )
        if not cands:
            return None
        return max(cands, key=lambda h: h.stop)

    def _digits_end(self, i: int, k: int) -> bool:
        """Whether the cardinal read from the figure at token ``i`` up to token ``k``
        is all :meth:`core` can read there, in running text: most figures are
        digits and a noun ("150 people"), where the readings that go on after a
        cardinal (a fraction, a mixed number, a decimal, a ratio) each need a
        word at ``k`` that they start with, and those that start at ``i`` (a
        fraction or half noun) a word at ``i``. So when token ``k`` is no such
        word (see :func:`_reads_on`), the plain cardinal is the reading, and
        they are not tried one by one."""
        if self.full:
            return False
        fig = self.tok_fig[i]
        if fig is None or fig.fraction:
            return False
        if k >= self.n:
            return True
        if not self.joinable(k):
            return self.gap(k).strip() != "/"  # "3/4" written apart may be a fraction
        word = self.tok_word[k]
        if not word:
            return False  # a figure after a figure: "2 1/4"
        reads_on = _reads_on(self.lang.code)
        return (
            reads_on is not None
            and word not in reads_on
            and _denominator(word, self.lang.code) is None
        )

    def _half_noun(self, i: int) -> list[_Hit]:
        """ "more than half", "plus de la moitié": a half after a qualifier."""
        for phrase in self.words.half_nouns:
            j = i
            for piece in phrase:
                if self.word(j) != piece or (j > i and not self.joinable(j)):
                    break
                j += 1
            else:
                before = self.lang.qualifiers.match_before(
                    self.folded, self.tok_start[i], window=30
                )
                # "la mitad de la clase": with its article and "of", the noun
                # is a share ("the second half" has an ordinal in between)
                share = (
                    len(phrase) > 1 and self.joinable(j) and self.word(j) in self.words.partitives
                )
                if before is not None or share:
                    return [_Hit(i, j, Fraction(1, 2), fraction=True)]
        return []

    def _spoken_groups(self, i: int, steps: list[_Step]) -> list[_Hit]:
        """Whole-string forms that read a number in pieces: "one twenty two"
        (1 22, as flight numbers are said) and "douăzeci 3" (20 and 3)."""
        if not steps or steps[-1].stop >= self.n or not self.joinable(steps[-1].stop):
            return []
        head = steps[-1]
        k = head.stop
        fig = self.fig(k)
        if fig is not None:
            if (
                k == self.n - 1
                and head.value % 10 == 0
                and 20 <= head.value < 100
                and fig.raw.isdigit()
                and 0 < fig.value < 10
            ):
                return [_Hit(i, self.n, head.value + fig.value)]
            return []
        tail = self.cardinal(k)
        if (
            head.value < 10
            and len(head.parts) == 1
            and tail
            and tail[-1].stop == self.n
            and 10 <= tail[-1].value < 100
        ):
            return [_Hit(i, self.n, head.value * 100 + tail[-1].value)]
        return []

    def _plain(self, i: int, step: _Step) -> _Hit:
        scale = _ONE
        mults = [v for v, c in step.parts if c == "mult"]
        if mults:
            scale = mults[-1]
        bare = len(step.parts) == 1 and step.parts[0][1] in ("hundred", "mult", "times")
        return _Hit(i, step.stop, step.value, scale=int(scale), bare_scale=bare)

    def _article_alone(self, i: int, *, signed: bool) -> list[_Hit]:
        """An article that is the numeral one: "minus one" ("min een"), "solo una
        vaca", "un seul", a pronoun at the end of a clause ("ne ho visto uno."),
        or a lone article in a whole-string parse."""
        w = self.word(i)
        before = self.word(i - 1) if self.joinable(i) else ""
        after = self.word(i + 1) if self.joinable(i + 1) else ""
        listed = self.gap(i).strip() == "/"  # "un/une": word forms, not a count
        numeral = (
            signed
            or before in self.words.one_after
            or (after in self.words.one_before and not self._unnamed_place(i + 1))
            or (w in self.lang.words and self.at_clause_end(i + 1) and not listed)
        )
        if numeral:
            return [_Hit(i, i + 1, _ONE)]
        if self.full:
            return [_Hit(i, i + 1, _ONE, article=True)]
        return []

    def _unnamed_place(self, k: int) -> bool:
        """Token ``k`` is a place preposition of the language and no name follows it.

        "una en Cuenca", "uma no Porto", "uno in Veneto": the pronoun one of a
        place; "una en la que murieron", "uma na qual", "uno in più", "uno in
        particolare" hold no place, and "one" there is no count. An article may
        stand between ("en la Comunidad"). A preposition that is also a
        partitive ("unul din răniți") is left alone: one of a group.
        """
        prepositions = _place_prepositions(self.lang.code)
        if self.word(k) not in prepositions or self.word(k) in self.words.partitives:
            return False  # "unul din răniți": a partitive, of the injured, not a place
        j = k + 2 if self.word(k + 1) in self.lang.determiners else k + 1
        if j >= self.n or not self.joinable(k + 1):
            return True
        return not self.text[self.tok_start[j] : self.tok_start[j] + 1].isupper()

    # -- what may follow a cardinal ----------------------------------------- #

    def _after_cardinal(self, i: int, steps: list[_Step]) -> list[_Hit]:
        last = steps[-1]
        k = last.stop
        out: list[_Hit] = []
        whole = last.value
        out.extend(self._fractions(i, steps))
        out.extend(self._mixed_tail(i, last))
        # "2 1/4", "- 1 4/5"
        fig = self.fig(k)
        if (
            fig is not None
            and fig.fraction
            and fig.value > 0
            and fig.value < 1
            and self.joinable(k)
            and self.fig(k - 1) is not None
            and last.stop == i + 1
        ):
            out.append(
                _Hit(
                    i, k + 1, whole + fig.value if whole >= 0 else whole - fig.value, fraction=True
                )
            )
        out.extend(self._decimal(i, last))
        out.extend(self._over(i, last))
        return out

    def _mixed_tail(self, i: int, whole: _Step) -> list[_Hit]:
        """ "3 millions et demi", "one and a half", "2 e 1/4", "cinco con un cuarto"."""
        k = whole.stop
        jw = self.word(k)
        if not (
            jw
            and (jw in self.lang.joiners or jw in self.words.mixed_joiners)
            and self.joinable(k)
            and self.joinable(k + 1)
        ):
            return []
        return [self._mixed(i, whole, part) for part in self._fraction_phrase(k + 1)]

    def _mixed(self, i: int, whole: _Step, part: _Hit) -> _Hit:
        """A whole and its fraction: "3 millions et demi", "five and a half million".

        The fraction counts in the unit of the whole's last multiplier or
        counting noun ("3 million and a half" is 3.5 million, "a dozen and a
        half" 18), unless it has its own ("one billion and a half million"); a
        multiplier after a whole that has none takes the whole number ("five
        and a half million").
        """
        trailing = whole.parts[-1][0] if whole.parts[-1][1] in ("mult", "times") else None
        sign = -1 if whole.value < 0 else 1  # "-1 e 4/5" is -1.8
        own = part.trailing_mult
        if own is not None and trailing is not None:
            value, scale = whole.value + sign * part.value, own
        elif own is not None:
            value, scale = (whole.value + sign * part.value / own) * own, own
        elif trailing is not None:
            value, scale = whole.value + sign * part.value * trailing, trailing
        else:
            value, scale = whole.value + sign * part.value, _ONE
            mult = self._following_mult(part.stop)
            if mult is not None:
                return _Hit(i, mult[1], value * mult[0], scale=int(mult[0]), fraction=True)
        return _Hit(i, part.stop, value, scale=int(scale), fraction=True)

    def _following_mult(self, k: int) -> tuple[Fraction, int] | None:
        """A multiplier right after a fraction or decimal: "two point two million",
        "two thirds of a million", "half a dozen"."""
        j = k
        if not self.joinable(j):
            return None
        if self.word(j) in self.words.partitives or self.word(j) in self.lang.noun_links:
            if not self.joinable(j + 1):
                return None
            j += 1
        if self.is_article(j) and self.joinable(j + 1):
            j += 1
        p = self.parts(j) if self.word(j) else None
        if p and len(p) == 1 and p[0][1] in ("mult", "times", "hundred"):
            return p[0][0], j + 1
        return None

    # -- fractions ---------------------------------------------------------- #

    def _agrees(self, numerator: Fraction, den: _Den) -> bool:
        if not self.words.fraction_agreement or den.plural is None or den.marker:
            return True
        return (numerator == 1) != den.plural

    def _fractions(self, i: int, steps: list[_Step]) -> list[_Hit]:
        """A cardinal that is a numerator: "two thirds", "one hundred thirty fifths"."""
        last = steps[-1]
        k = last.stop
        out: list[_Hit] = []
        numerator_ok = last.value > 0 and last.value.denominator == 1
        # "3 quarters" in running text is more often three periods of a year
        digits_first = self.fig(i) is not None and not self.full
        den = self.den(k) if self.joinable(k) or self.gap(k).strip() == "/" else None
        if den is not None and not den.marker and numerator_ok and not den.unit_only:
            mixed = self._mixed_reading(i, steps, den)
            if mixed is not None:
                return [mixed]  # "3 million and a half", "one hundred and three quarters"
        if digits_first:
            return out
        if den is not None and not den.marker and numerator_ok:
            split = self._tens_split(i, steps, den)
            if split is not None:
                out.extend(split)
            elif not den.unit_only and self._agrees(last.value, den):
                out.append(self._scaled(i, last.value / den.value, k + 1))
        # "three twenty-firsts", "tres dois milésimos", "um vinte e um avos"
        if numerator_ok and self.joinable(k):
            for d_value, stop in self._den_phrase(k):
                if d_value > 0:
                    out.append(self._scaled(i, last.value / d_value, stop))
        return out

    def _hyphen_binds(self, k: int) -> bool:
        """ "twenty-fifth": a hyphen makes the tens part of the ordinal."""
        return self.gap(k).strip() == "-"

    def _tens_split(self, i: int, steps: list[_Step], den: _Den) -> list[_Hit] | None:
        """ "one hundred thirty fifths" is 100/35: the tens word joins the ordinal."""
        last = steps[-1]
        k = last.stop
        tens_tok = k - 1
        tp = self.parts(tens_tok)
        if not (
            tp
            and len(tp) == 1
            and tp[0][1] == "word"
            and tp[0][0] % 10 == 0
            and 20 <= tp[0][0] < 100
            and den.value < 10
        ):
            return None
        hyphen = self._hyphen_binds(k)
        before = [s for s in steps if s.stop == tens_tok]
        joined_before = self.word(tens_tok - 1) in self.lang.joiners
        if not hyphen and (not before or joined_before or not self.words.ordinal_after_tens):
            return None
        if not before:
            return []  # "twenty-fifth": an ordinal, no numerator
        numerator = before[-1].value
        d = _Den(int(tp[0][0]) + den.value, plural=den.plural)
        if numerator <= 0 or not self._agrees(numerator, d):
            return []
        return [self._scaled(i, numerator / d.value, k + 1)]

    def _mixed_reading(self, i: int, steps: list[_Step], den: _Den) -> _Hit | None:
        """ "one hundred and three quarters" is 100¾ and "two hundred and fifty-four
        hundredths" 200.54: after the joiner that separates a whole from its
        fraction, a unit, or a number of tenths, hundredths…, is the numerator."""
        last = steps[-1]
        k = last.stop
        for whole in reversed(steps[:-1]):
            j = whole.stop
            if self.word(j) not in self.words.mixed_joiners or not self.joinable(j + 1):
                continue
            if j + 2 == k and self.is_article(j + 1) and self.word(j + 1) in self.lang.words:
                numerator = _ONE  # "3 miljoen en een half", "vingt et un cinquième"
            else:
                tail = [s for s in self.cardinal(j + 1, article_ok=False) if s.stop == k]
                if not tail:
                    return None
                numerator = tail[-1].value
            decimal = den.value >= 10 and _power_of_ten(den.value) and numerator < den.value
            if numerator.denominator != 1 or not (numerator < 10 or decimal):
                return None
            if numerator <= 0 or not self._agrees(numerator, den):
                return None
            part = self._scaled(j + 1, numerator / den.value, k + 1)
            return self._mixed(i, whole, part)
        return None

    def _scaled(self, i: int, value: Fraction, stop: int) -> _Hit:
        """A fraction, times the multiplier that may follow it ("two thirds of a million")."""
        mult = self._following_mult(stop)
        if mult is not None:
            return _Hit(
                i,
                mult[1],
                value * mult[0],
                scale=int(mult[0]),
                fraction=True,
                trailing_mult=mult[0],
            )
        return _Hit(i, stop, value, fraction=True)

    def _den_phrase(self, k: int) -> list[tuple[Fraction, int]]:
        """Denominators written with a cardinal before the ordinal word.

        "twenty-first" (20 + 1), "one hundred fifth" (100 + 5), "vingt et
        unième" (20 + 1), "dois milésimos" (2 × 1000), "vinte e um avos" (21).
        Returns (denominator, token after it) pairs.
        """
        if self.is_article(k) or self.fig(k) is not None:
            return []
        out: list[tuple[Fraction, int]] = []
        for step in reversed(self.cardinal(k, article_ok=False)):
            e = step.stop
            j = e
            if self.word(j) in self.lang.joiners and self.joinable(j + 1):
                j += 1  # "vingt et unième"
            if not self.joinable(j):
                continue
            d = self.den(j)
            if d is None:
                continue
            p = step.value
            if d.marker:
                value = p
            elif d.value >= 100 and _power_of_ten(d.value):
                value = p * d.value
            elif (d.value < 10 and p % 10 == 0 and p >= 20 and p % 100 != 0) or (
                d.value < 100 and p % 100 == 0 and p >= 100
            ):
                value = p + d.value
            else:
                continue
            out.append((value, j + 1))
            break
        return out

    def _fraction_phrase(self, k: int) -> list[_Hit]:
        """A fraction that stands after "and": "a half", "demi", "two thirds", "1/4"."""
        out: list[_Hit] = []
        fig = self.fig(k)
        if fig is not None and fig.fraction and 0 < fig.value < 1:
            return [_Hit(k, k + 1, fig.value, fraction=True)]
        d = self.den(k)
        if d is not None and not d.unit_only and not d.marker and d.value == 2:
            out.append(self._scaled(k, Fraction(1, 2), k + 1))  # "et demi", "e mezzo"
        if self.is_article(k) and self.joinable(k + 1):
            d = self.den(k + 1)
            if d is not None and not d.unit_only and not d.marker and self._agrees(_ONE, d):
                out.append(self._scaled(k, Fraction(1, d.value), k + 2))
        p = self.parts(k)
        if p and len(p) == 1 and p[0][1] == "word" and p[0][0].denominator != 1:
            out.append(self._scaled(k, p[0][0], k + 1))  # "en driekwart"
        steps = self.cardinal(k, article_ok=False)
        if steps and self.fig(k) is None:
            out.extend(self._fractions(k, steps))
            # "twenty and three and three fifths": the fraction has its own whole
            if steps[-1].value < 10:
                out.extend(self._mixed_tail(k, steps[-1]))
        elif self.is_article(k) and self.word(k) in self.lang.words:
            # "once con uno y medio": an article that is the numeral one
            out.extend(self._mixed_tail(k, _Step(k + 1, _ONE, ((_ONE, "word"),))))
        return out

    def _leading_fraction(self, i: int) -> list[_Hit]:
        """A fraction with no numeral before it: "half a million", "a quarter",
        "un demi-million", "mezza dozzina", "een half brood", "a twenty-first"."""
        out: list[_Hit] = []
        k = i
        article = self.is_article(i)
        if article:
            if not self.joinable(i + 1):
                return out
            k = i + 1
            # "a twenty-first", "une vingt et unième", "um vinte e um avos"
            for d_value, stop in self._den_phrase(k):
                if d_value > 1 and self._article_fraction_ok(stop, int(d_value), ""):
                    out.append(_Hit(i, stop, 1 / d_value, fraction=True))
        d = self.den(k)
        if d is None or d.unit_only or d.marker or not self._agrees(_ONE, d):
            return out
        value = Fraction(1, d.value)
        mult = self._following_mult(k + 1)
        if mult is not None:
            out.append(
                _Hit(
                    i,
                    mult[1],
                    value * mult[0],
                    scale=int(mult[0]),
                    fraction=True,
                    trailing_mult=mult[0],
                )
            )
        if article:
            if self._article_fraction_ok(k + 1, d.value, self.word(k)):
                out.append(_Hit(i, k + 1, value, fraction=True))
        elif d.value == 2 and self._whole_text(i, k + 1):
            out.append(_Hit(i, k + 1, value, fraction=True))  # "demi"
        return out

    def _whole_text(self, first: int, stop: int) -> bool:
        """Tokens ``[first, stop)`` are all the text holds, but for punctuation."""
        if stop < self.n:
            return False
        before = self.folded[: self.tok_start[first]]
        after = self.folded[self.tok_end[stop - 1] :]
        return not any(c.isalnum() for c in before + after)

    def _article_fraction_ok(self, nxt: int, den: int, word: str) -> bool:
        """ "a third" is a fraction when nothing follows it, when "of" does, or
        when the language puts such fractions before nouns ("een half brood");
        "a third term" is an ordinal."""
        if self.full or nxt >= self.n or self.at_clause_end(nxt):
            return True
        if self.lang.percent.match_at(self.folded, self.tok_start[nxt], self.text) is not None:
            return True
        if word in self.words.attributive_fractions:
            return True
        return (
            den >= 3
            and self.joinable(nxt)
            and (self.word(nxt) in self.words.partitives or self.word(nxt) in self.lang.noun_links)
        )

    # -- decimals and ratios ------------------------------------------------ #

    def _decimal(self, i: int, whole: _Step, *, lead: bool = False) -> list[_Hit]:
        """ "two point two million", "dos coma cinco", "nine point nought four"."""
        k = whole.stop
        if (
            self.word(k) not in self.words.decimal_words
            or not (lead or self.joinable(k))
            or whole.value < 0
            or whole.value.denominator != 1
            or whole.parts[-1][1] == "mult"
        ):
            return []
        if self.fig(i) is not None and not self.full:
            return []  # "2 point 5": digits and words mix only in a whole-string parse
        digits = ""
        j = k + 1
        scale: Fraction | None = None
        while j < self.n and self.joinable(j):
            fig = self.fig(j)
            if fig is not None:
                if not self.full or not fig.raw.isdigit():
                    break
                digits += fig.raw
                j += 1
                continue
            steps = self.cardinal(j, article_ok=False)
            if not steps:
                break
            step = steps[-1]
            if step.parts[0][0] == 0 and len(step.parts) > 1:
                step = steps[0]  # "coma cero tres": a leading zero is a digit here
            parts = step.parts
            if parts[-1][1] == "mult" and len(parts) > 1:
                head = [s for s in steps if s.stop == step.stop - 1]
                if not head:
                    break
                digits += str(int(head[-1].value))
                scale = parts[-1][0]
                j = step.stop
                break
            if step.value.denominator != 1:
                break
            digits += str(int(step.value))
            j = step.stop
        if not digits:
            return []
        value = whole.value + Fraction(Decimal("0." + digits))
        if scale is None:
            mult = self._following_mult(j)
            if mult is not None and mult[0] >= 1000:
                return [_Hit(i, mult[1], value * mult[0], scale=int(mult[0]))]
            if not self.full and not self._decimal_ends(j):
                return []  # "at one point two people were hurt"
            return [_Hit(i, j, value)]
        return [_Hit(i, j, value * scale, scale=int(scale))]

    def _decimal_ends(self, k: int) -> bool:
        """A spelled decimal in running text ends its clause or takes a percent
        word: "point" and "coma" are also nouns ("at one point two people")."""
        if k >= self.n or self.at_clause_end(k):
            return True
        if not self.joinable(k):
            return True
        pos = self.tok_start[k]
        if self.lang.percent.match_at(self.folded, pos, self.text) is not None:
            return True
        unit = self.lang.units.match_at(self.folded, pos, self.text)
        return unit is not None and concept_kinds().get(unit.label) in ("time", "measure")

    def _over(self, i: int, whole: _Step) -> list[_Hit]:
        """ "one over three", "3 out of 4", "1 su 3", "1 op de 3": a ratio written out.

        ``fraction_connectors`` ("over") divide and must end the figure
        ("$2 billion over 3 years" is no fraction); ``ratio_connectors``
        ("out of", "sur") take a part of a whole, so the first figure is the
        smaller and a noun may follow ("3 out of 4 voters"), but not a unit
        or a year ("3 in 2020", "5 out of 10 years").
        """
        if whole.value.denominator != 1 or whole.value < 0:
            return []
        hits = self._over_at(i, whole, whole.stop, ratio_only=False)
        if hits or whole.value != 1 or self.word(i) not in self.lang.words:
            return hits
        # "une personne sur trois", "one person in three", "una persona de cada tres":
        # the numeral "one" (not a bare article) and the one noun it counts, then the ratio
        after = self._counted_noun_end(whole.stop)
        return [] if after is None else self._over_at(i, whole, after, ratio_only=True)

    def _counted_noun_end(self, k: int) -> int | None:
        """The token after a ``[numbers] ratio_nouns`` word at token ``k`` ("personne"), or None."""
        if k >= self.n or not self.joinable(k) or self.word(k) not in self.words.ratio_nouns:
            return None
        return k + 1

    def _over_at(self, i: int, whole: _Step, k: int, *, ratio_only: bool) -> list[_Hit]:
        """A ratio whose connector starts at token ``k`` (see :meth:`_over`)."""
        for connectors, ratio in (
            (() if ratio_only else self.words.fraction_connectors, False),
            (self.words.ratio_connectors, True),
        ):
            for connector in connectors:
                j = k
                ok = True
                for piece in connector:
                    if self.word(j) != piece or not self.joinable(j):
                        ok = False
                        break
                    j += 1
                if not ok or not self.joinable(j):
                    continue
                steps = self.cardinal(j, article_ok=False)
                if not steps:
                    continue
                den = steps[-1]
                if den.value <= 0 or (ratio and whole.value > den.value):
                    continue
                if not self._ends_ratio(j, den.stop, ratio=ratio):
                    continue
                return [_Hit(i, den.stop, whole.value / den.value, fraction=True)]
        return []

    def _ends_ratio(self, first: int, k: int, *, ratio: bool) -> bool:
        """What may follow a ratio's denominator (see :meth:`_over`)."""
        fig = self.fig(first)
        if (
            fig is not None
            and fig.raw.isdigit()
            and len(fig.raw) == 4
            and fig.raw[:2] in ("19", "20")
        ):
            return False  # "3 in 2020"
        if k >= self.n or not self.joinable(k) or not self.word(k):
            return True
        pos = self.tok_start[k]
        if self.lang.percent.match_at(self.folded, pos, self.text) is not None:
            return True
        if not ratio:
            return False
        unit = self.lang.units.match_at(self.folded, pos, self.text)
        return unit is None or concept_kinds().get(unit.label) not in ("time", "measure", "money")

    # -- the scan ----------------------------------------------------------- #

    def scan(self) -> list[Atom]:
        if self.full:
            alone = self.words.alone.get(self.folded.strip())
            if alone is not None:
                lead = len(self.folded) - len(self.folded.lstrip())
                end = len(self.folded.rstrip())
                return [Atom(lead, end, Decimal(alone), digits=False, raw=self.text[lead:end])]
        atoms: list[Atom] = []
        i = 0  # the first token not read yet
        # can_start, read from its memo first: most tokens are words no number
        # opens with (the memo says False), and C-level passes over the tokens'
        # words pick out the others (figures, openers, words not asked yet), so
        # the loop visits only those.
        memo = _START_MEMO.setdefault(self.lang.code, {})
        known = list(map(memo.get, self.tok_word))
        # the shortcut for a lone figure (see _ends_figure) holds in running text only
        lone = not self.full and "" not in self.words.signs
        quiet = None if self.full else _quiet(self.lang.code)
        for k in itertools.compress(
            range(self.n), map(operator.is_not, known, itertools.repeat(False))
        ):
            if k < i:
                continue  # inside the number read last
            i = k
            fig = self.tok_fig[i]
            if (
                lone
                and fig is not None
                and fig.scale == 1
                and not fig.fraction
                and self._ends_figure(i + 1)
            ):
                atoms.append(self._lone_figure(fig))
                i += 1
                continue
            opens = fig is not None or known[i]
            if opens is None:
                opens = self.can_start(i)
            elif quiet is not None and fig is None and self._opens_nothing(i, known, quiet):
                i += 1
                continue
            hit = self.parse_at(i) if opens else None
            if hit is None or hit.stop <= i:
                i += 1
                continue
            last = hit.stop
            if (
                self.full
                and last == self.n - 1
                and self.joinable(last)
                and (
                    self.word(last) in self.words.partitives
                    or self.word(last) in self.lang.noun_links
                )
            ):
                hit = hit._replace(stop=self.n)  # "a couple of", "a dozen of"
            atom = self._atom(hit)
            if atom is not None:
                atoms.append(atom)
            i = hit.stop
        return atoms

    def _opens_nothing(self, i: int, known: list[bool | None], quiet: _Quiet) -> bool:
        """Whether the word at token ``i``, which opens a number only as an opener
        (see :func:`_quiet`), opens none here, in running text: then
        :meth:`parse_at` finds nothing, which this tells without running it.

        Every reading such a word opens (a sign before a number, an article
        before a multiplier or a fraction, "un sur trois", "solo una", "la
        mitad") needs a word before it that makes it the numeral one, or a
        next token joined to it that is a figure, a word that may open a
        number itself (the scan's start memo says so; ``known`` is what it
        said) or a word that reads on from it; an article that is also the
        word for one ("un", "ein") also reads as the numeral at the end of a
        clause or before a joiner ("uno e mezzo"). So when there is none of
        these, it opens nothing: most articles in running text stand before
        a plain noun ("la ciudad", "a day", "die Polizei", "un día"). A
        decimal word opens nothing in running text ("dos con cinco" is read
        from "dos")."""
        word = self.tok_word[i]
        if word in quiet.idle:
            return True
        if word in quiet.openers:
            follows = quiet.follows
        elif word in quiet.ones and self.is_article(i) and not self.at_clause_end(i + 1):
            follows = quiet.ones_follow
        else:
            return False
        k = i + 1
        if (
            k < self.n
            and self.joinable(k)
            and (known[k] is not False or self.tok_word[k] in follows)
        ):
            return False
        return not (i > 0 and self.tok_word[i - 1] in quiet.precedes and self.joinable(i))

    def _ends_figure(self, k: int) -> bool:
        """Whether nothing from token ``k`` on can continue a figure of plain digits at
        token ``k - 1`` (no multiplier glued, no fraction), in running text.

        Most figures are digits and a noun ("150 people"): then the grammar reads
        the figure alone (:meth:`cardinal` stops at ``k``, :meth:`_digits_end` holds,
        no sign word follows and no "(" restates it), which this tells without
        running it. True at the end of the text; after a gap that joins nothing,
        unless it is "/" (a fraction written apart) or "(" (a restatement); and
        before a word that opens no reading on (:func:`_stops_figures`)."""
        if k >= self.n:
            return True
        if not self.joinable(k):
            return self.gap(k).strip() not in ("/", "(")
        word = self.tok_word[k]
        if not word:
            return False  # a figure after a figure: "2 1/4"
        stops = _stops_figures(self.lang)
        hit = stops.get(word)
        if hit is None:
            if len(stops) > _START_MEMO_MAX:  # bound the memo on hostile vocabularies
                stops.clear()
            hit = stops[word] = self._stops_figure(word)
        return hit

    def _stops_figure(self, word: str) -> bool:
        """Whether ``word`` right after plain digits continues no reading of them:
        no cardinal goes on with it (a joiner, a link to a multiplier, a number
        word or morpheme), no reading after a cardinal opens with it (see
        :meth:`_digits_end`) and it is no sign after a figure ("3 negativ")."""
        lang, code = self.lang, self.lang.code
        reads_on = _reads_on(code)
        return (
            reads_on is not None
            and word not in reads_on
            and word not in lang.joiners
            and word not in lang.noun_links
            and word not in lang.morphemes
            and word not in self.words.signs_after
            and _denominator(word, code) is None
            and _word_parts(word, code) is None
        )

    def _lone_figure(self, fig: _Fig) -> Atom:
        """The atom of a figure of plain digits that nothing continues (see
        :meth:`_ends_figure`): what :meth:`_atom` makes of :meth:`parse_at`'s
        plain cardinal there."""
        # no word of the figure's text is an approximate word where the language has
        # none (most): the split is then left out
        approximate = self.lang.approximate_words
        return Atom(
            fig.start,
            fig.end,
            _decimal(fig.value),
            scale=1,
            digits=True,
            grouped=fig.grouped,
            article=False,
            bare_scale=False,
            approx=bool(approximate)
            and not approximate.isdisjoint(
                self.folded[fig.start : fig.end].replace("-", " ").split()
            ),
            raw=fig.raw,
            fraction=False,
        )

    def _atom(self, hit: _Hit) -> Atom | None:
        start = self.tok_start[hit.first]
        end = hit.close if hit.close is not None else self.tok_end[hit.stop - 1]
        if self._is_pronoun(hit) or not self._fraction_figure_ok(hit):
            return None
        figs = [f for f in self.tok_fig[hit.first : hit.stop] if f is not None]
        # the digits as written, which the year and id rules read; a fraction's
        # whole text, so that "2000 over 3" is no year
        lead = self.tok_fig[hit.first]
        raw = lead.raw if lead is not None and not hit.fraction else self.text[start:end]
        words = self.folded[start:end].replace("-", " ").split()
        value = _decimal(hit.value)
        return Atom(
            start,
            end,
            value,
            scale=max(hit.scale, 1),
            digits=bool(figs),
            grouped=any(f.grouped for f in figs),
            article=hit.article,
            bare_scale=hit.bare_scale,
            approx=not self.lang.approximate_words.isdisjoint(words),
            raw=raw,
            fraction=hit.fraction or any(f.fraction for f in figs),
        )

    def _fraction_figure_ok(self, hit: _Hit) -> bool:
        """ "3/4" alone in running text may be a date ("9/11"): it is read as a
        fraction only before "of" or a percent sign, or as the whole text."""
        fig = self.tok_fig[hit.first]
        if self.full or hit.stop != hit.first + 1 or fig is None or "/" not in fig.raw:
            return True
        if self._whole_text(hit.first, hit.stop):
            return True
        k = hit.stop
        if k < self.n and self.joinable(k):
            w = self.word(k)
            if w in self.words.partitives or w in self.lang.noun_links:
                return True
        return self.lang.percent.match_at(self.folded, fig.end, self.text) is not None

    def _is_pronoun(self, hit: _Hit) -> bool:
        """ "the one you mentioned", "which one": a lone "one" after a determiner."""
        if self.full or hit.stop != hit.first + 1 or hit.value != 1:
            return False
        if self.tok_fig[hit.first] is not None:
            return False
        prev = self.word(hit.first - 1) if self.joinable(hit.first) else ""
        return prev in self.words.pronoun_after


def _skip_blanks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _power_of_ten(value: int) -> bool:
    while value >= 10 and value % 10 == 0:
        value //= 10
    return value == 1


def _decimal(value: Fraction) -> Decimal:
    if value.denominator == 1:
        return Decimal(value.numerator)
    with localcontext() as ctx:
        ctx.prec = 28
        return Decimal(value.numerator) / Decimal(value.denominator)


@functools.lru_cache(maxsize=16)
def _scan(text: str, folded: str, lang_code: str, full: bool) -> tuple[Atom, ...]:
    """The figures of ``text`` (``folded`` is ``fold(text)``, which the caller has)."""
    return tuple(_Parser(text, folded, get_language(lang_code), full=full).scan())


def scan_numbers(text: str, lang: LanguageData, *, full: bool = False) -> list[Atom]:
    """Every figure in ``text``, in order, none overlapping another.

    With ``full`` (parsing a whole string), a lone article ("o", "un"), a
    bare multiplier ("mie") and a few words that are numbers only as an
    answer ("nicio", "single") also count, as Duckling's corpora expect.
    """
    return list(_scan(text, fold(text), lang.code, full))


def scan_digits(text: str, folded: str, lang: LanguageData, *, full: bool = False) -> list[Atom]:
    """The figures that contain digits ("10.000", "1,5 milioane", "-3", "3 sute")."""
    return [a for a in _scan(text, folded, lang.code, full) if a.digits]


def scan_words(text: str, folded: str, lang: LanguageData, *, full: bool = False) -> list[Atom]:
    """The figures spelled in words only: "douăzeci și trei", "o mie", "two thirds"."""
    return [a for a in _scan(text, folded, lang.code, full) if not a.digits]


_DECIMAL_OF_THREE = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{3}")


def as_thousands(atom: Atom, lang: LanguageData) -> Decimal | None:
    """The value of "2,946" read with its mark grouping thousands, when it may.

    A lone decimal mark before exactly three digits ("2,946" in Spanish,
    "2.946" in English) is also how writers of the other convention group
    thousands; where the figure counts people, who are counted whole, only
    that reading makes sense ("2,946 muertos"). None for any other figure.
    """
    if (
        not atom.digits
        or atom.scale != 1
        or atom.grouped
        or atom.fraction
        or atom.end - atom.start != len(atom.raw)
        or not _DECIMAL_OF_THREE.fullmatch(atom.raw)
        or atom.raw[-4] != lang.decimal
    ):
        return None
    return Decimal(atom.raw[:-4] + atom.raw[-3:])
