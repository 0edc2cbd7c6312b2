"""The claim: one checkable statement of one article, with its provenance."""

from __future__ import annotations

import attrs

from ..extract._quantity import Number

# An as-of time of this length names one day ("2025-07-16"; a month is "2025-07").
ISO_DAY = "2025-07-16"


@attrs.frozen
class Claim:
    """A statement an article makes, traced to its exact place in the article.

    ``article_text[start:end] == text``. Quantity claims carry the stated
    bounds (``low``/``high``, None = open), the ``qualifier``, the unit
    concept and whether it is an ``increment``; all claims carry what their
    sentence says around them: the ``event`` (predicate concept), ``actor``,
    ``place``, ``scope`` markers, ``time_scope`` words and the source the
    article credits (``attributed_to``), distinct from the publisher. Date
    claims carry ``value`` (ISO-like: "2024-06", "2025-spring") with its
    ``grain`` and the first and last day it covers (``date_low``,
    ``date_high``); quote claims carry the ``speaker``.
    Frozen and hashable, so a claim can be a graph node and cross processes.
    """

    id: str
    article: str
    kind: str  # a ClaimKind value
    text: str
    start: int
    end: int
    sentence: str = attrs.field(repr=False)
    sentence_start: int = attrs.field(repr=False)
    language: str
    low: Number | None = None
    high: Number | None = None
    qualifier: str | None = None
    approximate: bool = False
    unit: str | None = None
    unit_text: str | None = None
    quantity_kind: str | None = None
    increment: bool = False
    change: str | None = None
    event: str | None = None
    predicate: str | None = None
    actor: str | None = None
    place: str | None = None
    scope: tuple[str, ...] = ()
    time_scope: str | None = None
    entities: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    attributed_to: str | None = None
    attribution_cue: str | None = None
    attribution_start: int | None = None
    attribution_end: int | None = None
    attribution_chain: tuple[str, ...] = ()
    self_cited: bool = False  # the credited source is the article's own publisher
    publisher: str | None = None
    published: str | None = None
    # date claims: the ISO-like value with its grain, and the days it covers
    value: str | None = None
    grain: str | None = None
    date_low: str | None = None
    date_high: str | None = None
    relative: bool = False
    resolved_against: str | None = None
    # quote claims: who is quoted, and whether it is a one- or two-word scare quote
    speaker: str | None = None
    scare: bool = False
    # the frame of a figure: what makes two figures the same quantity
    story: str | None = None  # the story the article belongs to (input or clustering)
    subject: str | None = None  # whose figure: a normalised key ("north_korea", "civilians")
    status: str | None = None  # confirmed, estimated, projected, planned, denied; None = as stated
    rate: str | None = None  # "day", "week", …: a per-period rate, not a cumulative total
    # ISO day the figure holds at (a month or year when no day is known; an interval
    # "2024-11-08/2024-11-30" when the text narrows a coarse publication date)
    as_of: str | None = None
    # where as_of came from: "text", "statement", "published", "inferred" (claims._published)
    as_of_from: str | None = None
    # the month (1-12) the figure holds in when its article has no publication date and
    # names the month without a year ("In February, …"): a partial time, with ``as_of``
    # None; the judge places it in a year only when its group holds figures of that
    # month of one year (judge._time.placed_months)
    as_of_month: int | None = None
    # minutes after midnight of the clock time the sentence right before states, on the same
    # line, when the figure's own sentence states no time of day nor date (claims._hours)
    hour_before: int | None = None
    place_id: str | None = None  # normalised place key, for containment (see claims._frames)
    # the text says the place holds part of a larger whole ("most of the victims were in
    # X, where 1,100 died"): the figure is not the whole's, which names no place
    place_part: bool = False
    source_id: str | None = None  # normalised credited source across spellings and languages
    wire: str | None = None  # the wire/agency credit of the article ("AFP", "Reuters")
    # the figure's statement (see claims._statements): the claim it is a part of
    # ("2,059 injured, of whom 1,404 …"), and the other figures its article gives for
    # the same day ("killed=2012"), which tie two reports to one briefing
    part_of: str | None = None
    # the status of a group the text picks the figure out of when the article gives
    # that group no figure ("two Romanians among the victims", "two of the injured"):
    # the figure counts part of that group, never the group's whole (claims._statements)
    among: str | None = None
    reported_with: tuple[str, ...] = ()
    # the stated bounds ("1100000:1100000", open ends empty) of the figures its article sets
    # this one against as another source's reading of the same quantity (claims._rivals)
    rival_readings: tuple[str, ...] = ()
    # the unit concept the figure is compared as when its article names its count by another
    # noun: a plain head count ("rund 55.000 Menschen") that the article sets against another
    # source's figure of a person concept ("mehr als 70.000 Flüchtlingen") takes that concept
    # (claims._rivals); None: its unit
    counted_as: str | None = None
    # the figure is its article's only value of its unit concept (the same value told
    # twice is one): the quantity the article is about (claims._sole)
    sole: bool = False
    # the figure is its credited source's only value of its unit concept in its article,
    # and the article's other values of it are other named sources' readings: that source's
    # reading of the quantity the article is about (claims._sole)
    source_sole: bool = False
    # the names beside the figure that its article's headline does not give ("lacul de
    # acumulare Tașaul mai are doar 23%"): the one thing of the story it is of (claims._names)
    names: tuple[str, ...] = ()
    # who denies the figure, when the article reports it in order to deny it (status
    # "denied", see claims._denials): "Shukri denied that the toll had reached 11,300"
    denied_by: str | None = None
    # where a CI annotation points and what a baseline remembers (see claims._fingerprint):
    # set when the report is assembled; the fingerprint never depends on the claim's position
    fingerprint: str | None = None
    line: int | None = None  # 1-based line of the figure in its file (the record's for .jsonl)
    column: int | None = None  # 1-based column of the figure on that line (None for .jsonl)
