"""``PhraseSet.match_before`` in a long text by the sizes of the phrases.

For a set whose phrases hold no "*", a phrase of n tokens can end with the text's
token k only if it opens with token k - n + 1: only those tokens are tried, rather
than every token of the window that opens a phrase (``_Buckets.sizes``). The
matches must be what they were, byte for byte: those of the whole alternation
tried at every admitted token of the window (``reference_match_before``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import _phrases
from crosscheck._fold import fold
from crosscheck._phrases import PhraseSet

from .test_phrases import reference_match_before

# Bounds written before a figure, in six languages, none ending in "*": several share
# their last word ("than", "als", "de", "чем"), and some open with a word that is
# also another phrase's ("a", "plus", "más").
BOUNDS = {
    "over": ["more than", "a little more than", "well over", "over", "just over"],
    "under": ["less than", "a bit less than", "under"],
    "approx": ["about", "some", "roughly", "close to"],
    "fr_over": ["plus de", "un peu plus de", "bien plus de"],
    "fr_approx": ["environ", "près de", "à peu près"],
    "de_over": ["mehr als", "etwas mehr als", "über"],
    "es_over": ["más de", "algo más de", "poco más de"],
    "ru_over": ["более", "более чем", "чуть более чем"],
    "it_approx": ["circa", "quasi", "all'incirca"],
    "neg": ["didn't exceed", "no more than"],
}

# Sentences of our own, with figures after the bounds above (and near misses: "more"
# alone, "the than", a bound glued into a longer word).
SENTENCES = [
    "Rescuers said a little more than 40 people were missing after the storm.",
    "Officials counted well over 300 homes damaged, and just over 20 destroyed.",
    "Turnout didn't exceed 45 percent, and no more than 12 polling stations opened.",
    "Il y a un peu plus de 200 blessés, et bien plus de 30 morts selon la mairie.",
    "Environ 15 villages, à peu près 900 habitants, près de 4 000 hectares brûlés.",
    "Die Feuerwehr meldete etwas mehr als 80 Verletzte und über 12 Tote.",
    "Algo más de 70 familias y poco más de 300 vecinos fueron evacuados.",
    "Спасатели нашли чуть более чем 50 человек, более 10 из них ранены.",
    "Sono circa 60 i dispersi, quasi 200 gli sfollati, all'incirca 30 feriti.",
    "The moreover 5 and the than 7 stay unbounded, as does overall 9.",
]


def _long(text: str) -> str:
    """``text`` after enough other sentences to be read as a document."""
    filler = "Nothing is counted here, said the spokesman of the town. " * 10
    long_text = filler + text
    assert len(long_text) >= _phrases._TABLE_CHARS
    return long_text


def test_sizes_are_the_token_counts_of_the_phrases_largest_first() -> None:
    ps = PhraseSet({"over": ["more than", "a little more than", "over", "didn't exceed"]})
    ps.match_before("x", 1)  # ready
    # "didn't exceed" is four tokens ("didn", "'", "t", "exceed"), as is "a little more than"
    assert ps._folded_buckets.sizes == (4, 2, 1)


def test_a_phrase_ending_in_a_star_leaves_the_sizes_unknown() -> None:
    ps = PhraseSet({"dead": ["killed", "died in*"]})
    ps.match_before("x", 1)
    assert ps._folded_buckets.sizes is None  # "in*" may take any word after "in"


@pytest.mark.parametrize("sentence", SENTENCES)
def test_match_before_in_a_document_is_the_whole_alternation(sentence: str) -> None:
    ps = PhraseSet(BOUNDS)
    folded = fold(_long(sentence))
    for end in range(len(folded) - len(sentence), len(folded) + 1):
        for window in (12, 24, 60):
            assert ps.match_before(folded, end, window) == reference_match_before(
                ps, folded, end, window
            )


@pytest.mark.parametrize(
    ("sentence", "figure", "phrase"),
    [
        # the phrase that opens earliest wins, though a shorter one ends there too
        ("Rescuers said a little more than 40 people", "40", "a little more than"),
        ("Il y a un peu plus de 200 blessés", "200", "un peu plus de"),
        ("Die Feuerwehr meldete etwas mehr als 80 Verletzte", "80", "etwas mehr als"),
        ("Algo más de 70 familias", "70", "algo mas de"),
        ("Спасатели нашли чуть более чем 50 человек", "50", "чуть более чем"),
        ("quasi 200 gli sfollati, all'incirca 30 feriti", "30", "all'incirca"),
        ("Turnout didn't exceed 45 percent", "45", "didn't exceed"),
    ],
)
def test_the_longest_bound_before_a_figure_is_found(
    sentence: str, figure: str, phrase: str
) -> None:
    ps = PhraseSet(BOUNDS)
    text = _long(sentence)
    folded = fold(text)
    m = ps.match_before(folded, folded.rindex(" " + figure + " ") + 1)
    assert m is not None
    assert folded[m.start : m.end] == phrase


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The moreover 5 stays unbounded", "5"),  # "over" inside a word
        ("and the than 7 stays unbounded", "7"),  # no phrase is "the than"
        ("as does overall 9 here", "9"),
        ("les surplus de 8 tonnes", "8"),  # "plus de" inside "surplus de"
        ("das Haus stand leer als 6 andere brannten", "6"),  # "als" ends a bound, "leer als" none
    ],
)
def test_a_bound_inside_a_longer_word_is_none(sentence: str, figure: str) -> None:
    ps = PhraseSet(BOUNDS)
    folded = fold(_long(sentence))
    end = folded.rindex(figure)
    assert ps.match_before(folded, end) is None
    assert reference_match_before(ps, folded, end, 60) is None


# Phrases of one to three words without "*", of letters, digits and punctuation.
WORDS = ["a", "ab", "b", "de", "5", "50", "km", "-", ".", "'", "than", "plus"]
PHRASE = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
PHRASES = st.dictionaries(
    st.sampled_from(["x", "y", "z"]),
    st.lists(st.one_of(PHRASE, PHRASE.map(lambda p: p.replace(" ", ""))), min_size=1, max_size=6),
    min_size=1,
    max_size=3,
)
TEXT = st.lists(
    st.sampled_from([*WORDS, "abc", "plusde", " ", "  ", "\n", "5km", "x", "b'a"]), max_size=16
).map(lambda parts: "".join(p if i % 2 else p + " " for i, p in enumerate(parts)))


@settings(max_examples=300, deadline=None)
@given(PHRASES, TEXT, st.sampled_from([3, 12, 60]))
def test_match_before_by_sizes_is_the_whole_alternation(
    phrases: dict[str, list[str]], text: str, window: int
) -> None:
    ps = PhraseSet(phrases)
    folded = ("5 abc, " * 80 + text).lower()
    for end in range(len(folded) - len(text) - 4, len(folded) + 1):
        assert ps.match_before(folded, end, window) == reference_match_before(
            ps, folded, end, window
        )


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers said more than 40 people were missing.",
        "Il y a plus de 200 blessés selon la mairie.",
        "Die Feuerwehr meldete mehr als 80 Verletzte.",
        "Más de 70 familias fueron evacuadas.",
        "Спасатели нашли более 50 человек.",
    ],
)
def test_a_document_asked_twice_gets_its_token_table(sentence: str) -> None:
    # every news article is asked dozens of times (the fewest of the 200 newsbatch
    # articles 13), so the table is built at the second question, not the sixteenth
    ps = PhraseSet(BOUNDS)
    text = _long(sentence) + " " + sentence.upper()  # a text of its own in this test
    folded = fold(text)
    at = folded.index(fold(sentence)) + 1
    ps.match_at(folded, at, text)
    assert folded not in _phrases._TABLES  # a text asked once gets none (must not)
    before = ps.match_at(folded, at, text)
    assert folded in _phrases._TABLES
    assert ps.match_at(folded, at, text) == before  # read from the table, the same
