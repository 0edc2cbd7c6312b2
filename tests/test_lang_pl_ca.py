"""Polish and Catalan: detection against their neighbours, inflected numerals, elision.

The corpora (``tests/corpus*/pl.toml``, ``ca.toml``) check sentences; this
module checks what a sentence-by-sentence corpus cannot: that language
detection tells Catalan from Spanish (and Polish from the rest) on running
text, that every case form of a Polish numeral reads the same value, and the
two small generic engine rules these languages needed (a leading-dot decimal
in a comma-decimal language, and "ok. 70" not splitting a sentence).
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities, parse_quantity
from crosscheck.extract._sentences import split_sentences
from crosscheck.ingest import detect_language

# Our own news-style paragraphs (not from any benchmark).
CA = (
    "Els serveis d'emergència de la Generalitat han confirmat aquest dilluns que "
    "la riuada ha deixat almenys 30 morts a les comarques del sud. Segons el "
    "darrer balanç, encara hi ha desenes de persones desaparegudes i els equips "
    "de rescat treballen amb l'ajuda de l'exèrcit per arribar als pobles aïllats."
)
ES = (
    "Los servicios de emergencia de la Generalitat han confirmado este lunes que "
    "la riada ha dejado al menos 30 muertos en las comarcas del sur. Según el "
    "último balance, todavía hay decenas de personas desaparecidas y los equipos "
    "de rescate trabajan con la ayuda del ejército para llegar a los pueblos aislados."
)
PL = (
    "Ministerstwo obrony poinformowało w poniedziałek, że w wyniku ostrzału "
    "zginęło co najmniej 12 osób, a ponad 30 zostało rannych. Według służb "
    "ratunkowych pod gruzami mogą znajdować się jeszcze kolejne ofiary, dlatego "
    "akcja poszukiwawcza potrwa także w nocy."
)
# Short datelines and headlines: a few words, the letters decide with the stopwords.
CA_SHORT = "Almenys 40 morts per la riuada, segons els bombers"
ES_SHORT = "Al menos 40 muertos por la riada, según los bomberos"
PL_SHORT = "Co najmniej 40 ofiar powodzi, według strażaków"


@pytest.mark.parametrize(
    ("text", "code"),
    [(CA, "ca"), (ES, "es"), (PL, "pl"), (CA_SHORT, "ca"), (ES_SHORT, "es"), (PL_SHORT, "pl")],
)
def test_detection_tells_catalan_from_spanish_and_finds_polish(text: str, code: str) -> None:
    assert detect_language(text) == code
    assert detect_language(text.upper()) == code


def test_catalan_without_accents_is_still_catalan() -> None:
    """Stopwords alone ("els", "amb", "dels", "pel") carry Catalan when accents are lost."""
    plain = CA.replace("è", "e").replace("à", "a").replace("ï", "i").replace("·", ".")
    assert detect_language(plain) == "ca"


def test_polish_without_diacritics_is_still_polish() -> None:
    plain = PL.translate(str.maketrans("ąćęłńóśźż", "acelnoszz"))
    assert detect_language(plain) == "pl"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dwa", 2),
        ("dwie", 2),
        ("dwóch", 2),
        ("dwoma", 2),
        ("trzech", 3),
        ("pięciu", 5),
        ("dwudziestu", 20),
        ("dwustu", 200),
        ("pięciuset", 500),
        ("tysiąc", 1000),
        ("dwa tysiące", 2000),
        ("pięć tysięcy", 5000),
        ("dwóch tysięcy", 2000),
        ("milion", 1_000_000),
        ("trzy miliony", 3_000_000),
        ("pięciu milionów", 5_000_000),
        ("2,2 tysiąca", 2200),
        ("180 tys.", 180_000),
        ("3,5 mln", 3_500_000),
        ("półtora miliona", 1_500_000),
        ("troje", 3),
        ("pięciorga", 5),
    ],
)
def test_polish_numerals_read_in_every_case(text: str, value: float) -> None:
    q = parse_quantity(text, "pl")
    assert q is not None, text
    assert q.low == value, text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("vint-i-tres", 23),
        ("vint i tres", 23),
        ("trenta-dos", 32),
        ("huitanta-huit", 88),
        ("tres-cents", 300),
        ("dues-centes", 200),
        ("dos mil", 2000),
        ("2,5 milions", 2_500_000),
        ("dènou", 19),
    ],
)
def test_catalan_numerals_with_hyphens_and_valencian_forms(text: str, value: float) -> None:
    q = parse_quantity(text, "ca")
    assert q is not None, text
    assert q.low == value, text


def test_catalan_elided_hedge_reads_as_approximate() -> None:
    """ "d'uns 900": the elided "de" + "uns" is one approximate qualifier."""
    (q,) = find_quantities("Hi van treballar d’uns 900 efectius.", "ca")
    # a staff noun: its claim reads troops or rescuers from its sentence
    assert (q.low, q.qualifier, q.unit) == (900, "approx", "personnel")
    assert q.text.startswith("d’uns")


def test_catalan_nou_after_an_article_is_new_not_nine() -> None:
    assert find_quantities("El nou balanç arriba avui.", "ca") == []


def test_polish_abbreviated_hedge_keeps_its_figure_in_one_sentence() -> None:
    """ "ok. 70 tys.": a two-letter abbreviation before a figure ends no sentence."""
    text = "Armia straciła ok. 70 tys. żołnierzy. 50 osób zginęło."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Armia straciła ok. 70 tys. żołnierzy.",
        "50 osób zginęło.",
    ]


def test_a_leading_dot_is_a_decimal_in_a_comma_decimal_language() -> None:
    for code in ("pl", "ca"):
        q = parse_quantity(".77", code)
        assert q is not None
        assert q.low == 0.77


def test_a_phrase_listed_as_no_qualifier_sets_no_bound() -> None:
    """ "a més de 200" is "besides 200" although it ends like "més de" (more than)."""
    besides, more = find_quantities("A més de 200 morts, n'hi ha més de 40 de desapareguts.", "ca")
    assert (besides.text, besides.low, besides.high, besides.qualifier) == (
        "200 morts",
        200,
        200,
        "exact",
    )
    assert (more.low, more.high, more.qualifier) == (40, None, "over")


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("Liczba ofiar wzrosła do 212.", "pl", 212),
        ("El balanç de morts ha pujat fins a 215.", "ca", 215),
    ],
)
def test_up_to_word_after_a_verb_of_change_is_the_level_reached(
    text: str, code: str, value: int
) -> None:
    (q,) = find_quantities(text, code)
    assert (q.low, q.high, q.qualifier) == (value, value, "exact")
