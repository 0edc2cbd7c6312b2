"""Two articles' only figures of a unit a story has one quantity of, on one day.

"Aus dem Tanker sind rund 300 Tonnen Öl ausgelaufen" and "in mare sono finite
almeno 1.500 tonnellate di greggio" share no event, subject or wording, yet
each article gives that one value of the tonnes, on one day: the spill's
size, told two ways (``Claim.sole``, ``concepts.toml`` ``headline``). An
article that gives two values of the unit (the ferry's passengers and a
fishing boat's; the tonnes spilled and the tonnes carried) marks neither; a
sum of money or a plain head count is never taken so (the damage and the
aid, the people without power and those at a vigil); two days' figures are one
quantity at two times (an update).
"""

from __future__ import annotations

import itertools

import pytest

from crosscheck.claims._sole import mark_sole

from ._articles import opposed, quantities, story_report

DAY = "2026-03-10"

# Each story: three outlets' only figure of the unit, in three languages, worded apart.
ONE_QUANTITY = {
    "spill": [
        (
            "de",
            "Aus dem beschädigten Tanker sind nach Angaben der Reederei rund 300 Tonnen Öl "
            "ausgelaufen.",
        ),
        ("it", "Secondo Greenpeace, in mare sono finite almeno 1.500 tonnellate di greggio."),
        ("en", "The coast guard estimates that 900 tonnes of crude escaped into the sea."),
    ],
    "ferry": [
        ("en", "The ferry had 240 passengers, the coast guard said."),
        ("ro", "Nava transporta 310 pasageri, potrivit companiei."),
        ("es", "Iban 280 pasajeros en el ferry, según la naviera."),
    ],
}


@pytest.mark.parametrize("story", sorted(ONE_QUANTITY))
def test_two_articles_only_values_conflict(story: str) -> None:
    rows = [(DAY, lang, text) for lang, text in ONE_QUANTITY[story]]
    report = story_report(rows, story)
    figures = [c for c in report.claims if c.kind == "quantity"]
    assert all(c.sole for c in figures)
    for a, b in itertools.combinations(figures, 2):
        explained = report.explain(a, b)
        assert explained.compared
        assert "sole_figures" in explained.reasons
    assert len(opposed(report, lambda c: c.low)) == 3


def test_an_article_with_two_values_marks_neither() -> None:
    # the ferry's passengers and the fishing boat's: which one is the other article's?
    report = story_report(
        [
            (DAY, "en", "The ferry had 240 passengers, the coast guard said."),
            (
                DAY,
                "it",
                "Il traghetto aveva 310 passeggeri. Un peschereccio con 20 passeggeri ha "
                "soccorso i naufraghi.",
            ),
        ],
        "ships",
    )
    lone, *two = sorted((c for c in report.claims if c.kind == "quantity"), key=lambda c: c.id)
    assert lone.sole
    assert not any(c.sole for c in two)
    for other in two:
        assert report.explain(lone, other).reason == "no_evidence"
    assert not opposed(report)


def test_tonnes_spilled_and_tonnes_carried_stay_apart() -> None:
    report = story_report(
        [
            (
                DAY,
                "de",
                "Aus dem Tanker sind nach Angaben der Reederei rund 300 Tonnen Öl ausgelaufen.",
            ),
            (
                DAY,
                "en",
                "The tanker was carrying 80,000 tonnes of crude. The coast guard said "
                "1,500 tonnes escaped into the sea.",
            ),
        ],
        "tanker",
    )
    assert frozenset((300, 80_000)) not in opposed(report, lambda c: c.low)


def test_two_days_only_values_are_one_quantity_at_two_times() -> None:
    # the spill's size told on two days: an update (tests/test_running_counts.py)
    report = story_report(
        [
            ("2026-03-10", "de", "Aus dem Tanker sind rund 300 Tonnen Öl ausgelaufen."),
            ("2026-03-12", "it", "In mare sono finite almeno 1.500 tonnellate di greggio."),
        ],
        "spill",
    )
    a, b = (c for c in report.claims if c.kind == "quantity")
    assert a.sole
    assert b.sole
    assert "sole_figures" in report.explain(a, b).reasons
    assert not report.conflicts


# Two articles' only sums or plain head counts, each of another quantity.
NOT_HEADLINE = [
    (
        ("en", "The state government released 50 million euros in emergency aid for farmers."),
        ("de", "Die Versicherer beziffern die Schäden auf 300 Millionen Euro."),
    ),
    (
        ("it", "Circa 2.000 persone sono rimaste senza elettricità."),
        ("en", "Some 5,000 people attended a memorial service for the victims."),
    ),
]


@pytest.mark.parametrize(("first", "second"), NOT_HEADLINE)
def test_sums_and_plain_head_counts_need_evidence(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    report = story_report([(DAY, *first), (DAY, *second)], "storm")
    a, b = (c for c in report.claims if c.kind == "quantity")
    assert a.sole
    assert b.sole
    assert report.explain(a, b).reason == "no_evidence"
    assert not report.conflicts


@pytest.mark.parametrize(
    ("lang", "text", "sole"),
    [
        # a headline and its body give one value twice
        (
            "en",
            "Tanker spills 300 tonnes of oil\n\nThe tanker spilled 300 tonnes of oil.",
            [True, True],
        ),
        # a vague figure tells no second value
        (
            "fr",
            "Selon la préfecture, 300 tonnes de brut ont atteint la côte, et des milliers de "
            "tonnes menacent.",
            [True, False],
        ),
        # two values of one day: neither
        (
            "es",
            "El petrolero vertió 300 toneladas; llevaba 80.000 toneladas de crudo.",
            [False, False],
        ),
    ],
)
def test_mark_sole(lang: str, text: str, sole: list[bool]) -> None:
    figures = [c for c in quantities(text, lang) if c.unit == "tonnes"]
    assert [c.sole for c in mark_sole(figures)] == sole


def test_one_unlisted_place_spelt_in_two_languages_does_not_split_a_count() -> None:
    report = story_report(
        [
            (DAY, "en", "A ferry carrying 240 passengers sank off Crete, the coast guard said."),
            (
                DAY,
                "es",
                "El ferry, que llevaba 310 pasajeros según la naviera, se hundió frente a Creta.",
            ),
        ],
        "ferry",
    )
    assert frozenset((240, 310)) in opposed(report, lambda c: c.low)
