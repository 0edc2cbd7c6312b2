"""Turn an article into claims: extraction plus context, sentence by sentence."""

from __future__ import annotations

import bisect
import functools
import re
import time
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from .._codes import ClaimKind, Qualifier
from .._fold import fold
from .._gc import collector_paused
from .._phrases import PhraseSet
from ..extract._context import (
    ELSEWHERE,
    TOOK_PART,
    Attribution,
    Context,
    bare_state,
    context,
    credited,
    figure_pointer,
    leading_subject,
    lone_pronoun,
    report_named,
    report_titles,
    resolve_back,
    sentence_credit,
    source_id,
    source_words,
    state_pointer,
    states_of,
    wind_event,
)
from ..extract._document import Document
from ..extract._events import event_at
from ..extract._frame import (
    area_event,
    city_pointed_back,
    compass_holder,
    find_aftershock,
    find_as_of,
    find_as_of_month,
    find_rate,
    find_status,
    illness_after,
    lost_as_before,
    lost_verb_before,
    place_as_source,
    place_headed_by,
)
from ..extract._quantities import BEFORE_REACH, extract_quantities, spelled_count_of_a_noun
from ..extract._quantity import Quantity
from ..extract._quotes import quotes_in
from ..extract._sentences import soften_line_breaks
from ..ingest._article import Article
from ..lang import (
    LanguageData,
    concept,
    crowd_event,
    crowd_unit,
    get_language,
    head_event_unit,
    participation_unit,
    rainfall_unit,
)
from ..lang._data import base_unit
from ..lang._places import COMPASS_SEP, frame_words, listed_elsewhere
from ._breakdown import SOURCE_FIELDS, credit_breakdown
from ._denials import disputes, mark_denials
from ._frames import PlaceRelation, relate_keys
from ._hours import clock_before
from ._model import ISO_DAY, Claim
from ._names import headline_stems, names_near
from ._press import nearest_outlet, press_pointer
from ._published import narrow_published
from ._rivals import credit_other_bodies, lend_rival_places, mark_readings
from ._sexes import sex_breakdown
from ._sole import mark_sole
from ._statements import (
    events_of_repeats,
    fronted_unit,
    mark_parts,
    mark_sums,
    mark_thresholds,
    places_of_headlines,
    units_carried,
    units_from_relatives,
    unlend_places,
    with_companions,
)

#: The default per-article time budget of :func:`crosscheck.report`, in seconds.
#: Work per article is linear in its length, so an ordinary article takes well
#: under a second; the budget is the last guard against input no bound foresaw.
DEFAULT_TIME_BUDGET = 60.0


class TooComplexError(Exception):
    """Extracting an article's claims went over its time budget.

    Internal: :func:`crosscheck.report` catches it and records the article as
    skipped with ``skipped.too_complex``; the rest of the batch goes on.
    """

    def __init__(self, article: str, budget: float) -> None:
        super().__init__(article, budget)
        self.article = article
        self.budget = budget

    def __str__(self) -> str:
        return f"extracting article {self.article!r} took more than its {self.budget:g} s budget"


class _Deadline:
    """When an article's extraction must stop; checked between sentences and mentions.

    ``clock`` is injectable (a fake monotonic clock in tests), so whether an
    article is skipped never depends on the speed of the machine under test.
    """

    __slots__ = ("article", "at", "budget", "clock")

    def __init__(self, article: str, budget: float | None, clock: Callable[[], float]) -> None:
        self.article, self.budget, self.clock = article, budget, clock
        self.at = None if budget is None else clock() + budget

    def check(self) -> None:
        """Raise :class:`TooComplexError` once the budget is spent."""
        if self.at is not None and self.clock() > self.at:
            raise TooComplexError(self.article, self.budget or 0.0)


def _is_claim(q: Quantity, sentence: str, lang: LanguageData, *, hedged: bool = True) -> bool:
    # A figure is worth checking when the text says what it counts, or wrote
    # it in digits; "cele două state" (the two states) is not a news figure,
    # "trois hôpitaux publics" (a number word above two heading its own plural
    # noun) is.
    if q.kind == "ordinal":
        return False
    if q.unit is not None:
        return True
    small = q.qualifier == "exact" and q.low is not None and q.low < 10
    if not small and any(ch.isdigit() for ch in q.text):
        return True
    if hedged and _hedged_words(q, sentence, lang):
        return True
    return spelled_count_of_a_noun(sentence, q, lang)


# The least value of a figure in words that a hedge or a bound makes a news figure.
_HEDGED_WORDS_LEAST = 10


def _hedged_words(q: Quantity, sentence: str, lang: LanguageData) -> bool:
    """Whether ``q``, a count in words with no unit, is hedged or bounded and of ten or
    more: "Una sessantina sono stati fatti salire …", "une quarantaine de loups", "around
    forty wolves", "more than twenty" give a figure as digits would ("some 40 wolves");
    a bare number word ("tre", "dos de sus jaulas") still needs its noun, and a vague word
    ("thousands of …") its unit. Its clause must go on after it (its noun, or its verb as
    the subject): "a man of about fifty." and "aged around forty," give an age, as does a
    figure after ``[numbers] age_before`` ("âgé d'une cinquantaine"), and one before
    ``[numbers] period_nouns`` a duration ("for more than ten seasons")."""
    if q.kind != "count" or q.qualifier in (Qualifier.EXACT.value, Qualifier.VAGUE.value):
        return False
    value = q.low if q.low is not None else q.high
    if value is None or value < _HEDGED_WORDS_LEAST:
        return False
    after = sentence[q.end :].lstrip()
    if not after or after[0] in _CLAUSE_END:
        return False  # "a man of about fifty.", "aged around forty,": an age
    words = _number_words(lang.code)
    folded = fold(sentence)
    at = len(sentence) - len(after)
    partitive = _PARTITIVE.match(sentence, at)  # "una decina | di | stagioni"
    for pos in (at, partitive.end()) if partitive else (at,):
        if words["period"].match_at(folded, pos, sentence) is not None:
            return False
    lo = max(0, q.start - _AGE_REACH)
    before = folded[lo : q.start]
    close = len(before.rstrip()) - _AGE_GAP
    return not any(m.end >= close for m in words["age"].find(sentence[lo : q.start], before))


# Marks that close the clause right after a figure ("ориентировочно миллион — это"
# goes on: a dash of a copula).
_CLAUSE_END = ".,;:!?)\u00bb\u201d\"'"

# A short word (a partitive preposition: "di", "de", "of", "d'") and the space after it.
_PARTITIVE = re.compile(r"[^\W\d_]{1,3}(?:['\u2019]|[ \t]+)")

# How far before a hedged number word an age word may stand ("âgé d'| une cinquantaine",
# "de unos cuarenta"), and how many characters (an elided or short preposition) between.
_AGE_REACH = 24
_AGE_GAP = 3


@functools.lru_cache(maxsize=16)
def _number_words(code: str) -> dict[str, PhraseSet]:
    """``[numbers] age_before`` and ``period_nouns`` of a language, as phrase sets."""
    numbers = get_language(code).raw.get("numbers", {})
    return {
        "age": PhraseSet({"age": [str(w) for w in numbers.get("age_before", [])]}),
        "period": PhraseSet({"period": [str(w) for w in numbers.get("period_nouns", [])]}),
    }


def _holds_figure(sentence: str, lang: LanguageData) -> bool:
    """Whether ``sentence`` gives a figure of its own worth checking (:func:`_is_claim`):
    a sentence that names a source and gives none credits the figures around it. A hedged
    figure in words does not count here ("fueron facilitados por el Ministerio, que
    alcanzó a una decena de provincias" still credits the figures before it)."""
    return any(
        _is_claim(q, sentence, lang, hedged=False) for q in extract_quantities(sentence, lang)
    )


def _common(
    article: Article, doc: Document, s_start: int, s_end: int, ctx: Context
) -> dict[str, Any]:
    """Fields every claim kind takes from its sentence and article."""
    lang = doc.lang
    sentence = article.text[s_start:s_end]
    return {
        "article": article.id,
        "sentence": sentence,
        "sentence_start": s_start,
        "language": lang.code,
        "actor": ctx.actor,
        "place": ctx.place,
        "place_id": ctx.place_id,
        "place_part": ctx.place_part,
        "scope": ctx.scope,
        "time_scope": ctx.time_scope,
        "entities": ctx.entities,
        "topics": tuple(
            sorted({m.label for m in lang.topics.find(sentence, doc.folded[s_start:s_end])})
        ),
        "publisher": article.source,
        "published": article.published,
        "story": article.story,
    }


def _credited(attrib: Attribution | None, lang: LanguageData | None = None) -> dict[str, Any]:
    """The source a figure or date is credited to, as claim fields."""
    if attrib is None:
        return {}
    name, start, end = credited(attrib)  # a relayed claim's origin ("Reuters, citing KCNA")
    return {
        "attributed_to": name,
        "source_id": source_id(name, lang) if lang is not None else None,
        "attribution_cue": attrib.cue,
        "attribution_start": start,
        "attribution_end": end,
        "attribution_chain": attrib.chain,
        "self_cited": attrib.self_cited,
    }


def _back_reference(
    article: Article, doc: Document, s_start: int, s_end: int
) -> Attribution | None:
    """The source a sentence that opens with a back-reference credits ("Об этом сообщает
    Reuters", "Про це повідомило Міноборони"): the figures before it in its paragraph
    are that source's (``[attribution] back_references``)."""
    lang = doc.lang
    sentence = article.text[s_start:s_end]
    lead = len(sentence) - len(sentence.lstrip(" \"'«„“("))
    m = lang.back_references.match_at(doc.folded[s_start:s_end], lead, sentence)
    if m is None:
        # "Die Regierung … hat diese Zahl aktualisiert": who gave "this figure"
        at = figure_pointer(article.text, doc.folded, s_start, s_end, lang)
        if at is None:
            return None
        credit = sentence_credit(article.text, s_start, s_end, at, at, lang, article.source)
        # its subject stands before it: "Diese Bilanz ist …, denn X gehen von …" is no credit
        return credit if credit is not None and credit.end <= at else None
    start, end = s_start + m.start, s_start + m.end
    credit = sentence_credit(article.text, s_start, s_end, start, end, lang, article.source)
    if credit is None:
        # A reference that holds its own verb ("Lo ha reso noto l'Ocha", "Das teilte
        # X mit"): an empty span at its start lets that verb be read.
        credit = sentence_credit(article.text, s_start, s_end, start, start, lang, article.source)
    if credit is not None and _by_origin(credit, lang):
        return _origin_credit(article, doc, s_start, s_end, credit)
    return credit


def _origin_credit(
    article: Article, doc: Document, s_start: int, s_end: int, credit: Attribution
) -> Attribution | None:
    """The credit of a back-reference whose cue names where the figures just told come
    from (``[attribution] origin_cues``: "Dat blijkt uit het eindrapport van de gemeente",
    "C'est ce qui ressort du rapport de la commune"): a document and the body that made
    it credit the body, not the source named last. A sentence with a figure of its own
    credits only its own; "the report" with no body after it still points back, so no
    credit of its own here."""
    lang = doc.lang
    sentence = article.text[s_start:s_end]
    if _holds_figure(sentence, lang):
        return None
    credit = _possessor_of_document(credit, lang)
    if not credit.refers_back:
        return credit
    named = _names_maker(credit, lang)
    if named is None:
        return credit  # "de gemeente": a body's role noun, resolved as any pointer
    return attrs.evolve(credit, refers_back=False) if named else None


def _possessor_of_document(credit: Attribution, lang: LanguageData) -> Attribution:
    """``credit`` cut to the owner glued before its document by a possessive mark
    (``[attribution] possessive_marks``): "the council's final report" -> "the council",
    the body that made it, up to the last mark ("St Mary's Hospital's annual report" ->
    "St Mary's Hospital"); unchanged when no mark follows its first word."""
    text = credit.source
    marks = source_words(lang).possessive_marks
    at = max((text.rfind(mark + " ") for mark in marks), default=-1)
    if at > 0:
        owner = text[:at].rstrip()
        end = credit.start + len(owner)
        return attrs.evolve(
            credit,
            source=owner,
            end=end,
            chain=(owner,),
            origin=owner,
            credit=owner,
            credit_start=credit.start,
            credit_end=end,
        )
    return credit


def _by_origin(credit: Attribution, lang: LanguageData) -> bool:
    """Whether ``credit`` was read after a cue of ``[attribution] origin_cues``."""
    return lang.origin_cues.match_at(fold(credit.cue), 0, credit.cue) is not None


def _names_maker(credit: Attribution, lang: LanguageData) -> bool | None:
    """Whether a document phrase names the body that made it: a word after its document
    noun ("het rapport van de gemeente", "raportul primăriei"; a document noun not listed in
    ``back_nouns``, "eindrapport", is its first word), or None when the phrase names no
    document, only a body ("de gemeente")."""
    words = source_words(lang)
    folded = fold(credit.source)
    content = [
        m
        for m in _LETTERS.finditer(folded)
        if m.group() not in lang.function_words
        and m.group() not in words.determiners
        and m.group() not in words.trim
    ]
    backs = words.backs.find(credit.source, folded)
    if not backs and words.roles.find(credit.source, folded):
        return None
    after = backs[0].end if backs else (content[0].end() if content else len(folded))
    return any(m.start() >= after for m in content)


_LETTERS = re.compile(r"[^\W\d_]+")


# A source named in a sentence with no figure is trusted as a later pointer's target
# only when it is a short phrase: a long one is a clause misread as a subject.
_SHORT_SOURCE_WORDS = 8


# A pointer's target may be longer: "the ministry" looks for its noun in it.
_NAMED_WORDS = 12


def _short_source(attrib: Attribution, most: int = _SHORT_SOURCE_WORDS) -> bool:
    """Whether the source is a short phrase (at most ``most`` words)."""
    return len(attrib.source.split()) <= most


# How far into the next sentence its credit may open to cover the sentence before.
_FRONTED_REACH = 60


# How far before a source its article may stand ("uno " before "studio").
_ARTICLE_LOOKBACK = 12


def _fronted_next(
    article: Article, doc: Document, index: int, named: list[Attribution]
) -> Attribution | None:
    """The source the next sentence of the paragraph opens with, for a lead sentence with
    no source of its own: "The toll has risen to 2,800. According to the ministry, …",
    "… über 2.800. Wie die Zeitung X berichtete, …" (the source stands first, so it
    covers what was just said)."""
    spans = doc.sentences
    k = index + 1
    if k >= len(spans) or doc.new_paragraph(k):
        return None
    s_start, s_end = spans[k]
    credit = sentence_credit(article.text, s_start, s_end, s_end, s_end, doc.lang, article.source)
    if credit is None or credit.start - s_start > _FRONTED_REACH:
        return None
    cue_at = article.text.find(credit.cue, s_start, s_end)
    own = next(iter(extract_quantities(article.text[s_start:s_end], doc.lang)), None)
    first = own.start if own is not None else None
    if cue_at < 0 or (first is not None and cue_at - s_start > first):
        return None  # the cue comes after the sentence's own figures: it credits them
    if own is not None and _unit_label(own, credit, article.text, s_start + own.start):
        return None  # "… 240. Casos suspeitos: 600.": a label of the next count, no source
    if own is not None and credit.end - s_start > own.start:
        # the phrase ran into the sentence's own figure, written in words ("nach Angaben
        # von Sheriff X mindestens zehn Menschen …"): the credit that figure reads
        at, to = s_start + own.start, s_start + own.end
        credit = sentence_credit(article.text, s_start, s_end, at, to, doc.lang, article.source)
        if credit is None:
            return None
    if cue_at - s_start > _FRONTED_REACH and "," in article.text[s_start : credit.start]:
        return None  # "…, sagte Robles" closes the sentence: no fronted credit
    if source_words(doc.lang).contrasts.find(
        article.text[s_start:s_end], doc.folded[s_start:s_end]
    ):
        return None  # "La Croix-Rouge affirme pour sa part …": another party's view
    if disputes(article.text[s_start:s_end], doc.folded[s_start:s_end], doc.lang.code):
        # "De opkomst was 45 procent. De oppositie betwist dat cijfer": who disputes a
        # figure did not give it
        return None
    before = doc.folded[max(s_start, credit.start - _ARTICLE_LOOKBACK) : credit.start].split()
    words = source_words(doc.lang)
    if (
        before
        and before[-1] in words.indefinites
        and not words.roles.find(credit.source, fold(credit.source))
    ):
        # "Secondo uno studio, …": a new document brought in, not the one just meant
        # ("Wie eine Sprecherin des Ministeriums sagte" is someone speaking for it)
        return None
    if (
        credit.refers_back
        and _by_origin(credit, doc.lang)
        and _names_maker(credit, doc.lang) is False
    ):
        return None  # "Das geht aus dem Bericht hervor": the report points back, no one fronted
    if credit.refers_back:
        credit = resolve_back(credit, named, doc.lang)
    return credit if credit is not None and _short_source(credit) else None


#: The most sentences after its first that a quotation is looked for in: the scan is
#: bounded, so a paragraph of unclosed quotations costs linear work.
_QUOTE_REACH = 6

#: The mark that closes a quotation opened by each opening mark ("„…“", "“…”", "«…»").
_QUOTE_CLOSERS = {"\u201e": "\u201c", "\u201c": "\u201d", "\u00ab": "\u00bb", '"': '"'}


def _quote_credit(
    article: Article,
    doc: Document,
    index: int,
    named: list[Attribution],
    memo: dict[int, Attribution | None],
) -> Attribution | None:
    """The speaker of a quotation that sentence ``index`` opens and a later sentence of
    its paragraph closes ("„Daraus ergibt sich … 290 000 bis 350 000 Opfern. Der
    Mittelwert liegt bei 320 000“, hieß es."): the credit after the closing mark covers
    every sentence of the quotation, not only the one it stands in. ``memo`` keeps the
    answer per sentence, so the paragraph is scanned once, not once per figure."""
    if index not in memo:
        memo[index] = _quote_speaker(article, doc, index, named)
    return memo[index]


def _quote_speaker(
    article: Article, doc: Document, index: int, named: list[Attribution]
) -> Attribution | None:
    """:func:`_quote_credit`, unmemoised."""
    spans, text = doc.sentences, article.text
    s_start, s_end = spans[index]
    body = text[s_start:s_end].lstrip()
    closer = _QUOTE_CLOSERS.get(body[:1])
    if closer is None or closer in body[1:]:
        return None  # no quotation, or one closed within the sentence: its own credit
    for k in range(index + 1, min(len(spans), index + 1 + _QUOTE_REACH)):
        if doc.new_paragraph(k):
            return None
        k_start, k_end = spans[k]
        at = text.find(closer, k_start, k_end)
        if at < 0:
            continue  # the quotation goes on
        credit = sentence_credit(text, k_start, k_end, at + 1, at + 1, doc.lang, article.source)
        if credit is None or credit.start <= at:
            return None  # no credit after the closing mark
        if credit.refers_back:
            credit = resolve_back(credit, named, doc.lang)
        return credit
    return None


def _opening_credit(
    article: Article,
    doc: Document,
    index: int,
    named: list[Attribution],
    seen: dict[int, Attribution | None],
) -> Attribution | None:
    """The source sentence ``index``, the first of a paragraph, credits when it holds no
    figure of its own: it tells who gave the uncredited figures of the paragraph just
    before ("… has climbed to 632. ¶ In a statement, the Interior Ministry said …",
    "… 721 de ellos graves. ¶ Los datos fueron facilitados por el Ministerio …"). A
    prefix cue that opens it ("Segons l'AEMET, …") credits its own words only. ``seen``
    keeps each sentence's back-reference (:func:`_back_reference`), as in
    :func:`_quantity_claims`, which reads the same sentence's next."""
    s_start, s_end = doc.sentences[index]
    text, lang = article.text, doc.lang
    if index not in seen:  # (the memo of _quantity_claims: each sentence is read once)
        seen[index] = _back_reference(article, doc, s_start, s_end)
    if seen[index] is not None:
        return None  # "Об этом сообщает X" credits its own paragraph only
    sentence = text[s_start:s_end]
    if _holds_figure(sentence, lang):
        return None
    credit = sentence_credit(text, s_start, s_end, s_end, s_end, lang, article.source)
    if credit is None or not _short_source(credit):
        return None  # a long one is a clause misread as a subject
    if credit.refers_back:
        credit = resolve_back(credit, named, lang)
        if credit is None:
            return None
    opening = text[s_start:s_end].lstrip(" \"'«„“(").startswith(credit.cue)
    return None if opening and _by_prefix(credit, lang) else credit


def _names_report(attrib: Attribution, lang: LanguageData) -> bool:
    """Whether a back-reference credits the figures before it to a report or a count, not
    to a speaker ("È quanto emerge dall'ultimo bilancio del Cid", "Такие данные приводятся
    в докладе ООН": a pointer noun of ``[attribution] back_nouns`` in its source). A
    paragraph that closes so names the data the next paragraph goes on with."""
    if attrib.refers_back:
        return False
    return bool(source_words(lang).backs.find(attrib.source, fold(attrib.source)))


def _event_attribute(q: Quantity, found: list[Quantity]) -> bool:
    """Whether ``q`` is a fixed property of the event (a concept with ``fixed``: an
    earthquake's magnitude) told beside a count in its sentence: "the magnitude 7 quake
    damaged 59,674 homes, Lekjaa said" credits the homes, while the magnitude only
    names the quake."""
    mine = concept(q.unit)
    if mine is None or not mine.fixed:
        return False
    return any(
        o is not q and (c := concept(o.unit)) is not None and c.kind == "person" for o in found
    )


#: The scope marker of a figure that describes an aftershock, not the main shock.
AFTERSHOCK = "aftershock"


def _of_aftershock(q: Quantity, doc: Document, index: int, start: int, end: int) -> bool:
    """Whether ``q``, a fixed property of an event (a magnitude), is an aftershock's: the
    nearest shock noun names an aftershock ("une réplique de magnitude 4,9", "a 4.9
    aftershock"; :func:`crosscheck.extract._frame.find_aftershock`)."""
    mine = concept(q.unit)
    return mine is not None and mine.fixed and find_aftershock(doc, index, start, end)


def _by_prefix(attrib: Attribution, lang: LanguageData) -> bool:
    """Whether the source was credited by a prefix cue ("según", "published by"), the
    cue that says the information is the source's, not a verb of what it did."""
    cue = attrib.cue.strip()
    hit = lang.attribution_prefix.match_at(fold(cue), 0, cue)
    return hit is not None and hit.end >= len(cue)


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _looks_ahead(doc: Document, s_start: int, s_end: int) -> bool:
    """Whether the sentence at ``[s_start, s_end)`` says what is to come: a word of
    ``[attribution] future_markers`` ("would", "werde", "va a") or a lower-case word with
    a future or conditional ending of ``future_endings`` ("movilizará", "reconstruirait",
    "chiederà"), each unless a phrase of ``future_not`` starts there and covers it: a word
    with the ending that is none (pt "verão" is summer, fr "caldera" a crater), a verb of
    going that goes somewhere or fares ("la situation va mieux", "el Ejército va a la
    zona", "a situação vai bem").

    "Sanchez said the government would mobilise every resource. More than 200 people
    have died …": a promise with no figure is the speaker's whole statement; the
    reporter goes on with figures of their own, so its credit governs none after it.
    """
    lang = doc.lang
    text, folded = doc.text[s_start:s_end], doc.folded[s_start:s_end]
    if any(
        not _no_future(lang, text, folded, m.start, m.end)
        for m in lang.future_markers.find(text, folded)
    ):
        return True
    endings = lang.future_endings
    return bool(endings) and any(
        m.group().endswith(endings) and not _no_future(lang, text, folded, m.start(), m.end())
        for m in _LETTER_RUN.finditer(text)
        if m.group().islower()
    )


def _no_future(lang: LanguageData, text: str, folded: str, start: int, end: int) -> bool:
    """Whether a phrase of ``[attribution] future_not`` starts at ``start`` and reaches
    ``end`` at least: the future word or ending found there says no future."""
    veto = lang.future_not.match_at(folded, start, text)
    return veto is not None and veto.end >= end


# The most words between a source set after its words and the comma of a background
# clause ("Spanish authorities | said on Friday | , as"): the verb and when it spoke.
_BACKGROUND_GAP_WORDS = 5
_BACKGROUND_STOP = re.compile(r"[,;:]")
_DIGIT_RUN = re.compile(r"\d")


def _in_background(doc: Document, s_start: int, start: int, attrib: Attribution) -> bool:
    """Whether the figure at ``start`` stands in a clause of the reporter's own background
    that follows its credited speaker: a comma, then a word of ``[attribution]
    background_openers``, then the figure with no comma between, and between the source
    and that comma only its verb and when it spoke (at most ``_BACKGROUND_GAP_WORDS``
    words, no figure). The source must stand after words of its own (its statement, set
    before it) and be credited by a verb, not a prefix cue.

    "Almost 2,000 people are still missing, Spanish authorities said on Friday, as the
    death toll rose to at least 205": the 205 is the reporter's, not the authorities'.
    """
    lang = doc.lang
    if attrib.start <= s_start or attrib.end >= start or _by_prefix(attrib, lang):
        return False
    if not doc.text[s_start : attrib.start].strip():
        return False  # the speaker opens the sentence: what follows is its statement
    text, folded = doc.text[attrib.end : start], doc.folded[attrib.end : start]
    stop = _BACKGROUND_STOP.search(text)
    if stop is None or text[stop.start()] != ",":
        return False
    gap = text[: stop.start()]
    if _DIGIT_RUN.search(gap) or len(gap.split()) > _BACKGROUND_GAP_WORDS:
        return False
    at = stop.end() + len(text[stop.end() :]) - len(text[stop.end() :].lstrip())
    opener = lang.background_openers.match_at(folded, at, text)
    return (
        opener is not None
        and opener.start == at
        and lang.background_not.match_at(folded, at, text) is None
        and _BACKGROUND_STOP.search(text, opener.end) is None
    )


# The most characters between an event noun's relative pronoun and the figure of its clause.
_EVENT_CLAUSE_REACH = 60
# The most words between that pronoun and the figure: the clause's verb ("that have killed").
_EVENT_CLAUSE_WORDS = 3


def _event_clause(doc: Document, s_start: int, s_end: int, start: int, attrib: Attribution) -> bool:
    """Whether the figure at ``start`` stands in a relative clause on the story's event
    noun (a ``[story_kinds]`` word, an optional comma, then a ``[frames]
    relative_pronouns`` word, within ``_EVENT_CLAUSE_REACH`` characters before the figure,
    no comma or stop between the pronoun and the figure), and its credited source stands
    outside that clause: before the event noun, or after the clause's end (not by a
    prefix cue).

    "Spain's government said it would send 5,000 more soldiers … after flash floods that
    have killed at least 211 people": the toll that names the event is the reporter's
    background, not what the government said.
    """
    lang = doc.lang
    lo = max(s_start, start - _EVENT_CLAUSE_REACH)
    text, folded = doc.text[lo:start], doc.folded[lo:start]
    pronouns = frame_words(lang.code).relative_pronouns
    rel = None
    for m in lang.story_kinds.find(text, folded):
        after = _PRONOUN_AFTER.match(folded, m.end)
        if after is None:
            continue
        pronoun = pronouns.match_at(folded, after.end(), text)
        if (
            pronoun is not None
            and not _CLAUSE_MARK.search(text, pronoun.end)
            and len(text[pronoun.end :].split()) <= _EVENT_CLAUSE_WORDS
        ):
            rel = lo + m.start
    if rel is None or _by_prefix(attrib, lang):
        return False
    if attrib.end <= rel:
        return True
    stop = _BACKGROUND_STOP.search(doc.text, start, s_end)
    return attrib.start > (stop.start() if stop else s_end)


_CLAUSE_MARK = re.compile(r"[,;:.!?]")
_PRONOUN_AFTER = re.compile(r",?[ \t]+")


# How far before a figure (characters) a hearsay word ("rumours of") still governs it.
_HEARSAY_REACH = 60


def _hearsay(doc: Document, s_start: int, start: int) -> bool:
    """Whether a hearsay word (``[attribution] hearsay``: "rumours of", "rumores de",
    "des informations de presse évoquant", "Gerüchte über", "слухи о") stands before the
    figure at ``start`` in its sentence, within :data:`_HEARSAY_REACH` characters.

    "… 14 dead, the health ministry said. Local media carried reports of up to 30 dead":
    the 30 is the reports', not the ministry's, so the ministry's credit does not go on
    to it (as it goes on to a figure its paragraph tells on its account), and the two are
    read as two sources' figures, not one source's count updated.
    """
    begin = max(s_start, start - _HEARSAY_REACH)
    text, folded = doc.text[begin:start], doc.folded[begin:start]
    return bool(doc.lang.hearsay.find(text, folded) or doc.lang.unnamed_reports.find(text, folded))


def _same_source(
    attrib: Attribution, latest: Attribution | None, lang: LanguageData
) -> Attribution | None:
    """The source credited last, for a pointer that means it (``[attribution]
    same_source``: "la même source", "the same source", "aceleiași surse"), or None.

    Whoever that source was: a role noun with no name before it ("selon la
    préfecture", "according to the police") is never recorded as named (so that
    "the ministry" does not mean "the police"), but "the same source" after it is it.
    """
    if latest is None:
        return None
    if not source_words(lang).same.find(attrib.source, fold(attrib.source)):
        return None
    return attrs.evolve(latest, cue=attrib.cue, deed=attrib.deed)


def _where_it_lies(place_id: str, named: str, home: str | None) -> bool:
    """Whether ``place_id``, read for a figure whose credited source only names the place
    ``named``, is a compass part of the home country that says where that place lies:
    "La province de Nampula, dans le nord du pays, a enregistré 18 morts" counts in
    Nampula, not in the whole north (an apposition that places a named place gives the
    named one). A compass part that cannot hold the named place is left as read."""
    base, sep, _ = place_id.partition(COMPASS_SEP)
    if not sep or home is None or base != home:
        return False
    return named.startswith("~") or compass_holder([place_id, named]) == place_id


def _place_only(attrib: Attribution, lang: LanguageData) -> tuple[str, str] | None:
    """The place a credited source only names (:func:`place_as_source`), when it is
    credited by a count verb (``[attribution] count_verbs``), or None.

    A place records figures ("A província de Nampula registou 18 óbitos", "the
    province of Nampula recorded"); one that tells them ("secondo la prefettura di
    Bologna", "ha comunicato la prefettura", "selon la préfecture", "according to
    the province") names the office that speaks for it: a source.
    """
    if fold(attrib.cue).strip() not in source_words(lang).counts:
        return None
    return place_as_source(attrib.source, lang.code)


def _credited_later(
    article: Article,
    doc: Document,
    index: int,
    seen: dict[int, Attribution | None],
    later: dict[int, Attribution | None],
) -> Attribution | None:
    """The source a later sentence of the same paragraph credits by a back-reference.

    ``later`` remembers the answer for each sentence index: every sentence the
    scan passes has the same answer, so a paragraph of uncredited figures is
    scanned once, not once per figure.
    """
    spans = doc.sentences
    passed: list[int] = []
    found: Attribution | None = None
    for k in range(index + 1, len(spans) + 1):
        if k - 1 in later:
            found = later[k - 1]
            break
        passed.append(k - 1)
        if k == len(spans) or doc.new_paragraph(k):
            break
        if k not in seen:
            seen[k] = _back_reference(article, doc, *spans[k])
        if seen[k] is not None:
            found = seen[k]
            break
    for j in passed:
        later[j] = found
    return found


def _frame(
    doc: Document, s_start: int, s_end: int, start: int, end: int, unit: str | None = None
) -> dict[str, Any]:
    """A figure's status, rate and as-of day (docs/semantics.md, "Frame fields");
    ``unit`` is the figure's unit concept (a status word of another unit's state is not its)."""
    lang = doc.lang
    sentence = doc.text[s_start:s_end]
    folded = doc.folded[s_start:s_end]
    cs, ce = start - s_start, end - s_start
    local = [
        attrs.evolve(m, start=m.start - s_start, end=m.end - s_start)
        for m in doc.dates_within(s_start, s_end)
    ]
    as_of, as_of_from = find_as_of(doc, s_start, s_end, cs, ce, local)
    # an undated article's month named without a year: a partial time (judge._time)
    month = find_as_of_month(doc, s_start, s_end, cs, ce, local) if as_of is None else None
    return {
        "status": find_status(sentence, folded, cs, ce, lang, unit),
        "rate": find_rate(sentence, folded, cs, ce, lang, [(m.start, m.end) for m in local]),
        "as_of": as_of,
        "as_of_from": as_of_from,
        "as_of_month": month,
    }


# The unit of a side's losses whose state a lost-as word may name (concepts.toml any_object).
_LOST = "casualties"

# An injured count that an illness follows counts cases of it ("2729 إصابة بالكوليرا").
_HURT, _CASES, _HOSPITALIZED = "injured", "cases", "hospitalized"
# the [story_kinds] of an outbreak or a poisoning (methanol, tainted food), and those of
# an event that injures: in an article of the first and none of the others, "were
# hospitalised" tells of the sick or the poisoned, not the injured
_SICKENING_STORIES = frozenset({"epidemic", "poisoning"})
_INJURING_STORIES = frozenset(
    {"weather", "earthquake", "fire", "crash", "explosion", "war", "protest"}
)

# The scope marker of a figure said to hold "so far" (its hour is the writing's).
SO_FAR = "so_far"

# A plain head count whose clause's event gathers a crowd counts that crowd
# ("30,000 people marched" is "30,000 protesters": concepts.toml [crowds]).
_PEOPLE = "people"

# A staff noun ("personnel", "عناصر", "efectivos") counts whatever crew its sentence
# names: rescuers beside firefighters, troops otherwise (concepts.toml `personnel`).
_STAFF, _RESCUERS, _TROOPS = "personnel", "rescuers", "troops"
# the [story_kinds] of a fire and of a war: staff sent to a fire fight it (see _crew)
_FIRE_STORY, _WAR_STORY = "fire", "war"

# The dimension of a figure whose [frames.area_events] verb names its event.
_AREA = "area"

# How far before a head count a verb of losing may stand to make it the count of the lost.
_LOST_REACH = 40


def _story_crowd(doc: Document, kinds: list[set[str]]) -> str | None:
    """The crowd a count of those who took part is in this article: protesters when it
    tells of a protest (a ``[story_kinds] protest`` word or a ``[predicates] protested``
    one anywhere in it), voters when it tells of a vote only, else none.

    "1,1 Millionen Menschen beteiligten sich", "put turnout at 1.1 million": in a
    story of a strike or a march they marched; taking part in a search or a vote is
    another crowd, so a story with no such word leaves the figure as it was.
    ``kinds`` caches the article's kinds (empty until first read)."""
    return participation_unit(_told(doc, kinds))


def _told(doc: Document, kinds: list[set[str]]) -> set[str]:
    """The kinds of event the article tells (``[story_kinds]``) and the events its verbs
    name (``[predicates]``), read once into ``kinds``."""
    if not kinds:
        told = {m.label for m in doc.lang.story_kinds.find(doc.text, doc.folded)}
        # "Hunderttausende sind auf die Straße gegangen": a protest told by its verb
        told |= {m.label for m in doc.lang.predicates.find(doc.text, doc.folded)}
        kinds.append(told)
    return kinds[0]


# The two crowds of captives ([crowds] released, returned), and the event that tells hostages.
_CAPTIVES = frozenset({"prisoners", "hostages"})
_HOSTAGES, _ABDUCTED = "hostages", "abducted"


def _captives(crowd: str, doc: Document, kinds: list[set[str]], named: list[set[str]]) -> str:
    """The captives a crowd of the freed or the returned is: the one of prisoners and
    hostages the article names when it names one only (``[units]``; an abduction,
    ``[predicates] abducted``, tells hostages), else ``crowd`` (``[crowds]``).

    "The previous exchange freed 84 Ukrainians" in an article of a swap of prisoners of
    war counts prisoners; "gunmen freed 24 people" after a kidnapping, hostages; an
    article of hostages freed for prisoners names both and keeps the table's crowd.
    ``named`` caches the captives the article names (empty until first read)."""
    if crowd not in _CAPTIVES:
        return crowd
    if not named:
        found = {m.label for m in doc.lang.units.find(doc.text, doc.folded)} & _CAPTIVES
        if _ABDUCTED in _told(doc, kinds):
            found.add(_HOSTAGES)
        named.append(found)
    return next(iter(named[0])) if len(named[0]) == 1 else crowd


def _in_hospital(q: Quantity, lang: LanguageData) -> bool:
    """Whether the words that made ``q`` a count of the injured tell of being in hospital
    (``[frames] hospital_words``: "were hospitalised", "han sido hospitalizadas")."""
    words = q.unit_text or ""
    return bool(frame_words(lang.code).hospital.find(words, fold(words)))


def _epidemic_story(doc: Document, kinds: list[set[str]]) -> bool:
    """Whether the article tells of an outbreak or a poisoning and of no event that
    injures (``[story_kinds]``): its hospitalised are the sick ("25 died of methanol
    poisoning and 60 were hospitalised")."""
    told = _told(doc, kinds)
    return bool(told & _SICKENING_STORIES) and not told & _INJURING_STORIES


def _fire_story(doc: Document, kinds: list[set[str]]) -> bool:
    """Whether the article tells of a fire and of no war (``[story_kinds]``)."""
    told = _told(doc, kinds)
    return _FIRE_STORY in told and _WAR_STORY not in told


# What a seat of fire counts in a fire's story (concepts.toml), whatever table named it.
_FIRES, _EPIDEMIC = "fires", "epidemic"
_SEAT_UNITS = frozenset({None, "outbreaks"})


def _seat_of_fire(q: Quantity, doc: Document, end: int, kinds: list[set[str]]) -> str | None:
    """The words that make a bare "focus" count (``[frames] fire_seats``) a count of fires:
    its unit phrase, or the word right after a figure with no unit, in an article that
    tells of a fire (``[story_kinds]`` fire) and of no outbreak but by those words.

    "Pompierii au lichidat 12 focare" in a wildfire's story counts the seats of fire,
    not outbreaks of a disease; in a story of bird flu the same words stay outbreaks.
    A noun after the word decides it alone ("focare de gripă aviară" are outbreaks,
    "focolai d'incendio" fires, both by ``[units]``)."""
    if q.unit not in _SEAT_UNITS:
        return None
    seats = frame_words(doc.lang.code).fire_seats
    text, folded = doc.text, doc.folded
    if q.unit is None:
        at = end
        while at < len(text) and text[at] in " \t":
            at += 1
        m = seats.match_at(folded, at, text)
        if m is None:
            return None
        words = text[m.start : m.end]
    else:
        words = q.unit_text or ""
        m = seats.match_at(fold(words), 0, words)
        if m is None or m.end != len(words):
            return None
    if _FIRE_STORY not in _told(doc, kinds):
        return None
    for k in doc.lang.story_kinds.find(text, folded):
        if k.label == _EPIDEMIC:
            seat = seats.match_at(folded, k.start, text)
            if seat is None or seat.end < k.end:
                return None  # a word of a disease's outbreak of its own: no story of fire only
    return words


# A bare figure this large beside a word of taking part counts its crowd ("put turnout
# at 1.1 million nationwide"); a smaller one needs no noun after it ("300 agricultores").
_CROWD_FLOOR = 10_000
_CROWD_LOOK = 3  # characters after a bare figure looked at for a noun of its own
_CROWD_REACH = 40  # characters around a bare crowd searched for its march or vote
_CROWD_GAP = 1  # words at most between a bare crowd and its verb ("ont", "se", "hanno")
_CLAUSE_MARK = re.compile(r"[,;:()\[\]\u2013\u2014]")


def _demonym_after(doc: Document, end: int) -> bool:
    """Whether a word for a country's people follows the figure ("120 Ukrainians",
    "300 Rumänen"): a plain head count of that people, as "120 people" is."""
    at = end
    while at < len(doc.text) and doc.text[at] in " \u00a0":
        at += 1
    return frame_words(doc.lang.code).demonyms.match_at(doc.folded, at, doc.text) is not None


def _crowd_sized(q: Quantity, doc: Document, start: int, end: int, event: str | None) -> bool:
    """Whether a figure with no unit is large enough to be a crowd by itself and is the
    doer of its clause's march or vote ("More than 200,000 marched in Paris", "1,6
    millones votaron", "demonstrierten 120.000"): its clause then says whose. A figure
    the verb does not take for its doer is no crowd ("the ministry, which had cut 50,000
    from the fund", "ont voté un budget de 50 000", "cost the economy 20 million")."""
    if q.low is None or q.low < _CROWD_FLOOR or q.kind != "count" or event is None:
        return False
    a = max(0, start - _CROWD_REACH)
    text, folded = doc.text, doc.folded
    for m in doc.lang.predicates.find(text[a : end + _CROWD_REACH], folded[a : end + _CROWD_REACH]):
        if m.label != event:
            continue
        if a + m.end <= start and not text[a + m.end : start].strip():
            return True  # "demonstrierten 120.000": the verb's subject after it
        gap = text[end : a + m.start]
        if a + m.start >= end and len(gap.split()) <= _CROWD_GAP and not _CLAUSE_MARK.search(gap):
            return True  # "250 000 ont manifesté", "1,2 millones se manifestaron"
    return False


def _bare_crowd(q: Quantity, text: str, end: int) -> bool:
    """Whether a figure with no unit may be a count of those who took part: a crowd's
    size ("turnout at 1.1 million nationwide"), or one no word follows ("… sprach von
    mehr als drei Millionen."); "participaram 300 agricultores" counts farmers."""
    if q.low is not None and q.low >= _CROWD_FLOOR:
        return True
    rest = text[end : end + _CROWD_LOOK].lstrip()
    return not rest or not rest[0].isalnum()


def _took_part_noun(q: Quantity, lang: LanguageData) -> bool:
    """Whether the figure's own noun says its people took part ("deelnemers",
    "partecipanti": ``[predicates] took_part``)."""
    if not q.unit_text:
        return False
    return any(m.label == TOOK_PART for m in lang.predicates.find(q.unit_text, fold(q.unit_text)))


def _lost(q: Quantity, doc: Document, start: int) -> bool:
    """Whether a head count of combatants is the count a side lost, not a fall of its number.

    "Росія втратила 300 000 військових", "la Russie a perdu 300 000 soldats":
    the verb of losing is also a ``[change]`` word ("the index lost 3%"), but
    combatants or casualties lost are the losses, a count of their own. Other
    people lost stay a fall ("the company lost 2,000 workers", "the town lost
    300 residents").
    """
    c = concept(q.unit)
    if c is None or c.kind != "person" or not (c.military is True or c.status):
        return False
    lo = max(doc.sentence_of(start)[0], start - _LOST_REACH)
    return lost_verb_before(doc.text, doc.folded, lo, start, doc.code)


# How far back (characters) a figure may stand to say what "another N" adds to.
_INCREMENT_REACH = 400


def _adds_to_total(q: Quantity, claims: list[Claim], doc: Document, s_start: int) -> bool:
    """Whether an increment word ("another", "weitere", "altri") adds to a total here.

    Right after a figure that counts another status ("5,000 died and another
    10,000 are missing", "1.305 Tote … Mindestens 1.832 weitere Menschen wurden
    verletzt") the word counts *other* people, not more of the same figure: the
    figure is a total of its own unit. The figure before is the article's last
    one, in this paragraph or the sentences just before. Bodies after a death
    toll count the same dead ("at least 11 dead after three more bodies were
    found"): they add to it.
    """
    if not q.increment or not claims:
        return q.increment
    prev = claims[-1]
    if s_start - prev.end > _INCREMENT_REACH and prev.start < doc.paragraph_start(s_start):
        return True
    mine, theirs = concept(q.unit), concept(prev.unit)
    if mine is None or theirs is None or not (mine.status and theirs.status):
        return True
    return q.unit == prev.unit or (mine.dead and theirs.dead)


def _heads_town(
    place_id: str | None, attrib: Attribution, lang: LanguageData
) -> tuple[str, str] | None:
    """The town whose head is credited, when the figure's place is none or holds that town.

    "The mayor of Derna said 300 died": his town's toll; so is "up to 20,000
    dead after the floods in Libya, according to the mayor of Derna" (the
    floods' country is named, the toll is his town's). A place of the
    figure's own ("died in Benghazi") wins.
    """
    headed = place_headed_by(attrib.source, lang.code)
    if headed is None:
        return None
    if place_id is None or relate_keys(place_id, headed[1]) == PlaceRelation.CONTAINS:
        return headed
    return None


def _unit_label(q: Quantity, attrib: Attribution, text: str, start: int) -> bool:
    """True when the words a colon closes right before a figure are its unit's label.

    "Hospitalised: 40. Dead: 3.", "Casos confirmados: 120": the label says what the
    figure counts, where "Police: 40 arrested" names who counted. Only when the noun
    the figure's unit was read from stands in those words.
    """
    if not q.unit_text or text[attrib.end : start].strip() != ":":
        return False
    return fold(q.unit_text) in fold(text[attrib.start : attrib.end])


def _unit_is_the_source(
    q: Quantity, attrib: Attribution | None, text: str, start: int, end: int, lang: LanguageData
) -> bool:
    """True when the noun that named what a figure counts is the source credited for it.

    "Survivors said about 750 people were on board", "Según los supervivientes, a
    bordo viajaban unas 750 personas": the survivors speak; they are not what the
    figure counts (a status noun read as the sentence's toll). Only when the
    credited source ends with that noun.
    """
    if attrib is None or not q.unit_text or q.unit_text in text[start:end]:
        return False
    noun = lang.units.match_at(fold(q.unit_text), 0, q.unit_text)
    status = concept(noun.label) if noun is not None else None
    if noun is None or noun.end != len(q.unit_text) or status is None or not status.status:
        return False  # a verb ("مقتل": the killing of) or a measure ("Stärke"), no status noun
    # the source is that noun ("los supervivientes"), not a phrase holding it
    # ("els cossos de seguretat": the security forces, whatever "cossos" else counts)
    return fold(text[attrib.start : attrib.end]).rstrip().endswith(fold(q.unit_text))


def _names_whole_noun(q: Quantity, whole: Claim) -> bool:
    """A part reached through a partitive that names its whole's noun counts what the whole
    counts: "33 Verletzte werden im Krankenhaus behandelt, acht von ihnen …" reads "acht" as
    "Verletzte", whose clause made the 33 the hospitalized; so are the eight."""
    mine, theirs = concept(q.unit), concept(whole.unit)
    return (
        q.unit_text is not None
        and whole.unit_text is not None
        and q.unit_text != whole.unit_text
        and q.unit_text in whole.text
        and mine is not None
        and theirs is not None
        and mine.status
        and theirs.status
        and q.unit != whole.unit
    )


def _illness_before(text: str, folded: str, s_start: int, start: int, code: str) -> bool:
    """Whether the sentence names an illness (``[frames] illnesses``) before the injured
    count at ``start``, and no attack (``[frames] attack_nouns``) anywhere before it.

    A verb that injures also infects: "تفشي الكوليرا أودى بحياة 120 شخصا وأصاب أكثر من
    2700 آخرين" counts 2,700 cases of cholera, not injuries. A strike on a cholera ward
    that injures twelve names an attack, and its injured stay injured.
    """
    words = frame_words(code)
    before, folded_before = text[s_start:start], folded[s_start:start]
    return bool(words.illnesses.find(before, folded_before)) and not words.attacks.find(
        before, folded_before
    )


def _crew(
    text: str,
    folded: str,
    sentence: tuple[int, int],
    found: list[Quantity],
    lang: LanguageData,
    *,
    fire: bool = False,
) -> str:
    """The crew a staff noun's figure counts: rescuers where its sentence names rescuers
    as a body, not as a count of their own (``found``: the sentence's figures), or the
    article tells of a fire and of no war (``fire``), and its sentence names no
    combatants; troops otherwise.

    "Firefighters said 32 fire trucks and 1,560 personnel were deployed" counts fire
    crews; "Russia lost 1,200 personnel" counts troops, and so does "the army sent 900
    personnel and 200 firefighters", where the firefighters are a crew of their own.
    In a wildfire's story "hi destinaria 500 efectius" are the crews fighting it.
    """
    s_start, s_end = sentence
    counted = [(s_start + q.start, s_start + q.end) for q in found]
    rescuers, military = False, False
    for m in lang.units.find_in(text, folded, s_start, s_end):
        at = s_start + m.start
        if m.label == _RESCUERS:
            rescuers = rescuers or not any(lo <= at < hi for lo, hi in counted)
        elif m.label != _STAFF and (c := concept(m.label)) is not None and c.military:
            military = True
    return _RESCUERS if (rescuers or fire) and not military else _TROOPS


# Bare degrees ([degrees] bare) are a temperature or a magnitude by their sentence; a
# magnitude is below this.
_DEGREE_UNITS, _MAGNITUDE, _CELSIUS, _MAGNITUDE_TOP = (
    ("celsius", "magnitude"),
    "magnitude",
    "celsius",
    10,
)


def _paragraph_around(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The paragraph (line) that holds ``[start, end)``."""
    stop = doc.text.find("\n", end)
    return doc.paragraph_start(start), len(doc.text) if stop < 0 else stop


def _degrees_unit(q: Quantity, doc: Document, s_start: int, s_end: int) -> str | None:
    """The unit bare degrees take from their sentence, or None to keep theirs.

    "Il terremoto di 6,3 gradi", "un sismo de 6,8 grados", "un cutremur de 6,8 grade": an
    earthquake word ([story_kinds] earthquake) and no word of heat make them a magnitude
    (below 10); "بلغت درجة الحرارة 45 درجة" (the temperature reached 45 degrees): a word
    of heat and none of an earthquake make them a temperature. A sentence with neither
    takes a figure given to a tenth, as magnitudes are, from its paragraph ("La più
    recente, nel 2004 ad Al Hoceima, provocò 628 morti e 926 feriti (6,3 gradi).", after
    "la scossa più forte" of that paragraph); a whole figure there stays as its list
    reads it ("Nelle tendopoli si sono registrati 3 gradi")."""
    lang = doc.lang
    if q.unit not in _DEGREE_UNITS or not q.unit_text or fold(q.unit_text) not in lang.bare_degrees:
        return None
    quake = heat = False
    scopes = [(s_start, s_end)]
    if q.low is not None and q.low != int(q.low):
        scopes.append(_paragraph_around(doc, s_start, s_end))
    for lo, hi in scopes:
        text, folded = doc.text[lo:hi], doc.folded[lo:hi]
        quake = any(m.label == "earthquake" for m in lang.story_kinds.find(text, folded))
        heat = bool(lang.heat_words.find(text, folded))
        if quake or heat:
            break
    if q.unit == _CELSIUS and quake and not heat and q.high is not None and q.high < _MAGNITUDE_TOP:
        return _MAGNITUDE
    if q.unit == _MAGNITUDE and heat and not quake:
        return _CELSIUS
    return None


def _speed(unit: str | None) -> bool:
    """Whether ``unit`` is a speed ("150 km/h", "90 mph", "30 м/с", "60 knots")."""
    known = concept(unit)
    return known is not None and known.dimension == "speed"


def _reading(unit: str | None) -> bool:
    """Whether ``unit`` is an instrument's reading of the event (``reading`` in
    ``concepts.toml``: a wind speed, a magnitude, rainfall, a temperature): the weather
    service or seismic institute that measured it gave no count of people or things, so
    its credit governs no such figure after it in its paragraph ("winds of 120 mph, the
    National Hurricane Center said. More than 3 million homes were without power.")."""
    known = concept(unit)
    return known is not None and known.reading


def _quantity_claims(article: Article, doc: Document, deadline: _Deadline) -> list[Claim]:
    text, lang = doc.text, doc.lang
    claims: list[Claim] = []
    home = doc.home  # the place of a "nationwide" figure
    seen: dict[int, Attribution | None] = {}
    later: dict[int, Attribution | None] = {}
    quoted: dict[int, Attribution | None] = {}  # sentence -> its quotation's speaker
    named: list[Attribution] = []  # the sources named so far, for "the ministry", "he"
    latest: Attribution | None = None  # the source credited last, for "the same source"
    # the subject of a position with no figure, how many sources were named before it,
    # and the index of its sentence (a pronoun of the next sentence only stands for it)
    holder: tuple[Attribution, int, int] | None = None
    titles: list[Attribution] = []  # report titles named so far, for "el informe"
    carried: Attribution | None = None  # the source that governs the paragraph so far
    carried_reading = False  # ``carried`` was credited with a reading of the event only
    pointers: dict[int, Attribution] = {}  # claim index -> a state pointer left unresolved
    reported: Attribution | None = None  # the report the paragraph before closed with
    report_end: Attribution | None = None  # the report this paragraph closes with
    first_claim = 0  # the index of the paragraph's first claim
    prev_first = 0  # the index of the paragraph before's first claim
    open_claims: list[int] = []  # the paragraph's claims no rule credited
    kinds: list[set[str]] = []  # the kinds of event the article tells, read once
    captives: list[set[str]] = []  # the captives the article names, read once
    for index, (s_start, s_end) in enumerate(doc.sentences):
        deadline.check()
        if doc.new_paragraph(index):
            carried, carried_reading = None, False  # it governs the rest of its paragraph only
            if open_claims and all(c.attributed_to is None for c in claims[first_claim:]):
                # a paragraph of figures no one was credited with: the report the
                # paragraph before closed with goes on, or the next one's opening
                # sentence says whose they are
                credit = reported or _opening_credit(article, doc, index, named, seen)
                if credit is not None and credit is reported and report_end is None:
                    # the report covered this whole paragraph: it goes on into the next,
                    # until a paragraph names a source of its own ("Такие данные
                    # приводятся в докладе ООН. ¶ … 170 погибли … ¶ Более 40 тысяч …")
                    report_end = reported
                if credit is not None:
                    for i in open_claims:
                        claims[i] = attrs.evolve(claims[i], **_credited(credit, lang))
                else:  # the parts of a total the paragraph before credited
                    credit_breakdown(claims, range(prev_first, first_claim), open_claims)
            prev_first, first_claim, open_claims = first_claim, len(claims), []
            reported, report_end = report_end, None
        # the paragraph so far says who is counted (only its last BEFORE_REACH
        # characters are read: a copy of all of it would grow with the paragraph)
        para = max(doc.paragraph_start(s_start), s_start - BEFORE_REACH)
        sentence = text[s_start:s_end]
        found = extract_quantities(sentence, lang, before=text[para:s_start])
        for q in found:
            if q.unit is None and q.kind != "ordinal" and q.low is not None:
                lent = fronted_unit(doc, s_start, s_start + q.start, claims)
                if lent is not None:
                    q = attrs.evolve(q, unit=lent)  # "Among the dead were seven Norwegians"
            if not _is_claim(q, sentence, lang) or s_start + q.start < article.body_start:
                continue
            start, end = s_start + q.start, s_start + q.end
            ctx = context(
                text, s_start, s_end, start, end, lang, publisher=article.source, home=home
            )
            if ctx.place_id is None and (back := city_pointed_back(doc, index, start, end)):
                ctx = attrs.evolve(ctx, place=back[0], place_id=back[1])  # "in the city"
            attrib = ctx.attribution
            if attrib is not None and (where := place_as_source(attrib.source, lang.code)):
                # "A província de Nampula registou 18 óbitos": where, not who, counted
                # ("secondo la prefettura di Bologna": the office of that place speaks)
                if ctx.place_id is None or _where_it_lies(ctx.place_id, where[1], home):
                    ctx = attrs.evolve(ctx, place=where[0], place_id=where[1])
                if _place_only(attrib, lang):
                    attrib = None
            if attrib is not None and _unit_label(q, attrib, text, start):
                attrib = None  # "Hospitalised: 40", "Casos confirmados: 120": no source
            if (
                attrib is not None
                and holder is not None
                and holder[1] == len(named)
                and holder[2] == index - 1
                and lone_pronoun(attrib, lang)
            ):
                # "X hält die Zahl für zu niedrig. Sie spricht von 150": the pronoun
                # stands for the subject of the position just told, no one named since
                attrib = attrs.evolve(holder[0], cue=attrib.cue, deed=attrib.deed)
            elif attrib is not None and attrib.refers_back:
                same = _same_source(attrib, latest, lang)
                attrib = same or resolve_back(attrib, named, lang, titles)
            elif attrib is not None:
                named.append(attrib)
            if attrib is not None and attrib.deed and carried is not None and _acted_on(q):
                # "…, segundo a Proteção Civil. Os bombeiros resgataram 60 pessoas": the
                # doer acted; the account the paragraph goes on with tells the figure
                attrib = carried
            if _event_attribute(q, found):
                attrib = None  # "the magnitude 7 quake damaged 59,674 homes, X said"
            elif attrib is not None and (
                _in_background(doc, s_start, start, attrib)
                or _event_clause(doc, s_start, s_end, start, attrib)
            ):
                attrib = None  # "…, the authorities said, as the toll rose to 205"
            elif attrib is None and q.qualifier == Qualifier.VAGUE:
                # "Dutzende Menschen werden noch vermisst", "thousands were left homeless":
                # a vague figure is the writer's own summary, no count the source named
                # before gave; only a credit of its own sentence covers it
                attrib = _credited_later(article, doc, index, seen, later)
            elif attrib is None:
                attrib = (
                    _credited_later(article, doc, index, seen, later)
                    or _quote_credit(article, doc, index, named, quoted)
                    or (
                        None
                        if (carried_reading and not _reading(q.unit))
                        or _hearsay(doc, s_start, start)
                        else carried
                    )
                    or (
                        None
                        if _body_subject(doc, s_start, start)
                        else _fronted_next(article, doc, index, named)
                    )
                )
                if attrib is not None and _place_only(attrib, lang):
                    attrib = None  # a place credited elsewhere is no source either
                if attrib is None:
                    open_claims.append(len(claims))
            if attrib is not None and attrib is not carried and not attrib.deed:
                carried_reading = _reading(q.unit)  # "winds of 120 mph, the NHC said"
            if attrib is None or not attrib.deed:
                carried = attrib or carried  # a deed's doer credits its own figure only
            if attrib is not None and state_pointer(attrib.source, lang) is not None:
                pointers[len(claims)] = attrib  # "the British analysts": named later?
            if attrib is not None:
                latest = attrib
            if attrib is not ctx.attribution:
                ctx = attrs.evolve(ctx, attribution=attrib)
            if q.change == "down" and _lost(q, doc, start):
                q = attrs.evolve(q, change=None)  # "Russia lost 300,000 soldiers": no fall
            if q.unit == _LOST and (state := lost_as_before(text, doc.folded, start, lang.code)):
                q = attrs.evolve(q, unit=state)  # "вбитими Росія втратила 350 000 військових"
            if _unit_is_the_source(q, ctx.attribution, text, start, end, lang):
                own = lang.units.find(text[start:end], doc.folded[start:end])  # "750 people"
                q = attrs.evolve(
                    q,
                    unit=own[-1].label if own else None,
                    unit_text=text[start + own[-1].start : start + own[-1].end] if own else None,
                )
            if claims and claims[-1].start >= s_start and _names_whole_noun(q, claims[-1]):
                q = attrs.evolve(q, unit=claims[-1].unit, unit_text=claims[-1].unit_text)
            if (seat := _seat_of_fire(q, doc, end, kinds)) is not None:
                q = attrs.evolve(q, unit=_FIRES, unit_text=seat)  # "au lichidat 12 focare"
            if q.unit == _STAFF:
                fire = _fire_story(doc, kinds)
                crew = _crew(text, doc.folded, (s_start, s_end), found, lang, fire=fire)
                q = attrs.evolve(q, unit=crew)
            if (
                q.unit == _PEOPLE
                or (q.unit is None and _demonym_after(doc, end))
                or (
                    q.unit is None
                    and crowd_unit(ctx.event) not in _CAPTIVES
                    and _crowd_sized(q, doc, start, end, ctx.event)
                )
            ) and (crowd := crowd_unit(ctx.event)) is not None:
                # "30,000 people marched": the crowd; "freed 84 Ukrainians", "120
                # Ukrainians returned from captivity": the captives
                q = attrs.evolve(q, unit=_captives(crowd, doc, kinds, captives))
            if (status := head_event_unit(q.unit, ctx.event)) is not None:
                q = attrs.evolve(q, unit=status)  # "63 inmates who fled the jail": the escaped
            if (
                (q.unit == _PEOPLE or (q.unit is None and _bare_crowd(q, text, end)))
                and (ctx.took_part or _took_part_noun(q, lang))
                and (crowd := _story_crowd(doc, kinds)) is not None
            ):
                # "put turnout at 1.1 million", "1,1 tot 3 miljoen deelnemers": the crowd
                # of the article's protest, the event of its crowd
                q = attrs.evolve(q, unit=crowd)
                ctx = attrs.evolve(ctx, event=crowd_event(crowd) or ctx.event)
            if (rain := rainfall_unit(q.unit)) is not None and lang.rain_words.find(
                text[s_start:s_end], doc.folded[s_start:s_end]
            ):
                q = attrs.evolve(q, unit=rain)  # "choveram 200 litros": litres of rain per m²
            if (degrees := _degrees_unit(q, doc, s_start, s_end)) is not None:
                q = attrs.evolve(q, unit=degrees)  # "il terremoto di 6,3 gradi": a magnitude
            if _speed(q.unit) and (wind := wind_event(text, s_start, s_end, start, end, lang)):
                ctx = attrs.evolve(ctx, event=wind[0], predicate=wind[1])  # "Gusts reached"
            if q.unit == _HURT and (
                illness_after(text, doc.folded, end, lang.code)
                or _illness_before(text, doc.folded, s_start, start, lang.code)
            ):
                # "2729 إصابة بالكوليرا": infections; "31 personas han sido hospitalizadas"
                # by measles: the hospitalised, a count of its own
                q = attrs.evolve(q, unit=_HOSPITALIZED if _in_hospital(q, lang) else _CASES)
            elif q.unit == _HURT and _in_hospital(q, lang) and _epidemic_story(doc, kinds):
                q = attrs.evolve(q, unit=_HOSPITALIZED)  # "Of the 120 cases, 31 were hospitalised"
            if (c := concept(q.unit)) is not None and c.dimension == _AREA:
                spans = ((s_start, s_end), doc.sentences[0])  # its sentence, the headline
                if (verb := area_event(text, doc.folded, start, end, lang.code, spans)) is not None:
                    ctx = attrs.evolve(ctx, event=verb[0], predicate=verb[1])  # "ravagé 10 000 ha"
            if attrib is not None and (town := _heads_town(ctx.place_id, attrib, lang)):
                ctx = attrs.evolve(ctx, place=town[0], place_id=town[1])  # "the mayor of Derna"
            if _of_aftershock(q, doc, index, start, end):
                ctx = attrs.evolve(ctx, scope=tuple(sorted({*ctx.scope, AFTERSHOCK})))
            claims.append(
                Claim(
                    id=f"{article.id}#q{len(claims) + 1}",
                    kind=ClaimKind.QUANTITY.value,
                    text=text[start:end],
                    start=start,
                    end=end,
                    low=q.low,
                    high=q.high,
                    qualifier=q.qualifier,
                    approximate=q.approximate,
                    unit=q.unit,
                    unit_text=q.unit_text,
                    quantity_kind=q.kind,
                    # "… and 170 elsewhere": the rest, added to a place's count
                    increment=_adds_to_total(q, claims, doc, s_start) or ELSEWHERE in ctx.scope,
                    change=q.change,
                    event=ctx.event,
                    predicate=ctx.predicate,
                    subject=ctx.subject,
                    **_frame(doc, s_start, s_end, start, end, q.unit),
                    **_common(article, doc, s_start, s_end, ctx),
                    **_credited(ctx.attribution, lang),
                    wire=doc.wire,
                    hour_before=clock_before(doc, s_start, s_end, SO_FAR in ctx.scope),
                )
            )
        titles += report_titles(text, doc.folded, s_start, s_end, lang)
        # A sentence that credits the figures before it ("Про це повідомило X") names X
        # for the pointers after it too ("Як ідеться у зведенні", "the ministry"); one
        # that credits its data to a source by a prefix cue, with no figure of its own
        # ("Los datos … fueron facilitados por X", "Segons l'AEMET, …"), governs the rest
        # of its paragraph as a credited figure does.
        if index not in seen:
            seen[index] = _back_reference(article, doc, s_start, s_end)
        ref = seen[index]
        names_report = ref is not None and (
            _names_report(ref, lang) or report_named(text, doc.folded, s_start, s_end, ref, lang)
        )
        report_end = ref if names_report else None
        if ref is not None and not ref.refers_back:
            named.append(ref)
            latest = ref
        elif not claims or claims[-1].start < s_start:
            credit = sentence_credit(text, s_start, s_end, s_end, s_end, lang, article.source)
            if credit is None and (lead := leading_subject(text, s_start, s_end, lang)):
                # "Die Gewerkschaft hält die Zahl für zu niedrig.": a body takes a position
                # by a verb that is no cue; a pronoun right after it is the body's
                holder = (lead, len(named), index)
            if credit is not None and credit.stance:
                # "Russian officials insist that Western estimates are exaggerated.": a
                # position with no figure; "the report" after it is not theirs, but a
                # pronoun right after it ("They put it at 900") is
                if not credit.refers_back and _short_source(credit, _NAMED_WORDS):
                    holder = (credit, len(named), index)
                credit = None
            if credit is not None and _short_source(credit, _NAMED_WORDS):
                # "Now the General Staff has published new figures.": no figure of its
                # own, but "Demnach …", "the ministry", "he" after it point to it
                target = resolve_back(credit, named, lang) if credit.refers_back else credit
                if target is not None:
                    named.append(target)
                    latest = target
            if (
                credit is not None
                and _short_source(credit)
                and not _by_prefix(credit, lang)
                and _looks_ahead(doc, s_start, s_end)
            ):
                # "X said the government would mobilise every resource.": a promise
                # credits no figure after it, and ends the account the paragraph told
                carried, carried_reading = None, False
            elif credit is not None and (_by_prefix(credit, lang) or _short_source(credit)):
                credit = resolve_back(credit, named, lang) if credit.refers_back else credit
                if credit is not None:
                    carried, carried_reading = credit, False
                    latest = credit
    last_open = open_claims and all(c.attributed_to is None for c in claims[first_claim:])
    if reported is not None and last_open:
        for i in open_claims:  # the last paragraph goes on with the report before it
            claims[i] = attrs.evolve(claims[i], **_credited(reported, lang))
    elif last_open:
        credit_breakdown(claims, range(prev_first, first_claim), open_claims)
    claims = _state_ahead(claims, pointers, named, lang)
    claims = _conversions(_press_outlets(claims, doc), doc, article.source)
    claims = _measure_conversions(_weights_in_brackets(claims, doc), doc)
    headline = doc.sentences[0][0] if doc.sentences else -1
    # a title line ends with no stop ("Dozens of whales stranded on Texel"); a first
    # sentence that does is the lead ("TRIPOLI – The toll has risen above 11,000.")
    title = bool(doc.sentences) and doc.text[slice(*doc.sentences[0])].rstrip()[-1:] not in ".!?"
    claims = _told_headlines(_credit_repeats(claims, lang, headline, title), headline)
    return _named(claims, article, doc)


def _told_headlines(claims: list[Claim], headline: int) -> list[Claim]:
    """The claims, a headline figure taking the day its body twin was told.

    "23 globicéphales morts sur la plage de Texel" over "Le bilan s'est alourdi hier à
    Texel : 23 des globicéphales …": the body dates its 23 by the day the count was told
    (``as_of_from`` "statement": a statement's day, or a "yesterday" on the toll phrase,
    extract._frame._toll_told), so the headline's 23, the same figure of the same unit
    with no time of its own, holds at that day too, not at the writing. Only a value the
    body gives once (no other body figure of its low value, hedged or not: "top 1 million"
    over "more than 1 million …, said Thursday" and a think tank's "1 million" of June 3
    is no one reading's), and never a vague one ("des dizaines"). A body twin the text
    dates by the event ("The breach on Wednesday killed 12": ``as_of_from`` "text") gives
    the headline nothing: the headline's figure is then the count as of the writing
    (judge._count_dated).
    """
    told: dict[Any, list[Claim]] = {}
    for claim in claims:
        if claim.sentence_start != headline and claim.low is not None:
            told.setdefault(claim.low, []).append(claim)
    out: list[Claim] = []
    for claim in claims:
        twins = told.get(claim.low, []) if claim.low is not None else []
        twin = twins[0] if len(twins) == 1 else None
        if (
            twin is not None
            and claim.sentence_start == headline
            and claim.unit is not None
            and claim.qualifier != Qualifier.VAGUE
            and claim.as_of_from == "published"
            and claim.as_of is not None
            and (twin.high, twin.unit) == (claim.high, claim.unit)
            and twin.as_of_from == "statement"
            and twin.as_of is not None
            and len(twin.as_of) == len(ISO_DAY)
            and twin.as_of < claim.as_of[:10]
        ):
            claim = attrs.evolve(claim, as_of=twin.as_of, as_of_from="statement")
        out.append(claim)
    return out


def _named(claims: list[Claim], article: Article, doc: Document) -> list[Claim]:
    """The quantity claims with the names beside their figures (``Claim.names``): the
    words of the article's headline (its title, and its first sentence) left out."""
    if not any(c.kind == ClaimKind.QUANTITY.value and c.unit for c in claims):
        return claims
    heading = " ".join([article.title or "", *(article.text[s:e] for s, e in doc.sentences[:1])])
    story = headline_stems(heading)
    out = []
    for claim in claims:
        if claim.kind == ClaimKind.QUANTITY.value and claim.unit:
            base = claim.sentence_start
            source = (
                (claim.attribution_start - base, claim.attribution_end - base)
                if claim.attribution_start is not None and claim.attribution_end is not None
                else (0, 0)
            )
            names = names_near(
                claim.sentence,
                claim.start - base,
                claim.end - base,
                source,
                claim.language,
                story,
            )
            if names:
                claim = attrs.evolve(claim, names=names)
        out.append(claim)
    return out


def _state_ahead(
    claims: list[Claim],
    pointers: dict[int, Attribution],
    named: list[Attribution],
    lang: LanguageData,
) -> list[Claim]:
    """Credit a state pointer no earlier source resolved ("Kiew:" in a headline, "the
    British analysts" in a lead) with the first body of that state the article names
    after it; a headline's capital with none stays uncredited (it may be a dateline)."""
    out = list(claims)
    if not pointers:
        return out
    # each named source's state, read once: (start, order) -> the body of that state
    bodies: dict[str, list[tuple[int, int, Attribution]]] = {}
    for order, named_source in enumerate(named):
        for key in states_of(named_source, lang):
            bodies.setdefault(key, []).append((named_source.start, order, named_source))
    starts: dict[str, list[int]] = {}
    for key, found in bodies.items():
        found.sort(key=lambda item: (item[0], item[1]))
        starts[key] = [start for start, _, _ in found]
    for i, attrib in pointers.items():
        state = state_pointer(attrib.source, lang)
        if state is None:
            continue
        found = bodies.get(state, [])
        k = bisect.bisect_right(starts.get(state, []), attrib.start)
        body = found[k][2] if k < len(found) else None
        if body is not None:
            out[i] = attrs.evolve(out[i], **_credited(attrs.evolve(body, cue=attrib.cue), lang))
        elif attrib.cue == ":":
            out[i] = attrs.evolve(out[i], **_NO_SOURCE)
    return out


#: What may stand between a sum and its conversion: "10.6 billion euros ($11.6 billion)".
_CONVERSION_GAP = re.compile(r"(?<![ \t])[ \t]*\([ \t]*(?:[^\w\s(]{1,3}|[A-Z]{1,3}[$]?)?[ \t]*")


def _bracketed(prev: Claim, claim: Claim, doc: Document) -> bool:
    """``claim`` stands in brackets right after ``prev``, as a conversion does ("10.6
    billion euros ($11.6 billion)", "6,800 hectares (16,800 acres)")."""
    between = doc.text[prev.end : claim.start]
    return "(" in between and _CONVERSION_GAP.fullmatch(doc.text, prev.end, claim.start) is not None


def _conversions(claims: list[Claim], doc: Document, publisher: str | None) -> list[Claim]:
    """Credit a sum in another currency, set in brackets right after a sum ("10.6 billion
    euros ($11.6 billion)", "100 million Swiss francs (S$153 million)"), to the outlet
    that converted it, not to whoever gave the first sum; with no outlet known, to no
    one. The conversion carries the sum it converts (:func:`converts_marker`)."""
    out = claims
    for i in range(1, len(claims)):
        prev, claim = claims[i - 1], claims[i]
        if not (prev.quantity_kind == claim.quantity_kind == "money") or prev.unit == claim.unit:
            continue
        if not _bracketed(prev, claim, doc):
            continue
        if out is claims:
            out = list(claims)
        scope = (*claim.scope, converts_marker(prev))
        if publisher:
            out[i] = attrs.evolve(
                claim,
                scope=scope,
                **{
                    **_NO_SOURCE,
                    "attributed_to": publisher,
                    "source_id": source_id(publisher, doc.lang),
                    "self_cited": True,
                },
            )
        else:
            out[i] = attrs.evolve(claim, scope=scope, **_NO_SOURCE)
    return out


def _weights_in_brackets(claims: list[Claim], doc: Document) -> list[Claim]:
    """Read a sum in a currency whose word is also a weight (``concepts.toml`` ``weight``:
    the pound) as that weight when it stands in brackets right beside a figure of mass, on
    either side: "a 500-kilogram (1,100-pound) bomb", "eine 500 Kilogramm (1.100 Pfund)
    schwere Bombe", "1,100 pounds (500 kg)". No one converts a weight into money in
    brackets; a sum beside a sum keeps its currency (:func:`_conversions`).

    The pound is a weight only when written as a word and when the two figures are one
    mass (within :data:`POUND_WORD_SLACK`, newsrooms round the pounds: "5 kilograms (10
    pounds)"): "20 kilograms (£400,000) of heroin" and
    "20 Kilogramm (400.000 Pfund) Heroin" give the drug's worth beside its weight."""
    out = claims
    for i in range(1, len(claims)):
        prev, claim = claims[i - 1], claims[i]
        if not _bracketed(prev, claim, doc):
            continue
        for j, other in ((i, prev), (i - 1, claim)):
            sum_ = out[j]
            weight = _weight_of(sum_)
            if weight is None or not _of_mass(other) or not _one_mass(sum_, weight, other):
                continue
            if out is claims:
                out = list(claims)
            out[j] = attrs.evolve(sum_, unit=weight, quantity_kind=_MEASURE)
    return out


# The ``quantity_kind`` of a measure (extract._quantities).
_MEASURE = "measure"


def _weight_of(claim: Claim) -> str | None:
    """The measure of mass a sum's currency word also names (the pound), or None."""
    if claim.quantity_kind != "money":
        return None
    c = concept(claim.unit)
    return c.weight if c is not None else None


# How far a pound word in brackets beside a mass may stray from it and still be that
# mass: newsrooms round conversions to a round figure ("5 kilograms (10 pounds)", 9 %
# off), while a sum of money is orders of magnitude away ("20 kilograms (400,000 pounds)").
POUND_WORD_SLACK = 0.25


def _one_mass(sum_: Claim, weight: str, other: Claim) -> bool:
    """``sum_`` read in ``weight`` is ``other``'s mass, rounded as conversions are: its
    currency written as a word ("550-pound", "1.100 Pfund"; a sign or a code such as "£"
    or "GBP" is money), and each value within :data:`POUND_WORD_SLACK` of the other's
    (5 kg is 11.02 lb, printed "10 pounds": 9 % off)."""
    if sum_.unit_text is None:
        return False
    factor, other_factor = base_unit(weight)[1], base_unit(other.unit)[1]
    pairs = ((sum_.low, other.low), (sum_.high, other.high))
    if any(a is None or b is None for a, b in pairs):
        return False
    return all(
        abs(float(a) * factor - float(b) * other_factor)
        <= POUND_WORD_SLACK * abs(float(b) * other_factor)
        for a, b in pairs
        if a is not None and b is not None
    )


def _of_mass(claim: Claim) -> bool:
    """Whether ``claim`` is a measure of mass (kilograms, tonnes, pounds)."""
    c = concept(claim.unit)
    return c is not None and c.kind == _MEASURE and c.dimension == "mass"


def _measure_conversions(claims: list[Claim], doc: Document) -> list[Claim]:
    """Give a measure set in brackets right after the same measure in another unit the
    frame of the figure it converts ("has burned 6,800 hectares (16,800 acres) and killed
    one firefighter": burned, not killed; "winds of 120 mph (193 km/h)").

    The conversion is the first figure again; the verbs and places around it are that
    figure's, though the nearest verb may stand after the brackets. Only between two
    units of one base (``concepts.toml`` ``base``), never money (:func:`_conversions`).
    """
    out = claims
    for i in range(1, len(claims)):
        prev, claim = claims[i - 1], claims[i]
        if prev.unit is None or claim.unit is None or prev.unit == claim.unit:
            continue
        if prev.quantity_kind == "money" or base_unit(prev.unit)[0] != base_unit(claim.unit)[0]:
            continue
        if not _bracketed(prev, claim, doc):
            continue
        if out is claims:
            out = list(claims)
        out[i] = attrs.evolve(
            claim,
            event=prev.event,
            predicate=prev.predicate,
            subject=prev.subject,
            status=prev.status,
            place=claim.place if claim.place_id else prev.place,
            place_id=claim.place_id or prev.place_id,
        )
    return out


def converts_marker(sum_: Claim) -> str:
    """The scope marker of a conversion: the sum it converts ("converts:eur:10600000000").

    Two conversions of one sum are one quantity whenever they are printed,
    so the aligner compares them and the judge reads them as one value
    (exchange rates aside).
    """
    low = "" if sum_.low is None else f"{float(sum_.low):.15g}"
    high = "" if sum_.high is None else f"{float(sum_.high):.15g}"
    value = low if low == high else f"{low}-{high}"
    return f"{CONVERTS}{sum_.unit}:{value}"


#: The prefix of a conversion's scope marker (:func:`converts_marker`).
CONVERTS = "converts:"


def _press_outlets(claims: list[Claim], doc: Document) -> list[Claim]:
    """Credit a figure whose source is only the press's people ("Journalists have
    identified …", "les deux médias") to the outlet the article names nearest to it by
    its proper name ("Медиазона", "BBC"); with none named, the words stay as written."""
    lang = doc.lang
    out = claims
    for i, claim in enumerate(claims):
        source = claim.attributed_to
        if source is None or not press_pointer(source, lang):
            continue
        span = nearest_outlet(doc.text, doc.folded, claim.start, lang)
        if span is None:
            continue
        name = doc.text[span[0] : span[1]]
        if out is claims:
            out = list(claims)
        out[i] = attrs.evolve(
            claim,
            attributed_to=name,
            source_id=source_id(name, lang),
            attribution_start=span[0],
            attribution_end=span[1],
            attribution_chain=(),
        )
    return out


_NO_SOURCE: dict[str, Any] = {
    "attributed_to": None,
    "source_id": None,
    "attribution_cue": None,
    "attribution_start": None,
    "attribution_end": None,
    "attribution_chain": (),
    "self_cited": False,
}


def _with_source(claim: Claim, donor: Claim) -> Claim:
    """``claim`` credited to the source ``donor`` is credited to."""
    return attrs.evolve(claim, **{f: getattr(donor, f) for f in SOURCE_FIELDS})


def _credit_repeats(
    claims: list[Claim], lang: LanguageData, headline: int = -1, title: bool = False
) -> list[Claim]:
    """Credit an uncredited figure with the source of the same figure elsewhere in the
    article: a headline's "11,300 dead" is the body's "11,300 dead, OCHA said". A vague
    figure ("thousands") names no figure of its own to be repeated, and a fixed property
    of the event (a magnitude: "the magnitude 6.8 quake") mostly names the event: who
    measured it in one sentence says nothing of the uncredited mentions elsewhere.

    A figure credited to a state alone ("…, Ukraine says" in a headline) takes the body
    the same figure is credited to elsewhere ("military officials in Kyiv said"): the
    state named who spoke for it only by its name.

    A figure of the headline (the sentence at ``headline``) drops the hedge the body gives
    it: "79 morts" in the headline is the body's "Au moins 79 personnes …, selon les
    garde-côtes", so an open bound of the same low value and unit is its twin too."""
    credited: dict[tuple[Any, Any, Any], Claim] = {}
    for claim in claims:
        vague = claim.qualifier == Qualifier.VAGUE
        source = claim.attributed_to
        # a state alone gives no credit on (see _body_of_state)
        state = bare_state(source, lang) if source is not None else None
        if source is not None and claim.low is not None and not vague and state is None:
            credited.setdefault((claim.low, claim.high, claim.unit), claim)
    # a headline figure is the body's one credited figure of its value when one of the
    # two names no unit ("Fallzahl steigt auf 240" / "240 bestätigte Fälle, so X")
    valued: dict[tuple[Any, Any], Claim | None] = {}
    for claim in credited.values():
        value = (claim.low, claim.high)
        valued[value] = claim if value not in valued else None
    hedged: dict[tuple[Any, Any], Claim | None] = {}  # open bounds by (low, unit)
    for claim in claims:
        source = claim.attributed_to
        if claim.high is not None or claim.low is None or source is None:
            continue
        key = (claim.low, claim.unit)
        first = hedged.setdefault(key, claim)
        if first is not None and first.source_id != claim.source_id:
            hedged[key] = None  # two sources give the bound: the headline's is either
    body: dict[tuple[Any, Any, Any], Claim] = {}  # the body's credited figures
    stated: dict[tuple[Any, Any], Claim | None] = {}  # by (the one number stated, unit)
    for claim in claims:
        body_figure = claim.sentence_start != headline and claim.qualifier != Qualifier.VAGUE
        if body_figure and claim.attributed_to is not None and claim.low is not None:
            body.setdefault((claim.low, claim.high, claim.unit), claim)
        number = _stated_number(claim)
        if body_figure and claim.attributed_to is not None and number is not None:
            if bare_state(claim.attributed_to, lang) is not None:
                continue  # a state alone gives no credit on (see _body_of_state)
            first = stated.setdefault((number, claim.unit), claim)
            if first is not None and first.source_id != claim.source_id:
                stated[(number, claim.unit)] = None  # two sources state it: either
    # the lead's (the body's first sentence with a figure) first credited figure of each
    # unit, when one source credits every figure of that unit there
    lead: dict[str, Claim | None] = {}
    first_body = next((c.sentence_start for c in claims if c.sentence_start != headline), None)
    for claim in claims:
        if claim.sentence_start != first_body or claim.unit is None:
            continue
        known = lead.get(claim.unit)
        if claim.unit in lead and (known is None or known.source_id != claim.source_id):
            lead[claim.unit] = None  # two sources, or a figure of no one's: either
        elif claim.attributed_to is None or claim.low is None:
            lead[claim.unit] = None
        elif bare_state(claim.attributed_to, lang) is not None:
            lead[claim.unit] = None  # a state alone gives no credit on (see _body_of_state)
        else:
            lead.setdefault(claim.unit, claim)
    out: list[Claim] = []
    for claim in claims:
        twin = credited.get((claim.low, claim.high, claim.unit))
        if twin is None and claim.sentence_start == headline and claim.low == claim.high:
            twin = hedged.get((claim.low, claim.unit))  # "79 morts" / "au moins 79"
        if twin is None and claim.sentence_start == headline:
            # one side names no unit: "Fallzahl steigt auf 240" / "… 240 Fälle, so X"
            twin = valued.get((claim.low, claim.high))
            if twin is not None and not _one_count(claim.unit, twin.unit):
                twin = None
        if twin is None and claim.sentence_start == headline and claim.unit is not None:
            # "au moins six morts" / "six personnes sont mortes, selon la préfecture",
            # "Bis zu 60.000 Tote" / "bis zu 60.000 Soldaten …, so das Ministerium": the
            # headline hedges the body's one credited number of its unit, or drops its hedge
            number = _stated_number(claim)
            twin = stated.get((number, claim.unit)) if number is not None else None
        if (
            twin is None
            and title
            and claim.sentence_start == headline
            and claim.attributed_to is None
            and claim.unit is not None
        ):
            # "Plus de sept tonnes" / "7,2 tonnes …, a annoncé le parquet", "Dozens of
            # whales" / "Forty-two whales …, the council said": the headline rounds the
            # lead's figure of its unit, or names it vaguely
            first = lead.get(claim.unit)
            twin = first if first is not None and _headline_reads(claim, first) else None
        if claim.sentence_start == headline and _headline_recorder(claim, lang):
            # "Nampula regista 1.240 casos": the body says who gave them
            twin = body.get((claim.low, claim.high, claim.unit))
        mine = concept(claim.unit)
        fixed = mine is not None and mine.fixed
        recorder = claim.sentence_start == headline and _headline_recorder(claim, lang)
        open_credit = claim.attributed_to is None or (
            twin is not None and (recorder or _body_of_state(claim, twin, lang))
        )
        fuller = body.get((claim.low, claim.high, claim.unit))
        if (
            claim.sentence_start == headline
            and fuller is not None
            and fuller is not claim
            and _fuller_name(claim, fuller, lang)
        ):
            # "mensenrechtenorganisatie telt 31 doden" / "volgens de Guinese
            # mensenrechtenorganisatie Vigilance Guinée 31 mensen gedood": one body
            twin, open_credit = fuller, True
        stated_any = claim.low is not None or claim.high is not None
        if stated_any and twin is not None and not fixed and open_credit:
            claim = _with_source(claim, twin)
        out.append(claim)
    return out


#: How many times its low bound a vague headline figure ("dozens", "des milliers") may
#: stand for, not reaching it: "Dozens of whales" reads 42 whales, not 420; "hundreds"
#: reads 400, not 2,000.
_VAGUE_SPAN = 10


def _headline_reads(claim: Claim, body: Claim) -> bool:
    """Whether the headline figure ``claim`` may read the body figure ``body`` of its unit
    in fewer words: a vague word of a number whose low bound ``body``'s reaches, up to
    ``_VAGUE_SPAN`` times it ("Dozens of whales" / "Forty-two whales"; not a vague twin,
    which repeats no figure), or the body's one number rounded to the headline's last
    significant digit, on the side its hedge says ("Plus de sept tonnes" / "7,2 tonnes",
    "1.72 million" / "1,716,000"; "Peste 200" / "peste 250" is another figure)."""
    if body.low is None:
        return False
    if claim.qualifier == Qualifier.VAGUE:
        if claim.low is None or claim.low <= 0:
            return False
        if body.qualifier == Qualifier.VAGUE:
            return False  # a vague twin repeats no figure (see _credit_repeats)
        return bool(claim.low <= body.low < claim.low * _VAGUE_SPAN)
    number, theirs = _stated_number(claim), _stated_number(body)
    if number is None or theirs is None or body.qualifier == Qualifier.VAGUE:
        return False
    if number <= 0 or number == theirs:
        return False  # the same number is the stated twin's (see _credit_repeats)
    if claim.qualifier in (Qualifier.OVER, Qualifier.AT_LEAST) and theirs < number:
        return False
    if claim.qualifier in (Qualifier.UNDER, Qualifier.UP_TO) and theirs > number:
        return False
    return bool(abs(theirs - number) < _last_digit(number) / 2)


def _last_digit(number: float) -> float:
    """The worth of the last significant digit of ``number``: 100 for 200, 10,000 for
    1,720,000, 1 for 7, 0.1 for 7.2."""
    text = f"{number:.6f}".rstrip("0").rstrip(".")
    if "." in text:
        return float(10 ** -len(text.split(".")[1]))
    digits = text.lstrip("-")
    return float(10 ** (len(digits) - len(digits.rstrip("0"))))


def _stated_number(claim: Claim) -> Any:
    """The one number a figure states, whatever its hedge: its value, or its one bound
    ("au moins six" and "six" state 6; "bis zu 60.000" 60,000); None for a range of two
    numbers ("40.000 bis 60.000"), a vague figure or none."""
    if claim.qualifier == Qualifier.VAGUE:
        return None
    if claim.low is None or claim.high is None or claim.low == claim.high:
        return claim.low if claim.low is not None else claim.high
    return None


# The concepts.toml kind of a head count of people.
_PERSON_KIND = "person"

#: How far into its sentence a body noun may stand to be the sentence's subject.
_SUBJECT_REACH = 24


def _one_count(unit: str | None, other: str | None) -> bool:
    """Whether a headline figure of ``unit`` may be the body's figure of ``other`` of the
    same bounds: one of them names no unit ("Fallzahl steigt auf 240" / "240 Fälle"), or
    both count people and the headline's names only people, not what befell them ("Plus
    de 150 chauffeurs" / "plus de 150 chauffeurs … bloqués, a annoncé X": the stranded).
    Two states ("23 morts" / "23 blessés") are two figures, and a headline's state is
    not told by a body's plain head count ("three Britons" among the dead / "Three
    British nationals are among the victims": the body's words are another reading)."""
    if unit is None or other is None:
        return True
    mine, theirs = concept(unit), concept(other)
    if mine is None or theirs is None or mine.kind != _PERSON_KIND or theirs.kind != _PERSON_KIND:
        return False
    return not mine.status


def _body_subject(doc: Document, s_start: int, start: int) -> bool:
    """Whether the sentence opens with a body (``[attribution] role_nouns``) before the
    figure at ``start``: it tells what that body did ("I vigili del fuoco hanno lavorato
    con 40 uomini"), not a lead figure that the next sentence's credit covers ("The
    toll has risen to 2,800. According to the ministry, …"). A toll phrase before the
    figure makes it such a lead figure whoever opens the sentence ("Families waited
    outside the hospital as the toll rose to 40")."""
    lo = s_start + len(doc.text[s_start:start]) - len(doc.text[s_start:start].lstrip(" \"'«„“("))
    hi = min(start, lo + _SUBJECT_REACH)
    words = source_words(doc.lang)
    if not any(
        m.start <= _SUBJECT_REACH for m in words.roles.find(doc.text[lo:hi], doc.folded[lo:hi])
    ):
        return False
    lang = doc.lang
    before, folded = doc.text[lo:start], doc.folded[lo:start]
    return not (lang.tolls.find(before, folded) or lang.toll_nouns.find(before, folded))


def _acted_on(q: Quantity) -> bool:
    """Whether ``q`` counts people in a state a deed put them in (a ``status`` unit:
    rescued, evacuated, arrested), not what the doer sent or gave of its own (troops,
    rescuers, money: "El Ejército envía 500 soldados" is the army's own figure)."""
    known = concept(q.unit)
    return known is not None and known.status


def _headline_recorder(claim: Claim, lang: LanguageData) -> bool:
    """Whether ``claim`` is credited to a lone name by a count verb (``[attribution]
    count_verbs``), as a headline writes where a figure was recorded: "Nampula regista
    1.240 casos", "Mora regista 46,6 graus", "Lampedusa records 40 arrivals". The
    body's credit of the same figure ("…, segundo a Direção Provincial de Saúde") is
    who gave it."""
    source, cue = claim.attributed_to, claim.attribution_cue
    if source is None or cue is None or len(source.split()) != 1:
        return False
    return fold(cue).strip() in source_words(lang).counts


def _fuller_name(claim: Claim, twin: Claim, lang: LanguageData) -> bool:
    """Whether ``twin``'s source names ``claim``'s more fully: every word of the headline's
    credit stands in the body's, which has more ("mensenrechtenorganisatie" / "de Guinese
    mensenrechtenorganisatie Vigilance Guinée"; "rights group" / "the rights group X")."""
    if claim.attributed_to is None or twin.attributed_to is None:
        return False
    skip = lang.function_words | lang.determiners
    mine = [w for w in re.findall(r"[^\W_]+", fold(claim.attributed_to)) if w not in skip]
    theirs = [w for w in re.findall(r"[^\W_]+", fold(twin.attributed_to)) if w not in skip]
    return bool(mine) and len(theirs) > len(mine) and all(w in theirs for w in mine)


def _body_of_state(claim: Claim, twin: Claim, lang: LanguageData) -> bool:
    """Whether ``claim`` is credited to a state alone and ``twin`` to a body of that
    state ("Ukraine says" -> "military officials in Kyiv")."""
    state = bare_state(claim.attributed_to or "", lang)
    if state is None or twin.attributed_to is None:
        return False
    named = Attribution(source=twin.attributed_to, start=0, end=0, cue="")
    return state in states_of(named, lang)


def _date_claims(article: Article, doc: Document, deadline: _Deadline) -> list[Claim]:
    text, lang = doc.text, doc.lang
    claims: list[Claim] = []
    for mention in doc.dates:
        deadline.check()
        s_start, s_end = doc.sentence_of(mention.start)
        if s_start == s_end or mention.start < article.body_start:
            continue
        ctx = context(
            text, s_start, s_end, mention.start, mention.end, lang, publisher=article.source
        )
        event, predicate = event_at(doc, mention.start, mention.end)
        common = _common(article, doc, s_start, s_end, ctx)
        common["scope"] = _tense(doc, s_start, s_end, mention.start, predicate)
        claims.append(
            Claim(
                id=f"{article.id}#d{len(claims) + 1}",
                kind=ClaimKind.DATE.value,
                text=mention.text,
                start=mention.start,
                end=mention.end,
                value=mention.value,
                grain=mention.grain,
                date_low=mention.low,
                date_high=mention.high,
                relative=mention.relative,
                resolved_against=mention.reference,
                event=event,
                predicate=predicate,
                **common,
                **_credited(ctx.attribution, lang),
                wire=doc.wire,
            )
        )
    return claims


# Characters before the event verb in which a future marker makes it planned.
_TENSE_WINDOW = 24


def _tense(
    doc: Document, s_start: int, s_end: int, anchor: int, predicate: str | None
) -> tuple[str, ...]:
    """("planned",) when the event's own verb is in the future ("se va întâlni", "will sign").

    Only the words right before the event verb count: a future elsewhere in
    the sentence ("cooperation will grow on the basis of an agreement signed
    in 2019") says nothing about when that agreement was signed.
    """
    if not predicate:
        return ()
    lang = doc.lang
    if any(m.label == "planned" for m in lang.scope.find(predicate)):
        return ("planned",)  # the verb phrase itself is future: "se va întâlni"
    sentence = doc.text[s_start:s_end]
    folded = doc.folded[s_start:s_end]
    target = fold(predicate)
    best: int | None = None
    pos = folded.find(target)
    while pos != -1:
        if best is None or abs(pos - (anchor - s_start)) < abs(best - (anchor - s_start)):
            best = pos
        pos = folded.find(target, pos + 1)
    if best is None:
        return ()
    planned = any(
        m.label == "planned" and best - _TENSE_WINDOW <= m.start and m.end <= best
        for m in lang.scope.find(sentence, folded)
    )
    return ("planned",) if planned else ()


def _quote_claims(article: Article, doc: Document, deadline: _Deadline) -> list[Claim]:
    text, lang = doc.text, doc.lang
    claims: list[Claim] = []
    for mention in quotes_in(doc):
        deadline.check()
        if mention.start < article.body_start:
            continue
        # A quote of several sentences (or one whose closing mark is missing)
        # keeps them all: the claim's sentence always holds its text.
        touching = doc.sentences_touching(mention.start, mention.end)
        s_start, s_end = touching if touching else (mention.start, mention.end)
        s_start, s_end = min(s_start, mention.start), max(s_end, mention.end)
        ctx = context(text, s_start, s_end, mention.start, mention.end, lang)
        claims.append(
            Claim(
                id=f"{article.id}#t{len(claims) + 1}",
                kind=ClaimKind.QUOTE.value,
                text=mention.text,
                start=mention.start,
                end=mention.end,
                speaker=mention.speaker,
                scare=mention.scare,
                predicate=mention.cue,
                # A quote's source is its speaker; ``attributed_to`` is the
                # outlet the article credits for it, if it names one.
                attributed_to=mention.outlet,
                attribution_chain=mention.chain,
                attribution_cue=mention.cue,
                wire=doc.wire,
                **_common(article, doc, s_start, s_end, ctx),
            )
        )
    return claims


def extract_claims(
    article: Article,
    *,
    budget: float | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> tuple[Claim, ...]:
    """Every quantity, date and quote claim of ``article``, in that order.

    ``budget``: seconds (by ``clock``) the extraction may take; past it
    :class:`TooComplexError` is raised (checked between sentences and mentions, so
    it may run over by the work of one bounded sentence). ``None``: no limit.
    """
    if article.language is None:
        return ()
    # One collection after the article, not dozens in it (see crosscheck._gc); it
    # runs once _claims_of has returned, so the article's working values (its
    # Document, sentences, matches) are freed by then, not traversed.
    with collector_paused():
        return _claims_of(article, article.language, budget, clock)


def _claims_of(
    article: Article, language: str, budget: float | None, clock: Callable[[], float]
) -> tuple[Claim, ...]:
    """:func:`extract_claims` of an article in ``language``."""
    deadline = _Deadline(article.id, budget, clock)
    # hard-wrapped lines read as one sentence ("At least\n12 people died"); same offsets
    text = soften_line_breaks(
        article.text, nouns_capitalised=frame_words(language).nouns_capitalised
    )
    doc = Document(text, language, published=article.published)
    found = units_carried(units_from_relatives(_quantity_claims(article, doc, deadline), doc), doc)
    found = places_of_headlines(found, doc)
    parts = sex_breakdown(mark_parts(lend_rival_places(unlend_places(found)), doc), doc)
    parts = mark_denials(mark_readings(credit_other_bodies(parts)), doc)
    quantities = with_companions(events_of_repeats(mark_thresholds(mark_sums(parts, doc), doc)))
    dates = _date_claims(article, doc, deadline)
    quotes = _quote_claims(article, doc, deadline)
    # a publication date known only to the month: the days the text reports narrow it
    quantities = narrow_published(quantities, doc, article.published, dates, quotes)
    quantities = mark_sole(_places_listed_elsewhere(quantities))
    deadline.check()
    if text is not article.text:  # a soft line break was read as a space: quote the source
        return tuple(_as_written(c, article.text) for c in (*quantities, *dates, *quotes))
    return (*quantities, *dates, *quotes)


def _places_listed_elsewhere(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, a place its language does not list (``~wielkopolska``) read as the place
    other languages list under that name (:func:`~..lang._places.listed_elsewhere`:
    "the western region of Wielkopolska" is the voivodeship Polish names so)."""
    out = []
    for c in claims:
        if c.place_id is not None and c.place_id.startswith("~") and c.place:
            key = listed_elsewhere(c.place)
            if key is not None:
                c = attrs.evolve(c, place_id=key)
        out.append(c)
    return out


def _as_written(claim: Claim, source: str) -> Claim:
    """``claim`` with its text and sentence as the article writes them (line breaks kept)."""
    start = claim.sentence_start
    return attrs.evolve(
        claim,
        text=source[claim.start : claim.end],
        sentence=source[start : start + len(claim.sentence)],
    )
