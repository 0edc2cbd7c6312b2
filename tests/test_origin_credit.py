"""A sentence with no figure that names a body's document as the origin of what was just
said ("Dat blijkt uit het eindrapport van de gemeente", ``[attribution] origin_cues``)
credits that body with the uncredited figures right before it, not the source named
last; "the report" with no body after it still points back, and a body credited in the
sentence before keeps its figures.

The sentences are our own (no benchmark wording).
"""

from __future__ import annotations

import pytest

from ._articles import figures, source_of

_EARLIER = {
    "nl": "De brandweer meldde dinsdag 25 uitrukken. ",
    "de": "Die Feuerwehr meldete am Dienstag 25 Einsätze. ",
    "fr": "Les pompiers ont signalé mardi 25 interventions. ",
    "es": "Los bomberos informaron el martes de 25 salidas. ",
    "ro": "Pompierii au raportat marți 25 de intervenții. ",
    "pl": "Straż pożarna podała we wtorek 25 interwencji. ",
    "uk": "Рятувальники повідомили про 25 викликів. ",
    "ca": "Els bombers van informar dimarts de 25 sortides. ",
}


@pytest.mark.parametrize(
    ("lang", "text", "figure", "body"),
    [
        (
            "nl",
            "Van de 37 gestrande dolfijnen overleefden er negen. "
            "Dat blijkt uit het eindverslag van de gemeente.",
            "negen",
            "gemeente",
        ),
        (
            "de",
            "Von den 37 gestrandeten Walen überlebten nur elf. "
            "Das geht aus einem Bericht der Gemeinde hervor.",
            "elf",
            "Gemeinde",
        ),
        (
            "fr",
            "Sur les 37 dauphins échoués, neuf ont survécu. "
            "C'est ce qui ressort du bilan de la préfecture.",
            "neuf",
            "préfecture",
        ),
        (
            "es",
            "De los 37 delfines varados sobrevivieron nueve. "
            "Así se desprende del informe del ayuntamiento.",
            "nueve",
            "ayuntamiento",
        ),
        (
            "ro",
            "Din cei 37 de delfini eșuați au supraviețuit nouă. Reiese din raportul prefecturii.",
            "nouă",
            "prefecturii",
        ),
        (
            "pl",
            "Z 37 wyrzuconych na brzeg delfinów przeżyło dziewięć. Wynika to z raportu starostwa.",
            "dziewięć",
            "starostwa",
        ),
        (
            "uk",
            "З 37 викинутих на берег дельфінів вижили дев'ять. Це випливає зі звіту громади.",
            "дев'ять",
            "громади",
        ),
        (
            "ca",
            "Dels 37 dofins encallats n'han sobreviscut nou. "
            "Així es desprèn de l'informe de l'ajuntament.",
            "nou",
            "ajuntament",
        ),
    ],
)
def test_an_origin_sentence_credits_the_body_not_the_source_named_before(
    lang: str, text: str, figure: str, body: str
) -> None:
    credited = source_of(figures(_EARLIER[lang] + text, lang), figure)
    assert credited is not None
    assert body in credited


@pytest.mark.parametrize(
    ("lang", "text", "figure", "source"),
    [
        (
            "nl",
            "Volgens de kustwacht overleefden er negen van de 37 dolfijnen. "
            "Dat blijkt uit het eindverslag van de provincie.",
            "negen",
            "de kustwacht",
        ),
        (
            "es",
            "Según los bomberos, sobrevivieron nueve de los 37 delfines. "
            "Así se desprende del informe de la diputación.",
            "nueve",
            "los bomberos",
        ),
        (
            "fr",
            "Selon les pompiers, neuf des 37 dauphins ont survécu. "
            "C'est ce qui ressort du bilan de la préfecture.",
            "neuf",
            "les pompiers",
        ),
    ],
)
def test_a_body_credited_in_the_sentence_before_keeps_its_figures(
    lang: str, text: str, figure: str, source: str
) -> None:
    assert source_of(figures(text, lang), figure) == source


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "nl",
            "Van de 37 dolfijnen overleefden er negen. Dat blijkt uit het eindverslag.",
            "negen",
        ),
        (
            "de",
            "Von den 37 Walen überlebten nur elf. Das geht aus dem neuen Bericht hervor.",
            "elf",
        ),
        ("pl", "Z 37 delfinów przeżyło dziewięć. Wynika to z raportu.", "dziewięć"),
    ],
)
def test_the_report_with_no_body_names_no_one_new(lang: str, text: str, figure: str) -> None:
    # no one named before: a pointer with nowhere to point credits no one
    assert source_of(figures(text, lang), figure) is None


@pytest.mark.parametrize(
    ("lang", "text", "figure", "source"),
    [
        (
            "nl",
            "Van de 37 dolfijnen overleefden er negen. Dat blijkt uit het eindverslag.",
            "negen",
            "De brandweer",
        ),
        (
            "de",
            "Von den 37 Walen überlebten nur elf. Das geht aus dem neuen Bericht hervor.",
            "elf",
            "Die Feuerwehr",
        ),
    ],
)
def test_the_report_with_no_body_keeps_pointing_back(
    lang: str, text: str, figure: str, source: str
) -> None:
    assert source_of(figures(_EARLIER[lang] + text, lang), figure) == source


@pytest.mark.parametrize(
    ("lang", "text", "figure", "body"),
    [
        (
            "nl",
            "Dat blijkt uit het eindverslag van de gemeente, dat 48 pagina's telt.",
            "48",
            "gemeente",
        ),
        (
            "fr",
            "C'est ce qui ressort du bilan de la préfecture, qui recense 48 interventions.",
            "48",
            "préfecture",
        ),
    ],
)
def test_a_figure_in_the_origin_sentence_is_its_own_body_s(
    lang: str, text: str, figure: str, body: str
) -> None:
    credited = source_of(figures(_EARLIER[lang] + text, lang), figure)
    assert credited is not None
    assert body in credited
