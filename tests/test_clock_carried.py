"""A clock time carried from the sentence right before.

"At 10:00 turnout was 11.4%. By then 52,000 people had voted": a sentence that states
no time of day and no date goes on from the one before on its line, and its figures
hold at that sentence's one clock time (``Claim.hour_before``). Not across a line, nor
from a sentence of two clock times, nor an onset's hour ("At 11:11 PM the ground
shook"), nor to a figure said to hold "so far".
"""

from __future__ import annotations

import pytest

from tests._articles import opposed, quantities, story_report


def _hour_before(text: str, lang: str, figure: int) -> int | None:
    (claim,) = [c for c in quantities(text, lang) if c.low == figure]
    return getattr(claim, "hour_before", None)  # (lead has no such field: None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At 10:00 turnout stood at 11.4%. By then 52,000 people had voted."),
        ("ro", "La ora 10:00, prezența era de 11,4%. Până atunci votaseră 52.000 de persoane."),
        ("fr", "À 10 heures, la participation était de 11,4 %. 52 000 électeurs avaient voté."),
        ("de", "Um 10 Uhr lag die Beteiligung bei 11,4 Prozent. 52.000 Menschen hatten gewählt."),
        ("es", "A las 10:00 la participación era del 11,4%. Habían votado 52.000 personas."),
        ("it", "Alle 10 l'affluenza era dell'11,4%. Avevano votato 52.000 elettori."),
    ],
)
def test_the_sentence_before_gives_its_clock_time(lang: str, text: str) -> None:
    assert _hour_before(text, lang, 52000) == 10 * 60


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # another line
        ("en", "At 10:00 turnout stood at 11.4%.\nBy then 52,000 people had voted."),
        # two clock times before
        ("en", "Turnout was 5% at 8:00 and 11.4% at 10:00. By then 52,000 people had voted."),
        # an onset's hour
        ("en", "At 11:11 PM the earthquake struck the region. At least 52,000 homes collapsed."),
        # so far: the writing's hour
        ("ro", "La ora 10:00, prezența era de 11,4%. Au votat până acum 52.000 de persoane."),
        # its own time words
        ("fr", "À 10 heures, la participation était de 11,4 %. Ce soir, 52 000 avaient voté."),
        ("de", "Um 10 Uhr lag die Beteiligung bei 11,4 Prozent. Am Montag wählten 52.000."),
    ],
)
def test_no_clock_time_is_carried(lang: str, text: str) -> None:
    assert _hour_before(text, lang, 52000) is None


def test_a_carried_clock_time_orders_one_day_count() -> None:
    rep = story_report(
        [
            (
                "2025-11-02",
                "ro",
                "La ora 10:00, prezența era de 11,4%. Până atunci votaseră 52.000 de alegători.",
            ),
            ("2025-11-02", "en", "By 19:00, 247,000 voters had cast a ballot, officials said."),
        ],
        "s",
    )
    assert frozenset((52000, 247000)) not in opposed(rep, lambda c: c.low)
    points = [[rep.claim(c).low for c in p.claims] for f in rep.findings for p in f.timeline]
    assert points == [[52000], [247000]]
