"""Extraction speed: characters per second on real articles, and the live blog's time.

    PYTHONPATH=src python benchmarks/extract_speed.py [--repeat N] [--only blog|news|compare]
    PYTHONPATH=src python benchmarks/extract_speed.py --profile [--lang en] [--top 30]

Three measures, each the best of ``--repeat`` runs (the least disturbed by
other work on the machine), in wall-clock and in CPU seconds of this
process (the CPU figure moves less when other jobs share the cores):

* ``news``: ``find_quantities`` and the whole claim extraction of ``report``
  (quantities, dates, quotes and their context, one article at a time) over
  the 200 real articles of ``../shared/benchmarks/newsbatch/``, as
  characters per second;
* ``blog``: ``report`` on the live blog of ``benchmarks/hostile.py`` (400
  figures), which must take under a second (issue 9);
* ``compare``: the same English text (the English articles of newsbatch,
  one call per article, each tool warmed up first) through crosscheck and
  through other extractors installed beside it, as characters per second
  and as a ratio to ``find_quantities``. They do not extract the same
  things, so the ratio is a price, not a verdict:

  - ``crosscheck find_quantities``: figures in digits or words with their
    bounds, unit or counted noun, qualifier and change (13 languages);
  - ``crosscheck claims``: what ``report`` extracts per article: the
    quantities, every date (resolved), quotes, the credited source and the
    frame (place, time, event) of each figure;
  - ``Recognizers-Text number``: Microsoft's number model
    (``NumberRecognizer(Culture.English).get_number_model().parse``):
    numbers in digits or words with their value, no unit or noun;
  - ``quantulum3``: ``parser.parse``: numbers with a unit from its unit
    list (English; without its optional classifier);
  - ``dateparser search_dates``: date phrases, absolute and relative,
    resolved to a datetime (``languages=["en"]``);
  - ``bare regex``: one compiled pattern of digit groups scanned with
    ``finditer``: the floor any Python extractor stands on.

  A tool that is not installed is reported as such and skipped.

The first line says which build runs: the pure-Python source (``src``) or a
build with the hot modules compiled by mypyc (``PYTHONPATH=build/compiled``
after ``python tools/build_compiled.py``; README, Performance).

``--profile`` runs ``find_quantities`` over the newsbatch articles of one
language (``--lang``, ``all`` for every article) under cProfile, after a warm-up
pass, and prints the functions that take most time on their own (tottime) and
with what they call (cumtime), ``--top`` of each.

Prints figures and exits 0; timings live in benchmarks, never in unit tests.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NEWSBATCH = REPO.parent / "shared" / "benchmarks" / "newsbatch"
# This checkout's src, unless PYTHONPATH names another crosscheck tree (a compiled
# build: PYTHONPATH=build/compiled, see tools/build_compiled.py), which then runs.
_CHOSEN = [
    p
    for p in os.environ.get("PYTHONPATH", "").split(os.pathsep)
    if p and (Path(p) / "crosscheck" / "__init__.py").is_file()
]
for path in (REPO / "benchmarks",) if _CHOSEN else (REPO / "src", REPO / "benchmarks"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from hostile import BLOG_FIGURES, BLOG_SECONDS, live_blog  # noqa: E402

import crosscheck  # noqa: E402
from crosscheck import Article  # noqa: E402
from crosscheck.claims._build import extract_claims  # noqa: E402


def build() -> str:
    """Which build of crosscheck runs, and from where (see crosscheck._compiled)."""
    from crosscheck._compiled import compiled_modules

    compiled = compiled_modules()
    kind = f"compiled (mypyc: {len(compiled)} modules)" if compiled else "pure Python"
    return f"crosscheck {crosscheck.__version__}, {kind}, from {Path(crosscheck.__file__).parent}"


def best(work: Callable[[], object], repeat: int) -> tuple[float, float]:
    """The least wall-clock and the least CPU seconds of ``repeat`` runs of ``work``."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        work()
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu


def news_articles(data: Path) -> list[Article]:
    """The newsbatch articles, as ``report`` reads them."""
    files = sorted(data.glob("*/articles.jsonl"))
    if not files:
        sys.exit(f"extract_speed: no */articles.jsonl under {data} (pass --data DIR)")
    return list(crosscheck.load([str(p) for p in files]).articles)


def run_news(data: Path, repeat: int) -> None:
    articles = news_articles(data)
    chars = sum(len(a.text) for a in articles)
    print(f"== newsbatch: {len(articles)} articles, {chars:,} characters (best of {repeat})")
    for a in articles[:20]:  # warm up: language data, compiled patterns
        crosscheck.find_quantities(a.text, a.language)

    def quantities() -> None:
        for a in articles:
            crosscheck.find_quantities(a.text, a.language)

    def claims() -> None:
        for a in articles:
            extract_claims(a)

    for name, work in (("find_quantities", quantities), ("claims (report's extraction)", claims)):
        wall, cpu = best(work, repeat)
        print(
            f"{name:<30}{wall:>7.2f} s {chars / wall:>10,.0f} chars/s   "
            f"cpu {cpu:>6.2f} s {chars / cpu:>10,.0f} chars/s"
        )


def run_blog(repeat: int) -> None:
    text = live_blog(BLOG_FIGURES)
    article = Article(id="blog", text=text, language="en", published="2031-03-15")
    crosscheck.report([Article(id="w", text="5 people died, police said.", language="en")])
    wall, cpu = best(lambda: crosscheck.report([article]), repeat)
    verdict = "under" if wall < BLOG_SECONDS else "OVER"
    print(
        f"== live blog: {len(text):,} characters, {BLOG_FIGURES} figures (best of {repeat})\n"
        f"report{wall:>25.3f} s wall ({verdict} {BLOG_SECONDS:g} s)   cpu {cpu:.3f} s"
    )


# The floor: one compiled pattern of digit groups ("1,234.5"), scanned in C.
_BARE = re.compile(r"[0-9]+(?:[.,][0-9]+)*")


def _others() -> list[tuple[str, Callable[[str], object]]]:
    """The other extractors that are installed, as (name, one call on a text)."""
    tools: list[tuple[str, Callable[[str], object]]] = []
    try:
        from recognizers_number import Culture, NumberRecognizer
    except ImportError:
        print("Recognizers-Text number: not installed (pip install recognizers-text-suite)")
    else:
        model = NumberRecognizer(Culture.English).get_number_model()
        tools.append(("Recognizers-Text number", model.parse))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # its optional classifier is not needed here
            from quantulum3 import parser as quantulum
    except ImportError:
        print("quantulum3: not installed (pip install quantulum3)")
    else:

        def quantities(text: str) -> object:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return quantulum.parse(text)

        tools.append(("quantulum3", quantities))
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser: not installed (pip install dateparser)")
    else:
        tools.append(("dateparser search_dates", lambda t: search_dates(t, languages=["en"])))
    tools.append(("bare regex (digit groups)", lambda t: list(_BARE.finditer(t))))
    return tools


# What each tool of the comparison extracts: they do not do the same work, so the
# ratios are a price, not a verdict (printed under the table).
WHAT = {
    "crosscheck find_quantities": (
        "figures in digits or words (13 languages) with their bounds and ranges, unit or "
        "counted noun, qualifier (over, about, up to), increment and change; years, dates, "
        "clock times, ids, labels and scores left out"
    ),
    "crosscheck claims": (
        "all of the above per article, and every date (resolved), quotes, the credited "
        "source and the frame (place, time, event) of each figure"
    ),
    "Recognizers-Text number": "numbers in digits or words with their value; no unit or noun",
    "quantulum3": "numbers with a unit from its English unit list",
    "dateparser search_dates": "date phrases, resolved to a datetime",
    "bare regex (digit groups)": "digit groups only: the floor any Python extractor stands on",
}


def run_compare(data: Path, repeat: int) -> None:
    articles = [a for a in news_articles(data) if a.language == "en"]
    chars = sum(len(a.text) for a in articles)
    print(
        f"== the same English text: {len(articles)} newsbatch articles, {chars:,} characters "
        f"(best of {repeat}, one call per article)"
    )
    tools: list[tuple[str, Callable[[str], object]]] = [
        ("crosscheck find_quantities", lambda t: crosscheck.find_quantities(t, "en")),
    ]
    claims = {a.text: a for a in articles}
    tools.append(("crosscheck claims", lambda t: extract_claims(claims[t])))
    tools += _others()
    base: float | None = None
    for name, call in tools:
        for a in articles[:3]:  # warm up: models, unit lists, compiled patterns
            call(a.text)
        texts: Sequence[str] = [a.text for a in articles]

        def work(call: Callable[[str], object] = call, texts: Sequence[str] = texts) -> None:
            for text in texts:
                call(text)

        wall, cpu = best(work, repeat)
        rate = chars / cpu
        base = rate if base is None else base
        print(
            f"{name:<30}{wall:>7.2f} s {chars / wall:>12,.0f} chars/s   cpu {cpu:>6.2f} s "
            f"{rate:>12,.0f} chars/s   x{rate / base:>8.2f} find_quantities"
        )
    print("what each extracts (not the same work):")
    for name, _call in tools:
        print(f"  {name}: {WHAT.get(name, '?')}")


def run_profile(data: Path, language: str, repeat: int, top: int) -> None:
    """cProfile of find_quantities on the newsbatch articles of ``language`` (or all)."""
    import cProfile
    import pstats

    articles = [a for a in news_articles(data) if language in ("all", a.language)]
    if not articles:
        sys.exit(f"extract_speed: no newsbatch article in language {language!r}")
    chars = sum(len(a.text) for a in articles)
    print(f"== profile: find_quantities, {len(articles)} articles, {chars:,} characters")
    for a in articles:  # warm up: language data, compiled patterns
        crosscheck.find_quantities(a.text, a.language)
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(repeat):
        for a in articles:
            crosscheck.find_quantities(a.text, a.language)
    profile.disable()
    stats = pstats.Stats(profile, stream=sys.stdout).strip_dirs()
    for order in ("tottime", "cumtime"):
        stats.sort_stats(order).print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs per measure (best kept)")
    parser.add_argument("--only", choices=("blog", "news", "compare"), help="run one measure only")
    parser.add_argument("--data", type=Path, default=NEWSBATCH, help="the newsbatch folder")
    parser.add_argument(
        "--profile", action="store_true", help="profile find_quantities (cProfile) instead"
    )
    parser.add_argument("--lang", default="en", help="--profile: the articles' language, or all")
    parser.add_argument("--top", type=int, default=30, help="--profile: functions listed per order")
    args = parser.parse_args(argv)
    print(build())
    if args.profile:
        run_profile(args.data, args.lang, args.repeat, args.top)
        return 0
    if args.only in (None, "blog"):
        run_blog(args.repeat)
    if args.only in (None, "news"):
        run_news(args.data, max(1, args.repeat // 2))
    if args.only in (None, "compare"):
        run_compare(args.data, max(1, args.repeat // 2))
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
