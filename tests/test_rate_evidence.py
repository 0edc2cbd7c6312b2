"""Rates: a count built up over a period is no rate; two rates of one period are one flow.

"48,000 Sudanese refugees reach Chad in a week" gives the time the 48,000 took to
arrive, a total ([frames] not_rate_before); "48,000 a week" is a rate. Two per-day head
counts of one story ("about 2,300 people arriving every day", "unas 1.500 personas al
día") are the story's one daily flow read on two days, compared without shared words
(edge reason ``same_rate``), while a rate is never set against a total.
"""

from __future__ import annotations

import pytest

import crosscheck


def _quantities(text: str, lang: str) -> list[crosscheck.Claim]:
    report = crosscheck.report(
        [crosscheck.Article(id="a", text=text, language=lang, published="2025-04-08")]
    )
    return [c for c in report.claims if c.kind == "quantity" and c.low is not None]


def _rate_of(text: str, lang: str, value: int) -> str | None:
    claim = next(c for c in _quantities(text, lang) if c.low == value)
    return claim.rate


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Some 48,000 refugees have reached the border camps in a week, the agency said."),
        ("en", "Nearly 48,000 refugees crossed into the country within a month, officials said."),
        ("fr", "Quelque 48 000 réfugiés sont arrivés dans les camps en une semaine."),
        ("it", "Circa 48.000 profughi sono arrivati nei campi in una settimana."),
        ("de", "Rund 48.000 Flüchtlinge sind binnen einer Woche in den Lagern angekommen."),
        ("es", "Unos 48.000 refugiados han llegado a los campamentos en una semana."),
    ],
)
def test_a_count_built_up_over_a_period_is_no_rate(lang: str, text: str) -> None:
    assert _rate_of(text, lang, 48000) is None


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        ("en", "Some 48,000 refugees arrive at the border camps a week, the agency said.", "week"),
        ("en", "About 2,300 people cross the border every day, the agency said.", "day"),
        ("fr", "Quelque 48 000 réfugiés arrivent dans les camps par semaine.", "week"),
        ("it", "Circa 48.000 profughi arrivano nei campi a settimana.", "week"),
        ("de", "Rund 48.000 Flüchtlinge kommen pro Woche in den Lagern an.", "week"),
        ("es", "Unos 48.000 refugiados llegan a los campamentos por semana.", "week"),
    ],
)
def test_a_per_period_figure_stays_a_rate(lang: str, text: str, period: str) -> None:
    assert _rate_of(text, lang, 48000 if period == "week" else 2300) == period


FIRST = (
    "en",
    "Refugees keep coming\n\nAbout 2,300 people are arriving every day at the border "
    "crossing, the agency said on Tuesday.",
)


def _pair(lang: str, text: str) -> tuple[crosscheck.Report, crosscheck.Claim, crosscheck.Claim]:
    report = crosscheck.report(
        [
            crosscheck.Article(id="a", text=FIRST[1], language=FIRST[0], published="2025-04-08"),
            crosscheck.Article(id="b", text=text, language=lang, published="2025-04-11"),
        ]
    )
    quantities = [c for c in report.claims if c.kind == "quantity" and c.low is not None]
    a = next(c for c in quantities if c.article == "a" and c.low == 2300)
    b = next(c for c in quantities if c.article == "b" and c.low in (1500, 1500000))
    return report, a, b


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Refugiados\n\nUnas 1.500 personas cruzan la frontera cada día, según la agencia."),
        ("fr", "Réfugiés\n\nQuelque 1 500 personnes franchissent la frontière chaque jour."),
        ("it", "Profughi\n\nCirca 1.500 persone attraversano il confine ogni giorno."),
        ("de", "Flüchtlinge\n\nRund 1.500 Menschen überqueren täglich die Grenze."),
        ("pt", "Refugiados\n\nCerca de 1.500 pessoas atravessam a fronteira todos os dias."),
    ],
)
def test_two_rates_of_one_period_are_one_flow(lang: str, text: str) -> None:
    report, a, b = _pair(lang, text)
    assert a.rate == b.rate == "day"
    explanation = report.explain(a.id, b.id)
    assert explanation.compared, str(explanation)
    assert "same_rate" in explanation.reasons


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a total is never the flow's reading
        ("es", "Refugiados\n\nUnas 1.500 personas han cruzado la frontera, según la agencia."),
        ("de", "Flüchtlinge\n\nRund 1.500 Menschen haben die Grenze überquert."),
        # a weekly flow is not the daily one
        ("fr", "Réfugiés\n\nQuelque 1 500 personnes franchissent la frontière chaque semaine."),
    ],
)
def test_a_rate_is_not_compared_with_a_total_or_another_period(lang: str, text: str) -> None:
    report, a, b = _pair(lang, text)
    assert a.rate != b.rate
    assert report.explain(a.id, b.id).reason == "rate_vs_cumulative"


def test_two_totals_of_people_still_need_evidence() -> None:
    report = crosscheck.report(
        [
            crosscheck.Article(
                id="a",
                text="Floods\n\nAbout 2,300 people gathered at the stadium on Tuesday.",
                language="en",
                published="2025-04-08",
            ),
            crosscheck.Article(
                id="b",
                text="Inondations\n\nQuelque 1 500 personnes vivent dans le village.",
                language="fr",
                published="2025-04-11",
            ),
        ]
    )
    quantities = [c for c in report.claims if c.kind == "quantity" and c.low is not None]
    a = next(c for c in quantities if c.article == "a")
    b = next(c for c in quantities if c.article == "b")
    assert a.rate is None
    assert b.rate is None
    assert report.explain(a.id, b.id).reason == "no_evidence"
