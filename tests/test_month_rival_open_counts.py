"""A month-dated figure against the days of its month that give open counts.

"Close to 900 dead" in an article known only to June, while every day of
June reports "at least 410", 430 or "more than 445" and July opens at 460:
an open count shows the count its bound states, so no day of June showed
anything near 900, and the month figure is a rival of each day's count. A
month figure within the days' counts ("about 440") is none, and the day's
open figure that still fits the rival ("at least 410" fits 900) is not set
against it.
"""

from __future__ import annotations

import pytest

import crosscheck

from ._articles import opposed, story_report

DAYS = [
    ("2024-06-10", "en", "The floods have killed at least 410 people, civil protection said."),
    ("2024-06-12", "fr", "Les inondations ont fait 430 morts, selon la protection civile."),
    (
        "2024-06-14",
        "de",
        "Die Überschwemmungen haben mehr als 445 Menschen getötet, so der Zivilschutz.",
    ),
    ("2024-07-02", "it", "Le alluvioni hanno causato 460 morti, secondo la protezione civile."),
]


def _report(month: tuple[str, str]) -> crosscheck.Report:
    lang, text = month
    rows = [*DAYS, ("2024-06", lang, text)]
    return story_report(rows, "floods", "a")


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "es",
            "Las inundaciones han dejado cerca de 900 fallecidos, según una ONG.",
            "cerca de 900 fallecidos",
        ),
        (
            "pt",
            "As inundações deixaram cerca de 900 mortos, segundo uma ONG.",
            "cerca de 900 mortos",
        ),
        ("nl", "De overstromingen hebben bijna 900 doden geëist, aldus een ngo.", "bijna 900"),
    ],
)
def test_a_month_figure_above_every_days_open_count_is_a_rival(
    lang: str, text: str, figure: str
) -> None:
    pairs = opposed(_report((lang, text)))
    rivals = {t for pair in pairs if any(figure in t for t in pair) for t in pair}
    assert any("430" in t for t in rivals)
    # "at least 410" allows 900: not set against it.
    assert not any("410" in t for t in rivals)


def test_a_month_figure_within_the_days_counts_is_no_rival() -> None:
    report = _report(("es", "Las inundaciones han dejado unos 440 fallecidos, según una ONG."))
    assert not report.conflicts


def test_an_open_figure_of_a_quantity_that_is_no_count_still_allows_more() -> None:
    # Troops on the ground neither never fall nor rise here: "more than 200
    # soldiers" on one day still allows the month's "about 400".
    rows = [
        ("2024-06-10", "en", "More than 200 soldiers are deployed in the valley, the army said."),
        ("2024-06-12", "fr", "Quelque 250 soldats sont déployés dans la vallée, selon l'armée."),
        ("2024-06", "es", "Unos 400 soldados están desplegados en el valle, según una ONG."),
    ]
    report = story_report(rows, "valley", "s")
    for c in report.claims:
        assert c.unit == "troops"
    assert not report.conflicts
