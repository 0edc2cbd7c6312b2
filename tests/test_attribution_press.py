"""A source named only as "the journalists" is credited to the outlet the article names."""

from __future__ import annotations

import pytest

from crosscheck._fold import fold
from crosscheck.claims._press import nearest_outlet, press_pointer
from crosscheck.lang import get_language

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "outlet"),
    [
        (
            "en",
            "Journalists have confirmed the names of 41,200 fallen soldiers.\n\n"
            "The count is kept by the BBC with a team of volunteers.",
            "BBC",
        ),
        (
            "ru",
            "Журналисты подтвердили гибель 41 200 военных.\n\n"
            "Подсчёт ведёт Би-би-си вместе с волонтёрами.",
            "Би-би-си",
        ),
        (
            "fr",
            "Le décompte est tenu par la BBC avec des bénévoles.\n\n"
            "Les journalistes affirment avoir recensé 41 200 soldats tués.",
            "BBC",
        ),
        (
            "ro",
            "Numărătoarea este ținută de Mediazona și Meduza.\n\n"
            "Jurnaliștii au confirmat 41.200 de decese.",
            "Mediazona și Meduza",
        ),
    ],
)
def test_journalists_are_the_outlet_named_in_the_article(
    language: str, text: str, outlet: str
) -> None:
    assert _credits(text, language) == [outlet]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # no outlet named by its name: the words stay as written
        ("en", "Journalists have confirmed the names of 41,200 fallen soldiers."),
        ("fr", "Les journalistes affirment avoir recensé 41 200 soldats tués."),
    ],
)
def test_journalists_stay_without_a_named_outlet(language: str, text: str) -> None:
    (credit,) = _credits(text, language)
    assert credit is not None
    assert credit.lower().endswith(("journalists", "journalistes"))


@pytest.mark.parametrize(
    ("language", "source", "pointer"),
    [
        ("en", "Journalists", True),
        ("fr", "les deux médias", True),
        ("ru", "журналисты", True),
        ("ro", "Jurnaliștii", True),
        ("de", "Journalisten", True),
        ("en", "BBC journalists", False),  # the outlet is named already
        ("en", "the ministry", False),
        ("ro", "Mediazona", False),  # "media" is no stem of an outlet's name
    ],
)
def test_press_pointer(language: str, source: str, pointer: bool) -> None:
    assert press_pointer(source, get_language(language)) is pointer


def test_nearest_outlet_takes_the_closest_name_and_skips_kinds() -> None:
    lang = get_language("en")
    text = "The newspaper cited Reuters. Much later the BBC said so."
    span = nearest_outlet(text, fold(text), 0, lang)
    assert span is not None
    assert text[span[0] : span[1]] == "Reuters"


@pytest.mark.parametrize(
    ("language", "text", "outlet"),
    [
        (
            "ru",
            "Подсчёт потерь ведёт «Медиазона» вместе с волонтёрами.\n\n"
            "К 8 ноября журналисты подтвердили гибель почти 4300 офицеров. "
            "Списки составляют по публикациям СМИ.",
            "Медиазона",
        ),
        (
            "en",
            "The count is kept by the BBC with a team of volunteers.\n\n"
            "Journalists have confirmed the names of 41,200 fallen soldiers. Media elsewhere "
            "gave lower figures.",
            "BBC",
        ),
    ],
)
def test_a_press_noun_in_capitals_is_no_outlet_name(language: str, text: str, outlet: str) -> None:
    assert _credits(text, language)[0] == outlet
