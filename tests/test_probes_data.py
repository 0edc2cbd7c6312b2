"""The committed probe set (benchmarks/probes/) is well formed and read as newsbatch is.

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


def _articles() -> list[dict[str, Any]]:
    return read_articles(PROBES)


def _relations() -> list[dict[str, Any]]:
    return read_relations(PROBES)


def test_every_story_file_holds_one_story_with_unique_ids() -> None:
    ids = [a["id"] for a in _articles()]
    assert len(ids) == len(set(ids))
    for path in PROBES.glob("*.jsonl"):
        if path.name == "relations.jsonl":
            continue
        stories = {json.loads(line)["story"] for line in path.read_text().splitlines()}
        assert stories == {path.stem}


@pytest.mark.parametrize("article", _articles(), ids=lambda a: a["id"])
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


def test_relation_items_name_gold_figures_of_one_story() -> None:
    assert_items_name_gold_figures_of_one_story(PROBES)


def test_languages_are_spread_over_stories() -> None:
    langs: dict[str, set[str]] = collections.defaultdict(set)
    stories: dict[str, set[str]] = collections.defaultdict(set)
    for article in _articles():
        langs[article["lang"]].add(article["story"])
        stories[article["story"]].add(article["lang"])
    assert all(len(v) >= 4 for v in stories.values()), stories
    assert all(len(v) >= 2 for v in langs.values()), langs


def test_newsbatch_reads_the_flat_layout() -> None:
    files, articles, relations = benchmark_script("newsbatch").read_batch(PROBES)
    assert {p.stem for p in files} == {a["story"] for a in _articles()}
    assert set(articles) == {a["id"] for a in _articles()}
    assert len(relations) == len(_relations())
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
