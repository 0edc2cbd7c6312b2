"""Memoise a look-around over the last few texts it read.

The extraction rules ask the same question at the same place of one sentence
many times: each figure of a sentence looks for the credited source, the
currency before it, a unit before it, and so do the rules around it. A
function of ``(text, *rest)`` decorated with :func:`per_text` answers a
question asked again about one of the last few texts from its memo.

Only the last :data:`TEXTS` texts are kept, each with every answer about
it: the memo serves the rules working on one sentence (or one article),
never a text met again much later. That keeps memory in proportion to the
work on a few texts, and keeps a benchmark that reads the same articles
several times measuring the first reading of each, as real input gets.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

# How many recent texts (first arguments) a memoised function keeps answers for.
TEXTS = 4

_F = TypeVar("_F", bound=Callable[..., Any])
_MISSING = object()


def per_text(function: _F) -> _F:
    """``function`` memoised on its positional arguments, over its last :data:`TEXTS`
    first arguments (see the module docstring). Every argument must be hashable and
    the answer must be a value nothing changes (a tuple, a frozen object, None).
    ``cache_clear()`` forgets every answer. Threads may share it: at worst one
    asks afresh what another was storing."""
    memos: dict[Hashable, dict[tuple[Hashable, ...], Any]] = {}

    @functools.wraps(function)
    def memoised(text: Hashable, *rest: Hashable) -> Any:
        memo = memos.get(text)
        if memo is None:
            if len(memos) >= TEXTS:
                # another thread (a Dask worker's) may change the memo meanwhile
                try:  # noqa: SIM105 - contextlib.suppress builds an object per new text
                    memos.pop(next(iter(memos)), None)  # the oldest
                except (RuntimeError, StopIteration):
                    pass
            memo = memos[text] = {}
        hit = memo.get(rest, _MISSING)
        if hit is _MISSING:
            hit = memo[rest] = function(text, *rest)
        return hit

    memoised.cache_clear = memos.clear  # type: ignore[attr-defined]
    return cast(_F, memoised)
