"""Wire-copy sources that pl, ro, ca, ru, uk and ar named to no one.

Organisers, unions, a city council or town hall, the coast guard: a reader
cites them for the figures they give ("…, according to the organisers"),
and their nouns now stand in ``[attribution] role_nouns`` of these
languages, so the figure is theirs, not the last source named before it.
"""

from __future__ import annotations

import pytest

from ._articles import credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "ro",
            "La marș au participat 3.000 de oameni, potrivit organizatorilor.",
            "organizatorilor",
        ),
        ("ro", "Peste 12.000 de profesori sunt în grevă, potrivit sindicatelor.", "sindicatelor"),
        ("ru", "На митинг пришли 2 тысячи человек, заявили организаторы.", "организаторы"),
        ("ru", "По данным профсоюза, уволены 300 рабочих.", "профсоюза"),
        ("ru", "Без света остались 900 квартир, сообщили в мэрии.", "мэрии"),
        ("uk", "Без тепла залишилися 900 квартир, повідомили в міськраді.", "міськраді"),
        ("uk", "За даними профспілки, звільнено 300 робітників.", "профспілки"),
        (
            "ca",
            "A la marxa hi van anar 3.000 persones, segons els organitzadors.",
            "els organitzadors",
        ),
        ("ca", "Segons el sindicat, la vaga ha aturat 200 autobusos.", "el sindicat"),
        ("pl", "W marszu wzięło udział 3 tys. osób, jak podali organizatorzy.", "organizatorzy"),
        ("ar", "وشارك في المسيرة 3000 شخص بحسب المنظمين.", "المنظمين"),
    ],
)
def test_wire_sources_are_credited(language: str, text: str, source: str) -> None:
    assert _credits(text, language)[-1] == source


def test_catalan_count_verb_credits_its_subject() -> None:
    text = (
        "Uns 5.000 veïns han sortit al carrer, segons els organitzadors, mentre que la "
        "policia local n'ha comptat 2.000."
    )
    assert _credits(text, "ca") == ["els organitzadors", "la policia local"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("pl", "Według straży pożarnej w pożarze hali zginęło 6 osób.", "straży pożarnej"),
        ("pl", "Według policji i straży w korku utknęło 400 aut.", "policji i straży"),
        ("ru", "По данным спасателей на складе находились 40 человек.", "спасателей"),
        ("uk", "За даними рятувальників у будівлі перебували 40 людей.", "рятувальників"),
    ],
)
def test_a_source_with_no_comma_ends_before_a_preposition(
    language: str, text: str, source: str
) -> None:
    # "według policji | w proteście …": with no comma, the clause the cue credits starts
    # with a preposition phrase, which is no part of the source
    assert _credits(text, language)[-1] == source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("pl", "Według straży pożarnej ogień strawił 300 hektarów lasu.", "straży pożarnej"),
        ("pl", "Według rzecznika wojewody wiatr zerwał 40 dachów.", "rzecznika wojewody"),
        (
            "ru",
            "По словам представителя полиции пожар уничтожил 30 домов.",
            "представителя полиции",
        ),
        ("ru", "По данным областного минздрава пострадали 40 человек.", "областного минздрава"),
        ("uk", "За даними обласної влади евакуйовано 300 людей.", "обласної влади"),
    ],
)
def test_a_source_with_no_comma_ends_before_the_clause_subject(
    language: str, text: str, source: str
) -> None:
    # the words that complete a source noun are genitives ([attribution] source_endings);
    # the nominative subject or the verb of the clause after it ends the source
    assert _credits(text, language)[-1] == source


def test_a_preposition_before_a_source_noun_still_ends_the_source() -> None:
    text = "Według danych policji do szpitali trafiło 14 osób."
    assert _credits(text, "pl")[-1] == "policji"
