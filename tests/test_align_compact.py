"""Alignment keeps one object per distinct edge part; story linkage pushes only what rose;
the JSON writer writes edges directly."""

from __future__ import annotations

import heapq
import random
from collections.abc import Mapping, Sequence

from crosscheck import Report
from crosscheck._codes import EdgeReason
from crosscheck.align import Edge, _stories
from crosscheck.align._stories import STORY_SIMILARITY_MIN
from crosscheck.render import _json


def test_edges_share_equal_parts(seeds_report: Report) -> None:
    assert seeds_report.alignment is not None
    edges = seeds_report.alignment.edges
    assert len(edges) > 20
    assert len({id(e.reasons) for e in edges}) == len({e.reasons for e in edges})
    assert len({id(e.details) for e in edges}) == len({e.details for e in edges})
    assert len({id(e.weight) for e in edges}) == len({e.weight for e in edges})
    details = [r.detail for r in seeds_report.alignment.refused if r.detail is not None]
    assert details
    assert len({id(d) for d in details}) == len(set(details))


def _eager_linkage(ids: Sequence[str], sims: Mapping[tuple[str, str], float]) -> list[list[str]]:
    """Average linkage that pushes every pair of a merged cluster (the plain algorithm)."""
    members: dict[str, list[str]] = {i: [i] for i in ids}
    links: dict[str, dict[str, float]] = {i: {} for i in ids}
    for (a, b), s in sims.items():
        links[a][b] = s
        links[b][a] = s
    heap = [(-s, min(a, b), max(a, b)) for (a, b), s in sims.items() if s >= STORY_SIMILARITY_MIN]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        current = links[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if abs(current + neg) > 1e-12:
            continue
        keep, gone = (a, b) if a < b else (b, a)
        members[keep].extend(members.pop(gone))
        merged = links.pop(gone)
        merged.pop(keep, None)
        for other, s in merged.items():
            links[other].pop(gone, None)
            links[keep][other] = links[keep].get(other, 0.0) + s
            links[other][keep] = links[keep][other]
        links[keep].pop(gone, None)
        for other, s in links[keep].items():
            avg = s / (len(members[keep]) * len(members[other]))
            if avg >= STORY_SIMILARITY_MIN:
                heapq.heappush(heap, (-avg, min(keep, other), max(keep, other)))
    return [sorted(m) for m in members.values()]


def test_linkage_merges_as_the_plain_algorithm() -> None:
    rng = random.Random(11)
    merged_some = 0
    for _ in range(1500):
        ids = [f"a{i:02d}" for i in range(rng.randint(2, 40))]
        sims: dict[tuple[str, str], float] = {}
        for _ in range(rng.randint(1, 3 * len(ids))):
            a, b = sorted(rng.sample(ids, 2))
            # repeated values make ties; small ones fall below the bar as clusters grow
            sims[(a, b)] = (
                rng.choice((0.01, 0.02, 0.05, 0.2)) if rng.random() < 0.5 else rng.random() / 5
            )
        got = _stories._average_linkage(ids, sims)
        assert got == _eager_linkage(ids, sims)
        merged_some += len(got) < len(ids)
    assert merged_some > 1000


def test_edge_text_is_the_record_text() -> None:
    """The JSON writer's direct edge text is what it writes for the edge's record."""
    rng = random.Random(2)
    texts = ["c1", "c\u00e9-2", 'q"uote', "line\nbreak", "\ud800lone", ""]
    for indent in (None, 0, 2, 4, "\t"):
        writer = _json._Writer(indent)
        for _ in range(300):
            reasons = tuple(rng.sample(list(EdgeReason), rng.randint(0, 3)))
            details = tuple(rng.choice(texts) for _ in range(rng.randint(0, 3)))
            weight = rng.choice((0.5, 1, 0.1234, 2.0))
            edge = Edge(rng.choice(texts), rng.choice(texts), weight, reasons, details)
            assert writer.edge(edge) == writer.value(_json._edge_record(edge), 2)
