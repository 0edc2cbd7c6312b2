"""A second body that opens the next sentence with its own figure gives a rival reading.

"The regional government said hail had damaged 8,000 hectares of orchards. The growers'
union says that more than 11,000 hectares were hit": no word of contrast
stands between the two, and the union's clause goes on after its figure (no
bare reading), yet one article sets two bodies' figures of one unit and one day
side by side, a sentence each: the two are readings of one quantity
(``claims._rivals._answering_body``), so the aligner compares them and the judge
sets them against each other. Not one body's two figures, not two days' figures,
not a part of the first (far smaller), not a plain head count (whose clause says
what the people are), not a figure whose credit follows it, and not two states of
an area (burned and saved: ``[frames.area_states] saved``; damaged is affected).
"""

from __future__ import annotations

import pytest

from crosscheck.claims._rivals import bounds_key

from ._articles import opposed, quantities, story_report

# A provincial office's area of damaged orchards, then a growers' body's higher one in
# the next sentence, each as of the article's day, in seven languages.
ANSWERED = [
    (
        "en",
        "The regional government said hail had damaged 8,000 hectares of orchards. The "
        "growers' union says that more than 11,000 hectares were hit.",
    ),
    (
        "fr",
        "La préfecture a recensé 8 000 hectares de vergers endommagés par la grêle. "
        "Le syndicat des arboriculteurs affirme que plus de 11 000 hectares ont été touchés.",
    ),
    (
        "de",
        "Das Landratsamt beziffert die vom Hagel beschädigte Obstfläche auf 8.000 Hektar. "
        "Der Obstbauverband spricht von mehr als 11.000 Hektar betroffener Fläche.",
    ),
    (
        "pt",
        "A câmara municipal contabilizou 8.000 hectares de pomares danificados pelo "
        "granizo. A associação dos fruticultores garante que mais de 11.000 hectares "
        "foram atingidos.",
    ),
    (
        "ro",
        "Prefectura a estimat la 8.000 de hectare suprafața de livezi afectată de "
        "grindină. Asociația pomicultorilor susține că peste 11.000 de hectare au fost "
        "afectate.",
    ),
    (
        "it",
        "La Provincia stima in 8.000 ettari i frutteti danneggiati dalla grandine. "
        "L'associazione dei frutticoltori sostiene che oltre 11.000 ettari sono stati "
        "colpiti.",
    ),
]


def _by_low(text: str, lang: str) -> dict[int, tuple[str, ...]]:
    """Each figure's low bound and the bounds its article sets against it."""
    return {int(c.low or 0): c.rival_readings for c in quantities(text, lang) if c.low}


@pytest.mark.parametrize(("lang", "text"), ANSWERED)
def test_the_next_sentence_s_body_reads_the_same_area(lang: str, text: str) -> None:
    claims = {int(c.low or 0): c for c in quantities(text, lang) if c.low}
    assert bounds_key(claims[11000]) in claims[8000].rival_readings
    assert bounds_key(claims[8000]) in claims[11000].rival_readings


@pytest.mark.parametrize(("lang", "text"), ANSWERED[:3])
def test_the_two_bodies_figures_conflict(lang: str, text: str) -> None:
    report = story_report([("2025-07-16", lang, text)], "hail")
    assert frozenset((8000, 11000)) in opposed(report, lambda c: c.low)


# must-NOT: each keeps its old reading (no rival marked)
NOT_ANSWERED = [
    # one body's two figures (the names share a word): the office revising its count
    (
        "en",
        "The regional government said hail had damaged 8,000 hectares of orchards. The "
        "regional farm office says that more than 11,000 hectares were hit.",
    ),
    # two days' figures
    (
        "en",
        "On Monday the regional government said hail had damaged 8,000 hectares of "
        "orchards. On Wednesday the growers' union said that more than 11,000 hectares "
        "were hit.",
    ),
    # a part of the first: far smaller
    (
        "es",
        "Los bomberos informaron de que 6.000 hectáreas habían sido afectadas. La "
        "dirección del parque natural asegura que 700 hectáreas del parque fueron "
        "afectadas.",
    ),
    # a plain head count: its clause says what the people are
    (
        "en",
        "The ministry said 3,000 people had to leave their homes. The Red Cross said "
        "1,800 people were sleeping in its shelters.",
    ),
    # the second body named after its figure
    (
        "en",
        "The regional government said hail had damaged 8,000 hectares of orchards. More "
        "than 11,000 hectares were hit, the growers' union said.",
    ),
    # two states of an area: burned, then saved
    (
        "en",
        "The fire brigade said 3,000 hectares had burned. The forestry office said 2,500 "
        "hectares were saved.",
    ),
    (
        "de",
        "Die Feuerwehr sagte, 3.000 Hektar seien verbrannt. Das Forstamt sagte, 2.500 "
        "Hektar seien gerettet worden.",
    ),
    (
        "fr",
        "Les pompiers ont indiqué que 3 000 hectares avaient brûlé. L'Office des forêts "
        "affirme que 2 500 hectares ont été épargnés.",
    ),
    # burned, then evacuated
    (
        "en",
        "The fire brigade said 3,000 hectares had burned. The civil protection said "
        "2,000 hectares had been evacuated.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ANSWERED)
def test_no_rival_reading(lang: str, text: str) -> None:
    assert not any(_by_low(text, lang).values())


# The area data: damaged is affected, saved (spared) is a state of its own.
STATES = [
    ("en", "Hail damaged 4,000 hectares of vines.", "affected"),
    ("fr", "La grêle a endommagé 4 000 hectares de vignes.", "affected"),
    ("it", "Sono 4.000 gli ettari di vigneti danneggiati.", "affected"),
    ("nl", "Er is 4.000 hectare beschadigd door de hagel.", "affected"),
    ("pl", "Według wojewody 4000 hektarów upraw zostało uszkodzonych przez grad.", "affected"),
    ("en", "Firefighters said 4,000 hectares of forest were saved.", "saved"),
    ("de", "Die Feuerwehr sagte, 4.000 Hektar Wald seien gerettet worden.", "saved"),
    ("es", "Los bomberos dicen que 4.000 hectáreas de bosque fueron salvadas.", "saved"),
    ("pt", "Os bombeiros dizem que 4.000 hectares de floresta foram poupados.", "saved"),
    ("ru", "Пожарные сообщили, что 4000 гектаров леса спасены.", "saved"),
]


@pytest.mark.parametrize(("lang", "text", "state"), STATES)
def test_area_states(lang: str, text: str, state: str) -> None:
    claims = [c for c in quantities(text, lang) if c.unit == "hectares"]
    assert claims
    assert claims[-1].event == state
