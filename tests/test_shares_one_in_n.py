"""A share said as "one in N" or "every N-th" is a percent (100/N), as "33%" is.

"Almost one in three pupils", "un de cada tres alumnes", "каждый третий ученик", "jeder
dritte Schüler", "co trzeci uczeń": the fourth probe set gives the same share of pupils
as a percentage elsewhere; read as a count of 0.33 (or not read) it was never compared.
A share that is no whole tenth of a percent is given to one decimal and hedged.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


@pytest.mark.parametrize(
    ("lang", "text", "value", "qualifier"),
    [
        ("en", "Almost one in three pupils fell ill.", 33.3, "approx"),
        ("en", "One in five homes was damaged.", 20, "exact"),
        ("ca", "Un de cada tres alumnes del centre s'ha vist afectat.", 33.3, "approx"),
        ("es", "Uno de cada cuatro vecinos fue evacuado.", 25, "exact"),
        ("pt", "Um em cada dez moradores perdeu a casa.", 10, "exact"),
        ("ru", "Заболел каждый третий ученик школы.", 33.3, "approx"),
        ("uk", "Захворів кожен п'ятий учень.", 20, "exact"),
        ("de", "Jeder dritte Schüler erkrankte.", 33.3, "approx"),
        ("pl", "Co czwarty mieszkaniec został bez prądu.", 25, "exact"),
        ("ar", "أصيب واحد من كل ثلاثة تلاميذ.", 33.3, "approx"),
    ],
)
def test_one_in_n_is_a_percent(lang: str, text: str, value: float, qualifier: str) -> None:
    (q,) = find_quantities(text, language=lang)
    assert q.unit == "percent"
    assert q.low == pytest.approx(value)
    assert q.high == pytest.approx(value)
    assert q.qualifier == qualifier


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Автобус ходит каждый третий день."),  # how often, not a share
        ("de", "Der Bus fährt jeden dritten Tag."),
        ("en", "He scored 3 in 5 minutes."),  # no ratio: a unit of time follows
        ("en", "Two thirds of the pupils fell ill."),  # a fraction stays a fraction
        ("en", "The bill was passed one over four."),  # a division stays its quotient
    ],
)
def test_no_share_of_a_group(lang: str, text: str) -> None:
    assert all(q.unit != "percent" for q in find_quantities(text, language=lang))
