"""An open figure that meets a side only through that side's open figure stands on a side of
its own (judge/_findings.py ``_value_sides``).

"More than 7 tonnes" in a headline fits the prosecutor's 7.2 tonnes and a
newspaper's "more than 10 tonnes" alike: it bridges the two and stands on
neither, and the 7.2 and the "more than 10" conflict, whichever of the two
open figures is placed first. Before, the "more than 10" was left on no side
when the headline's figure came first, and the group read as a mere range.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.claims import Claim
from crosscheck.judge import judge_group

from ._articles import opposed, story_report

# A headline's open figure, the prosecutor's exact one, then a paper's higher open one
# set against it by a word of contrast.
ARTICLES = {
    "en": (
        "More than 7 tonnes of cocaine seized at the port\n\n"
        "Customs officers seized 7.2 tonnes of cocaine in banana crates, the prosecutor's "
        "office said on Tuesday. According to a local newspaper, however, investigators "
        "speak of more than 10 tonnes."
    ),
    "fr": (
        "Plus de 7 tonnes de cocaïne saisies au port\n\n"
        "Les douaniers ont saisi 7,2 tonnes de cocaïne dans des caisses de bananes, a "
        "annoncé mardi le parquet. Selon un journal local, les enquêteurs parlent "
        "cependant de plus de 10 tonnes."
    ),
    "de": (
        "Mehr als 7 Tonnen Kokain im Hafen beschlagnahmt\n\n"
        "Der Zoll hat 7,2 Tonnen Kokain in Bananenkisten beschlagnahmt, teilte die "
        "Staatsanwaltschaft am Dienstag mit. Eine Lokalzeitung spricht dagegen von mehr "
        "als 10 Tonnen."
    ),
    "es": (
        "Incautadas más de 7 toneladas de cocaína en el puerto\n\n"
        "Los aduaneros incautaron 7,2 toneladas de cocaína en cajas de plátanos, según "
        "informó el martes la Fiscalía. Según un diario local, sin embargo, los "
        "investigadores hablan de más de 10 toneladas."
    ),
    "it": (
        "Sequestrate più di 7 tonnellate di cocaina nel porto\n\n"
        "I doganieri hanno sequestrato 7,2 tonnellate di cocaina in casse di banane, ha "
        "reso noto martedì la procura. Secondo un quotidiano locale, invece, gli "
        "investigatori parlano di oltre 10 tonnellate."
    ),
}


def _weights(report: crosscheck.Report) -> list[Claim]:
    return sorted((c for c in report.claims if c.unit == "tonnes"), key=lambda c: c.start)


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_open_figure_beyond_the_headline_bound_conflicts(language: str) -> None:
    rep = story_report([("2025-10-14", language, ARTICLES[language])], "seizure")
    headline, exact, paper = _weights(rep)
    assert (headline.low, exact.low, paper.low) == (7, 7.2, 10)
    assert headline.high is None
    assert paper.high is None
    finding = judge_group([headline, exact, paper])
    assert finding is not None
    assert finding.kind == "conflict"
    assert frozenset((exact.text, paper.text)) in opposed(rep)


def test_open_figures_that_fit_one_side_stay_on_it() -> None:
    # must-NOT: "more than 7" and "more than 7.1" both fit 7.2: one side, no conflict
    text = (
        "More than 7 tonnes of cocaine seized at the port\n\n"
        "Customs officers seized 7.2 tonnes of cocaine, the prosecutor's office said on "
        "Tuesday. According to a local newspaper, however, investigators speak of more "
        "than 7.1 tonnes."
    )
    rep = story_report([("2025-10-14", "en", text)], "seizure")
    finding = judge_group(_weights(rep))
    assert finding is None or finding.kind != "conflict"
