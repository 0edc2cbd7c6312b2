"""A word of the time of day or a relative day never credits a figure, and one source's
earlier reading of an earlier hour, told by a verb of saying, is an update of its own count.

Cases are our own wording, not taken from any benchmark article.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.ingest._article import Article

from ._articles import credits

# A day-part or relative-day word read where a verb-first subject or a fronted subject
# is sought ("Vormittags sprach sie von …", "تحدثت صباحا عن …") is no source.
TIME_WORD_SUBJECTS = [
    ("ar", "كانت الشرطة قد أصدرت بيانا. وقد تحدثت صباحا عن 15 مصابا.", "صباحا"),
    ("ar", "وكانت قد تحدثت مساء عن 40 موقوفا في الحي.", "مساء"),
    ("de", "Vormittags sprach sie von 15 Verletzten.", "Vormittags"),
    ("nl", "Vanochtend meldde men nog 15 gewonden.", "Vanochtend"),
    ("it", "Stamane parlava di 15 feriti.", "Stamane"),
    ("it", "Stamane la polizia parlava di 15 feriti.", "Stamane"),
    ("es", "Anoche informaba de 15 heridos.", "Anoche"),
    # a time word with no capital closes no source either
    ("ar", "أعلنت الشرطة صباحا عن 15 مصابا.", "صباحا"),
]


@pytest.mark.parametrize(("lang", "text", "word"), TIME_WORD_SUBJECTS)
def test_time_word_is_no_source(lang: str, text: str, word: str) -> None:
    got = credits(text, lang)
    assert got, text
    assert all(c is None or word not in c for c in got), (text, got)


# Must NOT: a named body keeps its credit whatever time word sits beside it.
KEPT = [
    ("ar", "أعلنت الشرطة مساء أمس عن 15 مصابا.", "الشرطة"),
    ("de", "Die Polizei sprach am Vormittag von 15 Verletzten.", "Die Polizei"),
    ("nl", "De brandweer meldde vanochtend 15 gewonden.", "De brandweer"),
    ("es", "La policía informó anoche de 15 heridos.", "La policía"),
    ("en", "This morning the police reported 15 injured.", "the police"),
]


@pytest.mark.parametrize(("lang", "text", "source"), KEPT)
def test_named_source_kept_beside_time_word(lang: str, text: str, source: str) -> None:
    got = credits(text, lang)
    assert got, text
    assert got[0] == source, (text, got)


def _timeline_pairs(lang: str, text: str) -> tuple[list[crosscheck.Claim], set[str]]:
    rep = crosscheck.report([Article(id="a", text=text, language=lang, published="2025-01-01")])
    figures = [c for c in rep.claims if c.kind == "quantity"]
    held = {cid for f in rep.findings for p in getattr(f, "timeline", ()) for cid in p.claims}
    return figures, held


# One source's count of the evening, then its own count of the morning told again by a
# verb of saying after a comma: two readings of one count through the day.
SAID_AGAIN = [
    (
        "en",
        "Berlin police said on Wednesday evening that 30 officers had been injured, "
        "after it had reported 15 injured officers in the morning.",
    ),
    (
        "fr",
        "La police a annoncé mercredi soir que 30 policiers avaient été blessés, après "
        "avoir fait état de 15 policiers blessés le matin.",
    ),
    (
        "ar",
        "أعلنت الشرطة مساء الأربعاء أن 30 شرطيا أصيبوا، بعد أن كانت قد تحدثت صباحا عن 15 مصابا.",
    ),
    (
        "ru",
        "Полиция сообщила в среду вечером о 30 раненых полицейских, хотя утром сообщала "
        "о 15 раненых полицейских.",
    ),
    (
        "uk",
        "Поліція повідомила в середу ввечері про 30 поранених поліцейських, хоча вранці "
        "повідомляла про 15 поранених поліцейських.",
    ),
    (
        "it",
        "La polizia ha comunicato mercoledì sera 30 agenti feriti, dopo che in mattinata "
        "aveva comunicato 15 agenti feriti.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SAID_AGAIN)
def test_earlier_hour_said_again_is_a_course(lang: str, text: str) -> None:
    figures, held = _timeline_pairs(lang, text)
    assert len(figures) == 2, figures
    assert {c.attributed_to for c in figures} != {None}
    assert len({c.attributed_to for c in figures}) == 1, [c.attributed_to for c in figures]
    assert {c.id for c in figures} <= held, (text, held)


# Must NOT: two hours of one day with no verb of saying between share a count out
# (parts of one statement), and a later hour after the comma is no earlier reading.
NOT_A_COURSE = [
    ("en", "The police said 12 people were injured in the morning, 5 more in the afternoon."),
    ("fr", "La police a annoncé 30 blessés le soir, dont 15 blessés le matin."),
    (
        "it",
        "La polizia ha comunicato in mattinata 15 agenti feriti, "
        "e ha comunicato 30 agenti feriti in serata.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_A_COURSE)
def test_no_course_without_earlier_reading(lang: str, text: str) -> None:
    figures, held = _timeline_pairs(lang, text)
    assert not {c.id for c in figures} <= held, (text, held)
