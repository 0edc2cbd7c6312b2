"""A verb's preposition is no bound: the figure after it is the level reached.

Arabic "تصل إلى" / "يصل إلى" after its subject is "reaches" (the level reached, as after
the other ``[syntax] level_verbs``), while "ما يصل إلى" (what reaches) and "قد يصل إلى"
(could reach) still bound the figure. "Spread over", "extends over" and "erstreckt sich
über" give an extent, not "more than" (``[qualifiers] none``). Must-not cases: a bound
with no such verb before it keeps its bound.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _read(text: str, lang: str) -> list[tuple[float | None, float | None, str]]:
    return [
        (
            None if q.low is None else float(q.low),
            None if q.high is None else float(q.high),
            q.qualifier,
        )
        for q in find_quantities(text, lang)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("ar", "المساحة المتضررة تصل إلى 48 هكتارا", 48),
        ("ar", "عدد المصابين يصل إلى 48 شخصا", 48),
        ("ar", "الخسائر تصل إلى 48 مليون دولار", 48000000),
        ("en", "The fire has spread over 4,800 hectares of forest.", 4800),
        ("en", "The slick now extends over 48 kilometres of coast.", 48),
        ("de", "Die Sperrzone erstreckt sich über 4.800 Hektar.", 4800),
        ("de", "Die Schäden verteilen sich über 48 Gemeinden.", 48),
    ],
)
def test_the_level_a_verb_reaches_is_exact(lang: str, text: str, value: int) -> None:
    assert _read(text, lang) == [(value, value, "exact")]


@pytest.mark.parametrize(
    ("lang", "text", "qualifier"),
    [
        # a modal or "what reaches": the Arabic idioms of "up to"
        ("ar", "تستوعب المخيمات ما يصل إلى 4800 شخص", "up_to"),
        ("ar", "عدد المصابين قد يصل إلى 48 شخصا", "up_to"),
        # a surface covered, no verb of spreading: "over" is "more than"
        ("en", "The swarms now cover over 4,800 hectares.", "over"),
        ("de", "Die Schwärme bedecken über 4.800 Hektar.", "over"),
        ("en", "The dispute over 480 jobs went on.", "exact"),
    ],
)
def test_a_bound_with_no_verb_of_change_keeps_it(lang: str, text: str, qualifier: str) -> None:
    assert [q for _, _, q in _read(text, lang)] == [qualifier]
