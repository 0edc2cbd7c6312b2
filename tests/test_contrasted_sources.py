"""One article setting two sources' figures for one count against each other.

"MSF counts 210 dead in a week; the ministry, 172": within a toll that
rose the day before, the two are still rival figures of that day, not two
successive briefings. A first report and the day's count far apart ("13
dead at first, 51 by evening") stay stages of a running toll.
"""

from __future__ import annotations

import pytest

import crosscheck

DAY_ONE = [
    ("en", "The health ministry said 172 people had died of cholera in the past week."),
    ("fr", "Le ministère de la Santé a fait état de 172 morts du choléra en une semaine."),
]


def _report(lang: str, text: str) -> crosscheck.Report:
    articles = [
        crosscheck.Article(id=f"d{i}", text=t, language=lg, published="2025-05-10")
        for i, (lg, t) in enumerate(DAY_ONE)
    ]
    articles.append(crosscheck.Article(id="x", text=text, language=lang, published="2025-05-12"))
    return crosscheck.report(articles)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The cholera outbreak has killed 210 people, Doctors Without Borders said. "
            "Health Minister Haitham Ibrahim said the toll stood at 172.",
        ),
        (
            "fr",
            "L'épidémie de choléra a fait 210 morts, selon Médecins sans frontières. "
            "Le ministère de la Santé fait état de 172 décès.",
        ),
        (
            "es",
            "El brote de cólera ha causado 210 muertos, según Médicos Sin Fronteras. "
            "El Ministerio de Salud cifra los fallecidos en 172.",
        ),
        (
            "de",
            "Die Cholera hat nach Angaben von Ärzte ohne Grenzen 210 Tote gefordert. "
            "Das Gesundheitsministerium spricht von 172 Toten.",
        ),
    ],
)
def test_two_sources_in_one_article_are_rivals(lang: str, text: str) -> None:
    report = _report(lang, text)
    conflicts = [f for f in report.findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    values = sorted(c.low for side in conflicts[0].sides for c in side_claims(report, side))
    assert values == [172, 210]


def side_claims(report: crosscheck.Report, side: object) -> list[crosscheck.Claim]:
    return [report.claim(cid) for cid in side.claims]  # type: ignore[attr-defined]


def test_a_first_report_far_below_is_a_stage_of_the_toll() -> None:
    text = (
        "Police first reported 13 deaths on Monday. The health ministry later said "
        "the toll had reached 160."
    )
    report = _report("en", text)
    assert not [f for f in report.findings if f.kind == "conflict"]


@pytest.mark.parametrize(
    ("lang", "day_two"),
    [
        (
            "en",
            "The earthquake has killed 210 people in Nepal, the army said on Tuesday. "
            "Police had earlier put the toll at 172.",
        ),
        (
            "es",
            "El terremoto ha matado a 210 personas en Nepal, según el ejército. "
            "La policía había cifrado anteriormente el balance en 172.",
        ),
    ],
)
def test_an_earlier_figure_of_another_source_is_a_stage(lang: str, day_two: str) -> None:
    rows = [
        ("2025-05-05", "en", "The earthquake killed 150 people in Nepal, police said on Monday."),
        ("2025-05-06", lang, day_two),
        ("2025-05-07", "en", "The earthquake has killed 245 people in Nepal, the army said."),
    ]
    articles = [
        crosscheck.Article(id=f"n{i}", text=t, language=lg, published=d)
        for i, (d, lg, t) in enumerate(rows)
    ]
    report = crosscheck.report(articles)
    assert not [f for f in report.findings if f.kind == "conflict"]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "en",
            "The outbreak killed 210 people, MSF said. The health ministry said 172 had died.",
            "health ministry",
        ),
        (
            "fr",
            "L'épidémie a fait 210 morts, selon MSF. Le ministère de la Santé a fait état de "
            "172 morts.",
            "ministère de la Santé",
        ),
    ],
)
def test_a_known_body_after_a_credit_is_named_not_a_pointer(
    lang: str, text: str, source: str
) -> None:
    from tests._articles import quantities

    last = quantities(text, lang)[-1]
    assert last.attributed_to is not None
    assert source in last.attributed_to
