"""An "as X said" clause credits X, not the word that opens it.

"Como informaron los bomberos, ardieron 40 casas", "Zoals de brandweer meldde, …",
"Comme l'ont indiqué les pompiers, …": the opener (``[attribution] as_openers``) is cut
off the start of the source phrase, so the verb's subject after it is credited. Only at
the sentence start or in lower case: "la prefectura de Como" keeps its town, and a name
that merely starts like a multi-word opener ("Tal Cohen") stays whole.
"""

from __future__ import annotations

import pytest

from tests._articles import credits

AS_CLAUSE = [
    ("es", "Como informaron los bomberos, ardieron 40 casas.", "los bomberos"),
    ("es", "Tal y como informó la policía, 40 personas resultaron heridas.", "la policía"),
    ("pt", "Como informaram os bombeiros, arderam 40 casas.", "os bombeiros"),
    ("pt", "Tal como informou a polícia, 40 pessoas ficaram feridas.", "a polícia"),
    ("fr", "Comme l'ont indiqué les pompiers, 40 maisons ont brûlé.", "les pompiers"),
    ("fr", "Ainsi que l'a annoncé la préfecture, 40 personnes ont été blessées.", "la préfecture"),
    ("nl", "Zoals de brandweer meldde, zijn 40 huizen afgebrand.", "de brandweer"),
    ("ro", "Așa cum au anunțat pompierii, au ars 40 de case.", "pompierii"),
    ("ro", "După cum a anunțat poliția, 40 de persoane au fost rănite.", "poliția"),
    (
        "it",
        "Così come hanno riferito i vigili del fuoco, sono bruciate 40 case.",
        "i vigili del fuoco",
    ),
    ("ca", "Tal com han informat els Bombers, han cremat 40 cases.", "els Bombers"),
]

# a town or a name that looks like an opener stays whole
NAMES = [
    ("es", "Según la prefectura de Como, 40 personas resultaron heridas.", "la prefectura de Como"),
    ("es", "Según Tal Cohen, 40 personas resultaron heridas.", "Tal Cohen"),
    (
        "it",
        "Secondo la prefettura di Como, 40 persone sono rimaste ferite.",
        "la prefettura di Como",
    ),
    ("pt", "Segundo a prefeitura de Como, 40 pessoas ficaram feridas.", "a prefeitura de Como"),
]


@pytest.mark.parametrize(("lang", "text", "source"), AS_CLAUSE)
def test_an_as_clause_credits_its_subject(lang: str, text: str, source: str) -> None:
    assert credits(text, lang) == [source]


@pytest.mark.parametrize(("lang", "text", "source"), NAMES)
def test_a_name_like_an_opener_stays_whole(lang: str, text: str, source: str) -> None:
    assert credits(text, lang) == [source]
