"""Every language's example sentences, checked against ``find_quantities``.

Each language keeps its examples in one data file, ``tests/corpus/<code>.toml``
(as Duckling keeps ``Corpus.hs`` beside each language's rules), and this one
generic runner reads them all: adding a language means adding a file, never
touching this module. Every case becomes its own test id, e.g.
``test_case[ro-007-peste-3-000-de-militari]``.

File format (see ``tests/corpus/ro.toml`` for a full example)::

    language = "ro"

    [[case]]
    text = "Peste 3.000 de militari participă la exercițiu."
    [[case.quantities]]            # one table per quantity, in order of appearance
    text = "Peste 3.000 de militari"
    low = 3000
    high = "none"                  # TOML has no null: "none" stands for None
    qualifier = "over"
    unit = "troops"

    [[case]]
    text = "Tratatul a fost semnat în 2024."
    quantities = []                # nothing may be found

Only the keys a case gives are checked; the meaning of each key is the contract
in ``docs/semantics.md``. ``low`` and ``high`` compare as numbers.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterator, Mapping
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest

from ._corpus import case_text, read_corpus, slug

CORPUS_DIR = Path(__file__).parent / "corpus"

#: TOML has no null; this string stands for ``None`` in a corpus file.
NONE = "none"

_NUMBER_KEYS = frozenset({"low", "high"})
_BOOL_KEYS = frozenset({"approximate", "increment"})
_STRING_KEYS = frozenset({"text", "qualifier", "unit", "unit_text", "kind", "change"})
# Keys whose value may legitimately be None, written "none" in the corpus.
_NULLABLE_KEYS = frozenset({"low", "high", "unit", "unit_text", "change"})
_QUANTITY_KEYS = _NUMBER_KEYS | _BOOL_KEYS | _STRING_KEYS

_QUALIFIERS = frozenset({"exact", "approx", "over", "at_least", "under", "up_to", "range", "vague"})
_KINDS = frozenset({"count", "money", "percent", "measure", "time"})
_CHANGES = frozenset({"up", "down"})


@attrs.frozen
class Case:
    """One sentence of a corpus file and the quantities it must yield."""

    id: str
    path: Path
    language: str
    text: str
    expected: tuple[Mapping[str, Any], ...]
    #: What is wrong with the case itself; a malformed case fails, never skips.
    problems: tuple[str, ...] = ()


def _check_quantity(raw: Any) -> list[str]:
    if not isinstance(raw, dict):
        return [f"a quantity must be a table, got {raw!r}"]
    problems = [f"unknown key {key!r}" for key in raw if key not in _QUANTITY_KEYS]
    for key, value in raw.items():
        if value == NONE:
            if key not in _NULLABLE_KEYS:
                problems.append(f"{key!r} cannot be {NONE!r}")
        elif key in _NUMBER_KEYS:
            if isinstance(value, bool) or not isinstance(value, int | float):
                problems.append(f"{key!r} must be a number or {NONE!r}, got {value!r}")
        elif key in _BOOL_KEYS:
            if not isinstance(value, bool):
                problems.append(f"{key!r} must be true or false, got {value!r}")
        elif key in _STRING_KEYS and not isinstance(value, str):
            problems.append(f"{key!r} must be a string, got {value!r}")
    allowed = {"qualifier": _QUALIFIERS, "kind": _KINDS, "change": _CHANGES}
    for key, values in allowed.items():
        value = raw.get(key)
        if isinstance(value, str) and value != NONE and value not in values:
            problems.append(f"{key!r} must be one of {sorted(values)}, got {value!r}")
    return problems


def _load_file(path: Path) -> Iterator[Case]:
    stem = path.stem
    cases, file_problems = read_corpus(path)
    if file_problems:
        yield Case(f"{stem}-file", path, stem, "", (), tuple(file_problems))
        return
    for number, raw in enumerate(cases, start=1):
        problems: list[str] = []
        text = case_text(raw, problems)
        quantities = raw.get("quantities") if isinstance(raw, dict) else None
        if not isinstance(quantities, list):
            problems.append("a case needs quantities: [[case.quantities]] tables or []")
            quantities = []
        if isinstance(raw, dict):
            problems += [f"unknown case key {k!r}" for k in raw if k not in {"text", "quantities"}]
        for index, quantity in enumerate(quantities, start=1):
            problems += [f"quantity {index}: {p}" for p in _check_quantity(quantity)]
            span = quantity.get("text") if isinstance(quantity, dict) else None
            if isinstance(span, str) and span not in text:
                problems.append(f"quantity {index}: text {span!r} is not in the sentence")
        yield Case(
            id=f"{stem}-{number:03d}-{slug(text)}",
            path=path,
            language=stem,
            text=text,
            expected=tuple(q for q in quantities if isinstance(q, dict)),
            problems=tuple(problems),
        )


def _load_all() -> list[Case]:
    return [case for path in sorted(CORPUS_DIR.glob("*.toml")) for case in _load_file(path)]


CASES = _load_all()


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _matches(key: str, want: Any, have: Any) -> bool:
    have = _plain(have)
    if want == NONE:
        return have is None
    if key in _NUMBER_KEYS:
        return (
            isinstance(have, int | float)
            and not isinstance(have, bool)
            and math.isclose(have, want, rel_tol=1e-9, abs_tol=1e-9)
        )
    if key in _BOOL_KEYS:
        return have is want
    return bool(have == want)


def _describe(quantity: Any) -> str:
    fields = ("low", "high", "qualifier", "approximate", "unit", "kind", "increment", "change")
    values = ", ".join(f"{name}={_plain(getattr(quantity, name, '?'))!r}" for name in fields)
    return f"{getattr(quantity, 'text', '?')!r}: {values}"


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case(case: Case) -> None:
    if case.problems:
        pytest.fail(f"{case.path.name}: malformed case: " + "; ".join(case.problems))
    from crosscheck import find_quantities

    found = list(find_quantities(case.text, language=case.language))
    report = "\n".join(f"  found {i}: {_describe(q)}" for i, q in enumerate(found, start=1))
    report = f"sentence: {case.text!r}\n{report or '  found nothing'}"

    # The contract every quantity keeps, whatever the case expects.
    for quantity in found:
        span = case.text[quantity.start : quantity.end]
        assert span == quantity.text, f"text != source[start:end]: {span!r}\n{report}"

    problems = []
    if len(found) != len(case.expected):
        problems.append(f"expected {len(case.expected)} quantities, found {len(found)}")
    for index, (want, have) in enumerate(zip(case.expected, found, strict=False), start=1):
        for key, value in want.items():
            got = getattr(have, key)
            if not _matches(key, value, got):
                problems.append(f"quantity {index}: {key} expected {value!r}, got {_plain(got)!r}")
    if problems:
        pytest.fail("\n".join(problems) + "\n" + report)


def _unit_keys(language: str) -> set[str] | None:
    package = resources.files("crosscheck.lang")
    data_file = package.joinpath(f"{language}.toml")
    if not data_file.is_file():
        return None
    data = tomllib.loads(data_file.read_text(encoding="utf-8"))
    return set(data.get("units", {})) | set(data.get("currency", {})) | {"percent"}


@pytest.mark.parametrize("path", sorted(CORPUS_DIR.glob("*.toml")), ids=lambda p: p.stem)
def test_corpus_units_are_known(path: Path) -> None:
    """A unit key in a corpus names a concept the language's data file defines."""
    known = _unit_keys(path.stem)
    assert known is not None, f"no language data file crosscheck/lang/{path.stem}.toml"
    unknown = sorted(
        {
            q["unit"]
            for case in CASES
            if case.path == path
            for q in case.expected
            if isinstance(q.get("unit"), str) and q["unit"] != NONE
        }
        - known
    )
    assert not unknown, f"{path.name} uses unit keys its language data lacks: {unknown}"
