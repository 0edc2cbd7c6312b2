"""Time on hostile input: does each piece of work grow linearly with its input?

    PYTHONPATH=src python benchmarks/hostile.py [--only SECTION] [--lang xx]

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
* ``extract``: the claims of whole articles made of one repeated phrase
  (issue 9's table and ours, in ro, en, it, fr, ru, ar): extraction alone;
* ``blog``: a realistic live blog of 400 figures, which must take under a
  second for ``report``;
* ``report``: the same articles through the whole ``report`` (extraction,
  alignment, judgement).

``--lang xx`` (repeatable) runs the per-language sections in those languages.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import math
import pkgutil
import random
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
# Issue 9's table (its first six rows) and our own patterns, each written in
# every language the acceptance names.
REPORT_LANGUAGES = ("ro", "en", "it", "fr", "ru", "ar")
REPORT_PATTERNS: dict[str, dict[str, str]] = {
    "quote pairs": {
        "ro": "„a” a spus ",
        "en": '"a" he said ',
        "it": "«a» ha detto ",
        "fr": "« a » a dit ",
        "ru": "«а» сказал ",
        "ar": "«أ» قال ",
    },
    "same date": {
        "ro": "15 august 2022 ",
        "en": "15 August 2022 ",
        "it": "15 agosto 2022 ",
        "fr": "15 août 2022 ",
        "ru": "15 августа 2022 ",
        "ar": "15 أغسطس 2022 ",
    },
    "no punctuation": {
        "ro": "soldați mii de oameni ",
        "en": "soldiers thousands of people ",
        "it": "soldati migliaia di persone ",
        "fr": "soldats milliers de personnes ",
        "ru": "солдаты тысячи людей ",
        "ar": "جنود آلاف الأشخاص ",
    },
    "range chain": {
        "ro": "între 1 și 2 și ",
        "en": "between 1 and 2 and ",
        "it": "tra 1 e 2 e ",
        "fr": "entre 1 et 2 et ",
        "ru": "от 1 до 2 до ",
        "ar": "بين 1 و 2 و ",
    },
    "dash chain": dict.fromkeys(REPORT_LANGUAGES, "1-2-"),
    "live blog": {
        "ro": "potrivit ministerului, 3 morți; ",
        "en": "according to the ministry, 3 killed; ",
        "it": "secondo il ministero, 3 morti; ",
        "fr": "selon le ministère, 3 morts ; ",
        "ru": "по данным министерства, 3 погибших; ",
        "ar": "وفقا للوزارة، 3 قتلى؛ ",
    },
    "year chain": dict.fromkeys(REPORT_LANGUAGES, "2020-"),
    "comma list": dict.fromkeys(REPORT_LANGUAGES, "1,"),
    "toll sentence": {
        "ro": "Bilanțul a crescut la 2.056 de morți. ",
        "en": "The death toll rose to 2,056. ",
        "it": "Il bilancio è salito a 2.056 morti. ",
        "fr": "Le bilan s'élève à 2 012 morts. ",
        "ru": "Число погибших достигло 300. ",
        "ar": "ارتفع عدد القتلى إلى 2000 شخص. ",
    },
}
REPORT_TEXTS: list[tuple[str, str, str]] = [
    (code, name, phrases[code])
    for name, phrases in REPORT_PATTERNS.items()
    for code in REPORT_LANGUAGES
]
# A live blog of this many figures must take under this many seconds for ``report``.
BLOG_FIGURES = 400
BLOG_SECONDS = 1.0


# A live blog: timestamped entries, each a sentence or two with figures,
# sources, places and now and then a quote or a date; realistic, not hostile.
_BLOG_PLACES = ["Kharkiv", "Odesa", "Dnipro", "Lviv", "Kherson", "Sumy", "Zaporizhzhia", "Kyiv"]
_BLOG_SOURCES = [
    "the regional governor",
    "the health ministry",
    "local officials",
    "the UN refugee agency",
    "emergency services",
    "the mayor",
]
_BLOG_ENTRIES = [
    "At least {a} people were killed and {b} injured in a strike on {place}, {source} said.",
    "The death toll in {place} has risen to {a}, according to {source}.",
    "{source_cap} said {a} homes were damaged and {b} families were evacuated overnight.",
    "About {a} people are without power in {place}, {source} reported on {day}.",
    "Aid worth ${m} million arrived in {place} on {day}, {source} said.",
    '"We counted {a} wounded in the last hour," {source} told reporters in {place}.',
    "Prices in {place} rose {p}% in a week, while {b} shops stayed closed, {source} said.",
    "Between {a} and {b} people sheltered in the metro of {place}, {source} estimated.",
]


def live_blog(figures: int = 400) -> str:
    """A live blog with about ``figures`` figures, deterministic (seeded)."""
    rng = random.Random(9)
    lines: list[str] = []
    count = 0
    minute = 0
    while count < figures:
        entry = rng.choice(_BLOG_ENTRIES)
        source = rng.choice(_BLOG_SOURCES)
        a = rng.randint(2, 900)
        line = entry.format(
            a=a,
            b=a + rng.randint(1, 400),
            m=rng.randint(2, 90),
            p=rng.randint(2, 40),
            place=rng.choice(_BLOG_PLACES),
            source=source,
            source_cap=source[0].upper() + source[1:],
            day=rng.choice(["Monday", "Tuesday", "Wednesday", "14 March", "15 March"]),
        )
        count += sum(1 for w in line.split() if any(c.isdigit() for c in w))
        lines.append(f"{9 + minute // 60:02d}:{minute % 60:02d} {line}")
        minute += rng.randint(1, 7)
    return "Live: the war, day 600\n\n" + "\n\n".join(lines) + "\n"


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
    """Rows of seconds per size, with the growth per doubling: fitted and worst step.

    The fitted growth (2 to the least-squares slope of log2 seconds over
    log2 size) reads every size at once, so one timing disturbed by another
    job on the machine does not decide the verdict; the worst single step is
    printed beside it. A row fails when the fitted growth exceeds
    :data:`MAX_GROWTH`.
    """

    def __init__(self, sizes: tuple[int, ...]) -> None:
        self.sizes = sizes
        self.failed: list[str] = []
        head = "".join(f"{f'{s}x':>10}" for s in sizes)
        print(f"{'input':<58}{head}{'growth':>9}{'worst':>7}")

    def row(self, name: str, seconds: list[float]) -> None:
        # Sizes double from one column to the next: a step's ratio is its growth.
        ratios = [b / a for a, b in itertools.pairwise(seconds) if a > 1e-4]
        worst = max(ratios, default=1.0)
        growth = fitted_growth(self.sizes, seconds)
        flag = "" if growth <= MAX_GROWTH else "  <-- superlinear"
        if flag:
            self.failed.append(name)
        cells = "".join(f"{s:>10.4f}" for s in seconds)
        print(f"{name[:57]:<58}{cells}{growth:>9.2f}{worst:>7.2f}{flag}")


def fitted_growth(sizes: tuple[int, ...], seconds: list[float]) -> float:
    """Growth per doubling of size: 2 ** (least-squares slope of log2 time on log2 size)."""
    points = [(math.log2(n), math.log2(t)) for n, t in zip(sizes, seconds, strict=True) if t > 1e-4]
    if len(points) < 2:
        return 1.0
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    slope = sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)
    return float(2**slope)


def run_regex() -> list[str]:
    print("\n== regular expressions (unit repeated to 1,000 / 2,000 / 4,000 / 8,000 chars)")
    table = Table((1, 2, 4, 8))
    for name, pattern, units in _patterns():
        for unit in units:
            texts: list[str | bytes] = [unit * (1000 * k // len(unit)) + "!" for k in table.sizes]
            if isinstance(pattern.pattern, bytes):  # a byte pattern reads the raw input
                texts = [str(t).encode("utf-8", "replace") for t in texts]
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
        seconds = [_seconds(lambda a=a: extract_claims(a), repeats=2) for a in articles]
        table.row(name, seconds)
    return table.failed


def _chosen(languages: list[str] | None) -> list[tuple[str, str, str]]:
    return [t for t in REPORT_TEXTS if not languages or t[0] in languages]


def run_extract(languages: list[str] | None = None) -> list[str]:
    print("\n== claims of one article of a repeated phrase (125 … 1,000 repeats)")
    table = Table((1, 2, 4, 8))
    for code, name, phrase in _chosen(languages):
        seconds = [
            _seconds(
                lambda text=phrase * (125 * k), code=code: extract_claims(
                    Article(id="h", text=text, language=code)
                ),
                repeats=2,
            )
            for k in table.sizes
        ]
        table.row(f"{code} {name}: {phrase!r}", seconds)
    return table.failed


def run_blog(languages: list[str] | None = None) -> list[str]:
    text = live_blog(BLOG_FIGURES)
    article = Article(id="blog", text=text, language="en", published="2031-03-15")
    crosscheck.report([Article(id="w", text="5 people died, police said.", language="en")])
    seconds = _seconds(lambda: crosscheck.report([article]))
    result = crosscheck.report([article])
    ok = seconds < BLOG_SECONDS
    print(
        f"\n== a live blog: {len(text):,} characters, {BLOG_FIGURES} figures, "
        f"{len(result.claims)} claims\nreport in {seconds:.2f} s "
        f"({'under' if ok else 'OVER'} {BLOG_SECONDS:g} s)"
    )
    return [] if ok else [f"live blog of {BLOG_FIGURES} figures: {seconds:.2f} s"]


def run_report(languages: list[str] | None = None) -> list[str]:
    print("\n== report on one article of a repeated phrase (125 … 1,000 repeats)")
    table = Table((1, 2, 4, 8))
    for code, name, phrase in _chosen(languages):
        seconds = [
            _seconds(
                lambda text=phrase * (125 * k), code=code: crosscheck.report(
                    [Article(id="h", text=text, language=code)]
                ),
                repeats=2,
            )
            for k in table.sizes
        ]
        table.row(f"{code} {name}: {phrase!r}", seconds)
    return table.failed


SECTIONS: dict[str, Callable[..., list[str]]] = {
    "regex": run_regex,
    "quotes": run_quotes,
    "frames": run_frames,
    "extract": run_extract,
    "blog": run_blog,
    "report": run_report,
}
# Sections that take ``--lang``.
BY_LANGUAGE = {"extract", "blog", "report"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(SECTIONS), action="append")
    parser.add_argument(
        "--lang",
        action="append",
        choices=REPORT_LANGUAGES,
        help="run the extract and report sections in this language only (repeatable)",
    )
    args = parser.parse_args(argv)
    failed: list[str] = []
    for name in args.only or list(SECTIONS):
        failed += SECTIONS[name](args.lang) if name in BY_LANGUAGE else SECTIONS[name]()
    if failed:
        print(
            f"\n{len(failed)} input(s) grew faster than {MAX_GROWTH}x per doubling"
            " or took too long:"
        )
        for name in failed:
            print(f"  {name}")
        return 1
    print(f"\nall inputs grew at most {MAX_GROWTH}x per doubling")
    return 0


if __name__ == "__main__":
    sys.exit(main())
