"""The scanning patterns that open with the character they consume (so that a
search skips to where that character stands) find exactly what their plain
form, which opens with a look-behind, finds."""

from __future__ import annotations

import re
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract._numerals import _DIGITS, _Fig, _outside_figures, _with_figures
from crosscheck.extract._quantities import _NUMERIC_DATE, _PHONE

# The plain forms: a look-behind, then the alternatives as one reads them.
PLAIN_DIGITS = re.compile(
    r"(?<![0-9])(?:[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3}(?![0-9]))+(?:[.,][0-9]+)?"
    r"|[0-9]{1,3}(?:'[0-9]{3}(?![0-9]))+(?:[.,][0-9]+)?"
    r"|[0-9]+(?:[.,][0-9]+)*"
    r"|[.,][0-9]+)"
)
PLAIN_NUMERIC_DATE = re.compile(
    r"(?<![0-9.,])(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}"
    r"|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)(?![0-9])"
)
PLAIN_PHONE = re.compile(
    r"(?<![0-9.,])(?:\+[0-9]{1,3}[ .-]?[0-9]{1,4}|0[0-9]{1,4})(?:[ ./-][0-9]{2,4}){2,5}(?![0-9])"
    r"|(?<![0-9.,])0[0-9]{2,4}[ ./-][0-9]{3,4}(?![0-9.,])"
)

TEXT = st.text(alphabet="0123456789.,':/-+ \u00a0\nab", max_size=40)


@settings(max_examples=2000, deadline=None)
@given(TEXT)
def test_patterns_find_what_their_plain_forms_find(text: str) -> None:
    for fast, plain in (
        (_DIGITS, PLAIN_DIGITS),
        (_NUMERIC_DATE, PLAIN_NUMERIC_DATE),
        (_PHONE, PLAIN_PHONE),
    ):
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], (plain.pattern, text)


def test_examples() -> None:
    text = "On 15.08.2022 at 09:13, call 0721 456 789: 1 250 000,5 and 146'000 or .08 (x3,5)"
    assert [m.group() for m in _NUMERIC_DATE.finditer(text)] == ["15.08.2022", "09:13"]
    assert [m.group() for m in _PHONE.finditer(text)] == ["0721 456 789"]
    assert [m.group() for m in _DIGITS.finditer(text)] == [
        "15.08.2022",
        "09",
        "13",
        "0721",
        "456 789",
        "1 250 000,5",
        "146'000",
        ".08",
        "3,5",
    ]


_Word = tuple[int, int, str]


def _reference_outside(words: list[_Word], figs: list[_Fig]) -> list[_Word]:
    """The word-by-word form: a word is left out when it overlaps the first
    figure that ends after it starts."""
    kept: list[_Word] = []
    k = 0
    for start, end, word in words:
        while k < len(figs) and figs[k].end <= start:
            k += 1
        if k < len(figs) and figs[k].start < end and start < figs[k].end:
            continue
        kept.append((start, end, word))
    return kept


SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=12)


@settings(max_examples=1000, deadline=None)
@given(SPANS, SPANS)
def test_words_outside_figures_are_those_the_word_by_word_scan_keeps(
    word_spans: list[tuple[int, int]], fig_spans: list[tuple[int, int]]
) -> None:
    words = [(s, s + n, f"w{s}") for s, n in sorted(word_spans)]
    figs = [_Fig(s, s + n, Fraction(1), 1, "1", False) for s, n in sorted(fig_spans)]
    starts, ends, kept = _outside_figures(
        [w[0] for w in words], [w[1] for w in words], [w[2] for w in words], figs
    )
    assert list(zip(starts, ends, kept, strict=True)) == _reference_outside(words, figs)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.integers(0, 300), max_size=60),
    st.lists(st.integers(0, 300), max_size=80),
)
def test_figures_go_among_the_words_as_a_stable_sort_by_start_puts_them(
    word_starts: list[int], fig_starts: list[int]
) -> None:
    # Few figures are inserted one by one, many merged with the words in one pass
    # (_FEW_FIGURES); either way the tokens are the words and figures sorted by
    # start, a figure after a word that starts where it does.
    starts = sorted(word_starts)
    words = [f"w{i}" for i in range(len(starts))]
    ends = [s + 1 for s in starts]
    figs = [_Fig(s, s + 1, Fraction(i), 1, str(i), False) for i, s in enumerate(sorted(fig_starts))]
    want = sorted(
        [
            *((s, e, w, None) for s, e, w in zip(starts, ends, words, strict=True)),
            *((f.start, f.end, "", f) for f in figs),
        ],
        key=lambda t: t[0],
    )
    toks = _with_figures(starts, ends, words, figs)
    assert list(zip(*toks, strict=True)) == want
    assert (starts, words) == (sorted(word_starts), [f"w{i}" for i in range(len(starts))])
