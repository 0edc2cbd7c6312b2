"""The judge's reading of figures: tolerances, vague words, open bounds, increments."""

from __future__ import annotations

import crosscheck
from crosscheck import Article
from crosscheck.judge import APPROX_TOLERANCE, agree, interval


def test_thousands_does_not_exclude_two_to_nine_thousand() -> None:
    thousands = interval(1000, None)
    for n in (2000, 5000, 9999):
        assert agree(thousands, interval(n, n))


def test_about_widens_by_the_declared_tolerance() -> None:
    about = interval(1000, 1000, approximate=True)
    assert agree(about, interval(1000 * (1 + APPROX_TOLERANCE), None))
    assert not agree(about, interval(1000 * (1 + APPROX_TOLERANCE) + 1, None))
    assert not agree(interval(1000, 1000), interval(1001, 1001))


def test_open_bounds() -> None:
    assert agree(interval(10_000, None), interval(20_000, 30_000))
    assert not agree(interval(None, 5_000), interval(6_000, 6_000))


def _report(*texts: tuple[str, str]) -> crosscheck.Report:
    return crosscheck.report(
        [Article(id=f"a{i}", text=t, language=lang) for i, (lang, t) in enumerate(texts)]
    )


def test_conflict_across_languages_names_both_sources() -> None:
    rep = _report(
        ("en", "According to Kyiv, about 500 civilians were killed in the city."),
        ("it", "Secondo le autorità russe, 2.000 civili sono stati uccisi nella città."),
    )
    (conflict,) = rep.conflicts
    claims = sorted((rep.claim(c) for c in conflict.claims), key=lambda c: c.article)
    assert [c.unit for c in claims] == ["killed", "killed"]
    assert [c.attributed_to for c in claims] == ["Kyiv", "le autorità russe"]
    assert "Kyiv" in conflict.explanation
    assert "le autorità russe" in conflict.explanation


def test_increment_is_never_compared_with_a_total() -> None:
    rep = _report(
        ("en", "Russia has sent 10,000 troops to the border, officials said."),
        ("en", "Russia will send another 5,000 troops to the border, officials said."),
    )
    inc = next(c for c in rep.claims if c.increment)
    for finding in rep.findings:
        if inc.id in finding.claims:
            assert finding.kind == "single_source"


def test_different_units_are_not_aligned() -> None:
    rep = _report(
        ("en", "About 1,000 engineers arrived in Russia from North Korea."),
        ("en", "North Korea sent more than 10,000 soldiers to Russia."),
    )
    assert not rep.conflicts
    assert {f.kind for f in rep.findings} == {"single_source"}


def test_agreement_needs_two_articles() -> None:
    rep = _report(
        (
            "ro",
            "Peste 10.000 de soldați au fost trimiși în Rusia. "
            "Circa 11.000 de soldați au ajuns în Rusia.",
        ),
    )
    assert not rep.by_kind("agreement")


def test_same_quote_worded_differently_is_reported() -> None:
    rep = _report(
        ("ro", "Ministrul a declarat: „Vom trimite ajutoare umanitare în toate regiunile "
               "afectate de inundații până la sfârșitul săptămânii”, potrivit agenției."),
        ("ro", "Ministrul a declarat: „Vom trimite ajutoare umanitare în regiunile "
               "afectate de inundații până la sfârșitul lunii”, potrivit presei."),
    )
    (variant,) = rep.by_kind("quote_variant")
    assert len(variant.articles) == 2
    assert "differently" in variant.explanation


def test_identical_quotes_are_not_variants() -> None:
    quote = "„Vom trimite ajutoare umanitare în toate regiunile afectate de inundații”"
    rep = _report(
        ("ro", f"Ministrul a declarat: {quote}, potrivit agenției."),
        ("ro", f"Ministrul a spus: {quote}, potrivit presei."),
    )
    assert not rep.by_kind("quote_variant")
    assert any(f.claim_kind == "quote" for f in rep.by_kind("agreement"))
