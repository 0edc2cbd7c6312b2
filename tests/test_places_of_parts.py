"""A province's figure is read at the province, not at its country or nowhere (session 37, h170).

A story that counts one province's cases beside its country's and a neighbour's keeps them in
three places only when each figure's place is read; a figure of no place fits every group, and
one of the country joins the country's. Five readings that lost the narrower place:

* a guessed name in Cyrillic had an empty key (its letters were dropped), so no place at all;
* Arabic glues "and" to its preposition ("وفي"), and writes no capitals: a name only a place
  kind marks ("محافظة …") was never guessed;
* a guessed name a place kind names ("… province") lost to a country named further off;
* a known place's possessive ("Iraq's Basra") gave the possessor, not the place it names;
* a headline naming the country over a body naming the province (the same figure, the same
  unit) set the two apart as part and whole.

Two guessed names written in two scripts, in two languages' articles, are not known to be two
places (no letters to compare them by). The phrases are our own.
"""

from __future__ import annotations

import pytest

from crosscheck.claims._frames import _one_name_two_spellings

from ._articles import quantities


def _places(text: str, language: str) -> list[str | None]:
    return [c.place for c in quantities(text, language) if c.unit == "cases"]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("ru", "Число случаев в Басре выросло до 2300.", "Басре"),
        ("uk", "Кількість випадків у Басрі зросла до 2300.", "Басрі"),
        ("ru", "В провинции Басра число случаев выросло до 2300.", "Басра"),
        ("uk", "У провінції Басра кількість випадків зросла до 2300.", "Басра"),
        ("ar", "وفي الكويت، أعلنت وزارة الصحة تسجيل 300 حالة.", "الكويت"),
        ("ar", "سجلت وزارة الصحة 300 حالة في محافظة البصرة.", "البصرة"),
        (
            "en",
            "A storm in southern Spain has brought 300 cases of breathing difficulty to"
            " hospitals in Foobar province, the directorate said.",
            "Foobar",
        ),
        ("en", "The ministry recorded 300 cases in Iraq's Basra.", "Basra"),
        ("en", "The ministry recorded 300 cases in Spain's Foobar region.", "Foobar"),
    ],
)
def test_the_narrower_place_is_read(language: str, text: str, place: str) -> None:
    assert _places(text, language) == [place]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # a caseless name with no place kind before it is not guessed (a noun may stand there)
        ("ar", "سجلت وزارة الصحة 300 حالة في البصرة.", None),
        # a possessive before a body's name names no place of the figure
        ("en", "Iraq's health ministry recorded 300 cases.", None),
        # a possessive after the place is another name's
        ("en", "The ministry recorded 300 cases in Iraq, Basra's neighbour.", "Iraq"),
        ("fr", "Le ministère a recensé 300 cas en Irak.", "Irak"),
        ("es", "El ministerio registró 300 casos en Irak.", "Irak"),
    ],
)
def test_must_not_move_the_place(language: str, text: str, place: str | None) -> None:
    assert _places(text, language) == [place]


BODY = {
    "en": "Storm: 1,600 cases in Iraq\n\nA storm has brought 1,600 cases to hospitals in"
    " Foobar province, the directorate said.",
    "fr": "Tempête : 1 600 cas en Irak\n\nUne tempête a provoqué 1 600 cas dans la province"
    " de Foobar, selon la direction.",
    "es": "Tormenta: 1.600 casos en Irak\n\nUna tormenta ha provocado 1.600 casos en la"
    " provincia de Foobar, según la dirección.",
    "it": "Tempesta: 1.600 casi in Iraq\n\nUna tempesta ha provocato 1.600 casi nella"
    " provincia di Foobar, secondo la direzione.",
    "de": "Sturm: 1600 Fälle im Irak\n\nEin Sturm hat 1600 Fälle in der Provinz Foobar"
    " verursacht, teilte die Direktion mit.",
}


@pytest.mark.parametrize("language", sorted(BODY))
def test_headline_takes_its_twins_narrower_place(language: str) -> None:
    assert _places(BODY[language], language) == ["Foobar", "Foobar"]


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        # the body's place lies outside the headline's: two places' figures stay apart
        (
            "en",
            "Storm: 1,600 cases in Iraq\n\nA storm has brought 1,600 cases to hospitals in"
            " Kuwait, the ministry said.",
            ["Iraq", "Kuwait"],
        ),
        # an increment is no twin of the headline's count
        (
            "en",
            "Storm: 1,600 cases in Iraq\n\nA storm has brought 1,600 more cases to hospitals"
            " in Foobar province, the directorate said.",
            ["Iraq", "Foobar"],
        ),
    ],
)
def test_headline_keeps_its_place(language: str, text: str, places: list[str]) -> None:
    assert _places(text, language) == places


def test_two_scripts_are_not_two_places() -> None:
    assert _one_name_two_spellings("~басре", "~basra")
    assert _one_name_two_spellings("~البصرة", "~басра")
    # two Latin names more than a letter apart stay two places
    assert not _one_name_two_spellings("~basra", "~bassora")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Ведомство сообщило о 2300 случаях удушья."),
        ("uk", "Відомство повідомило про 2300 випадків, а вчора йшлося лише о 1600 випадках."),
        ("pl", "Urząd poinformował o 2300 przypadkach duszności."),
        ("ru", "Врачи занимаются 2300 случаями удушья."),
        ("pl", "Lekarze zajmują się 2300 przypadkami duszności."),
    ],
)
def test_cases_in_other_case_forms(language: str, text: str) -> None:
    """h165: "о 2300 случаях", "о 1600 випадках", "o 2300 przypadkach" count cases too."""
    units = {c.unit for c in quantities(text, language)}
    assert units == {"cases"}
