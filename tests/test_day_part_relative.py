"""Parts of today and last night as relative dates (``[dates] relative``).

Our own phrases and sentences. "This morning", "ce matin", "stamattina", "aquest matí"
are the publication day; "last night", "la nuit dernière", "la notte scorsa", "aseară",
"минувшей ночью", "الليلة الماضية" the day before, as "yesterday" is: a figure they date
holds then. A relative word glued to the next word by a hyphen is part of a longer one
("ce soir-là", "cette semaine-là": that evening, that week) and names no date.
"""

from __future__ import annotations

import pytest

from crosscheck.extract._dates import find_dates
from tests._articles import quantities

_FRIDAY = "2025-02-14"
_THURSDAY = "2025-02-13"


@pytest.mark.parametrize(
    ("language", "phrase", "day"),
    [
        ("en", "this morning", _FRIDAY),
        ("fr", "ce matin", _FRIDAY),
        ("es", "esta mañana", _FRIDAY),
        ("it", "stamattina", _FRIDAY),
        ("pt", "esta manhã", _FRIDAY),
        ("ca", "aquest matí", _FRIDAY),
        ("ro", "în această dimineață", _FRIDAY),
        ("nl", "vanavond", _FRIDAY),
        ("ar", "هذا الصباح", _FRIDAY),
        ("fr", "la nuit dernière", _THURSDAY),
        ("es", "la noche pasada", _THURSDAY),
        ("it", "la notte scorsa", _THURSDAY),
        ("de", "in der vergangenen Nacht", _THURSDAY),
        ("nl", "afgelopen nacht", _THURSDAY),
        ("pt", "na noite passada", _THURSDAY),
        ("ca", "la nit passada", _THURSDAY),
        ("ro", "aseară", _THURSDAY),
        ("pl", "zeszłej nocy", _THURSDAY),
        ("ru", "минувшей ночью", _THURSDAY),
        ("uk", "минулої ночі", _THURSDAY),
        ("ar", "الليلة الماضية", _THURSDAY),
    ],
)
def test_part_of_a_day_names_that_day(language: str, phrase: str, day: str) -> None:
    (mention,) = find_dates(phrase, language, published=_FRIDAY)
    assert (mention.value, mention.low, mention.high) == (day, day, day)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La nuit dernière, les secouristes ont sorti 12 personnes des décombres."),
        ("it", "La notte scorsa i soccorritori hanno estratto 12 persone dalle macerie."),
        ("ro", "Aseară, salvatorii au scos 12 persoane de sub dărâmături."),
        ("pl", "Zeszłej nocy ratownicy wydobyli spod gruzów 12 osób."),
        ("ru", "Минувшей ночью спасатели извлекли из-под завалов 12 человек."),
    ],
)
def test_a_figure_of_last_night_holds_the_day_before(language: str, text: str) -> None:
    assert [c.as_of for c in quantities(text, language, published=_FRIDAY)] == [_THURSDAY]


@pytest.mark.parametrize(
    ("language", "phrase", "value"),
    [
        # must not: a hyphen glues the word into a longer one: that evening, that week
        ("fr", "ce soir-là", None),
        ("fr", "cette semaine-là", None),
        # must not: the words that were read before keep their reading
        ("fr", "avant-hier", "2025-02-12"),
        ("fr", "ce mois-ci", "2025-02"),
        ("ro", "azi-noapte", _FRIDAY),
        ("en", "last night", _THURSDAY),
        ("de", "heute Morgen", _FRIDAY),
    ],
)
def test_other_words_keep_their_reading(language: str, phrase: str, value: str | None) -> None:
    found = [m.value for m in find_dates(phrase, language, published=_FRIDAY)]
    assert found == ([value] if value else [])
