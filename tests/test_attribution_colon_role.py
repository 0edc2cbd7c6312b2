"""A role noun with its article before a headline colon speaks ("Il sindaco: «Ancora 4
dispersi»", "Le préfet : « 4 disparus »"), as a bare role or name does; an article before
a noun that names the figure or the event ("Il bilancio: …") still names no one."""

from __future__ import annotations

import pytest

from crosscheck.extract._context import context
from crosscheck.lang import get_language


def _source(language: str, text: str, figure: str) -> str | None:
    at = text.index(figure)
    found = context(text, 0, len(text), at, at + len(figure), get_language(language))
    return found.attribution.source if found.attribution is not None else None


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("it", "Il sindaco: «Ancora 4 dispersi»", "Il sindaco"),
        ("fr", "Le préfet : « 4 disparus »", "Le préfet"),
        ("en", "The mayor: '4 still missing'", "The mayor"),
    ],
)
def test_an_articled_role_before_a_colon_speaks(language: str, text: str, source: str) -> None:
    assert _source(language, text, "4") == source


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il bilancio: 4 dispersi"),
        ("es", "Las inundaciones: 4 desaparecidos"),
        ("fr", "Le bilan : 4 disparus"),
    ],
)
def test_an_articled_label_before_a_colon_names_no_one(language: str, text: str) -> None:
    assert _source(language, text, "4") is None
