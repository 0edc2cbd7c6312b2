"""Shared hypothesis strategies: numbers written in a locale, articles, claims."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from crosscheck import Article, Claim
from crosscheck.lang import available_languages, get_language

languages = st.sampled_from(available_languages())

amounts = st.one_of(
    st.integers(min_value=0, max_value=999_999_999),
    st.decimals(
        min_value=Decimal("0.01"), max_value=Decimal("999999.99"), places=2, allow_nan=False
    ).map(lambda d: d.normalize()),
)


def format_in(value: int | Decimal, language: str) -> str:
    """Write ``value`` as a newspaper in ``language`` would: thousands grouped."""
    lang = get_language(language)
    group = next((g for g in lang.group if g != " "), " ")
    _sign, _digits, _exponent = Decimal(value).as_tuple()
    text = f"{Decimal(value):f}"
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    grouped = f"{int(whole):,}".replace(",", group)
    return grouped + (lang.decimal + frac if frac else "")


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    """A quantity claim with random bounds and hedging."""
    low = draw(st.one_of(st.none(), st.integers(0, 100_000)))
    width = draw(st.integers(0, 50_000))
    high = draw(st.one_of(st.none(), st.just(None if low is None else low + width)))
    if low is None and high is None:
        high = width
    qualifier = "range" if low is not None and high is not None and low != high else "exact"
    return Claim(
        id=f"a#q{draw(st.integers(1, 999))}",
        article="a",
        kind="quantity",
        text="x",
        start=0,
        end=1,
        sentence="x",
        sentence_start=0,
        language="en",
        low=low,
        high=high,
        qualifier=qualifier if low is not None and high is not None else "over",
        approximate=draw(st.booleans()),
        unit="troops",
    )


_SENTENCES = {
    "en": [
        "More than {n} soldiers were sent to the front, officials said.",
        "About {n} troops arrived in the region, according to the ministry.",
        "Between {n} and {m} troops were deployed overall.",
        "The army said {n} soldiers were killed in the fighting.",
    ],
    "ro": [
        "Peste {n} de soldați au fost trimiși pe front, potrivit ministerului.",
        "Aproximativ {n} de militari au ajuns în regiune, a declarat purtătorul de cuvânt.",
        "Între {n} și {m} de soldați au fost desfășurați în total.",
    ],
    "it": [
        "Oltre {n} soldati sono stati inviati al fronte, secondo il ministero.",
        "Circa {n} militari sono arrivati nella regione, ha detto il portavoce.",
        "Tra {n} e {m} soldati sono stati schierati in totale.",
    ],
}


@st.composite
def articles(draw: st.DrawFn, ident: str) -> Article:
    """A short news article in ro, it or en with a few troop figures."""
    language = draw(st.sampled_from(sorted(_SENTENCES)))
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        n = draw(st.integers(1, 40)) * 1000
        m = n + draw(st.integers(1, 20)) * 1000
        template = draw(st.sampled_from(_SENTENCES[language]))
        lines.append(template.format(n=format_in(n, language), m=format_in(m, language)))
    return Article(id=ident, text=" ".join(lines), language=language)
