"""A bare reading a sentence after another source's figure stays in its group.

"The union put turnout for the strike at 92%. The transport ministry said it
was 38%.": the second source's clause names nothing but its figure, so the
claims module marks the two as each other's rival readings
(``claims._rivals.mark_readings``). Other outlets that repeat one side each
used to draw each reading to its own repeats, and the article's rivalry never
reached a conflict. The partition now weighs such a pair as one figure told
twice (``align._quantity._bare_rival``), unless the later source is named
after a place of its own ("Kansas officials reported five dead" after
Oklahoma's 11: two states' tolls).
"""

from __future__ import annotations

import pytest

from crosscheck.align import _quantity
from crosscheck.claims._rivals import marked_each_other

from ._articles import opposed, story_report
from .test_align_rival_partition import REPEATS, _shares

# One article gives the union's figure, then, in the next sentence, the ministry's bare
# reading of it (no word of contrast, no dismissal); other outlets repeat one side each.
BARE = {
    "en": ("The union put turnout for the strike at 92%. The transport ministry said only 38%."),
    "fr": (
        "Le syndicat revendique une participation de 92 % à la grève. Le ministère des "
        "Transports a annoncé 38 %."
    ),
    "es": (
        "El sindicato cifró el seguimiento de la huelga en el 92%. El Ministerio de "
        "Transportes habló del 38%."
    ),
    "it": (
        "Il sindacato parla di un'adesione allo sciopero del 92%. Il ministero dei "
        "Trasporti ha indicato il 38%."
    ),
    "de": (
        "Die Gewerkschaft bezifferte die Beteiligung am Streik auf 92 %. Das "
        "Verkehrsministerium sprach von 38 %."
    ),
}


@pytest.mark.parametrize("language", sorted(BARE))
def test_a_bare_reading_a_sentence_apart_conflicts(language: str) -> None:
    rep = story_report([("2025-07-18", language, BARE[language]), *REPEATS], "strike")
    high, low = _shares(rep, "a0")
    assert (high.low, low.low) == (92, 38)
    assert rep.explain(high, low).same_group
    assert frozenset((high.text, low.text)) in opposed(rep)


# must-NOT: the second source is named after a place other than the first figure's:
# two places' counts, each repeated elsewhere, stay apart.
TWO_STATES = {
    "en": (
        "In Oklahoma 11 people were killed, the state's emergency agency said. Officials "
        "in Kansas reported five dead."
    ),
    "es": (
        "En Oklahoma murieron 11 personas, según la agencia de emergencias del estado. "
        "Las autoridades de Kansas informaron de cinco muertos."
    ),
    "de": (
        "In Oklahoma kamen elf Menschen ums Leben, teilte die Katastrophenschutzbehörde "
        "mit. Die Behörden von Kansas meldeten fünf Tote."
    ),
}


@pytest.mark.parametrize("language", sorted(TWO_STATES))
def test_a_bare_reading_by_another_places_body_stays_apart(language: str) -> None:
    rows = [
        ("2025-04-30", language, TWO_STATES[language]),
        ("2025-04-30", "en", "Officials in Oklahoma said 11 people were killed."),
        ("2025-04-30", "fr", "Au Kansas, les autorités ont fait état de cinq morts."),
    ]
    rep = story_report(rows, "tornado")
    assert frozenset((11, 5)) not in opposed(rep, lambda c: c.low)
    # the claims module marks the two as bare readings; the body's place sets them apart
    first, second = sorted(
        (c for c in rep.alignment.claims if c.article == "a0" and c.kind == "quantity"),
        key=lambda c: c.start,
    )
    assert marked_each_other(first, second)
    assert not _quantity._bare_rival(first, second)
