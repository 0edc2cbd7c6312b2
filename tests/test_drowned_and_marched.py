"""A head count takes what its verb says happened: the drowned are dead, the marchers protesters.

"36 people drowned" is a death toll as much as "36 people died"; "1.2 million
people took to the streets" counts protesters, as "1.2 million protesters" does, so the
two wordings of one crowd are one quantity.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At least 14 people drowned when the boat overturned."),
        ("fr", "Au moins 14 personnes se sont noyées dans le chavirement du bateau."),
        ("es", "Al menos 14 personas murieron ahogadas al volcar la embarcación."),
        ("de", "Mindestens 14 Menschen ertranken, als das Boot kenterte."),
        ("it", "Almeno 14 persone sono annegate nel ribaltamento della barca."),
        ("pt", "Pelo menos 14 pessoas morreram afogadas no naufrágio."),
        ("nl", "Zeker 14 mensen zijn verdronken toen de boot omsloeg."),
        ("ru", "Не менее 14 человек утонули при опрокидывании лодки."),
    ],
)
def test_the_drowned_are_dead(lang: str, text: str) -> None:
    (q,) = quantities(text, lang)
    assert q.unit == "killed"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "About 400,000 people took to the streets of the capital on Saturday."),
        ("fr", "Quelque 400 000 personnes ont manifesté samedi dans la capitale."),
        ("es", "Unas 400.000 personas se manifestaron el sábado en la capital."),
        ("de", "Rund 400.000 Menschen demonstrierten am Samstag in der Hauptstadt."),
        ("pt", "Cerca de 400 mil pessoas manifestaram-se no sábado na capital."),
        ("nl", "Zo'n 400.000 mensen demonstreerden zaterdag in de hoofdstad."),
    ],
)
def test_people_who_marched_are_protesters(lang: str, text: str) -> None:
    (q,) = quantities(text, lang)
    assert q.unit == "protesters"


def test_people_who_saw_a_march_stay_people() -> None:
    (q,) = quantities("About 400,000 people live in the city where the march took place.", "en")
    assert q.unit != "protesters"


def test_troops_who_marched_stay_troops() -> None:
    (q,) = quantities("Some 2,500 troops marched past the reviewing stand.", "en")
    assert q.unit == "troops"
