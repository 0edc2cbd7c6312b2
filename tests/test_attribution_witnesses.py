"""Witnesses, eyewitnesses, survivors and residents are sources a cue can credit.

"По словам очевидцев, у входа собрались 20 тысяч болельщиков", "Secondo i superstiti, a
bordo c'erano circa 110 persone": the people who saw or lived through the event give
the figure (``[attribution] role_nouns``). The same nouns counted by a figure ("Les 12
rescapés ont été hospitalisés", "Полиция опросила 40 очевидцев") credit no one.
"""

from __future__ import annotations

import pytest

from tests._articles import credits

# (language, text, credit of its one figure)
CREDITED = [
    ("en", "According to eyewitnesses, some 300 people were trapped.", "eyewitnesses"),
    ("en", "Eyewitnesses said about 110 people were on board.", "Eyewitnesses"),
    ("fr", "Selon des rescapés, quelque 300 personnes étaient à bord.", "rescapés"),
    ("es", "Según los sobrevivientes, unas 300 personas iban a bordo.", "los sobrevivientes"),
    ("it", "Secondo i superstiti, a bordo c'erano circa 300 persone.", "i superstiti"),
    ("it", "Secondo gli abitanti, sono bruciate circa 300 case.", "gli abitanti"),
    ("it", "I superstiti hanno raccontato che a bordo c'erano 110 persone.", "I superstiti"),
    ("nl", "Volgens ooggetuigen zaten zo'n 300 mensen vast.", "ooggetuigen"),
    ("nl", "Ooggetuigen zeiden dat er 110 mensen aan boord waren.", "Ooggetuigen"),
    ("pl", "Według ocalałych na pokładzie było około 300 osób.", "ocalałych"),
    ("ru", "По словам очевидцев, у входа собрались 20 тысяч болельщиков.", "очевидцев"),
    ("ru", "По словам выживших, на борту находились около 300 человек.", "выживших"),
    ("uk", "За словами очевидців, біля входу зібралися 20 тисяч уболівальників.", "очевидців"),
]

# the same nouns as what a figure counts: no source
COUNTED = [
    ("en", "Police interviewed 40 witnesses."),
    ("en", "There were 12 eyewitnesses at the scene."),
    ("fr", "Les 12 rescapés ont été hospitalisés."),
    ("it", "I 42 superstiti sono stati portati al porto."),
    ("it", "Naufragio a sud di Lampedusa, 42 superstiti e decine di dispersi."),
    ("nl", "De politie heeft 40 ooggetuigen gehoord."),
    ("ru", "Полиция опросила 40 очевидцев."),
    ("uk", "Поліція опитала 40 очевидців."),
]


@pytest.mark.parametrize(("lang", "text", "source"), CREDITED)
def test_a_witness_or_survivor_is_credited(lang: str, text: str, source: str) -> None:
    assert credits(text, lang) == [source]


@pytest.mark.parametrize(("lang", "text"), COUNTED)
def test_counted_witnesses_credit_no_one(lang: str, text: str) -> None:
    assert set(credits(text, lang)) == {None}


@pytest.mark.parametrize(
    ("lang", "text", "finder"),
    [
        ("pl", "Ratownicy odnaleźli 12 ocalałych.", "Ratownicy"),
        ("es", "Los rescatistas encontraron a 12 sobrevivientes.", "Los rescatistas"),
        ("uk", "Рятувальники знайшли 12 вцілілих.", "Рятувальники"),
        ("ru", "Спасатели нашли 40 выживших.", "Спасатели"),
    ],
)
def test_survivors_found_are_the_finders_count(lang: str, text: str, finder: str) -> None:
    assert credits(text, lang) == [finder]
