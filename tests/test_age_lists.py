"""A list of ages is no count: after an age ("aged 19", "âgés de 19", "im Alter von
19"), the figures a list word joins to it ("and 74", ", 23 et 74") are more people's
ages (``extract._quantities._age_listed``), not a count of 74 killed."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _counts(text: str, language: str) -> list[tuple[float | None, str | None]]:
    return [(q.low, q.unit) for q in find_quantities(text, language) if q.unit != "years"]


def _values(text: str, language: str) -> list[float | None]:
    return [q.low for q in find_quantities(text, language) if q.unit != "years"]


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "The 23 passengers who died were aged 19 and 74.", [23]),
        ("en", "Two climbers aged 31 and 58 died on the ridge.", [2]),
        ("en", "The victims, aged 19, 23 and 74, were from Leeds.", []),
        ("en", "Three hikers, aged 22, 40, and 61, killed in avalanche", [3]),
        ("fr", "Les 23 victimes, âgées de 19, 23 et 74 ans, étaient des touristes.", [23]),
        ("de", "Unter den 23 Toten sind Kinder im Alter von 4 und 11 Jahren.", [23]),
        ("pl", "Zginęło 23 turystów w wieku 19 i 74 lat.", [23]),
        ("ru", "Погибли 23 человека в возрасте 19 и 74 лет.", [23]),
        ("pt", "Morreram 23 pessoas com idade de 19 e 74 anos.", [23]),
        ("es", "Murieron 23 personas con edades de 19, 23 y 74 años.", [23]),
        ("it", "Sono morte 23 persone all'età di 19, 23 e 74 anni.", [23]),
        ("nl", "Er kwamen 23 mensen om in de leeftijd van 19, 23 en 74 jaar.", [23]),
        ("ro", "Au murit 23 de persoane în vârstă de 19, 23 și 74 de ani.", [23]),
        ("uk", "Загинули 23 людини віком 19, 23 і 74 роки.", [23]),
        ("ar", "توفي 23 شخصا بعمر 19 و23 و74 عاما.", [23]),
        ("ca", "Van morir 23 persones amb una edat de 19, 23 i 74 anys.", [23]),
        ("de", "Unter den 23 Toten sind Kinder im Alter von 4, 9 und 11 Jahren.", [23]),
    ],
)
def test_listed_ages_are_no_count(language: str, text: str, kept: list[float]) -> None:
    assert _values(text, language) == kept


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        # a noun of its own after the figure: a count, not an age
        ("en", "A man aged 19 and 74 others were injured.", [(74, "injured")]),
        ("en", "A boy aged 12 and 40 passengers were rescued.", [(40, "rescued")]),
        ("fr", "Un homme âgé de 19 ans et 74 autres personnes ont été blessés.", [(74, "injured")]),
        (
            "de",
            "Ein Mann im Alter von 19 Jahren und 74 Passagiere wurden verletzt.",
            [(74, "injured")],
        ),
        # another clause between: the second figure is a count
        ("en", "A man aged 19 died and 74 were injured.", [(74, "injured")]),
        # too large for an age
        ("en", "A woman aged 40 and 300 tourists were evacuated.", [(300, "evacuated")]),
    ],
)
def test_a_figure_with_a_noun_of_its_own_still_counts(
    language: str, text: str, kept: list[tuple[float, str | None]]
) -> None:
    assert _counts(text, language) == kept


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Two men aged 19 and 74 died in the crash."),
        ("en", "Two men, aged 19 and 74, died in the crash."),
        ("en", "Three hikers, aged 22, 40, and 61, were killed in the avalanche."),
        ("de", "Zwei Männer im Alter von 19 und 74 Jahren starben."),
        ("ro", "Doi bărbați, în vârstă de 19 și 74 de ani, au murit."),
        ("pl", "Dwóch mężczyzn w wieku 19 i 74 lat zginęło."),
        ("uk", "Двоє чоловіків віком 19 і 74 роки загинули."),
        ("nl", "Twee mannen in de leeftijd van 19 en 74 jaar kwamen om."),
        ("ca", "Dos homes, amb una edat de 19 i 74 anys, van morir."),
        ("ru", "Двое мужчин в возрасте 19 и 74 лет погибли."),
    ],
)
def test_a_head_count_reaches_its_predicate_past_the_ages(language: str, text: str) -> None:
    """The ages between a head count and its verb are no other figure of the clause."""
    [head] = find_quantities(text, language)
    assert head.unit == "killed"


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        # the predicate after a count of its own is that count's
        ("en", "A man aged 40 and 3 children died.", [(3, "killed")]),
        (
            "en",
            "Two guides, aged 40 and 300 tourists were evacuated.",
            [(2, None), (300, "evacuated")],
        ),
        # a count after the ages ends the head's clause
        ("en", "Two guides, aged 19, and 74 others died.", [(2, None), (74, "killed")]),
    ],
)
def test_the_ages_do_not_lend_a_predicate_to_other_counts(
    language: str, text: str, kept: list[tuple[float, str | None]]
) -> None:
    assert _counts(text, language) == kept
