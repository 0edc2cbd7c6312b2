"""A credited "source" that only names a place is where the figure was counted.

"A província de Nampula registou 18 óbitos": the province is no source; the
18 deaths are Nampula's, not a national toll (extract/_frame.py place_as_source,
claims/_build.py). A body that names a place, or a bare country, stays a source.
"""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims._build import extract_claims
from crosscheck.extract._frame import place_as_source


def _figure(language: str, text: str, figure: str) -> tuple[str | None, str | None]:
    claims = [
        c
        for c in extract_claims(Article(id="a", text=text, language=language))
        if c.kind == "quantity" and figure in c.text
    ]
    assert claims, figure
    return claims[0].place_id, claims[0].attributed_to


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("pt", "A província de Nampula registou 18 óbitos desde janeiro.", "nampula"),
        ("pt", "Na província de Nampula registaram-se 18 óbitos.", "nampula"),
        ("it", "La regione Lombardia ha registrato 18 decessi.", "lombardy"),
        ("en", "The province of Nampula recorded 18 deaths.", "nampula"),
    ],
)
def test_a_province_credited_is_the_figures_place(language: str, text: str, key: str) -> None:
    assert _figure(language, text, "18") == (key, None)


@pytest.mark.parametrize(
    ("language", "source"),
    [
        ("pt", "A Direção Provincial de Saúde de Nampula"),
        ("en", "The mayor of the city of Derna"),
        ("es", "El Gobierno de España"),
        ("en", "Spain"),
        ("en", "the province of Nampula health directorate"),
    ],
)
def test_a_body_or_a_country_is_a_source(language: str, source: str) -> None:
    assert place_as_source(source, language) is None


def test_a_body_of_the_province_stays_credited() -> None:
    text = "A Direção Provincial de Saúde de Nampula registou 18 óbitos."
    _place, source = _figure("pt", text, "18")
    assert source is not None
    assert "Direção Provincial" in source


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        (
            "it",
            "Sono sette le vittime dell'incendio, secondo la prefettura di Rimini.",
            "sette",
            "la prefettura di Rimini",
        ),
        (
            "it",
            "Sale a sette il numero dei morti, ha comunicato la prefettura di Rimini.",
            "sette",
            "la prefettura di Rimini",
        ),
        (
            "fr",
            "Sept personnes sont mortes, selon la préfecture de Lyon.",
            "Sept",
            "la préfecture de Lyon",
        ),
        (
            "pt",
            "O incêndio fez sete mortos, segundo a prefeitura de Manaus.",
            "sete",
            "a prefeitura de Manaus",
        ),
        (
            "en",
            "Seven people died, according to the prefecture of Osaka.",
            "Seven",
            "the prefecture of Osaka",
        ),
    ],
)
def test_a_place_office_that_tells_the_figure_is_its_source(
    language: str, text: str, figure: str, source: str
) -> None:
    """A place credited by a prefix cue or a verb of saying names the office that
    speaks for it: it keeps the credit (a count verb's place does not: above)."""
    assert _figure(language, text, figure)[1] == source


def test_a_place_office_credit_goes_on_to_the_next_sentence() -> None:
    text = (
        "Sono sette le vittime dell'incendio, secondo la prefettura di Rimini. "
        "I feriti sono 23, di cui quattro in gravi condizioni."
    )
    assert _figure("it", text, "23")[1] == "la prefettura di Rimini"


@pytest.mark.parametrize(
    ("language", "text", "key", "source"),
    [
        (
            "pt",
            "A província de Tete registou 18 óbitos, segundo a Direção Provincial de Saúde.",
            "tete",
            "a Direção Provincial de Saúde",
        ),
        (
            "it",
            "La regione Lombardia ha registrato 18 decessi, secondo l'assessorato alla Sanità.",
            "lombardy",
            "l'assessorato alla Sanità",
        ),
        (
            "en",
            "The province of Tete recorded 18 deaths, according to the Provincial Health "
            "Directorate.",
            "tete",
            "the Provincial Health Directorate",
        ),
        (
            "es",
            "La provincia de Huelva registró 18 muertes, según la Junta de Andalucía.",
            "~huelva",
            "la Junta de Andalucía",
        ),
    ],
)
def test_a_place_that_recorded_yields_to_the_sentences_credit(
    language: str, text: str, key: str, source: str
) -> None:
    """The place a count verb names is where the figure was counted; the credit that
    closes the sentence ("…, segundo X") says who tells it: the figure has both."""
    assert _figure(language, text, "18") == (key, source)
