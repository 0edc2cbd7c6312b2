"""The claim graph: which claims, within one story, are about the same thing.

Claims are nodes; an edge joins two claims that are about the same thing,
and keeps why (:class:`Edge`: weight, reason codes, details). The aligner

1. clusters the articles into stories (:mod:`._stories`; the input's story
   names win) — claims of two stories are never compared;
2. blocks the claims of each story by their kind's block key (unit concept,
   increment or total, rate or cumulative; event; quote) — claims of two
   blocks are never compared;
3. scores the pairs of a block its kind's rules name (:mod:`._quantity`,
   :mod:`._date`: every pair; :mod:`._quote`: pairs of two articles that
   share a word stem, the only ones it could accept) with those rules: an
   edge, or a :class:`Refusal` with a reason code; an article with more
   claims in one block than :data:`._rules.ARTICLE_PAIRS_LIMIT` has its own
   claims scored only against their nearest in its text, so one long
   article costs linear work;
4. partitions each block into groups whose members are *all* pairwise
   compatible (cliques, grown greedily from the best-connected claim), so a
   weak edge can never chain two different quantities into one group; then
   moves claims that fit several groups (a figure naming no place) to the
   one they look most like one quantity with (:func:`_reassign`).

:func:`decide` gives the verdict on any one pair (``Report.explain``);
it agrees with the blocked graph by construction.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from .._codes import EdgeReason, RefusalReason
from ..claims import Claim
from ..ingest._article import Article
from . import _date, _quantity, _quote
from ._model import Alignment, Decision, Edge, Refusal, Story
from ._rules import KindRules, refuse
from ._stories import cluster_stories

RULES: dict[str, KindRules] = {
    "quantity": _quantity.RULES,
    "date": _date.RULES,
    "quote": _quote.RULES,
}


def block_key(claim: Claim) -> tuple[str, ...] | None:
    """The claim's block within its story; None = never compared."""
    rules = RULES.get(claim.kind)
    return rules.block_key(claim) if rules else None


def decide(a: Claim, b: Claim, story_of: Mapping[str, str]) -> Decision:
    """Whether two claims are compared: an edge, or a refusal with its reason code."""
    if a.id == b.id:
        return Decision(None, refuse(a, b, RefusalReason.SAME_CLAIM))
    if a.kind != b.kind:
        return Decision(None, refuse(a, b, RefusalReason.DIFFERENT_KIND, f"{a.kind} vs {b.kind}"))
    rules = RULES[a.kind]
    key_a, key_b = rules.block_key(a), rules.block_key(b)
    if key_a is None or key_b is None:
        return Decision(None, refuse(a, b, RefusalReason.NOT_COMPARABLE))
    sa, sb = story_of.get(a.article), story_of.get(b.article)
    if sa != sb:
        return Decision(None, refuse(a, b, RefusalReason.DIFFERENT_STORY, f"{sa} vs {sb}"))
    if key_a != key_b:
        refusal = rules.block_refusal(a, b) or refuse(a, b, RefusalReason.NOT_COMPARABLE)
        return Decision(None, refusal)
    verdict = rules.score(a, b)
    if isinstance(verdict, Edge):
        return Decision(verdict, None)
    return Decision(None, verdict)


def _cliques(
    members: list[Claim], adjacency: Mapping[str, Mapping[str, float]]
) -> list[list[Claim]]:
    """Partition a block into cliques: every member compatible with every other.

    Repeatedly take the claim with the most compatible partners left (ties:
    the larger total weight, then the smaller id) and grow its group: of
    the claims still compatible with every member, add the one compatible
    with most of the others (then the heavier edges to the group, then the
    smaller id), so the group stays as large as it can. Then local moves
    (:func:`_improve`) merge groups that fit together and move claims to a
    larger group they fit. Deterministic and independent of input order.
    """
    by_id = {c.id: c for c in members}
    adj = {c.id: adjacency.get(c.id, {}) for c in members}
    left = set(by_id)
    degree = {c: len(adj[c]) for c in left}
    total = {c: sum(adj[c].values()) for c in left}
    found: list[list[str]] = []
    # The pivots in order, kept in a heap: a claim's entry is renewed when a
    # partner leaves (its degree drops); entries of an older version are stale.
    version = dict.fromkeys(left, 0)
    heap = [(-degree[c], -total[c], c, 0) for c in left]
    heapq.heapify(heap)
    while left:
        _, _, pivot, seen = heapq.heappop(heap)
        if pivot not in left or seen != version[pivot]:
            continue
        clique = [pivot]
        pool = {o for o in adj[pivot] if o in left}
        # Partners each candidate has among the candidates, and its weight to the group,
        # kept up to date as the pool shrinks (each edge is looked at a bounded number
        # of times per group, not once per step).
        inside = {o: sum(1 for p in adj[o] if p in pool) for o in pool}
        weight = {o: adj[o][pivot] for o in pool}
        while pool:
            # The candidate compatible with most of the others still possible
            # keeps the group as large as it can grow (then weight, then id).
            best = min(pool, key=lambda o: (-inside[o], -weight[o], o))
            clique.append(best)
            near = adj[best]
            dropped = [o for o in pool if o not in near]
            pool = {o for o in pool if o in near}
            for gone in dropped:
                for p in adj[gone]:
                    if p in pool:
                        inside[p] -= 1
            for o in pool:
                weight[o] += near[o]
        for cid in clique:
            left.discard(cid)
        touched: set[str] = set()
        for cid in clique:
            for p, w in adj[cid].items():
                if p in left:
                    degree[p] -= 1
                    total[p] -= w
                    touched.add(p)
        for p in sorted(touched):
            version[p] += 1
            heapq.heappush(heap, (-degree[p], -total[p], p, version[p]))
        found.append(sorted(clique))
    return [[by_id[i] for i in group] for group in _improve(found, adj)]


def _improve(
    groups: list[list[str]], adjacency: Mapping[str, Mapping[str, float]]
) -> list[list[str]]:
    """Local moves that keep every group a clique and only ever grow the largest groups.

    Two groups whose members are all compatible are merged (the pair with
    the largest union first); a claim compatible with every member of a
    group at least as large as its own moves there. Greedy growth can leave
    such pairs apart (a claim taken early by a small group). Each move makes
    the sorted group sizes strictly larger, so the loop ends. A claim fits a
    group when it is compatible with as many of its members as it has.
    """
    groups = [sorted(g) for g in groups]
    while True:
        groups.sort(key=lambda g: (-len(g), g[0]))
        home = {c: i for i, g in enumerate(groups) for c in g}
        links: dict[str, dict[int, int]] = {}
        for g in groups:
            for c in g:
                count: dict[int, int] = {}
                for p in adjacency.get(c, {}):
                    if p in home:
                        count[home[p]] = count.get(home[p], 0) + 1
                links[c] = count
        action = None
        for i, gi in enumerate(groups):
            # A group that fits wholly with ``gi`` has members linked to gi's first.
            j = next(
                (
                    j
                    for j in sorted(links[gi[0]])
                    if j > i and all(links[c].get(i, 0) == len(gi) for c in groups[j])
                ),
                None,
            )
            if j is not None:
                action = ("merge", i, j, "")
                break
        if action is None:
            for i in range(len(groups) - 1, -1, -1):
                for claim in groups[i]:
                    target = min(
                        (
                            j
                            for j, n in links[claim].items()
                            if j != i and len(groups[j]) >= len(groups[i]) and n == len(groups[j])
                        ),
                        default=None,
                    )
                    if target is not None:
                        action = ("move", i, target, claim)
                        break
                if action is not None:
                    break
        if action is None:
            return sorted(groups, key=lambda g: g[0])
        kind, i, j, claim = action
        if kind == "merge":
            groups[i] = sorted(groups[i] + groups[j])
            del groups[j]
        else:
            groups[j] = sorted([*groups[j], claim])
            groups[i] = [c for c in groups[i] if c != claim]
            groups = [g for g in groups if g]


def _reassign(
    groups: list[list[Claim]],
    adjacency: Mapping[str, Mapping[str, float]],
    affinity: Callable[[Claim, Claim], float],
) -> list[list[Claim]]:
    """Move claims to the group they look most like one quantity with (kept cliques).

    Growing cliques by size puts a claim that is compatible with several
    groups (one that states no place fits the city's toll and the
    country's) into the largest one. Repeatedly, the move that gains most
    is made: a claim goes to a group it fits wholly whose members it has a
    higher total :meth:`~._rules.KindRules.affinity` with than its own
    group's (without it); ties go to the smaller claim id, then group. Every
    move raises the sum of affinities within groups (the affinity is
    symmetric), so the moves end. Deterministic and independent of input
    order.
    """
    claims = sorted((c for g in groups for c in g), key=lambda c: c.id)
    home = {c.id: i for i, g in enumerate(groups) for c in g}
    size = [len(g) for g in groups]
    by_id = {c.id: c for c in claims}
    # score[c][g]: total affinity of c with group g's members; fit[c][g]: how many it fits.
    score: dict[str, dict[int, float]] = {c.id: {} for c in claims}
    fit: dict[str, dict[int, int]] = {c.id: {} for c in claims}
    for c in claims:
        for other, _ in adjacency.get(c.id, {}).items():
            if other in home:
                g = home[other]
                fit[c.id][g] = fit[c.id].get(g, 0) + 1
                score[c.id][g] = score[c.id].get(g, 0.0) + affinity(c, by_id[other])
    for _ in range(REASSIGN_MAX_MOVES_PER_CLAIM * len(claims)):
        best: tuple[float, str, int] | None = None
        for c in claims:
            own = score[c.id].get(home[c.id], 0.0)
            for g, n in fit[c.id].items():
                if g == home[c.id] or n != size[g]:
                    continue
                gain = score[c.id][g] - own
                if gain > 1e-9 and (best is None or (-gain, c.id, g) < (-best[0], *best[1:])):
                    best = (gain, c.id, g)
        if best is None:
            break
        _, cid, target = best
        source = home[cid]
        home[cid] = target
        size[source] -= 1
        size[target] += 1
        moved = by_id[cid]
        for other in adjacency.get(cid, {}):
            if other in home:
                a = affinity(moved, by_id[other])
                fit[other][source] -= 1
                score[other][source] -= a
                fit[other][target] = fit[other].get(target, 0) + 1
                score[other][target] = score[other].get(target, 0.0) + a
    out: dict[int, list[Claim]] = {}
    for c in claims:
        out.setdefault(home[c.id], []).append(c)
    return [out[g] for g in sorted(out)]


# A bound on the moves, per claim (each move raises the partition's total
# affinity, so they end long before; the bound keeps hostile input in check).
REASSIGN_MAX_MOVES_PER_CLAIM = 4


def _fallback_stories(claims: Iterable[Claim]) -> tuple[Story, ...]:
    """Stories from the claims alone (no articles given): their story field, else one story."""
    by_story: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        by_story[claim.story or "story-all"].add(claim.article)
    return tuple(
        Story(id=s, label=(s,), articles=tuple(sorted(a)), given=s != "story-all")
        for s, a in sorted(by_story.items())
    )


@attrs.frozen
class BlockResult:
    """What aligning one block gives: its edges, refusals and groups (as claim ids).

    Small and made of plain values, so a block can be aligned on another
    process or machine (:mod:`crosscheck.dask`) and shipped back.
    """

    edges: tuple[Edge, ...]
    refused: tuple[Refusal, ...]
    groups: tuple[tuple[str, ...], ...]
    candidates: int


def align_block(members: Sequence[Claim]) -> BlockResult:
    """Score the pairs of one block and partition it into groups (steps 3 and 4 above).

    A block's result depends on its members alone, so blocks can be aligned
    in parallel and in any order.
    """
    rules = RULES[members[0].kind]
    adjacency: dict[str, dict[str, float]] = defaultdict(dict)
    edges: list[Edge] = []
    refused: list[Refusal] = []
    candidates = 0
    for a, b in rules.pairs(members):
        candidates += 1
        verdict = rules.score(a, b)
        if isinstance(verdict, Edge):
            edges.append(verdict)
            adjacency[a.id][b.id] = verdict.weight
            adjacency[b.id][a.id] = verdict.weight
        else:
            refused.append(verdict)
    cliques = _cliques(list(members), adjacency)
    if len(cliques) > 1:
        cliques = _reassign(cliques, adjacency, rules.affinity)
    return BlockResult(
        edges=tuple(edges),
        refused=tuple(refused),
        groups=tuple(tuple(c.id for c in g) for g in cliques),
        candidates=candidates,
    )


class _Shared:
    """One object for each distinct weight, reason list and detail of a batch's edges and refusals.

    Each :class:`Edge` comes with its own tuples and strings ("unit: killed",
    "event: died"), but a batch has few distinct ones: 4,000 feed articles
    give 146,824 edges with 10 distinct reason tuples and 1,358 distinct
    detail tuples. Sharing them takes about a third off the memory the
    alignment keeps (the edges are kept for the report's JSON); equal values,
    so nothing else changes.
    """

    def __init__(self) -> None:
        self._weights: dict[float, float] = {}
        self._reasons: dict[tuple[EdgeReason, ...], tuple[EdgeReason, ...]] = {}
        self._details: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._texts: dict[str, str] = {}

    def edge(self, e: Edge) -> Edge:
        """``e`` with shared weight, reasons and details (``e`` itself when it has them:
        a mapper may hand back edges made with shared values)."""
        weight = self._weights.setdefault(e.weight, e.weight)
        reasons = self._reasons.setdefault(e.reasons, e.reasons)
        details = self._details.setdefault(e.details, e.details)
        if weight is e.weight and reasons is e.reasons and details is e.details:
            return e
        return Edge(e.a, e.b, weight, reasons, details)

    def refusal(self, r: Refusal) -> Refusal:
        """``r`` with a shared detail (a refusal without one is kept as it is)."""
        if r.detail is None:
            return r
        return Refusal(r.a, r.b, r.reason, self._texts.setdefault(r.detail, r.detail))


def align(
    claims: Iterable[Claim],
    articles: Iterable[Article] | None = None,
    *,
    mapper: Callable[..., Iterable[Any]] = map,
    stories: tuple[Story, ...] | None = None,
) -> Alignment:
    """Stories, the claim graph, its groups and the refused pairs (see module docs).

    ``mapper`` applies :func:`align_block` to the blocks: the built-in
    ``map``, or a parallel one that returns the results in the blocks'
    order (a Dask bag's, see :mod:`crosscheck.dask`). ``stories``: the
    batch's stories when already clustered (:func:`._stories.cluster_stories`
    on these claims and ``articles``), so the claims can carry their story
    before they get here (a claim whose ``story`` differs is copied).
    """
    claims = sorted(claims, key=lambda c: c.id)
    if stories is None:
        stories = (
            cluster_stories(articles, claims) if articles is not None else _fallback_stories(claims)
        )
    story_of = {a: s.id for s in stories for a in s.articles}
    claims = [
        c if c.story == story_of.get(c.article) else attrs.evolve(c, story=story_of.get(c.article))
        for c in claims
    ]
    # a second source's figure an article sets against the first's in words: the two
    # mark each other's bounds, for the aligner and the judge (_quantity.mark_contested)
    claims = _quantity.mark_contested(claims)
    by_id: dict[str, Claim] = {}
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    loners: list[Claim] = []
    for claim in claims:
        by_id[claim.id] = claim
        key = block_key(claim)
        if key is None:
            loners.append(claim)
        else:
            blocks[(story_of.get(claim.article, ""), *key)].append(claim)
    # The graph's edges as a plain list, in the blocks' order (Alignment.graph
    # builds the networkx graph from it only when it is read).
    edges: list[Edge] = []
    refused: list[Refusal] = []
    groups: list[tuple[Claim, ...]] = [(c,) for c in loners]
    candidates = 0
    shared = _Shared()
    for result in mapper(align_block, [blocks[key] for key in sorted(blocks)]):
        candidates += result.candidates
        edges.extend(shared.edge(e) for e in result.edges)
        refused.extend(shared.refusal(r) for r in result.refused)
        groups.extend(tuple(by_id[i] for i in g) for g in result.groups)
    groups.sort(key=lambda g: g[0].id)
    refused.sort(key=lambda r: (r.a, r.b))
    return Alignment(
        claims=tuple(claims),
        stories=stories,
        groups=tuple(groups),
        refused=tuple(refused),
        candidate_pairs=candidates,
        edges=tuple(edges),
    )
