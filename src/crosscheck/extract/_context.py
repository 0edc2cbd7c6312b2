"""What a sentence says around a figure: who is cited, what happened, when, to whom.

Everything here works on one sentence at a time and returns spans into the
article text, so each piece of context can be traced back like the figure.

The cited source comes with its chain: "potrivit presei care citează
raportul KCNA" -> ("presei", "raportul KCNA"), "Reuters, citing KCNA" ->
("Reuters", "KCNA"), "…, transmite Reuters, potrivit stiripesurse" ->
("stiripesurse", "Reuters"). The noun-phrase and name helpers here
(``np_after``, ``split_chain``, ``leading_name_run``…) are shared with the
quote reader in :mod:`crosscheck.extract._quotes`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from typing import Literal

import attrs

from .._fold import fold
from .._memo import per_text
from .._phrases import PhraseMatch, PhraseSet, merge_matches
from ..lang import LanguageData, concept
from ..lang._data import moment_event, named_source_kind
from ..lang._places import frame_words, name_key, place_data
from ._frame import another_before, beside_elsewhere, find_place, find_subject, place_as_source
from ._quantities import _numbered_outlets
from ._sentences import MAX_SENTENCE_CHARS, _title_before, split_sentences

# Where a cited source's (or a speaker's) noun phrase stops.
NP_STOP = re.compile(
    r"[,;:!?()\[\]\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u060c\u061b\u061f\n]"
    # a full stop, but not one inside a name ("elDiario.es", "Caliber.Az")
    r"|\.(?![^\W\d_])"
    r"|\s[-\u2013\u2014]\s"
)
# What may stand between a source and the chain cue that continues it: "Reuters, citing KCNA".
_CHAIN_GAP = re.compile(r"[ \t,]{0,4}")

#: A ``[start, end)`` span into the article text.
Span = tuple[int, int]
_YEAR = re.compile(r"(?<![0-9.,])(1[89][0-9]{2}|20[0-9]{2}|2100)(?![0-9])")
_MAX_SOURCE_WORDS = 12


@attrs.frozen
class Attribution:
    """The source a sentence credits for a claim, and the chain it came through.

    ``source`` (at ``[start, end)``) is the source the cue nearest the claim
    names: "agențiile de informații" in "agențiile de informații estimează că
    … 10.000". ``chain`` lists every source the sentence names for the claim,
    the one the article cites directly first: "…, transmite Reuters, potrivit
    stiripesurse" -> ``("stiripesurse", "Reuters")``; "potrivit presei care
    citează raportul KCNA" -> ``("presei", "raportul KCNA")``. ``origin`` is
    the chain's far end (where the words come from), ``outlet`` the first
    press outlet in the chain (a relay, not an author), and ``self_cited`` is
    true when the source is the article's own publisher.
    """

    source: str
    start: int
    end: int
    cue: str
    chain: tuple[str, ...] = ()
    origin: str | None = None
    outlet: str | None = None
    self_cited: bool = False
    # The source the claim is credited to (``Claim.attributed_to``) and its
    # article span: the chain's origin when the sentence relays it ("Reuters,
    # citing KCNA" -> "KCNA"), else ``source``; see :func:`credited`.
    credit: str | None = None
    credit_start: int | None = None
    credit_end: int | None = None
    # The words point back to a source named before ("the ministry", "il
    # rapporto", "he"): the article-level pass puts that source in their place.
    refers_back: bool = False
    # Credited as the doer of the figure's deed ("El Ejército envía 500 soldados"), with
    # no cue: the credit holds for that figure only and governs no later sentence.
    deed: bool = False
    # For a pointer after its figure, the body whose deed the figure counts, named by an
    # acronym ("FEMA has sent 1,200 staff, the agency said"): what the pointer stands for
    # when no source named before holds its noun (see :func:`resolve_back`).
    doer: Attribution | None = None
    # Credited by a verb of stance ("X maintains that …", ``[attribution] stance_verbs``):
    # a sentence with no figure that only takes a position names no source for the
    # sentences after it (claims._build).
    stance: bool = False


@attrs.frozen
class Context:
    """Context of one claim inside its sentence (all offsets are article offsets)."""

    attribution: Attribution | None
    event: str | None
    predicate: str | None
    scope: tuple[str, ...]
    time_scope: str | None
    entities: tuple[str, ...]
    actor: str | None
    place: str | None  # the place the figure covers, as written ("in Derna alone" -> "Derna")
    place_id: str | None = None  # its normalised key (lang/places.toml), see extract._frame
    subject: str | None = None  # whose figure: "russia", "civilians"
    place_part: bool = False  # the place holds part of the whole ("most victims were in X")
    # the nearest predicate says its people took part ("turnout", "beteiligten sich"):
    # no event of its own (``[predicates] took_part``); the article's kind tells whose crowd
    took_part: bool = False


@attrs.frozen
class _Clause:
    text: str
    folded: str
    offset: int


def _trim_np(text: str, *, from_end: bool, most: int = _MAX_SOURCE_WORDS) -> tuple[int, int]:
    """Bounds of the noun phrase inside ``text``: at most ``most`` words (a dozen), no edge
    punctuation."""
    words = list(re.finditer(r"\S+", text))
    if not words:
        return 0, 0
    words = words[-most:] if from_end else words[:most]
    start, end = words[0].start(), words[-1].end()
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        if _closes(text, start, end):
            break  # "Organizația Mondială a Sănătății (OMS)"
        end -= 1
    return start, end


_CLOSERS = {")": "(", "\u201c": "\u201e", "\u201d": "\u201c\u201e", "\u00bb": "\u00ab", '"': '"'}


def _closes(text: str, start: int, end: int) -> bool:
    """Whether ``text[end - 1]`` closes a bracket or quotation mark opened inside the
    span: "Organizația Mondială a Sănătății (OMS)", "die Zeitung „Le Matin“"."""
    openers = _CLOSERS.get(text[end - 1])
    return openers is not None and any(o in text[start : end - 1] for o in openers)


def chain_cues(text: str, folded: str, lang: LanguageData) -> list[PhraseMatch]:
    """Chain cues of ``text``: label "chain" cites onward, "chain_passive" is relayed by."""
    passive = [
        PhraseMatch("chain_passive", m.start, m.end, m.phrase)
        for m in lang.chain_passive.find(text, folded)
    ]
    return merge_matches(lang.attribution_chain.find(text, folded) + passive)


@per_text  # each figure of a sentence asks again (see source_span)
def np_after(text: str, folded: str, pos: int, hi: int, lang: LanguageData) -> Span:
    """The source named from ``pos`` on: up to a stop or clause opener, chains kept whole.

    "presei care citează raportul KCNA" stays one phrase although "care"
    opens a clause, because it belongs to the chain cue "care citează"; and
    "Reuters, citing KCNA" goes on past the comma for the same reason.
    """
    # Time words right after the cue ("ha informat aquest divendres a la nit el Tribunal
    # …") are no part of the source and must not use up its word budget.
    for _ in range(4):
        at = _skip_blanks(folded, pos)
        skip = lang.speaker_skip.match_at(folded, at, text)
        if skip is None or skip.start != at or skip.end > hi:
            break
        pos = skip.end
    pos = _past_named_place(text, folded, pos, hi, lang)
    pos = _past_channel(text, folded, pos, hi, lang)
    end = pos
    start_at = pos
    for _ in range(4):
        m = _np_stop(text, start_at, hi, lang.titles)
        stop = m.start() if m else hi
        cues = chain_cues(text[start_at:stop], folded[start_at:stop], lang)
        for opener in _openers(text[start_at:stop], folded[start_at:stop], lang):
            if any(c.start <= opener.start < c.end for c in cues):
                continue
            stop = start_at + opener.start
            break
        lead = _skip_blanks(folded, start_at) - start_at  # "citing | reports from X"
        for verb in lang.attribution_verbs.find(text[start_at:stop], folded[start_at:stop]):
            if verb.start > lead and not any(c.start <= verb.start < c.end for c in cues):
                # "op basis van satellietbeelden | meldt OCHA": a reporting verb
                # ends the phrase before it
                stop = start_at + verb.start
                break
        finite = _finite_verb(text, start_at + lead, stop, lang)
        if finite is not None:
            # "los 117 fallecidos que reconoce el Ministerio | son civiles": the verb of
            # the main clause ends a subject named after its own verb
            stop = finite
        end = stop
        reach = min(hi, stop + 4)
        if (
            (not m and hi < len(text))
            or _DIGIT.search(text, start_at, reach)
            or _number_word(folded, start_at, reach, lang)
        ):
            # The phrase runs into the claim or quote with no comma: "laut dem
            # Ministerium nehmen … 50.000" (or into an earlier figure of the sentence,
            # its qualifier's full stop too: "… straciły ok. 50 tys."): the source ends
            # with its name.
            end = _after_name(text, folded, start_at, stop, lang)
        if end < stop:
            break
        if not m or m.start() != stop or text[stop] != "," or not text[start_at:stop].strip():
            break
        gap = _CHAIN_GAP.match(text, stop, hi)
        at = gap.end() if gap else stop
        if at >= hi or lang.attribution_chain.match_at(folded, at, text) is None:
            break
        start_at = at
    s, e = _trim_np(text[pos:end], from_end=False)
    return pos + s, _before_glued_figure(text, folded, pos + s, pos + e, lang)


def _before_glued_figure(text: str, folded: str, s: int, e: int, lang: LanguageData) -> int:
    """Where a source phrase ends before the proclitic that brings in the figure after
    it (``[syntax] proclitics``): "قدّر اتحاد المزارعين التراجع | بنحو 45%", "… قوته |
    بـ7,2 درجة". A word that is a bare proclitic, or one glued to the figure's qualifier
    right before its digits, names no one."""
    if not lang.proclitics:
        return e
    e = s + len(text[s:e].rstrip())
    for _ in range(2):  # a bare proclitic, then one glued to the qualifier ("ب", "بنحو")
        words = text[s:e].rsplit(None, 1)
        if not words:
            break
        at = e - len(words[-1])
        token = folded[at:e]
        glued = re.match(r"\s*\d", text[e : e + 4]) is not None and any(
            token.startswith(p) and "ال" not in p for p in lang.proclitics
        )
        if token not in lang.proclitics and not glued:
            break
        e = len(text[s:at].rstrip()) + s
    return e


def _number_word(folded: str, lo: int, hi: int, lang: LanguageData) -> bool:
    """Whether ``folded[lo:hi]`` holds a figure written in words: a number word of two or
    more ("zwölf", "doce") or a multiplier ("Millionen", "millones"). "Nach Angaben des
    Hilfswerks sind mehr als zwölf Millionen Menschen auf der Flucht, rund 3,8 Millionen
    davon …": the phrase after the cue runs into the earlier figure, as into digits."""
    for m in _LETTERS.finditer(folded, lo, hi):
        word = m.group()
        if word in lang.multipliers or lang.words.get(word, 0) >= 2:
            return True
    return False


_LETTERS = re.compile(r"[^\W\d_]+")


def _finite_verb(text: str, lo: int, hi: int, lang: LanguageData) -> int | None:
    """Where the first ``[attribution] finite_verbs`` word of ``text[lo:hi]`` after its
    first word starts, or None: a finite auxiliary or copula ("son", "sont", "sono")
    belongs to a clause, never to the name of a source. Matched as written, in lower
    case and between blanks: "à" is no "a", and "l'est" (the east) no "est"."""
    finite = source_words(lang).finite
    if not finite:
        return None
    for m in _BLANK_WORD.finditer(text, lo, hi):
        if m.start(1) > lo and m.group(1) in finite:
            return m.start(1)
    return None


# A word between blanks (or before a comma or full stop); a scan of a bounded slice.
_BLANK_WORD = re.compile(r"(?<=\s)(\w+)(?=[\s,.;:])")


_PLACE_WORDS = 5  # words of a named place or channel between a verb and its subject


def _past_named_place(text: str, folded: str, pos: int, hi: int, lang: LanguageData) -> int:
    """Where the subject after a verb starts, past a preposition phrase of a name.

    "ha valorado en el Canal 24 horas | el director …", "sagte in Berlin | der
    Minister": a preposition (a function word that is neither an article, a name
    particle nor an agent's preposition), an optional article and a capitalised
    name, then an article that opens the subject. A phrase with no article after
    it ("en Radio Nacional." ) is left as it is.
    """
    words = source_words(lang)
    toks = [(pos + m.start(), pos + m.end()) for m in re.finditer(r"\S+", text[pos:hi])]
    toks = toks[: _PLACE_WORDS + 3]
    if len(toks) < 3:
        return pos
    first = folded[slice(*_word_bounds(text, toks[0]))]
    if (
        not _is_function(folded, text, toks[0], lang)
        or first in words.determiners
        or first in lang.name_particles
        or first in words.agents
        or not text[toks[0][0]].islower()
    ):
        return pos
    i = 1
    if folded[slice(*_word_bounds(text, toks[i]))] in words.determiners:
        i += 1
    if i >= len(toks) or not text[toks[i][0]].isupper():
        return pos
    for k in range(i + 1, min(len(toks), i + _PLACE_WORDS + 1)):
        _, b = _word_bounds(text, toks[k - 1])
        if b < toks[k - 1][1]:
            return pos  # a comma or stop ends the phrase before any subject
        if folded[slice(*_word_bounds(text, toks[k]))] in words.determiners:
            return toks[k][0] if k + 1 < len(toks) else pos
    return pos


_CHANNEL_WORDS = 3  # words of the name of an outlet or channel before a speaker


def _past_channel(text: str, folded: str, pos: int, hi: int, lang: LanguageData) -> int:
    """Where the speaker after a verb starts, past the outlet or channel it spoke to or
    on, when a source noun opens the speaker: "a declarat pentru Agerpres | primarul",
    "повідомив у Telegram | голова ОВА", "przekazał PAP | rzecznik policji". The name
    (capitalised words after a preposition, or an acronym or outlet) is no part of the
    source; a
    language with articles marks the speaker with one instead (``_past_named_place``)."""
    toks = [(pos + m.start(), pos + m.end()) for m in re.finditer(r"\S+", text[pos:hi])]
    toks = toks[: _CHANNEL_WORDS + 2]
    i = 0
    if toks and text[toks[0][0]].islower() and _is_function(folded, text, toks[0], lang):
        if folded[slice(*_word_bounds(text, toks[0]))] in source_words(lang).determiners:
            return pos
        i = 1
    if i >= len(toks) or not text[toks[i][0]].isupper() or _role_word(text, folded, toks[i], lang):
        return pos
    before = _WORD_BEFORE.search(folded, max(0, pos - 40), pos)  # "declarat pentru | Digi24"
    after_preposition = before is not None and before.group(1) in lang.function_words
    if i == 0 and not (
        after_preposition or _is_acronym(text, toks[0]) or is_outlet(text, folded, *toks[0], lang)
    ):
        return pos  # "Державна служба": a capitalised adjective of the source itself
    for k in range(i + 1, len(toks)):
        if _word_bounds(text, toks[k - 1])[1] < toks[k - 1][1]:
            return pos  # a comma or stop ends the name before any speaker
        if _role_word(text, folded, toks[k], lang) and text[toks[k][0]].islower():
            return toks[k][0]
        if not text[toks[k][0]].isupper():
            return pos
    return pos


_DIGIT = re.compile(r"\d")
_NOUN_BEFORE_NAME = 4  # lower-case words a name may complete: "servizi di emergenza di"


def _after_name(text: str, folded: str, lo: int, hi: int, lang: LanguageData) -> int:
    """Where a phrase that opens with a name ends when a lower-case word follows it.

    "dem Verteidigungsministerium nehmen mehr als …" -> after the name;
    "Christine Lagarde ist …" -> after the name; a particle continues it
    ("Ministerului Apărării de la Moscova").
    """
    toks = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"\S+", text[lo:hi])][:10]
    i = 0
    while i < len(toks) and _is_function(folded, text, toks[i], lang):
        i += 1
    # "i servizi di emergenza di Tripoli | i morti sono …", "armii USA | …": a few
    # lower-case words (the noun the name completes) may come before the name.
    j = i
    while j < min(len(toks), i + _NOUN_BEFORE_NAME) and not is_name_token(
        text, folded, toks[j], lang
    ):
        j += 1
    if j < len(toks) and j > i and is_name_token(text, folded, toks[j], lang):
        i = j
    if i >= len(toks) or not is_name_token(text, folded, toks[i], lang):
        return _after_source_noun(text, folded, toks, hi, lang)
    run = leading_name_run(text, folded, toks[i:], lang)
    if run is None or i + run + 1 >= len(toks):
        return hi
    second = _second_entity(text, folded, toks[i : i + run + 1], lang)
    if second is not None:
        return toks[i + second - 1][1]  # "według armii USA | Rosja straciła …"
    nxt = toks[i + run + 1]
    a, b = _word_bounds(text, nxt)
    if a < b and text[a].islower() and not _is_particle(text, folded, nxt, lang):
        if is_outlet(text, folded, a, b, lang) or chain_cues(text[a:hi], folded[a:hi], lang):
            return hi
        named = _role_then_name(text, folded, toks, i + run + 1, lang)
        if named is None and _role_word(text, folded, nxt, lang):
            # "de Libische | kustwacht werden …": the name is an adjective of the noun
            named = _noun_final_end(text, folded, toks, i + run + 1, lang)
        return named if named is not None else toks[i + run][1]
    return hi


def _role_word(text: str, folded: str, tok: Span, lang: LanguageData) -> bool:
    """Whether ``tok`` is a source noun of ``[attribution] role_nouns`` or a compound
    of a ``role_heads`` one ("kustwacht", "reddingsdiensten")."""
    a, b = _word_bounds(text, tok)
    hit = source_words(lang).roles.match_at(folded, a, text)
    return (hit is not None and hit.start == a) or bool(_compound_roles(text, folded, a, b, lang))


def _noun_final_end(
    text: str, folded: str, toks: list[Span], k: int, lang: LanguageData
) -> int | None:
    """Where a source ends at its noun ``toks[k]`` in a ``noun_final`` language: when a
    lower-case word that is no function word follows it, the verb ("de Libische
    kustwacht | werden"), or closes the phrase. None elsewhere."""
    if not source_words(lang).noun_final:
        return None
    if k + 1 >= len(toks):
        return _word_bounds(text, toks[k])[1]  # the noun ends the phrase
    nxt = toks[k + 1]
    a, b = _word_bounds(text, nxt)
    if (
        a < b
        and text[a].islower()
        and not _is_function(folded, text, nxt, lang)
        and not _is_particle(text, folded, nxt, lang)
        and not _role_word(text, folded, nxt, lang)
    ):
        return _word_bounds(text, toks[k])[1]
    return None


_ROLE_GAP = 3  # lower-case words between a name and the role noun that another name ends


def _role_then_name(
    text: str, folded: str, toks: list[Span], k: int, lang: LanguageData
) -> int | None:
    """Where a source goes on after lower-case words that hold a role noun and end in a
    name: "het Amerikaanse | seismologische instituut USGS", "die US- | Erdbebenwarte
    USGS". None when no role noun and name follow within a few words."""
    roles = source_words(lang).roles
    for j in range(k, min(len(toks) - 1, k + _ROLE_GAP)):
        a = _word_bounds(text, toks[j])[0]
        if is_name_token(text, folded, toks[j], lang) and not roles.match_at(folded, a, text):
            return None
        if not _role_word(text, folded, toks[j], lang):
            continue  # a source noun, or a compound of one ("staatsomroep")
        run = leading_name_run(text, folded, toks[j + 1 :], lang)
        if run is None:
            return None
        return toks[j + 1 + run][1]
    return None


_NOUN_FINAL_WORDS = 8  # words of a source phrase searched for the noun that ends it
_COMPOUND_STEM = 3  # letters a compound's own stem has before its role head


def _compound_roles(
    text: str, folded: str, a: int, b: int, lang: LanguageData
) -> list[PhraseMatch]:
    """The words of ``text[a:b]`` that end in an ``[attribution] role_heads`` noun after a
    stem of their own ("politiebronnen", "gezondheidsautoriteiten", "reddingsdiensten"):
    a compound of a source noun names a source as the noun does. Positions are
    relative to ``a``, as those of ``PhraseSet.find`` on the slice."""
    heads = source_words(lang).role_heads
    if not heads:
        return []
    found = []
    for m in _GLUED_WORD.finditer(folded, a, b):
        word = m.group().rstrip("'’-")
        head = next((h for h in heads if word.endswith(h)), None)
        if head is not None and len(word) - len(head) >= _COMPOUND_STEM:
            found.append(PhraseMatch("role", m.start() - a, m.start() - a + len(word), word))
    return found


def _after_source_noun(
    text: str, folded: str, toks: list[Span], hi: int, lang: LanguageData
) -> int:
    """Where a phrase with no name ends when it runs into the claim: after its last source
    noun among its first words when that noun is a pointer (``back_nouns``), else ``hi``.
    "według codziennej aktualizacji wywiadowczej resortu | regularne siły straciły …":
    what follows the pointer is the clause's own subject. A role noun may take words
    after it ("les autorités sanitaires", "ministerstwa obrony"), so it ends nothing."""
    words = source_words(lang)
    last, pointer, first_role = None, False, None
    for k, tok in enumerate(toks[: _HEAD_WORDS + 1]):
        s = _word_bounds(text, tok)[0]
        back = words.backs.match_at(folded, s, text)
        if not _role_word(text, folded, tok, lang) and (back is None or back.start != s):
            continue
        last, pointer = k, back is not None and back.start == s
        if first_role is None and not pointer:
            first_role = k
    if words.noun_final and not pointer:
        # "volgens de brandweer | raakten 40 …", "volgens de woordvoerder van de
        # gemeente | vielen …": adjectives stand before a noun, so a lower-case word
        # after one that is no preposition is the verb
        for k in range(min(len(toks), _NOUN_FINAL_WORDS)):
            if _role_word(text, folded, toks[k], lang):
                ended = _noun_final_end(text, folded, toks, k, lang)
                if ended is not None:
                    return ended
    if first_role is not None and not pointer and words.preposition_ends:
        ended = _before_preposition(text, folded, toks, first_role, lang)
        if ended is not None:
            return ended
    if last is None or not pointer or last + 1 >= len(toks):
        return hi
    return toks[last][1]


def _before_preposition(
    text: str, folded: str, toks: list[Span], k: int, lang: LanguageData
) -> int | None:
    """Where a source that runs into its figure ends in a ``preposition_ends`` language:
    after the words that complete its source noun ``toks[k]``, before the first function
    word ("według policji | w proteście wzięło udział 8 tys.") unless it joins a source
    noun after it (``[ranges] bound_joiners``: "policji i straży pożarnej"), and, where
    ``[attribution] source_endings`` are listed, before the first word that ends in none
    of them or in a verb's ending (``verb_endings``): "według prokuratury | pociąg
    towarowy jechał z prędkością 90 km/h", "по данным спасателей | обрушение произошло
    …". None when nothing ends it."""
    words = source_words(lang)
    j = k + 1
    while j < min(len(toks), _NOUN_FINAL_WORDS):
        if _is_function(folded, text, toks[j], lang):
            joiner = folded[slice(*_word_bounds(text, toks[j]))] in lang.bound_joiners
            if joiner and j + 1 < len(toks) and _role_word(text, folded, toks[j + 1], lang):
                j += 2  # "policji i straży", not "policji | do szpitali"
                continue
            break
        a, b = _word_bounds(text, toks[j])
        word = folded[a:b]
        if (
            words.source_endings
            and (not word.endswith(words.source_endings) or word.endswith(words.verb_endings))
            and not _role_word(text, folded, toks[j], lang)
        ):
            break
        j += 1
    if j >= len(toks) or j >= _NOUN_FINAL_WORDS:
        return None
    end = toks[j - 1][1]
    while end > toks[0][0] and not text[end - 1].isalnum():
        end -= 1
    return end


def _second_entity(text: str, folded: str, toks: list[Span], lang: LanguageData) -> int | None:
    """Index of the word of a name run that opens a second country or place (``[entities]``)
    after a first one, or None: "armii USA Rosja", "Генштабу ЗСУ Україна Росія" join two
    names (the source's, then the clause's subject) that no comma parts."""
    first: str | None = None
    for k, tok in enumerate(toks):
        hit = lang.entities.match_at(folded, tok[0], text)
        if hit is None or hit.start != tok[0]:
            continue
        if first is not None and hit.label != first and k > 0:
            return k
        first = hit.label
    return None


def split_chain(text: str, folded: str, s: int, e: int, lang: LanguageData) -> list[Span]:
    """Split a source phrase at its chain cues, the source nearest the article first.

    "presei care citează raportul KCNA" -> [presei, raportul KCNA];
    "Peskov, citat de TASS" -> [TASS, Peskov] (TASS relays Peskov).
    """
    parts: list[Span] = []
    last = -1
    pos = s
    pending_passive = False
    for cue in chain_cues(text[s:e], folded[s:e], lang):
        a, b = _trim_np(text[pos : s + cue.start], from_end=True)
        if b > a:
            seg = (pos + a, pos + b)
            if pending_passive and last >= 0:
                parts.insert(last, seg)
            else:
                parts.insert(last + 1, seg)
                last += 1
        pending_passive = cue.label == "chain_passive"
        pos = s + cue.end
    # the span was chosen already; two roles with their names ("le président de la
    # région, Carlos Mazón, et le ministre de l'Intérieur, Fernando Grande-Marlaska")
    # may run past a dozen words
    a, b = _trim_np(text[pos:e], from_end=False, most=2 * _MAX_SOURCE_WORDS)
    if b > a:
        seg = (pos + a, pos + b)
        if pending_passive and last >= 0:
            parts.insert(last, seg)
        else:
            parts.insert(last + 1, seg)
    return parts or [(s, e)]


def is_outlet(text: str, folded: str, s: int, e: int, lang: LanguageData) -> bool:
    """True when the phrase names a press outlet ("presei", "Reuters", "state media")."""
    return bool(lang.outlets.find(text[s:e], folded[s:e]))


def _word_bounds(text: str, tok: Span) -> Span:
    s, e = tok
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not text[e - 1].isalnum():
        e -= 1
    return s, e


# A website's address written as its name: letters or digits, a dot, a top-level domain
# of two to four letters ("poweroutage.us", "abc.es"), in lower case.
_DOMAIN = re.compile(r"[a-z][a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40})?\.[a-z]{2,4}")


def is_name_token(text: str, folded: str, tok: Span, lang: LanguageData) -> bool:
    """True for a capitalised word that is not a function word or pronoun of ``lang``.

    An elided article is looked through: "l’AFP" is a name, "L’ultimo" is not.
    """
    s, e = _word_bounds(text, tok)
    k = folded.find("'", s, e)
    if 0 < k - s <= 4 and k + 1 < e:
        s = k + 1
    # A script without letter case (Arabic) cannot mark a name by its capital:
    # there any word that is no function word or pronoun may be one.
    if s < e and text[s].islower() and any(ch.isupper() for ch in text[s + 1 : e]):
        return True  # a name written in camel case: "elDiario.es", "eNCA"
    if s < e and _DOMAIN.fullmatch(text, s, e):
        return True  # a website's address: "poweroutage.us", "flightradar24.com"
    if s >= e or not (text[s].isupper() or (text[s].isalpha() and not text[s].islower())):
        return False
    if _is_acronym(text, (s, e)):
        return True
    word = folded[s:e]
    if word in lang.function_words:
        return False
    hit = lang.speaker_pronouns.match_at(word, 0)
    return not (hit is not None and hit.end == len(word))


def _capitalised(text: str, tok: Span) -> bool:
    s, e = _word_bounds(text, tok)
    return s < e and text[s].isupper()


def _capitalised_after_elision(text: str, tok: Span) -> bool:
    """Capitalised, or capitalised after an elided article ("l'Intérieur", "dell'Interno")."""
    if _capitalised(text, tok):
        return True
    s, e = _word_bounds(text, tok)
    cut = max(text.rfind("'", s, min(e, s + 5)), text.rfind("’", s, min(e, s + 5)))
    return cut > s and cut + 1 < e and text[cut + 1].isupper()


def is_complement(text: str, folded: str, toks: list[Span], k: int, lang: LanguageData) -> bool:
    """True when the name at ``toks[k]`` completes the noun before it, not a person's name.

    "ministro degli Esteri", "ministrul de Externe", "ministro dell’Economia":
    a capitalised word after a lower-case noun and a particle (or glued to an
    elided article) names an institution, and the person's name follows it.
    """
    s, e = _word_bounds(text, toks[k])
    apostrophe = folded.find("'", s, e)
    if 0 < apostrophe - s <= 4 and text[s].islower():
        before = k - 1
    else:
        before = k - 1
        while before >= max(0, k - 2) and (
            _is_particle(text, folded, toks[before], lang)
            or _is_function(folded, text, toks[before], lang)
        ):
            before -= 1  # "ministro degli Esteri", "présidente de la Commission"
        if before == k - 1:
            return False
    if before < 0:
        return False
    a, b = _word_bounds(text, toks[before])
    return a < b and text[a].islower() and not _is_function(folded, text, toks[before], lang)


def is_function_word(text: str, folded: str, tok: Span, lang: LanguageData) -> bool:
    """True for a function word of ``lang`` (a stopword only when written in lower case)."""
    return _is_function(folded, text, tok, lang)


def _is_function(folded: str, text: str, tok: Span, lang: LanguageData) -> bool:
    """A function word; a detection stopword only in lower case ("stato", not "Stato")."""
    if _is_acronym(text, tok):
        return False  # "WHO", "ON": an acronym, whatever its folded form
    s, e = _word_bounds(text, tok)
    word = folded[s:e]
    return word in lang.function_words or (word in lang.stopwords and text[s:e].islower())


def _is_particle(text: str, folded: str, tok: Span, lang: LanguageData) -> bool:
    s, e = _word_bounds(text, tok)
    return folded[s:e] in lang.name_particles


def leading_name_run(text: str, folded: str, toks: list[Span], lang: LanguageData) -> int | None:
    """Index of the last word of the name that opens ``toks`` ("Serghei Lavrov"), or None.

    Lower-case particles may join two capitalised words ("Ursula von der
    Leyen"); a capitalised particle may open the name ("De Jonge").
    """
    i = 0
    while i < min(2, len(toks) - 1) and _is_particle(text, folded, toks[i], lang):
        if not text[_word_bounds(text, toks[i])[0]].isupper():
            break
        i += 1
    if i >= len(toks) or not is_name_token(text, folded, toks[i], lang):
        return None
    j = i
    while j + 1 < len(toks):
        if is_name_token(text, folded, toks[j + 1], lang) or _capitalised(text, toks[j + 1]):
            j += 1  # inside a name any capitalised word belongs to it: "Kim Jong Un"
            continue
        k = j + 1
        n = 0
        while k < len(toks) and n < 2 and _is_particle(text, folded, toks[k], lang):
            k += 1
            n += 1
        if n and k < len(toks) and is_name_token(text, folded, toks[k], lang):
            j = k
            continue
        break
    return j


def trailing_name_run(text: str, folded: str, toks: list[Span], lang: LanguageData) -> int | None:
    """Index of the first word of the name that ends ``toks`` ("… Vladimir Putin"), or None."""
    if not toks:
        return None
    j = len(toks) - 1
    if not is_name_token(text, folded, toks[j], lang):
        # A capitalised function word can end a name ("Kim Jong Un") after a real name word.
        if not (
            j > 0 and _capitalised(text, toks[j]) and is_name_token(text, folded, toks[j - 1], lang)
        ):
            return None
        j -= 1
    while j - 1 >= 0:
        if is_name_token(text, folded, toks[j - 1], lang):
            if j < len(toks) - 1 and is_complement(text, folded, toks, j - 1, lang):
                break  # "ministro degli Esteri | Antonio Tajani"
            j -= 1
            continue
        k = j - 1
        n = 0
        while k >= 0 and n < 2 and _is_particle(text, folded, toks[k], lang):
            k -= 1
            n += 1
        if n and k >= 0 and is_name_token(text, folded, toks[k], lang):
            j = k
            continue
        if n and text[_word_bounds(text, toks[j - 1])[0]].isupper():
            j -= 1  # a capitalised particle opening the name
        break
    return j


@attrs.frozen
class _SourceWords:
    """The [attribution] word lists that clean and classify a source phrase."""

    determiners: frozenset[str]
    trim: frozenset[str]
    roles: PhraseSet
    backs: PhraseSet
    wires: PhraseSet
    sources: PhraseSet
    unnamed: PhraseSet = attrs.field(factory=lambda: PhraseSet({"unnamed": []}))
    reflexives: frozenset[str] = frozenset()
    adverbials: frozenset[str] = frozenset()
    impersonal_after: frozenset[str] = frozenset()
    raising_after: frozenset[str] = frozenset()
    contrasts: PhraseSet = attrs.field(factory=lambda: PhraseSet({"contrast": []}))
    rivals: PhraseSet = attrs.field(factory=lambda: PhraseSet({"rival": []}))
    comparisons: PhraseSet = attrs.field(factory=lambda: PhraseSet({"comparison": []}))
    back_adverbs: PhraseSet = attrs.field(factory=lambda: PhraseSet({"back": []}))
    own_counts: PhraseSet = attrs.field(factory=lambda: PhraseSet({"back": []}))
    # "nach seinen", "selon ses": the openers of own_counts phrases, a possessive last
    own_openers: PhraseSet = attrs.field(factory=lambda: PhraseSet({"back": []}))
    amounts: PhraseSet = attrs.field(factory=lambda: PhraseSet({"amount": []}))
    measures: PhraseSet = attrs.field(factory=lambda: PhraseSet({"measure": []}))
    values: frozenset[str] = frozenset()  # "puts it | at | 40 million": see _value_next
    aspects: PhraseSet = attrs.field(factory=lambda: PhraseSet({_STANCE: []}))
    complementizers: PhraseSet = attrs.field(factory=lambda: PhraseSet({"that": []}))
    groups: PhraseSet = attrs.field(factory=lambda: PhraseSet({"group": []}))
    noun_after: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    indefinites: frozenset[str] = frozenset()
    passive: frozenset[str] = frozenset()
    perfect: frozenset[str] = frozenset()
    predicate_openers: frozenset[str] = frozenset()
    counts: frozenset[str] = frozenset()
    tallies: frozenset[str] = frozenset()  # see _closing_speaker_first
    deeds: PhraseSet = attrs.field(factory=lambda: PhraseSet({"deed": []}))
    agents: frozenset[str] = frozenset()
    between: frozenset[str] = frozenset()
    participles: PhraseSet = attrs.field(factory=lambda: PhraseSet({"participle": []}))
    gerund_endings: tuple[str, ...] = ()
    openings: PhraseSet = attrs.field(factory=lambda: PhraseSet({"prefix": []}))
    regions: PhraseSet = attrs.field(factory=lambda: PhraseSet({"region": []}))
    opening_after: PhraseSet = attrs.field(factory=lambda: PhraseSet({"after": []}))
    versus: PhraseSet = attrs.field(factory=lambda: PhraseSet({"versus": []}))
    compound_prefixes: PhraseSet = attrs.field(factory=lambda: PhraseSet({"prefix": []}))
    compound_heads: tuple[str, ...] = ()
    role_heads: tuple[str, ...] = ()
    noun_final: bool = False
    preposition_ends: bool = False
    source_endings: tuple[str, ...] = ()
    verb_endings: tuple[str, ...] = ()
    split_verbs: frozenset[str] = frozenset()
    split_particles: frozenset[str] = frozenset()
    verb_final_openers: PhraseSet = attrs.field(factory=lambda: PhraseSet({"opener": []}))
    framed: PhraseSet = attrs.field(factory=lambda: PhraseSet({"framed": []}))
    framed_at: frozenset[str] = frozenset()
    framing_bodies: PhraseSet = attrs.field(factory=lambda: PhraseSet({"body": []}))
    figure_prefixes: PhraseSet = attrs.field(factory=lambda: PhraseSet({"prefix": []}))
    possessives: frozenset[str] = frozenset()
    possessive_marks: tuple[str, ...] = ()
    owned: PhraseSet = attrs.field(factory=lambda: PhraseSet({"owned": []}))
    owner_links: frozenset[str] = frozenset()
    owner_endings: tuple[str, ...] = ()
    data: PhraseSet = attrs.field(factory=lambda: PhraseSet({"data": []}))
    label_topics: PhraseSet = attrs.field(factory=lambda: PhraseSet({"topic": []}))
    press: PhraseSet = attrs.field(factory=lambda: PhraseSet({"press": []}))
    official: PhraseSet = attrs.field(factory=lambda: PhraseSet({"official": []}))
    earlier: frozenset[str] = frozenset()
    verb_objects: tuple[str, ...] = ()
    report_titles: bool = False
    finite: frozenset[str] = frozenset()
    told: frozenset[str] = frozenset()
    told_subject_after: bool = False
    contact_relatives: bool = False  # see _contact_subject
    show: frozenset[str] = frozenset()  # "show", "muestran": see _shown_by_data
    addressee: re.Pattern[str] | None = None  # see _before_addressee
    aliases: PhraseSet = attrs.field(factory=lambda: PhraseSet({"alias": []}))
    demonstratives: frozenset[str] = frozenset()
    times: PhraseSet = attrs.field(factory=lambda: PhraseSet({"time": []}))
    postpositions: frozenset[str] = frozenset()
    genitives: frozenset[str] = frozenset()
    same: PhraseSet = attrs.field(factory=lambda: PhraseSet({"same": []}))


_SOURCE_WORDS: dict[str, _SourceWords] = {}

# A source candidate: rank, source span, its cue, the chain it continues.
_Candidate = tuple[int, int, int, PhraseMatch, Span | None]


def _words(raw: object) -> list[str]:
    return [str(w) for w in raw] if isinstance(raw, list) else []


def _possessive_openers(phrases: list[str], lang: LanguageData) -> list[str]:
    """The openers of ``[attribution] pronoun_owned_figures`` phrases whose second word is
    a possessive (``[attribution] possessives``): "nach seinen" of "nach seinen
    Schätzungen", "selon ses" of "selon ses calculs"."""
    section = lang.raw.get("attribution", {})
    possessives = {fold(w).strip() for w in _words(section.get("possessives"))}
    openers = {
        " ".join(words[:2])
        for words in (p.split() for p in phrases)
        if len(words) > 2 and fold(words[1]) in possessives
    }
    return sorted(openers)


def source_words(lang: LanguageData) -> _SourceWords:
    """The cleaning and alias data of ``lang`` ([attribution] and [attribution.sources])."""
    cached = _SOURCE_WORDS.get(lang.code)
    if cached is not None:
        return cached
    section = lang.raw.get("attribution", {})
    aliases = section.get("sources", {})
    words = _SourceWords(
        determiners=lang.determiners,
        trim=frozenset(fold(w).strip() for w in _words(section.get("span_trim"))),
        roles=PhraseSet({"role": _words(section.get("role_nouns"))}),
        backs=PhraseSet({"back": _words(section.get("back_nouns"))}),
        same=PhraseSet({"same": _words(section.get("same_source"))}),
        wires=PhraseSet({"wire": _words(section.get("wires"))}),
        sources=PhraseSet({str(k): _words(v) for k, v in sorted(aliases.items())}),
        unnamed=PhraseSet({"unnamed": _words(section.get("unnamed_sources"))}),
        reflexives=frozenset(fold(w).strip() for w in _words(section.get("reflexives"))),
        adverbials=frozenset(fold(w).strip() for w in _words(section.get("adverbial_openers"))),
        impersonal_after=frozenset(
            fold(w).strip() for w in _words(section.get("impersonal_after"))
        ),
        raising_after=frozenset(fold(w).strip() for w in _words(section.get("raising_after"))),
        contrasts=PhraseSet({"contrast": _words(section.get("contrast_markers"))}),
        rivals=PhraseSet({"rival": _words(section.get("rival_markers"))}),
        comparisons=PhraseSet({"comparison": _words(section.get("comparison_markers"))}),
        back_adverbs=PhraseSet({"back": _words(section.get("back_adverbs"))}),
        own_counts=PhraseSet({"back": _words(section.get("pronoun_owned_figures"))}),
        own_openers=PhraseSet(
            {"back": _possessive_openers(_words(section.get("pronoun_owned_figures")), lang)}
        ),
        amounts=PhraseSet({"amount": _words(section.get("amount_nouns"))}),
        measures=PhraseSet({"measure": _words(section.get("measure_nouns"))}),
        values=frozenset(fold(w).strip() for w in _words(section.get("value_prepositions"))),
        aspects=PhraseSet({_STANCE: _words(section.get("aspect_verbs"))}),
        complementizers=PhraseSet(
            {"that": _words(lang.raw.get("denials", {}).get("complementizers"))}
        ),
        groups=PhraseSet({"group": _words(section.get("group_nouns"))}),
        noun_after=frozenset(fold(w).strip() for w in _words(section.get("noun_after"))),
        relatives=frozenset(fold(w).strip() for w in _words(section.get("relatives"))),
        indefinites=frozenset(fold(w).strip() for w in _words(section.get("indefinites"))),
        passive=frozenset(fold(w).strip() for w in _words(section.get("passive_auxiliaries"))),
        perfect=frozenset(fold(w).strip() for w in _words(section.get("perfect_auxiliaries"))),
        predicate_openers=frozenset(
            fold(w).strip() for w in _words(section.get("predicate_openers"))
        ),
        counts=frozenset(fold(w).strip() for w in _words(section.get("count_verbs"))),
        tallies=frozenset(fold(w).strip() for w in _words(section.get("tally_verbs"))),
        deeds=PhraseSet({"deed": _words(section.get("deed_verbs"))}),
        agents=frozenset(fold(w).strip() for w in _words(section.get("agent_prepositions"))),
        between=frozenset(fold(w).strip() for w in _words(section.get("between_words"))),
        participles=PhraseSet({"participle": _words(section.get("agent_participles"))}),
        gerund_endings=tuple(fold(w).strip() for w in _words(section.get("gerund_endings"))),
        openings=PhraseSet({"prefix": _words(section.get("opening_prefix"))}),
        regions=PhraseSet({"region": _words(section.get("region_nouns"))}),
        opening_after=PhraseSet({"after": _words(section.get("opening_after"))}),
        versus=PhraseSet({"versus": _words(section.get("versus"))}),
        figure_prefixes=PhraseSet({"prefix": _words(section.get("figure_prefix"))}),
        compound_prefixes=PhraseSet({"prefix": _words(section.get("compound_prefix"))}),
        compound_heads=tuple(fold(w).strip() for w in _words(section.get("compound_heads"))),
        role_heads=tuple(fold(w).strip() for w in _words(section.get("role_heads"))),
        noun_final=bool(section.get("noun_final", False)),
        preposition_ends=bool(section.get("preposition_ends", False)),
        source_endings=tuple(fold(w).strip() for w in _words(section.get("source_endings"))),
        verb_endings=tuple(fold(w).strip() for w in _words(section.get("verb_endings"))),
        split_verbs=frozenset(fold(w).strip() for w in _words(section.get("split_verbs"))),
        split_particles=frozenset(fold(w).strip() for w in _words(section.get("split_particles"))),
        verb_final_openers=PhraseSet({"opener": _words(section.get("verb_final_openers"))}),
        framed=PhraseSet({"framed": _words(section.get("framed_verbs"))}),
        framed_at=frozenset(fold(w).strip() for w in _words(section.get("framed_prepositions"))),
        framing_bodies=PhraseSet({"body": _words(section.get("framing_bodies"))}),
        possessives=frozenset(fold(w).strip() for w in _words(section.get("possessives"))),
        possessive_marks=tuple(_words(section.get("possessive_marks"))),
        owned=PhraseSet({"owned": _words(section.get("owned_figures"))}),
        owner_links=frozenset(fold(w).strip() for w in _words(section.get("owner_links"))),
        owner_endings=tuple(fold(w).strip() for w in _words(section.get("owner_genitive_endings"))),
        data=PhraseSet({"data": _words(section.get("data_nouns"))}),
        label_topics=PhraseSet({"topic": _words(section.get("label_topics"))}),
        press=PhraseSet({"press": _words(section.get("press_nouns"))}),
        official=PhraseSet({"official": _words(section.get("official_words"))}),
        earlier=frozenset(fold(w).strip() for w in _words(section.get("earlier_words"))),
        verb_objects=tuple(fold(w).strip() for w in _words(section.get("verb_objects"))),
        report_titles=bool(section.get("report_titles", False)),
        finite=frozenset(str(w) for w in _words(section.get("finite_verbs"))),
        told=frozenset(fold(w).strip() for w in _words(section.get("told_verbs"))),
        show=frozenset(fold(w).strip() for w in _words(section.get("show_verbs"))),
        addressee=_addressee_pattern(_words(section.get("addressees"))),
        told_subject_after=bool(section.get("told_subject_after", False)),
        contact_relatives=bool(section.get("contact_relatives", False)),
        aliases=PhraseSet({"alias": _words(section.get("alias_cues"))}),
        demonstratives=frozenset(fold(w).strip() for w in _words(section.get("demonstratives"))),
        times=PhraseSet({"time": _words(section.get("time_prepositions"))}),
        postpositions=frozenset(fold(w).strip() for w in _words(section.get("postpositions"))),
        genitives=frozenset(fold(w).strip() for w in _words(section.get("genitive_articles"))),
    )
    for phrases in (
        words.roles,
        words.backs,
        words.sources,
        words.unnamed,
        words.groups,
        words.rivals,
    ):
        phrases.allow_proclitics(lang.proclitics)
    _SOURCE_WORDS[lang.code] = words
    return words


# A phrase that closes with its short name in brackets: "(EFFIS)", "(OMS)", "(Effis)".
_GLOSSED = re.compile(r"\(\s?[^\W\d_][\w.&-]{1,15}\s?\)\Z")


def _glossed_name(text: str, a: int, b: int) -> bool:
    """Whether the phrase ``[a, b)`` spells out a name its bracketed short name closes.

    "le système européen d'information sur les feux de forêt (EFFIS)": a body
    written out in lower case, then its acronym; the whole phrase names it,
    though no capitalised word or source noun opens it.
    """
    m = _GLOSSED.search(text, a, b)
    return m is not None and text[m.start() + 1 : m.end() - 1].strip()[0].isupper()


def _is_acronym(text: str, tok: Span) -> bool:
    """An all-capital word of two letters or more ("WHO", "AP", "OCHA"): a name, never a
    function word, even where its folded form is one ("who", "on")."""
    s, e = _word_bounds(text, tok)
    word = text[s:e]
    return e - s >= 2 and word.isupper() and word.isalpha()


def _is_time_word(text: str, folded: str, tok: Span, lang: LanguageData) -> bool:
    """A weekday or month name: "on Monday", "Zaterdag" date the statement, not its author.

    A word that opens with a weekday name is one too: Dutch and German glue
    the part of the day to it ("zaterdagochtend", "Samstagabend").
    """
    s, e = _word_bounds(text, tok)
    for names in (lang.weekday_names, lang.month_names):
        hit = names.match_at(folded, s, text)
        if hit is None or hit.start != s:
            continue
        if hit.end >= e:
            return True
    return _glued_weekday(text, folded, s, e, lang)


def _is_day_word(text: str, folded: str, tok: Span, lang: LanguageData) -> bool:
    """A time word of ``[dates] day_parts`` or ``relative`` alone ("صباحا", "Vormittags",
    "Vanochtend", "yesterday"): it says when someone spoke, never who.

    A capitalised one is cut only where a source opens: an outlet may end with
    one ("USA Today").
    """
    s, e = _word_bounds(text, tok)
    for names in (lang.day_parts, lang.date_relative):
        hit = names.match_at(folded, s, text)
        if hit is not None and hit.start == s and hit.end >= e:
            return True
    return False


# The shortest part of the day glued to a weekday ("Samstagabend": "abend").
_DAY_PART_MIN = 4


def _glued_weekday(text: str, folded: str, s: int, e: int, lang: LanguageData) -> bool:
    """Whether the word ``[s, e)`` is a weekday with the part of the day glued to it."""
    for cut in range(e - _DAY_PART_MIN, s + 2, -1):
        if not folded[cut:e].isalpha():
            return False
        hit = lang.weekday_names.match_at(folded[:cut], s, text[:cut])
        if hit is not None and hit.start == s and hit.end == cut:
            return True
    return False


def _day_of_month(text: str, folded: str, toks: list[Span], i: int, lang: LanguageData) -> bool:
    """Whether the number ``toks[i]`` is a day beside its month name ("8 ноября",
    "November 8"): a date, not a figure that ends a source phrase. A year ("Februar
    2022") still ends it."""
    if not re.fullmatch(r"\d{1,2}\.?", text[toks[i][0] : toks[i][1]]):
        return False
    return any(
        0 <= k < len(toks) and _is_time_word(text, folded, toks[k], lang) for k in (i - 1, i + 1)
    )


def _year_of_report(text: str, folded: str, toks: list[Span], i: int, lang: LanguageData) -> bool:
    """Whether the number ``toks[i]`` is the year of a report the phrase goes on to name
    the author of: a year after an article or a function word, followed by a pointer
    noun or a function word and at least one more word ("a 2024 report by the
    commission", "un rapport de 2024 de la Commission", "un rapporto del 2024 della
    Commissione"): a date, not a figure that ends the source phrase."""
    if i == 0 or i + 2 >= len(toks) or not re.fullmatch(r"(?:19|20)\d\d", text[slice(*toks[i])]):
        return False
    before, after = toks[i - 1], toks[i + 1]
    words = source_words(lang)
    if not (
        _is_function(folded, text, before, lang)
        or folded[slice(*_word_bounds(text, before))] in words.indefinites
    ):
        return False
    a = _word_bounds(text, after)[0]
    back = words.backs.match_at(folded, a, text)
    return _is_function(folded, text, after, lang) or (back is not None and back.start == a)


def _is_edge_junk(text: str, folded: str, tok: Span, lang: LanguageData) -> bool:
    """A word a source phrase never opens or closes with: a preposition, auxiliary,
    adverb, pronoun, time word or number ("on Monday", "Morocco has", "la")."""
    if _is_acronym(text, tok):
        return False
    s, e = _word_bounds(text, tok)
    if s >= e or any(ch.isdigit() for ch in text[s:e]):
        return True
    word = folded[s:e]
    if word in source_words(lang).trim or word in lang.function_words:
        return True
    if word in lang.stopwords and text[s:e].islower():
        return True
    hit = lang.speaker_skip.match_at(folded, s, text)
    if hit is not None and hit.start == s and hit.end >= e:
        return True
    hit = lang.speaker_pronouns.match_at(folded, s, text)
    if hit is not None and hit.start == s and hit.end >= e:
        return True
    return _is_time_word(text, folded, tok, lang)


def _is_pronoun(text: str, folded: str, tok: Span, lang: LanguageData) -> bool:
    s, e = _word_bounds(text, tok)
    hit = lang.speaker_pronouns.match_at(folded, s, text)
    return hit is not None and hit.start == s and hit.end >= e


#: What a cleaned source phrase is: a name ("the World Health Organization",
#: "rescuers"), a role that points back ("the ministry"), or a pronoun ("he").
SourceKind = Literal["name", "back", "pronoun"]
_MAX_BACK_WORDS = 4
_HEAD_WORDS = 3  # a source's name or noun stands among its first words


# Memoised over the last few texts (see crosscheck._memo): every figure of a
# sentence asks again about the same phrases (each cue's subject, each candidate
# before and after it), about four times each.
@per_text
def source_span(
    text: str, folded: str, s: int, e: int, lang: LanguageData
) -> tuple[int, int, SourceKind] | None:
    """The source inside ``[s, e)`` with its edges cleaned, and its kind, or None.

    Words that never open or close a source are cut off both edges ("on
    Thursday", "Morocco has", "the Ukrainian president had earlier"), as is
    anything from the first figure on; an article before the kept words
    stays ("the ministry"). What is left must name someone: a capitalised
    name or acronym, a press outlet, or a source noun of ``[attribution]
    role_nouns``/``back_nouns`` ("rescuers", "the report"). Kinds: "name";
    "back" for a short definite phrase of such nouns that points to a source
    named before ("the ministry", "il rapporto", "la même source"); "pronoun"
    for a lone subject pronoun ("he", "ele").
    """
    words = source_words(lang)
    if not (words.determiners or words.trim or not words.roles.empty):
        return s, e, "name"  # a language without cleaning data keeps its phrases as found
    toks = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", text[s:e])]
    outlets: list[Span] | None = None
    named: set[int] = set()  # the numbers of names: "France 24", "el 112"
    for i, tok in enumerate(toks):
        if any(ch.isdigit() for ch in text[tok[0] : tok[1]]) and not _is_acronym(text, tok):
            if outlets is None:
                outlets = _numbered_outlets(text, folded, lang)
            if any(x <= tok[0] and _word_bounds(text, tok)[1] <= y for x, y in outlets):
                named.add(i)
                continue
            if _day_of_month(text, folded, toks, i, lang):
                continue  # "К 8 ноября журналисты …": a date, trimmed as a time word
            if _year_of_report(text, folded, toks, i, lang):
                continue  # "a 2024 report by the commission": the report's year
            toks = toks[:i]
            break
    first = 0
    opener = lang.as_openers.match_at(folded, toks[0][0], text) if toks else None
    if opener is not None and (toks[0][0] == 0 or not text[toks[0][0]].isupper()):
        # "Como informaron los bomberos", "Zoals de brandweer meldde": the word that
        # opens an "as X said" clause is no part of X (a capital only at the sentence
        # start: "la prefectura de Como" keeps its town)
        first = sum(1 for t in toks if t[1] <= opener.end)
    while (
        first < len(toks)
        and first not in named
        and (
            _is_edge_junk(text, folded, toks[first], lang)
            or _is_day_word(text, folded, toks[first], lang)
        )
    ):
        first += 1
    if first < len(toks):
        # "le ministère dans un communiqué", "l'organisme en un comunicat": a phrase of
        # ``[attribution] speaker_skip`` after the source's first word tells where or
        # when it spoke, and ends the source.
        for m in lang.speaker_skip.find(text[s:e], folded[s:e]):
            if s + m.start > toks[first][0] and (
                " " in m.phrase.strip() or _after_name_word(text, folded, toks, s + m.start, lang)
            ):
                toks = [t for t in toks if t[1] <= s + m.start]
                break
        # "les autorités espagnoles | après les inondations": a time phrase after the
        # source's first word says when it spoke, and ends the source too.
        for m in words.times.find(text[s:e], folded[s:e]):
            if s + m.start > toks[first][0]:
                toks = [t for t in toks if t[1] <= s + m.start]
                break
    last = len(toks)
    while (
        last > first
        and last - 1 not in named
        and (
            _is_edge_junk(text, folded, toks[last - 1], lang)
            # "الشرطة صباحا": a time word with no capital closes no source ("USA Today" does)
            or (
                not text[toks[last - 1][0]].isupper()
                and _is_day_word(text, folded, toks[last - 1], lang)
            )
        )
    ):
        last -= 1
    if first >= last:
        # "he", "they had": a subject pronoun alone points back to a source.
        pronoun = next((t for t in toks if _is_pronoun(text, folded, t, lang)), None)
        if pronoun is None:
            return None
        return pronoun[0], _word_bounds(text, pronoun)[1], "pronoun"
    kept = toks[first:last]
    a, b = _word_bounds(text, kept[0])[0], kept[-1][1]
    while b > a and not text[b - 1].isalnum():
        if _closes(text, kept[0][0], b):
            break  # "… de la santé (OMS)"
        b -= 1
    determiner = first > 0 and folded[slice(*_word_bounds(text, toks[first - 1]))] in (
        words.determiners
    )
    if determiner:
        a = _word_bounds(text, toks[first - 1])[0]
    else:
        # an elided article glued to the noun: "l'agence onusienne", "l'organismo"
        head = folded[kept[0][0] : kept[0][1]]
        determiner = any(head.startswith((d + "'", d + "\u2019")) for d in words.determiners)
    if _measure_head(text, folded, toks, first, lang):
        return None  # "una media di 98", "Daily average: 98": what the figure is, not who
    roles = words.roles.find(text[a:b], folded[a:b])
    roles += _compound_roles(text, folded, a, b, lang)
    backs = words.backs.find(text[a:b], folded[a:b])
    if backs and not roles and words.earlier:
        earlier = _earlier_count(text, folded, toks, first, last, backs, a, lang)
        if earlier is not None:
            return earlier[0], earlier[1], "name"
    # A capitalised source noun is no name ("Ministeriums", "Rettungskräfte": German
    # capitalises every noun; "The ministry" at a sentence start).
    nouns = [(a + m.start, a + m.end) for m in roles + backs]
    names = [
        i
        for i, t in enumerate(kept)
        if _is_acronym(text, t)
        or (
            is_name_token(text, folded, t, lang)
            and not _is_time_word(text, folded, t, lang)
            and not _is_day_word(text, folded, t, lang)
            and not any(x <= t[0] < y for x, y in nouns)
        )
    ]
    # A source phrase opens with what it names: "senior officials in the region", not
    # "dead so far in Libya floods" (a name far into the phrase names a place in it).
    head_count = _head_words(text, folded, kept, lang)
    head_end = kept[min(len(kept), head_count) - 1][1] - a
    headless = not any(m.start < head_end for m in roles + backs)
    outlet = is_outlet(text, folded, a, b, lang) or _glossed_name(text, a, b)
    if headless and (not names or names[0] >= head_count) and not outlet:
        later = _determiner_head(text, folded, kept, roles + backs, a, lang)
        if later is not None:
            # "All'inizio della settimana | il sindaco di Derna (aveva detto)": an
            # adverbial put before the subject
            return source_span(text, folded, later, e, lang)
        return None if not (words.roles.empty and words.backs.empty) else (a, b, "name")
    role_words = [
        i for i, t in enumerate(kept) if any(x <= t[0] < y for x, y in nouns[: len(roles)])
    ]
    heads = sorted(set(names[:1] + role_words[:1]))
    if heads:
        b = _before_object(text, folded, kept, heads[0], a, b, roles, backs, lang)
    if (
        first > 0
        and folded[slice(*_word_bounds(text, toks[first - 1]))] in words.demonstratives
        and any(a + m.start == t[0] for m in roles + backs for t in kept[:_HEAD_WORDS])
    ):
        return a, b, "back"  # "Este organismo de la ONU calcula": the one named before
    if names or outlet:
        return a, b, "name"
    if not roles and not backs:
        # A language without source nouns in its data keeps its phrases as before.
        return None if not (words.roles.empty and words.backs.empty) else (a, b, "name")
    short = len(kept) <= _MAX_BACK_WORDS
    pointer = short and (
        determiner
        # a language without articles: "codziennej aktualizacji resortu" (the daily
        # update of the ministry) ends with a pointer noun and names no one
        or (not words.determiners and any(m.start <= kept[-1][0] - a < m.end for m in backs))
        # "des Ministeriums" after "nach Angaben": the noun alone
        or all(any(m.start <= t[0] - a < m.end for m in roles + backs) for t in kept)
    )
    if pointer and source_key(text[a:b], lang) is None:
        return a, b, "back"
    return a, b, "name"  # "The health ministry said": a known body is no pointer back


def _measure_head(text: str, folded: str, toks: list[Span], first: int, lang: LanguageData) -> bool:
    """Whether the source's first kept word (``toks[first]``), or it with the word before
    it, is a measure a figure is given as (``[attribution] measure_nouns``: "una media",
    "Daily average", "Durchschnitt", "المعدل اليومي"), with no capitalised word right
    after it that would go on with a name ("la Media Luna Roja")."""
    measures = source_words(lang).measures
    if measures.empty:
        return False
    head_end = _word_bounds(text, toks[first])[1]
    for k in (first, first - 1):
        if k < 0:
            continue
        pos = _word_bounds(text, toks[k])[0]
        hit = measures.match_at(folded, pos, text)
        if hit is None or hit.start != pos or hit.end < head_end:
            continue
        nxt = re.match(r"\s+(\w)", text[hit.end :])
        if nxt is not None and nxt.group(1).isupper():
            continue
        return True
    return False


def _head_words(text: str, folded: str, kept: list[Span], lang: LanguageData) -> int:
    """How many of ``kept``'s tokens make up its first ``_HEAD_WORDS`` words, where a
    split compound is one word: its first part, cut at a hyphen, and the joiner after it
    belong to the compound that follows ("de nationale zoek- en reddingsdienst Basarnas",
    "die Such- und Rettungsdienste"), so the body it names stands among the first words."""
    n = i = 0
    while i < len(kept) and n < _HEAD_WORDS:
        if (
            i + 2 < len(kept)
            and text[kept[i][1] - 1] == "-"
            and text[kept[i][0]].isalpha()
            and _is_function(folded, text, kept[i + 1], lang)
        ):
            i += 2  # "zoek- en": part of "reddingsdienst"
            continue
        n += 1
        i += 1
    return i


def _earlier_count(
    text: str,
    folded: str,
    toks: list[Span],
    first: int,
    last: int,
    backs: list[PhraseMatch],
    a: int,
    lang: LanguageData,
) -> Span | None:
    """The span of pointer nouns with a word of ``[attribution] earlier_words`` at their
    edge ("Earlier reports", "previous estimates", "les bilans précédents"), or None.

    Such a phrase names an earlier or other count than the last source's: it is a
    source of its own, written as it stands, and points back to no one ("The ministry
    said 2,000 had died. Earlier reports had put the toll at 1,300" does not credit the
    ministry with 1,300). The edge word may be one trimmed off the source ("earlier").
    """
    earlier = source_words(lang).earlier

    def is_earlier(tok: Span) -> bool:
        return _earlier_word(folded[slice(*_word_bounds(text, tok))], earlier)

    def pointer(tok: Span) -> bool:
        return any(m.start <= tok[0] - a < m.end for m in backs)

    kept = toks[first:last]
    if first > 0 and is_earlier(toks[first - 1]) and kept and all(map(pointer, kept)):
        return _word_bounds(text, toks[first - 1])[0], kept[-1][1]
    if len(kept) >= 2 and is_earlier(kept[0]) and all(map(pointer, kept[1:])):
        return _word_bounds(text, kept[0])[0], kept[-1][1]  # "Initial reports" (capitalised)
    if len(kept) >= 2 and is_earlier(kept[-1]) and all(map(pointer, kept[:-1])):
        return a, kept[-1][1]  # "les bilans précédents"
    return None


def _after_name_word(text: str, folded: str, toks: list[Span], at: int, lang: LanguageData) -> bool:
    """Whether the lower-case word at ``at`` follows a name token of ``toks``: "meldet die
    Ukraine | auch hohe Verluste" (a one-word ``speaker_skip`` adverb after the name
    opens the rest of the clause); one before a capitalised word joins two parts of a
    name ("Științifică și Tehnică") and ends nothing."""
    i = next((k for k, t in enumerate(toks) if t[0] == at), None)
    return (
        i is not None
        and 0 < i < len(toks) - 1
        and text[at].islower()
        and text[toks[i + 1][0]].islower()
        and is_name_token(text, folded, toks[i - 1], lang)
    )


def _determiner_head(
    text: str,
    folded: str,
    kept: list[Span],
    nouns: list[PhraseMatch],
    a: int,
    lang: LanguageData,
) -> int | None:
    """Where a subject opens after an adverbial: the first determiner (past the phrase's
    first word) that a source noun follows right after ("A principios de semana | el
    alcalde de Derna"), or None."""
    determiners = source_words(lang).determiners
    starts = {a + m.start for m in nouns}
    for i in range(1, len(kept) - 1):
        d = _word_bounds(text, kept[i])
        if folded[d[0] : d[1]] in determiners and _word_bounds(text, kept[i + 1])[0] in starts:
            return kept[i][0]
    return None


def _state_group(text: str, adjective: Span, noun: Span, lang: LanguageData) -> bool:
    """Whether a state's adjective stands before a group noun ("British | tally",
    ``[attribution] group_nouns``): one phrase for that state's body, not a name and
    its object."""
    phrase = text[adjective[0] : noun[1]]
    if not source_words(lang).groups.find(text[noun[0] : noun[1]]):
        return False
    return state_pointer(phrase, lang) is not None


def _before_object(
    text: str,
    folded: str,
    kept: list[Span],
    first_name: int,
    a: int,
    b: int,
    roles: list[PhraseMatch],
    backs: list[PhraseMatch],
    lang: LanguageData,
) -> int:
    """Where a named source ends when a pointer noun follows its name: "der ukrainische
    Generalstab | neue Zahlen zu den Verlusten (veröffentlicht)", "the ministry's |
    figures": the noun heads the verb's object, not the source."""
    if not source_words(lang).determiners:
        return b  # no articles: a noun after the name is its genitive ("Журналісти видання")
    role_spans = [(a + m.start, a + m.end) for m in roles]
    back_starts = {a + m.start for m in backs}
    for k in range(first_name + 1, len(kept)):
        at = _word_bounds(text, kept[k])[0]
        if at not in back_starts or any(x <= at < y for x, y in role_spans):
            continue  # also a word of a role noun: "the fire | department"
        prev = kept[k - 1]
        if (
            _is_function(folded, text, prev, lang)
            or _is_particle(text, folded, prev, lang)
            or (k + 1 < len(kept) and is_name_token(text, folded, kept[k + 1], lang))
            or (_capitalised(text, kept[k]) and _capitalised(text, prev))
            or _state_group(text, prev, kept[k], lang)
        ):
            # a noun inside the name ("Centro de Integración de Datos", "US Geological
            # Survey") or one the name follows ("de Spaanse omroep RTVE")
            continue
        j = k
        while j > first_name + 1 and _is_edge_junk(text, folded, kept[j - 1], lang):
            j -= 1  # "neue", "latest"
        end = kept[j - 1][1]
        while end > a and not text[end - 1].isalnum():
            end -= 1
        return end
    return b


def source_key(source: str, lang: LanguageData) -> str | None:
    """The language-neutral key of a source from ``[attribution.sources]``, or None.

    "the Interior Ministry", "ministère de l'Intérieur" and "Innenministerium"
    all give "interior_ministry"; the longest alias found in the phrase wins,
    so "spokesman of the Interior Ministry" is the ministry's too.
    """
    hits = source_words(lang).sources.find(source, fold(source))
    if not hits:
        return None
    best = max(hits, key=lambda m: (m.end - m.start, -m.start))
    return best.label


# A wire credit: "(AFP)", "(EFE/dpa)", "BERLIN (Reuters) -", "— Reuters", a line "Agerpres".
_WIRE_WINDOW = 400


def find_wire(text: str, lang: LanguageData) -> str | None:
    """The wire agency the article is credited to, as written, or None.

    A wire name counts in a dateline or credit position only: right after
    an opening parenthesis ("(AFP)", "TRIPOLI (Reuters) -"), alone on a line
    ("Agerpres", "ANSA"), or after a dash at the article's start or end
    ("— Reuters"). A wire named as a source in the prose ("told AFP") is not
    the article's credit. The first credit in the head wins, then the tail.
    """
    wires = source_words(lang).wires
    if wires.empty:
        return None
    folded = fold(text)
    head_end = min(len(text), _WIRE_WINDOW)
    tail_start = max(head_end, len(text) - _WIRE_WINDOW)
    best: tuple[int, str] | None = None
    for lo, hi, rank in ((0, head_end, 0), (tail_start, len(text), 1)):
        for m in wires.find(text[lo:hi], folded[lo:hi]):
            a, b = lo + m.start, lo + m.end
            before = text[max(0, a - 3) : a].rstrip(" \t")
            after = text[b : b + 3].lstrip(" \t")
            line_start = text.rfind("\n", 0, a) + 1
            line_end = text.find("\n", b)
            line_end = len(text) if line_end < 0 else line_end
            alone = not text[line_start:a].strip(" \t([-\u2013\u2014*_") and not text[
                b:line_end
            ].strip(" \t)].-\u2013\u2014*_/")
            credit = (
                before.endswith("(")
                or alone
                or (before[-1:] in "-\u2013\u2014/" and after[:1] in ("", "\n", ")", ".", ","))
            )
            if credit and (best is None or (rank, a) < (best[0], 0)):
                best = (rank, text[a:b])
                break
        if best is not None:
            break
    return best[1] if best else None


def _np_after(
    sentence: _Clause, pos: int, stop_at: int | None, lang: LanguageData
) -> tuple[int, int]:
    hi = len(sentence.text) if stop_at is None or stop_at < pos else stop_at
    return np_after(sentence.text, sentence.folded, pos, hi, lang)


def _past_verb(sentence: _Clause, pos: int, lang: LanguageData) -> int:
    """Where the source after a prefix cue starts, past a reporting verb that opens it.

    "según han informado | fuentes del Gobierno", "según informó | el ministerio":
    the verb of the prefix's clause is no part of the source. A lone word
    followed by no article ("citing | reports from X") is left as it is, unless a
    role noun follows it ("según informaron | fuentes de la Guardia Civil").
    """
    at = _skip_blanks(sentence.folded, pos)
    relative = _relative_verb_end(sentence, at, lang)
    if relative is not None:
        return relative
    verb = lang.attribution_verbs.match_at(sentence.folded, at, sentence.text)
    if verb is None or verb.start != at:
        return pos
    after = _skip_blanks(sentence.folded, verb.end)
    word = re.match(r"[^\W\d_]+", sentence.folded[after:])
    if " " in verb.phrase.strip() or (
        word is not None
        and (
            word.group() in source_words(lang).determiners
            or word.group() in source_words(lang).indefinites  # "declaró | un responsable"
            or _role_word(sentence.text, sentence.folded, (after, after + word.end()), lang)
        )
    ):
        return verb.end
    return pos


def _relative_verb_end(sentence: _Clause, at: int, lang: LanguageData) -> int | None:
    """Where a relative clause's reporting verb that takes up its "what" with an object
    pronoun (``[attribution] verb_objects``) ends, past the pronoun.

    "وفق ما ذكره | المسعفون", "حسب ما أفاد به | الناشطون": the verb with the pronoun
    glued to it or standing after it is no part of the source; a "what" (a function
    word) may open the clause. None where no such verb stands at ``at``.
    """
    objects = source_words(lang).verb_objects
    if not objects:
        return None
    folded = sentence.folded
    toks = [(at + m.start(), at + m.end()) for m in re.finditer(r"\S+", folded[at : at + 80])][:3]
    if len(toks) > 1 and _is_function(folded, sentence.text, toks[0], lang):
        toks = toks[1:]  # "ما"
    if not toks:
        return None
    a, b = toks[0]
    word = folded[a:b]
    before = re.search(r"(\S+)\s+$", folded[max(0, a - 30) : a])
    if word in objects and before is not None:
        # "حسبما أفاد | به الناشطون": the verb closes the cue, its pronoun follows
        verb = lang.attribution_verbs.match_at(before.group(1), 0)
        return b if verb is not None and verb.end == len(before.group(1)) else None
    glued = next((o for o in objects if word.endswith(o) and len(word) > len(o) + 1), None)
    stems = [word] + ([word[: -len(glued)]] if glued else [])
    is_verb = any(
        (m := lang.attribution_verbs.match_at(stem, 0)) is not None and m.end == len(stem)
        for stem in stems
    )
    if not is_verb:
        return None
    if len(toks) > 1 and folded[toks[1][0] : toks[1][1]] in objects:
        return toks[1][1]  # "أفاد به"
    return b if glued else None


def _subject_np(sentence: _Clause, s: int, e: int, lang: LanguageData) -> Span:
    """The subject that opens ``[s, e)`` after a verb-second verb: up to the object.

    "Zo schatten | sommige instellingen | het dodental op …": an article right
    after a content word (not after a preposition, as in "de minister van de
    regio") opens the verb's object when a toll word heads what follows it
    ("die Behörden der Provinz | die Zahl der Verletzten").
    """
    return _cut_at_article(
        sentence, s, e, lang, lambda start, _end: _figure_head(sentence, start, e, lang)
    )


def _cut_at_article(
    sentence: _Clause, s: int, e: int, lang: LanguageData, opens: Callable[[int, int], bool]
) -> Span:
    """``[s, e)`` up to the first article after a content word (not after a
    preposition: "de minister van | de regio" stays whole) that ``opens`` says
    starts what follows (called with the article's start and end in the sentence)."""
    determiners = source_words(lang).determiners
    seen = False
    previous = ""
    for m in re.finditer(r"[^\W\d_]+", sentence.folded[s:e]):
        word = m.group()
        if (
            seen
            and word in determiners
            and previous not in lang.function_words
            and opens(s + m.start(), s + m.end())
        ):
            return s, s + m.start()
        if word not in lang.function_words:
            seen = True
        previous = word
    return s, e


def _before_toll(sentence: _Clause, s: int, e: int, lang: LanguageData) -> Span:
    """``[s, e)`` up to an article that opens a casualty or toll phrase inside it.

    "Secondo la protezione civile | i morti sono …", "según la guardia civil | los
    muertos …": with no comma after a prefix cue's source, an article after a
    content word (not after a preposition: "el balance de | las víctimas") that
    brings in what is counted starts the clause the cue credits.
    """
    text, folded = sentence.text, sentence.folded

    def opens_toll(_start: int, end: int) -> bool:
        at = _skip_blanks(folded, end)
        if any(
            (hit := phrases.match_at(folded, at, text)) is not None and hit.start == at
            for phrases in (lang.casualties, lang.tolls, lang.toll_nouns)
        ):
            return True
        # "Secondo la questura | i partecipanti al corteo erano 10.000": a head count
        head = lang.units.match_at(folded, at, text)
        known = concept(head.label) if head is not None and head.start == at else None
        return known is not None and known.kind == "person"

    return _cut_at_article(sentence, s, e, lang, opens_toll)


def _before_predicate(sentence: _Clause, s: int, e: int, lang: LanguageData) -> Span:
    """``[s, e)`` up to a verb of the event inside it (``[predicates]``): with no comma
    after a prefix cue's source, the clause it credits may start with its verb
    ("Według ministerstwa | zginęło 40 osób"), which ends the source."""
    text, folded = sentence.text, sentence.folded
    first = re.search(r"[^\W\d_]+", folded[s:e])
    if first is None:
        return s, e
    for hit in lang.predicates.find(text[s:e], folded[s:e]):
        at = s + hit.start
        if hit.start >= first.end() and (at == 0 or not folded[at - 1].isalnum()):
            a, b = _trim_np(text[s:at], from_end=False)
            return (s + a, s + b) if b > a else (s, e)
    return s, e


def _before_verb_tail(
    sentence: _Clause, s: int, e: int, lang: LanguageData, *, inside: bool = False
) -> Span:
    """``[s, e)`` without the rest of its clause when the source stands inside a clause
    whose verb closes it: "15 Menschen wurden nach Angaben des Gesundheitsministeriums |
    in Krankenhäusern behandelt", "… laut Polizei | schwer verletzt", "40 huizen zijn
    volgens de brandweer | compleet verwoest".

    Only where the phrase ends in a lower-case word that is no function word: in a
    language that capitalises its nouns (``[frames] nouns_capitalised``) that word is
    a verb or adverb, and the source is its head noun with the capitalised words and
    genitive articles that complete it ("des Roten Kreuzes", "des Ministeriums der
    Verteidigung"); in a ``noun_final`` language a role noun followed by a lower-case
    content word ends the source there ("de brandweer | compleet verwoest"). When the cue
    stands ``inside`` its clause (no comma before it), so does an adverbial that opens
    after the head noun's words ("400.000 Haushalte waren laut Entergy | am Freitag ohne
    Strom"); after a comma the phrase closes the sentence and keeps its place ("…,
    laut Behörden in Tripolis")."""
    text, folded = sentence.text, sentence.folded
    toks = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", text[s:e])]
    if len(toks) < 2:
        return s, e
    a, b = _word_bounds(text, toks[-1])
    verb_tail = not (
        a >= b
        or not text[a].islower()
        or _is_function(folded, text, toks[-1], lang)
        or _is_particle(text, folded, toks[-1], lang)
        or _role_word(text, folded, toks[-1], lang)
        or _DOMAIN.fullmatch(text, a, b)  # "die Website | poweroutage.us"
    )
    capitalised = frame_words(lang.code).nouns_capitalised
    if not verb_tail and not capitalised:
        return s, e
    if capitalised:
        genitives = source_words(lang).genitives
        head = next((k for k, tok in enumerate(toks) if _capitalised(text, tok)), None)
        if head is None:
            return s, e
        k = head + 1
        while k < len(toks):
            word = folded[slice(*_word_bounds(text, toks[k]))]
            if not (_capitalised(text, toks[k]) or word in genitives):
                break
            k += 1
        while k > head + 1 and folded[slice(*_word_bounds(text, toks[k - 1]))] in genitives:
            k -= 1  # a genitive article with no noun after it belongs to the tail
        end = _word_bounds(text, toks[k - 1])[1]
        if k >= len(toks):
            return s, e
        if verb_tail or (inside and _adverbial_after_source(text, folded, toks[k], lang)):
            return s, end
        return s, e
    if source_words(lang).noun_final:
        for k in range(len(toks) - 1):
            if _role_word(text, folded, toks[k], lang):
                ended = _noun_final_end(text, folded, toks, k, lang)
                if ended is not None:
                    return s, ended
    return s, e


def _adverbial_after_source(text: str, folded: str, tok: Span, lang: LanguageData) -> bool:
    """Whether ``tok``, right after a source's head noun and the capitalised words that
    complete it, opens an adverbial of the clause the source stands in: a lower-case
    ``adverbial_openers`` word that joins no name (``name_particles``: "für", "von"):
    "400.000 Haushalte waren laut dem Energieversorger Entergy | am Freitag ohne Strom";
    "laut der Generaldirektion für den Strafvollzug" keeps its name."""
    a, b = _word_bounds(text, tok)
    word = folded[a:b]
    return (
        a < b
        and text[a].islower()
        and word in source_words(lang).adverbials
        and word not in lang.name_particles
    )


def _verb_first_np(sentence: _Clause, pos: int, stop: int, lang: LanguageData) -> tuple[int, int]:
    """The source right after its verb in a verb-first language ("أعلن اليوم الوزير أن …").

    Time words between the verb and its subject are passed over; a phrase
    that opens with a function word ("في بيان", "أنها") is no source, and the
    caller then looks before the verb, where the subject also stands.
    """
    text, folded = sentence.text, sentence.folded
    for _ in range(4):
        at = _skip_blanks(folded, pos)
        m = lang.speaker_skip.match_at(folded, at, text)
        if m is None or m.start != at:
            break
        pos = m.end
    s, e = _np_after(sentence, pos, stop, lang)
    first = re.match(r"\S+", text[s:e])
    if first is not None and _is_function(folded, text, (s, s + first.end()), lang):
        return 0, 0
    if first is None:
        return s, e
    # the phrase runs into the claim, or into an earlier figure of the sentence
    after = text[e : e + 12].lstrip()
    runs_on = not text[e:stop].strip() or after[:1].isdigit()
    last_function = None
    for word in re.finditer(r"\S+", text[s + first.end() : e]):
        at = s + first.end() + word.start()
        head = (
            lang.toll_nouns.match_at(folded, at, text)
            or lang.tolls.match_at(folded, at, text)
            or source_words(lang).amounts.match_at(folded, at, text)
        )
        if head is not None and head.start == at:
            # "قدرت الشرطة | عدد المتظاهرين بنحو 12 ألفا", "قدّر الاتحاد | الأضرار بنحو
            # 40 مليون دولار": the verb's object, headed by a count noun or a noun of an
            # amount (``[attribution] amount_nouns``), follows its subject; the subject
            # ends before it
            return s, _trim_function_words(sentence, s, at, lang)[1]
        if runs_on and _is_function(folded, text, (at, at + len(word.group())), lang):
            last_function = at
    if last_function is not None:
        # "تحدث أطباء في المستشفى | عن 200 إصابة": a subject that runs into the figure
        # ends before the preposition nearest it, which opens the verb's complement
        return s, _trim_function_words(sentence, s, last_function, lang)[1]
    return s, e


def _trim_function_words(sentence: _Clause, s: int, e: int, lang: LanguageData) -> Span:
    """``[s, e)`` without the function words that open or close it."""
    text, folded = sentence.text, sentence.folded
    toks = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", text[s:e])]
    while toks and _is_function(folded, text, toks[0], lang):
        toks.pop(0)
    while toks and _is_function(folded, text, toks[-1], lang):
        toks.pop()
    return (toks[0][0], toks[-1][1]) if toks else (s, s)


def _skip_blanks(folded: str, pos: int) -> int:
    while pos < len(folded) and folded[pos] in " \t,":
        pos += 1
    return pos


def _openers(text: str, folded: str, lang: LanguageData) -> list[PhraseMatch]:
    """Clause openers of ``text``; an acronym is none ("WHO said" is no "who"), nor a
    lower-case conjunction between two capitalised words, which joins the parts of one
    name or two names ("Center for Strategic and International Studies", "BBC y
    Mediazona")."""
    return [
        m
        for m in lang.clause_openers.find(text, folded)
        if not (m.end - m.start >= 2 and text[m.start : m.end].isupper())
        and not _inside_name(text, m.start, m.end)
    ]


# The last token before a position, then its trailing space. Starting only at a
# token's start (the look-behind) keeps a search linear on a long run of word
# characters; callers search a slice, so a token cut by the slice starts there.
_TOKEN_BEFORE = re.compile(r"(?<![\w.'-])[\w.'-]+\s+$")


def _inside_name(text: str, start: int, end: int) -> bool:
    """Whether the lower-case word at ``[start, end)`` stands between two capitalised words."""
    if not text[start:end].islower():
        return False
    before = _TOKEN_BEFORE.search(text[max(0, start - 40) : start])
    after = re.match(r"\s+(\w)", text[end : end + 4])
    # The token's first letter (a letter: a word character, not a digit or "_").
    first = ""
    if before is not None:
        first = next((ch for ch in before.group() if ch.isalnum() and not ch.isdecimal()), "")
    return first.isupper() and after is not None and after.group(1).isupper()


# The short name written after a full one: " (IOM)", " (Ocha)", " (DTM)".
_SHORT_NAME = re.compile(r" ?\((?=[^\W\d_]*[A-Z])[^\W\d_][\w.&-]{0,11}\)")
# A short parenthesis closing a name: "Organizația Mondială a Sănătății (OMS)".
_PAREN_TAIL = re.compile(r"\([^()\d,;:.!?\n]{1,40}\)\s*$")


@functools.lru_cache(maxsize=64)
def _np_stops(
    text: str, titles: frozenset[str] = frozenset()
) -> tuple[tuple[Span, ...], tuple[int, ...]]:
    """Every :data:`NP_STOP` match of a sentence, and their end offsets (for bisect).

    Found once per sentence: :func:`_np_before` runs once per cue and claim,
    and rescanning the sentence each time made the work grow with its square.
    The dot of a title abbreviation of ``titles`` ("gen. Eirik …") is no stop.
    """
    # The brackets of a short name are part of the name, no stop: in "Jane Doe, head of
    # the International Federation (IFRC), said" the two commas still frame the apposition.
    shorts = [(m.start(), m.end()) for m in _SHORT_NAME.finditer(text)]
    quoted = _quoted_names(text)
    spans = tuple(
        (m.start(), m.end())
        for m in NP_STOP.finditer(text)
        if not (shorts and text[m.start()] in "()" and _within(m.start(), shorts))
        and not (quoted and _within(m.start(), quoted))
        and not (titles and _title_dot(text, m, titles))
    )
    return spans, tuple(e for _, e in spans)


# A short title in quotation marks: „Le Matin“, «Медиазона», "The Sun" (no digits or
# sentence punctuation inside); see _quoted_names.
_QUOTED = re.compile(
    r"[\"\u201c\u201e\u00ab\u2039]\s?"
    r"([^\W\d_][^\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\n\d,;:.!?]{0,39})"
    r"[\"\u201c\u201d\u00bb\u203a]"
)
_MAX_TITLE_WORDS = 4


def _quoted_names(text: str) -> list[Span]:
    """The spans of short capitalised titles in quotation marks ("die Zeitung „Le
    Matin“", "издание «Медиазона»"): an outlet's name, whose marks end no noun phrase."""
    return [
        (m.start(), m.end())
        for m in _QUOTED.finditer(text)
        if m.group(1)[0].isupper() and len(m.group(1).split()) <= _MAX_TITLE_WORDS
    ]


def _np_stop(
    text: str, lo: int, hi: int, titles: frozenset[str] = frozenset()
) -> re.Match[str] | None:
    """The first :data:`NP_STOP` in ``[lo, hi)`` outside a quoted title and not the dot
    of a title abbreviation of ``titles``."""
    quoted = _quoted_names(text[lo:hi])
    pos = lo
    shorts: list[Span] | None = None  # the brackets of a short name: "(Cid)", "(IFRC)"
    while True:
        m = NP_STOP.search(text, pos, hi)
        if m is None:
            return m
        if text[m.start()] in "()":
            if shorts is None:
                shorts = [(n.start(), n.end()) for n in _SHORT_NAME.finditer(text, lo, hi)]
            if _within(m.start(), shorts):
                pos = m.end()
                continue
        if not (quoted and _within(m.start() - lo, quoted)) and not (
            titles and _title_dot(text, m, titles)
        ):
            return m
        pos = m.end()


def _title_dot(text: str, stop: re.Match[str], titles: frozenset[str]) -> bool:
    """Whether the stop is the dot of a title abbreviation ("gen.", "Dr.") right before
    a capitalised name: "szefa sztabu gen. Eirika Kristoffersena" is one phrase."""
    if stop.group() != "." or not _title_before(text, stop.start(), titles):
        return False
    after = _CAPITAL_AFTER.match(text, stop.end())
    return after is not None and after.group()[-1].isupper()


# A capitalised word right after a title's dot and one blank.
_CAPITAL_AFTER = re.compile(r"[ \t]?[^\W\d_]")


def _within(pos: int, spans: list[Span]) -> bool:
    """Whether ``pos`` falls inside one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_left(spans, (pos + 1, -1)) - 1  # the last span starting by ``pos``
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


@per_text  # each figure of a sentence asks again (see source_span)
def _np_before(sentence: _Clause, pos: int, lang: LanguageData) -> tuple[int, int]:
    begin = 0
    paren = _PAREN_TAIL.search(sentence.text, max(0, pos - 48), pos)
    limit = paren.start() if paren else pos
    # The stops of ``NP_STOP.finditer(text, 0, limit)``: those of the whole
    # sentence that end by ``limit``, plus a full stop right before ``limit``
    # (there the end of the scan, not the next letter, follows it).
    all_stops, ends = _np_stops(sentence.text, lang.titles)
    stops = list(all_stops[: bisect.bisect_right(ends, limit)])
    if limit > 0 and sentence.text[limit - 1] == "." and (not stops or stops[-1][1] != limit):
        stops.append((limit - 1, limit))
    stops = _without_place_commas(sentence, stops, lang)
    if stops:
        begin = stops[-1][1]
    shared = _shared_subject(sentence, stops, begin, limit, lang)
    if shared is not None:
        return shared
    if (
        len(stops) >= 2
        and sentence.text[stops[-1][0]] == ","
        and sentence.text[stops[-2][0]] == ","
        and _verb_phrase_only(sentence, begin, pos, lang)
    ):
        # "The Red Crescent, a charity whose volunteers …, believes": the
        # subject stands before the apposition that ends at the verb; so it does
        # when only its first verb stands between ("X, Y, ha comparegut … i ha
        # confirmat": the words after the apposition name no one).
        alias = _alias_apposition(sentence, stops[-2][1], stops[-1][0], lang)
        if alias is not None:
            return alias  # "The UN humanitarian office, known as OCHA, launched": OCHA
        first = stops[-3][1] if len(stops) >= 3 else 0
        s, e = _trim_np(sentence.text[first : stops[-2][0]], from_end=True)
        whole = source_span(sentence.text, sentence.folded, first + s, first + e, lang)
        if whole is None or whole[:2] != (first + s, first + e):
            # the description does not read whole up to its comma: its name, if any
            named = _name_apposition(sentence, first, stops[-2], stops[-1][0], lang)
            if named is not None:
                return named
        return first + s, first + e
    base = begin
    last: PhraseMatch | None = None
    for opener in _openers(sentence.text[base:pos], sentence.folded[base:pos], lang):
        if sentence.text[base + opener.end : pos].strip() and _relative_inside(
            sentence, base, base + opener.start, base + opener.end, lang
        ):
            # "El balance del terremoto que azotó Marruecos … eleva a": a relative
            # clause inside the subject ends it
            pos = base + opener.start
            break
        begin = base + opener.end
        last = opener
    if last is not None and _clitics_only(sentence, begin, pos, lang):
        # "the Red Cross, which estimates …", "X qui évalue …", "X confirmed … and
        # said …", "gli organizzatori, che ne contano": the verb's subject is the
        # clause's, before the opener (an object clitic between them is no subject).
        o_text = sentence.text[base + last.start : base + last.end]
        o_folded = sentence.folded[base + last.start : base + last.end]
        joins = any(
            m.end - m.start == len(o_text) for m in lang.event_clause.find(o_text, o_folded)
        )
        if sentence.text[base : base + last.start].strip():
            # "un chiffre contesté par les organisateurs qui revendiquent": a relative
            # pronoun, not a conjunction ("… mounted by the army and said"), stands for
            # the agent that ends the phrase before it
            agent = None if joins else _agent_tail(sentence, base, base + last.start, lang)
            return agent or _clause_subject(sentence, base, base + last.start, lang)
        if stops and sentence.text[stops[-1][0]] == ",":
            first = stops[-2][1] if len(stops) >= 2 else 0
            # so it does after a comma: "Figures disputed by the union, which speaks of …"
            agent = (
                None
                if joins
                else _agent_tail(sentence, first, stops[-1][0], lang)
                or _between_tail(sentence, first, stops[-1][0], lang)
            )
            return agent or _clause_subject(sentence, first, stops[-1][0], lang)
    s, e = _trim_np(sentence.text[begin:pos], from_end=True)
    return begin + s, begin + e


def _clitics_only(sentence: _Clause, lo: int, hi: int, lang: LanguageData) -> bool:
    """Whether ``[lo, hi)`` is blank or holds only object clitics of ``[attribution]
    clitics`` ("che | ne | contano", "qui | leur | a dit"): no subject of its own."""
    words = sentence.folded[lo:hi].split()
    return all(w in lang.clitics for w in words)


def _without_place_commas(sentence: _Clause, stops: list[Span], lang: LanguageData) -> list[Span]:
    """``stops`` without the comma between a place and the country that places it: in
    "Vestra, which has a plant in Pitesti, Romania, says …" the country set off by commas
    after a capitalised name, inside a clause a comma opened, is part of that clause, no
    apposition of its own, and the verb's subject stands before the clause ("Vestra"),
    not the country."""
    text = sentence.text
    kept: list[Span] = []
    for i, (a, b) in enumerate(stops):
        if (
            text[a] == ","
            and 0 < i < len(stops) - 1
            and text[stops[i - 1][0]] == ","
            and text[stops[i + 1][0]] == ","
            and (word := _WORD_BEFORE.search(text, 0, a)) is not None
            and word.group(1)[:1].isupper()
            and _country_only(text[b : stops[i + 1][0]], lang)
        ):
            continue
        kept.append((a, b))
    return kept


_POSTPOSITION_ADJECTIVES = 3  # lower-case words between an article and its noun


def _postposition_np(sentence: _Clause, lo: int, cue: PhraseMatch, lang: LanguageData) -> Span:
    """The noun phrase right before a postposed cue, or an empty span.

    "Seit Beginn des Krieges sind in der Ukraine | einer Recherche | zufolge …":
    the source of "zufolge" is the phrase just before it, an article and its
    capitalised noun or a bare name, not the clause from ``lo`` up to the cue.
    A genitive article after a noun ("einer Zählung | der Behörden") carries the
    phrase back to the noun it completes.
    """
    words = source_words(lang)
    if fold(cue.phrase).strip() not in words.postpositions:
        return 0, 0
    text, folded = sentence.text, sentence.folded
    toks = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"\S+", text[lo : cue.start])]

    def word(k: int) -> str:
        return folded[slice(*_word_bounds(text, toks[k]))]

    def capital(k: int) -> bool:
        a, b = _word_bounds(text, toks[k])
        return a < b and text[a].isupper()

    articles = words.determiners | words.indefinites
    i = len(toks)
    start: int | None = None
    while i > 0:
        k = i
        while k > 0 and (
            capital(k - 1) or (k < i and _is_particle(text, folded, toks[k - 1], lang))
        ):
            k -= 1
        if k == i or any(ch in ",;:" for ch in text[toks[k][0] : toks[i - 1][1] - 1]):
            break
        m = k
        while (
            m > 0
            and k - m < _POSTPOSITION_ADJECTIVES
            and text[toks[m - 1][0]].islower()
            and word(m - 1) not in articles
            and not _is_function(folded, text, toks[m - 1], lang)
        ):
            m -= 1
        start = m - 1 if m > 0 and word(m - 1) in articles else k
        if start == m - 1 and word(start) in words.genitives and start > 0 and capital(start - 1):
            i = start
            continue
        break
    if start is None:
        return 0, 0
    return toks[start][0], toks[-1][1]


def _alias_apposition(sentence: _Clause, lo: int, hi: int, lang: LanguageData) -> Span | None:
    """The name an apposition between commas gives the source before it when it opens
    with an alias cue (``[attribution] alias_cues``: "known as", "conocido como"): in
    "The UN humanitarian office, known as OCHA, launched" the source is "OCHA"."""
    text, folded = sentence.text, sentence.folded
    at = _skip_blanks(folded, lo)
    cue = source_words(lang).aliases.match_at(folded, at, text)
    if cue is None or cue.start != at:
        return None
    s, e = _trim_np(text[cue.end : hi], from_end=True)
    found = source_span(text, folded, cue.end + s, cue.end + e, lang)
    if found is None or found[2] != "name":
        return None
    return found[0], found[1]


def _name_apposition(
    sentence: _Clause, first: int, comma: Span, end: int, lang: LanguageData
) -> Span | None:
    """The name set off by commas after a description that holds a clause of its own and
    does not read as a source up to its comma: in "el ministro de … la administración
    que gobierna el este, Hichem Abu Chkiouat, dijo" the name is the subject."""
    text, folded = sentence.text, sentence.folded
    lo = comma[1]
    if not _openers(text[first : comma[0]], folded[first : comma[0]], lang):
        return None
    s, e = _trim_np(text[lo:end], from_end=True)
    found = source_span(text, folded, lo + s, lo + e, lang)
    if found is None or found[2] != "name" or (found[0], found[1]) != (lo + s, lo + e):
        return None
    return lo + s, lo + e


def _relative_inside(sentence: _Clause, lo: int, start: int, end: int, lang: LanguageData) -> bool:
    """Whether the clause opener at ``[start, end)`` opens a relative clause inside a
    subject that starts at ``lo``: a noun stands right before it and a lower-case word
    that names no one right after it, its verb ("the storm that hit …", "la DANA que
    azotó …", "буря, которая обрушилась" is cut by its comma). "Rescuers and officials",
    "X said that the ministry" name a subject after the opener, so they are no such
    clause."""
    text, folded = sentence.text, sentence.folded
    if not text[lo:start].strip() or not text[start - 1 : start].isspace():
        return False
    m = _WORD.match(text, _skip_blanks(folded, end))
    if m is None or not m.group().islower():
        return False
    a, b = m.span()
    word = folded[a:b]
    words = source_words(lang)
    if word in words.determiners or word in lang.function_words or word in words.trim:
        return False
    if _is_pronoun(text, folded, (a, b), lang) or _is_time_word(text, folded, (a, b), lang):
        return False
    if words.roles.match_at(folded, a, text) or words.backs.match_at(folded, a, text):
        return False
    # "the national search and | rescue agency said": a role noun a word or two on
    # heads a noun phrase, the opener joins two of its nouns
    for k, w in enumerate(_WORD.finditer(text, b)):
        if k >= _JOINED_NOUN_WORDS or not w.group().islower():
            break
        if _role_word(text, folded, w.span(), lang):
            return False
    return True


_JOINED_NOUN_WORDS = 2  # words after the one that follows an opener searched for a role noun


def _verb_phrase_only(sentence: _Clause, lo: int, hi: int, lang: LanguageData) -> bool:
    """Whether ``[lo, hi)`` is empty, or a phrase that names no one and opens no clause:
    the predicate that an apposition's subject shares with the verb at ``hi``."""
    text, folded = sentence.text, sentence.folded
    if not text[lo:hi].strip():
        return True
    if _openers(text[lo:hi], folded[lo:hi], lang):
        return False
    s, e = _trim_np(text[lo:hi], from_end=True)
    return source_span(text, folded, lo + s, lo + e, lang) is None


def _agent_tail(sentence: _Clause, s: int, e: int, lang: LanguageData) -> Span | None:
    """The agent that ends the phrase ``[s, e)`` before a relative pronoun, when it names
    a source, or None: in "un chiffre contesté par | les organisateurs, qui revendiquent
    …" the relative stands for the organisers, not for the figure they dispute."""
    agents = source_words(lang).agents
    if not agents:
        return None
    folded = sentence.folded
    at = None
    for m in _WORD.finditer(folded, s, e):
        if m.group() in agents:
            at = m.end()
    if at is None:
        return None
    a, b = _trim_np(sentence.text[at:e], from_end=False)
    found = source_span(sentence.text, folded, at + a, at + b, lang) if b > a else None
    return (found[0], found[1]) if found is not None else None


def _between_tail(sentence: _Clause, lo: int, hi: int, lang: LanguageData) -> Span | None:
    """The body a relative pronoun after a word of "between" stands for. The word is the
    last of ``[attribution] between_words`` in the phrase ``[lo, hi)``, and the rest after
    it (at most ``_BETWEEN_TAIL_WORDS`` words) names the bodies it sets apart:

    - one body, when a second one follows the relative clause after a comma and a
      conjunction (``[event_links] clause``): in "the gap remains between | the civil
      protection agency, which speaks of 300 …, and the council, which …" the relative
      stands for the agency, not for the gap; with no second body ("split among the
      three charities, which received …") the word sets nothing apart and credits no one;
    - two bodies joined by a conjunction ("between the police and the union, which
      counted …"): the relative follows the second, which alone is credited, never the
      two together.

    The body names a body (see :func:`_names_body`) or opens with a capitalised name,
    past its article ("tra | l'INEM"), that is no listed place ("entre Madrid, que
    registró …, y Toledo": places are no sources). None when no such word or body stands."""
    words = source_words(lang)
    if not words.between:
        return None
    text, folded = sentence.text, sentence.folded
    toks = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"\S+", text[lo:hi])]
    at = max(
        (
            k
            for k, t in enumerate(toks[:-1])
            if folded[slice(*_word_bounds(text, t))] in words.between
        ),
        default=None,
    )
    if at is None or len(toks) - at - 1 > _BETWEEN_TAIL_WORDS:
        return None
    tail = toks[at + 1 :]
    joins = [k for k, t in enumerate(tail) if k > 0 and _is_conjunction(text, folded, t, lang)]
    if joins:
        tail = tail[joins[-1] + 1 :]  # "between the police and | the union, which …"
    elif not _second_body_follows(sentence, hi, lang):
        return None
    first = next(
        (t for t in tail if folded[slice(*_word_bounds(text, t))] not in words.determiners), None
    )
    if first is None:
        return None
    a, b = tail[0][0], tail[-1][1]
    if not _names_body(text, folded, a, b, lang) and (
        not _capitalised_after_elision(text, first) or _country_only(text[a:b], lang, _PLACE_KINDS)
    ):
        return None
    found = source_span(text, folded, a, b, lang)
    return (found[0], found[1]) if found is not None else None


def _is_conjunction(text: str, folded: str, tok: Span, lang: LanguageData) -> bool:
    """Whether the word at ``tok`` is a whole conjunction of ``[event_links] clause``."""
    s, e = _word_bounds(text, tok)
    word, word_folded = text[s:e], folded[s:e]
    return bool(word) and any(
        m.start == 0 and m.end == len(word) for m in lang.event_clause.find(word, word_folded)
    )


def _second_body_follows(sentence: _Clause, hi: int, lang: LanguageData) -> bool:
    """Whether, after the comma at ``hi`` that opens a relative clause, a later comma is
    followed by a conjunction (``[event_links] clause``): the second body a word of
    "between" sets apart (", and the council, which …", ", y Toledo")."""
    text, folded = sentence.text, sentence.folded
    for m in _COMMA_WORD.finditer(text, hi + 1):
        if _is_conjunction(text, folded, (m.start(1), m.end(1)), lang):
            return True
    return False


_COMMA_WORD = re.compile(r",\s*(\S+)")
# Every kind of place of lang/places.toml: a name of one is a place, not a body.
_PLACE_KINDS = frozenset(p.kind for p in place_data().places.values())


# The most words of a body a word of "between" brings in before a relative ("between |
# the civil protection agency, which …").
_BETWEEN_TAIL_WORDS = 6


def _clause_subject(sentence: _Clause, lo: int, hi: int, lang: LanguageData) -> Span:
    """The subject that opens the clause ``[lo, hi)``: its words up to its first reporting
    verb ("The Red Crescent | confirmed it had recorded …"), or up to the verb of another
    deed ("The mayor | visited the site and said …", see :func:`_subject_before_deed`)."""
    text, folded = sentence.text, sentence.folded
    for verb in lang.attribution_verbs.find(text[lo:hi], folded[lo:hi]):
        if not text[lo : lo + verb.start].strip():
            after = _named_after_verb(sentence, lo + verb.end, hi, lang)
            if after is not None:
                return after
        if verb.start > 0:
            hi = lo + verb.start
            break
    else:
        subject = _subject_before_deed(sentence, lo, hi, lang)
        if subject is not None:
            return subject
    s, e = _trim_np(text[lo:hi], from_end=False)
    return lo + s, lo + e


def _named_after_verb(sentence: _Clause, pos: int, hi: int, lang: LanguageData) -> Span | None:
    """The source named right after a reporting verb that opens a clause ("…, | said the
    prosecutor's office|, which estimates …", "…, | a annoncé mardi le parquet|, qui
    évalue …"): the clause's subject follows its verb; None when it names no source."""
    s, e = _subject_np(sentence, *_np_after(sentence, pos, hi, lang), lang)
    if e <= s or source_span(sentence.text, sentence.folded, s, e, lang) is None:
        return None
    return s, e


_SUBJECT_WORDS = 6  # words of a subject that opens a clause before its verb
_SHARED_CLAUSES = 3  # verb phrases, split by commas, that may share one subject


def _shared_subject(
    sentence: _Clause, stops: list[Span], begin: int, pos: int, lang: LanguageData
) -> Span | None:
    """The subject a reporting verb at ``pos`` shares with the verbs coordinated before it.

    "El alcalde compareció ante los medios y | cifró en 40", "Le maire s'est rendu
    sur place et a | indiqué", "Der Bürgermeister besuchte den Ort und | sagte": a
    clause link (``[event_links] clause``) right before the verb, with at most an
    auxiliary between, joins it to the verb phrase before, whose subject is the
    verb's. Verb phrases listed with commas before it share that subject too
    ("compareció…, puso… y cifró"). None unless the first clause opens with a
    subject that a verb follows (:func:`_subject_before_deed`); then the caller's
    reading holds ("la policía y los bomberos | dijeron": two subjects).
    """
    text, folded = sentence.text, sentence.folded
    joins = lang.event_clause.find(text[begin:pos], folded[begin:pos])
    if not joins:
        return None
    at, end = begin + joins[-1].start, begin + joins[-1].end
    if at == begin or text[at - 1].isalnum() or (end < len(text) and text[end].isalnum()):
        return None
    between = [(end + m.start(), end + m.end()) for m in re.finditer(r"\S+", text[end:pos])]
    if len(between) > 2 or not all(_is_edge_junk(text, folded, t, lang) for t in between):
        return None  # "… and firefighters | said": the link joins two subjects
    lo, hi = begin, at
    for back in range(_SHARED_CLAUSES):
        # across a comma only a role noun is sure to be the subject of the whole list
        subject = _subject_before_deed(sentence, lo, hi, lang, role=back > 0)
        if subject is not None:
            return subject
        k = len(stops) - 1 - back
        if k < 0 or text[stops[k][0]] != "," or not text[lo:hi].strip():
            return None
        hi = stops[k][0]
        lo = stops[k - 1][1] if k >= 1 else 0
    return None


def _subject_before_deed(
    sentence: _Clause, lo: int, hi: int, lang: LanguageData, *, role: bool = False
) -> Span | None:
    """The noun phrase that opens the clause ``[lo, hi)`` when a verb of some other deed
    follows it, or None.

    "The minister | visited the site and said 40 died", "El alcalde | compareció ante
    los medios y cifró en 40", "Der Bürgermeister | besuchte den Ort und sagte": the
    reporting verb's subject is the first clause's, and that clause goes on with a
    verb phrase that names no one. The phrase is an article, then role nouns
    (``[attribution] role_nouns``) or capitalised words, a particle joining a
    capitalised complement ("el jefe del Ejecutivo"); it ends before a lower-case
    word that is no function word, or an auxiliary or clitic that opens a verb
    phrase (``perfect_auxiliaries``, ``passive_auxiliaries``, ``predicate_openers``:
    "Il sindaco | ha visitato", "Le maire | s'est rendu"). Without a role noun or a name, or
    when a function word follows ("the minister of health"), there is no sure end
    without a parser: None, and the caller keeps the clause's words. With ``role``,
    only a phrase with a role noun counts ("Durante días, | muchos municipios …" is
    no subject before a verb).
    """
    text, folded = sentence.text, sentence.folded
    words = source_words(lang)
    toks = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"\S+", text[lo:hi])]
    # the subject opens the clause ("mentre in Libia nessuno …" has none), its article kept
    j, named = 0, False
    if toks and folded[slice(*_word_bounds(text, toks[0]))] in words.determiners:
        j = 1  # "the ministry"
    while j < len(toks) and j < _SUBJECT_WORDS:
        s, e = _word_bounds(text, toks[j])
        if s >= e or any(ch in ",;:" for ch in text[toks[j][0] : toks[j][1]]):
            return None  # "Libia, possibili fino a 20mila": no subject then its verb
        past = _past_role_noun(sentence, toks, j, words)
        if past is not None:
            named, j = True, past
            continue
        if _capitalised(text, toks[j]) and not _is_edge_junk(text, folded, toks[j], lang):
            named = named or not role
            j += 1
            continue
        after = _role_after_modifiers(sentence, toks, j, words, lang)
        if not named and after is not None:
            named, j = True, after  # "the | health | ministry", "the regional health ministry"
            continue
        if (
            named
            and j + 1 < len(toks)
            and _is_particle(text, folded, toks[j], lang)
            and _capitalised_after_elision(text, toks[j + 1])
        ):
            j += 2  # "el jefe del | Ejecutivo", "ministrul de | Externe", "de | l'Intérieur"
            continue
        if named and not _capitalised(text, toks[j]) and _capitalised_after_elision(text, toks[j]):
            j += 1  # "il ministro | dell'Interno": the article glued to the complement
            continue
        break
    if not named or j >= len(toks):
        return None
    s, e = _word_bounds(text, toks[j])
    if s >= e or not text[s].islower() or _is_particle(text, folded, toks[j], lang):
        return None
    if _is_edge_junk(text, folded, toks[j], lang) and not _opens_verb_phrase(folded[s:e], words):
        return None  # "the minister | of health": a preposition, the phrase goes on
    return toks[0][0], _word_bounds(text, toks[j - 1])[1]


# How many lower-case words may stand before a role noun in the subject ("the regional
# health ministry"): modifiers of the noun, not a verb phrase.
_ROLE_MODIFIERS = 2


def _role_after_modifiers(
    sentence: _Clause, toks: list[Span], j: int, words: _SourceWords, lang: LanguageData
) -> int | None:
    """The token index past a role noun that follows at most :data:`_ROLE_MODIFIERS`
    lower-case words from token ``j`` ("health | ministry"), or None. The words must be
    plain lower-case words, no function word or auxiliary ("the minister | of health",
    "the ministry | has said")."""
    text, folded = sentence.text, sentence.folded
    for k in range(j, min(j + _ROLE_MODIFIERS, len(toks))):
        s, e = _word_bounds(text, toks[k])
        if (
            s >= e
            or not text[s:e].isalpha()
            or not text[s].islower()
            or _is_edge_junk(text, folded, toks[k], lang)
            or _opens_verb_phrase(folded[s:e], words)
        ):
            return None
        if k + 1 >= len(toks):
            return None
        past = _past_role_noun(sentence, toks, k + 1, words)
        if past is not None:
            return past
    return None


def _past_role_noun(sentence: _Clause, toks: list[Span], k: int, words: _SourceWords) -> int | None:
    """The index of the first token past a role noun (``[attribution] role_nouns``) that
    opens at token ``k`` and covers its word whole ("ministry", "fire | department"), or
    None."""
    text, folded = sentence.text, sentence.folded
    s, e = _word_bounds(text, toks[k])
    noun = words.roles.match_at(folded, s, text) if s < e else None
    if noun is None or noun.end < e:
        return None
    while k < len(toks) and toks[k][0] < noun.end:
        k += 1
    return k


def _opens_verb_phrase(word: str, words: _SourceWords) -> bool:
    """Whether folded ``word`` is an auxiliary or clitic that opens a verb phrase
    (``perfect_auxiliaries``, ``passive_auxiliaries``, ``predicate_openers``), alone or
    after an elided pronoun: "ha visitato", "were all", "s'est rendu"."""
    for w in (word, word.rpartition("'")[2]):
        if w in words.perfect or w in words.passive or w in words.predicate_openers:
            return True
    return False


def _glued_conjunction(sentence: _Clause, cue: PhraseMatch, lang: LanguageData) -> bool:
    """Whether a reporting verb is written glued to a proclitic (``[syntax] proclitics``:
    "وأضافت", "وزعمت", "فقال"): the letters before it in its word are a conjunction that
    opens a new clause, never a subject, so none stands before the verb."""
    if not lang.proclitics or cue.start == 0:
        return False
    folded = sentence.folded
    start = cue.start
    while start > 0 and folded[start - 1].isalpha():
        start -= 1
    return start < cue.start and folded[start : cue.start] in lang.proclitics


def _participle_subject(sentence: _Clause, cue: PhraseMatch, lang: LanguageData) -> Span:
    """The subject of the clause a reporting participle hangs on, when it is a name:
    "Ukrainian President Volodymyr Zelenskyy spoke about the losses in February, saying
    that …" -> "Ukrainian President Volodymyr Zelenskyy"; after a gerund (a word of
    ``[attribution] gerund_endings``), also a phrase of a role noun that a verb of another
    deed follows ("The health ministry disputed that figure, saying …" -> "The health
    ministry", :func:`_subject_before_deed`; a finite verb after the comma has its subject
    after it: "…, informó la agencia"); else an empty span (a clause opened by another
    common noun has no sure end without a parser)."""
    text = sentence.text
    head = text[: cue.start].rstrip()
    if not head.endswith(","):
        return 0, 0
    comma = len(head) - 1
    all_stops, _ = _np_stops(text, lang.titles)
    lo = max((b for _, b in all_stops if b <= comma), default=0)
    endings = source_words(lang).gerund_endings
    verb = sentence.folded[cue.start : cue.end].split()
    if verb and endings and verb[-1].endswith(endings):
        body = _subject_before_deed(sentence, lo, comma, lang, role=True)
        if body is not None:
            return body  # "The health ministry | disputed that figure, saying …"
    s, e = _clause_subject(sentence, lo, comma, lang)
    toks = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", text[s:e])]
    if not toks:
        return 0, 0
    first = 0
    while first < len(toks) - 1 and _is_edge_junk(text, sentence.folded, toks[first], lang):
        first += 1  # "Earlier, …" is cut by the stops; "Then Zelenskyy …" is not
    run = leading_name_run(text, sentence.folded, toks[first:], lang)
    if run is None:
        return 0, 0
    return toks[first][0], _word_bounds(text, toks[first + run])[1]


def attribution(
    sentence: _Clause,
    claim_start: int,
    claim_end: int,
    lang: LanguageData,
    publisher: str | None = None,
    counted: list[Span] | None = None,
    article: str | None = None,
) -> Attribution | None:
    """The source the sentence credits for the claim at ``[claim_start, claim_end)``.

    Positions are relative to the sentence. The nearest reporting verb before
    the claim wins ("X estimează că … 10.000"), then a prefix cue anywhere
    ("potrivit X", "according to X"), then a verb after the claim ("…, said X").
    Prefix cues that close the sentence after the chosen source ("…,
    transmite Reuters, potrivit stiripesurse") wrap it: they are the outer
    links of the chain, the last one written nearest the article. A place a
    count verb says recorded the figure yields to any other credit (see
    :func:`_place_counted`); its span is added to ``counted`` when given.
    ``article`` is the whole text the sentence is part of (the kinds of story it tells
    decide whether a headline's lone label speaks, see :func:`_colon_speaker`).
    """
    own = _participle_agent(sentence, claim_start, claim_end, lang, publisher)
    if own is not None:
        return own
    owned = _owned_figure(sentence, claim_start, lang, publisher)
    if owned is not None:
        return owned
    text, folded = sentence.text, sentence.folded
    # (rank, start, end, cue, continuation): rank 0 verb before, 1 prefix, 2 verb after
    candidates: list[tuple[int, int, int, PhraseMatch, Span | None]] = []
    prefixes = lang.attribution_prefix.find(text, folded) + _opening_cues(sentence, lang)
    prefixes += _figure_cues(sentence, claim_start, claim_end, lang)
    prefixes += _compound_cues(sentence, lang)
    contrasts = _contrast_cues(sentence, lang)
    prefixes += contrasts
    # "… 12.000 personas y según la policía, 3.000": a cue that opens a later figure's
    # clause parts the sentence as a contrast clause does
    clause_cues = [
        c for c in _figure_clause_cues(sentence, lang) if all(c.start != k.start for k in contrasts)
    ]
    contrasts += clause_cues
    prefixes += [c for c in clause_cues if all(c.start != p.start for p in prefixes)]
    verbs: list[PhraseMatch] = []  # the reporting verbs read as verbs
    found_verbs = sorted(
        lang.attribution_verbs.find(text, folded) + lang.attribution_show_verbs.find(text, folded),
        key=lambda m: (m.start, -m.end),
    )
    # an aspect phrase that is itself a listed verb ("beharrt darauf") stays that verb
    aspects = [
        a for a in _aspect_cues(sentence, lang) if all(v.start != a.start for v in found_verbs)
    ]
    found_verbs = [v for v in found_verbs if not any(a.start <= v.start < a.end for a in aspects)]
    found_verbs += aspects  # "Ratusz nadal | twierdzi, że": the whole run is the cue
    for cue in found_verbs + _framed_cue(sentence, claim_start, found_verbs, lang):
        if any(p.start <= cue.start and cue.end <= p.end for p in prefixes) and not (
            _bare_prefix(sentence, cue, prefixes, lang)
        ):
            continue  # the verb of a prefix cue: "Как сообщил ТАСС", "as reported by"
        if _impersonal(folded, cue, lang):
            continue  # "se han contabilizado 180": the verb has no subject to credit
        if _impersonal_after(folded, cue, lang):
            continue  # "in Andalusien gab es einen Toten": "there was", not "X gave"
        if _other_particle(folded, cue, lang):
            continue  # "1,6 Millionen Menschen gaben ihre Stimme ab": they voted
        if _raised(folded, cue, lang):
            continue  # "Russia said to have lost …": who is talked about, not who says
        if _noun_before(folded, cue, lang):
            continue  # "Western estimates of the toll": a noun, not a verb
        if _after_article(text, folded, cue, lang) and not _value_next(
            sentence, cue.end, claim_start, lang
        ):
            # "l'estime | à 60 millions", "la calcula | en 2,1 milions": the article is an
            # object pronoun when the verb puts the figure right after it at a value
            continue  # a noun that looks like a verb: "le chiffre officiel", "la cifra de"
        if _name_part(text, cue):
            continue  # "the United States would send": a capitalised word of a name
        if _in_clitic_idiom(sentence, cue, lang):
            continue  # "a pris en compte 300 dossiers": no count by "en compte"
        if not _shown_by_data(sentence, cue, lang):
            continue  # "Satellite images show 300 destroyed homes": no one's count
        verbs.append(cue)
        if cue.end <= claim_start and _in_fronted_clause(sentence, cue, claim_start, lang):
            continue  # "Nachdem X 12 gemeldet hatte, | sprach Y von 19": not X's 19
        opens = _verb_opens_claim(text, cue, claim_start, claim_end)
        if (cue.start < claim_start or opens) and (
            cue.end <= claim_start or _word_in_claim(text, cue, claim_start) or opens
        ):
            # "قال X إن …": in a verb-first language the source follows its verb.
            s, e = (
                _verb_first_np(sentence, cue.end, claim_start, lang)
                if lang.verb_first and cue.end <= claim_start
                else (0, 0)
            )
            after = e > s
            postposed = False  # a postposition has no subject after it
            if not after and _glued_conjunction(sentence, cue, lang):
                s = e = cue.start  # "…، وأضافت أن …": a new clause whose subject is dropped
            elif not after:
                s, e = _np_before(sentence, cue.start, lang)
                fronted = _after_fronted_clause(sentence, cue, lang)
                if fronted:
                    s = e  # "Während die Polizei 3.000 zählte, | sprachen die Organisatoren"
                ps, pe = _postposition_np(sentence, s, cue, lang)
                if pe > ps:
                    s, e = ps, pe  # "… in der Ukraine | einer Recherche | zufolge"
                    postposed = True
                s, e, _ = _auxiliary_split(sentence, s, e, cue, lang)
                if lang.verb_first:
                    # "وكانت وزارة الداخلية قد أعلنت": the auxiliaries round the subject go
                    s, e = _trim_function_words(sentence, s, e, lang)
                if e <= s and not fronted:
                    # "Zelenskyy spoke about the losses, saying that …": a participle
                    # after a comma has the subject of the clause it hangs on
                    s, e = _participle_subject(sentence, cue, lang)
                figure = _figure_head(sentence, s, e, lang) and not _official_count(
                    sentence, s, e, lang
                )
                if postposed:
                    pass  # "Dafür starben Schätzungen zufolge | im vergangenen Jahr …"
                elif figure and len(sentence.text[s:e].split()) <= _HEAD_WORDS:
                    # "Ukraińskie straty ocenił na …": the figure alone before the verb,
                    # whose subject is dropped, is no source
                    s = e
                elif figure or _adverbial(sentence, s, e, lang):
                    # "In seinem Bericht sprach das Ministerium …", "Die Gesamtverluste
                    # beziffert die ukrainische Seite auf …": the subject follows the verb,
                    # unless no one is named there ("In X hatte OCHA erklärt, …")
                    a, b = _subject_np(
                        sentence, *_np_after(sentence, cue.end, claim_start, lang), lang
                    )
                    if (
                        b > a
                        and source_span(text, folded, a, b, lang) is not None
                        and not (
                            figure and _counted_by_body(sentence, s, e, a, b, claim_start, lang)
                        )
                    ):
                        s = e
            if e > s:
                more = chain_continuation(text, folded, e if after else cue.end, claim_start, lang)
                candidates.append((0 * 10_000 + (claim_start - cue.end), s, e, cue, more))
            joined = None if after or postposed else _joined_subject(sentence, cue, lang)
            if joined is not None:
                # "… hubo 25 heridos y el ministerio | confirmó 9": the second speaker;
                # the phrase before the verb that runs back over the first clause to hold
                # it ("La mairie a examiné 300 demandes et la préfecture | en compte 70")
                # names the first clause's subject and its verb, no source
                candidates = [
                    c
                    for c in candidates
                    if not (c[3] is cue and c[1] < joined[0] and joined[1] <= c[2])
                ]
                candidates.append((claim_start - cue.end, *joined, cue, None))
            if not after and not postposed:
                # "Am Montag sagte der Sprecher, …", "Op basis daarvan meldt OCHA dat …":
                # the subject after its verb, when the words before it name no one.
                s, e = _subject_np(sentence, *_np_after(sentence, cue.end, claim_start, lang), lang)
                if e > s:
                    candidates.append((5_000 + (claim_start - cue.end), s, e, cue, None))
        elif (
            cue.start >= claim_end
            and not _contrast_between(sentence, claim_end, cue.start, lang)
            and not _takes_own_figure(sentence, claim_end, cue, lang)
            and not _comparative_of_later(sentence, claim_end, cue, lang)
        ):
            # "were recorded | in X": no subject after a passive, only its agent ("by X")
            passive = _passive_before(folded, cue, lang) and not _agent_next(folded, cue, lang)
            # "…, officials told | Reuters": whom a verb of telling is said to is no subject
            told = _past_addressee(sentence, cue, lang)
            after_at = cue.end if told is None else told
            passive = passive or after_at < 0
            final = _verb_final_subject(sentence, claim_start, claim_end, cue, lang)
            if final is not None:
                # "…, während die Gewerkschaft die Zahl auf 250.000 bezifferte": the
                # subordinate clause's own subject, nearer than the main clause's speaker
                candidates.append((cue.start - claim_end, *final, cue, None))
            s, e = _np_after(sentence, after_at, None, lang) if not passive else (0, 0)
            named_after = e > s and _names_source(text, folded, s, e, lang)
            if named_after:
                candidates.append((2 * 10_000 + (cue.start - claim_end), s, e, cue, None))
            # the subject before the verb, when the words after it name no one
            # ("…, Spanish authorities said on Friday")
            s, e, perfect = _auxiliary_split(
                sentence, *_np_before(sentence, cue.start, lang), cue, lang
            )
            if perfect and s < claim_start:
                e = min(e, claim_start)  # "Am Montag hat das Amt | 45 Fälle gemeldet"
            if e > s and (s >= claim_end or (perfect and s < claim_start)):
                more = chain_continuation(text, folded, cue.end, len(text), lang)
                rank = 2 * 10_000 + (cue.start - claim_end) + (1 if named_after else 0)
                candidates.append((rank, s, e, cue, more))
            contact = (
                None
                if perfect or s >= claim_end
                else _contact_subject(sentence, claim_end, cue.start, lang)
            )
            if contact is not None:
                # "against the 1,450 job cuts | the company | announced": a relative
                # clause with no pronoun, its subject right after the figure's noun
                candidates.append((2 * 10_000 + (cue.start - claim_end), *contact, cue, None))
            if not perfect and not _CLAUSE_STOP.search(text, claim_end, cue.start):
                # "Zuvor hatten einige Medien von bis zu 2.500 Vermissten berichtet": the
                # perfect auxiliary and its subject stand before the figure, the participle
                # closes the clause after it
                a, b, held = _auxiliary_split(
                    sentence, *_np_before(sentence, claim_start, lang), cue, lang
                )
                if held and min(b, claim_start) > a:
                    rank = 2 * 10_000 + (cue.start - claim_end) + 2
                    candidates.append((rank, a, min(b, claim_start), cue, None))
            # "…, lo ha reso noto l'Ocha": the subject after the verb when the one
            # before it is a clitic or nothing.
            s, e = _np_after(sentence, after_at, None, lang) if not passive else (0, 0)
            if e > s:
                candidates.append((2 * 10_000 + 5_000 + (cue.start - claim_end), s, e, cue, None))
            if (
                not passive
                and told is None
                and (e <= s or source_span(text, folded, s, e, lang) is None)
            ):
                # "…, a declarat sâmbătă, la B1 TV, reprezentantul ministerului": the
                # subject after an adverbial set off by commas
                s, e = _after_inserts(sentence, cue.end, lang)
                if e > s:
                    rank = 2 * 10_000 + 5_000 + (cue.start - claim_end) + 1
                    candidates.append((rank, s, e, cue, None))
    compared = _comparative_source(sentence, claim_start, claim_end, found_verbs, lang)
    if compared is not None:
        # "… peste 60.000 de oameni, nu 48.000 | cât afirmă BNR": the clause that compares
        # the figure credits it, not the speaker of the rival figure before it
        return _make(sentence, *compared, lang, [], publisher)
    gapped = _gapped_subject(sentence, claim_start, verbs, lang)
    if gapped is not None:
        # "… y los sindicatos | 245.000": the gapped clause's own subject, even a
        # definite noun ("the unions"), is who gives its figure; it points nowhere back
        return _make(sentence, gapped[0], gapped[1], gapped[2], lang, [], publisher)
    sources: dict[int, Span] = {}
    for cue in prefixes:
        if cue.start >= claim_end and _glued_to_later_figure(sentence, claim_end, cue):
            continue  # "plus de 3 800 morts, et jusqu'à 10 000 selon le maire": the 10,000's
        if cue.start >= claim_end and _opens_next_clause(text, claim_end, cue):
            continue  # "… n'hi havia 16, però …: segons Levante, cap de les dues …"
        stop = claim_start if cue.end <= claim_start else None
        after_cue = _past_verb(sentence, cue.end, lang)
        # "Secondo la protezione civile | i morti sono …": with no comma after the
        # source, an article that opens a toll phrase starts the clause it credits
        s, e = _before_toll(sentence, *_np_after(sentence, after_cue, stop, lang), lang)
        s, e = _before_predicate(sentence, s, e, lang)
        if stop is None and e > s:
            # "… laut Polizei | schwer verletzt"; "waren laut Entergy | am Freitag ohne Strom"
            inside = text[: cue.start].rstrip()[-1:] not in ("", ",", ";", ":", "(", "–", "—")
            s, e = _before_verb_tail(sentence, s, e, lang, inside=inside)
        if cue.label == _COMPOUND and e > s:
            # "nach Polizeiangaben | in Lebensgefahr": the compound is the whole source
            word = _GLUED_WORD.match(text, s)
            e = min(e, word.end()) if word else e
        if (e > s and _relative_word(sentence, s, lang)) or _relative_word(
            sentence, _skip_blanks(folded, after_cue), lang
        ):
            # "…, potrivit căruia", "…, według którego": the source is the antecedent
            # the relative pronoun stands for, named before the comma
            s, e = _antecedent(sentence, cue.start, lang)
        if e > s:
            sources[cue.start] = (s, e)
            # a cue after the claim counts from the claim's end: "6 000 selon la police,
            # 20 000 selon l'intersyndicale" gives the 20 000 to the cue right after it
            distance = claim_start - cue.end if cue.end <= claim_start else cue.start - claim_end
            distance = abs(distance)
            candidates.append((1 * 10_000 + distance, s, e, cue, None))
    # A cue inside another source's phrase only continues its chain: in
    # "according to Reuters, citing KCNA" the source is Reuters, not KCNA.
    # Only a phrase that names someone covers a cue: "informó de una" (found before a
    # verb-like "cifra") names no one, so the cue "informó de" in it still counts.
    candidates = [c for c in candidates if not _holds_verb(sentence, c, verbs, lang)]
    if contrasts:
        # "Secondo la prefettura … 42mila, mentre per la Cgt erano 250mila"
        candidates = [
            c for c in candidates if not _across_contrast(c[3], claim_start, claim_end, contrasts)
        ]
    candidates = _within_versus(sentence, candidates, claim_start, claim_end, lang)
    covered = [
        cleaned[:2]
        for c in candidates
        if c[0] % 10_000 < 5_000
        and (cleaned := source_span(text, folded, c[1], c[2], lang)) is not None
    ]
    covered += [(c[3].end, c[4][1]) for c in candidates if c[4]]
    candidates = [c for c in candidates if not any(a <= c[3].start < b for a, b in covered)]
    candidates = _opening_prefix_first(sentence, candidates, lang)
    candidates = _closing_speaker_first(sentence, candidates, claim_end, lang)
    candidates = _closed_credit_last(sentence, candidates, claim_start, claim_end)
    candidates = _country_counts_last(sentence, candidates, lang)
    candidates.sort(key=lambda c: (c[0], c[1]))
    # The nearest cue whose words name someone wins; a lone pronoun only when
    # no cue names anyone ("il a ajouté que …"), and it then points back.
    # A pointer noun ("D'après un nouveau bilan, …") yields to a name another cue of
    # the sentence gives ("…, indique un communiqué du ministère").
    chosen: tuple[int, int, PhraseMatch, Span | None, SourceKind] | None = None
    pointer: tuple[int, int, PhraseMatch, Span | None, SourceKind] | None = None
    event_cues: set[int] = set()  # cues whose subject is the event: no one speaks by them
    where: tuple[int, int, PhraseMatch, Span | None, SourceKind] | None = None
    for _, s, e, cue, more in candidates:
        if cue.start in event_cues:
            continue
        cleaned = _before_contrast(sentence, source_span(text, folded, s, e, lang), lang)
        if cleaned is None and e <= cue.start and _framing(sentence, cue, claim_start, lang):
            # "The city put | the cost | at | 3 million": a framing verb's definite subject
            cleaned = _definite_subject(sentence, s, e, lang)
        if cleaned is None:
            continue
        if _inside_own_count(sentence, cleaned[0], cleaned[1], lang):
            continue  # "Selon | sa propre estimation": a pronoun's estimate names no one
        if _placed_phrase(text, folded, cleaned[0], cleaned[1], lang):
            continue  # "…, cerca de Puerto Montt, …, informó la compañía": where, not who
        if where is None and _place_counted(sentence, cleaned, cue, lang):
            # "A província de Nampula registou 18 óbitos, segundo a Direção Provincial":
            # the place counted nothing; the sentence's other credit is its source
            where = (cleaned[0], cleaned[1], cue, more, cleaned[2])
            if counted is not None:
                counted.append((cleaned[0], cleaned[1]))
            continue
        if _event_subject(text, folded, cleaned[0], cleaned[1], lang):
            event_cues.add(cue.start)  # "La DANA … arrasó todo lo que encontró":
            continue  # the event reports nothing, nor does anyone else by its verb
        if (
            sentence.offset == 0
            and cleaned[1] <= cue.start < claim_start
            and lang.level_verbs.match_at(folded, cue.start, text) is not None
            and _topic_subject(text, folded, cleaned[0], cleaned[1], lang)
        ):
            event_cues.add(cue.start)  # "Harz bark beetle damage revised up to …": what
            continue  # the headline's figure measures, revised by no one it names
        if cue.label == _LINK and not _names_body(text, folded, cleaned[0], cleaned[1], lang):
            continue  # "the new bridge links 12 villages": only a body ties a count to a cause
        if (
            cleaned[0] >= cue.end
            and cue.label != "prefix"
            and _figure_head(sentence, *cleaned[:2], lang)
        ):
            continue  # "had put | the death toll at …": the verb's object, not its subject
        if cleaned[2] == "back" and (lead := _earlier_before(sentence, cleaned[0], lang)):
            cleaned = (lead, cleaned[1], "name")  # "according to | earlier estimates"
        found = (cleaned[0], cleaned[1], cue, more, cleaned[2])
        if cleaned[2] == "back" and pointer is None and _pointer_only(text, folded, found, lang):
            pointer = found
            continue
        if cleaned[2] != "pronoun":
            chosen = found
            break
        if chosen is None:
            chosen = found
    if pointer is not None and (chosen is None or chosen[4] == "pronoun"):
        chosen = pointer
    if chosen is None and where is not None:
        chosen = where  # the place alone: the figure's place, credited to no one (claims)
    if chosen is not None and chosen[4] == "back":
        chosen = _named_before(sentence, chosen, candidates, lang) or chosen
    if chosen is None:
        bare = _bare_closing_verb(sentence, verbs, claim_end)
        opener = _colon_opener(sentence, claim_start, lang) if bare is not None else None
        if bare is not None and opener is not None:
            # "El alcalde, Luis Prieto, discrepa: «… 2,1 millones …», dijo": the verb
            # with no subject said stands for the one who opens the sentence
            return _make(sentence, opener[0], opener[1], bare, lang, [], publisher)
        return (
            _colon_speaker(sentence, claim_start, lang, publisher, article)
            or _back_adverb(sentence, claim_start, claim_end, lang, publisher, article)
            or _passive_agent(sentence, claim_start, claim_end, lang, publisher)
            or _possessed_count(sentence, claim_start, claim_end, lang, publisher)
            or _estimate_agent(sentence, claim_end, lang, publisher)
            or _deed_actor(sentence, claim_start, lang, publisher, claim_end)
        )
    s, e, cue, more, kind = chosen
    if kind != "pronoun":
        agent = _agent_after(sentence, s, e, kind, prefixes, sources, lang)
        if agent is not None:
            s, e, kind = agent  # "selon le dernier bilan | publié par le ministère"
    named = _appositive_name(sentence, s, e, lang)
    if named is not None:
        e, kind = named, "name"  # "the interior minister, Jane Doe, said"
        e = _second_appositive(sentence, e, claim_start, claim_end, lang) or e
    short = _SHORT_NAME.match(text, e)
    if short is not None and kind == "name":
        e = short.end()  # "the International Organization for Migration (IOM)"
    last = max(e, claim_end, cue.end, more[1] if more else 0)
    outer = [
        sources[p.start]
        for p in prefixes
        if p.start in sources
        and p.start >= last
        and not any(a <= p.start < b for a, b in covered)
        and all(p.start != k.start for k in clause_cues)
    ]
    made = _make(sentence, s, e, cue, lang, outer, publisher, more)
    if kind == "name" and not state_pointer(made.source, lang):
        return made
    if kind == "back" and (
        _after_indefinite(sentence, s, lang) or _bare_noun(sentence, s, e, cue, lang)
    ):
        # "Eine Eilmeldung von 18 Uhr spricht von …", "a new report says": an
        # indefinite article brings in a source not named before
        return made
    body = (
        _colon_body(sentence, cue.start, lang)
        if cue.end <= claim_start and not _names_body(text, folded, s, e, lang)
        else None
    )
    if body is None and kind == "pronoun":
        body = _colon_opener(sentence, min(cue.start, claim_start), lang)
    if body is not None:
        # "El sindicato discrepa: según sus datos, …": a pointer that names no body
        # stands for the one its own sentence names before the colon, not for the last
        # source before it ("…: potrivit analiștilor militari, …" names its own)
        return _make(sentence, body[0], body[1], cue, lang, outer, publisher)
    doer = None
    if kind == "back" and s >= claim_end:
        doer_span = _pointer_doer(sentence, s, e, claim_start, claim_end, lang)
        if doer_span is not None:
            doer = _make(sentence, doer_span[0], doer_span[1], cue, lang, [], publisher)
    return attrs.evolve(made, refers_back=True, doer=doer)


_VERB_FINAL_REACH = 120  # characters from a subordinate clause's opener to its figure
_VERB_FINAL_TAIL = 2  # words (auxiliaries) after the verb that closes the clause


def _place_counted(
    sentence: _Clause, span: tuple[int, int, SourceKind], cue: PhraseMatch, lang: LanguageData
) -> bool:
    """Whether ``span`` is a place (``[frames] place_kinds`` and a name: see
    :func:`place_as_source`) that ``cue``, a count verb (``[attribution] count_verbs``),
    says recorded the figure: where it was counted, not who tells it."""
    if fold(cue.phrase).strip() not in source_words(lang).counts:
        return False
    if place_as_source(sentence.text[span[0] : span[1]], lang.code) is not None:
        return True
    return _bare_name(sentence, span[0], span[1], lang)


def _bare_name(sentence: _Clause, s: int, e: int, lang: LanguageData) -> bool:
    """Whether ``[s, e)`` is a proper name alone, after at most an article, that names no
    body, outlet or listed source and is no acronym: before a count verb it is where the
    figure was recorded ("Tampa recorded 16 inches of rain, according to the National
    Weather Service"), and the sentence's other credit is its source."""
    text, folded = sentence.text, sentence.folded
    toks = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", text[s:e])]
    if toks and folded[slice(*_word_bounds(text, toks[0]))] in source_words(lang).determiners:
        toks = toks[1:]
    if not toks or len(toks) > _MAX_PLACE_WORDS:
        return False
    if not all(_capitalised(text, t) and not _is_acronym(text, t) for t in toks):
        return False
    a, b = toks[0][0], _word_bounds(text, toks[-1])[1]
    return not (
        _names_body(text, folded, a, b, lang)
        or is_outlet(text, folded, a, b, lang)
        or source_key(text[a:b], lang) is not None
    )


_MAX_PLACE_WORDS = 3  # words of a bare place name ("St. Lucie County")


def _after_fronted_clause(sentence: _Clause, cue: PhraseMatch, lang: LanguageData) -> bool:
    """Whether ``cue`` follows the comma that closes a fronted subordinate clause
    ("Während die Polizei 3.000 Teilnehmer zählte, | sprachen die Organisatoren von …"):
    the verb comes second, its subject after it; the clause's last words are no subject.
    The clause opens the sentence (or a clause) with a word of ``[attribution]
    verb_final_openers``."""
    head = sentence.text[: cue.start].rstrip()
    return head.endswith(",") and _opens_fronted(sentence, 0, len(head) - 1, lang)


def _in_fronted_clause(
    sentence: _Clause, cue: PhraseMatch, claim_start: int, lang: LanguageData
) -> bool:
    """Whether ``cue`` stands in a fronted subordinate clause that a comma closes before
    the claim: "Nachdem das Ministerium 12 Tote gemeldet hatte, | sprach die Region von
    19" gives the 19 to the main clause, not to the ministry."""
    comma = _CLAUSE_END.search(sentence.text, cue.end, claim_start)
    if comma is None or comma.group() != ",":
        return False
    if len(_WORD.findall(sentence.folded, cue.end, comma.start())) > _VERB_FINAL_TAIL - 1:
        return False  # "Während der Proteste sagte die Polizei, …": the verb ends no clause
    return _opens_fronted(sentence, 0, cue.start, lang)


def _opens_fronted(sentence: _Clause, lo: int, hi: int, lang: LanguageData) -> bool:
    """Whether ``[lo, hi)`` is one clause that opens with a word of ``[attribution]
    verb_final_openers`` ("Während …"); a clause after a comma ("…, während die Ärzte
    glauben, dass …") is no fronted one."""
    words = source_words(lang)
    if words.verb_final_openers.empty:
        return False
    text, folded = sentence.text, sentence.folded
    if _CLAUSE_END.search(text, lo, hi):
        return False
    at = _skip_blanks(folded, lo)
    at += len(text[at:]) - len(text[at:].lstrip(_OPENING_MARKS))
    m = words.verb_final_openers.match_at(folded, at, text)
    return m is not None and m.start == at


def _verb_final_subject(
    sentence: _Clause, claim_start: int, claim_end: int, cue: PhraseMatch, lang: LanguageData
) -> Span | None:
    """The subject of a verb-final subordinate clause whose reporting verb closes it
    after the claim, or None.

    "…, während die Gewerkschaft die Teilnehmerzahl auf 250.000 bezifferte", "…,
    terwijl de vakbonden het aantal op 250.000 schatten": the clause opens with one
    of ``[attribution] verb_final_openers``, its subject follows the opener, and the
    verb (with at most an auxiliary after it) ends it; no clause stop falls between.
    """
    words = source_words(lang)
    if words.verb_final_openers.empty:
        return None
    text, folded = sentence.text, sentence.folded
    if _CLAUSE_STOP.search(text, claim_end, cue.start) or _DIGIT.search(text, claim_end, cue.start):
        return None
    stop = _CLAUSE_STOP.search(text, cue.end)
    if len(_WORD.findall(folded, cue.end, stop.start() if stop else len(text))) > _VERB_FINAL_TAIL:
        return None  # the verb does not close the clause
    lo = max(0, claim_start - _VERB_FINAL_REACH)
    openers = [
        m
        for m in words.verb_final_openers.find(text[lo:claim_start], folded[lo:claim_start])
        if (lo + m.start == 0 or not text[lo + m.start - 1].isalnum())
    ]
    if not openers:
        return None
    at = lo + openers[-1].end
    if _CLAUSE_STOP.search(text, at, claim_start) or _DIGIT.search(text, at, claim_start):
        return None
    s, e = _subject_np(sentence, *_np_after(sentence, at, claim_start, lang), lang)
    found = source_span(text, folded, s, e, lang) if e > s else None
    if found is None or found[2] == "pronoun":
        return None
    return found[0], found[1]


# Words of the figure's noun that may stand between the figure and the subject of a
# relative clause with no pronoun ("the 1,450 | job cuts | the company announced").
_CONTACT_WORDS = 3


def _contact_subject(
    sentence: _Clause, claim_end: int, verb_start: int, lang: LanguageData
) -> Span | None:
    """The subject of a relative clause that opens with no pronoun right after the figure
    (``[attribution] contact_relatives``): "the 1,450 job cuts | the company | announced
    on Tuesday", "the 300 arrests | police | reported". Between the figure and the
    reporting verb stand at most ``_CONTACT_WORDS`` lower-case words of the figure's noun
    (no function word, comma or figure), then the subject: an article, a capitalised name
    or a role noun first, and a phrase that names someone. A clause opener there ("that
    the company announced") leaves the clause to its opener."""
    words = source_words(lang)
    if not words.contact_relatives or verb_start <= claim_end:
        return None
    text, folded = sentence.text, sentence.folded
    gap = text[claim_end:verb_start]
    if _DIGIT.search(gap) or _CLAUSE_STOP.search(gap) or any(ch in gap for ch in ",;:()"):
        return None
    toks = [(claim_end + m.start(), claim_end + m.end()) for m in re.finditer(r"\S+", gap)]
    if not toks or _openers(gap, folded[claim_end:verb_start], lang):
        return None
    skip = lang.function_words
    for a, b in toks[: _CONTACT_WORDS + 1]:
        word = folded[a:b]
        opens = (
            word in words.determiners
            or text[a].isupper()
            or any(m.start == 0 for m in words.roles.find(text[a:verb_start], folded[a:verb_start]))
        )
        if opens:
            found = source_span(text, folded, a, toks[-1][1], lang)
            return (found[0], found[1]) if found is not None and found[0] == a else None
        if word in skip or not text[a:b].isalpha() or text[a].isupper():
            return None
    return None


_FRAMED_WORDS = 5  # words of the object between a framed verb and its preposition


def _framed_cue(
    sentence: _Clause, claim_start: int, found: list[PhraseMatch], lang: LanguageData
) -> list[PhraseMatch]:
    """The cue of a framed verb whose object and preposition lead to the claim.

    "the CGT union put | the Paris turnout | at | 250,000": ``[attribution]
    framed_verbs`` ("put") report only so, with an object of a few words and no
    figure, then one of ``framed_prepositions`` right before the figure; "put
    troops on alert" reports nothing. The cue spans verb to preposition, so it
    stands nearer the figure than a verb of an earlier clause ("police said …").
    A preposition read into the claim as its qualifier ("обіцяє компенсацію | до 1500
    гривень") opens it: the cue then ends where the claim starts.
    """
    words = source_words(lang)
    if words.framed.empty or not words.framed_at:
        return []
    text, folded = sentence.text, sentence.folded
    head = folded[:claim_start].rstrip()
    cut = max(head.rfind(" "), head.rfind("\t"))
    if head[cut + 1 :] in words.framed_at:
        prep_start, prep_end = cut + 1, len(head)
    elif _opens_with(folded, claim_start, words.framed_at):
        prep_start = prep_end = claim_start
    else:
        return []
    lo = max(0, prep_start - 120)
    cues = [
        PhraseMatch(c.label, lo + c.start, lo + c.end, c.phrase)
        for c in words.framed.find(text[lo:prep_start], folded[lo:prep_start])
    ]
    if not cues:
        return []
    verb = cues[-1]
    gap = text[verb.end : prep_start]
    if (
        not gap[:1].isspace()
        or not 1 <= len(gap.split()) <= _FRAMED_WORDS
        or _DIGIT.search(gap)
        or _CLAUSE_STOP.search(gap)
        or any(v.start < prep_end and verb.start < v.end for v in found)
    ):
        return []  # a listed cue ("put the turnout at") already covers it
    return [PhraseMatch("framed", verb.start, prep_end, text[verb.start : prep_end])]


def _opens_with(folded: str, pos: int, firsts: frozenset[str]) -> bool:
    """Whether the word at ``pos`` is one of ``firsts`` and a figure follows it."""
    word = _LETTERS.match(folded, pos)
    return (
        word is not None
        and word.group() in firsts
        and _FIGURE_AFTER_WORD.match(folded, word.end()) is not None
    )


_FIGURE_AFTER_WORD = re.compile(r"[ \t]+\d")


def _framing(sentence: _Clause, cue: PhraseMatch, claim_start: int, lang: LanguageData) -> bool:
    """Whether the verb ``cue`` frames the claim as a value it gives.

    "put | the cost of repairs | at | 3 million", "estime | le coût | à | 3 millions",
    "exige | uma indemnização | de | 550 milhões": an object of a few words with no
    figure, then a preposition of ``[attribution] value_prepositions`` right before the
    figure (or opening the claim: "обіцяє компенсацію | до 1500"). Only someone frames a
    value so: the verb's subject speaks. A preposition of ``framed_prepositions`` frames
    only after a verb of ``framed_verbs`` (a cue labelled "framed"): "reported | a drop |
    of | 3 percent" is no framing ("of", "de" join any noun to its figure).
    """
    if cue.label == "framed":
        return True
    if cue.end > claim_start:
        return False
    preps = source_words(lang).values
    if not preps:
        return False
    gap = sentence.folded[cue.end : claim_start]
    parts = gap.split()
    if parts and parts[-1] in preps:
        parts = parts[:-1]
    elif not _opens_with(sentence.folded, claim_start, preps):
        return False
    return (
        gap[:1].isspace()
        and 1 <= len(parts) <= _FRAMED_WORDS
        and _DIGIT.search(gap) is None
        and _CLAUSE_STOP.search(gap) is None
    )


_DEFINITE_WORDS = 2  # lower-case words after the article of a framing verb's subject


def _definite_subject(
    sentence: _Clause, s: int, e: int, lang: LanguageData
) -> tuple[int, int, SourceKind] | None:
    """A short definite phrase closing ``[s, e)``: "The city", "la ville", "a câmara".

    It names no source by its nouns ("city" is no ``role_nouns``), but as the subject
    of a framing verb (see :func:`_framing`) it is who gives the value. An article of
    ``[attribution] determiners`` and one or two lower-case words; a language without
    articles has no such phrase.
    """
    text, folded = sentence.text, sentence.folded
    words = source_words(lang)
    toks = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", text[s:e])]
    for k in range(max(0, len(toks) - _DEFINITE_WORDS - 1), len(toks) - 1):
        rest = toks[k + 1 :]
        if (
            folded[slice(*toks[k])] in words.determiners
            and all(
                _LETTERS.fullmatch(text, a, b) is not None
                and text[a].islower()
                and not _is_function(folded, text, (a, b), lang)
                and not _is_pronoun(text, folded, (a, b), lang)
                for a, b in rest
            )
            and _framing_body(text, folded, rest, lang)
        ):
            return toks[k][0], rest[-1][1], "name"
    return None


def _framing_body(text: str, folded: str, toks: list[Span], lang: LanguageData) -> bool:
    """Whether one of the words ``toks`` is a noun of a place or an institution (``[attribution]
    framing_bodies``: "city", "hotel") or a role noun: "The city put the cost at" frames a
    value, "The new law promises aid of 500 euros" names no one who gives it."""
    words = source_words(lang)
    for a, b in toks:
        for found in (words.framing_bodies, words.roles):
            match = found.match_at(folded, a, text)
            if match is not None and match.end >= b:
                return True
    return False


_GAP_REACH = 80  # characters between a gapped clause's conjunction and its figure
_GAP_WORDS = 5  # words of the subject of a gapped clause


def _gapped_subject(
    sentence: _Clause, claim_start: int, verbs: list[PhraseMatch], lang: LanguageData
) -> tuple[int, int, PhraseMatch] | None:
    """The subject of a gapped clause that holds the figure at ``claim_start``, with the
    verb it shares, or None.

    "La policía contó 30.000 manifestantes y los sindicatos | 245.000": the second
    clause drops the verb its subject shares with the first, so the figure after
    "and the unions" is the unions', not the first clause's subject's. The clause
    joins with a word of ``[event_links] clause`` after a reporting verb and its own
    figure; its subject, a few words that name someone, runs up to the figure, or up
    to a comma that marks the dropped verb ("y la policía, 27", "die Polizei, von 27").
    """
    if lang.verb_first:
        return None  # "فيما سُجلت 5 وفيات": a verb-first clause opens with its verb
    ellipsis = _ellipsis_comma(sentence, claim_start)
    if ellipsis is not None:
        found = _gapped_at(sentence, claim_start, verbs, lang, ellipsis)
        if found is not None:
            return found
    elided = _ELIDED_PARTICLE.match(sentence.text, claim_start)
    if elided is not None:
        # "Le syndicat parle de 15 000 hectares, le ministère | d'environ 9 000": the
        # verb's repeated preposition, elided, is glued to the figure's first word
        found = _gapped_at(sentence, elided.end(), verbs, lang, None)
        if found is not None:
            return found
    return _gapped_at(sentence, claim_start, verbs, lang, None)


# A preposition elided before a vowel and glued to the next word: "d'", "d’".
_ELIDED_PARTICLE = re.compile(r"[^\W\d_]['\u2019](?=[^\W\d_])")


def _elided_particle(tail: str, particles: set[str]) -> bool:
    """Whether ``tail`` is one of ``particles`` elided before a vowel ("d'" for "de",
    "di"): its letter, then an apostrophe, opens a particle of at most three letters."""
    if len(tail) != 2 or tail[1] not in "'\u2019":
        return False
    return any(len(p) <= 3 and p[:1] == tail[0] for p in particles)


def _ellipsis_comma(sentence: _Clause, claim_start: int) -> int | None:
    """The comma that stands for a gapped clause's dropped verb right before its figure
    ("…, y la policía, | 27", "…, die Polizei, | von 27"): after a word, followed by at
    most ``_REPEATED_WORDS`` words (the verb's repeated preposition) and the figure."""
    text = sentence.text
    k = text.rfind(",", max(0, claim_start - _GAP_REACH), claim_start)
    if k <= 0 or not text[k - 1].isalpha() or not text[k + 1 : k + 2].isspace():
        return None
    words = text[k + 1 : claim_start].split()
    if len(words) > _REPEATED_WORDS or any(_ELLIPSIS_WORD.fullmatch(w) is None for w in words):
        return None
    return k


_ELLIPSIS_WORD = re.compile(r"[^\W\d_]+['\u2019]?")  # a word, no figure


def _gapped_at(
    sentence: _Clause,
    claim_start: int,
    verbs: list[PhraseMatch],
    lang: LanguageData,
    ellipsis: int | None,
) -> tuple[int, int, PhraseMatch] | None:
    """:func:`_gapped_subject`, its subject ending at the ``ellipsis`` comma when given."""
    text, folded = sentence.text, sentence.folded
    lo = max(0, claim_start - _GAP_REACH)
    limit = claim_start if ellipsis is None else ellipsis  # where the subject may end
    joins = [
        m
        for m in lang.event_clause.find(text[lo:limit], folded[lo:limit])
        if m.start > 0 and not text[lo + m.start - 1].isalnum()
    ]
    comma = text.rfind(",", lo, limit)
    if ellipsis is not None and comma >= 0:
        # "…, o ministério, em contrapartida, | em 38%": a word of contrast set off by
        # commas after the subject; the subject ends at the comma before it
        marks = _rival_at(sentence, comma + 1, limit, lang)
        if (
            marks
            and not text[comma + 1 : marks[0].start].strip()
            and not text[marks[-1].end : limit].strip()
        ):
            limit = comma
            comma = text.rfind(",", lo, limit)
    if comma >= 0:
        # "…, ministerstwo | natomiast o 38 %": a word of contrast after the subject
        # marks the clause; it opens none (see :func:`_before_rival_marker`)
        rivals = {m.start for m in _rival_at(sentence, comma + 1, limit, lang)}
        joins = [
            m
            for m in joins
            if lo + m.start not in rivals or not text[comma + 1 : lo + m.start].strip()
        ]
    stop = limit  # where the gapped subject's words end
    joined = bool(joins) and lo + joins[-1].start > comma
    if joined:
        at, end = lo + joins[-1].start, lo + joins[-1].end
    elif comma >= 0 and ellipsis is not None:
        at, end = comma, comma + 1  # "…, die Polizei, von 27": the comma marks the verb
    elif comma >= 0:
        # "Die Gewerkschaft sprach von 12.000, die Polizei | von 3.000": after a bare
        # comma the clause repeats the shared verb's last word, its preposition
        at, end = comma, comma + 1
        last = list(_WORD.finditer(text, end, claim_start))
        if not last:
            return None
        stop = last[-1].start()
    else:
        return None
    if end >= len(text) or not text[end].isspace():
        return None
    if ellipsis is None and stop < claim_start:
        # "… die Beteiligung auf 92 %, das Ministerium | auf 38 %": the gapped clause may
        # repeat the words before the first figure rather than a particle of the verb
        stop = _repeated_lead(sentence, end, stop, claim_start, verbs)
    stop = _before_rival_marker(sentence, end, stop, lang)  # "das Ministerium | dagegen"
    words = text[end:stop].split()
    if not words or len(words) > _GAP_WORDS or _CLAUSE_STOP.search(text, end, limit):
        return None
    if any(ch.isdigit() for ch in text[end:claim_start]):
        return None
    shared = [v for v in verbs if v.end <= at and _DIGIT.search(text, v.end, at)]
    if not shared or any(end <= v.start < claim_start for v in verbs):
        return None
    verb = shared[-1]
    lead = _words_before_figure(sentence, verb.end, at, _REPEATED_WORDS)
    particles = _verb_particles(sentence, verb) | {" ".join(lead[-n:]) for n in (1, 2) if lead}
    between = _skip_rival_markers(
        sentence, stop if ellipsis is None else ellipsis + 1, claim_start, lang
    )
    tail = " ".join(folded[between:claim_start].split())
    direct = False  # the gapped clause repeats no word: a subject and its figure
    if (
        stop < claim_start
        and tail not in particles
        and not _elided_particle(tail, particles)
        and (tail or not (joined or ellipsis is not None))
    ):
        if (
            joined
            or ellipsis is not None
            or not _figure_right_after(sentence, verb, at, lang)
            or any(v.start >= claim_start for v in verbs)
        ):
            # a bare comma joins only a clause that repeats the verb's preposition, or
            # one with no verb of its own ("…, obwohl private Stationen 40,6 Grad
            # gemessen hatten" is no gapped clause)
            return None
        # "The operator estimates 300,000, the regulator | more than 600,000": a verb that
        # takes its figure with no preposition leaves none to repeat
        stop = claim_start
        direct = True
        if len(text[end:stop].split()) > _GAP_WORDS:
            return None
    if (
        ellipsis is None
        and _CLAUSE_STOP.search(text, verb.end, at)
        and text.find(",", verb.end, at) >= 0
    ):
        return None  # "… said 30 died, and the unions …": not one clause's object list
    s, e = _trim_np(text[end:stop], from_end=False)
    found = source_span(text, folded, end + s, end + e, lang) if e > s else None
    if found is None or found[2] == "pronoun":
        return None
    if (
        _names_place(text[found[0] : found[1]], lang)
        and not (tail and _region_body(text, folded, found[0], found[1], lang))
        and not _names_body(text, folded, found[0], found[1], lang)
    ):
        return None  # "… 300 muertos y Valencia 120": a place gapped, not a source
    if stop < claim_start and found[0] != _skip_blanks(folded, end):
        return None  # "…, in der Altstadt von 12": words before the name, no subject
    if direct and not _bare_subject(sentence, end, found, claim_start, lang):
        return None  # with no repeated word, the subject is all there is before the figure
    return found[0], found[1], verb


def _bare_subject(
    sentence: _Clause,
    end: int,
    found: tuple[int, int, SourceKind],
    claim_start: int,
    lang: LanguageData,
) -> bool:
    """Whether the source ``found`` is all that stands between the comma ending at ``end``
    and the figure of a gapped clause that repeats no word ("…, the regulator | more than
    600,000"), and ends in a name or a source noun: "…, the police arrested 30" ends in a
    verb of its own clause, no gapped one."""
    text, folded = sentence.text, sentence.folded
    if found[0] != _skip_blanks(folded, end) or text[found[1] : claim_start].strip():
        return False
    last = list(re.finditer(r"\S+", text[found[0] : found[1]]))
    if not last:
        return False
    tok = (found[0] + last[-1].start(), found[0] + last[-1].end())
    return is_name_token(text, folded, tok, lang) or _role_word(text, folded, tok, lang)


def _figure_right_after(sentence: _Clause, verb: PhraseMatch, hi: int, lang: LanguageData) -> bool:
    """Whether the reporting ``verb`` takes the first figure after it (before ``hi``) with
    no word between but its bound or hedge ("estimates 300,000", "estime à peine 300",
    "schätzt rund 300.000"): no preposition a gapped clause could repeat."""
    figure = _DIGIT.search(sentence.text, verb.end, hi)
    if figure is None:
        return False
    folded = sentence.folded
    start = figure.start()
    bound = lang.qualifiers.match_before(folded, start)
    if bound is not None and not folded[bound.end : start].strip():
        start = bound.start
    return not folded[verb.end : start].strip()


def _region_body(text: str, folded: str, s: int, e: int, lang: LanguageData) -> bool:
    """Whether the source phrase ``[s, e)`` names a region by a noun of ``[attribution]
    region_nouns`` with its name ("die Region Venetien", "la Regione Veneto", "the Veneto
    region"): in a gapped clause that repeats the preposition of the verb of saying it
    shares ("Der Bauernverband spricht von 15.000 Hektar, die Region Venetien | von
    9.000"), the region speaks: its administration, not the place."""
    return bool(source_words(lang).regions.find(text[s:e], folded[s:e]))


_REPEATED_WORDS = 2  # words before a first figure a parallel clause may repeat ("en el")


def _words_before_figure(sentence: _Clause, lo: int, hi: int, most: int) -> list[str]:
    """The last ``most`` words, folded, right before the first figure in ``[lo, hi)``
    ("… bezifferte die Beteiligung | auf | 92 %"), or none when no figure stands there."""
    figure = _DIGIT.search(sentence.text, lo, hi)
    if figure is None:
        return []
    words = _WORD.findall(sentence.folded, lo, figure.start())
    return words[-most:]


def _repeated_lead(
    sentence: _Clause, lo: int, stop: int, claim_start: int, verbs: list[PhraseMatch]
) -> int:
    """Where the words a parallel clause repeats from its first figure start.

    "El sindicato cifró el seguimiento en el 92 %, el ministerio | en el 38 %": the
    clause after the comma repeats the two words before the first figure, so its
    subject ends before both. ``stop`` (the start of the claim's last word) when
    fewer words repeat."""
    shared = [v for v in verbs if v.end <= lo and _DIGIT.search(sentence.text, v.end, lo)]
    if not shared:
        return stop
    lead = _words_before_figure(sentence, shared[-1].end, lo, _REPEATED_WORDS)
    words = list(_WORD.finditer(sentence.folded, lo, claim_start))
    if len(lead) == _REPEATED_WORDS and len(words) > _REPEATED_WORDS:
        tail = words[-_REPEATED_WORDS:]
        if [w.group() for w in tail] == lead:
            return tail[0].start()
    return stop


def _rival_at(sentence: _Clause, lo: int, hi: int, lang: LanguageData) -> list[PhraseMatch]:
    """The whole-word ``[attribution] rival_markers`` in ``[lo, hi)``, at positions of
    the sentence."""
    text, folded = sentence.text, sentence.folded
    return [
        PhraseMatch(m.label, lo + m.start, lo + m.end, m.phrase)
        for m in source_words(lang).rivals.find(text[lo:hi], folded[lo:hi])
        if (lo + m.start == 0 or not text[lo + m.start - 1].isalnum())
        and (lo + m.end >= len(text) or not text[lo + m.end].isalnum())
    ]


def _before_rival_marker(sentence: _Clause, lo: int, stop: int, lang: LanguageData) -> int:
    """The end of a gapped subject that a word of contrast follows: "…, das Ministerium
    | dagegen auf 38 %", "…, le ministère | en revanche à 38 %". The marker sets the
    clause against the one before it; it is no word of the subject's name."""
    for m in _rival_at(sentence, lo, stop, lang):
        if sentence.text[lo : m.start].strip() and not sentence.text[m.end : stop].strip():
            return m.start
    return stop


def _skip_rival_markers(sentence: _Clause, lo: int, hi: int, lang: LanguageData) -> int:
    """``lo`` moved past the words of contrast that open ``[lo, hi)``."""
    at = _skip_blanks(sentence.folded, lo)
    for m in _rival_at(sentence, at, hi, lang):
        if m.start == at:
            at = _skip_blanks(sentence.folded, m.end)
    return at


def _verb_particles(sentence: _Clause, verb: PhraseMatch) -> set[str]:
    """The words that close a reporting verb: the last word of its phrase when it has
    more than one ("sprach von", "spoke of") and the word written right after it
    ("mówił | o", "говорил | о"), folded."""
    words = verb.phrase.split()
    found = {fold(words[-1])} if len(words) > 1 else set()
    after = _WORD.match(sentence.folded, _skip_blanks(sentence.folded, verb.end))
    if after is not None:
        found.add(after.group())
    return found


def _names_place(phrase: str, lang: LanguageData) -> bool:
    """Whether ``phrase`` holds the name of a known place ("the province of Taroudant")."""
    folded = fold(phrase)
    data = place_data()
    if any(m.label in data.places for m in lang.entities.find(phrase, folded)):
        return True
    words = frame_words(lang.code)
    return any(
        words.keys.get(name_key(phrase[m.start : m.end])) for m in words.names.find(phrase, folded)
    )


def _past_addressee(sentence: _Clause, cue: PhraseMatch, lang: LanguageData) -> int | None:
    """Where the speaker after a verb of telling starts, past whom it was told to, or -1
    when none follows; None for any other verb.

    ``[attribution] told_verbs`` lists the cues whose next words name the addressee:
    in "…, officials told Reuters" or "…, a ministry spokesman told AFP" the outlet is
    told, and the speaker stands before the verb. Where the speaker may follow the
    addressee (``told_subject_after``: "…, dijo a EFE el portavoz", "…, a déclaré à
    l'AFP le porte-parole") it opens with an article of ``determiners`` after the
    addressee's first word (or an indefinite one: "disse à Lusa um porta-voz"), or
    with a bare role noun ("adiantou à agência Lusa fonte do comando", "dijo a EFE
    fuentes de la Guardia Civil"), before any comma.
    """
    words = source_words(lang)
    if fold(cue.phrase).strip() not in words.told:
        return None
    text, folded = sentence.text, sentence.folded
    written = text[cue.start : cue.end].rstrip()
    if _accent_dropped(written, cue.phrase):
        # "…, disse a polícia": the article "a", not "à" (to the), so no addressee
        # follows; the verb's subject starts at the word the accent was missing from
        return cue.start + written.rfind(" ") + 1
    if not words.told_subject_after:
        return -1
    stop = _CLAUSE_STOP.search(text, cue.end)
    hi = stop.start() if stop else len(text)
    for k, m in enumerate(_GLUED_WORD.finditer(text, cue.end, hi)):
        if k > _ADDRESSEE_WORDS:
            break
        word = folded[m.start() : m.end()]
        head = word.split("'", 1)[0].split("\u2019", 1)[0]
        opener = words.determiners | words.indefinites  # "dijo a EFE un portavoz"
        if k > 0 and (word in opener or (head != word and head in opener)):
            return m.start()
        if k > 0 and words.roles.match_at(folded, m.start(), text) is not None:
            return m.start()  # "disse à Lusa fonte do comando": a bare role noun
    return -1


def _accent_dropped(written: str, phrase: str) -> bool:
    """Whether ``written`` matched the listed ``phrase`` only by folding away an accent
    of its last word: pt "disse a polícia" (the article "a") is not "disse à" (to the),
    the one word that tells the addressee from the speaker."""
    last = phrase.rstrip().rsplit(" ", 1)[-1]
    if " " not in phrase.strip() or "*" in last or last.isascii() or len(written) < len(last):
        return False
    return written[len(written) - len(last) :].lower() != last.lower()


# Words of an addressee ("a la agencia EFE") before the speaker after it.
_ADDRESSEE_WORDS = 5


def _named_before(
    sentence: _Clause,
    chosen: tuple[int, int, PhraseMatch, Span | None, SourceKind],
    candidates: list[tuple[int, int, int, PhraseMatch, Span | None]],
    lang: LanguageData,
) -> tuple[int, int, PhraseMatch, Span | None, SourceKind] | None:
    """The name another cue of the sentence gives before a pointer noun, which it
    stands for: in "los datos proceden del balance que elabora el Centro de Datos (CID),
    según ha indicado el organismo" the body is the centre named first in the sentence,
    not a source named before it. Only a phrase with a pointer noun of ``back_nouns``
    ("el organismo", "the agency") yields; a role alone ("the ministry") does not, nor
    does a pointer to a name its chain cue gives ("Citing X, the source added …")."""
    text, folded = sentence.text, sentence.folded
    a, b = chosen[0], chosen[1]
    if not source_words(lang).backs.find(text[a:b], folded[a:b]):
        return None
    chains = {m.start for m in chain_cues(text, folded, lang)}
    for _, s, e, cue, more in candidates:
        if cue is chosen[2] or e > chosen[0] or cue.start in chains:
            continue  # "Citing X, the source added": X is whom the source cites
        cleaned = source_span(text, folded, s, e, lang)
        if cleaned is not None and cleaned[2] == "name" and cleaned[1] <= chosen[0]:
            return cleaned[0], cleaned[1], cue, more, "name"
    return None


def _before_contrast(
    sentence: _Clause, cleaned: tuple[int, int, SourceKind] | None, lang: LanguageData
) -> tuple[int, int, SourceKind] | None:
    """``cleaned`` cut before a contrast marker of ``[attribution] contrast_markers`` inside
    it: "Les organisateurs ont | de leur côté | annoncé 15 000" is said by the organisers;
    the marker and the auxiliary before it are no part of their name."""
    if cleaned is None:
        return None
    text, folded = sentence.text, sentence.folded
    a, b = cleaned[0], cleaned[1]
    inside = [m for m in source_words(lang).contrasts.find(text[a:b], folded[a:b]) if m.start > 0]
    if not inside:
        return cleaned
    return source_span(text, folded, a, a + inside[0].start, lang) or cleaned


def _joined_subject(sentence: _Clause, cue: PhraseMatch, lang: LanguageData) -> Span | None:
    """The subject of a clause joined by a word of ``[event_links] clause`` after a figure,
    right before its verb ``cue``, when it names someone, or None: in "El alcalde dijo que
    hubo 25 heridos y el ministerio | confirmó 9 muertos" the 9 are the ministry's; the
    phrase before the verb runs back over the first clause to the mayor."""
    if lang.verb_first:
        return None
    text, folded = sentence.text, sentence.folded
    lo = max(0, cue.start - _GAP_REACH)
    joins = [
        m
        for m in lang.event_clause.find(text[lo : cue.start], folded[lo : cue.start])
        if m.start > 0 and not text[lo + m.start - 1].isalnum()
    ]
    if not joins:
        return None
    at, end = lo + joins[-1].start, lo + joins[-1].end
    words = text[end : cue.start].split()
    if not words or len(words) > _GAP_WORDS or _CLAUSE_STOP.search(text, end, cue.start):
        return None
    if _DIGIT.search(text, end, cue.start) or not _DIGIT.search(text, 0, at):
        return None
    s, e = _trim_np(text[end : cue.start], from_end=False)
    found = source_span(text, folded, end + s, end + e, lang) if e > s else None
    if found is None or found[2] == "pronoun" or _names_place(text[found[0] : found[1]], lang):
        return None
    return found[0], found[1]


_BARE_FIGURE_END = re.compile(r"\d[ \t]*$")


def _figure_cues(
    sentence: _Clause, claim_start: int, claim_end: int, lang: LanguageData
) -> list[PhraseMatch]:
    """The cues of ``[attribution] figure_prefix`` right after the claim, when the claim is
    a bare figure and an article follows the cue: "erano 81.000 | per la polizia" is the
    police's count, "81.000 euro per la polizia" a sum for the police."""
    cues = source_words(lang).figure_prefixes
    text, folded = sentence.text, sentence.folded
    if cues.empty or not _BARE_FIGURE_END.search(text, claim_start, claim_end):
        return []
    at = _skip_blanks(folded, claim_end)
    if at == claim_end:
        return []
    found = [m for m in cues.find(text[at : at + 24], folded[at : at + 24]) if m.start == 0]
    if not found:
        return []
    cue = max(found, key=lambda m: m.end)
    article = _WORD.match(folded, _skip_blanks(folded, at + cue.end))
    if article is None or article.group() not in source_words(lang).determiners:
        return []
    stop = _CLAUSE_STOP.search(text, article.end())
    if _names_place(text[article.start() : stop.start() if stop else len(text)], lang):
        return []  # "inviati 300 per la Libia": for a place, not according to it
    return [PhraseMatch(cue.label, at, at + cue.end, cue.phrase)]


# The label of a compound_prefix cue: its source is the one compound after it.
_COMPOUND = "compound"
# The label of a verb that ties a count to a cause ([attribution] link_verbs): it credits
# its subject only when that names a body.
_LINK = "link"
# The label of a verb of stance ([attribution] stance_verbs, "maintains that"): a credit
# for the figures of its own sentence only (Attribution.stance).
_STANCE = "stance"

# How many words (adjectives: "nach ersten offiziellen Polizeiangaben") may stand
# between a compound_prefix cue and its compound.
_COMPOUND_GAP_WORDS = 2


def _compound_cues(sentence: _Clause, lang: LanguageData) -> list[PhraseMatch]:
    """The ``[attribution] compound_prefix`` cues before a compound naming a source's figures.

    "Nach Polizeiangaben kamen 12 Menschen ums Leben": "nach" credits the
    compound after it (the police's figures), as "laut" does; before any
    other word it means "after" ("nach dem Beben") and credits no one. The
    compound ends in a ``compound_heads`` word and has a stem of its own
    ("Angaben" alone is the phrase cue "nach Angaben", followed by its source).
    """
    words = source_words(lang)
    if words.compound_prefixes.empty or not words.compound_heads:
        return []
    text, folded = sentence.text, sentence.folded
    found = []
    for cue in words.compound_prefixes.find(text, folded):
        at = cue.end
        for _ in range(_COMPOUND_GAP_WORDS + 1):
            m = _GLUED_WORD.match(folded, _skip_blanks(folded, at))
            if m is None:
                break
            word = m.group().rstrip("'’-")
            if word in words.determiners:
                break  # "nach dem Bezahlen": after something, no one's figures
            head = next((h for h in words.compound_heads if word.endswith(h)), None)
            if head is not None:
                if len(word) - len(head) >= 2:
                    # the cue runs to the compound: its adjectives are no part of the source
                    found.append(PhraseMatch(_COMPOUND, cue.start, m.start(), cue.phrase))
                break
            at = m.end()
    return found


def _opening_cues(sentence: _Clause, lang: LanguageData) -> list[PhraseMatch]:
    """The ``[attribution] opening_prefix`` cue that opens the sentence ("Per il ministero,
    …", "Para el Gobierno, …": in the view of), read as a prefix cue; elsewhere the same
    word means "for" ("fondi per la Protezione civile") and credits no one, as does a
    country after it ("Pour l'Ukraine, …" tells whose losses follow)."""
    return _openings_at(
        sentence, [len(sentence.text) - len(sentence.text.lstrip(_OPENING_MARKS))], lang
    )


def _contrast_cues(sentence: _Clause, lang: LanguageData) -> list[PhraseMatch]:
    """The ``[attribution] opening_prefix`` cues that open a contrast clause after a
    comma ("…, mentre per la Cgt erano 250mila", "…, mientras que para los
    organizadores fueron 30.000"): after a word of ``opening_after`` the clause
    starts afresh, as the sentence does, and the cue's source is who counts in it; so
    does any prefix cue right after such a word or a rival marker (:func:`_rival_prefixes`)."""
    words = source_words(lang)
    text, folded = sentence.text, sentence.folded
    found = _rival_prefixes(sentence, lang)
    if not words.openings.empty:
        starts = [
            _skip_blanks(folded, m.end)
            for m in words.opening_after.find(text, folded)
            if text[: m.start].rstrip().endswith(",")
        ]
        # "…, secondo il ministero; per la Cgt erano 3 milioni": a semicolon opens a
        # clause as a sentence start does
        starts += [_skip_blanks(folded, m.end()) for m in _SEMICOLON.finditer(text)]
        opened = _openings_at(sentence, starts, lang)
        found = opened + [m for m in found if all(m.start != o.start for o in opened)]
    return [
        m
        for m in found
        if (span := _np_after(sentence, m.end, None, lang))[1] > span[0]
        and source_span(text, folded, *span, lang) is not None
    ]


def _rival_prefixes(sentence: _Clause, lang: LanguageData) -> list[PhraseMatch]:
    """The prefix cues that open a contrast clause: right after a word of ``[attribution]
    opening_after`` or ``rival_markers`` that follows a comma, the word itself perhaps
    set off by commas ("Police reported three deaths, but according to local media,
    five …", "…, однак, за даними місцевих ЗМІ, загиблих п'ятеро"). The cue credits
    the figures of its clause; the speaker of the clause before it reaches none of them,
    and it reaches none of that clause's (:func:`_across_contrast`)."""
    words = source_words(lang)
    text, folded = sentence.text, sentence.folded
    found: list[PhraseMatch] = []
    for marks in (words.opening_after, words.rivals):
        for m in marks.find(text, folded):
            if m.start > 0 and text[m.start - 1].isalnum():
                continue  # inside a word
            if not text[: m.start].rstrip().endswith((",", "\u060c")):
                continue  # not after a comma: no clause of its own
            at = _skip_blanks(folded, m.end)
            if text.startswith(",", at):
                at = _skip_blanks(folded, at + 1)  # "…, однак, за даними …"
            cue = lang.attribution_prefix.match_at(folded, at, text)
            if cue is not None and cue.start == at and all(cue.start != f.start for f in found):
                found.append(cue)
    return found


_FIGURE_START = re.compile(r"(?<!\w)\d")  # digits that open a word: a figure, not a name's


def _figure_clause_cues(sentence: _Clause, lang: LanguageData) -> list[PhraseMatch]:
    """The credit cues that open a later figure's own clause after an earlier figure's.

    "Según el sindicato marcharon 12.000 personas y según la policía, 3.000",
    "… liepen 12.000 mensen mee, volgens de politie 3.000", "Per gli organizzatori
    erano 12.000, per la questura 3.000": two sources' counts in one sentence, each
    credit right before its own figure. Such a cue stands after a figure, after a
    comma or a word of ``[event_links] clause``, and the figure follows the few words
    of its source with nothing between (a comma only after a joining word: "y según
    la policía, 3.000"). It credits that figure alone, and no cue before it reaches
    past it. A cue set off by commas after a figure ("30 muertos, según el ministerio,
    12 de ellos niños") closes the first clause instead and is no such cue. A word of
    ``[attribution] opening_prefix`` ("per", "para") counts only where the sentence
    opened with the same word: elsewhere it means "for".
    """
    text, folded = sentence.text, sentence.folded
    cues = list(lang.attribution_prefix.find(text, folded))
    opened = _opening_cues(sentence, lang)
    if opened:
        starts = [_skip_blanks(folded, m.end()) for m in re.finditer(",", text)]
        first = fold(opened[0].phrase).strip()
        cues += [m for m in _openings_at(sentence, starts, lang) if fold(m.phrase).strip() == first]
    found: list[PhraseMatch] = []
    outlets = _numbered_outlets(text, folded, lang) if cues else []
    for cue in cues:
        if cue.start == 0 or not _DIGIT.search(text, 0, cue.start):
            continue
        at = cue.start
        while at > 0 and text[at - 1].isalpha():
            at -= 1  # "،وبحسب الشرطة": proclitics glued to the cue (``[syntax] proclitics``)
        before = text[:at].rstrip()
        joined = False
        if not before.endswith((",", "\u060c")):
            lo = max(0, cue.start - _GAP_REACH)
            joins = [
                m
                for m in lang.event_clause.find(text[lo : cue.start], folded[lo : cue.start])
                if (m.start == 0 or not text[lo + m.start - 1].isalnum())
                and not text[lo + m.end : cue.start].strip()
            ]
            if not joins:
                continue
            joined = True
        figure = _FIGURE_START.search(text, cue.end)  # not "potrivit Digi24"
        if figure is None or any(a <= figure.start() < b for a, b in outlets):
            continue  # "…, وفق حصيلة لوزارة الداخلية نقلها موقع فرانس 24": a name's digits
        fig_at = _past_qualifier(sentence, cue.end, figure.start(), lang)
        gap = text[cue.end : fig_at].rstrip(" \t\u2013\u2014")  # "полиции — 3 000"
        if joined and gap.endswith(","):
            gap = gap[:-1]  # "y según la policía, 3.000"
        if not gap.split() or len(gap.split()) > _GAP_WORDS or _CLAUSE_STOP.search(gap + " "):
            continue  # "…, según el ministerio, 12 de ellos niños": the cue closes a clause
        s, e = _trim_np(gap, from_end=False)
        named = source_span(text, folded, cue.end + s, cue.end + e, lang) if e > s else None
        if named is None or named[2] == "pronoun" or _names_place(text[named[0] : named[1]], lang):
            continue
        if named[1] < cue.end + len(gap.rstrip()) and not _parallel_rest(
            sentence, named[1], cue, fig_at, lang
        ):
            continue  # words the source does not take stand before the figure
        found.append(cue)
    return found


def _past_qualifier(sentence: _Clause, lo: int, figure: int, lang: LanguageData) -> int:
    """Where the figure at ``figure`` starts with the qualifier written right before it
    (``[qualifiers]``: "według policji | ponad 26 tys.", "selon la police | plus de 26 000"),
    no earlier than ``lo``: the qualifier is the figure's, not words of its source."""
    m = lang.qualifiers.match_before(sentence.folded, figure, window=40)
    if m is None or m.start < lo or (m.start > 0 and sentence.folded[m.start - 1].isalnum()):
        return figure
    return m.start


def _parallel_rest(
    sentence: _Clause, named_end: int, cue: PhraseMatch, figure: int, lang: LanguageData
) -> bool:
    """Whether the words between a clause cue's source and its figure only set the clause
    against the one before it: words of ``[attribution] rival_markers``, then perhaps the
    words right before the sentence's earlier figure, repeated. "Laut der Gewerkschaft
    lag sie bei 92 %, laut dem Ministerium | dagegen bei | 38 %", "según el sindicato
    fue del 92 %, según el ministerio | del | 38 %"."""
    at = _skip_rival_markers(sentence, named_end, figure, lang)
    rest = sentence.folded[at:figure].split()
    if not rest:
        return at > _skip_blanks(sentence.folded, named_end)  # a marker alone
    if len(rest) > _REPEATED_WORDS:
        return False
    earlier = list(_NUMBER_START.finditer(sentence.text, 0, cue.start))
    if not earlier:
        return False
    start = earlier[-1].start()
    return _WORD.findall(sentence.folded, max(0, start - _GAP_REACH), start)[-len(rest) :] == rest


_NUMBER_START = re.compile(r"(?<![\w.,])\d")  # the first digit of a number


def _contrast_between(sentence: _Clause, lo: int, hi: int, lang: LanguageData) -> bool:
    """Whether a contrast clause opens between ``lo`` and ``hi``: a word of ``[attribution]
    opening_after`` after a comma. "Hospitals treated 340 people, while doctors' groups
    said …": the verb after it is its own clause's, not the one of the figure before;
    one after a further comma closes the whole sentence ("…, while Y rose to 5 674,
    X reports")."""
    words = source_words(lang).opening_after
    if words.empty:
        return False
    text, folded = sentence.text, sentence.folded
    return any(
        text[lo : lo + m.start].rstrip().endswith(",")
        and not _CLAUSE_STOP.search(text, lo + m.end, hi)
        for m in words.find(text[lo:hi], folded[lo:hi])
        if m.start == 0 or not text[lo + m.start - 1].isalnum()
    )


def _openings_at(sentence: _Clause, starts: list[int], lang: LanguageData) -> list[PhraseMatch]:
    """The opening_prefix cues at ``starts`` whose words after them are no bare country."""
    found: list[PhraseMatch] = []
    for at in starts:
        m = source_words(lang).openings.match_at(sentence.folded, at, sentence.text)
        if m is None or m.start != at:
            continue
        s, e = _np_after(sentence, m.end, None, lang)
        if e <= s or _country_only(sentence.text[s:e], lang):
            continue  # "Pour l'Ukraine, les estimations …": the country the figures are about
        found.append(m)
    return found


def _across_contrast(
    cue: PhraseMatch, claim_start: int, claim_end: int, contrasts: list[PhraseMatch]
) -> bool:
    """Whether a contrast clause parts ``cue`` from the claim: a contrast cue credits
    only the figures after it, and no cue before a contrast clause reaches into it."""
    if cue in contrasts and cue.start >= claim_end:
        return True
    return any(cue.end <= k.start < claim_start for k in contrasts if k != cue)


def _within_versus(
    sentence: _Clause,
    candidates: list[_Candidate],
    claim_start: int,
    claim_end: int,
    lang: LanguageData,
) -> list[_Candidate]:
    """The candidates on the claim's side of a word of ``[attribution] versus``.

    "La préfecture a compté 95 000 manifestants, contre 450 000 selon la CGT",
    "…, frente a los más de tres millones que contabilizó el sindicato CGT": the
    word sets a second figure against a first one before it, each with its own
    source. When a cue stands on the claim's side of such a word near the claim,
    the cues on the other side credit the other figure only. With no cue on its
    side ("contre 120 000 la semaine dernière") the claim keeps the sentence's source.
    """
    words = source_words(lang).versus
    if words.empty or len(candidates) < 2:
        return candidates
    text, folded = sentence.text, sentence.folded
    lo, hi = -1, len(text) + 1
    for m in words.find(text, folded):
        if m.start > 0 and text[m.start - 1].isalnum():
            continue
        if m.end <= claim_start and claim_start - m.end <= _VERSUS_REACH:
            if _DIGITS.search(text, 0, m.start):
                lo = max(lo, m.start)  # a first figure stands before the word
        elif m.start >= claim_end and m.start - claim_end <= 2 * _VERSUS_REACH:
            hi = min(hi, m.start)
    if lo < 0 and hi > len(text):
        return candidates
    inside = [c for c in candidates if lo <= c[3].start and c[3].end <= hi]
    return inside or candidates


# Characters between a word of ``versus`` and the claim it sets against another.
_VERSUS_REACH = 30


def _country_only(
    phrase: str, lang: LanguageData, kinds: frozenset[str] = frozenset({"country"})
) -> bool:
    """Whether ``phrase`` names a country (a place of ``kinds``) and nothing else but
    articles ("l'Ukraine", "la Russia"), or a state pointer ("Kiew", "the British
    analysts")."""
    if state_pointer(phrase, lang) is not None:
        return True
    folded = fold(phrase)
    data = place_data()
    covered = [
        (m.start, m.end)
        for m in lang.entities.find(phrase, folded)
        if (place := data.places.get(m.label)) is not None and place.kind in kinds
    ]
    words = frame_words(lang.code)
    covered += [
        (m.start, m.end)
        for m in words.names.find(phrase, folded)
        if (keys := words.keys.get(name_key(phrase[m.start : m.end])))
        and (place := data.places.get(keys[0])) is not None
        and place.kind in kinds
    ]
    if not covered:
        return False
    determiners = source_words(lang).determiners
    for w in re.finditer(r"[^\W\d_]+", folded):
        if w.group() in determiners or w.group() in lang.function_words:
            continue
        if not any(a <= w.start() < b for a, b in covered):
            return False
    return True


# A digit group: another figure between a claim and a cue after it.
_DIGITS = re.compile(r"\d+")

_CLAUSE_BREAK = re.compile(r"[;:](?=\s)")
_SEMICOLON = re.compile(r";(?=\s)")


def _opens_next_clause(text: str, claim_end: int, cue: PhraseMatch) -> bool:
    """Whether a prefix cue after the claim opens the clause after a colon or semicolon.

    "… there were 16, but two were found alive: according to Levante, neither of them
    …": the cue stands first in the clause after the break and credits what that clause
    says, not the figure before it. A cue that closes a list after the colon ("220 in
    all: 212 in Valencia, 7 in …, according to the government") still credits the whole.
    """
    breaks = list(_CLAUSE_BREAK.finditer(text, claim_end, cue.start))
    return bool(breaks) and not text[breaks[-1].end() : cue.start].strip(_OPENING_MARKS)


# The most words between a reporting verb and the figure it takes as its object ("says
# about 2,500", "spricht von rund 50.000", "parle de 26 000").
_OBJECT_REACH = 2
# The characters looked through for that figure (a bound: a long sentence costs no more).
_OBJECT_CHARS = 48
# Marks that end a verb's object before a figure: a clause break, a bracket or a quote.
_OBJECT_BREAK = re.compile(r"[,;:()\[\]\"“”„«»]")


def _takes_own_figure(
    sentence: _Clause, claim_end: int, cue: PhraseMatch, lang: LanguageData
) -> bool:
    """Whether a reporting verb after the claim takes a figure of its own right after it,
    in a clause a bare comma set after the claim's: "Dust storm: 1,600 cases in Basra,
    Red Crescent says about 2,500", "… 20.000 Menschen, die Polizei spricht von 26.000".
    Its subject gives that later figure, not the claim's. A verb with no figure of its
    own after it ("…, the ministry said on Monday") closes the sentence and credits the
    claim, and so does one in a clause joined by a conjunction (``[event_links] clause``:
    "… has risen to 93, and authorities said 54 of those …") or opened by a relative
    (``[attribution] clause_openers``: "…, a annoncé le ministère, qui recense 2 900
    cas")."""
    text, folded = sentence.text, sentence.folded
    # a semicolon does not part them: it goes on with one statement as often as it sets
    # a rival's apart ("… 214 runners; organisers put the number at about 150" keeps its
    # credit)
    comma = text.rfind(",", claim_end, cue.start)
    counting = _count_cue(sentence, cue, lang)
    if comma >= 0:
        after = _skip_blanks(folded, comma + 1)
    elif counting and _conjunction_between(sentence, claim_end, cue.start, lang):
        # "La mairie a examiné 300 demandes et la préfecture | en compte 70": a count
        # verb whose own figure follows it counts that figure, in a joined clause too
        after = -1
    else:
        # so does a contrast word with no comma before it: "… rescued 214 people while
        # the organisers put the number at about 150"
        contrast = [
            m
            for m in source_words(lang).opening_after.find(
                text[claim_end : cue.start], folded[claim_end : cue.start]
            )
            if not text[claim_end + m.start - 1].isalnum()
            and not text[claim_end + m.end : claim_end + m.end + 1].isalnum()
        ]
        if not contrast:
            return False
        after = -1  # the contrast word opens a clause of its own
    conjunction = lang.event_clause.match_at(folded, after, text) if after >= 0 else None
    if not (counting and conjunction is not None and conjunction.start == after):
        # "…, et la préfecture en compte 70": a count verb takes its own figure
        for words in (lang.event_clause, lang.clause_openers):
            joined = words.match_at(folded, after, text) if after >= 0 else None
            if joined is not None and joined.start == after:
                return False  # "…, and authorities said 54", "…, qui recense 2 900 cas"
    later = _DIGITS.search(text, cue.end, cue.end + _OBJECT_CHARS)
    if later is None or text[later.start() - 1].isalpha():
        return False  # no figure, or digits of a name ("a declarat pentru Digi24 …")
    gap = text[cue.end : later.start()]
    return _OBJECT_BREAK.search(gap) is None and len(gap.split()) <= _OBJECT_REACH


def _count_cue(sentence: _Clause, cue: PhraseMatch, lang: LanguageData) -> bool:
    """Whether ``cue`` is a count verb (``[attribution] count_verbs``: "counted",
    "contabilizó") or a verb with its partitive clitic (``[toll_nouns] partitive_clitics``:
    "en compte", "en compta"): its object is the figure it counts."""
    folded = sentence.folded
    word = folded[cue.start : cue.end].strip()
    if word in source_words(lang).counts:
        return True
    phrases, clitics = lang.partitive_verbs
    before = _WORD_BEFORE.search(folded, max(0, cue.start - 24), cue.start)
    # "la Regione ne | conta 70": the clitic right before the verb stands for its object
    return word in phrases or (before is not None and before.group(1) in clitics)


def _conjunction_between(sentence: _Clause, lo: int, hi: int, lang: LanguageData) -> bool:
    """Whether a whole word of ``[event_links] clause`` stands in ``[lo, hi)``."""
    text, folded = sentence.text, sentence.folded
    return any(
        (m.start == 0 or not text[lo + m.start - 1].isalnum())
        and not text[lo + m.end : lo + m.end + 1].isalnum()
        for m in lang.event_clause.find(text[lo:hi], folded[lo:hi])
    )


# The most words of the figure's own noun between it and the opener of a comparative
# clause ("nu 48.000 de oameni | cât afirmă BNR").
_AS_NOUN_WORDS = 2
# The most words between that opener and its reporting verb: the subject of a verb-second
# clause ("as | the country's central bank | claims") or a clitic ("comme | l'affirme").
_AS_SUBJECT_WORDS = 5
# Marks that no comparative clause spans: a clause break, a bracket or a quote.
_AS_BREAK = re.compile(r"[,;:()\[\]\"“”„«»!?]")


def _as_opener_before(sentence: _Clause, cue: PhraseMatch, lang: LanguageData) -> int | None:
    """Where the opener of an "as X claims" clause (``[attribution] as_openers``) that the
    reporting verb ``cue`` closes or opens stands, or None: "cât | afirmă BNR", "as | the
    central bank claims", "comme | l'affirme la banque", "как | утверждает банк". At most
    :data:`_AS_SUBJECT_WORDS` words and no mark stand between the opener and the verb."""
    text, folded = sentence.text, sentence.folded
    lo = max(0, cue.start - 60)
    found = lang.as_openers.find_in(text, folded, lo, cue.start)
    for m in reversed(found):
        at = lo + m.start
        if at > 0 and folded[at - 1].isalnum():
            continue
        between = text[lo + m.end : cue.start]
        if _AS_BREAK.search(between) or _DIGIT.search(between):
            continue
        if len(between.split()) <= _AS_SUBJECT_WORDS:
            return at
    return None


def _as_clause_gap(sentence: _Clause, claim_end: int, opener: int) -> bool:
    """Whether the words from a figure's end to a comparative clause's opener are only
    its noun (at most :data:`_AS_NOUN_WORDS` words) and a comma: the clause compares that
    figure ("…, not 48,000 as the central bank claims", "a nie 48 tys., jak twierdzi
    bank")."""
    if opener < claim_end:
        return False
    gap = sentence.text[claim_end:opener].strip()
    gap = gap[:-1].rstrip() if gap.endswith(",") else gap
    return (
        not _AS_BREAK.search(gap) and not _DIGIT.search(gap) and len(gap.split()) <= _AS_NOUN_WORDS
    )


def _comparative_source(
    sentence: _Clause,
    claim_start: int,
    claim_end: int,
    verbs: list[PhraseMatch],
    lang: LanguageData,
) -> tuple[int, int, PhraseMatch] | None:
    """The subject of an "as X claims" clause right after the figure, with its verb, or
    None: "…, nu 48.000 cât afirmă BNR", "not 48,000 as the central bank claims", "et
    non 48 000 comme l'affirme la banque centrale", "а не 48 тысяч, как утверждает банк".
    The clause says whose figure the one it follows is, nearer than the speaker who opens
    the sentence (who gives the rival figure). Its subject follows its verb ("cât afirmă
    BNR") or stands between the opener and the verb ("as the bank claims"). Only after a
    rival figure before it: a clause that closes a sentence of one figure ("…, wie die
    Rettungsdienste mitteilten") is read as any closing speaker is. ``verbs`` are
    the reporting verbs found, before the checks that read some as nouns: right after the
    opener, "l'affirme" is a verb whose clitic looks like an article."""
    text, folded = sentence.text, sentence.folded
    if not _DIGIT.search(text, 0, claim_start):
        return None  # no rival figure before: "…, wie die Rettungsdienste mitteilten" closes it
    for cue in verbs:
        if cue.start < claim_end:
            continue
        opener = _as_opener_before(sentence, cue, lang)
        if opener is None or not _as_clause_gap(sentence, claim_end, opener):
            continue
        start = lang.as_openers.match_at(folded, opener, text)
        inner = start.end if start is not None else opener
        words = [w for w in folded[inner : cue.start].split() if w not in lang.clitics]
        if words:
            span = source_span(text, folded, inner, cue.start, lang)
        else:
            s, e = _subject_np(sentence, *_np_after(sentence, cue.end, None, lang), lang)
            span = source_span(text, folded, s, e, lang) if e > s else None
        if span is not None:
            return span[0], span[1], cue
        return None
    return None


def _comparative_of_later(
    sentence: _Clause, claim_end: int, cue: PhraseMatch, lang: LanguageData
) -> bool:
    """Whether a reporting verb after the claim opens or closes an "as X claims" clause
    that compares a later figure: "More than 60,000 people had savings there, not 48,000
    as the central bank claims": the bank's is the 48,000 only."""
    opener = _as_opener_before(sentence, cue, lang)
    return (
        opener is not None
        and opener > claim_end
        and bool(_DIGIT.search(sentence.text, claim_end, opener))
    )


def _glued_to_later_figure(sentence: _Clause, claim_end: int, cue: PhraseMatch) -> bool:
    """A cue after the claim that hangs on a later figure set off from the claim by a comma.

    "On compte plus de 3 800 morts, et jusqu'à 10 000 victimes selon le
    maire": the cue follows the second figure with no comma between, while a
    comma closed the first one's clause, so it credits the second figure
    only. Set off by a comma itself ("…, and 1,000 injured, according to the
    ministry"), a cue closes the whole sentence and credits both.
    """
    text = sentence.text
    later = list(_DIGITS.finditer(text, claim_end, cue.start))
    if not later:
        return False
    if re.search(r"[,;:()]", text[later[-1].end() : cue.start]):
        return False
    return "," in text[claim_end : later[0].start()]


def _opening_prefix_first(
    sentence: _Clause,
    candidates: list[tuple[int, int, int, PhraseMatch, Span | None]],
    lang: LanguageData,
) -> list[tuple[int, int, int, PhraseMatch, Span | None]]:
    """Rank a prefix cue that opens the sentence ("Según el Ministerio, …") before the
    subject of a count verb after it (``[attribution] count_verbs``: "…, mientras que el
    Grupo Wagner registró 40.000 heridos"): that subject made or suffered the count, the
    source the article cites is the opening one. A chain cue ("Citing X, Y said") opens
    no such scope, and a speech verb's subject ("Según Reuters, el ministro dijo …")
    keeps its own rank."""
    text = sentence.text
    counts = source_words(lang).counts
    if not counts:
        return candidates
    chains = {m.start for m in chain_cues(text, sentence.folded, lang)}
    opening = [
        c
        for c in candidates
        if c[0] // 10_000 == 1
        and not text[: c[3].start].strip(_OPENING_MARKS)
        and c[3].start not in chains
    ]
    if not opening:
        return candidates
    prefix_end = min(opening, key=lambda c: c[0])[2]
    out = []
    for c in candidates:
        if c[0] < 10_000 and c[1] >= prefix_end and fold(c[3].phrase).strip() in counts:
            c = (c[0] + _AFTER_PREFIX, *c[1:])
        out.append(c)
    return out


def _closing_speaker_first(
    sentence: _Clause,
    candidates: list[tuple[int, int, int, PhraseMatch, Span | None]],
    claim_end: int,
    lang: LanguageData,
) -> list[tuple[int, int, int, PhraseMatch, Span | None]]:
    """Rank a speaker who closes the sentence after a comma ("…, Valais cantonal police
    said.", "…, a indiqué la police") before the subject of a count verb ahead of the
    figure (``[attribution] count_verbs``: "Rescuers recovered four more bodies …,
    bringing the toll to five, police said"): the rescuers found the bodies, the police
    gave the count, as an opening
    prefix cue does (:func:`_opening_prefix_first`). The speaker's verb is no count verb
    and the clause of speaker and verb ends the sentence, but for at most
    ``_CLOSING_TAIL`` words and no figure. A prefix cue after the comma ranks so whatever
    words follow it, none a figure ("L'aeroport ha registrat 310 cancel·lacions, segons
    fonts aeroportuàries, en la primera jornada de vaga"), when it names someone: a
    pointer noun alone ("…, según el último balance") does not, nor does it outrank a
    subject that counted itself (``[attribution] tally_verbs``: "Police counted 12,000
    protesters, according to the organisers" stays the police's)."""
    text = sentence.text
    counts = source_words(lang).counts
    if not counts:
        return candidates
    closing = [
        c
        for c in candidates
        if c[0] // 10_000 in (1, 2)
        and (lo := min(c[1], c[3].start)) >= claim_end
        and text[:lo].rstrip().endswith(",")
        and fold(c[3].phrase).strip() not in counts
        and (c[0] // 10_000 == 1 or len(text[max(c[2], c[3].end) :].split()) <= _CLOSING_TAIL)
        and not _DIGIT.search(text, lo)
        and not (
            # "…, según el último balance": a pointer noun names no one to rank first
            c[0] // 10_000 == 1
            and _pointer_only(text, sentence.folded, (c[1], c[2], c[3], c[4], "back"), lang)
        )
    ]
    if not closing:
        return candidates
    # "Police counted 12,000 protesters, according to the organisers": a subject that
    # counted itself (``tally_verbs``) keeps its count beside a closing prefix cue
    tallies = source_words(lang).tallies if all(c[0] // 10_000 == 1 for c in closing) else ()
    out = []
    for c in candidates:
        verb = fold(c[3].phrase).strip()
        if c[0] < 10_000 and c[2] <= claim_end and verb in counts and verb not in tallies:
            c = (c[0] + _AFTER_CLOSING, *c[1:])
        out.append(c)
    return out


def _closed_credit_last(
    sentence: _Clause,
    candidates: list[tuple[int, int, int, PhraseMatch, Span | None]],
    claim_start: int,
    claim_end: int,
) -> list[tuple[int, int, int, PhraseMatch, Span | None]]:
    """Rank a prefix cue set between commas after an earlier figure ("35 conteneurs se
    sont échoués, | selon Rijkswaterstaat, | dont huit à Borkum, a précisé le
    Havariekommando") after the speaker who closes the sentence after the claim: the
    credit closes the earlier figure's clause, and the figure after its comma is the
    closing speaker's. The cue stands after a comma with a digit before it, a comma
    parts its source from the claim, and the closing speaker follows the claim after a
    comma with at most ``_CLOSING_TAIL`` words and no figure after its verb. A cue that
    opens the sentence ("Selon X, 35 …, dont huit …, a précisé Y") keeps its figures."""
    text = sentence.text

    def closes(c: tuple[int, int, int, PhraseMatch, Span | None]) -> bool:
        lo = min(c[1], c[3].start)
        return (
            c[0] // 10_000 == 2
            and lo >= claim_end
            and text[:lo].rstrip().endswith(",")
            and len(text[max(c[2], c[3].end) :].split()) <= _CLOSING_TAIL
            and not _DIGIT.search(text, lo)
        )

    def closed(c: tuple[int, int, int, PhraseMatch, Span | None]) -> bool:
        return (
            c[0] // 10_000 == 1
            and c[3].end <= claim_start
            and text[: c[3].start].rstrip().endswith(",")
            and _DIGIT.search(text, 0, c[3].start) is not None
            and "," in text[c[2] : claim_start]
        )

    if not any(closes(c) for c in candidates):
        return candidates
    return [(c[0] + _AFTER_CLOSING, *c[1:]) if closed(c) else c for c in candidates]


# Words a closing speaker's verb may still have after it ("on Sunday", "in a statement").
_CLOSING_TAIL = 4
# Added to a count verb's rank when a closing speaker credits its figure: after every
# verb after the claim (rank 2 * 10_000 + distance).
_AFTER_CLOSING = 28_000


def _country_counts_last(
    sentence: _Clause,
    candidates: list[tuple[int, int, int, PhraseMatch, Span | None]],
    lang: LanguageData,
) -> list[tuple[int, int, int, PhraseMatch, Span | None]]:
    """Rank a country that is only the subject of a count verb (``[attribution]
    count_verbs``) after every other cue of the sentence.

    "Peru has recorded 120,500 cases this year, the health ministry said": the
    country is where the cases were counted, the ministry the body the article
    cites. A country that says something ("Ukraine said …") keeps its rank, and
    a country alone with its count verb is still credited.
    """
    counts = source_words(lang).counts
    text, folded = sentence.text, sentence.folded
    bodies = [c for c in candidates if _later_body(sentence, c, lang)]
    return [
        (c[0] + _COUNTRY_COUNT, *c[1:])
        if (fold(c[3].phrase).strip() in counts and _country_only(text[c[1] : c[2]], lang))
        or (
            c[3].label in ("verb", "stance")
            and any(b[3].start >= c[3].end for b in bodies)
            and _country_only(text[c[1] : c[2]], lang, _PLACE_SUBJECTS)
            and source_span(text, folded, c[1], c[2], lang) is not None
        )
        else c
        for c in candidates
    ]


# Kinds of place that, alone as the subject of a reporting verb, yield to a body credited
# later in the sentence ("Oklahoma reported 9 deaths, according to state officials").
_PLACE_SUBJECTS = frozenset({"country", "region"})


def _later_body(sentence: _Clause, candidate: _Candidate, lang: LanguageData) -> bool:
    """Whether ``candidate`` is a first-rank credit (no fallback subject) that names a
    body: no pronoun, outlet or place alone ("according to state emergency officials",
    "…, wie das Innenministerium mitteilte"; not "according to Reuters")."""
    if candidate[0] % 10_000 >= 5_000:
        return False
    text, folded = sentence.text, sentence.folded
    span = source_span(text, folded, candidate[1], candidate[2], lang)
    return (
        span is not None
        and span[2] != "pronoun"
        and not is_outlet(text, folded, span[0], span[1], lang)
        and not source_words(lang).wires.find(text[span[0] : span[1]], folded[span[0] : span[1]])
        and not _country_only(text[span[0] : span[1]], lang, _PLACE_SUBJECTS)
    )


# A country that only counted ranks after every other cue (verb after: 2 * 10_000 + …).
_COUNTRY_COUNT = 40_000


# Quote marks and brackets that may stand before a sentence's first word.
_OPENING_MARKS = " \"'«“„("

# A count verb's subject after an opening prefix ranks after every prefix cue.
_AFTER_PREFIX = 16_000


def _holds_verb(
    sentence: _Clause,
    candidate: tuple[int, int, int, PhraseMatch, Span | None],
    verbs: list[PhraseMatch],
    lang: LanguageData,
) -> bool:
    """Whether a candidate source holds another reporting verb: "the Court said the
    figure covers people | reported missing", "the Red Crescent confirmed it had |
    recorded" are clauses, and the verb inside them has the subject."""
    _, s, e, cue, _ = candidate
    cleaned = source_span(sentence.text, sentence.folded, s, e, lang)
    if cleaned is None:
        return False
    # after its first word: a source that is itself a verb-like noun ("reports") is no clause
    return any(cleaned[0] < v.start and v.end <= cleaned[1] for v in verbs if v != cue)


def _after_indefinite(sentence: _Clause, s: int, lang: LanguageData) -> bool:
    """Whether an indefinite article (``[attribution] indefinites``: "a", "eine", "een",
    "un") stands before ``s``, past words trimmed off the source ("a new | report")."""
    words = source_words(lang)
    for _ in range(3):  # past trimmed words: "a | new | report"
        m = _TOKEN_BEFORE.search(sentence.folded, max(0, s - 24), s)
        if m is None:
            return False
        word = m.group().strip()
        if word in words.indefinites:
            return True
        if word not in words.trim:
            return False
        s = m.start()
    return False


def _earlier_before(sentence: _Clause, s: int, lang: LanguageData) -> int | None:
    """Where a word of ``[attribution] earlier_words`` right before ``s`` starts ("according
    to | earlier | estimates"), or None: such pointer nouns name another count."""
    words = source_words(lang)
    m = _TOKEN_BEFORE.search(sentence.folded, max(0, s - 24), s) if words.earlier else None
    if m is None:
        return None
    return m.start() if _earlier_word(m.group().strip(), words.earlier) else None


def _earlier_word(word: str, earlier: frozenset[str]) -> bool:
    """Whether the folded ``word`` is one of ``earlier`` ("stem*" for its inflected forms)."""
    return word in earlier or any(
        w.endswith("*") and len(w) > 3 and word.startswith(w[:-1]) for w in earlier
    )


def _bare_noun(sentence: _Clause, s: int, e: int, cue: PhraseMatch, lang: LanguageData) -> bool:
    """Whether the source is one pointer noun with no article before it, in a language
    that has articles ("Schätzungen zufolge", "according to estimates"): like "a
    report", it brings in estimates not named before and points back to no one, while
    "den Schätzungen zufolge", "alle ultime stime" point back."""
    words = source_words(lang)
    if not words.indefinites or len(sentence.text[s:e].split()) != 1:
        return False
    if words.roles.find(sentence.text[s:e], sentence.folded[s:e]):
        return False  # "the ministry" names a kind of source
    floor = cue.end if cue.end <= s else 0  # "according to | estimates": the cue is no article
    for _ in range(3):  # past trimmed words: "den | neuesten | Schätzungen"
        m = _TOKEN_BEFORE.search(sentence.folded, max(floor, s - 24), s)
        if m is None:
            return True
        word = m.group().strip()
        if word in words.determiners or word in lang.function_words:
            return False
        if word not in words.trim:
            return True
        s = m.start()
    return False


def _pointer_only(
    text: str,
    folded: str,
    found: tuple[int, int, PhraseMatch, Span | None, SourceKind],
    lang: LanguageData,
) -> bool:
    """Whether a "back" source is a pointer noun alone ("un nouveau bilan", "the
    report"), not a role that names a kind of source ("the ministry")."""
    a, b = found[0], found[1]
    words = source_words(lang)
    return bool(words.backs.find(text[a:b], folded[a:b])) and not words.roles.find(
        text[a:b], folded[a:b]
    )


def _capital_state(source: str, lang: LanguageData) -> str | None:
    """The state a source that is a bare capital stands for, or None: "Kiew zufolge",
    "Moscow says", "Londres estime" speak for a government (``places.toml`` capitals)."""
    keys = frame_words(lang.code).keys.get(name_key(source), ())
    data = place_data()
    for key in keys:
        place = data.places.get(key)
        if place is not None and place.capital:
            return data.country(key)
    return None


def _pointer_capital(source: str, folded: str, lang: LanguageData) -> str | None:
    """The state of a pointer noun told by its capital alone: "il bollettino di Kiev",
    "el informe de Londres" (``[attribution] back_nouns``, then function words and a
    capital); None when any other word names someone."""
    words = source_words(lang)
    backs = words.backs.find(source, folded)
    if not backs:
        return None
    first = min(m.start for m in backs)
    end = max(m.end for m in backs)
    if any(
        w not in words.determiners and w not in lang.function_words
        for w in re.findall(r"[^\W_]+", folded[:first])
    ):
        return None
    rest = re.findall(r"[^\W_]+", folded[end:])
    k = 0
    while k < len(rest) and (rest[k] in lang.function_words or rest[k] in words.determiners):
        k += 1
    if k == 0 or k >= len(rest):
        return None
    tail = source[end:]
    tail = tail[len(tail) - len(tail.lstrip()) :]
    for _ in range(k):
        tail = tail.split(None, 1)[1] if len(tail.split(None, 1)) > 1 else ""
    tail = tail.strip()
    if not tail or not tail[0].isupper():
        return None
    return _capital_state(tail, lang)


def state_pointer(source: str, lang: LanguageData) -> str | None:
    """The state a source speaks for when it names only that state: a bare capital
    ("Kiew zufolge"), or the state's name or adjective with nothing but nouns of an
    unnamed group or estimate beside it (``[attribution] group_nouns``: "the British
    analysts", "nach britischer Schätzung"). Such a phrase stands for a body of that
    state the article names elsewhere ("the United Kingdom's Ministry of Defence");
    None otherwise."""
    capital = _capital_state(source, lang)
    if capital is not None:
        return capital
    folded = fold(source)
    capital = _pointer_capital(source, folded, lang)
    if capital is not None:
        return capital
    data = place_data()
    states = {
        m.label
        for m in lang.entities.find(source, folded)
        if (place := data.places.get(m.label)) is not None and place.kind == "country"
    }
    if len(states) != 1:
        return None
    words = source_words(lang)
    nouns = words.groups.find(source, folded)
    if not nouns:
        return None  # "Russia", "the Pentagon", "US officials" speak for themselves
    covered = [(m.start, m.end) for m in [*lang.entities.find(source, folded), *nouns]]
    for m in re.finditer(r"[^\W_]+", folded):
        word = m.group()
        if word in words.determiners or word in lang.function_words:
            continue
        if not any(a <= m.start() < b for a, b in covered):
            return None  # another word names someone: "British Armed Forces Minister X"
    return next(iter(states))


def states_of(source: Attribution, lang: LanguageData) -> frozenset[str]:
    """The states whose body ``source`` names by more than the state ("der ukrainische
    Generalstab" -> ukraine); none for a state pointer itself ("Kiew"), nor for a press
    outlet named after a country ("Російська служба BBC", "the BBC Russian service")."""
    folded = fold(source.source)
    if state_pointer(source.source, lang) is not None or is_outlet(
        source.source, folded, 0, len(source.source), lang
    ):
        return frozenset()
    return frozenset(m.label for m in lang.entities.find(source.source, folded))


def bare_state(source: str, lang: LanguageData) -> str | None:
    """The state a source names and nothing more ("Ukraine", "die Ukraine", "Kiew", "the
    British analysts"), or None. A bare country speaks for itself where nothing else
    names who spoke ("Russia says"), but the same figure credited elsewhere to a body
    of that state ("military officials in Kyiv said") names who spoke for it."""
    pointer = state_pointer(source, lang)
    if pointer is not None:
        return pointer
    folded = fold(source)
    found = lang.entities.find(source, folded)
    data = place_data()
    states = {
        m.label
        for m in found
        if (place := data.places.get(m.label)) is not None and place.kind == "country"
    }
    if len(states) != 1:
        return None
    for m in re.finditer(r"[^\W_]+", folded):
        word = m.group()
        if word in source_words(lang).determiners or word in lang.function_words:
            continue
        if not any(e.start <= m.start() < e.end for e in found):
            return None  # another word names someone: "the Ukrainian General Staff"
    return next(iter(states))


def state_source(
    state: str, sources: Iterable[Attribution], lang: LanguageData
) -> Attribution | None:
    """The first of ``sources`` that names a body of ``state`` by more than the state
    ("der ukrainische Generalstab" for "Kiew"), or None."""
    return next((source for source in sources if state in states_of(source, lang)), None)


def _auxiliary_split(
    sentence: _Clause, s: int, e: int, cue: PhraseMatch, lang: LanguageData
) -> tuple[int, int, bool]:
    """The subject of a verb in a compound tense, within the words ``[s, e)`` before it.

    A passive auxiliary between them (``[attribution] passive_auxiliaries``: "were
    recorded", "wurden … gemeldet") makes the words before it the verb's object, so no
    source stands there (an empty span). A perfect auxiliary (``perfect_auxiliaries``:
    "Das Ministerium hat seine Angaben … aktualisiert") ends the subject; when nothing is
    named before it the subject follows it ("Am Freitag hat das Ministerium …"). The
    flag says a perfect auxiliary was found: the verb then closes its clause, and its
    subject may stand before the figure ("X hat am Montag 45 Fälle gemeldet")."""
    words = source_words(lang)
    if e <= s or not (words.passive or words.perfect):
        return s, e, False
    text, folded = sentence.text, sentence.folded
    toks = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", text[s : cue.start])]
    for k in range(len(toks) - 1, -1, -1):
        a, b = _word_bounds(text, toks[k])
        word = folded[a:b]
        if word in words.passive:
            return s, s, False
        if word in words.perfect:
            # the dozen words before the auxiliary, not before the verb: "Die Regierung
            # der Region … im Osten des Landes | hat diese Zahl aktualisiert"
            lo, hi = _np_before(sentence, a, lang)
            if (
                hi > lo
                and source_span(text, folded, lo, hi, lang) is not None
                and not _adverbial(sentence, lo, hi, lang)
            ):
                return lo, hi, True
            after = _trim_np(text[b:e], from_end=False)
            return b + after[0], b + after[1], True
    return s, e, False


_MAX_INSERTS = 2
_FIGURE_START = re.compile(r"(?<![^\W\d_])\d")  # a figure, not the digit of "B1 TV"
_MAX_INSERT_WORDS = 6


def _after_inserts(sentence: _Clause, pos: int, lang: LanguageData) -> Span:
    """The phrase after a verb once short comma-set inserts that name no one are passed
    ("said on Saturday, at a press briefing, | the deputy minister"), or an empty span."""
    text, folded = sentence.text, sentence.folded
    at = pos
    for _ in range(_MAX_INSERTS):
        comma = text.find(",", at, at + 80)
        if comma < 0:
            return pos, pos
        segment = text[at:comma]
        if (
            _FIGURE_START.search(segment)
            or len(segment.split()) > _MAX_INSERT_WORDS
            or lang.attribution_verbs.find(segment, folded[at:comma])
        ):
            return pos, pos
        if not _adverbial_words(text, folded, at, comma, lang):
            return pos, pos  # the words before the comma are no adverbial (or none)
        at = comma + 1
        s, e = _np_after(sentence, at, None, lang)
        if e > s and not _adverbial_words(text, folded, s, e, lang):
            cleaned = source_span(text, folded, s, e, lang)
            return (cleaned[0], cleaned[1]) if cleaned is not None else (pos, pos)
    return pos, pos


def _adverbial_words(text: str, folded: str, lo: int, hi: int, lang: LanguageData) -> bool:
    """Whether ``[lo, hi)`` opens with a preposition (a function word that is no article),
    a time word or a speaker-skip word: "on Saturday", "la B1 TV", "в субботу"."""
    m = re.search(r"\S+", text[lo:hi])
    if m is None:
        return False
    tok = (lo + m.start(), lo + m.end())
    a, b = _word_bounds(text, tok)
    word = folded[a:b]
    if word in source_words(lang).determiners:
        return False
    skip = lang.speaker_skip.match_at(folded, a, text)
    return (
        _is_function(folded, text, tok, lang)
        or _is_time_word(text, folded, tok, lang)
        or (skip is not None and skip.start == a)
    )


def _bare_prefix(
    sentence: _Clause, cue: PhraseMatch, prefixes: list[PhraseMatch], lang: LanguageData
) -> bool:
    """Whether a verb listed as a prefix cue too ("сообщает" for "…, сообщает Reuters")
    names no one after it, and so is read as a verb whose subject stands before it:
    "Администрация, …, сообщает, что …"."""
    if not any(p.start == cue.start and p.end == cue.end for p in prefixes):
        return False
    s, e = _np_after(sentence, cue.end, None, lang)
    return e <= s or source_span(sentence.text, sentence.folded, s, e, lang) is None


def _relative_word(sentence: _Clause, s: int, lang: LanguageData) -> bool:
    """Whether the phrase at ``s`` opens with a relative pronoun of ``[attribution]
    relatives`` ("căruia", "którego", "which"), after an article if any ("según | el
    cual", "selon | lequel" has none): the words right after a prefix cue, even when
    no source phrase is read there ("według którego zginęło 500 żołnierzy" runs into
    its figure)."""
    words = source_words(lang)
    if not words.relatives:
        return False
    m = _WORD.match(sentence.folded, s)
    if m is not None and m.group() in words.determiners:
        m = _WORD.match(sentence.folded, _skip_blanks(sentence.folded, m.end()))
    return m is not None and m.group() in words.relatives


# How far before an antecedent's phrase a verb that opens it may start ("a indiqué").
_VERB_BEFORE_REACH = 40


def _antecedent(sentence: _Clause, pos: int, lang: LanguageData) -> Span:
    """The source named right before the comma that precedes a prefix cue at ``pos``
    ("The Economist a publicat un studiu, | potrivit căruia …"), or an empty span."""
    text = sentence.text
    comma = text.rfind(",", 0, pos)
    if comma < 0 or text[comma + 1 : pos].strip():
        return pos, pos
    s, e = _np_before(sentence, comma, lang)
    lo = max(0, s - _VERB_BEFORE_REACH)
    for verb in lang.attribution_verbs.find_in(text, sentence.folded, lo, e):
        v_start, v_end = lo + verb.start, lo + verb.end
        if v_start <= s < v_end or (s <= v_start and not text[s:v_start].strip()):
            # "…, a indiqué l'agence, selon laquelle …": the subject after the verb
            s = _skip_blanks(sentence.folded, v_end)
    cited = _cited_one(sentence, s, e, lang) if e > s else None
    if cited is not None:
        s, e = cited  # "Gazeta cytuje ministra X, według którego": the one quoted
    elif e > s:
        s, e = _clause_subject(sentence, s, e, lang)  # "X a publicat un studiu" -> X
    cleaned = source_span(text, sentence.folded, s, e, lang) if e > s else None
    return (cleaned[0], cleaned[1]) if cleaned is not None else (pos, pos)


def _cited_one(sentence: _Clause, s: int, e: int, lang: LanguageData) -> Span | None:
    """The source after the last onward chain cue of ``[s, e)`` ("X cites | Y"), when
    it names someone, or None: the antecedent of a relative after "X quotes Y, according
    to whom" is Y, whom the clause ends with."""
    text, folded = sentence.text, sentence.folded
    cues = [c for c in lang.attribution_chain.find(text[s:e], folded[s:e]) if c.start > 0]
    if not cues:
        return None
    lo = s + cues[-1].end
    a, b = _trim_np(text[lo:e], from_end=False)
    found = source_span(text, folded, lo + a, lo + b, lang) if b > a else None
    return (found[0], found[1]) if found is not None else None


def _back_adverb(
    sentence: _Clause,
    claim_start: int,
    claim_end: int,
    lang: LanguageData,
    publisher: str | None = None,
    article: str | None = None,
) -> Attribution | None:
    """A sentence that names no source but says its figures are the last source's
    (``[attribution] back_adverbs``: "Demnach starben …", "According to these figures,
    …", "Selon ce bilan, …"): the adverb, marked to point back. An adverb that opens the
    clause after a colon whose clause names a body points to that body instead (see
    :func:`_colon_body`): "The farmers' union disagrees: by its count, …"."""
    words = source_words(lang)
    owns = words.own_counts.find(sentence.text, sentence.folded)
    owns += _possessive_counts(sentence, owns, lang)
    found = merge_matches(words.back_adverbs.find(sentence.text, sentence.folded) + owns)
    hits = [
        m
        for m in found
        if not (claim_start <= m.start < claim_end)
        and (m.start == 0 or not sentence.text[m.start - 1].isalnum())
        and (m.end >= len(sentence.text) or not sentence.text[m.end].isalnum())
    ]
    if any(m.start >= claim_end for m in hits):
        # "… plus de 3 800 morts, et jusqu'à 10 000 selon le maire de Derna, la ville la
        # plus touchée": after a cue that follows the figure, the adverb describes the
        # source that cue names (its apposition), not the figure before it
        cues = [
            c.start
            for c in [
                *lang.attribution_prefix.find(sentence.text, sentence.folded),
                *lang.attribution_verbs.find(sentence.text, sentence.folded),
            ]
            if c.start >= claim_end
        ]
        hits = [m for m in hits if m.start < claim_start or not any(c < m.start for c in cues)]
    if not hits:
        return None
    m = hits[0]
    said = sentence.text[m.start : m.end]
    body = _colon_body(sentence, m.start, lang)
    if body is not None:
        cue = PhraseMatch("prefix", m.start, m.end, said)
        return _make(sentence, body[0], body[1], cue, lang, [], publisher)
    if any(o.start == m.start and o.end == m.end for o in owns):
        owner = _own_count_owner(sentence, m, lang, publisher, article)
        if owner is not None:
            return owner
    return Attribution(
        source=said,
        start=sentence.offset + m.start,
        end=sentence.offset + m.end,
        cue=said,
        refers_back=True,
    )


_CLAUSE_OPENING = re.compile(r"(?:^|[,:;\u2013\u2014(]\s*)$")
_NOUN_AFTER = re.compile(r"\s+([^\W\d_][\w'\u2019-]*)")


def _possessive_counts(
    sentence: _Clause, listed: list[PhraseMatch], lang: LanguageData
) -> list[PhraseMatch]:
    """An opener of ``[attribution] pronoun_owned_figures`` with a possessive and any noun
    after it, at the start of a clause: "Nach seinen | Luftbildauswertungen sind es …",
    "d'après ses | relevés, …". Whatever the possessor measured or counted by (an
    instrument, an analysis, a survey), the figure is its; the listed phrases name only
    estimates and counts."""
    text, folded = sentence.text, sentence.folded
    found: list[PhraseMatch] = []
    for m in source_words(lang).own_openers.find(text, folded):
        if any(o.start <= m.start < o.end for o in listed):
            continue
        if not _CLAUSE_OPENING.search(text, 0, m.start):
            continue
        noun = _NOUN_AFTER.match(text, m.end)
        if noun is None:
            continue
        found.append(PhraseMatch("back", m.start, noun.end(), text[m.start : noun.end()]))
    return found


def _possessive_count(source: str, folded: str, lang: LanguageData) -> PhraseMatch | None:
    """``source`` whole as an opener of :func:`_possessive_counts` and its noun, or None."""
    m = source_words(lang).own_openers.match_at(folded, 0, source)
    noun = _NOUN_AFTER.match(source, m.end) if m is not None else None
    if noun is None or noun.end() < len(source.rstrip()):
        return None
    return PhraseMatch("back", 0, noun.end(), source[: noun.end()])


def _inside_own_count(sentence: _Clause, s: int, e: int, lang: LanguageData) -> bool:
    """Whether ``[s, e)`` lies inside a phrase of ``[attribution] pronoun_owned_figures``
    ("Selon | sa propre estimation", "Según su | propio recuento"): the words after the
    pronoun name an estimate, no one who made it."""
    own = source_words(lang).own_counts
    return any(m.start <= s and e <= m.end for m in own.find(sentence.text, sentence.folded))


# The most words before a body that opens a sentence ("And the union …") and the most a
# pronoun-owned estimate phrase's own clause may have before it.
_OPENER_WORDS = 3


def _own_count_owner(
    sentence: _Clause,
    m: PhraseMatch,
    lang: LanguageData,
    publisher: str | None,
    article: str | None,
) -> Attribution | None:
    """The owner of a possessive pronoun's estimate ("by its own count", "selon sa propre
    estimation", "nach eigener Zählung", ``[attribution] pronoun_owned_figures``) that no
    cue of its sentence credits: the body that opens the sentence before the phrase ("The
    union, by its own count, …"), else, when the phrase's clause names no one before it,
    the body that opens the sentence just before ("The union disputes the figures. | By
    its own count, 5,000 …"), not the last source credited in an earlier sentence. None
    (the phrase then points back to that last source) when neither opens with a body."""
    text = sentence.text
    cue = PhraseMatch("prefix", m.start, m.end, text[m.start : m.end])
    here = _opening_body(sentence, m.start, lang)
    if here is not None:
        return _make(sentence, here[0], here[1], cue, lang, [], publisher)
    if len(text[: m.start].split()) > _OPENER_WORDS or article is None or sentence.offset <= 0:
        return None
    if article[sentence.offset - 1 : sentence.offset] == "\n" and not _stop_before(
        article, sentence.offset
    ):
        return None  # a headline or a label before it: no clause with a subject
    lo = max(0, sentence.offset - MAX_SENTENCE_CHARS)
    window = article[lo : sentence.offset]
    spans = split_sentences(window, lang.months, lang.titles, lang.hedges)
    if not spans:
        return None
    a, b = spans[-1]
    raw = window[a:b]
    before = _Clause(raw, fold(raw), lo + a)
    body = _opening_body(before, len(raw), lang)
    if body is None:
        return None
    return _make(
        before, body[0], body[1], PhraseMatch("prefix", 0, 0, cue.phrase), lang, [], publisher
    )


def _stop_before(text: str, at: int) -> bool:
    """Whether the last mark before ``at``, blanks aside, ends a sentence (not a headline
    or label line). Read back from ``at``, not from a copy of all the text before it."""
    k = at
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] in ".!?\u2026"


def _opening_body(
    sentence: _Clause, stop: int, lang: LanguageData, *, at_verb: bool = False
) -> Span | None:
    """The body named by the words that open ``sentence`` (at most :data:`_OPENER_WORDS`
    words before its first word that names one, all function words), up to its verb (see
    :func:`_body_phrase_end`), before ``stop``: "The union | disputes the figures"."""
    text, folded = sentence.text, sentence.folded
    toks = [(w.start(), w.end()) for w in re.finditer(r"\S+", text[:stop])]
    first = next(
        (
            k
            for k, tok in enumerate(toks[: _OPENER_WORDS + 1])
            if _names_body(text, folded, *_word_bounds(text, tok), lang)
        ),
        None,
    )
    lead = toks[:first] if first is not None else []
    if lang.verb_first and lead:
        lead = lead[1:]  # "وتعترض | النقابة": the verb before its subject
    if first is None or not all(_is_function(folded, text, t, lang) for t in lead):
        return None
    toks = toks[first:]
    end = _subject_end(sentence, toks, lang, at_verb=at_verb)
    found = source_span(text, folded, toks[0][0], end, lang)
    if found is None or found[2] == "pronoun":
        return None
    return (found[0], found[1])


_NAME_GAP_WORDS = 2  # lower-case words of a foreign name between a function word and a capital


def _subject_end(
    sentence: _Clause, toks: list[Span], lang: LanguageData, *, at_verb: bool = False
) -> int:
    """Where the body phrase ``toks`` open, the subject of its clause, ends (see
    :func:`_body_phrase_end`). Where every noun is capitalised (``[frames]
    nouns_capitalised``: "Die Gewerkschaft | bestreitet die Zahlen") the verb is the first
    lower-case word that is no function word and names no body, unless a function word
    before it and a capital within ``_NAME_GAP_WORDS`` words after it hold it in a name
    ("Collectif des | éleveurs du | Vercors")."""
    if not frame_words(lang.code).nouns_capitalised:
        if at_verb:  # a sentence's opening subject: see _verb_phrase_end
            return _verb_phrase_end(sentence, toks, lang)
        return _body_phrase_end(sentence, toks, lang)
    text, folded = sentence.text, sentence.folded
    end = toks[0][1]
    k = 1
    while k < len(toks):
        bounds = _word_bounds(text, toks[k])
        if (
            text[bounds[0] : bounds[0] + 1].isupper()
            or _is_function(folded, text, toks[k], lang)
            or _names_body(text, folded, *bounds, lang)
        ):
            end = toks[k][1]
            k += 1
            continue
        later = next(
            (
                i
                for i in range(k + 1, min(len(toks), k + 1 + _NAME_GAP_WORDS))
                if _capitalised(text, toks[i])
            ),
            None,
        )
        if later is None or not _is_function(folded, text, toks[k - 1], lang):
            break
        end = toks[later][1]
        k = later + 1
    return end


# Marks that close the clause a back adverb's body is named in ("X disagrees: by its count").
_COLON_MARKS = (":", ";", "\u2013", "\u2014")


def _colon_body(sentence: _Clause, at: int, lang: LanguageData) -> Span | None:
    """The body named in the clause a colon (or a semicolon or a dash) closes right before
    the back adverb at ``at``: "В Общине русских-липован с этим не согласны: | по их
    подсчётам, …", "The farmers' union disagrees: | by its count, …". The pronoun of the
    adverb stands for that body, not for the last source of the sentences before. The body
    is the phrase from the first word of that clause that names a body (see
    :func:`_names_body`) up to the first lower-case word after it that names no body, is
    no function word and has no capitalised word after it ("disagrees", "conteste"). None
    when that clause names no body."""
    text, folded = sentence.text, sentence.folded
    head = text[:at].rstrip()
    if not head.endswith(_COLON_MARKS):
        return None
    stop = len(head) - 1
    if any(mark in head[:stop] for mark in _COLON_MARKS):
        return None  # the clause must be the sentence's first: "A; B: by its count"
    toks = [(w.start(), w.end()) for w in re.finditer(r"\S+", text[:stop])]
    first = next((k for k, tok in enumerate(toks) if _names_body(text, folded, *tok, lang)), None)
    if first is None:
        return None
    toks = toks[first:]
    cleaned = source_span(text, folded, toks[0][0], _subject_end(sentence, toks, lang), lang)
    return (cleaned[0], cleaned[1]) if cleaned is not None else None


def _body_phrase_end(sentence: _Clause, toks: list[Span], lang: LanguageData, head: int = 0) -> int:
    """Where the body phrase that ``toks`` open ends: before the first lower-case word
    after ``toks[head]`` that names no body, is no function word and has no capitalised
    word after it, the verb of the clause the phrase is the subject of ("The farmers'
    union | disagrees", "Le syndicat | conteste")."""
    text, folded = sentence.text, sentence.folded
    # capital[k]: whether a capitalised word stands at or after toks[k] (one pass)
    capital = [False] * (len(toks) + 1)
    for k in range(len(toks) - 1, -1, -1):
        capital[k] = capital[k + 1] or _capitalised_after_elision(text, toks[k])
    end = toks[head][1]
    for k, tok in enumerate(toks[head + 1 :], head + 1):
        word = folded[slice(*_word_bounds(text, tok))]
        if (
            not (
                capital[k]
                or _is_function(folded, text, tok, lang)
                or _names_body(text, folded, *_word_bounds(text, tok), lang)
            )
            or not word
        ):
            break
        end = tok[1]
    return end


def _verb_phrase_end(sentence: _Clause, toks: list[Span], lang: LanguageData) -> int:
    """Where the body phrase that ``toks`` open ends, as the subject of a sentence's first
    clause (:func:`leading_subject`): before the first lower-case word after ``toks[0]``
    that names no body, is no function word and holds no name (a
    function word before it and a capitalised word within ``_NAME_GAP_WORDS`` words at or
    after it: "Collectif des | éleveurs du | Vercors"), the verb of the clause the phrase
    is the subject of ("The farmers' union | disagrees", "Le syndicat | conteste"). A
    capital further on is no part of the subject: "La police | a fermé la route près de
    Lyon", "The governor | resigned on Monday"."""
    text, folded = sentence.text, sentence.folded
    end = toks[0][1]
    for k, tok in enumerate(toks[1:], 1):
        word = folded[slice(*_word_bounds(text, tok))]
        if not word:
            break
        if _capitalised_after_elision(text, tok) or _is_function(folded, text, tok, lang):
            end = tok[1]
            continue
        if _names_body(text, folded, *_word_bounds(text, tok), lang):
            end = tok[1]
            continue
        if not _is_function(folded, text, toks[k - 1], lang) or not any(
            _capitalised_after_elision(text, t) for t in toks[k + 1 : k + 1 + _NAME_GAP_WORDS]
        ):
            break
        end = tok[1]
    return end


# The most words of a role phrase before a name in apposition that opens a sentence
# ("The city's mayor, Jane Doe, disputes …").
_OPENER_ROLE_WORDS = 5


def _colon_opener(sentence: _Clause, before: int, lang: LanguageData) -> Span | None:
    """Who opens the sentence whose first colon stands before ``before`` (the figure or
    the cue of a subject pronoun): "The mayor, Jane Doe, disputes the figures: | 'the
    city has 2.1 million', she said". A subject pronoun of the sentence stands for that
    opener, not for the last source of the sentences before. The opener is the subject
    of the clause the colon closes, before a verb that names no one (see
    :func:`_subject_before_deed`: role nouns or capitalised words), or a role phrase of
    at most ``_OPENER_ROLE_WORDS`` words with a name between commas after it (see
    :func:`_appositive_name`) and a lower-case word, its verb, next. None when the
    colon is not the sentence's first mark of a clause or no such opener stands."""
    text = sentence.text
    colon = _clause_colon(text, before)
    if colon < 0 or any(mark in _CLOCK_COLON.sub("", text[:colon]) for mark in _COLON_MARKS):
        return None
    # a fronted time phrase is no part of the subject: "At noon | the mayor, …"
    start = _past_fronted_time(sentence, colon, lang)
    subject = _subject_before_deed(sentence, start, colon, lang)
    if subject is not None:
        cleaned = source_span(text, sentence.folded, *subject, lang)
        return (cleaned[0], cleaned[1]) if cleaned is not None and cleaned[2] != "pronoun" else None
    comma = text.find(",", start, colon)
    if comma < 0 or len(text[start:comma].split()) > _OPENER_ROLE_WORDS:
        return None
    start = _skip_blanks(sentence.folded, start)
    end = _appositive_name(sentence, start, comma, lang) or _appositive_role(
        sentence, start, comma, colon, lang
    )
    if end is None:
        return None
    rest = text[end:colon].lstrip(" ,")
    if not rest[:1].islower():
        return None  # "The mayor, Jane Doe, and …": no verb of hers right after the name
    return start, end


# A colon between two digits is a clock time's ("10:30"), not a clause's.
_CLOCK_COLON = re.compile(r"(?<=\d):(?=\d)")


def _clause_colon(text: str, before: int) -> int:
    """The first colon before ``before`` that closes a clause, or -1: the colon of a
    clock time ("At 10:30 the mayor … disputes the figures: …") is none."""
    at = text.find(":", 0, before)
    while at >= 0 and _CLOCK_COLON.match(text, at):
        at = text.find(":", at + 1, before)
    return at


# The most words of a time phrase that opens a sentence before its subject ("Late on
# Monday evening the mayor …").
_FRONTED_TIME_WORDS = 5
_CLOCK_WORD = re.compile(r"\d{1,2}(?:[:.h]\d{2})?[.,]?")


def _past_fronted_time(sentence: _Clause, hi: int, lang: LanguageData) -> int:
    """Where the sentence's words start after a time phrase that opens it (at most
    ``_FRONTED_TIME_WORDS`` words before ``hi``: function words, weekday and month
    names, parts of the day of ``[dates] day_parts``, relative days of ``[dates]
    relative`` and clock times, one of them no function word, an optional comma after
    it): "At noon | the mayor …", "Lundi soir, | le maire …". 0 when none opens it."""
    text, folded = sentence.text, sentence.folded
    toks = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[:hi])]
    k, past = 0, 0  # past: the index of the first word after the last time word
    while k < min(len(toks), _FRONTED_TIME_WORDS):
        s, e = toks[k]
        phrase = lang.day_parts.match_at(folded, s, text) or lang.date_relative.match_at(
            folded, s, text
        )
        if phrase is not None and phrase.start == s:
            k = next((j for j, t in enumerate(toks) if t[0] >= phrase.end), len(toks))
            past = k
        elif _is_time_word(text, folded, toks[k], lang) or _CLOCK_WORD.fullmatch(text, s, e):
            k = past = k + 1
        elif _is_function(folded, text, toks[k], lang):
            k += 1
            continue
        else:
            break
        if text[toks[k - 1][1] - 1] == ",":
            break  # "Lundi soir, | le maire …"
    return toks[past][0] if 0 < past < len(toks) else 0


def _appositive_role(
    sentence: _Clause, start: int, comma: int, colon: int, lang: LanguageData
) -> int | None:
    """Where a name-first opener ends when a role phrase follows it between commas
    ("Jane Doe, the mayor, disputes the figures: …"): the words before ``comma`` a
    person's name alone, then at most ``_OPENER_ROLE_WORDS`` words naming a role
    (``[attribution] role_nouns``) up to the next comma before ``colon``. None when
    the opener is no name and role."""
    text, folded = sentence.text, sentence.folded
    toks = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:comma])]
    if not 2 <= len(toks) <= _MAX_APPOSITION_WORDS:
        return None
    if leading_name_run(text, folded, toks, lang) != len(toks) - 1 or any(
        _is_time_word(text, folded, tok, lang) for tok in toks
    ):
        return None
    if lang.entities.find(text[start:comma], folded[start:comma]):
        return None  # a place: "Valencia, the regional capital, …"
    second = text.find(",", comma + 1, colon)
    if second < 0:
        return None
    role = text[comma + 1 : second]
    if not 1 <= len(role.split()) <= _OPENER_ROLE_WORDS:
        return None
    if not source_words(lang).roles.find(role, folded[comma + 1 : second]):
        return None
    return second


# Closing quotation marks: a verb right after one closes the quote it follows.
_QUOTE_CLOSERS = ("\u201d", "\u201c", "\u00bb", '"', "'", "\u2019")


def _bare_closing_verb(
    sentence: _Clause, verbs: list[PhraseMatch], claim_end: int
) -> PhraseMatch | None:
    """The reporting verb that closes the sentence right after the quote that holds the
    claim, with no subject written ("«… 2,1 millones …», dijo.", "…”, powiedział."):
    between the claim and the verb a closing quotation mark and no letter or digit, after
    the verb nothing but punctuation. None when no such verb stands."""
    text = sentence.text
    # only the verb that ends last can close the sentence: one look, linear in the text
    cue = max(verbs, key=lambda v: (v.end, -v.start), default=None)
    if cue is None or cue.start < claim_end:
        return None
    between = text[claim_end : cue.start]
    if (
        any(mark in between for mark in _QUOTE_CLOSERS)
        and not any(ch.isalnum() for ch in between)
        and not any(ch.isalnum() for ch in text[cue.end :])
    ):
        return cue
    return None


# Searched in a slice: starting only at a word's start keeps the search linear.
_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)['\u2019]?\s*$")
_CAPITALISED_BEFORE = re.compile(r"(?<![^\s\"'(\u201c\u201e\u00ab])[^\W\d_][\w.'\u2019-]*[ \t]+$")


def _in_clitic_idiom(sentence: _Clause, cue: PhraseMatch, lang: LanguageData) -> bool:
    """Whether ``cue`` lies inside an idiom that holds its words (``[toll_nouns]
    clitic_idioms``): "la commission a pris en compte 300 dossiers" counts nothing by
    "en compte", as "le collectif en compte 70" does."""
    idioms = lang.clitic_idioms
    lo = max(0, cue.start - _IDIOM_REACH)
    return any(
        lo + m.start <= cue.start and cue.end <= lo + m.end
        for m in idioms.find_in(sentence.text, sentence.folded, lo, cue.end)
    )


# How far before a cue an idiom that holds it may start ("prendre en compte").
_IDIOM_REACH = 30


def _name_part(text: str, cue: PhraseMatch) -> bool:
    """Whether a verb cue is written with a capital right after a capitalised word, and
    so is a word of a name: "the United States", "Islamic State" ("states")."""
    if not text[cue.start : cue.start + 1].isupper():
        return False
    m = _CAPITALISED_BEFORE.search(text, max(0, cue.start - 30), cue.start)
    return m is not None and text[m.start()].isupper()


# A word after an aspectual verb: the reporting verb it governs, in any form.
_ASPECT_WORD = re.compile(r"[ \t]*[^\W\d_][\w'\u2019-]*")
_ASPECT_GAP = re.compile(r"[ \t]*,?[ \t]*")


def _aspect_cues(sentence: _Clause, lang: LanguageData) -> list[PhraseMatch]:
    """Verbs of stance made of an aspectual or modal verb of ``[attribution] aspect_verbs``,
    at most one word (the reporting verb, in whatever form the first verb asks: "să
    susțină", "sosteniendo", "to claim") and a complementizer of ``[denials]
    complementizers``: "Primăria continuă să susțină că …", "the city hall continues to
    claim that …", "hält daran fest, dass …". The whole run is one cue, which takes the
    place of a listed verb inside it; its subject is the source."""
    words = source_words(lang)
    text, folded = sentence.text, sentence.folded
    out: list[PhraseMatch] = []
    for m in words.aspects.find(text, folded):
        ends = [m.end]
        word = _ASPECT_WORD.match(folded, m.end)
        if word is not None:
            ends.append(word.end())
        for at in ends:
            gap = _ASPECT_GAP.match(folded, at)
            pos = gap.end() if gap else at
            that = words.complementizers.match_at(folded, pos, text)
            if that is None or that.start != pos:
                continue
            if that.end < len(folded) and folded[that.end].isalnum():
                continue  # "that" must end a word: not "thatch"
            out.append(PhraseMatch(_STANCE, m.start, that.end, text[m.start : that.end]))
            break
    return out


# Opening quote marks that may stand between a value preposition and its figure.
_VALUE_MARKS = "\"'\u00ab\u201c\u201e\u2018"


def _value_next(sentence: _Clause, pos: int, claim_start: int, lang: LanguageData) -> bool:
    """Whether the words from ``pos`` to the figure at ``claim_start`` are one preposition
    of ``[attribution] value_prepositions`` (and blanks or opening quote marks): "l'estime
    | à « | plus de 60 millions", "la calcula | en | uns 2,1 milions". The verb before it
    puts the figure at a value; what stands between the verb and the preposition is its
    object."""
    values = source_words(lang).values
    if not values or not 0 <= pos <= claim_start:
        return False
    gap = sentence.folded[pos:claim_start].strip(" \t" + _VALUE_MARKS)
    return gap in values


def _after_article(text: str, folded: str, cue: PhraseMatch, lang: LanguageData) -> bool:
    """Whether a one-word cue follows an article or a possessive (``[attribution]
    possessives``), and so is a noun: "le chiffre", "la cifra", "the estimate", "zijn
    bericht". An article that is also an object pronoun before a
    verb (``[attribution] clitics``: "le" in "il le confirme") does not count."""
    if " " in text[cue.start : cue.end].strip():
        return False
    m = _WORD_BEFORE.search(folded[max(0, cue.start - 12) : cue.start])
    if m is None:
        return False
    word = m.group(1)
    words = source_words(lang)
    if word in words.possessives:
        return True  # "Toen Rutte zijn bericht op X plaatste": "his message", no verb
    return word in words.determiners and word not in lang.clitics


def _adverbial(sentence: _Clause, s: int, e: int, lang: LanguageData) -> bool:
    """Whether the phrase before a verb opens with a preposition of ``[attribution]
    adverbial_openers``: in a verb-second language ("In seinem Bericht sprach das
    Ministerium von …", "Voor Valencia meldt de regio …") it is an adverbial put first,
    and the verb's subject follows the verb."""
    openers = source_words(lang).adverbials
    first = re.match(r"\w+", sentence.folded[s:e]) if openers and e > s else None
    return first is not None and first.group() in openers


def _figure_head(sentence: _Clause, s: int, e: int, lang: LanguageData) -> bool:
    """Whether the phrase before a verb is headed by a toll word (``[tolls]``,
    ``[toll_nouns]``) or a noun of an amount (``[attribution] amount_nouns``): "Die
    russischen Gesamtverluste beziffert X auf …", "La cifra la dio X", "Die Einsparungen
    beziffert der Konzern auf …", "Ущерб оценивает компания в …" put the figure first,
    as the verb's object."""
    words = list(re.finditer(r"\S+", sentence.text[s:e]))[:_HEAD_WORDS]
    if not words:
        return False
    hi = s + words[-1].end()
    head, fhead = sentence.text[s:hi], sentence.folded[s:hi]
    return bool(
        lang.tolls.find(head, fhead)
        or lang.toll_nouns.find(head, fhead)
        or source_words(lang).amounts.find(head, fhead)
    )


def _counted_by_body(
    sentence: _Clause, s: int, e: int, a: int, b: int, claim_start: int, lang: LanguageData
) -> bool:
    """Whether a count phrase before a verb that names a body (``[attribution]
    role_nouns``: "El recompte provisional de l'Institut …") is the verb's subject and the
    phrase ``[a, b)`` after the verb its object: that phrase names no body and runs into a
    preposition of ``[attribution] value_prepositions`` right before the figure ("situa |
    la població de Bucarest | en | 1.716.000"). "Die Einsparungen beziffert der Konzern
    auf …" keeps its subject after the verb: the count before it names no one."""
    text, folded = sentence.text, sentence.folded
    return (
        _value_next(sentence, b, claim_start, lang)
        and _names_body(text, folded, s, e, lang)
        and not _names_body(text, folded, a, b, lang)
    )


def _official_count(sentence: _Clause, s: int, e: int, lang: LanguageData) -> bool:
    """Whether a toll phrase before a verb is called official (``[attribution]
    official_words``): "Ultimul bilanț oficial arată că …", "the official toll shows …"
    name an official count as the verb's subject, the source of the figures it shows,
    where a bare "Bilanțul arată …" only puts the figure first."""
    words = list(re.finditer(r"\S+", sentence.text[s:e]))[: _HEAD_WORDS + 1]
    if not words:
        return False
    hi = s + words[-1].end()
    return bool(source_words(lang).official.find(sentence.text[s:hi], sentence.folded[s:hi]))


# The word right before a cue, standing alone: "se" in "se estima", "s'" in "s'ha confirmat".
_REFLEXIVE_BEFORE = re.compile(r"(?<!\S)(\w+['\u2019-]?)\s*$")


def _passive_before(folded: str, cue: PhraseMatch, lang: LanguageData) -> bool:
    """Whether a passive auxiliary (``[attribution] passive_auxiliaries``) stands right
    before the verb: after "were recorded" come a place or an agent, never the subject
    that says the figure ("… victims were recorded in the Valencian Community")."""
    passive = source_words(lang).passive
    words = folded[max(0, cue.start - 16) : cue.start].split()
    return bool(passive) and bool(words) and words[-1] in passive


def _agent_next(folded: str, cue: PhraseMatch, lang: LanguageData) -> bool:
    """Whether an agent preposition (``[attribution] agent_prepositions``: "by", "par")
    follows the verb: "were recovered | by rescuers" names its doer."""
    m = _NEXT_WORD.match(folded, cue.end)
    return m is not None and m.group(1) in source_words(lang).agents


def _impersonal(folded: str, cue: PhraseMatch, lang: LanguageData) -> bool:
    """Whether a reflexive pronoun (``[attribution] reflexives``) stands right before the
    verb: "se han contabilizado 180", "s'ha confirmat" are impersonal and credit no one
    (the words before them are a place or a topic, never the verb's subject)."""
    reflexives = source_words(lang).reflexives
    if not reflexives:
        return False
    m = _REFLEXIVE_BEFORE.search(folded, max(0, cue.start - 12), cue.start)
    return m is not None and m.group(1).replace("\u2019", "'") in reflexives


# Matched at the start of a slice; the look-behind keeps a scan linear on long spaces.
_WORD_AFTER = re.compile(r"(?<!\s)\s+(\w+)\b")


def _other_particle(folded: str, cue: PhraseMatch, lang: LanguageData) -> bool:
    """A split verb's finite part whose clause ends with no particle of reporting.

    "Die Behörden gaben die Zahl der Toten mit 40 an" reports ("angeben");
    "1,6 Millionen Menschen gaben ihre Stimme ab" votes ("abgeben"), and
    "sie gaben nicht auf" gives up: ``[attribution] split_verbs`` report
    only when the clause closes with one of ``split_particles``.
    """
    words = source_words(lang)
    if fold(cue.phrase).strip() not in words.split_verbs:
        return False
    stop = _CLAUSE_END.search(folded, cue.end)
    clause = _WORD.findall(folded, cue.end, stop.start() if stop else len(folded))
    return not clause or clause[-1] not in words.split_particles


# Where a clause ends: a stop, or a dot or comma before a space (not "2.012", "1,6").
_CLAUSE_END = re.compile(r"[;:!?\n]|[.,](?=\s|\Z)")


def _impersonal_after(folded: str, cue: PhraseMatch, lang: LanguageData) -> bool:
    """Whether the word right after the verb is a pronoun of ``[attribution]
    impersonal_after``: "gab es", "gibt es" say "there was", and credit no one."""
    words = source_words(lang).impersonal_after
    m = _WORD_AFTER.match(folded[cue.end : cue.end + 16]) if words else None
    return m is not None and m.group(1) in words


# The first two words after a verb (a scan of a bounded slice).
_TWO_WORDS = re.compile(r"(?<!\s)\s+(\w+)(?:\s+(\w+))?")


def _raised(folded: str, cue: PhraseMatch, lang: LanguageData) -> bool:
    """Whether the words right after the verb are a phrase of ``[attribution]
    raising_after`` ("to have", "to be"): in "Russia said to have suffered …" or "the
    toll is reported to be 300" the verb is a passive of report whose subject is who
    the report is about; the verb credits no one."""
    phrases = source_words(lang).raising_after
    m = _TWO_WORDS.match(folded[cue.end : cue.end + 32]) if phrases else None
    if m is None:
        return False
    second = m.group(2)
    return m.group(1) in phrases or (second is not None and f"{m.group(1)} {second}" in phrases)


def _noun_before(folded: str, cue: PhraseMatch, lang: LanguageData) -> bool:
    """Whether a one-word cue is followed by a word of ``[attribution] noun_after``,
    which only follows a noun: "estimates of their toll", "reports of looting"."""
    words = source_words(lang).noun_after
    if not words or " " in folded[cue.start : cue.end].strip():
        return False
    m = _WORD_AFTER.match(folded[cue.end : cue.end + 16])
    return m is not None and m.group(1) in words


_APPOSITION = re.compile(
    r"[,\u060c][ \t]+([^,\u060c;:()\n]{2,60}?)[ \t]*(?=[,\u060c]|[.;]?[ \t]*$)"
)
_MAX_APPOSITION_WORDS = 5


_AND_NEXT = re.compile(r"(?<![ \t]),?[ \t]+([^\W\d_]{1,3})[ \t]+")
_COMMA_REACH = 80


def _second_appositive(
    sentence: _Clause, e: int, claim_start: int, claim_end: int, lang: LanguageData
) -> int | None:
    """Where a second role with its name, joined to the first by a short function word,
    ends: "ont annoncé le président de la région, Carlos Mazón, et le ministre de
    l'Intérieur, Fernando Grande-Marlaska" credits both speakers, as a plural verb says."""
    text, folded = sentence.text, sentence.folded
    m = _AND_NEXT.match(text, e)
    if m is None or folded[m.start(1) : m.end(1)] not in lang.function_words:
        return None
    p = m.end()
    comma = text.find(",", p, p + _COMMA_REACH)
    if comma < 0 or (p < claim_end and comma > claim_start):
        return None  # no role before a comma, or the figure inside the phrase
    return _appositive_name(sentence, p, comma, lang)


def _appositive_name(sentence: _Clause, s: int, e: int, lang: LanguageData) -> int | None:
    """Where a role-headed source ends when a person's name follows it between commas:
    "El presidente del Gobierno, Pedro Sánchez, ha anunciado" credits the role and the
    name ("…, Pedro Sánchez"), since the name is who the figure can be traced to."""
    text, folded = sentence.text, sentence.folded
    words = source_words(lang)
    head = list(re.finditer(r"\S+", text[s:e]))[:_HEAD_WORDS]
    hi = s + head[-1].end() if head else s
    if not head or not words.roles.find(text[s:hi], folded[s:hi]):
        return None
    m = _APPOSITION.match(text, e)
    if m is None:
        return None
    a = m.start(1)
    toks = [(a + w.start(), a + w.end()) for w in re.finditer(r"\S+", m.group(1))]
    if not 2 <= len(toks) <= _MAX_APPOSITION_WORDS:
        return None
    last = leading_name_run(text, folded, toks, lang)
    first = 0
    if last != len(toks) - 1 and not _connected_name(text, toks):
        # "Operator kabla, | spółka Nordlink, | mówi o": a role noun, its article, then
        # the name
        lead = _role_lead(text, folded, toks, lang)
        if (
            lead is None
            or leading_name_run(text, folded, toks[lead:], lang) != len(toks) - lead - 1
        ):
            return None  # not a name alone
        first, last = lead, len(toks) - 1
    lo, hi = toks[first][0], toks[-1][1]
    places = lang.entities.find(text[lo:hi], folded[lo:hi])
    if any(p.start == 0 and p.end >= hi - lo for p in places) or (places and last != len(toks) - 1):
        return None  # a place: "the governor, Valencia"
    if (
        _is_edge_junk(text, folded, toks[first], lang)
        or _is_edge_junk(text, folded, toks[-1], lang)
        or any(_is_time_word(text, folded, tok, lang) for tok in toks)
    ):
        return None  # a time phrase, no name: "السلطات المحلية، مساء الأحد،"
    return toks[-1][1]


def _role_lead(text: str, folded: str, toks: list[Span], lang: LanguageData) -> int | None:
    """How many words open ``toks`` as a role noun (``[attribution] role_nouns``) and its
    article ("the company", "spółka", "la société") before a name, or None."""
    roles = source_words(lang).roles
    for k in (1, 2):
        if k >= len(toks) - 0 or k > len(toks) - 1:
            break
        a, b = toks[0][0], toks[k - 1][1]
        if any(_capitalised(text, t) for t in toks[:k]):
            break
        found = roles.find(text[a:b], folded[a:b])
        if (
            found
            and found[-1].end >= b - a
            and all(_is_function(folded, text, t, lang) for t in toks[: k - 1])
        ):
            return k
    return None


def _connected_name(text: str, toks: list[Span]) -> bool:
    """Whether ``toks`` are a proper name whose capitalised words short lower-case
    connectors join ("Químiques del Francolí", "Bank of Valencia", "Casa da Moeda"): the
    first and last words capitalised, every other either capitalised or a connector of
    at most ``_CONNECTOR`` letters."""
    if len(toks) < 3 or not _capitalised(text, toks[0]) or not _capitalised(text, toks[-1]):
        return False
    return all(
        _capitalised(text, tok)
        or (text[tok[0] : tok[1]].isalpha() and tok[1] - tok[0] <= _CONNECTOR)
        for tok in toks[1:-1]
    )


# The most letters of a lower-case word that joins the words of a name ("del", "of").
_CONNECTOR = 3


_FIGURE_AFTER_VERB = re.compile(r"(?<![ \t])[ \t]*(?:[^\W\d_]{1,3}['\u2019]?[ \t]*)?\d")


def _verb_opens_claim(text: str, cue: PhraseMatch, claim_start: int, claim_end: int) -> bool:
    """Whether the figure's span opens with the whole verb, read as its qualifier: folded
    accents make "estime à 70.000" (estimates at) the qualifier "estimé à" (estimated at),
    yet the verb still credits its subject ("Le ministère estime à 70.000 …")."""
    return cue.start == claim_start and (
        _FIGURE_AFTER_VERB.match(text, cue.end, claim_end) is not None
    )


def _word_in_claim(text: str, cue: PhraseMatch, claim_start: int) -> bool:
    """Whether the figure's span opens with the cue's last word, a short preposition:
    "BBC geht von | von 146.000 bis 211.000 aus", "put the toll at | at least 300"."""
    last = text.rfind(" ", cue.start, cue.end) + 1
    return cue.start < last == claim_start and cue.end - last <= 4


def _agent_after(
    sentence: _Clause,
    start: int,
    end: int,
    kind: SourceKind,
    prefixes: list[PhraseMatch],
    sources: dict[int, Span],
    lang: LanguageData,
) -> tuple[int, int, SourceKind] | None:
    """The named agent of a pointer noun: "the latest figures | released by the ministry",
    "le dernier bilan | publié par le ministère", "i dati | forniti dall'Istituto" credit
    the ministry or the institute, not "the figures".

    ``[attribution] prefix`` holds the participle-and-agent cues ("published by",
    "publié par", "fornito da*"). The cue may follow the pointer phrase (a "back" source,
    commas between allowed) or stand inside the phrase found, after its pointer noun.
    """
    text, folded = sentence.text, sentence.folded
    backs = source_words(lang).backs
    for p in prefixes:
        if p.start not in sources or p.start < start:
            continue
        if start < p.start < end and lang.attribution_chain.match_at(folded, p.start, text):
            continue  # "die Agentur AFP | unter Berufung auf X": a relay's chain, no agent
        if p.start >= end:
            if kind != "back" or text[end : p.start].strip(" \t,"):
                continue
        elif p.start > start and not backs.find(text[start : p.end], folded[start : p.end]):
            # no pointer noun before the agent or in its cue ("figures released by"); an
            # agent cue that opens the phrase follows the pointer of the cue before it
            # ("według danych | opublikowanych przez …")
            continue
        cleaned = source_span(text, folded, *sources[p.start], lang)
        if cleaned is not None and cleaned[2] != "pronoun":
            return cleaned
    return None


# What ends a clause before a passive's figure: a stop, or a comma before a blank (the
# comma of "6,8" is a decimal one).
_CLAUSE_STOP = re.compile(r"[.;:!?\n]|,(?=\s)")
# The word right after a claim (an agent preposition: "by", "pelos", "dall'").
_NEXT_WORD = re.compile(r"(?<![ \t])[ \t]+([^\W\d_]+['\u2019]?)")


def _passive_agent(
    sentence: _Clause, claim_start: int, claim_end: int, lang: LanguageData, publisher: str | None
) -> Attribution | None:
    """The agent right after the figure of a passive clause, when no cue credits anyone:
    "the magnitude was estimated at 6.8 | by the USGS", "a magnitude foi estimada em 6,8
    | pelos serviços geológicos … e em 7 | pelo centro marroquino" credit each figure to
    the agent that follows it.

    ``[attribution] agent_prepositions`` lists the words that bring in the agent; a
    passive auxiliary of ``passive_auxiliaries`` must stand before the figure in its
    clause (no stop between), so "300 km by road" or "up 40 by Friday" credit no one.
    """
    text, folded = sentence.text, sentence.folded
    words = source_words(lang)
    if not words.agents or not words.passive:
        return None
    m = _NEXT_WORD.match(folded, claim_end)
    own = folded[claim_start:claim_end].split()
    if own and own[-1] in words.passive:
        aux_end: int | None = claim_end  # a back-reference's own: "Dies wurde | vom …"
    else:
        aux_end = m.end() if m is not None and m.group(1) in words.passive else None
    if aux_end is not None and (agent := _agent_before_verb(sentence, aux_end, lang, publisher)):
        return agent
    if m is None or m.group(1) not in words.agents:
        return None
    clause = max((m.end() for m in _CLAUSE_STOP.finditer(text, 0, claim_start)), default=0)
    before = {w.group() for w in _WORD.finditer(folded, clause, claim_start)}
    if not before & words.passive:
        return None
    cue = PhraseMatch("agent", m.start(1), m.end(1), m.group(1))
    return _agent_source(sentence, cue, lang, publisher)


# The most characters between a figure and the reporting participle that names its agent,
# another figure joined to it included ("the 21 deaths | and 18,900 cases | reported by").
_PARTICIPLE_GAP = 40


def _participle_agent(
    sentence: _Clause, claim_start: int, claim_end: int, lang: LanguageData, publisher: str | None
) -> Attribution | None:
    """The agent a reporting participle after the figure brings in, whoever the sentence
    credits: "…, the rights group said, far more than the 12 deaths | acknowledged by the
    government", "plus que les 21 morts | recensés par le ministère".

    The figure's own words say whose count it is, so they win over the sentence's
    reporting verb. A participle of ``[attribution] agent_participles`` follows the
    figure (or another figure joined to it by a word of ``[event_links] clause``), in
    its clause (no comma or stop between, at most ``_PARTICIPLE_GAP`` characters),
    and an ``agent_prepositions`` word follows it; the agent must name someone
    ("cases confirmed by laboratory tests" names no one: None). The agent ends before
    an auxiliary (:func:`_verb_after_agent`) or, with no stop, with its name or source
    noun (:func:`_after_name`): "les 120 cas recensés par le ministère de la Santé |
    concernent surtout des enfants".
    """
    words = source_words(lang)
    if words.participles.empty or not words.agents:
        return None
    text, folded = sentence.text, sentence.folded
    ends = [
        claim_start + m.end
        for m in words.participles.find(text[claim_start:claim_end], folded[claim_start:claim_end])
        if claim_start + m.end == claim_end
    ]  # the figure's own words end with the participle: "12 deaths confirmed | by"
    hi = min(len(text), claim_end + _PARTICIPLE_GAP)
    found = [(claim_end, end) for end in ends] + [
        (claim_end + m.start, claim_end + m.end)
        for m in words.participles.find(text[claim_end:hi], folded[claim_end:hi])
    ]
    for at, end in found:
        gap = text[claim_end:at]
        if _CLAUSE_STOP.search(gap):
            return None
        if _DIGIT.search(gap) and not any(
            j.start == _skip_blanks(folded, claim_end) - claim_end
            for j in lang.event_clause.find(gap, folded[claim_end:at])
        ):
            return None  # another figure, not joined to this one: its own participle
        agent = _NEXT_WORD.match(folded, end)
        if agent is None or agent.group(1) not in words.agents:
            continue
        cue = PhraseMatch("agent", agent.start(1), agent.end(1), agent.group(1))
        stop = _verb_after_agent(folded, agent.end(1), words)
        clause = _CLAUSE_STOP.search(text, agent.end(1))
        hi = min(clause.start() if clause else len(text), len(text) if stop is None else stop)
        # "the 120 cases reported by the health ministry | are mostly in children", "les
        # cas recensés par le ministère de la Santé | concernent …": the agent's phrase
        # runs on into the main clause's own verb, so it ends with the name (or source
        # noun) it opens with, as a phrase that runs into its figure does
        named = _after_name(text, folded, agent.end(1), hi, lang)
        stop = named if _ends_agent(text, folded, agent.end(1), named, lang) else stop
        return _agent_source(sentence, cue, lang, publisher, stop_at=stop)
    return None


def _ends_agent(text: str, folded: str, lo: int, pos: int, lang: LanguageData) -> bool:
    """Whether an agent's phrase from ``lo`` may end at ``pos``, where :func:`_after_name`
    ends it: not when all it keeps is one word of a name, no acronym, that opens the
    phrase, for the lower-case word after it may be an adjective that goes on with the
    name ("l'Istituto | nazionale di statistica", "Santé | publique France"); "il
    ministero della Salute | riguardano", "het RIVM | betreffen" end there."""
    toks = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"\S+", text[lo:pos])]
    while toks and _is_function(folded, text, toks[0], lang):
        toks = toks[1:]
    if len(toks) != 1 or _is_acronym(text, toks[0]):
        return True
    return not is_name_token(text, folded, toks[0], lang)


def _verb_after_agent(folded: str, pos: int, words: _SourceWords) -> int | None:
    """Where the clause's own verb phrase starts after a participle's agent: at its first
    auxiliary (``perfect_auxiliaries``, ``passive_auxiliaries``, ``predicate_openers``):
    "the 12 deaths confirmed by the ministry | were all in the north", "les 12 décès
    reconnus par le gouvernement | ont été sous-estimés"; None where none follows."""
    for m in _LETTERS.finditer(folded, pos):
        if _opens_verb_phrase(m.group(), words):
            return m.start()
    return None


# Words between a possessive mark and the count it owns ("the ministry's | latest | tally").
_POSSESSED_GAP = 2


def _possessed_count(
    sentence: _Clause, claim_start: int, claim_end: int, lang: LanguageData, publisher: str | None
) -> Attribution | None:
    """The owner of a count a possessive names in the figure's clause, when no cue
    credits anyone: "By the ministry's count, 40 people died", "The fire brigade's
    figures showed 40 homes destroyed", "Forty died, the ministry's figures showed".

    ``[attribution] possessive_marks`` ("'s") glue the owner to a pointer noun of
    ``back_nouns`` (count, tally, figures, data), at most :data:`_POSSESSED_GAP` words
    after the mark; the owner is the phrase before the mark and must name a body
    (:func:`source_span`). No clause stop (";", ":") may stand between the count and
    the figure, so a count in another clause credits nothing.
    """
    words = source_words(lang)
    if not words.possessive_marks:
        return None
    text = sentence.text
    best: tuple[int, Attribution] | None = None
    for mark in words.possessive_marks:
        at = text.find(mark, 0)
        while at >= 0:
            end = at + len(mark)
            nxt = text[end : end + 1]
            if at > 0 and text[at - 1].isalnum() and (not nxt or not nxt.isalnum()):
                made = _possessed_at(sentence, at, end, claim_start, claim_end, lang, publisher)
                if made is not None:
                    gap = claim_start - at if at < claim_start else at - claim_end
                    if best is None or gap < best[0]:
                        best = (gap, made)
            at = text.find(mark, end)
    return best[1] if best is not None else None


# The most characters an owned figure noun may stand before the figure it brings in,
# and the most words its owner may have.
_OWNED_REACH = 90
_OWNER_WORDS = 6
# What may stand around the link word between an owned figure's phrase and its figure.
_BRIDGE = " \t,:—–-"
_WORD_AT = re.compile(r"[^\W\d_]+['’]?")


def _bridge_start(folded: str, lo: int, hi: int, links: frozenset[str]) -> int:
    """Where the bridge before the figure at ``hi`` starts, no earlier than ``lo``:
    blanks, a comma or dash and at most one link word ("of", "de", "von") before it."""
    at = hi
    while at > lo and folded[at - 1] in _BRIDGE:
        at -= 1
    word = at
    while word > lo and (folded[word - 1].isalpha() or folded[word - 1] in "'’"):
        word -= 1
    if word < at and folded[word:at] in links and (word == lo or not folded[word - 1].isalnum()):
        at = word
        while at > lo and folded[at - 1] in _BRIDGE:
            at -= 1
    return at


def _owned_figure(
    sentence: _Clause, claim_start: int, lang: LanguageData, publisher: str | None
) -> Attribution | None:
    """The owner of the estimate noun that brings in the figure, which is the figure's
    source whatever else the sentence credits: "against the company's own figure of about
    180 million", "le chiffre du ministère, environ 2 000", "die eigene Zahl des
    Unternehmens von rund 180 Millionen", "по собственной оценке компании — 180".

    ``[attribution] owned_figures`` are the nouns of an estimate (figure, estimate,
    count, with their "own" forms); the owner is glued before one by a possessive mark
    ("the company's"), or follows it, after an ``owner_links`` word ("of the ministry",
    "du ministère"; none where the language lists none, a genitive: "компании"), in at most
    :data:`_OWNER_WORDS` words. Only blanks, a comma and one link word ("of", "de", "von")
    may part the noun's phrase from the figure, at most :data:`_OWNED_REACH` characters
    away. The owner must name someone (:func:`source_span`), never a pronoun: "the
    company's 180 employees" (no estimate noun) and "the ministry's budget of 2 million"
    (a thing owned) credit no one."""
    words = source_words(lang)
    if words.owned.empty:
        return None
    text, folded = sentence.text, sentence.folded
    lo = max(0, claim_start - _OWNED_REACH)
    for noun in words.owned.find(text, folded):
        if noun.start < lo or noun.end > claim_start:
            continue
        if noun.end < len(text) and text[noun.end].isalnum():
            continue
        span: tuple[int, int] | None = None
        unlinked = False  # the owner follows the noun with no link word
        bridge = _bridge_start(folded, noun.end, claim_start, words.owner_links)
        if bridge == noun.end:
            # "the company's own figure | of about 180 million": the owner before it
            head = text[: noun.start].rstrip()
            mark = next((k for k in words.possessive_marks if head.endswith(k)), None)
            if mark is None:
                continue
            at = len(head) - len(mark)
            s, e = _np_before(sentence, at, lang)
            dets = [
                m.start()
                for m in _WORD_AT.finditer(folded, s, e)
                if m.group() in words.determiners or text[m.start()].isupper()
            ]
            span = (dets[0] if dets else s, e)  # "against | the company's"
        else:
            # "le chiffre | du ministère | , environ 2 000": the owner after it
            a = _skip_blanks(folded, noun.end)
            if text[noun.end : a].strip():
                continue  # "За британськими підрахунками, | з початку …": another phrase
            first = _WORD_AT.match(folded, a)
            if first is not None and first.group() in words.owner_links:
                a = _skip_blanks(folded, first.end())
            elif words.owner_links and not lang.verb_first:
                if first is None or not first.group().endswith(words.owner_endings or ("\0",)):
                    continue  # "les chiffres | officiels": an adjective, no owner
                # "estimarea | băncii": a body in a genitive of ``[attribution]
                # owner_genitive_endings`` needs no link word (checked below)
                unlinked = True
            s, e = _np_after(sentence, a, bridge, lang)
            if text[e:bridge].strip(" \t,"):
                continue  # "szacunków Amerykanów | od początku wojny …": not the owner alone
            span = (s, e)
        s, e = span
        if e <= s or len(text[s:e].split()) > _OWNER_WORDS or re.search(r"\d", text[s:e]):
            continue
        found = source_span(text, folded, s, e, lang)
        if found is None or found[2] == "pronoun" or text[found[1] : e].strip(" .,"):
            continue  # "die Zahl der Toten | steigt auf": the owner must reach the figure
        if not (
            _names_body(text, folded, found[0], found[1], lang)
            or (
                found[2] == "name" and not unlinked and not frame_words(lang.code).nouns_capitalised
            )
        ):
            continue  # "the number of dead": the owner must be a body or a name
        cue = PhraseMatch("possessive", noun.start, noun.end, text[noun.start : noun.end])
        made = _make(sentence, found[0], found[1], cue, lang, [], publisher)
        return made if found[2] == "name" else attrs.evolve(made, refers_back=True)
    return None


def _possessed_at(
    sentence: _Clause,
    at: int,
    end: int,
    claim_start: int,
    claim_end: int,
    lang: LanguageData,
    publisher: str | None,
) -> Attribution | None:
    """:func:`_possessed_count` for the possessive mark at ``[at, end)``."""
    text, folded = sentence.text, sentence.folded
    if claim_start <= at < claim_end:
        return None
    lo, hi = (at, claim_start) if at < claim_start else (claim_end, at)
    if re.search(r"[;:]|\.\s", text[lo:hi]):
        return None  # another clause
    backs = source_words(lang).backs
    noun = None
    for k, m in enumerate(_GLUED_WORD.finditer(text, end, min(len(text), end + 40))):
        if k > _POSSESSED_GAP:
            break
        if (hit := backs.match_at(folded, m.start(), text)) is not None and hit.end >= m.end():
            noun = hit
            break
    if noun is None:
        return None
    s, e = _np_before(sentence, at, lang)
    if claim_end <= at:
        s = max(s, claim_end)  # "40 by | the ministry's count"
    found = source_span(text, folded, s, e, lang) if e > s else None
    if found is None or found[2] == "pronoun":
        return None
    cue = PhraseMatch("possessive", at, noun.end, text[at : noun.end])
    made = _make(sentence, found[0], found[1], cue, lang, [], publisher)
    return made if found[2] == "name" else attrs.evolve(made, refers_back=True)


def _agent_before_verb(
    sentence: _Clause, pos: int, lang: LanguageData, publisher: str | None
) -> Attribution | None:
    """The agent of a passive whose reporting participle closes the clause, the agent
    before it: "40 Tote wurden | von der Polizei bestätigt", "Dies wurde | vom
    Gouverneur bestätigt", "Dat werd | door de burgemeester bevestigd". ``pos`` is
    the end of the passive auxiliary right after the figure; an agent preposition
    must follow it, and a reporting verb (``[attribution] verbs``) must end the clause
    right after the agent's phrase, so "40 Tote wurden von den Fluten mitgerissen"
    (no reporting verb) credits no one."""
    text, folded = sentence.text, sentence.folded
    prep = _NEXT_WORD.match(folded, pos)
    if prep is None or prep.group(1) not in source_words(lang).agents:
        return None
    stop = _CLAUSE_STOP.search(text, prep.end())
    hi = stop.start() if stop else len(text)
    verb = next(
        (v for v in lang.attribution_verbs.find(text, folded) if prep.end() < v.start < hi),
        None,
    )
    if verb is None or text[verb.end : hi].strip():
        return None  # the verb must close the clause
    s, e = _np_after(sentence, prep.end(), verb.start, lang)
    found = source_span(text, folded, s, e, lang) if e > s else None
    if found is None or found[2] == "pronoun":
        return None
    cue = PhraseMatch("agent", prep.start(1), prep.end(1), prep.group(1))
    made = _make(sentence, found[0], found[1], cue, lang, [], publisher)
    return made if found[2] == "name" else attrs.evolve(made, refers_back=True)


def _agent_source(
    sentence: _Clause,
    cue: PhraseMatch,
    lang: LanguageData,
    publisher: str | None,
    *,
    apposition: bool = False,
    stop_at: int | None = None,
) -> Attribution | None:
    """The source an agent preposition ``cue`` brings in ("by the USGS"): the noun phrase
    after it (before ``stop_at`` when given), never a pronoun; a role or common noun
    refers back to a name before. With ``apposition`` a name set after it by a comma is
    the source's end ("the hospital's director, Abdul Rahim Mazi")."""
    text, folded = sentence.text, sentence.folded
    s, e = _np_after(sentence, cue.end, stop_at, lang)
    found = source_span(text, folded, s, e, lang) if e > s else None
    if found is None or found[2] == "pronoun":
        return None
    named = _appositive_name(sentence, found[0], found[1], lang) if apposition else None
    made = _make(sentence, found[0], named or found[1], cue, lang, [], publisher)
    return made if found[2] == "name" else attrs.evolve(made, refers_back=True)


# The most characters between a figure and the colon that opens a clause about it.
_ESTIMATE_GAP = 3


def _estimate_agent(
    sentence: _Clause, claim_end: int, lang: LanguageData, publisher: str | None
) -> Attribution | None:
    """The agent of a passive clause after a colon that names the figure by a pointer
    noun: "could be as many as 20,000: the estimate was made by the hospital's director,
    X" credits the director (``[attribution] back_nouns`` open the clause, a passive
    auxiliary and an agent preposition follow in it)."""
    text, folded = sentence.text, sentence.folded
    words = source_words(lang)
    colon = text.find(":", claim_end, claim_end + _ESTIMATE_GAP + 1)
    if colon < 0 or text[claim_end:colon].strip() or not words.agents or not words.passive:
        return None
    stop = _CLAUSE_STOP.search(text, colon + 1)
    end = stop.start() if stop else len(text)
    toks = [(w.start(), w.end()) for w in _WORD.finditer(folded, colon + 1, end)]
    k = 0
    while k < len(toks) and folded[toks[k][0] : toks[k][1]] in words.determiners:
        k += 1
    if k >= len(toks) or words.backs.match_at(folded, toks[k][0], text) is None:
        return None
    names = [folded[a:b] for a, b in toks[k + 1 :]]
    aux = next((i for i, w in enumerate(names) if w in words.passive), None)
    agent = next(
        (i for i, w in enumerate(names) if w in words.agents and aux is not None and i > aux),
        None,
    )
    if agent is None:
        return None
    a, b = toks[k + 1 + agent]
    cue = PhraseMatch("agent", a, b, text[a:b])
    return _agent_source(sentence, cue, lang, publisher, apposition=True)


# How far before its figure a deed verb may stand ("envía | 500 soldados más").
_DEED_REACH = 40


def _deed_actor(
    sentence: _Clause,
    claim_start: int,
    lang: LanguageData,
    publisher: str | None,
    claim_end: int | None = None,
) -> Attribution | None:
    """The body that does what the figure counts, when no cue credits anyone: "El Ejército
    envía 500 soldados", "Die Regierung schickte 500 Soldaten", "the UN is seeking $71
    million" are the Army's, the government's, the UN's own figures.

    ``[attribution] deed_verbs`` lists the verbs by which a body sends, deploys, mobilises
    or gives what it counts; the nearest one before the claim, with no other figure and no
    clause stop between, and a subject before it that names someone, credits that subject.
    It ranks after every cue, so "El Gobierno envía 500 soldados, según el ministro" stays
    the minister's; a pronoun subject ("Il a envoyé …") points back. In a perfect
    whose participle closes the clause after the figure ("Die Bundeswehr hat 500
    Soldaten in das Gebiet geschickt", "Defensie heeft 500 militairen gestuurd"), the
    subject stands before the auxiliary (see :func:`_perfect_deed`).
    """
    text, folded = sentence.text, sentence.folded
    words = source_words(lang)
    if words.deeds.empty:
        return None
    last = _last_deed(sentence, claim_start, lang)
    if last is not None:
        if not _deed_reaches(text, last, claim_start):
            return None
        cue, at = last, last.start
    else:
        perfect = _perfect_deed(sentence, claim_start, claim_end, lang)
        if perfect is None:
            return None
        cue, at = perfect
    s, e = _np_before(sentence, at, lang)
    found = source_span(text, folded, s, e, lang) if e > s else None
    if found is None or not _names_body(text, folded, found[0], found[1], lang):
        return None
    made = attrs.evolve(_make(sentence, found[0], found[1], cue, lang, [], publisher), deed=True)
    return made if found[2] == "name" else attrs.evolve(made, refers_back=True)


def _last_deed(sentence: _Clause, claim_start: int, lang: LanguageData) -> PhraseMatch | None:
    """The last deed verb (``[attribution] deed_verbs``) before the figure, if any."""
    deeds = source_words(lang).deeds
    before = [c for c in deeds.find(sentence.text, sentence.folded) if c.end <= claim_start]
    return before[-1] if before else None


def _deed_reaches(text: str, cue: PhraseMatch, claim_start: int) -> bool:
    """Whether the deed verb ``cue`` governs the figure at ``claim_start``: within
    ``_DEED_REACH`` characters, with no other figure and no clause stop between."""
    gap = text[cue.end : claim_start]
    return not (len(gap) > _DEED_REACH or _DIGIT.search(gap) or NP_STOP.search(gap))


def _pointer_doer(
    sentence: _Clause, a: int, b: int, claim_start: int, claim_end: int, lang: LanguageData
) -> Span | None:
    """The subject of the figure's deed verb (``[attribution] deed_verbs``, as
    :func:`_deed_actor` finds it) when it names a body by an acronym and no state
    ("FEMA has sent 1,200 staff to the region, the agency said" -> "FEMA"), for the
    pointer ``[a, b)`` after the figure; None for a phrase subject ("Los bomberos han
    enviado 40 efectivos, según la agencia": the agency may be a wire)."""
    text, folded = sentence.text, sentence.folded
    words = source_words(lang)
    if words.deeds.empty or not words.backs.find(text[a:b], folded[a:b]):
        return None
    cue = _last_deed(sentence, claim_start, lang)
    if cue is None or not _deed_reaches(text, cue, claim_start):
        return None
    s, e = _np_before(sentence, cue.start, lang)
    found = source_span(text, folded, s, e, lang) if e > s else None
    if found is None or found[2] != "name":
        return None
    s, e = found[0], found[1]
    toks = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", text[s:e])]
    if not any(_is_acronym(text, t) for t in toks) or bare_state(text[s:e], lang) is not None:
        return None
    if is_outlet(text, folded, s, e, lang):
        return None
    return s, e


def _perfect_deed(
    sentence: _Clause, claim_start: int, claim_end: int | None, lang: LanguageData
) -> tuple[PhraseMatch, int] | None:
    """The deed participle that closes the figure's clause and the start of the perfect
    auxiliary (``[attribution] perfect_auxiliaries``) before the figure, when the two
    frame it: "Die Bundeswehr hat | 500 Soldaten in das Gebiet | geschickt". The
    auxiliary stands within ``_DEED_REACH`` characters before the figure, and nothing
    between the figure and the participle is another figure or a clause stop ("Die
    Polizei hat 40 Menschen befragt, die 12 Täter festgenommen" credits no one)."""
    words = source_words(lang)
    if claim_end is None or not words.perfect:
        return None
    text, folded = sentence.text, sentence.folded
    later = [c for c in words.deeds.find(text, folded) if c.start >= claim_end]
    if not later:
        return None
    cue = later[0]
    between = text[claim_end : cue.start]
    if len(between) > _DEED_REACH or not _plain_gap(between):
        return None
    lo = max(0, claim_start - _DEED_REACH)
    aux = None
    for m in _LETTERS.finditer(folded, lo, claim_start):
        if m.group() in words.perfect:
            aux = m
    if aux is None:
        return None
    return (cue, aux.start()) if _plain_gap(text[aux.end() : claim_start]) else None


def _plain_gap(gap: str) -> bool:
    """Whether ``gap`` holds no figure, clause stop or comma: one clause's words."""
    return not (_DIGIT.search(gap) or NP_STOP.search(gap) or "," in gap)


def _names_body(text: str, folded: str, s: int, e: int, lang: LanguageData) -> bool:
    """Whether ``[s, e)`` names a body by a source noun of ``[attribution] role_nouns``
    or a name of ``[attribution.sources]`` ("the Army", "die Regierung", "the United
    Nations"), not a person or a state alone ("Kim a trimis 11.000 de soldați": a leader's
    deed is reported about, not by him). A role noun inside a place's name is a word of
    the name ("the West Bank", "Capo Verde"), unless it is the place's kind word
    ("la región de Murcia", "die Region Kursk": its administration speaks)."""
    words = source_words(lang)
    phrase, low = text[s:e], folded[s:e]
    return bool(
        any(not _in_place_name(phrase, low, m, lang) for m in words.roles.find(phrase, low))
        or words.sources.find(phrase, low)
        or _compound_roles(text, folded, s, e, lang)  # "die Katastrophenschutzbehörde"
    )


def _in_place_name(phrase: str, folded: str, word: PhraseMatch, lang: LanguageData) -> bool:
    """Whether the match ``word`` of ``phrase`` lies inside a known place's name
    (``lang/places.toml``) and is no place kind word of ``[frames] place_kinds`` or
    ``[attribution] region_nouns`` ("Bank" of "West Bank", not "región" of "región de
    Murcia")."""
    frames = frame_words(lang.code)
    if not any(
        m.start <= word.start
        and word.end <= m.end
        and frames.keys.get(name_key(phrase[m.start : m.end]))
        for m in frames.names.find(phrase, folded)
    ):
        return False
    kinds = [*frames.kinds.find(phrase, folded), *source_words(lang).regions.find(phrase, folded)]
    return not any(k.start < word.end and word.start < k.end for k in kinds)


# "Генштаб ЗСУ: Росія за добу втратила 920 військових", "Zelensky: 31,000 troops
# killed": a headline that opens with a short name and a colon credits it.
# The ``[scope]`` labels of a count's stage: a headline label of one names no source.
_COUNT_STAGES = frozenset({"provisional", "final"})
_COLON_HEAD = re.compile(r"[^\W\d_][^:\d\n]{0,48}?(?=:\s)")
_MAX_COLON_WORDS = 5


def _placed_phrase(text: str, folded: str, s: int, e: int, lang: LanguageData) -> bool:
    """Whether the phrase ``[s, e)`` opens with a place preposition (``[frames]
    place_prepositions``: "near", "cerca de", "bij") and names no body after it: "cerca de
    Puerto Montt", "near Port Lane" say where, never who ("near the port, the coastguard"
    names the coastguard). An entry that opens with a noun of people ("residents of",
    "vecinos de") is no preposition: "Residents of Oakham" speak."""
    lead = frame_words(lang.code).prepositions.match_at(folded, s, text)
    return (
        lead is not None
        and lead.start == s
        and lead.end < e
        and not _names_body(text, folded, s, e, lang)
    )


def _placed_topic(head: str, folded: str, lang: LanguageData) -> bool:
    """Whether a headline's label sets its topic in a place: a place preposition
    (``[frames] place_prepositions``) right before a place name after the first word
    ("Earthquake near Marrakech", "Floods in Valencia"), not a body of a place
    ("Минобороны России")."""
    words = frame_words(lang.code)
    for m in words.names.find(head, folded):
        before = folded[: m.start].rstrip()
        for p in words.prepositions.find(head[: len(before)], before):
            if p.end == len(before) and p.start > 0:
                return True
    return False


def _event_label(text: str, folded: str, first: Span, end: int, lang: LanguageData) -> bool:
    """Whether a headline's label before its colon opens with a noun of the kind of event
    the story tells (``[story_kinds]``: "Hurrikan Milton: …", "Storm Daniel: …",
    "Terremoto Marruecos: …"): the event is what the figures are about, never who gave
    them. A label that also names a body ("Earthquake Monitoring Centre: …") still speaks."""
    kind = lang.story_kinds.match_at(folded, first[0], text)
    if kind is None or kind.end < first[1] - 1:
        return False  # the noun must be the whole first word (an inflection aside)
    if kind.end - kind.start - len(fold(kind.phrase).rstrip("*").strip()) > _INFLECTION:
        return False  # a compound of the noun: "Erdbebenforscher" are researchers
    return not _names_body(text, folded, first[0], end, lang)


def _topic_subject(text: str, folded: str, s: int, e: int, lang: LanguageData) -> bool:
    """Whether the subject ``[s, e)`` of a headline's verb is a phrase of common nouns
    that names no one: no role noun, body or acronym (see :func:`_names_body`), and a
    word after its first one, neither a function word nor a name's particle
    (``name_particles``: "da Silva", "von der Leyen"), written in lower case ("Harz bark
    beetle damage revised up to …", "Forest loss in Bavaria recorded at …"), or set in a
    place by a place preposition ("Hagelschäden in Bayern", see :func:`_placed_topic`). Such a
    label is the topic of the figure, as a headline's label before a colon is (see
    :func:`_common_label`). A script without letter case (Arabic) tells nothing."""
    toks = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", text[s:e])]
    if len(toks) < 2 or _names_body(text, folded, s, e, lang):
        return False
    if any(_is_acronym(text, tok) for tok in toks):
        return False
    if _placed_topic(text[s:e], folded[s:e], lang):
        return True  # "Hagelschäden in Bayern aktualisiert auf …": a noun set in a place
    return any(
        text[tok[0]].islower()
        and not _is_function(folded, text, tok, lang)
        and not _is_particle(text, folded, tok, lang)
        for tok in toks[1:]
    )


# Letters an inflection adds to a ``[story_kinds]`` stem ("inundaci*" -> "inundaciones");
# more make a compound ("Erdbeben*" -> "Erdbebenforscher").
_INFLECTION = 4


def _event_subject(text: str, folded: str, s: int, e: int, lang: LanguageData) -> bool:
    """Whether the phrase ``[s, e)`` names the event itself by a ``[story_kinds]`` noun
    after its articles ("La DANA del 29 de octubre … encontró", "the storm found"): a
    flood, a quake or a hurricane is what the figures are about and reports nothing."""
    toks = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", text[s:e])]
    for tok in toks:
        if not _is_function(folded, text, tok, lang):
            if _event_label(text, folded, tok, e, lang):
                return True
            break
    # "A Parigi | il corteo ha contato …": a place before the article, the event after
    # it closing the phrase
    determiners = source_words(lang).determiners
    return (
        len(toks) >= 3
        and folded[toks[-2][0] : toks[-2][1]] in determiners
        and not _is_function(folded, text, toks[-3], lang)
        and _event_label(text, folded, toks[-1], e, lang)
    )


# Kinds of story (``[story_kinds]``) whose headlines quote a side by its bare name
# ("Zelensky: 31,000 troops killed in war"); in the others a lone word before the colon
# of a headline that names the event is where it happened.
_SIDED_KINDS = frozenset({"war", "protest"})


def _tells_sides(article: str, lang: LanguageData) -> bool:
    """Whether the article tells of a war or a protest (``[story_kinds]``), whose sides
    speak in headlines by their bare names ("Zelensky: …", "CGT : …")."""
    return _told_kinds(article, lang) & _SIDED_KINDS != frozenset()


@per_text  # each headline figure asks again
def _told_kinds(article: str, lang: LanguageData) -> frozenset[str]:
    return frozenset(k.label for k in lang.story_kinds.find(article, fold(article)))


_WORD = re.compile(r"\S+")
# A second label of a headline's pair, after the comma or semicolon that ends the first
# one's figure: "Rederij: 62 containers overboord, | Kustwacht: minstens 70".
_PAIRED_LABEL = re.compile(r"[,;]\s+(?=[^\W\d_][^:\d\n,;]{0,48}?:\s)")


def _paired_label(text: str, first_end: int, claim_start: int) -> tuple[re.Match[str], int] | None:
    """The last label of a pair of label-colon clauses ("Rederij: 62 …, Kustwacht:
    minstens 70", "Police: 330 arrests; union: more than 400") that opens after the
    first label's colon at ``first_end`` and ends before the claim at ``claim_start``,
    with where it starts; None when no second label stands before the claim. Each
    figure of such a pair is its nearest label's, not the first label's."""
    found: tuple[re.Match[str], int] | None = None
    for sep in _PAIRED_LABEL.finditer(text, first_end, claim_start):
        head = _COLON_HEAD.match(text, sep.end())
        if head is not None and head.end() < claim_start:
            found = (head, sep.end())
    return found


def _colon_speaker(
    sentence: _Clause,
    claim_start: int,
    lang: LanguageData,
    publisher: str | None,
    article: str | None = None,
) -> Attribution | None:
    """The name before a colon that opens the sentence, when the claim follows it.

    A lone word (no role noun, no acronym) before the colon of a headline whose words
    after it name a disaster of ``[story_kinds]`` (not a war or a protest, where sides
    speak by their names) is the place of the event, no source: "Wallis: Drei Tote bei
    Erdrutsch", "Valais : trois morts dans un glissement de terrain"; so is a label of
    any length that names no one by a role noun, an acronym or a body's name in an
    article (``article``, the whole text) that tells of no war and no protest at all:
    "Brenner : 900 véhicules bloqués", "Cyberattaque : trois hôpitaux paralysés", "Port
    congestion crisis: 900 containers stuck"; and one of common nouns in any article
    (see :func:`_common_label`). A
    label with a comma that no role noun opens is a clause of the story, no name:
    "Niger, liberati altri sette ostaggi: restano in 12".

    In a pair of labels ("Rederij: 62 containers overboord, Kustwacht: minstens 70") a
    figure after the second is the second label's, when the first speaks too (a pair of
    places, "Wallis: 3 Tote, Tessin: 2 Vermisste", names no source)."""
    text = sentence.text
    m = _COLON_HEAD.match(text)
    if m is None or m.end() >= claim_start:
        return None
    paired = _paired_label(text, m.end(), claim_start)
    if paired is None:
        return _label_speaker(sentence, m, 0, claim_start, lang, publisher, article)
    if _label_speaker(sentence, m, 0, m.end() + 1, lang, publisher, article) is None:
        return None
    second = text[paired[1] : paired[0].end()].strip()
    if _label_place(second, lang, article):
        return None  # "Polizei: 3 Tote, Tessin: 2 Vermisste": where, not who
    return _label_speaker(sentence, paired[0], paired[1], claim_start, lang, publisher, article)


def _label_place(label: str, lang: LanguageData, article: str | None) -> bool:
    """Whether the second label of a pair names a place: one the place data lists
    ("Geneva", "Ticino"), or a name the article sets after a place preposition
    (``[frames] place_prepositions``, at most one article between: "im Tessin", "in
    Geneva") - a guessed place, as the frame guesses one."""
    if not label or _names_place(label, lang):
        return True
    if article is None or not label[:1].isupper():
        return False
    words = frame_words(lang.code)
    folded_article, name = fold(article), fold(label)
    for p in words.prepositions.find(article, folded_article):
        pos = p.end
        for _ in range(2):
            while pos < len(article) and article[pos] == " ":
                pos += 1
            if folded_article.startswith(name, pos):
                end = pos + len(name)
                return end == len(article) or not article[end].isalnum()
            w = _WORD.match(folded_article, pos)
            if w is None or w.group() not in lang.determiners:
                break
            pos = w.end()
    return False


def _label_speaker(
    sentence: _Clause,
    m: re.Match[str],
    base: int,
    claim_start: int,
    lang: LanguageData,
    publisher: str | None,
    article: str | None,
) -> Attribution | None:
    """The speaker of the label ``m`` (before its colon, from ``base``) for a claim at
    ``claim_start`` (see :func:`_colon_speaker`)."""
    text, folded = sentence.text, sentence.folded
    toks = [(w.start(), w.end()) for w in _WORD.finditer(text, base, m.end())]
    if not toks or len(toks) > _MAX_COLON_WORDS:
        return None
    roles = source_words(lang).roles
    lead = folded[toks[0][0] : toks[0][1]].rstrip("'\u2019")
    # "Il sindaco: «…»", "Le préfet : …": an article before a role noun that speaks
    articled = len(toks) > 1 and lead in lang.determiners
    articled = articled and roles.match_at(folded, toks[1][0], text) is not None
    # the second label of a pair may be a role noun in lower case: "…, coastguard: 70"
    paired_role = base > 0 and roles.match_at(folded, toks[0][0], text) is not None
    if not articled and not paired_role and not is_name_token(text, folded, toks[0], lang):
        return None
    first = toks[0]
    role_head = articled or bool(roles.match_at(folded, first[0], text))
    if role_head:
        # "Alcalde de Derna, en Libia: …": a role that opens the headline speaks; its
        # name ends at the comma
        toks = [tok for tok in toks if "," not in text[first[0] : tok[0]]]
    elif any(_is_function(folded, text, tok, lang) for tok in toks):
        return None  # a topic label: "Inondations en Libye : …"
    elif "," in text[toks[0][0] : toks[-1][1]].rstrip(","):
        return None  # a clause of the story: "Niger, liberati altri sette ostaggi: …"
    elif len(toks) > 1 and _placed_topic(text[base : m.end()], folded[base : m.end()], lang):
        return None  # a topic label set in a place: "Earthquake near Marrakech: …"
    head = text[toks[0][0] : toks[-1][1]]
    if len(toks) > 1 and head.isupper():
        return None  # a shouted label: "STUNNING NUMBERS: …"
    if lang.toll_nouns.find(head, folded[toks[0][0] : toks[-1][1]]) or lang.tolls.find(
        head, folded[toks[0][0] : toks[-1][1]]
    ):
        return None  # "Primul bilanț: 296 de morți" names the figure, not its source
    if _measure_head(text, folded, toks, 0, lang):
        return None  # "Daily average: 98 micrograms", "Media zilnică: …" name the measure
    if not role_head and any(
        m.label in _COUNT_STAGES for m in lang.scope.find(head, folded[toks[0][0] : toks[-1][1]])
    ):
        return None  # "Final results: …", "Rezultate parțiale: …" name the count's stage
    if lang.topics.find(head, folded[toks[0][0] : toks[-1][1]]):
        return None  # "إعصار ليبيا: …", "Summit talks: …" name the story, not a source
    if _event_label(text, folded, toks[0], toks[-1][1], lang):
        return None  # "Hurrikan Milton: …", "Alluvione Libia: …" name the event
    if (
        len(toks) > 1
        and _event_label(text, folded, toks[-1], toks[-1][1], lang)
        and not _names_body(text, folded, toks[0][0], toks[-1][1], lang)
    ):
        return None  # "Verbier avalanche: …", "School food poisoning: …": the head noun last
    if not role_head and _role_modifies_head(text, folded, toks, lang):
        return None  # "Chisinau mayor race: …": the race is the topic, the mayor qualifies it
    # a label that names no one by a role noun, an acronym or a body's name
    # ("Agrarministerium", "Vigili del fuoco") is a name only if it is a person's or
    # an unlisted body's: see the article-wide checks below
    unnamed = (
        not role_head
        and not any(_is_acronym(text, tok) for tok in toks)
        and not _names_body(text, folded, toks[0][0], toks[-1][1], lang)
    )
    lone = unnamed and len(toks) == 1
    if lone:
        kinds = lang.story_kinds.find(text[m.end() :], folded[m.end() :])
        if any(k.label not in _SIDED_KINDS for k in kinds):
            return None  # "Wallis: Drei Tote bei Erdrutsch", "Kreta: dodental aardbeving …"
    end = toks[-1][1]
    if role_head:
        # "The farmers' union disagrees: …": the clause's verb ends the body's name; the
        # scan starts after the role phrase ("The electoral commission")
        role = roles.match_at(folded, toks[1][0] if articled else first[0], text)
        ends = [k for k, tok in enumerate(toks) if role is not None and tok[0] < role.end]
        cut = _body_phrase_end(sentence, toks, lang, ends[-1] if ends else 0)
        verb = next((tok for tok in toks if tok[0] >= cut), None)
        if verb is not None and text[_word_bounds(text, verb)[0]].islower():
            end = cut  # a script with no letter case ("الهلال الأحمر الليبي") keeps its words
    while end > toks[0][0] and not text[end - 1].isalnum():
        end -= 1  # "Alcalde de Derna," -> "Alcalde de Derna"
    cue = PhraseMatch("colon", m.end(), m.end() + 1, ":")
    if sentence.offset == 0 and _capital_state(text[toks[0][0] : end], lang) is not None:
        # "Киев: потери России …", "London: Bis zu 60.000 Tote": a headline's capital
        # speaks for a body of its state the article names (see resolve_back)
        return attrs.evolve(
            _make(sentence, toks[0][0], end, cue, lang, [], publisher), refers_back=True
        )
    place = lang.entities.match_at(folded, toks[0][0], text)
    if place is not None and place.end >= end:
        return None  # a dateline or place: "Libye : …", "Киев: …"
    if name_key(text[toks[0][0] : end]) in frame_words(lang.code).keys:
        return None  # a dateline of a place in lang/places.toml: "Derna: Nach dem …"
    if unnamed and not base and article is not None and not _tells_sides(article, lang):
        # "Brenner : …", "Dniestr : …", "Harbour strike wave: …", "Terugroepactie
        # Aurelia: …": a place or topic, no side's name
        return None
    if unnamed and _common_label(text, toks, article):
        return None  # "Criquets : …" in a story of their invasion: a common noun
    return _make(sentence, toks[0][0], end, cue, lang, [], publisher)


def _role_modifies_head(text: str, folded: str, toks: list[Span], lang: LanguageData) -> bool:
    """Whether a headline's label is a noun phrase whose role noun only qualifies its head,
    the last word: "Chisinau mayor race", "Kyiv police reform" tell of a race and a reform,
    not who gives the figures. The head is written in lower case and names an event or
    issue (``[attribution] label_topics``, or a ``[story_kinds]`` word: "race", "strike",
    "bid"), so a body's or a speaker's word there ("Ukrainian military command", "Kherson
    police station", "Kherson police commissioner", "Gaza health ministry", "Army
    statement", "Police figures") keeps the label a source, as does a verb of saying
    ("Romanian police say")."""
    if len(toks) < 2:  # a head and a word before it
        return False
    a, b = _word_bounds(text, toks[-1])
    if a >= b or not text[a].islower():
        return False
    words = source_words(lang)
    head, low = text[a:b], folded[a:b]
    if not any(
        m.start == 0 and m.end == len(head)
        for phrases in (words.label_topics, lang.story_kinds)
        for m in phrases.find(head, low)
    ):
        return False  # "Ukrainian military command", "Kherson police station": who speaks
    if (
        _names_body(text, folded, a, b, lang)
        or words.backs.find(head, low)
        or words.data.find(head, low)
        or lang.attribution_verbs.match_at(folded, a, text) is not None
    ):
        return False
    return _names_body(text, folded, toks[0][0], toks[-2][1], lang)


def _common_label(text: str, toks: list[Span], article: str | None) -> bool:
    """Whether a headline's label (``toks`` of ``text``) is a phrase of common nouns, not
    a name: a word after its first one is written in lower case ("Harbour strike wave",
    "Сезон подлёдного лова"), or the article (``article``, the whole text) writes its
    first word in lower case as a word of its own ("Criquets : …" beside "les criquets
    pèlerins"), a capital the headline's start alone gave it. A script without letter
    case (Arabic) tells neither."""
    if any(text[tok[0]].islower() for tok in toks[1:]):
        return True
    s, e = _word_bounds(text, toks[0])
    word = text[s:e]
    if article is None or not word[:1].isupper() or word.isupper():
        return False
    lower = word[:1].lower() + word[1:]
    return re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", article) is not None


def _names_source(text: str, folded: str, s: int, e: int, lang: LanguageData) -> bool:
    """True when the phrase after a verb names a source: "Reuters", "la Reuters", "the agency"."""
    if text[s : s + 1].isupper() or is_outlet(text, folded, s, e, lang):
        return True
    words = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", text[s:e])][:4]
    if words and is_name_token(text, folded, words[0], lang):
        return True  # an elided article glued to the name: "l'ONU", "dell'Oms"
    if (
        len(words) >= 2
        and _is_function(folded, text, words[0], lang)
        and is_name_token(text, folded, words[1], lang)
    ):
        return True
    # Languages without articles open the phrase with a lower-case title:
    # "poinformował brytyjski minister obrony Ben Wallace".
    return any(is_name_token(text, folded, w, lang) for w in words[1:])


def chain_continuation(
    text: str, folded: str, pos: int, hi: int, lang: LanguageData
) -> Span | None:
    """The source a chain cue right after ``pos`` adds: "Reuters reported, citing KCNA"."""
    gap = _CHAIN_GAP.match(text, pos, hi)
    at = gap.end() if gap else pos
    if at >= hi:
        return None
    hit = lang.attribution_chain.match_at(folded, at, text)
    if hit is None or lang.chain_passive.match_at(folded, at, text) is not None:
        return None
    s, e = np_after(text, folded, hit.end, hi, lang)
    return (s, e) if e > s else None


def _make(
    sentence: _Clause,
    s: int,
    e: int,
    cue: PhraseMatch,
    lang: LanguageData,
    outer: list[Span],
    publisher: str | None,
    more: Span | None = None,
) -> Attribution:
    text, folded = sentence.text, sentence.folded
    for mark in source_words(lang).possessive_marks:
        if e - len(mark) > s and text.endswith(mark, s, e):
            e -= len(mark)  # "according to the ministry's | latest count": the ministry
            break
    s, e = _past_data(text, folded, s, e, lang)
    e = _before_glued_figure(text, folded, s, e, lang)
    if cue.label in ("verb", _STANCE, _LINK) and cue.end <= s:
        e = _before_addressee(text, folded, s, e, lang)
    own = split_chain(text, folded, s, e, lang)
    src = min(own)  # the source the cue names, written first
    if more is not None:
        own = own + split_chain(text, folded, more[0], more[1], lang)
    spans: list[Span] = []
    for a, b in reversed(outer):
        spans.extend(split_chain(text, folded, a, b, lang))
    spans.extend(own)
    chain = tuple(text[a:b] for a, b in spans)
    outlet = next((text[a:b] for a, b in spans if is_outlet(text, folded, a, b, lang)), None)
    source = text[src[0] : src[1]]
    # The claim is the origin's when the sentence relays it by name ("Reuters,
    # citing KCNA"); an unnamed origin ("citing sources") says less than its relay.
    far = spans[-1] if len(spans) > 1 else src
    lead = lang.attribution_prefix.match_at(folded, far[0], text) if far != src else None
    if lead is not None and lead.end < far[1]:
        far = (_skip_blanks(folded, lead.end), far[1])  # "citing figures from the ministry"
    if far != src:
        far = _past_pointer(text, folded, far, lang)  # "сообщения | украинских военных"
    if far != src and unnamed_origin(text[far[0] : far[1]], lang):
        far = src
    credit = text[far[0] : far[1]]
    self_cited = False
    if publisher:
        pub, fsrc = fold(publisher).strip(), fold(credit)
        self_cited = bool(pub) and (pub in fsrc or fsrc in pub)
    return Attribution(
        source=source,
        start=sentence.offset + src[0],
        end=sentence.offset + src[1],
        cue=text[cue.start : cue.end],
        chain=chain,
        origin=chain[-1] if chain else None,
        outlet=outlet,
        self_cited=self_cited,
        credit=credit,
        credit_start=sentence.offset + far[0],
        credit_end=sentence.offset + far[1],
        stance=cue.label == _STANCE,
    )


_WORD = re.compile(r"[^\W\d_]+")


def _past_data(text: str, folded: str, s: int, e: int, lang: LanguageData) -> Span:
    """A source without the data noun that opens it, when its author follows: "dados da
    Defesa Civil" -> "Defesa Civil", "i dati della Protezione civile" -> "la Protezione
    civile"'s words, "datelor IGSU" -> "IGSU", "Данные МЧС" -> "МЧС" (``[attribution]
    data_nouns``, after at most an article). The figures are their author's: so one body
    reads as one source whether an article credits it or its data. A phrase with no
    author after the noun ("los datos oficiales", "their figures") stays as written."""
    words = source_words(lang)
    if words.data.empty:
        return s, e
    lead = _WORD.match(folded, s)
    a = s
    if lead is not None and lead.group() in words.determiners:
        a = _skip_blanks(folded, lead.end())
    hit = words.data.match_at(folded, a, text)
    if hit is None or hit.start != a or hit.end >= e:
        return s, e
    rest, found = _source_after_noun(text, folded, hit.end, e, lang)  # "dados da | Defesa Civil"
    if found is None or found[2] == "pronoun" or found[0] != rest:
        return s, e  # "los datos oficiales", "their figures"
    head = _WORD.match(folded, rest)
    if head is not None and head.group() in words.determiners:
        head = _WORD.match(folded, _skip_blanks(folded, head.end()))
    if head is None or not (
        is_name_token(text, folded, head.span(), lang)
        or words.roles.match_at(folded, head.start(), text) is not None
    ):
        return s, e  # "el recuento de | víctimas de X": what was counted follows the noun
    return found[0], found[1]


def _past_pointer(text: str, folded: str, span: Span, lang: LanguageData) -> Span:
    """A relayed origin without the pointer noun that opens it, when a source follows:
    "сообщения украинских военных" -> "украинских военных", "reports from the Ukrainian
    military" -> "the Ukrainian military" (the words' author, not their form)."""
    a, b = span
    words = source_words(lang)
    hit = words.backs.match_at(folded, a, text)
    if hit is None or hit.start != a or hit.end >= b:
        return span
    _, found = _source_after_noun(text, folded, hit.end, b, lang)  # "reports from | the military"
    if found is None or found[2] == "pronoun":
        return span
    return found[0], found[1]


def _source_after_noun(
    text: str, folded: str, at: int, end: int, lang: LanguageData
) -> tuple[int, tuple[int, int, SourceKind] | None]:
    """Where the words after a noun that stands before a source start (one linking word
    such as "of", "da", "from" skipped), and the source found there before ``end``."""
    words = source_words(lang)
    rest = _skip_blanks(folded, at)
    link = _WORD.match(folded, rest)
    if link is not None and (
        link.group() in words.noun_after or link.group() in lang.function_words
    ):
        rest = _skip_blanks(folded, link.end())
    return rest, (source_span(text, folded, rest, end, lang) if rest < end else None)


def unnamed_origin(name: str, lang: LanguageData) -> bool:
    """Whether a relayed origin names no one: "sources", "a person familiar with the
    matter" (``[attribution] unnamed_sources``). Such an origin says less than the
    outlet that relays it, so the outlet stays credited."""
    return bool(source_words(lang).unnamed.find(name, fold(name)))


def credited(attrib: Attribution) -> tuple[str, int, int]:
    """The source a claim is credited to and its article span: the origin of a
    relayed claim ("Reuters, citing KCNA" -> "KCNA"), else the source the cue names.
    The relay stays in ``chain``."""
    if attrib.credit is None or attrib.credit_start is None or attrib.credit_end is None:
        return attrib.source, attrib.start, attrib.end
    return attrib.credit, attrib.credit_start, attrib.credit_end


# The ``[predicates]`` label of taking part: a crowd whose event the article's kind tells.
TOOK_PART = "took_part"


def _nearest(matches: list[PhraseMatch], start: int, end: int) -> PhraseMatch | None:
    best: tuple[int, PhraseMatch] | None = None
    for m in matches:
        if m.end <= start:
            d = start - m.end
        elif m.start >= end:
            d = (m.start - end) + 5  # a verb before the figure is likelier its own
        else:
            continue
        if best is None or d < best[0]:
            best = (d, m)
    return best[1] if best else None


#: The events of a wind's speed ([predicates] in each language): the sustained wind and
#: its gusts, two readings that are never set against each other.
WIND_EVENTS = frozenset({"wind", "gusts"})


def wind_event(
    text: str,
    sentence_start: int,
    sentence_end: int,
    claim_start: int,
    claim_end: int,
    lang: LanguageData,
) -> tuple[str, str] | None:
    """The wind word nearest a speed in its sentence, as (event, predicate): a speed's
    event is the wind or the gust it measures, not another verb nearer to it ("Gusts
    reached 210 km/h" are gusts, never an arrival; "sustained winds of 150 km/h")."""
    raw = text[sentence_start:sentence_end]
    cs, ce = claim_start - sentence_start, claim_end - sentence_start
    winds = [
        m
        for m in lang.predicates.find(raw, fold(raw))
        if m.label in WIND_EVENTS and not (cs <= m.start < ce)
    ]
    near = _nearest(winds, cs, ce)
    return None if near is None else (near.label, raw[near.start : near.end])


def _time_scope(sentence: _Clause, start: int, end: int, lang: LanguageData) -> str | None:
    """The year phrase nearest the figure: "la sfârșitul anului 2024", "during 2024"."""
    best: tuple[int, str] | None = None
    for m in _YEAR.finditer(sentence.text):
        if start <= m.start() < end:
            continue
        begin = m.start()
        for phrases in (
            lang.year_words,
            lang.months_set,
            lang.date_frames,
            lang.year_words,
            lang.date_frames,
        ):
            hit = phrases.match_before(sentence.folded, begin, window=30)
            if hit:
                begin = hit.start
        distance = start - m.end() if m.end() <= start else m.start() - end
        if best is None or distance < best[0]:
            best = (distance, sentence.text[begin : m.end()])
    return best[1] if best else None


# Characters between a scope marker and the figure within which the marker is the figure's.
SCOPE_REACH = 80

#: The scope marker of a figure beside an "elsewhere" word: the rest outside a place
#: named before ("and 170 elsewhere"), added to that place's count.
ELSEWHERE = "elsewhere"

#: The scope marker of a count since the start of a calendar period ("since the start of
#: the winter", "с начала года", "en lo que va de año"): a running total over that span.
PERIOD_TOTAL = "period_total"
#: The scope marker of a count over a past calendar period ("last winter", "прошлой
#: зимой"): that period's total.
PAST_PERIOD = "past_period"
PERIOD_SCOPES = frozenset({PERIOD_TOTAL, PAST_PERIOD})

# What a period's phrase after its figure does not reach across: another clause.
_PERIOD_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def _period_reaches(
    raw: str, folded: str, start: int, end: int, cs: int, ce: int, lang: LanguageData
) -> bool:
    """Whether a ``[scope] period_total`` or ``past_period`` phrase at ``[start, end)`` is
    the figure's at ``[cs, ce)``: no other figure between them ("Since the start of the
    year, 230 were rescued, 48 of them on Saturday" gives 48 no period), and after the
    figure, no clause break between ("48 were lifted off on Saturday, bringing the total since the
    start of the winter to 230") and no comparison word right before the phrase
    (``[syntax] period_comparisons``: "2,000 were evacuated in the worst fire since last
    summer", "more than last winter" compare with that period, they do not count it), nor
    a link word after a comparative (``period_comparison_links`` after
    ``period_comparatives``: "230 personas más que el invierno pasado"); before it, the
    phrase opens its clause."""
    gap = raw[ce:start] if start >= ce else raw[end:cs]
    if any(ch.isdigit() for ch in gap):
        return False
    if start >= ce:
        if _PERIOD_BREAK.search(gap):
            return False
        if lang.period_comparisons.match_before(folded, start, window=32) is not None:
            return False
        # "que", "che": a comparison's link only after a comparative between the figure and
        # it ("230 personas más que el invierno pasado"), else a relative pronoun ("Son
        # 230 las personas que esta temporada han sido rescatadas")
        link = lang.period_comparison_links.match_before(folded, start, window=16)
        return link is None or not lang.period_comparatives.find_in(raw, folded, ce, link.start)
    # Before the figure, the phrase opens its sentence or clause (at most one word
    # before it: "Since the start of the winter, 230 …", "So far this season, …"); one
    # that qualifies a noun says when something else happened ("the strongest storm
    # this season, killed 30", "In the deadliest avalanche this winter, 5 …", "Worse
    # than last summer, …").
    breaks = list(_PERIOD_BREAK.finditer(raw, 0, start))
    opening = raw[breaks[-1].end() if breaks else 0 : start]
    return len(opening.split()) <= 1


# Scope labels that exclude each other: a figure already reached is not a plan.
_EXCLUSIVE_SCOPES = frozenset({"planned", "so_far"})


def _gap(start: int, end: int, cs: int, ce: int) -> int:
    """Characters between the span ``[start, end)`` and the figure ``[cs, ce)``."""
    return start - ce if start >= ce else cs - end


# How far back (characters) a clause word may end before a figure ("pero" of ", pero").
_CLAUSE_WORD_REACH = 24


def opens_clause(raw: str, folded: str, cs: int, lang: LanguageData) -> bool:
    """The figure at ``cs`` opens a clause of its own: right after a semicolon, or after a
    comma and a clause word (``[event_links] clause``: ", and some 450 firefighters", ",
    y unas 300 personas", ", und rund 450 Feuerwehrleute"); nothing else (no subject,
    no verb) stands between.

    The clause is the figure's: a verb of the clause before it ("have been evacuated")
    tells what happened to other people. A figure after a clause word with a subject
    between ("and the army 1,000 soldiers") shares the verb it leaves out, and keeps it.
    """
    j = cs
    while j > 0 and raw[j - 1] == " ":
        j -= 1
    if j > 0 and raw[j - 1] == ";":
        return True
    m = lang.event_clause.match_before(folded, j, _CLAUSE_WORD_REACH)
    if m is None or m.end != j:
        return False
    k = m.start
    while k > 0 and raw[k - 1] == " ":
        k -= 1
    return k > 0 and raw[k - 1] in ",;"


def context(
    text: str,
    sentence_start: int,
    sentence_end: int,
    claim_start: int,
    claim_end: int,
    lang: LanguageData,
    publisher: str | None = None,
    home: str | None = None,
) -> Context:
    """Read the context of the claim at ``[claim_start, claim_end)`` in its sentence.

    ``publisher`` is the article's own outlet, if known: a source that names
    it is marked ``self_cited``. ``home`` is the article's country key, the
    place of a "nationwide" figure.
    """
    raw = text[sentence_start:sentence_end]
    sentence = _Clause(raw, fold(raw), sentence_start)
    cs, ce = claim_start - sentence_start, claim_end - sentence_start
    counted: list[Span] = []  # "A província de Nampula registou …, segundo X": where
    attrib = attribution(sentence, cs, ce, lang, publisher, counted, text)
    predicates = [m for m in lang.predicates.find(raw, sentence.folded) if not (cs <= m.start < ce)]
    if opens_clause(raw, sentence.folded, cs, lang):
        # "1,200 people have been evacuated, and some 450 firefighters were fighting the
        # flames": a verb before the clause the figure opens is the other clause's
        predicates = [m for m in predicates if m.start >= ce]
    pred = _nearest(predicates, cs, ce)
    took_part = pred is not None and pred.label == TOOK_PART
    if took_part:
        pred = _nearest([m for m in predicates if m.label != TOOK_PART], cs, ce)
    if (
        pred is not None
        and moment_event(pred.label)
        and another_before(raw, sentence.folded, cs, lang)
    ):
        pred = None  # "another boat with 45 people on board": not the story's one moment
    scope_hits = [
        m
        for m in lang.scope.find(raw, sentence.folded)
        if not (cs <= m.start < ce)
        and (
            m.label not in PERIOD_SCOPES
            or _period_reaches(raw, sentence.folded, m.start, m.end, cs, ce, lang)
        )
    ]
    near = [(_gap(m.start, m.end, cs, ce), m.label) for m in scope_hits]
    labels = {label for gap, label in near if gap < SCOPE_REACH}
    if labels >= _EXCLUSIVE_SCOPES:
        # "already deployed" and "will join" cannot both hold: the nearer marker is the figure's.
        nearest = min((gap, label) for gap, label in near if label in _EXCLUSIVE_SCOPES)[1]
        labels -= _EXCLUSIVE_SCOPES - {nearest}
    if beside_elsewhere(raw, sentence.folded, cs, ce, lang):
        labels.add(ELSEWHERE)
    scope = sorted(labels)
    entities = lang.entities.find(raw, sentence.folded)
    outside = [
        m
        for m in entities
        if not (attrib and attrib.start - sentence_start <= m.start < attrib.end - sentence_start)
    ]
    anchor = pred.start if pred and pred.end <= cs else cs
    actor_hit = None
    for m in outside:
        if m.end <= anchor:
            actor_hit = m
    # The credited source's words name no place or side of the figure ("the ministry in London").
    source_span = [_source_words(raw, attrib, sentence_start, cs)] if attrib else []
    place, place_id, place_part = find_place(raw, sentence.folded, cs, ce, lang, source_span, home)
    if place_id is None and counted:
        where = place_as_source(raw[counted[0][0] : counted[0][1]], lang.code)
        if where is not None:
            place, place_id = where  # the place the count verb names, not the credit's
    return Context(
        attribution=attrib,
        event=pred.label if pred else None,
        predicate=raw[pred.start : pred.end] if pred else None,
        scope=tuple(scope),
        time_scope=_time_scope(sentence, cs, ce, lang),
        entities=tuple(sorted({m.label for m in entities})),
        actor=actor_hit.label if actor_hit else None,
        place=place,
        place_id=place_id,
        subject=find_subject(raw, sentence.folded, cs, ce, lang, source_span),
        place_part=place_part,
        took_part=took_part,
    )


@per_text  # a sentence with no figure is asked again as its paragraph's opening credit
def sentence_credit(
    text: str,
    sentence_start: int,
    sentence_end: int,
    claim_start: int,
    claim_end: int,
    lang: LanguageData,
    publisher: str | None = None,
) -> Attribution | None:
    """``context(...).attribution`` alone: the source the sentence credits for the claim
    at ``[claim_start, claim_end)`` (article offsets).

    Many readers want only the credit of a sentence (who a sentence with no figure
    of its own credits, a back-reference, a closing quotation mark); the rest of a
    context (its predicate, scope, entities, place and subject) costs about half as
    much again, for nothing there. The credit is the same as :func:`context` gives:
    it depends on none of the rest. Memoised on the article's text (``text``), the
    arguments given positionally: a credit is a frozen value.
    """
    raw = text[sentence_start:sentence_end]
    sentence = _Clause(raw, fold(raw), sentence_start)
    cs, ce = claim_start - sentence_start, claim_end - sentence_start
    return attribution(sentence, cs, ce, lang, publisher, [], text)


def _source_words(raw: str, attrib: Attribution, sentence_start: int, cs: int) -> Span:
    """The sentence span that describes the source: the name, and an apposition after it.

    In "Meduza, a Russian outlet now based in Latvia, says that at least
    75,000 …" the words between the name and its verb describe the source,
    so Latvia is not the figure's place.
    """
    s, e = attrib.start - sentence_start, attrib.end - sentence_start
    if not raw[e:].lstrip().startswith(","):
        return s, e
    cue = raw.find(attrib.cue, e, cs) if attrib.cue else -1
    return (s, cue) if cue > e else (s, e)


def _doer_fits(attrib: Attribution, lang: LanguageData) -> bool:
    """Whether the doer of ``attrib``'s figure may be the body its pointer means: a
    pointer that names a kind of body (``[source_kinds]``: "the ministry", a government
    body) means a doer of that kind only ("NATO has deployed 1,200 troops, the ministry
    said": NATO is no ministry); "the agency", which names none, any doer."""
    kind = named_source_kind(attrib.source, lang.code)
    return kind is None or (
        attrib.doer is not None and named_source_kind(attrib.doer.source, lang.code) == kind
    )


def resolve_back(
    attrib: Attribution,
    before: list[Attribution],
    lang: LanguageData,
    titles: Iterable[Attribution] = (),
) -> Attribution | None:
    """The source named before that ``attrib``'s words point back to, or None.

    ``before`` lists the sources named so far, in article order. A pronoun
    ("he", "it", "ele") takes the nearest; a role noun ("the ministry", "das
    Ministerium") the nearest whose name holds that noun ("the Interior
    Ministry"), else stays as written; a pointer noun ("the report", "la
    même source", "the agency") the nearest of ``titles`` (see
    :func:`report_titles`) that opens with the same noun ("el informe" ->
    "Informe de Diagnóstico del Plan …"), else the nearest source of any name.
    """
    if not attrib.refers_back:
        return attrib
    words = source_words(lang)
    folded = fold(attrib.source)
    titled = _titled(attrib, folded, titles, lang)
    if titled is not None:
        return titled
    state = state_pointer(attrib.source, lang)
    if state is not None:
        # "Kiew zufolge", "the British analysts": the last source of that state that
        # names more than the state ("der ukrainische Generalstab")
        prior = state_source(state, reversed(before), lang)
        if prior is not None:
            return attrs.evolve(prior, cue=attrib.cue, deed=attrib.deed)
        return attrs.evolve(attrib, refers_back=False)
    adverb = (
        words.back_adverbs.match_at(folded, 0, attrib.source)
        or words.own_counts.match_at(folded, 0, attrib.source)
        or _possessive_count(attrib.source, folded, lang)
    )
    if adverb is not None and adverb.end >= len(folded.rstrip()):
        # "Demnach …", "According to these figures, …": the last source named, or no one
        return attrs.evolve(before[-1], cue=attrib.cue, deed=attrib.deed) if before else None
    # the listed stem, not the inflected form: "Ministeriums" looks for "ministerium"
    roles = [fold(m.phrase).rstrip("*").strip() for m in words.roles.find(attrib.source, folded)]
    # an article glued to the noun: "الوزارة" is the "وزارة" of "وزارة الداخلية"
    roles += [
        head[len(d) :]
        for head in roles
        for d in words.determiners
        if head.startswith(d) and len(head) - len(d) >= 3 and head[len(d)].isalpha()
    ]
    extra = _pointer_modifiers(attrib.source, folded, lang) if roles else []
    other = False  # a body of the same noun was named, but another one
    for prior in reversed(before):
        name = fold(prior.source)
        if any(
            head and (head in name or _title_of(head, name, lang) or _inflected_in(head, name))
            for head in roles
        ):
            if not all(_holds_word(name, word) for word in extra):
                other = True
                continue  # "the regional health service" is not "the fire service"
            return attrs.evolve(prior, cue=attrib.cue, deed=attrib.deed)
    if other:
        return attrs.evolve(attrib, refers_back=False)  # a body of its own, as written
    role_at = min((m.start for m in words.roles.find(attrib.source, folded)), default=None)
    back_at = min((m.start for m in words.backs.find(attrib.source, folded)), default=None)
    if role_at is not None and back_at is not None and role_at < back_at:
        # "A oposição contesta o número": the body opens the phrase, the pointer noun
        # after it is what it spoke of; no one named before holds the body
        return attrs.evolve(attrib, refers_back=False)
    pronoun = lang.speaker_pronouns.match_at(folded, 0, attrib.source)
    if roles:
        pronoun = None  # a role phrase: folded "el" of "El Ejército" is no pronoun "él"
    if before and attrib.doer is not None and pronoun is None and _doer_fits(attrib, lang):
        # "FEMA has sent 1,200 staff, the agency said": no one named before holds the
        # noun; the body whose deed the figure counts is meant, not the last one named
        return attrs.evolve(attrib.doer, cue=attrib.cue, deed=attrib.deed)
    if roles and before and _other_body(before[-1], roles, lang):
        # "…, die Polizei von 2.500. Das Ministerium nannte 40": a noun both role and
        # pointer ("Ministerium") after a body of another role noun is a body of its own
        return attrs.evolve(attrib, refers_back=False)
    if before and (pronoun is not None or words.backs.find(attrib.source, folded)):
        # "Берлин подсчитал задержанных. … сообщает ведомство": a noun of a body points
        # to a body, never to a bare capital or state named before
        prior = before[-1] if pronoun is not None else _last_body(before, lang)
        if prior is not None:
            return attrs.evolve(prior, cue=attrib.cue, deed=attrib.deed)
    if pronoun is not None and pronoun.end >= len(folded.rstrip()):
        return None  # "he" with no one named before: no source
    if not roles and words.backs.find(attrib.source, folded):
        if words.official.find(attrib.source, folded):
            # "the latest official toll", "o balanço oficial" with no one named before:
            # an official count, credited as written
            return attrs.evolve(attrib, refers_back=False)
        return None  # "the report", "les données" with no one named before: no one named
    return attrs.evolve(attrib, refers_back=False)


def leading_subject(
    text: str, sentence_start: int, sentence_end: int, lang: LanguageData
) -> Attribution | None:
    """The body that opens the sentence at ``[sentence_start, sentence_end)`` as the
    subject of its first clause, when its verb is no cue (see :func:`_opening_body`):
    "Die Gewerkschaft | hält die Zahl für zu niedrig", "Le syndicat | juge ce chiffre
    trop bas". A pronoun of the next sentence stands for it (claims._build): "Sie spricht
    von 2000" is the union's figure. None when no body opens the sentence."""
    raw = text[sentence_start:sentence_end]
    stop = _CLAUSE_STOP.search(raw)
    sentence = _Clause(raw, fold(raw), sentence_start)
    body = _opening_body(sentence, stop.start() if stop else len(raw), lang, at_verb=True)
    if body is None:
        return None
    s = body[0]
    article = _WORD_BEFORE.search(raw, 0, s)
    if article is not None and fold(article.group(1)) in source_words(lang).determiners:
        s = article.start(1)  # "Le | syndicat": the article opens the subject
    return _make(sentence, s, body[1], PhraseMatch(_STANCE, 0, 0, ""), lang, [], None)


def lone_pronoun(attrib: Attribution, lang: LanguageData) -> bool:
    """Whether ``attrib`` is a subject pronoun alone ("Sie", "he", "ils"), pointing back."""
    if not attrib.refers_back:
        return False
    folded = fold(attrib.source)
    pronoun = lang.speaker_pronouns.match_at(folded, 0, attrib.source)
    return pronoun is not None and pronoun.end >= len(folded.rstrip())


def _last_body(before: list[Attribution], lang: LanguageData) -> Attribution | None:
    """The last of the sources ``before`` that names more than a state or its capital
    (see :func:`state_pointer`), or None."""
    return next((p for p in reversed(before) if state_pointer(p.source, lang) is None), None)


def _pointer_modifiers(source: str, folded: str, lang: LanguageData) -> list[str]:
    """The words of a role pointer that say which body it is, folded: those before its
    role noun ("the regional health | service") and those a function word links to it
    ("el servicio de | salud", "le service de | santé"). Not articles, function words,
    trimmed adverbs, places and states, nor an adjective right after the noun, which
    describes the body named before ("l'agenzia | comunitaria", "l'agence | onusienne")."""
    words = source_words(lang)
    roles = words.roles.find(source, folded)
    if not roles:
        return []
    covered = [(m.start, m.end) for m in roles]
    # a state's name or adjective tells whose body, not which ("o ministério marroquino")
    covered += [(m.start, m.end) for m in lang.entities.find(source, folded)]
    covered += [(m.start, m.end) for m in frame_words(lang.code).places(source, folded)]
    out = []
    linked = False  # a function word stands between the role noun and this word
    for m in _WORD.finditer(folded):
        word = m.group()
        if any(a <= m.start() < b for a, b in covered):
            continue
        if word in words.determiners or word in lang.function_words or word in words.trim:
            linked = linked or m.start() >= roles[0].end
            continue
        if m.start() < roles[0].start or linked:
            out.append(word)
    return out


# Letters two words share at their start to be one stem ("ukrainian" ~ "ukraine").
_SHARED_STEM = 5


def _addressee_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """The tail of a speaker's phrase that says whom it spoke to: a word of ``[attribution]
    addressees`` ("a", "à l'", "tegen", "der"), at most one more word ("la agencia",
    "persbureau", glued to an elided mark: "all'agenzia"), then the end, where a press
    outlet starts."""
    marks = sorted({fold(w).strip() for w in words if w.strip()}, key=len, reverse=True)
    if not marks:
        return None
    alts = "|".join(re.escape(m) for m in marks)
    # an elided mark takes its word glued on: "all'agenzia Reuters"
    return re.compile(rf"(?:^|\s)({alts})(?:(?<=')\S+|\s+\S+)?\s*$")


def _before_addressee(text: str, folded: str, s: int, e: int, lang: LanguageData) -> int:
    """Where a speaker named after its verb ends when the outlet it spoke to follows it:
    "…, dijo un portavoz de los bomberos | a la agencia EFE", "…, a déclaré un porte-parole
    des pompiers | à l'AFP", "…, zei een woordvoerder van de brandweer | tegen persbureau
    ANP". The outlet is told, not a source; the speaker before it must hold a role noun
    ("einem Bericht der Zeitung X" is the paper's report)."""
    words = source_words(lang)
    if words.addressee is None:
        return e
    for m in lang.outlets.find(text[s:e], folded[s:e]):
        at = s + m.start
        tail = words.addressee.search(folded, s, at)
        if tail is None or tail.end() != at:
            continue
        cut = tail.start(1)
        kept = text[s:cut].rstrip()
        if kept and words.roles.find(kept, folded[s : s + len(kept)]):
            return s + len(kept)
        return e
    return e


#: How far before a verb of showing its data noun may stand ("Official figures | show").
_SHOWN_REACH = 40


def _shown_by_data(sentence: _Clause, cue: PhraseMatch, lang: LanguageData) -> bool:
    """Whether ``cue`` is a reporting verb here: any verb but one of showing (``[attribution]
    show_verbs``), which reports only after a data or report noun in its clause ("Official
    figures show 1,200 cases", "Los datos oficiales muestran …"): "Satellite images show
    300 destroyed homes" credits no one."""
    words = source_words(lang)
    if fold(cue.phrase).strip() not in words.show:
        return True
    text, folded = sentence.text, sentence.folded
    lo = max(0, cue.start - _SHOWN_REACH)
    cut = max(text.rfind(",", lo, cue.start), text.rfind(";", lo, cue.start))
    lo = max(lo, cut + 1)
    return bool(
        words.data.find(text[lo : cue.start], folded[lo : cue.start])
        or words.backs.find(text[lo : cue.start], folded[lo : cue.start])
    )


def _other_body(prior: Attribution, roles: list[str], lang: LanguageData) -> bool:
    """Whether ``prior`` names a body only by role nouns none of ``roles`` is ("die
    Polizei" when the pointer says "das Ministerium"): its phrase is those role nouns
    with their determiners, the function words that join them and a possessive mark
    ("a farmers' union", "un sindicato de agricultores"), no name beside them, so it
    cannot be the body the pointer means."""
    words = source_words(lang)
    folded = fold(prior.source)
    found = words.roles.find(prior.source, folded)
    if not found or any(head and head in folded for head in roles):
        return False
    rest = folded
    for m in sorted(found, key=lambda m: m.start, reverse=True):
        rest = rest[: m.start] + " " + rest[m.end :]
    return all(_joining_word(w, words, lang) for w in rest.split())


def _joining_word(word: str, words: _SourceWords, lang: LanguageData) -> bool:
    """Whether a folded word left between role nouns names nothing: a determiner, a
    function word ("de", "d'", "of"), or a mark with no letter (the "'" of "farmers'")."""
    if not any(ch.isalpha() for ch in word):
        return True
    bare = word.rstrip("'\u2019")
    return any(w in words.determiners or w in lang.function_words for w in (word, bare))


# Letters at its end by which a listed form of a role noun may differ from the form a
# name writes it in ("авиакомпании" ~ "авиакомпания", "operatorului" ~ "operatorul").
_CASE_ENDING = 2


def _inflected_in(head: str, name: str) -> bool:
    """Whether the folded ``name`` holds the one-word role noun ``head`` in another case:
    a word that shares all but the last :data:`_CASE_ENDING` letters of each with it
    ("по данным авиакомпании" points back to "Авиакомпания Baltavia"), the stem longer
    than :data:`_SHARED_STEM` letters, and all but at most one letter of the shorter:
    case forms part at their ending ("авиакомпани|и", "operatorul|ui"), while two nouns
    of one stem part before it ("minist|er", "minist|ry": the minister is no ministry)."""
    if " " in head or len(head) - _CASE_ENDING <= _SHARED_STEM:
        return False
    for word in _WORD.findall(name):
        shared = next((i for i, (a, b) in enumerate(zip(head, word, strict=False)) if a != b), None)
        shared = min(len(head), len(word)) if shared is None else shared
        if (
            shared >= len(head) - _CASE_ENDING
            and shared >= len(word) - _CASE_ENDING
            and shared >= min(len(head), len(word)) - 1
        ):
            return True
    return False


def _holds_word(name: str, word: str) -> bool:
    """Whether the folded ``name`` holds ``word`` or a word of its stem (its first
    :data:`_SHARED_STEM` letters, when it has more)."""
    if word in name:
        return True
    if len(word) <= _SHARED_STEM:
        return False
    return any(w[:_SHARED_STEM] == word[:_SHARED_STEM] for w in _WORD.findall(name))


def _titled(
    attrib: Attribution, folded: str, titles: Iterable[Attribution], lang: LanguageData
) -> Attribution | None:
    """The nearest title of ``titles`` whose head is the pointer noun of ``attrib``
    ("el informe" -> "Informe de Diagnóstico …"), or None; a role noun ("the ministry")
    or a longer phrase is left to the other rules."""
    words = source_words(lang)
    if len(folded.split()) > _MAX_BACK_WORDS or words.roles.find(attrib.source, folded):
        return None
    heads = {fold(m.phrase).rstrip("*").strip() for m in words.backs.find(attrib.source, folded)}
    for title in reversed(list(titles)):
        head = fold(title.source).split(" ", 1)[0]
        if head in heads:
            return attrs.evolve(title, cue=attrib.cue, deed=attrib.deed)
    return None


# Words of a title after its head noun ("Informe de Diagnóstico del Plan …").
_TITLE_WORDS = 16
# A word with its glued apostrophes and hyphens ("l'AFP", "Grande-Marlaska").
_GLUED_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def report_titles(
    text: str, folded: str, s_start: int, s_end: int, lang: LanguageData
) -> list[Attribution]:
    """The titles of reports a sentence names: a pointer noun of ``[attribution]
    back_nouns`` written with a capital inside the sentence and followed by another
    capitalised word, through lower-case function words ("la presentación del Informe
    de Diagnóstico del Plan de Recuperación"). A pointer noun of a later sentence that
    is the title's head ("el informe") means this report, not the last source named.
    Only languages with ``[attribution] report_titles`` (not German, which capitalises
    every noun) read titles so.
    """
    words = source_words(lang)
    if not words.report_titles:
        return []
    out: list[Attribution] = []
    lead = s_start + len(text[s_start:s_end]) - len(text[s_start:s_end].lstrip(_OPENING_MARKS))
    for m in words.backs.find(text[s_start:s_end], folded[s_start:s_end]):
        start = s_start + m.start
        if start <= lead or not text[start].isupper():
            continue
        end, capitals, at = s_start + m.end, 0, s_start + m.end
        for _ in range(_TITLE_WORDS):
            w = _GLUED_WORD.match(text, _skip_blanks(folded, at), s_end)
            if w is None or text[at : w.start()].strip():
                break  # a comma, a bracket or a figure ends the title
            word = folded[w.start() : w.end()]
            if text[w.start()].isupper():
                capitals += 1
                end = w.end()
            elif word not in lang.function_words and word not in lang.name_particles:
                break
            at = w.end()
        if capitals:
            out.append(Attribution(source=text[start:end], start=start, end=end, cue=""))
    return out


def report_named(
    text: str, folded: str, s_start: int, s_end: int, attrib: Attribution, lang: LanguageData
) -> bool:
    """Whether a sentence that credits the figures before it names a report or count past
    its opening words (``[attribution] back_references``, then a ``back_nouns`` noun):
    "Такие данные приводятся в докладе, представленном ООН" names the UN's report though
    its source ("ООН") names only who made it, so the paragraph after goes on with it."""
    if attrib.refers_back:
        return False
    sentence = text[s_start:s_end]
    lead = len(sentence) - len(sentence.lstrip(_OPENING_MARKS))
    opening = lang.back_references.match_at(folded[s_start:s_end], lead, sentence)
    start = s_start + (opening.end if opening is not None else lead)
    return bool(source_words(lang).backs.find(text[start:s_end], folded[start:s_end]))


def figure_pointer(
    text: str, folded: str, s_start: int, s_end: int, lang: LanguageData
) -> int | None:
    """Where a sentence names the figure told before it by a demonstrative and a count noun
    (``[attribution] demonstratives``, ``[toll_nouns]``: "diese Zahl", "this figure",
    "esta cifra") ahead of any figure of its own, or None: in "Die Regierung … hat diese
    Zahl aktualisiert" the verb's subject gave the figure just told."""
    demonstratives = source_words(lang).demonstratives
    if not demonstratives:
        return None
    digit = _DIGIT.search(text, s_start, s_end)
    limit = digit.start() if digit is not None else s_end
    for m in lang.toll_nouns.find(text[s_start:limit], folded[s_start:limit]):
        at = s_start + m.start
        before = _WORD_BEFORE.search(folded, max(s_start, at - 24), at)
        if before is not None and before.group(1) in demonstratives:
            return at
    return None


def _title_of(head: str, name: str, lang: LanguageData) -> bool:
    """Whether the folded ``name`` holds, as a word with its dot, a title abbreviation of
    ``[attribution] titles`` that the role noun ``head`` spells out: "generał" points
    back to "gen. Eirik Kristoffersen", "profesor" to "prof. Jan Nowak"."""
    for title in lang.titles:
        if len(title) >= 2 and head.startswith(title) and head != title:
            at = name.find(title + ".")
            if at == 0 or (at > 0 and not name[at - 1].isalnum()):
                return True
    return False


def source_id(source: str, lang: LanguageData) -> str | None:
    """The normalised key of a credited source, the same across spellings and languages.

    The key of ``[attribution.sources]`` when an alias is found in the phrase
    ("NIS", "serviciile de informații sud-coreene" -> "kr_nis"); otherwise
    the phrase folded, its leading function words dropped and its words
    joined by "_" ("the Libyan Red Crescent" -> "libyan_red_crescent"), so
    two spellings that differ only in case, accents or article still meet.
    """
    key = source_key(source, lang)
    if key is not None:
        return key
    words = re.findall(r"[^\W_]+", fold(source))
    while words and (words[0] in lang.function_words or words[0] in source_words(lang).trim):
        words.pop(0)
    return "_".join(words) or None
