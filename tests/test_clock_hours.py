"""Clock times as newsrooms write them, and a clock time set against a part of the day.

A count told through one day ("12 dead by 10 a.m. … 19 by 6 p.m.") is updated when it
rises with the hour. The hour is read the way each language writes it beside its clock
words: "6 p.m.", "18.00 Uhr", "às 18h", "alle 18", "o godz. 18", "الساعة السادسة مساء";
a duration ("in 24 hours", "en 12 horas") is no hour. A clock time and a part of the day
are ordered by the hours the part covers ("this morning" comes before "by 6 p.m.";
"at 18:00" and "in the evening" are not ordered).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import crosscheck
from crosscheck.judge import _clock
from tests._articles import opposed, quantities, story_report

DAY = "2025-03-15"


def _report(rows: Sequence[tuple[str, str]]) -> crosscheck.Report:
    return story_report([(DAY, lang, text) for lang, text in rows], "s")


def _low(claim: crosscheck.Claim) -> object:
    return claim.low


def _clock_of(text: str, lang: str, figure: int) -> int | None:
    (claim,) = [c for c in quantities(text, lang) if c.low == figure]
    return _clock.clock(claim)


@pytest.mark.parametrize(
    ("lang", "text", "figure", "minutes"),
    [
        ("en", "By 6 p.m. on Tuesday, 19 people had died, officials said.", 19, 18 * 60),
        ("en", "As of 03.00 pm, the toll stood at 27 dead.", 27, 15 * 60),
        ("de", "Bis 18.00 Uhr wurden 19 Tote gezählt, teilte die Polizei mit.", 19, 18 * 60),
        ("de", "Um 7 Uhr abends waren 19 Menschen gestorben.", 19, 19 * 60),
        ("pt", "Às 18h, o balanço oficial era de 19 mortos.", 19, 18 * 60),
        ("fr", "À 18h30, le bilan s'élevait à 19 morts, selon la préfecture.", 19, 18 * 60 + 30),
        ("fr", "À sept heures du soir, on comptait 19 morts.", 19, 19 * 60),
        ("it", "Alle 18 i morti accertati erano 19, secondo la prefettura.", 19, 18 * 60),
        ("pl", "O godz. 18 liczba ofiar śmiertelnych wynosiła 19.", 19, 18 * 60),
        ("ro", "Actualizare, ora 19.40: bilanțul a ajuns la 19 morți.", 19, 19 * 60 + 40),
        ("nl", "Om 7 uur 's avonds waren er 19 doden geteld.", 19, 19 * 60),
        ("ca", "A les 20 hores, el recompte arribava a 19 morts.", 19, 20 * 60),
        ("es", "Hasta las 19.00 hora local se habían registrado 19 muertos.", 19, 19 * 60),
        ("ar", "بلغ عدد القتلى 19 شخصا حتى الساعة السادسة مساء", 19, 18 * 60),
        ("uk", "О сьомій вечора загинули 19 людей, повідомили рятувальники.", 19, 19 * 60),
    ],
)
def test_an_hour_written_beside_its_clock_words_is_read(
    lang: str, text: str, figure: int, minutes: int
) -> None:
    assert _clock_of(text, lang, figure) == minutes


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "In the last 24 hours 19 people have died, officials said.", 19),
        ("es", "En 12 horas murieron 19 personas, según el ayuntamiento.", 19),
        ("ca", "En 24 hores han mort 19 persones.", 19),
        ("en", "The toll rose to 19 dead in the evening.", 19),
        ("it", "Il bilancio è salito a 19 morti, ha detto il sindaco alle porte della città.", 19),
        ("fr", "En 12 heures, le bilan est passé à 19 morts.", 19),
    ],
)
def test_a_duration_or_a_bare_figure_is_no_hour(lang: str, text: str, figure: int) -> None:
    assert _clock_of(text, lang, figure) is None


@pytest.mark.parametrize(
    ("early", "late"),
    [
        (
            ("en", "By 10 a.m., 12 people had died in the floods, the fire service said."),
            ("de", "Bis 18 Uhr starben 19 Menschen bei dem Hochwasser, teilte die Polizei mit."),
        ),
        (
            ("it", "Alle 10 i morti dell'alluvione erano 12, ha detto la prefettura."),
            ("pt", "Às 18h, o balanço das cheias era de 19 mortos, segundo a proteção civil."),
        ),
        (
            ("pl", "O godz. 10 powódź pochłonęła 12 ofiar śmiertelnych, podała straż pożarna."),
            ("en", "By 6 p.m. the floods had killed 19 people, the city hall said."),
        ),
        (
            ("fr", "Ce matin, les inondations avaient fait 12 morts, selon les pompiers."),
            ("en", "By 6 p.m. the floods had killed 19 people, the city hall said."),
        ),
    ],
)
def test_a_toll_rising_with_the_hour_is_an_update(
    early: tuple[str, str], late: tuple[str, str]
) -> None:
    assert frozenset((12, 19)) not in opposed(_report([early, late]), _low)


def test_a_toll_falling_with_the_hour_still_conflicts() -> None:
    rep = _report(
        [
            ("en", "By 10 a.m., 19 people had died in the floods, the fire service said."),
            ("de", "Bis 18 Uhr starben 12 Menschen bei dem Hochwasser, teilte die Polizei mit."),
        ]
    )
    assert frozenset((12, 19)) in opposed(rep, _low)


def test_an_hour_within_the_part_of_the_day_is_not_ordered_against_it() -> None:
    rep = _report(
        [
            ("es", "Por la noche, las inundaciones habían dejado 12 muertos, según los bomberos."),
            ("en", "At 21:00 the floods had killed 19 people, the city hall said."),
        ]
    )
    assert frozenset((12, 19)) in opposed(rep, _low)


def test_the_parts_of_the_day_run_in_order() -> None:
    hours = _clock.PART_HOURS
    assert list(hours) == list(_clock.DAY_PARTS)
    starts = [hours[p][0] for p in _clock.DAY_PARTS]
    assert starts == sorted(starts)
    assert all(first < last for first, last in hours.values())


def _timeline_values(rep: crosscheck.Report) -> list[list[object]]:
    return [[rep.claim(c).low for c in point.claims] for f in rep.findings for point in f.timeline]


@pytest.mark.parametrize(
    ("early", "late"),
    [
        (
            ("en", "By 14:00, 160,000 people had voted in the runoff, the commission said."),
            ("fr", "À 19h00, 247 000 électeurs avaient voté au second tour, selon la commission."),
        ),
        (
            ("ro", "Până la ora 14:00 au votat 160.000 de alegători, a anunțat comisia."),
            ("ru", "К 19:00 проголосовали 247 000 избирателей, сообщила комиссия."),
        ),
        (
            ("it", "Alle 14 avevano votato 160.000 elettori, ha detto la commissione."),
            ("pl", "Do godz. 19 zagłosowało 247 000 wyborców, podała komisja."),
        ),
    ],
)
def test_one_day_count_told_by_the_hour_is_a_timeline_in_hour_order(
    early: tuple[str, str], late: tuple[str, str]
) -> None:
    rep = _report([late, early])
    assert _timeline_values(rep) == [[160000], [247000]]


def test_a_figure_with_no_hour_makes_no_timeline_of_the_day() -> None:
    rep = _report(
        [
            ("en", "By 14:00, 160,000 people had voted in the runoff, the commission said."),
            ("fr", "247 000 électeurs avaient voté au second tour, selon la commission."),
        ]
    )
    assert _timeline_values(rep) == []
