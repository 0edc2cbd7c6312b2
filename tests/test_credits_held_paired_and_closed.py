"""Credits that were lost or given to the wrong body, three classes (probes9).

1. A body of a court or insolvency case named by its role ("the defence", "the
   insolvency administrator") that gives its own figure, or a body that holds to one
   ("L'agence, elle, s'en tient à 19 millions"), credits it: the role nouns and the
   verbs of holding are in each language's ``[attribution]`` data.
2. In a pair of label-colon clauses ("Rederij: 62 containers overboord, Kustwacht:
   minstens 70") a figure after the second label is the second label's
   (extract._context ``_paired_label``), when the first label speaks too.
3. A prefix credit set between commas after an earlier figure closes that figure's
   clause: a figure after its comma is the speaker's who closes the sentence
   ("35 conteneurs …, selon Rijkswaterstaat, dont huit …, a précisé le
   Havariekommando"; extract._context ``_closed_credit_last``).
"""

from __future__ import annotations

import pytest

from ._articles import credits

# (language, text, the credits in text order)
CASE_PARTIES = [
    (
        "en",
        "The prosecutors put the loss at 28 million euros. The defence sticks to 5 million.",
        ["The prosecutors", "The defence"],
    ),
    (
        "de",
        "Die Staatsanwaltschaft beziffert den Schaden auf 28 Millionen Euro. "
        "Die Verteidigung spricht von 5 Millionen.",
        ["Die Staatsanwaltschaft", "Die Verteidigung"],
    ),
    (
        "it",
        "La Procura stima il danno in 31 milioni di euro. I difensori parlano di 5 milioni.",
        ["La Procura", "I difensori"],
    ),
    ("ca", "L'administrador concursal en compta uns 12.000.", ["L'administrador concursal"]),
    ("es", "El administrador concursal habla de 12.000 clientes.", ["El administrador concursal"]),
    ("nl", "De curator spreekt van 12.000 klanten.", ["De curator"]),
    ("pt", "A defesa fala em 5 milhões.", ["A defesa"]),
    ("ro", "Apărarea vorbește de 5 milioane de euro.", ["Apărarea"]),
    ("pl", "Syndyk mówi o 12 tysiącach klientów.", ["Syndyk"]),
    ("uk", "Сторона захисту говорить про 5 мільйонів євро.", ["Сторона захисту"]),
    (
        "fr",
        "Le Parquet évalue le préjudice à 31 millions d'euros. "
        "L'agence des paiements, elle, s'en tient à 19 millions.",
        ["Le Parquet", "L'agence des paiements"],
    ),
]

# wording that must keep its old reading: no party of a case, no body holding a figure
NOT_CASE_PARTIES = [
    ("it", "La difesa aerea ha abbattuto 12 droni.", [None]),
    ("de", "Die Zahl der Toten bleibt bei 30.", [None]),
    ("ru", "Защита от наводнений обошлась в 5 миллионов рублей.", [None]),
]

LABEL_PAIRS = [
    ("nl", "Rederij: 62 containers overboord, Kustwacht: minstens 70", ["Rederij", "Kustwacht"]),
    ("en", "Operator: 62 containers lost, coastguard: at least 70", ["Operator", "coastguard"]),
    (
        "fr",
        "Armateur : 62 conteneurs perdus, garde-côtes : au moins 70",
        ["Armateur", "garde-côtes"],
    ),
    ("de", "Polizei: 330 Festnahmen, Gewerkschaft: mehr als 400", ["Polizei", "Gewerkschaft"]),
    ("es", "Gobierno: 18.000 clientes afectados, Facua: más de 25.000", ["Gobierno", "Facua"]),
    ("it", "Governo: 18.000 clienti bloccati, Codacons: oltre 25.000", ["Governo", "Codacons"]),
    ("pl", "Policja: 330 zatrzymanych, związkowcy: ponad 400", ["Policja", "związkowcy"]),
    ("ru", "Полиция: 330 задержанных, профсоюз: более 450", ["Полиция", "профсоюз"]),
]

NOT_LABEL_PAIRS = [
    # a pair of places names no source
    ("de", "Wallis: 3 Tote nach Erdrutsch, Tessin: 2 Vermisste", [None, None]),
    # one label, its figure's part after a comma: both the label's
    (
        "nl",
        "Rederij: 62 containers overboord, waarvan 3 met gevaarlijke stoffen",
        ["Rederij", "Rederij"],
    ),
    ("en", "Police: 330 arrests, 15 officers hurt", ["Police", "Police"]),
]

CLOSED_CREDITS = [
    (
        "fr",
        "35 conteneurs se sont échoués, selon Rijkswaterstaat, dont huit sur l'île de Borkum, "
        "a précisé le Havariekommando.",
        ["Rijkswaterstaat", "le Havariekommando"],
    ),
    (
        "en",
        "35 containers washed ashore, according to the coastguard, eight of them on Borkum, "
        "the German agency said.",
        ["the coastguard", "the German agency"],
    ),
    (
        "es",
        "Llegaron a la costa 35 contenedores, según Rijkswaterstaat, de los que ocho en Borkum, "
        "precisó el Havariekommando.",
        ["Rijkswaterstaat", "el Havariekommando"],
    ),
    (
        "it",
        "Sono arrivati a riva 35 container, secondo Rijkswaterstaat, di cui 8 a Borkum, "
        "ha precisato l'Havariekommando.",
        ["Rijkswaterstaat", "l'Havariekommando"],
    ),
    (
        "pt",
        "Chegaram à costa 35 contentores, segundo o Rijkswaterstaat, dos quais 8 em Borkum, "
        "precisou o Havariekommando.",
        ["o Rijkswaterstaat", "o Havariekommando"],
    ),
    (
        "nl",
        "Er spoelden 35 containers aan, aldus Rijkswaterstaat, waarvan 8 op Borkum, "
        "meldde het Havariekommando.",
        ["Rijkswaterstaat", "het Havariekommando"],
    ),
]

NOT_CLOSED_CREDITS = [
    # a credit that opens the sentence keeps its figures
    (
        "fr",
        "Selon Rijkswaterstaat, 35 conteneurs se sont échoués, dont huit sur l'île de Borkum, "
        "a précisé le Havariekommando.",
        ["Rijkswaterstaat", "Rijkswaterstaat"],
    ),
    # no speaker closes the sentence: the credit carries on
    (
        "en",
        "35 containers washed ashore, according to the coastguard, and eight of them "
        "reached Borkum.",
        ["the coastguard", "the coastguard"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASE_PARTIES + NOT_CASE_PARTIES)
def test_case_parties_and_holding_verbs(lang: str, text: str, expected: list[str | None]) -> None:
    assert credits(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), LABEL_PAIRS + NOT_LABEL_PAIRS)
def test_the_nearer_label_of_a_pair_speaks(
    lang: str, text: str, expected: list[str | None]
) -> None:
    assert credits(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), CLOSED_CREDITS + NOT_CLOSED_CREDITS)
def test_a_credit_between_commas_closes_its_figure(
    lang: str, text: str, expected: list[str | None]
) -> None:
    assert credits(text, lang) == expected


# 4. A region named by its noun alone as a speaker is its administration: "…, indique la
#    région" credits "la région" (``[attribution] role_nouns``).
REGION_SPEAKS = [
    (
        "fr",
        "Les admissions ont augmenté de 20 % en une semaine à l'hôpital, indique la région.",
        ["la région"],
    ),
    ("es", "Los ingresos aumentaron un 20 % en una semana, indicó la región.", ["la región"]),
    (
        "it",
        "I ricoveri sono aumentati del 20 % in una settimana, ha comunicato la regione.",
        ["la regione"],
    ),
    ("pt", "As admissões subiram 20 % numa semana, indicou a região.", ["a região"]),
    (
        "ca",
        "Els ingressos han augmentat un 20 % en una setmana, ha indicat la regió.",
        ["la regió"],
    ),
    ("nl", "Het aantal opnames steeg met 20 procent in een week, meldt de regio.", ["de regio"]),
]

# a region as a place, not a speaker. English keeps "region" out of its role nouns: a
# bare indirect object right after a verb of giving reads as its subject ("The storm had
# given the region 300 mm of rain", test_attribution_earlier_counts).
NOT_REGION_SPEAKS = [
    ("fr", "Dans la région, 20 personnes sont mortes.", [None]),
    ("en", "In the region, 20 people died, the ministry said.", ["the ministry"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REGION_SPEAKS + NOT_REGION_SPEAKS)
def test_a_region_that_speaks_is_credited(lang: str, text: str, expected: list[str | None]) -> None:
    assert credits(text, lang) == expected
