"""``report(workers=N)`` aligns blocks and judges groups in forked workers: the same report.

The workers inherit the blocks and groups (forked once they exist) and send
back results that name the parent's own claims (``crosscheck._pool.forked_map``).
A feedgen batch (``benchmarks/feedgen.py``: several stories, six languages,
running tolls, wire copies) is large enough to be cut into many ranges once
the threshold for staying in-process is lifted.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
from collections.abc import Iterator
from contextlib import AbstractContextManager
from multiprocessing.pool import Pool
from pathlib import Path

import pytest

import crosscheck
from crosscheck import _pool, _report
from crosscheck.align import Edge
from crosscheck.align._graph import BlockResult, align_block
from crosscheck.align._model import Refusal
from crosscheck.judge import Finding, Side, TimelinePoint
from crosscheck.judge._findings import judge_group

from ._scripts import benchmark_script

pytestmark = pytest.mark.skipif(not _pool.fork_available(), reason="needs fork")


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
    """Counts the pools forked for forked_map (worker_pool with ``inherit``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.inheriting = 0
        real = _pool.worker_pool

        def counted(workers: int, *, inherit: bool = False) -> AbstractContextManager[Pool]:
            self.inheriting += inherit
            return real(workers, inherit=inherit)

        monkeypatch.setattr(_pool, "worker_pool", counted)


def test_forked_stages_give_the_same_json(
    feed: Path, serial: crosscheck.Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(serial.stories) > 2
    monkeypatch.setattr(_pool, "MIN_FORKED_WEIGHT", 0)
    pools = _Pools(monkeypatch)
    forked = crosscheck.report(feed, workers=2)
    assert pools.inheriting == 2  # the blocks, then the groups
    assert forked.to_json() == serial.to_json()
    # the findings hold the report's own claims, not copies read back from a worker
    own = {id(c) for c in forked.claims}
    assert all(id(c) in own for f in forked.findings for c in f.claims)
    # and the claim ids their sides and timelines name are the claims' own strings
    ids = {id(c.id) for c in forked.claims}
    named = [i for f in forked.findings for part in (*f.sides, *f.timeline) for i in part.claims]
    assert named
    assert all(id(i) in ids for i in named)


def test_three_workers_and_ranges_of_one_item(
    feed: Path, serial: crosscheck.Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_pool, "MIN_FORKED_WEIGHT", 0)
    monkeypatch.setattr(_pool, "TASKS_PER_WORKER", 1000)
    assert crosscheck.report(feed, workers=3).to_json() == serial.to_json()


def test_a_small_batch_stays_in_process(
    feed: Path, serial: crosscheck.Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_pool, "MIN_FORKED_WEIGHT", 10**12)
    pools = _Pools(monkeypatch)
    assert crosscheck.report(feed, workers=2).to_json() == serial.to_json()
    assert pools.inheriting == 0


def test_forked_map_is_map(serial: crosscheck.Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pool, "MIN_FORKED_WEIGHT", 0)
    assert serial.alignment is not None
    groups = list(serial.alignment.groups)
    compact = _report._COMPACT
    judged = list(_pool.forked_map(judge_group, groups, 2, compact=compact, shared=_report._SHARED))
    assert judged == list(map(judge_group, groups))
    # without shared values nothing is referred to: equal values, the claims copies
    assert list(_pool.forked_map(judge_group, groups, 2, compact=compact)) == judged
    assert list(_pool.forked_map(align_block, groups, 2, compact=compact)) == list(
        map(align_block, groups)
    )
    assert list(_pool.forked_map(len, [], 2)) == []


def test_compact_pickling_rebuilds_equal_values(serial: crosscheck.Report) -> None:
    import pickle

    table = _pool.compact_table(_report._COMPACT)
    alignment = serial.alignment
    assert alignment is not None
    values: list[object] = [
        *alignment.edges[:5],
        *alignment.refused[:5],
        *serial.findings,
        align_block(alignment.groups[0]),
    ]
    assert {type(v) for v in values} >= {Edge, Refusal, Finding, BlockResult}
    assert any(f.sides for f in serial.findings) or any(f.timeline for f in serial.findings)
    for value in values:
        written = _pool._dumps_with(table, value)
        assert pickle.loads(written) == value
    for cls in (Side, TimelinePoint):
        assert cls in table


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


def _raising(items: list[list[int]]) -> Iterator[int]:
    for n, value in enumerate(_pool.forked_map(len, items, 2)):
        if n == 3:
            raise RuntimeError("the consumer failed")
        yield value


def test_an_error_in_the_consumer_ends_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pool, "MIN_FORKED_WEIGHT", 0)
    items = [[0] * (n % 5 + 1) for n in range(200)]
    with pytest.raises(RuntimeError, match="consumer failed"):
        list(_raising(items))
    assert multiprocessing.active_children() == []
    assert _pool._inherited is None
    assert not _pool._forking.locked()
    # and a map run to its end leaves no worker either
    assert list(_pool.forked_map(len, items, 2)) == [len(i) for i in items]
    assert multiprocessing.active_children() == []
