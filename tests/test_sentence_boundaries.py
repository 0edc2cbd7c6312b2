"""The sentence-end pattern opens with the mark it consumes, its look-behinds read back
over the mark: the regex engine then tries it only where a mark or a line break stands.
It must find exactly what the pattern as first written (look-behinds before the mark)
finds. The sentences are our own."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract._sentences import _BOUNDARY, split_sentences

# The same boundaries as first written, the look-behinds before the mark: what
# _BOUNDARY must find.
_BOUNDARY_AS_WRITTEN = re.compile(
    r"(?<![A-Z][.])(?<!\b[A-Z])[.!?\u2026\u061f][\"'\u201d\u2019\u00bb)]?(?=\s+[\"'\u201c\u201e\u00ab(]?[^\W_a-z])"
    r"|\n"
)

# Marks, capitals (an initial: "U.S."), quotes, spaces and line breaks: where a
# sentence may end and where it may not.
_ALPHABET = [" ", "\n", ".", "!", "?", "\u2026", "\u061f", "A", "Z", "a", "1", '"', "\u201d"]
_ALPHABET += ["\u00ab", "(", ")", "_", "\u00e9", "\u00c9", "\u0645", "\u041f"]


def _spans(pattern: object, text: str) -> list[tuple[int, int]]:
    assert pattern is _BOUNDARY or pattern is _BOUNDARY_AS_WRITTEN
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=20).map("".join))
def test_the_boundaries_are_those_of_the_pattern_as_written(text: str) -> None:
    assert _spans(_BOUNDARY, text) == _spans(_BOUNDARY_AS_WRITTEN, text)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The U.S. Army said 12 died. Rescuers dug on.", 2),
        ("Die Polizei meldete 12 Tote! Weitere werden vermisst.", 2),
        ("Selon la préfecture, 12 morts… Le bilan va s'alourdir.", 2),
        ("Ministerul a anunțat 12 morți? Nu. E. Popescu a negat.", 3),
        ("قال المتحدث إن 12 شخصا قتلوا؟ وأضاف أن البحث مستمر.", 2),
        ("Погибли 12 человек.\nСпасатели работают.", 2),
    ],
)
def test_sentences_end_at_marks_and_line_breaks(text: str, sentences: int) -> None:
    assert _spans(_BOUNDARY, text) == _spans(_BOUNDARY_AS_WRITTEN, text)
    assert len(split_sentences(text)) == sentences
