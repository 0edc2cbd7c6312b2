"""Story clustering's average linkage against a plain reference (hypothesis).

The aligner's linkage keeps a lazy heap and folds link maps for speed; the
reference below recomputes every cluster pair's average at every step. Both
must merge the same clusters, ties included (similarities drawn from a few
values make ties common).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.align._stories import STORY_SIMILARITY_MIN, _average_linkage


def _reference(ids: list[str], sims: dict[tuple[str, str], float]) -> list[list[str]]:
    clusters: dict[str, list[str]] = {i: [i] for i in ids}
    link = {**sims, **{(b, a): s for (a, b), s in sims.items()}}
    while True:
        best: tuple[float, str, str] | None = None
        keys = sorted(clusters)
        for x_index, x in enumerate(keys):
            for y in keys[x_index + 1 :]:
                total = sum(link.get((p, q), 0.0) for p in clusters[x] for q in clusters[y])
                if not any((p, q) in link for p in clusters[x] for q in clusters[y]):
                    continue
                avg = total / (len(clusters[x]) * len(clusters[y]))
                if avg < STORY_SIMILARITY_MIN:
                    continue
                key = (-avg, x, y)
                if best is None or key < best:
                    best = key
        if best is None:
            return sorted(sorted(c) for c in clusters.values())
        _, x, y = best
        clusters[x].extend(clusters.pop(y))


_VALUES = [0.0, 0.01, 0.02, 0.05, 0.1, 0.3, 0.9]


@st.composite
def _graphs(draw: st.DrawFn) -> tuple[list[str], dict[tuple[str, str], float]]:
    n = draw(st.integers(min_value=1, max_value=9))
    ids = [f"a{i}" for i in range(n)]
    sims: dict[tuple[str, str], float] = {}
    for i in range(n):
        for j in range(i + 1, n):
            if draw(st.booleans()):
                sims[(ids[i], ids[j])] = draw(st.sampled_from(_VALUES))
    return ids, sims


@settings(max_examples=300, deadline=None)
@given(_graphs())
def test_linkage_merges_as_the_reference_does(graph: tuple[list[str], dict]) -> None:
    ids, sims = graph
    assert _average_linkage(ids, sims) == _reference(ids, sims)


def test_a_growing_cluster_still_takes_its_best_neighbour_first() -> None:
    """Merging lowers a neighbour's average; the stale, higher entry must not win."""
    sims = {("a", "b"): 0.9, ("a", "c"): 0.5, ("b", "c"): 0.0, ("c", "d"): 0.4}
    assert _average_linkage(["a", "b", "c", "d"], sims) == _reference(["a", "b", "c", "d"], sims)
