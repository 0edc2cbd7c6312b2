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
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.pool import Pool
from types import FrameType
from typing import Any

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
