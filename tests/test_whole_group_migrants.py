"""Migrants, like civilians, are a group a figure naming no one often counts whole.

In a shipwreck of a migrant boat every missing person is a migrant: "at least 40 people
missing after a migrant boat capsized" (subject migrants) and "31 i dispersi del
naufragio" (no subject) are one running count, 40 then 31, not two groups' counts.
A migrants figure that its sentence picks out of a whole ("among them five migrants")
is still a part, never a rival of the whole.
"""

from __future__ import annotations

import pytest

from crosscheck.align._quantity import WHOLE_GROUPS, _subjects_differ

from ._articles import finding_of, opposed, story_report

_FIRST = {
    "en": "Migrant boat capsizes off Lampedusa\n\nAt least 40 people are missing after a "
    "migrant boat capsized off Lampedusa, the coast guard said on Tuesday.",
    "es": "Naufraga una patera frente a Lampedusa\n\nAl menos 40 migrantes están "
    "desaparecidos tras el naufragio frente a Lampedusa, según la Guardia Costera.",
    "de": "Bootsunglück vor Lampedusa\n\nMindestens 40 Migranten werden nach dem "
    "Bootsunglück vor Lampedusa vermisst, teilte die Küstenwache mit.",
}

_LATER = [
    (
        "2025-06-11",
        "it",
        "Naufragio al largo di Lampedusa\n\nSono 31 i dispersi del naufragio al largo di "
        "Lampedusa, secondo la Guardia costiera.",
    ),
    (
        "2025-06-12",
        "fr",
        "Naufrage au large de Lampedusa\n\nLe nombre de disparus du naufrage au large de "
        "Lampedusa est tombé à 25, selon les garde-côtes.",
    ),
]


@pytest.mark.parametrize("lang", sorted(_FIRST))
def test_a_migrants_count_and_an_unnamed_one_make_one_timeline(lang: str) -> None:
    rows = [("2025-06-10", lang, _FIRST[lang]), *_LATER]
    report = story_report(rows, "shipwreck")
    finding = finding_of(report, "missing")
    values = [p.low for p in finding.timeline]
    assert values == [40, 31, 25], values
    assert not report.conflicts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Hostel fire in Lyon\n\nTwelve people died in the hostel fire in Lyon, among "
            "them five migrants, the prefecture said.",
        ),
        (
            "fr",
            "Incendie d'un foyer à Lyon\n\nDouze personnes sont mortes dans l'incendie du "
            "foyer à Lyon, dont cinq migrants, selon la préfecture.",
        ),
    ],
)
def test_a_migrants_part_is_no_rival_of_the_whole(lang: str, text: str) -> None:
    rows = [
        ("2025-02-03", lang, text),
        (
            "2025-02-03",
            "es",
            "Incendio en un albergue de Lyon\n\nDoce personas murieron en el incendio del "
            "albergue de Lyon, según la prefectura.",
        ),
    ]
    report = story_report(rows, "fire")
    pairs = opposed(report, lambda c: c.low)
    assert not any(5 in p for p in pairs), pairs


def test_children_against_no_subject_still_differ() -> None:
    # the rule stays for groups a figure naming no one rarely counts whole
    assert "children" not in WHOLE_GROUPS
    assert _subjects_differ("children", None)
    assert not _subjects_differ("migrants", None)
    assert _subjects_differ("migrants", "children")
