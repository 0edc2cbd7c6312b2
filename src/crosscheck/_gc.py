"""Hold Python's cyclic garbage collector off while one text is read.

Extraction allocates hundreds of thousands of small containers per article
(tokens, matches, spans, claims) that reference counting frees as soon as
they are dropped. CPython's cyclic collector does not know that: it runs a
young-generation pass every 700 net allocations, and every tenth of those a
pass over the older objects, and every tenth of those (once the old heap has
grown by a quarter) a pass over the whole heap: the language data, the
compiled phrase sets, the caches and every claim of the batch so far. On the
200 newsbatch articles those whole-heap passes were about a sixth of
``report``'s time, and the passes found almost nothing to free.

:func:`collector_paused` disables the collector for the extraction of one
article (or one ``find_quantities`` text) and enables it again after, as it
was. The allocation counter keeps counting meanwhile, so the collector runs
right after, once per article rather than dozens of times in it: the
garbage cycles an article leaves (a few hundred objects) are collected at its
end, and memory stays bounded by one article's work, as before.

Threads: a thread that finds the collector already disabled (by another
thread's pause, or by the caller) leaves it as it found it; the thread that
disabled it enables it, so the collector is never left off by a pause.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cyclic garbage collector inside the block, if it was enabled."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
