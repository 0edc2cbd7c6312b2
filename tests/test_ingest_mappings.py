"""Articles given as mappings (dicts shaped like JSON article objects), as notebooks build them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType

import pytest

import crosscheck
from crosscheck import load

FR = "Au moins 12 personnes sont mortes, selon la préfecture."
EN = "At least 14 people died, the police said."


def _by_id(result: crosscheck.LoadResult) -> dict[str, crosscheck.ArticleRecord]:
    return {record.id: record for record in result.records}


def test_a_list_of_mappings_is_read_like_json_objects() -> None:
    result = load(
        [
            {"id": "a", "lang": "fr", "text": FR, "date": "2024-10-30", "outlet": "Le Monde"},
            {"id": "b", "language": "en", "text": EN},
        ]
    )
    assert [article.id for article in result.articles] == ["a", "b"]
    first = result.articles[0]
    assert (first.language, first.published, first.source) == ("fr", "2024-10-30", "Le Monde")


def test_a_single_mapping_is_one_article() -> None:
    result = load({"id": "only", "language": "en", "text": EN})
    assert [article.id for article in result.articles] == ["only"]


def test_any_mapping_type_is_taken() -> None:
    frozen: Mapping[str, object] = MappingProxyType({"id": "p", "language": "en", "text": EN})
    assert [article.id for article in load([frozen]).articles] == ["p"]


def test_a_mapping_without_id_is_named_by_its_place_among_the_inputs() -> None:
    result = load([{"id": "a", "language": "en", "text": EN}, {"language": "fr", "text": FR}])
    assert sorted(_by_id(result)) == ["a", "input-2"]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ({"id": "m"}, "skipped.missing_text"),
        ({"id": "m", "text": 12}, "skipped.missing_text"),
        ({"id": "m", "text": "   "}, "skipped.empty"),
    ],
)
def test_a_mapping_without_usable_text_is_a_recorded_skip(
    value: dict[str, object], reason: str
) -> None:
    result = load([{"id": "ok", "language": "en", "text": EN}, value])
    record = _by_id(result)["m"]
    assert str(record.reason) == reason
    assert record.detail is not None
    assert "input 2" in record.detail
    assert [article.id for article in result.articles] == ["ok"]


def test_mappings_mix_with_files(tmp_path: object) -> None:
    import pathlib

    folder = pathlib.Path(str(tmp_path))
    (folder / "f.txt").write_text(EN, encoding="utf-8")
    result = load([folder / "f.txt", {"id": "m", "language": "fr", "text": FR}], language="en")
    assert sorted(_by_id(result)) == ["f", "m"]


def test_report_of_mappings_equals_report_of_the_same_jsonl(tmp_path: object) -> None:
    import pathlib

    rows = [
        {"id": "a", "language": "fr", "text": FR, "published": "2024-10-30"},
        {"id": "b", "language": "en", "text": EN, "published": "2024-10-30"},
    ]
    feed = pathlib.Path(str(tmp_path)) / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    from_rows = json.loads(crosscheck.report(rows).to_json())
    from_file = json.loads(crosscheck.report(feed).to_json())
    # A file's claims locate themselves in the file (its line; a JSON line has no text
    # column); everything else is the same.
    for claims in (from_rows["claims"], from_file["claims"]):
        for claim in claims:
            claim.pop("column")
            claim.pop("line")
    assert from_rows["claims"] == from_file["claims"]
    assert from_rows["findings"] == from_file["findings"]
    assert [a["id"] for a in from_rows["articles"]] == [a["id"] for a in from_file["articles"]]
