"""crosscheck[dask]: the same report on a Dask cluster as in one process."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

import crosscheck
from crosscheck import _report as crosscheck_report

distributed = pytest.importorskip("distributed")
crosscheck_dask = pytest.importorskip("crosscheck.dask")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Two stories in three languages, written for this test: a toll that grows,
# a rival figure and a wire copy, so judgement has conflicts and timelines.
_FEED = [
    (
        "a1",
        "en",
        "2025-03-01",
        "At least 120 people were killed in the floods in Velmora, police said.",
    ),
    (
        "a2",
        "en",
        "2025-03-02",
        "The death toll in Velmora rose to 240, the interior ministry said.",
    ),
    (
        "a3",
        "fr",
        "2025-03-02",
        "Le bilan à Velmora s'élève à 410 morts, selon la protection civile.",
    ),
    (
        "a4",
        "it",
        "2025-03-02",
        "Il bilancio delle vittime a Velmora è salito a 240, secondo il ministero.",
    ),
    (
        "a5",
        "en",
        "2025-03-02",
        "The death toll in Velmora rose to 240, the interior ministry said.",
    ),
    (
        "b1",
        "en",
        "2025-05-10",
        "A magnitude 6.1 earthquake struck near Tarnis, the geological survey said.",
    ),
    (
        "b2",
        "fr",
        "2025-05-10",
        "Un séisme de magnitude 6,4 a frappé Tarnis, selon l'institut de géophysique.",
    ),
]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _feed() -> list[crosscheck.Article]:
    return [
        crosscheck.Article(id=i, text=text, language=lang, published=day)
        for i, lang, day, text in _FEED
    ]


def test_the_cluster_gives_the_serial_report_byte_for_byte(client: object) -> None:
    serial = crosscheck.report(_feed())
    spread = crosscheck_dask.report(_feed(), client=client, partitions=3)
    assert spread.to_json() == serial.to_json()
    assert spread.conflicts  # the batch holds a conflict to judge


def test_the_seeds_on_the_cluster(client: object, seeds_report: crosscheck.Report) -> None:
    assert crosscheck_dask.report(SEEDS, client=client).to_json() == seeds_report.to_json()


def test_bad_partitions_is_a_clear_error() -> None:
    with pytest.raises(crosscheck.InputError, match="partitions"):
        crosscheck_dask.report(_feed(), partitions=0)


def test_the_cluster_runs_extraction_alignment_and_judgement(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each stage that grows with the batch goes through the cluster's map."""
    from crosscheck.align import align_block
    from crosscheck.judge import judge_group

    mapped: list[object] = []
    real = crosscheck_dask._mapper

    def recording(client: object, partitions: int | None) -> object:
        inner = real(client, partitions)

        def mapper(fn: object, items: list[object]) -> list[object]:
            mapped.append(fn)
            return inner(fn, items)

        return mapper

    monkeypatch.setattr(crosscheck_dask, "_mapper", recording)
    on_dask = crosscheck_dask.report(_feed(), partitions=2)
    # extraction maps extract_claims under the time budget (crosscheck._report._claims_within)
    first = getattr(mapped[0], "func", mapped[0])
    assert getattr(first, "__name__", "") == "_claims_within"
    assert mapped[1] == align_block
    # judgement maps judge_group, each finding described and fingerprinted on the worker too
    judging = mapped[2]
    assert isinstance(judging, functools.partial)
    assert judging.func is crosscheck_report._finishing
    assert judging.args == (judge_group,)
    assert on_dask.to_json() == crosscheck.report(_feed()).to_json()
