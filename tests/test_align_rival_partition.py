"""Two sources' readings that one article sets against each other stay in one group.

The partition moves a claim to the group it looks most like one quantity
with. When other outlets repeat each side's figure ("the union said 92%",
"the ministry said 38%"), each reading is drawn to its own repeats, and the
article's own contrast, the one place where the two are told as one
quantity, was outweighed: the rivalry never reached a conflict finding.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.claims import Claim

from ._articles import opposed, story_report

# One article sets the union's figure against the ministry's; other outlets repeat
# one side each (two outlets for the higher figure, one for the lower).
RIVALS = {
    "es": (
        "El sindicato cifró el seguimiento de la huelga en el 92%, mientras que el "
        "Ministerio de Transportes lo rebajó al 38%."
    ),
    "en": (
        "The union put turnout for the strike at 92%, while the transport ministry "
        "said it was only 38%."
    ),
    "fr": (
        "Le syndicat revendique une participation de 92 % à la grève, tandis que le "
        "ministère des Transports ne compte que 38 %."
    ),
    "it": (
        "Il sindacato parla di un'adesione allo sciopero del 92%, mentre il ministero "
        "dei Trasporti la ferma al 38%."
    ),
    "ro": (
        "Sindicatul a estimat participarea la grevă la 92%, în timp ce Ministerul "
        "Transporturilor a anunțat doar 38%."
    ),
    "pl": (
        "Związek zawodowy podał, że w strajku wzięło udział 92% kontrolerów, podczas gdy "
        "ministerstwo transportu mówi o 38%."
    ),
    "ru": (
        "Профсоюз оценил участие в забастовке в 92%, тогда как министерство транспорта назвало 38%."
    ),
}

REPEATS = [
    ("2025-07-18", "en", "The union said 92 per cent of controllers joined the strike on Friday."),
    ("2025-07-18", "fr", "Le syndicat revendique une participation de 92 % à la grève vendredi."),
    ("2025-07-18", "it", "Secondo il ministero l'adesione allo sciopero è stata del 38%."),
]


def _shares(report: crosscheck.Report, article: str) -> list[Claim]:
    return sorted(
        (c for c in report.claims if c.article == article and c.unit == "percent"),
        key=lambda c: c.start,
    )


@pytest.mark.parametrize("language", sorted(RIVALS))
def test_an_articles_two_readings_conflict_though_outlets_repeat_each(language: str) -> None:
    rep = story_report([("2025-07-18", language, RIVALS[language]), *REPEATS], "strike")
    high, low = _shares(rep, "a0")
    assert (high.low, low.low) == (92, 38)
    assert rep.explain(high, low).same_group
    assert frozenset((high.text, low.text)) in opposed(rep)
    # the outlets that repeat the higher reading stay on its side
    assert rep.explain(high, _shares(rep, "a1")[0]).same_group


def test_one_sources_two_figures_of_one_article_are_not_drawn_together() -> None:
    # Not a rivalry: one source gives the strike's turnout and a minimum service rate,
    # which other outlets repeat apart; the partition keeps each with its repeats.
    text = (
        "El Ministerio de Transportes cifró el seguimiento de la huelga en el 38% y "
        "fijó los servicios mínimos en el 70%."
    )
    rows = [
        ("2025-07-18", "es", text),
        ("2025-07-18", "it", "Secondo il ministero l'adesione allo sciopero è stata del 38%."),
        ("2025-07-18", "en", "The ministry set minimum services at 70% of flights."),
    ]
    rep = story_report(rows, "strike")
    turnout, service = _shares(rep, "a0")
    assert frozenset((turnout.text, service.text)) not in opposed(rep)
