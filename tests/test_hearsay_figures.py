"""Hearsay figures: "rumours of more than 30 dead", "des informations de presse évoquant
30 morts", "Gerüchte über mehr als 30 Tote" (``[attribution] hearsay``) are the rumour's,
not the source the paragraph named before, so they stand against that source's count
instead of reading as its count updated within the day; and a confirmation word a negation
stands before ("n'ont pas été confirmées", "non confermate") confirms nothing."""

from __future__ import annotations

import pytest

from ._articles import opposed, quantities, story_report

MINISTRY_THEN_RUMOUR = [
    (
        "es",
        "Murieron 14 personas en el derrumbe, según el Ministerio de Salud. "
        "En las redes sociales circulaban rumores de más de 30 muertos.",
    ),
    (
        "fr",
        "L'effondrement a fait 14 morts, selon le ministère de la Santé. Des informations "
        "de presse évoquant 30 morts n'ont pas été confirmées.",
    ),
    (
        "en",
        "Fourteen people were killed in the collapse, the health ministry said. Local "
        "media carried unconfirmed reports of 30 dead.",
    ),
    (
        "de",
        "Beim Einsturz sind nach Angaben des Gesundheitsministeriums 14 Menschen ums Leben "
        "gekommen. Gerüchte über mehr als 30 Tote machten die Runde.",
    ),
]


@pytest.mark.parametrize(("language", "text"), MINISTRY_THEN_RUMOUR)
def test_a_rumour_takes_no_credit_from_the_sentence_before(language: str, text: str) -> None:
    official, rumour = (c for c in quantities(text, language) if c.low in (14, 30))
    assert official.attributed_to is not None
    assert rumour.attributed_to is None
    assert rumour.status is None


@pytest.mark.parametrize(("language", "text"), MINISTRY_THEN_RUMOUR)
def test_a_rumour_stands_against_the_official_count(language: str, text: str) -> None:
    report = story_report([("2025-05-06", language, text)], "collapse")
    assert frozenset({14, 30}) in opposed(report, lambda c: c.low)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Fourteen people were killed, the health ministry said. Thirty were injured."),
        ("es", "Murieron 14 personas, según el Ministerio de Salud. Otras 30 resultaron heridas."),
    ],
)
def test_a_plain_next_figure_keeps_the_paragraph_s_credit(language: str, text: str) -> None:
    first, second = quantities(text, language)
    assert second.attributed_to == first.attributed_to is not None


@pytest.mark.parametrize(
    ("language", "text", "status"),
    [
        ("it", "Voci non confermate parlano di oltre 30 vittime.", None),
        ("fr", "Les 30 morts évoqués n'ont pas été confirmés.", None),
        ("en", "Thirty deaths have not been confirmed by officials.", None),
        ("it", "Le vittime confermate sono 30.", "confirmed"),
        ("en", "Thirty deaths have been confirmed by officials.", "confirmed"),
    ],
)
def test_a_negated_confirmation_confirms_nothing(
    language: str, text: str, status: str | None
) -> None:
    (claim,) = quantities(text, language)
    assert claim.status == status
