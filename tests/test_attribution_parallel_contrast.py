"""Two sources' figures set against each other in one sentence, the second clause elliptic.

"Die Gewerkschaft bezifferte die Beteiligung auf 92 %, das Ministerium dagegen auf 38 %":
the clause after the comma drops the verb and repeats the words before the first figure
("auf"); a word of contrast (``[attribution] rival_markers``) may stand after its subject.
"Laut der Gewerkschaft lag sie bei 92 %, laut dem Ministerium dagegen bei 38 %": the
second cue opens its own figure's clause though the contrast word and the repeated
preposition stand between its source and its figure. A reporting verb whose preposition
is written joined to an article ("fala numa", "parla del", ``[attribution]
preposition_forms``) reports as the plain form does.
"""

from __future__ import annotations

import pytest

from crosscheck.lang._data import _with_contractions
from tests._articles import quantities


def _sources(text: str, lang: str) -> list[str | None]:
    return [c.attributed_to for c in quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        (
            "de",
            "Die Gewerkschaft schätzte die Beteiligung auf 92 Prozent, das Ministerium"
            " hingegen auf 38 Prozent.",
            "Die Gewerkschaft",
            "das Ministerium",
        ),
        (
            "fr",
            "Le syndicat a chiffré la participation à 92 %, le ministère en revanche à 38 %.",
            "Le syndicat",
            "le ministère",
        ),
        (
            "es",
            "El sindicato cifró el seguimiento en el 92 %, el ministerio en cambio en el 38 %.",
            "El sindicato",
            "el ministerio",
        ),
        (
            "nl",
            "De vakbond schatte de deelname op 92 procent, het ministerie daarentegen op"
            " 38 procent.",
            "De vakbond",
            "het ministerie",
        ),
        (
            "pl",
            "Związek mówi o 92 proc., ministerstwo natomiast o 38 proc.",
            "Związek",
            "ministerstwo",
        ),
        (
            "ca",
            "El sindicat xifra el seguiment en el 92 %, el ministeri en canvi en el 38 %.",
            "El sindicat",
            "el ministeri",
        ),
    ],
)
def test_a_gapped_clause_with_a_contrast_word_credits_its_own_subject(
    lang: str, text: str, first: str, second: str
) -> None:
    assert _sources(text, lang) == [first, second]


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        (
            "de",
            "Laut der Gewerkschaft lag sie bei 92 Prozent, laut dem Ministerium dagegen bei"
            " 38 Prozent.",
            "der Gewerkschaft",
            "dem Ministerium",
        ),
        (
            "de",
            "Laut der Gewerkschaft lag sie bei 92 Prozent, laut dem Ministerium bei 38 Prozent.",
            "der Gewerkschaft",
            "dem Ministerium",
        ),
        (
            "es",
            "Según el sindicato, el seguimiento fue del 92 %, según el ministerio en cambio"
            " del 38 %.",
            "el sindicato",
            "el ministerio",
        ),
        (
            "nl",
            "Volgens de vakbond lag die op 92 procent, volgens het ministerie daarentegen op"
            " 38 procent.",
            "de vakbond",
            "het ministerie",
        ),
        (
            "pl",
            "Według związku udział wyniósł 92 proc., według ministerstwa natomiast 38 proc.",
            "związku",
            "ministerstwa",
        ),
        (
            "en",
            "According to the union, it stood at 92%, according to the ministry however at 38%.",
            "the union",
            "the ministry",
        ),
    ],
)
def test_a_second_cue_before_a_contrast_word_credits_only_its_figure(
    lang: str, text: str, first: str, second: str
) -> None:
    assert _sources(text, lang) == [first, second]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        # a place, not a source, in the gapped slot: the first clause's source gives both
        (
            "de",
            "Die Polizei zählte in Berlin 30.000 Teilnehmer, in Hamburg dagegen 12.000.",
            "Die Polizei",
        ),
        (
            "de",
            "Die Polizei bezifferte die Menge in Berlin auf 30.000, Hamburg dagegen auf 12.000.",
            "Die Polizei",
        ),
        (
            "es",
            "La policía cifró la asistencia en Madrid en 30.000, Valencia en cambio en 12.000.",
            "La policía",
        ),
        (
            "fr",
            "Selon la police, ils étaient 30 000 à Paris, à Lyon en revanche 12 000.",
            "la police",
        ),
        (
            "nl",
            "Volgens de politie waren het er in Amsterdam 30.000, in Utrecht daarentegen 12.000.",
            "de politie",
        ),
    ],
)
def test_a_place_set_against_another_keeps_the_one_source(
    lang: str, text: str, source: str
) -> None:
    assert _sources(text, lang) == [source, source]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("pt", "O sindicato fala numa adesão de 92% à greve.", "O sindicato"),
        ("pt", "A federação falou da adesão de 70% dos associados.", "A federação"),
        ("it", "Il sindacato parla invece del 92% di adesione.", "Il sindacato"),
        ("it", "La federazione parla dell'adesione al 70%.", "La federazione"),
        ("es", "El sindicato habla del 92 % de seguimiento.", "El sindicato"),
        ("ca", "El sindicat parla d'un seguiment del 92 %.", "El sindicat"),
        ("fr", "Le syndicat parle d'une adhésion de 92 %.", "Le syndicat"),
    ],
)
def test_a_speech_verb_with_a_contracted_preposition_reports(
    lang: str, text: str, source: str
) -> None:
    assert _sources(text, lang) == [source]


def test_a_contracted_preposition_with_no_speech_verb_credits_no_one() -> None:
    assert _sources("Na sexta-feira, 92% dos voos foram cancelados.", "pt") == [None]
    assert _sources("Nel pomeriggio della domenica, il 40% dei treni è rimasto fermo.", "it") == [
        None
    ]


def test_only_a_phrase_that_ends_in_the_preposition_takes_its_forms() -> None:
    forms = {"em": ["no", "numa"]}
    assert _with_contractions(["fala em", "diz", "em"], forms) == [
        "fala em",
        "diz",
        "em",
        "fala no",
        "fala numa",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "second"),
    [
        (
            "es",
            "El sindicato contabilizó 12.000 manifestantes y la policía en cambio 3.000.",
            "la policía",
        ),
        (
            "de",
            "Die Gewerkschaft zählte 12.000 Teilnehmer und die Polizei dagegen 3.000.",
            "die Polizei",
        ),
    ],
)
def test_a_contrast_word_is_no_part_of_a_joined_gapped_subject(
    lang: str, text: str, second: str
) -> None:
    assert _sources(text, lang)[1] == second
