"""Sentence boundaries, as character spans into the original text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence

from .._fold import fold
from ..lang._data import HEDGE_MAX

# A sentence ends at . ! ? … (with closing quotes) followed by space and an
# opening capital, digit or quote, or at a line break. Abbreviations of one
# capital letter ("A.R.", "U.S.") do not end a sentence. The mark opens the
# pattern and the look-behinds read back over it (the same as testing them before
# it), so the regex engine tries the pattern only where a mark or a line break
# stands, not at every character (split_sentences 4x faster on news articles).
_ENDS = "[.!?\u2026\u061f]"
_BOUNDARY = re.compile(
    rf"{_ENDS}(?<![A-Z][.]{_ENDS})(?<!\b[A-Z]{_ENDS})"
    r"[\"'\u201d\u2019\u00bb)]?(?=\s+[\"'\u201c\u201e\u00ab(]?[^\W_a-z])"
    r"|\n"
)


#: The longest span read as one sentence. Every extractor reads context
#: within a sentence, so a text without sentence ends (a 100,000-word list, a
#: flood of one phrase) would make that work grow with the whole text; longer
#: sentences are cut into windows of at most this many characters (at a space
#: when there is one in the window's second half). Real news sentences stay
#: far below it (the longest of the development articles has 400 characters).
MAX_SENTENCE_CHARS = 1000


def split_sentences(
    text: str,
    months: Collection[str] = frozenset(),
    titles: Collection[str] = frozenset(),
    hedges: Collection[str] = frozenset(),
) -> list[tuple[int, int]]:
    """``[start, end)`` spans of the sentences of ``text``, whitespace trimmed.

    ``months``: the language's month names, folded; a day's ordinal dot before
    one ("am 21. Dezember") ends no sentence. ``titles``: its title
    abbreviations, folded; their dot ("gen. Załużny", "Dr. Weber") ends no
    sentence either. ``hedges``: its abbreviated qualifiers without their dot,
    folded (``LanguageData.hedges``); their dot before a figure ends no
    sentence ("aprox. 300 personas", "Ok. 30 strażaków", "env. 300 blessés"),
    whatever their length or case. A sentence longer than
    :data:`MAX_SENTENCE_CHARS` is cut into windows of at most that length, so
    the work done per sentence stays bounded.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if m.group() != "\n" and _lower_after(text, m.end()):
            continue  # "11 тыс. погибли": the pattern's [a-z] cannot name every lower case
        if m.group() == "." and _short_abbreviation(text, m.start(), m.end()):
            continue  # "ok. 70 tys.", "ca. 5", "ок. 100": a hedge abbreviation before a figure
        if m.group() == "." and hedges and _hedge_before(text, m.start(), m.end(), hedges):
            continue  # "aprox. 300", "Ok. 30 strażaków": the language's own hedge abbreviation
        if m.group() == "." and months and _ordinal_day(text, m.start(), m.end(), months):
            continue  # "am 21. Dezember": a date, not a sentence end
        if m.group() == "." and titles and _title_before(text, m.start(), titles):
            continue  # "gen. Załużny": a title before a name
        _add(text, pos, m.end(), spans)
        pos = m.end()
    _add(text, pos, len(text), spans)
    return spans


def soften_line_breaks(text: str, *, nouns_capitalised: bool = False) -> str:
    """``text`` with each soft line break read as a space: same length, same offsets.

    A hard-wrapped feed breaks lines inside a sentence ("At least\n12 people died",
    "killed 12\npeople"); a line break otherwise ends a sentence and a paragraph, so
    such a figure lost its qualifier or unit, or was not read at all. A single line
    break is soft when the line before it ends in a lower-case letter, a digit or a
    comma and the line after it starts with a lower-case letter or a digit; a
    headline or paragraph ends in punctuation, or is followed by a capital or a
    blank line, and keeps its break. In a language that capitalises its nouns
    (``nouns_capitalised``: German) a break between a digit and a capital is soft
    too ("Fast 200\nPatienten"). A wrap is where the next word would not have
    fitted on the line: the line before, a space and the next line's first word
    are longer than the longest line of its paragraph, which is at least
    :data:`_MIN_WRAP` wide. A headline or a short
    line ended by hand ("Floods hit eastern Libya, Derna worst affected\n2,000
    people are missing", "rescued\n120\nmissing\n30") keeps its break, lest its
    last word be read as the figure's unit. A break between two digits stays, as does one
    beside a labelled line ("dead: 12\ninjured: 40"): each line of such a table or
    list holds its own figure, and joined they read as one ("1\n200 injured" is not
    1,200 injured, nor "12\ninjured: 40" 12 injured). The caller maps what it
    reads back to the original text by offset (``text[start:end]``).
    """
    if "\n" not in text:
        return text
    chars: list[str] | None = None
    widths: dict[int, tuple[int, int]] | None = None
    for start, newline, end in _soft_break_spans(text):
        before, after = text[start - 1], text[end]
        if not (before.islower() or before.isdigit() or before == ","):
            continue
        if before.isdigit() and after.isdigit():
            continue  # "12\n150\n200": a figure per line, not 12,150,200
        noun = nouns_capitalised and before.isdigit() and after.isupper()  # "200\nPatienten"
        if not (after.islower() or after.isdigit() or noun):
            continue
        if _labelled(text, newline, start):
            continue  # "dead: 12\ninjured: 40": a list of labelled lines
        if widths is None:
            widths = _line_widths(text)
        own, widest = widths[newline]
        word = _FIRST_WORD.match(text, end)
        if widest < _MIN_WRAP or own + 1 + (word.end() - word.start() if word else 0) <= widest:
            continue  # the next word would have fitted, or no feed wraps so short: no wrap
        if chars is None:
            chars = list(text)
        chars[newline] = " "
    return text if chars is None else "".join(chars)


# A soft break candidate is a single line break with at most four spaces or tabs
# around it and a character other than a line break or a space on each side; which
# characters make it soft is checked on the match (lower case of any script). It is
# found from the line break on (:func:`_soft_break_spans`): a pattern that opens with a
# literal, which the regex engine skips to (one that opens with a look-behind is tried
# at every character of the text: 5 % of find_quantities on news articles, whose
# paragraph breaks are never soft).
_BREAK_ON = re.compile(r"\n[ \t]{0,4}(?=[^\s])")


def _soft_break_spans(text: str) -> list[tuple[int, int, int]]:
    """The soft break candidates in ``text`` (see :data:`_BREAK_ON`) as (start, line
    break, end), found from :data:`_BREAK_ON`: a match there is a candidate where its
    start, the start of the run of at most four spaces or tabs before the break,
    follows a character other than a space (``str.isspace`` is ``\\s``). Each
    match holds one line break and ends before a character other than a space,
    so they never overlap (the tests check them against the one-pattern form,
    ``(?<=[^\\s])[ \\t]{0,4}(\\n)[ \\t]{0,4}(?=[^\\s])``)."""
    spans: list[tuple[int, int, int]] = []
    for m in _BREAK_ON.finditer(text):
        newline = start = m.start()
        while start > 0 and newline - start < 5 and text[start - 1] in " \t":
            start -= 1
        if start > 0 and newline - start <= 4 and not text[start - 1].isspace():
            spans.append((start, newline, m.end()))
    return spans


def _line_widths(text: str) -> dict[int, tuple[int, int]]:
    """For the line break ending each line: that line's width (trailing spaces
    left out) and the width of the longest line of its paragraph (lines between
    blank lines), the width a hard-wrapping feed filled."""
    widths: dict[int, tuple[int, int]] = {}
    block: list[tuple[int, int]] = []
    pos = 0
    for line in [*text.split("\n"), ""]:
        end = pos + len(line)
        if line.strip():
            block.append((end, len(line.rstrip())))
        else:
            widest = max((w for _, w in block), default=0)
            widths.update((e, (w, widest)) for e, w in block)
            block = []
        pos = end + 1
    return widths


# The narrowest width a feed wraps its lines at: a paragraph of shorter lines is a
# table or list ("rescued\n120\nmissing\n30"), each line ended by hand.
_MIN_WRAP = 30
# The first word of a line (what a wrapping feed would have moved up).
_FIRST_WORD = re.compile(r"\S+")


def _labelled(text: str, newline: int, end: int) -> bool:
    """Whether the break at ``newline`` is one of a list of labelled lines: the line
    after opens with a label ("injured: 40", "Verletzte: 40"), or the line before is
    a label and its figure alone ("dead: 12", "Tote: 12"; ``end``: where that line's
    trailing spaces start). "Officials said: at least\n12 people" is no such list."""
    if _LABEL.match(text, newline + 1):
        return True
    return _LABEL_FIGURE.fullmatch(text, text.rfind("\n", 0, newline) + 1, end) is not None


# A label opening a line: a letter, at most a few words of letters without a digit or
# a sentence mark, then a colon (one bounded class before a fixed colon: linear).
_LABEL = re.compile(r"[ \t]{0,4}[^\W\d_][^\d\n:.,;!?]{0,40}:")
# A whole line of a label and one figure ("dead: 12", "morts : 1 200").
_LABEL_FIGURE = re.compile(_LABEL.pattern + r"[ \t]{0,4}[0-9][0-9 .,]{0,12}")


def _lower_after(text: str, end: int) -> bool:
    """Whether the next word after a mark starts with a lower-case letter of any script."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).islower()


# bounded, so that scanning a run of spaces stays linear
_NEXT_WORD = re.compile(r"\s{1,8}[\"'\u201c\u201e\u00ab(]?(\w)")


# The word after a day's ordinal dot (bounded: linear on a run of spaces).
_MONTH_WORD = re.compile(r"\s{1,3}(\w{3,12})")


def _ordinal_day(text: str, dot: int, end: int, months: Collection[str]) -> bool:
    """A dot after a day of one or two digits with a month name next ("21. Dezember")."""
    if dot < 1 or not text[dot - 1].isdigit():
        return False
    start = dot - 1
    if start > 0 and text[start - 1].isdigit():
        start -= 1
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".,"):
        return False  # "1.000.", "v2.": not a day standing alone
    word = _MONTH_WORD.match(text, end)
    return word is not None and fold(word.group(1)) in months


# The word right before a dot (bounded: a title is short).
_WORD_BEFORE = re.compile(r"(?<![\w-])[\w-]{1,6}$")


def _title_before(text: str, dot: int, titles: Collection[str]) -> bool:
    """Whether the word right before the dot is one of the language's title abbreviations."""
    m = _WORD_BEFORE.search(text, max(0, dot - 7), dot)
    return m is not None and fold(m.group()) in titles


# The word right before a dot, as long as a hedge abbreviation may be (bounded).
_HEDGE_BEFORE = re.compile(rf"(?<![\w-])\w{{1,{HEDGE_MAX}}}$")


def _hedge_before(text: str, dot: int, end: int, hedges: Collection[str]) -> bool:
    """Whether the word before the dot is a hedge abbreviation and a figure follows."""
    m = _HEDGE_BEFORE.search(text, max(0, dot - HEDGE_MAX - 1), dot)
    if m is None or fold(m.group()) not in hedges:
        return False
    return text[end : end + 8].lstrip()[:1].isdigit()


def _short_abbreviation(text: str, dot: int, end: int) -> bool:
    """A dot after a two-letter lower-case word ("ok.", "ca.") with a figure next.

    Such a word is an abbreviation far more often than a sentence end, and the
    figure after it is the one it hedges.
    """
    word = text[max(0, dot - 2) : dot]
    if len(word) != 2 or not (word.isalpha() and word.islower()):
        return False
    if dot > 2 and (text[dot - 3].isalnum() or text[dot - 3] == "_"):
        return False
    return text[end : end + 8].lstrip()[:1].isdigit()


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = _last_space(text, start + MAX_SENTENCE_CHARS // 2, limit)
        piece_end = cut if cut is not None else limit
        _add(text, start, piece_end, spans)
        start = piece_end
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append((start, end))


def _last_space(text: str, lo: int, hi: int) -> int | None:
    """The offset of the last white space in ``text[lo:hi]``, if any."""
    for i in range(hi - 1, lo - 1, -1):
        if text[i].isspace():
            return i
    return None


def sentences_touching(
    spans: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int
) -> tuple[int, int] | None:
    """The span from the first to the last sentence that ``[start, end)`` touches.

    ``spans`` are sorted sentence spans and ``starts`` their start offsets
    (kept beside them so each lookup is a binary search, not a scan).
    """
    i = max(0, bisect.bisect_right(starts, start) - 1)
    if i < len(spans) and spans[i][1] <= start:
        i += 1
    j = i
    stop = max(end, start + 1)
    while j < len(spans) and spans[j][0] < stop:
        j += 1
    if j == i or i >= len(spans) or not (spans[i][0] < stop and start < spans[i][1]):
        return None
    return spans[i][0], spans[j - 1][1]
