"""Story clustering's similar pairs, average linkage and reassignment, in compact arrays.

A large batch has millions of similar article pairs: figures from 100 to 999
and common names are shared across stories, so the pairs grow faster than
the batch (100,000 feed articles: about nine million). Held as a dict of id
tuples, and again as the linkage's link maps and heap, they took gigabytes
at their peak. Here an article is its index in id order (so comparing
indexes compares ids) and the pairs sit in flat arrays, twelve bytes a pair
each way (:class:`SimilarPairs`). The linkage (:func:`average_linkage`)
keeps a link map only for clusters of two or more articles (built at their
first merge, when many pairs of a story fold into one entry); a single
article's links are read from its row. Its heap holds one entry per row
(the row's best pair not yet taken, rows being ordered) and the entries
pushed again; the pairs come off in the order one heap of every pair gave.
The merges, and so the clusters, are those of the plain algorithm.
"""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Iterator, Mapping, Sequence

# Mean cosine similarity two clusters need to be joined into one story.
# Set on mixed batches so that articles about one flood in nine languages
# stay together while two disasters of the same week stay apart.
STORY_SIMILARITY_MIN = 0.015


class SimilarPairs:
    """The similar pairs of a batch's articles, as flat arrays.

    ``ids``: the articles in id order; an article is its index there. Row
    ``i`` holds article ``i``'s pairs with the later articles (``j > i``),
    most similar first (ties: the smaller ``j``), added in order by
    :meth:`add_row`; each pair is also kept under its later article, so
    :meth:`neighbours` gives all of an article's pairs without a search.
    """

    __slots__ = ("_at", "_high", "_low", "_low_sims", "_sims", "ids")

    def __init__(self, ids: Sequence[str]) -> None:
        self.ids = list(ids)
        self._at = array("q", [0])  # row i: _high[_at[i]:_at[i + 1]], _sims likewise
        self._high = array("i")
        self._sims = array("d")
        self._low = [array("i") for _ in self.ids]  # article j: its partners i < j
        self._low_sims = [array("d") for _ in self.ids]

    @classmethod
    def from_mapping(
        cls, ids: Sequence[str], sims: Mapping[tuple[str, str], float]
    ) -> SimilarPairs:
        """The pairs of a ``{(id_a, id_b): similarity}`` mapping (either order in a key)."""
        out = cls(sorted(ids))
        index = {a: i for i, a in enumerate(out.ids)}
        rows: list[dict[int, float]] = [{} for _ in out.ids]
        for (a, b), s in sims.items():
            i, j = sorted((index[a], index[b]))
            rows[i][j] = s
        for row in rows:
            out.add_row(row)
        return out

    def add_row(self, row: Mapping[int, float]) -> None:
        """Add the next article's row: partner index (greater than its own) -> similarity."""
        i = len(self._at) - 1
        order = sorted(sorted(row), key=row.__getitem__, reverse=True)  # stable: ties by index
        self._high.extend(order)
        for j in order:
            s = row[j]
            self._sims.append(s)
            self._low[j].append(i)
            self._low_sims[j].append(s)
        self._at.append(len(self._high))

    def __len__(self) -> int:
        return len(self._high)

    def row(self, i: int) -> tuple[array[int], array[float]]:
        """Article ``i``'s partners after it and their similarities, most similar first."""
        start, end = self._at[i], self._at[i + 1]
        return self._high[start:end], self._sims[start:end]

    def neighbours(self, i: int) -> Iterator[tuple[int, float]]:
        """Every pair of article ``i``: its partners before it (in order), then after it."""
        yield from zip(self._low[i], self._low_sims[i], strict=True)
        yield from zip(*self.row(i), strict=True)

    def items(self) -> Iterator[tuple[tuple[str, str], float]]:
        """The pairs as ``((id_a, id_b), similarity)``, ``id_a < id_b``, row by row."""
        for i, a in enumerate(self.ids):
            for j, s in zip(*self.row(i), strict=True):
                yield (a, self.ids[j]), s


def average_linkage(pairs: SimilarPairs) -> list[list[int]]:
    """Clusters (as article indexes): average linkage down to :data:`STORY_SIMILARITY_MIN`.

    Ties break on the clusters' smallest ids, so the result does not depend
    on input order; a pair of clusters with no similar member is never joined.

    The heap is lazy, so the work grows with the similar pairs rather than
    with every neighbour of every growing cluster: a merge pushes nothing.
    Joining two clusters gives each neighbour an average between its
    averages to the two (weighted by their sizes), so an entry from before a
    merge never ranks the pair later than its current average would; a
    popped entry that is no longer current is pushed again as it now stands,
    and one that is current is the best pair. A merge folds the smaller link
    map into the larger.

    The pairs of single articles are not pushed one by one: each row is
    ordered, so a heap of each row's best pair not yet taken (``rows``)
    gives them in the order one heap of all of them would. Entries pushed
    again go to a second heap (``again``), and the smaller top of the two is
    taken. Two entries with one key (average and labels) stand for the same
    two clusters, so which comes first changes nothing.
    """
    n = len(pairs.ids)
    parent = list(range(n))
    label = list(range(n))  # a cluster's smallest index: what ties break on
    size = [1] * n
    # Link maps of clusters of two or more, by their root: neighbour root -> summed
    # similarity. A single article has none: its row and the maps of the clusters
    # its partners joined give its links (see ``links_of``).
    links: dict[int, dict[int, float]] = {}

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while x != root:
            parent[x], x = root, parent[x]
        return root

    def links_of(r: int) -> dict[int, float]:
        """Cluster ``r``'s link map; a single article's is built from its pairs."""
        if r in links:
            return links[r]
        out: dict[int, float] = {}
        for j, s in pairs.neighbours(r):
            q = find(j)
            if q in links:
                if q not in out:
                    out[q] = links[q][r]
            else:
                out[j] = s
        return out

    at, high, sims = pairs._at, pairs._high, pairs._sims
    rows: list[tuple[float, int, int, int]] = []
    for i in range(n):
        k = at[i]
        if k < at[i + 1] and sims[k] >= STORY_SIMILARITY_MIN:
            rows.append((-sims[k], i, high[k], k))
    heapq.heapify(rows)
    again: list[tuple[float, int, int]] = []
    while rows or again:
        if again and (not rows or again[0] < rows[0]):
            neg, la, lb = heapq.heappop(again)
        else:
            neg, la, lb, k = rows[0]
            k += 1
            if k < at[la + 1] and sims[k] >= STORY_SIMILARITY_MIN:
                heapq.heapreplace(rows, (-sims[k], la, high[k], k))
            else:
                heapq.heappop(rows)
        ra, rb = find(la), find(lb)
        if ra == rb:
            continue
        if label[ra] > label[rb]:
            ra, rb = rb, ra
        if ra in links:
            current = links[ra].get(rb, 0.0) / (size[ra] * size[rb])
        elif rb in links:
            current = links[rb].get(ra, 0.0) / (size[ra] * size[rb])
        else:
            # Two single articles: only their own pair's row entry names them
            # both (an entry pushed again names a cluster of two or more).
            current = -neg
        if abs(current + neg) > 1e-12 or label[ra] != la or label[rb] != lb:
            if current >= STORY_SIMILARITY_MIN:
                heapq.heappush(again, (-current, label[ra], label[rb]))
            continue
        near_a, near_b = links_of(ra), links_of(rb)
        big, small = (ra, rb) if len(near_a) >= len(near_b) else (rb, ra)
        near, folded = (near_a, near_b) if big == ra else (near_b, near_a)
        links.pop(small, None)
        links[big] = near
        parent[small] = big
        size[big] += size[small]
        label[big] = min(label[big], label[small])
        folded.pop(big, None)
        near.pop(small, None)
        for other, s in folded.items():
            near[other] = near.get(other, 0.0) + s
            theirs = links.get(other)
            if theirs is not None:  # a single article keeps no map of its own
                theirs.pop(small, None)
                theirs[big] = near[other]
    clusters: dict[int, list[int]] = {}
    for i in range(n):
        clusters.setdefault(find(i), []).append(i)
    # in the order of their smallest ids, as the eager algorithm leaves them
    return sorted(clusters.values())


def reassign(clusters: list[list[int]], pairs: SimilarPairs) -> list[list[int]]:
    """One pass that moves each article to the cluster it is most similar to on average.

    Agglomeration commits early: an article joined to a small cluster first
    may resemble the finished cluster of its own story more. Each article
    moves when another cluster (of two or more) has a higher mean similarity
    to it than its own cluster (without itself); an article left alone moves
    when that mean reaches :data:`STORY_SIMILARITY_MIN`, the bar of a merge; the moves
    are decided on the clusters as agglomeration left them, so the pass does
    not depend on order. ``clusters``: article indexes, in the order of their
    smallest; so is the result.

    Each article's sums to the clusters it shares anything with are taken
    from its own pairs and let go before the next article's (only those
    clusters can draw it: the work grows with the pairs, not with articles
    times clusters).
    """
    home = [0] * len(pairs.ids)
    for i, cluster in enumerate(clusters):
        for a in cluster:
            home[a] = i
    moved: dict[int, list[int]] = {}
    for art, own in enumerate(home):
        alone = len(clusters[own]) < 2
        near: dict[int, float] = {}
        for j, sim in pairs.neighbours(art):
            c = home[j]
            near[c] = near.get(c, 0.0) + sim
        # An article left alone joins a cluster only on the evidence a merge needs.
        floor = STORY_SIMILARITY_MIN if alone else near.get(own, 0.0) / (len(clusters[own]) - 1)
        best, best_avg = own, floor
        for i in sorted(near):
            if i == own or len(clusters[i]) < 2:
                continue
            avg = near[i] / len(clusters[i])
            if avg > best_avg:
                best, best_avg = i, avg
        moved.setdefault(best, []).append(art)
    return [moved[i] for i in sorted(moved)]
