"""Where the injured are now, named before them, is what is counted: in hospital.

"У лікарнях залишаються 48 поранених" (48 injured remain in hospitals) counts
the hospitalized, as "48 injured remain in hospital" does; and Italian "sei dei
quali in terapia intensiva" is a part of the 48, never a rival of it.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article, find_quantities


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "У лікарнях залишаються 31 поранений."),
        ("ru", "В больницах остаются 31 раненый."),
    ],
)
def test_the_injured_still_in_hospital_are_hospitalized(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "hospitalized"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Поранено 31 людину."),
        ("ru", "Ранены 31 человек."),
    ],
)
def test_the_injured_alone_stay_injured(language: str, text: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == "injured"


def test_an_italian_part_after_its_figure_is_a_part() -> None:
    text = "I feriti ancora ricoverati sono 31, sei dei quali in terapia intensiva."
    rep = crosscheck.report([Article(id="a", text=text, language="it", published="2023-03-02")])
    whole, part = [c for c in rep.claims if c.kind == "quantity"]
    assert part.part_of == whole.id
