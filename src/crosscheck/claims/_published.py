"""Narrow a coarse publication date by the days the article itself reports.

A feed may date an article only to the month ("2024-11") or the year. Its
figures that name no time of their own hold at publication, so they get
that whole month, and the judge cannot set them beside any day's figures.
Yet the text often names days: "Le 7 novembre, le chiffre officiel des
disparus a été actualisé à 93", "the ministry said on 8 November". An
article reports in the past only what has happened, so it was written on or
after the latest such day; the coarse date bounds it from above. A careful
analyst therefore reads the figures of the article's own time as holding
somewhere from that day to the end of the month: ``as_of`` becomes the ISO
interval ``"2024-11-08/2024-11-30"`` (a day when the two meet) with
``as_of_from = "inferred"``.

Only days that certainly lie in the past count, so the bound is never
later than the truth:

* the day of a statement that gives a figure (``as_of_from = "statement"``:
  "Le 7 novembre, le chiffre officiel … a été actualisé à 93"), or a date
  whose happened event (:data:`_HAPPENED`: a statement, a strike, a death)
  stands right beside it ("said on 8 November", "К 8 ноября журналисты
  подтвердили"; :func:`_event_beside`): a day inside what a statement says
  ("said the alert would remain in force until 18 November", "schools
  reopen on 18 November, the ministry said") or a deadline beside a figure
  ("300,000 residents stay evacuated until 18 November") does not count;
* a day (or a span of at most :data:`_SPAN_DAYS` days) inside the coarse
  date, never a month or a week;
* not planned (a future verb, ``Claim.scope`` "planned"; a projected or
  planned figure), in a sentence with no future or forecast word
  (``[scope] planned``, ``[frames.status]`` projected and planned: "the
  toll is expected to be published on 20 November");
* not inside a quote (a speaker's words may announce a day to come).

A day outside the coarse date (a historical "24 February 2022", last
month's onset) says nothing more than the coarse date does. An article with
no publication date at all is left alone: a day-and-month without a year
would have to be guessed into one, and a background date ("the invasion of
24 February 2022") only bounds the year from below.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

import attrs

from .._codes import ClaimKind
from ..extract._document import Document
from ..lang._places import frame_words
from ._model import Claim

#: Where a figure's as-of came from when it is the publication day bounded by the text.
INFERRED = "inferred"

#: The longest span of days whose end still dates a reported happening: a night
#: ("du 7 au 8 novembre") or a weekend; a longer span may run into the future.
_SPAN_DAYS = 2

#: Events whose date is a day that has happened when the article reports it.
#: Meetings, elections and protests are left out: their nouns ("the summit on
#: 20 November", "the election of 5 November") often name a day to come.
_HAPPENED = frozenset(
    {
        "said",
        "reported",
        "announced",
        "published",
        "struck",
        "attacked",
        "died",
        "invaded",
        "launched",
        "sent",
        "arrested",
        "recaptured",
        "withdrew",
        "ended",
        "resigned",
        "approved",
        "signed",
    }
)

#: [frames.status] labels of a figure not yet real: their words make a sentence's day uncertain.
_NOT_YET = frozenset({"projected", "planned"})

#: Where a figure's own day comes from when a statement's day dates it
#: (extract._frame.find_as_of): a day a reporting verb gives the figure on. A day
#: the text merely sets beside a figure may be a deadline ("300,000 residents stay
#: evacuated until 18 November").
_FIGURE_DATED = frozenset({"statement"})

#: How far before a day its event's word may end to date it ("said on 8 November",
#: "made landfall in north-eastern Libya on 11 September").
_EVENT_REACH = 32
#: How far after a day that opens its sentence its event's word may start ("Le 10
#: avril, le ministère a annoncé"), and how many words may stand before such a day.
_FRONTED_REACH = 48
_FRONT_WORDS = 2

#: Marks that end a clause between an event's word and its day.
_BREAK = re.compile(r"[.,;:!?()\[\]]|\s[-\u2013\u2014]\s")


def coarse_end(published: str | None) -> dt.date | None:
    """The last day of a publication date given only to the month or year, else None."""
    if not published or len(published) not in (4, 7):
        return None
    try:
        parts = [int(p) for p in published.split("-")]
    except ValueError:
        return None
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31)
    if not 1 <= parts[1] <= 12:
        return None
    return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])


def _iso_day(value: str | None) -> dt.date | None:
    if not value or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _future_sentence(doc: Document, start: int) -> bool:
    """Whether the sentence at ``start`` holds a future or forecast word."""
    s_start, s_end = doc.sentence_of(start)
    text, folded = doc.text[s_start:s_end], doc.folded[s_start:s_end]
    if any(m.label == "planned" for m in doc.lang.scope.find(text, folded)):
        return True
    return any(m.label in _NOT_YET for m in frame_words(doc.code).status.find(text, folded))


def _event_beside(doc: Document, start: int, end: int) -> bool:
    """Whether a happened event's word dates the day at ``[start, end)`` from right beside it.

    "said on 8 November", "informó el 8 de noviembre", "opublikował rano 22
    grudnia", "made landfall in north-eastern Libya on 11 September": the
    word ends at most :data:`_EVENT_REACH` characters before the day, in its
    clause (no comma, clause opener or break between). After the day only
    when the day opens its sentence, within :data:`_FRONTED_REACH` past the
    comma that may close it ("Am 8. November teilte das Ministerium mit",
    "К 8 ноября журналисты подтвердили"): a day before ", the ministry said"
    in mid-sentence is inside what was said ("schools reopen on 18 November,
    the ministry said"), and the reporting verb of a longer sentence ("said
    the alert would remain until 18 November") dates the saying, not that day.
    """
    lang = doc.lang
    s_start, s_end = doc.sentence_of(start)
    text, folded = doc.text[s_start:s_end], doc.folded[s_start:s_end]
    cs, ce = start - s_start, end - s_start
    named = [m for m in lang.events.find(text, folded) if m.label in _HAPPENED]
    words = [*named, *lang.attribution_verbs.find(text, folded)]
    opens = len(text[:cs].split()) <= _FRONT_WORDS
    after = ce + 1 if text[ce : ce + 1] == "," else ce  # the comma that closes a fronted day
    for word in words:
        if word.end <= cs:
            lo, hi, reach = word.end, cs, _EVENT_REACH
        elif word.start >= after and opens:
            lo, hi, reach = after, word.start, _FRONTED_REACH
        else:
            continue
        if hi - lo > reach or _BREAK.search(text, lo, hi):
            continue
        if lang.clause_openers.find(text[lo:hi], folded[lo:hi]):
            continue
        return True
    return False


def _past_days(
    doc: Document, claims: Sequence[Claim], dates: Sequence[Claim]
) -> list[tuple[int, dt.date, dt.date]]:
    """(position, first day, last day) of each day the article reports as past.

    A figure's statement day (``as_of_from`` "statement": "Le 7 novembre, le
    chiffre officiel … a été actualisé à 93") unless the figure is projected
    or planned, and a date claim whose happened event stands beside it
    (:func:`_event_beside`: "К 8 ноября журналисты подтвердили …").
    """
    found: list[tuple[int, dt.date, dt.date]] = []
    for claim in claims:
        if claim.kind != ClaimKind.QUANTITY.value or claim.as_of_from not in _FIGURE_DATED:
            continue
        if claim.status in _NOT_YET or "planned" in claim.scope:
            continue
        day = _iso_day(claim.as_of)
        if day is not None:
            found.append((claim.start, day, day))
    for claim in dates:
        if claim.kind != ClaimKind.DATE.value or claim.event not in _HAPPENED:
            continue
        if "planned" in claim.scope:
            continue
        first, last = _iso_day(claim.date_low), _iso_day(claim.date_high)
        if first is None or last is None or (last - first).days > _SPAN_DAYS - 1:
            continue
        if _event_beside(doc, claim.start, claim.end):
            found.append((claim.start, first, last))
    return found


def reported_day(
    doc: Document,
    published: str | None,
    claims: Sequence[Claim],
    dates: Sequence[Claim],
    quotes: Sequence[Claim],
) -> dt.date | None:
    """The latest day within a coarse ``published`` that the article reports as past, or None.

    ``claims``, ``dates`` and ``quotes`` are the article's quantity, date and
    quote claims (see the module docs for which days count).
    """
    end = coarse_end(published)
    if end is None or published is None:
        return None
    latest: dt.date | None = None
    for start, _first, last in _past_days(doc, claims, dates):
        if not last.isoformat().startswith(published) or last > end:
            continue
        if latest is not None and last <= latest:
            continue
        if any(q.start <= start < q.end for q in quotes):
            continue
        if _future_sentence(doc, start):
            continue
        latest = last
    return latest


def narrow_published(
    claims: Sequence[Claim],
    doc: Document,
    published: str | None,
    dates: Sequence[Claim],
    quotes: Sequence[Claim],
) -> list[Claim]:
    """The quantity claims, those that hold at a coarse publication date narrowed by the text.

    A figure whose as-of is the publication month (or year) gets the span from
    the latest past day the article reports (:func:`reported_day`) to the end
    of that month (or year): ``"2024-11-08/2024-11-30"``, ``as_of_from = "inferred"``.
    """
    first = reported_day(doc, published, claims, dates, quotes)
    end = coarse_end(published)
    if first is None or end is None:
        return list(claims)
    when = first.isoformat() if first == end else f"{first.isoformat()}/{end.isoformat()}"
    return [
        attrs.evolve(c, as_of=when, as_of_from=INFERRED)
        if c.kind == ClaimKind.QUANTITY.value
        and c.as_of_from == "published"
        and c.as_of == published
        else c
        for c in claims
    ]


__all__ = ["INFERRED", "coarse_end", "narrow_published", "reported_day"]
