"""Every regular expression runs in linear time on hostile input.

Two checks. Structurally, no pattern nests one unbounded repeat inside
another unless it is listed below with the reason it cannot backtrack (each
outer repetition starts with a character the inner repeat cannot take).
Empirically, each module-level pattern and the phrase matchers compiled from
every language file run on inputs built to trigger backtracking, at two sizes
ten times apart: linear matching grows about tenfold, catastrophic
backtracking a hundredfold. The bound is loose (40x plus a constant) so a
busy machine does not fail it.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest

import crosscheck
from crosscheck._phrases import PhraseSet
from crosscheck.lang import available_languages, get_language

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

HOSTILE_UNITS = ["1", "1.", "1 000 ", "0 ", "a ", " ", "-", "1-", "aa1", "\u00a0", "12:", "peste "]

# Nested repeats that are safe, and why.
SAFE_NESTING = {
    "crosscheck.extract._numerals._DIGITS": "each group starts with a separator, digits inside",
    "crosscheck.extract._quantities._PHONE": "each group starts with a separator, digits inside",
}


def _module_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for info in pkgutil.walk_packages(crosscheck.__path__, "crosscheck."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                yield f"{info.name}.{name}", value


def _phrase_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for code in available_languages():
        lang = get_language(code)
        for field in type(lang).__attrs_attrs__:  # type: ignore[attr-defined]
            value = getattr(lang, field.name)
            if isinstance(value, PhraseSet):
                for compiled in (value._folded, value._exact):
                    if compiled is not None:
                        yield f"{code}.{field.name}", compiled[0]


MODULE_PATTERNS = sorted(dict(_module_patterns()).items())
PHRASE_PATTERNS = list(_phrase_patterns())


def _unbounded_repeats(tree: Any, inside: bool = False) -> Iterator[bool]:
    """Yield True for each unbounded repeat that sits inside another repeat."""
    for op, arg in tree:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _lo, hi, body = arg
            unbounded = hi == sre_parse.MAXREPEAT
            if inside and unbounded:
                yield True
            yield from _unbounded_repeats(body, inside or unbounded)
        elif name == "SUBPATTERN":
            yield from _unbounded_repeats(arg[-1], inside)
        elif name == "BRANCH":
            for branch in arg[1]:
                yield from _unbounded_repeats(branch, inside)
        elif name in ("ASSERT", "ASSERT_NOT"):
            yield from _unbounded_repeats(arg[1], inside)


def _nested(pattern: re.Pattern[str]) -> bool:
    return any(_unbounded_repeats(sre_parse.parse(pattern.pattern, pattern.flags)))


def _cost(pattern: re.Pattern[str], text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        for _m in pattern.finditer(text):
            pass
        best = min(best, time.perf_counter() - t0)
    return best


def _assert_linear(name: str, pattern: re.Pattern[str], units: list[str]) -> None:
    small, big = 500, 5_000
    for unit in units:
        t_small = _cost(pattern, unit * (small // len(unit)) + "!")
        t_big = _cost(pattern, unit * (big // len(unit)) + "!")
        assert t_big < 40 * t_small + 0.02, (name, unit, t_small, t_big)


def test_patterns_were_collected() -> None:
    assert any(n.startswith("crosscheck.extract") for n, _ in MODULE_PATTERNS)
    assert any(n.startswith("ro.") for n, _ in PHRASE_PATTERNS)


@pytest.mark.parametrize(("name", "pattern"), MODULE_PATTERNS, ids=[n for n, _ in MODULE_PATTERNS])
def test_module_pattern_has_no_unsafe_nesting(name: str, pattern: re.Pattern[str]) -> None:
    assert not _nested(pattern) or name in SAFE_NESTING


def test_phrase_patterns_have_no_nested_repeats() -> None:
    bad = [name for name, pattern in PHRASE_PATTERNS if _nested(pattern)]
    assert not bad


@pytest.mark.parametrize(("name", "pattern"), MODULE_PATTERNS, ids=[n for n, _ in MODULE_PATTERNS])
def test_module_pattern_is_linear_on_hostile_input(name: str, pattern: re.Pattern[str]) -> None:
    _assert_linear(name, pattern, HOSTILE_UNITS)


@pytest.mark.parametrize("code", available_languages())
def test_phrase_matchers_are_linear_on_hostile_input(code: str) -> None:
    lang = get_language(code)
    for phrases in (lang.units, lang.qualifiers, lang.attribution_verbs, lang.entities):
        for compiled in (phrases._folded, phrases._exact):
            if compiled is not None:
                _assert_linear(f"{code}", compiled[0], ["a ", " ", "de ", "1 "])
