"""Credited sources across sentences in French, Italian, Spanish, Portuguese and Catalan.

The sentence-level cases live in ``tests/corpus_attribution/<code>.toml``; these
check what only a whole article shows: a breakdown that opens a new paragraph
("Dans le détail, …", "Nel dettaglio, …", "La mayor parte de las víctimas, …")
takes the source of the toll it breaks down, an impersonal verb ("on compte",
"si contano") credits no one of its own, and a role phrase such as "El Ejército"
is not read as the pronoun "él"; the full name of a UN office is that office's
source id, not the UN's. The sentences are our own.
"""

from __future__ import annotations

import pytest

from crosscheck.extract._context import source_id
from crosscheck.lang import get_language

from ._articles import figures as claims_of
from ._articles import source_of

BREAKDOWNS = [
    (
        "fr",
        "Selon la préfecture du Gard, les orages ont fait 25 morts.\n\n"
        "Dans le détail, la commune d'Alès compte 9 morts et celle d'Uzès 6.",
        "la préfecture du Gard",
        ["9 morts", "6"],
    ),
    (
        "fr",
        "Le ministère de la Santé a annoncé 410 blessés.\n\n"
        "Par région, 150 blessés ont été soignés dans l'Oriental.",
        "Le ministère de la Santé",
        ["150 blessés"],
    ),
    (
        "it",
        "Secondo la Protezione civile dell'Emilia-Romagna, gli sfollati sono 3.200.\n\n"
        "Nel dettaglio, gli sfollati di Faenza sono 1.900 e quelli di Lugo 700.",
        "la Protezione civile dell'Emilia-Romagna",
        ["1.900"],
    ),
    (
        "es",
        "Según Protección Civil de Murcia, el temporal ha dejado 74 muertos.\n\n"
        "La mayor parte de las víctimas, 51, vivía en la comarca de l'Horta Sud.",
        "Protección Civil de Murcia",
        ["51"],
    ),
    (
        "pt",
        "Segundo a Autoridade Nacional de Emergência, os incêndios fizeram 62 mortos.\n\n"
        "Por distritos, Leiria soma 47 mortos e Coimbra 15.",
        "a Autoridade Nacional de Emergência",
        ["47 mortos"],
    ),
    (
        "ca",
        "Segons el Departament d'Interior, la riuada ha causat 28 morts.\n\n"
        "Per municipis, Tàrrega en suma 12 i Cervera 5.",
        "el Departament d'Interior",
        ["12"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "source", "figures"), BREAKDOWNS)
def test_a_breakdown_paragraph_takes_the_source_of_its_toll(
    lang: str, text: str, source: str, figures: list[str]
) -> None:
    claims = claims_of(text, lang)
    for figure in figures:
        assert source_of(claims, figure) == source, figure


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("fr", "On compte désormais 320 sinistrés dans la vallée.", "320 sinistrés"),
        ("it", "Si contano ancora 45 dispersi nella zona.", "45"),
        ("es", "Se estima que 900 viviendas han quedado dañadas.", "900"),
    ],
)
def test_an_impersonal_verb_credits_no_one(lang: str, text: str, figure: str) -> None:
    assert source_of(claims_of(text, lang), figure) is None


def test_a_spanish_role_phrase_is_not_the_pronoun_el() -> None:
    text = (
        "Según el Ministerio de Defensa, hay 2.000 militares en la zona.\n\n"
        "El Ejército ha confirmado que 300 soldados más llegarán el lunes."
    )
    claims = claims_of(text, "es")
    assert source_of(claims, "300 soldados") == "El Ejército"


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("pt", "o Escritório das Nações Unidas para a Coordenação de Assuntos Humanitários"),
        ("es", "la Oficina de las Naciones Unidas para la Coordinación de Asuntos Humanitarios"),
        ("fr", "le Bureau des Nations unies pour la coordination des affaires humanitaires"),
        ("it", "l'Ufficio delle Nazioni Unite per il coordinamento degli affari umanitari"),
        ("ca", "l'Oficina de les Nacions Unides per a la Coordinació d'Afers Humanitaris"),
    ],
)
def test_the_long_un_form_of_ocha_is_ocha_not_the_un(lang: str, name: str) -> None:
    # "of the United Nations" inside the office's full name must not make it the UN itself
    assert source_id(name, get_language(lang)) == "ocha"
