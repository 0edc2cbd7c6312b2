"""A hedged or bounded figure in words of ten or more is a figure, as digits are.

"Una sessantina sono stati fatti salire sui pullman", "une quarantaine de loups",
"around forty wolves" give a figure as "some 40 wolves" does, though no unit concept
names what they count (the subject may be elided: "Una sessantina sono …"). Must-not: a
bare small number word with no noun of its own ("dos de sus jaulas" is still counted
only of a group, "two states" is no news figure), a hedged small one ("about two"), and
a vague word with no unit ("thousands of …") stay out, as before.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _read(text: str, lang: str) -> list[tuple[str, float | None]]:
    return [(c.qualifier, c.low) for c in quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("it", "Una quarantina sono stati accompagnati alla stazione in mattinata.", 40),
        ("it", "Sono state smontate una trentina di baracche lungo il fiume.", 30),
        ("fr", "Le massif abriterait une cinquantaine de loups selon le parc.", 50),
        ("es", "Una treintena fueron trasladados en autobús a otro centro.", 30),
        ("pt", "Uma dezena foram levados de autocarro para outro centro.", 10),
        ("ca", "Una trentena van ser traslladats en autocar a un altre centre.", 30),
        ("en", "Around forty wolves roam the plateau, the park said.", 40),
    ],
)
def test_a_hedged_figure_in_words_is_a_figure(lang: str, text: str, value: float) -> None:
    assert _read(text, lang) == [("approx", value)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Altri due sono rimasti sul posto con i volontari."),
        ("es", "El temporal rompió dos de sus jaulas durante la noche."),
        ("en", "About two of them stayed behind with the volunteers."),
        ("en", "Thousands of jellyfish washed up on the beach."),
    ],
)
def test_a_bare_small_or_vague_word_stays_out(lang: str, text: str) -> None:
    assert _read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The suspect, aged around forty, was taken to the station."),
        ("es", "Los agentes detuvieron a un hombre de unos cuarenta."),
        ("fr", "Un homme âgé d'une cinquantaine a été interpellé."),
        ("en", "She coached the side for more than ten seasons."),
        ("it", "Ha guidato la squadra per una decina di stagioni."),
        ("de", "Er trainierte die Elf mehr als zehn Spielzeiten lang."),
    ],
)
def test_a_hedged_age_or_duration_in_words_is_no_claim(lang: str, text: str) -> None:
    assert _read(text, lang) == []
