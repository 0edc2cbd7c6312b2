"""As-of time: when a figure holds, and which figures hold at the same time.

Every figure gets an as-of time: the day (or month, or year) its text
states (``Claim.as_of``), else its article's publication date, else unknown.
Two figures of one quantity can only conflict when they hold at the same
time: their as-of times lie within :data:`AS_OF_WINDOW_DAYS` of each other
(the same briefing or news cycle). The same quantity at later times is an
update (a running toll), shown as a timeline.

Windows are built without chaining. Conflicts are read in sliding windows:
one from each day a figure holds at, holding the figures from that day to
:data:`AS_OF_WINDOW_DAYS` later (windows held in another are dropped), so
two figures at most a window apart always share one and two figures further
apart never do. A timeline cuts the figures into consecutive windows
instead: swept in as-of order, a window holds the figures from its first
day to the window's end; the next figure opens the next window. A
figure known only to the month or year is not shown to hold at the same
time as a figure of one day (it may be any day of its span): it shares a
window only with the figures of its own span (the same month), joined by
those of a span that holds it (the year). A figure of an undated article
known only to a month named without a year (``Claim.as_of_month``) is read
as that month of the one year whose same month holds the group's figures
(:func:`placed_months`), in the windows conflicts are read in only; with
none or two such years it stays of unknown time. Figures of unknown time form one
window when no figure of the group is dated; beside dated ones they are in
no window with another article's figures (a conflict needs times shown to
overlap), though they still agree; the figures of one undated article share
a window of their own (one writing).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

import attrs

from .._fold import fold
from ..align._rules import days_covered
from ..claims import Claim
from ..claims._published import INFERRED
from ..extract._dates import date_spans
from ..lang._data import available_languages, get_language, may_fall

# Two as-of days this many days apart or closer are "the same time".
# One day: the morning and evening editions of one briefing, and time zones.
AS_OF_WINDOW_DAYS = 0


@attrs.frozen
class Span:
    """The days an as-of time covers (first and last, inclusive)."""

    first: dt.date
    last: dt.date

    @property
    def precise(self) -> bool:
        """A span of at most the window: one briefing, not a month."""
        return (self.last - self.first).days <= AS_OF_WINDOW_DAYS


# Where a claim's as-of is the article's own time: the publication date, or the
# span the days its text reports narrow a coarse one to (claims._published).
PUBLICATION_DATED = frozenset({"published", INFERRED})

# Where a claim's as-of day was read from its own text: a date mention ("text"), or
# the day of the statement that gives the figure ("statement": "On Wednesday the
# ministry said 3,190 had been buried"), the count's own day.
TEXT_DATED = frozenset({"text", "statement"})


def as_of_text(claim: Claim) -> str | None:
    """The claim's as-of time as written: stated, else the publication date."""
    return claim.as_of or claim.published


@functools.lru_cache(maxsize=4096)
def span(iso: str | None) -> Span | None:
    """The days an ISO-like time covers: "2024-06-01", "2024-06" (a month), "2024",
    or an interval of two of them, "2024-11-08/2024-11-30" (a publication day the
    text bounds: claims._published).

    Cached: a batch has few distinct times, read for every claim of every window.
    """
    days = days_covered(iso)
    return None if days is None else Span(*days)


@attrs.frozen
class Window:
    """Figures that hold at the same time; ``first``/``last`` bound the window (None: unknown)."""

    first: dt.date | None
    last: dt.date | None
    claims: tuple[Claim, ...]


def _partition(
    precise: Sequence[Claim], spans: dict[str, Span | None]
) -> list[tuple[dt.date, dt.date, list[Claim]]]:
    """Day-precise figures cut into consecutive windows, each as long as the window."""
    bounds: list[tuple[dt.date, dt.date, list[Claim]]] = []
    for claim in precise:
        s = spans[claim.id]
        assert s is not None
        if bounds and s.first <= bounds[-1][0] + dt.timedelta(days=AS_OF_WINDOW_DAYS):
            first, last, members = bounds[-1]
            bounds[-1] = (first, max(last, s.last), [*members, claim])
        else:
            bounds.append((s.first, s.last, [claim]))
    return bounds


def _sliding(
    precise: Sequence[Claim], spans: dict[str, Span | None]
) -> list[tuple[dt.date, dt.date, list[Claim]]]:
    """One window from each day a figure holds at, to the window's end; none held by another."""
    days = sorted({s.first for c in precise if (s := spans[c.id]) is not None})
    found: list[tuple[dt.date, dt.date, list[Claim]]] = []
    for day in days:
        end = day + dt.timedelta(days=AS_OF_WINDOW_DAYS)
        members = [c for c in precise if day <= spans[c.id].first <= end]  # type: ignore[union-attr]
        last = max(spans[c.id].last for c in members)  # type: ignore[union-attr]
        found.append((day, last, members))
    sets = [{c.id for c in m} for _, _, m in found]
    return [
        w
        for i, w in enumerate(found)
        if not any(j != i and sets[i] < sets[j] for j in range(len(sets)))
        and sets[i] not in sets[:i]
    ]


def _tells_rise(members: Sequence[Claim]) -> bool:
    """One article tells how a count grew: its dated figures lie before and below the rest.

    "Five were missing on Wednesday; the figure has risen to 22": the
    text-dated figures all hold before the article's own day and lie wholly
    below every figure of that day, so the article gives an earlier value
    and the current one (an update), not two figures side by side. So does one
    that tells how a count that may fall fell (:func:`~crosscheck.lang._data.may_fall`): "Nine were
    still in hospital on Monday, down from 22 on Sunday", its dated figures all
    wholly above those of its day; never a count that cannot fall (the dead).
    """
    dated = [c for c in members if c.as_of_from in TEXT_DATED]
    current = [c for c in members if c.as_of_from not in TEXT_DATED]
    if not dated or not current:
        return False
    ways: set[str] = set()
    for earlier in dated:
        for now in current:
            then, today = as_of_text(earlier), as_of_text(now)
            if not (then and today and then[:10] < today[:10]):
                return False
            if earlier.high is not None and now.low is not None and earlier.high < now.low:
                ways.add("rise")
            elif (
                now.high is not None
                and earlier.low is not None
                and now.high < earlier.low
                and may_fall(now.unit)
                and may_fall(earlier.unit)
            ):
                ways.add("fall")
            else:
                return False
            if len(ways) > 1:
                return False  # one article's count rose and fell: no one course told
            if earlier.as_of_from == "text" and "/" not in then and _rival_sources(earlier, now):
                # a rival's larger figure is no rise of the count, when the earlier one's day
                # is a day its words name (the event's), not a span before the writing ("a
                # week earlier" in a month-dated article) nor its statement's own day
                return False
    return True


# The words of a normalised source id ("foreign_ministry").
_ID_WORD = re.compile(r"[^\W_]+")


def _rival_sources(a: Claim, b: Claim) -> bool:
    """Two figures credited to two different sources: rival readings, not one count told
    at two times ("23 dead, the council says … the rescue group speaks of at least 30").
    A source whose words all stand in the other's names the same body ("the ministry" for
    "the foreign ministry", "das Ministerium" for "das Außenministerium")."""
    if a.source_id is None or b.source_id is None or a.source_id == b.source_id:
        return False
    mine, theirs = _ID_WORD.findall(a.source_id), _ID_WORD.findall(b.source_id)
    return not (_names_within(mine, theirs) or _names_within(theirs, mine))


def _names_within(words: Sequence[str], other: Sequence[str]) -> bool:
    """Whether every word of a source stands in the other, alone or as the head that ends
    a compound ("ministerium" in "ausenministerium")."""
    return all(any(o.endswith(w) for o in other) for w in words)


def _side_by_side(
    claims: Sequence[Claim],
    spans: dict[str, Span | None],
    bounds: Sequence[tuple[dt.date, dt.date, list[Claim]]],
) -> list[tuple[dt.date, dt.date, list[Claim]]]:
    """One window per article that sets an undated figure beside a dated one.

    An article that gives two figures for one quantity, one of them with no
    time of its own (its as-of is the publication date), offers them side by
    side as of its writing ("initially 11,000-12,000 … officials estimate
    20,000-30,000"): they are compared, and a clash is a same-article
    conflict. Two figures the text dates itself stay in their own windows.
    """
    by_article: dict[str, list[Claim]] = {}
    for claim in claims:
        if spans[claim.id] is not None:
            by_article.setdefault(claim.article, []).append(claim)
    found = []
    for members in by_article.values():
        if len(members) < 2 or not any(c.as_of_from in PUBLICATION_DATED for c in members):
            continue
        if not any(c.as_of_from in TEXT_DATED for c in members):
            continue
        if _tells_rise(members):
            continue
        ids = {c.id for c in members}
        if any(ids <= {c.id for c in m} for _, _, m in bounds):
            continue
        first = min(spans[c.id].first for c in members)  # type: ignore[union-attr]
        last = max(spans[c.id].last for c in members)  # type: ignore[union-attr]
        found.append((first, last, sorted(members, key=lambda c: c.id)))
    return found


def placed_months(claims: Sequence[Claim], spans: dict[str, Span | None]) -> dict[str, Span]:
    """The month spans of the group's yearless-month figures that one year places.

    A figure of an undated article dated by a month named without a year
    (``Claim.as_of_month``: "В феврале президент назвал … 380 тысяч раненых")
    holds in that month of some year. When the group's figures of a known time
    (``spans``) hold in that month of exactly one year (a span of one month at
    most: a day, an interval or the month itself, as "about 390,000 injured"
    dated "2025-02"), the figure is read as that month of that year: a month
    figure, which shares a window only with the figures of that month (and of a
    span that holds it). With no such year, or two ("February 2024" and
    "February 2025" both hold figures of the group), it stays unplaced, of
    unknown time. Only for the windows conflicts are read in: a yearless month
    is no point of a timeline, so it never makes an update, nor a conflict
    with a figure of another month.
    """
    partial = [c for c in claims if spans[c.id] is None and c.as_of_month is not None]
    if not partial:
        return {}
    years: dict[int, set[int]] = {}
    for claim in claims:
        s = spans[claim.id]
        if s is not None and (s.first.year, s.first.month) == (s.last.year, s.last.month):
            years.setdefault(s.first.month, set()).add(s.first.year)
    placed: dict[str, Span] = {}
    for claim in partial:
        month = claim.as_of_month
        assert month is not None
        held = years.get(month, set())
        if len(held) == 1:
            (year,) = held
            placed[claim.id] = _month_span(year, month)
    return placed


def _month_span(year: int, month: int) -> Span:
    """The days of one month of one year."""
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return Span(first, following - dt.timedelta(days=1))


def windows(claims: Sequence[Claim], *, sliding: bool = False) -> list[Window]:
    """The same-time windows of a group's claims (see module docs), in time order.

    ``sliding``: one window from each as-of day (they overlap; a pair of
    figures a day apart always shares one) — the windows conflicts are read
    in. Otherwise consecutive windows that cut the figures into a
    partition — the points of a timeline.
    """
    spans = {c.id: span(as_of_text(c)) for c in claims}
    if sliding:
        spans.update(placed_months(claims, spans))
    precise = sorted(
        (c for c in claims if (s := spans[c.id]) is not None and s.precise),
        key=lambda c: (spans[c.id].first, c.id),  # type: ignore[union-attr]
    )
    bounds = _sliding(precise, spans) if sliding else _partition(precise, spans)
    if sliding:
        bounds.extend(_side_by_side(claims, spans, bounds))
    in_precise = {c.id for c in precise}
    wide = sorted((c for c in claims if c.id not in in_precise and spans[c.id]), key=lambda c: c.id)
    unknown = sorted((c for c in claims if spans[c.id] is None), key=lambda c: c.id)
    # A figure known only to the month (a feed that dates its articles
    # "2023-09") may hold at any of its days: it is not shown to hold at
    # the same time as a figure of one day, so it shares windows only with
    # figures of its own grain whose spans hold its own (the same month).
    own: dict[tuple[dt.date, dt.date], list[Claim]] = {}
    for claim in wide:
        s = spans[claim.id]
        assert s is not None
        own.setdefault((s.first, s.last), []).append(claim)
    for (first, last), members in sorted(own.items()):
        outer = [
            c
            for (f, la), ms in own.items()
            if (f, la) != (first, last) and f <= first and last <= la
            for c in ms
        ]
        bounds.append((first, last, [*members, *outer]))
    if not bounds:
        return [Window(None, None, tuple(unknown))] if unknown else []
    # A figure of unknown time beside dated ones cannot be shown to hold at
    # the same time as any of them: it conflicts with none (it still agrees),
    # but with the figures of its own article (:func:`_undated_articles`).
    found = [
        Window(first, last, tuple(sorted(members, key=lambda c: c.id)))
        for first, last, members in sorted(bounds, key=lambda b: (b[0], b[1]))
    ]
    return found + (_undated_articles(unknown) if sliding else [])


def _undated_articles(unknown: Sequence[Claim]) -> list[Window]:
    """One window per undated article of the figures it gives for one quantity.

    An article with no date whose text dates none of its figures gives them
    all as of its one writing, whenever that was: "the civil protection puts
    the toll at 18; the health ministry speaks of 21" sets two readings of one
    time side by side, as a dated article's would be. Such a window holds no
    figure of another article (their times cannot be shown to meet), so it
    is read for conflicts only, never as a timeline point. A figure whose sentence
    names a date (:func:`_names_a_day`) is left out: its time is its own, unknown.
    """
    by_article: dict[str, list[Claim]] = {}
    for claim in unknown:
        if not _names_a_day(claim.sentence, claim.language):
            by_article.setdefault(claim.article, []).append(claim)
    return [
        Window(None, None, tuple(members))
        for _, members in sorted(by_article.items())
        if len(members) > 1
    ]


@functools.lru_cache(maxsize=4096)
def _names_a_day(sentence: str, language: str) -> bool:
    """The sentence names a date (a weekday, "yesterday", a day of a month): its figure
    may hold at that time, which an undated article gives no way to place ("Luni,
    autoritățile anunțaseră 12 morți" beside "a urcat la 20 de morți")."""
    if language not in available_languages():
        return True  # nothing to read it with: no window of its own
    return bool(date_spans(sentence, fold(sentence), get_language(language)))
