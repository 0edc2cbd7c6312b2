"""Claims are stamped once and story features come from extraction, with the same report."""

from __future__ import annotations

import attrs

import crosscheck
from crosscheck import _report
from crosscheck.align import cluster_stories
from crosscheck.align._stories import text_features
from crosscheck.claims._fingerprint import claim_fingerprints, position
from crosscheck.ingest import load

from .conftest import SEEDS


def _batch() -> tuple[list[crosscheck.Article], list[crosscheck.Claim]]:
    articles = sorted(load([SEEDS]).articles, key=lambda a: a.id)
    extraction = _report._extract(articles, None, 1)
    return articles, extraction.take()


def test_stamped_sets_fingerprint_position_and_story() -> None:
    articles, claims = _batch()
    by_id = {a.id: a for a in articles}
    lines = {articles[0].id: 7}  # a .jsonl record's line wins over the text's line and column
    story_of = {a.id: f"story-{n % 3}" for n, a in enumerate(articles)}
    story_of.pop(articles[-1].id)  # an article of no story keeps none
    fps = claim_fingerprints(claims, {a.id: a.body_start for a in articles})
    expected = []
    for c in claims:
        line, column = position(c, by_id, lines)
        expected.append(
            attrs.evolve(
                c, fingerprint=fps[c.id], line=line, column=column, story=story_of.get(c.article)
            )
        )
    assert _report._stamped(claims, by_id, lines, story_of) == expected
    assert any(c.column is not None for c in expected)
    assert any(c.line == 7 and c.column is None for c in expected)


# Written for this test: two stories, each told by three outlets.
_TWO_STORIES = [
    "Floodwater swept through Marlow Creek on Tuesday; {} residents were evacuated, "
    "the Brenford county office said.",
    "A wildfire near Tessington Ridge destroyed {} homes, firefighters from Calloway said.",
]


def test_extraction_hands_over_story_features() -> None:
    articles = [
        crosscheck.Article(
            id=f"{n}-{k}", text=text.format(120 + 350 * n + k), language="en", title=f"Report {k}"
        )
        for n, text in enumerate(_TWO_STORIES)
        for k in range(3)
    ]
    named = attrs.evolve(articles[0], story="given")
    extraction = _report._extract([named, *articles[1:]], None, 1)
    assert named.id not in extraction.text  # a story the input names needs no features
    assert set(extraction.text) == {a.id for a in articles[1:]}
    for article in articles[1:]:
        assert extraction.text[article.id] == text_features(article)
    claims = extraction.take()
    assert claims
    assert extraction.claims == []  # handed over, not kept
    ours = cluster_stories(articles, claims, extraction.text)
    assert ours == cluster_stories(articles, claims)
    assert len(ours) > 1


def test_workers_give_the_same_report() -> None:
    one = crosscheck.report(SEEDS)
    two = crosscheck.report(SEEDS, workers=2)
    assert one.to_json() == two.to_json()


def test_fingerprints_from_extraction_are_the_batch_fingerprints() -> None:
    articles = sorted(load([SEEDS]).articles, key=lambda a: a.id)
    extraction = _report._extract(articles, None, 1)
    claims = extraction.take()
    by_id = {a.id: a for a in articles}
    assert extraction.fingerprints == claim_fingerprints(
        claims, {a.id: a.body_start for a in articles}
    )
    story_of = {a.id: "s" for a in articles}
    given = _report._stamped(claims, by_id, {}, story_of, extraction.fingerprints)
    assert given == _report._stamped(claims, by_id, {}, story_of)
    # an article whose fingerprints were not handed over gets them computed
    some = {k: v for k, v in extraction.fingerprints.items() if not k.startswith(articles[0].id)}
    assert len(some) < len(extraction.fingerprints)
    assert _report._stamped(claims, by_id, {}, story_of, some) == given
