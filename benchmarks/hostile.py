"""Time on hostile input: does each piece of work grow linearly with its input?

    PYTHONPATH=src python benchmarks/hostile.py [--only regex|quotes|frames|report]

Timings live here, not in the unit tests: a test that reads the clock fails
on a busy machine (``tests/test_regex_linear.py`` did). The unit tests keep
the checks that cannot flake (no nested unbounded repeats; output contracts
on the large inputs); this script prints, for every hostile input, the
seconds at each size and the growth per doubling, and exits 1 when a growth
exceeds :data:`MAX_GROWTH` so a run says loudly what went superlinear.

Sections:

* ``regex``: every module-level pattern and every language's phrase
  matchers on repeated units built to trigger backtracking;
* ``quotes``: floods of quotation marks;
* ``frames``: place, subject and rate words repeated around one figure;
* ``report``: whole articles made of one repeated phrase (issue 9's table).
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator

import crosscheck
from crosscheck import Article
from crosscheck._phrases import PhraseSet
from crosscheck.claims._build import extract_claims
from crosscheck.extract._quotes import find_quotes, quote_similarity
from crosscheck.lang import available_languages, get_language

# Linear work doubles per doubling of the input; allow for noise and caches.
MAX_GROWTH = 2.5

REGEX_UNITS = ["1", "1.", "1 000 ", "0 ", "a ", " ", "-", "1-", "aa1", "\u00a0", "12:", "peste "]
PHRASE_UNITS = ["a ", " ", "de ", "1 "]
QUOTE_UNITS = ["„", "“", '"', "«", "»", "‘", "’", "”", "„a ", "“a” ", "„a\n", "l'a "]
FRAME_TEXTS: list[tuple[str, Callable[[int], str]]] = [
    ("figure then places", lambda n: "5 " + "in Derna, in Benghazi " * n),
    ("places then figure", lambda n: "in Derna and " * n + "5"),
    ("bare place list", lambda n: "Derna, " * n + "5"),
    ("unknown places + rate", lambda n: "in Xyz " * n + "5 a day"),
    ("nationality run", lambda n: "Russian " * n + "5"),
]
REPORT_TEXTS: list[tuple[str, str, str]] = [
    ("ro", "quote pairs", "„a” a spus "),
    ("ro", "same date", "15 august 2022 "),
    ("ro", "no punctuation", "soldați mii de oameni "),
    ("ro", "range chain", "între 1 și 2 și "),
    ("ro", "dash chain", "1-2-"),
    ("en", "live blog", "according to the ministry, 3 killed; "),
    ("en", "year chain", "2020-"),
    ("it", "toll sentence", "Il bilancio è salito a 2.056 morti. "),
    ("fr", "toll sentence", "Le bilan s'élève à 2 012 morts. "),
    ("ru", "toll sentence", "Число погибших достигло 300. "),
    ("ar", "toll sentence", "ارتفع عدد القتلى إلى 2000 شخص. "),
]


def _seconds(work: Callable[[], object], repeats: int = 2) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def _patterns() -> Iterator[tuple[str, re.Pattern[str], list[str]]]:
    for info in pkgutil.walk_packages(crosscheck.__path__, "crosscheck."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern):
                yield f"{info.name}.{name}", value, REGEX_UNITS
    for code in available_languages():
        lang = get_language(code)
        for field in type(lang).__attrs_attrs__:  # type: ignore[attr-defined]
            value = getattr(lang, field.name)
            if isinstance(value, PhraseSet):
                for compiled in (value._folded, value._exact):
                    if compiled is not None:
                        yield f"{code}.{field.name}", compiled[0], PHRASE_UNITS


class Table:
    """Rows of seconds per size, with the worst growth per doubling."""

    def __init__(self, sizes: tuple[int, ...]) -> None:
        self.sizes = sizes
        self.failed: list[str] = []
        head = "".join(f"{f'{s}x':>10}" for s in sizes)
        print(f"{'input':<58}{head}{'growth':>9}")

    def row(self, name: str, seconds: list[float]) -> None:
        # Sizes double from one column to the next: the ratio is the growth.
        ratios = [b / a for a, b in itertools.pairwise(seconds) if a > 1e-4]
        growth = max(ratios, default=1.0)
        flag = "" if growth <= MAX_GROWTH else "  <-- superlinear"
        if flag:
            self.failed.append(name)
        cells = "".join(f"{s:>10.4f}" for s in seconds)
        print(f"{name[:57]:<58}{cells}{growth:>9.2f}{flag}")


def run_regex() -> list[str]:
    print("\n== regular expressions (unit repeated to 1,000 / 2,000 / 4,000 / 8,000 chars)")
    table = Table((1, 2, 4, 8))
    for name, pattern, units in _patterns():
        for unit in units:
            texts = [unit * (1000 * k // len(unit)) + "!" for k in table.sizes]
            seconds = [
                _seconds(lambda t=t, p=pattern: sum(1 for _ in p.finditer(t))) for t in texts
            ]
            if max(seconds) > 1e-3:  # print only rows with measurable work
                table.row(f"{name} {unit!r}", seconds)
    return table.failed


def run_quotes() -> list[str]:
    print("\n== quotation marks (unit repeated to 5,000 … 40,000 chars)")
    table = Table((1, 2, 4, 8))
    find_quotes("„a”", "ro")
    for unit in QUOTE_UNITS:
        texts = [unit * (5000 * k // len(unit)) for k in table.sizes]
        table.row(repr(unit), [_seconds(lambda t=t: find_quotes(t, "ro")) for t in texts])
    seconds = [
        _seconds(
            lambda k=k: quote_similarity(
                "cuvânt lung important " * (1000 * k), "parola lunga importante " * (1000 * k)
            )
        )
        for k in table.sizes
    ]
    table.row("quote_similarity of two long quotes", seconds)
    return table.failed


def run_frames() -> list[str]:
    print("\n== frame words around one figure (500 … 4,000 repeats)")
    table = Table((1, 2, 4, 8))
    for name, build in FRAME_TEXTS:
        articles = [
            Article(id="h", text=build(500 * k), language="en", published="2031-01-01")
            for k in table.sizes
        ]
        seconds = [_seconds(lambda a=a: extract_claims(a), repeats=1) for a in articles]
        table.row(name, seconds)
    return table.failed


def run_report() -> list[str]:
    print("\n== report on one article of a repeated phrase (125 … 1,000 repeats)")
    table = Table((1, 2, 4, 8))
    for code, name, phrase in REPORT_TEXTS:
        seconds = [
            _seconds(
                lambda text=phrase * (125 * k), code=code: crosscheck.report(
                    [Article(id="h", text=text, language=code)]
                ),
                repeats=1,
            )
            for k in table.sizes
        ]
        table.row(f"{code} {name}: {phrase!r}", seconds)
    return table.failed


SECTIONS = {"regex": run_regex, "quotes": run_quotes, "frames": run_frames, "report": run_report}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(SECTIONS), action="append")
    args = parser.parse_args(argv)
    failed: list[str] = []
    for name in args.only or list(SECTIONS):
        failed += SECTIONS[name]()
    if failed:
        print(f"\n{len(failed)} input(s) grew faster than {MAX_GROWTH}x per doubling:")
        for name in failed:
            print(f"  {name}")
        return 1
    print(f"\nall inputs grew at most {MAX_GROWTH}x per doubling")
    return 0


if __name__ == "__main__":
    sys.exit(main())
