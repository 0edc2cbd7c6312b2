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
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping

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


def detect_language(text: str, languages: Iterable[str] | None = None) -> str | None:
    """The language ``text`` is written in, or ``None`` when the evidence is not clear.

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
