"""A headline label whose role noun only qualifies its head noun is the story's topic.

"Odessa governor contest: 52% back the incumbent" tells of a contest; "governor" is a
role noun, but it qualifies the label's head, its last word, in lower case, which names
no one (``extract._context._role_modifies_head``). The construction is one of languages
that set a noun's qualifiers before it (English); where the head comes first ("Il
sindaco di Chisinau") or is glued into one word ("Kiewer Polizeireform") the label's
first word decides, as before. Must-not cases: a head that is a role noun or a speaker
("Kherson council spokesman"), a pointer or data noun ("Army statement", "Police
figures"), a verb of saying ("Romanian police say"), and labels of other languages whose
role noun heads them keep their source.
"""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    "text",
    [
        "Odessa governor contest: 52% back the incumbent\n\nVoters go to the polls on Sunday.",
        "Kherson council race: 31 candidates registered\n\nThe council met on Friday.",
        "Bucharest prefect bid: 40% back the former mayor\n\nThe campaign began.",
        "Odesa port authority strike: 300 ships stuck\n\nThe strike began on Monday.",
    ],
)
def test_a_role_noun_qualifying_the_head_names_no_source(text: str) -> None:
    assert _credits(text, "en") == [None]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "Kherson council spokesman: 31 members back the plan\n\nThe council met on Friday.",
            "Kherson council spokesman",
        ),
        (
            "en",
            "Kyiv police figures: 40 arrested in raids\n\nThe raids took place on Monday.",
            "Kyiv police figures",
        ),
        (
            "en",
            "Israeli army statement: 40 militants killed\n\nThe army spoke on Monday.",
            "Israeli army statement",
        ),
        (
            "en",
            "Romanian police say: 40 arrested in raids\n\nThe raids took place on Monday.",
            "Romanian police",
        ),
        (
            "ro",
            "Poliția Română: 40 de arestări în urma raziilor\n\nRaziile au avut loc luni.",
            "Poliția Română",
        ),
        (
            "it",
            "Il sindaco di Leopoli: il 40% della spesa va ai trasporti\n\nIl sindaco ha parlato.",
            "Il sindaco di Leopoli",
        ),
        (
            "nl",
            "Rotterdamse politie: 40 arrestaties bij invallen\n\nDe invallen waren maandag.",
            "Rotterdamse politie",
        ),
        (
            "de",
            "Kiewer Polizei: 40 Festnahmen bei Razzien\n\nDie Razzien fanden am Montag statt.",
            "Kiewer Polizei",
        ),
    ],
)
def test_a_label_headed_by_who_speaks_keeps_its_source(
    language: str, text: str, source: str
) -> None:
    assert _credits(text, language) == [source]


# A head that is no event or issue (``[attribution] label_topics``, ``[story_kinds]``) is a
# body's or a speaker's word: the label still names who gives the figure.
@pytest.mark.parametrize(
    "label",
    [
        "Odesa army command",
        "Ukrainian navy command",
        "Lviv police headquarters",
        "Lviv police station",
        "Lviv police force",
        "Lviv police commissioner",
        "Lviv police detectives",
        "Lviv police chief constable",
        "Lviv police press conference",
    ],
)
def test_a_label_headed_by_a_body_word_keeps_its_source(label: str) -> None:
    text = f"{label}: 14 detained after the brawl\n\nThe brawl broke out on Friday night."
    assert _credits(text, "en") == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv police reform: 40% of officers replaced\n\nThe reform began in 2015.",
        "Lviv council budget: 12% more for schools\n\nThe vote is on Monday.",
        "Odesa dockers strike: 300 ships stuck\n\nThe strike began on Monday.",
    ],
)
def test_a_label_headed_by_an_issue_is_the_topic(text: str) -> None:
    assert _credits(text, "en") == [None]
