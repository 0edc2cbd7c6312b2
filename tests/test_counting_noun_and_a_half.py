"""A counting noun and a half counts halves of that noun: "a dozen and a half" is 18.

The fraction after a whole counts in the unit of the whole's last multiplier
("3 millions et demi" is 3.5 million), and a counting noun ("dozen", "dúzia",
"Dutzend") is such a unit too; "a dozen and a half" read 12.5. The phrases are
our own.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities, parse_quantity


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "a dozen and a half", 18),
        ("pt", "uma dúzia e meia", 18),
        ("pt", "duas dúzias e meia", 30),
        ("es", "una docena y media", 18),
        ("it", "una dozzina e mezza", 18),
        ("fr", "une douzaine et demie", 18),
        ("ro", "o duzină și jumătate", 18),
        ("ca", "una dotzena i mitja", 18),
    ],
)
def test_a_counting_noun_and_a_half(lang: str, text: str, value: int) -> None:
    q = parse_quantity(text, lang)
    assert q is not None
    assert q.low == q.high == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "3 millions et demi", 3_500_000),  # a multiplier: as before
        ("pt", "uma dezena e meia", 15),
        ("en", "two and a half dozen", 30),  # the half before the noun: as before
        ("de", "anderthalb Dutzend", 18),
        ("en", "one and a half", 1.5),  # no counting noun: a plain half
    ],
)
def test_other_halves_keep_their_reading(lang: str, text: str, value: float) -> None:
    q = parse_quantity(text, lang)
    assert q is not None
    assert q.low == q.high == value


def test_in_running_text_the_count_is_whole() -> None:
    (q,) = find_quantities("Há uma dúzia e meia de feridos no hospital.", "pt")
    assert (q.low, q.unit) == (18, "injured")
