"""Date mentions in running text, resolved to calendar intervals.

``find_dates(text, language, published=...)`` finds every mention of a date in
an article — absolute ("3 septembrie 2025", "June 15, 2024", "2025-09-03"),
partial ("în 2024", "June 2024", "primăvara anului 2025", "fin 2024"), spans
("între sfârșitul anului 2024 și primăvara anului 2025", "dal 2019 al 2022")
and relative ones ("ieri", "last week", "luni", "in aprile", "acestui an") —
and resolves each to what a reader would take it to mean, as a value with its
grain and the first and last day it covers, so two articles that date one
event differently ("June 2024", "2024") can be compared as intervals.

All the words come from the language files (``[dates]``: months, weekdays,
seasons, frames, links, relative words, span connectors); this module holds
only the grammar that puts them together and the calendar conventions below.

Resolution rules, in short (each is a declared constant or a function below):

* A relative mention is resolved against the publication date when one is
  given (``reference == "published"``). Without it, the latest year the text
  states explicitly stands in for the publication year (``"text_year"``): it
  is enough for "in aprile" or "this year", not for "luni" or "ieri", which
  then keep ``value=None`` — a date is never guessed silently.
* A month (or day and month) named without a year is the most recent such
  month not after the publication month: "in aprile" in an article of
  September 2025 is April 2025, "in October" is October 2024. A season named
  without a year is the most recent one that has begun by the publication date.
* A bare weekday is the nearest such day to the publication date, with the
  past preferred: news mostly reports what happened, so the past occurrence
  wins unless the future one is more than ``_FUTURE_HANDICAP_DAYS`` nearer
  (published on a Wednesday: Saturday–Wednesday are this week's past days,
  Thursday and Friday the coming ones). The verb's tense is not read, but a
  tense word right beside the weekday is (``[dates] weekday_tense``: "last
  Friday", "el pasado viernes", "vendredi dernier" are in the past seven days,
  "next Tuesday", "lundi prochain" in the coming seven).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

import attrs

from .._codes import ErrorReason
from .._errors import InputError
from .._fold import fold
from .._phrases import Openers, has_marks
from ..lang import LanguageData
from ..lang._places import frame_words
from ._document import Document

# A 24-hour clock time with its minutes ("14:00", "19h30"), not part of a longer figure
# ("3:1:2", "12.30.5"): the hour a count was told (judge._clock), never a figure's digits.
CLOCK_TIME = re.compile(r"(?<![\d:])(?<!\d[.,])([01]?\d|2[0-3])[:h]([0-5]\d)(?![\d:])(?![.,]\d)")

# Parts of a year, as the quadrimesters of ISO 8601-2:2019 (EDTF level 2
# sub-year groupings 37-39): "start of 2024" is January-April, "mid-2024"
# May-August, "end of 2024" September-December. Thirds partition the year, so
# "end of 2024" and "2024" overlap and "start" and "end" never do.
_YEAR_PARTS: dict[str, tuple[int, int]] = {"start": (1, 4), "mid": (5, 8), "end": (9, 12)}

# Parts of a month, as the dekads of the World Meteorological Organization:
# days 1-10, 11-20 and 21 to the month's end.
_MONTH_PARTS: dict[str, tuple[int, int]] = {"start": (1, 10), "mid": (11, 20), "end": (21, 31)}

# Seasons as the meteorological seasons of the northern hemisphere (WMO):
# first and last month. Winter runs December-February and "winter Y" is the
# winter whose January falls in Y (December Y-1 to February Y): most of its
# days are in Y.
_SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "winter": (12, 2),
}

# A bare weekday is the nearest occurrence to the publication date; the future
# one must be nearer by more than this many days to win (the past is preferred).
_FUTURE_HANDICAP_DAYS = 1

# Relative words of the language files, by meaning: (grain, offset).
_RELATIVE: dict[str, tuple[str, int]] = {
    "day_before_yesterday": ("day", -2),
    "yesterday": ("day", -1),
    "today": ("day", 0),
    "tomorrow": ("day", 1),
    "day_after_tomorrow": ("day", 2),
    "week_before": ("day", -7),  # "a week earlier", "uma semana antes": that day a week back
    # "earlier this week", "en début de semaine", "на початку тижня": the first days of the
    # publication week that lie before publication (_resolve_early_week)
    "early_week": ("week_start", 0),
    "last_week": ("week", -1),
    "this_week": ("week", 0),
    "next_week": ("week", 1),
    "last_month": ("month", -1),
    "this_month": ("month", 0),
    "next_month": ("month", 1),
    "last_year": ("year", -1),
    "this_year": ("year", 0),
    "next_year": ("year", 1),
}

# How many days from its Monday "early in the week" may reach ("en début de semaine",
# "a principios de semana"): Monday to Wednesday, and never the publication day itself.
_EARLY_WEEK_DAYS = 3

# Years a four-digit figure may name; without a year word or preposition before
# it (in languages that write years bare, ``bare_years``), only modern ones.
_MIN_YEAR, _MAX_YEAR = 1000, 2100
_BARE_YEARS = (1900, 2100)
# A figure that is a multiple of this, followed by a counted noun, is a count
# even after a year preposition ("in 2000 cases"); 2024 there is a year.
_ROUND_COUNT = 100
# Link words allowed between two parts of one date ("3 de septiembre de 2025").
_MAX_LINKS = 3

_WORD_START = re.compile(r"(?<!\w)\w")
# A hyphen glued to a word right after a relative date word makes it part of a longer
# word ("ce soir-là", "cette semaine-là": that evening, that week), no relative date.
_GLUED = re.compile(r"-\w")
_DAY = re.compile(r"[0-9]{1,2}(?![0-9])")
_YEAR = re.compile(r"[0-9]{4}(?![0-9])")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?![0-9])")
_ISO_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})(?![0-9-])")
_LETTERS = re.compile(r"[^\W\d_]+'?")  # a word, with the apostrophe of an elision ("d'")
_NUMERIC_DATE = re.compile(r"([0-9]{1,2})([./-])([0-9]{1,2})\2([0-9]{4})(?![0-9])")
_GROUPED_AFTER = re.compile(r"[ .,][0-9]{3}(?![0-9])")
_SPACES = " \t"
_OPENING = "\"'«„“([-"


@attrs.frozen
class DateMention:
    """One mention of a date in a text, and the interval it names.

    ``text == source[start:end]``. ``value`` spells the date with its grain:
    ``"2025-09-03"`` (day), ``"2024-06"`` (month), ``"2024"`` (year),
    ``"2025-spring"`` (season), ``"2024-end"`` / ``"2024-06-start"`` (part of a
    year or month), ``"2025-W43"`` (week), ``"2024-end/2025-spring"`` (span);
    ``None`` when it cannot be resolved. ``low`` and ``high`` are the first and
    last day covered (``"YYYY-MM-DD"``). ``relative`` says the mention needed a
    reference date, and ``reference`` which one was used: ``"published"`` or
    ``"text_year"`` (``None`` for absolute or unresolved mentions).
    ``bare_month`` is the month (1-12) a mention names alone, with no year, day,
    part or relative word ("in February", "в феврале", "en février"): the month
    an undated article's figure may be placed in (``Claim.as_of_month``); ``None``
    for every other mention.
    """

    text: str
    start: int
    end: int
    value: str | None
    grain: str
    low: str | None
    high: str | None
    relative: bool
    reference: str | None
    bare_month: int | None = None


@attrs.frozen
class _Date:
    """One parsed date, before it is resolved."""

    start: int
    end: int
    year: int | None = None
    shift: int | None = None  # year relative to the reference year ("this year" = 0)
    month: int | None = None
    day: int | None = None
    season: str | None = None
    part: str | None = None
    weekday: int | None = None
    tense: str | None = None  # "past" / "next": the week of "last Friday" ([dates])
    relative: str | None = None  # a key of _RELATIVE of day, week or month grain
    ambiguous: bool = False  # a numeric date whose day and month cannot be told apart


@attrs.frozen
class _Span:
    start: int
    end: int
    first: _Date
    second: _Date


@attrs.frozen
class _Resolved:
    value: str | None
    grain: str
    low: date | None
    high: date | None
    relative: bool
    reference: str | None


@attrs.frozen
class _Reference:
    published: date | None
    text_year: int | None
    # (year, month) of a publication date known to the month only ("2025-03"):
    # enough to place a yearless month ("in February") in its year.
    month: tuple[int, int] | None = None


def find_dates(text: str, language: str, *, published: str | None = None) -> list[DateMention]:
    """Every date mention in ``text``, in order, resolved against ``published``.

    ``published`` is the article's publication date (``"YYYY-MM-DD"``; a longer
    ISO timestamp is cut to its date). Without it, relative mentions are
    resolved against the latest year the text states, when that is enough
    (see the module docstring). Raises :class:`crosscheck.InputError` for a
    malformed ``published`` and :class:`crosscheck.UnsupportedLanguageError`
    for a language without data.
    """
    return dates_in(Document(text, language, published=published))


def dates_in(doc: Document) -> list[DateMention]:
    """Every date mention of ``doc``, in order, resolved against ``doc.published``.

    The extractors' entry point (``find_dates`` builds the ``Document``); a
    claim builder reads ``doc.dates``, which calls this once per article.
    """
    text = doc.text
    pub = _parse_published(doc.published)
    found = _Parser(text, doc.lang, doc.folded).parse()
    years = [y for item in found for y in _explicit_years(item)]
    ref = _Reference(
        pub, max(years) if years and pub is None else None, _published_month(doc.published)
    )
    mentions: list[DateMention] = []
    for item in found:
        try:
            res = _resolve_span(item, ref) if isinstance(item, _Span) else _resolve(item, ref)
        except (ValueError, OverflowError):
            # A reference at the edge of the calendar ("0001-01-01" from a
            # feed's zero time) cannot resolve "yesterday": leave it unresolved.
            grain = "span" if isinstance(item, _Span) else "day"
            res = _Resolved(None, grain, None, None, True, None)
        mentions.append(
            DateMention(
                text=text[item.start : item.end],
                start=item.start,
                end=item.end,
                value=res.value,
                grain=res.grain,
                low=res.low.isoformat() if res.low else None,
                high=res.high.isoformat() if res.high else None,
                relative=res.relative,
                reference=res.reference,
                bare_month=_bare_month(item),
            )
        )
    return mentions


def _bare_month(item: _Date | _Span) -> int | None:
    """The month a mention names alone ("in February"), with nothing that places it in a
    year or narrows it ("February 2024", "12 February", "early February", "last month")."""
    if isinstance(item, _Span) or item.month is None:
        return None
    if item.year is not None or item.shift is not None or item.day is not None:
        return None
    if item.season or item.part or item.weekday is not None or item.relative:
        return None
    return item.month


def date_spans(text: str, folded: str, lang: LanguageData) -> list[tuple[int, int]]:
    """The spans of the date mentions of ``text`` (unresolved: where they stand only).

    For readers that must tell a date's digits from a figure's ("le Maroc
    avait fait, samedi 9 septembre, 2 012 morts": 9 is no other figure).
    """
    return [(item.start, item.end) for item in _Parser(text, lang, folded).parse()]


_PARTIAL_PUBLISHED = re.compile(r"[0-9]{4}(?:-[0-9]{2})?")


def _parse_published(published: str | None) -> date | None:
    if published is None:
        return None
    if _PARTIAL_PUBLISHED.fullmatch(str(published).strip()):
        return None  # "2023-09", "2023": a month or year gives no day to count from
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError as exc:
        raise InputError(
            f"published must be an ISO date (YYYY-MM-DD), got {published!r}",
            reason=ErrorReason.PUBLISHED,
        ) from exc


def _published_month(published: str | None) -> tuple[int, int] | None:
    """(year, month) of a publication date given to the month only ("2025-03"), else None.

    A yearless month or season in such an article is the latest one not after
    that month ("im Februar" in a March 2025 article is February 2025), rather
    than one of the latest year the text happens to state.
    """
    raw = str(published).strip() if published is not None else ""
    if len(raw) != 7 or not _PARTIAL_PUBLISHED.fullmatch(raw):
        return None
    year, month = int(raw[:4]), int(raw[5:])
    return (year, month) if 1 <= month <= 12 else None


def _explicit_years(item: _Date | _Span) -> list[int]:
    parts = [item.first, item.second] if isinstance(item, _Span) else [item]
    return [p.year for p in parts if p.year is not None]


# --- parsing -----------------------------------------------------------------

# What may open a date at a position, as bits: each phrase set a reader starts
# with (in the order given to Openers, see _openers), and an ASCII digit, which
# the readers of figures start with. A reader whose bit is off finds nothing
# there, so it is not tried.
_SPAN_OPEN, _WEEKDAY, _FRAME, _MONTH, _SEASON, _RELATIVE_WORD, _FIGURE = (1 << i for i in range(7))
_ANY = (1 << 7) - 1

# The openers of each language's date phrase sets, built on first use; keyed by
# the identity of its LanguageData, which the entry keeps alive (so the id is
# never reused while the entry stands).
_OPENERS: dict[int, tuple[LanguageData, Openers]] = {}
_MAX_LANGUAGES = 64


def _openers(lang: LanguageData) -> Openers:
    """The phrase sets a date mention can open with (_mention_at), as one check
    whose bits are _SPAN_OPEN … _RELATIVE_WORD."""
    hit = _OPENERS.get(id(lang))
    if hit is None or hit[0] is not lang:
        if len(_OPENERS) >= _MAX_LANGUAGES:
            _OPENERS.clear()
        sets = (
            lang.span_open,
            lang.weekday_openers,
            lang.date_frames,
            lang.month_names,
            lang.season_names,
            lang.date_relative,
        )
        hit = _OPENERS[id(lang)] = (lang, Openers(sets))
    return hit[1]


# How far back a compared reading's figure and its baseline word may start before a
# weekday ("contre une trentaine lundi").
_COMPARED_REACH = 40
_NON_SPACE = re.compile(r"\S+")


class _Parser:
    """A small recursive-descent reader of date phrases over the folded text.

    Every step matches at a given position (anchored regular expressions and
    phrase sets), so reading a text costs a bounded number of anchored matches
    per word.
    """

    def __init__(self, text: str, lang: LanguageData, folded: str | None = None) -> None:
        self.text = text
        self.folded = fold(text) if folded is None else folded
        self.lang = lang
        self.abbreviations = lang.month_abbreviations
        # The readers of one date, in the order they are tried, each with what
        # it opens with (see _ANY).
        self._readers = (
            (self._numeric_at, _FIGURE),
            (self._weekday_at, _WEEKDAY),
            (self._frame_at, _FRAME),
            (self._day_date_at, _FIGURE),
            (self._month_date_at, _MONTH),
            (self._season_at, _SEASON),
            (self._relative_at, _RELATIVE_WORD),
            (self._cued_year_at, _FIGURE),
        )

    def parse(self) -> list[_Date | _Span]:
        found: list[_Date | _Span] = []
        pos = 0
        folded = self.folded
        # A mention opens with an ASCII digit or with a phrase of one of the
        # six sets _mention_at tries: at each word only the readers of what is
        # there are tried (one lookup, see Openers), and the words where
        # nothing can open are skipped; either way the result is the same.
        openers = None if has_marks(folded) else _openers(self.lang)
        for m in _WORD_START.finditer(folded):
            p = m.start()
            if p < pos:
                continue
            if openers is None:
                opens = _ANY
            else:
                opens = openers.which(folded, p, self.text)
                if "0" <= folded[p] <= "9":
                    opens |= _FIGURE
                if not opens:
                    continue
            item = self._mention_at(p, opens)
            if item is not None:
                if item.start < pos:
                    item = attrs.evolve(item, start=p)
                found.append(item)
                pos = item.end
        return found

    # -- helpers over positions ---------------------------------------------

    def _ws(self, pos: int) -> int:
        while pos < len(self.folded) and self.folded[pos] in _SPACES:
            pos += 1
        return pos

    def _char(self, pos: int) -> str:
        return self.folded[pos] if 0 <= pos < len(self.folded) else ""

    def _glued_before(self, pos: int) -> bool:
        """A digit string at ``pos`` is part of a longer figure, id or date."""
        prev = self._char(pos - 1)
        if prev.isalnum() or prev == "_":
            return True
        return prev in ".,:/" and self._char(pos - 2).isdigit()

    def _glued_after(self, end: int) -> bool:
        nxt = self._char(end)
        if nxt in ".,:/" and self._char(end + 1).isdigit():
            return True
        return nxt.isalpha()

    def _sentence_initial(self, pos: int) -> bool:
        i = pos - 1
        while i >= 0 and (self.folded[i] in _SPACES or self.folded[i] in _OPENING):
            i -= 1
        return i < 0 or self.folded[i] in ".!?:\n\u2026"

    def _name_not_date(self, pos: int) -> bool:
        """A capitalised month or weekday inside a sentence, in a language that
        writes them in lower case, is a name ("Domingo", "Primavera")."""
        return (
            self.lang.names_lowercase
            and self.text[pos : pos + 1].isupper()
            and not self._sentence_initial(pos)
        )

    def _figure_follows(self, end: int) -> bool:
        """The number ending at ``end`` counts something ("2000 de soldați")."""
        lang = self.lang
        q = self._ws(end)
        if _GROUPED_AFTER.match(self.folded, end):
            return True
        positions = [q]
        word = _LETTERS.match(self.folded, q)
        if word and word.group() in lang.noun_links:
            positions.append(self._ws(word.end()))
        return any(
            phrases.match_at(self.folded, at, self.text) is not None
            for at in positions
            for phrases in (lang.units, lang.currency, lang.percent, lang.casualties)
        )

    # -- atoms ---------------------------------------------------------------

    def _day_at(self, pos: int, *, dot: bool = True) -> tuple[int, int] | None:
        """A day of the month at ``pos``, with its ordinal ending ("15th", "1er") and,
        when ``dot``, the period of "3. September"."""
        m = _DAY.match(self.folded, pos)
        if not m or self._glued_before(pos):
            return None
        end = m.end()
        nxt = self._char(end)
        if nxt in ":h" and self._char(end + 1).isdigit():
            return None  # a clock time, "09:13", "9h30"
        if nxt in ".," and self._char(end + 1).isdigit():
            return None  # a decimal or grouped figure
        for suffix in sorted(self.lang.ordinal_suffixes, key=len, reverse=True):
            if suffix and self.folded.startswith(suffix, end):
                after = end + len(suffix)
                if not self._char(after).isalnum():
                    end = after
                    break
        if self._char(end).isalpha():
            return None
        if dot and self._char(end) == "." and not self._char(end + 1).isdigit():
            end += 1
        value = int(m.group())
        return (value, end) if 1 <= value <= 31 else None

    def _year_at(self, pos: int) -> tuple[int, int] | None:
        m = _YEAR.match(self.folded, pos)
        if not m or self._glued_before(pos) or self._glued_after(m.end()):
            return None
        value = int(m.group())
        if not _MIN_YEAR <= value <= _MAX_YEAR:
            return None
        return value, m.end()

    def _month_at(self, pos: int) -> tuple[int, int, bool] | None:
        m = self.lang.month_names.match_at(self.folded, pos, self.text)
        if m is None:
            return None
        name = self.folded[m.start : m.end]
        written = self.text[m.start : m.end].lower()
        if written != name and written not in self.lang.written_months:
            return None  # "mają" ("they have") folds to "maja" (May) but is written apart
        if name in self.lang.ambiguous_months:
            # "may" (en) is a month only as "May"; "mai" (ro) is "more" in "3 mai mulți".
            if not self.lang.names_lowercase and not self.text[pos : pos + 1].isupper():
                return None
            after = self._ws(m.end)
            if self.lang.month_false_after.match_at(self.folded, after, self.text) is not None:
                return None
        abbreviated = name in self.abbreviations
        end = m.end
        if abbreviated and self._char(end) == ".":
            end += 1
        return int(m.label), end, abbreviated

    def _link_ends(self, pos: int) -> list[int]:
        """Ends of the link words and year words at ``pos`` ("de", "del", "del año"),
        longest first: "del año pasado" reads on after "del año" and after "del"."""
        ends = {
            m.end
            for phrases in (self.lang.date_links, self.lang.year_words)
            if (m := phrases.match_at(self.folded, pos, self.text)) is not None
        }
        return sorted(ends, reverse=True)

    def _after_links(self, pos: int) -> list[int]:
        """``pos`` and the positions after one, two or three link words (each reading)."""
        positions = [pos]
        frontier = [pos]
        for _ in range(_MAX_LINKS):
            frontier = [self._ws(end) for at in frontier for end in self._link_ends(at)]
            if not frontier:
                break
            positions.extend(p for p in frontier if p not in positions)
        return positions

    def _year_slot(self, pos: int) -> tuple[int | None, int | None, int] | None:
        """A year, written ("2024", "anului 2024") or relative ("acestui an")."""
        for at in self._after_links(pos):
            rel = self.lang.date_relative.match_at(self.folded, at, self.text)
            if rel is not None and _RELATIVE.get(rel.label, ("", 0))[0] == "year":
                return None, _RELATIVE[rel.label][1], rel.end
            year = self._year_at(at)
            if year is not None:
                return year[0], None, year[1]
        return None

    # -- single dates ------------------------------------------------------

    def _single_at(self, p: int, opens: int = _ANY) -> _Date | None:
        """The first date a reader finds at ``p``, of the readers of what ``opens``
        says may open there (see _ANY); the others would find nothing."""
        for reader, needs in self._readers:
            if not opens & needs:
                continue
            found = reader(p)
            if found is not None:
                return found
        return None

    def _numeric_at(self, p: int) -> _Date | None:
        if self._glued_before(p):
            return None
        m = _ISO_DATE.match(self.folded, p)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            return _Date(p, m.end(), year=y, month=mo, day=d) if _valid(y, mo, d) else None
        m = _ISO_MONTH.match(self.folded, p)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            return _Date(p, m.end(), year=y, month=mo) if 1 <= mo <= 12 else None
        m = _NUMERIC_DATE.match(self.folded, p)
        if not m:
            return None
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        day_first = self.lang.day_first
        if day_first is None:
            if a > 12 >= b:
                day_first = True
            elif b > 12 >= a:
                day_first = False
            elif a != b:
                if 1 <= a <= 12 and 1 <= b <= 12:
                    return _Date(p, m.end(), year=y, ambiguous=True)
                return None
            else:
                day_first = True
        d, mo = (a, b) if day_first else (b, a)
        return _Date(p, m.end(), year=y, month=mo, day=d) if _valid(y, mo, d) else None

    def _weekday_at(self, p: int) -> _Date | None:
        w = self.lang.weekday_names.match_at(self.folded, p, self.text)
        if w is None:
            return self._short_weekday_at(p)
        q = self._ws(w.end)
        if self._char(q) == ",":
            q = self._ws(q + 1)
        dated = self._day_date_at(q) or self._month_date_at(q)
        if dated is not None and dated.day is not None:
            return attrs.evolve(dated, start=p, weekday=int(w.label))
        if self._name_not_date(p) or self._not_weekday(p, w.end):
            return None
        return _Date(p, w.end, weekday=int(w.label), tense=self._weekday_tense(p, w.end))

    def _short_weekday_at(self, p: int) -> _Date | None:
        """A weekday said short that is an ordinal too ("na sexta" / "na sexta posição",
        [dates] short_weekdays): a day only right after a cue ("na", "nesta") and before
        no word but a tense word, a part of the day or a follower ("na sexta à noite",
        "na segunda passada", "Na quinta, a polícia")."""
        lang = self.lang
        w = lang.short_weekday_names.match_at(self.folded, p, self.text)
        if w is None or self._name_not_date(p):
            return None
        cue = lang.short_weekday_cues.match_before(self.folded, p, window=24)
        if cue is None or self.folded[cue.end : p].strip():
            return None
        if cue.start > 0 and self._char(cue.start - 1).isalnum():
            return None
        q = self._ws(w.end)
        if self._char(q).isalnum() and not any(
            words.match_at(self.folded, q, self.text) is not None
            for words in (lang.weekday_tense, lang.day_parts, lang.short_weekday_followers)
        ):
            return None
        return _Date(p, w.end, weekday=int(w.label), tense=self._weekday_tense(p, w.end))

    def _weekday_tense(self, start: int, end: int) -> str | None:
        """'past' or 'next' when a tense word stands right before or after the weekday.

        "el pasado viernes", "vendredi dernier", "venerdì scorso", "am vergangenen
        Freitag", "next Tuesday" ([dates] weekday_tense): the word, not the
        distance to the publication day, says which week the day is in.
        """
        tense = self.lang.weekday_tense
        if tense.empty:
            return None
        after = tense.match_at(self.folded, self._ws(end), self.text)
        if after is not None:
            return after.label
        before = tense.match_before(self.folded, start, window=24)
        if before is not None and not self.folded[before.end : start].strip():
            return before.label
        return None

    def _not_weekday(self, start: int, end: int) -> bool:
        """A weekday name that here means something else ("trei luni" = three months)."""
        lang = self.lang
        words = self.folded[max(0, start - 30) : start].split()
        if words:
            word = words[-1].strip(".,;:")
            if (word.isdigit() or word in lang.number_vocabulary) and not self._compared_count(
                start, end
            ):
                return True
        if lang.weekday_false_before.match_before(self.folded, start, window=30) is not None:
            return True
        return lang.weekday_false_after.match_at(self.folded, self._ws(end), self.text) is not None

    def _compared_count(self, start: int, end: int) -> bool:
        """True when the figure right before the weekday at ``start`` is a compared
        reading's: a ``[frames] baseline`` word, then only the figure's digits or number
        words, then the weekday ("contre 22 dimanche soir", "contre une trentaine
        lundi", "față de 22 duminică", "tegenover 22 zondagavond"): the day dates that
        reading. A weekday that after a number is a plural noun (``[dates]
        weekday_nouns``: "față de 22 luni" = 22 months, unless a part of day follows it)
        and an article before the
        figure ("contre le 22 dimanche") keep the number's reading."""
        lang = self.lang
        if (
            lang.weekday_nouns.match_at(self.folded, start, self.text) is not None
            and lang.day_parts.match_at(self.folded, self._ws(end), self.text) is None
        ):
            return False  # "22 luni" = 22 months; "22 luni seara" = Monday evening
        lo = max(0, start - _COMPARED_REACH)
        words = [
            (w.start(), w.group().strip(".,")) for w in _NON_SPACE.finditer(self.folded, lo, start)
        ]
        first = None
        for at, word in reversed(words[1:]):  # the figure's words, back to its first
            if not (
                word.replace(".", "").replace(",", "").isdigit() or word in lang.number_vocabulary
            ):
                break
            first = at
        if first is None:
            return False
        hit = frame_words(lang.code).baseline.match_before(self.folded, first, window=32)
        return hit is not None and not self.folded[hit.end : first].strip()

    def _frame_at(self, p: int) -> _Date | None:
        """ "la sfârșitul anului 2024", "fin 2024", "end of June", "mid-2024"."""
        f = self.lang.date_frames.match_at(self.folded, p, self.text)
        if f is None:
            return None
        part = f.label if f.label in _YEAR_PARTS else None
        q = self._ws(f.end)
        if self._char(q) == "-" and not self._char(q + 1).isspace():
            q += 1
        for at in self._after_links(q):
            month = self._month_at(at)
            if month is not None:
                slot = self._year_slot(self._ws(month[1]))
                if slot is not None:
                    return _Date(p, slot[2], year=slot[0], shift=slot[1], month=month[0], part=part)
                if month[2]:
                    return None
                return _Date(p, month[1], month=month[0], part=part)
            season = self.lang.season_names.match_at(self.folded, at, self.text)
            if season is not None:
                slot = self._year_slot(self._ws(season.end))
                if slot is None:
                    return _Date(p, season.end, season=season.label)
                return _Date(p, slot[2], year=slot[0], shift=slot[1], season=season.label)
        slot = self._year_slot(q)
        if slot is None:
            # The frame may have swallowed the start of a relative year:
            # "la sfârșitul anului trecut", "eind dit jaar".
            for m in _WORD_START.finditer(self.folded, p + 1, f.end):
                inner = self._year_slot(m.start())
                if inner is not None and inner[2] >= f.end and inner[1] is not None:
                    slot = inner
                    break
        if slot is None:
            return None
        return _Date(p, slot[2], year=slot[0], shift=slot[1], part=part)

    def _day_date_at(self, p: int) -> _Date | None:
        """ "3 septembrie 2025", "3. September", "3 de septiembre de 2025", "15th of June"."""
        day = self._day_at(p)
        if day is None:
            return None
        for at in self._after_links(self._ws(day[1])):
            month = self._month_at(at)
            if month is None:
                continue
            q = self._ws(month[1])
            if self._char(q) == ",":
                q = self._ws(q + 1)
            slot = self._year_slot(q)
            if slot is not None:
                if slot[0] is not None and not _valid(slot[0], month[0], day[0]):
                    return None
                return _Date(p, slot[2], year=slot[0], shift=slot[1], month=month[0], day=day[0])
            if not _valid(2000, month[0], day[0]):  # 2000 is a leap year: 29 February is valid
                return None
            return _Date(p, month[1], month=month[0], day=day[0])
        return None

    def _month_date_at(self, p: int) -> _Date | None:
        """ "June 2024", "giugno del 2024", "June 15, 2024", "în septembrie"."""
        month = self._month_at(p)
        if month is None or self._name_not_date(p):
            return None  # "Mars 2020" is a mission, "Aprile" a name
        number, end, abbreviated = month
        q = self._ws(end)
        if self.lang.month_day_first:
            day = self._day_at(q, dot=False)
            if day is not None and not self._figure_follows(day[1]):
                r = self._ws(day[1])
                if self._char(r) == ",":
                    r = self._ws(r + 1)
                slot = self._year_slot(r)
                if slot is not None:
                    if slot[0] is not None and not _valid(slot[0], number, day[0]):
                        return None
                    return _Date(p, slot[2], year=slot[0], shift=slot[1], month=number, day=day[0])
                if _valid(2000, number, day[0]):
                    return _Date(p, day[1], month=number, day=day[0])
        slot = self._year_slot(q)
        if slot is not None:
            return _Date(p, slot[2], year=slot[0], shift=slot[1], month=number)
        if abbreviated:
            return None
        name = self.folded[p:end].rstrip(".")
        if name in self.lang.ambiguous_months and (
            self.lang.month_cues.match_before(self.folded, p, window=20) is None
        ):
            return None
        return _Date(p, end, month=number)

    def _season_at(self, p: int) -> _Date | None:
        """ "primăvara anului 2025", "spring of 2025", "în primăvara acestui an", "au printemps"."""
        s = self.lang.season_names.match_at(self.folded, p, self.text)
        if s is None or self._name_not_date(p):
            return None  # "Primavera araba", "Primavera Sound 2025"
        slot = self._year_slot(self._ws(s.end))
        if slot is not None:
            return _Date(p, slot[2], year=slot[0], shift=slot[1], season=s.label)
        if self.lang.season_prepositions.match_before(self.folded, p, window=20) is None:
            return None
        return _Date(p, s.end, season=s.label)

    def _relative_at(self, p: int) -> _Date | None:
        r = self.lang.date_relative.match_at(self.folded, p, self.text)
        if r is None or r.label not in _RELATIVE:
            return None
        if _GLUED.match(self.text, r.end):
            return None  # "ce soir-là", "cette semaine-là": that evening, not this one
        grain, offset = _RELATIVE[r.label]
        if grain == "year":
            return _Date(p, r.end, shift=offset)
        return _Date(p, r.end, relative=r.label)

    def _cued_year_at(self, p: int) -> _Date | None:
        """A year after a year preposition or year word: "în 2024", "nel 2019", "anul 2025".

        A counted noun right after the figure makes it a count ("în 2000 de
        cazuri", "in 1500 cases"), unless the figure is a modern year that no
        count would round to ("in 2024 troepen gestuurd": counts of that size
        are round figures).
        """
        year = self._year_at(p)
        if year is None:
            return None
        modern = _BARE_YEARS[0] <= year[0] <= _BARE_YEARS[1]
        counted = self._figure_follows(year[1])
        if counted and (not modern or year[0] % _ROUND_COUNT == 0):
            return None
        word = self.lang.year_words.match_before(self.folded, p, window=24)
        if word is not None:
            return _Date(word.start, year[1], year=year[0])
        if self.lang.year_prepositions.match_before(self.folded, p, window=24) is not None:
            return _Date(p, year[1], year=year[0])
        if (
            self.lang.bare_years
            and modern
            and not counted
            and self.lang.qualifiers.match_before(self.folded, p, window=40) is None
        ):
            return _Date(p, year[1], year=year[0])
        return None

    def _bare_day(self, p: int) -> _Date | None:
        day = self._day_at(p)
        return None if day is None else _Date(p, day[1], day=day[0])

    def _bare_year(self, p: int) -> _Date | None:
        year = self._year_at(p)
        if year is None or self._figure_follows(year[1]):
            return None
        return _Date(p, year[1], year=year[0])

    # -- spans ---------------------------------------------------------------

    def _mention_at(self, p: int, opens: int = _ANY) -> _Date | _Span | None:
        """The date or span at ``p``, read by the readers of what ``opens`` says
        may open there (see _ANY)."""
        span = self._open_span_at(p) if opens & _SPAN_OPEN else None
        if span is not None:
            return span
        first = self._single_at(p, opens)
        left = first
        if left is None and opens & _FIGURE:
            left = self._bare_year(p) or self._bare_day(p)
        if left is not None:
            q = self._ws(left.end)
            infix = self.lang.span_infix.match_at(self.folded, q, self.text)
            if infix is not None:
                r = self._ws(infix.end)
                second = self._single_at(r) or self._bare_year(r)
                joined = _join(left, second) if second is not None else None
                if joined is not None:
                    return attrs.evolve(joined, start=left.start)
        return first

    def _open_span_at(self, p: int) -> _Span | None:
        """ "între X și Y", "between June and August 2024", "dal 2019 al 2022"."""
        opener = self.lang.span_open.match_at(self.folded, p, self.text)
        if opener is None:
            return None
        q = self._ws(opener.end)
        first = self._single_at(q) or self._bare_year(q) or self._bare_day(q)
        if first is None:
            return None
        r = self._ws(first.end)
        closer = self.lang.span_close.match_at(self.folded, r, self.text)
        if closer is None or (opener.label, closer.label) not in self.lang.span_pairs:
            return None
        s = self._ws(closer.end)
        second = self._single_at(s) or self._bare_year(s)
        if second is None:
            return None
        joined = _join(first, second)
        return None if joined is None else attrs.evolve(joined, start=p)


def _join(first: _Date, second: _Date) -> _Span | None:
    """Two dates read as one span, each borrowing what the other states.

    "3-5 septembrie" lends the month to the bare day; "between June and
    August 2024" lends the year to June (December before February belongs to
    the year before); "from June 2024 to March" lends 2024 (or 2025) to March.
    """
    bare_day = first.day is not None and first.month is None and first.year is None
    if bare_day:
        if second.day is None or second.month is None or first.day is None:
            return None
        if first.day >= second.day:
            return None
        first = attrs.evolve(second, start=first.start, end=first.end, day=first.day, weekday=None)
        return _Span(first.start, second.end, first, second)
    if first.relative or second.relative or (first.weekday is not None and first.day is None):
        return None
    if (
        first.year is not None
        and second.year is not None
        and first.month is None
        and first.season is None
        and second.month is None
        and second.season is None
        and second.year <= first.year
    ):
        return None  # "2022-2019" is not a span
    first_month, second_month = _start_month(first), _start_month(second)
    if first.year is None and first.shift is None and first_month is not None:
        if second.year is not None and second_month is not None:
            year = second.year - (1 if first_month > second_month else 0)
            first = attrs.evolve(first, year=year)
        elif second.shift is not None and second_month is not None:
            shift = second.shift - (1 if first_month > second_month else 0)
            first = attrs.evolve(first, shift=shift)
        elif second.year is not None or second.shift is not None:
            return None  # "between June and 2024": not one span
    if (
        second.year is None
        and second.shift is None
        and second_month is not None
        and first.year is not None
        and first_month is not None
    ):
        year = first.year + (1 if second_month < first_month else 0)
        second = attrs.evolve(second, year=year)
    return _Span(first.start, second.end, first, second)


def _start_month(d: _Date) -> int | None:
    if d.month is not None:
        return d.month
    if d.season is not None:
        return _SEASONS[d.season][0]
    return None


def _valid(year: int, month: int, day: int) -> bool:
    if not 1 <= month <= 12:
        return False
    return 1 <= day <= calendar.monthrange(year, month)[1]


# --- resolution --------------------------------------------------------------


def _resolve_span(span: _Span, ref: _Reference) -> _Resolved:
    a, b = _resolve(span.first, ref), _resolve(span.second, ref)
    value = f"{a.value}/{b.value}" if a.value and b.value else None
    return _Resolved(
        value=value,
        grain="span",
        low=a.low if value else None,
        high=b.high if value else None,
        relative=a.relative or b.relative,
        reference=(a.reference or b.reference) if value else None,
    )


def _resolve(d: _Date, ref: _Reference) -> _Resolved:
    if d.relative is not None:
        return _resolve_relative(d.relative, ref)
    if d.weekday is not None and d.day is None:
        return _resolve_weekday(d.weekday, ref, d.tense)
    grain = _grain(d)
    if d.ambiguous:
        return _Resolved(None, grain, None, None, False, None)
    year = d.year
    relative = year is None
    reference: str | None = None
    if year is None:
        base, reference = _reference_year(ref)
        if base is None:
            return _Resolved(None, grain, None, None, True, None)
        if d.shift is not None:
            year = base + d.shift
        elif ref.published is not None:
            year = _year_of_latest(d, ref.published)
        elif ref.month is not None:
            year = _year_of_latest(d, date(ref.month[0], ref.month[1], 1))
        else:
            year = base
    value, low, high = _interval(d, year)
    return _Resolved(value, grain, low, high, relative, reference)


def _reference_year(ref: _Reference) -> tuple[int | None, str | None]:
    if ref.published is not None:
        return ref.published.year, "published"
    if ref.month is not None:
        return ref.month[0], "published"
    if ref.text_year is not None:
        return ref.text_year, "text_year"
    return None, None


def _grain(d: _Date) -> str:
    if d.day is not None or d.ambiguous:
        return "day"
    if d.part is not None:
        return "part"
    if d.month is not None:
        return "month"
    if d.season is not None:
        return "season"
    return "year" if d.year is not None or d.shift is not None else "day"


def _year_of_latest(d: _Date, published: date) -> int:
    """The year that makes a yearless month or season the latest one not after publication."""
    if d.season is not None:
        for year in (published.year + 1, published.year, published.year - 1):
            if _season_bounds(d.season, year)[0] <= published:
                return year
        return published.year - 1
    month = d.month or 1
    return published.year if month <= published.month else published.year - 1


def _interval(d: _Date, year: int) -> tuple[str, date, date]:
    if d.month is not None and d.day is not None:
        day = date(year, d.month, min(d.day, calendar.monthrange(year, d.month)[1]))
        return day.isoformat(), day, day
    if d.month is not None:
        last = calendar.monthrange(year, d.month)[1]
        if d.part is not None:
            lo, hi = _MONTH_PARTS[d.part]
            return (
                f"{year:04d}-{d.month:02d}-{d.part}",
                date(year, d.month, lo),
                date(year, d.month, min(hi, last)),
            )
        return f"{year:04d}-{d.month:02d}", date(year, d.month, 1), date(year, d.month, last)
    if d.season is not None:
        low, high = _season_bounds(d.season, year)
        return f"{year:04d}-{d.season}", low, high
    if d.part is not None:
        first, last_month = _YEAR_PARTS[d.part]
        end = date(year, last_month, calendar.monthrange(year, last_month)[1])
        return f"{year:04d}-{d.part}", date(year, first, 1), end
    return f"{year:04d}", date(year, 1, 1), date(year, 12, 31)


def _season_bounds(season: str, year: int) -> tuple[date, date]:
    first, last = _SEASONS[season]
    start_year = year - 1 if first > last else year
    low = date(start_year, first, 1)
    high = date(year, last, calendar.monthrange(year, last)[1])
    return low, high


def _resolve_relative(key: str, ref: _Reference) -> _Resolved:
    grain, offset = _RELATIVE[key]
    pub = ref.published
    if pub is None and ref.month is not None:
        return _resolve_in_month(grain, offset, ref.month)
    if pub is None:
        return _Resolved(None, grain, None, None, True, None)
    if grain == "day":
        day = pub + timedelta(days=offset)
        return _Resolved(day.isoformat(), "day", day, day, True, "published")
    if grain == "week_start":
        return _resolve_early_week(pub)
    if grain == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=offset)
        iso = monday.isocalendar()
        return _Resolved(
            f"{iso.year}-W{iso.week:02d}",
            "week",
            monday,
            monday + timedelta(days=6),
            True,
            "published",
        )
    year, month0 = divmod(pub.year * 12 + pub.month - 1 + offset, 12)
    month = month0 + 1
    last = calendar.monthrange(year, month)[1]
    return _Resolved(
        f"{year:04d}-{month:02d}",
        "month",
        date(year, month, 1),
        date(year, month, last),
        True,
        "published",
    )


def _resolve_in_month(grain: str, offset: int, month: tuple[int, int]) -> _Resolved:
    """A relative word of an article dated only to its month ("2025-01").

    A month word is that month moved ("last month": December 2024). A day before
    publication ("yesterday", "a week earlier", "cu o săptămână în urmă") is that many
    days before some day of the month: the interval of the month's days moved back
    (``"2024-12-25/2025-01-24"``, grain ``"month_before"``), all the text can say, and
    enough to hold the figure before the article's own time. Other words (today, a
    week, a day to come) stay unresolved: the month holds them, or they are ahead.
    """
    year, mon = month
    if grain == "month":
        y, m0 = divmod(year * 12 + mon - 1 + offset, 12)
        last = calendar.monthrange(y, m0 + 1)[1]
        return _Resolved(
            f"{y:04d}-{m0 + 1:02d}",
            "month",
            date(y, m0 + 1, 1),
            date(y, m0 + 1, last),
            True,
            "published",
        )
    if grain != "day" or offset >= 0:
        return _Resolved(None, grain, None, None, True, None)
    shift = timedelta(days=offset)
    low = date(year, mon, 1) + shift
    high = date(year, mon, calendar.monthrange(year, mon)[1]) + shift
    return _Resolved(
        f"{low.isoformat()}/{high.isoformat()}", "month_before", low, high, True, "published"
    )


def _resolve_early_week(pub: date) -> _Resolved:
    """The first days of the publication week before the publication day.

    "35 tonnes, contre 12 tonnes annoncées en début de semaine" in an article of a
    Friday: Monday to Wednesday (:data:`_EARLY_WEEK_DAYS`), the ISO interval
    ``"2025-08-04/2025-08-06"``; published on a Tuesday, the Monday alone; on a
    Monday, that day (the week has no earlier day).
    """
    monday = pub - timedelta(days=pub.weekday())
    last = min(monday + timedelta(days=_EARLY_WEEK_DAYS - 1), pub - timedelta(days=1))
    last = max(last, monday)
    value = monday.isoformat() if last == monday else f"{monday.isoformat()}/{last.isoformat()}"
    return _Resolved(value, "week_start", monday, last, True, "published")


def _resolve_weekday(weekday: int, ref: _Reference, tense: str | None = None) -> _Resolved:
    pub = ref.published
    if pub is None:
        return _Resolved(None, "weekday", None, None, True, None)
    back = (pub.isoweekday() - weekday) % 7
    ahead = (7 - back) % 7
    if tense == "past":
        day = pub - timedelta(days=back or 7)  # "last Friday" said on a Friday: a week ago
    elif tense == "next":
        day = pub + timedelta(days=ahead or 7)
    elif back == 0 or ahead + _FUTURE_HANDICAP_DAYS >= back:
        day = pub - timedelta(days=back)
    else:
        day = pub + timedelta(days=ahead)
    return _Resolved(day.isoformat(), "weekday", day, day, True, "published")
