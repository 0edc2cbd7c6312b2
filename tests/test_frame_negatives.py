"""Frame rules that must not fire: sentences where a place, subject or date rule of
``extract._frame`` (place given with a figure, list items, parts, "most of the victims",
point events, outlet names, Arabic proclitics) would read the wrong thing."""

from __future__ import annotations

import pytest

from crosscheck import Article, find_quantities
from crosscheck.claims import Claim, extract_claims

PUBLISHED = "2025-05-10"


def _claims(text: str, language: str) -> list[Claim]:
    article = Article(id="n", text=text, language=language, published=PUBLISHED)
    return [c for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("ru", "Россия с 24 февраля 2022 года потеряла 300 000 военных.", "russia"),
        ("uk", "Україна з 24 лютого 2022 року втратила 100 000 військових.", "ukraine"),
        ("pl", "Rosja z 24 lutego straciła 300 000 żołnierzy.", "russia"),
        ("en", "Russia, with 600,000 troops lost, is still advancing in Ukraine.", "russia"),
        ("de", "Russland mit 600.000 Verlusten rückt weiter vor.", "russia"),
    ],
)
def test_since_a_date_or_a_country_with_a_figure_keeps_whose_figure(
    language: str, text: str, subject: str
) -> None:
    (claim,) = _claims(text, language)
    assert claim.subject == subject
    assert claim.place_id != subject


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Las inundaciones dejaron 95 muertos y cerca de 120 heridos en Valencia."),
        ("fr", "Les inondations ont fait 95 morts et près de 120 blessés à Valence."),
        ("it", "Le inondazioni hanno causato 95 morti e fino a 120 feriti a Valencia."),
        ("es", "El temporal ha dejado 95 muertos en las últimas 24 horas en Valencia."),
        ("en", "The storm has killed 95 people in the past 24 hours in Valencia."),
    ],
)
def test_a_hedge_or_a_duration_is_no_list_item_of_its_own(language: str, text: str) -> None:
    assert _claims(text, language)[0].place_id == "valencian_community"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The floods killed 219 people, including 12 children, in Valencia."),
        ("es", "Las riadas causaron 219 muertos, entre ellos 12 niños, en Valencia."),
    ],
)
def test_a_part_in_an_aside_leaves_the_place_to_the_whole(language: str, text: str) -> None:
    whole, part = _claims(text, language)
    assert whole.place_id == "valencian_community"
    assert whole.subject is None  # the group is the part's
    assert part.part_of == whole.id


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Red Cross, with 300 volunteers, reached the town."),
        ("en", "On Tuesday, with 45 people dead, the army arrived."),
        ("es", "Llegaron la Guardia Civil, con 500 agentes, y el Ejército, con 300."),
        ("it", "Intanto, con 45 morti, arrivano i soccorsi."),
        ("fr", "Pourtant, avec 45 morts, le bilan reste provisoire."),
    ],
)
def test_a_name_given_with_a_figure_is_a_place_only_in_a_list_of_places(
    language: str, text: str
) -> None:
    assert all(c.place_id is None for c in _claims(text, language))


@pytest.mark.parametrize(
    "text",
    [
        "وسرت أنباء عن مقتل 40 شخصا في المدينة.",
        "فسرت السلطات ارتفاع الحصيلة إلى 40 قتيلا.",
        "قتل 40 شخصا في مدرسة البنين.",
        "بلغ العجز المالي 300 مليون دينار.",
    ],
)
def test_arabic_words_are_no_places_once_a_letter_is_cut_off(text: str) -> None:
    for claim in _claims(text, "ar"):
        assert claim.place_id is None
        assert claim.subject is None


@pytest.mark.parametrize(
    "text",
    [
        "Russia, which attacked Ukraine in February 2022, has lost more than 600,000 soldiers.",
        "Hamas, which attacked Israel on 7 October 2023, still holds 59 hostages.",
    ],
)
def test_an_onset_date_in_an_aside_leaves_a_running_count_current(text: str) -> None:
    (claim,) = _claims(text, "en")
    assert claim.as_of == PUBLISHED


@pytest.mark.parametrize(
    "text",
    [
        "Most of the victims were identified by Tuesday in Valencia, where the toll stood at 219.",
        "Most victims were elderly, and in Valencia 211 people died.",
    ],
)
def test_most_of_the_victims_marks_a_part_only_in_its_clause(text: str) -> None:
    assert not any(c.place_part for c in _claims(text, "en"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In France 24 people died in the floods."),
        ("fr", "En France 24 personnes sont mortes."),
    ],
)
def test_a_count_after_a_country_is_no_outlet_name(language: str, text: str) -> None:
    assert [q.low for q in find_quantities(text, language=language)] == [24]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "De las víctimas, 131 eran hombres y 85 mujeres."),
        ("en", "Of the dead, 131 were men and 85 women."),
        ("fr", "Parmi les victimes, 131 hommes et 85 femmes."),
        ("de", "Unter den Toten sind 131 Männer und 85 Frauen."),
        ("it", "Tra le vittime, 131 maschi e 85 donne."),
    ],
)
def test_a_group_named_after_the_next_figure_is_that_figures(language: str, text: str) -> None:
    first, second = _claims(text, language)
    assert first.subject == "men"  # its own group (claims/_sexes.py), not the next one's
    assert second.subject == "women"


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("fr", "Kiev estime que la Russie a perdu 300 000 soldats.", "russia"),
        ("it", "Secondo Kiev, la Russia ha perso 300.000 soldati.", "russia"),
        ("es", "Kiev calcula que la Rusia de Putin ha perdido 300.000 soldados.", "russia"),
    ],
)
def test_a_country_after_an_article_and_a_function_word_stays_whose(
    language: str, text: str, subject: str
) -> None:
    (claim,) = _claims(text, language)
    assert claim.subject == subject
    assert claim.place_id is None


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # a kind word before a name is no pointer back
        ("en", "Derna was hit hardest. In the city of Benghazi 50 people died.", "benghazi"),
        # a place of its own wins over a mayor's town
        ("en", "The mayor of Derna said 300 people died in Benghazi.", "benghazi"),
    ],
)
def test_a_city_pointer_or_a_mayor_never_overrides_a_named_place(
    language: str, text: str, place: str
) -> None:
    assert _claims(text, language)[-1].place_id == place


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Jusqu'à 20 000 morts après les inondations en Libye, selon le maire de Derna."),
        ("en", "Up to 20,000 dead after the floods in Libya, according to the mayor of Derna."),
        ("es", "Hasta 20.000 muertos tras las inundaciones en Libia, según el alcalde de Derna."),
        ("it", "Fino a 20.000 morti dopo le alluvioni in Libia, secondo il sindaco di Derna."),
    ],
)
def test_a_mayors_figure_set_in_his_towns_country_is_his_towns(language: str, text: str) -> None:
    (claim,) = [c for c in _claims(text, language) if c.unit == "killed"]
    assert claim.place_id == "derna"
