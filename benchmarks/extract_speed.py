"""Extraction speed: characters per second on real articles, and the live blog's time.

    PYTHONPATH=src python benchmarks/extract_speed.py [--repeat N] [--only blog|news]

Two measures, each the best of ``--repeat`` runs (the least disturbed by
other work on the machine), in wall-clock and in CPU seconds of this
process (the CPU figure moves less when other jobs share the cores):

* ``news``: ``find_quantities`` and the whole claim extraction of ``report``
  (quantities, dates, quotes and their context, one article at a time) over
  the 200 real articles of ``../shared/benchmarks/newsbatch/``, as
  characters per second;
* ``blog``: ``report`` on the live blog of ``benchmarks/hostile.py`` (400
  figures), which must take under a second (issue 9).

Prints figures and exits 0; timings live in benchmarks, never in unit tests.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NEWSBATCH = REPO.parent / "shared" / "benchmarks" / "newsbatch"
for path in (REPO / "src", REPO / "benchmarks"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from hostile import BLOG_FIGURES, BLOG_SECONDS, live_blog  # noqa: E402

import crosscheck  # noqa: E402
from crosscheck import Article  # noqa: E402
from crosscheck.claims._build import extract_claims  # noqa: E402


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs per measure (best kept)")
    parser.add_argument("--only", choices=("blog", "news"), help="run one measure only")
    parser.add_argument("--data", type=Path, default=NEWSBATCH, help="the newsbatch folder")
    args = parser.parse_args(argv)
    if args.only in (None, "blog"):
        run_blog(args.repeat)
    if args.only in (None, "news"):
        run_news(args.data, max(1, args.repeat // 2))
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
