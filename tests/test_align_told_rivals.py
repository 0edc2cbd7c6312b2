"""Two readings an article sets against each other in words, a sentence apart, stay in
one group.

One sentence that sets two sources' figures side by side weighs as one figure
told twice in the partition (``SAME_ARTICLE_FIGURE``). So does a pair a
sentence apart when the article says in words that the second is the first's
rival: a word of contrast by the second source ("The ministry, however, put
it at 38%") or a dismissal of the second by the first's source ("38%, a figure
the union dismissed as invented"). A bare reading a sentence after another
figure says so by its place alone and stays weaker: "In Oklahoma 11 died.
Kansas officials reported five dead" gives two states' counts.
"""

from __future__ import annotations

import pytest

from ._articles import opposed, story_report
from .test_align_rival_partition import REPEATS, _shares

# One article gives the union's figure, then, in the next sentence, the ministry's set
# against it by a word of contrast; other outlets repeat one side each.
CONTRASTED = {
    "en": (
        "The union put turnout for the strike at 92%. The transport ministry, however, "
        "said it was only 38% on the first day."
    ),
    "fr": (
        "Le syndicat revendique une participation de 92 % à la grève. Le ministère des "
        "Transports a en revanche annoncé 38 % le premier jour."
    ),
    "es": (
        "El sindicato cifró el seguimiento de la huelga en el 92%. El Ministerio de "
        "Transportes, en cambio, lo rebajó al 38% en la primera jornada."
    ),
    "it": (
        "Il sindacato parla di un'adesione allo sciopero del 92%. Il ministero dei "
        "Trasporti, invece, la ferma al 38% nella prima giornata."
    ),
    "de": (
        "Die Gewerkschaft bezifferte die Beteiligung am Streik auf 92 %. Das "
        "Verkehrsministerium sprach hingegen von 38 % am ersten Tag."
    ),
    # the first's source waves the second away: a dismissal, no word of contrast
    "en-dismissed": (
        "The union put turnout for the strike at 92%. The transport ministry said it was "
        "only 38% on the first day, a figure the union dismissed as an invention."
    ),
}


@pytest.mark.parametrize("language", sorted(CONTRASTED))
def test_contrasted_readings_a_sentence_apart_conflict(language: str) -> None:
    lang = language.split("-")[0]
    rep = story_report([("2025-07-18", lang, CONTRASTED[language]), *REPEATS], "strike")
    high, low = _shares(rep, "a0")
    assert (high.low, low.low) == (92, 38)
    assert rep.explain(high, low).same_group
    assert frozenset((high.text, low.text)) in opposed(rep)


def test_bare_readings_of_two_places_a_sentence_apart_stay_apart() -> None:
    # must-NOT: two states' tolls, the second a bare reading by a body named after its
    # state, no word of contrast: no conflict between them
    rows = [
        (
            "2025-04-30",
            "ru",
            "В Оклахоме погибли 11 человек. В среду власти Канзаса сообщили о пятерых погибших.",
        ),
        ("2025-04-30", "en", "Officials in Oklahoma said 11 people were killed."),
        ("2025-04-30", "de", "In Kansas kamen nach Angaben der Behörden fünf Menschen ums Leben."),
    ]
    rep = story_report(rows, "tornado")
    assert frozenset((11, 5)) not in opposed(rep, lambda c: c.low)
