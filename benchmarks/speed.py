"""Throughput of the whole pipeline on a synthetic batch: articles per second, peak memory.

    PYTHONPATH=src python benchmarks/speed.py [--articles 2000]

Builds a batch by repeating the seed articles under new ids (so alignment
has real work: every copy's troop figures land in the same blocks) and times
`crosscheck.report`. Prints figures; asserts nothing (speed targets live
here, not in unit tests).
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

import crosscheck

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    base = crosscheck.load(sorted(SEEDS.glob("*.txt"))).articles
    batch = [
        crosscheck.Article(
            id=f"{a.id}-{i}", text=a.text, language=a.language, published=a.published
        )
        for i in range(args.articles // len(base) + 1)
        for a in base
    ][: args.articles]
    chars = sum(len(a.text) for a in batch)
    tracemalloc.start()
    t0 = time.perf_counter()
    report = crosscheck.report(batch, workers=args.workers)
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"articles        {len(batch)}  (workers: {args.workers})")
    print(f"characters      {chars:,}")
    print(f"claims          {len(report.claims)}")
    print(f"findings        {len(report.findings)}")
    print(f"alignment edges {report.graph.number_of_edges()}")
    print(f"seconds         {elapsed:.2f}")
    print(f"articles/s      {len(batch) / elapsed:.1f}")
    print(f"chars/s         {chars / elapsed:,.0f}")
    print(f"peak memory     {peak / 1e6:.1f} MB (tracemalloc)")


if __name__ == "__main__":
    main()
