"""A reporting verb that takes a figure of its own after a comma credits that figure only.

"Flood toll reaches 40 in the valley, Red Cross says about 60": the clause after the
bare comma is the Red Cross's, and its verb's object is its own figure, so the 40
before the comma is not the Red Cross's (extract._context ``_takes_own_figure``). Headlines
set a rival's figure against a first one this way in every language ("…, die Feuerwehr
spricht von 35", "…, les pompiers parlent de 450"). A verb with no figure of its own
after it still closes the sentence and credits the figure before it ("…, the ministry
said on Monday"), and so does one in a clause joined by a conjunction ("…, and
authorities said 54 of those …") or opened by a relative ("…, a annoncé le ministère,
qui recense 2 900 cas").
"""

from __future__ import annotations

import pytest

from crosscheck import Article, report

from ._articles import credits

# (language, text, the rival's source): the first figure is not the rival's, the second is
RIVAL_AFTER_COMMA = [
    ("en", "Flood toll reaches 40 in the valley, Red Cross says about 60", "Red Cross"),
    ("fr", "Incendie : 300 hectares brûlés, les pompiers parlent de 450", "les pompiers"),
    ("de", "Hochwasser: 20 Tote im Tal, die Feuerwehr spricht von 35", "die Feuerwehr"),
    ("es", "Incendio: 300 hectáreas quemadas, los bomberos hablan de 450", "los bomberos"),
    (
        "it",
        "Alluvione: 20 morti nella valle, la Protezione civile parla di 35",
        "la Protezione civile",
    ),
    ("pt", "Cheias: 20 mortos no vale, os bombeiros falam em 35", "os bombeiros"),
    ("nl", "Overstroming: 20 doden in het dal, de brandweer spreekt van 35", "de brandweer"),
    ("pl", "Powódź: 20 ofiar w dolinie, straż pożarna mówi o 35", "straż pożarna"),
    ("ru", "Наводнение: 20 погибших в долине, спасатели говорят о 35", "спасатели"),
]

# (language, text, source): every figure keeps the source the sentence names
STILL_CREDITED = [
    ("en", "The toll rose to 40, the ministry said on Monday.", "the ministry"),
    (
        "en",
        "The number of missing has risen to 93, and authorities said 54 of those who died "
        "have not been identified.",
        "authorities",
    ),
    (
        "fr",
        "Le choléra a fait 38 morts, a annoncé le ministère, qui recense 2 900 cas.",
        "le ministère",
    ),
    ("de", "Die Zahl der Toten stieg auf 40, teilte die Polizei am Montag mit.", "die Polizei"),
    ("es", "El balance asciende a 40 muertos, informó el ministerio el lunes.", "el ministerio"),
    (
        "it",
        "Il bilancio sale a 40 morti, ha detto il ministero, e i feriti sono 12.",
        "il ministero",
    ),
]


@pytest.mark.parametrize(("lang", "text", "rival"), RIVAL_AFTER_COMMA)
def test_the_figure_before_the_comma_is_not_the_rivals(lang: str, text: str, rival: str) -> None:
    first, second = credits(text, lang)
    assert second == rival
    assert first != rival


@pytest.mark.parametrize(("lang", "text", "source"), STILL_CREDITED)
def test_a_closing_speaker_still_credits_the_figures_before(
    lang: str, text: str, source: str
) -> None:
    assert set(credits(text, lang)) == {source}


@pytest.mark.parametrize(("lang", "text", "rival"), RIVAL_AFTER_COMMA[:3])
def test_the_two_figures_are_no_longer_one_statement(lang: str, text: str, rival: str) -> None:
    rep = report([Article(id="a", text=text, language=lang, published="2025-06-11")])
    first, second = [c for c in rep.claims if c.kind == "quantity"]
    assert rep.explain(first, second).reason != "same_statement"
