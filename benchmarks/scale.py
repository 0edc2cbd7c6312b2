"""How time and memory grow with the batch: a day's feed, then ten days', then more.

    PYTHONPATH=src python benchmarks/scale.py                       # 250 .. 2,000 articles
    PYTHONPATH=src python benchmarks/scale.py --sizes 1000 10000 100000 --workers 2
    PYTHONPATH=src python benchmarks/scale.py --extraction          # + extractor speed table

Each size runs in a fresh process on a feed from ``feedgen.py`` (many stories,
six languages, running tolls, wire copies, rival figures): it writes the feed
as JSONL, runs ``crosscheck.report`` on it and writes the JSON report to a
file (``Report.write_json``, piece by piece, as the CLI's ``-o`` does), and
prints wall seconds (all, then the report and the JSON apart), CPU seconds
(all, the JSON apart: steadier than wall time on a shared machine; with
``--workers`` the workers' CPU is added once they exit), the seconds after
the last article's extraction (story clustering, alignment, judgement: the
parent's serial part; wall, then the parent's CPU), peak resident
memory of one process (``peak_mb``), the peak of the proportional set size
summed over the run and its workers (``pss_peak_mb``, sampled every half
second on Linux: the pages a worker forked after the batch was built copies
count there and not in ``peak_mb``), what the batch added to it per 1,000 articles (peak minus the
process's resident memory before the report, so the interpreter and imports
are not counted), claims, candidate pairs, findings, conflicts and JSON size,
and the 1-minute load average when the run ended (on a shared machine the
seconds mean little without it). Then the growth exponent of each column,
fitted by least squares on log-log (1.0 is linear; issue 10 asks for <= 1.1).

``--extraction`` times the extractors alone on the same feed's English
texts, all in one run: crosscheck's ``find_quantities`` (and its date
finder), a bare compiled-regex scan for digits (the floor), and, when they
are installed, Microsoft Recognizers-Text's number model, quantulum3 and
dateparser's ``search_dates``, with what each extracts. Prints figures;
asserts nothing (targets live here, not in unit tests).
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from feedgen import generate  # noqa: E402

if TYPE_CHECKING:
    import crosscheck

COLUMNS = (
    "seconds",
    "report_s",
    "json_s",
    "cpu_s",
    "json_cpu_s",
    "align_s",
    "align_cpu_s",
    "peak_mb",
    "pss_peak_mb",
    "mb_per_1k",
    "claims",
    "pairs",
    "findings",
    "conflicts",
    "json_mb",
    "misplaced",
    "load",
)
# Columns whose growth exponent means something (not the load average, nor the
# share of articles outside their story, which should stay flat).
_FITTED = frozenset(COLUMNS) - {"load", "misplaced"}


def _cpu() -> float:
    """CPU seconds of this process and its finished children (workers) so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _own_cpu() -> float:
    """CPU seconds of this process alone (not its workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


class _Extracted:
    """A ``report(progress=...)`` callback that notes when the last article was extracted.

    What follows in the parent (story clustering, alignment, judgement: all
    serial) is timed from there: ``align_s`` wall seconds, ``align_cpu_s``
    the parent's CPU seconds (steadier on a shared machine).
    """

    def __init__(self) -> None:
        self.at = (time.perf_counter(), _own_cpu())

    def __call__(self, done: int, total: int) -> None:
        if done == total:
            self.at = (time.perf_counter(), _own_cpu())


def _resident_mb() -> float:
    """This process's resident memory now (Linux ``/proc``; 0 where it cannot be read)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process below it (Linux ``/proc/<pid>/task/*/children``)."""
    found, todo = [], [pid]
    while todo:
        one = todo.pop()
        found.append(one)
        for task in Path(f"/proc/{one}/task").glob("*/children"):
            try:
                todo.extend(int(c) for c in task.read_text().split())
            except (OSError, ValueError):
                continue
    return found


def _pss_mb(pids: Sequence[int]) -> float:
    """The proportional set size of ``pids`` summed, in MB: each shared page counted once
    over them all, each page a forked worker copied counted in full (0 off Linux)."""
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except (OSError, ValueError, IndexError):
            continue
    return total / 1024


class _PssPeak:
    """The largest PSS this process and its workers held together, sampled every
    ``every`` seconds in a thread: ``peak_mb`` is one process's largest resident size,
    which misses the private pages of workers forked once the batch is built."""

    def __init__(self, every: float = 0.5) -> None:
        self.peak = 0.0
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            self.peak = max(self.peak, _pss_mb(_descendants(os.getpid())))

    def __enter__(self) -> _PssPeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _pss_mb(_descendants(os.getpid())))


def run_one(articles: int, seed: int, workers: int, dask: bool = False) -> dict[str, float]:
    """One size, in this process: the figures of :data:`COLUMNS`."""
    import crosscheck

    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        with feed.open("w", encoding="utf-8") as out:
            for record in generate(articles, seed):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        target = Path(tmp) / "report.json"
        base_mb = _resident_mb()
        align_s = align_cpu_s = 0.0  # not measured on Dask (no progress callback)
        extracted = _Extracted()
        pss = _PssPeak()
        pss.__enter__()  # not a with block: the two branches below stay as they were
        if dask:
            from distributed import Client, LocalCluster

            import crosscheck.dask

            with (
                LocalCluster(
                    n_workers=workers, threads_per_worker=1, dashboard_address=None
                ) as cluster,
                Client(cluster) as client,
            ):
                start, cpu_start = time.perf_counter(), _cpu()
                report = crosscheck.dask.report(feed, client=client, max_total_bytes=None)
                built, cpu_built = time.perf_counter(), _cpu()
                report.write_json(target)
                done, cpu_done = time.perf_counter(), _cpu()
        else:
            start, cpu_start = time.perf_counter(), _cpu()
            # One feed file of 100,000 articles is larger than the default batch
            # budget (max_total_bytes, 500 MB): lifted here, as a user of such a feed would.
            report = crosscheck.report(
                feed, workers=workers, max_total_bytes=None, progress=extracted
            )
            built, cpu_built = time.perf_counter(), _cpu()
            align_s = built - extracted.at[0]
            align_cpu_s = _own_cpu() - extracted.at[1]
            report.write_json(target)
            done, cpu_done = time.perf_counter(), _cpu()
        pss.__exit__()
        json_bytes = target.stat().st_size
    skipped = [r for r in report.articles if r.status != "ok"] if report.articles else []
    if skipped:
        raise SystemExit(f"{len(skipped)} of {articles} articles skipped: {skipped[0]}")
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    peak_mb = peak / 1024
    return {
        "seconds": done - start,
        "report_s": built - start,
        "json_s": done - built,
        "cpu_s": cpu_done - cpu_start,
        "json_cpu_s": cpu_done - cpu_built,
        "align_s": align_s,
        "align_cpu_s": align_cpu_s,
        "peak_mb": peak_mb,
        "pss_peak_mb": pss.peak,
        "mb_per_1k": max(peak_mb - base_mb, 0.0) / articles * 1000,
        "claims": len(report.claims),
        "pairs": report.alignment.candidate_pairs if report.alignment else 0,
        "findings": len(report.findings),
        "conflicts": len(report.conflicts),
        "json_mb": json_bytes / 1e6,
        "misplaced": _misplaced(report),
        "load": os.getloadavg()[0],
        "articles_per_hour": articles / (done - start) * 3600,
    }


def _misplaced(report: crosscheck.Report) -> float:
    """Percent of articles outside their generated story's majority in the story they got.

    The generator names an article ``s<story>-a<k>``: a story clustering that
    mixes two stories, or splits one, shows here (it should stay flat with size).
    """
    outside = 0
    total = 0
    for story in report.stories:
        counts = collections.Counter(a.split("-", 1)[0] for a in story.articles)
        outside += len(story.articles) - max(counts.values(), default=0)
        total += len(story.articles)
    return 100.0 * outside / total if total else 0.0


def fit(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """The slope of log(y) on log(x): the growth exponent (None with fewer than 2 points)."""
    points = [(math.log(x), math.log(y)) for x, y in zip(xs, ys, strict=True) if x > 0 and y > 0]
    if len(points) < 2:
        return None
    mx = sum(p[0] for p in points) / len(points)
    my = sum(p[1] for p in points) / len(points)
    var = sum((p[0] - mx) ** 2 for p in points)
    return sum((p[0] - mx) * (p[1] - my) for p in points) / var if var else None


def _table(sizes: Sequence[int], rows: Sequence[dict[str, float]]) -> None:
    print(f"{'articles':>9}  " + "  ".join(f"{c:>10}" for c in COLUMNS))
    for n, row in zip(sizes, rows, strict=True):
        cells = "  ".join(
            f"{row[c]:>10.2f}" if isinstance(row[c], float) else f"{row[c]:>10}" for c in COLUMNS
        )
        print(f"{n:>9}  {cells}")
    exps = [fit(sizes, [r[c] for r in rows]) if c in _FITTED else None for c in COLUMNS]
    cells = "  ".join(f"{e:>10.2f}" if e is not None else f"{'-':>10}" for e in exps)
    print(f"{'exponent':>9}  {cells}")


def _timed(fn: Callable[[str], object], texts: Sequence[str]) -> tuple[float, int]:
    start = time.perf_counter()
    found = 0
    for text in texts:
        result = fn(text)
        found += len(result) if isinstance(result, list | tuple) else int(result is not None)
    return time.perf_counter() - start, found


def extraction(articles: int, seed: int) -> None:
    """Extractor speed on the feed's English texts: chars/s and ratios, one run."""
    import crosscheck
    from crosscheck.extract._dates import find_dates

    texts = [str(r["text"]) for r in generate(articles, seed) if r["lang"] == "en"]
    chars = sum(len(t) for t in texts)
    floor = re.compile(r"\d+(?:[.,]\d+)*")
    engines: list[tuple[str, str, Callable[[str], object]]] = [
        ("regex floor", r"digit runs (\d+([.,]\d+)*)", lambda t: floor.findall(t)),
        (
            "crosscheck quantities",
            "figures with bounds, qualifier, unit",
            lambda t: crosscheck.find_quantities(t, language="en"),
        ),
        (
            "crosscheck dates",
            "dates and date ranges",
            lambda t: find_dates(t, language="en"),
        ),
    ]
    try:
        from recognizers_number import Culture, recognize_number

        engines.append(
            (
                "Recognizers-Text number",
                "numbers (values only)",
                lambda t: recognize_number(t, Culture.English),
            )
        )
    except ImportError:
        print("(recognizers-text-number not installed: pip install recognizers-text-suite)")
    try:
        from quantulum3 import parser as q3

        engines.append(("quantulum3", "quantities with units", lambda t: q3.parse(t)))
    except ImportError:
        print("(quantulum3 not installed)")
    try:
        from dateparser.search import search_dates

        engines.append(
            ("dateparser search_dates", "dates", lambda t: search_dates(t, languages=["en"]) or [])
        )
    except ImportError:
        print("(dateparser not installed)")
    for _, _, fn in engines:  # warm up: imports, caches, compiled patterns
        fn(texts[0])
    print(f"\nextraction on {len(texts)} English texts, {chars:,} characters")
    print(f"{'engine':<26}{'seconds':>9}{'chars/s':>12}{'found':>8}  {'x floor':>8}  what")
    base: float | None = None
    timings: dict[str, float] = {}
    for name, what, fn in engines:
        seconds, found = _timed(fn, texts)
        timings[name] = seconds
        base = base or seconds
        print(
            f"{name:<26}{seconds:>9.2f}{chars / seconds:>12,.0f}{found:>8}  "
            f"{seconds / base:>8.1f}  {what}"
        )
    ours = timings["crosscheck quantities"]
    for other in ("Recognizers-Text number", "quantulum3", "dateparser search_dates"):
        if other in timings:
            print(f"crosscheck quantities vs {other}: {timings[other] / ours:.2f}x as fast")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--extraction", action="store_true")
    parser.add_argument(
        "--dask", action="store_true", help="run crosscheck.dask on a LocalCluster of --workers"
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one size
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.seed, args.workers, args.dask)))
        return
    how = "crosscheck.dask on a LocalCluster" if args.dask else "crosscheck.report"
    print(
        f"feedgen seed {args.seed}, {how}, workers {args.workers}, cpus {os.cpu_count()}, "
        f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} at the start"
    )
    rows = []
    for n in args.sizes:
        done = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                str(n),
                "--seed",
                str(args.seed),
                "--workers",
                str(args.workers),
                *(["--dask"] if args.dask else []),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            sys.exit(
                f"{n} articles: the run failed (exit {done.returncode}):\n{done.stderr[-3000:]}"
            )
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        row = rows[-1]
        print(
            f"  {n} articles: {row['seconds']:.1f} s, {row['articles_per_hour']:,.0f}/hour, "
            f"load {row['load']:.2f}",
            file=sys.stderr,
        )
    _table(args.sizes, rows)
    if args.extraction:
        extraction(max(args.sizes), args.seed)


if __name__ == "__main__":
    main()
