"""One body named in two languages or wordings: one source key within a story.

``[attribution.sources]`` keys the bodies the language data lists ("Interior
Ministry", "ministère de l'Intérieur" -> ``interior_ministry``); any other body
is keyed by its folded words (``extract._context.source_id``), so "Fondul de
Garantare a Depozitelor" and "Фонд гарантування депозитів" are two sources and
that body's running count, told in two languages, is read as two sources'
rival figures. No list can hold every body of an unseen story.

Here a body's name gives its *signature*: the set of concepts its words name
in the language's ``[bodies]`` lexicon of institutional words (fund,
guarantee, deposit, agency, environment, prosecutor, federal, ...), and the
place it names, if any ("румунський", "Moldova's", "de la Catalunha").
Within one story, the names whose signatures have one concept set are one
body:

* with one place among them (or none), all of them (a name without its
  place, "Agenția de Mediu", is the story's "Moldova's Environment Agency");
* with two places ("the Moldovan environment agency", "the Romanian
  environment agency"), only the names of one place meet; a name without a
  place keeps its key (it could be either).

A name has no signature, and keeps its key, when a word of it is neither a
concept word, a place, a function word nor an acronym ("Xarxa Acollida
Digna", "Radu Pop" in "the fund's director, Radu Pop" is cut off at the
comma first), or when it names a single concept and no place ("the
ministry", "la police": a generic word does not tie to a fuller name). A
speaker's role ("director of", "spokesman for", ``[bodies] speakers``) is
dropped: the director speaks for the fund. A listed source keeps its key.

Every source key of the names that meet (their folded words, or the acronym
``claims._acronyms`` tied them to) becomes one key, ``body:<concepts>@<place>``,
so a figure credited to the acronym alone ("potrivit FGDB") joins them too.

Before that, :func:`tie_acronym_names` keys by its acronym a name whose only word
of its own is that acronym ("Lombardy's environment agency ARPA", "l'agence
régionale ARPA", "l'Arpa Lombardia": ``arpa``), within one story.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping, Sequence

import attrs

from .._fold import fold
from ..extract._context import source_key, source_words
from ..lang import LanguageData, available_languages, get_language
from ..lang._data import union_body_concepts
from ..lang._places import frame_words, name_key, place_data
from ._model import Claim
from ._names import own_words

# A word: letters and digits ("Croix-Rouge" is two words, "prosecutor's" is "prosecutor" "s").
_WORD = re.compile(r"[^\W_]+")
# The key's prefix: no key of [attribution.sources] or folded name starts so.
KEY_PREFIX = "body:"
# The least letters a compound keeps after a concept stem ("Bundes|staatsanwaltschaft").
_MIN_REST = 3
# The least concepts of a name that joins a fuller name of the story holding them all.
MIN_SUBSET = 3
# The most letters an inflection or derivation adds to a concept stem ("fond*": "fondului";
# "гарант*": "гарантування").
_MAX_ENDING = 7
# Linking letters between the parts of a compound ("Gesundheit|s|ministerium").
_LINKS = ("", "s", "es", "en", "n", "e")

# A signature: the concepts a name names and the place it names (or None).
Signature = tuple[frozenset[str], str | None]


@attrs.frozen
class _Lexicon:
    """One language's ``[bodies]`` words, compiled: whole words, stems, multi-word phrases."""

    words: Mapping[str, frozenset[str]]  # a folded word -> its concepts
    stems: tuple[tuple[str, frozenset[str]], ...]  # a folded stem ("fond*") -> its concepts
    phrases: Mapping[tuple[str, ...], frozenset[str]]  # several words -> their concepts
    longest: int  # the most words of a phrase
    speakers: frozenset[str]  # folded whole words of a speaker's role
    speaker_stems: tuple[str, ...]
    links: frozenset[str]  # folded words that join a name's parts ("of", "de la")

    def word(self, word: str) -> frozenset[str] | None:
        """The concepts of one folded word, or None: the word itself, else its stem (the
        longest), else a stem glued to a known word ("bundes|staatsanwaltschaft")."""
        found = self.words.get(word)
        if found is not None:
            return found
        return self._compound(word, 0) or self._stemmed(word)

    def _compound(self, word: str, depth: int) -> frozenset[str] | None:
        if depth > 2:
            return None
        for stem, concepts in self.stems:
            if not word.startswith(stem):
                continue
            rest = word[len(stem) :]
            for link in _LINKS:
                tail = rest[len(link) :] if rest.startswith(link) else None
                if tail is None or len(tail) < _MIN_REST:
                    continue
                more = (
                    self.words.get(tail) or self._stemmed(tail) or self._compound(tail, depth + 1)
                )
                if more:
                    return concepts | more
        return None

    def _stemmed(self, word: str) -> frozenset[str] | None:
        """The concepts of the longest stem ``word`` starts with, the rest an inflection
        (at most :data:`_MAX_ENDING` letters: "fondului", not "Landes|kriminalamt", whose
        unknown rest names another body), or None."""
        best: tuple[str, frozenset[str]] | None = None
        for stem, concepts in self.stems:
            if len(word) - len(stem) > _MAX_ENDING:
                continue
            if word.startswith(stem) and (best is None or len(stem) > len(best[0])):
                best = (stem, concepts)
        return best[1] if best is not None else None

    def speaker(self, word: str) -> bool:
        return word in self.speakers or any(word.startswith(s) for s in self.speaker_stems)


def _concepts(label: str) -> frozenset[str]:
    return frozenset(p for p in label.split("+") if p)


@functools.cache
def _lexicon(code: str) -> _Lexicon:
    raw = get_language(code).raw.get("bodies", {})
    words: dict[str, frozenset[str]] = {}
    stems: dict[str, frozenset[str]] = {}
    phrases: dict[tuple[str, ...], frozenset[str]] = {}
    speakers: set[str] = set()
    speaker_stems: set[str] = set()
    links: set[str] = set()
    for label, entries in sorted(raw.items()):
        for entry in entries:
            folded = fold(str(entry))
            parts = tuple(_WORD.findall(folded))
            if not parts:
                continue
            if label == "links":
                links.update(parts)
                continue
            if label == "speakers":
                if len(parts) == 1 and folded.endswith("*"):
                    speaker_stems.add(parts[0])
                else:
                    speakers.update(parts)
                continue
            concepts = _concepts(label)
            if len(parts) > 1:
                phrases[parts] = phrases.get(parts, frozenset()) | concepts
            elif folded.endswith("*"):
                stems[parts[0]] = stems.get(parts[0], frozenset()) | concepts
            else:
                words[parts[0]] = words.get(parts[0], frozenset()) | concepts
    return _Lexicon(
        words,
        tuple(sorted(stems.items())),
        phrases,
        max((len(p) for p in phrases), default=1),
        frozenset(speakers),
        tuple(sorted(speaker_stems)),
        frozenset(links),
    )


def _places(name: str, folded: str, code: str, lang: LanguageData) -> list[tuple[int, int, str]]:
    """The places a name names: (start, end, place key), place names and demonyms."""
    fw = frame_words(code)
    out: list[tuple[int, int, str]] = []
    known = place_data().places
    for m in fw.places(name, folded):
        written = name[m.start : m.end]
        if written.isupper() and len(written) > 1:
            widest = fw.keys.get(name_key(written), ())
            if not any(known[k].kind == "country" for k in widest if k in known):
                continue  # an acronym, not a town ("APIA", not Apia)
        if m.label.startswith("demonym:"):
            out.append((m.start, m.end, m.label.split(":", 1)[1]))
        elif keys := fw.keys.get(name_key(written)):
            out.append((m.start, m.end, keys[0]))
    for m in lang.entities.find(name, folded):
        if m.label in known and not any(a <= m.start < b for a, b, _ in out):
            city = _city_named(folded[m.start : m.end], m.label, code)
            out.append((m.start, m.end, city or m.label))
    return out


# The fewest letters of a city's name a word derived from it starts with ("Rom|er").
_MIN_CITY_NAME = 3


def _city_named(word: str, country: str, code: str) -> str | None:
    """The city of ``country`` whose name ``word`` (an entity alias of the country) is, or
    starts with and derives from, or None. The language data lists a capital among its
    country's aliases ("Berlin" speaks for Germany), but a body's name that names the
    city names the city's body: "Berliner Polizei", "берлинская полиция", "policja
    berlińska" are Berlin's police, as "Polizei Berlin" is; "the German police" stays
    the country's."""
    keys = frame_words(code).keys
    known = place_data()
    lo = max(_MIN_CITY_NAME, len(word) - _MAX_ENDING)
    for end in range(len(word), lo - 1, -1):
        for key in keys.get(name_key(word[:end]), ()):
            place = known.places.get(key)
            if place is not None and place.kind == "city" and known.country(key) == country:
                return key
    return None


@functools.lru_cache(maxsize=4096)
def signature(name: str, code: str) -> Signature | None:
    """The concepts and place a body's name names, or None (see the module docs).

    >>> signature("румунський Фонд гарантування депозитів", "uk")
    (frozenset({'deposit', 'fund', 'guarantee'}), 'romania')
    """
    if code not in available_languages():
        return None
    lang = get_language(code)
    lexicon = _lexicon(code)
    head = name.split(",", 1)[0]  # "the fund's director, Radu Pop": the person is cut off
    folded = fold(head)
    places = _places(head, folded, code, lang)
    skip = source_words(lang)
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
    concepts: set[str] = set()
    found_places: set[str] = set()
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        place = next((key for a, b, key in places if a <= start < b), None)
        if place is not None:
            found_places.add(place)
            i += 1
            continue
        phrase = _phrase_at(lexicon, tokens, i)
        if phrase is not None:
            concepts |= phrase[1]
            i += phrase[0]
            continue
        i += 1
        text = head[start:end]
        own = lexicon.words.get(word)
        if own is None and (
            len(word) == 1
            or word in lexicon.links
            or word in lang.function_words
            or word in skip.determiners
            or (text.isupper() and len(text) >= 2)  # an acronym ("ARPA", "CEC")
            or lexicon.speaker(word)
        ):
            continue
        own = own or lexicon.word(word)
        if own is None:
            return None  # a word no lexicon knows: a name of its own
        concepts |= own
    if len(found_places) > 1 or not concepts:
        return None
    place = next(iter(found_places), None)
    if len(concepts) < 2 and place is None:
        return None  # "the ministry", "la police": one generic word
    return frozenset(concepts), place


def _phrase_at(
    lexicon: _Lexicon, tokens: Sequence[tuple[int, int, str]], i: int
) -> tuple[int, frozenset[str]] | None:
    for n in range(min(lexicon.longest, len(tokens) - i), 1, -1):
        hit = lexicon.phrases.get(tuple(t[2] for t in tokens[i : i + n]))
        if hit is not None:
            return n, hit
    return None


def _key(concepts: frozenset[str], place: str | None) -> str:
    body = "_".join(sorted(concepts))
    return f"{KEY_PREFIX}{body}@{place}" if place else f"{KEY_PREFIX}{body}"


def _widest(concepts: frozenset[str], sets: set[frozenset[str]]) -> frozenset[str]:
    """The one fuller concept set of the story that holds ``concepts`` whole, else
    ``concepts``: "Fondul de Garantare a Depozitelor Bancare" is the story's "Deposit
    Guarantee Fund" (:data:`MIN_SUBSET` concepts at least; not when two fuller sets hold
    it, which could be two bodies). A fuller set that adds a union's concept
    (:func:`~crosscheck.lang._data.union_body_concepts`: "the European Food Safety
    Authority") names the union's body, not a country's ("the Food Safety Authority of
    Ireland"): it holds no name without that concept."""
    if len(concepts) < MIN_SUBSET:
        return concepts
    union = union_body_concepts()
    wider = [s for s in sets if concepts < s and not (s - concepts) & union]
    return wider[0] if len(wider) == 1 else concepts


def _story_keys(named: Sequence[tuple[str, Signature]]) -> dict[str, str]:
    """The source keys of one story's named bodies (key, signature) -> their common key."""
    sets = {concepts for _, (concepts, _) in named}
    by_concepts: dict[frozenset[str], list[tuple[str, str | None]]] = {}
    for key, (concepts, place) in named:
        by_concepts.setdefault(_widest(concepts, sets), []).append((key, place))
    out: dict[str, str] = {}
    for concepts, members in sorted(by_concepts.items(), key=lambda kv: sorted(kv[0])):
        places = sorted({p for _, p in members if p is not None})
        for key, place in sorted(members, key=lambda m: (m[0], m[1] or "")):
            if len(places) > 1 and place is None:
                continue  # a name without its place, where two places have such a body
            target = _key(concepts, place if len(places) > 1 else next(iter(places), None))
            if out.setdefault(key, target) != target:
                out[key] = ""  # one key, two bodies: it ties nothing
    groups: dict[str, set[str]] = {}
    for key, target in out.items():
        if target:
            groups.setdefault(target, set()).add(key)
    # a body named once, in one wording, keeps its key: nothing to tie
    return {k: t for t, keys in groups.items() if len(keys) > 1 for k in keys}


@functools.lru_cache(maxsize=16384)
def _unlisted_signature(phrase: str, code: str) -> Signature | None:
    """The signature of a credited phrase whose body ``[attribution.sources]`` does not
    list (a listed body keeps its key), or None."""
    if code not in available_languages() or source_key(phrase, get_language(code)) is not None:
        return None
    return signature(phrase, code)


def _order(item: tuple[str, Signature]) -> tuple[str, list[str], str]:
    """A total order of (key, signature) pairs: frozensets compare as subsets only, and a
    place may be None beside a key's other signature with a place."""
    key, (concepts, place) = item
    return key, sorted(concepts), place or ""


def tie_bodies(claims: Sequence[Claim], story_of: Mapping[str, str]) -> list[Claim]:
    """The claims, each credited to a body another claim of its story names in another
    language or wording, keyed by the body's signature (``Claim.source_id``); the others
    as they are (see the module docs). ``story_of``: article id -> story id."""
    named: dict[str, list[tuple[str, Signature]]] = {}
    for claim in claims:
        phrase = claim.attributed_to or claim.speaker
        if not phrase or not claim.language or claim.source_id is None:
            continue
        sig = _unlisted_signature(phrase, claim.language)
        if sig is not None:
            story = story_of.get(claim.article, claim.article)
            named.setdefault(story, []).append((claim.source_id, sig))
    keys = {
        story: _story_keys(sorted(set(items), key=_order)) for story, items in sorted(named.items())
    }
    return rekey(claims, story_of, keys)


# An acronym's letters: two to eight ("ARPA", "УКЕ"); one letter is an initial.
_ACRONYM_LETTERS = range(2, 9)


@functools.cache
def _data_nouns(code: str) -> frozenset[str]:
    """A language's single-word ``[attribution] data_nouns`` ("dati", "figures"), folded:
    "the data of ARPA" names ARPA."""
    raw = get_language(code).raw.get("attribution", {}).get("data_nouns", [])
    return frozenset(fold(str(w)) for w in raw if len(str(w).split()) == 1)


def _acronym_word(written: str, word: str, code: str, capitals: frozenset[str]) -> bool:
    """Whether a word of a name is an acronym: in capitals ("ARPA"), or written as a
    name ("Arpa") where the story writes it in capitals elsewhere; not a word of the
    language ("US", "IT": a pronoun, a word the language data holds)."""
    if len(written) not in _ACRONYM_LETTERS or not written.isalpha():
        return False
    if not (written.isupper() or (written[0].isupper() and word in capitals)):
        return False
    return word not in own_words(code)


def acronym_name(
    name: str, code: str, capitals: frozenset[str] = frozenset()
) -> tuple[str, str | None] | None:
    """The acronym a body's name is keyed by, and the place it names (or None), or None.

    A name whose only word outside the ``[bodies]`` lexicon, its places, links, function
    words, speaker roles and data nouns is one acronym ("Lombardy's environment agency
    ARPA", "i dati dell'Arpa Lombardia" where ``capitals``, the story's acronyms written in
    capitals, hold "arpa"), the acronym last but for places after it ("ARPA Lombardia";
    "the CPA union" names another body). A person after a comma is cut off first.

    >>> acronym_name("agenția regională de mediu ARPA", "ro")
    ('arpa', None)
    """
    if code not in available_languages():
        return None
    lang = get_language(code)
    lexicon = _lexicon(code)
    head = name.split(",", 1)[0]
    folded = fold(head)
    places = _places(head, folded, code, lang)
    skip = source_words(lang)
    data = _data_nouns(code)
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
    acronym: str | None = None
    found_places: set[str] = set()
    role = False  # the word before was a speaker's role ("spokesman JD": a person)
    # a link after a body's word: an acronym next names its owner or place ("la direction
    # de la SNCF", "the health department of NSW"), not the body
    linked = concepts_seen = False
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        place = next((key for a, b, key in places if a <= start < b), None)
        if place is not None:
            found_places.add(place)
            linked = False
            i += 1
            continue
        phrase = _phrase_at(lexicon, tokens, i)
        if phrase is not None:
            if acronym is not None:
                return None  # a body word after the acronym: "the ARPA agency"
            linked, concepts_seen = False, True
            i += phrase[0]
            continue
        i += 1
        after_role, role = role, False
        if _acronym_word(head[start:end], word, code, capitals):
            if acronym is not None or after_role or linked:
                return None  # two acronyms (two bodies); initials after a role; an owner
            acronym = word
            continue
        if len(word) == 1 or word in lexicon.links or word in lang.function_words:
            linked = linked or (len(word) > 1 and word not in skip.determiners and concepts_seen)
            continue
        if word in skip.determiners:
            continue
        linked = False
        if acronym is not None:
            return None  # only places and links follow the acronym
        if lexicon.speaker(word):
            role = True
            continue
        if word in data:
            continue  # "i dati dell'Arpat": the data of the body the acronym names
        if lexicon.word(word) is not None:
            concepts_seen = True
            continue
        return None  # a word no lexicon knows: a name of its own, or a person
    if acronym is None or len(found_places) > 1:
        return None
    return acronym, next(iter(found_places), None)


def _story_acronym_keys(named: Sequence[tuple[str, str, str | None]]) -> dict[str, str]:
    """One story's (source key, acronym, place) -> the new key of each source key: the
    acronym; with two places under one acronym, ``<acronym>@<place>`` for the names with
    a place, and none for those without (either body could be meant)."""
    places: dict[str, set[str]] = {}
    for _, acronym, place in named:
        if place is not None:
            places.setdefault(acronym, set()).add(place)
    out: dict[str, str] = {}
    for key, acronym, place in named:
        mine = places.get(acronym, set())
        if len(mine) <= 1:
            target = acronym
        elif place is not None:
            target = f"{acronym}@{place}"
        else:
            continue
        if out.setdefault(key, target) != target:
            out[key] = ""  # one key, two bodies: it ties nothing
    return {k: t for k, t in out.items() if t and t != k}


def _capitals(phrase: str) -> Iterator[str]:
    for m in _WORD.finditer(phrase):
        word = m.group()
        if word.isupper() and word.isalpha() and len(word) in _ACRONYM_LETTERS:
            yield fold(word)


def tie_acronym_names(claims: Sequence[Claim], story_of: Mapping[str, str]) -> list[Claim]:
    """The claims, each credited to a name of a body that its acronym alone names
    (:func:`acronym_name`), keyed by the folded acronym within the claim's story
    ("Lombardy's environment agency ARPA", "l'agence régionale ARPA" and "l'ARPA" are one
    source, ``arpa``); the others as they are. A body the language data lists keeps its
    key. ``story_of``: article id -> story id."""
    phrases = credited_phrases(claims, story_of)
    keys: dict[str, dict[str, str]] = {}
    for story, items in sorted(phrases.items()):
        capitals = frozenset(w for _, _, phrase in items for w in _capitals(phrase))
        named: set[tuple[str, str, str | None]] = set()
        for source, code, phrase in items:
            found = _acronym_name_unlisted(phrase, code, capitals)
            if found is not None:
                named.add((source, *found))
        mine = _story_acronym_keys(sorted(named, key=lambda n: (n[0], n[1], n[2] or "")))
        if mine:
            keys[story] = mine
    return rekey(claims, story_of, keys)


@functools.lru_cache(maxsize=16384)
def _acronym_name_unlisted(
    phrase: str, code: str, capitals: frozenset[str]
) -> tuple[str, str | None] | None:
    if code not in available_languages() or source_key(phrase, get_language(code)) is not None:
        return None
    return acronym_name(phrase, code, capitals)


def rekey(
    claims: Sequence[Claim], story_of: Mapping[str, str], keys: Mapping[str, Mapping[str, str]]
) -> list[Claim]:
    """The claims with each source id its story's key replaces (``keys``: story -> old
    source id -> new key); the others as they are."""
    if not any(keys.values()):
        return list(claims)
    out: list[Claim] = []
    for claim in claims:
        mine = keys.get(story_of.get(claim.article, claim.article), {})
        key = mine.get(claim.source_id) if claim.source_id is not None else None
        out.append(claim if key is None else attrs.evolve(claim, source_id=key))
    return out


def credited_phrases(
    claims: Sequence[Claim], story_of: Mapping[str, str]
) -> dict[str, set[tuple[str, str, str]]]:
    """Story id -> the (source key, language, phrase) each credited claim of it gives."""
    phrases: dict[str, set[tuple[str, str, str]]] = {}
    for claim in claims:
        phrase = claim.attributed_to or claim.speaker
        if phrase and claim.language and claim.source_id is not None:
            story = story_of.get(claim.article, claim.article)
            phrases.setdefault(story, set()).add((claim.source_id, claim.language, phrase))
    return phrases
