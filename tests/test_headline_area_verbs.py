"""A fire's area in a headline's present tense names the burning, as the past tense does.

Headlines tell of a fire in the present ("Catalonia wildfire burns 6,800
hectares", "L'incendi crema ja 4.500 hectàrees"); without the present forms
in ``[frames.area_events]`` the figure took another verb of its headline
("Firefighter killed as ... burns 6,800 hectares": killed) and was set apart
from the body's "has burned 6,800 hectares" as a different event.
"""

from __future__ import annotations

import pytest

from ._articles import quantities


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Firefighter killed as Catalonia wildfire burns 6,800 hectares"),
        ("es", "El incendio de la Terra Alta arrasa 6.800 hectáreas"),
        ("ca", "L'incendi de la Terra Alta crema ja 4.500 hectàrees"),
        ("fr", "Catalogne : l'incendie ravage 8 000 hectares"),
        ("it", "Catalogna, l'incendio divora 6.800 ettari"),
        ("pt", "Incêndio na Catalunha consome 6.800 hectares"),
        ("ro", "Incendiul din Catalonia mistuie 6.800 de hectare"),
    ],
)
def test_a_fire_headline_in_the_present_names_the_burning(language: str, text: str) -> None:
    area = next(
        c for c in quantities(text + "\n\nMore soon.", language) if c.low in (4500, 6800, 8000)
    )
    assert area.event == "burned"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Floods destroy crops as the river devastates 5,000 hectares"),
        ("es", "La riada arrasa 5.000 hectáreas de cultivos"),
    ],
)
def test_a_headline_area_with_no_fire_named_names_no_burning(language: str, text: str) -> None:
    (area,) = quantities(text + "\n\nMore soon.", language)
    assert area.event != "burned"
