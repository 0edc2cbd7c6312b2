"""The claim graph: which claims from different sentences are about the same thing.

Claims are nodes; an edge joins two claims that count the same unit concept
for the same kind of statement (totals with totals, increments with
increments) and whose sentences speak of the same actors or events. Each edge
keeps its weight and the reasons it was drawn, so a finding can say why two
figures were compared. Connected components are the groups the judge reads.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx
from rapidfuzz import fuzz

from .._fold import fold
from ..claims import Claim

# Minimum rapidfuzz token-set similarity (0-100) of the words around two
# figures for them to be aligned on wording alone, with no shared entity or
# event. Set so that "80 de ani de la sfârșitul celui de-al Doilea Război
# Mondial" matches its paraphrase while unrelated sentences stay apart.
CONTEXT_SIMILARITY_MIN = 60.0

# Words of context taken on each side of a figure for that similarity.
CONTEXT_WINDOW_WORDS = 8


def _window(claim: Claim) -> str:
    """Folded words around the figure, with all digits removed."""
    rel_s = claim.start - claim.sentence_start
    rel_e = claim.end - claim.sentence_start
    before = claim.sentence[:rel_s].split()[-CONTEXT_WINDOW_WORDS:]
    after = claim.sentence[rel_e:].split()[:CONTEXT_WINDOW_WORDS]
    words = [w for w in (*before, *after) if not any(ch.isdigit() for ch in w)]
    return fold(" ".join(words))


def block_key(claim: Claim) -> tuple[str, str, bool] | None:
    """Claims are only compared within one block: same kind, unit and increment flag."""
    if claim.kind != "quantity" or claim.unit is None:
        return None
    return (claim.kind, claim.unit, claim.increment)


def _edge(a: Claim, b: Claim, windows: dict[str, str]) -> tuple[float, list[str]] | None:
    reasons = [f"same unit: {a.unit}"]
    shared = sorted(set(a.entities) & set(b.entities))
    same_event = a.event is not None and a.event == b.event
    if a.event is not None and b.event is not None and a.event != b.event:
        return None
    similarity = fuzz.token_set_ratio(windows[a.id], windows[b.id])
    if shared:
        reasons.append("shared entities: " + ", ".join(shared))
    if same_event:
        reasons.append(f"same event: {a.event}")
    if similarity >= CONTEXT_SIMILARITY_MIN:
        reasons.append(f"similar wording ({similarity:.0f}/100)")
    if not (shared or same_event or similarity >= CONTEXT_SIMILARITY_MIN):
        return None
    weight = round(
        0.4 * (len(shared) / max(1, len(set(a.entities) | set(b.entities))))
        + 0.3 * same_event
        + 0.3 * similarity / 100,
        4,
    )
    return weight, reasons


def build_graph(claims: Iterable[Claim]) -> nx.Graph:
    """The claim graph of ``claims``: nodes are claim ids, with the claim as ``claim`` data."""
    graph = nx.Graph()
    blocks: dict[tuple[str, str, bool], list[Claim]] = defaultdict(list)
    for claim in sorted(claims, key=lambda c: c.id):
        graph.add_node(claim.id, claim=claim)
        key = block_key(claim)
        if key is not None:
            blocks[key].append(claim)
    for key in sorted(blocks):
        members = blocks[key]
        windows = {c.id: _window(c) for c in members}
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                edge = _edge(a, b, windows)
                if edge is not None:
                    weight, reasons = edge
                    graph.add_edge(a.id, b.id, weight=weight, reasons=tuple(reasons))
    return graph


def groups(graph: nx.Graph) -> list[tuple[Claim, ...]]:
    """Aligned groups (connected components), each sorted by claim id, in a stable order."""
    found = []
    for component in nx.connected_components(graph):
        members = tuple(graph.nodes[n]["claim"] for n in sorted(component))
        found.append(members)
    found.sort(key=lambda g: g[0].id)
    return found
