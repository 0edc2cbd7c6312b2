"""The noun that names no group ("people") counts its holder's own when its clause says whose
the people are by a verb of holding ("the town has 3,000 people", "la ville compte"): after
another source's count of a group held by something else ("the plant employs 1,200
workers") it is no rival reading of that group, but a count of its own. A bare reading
("City hall said there were 2.1 million people") and one of the same holder ("the city has")
still read the group.
"""

from __future__ import annotations

import pytest

from crosscheck.lang import get_language

from ._articles import opposed, quantities, story_report

# A group held by one thing, then another source's "people" held by another: two counts.
TWO_HOLDERS = [
    (
        "en",
        "The company said the mill employs 900 workers. According to the mayor, the town "
        "has 2,500 people.",
    ),
    (
        "de",
        "Die Firma sagte, die Fabrik beschäftige 900 Arbeiter. Laut Bürgermeister hat das "
        "Dorf 2.500 Menschen.",
    ),
    (
        "fr",
        "Selon la direction, la fabrique emploie 900 ouvriers. Selon le maire, le village "
        "compte 2 500 personnes.",
    ),
    (
        "es",
        "Según la empresa, la fábrica emplea a 900 trabajadores. Según el alcalde, el pueblo "
        "tiene 2.500 personas.",
    ),
    (
        "it",
        "Secondo l'azienda, la fabbrica impiega 900 operai. Secondo il sindaco, il paese "
        "conta 2.500 persone.",
    ),
    (
        "pt",
        "Segundo a empresa, a fábrica emprega 900 operários. Segundo o presidente da câmara, "
        "a vila tem 2.500 pessoas.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TWO_HOLDERS)
def test_people_of_another_holder_are_no_reading_of_the_group(lang: str, text: str) -> None:
    claims = quantities(text, lang, "2025-04-10")
    assert not any(c.counted_as for c in claims)
    assert not any(c.rival_readings for c in claims)
    report = story_report([("2025-04-10", lang, text)], "town")
    assert frozenset((900, 2_500)) not in opposed(report, lambda c: c.low)


# Must NOT change: one holder named twice, or a "people" that holds nothing of its own.
ONE_HOLDER = [
    (
        "en",
        "The census office said the town has 40,000 residents. City hall said the town has "
        "more than 52,000 people.",
    ),
    (
        "fr",
        "Selon l'institut, la ville compte 40 000 habitants. Selon la mairie, la ville compte "
        "plus de 52 000 personnes.",
    ),
    (
        "es",
        "Según el instituto, la ciudad tiene 40.000 habitantes. El ayuntamiento habla de más "
        "de 52.000 personas.",
    ),
    (
        "en",
        "The census office said the town has 40,000 residents. City hall said there were "
        "more than 52,000 people.",
    ),
    (
        "de",
        "Laut Statistikamt hat die Stadt 40.000 Einwohner. Das Rathaus spricht von mehr als "
        "52.000 Menschen.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ONE_HOLDER)
def test_people_of_the_same_holder_or_none_still_read_the_group(lang: str, text: str) -> None:
    _group, people = quantities(text, lang, "2025-04-10")
    assert people.counted_as == "residents"


def test_every_language_has_verbs_of_holding() -> None:
    for code in ("en", "fr", "de", "es", "it", "pt", "ca", "nl", "ro", "pl", "ru", "uk", "ar"):
        assert get_language(code).holding_verbs.phrases["hold"], code
