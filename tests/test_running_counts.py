"""Running counts told on two days: one quantity at two times, an update, not a conflict.

Two articles' only values of a unit a story has one quantity of (``concepts.toml``
``headline``: hectares burnt, tonnes spilled, passengers affected) are that quantity
whatever day each gives it; two days stated to the day make them a timeline. A month
holds many of the story's figures: a month-dated article's value still needs evidence.
"""

from __future__ import annotations

import pytest

from crosscheck.claims._model import Claim

from ._articles import story_report

# Two outlets' only value of a headline unit, two days apart, worded apart.
TWO_DAYS = {
    "fire": [
        ("en", "The blaze has now burnt 3,200 hectares of pine forest, firefighters said."),
        ("es", "Las llamas han arrasado ya 4.100 hectáreas de pinar, según los bomberos."),
    ],
    "spill": [
        ("de", "Aus dem Tanker sind nach Angaben der Reederei rund 300 Tonnen Öl ausgelaufen."),
        ("it", "Secondo la capitaneria, in mare sono finite 450 tonnellate di greggio."),
    ],
    "strike": [
        ("fr", "La grève des aiguilleurs a touché quelque 120 000 passagers, selon l'exploitant."),
        ("ro", "Greva a afectat aproximativ 260.000 de pasageri, potrivit operatorului."),
    ],
    "grounding": [
        ("pl", "Z wraku wyciekło już około 80 ton paliwa, podała straż przybrzeżna."),
        ("nl", "Volgens de kustwacht is inmiddels 140 ton brandstof uit het wrak gelekt."),
    ],
}


def _figures(report_claims: tuple[Claim, ...]) -> list[Claim]:
    return sorted((c for c in report_claims if c.kind == "quantity"), key=lambda c: c.id)


@pytest.mark.parametrize("story", sorted(TWO_DAYS))
def test_two_days_only_values_are_an_update(story: str) -> None:
    (lang_a, text_a), (lang_b, text_b) = TWO_DAYS[story]
    report = story_report([("2026-03-10", lang_a, text_a), ("2026-03-12", lang_b, text_b)], story)
    a, b = _figures(report.claims)
    assert a.sole
    assert b.sole
    explained = report.explain(a, b)
    assert explained.compared
    assert "sole_figures" in explained.reasons
    assert not report.conflicts
    assert any(
        {a.id, b.id} <= {c for point in f.timeline for c in point.claims}
        for f in report.findings
        if f.timeline
    )


@pytest.mark.parametrize("story", ["grounding", "spill", "strike"])
def test_a_month_dated_article_is_no_day(story: str) -> None:
    # a month holds many of the story's figures: which of its days is unknown
    (lang_a, text_a), (lang_b, text_b) = TWO_DAYS[story]
    report = story_report([("2026-03-10", lang_a, text_a), ("2026-03", lang_b, text_b)], story)
    a, b = _figures(report.claims)
    assert report.explain(a, b).reason == "no_evidence"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # plain head counts and sums of two days are still many things' figures
        (
            ("it", "Circa 2.000 persone sono rimaste senza elettricità."),
            ("en", "Some 5,000 people attended a memorial service for the victims."),
        ),
        (
            ("en", "The state government released 50 million euros in emergency aid."),
            ("de", "Die Versicherer beziffern die Schäden auf 300 Millionen Euro."),
        ),
    ],
)
def test_two_days_of_other_units_need_evidence(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    report = story_report([("2026-03-10", *first), ("2026-03-12", *second)], "storm")
    a, b = _figures(report.claims)
    assert report.explain(a, b).reason == "no_evidence"


def test_an_article_with_two_values_of_another_day_marks_neither() -> None:
    report = story_report(
        [
            ("2026-03-10", "en", "The ferry had 240 passengers, the coast guard said."),
            (
                "2026-03-12",
                "it",
                "Il traghetto aveva 310 passeggeri. Un peschereccio con 20 passeggeri ha "
                "soccorso i naufraghi.",
            ),
        ],
        "ships",
    )
    lone, *two = _figures(report.claims)
    for other in two:
        assert report.explain(lone, other).reason == "no_evidence"
