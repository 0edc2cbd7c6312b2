"""Odd and hostile input: no crash, no invented figure, no silent loss."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article
from crosscheck._fold import fold


def test_feed_zero_time_is_not_a_publication_date() -> None:
    rep = crosscheck.report(
        [
            Article(
                id="z",
                text="Ieri au fost trimiși 5.000 de soldați.",
                language="ro",
                published="0001-01-01T00:00:00Z",
            )
        ]
    )
    (record,) = rep.articles
    assert record.published is None
    assert "not a date" in (record.detail or "")
    assert [c.low for c in rep.claims if c.kind == "quantity"] == [5000]


def test_a_first_sentence_with_a_date_is_not_a_byline() -> None:
    rep = crosscheck.report(
        [
            Article(
                id="s",
                text="On 15 August 2022 Russia sent 5,000 troops to the front.",
                language="en",
            )
        ]
    )
    assert rep.articles[0].published is None
    assert any(c.low == 5000 for c in rep.claims)


def test_range_envelope_includes_open_bounds() -> None:
    rep = crosscheck.report(
        [
            Article(
                id="a", text="Peste 50.000 de soldați au fost trimiși în Rusia.", language="ro"
            ),
            Article(
                id="b",
                text="Între 20.000 și 30.000 de soldați au fost trimiși în Rusia.",
                language="ro",
            ),
        ]
    )
    (rng,) = [f for f in rep.findings if "range" in f.facets]
    assert (rng.low, rng.high) == (20000, 50000)


def test_scope_word_after_a_figure_counts_wherever_the_sentence_starts() -> None:
    lead = "After weeks of denials and a long series of statements by officials, "
    (claim,) = [
        c
        for c in crosscheck.report(
            [Article(id="t", text=lead + "5,000 troops were sent in total.", language="en")]
        ).claims
        if c.kind == "quantity"
    ]
    assert "total" in claim.scope


def test_absurdly_large_figures_are_not_quantities() -> None:
    huge = "1." + ".".join(["000"] * 400)
    text = f"Au fost {huge} de soldați în Rusia. Peste {huge} de soldați au plecat din Rusia."
    assert crosscheck.find_quantities(text, "ro") == []
    crosscheck.report([Article(id="h", text=text, language="ro")]).to_json()


@pytest.mark.parametrize("mark", ["\u200b", "\u00ad", "\u2060"])
def test_invisible_character_inside_a_number_invents_no_figure(mark: str) -> None:
    found = crosscheck.find_quantities(f"Au fost 5{mark}000 de soldați.", "ro")
    assert all(q.low not in (0, 5) for q in found)


def test_long_digit_run_is_an_id_even_at_the_start() -> None:
    assert crosscheck.find_quantities("1234567890 de persoane au sunat.", "ro") == []


def test_duplicate_ids_give_the_same_report_in_any_order() -> None:
    a = Article(id="same", text="More than 5,000 troops were sent, officials said.", language="en")
    b = Article(id="same", text="About 7,000 troops were sent, officials said.", language="en")
    assert crosscheck.report([a, b]).to_json() == crosscheck.report([b, a]).to_json()


def test_bad_article_fields_are_clear_errors() -> None:
    with pytest.raises(TypeError, match="'id' must be"):
        Article(id=None, text="x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'id'"):
        Article(id="", text="x")
    with pytest.raises(TypeError, match="'published' must be"):
        Article(id="p", text="x", published=20240101)  # type: ignore[arg-type]


def test_public_functions_reject_non_text() -> None:
    with pytest.raises(crosscheck.InputError):
        crosscheck.find_quantities(None, "ro")  # type: ignore[arg-type]
    with pytest.raises(crosscheck.UnsupportedLanguageError):
        crosscheck.find_quantities("5 soldați", 5)  # type: ignore[arg-type]


def test_language_tags_are_accepted_everywhere() -> None:
    assert crosscheck.parse_quantity("o mie", "ro-RO") is not None
    assert crosscheck.find_quantities("peste 10.000 de soldați", "RO")[0].low == 10000


@pytest.mark.parametrize("text", ["İ", "ẞ", "İstanbul", "STRAẞE"])
def test_fold_is_idempotent_on_special_capitals(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert len(fold(text)) == len(text)


def test_markdown_escapes_article_text() -> None:
    quote = "<img src=x onerror=alert(1)> `cod` [link](http://x) *bold* a fost un succes total"
    articles = [
        Article(id=f"m{i}", text=f"Putin a spus: „{quote}”, potrivit agenției.", language="ro")
        for i in range(2)
    ]
    md = crosscheck.report(articles).to_markdown()
    assert "&lt;img src=x onerror=alert(1)&gt;" in md  # the quote is in the report, escaped
    assert "<img" not in md
    assert "`cod`" not in md
    assert "[link](http://x)" not in md
