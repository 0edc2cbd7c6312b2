"""A negation that closes the clause of a confirmation word denies it, as a
verb-second language puts it ("Die Behörden bestätigten 500 Tote nicht"): the figure
is not `confirmed` (``extract._frame._negated_confirmation``)."""

from __future__ import annotations

import pytest

from crosscheck import Article, report


def _statuses(text: str, language: str) -> list[tuple[float | None, str | None]]:
    r = report([Article(id="a", text=text, language=language, published="2024-03-01")])
    return [(c.low, c.status) for c in r.claims if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Behörden bestätigten 500 Tote nicht."),
        ("de", "Die Zahl von 500 Toten bestätigte das Ministerium am Abend nicht."),
        ("de", "Das Ministerium bestätigte die 500 Toten zunächst nicht, sagte ein Sprecher."),
        ("nl", "De politie bevestigde de 500 doden niet."),
        ("nl", "Het ministerie bevestigde het aantal van 500 doden nog niet."),
    ],
)
def test_a_closing_negation_confirms_nothing(language: str, text: str) -> None:
    assert _statuses(text, language) == [(500, None)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Die Behörden bestätigten 500 Tote.", [(500, "confirmed")]),
        # the negation of another clause, past a comma
        ("de", "Die Behörden bestätigten 500 Tote, nicht 600.", [(500, "confirmed"), (600, None)]),
        ("nl", "De politie bevestigde 500 doden, niet 600.", [(500, "confirmed"), (600, None)]),
        ("en", "Officials confirmed 500 deaths, not 600.", [(500, "confirmed"), (600, None)]),
        ("fr", "Les autorités ont confirmé 500 morts, pas 600.", [(500, "confirmed"), (600, None)]),
        (
            "es",
            "Las autoridades confirmaron 500 muertos, no 600.",
            [(500, "confirmed"), (600, None)],
        ),
        # a word that only begins like a negation
        ("de", "Die Behörden bestätigten 500 Tote in Niederbayern.", [(500, "confirmed")]),
    ],
)
def test_a_confirmation_stands_without_a_closing_negation(
    language: str, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _statuses(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "chiffre" (the noun: a figure) is no estimate, though it folds as "chiffré"
        ("La police n'a pas confirmé le chiffre de 500 morts.", [(500, None)]),
        ("Le chiffre de 500 morts circule sur les réseaux.", [(500, None)]),
        # the participle still is
        ("Les dégâts sont chiffrés à 20 millions d'euros.", [(20_000_000, "estimated")]),
        ("La perte est chiffrée à 20 millions d'euros.", [(20_000_000, "estimated")]),
    ],
)
def test_the_french_noun_chiffre_is_no_estimate(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _statuses(text, "fr") == expected
