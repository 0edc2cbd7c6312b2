"""The held-out sets (benchmarks/heldout/, benchmarks/heldout2/) are well formed and
read as newsbatch is.

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

from ._gold_sets import (
    QUALIFIERS,
    assert_items_name_gold_figures_of_one_story,
    read_articles,
    read_relations,
    story_files,
)
from ._scripts import benchmark_script

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "benchmarks" / "heldout"
HELDOUT2 = ROOT / "benchmarks" / "heldout2"
SETS = (HELDOUT, HELDOUT2)
PROBES = ROOT / "benchmarks" / "probes"
PROBES2 = ROOT / "benchmarks" / "probes2"
PROBES3 = ROOT / "benchmarks" / "probes3"
PROBES4 = ROOT / "benchmarks" / "probes4"
PROBES5 = ROOT / "benchmarks" / "probes5"
PROBES6 = ROOT / "benchmarks" / "probes6"
PROBES7 = ROOT / "benchmarks" / "probes7"
PROBES8 = ROOT / "benchmarks" / "probes8"
PROBES9 = ROOT / "benchmarks" / "probes9"
PROBES10 = ROOT / "benchmarks" / "probes10"
LANGUAGES = {"en", "fr", "es", "ca", "it", "pt", "de", "nl", "pl", "ro", "ru", "uk", "ar"}


def _articles(folder: Path = HELDOUT) -> list[dict[str, Any]]:
    return read_articles(folder)


def _relations(folder: Path = HELDOUT) -> list[dict[str, Any]]:
    return read_relations(folder)


_each_set = pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)


@_each_set
def test_every_story_file_holds_one_story_with_unique_ids(folder: Path) -> None:
    ids = [a["id"] for a in _articles(folder)]
    assert len(ids) == len(set(ids))
    for path in story_files(folder):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert {json.loads(line)["story"] for line in lines} == {path.stem}


def test_no_story_or_article_id_is_shared_between_sets() -> None:
    """A held-out story is a story nobody tuned on: none of the probe sets', and the
    second held-out set shares nothing with the first (nor the two probe sets)."""
    folders = (
        PROBES, PROBES2, PROBES3, PROBES4, PROBES5, PROBES6, PROBES7, PROBES8, PROBES9,
        PROBES10, HELDOUT, HELDOUT2,
    )  # fmt: skip
    for a, b in itertools.combinations(folders, 2):
        assert not {p.stem for p in story_files(a)} & {p.stem for p in story_files(b)}
        assert not {x["id"] for x in _articles(a)} & {x["id"] for x in _articles(b)}


@pytest.mark.parametrize(
    "article", [a for folder in SETS for a in _articles(folder)], ids=lambda a: a["id"]
)
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


@_each_set
def test_relation_items_name_gold_figures_of_one_story(folder: Path) -> None:
    assert_items_name_gold_figures_of_one_story(folder)


def test_second_set_relation_items_name_exactly_one_gold_figure() -> None:
    """The scorer finds an item's figure by its surface: in the second set every item
    names a surface that occurs once among its article's gold figures, so no group can
    be scored on the wrong figure (the first set predates this rule)."""
    by_id = {a["id"]: a for a in _articles(HELDOUT2)}
    for group in _relations(HELDOUT2):
        for item in group["items"]:
            claims = by_id[item["id"]]["claims"]
            assert sum(c["surface"] == item["surface"] for c in claims) == 1, item


@_each_set
def test_every_story_has_a_conflict_and_a_not_comparable_group(folder: Path) -> None:
    kinds: dict[str, set[str]] = collections.defaultdict(set)
    story = {a["id"]: a["story"] for a in _articles(folder)}
    for group in _relations(folder):
        kinds[story[group["items"][0]["id"]]].add(group["relation"])
    assert set(kinds) == {p.stem for p in story_files(folder)}
    for relations in kinds.values():
        assert {"conflict", "not_comparable"} <= relations


@_each_set
def test_languages_are_spread_over_stories(folder: Path) -> None:
    langs: dict[str, set[str]] = collections.defaultdict(set)
    stories: dict[str, set[str]] = collections.defaultdict(set)
    for article in _articles(folder):
        langs[article["lang"]].add(article["story"])
        stories[article["story"]].add(article["lang"])
    assert set(langs) == LANGUAGES
    assert all(len(v) >= 4 for v in stories.values()), stories
    assert all(len(v) >= 2 for v in langs.values()), langs


@_each_set
def test_newsbatch_reads_the_set(folder: Path) -> None:
    files, articles, relations = benchmark_script("newsbatch").read_batch(folder)
    assert {p.stem for p in files} == {a["story"] for a in _articles(folder)}
    assert set(articles) == {a["id"] for a in _articles(folder)}
    assert len(relations) == len(_relations(folder))
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


def test_heldout_script_set_2_reads_the_second_set(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--set 2`` is ``--data benchmarks/heldout2``; an unknown set is refused."""
    script = benchmark_script("heldout")
    seen: list[list[str]] = []
    monkeypatch.setattr(script.probes, "main", lambda argv: seen.append(list(argv)) or 0)
    assert script.main(["--no-conflicts", "--set", "2"]) == 0
    assert seen == [["--data", str(HELDOUT2), "--no-conflicts"]]
    with pytest.raises(SystemExit):
        script.main(["--set", "3"])
