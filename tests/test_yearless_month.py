"""A month named without a year, in an article with no publication date.

Our own sentences. "In February, the minister said 520 people had been injured": an
undated article gives no year to place the month in, so the figure used to get no time
at all and joined no window but its own article's. It now keeps the month as a partial
time (``Claim.as_of_month``, ``as_of`` None), and the judge reads it as that month of
the one year whose same month holds figures of the group: it then shares that month's
window. With two such years it stays unplaced; it never joins another month, never a
timeline; a dated article's month keeps the year its date gives.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import crosscheck
from crosscheck.extract._dates import find_dates
from tests._articles import opposed, quantities, story_report

# Undated sentences: the month opens the sentence, the figure stands past a colon.
UNDATED = [
    ("en", "In February, the health minister gave an official count: 520 injured."),
    ("fr", "En février, le ministre de la Santé a donné un bilan officiel : 520 blessés."),
    ("es", "En febrero, el ministro de Sanidad dio un balance oficial: 520 heridos."),
    ("de", "Im Februar nannte der Gesundheitsminister eine amtliche Bilanz: 520 Verletzte."),
    ("it", "A febbraio il ministro della Salute ha fornito un bilancio ufficiale: 520 feriti."),
    ("ru", "В феврале министр здравоохранения назвал официальные данные: 520 раненых."),
    ("uk", "У лютому міністр охорони здоров'я назвав офіційні дані: 520 поранених."),
    ("pl", "W lutym minister zdrowia podał oficjalny bilans: 520 rannych."),
    ("pt", "Em fevereiro, o ministro da Saúde deu um balanço oficial: 520 feridos."),
]


def _one(text: str, language: str, published: str | None) -> crosscheck.Claim:
    (claim,) = [c for c in quantities(text, language, published=published) if c.low == 520]
    return claim


@pytest.mark.parametrize(("language", "text"), UNDATED)
def test_an_undated_month_is_kept_without_its_year(language: str, text: str) -> None:
    claim = _one(text, language, None)
    assert (claim.as_of, claim.as_of_month) == (None, 2)


AFTER = [
    ("en", "About 520 people were injured in February, the ministry said."),
    ("fr", "Quelque 520 personnes ont été blessées en février, selon le ministère."),
    ("de", "Etwa 520 Menschen wurden im Februar verletzt, teilte das Ministerium mit."),
    ("es", "Unas 520 personas resultaron heridas en febrero, según el ministerio."),
    ("ro", "Aproximativ 520 de persoane au fost rănite în februarie, a anunțat ministerul."),
]


@pytest.mark.parametrize(("language", "text"), AFTER)
def test_a_month_after_the_figure_in_an_undated_article(language: str, text: str) -> None:
    claim = _one(text, language, None)
    assert (claim.as_of, claim.as_of_month) == (None, 2)


@pytest.mark.parametrize(("language", "text"), UNDATED[:6])
def test_a_dated_article_keeps_its_own_reading(language: str, text: str) -> None:
    # must NOT: the month past the colon dates nothing in a dated article, as before
    claim = _one(text, language, "2025-06-13")
    assert (claim.as_of, claim.as_of_month) == ("2025-06-13", None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # must NOT: a month with its year, a day or a part; a "since"; a month of an onset
        ("en", "In February 2024, the minister gave the first count: 520 injured."),
        ("fr", "Le 12 février, le ministre a donné un premier bilan : 520 blessés."),
        ("de", "Anfang Februar nannte der Minister die erste Bilanz: 520 Verletzte."),
        ("es", "Desde febrero, el ministerio ha contado 520 heridos."),
        ("it", "Dall'inizio di febbraio il ministero ha contato 520 feriti."),
        ("en", "The earthquake that struck in February injured 520 people."),
        # a month that opens the sentence reaches no figure past another date
        ("pl", "W lutym minister zdrowia podał, że 12 marca było 520 rannych."),
    ],
)
def test_other_months_keep_their_reading(language: str, text: str) -> None:
    assert _one(text, language, None).as_of_month is None


def test_a_bare_month_of_a_mention() -> None:
    got = {m.text: m.bare_month for m in find_dates("In February, not in February 2024.", "en")}
    assert got == {"February": 2, "February 2024": None}
    early = find_dates("début février", "fr")
    assert [m.bare_month for m in early] == [None]


# Figures of the group dated by their month in dated articles.
FEB_2025 = ("2025-06-13", "en", "In February 2025, the Red Cross counted 380 injured.")
FEB_2024 = ("2024-03-01", "fr", "En février, la Croix-Rouge comptait 150 blessés.")
MARCH_2025 = ("2025-06-13", "es", "En marzo de 2025, la Cruz Roja contaba 380 heridos.")


def _report(rows: Sequence[tuple[str | None, str, str]]) -> crosscheck.Report:
    return story_report(rows, "s")  # type: ignore[arg-type]


def _low(claim: crosscheck.Claim) -> object:
    return claim.low


@pytest.mark.parametrize(("language", "text"), UNDATED[:5])
def test_one_year_of_that_month_places_it(language: str, text: str) -> None:
    rep = _report([FEB_2025, (None, language, text)])
    assert frozenset((380, 520)) in opposed(rep, _low), language


@pytest.mark.parametrize(("language", "text"), UNDATED[4:])
def test_two_years_of_that_month_leave_it_unplaced(language: str, text: str) -> None:
    # must NOT: February 2024 and February 2025 both hold figures of the group
    rep = _report([FEB_2025, FEB_2024, (None, language, text)])
    pairs = opposed(rep, _low)
    assert frozenset((380, 520)) not in pairs, language
    assert frozenset((150, 520)) not in pairs, language


@pytest.mark.parametrize(("language", "text"), UNDATED[::2])
def test_another_month_never_joins(language: str, text: str) -> None:
    # must NOT: the group's only dated figure is of March; a February is no March
    rep = _report([MARCH_2025, (None, language, text)])
    assert frozenset((380, 520)) not in opposed(rep, _low), language


@pytest.mark.parametrize(("language", "text"), UNDATED[1::2])
def test_a_placed_month_is_no_point_of_a_timeline(language: str, text: str) -> None:
    # must NOT: no update of a later month's figure from the yearless one
    later = ("2025-06-13", "en", "The health ministry now counts 900 injured.")
    rep = _report([FEB_2025, later, (None, language, text)])
    placed = next(c.id for c in rep.claims if c.low == 520)
    for finding in rep.findings:
        assert all(placed not in point.claims for point in finding.timeline), language


@pytest.mark.parametrize(("language", "text"), AFTER)
def test_a_yearless_month_of_a_dated_article_keeps_todays_reading(language: str, text: str) -> None:
    # must NOT: a dated article's month is read in its publication year, as before
    rep = _report([FEB_2025, ("2025-06-13", language, text)])
    claim = next(c for c in rep.claims if c.low == 520)
    assert (claim.as_of, claim.as_of_month) == ("2025-02", None)
    assert frozenset((380, 520)) in opposed(rep, _low), language


def test_an_explanation_names_the_month_without_a_year() -> None:
    rep = _report([FEB_2025, (None, "ru", UNDATED[5][1])])
    dated, undated = (c.id for c in sorted(rep.claims, key=lambda c: c.article) if c.low)
    assert "in February of no stated year" in str(rep.explain(dated, undated))
