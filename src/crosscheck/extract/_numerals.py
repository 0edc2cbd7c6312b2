"""Numerals: figures written in digits or in words, before any interpretation.

This module finds the *atoms* of quantities: "10.000", "1,5 milioane",
"douăzeci și trei", "ventitré", "10k". It knows separators, number words and
multipliers from the language data, and nothing about units, qualifiers or
ranges (see :mod:`._quantities`).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

import attrs

from ..lang import LanguageData

# Digits with optional separators. The first branch groups thousands with
# spaces ("10 000"), the second takes dots and commas; each repetition starts
# with a separator, so matching is linear.
_DIGITS = re.compile(
    r"(?<![0-9])(?:[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3}(?![0-9]))+(?:[.,][0-9]+)?"
    r"|[0-9]+(?:[.,][0-9]+)*)"
)
_WORD = re.compile(r"[^\W\d_]+")


@attrs.frozen
class Atom:
    """One figure: its span in the text and its value.

    ``scale`` is the multiplier the text applied ("mii", "million", "k"), 1
    when none; ``digits`` says the figure was written with digits; ``grouped``
    that it used thousands separators; ``article`` that it is a lone "un"/"a"
    that counts as one only before a multiplier; ``bare_scale`` that it is a
    multiplier word with no figure before it ("milioane"); ``approx`` that a
    counting noun made it approximate ("une centaine", "un millar").
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


def parse_digits(raw: str, lang: LanguageData) -> tuple[Decimal, bool] | None:
    """Read a digit string with the language's separators.

    Returns the value and whether thousands separators were used, or None
    when the separators make no sense (e.g. "1.2.3" read as an IP address).
    """
    compact = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
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
    parts = re.split(r"[.,]", compact)
    decimal = lang.decimal
    group = "," if decimal == "." else "."
    if len(set(seps)) == 2:
        # "1.234,5" or "1,234.5": the last separator is the decimal one.
        last = seps[-1]
        if any(s == last for s in seps[:-1]):
            return None
        groups = parts[1:-1]
        if any(len(g) != 3 for g in groups) or len(parts[0]) > 3:
            return None
        return Decimal("".join(parts[:-1]) + "." + parts[-1]), True
    sep = seps[0]
    if len(seps) > 1:
        # Repeated separator: thousands grouping ("1.000.000", "1,000,000").
        if len(parts[0]) > 3 or any(len(g) != 3 for g in parts[1:]):
            return None
        return Decimal("".join(parts)), True
    head, tail = parts
    if sep == group:
        if len(tail) == 3 and len(head) <= 3:
            return Decimal(head + tail), True
        # A lone "group" separator not followed by three digits is a foreign
        # decimal point ("1.5" in a Romanian text).
        return Decimal(f"{head}.{tail}"), False
    # sep is the language's decimal separator. Nobody writes three trailing
    # zeros after a decimal mark in news, so "2,000" in Romanian means 2000.
    if tail == "000" and len(head) <= 3 and head != "0":
        return Decimal(head + tail), True
    return Decimal(f"{head}.{tail}"), False


@functools.lru_cache(maxsize=8192)
def _split_compound(word: str, lang_code: str) -> tuple[tuple[str, int, str], ...] | None:
    from ..lang import get_language

    lang = get_language(lang_code)
    pieces: dict[str, tuple[int, str]] = {}
    for w, v in lang.words.items():
        pieces[w] = (v, "word")
    for w, v in lang.morphemes.items():
        pieces.setdefault(w, (v, "word"))
    for w, v in lang.hundreds.items():
        pieces[w] = (v, "hundred")
    for w, v in lang.multipliers.items():
        pieces[w] = (v, "mult")
    for j in lang.joiners:
        if j.isalpha():
            pieces.setdefault(j, (0, "join"))
    n = len(word)
    # best[i]: a split of word[i:] into pieces, fewest pieces first.
    best: list[tuple[tuple[str, int, str], ...] | None] = [None] * (n + 1)
    best[n] = ()
    for i in range(n - 1, -1, -1):
        for j in range(n, i, -1):
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
    return found


def compose(parts: list[tuple[int, str]], *, ones_before_tens: bool = False) -> int | None:
    """Value of a sequence of number words, or None when they don't form one number.

    ``parts`` holds (value, category) with category ``word`` (added),
    ``hundred`` (multiplies the running group), ``mult`` (closes a group:
    thousand, million) or ``join`` (a joiner seen between two words).
    "trei sute de mii" is [(3, word), (100, hundred), (1000, mult)] = 300000.
    """
    total = 0
    current = 0
    last_word: int | None = None
    last_mult: int | None = None
    joined = False
    seen_hundred = False
    for value, cat in parts:
        if cat == "join":
            joined = True
            continue
        if cat == "hundred":
            if seen_hundred or current >= 100:
                return None
            current = (current or 1) * value
            seen_hundred = True
            last_word = None
        elif cat == "mult":
            if last_mult is not None and value >= last_mult:
                return None
            total += (current or 1) * value
            current = 0
            last_word = None
            last_mult = value
            seen_hundred = False
        else:
            if last_word is not None:
                tens_then_unit = last_word % 10 == 0 and last_word >= 20 and value < 10
                vigesimal = last_word in (60, 80) and value < 20
                hundreds_then_rest = last_word % 100 == 0 and last_word >= 100 and value < 100
                unit_then_tens = (
                    ones_before_tens and joined and last_word < 10 and value % 10 == 0 and value >= 20
                )
                if not (tens_then_unit or vigesimal or hundreds_then_rest or unit_then_tens):
                    return None
            elif current and current % 100 != 0:
                return None
            elif current and value >= 100:
                return None
            current += value
            last_word = value
        joined = False
    return total + current


def scan_digits(text: str, folded: str, lang: LanguageData) -> list[Atom]:
    """Digit figures with their glued or following multiplier ("10k", "1,5 milioane")."""
    atoms: list[Atom] = []
    for m in _DIGITS.finditer(text):
        start, end = m.start(), m.end()
        raw = m.group()
        # Trailing space-grouping can swallow a following figure in a list
        # ("în 2024 300 de oameni" is caught by the year rule later); keep as is.
        parsed = parse_digits(raw, lang)
        if parsed is None:
            continue
        value, grouped = parsed
        scale = 1
        # glued suffix: "10k", "5bn", "3mln"
        tail_match = _WORD.match(folded, end)
        if tail_match and tail_match.start() == end:
            suffix = tail_match.group()
            if suffix in lang.suffixes:
                scale = lang.suffixes[suffix]
                end = tail_match.end()
                if end < len(folded) and folded[end] == "." and suffix + "." in lang.suffixes:
                    end += 1
        else:
            scale, end = _following_scale(folded, end, lang)
        atoms.append(
            Atom(start, end, value * scale, scale=scale, digits=True, grouped=grouped, raw=raw)
        )
    return atoms


def _following_scale(folded: str, end: int, lang: LanguageData) -> tuple[int, int]:
    """A multiplier word after a figure: "1,5 milioane", "20 de milioane", "5 mln."."""
    pos = end
    while pos < len(folded) and folded[pos] == " ":
        pos += 1
    if pos == end or pos - end > 2:
        return 1, end
    word = _WORD.match(folded, pos)
    if not word:
        return 1, end
    token = word.group()
    if token in lang.noun_links:
        nxt = pos + len(token)
        while nxt < len(folded) and folded[nxt] == " ":
            nxt += 1
        after = _WORD.match(folded, nxt)
        if after and after.group() in lang.multipliers:
            return lang.multipliers[after.group()], after.end()
        return 1, end
    if token in lang.multipliers:
        return lang.multipliers[token], word.end()
    if token in lang.suffixes and len(token) <= 4:
        stop = word.end()
        if stop < len(folded) and folded[stop] == "." and token + "." in lang.suffixes:
            stop += 1
        return lang.suffixes[token], stop
    return 1, end


def _word_value(token: str, lang: LanguageData) -> list[tuple[int, str]] | None:
    if token in lang.words:
        return [(lang.words[token], "word")]
    if token in lang.hundreds:
        return [(lang.hundreds[token], "hundred")]
    if token in lang.multipliers:
        return [(lang.multipliers[token], "mult")]
    if lang.compound and len(token) > 3:
        split = _split_compound(token, lang.code)
        if split:
            return [(v, c) for _, v, c in split]
    return None


def _tokens(folded: str, lang: LanguageData) -> list[tuple[int, int, str]]:
    """Word tokens, with hyphenated number words kept whole ("quatre-vingt-dix")."""
    raw = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
    vocab = lang.number_vocabulary
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(raw):
        best = None
        for k in (3, 2, 1):  # longest hyphenated run that is a vocabulary word
            if k == 1 or i + k > len(raw):
                continue
            run = raw[i : i + k]
            if all(folded[a[1] : b[0]] == "-" for a, b in zip(run, run[1:], strict=False)):
                word = folded[run[0][0] : run[-1][1]]
                if word in vocab:
                    best = (run[0][0], run[-1][1], word, k)
                    break
        if best:
            out.append(best[:3])
            i += best[3]
        else:
            out.append(raw[i])
            i += 1
    return out


def scan_words(text: str, folded: str, lang: LanguageData, *, full: bool = False) -> list[Atom]:
    """Figures spelled in words: "douăzeci și trei", "o mie", "ventitré".

    With ``full`` (parsing a whole string), a lone article ("o", "un") and a
    bare multiplier ("mie") also count, as Duckling's corpora expect.
    """
    tokens = _tokens(folded, lang)
    atoms: list[Atom] = []
    i = 0
    n = len(tokens)
    while i < n:
        start, end, token = tokens[i]
        # An article is one only before a multiplier, unless its accents say
        # it is the numeral ("één" folds to the article "een").
        accented = text[start:end].lower() in lang.accented_words
        parts = None if token in lang.articles and not accented else _word_value(token, lang)
        article = False
        if parts is None and token in lang.articles and i + 1 < n:
            nxt = _word_value(tokens[i + 1][2], lang)
            gap = folded[end : tokens[i + 1][0]]
            if nxt and nxt[0][1] in ("hundred", "mult") and gap.strip() == "":
                parts = [(lang.articles[token], "word")]
                article = True
        if parts is None and full and token in lang.articles:
            parts = [(lang.articles[token], "word")]
            article = True
        if parts is None:
            i += 1
            continue
        seq = list(parts)
        last_end = end
        j = i + 1
        while j < n:
            gap = folded[last_end : tokens[j][0]]
            gap_s = gap.strip()
            tok = tokens[j][2]
            if gap_s not in ("", "-") or "\n" in gap:
                break
            if tok in lang.joiners and j + 1 < n:
                nxt_parts = _word_value(tokens[j + 1][2], lang)
                gap2 = folded[tokens[j][1] : tokens[j + 1][0]].strip()
                if nxt_parts and gap2 == "" and compose([*seq, (0, "join"), *nxt_parts],
                                                      ones_before_tens=lang.ones_before_tens) is not None:
                    seq += [(0, "join"), *nxt_parts]
                    last_end = tokens[j + 1][1]
                    j += 2
                    continue
                break
            if tok in lang.noun_links and j + 1 < n:
                nxt_parts = _word_value(tokens[j + 1][2], lang)
                if nxt_parts and nxt_parts[0][1] == "mult" and compose(
                    [*seq, *nxt_parts], ones_before_tens=lang.ones_before_tens
                ) is not None:
                    seq += nxt_parts
                    last_end = tokens[j + 1][1]
                    j += 2
                    continue
                break
            nxt_parts = _word_value(tok, lang)
            if nxt_parts is None:
                break
            if compose([*seq, *nxt_parts], ones_before_tens=lang.ones_before_tens) is None:
                break
            seq += nxt_parts
            last_end = tokens[j][1]
            j += 1
        value = compose(seq, ones_before_tens=lang.ones_before_tens)
        lone_scale = len(seq) == 1 and seq[0][1] in ("hundred", "mult")
        if value is not None:
            scale = 1
            for v, c in seq:
                if c == "mult":
                    scale = v
            words = folded[start:last_end].replace("-", " ").split()
            atoms.append(
                Atom(
                    start,
                    last_end,
                    Decimal(value),
                    scale=scale,
                    digits=False,
                    article=article and len(seq) == 1,
                    bare_scale=lone_scale,
                    approx=any(w in lang.approximate_words for w in words),
                    raw=text[start:last_end],
                )
            )
        i = j if value is not None else i + 1
    return atoms
