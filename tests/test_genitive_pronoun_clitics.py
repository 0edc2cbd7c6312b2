"""The Slavic genitive pronoun before a bare figure ("их было 11", "їх було 11", "było ich
11": of them there were 11) stands for what was counted before, as a partitive clitic
does ("il y en avait 11", "ne erano ricoverati 11", "er waren er 11"): ``[toll_nouns]
partitive_clitics`` of ru, uk and pl."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _counts(text: str, language: str) -> list[tuple[float | None, str | None]]:
    return [(q.low, q.unit) for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("ru", "В больнице остаются шесть пострадавших. Накануне их было 11.", "injured"),
        ("uk", "У лікарні залишаються шестеро постраждалих. Напередодні їх було 11.", "injured"),
        (
            "pl",
            "W szpitalu pozostaje sześciu rannych. Dzień wcześniej było ich 11.",
            "hospitalized",
        ),
        # the clitics of the languages that had them already read the same
        ("fr", "Six blessés restent à l'hôpital. La veille, il y en avait 11.", "hospitalized"),
        (
            "it",
            "Restano in ospedale sei feriti. Il giorno prima ne erano ricoverati 11.",
            "hospitalized",
        ),
    ],
)
def test_a_genitive_pronoun_stands_for_the_count_before(
    language: str, text: str, unit: str
) -> None:
    assert _counts(text, language) == [(6, unit), (11, unit)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # another order of size: no count of the same
        (
            "ru",
            "В больнице остаются шесть пострадавших. Накануне их было 11 000.",
            [(6, "injured"), (11_000, None)],
        ),
        # a noun of its own after the figure keeps it ("their 17 houses")
        (
            "ru",
            "Спасатели нашли шесть пострадавших, их 17 домов разрушены.",
            [(6, "injured"), (17, "buildings")],
        ),
        (
            "uk",
            "Рятувальники знайшли шістьох постраждалих, їх 17 будинків зруйновано.",
            [(6, "injured"), (17, "buildings")],
        ),
    ],
)
def test_the_pronoun_takes_no_other_count(
    language: str, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _counts(text, language) == expected
