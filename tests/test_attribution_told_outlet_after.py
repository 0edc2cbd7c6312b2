"""A speaker named after its verb ends where the outlet it spoke to begins.

"…, dijo el alcalde a la agencia EFE", "…, zei de burgemeester tegen de NOS", "…, sagte
der Bürgermeister dem Sender NTV": the outlet is told, not a source, and the credit is
the speaker (``[attribution] addressees`` before a ``outlets`` word). An outlet joined
by a genitive ("un portavoz de EFE", "il direttore dell'ANSA", "ein Sprecher der Zeitung
Bild") stays the speaker's body, and a report of a paper stays the paper's.
"""

from __future__ import annotations

import pytest

from tests._articles import credits

TOLD = [
    ("es", "Cuarenta personas resultaron heridas, dijo el alcalde a la agencia EFE.", "el alcalde"),
    (
        "es",
        "Cuarenta personas resultaron heridas, dijo un portavoz de los bomberos a EFE.",
        "portavoz de los bomberos",
    ),
    (
        "fr",
        "Quarante personnes ont été blessées, a indiqué le maire au journal Le Monde.",
        "le maire",
    ),
    (
        "fr",
        "Quarante personnes ont été blessées, a déclaré un porte-parole des pompiers à l'AFP.",
        "porte-parole des pompiers",
    ),
    (
        "it",
        "Quaranta persone sono rimaste ferite, ha detto un portavoce dei vigili del fuoco "
        "all'agenzia Reuters.",
        "portavoce dei vigili del fuoco",
    ),
    (
        "pt",
        "Quarenta pessoas ficaram feridas, disse o comandante dos bombeiros à Lusa.",
        "o comandante dos bombeiros",
    ),
    ("nl", "Veertig mensen raakten gewond, zei de burgemeester tegen de NOS.", "de burgemeester"),
    (
        "de",
        "40 Menschen wurden verletzt, sagte der Bürgermeister dem Sender NTV.",
        "der Bürgermeister",
    ),
]

GENITIVE = [
    ("es", "Cuarenta personas resultaron heridas, dijo un portavoz de EFE.", "EFE"),
    ("it", "Quaranta persone sono rimaste ferite, ha detto il direttore dell'ANSA.", "ANSA"),
    ("pt", "Quarenta pessoas ficaram feridas, disse um porta-voz da Lusa.", "Lusa"),
    ("de", "40 Menschen wurden verletzt, sagte ein Sprecher der Zeitung Bild.", "Bild"),
    ("de", "40 Menschen wurden verletzt, heißt es in einem Bericht der Zeitung Bild.", "Bild"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), TOLD)
def test_the_outlet_told_is_no_part_of_the_speaker(lang: str, text: str, speaker: str) -> None:
    assert credits(text, lang) == [speaker]


@pytest.mark.parametrize(("lang", "text", "outlet"), GENITIVE)
def test_an_outlet_of_a_genitive_stays_in_the_source(lang: str, text: str, outlet: str) -> None:
    (source,) = credits(text, lang)
    assert source is not None
    assert source.endswith(outlet)
