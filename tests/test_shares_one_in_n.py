"""A share said as "one in N" or "every N-th" is a percent (100/N), as "33%" is.

"Almost one in three pupils", "un de cada tres alumnes", "каждый третий ученик", "jeder
dritte Schüler", "co trzeci uczeń": the fourth probe set gives the same share of pupils
as a percentage elsewhere; read as a count of 0.33 (or not read) it was never compared.
A share that is no whole tenth of a percent is given to one decimal and hedged.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


@pytest.mark.parametrize(
    ("lang", "text", "value", "qualifier"),
    [
        ("en", "Almost one in three pupils fell ill.", 33.3, "approx"),
        ("en", "One in five homes was damaged.", 20, "exact"),
        ("ca", "Un de cada tres alumnes del centre s'ha vist afectat.", 33.3, "approx"),
        ("es", "Uno de cada cuatro vecinos fue evacuado.", 25, "exact"),
        ("pt", "Um em cada dez moradores perdeu a casa.", 10, "exact"),
        ("ru", "Заболел каждый третий ученик школы.", 33.3, "approx"),
        ("uk", "Захворів кожен п'ятий учень.", 20, "exact"),
        ("de", "Jeder dritte Schüler erkrankte.", 33.3, "approx"),
        ("pl", "Co czwarty mieszkaniec został bez prądu.", 25, "exact"),
        ("ar", "أصيب واحد من كل ثلاثة تلاميذ.", 33.3, "approx"),
    ],
)
def test_one_in_n_is_a_percent(lang: str, text: str, value: float, qualifier: str) -> None:
    (q,) = find_quantities(text, language=lang)
    assert q.unit == "percent"
    assert q.low == pytest.approx(value)
    assert q.high == pytest.approx(value)
    assert q.qualifier == qualifier


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Автобус ходит каждый третий день."),  # how often, not a share
        ("de", "Der Bus fährt jeden dritten Tag."),
        ("en", "He scored 3 in 5 minutes."),  # no ratio: a unit of time follows
        ("en", "Two thirds of the pupils fell ill."),  # a fraction stays a fraction
        ("en", "The bill was passed one over four."),  # a division stays its quotient
    ],
)
def test_no_share_of_a_group(lang: str, text: str) -> None:
    assert all(q.unit != "percent" for q in find_quantities(text, language=lang))


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the numeral "one", the noun it counts, then the ratio ([numbers] ratio_nouns)
        ("fr", "Une personne sur trois a été blessée.", 33.3),
        ("fr", "Un élève sur quatre est tombé malade.", 25),
        ("en", "One pupil in five missed school.", 20),
        ("es", "Un alumno de cada cuatro faltó a clase.", 25),
        ("it", "Una persona su tre è rimasta ferita.", 33.3),
        ("pt", "Uma criança em cada dez ficou doente.", 10),
        ("ca", "Un alumne de cada tres va emmalaltir.", 33.3),
        ("nl", "Eén leerling op de vijf werd ziek.", 20),
    ],
)
def test_one_noun_in_n_is_a_percent(lang: str, text: str, value: float) -> None:
    """Read as a count, "trois a été blessée" was three injured: a figure no source gave."""
    (q,) = find_quantities(text, language=lang)
    assert q.unit == "percent"
    assert q.low == pytest.approx(value)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A person in two minds."),  # an article is no numeral "one"
        ("en", "One died in two attacks."),  # no noun counted: a verb
        ("en", "One man in three days walked home."),  # a unit of time after the ratio
        ("fr", "Un homme sur trois jours de marche."),
        ("es", "Una persona de cada tres años."),
    ],
)
def test_no_share_without_a_counted_noun(lang: str, text: str) -> None:
    assert all(q.unit != "percent" for q in find_quantities(text, language=lang))


@pytest.mark.parametrize(
    ("lang", "before", "text"),
    [
        ("fr", "Une personne a été évacuée.", "Une personne sur cinq a été évacuée."),
        ("es", "Un vecino fue evacuado.", "Un vecino de cada diez fue evacuado."),
        ("it", "Una persona è stata evacuata.", "Una persona su dieci è stata evacuata."),
        ("ca", "Un veí va ser evacuat.", "Un veí de cada deu va ser evacuat."),
    ],
)
def test_the_share_does_not_depend_on_what_was_read_before(
    lang: str, before: str, text: str
) -> None:
    """The scan remembers which words open no number; a noun read first must not hide
    the ratio its article opens later in the same process (texts of their own: a text
    read before is read from the scan's cache)."""
    find_quantities(before, language=lang)
    (q,) = find_quantities(text, language=lang)
    assert q.unit == "percent"
