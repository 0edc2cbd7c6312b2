"""find_quotes and quote_similarity: the API contract, quote-mark pairing, and
hostile input (floods of marks, unbalanced and nested quotes)."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import Article, UnsupportedLanguageError
from crosscheck.claims._build import extract_claims
from crosscheck.extract._quotes import (
    QUOTE_MATCH_THRESHOLD,
    QuoteMention,
    find_quotes,
    quote_similarity,
)

# --- the contract ---------------------------------------------------------------


def _check_contract(text: str, quotes: list[QuoteMention]) -> None:
    starts = [q.start for q in quotes]
    assert starts == sorted(starts)
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.text
        assert q.text == q.text.strip()
        assert q.depth >= 0
        if q.speaker is None:
            assert q.speaker_start is None
            assert q.speaker_end is None
        else:
            assert q.speaker_start is not None
            assert q.speaker_end is not None
            assert text[q.speaker_start : q.speaker_end] == q.speaker
        assert q.outlet == (q.chain[0] if q.chain else None)
        assert q.scare == (len(q.text.split()) <= 2)


def test_mention_is_frozen_and_hashable() -> None:
    q = find_quotes("„Vom câștiga”, a spus Zelenski.", "ro")[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.text = "x"  # type: ignore[misc]
    assert hash(q) == hash(attrs.evolve(q))


def test_fields() -> None:
    text = "„Vom câștiga războiul”, a spus Zelenski, potrivit agenției Reuters."
    (q,) = find_quotes(text, "ro")
    assert (q.text, q.speaker, q.cue, q.outlet, q.chain) == (
        "Vom câștiga războiul",
        "Zelenski",
        "a spus",
        "agenției Reuters",
        ("agenției Reuters",),
    )
    assert (q.scare, q.closed, q.depth, q.speaker_resolved, q.speaker_mention) == (
        False,
        True,
        0,
        False,
        None,
    )
    _check_contract(text, [q])


def test_unknown_language_is_refused() -> None:
    with pytest.raises(UnsupportedLanguageError):
        find_quotes("“Yes,” he said.", "xx")


def test_no_quotes() -> None:
    assert find_quotes("", "en") == []
    assert find_quotes("The minister resigned on Friday.", "en") == []


# --- marks ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "quoted"),
    [
        ("Ea a spus: „Da”.", "ro", ["Da"]),
        ("He said “yes” twice.", "en", ["yes"]),
        ('He said "yes" twice.', "en", ["yes"]),
        ("Il a dit « oui » deux fois.", "fr", ["oui"]),
        ("Er sagte „ja“ zweimal.", "de", ["ja"]),
        ("Er sagte »ja« zweimal.", "de", ["ja"]),
        ("Er sagte ‚ja‘ zweimal.", "de", ["ja"]),
        ("He said ‘yes’ twice.", "en", ["yes"]),
        (
            'A "susține neclintit" "politicile" Kremlinului.',
            "ro",
            ["susține neclintit", "politicile"],
        ),
    ],
)
def test_mark_styles(text: str, language: str, quoted: list[str]) -> None:
    quotes = find_quotes(text, language)
    assert [q.text for q in quotes] == quoted
    _check_contract(text, quotes)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L’amicizia e l'alleanza dell’Italia.", "it"),
        ("Russia’s army and the soldiers' families don't agree.", "en"),
        ("Het CBS publiceerde 's ochtends de cijfers.", "nl"),
        ("He is 6' tall.", "en"),
    ],
)
def test_apostrophes_are_not_quotes(text: str, language: str) -> None:
    assert find_quotes(text, language) == []


def test_nested_quotes_have_depth() -> None:
    text = "„Am auzit «fugiți!» și am fugit”, a spus ea."
    outer, inner = find_quotes(text, "ro")
    assert (outer.text, outer.depth, inner.text, inner.depth) == (
        "Am auzit «fugiți!» și am fugit",
        0,
        "fugiți!",
        1,
    )
    assert inner.speaker is None


def test_quote_spans_sentences() -> None:
    text = "„Am pierdut. Nu vom uita.”, a spus generalul."
    (q,) = find_quotes(text, "ro")
    assert q.text == "Am pierdut. Nu vom uita."
    assert q.speaker == "generalul"


def test_unclosed_quote_stops_at_the_paragraph_end() -> None:
    text = (
        "Primarul a declarat: „Apa revine până diseară\n\nAlt paragraf, „fără legătură” cu citatul."
    )
    first, second = find_quotes(text, "ro")
    assert first.text == "Apa revine până diseară"
    assert not first.closed
    assert second.text == "fără legătură"
    assert second.closed


def test_unclosed_quote_stops_at_the_line_end() -> None:
    text = "He said: “We will\ncome back” later.\nNext line."
    quotes = find_quotes(text, "en")
    assert [q.text for q in quotes] == ["We will\ncome back"]
    text = "He said: “We will come back\nNext line has no quote."
    (q,) = find_quotes(text, "en")
    assert q.text == "We will come back"
    assert not q.closed


def test_unclosed_single_mark_is_dropped() -> None:
    assert find_quotes("The ‘80s were different.", "en") == []


def test_closing_mark_without_opener_is_ignored() -> None:
    assert find_quotes("Prețul a crescut” iar apoi a scăzut.", "ro") == []


# --- hostile input ----------------------------------------------------------------

# Timings for these floods live in benchmarks/hostile.py (no test reads the clock).
_FLOOD = 50_000


@pytest.mark.parametrize(
    "unit",
    ["„", "“", '"', "«", "»", "‘", "’", "”", "„a ", "“a” ", "„a\n", "l'a ", "„Nu”, a spus Ion. "],
)
def test_floods_of_marks_keep_the_contract(unit: str) -> None:
    big = unit * (_FLOOD // len(unit))
    quotes = find_quotes(big, "ro")
    _check_contract(big, quotes)
    assert sum(len(q.text) for q in quotes) <= 2 * len(big)  # nothing quadratic in the output


def test_hundred_thousand_opening_marks() -> None:
    text = "„" * 100_000
    assert find_quotes(text, "ro") == []
    text = "„" * 100_000 + "cuvânt"
    (q,) = find_quotes(text, "ro")
    assert q.text == "cuvânt"
    assert not q.closed


def test_opening_marks_then_a_quote() -> None:
    text = "„" * 1_000 + " Apoi: „Da”, a spus Ion."
    quotes = find_quotes(text, "ro")
    assert any(q.text == "Da" for q in quotes)
    _check_contract(text, quotes)


_MARKS = "„“”«»‘’\"'‚"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*_MARKS, *"ab ,.:\nA", "a spus ", "said ", "Ion "]), max_size=60).map(
        "".join
    )
)
def test_any_text_keeps_the_contract(text: str) -> None:
    _check_contract(text, find_quotes(text, "ro"))
    _check_contract(text, find_quotes(text, "en"))


# --- similarity -------------------------------------------------------------------


def test_similarity_basics() -> None:
    a = "clar prietenia invincibilă și fraternitatea militantă"
    assert quote_similarity(a, a) == 100.0
    assert quote_similarity(a, "") == 0.0
    assert quote_similarity("", "") == 0.0
    assert 0.0 <= quote_similarity(a, "the budget will pass next week") < 20


def test_similarity_sees_cognates_across_languages() -> None:
    pairs = [
        (
            "ha dimostrato chiaramente l’amicizia invincibile e la fraternità militante",
            "a demonstrat clar prietenia invincibilă și fraternitatea militantă",
        ),
        ("la situation humanitaire est catastrophique", "la situación humanitaria es catastrófica"),
        ("Die humanitäre Lage ist katastrophal", "the humanitarian situation is catastrophic"),
    ]
    for a, b in pairs:
        assert quote_similarity(a, b) >= QUOTE_MATCH_THRESHOLD, (a, b)


def test_similarity_of_unrelated_quotes_is_low() -> None:
    assert (
        quote_similarity(
            "la situation humanitaire est catastrophique", "nous ne céderons pas au chantage"
        )
        < QUOTE_MATCH_THRESHOLD
    )
    assert (
        quote_similarity(
            "the humanitarian situation is catastrophic", "the budget will pass next week"
        )
        < QUOTE_MATCH_THRESHOLD
    )


def test_fragment_inside_a_longer_quote() -> None:
    whole = (
        "Intrarea eroică a soldaților în luptele pentru eliberarea regiunii au dovedit clar "
        "prietenia invincibilă și fraternitatea militantă dintre cele două țări"
    )
    assert (
        quote_similarity(whole, "l’amicizia invincibile e la fraternità militante")
        >= QUOTE_MATCH_THRESHOLD
    )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_similarity_is_symmetric_and_bounded(a: str, b: str) -> None:
    s = quote_similarity(a, b)
    assert 0.0 <= s <= 100.0
    assert s == quote_similarity(b, a)


def test_similarity_of_long_quotes_is_a_score() -> None:
    # Its time on long quotes is printed by benchmarks/hostile.py.
    a = "cuvânt lung important " * 5_000
    b = "parola lunga importante " * 5_000
    assert 0.0 <= quote_similarity(a, b) < 100.0


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ro",
            "Primarul a spus: „Vom reconstrui totul. Nu ne oprim aici. Promitem.” Apoi a plecat.",
        ),
        ("en", 'The mayor said: "We will rebuild. We will not stop here. We promise." He left.'),
        (
            "fr",
            "Le maire a déclaré : « Nous reconstruirons. Nous ne cesserons pas. » Il est parti.",
        ),
        (
            "it",
            "Il sindaco ha detto: «Ricostruiremo tutto. Non ci fermeremo qui.» Poi è andato via.",
        ),
        (
            "en",
            'The mayor said: "We will rebuild. We will never stop. We promise this\nNext line.',
        ),
    ],
)
def test_a_quote_of_several_sentences_keeps_them_in_its_claim(language: str, text: str) -> None:
    """The claim's sentence holds the whole quote, closed or not (a fuzzing find)."""
    quotes = [
        c
        for c in extract_claims(Article(id="a", text=text, language=language))
        if c.kind == "quote"
    ]
    assert quotes
    for claim in quotes:
        offset = claim.start - claim.sentence_start
        assert claim.sentence[offset : offset + len(claim.text)] == claim.text
        assert (
            text[claim.sentence_start : claim.sentence_start + len(claim.sentence)]
            == claim.sentence
        )
