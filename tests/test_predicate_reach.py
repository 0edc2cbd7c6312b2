"""German and Dutch close a clause with the participle: a head count's status
predicate may end far after it ([syntax] predicate_reach)."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        (
            "de",
            "Mehr als 3000 Menschen wurden am Dienstag aus den Dörfern östlich der Stadt "
            "in Sicherheit gebracht.",
            "evacuated",
        ),
        (
            "de",
            "Rund 40 Menschen wurden nach dem Einsturz des Daches in umliegenden Kliniken "
            "im Krankenhaus behandelt.",
            "injured",
        ),
        (
            "nl",
            "Ruim 3000 mensen werden dinsdag uit de dorpen ten oosten van de stad "
            "in veiligheid gebracht.",
            "evacuated",
        ),
    ],
)
def test_a_clause_final_participle_still_names_the_status(
    language: str, text: str, unit: str
) -> None:
    (q,) = find_quantities(text, language)
    assert q.unit == unit


def test_the_reach_stops_at_the_clause_end() -> None:
    text = "Mehr als 3000 Menschen lebten in dem Dorf. Am Dienstag wurden alle evakuiert."
    (q, *_) = find_quantities(text, "de")
    assert q.unit == "people"
