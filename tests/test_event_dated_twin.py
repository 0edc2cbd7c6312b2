"""A figure its text dates to the event's day, given again by its article as of the writing,
is read at the article's day by the timeline.

"Dam breach toll rises to 12 ... The breach of the dam on Wednesday killed 12
people" (Friday): the headline's 12 holds as of Friday, so Wednesday is the
breach's day, and the body's 12 is no Wednesday count to share a point with
Wednesday's "almeno quattro". Without its twin, a text date may be the
count's own and keeps its day; clashes of one day stay conflicts.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import crosscheck
from tests._articles import finding_of, opposed, story_report

WEDNESDAY = (
    "2026-07-01",
    "it",
    "Almeno quattro persone sono morte dopo il cedimento di una diga nella valle, secondo la "
    "protezione civile.",
)

FRIDAY = {
    "en": "Dam breach toll rises to 12\n\nThe breach of the dam on Wednesday killed 12 people, "
    "the civil protection agency said.",
    "de": "Dammbruch: Zahl der Toten steigt auf 12\n\nDer Bruch des Damms am Mittwoch hat zwölf "
    "Menschen das Leben gekostet, teilte der Zivilschutz mit.",
    "es": "Rotura de presa: ya son 12 los muertos\n\nLa rotura de la presa del miércoles causó 12 "
    "muertos, según Protección Civil.",
    "fr": "Rupture de barrage : le bilan passe à 12 morts\n\nLa rupture du barrage mercredi a fait "
    "12 morts, selon la protection civile.",
}


def _report(rows: Sequence[tuple[str, str, str]]) -> crosscheck.Report:
    return story_report(rows, "s")


def _killed(rep: crosscheck.Report) -> crosscheck.Finding:
    return finding_of(rep, "killed")


@pytest.mark.parametrize("lang", sorted(FRIDAY))
def test_the_event_day_twin_is_read_at_its_article_day(lang: str) -> None:
    rep = _report([WEDNESDAY, ("2026-07-03", lang, FRIDAY[lang])])
    dated = [c for c in rep.claims if c.article == "a1" and c.as_of_from == "text"]
    assert dated
    assert all(c.as_of == "2026-07-01" for c in dated)  # the claim keeps its frame
    finding = _killed(rep)
    assert [(p.as_of_start, p.low, p.change) for p in finding.timeline] == [
        ("2026-07-01", 4, None),
        ("2026-07-03", 12, "rose"),
    ]
    assert {c.id for c in dated} <= set(finding.timeline[1].claims)


def test_a_text_date_with_no_twin_keeps_its_day() -> None:
    finding = _killed(
        _report(
            [
                WEDNESDAY,
                (
                    "2026-07-03",
                    "en",
                    "The breach of the dam on Wednesday killed 12 people, the civil protection "
                    "agency said.",
                ),
            ]
        )
    )
    assert not finding.timeline


def test_a_clash_of_the_article_day_stays_a_conflict() -> None:
    rep = _report(
        [
            WEDNESDAY,
            ("2026-07-03", "en", FRIDAY["en"]),
            ("2026-07-03", "es", "La rotura de la presa ha dejado 20 muertos, según la Cruz Roja."),
        ]
    )
    finding = _killed(rep)
    assert finding.kind == "conflict"
    assert frozenset({"12", "20 muertos"}) in opposed(rep)
