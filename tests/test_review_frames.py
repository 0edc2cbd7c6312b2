"""Frames and credits that must not fire: cases a review found in ordinary news wording."""

from __future__ import annotations

import pytest

from ._articles import quantities


def _claims(text: str, language: str = "en") -> list:  # type: ignore[type-arg]
    return quantities(text, language)


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "Police questioned 40 people, who said 12 others had been killed.", "people"),
        ("en", "The army deployed 2,000 soldiers, who helped rescue the injured.", "troops"),
        ("de", "In dem Lager leben 5000 Menschen, die Hälfte davon wurde verletzt.", "people"),
        (
            "es",
            "La policía detuvo a 50 personas, que fueron acusadas de saquear las casas de los "
            "fallecidos.",
            "arrested",  # the verb before the count says what happened to them, not the dead
        ),
        (
            "it",
            "Abbiamo assistito 200 persone, che hanno raccontato di aver visto i morti.",
            "people",
        ),
        ("ar", "تضم القائمة أسماء 38000 جندي، الذين قتلوا في الحرب.", "killed"),
    ],
)
def test_a_relative_clause_gives_only_its_own_head_count_a_status(
    language: str, text: str, unit: str
) -> None:
    assert _claims(text, language)[0].unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The floods killed 200 people. A total of 1,500 people are helping the rescue."),
        ("es", "Las riadas dejaron 200 muertos. Un total de 1.500 personas ayudan en el rescate."),
    ],
)
def test_a_total_of_people_is_no_figure_of_the_toll(language: str, text: str) -> None:
    assert _claims(text, language)[-1].unit == "people"


def test_the_red_cross_in_catalan_is_a_source() -> None:
    assert _claims("Segons la Creu Roja, 12 persones han mort.", "ca")[0].attributed_to == (
        "la Creu Roja"
    )


def test_the_south_of_the_land_after_a_region_is_the_regions() -> None:
    (figure,) = _claims("Hochwasser in Sachsen: Im Süden des Landes starben drei Menschen.", "de")
    assert figure.place_id == "saxony"


def test_figures_of_successive_days_are_no_breakdown() -> None:
    text = "Twelve people died on Monday, five on Tuesday and seven on Wednesday."
    assert all(c.part_of is None for c in _claims(text))


def test_past_years_are_no_history_of_the_toll() -> None:
    text = (
        "The storm killed 12 people, the governor said.\n\n"
        "In 2011 a tornado killed 7 people and another storm killed 5 people in 2013."
    )
    assert [c.attributed_to for c in _claims(text)] == ["the governor", None, None]


def test_the_mayor_of_a_city_speaks_for_the_city() -> None:
    (figure,) = _claims("The mayor of Valencia said 20 people had died.")
    assert figure.place_id == "valencia"


def test_after_it_in_romanian_points_back_to_no_source() -> None:
    text = (
        "Ministerul Sănătății a anunțat 12 morți.\n\n"
        "Furtuna a lovit luni seara. După ea, 40 de case au rămas fără acoperiș."
    )
    assert _claims(text, "ro")[-1].attributed_to is None


def test_who_receives_money_is_no_source() -> None:
    assert _claims("Elke getroffen familie kreeg 6000 euro steun.", "nl")[0].attributed_to is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The military says it has killed about 10,000 militants."),
        ("fr", "L'armée affirme avoir tué 13 000 combattants."),
        ("de", "Die Armee gibt an, 13.000 Kämpfer getötet zu haben."),
        ("es", "El ejército afirma haber matado a 13.000 milicianos."),
        ("ru", "Армия заявила об уничтожении 13 тысяч боевиков."),
    ],
)
def test_fighters_killed_are_a_group_not_the_whole_toll(language: str, text: str) -> None:
    (figure,) = _claims(text, language)
    assert figure.subject == "fighters"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Nearly 4 million have fled to neighbouring countries."),
        ("es", "Casi 4 millones se han refugiado en países vecinos."),
        ("fr", "Près de 4 millions ont fui vers les pays voisins."),
        ("de", "Fast 4 Millionen sind in Nachbarländer geflohen."),
    ],
)
def test_people_who_fled_abroad_are_refugees_not_the_displaced(language: str, text: str) -> None:
    (figure,) = _claims(text, language)
    assert figure.unit == "refugees"
    assert figure.subject is None  # the verb "se han refugiado" names no group


def test_people_on_the_run_are_displaced() -> None:
    text = "Nach UN-Angaben sind mehr als zwölf Millionen Menschen auf der Flucht."
    assert _claims(text, "de")[0].unit == "displaced"
