"""Stories found through the places an article names, in any language.

An article's own words may share nothing with the other reports of its
story ("Pérou" against "Peru", "Spagna" against "Spain"); the places and
countries it names, read as place keys, do. A country named as whose figure
it is ("Le Pérou a enregistré …") names the story as its place would.
"""

from __future__ import annotations

import crosscheck
from crosscheck._fold import fold
from crosscheck.align._stories import _lead_places

PERU = [
    (
        "en",
        "Dengue surges in Peru\n\nPeru has recorded 120,500 dengue cases and 117 deaths "
        "so far this year, the health ministry said.",
    ),
    (
        "es",
        "El dengue avanza\n\nEl Perú suma 120.500 casos de dengue y 117 fallecidos en lo "
        "que va del año, según el Ministerio de Salud.",
    ),
    (
        "fr",
        "La maladie progresse\n\nLe Pérou a enregistré près de 125 000 cas et 122 décès "
        "depuis le début de l'année, selon le ministère de la Santé.",
    ),
]
SUDAN = [
    (
        "en",
        "Cholera spreads in Sudan\n\nSudan has recorded more than 2,700 cholera cases and "
        "172 deaths in the past week, the health ministry said.",
    ),
    (
        "fr",
        "Choléra au Soudan\n\nL'épidémie de choléra a fait 210 morts en une semaine au "
        "Soudan, selon Médecins sans frontières.",
    ),
]
FLOOD = [
    (
        "es",
        "La DANA en Valencia\n\nLa DANA ha dejado al menos 95 muertos en la provincia de "
        "Valencia, según el centro de emergencias.",
    ),
    (
        "en",
        "Spain floods\n\nAt least 95 people died in floods in the province of Valencia, "
        "emergency services said.",
    ),
    # Its figure names no place: only the lead ties it to the flood.
    (
        "it",
        "Maltempo in Spagna\n\nIl bilancio del maltempo che ha travolto la provincia di "
        "Valencia, in Spagna, diventa ogni ora più pesante.\n\nSecondo i dati diffusi dalla "
        "Comunità, i morti sono almeno 92.",
    ),
]


def _stories(rows: list[tuple[str, str]], published: str) -> list[set[str]]:
    articles = [
        crosscheck.Article(id=f"a{i:02d}", text=text, language=lang, published=published)
        for i, (lang, text) in enumerate(rows)
    ]
    report = crosscheck.report(articles)
    return sorted((set(s.articles) for s in report.stories), key=min)


def test_a_country_in_another_language_joins_its_story() -> None:
    stories = _stories(PERU + SUDAN, "2025-05-10")
    assert stories == [{"a00", "a01", "a02"}, {"a03", "a04"}]


def test_the_places_of_the_lead_join_an_article_to_its_story() -> None:
    stories = _stories(FLOOD + SUDAN, "2024-10-31")
    assert {"a00", "a01", "a02"} in stories


def test_the_democratic_republic_of_congo_by_any_name() -> None:
    rows = [
        (
            "en",
            "Mpox outbreak\n\nThe Democratic Republic of Congo has recorded more than "
            "15,600 mpox cases and 537 deaths this year, the World Health Organization said.",
        ),
        (
            "fr",
            "Variole : la RDC dépasse les 16 000 cas\n\nSelon le ministère de la Santé, la "
            "RDC a enregistré 16 700 cas suspects et 570 décès depuis janvier.",
        ),
    ]
    assert _stories(rows + SUDAN, "2024-08-20") == [{"a00", "a01"}, {"a02", "a03"}]


def test_a_place_named_in_passing_is_no_story_feature() -> None:
    text = (
        "Choléra au Soudan\n\nL'épidémie de choléra a fait 210 morts en une semaine au "
        "Soudan, selon Médecins sans frontières, qui avait déjà combattu le choléra au Pérou."
    )
    assert _lead_places(text, fold(text), "fr") == {"sudan"}
    # named twice in the lead, or in the headline, it counts
    assert "peru" in _lead_places("Pérou\n\n" + text, fold("Pérou\n\n" + text), "fr")
