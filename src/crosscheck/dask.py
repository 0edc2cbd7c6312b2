"""crosscheck on a Dask cluster (``pip install 'crosscheck[dask]'``).

:func:`report` gives the same :class:`~crosscheck.Report` as
:func:`crosscheck.report`, byte for byte in JSON, with the three stages that
grow with the batch spread over the cluster's workers:

* extraction maps over a Dask bag of the articles (each article's claims
  depend on that article alone);
* alignment maps over a bag of the claim blocks (one story, one kind and
  key: each block's edges and groups depend on its claims alone);
* judgement maps over a bag of the aligned groups (each group's finding
  depends on that group alone).

Reading the inputs and clustering stories run on the calling process; so
does assembling the report (the claim graph from the blocks' edges, the
findings), in the serial order, so the result does not depend on how the
cluster split the work.

Point it at a cluster by passing a ``distributed.Client``::

    from distributed import Client
    import crosscheck.dask

    client = Client("tcp://scheduler.example.org:8786")
    report = crosscheck.dask.report("feeds/2026-12-04/", client=client)

Without a client, Dask's default scheduler for bags runs (a local process
pool, or the client made most recently in this process).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._report import (
    Report,
    _assemble,
    _check_positive_int,
    _check_time_budget,
    _claims_within,
    _loaded,
    _too_complex,
)
from .claims._build import DEFAULT_TIME_BUDGET
from .ingest import LoadResult
from .ingest._load import DEFAULT_MAX_BYTES, DEFAULT_MAX_TOTAL_BYTES, Input, limit_records

if TYPE_CHECKING:
    from .claims import Claim

__all__ = ["report"]

T = TypeVar("T")
R = TypeVar("R")

# Default partitioning: enough items per task that shipping them costs less
# than the work (an article takes tens of milliseconds to extract), and a cap
# on the number of tasks the scheduler tracks.
ITEMS_PER_PARTITION = 50
MAX_PARTITIONS = 256


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("crosscheck.dask needs Dask: pip install 'crosscheck[dask]'") from exc
    return dask.bag


def _mapper(client: Any, partitions: int | None) -> Callable[..., list[Any]]:
    """A map over a Dask bag that returns the results in the input's order."""
    bag = _bag_module()

    def mapped(fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        items = list(items)
        if not items:
            return []
        parts = partitions or max(1, min(len(items) // ITEMS_PER_PARTITION, MAX_PARTITIONS))
        computation = bag.from_sequence(items, npartitions=parts).map(fn)
        result = (
            client.compute(computation).result() if client is not None else computation.compute()
        )
        return list(result)

    return mapped


def report(
    inputs: Input | Iterable[Input] | LoadResult,
    *,
    client: Any = None,
    partitions: int | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_articles: int | None = None,
    max_total_bytes: int | None = DEFAULT_MAX_TOTAL_BYTES,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
) -> Report:
    """Check a batch of articles on a Dask cluster; the same report as :func:`crosscheck.report`.

    ``client``: a ``distributed.Client`` (None: Dask's default scheduler).
    ``partitions``: how many pieces each bag is cut into (default: one per
    :data:`ITEMS_PER_PARTITION` items, at most :data:`MAX_PARTITIONS`).
    ``inputs``, ``language`` and the limits (``max_bytes``, ``max_articles``,
    ``max_total_bytes``, ``time_budget``, the last one applied on the
    worker that extracts the article) are as in :func:`crosscheck.report`,
    and recorded the same way in ``Report.limits``.
    """
    if partitions is not None:
        _check_positive_int("partitions", partitions)
    _check_time_budget(time_budget)
    mapper = _mapper(client, partitions)
    loaded = _loaded(
        inputs,
        language=language,
        max_bytes=max_bytes,
        max_articles=max_articles,
        max_total_bytes=max_total_bytes,
    )
    articles = sorted(loaded.articles, key=lambda a: a.id)
    work = functools.partial(_claims_within, budget=time_budget)
    per_article: list[tuple[Claim, ...] | str] = mapper(work, articles)
    too_complex = {
        a.id: found
        for a, found in zip(articles, per_article, strict=True)
        if isinstance(found, str)
    }
    claims = [c for found in per_article if not isinstance(found, str) for c in found]
    if too_complex:
        articles = [a for a in articles if a.id not in too_complex]
        loaded = attrs.evolve(loaded, records=_too_complex(loaded.records, too_complex))
    limits = limit_records(loaded.limits, loaded.records, time_budget)
    return _assemble(articles, claims, loaded.records, mapper=mapper, limits=limits)
