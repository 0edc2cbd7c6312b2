"""A headline that restates its body's figure reads the body's rivals too, and two
readings an article marks side by side stay rivals in a running count up to twice apart.

"2.1 million hens to be culled … The veterinary service said 2.1 million hens
would be culled. The poultry farmers' federation put the number at more than 3.5
million": the body's 2.1 million and the federation's figure mark each other as
rival readings (``Claim.rival_readings``); the headline gives the same figure of
the same unit, credited to the same body or to no one, and reads the same rival
(``claims._rivals._restated``), unless it names a place the body's does not. In a
count that rises day by day (1.5 million on Monday), the day's two marked
readings are rivals, not the count's course, when they lie within
``MARKED_MAX_RATIO`` (2.0) of each other with no word of contrast between them
(``judge._findings._contrasted_pairs``); further apart they may be two stages.
"""

from __future__ import annotations

import pytest

from ._articles import opposed, quantities, story_report

RESTATED = [
    (
        "en",
        "2.1 million hens to be culled after bird flu outbreak\n\nThe veterinary service "
        "said on Wednesday that 2.1 million hens on 14 farms would be culled. The poultry "
        "farmers' federation put the number at more than 3.5 million.",
    ),
    (
        "fr",
        "2,1 millions de poules vont être abattues après un foyer de grippe aviaire\n\nLes "
        "services vétérinaires ont annoncé mercredi que 2,1 millions de poules de 14 "
        "élevages seraient abattues. La fédération des aviculteurs avance le chiffre de "
        "plus de 3,5 millions.",
    ),
    (
        "es",
        "Sacrificarán 2,1 millones de gallinas por la gripe aviar\n\nLos servicios "
        "veterinarios informaron el miércoles de que se sacrificarán 2,1 millones de "
        "gallinas en 14 granjas. La federación de avicultores eleva la cifra a más de 3,5 "
        "millones.",
    ),
    (
        "it",
        "Aviaria, saranno abbattute 2,1 milioni di galline\n\nIl servizio veterinario ha "
        "comunicato mercoledì che saranno abbattute 2,1 milioni di galline in 14 "
        "allevamenti. La federazione degli avicoltori parla di oltre 3,5 milioni.",
    ),
    (
        "pt",
        "Serão abatidas 2,1 milhões de galinhas devido à gripe aviária\n\nOs serviços "
        "veterinários anunciaram na quarta-feira que 2,1 milhões de galinhas de 14 "
        "explorações seriam abatidas. A federação dos avicultores fala em mais de 3,5 "
        "milhões.",
    ),
    (
        "ro",
        "2,1 milioane de găini vor fi sacrificate din cauza gripei aviare\n\nServiciul "
        "veterinar a anunțat miercuri că 2,1 milioane de găini din 14 ferme vor fi "
        "sacrificate. Federația crescătorilor de păsări vorbește de peste 3,5 milioane.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RESTATED)
def test_the_headline_reads_the_body_s_rival(lang: str, text: str) -> None:
    headline = quantities(text, lang, "2025-01-22")[0]
    assert headline.low == 2100000
    assert "3500000:" in headline.rival_readings


# must-NOT: a headline that names a place its body's figure does not keeps no marks
def test_a_headline_of_its_own_place_reads_no_rival() -> None:
    text = (
        "2.1 million hens to be culled in Lombardy\n\nThe veterinary service said on "
        "Wednesday that 2.1 million hens on 14 farms would be culled. The poultry "
        "farmers' federation put the number at more than 3.5 million."
    )
    headline = quantities(text, "en", "2025-01-22")[0]
    assert headline.place_id is not None
    assert not headline.rival_readings


# A running count (Monday's 1.5 million), then Wednesday's two marked readings.
MONDAY = {
    "en": "The veterinary service said on Monday that 1.5 million hens would be culled.",
    "fr": "Les services vétérinaires ont annoncé lundi que 1,5 million de poules seraient "
    "abattues.",
    "es": "Los servicios veterinarios informaron el lunes de que se sacrificarán 1,5 millones "
    "de gallinas.",
    "it": "Il servizio veterinario ha comunicato lunedì che saranno abbattute 1,5 milioni di "
    "galline.",
    "pt": "Os serviços veterinários anunciaram na segunda-feira que 1,5 milhões de galinhas "
    "seriam abatidas.",
}


@pytest.mark.parametrize(("lang", "text"), [r for r in RESTATED if r[0] in MONDAY])
def test_marked_readings_of_a_running_count_conflict(lang: str, text: str) -> None:
    report = story_report([("2025-01-20", lang, MONDAY[lang]), ("2025-01-22", lang, text)], "flu")
    assert frozenset((2100000, 3500000)) in opposed(report, lambda c: c.low)


# must-NOT: readings further apart than twice stay the count's course (no conflict)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_readings_far_apart_stay_stages(lang: str) -> None:
    text = dict(RESTATED)[lang].replace("3.5", "4.6").replace("3,5", "4,6")
    report = story_report([("2025-01-20", lang, MONDAY[lang]), ("2025-01-22", lang, text)], "flu")
    assert frozenset((2100000, 4600000)) not in opposed(report, lambda c: c.low)
