"""One named place is evidence that two figures of a headline unit are one quantity
(session 37, h162).

A story has one quantity of a ``headline`` unit concept (``concepts.toml``: hectares
burnt or infested, tonnes spilled, a ship's passengers): two articles' figures of it
at one place both name are that place's share of it, told on two days ("5,000 hectares
in the province of Agadir" on Monday, "7 000 hectares" there on Wednesday: an update),
though each article also gives the country's figure (so neither is its article's only
value of the unit) and their words differ (two languages). The unit of such a figure
is an attribute unit, which the aligner compared only with evidence in its frame or
words; a shared named place now is. Not for a unit a story holds many of (kilometres:
the slick's length and the road closed; plain head counts: the residents and the
evacuated), and never across two places.

The phrases are our own.
"""

from __future__ import annotations

import pytest

import crosscheck

MONDAY = (
    "Locusts have spread over 30,000 hectares across Morocco, the agriculture ministry said "
    "on Monday. In the province of Agadir, the figure was 5,000 hectares."
)

WEDNESDAY = {
    "fr": "Le ministère de l'Agriculture évalue désormais le total à 41 000 hectares dans tout "
    "le Maroc. Dans la province d'Agadir, on compte 7 000 hectares, a-t-il précisé mercredi.",
    "es": "El Ministerio de Agricultura cifra ahora el total en 41.000 hectáreas en todo "
    "Marruecos. En la provincia de Agadir se cuentan 7.000 hectáreas, precisó el miércoles.",
    "it": "Il ministero dell'Agricoltura stima ora il totale a 41.000 ettari in tutto il "
    "Marocco. Nella provincia di Agadir si contano 7.000 ettari, ha precisato mercoledì.",
    "de": "Das Landwirtschaftsministerium beziffert die Gesamtfläche nun auf 41.000 Hektar in "
    "ganz Marokko. In der Provinz Agadir sind es 7.000 Hektar, teilte es am Mittwoch mit.",
    "pt": "O Ministério da Agricultura estima agora o total em 41.000 hectares em todo o "
    "Marrocos. Na província de Agadir contam-se 7.000 hectares, precisou na quarta-feira.",
    "nl": "Het ministerie van Landbouw schat het totaal nu op 41.000 hectare in heel Marokko. "
    "In de provincie Agadir gaat het om 7.000 hectare, meldde het woensdag.",
}


def _pair(
    one: str, two: str, language: str, first: str, second: str
) -> tuple[crosscheck.Report, crosscheck.Claim, crosscheck.Claim]:
    report = crosscheck.report(
        [
            crosscheck.Article(id="a1", text=one, language="en", published="2025-03-10", story="s"),
            crosscheck.Article(
                id="a2", text=two, language=language, published="2025-03-12", story="s"
            ),
        ]
    )
    quantities = [c for c in report.claims if c.kind == "quantity"]
    a = next(c for c in quantities if c.article == "a1" and first in c.text)
    b = next(c for c in quantities if c.article == "a2" and second in c.text)
    return report, a, b


@pytest.mark.parametrize("language", sorted(WEDNESDAY))
def test_two_days_figures_of_a_headline_unit_at_one_place_are_compared(language: str) -> None:
    report, a, b = _pair(MONDAY, WEDNESDAY[language], language, "5,000", "7")
    assert (a.place_id, b.place_id) == ("agadir", "agadir")
    explained = report.explain(a, b)
    assert explained.compared, str(explained)
    assert explained.same_group, str(explained)


@pytest.mark.parametrize(
    ("one", "two", "first", "second"),
    [
        # kilometres: a story holds many lengths (the slick's, a road's), one place or not
        (
            "The oil slick stretched along 30 kilometres of the coast, the ministry said on "
            "Monday. Near Agadir, the figure was 5 kilometres.",
            "Le ministère évalue désormais la nappe à 41 kilomètres de côte. Près d'Agadir, on "
            "compte 7 kilomètres, a-t-il précisé mercredi.",
            "5 kil",
            "7 kil",
        ),
        # a plain head count: the residents, the evacuated, the sheltered of one town
        (
            "Some 30,000 people live along the coast, the ministry said on Monday. In Agadir, "
            "the figure was 5,000 people.",
            "Le ministère évalue désormais à 41 000 le nombre d'habitants. À Agadir, on compte "
            "7 000 personnes, a-t-il précisé mercredi.",
            "5,000",
            "7 000",
        ),
        # two places: two shares of the country's area
        (
            MONDAY,
            "Le ministère de l'Agriculture évalue désormais le total à 41 000 hectares dans tout "
            "le Maroc. Dans la province de Marrakech, on compte 7 000 hectares, a-t-il précisé "
            "mercredi.",
            "5,000",
            "7 000",
        ),
    ],
)
def test_one_place_is_no_evidence_for_other_units_nor_two_places(
    one: str, two: str, first: str, second: str
) -> None:
    report, a, b = _pair(one, two, "fr", first, second)
    assert not report.explain(a, b).compared


def test_one_article_names_two_figures_of_one_place_apart_itself() -> None:
    text = (
        "Customs seized 8 tonnes of cocaine in the port of Antwerp on Tuesday, the prosecutor "
        "said. Since January, 44 tonnes have been seized in Antwerp, according to the customs "
        "service."
    )
    report = crosscheck.report(
        [crosscheck.Article(id="a1", text=text, language="en", published="2025-03-13")]
    )
    seized, year = [c for c in report.claims if c.kind == "quantity"]
    assert (seized.place_id, year.place_id) == ("antwerp", "antwerp")
    assert not report.explain(seized, year).compared


def test_a_months_figure_at_the_place_takes_no_evidence_from_it() -> None:
    report = crosscheck.report(
        [
            crosscheck.Article(id="a1", text=MONDAY, language="en", published="2025-03", story="s"),
            crosscheck.Article(
                id="a2", text=WEDNESDAY["fr"], language="fr", published="2025-03", story="s"
            ),
        ]
    )
    quantities = [c for c in report.claims if c.kind == "quantity"]
    a = next(c for c in quantities if c.article == "a1" and "5,000" in c.text)
    b = next(c for c in quantities if c.article == "a2" and "7 000" in c.text)
    assert len(a.as_of or "") < len("2025-03-10") or len(b.as_of or "") < len("2025-03-10")
    assert not report.explain(a, b).compared
