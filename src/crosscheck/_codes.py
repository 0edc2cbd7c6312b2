"""Stable string codes used across the pipeline.

Each code is at once the JSON value, the future SARIF rule id, the baseline key
and a DataFrame column value, so renaming one is a breaking change (schema
version bump and CHANGELOG entry).
"""

from __future__ import annotations

from enum import StrEnum


class ClaimKind(StrEnum):
    """What a claim asserts."""

    QUANTITY = "quantity"
    DATE = "date"
    QUOTE = "quote"


class Qualifier(StrEnum):
    """How the text bounds a figure.

    An approximate range ("about 11,000-12,000") is ``APPROX`` with
    ``low < high``; a plain range ("between 20,000 and 30,000") is ``RANGE``.
    """

    EXACT = "exact"
    APPROX = "approx"
    OVER = "over"
    AT_LEAST = "at_least"
    UNDER = "under"
    UP_TO = "up_to"
    RANGE = "range"
    VAGUE = "vague"


class FindingKind(StrEnum):
    """What the judge concluded about one quantity, date or quote.

    The order of the members is the display order (conflicts first) and
    render's section order; a finding's ``kind`` is its headline, its
    ``facets`` the other views of the same quantity.
    """

    CONFLICT = "conflict"
    QUOTE_VARIANT = "quote_variant"
    TIMELINE = "timeline"
    RANGE = "range"
    AGREEMENT = "agreement"
    SINGLE_SOURCE = "single_source"
    NOT_ALIGNED = "not_aligned"


class Severity(StrEnum):
    """How sure a conflict is.

    ``hard``: the sides are apart beyond tolerance and nothing in their frames
    explains the gap; ``soft``: apart only narrowly (within twice the
    tolerance) or with a stated scope or status difference that may explain it.
    """

    HARD = "hard"
    SOFT = "soft"


class ScopeDifference(StrEnum):
    """What differs between two conflicting sides besides their values (may explain the gap)."""

    SCOPE = "scope"  # scope markers: "initially" vs "overall", "at least" vs "in total"
    TIME_SCOPE = "time_scope"  # time words: "in the first week" vs unstated
    STATUS = "status"  # estimated vs stated
    PLACE_ONE_SIDE = "place_one_side"  # one side names a place, the other none
    AS_OF_UNKNOWN = "as_of_unknown"  # a side has a figure of unknown time
    PUBLISHED = "published"  # the sides' articles were published on different days


class FindingNote(StrEnum):
    """Remarks a finding carries as codes (render words them)."""

    COUNT_FELL = "count_fell"  # a later figure is lower: missing persons found, or an error
    SAME_ARTICLE = "same_article"  # one article gives figures on two sides
    INCREMENT = "increment"  # an increment, never compared with totals
    RUNNING_COUNT = "running_count"  # many values in one window: a count updated within it
    BRIDGING = "bridging"  # some figures fit more than one side (vague or wide ones)
    CANNOT_FALL = "cannot_fall"  # a later figure below an earlier one of a count that never falls
    MISPRINT = "misprint"  # two figures one digit apart, or with two digits swapped
    CONVERTED_SUM = "converted_sum"  # conversions of one sum into another currency
    RIVAL_BOUNDS = "rival_bounds"  # two sources' open counts an article sets side by side
    DENIED = "denied"  # one side is a figure a source denies, the other asserts that value


class EdgeReason(StrEnum):
    """Why the aligner joined two claims (an edge of the claim graph)."""

    SAME_STORY = "same_story"
    SAME_UNIT = "same_unit"
    SAME_EVENT = "same_event"
    SAME_SUBJECT = "same_subject"
    SAME_PLACE = "same_place"
    SHARED_ENTITIES = "shared_entities"
    SHARED_TOPICS = "shared_topics"
    SIMILAR_WORDING = "similar_wording"
    SIMILAR_QUOTE = "similar_quote"
    RIVAL_READINGS = "rival_readings"  # an article sets one's value against the other's
    SOLE_FIGURES = "sole_figures"  # each its article's only value of the unit, each of a day
    SAME_RATE = "same_rate"  # both a flow of one period ("2,300 a day", "1.500 al día")


class RefusalReason(StrEnum):
    """Why two claims were not compared: the codes of ``Report.explain`` and refusals."""

    SAME_CLAIM = "same_claim"
    DIFFERENT_KIND = "different_kind"
    NOT_COMPARABLE = "not_comparable"  # a claim no other is compared with (no unit, scare quote)
    DIFFERENT_STORY = "different_story"
    DIFFERENT_UNIT = "different_unit"
    INCREMENT_VS_TOTAL = "increment_vs_total"
    PART_VS_WHOLE = "part_vs_whole"
    AFTERSHOCK_VS_MAIN_SHOCK = "aftershock_vs_main_shock"  # an aftershock's magnitude, the quake's
    DIFFERENT_THRESHOLD = "different_threshold"  # "25 aftershocks above M3" vs "hundreds"
    RATE_VS_CUMULATIVE = "rate_vs_cumulative"
    PERIOD_TOTAL_VS_COUNT = "period_total_vs_count"  # "since the start of the winter" vs a day's
    DIFFERENT_EVENT = "different_event"
    DIFFERENT_SUBJECT = "different_subject"
    DIFFERENT_PLACE = "different_place"
    PLACE_PART_OF = "place_part_of"  # one place holds the other: part of, never a conflict
    DIFFERENT_STATUS = "different_status"
    DIFFERENT_TIME = "different_time"  # background history vs the story's own time
    SAME_ARTICLE = "same_article"
    SAME_STATEMENT = "same_statement"  # one sentence, one source: parts of one statement
    NO_SHARED_TOPIC = "no_shared_topic"
    NO_EVIDENCE = "no_evidence"  # nothing in the contexts says it is the same thing
    DIFFERENT_SUM = "different_sum"  # conversions of two different sums ("(US$1.2 bn)")
    DIFFERENT_TENSE = "different_tense"
    PREDATES = "predates"  # an article cannot report an event dated after its publication
    WORDING_TOO_DIFFERENT = "wording_too_different"
    NOT_IN_CLIQUE = "not_in_clique"  # compatible with some members of a group, not all


class ArticleStatus(StrEnum):
    """Whether an input article made it into the analysis."""

    OK = "ok"
    SKIPPED = "skipped"


class SkipReason(StrEnum):
    """Why an input was not analysed; every skipped input carries one."""

    EMPTY = "skipped.empty"
    BINARY = "skipped.binary"
    TOO_LARGE = "skipped.too_large"
    ENCODING = "skipped.encoding"
    MALFORMED_JSON = "skipped.malformed_json"
    MISSING_TEXT = "skipped.missing_text"
    UNKNOWN_LANGUAGE = "skipped.unknown_language"
    UNSUPPORTED_LANGUAGE = "skipped.unsupported_language"
    UNREADABLE = "skipped.unreadable"
    UNSUPPORTED_FORMAT = "skipped.unsupported_format"
    DUPLICATE_ID = "skipped.duplicate_id"
    BATCH_LIMIT = "skipped.batch_limit"  # over max_articles or max_total_bytes for the batch
    TOO_COMPLEX = "skipped.too_complex"  # extraction went over the per-article time budget


class ErrorReason(StrEnum):
    """Why an error was raised: the ``reason`` of every :class:`CrosscheckError`.

    Stable codes, like :class:`SkipReason`, for scripts that handle errors.
    """

    NO_INPUT = "no_input"
    BAD_INPUT = "bad_input"
    UNKNOWN_LANGUAGE = "unknown_language"
    UNSUPPORTED_LANGUAGE = "unsupported_language"
    PUBLISHED = "published"
    LANGUAGE_DATA = "language_data"
