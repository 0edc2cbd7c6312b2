"""A figure followed by "fewer/more than" after its noun is a difference, not a count.

"Són 28 casos menys que en el balanç del dia anterior" says the count fell by
28: an amount of change (an increment), never set against a total such as
"168 casos".
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ca", "Són 19 casos menys que en el balanç d'ahir."),
        ("es", "Son 19 casos menos que en el balance de ayer."),
        ("fr", "Cela fait 19 cas de moins que la veille."),
        ("pt", "São 19 casos a menos do que ontem."),
        ("it", "Sono 19 casi in meno rispetto a ieri."),
        ("en", "That is 19 fewer cases than the day before."),
    ],
)
def test_a_difference_from_an_earlier_count_is_an_increment(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.increment


@pytest.mark.parametrize(
    ("language", "text", "qualifier"),
    [
        ("es", "Hay menos de 19 casos.", "under"),
        ("en", "No fewer than 19 people died.", "at_least"),
        ("en", "Some 19 or fewer people were hurt.", "up_to"),
    ],
)
def test_bounds_stay_bounds(language: str, text: str, qualifier: str) -> None:
    (q,) = find_quantities(text, language)
    assert not q.increment
    assert q.qualifier == qualifier
