"""A second figure set against a first by a word of ``[attribution] versus`` keeps its own
source: "La préfecture a compté 95 000 manifestants, contre 450 000 selon la CGT".

Before, the verb before the first figure credited both ("parts of one statement":
never compared). A clause opened by a semicolon or a contrast word ("; per la Cgt
erano 3 milioni", ", aunque Meteored midió 46,4") credits its own figures too, and
a crowd event that stands where a speaker would ("A Parigi il corteo ha contato")
speaks for no one.
"""

from __future__ import annotations

import pytest

from ._articles import credits, opposed, story_report


@pytest.mark.parametrize(
    ("language", "text", "first", "second"),
    [
        (
            "fr",
            "La préfecture de police a compté 95 000 manifestants, contre 450 000 selon la CGT.",
            "La préfecture de police",
            "la CGT",
        ),
        (
            "es",
            "El Ministerio del Interior cifró en 1,1 millones los manifestantes que marcharon "
            "el jueves, frente a los más de tres millones que contabilizó el sindicato CGT.",
            "El Ministerio del Interior",
            "el sindicato CGT",
        ),
        (
            "en",
            "Police counted 12,000 protesters, against 40,000 according to the organisers.",
            "Police",
            "the organisers",
        ),
        (
            "de",
            "Die Polizei zählte 12.000 Demonstranten, gegenüber 40.000 nach Angaben der "
            "Veranstalter.",
            "Die Polizei",
            "Veranstalter",
        ),
        (
            "it",
            "La questura ha contato 9mila manifestanti, contro i 40mila secondo la Fiom.",
            "La questura",
            "la Fiom",
        ),
    ],
)
def test_the_figure_after_the_word_takes_its_own_source(
    language: str, text: str, first: str, second: str
) -> None:
    assert credits(text, language) == [first, second]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # no cue on the second figure's side: the sentence's source gives both
        (
            "fr",
            "La préfecture a compté 95 000 manifestants, contre 120 000 la semaine dernière.",
            "La préfecture",
        ),
        (
            "en",
            "Police counted 12,000 protesters on Saturday, against 20,000 a week earlier.",
            "Police",
        ),
    ],
)
def test_with_no_cue_of_its_own_the_second_figure_keeps_the_source(
    language: str, text: str, source: str
) -> None:
    assert credits(text, language) == [source, source]


def test_a_word_with_no_figure_before_it_parts_nothing() -> None:
    # "contre le choléra": no first figure is set against the claim
    text = "La campagne contre le choléra a atteint 300 000 personnes, selon le ministère."
    assert credits(text, "fr") == ["le ministère"]


@pytest.mark.parametrize(
    ("language", "text", "first", "second"),
    [
        (
            "it",
            "Erano 1,2 milioni in tutta la Francia, secondo il ministero dell'Interno; per la "
            "Cgt erano 3 milioni.",
            "il ministero dell'Interno",
            "la Cgt",
        ),
        (
            "es",
            "Según la Delegación del Gobierno, 12.000 personas; para los organizadores, 70.000.",
            "la Delegación del Gobierno",
            "los organizadores",
        ),
    ],
)
def test_a_semicolon_opens_a_clause_of_its_own_source(
    language: str, text: str, first: str, second: str
) -> None:
    assert credits(text, language) == [first, second]


def test_a_purpose_after_a_semicolon_credits_no_one() -> None:
    text = "Secondo la Regione servono 5 milioni; per la ricostruzione ne servono 20."
    assert credits(text, "it") == ["la Regione", "la Regione"]


@pytest.mark.parametrize(
    ("language", "text", "sources"),
    [
        (
            "it",
            "A Parigi il corteo ha contato 95mila persone secondo la polizia e 450mila "
            "secondo i sindacati.",
            ["la polizia", "i sindacati"],
        ),
        (
            "fr",
            "À Lyon, le cortège a rassemblé 20 000 personnes selon les syndicats.",
            ["les syndicats"],
        ),
    ],
)
def test_the_march_after_a_place_speaks_for_no_one(
    language: str, text: str, sources: list[str]
) -> None:
    assert credits(text, language) == sources


def test_those_who_organised_the_march_still_speak() -> None:
    text = "The organisers of the protest counted 20,000 people, police said 8,000."
    assert credits(text, "en")[0] == "The organisers of the protest"


@pytest.mark.parametrize(
    ("language", "text", "second"),
    [
        (
            "es",
            "La estación de la AEMET registró el domingo 46,0 grados, aunque la red privada "
            "Meteored midió 46,4 grados en el mismo municipio.",
            "la red privada Meteored",
        ),
        (
            "de",
            "Der Wetterdienst meldete 40,1 Grad, obwohl private Stationen 40,6 Grad gemessen "
            "hatten.",
            "private Stationen",
        ),
    ],
)
def test_who_measured_a_reading_gives_it(language: str, text: str, second: str) -> None:
    assert credits(text, language)[1] == second


def test_the_two_sides_of_the_word_are_rival_counts() -> None:
    report = story_report(
        [
            (
                "2025-03-14",
                "fr",
                "Retraites : nouvelle journée de manifestations\n\nÀ Paris, la préfecture de "
                "police a compté 95 000 manifestants jeudi, contre 450 000 selon la CGT.",
            )
        ],
        "protest",
    )
    assert frozenset({"95 000 manifestants", "450 000"}) in opposed(report)
