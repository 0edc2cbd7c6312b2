"""What a figure counts when its noun is a settlement, a job cut, an onlooker or a driver,
when a headline verb or a dismissal verb stands before it, and when a German status
attribute stands before a thing.

Localities ("112 localities", "140 населённых пунктах"), job cuts ("1,450 job cuts",
"1.450 despidos"), spectators and drivers had no words, so their figures took no unit
and were never compared. A headline's present tense ("Police arrest 87 after …") was no
verb of arrest. Dismissing people counts the jobs cut, not a workforce ("vol acomiadar
1.450 treballadors"). A status said of people in hospital by a verb of being brought
there ("15 уболівальників доправили до лікарні") counts the hospitalised. And German
nouns are capitalised: a listed noun written in lower case is a verb or an attribute
("Tausende sitzen fest" is no seats), whose status goes to a head count after it, never
to a thing ("5000 eingeschlossenen Fahrzeugen" are vehicles).
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
        # settlements counted: places, never people
        ("en", "Tap water is now rationed in 57 localities of the county.", "57", "municipalities"),
        ("it", "L'acqua è razionata in 57 località della provincia.", "57", "municipalities"),
        ("fr", "L'eau est rationnée dans 57 localités du département.", "57", "municipalities"),
        ("ru", "Воду подают по графику в 57 населённых пунктах области.", "57", "municipalities"),
        ("uk", "Воду подають за графіком у 57 населених пунктах області.", "57", "municipalities"),
        ("ar", "تم تقنين المياه في 57 بلدة في المحافظة.", "57", "municipalities"),
        # job cuts by their own nouns
        ("en", "Staff marched against the 830 job cuts planned by the firm.", "830", "jobs"),
        ("es", "La aseguradora anuncia 830 despidos en Sevilla.", "830", "jobs"),
        ("it", "La banca annuncia 830 licenziamenti a Torino.", "830", "jobs"),
        ("de", "Die Reederei kündigt 830 Entlassungen an.", "830", "jobs"),
        ("ro", "Fabrica anunță 830 de concedieri la Pitești.", "830", "jobs"),
        ("pl", "Huta zapowiada 830 zwolnień w Katowicach.", "830", "jobs"),
        # dismissing people counts the jobs cut
        ("ca", "La fàbrica vol acomiadar 640 treballadors a Terrassa.", "640", "jobs"),
        ("en", "The brewery will lay off 640 workers next year.", "640", "jobs"),
        ("ro", "Grupul a anunțat concedierea a 640 de angajați.", "640", "jobs"),
        ("es", "La cadena despedirá a 640 empleados en Galicia.", "640", "jobs"),
        ("ru", "Комбинат уволит 640 рабочих до конца года.", "640", "jobs"),
        # onlookers and drivers are people
        ("pl", "Wyścig obejrzało 12 300 widzów.", "12 300", "people"),
        ("fr", "Le concert a réuni 12 300 spectateurs.", "12 300", "people"),
        ("it", "Alla gara c'erano 12.300 spettatori.", "12.300", "people"),
        ("nl", "Langs de weg stonden 12.300 toeschouwers.", "12.300", "people"),
        ("es", "Unos 300 camioneros protestaron en la frontera.", "300", "protesters"),
        ("uk", "На кордоні чекають 300 водіїв.", "300", "people"),
        # a headline's present tense: the figure counts the arrested
        ("en", "Police arrest 31 after riot at cup final", "31", "arrested"),
        ("pt", "Polícia detém 31 após confrontos no estádio", "31", "arrested"),
        ("ru", "Полиция задерживает 31 после беспорядков на стадионе", "31", "arrested"),
        ("ar", "الشرطة تعتقل 31 بعد أعمال شغب في الملعب", "31", "arrested"),
        # brought to hospital, or still in hospitals: the hospitalised
        ("uk", "26 пасажирів доправили до лікарні, повідомили медики.", "26", "hospitalized"),
        ("ar", "وقال المسؤول إن ستة ركاب ما زالوا في مستشفيات المدينة.", "ستة", "hospitalized"),
        # German: a listed noun in lower case is a verb or an attribute
        ("de", "Mehr als 4000 eingeschlossenen Fahrzeugen drohte die Kälte.", "4000", "vehicles"),
        ("de", "In 45 betroffenen Gemeinden fiel der Strom aus.", "45", "municipalities"),
    ],
)
def test_unit(language: str, text: str, figure: str, unit: str) -> None:
    assert _unit_of(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # a workforce nobody dismisses stays workers
        ("en", "The plant employs 6,200 workers.", "6,200", "workers"),
        ("ca", "La planta té 6.200 treballadors.", "6.200", "workers"),
        ("ro", "Fabrica are 6.200 de angajați.", "6.200", "workers"),
        # a venue's capacity stays its places, whoever sits in them
        ("en", "The arena has a capacity of 18,000 spectators.", "18,000", "seats"),
        ("de", "Die Halle bietet Platz für 18.000 Zuschauer.", "18.000", "seats"),
        # a capitalised German noun is read as ever
        ("de", "Die Partei gewann 55 Sitze im Landtag.", "55", "seats"),
        ("de", "Die Bergwacht sucht noch 12 Eingeschlossene.", "12", "trapped"),
        # a status attribute before people still gives them its status
        ("de", "Die Zeitung schrieb von 9000 getöteten russischen Soldaten.", "9000", "killed"),
        ("de", "Es gab 40 verletzte Menschen.", "40", "injured"),
        # a present tense of arrest that folds to no other verb ("arrête" would be "arrêté",
        # decreed: tests/test_crowd_counts.py keeps "a arrêté 3 mesures" no arrest)
        ("fr", "La police interpelle 31 supporters après le match.", "31", "arrested"),
        # a past arrest keeps its reading
        ("en", "Police arrested 31 people after the match.", "31", "arrested"),
    ],
)
def test_unit_kept(language: str, text: str, figure: str, unit: str) -> None:
    assert _unit_of(language, text, figure) == unit


def test_lower_case_verb_is_no_seats() -> None:
    """ "Tausende sitzen fest": the verb "sitzen" is no dative of "Sitz"."""
    units = [c.unit for c in quantities("Tausende sitzen nach dem Sturm fest.", "de")]
    assert "seats" not in units
