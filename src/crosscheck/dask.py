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

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ._errors import InputError
from ._report import Report, _assemble
from .claims import extract_claims
from .ingest import load
from .ingest._load import DEFAULT_MAX_BYTES, Input

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
    inputs: Input | Iterable[Input],
    *,
    client: Any = None,
    partitions: int | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Report:
    """Check a batch of articles on a Dask cluster; the same report as :func:`crosscheck.report`.

    ``client``: a ``distributed.Client`` (None: Dask's default scheduler).
    ``partitions``: how many pieces each bag is cut into (default: one per
    :data:`ITEMS_PER_PARTITION` items, at most :data:`MAX_PARTITIONS`).
    ``inputs``, ``language`` and ``max_bytes`` are as in :func:`crosscheck.report`.
    """
    if partitions is not None and (
        isinstance(partitions, bool) or not isinstance(partitions, int) or partitions < 1
    ):
        raise InputError(f"partitions must be a positive integer, not {partitions!r}")
    mapper = _mapper(client, partitions)
    loaded = load(inputs, language=language, max_bytes=max_bytes)
    articles = sorted(loaded.articles, key=lambda a: a.id)
    per_article: list[tuple[Claim, ...]] = mapper(extract_claims, articles)
    claims = [c for found in per_article for c in found]
    return _assemble(articles, claims, loaded.records, mapper=mapper)
