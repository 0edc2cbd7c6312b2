"""A pointer credited after a figure ("…, the agency said") stands for the body whose
deed the figure counts when that body is named by an acronym and no source named before
holds the pointer's noun: "FEMA has sent 1,200 staff, the agency said" is FEMA's."""

from __future__ import annotations

import pytest

from ._articles import credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        (
            "en",
            "The National Weather Service said winds reached 120 mph. FEMA has sent 1,200"
            " staff to the region, the agency said.",
            "FEMA",
        ),
        (
            "en",
            "The health ministry said 40 people had died. The WHO has sent 12 tonnes of"
            " supplies, the agency said.",
            "The WHO",
        ),
        (
            "pt",
            "A Proteção Civil registou 40 ocorrências. O INEM enviou 12 ambulâncias para o"
            " local, segundo a agência.",
            "O INEM",
        ),
    ],
)
def test_the_pointer_stands_for_the_doer(language: str, text: str, credit: str) -> None:
    assert _credits(text, language)[-1] == credit


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        # a source named before holds the pointer's noun: it keeps the credit
        (
            "es",
            "La Agencia Estatal de Meteorología registró 200 litros. La UME ha enviado 1.200"
            " efectivos, según informó la agencia.",
            "La Agencia Estatal de Meteorología",
        ),
        # a doer named by a phrase, no acronym: the wire named before
        (
            "es",
            "Según la agencia EFE, hay 12 muertos. Los bomberos han enviado 40 efectivos,"
            " según la agencia.",
            "la agencia EFE",
        ),
        # a state is no body that reports
        (
            "en",
            "The ministry said 40 people died. The US has sent 1,200 troops, the agency said.",
            "the agency",
        ),
        # no one named before: the pointer stays as written
        (
            "en",
            "The ministry said 40 people died. FEMA has sent 1,200 staff, the ministry said.",
            "the ministry",
        ),
        # a pointer that names a kind of body means no doer of another kind
        (
            "en",
            "Poland's prime minister said on Monday the border was calm. NATO has deployed"
            " 1,200 troops to the border, the ministry said.",
            "Poland's prime minister",
        ),
        (
            "es",
            "El Gobierno polaco dijo el lunes que la frontera estaba tranquila. La OTAN ha"
            " desplegado 1.200 soldados en la frontera, según el ministerio.",
            "El Gobierno polaco",
        ),
    ],
)
def test_the_pointer_keeps_its_reading(language: str, text: str, credit: str) -> None:
    assert _credits(text, language)[-1] == credit
