"""Tell which available language a text is written in, from language data only.

Each language file lists its most frequent short words (``[detect] stopwords``,
folded) and its characteristic letters (``[detect] letters``). A text scores
for a language by how many of its words are that language's stopwords, plus
how many of its characters are that language's letters. A word or letter that
several languages share is worth less (``1 / number of languages sharing it``),
the way inverse document frequency discounts common terms, so "de" says little
while "pentru" or "ţ" says "Romanian".

Matching stopwords on folded words means Romanian written with comma-below
letters, with cedilla letters, or with no diacritics at all reads the same.
No word appears in this module: adding a language is adding its data file.

With the optional extra ``crosscheck[langid]`` installed, lingua decides
instead (:func:`identify_language`): its character n-gram models read short
texts (a headline, one sentence) that carry too few stopwords for the
built-in detector, which then answers ``None``. On the 200 articles of the
real-news batch both are right on every full text; on their first 60
characters the built-in detector names 125 right and 8 wrong, lingua 195
right and none wrong (``benchmarks/langid.py``). Lingua is restricted to the
languages crosscheck has data for, behind a gate that asks lingua's small
all-language model first, so Czech is "unknown", not Spanish.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import attrs

from .._fold import fold
from ..lang import available_languages, get_language

# Only the beginning of a long text is read: a few thousand words decide.
_SAMPLE_CHARS = 50_000
# A text is in language L only if enough of its words are L's stopwords:
# running prose has 20-40% of them; a text in a language we do not know may
# share a short word or two ("on", "a") but not several distinct ones.
_MIN_DISTINCT_STOPWORDS = 3
_MIN_STOPWORD_RATIO = 0.08
# Letters are strong but sparse evidence; half a stopword each.
_LETTER_WEIGHT = 0.5

_WORD = re.compile(r"[^\W\d_]+")


@attrs.frozen
class _Profile:
    """Per-language evidence with each item's weight, compiled once."""

    stopwords: Mapping[str, Mapping[str, float]]  # code -> word -> weight
    letters: Mapping[str, Mapping[str, float]]  # code -> letter -> weight
    all_letters: frozenset[str]


@functools.cache
def _profile(codes: tuple[str, ...]) -> _Profile:
    datas = {code: get_language(code) for code in codes}
    word_count = Counter(w for d in datas.values() for w in d.stopwords)
    letter_count = Counter(c for d in datas.values() for c in {c.lower() for c in d.letters})
    return _Profile(
        stopwords={
            code: {w: 1.0 / word_count[w] for w in d.stopwords} for code, d in datas.items()
        },
        letters={
            code: {c: _LETTER_WEIGHT / letter_count[c] for c in {c.lower() for c in d.letters}}
            for code, d in datas.items()
        },
        all_letters=frozenset(letter_count),
    )


@attrs.frozen
class LanguageScore:
    """How strongly a text looks like one language, and the evidence behind it."""

    code: str
    score: float  # weighted stopword and letter hits per word
    stopword_ratio: float  # share of words that are this language's stopwords
    distinct_stopwords: int  # how many different stopwords occurred
    own_letters: int = 0  # characters that only this language's letters list has

    @property
    def convincing(self) -> bool:
        """Whether the evidence is strong enough to name the language at all.

        Three different stopwords, or two when letters found in no other
        language back them ("ș", "ă" in a one-line Romanian dateline).
        """
        needed = _MIN_DISTINCT_STOPWORDS - (1 if self.own_letters else 0)
        return self.distinct_stopwords >= needed and self.stopword_ratio >= _MIN_STOPWORD_RATIO


def _codes(languages: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(sorted(set(available_languages() if languages is None else languages)))


def language_scores(text: str, languages: Iterable[str] | None = None) -> tuple[LanguageScore, ...]:
    """Score ``text`` against each language (all available ones by default), best first.

    Ties are broken by language code so the order is deterministic.
    """
    codes = _codes(languages)
    profile = _profile(codes)
    sample = text[:_SAMPLE_CHARS]
    words = Counter(_WORD.findall(fold(sample)))
    total = sum(words.values())
    lowered = sample.lower()
    letters = {c: lowered.count(c) for c in profile.all_letters}
    scores = []
    for code in codes:
        stop = profile.stopwords[code]
        hits = {w: n for w, n in words.items() if w in stop}
        raw_hits = sum(hits.values())
        weighted = sum(n * stop[w] for w, n in hits.items())
        weighted += sum(letters[c] * weight for c, weight in profile.letters[code].items())
        scores.append(
            LanguageScore(
                code=code,
                score=weighted / total if total else 0.0,
                stopword_ratio=raw_hits / total if total else 0.0,
                distinct_stopwords=len(hits),
                own_letters=sum(
                    letters[c]
                    for c, weight in profile.letters[code].items()
                    if weight == _LETTER_WEIGHT  # listed by this language only
                ),
            )
        )
    return tuple(sorted(scores, key=lambda s: (-s.score, s.code)))


def builtin_language(text: str, languages: Iterable[str] | None = None) -> str | None:
    """The language ``text`` is written in by the built-in detector, or ``None`` when unclear.

    Only languages whose stopwords are frequent and varied enough in the text
    compete (see :attr:`LanguageScore.convincing`), so a language cannot win
    on letters alone (German umlauts in Finnish text); the best of them must
    strictly beat the others. Otherwise ``None``: a wrong language would
    silently mis-read every number in the article.
    """
    contenders = [s for s in language_scores(text, languages) if s.convincing]
    if not contenders:
        return None
    if len(contenders) > 1 and contenders[1].score >= contenders[0].score:
        return None
    return contenders[0].code


# Lingua's share of the probability its best language must reach among ours:
# below it the text is as much one language as another (a name, a figure).
_LINGUA_MIN_CONFIDENCE = 0.5
# Lingua reads n-grams of every character: a few paragraphs decide as well as
# the whole article and cost a tenth of the time.
_LINGUA_SAMPLE_CHARS = 3_000

DetectorName = Literal["builtin", "lingua"]


@attrs.frozen
class LanguageGuess:
    """Which language a text is in, which detector said so, and why.

    ``code`` is ``None`` when the detector would not commit: the article is
    then skipped (``unknown_language``) rather than read with the wrong
    numbers, dates and words. ``detail`` is the explanation that goes into
    the article's record.
    """

    code: str | None
    detector: DetectorName
    detail: str


def lingua_available() -> bool:
    """Whether the optional lingua detector (``crosscheck[langid]``) is installed."""
    return importlib.util.find_spec("lingua") is not None


@functools.cache
def _lingua_detectors(codes: tuple[str, ...]) -> tuple[Any, Any, Mapping[Any, str]] | None:
    """The gate (all languages, low accuracy), the judge (``codes``, high accuracy).

    ``None`` when lingua lacks one of ``codes``. Models load lazily, on the
    first text of each script: about 80 MB for the gate, 30 MB per language
    for the judge (see ``benchmarks/langid.py``).
    """
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    try:
        isos = [IsoCode639_1.from_str(code) for code in codes]
    except ValueError:  # a language lingua does not know
        return None
    gate = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()
    judge = LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()
    return gate, judge, dict(zip(isos, codes, strict=True))


def _lingua_guess(text: str, codes: tuple[str, ...]) -> LanguageGuess | None:
    """Lingua's guess, or ``None`` when lingua cannot serve ``codes``."""
    detectors = _lingua_detectors(codes)
    if detectors is None:
        return None
    gate, judge, ours = detectors
    # lingua takes UTF-8 only: a lone surrogate (legal in a str) would raise
    sample = text[:_LINGUA_SAMPLE_CHARS].encode("utf-8", "replace").decode("utf-8")
    seen = gate.detect_language_of(sample)
    if seen is None:
        return LanguageGuess(None, "lingua", "lingua cannot tell the language")
    if seen.iso_code_639_1 not in ours:
        name = seen.name.lower()
        return LanguageGuess(
            None, "lingua", f"lingua reads it as {name}, for which no language data is in use"
        )
    values = judge.compute_language_confidence_values(sample)
    best = values[0] if values else None
    if best is None or best.value < _LINGUA_MIN_CONFIDENCE:
        return LanguageGuess(None, "lingua", "lingua is not confident of any language")
    code = ours[best.language.iso_code_639_1]
    return LanguageGuess(code, "lingua", f"language {code} detected by lingua ({best.value:.2f})")


def lingua_language(text: str, languages: Iterable[str] | None = None) -> str | None:
    """The language lingua names for ``text`` (``None``: unsure, or lingua is absent)."""
    guess = _lingua_guess(text, _codes(languages)) if lingua_available() else None
    return None if guess is None else guess.code


def identify_language(
    text: str, languages: Iterable[str] | None = None, *, detector: DetectorName | None = None
) -> LanguageGuess:
    """The language of ``text`` among ``languages`` (all available by default), explained.

    Lingua decides when it is installed (or ``detector="lingua"``), the
    built-in detector otherwise (or ``detector="builtin"``): the same
    articles can be read by either, and the guess says which one decided.
    """
    codes = _codes(languages)
    if detector != "builtin" and (detector == "lingua" or lingua_available()):
        guess = _lingua_guess(text, codes)
        if guess is not None:
            return guess
    code = builtin_language(text, codes)
    if code is None:
        return LanguageGuess(None, "builtin", "the built-in detector finds no clear language")
    return LanguageGuess(code, "builtin", f"language {code} detected by the built-in detector")


def detect_language(text: str, languages: Iterable[str] | None = None) -> str | None:
    """The language ``text`` is written in, or ``None`` when the evidence is not clear.

    Lingua when ``crosscheck[langid]`` is installed, else the built-in
    detector; :func:`identify_language` also says which one decided.
    """
    return identify_language(text, languages).code


def letter_count(text: str, language: str | None = None) -> int:
    """How many characters of ``text`` are characteristic letters of ``language``.

    With ``language=None``, letters of any available language count. Used to
    choose between legacy single-byte encodings: the right one turns bytes into
    letters the language actually uses.
    """
    if language is None:
        wanted = _profile(_codes(None)).all_letters
    else:
        wanted = frozenset(c.lower() for c in get_language(language).letters)
    lowered = text.lower()
    return sum(lowered.count(c) for c in wanted)
