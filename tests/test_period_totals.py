"""A count since the start of a season is a running total over that season.

"Since the start of the winter 230 fishermen were rescued" counts the whole season, not
one day: ``[scope] period_total`` marks a count since a season's start (a year's is often
the story's own running count, an epidemic's cases since January, and is not marked),
``past_period`` marks a past period's total ("last winter"), and the aligner compares
neither with a count of one day or event (``period_total_vs_count``). Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.extract._context import context


def _scope(language: str, text: str, figure: str) -> tuple[str, ...]:
    lang = crosscheck.lang.get_language(language)
    start = text.index(figure)
    return tuple(context(text, 0, len(text), start, start + len(figure), lang).scope)


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "Since the start of the winter, rescuers have saved 140 anglers.", "140"),
        ("en", "So far this season 75 climbers have been rescued.", "75"),
        ("uk", "З початку зими рятувальники врятували 140 людей.", "140"),
        ("ru", "С начала зимы спасатели сняли со льда 140 рыбаков.", "140"),
        ("pl", "Od początku sezonu ratownicy uratowali 140 osób.", "140"),
        ("de", "Seit Beginn des Winters wurden 140 Menschen gerettet.", "140"),
        ("fr", "Depuis le début de l'hiver, 140 pêcheurs ont été secourus.", "140"),
        ("es", "En lo que va de temporada se han rescatado 140 personas.", "140"),
        ("it", "Dall'inizio dell'inverno sono state salvate 140 persone.", "140"),
        ("pt", "Desde o início do inverno foram resgatadas 140 pessoas.", "140"),
        ("ca", "Des de l'inici de l'hivern s'han rescatat 140 persones.", "140"),
        ("ro", "De la începutul iernii au fost salvate 140 de persoane.", "140"),
        ("nl", "Sinds het begin van de winter zijn 140 mensen gered.", "140"),
        ("ar", "منذ بداية الشتاء تم إنقاذ 140 شخصا.", "140"),
        ("en", "Rescuers have saved 140 anglers since the start of the winter.", "140"),
    ],
)
def test_a_count_since_a_period_start_is_a_period_total(
    language: str, text: str, figure: str
) -> None:
    assert "period_total" in _scope(language, text, figure)


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # must NOT: another figure between, or a clause break after the figure
        ("en", "Since the start of the winter 140 anglers were rescued, 12 of them today.", "12"),
        (
            "en",
            "On Monday 12 were rescued, bringing the total since the start of the season to 140.",
            "12",
        ),
        ("ru", "В субботу сняли 12 рыбаков, а с начала зимы уже 140.", "12"),
        # must NOT: an event's onset is no calendar period
        ("en", "Since the start of the war 140 soldiers have been killed.", "140"),
        # must NOT: a year's running total is often the story's own count (an epidemic's)
        ("en", "Since the start of the year the province has recorded 1,240 cases.", "1,240"),
        ("pt", "A província registou, desde o início do ano, 1.240 casos.", "1.240"),
    ],
)
def test_a_period_phrase_reaches_only_its_figure(language: str, text: str, figure: str) -> None:
    assert "period_total" not in _scope(language, text, figure)


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "Last winter 95 anglers had to be rescued.", "95"),
        ("ru", "Прошлой зимой спасённых было 95.", "95"),
        ("de", "Im vergangenen Winter wurden 95 Angler gerettet.", "95"),
    ],
)
def test_a_past_period_count_is_that_periods_total(language: str, text: str, figure: str) -> None:
    assert "past_period" in _scope(language, text, figure)


def test_a_period_total_is_no_rival_of_one_days_count() -> None:
    articles = [
        crosscheck.Article(
            id="a1",
            text="Rescuers lifted 48 anglers off a drifting floe on Saturday, the board said.",
            language="en",
            published="2025-02-15",
            story="floe",
        ),
        crosscheck.Article(
            id="a2",
            text=(
                "Since the start of the winter, rescuers have saved more than 230 anglers"
                " on the lake, the rescue board said."
            ),
            language="en",
            published="2025-02-15",
            story="floe",
        ),
    ]
    r = crosscheck.report(articles)
    assert not [f for f in r.findings if f.kind == "conflict"]


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # must NOT (review of session 39): a season phrase that qualifies a noun before
        # the figure says when something else happened, not what the figure counts
        ("en", "In the deadliest avalanche this winter, 5 skiers were killed on Saturday.", "5"),
        ("en", "Hurricane Ian, the strongest storm this season, killed 30 people.", "30"),
        ("en", "Worse than last summer, the heatwave killed 5 people on Monday.", "5"),
        ("de", "Schlimmer als im vergangenen Sommer: Die Hitzewelle tötete 5 Menschen.", "5"),
        ("fr", "L'avalanche la plus meurtrière cette saison a tué 5 skieurs samedi.", "5"),
    ],
)
def test_a_season_phrase_inside_a_noun_phrase_marks_no_figure(
    language: str, text: str, figure: str
) -> None:
    assert not set(_scope(language, text, figure)) & {"period_total", "past_period"}


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # must NOT (review of session 40): a season phrase after the figure that is the
        # term of a comparison ("since", "than", "as many as") says when something else
        # happened, not when the counted thing did ([syntax] period_comparisons)
        ("en", "1,800 homes lost power in the fiercest gale since last winter.", "1,800"),
        ("en", "The gale cut power to 1,800 homes more than last winter.", "1,800"),
        ("en", "Crews restored power to 1,800 homes as quickly as last winter.", "1,800"),
        ("es", "Se desalojó a 600 vecinos en la peor crecida desde el invierno pasado.", "600"),
        ("de", "600 Anwohner verloren ihr Dach so viele wie seit dem letzten Winter nicht.", "600"),
        ("fr", "600 foyers privés de courant dans la pire tempête depuis l'hiver dernier.", "600"),
        ("pt", "Foram retiradas 600 pessoas mais do que no verão passado.", "600"),
        ("nl", "600 huizen zonder stroom bij de zwaarste storm sinds vorige zomer.", "600"),
        ("pl", "Bez prądu zostało 600 domów najwięcej od zeszłej zimy.", "600"),
        ("ru", "Без света остались 600 домов больше чем прошлой зимой.", "600"),
        ("uk", "Без світла залишилися 600 будинків більше ніж минулої зими.", "600"),
    ],
)
def test_a_season_phrase_a_figure_is_compared_with_marks_no_figure(
    language: str, text: str, figure: str
) -> None:
    assert not set(_scope(language, text, figure)) & {"period_total", "past_period"}


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # a season phrase after the figure that says when the counted thing happened
        ("en", "1,800 homes lost power last winter.", "1,800"),
        ("es", "600 vecinos fueron desalojados el invierno pasado.", "600"),
        ("de", "600 Anwohner wurden im vergangenen Winter evakuiert.", "600"),
        ("fr", "On a évacué 600 habitants l'hiver dernier.", "600"),
        ("ru", "Без света остались 600 домов прошлой зимой.", "600"),
    ],
)
def test_a_season_phrase_after_its_figure_says_when(language: str, text: str, figure: str) -> None:
    assert "past_period" in _scope(language, text, figure)


@pytest.mark.parametrize(
    ("language", "text", "figure", "scope"),
    [
        # a relative pronoun before a season phrase is no comparison: the figure counts
        # that season ([syntax] period_comparison_links need a comparative before them)
        (
            "es",
            "Son 410 los excursionistas que esta temporada han sido evacuados.",
            "410",
            "period_total",
        ),
        (
            "ca",
            "Són 410 els excursionistes que aquesta temporada han estat evacuats.",
            "410",
            "period_total",
        ),
        (
            "fr",
            "Ce sont 410 randonneurs que cette saison les secours ont évacués.",
            "410",
            "period_total",
        ),
        (
            "it",
            "Sono 410 gli escursionisti che in questa stagione sono stati evacuati.",
            "410",
            "period_total",
        ),
        ("ro", "Cele 410 de evacuări din sezonul trecut au fost un record.", "410", "past_period"),
    ],
)
def test_a_relative_pronoun_before_a_season_phrase_compares_nothing(
    language: str, text: str, figure: str, scope: str
) -> None:
    assert scope in _scope(language, text, figure)


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # must NOT: after a comparative the same word links a comparison's term
        ("es", "Se evacuó a 410 excursionistas más que el invierno pasado.", "410"),
        ("fr", "On a évacué 410 randonneurs de plus que l'hiver dernier.", "410"),
        ("it", "Sono stati evacuati 410 escursionisti in più che l'inverno scorso.", "410"),
        ("pt", "Foram evacuados 410 caminhantes a mais que no inverno passado.", "410"),
    ],
)
def test_a_link_word_after_a_comparative_still_compares(
    language: str, text: str, figure: str
) -> None:
    assert not set(_scope(language, text, figure)) & {"period_total", "past_period"}
