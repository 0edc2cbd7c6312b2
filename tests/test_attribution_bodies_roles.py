"""Coast guards and juntas are bodies that give figures; a rescue is a deed, not a report.

"…, según la guardia costera griega", "…, selon la junte" credit them as "according
to the coast guard" does in other languages (``[attribution] role_nouns``). And in
Portuguese "X resgatou 25 pessoas …, informou Y" credits Y: rescuing is what X did
(``deed_verbs``), which yields to any reporting cue of the sentence.
"""

from __future__ import annotations

import pytest

from ._articles import credits as _credits


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        (
            "Han muerto 37 migrantes, según la guardia costera tunecina.",
            "es",
            "la guardia costera tunecina",
        ),
        ("Le bilan s'élève à 230 morts, selon la junte.", "fr", "la junte"),
        ("At least 40 migrants drowned, the coast guard said.", "en", "the coast guard"),
        ("Mindestens 40 Migranten ertranken, teilte die Küstenwache mit.", "de", "die Küstenwache"),
        (
            "Morreram 37 migrantes, segundo a guarda costeira grega.",
            "pt",
            "a guarda costeira grega",
        ),
        (
            "Au moins 40 personnes se sont noyées, a indiqué mercredi la garde côtière grecque.",
            "fr",
            "la garde côtière grecque",
        ),
    ],
)
def test_coast_guard_and_junta_are_sources(text: str, language: str, source: str) -> None:
    assert _credits(text, language) == [source]


def test_portuguese_rescue_is_a_deed_that_yields_to_a_cue() -> None:
    text = "A marinha resgatou 48 pessoas, de acordo com as autoridades portuárias."
    assert _credits(text, "pt") == ["as autoridades portuárias"]


def test_portuguese_rescue_still_credits_its_doer_alone() -> None:
    assert _credits("A Defesa Civil resgatou 48 pessoas.", "pt") == ["A Defesa Civil"]


def test_a_coast_guard_counted_or_acting_is_no_source() -> None:
    assert _credits("La garde côtière a secouru 40 personnes.", "fr") == [None]
    assert _credits("Deux gardes côtières ont été blessées.", "fr") == [None]


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ("At least 40 people died, the prefect said.", "en", "the prefect"),
        ("El balanç és de 40 morts, segons el prefecte.", "ca", "el prefecte"),
        ("Minstens 40 mensen kwamen om, zei de prefect.", "nl", "de prefect"),
        ("Zginęło co najmniej 40 osób, poinformował prefekt.", "pl", "prefekt"),
    ],
)
def test_a_prefect_is_a_source(text: str, language: str, source: str) -> None:
    assert _credits(text, language) == [source]
