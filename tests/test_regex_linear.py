"""Every regular expression runs in linear time on hostile input.

Structurally, no pattern nests one unbounded repeat inside another unless it
is listed below with the reason it cannot backtrack (each outer repetition
starts with a character the inner repeat cannot take): that is what makes a
backtracking engine go exponential. The timings on inputs built to trigger
backtracking live in ``benchmarks/hostile.py``; a unit test that reads the
clock fails on a busy machine, so none here does.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
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


def test_patterns_were_collected() -> None:
    assert any(n.startswith("crosscheck.extract") for n, _ in MODULE_PATTERNS)
    assert any(n.startswith("ro.") for n, _ in PHRASE_PATTERNS)


@pytest.mark.parametrize(("name", "pattern"), MODULE_PATTERNS, ids=[n for n, _ in MODULE_PATTERNS])
def test_module_pattern_has_no_unsafe_nesting(name: str, pattern: re.Pattern[str]) -> None:
    assert not _nested(pattern) or name in SAFE_NESTING


def test_phrase_patterns_have_no_nested_repeats() -> None:
    bad = [name for name, pattern in PHRASE_PATTERNS if _nested(pattern)]
    assert not bad


def test_the_nesting_check_catches_catastrophic_patterns() -> None:
    assert _nested(re.compile(r"(a+)+b"))
    assert _nested(re.compile(r"(?:\d+\s?)*x"))
    assert not _nested(re.compile(r"\d+(?:[.,]\d{3})*"))
