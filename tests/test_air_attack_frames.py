"""Air attacks: weapons launched and weapons shot down are two quantities."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article, find_quantities

from ._articles import quantities


def _claims(text: str, language: str) -> list[crosscheck.Claim]:
    return quantities(text, language, published="2025-01-15")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russia launched 74 drones overnight. Air defences shot down 47 drones."),
        ("uk", "Уночі росіяни атакували Україну 74 дронами. Збито 47 дронів."),
        ("de", "Russland hat 74 Drohnen abgefeuert. 47 Drohnen wurden abgeschossen."),
        ("fr", "La Russie a lancé 74 drones. 47 drones ont été abattus."),
        ("es", "Rusia lanzó 74 drones. 47 drones fueron derribados."),
    ],
)
def test_drones_launched_and_shot_down_name_their_events(language: str, text: str) -> None:
    launched, downed = _claims(text, language)
    assert (launched.unit, downed.unit) == ("drones", "drones")
    assert (launched.event, downed.event) == ("launched", "shot_down")


def test_shot_down_is_no_fall() -> None:
    (figure,) = find_quantities("Air defences shot down 30 missiles.", "en")
    assert figure.change is None
    (share,) = find_quantities("Shares were down 3% on Monday.", "en")
    assert share.change == "down"


def test_launched_and_shot_down_are_never_one_range() -> None:
    rep = crosscheck.report(
        [
            Article(
                id=f"a{i}",
                text=t,
                language=lang,
                published="2025-01-15",
                story="attack",
            )
            for i, (lang, t) in enumerate(
                [
                    (
                        "en",
                        "Russia launched 74 drones overnight. Air defences shot down 47 drones.",
                    ),
                    ("de", "Russland hat 74 Drohnen abgefeuert. 47 Drohnen wurden abgeschossen."),
                ]
            )
        ]
    )
    for finding in rep.findings:
        assert len({c.event for c in finding.claims}) == 1
