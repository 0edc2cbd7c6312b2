"""An aftershock's magnitude is another quantity than the main shock's (issue 7).

A fixed property of an event (``concepts.toml`` ``fixed``: a magnitude) whose
nearest shock noun names an aftershock ("la plus forte des répliques", "a
magnitude 4.9 aftershock", "أقواها بقوة 4.8" after "توابع") carries the scope
marker ``aftershock``; alignment never compares it with a main-shock figure
(``aftershock_vs_main_shock``). Multi-article cases in several languages: the
main-shock magnitudes agree, the aftershock magnitudes conflict, and the two are
never judged together. Per-sentence cases are in ``tests/corpus_frames``.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck._codes import RefusalReason

# (language, first article, second article, main-shock surface in both,
#  aftershock surface of the first, aftershock surface of the second)
CASES = [
    (
        "en",
        "The magnitude 6.8 earthquake struck Morocco late on Friday, the USGS said. "
        "The strongest aftershock reached magnitude 5.1 twenty minutes after the main shock, "
        "the Spanish institute said.",
        "The quake had a magnitude of 6.8, according to the USGS. Egypt's institute recorded "
        "eight aftershocks of the main quake, the strongest of magnitude 4.2.",
        "6.8",
        "5.1",
        "4.2",
    ),
    (
        "fr",
        "Le séisme de magnitude 6,8 a frappé le Maroc vendredi soir, selon l'USGS. Selon "
        "l'institut marocain, le choc principal a été suivi par des centaines de répliques, "
        "dont la plus forte a atteint une magnitude d'environ 6.",
        "Selon l'USGS, la secousse a atteint une magnitude de 6,8. Une réplique de magnitude "
        "5,1 a été enregistrée vingt minutes après le séisme.",
        "6,8",
        "d'environ 6",
        "5,1",
    ),
    (
        "es",
        "Según el USGS, el terremoto tuvo una magnitud de 6,8. Después se registraron unas 25 "
        "réplicas. La mayor de ellas tuvo lugar apenas 20 minutos después del primer temblor y "
        "alcanzó una magnitud de 5,1.",
        "El terremoto de magnitud 6,8 sacudió Marruecos el viernes por la noche, según el USGS. "
        "Una hora más tarde se sintió una réplica de magnitud 4,3.",
        "6,8",
        "5,1",
        "4,3",
    ),
    (
        "de",
        "Das Beben der Stärke 6,8 erschütterte Marokko am Freitagabend, teilte die "
        "US-Erdbebenwarte mit. Es folgten Dutzende Nachbeben des Hauptbebens, das stärkste "
        "mit einer Stärke von 5,1.",
        "Nach Angaben der US-Erdbebenwarte hatte das Beben eine Stärke von 6,8. Am "
        "Sonntagmorgen verzeichnete sie ein Nachbeben der Stärke 4,3.",
        "6,8",
        "5,1",
        "4,3",
    ),
    (
        "ar",
        "وقع الزلزال بقوة 6.8 درجة على مقياس ريختر بحسب هيئة المسح الجيولوجي الأمريكية. "
        "ورصد المعهد 8 توابع للزلزال الرئيسي، أقواها بقوة 4.8 بعد ثماني دقائق من الهزة الرئيسية.",
        "قدرت هيئة المسح الجيولوجي الأمريكية قوة الزلزال بنحو 6.8 درجة. "
        "وضربت هزة ارتدادية بلغت قوتها 4.1 درجات على سلم ريختر منطقة الحوز.",
        "6.8",
        "4.8",
        "4.1",
    ),
]


def _claim(report: crosscheck.Report, article: str, surface: str) -> crosscheck.Claim:
    for claim in report.claims:
        if claim.kind == "quantity" and claim.article == article and surface in claim.text:
            return claim
    pytest.fail(f"no claim holds {surface!r} in {article}: {[c.text for c in report.claims]}")


@pytest.mark.parametrize(("code", "one", "two", "main", "after_one", "after_two"), CASES)
def test_aftershock_is_not_the_main_shock(
    code: str, one: str, two: str, main: str, after_one: str, after_two: str
) -> None:
    report = crosscheck.report(
        [
            crosscheck.Article(
                id=f"{code}-1", text=one, language=code, published="2023-09-09", story="quake"
            ),
            crosscheck.Article(
                id=f"{code}-2", text=two, language=code, published="2023-09-10", story="quake"
            ),
        ]
    )
    main_1, main_2 = _claim(report, f"{code}-1", main), _claim(report, f"{code}-2", main)
    shock_1 = _claim(report, f"{code}-1", after_one)
    shock_2 = _claim(report, f"{code}-2", after_two)
    assert "aftershock" not in main_1.scope
    assert "aftershock" not in main_2.scope
    assert "aftershock" in shock_1.scope
    assert "aftershock" in shock_2.scope
    # the main-shock magnitudes agree
    agreed = report.explain(main_1, main_2)
    assert agreed.compared, str(agreed)
    assert agreed.same_group, str(agreed)
    assert not agreed.conflict, str(agreed)
    # the aftershock magnitudes conflict
    assert report.explain(shock_1, shock_2).conflict, str(report.explain(shock_1, shock_2))
    # and an aftershock is never compared with the main shock, with the reason worded
    for m in (main_1, main_2):
        for a in (shock_1, shock_2):
            why = report.explain(m, a)
            assert not why.compared
            assert why.reason == RefusalReason.AFTERSHOCK_VS_MAIN_SHOCK.value
            assert "aftershock" in str(why)
            assert not why.findings
