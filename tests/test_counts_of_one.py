"""Counts of one: "one person died" in every language (the singular of the generic noun and
of the casualty predicates, ``[units] people``, ``[casualties]``), and a one after a list
word is the next figure, whose predicate is not the figure's before it ("3 dead and one
injured": 3 killed, 1 injured; ``extract._quantities._listed_one``)."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _counts(text: str, language: str) -> list[tuple[float | None, str | None]]:
    return [(q.low, q.unit) for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "died", "injured"),
    [
        ("es", "Una persona murió en el accidente.", "Una persona resultó herida en el accidente."),
        (
            "it",
            "Una persona è morta nell'incidente.",
            "Una persona è rimasta ferita nell'incidente.",
        ),
        ("de", "Eine Person starb bei dem Unfall.", "Eine Person wurde bei dem Unfall verletzt."),
        (
            "nl",
            "Eén persoon kwam om bij het ongeval.",
            "Eén persoon raakte gewond bij het ongeval.",
        ),
        ("pt", "Uma pessoa morreu no acidente.", "Uma pessoa ficou ferida no acidente."),
        (
            "ca",
            "Una persona va morir en l'accident.",
            "Una persona va resultar ferida en l'accident.",
        ),
        ("ro", "O persoană a murit în accident.", "O persoană a fost rănită în accident."),
        ("ru", "Один человек погиб в аварии.", "Один человек был ранен в аварии."),
        ("uk", "Одна людина загинула в аварії.", "Одна людина отримала поранення в аварії."),
        (
            "fr",
            "Une personne est morte dans l'accident.",
            "Une personne a été blessée dans l'accident.",
        ),
        ("en", "One person died in the crash.", "One person was injured in the crash."),
    ],
)
def test_one_person_died_or_was_injured(language: str, died: str, injured: str) -> None:
    assert _counts(died, language) == [(1, "killed")]
    assert _counts(injured, language) == [(1, "injured")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "There were 3 dead and one injured.", [(3, "killed"), (1, "injured")]),
        ("en", "Three killed and one missing after the blast", [(3, "killed"), (1, "missing")]),
        ("en", "5 people dead and one injured", [(5, "killed"), (1, "injured")]),
        ("it", "Si contano 2 morti e un ferito.", [(2, "killed"), (1, "injured")]),
        (
            "es",
            "El temporal dejó al menos un muerto en Huelva y como mínimo un herido grave.",
            [(1, "killed"), (1, "injured")],
        ),
        ("pt", "Três mortos e um ferido em acidente", [(3, "killed"), (1, "injured")]),
    ],
)
def test_a_one_after_a_list_word_is_the_next_figure(
    language: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _counts(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a wound, a statement: no count of one
        ("es", "El hombre sufrió una herida de bala en la pierna."),
        ("it", "L'uomo ha riportato una ferita alla gamba."),
        ("pt", "O homem sofreu uma ferida na perna."),
        ("de", "Eine Person hat den Vorfall gemeldet."),
        ("es", "Una persona declaró ante el juez."),
    ],
)
def test_no_count_of_one_without_a_casualty(language: str, text: str) -> None:
    assert _counts(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "5 personas murieron y una resultó herida.", [(5, "killed"), (1, "injured")]),
        ("fr", "5 personnes sont mortes et une a été blessée.", [(5, "killed"), (1, "injured")]),
        ("de", "5 Menschen starben und einer wurde verletzt.", [(5, "killed"), (1, "injured")]),
        ("it", "5 persone sono morte e una è rimasta ferita.", [(5, "killed"), (1, "injured")]),
        ("pt", "5 pessoas morreram e uma ficou ferida.", [(5, "killed"), (1, "injured")]),
        # not a list of people, not one sentence, not a casualty: no one counted
        ("es", "Murieron 5 personas y una casa quedó destruida.", [(5, "killed")]),
        ("es", "5 personas murieron. Una resultó herida.", [(5, "killed")]),
        ("fr", "Cinq maisons ont brûlé et une a été détruite.", [(5, "buildings")]),
    ],
)
def test_a_listed_one_with_its_noun_left_out(
    language: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _counts(text, language) == expected
