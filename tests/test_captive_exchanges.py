"""Exchanges of prisoners and of bodies: the freed and returned are prisoners, bodies
handed over are never the toll.

"The previous exchange freed 84 Ukrainians" in an article of a swap of prisoners of war
counts prisoners (concepts.toml [crowds]: the one of prisoners and hostages the article
names), "246 Ukrainians returned from captivity" too ([predicates] returned); "gunmen
freed 24 people" after a kidnapping stays a count of hostages. "Russia handed over 1,000
bodies" counts bodies handed over (``bodies_handed_over``), a later stage of the work on
the dead; "handed over 250 prisoners" keeps its prisoners, "the rescuers recovered 19
bodies" its bodies recovered and "1,000 killed" its killed.
"""

from __future__ import annotations

import pytest

import crosscheck

from ._articles import quantities


def _unit(text: str, lang: str, figure: str) -> str | None:
    """The claim unit of the figure whose text holds ``figure``."""
    found = [c.unit for c in quantities(text, lang) if figure in c.text]
    assert found, (figure, [(c.text, c.unit) for c in quantities(text, lang)])
    return found[0]


def _quantity_unit(text: str, lang: str, figure: str) -> str | None:
    """The extracted unit of the figure whose text holds ``figure``."""
    found = [q.unit for q in crosscheck.find_quantities(text, language=lang) if figure in q.text]
    assert found, figure
    return found[0]


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "Ukraine and Russia agreed to exchange 250 prisoners of war each. "
            "The previous exchange, in June, freed 84 Ukrainians.",
            "84",
        ),
        (
            "en",
            "On Saturday, 120 people returned from captivity, the prisoners' staff said.",
            "120",
        ),
        (
            "uk",
            "Сторони обміняли полонених. У суботу з російського полону повернулися 95 українців.",
            "95",
        ),
        ("ru", "После обмена пленными из украинского плена вернулись 110 человек.", "110"),
        ("pl", "Po wymianie jeńców na wolność wyszło 77 Ukraińców.", "77"),
        (
            "de",
            "Beim Austausch der Gefangenen wurden 64 Menschen freigelassen.",
            "64",
        ),
        ("it", "Nello scambio di prigionieri sono stati liberati 58 ucraini.", "58"),
        ("es", "En el canje de prisioneros fueron liberados 41 ucranianos.", "41"),
    ],
)
def test_the_freed_and_returned_of_a_swap_are_prisoners(lang: str, text: str, figure: str) -> None:
    assert _unit(text, lang, figure) == "prisoners"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Gunmen who kidnapped the villagers freed 24 people on Sunday.", "24"),
        ("fr", "Les ravisseurs ont libéré 24 personnes, et 10 otages restent aux mains.", "24"),
        ("es", "Los secuestradores liberaron a 24 personas el domingo.", "24"),
        # hostages freed for prisoners: both named, the release keeps the table's crowd
        ("en", "Hamas freed 3 people in exchange for 90 prisoners and hostages.", "3"),
    ],
)
def test_the_freed_of_a_kidnapping_stay_hostages(lang: str, text: str, figure: str) -> None:
    assert _unit(text, lang, figure) == "hostages"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Russia handed over 1,000 bodies to Ukraine on Sunday.", "1,000"),
        ("en", "Kyiv repatriated the bodies of 909 soldiers, officials said.", "909"),
        ("uk", "Україні повернули тіла 1000 загиблих.", "1000"),
        ("uk", "Україна передала 19 тіл російських військових.", "19"),
        ("ru", "Россия передала 1000 тел военных Украине.", "1000"),
        ("de", "Russland übergab 1000 Leichen an die Ukraine.", "1000"),
        ("pl", "Rosja przekazała ciała 757 poległych żołnierzy.", "757"),
        ("fr", "La Russie a restitué les corps de 900 soldats ukrainiens.", "900"),
    ],
)
def test_bodies_handed_over_by_one_side(lang: str, text: str, figure: str) -> None:
    assert _quantity_unit(text, lang, figure) == "bodies_handed_over"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "unit"),
    [
        ("en", "Russia handed over 250 prisoners to Ukraine.", "250", "prisoners"),
        ("en", "The rescuers recovered 19 bodies from the river.", "19", "bodies_recovered"),
        ("en", "The strike left 1,000 killed, officials said.", "1,000", "killed"),
        ("uk", "Росія передала Україні 250 полонених.", "250", "prisoners"),
        ("ru", "Спасатели извлекли 19 тел.", "19", "bodies_recovered"),
        ("de", "Russland übergab 250 Gefangene an die Ukraine.", "250", "prisoners"),
        ("de", "Bei dem Angriff wurden 1000 Menschen getötet.", "1000", "killed"),
        ("fr", "La Russie a remis 250 prisonniers à l'Ukraine.", "250", "prisoners"),
    ],
)
def test_the_living_handed_over_and_the_dead_keep_their_unit(
    lang: str, text: str, figure: str, unit: str
) -> None:
    assert _quantity_unit(text, lang, figure) == unit


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("en", "On Saturday, 120 Ukrainians returned from captivity.", "prisoners"),
        ("en", "On Sunday 3,000 Ukrainians marched through Warsaw.", "protesters"),
    ],
)
def test_a_head_count_of_a_people_is_a_crowd_of_its_event(lang: str, text: str, unit: str) -> None:
    # a word for a country's people after the figure counts people, as "people" does
    (q,) = quantities(text, lang)
    assert q.unit == unit


def test_a_head_count_of_a_people_with_no_event_keeps_no_unit() -> None:
    (q,) = quantities("On Saturday, 120 Ukrainians gathered in the square.", "en")
    assert q.unit is None
