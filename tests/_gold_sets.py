"""Readers and shared checks of the committed gold sets in the probes' layout
(benchmarks/probes/, benchmarks/heldout/, benchmarks/heldout2/): one ``<story>.jsonl``
per story and a ``relations.jsonl``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

QUALIFIERS = {"exact", "approx", "over", "at_least", "under", "up_to", "range", "vague"}
RELATIONS = {"agree", "conflict", "update", "range", "not_comparable"}


def story_files(folder: Path) -> list[Path]:
    """The set's story files, in name order."""
    return sorted(p for p in folder.glob("*.jsonl") if p.name != "relations.jsonl")


def read_articles(folder: Path) -> list[dict[str, Any]]:
    """Every article of the set, story file by story file."""
    out = []
    for path in story_files(folder):
        out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return out


def read_relations(folder: Path) -> list[dict[str, Any]]:
    """The set's judged groups."""
    text = (folder / "relations.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def assert_items_name_gold_figures_of_one_story(folder: Path) -> None:
    """Every judged group is of a known relation, says why, holds two items or more,
    and each item names a gold figure (by surface) of an article of the group's one
    story."""
    by_id = {a["id"]: a for a in read_articles(folder)}
    for group in read_relations(folder):
        assert group["relation"] in RELATIONS
        assert group["why"].strip()
        assert len(group["items"]) >= 2
        stories = set()
        for item in group["items"]:
            article = by_id[item["id"]]
            stories.add(article["story"])
            assert any(c["surface"] == item["surface"] for c in article["claims"]), item
        assert len(stories) == 1, group
