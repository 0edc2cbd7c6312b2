"""A figure below a count's earlier value that fits two of the values below it still fell.

"Between 18,000 and 20,000 dead", says the mayor one day; the next day
officials count 3,800, the government 5,300, and the mayor "up to 10,000".
"Up to 10,000" fits both 3,800 and 5,300, so it stands on neither side of
the fall, yet a count of the dead cannot go from 18,000 to at most 10,000:
it is set against the earlier figure. A figure that still allows the earlier
one ("up to 25,000") did not fall.
"""

from __future__ import annotations

import pytest

import crosscheck

from ._articles import opposed, story_report

DAY_ONE = [
    (
        "2023-09-14",
        "es",
        "Según el alcalde de Derna, los muertos en la ciudad son entre 18.000 y 20.000.",
    ),
]
DAY_TWO = [
    ("2023-09-15", "en", "Officials in Derna have counted 3,800 dead so far."),
    ("2023-09-15", "de", "Die Regierung im Osten spricht von 5.300 Toten in Derna."),
]


def _report(mayor: tuple[str, str]) -> crosscheck.Report:
    lang, text = mayor
    rows = [*DAY_ONE, *DAY_TWO, ("2023-09-15", lang, text)]
    return story_report(rows, "derna", "d")


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("fr", "Le maire de Derna évoque désormais jusqu'à 10 000 morts.", "10 000"),
        ("it", "Il sindaco di Derna parla ora di fino a 10.000 morti.", "10.000"),
        ("pt", "O presidente da câmara de Derna fala agora em até 10.000 mortos.", "10.000"),
    ],
)
def test_an_upper_bound_below_yesterdays_count_fell_from_it(
    lang: str, text: str, figure: str
) -> None:
    pairs = opposed(_report((lang, text)))
    assert any(
        any(figure in t for t in pair) and any("18.000" in t for t in pair) for pair in pairs
    )


def test_an_upper_bound_that_still_allows_yesterdays_count_did_not_fall() -> None:
    pairs = opposed(_report(("fr", "Le maire de Derna évoque désormais jusqu'à 25 000 morts.")))
    assert not any(any("25 000" in t for t in pair) for pair in pairs)
