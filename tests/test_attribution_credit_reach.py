"""Credits that must reach their figure, and credits that must not land on it.

* A verb of telling matched only by folding away an accent is the plain verb: pt
  "…, disse a polícia" (the article "a") credits the police, where "disse à Lusa um
  porta-voz" (to the agency) names the speaker after the addressee.
* "The fire brigade said …" is a body speaking, not the story's fire.
* A sentence after the figure that points back to it credits it in every language,
  active or passive, the agent before or after the verb ("La información fue
  confirmada por el gobierno", "Dies wurde vom Gouverneur bestätigt", "Informację
  potwierdził wojewoda", "Эту информацию подтвердил губернатор").
* A count owned by a possessive credits its owner ("By the ministry's count, 40 died",
  "The fire brigade's figures showed 40 homes destroyed").

The sentences are our own (stories of fires, floods and storms; no newsbatch wording).
"""

from __future__ import annotations

import pytest

from ._articles import credits

_HEAD = "Headline of the day\n\n"


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("pt", "Foram retiradas 40 pessoas, disse a polícia.", "a polícia"),
        ("pt", "Morreram 40 pessoas, afirmou a Proteção Civil.", "a Proteção Civil"),
        ("pt", "Foram retiradas 40 pessoas, disse à Lusa a comandante.", "a comandante"),
        ("pt", "Cerca de 3 mil pessoas estão desalojadas, informou a prefeitura.", "a prefeitura"),
        ("en", "The fire brigade said 40 people were evacuated.", "The fire brigade"),
    ],
)
def test_a_speaker_after_the_verb_is_credited(language: str, text: str, source: str) -> None:
    assert credits(_HEAD + text, language) == [source]


def test_the_addressee_of_a_verb_of_telling_is_no_speaker() -> None:
    assert credits(_HEAD + "Foram retiradas 40 pessoas, disse à Lusa.", "pt") == [None]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "El número de muertos ascendió a 40. La información fue confirmada por el gobierno.",
            "el gobierno",
        ),
        (
            "ca",
            "El nombre de morts ha pujat a 40. Ho ha confirmat el conseller d'Interior.",
            "el conseller d'Interior",
        ),
        (
            "ca",
            "El nombre de morts ha pujat a 40. La informació ha estat confirmada pel govern.",
            "govern",
        ),
        (
            "ro",
            "Bilanțul a urcat la 40 de morți. Informația a fost confirmată de prefectură.",
            "prefectură",
        ),
        (
            "de",
            "Die Zahl der Toten stieg auf 40. Dies wurde vom Gouverneur bestätigt.",
            "Gouverneur",
        ),
        (
            "de",
            "Die Zahl der Toten stieg auf 40. Das wurde von der Polizei mitgeteilt.",
            "der Polizei",
        ),
        (
            "nl",
            "Het dodental is gestegen naar 40. Dat werd door de burgemeester bevestigd.",
            "de burgemeester",
        ),
        ("pl", "Liczba ofiar wzrosła do 40. Informację potwierdził wojewoda.", "wojewoda"),
        (
            "it",
            "Il bilancio è salito a 40 morti. A confermarlo è stata la prefettura.",
            "la prefettura",
        ),
        (
            "ro",
            "Bilanțul a urcat la 40 de morți. Anunțul a fost făcut de prefectul județului.",
            "prefectul județului",
        ),
        ("pl", "Liczba ofiar wzrosła do 40. Dane te przekazała policja.", "policja"),
        (
            "ru",
            "Число погибших выросло до 40. Эту информацию подтвердил губернатор.",
            "губернатор",
        ),
        (
            "uk",
            "Кількість загиблих зросла до 40. Цю інформацію підтвердив губернатор.",
            "губернатор",
        ),
        ("ar", "ارتفعت الحصيلة إلى 40 قتيلا. وأكد ذلك المحافظ.", "المحافظ"),
        (
            "en",
            "The toll rose to 40 dead. The figure was confirmed by the governor.",
            "the governor",
        ),
    ],
)
def test_a_sentence_that_points_back_credits_the_figure_before(
    language: str, text: str, source: str
) -> None:
    assert credits(_HEAD + text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a passive with an agent but no reporting verb: the agent did it, told nothing
        ("de", "40 Menschen wurden von den Fluten mitgerissen."),
        ("de", "40 Menschen starben. Das Dorf wurde von den Fluten zerstört."),
        ("nl", "40 mensen kwamen om. Het dorp werd door het water verwoest."),
        ("es", "Murieron 40 personas. El pueblo fue arrasado por el agua."),
    ],
)
def test_an_agent_that_reports_nothing_is_no_source(language: str, text: str) -> None:
    assert credits(_HEAD + text, language) == [None]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("By the ministry's count, 40 people died.", "the ministry"),
        ("Forty people died, by the ministry's count.", "the ministry"),
        ("The fire brigade's figures showed 40 homes destroyed.", "The fire brigade"),
        ("Forty people died, the ministry's figures showed.", "the ministry"),
        ("The ministry's count stood at 40 dead.", "The ministry"),
        ("According to the ministry's latest count, 40 people died.", "the ministry"),
    ],
)
def test_the_owner_of_a_count_is_its_source(text: str, source: str) -> None:
    assert credits(_HEAD + text, "en") == [source]


@pytest.mark.parametrize(
    "text",
    [
        "By Sunday evening, 40 people had died.",
        "The town's 40 schools were closed.",
        # the count stands in another clause
        "The ministry's figures came out on Monday; by then 40 people had died.",
    ],
)
def test_a_possessive_that_owns_no_count_credits_no_one(text: str) -> None:
    assert credits(_HEAD + text, "en") == [None]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("fr", "Selon la partie polonaise, 61 personnes ont été tuées.", "la partie polonaise"),
        ("es", "Según la parte polaca, murieron 61 personas.", "la parte polaca"),
        ("it", "Secondo la parte polacca, sono morte 61 persone.", "la parte polacca"),
        ("pt", "Segundo a parte polaca, morreram 61 pessoas.", "a parte polaca"),
        ("ca", "Segons la part polonesa, van morir 61 persones.", "la part polonesa"),
        ("ro", "Potrivit părții poloneze, au murit 61 de persoane.", "părții poloneze"),
        ("pl", "Według strony polskiej zginęła 61 osoba.", "strony polskiej"),
        ("ru", "По данным польской стороны, погиб 61 человек.", "польской стороны"),
        ("uk", "За даними польської сторони, загинула 61 людина.", "польської сторони"),
        ("nl", "Volgens de Poolse kant kwamen 61 mensen om.", "de Poolse kant"),
    ],
)
def test_a_state_side_is_a_source(language: str, text: str, source: str) -> None:
    # "the Polish side": a noun phrase credit whose adjective is not capitalised
    assert credits(_HEAD + text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La mayor parte de las 40 víctimas eran ancianos."),
        ("fr", "Une partie des 40 blessés a quitté l'hôpital."),
        ("pl", "Na stronie internetowej opublikowano listę 40 ofiar."),
        ("ru", "По обе стороны границы погибли 40 человек."),
        ("nl", "Aan de andere kant van de rivier kwamen 40 mensen om."),
    ],
)
def test_a_part_or_a_page_is_no_source(language: str, text: str) -> None:
    assert credits(_HEAD + text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("pt", "Morreram 40 pessoas, segundo dados da Defesa Civil.", "Defesa Civil"),
        ("pt", "Pelas contas da Defesa Civil, 40 pessoas morreram.", "Defesa Civil"),
        (
            "it",
            "Sono morte 40 persone, secondo i dati della Protezione civile.",
            "Protezione civile",
        ),
        ("ro", "Au murit 40 de persoane, potrivit datelor IGSU.", "IGSU"),
        ("es", "Murieron 40 personas, según datos de Protección Civil.", "Protección Civil"),
        ("fr", "Selon les chiffres de la préfecture, 40 personnes sont mortes.", "la préfecture"),
        ("ca", "Han mort 40 persones, segons dades dels Bombers.", "Bombers"),
        ("pl", "Dane straży pożarnej mówią o 40 ofiarach.", "straży pożarnej"),
        ("ru", "Данные МЧС говорят о 40 погибших.", "МЧС"),
        ("ar", "توفي 40 شخصا، وفقا لأرقام الدفاع المدني.", "الدفاع المدني"),
    ],
)
def test_a_body_s_data_are_credited_to_the_body(language: str, text: str, source: str) -> None:
    # "dados da Defesa Civil": the figures' author, so one body reads as one source
    assert credits(_HEAD + text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("es", "Según los datos oficiales, murieron 40 personas.", "los datos oficiales"),
        # what was counted, not who counted, follows the noun
        (
            "es",
            "Según el recuento de víctimas de Emergencias, murieron 40 personas.",
            "el recuento de víctimas de Emergencias",
        ),
        ("fr", "Selon les chiffres officiels, 40 personnes sont mortes.", "les chiffres officiels"),
        # a count is a report of its own, as a toll is: "Zählung der Behörden" stays whole
        (
            "de",
            "Einer Zählung der Behörden zufolge starben mindestens 300 Menschen.",
            "Zählung der Behörden",
        ),
    ],
)
def test_data_with_no_author_after_them_stay_as_written(
    language: str, text: str, source: str
) -> None:
    assert credits(_HEAD + text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "The fire service said 40 people were evacuated. "
            "The regional health service reported 12 injured.",
            "The regional health service",
        ),
        (
            "pt",
            "O serviço de bombeiros informou 40 retirados. O serviço de saúde registou 12 feridos.",
            "O serviço de saúde",
        ),
    ],
)
def test_a_body_of_the_same_noun_is_not_the_one_named_before(
    language: str, text: str, source: str
) -> None:
    # the next sentence's subject is another body: its count is not the first body's
    assert credits(_HEAD + text, language)[-1] == source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "The Interior Ministry said 40 people were evacuated. "
            "The ministry also reported 12 injured.",
            "The Interior Ministry",
        ),
        (
            "it",
            "L'Agenzia europea per l'ambiente stima 300 siti inquinati. "
            "Altri 45 sono sotto osservazione, precisa l'agenzia comunitaria.",
            "L'Agenzia europea per l'ambiente",
        ),
        (
            "pt",
            "O Ministério do Interior informou 40 mortos. "
            "O ministério marroquino registou ainda 12 feridos.",
            "O Ministério do Interior",
        ),
    ],
)
def test_a_pointer_to_the_body_named_before_still_finds_it(
    language: str, text: str, source: str
) -> None:
    # "the ministry", "o ministério marroquino" (the state tells whose body, not which),
    # "l'agenzia comunitaria" (an adjective after the noun describes the body)
    assert credits(_HEAD + text, language)[-1] == source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "pt",
            "O número de mortos subiu para 40. As informações são da Defesa Civil.",
            "Defesa Civil",
        ),
        (
            "pt",
            "O número de mortos subiu para 40. A confirmação foi feita pela Defesa Civil.",
            "Defesa Civil",
        ),
        (
            "es",
            "El número de muertos subió a 40. Los datos son de Protección Civil.",
            "Protección Civil",
        ),
        (
            "it",
            "Il bilancio è salito a 40 morti. I dati sono della Protezione civile.",
            "Protezione civile",
        ),
        ("ru", "По информации МЧС, погибли 40 человек.", "МЧС"),
        ("pt", "Morreram 40 pessoas, de acordo com informações da Defesa Civil.", "Defesa Civil"),
    ],
)
def test_whose_information_it_is_credits_the_figure(language: str, text: str, source: str) -> None:
    assert credits(_HEAD + text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Los datos son de 2023: murieron 40 personas."),
        ("it", "I dati sono del 2023: i morti furono 40."),
    ],
)
def test_data_of_a_year_credit_no_one(language: str, text: str) -> None:
    assert credits(_HEAD + text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "pl",
            "Na pokładzie było 64 pasażerów – poinformował przewoźnik w komunikacie.",
            "przewoźnik",
        ),
        ("es", "Murieron 40 personas, informó el ministerio en un comunicado.", "el ministerio"),
        ("ro", "Au murit 40 de persoane, a anunțat ISU într-un comunicat.", "ISU"),
        (
            "pt",
            "O número de mortos subiu para 40, informou a Defesa Civil em boletim divulgado hoje.",
            "a Defesa Civil",
        ),
    ],
)
def test_where_a_speaker_spoke_is_not_its_name(language: str, text: str, source: str) -> None:
    # "in a statement", "em boletim": where the speaker after its verb spoke (speaker_skip)
    assert credits(_HEAD + text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "Turnout was 45%, the election commission said. The opposition put it at 30%.",
            "The opposition",
        ),
        (
            "fr",
            "La participation a atteint 45 %, selon la commission électorale. "
            "L'opposition parle de 30 %.",
            "L'opposition",
        ),
        (
            "es",
            "La participación fue del 45%, según la junta electoral. La oposición habla de un 30%.",
            "La oposición",
        ),
        (
            "it",
            "L'affluenza è stata del 45%, secondo la commissione elettorale. "
            "L'opposizione parla del 30%.",
            "L'opposizione",
        ),
        (
            "pt",
            "A participação foi de 45%, segundo a comissão eleitoral. "
            "A oposição contesta o número e fala em apenas 30%.",
            "A oposição",  # the subject the two verbs share
        ),
        (
            "nl",
            "De opkomst was 45 procent, meldde de kiesraad. De oppositie spreekt van 30 procent.",
            "De oppositie",
        ),
    ],
)
def test_the_opposition_s_count_is_not_the_commission_s(
    language: str, text: str, source: str
) -> None:
    # another body's rival figure in the next sentence keeps its own credit
    assert credits(_HEAD + text, language)[-1] == source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "pt",
            "Até ao momento, 80 pessoas foram resgatadas, indicou o capitão do porto.",
            "o capitão do porto",
        ),
        (
            "it",
            "Sono state salvate 80 persone, ha detto il capitano della nave.",
            "il capitano della nave",
        ),
        ("ru", "Спасены 80 человек, сообщил капитан судна.", "капитан судна"),
    ],
)
def test_a_ship_s_captain_is_a_source(language: str, text: str, source: str) -> None:
    assert credits(_HEAD + text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Turnout was 45%. The opposition disputes the figure and says only 30% voted."),
        (
            "nl",
            "De opkomst was 45 procent. De oppositie betwist dat cijfer en spreekt van 30 procent.",
        ),
        ("pt", "A participação foi de 45%. A oposição contesta o número e fala em 30%."),
    ],
)
def test_who_disputes_a_figure_did_not_give_it(language: str, text: str) -> None:
    # the next sentence's credit covers a lead figure, but not when it disputes it
    assert credits(_HEAD + text, language)[0] is None


def test_a_fronted_credit_still_covers_the_lead_figure() -> None:
    text = _HEAD + "Turnout was 45%. According to the commission, 2 million people voted."
    assert credits(text, "en") == ["the commission", "the commission"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("nl", "De opkomst was 45 procent, aldus de kiescommissie.", "de kiescommissie"),
        (
            "ro",
            "Explozia a ucis 12 muncitori, a anunțat conducerea fabricii.",
            "conducerea fabricii",
        ),
        (
            "ro",
            "Spitalul a preluat 40 de răniți, a precizat managerul unității.",
            "managerul unității",
        ),
    ],
)
def test_compound_and_managing_bodies_are_sources(language: str, text: str, source: str) -> None:
    assert credits(_HEAD + text, language) == [source]
