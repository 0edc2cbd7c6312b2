"""A month-only figure in a course of days is shown after the days inside its month.

An article dated only "2025-10" holds at some day of October, not on the 1st:
placed by its first day it would stand before the 420 detained of 14 October
and read as the count's first value. It is ordered by its month's last day,
after the days it holds and before the days of the next month, and the words
give its span.
"""

from __future__ import annotations

import pytest

import crosscheck

_DAYS = [
    (
        "d1",
        "2025-10-14",
        "en",
        "Protest crackdown in Conakry\n\nSecurity forces detained 420 people in Conakry "
        "on Tuesday, the Security Ministry said.",
    ),
    (
        "d2",
        "2025-10-15",
        "fr",
        "Répression à Conakry\n\n650 personnes ont été arrêtées à Conakry, "
        "selon le ministère de la Sécurité.",
    ),
    (
        "d3",
        "2025-10-16",
        "es",
        "Represión en Conakry\n\nLas fuerzas de seguridad han detenido a 1.600 personas en "
        "Conakry, según el Ministerio de Seguridad.",
    ),
]

_MONTH = {
    "nl": "Onderdrukking in Conakry\n\nDe veiligheidstroepen hebben in Conakry 900 mensen "
    "gearresteerd, volgens het ministerie van Veiligheid.",
    "it": "Repressione a Conakry\n\nLe forze di sicurezza hanno arrestato 900 persone a "
    "Conakry, secondo il ministero della Sicurezza.",
    "en": "Crackdown in Conakry\n\nSecurity forces have detained 900 people in Conakry, "
    "the Security Ministry said.",
}


def _timeline(month_lang: str, month: str) -> tuple[crosscheck.Finding, str]:
    rows = [*_DAYS, ("m1", month, month_lang, _MONTH[month_lang])]
    articles = [crosscheck.Article(id=i, text=t, language=lg, published=d) for i, d, lg, t in rows]
    report = crosscheck.report(articles)
    found = [f for f in report.findings if f.timeline and f.unit == "arrested"]
    assert len(found) == 1, [(f.kind, f.unit) for f in report.findings]
    return found[0], found[0].explanation


@pytest.mark.parametrize("lang", sorted(_MONTH))
def test_a_month_point_stands_after_the_days_inside_its_month(lang: str) -> None:
    finding, text = _timeline(lang, "2025-10")
    starts = [p.as_of_start for p in finding.timeline]
    assert starts == ["2025-10-14", "2025-10-15", "2025-10-16", "2025-10-01"]
    assert "900 in October 2025 (" in text


@pytest.mark.parametrize("lang", sorted(_MONTH))
def test_a_month_point_before_the_days_month_still_comes_first(lang: str) -> None:
    finding, text = _timeline(lang, "2025-09")
    starts = [p.as_of_start for p in finding.timeline]
    assert starts == ["2025-09-01", "2025-10-14", "2025-10-15", "2025-10-16"]
    assert "as of 2025-10-14 " in text
