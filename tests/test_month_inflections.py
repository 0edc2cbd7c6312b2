"""A month named in a case of its name is a month, not an abbreviation.

Our own sentences. A month spelling that shortens a longer spelling of the same month
("sept" beside "september", "iun" beside "iunie") is an abbreviation, read as a month
only with a day or a year beside it ("sept morts" is seven dead). But a case of the
month's name (its first `[dates] months` spelling) is no shortening though a longer
case starts with it: Russian "в феврале" (in February) beside "февралём", "в мае"
beside "маем", the nominatives "март" beside "марта", Polish "listopad", "luty", "maj"
beside "listopada", "lutego", "maja", Arabic "يوليو" beside the Maghreb "يوليوز". Such a
bare month was read as no date at all, so the figure it dates took the publication day.
"""

from __future__ import annotations

import pytest

from crosscheck.extract._dates import find_dates
from tests._articles import quantities

_PUBLISHED = "2025-09-10"


@pytest.mark.parametrize(
    ("language", "text", "month"),
    [
        ("ru", "В феврале министр назвал 300 раненых.", "2025-02"),
        ("ru", "В мае губернатор сообщил о 12 погибших.", "2025-05"),
        ("ru", "Пожар в декабре уничтожил 40 домов.", "2024-12"),
        ("ru", "Это было в июле, когда пострадали 9 человек.", "2025-07"),
        ("pl", "Listopad przyniósł 30 ofiar powodzi.", "2024-11"),
        ("pl", "Luty był mroźny, zmarło pięć osób.", "2025-02"),
        ("pl", "Maj przyniósł osiem ofiar.", "2025-05"),
        ("ar", "في يوليو قتل 12 شخصا في الفيضانات.", "2025-07"),
    ],
)
def test_a_case_of_the_month_name_is_a_month(language: str, text: str, month: str) -> None:
    assert [m.value for m in find_dates(text, language, published=_PUBLISHED)] == [month]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # abbreviations stay abbreviations: a month only with a day or a year beside them
        ("fr", "Sept morts et douze blessés."),
        ("es", "El mar se llevó a doce personas."),
        ("en", "Jun said three people died."),
        ("ro", "Mar a spus că au murit trei oameni."),
        ("ru", "Сент и его друзья пришли."),
        ("uk", "Груд каміння лежав на дорозі."),
    ],
)
def test_an_abbreviation_alone_stays_no_date(language: str, text: str) -> None:
    assert find_dates(text, language, published=_PUBLISHED) == []


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ru", "1 сент. 2024 года", "2024-09-01"),
        ("fr", "le 3 févr. 2024", "2024-02-03"),
        ("en", "Sept 2024", "2024-09"),
    ],
)
def test_an_abbreviation_with_its_day_or_year_is_still_read(
    language: str, text: str, value: str
) -> None:
    assert [m.value for m in find_dates(text, language, published=_PUBLISHED)] == [value]


@pytest.mark.parametrize(
    ("language", "text", "as_of"),
    [
        ("ru", "В феврале министерство назвало 300 раненых.", "2025-02"),
        ("uk", "У лютому міністерство назвало 300 поранених.", "2025-02"),
        ("pl", "W lutym ministerstwo podało 300 rannych.", "2025-02"),
        ("en", "In February, the ministry put the wounded at 300.", "2025-02"),
        ("de", "Im Februar nannte das Ministerium 300 Verletzte.", "2025-02"),
    ],
)
def test_the_month_dates_the_figure(language: str, text: str, as_of: str) -> None:
    claims = quantities(text, language, published=_PUBLISHED)
    assert [(c.as_of, c.as_of_from) for c in claims] == [(as_of, "text")]
