"""A hospital or its doctors credit the count of the patients they treated.

"El hospital atendió a 40 personas por quemaduras", "Das Krankenhaus behandelte 40
Menschen", "Szpital przyjął 40 osób z oparzeniami": the doer of the treatment gives that
count, as a fire brigade gives the count of those it rescued (``[attribution]
deed_verbs``). A deed credits its own figure only: the next sentence's figure stays
uncredited, and a subject that names no one ("The new drug treated 40 patients") credits
no one.
"""

from __future__ import annotations

import pytest

from tests._articles import credits

TREATED = [
    ("en", "Doctors at the hospital treated 40 people for burns.", "Doctors at the hospital"),
    ("de", "Die Ärzte behandelten 40 Menschen mit Verbrennungen.", "Die Ärzte"),
    ("es", "El hospital atendió a 40 personas por quemaduras.", "El hospital"),
    ("fr", "L'hôpital a pris en charge 40 personnes brûlées.", "L'hôpital"),
    ("it", "L'ospedale ha curato 40 persone per ustioni.", "L'ospedale"),
    ("nl", "Het ziekenhuis behandelde 40 mensen met brandwonden.", "Het ziekenhuis"),
    ("pt", "O hospital atendeu 40 pessoas com queimaduras.", "O hospital"),
    ("pl", "Szpital przyjął 40 osób z oparzeniami.", "Szpital"),
    ("ro", "Spitalul a tratat 40 de persoane cu arsuri.", "Spitalul"),
    ("ru", "Больница приняла 40 человек с ожогами.", "Больница"),
    ("uk", "Лікарня прийняла 40 людей з опіками.", "Лікарня"),
    ("ca", "L'hospital ha atès 40 persones per cremades.", "L'hospital"),
]

# the deed's credit holds for its own figure only
NEXT_FIGURE = [
    ("en", "The hospital treated 40 people for burns. Another 12 people died in the fire."),
    ("es", "El hospital atendió a 40 personas. Otras 12 murieron en el incendio."),
    ("de", "Die Klinik behandelte 40 Menschen. Weitere 12 Menschen starben."),
]


@pytest.mark.parametrize(("lang", "text", "source"), TREATED)
def test_who_treated_the_patients_gives_their_count(lang: str, text: str, source: str) -> None:
    assert credits(text, lang) == [source]


@pytest.mark.parametrize(("lang", "text"), NEXT_FIGURE)
def test_the_treatment_credit_stops_at_its_figure(lang: str, text: str) -> None:
    first, second = credits(text, lang)
    assert first is not None
    assert second is None


def test_a_subject_that_names_no_one_credits_no_one() -> None:
    assert credits("The new drug treated 40 patients in the trial.", "en") == [None]
