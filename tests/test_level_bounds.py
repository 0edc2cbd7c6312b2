"""A bound of place after a verb of change names the level reached, not the change.

"The death toll rose above 11,000" is a toll of over 11,000, not a rise of
over 11,000; "shares rose more than 3%" is still a rise ("more than" is an
amount), and so is "stieg um über 3 Prozent" ("um" says by how much).
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


@pytest.mark.parametrize(
    ("lang", "text", "qualifier"),
    [
        ("en", "The death toll rose above 11,000 on Wednesday.", "over"),
        ("en", "The number of displaced climbed beyond 40,000.", "over"),
        ("en", "The share price fell below 3 dollars.", "under"),
        ("de", "Die Zahl der Toten stieg über 11.000.", "over"),
        ("es", "El número de muertos subió por encima de 200.", "over"),
        ("pt", "O número de mortos subiu acima de 200.", "over"),
        ("nl", "Het dodental steeg boven de 2.000.", "over"),
        ("ro", "Bilanțul a crescut peste 200 de morți.", "over"),
    ],
)
def test_rose_above_is_a_level(lang: str, text: str, qualifier: str) -> None:
    (q,) = find_quantities(text, language=lang)
    assert q.change is None
    assert q.qualifier == qualifier


@pytest.mark.parametrize(
    ("lang", "text", "change"),
    [
        ("en", "The index rose more than 3% on Monday.", "up"),
        ("en", "Qualcomm rose under 4% in early trading.", "up"),
        ("de", "Der Index stieg um über 3 Prozent.", "up"),
        ("en", "Shares fell 3 dollars.", "down"),
    ],
)
def test_an_amount_of_change_keeps_its_change(lang: str, text: str, change: str) -> None:
    (q,) = find_quantities(text, language=lang)
    assert q.change == change
