"""A crowd's size as the police and the organisers count it, and arrests read from the
verb before the count.

A count of protesters (or voters) says what the people counted did, as a
killed count says what happened to them: the unit names the story's one
crowd, so two outlets' counts of it are one quantity without further
evidence, and the police's figure against the organisers' is a conflict.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck.align._quantity import _attribute

from ._articles import figures, opposed, story_report

# (published, language, text): one march, the police's count against the organisers'.
MARCH = [
    (
        "2025-03-08",
        "en",
        "Thousands march in Lyon\n\nPolice said 12,000 protesters marched through Lyon on "
        "Saturday.",
    ),
    (
        "2025-03-08",
        "es",
        "Marcha en Lyon\n\nLos organizadores cifraron en 45.000 los manifestantes que "
        "recorrieron Lyon este sábado.",
    ),
    (
        "2025-03-08",
        "de",
        "Protest in Lyon\n\nNach Angaben der Polizei demonstrierten am Samstag 12.000 "
        "Menschen in Lyon.",
    ),
]


def test_protester_counts_need_no_other_evidence() -> None:
    assert not _attribute("protesters")
    assert not _attribute("voters")
    assert _attribute("people")  # a plain head count still needs evidence


def test_police_and_organisers_counts_conflict() -> None:
    report = story_report(MARCH, "lyon-march")
    pairs = opposed(report, lambda c: c.low)
    assert frozenset((12000, 45000)) in pairs


def test_one_crowd_counted_alike_is_no_conflict() -> None:
    rows = [MARCH[0], MARCH[2]]
    report = story_report(rows, "lyon-march")
    assert not report.conflicts


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("es", "La policía detuvo a 27 personas en la capital.", "27 personas"),
        ("es", "Los agentes han detenido a 12 manifestantes.", "12 manifestantes"),
        ("fr", "La police a interpellé 31 personnes dans la capitale.", "31 personnes"),
        ("it", "La polizia ha arrestato 31 persone nella capitale.", "31 persone"),
        ("it", "Dodici agenti sono rimasti feriti e 31 persone sono state fermate.", "31 persone"),
        ("pt", "A polícia deteve 31 pessoas na capital.", "31 pessoas"),
        ("pt", "Doze policiais ficaram feridos e 31 pessoas foram detidas.", "31 pessoas"),
        ("nl", "De politie arresteerde 31 mensen in de hoofdstad.", "31 mensen"),
    ],
)
def test_arrests(lang: str, text: str, figure: str) -> None:
    assert figures(text, lang)[figure].unit == "arrested"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le préfet a arrêté 3 mesures d'urgence."),  # a decree, not an arrest
        ("it", "La polizia ha fermato 3 auto e 2 camion."),
        ("pt", "A polícia deteve 4 camiões."),
    ],
)
def test_not_arrests(lang: str, text: str) -> None:
    assert all(c.unit != "arrested" for c in figures(text, lang).values())


# One sentence sets the police's count of the Paris march against the union's, which
# names no place of its own ("mientras que el sindicato CGT elevó la cifra a 250.000");
# other outlets give both counts and the national ones, some with no place either.
PARIS_MARCH = Path(__file__).parent / "stories" / "paris_march.jsonl"


def test_a_sentences_rival_count_is_read_for_its_place() -> None:
    rows = [json.loads(line) for line in PARIS_MARCH.read_text(encoding="utf-8").splitlines()]
    report = story_report([(r["published"], r["language"], r["text"]) for r in rows], "march")
    pairs = opposed(report, lambda c: (c.article, c.low))
    assert frozenset((("a1", 42000), ("a1", 250000))) in pairs
