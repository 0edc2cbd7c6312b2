"""Story clustering's compact pairs (``align._linkage``) against plain dict references.

The similar pairs are built row by row into arrays and the linkage keeps
link maps only for clusters of two or more; both must give what the plain
dict algorithms give: the same pairs and similarities, the same clusters
and the same moves.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import Counter, defaultdict

from crosscheck.align import _linkage, _stories
from crosscheck.align._linkage import STORY_SIMILARITY_MIN, SimilarPairs


def _plain_similarities(
    features: dict[str, set[str]], dates: dict[str, dt.date | None], languages: dict[str, str]
) -> dict[tuple[str, str], float]:
    """Every pair's cosine of weighted features, summed in a dict (no arrays).

    A pair that shares one figure only, between two articles that each share
    a name, place or entity with some article, is no pair (see
    ``_stories._similarities``).
    """
    df = Counter(f for fs in features.values() for f in fs)
    langs: dict[str, set[str]] = defaultdict(set)
    for art, fs in features.items():
        for f in fs:
            langs[f].add(languages[art])
    vectors = {}
    for art, fs in features.items():
        vec = {
            f: _stories._weight(df[f])
            * (1.0 if len(langs[f]) > 1 or f[0] != "n" else _stories.ONE_LANGUAGE_NAME)
            for f in fs
            if df[f] >= 2
        }
        norm = math.sqrt(sum(w * w for w in vec.values()))
        vectors[art] = {f: w / norm for f, w in vec.items()} if norm else {}
    out = {}
    ids = sorted(features)
    names = {a: any(f[0] != "#" for f in v) for a, v in vectors.items()}
    for n, a in enumerate(ids):
        for b in ids[n + 1 :]:
            shared = vectors[a].keys() & vectors[b].keys()
            if not shared:
                continue
            figures_only = all(f[0] == "#" for f in shared)
            if (
                figures_only
                and len(shared) < _stories.STORY_FIGURES_ALONE
                and names[a]
                and names[b]
            ):
                continue  # one figure between two articles that each name their story
            sim = sum(vectors[a][f] * vectors[b][f] for f in shared)
            da, db = dates[a], dates[b]
            if da is not None and db is not None:
                gap = abs((da - db).days)
                if gap > _stories.STORY_MAX_GAP_DAYS:
                    continue
                sim /= 1 + gap / _stories.STORY_DATE_SCALE_DAYS
            out[(a, b)] = sim
    return out


def _batch(rng: random.Random) -> tuple[dict, dict, dict]:
    n = rng.randint(2, 30)
    ids = [f"art-{rng.randrange(10**6):06d}-{i}" for i in range(n)]
    vocab = [f"#{100 + k}" for k in range(8)] + ["n:derna", "n:derna-", "e:libya", "p:x1"]
    features = {a: set(rng.sample(vocab, rng.randint(0, 5))) for a in ids}
    base = dt.date(2023, 9, 10)
    dates = {
        a: None if rng.random() < 0.2 else base + dt.timedelta(days=rng.choice((0, 3, 400, 2000)))
        for a in ids
    }
    languages = {a: rng.choice(("en", "fr", "ar")) for a in ids}
    return features, dates, languages


def test_pairs_are_the_plain_pairs() -> None:
    rng = random.Random(5)
    for _ in range(300):
        features, dates, languages = _batch(rng)
        pairs = _stories._similarities(features, dates, languages)
        want = _plain_similarities(features, dates, languages)
        got = dict(pairs.items())
        assert got.keys() == want.keys()
        assert all(math.isclose(got[k], want[k], rel_tol=1e-12) for k in want)
        assert len(pairs) == len(want)


def test_rows_are_ordered_and_both_ways() -> None:
    sims = {("a", "b"): 0.2, ("a", "c"): 0.5, ("a", "d"): 0.2, ("b", "d"): 0.1, ("c", "d"): 0.3}
    pairs = SimilarPairs.from_mapping(["d", "c", "b", "a"], sims)
    assert pairs.ids == ["a", "b", "c", "d"]
    high, values = pairs.row(0)
    assert list(high) == [2, 1, 3]  # most similar first, ties by index
    assert list(values) == [0.5, 0.2, 0.2]
    assert sorted(pairs.neighbours(3)) == [(0, 0.2), (1, 0.1), (2, 0.3)]
    assert dict(pairs.items()) == sims


def _plain_reassign(
    clusters: list[list[str]], sims: dict[tuple[str, str], float]
) -> list[list[str]]:
    """The one-pass reassignment over a dict of pairs (the algorithm before arrays)."""
    home = {a: i for i, c in enumerate(clusters) for a in c}
    totals: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for (a, b), sim in sims.items():
        totals[a][home[b]] += sim
        totals[b][home[a]] += sim
    moved = {}
    for art, own in home.items():
        near = totals.get(art, {})
        alone = len(clusters[own]) < 2
        floor = STORY_SIMILARITY_MIN if alone else near.get(own, 0.0) / (len(clusters[own]) - 1)
        best, best_avg = own, floor
        for i in sorted(near):
            if i != own and len(clusters[i]) >= 2 and near[i] / len(clusters[i]) > best_avg:
                best, best_avg = i, near[i] / len(clusters[i])
        moved[art] = best
    out: dict[int, list[str]] = defaultdict(list)
    for art, i in moved.items():
        out[i].append(art)
    return [sorted(c) for _, c in sorted(out.items())]


def test_linkage_and_moves_are_the_plain_ones() -> None:
    rng = random.Random(17)
    # sixteenths add up exactly in any order, so the sums cannot tell the orders apart
    values = [k / 16 for k in range(1, 16)] + [0.01, 0.0]
    moves = 0
    for _ in range(400):
        ids = [f"a{i:02d}" for i in range(rng.randint(2, 25))]
        sims = {}
        for _ in range(rng.randint(1, 3 * len(ids))):
            a, b = sorted(rng.sample(ids, 2))
            sims[(a, b)] = rng.choice(values) / 4
        pairs = SimilarPairs.from_mapping(ids, sims)
        linked = _linkage.average_linkage(pairs)
        as_ids = [[pairs.ids[i] for i in c] for c in linked]
        assert as_ids == _stories._average_linkage(ids, sims)
        got = [[pairs.ids[i] for i in c] for c in _linkage.reassign(linked, pairs)]
        assert got == _plain_reassign(as_ids, sims)
        moves += got != as_ids
    assert moves > 0
