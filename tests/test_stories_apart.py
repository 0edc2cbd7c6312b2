"""Stories of one kind of event stay apart: who reports them does not make them one."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.align import _stories
from crosscheck.lang import get_language

# Written for this test: two floods in two towns in the same week, each told
# by outlets that cite the same institutions in the same words.
_DE = [
    (
        "de-a{}",
        "Nach Angaben des Innenministeriums kamen in Kellbrunn {} Menschen ums Leben. "
        "Der Bürgermeister sagte, viele Einwohner hätten ihre Häuser verloren.",
    ),
    (
        "de-b{}",
        "Nach Angaben des Innenministeriums kamen in Obersand {} Menschen ums Leben. "
        "Der Bürgermeister sagte, viele Einwohner hätten ihre Häuser verloren.",
    ),
]
_ES = [
    (
        "es-a{}",
        "Según el Ministerio del Interior, {} personas murieron en Valdemora. "
        "La Protección Civil pidió a los vecinos que no salieran de casa.",
    ),
    (
        "es-b{}",
        "Según el Ministerio del Interior, {} personas murieron en Castrelo. "
        "La Protección Civil pidió a los vecinos que no salieran de casa.",
    ),
]


def _batch(templates: list[tuple[str, str]], language: str) -> list[crosscheck.Article]:
    out = []
    for ident, text in templates:
        for k, n in enumerate((120, 135, 150)):
            figure = n if ident.endswith("a{}") else n * 3
            out.append(
                crosscheck.Article(
                    id=ident.format(k),
                    text=text.format(figure),
                    language=language,
                    published=f"2025-04-0{k + 1}",
                )
            )
    return out


def _stories_of(batch: list[crosscheck.Article]) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in _stories.cluster_stories(batch, [])}


def test_german_common_nouns_do_not_join_two_stories() -> None:
    stories = _stories_of(_batch(_DE, "de"))
    assert stories == {
        frozenset({"de-a0", "de-a1", "de-a2"}),
        frozenset({"de-b0", "de-b1", "de-b2"}),
    }


def test_a_ministry_cited_by_both_does_not_join_two_stories() -> None:
    stories = _stories_of(_batch(_ES, "es"))
    assert stories == {
        frozenset({"es-a0", "es-a1", "es-a2"}),
        frozenset({"es-b0", "es-b1", "es-b2"}),
    }


def _feed(stories: int) -> list[crosscheck.Article]:
    """``stories`` stories of four articles each, in English, each in a town of its own."""
    out = []
    for s in range(stories):
        # the first four letters differ from story to story, as town names do
        town = "".join(chr(ord("a") + int(d)) for d in f"{s:04d}")[::-1].capitalize() + "berg"
        for k in range(4):
            out.append(
                crosscheck.Article(
                    id=f"s{s:04d}-{k}",
                    text=f"The Interior Ministry said {100 + s * 7 + k} people died in {town}. "
                    f"Rescuers in {town} searched the rubble, the Red Cross said.",
                    language="en",
                    published="2025-04-01",
                )
            )
    return out


def test_similar_pairs_grow_with_the_batch_not_its_square() -> None:
    def pairs(batch: list[crosscheck.Article]) -> int:
        features = {a.id: _stories._features(a, ()) for a in batch}
        dates = {a.id: _stories._dated(a.published) for a in batch}
        languages = {a.id: a.language for a in batch}
        return len(_stories._similarities(features, dates, languages))

    small, large = pairs(_feed(25)), pairs(_feed(200))
    assert small > 0
    assert large <= 8 * small * 1.1  # 8x the articles: about 8x the pairs, not 64x


def _stories_of_report(rows: list[tuple[str, str, str, str]]) -> set[frozenset[str]]:
    articles = [
        crosscheck.Article(id=ident, text=text, language=lang, published=day)
        for ident, lang, day, text in rows
    ]
    return {frozenset(s.articles) for s in crosscheck.report(articles).stories}


def test_one_figure_two_stories_share_by_chance_does_not_join_them() -> None:
    """Two fires a month apart, in towns of their own; one report of each gives 454 dead."""
    rows = [
        ("a1", "en", "2025-06-02", "Wildfire in Pilsano\n\nAt least 294 people died in Pilsano."),
        ("a2", "fr", "2025-06-03", "Incendie à Pilsano\n\nLe bilan à Pilsano s'élève à 333 morts."),
        ("a3", "es", "2025-06-04", "Incendio en Pilsano\n\nYa son 454 los muertos en Pilsano."),
        ("b1", "en", "2025-07-08", "Wildfire in Korvelta\n\nThe toll in Korvelta rose to 454."),
        ("b2", "it", "2025-07-09", "Incendio a Korvelta\n\nSono 502 i morti a Korvelta."),
        ("b3", "es", "2025-07-09", "Incendio en Korvelta\n\nLos muertos en Korvelta son 502."),
    ]
    assert _stories_of_report(rows) == {
        frozenset({"a1", "a2", "a3"}),
        frozenset({"b1", "b2", "b3"}),
    }


def test_shared_figures_join_reports_whose_names_are_in_two_scripts() -> None:
    """Russian and Ukrainian reports of a blast in a town no place list knows share a name
    stem with each other and only their figures with the English and French ones."""
    rows = [
        (
            "r1",
            "en",
            "2025-08-06",
            "Blast in Zarvik\n\nThe blast at the port of Zarvik killed 137 people. It was "
            "caused by 2,750 tonnes of ammonium nitrate. Up to 300,000 people lost their homes.",
        ),
        (
            "r2",
            "fr",
            "2025-08-06",
            "Explosion à Zarvik\n\nL'explosion du port de Zarvik a fait 137 morts. En cause, "
            "2 750 tonnes de nitrate d'ammonium. Jusqu'à 300 000 personnes sont sans abri.",
        ),
        (
            "r3",
            "ru",
            "2025-08-06",
            "Взрыв в Зарвике\n\nЧисло погибших в результате взрыва в порту Зарвика достигло "
            "137 человек. Причиной взрыва стали 2750 тонн аммиачной селитры. Без крова "
            "остались до 300 тысяч человек.",
        ),
        (
            "r4",
            "uk",
            "2025-08-06",
            "Вибух у Зарвіку\n\nКількість загиблих унаслідок вибуху в порту Зарвіка зросла "
            "до 137 осіб. Причиною вибуху стали 2750 тонн аміачної селітри.",
        ),
    ]
    assert _stories_of_report(rows) == {frozenset({"r1", "r2", "r3", "r4"})}


def test_two_kinds_of_event_in_one_country_are_two_stories() -> None:
    """A flood in one province and a bus crash in another, both "in Spain", on the same days:
    their headlines tell two kinds of event, so their dead are never compared."""
    rows = [
        (
            "f1",
            "es",
            "2025-03-10",
            "Inundaciones en España\n\nAl menos 12 personas murieron en "
            "la provincia de Tarrona, en España, según el Gobierno regional.",
        ),
        (
            "f2",
            "en",
            "2025-03-10",
            "Floods in Spain\n\nAt least 12 people died in the province "
            "of Tarrona in Spain, the regional government said.",
        ),
        (
            "f3",
            "fr",
            "2025-03-11",
            "Inondations en Espagne\n\nLe bilan dans la province de "
            "Tarrona, en Espagne, est passé à 14 morts.",
        ),
        (
            "c1",
            "es",
            "2025-03-11",
            "Accidente de autobús en España\n\nSeis personas murieron al "
            "volcar un autobús cerca de Villamor, en España.",
        ),
        (
            "c2",
            "en",
            "2025-03-11",
            "Bus crash in Spain\n\nSix people were killed when a bus "
            "overturned near Villamor in Spain.",
        ),
        (
            "c3",
            "de",
            "2025-03-11",
            "Busunglück in Spanien\n\nBei einem Busunglück bei Villamor in "
            "Spanien sind sechs Menschen ums Leben gekommen.",
        ),
    ]
    assert _stories_of_report(rows) == {
        frozenset({"f1", "f2", "f3"}),
        frozenset({"c1", "c2", "c3"}),
    }


def test_kinds_of_one_event_keep_its_story_whole() -> None:
    """A storm's floods are one weather event; a headline that tells no kind joins by its
    names; "months after the earthquake" in a body does not count."""
    rows = [
        (
            "s1",
            "en",
            "2025-09-11",
            "Storm Vesna hits Korlin\n\nThe storm killed 40 people in Korlin, officials said.",
        ),
        (
            "s2",
            "it",
            "2025-09-11",
            "Alluvione a Korlin\n\nLe inondazioni hanno ucciso 40 persone "
            "a Korlin, mesi dopo il terremoto.",
        ),
        (
            "s3",
            "fr",
            "2025-09-12",
            "Korlin compte ses morts\n\nLa tempête Vesna a fait 52 morts à Korlin.",
        ),
        (
            "s4",
            "de",
            "2025-09-12",
            "Unwetter in Korlin\n\nDas Unwetter hat in Korlin 52 Menschen getötet.",
        ),
    ]
    assert _stories_of_report(rows) == {frozenset({"s1", "s2", "s3", "s4"})}


@pytest.mark.parametrize(
    ("lang", "headline", "kinds"),
    [
        ("en", "Deadly floods sweep Korlin", {"weather"}),
        ("fr", "Séisme au Maroc : le bilan s'alourdit", {"earthquake"}),
        ("es", "Un incendio forestal arrasa la sierra", {"fire"}),
        ("de", "Zugunglück bei Obersand: viele Verletzte", {"crash"}),
        ("it", "Esplosione in una fabbrica, tre morti", {"explosion"}),
        ("pt", "Surto de cólera no norte do país", {"epidemic"}),
        ("ro", "Inundații în Moldova: zeci de evacuați", {"weather"}),
        ("nl", "Aardbeving treft het noorden", {"earthquake"}),
        ("ca", "Protesta massiva pel preu de l'habitatge", {"protest"}),
        ("ru", "Наводнение в Оренбурге: эвакуированы тысячи", {"weather"}),
        ("uk", "Пожежа на складі у Києві", {"fire"}),
        ("pl", "Powódź na południu kraju", {"weather"}),
        ("ar", "زلزال قوي يضرب المغرب", {"earthquake"}),
        ("en", "Ministers meet in Brussels", set()),
    ],
)
def test_a_headline_tells_its_kind_of_event(lang: str, headline: str, kinds: set[str]) -> None:
    body = headline + "\n\nText."
    assert _stories._headline_kinds(body, get_language(lang)) == kinds
