"""The pipeline's shape: data flows one way, and blocking never changes the graph."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import crosscheck
from crosscheck.align import _graph
from crosscheck.claims import extract_claims

from .strategies import articles

PACKAGE = Path(crosscheck.__file__).parent
# ingest -> extract -> claims -> align -> judge -> render; lang and the
# underscore helpers at the top are shared by all.
ORDER = ["ingest", "extract", "claims", "align", "judge", "render"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level >= 1 and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level >= 2 and not node.module:
            found.update(alias.name for alias in node.names)
    return found


def test_stages_only_read_from_earlier_stages() -> None:
    for stage_index, stage in enumerate(ORDER):
        later = set(ORDER[stage_index + 1 :])
        for path in (PACKAGE / stage).glob("*.py"):
            bad = _imports(path) & later
            assert not bad, f"{stage}/{path.name} imports later stage(s) {sorted(bad)}"


def _all_pairs(claims: list[crosscheck.Claim], story_of: dict[str, str]) -> set[tuple[str, str]]:
    """Reference aligner: every pair, no blocking, the same pair rules (``decide``)."""
    edges = set()
    for a, b in itertools.combinations(sorted(claims, key=lambda c: c.id), 2):
        if _graph.decide(a, b, story_of).compared:
            edges.add((a.id, b.id))
    return edges


@settings(max_examples=20, deadline=None)
@given(st.tuples(articles("x1"), articles("x2"), articles("x3"), articles("x4")))
def test_blocked_aligner_matches_all_pairs(batch: tuple[crosscheck.Article, ...]) -> None:
    claims = [c for a in batch for c in extract_claims(a)]
    alignment = _graph.align(claims, batch)
    story_of = {a: s.id for s in alignment.stories for a in s.articles}
    blocked = {tuple(sorted(e)) for e in alignment.graph.edges()}
    assert blocked == _all_pairs(claims, story_of)


@settings(max_examples=20, deadline=None)
@given(st.tuples(articles("x1"), articles("x2"), articles("x3"), articles("x4")))
def test_groups_are_cliques_of_the_graph(batch: tuple[crosscheck.Article, ...]) -> None:
    claims = [c for a in batch for c in extract_claims(a)]
    alignment = _graph.align(claims, batch)
    seen: set[str] = set()
    for group in alignment.groups:
        ids = [c.id for c in group]
        assert not seen & set(ids)
        seen |= set(ids)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                assert alignment.graph.has_edge(a, b)
    assert seen == {c.id for c in claims}
