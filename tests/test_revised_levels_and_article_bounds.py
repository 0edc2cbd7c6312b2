"""A revision or a widening gives the level reached, and a bound verb takes any article.

"Revised up to 14,500 hectares", "relevée jusqu'à 14 500 hectares", "si è allargata
nella notte fino a 25 metri" give a new count, not a ceiling: verbs of revision and
widening are verbs of change (``[syntax] level_verbs``), and a few words may stand
between such a verb and its "up to" word (an object, a time, "al rialzo"). A bound verb
listed with two articles takes every article of its language: "non supera gli 8 metri"
is at most 8 as "non supera i 9 metri" is (``lang._data.bounds_with_articles``).
Must-not cases: "up to" after a preposition ("for up to 30 days", "by up to 30%"), after
a clause break, or after a count noun keeps its bound; a bound word listed with one
article alone (a comparison: "más que el"; a preposition: "superior a") takes no other.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _read(text: str, lang: str) -> list[tuple[float | None, float | None, str]]:
    return [
        (
            None if q.low is None else float(q.low),
            None if q.high is None else float(q.high),
            q.qualifier,
        )
        for q in find_quantities(text, lang)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The wildfire's burnt area was revised up to 3,200 hectares.", 3200),
        ("en", "The agency revised its estimate up to 3,200 hectares on Friday.", 3200),
        ("en", "The crater has widened overnight up to 31 metres.", 31),
        ("fr", "La surface brûlée a été relevée jusqu'à 3 200 hectares.", 3200),
        ("fr", "Le cratère s'est élargi dans la nuit jusqu'à 31 mètres.", 31),
        ("it", "La stima dell'area bruciata è stata rivista al rialzo fino a 3.200 ettari.", 3200),
        ("it", "Il cratere si è allargato durante la notte fino a 31 metri.", 31),
        ("es", "La superficie quemada fue revisada al alza hasta 3.200 hectáreas.", 3200),
        ("es", "El cráter se ha ensanchado hasta 31 metros.", 31),
        ("pt", "A área ardida foi revista em alta até 3.200 hectares.", 3200),
        ("ca", "La superfície cremada s'ha revisat fins a 3.200 hectàrees.", 3200),
        ("ro", "Suprafața arsă a fost revizuită până la 3.200 de hectare.", 3200),
        ("nl", "Het verbrande gebied werd herzien tot 3.200 hectare.", 3200),
        ("ru", "Оценку площади пожара повысили до 3200 гектаров.", 3200),
        ("uk", "Оцінку площі пожежі підвищили до 3200 гектарів.", 3200),
    ],
)
def test_a_revision_or_widening_gives_the_level(lang: str, text: str, value: int) -> None:
    assert _read(text, lang) == [(value, value, "exact")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Rents rose in the capital for up to 18 months."),
        ("en", "Fares were raised in some cities by up to 18%."),
        ("en", "The estimate was revised, and up to 18 villages may be evacuated."),
        ("en", "Officials widened the search, sending up to 18 boats."),
        ("it", "I prezzi sono aumentati, con fino a 18 euro in più."),
        ("es", "La cifra fue revisada; podrían evacuarse hasta 18 pueblos."),
        ("fr", "Les tarifs ont été relevés, et jusqu'à 18 lignes fermeront."),
        ("ru", "Цены повысили, и до 18 сёл могут остаться без света."),
    ],
)
def test_up_to_after_a_preposition_or_a_break_stays_a_bound(lang: str, text: str) -> None:
    assert [q for _, _, q in _read(text, lang)] == ["up_to"]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # "up to" after the object or the places of a verb of widening or rising bounds
        # that object ("to cover", "affecting") or varies over the places ("in some
        # areas", "par endroits"): at most, not the level reached ([syntax] level_scopes)
        ("en", "The no-go zone was widened to cover up to 12,000 households.", 12000),
        ("en", "The flood crest rose in some areas up to 80 centimetres.", 80),
        ("en", "The river climbed locally up to 80 centimetres.", 80),
        ("fr", "La zone interdite a été élargie pour couvrir jusqu'à 12 000 foyers.", 12000),
        ("fr", "La crue est montée par endroits jusqu'à 80 centimètres.", 80),
        ("es", "La zona de exclusión se amplió para abarcar hasta 12.000 hogares.", 12000),
        ("es", "La crecida subió en algunas zonas hasta 80 centímetros.", 80),
        ("it", "Il fiume è salito in alcune zone fino a 80 centimetri.", 80),
        ("pt", "A zona interdita foi alargada para abranger até 12 mil casas.", 12000),
        ("pt", "O rio subiu em algumas zonas até 80 centímetros.", 80),
        ("ca", "El riu va pujar en algunes zones fins a 80 centímetres.", 80),
        ("de", "Der Pegel stieg stellenweise bis zu 80 Zentimeter.", 80),
        ("ro", "Râul a crescut pe alocuri până la 80 de centimetri.", 80),
        ("nl", "De rivier steeg plaatselijk tot 80 centimeter.", 80),
        ("ru", "Вода в реке поднялась местами до 80 сантиметров.", 80),
        ("uk", "Вода в річці піднялася місцями до 80 сантиметрів.", 80),
        ("pl", "Woda w rzece wzrosła miejscami do 80 centymetrów.", 80),
        ("ar", "ارتفعت المياه محليا حتى 80 سنتيمترا.", 80),
        ("ar", "توسع أمر الإخلاء ليشمل حتى 12 ألف منزل.", 12000),
    ],
)
def test_up_to_after_a_verbs_object_or_places_stays_a_bound(
    lang: str, text: str, value: int
) -> None:
    assert _read(text, lang) == [(None, value, "up_to")]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # must NOT: "up to" right after the verb, or after its time or direction words,
        # is the level reached (a scope word elsewhere in the sentence changes nothing)
        ("en", "The flood crest rose up to 80 centimetres in some areas.", 80),
        ("en", "In some areas the flood crest rose up to 80 centimetres.", 80),
        ("en", "The burnt area was revised overnight up to 3,200 hectares.", 3200),
        ("fr", "La crue est montée jusqu'à 80 centimètres.", 80),
        ("es", "La crecida subió hasta 80 centímetros.", 80),
        ("ru", "Вода в реке поднялась до 80 сантиметров.", 80),
        ("nl", "De rivier steeg tot 80 centimeter.", 80),
    ],
)
def test_up_to_right_after_a_verb_of_change_stays_the_level(
    lang: str, text: str, value: int
) -> None:
    assert _read(text, lang) == [(value, value, "exact")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "Secondo l'ingegnere, la crepa non supera gli 8 centimetri.", (None, 8, "up_to")),
        ("it", "L'aumento non supera l'8% annuo.", (None, 8, "up_to")),
        ("it", "Le perdite superano gli 80 milioni di euro.", (80000000, None, "over")),
        ("it", "Sono oltre gli 80 i feriti.", (80, None, "over")),
        ("ca", "Les pèrdues superen les 8 tones.", (8, None, "over")),
        ("pt", "As perdas ultrapassam as 8 toneladas.", (8, None, "over")),
        ("es", "La grieta no supera las 8 pulgadas.", (None, 8, "up_to")),
    ],
)
def test_a_bound_verb_takes_any_article(
    lang: str, text: str, expected: tuple[float | None, float | None, str]
) -> None:
    low, high, qualifier = expected
    assert _read(text, lang) == [
        (
            None if low is None else float(low),
            None if high is None else float(high),
            qualifier,
        )
    ]


@pytest.mark.parametrize(
    ("lang", "text", "qualifier"),
    [
        # no bound word listed with two articles: a comparison with a count named
        ("en", "More than the 2,000 troops pledged have arrived.", "exact"),
        ("es", "Llegaron más que los 2.000 soldados prometidos por el Gobierno.", "exact"),
        # "superior a", "chega a": a preposition one vowel long is no article taken
        ("pt", "O custo não chega os 8 milhões, disse.", "exact"),
        ("pt", "Um valor superior o 8 não existe.", "exact"),
    ],
)
def test_a_bound_word_listed_with_one_article_takes_no_other(
    lang: str, text: str, qualifier: str
) -> None:
    assert [q for _, _, q in _read(text, lang)] == [qualifier]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a word of "locally" that is also an adjective or a noun ("local", "lokaal",
        # "Lokal") names a place there, no scope: the level reached
        ("ro", "Numărul victimelor a crescut în orașul local până la 23.", 23),
        ("nl", "Het water steeg in het lokaal tot 35 centimeter.", 35),
        ("de", "Das Wasser stieg im Lokal bis auf 35 Zentimeter.", 35),
    ],
)
def test_a_local_noun_or_adjective_scopes_no_level(lang: str, text: str, value: int) -> None:
    assert _read(text, lang) == [(value, value, "exact")]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # must NOT: as an adverb or a phrase of several words it still scopes the figure
        ("ro", "Apa a crescut la nivel local până la 35 de centimetri.", 35),
        ("de", "Das Wasser stieg örtlich bis zu 35 Zentimeter.", 35),
        ("nl", "Het water steeg plaatselijk tot 35 centimeter.", 35),
    ],
)
def test_a_local_adverb_still_scopes_the_level(lang: str, text: str, value: int) -> None:
    assert _read(text, lang) == [(None, value, "up_to")]
