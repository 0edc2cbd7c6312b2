"""Two bodies a word of "between" sets apart, each with a relative clause of its own figure.

- "The gap remains between the agency, which speaks of 300, and the council, which …":
  the first relative stands for the body the word of "between" brings in
  (``[attribution] between_words``), not for the phrase before it ("the gap") nor for the
  body of the second clause.
- An object clitic between the relative pronoun and its verb ("il Comune, che ne conta
  circa 200") is no subject: the relative still stands for the body before its comma.
- French "en compte" (a partitive clitic and the count verb, as "en comptent" already)
  reports the count of its subject ("Le collectif en compte environ 500"), but not
  inside an idiom that holds the words ("a pris en compte 300 dossiers":
  ``[toll_nouns] clitic_idioms``).

The sentences are our own (no benchmark wording).
"""

from __future__ import annotations

import pytest

from ._articles import quantities


def _credit(text: str, lang: str, figure: str) -> str | None:
    return next(c.attributed_to for c in quantities(text, lang) if figure in c.text)


@pytest.mark.parametrize(
    ("lang", "text", "figure", "source"),
    [
        (
            "en",
            "Figures differ between the fire brigade, which counted 40 rescues, and the "
            "police, which counted 25.",
            "40",
            "the fire brigade",
        ),
        (
            "it",
            "Resta la differenza tra la Protezione civile, che parla di 300 sfollati, e il "
            "Comune, che ne conta circa 200.",
            "300",
            "la Protezione civile",
        ),
        (
            "it",
            "Resta la differenza tra la Protezione civile, che parla di 300 sfollati, e il "
            "Comune, che ne conta circa 200.",
            "200",
            "il Comune",
        ),
        (
            "es",
            "Persiste la diferencia entre Protección Civil, que habla de 300 desalojados, y "
            "el ayuntamiento, que cifra en unos 200 los afectados.",
            "300",
            "Protección Civil",
        ),
        (
            "ca",
            "Es manté la diferència entre Protecció Civil, que parla de 300 desallotjats, i "
            "l'ajuntament, que en compta uns 200.",
            "300",
            "Protecció Civil",
        ),
        (
            "ro",
            "Rămâne diferența între Protecția Civilă, care vorbește de 300 de evacuați, și "
            "primăria, care numără circa 200.",
            "300",
            "Protecția Civilă",
        ),
        (
            "fr",
            "L'écart demeure entre la protection civile, qui parle de 300 sinistrés, et la "
            "mairie, qui en compte environ 200.",
            "200",
            "la mairie",
        ),
    ],
)
def test_the_first_relative_after_between_stands_for_its_body(
    lang: str, text: str, figure: str, source: str
) -> None:
    assert _credit(text, lang, figure) == source


@pytest.mark.parametrize(
    ("lang", "text", "figure", "source"),
    [
        ("it", "Il Comune, che ne conta circa 200, contesta i dati.", "200", "Il Comune"),
        (
            "fr",
            "La préfecture recense 300 sinistrés. Le collectif en compte environ 500.",
            "500",
            "Le collectif",
        ),
    ],
)
def test_a_partitive_clitic_before_a_count_verb_keeps_its_subject(
    lang: str, text: str, figure: str, source: str
) -> None:
    assert _credit(text, lang, figure) == source


@pytest.mark.parametrize(
    ("lang", "text", "figure", "source"),
    [
        (
            # no word of "between": the name before the relative is whole
            "en",
            "The Ministry of Health, which speaks of 300 injured, disputes the count.",
            "300",
            "The Ministry of Health",
        ),
        (
            "es",
            "El portavoz del ministerio, que habla de 300 desalojados, pide calma.",
            "300",
            "El portavoz del ministerio",
        ),
        (
            # an idiom that holds "en compte" counts nothing
            "fr",
            "La commission a pris en compte 300 dossiers, selon le ministère.",
            "300",
            "le ministère",
        ),
        (
            # a body before the word of "between" and no body after it: no tail
            "it",
            "Il ministero, che parla di 300 sfollati tra i residenti, chiede aiuto.",
            "300",
            "Il ministero",
        ),
    ],
)
def test_must_not_move_a_credit_without_a_word_of_between(
    lang: str, text: str, figure: str, source: str
) -> None:
    assert _credit(text, lang, figure) == source
