"""Verbs of stance, verbs that link a count to a cause, and prefix cues after a contrast
word: who a sentence credits for its second source's figure.

"The operator maintains that 14 vehicles were on the bridge" is the operator's reading
(``[attribution] stance_verbs``), not the prefecture's named a sentence before; "Police
link three deaths to the blackout" is the police's count (``[attribution] link_verbs``),
but "the new bridge links 12 villages" credits no one: only a body ties a count to a
cause. "Police reported three deaths, but according to local media, five …": the cue
after the contrast word credits the clause it opens, and the verb before it none of that
clause's figures.
"""

from __future__ import annotations

import pytest

import crosscheck
from tests._articles import credits, quantities, story_report

STANCE = [
    ("en", "Police said 20 were injured. The union maintains that 40 people were injured."),
    ("en", "Police said 20 were injured. The union insists 40 people were injured."),
    ("en", "Police said 20 were injured. The union argues that 40 people were injured."),
    ("es", "La policía informó de 20 heridos. El sindicato insiste en que hubo 40 heridos."),
    ("es", "La policía informó de 20 heridos. El sindicato mantiene que hubo 40 heridos."),
    (
        "fr",
        "La police a fait état de 20 blessés. "
        "Le syndicat maintient que 40 personnes ont été blessées.",
    ),
    ("fr", "La police a fait état de 20 blessés. Le syndicat soutient qu'il y a eu 40 blessés."),
    (
        "de",
        "Die Polizei meldete 20 Verletzte. "
        "Die Gewerkschaft beharrt darauf, dass es 40 Verletzte gab.",
    ),
    ("it", "La polizia ha riferito di 20 feriti. Il sindacato insiste che i feriti sono 40."),
    ("pt", "A polícia informou 20 feridos. O sindicato sustenta que houve 40 feridos."),
    ("pt", "A polícia informou 20 feridos. O sindicato mantém que houve 40 feridos."),
    ("ca", "La policia va informar de 20 ferits. El sindicat manté que hi va haver 40 ferits."),
    ("nl", "De politie meldde 20 gewonden. De vakbond houdt vol dat er 40 gewonden waren."),
    ("ro", "Poliția a anunțat 20 de răniți. Sindicatul insistă că au fost 40 de răniți."),
    ("pl", "Policja podała, że rannych jest 20. Związek upiera się, że rannych było 40."),
    ("pl", "Policja podała, że rannych jest 20. Związek utrzymuje, że rannych było 40."),
    ("ru", "Полиция сообщила о 20 раненых. Профсоюз настаивает, что раненых было 40."),
    ("uk", "Поліція повідомила про 20 поранених. Профспілка наполягає, що поранених 40."),
    ("ar", "قالت الشرطة إن 20 شخصا أصيبوا. وتصر النقابة على أن 40 شخصا أصيبوا."),
]

# (language, text, the first word of the second sentence's subject)
UNION = {
    "en": "union",
    "es": "sindicato",
    "fr": "syndicat",
    "de": "Gewerkschaft",
    "it": "sindacato",
    "pt": "sindicato",
    "ca": "sindicat",
    "nl": "vakbond",
    "ro": "Sindicatul",
    "pl": "Związek",
    "ru": "Профсоюз",
    "uk": "Профспілка",
    "ar": "النقابة",
}


@pytest.mark.parametrize(("lang", "text"), STANCE)
def test_a_verb_of_stance_credits_its_subject(lang: str, text: str) -> None:
    first, second = credits(text, lang)
    assert first is not None
    assert UNION[lang] not in first
    assert second is not None
    assert UNION[lang] in second


MAINTAINED = [
    ("en", "Police said 20 were injured. The county maintains 40 miles of road.", "county"),
    (
        "es",
        "La policía informó de 20 heridos. La empresa mantiene 40 kilómetros de carretera.",
        "empresa",
    ),
    (
        "fr",
        "La police a fait état de 20 blessés. La société maintient 40 kilomètres de route.",
        "société",
    ),
    ("pt", "A polícia informou 20 feridos. A empresa mantém 40 quilômetros de estrada.", "empresa"),
    (
        "it",
        "La polizia ha riferito di 20 feriti. La società mantiene 40 chilometri di strada.",
        "società",
    ),
    ("pl", "Policja podała, że rannych jest 20. Firma utrzymuje 40 kilometrów dróg.", "Firma"),
]


@pytest.mark.parametrize(("lang", "text", "subject"), MAINTAINED)
def test_maintaining_a_road_credits_no_one(lang: str, text: str, subject: str) -> None:
    # "maintains the road": a verb of stance only with its "that"
    assert all(subject not in (c or "") for c in credits(text, lang))


def test_a_position_with_no_figure_is_no_report_pointed_back_to() -> None:
    text = (
        "A UN report found that 300 people had died, Reuters reported. Officials insist that "
        "such estimates are greatly exaggerated. According to the report, 40 more are missing."
    )
    last = credits(text, "en")[-1]
    assert last is not None
    assert "Officials" not in last


LINKED = [
    ("en", "Police link three deaths to the blackout.", "Police"),
    ("es", "La policía vincula tres muertes al apagón.", "La policía"),
    ("fr", "La police lie trois décès à la panne.", "La police"),
    ("it", "La polizia collega tre decessi al blackout.", "La polizia"),
    ("pt", "A polícia associa três óbitos ao apagão.", "A polícia"),
    ("ca", "La policia vincula tres defuncions a l'apagada.", "La policia"),
    ("nl", "De politie koppelt drie doden aan de stroomstoring.", "De politie"),
    ("ro", "Poliția pune pe seama penei trei decese.", "Poliția"),
    ("pl", "Policja łączy z awarią trzy zgony.", "Policja"),
    ("ru", "Полиция связывает с отключением три смерти.", "Полиция"),
    ("uk", "Поліція пов'язує з відключенням три смерті.", "Поліція"),
    ("ar", "تربط الشرطة ثلاث وفيات بانقطاع الكهرباء.", "الشرطة"),
]


@pytest.mark.parametrize(("lang", "text", "body"), LINKED)
def test_a_body_that_links_deaths_to_a_cause_is_their_source(
    lang: str, text: str, body: str
) -> None:
    (claim,) = quantities(text, lang)
    assert claim.unit == "killed"
    assert claim.attributed_to == body


BRIDGES = [
    ("en", "The new bridge links 12 villages to the city."),
    ("es", "La nueva línea vincula 12 municipios con la capital."),
    ("fr", "La nouvelle ligne relie 12 communes à Lyon."),
    ("it", "La nuova linea collega 12 comuni al capoluogo."),
    ("pl", "Nowy most łączy 2 miasta i 40 wsi."),
    ("ru", "Новый мост связывает 2 города и 40 сел."),
    ("uk", "Новий міст пов'язує 2 міста і 40 сіл."),
    ("ro", "Noul pod leagă 12 sate de oraș."),
]


@pytest.mark.parametrize(("lang", "text"), BRIDGES)
def test_a_thing_that_links_places_credits_no_one(lang: str, text: str) -> None:
    assert all(c is None for c in credits(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Лікарі зафіксували три смерті від грипу."),
        ("uk", "Лікарі зафіксували чотири смертельних випадки."),
        ("ru", "Врачи зафиксировали три смертельных случая."),
        ("es", "Sanidad notificó 12 defunciones."),
        ("ca", "Salut va notificar 12 decessos."),
        ("nl", "De gezondheidsdienst meldde drie overlijdens."),
    ],
)
def test_deaths_nouns_count_the_killed(lang: str, text: str) -> None:
    (claim,) = quantities(text, lang)
    assert claim.unit == "killed"


RIVAL_CLAUSE = [
    (
        "en",
        "Police reported three deaths, but according to local media, five people have died.",
        "local media",
    ),
    (
        "uk",
        "Поліція пов'язує з відключенням три смерті, однак, за даними місцевих ЗМІ, "
        "загиблих уже п'ятеро.",
        "місцевих ЗМІ",
    ),
    (
        "uk",
        "Поліція повідомила про три смерті, але за даними місцевих ЗМІ загиблих уже п'ятеро.",
        "місцевих ЗМІ",
    ),
    (
        "de",
        "Die Polizei meldete drei Tote, doch nach Angaben lokaler Medien "
        "starben bereits fünf Menschen.",
        "lokaler Medien",
    ),
    (
        "nl",
        "De politie meldde drie doden, maar volgens lokale media zijn er al vijf doden.",
        "lokale media",
    ),
    (
        "ro",
        "Poliția a anunțat trei morți, dar potrivit presei locale au murit deja cinci oameni.",
        "presei locale",
    ),
    (
        "pl",
        "Policja podała, że zginęły trzy osoby, jednak według lokalnych mediów "
        "zginęło już pięć osób.",
        "lokalnych mediów",
    ),
    (
        "es",
        "La policía informó de tres muertos, pero según medios locales, "
        "los fallecidos ya son cinco.",
        "medios locales",
    ),
]


@pytest.mark.parametrize(("lang", "text", "rival"), RIVAL_CLAUSE)
def test_a_cue_after_a_contrast_word_credits_its_own_clause(
    lang: str, text: str, rival: str
) -> None:
    first, second = credits(text, lang)
    assert first is not None
    assert rival not in first
    assert second is not None
    assert rival in second


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police reported three deaths, but five people are still missing."),
        ("uk", "Поліція повідомила про три смерті, але п'ятеро людей досі зникли безвісти."),
        ("de", "Die Polizei meldete drei Tote, doch fünf Menschen werden noch vermisst."),
    ],
)
def test_a_contrast_word_with_no_cue_keeps_the_speaker(lang: str, text: str) -> None:
    first, second = credits(text, lang)
    assert first is not None
    assert first == second


def test_one_rivalry_told_on_two_days_is_no_rise() -> None:
    # the prefecture's nine and the operator's 14 on the first day, both again the next:
    # the count did not rise from 9 to 14; the two readings conflict
    rows = [
        (
            "2025-10-03",
            "fr",
            "Selon le préfet de l'Ain, neuf véhicules sont tombés lors de l'effondrement du "
            "viaduc.",
        ),
        (
            "2025-10-03",
            "en",
            "The Ain prefecture said nine vehicles fell when the viaduct collapsed. The "
            "operator APRR maintains that 14 vehicles were on the bridge.",
        ),
        (
            "2025-10-04",
            "es",
            "La prefectura del Ain cuenta nueve vehículos caídos en el derrumbe del viaducto. "
            "La concesionaria APRR mantiene que había 14 vehículos sobre el puente.",
        ),
    ]
    report = story_report(rows, "viaduct")
    lows = {
        frozenset(float(report.claim(c).low or 0) for side in f.sides for c in side.claims)
        for f in report.conflicts
    }
    assert any({9.0, 14.0} <= pair for pair in lows)
    assert not any(f.timeline for f in report.findings if f.unit == "vehicles")


def test_the_report_json_is_deterministic_with_stance_verbs() -> None:
    text = "La prefectura habla de nueve. La concesionaria APRR mantiene que había 14 vehículos."
    article = crosscheck.Article(id="a", text=text, language="es", published="2025-10-04")
    assert crosscheck.report([article]).to_json() == crosscheck.report([article]).to_json()
