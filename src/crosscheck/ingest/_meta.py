"""Read an article's metadata from its own text: publication date and title.

Where the date came from matters as much as the date (``published_from``): a
declared metadata field is trusted most, then a scraper's header line
(`` date 2025-12-25`` at the very start), then a byline near the top ("Scris
de newsreporter pe 15 august 2022, 09:13", "Published 15 August 2022"). When
none is found the date stays unknown; a date mentioned in the story itself is
an event date, not a publication date, so it is never taken as one.

Month names come from each language's data file; this module knows no words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping

from .._fold import fold

# A byline sits near the top of the article, on a short line of its own; a
# date inside a longer sentence of the lead is about the story, not the article.
BYLINE_WINDOW = 600
_BYLINE_MAX_LINE = 120
# Between day, month and year a byline may have one short word ("15 de agosto
# de 2022", "15th of August"): at most this many letters, and not a month.
_FILLER_MAX_LETTERS = 3
_DAY_DIGITS = 2
_YEAR_DIGITS = 4

_HEADER = re.compile(r"\A\s*date:?[ \t]+(\d{4})-(\d{2})-(\d{2})(?![\d])", re.IGNORECASE)
_ISO_DATE = re.compile(r"\A[ \t]*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.,+\-Z ]*)?\Z")
_ISO_PARTIAL = re.compile(r"\A[ \t]*(\d{4})(?:-(\d{2}))?[ \t]*\Z")
_ISO_IN_LINE = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_GAP_PUNCTUATION = frozenset(".,")  # besides spaces, what may separate the parts of a date


def normalise_language(code: str) -> str:
    """A language tag reduced to its primary subtag: "ro-RO", "RO", "ro_RO" -> "ro"."""
    return code.strip().replace("_", "-").split("-")[0].lower()


# Publication years outside this range are placeholders ("0001-01-01", the
# zero time of many feeds; "9999-12-31"), not dates: they are ignored.
PLAUSIBLE_YEARS = (1800, 2200)


def _date(year: str | int, month: str | int, day: str | int) -> str | None:
    try:
        value = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    if not PLAUSIBLE_YEARS[0] <= value.year <= PLAUSIBLE_YEARS[1]:
        return None
    return value.isoformat()


def _partial(year: str, month: str | None) -> str | None:
    """A month ("2023-09") or a year ("2023") as given, when it is a real one."""
    if not PLAUSIBLE_YEARS[0] <= int(year) <= PLAUSIBLE_YEARS[1]:
        return None
    if month is None:
        return year
    return f"{year}-{month}" if 1 <= int(month) <= 12 else None


def normalise_published(value: str, months: Mapping[str, int] | None = None) -> str | None:
    """A declared publication date as ``YYYY-MM-DD``, or ``None`` if it cannot be read.

    Accepts an ISO date or datetime ("2022-08-15", "2022-08-15T09:13:00Z") and,
    given ``months``, a written date ("15 August 2022"). A feed that gives
    only a month or a year ("2023-09", "2023") keeps that partial date as it
    is: no day is invented for it.
    """
    match = _ISO_DATE.match(value)
    if match:
        return _date(*match.groups())
    partial = _ISO_PARTIAL.match(value)
    if partial:
        return _partial(*partial.groups())
    written = _written_date(value, months) if months else None
    return written[2] if written else None


def header_date(text: str) -> str | None:
    """The date of a leading `` date YYYY-MM-DD`` header line, if the text starts with one."""
    match = _HEADER.match(text)
    return _date(*match.groups()) if match else None


def _is_gap(between: str) -> bool:
    return all(ch.isspace() or ch in _GAP_PUNCTUATION for ch in between)


def _written_date(line: str, months: Mapping[str, int]) -> tuple[int, int, str] | None:
    """Where (start, end) and which date is first written as "15 August 2022" /
    "August 15, 2022"."""
    folded = fold(line)
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]

    def is_day(word: str) -> bool:
        return word.isdigit() and len(word) <= _DAY_DIGITS

    def is_year(word: str) -> bool:
        return word.isdigit() and len(word) == _YEAR_DIGITS

    def is_filler(word: str) -> bool:
        return word.isalpha() and len(word) <= _FILLER_MAX_LETTERS and word not in months

    def next_part(i: int, wanted: Callable[[str], bool]) -> int | None:
        """Index of the token after ``i`` that is ``wanted``, past at most one filler word."""
        for j in (i + 1, i + 2):
            if j >= len(tokens) or not _is_gap(folded[tokens[j - 1][2] : tokens[j][1]]):
                return None
            if wanted(tokens[j][0]):
                return j
            if not is_filler(tokens[j][0]):
                return None
        return None

    for i, (word, start, _) in enumerate(tokens):
        if is_day(word):
            month_at = next_part(i, months.__contains__)
            year_at = None if month_at is None else next_part(month_at, is_year)
            if month_at is not None and year_at is not None:
                found = _date(tokens[year_at][0], months[tokens[month_at][0]], word)
                if found:
                    return start, tokens[year_at][2], found
        elif word in months:
            day_at = next_part(i, is_day)
            year_at = None if day_at is None else next_part(day_at, is_year)
            if day_at is not None and year_at is not None:
                found = _date(tokens[year_at][0], months[word], tokens[day_at][0])
                if found:
                    return start, tokens[year_at][2], found
    return None


# A dateline opens the story: "BUCUREȘTI, 15 august 2022 (Agerpres) - …",
# "MOSCOW, 15 August 2022 (Reuters) – …": a place in capitals, a comma, a date.
_DATELINE = re.compile(r"\A\s*([^\W\d_][^\W\d_]*(?:[ .'-][^\W\d_]+){0,3}),[ \t]*")
_DATELINE_DASH = re.compile(r"\s[-\u2013\u2014]\s")


def dateline(text: str, months: Mapping[str, int]) -> tuple[str, int] | None:
    """The date of a dateline opening ``text`` and where the story after it starts.

    Only a full date counts ("MOSCOW, Aug 15 (Reuters)" has no year and is
    left unknown rather than guessed).
    """
    m = _DATELINE.match(text)
    if not m or not m.group(1).replace(" ", "").replace("-", "").replace(".", "").isupper():
        return None
    written = _written_date(text[m.end() : m.end() + 60], months)
    if written is None or written[0] > 0:
        return None
    dash = _DATELINE_DASH.search(text, m.end(), m.end() + 120)
    return written[2], dash.end() if dash else 0


_SENTENCE_END = frozenset(".!?\u2026\"'\u201d\u00bb")


# After its date a byline may name a time and a zone ("15 august 2022, 09:13",
# "August 15, 2022 at 9:13 BST"), nothing more: words longer than this, or a
# longer tail, are the story ("UPDATE, 9 Sept 2023, 13:30: the toll rose to 820").
_BYLINE_TAIL_MAX = 24
_BYLINE_TAIL_WORD_MAX = 4


def _top_lines(text: str) -> list[tuple[int, str | None]]:
    """The lines (offset, line) that start within :data:`BYLINE_WINDOW`, each
    whole; a line longer than a byline may be is given as ``None``.

    A line cut by the window is not a short line: "UPDATE, 9 September 2023:
    the toll rose to 632, …" cut after a few words would look like a byline
    and the story before it would be lost as metadata.
    """
    lines: list[tuple[int, str | None]] = []
    offset = 0
    limit = min(len(text), BYLINE_WINDOW)
    while offset < limit:
        end = text.find("\n", offset, offset + _BYLINE_MAX_LINE + 2)
        if end < 0 and len(text) - offset <= _BYLINE_MAX_LINE + 1:
            end = len(text)
        if end >= 0:
            lines.append((offset, text[offset:end]))
            offset = end + 1
            continue
        lines.append((offset, None))  # too long for a byline: a line of the story
        end = text.find("\n", offset, limit)
        if end < 0:
            break
        offset = end + 1
    return lines


def _line_date(stripped: str, months: Mapping[str, int]) -> tuple[int, int, str] | None:
    """The first date on a short line: (start, end, ``YYYY-MM-DD``)."""
    found: list[tuple[int, int, str]] = []
    for iso in _ISO_IN_LINE.finditer(stripped):
        if day := _date(*iso.groups()):
            found.append((iso.start(), iso.end(), day))
            break
    if months and (written := _written_date(stripped, months)):
        found.append(written)
    return min(found) if found else None


def _is_byline(stripped: str, months: Mapping[str, int]) -> str | None:
    """The date of a line that is a byline, or ``None`` when the line is not one."""
    if not stripped or len(stripped) > _BYLINE_MAX_LINE:
        return None
    if stripped[-1] in _SENTENCE_END:
        # "On 15 August 2022 Russia sent 5,000 troops." is the story, not a byline.
        return None
    found = _line_date(stripped, months)
    if found is None:
        return None
    tail = stripped[found[1] :]
    if len(tail.strip()) > _BYLINE_TAIL_MAX or any(
        len(w) > _BYLINE_TAIL_WORD_MAX for w in _TOKEN.findall(fold(tail)) if not w.isdigit()
    ):
        return None  # the story goes on after the date
    return found[2]


def _is_story_line(stripped: str) -> bool:
    """A line of the story itself: long, or a finished sentence."""
    return len(stripped) > _BYLINE_MAX_LINE or stripped[-1] in _SENTENCE_END


def byline_date(text: str, months: Mapping[str, int]) -> str | None:
    """The date of a byline in the first lines of ``text``, using these month names.

    Only complete short lines within the first :data:`BYLINE_WINDOW`
    characters are read; on such a line the first date written
    day-month-year, month-day-year or ISO (``2022-08-15``) is taken, when
    nothing but a time follows it on the line.
    """
    for _, line in _top_lines(text):
        if line is not None and (day := _is_byline(line.strip(), months)):
            return day
    return None


def metadata_end(text: str, months: Mapping[str, int]) -> int:
    """Where the metadata at the top of ``text`` ends: after a date header or a byline line.

    The characters before it (" date 2025-12-25", "Scris de X pe 15 august
    2022, 09:13") describe the article; they are not claims it makes.
    """
    if match := _HEADER.match(text):
        return match.end()
    if found := dateline(text, months):
        return found[1]
    for offset, line in _top_lines(text):
        if line is None:
            return 0  # a long line: the story has begun
        stripped = line.strip()
        if not stripped:
            continue
        if _is_byline(stripped, months):
            return offset + len(line)
        if _is_story_line(stripped):
            # the story has begun: a dated line after it ("UPDATE, 9 September
            # 2023, 13:30", a live blog's entries) is part of it, never metadata
            return 0
    return 0


def markdown_title(text: str) -> str | None:
    """The title of a Markdown text whose first non-blank line is "# Title" or "## Title"."""
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        level = len(stripped) - len(stripped.lstrip("#"))
        rest = stripped[level:]
        if level in (1, 2) and rest[:1] in (" ", "\t"):
            title = rest.strip().rstrip("#").strip()
            return title or None
        return None
    return None
