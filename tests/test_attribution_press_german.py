"""Where every noun is capitalised (German), a press pointer is still read as one.

"… heißt es in einem Bericht der beiden Medien": the capital of "Bericht" and "Medien"
names no one, so the report is the outlets' the article names ("Reuters"); a phrase that
names someone else ("Bericht der Regierung") or holds an acronym stays as written.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _sources(text: str) -> list[str | None]:
    return [c.attributed_to for c in quantities(text, "de")]


def test_a_report_of_the_media_is_the_named_outlets() -> None:
    text = (
        "Die Agentur Reuters hat Satellitenbilder ausgewertet. Mindestens 3.000 Gebäude wurden"
        " zerstört, heißt es in einem am Dienstag veröffentlichten Bericht der beiden Medien."
    )
    assert _sources(text) == ["Reuters"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Die Agentur Reuters hat Satellitenbilder ausgewertet. Mindestens 3.000 Gebäude"
            " wurden zerstört, heißt es in einem am Dienstag veröffentlichten Bericht der"
            " Regierung.",
            "Bericht der Regierung",
        ),
        (
            "Die Agentur Reuters hat Satellitenbilder ausgewertet. Mindestens 3.000 Gebäude"
            " wurden zerstört, heißt es in einem am Dienstag veröffentlichten Bericht der"
            " ARD-Medien.",
            "Bericht der ARD-Medien",
        ),
    ],
)
def test_a_phrase_that_names_someone_stays_as_written(text: str, source: str) -> None:
    assert _sources(text) == [source]


def test_a_compound_of_the_press_noun_is_the_named_outlets() -> None:
    # "Medien*": "Medienauswertung", "Medienrecherche" are the media's work
    text = (
        "Die BBC wertet seit Monaten Todesanzeigen aus. Einer Medienauswertung zufolge sind"
        " bisher 12.000 Freiwillige gefallen."
    )
    assert _sources(text) == ["BBC"]


def test_a_compound_of_the_press_noun_with_no_outlet_named_stays() -> None:
    text = "Einer Medienauswertung zufolge sind bisher 12.000 Freiwillige gefallen."
    assert _sources(text) == ["Medienauswertung"]
