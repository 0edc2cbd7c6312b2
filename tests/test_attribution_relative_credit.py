"""A figure named before a relative clause whose subject reports it is that subject's:
"the 1,450 job cuts the company announced". English opens such a clause with no pronoun
(``[attribution] contact_relatives``): at most three words of the figure's noun, then
the subject (an article, a name or a role noun) and the reporting verb. French agrees the
participle with the figure before it ("les 1 450 suppressions que l'entreprise a
annoncées", "les 40 morts que la préfecture a recensés"): those forms are reporting verbs
too. Clauses with a pronoun keep their reading in every language."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "Dockers struck over the 600 job cuts the company announced.", "the company"),
        (
            "en",
            "The 40 deaths the ministry reported on Monday were all in the north.",
            "the ministry",
        ),
        ("en", "Lawyers questioned the 300 arrests police reported.", "police"),
        ("en", "Farmers doubt the 12,000 hectares Agrimed counted last week.", "Agrimed"),
        (
            "fr",
            "Les dockers protestent contre les 600 suppressions de postes que l'entreprise a "
            "annoncées en mai.",
            "l'entreprise",
        ),
        (
            "fr",
            "Les 40 morts que la préfecture a recensés se trouvaient tous dans le nord.",
            "la préfecture",
        ),
    ],
)
def test_relative_clause_subject_credits_the_figure(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # kept: a clause with its pronoun, in other languages
        ("en", "Dockers struck over the 600 job cuts that the company announced.", ["the company"]),
        (
            "es",
            "Los estibadores protestan contra los 600 despidos que anunció la empresa.",
            ["la empresa"],
        ),
        (
            "it",
            "I portuali protestano contro i 600 esuberi che l'azienda ha annunciato.",
            ["l'azienda"],
        ),
        ("pl", "Dokerzy protestują przeciwko 600 zwolnieniom, które ogłosiła firma.", ["firma"]),
        ("de", "Die 40 Toten, die die Polizei meldete, stammen aus dem Norden.", ["die Polizei"]),
        # must not: a function word between figure and subject is no noun of the figure
        ("en", "The 40 deaths in the north police reported were confirmed.", [None]),
        # must not: a verb of no report
        ("en", "Rescuers reached the 40 villages the flood cut off.", [None]),
        # must not: a speaker before the figure stays the source
        ("en", "Unions said the 600 job cuts the company announced were too many.", ["Unions"]),
    ],
)
def test_other_clauses_keep_their_reading(
    language: str, text: str, expected: list[str | None]
) -> None:
    assert _credits(text, language) == expected
