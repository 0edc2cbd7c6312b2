"""A measure set in brackets after the same measure in another unit is that figure again.

"A wildfire has burned 6,800 hectares (16,800 acres) and killed one
firefighter": the acres took the verb after the brackets (killed) and so
became another event's than the hectares, parting the article's area from
every other outlet's.
"""

from __future__ import annotations

from ._articles import quantities


def test_a_converted_area_takes_the_event_of_the_area_it_converts() -> None:
    text = (
        "A wildfire in Catalonia's Terra Alta district has burned 6,800 hectares "
        "(16,800 acres) and killed one firefighter, the fire service said."
    )
    hectares, acres = (c for c in quantities(text, "en") if c.unit in ("hectares", "acres"))
    assert acres.event == hectares.event == "burned"


def test_a_converted_speed_takes_the_place_of_the_speed_it_converts() -> None:
    text = "Hurricane Milton hit Florida with winds of 120 mph (193 km/h) on Wednesday."
    mph, kmh = quantities(text, "en")[:2]
    assert kmh.place_id == mph.place_id


def test_an_area_outside_brackets_keeps_its_own_frame() -> None:
    text = (
        "The fire has burned 6,800 hectares, the fire service said. In the valley, "
        "16,800 acres of farmland were flooded."
    )
    acres = next(c for c in quantities(text, "en") if c.unit == "acres")
    assert acres.event != "burned"
