"""A day after a corrected figure is that figure's, not the correction's (``as_of``).

Our own sentences, of refugees counted at a border. "55,000, not the 61,000 announced
on Thursday": a correction word (``[toll_nouns] contrasts``: "not", "y no", "e non",
"а не", "und nicht", "وليس") brings in the figure it corrects, and a day right after
that figure dates it, as a ``[frames] baseline`` word's compared reading is dated: the
corrected figure holds on Thursday, the correction at publication. A correction word
with no figure after it dates nothing, and a comma still ends the corrected reading.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities

_FRIDAY = "2025-04-11"
_THURSDAY = "2025-04-10"


def _as_of(text: str, language: str) -> list[str | None]:
    return [c.as_of for c in quantities(text, language, published=_FRIDAY)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The agency now counts 55,000 refugees, not the 61,000 announced on Thursday."),
        ("es", "La agencia cuenta ya 55.000 refugiados, y no los 61.000 anunciados el jueves."),
        ("it", "Sono 55.000 i rifugiati, non 61.000 come comunicato giovedì."),
        ("fr", "Ils sont 55 000 réfugiés, et non 61 000 comme annoncé jeudi."),
        ("de", "Es sind 55.000 Flüchtlinge und nicht 61.000 wie am Donnerstag gemeldet."),
        ("pt", "São 55 mil refugiados e não 61 mil como anunciado na quinta-feira."),
        ("ca", "Són 55.000 refugiats i no 61.000 com es va anunciar dijous."),
        ("ro", "Sunt 55.000 de refugiați și nu 61.000 cum s-a anunțat joi."),
        ("nl", "Het zijn 55.000 vluchtelingen en niet 61.000 zoals donderdag gemeld."),
        ("uk", "Біженців 55 тисяч, а не 61 тисяча як повідомлялося в четвер."),
        ("ar", "بلغ عدد اللاجئين 55 ألفا وليس 61 ألفا كما أعلن يوم الخميس."),
    ],
)
def test_the_corrected_figure_takes_the_day_after_it(language: str, text: str) -> None:
    assert _as_of(text, language) == [_FRIDAY, _THURSDAY]


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        # must not: no figure after the word: the day is the figure's own
        ("en", "Twelve people died, not counting the crew, on Thursday.", [_THURSDAY]),
        ("de", "Zwölf Menschen starben am Donnerstag, nicht nur Passagiere.", [_THURSDAY]),
        # must not: a comma ends the corrected reading; the day dates both
        ("en", "The strike grounded 300 flights, not 200, on Thursday.", [_THURSDAY] * 2),
        ("es", "La huelga obligó a cancelar 300 vuelos, y no 200, el jueves.", [_THURSDAY] * 2),
        # must not: a baseline word keeps its reading
        (
            "fr",
            "Le ministère a confirmé 18 900 cas de dengue, contre 12 400 une semaine plus tôt.",
            [_FRIDAY, "2025-04-04"],
        ),
    ],
)
def test_other_days_keep_their_reading(language: str, text: str, days: list[str]) -> None:
    assert _as_of(text, language) == days
