"""The committed probe sets (benchmarks/probes/, probes2/ … probes11/) are well formed and
read as newsbatch is.

The probe stories are gold data: a figure whose offsets drift or a relation
item that names no gold figure would make ``benchmarks/probes.py`` score
nothing, silently. These checks read the files only (no report, no timing).
"""

from __future__ import annotations

import collections
import json
from pathlib import Path
from typing import Any

import pytest

from ._gold_sets import (
    QUALIFIERS,
    assert_items_name_gold_figures_of_one_story,
    read_articles,
    read_relations,
)
from ._scripts import benchmark_script

ROOT = Path(__file__).resolve().parents[1]
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
PROBES11 = ROOT / "benchmarks" / "probes11"
SETS = (
    PROBES, PROBES2, PROBES3, PROBES4, PROBES5, PROBES6, PROBES7, PROBES8, PROBES9, PROBES10,
    PROBES11,
)  # fmt: skip


def _articles(folder: Path = PROBES) -> list[dict[str, Any]]:
    return read_articles(folder)


def _relations(folder: Path = PROBES) -> list[dict[str, Any]]:
    return read_relations(folder)


_each_set = pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)


@_each_set
def test_every_story_file_holds_one_story_with_unique_ids(folder: Path) -> None:
    ids = [a["id"] for a in _articles(folder)]
    assert len(ids) == len(set(ids))
    for path in folder.glob("*.jsonl"):
        if path.name == "relations.jsonl":
            continue
        stories = {json.loads(line)["story"] for line in path.read_text().splitlines()}
        assert stories == {path.stem}


@pytest.mark.parametrize(
    "article", [a for folder in SETS for a in _articles(folder)], ids=lambda a: a["id"]
)
def test_gold_figures_sit_where_they_say(article: dict[str, Any]) -> None:
    assert set(article) >= {"id", "story", "lang", "outlet", "date", "text", "claims"}
    for claim in article["claims"]:
        assert article["text"][claim["start"] : claim["end"]] == claim["surface"]
        assert claim["qualifier"] in QUALIFIERS
        if claim["qualifier"] == "vague":
            assert claim["low"] is None
            assert claim["high"] is None
        elif claim["low"] is not None and claim["high"] is not None:
            assert claim["low"] <= claim["high"]
        assert claim["unit"]
        assert claim["event"]


@_each_set
def test_relation_items_name_gold_figures_of_one_story(folder: Path) -> None:
    assert_items_name_gold_figures_of_one_story(folder)


@_each_set
def test_languages_are_spread_over_stories(folder: Path) -> None:
    langs: dict[str, set[str]] = collections.defaultdict(set)
    stories: dict[str, set[str]] = collections.defaultdict(set)
    for article in _articles(folder):
        langs[article["lang"]].add(article["story"])
        stories[article["story"]].add(article["lang"])
    assert all(len(v) >= 4 for v in stories.values()), stories
    assert all(len(v) >= 2 for v in langs.values()), langs


@pytest.mark.parametrize(
    "folder",
    [PROBES2, PROBES3, PROBES4, PROBES5, PROBES6, PROBES7, PROBES8, PROBES9, PROBES10, PROBES11],
    ids=lambda p: p.name,
)
def test_the_later_sets_hold_six_stories_in_all_thirteen_languages(folder: Path) -> None:
    """probes2 to probes11 were written to cover what the earlier sets do not: other
    stories, and every language of newsbatch (their READMEs)."""
    articles = _articles(folder)
    assert len({a["story"] for a in articles}) == 6
    assert {a["lang"] for a in articles} == {
        "ar", "ca", "de", "en", "es", "fr", "it", "nl", "pl", "pt", "ro", "ru", "uk"
    }  # fmt: skip


@_each_set
def test_newsbatch_reads_the_flat_layout(folder: Path) -> None:
    files, articles, relations = benchmark_script("newsbatch").read_batch(folder)
    assert {p.stem for p in files} == {a["story"] for a in _articles(folder)}
    assert set(articles) == {a["id"] for a in _articles(folder)}
    assert len(relations) == len(_relations(folder))
    for group in relations:
        assert group["story"] == articles[group["items"][0]["id"]]["story"]


def test_probes_script_scores_a_story_and_lists_its_conflicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One story copied out (the stadium crush: civil protection's nine dead against the
    health ministry's eleven the same day) runs through the script's whole path; the
    figures are not asserted, only that each part is printed."""
    story = "stadium_crush_oran_2025"
    (tmp_path / f"{story}.jsonl").write_text(
        (PROBES / f"{story}.jsonl").read_text(encoding="utf-8"), encoding="utf-8"
    )
    groups = [g for g in _relations() if g["items"][0]["id"].startswith("st-")]
    (tmp_path / "relations.jsonl").write_text(
        "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in groups), encoding="utf-8"
    )
    assert benchmark_script("probes").main(["--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"{len(groups)} relation groups" in out
    assert "conflict_found" in out
    assert "conflict findings (" in out
    assert "conflicting pairs by gold relation:" in out
