"""Two roles, each with its name, joined by "and" after a verb: both are credited."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "first", "second"),
    [
        (
            "fr",
            "Quelque 800 pompiers sont mobilisés, ont précisé devant la presse le préfet de "
            "la région, Anne Moreau, et le directeur des secours, Paul Girard.",
            "Anne Moreau",
            "Paul Girard",
        ),
        (
            "es",
            "Hay 800 bomberos movilizados, según el delegado del Gobierno, Luis Prieto, y la "
            "consejera de Interior, Marta Gil.",
            "Luis Prieto",
            "Marta Gil",
        ),
    ],
)
def test_two_roles_with_their_names_are_both_credited(
    language: str, text: str, first: str, second: str
) -> None:
    (credit,) = _credits(text, language)
    assert credit is not None
    assert first in credit
    assert credit.endswith(second)


def test_a_name_in_apposition_at_the_sentence_end_is_kept() -> None:
    text = "Quelque 800 pompiers sont mobilisés, a précisé le préfet de la région, Anne Moreau."
    (credit,) = _credits(text, "fr")
    assert credit is not None
    assert credit.endswith("Anne Moreau")


def test_a_second_phrase_with_no_name_is_not_joined() -> None:
    text = (
        "Quelque 800 pompiers sont mobilisés, a précisé le préfet de la région, Anne Moreau, "
        "et les secours, selon elle, restent sur place."
    )
    (credit,) = _credits(text, "fr")
    assert credit is not None
    assert credit.endswith("Anne Moreau")
