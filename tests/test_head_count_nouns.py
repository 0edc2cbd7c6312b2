"""What a head count counts: travellers are passengers, and a toll's noun is not its event.

Our own sentences, written as wire copy of a train crash, a ferry, a mine fire and a
building collapse. Travellers on a train or a ship ("voyageurs", "Reisende", "reizigers",
"viajeros") are its passengers, as "passengers" and "passagiers" are, so the two figures
are set against each other; a status said of them still wins ("douze voyageurs ont été
tués" counts the dead), and pilgrims stay people. A toll of the dead or injured ("число
погибших", "the number of dead", "el número de muertos") names what its figure counts;
the noun after it ("при землетрясении", "in the fires", the disaster they died in) is
not what is counted, while a count noun with no such toll before it keeps its own noun
("Number of earthquakes: 21").
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _unit(text: str, language: str, surface: str) -> str | None:
    """The unit of the figure whose text starts with ``surface``."""
    found = [q for q in find_quantities(text, language) if q.text.startswith(surface)]
    assert found, [q.text for q in find_quantities(text, language)]
    return found[0].unit


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("en", "The ferry was carrying 300 travellers when it capsized.", "300"),
        ("fr", "Environ 140 voyageurs se trouvaient à bord du train.", "Environ 140"),
        ("de", "Im Zug saßen nach Angaben der Bahn rund 200 Reisende.", "rund 200"),
        ("nl", "In de trein zaten ongeveer 140 reizigers.", "ongeveer 140"),
        ("es", "El ferri llevaba unos 140 viajeros.", "unos 140"),
        ("it", "Sul treno viaggiavano 140 viaggiatori.", "140"),
        ("ca", "Al tren hi viatjaven 140 viatgers.", "140"),
        ("pt", "O comboio levava 140 viajantes.", "140"),
        ("ro", "În tren se aflau 140 de călători.", "140"),
        ("pl", "W pociągu było 140 podróżnych.", "140"),
    ],
)
def test_travellers_are_passengers(language: str, text: str, surface: str) -> None:
    assert _unit(text, language, surface) == "passengers"


@pytest.mark.parametrize(
    ("language", "text", "surface", "unit"),
    [
        ("en", "Twelve travellers were killed when the ferry sank.", "Twelve", "killed"),
        ("fr", "Douze voyageurs ont été tués dans l'accident du train.", "Douze", "killed"),
        ("de", "Zwölf Reisende wurden bei dem Zugunglück verletzt.", "Zwölf", "injured"),
        ("nl", "Twaalf reizigers raakten gewond bij de treinbotsing.", "Twaalf", "injured"),
        ("es", "Doce viajeros murieron en el naufragio.", "Doce", "killed"),
        ("fr", "Environ 2 000 pèlerins étaient présents.", "Environ 2 000", "people"),
        ("en", "About 2,000 pilgrims had gathered at the shrine.", "About 2,000", "people"),
    ],
)
def test_travellers_with_a_status_count_it_and_pilgrims_stay_people(
    language: str, text: str, surface: str, unit: str
) -> None:
    assert _unit(text, language, surface) == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Власти уточнили число погибших при землетрясении на Крите: 21 человек"),
        ("ru", "Число погибших при землетрясении выросло до 21 человека."),
        ("en", "The number of dead in the mine fires rose to 21."),
        ("en", "The number of dead from the earthquakes: 21."),
        ("fr", "Le nombre de morts des séismes s'élève à 21."),
        ("es", "El número de muertos en los terremotos asciende a 21."),
        ("es", "Número de muertos por los incendios: 21"),
        ("it", "Il numero dei morti nei terremoti: 21"),
    ],
)
def test_the_noun_after_a_toll_of_the_dead_is_not_counted(language: str, text: str) -> None:
    assert _unit(text, language, "21") == "killed"


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "Number of earthquakes: 21", "earthquakes"),
        ("fr", "Nombre de séismes : 21", "earthquakes"),
        ("es", "Número de terremotos: 21", "earthquakes"),
        ("ru", "Число землетрясений за сутки: 21", "earthquakes"),
        ("es", "El número total de militares desplegados se elevará a 7.000.", "troops"),
        ("en", "The number of evacuated people rose to 300.", "evacuated"),
        ("pl", "Liczba ewakuowanych osób wzrosła do 300.", "evacuated"),
    ],
)
def test_a_count_noun_without_a_toll_before_it_keeps_its_noun(
    language: str, text: str, unit: str
) -> None:
    (q,) = [q for q in find_quantities(text, language) if q.value is not None]
    assert q.unit == unit
