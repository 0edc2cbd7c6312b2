"""Two figures of one sentence are no parts of one statement when another body speaks between.

The aligner never compares two figures of one sentence credited to one source
(``same_statement``: a source does not contradict itself within a sentence,
"1,700 died in one district, 500 in the other"). When a clause of its own
opens between them whose subject names another body ("Selon l'entreprise,
1 200 riverains ont été évacués ; la protection civile régionale en compte
environ 800"; "Уряд визнає 12 загиблих, а лікарі столичної лікарні — 24"),
the second figure is that body's reading, whoever the attribution credited
both to: it is credited to that body (claims._rivals ``credit_other_bodies``),
so the pair is no longer one statement and is compared. A
list that goes on in one voice, a clause whose first words name a place, and
the credited body itself speaking again stay one statement.
"""

from __future__ import annotations

import pytest

from crosscheck import Article, report

from ._articles import opposed, story_report

ANOTHER_BODY = [
    (
        "fr",
        "Selon l'entreprise, 1 200 riverains ont été évacués ; la protection civile régionale "
        "en compte environ 800.",
        ("1 200 riverains", "environ 800"),
        # "en compte" is a reporting verb: its whole subject is credited
        "la protection civile régionale",
    ),
    (
        "uk",
        "За даними правозахисників, під час протестів загинула 31 людина. Уряд визнає 12 "
        "загиблих, а лікарі столичної лікарні — 24.",
        ("12 загиблих", "24"),
        "лікарі",
    ),
    (
        "ru",
        "По данным правозащитников, во время протестов погиб 31 человек. Правительство "
        "признаёт 12 погибших, а врачи столичной больницы — 24.",
        ("12 погибших", "24"),
        "врачи",
    ),
    (
        "de",
        "Nach Angaben des Unternehmens wurden 1200 Anwohner evakuiert, während das "
        "Ministerium rund 800 zählt.",
        ("1200 Anwohner", "rund 800"),
        "das Ministerium",
    ),
]

ONE_VOICE = [
    # the clause after the semicolon opens with a place, not a speaker
    ("en", "The ministry said 40 people died in the town; in the hospital, 12 died.", None),
    # a list of places in one voice
    (
        "fr",
        "Selon le ministère, 1 452 personnes sont mortes à Al Haouz ; 764 à Taroudant et 202 "
        "à Chichaoua.",
        None,
    ),
    # the credited body speaks again
    (
        "en",
        "The health ministry said 40 people were killed on Monday; the ministry later counted "
        "45 dead.",
        None,
    ),
    (
        "es",
        "Según el ministerio, 40 personas murieron en la capital, mientras que en el hospital "
        "provincial fallecieron 12.",
        None,
    ),
]


def _pair(lang: str, text: str) -> tuple[str, str, object]:
    rep = report([Article(id="a", text=text, language=lang, published="2025-06-11")])
    claims = [c for c in rep.claims if c.kind == "quantity"]
    last = claims[-1]
    first = next(c for c in reversed(claims[:-1]) if c.sentence_start == last.sentence_start)
    assert first.attributed_to == last.attributed_to  # the attribution credits one source
    return first.id, last.id, rep


@pytest.mark.parametrize(("lang", "text", "figures", "body"), ANOTHER_BODY)
def test_a_figure_another_body_gives_is_that_bodys(
    lang: str, text: str, figures: tuple[str, str], body: str
) -> None:
    rep = report([Article(id="a", text=text, language=lang, published="2025-06-11")])
    claims = {c.text: c for c in rep.claims if c.kind == "quantity"}
    first, second = claims[figures[0]], claims[figures[1]]
    assert second.attributed_to == body
    assert first.attributed_to != body
    assert rep.explain(first, second).reason != "same_statement"


@pytest.mark.parametrize(("lang", "text", "figures"), ONE_VOICE)
def test_one_voice_stays_one_statement(lang: str, text: str, figures: None) -> None:
    a, b, rep = _pair(lang, text)
    assert rep.explain(a, b).reason == "same_statement"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("lang", "text"), [(r[0], r[1]) for r in ANOTHER_BODY if r[0] in "fr de"])
def test_the_two_bodies_readings_conflict(lang: str, text: str) -> None:
    pairs = opposed(story_report([("2025-06-11", lang, text)], "blast"), lambda c: c.low)
    assert frozenset((1200, 800)) in pairs


def test_another_outlets_reading_of_the_body_sets_the_conflict() -> None:
    # one outlet credits both bodies, another credits both figures to the company: the
    # company's 1,200 and the civil protection's 800 are one quantity's rival readings
    rows = [
        (
            "2025-06-11",
            "en",
            "The company said 1,200 residents had been evacuated as a precaution, while "
            "regional civil protection put the figure at about 800.",
        ),
        (
            "2025-06-11",
            "fr",
            "Selon l'entreprise, 1 200 riverains ont été évacués ; la protection civile "
            "régionale en compte environ 800.",
        ),
    ]
    pairs = opposed(story_report(rows, "blast"), lambda c: (c.article, c.low))
    assert frozenset((("a1", 1200), ("a1", 800))) in pairs
