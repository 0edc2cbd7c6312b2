"""Bare figures whose noun a rival, a part or a bound left out, in every language.

A rival's reading of a count told before it ("lost 40 containers …, while the
coastguard put the figure at about 55", "rebajó la cifra a unos 2.000", "fala em pelo
menos 55") counted nothing, so it was never set against the first; nor was a part of a
measure after a relative partitive ("38,000 hectares, of which 9,500 …", "din care",
"de las que"), nor a sum of millions given as a bound ("non più di 5 milioni"). Fishermen
and anglers counted nothing where skiers and drivers count people, and the English
headline's "detain 11" no arrests.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities
from crosscheck.extract._quantities import extract_quantities
from crosscheck.lang import get_language


def _unit_of(language: str, text: str, figure: str) -> str | None:
    found = [q for q in find_quantities(text, language) if figure in q.text]
    assert found, (figure, [q.text for q in find_quantities(text, language)])
    return found[-1].unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # a figure noun and its preposition, the count far before it in its sentence
        (
            "en",
            "The barge lost 40 containers in heavy seas off the northern coast late on "
            "Sunday night, according to a statement its owner issued on Monday morning, "
            "while the harbour authority put the figure at about 55.",
            "55",
            "containers",
        ),
        # the count in the sentence before
        (
            "en",
            "The ferry carried 40 containers in the gale, its owner said on Monday. The "
            "harbour authority put the figure at about 55.",
            "55",
            "containers",
        ),
        (
            "de",
            "Das Schiff verlor in der Nacht 40 Container, teilte die Reederei mit. Die "
            "Hafenbehörde bezifferte die Zahl auf rund 55.",
            "55",
            "containers",
        ),
        (
            "fr",
            "Le navire a perdu 40 conteneurs selon l'armateur. La préfecture maritime "
            "avance le chiffre de 55.",
            "55",
            "containers",
        ),
        # read again twice
        (
            "es",
            "Unos 3.000 pasajeros esperaban en el aeropuerto, según la aerolínea. "
            "El gestor rebajó la cifra a unos 2.000. Un sindicato eleva el número a más "
            "de 4.000.",
            "2.000",
            "passengers",
        ),
        (
            "es",
            "Unos 3.000 pasajeros esperaban en el aeropuerto, según la aerolínea. "
            "El gestor rebajó la cifra a unos 2.000. Un sindicato eleva el número a más "
            "de 4.000.",
            "4.000",
            "passengers",
        ),
        # a reporting verb and its preposition
        (
            "pt",
            "O navio perdeu 40 contentores, segundo o armador. A capitania fala em pelo menos 55.",
            "55",
            "containers",
        ),
        (
            "it",
            "La nave ha perso 40 container, secondo l'armatore. La capitaneria parla di almeno 55.",
            "55",
            "containers",
        ),
    ],
)
def test_a_rival_reading_keeps_the_count_it_puts_again(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit_of(language, text, figure) == unit


def test_a_sentence_read_alone_takes_the_count_of_the_sentence_before() -> None:
    # as a report reads an article: one sentence at a time, the paragraph before given
    lang = get_language("es")
    found = extract_quantities(
        "Un sindicato eleva el número a más de 4.000.",
        lang,
        before="Unos 3.000 pasajeros esperaban en el aeropuerto, según la aerolínea. "
        "El gestor rebajó la cifra a unos 2.000. ",
    )
    assert [q.unit for q in found] == ["passengers"]
    alone = extract_quantities("Un sindicato eleva el número a más de 4.000.", lang)
    assert [q.unit for q in alone] == [None]


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # the figure tells a status of its own after it
        ("en", "The agency said 12 people died. Police said 15 were hurt.", "15"),
        # a noun of its own after it
        (
            "en",
            "The ferry lost 40 containers, while the harbour authority put the figure "
            "at 55 trailers.",
            "55",
        ),
        # far from the count in size
        (
            "nl",
            "Het schip verloor 4000 containers. De havendienst spreekt van 12.",
            "12",
        ),
        # a time after a preposition, no figure noun, no reporting verb
        ("en", "Twelve people were hurt in the crash. The match began at 15.", "15"),
        # a paragraph between
        (
            "es",
            "Unos 3.000 pasajeros quedaron atrapados.\n\nEl gestor rebajó la cifra a unos 2.000.",
            "2.000",
        ),
        # two sentences back, none between that counts
        (
            "pt",
            "O navio perdeu 40 contentores. O porto fechou às 9 horas. A capitania fala "
            "em pelo menos 55.",
            "55",
        ),
    ],
)
def test_a_figure_that_is_no_rival_reading_stays_bare(
    language: str, text: str, figure: str
) -> None:
    assert _unit_of(language, text, figure) != "containers"
    assert _unit_of(language, text, figure) != "passengers"
    assert _unit_of(language, text, figure) != "people"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The suspects declared more than 38,000 hectares, of which 9,500 did not exist."),
        ("fr", "Les suspects ont déclaré plus de 38 000 hectares, dont 9 500 n'existaient pas."),
        (
            "es",
            "Declararon más de 38.000 hectáreas, de las que unas 9.500 no existían.",
        ),
        ("ro", "Suspecții au declarat peste 38.000 de hectare, din care 9.500 nu existau."),
        ("it", "Gli indagati hanno dichiarato oltre 38.000 ettari, di cui 9.500 non esistevano."),
        ("de", "Die Verdächtigen meldeten über 38.000 Hektar an, wovon 9.500 nicht existierten."),
    ],
)
def test_a_part_of_a_measure_after_a_partitive_keeps_its_unit(language: str, text: str) -> None:
    assert _unit_of(language, text, "9") == "hectares"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a noun of its own
        ("en", "The suspects declared 38,000 hectares, of which 9,500 farms were empty."),
        # bigger than the measure: no part of it
        ("fr", "Ils ont déclaré 3 800 hectares, dont 9 500 n'existaient pas."),
        # another sentence
        ("es", "Declararon 38.000 hectáreas. De las que quedan, 9.500 están vacías."),
    ],
)
def test_no_part_of_a_measure_stays_bare(language: str, text: str) -> None:
    assert _unit_of(language, text, "9") != "hectares"


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        (
            "it",
            "Il danno resta di circa 28 milioni di euro, mentre i difensori parlano di non "
            "più di 5 milioni.",
            "5 milioni",
        ),
        (
            "en",
            "Prosecutors put the damage at about 28 million euros, while the defence says "
            "it is no more than 5 million.",
            "5 million",
        ),
        (
            "es",
            "La fiscalía cifra el daño en 28 millones de euros; la defensa habla de como "
            "máximo 5 millones.",
            "5 millones",
        ),
        (
            "ro",
            "Procurorii estimează paguba la 28 de milioane de euro, iar avocații spun că "
            "nu depășește 5 milioane.",
            "5 milioane",
        ),
        (
            "fr",
            "Le parquet chiffre le préjudice à 28 millions d'euros, la défense à pas plus "
            "de 5 millions.",
            "5 millions",
        ),
    ],
)
def test_a_bound_sum_takes_the_left_out_currency(language: str, text: str, figure: str) -> None:
    assert _unit_of(language, text, figure) == "eur"


def test_a_bound_count_of_millions_keeps_its_noun() -> None:
    text = "The fund holds 28 million euros and serves at most 5 million people."
    assert _unit_of("en", text, "5 million") == "people"


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "Helicopters spotted 41 fishermen on the ice.", "41"),
        ("en", "About 60 anglers were on the floe.", "60"),
        ("fr", "Une soixantaine de pêcheurs, 60 pêcheurs au total, étaient sur la glace.", "60 p"),
        ("es", "Unos 60 pescadores quedaron en el hielo.", "60"),
        ("it", "Circa 60 pescatori sono rimasti sul ghiaccio.", "60"),
        ("de", "Auf der Scholle waren 48 Angler.", "48"),
        ("nl", "Op de ijsschots zaten 48 vissers.", "48"),
        ("pt", "Cerca de 60 pescadores ficaram no gelo.", "60"),
        ("ca", "Uns 60 pescadors van quedar al gel.", "60"),
        ("ro", "Pe sloi se aflau 48 de pescari.", "48"),
        ("pl", "Na krze było około 60 wędkarzy.", "60"),
        ("ru", "Льдину с 48 рыбаками унесло от берега.", "48"),
        ("uk", "На крижині опинилися 48 рибалок.", "48"),
        ("ar", "علق 48 صيادا على الجليد.", "48"),
    ],
)
def test_fishermen_and_anglers_are_people(language: str, text: str, figure: str) -> None:
    assert _unit_of(language, text, figure) == "people"


def test_a_headline_present_tense_detains_counts_arrests() -> None:
    assert _unit_of("en", "Police detain 11 in farm subsidy fraud", "11") == "arrested"
    assert _unit_of("en", "Troops detained 11 overnight.", "11") == "arrested"
    # "arrêter" also stops a thing: the French past stays out
    assert _unit_of("fr", "Le préfet a arrêté 3 mesures d'urgence.", "3") != "arrested"


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # a measure read again in the next sentence, a ratio between them
        (
            "fr",
            "La station a mesuré 96 microgrammes par mètre cube de particules fines, près "
            "de deux fois la limite. Une association de riverains avance le chiffre de 130.",
            "130",
            "micrograms_per_cubic_metre",
        ),
        (
            "es",
            "La estación midió 96 microgramos por metro cúbico, casi el doble del límite. "
            "Una asociación vecinal eleva la cifra a 130.",
            "130",
            "micrograms_per_cubic_metre",
        ),
        (
            "it",
            "La centralina ha registrato 96 microgrammi per metro cubo, quasi il doppio "
            "del limite. Un comitato di cittadini alza la cifra a 130.",
            "130",
            "micrograms_per_cubic_metre",
        ),
        (
            "en",
            "The fire has burned 6,800 hectares, the regional government said. A farmers' "
            "union put the figure at about 9,000.",
            "9,000",
            "hectares",
        ),
        (
            "de",
            "Der Ölteppich ist 14 Kilometer lang, teilte die Behörde mit. Eine Umweltgruppe "
            "beziffert die Zahl auf mehr als 20.",
            "20",
            "kilometres",
        ),
    ],
)
def test_a_rival_reading_of_a_measure_keeps_its_unit(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit_of(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # a ratio is no figure put again
        (
            "fr",
            "Les admissions ont augmenté de 20 % en une semaine. L'association avance le "
            "chiffre de 185.",
            "185",
        ),
        # a measure far from the figure in size
        (
            "en",
            "The station measured 96 micrograms per cubic metre. The association put the "
            "figure at 4,000.",
            "4,000",
        ),
    ],
)
def test_no_measure_read_again_stays_bare(language: str, text: str, figure: str) -> None:
    assert _unit_of(language, text, figure) is None
