"""Where a credit's reach ends inside a sentence, and cues that name no one in particular.

* A prefix cue that opens the clause after a colon or semicolon ("…: according to
  the local paper, neither …") credits that clause, not the figure before the break;
  one that closes a list after a colon still credits the whole.
* A postposition ("Schätzungen zufolge") has no subject after it: the words past it
  ("im vergangenen Jahr") are never its source.
* A bare pointer noun with no article ("Schätzungen zufolge", "according to estimates")
  brings in estimates not named before; with an article ("den Schätzungen zufolge")
  it still points back.
* With no comma after a prefix cue's source, the verb of the event ends it ("Według
  ministerstwa | zginęło 40 osób").
* German "…“, hieß es." credits a quote to the source named before.
* An official count before a reporting verb ("Bilanțul oficial arată că …") is its source.
* "The representative of X, who estimates …" credits the representative (a role noun), not X.
* Who believes a figure ("iar oficiali americani cred că …", "creen que …") is its source.
* Who updated, revised, verified or calculated a figure ("…: Генштаб оновив дані",
  "zaktualizował", "ha verificado", "berechnete") is its source.
* Who received a count ("De brandweer kreeg … 3000 meldingen") is its source, unless an
  opening prefix cue names another.
* A back-reference that names a report ("Такие данные приводятся в отчёте, представленном
  ВОЗ") goes on into the next paragraph.

The sentences are our own.
"""

from __future__ import annotations

import pytest

from crosscheck.claims._build import extract_claims
from crosscheck.extract._context import context
from crosscheck.ingest._article import Article
from crosscheck.lang import get_language


def _credit(lang: str, text: str, figure: str) -> tuple[str, bool] | None:
    start = text.index(figure)
    attrib = context(text, 0, len(text), start, start + len(figure), get_language(lang)).attribution
    return None if attrib is None else (attrib.source, attrib.refers_back)


def _claim_source(lang: str, text: str, figure: str) -> str | None:
    article = Article(id="t", text=text, language=lang)
    claims = [c for c in extract_claims(article) if c.kind == "quantity"]
    return next(c.attributed_to for c in claims if c.text.startswith(figure))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On Monday the count stood at 31, but two climbers were later found alive: "
            "according to the local newspaper, neither had been on the glacier.",
        ),
        (
            "ca",
            "Dimarts n'hi havia 31, però dos excursionistes han aparegut sans: segons el "
            "diari local, cap dels dos era a la muntanya.",
        ),
        (
            "es",
            "El martes había 31, pero dos montañeros aparecieron con vida: según el diario "
            "local, ninguno estaba en el glaciar.",
        ),
        (
            "fr",
            "Mardi on en comptait 31, mais deux randonneurs ont été retrouvés vivants ; "
            "selon le quotidien local, aucun des deux n'était sur le glacier.",
        ),
    ],
)
def test_a_prefix_cue_after_a_colon_credits_its_own_clause(lang: str, text: str) -> None:
    assert _credit(lang, text, "31") is None


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "The toll stands at 120 nationwide: 98 in the north and 22 in the south, "
            "according to the health ministry.",
            "the health ministry",
        ),
        (
            "es",
            "El balance es de 120 en total: 98 en el norte y 22 en el sur, según el "
            "Ministerio de Sanidad.",
            "el Ministerio de Sanidad",
        ),
    ],
)
def test_a_prefix_cue_closing_a_list_after_a_colon_credits_the_total(
    lang: str, text: str, want: str
) -> None:
    found = _credit(lang, text, "120")
    assert found is not None
    assert found[0] == want


@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        (
            "Dabei starben Berechnungen zufolge allein im letzten Jahr fast 900 Menschen.",
            "900",
            ("Berechnungen", False),
        ),
        (
            "Im vergangenen Winter kamen Schätzungen zufolge rund 4000 Wildtiere ums Leben.",
            "4000",
            ("Schätzungen", False),
        ),
        (
            "Im vergangenen Winter kamen den Schätzungen zufolge rund 4000 Wildtiere ums Leben.",
            "4000",
            ("den Schätzungen", True),
        ),
    ],
)
def test_a_postposition_credits_the_noun_before_it(
    text: str, figure: str, want: tuple[str, bool]
) -> None:
    assert _credit("de", text, figure) == want


def test_a_bare_pointer_noun_points_back_to_no_one() -> None:
    text = (
        "The park service said 120 deer were counted in spring. "
        "According to estimates, some 4,000 animals died last winter."
    )
    assert _credit("en", text.split(". ")[1], "4,000") == ("estimates", False)
    assert _claim_source("en", text, "some 4,000") == "estimates"


def test_a_pointer_noun_with_an_article_still_points_back() -> None:
    text = (
        "The park service said 120 deer were counted in spring. "
        "According to the estimates, some 4,000 animals died last winter."
    )
    assert _claim_source("en", text, "some 4,000") == "The park service"


def test_hiess_es_after_a_quote_credits_the_source_named_before() -> None:
    text = (
        "Das Flüchtlingswerk der Region teilte am Montag mit, 2000 Familien seien "
        "untergebracht worden.\n\n„Insgesamt ergibt sich eine Zahl von 8000 Vertriebenen“, "
        "hieß es."
    )
    assert _claim_source("de", text, "8000") == "Das Flüchtlingswerk der Region"


def test_hiess_es_with_a_source_after_it_credits_that_source() -> None:
    text = "„Insgesamt ergibt sich eine Zahl von 8000 Vertriebenen“, hieß es aus dem Ministerium."
    found = _credit("de", text, "8000")
    assert found is not None
    assert found[0] == "dem Ministerium"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        (
            "ro",
            "Purtătorul de cuvânt al Crucii Roșii, Ana Ionescu, a declarat că situația e gravă. "
            "Potrivit lui, au fost găsite 40 de persoane, iar numărul dispăruților este de "
            "ordinul sutelor.",
            "ordinul sutelor",
            "Purtătorul de cuvânt al Crucii Roșii, Ana Ionescu",
        ),
        (
            "de",
            "Der Bürgermeister der Stadt sprach am Abend mit Reportern. Ihm zufolge werden "
            "noch 35 Menschen vermisst.",
            "35",
            "Der Bürgermeister der Stadt",
        ),
    ],
)
def test_according_to_him_credits_the_source_named_before(
    lang: str, text: str, figure: str, want: str
) -> None:
    assert _claim_source(lang, text, figure) == want


def test_a_back_reference_that_names_a_report_goes_on_into_the_next_paragraph() -> None:
    text = (
        "В области погибли 120 человек. Такие данные приводятся в отчёте, представленном "
        "ВОЗ.\n\nСпасатели продолжают работу. Кроме того, 35 человек пропали без вести."
    )
    assert _claim_source("ru", text, "35") == "ВОЗ"


def test_a_back_reference_that_names_no_report_credits_its_own_paragraph_only() -> None:
    text = (
        "В области погибли 120 человек. Об этом сообщает Reuters.\n\n"
        "Спасатели продолжают работу. Кроме того, 35 человек пропали без вести."
    )
    assert _claim_source("ru", text, "120") == "Reuters"
    assert _claim_source("ru", text, "35") is None


def test_an_official_count_before_a_reporting_verb_is_its_source() -> None:
    text = "Bilanțul oficial arată că 158 de oameni au murit în inundații."
    found = _credit("ro", text, "158")
    assert found is not None
    assert found[0].startswith("Bilanțul")


def test_a_bare_count_before_a_reporting_verb_puts_the_figure_first() -> None:
    assert _credit("ro", "Bilanțul arată că 158 de oameni au murit în inundații.", "158") is None


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "ro",
            "Ministerul sănătății vorbește de 40 de morți, iar medicii locali cred că "
            "numărul ar putea ajunge la 90.",
            "medicii locali",
        ),
        (
            "es",
            "El ministerio habla de 40 muertos, mientras que los médicos locales creen que "
            "la cifra podría llegar a 90.",
            "los médicos locales",
        ),
        (
            "fr",
            "Le ministère parle de 40 morts, tandis que les médecins locaux croient que le "
            "bilan pourrait atteindre 90.",
            "les médecins locaux",
        ),
        (
            "de",
            "Das Ministerium spricht von 40 Toten, während die örtlichen Ärzte glauben, dass "
            "die Zahl auf 90 steigen könnte.",
            "die örtlichen Ärzte",
        ),
        (
            "it",
            "Il ministero parla di 40 morti, mentre i medici locali credono che il numero "
            "potrebbe arrivare a 90.",
            "i medici locali",
        ),
        (
            "pt",
            "O ministério fala em 40 mortos, enquanto os médicos locais acreditam que o "
            "número pode chegar a 90.",
            "os médicos locais",
        ),
        (
            "nl",
            "Het ministerie spreekt van 40 doden, terwijl de lokale artsen geloven dat het "
            "aantal tot 90 kan oplopen.",
            "de lokale artsen",
        ),
        (
            "ca",
            "El ministeri parla de 40 morts, mentre que els metges locals creuen que la "
            "xifra podria arribar a 90.",
            "els metges locals",
        ),
    ],
)
def test_who_believes_a_figure_is_its_source(lang: str, text: str, want: str) -> None:
    found = _credit(lang, text, "90")
    assert found is not None
    assert found[0] == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("uk", "Понад 900 солдатів за добу: Генштаб оновив дані про втрати.", "Генштаб"),
        ("ru", "Более 900 солдат за сутки: Генштаб обновил данные о потерях.", "Генштаб"),
        (
            "pl",
            "Ponad 900 żołnierzy w ciągu doby: sztab generalny zaktualizował dane o stratach.",
            "sztab generalny",
        ),
        ("nl", "Het ministerie actualiseerde het dodental tot 900.", "Het ministerie"),
    ],
)
def test_who_updated_a_figure_is_its_source(lang: str, text: str, want: str) -> None:
    found = _credit(lang, text, "900")
    assert found is not None
    assert found[0] == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("es", "La Guardia Civil ha verificado 412 fallecidos.", "La Guardia Civil"),
        ("fr", "La préfecture a vérifié 412 décès.", "La préfecture"),
        ("de", "Die Behörde berechnete 412 Todesfälle.", "Die Behörde"),
        ("it", "La protezione civile ha verificato 412 decessi.", "La protezione civile"),
        ("pt", "A polícia verificou 412 mortes.", "A polícia"),
        ("nl", "Het ministerie berekende 412 doden.", "Het ministerie"),
        ("ro", "Poliția a verificat 412 decese.", "Poliția"),
        ("pl", "Policja zweryfikowała 412 zgonów.", "Policja"),
        ("ca", "La policia ha verificat 412 morts.", "La policia"),
        ("ru", "Министерство пересмотрело 412 случаев.", "Министерство"),
        ("uk", "Міністерство переглянуло 412 випадків.", "Міністерство"),
    ],
)
def test_who_verified_or_revised_a_count_is_its_source(lang: str, text: str, want: str) -> None:
    found = _credit(lang, text, "412")
    assert found is not None
    assert found[0] == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Le représentant de la Croix-Rouge, qui évalue le nombre de victimes à 700, a "
            "lancé un appel.",
            "Le représentant de la Croix-Rouge",
        ),
        (
            "es",
            "El representante de la Cruz Roja, que cifra las víctimas en 700, pidió ayuda.",
            "El representante de la Cruz Roja",
        ),
        (
            "en",
            "The representative of the Red Cross, who estimates the toll at 700, appealed "
            "for help.",
            "The representative of the Red Cross",
        ),
    ],
)
def test_a_representative_is_a_role_that_heads_its_source(lang: str, text: str, want: str) -> None:
    found = _credit(lang, text, "700")
    assert found is not None
    assert found[0] == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("ru", "По словам жителей, погибли не менее 40 человек.", "жителей"),
        ("uk", "За словами мешканців, загинули щонайменше 40 людей.", "мешканців"),
        ("pl", "Według świadków, zginęło co najmniej 40 osób.", "świadków"),
        ("nl", "Volgens de meteorologen zijn er 40 doden.", "de meteorologen"),
    ],
)
def test_witnesses_residents_and_forecasters_are_sources(lang: str, text: str, want: str) -> None:
    found = _credit(lang, text, "40")
    assert found is not None
    assert found[0] == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("pl", "Według ministerstwa zginęło co najmniej 40 osób.", "ministerstwa"),
        ("pl", "Według policji zginęło 40 osób.", "policji"),
        ("ro", "Potrivit autorităților au murit 40 de oameni.", "autorităților"),
    ],
)
def test_a_prefix_source_ends_before_the_verb_of_the_event(lang: str, text: str, want: str) -> None:
    found = _credit(lang, text, "40")
    assert found is not None
    assert found[0] == want


def test_a_conjunction_opens_the_clause_of_the_source_after_it() -> None:
    text = (
        "Die Bilanz ist mit Vorsicht zu genießen, denn westliche Partner gehen von 500 Toten aus."
    )
    found = _credit("de", text, "500")
    assert found is not None
    assert found[0] == "westliche Partner"


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "es",
            "El Ministerio de Sanidad dio a conocer 412 nuevos casos.",
            "El Ministerio de Sanidad",
        ),
        (
            "it",
            "Il ministero della Salute ha pubblicato 412 nuovi casi.",
            "Il ministero della Salute",
        ),
        ("pl", "Ministerstwo zdrowia opublikowało 412 nowych przypadków.", "Ministerstwo zdrowia"),
        ("ro", "Ministerul Sănătății a difuzat 412 cazuri noi.", "Ministerul Sănătății"),
        ("fr", "Le ministère de la Santé a diffusé 412 nouveaux cas.", "Le ministère de la Santé"),
    ],
)
def test_who_published_a_figure_is_its_source(lang: str, text: str, want: str) -> None:
    found = _credit(lang, text, "412")
    assert found is not None
    assert found[0] == want
