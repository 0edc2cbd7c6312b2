"""German had no verbs that tie a count to a cause (``[attribution] link_verbs``), which
the other twelve languages have ("links", "lie", "vincula", "łączy", "связывает"). Its
own are split verbs whose particle closes the clause ("bringt … in Verbindung", "führt
… zurück"), so they report only with that particle (``split_verbs``,
``split_particles``), and only a body's count (link verbs credit a body alone)."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Das Energieministerium meldete 40 Ausfälle. Die Polizei bringt drei Todesfälle "
            "mit dem Stromausfall in Verbindung, darunter zwei Menschen.",
            ["Das Energieministerium", "Die Polizei", "Die Polizei"],
        ),
        ("de", "Die Behörden führen 40 Todesfälle auf die Hitze zurück.", ["Die Behörden"]),
        (
            "de",
            "Das Gesundheitsministerium brachte zwölf Erkrankungen mit dem Brunnen in Verbindung.",
            ["Das Gesundheitsministerium"],
        ),
        # the same class in other languages, already read so
        ("en", "Police linked 40 deaths to the blackout.", ["Police"]),
        ("fr", "La police lie 40 décès à la panne.", ["La police"]),
        ("es", "La policía vincula 40 muertes al apagón.", ["La policía"]),
        ("pl", "Policja łączy 40 zgonów z awarią.", ["Policja"]),
    ],
)
def test_body_ties_count_to_cause(language: str, text: str, expected: list[str]) -> None:
    assert _credits(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        # must not: another particle makes another verb, and no body is no source
        "Die Polizei bringt 40 Menschen in Sicherheit.",
        "Der Sturm bringt bis zu 40 Liter Regen.",
        "Die Feuerwehr führt 40 Einsätze durch.",
        "Die Hitze führt zu 40 Todesfällen.",
    ],
)
def test_other_verbs_credit_no_one(text: str) -> None:
    assert _credits(text, "de") == [None]
