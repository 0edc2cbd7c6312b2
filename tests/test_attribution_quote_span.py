"""A quotation that runs over several sentences is its speaker's in every sentence.

"„Daraus ergibt sich … 290 000 Opfern. Der Mittelwert liegt bei 320 000“, hieß es.": the
credit after the closing mark covers the first sentence of the quotation too. A quotation
closed with no credit after it credits no one.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _sources(text: str, lang: str) -> list[str | None]:
    return [c.attributed_to for c in quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "en",
            "\u201cThe floods destroyed 4,000 homes in the valley. Another 900 are badly"
            " damaged,\u201d the regional governor said on Monday.",
            "the regional governor",
        ),
        (
            "de",
            "\u201eDas Hochwasser hat 4000 Häuser zerstört. Weitere 900 sind schwer"
            " beschädigt\u201c, sagte der Landrat am Montag.",
            "der Landrat",
        ),
        (
            "fr",
            "\u00ab Les crues ont détruit 4 000 maisons. Quelque 900 autres sont très"
            " endommagées \u00bb, a déclaré lundi le préfet de la région.",
            "le préfet de la région",
        ),
    ],
)
def test_the_speaker_after_the_closing_mark_credits_every_sentence(
    lang: str, text: str, source: str
) -> None:
    assert _sources(text, lang) == [source, source]


def test_a_quotation_closed_with_no_credit_credits_no_one() -> None:
    text = (
        "\u201cThe floods destroyed 4,000 homes in the valley. Another 900 are badly"
        " damaged.\u201d Rescue work goes on in the north."
    )
    assert _sources(text, "en") == [None, None]


def test_a_paragraph_of_unclosed_quotations_credits_no_one() -> None:
    text = " ".join(f"\u201eEs gab {n} Tote in der Stadt." for n in range(10, 40))
    assert set(_sources(text, "de")) == {None}
