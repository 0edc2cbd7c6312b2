"""Credit "the journalists" with the outlet the article names.

"Journalists have identified 77,143 dead", "les deux médias affirmaient …",
"Jurnaliștii au confirmat …": a source named only by a noun for the press's
people (``[attribution] press_nouns``) stands for the outlets the article
names elsewhere ("Mediazona", "the BBC"), which is who a reader would cite.
"""

from __future__ import annotations

import re

from .._fold import fold
from ..extract._context import source_words
from ..lang import LanguageData

#: At most this many words in a press pointer ("les deux médias", "Bericht der beiden
#: Medien").
_MOST_WORDS = 4


def press_pointer(source: str, lang: LanguageData) -> bool:
    """Whether ``source`` names no one but the press's people: a short lower-case phrase
    (bar its first letter) that ends in a press noun (``[attribution] press_nouns``:
    "Journalists", "les deux médias"). "Russian journalists" or "the BBC's reporters"
    name more and are kept."""
    words = re.findall(r"[^\W_]+", source)
    if not words or len(words) > _MOST_WORDS:
        return False
    folded = fold(source)
    if _names_someone(source, folded, words, lang):
        return False
    end = len(folded.rstrip(" .,;:"))
    # the last noun is a press noun ("médias"); its stem may run on ("journalist*")
    return any(m.end >= end for m in source_words(lang).press.find(source, folded))


def _names_someone(source: str, folded: str, words: list[str], lang: LanguageData) -> bool:
    """Whether a capital past the phrase's first letter names someone ("the BBC's
    reporters"). Where every noun is capitalised ("Bericht der beiden Medien", German:
    ``[syntax] capitalised_names`` false) only an acronym or a capitalised word that is
    neither a press nor a pointer noun (``press_nouns``, ``back_nouns``) does."""
    if lang.capitalised_names:
        return any(ch.isupper() for ch in source[1:])
    kinds = source_words(lang)
    known = [
        (m.start, m.end)
        for m in [*kinds.press.find(source, folded), *kinds.backs.find(source, folded)]
    ]
    for m in re.finditer(r"[^\W_]+", source):
        word = m.group()
        if m.start() == 0 or not word[0].isupper():
            continue
        if word.isupper() or not any(a <= m.start() < b for a, b in known):
            return True
    return False


def nearest_outlet(text: str, folded: str, at: int, lang: LanguageData) -> tuple[int, int] | None:
    """The span of the outlet named by its proper name (``[attribution] outlets`` written
    with a capital: "BBC", "Медиазона") nearest to ``at`` in ``text``, or None. Two names
    joined by one short word ("Mediazona și Meduza", "«Медиазона» и Би-би-си") are one
    span: the journalists are both outlets'."""
    names = [
        (m.start, m.end)
        for m in lang.outlets.find(text, folded)
        if text[m.start].isupper() and not _press_noun(text[m.start : m.end], lang)
    ]
    if not names:
        return None  # "the newspaper", "издание": a kind of outlet, no name
    k = min(range(len(names)), key=lambda i: abs(names[i][0] - at))
    first, last = k, k
    while first > 0 and _joined(text[names[first - 1][1] : names[first][0]]):
        first -= 1
    while last + 1 < len(names) and _joined(text[names[last][1] : names[last + 1][0]]):
        last += 1
    return names[first][0], names[last][1]


def _press_noun(word: str, lang: LanguageData) -> bool:
    """Whether an outlet word is itself a press noun ("СМИ", "Media" opening a sentence):
    written with a capital it still names no outlet."""
    folded = fold(word)
    return any(
        m.start == 0 and m.end >= len(folded) for m in source_words(lang).press.find(word, folded)
    )


def _joined(gap: str) -> bool:
    """Whether the text between two names is one short conjunction ("și", "и", "and")."""
    return (
        re.fullmatch(r"[\W_]{0,3}[^\W\d_]{1,3}[\W_]{0,3}", gap) is not None
        and gap.strip(" «»\"'“”").isalpha()
    )
