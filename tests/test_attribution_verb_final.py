"""A verb-final subordinate clause credits its own subject, not the main clause's speaker."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "first", "second"),
    [
        (
            "de",
            "Die Polizei sprach von 7.000 Teilnehmern in Köln, während der Gewerkschaftsbund "
            "die Zahl der Demonstranten auf 31.000 bezifferte.",
            "Die Polizei",
            "der Gewerkschaftsbund",
        ),
        (
            "de",
            "Die Behörden meldeten am Abend 17 Tote, nachdem das Innenministerium zuvor "
            "9 Opfer gemeldet hatte.",
            "Die Behörden",
            "das Innenministerium",
        ),
        (
            "nl",
            "De politie zei dat 7.000 mensen meeliepen, terwijl de organisatoren het aantal "
            "deelnemers op 31.000 schatten.",
            "De politie",
            "de organisatoren",
        ),
    ],
)
def test_the_subordinate_clause_credits_its_own_subject(
    language: str, text: str, first: str, second: str
) -> None:
    assert _credits(text, language) == [first, second]


def test_a_verb_that_does_not_close_the_clause_is_no_verb_final_cue() -> None:
    # the clause after "dass" ends with no reporting verb: the main clause's speaker stays
    text = "Das Ministerium teilte mit, dass 40 Menschen verletzt worden seien."
    assert _credits(text, "de") == ["Das Ministerium"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Während die Polizei 4.000 Teilnehmer zählte, sprachen die Veranstalter von 18.000.",
            "die Polizei",
            "die Veranstalter",
        ),
        (
            "Nachdem das Landratsamt zunächst 6 Tote gemeldet hatte, sprach die Landesregierung "
            "am Abend von 11 Opfern.",
            "das Landratsamt",
            "die Landesregierung",
        ),
    ],
)
def test_a_fronted_subordinate_clause_keeps_to_its_own_figure(
    text: str, first: str, second: str
) -> None:
    # the verb after the comma comes second: its subject follows it
    assert _credits(text, "de") == [first, second]


def test_the_verb_after_a_fronted_clause_takes_the_subject_after_it() -> None:
    # the fronted clause's last words ("abgezogen war") are no subject of "meldete"
    text = "Nachdem der Sturm abgezogen war, meldete das Landratsamt 14 Verletzte."
    assert _credits(text, "de") == ["das Landratsamt"]
