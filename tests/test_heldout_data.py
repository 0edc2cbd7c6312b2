"""The held-out set (benchmarks/heldout/) is well formed and read as newsbatch is.

The held-out stories are gold data that nobody tunes on: a figure whose offsets
drift or a relation item that names no gold figure would make
``benchmarks/heldout.py`` score nothing, silently. These checks read the files
only (no report, no timing) and assert nothing about what crosscheck extracts.
"""

from __future__ import annotations

import collections
import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from ._scripts import benchmark_script

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "benchmarks" / "heldout"
PROBES = ROOT / "benchmarks" / "probes"
QUALIFIERS = {"exact", "approx", "over", "at_least", "under", "up_to", "range", "vague"}
RELATIONS = {"agree", "conflict", "update", "range", "not_comparable"}
LANGUAGES = {"en", "fr", "es", "ca", "it", "pt", "de", "nl", "pl", "ro", "ru", "uk", "ar"}


def _story_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.jsonl") if p.name != "relations.jsonl")


def _articles(folder: Path = HELDOUT) -> list[dict[str, Any]]:
    out = []
    for path in _story_files(folder):
        out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return out


def _relations() -> list[dict[str, Any]]:
    text = (HELDOUT / "relations.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_every_story_file_holds_one_story_with_unique_ids() -> None:
    ids = [a["id"] for a in _articles()]
    assert len(ids) == len(set(ids))
    for path in _story_files(HELDOUT):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert {json.loads(line)["story"] for line in lines} == {path.stem}


def test_no_story_or_article_id_is_shared_with_the_probe_set() -> None:
    """A held-out story is a story nobody tuned on: none of the probe set's."""
    assert not {p.stem for p in _story_files(HELDOUT)} & {p.stem for p in _story_files(PROBES)}
    assert not {a["id"] for a in _articles()} & {a["id"] for a in _articles(PROBES)}


@pytest.mark.parametrize("article", _articles(), ids=lambda a: a["id"])
def test_gold_figures_sit_where_they_say(article: dict[str, Any]) -> None:
    assert set(article) >= {"id", "story", "lang", "outlet", "date", "text", "claims"}
    assert article["lang"] in LANGUAGES
    spans = []
    for claim in article["claims"]:
        assert article["text"][claim["start"] : claim["end"]] == claim["surface"]
        assert claim["qualifier"] in QUALIFIERS
        if claim["qualifier"] == "vague":
            assert claim["low"] is None
            assert claim["high"] is None
        elif claim["qualifier"] in ("exact", "approx"):
            assert claim["low"] == claim["high"] is not None
        elif claim["qualifier"] in ("over", "at_least"):
            assert claim["low"] is not None
            assert claim["high"] is None
        elif claim["qualifier"] in ("under", "up_to"):
            assert claim["low"] is None
            assert claim["high"] is not None
        else:
            assert claim["low"] < claim["high"]
        assert claim["unit"]
        assert claim["event"]
        spans.append((claim["start"], claim["end"]))
    spans.sort()
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), "overlapping gold figures"


def test_relation_items_name_gold_figures_of_one_story() -> None:
    by_id = {a["id"]: a for a in _articles()}
    for group in _relations():
        assert group["relation"] in RELATIONS
        assert group["why"].strip()
        assert len(group["items"]) >= 2
        stories = set()
        for item in group["items"]:
            article = by_id[item["id"]]
            stories.add(article["story"])
            assert any(c["surface"] == item["surface"] for c in article["claims"]), item
        assert len(stories) == 1, group


def test_every_story_has_a_conflict_and_a_not_comparable_group() -> None:
    kinds: dict[str, set[str]] = collections.defaultdict(set)
    story = {a["id"]: a["story"] for a in _articles()}
    for group in _relations():
        kinds[story[group["items"][0]["id"]]].add(group["relation"])
    assert set(kinds) == {p.stem for p in _story_files(HELDOUT)}
    for relations in kinds.values():
        assert {"conflict", "not_comparable"} <= relations


def test_languages_are_spread_over_stories() -> None:
    langs: dict[str, set[str]] = collections.defaultdict(set)
    stories: dict[str, set[str]] = collections.defaultdict(set)
    for article in _articles():
        langs[article["lang"]].add(article["story"])
        stories[article["story"]].add(article["lang"])
    assert set(langs) == LANGUAGES
    assert all(len(v) >= 4 for v in stories.values()), stories
    assert all(len(v) >= 2 for v in langs.values()), langs


def test_newsbatch_reads_the_set() -> None:
    files, articles, relations = benchmark_script("newsbatch").read_batch(HELDOUT)
    assert {p.stem for p in files} == {a["story"] for a in _articles()}
    assert set(articles) == {a["id"] for a in _articles()}
    assert len(relations) == len(_relations())
    for group in relations:
        assert group["story"] == articles[group["items"][0]["id"]]["story"]


def test_heldout_script_reads_its_own_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """The script hands probes.main the held-out folder and the options after it (the
    report itself is not run here: probes' test covers that path)."""
    script = benchmark_script("heldout")
    seen: list[list[str]] = []
    monkeypatch.setattr(script.probes, "main", lambda argv: seen.append(list(argv)) or 0)
    assert script.main(["--no-conflicts", "--failures", "3"]) == 0
    assert seen == [["--data", str(HELDOUT), "--no-conflicts", "--failures", "3"]]
