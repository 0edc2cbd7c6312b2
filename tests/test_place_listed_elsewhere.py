"""A place keeps its own language's name in other languages' news.

"In the western region of Wielkopolska": English lists no such name, Polish lists it as
the Greater Poland voivodeship. A name the article's language does not list, that the
other languages list as one place, is that place, not an unknown town inside it (an
unlisted name is part of a listed region, never its figure). A name two languages read as
two places, or that none lists, stays unlisted.
"""

from __future__ import annotations

import pytest

from crosscheck.lang._places import listed_elsewhere

from ._articles import quantities

VOIVODESHIP = "greater_poland_voivodeship"

# The region's Polish name in other languages' articles, in our own words.
IN_OTHER_LANGUAGES = [
    ("en", "Poland has confirmed 19 outbreaks of bird flu in the western region of Wielkopolska."),
    ("fr", "La Pologne a confirmé 19 foyers de grippe aviaire dans la région de Wielkopolska."),
    ("es", "Polonia ha confirmado 19 focos de gripe aviar en la región de Wielkopolska."),
    ("it", "La Polonia ha confermato 19 focolai di aviaria nella regione di Wielkopolska."),
    ("de", "Polen hat 19 Ausbrüche der Vogelgrippe in der Region Wielkopolska bestätigt."),
    ("nl", "Polen heeft 19 uitbraken van vogelgriep bevestigd in de regio Wielkopolska."),
    ("pt", "A Polónia confirmou 19 focos de gripe aviária na região de Wielkopolska."),
]


@pytest.mark.parametrize(("lang", "text"), IN_OTHER_LANGUAGES)
def test_a_name_another_language_lists_is_that_place(lang: str, text: str) -> None:
    (figure,) = quantities(text, lang)
    assert figure.place == "Wielkopolska"
    assert figure.place_id == VOIVODESHIP


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no language lists the name: an unknown place, part of whatever region holds it
        ("en", "Officials confirmed 19 outbreaks of bird flu in the district of Zielonawka."),
        ("fr", "Les autorités ont confirmé 19 foyers dans la commune de Zielonawka."),
        # two languages read the name as two places (Veneto, Venice): nothing is known
        ("en", "Officials confirmed 19 outbreaks of bird flu in the region of Venetie."),
    ],
)
def test_a_name_no_language_lists_as_one_place_stays_unlisted(lang: str, text: str) -> None:
    (figure,) = quantities(text, lang)
    assert figure.place_id is not None
    assert figure.place_id.startswith("~")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Wielkopolska", VOIVODESHIP),
        ("wielkopolska", VOIVODESHIP),
        ("Venetie", None),  # Veneto in one language, Venice in another
        ("Zielonawka", None),  # no language lists it
        ("Mar", None),  # too short to look up among other languages' words
    ],
)
def test_listed_elsewhere(name: str, key: str | None) -> None:
    assert listed_elsewhere(name) == key
