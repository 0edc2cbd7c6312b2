"""Figures that are no counts: number words inside idioms, ages, a year after "in" and
an abbreviation in a country name's brackets (``[syntax] not_numbers``, ``[numbers]
age_words`` / ``age_before``, ``_is_year_span``, ``lang._places._cldr_forms``)."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities
from crosscheck.lang._places import frame_words


def _values(text: str, language: str) -> list[tuple[int | float | None, str | None]]:
    return [(q.low, q.unit) for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Gib acht auf die Kinder!"),
        ("fr", "Les bénévoles se sont mis en quatre pour les sinistrés."),
        ("es", "Los vecinos limpiaron el barro en un dos por tres."),
        ("it", "I volontari si sono fatti in quattro per gli sfollati."),
        ("ru", "Спасатели разобрали завал в два счёта."),
        ("pl", "Rozmawiali w cztery oczy z burmistrzem."),
        ("ro", "Au discutat între patru ochi cu primarul."),
        ("pt", "Os moradores guardaram o segredo a sete chaves."),
        ("en", "The survivors came out one by one."),
        ("nl", "De gewonden werden één voor één naar buiten gedragen."),
        ("uk", "Рятувальники виносили людей один за одним."),
        ("ca", "Els voluntaris ho van netejar en un tres i no res."),
    ],
)
def test_a_number_word_inside_an_idiom_counts_nothing(language: str, text: str) -> None:
    assert find_quantities(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("de", "Acht Kinder wurden verletzt.", 8),
        ("it", "Il ponte è stato rifatto in quattro giorni.", 4),
        ("it", "Il ponte si è fatto in quattro giorni.", 4),
        ("fr", "Quatre personnes sont mortes dans l'incendie.", 4),
        ("ru", "Погибли два человека.", 2),
        ("en", "One person died in the crash.", 1),
    ],
)
def test_a_number_word_outside_an_idiom_or_before_its_unit_still_counts(
    language: str, text: str, value: int
) -> None:
    assert [v for v, _ in _values(text, language)] == [value]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ein 17-Jähriger wurde bei dem Unfall getötet."),
        ("en", "A 17-year-old was killed in the crash."),
        ("en", "A man aged 45 died in the fire."),
        ("nl", "Een 17-jarige kwam om het leven bij het ongeluk."),
        ("ru", "В аварии погиб 17-летний подросток."),
        ("uk", "Загинув 17-річний хлопець."),
        ("pl", "W wypadku zginął 17-latek."),
        ("fr", "Un homme âgé de 45 ans est mort dans l'incendie."),
        ("ro", "A murit un bărbat în vârstă de 45 de ani."),
        ("en", "The victim was 17 years old."),
        ("de", "Das Opfer war 17 Jahre alt."),
        ("nl", "Het slachtoffer was 17 jaar oud."),
        ("es", "Murió un joven de 17 años de edad."),
        ("it", "È morto un ragazzo di 17 anni di età."),
    ],
)
def test_an_age_is_no_count(language: str, text: str) -> None:
    assert find_quantities(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("de", "17 Menschen wurden bei dem Unfall getötet.", 17, "killed"),
        ("en", "17 people were killed in the crash.", 17, "killed"),
        ("ru", "В аварии погибли 17 человек.", 17, "killed"),
        ("pl", "W wypadku zginęło 17 osób.", 17, "killed"),
        ("en", "The 10-km stretch was closed.", 10, "kilometres"),
        ("en", "The war lasted 17 years.", 17, "years"),
        ("de", "Der Krieg dauerte 17 Jahre.", 17, "years"),
        ("es", "La obra duró 17 años.", 17, "years"),
    ],
)
def test_a_count_or_a_measure_glued_to_its_unit_stays(
    language: str, text: str, value: int, unit: str
) -> None:
    assert (value, unit) in _values(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "One child in 2020 died of the fever."),
        ("en", "Two children in 2021 died."),
        ("de", "Zwei Kinder in 2020 starben."),
        # already dates before the rule; they must stay so
        ("es", "Un niño en 2020 murió de fiebre."),
        ("ro", "Un copil în 2020 a murit de febră."),
        ("fr", "Un enfant en 2020 est mort de la fièvre."),
        ("pt", "Uma criança em 2020 morreu de febre."),
    ],
)
def test_a_year_after_in_between_a_noun_and_its_status_is_a_date(language: str, text: str) -> None:
    assert all(v != 2020 for v, _ in _values(text, language))


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "The flood resulted in 2000 deaths.", 2000),
        ("es", "Hubo más de 2000 muertos.", 2000),
        ("en", "They counted one in 2000 killed.", 2000),
    ],
)
def test_a_count_after_in_stays_a_count(language: str, text: str, value: int) -> None:
    assert value in [v for v, _ in _values(text, language)]


@pytest.mark.parametrize(
    ("language", "name"),
    [("ru", "США"), ("uk", "США")],
)
def test_an_abbreviation_in_brackets_names_no_territory(language: str, name: str) -> None:
    keys = frame_words(language).keys[name.lower()]
    assert keys == ("united_states",)


def test_a_bracketed_second_name_still_names_the_country() -> None:
    assert frame_words("en").keys["burma"] == ("myanmar",)
    assert frame_words("ru").keys["бирма"] == ("myanmar",)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("it", "Il ciclone è arrivato con venti a 160 chilometri orari.", [(160, 160)]),
        ("it", "Raffiche e venti a 120 km/h sulla costa.", [(120, 120)]),
        ("ca", "Un sistema nou a 20 quilòmetres de la costa.", [(20, 20)]),
    ],
)
def test_a_homograph_word_is_no_bound_of_a_measure_in_digits(
    language: str, text: str, expected: list[tuple[int, int]]
) -> None:
    assert [(q.low, q.high) for q in find_quantities(text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("it", "Si contano venti a 30 feriti.", [(20, 30)]),
        ("it", "Da venti a 30 feriti negli ospedali.", [(20, 30)]),
        ("de", "Die Wellen waren acht bis 20 Meter hoch.", [(8, 20)]),
        ("nl", "Er vielen acht tot 12 doden.", [(8, 12)]),
        ("ca", "Hi ha nou o 10 ferits.", [(9, 10)]),
        ("ro", "Au murit nouă până la 12 oameni.", [(9, 12)]),
    ],
)
def test_a_homograph_word_bounding_a_count_or_after_a_word_range_stays(
    language: str, text: str, expected: list[tuple[int, int]]
) -> None:
    assert [(q.low, q.high) for q in find_quantities(text, language)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Grund dafür ist zweifach.",
        "Die Pflegerin wurde zweifach geimpft.",
        "Das Lager war dreifach gesichert.",
    ],
)
def test_a_german_fold_word_without_a_comparative_is_no_factor(text: str) -> None:
    assert find_quantities(text, "de") == []


@pytest.mark.parametrize(
    ("text", "factor"),
    [
        ("Die Preise sind zehnfach höher als im Vorjahr.", 10),
        ("Das Risiko ist dreifach so hoch.", 3),
        ("Die Zahl der Anträge ist vierfach gestiegen.", 4),
        ("Er wurde zweimal verhaftet, die Strafe ist zweimal höher.", 2),
    ],
)
def test_a_german_fold_word_before_a_comparative_stays_a_factor(text: str, factor: int) -> None:
    assert [(q.low, q.unit) for q in find_quantities(text, "de")] == [(factor, "times")]
