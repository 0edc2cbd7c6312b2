"""A sentence that gives another party's view does not cover the figures before it.

"The toll rose to 2,800. The Red Cross, for its part, says …": the next sentence's
source would cover a lead figure with no source of its own, but "for its part" (``[attribution]
contrast_markers``) says it is a second party speaking, not the one who gave the figure.
And a back adverb after a cue that follows the figure ("… selon le gouverneur de la
province, la plus touchée") describes that cue's source, not the figure before it.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _sources(text: str, lang: str) -> list[str | None]:
    return [c.attributed_to for c in quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The toll rose to 2,800 on Sunday. The Red Cross, for its part, says it still"
            " hopes to find survivors.",
        ),
        (
            "fr",
            "Le bilan atteint 2 800 morts dimanche. La Croix-Rouge affirme de son côté garder"
            " l'espoir de retrouver des survivants.",
        ),
        (
            "es",
            "El balance llegó a 2.800 muertos el domingo. La Cruz Roja, por su parte, asegura"
            " que aún espera encontrar supervivientes.",
        ),
        (
            "it",
            "Il bilancio è salito a 2.800 morti domenica. La Croce Rossa, da parte sua,"
            " afferma di sperare ancora di trovare superstiti.",
        ),
    ],
)
def test_another_partys_view_does_not_cover_the_figure_before(lang: str, text: str) -> None:
    assert _sources(text, lang) == [None]


def test_without_the_marker_the_next_sentence_still_covers() -> None:
    text = "The toll rose to 2,800 on Sunday. The Red Cross says it still hopes to find survivors."
    assert _sources(text, "en") == ["The Red Cross"]


def test_a_back_adverb_in_a_later_sources_apposition_credits_no_earlier_figure() -> None:
    text = (
        "L'ONU a lancé un appel pour aider 250 000 personnes.\n\n"
        "On recense plus de 1 200 morts, et jusqu'à 4 000 selon le gouverneur de la province,"
        " la plus touchée par le séisme."
    )
    assert _sources(text, "fr")[1:] == [None, "le gouverneur de la province"]
