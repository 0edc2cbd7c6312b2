"""One group of people named by two words: the evacuated of a story are its displaced.

News names the people an evacuation drove from their homes by either word ("180
evacuati" in a headline, "gli sfollati salgono a 240" the next day), and by phrases of
leaving home ("had been forced out", "hanno passato la notte fuori casa"). Their figures
were compared only under one word, so one count told as "evacuated" and as "displaced"
was never set against itself (``compared_as`` in ``concepts.toml``). The dead, the
injured, the homeless and the arrested stay counts of their own.

A status word after a noun of things is that noun's adjective: "los edificios
desalojados ascienden a nueve" counts buildings, not people evacuated.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article
from crosscheck.align._quantity import counted

from ._articles import quantities


def _unit_of(language: str, text: str) -> str | None:
    (claim,) = quantities(text, language)
    return claim.unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A residents' group said more than 300 people had been forced out."),
        ("en", "About 250 residents spent the night away from home."),
        ("it", "Oltre 300 persone sono state costrette a lasciare le proprie abitazioni."),
        ("it", "Circa 250 residenti hanno passato la notte fuori casa."),
        ("es", "Unas 250 personas pasaron la noche fuera de casa."),
        ("ca", "Unes 250 persones han passat la nit fora de casa."),
        ("pt", "Cerca de 250 pessoas passaram a noite fora de casa."),
        ("de", "Rund 250 Menschen verbrachten die Nacht außer Haus."),
        ("nl", "Zo'n 250 bewoners moesten hun woningen verlaten."),
        ("ro", "Aproximativ 250 de oameni au petrecut noaptea în afara casei."),
        ("pl", "Około 250 osób spędziło noc poza domem."),
        ("ru", "Около 250 человек провели ночь вне дома."),
        ("uk", "Близько 250 людей провели ніч поза домом."),
        ("ar", "قال المسؤولون إن 250 شخصا قضوا الليلة خارج منازلهم."),
    ],
)
def test_people_who_left_their_homes_are_displaced(language: str, text: str) -> None:
    assert _unit_of(language, text) == "displaced"


def test_people_cleared_out_are_evacuated() -> None:
    assert _unit_of("it", "Circa 250 persone sono state sgomberate.") == "evacuated"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # a verb of forcing out with no one leaving home names no displacement
        ("en", "The company forced out 3 directors.", None),
        # a building cleared is a building, never a count of people
        ("it", "Sono state sgomberate 3 palazzine.", None),
        ("en", "About 250 people spent the night in the stadium.", "people"),
    ],
)
def test_other_leavings_are_no_displacement(language: str, text: str, unit: str | None) -> None:
    assert _unit_of(language, text) == unit


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("es", "Los edificios desalojados ascienden a nueve.", "buildings"),
        ("ca", "Els edificis desallotjats pugen a nou.", "buildings"),
        ("pt", "Os edifícios evacuados sobem para nove.", "buildings"),
        ("it", "Gli edifici evacuati salgono a nove.", "buildings"),
        # must not: people with a status before the verb are counted by their status
        ("es", "Los manifestantes detenidos son 40.", "arrested"),
        ("it", "I manifestanti arrestati sono 40.", "arrested"),
        ("it", "Gli sfollati salgono a 240.", "displaced"),
    ],
)
def test_a_status_after_a_noun_of_things_is_its_adjective(
    language: str, text: str, unit: str
) -> None:
    assert _unit_of(language, text) == unit


def _why(language: str, first: str, second: str) -> crosscheck.Explanation:
    rep = crosscheck.report(
        [
            Article(id="a", text=first, language=language, published="2025-03-07", story="s"),
            Article(id="b", text=second, language=language, published="2025-03-08", story="s"),
        ]
    )
    a, b = (c for c in rep.claims if c.kind == "quantity")
    return rep.explain(a, b)


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        (
            "en",
            "The city said 180 residents were evacuated after the sinkhole opened.",
            "The city said 240 residents have been displaced by the sinkhole.",
        ),
        (
            "it",
            "Secondo il Comune, 180 residenti sono stati evacuati dopo la frana.",
            "Secondo il Comune, gli sfollati per la frana salgono a 240.",
        ),
        (
            "es",
            "Según el ayuntamiento, 180 vecinos fueron evacuados tras el derrumbe.",
            "Según el ayuntamiento, 240 vecinos han sido desplazados por el derrumbe.",
        ),
        (
            "fr",
            "Selon la mairie, 180 habitants ont été évacués après l'effondrement.",
            "Selon la mairie, 240 habitants ont été déplacés par l'effondrement.",
        ),
    ],
)
def test_the_evacuated_and_the_displaced_are_compared(
    language: str, first: str, second: str
) -> None:
    why = _why(language, first, second)
    assert why.reason != "different_unit"
    assert why.compared


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        (
            "en",
            "The city said 180 residents were evacuated after the sinkhole opened.",
            "The city said 240 people were killed by the sinkhole.",
        ),
        (
            "en",
            "The city said 180 residents were evacuated after the sinkhole opened.",
            "The city said 240 people were injured by the sinkhole.",
        ),
        (
            "it",
            "Secondo il Comune, 180 residenti sono stati evacuati dopo la frana.",
            "Secondo il Comune, 240 persone sono state arrestate dopo la frana.",
        ),
        (
            "en",
            "The city said 180 residents were displaced by the sinkhole.",
            "The city said 240 people were left homeless by the sinkhole.",
        ),
    ],
)
def test_other_statuses_stay_apart(language: str, first: str, second: str) -> None:
    why = _why(language, first, second)
    assert why.reason == "different_unit"
    assert not why.compared


def test_a_figure_keeps_its_own_unit() -> None:
    (claim,) = quantities("The city said 180 residents were evacuated.", "en")
    assert claim.unit == "evacuated"
    assert counted(claim) == "displaced"
