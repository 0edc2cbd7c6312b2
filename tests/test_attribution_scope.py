"""The credited source across sentences: scope, back-references, wire credit, identity.

``context`` reads one sentence; ``extract_claims`` then carries a source over
the rest of its paragraph, resolves "the ministry", "il rapporto" and "he" to
the source named before, keeps the article's wire credit apart in
``Claim.wire`` and gives every credited source a language-neutral
``Claim.source_id``. The sentences are our own.
"""

from __future__ import annotations

import pytest

from crosscheck.claims._build import extract_claims
from crosscheck.claims._model import Claim
from crosscheck.extract._context import context, find_wire, source_id
from crosscheck.ingest._article import Article
from crosscheck.lang import get_language


def _figures(text: str, lang: str) -> dict[str, Claim]:
    article = Article(id="t", text=text, language=lang)
    return {c.text: c for c in extract_claims(article) if c.kind == "quantity"}


def _source(claims: dict[str, Claim], start: str) -> str | None:
    return next(c.attributed_to for t, c in claims.items() if t.startswith(start))


def test_a_source_governs_the_rest_of_its_paragraph() -> None:
    text = (
        "The regional health office said 310 people were treated in hospital. "
        "Another 45 remained in intensive care.\n\n"
        "The river rose by 4 metres overnight."
    )
    claims = _figures(text, "en")
    assert _source(claims, "310") == "The regional health office"
    assert _source(claims, "Another 45") == "The regional health office"
    assert _source(claims, "4 metres") is None  # a new paragraph credits no one


def test_a_pronoun_takes_the_source_named_before() -> None:
    text = (
        "The Coast Guard said 26 boats had sunk in the storm. "
        "It added that 140 sailors had been rescued."
    )
    assert _source(_figures(text, "en"), "140") == "The Coast Guard"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        (
            "en",
            "The Interior Ministry reported 900 arrests. The ministry said 35 officers were hurt.",
            "35",
            "The Interior Ministry",
        ),
        (
            "fr",
            "Le ministère de l'Intérieur a annoncé 900 interpellations. "
            "Le ministère a précisé que 35 policiers étaient blessés.",
            "35",
            "Le ministère de l'Intérieur",
        ),
        (
            "it",
            "L'Istat ha contato 2.300 nuove imprese nel trimestre. "
            "Il rapporto indica 120.000 posti di lavoro in più.",
            "120.000",
            "L'Istat",
        ),
        (
            "de",
            "Das Innenministerium meldete 900 Festnahmen. "
            "Nach Angaben des Ministeriums wurden 35 Polizisten verletzt.",
            "35",
            "Das Innenministerium",
        ),
    ],
)
def test_a_role_noun_resolves_to_the_name_before(
    lang: str, text: str, figure: str, want: str
) -> None:
    assert _source(_figures(text, lang), figure) == want


def test_a_pronoun_with_no_one_before_credits_no_one() -> None:
    assert _source(_figures("He said 70 houses were flooded.", "en"), "70") is None


def test_the_wire_credit_is_kept_apart_from_the_cited_source() -> None:
    text = (
        "LISBON (Reuters) - Firefighters said 1,200 hectares had burned by Monday.\n\n"
        "About 300 homes were evacuated."
    )
    claims = _figures(text, "en")
    assert {c.wire for c in claims.values()} == {"Reuters"}
    assert _source(claims, "1,200") == "Firefighters"
    assert _source(claims, "About 300") is None  # the wire is no source of the figure


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("fr", "PARIS (AFP) - Le gouvernement a annoncé un plan.", "AFP"),
        ("es", "MADRID, 3 Nov. (EFE).- El Gobierno ha aprobado un plan.", "EFE"),
        ("it", "Il governo ha approvato il piano.\n\n(ANSA)", "ANSA"),
        ("ro", "Guvernul a aprobat planul, informează Agerpres.\n\nAgerpres", "Agerpres"),
        ("en", "The government approved the plan, Reuters reported on Monday.", None),
    ],
)
def test_find_wire(lang: str, text: str, want: str | None) -> None:
    assert find_wire(text, get_language(lang)) == want


@pytest.mark.parametrize(
    ("lang", "source", "key"),
    [
        ("en", "South Korea's National Intelligence Service", "kr_nis"),
        ("en", "the NIS", "kr_nis"),
        ("ro", "serviciile de informații sud-coreene", "kr_nis"),
        ("it", "i servizi segreti di Seul", "kr_nis"),
        ("en", "the Ministry of Health", "health_ministry"),
        ("es", "el Ministerio de Sanidad", "health_ministry"),
        ("fr", "le ministère de la Santé", "health_ministry"),
        ("en", "the Interior Ministry", "interior_ministry"),
        ("fr", "le ministère de l'Intérieur", "interior_ministry"),
        ("de", "das Innenministerium", "interior_ministry"),
        ("de", "des marokkanischen Innenministeriums", "interior_ministry"),
        ("pt", "a Organização Mundial da Saúde (OMS)", "who"),
        ("nl", "de Wereldgezondheidsorganisatie", "who"),
        # case-inflected and script-specific spellings of the languages added later
        ("uk", "зведенні Генерального штабу ЗСУ", "ua_general_staff"),
        ("uk", "Генштабу", "ua_general_staff"),
        ("ru", "украинского Генштаба", "ua_general_staff"),
        ("ru", "Министерства обороны Великобритании", "uk_mod"),
        ("uk", "Міністерство оборони Великої Британії", "uk_mod"),
        ("pl", "brytyjskiego ministerstwa obrony", "uk_mod"),
        ("pl", "Sztabu Generalnego", "ua_general_staff"),
        ("ca", "el Ministeri de l'Interior", "interior_ministry"),
        ("ca", "l'Organització Mundial de la Salut", "who"),
        ("ar", "وزارة الداخلية", "interior_ministry"),
        ("ar", "منظمة الصحة العالمية", "who"),
        ("ru", "Всемирной организации здравоохранения", "who"),
        ("ca", "el Centre d'Integració de Dades", "cid_valencia"),
        ("ca", "el CID", "cid_valencia"),
        ("es", "el Centro de Integración de Datos del TSJCV", "cid_valencia"),
        ("it", "il Centro di integrazione dati", "cid_valencia"),
        ("es", "los servicios de inteligencia del Reino Unido", "uk_mod"),
        ("it", "i servizi segreti britannici", "uk_mod"),
        ("pt", "a inteligência do Reino Unido", "uk_mod"),
        ("fr", "les services de renseignement britanniques", "uk_mod"),
        ("ca", "els serveis d'intel·ligència del Regne Unit", "uk_mod"),
        ("en", "the Superior Court of Justice of the Valencia Region", "tsjcv"),
        ("es", "el Tribunal Superior de Justicia de la Comunitat Valenciana", "tsjcv"),
        ("en", "Spain's government", "es_government"),
        ("pt", "o governo espanhol", "es_government"),
        ("ca", "el Govern espanyol", "es_government"),
    ],
)
def test_source_id_is_one_key_across_spellings_and_languages(
    lang: str, source: str, key: str
) -> None:
    assert source_id(source, get_language(lang)) == key


def test_source_id_of_an_unlisted_source_folds_its_name() -> None:
    en = get_language("en")
    key = source_id("Libyan Red Cross Society", en)
    assert key == "libyan_red_cross_society"
    assert source_id("the Libyan Red Cross Society", en) == key


def test_claims_carry_their_source_id() -> None:
    claims = _figures("The Ministry of Health said 52 people had died.", "en")
    assert next(iter(claims.values())).source_id == "health_ministry"


@pytest.mark.parametrize(
    "lang", ["ro", "it", "en", "fr", "de", "es", "pt", "nl", "ru", "uk", "pl", "ca", "ar"]
)
def test_every_language_lists_the_same_source_keys(lang: str) -> None:
    """One identity table per language, with the keys of the English one: a source key
    missing in a language leaves its spellings there without an identity."""
    from crosscheck.extract._context import source_words

    keys = source_words(get_language(lang)).sources.labels
    assert keys == source_words(get_language("en")).sources.labels


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("en", "The report put the number of dead at 40.", "40"),
        ("es", "Los datos cifran en 40 los muertos.", "40"),
        ("fr", "Le rapport fait état de 40 morts.", "40"),
    ],
)
def test_a_back_noun_with_no_one_named_before_credits_no_one(
    lang: str, text: str, start: str
) -> None:
    """ "the report" with no source named before it names no one: no "report" as source."""
    claims = _figures(text, lang)
    assert _source(claims, start) is None


@pytest.mark.parametrize(
    ("lang", "text", "start", "want"),
    [
        (
            "ca",
            "Segons ha informat aquest dijous a la nit el Consell Comarcal, hi ha 14 ferits.",
            "14",
            "el Consell Comarcal",
        ),
        (
            "pt",
            "Segundo informou na noite de sexta-feira a Câmara Municipal, há 14 desaparecidos.",
            "14",
            "a Câmara Municipal",
        ),
        ("ca", "Segons elPeriòdic, hi ha 30 ferits.", "30", "elPeriòdic"),
        # a full stop inside a name does not end it
        ("ca", "Segons elMón.cat, hi ha 30 ferits.", "30", "elMón.cat"),
        ("ro", "Potrivit News.ro, 30 de oameni au murit.", "30", "News.ro"),
        (
            "en",
            "About 30 people died, the news site Caliber.Az reported.",
            "About 30",
            "the news site Caliber.Az",
        ),
    ],
)
def test_source_spans_are_clean(lang: str, text: str, start: str, want: str) -> None:
    """Times of day are cut off a source's edges; a camel-case or dotted outlet is a name."""
    claims = _figures(text, lang)
    assert _source(claims, start) == want


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        # a pointer with an adjective and an elided article: "l'agence onusienne"
        (
            "fr",
            "Le Haut-Commissariat aux réfugiés (HCR) recense 4 000 déplacés dans la région. "
            "Au moins 600 familles dorment dehors, ajoute l'agence onusienne.",
            "Au moins 600",
            "Le Haut-Commissariat aux réfugiés (HCR)",
        ),
        (
            "it",
            "L'Agenzia europea per l'ambiente stima 300 siti inquinati. "
            "Altri 45 sono sotto osservazione, precisa l'agenzia comunitaria.",
            "Altri 45",
            "L'Agenzia europea per l'ambiente",
        ),
        # the article "ال" glued to the role noun: "الوزارة" is "وزارة الصحة" named before
        (
            "ar",
            "أعلنت وزارة الصحة أن عدد المصابين بلغ 450 شخصا. "
            "وبحسب الوزارة، يوجد 38 مصابا في حالة حرجة.",
            "38",
            "وزارة الصحة",
        ),
        (
            "ar",
            "أفاد المتحدث باسم الدفاع المدني بأن 70 منزلا انهارت. "
            "وأضاف المسؤول ذاته أن 12 شخصا ما زالوا مفقودين.",
            "12",
            "المتحدث باسم الدفاع المدني",
        ),
    ],
)
def test_a_pointer_phrase_resolves_to_the_source_before(
    lang: str, text: str, figure: str, want: str
) -> None:
    """A short pointer phrase ("l'agence onusienne", "الوزارة", "المسؤول ذاته") takes the
    source named before it, also when an adjective follows its noun or its article is
    glued to it."""
    claims = _figures(text, lang)
    assert _source(claims, figure) == want


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        (
            "it",
            "Ogni settimana 200 persone lasciano la valle. Lo sostiene la Caritas diocesana.",
            "200",
            "la Caritas diocesana",
        ),
        (
            "es",
            "Unas 800 personas duermen en la calle. Lo asegura la Cruz Roja de Cádiz.",
            "Unas 800",
            "la Cruz Roja de Cádiz",
        ),
        (
            "fr",
            "Près de 900 écoles restent fermées. C'est ce qu'estime le syndicat des enseignants.",
            "Près de 900",
            "le syndicat des enseignants",
        ),
    ],
)
def test_a_back_reference_credits_the_figures_before_it(
    lang: str, text: str, figure: str, want: str
) -> None:
    """A sentence that opens with "Lo sostiene X", "Lo asegura X", "C'est ce qu'estime X"
    credits the figures before it in its paragraph ([attribution] back_references)."""
    claims = _figures(text, lang)
    assert _source(claims, figure) == want


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        (
            "fr",
            "Les crues ont fait 38 morts, selon le bilan diffusé par la préfecture du Gard.",
            "38",
            "la préfecture du Gard",
        ),
        (
            "pt",
            "Há 1.200 desalojados, segundo o relatório divulgado pela Proteção Civil.",
            "1.200",
            "Proteção Civil",
        ),
        (
            "en",
            "Some 2,000 people were evacuated, according to the figures, released by the county "
            "council.",
            "Some 2,000",
            "the county council",
        ),
    ],
)
def test_a_pointer_noun_credits_its_agent(lang: str, text: str, figure: str, want: str) -> None:
    """In "the report published by X", "le bilan diffusé par X" the agent is the source,
    not the report."""
    claims = _figures(text, lang)
    assert _source(claims, figure) == want


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        (
            "es",
            "Los datos del operativo fueron facilitados por la Delegación del Gobierno. "
            "En Alzira hay 340 evacuados.",
            "340",
            "la Delegación del Gobierno",
        ),
        (
            "ca",
            "Segons el Servei Meteorològic, la tempesta va ser excepcional. "
            "A Tortosa es van recollir 180 litres.",
            "180 litres",
            "el Servei Meteorològic",
        ),
        (
            "en",
            "According to the regional fire service, the blaze is now contained. "
            "It burned 2,300 hectares of forest.",
            "2,300 hectares",
            "the regional fire service",
        ),
    ],
)
def test_a_sentence_that_credits_its_data_governs_its_paragraph(
    lang: str, text: str, figure: str, want: str
) -> None:
    """A sentence with no figure that credits its information by a prefix cue ("según",
    "facilitados por") governs the rest of its paragraph, as a credited figure does."""
    claims = _figures(text, lang)
    assert _source(claims, figure) == want


def test_a_back_reference_names_its_source_for_the_pointers_after_it() -> None:
    """A sentence "Про це повідомило X" names X for a pointer in the next paragraph."""
    text = (
        "Втрати зросли на 15 відсотків. Про це повідомило Міністерство оборони Естонії.\n\n"
        "Як ідеться у зведенні, за тиждень було знищено 40 танків."
    )
    claims = _figures(text, "uk")
    assert _source(claims, "40") == "Міністерство оборони Естонії"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        (
            "de",
            "Der Zivilschutz hat am Abend neue Zahlen zu dem Sturm veröffentlicht.\n\n"
            "Demnach wurden 48 Häuser zerstört.",
            "48",
            "Der Zivilschutz",
        ),
        (
            "de",
            "Die Feuerwehr hat am Abend neue Angaben veröffentlicht. "
            "Demnach sind 30 Straßen gesperrt.",
            "30",
            "Die Feuerwehr",
        ),
        (
            "en",
            "The health ministry published its weekly report on Tuesday.\n\n"
            "By its count, 48 clinics were closed.",
            "48",
            "The health ministry",
        ),
        (
            "ru",
            "Спасатели опубликовали новый отчёт во вторник.\n\nПо их данным, 48 домов разрушены.",
            "48",
            "Спасатели",
        ),
        (
            "uk",
            "Рятувальники оприлюднили новий звіт у вівторок.\n\n"
            "За їхніми даними, 48 будинків зруйновано.",
            "48",
            "Рятувальники",
        ),
        (
            "pl",
            "Straż pożarna przedstawiła w środę nowy raport.\n\n"
            "Według nich 48 domów zostało zniszczonych.",
            "48",
            "Straż pożarna",
        ),
        (
            "es",
            "El Consorcio de Compensación de Seguros informó de 43.000 solicitudes. "
            "Con estas cifras se ha calculado un coste de 200 millones de euros.",
            "200 millones",
            "El Consorcio de Compensación de Seguros",
        ),
        (
            "pt",
            "A Cruz Vermelha registou 4.300 pedidos de ajuda. "
            "Com estes números, o prejuízo chega aos 200 milhões de euros.",
            "200 milhões",
            "A Cruz Vermelha",
        ),
        (
            "es",
            "Según Marta Gil, jefa de bomberos, el lunes hubo 12 rescates y el martes 30.\n\n"
            "En conjunto, los equipos sacaron a 42 personas de sus casas.",
            "42",
            "Marta Gil",
        ),
        (
            "it",
            "Secondo la prefettura, lunedì ci sono stati 12 soccorsi e martedì 30. "
            "Nel complesso, le squadre hanno evacuato 42 persone.",
            "42",
            "la prefettura",
        ),
    ],
)
def test_a_back_adverb_takes_the_source_of_a_sentence_without_figures(
    lang: str, text: str, figure: str, want: str
) -> None:
    """A sentence that names a source but no figure ("X has published new figures") is
    what "Demnach", "По их данным", "By its count" point back to, across paragraphs."""
    assert _source(_figures(text, lang), figure) == want


def test_a_back_adverb_with_no_source_before_credits_no_one() -> None:
    assert _source(_figures("Demnach wurden 48 Häuser zerstört.", "de"), "48") is None


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        (
            "de",
            "Der ukrainische Grenzschutz meldete am Morgen 300 Festnahmen. "
            "Kiew zufolge wurden zudem 12 Boote beschlagnahmt.",
            "12",
            "Der ukrainische Grenzschutz",
        ),
        (
            "en",
            "Ukraine's border service said 300 people were detained. "
            "Kyiv says 12 boats were seized.",
            "12",
            "Ukraine's border service",
        ),
        ("en", "Kyiv says 12 boats were seized.", "12", "Kyiv"),
        (
            "it",
            "Il portavoce ucraino Andrij Demčenko ha comunicato 300 arresti. "
            "Il rapporto di Kiev elenca inoltre 12 feriti.",
            "12",
            "Il portavoce ucraino Andrij Demčenko",
        ),
        (
            "es",
            "El portavoz ucraniano Andrí Demchenko informó de 300 detenidos. "
            "El parte de Kiev cifra además en 12 los heridos.",
            "12",
            "El portavoz ucraniano Andrí Demchenko",
        ),
        (
            "en",
            "The Russian navy said 300 sailors were on board. Kyiv says 12 boats were seized.",
            "12",
            "Kyiv",
        ),
    ],
)
def test_a_capital_speaks_for_the_last_source_of_its_state(
    lang: str, text: str, figure: str, want: str
) -> None:
    """A capital stands for its government ("Kiew zufolge", "Kyiv says"), and so does a
    pointer noun told by its capital alone ("il rapporto di Kiev"): the last source named
    of that state; with none (or only another state's) it stays as written."""
    assert _source(_figures(text, lang), figure) == want


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        (
            "en",
            "The regional governor said the situation remained critical. "
            "The aid includes 40 million euros for farmers.",
            "40 million",
            "The regional governor",
        ),
        (
            "de",
            "Der Bürgermeister sagte, die Lage bleibe ernst. "
            "Das Hilfspaket umfasst 40 Millionen Euro für Landwirte.",
            "40 Millionen",
            "Der Bürgermeister",
        ),
        (
            "ro",
            "Primarul a declarat că situația rămâne gravă. "
            "Pachetul de ajutor include 40 de milioane de euro pentru fermieri.",
            "40 de milioane",
            "Primarul",
        ),
    ],
)
def test_a_speaker_without_figures_governs_the_rest_of_the_paragraph(
    lang: str, text: str, figure: str, want: str
) -> None:
    """A sentence whose verb credits a short source but holds no figure ("The governor
    said the situation remained critical.") governs the figures after it in its
    paragraph, as a credited figure does."""
    assert _source(_figures(text, lang), figure) == want


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        (
            "en",
            "The magnitude 6.1 quake killed 40 people, the civil defence agency said.",
            "6.1",
            None,
        ),
        (
            "en",
            "The magnitude 6.1 quake killed 40 people, the civil defence agency said.",
            "40",
            "the civil defence agency",
        ),
        (
            "de",
            "Bei dem Beben der Stärke 5,9 starben 40 Menschen, "
            "sagte ein Sprecher des Zivilschutzes.",
            "5,9",
            None,
        ),
        (
            "en",
            "The US Geological Survey said the quake had a magnitude of 6.1.",
            "6.1",
            "The US Geological Survey",
        ),
        (
            "de",
            "Die Erdbebenwarte meldete ein Nachbeben der Stärke 4,2.",
            "4,2",
            "Die Erdbebenwarte",
        ),
    ],
)
def test_a_fixed_event_property_beside_a_count_is_not_the_cited_figure(
    lang: str, text: str, figure: str, want: str | None
) -> None:
    """A magnitude named beside a toll ("the magnitude 6.1 quake killed 40 people, X
    said") only names the event: X is credited with the toll. Reported on its own,
    the magnitude is the source's."""
    assert _source(_figures(text, lang), figure) == want


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        (
            "en",
            "The number of injured has risen to 410. According to the regional hospital "
            "board, 35 of them are in intensive care.",
            "410",
            "the regional hospital board",
        ),
        (
            "de",
            "Die Zahl der Verletzten ist auf 410 gestiegen. Wie die Klinikleitung am Abend "
            "mitteilte, liegen 35 von ihnen auf der Intensivstation.",
            "410",
            "die Klinikleitung",
        ),
        (
            "nl",
            "Het aantal gewonden is gestegen tot 410. Volgens het Rode Kruis liggen 35 van "
            "hen op de intensive care.",
            "410",
            "het Rode Kruis",
        ),
        (
            "ro",
            "Numărul răniților a crescut la 410. Potrivit conducerii spitalului, 35 dintre "
            "ei sunt la terapie intensivă.",
            "410",
            "conducerii spitalului",
        ),
        (
            "en",
            "The number of injured has risen to 410. Rescue teams worked through the night "
            "in the old town and along the river, the regional governor said.",
            "410",
            None,
        ),
        (
            "en",
            "The number of injured has risen to 410.\n\nAccording to the regional hospital "
            "board, 35 of them are in intensive care.",
            "410",
            None,
        ),
        # a subject with an apposition opens the sentence, its verb far after it
        (
            "ca",
            "Els ferits ja són 410. El director de l'hospital comarcal, Joan Puig, ha "
            "visitat aquest matí la planta i ha confirmat que 35 són a l'UCI.",
            "410",
            "El director de l'hospital comarcal, Joan Puig",
        ),
        (
            "es",
            "Los heridos ya son 410. El director del hospital comarcal, Juan Pérez, ha "
            "visitado esta mañana la planta y ha confirmado que 35 están en la UCI.",
            "410",
            "El director del hospital comarcal, Juan Pérez",
        ),
    ],
)
def test_a_lead_figure_takes_the_source_the_next_sentence_opens_with(
    lang: str, text: str, figure: str, want: str | None
) -> None:
    """A source that opens the next sentence of the paragraph, before its own figures
    ("The toll has risen to 410. According to X, …"), covers the uncredited figure just
    before it, however far its verb stands ("El director …, Joan Puig, ha … i ha
    confirmat"); one that closes the next sentence, or stands in the next paragraph, not."""
    assert _source(_figures(text, lang), figure) == want


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        (
            "en",
            "Britain's Ministry of Defence said 40 drones were shot down.\n\n"
            "According to the British analysts, 12 radars were also hit.",
            "12",
            "Britain's Ministry of Defence",
        ),
        (
            "de",
            "Das britische Verteidigungsministerium meldete 40 abgeschossene Drohnen. "
            "Britischen Analysten zufolge wurden zudem 12 Radaranlagen getroffen.",
            "12",
            "Das britische Verteidigungsministerium",
        ),
        (
            "uk",
            "Міністерство оборони Великої Британії повідомило про 40 збитих дронів. "
            "За оцінками британських аналітиків, уражено 12 радарів.",
            "12",
            "Міністерство оборони Великої Британії",
        ),
        (
            "ro",
            "Ministerul britanic al Apărării a anunțat 40 de drone doborâte. "
            "Potrivit analiștilor britanici, au fost lovite și 12 radare.",
            "12",
            "Ministerul britanic al Apărării",
        ),
        # no body of that state named before: the phrase stays as written
        (
            "en",
            "According to the British analysts, 12 radars were hit.",
            "12",
            "the British analysts",
        ),
        # a state's own body is no pointer: "US officials" speak for themselves
        (
            "en",
            "The Pentagon said 40 drones were shot down. US officials said 12 radars were hit.",
            "12",
            "US officials",
        ),
    ],
)
def test_a_state_adjective_with_a_group_noun_points_to_that_states_source(
    lang: str, text: str, figure: str, want: str
) -> None:
    """A state's adjective beside nothing but a group or estimate noun ("the British
    analysts", "британських аналітиків") stands for the body of that state named
    before ([attribution] group_nouns), across paragraphs; a phrase that names more
    ("US officials", "the Pentagon") or has no such body before stays as written."""
    assert _source(_figures(text, lang), figure) == want


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        (
            "de",
            "London: Bis zu 400 Drohnen abgeschossen\n\n"
            "Das britische Verteidigungsministerium meldete am Freitag 380 abgeschossene "
            "Drohnen.",
            "Bis zu 400",
            "Das britische Verteidigungsministerium",
        ),
        (
            "en",
            "Kyiv: 1,200 boats seized since spring\n\n"
            "Ukraine's border service said on Monday that 1,150 boats had been seized.",
            "1,200",
            "Ukraine's border service",
        ),
        # a capital with no body of its state named after it: a dateline, no source
        ("es", "Madrid: 40 casas inundadas\n\nLa lluvia cayó toda la noche.", "40", None),
        # a state pointer resolved by the body the article names after it
        (
            "en",
            "According to the British analysts, 12 radars were hit.\n\n"
            "Britain's Ministry of Defence published its update on Monday.",
            "12",
            "Britain's Ministry of Defence",
        ),
    ],
)
def test_a_headline_capital_or_state_pointer_takes_the_body_named_later(
    lang: str, text: str, figure: str, want: str | None
) -> None:
    """A headline's "Kyiv: …", or "the British analysts" with no body of that state
    named before, take the first body of that state the article names after them; a
    headline's capital with none credits no one (a dateline)."""
    assert _source(_figures(text, lang), figure) == want


def test_a_vague_figure_takes_no_credit_from_a_vague_twin() -> None:
    """A headline's "Thousands" repeats no figure: the body's credited "thousands"
    says nothing about who counted the headline's, unlike a repeated "1,240"."""
    text = (
        "Thousands dead after floods, 1,240 bodies recovered\n\n"
        "Thousands of people have died, the regional governor said. "
        "Rescuers said 1,240 bodies were recovered."
    )
    claims = list(extract_claims(Article(id="t", text=text, language="en")))
    by_start = {c.start: c.attributed_to for c in claims if c.kind == "quantity"}
    assert by_start[0] is None  # "Thousands dead"
    assert by_start[text.index("1,240")] == "Rescuers"  # the headline's exact twin
    assert by_start[text.index("Thousands of")] == "the regional governor"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The magnitude 6.1 tremor that shook the valley on Sunday destroyed 300 homes.\n\n"
            "According to the national seismic institute, the tremor had a magnitude of 6.1.",
        ),
        (
            "es",
            "El sismo de magnitud 6,1 que sacudió el valle el domingo destruyó 300 viviendas.\n\n"
            "Según el instituto sismológico nacional, el temblor alcanzó una magnitud de 6,1.",
        ),
        (
            "fr",
            "Le séisme de magnitude 6,1 qui a frappé la vallée dimanche a détruit 300 maisons.\n\n"
            "Selon l'institut sismologique national, la secousse a atteint une magnitude de 6,1.",
        ),
    ],
)
def test_a_magnitude_naming_the_event_takes_no_credit_from_its_twin(lang: str, text: str) -> None:
    """A magnitude that names the event ("the magnitude 6.1 tremor") is no reported
    figure: the body's credited 6.1 says nothing about who measured the lead's."""
    claims = [
        c for c in extract_claims(Article(id="t", text=text, language=lang)) if c.kind == "quantity"
    ]
    magnitudes = sorted((c.start, c.attributed_to) for c in claims if c.unit == "magnitude")
    assert len(magnitudes) == 2
    assert magnitudes[0][1] is None
    assert magnitudes[1][1] is not None


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        (
            "en",
            "The ministry said 40 roads were closed. A new report puts the toll at 312.",
            "312",
            "report",
        ),
        (
            "de",
            "Das Ministerium meldete 40 gesperrte Straßen. Eine Eilmeldung spricht von 312 Toten.",
            "312",
            "Eilmeldung",
        ),
        (
            "nl",
            "Het ministerie meldde 40 afgesloten wegen. Een nieuw rapport spreekt van 312 doden.",
            "312",
            "nieuw rapport",
        ),
        # the definite article points back to the source named before
        (
            "en",
            "The ministry said 40 roads were closed. The report puts the toll at 312.",
            "312",
            "The ministry",
        ),
    ],
)
def test_an_indefinite_pointer_noun_names_a_new_source(
    lang: str, text: str, figure: str, want: str
) -> None:
    """An indefinite "a new report", "eine Eilmeldung" brings in a source not named before
    ([attribution] indefinites); "the report" points back to the last one."""
    assert _source(_figures(text, lang), figure) == want


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        (
            "es",
            "Según el Ayuntamiento, los bomberos han localizado 14 vehículos arrastrados.",
            "14",
            "el Ayuntamiento",
        ),
        (
            "es",
            "Según la Cruz Roja, la policía registró 60 heridos, mientras que el hospital "
            "contabilizó 25 ingresos.",
            "25",
            "la Cruz Roja",
        ),
        (
            "en",
            "According to the regional council, the coastguard recovered 9 bodies on Sunday.",
            "9",
            "the regional council",
        ),
        (
            "it",
            "Secondo la prefettura, i vigili del fuoco hanno trovato 12 dispersi.",
            "12",
            "la prefettura",
        ),
        # a speech verb's subject keeps its rank: the prefix relays what it said
        (
            "es",
            "Según la agencia EFE, el alcalde dijo que hay 30 desaparecidos.",
            "30",
            "el alcalde",
        ),
    ],
)
def test_an_opening_prefix_credits_a_count_verb_after_it(
    lang: str, text: str, figure: str, want: str
) -> None:
    """A prefix cue that opens the sentence is the source of a count verb's figure
    after it ([attribution] count_verbs): the verb's subject made the count."""
    sentence = text
    start = sentence.index(figure)
    attrib = context(sentence, 0, len(sentence), start, start + len(figure), get_language(lang))
    assert attrib.attribution is not None
    assert attrib.attribution.source == want


@pytest.mark.parametrize(
    ("lang", "text", "deed", "later"),
    [
        (
            "en",
            "The regional government sent 600 firefighters to the valley. "
            "Around 2,000 people remain without power.",
            "600",
            "Around 2,000",
        ),
        (
            "es",
            "La Generalitat envió 600 bomberos al valle, que se suman a los 300 agentes ya "
            "desplegados. Unas 2.000 personas siguen sin luz.",
            "600",
            "Unas 2.000",
        ),
    ],
)
def test_a_deed_doer_credits_its_own_figure_only(
    lang: str, text: str, deed: str, later: str
) -> None:
    """The doer of a deed ("X sent 600 firefighters") is that figure's source, but it
    said nothing of the figures after it: no credit carries from it."""
    claims = _figures(text, lang)
    assert _source(claims, deed) is not None
    assert _source(claims, later) is None


@pytest.mark.parametrize(
    ("lang", "text", "counted", "vague"),
    [
        (
            "en",
            "The health ministry said 87 people had died. Dozens of people are still missing.",
            "87 people",
            "Dozens",
        ),
        (
            "de",
            "Der Zivilschutz meldete 87 Tote. Noch immer werden Dutzende Menschen vermisst.",
            "87 Tote",
            "Dutzende",
        ),
        (
            "fr",
            "La protection civile a fait état de 87 morts. Des dizaines de personnes sont "
            "toujours portées disparues.",
            "87 morts",
            "dizaines",
        ),
        (
            "es",
            "Protección Civil informó de 87 fallecidos. Todavía hay decenas de desaparecidos.",
            "87 fallecidos",
            "decenas",
        ),
    ],
)
def test_a_vague_figure_takes_no_carried_credit(
    lang: str, text: str, counted: str, vague: str
) -> None:
    """A source governs the exact figures after it in its paragraph, not a vague one
    ("dozens more are missing"): that is the writer's own summary."""
    claims = _figures(text, lang)
    assert _source(claims, counted) is not None
    got = next(c for t, c in claims.items() if vague in t)
    assert got.attributed_to is None


def test_a_vague_figure_keeps_the_credit_of_its_own_sentence() -> None:
    """ "Thousands died, the governor said" credits the vague figure of its sentence."""
    claims = _figures("Thousands of people died in the floods, the governor said.", "en")
    assert _source(claims, "Thousands") == "the governor"
