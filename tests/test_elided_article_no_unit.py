"""A one-letter unit symbol followed by an apostrophe and a letter is an elided article,
not the symbol: Catalan "16 l'any passat" is no 16 litres."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # the elided article of the next word
        ("ca", "Eren 16 l'any passat.", None),
        ("ca", "Van morir 16 l'any passat.", "killed"),
        ("ca", "Van morir 16 l\u2019any passat.", "killed"),
        # the symbol itself, before a space, a stop or a slash
        ("ca", "Van consumir 16 l d'aigua.", "litres"),
        ("ca", "Hi ha 16 l.", "litres"),
        ("ca", "Han caigut 16 l/m2.", "rainfall_l_m2"),
        ("en", "They drank 16 l of water.", "litres"),
    ],
)
def test_elided_article_after_a_figure(language: str, text: str, unit: str | None) -> None:
    (q,) = find_quantities(text, language=language)
    assert (q.low, q.unit) == (16, unit)
