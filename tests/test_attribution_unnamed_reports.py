"""An impersonal report before a figure ("it also emerged that", "werd bekend dat", "se
supo que", ``[attribution] unnamed_reports``) says someone not named made it known: the
source the paragraph credited before does not go on to it, and a cue of its own sentence
still credits it."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Guardian reported that a British woman was missing. It also emerged on Friday"
            " that 5,000 more soldiers would be sent to the region.",
        ),
        (
            "nl",
            "De Telegraaf meldt dat een Nederlandse vrouw vermist is. Vandaag werd ook bekend"
            " dat er nog eens 5000 militairen naar het gebied gaan.",
        ),
        (
            "es",
            "El diario El País informó de que una mujer británica está desaparecida. Este"
            " viernes se supo además que 5.000 militares más serán enviados a la zona.",
        ),
        (
            "fr",
            "Le journal Le Monde a rapporté qu'une Française était portée disparue. On a appris"
            " vendredi que 5 000 soldats supplémentaires seraient envoyés dans la région.",
        ),
        (
            "it",
            "Il quotidiano Repubblica ha riferito che una donna italiana è dispersa. Si è"
            " appreso inoltre che altri 5.000 militari saranno inviati nella zona.",
        ),
    ],
)
def test_an_impersonal_report_takes_no_credit_from_before(language: str, text: str) -> None:
    assert _credits(text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text", "credits"),
    [
        # with no impersonal report the paragraph's source goes on
        (
            "en",
            "The Guardian reported that a British woman was missing. On Friday 5,000 more"
            " soldiers were sent to the region.",
            ["The Guardian"],
        ),
        (
            "nl",
            "De Telegraaf meldt dat een Nederlandse vrouw vermist is. Vandaag gaan er nog eens"
            " 5000 militairen naar het gebied.",
            ["De Telegraaf"],
        ),
        # a cue of the figure's own sentence credits it
        (
            "es",
            "El diario El País informó de que una mujer británica está desaparecida. Se supo"
            " además que 5.000 militares más serán enviados, según el Ministerio de Defensa.",
            ["el Ministerio de Defensa"],
        ),
    ],
)
def test_without_one_the_credit_goes_on(language: str, text: str, credits: list[str]) -> None:
    assert _credits(text, language) == credits


@pytest.mark.parametrize(
    ("language", "text", "credits"),
    [
        # what people talk of or fear is no one's count
        (
            "fr",
            "Le bilan est de 40 morts, selon les autorités. On parlait alors de 10 000 morts.",
            ["les autorités", None],
        ),
        (
            "it",
            "Il bilancio è di 40 morti, secondo la Protezione civile. Si temono fino a 100"
            " vittime.",
            ["la Protezione civile", None],
        ),
        (
            "es",
            "El balance es de 40 muertos, según Protección Civil. Se teme que haya hasta 100"
            " víctimas.",
            ["Protección Civil", None],
        ),
        (
            "en",
            "The toll stands at 40, the ministry said. It is feared that up to 100 people died.",
            ["the ministry", None],
        ),
        # an impersonal count goes on with the account
        (
            "it",
            "Il bilancio è di 40 morti, secondo la Protezione civile. Si contano inoltre 100"
            " feriti.",
            ["la Protezione civile", "la Protezione civile"],
        ),
    ],
)
def test_talk_and_fear_are_no_one_s_count(
    language: str, text: str, credits: list[str | None]
) -> None:
    assert _credits(text, language) == credits
