"""A language's abbreviated hedge ("aprox.", "env.", "cca.", "Ok.", "Ca.") keeps its figure.

The dot of an abbreviated qualifier listed in a language's ``[qualifiers]``
ends no sentence when a figure follows it, whatever the word's length or case:
"Murieron aprox. 300 personas" is one sentence, and in a report the figure
keeps its hedge. Where no figure follows, or the word is no listed hedge, the
dot ends its sentence as before. The sentences are our own.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.extract._document import Document
from crosscheck.extract._sentences import split_sentences
from crosscheck.lang._data import hedge_abbreviations


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Murieron aprox. 300 personas en el incendio."),
        ("fr", "Il y a eu 46 morts. Env. 300 blessés ont été soignés."),
        ("ro", "Au murit cca. 300 de oameni în incendiu."),
        ("pl", "W autobusie było 46 pasażerów. Ok. 30 strażaków brało udział w akcji."),
        ("de", "Das Feuer brach nachts aus. Ca. 300 Patienten wurden verlegt."),
        ("it", "L'incendio è scoppiato di notte. Ca. 300 pazienti sono stati trasferiti."),
        ("en", "The fire broke out at night. Approx. 300 patients were moved."),
    ],
)
def test_the_hedge_and_its_figure_share_a_sentence(lang: str, text: str) -> None:
    doc = Document(text, lang)
    sentences = [text[a:b] for a, b in doc.sentences]
    assert all(not s.lower().endswith(("aprox.", "env.", "cca.", "ok.", "ca.")) for s in sentences)
    assert any("300" in s or "30 " in s for s in sentences)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("es", "El incendio fue grave. Aprox. 300 personas fueron evacuadas.", 300),
        ("pl", "Pożar wybuchł w nocy. Ok. 30 strażaków brało udział w akcji.", 30),
        ("fr", "L'incendie a éclaté la nuit. Env. 300 personnes ont été évacuées.", 300),
    ],
)
def test_a_report_keeps_the_hedge_of_a_sentence_initial_abbreviation(
    lang: str, text: str, figure: int
) -> None:
    article = crosscheck.Article(id="a1", text=text, language=lang)
    report = crosscheck.report([article])
    claims = [c for c in report.claims if c.kind == "quantity" and c.low == figure]
    assert claims, [c.text for c in report.claims]
    assert claims[0].qualifier == "approx"
    assert claims[0].text.lower().startswith(("aprox.", "ok.", "env."))


def test_a_hedge_dot_with_no_figure_after_it_still_ends_the_sentence() -> None:
    text = "He stayed there for approx. Then 300 people came."
    hedges = hedge_abbreviations({"approx": ["approx.", "about"]})
    assert [text[a:b] for a, b in split_sentences(text, hedges=hedges)] == [
        "He stayed there for approx.",
        "Then 300 people came.",
    ]


def test_a_word_that_is_no_listed_hedge_ends_the_sentence() -> None:
    text = "The crew went to Mars. 300 people watched."
    hedges = hedge_abbreviations({"approx": ["approx."]})
    assert [text[a:b] for a, b in split_sentences(text, hedges=hedges)] == [
        "The crew went to Mars.",
        "300 people watched.",
    ]


def test_only_one_word_dotted_qualifiers_are_hedge_abbreviations() -> None:
    assert hedge_abbreviations(
        {"approx": ["ca.", "about", "in etwa", "~"], "up_to": ["max.", "bis zu"], "other": "x"}
    ) == frozenset({"ca", "max"})
