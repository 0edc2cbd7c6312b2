"""A place whose name holds a role noun is a place, not a body, in a gapped clause.

"The ministry reported 30 deaths in Gaza, the West Bank 12": "Bank" is a source noun, but
here it is a word of a place's name (``lang/places.toml``), so the gapped clause names a
place and its figure keeps the first clause's source (``extract._context._names_body``).
Must-not cases: a place's kind word still names its administration ("la región de
Murcia"), a role noun outside the place's name still names a body ("the Bank of
England"), and a plain source noun is untouched ("the regulator").
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _sources(text: str, lang: str) -> list[str | None]:
    return [c.attributed_to for c in quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("en", "The ministry reported 41 injured in Gaza, the West Bank 17.", "The ministry"),
        ("nl", "Het ministerie telde 41 gewonden in Gaza, de West Bank 17.", "Het ministerie"),
        ("it", "Il ministero ha contato 41 feriti in Sicilia, Capo Verde 17.", "Il ministero"),
        (
            "fr",
            "Le ministère a recensé 41 blessés en Bretagne, le Centre-Val de Loire 17.",
            "Le ministère",
        ),
    ],
)
def test_a_gapped_place_with_a_role_word_in_its_name_names_no_source(
    lang: str, text: str, first: str
) -> None:
    assert _sources(text, lang) == [first, first]


@pytest.mark.parametrize(
    ("lang", "text", "second"),
    [
        ("es", "El ministerio contó 41 heridos, la región de Murcia 17.", "la región de Murcia"),
        (
            "en",
            "The operator estimates about 41,000 households, the Bank of England more than 17,000.",
            "the Bank of England",
        ),
        ("en", "The ministry reported 41 injured in Gaza, the regulator 17.", "the regulator"),
    ],
)
def test_a_kind_word_or_a_role_noun_outside_the_name_still_speaks(
    lang: str, text: str, second: str
) -> None:
    assert _sources(text, lang)[1] == second
