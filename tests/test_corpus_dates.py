"""Every language's dated sentences, checked against ``find_dates`` and ``event_for``.

Each language keeps its examples in ``tests/corpus_dates/<code>.toml`` and this
one runner reads them all; every case is its own test id, e.g.
``test_case[ro-007-armata-a-recucerit-orasul-la-sfarsitul]``.

File format::

    language = "ro"

    [[case]]
    text = "Tratatul a fost semnat în iunie 2024."
    published = "2025-09-03"       # optional: the article's publication date
    [[case.dates]]                 # one table per date mention, in order of appearance
    text = "iunie 2024"
    value = "2024-06"
    grain = "month"
    low = "2024-06-01"
    high = "2024-06-30"
    event = "signed"               # event_for(...)[0]; "none" stands for None

    [[case]]
    text = "Peste 2.000 de soldați au fost trimiși."
    dates = []                     # nothing may be found

Only the keys a case gives are checked; ``relative`` and ``reference`` may be
given too. The meaning of every field is in ``crosscheck.extract._dates``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest

from crosscheck.extract._dates import DateMention, find_dates
from crosscheck.extract._events import event_for
from crosscheck.lang import available_languages, get_language

from ._corpus import case_text, read_corpus, slug

CORPUS_DIR = Path(__file__).parent / "corpus_dates"

#: TOML has no null; this string stands for ``None`` in a corpus file.
NONE = "none"

_STRING_KEYS = frozenset({"text", "value", "grain", "low", "high", "event", "reference"})
_BOOL_KEYS = frozenset({"relative"})
_NULLABLE = frozenset({"value", "low", "high", "event", "reference"})
_GRAINS = frozenset({"day", "weekday", "week", "month", "season", "part", "year", "span"})
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: Cases each language's corpus must hold at least.
MIN_CASES = 25


@attrs.frozen
class Case:
    """One sentence of a dates corpus and the mentions it must yield."""

    id: str
    path: Path
    language: str
    text: str
    published: str | None
    expected: tuple[Mapping[str, Any], ...]
    problems: tuple[str, ...] = ()


def _check_date(raw: Any, text: str) -> list[str]:
    if not isinstance(raw, dict):
        return [f"a date must be a table, got {raw!r}"]
    problems = [f"unknown key {k!r}" for k in raw if k not in _STRING_KEYS | _BOOL_KEYS]
    for key, value in raw.items():
        if value == NONE:
            if key not in _NULLABLE:
                problems.append(f"{key!r} cannot be {NONE!r}")
        elif key in _BOOL_KEYS and not isinstance(value, bool):
            problems.append(f"{key!r} must be true or false, got {value!r}")
        elif key in _STRING_KEYS and not isinstance(value, str):
            problems.append(f"{key!r} must be a string, got {value!r}")
    if raw.get("grain") not in (None, *_GRAINS):
        problems.append(f"grain must be one of {sorted(_GRAINS)}, got {raw['grain']!r}")
    for key in ("low", "high"):
        value = raw.get(key)
        if isinstance(value, str) and value != NONE and not _DAY.fullmatch(value):
            problems.append(f"{key!r} must be YYYY-MM-DD, got {value!r}")
    span = raw.get("text")
    if isinstance(span, str) and span not in text:
        problems.append(f"text {span!r} is not in the sentence")
    return problems


def _load_file(path: Path) -> Iterator[Case]:
    stem = path.stem
    cases, file_problems = read_corpus(path)
    if file_problems:
        yield Case(f"{stem}-file", path, stem, "", None, (), tuple(file_problems))
        return
    for number, raw in enumerate(cases, start=1):
        problems: list[str] = []
        text = case_text(raw, problems)
        dates = raw.get("dates") if isinstance(raw, dict) else None
        if not isinstance(dates, list):
            problems.append("a case needs dates: [[case.dates]] tables or []")
            dates = []
        published = raw.get("published") if isinstance(raw, dict) else None
        if published is not None and not (isinstance(published, str) and _DAY.fullmatch(published)):
            problems.append(f"published must be YYYY-MM-DD, got {published!r}")
            published = None
        if isinstance(raw, dict):
            problems += [
                f"unknown case key {k!r}" for k in raw if k not in {"text", "dates", "published"}
            ]
        for index, item in enumerate(dates, start=1):
            problems += [f"date {index}: {p}" for p in _check_date(item, text)]
        yield Case(
            id=f"{stem}-{number:03d}-{slug(text)}",
            path=path,
            language=stem,
            text=text,
            published=published,
            expected=tuple(d for d in dates if isinstance(d, dict)),
            problems=tuple(problems),
        )


CASES = [case for path in sorted(CORPUS_DIR.glob("*.toml")) for case in _load_file(path)]


def _describe(m: DateMention, event: str | None) -> str:
    return (
        f"{m.text!r}: value={m.value!r}, grain={m.grain!r}, low={m.low!r}, high={m.high!r}, "
        f"relative={m.relative!r}, reference={m.reference!r}, event={event!r}"
    )


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case(case: Case) -> None:
    if case.problems:
        pytest.fail(f"{case.path.name}: malformed case: " + "; ".join(case.problems))
    found = find_dates(case.text, case.language, published=case.published)
    events = [event_for(case.text, m.start, m.end, case.language)[0] for m in found]
    report = "\n".join(
        f"  found {i}: {_describe(m, e)}"
        for i, (m, e) in enumerate(zip(found, events, strict=True), start=1)
    )
    report = f"sentence: {case.text!r} (published {case.published})\n{report or '  found nothing'}"
    for m in found:
        assert case.text[m.start : m.end] == m.text, f"text != source[start:end]\n{report}"
    problems = []
    if len(found) != len(case.expected):
        problems.append(f"expected {len(case.expected)} dates, found {len(found)}")
    for index, (want, have, event) in enumerate(
        zip(case.expected, found, events, strict=False), start=1
    ):
        for key, value in want.items():
            got = event if key == "event" else getattr(have, key)
            expected = None if value == NONE else value
            if got != expected:
                problems.append(f"date {index}: {key} expected {value!r}, got {got!r}")
    if problems:
        pytest.fail("\n".join(problems) + "\n" + report)


@pytest.mark.parametrize("language", available_languages())
def test_every_language_has_a_dates_corpus(language: str) -> None:
    """Each language keeps at least MIN_CASES dated sentences, with negatives and relatives."""
    cases = [c for c in CASES if c.language == language]
    assert len(cases) >= MIN_CASES, f"{language}: {len(cases)} cases, want {MIN_CASES}"
    assert any(not c.expected for c in cases), f"{language}: no negative case (dates = [])"
    assert any(c.published for c in cases), f"{language}: no case with a publication date"
    grains = {d.get("grain") for c in cases for d in c.expected}
    missing = {"day", "month", "year", "season", "part", "span", "weekday"} - grains
    assert not missing, f"{language}: no case of grain {sorted(missing)}"


def test_corpus_events_are_known() -> None:
    """An event key in a corpus names a concept its language's [events] section defines."""
    for case in CASES:
        known = get_language(case.language).events.labels
        for want in case.expected:
            event = want.get("event")
            assert event in (None, NONE) or event in known, f"{case.id}: unknown event {event!r}"
