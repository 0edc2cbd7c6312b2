"""Names beside a figure: the named thing its words pick out ("the Tașaul reservoir").

A figure's unit alone often says little of what it measures: a story of a drought gives
many percents (a reservoir's level, a harvest's drop) and many counts of people. The
words beside a figure may name the one thing it is of; two reports naming it beside
their figures give that thing's figure twice (``align._quantity.shared_name``).

A name here is a capitalised word the language's own vocabulary does not hold (its
months, units, source nouns: :func:`own_words`) and the data does not read as a place, a
people or an entity (those are the figures' ``place``, ``subject`` and ``entities``
frames). The story's own names, those its article's headline gives ("Bufera sul
Brennero", "Katastrofa ekologiczna na Dniestrze"), stand beside many of its figures and
pick none out: they are left out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .._fold import fold
from ..lang import available_languages, get_language
from ..lang._places import frame_words, name_key

# How many words either side of a figure may name what it is of (the aligner's context
# window is as wide: align._rules.CONTEXT_WINDOW_WORDS).
NAME_WINDOW_WORDS = 8

# A name is compared by its first letters: names inflect ("Tașaul", "Tașaului") and
# differ by a letter across languages ("Dniester", "Dniestr"); a shorter one is whole.
NAME_STEM_LETTERS = 5

# The shortest word read as a name: shorter capitalised words are articles and
# prepositions opening a clause ("La", "El", "De").
NAME_MIN_LETTERS = 3

_WORD = re.compile(r"[^\W\d_][^\W_]*")
_TOKEN = re.compile(r"\S+")


@functools.lru_cache(maxsize=64)
def name_prepositions(code: str) -> frozenset[str]:
    """The one-word place prepositions of a language ("in", "bei")."""
    section = get_language(code).raw.get("frames", {})
    return frozenset(
        fold(str(p)) for p in section.get("place_prepositions", []) if len(str(p).split()) == 1
    )


def _vocabulary(value: object) -> Iterator[str]:
    """Every word of the phrase lists in a language file's section, however nested."""
    if isinstance(value, str):
        yield from value.replace("*", " ").split()
    elif isinstance(value, list):
        for item in value:
            yield from _vocabulary(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _vocabulary(item)


@functools.lru_cache(maxsize=64)
def own_words(code: str) -> frozenset[str]:
    """Words a language capitalises that name no story: its own vocabulary.

    Months, weekdays, seasons, stopwords, and every word of the language
    file's phrase lists but its place and country names (``[entities]``):
    units ("Menschen"), verbs, event words, source role nouns, wires,
    outlets and the spellings of known sources. "Ministerio del Interior",
    "Protezione Civile", "Red Cross" speak of every disaster; two reports
    citing them are not one story for that.
    """
    lang = get_language(code)
    words = {*lang.months, *lang.weekdays, *lang.seasons, *lang.stopwords, *lang.function_words}
    for section, value in lang.raw.items():
        if section != "entities":  # place and country names: what stories are about
            words.update(_vocabulary(value))
    return frozenset(fold(str(w)) for w in words)


def name_stem(word: str) -> str:
    """What a name is compared by: its first :data:`NAME_STEM_LETTERS` letters, folded."""
    return fold(word)[:NAME_STEM_LETTERS]


def headline_stems(text: str) -> frozenset[str]:
    """The stems of every capitalised word of a headline (its names, and more)."""
    return frozenset(
        name_stem(m.group())
        for m in _WORD.finditer(text)
        if m.group()[0].isupper() and len(m.group()) >= NAME_MIN_LETTERS
    )


def names_near(
    sentence: str,
    at: int,
    end: int,
    source: tuple[int, int],
    code: str,
    story_names: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """The names in the :data:`NAME_WINDOW_WORDS` words either side of the figure at
    ``sentence[at:end]``, as written, in the order the sentence gives them: a run of
    capitalised words one space apart ("Partido Verde") is one name, of its words that
    are names.

    Not a name: the sentence's first word, an all-capitals word (a dateline, an
    acronym), a word inside ``source`` (the span crediting the figure's source:
    "Palermo's health authority" names who says, not what is counted), a word of the
    language's own (:func:`own_words`), a place, people or entity the data holds, a
    run right after a place preposition ("in Soroca": a town the data lacks, from which
    a story measures many distances), nor one whose stem is in ``story_names`` (the
    article's headline: :func:`headline_stems`).
    """
    if code not in available_languages():
        return ()
    return _names_near(sentence, at, end, source, code, story_names)


@functools.lru_cache(maxsize=16384)
def _names_near(
    sentence: str,
    at: int,
    end: int,
    source: tuple[int, int],
    code: str,
    story_names: frozenset[str],
) -> tuple[str, ...]:
    before = list(_TOKEN.finditer(sentence, 0, at))[-NAME_WINDOW_WORDS:]
    after = list(_TOKEN.finditer(sentence, end))[:NAME_WINDOW_WORDS]
    lo = before[0].start() if before else at
    hi = after[-1].end() if after else end
    fw = frame_words(code)
    taken = _known_spans(sentence, code)
    own, prepositions = own_words(code), name_prepositions(code)

    def kept(i: int, m: re.Match[str]) -> bool:
        word = m.group()
        return not (
            i == 0
            or not lo <= m.start() < hi
            or at <= m.start() < end
            or source[0] <= m.start() < source[1]
            or len(word) < NAME_MIN_LETTERS
            or word.isupper()
            or fold(word) in own
            or name_key(word) in fw.keys
            or name_stem(word) in story_names
            or any(s <= m.start() < e for s, e in taken)
        )

    found: list[str] = []
    for run, before_run in _capitalised_runs(sentence):
        if fold(before_run) in prepositions:
            continue  # "in Soroca", "a Vipiteno": a town the data lacks
        name = " ".join(m.group() for i, m in run if kept(i, m))
        if name and name not in found:
            found.append(name)
    return tuple(found)


def _capitalised_runs(
    sentence: str,
) -> Iterator[tuple[list[tuple[int, re.Match[str]]], str]]:
    """The runs of capitalised words one space apart ("Partido Verde", "The Tasaul"),
    each word with its index in the sentence, and the word before each run."""
    run: list[tuple[int, re.Match[str]]] = []
    before_run = previous = ""
    for i, m in enumerate(_WORD.finditer(sentence)):
        joined = bool(run) and sentence[run[-1][1].end() : m.start()] == " "
        if m.group()[0].isupper():
            if run and not joined:
                yield run, before_run
                run = []
            if not run:
                before_run = previous
            run.append((i, m))
        elif run:
            yield run, before_run
            run = []
        previous = m.group()
    if run:
        yield run, before_run


@functools.lru_cache(maxsize=4096)
def _known_spans(sentence: str, code: str) -> tuple[tuple[int, int], ...]:
    """The spans of the places, peoples and entities the data holds in a sentence (one
    search for all of its figures)."""
    folded = fold(sentence)
    found = (
        *frame_words(code).places(sentence, folded),
        *get_language(code).entities.find(sentence, folded),
    )
    return tuple((m.start, m.end) for m in found)
