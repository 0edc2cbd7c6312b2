"""A source that disputes another's count and gives its own gives a rival reading of it.

"Crews have removed 27 tonnes of dead fish, the environment agency said. …
Environmental group Green Water disputed the official count, saying at least 60
tonnes had been removed": a verb of denial by the second figure's own source,
before the figure, sets it against the count it disputes, the nearest earlier
figure of its unit by another source, though a sentence stands between them (a
word of contrast reaches only the next sentence). The two record each other's
bounds (``Claim.rival_readings``), and the judge reads them as rival counts of one
day however far apart (up to ``CONFLICT_MAX_RATIO``), not as the next stage of a
count that rose from 12 to 27 over the days before.
"""

from __future__ import annotations

import pytest

from crosscheck.claims._rivals import bounds_key

from ._articles import opposed, quantities, story_report

# The agency's count, a sentence on something else, then a group disputes the count.
DISPUTED = [
    (
        "en",
        "Crews have removed 27 tonnes of dead fish from the river, the environment agency "
        "said on Wednesday. The agency said the slick stretched over 45 km. Environmental "
        "group Green Water disputed the official count, saying at least 60 tonnes of dead "
        "fish had been removed.",
    ),
    (
        "fr",
        "Les équipes ont retiré 27 tonnes de poissons morts de la rivière, selon l'agence "
        "de l'environnement. La pollution s'étend sur 45 km. Selon l'association Eau "
        "Verte, qui conteste le bilan officiel, au moins 60 tonnes de poissons morts ont "
        "été retirées.",
    ),
    (
        "es",
        "Los equipos han retirado 27 toneladas de peces muertos del río, según la agencia "
        "de medio ambiente. La mancha se extiende a lo largo de 45 km. El grupo ecologista "
        "Agua Verde cuestionó el balance oficial y afirmó que se han retirado al menos 60 "
        "toneladas de peces muertos.",
    ),
    (
        "it",
        "Le squadre hanno rimosso 27 tonnellate di pesci morti dal fiume, secondo "
        "l'agenzia per l'ambiente. La chiazza si estende per 45 km. Secondo il gruppo "
        "ambientalista Acqua Verde, che contesta il bilancio ufficiale, sono state rimosse "
        "almeno 60 tonnellate di pesci morti.",
    ),
    (
        "de",
        "Einsatzkräfte haben 27 Tonnen toter Fische aus dem Fluss geholt, teilte die "
        "Umweltbehörde mit. Der Ölfilm erstreckt sich über 45 km. Die Umweltgruppe Grünes "
        "Wasser bestritt die offizielle Bilanz und erklärte, mindestens 60 Tonnen toter "
        "Fische seien geborgen worden.",
    ),
]


def _by_low(text: str, lang: str) -> dict[int, tuple[str, tuple[str, ...]]]:
    return {
        int(c.low): (bounds_key(c), c.rival_readings)
        for c in quantities(text, lang)
        if c.low is not None
    }


@pytest.mark.parametrize(("lang", "text"), DISPUTED)
def test_a_disputing_source_s_figure_is_a_rival_reading(lang: str, text: str) -> None:
    figures = _by_low(text, lang)
    assert figures[60][0] in figures[27][1]
    assert figures[27][0] in figures[60][1]


@pytest.mark.parametrize(("lang", "text"), DISPUTED[:3])
def test_the_disputed_count_conflicts_though_the_count_rose_before(lang: str, text: str) -> None:
    rows = [
        (
            "2025-08-04",
            "en",
            "The environment agency said 12 tonnes of dead fish had been removed.",
        ),
        ("2025-08-06", lang, text),
    ]
    report = story_report(rows, "fish")
    assert frozenset((27, 60)) in opposed(report, lambda c: c.low)


# must-NOT: the same with a negated verb, and a body that disputes its own earlier count
# under a shorter name ("la agencia de medio ambiente", then "La agencia": one body)
NOT_DISPUTED = [
    (
        "en",
        "Crews have removed 27 tonnes of dead fish from the river, the environment agency "
        "said on Wednesday. The agency said the slick stretched over 45 km. Environmental "
        "group Green Water did not dispute the official count, saying at least 60 tonnes "
        "might be removed by Friday.",
    ),
    (
        "es",
        "Los equipos han retirado 27 toneladas de peces muertos del río, según la agencia "
        "de medio ambiente. La mancha se extiende a lo largo de 45 km. La agencia cuestionó "
        "después esa cifra y afirmó que se han retirado 31 toneladas.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_DISPUTED)
def test_no_rival_without_another_source_s_dispute(lang: str, text: str) -> None:
    assert not any(marks for _, marks in _by_low(text, lang).values())
