"""A copula that puts the figure first and its counted noun after a definite article
("Sono circa 9.000 gli ettari colpiti", "Son 30 los kilómetros"): the noun after the
article is what the figure counts ([toll_nouns] subject_articles)."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _units(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.unit) for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        (
            "it",
            "Secondo la Regione sono circa 4.500 gli ettari di vigneti rovinati.",
            "4.500",
            "hectares",
        ),
        ("it", "Erano 25 gli anni di reclusione chiesti dall'accusa.", "25", "years"),
        ("es", "Son unas 1.200 las hectáreas quemadas en la sierra.", "1.200", "hectares"),
        ("es", "Fueron casi 80 los kilómetros de carretera cortados.", "80", "roads_km"),
        ("pt", "São cerca de 3.000 os hectares de milho perdidos.", "3.000", "hectares"),
        ("pt", "Foram 12 os dias de espera no porto.", "12", "days"),
        ("ca", "Són unes 650 les hectàrees cremades al parc.", "650", "hectares"),
        ("ca", "Eren 40 els quilòmetres de cua a l'autopista.", "40", "kilometres"),
    ],
)
def test_the_noun_after_the_article_is_counted(
    language: str, text: str, figure: str, unit: str
) -> None:
    found = [u for t, u in _units(text, language) if figure in t]
    assert found == [unit]


@pytest.mark.parametrize(
    ("language", "text", "figure", "not_unit"),
    [
        # a comma ends the clause: the noun after it counts the figure after it
        ("it", "I dispersi sono 30, gli ettari bruciati 700.", "30", "hectares"),
        ("es", "Los evacuados son 300, las hectáreas quemadas 900.", "300", "hectares"),
        # languages without this word order: the article opens another phrase
        ("en", "The dead were 30 the day before.", "30", "days"),
        ("fr", "Les blessés étaient 30 les jours précédents.", "30", "days"),
        ("de", "Die Verletzten waren 30 die Tage davor.", "30", "days"),
        ("ro", "Răniții erau 30 zilele trecute.", "30", "days"),
    ],
)
def test_an_article_that_opens_another_phrase_is_not_read(
    language: str, text: str, figure: str, not_unit: str
) -> None:
    found = [u for t, u in _units(text, language) if t.startswith(figure) or figure in t]
    assert found
    assert not_unit not in found


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("es", "Son 30 los que siguen ingresados.", "30"),
        ("pt", "São 30 os que continuam internados.", "30"),
        ("it", "Sono 30 quelli che restano ricoverati.", "30"),
        ("ca", "Són 30 els que continuen ingressats.", "30"),
    ],
)
def test_a_pronoun_after_the_article_names_no_noun(language: str, text: str, figure: str) -> None:
    # "los que": no noun follows the article, so nothing is read past it
    texts = [t for t, _ in _units(text, language) if figure in t]
    assert texts
    assert all(" que" not in t and " quelli" not in t for t in texts)
