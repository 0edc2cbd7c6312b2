"""What a figure is about: where it holds, whose it is, its status, rate and as-of day.

One sentence at a time, like :mod:`crosscheck.extract._context`: the words
come from the language's ``[frames]`` section and the language-neutral place
data (:mod:`crosscheck.lang._places`); this module only ranks them by where
they stand against the figure.

* **place**: a place name introduced by a place preposition ("in Derna"), a
  kind word ("the province of Al Haouz", "Valencia region"), a compass word
  ("eastern Libya" -> ``libya:east``) or singled out ("Derna alone"); a bare
  city name also counts, a bare country name does not (it is the figure's
  subject: "Russia lost 300,000"). Several places listed together ("in
  Derna, in al-Bayda and in Al-Marj") give the place that holds them all.
  "Nationwide" is the article's home country. An unknown capitalised name
  after a place preposition keeps its own key (``~paiporta``), related to no
  other place.
* **subject**: a demonym or bare country name next to the figure ("Russian
  losses", "1,200 soldats ukrainiens"), else a group noun ("civilians").
* **status**, **rate**: the nearest status or per-period words around the
  figure, within its clause.
* **as of**: the date mention nearest the figure (a "since" date opens a
  running total and leaves the publication day), else the publication day.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import itertools
import re
from collections.abc import Mapping, Sequence

import attrs

from .._fold import fold
from .._phrases import PhraseMatch, merge_matches
from ..lang import LanguageData, concept, get_language
from ..lang._places import (
    COMPASS_SEP,
    FrameWords,
    frame_words,
    joined_places,
    name_key,
    place_data,
)
from ._dates import CLOCK_TIME, DateMention, date_spans
from ._document import Document
from ._events import event_at

# Marks that close a clause: a place or status word beyond one belongs to another statement.
_CLAUSE_BREAK = re.compile(r"[;:!?\[\]]|\s[-\u2013\u2014]\s")
_LIST_GAP = re.compile(r"[^0-9;:!?()]{0,48}")
_NAME_RUN = re.compile(r"[^\W\d_][\w'\u2019.-]*(?:\s+[A-Z\u00c0-\u024f][\w'\u2019.-]*){0,2}")

# Event concepts ([events] keys) that start what a figure counts: a date of one
# is when the count began ("the earthquake that struck on 8 September", "el
# terremoto que sacudió Marruecos el pasado viernes"), not when it stood.
ONSET_EVENTS = frozenset({"abducted", "attacked", "invaded", "launched", "struck"})
# Of those, the ones over when they happen (a quake, a flood, a strike): a figure
# beside such a date long past is that event's, background history. An invasion
# or an offensive launched opens a running count instead ("since the invasion
# began in February 2022, 220,000 …").
POINT_EVENTS = frozenset({"attacked", "struck"})

# How far before a place "most of the victims" may stand ("Most of the victims were in X"),
# and the most characters between its end and the place.
_MOST_BEFORE = 60
_MOST_GAP = 25

# How far (characters) frame words may stand from the figure.
_PLACE_REACH = 140
# Words farther than this from the figure are never read for it (bounds the work per figure).
_SCAN = 400
_SUBJECT_BEFORE, _SUBJECT_AFTER = 60, 40
_STATUS_BEFORE, _STATUS_AFTER = 45, 30
_RATE_BEFORE, _RATE_AFTER = 60, 40
_GROUP_AFTER = 30
# A place before the figure counts as farther than one after it ("in X, 50 died" is rarer).
_BEFORE_PENALTY = 15
_ONLY_BONUS = 60
# A bare name ("Taroudant 190") is weaker evidence than "in Taroudant"; a comma loosens the tie.
_UNMARKED_PENALTY = 30
_COMMA_PENALTY = 10
# An unknown name (a guessed place) loses to any known one near it.
_UNKNOWN_PENALTY = 20
# A place with another figure right beside it (that figure's place).
_OWNED_PENALTY = 60
_OWNER_REACH = 14
# How far (characters, breaks counted) a locative pro-form ("daar", "là") may
# stand from its figure.
_THERE_REACH = 40
# A list item ("191 décès dans la ville de Chichaoua,") spans at most this many
# characters from its figure to its place; commas (Latin, Arabic) and
# semicolons part the items.
_ITEM_REACH = 48
_ITEM_BREAKS = frozenset(",;،؛")
_ONLY_BEFORE = 25
_SINCE_REACH = 40
# Statuses of a figure not (yet) real; after a comma they speak of something else.
_FUTURE = frozenset({"projected", "planned"})
# A coarse date this many days before publication dates the figure as history.
_BACKGROUND_DAYS = 366
# A place right after a toll noun ("the death toll in Derna … has risen to") is that toll's.
_TOLL_REACH = 16
_TOLL_DISTANCE = 30
_BREAK_PENALTY = 80


@attrs.frozen
class PlaceHit:
    """A place the sentence names: its span (sentence offsets), key and how it is marked."""

    start: int
    end: int
    key: str
    marked: bool  # introduced by a preposition, kind word or compass word
    only: bool = False
    part: bool = False  # holds part of the whole: "most of the victims were in X"
    listed: bool = False  # a bare country marked only by the list it closes ("and Syria")
    kinded: bool = (
        False  # a guessed name a place kind names ("Basra province", "the province of Basra")
    )


@attrs.frozen
class Frame:
    """The frame fields read from one figure's sentence."""

    place: str | None = None
    place_id: str | None = None
    subject: str | None = None
    status: str | None = None
    rate: str | None = None


# How far after a figure the bracket that closes its own may stand ("(45)", "(1.404 morti)").
_OWN_BRACKET = 24


def _break_between(text: str, a: int, b: int) -> bool:
    """True when a clause break stands between ``a`` and ``b``.

    A parenthesis counts only when it opens or closes across the gap: a
    whole aside inside it ("neste domingo (17) apenas na cidade…") does not
    end the clause, nor do brackets right around the figure at ``b``.
    """
    lo, hi = min(a, b), max(a, b)
    if _CLAUSE_BREAK.search(text, lo, hi) is not None:
        return True
    opened = text.count("(", lo, hi)
    close = text.find(")", hi, hi + _OWN_BRACKET)
    if text[lo:hi].rstrip().endswith("(") and close > 0 and "(" not in text[hi:close]:
        opened -= 1  # "… the most victims (45)": the figure's own brackets, right around it
    return opened != text.count(")", lo, hi)


def _distance(text: str, s: int, e: int, cs: int, ce: int) -> int:
    """How far ``[s, e)`` stands from the figure ``[cs, ce)``, with clause breaks counted."""
    d = s - ce if s >= ce else cs - e + _BEFORE_PENALTY
    if _break_between(text, e if e <= cs else ce, s if s >= ce else cs):
        d += _BREAK_PENALTY
    return d


def _is_capitalised(text: str, m: PhraseMatch) -> bool:
    head = m.phrase.strip()[:1]
    return not head.isalpha() or not head.isupper() or text[m.start : m.start + 1].isupper()


def _resolve(fw: FrameWords, text: str, m: PhraseMatch, folded: str) -> tuple[str, bool] | None:
    """The key a place name stands for here, and whether a kind or compass word marks it."""
    keys = fw.keys.get(name_key(text[m.start : m.end]))
    if not keys:
        return None
    data = place_data()
    kind_before = fw.kinds.match_before(folded, m.start, window=30)
    kind_after = fw.kinds.match_at(folded, _skip_space(folded, m.end), text)
    kind_hit = kind_before or kind_after
    kind = kind_hit.label if kind_hit is not None else None
    key = keys[0]
    if kind is not None:
        key = next((k for k in keys if k in data.places and data.places[k].kind == kind), key)
    compass = fw.compass.match_before(folded, m.start, window=30)
    if compass is not None and (
        (kind_before is not None and kind_before.start >= compass.end)
        or fw.kinds.match_at(folded, m.start, text) is not None
    ):
        compass = None  # "the eastern region of Valencia": the compass word is the region's
    glued = _glued_compass(fw, folded, m.start)
    compass_label = compass.label if compass else glued
    place = data.places.get(key)
    if compass_label and place is not None and place.kind == "country":
        return f"{key}{COMPASS_SEP}{compass_label}", True
    if compass_label:
        return None  # "71 km south-west of Marrakech", "al sur de Marrakech": a bearing
    return key, kind is not None


def _glued_compass(fw: FrameWords, folded: str, pos: int) -> str | None:
    """A compass word glued to the name by a hyphen: "Oost-Libië", "Nord-Est"."""
    if pos > 0 and folded[pos - 1] == "-":
        hit = fw.compass.match_before(folded, pos, window=12)
        if hit is not None and hit.end == pos:
            return hit.label
    return None


def _modifies_next(text: str, folded: str, end: int, lang: LanguageData) -> bool:
    """True when a lower-case content word follows the name: "US officials" (a modifier)."""
    m = re.match(r"\s+([^\W\d_]+)", text[end : end + 30])
    if m is None or not m.group(1)[:1].islower():
        return False
    at = end + m.start(1)
    word = folded[at : end + m.end(1)]
    if word in lang.function_words or word in lang.stopwords:
        return False
    if any(
        words.match_at(folded, at, text) is not None
        for words in (lang.weekday_names, lang.month_names, lang.date_relative, lang.season_names)
    ):
        return False  # "qui a frappé le Maroc vendredi soir", "que sacudió Marruecos anoche"
    return lang.predicates.match_at(folded, at, text) is None  # "Morocco killed …" is a verb


def _verb_object(text: str, folded: str, start: int, end: int, lang: LanguageData) -> bool:
    """True when the name at ``[start, end)`` follows a lower-case content word ("struck Morocco").

    A bare country there is what an event hit (its place), not the side the
    figure belongs to ("Russia has lost …", "… of Russia").
    """
    lo = max(0, start - 32)
    words = list(re.finditer(r"[^\W\d_]+", text[lo:start]))
    if not words or text[lo + words[-1].end() : start].strip(" '\u2019"):
        return False
    word = words[-1]
    if fold(word.group()) in lang.determiners and len(words) > 1:
        # "qui ont frappé le Maroc", "che ha colpito il Marocco": an article between
        if text[lo + words[-2].end() : lo + word.start()].strip():
            return False
        word = words[-2]
    a = lo + word.start()
    w = folded[a : a + len(word.group())]
    if not word.group()[:1].islower() or w in lang.function_words or w in lang.stopwords:
        return False
    if w in lang.number_vocabulary or _modifies_next(text, folded, end, lang):
        return False
    if any(
        hit is not None and hit.end == a + len(w)
        for hit in (
            phrases.match_before(folded, a + len(w), window=30)
            for phrases in (lang.units, lang.casualties, lang.toll_nouns)
        )
    ):
        return False  # "потери России", "straty Rosji": a genitive after a counted noun is whose
    fw = frame_words(lang.code)
    if fw.whose_after.match_before(folded, a + len(w), window=30) is not None:
        return False  # "has cost Russia", "со стороны России": whose losses, not where
    return all(  # "said Russia lost", "estimate Russia lost": the country is the clause's subject
        words.match_at(folded, a, text) is None
        for words in (lang.attribution_verbs, lang.quote_verbs, fw.status)
    )


def _longer_name(text: str, folded: str, end: int, fw: FrameWords) -> bool:
    """True when a capitalised word (not a kind word) goes on the name that ends at ``end``."""
    pos = _skip_space(text, end)
    if pos == end or pos >= len(text) or not text[pos].isupper():
        return False
    return fw.kinds.match_at(folded, pos, text) is None


def _person_named(text: str, folded: str, end: int, fw: FrameWords, lang: LanguageData) -> bool:
    """True when the bare name ending at ``end`` opens a person's name: a capitalised word
    follows that is no place, kind, day or month, and then a lower-case word or a stop
    ("Sofia Petrova, a nurse", "Israel Katz said", "Paris Hilton"). A headline in title
    case goes on with a capital or a figure ("Russia Says 12,000 Troops Killed"): no
    person. Not where every noun is capitalised (``[frames] nouns_capitalised``).
    """
    if fw.nouns_capitalised:
        return False
    word = _CAPITALISED_WORD.match(text, end)
    if word is None or not word.group(1)[0].isupper():
        return False
    at = word.start(1)
    if any(
        words.match_at(folded, at, text) is not None
        for words in (fw.kinds, lang.weekday_names, lang.month_names)
    ) or fw.places(text[at : word.end()], folded[at : word.end()]):
        return False
    after = text[word.end() :].lstrip(" ")
    return not after or not (after[0].isupper() or after[0].isdigit())


# A space, then a word of at least two letters (a surname if capitalised: "Petrova").
_CAPITALISED_WORD = re.compile(r" ([^\W\d_]{2,})(?![\w'\u2019-])")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _marked_by_preposition(fw: FrameWords, folded: str, start: int) -> bool:
    """True when a place preposition opens the phrase that ends at ``start``.

    Kind and compass words may stand between: "in the province of X", "in
    eastern X", "dans l'est de la X", and one adjective of the kind: "in the
    Andean region of X", "en la región andina de X".
    """
    pos = start
    for _ in range(3):
        if fw.prepositions.match_before(folded, pos, window=24) is not None:
            return True
        hit = fw.kinds.match_before(folded, pos, window=30) or fw.compass.match_before(
            folded, pos, window=30
        )
        if hit is not None:
            pos = hit.start
            continue
        kind = _kind_before(folded, fw, pos)
        if kind is None:
            return False
        adjective = _word_ending(folded, kind)
        return fw.prepositions.match_before(folded, kind, window=24) is not None or (
            adjective is not None
            and fw.prepositions.match_before(folded, adjective, window=24) is not None
        )
    return False


# One word: an adjective of a place kind ("Andean", "andina"), a link ("de", "d'").
# What a guessed place's key keeps of its folded name: Latin letters and digits, and the
# letters of the other scripts the languages write (Cyrillic, Arabic), so "в Басре" and
# "في البصرة" are places as "in Basra" is (their keys were empty, so no place at all).
_NOT_SLUG = re.compile(r"[^a-z0-9\u0400-\u04ff\u0620-\u064a]+")


def _slug(folded_name: str) -> str:
    """The key body of a place name the data does not hold ("~" is put before it)."""
    return _NOT_SLUG.sub("_", folded_name).strip("_")


_WORD_AT = re.compile(r"[^\W\d_]+'?")
_WORD_END = re.compile(r"([^\W\d_]+'?) *$")


def _word_ending(folded: str, end: int) -> int | None:
    """Where the word that ends (spaces allowed) at ``end`` starts, or None."""
    m = _WORD_END.search(folded, max(0, end - 32), end)
    return m.start(1) if m is not None else None


def _kind_before(folded: str, fw: FrameWords, start: int) -> int | None:
    """Where a place kind starts that introduces the name at ``start`` through one
    adjective and a link: "la región andina de X", "la province montagneuse de X"."""
    link = _word_ending(folded, start)
    if link is None or folded[link:start].strip() not in fw.kind_links:
        return None
    adjective = _word_ending(folded, link)
    if adjective is None:
        return None
    kind = fw.kinds.match_before(folded, adjective, window=30)
    return kind.start if kind is not None else None


def _name_letter(ch: str) -> bool:
    """Whether ``ch`` may open a name: a capital, or a letter of a script without case
    (Arabic), where only a place kind before it marks a name ("محافظة البصرة")."""
    return ch.isupper() or (ch.isalpha() and not ch.islower())


def _name_after_kind(text: str, folded: str, fw: FrameWords, pos: int) -> int | None:
    """Where the name starts that a place kind at ``pos`` introduces, or None.

    One adjective may stand before the kind or between it and its link ("the
    Andean region of X", "the southern province of X", "la región andina de
    X"); a kind with no link takes the name right after it ("der Region X").
    """
    kind = fw.kinds.match_at(folded, pos, text)
    if kind is None:
        adjective = _WORD_AT.match(text, pos)
        if adjective is None:
            return None
        kind = fw.kinds.match_at(folded, _skip_space(text, adjective.end()), text)
        if kind is None:
            return None
    after = _skip_space(text, kind.end)
    last = folded[kind.start : kind.end].split()[-1]
    adjective = _WORD_AT.match(text, after)
    kind_word = folded[_word_ending(folded, kind.end) or kind.start : kind.end].strip()
    plain = adjective is not None and fw.is_kind_adjective(fold(adjective.group()), kind_word)
    if last in fw.kind_links or (_name_letter(text[after : after + 1]) and not plain):
        return after
    if adjective is None or not (adjective.group()[:1].islower() or plain):
        return None
    link = _WORD_AT.match(folded, _skip_space(text, adjective.end()))
    if link is None or link.group() not in fw.kind_links:
        return None
    return _skip_space(text, link.end())


def _unknown_places(
    text: str, folded: str, fw: FrameWords, lang: LanguageData, known: list[PlaceHit]
) -> list[PlaceHit]:
    """Capitalised names after a place preposition that the place data does not know.

    Only where capitals mark names (``[frames] guess_places``): in German
    every noun is capitalised ("im Schnitt"), so there only a name a place kind
    introduces ("in der Region Ayacucho"). A kind between the preposition and
    the name is skipped ("in the Andean region of Ayacucho" names Ayacucho).
    """
    hits: list[PlaceHit] = []
    covered = {h.start for h in known}  # a name starts where a known place does
    ends = {h.end for h in known}
    if fw.guess_places:
        hits.extend(_listed_with_figures(text, folded, fw, lang, ends, covered))
    starts: list[tuple[int | None, int, int]] = [
        (prep.start, _skip_space(text, prep.end), prep.end)
        for prep in fw.prepositions.find(text, folded)
    ]
    starts.extend((None, pos, -1) for pos in _opening_kinds(text, folded, fw, lang))
    for prep_start, pos, prep_end in starts:
        if pos >= len(text) or pos == prep_end:
            continue
        near = _WORD_AT.match(folded, pos)
        if near is not None and near.group() in fw.near_words:
            pos = _skip_space(text, near.end())  # "in nearby Sparta", "nella vicina Sparta"
        named = _name_after_kind(text, folded, fw, pos)
        if named is not None and _name_letter(text[named : named + 1]):
            pos = named  # "in the Andean region of X", "in der Region X": the name, not the kind
        elif not fw.guess_places:
            continue  # German: every noun is capitalised; a kind word marks a name
        if not text[pos].isupper() and pos != named:
            continue
        if pos in covered or any(h.start <= pos < h.end for h in known):
            continue  # a known place ("la provincia de Valencia" spans its kind word)
        if _day_or_month(folded, pos, lang):
            continue
        if (
            prep_start is not None
            and lang.attribution_verbs.match_before(folded, prep_start, window=30) is not None
        ):
            continue  # "dijo en Onda Cero", "повідомив у Telegram": the medium, not a place
        if prep_start is None and (named is None or pos != named):
            continue  # an opening kind names the place only with its name right after it
        m = _NAME_RUN.match(text, pos)
        if m is None:
            continue
        words = m.group().split()
        while len(words) > 1 and not words[-1][:1].isupper():
            words.pop()
        if not words[0][:1].isupper() and pos != named:
            words.pop()
        if not words or fold(words[0]) in lang.function_words or fold(words[0]) in lang.stopwords:
            continue
        end = pos + len(" ".join(words)) if len(words) == 1 else m.start() + len(m.group())
        name = text[pos:end].rstrip(".'\u2019")
        after = text[pos + len(name) : pos + len(name) + 2].strip()
        if len(name) < 3 or after[:1].isdigit():
            continue  # "Canal 24": a name with a number is a brand, not a place
        if name.isupper() and len(name) <= _ACRONYM_LETTERS and " " not in name:
            continue  # "en la UCI", "at the WHO": an acronym names a body, not a place
        if fold(name) in fw.not_places:
            continue  # "55 dei 101 seggi in Parlamento": a body, not a place
        slug = _slug(fold(name))
        if slug:
            kind_after = fw.kinds.match_at(folded, _skip_space(text, pos + len(name)), text)
            hits.append(
                PlaceHit(
                    pos,
                    pos + len(name),
                    "~" + slug,
                    True,
                    part=_most_before(text, fw, pos),
                    kinded=pos == named or kind_after is not None,
                )
            )
    return hits


_POSSESSIVE = re.compile(r"['\u2019]s\s+(?=[^\W\d_])")


def _possessed_places(
    text: str, folded: str, fw: FrameWords, lang: LanguageData, places: list[PlaceHit]
) -> list[PlaceHit]:
    """A known place's possessive before a name names the name ("in Iraq's Basra",
    "Spain's Valencia region"): the figure's place is the possessed one, the holder only
    says where it lies. The holder's hit yields to the possessed name's (a guessed name
    is marked as a place kind would mark it, see :attr:`PlaceHit.kinded`)."""
    out: list[PlaceHit] = []
    for hit in places:
        m = _POSSESSIVE.match(text, hit.end)
        if hit.key.startswith("~") or m is None or not text[m.end() : m.end() + 1].isupper():
            out.append(hit)
            continue
        if any(h.start == m.end() for h in places):
            continue  # a known place stands there: it is the figure's
        run = _NAME_RUN.match(text, m.end())
        words = run.group().split() if run is not None else []
        while words and not words[-1][:1].isupper():
            words.pop()
        if not words or fold(words[0]) in lang.function_words or fold(words[0]) in fw.not_places:
            out.append(hit)
            continue
        name = " ".join(words).rstrip(".'\u2019")
        slug = _slug(fold(name))
        if len(slug) < 3:
            out.append(hit)
            continue
        out.append(PlaceHit(m.end(), m.end() + len(name), "~" + slug, hit.marked, kinded=True))
    return out


def _opening_kinds(text: str, folded: str, fw: FrameWords, lang: LanguageData) -> list[int]:
    """Where a place kind opens the sentence, after at most an article: "La province de
    Nampula, dans le nord du pays, …", "The province of Nampula, …" name a place as a
    preposition's phrase does (the name after the kind, see :func:`_name_after_kind`)."""
    for m in fw.kinds.find(text, folded):
        before = folded[: m.start].split()
        if len(before) > 1 or (before and before[0] not in lang.function_words):
            return []
        return [m.start]
    return []


# The longest all-capital word read as an acronym (a body), never guessed as a place.
_ACRONYM_LETTERS = 5

_LAST_WORD = re.compile(r"(?<![\w'\u2019.-])([^\W\d_][\w'\u2019.-]*)\s?$")
# How far before a "with" word a place name may start ("Santa Cruz de Tenerife, con 8").
_WITH_NAME_REACH = 40


def _gives_figure(text: str, folded: str, fw: FrameWords, end: int) -> int | None:
    """Where the figure starts that a place ending at ``end`` is given with, or None.

    "Taroudant, con 321", "Al Haouz mit 1293 Toten", "Paiporta, with 45
    victims": an optional comma, a ``[frames] place_with`` word, then digits.
    """
    pos = end
    while pos < len(text) and text[pos] in " ,":
        pos += 1
    w = fw.with_figure.match_at(folded, pos, text)
    if w is None:
        return None
    pos = _skip_space(text, w.end)
    if pos >= len(text) or not text[pos].isdigit():
        return None
    digits = _DIGIT_RUN.match(text, pos)
    after = _skip_space(text, digits.end() if digits else pos)
    if get_language(fw.code).month_names.match_at(folded, after) is not None:
        return None  # "con 24 settembre": a date, not a figure given with the place
    return pos


def _listed_with_figures(
    text: str,
    folded: str,
    fw: FrameWords,
    lang: LanguageData,
    ends: set[int],
    covered: set[int],
) -> list[PlaceHit]:
    """Unknown names a list gives its figures with: "Paiporta, con 45 víctimas; Catarroja,
    con 25" (two items at least: one "X, with N" may be anything, "The Red Cross, with 300
    volunteers", "Mientras, con 45 muertos"). A name that opens the sentence, follows an
    article ("El Gobierno") or is a day or month name is no place."""
    items: list[tuple[int, int]] = []
    for w in fw.with_figure.find(text, folded):
        lo = max(0, w.start - _WITH_NAME_REACH)
        end = lo + len(text[lo : w.start].rstrip(" ,"))
        start = _capitalised_run_before(text, lo, end)
        if start is not None and end not in ends and _gives_figure(text, folded, fw, end):
            items.append((start, end))
    if len(items) < 2:
        return []
    hits: list[PlaceHit] = []
    for start, end in items:
        name = text[start:end]
        first = fold(name.split()[0])
        if start == 0 or first in lang.function_words or first in lang.stopwords:
            continue
        if _day_or_month(folded, start, lang):
            continue
        if fold(_word_before_text(text, start)) in lang.determiners:
            continue  # "la Guardia Civil, con 500": an article before a name of a body
        slug = _slug(fold(name))
        if slug and len(name) >= 3:
            hits.append(PlaceHit(start, end, "~" + slug, True))
            covered.add(start)
    return hits


def _capitalised_run_before(text: str, lo: int, end: int) -> int | None:
    """Where the run of up to three capitalised words ending at ``end`` starts, or None."""
    start = None
    pos = end
    for _ in range(3):
        m = _LAST_WORD.search(text, lo, pos)
        if m is None or not m.group(1)[:1].isupper():
            break
        start = m.start(1)
        pos = m.start(1)
    return start


def _most_before(text: str, fw: FrameWords, start: int) -> bool:
    """ "Most of the victims were in X": a ``[frames] place_most`` phrase ends at most
    ``_MOST_GAP`` characters before the place, in its clause."""
    lo = max(0, start - _MOST_BEFORE)
    for m in fw.most.find(text[lo:start]):
        gap = text[lo + m.end : start]
        if len(gap) <= _MOST_GAP and not _CLAUSE_BREAK.search(gap) and "," not in gap:
            return True
    return False


def _day_or_month(folded: str, pos: int, lang: LanguageData) -> bool:
    return (
        lang.month_names.match_at(folded, pos) is not None
        or lang.weekday_names.match_at(folded, pos) is not None
    )


def _word_before_text(text: str, pos: int) -> str:
    """The word right before ``pos`` (skipping blanks), or ""."""
    m = re.search(r"(\w+)\W*$", text[max(0, pos - 30) : pos])
    return m.group(1) if m else ""


def place_hits(
    text: str,
    folded: str,
    lang: LanguageData,
    exclude: Sequence[tuple[int, int]] = (),
    home: str | None = None,
) -> tuple[list[PlaceHit], list[tuple[int, int, str]]]:
    """The places a sentence names, and its demonyms and bare country names (subjects).

    Names inside an ``exclude`` span (the credited source: "the ministry in
    London") are left out. A compass part of "the country" is a part of
    ``home``, the article's country; without one it is left out.
    """
    found, sides = _sentence_hits(text, lang.code)
    places: list[PlaceHit] = []
    for h in found:
        if h.key == _CAPITAL:
            capital = _home_capital(home, found, sides)
            if capital is None:
                continue
            h = attrs.evolve(h, key=capital)
        elif h.key.startswith(_HOME):
            if home is None:
                continue
            h = attrs.evolve(h, key=home + h.key[len(_HOME) :])
        places.append(h)
    if not exclude:
        return places, list(sides)
    return (
        [
            h
            for h in places
            if not any(a <= h.start < b for a, b in exclude)
            or _place_before_source(text, folded, h, exclude, lang)
        ],
        [s for s in sides if not any(a <= s[0] < b for a, b in exclude)],
    )


def _place_before_source(
    text: str,
    folded: str,
    hit: PlaceHit,
    exclude: Sequence[tuple[int, int]],
    lang: LanguageData,
) -> bool:
    """A place that opens a credited source after a place preposition is the figure's.

    "in Portogallo la Direzione generale della Sanità ha contato 284 morti": the
    source read from "Portogallo" on, but "in Portogallo" says where the 284
    died, as "en Portugal, la Dirección General de Salud" does; a name inside
    the source ("the ministry in London") stays the source's.
    """
    fw = frame_words(lang.code)
    start = hit.start
    near = _WORD_END.search(folded, max(0, start - 24), start)
    if near is not None and near.group(1) in fw.near_words:
        start = near.start(1)  # "Nella vicina Sparta invece il servizio meteo …"
    if not any(a <= start < b and not text[a:start].strip() for a, b in exclude):
        return False
    m = fw.prepositions.match_before(folded, start, window=24)
    return m is not None and not folded[m.end : start].strip()


# The key of the article's own country in a sentence's cached hits ("the east of the
# country"); :func:`place_hits` puts the article's country in its place.
_HOME = "^home"


# The key of "the capital" in a sentence's cached hits; :func:`place_hits` puts the
# capital of the article's own country in its place.
_CAPITAL = "^capital"


@functools.cache
def _capitals() -> Mapping[str, str]:
    """Each country's capital key, from the places marked ``capital`` in places.toml."""
    data = place_data()
    out: dict[str, str] = {}
    for key, place in data.places.items():
        country = data.country(key) if place.capital else None
        if country is not None and country != key:
            out.setdefault(country, key)
    return out


def _home_capital(
    home: str | None,
    found: Sequence[PlaceHit],
    sides: Sequence[tuple[int, int, str]],
) -> str | None:
    """The capital "the capital" stands for: the home country's, when the sentence names
    no other place and no other country's side ("столиця" in a Ukrainian story is Kyiv;
    "13 personas en la capital" beside Paiporta may be the region's capital)."""
    if home is None:
        return None
    capital = _capitals().get(home)
    if capital is None:
        return None
    if any(h.key not in (_CAPITAL, home, capital) for h in found):
        return None
    if any(key != home for _, _, key in sides):
        return None
    return capital


def _capital_hits(text: str, folded: str, fw: FrameWords, lang: LanguageData) -> list[PlaceHit]:
    """ "The capital", "la capitale", "в столице": a stop, a figure, a name or a past-tense
    verb (``[attribution] verb_endings``: "в столице погибли") must follow, as another
    lower-case word may say whose capital it is ("la capitale régionale", "столице
    региона", "the capital of the province")."""
    hits: list[PlaceHit] = []
    verb_endings = tuple(
        fold(str(e)).strip() for e in lang.raw.get("attribution", {}).get("verb_endings", ())
    )
    for m in fw.capital_nouns.find(text, folded):
        rest = folded[m.end :].lstrip()
        word = _FIRST_WORD.match(rest)
        if (
            word is not None
            and not text[len(text) - len(rest)].isupper()
            and not (verb_endings and word.group().endswith(verb_endings))
        ):
            continue
        hits.append(PlaceHit(m.start, m.end, _CAPITAL, True))
    return hits


_FIRST_WORD = re.compile(r"[^\W\d_]+")


# Place kinds a "country" noun may also name ("Land": a German federal state).
_SUBDIVISIONS = frozenset({"region", "province"})


def _home_parts(text: str, folded: str, fw: FrameWords) -> list[PlaceHit]:
    """Compass parts of the article's own country: "the east of the country", "l'est du
    pays", "estul țării" (a compass word, then a ``[frames] country_nouns`` word)."""
    hits: list[PlaceHit] = []
    if fw.country_nouns.empty:
        return hits
    for m in fw.compass.find(text, folded):
        noun = fw.country_nouns.match_at(folded, _skip_space(folded, m.end), text)
        if noun is not None:
            hits.append(PlaceHit(m.start, noun.end, f"{_HOME}{COMPASS_SEP}{m.label}", True))
    for noun in fw.country_nouns.find(text, folded):
        # "in the country's east": the possessive, then the compass word
        mark = _POSSESSIVE.match(text, noun.end)
        side = fw.compass.match_at(folded, mark.end(), text) if mark is not None else None
        if side is not None:
            hits.append(PlaceHit(noun.start, side.end, f"{_HOME}{COMPASS_SEP}{side.label}", True))
    return hits


_POSSESSIVE = re.compile(r"['\u2019]s\s+")


@functools.lru_cache(maxsize=256)
def _sentence_hits(
    text: str, code: str
) -> tuple[tuple[PlaceHit, ...], tuple[tuple[int, int, str], ...]]:
    """Every place and side a sentence names; cached, as each figure of it asks again."""
    from ..lang import get_language

    lang = get_language(code)
    folded = fold(text)
    fw = frame_words(lang.code)
    data = place_data()
    places: list[PlaceHit] = []
    subjects: list[tuple[int, int, str]] = []
    glued = _glued_names(text, folded, fw, lang.proclitics)
    glued_spans = {(g.start, g.end) for g in glued}
    found = merge_matches(fw.places(text, folded) + glued)
    for m in found:
        listed = False
        if m.label.startswith("demonym:"):
            subjects.append((m.start, m.end, m.label.split(":", 1)[1]))
            continue
        if not _is_capitalised(text, m):
            continue
        resolved = _resolve(fw, text, m, folded)
        if resolved is None:
            continue
        key, marked = resolved
        marked = marked or _marked_by_preposition(fw, folded, m.start)
        place = data.places.get(key)
        if (
            not marked
            and places
            and places[-1].marked
            and places[-1].key in data.places
            and key not in data.chain(places[-1].key)
        ):
            # "in Turkey and Syria": a country listed after a marked place is one more
            # place ("Valencia, Spain" names where the first lies: not a list)
            gap = folded[places[-1].end : m.start]
            marked = listed = _listing(gap, fw) and (
                gap.strip() != "," or _joiner_next(folded, m.end, fw)
            )
        is_glued = (m.start, m.end) in glued_spans
        if is_glued and not (marked and place is not None and place.kind == "country"):
            continue  # "وسرت" is "and it spread", unless it lists a country after a place
        if not marked and (place is None or (place.kind != "country" and not place.capital)):
            # "Taroudant, con 321" marks a place; "Russia, with 600,000 lost" stays whose
            marked = _gives_figure(text, folded, fw, m.end) is not None
        only = fw.only.match_at(folded, _skip_space(folded, m.end), text) is not None or bool(
            fw.only.find(text[max(0, m.start - _ONLY_BEFORE) : m.start])
        )  # "in Derna alone", "apenas na cidade de Derna"
        if not marked and not only and place is not None:
            if _person_named(text, folded, m.end, fw, lang):
                continue  # "Sofia Petrova", "Israel Katz": a person's name, no place nor side
            if place.kind == "country" and not _verb_object(text, folded, m.start, m.end, lang):
                subjects.append((m.start, m.end, key))  # "Russia lost …": whose, not where
                continue
            state = data.country(key)
            if place.capital and state:
                subjects.append((m.start, m.end, state))  # "Moscow lost …": the state
                continue
            if _longer_name(text, folded, m.end, fw):
                continue  # "New York Times", "Valencia Basket": a name, not the place
        places.append(
            PlaceHit(
                m.start,
                m.end,
                key,
                marked or only,
                only,
                _most_before(text, fw, m.start),
                listed and not only,
            )
        )
    places.extend(_unknown_places(text, folded, fw, lang, list(places)))
    places = _possessed_places(text, folded, fw, lang, places)
    if not any((p := data.places.get(h.key)) and p.kind in _SUBDIVISIONS for h in places):
        # "im Süden des Landes" is the home country's south unless the sentence names
        # a region it may mean ("Hochwasser in Sachsen: Im Süden des Landes …")
        places.extend(_home_parts(text, folded, fw))
    capitals = _capital_hits(text, folded, fw, lang)
    places.extend(h for h in capitals if not any(p.start <= h.start < p.end for p in places))
    return tuple(sorted(places, key=lambda h: h.start)), tuple(subjects)


def _common_holder(keys: list[str]) -> str | None:
    """The most specific place that holds every key (None when there is none).

    A compass part of a country that holds the others is that place ("eastern
    Libya, in particular Derna": eastern Libya, not Libya).
    """
    data = place_data()
    compass = compass_holder(keys)
    if compass is not None:
        return compass
    chains = [data.chain(k.split(COMPASS_SEP, 1)[0]) for k in keys]
    if any(k.startswith("~") for k in keys):
        return None
    for node in chains[0]:
        if all(node in c for c in chains[1:]):
            return node
    return None


# How far after a place a compass part of its country may stand to say where it lies.
_WHERE_REACH = 60


def _says_where(text: str, hit: PlaceHit, named: Sequence[PlaceHit]) -> bool:
    """True when the compass part ``hit`` says where a place named just before it lies.

    "le maire de Derna, la ville la plus touchée, située dans l'est du pays":
    the east holds Derna, and no figure stands between them, so it places
    Derna (here inside the credited source), not the figure.
    """
    if COMPASS_SEP not in hit.key:
        return False
    return any(
        p.end <= hit.start
        and hit.start - p.end <= _WHERE_REACH
        and p.key != hit.key
        and compass_holder([hit.key, p.key]) == hit.key
        and not any(ch.isdigit() for ch in text[p.end : hit.start])
        for p in named
    )


def compass_holder(keys: Sequence[str]) -> str | None:
    """The compass part of a country among ``keys`` that holds all the others, if any.

    "Eastern Libya" holds Derna (whose ``area`` lies north-east) and itself;
    it holds neither Libya nor Misrata, in the west (the reading of
    :func:`crosscheck.claims._frames.relate_keys`).
    """
    for key in keys:
        if COMPASS_SEP in key and all(_compass_holds(key, other) for other in keys):
            return key
    return None


def _compass_holds(outer: str, inner: str) -> bool:
    """Whether the compass part ``outer`` ("libya:east") holds the place ``inner``."""
    if outer == inner or inner.startswith("~"):
        return outer == inner
    base, _, bearing = outer.partition(COMPASS_SEP)
    inner_base, _, inner_bearing = inner.partition(COMPASS_SEP)
    mine = frozenset(bearing.split("_"))
    if inner_bearing:
        return inner_base == base and bool(mine & frozenset(inner_bearing.split("_")))
    data = place_data()
    chain = data.chain(inner_base)
    if base not in chain[1:]:
        return False
    area = next(
        (
            data.places[node].area
            for node in chain[: chain.index(base)]
            if node in data.places and data.places[node].area
        ),
        None,
    )
    if area is None:
        return False
    theirs = frozenset(area.split("_"))
    return mine <= theirs or theirs <= mine


_DIGITS = re.compile(r"[0-9]+")


@functools.lru_cache(maxsize=512)
def _calendar_masked(text: str, code: str) -> str:
    """``text`` with the digits of its dates and clock times put out ("#").

    The list and ownership rules look for another figure's digits between a
    place and its figure; "le Maroc avait fait, samedi à 22 heures, 2 012
    morts" or "the quake that hit Morocco on September 8 has climbed to
    2,901, and 5,530 …" name a day and an hour there, no other figure.
    """
    if not any(ch.isdigit() for ch in text):
        return text
    lang = get_language(code)
    folded = fold(text)
    spans = date_spans(text, folded, lang)
    chars = list(text)
    for m in _DIGITS.finditer(text):
        a, b = m.start(), m.end()
        after = _skip_space(folded, b)
        hours = lang.clock_hours.match_at(folded, after) is not None
        # "10 a.m.", "0401 GMT"; an hour noun only after a clock word ("à 22 heures"):
        # "en 24 hores", "in 48 Stunden" may be a span of hours, which stays a figure
        clock = (lang.clock_after.match_at(folded, after) is not None and not hours) or (
            hours
            and (
                lang.clock_prepositions.match_before(folded, a, window=16) is not None
                or lang.clock_words.match_before(folded, a, window=16) is not None
            )
        )
        if clock or any(s <= a and b <= e for s, e in spans):
            chars[a:b] = "#" * (b - a)
    return "".join(chars)


# The most characters between two coordinated figures ("2 012 morts et 2 059 blessés").
_COORDINATED_GAP = 40


def _coordinated(
    text: str, folded: str, end: int, cs: int, fw: FrameWords, lang: LanguageData
) -> bool:
    """True when the figures between a place and the figure are joined to it as one list.

    "le séisme qui a secoué le Maroc a fait 2 012 morts et 2 059 blessés": the
    figure before 2 059 is joined to it by a conjunction or a comma, with no
    place word, clause break or other digit between (``text`` has its dates'
    and hours' digits put out): both figures are the place's. A figure that
    names a place of its own ("2 012 morts à Al Haouz et 2 059") parts them.
    """
    runs = list(_DIGIT_RUN.finditer(text, end, cs))
    if not runs:
        return False
    lo = runs[-1].end()
    tail, ftail = text[lo:cs], folded[lo:cs]
    if len(tail) > _COORDINATED_GAP or _break_between(text, lo, cs) or ";" in tail:
        return False
    if fw.prepositions.find(tail, ftail):
        return False
    words = ftail.replace(",", " , ").split()
    return any(w == "," or w in lang.bound_joiners or w in fw.place_joiners for w in words)


def _owned_elsewhere(text: str, hit: PlaceHit, cs: int, ce: int, *, far_only: bool = False) -> bool:
    """True when a digit right beside the place, on the side away from the figure, claims it.

    In "Taroudant (271 morts) et de Chichaoua (91 morts)" Chichaoua is the
    place of 91, not of 271; in "62 vecinos de Paiporta, 13 personas…"
    Paiporta is the place of 62. ``far_only``: only a figure on the far side
    counts, not one between (two figures may share the place after them:
    "11 300 morts et 10 100 disparus dans la seule ville de Derna").
    """
    if hit.start >= ce:
        ours = hit.start - ce
        far = text[hit.end : hit.end + _OWNER_REACH]
        other = next((i for i, ch in enumerate(far) if ch.isdigit()), None)
    else:
        ours = cs - hit.end
        far = text[max(0, hit.start - _OWNER_REACH) : hit.start][::-1]
        other = next((i for i, ch in enumerate(far) if ch.isdigit()), None)
    gap = text[ce : hit.start] if hit.start >= ce else text[hit.end : cs]
    if not far_only and any(ch.isdigit() for ch in gap):
        return True  # another figure stands between: "… 8 en el barrio … y 6 en Chiva"
    return other is not None and other < ours  # the other figure stands nearer the place


def _closes_item(text: str, folded: str, hit: PlaceHit, cs: int, lang: LanguageData) -> bool:
    """True when a place before the figure closes the list item of an earlier figure.

    In "191 décès dans la ville de Chichaoua, 41 dans la région de
    Ouarzazate et 15 dans la préfecture de Marrakech" (or "1293 وفاة بإقليم
    الحوز، و452 بإقليم تارودانت") the place before 41 is named in the same
    phrase as 191, and a comma or a conjunction parts it from 41: it is
    191's place, however many words its own phrase takes.
    """
    gap = folded[hit.end : cs]
    words = gap.strip(" ,;،؛").split()
    parted = any(ch in _ITEM_BREAKS for ch in gap) or (
        len(words) == 1 and words[0] in lang.bound_joiners
    )
    if not parted or any(ch.isdigit() for ch in gap):
        return False
    far = text[max(0, hit.start - _ITEM_REACH) : hit.start]
    digits = [i for i, ch in enumerate(far) if ch.isdigit()]
    if not digits:
        return False
    return not any(ch in _ITEM_BREAKS or ch in ".:!?" for ch in far[digits[-1] + 1 :])


def _drop_prepositions(gap: str, fw: FrameWords) -> str:
    """A folded gap without its place prepositions: " and in " -> " and "."""
    for m in reversed(fw.prepositions.find(gap, gap)):
        gap = gap[: m.start] + " " + gap[m.end :]
    return gap


def _glued_names(
    text: str, folded: str, fw: FrameWords, proclitics: Sequence[str]
) -> list[PhraseMatch]:
    """One-word place names glued to a listing joiner ("وسوريا": "and Syria").

    Arabic writes "and" as one word with the next; the place index leaves it
    out (``وسرت`` is "and it spread" far more often than "and Sirte"), so
    these are candidates only, kept where they list a country after a place.
    """
    joiners = [j for j in fw.place_joiners if j in proclitics]
    found: list[PhraseMatch] = []
    if not joiners:
        return found
    for token in _WORD.finditer(folded):
        word = token.group()
        for j in joiners:
            if word.startswith(j) and len(word) > len(j) + 1:
                rest = word[len(j) :]
                if fw.keys.get(rest):
                    start = token.start() + len(j)
                    found.append(PhraseMatch("place", start, token.end(), rest))
                    break
    return found


def _joiner_next(folded: str, end: int, fw: FrameWords) -> bool:
    """The next word after ``end`` lists one more item: "Spain, France and Italy"."""
    words = folded[end : end + 24].replace(",", " , ").split()
    return bool(words) and words[0] in fw.place_joiners


# Marks after a listed country that close its list: the clause goes on elsewhere.
_LIST_CLOSERS = frozenset('.,;:)!?"\u00bb\u201d')


def _list_closed(folded: str, end: int, fw: FrameWords, lang: LanguageData) -> bool:
    """A country listed after the figure ends its phrase here, not opening a new clause.

    "killed 30 people in Kenya and Tanzania." or "… and Tanzania on Monday" close
    the list; in "… in Kenya and Tanzania declared an emergency", "… in Gaza,
    Israel said", "… and France's government said" the country is the subject
    of what follows, not a place the figure covers.
    """
    rest = folded[end:].lstrip()
    if not rest or (rest[0] in _LIST_CLOSERS and not rest.startswith(("'", "\u2019"))):
        return True
    word = rest.split(None, 1)[0].strip(".,;:!?")
    return word.isdigit() or word in fw.place_joiners or word in lang.function_words


def _listing(gap: str, fw: FrameWords) -> bool:
    """True when a folded gap between two place names only lists them: "and", ", ", "و"."""
    words = gap.replace(",", " , ").split()
    return bool(words) and len(words) <= 2 and all(w in fw.place_joiners for w in words)


def _gap_is_list(
    text: str,
    folded: str,
    a: int,
    b: int,
    fw: FrameWords,
    lang: LanguageData,
    *,
    compass_part: bool = False,
) -> bool:
    """True when ``text[a:b]`` only joins two places of one list ("X, in Y and in Z").

    ``compass_part``: the place at ``b`` is a compass part of a country, whose
    compass word stands in the gap ("Derna, in eastern Libya").
    """
    if not _LIST_GAP.fullmatch(text, a, b):
        return False
    bearings = fw.compass.find(text[a:b], folded[a:b])
    if compass_part:
        bearings = [m for m in bearings if text[a + m.end : b].strip(" -")]
    if bearings:
        return False  # "Al Haouz, south of Marrakech": a bearing, not a list
    if any(
        fold(m.phrase) not in fw.place_joiners
        for m in lang.clause_openers.find(text[a:b], folded[a:b])
    ):
        return False  # "92 en Valencia, mientras que Albacete …": another clause, not a list
    words = re.findall(r"[^\W\d_]+", folded[a:b])
    return not any(w in lang.number_vocabulary for w in words)


def _listed_before(
    text: str,
    folded: str,
    prev: PlaceHit,
    hit: PlaceHit,
    cs: int,
    fw: FrameWords,
    lang: LanguageData,
    shared: bool = False,
) -> bool:
    """True when ``prev`` opens a list of places that ``hit`` (before the figure) goes on.

    A name joined to the one before by a comma or a conjunction alone (the
    language's ``[ranges] bound_joiners``) shares its marking word ("sobre
    la Comunidad Valenciana y Castilla-La Mancha"). ``shared``: the figure
    shares the list with a figure joined before it ("… y Castilla-La Mancha
    …, con cerca de 300 fallecidos, decenas de desaparecidos"), whose digits
    stand between.
    """
    gap = folded[prev.end : hit.start].strip()
    joined = gap == "," or gap.lstrip(", ") in lang.bound_joiners
    known = prev.key in place_data().places and hit.key in place_data().places
    return (
        hit.end <= cs
        and (prev.marked or (joined and known))
        and (hit.marked or joined)
        and not _owned_elsewhere(text, prev, cs, cs, far_only=shared)
        and _gap_is_list(text, folded, prev.end, hit.start, fw, lang)
    )


def _part_between(text: str, partitives: Sequence[int], ce: int, start: int) -> bool:
    """True when a part of the figure stands between it and a place after it.

    In "219 dead, 211 of them in Valencia alone" (or "dont 211 dans la seule
    région de Valence") the place is where the part lies; the whole covers
    more than it.
    """
    if not any(p < start for p in partitives):
        return False
    last = None
    for m in _DIGIT_RUN.finditer(text, ce, start):
        last = m
    # "219 dead, including 12 children, in Valencia": an aside closed before the place
    return last is not None and "," not in text[last.end() : start]


_DIGIT_RUN = re.compile(r"[0-9][0-9.,\u00a0\u202f ]*")


def _first_figure(text: str, lo: int, hi: int) -> int | None:
    """Where the first run of digits in ``text[lo:hi]`` that is no year (1900-2100) starts."""
    for m in _DIGIT_RUN.finditer(text, lo, hi):
        run = m.group().strip(" .,\u00a0\u202f")
        if run and not (len(run) == 4 and run.isdigit() and 1900 <= int(run) <= 2100):
            return m.start()
    return None


def _own_item_between(
    text: str, folded: str, fw: FrameWords, lang: LanguageData, ce: int, start: int
) -> bool:
    """True when the place at ``start`` closes a later list item, not the figure's phrase.

    In "13 personas en la capital, 8 en el barrio de La Torre y 6 en Chiva"
    another figure, joined to the list by a comma or a conjunction (the
    language's ``[ranges] bound_joiners``), stands right before Chiva (within
    ``_OWNER_REACH``), and the figure's own phrase has already named where it
    lies ("en la capital"): Chiva is 6's place. Without a place word of its
    own the figure shares the place after the next one ("822 killed and 672
    injured in Morocco"); a hedge ("cerca de 120") is no place word, and a
    figure not joined as a list item ("en las últimas 24 horas") is no item.
    """
    other = _first_figure(text, max(ce, start - _OWNER_REACH), start)
    if other is None:
        return False
    joined = folded[ce:other].rstrip()
    if not (
        joined.endswith((",", ";"))
        or any(joined.endswith(" " + j) for j in lang.bound_joiners if j.isalpha())
    ):
        return False
    hedges = [(q.start, q.end) for q in lang.qualifiers.find(text[ce:other], folded[ce:other])]
    return any(
        not any(a <= p.start < b for a, b in hedges)
        for p in fw.prepositions.find(text[ce:other], folded[ce:other])
    )


def _opens_next_item(
    plain: str, folded: str, fw: FrameWords, lang: LanguageData, ce: int, hit: PlaceHit
) -> bool:
    """True when the place at ``hit`` opens a later clause that gives a figure of its own.

    "In Bayern zählten die Behörden fünf Tote, in Hessen kam ein Mensch ums
    Leben", "En Baviera murieron cinco personas, en Hesse una", "In Prag
    demonstrierten 60.000 Menschen, in Wien weitere 3.000": the place (with
    its preposition) leads the item after a comma, a ``[ranges]
    bound_joiners`` word or a clause opener ("while in Hesse …"), and a
    figure follows it in that item (digits other than a day's or a year's:
    ``plain`` is the calendar-masked text; or a number word; "one" or an
    article only when a counted noun or an event verb follows it, or nothing:
    "ein Mensch kam ums Leben", not "una alerta roja"): that figure's place,
    not the one before the comma. A place after the comma that closes its item
    ("Fünf Tote, in Bayern.") is still the figure's, and so is one the
    figure's own clause goes on to ("The earthquake, of magnitude 6.9, struck
    Morocco on the night of September 8-9").
    """
    prep = fw.prepositions.match_before(folded, hit.start, window=24)
    lead = folded[ce : prep.start if prep is not None else hit.start].rstrip()
    last = lead.rsplit(None, 1)[-1] if lead.split() else ""
    if not (
        lead.endswith((",", ";", "\u060c"))
        or last in lang.bound_joiners
        or lang.clause_openers.match_before(folded, ce + len(lead), window=24) is not None
    ):
        return False
    stop = _ITEM_END.search(plain, hit.end)
    hi = stop.start() if stop is not None else len(plain)
    if _first_figure(plain, hit.end, hi) is not None:
        return True
    for m in _WORD_AT.finditer(folded, hit.end, hi):
        w = m.group().rstrip("'")
        if lang.words.get(w, 0) >= 2 or w in lang.multipliers:
            return True
        if lang.words.get(w, 0) == 1 or w in lang.articles:
            # one counted ("ein Mensch kam ums Leben", "en Hesse una."), not an article of
            # something else ("en Valencia se declaró una alerta roja")
            rest = slice(m.end(), hi)
            if (
                not folded[rest].strip()
                or lang.units.match_at(folded, _skip_space(folded, m.end())) is not None
                or lang.predicates.find(plain[rest], folded[rest])
            ):
                return True
    return False


# How far after a figure its own place phrase may start ("13 personas en la capital"),
# and how many words of it name the place ("el barrio de La Torre").
_OWN_PHRASE_REACH = 24
_OWN_PHRASE_WORDS = 5
# The longest bare preposition ("in", "en", "à"); a longer one carries its article ("nel",
# "dans le", "im" excepted: German capitalises every noun, so there a capital names nothing).
_BARE_PREPOSITION = 2
# What ends a figure's list item: a comma or a clause break.
_ITEM_END = re.compile(r"[,;:!?()\[\]\u060c\u061b]|\.(?!\d)")


def _names_a_time(text: str, folded: str, lang: LanguageData) -> bool:
    """Whether a phrase counts time ("in the past week", "dans les dernières heures"):
    a unit word of a concept of kind ``time`` (``[units]`` weeks, days, hours)."""
    return any(
        (c := concept(m.label)) is not None and c.kind == "time"
        for m in lang.units.find(text, folded)
    )


def _own_place_phrase(
    text: str, folded: str, fw: FrameWords, lang: LanguageData, ce: int
) -> tuple[int, int] | None:
    """The span of the place phrase the figure's own list item goes on with, or None.

    In "62 vecinos de Paiporta, 13 personas en la capital, 8 en el barrio de
    La Torre" the place before 13 closes 62's item, and "en la capital"
    (a place the data may not hold) says where 13 lies: Paiporta is not 13's.
    The preposition must start within ``_OWN_PHRASE_REACH`` after the figure,
    one word at most between, in its item (before a comma or clause break); a
    hedge ("cerca de") is no place word, and neither is a preposition before a
    day, a month or a digit in its phrase (up to a joiner: "en las últimas 24
    horas", "in 2023"), nor one of function words or a total ("in all", "en
    total": ``[scope]``, ``[tolls]``); a place is a name or a noun with its article
    (or one the preposition carries: "nel capoluogo"), so "in condizioni critiche"
    is no place. The span runs from after the preposition to the
    item's end (at most ``_OWN_PHRASE_WORDS`` words: "la capital", "el barrio
    de La Torre").
    """
    end = ce + _OWN_PHRASE_REACH
    stop = _ITEM_END.search(text, ce, end)
    hi = stop.start() if stop is not None else min(end, len(text))
    hedges = [(q.start, q.end) for q in lang.qualifiers.find(text[ce:hi], folded[ce:hi])]
    for p in fw.prepositions.find(text[ce:hi], folded[ce:hi]):
        if any(a <= p.start < b for a, b in hedges) or len(text[ce : ce + p.start].split()) > 1:
            continue  # a hedge, or a preposition of a later phrase ("… para hacer frente a")
        lo = _skip_space(text, ce + p.end)
        close = _ITEM_END.search(text, lo, lo + 40)
        words = list(
            itertools.takewhile(
                lambda w: w.group() not in fw.place_joiners,
                re.finditer(r"\S+", folded[lo : close.start() if close is not None else lo + 40]),
            )
        )
        if not words or _day_or_month(folded, lo, lang):
            continue
        if any(w.group()[:1].isdigit() for w in words[:3]):
            continue  # "en las últimas 24 horas", "in 2023": a time, not a place
        last = words[:_OWN_PHRASE_WORDS][-1]
        a, b = ce + p.start, lo + last.end()
        content = [
            w
            for w in (w.group().strip(".,'\u2019") for w in words)
            if w not in lang.function_words and w not in lang.stopwords
        ]
        first = text[lo + words[0].start() : lo + words[0].end()]
        carried = folded[ce + p.start : ce + p.end].split()[-1]
        indefinite = fold(first) in lang.function_words and fold(first) not in lang.determiners
        named = (
            (fw.guess_places and first[:1].isupper())
            or fold(first) in lang.determiners
            or carried in lang.determiners
            or (len(carried) > _BARE_PREPOSITION and not indefinite)
        )
        if not named:
            # "1.404 in condizioni critiche", "1404 dans un état très grave": a state, not a
            # place (no definite article, no name)
            continue
        if (
            not content
            or _names_a_time(text[a:b], folded[a:b], lang)
            or any(
                found.find(text[a:b], folded[a:b])
                for found in (lang.toll_nouns, lang.scope, lang.tolls)
            )
        ):
            continue  # "11,470 in all", "en total": no place, a total
        return lo, lo + len(folded[lo : lo + last.end()].rstrip(".'\u2019"))
    return None


def _before_figure(spans: Sequence[tuple[int, int]], cs: int) -> list[tuple[int, int]]:
    """Source spans that end clear of the figure; one that runs into it swallowed its clause."""
    return [(a, b) for a, b in spans if not (b <= cs < b + 4)]


def find_place(
    text: str,
    folded: str,
    cs: int,
    ce: int,
    lang: LanguageData,
    exclude: Sequence[tuple[int, int]] = (),
    home: str | None = None,
) -> tuple[str | None, str | None, bool]:
    """The place the figure at ``[cs, ce)`` covers: its text and key (sentence offsets),
    and whether the text says it holds part of a larger whole ("most victims were in X")."""
    fw = frame_words(lang.code)
    data = place_data()
    places, _ = place_hits(text, folded, lang, _before_figure(exclude, cs), home)
    # "… 30 people in Kenya and Tanzania declared …": a country listed after the figure
    # that opens a new clause is no place of the figure's
    places = [
        h
        for h in places
        if not (h.listed and h.start >= ce and not _list_closed(folded, h.end, fw, lang))
    ]
    if any(COMPASS_SEP in h.key for h in places):
        named, _ = place_hits(text, folded, lang, home=home)
        places = [h for h in places if not _says_where(text, h, named)]
    wide = fw.nationwide.find(text, folded)
    if wide:
        # "nel Paese" (in the country): a word of "nationwide" is no unknown place's name
        places = [
            h
            for h in places
            if not (h.key.startswith("~") and any(m.start <= h.start < m.end for m in wide))
        ]
    places = _drop_highlighted(text, folded, places, fw)
    places = [h for h in places if not _dateline(text, h)]
    outside = _elsewhere_beside(text, folded, cs, ce, fw)
    if outside is not None:
        # "11 300 morts à Derna et 170 autres ailleurs dans l'est": not Derna's
        places = [h for h in places if h.start >= outside]
    openers = lang.clause_openers.find(text, folded)
    tolls = lang.tolls.find(text, folded) + lang.toll_nouns.find(text, folded)
    plain = _calendar_masked(text, lang.code)  # a day's or an hour's digits are no figure
    partitives = [m.start for m in lang.partitives.find(text, folded) if m.start >= ce]
    best: tuple[int, int] | None = None
    own: tuple[int, int] | None = None
    shared_at: set[int] = set()  # places a figure joined before this one shares
    for i, hit in enumerate(places):
        if cs <= hit.start < ce or hit.start - ce > _SCAN or cs - hit.end > _SCAN:
            continue  # inside the figure, or too far to be its place whatever marks it
        if hit.start >= ce and _part_between(text, partitives, ce, hit.start):
            continue  # "219 Todesopfer, 211 davon allein in Valencia": the part's place
        if hit.start >= ce and _own_item_between(text, folded, fw, lang, ce, hit.start):
            continue  # "13 personas en la capital … y 6 en Chiva": 6's place, not 13's
        if hit.start >= ce and _opens_next_item(plain, folded, fw, lang, ce, hit):
            continue  # "fünf Tote, in Hessen kam ein Mensch ums Leben": the one's place
        known = hit.key in data.places
        if not hit.marked and not known:
            continue
        given = _gives_figure(text, folded, fw, hit.end)
        if given is not None:
            if given == cs:
                best = (-1, i)  # "Taroudant, con 321": the figure is given with the place
                break
            continue  # "… 1.293 morti, e Taroudant, con 321": another figure's place
        d = _distance(text, hit.start, hit.end, cs, ce)
        if hit.end <= cs and not text[hit.end : cs].strip(" ("):
            d = 0  # "Taroudant (271 morts)": the figure glosses the place
        if not hit.marked:
            d += _UNMARKED_PENALTY
        if not known and not hit.kinded:
            # a name a place kind names ("in Basra province") is a place though the data
            # does not know it: it does not lose to a country named further off
            d += _UNKNOWN_PENALTY
        lo, hi = (hit.end, cs) if hit.end <= cs else (ce, hit.start)
        if "," in text[lo:hi]:
            d += _COMMA_PENALTY
        if any(
            lo <= o.start and o.end <= hi and (hit.start >= ce or text[lo : o.start].strip(", "))
            for o in openers
        ):
            # "told reporters in Valencia that … 4,500": another clause; but a
            # relative clause right after the place is about it ("Al Haouz, qui compte 394")
            d += _BREAK_PENALTY
        if hit.only and _owned_elsewhere(plain, hit, cs, ce, far_only=True):
            continue  # "215 …, allein in Valencia wurden 211": the other figure's "alone"
        # "le Maroc a fait 2 012 morts et 2 059 blessés": the figure between is 2 059's
        # list fellow, not the owner of the place (no other place between)
        shared = (
            hit.end <= cs
            and not any(hit.end <= h.start < cs for h in places)
            and not _break_between(text, hit.end, cs)
            and _coordinated(plain, folded, hit.end, cs, fw, lang)
            and _own_place_phrase(text, folded, fw, lang, ce) is None  # "…, 4 en Almería"
            and not any(ce <= h.start <= ce + _ITEM_REACH for h in places)
        )
        if shared:
            shared_at.add(i)
        if _owned_elsewhere(plain, hit, cs, ce, far_only=shared) or (
            hit.end <= cs and _closes_item(plain, folded, hit, cs, lang)
        ):
            if hit.end <= cs and (phrase := _own_place_phrase(text, folded, fw, lang, ce)):
                own = phrase
                continue  # "62 de Paiporta, 13 en la capital": 13's own phrase says where
            d += _OWNED_PENALTY
        if hit.only:
            d -= _ONLY_BONUS
        if hit.end <= cs and any(
            t.end <= hit.start <= t.end + _TOLL_REACH and not _break_between(text, t.end, hit.start)
            for t in tolls
        ):
            d = min(d, _TOLL_DISTANCE)
        if d > _PLACE_REACH:
            continue
        if best is None or d < best[0]:
            best = (d, i)
    if best is None and own is not None:
        if fw.same_place.find(text[own[0] : own[1]], folded[own[0] : own[1]]):
            # "13 personas en el mismo municipio": the place named before, not one of its own
            before = [h for h in places if h.end <= cs]
            if not before:
                return None, None, False
            return text[before[-1].start : before[-1].end], before[-1].key, False
        # "13 personas en la capital": a place of its own the data does not hold, named
        # by its phrase; like any unlisted name it is part of a listed region, never its rival
        slug = _slug(folded[own[0] : own[1]])
        if slug:
            return text[own[0] : own[1]], "~" + slug, False
    if best is None:
        back = _place_pointed_back(text, folded, cs, ce, places, fw)
        if back is not None:
            return text[back.start : back.end], back.key, back.part
        nationwide = [m for m in wide if _distance(text, m.start, m.end, cs, ce) <= _PLACE_REACH]
        if nationwide and home:
            m = nationwide[0]
            return text[m.start : m.end], home, False
        return None, None, False
    i = best[1]
    via = i in shared_at  # the figure shares its place with a figure joined before it
    # "la región de Valencia, en España": the narrower place of an apposition.
    if i > 0 and _gap_is_list(
        text,
        folded,
        places[i - 1].end,
        places[i].start,
        fw,
        lang,
        compass_part=COMPASS_SEP in places[i].key,
    ):
        inner = places[i - 1]
        outer = places[i].key
        if (
            outer in data.chain(inner.key.split(COMPASS_SEP, 1)[0])[1:]
            or compass_holder([outer, inner.key]) == outer != inner.key
            # "La province de Nampula, dans le nord du pays": an unlisted place (part of
            # a listed region, never its rival) set in a part of the country
            or (inner.key.startswith("~") and inner.marked and COMPASS_SEP in outer)
        ) and (inner.end <= cs or inner.start >= ce):
            i -= 1
    while (
        i > 0
        and cs - places[i - 1].end <= _SCAN
        and _listed_before(plain, folded, places[i - 1], places[i], cs, fw, lang, shared=via)
    ):
        i -= 1  # "in Sicilia e in Toscana … 9 vittime": the list opens further back
    first = places[i]
    group = [first]
    if not _owned_elsewhere(plain, first, cs, ce, far_only=via):
        for hit in places[i + 1 :]:
            prev = group[-1]
            if hit.start - ce > _SCAN:
                break
            if not (hit.marked or hit.key in data.places) or (prev.end <= cs and hit.start >= ce):
                break  # an unmarked unknown name, or one on the far side of the figure
            if not _gap_is_list(text, folded, prev.end, hit.start, fw, lang):
                break
            if _owned_elsewhere(plain, hit, cs, ce, far_only=via):
                break
            group.append(hit)
    keys = list(dict.fromkeys(h.key for h in group))
    key = first.key
    if len(keys) > 1:
        holder = _common_holder(keys)
        if holder is None:
            # "in Turkey and Syria": places nothing listed holds are covered together
            joined = joined_places(keys)
            if joined is None or not all(
                _listing(_drop_prepositions(folded[a.end : b.start], fw), fw)
                for a, b in itertools.pairwise(group)
            ):
                group = [first]
            else:
                key = joined
        elif holder in keys:
            # "Valencia, in Spain": an apposition names the narrower place's holder
            rest = [k for k in keys if k != holder]
            key = rest[0] if len(rest) == 1 else (_common_holder(rest) or rest[0])
        else:
            key = holder  # "in Derna, in al-Bayda and in Al-Marj": what holds them all
    return text[first.start : group[-1].end], key, len(group) == 1 and first.part


# A dateline: a capitalised place opening the text, then its source in brackets, then a
# dash. The look-behind starts a match only where a run of blanks starts, so a search
# over a long run of blanks reads it once (it is matched right after a place name).
_DATELINE_AFTER = re.compile(r"(?<!\s)\s*(?:\([^()]{0,40}\)\s*)?[-\u2013\u2014]")


def _dateline(text: str, hit: PlaceHit) -> bool:
    """True when the place is a dateline: "BENGHAZI – At least 150 people have died".

    A name in capitals that opens the sentence, followed by a dash (a source in
    brackets may stand between: "RABAT (Reuters) -"), says where the report was
    filed, not where its figures hold.
    """
    name = text[hit.start : hit.end]
    return (
        not text[: hit.start].strip()
        and len(name) > 2
        and name.isupper()
        and _DATELINE_AFTER.match(text, hit.end) is not None
    )


# How far a highlighted place may stand after its highlight word ("în special orașul
# Derna", "notamment dans la ville de Derna"), and the highlight word after the wider place.
_HIGHLIGHT_NAME_GAP = 24
_HIGHLIGHT_GAP = 6


def _drop_highlighted(
    text: str, folded: str, places: list[PlaceHit], fw: FrameWords
) -> list[PlaceHit]:
    """The places without those a highlight word singles out of the place named before.

    "estul Libiei, în special orașul Derna, a urcat la 3.753", "l'est de la
    Libye, notamment Derna": the toll is the wider place's, Derna its worst
    hit part (``[frames] place_highlight``). A highlighted place with no place
    right before the highlight word stays, and so does one a relative word of
    place follows (``[frames] place_where``: "Spania, mai ales zona Valenciei,
    unde peste 90 de oameni au murit": the clause is the highlighted place's).
    """
    if fw.highlight.empty or len(places) < 2:
        return places
    dropped: set[int] = set()
    for m in fw.highlight.find(text, folded):
        after = next((h for h in places if m.end <= h.start <= m.end + _HIGHLIGHT_NAME_GAP), None)
        before = [h for h in places if h.end <= m.start]
        if after is None or not before or m.start - before[-1].end > _HIGHLIGHT_GAP:
            continue
        if _CLAUSE_BREAK.search(text, before[-1].end, after.start) or any(
            ch.isdigit() for ch in text[before[-1].end : after.start]
        ):
            continue
        rest = _skip_space(text, after.end + (text[after.end : after.end + 1] == ","))
        if fw.where.match_at(folded, rest, text) is not None:
            continue
        dropped.add(after.start)
    return [h for h in places if h.start not in dropped]


# How far after the figure (characters) an "elsewhere" word still speaks of it.
_ELSEWHERE_REACH = 24


def _elsewhere_beside(text: str, folded: str, cs: int, ce: int, fw: FrameWords) -> int | None:
    """Where an "elsewhere" word beside the figure ends, if one stands there.

    Right after it ("170 autres ailleurs") or right before it ("daarbuiten
    nog eens 170"), with no comma, clause break or other figure between.
    """
    for m in fw.elsewhere.find(text, folded):
        gap = text[ce : m.start] if m.start >= ce else text[m.end : cs]
        near = len(gap) <= _ELSEWHERE_REACH and (m.start >= ce or m.end <= cs)
        if near and not any(ch.isdigit() or ch in ",;:" for ch in gap):
            return m.end
    return None


def beside_elsewhere(text: str, folded: str, cs: int, ce: int, lang: LanguageData) -> bool:
    """Whether an "elsewhere" word stands beside the figure at ``[cs, ce)``.

    "11,300 died in Derna and 170 elsewhere in the east": the figure counts
    the rest of a region outside a place named before, so it adds to that
    place's count and is no rival of any whole count (claims mark it
    ``elsewhere``).
    """
    return _elsewhere_beside(text, folded, cs, ce, frame_words(lang.code)) is not None


# How far before a figure (characters) a word naming another one of a thing ("another
# boat with 45 people on board") still names what the figure's clause speaks of.
_ANOTHER_REACH = 60


def another_before(text: str, folded: str, cs: int, lang: LanguageData) -> bool:
    """Whether a word naming another one of a thing ("another boat", "une autre
    embarcation", "ein zweites Boot": ``[frames] another``) stands before the figure at
    ``cs`` in its sentence, within :data:`_ANOTHER_REACH` characters.

    "Hours earlier, another boat with 45 people on board reached the island": the 45
    were on board another vessel than the one the story is about, so their count is no
    count of the story's one moment (concepts.toml ``[moment_events]``).
    """
    fw = frame_words(lang.code)
    begin = max(0, cs - _ANOTHER_REACH)
    return any(m.end <= cs for m in fw.another.find(text[begin:cs], folded[begin:cs]))


def _place_pointed_back(
    text: str,
    folded: str,
    cs: int,
    ce: int,
    places: Sequence[PlaceHit],
    fw: FrameWords,
) -> PlaceHit | None:
    """The place a locative pro-form beside the figure points back to, if any.

    "De meeste slachtoffers vielen in Al Haouz, de provincie waar het epicentrum
    lag: daar kwamen bijna dertienhonderd mensen om": "daar" is Al Haouz, the
    last listed place named before it in the sentence.
    """
    for m in fw.there.find(text, folded):
        if _distance(text, m.start, m.end, cs, ce) > _THERE_REACH or cs <= m.start < ce:
            continue
        before = [
            h for h in places if h.end <= m.start and h.end <= cs and h.key in place_data().places
        ]
        if before:
            return before[-1]
    return None


# Characters a local head's title may stand before the place it heads ("mayor of Derna").
_HEAD_GAP = 6


def place_headed_by(source: str, code: str) -> tuple[str, str] | None:
    """The place a source is the local head of, as written and its key, or None.

    "the mayor of Derna", "el alcalde de Derna, Abdulmenam al-Ghaithi": a
    ``[frames] local_heads`` title right before a listed place. A mayor
    speaks of his own town: a figure credited to him that names no place of
    its own is that town's. Without such a title, a source whose own name
    holds one side of a country ("власти восточной Ливии") speaks for that
    side (``libya:east``).
    """
    fw = frame_words(code)
    folded = fold(source)
    heads = fw.local_heads.find(source, folded)
    places, _ = place_hits(source, folded, get_language(code))
    data = place_data()
    if not heads:
        # "las autoridades que controlan el este de Libia", "власти восточной Ливии", "وزير
        # الصحة في إدارة شرق ليبيا": a side of a country in the source's own name is the
        # part it speaks for (news names the authorities of a split country's side so)
        sides = [h for h in places if COMPASS_SEP in h.key and h.marked]
        return (source[sides[0].start : sides[0].end], sides[0].key) if len(sides) == 1 else None
    for head in heads:
        for hit in places:
            if head.end <= hit.start <= head.end + _HEAD_GAP and hit.key in data.places:
                # a mayor heads a town: "the mayor of Valencia" is the city's, not the region's
                readings = fw.keys.get(name_key(source[hit.start : hit.end]), ())
                towns = [k for k in readings if (p := data.places.get(k)) and p.kind == "city"]
                return source[hit.start : hit.end], towns[0] if towns else hit.key
    return None


@functools.lru_cache(maxsize=4096)
def place_as_source(source: str, code: str) -> tuple[str, str] | None:
    """The place a credited source only names, as written and its key, or None.

    "A província de Nampula registou 18 óbitos", "la regione Lombardia ha
    registrato", "the province of Nampula recorded": a place kind (``[frames]
    place_kinds``) and its name, after at most an article or a place
    preposition, and nothing else, is where the figure was counted, not who
    counted it. The key is the listed place's, else the name's own (``~nampula``).
    A body that names a place ("la Direzione provinciale di Nampula") or a bare
    name ("Spain says") is left alone. Cached: asked of every credited figure, and an
    article credits few sources many times.
    """
    fw = frame_words(code)
    lang = get_language(code)
    folded = fold(source)
    pos = _skip_space(source, 0)
    for _ in range(2):  # "A província de", "Na província de", "In the province of"
        word = _WORD_AT.match(folded, pos)
        prep = fw.prepositions.match_at(folded, pos, source)
        if prep is not None and _name_after_kind(source, folded, fw, pos) is None:
            pos = _skip_space(source, prep.end)
        elif word is not None and word.group().rstrip("'") in lang.determiners:
            pos = _skip_space(source, word.end())
    named = _name_after_kind(source, folded, fw, pos)
    if named is None or not source[named : named + 1].isupper():
        return None
    name = source[named:].rstrip(" .,'’")
    words = name.split()
    if not words or any(not w[:1].isupper() and len(w) > 3 for w in words):
        return None  # "the province of Nampula health directorate": a body
    places, _ = place_hits(source, folded, lang)
    listed = [h for h in places if h.start <= named < h.end or h.start == pos]
    if listed:
        return name, listed[0].key
    slug = _slug(fold(name))
    return (name, "~" + slug) if len(slug) >= 3 else None


# How many sentences before a city pointer's own may name the city it points to.
_CITY_BACK_SENTENCES = 3
# How far after a pointer a place name makes it that name's kind word ("in the city of X").
_POINTER_NAME_GAP = 6


def city_pointed_back(doc: Document, index: int, start: int, end: int) -> tuple[str, str] | None:
    """The city a pointer beside the figure at ``[start, end)`` (text offsets, sentence
    ``index``) stands for: its name as written and its key, or None.

    "The mayor of Derna said up to 20,000 people may have died in the city",
    "el número de muertos en la ciudad podría situarse entre 18.000 y 20.000":
    a ``[frames] city_pointers`` phrase within ``_THERE_REACH`` of the figure, in
    its clause, not followed by a name, is the last listed city named before it,
    in its own sentence (a credited source's words too: "the mayor of Derna")
    or in the ``_CITY_BACK_SENTENCES`` before.
    """
    fw = frame_words(doc.code)
    if fw.city_pointers.empty:
        return None
    s_start, s_end = doc.sentences[index]
    text, folded = doc.text[s_start:s_end], doc.folded[s_start:s_end]
    cs, ce = start - s_start, end - s_start
    data = place_data()
    for m in fw.city_pointers.find(text, folded):
        if cs <= m.start < ce or _distance(text, m.start, m.end, cs, ce) > _THERE_REACH:
            continue
        places, _ = place_hits(text, folded, doc.lang)
        named = any(m.end <= h.start <= m.end + _POINTER_NAME_GAP for h in places)
        if named or any(w[:1].isupper() for w in text[m.end : m.end + 20].split()[:2]):
            continue  # "in the city of Derna", "in der Stadt Derna": a kind word before a name
        for k in range(index, max(-1, index - _CITY_BACK_SENTENCES - 1), -1):
            a, b = doc.sentences[k]
            limit = s_start + m.start if k == index else b
            found, _ = place_hits(doc.text[a:b], doc.folded[a:b], doc.lang)
            cities = [
                h
                for h in found
                if a + h.end <= limit and h.key in data.places and data.places[h.key].kind == "city"
            ]
            if cities:
                hit = cities[-1]
                return doc.text[a + hit.start : a + hit.end], hit.key
        return None
    return None


def find_subject(
    text: str,
    folded: str,
    cs: int,
    ce: int,
    lang: LanguageData,
    exclude: Sequence[tuple[int, int]] = (),
) -> str | None:
    """Whose figure: a demonym or bare country next to it, else a group noun right after it."""
    _, sides = place_hits(text, folded, lang, exclude)
    fw = frame_words(lang.code)
    openers = lang.clause_openers.find(text, folded) if sides else []
    best: tuple[int, str] | None = None
    for s, e, key in sides:
        far = (s >= ce and s - ce > _SUBJECT_AFTER) or (e <= cs and cs - e > _SUBJECT_BEFORE)
        if cs <= s < ce:
            d = 0  # inside the figure's own words: "77 soldats ukrainiens"
        elif far or _break_between(text, e if e <= cs else ce, s if s >= ce else cs):
            continue
        else:
            d = s - ce if s >= ce else cs - e
            lo, hi = (ce, s) if s >= ce else (e, cs)
            if any(lo <= o.start and o.end <= hi for o in openers):
                continue  # "70 000 morts, tandis que les responsables américains …": another clause
        for_side = fw.for_side.match_before(folded, s, window=12) is not None
        if (not for_side and _names_a_source(text, folded, e, fw, lang)) or (
            name_key(text[s:e]) not in fw.keys  # a people noun, not "estimate Russia lost"
            and _counter_before(folded, s, fw, lang)
        ):
            continue  # "britischen Schätzungen", "Ukrainian officials": who counts, not whose
        if _gives_figure(text, folded, fw, e) not in (None, cs):
            continue  # "… 3,958 deaths, ahead of Algeria with 3,000": the other figure's
        if s >= ce and lang.partitives.find(text[ce:s], folded[ce:s]):
            continue  # "six dead, among them two Romanians": the part's side, not the whole's
        if fw.kinds.match_at(folded, _skip_space(text, e), text) is not None:
            continue  # "auf der griechischen Insel Chios": the place's people, not a side
        if fw.exchange.find_in(text, folded, min(e, ce), max(s, cs)):
            continue  # "90 أسيرا فلسطينيا مقابل … ثلاث رهائن": the other side of a swap
        if d > 0 and _names_attacker(text, folded, s, e, fw):
            continue  # "a Russian missile strike on Sumy killed 35": the attacker's side
        if best is None or d < best[0]:
            best = (d, key)
    if best is not None:
        return best[1]
    own = _own_losses_side(text, folded, cs, sides, fw)
    if own is not None:
        return own
    for m in fw.subjects.find(text, folded):
        near = cs <= m.start <= ce + _GROUP_AFTER and not _break_between(text, ce, m.start)
        if (
            near
            and m.start >= ce
            and lang.partitives.find(text[ce : m.start], folded[ce : m.start])
        ):
            continue  # "219 dead, including 12 children": the part's group, not the whole's
        if near and m.start >= ce and _figure_in(folded, ce, m.start, lang):
            continue  # "131 eran hombres y 85 mujeres", "iar opt copii": the next figure's group
        if near and not any(a <= m.start < b for a, b in exclude):
            return m.label
    return None


# Words (characters) between a demonym and the attack noun it qualifies.
_ATTACK_GAP = 12


def _names_attacker(text: str, folded: str, s: int, e: int, fw: FrameWords) -> bool:
    """Whether the side at ``[s, e)`` qualifies an attack noun: it names who attacked.

    "Russian missile strike", "rosyjskiego ataku rakietowego", "ضربة صاروخية
    روسية": the attack noun right after the demonym, or (where adjectives
    follow their noun) right before it, with no clause break between.
    """
    after = fw.attacks.match_at(folded, _skip_space(text, e), text)
    if after is not None:
        return True
    if fw.demonyms.match_at(folded, s, text) is None:
        return False  # "the offensive has cost Russia": a country after its verb is whose
    window = max(0, s - _ATTACK_GAP - 20)
    for m in fw.attacks.find_in(text, folded, window, s):
        between = text[window + m.end : s]
        if len(between) <= _ATTACK_GAP and len(between.split()) <= 1 and "," not in between:
            return True  # "ضربة صاروخية روسية", "une frappe russe": the noun, then its adjective
    return False


def _figure_in(folded: str, lo: int, hi: int, lang: LanguageData) -> bool:
    """True when digits or a number word above one ("opt", "eight") stand in ``[lo, hi)``."""
    if any(ch.isdigit() for ch in folded[lo:hi]):
        return True
    return any(
        lang.number_vocabulary.get(w.group(), 1) > 1 for w in _WORD_AT.finditer(folded, lo, hi)
    )


# How far before a figure the state its men were lost in may stand ("вбитими Росія втратила").
_LOST_AS_REACH = 40


def lost_verb_before(text: str, folded: str, lo: int, cs: int, code: str) -> bool:
    """Whether a verb of losing that takes any object ("lost", "втратила", "a perdu":
    ``[counted_before]`` words of an ``any_object`` concept) stands in ``text[lo:cs]``,
    with nothing but words between it and the figure at ``cs``."""
    lang = get_language(code)
    for m in lang.counted_before.find(text[lo:cs], folded[lo:cs]):
        c = concept(m.label)
        if (
            c is not None
            and c.any_object
            and not re.search(r"[^\w\s'\u2019]|[0-9]", text[lo + m.end : cs])
        ):
            return True
    return False


def lost_as_before(text: str, folded: str, cs: int, code: str) -> str | None:
    """The one state (a unit concept) a ``[frames.lost_as]`` word before the figure gives.

    "вбитими Росія втратила приблизно 350 000 військових": the losses are of
    the killed. Within ``_LOST_AS_REACH`` characters before the figure, with
    no punctuation or digit between; two states ("вбитими й пораненими")
    give none (the casualties), and a verb of losing ("втратила") stands
    between.
    """
    lo = max(0, cs - 2 * _LOST_AS_REACH)
    found = frame_words(code).lost_as.find(text[lo:cs], folded[lo:cs])
    if not found or cs - (lo + found[-1].end) > _LOST_AS_REACH:
        return None
    gap = lo + found[-1].end
    if re.search(r"[^\w\s'\u2019]|[0-9]", text[gap:cs]):
        return None
    if not lost_verb_before(text, folded, gap, cs, code):
        return None  # "втрати вбитими й пораненими … можуть сягнути": no verb of losing
    labels = {m.label for m in found if not re.search(r"[.;:!?]", text[lo + m.end : gap])}
    return labels.pop() if len(labels) == 1 else None


# How many words may stand between an injured count and the illness after it
# ("2729 إصابة جديدة بالكوليرا": "new").
_ILLNESS_GAP_WORDS = 2


def illness_after(text: str, folded: str, end: int, code: str) -> bool:
    """True when a ``[frames] illnesses`` word names what a count ending at ``end`` has.

    Arabic "إصابة" is an injury and an infection alike: "2729 إصابة بالكوليرا"
    counts cases of cholera. The illness follows the count's noun within
    ``_ILLNESS_GAP_WORDS`` words, with no punctuation or digit between.
    """
    illnesses = frame_words(code).illnesses
    pos = end
    for _ in range(_ILLNESS_GAP_WORDS + 1):
        pos = _skip_space(text, pos)
        if illnesses.match_at(folded, pos, text) is not None:
            return True
        word = _WORD_AT.match(text, pos)
        if word is None:
            return False
        pos = word.end()
    return False


# How many words may stand between an area figure and a verb after it that
# closes its clause ("6000 Hektar Wald zerstört").
_AREA_VERB_AFTER_WORDS = 2


def area_event(
    text: str, folded: str, start: int, end: int, code: str, context: Sequence[tuple[int, int]]
) -> tuple[str, str] | None:
    """The event a ``[frames.area_events]`` verb names for the area figure at ``[start, end)``.

    "a ravagé 10 000 hectares", "ha arrasado ya 12.000 hectáreas", "consumiu 12
    mil hectares": the verb right before the figure or one word before it; "hat 6000 Hektar Wald
    zerstört": the verb a few words after its noun. Returns the event concept
    and the verb as written, or None. Such verbs name any disaster's damage
    ("ravaged 300 homes", "the floods destroyed 5,000 hectares of crops"), so
    only an area's figure reads them, and only where one of the ``context``
    spans (its sentence, the headline) names a fire (``[frames] fires``); elsewhere, and
    where no such verb stands, what befell the area (:func:`area_state`), an area a fire
    affected or destroyed being the area it burned.
    """
    fw = frame_words(code)
    if not any(fw.fires.find_in(text, folded, lo, hi) for lo, hi in context):
        return area_state(text, folded, start, end, fw)
    events = fw.area_events
    hit = events.match_before(folded, start, window=40)
    if hit is None and (adverb := _word_ending(folded, start)) is not None:
        hit = events.match_before(folded, adverb, window=40)  # "ha arrasado ya 15.000"
    if hit is None:
        pos = end
        for _ in range(_AREA_VERB_AFTER_WORDS + 1):
            pos = _skip_space(text, pos)
            hit = events.match_at(folded, pos, text)
            word = _WORD_AT.match(text, pos)
            if hit is not None or word is None:
                break
            pos = word.end()
    if hit is None:
        state = area_state(text, folded, start, end, fw)
        if state is not None and state[0] in _BURNED_STATES:
            return _BURNED, state[1]  # "la superfície afectada és de 8.300 hectàrees": burned
        return state
    return hit.label, text[hit.start : hit.end]


# In a fire's story, the area a fire affected or destroyed is the area it burned (an area
# flooded, sprayed is no burning: "16,800 acres of farmland were flooded").
_BURNED = "burned"
_BURNED_STATES = frozenset({"affected", "destroyed"})


# How far after an area figure its state may end ("de cultures maraîchères ont déjà été
# détruits"), and how far before it it may start ("la superficie touchée par l'invasion de
# criquets atteint 18 500").
_AREA_STATE_AFTER = 60
_AREA_STATE_BEFORE = 60
# What parts an area figure from a state word: another figure, a clause's end.
_AREA_STATE_BREAK = re.compile(r"[0-9;:.!?()]|,\s")


def area_state(
    text: str, folded: str, start: int, end: int, fw: FrameWords
) -> tuple[str, str] | None:
    """What befell the area figure at ``[start, end)``, in any story (``[frames.area_states]``):
    the first state word after it within ``_AREA_STATE_AFTER`` characters ("18 500 hectares
    infestés", "1 500 hectares de cultures ont déjà été détruits"), else the last before it
    within ``_AREA_STATE_BEFORE`` ("put the infested area at 30,000 hectares", "have sprayed
    about 9,400 hectares"), with no other figure or clause break between. Two figures of
    an area in two states are two quantities (the area infested, the area sprayed)."""
    states = fw.area_states
    stop = _AREA_STATE_BREAK.search(folded, end, end + _AREA_STATE_AFTER)
    hi = stop.start() if stop is not None else min(len(folded), end + _AREA_STATE_AFTER)
    after = states.find_in(text, folded, end, hi) if hi > end else []
    if after:
        return after[0].label, text[end + after[0].start : end + after[0].end]
    lo = max(0, start - _AREA_STATE_BEFORE)
    hits = states.find_in(text, folded, lo, start)
    if not hits or _AREA_STATE_BREAK.search(folded, lo + hits[-1].end, start) is not None:
        return None
    return hits[-1].label, text[lo + hits[-1].start : lo + hits[-1].end]


# How far before an "own losses" phrase the side it speaks of may be named.
_OWN_REACH = 80


def _own_losses_side(
    text: str, folded: str, cs: int, sides: Sequence[tuple[int, int, str]], fw: FrameWords
) -> str | None:
    """The side whose "own losses" the sentence gives before the figure, if one is named.

    "Україна востаннє оновлювала дані про власні втрати 8 грудня: тоді
    президент заявив, що загинули 43 тисячі": the ``[frames] own_losses``
    phrase nearest before the figure speaks of the one side named within
    ``_OWN_REACH`` characters before it (two sides there, "Moscow and Kyiv
    hide their own losses", name no one).
    """
    before = [m for m in fw.own_losses.find(text, folded) if m.end <= cs]
    if not before:
        return None
    m = before[-1]
    keys = {key for s, e, key in sides if e <= m.start and m.start - e <= _OWN_REACH}
    return next(iter(keys)) if len(keys) == 1 else None


def _names_a_source(text: str, folded: str, end: int, fw: FrameWords, lang: LanguageData) -> bool:
    """True when the word after a demonym is a status or reporting word ("British estimates")."""
    pos = _skip_space(folded, end)
    status = fw.status.match_at(folded, pos, text)
    return (
        (status is not None and status.label == "estimated")
        or lang.attribution_verbs.match_at(folded, pos, text) is not None
        or lang.outlets.match_at(folded, pos, text) is not None
        or fw.figure_nouns.match_at(folded, pos, text) is not None  # "ukrainischen Angaben"
    )


def _counter_before(folded: str, start: int, fw: FrameWords, lang: LanguageData) -> bool:
    """True when a reporting or estimating verb ends right before a demonym.

    "veranschlagen die Briten", "estiment les Britanniques": the demonym is
    the verb's subject, who counts, not whose the figure is. One article or
    determiner may stand between. (A role noun before it does not say so:
    "l'armée russe" is whose, "les responsables américains" who counts.)
    """
    lo = max(0, start - 40)
    words = list(re.finditer(r"[^\W\d_]+", folded[lo:start]))
    pos = start
    for w in reversed(words[-2:]):
        end = lo + w.end()
        if folded[end:pos].strip():
            return False  # punctuation between: another phrase
        for phrases in (lang.attribution_verbs, fw.status):
            hit = phrases.match_before(folded, end, window=40)
            if (
                hit is not None
                and hit.end == end
                and (phrases is not fw.status or hit.label == "estimated")
            ):
                return True
        if w.group() not in lang.function_words and w.group() not in lang.stopwords:
            return False
        pos = lo + w.start()
    return False


def _nearest_label(
    matches: list[PhraseMatch],
    text: str,
    cs: int,
    ce: int,
    before: int,
    after: int,
    openers: Sequence[PhraseMatch] = (),
    lang: LanguageData | None = None,
    dates: Sequence[tuple[int, int]] = (),
    lead_reach: int | None = None,
) -> str | None:
    """The label of the match nearest the figure in its clause (its own words first).

    A word after the figure past a clause opener ("…, iar oficiali", "while
    officials") speaks of the next clause; one past another figure (digits
    outside the ``dates`` spans, or a number word of ``lang``: "9113 танків,
    зокрема чотири за минулу добу") is that figure's. A match that opens the
    sentence reaches ``lead_reach`` characters ("Over the past 24 hours, …").
    """
    best: tuple[int, str] | None = None
    for m in matches:
        if cs <= m.start < ce:
            return m.label  # the figure's own words: "an estimated 45,000", "pode ultrapassar 300"
        if m.start >= ce:
            d = m.start - ce
            if d > after:
                continue
        elif m.end <= cs:
            d = cs - m.end
            reach = lead_reach if lead_reach is not None and not text[: m.start].strip() else before
            if d > reach:
                continue
        else:
            continue
        lo, hi = (m.end, cs) if m.end <= cs else (ce, m.start)
        if _break_between(text, lo, hi) or _figure_between(text, lo, hi, lang, dates):
            continue  # another clause's words, or another figure's ("…, di 899 al giorno")
        if (
            lang is not None
            and m.end <= cs
            and _figure_between(
                text, _clause_back(text, m.start, _OWNER_REACH), m.start, lang, dates
            )
        ):
            continue  # "чотири за минулу добу, 18 355 …": the rate of the figure before it
        if m.start >= ce and any(lo <= o.start and o.end <= hi for o in openers):
            continue
        if best is None or d < best[0]:
            best = (d, m.label)
    return best[1] if best else None


def _figure_between(
    text: str, lo: int, hi: int, lang: LanguageData | None, dates: Sequence[tuple[int, int]]
) -> bool:
    """True when another figure stands in ``text[lo:hi]``: digits outside a date, or a
    number word (not a stopword: articles such as "a", "un" are no figure)."""
    for i in range(lo, hi):
        if text[i].isdigit() and not any(a <= i < b for a, b in dates):
            return True
    if lang is None:
        return False
    for w in re.findall(r"[^\W\d_]+", fold(text[lo:hi])):
        if w in lang.number_vocabulary and w not in lang.stopwords and w not in lang.function_words:
            return True
    return False


# How far after a status word the state word of its own statement may start
# ("thought to be missing": "to be " between).
_STATE_AFTER = 12


def _states_other(
    text: str, folded: str, m: PhraseMatch, ce: int, lang: LanguageData, unit: str | None
) -> bool:
    """True when a status word after the figure, past a comma, qualifies a state of its own.

    "at least 205, with many more people thought to be missing": "thought to"
    governs "missing" (a ``[casualties]`` word of another unit than the
    figure's), so it is the missing people's status, not the 205's. Without a
    known ``unit`` any state word counts.
    """
    if m.start < ce or "," not in text[ce : m.start]:
        return False
    for hit in lang.casualties.find(text[m.end : m.end + 40], folded[m.end : m.end + 40]):
        if hit.start > _STATE_AFTER:
            break
        return unit is None or hit.label != unit
    return False


def find_status(
    text: str, folded: str, cs: int, ce: int, lang: LanguageData, unit: str | None = None
) -> str | None:
    """confirmed / estimated / projected / planned, from the words nearest the figure.

    ``unit``: the figure's unit concept, when known; a status word after the
    figure that governs a state of another unit is not its (:func:`_states_other`).
    """
    fw = frame_words(lang.code)
    hits = [
        m
        for m in fw.status.find(text, folded)
        if (m.start < ce or m.label not in _FUTURE or "," not in text[ce : m.start])
        and not _states_other(text, folded, m, ce, lang, unit)
        and not _negated_confirmation(folded, m, lang)
    ]  # "3.800 muertos, aunque temen que haya más": the fear is of more, not of this figure
    openers = lang.clause_openers.find(text, folded) if hits else []
    return _nearest_label(hits, text, cs, ce, _STATUS_BEFORE, _STATUS_AFTER, openers)


def _negated_confirmation(folded: str, m: PhraseMatch, lang: LanguageData) -> bool:
    """A confirmation word a negation stands right before (``[qualifiers.negated] words``):
    "30 morts n'ont pas été confirmés", "voci non confermate", "not confirmed" say the
    figure is unconfirmed, not confirmed; so does a negation that closes the confirmation
    word's clause, as a verb-second language puts it ("Die Behörden bestätigten 500 Tote
    nicht", "De politie bevestigde de 500 doden niet")."""
    if m.label != "confirmed":
        return False
    if lang.negations.match_before(folded, m.start, 24) is not None:
        return True
    stop = _CLAUSE_STOP.search(folded, m.end, m.end + _NEGATION_CLOSES)
    end = stop.start() if stop else len(folded)
    if end > m.end + _NEGATION_CLOSES:
        return False
    return _closing_word(folded, end) in _negation_words(lang)


# How far after a confirmation word a negation may close its clause.
_NEGATION_CLOSES = 60
_CLAUSE_STOP = re.compile(r"[.,;:!?\n]")


def _closing_word(folded: str, end: int) -> str:
    """The last word before ``end``, past the spaces and closing quotes before it."""
    stop = len(folded[:end].rstrip(" \"'\u201d\u00bb)"))
    start = stop
    while start > 0 and folded[start - 1].isalpha():
        start -= 1
    return folded[start:stop]


@functools.lru_cache(maxsize=32)
def _negation_words(lang: LanguageData) -> frozenset[str]:
    """The one-word negations of ``lang`` (``[qualifiers.negated] words``), folded."""
    return frozenset(fold(w) for w in lang.negations.phrases.get("not", []) if " " not in w.strip())


def find_rate(
    text: str,
    folded: str,
    cs: int,
    ce: int,
    lang: LanguageData,
    dates: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The period of a per-period figure ("day" for "1,200 a day"), None for a total.

    ``dates`` are the sentence's date spans: their digits are no other figure
    ("In the past 24 hours, 26 October, Russia lost 1,440"). A rate phrase
    that opens the sentence governs its first clause from farther away.
    """
    fw = frame_words(lang.code)
    hits = [
        m
        for m in fw.rate.find(text, folded)
        if fw.not_rate_after.match_at(folded, _skip_space(folded, m.end), text) is None
        and fw.not_rate_before.match_before(folded, m.start, _NOT_RATE_BEFORE_REACH) is None
        and not any(
            a <= m.end < b or (a >= m.end and not text[m.end : a].strip()) for a, b in dates
        )
    ]  # "a year ago", "a day after the quake", "im Jahr 1960" date something; they are no rate
    # "reach Chad in a week": the time 48,000 took to arrive, a total ([frames] not_rate_before)
    hits = [
        m
        for m in hits
        if not _total_between(text, folded, m, cs, ce, lang, fw)
        and not (m.end <= cs and _rate_of_earlier(text, m, lang, dates))
        and not _dates_or_toll(text, folded, m, cs, ce, lang)
    ]
    for m in hits:
        if m.start >= ce and _DASH_GAP.fullmatch(text, ce, m.start):
            return m.label  # "з них 920 — за останню добу": the dash stands for the verb
    return _nearest_label(
        hits,
        text,
        cs,
        ce,
        _RATE_BEFORE,
        _RATE_AFTER,
        lang=lang,
        dates=dates,
        lead_reach=_PLACE_REACH,
    )


# How far back (characters) a [frames] not_rate_before word may end before a rate phrase
# ("in less than" of "in less than a week").
_NOT_RATE_BEFORE_REACH = 24

# How far back a figure may stand, in its own comma-free clause, before a
# per-period phrase that is then its ("1,200 new infections in the past week").
_RATE_OWNER_REACH = 48
# Only a dash between a figure and the rate phrase after it ("920 — за останню добу").
_DASH_GAP = re.compile(r"\s?[-\u2013\u2014]\s?")


# How far back an onset verb before a rate phrase, or a toll word before the figure,
# may stand in its clause.
_ONSET_BACK = 40
_TOLL_BACK = 60


def _dates_or_toll(
    text: str, folded: str, m: PhraseMatch, cs: int, ce: int, lang: LanguageData
) -> bool:
    """True when the rate phrase dates an event or the figure is a running toll.

    An onset verb (``ONSET_EVENTS``) right before the phrase, or between it and
    the figure, is what the phrase dates (a verb before a figure is no concern of
    a phrase after it): "the storm that hit the coast in the past week killed
    12". A toll noun between the phrase and the figure, or in the figure's own
    comma-free clause before it (``[tolls] killed``, ``[toll_nouns] words``),
    makes the figure the toll's new level:
    "nell'ultima settimana il bilancio è salito a 300", "за минулий тиждень
    кількість загиблих зросла до 300".
    """
    before = m.end <= cs
    lo, hi = (_clause_back(text, m.start, _ONSET_BACK), cs) if before else (ce, m.start)
    gap, fgap = text[lo:hi], folded[lo:hi]
    if any(e.label in ONSET_EVENTS for e in lang.events.find(gap, fgap)):
        return True
    lo = m.end if before else _clause_back(text, cs, _TOLL_BACK)
    lo = max(lo, text.rfind(",", lo, cs) + 1)  # "il totale …, 910 dei quali": not 910's toll
    seg, fseg = text[lo:cs], folded[lo:cs]
    return any(h.label == "killed" for h in lang.tolls.find(seg, fseg)) or bool(
        lang.toll_nouns.find(seg, fseg)
    )


def _total_between(
    text: str, folded: str, m: PhraseMatch, cs: int, ce: int, lang: LanguageData, fw: FrameWords
) -> bool:
    """True when a running-total cue (``[scope] total``, a long ``since`` word) stands
    between the rate phrase ``m`` and the figure: "1,200 cases in the past week,
    bringing the year's total to 16,900" gives the rate to 1,200, not to the total."""
    lo, hi = (m.end, cs) if m.end <= cs else (ce, m.start)
    if hi <= lo:
        return False
    seg, fseg = text[lo:hi], folded[lo:hi]
    return any(h.label == "total" for h in lang.scope.find(seg, fseg)) or any(
        len(h.phrase) > _SHORT_SINCE for h in fw.since.find(seg, fseg)
    )


def _rate_of_earlier(
    text: str, m: PhraseMatch, lang: LanguageData, dates: Sequence[tuple[int, int]]
) -> bool:
    """True when another figure stands before the rate phrase ``m`` in its own clause
    (no comma nor break between): the phrase qualifies that figure, not one after it."""
    lo = _clause_back(text, m.start, _RATE_OWNER_REACH)
    lo = max(lo, text.rfind(",", lo, m.start) + 1)
    return _figure_between(text, lo, m.start, lang, dates)


def _clause_back(text: str, pos: int, reach: int) -> int:
    """Where the clause of ``pos`` starts, at most ``reach`` characters back: "gli 007
    di Londra: ogni giorno 900" keeps 007 out of the clause of "ogni giorno"."""
    lo = max(0, pos - reach)
    for b in _CLAUSE_BREAK.finditer(text, lo, pos):
        lo = b.end()
    return lo


# Grains of a date mention that name a few days in a row ("earlier this week":
# extract._dates early_week): the figure holds at that interval of days.
_FEW_DAYS = frozenset({"week_start"})
# The grain of a day before publication in an article dated only to its month ("a week
# earlier" in a "2025-01" article: extract._dates._resolve_in_month): the figure holds
# at that interval, before the article's own month-long time.
_MONTH_BEFORE = "month_before"


def find_as_of(
    doc: Document,
    s_start: int,
    s_end: int,
    cs: int,
    ce: int,
    dates: Sequence[DateMention],
) -> tuple[str | None, str | None]:
    """The day the figure holds at and where it came from ("text", "statement" or "published").

    The figure is at ``[cs, ce)`` of the sentence ``doc.text[s_start:s_end]``;
    ``dates`` are the date mentions of the sentence, in sentence offsets. The
    nearest one in the figure's clause dates it; a date after "since" opens
    a running total, so the figure holds at publication; a month or year
    that holds the publication day also leaves the publication day.
    """
    text, folded = doc.text[s_start:s_end], doc.folded[s_start:s_end]
    published = doc.published
    fw = frame_words(doc.code)
    best: tuple[int, DateMention, bool] | None = None
    for m in dates:
        if m.high is None or (cs <= m.start < ce) or m.start - ce > _SCAN or cs - m.end > _SCAN:
            continue
        if _opens_since(text, folded, _slashed_start(text, m, dates), fw):
            # "since January", "desde o início do ano": a running total opens there; it
            # says nothing of when the total holds, so another date may still date it
            continue
        if _compared_date(text, folded, m, ce, doc.lang, fw, dates):
            continue  # "17 injured, up from 14 reported on Tuesday": Tuesday is the 14's
        onset, verb = event_at(doc, s_start + m.start, s_start + m.end)
        if onset in ONSET_EVENTS and _stamp_aside(text, folded, m, cs, doc.lang, fw):
            onset = None  # "le séisme qui a secoué le Maroc avait fait, samedi à 22 heures, 2 012"
        if onset in ONSET_EVENTS and not (
            onset in POINT_EVENTS
            and published
            and _days_between((m.high or "")[:10], published[:10]) > _BACKGROUND_DAYS
            and not _closes_aside(text, verb, m.start, m.end, cs)
        ):
            # "the quake that struck on 8 September": when it began, not the count; but
            # "the 1960 quake that struck Agadir killed 12,000" is background history
            continue
        if (
            published
            and m.high[:10] < published[:10]
            and _days_between(m.high[:10], published[:10]) <= _BACKGROUND_DAYS
            and _dates_event(doc, text, folded, m, cs)
        ):
            # "il sisma di venerdì ha causato 1.643 vittime": when it struck; but "the
            # 1960 quake killed 12,000" is background history, dated by its year
            continue
        d = _distance(text, m.start, m.end, cs, ce)
        reach = None
        if onset in _STATEMENTS:
            reach = _statement_reach(text, folded, doc.lang, m, cs, dates)
        if reach is not None:
            d = min(d, reach)  # "El miércoles, el portavoz …, informó … de que … 3.840"
        if fw.as_of.match_before(folded, m.start, window=16) is not None:
            d -= 10
        if best is None or d < best[0]:
            best = (d, m, reach is not None)
    # a partial publication date ("2023-09") holds as it is: no day is invented
    pub = published[:10] if published else None
    told = _toll_told(text, folded, doc.lang, cs, ce, dates)
    if told is not None and told.high is not None and (pub is None or told.high[:10] < pub):
        # "Le bilan s'est alourdi hier à Texel : 23 des globicéphales échoués dans la nuit
        # de dimanche à lundi": the night is the stranding's, "hier" the day the count was
        # told, the count's own day (a statement's, never read as the event's)
        return told.high[:10], "statement"
    pointed = _day_pointed_back(folded, text, cs, dates, fw)
    if pointed is not None:
        return pointed, "text"  # "21 grudnia był dniem szczególnym: tego dnia … 350 tysięcy"
    if best is None or best[0] > _PLACE_REACH:
        day = _day_of_the_hour(doc, s_start, text, folded, cs, ce, dates)
        if day is not None:
            return day, "text"  # "La ora 10:00, prezența era de 11,4%" after "duminică"
        return pub, ("published" if pub else None)
    m = best[1]
    low, high = (m.low or m.high or "")[:10], (m.high or "")[:10]
    if m.grain == _MONTH_BEFORE or (m.grain in _FEW_DAYS and pub and high < pub):
        # "contre 12 tonnes annoncées en début de semaine": a few days before publication,
        # held as their ISO interval (not their month, nor the publication day; "a week
        # earlier" in a month-dated article: that month moved back, before its own time)
        return f"{low}/{high}", "text"
    if pub and low <= pub <= high:
        return pub, "published"
    if low == high:
        # a day: "as of Sunday", "on 12 September"; the day a statement giving the
        # figure was made is the count's own day, never the event's (judge._event_dated)
        return high, ("statement" if best[2] else "text")
    if low[:7] == high[:7]:
        return high[:7], "text"  # a month: "in July 2023" holds for that month, not a day of it
    # A year, season or part of one more often dates the event than the count
    # ("sent troops at the end of 2024"): it dates the figure only when it lies
    # clearly in the past (background history: "the 1960 quake killed 15,000").
    if pub and _days_between(high, pub) > _BACKGROUND_DAYS:
        return (high[:4] if low[:4] == high[:4] else high), "text"
    if (
        pub
        and m.relative
        and m.grain == "year"
        and high < pub
        and m.end <= cs
        and _fronted_year(doc, s_start, text, m)
    ):
        # "Last year, 280 were arrested", "Годом ранее … задержали 280": a year named
        # against the publication's own, before the figure, sets it in that year, however
        # near its end; after the figure it is as often the reading compared with ("30%
        # smaller than last year's", "inferiore del 30% a quello dello scorso anno")
        return high[:4], "text"
    return pub, ("published" if pub else None)


def _fronted_year(doc: Document, s_start: int, text: str, m: DateMention) -> bool:
    """Whether a relative year ("last year", "a year earlier") opens its sentence, alone or
    after one year preposition ("Im Vorjahr", "W ubiegłym roku"), as the time of what the
    sentence tells, and is the article's first year named: after a comparison or likeness
    ("Compared with last year", "As last year", "Wie im Vorjahr") or inside a noun phrase
    ("In the last year": the past twelve months) it is no time of the figure, and after
    another year ("In 2023, …. A year earlier, …", "Last year … The year before, …") an
    anaphoric "a year earlier" counts back from that year, not from publication."""
    before = text[: m.start].strip(" \t\n\"'«„“(-–—")
    if before and (len(before.split()) > 1 or fold(before) not in doc.lang.year_preposition_words):
        return False
    return not any(
        d.grain == "year" and d.start < s_start + m.start
        for d in doc.dates_within(0, s_start + m.start)
    )


# The most characters a month may stand after its sentence's start, and the most words
# before it (a preposition, an article: "In February", "В феврале", "Nel mese di febbraio"),
# to open the sentence and date all it tells (find_as_of_month).
_FRONTED_MONTH_LEAD = 20
_FRONTED_MONTH_WORDS = 3
_LEAD_WORD = re.compile(r"[^\W\d_]+")


def find_as_of_month(
    doc: Document,
    s_start: int,
    s_end: int,
    cs: int,
    ce: int,
    dates: Sequence[DateMention],
) -> int | None:
    """The month (1-12) an undated article's figure holds in, named without a year, or None.

    Called for a figure :func:`find_as_of` gave no time, in an article with no
    publication date: a month named alone (``DateMention.bare_month``: "In
    February", "В феврале", "En février") cannot be placed in a year, but it
    is still the figure's time (``Claim.as_of_month``; the judge places it in
    a year only when its group holds figures of that month of one year,
    ``judge._time``). It dates the figure when it is the nearest date of its
    clause that the year kept from dating it (no year in the text; within the
    reach of a place, as :func:`find_as_of` reads a date), or when it opens the
    sentence before the figure (at most ``_FRONTED_MONTH_WORDS`` words and
    ``_FRONTED_MONTH_LEAD`` characters before it), with no other date between:
    "В феврале президент … назвал данные: … около 380 тысяч получили ранения".
    A month after "since", of an onset ("the quake that struck in February"),
    or of a compared reading ("up from 14 in February") dates nothing, as in
    :func:`find_as_of`; nor does a month with a year, a day or a part ("February
    2024", "12 February", "early February"), nor one in a dated article (its
    publication date places it).
    """
    if doc.published is not None:
        return None
    text, folded = doc.text[s_start:s_end], doc.folded[s_start:s_end]
    fw = frame_words(doc.code)
    best: tuple[int, DateMention] | None = None
    for m in dates:
        if (cs <= m.start < ce) or m.start - ce > _SCAN or cs - m.end > _SCAN:
            continue
        if _opens_since(text, folded, _slashed_start(text, m, dates), fw):
            continue
        if _compared_date(text, folded, m, ce, doc.lang, fw, dates):
            continue
        onset, _ = event_at(doc, s_start + m.start, s_start + m.end)
        if onset in ONSET_EVENTS:
            continue
        if m.bare_month is not None and _fronted_month(text, m, cs, dates):
            return m.bare_month  # "In February, the minister said … 380,000 wounded"
        if m.high is not None:
            continue  # find_as_of read it, and left the figure no time
        d = _distance(text, m.start, m.end, cs, ce)
        if best is None or d < best[0]:
            best = (d, m)
    if best is None or best[0] > _PLACE_REACH:
        return None
    return best[1].bare_month  # "380,000 were wounded in February": a yearless month


def _fronted_month(text: str, m: DateMention, cs: int, dates: Sequence[DateMention]) -> bool:
    """The month at ``m`` opens the sentence and stands before the figure at ``cs``, with
    no other date between: it dates all the sentence tells ("En février, le ministre …")."""
    if m.end > cs or m.start > _FRONTED_MONTH_LEAD:
        return False
    lead = text[: m.start]
    if any(ch.isdigit() for ch in lead) or len(_LEAD_WORD.findall(lead)) > _FRONTED_MONTH_WORDS:
        return False
    return not any(o is not m and m.end <= o.start and o.end <= cs for o in dates)


# A "yesterday" word ([dates] relative) on a toll phrase ("Le bilan s'est alourdi hier"):
# the most characters between the toll noun and the word, between the word and the figure
# after it, or between the figure and the word right after it ("rose to 23 yesterday").
_TOLL_DAY_GAP = 40
_TOLL_DAY_AFTER = 16
# What such a word means (``[dates] relative``): a day before the writing.
_PAST_DAYS = frozenset({"yesterday", "day_before_yesterday"})
# Marks that part a toll phrase from the day word: a comma, a clause mark or a sentence end.
_TOLL_DAY_BREAK = re.compile(r"[,;!?.\u060c\u061b]")


def _toll_told(
    text: str,
    folded: str,
    lang: LanguageData,
    cs: int,
    ce: int,
    dates: Sequence[DateMention],
) -> DateMention | None:
    """The "yesterday" on the toll phrase that gives the figure at ``[cs, ce)``, or None.

    "Le bilan s'est alourdi hier à Texel : 23 des globicéphales échoués dans la
    nuit de dimanche à lundi", "The toll rose yesterday to 23", "Die Zahl der
    Toten stieg gestern auf 23": a ``[toll_nouns] words`` noun before the
    figure with a day word meaning yesterday (``[dates] relative``) within
    :data:`_TOLL_DAY_GAP` characters of it, before the figure (no comma between
    them, at most :data:`_TOLL_DAY_GAP` characters before it) or right after it
    (:data:`_TOLL_DAY_AFTER`). The toll is the count, so the day it moved is the
    day the count was told: it dates the figure even beside a nearer date of
    the event ("dans la nuit de dimanche à lundi"). A day word with no toll noun
    ("23 whales stranded yesterday") keeps the nearest-date reading.
    """
    lo = max(0, cs - _SCAN)
    tolls = lang.toll_nouns.find(text[lo:cs], folded[lo:cs])
    if not tolls:
        return None
    for m in dates:
        if not m.relative or m.low is None or m.low != m.high:
            continue
        words = lang.date_relative.find(text[m.start : m.end], folded[m.start : m.end])
        if not words or not all(w.label in _PAST_DAYS for w in words):
            continue
        if m.end <= cs:
            if cs - m.end > _TOLL_DAY_GAP or _TOLL_DAY_BREAK.search(text, m.end, cs):
                continue
        elif m.start >= ce:
            if m.start - ce > _TOLL_DAY_AFTER or _TOLL_DAY_BREAK.search(text, ce, m.start):
                continue
        else:
            continue
        for t in tolls:
            t_start, t_end = lo + t.start, lo + t.end
            if t_end <= m.start:
                gap = (t_end, m.start)
            elif m.end <= t_start:
                gap = (m.end, t_start)
            else:
                continue
            if gap[1] - gap[0] <= _TOLL_DAY_GAP and not _TOLL_DAY_BREAK.search(text, *gap):
                return m
    return None


# How far a day may stand after a compared reading's word, or after the figure it brings
# in ("up from 14 reported on Tuesday"), to date that reading.
_BASELINE_REACH = 32


def _compared_date(
    text: str,
    folded: str,
    m: DateMention,
    ce: int,
    lang: LanguageData,
    fw: FrameWords,
    dates: Sequence[DateMention],
) -> bool:
    """True when the date at ``m``, after the figure ending at ``ce``, dates a reading the
    figure is set against, not the figure.

    A ``[frames] baseline`` word between them ("up from", "contra", "rispetto a",
    "than") brings in the compared reading: a day after it with no figure between ("14,
    due in meno rispetto a giovedì", "sis menys que els que hi havia dilluns") or right
    after the figure it
    brings in ("Seventeen were injured, up from 14 reported on Tuesday", "18.900
    casos, contra 12.400 uma semana antes") is that reading's, within
    ``_BASELINE_REACH`` characters and no comma or clause break. A day right after
    the word compares only after a difference ("two fewer than on Thursday"); with
    none the word is a preposition ("5,000 protested against the reform on Sunday",
    "contra la reforma el domingo") and the day is the figure's. A qualifier is no
    such word ("more than 200 on Tuesday": 200's own bound, and its own day).
    """
    return m.start >= ce and _after_baseline(text, folded, ce, m.start, lang, fw, dates)


def _after_baseline(
    text: str,
    folded: str,
    lo: int,
    start: int,
    lang: LanguageData,
    fw: FrameWords,
    dates: Sequence[DateMention],
) -> bool:
    """True when a ``[frames] baseline`` word in ``text[lo:start]`` brings in the reading
    the day at ``start`` dates (see :func:`_compared_date`); ``dates`` share ``text``'s
    offsets."""
    hits = fw.baseline.find(text[lo:start], folded[lo:start])
    # a word that sets a figure against the one it corrects (``[toll_nouns] contrasts``: "and
    # not", "y no", "а не"): a day right after the corrected figure is that figure's
    corrects = lang.toll_contrasts.find(text[lo:start], folded[lo:start])
    if corrects and (not hits or corrects[-1].start > hits[-1].start):
        hits = corrects  # "55.000, y no los 61.000 anunciados el jueves"
    else:
        corrects = []
    if not hits:
        return False
    end = lo + hits[-1].end
    gap = text[end:start]
    if len(gap) > _BASELINE_REACH or _CLAUSE_BREAK.search(gap):
        return False
    if any(c in _ITEM_BREAKS and not gap[i + 1 : i + 2].isdigit() for i, c in enumerate(gap)):
        return False  # a comma ends the compared reading ("12,400" is one figure)
    spans = [(d.start, d.end) for d in dates]
    word = hits[-1]
    if corrects and not _figure_between(text, end, start, lang, spans):
        return False  # a correction word dates only the figure it brings in ("not 61,000 …")
    if not _figure_between(text, end, start, lang, spans):
        # "two fewer than on Monday", "due in meno rispetto a giovedì": the day compared
        # with, only after a difference told before the word; without one the word is a
        # preposition ("protested against the reform on Sunday", "contra la reforma el
        # domingo", "faster than expected on Sunday") and the day stays the figure's
        return _figure_between(text, lo, lo + word.start, lang, spans)
    head = text[lo : lo + word.start]
    if corrects:
        return True  # "55.000 Flüchtlinge und nicht 61.000 wie am Donnerstag gemeldet"
    if not (_figure_between(text, lo, lo + word.start, lang, spans) or _set_off(head)):
        # "Twelve people older than 65 died on Monday", "osób starszych niż 65 lat w
        # poniedziałek": the word bounds the counted group itself, the day is the figure's
        return False
    bounds = lang.qualifiers.find(text[lo:start], folded[lo:start])
    return not any(q.start < word.end and word.start < q.end for q in bounds)  # "more than 200"


def _set_off(gap: str) -> bool:
    """True when ``gap`` (between a figure and a ``[frames] baseline`` word) sets the
    compared reading off from the figure's own words: a comma, a stop, a dash or a
    bracket ("18,900 cases, up from 12,400")."""
    return (
        any(c in _ITEM_BREAKS for c in gap) or _CLAUSE_BREAK.search(gap) is not None or "(" in gap
    )


# How long an aside of a day and its hour may be ("samedi à 22 heures"), and how many
# words its hour may take ("a las 22 horas").
_STAMP_ASIDE = 32
_STAMP_WORDS = 4


def _stamp_aside(
    text: str, folded: str, m: DateMention, cs: int, lang: LanguageData, fw: FrameWords
) -> bool:
    """True when the date at ``m`` is an aside set off by commas right before the figure:
    "le puissant séisme qui a secoué le Maroc avait fait, samedi à 22 heures, 2 012 morts
    et 2 059 blessés" stamps the count (and the figures listed with the first one),
    though an onset verb stands before it. The aside holds the date, an ``[frames]
    as_of`` word before it and at most ``_STAMP_WORDS`` words after it (its hour): "the quake that
    struck Morocco, on Friday, killed 2,012" has a verb between the aside and the figure.
    """
    if m.end > cs:
        return False
    before = text[: m.start].rstrip()
    cue = fw.as_of.match_before(folded, m.start, window=16)
    if cue is not None and not folded[cue.end : m.start].strip():
        before = text[: cue.start].rstrip()  # ", as of Sunday at 10 pm, 2,122"
    word = _WORD_END.search(before)
    if word is not None and fold(word.group(1)) in lang.determiners:
        before = before[: word.start(1)].rstrip()  # ", el domingo a las 22 horas, 2.122"
    if not before.endswith(","):
        return False
    masked = _calendar_masked(text, lang.code)
    comma = masked.find(",", m.end, cs)
    if comma < 0 or comma - m.start > _STAMP_ASIDE:
        return False
    aside = masked[m.end : comma]
    for run in _DIGITS.finditer(aside):  # "a las 22 horas": an hour right after a day
        if lang.clock_hours.match_at(folded, _skip_space(folded, m.end + run.end())) is None:
            return False
    if len(aside.split()) > _STAMP_WORDS:
        return False
    first = _skip_space(text, comma + 1)
    return first == cs or (
        first < cs and text[first].isdigit() and _coordinated(masked, folded, first, cs, fw, lang)
    )


# How far from the figure an hour of its sentence may stand to time it.
_HOUR_REACH = 40


def _day_of_the_hour(
    doc: Document,
    s_start: int,
    text: str,
    folded: str,
    cs: int,
    ce: int,
    dates: Sequence[DateMention],
) -> str | None:
    """The day an hour without one in the figure's sentence falls on, or None.

    "Până la ora 14:00, … 26,8% …, a anunțat duminică Comisia Electorală Centrală. La
    ora 10:00, prezența era de 11,4%": the hour (a clock time the date data reads:
    "10:00", "à 22 heures", "10 pm") within ``_HOUR_REACH`` characters of the figure,
    in a sentence that names no date, is of the day the paragraph named last before
    it (a day-precise date of an earlier sentence of the same line), not of the
    publication: one day's counts told by the hour. With no hour of its own, a time
    stamp of the sentence right before (a day and its hour, no onset's: "mit Stand
    Montag, 19 Uhr, mindestens 2.862 Tote registriert. Mindestens 2.562 Menschen wurden
    verletzt") goes on to it: the same bulletin (:func:`_stamp_before`).
    """
    if dates:
        return None
    lo, hi = max(0, cs - _HOUR_REACH), min(len(text), ce + _HOUR_REACH)
    masked = _calendar_masked(text, doc.code)
    hours = [
        i for i in range(lo, hi) if masked[i] == "#" and text[i].isdigit() and not cs <= i < ce
    ]
    if not hours and not any(not cs <= c.start() < ce for c in CLOCK_TIME.finditer(text, lo, hi)):
        return _stamp_before(doc, s_start)
    para = doc.paragraph_start(s_start)
    fw = frame_words(doc.code)
    days = [
        d
        for d in doc.dates_within(para, s_start)
        if d.high is not None
        and len(d.high) >= 10
        and (d.low or d.high)[:10] == d.high[:10]
        and event_at(doc, d.start, d.end)[0] not in ONSET_EVENTS
        and not _after_baseline(
            doc.text,
            doc.folded,
            max(para, d.start - 2 * _BASELINE_REACH),
            d.start,
            doc.lang,
            fw,
            doc.dates,
        )
    ]  # not an onset's day ("qui s'est déclaré dimanche") nor a compared one ("la veille")
    return days[-1].high[:10] if days and days[-1].high else None


# How far from its day the hour of a time stamp may stand ("Montag, 19 Uhr").
_STAMP_NEAR = 16


def _stamp_before(doc: Document, s_start: int) -> str | None:
    """The day of a time stamp (a day and its hour within ``_STAMP_NEAR`` characters) in the
    sentence right before the one at ``s_start``, on the same line, unless an onset verb
    dates it ("Exactly two months ago, at 11:11 PM on September 8, the ground shook")."""
    para = doc.paragraph_start(s_start)
    if para >= s_start:
        return None
    last = len(doc.text[para:s_start].rstrip()) + para - 1  # the previous sentence's stop
    if last < para:
        return None
    p0, _ = doc.sentence_of(last)
    if p0 < para:
        return None
    prev, fprev = doc.text[p0:s_start], doc.folded[p0:s_start]
    lang = doc.lang
    for d in reversed(doc.dates_within(p0, s_start)):
        if d.high is None or len(d.high) < 10 or (d.low or d.high)[:10] != d.high[:10]:
            continue
        a, b = max(0, d.start - p0 - _STAMP_NEAR), min(len(prev), d.end - p0 + _STAMP_NEAR)
        hour = any(
            words.match_at(fprev, _skip_space(fprev, run.end())) is not None
            for run in _DIGITS.finditer(prev, a, b)
            for words in (lang.clock_hours, lang.clock_after)
        )
        if not (hour or CLOCK_TIME.search(prev, a, b)):
            return None
        onset, _ = event_at(doc, d.start, d.end)
        return None if onset in ONSET_EVENTS else d.high[:10]  # "at 11:11 PM … shook": when
    return None


# Event concepts of a statement: the day one was made is the day its figures held.
_STATEMENTS = frozenset({"announced", "published", "reported", "said"})


def _statement_reach(
    text: str,
    folded: str,
    lang: LanguageData,
    m: DateMention,
    cs: int,
    dates: Sequence[DateMention],
) -> int | None:
    """How far the figure at ``cs`` stands from the statement the day at ``m`` dates, or None.

    A day that dates a statement ("El miércoles, el teniente …, portavoz del
    Ministerio del Interior, informó a la agencia AFP de que … 3.840", "Samedi
    16 septembre au soir, le Bureau … (Ocha) a fait état d'au moins 11 300
    morts") dates the figures the statement gives, however long its subject:
    the figure's distance is then counted from the nearest reporting verb or
    cue (``[attribution] verbs``, ``prefix``, ``[events]`` words of a
    statement) between the day and the figure, with no clause break and no
    other date between the day and the figure ("entre el 24 de febrero de
    2022 y noviembre de 2023 … registró 40.000": the day opens a period, it
    dates no statement). Only a day before the figure: a month or year beside
    a reporting verb more often dates what is reported
    (:mod:`crosscheck.extract._events`, rule 2).
    """
    low, high = (m.low or m.high or "")[:10], (m.high or "")[:10]
    if len(high) < 10 or low != high or m.end > cs:
        return None
    lo, hi = m.end, cs
    if _CLAUSE_BREAK.search(text, lo, hi) or _break_between(text, lo, hi):
        return None
    if any(o is not m and lo <= o.start and o.end <= hi for o in dates):
        return None
    gap, fgap = text[lo:hi], folded[lo:hi]
    words = [
        w
        for phrases in (lang.attribution_verbs, lang.attribution_prefix, lang.events)
        for w in phrases.find(gap, fgap)
        if phrases is not lang.events or w.label in _STATEMENTS
    ]
    if not words:
        return None
    return hi - lo - max(w.end for w in words) + _BEFORE_PENALTY


# How far before a date the event noun it dates may end ("the quake that struck Morocco
# last Friday": the noun, a relative clause, the date).
_EVENT_NOUN_REACH = 48
# Kinds of event ([story_kinds]) whose noun a date right after dates: a disaster that
# happened, not a war or a protest that goes on (their counts run since they began).
_DATED_KINDS = frozenset({"weather", "earthquake", "fire", "crash", "explosion"})


def _dates_event(doc: Document, text: str, folded: str, m: DateMention, cs: int) -> bool:
    """True when the date at ``m`` dates the disaster a noun before it names, not a count.

    "il sisma di venerdì ha causato 1.643 vittime", "het noodweer van gisteren
    heeft 64 mensen het leven gekost", "el terremoto que azotó Marruecos el
    pasado viernes eleva a 2.862 …": a ``[story_kinds]`` noun of a disaster
    ends within ``_EVENT_NOUN_REACH`` before the date, in its clause, with no
    figure, reporting verb or toll noun between (those would date the count:
    "the quake toll given on Saturday"), and the figure does not stand
    between either. A running count of such an event holds when it is told.
    """
    lang = doc.lang
    if not m.start <= cs < m.end + _NOUN_AFTER and _noun_after(text, folded, m, lang):
        return True  # "the toll of Friday's quake", "the 8 September earthquake killed …"
    lo = max(0, m.start - _EVENT_NOUN_REACH)
    nouns = [
        n
        for n in lang.story_kinds.find(text[lo : m.start], folded[lo : m.start])
        if n.label in _DATED_KINDS
    ]
    if not nouns:
        return _dates_deaths(text, folded, m, cs, lang)
    start = lo + nouns[-1].end
    if (
        start <= cs < m.start
        or _break_between(text, start, m.start)
        or "," in text[start : m.start]
    ):
        return False
    if any(ch.isdigit() for ch in text[start : m.start]):
        return False
    gap, fgap = text[start : m.start], folded[start : m.start]
    return not any(
        words.find(gap, fgap) for words in (lang.attribution_verbs, lang.tolls, lang.toll_nouns)
    )


# How far after a date the disaster noun it qualifies may start ("Friday's quake").
_NOUN_AFTER = 4


def _noun_after(text: str, folded: str, m: DateMention, lang: LanguageData) -> bool:
    """True when a disaster noun (``[story_kinds]`` of ``_DATED_KINDS``) follows the date
    at ``m`` as its head: "Friday's quake", "the 8 September earthquake"."""
    at = _POSSESSIVE_MARK.match(text, m.end)
    pos = at.end() if at is not None else _skip_space(text, m.end)
    if pos - m.end > _NOUN_AFTER:
        return False
    noun = lang.story_kinds.match_at(folded, pos, text)
    return noun is not None and noun.label in _DATED_KINDS


_POSSESSIVE_MARK = re.compile(r"['\u2019]s?\s+")


# How far after the figure its casualty verb may stand ("205 personnes ont péri").
_DEATHS_REACH = 60


def _dates_deaths(text: str, folded: str, m: DateMention, cs: int, lang: LanguageData) -> bool:
    """True when the date at ``m`` dates the deaths a figure counts, not the count.

    "Le dernier décompte est tragique : au moins 205 personnes ont péri dans
    le sud-est de l'Espagne lors de la nuit de mardi à mercredi" (told on
    Friday): a toll noun before the figure (a running count), the figure,
    then its casualty verb (``[casualties]``), then the date, in one clause
    with no comma, figure, reporting verb or toll noun between: the night is
    when they died; the toll holds when it is told. Without a toll noun the
    figure may count one event's dead, which its day dates ("six died on
    Saturday"). A date before the figure ("In der Nacht auf Samstag gaben die
    Behörden sie mit 2.012 an") or after a reporting verb dates the count.
    """
    if m.start <= cs or "," in text[cs : m.start]:
        return False
    if not (
        lang.tolls.find(text[:cs], folded[:cs]) or lang.toll_nouns.find(text[:cs], folded[:cs])
    ):
        return False  # "six people died on Saturday when missiles struck": the attack's count
    lo = cs
    verbs = [
        v for v in lang.casualties.find(text[lo : m.start], folded[lo : m.start]) if v.start > 0
    ]
    if not verbs:
        return False
    verb = lo + verbs[0].start
    if verb - cs > _DEATHS_REACH or _break_between(text, cs, m.start):
        return False
    if any(ch.isdigit() for ch in text[verb : m.start]):
        return False  # another figure between: the date may be its
    gap, fgap = text[cs : m.start], folded[cs : m.start]
    return not any(
        words.find(gap, fgap) for words in (lang.attribution_verbs, lang.tolls, lang.toll_nouns)
    )


# How far before a figure a "that day" phrase may stand to date it.
_THAT_DAY_REACH = 60


def _day_pointed_back(
    folded: str, text: str, cs: int, dates: Sequence[DateMention], fw: FrameWords
) -> str | None:
    """The day a "that day" phrase before the figure points back to, if its sentence names one.

    "Il ministero ha detto che il 21 dicembre è stato un giorno speciale:
    quel giorno le perdite hanno superato 350.000": the colon would keep the
    date from the figure's clause, but the phrase names it again. The day is
    the last day-precise date before the phrase in the sentence.
    """
    lo = max(0, cs - _THAT_DAY_REACH)
    hits = fw.that_day.find(text[lo:cs], folded[lo:cs])
    if not hits:
        return None
    start = lo + hits[-1].start
    days = [
        m
        for m in dates
        if m.end <= start
        and m.high is not None
        and (m.low or m.high)[:10] == m.high[:10]
        and len(m.high) >= 10
    ]
    return days[-1].high[:10] if days and days[-1].high else None


# A "since" word this short ("с", "з", "od", "da", "din") is also an everyday preposition
# ("with", "of"): it opens a running total only right before the date.
_SHORT_SINCE = 3


def _slashed_start(text: str, m: DateMention, dates: Sequence[DateMention]) -> int:
    """Where the date at ``m`` starts, or the one it restates across a slash: "منذ
    سبتمبر/أيلول" names one month twice, and "since" opens both."""
    before = text[: m.start].rstrip()
    if not before.endswith("/"):
        return m.start
    slash = len(before) - 1
    prior = [o for o in dates if o.end <= slash and not text[o.end : slash].strip()]
    return prior[-1].start if prior else m.start


def _opens_since(text: str, folded: str, start: int, fw: FrameWords) -> bool:
    """True when a "since" word before the date at ``start`` opens a running total.

    A long one may stand a few words back ("since the war began in May"); a
    short one must stand right before the date ("із 24 лютого 2022 року", not
    "спільно з «Медіазоною» наприкінці листопада"). A figure or a clause break
    between ends the "since" phrase first: "18.900 casos desde o início do ano,
    contra 12.400 uma semana antes" opens the year, not the week before, while a
    date set off by a comma restates when it began ("dall'inizio della guerra, il
    24 febbraio 2022").
    """
    lead = max(0, start - _SINCE_REACH)
    for hit in fw.since.find(text[lead:start], folded[lead:start]):
        gap = text[lead + hit.end : start]
        if any(ch.isdigit() for ch in gap) or _CLAUSE_BREAK.search(gap):
            continue
        if hit.end - hit.start > _SHORT_SINCE or not gap.strip():
            return True
    lead = max(0, start - _SINCE_CLAUSE_REACH)
    for hit in fw.since_clause.find(text[lead:start], folded[lead:start]):
        gap = text[lead + hit.end : start]
        if not any(ch.isdigit() or ch in _CLAUSE_ENDS for ch in gap) and not _CLAUSE_BREAK.search(
            gap
        ):
            return True  # "since a ransomware attack crippled their systems late on Sunday"
    return False


# How far before a date a "since" clause may open ("since a ransomware attack crippled their
# computer systems late on Sunday", ``[frames] since_clause``): its one clause, no comma or
# stop between, holds the day of the event the total starts at.
_SINCE_CLAUSE_REACH = 96
_CLAUSE_ENDS = frozenset(",.;،؛")


def _closes_aside(text: str, verb: str | None, start: int, end: int, cs: int) -> bool:
    """True when an onset verb and its date stand in an aside that a comma closes before
    the figure: "Russia, which attacked Ukraine in February 2022, has lost 600,000" counts
    since then; "the quake that struck Agadir in 1960 left 12,000 dead" does not."""
    at = text.find(verb) if verb else -1
    return 0 <= at < start and end <= cs and "," in text[end:cs]


def _days_between(a: str, b: str) -> int:
    """Days from ISO day ``a`` to ISO day ``b`` (0 when either is not a day)."""
    try:
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
    except ValueError:
        return 0


def home_country(doc: Document) -> str | None:
    """The country an article is about: the one its places and sides name most.

    Read once per article, as ``doc.home``.
    """
    data = place_data()
    counts: collections.Counter[str] = collections.Counter()
    places, sides = place_hits(doc.text, doc.folded, doc.lang)
    for hit in places:
        if not hit.key.startswith("~"):
            country = data.country(hit.key)
            if country:
                counts[country] += 1
    for _, _, key in sides:
        counts[key] += 1
    if not counts:
        return None
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return top[0][0]


# Aftershocks ([frames.shocks]; docs/semantics.md "Aftershocks").
# How far (characters) a shock noun may stand from the figure it names.
_SHOCK_REACH = 300
# Words a time word may stand before the shock noun it dates ("20 minutos después
# del primer temblor", "بعد ثماني دقائق من الهزة الرئيسية").
_SHOCK_TIME_WORDS = 3
# Words between an aftershock noun and the shock noun it is of ("aftershocks of the
# quake", "توابع للزلزال").
_SHOCK_LINK_WORDS = 3
# Words between a shock noun and the figure it governs ("quake of magnitude 6.8",
# "Beben der Stärke 6,8"): it names the figure even when it also dates or is a
# complement ("nach dem Beben der Stärke 6,8").
_SHOCK_GOVERNS_WORDS = 3
# Characters between the figure and a shock noun right after it ("a 4.9 aftershock").
_SHOCK_AFTER_REACH = 24
_SHOCK_GAP_BREAK = re.compile(r"[,;:!?()\[\]\"«»“”„]|\s[-\u2013\u2014]\s")
_WORD = re.compile(r"\w+")


def _words_between(text: str, lo: int, hi: int) -> int | None:
    """How many words stand in ``text[lo:hi]`` (folded); None when punctuation breaks it."""
    gap = text[lo:hi]
    if _SHOCK_GAP_BREAK.search(gap):
        return None
    return len(_WORD.findall(gap))


def _within(text: str, lo: int, hi: int, most: int) -> bool:
    n = _words_between(text, lo, hi) if lo <= hi else None
    return n is not None and n <= most


def _names_shock(text: str, found: Sequence[PhraseMatch], k: int, cs: int | None) -> bool:
    """Whether the shock noun ``found[k]`` names a shock of its own here.

    An aftershock noun always does. A main-shock noun does not when it is only
    a time reference ("after the main shock", "después del primer temblor") or
    an aftershock noun's complement ("aftershocks of the quake", "توابع
    للزلزال"), unless it governs the figure at ``cs`` ("after the quake of
    magnitude 6.8").
    """
    m = found[k]
    if m.label == "aftershock":
        return True
    if cs is not None and m.end <= cs and _within(text, m.end, cs, _SHOCK_GOVERNS_WORDS):
        return True
    if k > 0:
        prev = found[k - 1]
        if prev.label == "time" and _within(text, prev.end, m.start, _SHOCK_TIME_WORDS):
            return False
        if prev.label == "aftershock" and _within(text, prev.end, m.start, _SHOCK_LINK_WORDS):
            return False
    return True


def _unit_words_only(text: str, folded: str, lo: int, hi: int, lang: LanguageData) -> bool:
    """Whether ``text[lo:hi]`` holds nothing but spaces, hyphens and unit words."""
    gap, gap_folded = text[lo:hi], folded[lo:hi]
    kept = list(gap_folded)
    for m in lang.units.find(gap, gap_folded):
        kept[m.start : m.end] = " " * (m.end - m.start)
    return not "".join(kept).replace("-", " ").strip()


def _shock_before(
    text: str, found: Sequence[PhraseMatch], cs: int | None, until: int
) -> str | None:
    """The kind (aftershock, main) of the nearest shock noun naming a shock before ``until``."""
    for k in range(len(found) - 1, -1, -1):
        m = found[k]
        if m.end > until:
            continue
        if until - m.end > _SHOCK_REACH:
            break
        if m.label != "time" and _names_shock(text, found, k, cs):
            return m.label
    return None


def find_aftershock(doc: Document, index: int, start: int, end: int) -> bool:
    """Whether the figure at ``[start, end)`` of sentence ``index`` is an aftershock's.

    For a fixed property of an event (a magnitude): the shock noun right after
    the figure ("a 4.9 aftershock", "6.8-magnitude quake") says whose it is;
    else the nearest shock noun before it in its sentence that names a shock
    (see :func:`_names_shock`), else the first one after it; else, when the
    sentence names none, the last one of the sentence before in the paragraph
    ("unas 25 réplicas … La mayor de ellas … alcanzó una magnitud de 5,1").
    """
    lang = doc.lang
    shocks = frame_words(lang.code).shocks
    if shocks.empty:
        return False
    s_start, s_end = doc.sentences[index]
    text, folded = doc.text[s_start:s_end], doc.folded[s_start:s_end]
    cs, ce = start - s_start, end - s_start
    found = [m for m in shocks.find(text, folded) if not (cs <= m.start < ce)]
    # the gaps are read on the folded text (the Arabic comma folds to ",")
    after = [k for k, m in enumerate(found) if ce <= m.start <= ce + _SHOCK_REACH]
    if after:
        m = found[after[0]]
        near = m.start - ce <= _SHOCK_AFTER_REACH
        if near and m.label != "time" and _unit_words_only(text, folded, ce, m.start, lang):
            return m.label == "aftershock"  # "a 4.9 aftershock", "a 6.8 magnitude quake"
    kind = _shock_before(folded, found, cs, cs)
    if kind is None:
        kind = next(
            (
                found[k].label
                for k in after
                if found[k].label != "time" and _names_shock(folded, found, k, None)
            ),
            None,
        )
    if kind is None and index > 0 and not doc.new_paragraph(index):
        p_start, p_end = doc.sentences[index - 1]
        ptext, pfolded = doc.text[p_start:p_end], doc.folded[p_start:p_end]
        kind = _shock_before(pfolded, shocks.find(ptext, pfolded), None, len(ptext))
    return kind == "aftershock"
