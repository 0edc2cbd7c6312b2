"""A pointer noun means the report whose title it heads, named before.

"Los datos se han dado a conocer en la presentación del Informe de Diagnóstico del
Plan …" names a report by its title (a capitalised ``back_nouns`` noun with
capitalised words after it); "el informe destaca que 306.000 …" later means that
report, not the last source named (the minister who spoke before). A pointer with
no such title still takes the last source named, and German, which capitalises
every noun, reads no titles. The sentences are our own.
"""

from __future__ import annotations

import pytest

from ._articles import figures as claims_of
from ._articles import source_of

TITLED = [
    (
        "es",
        "El vicepresidente, Juan Pérez, ha cifrado los daños en 17.800 millones de euros.\n\n"
        "Los datos se han dado a conocer en la presentación del Informe de Diagnóstico del "
        "Plan de Recuperación, un acto presidido por el presidente.\n\n"
        "En el eje de las personas, el informe destaca que 306.000 personas sufrieron daños. "
        "Resultaron dañadas 11.242 viviendas.",
        ["306.000 personas", "11.242 viviendas"],
        "Informe de Diagnóstico del Plan de Recuperación",
    ),
    (
        "es",
        "La consejera, Ana López, ha cifrado los daños en 900 millones de euros.\n\n"
        "Las cifras figuran en el Informe de Evaluación del Plan de Reconstrucción Económica "
        "y Social de la Región de Murcia, presentado el lunes.\n\n"
        "Según el informe, 4.000 viviendas quedaron dañadas.",
        ["4.000 viviendas"],
        "Informe de Evaluación del Plan de Reconstrucción Económica y Social de la Región de "
        "Murcia",
    ),
    (
        "it",
        "Il ministro Rossi ha detto che i danni ammontano a 3 miliardi.\n\n"
        "I dati sono contenuti nel Rapporto Annuale della Protezione Civile, pubblicato ieri.\n\n"
        "Secondo il rapporto, 12.000 persone sono state evacuate.",
        ["12.000 persone"],
        "Rapporto Annuale della Protezione Civile",
    ),
    (
        "fr",
        "Le ministre Jean Dupont a chiffré les dégâts à 3 milliards d'euros.\n\n"
        "Ces chiffres figurent dans le Rapport Annuel de la Sécurité Civile, publié lundi.\n\n"
        "Selon le rapport, 12 000 personnes ont été évacuées.",
        ["12 000 personnes"],
        "Rapport Annuel de la Sécurité Civile",
    ),
    (
        "pt",
        "O ministro João Silva disse que os danos chegam a 3 mil milhões de euros.\n\n"
        "Os dados constam do Relatório Anual da Proteção Civil, publicado ontem.\n\n"
        "Segundo o relatório, 12.000 pessoas foram retiradas.",
        ["12.000 pessoas"],
        "Relatório Anual da Proteção Civil",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figures", "source"), TITLED)
def test_a_pointer_noun_means_the_titled_report(
    lang: str, text: str, figures: list[str], source: str
) -> None:
    claims = claims_of(text, lang)
    for figure in figures:
        assert source_of(claims, figure) == source


UNTITLED = [
    (
        "es",
        "El vicepresidente, Juan Pérez, ha cifrado los daños en 17.800 millones de euros.\n\n"
        "Los datos se presentaron en un acto en Valencia.\n\n"
        "En el eje de las personas, el informe destaca que 306.000 personas sufrieron daños.",
        "306.000 personas",
        "El vicepresidente, Juan Pérez",
    ),
    (
        "de",
        "Der Minister Hans Müller bezifferte die Schäden auf 3 Milliarden Euro.\n\n"
        "Die Zahlen stehen im Bericht Der Zivilschutz Heute, der am Montag erschien.\n\n"
        "Dem Bericht zufolge wurden 12.000 Menschen in Sicherheit gebracht.",
        "12.000 Menschen",
        "Der Minister Hans Müller",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "source"), UNTITLED)
def test_with_no_title_the_pointer_takes_the_last_source(
    lang: str, text: str, figure: str, source: str
) -> None:
    assert source_of(claims_of(text, lang), figure) == source


def test_a_role_noun_is_no_title_pointer() -> None:
    """ "el ministerio" keeps looking for a ministry, though a report's title was named."""
    text = (
        "El Ministerio de Sanidad informó de 40 ingresos.\n\n"
        "Los datos figuran en el Informe Anual de Salud Pública.\n\n"
        "Según el ministerio, 12 pacientes siguen graves."
    )
    assert source_of(claims_of(text, "es"), "12 pacientes") == "El Ministerio de Sanidad"
