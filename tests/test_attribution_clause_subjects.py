"""Whose figure a clause gives when the sentence names more than one party.

Four shapes, each for every language where it exists:

- an object pronoun shaped like an article before a verb that puts the figure at a value
  ("l'estime à", "la calcula en", "los cifra en") is no article: the verb is a verb and
  its own subject is the source, not the prefix cue that opens the sentence;
- the phrase between such a verb and its value preposition is its object ("situa la
  població … en 1.716.000"): a count phrase before the verb that names a body is the
  subject;
- a reporting verb after an aspectual or modal verb ("continues to claim that",
  "continuă să susțină că", "hält daran fest, dass") credits the subject;
- a pointer with no body of its own ("by its count", "según sus datos") right after a
  colon stands for the body its own sentence names before the colon.
"""

from __future__ import annotations

import pytest

from ._articles import credit_of


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        (
            "fr",
            "Selon la police, les dégâts atteignent 3 millions d'euros, mais le syndicat "
            "des dockers les estime à plus de 5 millions d'euros.",
            "5 millions",
            "le syndicat des dockers",
        ),
        (
            "fr",
            "D'après la mairie, la facture s'élève à 2 millions d'euros, mais un expert "
            "du bâtiment, Paul Renaud, l'estime à « près de 4 millions d'euros ».",
            "4 millions",
            "Paul Renaud",
        ),
        (
            "ca",
            "Segons la policia, la marxa va reunir 3.000 persones, però el sindicat "
            "l'estima en 9.000 persones.",
            "9.000",
            "el sindicat",
        ),
        (
            "it",
            "Secondo la questura, i danni ammontano a 3 milioni di euro, ma il sindacato "
            "li stima in 5 milioni di euro.",
            "5 milioni",
            "il sindacato",
        ),
        (
            "pt",
            "Segundo a polícia, os danos chegam a 3 milhões de euros, mas o sindicato "
            "os estima em 5 milhões de euros.",
            "5 milhões",
            "o sindicato",
        ),
    ],
)
def test_an_object_pronoun_before_a_verb_of_value_leaves_the_verb_a_verb(
    language: str, text: str, figure: str, source: str
) -> None:
    assert credit_of(language, text, figure) == source


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        # an article before a noun that looks like a verb stays an article
        ("es", "Según el ministerio, la cifra de muertos asciende a 300.", "300", "el ministerio"),
        ("it", "Secondo il ministero, la stima dei morti è di 300.", "300", "il ministero"),
        ("fr", "Selon le ministère, le chiffre des morts atteint 300.", "300", "le ministère"),
    ],
)
def test_an_article_before_a_noun_keeps_the_opening_credit(
    language: str, text: str, figure: str, source: str
) -> None:
    assert credit_of(language, text, figure) == source


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        (
            "ca",
            "El recompte provisional de l'Institut d'Estadística situa la població de "
            "Girona en 105.000 habitants.",
            "105.000",
            "Institut d'Estadística",
        ),
        (
            "es",
            "El recuento provisional del Instituto de Estadística sitúa la población de "
            "Cádiz en 110.000 habitantes.",
            "110.000",
            "Instituto de Estadística",
        ),
        (
            "fr",
            "Le décompte provisoire de l'Institut de la statistique chiffre la population "
            "de Nancy à 104 000 habitants.",
            "104 000",
            "Institut de la statistique",
        ),
        (
            "ro",
            "Bilanțul provizoriu al Institutului de Statistică estimează populația "
            "orașului Iași la 270.000 de locuitori.",
            "270.000",
            "Institutului de Statistică",
        ),
        (
            "it",
            "Il conteggio provvisorio dell'Istituto di statistica stima la popolazione di "
            "Parma in 195.000 abitanti.",
            "195.000",
            "Istituto di statistica",
        ),
    ],
)
def test_the_phrase_before_the_value_preposition_is_the_object(
    language: str, text: str, figure: str, source: str
) -> None:
    credit = credit_of(language, text, figure)
    assert credit is not None
    assert source in credit


def test_a_count_that_names_no_body_keeps_its_subject_after_the_verb() -> None:
    # must not: "Die Einsparungen" is the object put first; the company is the subject
    text = "Die Einsparungen beziffert der Konzern auf 3 Milliarden Euro."
    assert credit_of("de", text, "3 Milliarden") == "der Konzern"


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        (
            "ro",
            "Primăria continuă să susțină că în județ trăiesc peste 900.000 de oameni.",
            "900.000",
            "Primăria",
        ),
        (
            "es",
            "El sindicato sigue sosteniendo que en la huelga participaron 40.000 personas.",
            "40.000",
            "El sindicato",
        ),
        (
            "en",
            "The city council continues to claim that more than 900,000 people live there.",
            "900,000",
            "The city council",
        ),
        (
            "fr",
            "La mairie continue d'affirmer que plus de 900 000 personnes vivent dans la ville.",
            "900 000",
            "La mairie",
        ),
        (
            "de",
            "Die Gewerkschaft hält daran fest, dass 40.000 Menschen gestreikt haben.",
            "40.000",
            "Die Gewerkschaft",
        ),
        (
            "it",
            "Il sindaco continua a sostenere che in città vivono oltre 900.000 persone.",
            "900.000",
            "Il sindaco",
        ),
        (
            "ru",
            "Мэрия продолжает утверждать, что в городе живут более 900 тысяч человек.",
            "900 тысяч",
            "Мэрия",
        ),
        ("pl", "Ratusz nadal twierdzi, że w mieście mieszka 900 tys. osób.", "900 tys.", "Ratusz"),
    ],
)
def test_a_reporting_verb_after_an_aspectual_verb_credits_the_subject(
    language: str, text: str, figure: str, source: str
) -> None:
    assert credit_of(language, text, figure) == source


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # must not: the aspectual verb governs no reporting verb before "that"/"que"
        ("en", "The river continues to rise so fast that 300 homes are flooded.", "300"),
        ("es", "El río sigue subiendo tan rápido que 300 casas están inundadas.", "300"),
    ],
)
def test_an_aspectual_verb_without_a_report_credits_no_one(
    language: str, text: str, figure: str
) -> None:
    assert credit_of(language, text, figure) is None


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        (
            "ru",
            "Министерство насчитало 18 тысяч гектаров. В Общине фермеров с этим не "
            "согласны: по их подсчётам, поражено 30 тысяч гектаров.",
            "30 тысяч",
            "Общине фермеров",
        ),
        (
            "es",
            "El ministerio contó 18.000 hectáreas. El sindicato agrario discrepa: según "
            "sus datos, hay 30.000 hectáreas afectadas.",
            "30.000",
            "sindicato",
        ),
        (
            "it",
            "Il ministero ha contato 18.000 ettari. Il sindacato degli agricoltori non è "
            "d'accordo: secondo i suoi calcoli, gli ettari infestati sono 30.000.",
            "30.000",
            "sindacato degli agricoltori",
        ),
        (
            "pl",
            "Ministerstwo podało 18 tys. hektarów. Związek rolników się nie zgadza: "
            "według jego danych zajętych jest 30 tys. hektarów.",
            "30 tys.",
            "Związek rolników",
        ),
        (
            "de",
            "Das Ministerium meldete 18.000 Hektar. Der Bauernverband widerspricht: nach "
            "seinen Angaben sind 30.000 Hektar befallen.",
            "30.000",
            "Bauernverband",
        ),
        (
            "fr",
            "Le ministère a recensé 18 000 hectares. Le syndicat des agriculteurs conteste "
            "ce chiffre : selon lui, 30 000 hectares sont infestés.",
            "30 000",
            "syndicat des agriculteurs",
        ),
    ],
)
def test_a_pointer_after_a_colon_stands_for_the_body_named_before_it(
    language: str, text: str, figure: str, source: str
) -> None:
    credit = credit_of(language, text, figure)
    assert credit is not None
    assert source in credit


@pytest.mark.parametrize(
    ("language", "text", "figure", "source"),
    [
        # must not: no body before the colon, the pointer still points back
        (
            "es",
            "El ministerio contó 18.000 hectáreas. La situación es grave: según estos "
            "datos, hay 30.000 hectáreas afectadas.",
            "30.000",
            "El ministerio",
        ),
        # must not: a cue that names a body of its own keeps it
        (
            "ro",
            "Ministerul a anunțat 300 de morți. Dacă sunt luați în calcul toți militarii "
            "răniți, cifrele devin uriașe: potrivit analiștilor militari, ele s-ar situa "
            "între 290 de mii și 460 de mii.",
            "între 290",
            "analiștilor militari",
        ),
    ],
)
def test_a_pointer_after_a_colon_with_no_body_before_it_keeps_its_reading(
    language: str, text: str, figure: str, source: str
) -> None:
    assert credit_of(language, text, figure) == source
