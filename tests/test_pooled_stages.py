"""``report(workers=N)`` aligns blocks and judges groups in its workers: the same report.

One pool of workers, started before the batch is read, extracts the claims,
then aligns the blocks and judges the groups: each task is a range of the
items, sent pickled, and the results name the parent's own claims
(``crosscheck._pool.pool_map``). A feedgen batch (``benchmarks/feedgen.py``:
several stories, six languages, running tolls, wire copies) is large enough
to be cut into many ranges once the threshold for staying in-process is lifted.
"""

from __future__ import annotations

import functools
import itertools
import json
import multiprocessing
import pickle
from collections.abc import Iterator
from contextlib import AbstractContextManager
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any

import pytest

import crosscheck
from crosscheck import _pool, _report
from crosscheck.align import Edge, _graph
from crosscheck.align._graph import BlockResult, align_block
from crosscheck.align._model import Refusal
from crosscheck.claims import Claim
from crosscheck.judge import Finding, Side, TimelinePoint
from crosscheck.judge._findings import judge_group

from ._scripts import benchmark_script


@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSONL feed of 90 feedgen articles (several stories, six languages)."""
    feedgen = benchmark_script("feedgen")
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for record in feedgen.generate(90, 3):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def serial(feed: Path) -> crosscheck.Report:
    return crosscheck.report(feed)


class _Pools:
    """Counts the pools started (worker_pool) and the ranges read back from them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started = 0
        self.ranges = 0
        real_pool, real_read = _pool.worker_pool, _pool._read_range

        def counted(workers: int) -> AbstractContextManager[Pool]:
            self.started += 1
            return real_pool(workers)

        def read(blob: bytes, referable: list[Any], *rebuild: Any) -> list[Any]:
            self.ranges += 1
            return real_read(blob, referable, *rebuild)

        monkeypatch.setattr(_report, "worker_pool", counted)
        monkeypatch.setattr(_pool, "_read_range", read)


def test_pooled_stages_give_the_same_json(
    feed: Path, serial: crosscheck.Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(serial.stories) > 2
    monkeypatch.setattr(_pool, "MIN_POOLED_WEIGHT", 0)
    pools = _Pools(monkeypatch)
    pooled = crosscheck.report(feed, workers=2)
    # one pool extracts, another aligns and judges; the blocks and the groups went to
    # it in ranges
    assert pools.started == 2
    assert pools.ranges > 2
    assert pooled.to_json() == serial.to_json()
    # the findings hold the report's own claims, not copies read back from a worker
    own = {id(c) for c in pooled.claims}
    assert all(id(c) in own for f in pooled.findings for c in f.claims)
    # and the claim ids their sides and timelines name are the claims' own strings
    ids = {id(c.id) for c in pooled.claims}
    named = [i for f in pooled.findings for part in (*f.sides, *f.timeline) for i in part.claims]
    assert named
    assert all(id(i) in ids for i in named)


def test_the_workers_start_before_the_batch_is_read(
    feed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Workers forked once the claims exist would share their pages, and copy every
    # page either side touched afterwards; started first, they share none of them.
    # The extraction's workers end with it (their caches with them): the other two
    # align and judge.
    seen: list[tuple[str, int]] = []
    real_loaded, real_map = _report._loaded, _report.pool_map

    def loaded(*args: Any, **kwargs: Any) -> Any:
        seen.append(("load", len(multiprocessing.active_children())))
        return real_loaded(*args, **kwargs)

    def mapped(*args: Any, **kwargs: Any) -> Any:
        seen.append(("map", len(multiprocessing.active_children())))
        return real_map(*args, **kwargs)

    monkeypatch.setattr(_report, "_loaded", loaded)
    monkeypatch.setattr(_report, "pool_map", mapped)
    crosscheck.report(feed, workers=2)
    assert seen == [("load", 4), ("map", 2), ("map", 2)]
    assert multiprocessing.active_children() == []
    seen.clear()
    crosscheck.report(feed)
    assert seen == [("load", 0)]


def test_three_workers_and_ranges_of_one_item(
    feed: Path, serial: crosscheck.Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_pool, "MIN_POOLED_WEIGHT", 0)
    monkeypatch.setattr(_pool, "TASKS_PER_WORKER", 1000)
    assert crosscheck.report(feed, workers=3).to_json() == serial.to_json()


def test_a_small_batch_stays_in_process(
    feed: Path, serial: crosscheck.Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_pool, "MIN_POOLED_WEIGHT", 10**12)
    pools = _Pools(monkeypatch)
    assert crosscheck.report(feed, workers=2).to_json() == serial.to_json()
    assert pools.ranges == 0


def test_pool_map_is_map(serial: crosscheck.Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pool, "MIN_POOLED_WEIGHT", 0)
    assert serial.alignment is not None
    groups = list(serial.alignment.groups)
    compact = _report._COMPACT
    expected = list(map(judge_group, groups))
    with _pool.worker_pool(2) as pool:
        judged = list(
            _pool.pool_map(judge_group, groups, pool, 2, compact=compact, shared=_report._SHARED)
        )
        assert judged == expected
        # without shared values nothing is referred to: equal values, the claims copies
        assert list(_pool.pool_map(judge_group, groups, pool, 2, compact=compact)) == judged
        assert list(_pool.pool_map(align_block, groups, pool, 2, compact=compact)) == list(
            map(align_block, groups)
        )
        assert list(_pool.pool_map(len, [], pool, 2)) == []
    # no pool: mapped here
    assert list(_pool.pool_map(judge_group, groups, None, 2, compact=compact)) == expected


def test_pool_map_needs_nothing_inherited(
    serial: crosscheck.Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Workers started afresh (no fork: nothing of the parent's memory) give the same
    # results: a task carries all it needs, the claims included.
    monkeypatch.setattr(_pool, "MIN_POOLED_WEIGHT", 0)
    assert serial.alignment is not None
    groups = list(serial.alignment.groups)
    finishing = functools.partial(_report._finishing, judge_group)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        judged = list(
            _pool.pool_map(
                finishing, groups, pool, 2, compact=_report._COMPACT, shared=_report._SHARED
            )
        )
    assert judged == list(map(finishing, groups))


def test_compact_pickling_rebuilds_equal_values(serial: crosscheck.Report) -> None:
    table = _pool.compact_table(_report._COMPACT)
    alignment = serial.alignment
    assert alignment is not None
    values: list[object] = [
        *serial.claims[:50],
        *alignment.edges[:5],
        *alignment.refused[:5],
        *serial.findings,
        align_block(alignment.groups[0]),
    ]
    assert {type(v) for v in values} >= {Claim, Edge, Refusal, Finding, BlockResult}
    assert any(f.sides for f in serial.findings) or any(f.timeline for f in serial.findings)
    for value in values:
        written = _pool._dumps_with(table, value)
        assert pickle.loads(written) == value
    for cls in (Side, TimelinePoint):
        assert cls in table
    # a claim's every field survives, bounds and tuples included
    quantities = [c for c in serial.claims if c.low is not None]
    assert quantities
    assert pickle.loads(_pool._dumps_with(table, quantities)) == quantities


def test_ranges_cover_the_items_in_order() -> None:
    items = [[0] * n for n in (1, 30, 2, 2, 2, 50, 1, 1, 1, 1, 7)]
    for tasks in (1, 2, 3, 5, 11, 40):
        spans = _pool._ranges(items, tasks)
        assert spans[0][0] == 0
        assert spans[-1][1] == len(items)
        assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
        assert all(start < stop for start, stop in spans)
        assert len(spans) <= tasks
    assert _pool._ranges([], 4) == []


def _raising(items: list[list[int]], pool: Pool) -> Iterator[int]:
    for n, value in enumerate(_pool.pool_map(len, items, pool, 2)):
        if n == 3:
            raise RuntimeError("the consumer failed")
        yield value


def test_an_error_in_the_consumer_ends_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pool, "MIN_POOLED_WEIGHT", 0)
    items = [[0] * (n % 5 + 1) for n in range(200)]
    with pytest.raises(RuntimeError, match="consumer failed"), _pool.worker_pool(2) as pool:
        list(_raising(items, pool))
    assert multiprocessing.active_children() == []
    # and a map run to its end leaves no worker either
    with _pool.worker_pool(2) as pool:
        assert list(_pool.pool_map(len, items, pool, 2)) == [len(i) for i in items]
    assert multiprocessing.active_children() == []


def test_chunk_map_is_map_in_small_tasks(
    serial: crosscheck.Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The extraction's map: results in order, claims rebuilt equal from their
    # compact pickles, no task longer than MAX_CHUNK items (nor than an eighth
    # of a worker's share), so no worker is left with a long task at the end.
    monkeypatch.setattr(_pool, "MAX_CHUNK", 3)
    per_article = [serial.claims[i : i + 3] for i in range(0, len(serial.claims), 3)]
    with _pool.worker_pool(2) as pool:
        mapped = list(_pool.chunk_map(tuple, per_article, pool, 2, compact=(Claim,)))
    assert mapped == [tuple(c) for c in per_article]
    assert [c.id for claims in mapped for c in claims] == [c.id for c in serial.claims]
    assert len(per_article) > 3 * 16
    assert max(_chunk_sizes(len(per_article), 2)) == 3
    assert max(_chunk_sizes(40, 2)) == 2  # a small batch: about eight tasks per worker
    assert _chunk_sizes(1, 2) == [1]
    with _pool.worker_pool(2) as pool:
        assert list(_pool.chunk_map(len, [], pool, 2)) == []


def _chunk_sizes(items: int, workers: int) -> list[int]:
    """The sizes of chunk_map's tasks over ``items`` items (len of each task's items)."""
    sizes: list[int] = []

    class Recording:
        def imap(self, fn: Any, tasks: Iterator[Any]) -> Iterator[bytes]:
            for task in tasks:
                sizes.append(len(task[2]))
                yield fn(task)

    list(_pool.chunk_map(len, [[0]] * items, Recording(), workers))  # type: ignore[arg-type]
    return sizes


def test_pooled_edges_are_read_back_sharing_their_values(
    serial: crosscheck.Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The aligned blocks' edges are made once, as the parent reads them back, with one
    # object per distinct weight, reason list and detail list (as align keeps them).
    monkeypatch.setattr(_pool, "MIN_POOLED_WEIGHT", 0)
    alignment = serial.alignment
    assert alignment is not None
    blocks = [g for g in alignment.groups if len(g) > 1]
    with _pool.worker_pool(2) as pool:
        results = list(_report._stage_mapper(pool, 2)(align_block, blocks))
    assert results == [align_block(b) for b in blocks]
    edges = [e for r in results for e in r.edges]
    assert len(edges) > 10
    for field in ("weight", "reasons", "details"):
        values = [getattr(e, field) for e in edges]
        assert len({id(v) for v in values}) == len(set(values)), field
    # and align keeps such edges as they are
    shared = _graph._Shared()
    assert all(shared.edge(e) is e for e in edges)
    made = _report._sharing_edges()
    one = made("a", "b", 0.5, (), ("unit: killed",))
    two = made("c", "d", 0.5, (), tuple(["unit: killed", ""][:1]))
    assert one.details is two.details
    assert one == Edge("a", "b", 0.5, (), ("unit: killed",))
