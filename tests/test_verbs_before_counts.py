"""A verb right before a head count says what happened to the people counted.

"Рятувальники врятували 62 людини", "Poliția a reținut 23 de persoane",
"قامت فرق الإنقاذ بإنقاذ 62 شخصا": the rescued and the arrested, as "killed 150
people" is the killed ([counted_before] in uk, ru, ro, ar).
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("uk", "Рятувальники врятували 48 людей.", "rescued"),
        ("uk", "Поліція затримала 17 осіб.", "arrested"),
        ("ru", "Полиция задержала 17 человек.", "arrested"),
        ("ro", "Poliția a reținut 17 persoane.", "arrested"),
        ("ar", "قامت فرق الإنقاذ بإنقاذ 48 شخصا.", "rescued"),
        ("ar", "اعتقلت الشرطة 17 شخصا.", "arrested"),
    ],
)
def test_a_verb_before_a_head_count_names_its_status(language: str, text: str, unit: str) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == unit


def test_an_italian_gerund_with_its_clitic_names_the_injured() -> None:
    import crosscheck

    text = "Un uomo ha aperto il fuoco, uccidendo sette persone e ferendone altre 25."
    rep = crosscheck.report(
        [crosscheck.Article(id="a", text=text, language="it", published="2025-06-02")]
    )
    units = [(c.unit, c.increment) for c in rep.claims if c.kind == "quantity"]
    assert units == [("killed", False), ("injured", False)]
