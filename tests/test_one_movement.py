"""Fleeing and arriving tell one crowd's movement from its two ends.

"61,000 refugees fled Darfur to eastern Chad" and "48,000 refugees arrived in eastern
Chad" count the same people on two days (``concepts.toml`` ``[movements]``): their
events do not set them apart. The sending of troops and their arrival stay two events.
"""

from __future__ import annotations

import pytest

import crosscheck

FIRST = "Refugees\n\nAt least 48,000 refugees have arrived in Chad since April 1, the agency said."


def _explain(lang: str, text: str, first: str = FIRST) -> crosscheck.Explanation:
    report = crosscheck.report(
        [
            crosscheck.Article(id="a", text=first, language="en", published="2025-04-08"),
            crosscheck.Article(id="b", text=text, language=lang, published="2025-04-10"),
        ]
    )
    quantities = [c for c in report.claims if c.kind == "quantity" and c.low is not None]
    a = next(c for c in quantities if c.article == "a" and c.low in (48000, 4800))
    b = next(c for c in quantities if c.article == "b" and c.low in (61000, 6100))
    assert a.event is not None
    assert b.event is not None
    assert a.event != b.event
    return report.explain(a.id, b.id)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Refugees\n\nSome 61,000 refugees have fled to Chad since April 1, the UN said."),
        ("fr", "Réfugiés\n\nQuelque 61 000 réfugiés ont fui vers le Tchad depuis le 1er avril."),
        ("es", "Refugiados\n\nUnos 61.000 refugiados huyeron a Chad desde el 1 de abril."),
        ("de", "Flüchtlinge\n\nRund 61.000 Flüchtlinge sind seit April in den Tschad geflohen."),
        ("ar", "لاجئون\n\nقالت المفوضية إن 61 ألف لاجئ فروا إلى تشاد منذ مطلع أبريل."),
    ],
)
def test_fled_and_arrived_are_one_movement(lang: str, text: str) -> None:
    explanation = _explain(lang, text)
    assert explanation.reason != "different_event", str(explanation)
    assert explanation.compared, str(explanation)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Troops\n\nMoscow has sent 6,100 troops to the border, officials said."),
        ("fr", "Troupes\n\nMoscou a envoyé 6 100 soldats à la frontière."),
        ("es", "Tropas\n\nMoscú ha enviado 6.100 soldados a la frontera."),
    ],
)
def test_sent_and_arrived_stay_two_events(lang: str, text: str) -> None:
    first = "Troops\n\nSome 4,800 troops have arrived at the border, officials said."
    assert _explain(lang, text, first).reason == "different_event"
