"""A count told by sex or age: the figures of men, women and children joined in one list
are parts of the count they add up to, not troops and not rival tolls (claims/_sexes.py)."""

from __future__ import annotations

import pytest

from ._articles import opposed, quantities, story_report

# (language, text, the whole's text, the parts' texts with their subjects)
BREAKDOWNS = [
    (
        "it",
        "L'alluvione ha causato 217 morti. Le vittime sono state ritrovate in 28 comuni. "
        "In totale si tratta di 132 uomini e 85 donne.",
        "217 morti",
        {"132 uomini": "men", "85": "women"},
    ),
    (
        "es",
        "La DANA dejó 216 víctimas mortales. De las víctimas, 131 eran hombres y 85 mujeres.",
        "216 víctimas mortales",
        {"131": "men", "85": "women"},
    ),
    (
        "fr",
        "Le séisme a fait 300 morts, dont 150 hommes et 120 femmes.",
        "300 morts",
        {"150 hommes": "men", "120": "women"},
    ),
    (
        "en",
        "The quake killed 300 people: 150 men, 120 women and 30 children.",
        "300 people",
        {"150": "men", "120": "women", "30 children": "children"},
    ),
    (
        "en",
        "The fire killed 45 people, including 12 children and 8 women.",
        "45 people",
        {"12 children": "children", "8": "women"},
    ),
    (
        "de",
        "Bei dem Unglück starben 40 Menschen. Unter den Toten sind 25 Männer und 15 Frauen.",
        "40 Menschen",
        {"25": "men", "15": "women"},
    ),
    (
        "pt",
        "O naufrágio deixou 60 mortos. Entre as vítimas estão 35 homens e 25 mulheres.",
        "60 mortos",
        {"35 homens": "men", "25": "women"},
    ),
    (
        "ru",
        "Погибли 40 человек: 25 мужчин и 15 женщин.",
        "40 человек",
        {"25": "men", "15": "women"},
    ),
    (
        "ar",
        "لقي 40 شخصا حتفهم، بينهم 25 رجلا و15 امرأة.",
        "40 شخصا",
        {"25": "men", "15": "women"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "whole", "parts"), BREAKDOWNS)
def test_breakdown_parts_count_what_the_whole_counts(
    lang: str, text: str, whole: str, parts: dict[str, str]
) -> None:
    found = {c.text: c for c in quantities(text, lang)}
    total = found[whole]
    for part, subject in parts.items():
        claim = found[part]
        assert (claim.unit, claim.part_of, claim.subject) == (total.unit, total.id, subject)


@pytest.mark.parametrize(
    ("lang", "text", "figure", "unit"),
    [
        # men who are soldiers stay troops: no group of women or children beside them
        ("fr", "L'armée a envoyé 500 hommes et 20 blindés.", "500 hommes", "troops"),
        ("it", "Il governo ha inviato 5.000 uomini nella regione.", "5.000 uomini", "troops"),
        ("es", "El ejército desplegó 1.200 hombres en la zona.", "1.200 hombres", "troops"),
        # a list of groups that adds up to no count named is people, not troops
        ("fr", "Les secours ont mobilisé 500 hommes et 20 femmes.", "500 hommes", "people"),
    ],
)
def test_men_without_a_breakdown(lang: str, text: str, figure: str, unit: str) -> None:
    found = {c.text: c for c in quantities(text, lang)}
    assert found[figure].unit == unit
    assert found[figure].part_of is None


def test_a_list_that_adds_up_to_nothing_named_is_no_part() -> None:
    # 150 + 100 is not 300: the groups are not that toll's parts
    text = "The quake killed 300 people. By Monday, 150 men and 100 women had fled the town."
    found = {c.text: c for c in quantities(text, "en")}
    assert found["150"].subject == "men"
    assert found["150"].part_of is None


def test_the_men_of_two_articles_line_up_and_no_part_rivals_the_toll() -> None:
    rows = [
        (
            "2024-11-14",
            "es",
            "La DANA dejó 216 víctimas mortales. De las víctimas, 131 eran hombres y 85 mujeres.",
        ),
        (
            "2024-11-15",
            "it",
            "L'alluvione ha causato 217 morti. In totale si tratta di 132 uomini e 85 donne.",
        ),
    ]
    report = story_report(rows, "floods")
    pairs = opposed(report)
    assert not any({"131", "85"} <= {str(v) for v in p} for p in pairs)
    assert not any("217 morti" in p or "216 víctimas mortales" in p for p in pairs)
    men = {c.id for c in report.claims if c.subject == "men"}
    assert len(men) == 2
    assert any(men <= {c.id for c in f.claims} for f in report.findings)
