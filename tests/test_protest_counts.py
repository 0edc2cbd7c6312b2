"""Crowd counts: head counts of one protest are one quantity ([predicates] protested)."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _report(*texts: tuple[str, str]) -> crosscheck.Report:
    return crosscheck.report(
        [
            Article(id=f"a{i}", text=t, language=lang, published="2025-03-16", story="march")
            for i, (lang, t) in enumerate(texts)
        ]
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police said 30,000 people marched through the capital on Saturday."),
        ("fr", "Selon la police, 30 000 personnes ont défilé samedi dans la capitale."),
        ("de", "Laut Polizei demonstrierten am Samstag 30.000 Menschen in der Hauptstadt."),
        ("es", "Según la policía, 30.000 personas se manifestaron el sábado en la capital."),
        ("it", "Secondo la polizia, 30.000 persone hanno manifestato sabato nella capitale."),
        ("pt", "Segundo a polícia, 30 mil pessoas marcharam no sábado na capital."),
        ("nl", "Volgens de politie demonstreerden zaterdag 30.000 mensen in de hoofdstad."),
        ("ro", "Potrivit poliției, 30.000 de oameni au protestat sâmbătă în capitală."),
        ("pl", "Według policji w sobotę w stolicy demonstrowali 30 tys. ludzi."),
        ("ru", "По данным полиции, в субботу в столице протестовали 30 тысяч человек."),
        ("uk", "За даними поліції, у суботу в столиці протестували 30 тисяч людей."),
        ("ca", "Segons la policia, 30.000 persones es van manifestar dissabte a la capital."),
        ("ar", "وقالت الشرطة إن 30 ألف شخص تظاهروا في العاصمة يوم السبت."),
    ],
)
def test_a_crowd_count_names_the_protest(lang: str, text: str) -> None:
    rep = _report((lang, text))
    crowd = [c for c in rep.claims if c.kind == "quantity" and c.low == 30_000]
    assert len(crowd) == 1
    assert crowd[0].event == "protested"


def test_two_crowd_counts_of_one_day_are_compared_and_conflict() -> None:
    rep = _report(
        ("en", "Police said 30,000 people marched through the capital on Saturday."),
        ("de", "Laut Veranstaltern demonstrierten am Samstag 120.000 Menschen in der Hauptstadt."),
    )
    a, b = (c for c in rep.claims if c.kind == "quantity" and c.unit == "protesters")
    assert rep.explain(a, b).conflict


def test_a_head_count_of_another_event_is_not_a_crowd_count() -> None:
    # "People" are many things in one story: a protest's crowd is not the evacuated.
    rep = _report(
        ("en", "Police said 30,000 people marched through the capital on Saturday."),
        ("en", "The fire forced 2,000 people to leave their homes on Saturday."),
    )
    crowd = next(c for c in rep.claims if c.low == 30_000)
    other = next(c for c in rep.claims if c.low == 2_000)
    assert not rep.explain(crowd, other).conflict


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police put the crowd at 35,000."),
        ("fr", "La police a estimé la foule à 35 000."),
        ("de", "Die Polizei schätzte die Menschenmenge auf 35.000."),
        ("es", "La policía cifró la multitud en 35.000."),
        ("it", "La questura ha stimato la folla in 35.000."),
        ("nl", "De politie schatte de menigte op 35.000."),
    ],
)
def test_a_crowd_named_before_the_figure_gives_a_head_count(lang: str, text: str) -> None:
    rep = _report((lang, text))
    crowd = [c for c in rep.claims if c.kind == "quantity"]
    assert [c.unit for c in crowd] == ["people"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Consumer prices rose 2.4% in March from a year earlier."),
        ("en", "Shares rallied 3% on Monday."),
        ("ca", "Les obres, ja en marxa, costaran 30 milions d'euros."),
        ("uk", "У ході операції затримали 30 осіб."),
    ],
)
def test_a_month_a_market_or_an_idiom_is_no_protest(lang: str, text: str) -> None:
    rep = _report((lang, text))
    assert all(c.event != "protested" for c in rep.claims)
