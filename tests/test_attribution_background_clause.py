"""A clause of the reporter's own background after a speaker set after its words ("…,
Spanish authorities said on Friday, as the death toll rose to at least 205";
``[attribution] background_openers``) holds no figure of that speaker's."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "credits"),
    [
        (
            "en",
            "Almost 2,000 people are still missing, Spanish authorities said on Friday, as the"
            " death toll rose to at least 205.",
            ["Spanish authorities", None],
        ),
        (
            "en",
            "The army has sent 500 more soldiers, the defence ministry said, as the search for 90"
            " missing people went on.",
            ["the defence ministry", None],
        ),
        (
            "es",
            "El sismo es el más fuerte del país, ha valorado el director del Instituto"
            " Geográfico, Juan Cantavella, cuando ya se han confirmado al menos 2.012 muertos.",
            [None],
        ),
        (
            "fr",
            "Le séisme est le plus fort jamais enregistré, a déclaré le directeur de l'institut,"
            " au moment où le bilan atteignait 2 012 morts.",
            [None],
        ),
        (
            "it",
            "Il sisma è il più forte mai registrato, ha detto il direttore dell'istituto, quando"
            " il bilancio era già salito a 2.012 morti.",
            [None],
        ),
    ],
)
def test_the_background_clause_is_the_reporter_s(
    language: str, text: str, credits: list[str | None]
) -> None:
    assert _credits(text, language) == credits


@pytest.mark.parametrize(
    ("language", "text", "credits"),
    [
        # the speaker opens the sentence: the clause is part of its statement
        (
            "en",
            "The defence ministry said 500 soldiers had been sent, as 90 people remained missing.",
            ["The defence ministry", "The defence ministry"],
        ),
        # a speaker set after its words with no background clause
        (
            "en",
            "The death toll rose to 205 on Friday, Spanish authorities said.",
            ["Spanish authorities"],
        ),
        # a prefix cue says the information is the source's
        (
            "es",
            "Según Emergencias, cuando se cerró el recuento había 205 muertos.",
            ["Emergencias"],
        ),
        # "while" sets a second count of the same statement against the first
        (
            "es",
            "40 personas murieron, informó el ministerio, mientras que otras 300 siguen"
            " desaparecidas.",
            ["el ministerio", "el ministerio"],
        ),
        (
            "fr",
            "40 personnes sont mortes, a indiqué le ministère, alors que 300 restent portées"
            " disparues.",
            ["le ministère", "le ministère"],
        ),
        # an opener's word that opens no clause
        (
            "en",
            "Forty people died, the ministry said on Monday, as well as 30 firefighters.",
            ["the ministry", "the ministry"],
        ),
        # another comma between the opener and the figure: the figure is the statement's
        (
            "en",
            "The toll is the worst in decades, the ministry said, as expected, with 205 dead.",
            ["the ministry"],
        ),
    ],
)
def test_no_background_clause_keeps_the_credit(
    language: str, text: str, credits: list[str | None]
) -> None:
    assert _credits(text, language) == credits


@pytest.mark.parametrize(
    ("language", "text", "credits"),
    [
        (
            "en",
            "Spain's government said it would send more soldiers to the region after flash"
            " floods that have killed at least 211 people.",
            [None],
        ),
        (
            "de",
            "Eine Woche nach dem verheerenden Unwetter, das mehr als 200 Menschen das Leben"
            " kostete, gibt es erstmals eine Zahl der Regionalregierung zu den Vermissten.",
            [None],
        ),
        (
            "fr",
            "Le gouvernement a annoncé un plan de reconstruction après le séisme qui a fait plus"
            " de 2 900 morts.",
            [None],
        ),
        (
            "es",
            "El Gobierno anunció un plan de reconstrucción tras el terremoto que dejó más de"
            " 2.900 muertos.",
            [None],
        ),
    ],
)
def test_the_toll_that_names_the_event_is_the_reporter_s(
    language: str, text: str, credits: list[str | None]
) -> None:
    assert _credits(text, language) == credits


@pytest.mark.parametrize(
    ("language", "text", "credits"),
    [
        # the cue inside the event's clause
        (
            "en",
            "The floods, which killed 211 people according to the government, were the worst"
            " in decades.",
            ["the government"],
        ),
        # the toll is what the speaker said
        ("en", "The government said the floods had killed 211 people.", ["The government"]),
        # a prefix cue; and a clause too long for its verb alone (its own verb follows)
        (
            "es",
            "Según el Gobierno, el terremoto que sacudió la región dejó más de 2.900 muertos.",
            ["el Gobierno"],
        ),
        (
            "es",
            "El Gobierno dijo que el terremoto que sacudió la región dejó más de 2.900 muertos.",
            ["El Gobierno"],
        ),
    ],
)
def test_a_toll_the_source_tells_keeps_its_credit(
    language: str, text: str, credits: list[str | None]
) -> None:
    assert _credits(text, language) == credits
