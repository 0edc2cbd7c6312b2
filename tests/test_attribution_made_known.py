"""Reporting phrases a credit after the figure is often given by: "to make known" as
one verb phrase ("ha fet saber", "ha hecho saber", "fez saber", "a făcut cunoscut",
"ließ verlauten", as French "a fait savoir" and Italian "ha fatto sapere" already
were), the German split particle of "gab … bekannt" left out of the source, and a
Polish sentence that opens with its pointer to the figures ("Takie dane", "Tę liczbę")
before its verb and speaker, as Russian "Такие данные" does."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "ca",
            "A l'accident hi han mort 40 persones. Ho ha fet saber Protecció Civil.",
            "Protecció Civil",
        ),
        (
            "ca",
            "A l'accident hi han mort 40 persones, ha fet saber Protecció Civil.",
            "Protecció Civil",
        ),
        (
            "es",
            "En el accidente murieron 40 personas, ha hecho saber Protección Civil.",
            "Protección Civil",
        ),
        ("pt", "No acidente morreram 40 pessoas, fez saber a Proteção Civil.", "a Proteção Civil"),
        ("ro", "În accident au murit 40 de persoane, a făcut cunoscut poliția.", "poliția"),
        ("de", "Die Polizei ließ verlauten, dass 40 Menschen starben.", "Die Polizei"),
        (
            "de",
            "Bei dem Unglück starben 40 Menschen. Dies gab das Innenministerium bekannt.",
            "das Innenministerium",
        ),
        ("pl", "W wypadku zginęło 40 osób. Takie dane przekazała policja.", "policja"),
        ("pl", "W wypadku zginęło 40 osób. Tę liczbę podała prokuratura.", "prokuratura"),
    ],
)
def test_credit_given_by_the_phrase(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # must not: a pointer with no reporting verb names no one
        ("pl", "W wypadku zginęło 40 osób. Takie dane są jednak niepełne.", [None]),
        ("pl", "Policja podała, że zginęło 40 osób. Takie dane są jednak niepełne.", ["Policja"]),
        # must not: "gab es" is "there was", and "gab … an" keeps its reading
        ("de", "Bei dem Unglück gab es 40 Tote.", [None]),
        ("de", "Das Ministerium gab die Zahl der Toten mit 40 an.", ["Das Ministerium"]),
    ],
)
def test_other_readings_kept(language: str, text: str, expected: list[str | None]) -> None:
    assert _credits(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # "to advance" a figure ahead of its release is to report it, as pt "avançou" and
        # fr "a avancé" already were; German "verlautete" ("it was heard from")
        (
            "ca",
            "A l'accident hi han mort 40 persones. Ho han avançat fonts policials.",
            "fonts policials",
        ),
        (
            "es",
            "En el accidente murieron 40 personas, han adelantado fuentes policiales.",
            "fuentes policiales",
        ),
        (
            "it",
            "Nell'incidente sono morte 40 persone, ha anticipato la prefettura.",
            "la prefettura",
        ),
        (
            "de",
            "Bei dem Unglück starben 40 Menschen, wie aus Polizeikreisen verlautete.",
            "Polizeikreisen",
        ),
        ("pt", "No acidente morreram 40 pessoas, avançou a Proteção Civil.", "a Proteção Civil"),
    ],
)
def test_figure_advanced_by(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]
