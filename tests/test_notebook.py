"""The report in a notebook: short repr, HTML view, DataFrames, subsets, claims as objects."""

from __future__ import annotations

import builtins
import math
from typing import Any

import pytest

import crosscheck
from crosscheck import Report

from ._hostile import HOSTILE


@pytest.fixture(scope="module")
def hostile() -> Report:
    return crosscheck.report(HOSTILE)


def test_repr_is_one_short_line_of_counts(seeds_report: Report) -> None:
    text = repr(seeds_report)
    assert "\n" not in text
    assert len(text) < 300
    s = seeds_report.summary()
    assert f"{s['articles']} articles" in text
    assert f"{s['claims']} claims" in text
    assert f"conflict={s['findings']['conflict']}" in text
    assert f"{s['stories']} stories" in text


def test_repr_html_lists_conflicts_first_with_sides_and_sources(hostile: Report) -> None:
    page = hostile._repr_html_()
    conflict = hostile.conflicts[0]
    assert page.index("Conflicts (1)") < page.index(conflict.id)
    assert "Side 1" in page
    assert "Side 2" in page
    for side in conflict.sides:
        for source in side.sources:
            assert source in page
    assert "Wire &amp; Co" in page  # outlet names the article, escaped


def test_repr_html_escapes_article_text(hostile: Report) -> None:
    page = hostile._repr_html_()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "<b>News" not in page
    assert "<said>" not in page


def test_claims_of_finding_are_claim_objects(seeds_report: Report) -> None:
    finding = seeds_report.conflicts[0]
    claims = seeds_report.claims_of(finding)
    assert claims == finding.claims
    assert all(isinstance(c, crosscheck.Claim) for c in claims)
    assert seeds_report.claims_of(finding.id) == claims
    with pytest.raises(KeyError):
        seeds_report.claims_of("no-such-finding")


def test_tolerance_is_the_judges_interval(hostile: Report) -> None:
    by_text = {c.text: c for c in hostile.claims if c.kind == "quantity"}
    assert hostile.tolerance(by_text["120 people"]) == (120, 120)  # exact: no tolerance
    low, high = hostile.tolerance(by_text["about 310 people"])  # hedged: ±10 %
    assert low == 279
    assert high == 341
    date = next(c for c in hostile.claims if c.kind == "date")
    assert hostile.tolerance(date) == (None, None)


def test_filter_by_kind_keeps_only_those_findings_and_their_claims(seeds_report: Report) -> None:
    only = seeds_report.filter(kind="conflict")
    assert {f.kind for f in only.findings} == {"conflict"}
    assert {c.id for c in only.claims} == {cid for f in only.findings for cid in f.claim_ids}
    assert {r.id for r in only.articles} == {c.article for c in only.claims}
    only.to_json()  # every finding's claims resolve
    assert set(only.graph.nodes) <= {c.id for c in only.claims}


def test_filter_by_article_unit_story_source(seeds_report: Report) -> None:
    article = seeds_report.articles[0].id
    sub = seeds_report.filter(article=article)
    assert all(article in f.articles for f in sub.findings)
    assert article in {r.id for r in sub.articles}
    assert {c.id for c in seeds_report.claims if c.article == article} <= {c.id for c in sub.claims}

    troops = seeds_report.filter(unit="troops")
    assert troops.findings
    assert all(f.unit == "troops" for f in troops.findings)
    assert all(c.unit == "troops" for c in troops.claims)

    story = seeds_report.stories[0].id
    assert len(seeds_report.filter(story=story).findings) == len(seeds_report.findings)
    assert seeds_report.filter(story="no-such-story").findings == ()

    lavrov = seeds_report.filter(source="Lavrov")
    assert lavrov.claims
    assert any(c.attributed_to == "Lavrov" for c in lavrov.claims)
    assert seeds_report.filter(source="lavrov").findings == lavrov.findings  # key or any spelling

    assert seeds_report.filter(kind=["conflict", "range"]).findings == tuple(
        f for f in seeds_report.findings if f.kind in ("conflict", "range")
    )


def test_to_pandas_tables(seeds_report: Report) -> None:
    pytest.importorskip("pandas")
    tables = seeds_report.to_pandas()
    assert len(tables.claims) == len(seeds_report.claims)
    assert len(tables.findings) == sum(len(f.claims) for f in seeds_report.findings)
    assert len(tables.articles) == len(seeds_report.articles)
    assert len(tables.sources) == len(seeds_report.sources())
    for column in ("outlet", "title", "article_published", "tolerance_low", "tolerance_high"):
        assert column in tables.claims.columns
        assert column in tables.findings.columns
    # one scalar per cell: no tuples or attrs objects left for the analyst to unpack
    for df in tables:
        for value in df.to_numpy().ravel():
            assert not isinstance(value, tuple | list | dict)
    conflict = seeds_report.conflicts[0]
    rows = tables.findings[tables.findings.finding_id == conflict.id]
    assert list(rows.claim) == list(conflict.claim_ids)
    sided = rows.dropna(subset=["side"])
    assert set(sided.side) == set(range(len(conflict.sides)))


def test_to_pandas_joins_outlet_title_and_tolerance(hostile: Report) -> None:
    pytest.importorskip("pandas")
    claims = hostile.to_pandas().claims
    row = claims[claims.text == "about 310 people"].iloc[0]
    assert row.outlet == "Third"
    assert row.title == "Floods <toll>"
    assert row.article_published == "2026-11-03"
    assert (row.tolerance_low, row.tolerance_high) == (279, 341)
    dated = claims[claims.kind == "date"].iloc[0]
    assert math.isnan(dated.tolerance_low)


def test_to_pandas_without_pandas_names_the_extra(
    seeds_report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"crosscheck\[pandas\]"):
        seeds_report.to_pandas()


def test_core_imports_without_pandas() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import crosscheck\n"
        "r = crosscheck.report([crosscheck.Article(id='x', text='Rescuers said 300 people "
        "died.', language='en')])\n"
        "repr(r); r._repr_html_(); r.filter(kind='conflict')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_text_report_names_articles_and_wraps(hostile: Report) -> None:
    text = str(hostile)
    assert "Wire & Co, 2026-11-03" in text  # outlet and date, not the id "b"
    assert "(b," not in text
    assert all(len(line) <= 100 or " " not in line.strip() for line in text.splitlines())


def test_named_leaves_ids_that_are_words_alone() -> None:
    from crosscheck.ingest import ArticleRecord
    from crosscheck.render._labels import named

    records = [ArticleRecord(id="a", path=None, status="ok", source="Outlet", published="2026")]
    assert named("a figure (a, citing X) and (a) in a (b)", records) == (
        "a figure (Outlet, 2026, citing X) and (Outlet, 2026) in a (b)"
    )


def test_finding_claims_are_objects_and_json_keeps_ids(seeds_report: Report) -> None:
    finding = seeds_report.conflicts[0]
    assert all(isinstance(c, crosscheck.Claim) for c in finding.claims)
    assert finding.claim_ids == tuple(c.id for c in finding.claims)
    row = next(f for f in seeds_report.to_dict()["findings"] if f["id"] == finding.id)
    assert row["claims"] == list(finding.claim_ids)
    back = crosscheck.Report.from_json(seeds_report.to_json())
    assert back.findings[0].claims == seeds_report.findings[0].claims


def test_claims_of_a_side_gives_its_claim_objects(seeds_report: Report) -> None:
    side = seeds_report.conflicts[0].sides[0]
    claims = seeds_report.claims_of(side)
    assert tuple(c.id for c in claims) == side.claims
