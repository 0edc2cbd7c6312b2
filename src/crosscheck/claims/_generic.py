"""A body's own name behind a generic noun: one source key within a story.

A body the language data does not list is keyed by its credited phrase's folded
words (``extract._context.source_id``), so "Respiriamo Milano", "Asociația
Respiriamo Milano" and "L'association Respiriamo Milano" are three sources, and
"the operator Aurora Lines" and "rederij Aurora Lines" two: that body's own
figures are read as rivals' and its running count is split.

Here a credited phrase that is a generic noun phrase of its language followed by
a proper name gives that *proper name*: determiners, links and lower-case
qualifiers around one kind of body (``[attribution] role_nouns`` and
``name_kinds``: association, company, operator, union, NGO, ...), then, right
after them, a run of capitalised words (function words and short links between
them: "Consumidores en Acción") to the phrase's end. Within one story, the
phrases giving one proper name and the proper name credited alone share one key,
the proper name's (its folded words), where they are two keys or more. A kind
noun capitalised in a language whose nouns are not ("Asociația Respiriamo
Milano", "Parchetul European") may be a word of the body's own name: such a
phrase ties only to its proper name credited alone ("Respiriamo Milano"), so
"Parchetul European" and "Consiliul European" do not meet as "European".

Not a proper name here (the phrase keeps its key):

* a name after a link word ("the police of Berlin", "de rederij van de Nordic
  Aurora": the body of that place, the owner of that ship);
* a name that is wholly a place ("die Stadt Berlin");
* a name with a lower-case word of its own after it ("La compagnie Aurora
  Lines maintient": the phrase runs on);
* a phrase the language data lists (``[attribution.sources]``);
* a phrase in a script without capitals (Arabic): the name cannot be told from
  the words before it.

Two bodies of one story with two names keep two keys ("the association Aria
Pulita", "the association Respiriamo Milano"). A person after a role ("the
minister Jan Kowalski") is that person: the phrase shares the key of "Jan
Kowalski" credited alone, as a body's spokesman would speak for it; a person
after a comma ("the director of the fund, Radu Pop") is cut off first, as in
``claims._bodies``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from .._fold import fold
from .._phrases import PhraseSet
from ..extract._context import source_id, source_key, source_words
from ..lang import available_languages, get_language
from ..lang._places import frame_words
from ._bodies import credited_phrases, rekey
from ._model import Claim

# A word: letters and digits ("Croix-Rouge" is two words).
_WORD = re.compile(r"[^\W_]+")
# The most letters of a lower-case link inside a name whose language's function words
# may not hold it ("Consumidores en Acción" in a Portuguese sentence, "Bank of X").
_LINK_LETTERS = 3


@functools.cache
def _kinds(code: str) -> PhraseSet:
    """A language's nouns of a body's kind: ``[attribution] role_nouns`` and
    ``name_kinds``."""
    section = get_language(code).raw.get("attribution", {})
    words = [str(w) for key in ("role_nouns", "name_kinds") for w in section.get(key, [])]
    return PhraseSet({"kind": words})


@functools.cache
def _links(code: str) -> frozenset[str]:
    """A language's folded function words, determiners and ``[bodies] links``."""
    lang = get_language(code)
    links = lang.raw.get("bodies", {}).get("links", [])
    words = {fold(str(w)) for w in links}
    return frozenset(words | lang.function_words | source_words(lang).determiners)


@functools.lru_cache(maxsize=16384)
def proper_name(phrase: str, code: str) -> str | None:
    """The proper name a generic noun phrase ends with, as written, or None (see the
    module docs).

    >>> proper_name("L'association Respiriamo Milano", "fr")
    'Respiriamo Milano'
    >>> proper_name("la police de Berlin", "fr") is None
    True
    """
    if code not in available_languages():
        return None
    head = re.split(r"[,(]", phrase, maxsplit=1)[0]  # a person after a comma; an acronym
    words = list(_WORD.finditer(head))
    spans = [(m.start, m.end) for m in _kinds(code).find(head, fold(head))]
    links = _links(code)
    nouns_capitalised = get_language(code).capitalised_nouns
    kind = False
    for i, m in enumerate(words):
        word = m.group()
        # a capitalised kind word after a kind is a word of the name ("la asociación
        # Vecinos Unidos"), but where every noun is capitalised
        named = kind and word[0].isupper() and not nouns_capitalised
        if not named and any(a <= m.start() < b for a, b in spans):
            kind = True
        elif fold(word) in links or not word[0].isupper():
            continue  # a determiner, a link, a qualifier ("de consumidores", "shipping")
        elif not kind or fold(words[i - 1].group()) in links:
            return None  # no kind before it; a link before it ("the police of Berlin")
        else:
            return _name(head, words[i:], code)
    return None


def _name(head: str, words: Sequence[re.Match[str]], code: str) -> str | None:
    """The name the words run, from the first to the phrase's end, or None: a
    lower-case word of its own in it or at its end, or a place whole."""
    links = _links(code)
    for m in words:
        word = m.group()
        if not word[0].isupper() and fold(word) not in links and len(word) > _LINK_LETTERS:
            return None
    if not words[-1].group()[0].isupper():
        return None
    name = head[words[0].start() : words[-1].end()]
    folded = fold(name)
    found = (
        *frame_words(code).places(name, folded),
        *get_language(code).entities.find(name, folded),
    )
    places = [(p.start, p.end) for p in found]
    if all(any(a <= m.start() - words[0].start() < b for a, b in places) for m in words):
        return None  # "die Stadt Berlin": a place, not a body's name
    return name


def _written_kind(phrase: str, code: str) -> bool:
    """Whether a kind noun of the phrase is capitalised in a language whose nouns are
    not: it may be a word of the body's name ("Parchetul European", "Consiliul
    European": not a kind of body before the name "European")."""
    if get_language(code).capitalised_nouns:
        return False
    return any(
        phrase[m.start : m.end][:1].isupper() for m in _kinds(code).find(phrase, fold(phrase))
    )


@functools.lru_cache(maxsize=16384)
def _name_key(phrase: str, code: str) -> tuple[str, bool] | None:
    """The key of the proper name a credited phrase ends with, and whether it ties only
    to the name credited alone (:func:`_written_kind`), or None (none, or the phrase is
    a body the language data lists)."""
    if code not in available_languages():
        return None
    lang = get_language(code)
    if source_key(phrase, lang) is not None:
        return None
    name = proper_name(phrase, code)
    key = source_id(name, lang) if name is not None else None
    return (key, _written_kind(phrase, code)) if key is not None else None


def _story_keys(items: Sequence[tuple[str, str, str]]) -> dict[str, str]:
    """One story's credited (source key, language, phrase) -> the new key of each source
    key that its proper name ties to another (see the module docs)."""
    keys = {key for key, _, _ in items}
    named: dict[str, set[str]] = {}
    for key, code, phrase in items:
        found = _name_key(phrase, code)
        if found is None or found[0] == key:
            continue
        name, strict = found
        if not strict or name in keys:  # a capitalised kind: only the name credited alone
            named.setdefault(name, set()).add(key)
    out: dict[str, str] = {}
    for name, members in sorted(named.items()):
        if len(members | ({name} & keys)) < 2:
            continue  # one wording, and the name not credited alone: nothing to tie
        for key in sorted(members):
            if out.setdefault(key, name) != name:
                out[key] = ""  # one key, two names: it ties nothing
    return {k: t for k, t in out.items() if t}


def tie_generic_names(claims: Sequence[Claim], story_of: Mapping[str, str]) -> list[Claim]:
    """The claims, each credited to a generic noun phrase whose proper name the story
    credits otherwise too, keyed by the proper name's key (``Claim.source_id``); the
    others as they are. ``story_of``: article id -> story id."""
    phrases = credited_phrases(claims, story_of)
    keys = {story: _story_keys(sorted(items)) for story, items in sorted(phrases.items())}
    return rekey(claims, story_of, keys)
