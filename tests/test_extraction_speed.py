"""Shortcuts taken for speed (issue 10) find exactly what the longer way finds.

Each saving in ``find_quantities`` skips work whose answer is already known; these
tests compare the short way with the long one it replaces, on sentences in several
languages (written for these tests) and on random strings, and check that the
readings the rules give stay as they were.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import crosscheck
from crosscheck._fold import fold
from crosscheck._phrases import distinct_tokens
from crosscheck.extract._quantities import (
    _articles_before_nouns,
    _listed_words_in,
    _skip_spaces,
    _unit_match,
    _whole_words,
)
from crosscheck.lang import get_language

# Arabic letters and a haraka (a combining mark, which splits a run of letters)
_ARABIC = "\u064f\u0642\u062a\u064a\u0644\u0627\u0646"

# Listed words of every shape the data holds: runs of letters, one that is no run
# ("un'"), a hyphenated one, and words of other scripts.
_WORDS = frozenset(
    {"ninefold", "neunmal", "un'", "dix-sept", "вдвое", "втричі", "قتيلان", "dwukrotnie", "a"}
)

_SENTENCES = [
    "Prices rose ninefold, not ninefolds, and a tenfold rise was feared.",  # en
    "Die Zahl stieg neunmal höher; Neunmal steht am Satzanfang.",  # de
    "Il en reste un' et dix-sept, ou dix sept.",  # fr: "un'" and the hyphen are no run
    "Цены выросли вдвое, а не вдвоем.",  # ru
    "Ціни зросли втричі.",  # uk
    "وقُتل قتيلان في الحادث، وجُرح آخرون.",  # ar, with a haraka inside a word
    "Norma została dwukrotnie przekroczona.",  # pl
    "Nada aquí: 5 personas, sin factor alguno.",  # es: none of the words
    "",
]


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]  # type: ignore[attr-defined]


def test_listed_words_are_found_where_the_whole_text_scan_finds_them() -> None:
    for sentence in _SENTENCES:
        folded = fold(sentence)
        assert _spans(_listed_words_in(_WORDS, folded)) == _spans(
            _whole_words(_WORDS).finditer(folded)
        ), sentence


def test_a_text_with_none_of_the_words_is_not_scanned() -> None:
    folded = fold("Nada aquí: 5 personas, sin factor alguno.")
    assert frozenset({"ninefold", "neunmal"}).isdisjoint(distinct_tokens(folded))
    assert list(_listed_words_in(frozenset({"ninefold", "neunmal"}), folded)) == []
    # must not: a word that is only part of a run ("ninefolds") is no listed word
    folded = fold("Costs were ninefolds higher.")
    assert list(_listed_words_in(frozenset({"ninefold"}), folded)) == []


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("aefilnodmw' -,.5" + _ARABIC)),
        max_size=40,
    )
)
def test_listed_words_match_the_scan_on_random_text(text: str) -> None:
    words = frozenset({"ninefold", "fold", "a", "nine", "قتيلان", "un'"})
    folded = fold(text)
    assert _spans(_listed_words_in(words, folded)) == _spans(_whole_words(words).finditer(folded))


def test_factor_words_keep_their_reading() -> None:
    cases = [
        ("en", "Exports grew ninefold last year.", 9),
        ("de", "Die Kosten sind neunmal höher als geplant.", 9),
        ("ru", "Цены выросли вдвое за год.", 2),
        ("uk", "Ціни зросли втричі за рік.", 3),
        ("pl", "Norma została pięciokrotnie przekroczona.", 5),
    ]
    for lang, text, factor in cases:
        found = [q for q in crosscheck.find_quantities(text, lang) if q.unit == "times"]
        assert [q.low for q in found] == [factor], (lang, text)
    # must not: a text without a factor word gets no factor
    for lang, text in (
        ("en", "Exports grew by 9 percent."),
        ("de", "Die Kosten stiegen um 9 Prozent."),
        ("fr", "Les coûts ont augmenté de 9 %."),
    ):
        assert not [q for q in crosscheck.find_quantities(text, lang) if q.unit == "times"]


def _articles_scanned_one_by_one(text: str, lang_code: str) -> list[tuple[int, int, str, str]]:
    """What _ones and _one_of_a_status each read before: every article, then the unit
    phrase after it."""
    lang = get_language(lang_code)
    folded = fold(text)
    out = []
    for word in _whole_words(frozenset(lang.articles)).finditer(folded):
        p = _skip_spaces(folded, word.end())
        m = _unit_match(lang.units, text, folded, p) if p > word.end() else None
        if m is not None:
            out.append((word.start(), word.end(), word.group(), m.label))
    return out


_ARTICLE_SENTENCES = [
    ("es", "Hubo un muerto en la provincia y una casa destruida, dijo un vecino."),
    ("de", "Es gab einen Toten und zwei Verletzte; ein Sprecher nannte keine Zahl."),
    ("fr", "Une personne a été tuée et un blessé a été transporté à l'hôpital."),
    ("it", "Ci sono 3 morti e un ferito, ha detto un testimone."),
    ("en", "There were 3 dead and one injured, a spokesman said."),
    ("nl", "Er vielen 2 doden en een gewonde, zei een woordvoerder."),
    ("en", "No article here: 5 people."),
]


def test_the_articles_before_a_noun_are_found_once_as_one_by_one() -> None:
    for lang_code, text in _ARTICLE_SENTENCES:
        lang = get_language(lang_code)
        got = [
            (start, end, article, m.label)
            for start, end, article, m in _articles_before_nouns(text, fold(text), lang)
        ]
        assert got == _articles_scanned_one_by_one(text, lang_code), (lang_code, text)


def test_an_article_before_a_status_still_counts_one() -> None:
    cases = [
        ("es", "Hubo un muerto en la provincia.", "killed"),
        ("de", "Es gab einen Toten in der Stadt.", "killed"),
        ("fr", "Une personne a été tuée hier soir.", "killed"),
        ("it", "Ci sono 3 morti e un ferito.", "injured"),
        ("nl", "Er vielen 2 doden en een gewonde.", "injured"),
    ]
    for lang, text, unit in cases:
        ones = [q for q in crosscheck.find_quantities(text, lang) if q.low == 1]
        assert [q.unit for q in ones] == [unit], (lang, text)
    # must not: an article before a person who only speaks counts no one
    for lang, text in (
        ("en", "A soldier said the road was closed."),
        ("fr", "Une personne a déclaré que tout allait bien."),
        ("de", "Eine Person sagte, es sei ruhig."),
    ):
        assert crosscheck.find_quantities(text, lang) == [], (lang, text)
