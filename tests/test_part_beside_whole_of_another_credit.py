"""A partitive beside a figure ties it to the whole before it, whoever each is credited to.

A headline's figures take their credits from their twins in the body
(claims._build ``_credit_repeats``): in "Bilanțul … a ajuns la 11 morți,
printre care doi români" the toll is the prefecture's and the two Romanians
the foreign ministry's, because the body credits them so. The partitive
("printre care", "among them", "dont", "tra cui", "entre ellos") still says
the two are some of the eleven: they are a part (``Claim.among``), never a
rival of the toll (claims._statements ``_may_hold`` without ``credit``).
Two bodies' figures that no partitive ties stay rivals.
"""

from __future__ import annotations

import pytest

from ._articles import opposed, story_report

_HEADLINE_PARTS = {
    "ro": (
        "Bilanțul prăbușirii podului a ajuns la 9 morți, printre care trei români\n\n"
        "Prefectura a anunțat că numărul morților a ajuns la 9. Printre victime se află trei "
        "cetățeni români, a confirmat Ministerul Afacerilor Externe."
    ),
    "en": (
        "Ferry fire toll rises to 14 dead, among them three Britons\n\n"
        "The coast guard said the death toll had risen to 14. Three British nationals are "
        "among the victims, the Foreign Office confirmed."
    ),
    "fr": (
        "Incendie d'un hôtel : 14 morts, dont trois Belges\n\n"
        "La préfecture a annoncé que le bilan s'élevait à 14 morts. Trois ressortissants "
        "belges figurent parmi les victimes, a confirmé le ministère belge des Affaires "
        "étrangères."
    ),
    "it": (
        "Crollo della palazzina: 14 morti, tra cui tre romeni\n\n"
        "La prefettura ha comunicato che il bilancio è salito a 14 morti. Tra le vittime ci "
        "sono tre cittadini romeni, ha confermato il ministero degli Esteri di Bucarest."
    ),
    "es": (
        "Incendio en un hotel: 14 muertos, entre ellos tres franceses\n\n"
        "La prefectura informó de que el balance asciende a 14 muertos. Entre las víctimas "
        "hay tres ciudadanos franceses, confirmó el Ministerio de Exteriores francés."
    ),
}


@pytest.mark.parametrize("lang", sorted(_HEADLINE_PARTS))
def test_nationals_beside_a_headline_toll_are_no_rival_of_it(lang: str) -> None:
    report = story_report([("2025-10-05", lang, _HEADLINE_PARTS[lang])], "collapse")
    assert not report.conflicts, opposed(report)
    (part,) = [c for c in report.claims if c.sentence_start == 0 and c.low == 3]
    assert part.among == "killed"


def test_two_articles_nationals_are_compared_with_each_other_not_with_the_toll() -> None:
    report = story_report(
        [
            ("2025-10-05", "en", _HEADLINE_PARTS["en"]),
            (
                "2025-10-05",
                "fr",
                "Incendie d'un ferry : 14 morts, dont quatre Britanniques\n\n"
                "Les garde-côtes ont annoncé un bilan de 14 morts. Quatre ressortissants "
                "britanniques figurent parmi les victimes, selon le Foreign Office.",
            ),
        ],
        "ferry",
    )
    assert opposed(report) == {frozenset({"three Britons", "quatre Britanniques"})}


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "Derrumbe de un viaducto: 14 muertos según la prefectura\n\n"
            "La prefectura cifra en 14 los muertos del derrumbe del viaducto, mientras que la "
            "empresa operadora habla de nueve muertos.",
            frozenset({"14 muertos", "nueve muertos"}),
        ),
        (
            "en",
            "Viaduct collapse kills 14\n\n"
            "The prefecture said 14 people were killed in the collapse, but the motorway "
            "operator said nine people died.",
            frozenset({"14 people", "nine people"}),
        ),
    ],
)
def test_two_bodies_counts_no_partitive_ties_stay_rivals(
    lang: str, text: str, pair: frozenset[str]
) -> None:
    report = story_report([("2025-10-05", lang, text)], "collapse")
    assert pair in opposed(report)
