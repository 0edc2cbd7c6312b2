"""Two kinds of phrase that looked like sources and two that are.

- A headline label before a colon that names a stage of a count (``[scope] provisional``
  or ``final``: "Final results:", "Rezultate parțiale:") names no source; a label that
  names a body still speaks ("The electoral commission: …").
- In Romanian an estimate noun's owner may follow it in the genitive with no link word
  ("estimarea băncii, de circa 40.000"): a body in a genitive of ``[attribution]
  owner_genitive_endings`` owns the figure; an adjective after the noun ("estimarea
  oficială") owns nothing, nor does one in a language that always links its owner
  ("les chiffres officiels").

The sentences are our own (no benchmark wording).
"""

from __future__ import annotations

import pytest

from ._articles import quantities


def _credit(text: str, lang: str, figure: str) -> str | None:
    return next(c.attributed_to for c in quantities(text, lang) if figure in c.text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Final results: 40% of votes for the liberal candidate"),
        ("ro", "Rezultate parțiale: 40% din voturi pentru candidatul liberal"),
        ("fr", "Résultats définitifs : 40 % des voix pour le candidat libéral"),
        ("es", "Resultados provisionales: 40% de los votos para el candidato liberal"),
        ("it", "Risultati definitivi: il 40% dei voti al candidato liberale"),
        ("de", "Vorläufiges Endergebnis: 40 Prozent für den liberalen Kandidaten"),
        ("pl", "Wstępne wyniki: 40 proc. głosów dla liberała"),
        ("pt", "Resultados finais: 40% dos votos para o candidato liberal"),
    ],
)
def test_a_label_of_a_count_stage_names_no_source(lang: str, text: str) -> None:
    assert _credit(text, lang, "40") is None


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "The electoral commission: 40% of votes for the liberal candidate",
            "The electoral commission",
        ),
        ("fr", "Le préfet de l'Hérault : 40 % des parcelles inondées", "Le préfet de l'Hérault"),
        (
            "de",
            "Der Bürgermeister von Köln: 40 Prozent der Keller überflutet",
            "Der Bürgermeister von Köln",
        ),
    ],
)
def test_a_label_that_names_a_body_still_speaks(lang: str, text: str, speaker: str) -> None:
    assert _credit(text, lang, "40") == speaker


@pytest.mark.parametrize(
    ("lang", "text", "owner"),
    [
        (
            "ro",
            "Ministerul a numărat 30.000 de clienți. "
            "Estimarea băncii, de circa 40.000 de clienți, este mai mare.",
            "băncii",
        ),
        (
            "ro",
            "Ministerul a numărat 30.000 de clienți. "
            "Estimarea ministerului, circa 40.000 de clienți, este mai mare.",
            "ministerului",
        ),
    ],
)
def test_a_romanian_genitive_body_owns_the_estimate_before_it(
    lang: str, text: str, owner: str
) -> None:
    assert _credit(text, lang, "40.000") == owner


@pytest.mark.parametrize(
    ("lang", "text", "adjective"),
    [
        (
            "ro",
            "Ministerul a numărat 30.000 de clienți. "
            "Estimarea oficială, de circa 40.000 de clienți, este mai mare.",
            "oficială",
        ),
        (
            "fr",
            "Le ministère a recensé 30 000 clients. "
            "Les chiffres officiels, 40 000 clients, sont plus élevés.",
            "officiels",
        ),
        (
            "es",
            "El ministerio contó 30.000 clientes. "
            "Las cifras oficiales, 40.000 clientes, son más altas.",
            "oficiales",
        ),
        (
            "it",
            "Il ministero ha contato 30.000 clienti. "
            "La stima ufficiale, 40.000 clienti, è più alta.",
            "ufficiale",
        ),
        (
            "en",
            "The ministry counted 30,000 customers. "
            "The official estimate, 40,000 customers, is higher.",
            "official",
        ),
    ],
)
def test_an_adjective_after_an_estimate_noun_owns_nothing(
    lang: str, text: str, adjective: str
) -> None:
    assert _credit(text, lang, "40") != adjective
