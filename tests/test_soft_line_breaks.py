"""A hard-wrapped line inside a sentence is read as one line; a headline keeps its break.

Feeds that wrap lines at a fixed width break sentences anywhere ("At least\\n12
people died"), and a line break otherwise ends a sentence: the figure lost its
qualifier or unit, or was not read at all. A single break between a lower-case
letter, digit or comma and a lower-case letter or digit is read as a space
(``extract._sentences.soften_line_breaks``, same length, so every offset holds);
the figures and claims still quote the text as written. The sentences are our own.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import crosscheck
from crosscheck.extract._sentences import _soft_break_spans, soften_line_breaks

# A soft break candidate as one pattern (a look-behind first, so the regex engine tries it
# at every character): what _soft_break_spans, which skips to the line breaks, must find.
_SOFT_BREAK = re.compile(r"(?<=[^\s])[ \t]{0,4}(\n)[ \t]{0,4}(?=[^\s])")


@pytest.mark.parametrize(
    ("lang", "text", "low", "high", "qualifier", "unit"),
    [
        (
            "de",
            "Bei dem Brand in der Klinik starben mindestens\n12 Menschen, sagte die Polizei.",
            12,
            None,
            "at_least",
            "killed",
        ),
        (
            "en",
            "Officials said on Thursday that more than\n1,000 people were evacuated.",
            1000,
            None,
            "over",
            "evacuated",
        ),
        (
            "pt",
            "O motim da noite de sábado deixou 12\nmortos na prisão.",
            12,
            12,
            "exact",
            "killed",
        ),
        (
            "fr",
            "L'incendie de samedi soir a fait 12\nmorts à l'hôpital.",
            12,
            12,
            "exact",
            "killed",
        ),
        (
            "pl",
            "Według strażaków w nocy co najmniej 12\nosób zginęło w pożarze.",
            12,
            None,
            "at_least",
            "killed",
        ),
        (
            "es",
            "El incendio del sábado obligó a evacuar a 1.200\npacientes.",
            1200,
            1200,
            "exact",
            "evacuated",
        ),
    ],
)
def test_a_figure_wrapped_across_lines_is_read_whole(
    lang: str, text: str, low: int, high: int | None, qualifier: str, unit: str
) -> None:
    found = crosscheck.find_quantities(text, lang)
    assert len(found) == 1, [q.text for q in found]
    q = found[0]
    assert (q.low, q.high, q.qualifier, q.unit) == (low, high, qualifier, unit)
    assert text[q.start : q.end] == q.text
    assert "\n" in q.text


def test_report_claims_quote_the_wrapped_text_as_written() -> None:
    text = (
        "Brand in Klinik\n\n"
        "In der Nacht starben nach ersten Angaben mindestens\n12 Menschen, teilte die Polizei mit."
    )
    report = crosscheck.report([crosscheck.Article(id="a1", text=text, language="de")])
    claims = [c for c in report.claims if c.kind == "quantity"]
    assert [(c.low, c.qualifier, c.unit) for c in claims] == [(12, "at_least", "killed")]
    c = claims[0]
    assert text[c.start : c.end] == c.text == "mindestens\n12 Menschen"
    assert text[c.sentence_start : c.sentence_start + len(c.sentence)] == c.sentence


def test_in_german_a_noun_after_a_wrapped_figure_is_its_unit() -> None:
    """German capitalises its nouns: a break between a digit and a capital is soft there."""
    (q,) = crosscheck.find_quantities("In der Nacht zum Sonntag starben fast 200\nPatienten.", "de")
    assert (q.low, q.unit, q.text) == (200, "killed", "fast 200\nPatienten")
    headline = "Toll rises to 62\nThe toll rose."
    assert soften_line_breaks(headline) == headline  # not in English


@pytest.mark.parametrize(
    "text",
    [
        "Death toll rises to 62\nThe toll rose on Thursday.",  # a headline: a capital follows
        "Twelve people died.\nfour more were hurt",  # the line ends a sentence
        "Deaths: 12\n\nfour injured",  # a blank line: a paragraph
        "Pożar w szpitalu\nŚmierć poniosło 12 osób",  # a capital of any script
        "وفاة 12\nشخصا",  # a script without case: no break is soft
    ],
)
def test_a_hard_break_stays(text: str) -> None:
    assert soften_line_breaks(text) == text


def test_soft_breaks_become_spaces_of_the_same_length() -> None:
    text = (
        "Officials said on Sunday that at least  \n 12 people died in the big fire there,\n"
        "and more\n\nBody."
    )
    soft = soften_line_breaks(text)
    assert soft == (
        "Officials said on Sunday that at least    12 people died in the big fire there, and more"
        "\n\nBody."
    )
    assert len(soft) == len(text)


@pytest.mark.parametrize(
    ("lang", "text", "figures"),
    [
        # a figure per line, joined, read as one: 12,150,200; 12,300; 1,250
        ("fr", "Nombre de morts par jour selon la préfecture\n12\n150\n200\n", [12, 150, 200]),
        (
            "fr",
            "Le bilan provisoire communiqué par la préfecture s'élève à 12\n"
            "300 personnes évacuées.",
            [12, 300],
        ),
        ("pl", "Według najnowszych danych straży pożarnej ofiar było 1\n250 rannych.", [1, 250]),
        # a list of labelled lines: "12\ninjured: 40" read as 12 injured
        (
            "en",
            "Casualties reported by the regional health office, dead: 12\ninjured: 40",
            [12, 40],
        ),
        ("de", "Von der Polizei am Abend gemeldete Tote: 12\nVerletzte: 40", [12, 40]),
        ("fr", "Bilan communiqué samedi par les pompiers, morts : 12\nblessés : 40", [12, 40]),
        ("es", "Muertos del sábado en toda la provincia: 12\nheridos 40", [12, 40]),
    ],
)
def test_a_table_or_list_keeps_a_figure_per_line(lang: str, text: str, figures: list[int]) -> None:
    found = crosscheck.find_quantities(text, lang)
    assert [q.low for q in found] == figures, [q.text for q in found]
    assert all("\n" not in q.text for q in found)
    assert [q.unit for q in found][-1] in ("injured", "evacuated", None)
    assert found[0].unit != "injured"


def test_a_colon_inside_a_sentence_is_no_label() -> None:
    """'Officials said …: at least\\n12 people' is a wrapped sentence, not a list."""
    text = "Officials said on Sunday evening: at least\n12 people died."
    (q,) = crosscheck.find_quantities(text, "en")
    assert (q.low, q.qualifier, q.unit) == (12, "at_least", "killed")


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        (
            "en",
            "Floods hit eastern Libya, Derna worst affected\n"
            "2,000 people are missing in Benghazi, officials said.",
            "missing",
        ),
        (
            "it",
            "Incendio a Milano, decine di inquilini evacuati\n"
            "40 persone sono rimaste ferite secondo i vigili del fuoco.",
            "injured",
        ),
    ],
)
def test_a_headline_keeps_its_break(lang: str, text: str, unit: str) -> None:
    """A line ended by hand, shorter than its paragraph's lines, is no wrap: the next
    word would have fitted on it. Joined, its last word was the figure's unit."""
    assert soften_line_breaks(text) == text
    assert crosscheck.find_quantities(text, lang)[-1].unit == unit


def test_a_column_of_short_lines_is_no_wrap() -> None:
    """No feed wraps at a few columns: a label above each figure keeps its line."""
    text = "Ferry sinks off Crete\nrescued\n120\nmissing\n30"
    assert soften_line_breaks(text) == text
    assert [q.unit for q in crosscheck.find_quantities(text, "en")] == [None, None]


def test_find_quantities_softens_once_as_report_does() -> None:
    # Read once, "at least" is a short line ended by hand; a second pass over the joined
    # text would find the paragraph wider and join it to the figure as well.
    text = "The regional authorities said on Tuesday evening that\nat least\n12 people had died."
    assert soften_line_breaks(soften_line_breaks(text)) != soften_line_breaks(text)
    found = [(q.text, q.qualifier) for q in crosscheck.find_quantities(text, "en")]
    rep = crosscheck.report([crosscheck.Article(id="a", text=text, language="en")])
    claims = [(c.text, c.qualifier) for c in rep.claims if c.kind == "quantity"]
    assert found == claims == [("12 people", "exact")]


# Spaces, tabs and line breaks of every kind around letters, digits and commas:
# where a break may be soft, and where it may not ("\r", a no-break space).
_BREAK_ALPHABET = [" ", "\t", "\n", "\r", "\u00a0", "\u2028", "\x0b", "a", "Z", "1", ",", "é"]


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(_BREAK_ALPHABET), max_size=24).map("".join))
def test_breaks_are_found_as_the_soft_break_pattern_finds_them(text: str) -> None:
    # soften_line_breaks skips to the line breaks (_soft_break_spans) rather than try
    # the pattern, which opens with a look-behind, at every character: same spans.
    expected = [(m.start(), m.start(1), m.end()) for m in _SOFT_BREAK.finditer(text)]
    assert _soft_break_spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "At least\n12 people died",
        "Mindestens  \t\n  12 Menschen starben",
        "au moins\n\n12 morts",
        "pelo menos     \n18 mortos",
        "co najmniej\n     12 osób",
        "\nal menos\n12\n muertos\n",
    ],
)
def test_the_break_spans_of_wrapped_sentences(text: str) -> None:
    expected = [(m.start(), m.start(1), m.end()) for m in _SOFT_BREAK.finditer(text)]
    assert _soft_break_spans(text) == expected
