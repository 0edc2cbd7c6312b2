"""What a head count is, when a verb of rescue, care or custody says it.

A verb of ``[counted_before]`` may have a short phrase of place or time between it and its
figure (``[syntax] object_gap_openers``, or a day's name): "сняли со льдины 19 рыбаков",
"au reținut marți 11 persoane". People lifted off ice or a roof are the rescued ("plucked
41 fishermen off the ice"), those still stranded the trapped, those still in custody the
prisoners; people who turned to hospitals are the treated ("до лікарень звернулися 250
людей", ``[syntax] care_verbs`` beside ``[frames] hospital_words``); searches are a count of
their own (concepts.toml ``searches``). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _unit(language: str, text: str, figure: str) -> str | None:
    """The unit of the one quantity whose text holds ``figure``."""
    (unit,) = [q.unit for q in find_quantities(text, language) if figure in q.text]
    return unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # a phrase of place between the verb and its figure
        ("ru", "Спасатели спасли с крыши дома 12 жильцов.", "12", "rescued"),
        ("uk", "Рятувальники врятували з даху 14 людей.", "14", "rescued"),
        ("ru", "Полиция задержала в центре города 17 человек.", "17", "arrested"),
        ("uk", "Поліція затримала у середу 23 особи.", "23", "arrested"),
        ("pl", "Policja zatrzymała w nocy 40 osób.", "40", "arrested"),
        ("pl", "Ratownicy uratowali z dachu 9 osób.", "9", "rescued"),
        # a day's name alone
        ("ro", "Poliția a reținut joi 8 persoane.", "8", "arrested"),
        # verbs of lifting people off to safety
        ("en", "A helicopter winched 23 hikers off the ridge.", "23", "rescued"),
        ("en", "Coastguards airlifted 15 sailors from the stricken yacht.", "15", "rescued"),
        ("de", "Hubschrauber retteten 30 Menschen von den Dächern.", "30", "rescued"),
        ("it", "I vigili del fuoco hanno messo in salvo 27 persone.", "27", "rescued"),
        ("ca", "Els bombers van posar a salvo 31 veïns.", "31", "rescued"),
        ("pt", "Os bombeiros puseram a salvo 31 moradores.", "31", "rescued"),
        ("fr", "Les secours ont hélitreuillé 18 randonneurs.", "18", "rescued"),
        # after the head: brought ashore, past an aside that says which people
        (
            "uk",
            "Усіх 36 туристів, які опинилися на острові, доставлено на берег.",
            "36",
            "rescued",
        ),
        ("en", "Twenty climbers were brought ashore by the lifeboat crew.", "Twenty", "rescued"),
    ],
)
def test_a_verb_of_rescue_or_custody_names_the_count(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # the phrase between may not end in a preposition whose figure it is
        ("ru", "Полиция задержала вместе с 5 подростками одного взрослого.", "5", None),
        # nor hold another figure, nor run past three words
        ("ru", "Спасатели сняли с крыши пятиэтажного жилого дома 12 человек.", "12", "people"),
        # a verb that counts nothing keeps the head count its own
        ("ru", "Журналисты видели с берега 19 рыбаков.", "19", "people"),
        # a phrase that is no place or time: the figure is the noun's ("the father of")
        ("ru", "Полиция задержала отца 3 детей.", "3", "children"),
    ],
)
def test_a_phrase_between_that_is_no_adverbial_leaves_the_figure(
    language: str, text: str, figure: str, unit: str | None
) -> None:
    assert _unit(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        ("en", "By nightfall nine were still stranded on the mountain.", "nine", "trapped"),
        ("es", "Al anochecer 12 excursionistas siguen varados en la montaña.", "12", "trapped"),
        ("it", "In serata 14 escursionisti restano bloccati in quota.", "14", "trapped"),
        ("ro", "Seara, 11 turiști rămân izolați pe munte.", "11", "trapped"),
        # those still held after an arrest are prisoners; the arrests stay arrests
        ("en", "Police arrested 30 people; 12 remain in custody.", "12", "prisoners"),
        ("en", "Police arrested 30 people; 12 remain in custody.", "30", "arrested"),
        ("es", "De los detenidos, 9 siguen en prisión preventiva.", "9", "prisoners"),
        ("ro", "Dintre suspecți, 6 rămân în arest preventiv.", "6", "prisoners"),
        ("de", "Sieben Menschen bleiben in Untersuchungshaft.", "Sieben", "prisoners"),
        # "in custody" alone still counts the arrested
        ("en", "Police said 12 people were in custody.", "12", "arrested"),
    ],
)
def test_still_stranded_and_still_in_custody(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        ("uk", "Після вибуху до лікарень області звернулися 70 людей.", "70", "treated"),
        ("ru", "В больницы города обратились 65 человек.", "65", "treated"),
        ("pl", "Do szpitali zgłosiło się 55 osób.", "55", "treated"),
        ("es", "Tras la explosión acudieron a los hospitales 45 personas.", "45", "treated"),
        ("en", "About 90 people went to hospital after the blast.", "90", "treated"),
        # a verb of turning to someone without a word of hospital care counts no one treated
        ("uk", "До поліції звернулися 70 людей.", "70", "people"),
        ("ru", "В суд обратились 65 человек.", "65", "people"),
    ],
)
def test_people_who_turned_to_hospitals_are_the_treated(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "Two boats took part. Four of those brought ashore were taken to hospital.", "Four"),
        ("en", "Four of those flown out were later taken to hospital in Tartu.", "Four"),
    ],
)
def test_a_partitive_after_a_bare_figure_carries_its_predicate_further(
    language: str, text: str, figure: str
) -> None:
    assert _unit(language, text, figure) == "hospitalized"


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        ("ro", "Anchetatorii au făcut 42 de percheziții în trei județe.", "42", "searches"),
        ("en", "Detectives carried out 42 searches in three counties.", "42", "searches"),
        ("it", "Gli investigatori hanno eseguito 42 perquisizioni.", "42", "searches"),
        ("ru", "Следователи провели 42 обыска.", "42", "searches"),
        ("ar", "أعلنت الشرطة أن عدد الموقوفين ارتفع إلى 120 شخصا.", "120", "arrested"),
        ("ar", "ليلة صاخبة: عشرات الموقوفين في المدينة.", "عشرات", "arrested"),
    ],
)
def test_searches_and_the_arabic_detained_have_units(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # a verb of taking off whose clause names a post, a race or a list: no rescue
        ("ru", "Губернатор снял с должности 5 чиновников.", "5"),
        ("ru", "Губернатор снял 5 чиновников с должности.", "5"),
        ("ru", "Избирком снял с выборов 3 кандидатов.", "3"),
        ("uk", "Мер зняв з посади 6 посадовців.", "6"),
        ("uk", "Мер зняв 6 посадовців з посад.", "6"),
        ("pl", "Minister zdjął ze stanowisk 7 dyrektorów.", "7"),
    ],
)
def test_a_verb_of_taking_off_a_post_counts_no_rescue(
    language: str, text: str, figure: str
) -> None:
    assert _unit(language, text, figure) != "rescued"


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # must NOT: verbs of taking off, lifting or getting back say nothing of a rescue
        # by themselves (review of session 39): to film, to lift a ban, to withdraw
        ("ru", "Режиссер снял 5 фильмов о войне.", "5"),
        ("ru", "Власти сняли 12 ограничений.", "12"),
        ("ru", "Пограничники сняли с поезда 12 мигрантов.", "12"),
        ("pl", "Ze sprzedaży zdjęto 5 tysięcy opakowań leku.", "5"),
        ("fr", "La police a récupéré 200 téléphones volés.", "200"),
        ("en", "Authorities lifted 5 of the 12 evacuation orders on Monday.", "5"),
        ("en", "Police plucked 12 suspects from the crowd.", "12"),
    ],
)
def test_a_verb_of_taking_off_alone_counts_no_rescue(language: str, text: str, figure: str) -> None:
    assert _unit(language, text, figure) != "rescued"


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # must NOT: a rescue verb beside a post, a race or a duty word still rescues
        ("fr", "Les pompiers du poste de secours ont secouru 12 personnes.", "12", "rescued"),
        ("ru", "Сотрудники поста ДПС спасли 5 человек из горящей машины.", "5", "rescued"),
        ("en", "Rescuers in a race against time saved 12 people from the rubble.", "12", "rescued"),
        ("en", "Off-duty firefighters saved 12 people.", "12", "rescued"),
        # must NOT: dying near a hospital word is no care sought
        ("de", "Bei dem Brand in einem Krankenhaus kamen 5 Menschen ums Leben.", "5", "killed"),
        ("nl", "Bij de brand in het ziekenhuis kwamen 5 mensen om het leven.", "5", "killed"),
    ],
)
def test_rescue_and_death_verbs_keep_their_reading_beside_posts_and_hospitals(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # a head noun that names a group keeps its noun beside a verb of turning to hospital
        ("de", "Im Krankenhaus suchten 30 Polizisten nach dem Täter.", "30", "police"),
        ("it", "Sono arrivati in ospedale 40 agenti.", "40", "police"),
        ("ro", "La spital au ajuns 25 de polițiști.", "25", "police"),
        ("uk", "До лікарні звернулися 18 рятувальників.", "18", "rescuers"),
        # must NOT: the noun of people, or no noun, still counts the treated there
        ("ro", "La spital au ajuns 25 de persoane.", "25", "treated"),
        ("it", "All'ospedale sono arrivate 40 persone.", "40", "treated"),
        # must NOT: across a phrase of place a verb of custody or rescue still counts a
        # group it holds or saves ("arrested 12 soldiers" are arrested soldiers)
        ("uk", "Поліція затримала у середу 12 військових.", "12", "arrested"),
        ("ru", "Спасатели спасли с крыши 9 полицейских.", "9", "rescued"),
    ],
)
def test_a_group_head_wins_over_a_verb_of_turning_to_hospital(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # verbs that mean searching or reaching, not turning to care (removed from data)
        ("de", "Im Krankenhaus suchten 30 Menschen nach ihren Angehörigen.", "30", "people"),
        ("pt", "No hospital procuraram 20 pessoas os seus familiares.", "20", "people"),
        ("ar", "وصل إلى المستشفى 30 شخصا من الصحفيين.", "30", "people"),
        # a verb of arriving right before "to" and a figure: the level a count reached
        ("ro", "La spital au ajuns la 30 de persoane.", "30", "people"),
        # must NOT: a verb of turning to hospital keeps its reading
        ("ar", "توجه إلى المستشفى 30 شخصا.", "30", "treated"),
        ("de", "In den Kliniken meldeten sich 40 Menschen.", "40", "treated"),
    ],
)
def test_verbs_of_seeking_or_arriving_are_no_care(
    language: str, text: str, figure: str, unit: str | None
) -> None:
    assert _unit(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("ro", "Locatarii au fost evacuați din blocul 12.", "12"),
        ("en", "Residents were evacuated from building 7 on Monday.", "7"),
        ("en", "Twelve people were evacuated from building 7.", "7"),
        ("de", "Die Bewohner wurden evakuiert aus Haus 4.", "4"),
        ("fr", "Les habitants ont été évacués du bâtiment 7 lundi.", "7"),
        ("uk", "Мешканців евакуювали з будинку 9 у середу.", "9"),
        ("pl", "Ewakuowano mieszkańców z bloku 12 w nocy.", "12"),
    ],
)
def test_a_number_after_a_numbered_noun_is_its_label(language: str, text: str, figure: str) -> None:
    assert _unit(language, text, figure) is None


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # must NOT: a figure with a noun of its own after the numbered noun counts it
        ("ru", "Спасатели спасли с крыши дома 12 жильцов.", "12", "rescued"),
        ("en", "Firefighters evacuated 40 people from the building.", "40", "evacuated"),
        ("ro", "Au fost evacuate din bloc 30 de persoane.", "30", "evacuated"),
    ],
)
def test_a_numbered_noun_leaves_a_counted_figure(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # still held in custody, not stuck: pt "presos", nl "vastzitten", de "sitzen"
        ("pt", "Dois homens continuam presos após o assalto.", "Dois", "prisoners"),
        ("pt", "Quatro suspeitos seguem presos.", "Quatro", "prisoners"),
        ("nl", "Drie verdachten zitten nog vast.", "Drie", "prisoners"),
        ("de", "Drei Verdächtige sitzen in Untersuchungshaft.", "Drei", "prisoners"),
        ("de", "Zwei Verdächtige sitzen noch in Haft.", "Zwei", "prisoners"),
        # must NOT: stuck in a place still counts the trapped
        ("pt", "Dez mineiros continuam presos na mina.", "Dez", "trapped"),
        ("pt", "Cinco pessoas continuam presas nos escombros.", "Cinco", "trapped"),
        ("nl", "Twaalf mijnwerkers zitten nog vast in de mijn.", "Twaalf", "trapped"),
        ("nl", "Vijf mensen zitten nog vast onder het puin.", "Vijf", "trapped"),
        ("de", "Zwölf Menschen sitzen noch fest.", "Zwölf", "trapped"),
    ],
)
def test_still_held_is_custody_and_stuck_somewhere_is_trapped(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # a predicate of both the stuck and the held ([syntax] held_or_stuck) is custody
        # only beside a word of custody in its clause ([syntax] custody_words) ...
        ("pt", "Sete arguidos continuam presos em Lisboa.", "Sete", "prisoners"),
        ("pt", "Após a detenção 9 homens seguem presos.", "9", "prisoners"),
        ("nl", "Vier gearresteerde jongeren zitten nog vast.", "Vier", "prisoners"),
        ("nl", "Twee mannen zitten nog vast na de overval.", "Twee", "prisoners"),
        ("pl", "Po napadzie 6 mężczyzn pozostaje uwięzionych.", "6", "prisoners"),
        # ... and else the trapped (people stuck by snow, a mine, a blocked road)
        ("pt", "Três pescadores continuam presos há dois dias no nevoeiro.", "Três", "trapped"),
        ("pt", "Cerca de 150 automobilistas seguem presos desde domingo.", "150", "trapped"),
        ("nl", "Zo'n 80 reizigers zitten nog vast door de storm.", "80", "trapped"),
        ("nl", "Vijftien wandelaars zaten nog vast, meldt de bergwacht.", "Vijftien", "trapped"),
        ("pl", "W kopalni 14 górników pozostaje uwięzionych.", "14", "trapped"),
    ],
)
def test_still_held_or_stuck_is_custody_only_beside_a_word_of_custody(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # a word that only begins like a word of custody, or is one only in another sense,
        # leaves the stuck trapped: pl "napadało" (snow fell), "zatrzymanych pociągach"
        # (stopped trains); nl "rechter" (right-hand); pt "em cadeia" (a pile-up)
        (
            "pl",
            "W nocy napadało pół metra śniegu i 35 kierowców pozostaje uwięzionych.",
            "35",
            "trapped",
        ),
        (
            "pl",
            "Około 300 pasażerów pozostaje uwięzionych w zatrzymanych pociągach.",
            "300",
            "trapped",
        ),
        ("nl", "Zo'n 60 automobilisten zitten vast op de rechter rijstrook.", "60", "trapped"),
        ("pt", "Após um acidente em cadeia 150 automobilistas seguem presos.", "150", "trapped"),
        # must NOT: the exact words of custody still make it custody
        ("pl", "Po napadach na sklepy 4 mężczyzn pozostaje uwięzionych.", "4", "prisoners"),
        (
            "nl",
            "Vier mannen zitten nog vast na een besluit van de rechtbank.",
            "Vier",
            "prisoners",
        ),
        ("pt", "Os dois homens continuam presos na cadeia da cidade.", "dois", "prisoners"),
    ],
)
def test_a_word_only_like_one_of_custody_leaves_the_trapped(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        # a noun before a verb of the letters of a unit noun stays in the claim's text
        ("de", "Drei Verdächtige sitzen in Untersuchungshaft.", "Drei Verdächtige"),
        ("de", "Fünf Tatverdächtige sitzen noch in Haft.", "Fünf Tatverdächtige"),
    ],
)
def test_a_head_noun_before_a_status_verb_stays_in_the_text(
    language: str, text: str, words: str
) -> None:
    (q,) = find_quantities(text, language)
    assert q.text.startswith(words)
    assert q.unit == "prisoners"


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # a people the counted are only said to be of ([frames.subjects]: children,
        # civilians, migrants) is no organised group: a verb of turning to hospital counts
        # them as the treated, as it does people
        ("uk", "До лікарні звернулися 35 дітей після обіду в таборі.", "35", "treated"),
        ("es", "Al hospital comarcal acudieron 60 niños tras la excursión.", "60", "treated"),
        ("pl", "Do szpitala zgłosiło się 22 dzieci po koloniach.", "22", "treated"),
        ("ro", "La spitalul județean s-au prezentat 17 copii după tabără.", "17", "treated"),
        ("ru", "В больницу обратились 12 детей после похода.", "12", "treated"),
        # must NOT: a force or crew keeps its noun there
        ("uk", "До лікарні звернулися 9 поліцейських.", "9", "police"),
        ("es", "Al hospital acudieron 14 bomberos.", "14", "rescuers"),
    ],
)
def test_a_people_said_of_the_counted_is_treated_after_turning_to_hospital(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _unit(language, text, figure) == unit


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # a numbered noun's number inside a list is no item of it: the next bare figure
        # continues the count before the label
        ("en", "Crews evacuated 55 residents from block 4 and 18 from block 6.", "18", "evacuated"),
        ("de", "Helfer evakuierten 55 Bewohner aus Haus 2 und 18 aus Haus 8.", "18", "evacuated"),
        (
            "it",
            "Sono state evacuate 55 persone dalla palazzina 2, altre 18 dalla scala 5.",
            "18",
            "evacuated",
        ),
        ("pl", "Ewakuowano 55 osób z bloku 3 i 18 z domu 7.", "18", "evacuated"),
        # must NOT: the labels themselves stay no count
        ("en", "Crews evacuated 55 residents from block 4 and 18 from block 6.", "4", None),
        ("pl", "Ewakuowano 55 osób z bloku 3 i 18 z domu 7.", "3", None),
    ],
)
def test_a_list_item_after_a_numbered_noun_continues_the_list(
    language: str, text: str, figure: str, unit: str | None
) -> None:
    assert _unit(language, text, figure) == unit


@pytest.mark.parametrize("language", ["nl", "pl", "pt"])
def test_every_held_or_stuck_phrase_is_a_trapped_predicate(language: str) -> None:
    from crosscheck.lang import get_language

    raw = get_language(language).raw
    trapped = set(raw["casualties"]["trapped"])
    assert raw["syntax"]["held_or_stuck"]
    assert set(raw["syntax"]["held_or_stuck"]) <= trapped
