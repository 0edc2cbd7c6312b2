"""What a head count counts when an aside naming a part of it stands before its predicate,
what a bare figure counts when a contrast word sets it against a counted one, and what a
generic head count counts after a fronted partitive that names a group.

"19 pessoas, entre as quais seis tripulantes, ficaram feridas": the aside opens with a
partitive, so its figure is a part of the head count and the predicate after it is the
head's too (the 19 were injured, not 19 people). An aside with a figure of its own that
opens with no partitive ("121 people, three of them children, were killed") still keeps
the predicate from the head, as before.

"1180 statt 1450 Stellen", "1,180 instead of 1,450 jobs": the bare figure replaces the
counted one right after the contrast word, so it counts what that one counts; and "Statt
der geplanten 1450 Stellen sollen nun 1180 wegfallen": a contrast word that opens the
sentence sets the counted figure aside for the bare one after it.

"Entre os passageiros havia 41 portugueses": a generic head count (a demonym, "people")
after a fronted partitive naming a group of people is a part of that group, counted in its
unit (passengers); a head of its own ("12 children") or a status group (a toll) keeps its
reading.
"""

from __future__ import annotations

import pytest

from ._articles import quantities


def _unit_of(language: str, text: str, figure: str) -> str | None:
    """The unit of the one quantity claim whose text holds ``figure``."""
    (unit,) = [c.unit for c in quantities(text, language) if figure in c.text]
    return unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # a part named in an aside: the predicate after it is the head's
        (
            "pt",
            "No total, 23 pessoas, entre as quais cinco crianças, ficaram feridas.",
            "23",
            "injured",
        ),
        ("en", "Altogether 23 people, among them five children, were injured.", "23", "injured"),
        (
            "es",
            "En total, 23 personas, entre ellas cinco niños, resultaron heridas.",
            "23",
            "injured",
        ),
        ("fr", "Au total, 23 personnes, dont cinq enfants, ont été blessées.", "23", "injured"),
        (
            "it",
            "In tutto 23 persone, tra cui cinque bambini, sono rimaste ferite.",
            "23",
            "injured",
        ),
        ("de", "Insgesamt 23 Menschen, darunter fünf Kinder, wurden verletzt.", "23", "injured"),
        # a bare figure set against the counted one right after a contrast word
        ("de", "Nach der Einigung fallen 930 statt 1200 Stellen weg.", "930", "jobs"),
        ("en", "The mill will now cut 930 instead of 1,200 jobs.", "930", "jobs"),
        ("es", "Se suprimirán 930 en lugar de los 1.200 empleos previstos.", "930", "jobs"),
        ("fr", "L'usine supprimera 930 au lieu des 1 200 postes prévus.", "930", "jobs"),
        ("it", "Saranno tagliati 930 invece dei 1.200 posti di lavoro previsti.", "930", "jobs"),
        # a generic head count after a fronted partitive naming a group: a part of it
        (
            "pt",
            "Entre os passageiros havia 27 franceses, segundo o consulado.",
            "27",
            "passengers",
        ),
        ("en", "Among the passengers were 27 Germans, the embassy said.", "27", "passengers"),
        ("de", "Unter den Passagieren waren 27 Franzosen.", "27", "passengers"),
        ("fr", "Parmi les passagers figuraient 27 Allemands.", "27", "passengers"),
        ("es", "Entre los pasajeros había 27 italianos.", "27", "passengers"),
        # or by a partitive of "among" right after the head
        ("pt", "Havia 27 franceses entre os passageiros do voo.", "27", "passengers"),
        ("it", "C'erano 27 tedeschi tra i passeggeri del volo.", "27", "passengers"),
        ("de", "Es waren 27 Franzosen unter den Passagieren.", "27", "passengers"),
        # a contrast word that opens the sentence
        ("de", "Statt der zuerst geplanten 1200 Stellen sollen nun 930 wegfallen.", "930", "jobs"),
    ],
)
def test_unit(language: str, text: str, figure: str, unit: str) -> None:
    assert _unit_of(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # an aside with a figure of its own and no partitive keeps the head's unit
        ("en", "121 people, three of them children, were killed.", "121", "people"),
        # the part keeps its own reading
        (
            "pt",
            "No total, 23 pessoas, entre as quais cinco crianças, ficaram feridas.",
            "cinco",
            "injured",
        ),
        # a comma ends the contrast: the corrected figure keeps its own noun
        ("en", "The fire killed 5, not 7 people.", "7 people", "people"),
        # a head of its own, or a status group, keeps its reading
        ("en", "Among the passengers were 12 children.", "12", "children"),
        ("en", "Among the injured were 27 Germans, the embassy said.", "27", "injured"),
        # "of the" after a head count names no group it is a part of
        ("en", "The mayor met 30 people of the workers' union.", "30", "people"),
        # a bare figure with no contrast word takes nothing from the next one
        ("en", "In 2023 the mill had 900 workers and 30 robots.", "900", "workers"),
        ("de", "Die Firma hat 900 Mitarbeiter und plant 30 neue Stellen.", "900", "workers"),
    ],
)
def test_unit_kept(language: str, text: str, figure: str, unit: str) -> None:
    assert _unit_of(language, text, figure) == unit
