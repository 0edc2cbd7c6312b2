"""The subject of a framing verb gives the value it frames.

"The city put | the cost of repairs | at | 3 million": only someone frames a value
so, even when the subject names no body by its nouns ("city" is no role noun); a verb
of demanding or promising frames its sum the same way ("exige | uma indemnização | de
| 12 milhões", "обіцяє компенсацію | до 2000 гривень"). Without the framing verb (or
with the figure inside the object) the same words credit no one.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _credits(text: str, language: str) -> list[str | None]:
    rep = crosscheck.report([Article(id="a", text=text, language=language, published="2024-01-01")])
    return [c.attributed_to for c in rep.claims if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "The city put the cost of repairs at 3 million euros.", "The city"),
        ("en", "The hotel estimated its losses at 400,000 dollars.", "The hotel"),
        ("fr", "La ville estime le coût des travaux à 3 millions d'euros.", "La ville"),
        ("es", "La ciudad cifra los daños en 3 millones de euros.", "La ciudad"),
        ("it", "La città stima i danni in 3 milioni di euro.", "La città"),
    ],
)
def test_a_definite_subject_of_a_framing_verb_speaks(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "first", "second"),
    [
        (
            "en",
            "Residents said 40 homes were damaged. The hotel demands compensation of "
            "2 million euros.",
            "Residents",
            "The hotel",
        ),
        (
            "pt",
            "A associação disse que 300 casas ficaram danificadas. A Câmara exige ao "
            "construtor uma indemnização de 12 milhões de euros.",
            "A associação",
            "A Câmara",
        ),
        (
            "uk",
            "Фермери кажуть, що загинули 800 бджолосімей. Обласна адміністрація обіцяє "
            "компенсацію до 2000 гривень за вулик.",
            "Фермери",
            "Обласна адміністрація",
        ),
        (
            "ru",
            "Фермеры говорят, что погибли 800 пчелосемей. Областная администрация обещает "
            "компенсацию до 2000 рублей за улей.",
            "Фермеры",
            "Областная администрация",
        ),
        (
            "fr",
            "Les riverains disent que 40 maisons sont touchées. La commune réclame une "
            "indemnisation de 2 millions d'euros.",
            "Les riverains",
            "La commune",
        ),
    ],
)
def test_a_demand_or_promise_credits_its_own_subject(
    language: str, text: str, first: str, second: str
) -> None:
    # not the speaker of the sentence before: the sum is the one who demands or promises it
    assert _credits(text, language) == [first, second]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In the city 40 people were hurt."),
        ("en", "The city expects 40,000 visitors."),
        ("en", "The city put 300 soldiers on alert."),
        ("fr", "Dans la ville, 40 personnes ont été blessées."),
    ],
)
def test_the_same_words_without_a_framing_verb_credit_no_one(language: str, text: str) -> None:
    assert _credits(text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The market reported a drop of 3 percent."),
        ("en", "The victim reported the theft of 3,000 euros."),
        ("fr", "Le voisin a signalé le vol de 3 000 euros."),
        ("es", "La nueva ley promete una ayuda de 500 euros."),
        ("pt", "A nova lei promete um apoio de 500 euros."),
        ("fr", "La nouvelle loi promet une aide de 500 euros."),
    ],
)
def test_a_genitive_object_or_a_nameless_subject_frames_nothing(language: str, text: str) -> None:
    # "of"/"de" joins any noun to its figure: only a framing verb frames with it, and
    # its definite subject speaks only as a place, an institution or a role
    assert _credits(text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "The town demands compensation of 2 million euros.", "The town"),
        (
            "es",
            "El ayuntamiento exige una indemnización de 2 millones de euros.",
            "El ayuntamiento",
        ),
        ("it", "Il comune chiede un risarcimento di 2 milioni di euro.", "Il comune"),
    ],
)
def test_a_place_or_institution_still_frames(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]
