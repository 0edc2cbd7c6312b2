"""What a figure counts and how it is bounded, when the words that say so stand apart.

Each language keeps sentences in ``tests/corpus_units/<code>.toml`` whose
figures take their unit concept from words that are not the noun right
after them ("killed at least 42 villagers", "the death toll climbed to
1,214", "860 residents were still missing", "magnitude 5.9", "dont 45"), and
their qualifier from modal projections and hedged ranges ("could reach
3,000", "un peu plus de 700", "zwischen rund 4000 und bis zu 9000"). One
generic runner reads them all, as ``tests/test_corpus.py`` does (place,
subject and as-of day have their own corpus, ``tests/corpus_frames``)::

    language = "en"

    [[case]]
    text = "The flooding displaced 75,000 people across the province."
    [[case.frames]]                # every quantity found, in order
    text = "75,000 people"
    low = 75000
    high = 75000                   # "none" stands for None
    qualifier = "exact"
    unit = "displaced"
    approximate = true             # optional; false when left out

Unit keys must be concepts of ``crosscheck/lang/concepts.toml``.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest

from crosscheck import find_quantities
from crosscheck.judge._intervals import interval
from crosscheck.lang import concept, concept_kinds

from ._corpus import case_text, read_corpus, slug

CORPUS_DIR = Path(__file__).parent / "corpus_units"
NONE = "none"
_KEYS = frozenset({"text", "low", "high", "qualifier", "unit", "approximate"})
_QUALIFIERS = frozenset({"exact", "approx", "over", "at_least", "under", "up_to", "range", "vague"})


@attrs.frozen
class Case:
    """One sentence and the frames of the figures it must yield."""

    id: str
    path: Path
    language: str
    text: str
    frames: tuple[Mapping[str, Any], ...]
    problems: tuple[str, ...] = ()


def _check_frame(raw: Any, text: str) -> list[str]:
    if not isinstance(raw, dict):
        return [f"a frame must be a table, got {raw!r}"]
    problems = [f"unknown key {key!r}" for key in raw if key not in _KEYS]
    problems += [f"missing key {key!r}" for key in ("text", "unit", "qualifier") if key not in raw]
    if raw.get("qualifier") not in _QUALIFIERS:
        problems.append(f"qualifier must be one of {sorted(_QUALIFIERS)}")
    unit = raw.get("unit")
    if unit != NONE and unit not in concept_kinds():
        problems.append(f"unit {unit!r} is no concept of concepts.toml")
    if isinstance(raw.get("text"), str) and raw["text"] not in text:
        problems.append(f"text {raw['text']!r} is not in the sentence")
    return problems


def _load_file(path: Path) -> Iterator[Case]:
    cases, file_problems = read_corpus(path)
    if file_problems:
        yield Case(f"{path.stem}-file", path, path.stem, "", (), tuple(file_problems))
        return
    for number, raw in enumerate(cases, start=1):
        problems: list[str] = []
        text = case_text(raw, problems)
        frames = raw.get("frames") if isinstance(raw, dict) else None
        if not isinstance(frames, list) or not frames:
            problems.append("a case needs [[case.frames]] tables")
            frames = []
        for index, frame in enumerate(frames, start=1):
            problems += [f"frame {index}: {p}" for p in _check_frame(frame, text)]
        yield Case(
            id=f"{path.stem}-{number:03d}-{slug(text)}",
            path=path,
            language=path.stem,
            text=text,
            frames=tuple(f for f in frames if isinstance(f, dict)),
            problems=tuple(problems),
        )


CASES = [case for path in sorted(CORPUS_DIR.glob("*.toml")) for case in _load_file(path)]


def _same(key: str, want: Any, have: Any) -> bool:
    if want == NONE:
        return have is None
    if key in ("low", "high"):
        return isinstance(have, int | float) and math.isclose(have, want, abs_tol=1e-9)
    return bool(have == want)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_frames(case: Case) -> None:
    if case.problems:
        pytest.fail(f"{case.path.name}: malformed case: " + "; ".join(case.problems))
    found = find_quantities(case.text, language=case.language)
    shown = "\n".join(
        f"  {q.text!r}: {q.low}..{q.high} {q.qualifier} approximate={q.approximate} unit={q.unit}"
        for q in found
    )
    report = f"sentence: {case.text!r}\n{shown or '  found nothing'}"
    assert len(found) == len(case.frames), f"expected {len(case.frames)} figures\n{report}"
    for index, (want, have) in enumerate(zip(case.frames, found, strict=True), start=1):
        expected = {"approximate": False, **want}
        for key, value in expected.items():
            got = getattr(have, key)
            assert _same(key, value, got), f"figure {index}: {key} {value!r} != {got!r}\n{report}"


def test_every_supported_language_has_frames() -> None:
    """The frame corpus covers at least five languages."""
    assert len({case.language for case in CASES}) >= 5


def test_magnitude_tolerance_is_absolute() -> None:
    """A magnitude is a log scale: "about 7" is 6.9-7.1, not ±10 % (concepts.toml)."""
    c = concept("magnitude")
    assert c is not None
    assert c.before
    assert c.absolute_tolerance
    hedged = interval(7, 7, approximate=True, unit="magnitude")
    assert math.isclose(hedged.low, 6.9)
    assert math.isclose(hedged.high, 7.1)
    assert not hedged.overlaps(interval(6.8, 6.8, unit="magnitude"))
    counted = interval(7000, 7000, approximate=True, unit="killed")
    assert math.isclose(counted.low, 6300)
    assert math.isclose(counted.high, 7700)


def test_status_concepts_are_person_counts() -> None:
    """Every status (what happened to the people counted) is a count of people."""
    statuses = [k for k in concept_kinds() if (c := concept(k)) is not None and c.status]
    assert {"killed", "injured", "missing", "displaced", "casualties"} <= set(statuses)
    assert all(concept_kinds()[k] == "person" for k in statuses)
