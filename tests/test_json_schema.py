"""The JSON Schema shipped in the package validates the JSON of every kind of report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import crosscheck

from ._ci import SEEDS
from .strategies import articles

NEWSBATCH = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "newsbatch"

# A newsbatch-like feed written for this test: story, language, outlet and date metadata,
# figures that agree, conflict and run as a timeline, in three languages.
FEED = [
    {
        "id": "f-en-1",
        "story": "river_flood",
        "lang": "en",
        "outlet": "Daily Example",
        "date": "2031-03-02",
        "text": "At least 40 people died when the river burst its banks, the mayor said. "
        "Officials said 1,200 homes were flooded.",
    },
    {
        "id": "f-en-2",
        "story": "river_flood",
        "lang": "en",
        "outlet": "Example Wire",
        "date": "2031-03-02",
        "text": "The regional governor said 95 people were killed in the flood. "
        "About 1,200 homes were flooded, according to the civil protection agency.",
    },
    {
        "id": "f-ro-1",
        "story": "river_flood",
        "lang": "ro",
        "outlet": "Ziarul Exemplu",
        "date": "2031-03-04",
        "text": "Bilanțul a ajuns la 120 de morți, potrivit autorităților locale. "
        "Peste 1.000 de case au fost inundate.",
    },
    {
        "id": "f-it-1",
        "story": "river_flood",
        "lang": "it",
        "outlet": "Giornale Esempio",
        "date": "2031-03-03",
        "text": "Almeno 40 persone sono morte nell'alluvione, ha detto il sindaco.",
    },
    {"id": "f-bad", "text": 12},
]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = crosscheck.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _errors(validator: jsonschema.Draft202012Validator, report: crosscheck.Report) -> list[str]:
    data: Any = json.loads(report.to_json())
    return [f"{e.json_path}: {e.message}"[:300] for e in validator.iter_errors(data)][:5]


def test_the_schema_is_a_valid_2020_12_schema_and_a_fresh_copy() -> None:
    schema = crosscheck.json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "changed"
    assert crosscheck.json_schema()["title"] != "changed"


def test_seeds_report_validates(validator: jsonschema.Draft202012Validator) -> None:
    assert not _errors(validator, crosscheck.report(SEEDS))


def test_newsbatch_like_feed_validates(
    validator: jsonschema.Draft202012Validator, tmp_path: Path
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in FEED), encoding="utf-8")
    report = crosscheck.report(feed)
    assert report.summary()["articles_skipped"] == 1
    assert not _errors(validator, report)
    assert not _errors(validator, crosscheck.Report.from_json(report.to_json()))


def test_the_schema_rejects_what_is_not_a_report(
    validator: jsonschema.Draft202012Validator,
) -> None:
    data = json.loads(crosscheck.report(SEEDS).to_json())
    data["findings"][0]["kind"] = "not-a-kind"
    assert list(validator.iter_errors(data))
    del data["claims"]
    assert list(validator.iter_errors(data))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.integers(0, 1000), min_size=1, max_size=4, unique=True).flatmap(
        lambda ids: st.tuples(*(articles(f"a{i}") for i in ids))
    )
)
def test_generated_batches_validate(
    validator: jsonschema.Draft202012Validator, batch: tuple[crosscheck.Article, ...]
) -> None:
    assert not _errors(validator, crosscheck.report(list(batch)))


@pytest.mark.shared
@pytest.mark.skipif(not NEWSBATCH.is_dir(), reason="needs ../shared/benchmarks/newsbatch")
def test_newsbatch_sample_validates(
    validator: jsonschema.Draft202012Validator, tmp_path: Path
) -> None:
    sample = tmp_path / "sample.jsonl"
    lines = []
    for story in sorted(NEWSBATCH.glob("*/articles.jsonl")):
        lines += story.read_text(encoding="utf-8").splitlines()[::10]
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert not _errors(validator, crosscheck.report(sample))
