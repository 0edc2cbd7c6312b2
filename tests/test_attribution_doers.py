"""A doer is not the source of the people its deed acted on while an account goes on.

"…, segundo a Proteção Civil. Os bombeiros resgataram 60 pessoas": the firefighters
rescued; the civil protection's account, which the paragraph goes on with, tells the
figure (claims._build._acted_on). What the doer sent or gave of its own ("O Exército
enviou 200 militares") stays its figure, and so does a deed no account frames.
"""

from __future__ import annotations

import pytest

from ._articles import credit_of


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        (
            "pt",
            "As cheias provocaram três mortos, segundo a Proteção Civil. Os bombeiros "
            "resgataram 60 pessoas de casas inundadas.",
            "60",
            "a Proteção Civil",
        ),
        (
            "es",
            "Hay cuatro muertos, según Protección Civil. La Guardia Civil ha detenido a 12 "
            "personas por saqueos.",
            "12",
            "Protección Civil",
        ),
        (
            "en",
            "Four people died, according to the fire service. Police arrested 12 people "
            "for looting.",
            "12",
            "the fire service",
        ),
        (
            "it",
            "Sono quattro i morti, secondo la protezione civile. I carabinieri hanno "
            "arrestato 12 persone per sciacallaggio.",
            "12",
            "la protezione civile",
        ),
    ],
)
def test_a_doer_yields_to_the_account_that_goes_on(
    language: str, text: str, figure: str, source: str
) -> None:
    assert credit_of(language, text, figure) == source


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        (
            "pt",
            "As cheias provocaram três mortos, segundo a Proteção Civil. O Exército enviou "
            "200 militares para a região.",
            "200",
            "O Exército",
        ),
        (
            "es",
            "Hay cuatro muertos, según Protección Civil. El Ejército envía 500 soldados a la zona.",
            "500",
            "El Ejército",
        ),
        ("pt", "A Defesa Civil resgatou 48 pessoas.", "48", "A Defesa Civil"),
    ],
)
def test_a_doers_own_figure_or_lone_deed_stays_the_doers(
    language: str, text: str, figure: str, source: str
) -> None:
    assert credit_of(language, text, figure) == source


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "I vigili del fuoco hanno lavorato per sei ore con 40 uomini. Secondo il "
            "sindaco, le famiglie sfollate sono 35.",
        ),
        (
            "fr",
            "Les pompiers ont travaillé six heures avec 40 engins. Selon le maire, 35 "
            "familles ont été relogées.",
        ),
        (
            "es",
            "Los bomberos trabajaron seis horas con 40 camiones. Según el alcalde, 35 "
            "familias fueron realojadas.",
        ),
    ],
)
def test_a_sentence_about_a_body_takes_no_credit_from_the_next(language: str, text: str) -> None:
    """A sentence that opens with a body tells what it did: the next sentence's fronted
    credit ("Secondo il sindaco, …") covers its own figures, not the body's."""
    assert credit_of(language, text, "40") is None


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "it",
            "Il bilancio è salito a 40 morti. Secondo il sindaco, le famiglie sfollate sono 35.",
            "il sindaco",
        ),
        (
            "es",
            "El balance ha subido a 40 muertos. Según el alcalde, 35 familias fueron realojadas.",
            "el alcalde",
        ),
        # a toll phrase makes the figure the lead one, whoever opens its sentence
        (
            "en",
            "Families waited outside the hospital as the toll rose to 40. According to the "
            "ministry, 12 of the injured are in critical condition.",
            "the ministry",
        ),
        (
            "it",
            "I soccorritori hanno visto salire il bilancio a 40 morti. Secondo il sindaco, "
            "i feriti sono 12.",
            "il sindaco",
        ),
        (
            "es",
            "Los vecinos esperaban noticias mientras el balance subía a 40 muertos. Según el "
            "ministerio, hay 12 heridos.",
            "el ministerio",
        ),
    ],
)
def test_a_lead_figure_still_takes_the_next_sentences_fronted_credit(
    language: str, text: str, source: str
) -> None:
    assert credit_of(language, text, "40") == source
