"""A sum converted into another currency in brackets is the outlet's, not the speaker's."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _claims(text: str, language: str, outlet: str | None) -> list[crosscheck.Claim]:
    art = Article(id="a", text=text, language=language, published="2024-01-01", source=outlet)
    return [c for c in crosscheck.report([art]).claims if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The minister pledged 2.5 billion euros ($2.7 billion) for the rebuilding."),
        ("es", "El ministro anunció 2.500 millones de dólares (2.300 millones de euros)."),
        ("pt", "O ministro anunciou 2,5 mil milhões de euros (2,7 mil milhões de dólares)."),
    ],
)
def test_the_bracketed_conversion_is_credited_to_the_outlet(language: str, text: str) -> None:
    first, second = _claims(text, language, "Daily Planet")
    assert first.attributed_to is not None
    assert first.attributed_to != "Daily Planet"
    assert second.attributed_to == "Daily Planet"
    assert second.self_cited


def test_with_no_outlet_known_the_conversion_is_credited_to_no_one() -> None:
    text = "The minister pledged 2.5 billion euros ($2.7 billion) for the rebuilding."
    first, second = _claims(text, "en", None)
    assert first.attributed_to is not None
    assert second.attributed_to is None


def test_two_sums_in_one_currency_keep_their_speaker() -> None:
    text = "The minister pledged 2.5 billion euros (of which 300 million euros at once)."
    credits = [c.attributed_to for c in _claims(text, "en", "Daily Planet")]
    assert "Daily Planet" not in credits


def _batch(*items: tuple[str, str, str, str]) -> crosscheck.Report:
    return crosscheck.report(
        [
            Article(id=i, text=t, language=lang, published=day, story="aid")
            for i, lang, day, t in items
        ]
    )


def test_a_conversion_carries_the_sum_it_converts() -> None:
    first, second = _claims(
        "The minister pledged 2.5 billion euros ($2.7 billion) for the rebuilding.", "en", None
    )
    assert second.scope == ("converts:eur:2500000000",)
    assert not any(s.startswith("converts:") for s in first.scope)


@pytest.mark.parametrize(
    ("lang_b", "text_b"),
    [
        ("en", "The government pledged 2.5 billion euros ($2.6 billion) to farmers."),
        ("es", "El Gobierno destinará 2.500 millones de euros (2.600 millones de dólares)."),
    ],
)
def test_two_conversions_of_one_sum_are_one_value_whenever_printed(
    lang_b: str, text_b: str
) -> None:
    # One sum converted at two rates on two days: a soft conflict, not a timeline.
    rep = _batch(
        ("a", "en", "2024-03-01", "The minister pledged 2.5 billion euros ($2.7 billion) for aid."),
        ("b", lang_b, "2024-03-03", text_b),
    )
    usd = [f for f in rep.findings if f.unit == "usd" and len(f.claims) == 2]
    assert len(usd) == 1
    finding = usd[0]
    assert finding.kind == "conflict"
    assert finding.severity == "soft"
    assert "converted_sum" in finding.notes
    assert not finding.timeline


def test_conversions_of_two_sums_are_not_compared() -> None:
    rep = _batch(
        ("a", "en", "2024-03-01", "The minister pledged 2.5 billion euros ($2.7 billion) for aid."),
        ("b", "en", "2024-03-01", "The bank lent 4 billion euros ($4.3 billion) to the region."),
    )
    a, b = (c for c in rep.claims if c.unit == "usd")
    why = rep.explain(a.id, b.id)
    assert why.reason == "different_sum"
    assert not any(f.kind == "conflict" for f in rep.findings)


def test_conversions_of_two_sums_are_explained_in_words() -> None:
    rep = _batch(
        ("a", "en", "2024-03-01", "The minister pledged 2.5 billion euros ($2.7 billion) for aid."),
        ("b", "en", "2024-03-01", "The bank lent 4 billion euros ($4.3 billion) to the region."),
    )
    a, b = (c for c in rep.claims if c.unit == "usd")
    assert "EUR 2,500,000,000 vs EUR 4,000,000,000" in str(rep.explain(a.id, b.id))
