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

:func:`forked_map` maps a function over the blocks or groups of a batch in
such a pool (alignment and judgement of ``report(..., workers=N)``): the
workers are forked once the items exist and inherit them, so a task is a
range of indices, and what comes back names the inputs' own objects by
reference (see :func:`forked_map`).
"""

from __future__ import annotations

import copyreg
import gc
import io
import multiprocessing
import operator
import os
import pickle
import signal
import sys
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
def worker_pool(workers: int, *, inherit: bool = False) -> Iterator[Pool]:
    """A pool of ``workers`` processes, terminated on any exception, joined on exit.

    ``inherit``: the workers are forked and read the parent's objects as
    they were at the fork (:func:`forked_map`), whatever the default start
    method; they freeze what they inherit out of the cyclic collector's
    reach (:func:`_inheriting_init`).
    """
    pool: Pool | None = None
    try:
        with _blocked(_SIGNALS):
            if inherit:
                pool = multiprocessing.get_context("fork").Pool(
                    workers, initializer=_inheriting_init
                )
            else:
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


def _inheriting_init() -> None:
    """:func:`_worker_init`, then the inherited heap moved out of the collector's reach.

    A forked worker shares the parent's pages until it writes to them; a
    collection pass would write to every object it walks (the whole batch),
    copying all of them. ``gc.freeze`` moves them to a generation the
    collector never walks, without touching them.
    """
    _worker_init()
    gc.freeze()


T = TypeVar("T", bound=Sequence[Any])
R = TypeVar("R")

# What the workers of forked_map inherit: the function, its items, the pickling
# dispatch table and the shared values' getter, set in the parent before the fork
# and kept while the pool lives (a worker the pool starts again inherits them
# too); None outside. One forked_map at a time (_forking): another thread's, or
# one called inside a worker, maps in-process.
_inherited: (
    tuple[
        Callable[[Any], Any],
        Sequence[Sequence[Any]],
        Any,
        Callable[[Any], tuple[Any, ...]] | None,
    ]
    | None
) = None

_forking = threading.Lock()

# Below this much work (see _weight), items are mapped in-process: the workers'
# start (a fork, caches each fills for itself) would cost about what they save.
# A feedgen batch of 10,000 articles weighs about 1,000,000 in its blocks (3.9 CPU s
# of alignment) and 750,000 in its groups; one of 2,000 articles is at the line.
MIN_FORKED_WEIGHT = 200_000
# Tasks per worker: contiguous ranges of about equal weight, enough that a
# worker which drew the heavier ones does not leave the other idle for long.
TASKS_PER_WORKER = 16


def fork_available() -> bool:
    """Whether workers may be forked (and so inherit the parent's objects).

    Not on Windows (no fork), nor on macOS, where Python starts workers
    afresh by default because a forked process may crash in system libraries.
    """
    return sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods()


def _weight(item: Sequence[Any]) -> int:
    """The work an item (a block, a group) costs, roughly: its pairs, and one for itself."""
    return 1 + len(item) * len(item)


def _ranges(items: Sequence[Sequence[Any]], tasks: int) -> list[tuple[int, int]]:
    """``items`` cut into at most ``tasks`` contiguous ranges of about equal weight."""
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


def _referable(
    items: Sequence[Sequence[Any]], span: tuple[int, int], shared: Callable[[Any], tuple[Any, ...]]
) -> list[Any]:
    """The objects a range's results may name by reference: each member of its items,
    then the member's ``shared`` values; the same list in the worker and the parent."""
    out: list[Any] = []
    for i in range(*span):
        for member in items[i]:
            out.append(member)
            out.extend(shared(member))
    return out


def _run_range(span: tuple[int, int]) -> bytes:
    """In a worker: the function over the inherited items ``span[0]:span[1]``, pickled.

    An object of the items that the results hold (a claim a finding names,
    or one of its ``shared`` values: its id, its article's) is written as a
    reference, its index in :func:`_referable`, which the parent reads back
    as its own object: no claim is pickled, and the results hold the
    parent's claims and strings as the serial run's do.
    """
    assert _inherited is not None  # set by forked_map before the fork
    fn, items, table, shared = _inherited
    results = []
    for i in range(*span):
        exit_if_orphaned()
        results.append(fn(items[i]))
    if shared is None:
        return _dumps_with(table, results)
    refs: dict[int, int] = {}
    for n, obj in enumerate(_referable(items, span, shared)):
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


def _read_range(blob: bytes, referable: list[Any]) -> list[Any]:
    """The results :func:`_run_range` pickled, its references read from ``referable``."""
    unpickler = pickle.Unpickler(io.BytesIO(blob))
    unpickler.persistent_load = referable.__getitem__  # type: ignore[method-assign]
    results: list[Any] = unpickler.load()
    return results


def forked_map(
    fn: Callable[[T], R],
    items: Sequence[T],
    workers: int,
    *,
    compact: Iterable[type] = (),
    shared: Callable[[Any], tuple[Any, ...]] | None = None,
) -> Iterator[R]:
    """``map(fn, items)`` in ``workers`` forked processes: the results in the items' order.

    For the blocks of claims :func:`crosscheck.align.align` aligns and the
    groups :func:`crosscheck.judge.judge` judges, each a sequence of claims.
    The workers are forked after the items exist and inherit them (copy on
    write): a task is a range of indices, not the claims pickled. Its
    results come back pickled with ``compact`` classes as their
    constructors' arguments (:func:`compact_table`) and, when ``shared`` is
    given, the range's claims and the values ``shared(claim)`` gives as
    references to the parent's own objects (:func:`_run_range`; without it,
    nothing is written as a reference: a third of the pickling work, for
    results that hold no claim). At 10,000 articles reading the results
    back costs the parent about a twentieth of the work it hands out.

    Light work (below :data:`MIN_FORKED_WEIGHT`), one worker, or a platform
    that cannot fork maps in this process. The pool is a :func:`worker_pool`
    (terminated on an exception, even one raised by the consumer of this
    generator; joined at its end). Results are read as the consumer asks for
    them, one range at a time, so they are never all in memory at once.
    """
    global _inherited
    if (
        workers < 2
        or not fork_available()
        or _inherited is not None  # inside a worker: no pools of pools
        or sum(map(_weight, items)) < MIN_FORKED_WEIGHT
        or not _forking.acquire(blocking=False)
    ):
        yield from map(fn, items)
        return
    try:
        spans = _ranges(items, workers * TASKS_PER_WORKER)
        _inherited = (fn, items, compact_table(compact), shared)
        with worker_pool(workers, inherit=True) as pool:
            for span, blob in zip(spans, pool.imap(_run_range, spans), strict=True):
                referable = [] if shared is None else _referable(items, span, shared)
                yield from _read_range(blob, referable)
    finally:
        _inherited = None
        _forking.release()
