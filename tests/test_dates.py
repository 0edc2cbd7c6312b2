"""``find_dates`` and ``event_for``: the API, the resolution rules, and round trips.

The per-language sentences live in ``tests/corpus_dates/``; this module checks
the contract every mention keeps, the declared conventions, and properties
that must hold for any date in any language (a date written with a language's
month names reads back as itself; "yesterday" is always the day before).
"""

from __future__ import annotations

import itertools
import pickle
import tomllib
from datetime import date, timedelta
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import InputError, UnsupportedLanguageError
from crosscheck.extract import _dates
from crosscheck.extract._dates import (
    _FUTURE_HANDICAP_DAYS,
    _MONTH_PARTS,
    _RELATIVE,
    _SEASONS,
    _YEAR_PARTS,
    DateMention,
    find_dates,
)
from crosscheck.extract._events import event_for
from crosscheck.lang import available_languages, get_language

LANGUAGES = available_languages()


def _one(text: str, language: str, published: str | None = None) -> DateMention:
    found = find_dates(text, language, published=published)
    assert len(found) == 1, f"{text!r}: {found}"
    return found[0]


def _raw_dates(language: str) -> dict[str, object]:
    return dict(get_language(language).raw.get("dates", {}))


# --- the API -------------------------------------------------------------------


def test_a_mention_is_a_frozen_slice_of_the_text() -> None:
    text = "Tratatul a fost semnat pe 3 septembrie 2025, la Beijing."
    m = _one(text, "ro")
    assert text[m.start : m.end] == m.text == "3 septembrie 2025"
    assert (m.value, m.grain, m.low, m.high) == ("2025-09-03", "day", "2025-09-03", "2025-09-03")
    assert (m.relative, m.reference) == (False, None)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        m.value = "2024"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(m)) == m


def test_mentions_come_in_text_order_and_never_overlap() -> None:
    text = "Ieri, 2 septembrie 2025, la sfârșitul anului 2024 și în primăvara anului 2025."
    found = find_dates(text, "ro", published="2025-09-03")
    assert [m.text for m in found] == [
        "Ieri",
        "2 septembrie 2025",
        "la sfârșitul anului 2024",
        "primăvara anului 2025",
    ]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_a_malformed_publication_date_is_an_input_error() -> None:
    with pytest.raises(InputError) as info:
        find_dates("ieri", "ro", published="25 December 2025")
    assert info.value.reason == "published"
    with pytest.raises(ValueError, match="ISO date"):
        find_dates("ieri", "ro", published="2025-13-40")


def test_a_timestamp_is_cut_to_its_date() -> None:
    m = _one("Yesterday the talks ended.", "en", published="2025-09-03T23:10:00+02:00")
    assert m.value == "2025-09-02"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(UnsupportedLanguageError):
        find_dates("3 septembrie 2025", "xx")


# --- resolution rules ----------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "text", "value"),
    [
        ("2025-09-03", "L'esercito ha riferito in aprile.", "2025-04"),
        ("2025-09-03", "L'accordo è stato firmato in settembre.", "2025-09"),
        ("2025-09-03", "L'accordo è stato firmato in ottobre.", "2024-10"),
        ("2025-01-15", "Le truppe sono arrivate in dicembre.", "2024-12"),
    ],
)
def test_a_month_without_a_year_is_the_latest_not_after_publication(
    published: str, text: str, value: str
) -> None:
    m = _one(text, "it", published=published)
    assert (m.value, m.relative, m.reference) == (value, True, "published")


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("lunedì", "2025-10-27"),
        ("martedì", "2025-10-28"),
        ("mercoledì", "2025-10-29"),
        ("giovedì", "2025-10-30"),
        ("venerdì", "2025-10-31"),
        ("sabato", "2025-10-25"),
        ("domenica", "2025-10-26"),
    ],
)
def test_a_weekday_is_the_nearest_with_the_past_preferred(word: str, value: str) -> None:
    # Published on Wednesday 29 October 2025: Saturday to Wednesday are this
    # week's past days; Thursday and Friday, one and two days ahead, are nearer
    # ahead than back (six and five days) by more than the handicap.
    assert _FUTURE_HANDICAP_DAYS == 1
    m = _one(f"Il vertice di {word} a Roma.", "it", published="2025-10-29")
    assert (m.value, m.grain, m.relative) == (value, "weekday", True)


def test_without_a_publication_date_the_latest_stated_year_is_the_reference() -> None:
    text = "Nel 2019 e nel 2023 le truppe sono avanzate; in aprile si sono ritirate."
    found = find_dates(text, "it")
    assert [m.value for m in found] == ["2019", "2023", "2023-04"]
    assert (found[-1].relative, found[-1].reference) == (True, "text_year")


def test_a_publication_date_wins_over_the_years_of_the_text() -> None:
    text = "Nel 2019 le truppe sono avanzate; in aprile si sono ritirate."
    m = find_dates(text, "it", published="2025-09-03")[-1]
    assert (m.value, m.reference) == ("2025-04", "published")


@pytest.mark.parametrize(
    ("text", "grain"),
    [
        ("Il leader ha parlato lunedì nel 2024.", "weekday"),
        ("Ieri, nel 2024, il governo è caduto.", "day"),
        ("La settimana scorsa, nel 2024, il governo è caduto.", "week"),
    ],
)
def test_a_year_is_not_enough_for_a_day(text: str, grain: str) -> None:
    m = next(m for m in find_dates(text, "it") if m.grain == grain)
    assert (m.value, m.low, m.high, m.relative, m.reference) == (None, None, None, True, None)


def test_nothing_to_resolve_against_leaves_the_value_empty() -> None:
    m = _one("Le truppe si sono ritirate in aprile.", "it")
    assert (m.value, m.grain, m.relative, m.reference) == (None, "month", True, None)


def test_this_year_is_the_publication_year() -> None:
    m = _one("Moscova a recucerit regiunea în primăvara acestui an.", "ro", published="2025-09-03")
    assert (m.value, m.low, m.high, m.relative) == ("2025-spring", "2025-03-01", "2025-05-31", True)


# --- conventions ---------------------------------------------------------------


def test_parts_of_a_year_are_quadrimesters() -> None:
    assert _YEAR_PARTS == {"start": (1, 4), "mid": (5, 8), "end": (9, 12)}
    cases = {"début 2024": "2024-start", "mi-2024": "2024-mid", "fin 2024": "2024-end"}
    bounds = []
    for text, value in cases.items():
        m = _one(text, "fr")
        assert (m.value, m.grain) == (value, "part")
        bounds.append((m.low, m.high))
    assert bounds == [
        ("2024-01-01", "2024-04-30"),
        ("2024-05-01", "2024-08-31"),
        ("2024-09-01", "2024-12-31"),
    ]


def test_parts_of_a_month_are_dekads() -> None:
    assert _MONTH_PARTS == {"start": (1, 10), "mid": (11, 20), "end": (21, 31)}
    m = _one("Acordul va fi semnat la sfârșitul lunii februarie 2024.", "ro")
    assert (m.value, m.grain, m.low, m.high) == ("2024-02-end", "part", "2024-02-21", "2024-02-29")
    m = _one("The vote is due in mid-June 2025.", "en")
    assert (m.low, m.high) == ("2025-06-11", "2025-06-20")


def test_seasons_are_meteorological_and_winter_belongs_to_its_january() -> None:
    assert _SEASONS["winter"] == (12, 2)
    m = _one("Im Winter 2024 fiel kaum Schnee.", "de")
    assert (m.value, m.low, m.high) == ("2024-winter", "2023-12-01", "2024-02-29")
    m = _one("In de herfst van 2023 begon de campagne.", "nl")
    assert (m.low, m.high) == ("2023-09-01", "2023-11-30")


def test_a_yearless_season_is_the_latest_begun_by_publication() -> None:
    assert _one("Au printemps, les prix ont baissé.", "fr", published="2025-02-10").value == (
        "2024-spring"
    )
    assert _one("En hiver, les prix ont baissé.", "fr", published="2025-12-10").value == (
        "2026-winter"
    )


def test_a_span_borrows_the_year_it_lacks() -> None:
    m = _one("Between December and February 2025 the lake froze.", "en")
    assert (m.value, m.low, m.high) == ("2024-12/2025-02", "2024-12-01", "2025-02-28")
    m = _one("Del 28 al 30 de junio de 2024 se celebró la cumbre.", "es")
    assert m.value == "2024-06-28/2024-06-30"


# --- what is not a date --------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Peste 2.000 de soldați au fost trimiși."),
        ("ro", "Scris de newsreporter la ora 09:13."),
        ("ro", "În ultimele trei luni au sosit 3 mai mulți soldați."),
        ("it", "Circa 1.500 militari sono arrivati alle 15."),
        ("en", "About 2,000 troops arrived at 9 a.m.; the plan may change."),
        ("fr", "Environ 2 000 soldats sont arrivés vers 15 heures."),
        ("de", "Rund 2000 Soldaten kamen um 14.30 Uhr an."),
        ("es", "Unos 2.000 soldados llegaron a las 15 horas."),
        ("pt", "Cerca de 2.000 soldados chegaram às 15h30."),
        ("nl", "Ongeveer 2.000 soldaten kwamen om 14.30 uur aan."),
    ],
)
def test_figures_and_clock_times_are_not_dates(language: str, text: str) -> None:
    assert find_dates(text, language, published="2025-09-03") == []


# --- the language data ---------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_names_the_whole_calendar(language: str) -> None:
    lang = get_language(language)
    assert set(lang.months.values()) == set(range(1, 13))
    assert set(lang.weekdays.values()) == set(range(1, 8))
    assert set(lang.seasons.values()) == set(_SEASONS)
    assert lang.date_relative.labels <= set(_RELATIVE), "unknown relative keys"
    assert {"yesterday", "today", "last_week", "last_month", "last_year", "this_year"} <= (
        lang.date_relative.labels
    )
    assert lang.span_pairs, "no span connectors"
    assert set(lang.date_frames.labels) <= {*_YEAR_PARTS, "during"}


def test_every_language_knows_the_same_event_concepts() -> None:
    concepts = {code: get_language(code).events.labels for code in LANGUAGES}
    reference = concepts["en"]
    assert {"signed", "met", "recaptured", "announced", "published"} <= reference
    for code, labels in concepts.items():
        assert labels == reference, f"{code}: {sorted(labels ^ reference)}"


# --- events --------------------------------------------------------------------


def test_event_for_returns_the_concept_and_the_words_as_written() -> None:
    text = "Firmato nel giugno del 2024, l'accordo prevede assistenza reciproca."
    m = _one(text, "it")
    assert event_for(text, m.start, m.end, "it") == ("signed", "Firmato")


def test_no_listed_event_gives_none() -> None:
    text = "Il 3 settembre 2025 il cielo era sereno."
    m = _one(text, "it")
    assert event_for(text, m.start, m.end, "it") == (None, None)


@pytest.mark.parametrize(
    ("language", "text", "event"),
    [
        ("en", "The accord was signed during the meeting of June 2024 in Pyongyang.", "signed"),
        ("en", "The meeting of June 2024 produced a joint statement.", "met"),
        ("fr", "L'accord a été signé lors de la rencontre de juin 2024.", "signed"),
        ("de", "Der Vertrag wurde beim Treffen im Juni 2024 unterzeichnet.", "signed"),
        ("de", "Beim Treffen im Juni 2024 gab es keine Einigung.", "met"),
    ],
)
def test_during_hands_the_date_to_what_was_done(language: str, text: str, event: str) -> None:
    m = _one(text, language)
    assert event_for(text, m.start, m.end, language)[0] == event


def test_a_reported_event_with_its_own_date_keeps_it() -> None:
    text = "Il Cremlino ha annunciato in luglio che il trattato firmato nel 2024 è in vigore."
    july, year = find_dates(text, "it", published="2025-09-03")
    assert event_for(text, july.start, july.end, "it")[0] == "announced"
    assert event_for(text, year.start, year.end, "it")[0] == "signed"


# --- properties ----------------------------------------------------------------

# How each language writes a full date; the month name comes from the data file.
_FORMATS = {
    "ro": "{d} {m} {y}",
    "it": "{d} {m} {y}",
    "en": "{m} {d}, {y}",
    "fr": "{d} {m} {y}",
    "de": "{d}. {m} {y}",
    "es": "{d} de {m} de {y}",
    "pt": "{d} de {m} de {y}",
    "nl": "{d} {m} {y}",
}


@st.composite
def _written_dates(draw: st.DrawFn) -> tuple[str, str, date]:
    language = draw(st.sampled_from(sorted(_FORMATS)))
    day = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
    months = _raw_dates(language)["months"]
    assert isinstance(months, dict)
    name = draw(st.sampled_from(sorted(k for k, v in months.items() if v == day.month)))
    if not get_language(language).names_lowercase:
        name = name[:1].upper() + name[1:]
    text = _FORMATS[language].format(d=day.day, m=name, y=day.year)
    return language, text, day


@settings(max_examples=300, deadline=None)
@given(_written_dates())
def test_a_date_written_in_any_language_reads_back(case: tuple[str, str, date]) -> None:
    language, written, day = case
    text = f"({written})."
    m = _one(text, language)
    assert m.text == written
    assert (m.value, m.grain, m.low, m.high) == (day.isoformat(), "day") + (day.isoformat(),) * 2


_PUBLISHED = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


@st.composite
def _relative_words(draw: st.DrawFn) -> tuple[str, str, str]:
    language = draw(st.sampled_from(LANGUAGES))
    relative = _raw_dates(language).get("relative", {})
    assert isinstance(relative, dict)
    phrase, key = draw(st.sampled_from(sorted(relative.items())))
    return language, phrase, key


@settings(max_examples=300, deadline=None)
@given(_relative_words(), _PUBLISHED)
def test_relative_words_move_from_the_publication_date(
    word: tuple[str, str, str], published: date
) -> None:
    language, phrase, key = word
    m = _one(phrase, language, published=published.isoformat())
    grain, offset = _RELATIVE[key]
    assert m.relative
    assert m.reference == "published"
    assert m.low is not None
    assert m.high is not None
    low, high = date.fromisoformat(m.low), date.fromisoformat(m.high)
    if grain == "day":
        assert low == high == published + timedelta(days=offset)
    elif grain == "week":
        assert low.isoweekday() == 1
        assert (high - low).days == 6
        assert (low - (published - timedelta(days=published.weekday()))).days == 7 * offset
    elif grain == "month":
        assert low.day == 1
        assert (high + timedelta(days=1)).day == 1
        assert (low.year * 12 + low.month) - (published.year * 12 + published.month) == offset
    elif grain == "week_start":
        # "earlier this week": from the week's Monday, at most three days, before publication
        assert low == published - timedelta(days=published.weekday())
        assert low <= high <= low + timedelta(days=2)
        assert high < published or high == low == published
    else:
        assert (low, high) == (
            date(published.year + offset, 1, 1),
            date(published.year + offset, 12, 31),
        )


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(LANGUAGES), st.integers(1, 7), _PUBLISHED)
def test_a_weekday_resolves_to_that_weekday_near_publication(
    language: str, weekday: int, published: date
) -> None:
    weekdays = _raw_dates(language)["weekdays"]
    assert isinstance(weekdays, dict)
    name = sorted(k for k, v in weekdays.items() if v == weekday)[0]
    m = _one(name, language, published=published.isoformat())
    assert m.value is not None
    day = date.fromisoformat(m.value)
    assert day.isoweekday() == weekday
    assert -4 <= (day - published).days <= 2


_FRAGMENTS = st.sampled_from(
    [
        "în 2024",
        "iunie 2024",
        "3 septembrie",
        "la sfârșitul anului 2023",
        "primăvara acestui an",
        "între iunie și august 2022",
        "luni",
        "ieri",
        "2.000 de soldați",
        "ora 09:13",
        "trei luni",
        "2019-2022",
        "03.09.2025",
        "în septembrie",
        "luna trecută",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=6), st.one_of(st.none(), _PUBLISHED))
def test_every_mention_keeps_the_contract(fragments: list[str], published: date | None) -> None:
    text = ", apoi ".join(fragments)
    found = find_dates(text, "ro", published=published.isoformat() if published else None)
    for m in found:
        assert text[m.start : m.end] == m.text
        assert (m.value is None) == (m.low is None) == (m.high is None)
        if m.low is not None and m.high is not None:
            assert m.low <= m.high
        assert m.reference in (None, "published", "text_year")
        assert m.reference is None or m.relative
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert find_dates(text, "ro", published=published.isoformat() if published else None) == found


# --- speed: skipping words no date phrase opens at --------------------------------

CORPUS_DATES = Path(__file__).parent / "corpus_dates"


def _corpus_texts() -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    for path in sorted(CORPUS_DATES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        texts += [(data["language"], case["text"]) for case in data["case"]]
    return texts


def test_skipping_words_no_phrase_opens_at_changes_no_mention(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The parser skips the words where none of its phrase sets can open (Openers):
    every language's corpus reads the same as when every word is tried (as in a
    text with combining marks, where no word is skipped)."""
    texts = _corpus_texts()
    # One document per language too: long texts look their tokens up in a table.
    by_language: dict[str, list[str]] = {}
    for language, text in texts:
        by_language.setdefault(language, []).append(text)
    texts += [(language, "\n".join(parts)) for language, parts in by_language.items()]
    fast = [find_dates(text, language, published="2025-09-10") for language, text in texts]
    monkeypatch.setattr(_dates, "has_marks", lambda folded: True)
    slow = [find_dates(text, language, published="2025-09-10") for language, text in texts]
    assert fast == slow
    assert sum(map(len, fast)) > len(texts) // 2  # the corpora do hold dates
