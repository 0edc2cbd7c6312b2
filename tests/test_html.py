"""The HTML report: self-contained, an SVG chart per quantity, figures linked to sentences."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import crosscheck
from crosscheck import Report
from crosscheck.cli import main

from ._hostile import HOSTILE

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def page(seeds_report: Report) -> str:
    return seeds_report.to_html()


@pytest.fixture(scope="module")
def hostile_page() -> str:
    return crosscheck.report(HOSTILE).to_html()


def _svgs(page: str) -> list[str]:
    return re.findall(r"<svg\b.*?</svg>", page, flags=re.S)


def test_page_is_self_contained(page: str, hostile_page: str) -> None:
    for html in (page, hostile_page):
        assert html.startswith("<!DOCTYPE html>")
        assert "<script" not in html.lower()
        assert "<link" not in html.lower()
        assert "@import" not in html
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", html)
        assert not re.search(r"\bsrc\s*=", html)  # no image, frame or script loads at all
        # every href is an in-page anchor, except plain links to the articles themselves
        for tag in re.findall(r"<a\b[^>]*>", html):
            href = re.search(r"href='([^']*)'", tag)
            assert href is not None, tag
            assert href.group(1).startswith("#") or "rel='noreferrer'" in tag, tag
        assert not re.search(r"href=['\"]?//", html)


def test_article_links_are_http_only(hostile_page: str) -> None:
    assert "href='https://example.org/floods?a=1&amp;b=2'" in hostile_page
    assert "javascript:" not in hostile_page


def test_article_text_is_escaped(hostile_page: str) -> None:
    assert "&lt;script&gt;" in hostile_page
    assert "<b>News" not in hostile_page
    assert "<said>" not in hostile_page
    assert "<i>Valencia" not in hostile_page


def test_one_chart_per_quantity_and_date(seeds_report: Report, page: str) -> None:
    charted = [
        f
        for f in seeds_report.findings
        if f.claim_kind in ("quantity", "date") and f.kind != "not_aligned"
    ]
    sections = re.findall(r"<section class='finding'.*?</section>", page, flags=re.S)
    assert len(sections) == len([f for f in seeds_report.findings if f.kind != "not_aligned"])
    with_chart = [s for s in sections if "<svg" in s]
    assert len(with_chart) == len(charted)
    for svg in _svgs(page):
        ET.fromstring(svg)  # well-formed XML: nothing unescaped inside


def test_conflicts_come_first(seeds_report: Report, page: str) -> None:
    conflict = seeds_report.conflicts[0]
    first_section = page.index("<section class='finding'")
    assert page.index(conflict.id) < page.index("<section class='finding'", first_section + 1)


def test_marks_for_every_kind_of_figure(page: str) -> None:
    conflict_chart = _svgs(page)[0]  # seeds: over 10,000; thousands; about 11,000-12,000; ...
    assert "fill='url(#c1-v" in conflict_chart  # vague band
    assert "<path d='M" in conflict_chart  # open-ended arrow
    assert "stroke-width='1.2'" in conflict_chart  # tolerance whiskers ("aproximativ")
    assert "<rect x=" in conflict_chart  # a range bar
    assert "#0072B2" in conflict_chart  # side 1
    assert "#D55E00" in conflict_chart  # side 2
    assert "<circle" in page  # point values (the agreement on 80 years)


def test_every_figure_links_to_its_sentence(seeds_report: Report, page: str) -> None:
    anchors = set(re.findall(r"id='([^']+)'", page))
    targets = set(re.findall(r"href='#([^']+)'", page))
    assert targets
    assert targets <= anchors
    conflict = seeds_report.conflicts[0]
    claim = conflict.claims[0]
    item = re.search(r"<li id='claim-[^']*'>[^\n]*?<mark>" + re.escape(claim.text), page)
    assert item is not None


def test_deterministic(seeds_report: Report, page: str) -> None:
    assert seeds_report.to_html() == page
    assert seeds_report.render("html") == page


def test_cli_format_html(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    main(["report", str(SEEDS), "--format", "html", "-o", str(out)])
    assert "<svg" in out.read_text(encoding="utf-8")


@pytest.mark.skipif(
    os.environ.get("CROSSCHECK_BROWSER_TESTS") != "1" or shutil.which("chromium") is None,
    reason="opt-in: set CROSSCHECK_BROWSER_TESTS=1 with Debian's chromium installed",
)
def test_renders_in_headless_chromium(page: str, tmp_path: Path) -> None:
    """The page renders in a real browser; the screenshot is kept for a person to look at.

    Set CROSSCHECK_SCREENSHOT_DIR to keep it beyond the test's temporary folder.
    """
    html = tmp_path / "report.html"
    html.write_text(page, encoding="utf-8")
    shot = tmp_path / "report.png"
    browser = [
        "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        # any network request would fail: the page must not need one
        "--proxy-server=127.0.0.1:9",
        "--window-size=900,2400",
    ]
    subprocess.run(
        [*browser, f"--screenshot={shot}", html.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dom = subprocess.run(
        [*browser, "--dump-dom", html.as_uri()],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert dom.count("<svg") == page.count("<svg")
    keep = os.environ.get("CROSSCHECK_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / "crosscheck-report.png")
