"""Worker processes that never outlive their parent's interrupt.

``report(..., workers=N)`` extracts claims in ``N`` processes. Ctrl-C in a
terminal sends SIGINT to the whole foreground process group, and a CI
runner cancelling a job sends SIGTERM (or SIGINT) to the parent. Either way
the parent must stop promptly and leave no worker behind, which
:class:`concurrent.futures.ProcessPoolExecutor` does not ensure: its
shutdown waits for the running work, and a parent killed by SIGTERM leaves
its workers running. So :func:`worker_pool` uses :class:`multiprocessing.pool.Pool`,
whose ``terminate()`` kills and reaps the workers, and:

- workers ignore SIGINT (the parent alone decides; no traceback per worker
  on Ctrl-C) and take SIGTERM's default action (the parent's ``terminate()``
  sends it);
- an interrupt while the workers are being started is blocked until the
  pool exists, then delivered (no worker is forked without an owner);
- on any exception in the parent while the pool runs (``KeyboardInterrupt``,
  the CLI's SIGTERM exception, an error in the caller's loop) the workers
  are terminated and joined before the exception goes on; further SIGINT and
  SIGTERM are ignored during that clean-up, so a second Ctrl-C cannot cut it
  short;
- on normal exit the pool is closed and joined: no process is left either;
- a parent killed outright (SIGKILL, the OOM killer) can clean up nothing,
  so each worker notes its parent's pid when it starts and, before each
  article (:func:`exit_if_orphaned`), exits when its parent has changed:
  it stops after the article at hand instead of its whole chunk. A portable
  check (``os.getppid``), no ``prctl``.

:func:`pool_map` maps a function over the blocks or groups of a batch in
such a pool (alignment and judgement of ``report(..., workers=N)``): each
task is a range of the items, sent pickled, and what comes back names the
parent's own objects by reference (see :func:`pool_map`). :func:`chunk_map`
maps one over the articles (extraction): small tasks, results pickled compact.
"""

from __future__ import annotations

import copyreg
import functools
import io
import multiprocessing
import operator
import os
import pickle
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from multiprocessing.pool import Pool
from types import FrameType
from typing import Any, TypeVar

import attrs

_SIGNALS = (signal.SIGINT, signal.SIGTERM)

Handler = Callable[[int, FrameType | None], Any] | int | None

# The pid of the process that started this worker; None outside a worker.
_parent: int | None = None
# A worker's exit status when it finds its parent gone (nobody is left to read it).
ORPHAN_EXIT = 1


def exit_if_orphaned() -> None:
    """In a worker whose parent has died, exit now; elsewhere do nothing.

    Called between articles: a dead parent cannot collect results, so the
    rest of the worker's chunk would be wasted work by a process nobody owns.
    A worker is re-parented when its parent dies, so ``os.getppid()`` no
    longer gives the pid noted at start. ``os._exit``: no clean-up handlers
    of the parent's (inherited by fork) run in the orphan.
    """
    if _parent is not None and os.getppid() != _parent:
        os._exit(ORPHAN_EXIT)


def _worker_init() -> None:
    """Run in each worker first: the parent, not the worker, handles interrupts.

    Notes the parent's pid, for :func:`exit_if_orphaned`.

    SIGINT is ignored; SIGTERM (what the parent's ``terminate()`` sends) ends
    the worker. Both were blocked while the pool started (see
    :func:`_blocked`); unblocked now, a pending SIGTERM ends the worker here.
    """
    global _parent
    _parent = os.getppid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)


@contextmanager
def _ignoring(signals: tuple[signal.Signals, ...]) -> Iterator[None]:
    """Ignore ``signals`` inside the block (main thread only: elsewhere a no-op)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    saved: dict[signal.Signals, Handler] = {}
    try:
        for sig in signals:
            saved[sig] = signal.signal(sig, signal.SIG_IGN)
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)


@contextmanager
def _blocked(signals: tuple[signal.Signals, ...]) -> Iterator[None]:
    """Block ``signals`` inside the block; one that arrives is delivered at its end.

    Starting the pool forks the workers one by one: an interrupt in the
    middle would leave the ones already forked without an owner. Blocked, it
    stays pending and is delivered once the pool exists, where it unwinds
    through the clean-up. Workers forked inside inherit the blocked mask, so
    an early SIGTERM from ``terminate()`` waits in them until
    :func:`_worker_init` has restored its default action, then ends them.
    (Where there is no ``pthread_sigmask``, Windows, a no-op.)
    """
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, signals)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextmanager
def worker_pool(workers: int) -> Iterator[Pool]:
    """A pool of ``workers`` processes, terminated on any exception, joined on exit."""
    pool: Pool | None = None
    try:
        with _blocked(_SIGNALS):
            pool = multiprocessing.Pool(workers, initializer=_worker_init)
        yield pool
    except BaseException:
        if pool is not None:
            with _ignoring(_SIGNALS):
                pool.terminate()
                pool.join()
        raise
    pool.close()
    pool.join()


T = TypeVar("T", bound=Sequence[Any])
R = TypeVar("R")

# Below this much work (see _weight), items are mapped in-process: pickling them to
# the workers and the results back would cost about what the workers save.
# A feedgen batch of 10,000 articles weighs about 1,000,000 in its blocks (3.9 CPU s
# of alignment) and 750,000 in its groups; one of 2,000 articles is at the line.
MIN_POOLED_WEIGHT = 200_000
# Tasks per worker: contiguous ranges of about equal weight, enough that a
# worker which drew the heavier ones does not leave the other idle for long.
TASKS_PER_WORKER = 16
# At most this much work per task, so that what a worker holds at once (a range's
# claims, its results, both pickled) does not grow with the batch: about 2,000
# feedgen claims, a fifth of a second of alignment.
MAX_TASK_WEIGHT = 25_000


def _weight(item: Sequence[Any]) -> int:
    """The work an item (a block, a group) costs, roughly: its pairs, and one for itself."""
    return 1 + len(item) * len(item)


def _ranges(
    items: Sequence[Sequence[Any]], tasks: int, total: int | None = None
) -> list[tuple[int, int]]:
    """``items`` cut into at most ``tasks`` contiguous ranges of about equal weight
    (``total``: their weight, when known)."""
    if total is None:
        total = sum(map(_weight, items))
    out: list[tuple[int, int]] = []
    start, acc = 0, 0
    for i, item in enumerate(items):
        acc += _weight(item)
        if acc * tasks >= total * (len(out) + 1) or i == len(items) - 1:
            out.append((start, i + 1))
            start = i + 1
    return out


def _as_arguments(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    """A pickling reducer that writes a ``cls`` object as ``cls(*its field values)``."""
    names = [a.name for a in attrs.fields(cls)]
    get = operator.attrgetter(*names)
    if len(names) == 1:
        return lambda obj: (cls, (get(obj),))
    return lambda obj: (cls, get(obj))


def compact_table(classes: Iterable[type]) -> dict[type, Callable[[Any], Any]]:
    """A pickling dispatch table that writes each of ``classes`` as its constructor's arguments.

    An attrs class pickled the default way is rebuilt field by field
    (``__setstate__``), four times slower than calling it with its values.
    Each class must take every field positionally, in order, by its own
    name, with no converter (true of frozen attrs value classes).
    """
    table: dict[type, Callable[[Any], Any]] = dict(copyreg.dispatch_table)
    for cls in classes:
        table[cls] = _as_arguments(cls)
    return table


# compact_table per tuple of classes, built once per process
_table_of = functools.cache(compact_table)


def _referable(
    items: Sequence[Sequence[Any]], shared: Callable[[Any], tuple[Any, ...]]
) -> list[Any]:
    """The objects a range's results may name by reference: each member of its items,
    then the member's ``shared`` values; the same list in the worker (its copies)
    and the parent (its own objects)."""
    out: list[Any] = []
    for item in items:
        for member in item:
            out.append(member)
            out.extend(shared(member))
    return out


# A task of pool_map: the function, the compact classes, the shared values' getter
# and the range of items, pickled.
_Task = tuple[
    Callable[[Any], Any], tuple[type, ...], Callable[[Any], tuple[Any, ...]] | None, bytes
]


def _run_range(task: _Task) -> bytes:
    """In a worker: the function over a range of items (sent pickled), pickled.

    An object of the items that the results hold (a claim a finding names,
    or one of its ``shared`` values: its id, its article's) is written as a
    reference, its index in :func:`_referable`, which the parent reads back
    as its own object: no claim is pickled back, and the results hold the
    parent's claims and strings as the serial run's do.
    """
    fn, compact, shared, sent = task
    table = _table_of(compact)
    items = pickle.loads(sent)
    del task, sent
    results = []
    for item in items:
        exit_if_orphaned()
        results.append(fn(item))
    if shared is None:
        return _dumps_with(table, results)
    refs: dict[int, int] = {}
    for n, obj in enumerate(_referable(items, shared)):
        if obj is not None:  # None pickles shorter than any reference
            refs.setdefault(id(obj), n)
    return _dumps_with(table, results, refs)


def _dumps_with(
    table: Mapping[type, Callable[[Any], Any]],
    value: object,
    refs: Mapping[int, int] | None = None,
) -> bytes:
    """``value`` pickled with the dispatch ``table``; an object whose ``id`` is in ``refs``
    is written as its reference there (read back by :func:`_read_range`)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = table
    if refs is not None:
        pickler.persistent_id = lambda obj: refs.get(id(obj))  # type: ignore[method-assign]
    pickler.dump(value)
    return buffer.getvalue()


class _Reader(pickle.Unpickler):
    """Reads what :func:`_run_range` pickled: its references from ``referable``, and each
    class of ``rebuild`` (written as its constructor's arguments) made by its factory there."""

    def __init__(
        self, blob: bytes, referable: list[Any], rebuild: Mapping[type, Callable[..., Any]]
    ) -> None:
        super().__init__(io.BytesIO(blob))
        self.persistent_load = referable.__getitem__  # type: ignore[method-assign]
        self._rebuild = rebuild

    def find_class(self, module: str, name: str) -> Any:
        found = super().find_class(module, name)
        return self._rebuild.get(found, found)


def _read_range(
    blob: bytes, referable: list[Any], rebuild: Mapping[type, Callable[..., Any]] | None = None
) -> list[Any]:
    """The results :func:`_run_range` pickled, its references read from ``referable``
    (``rebuild``: see :func:`pool_map`)."""
    results: list[Any] = _Reader(blob, referable, rebuild or {}).load()
    return results


def pool_map(
    fn: Callable[[T], R],
    items: Sequence[T],
    pool: Pool | None,
    workers: int,
    *,
    compact: tuple[type, ...] = (),
    shared: Callable[[Any], tuple[Any, ...]] | None = None,
    rebuild: Mapping[type, Callable[..., Any]] | None = None,
) -> Iterator[R]:
    """``map(fn, items)`` in the ``workers`` processes of ``pool``: the results in the items' order.

    For the blocks of claims :func:`crosscheck.align.align` aligns and the
    groups :func:`crosscheck.judge.judge` judges, each a sequence of claims,
    in a :func:`worker_pool` started before the batch was read
    (``report(..., workers=N)``). A task is a contiguous range of the items
    (at most :data:`MAX_TASK_WEIGHT` of work), pickled (``compact`` classes
    as their constructors' arguments, :func:`compact_table`) as the pool's
    task thread hands it out, a few ranges ahead of the workers: a worker
    holds one range's claims at a time and shares none of the parent's
    memory. Workers forked once the claims exist would share their pages,
    and every page either side then touched (a reference count is a write,
    and the parent reads every claim to send or refer to it) would be
    copied: about 0.9 GB per worker at 100,000 articles.

    The results come back pickled the same way and, when ``shared`` is
    given, the range's claims and the values ``shared(claim)`` gives as
    references to the parent's own objects (:func:`_run_range`; without it,
    nothing is written as a reference: a third of the pickling work, for
    results that hold no claim). Results are read as the consumer asks for
    them, one range at a time, so they are never all in memory at once.
    ``rebuild`` maps some of the ``compact`` classes to a factory taking the
    same arguments, that the parent makes them with as it reads them back (one
    that shares equal field values between the objects, say, so that they need
    not be made twice).

    No pool, or light work (below :data:`MIN_POOLED_WEIGHT`), maps in this process.
    """
    total = sum(map(_weight, items))
    if pool is None or total < MIN_POOLED_WEIGHT:
        yield from map(fn, items)
        return
    tasks = max(workers * TASKS_PER_WORKER, -(-total // MAX_TASK_WEIGHT))
    spans = _ranges(items, tasks, total)
    table = _table_of(compact)
    sent = ((fn, compact, shared, _dumps_with(table, items[start:stop])) for start, stop in spans)
    for (start, stop), blob in zip(spans, pool.imap(_run_range, sent), strict=True):
        referable = [] if shared is None else _referable(items[start:stop], shared)
        yield from _read_range(blob, referable, rebuild)


# Items per task of chunk_map at most. The last tasks decide when the map ends: one
# worker may still be on a long task while the other has nothing left. With tasks of
# a sixteenth of the batch (Pool.imap's chunks before), the schedule replayed on
# feedgen's per-article extraction times ends 5.2 s after the ideal at 75,000 articles
# (workers of equal speed; more where another job slows one core), 0.0 s with tasks
# of 64. 64 articles are about half a second of extraction; a task costs the pool
# about a millisecond.
MAX_CHUNK = 64


def _run_chunk(task: tuple[Callable[[Any], Any], tuple[type, ...], Sequence[Any]]) -> bytes:
    """In a worker: the function over a chunk of items, its results pickled compact."""
    fn, compact, items = task
    return _dumps_with(_table_of(compact), [fn(item) for item in items])


def chunk_map(
    fn: Callable[[Any], R],
    items: Sequence[Any],
    pool: Pool,
    workers: int,
    *,
    compact: tuple[type, ...] = (),
) -> Iterator[R]:
    """``map(fn, items)`` in the ``workers`` processes of ``pool``: the results in the items' order.

    For work that is about the same for each item and needs nothing of the
    others (the extraction of each article). A task is a run of at most
    :data:`MAX_CHUNK` items (fewer on a small batch, so that each worker gets
    about eight); its results come back pickled with ``compact`` classes as
    their constructors' arguments (:func:`compact_table`: a claim pickled so
    reads back in a third less time and takes a third less room on the way).
    The items are sent pickled the usual way.
    """
    chunk = max(1, min(len(items) // (workers * 8), MAX_CHUNK))
    tasks = ((fn, compact, items[i : i + chunk]) for i in range(0, len(items), chunk))
    for blob in pool.imap(_run_chunk, tasks):
        results: list[R] = pickle.loads(blob)
        yield from results
