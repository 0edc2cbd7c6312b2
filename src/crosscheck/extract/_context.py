"""What a sentence says around a figure: who is cited, what happened, when, to whom.

Everything here works on one sentence at a time and returns spans into the
article text, so each piece of context can be traced back like the figure.
"""

from __future__ import annotations

import re

import attrs

from .._fold import fold
from .._phrases import PhraseMatch, PhraseSet
from ..lang import LanguageData

# Where a cited source's noun phrase stops.
_NP_STOP = re.compile(r"[,;:.!?()\[\]\"\u201c\u201d\u201e\u00ab\u00bb\n]|\s[-\u2013\u2014]\s")
_YEAR = re.compile(r"(?<![0-9.,])(1[89][0-9]{2}|20[0-9]{2}|2100)(?![0-9])")
_MAX_SOURCE_WORDS = 12


@attrs.frozen
class Attribution:
    """The source a sentence credits for a claim, and the chain it came through."""

    source: str
    start: int
    end: int
    cue: str
    chain: tuple[str, ...] = ()


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
    place: str | None


@attrs.frozen
class _Clause:
    text: str
    folded: str
    offset: int


def _openers(lang: LanguageData) -> PhraseSet:
    return _OPENERS_CACHE.setdefault(
        lang.code,
        PhraseSet({"opener": [str(x) for x in lang.raw.get("attribution", {}).get("clause_openers", [])]}),
    )


_OPENERS_CACHE: dict[str, PhraseSet] = {}


def _trim_np(text: str, *, from_end: bool) -> tuple[int, int]:
    """Bounds of the noun phrase inside ``text``: at most a dozen words, no edge punctuation."""
    words = list(re.finditer(r"\S+", text))
    if not words:
        return 0, 0
    if from_end:
        words = words[-_MAX_SOURCE_WORDS:]
    else:
        words = words[:_MAX_SOURCE_WORDS]
    start, end = words[0].start(), words[-1].end()
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _np_after(sentence: _Clause, pos: int, stop_at: int | None, lang: LanguageData) -> tuple[int, int]:
    m = _NP_STOP.search(sentence.text, pos)
    end = m.start() if m else len(sentence.text)
    if stop_at is not None and pos <= stop_at < end:
        end = stop_at
    for opener in _openers(lang).find(sentence.text[pos:end], sentence.folded[pos:end]):
        end = pos + opener.start
        break
    s, e = _trim_np(sentence.text[pos:end], from_end=False)
    return pos + s, pos + e


def _np_before(sentence: _Clause, pos: int, lang: LanguageData) -> tuple[int, int]:
    begin = 0
    for m in _NP_STOP.finditer(sentence.text, 0, pos):
        begin = m.end()
    for opener in _openers(lang).find(sentence.text[begin:pos], sentence.folded[begin:pos]):
        begin = begin + opener.end
    s, e = _trim_np(sentence.text[begin:pos], from_end=True)
    return begin + s, begin + e


def _chain(source: str, lang: LanguageData) -> tuple[str, ...]:
    """Split "presei care citează raportul KCNA" into ("presei", "raportul KCNA")."""
    parts: list[str] = []
    rest = source
    while True:
        found = lang.attribution_chain.find(rest)
        if not found:
            break
        cue = found[0]
        head = rest[: cue.start].strip(" ,")
        if head:
            parts.append(head)
        rest = rest[cue.end :].strip(" ,")
    if rest:
        parts.append(rest)
    return tuple(parts)


def attribution(
    sentence: _Clause, claim_start: int, claim_end: int, lang: LanguageData
) -> Attribution | None:
    """The source the sentence credits for the claim at ``[claim_start, claim_end)``.

    Positions are relative to the sentence. The nearest reporting verb before
    the claim wins ("X estimează că … 10.000"), then a prefix cue anywhere
    ("potrivit X", "according to X"), then a verb after the claim ("…, said X").
    """
    candidates: list[tuple[int, Attribution]] = []
    for cue in lang.attribution_verbs.find(sentence.text, sentence.folded):
        if cue.start < claim_start and cue.end <= claim_start:
            s, e = _np_before(sentence, cue.start, lang)
            if e > s:
                candidates.append((0 * 10_000 + (claim_start - cue.end), _make(sentence, s, e, cue, lang)))
        elif cue.start >= claim_end:
            s, e = _np_after(sentence, cue.end, None, lang)
            if e > s and sentence.text[s : s + 1].isupper():
                candidates.append((2 * 10_000 + (cue.start - claim_end), _make(sentence, s, e, cue, lang)))
                continue
            s, e = _np_before(sentence, cue.start, lang)
            if e > s and s >= claim_end:
                candidates.append((2 * 10_000 + (cue.start - claim_end), _make(sentence, s, e, cue, lang)))
    for cue in lang.attribution_prefix.find(sentence.text, sentence.folded):
        stop = claim_start if cue.end <= claim_start else None
        s, e = _np_after(sentence, cue.end, stop, lang)
        if e > s:
            distance = abs(claim_start - cue.end)
            candidates.append((1 * 10_000 + distance, _make(sentence, s, e, cue, lang)))
    if not candidates:
        return None
    candidates.sort(key=lambda c: (c[0], c[1].start))
    return candidates[0][1]


def _make(sentence: _Clause, s: int, e: int, cue: PhraseMatch, lang: LanguageData) -> Attribution:
    source = sentence.text[s:e]
    return Attribution(
        source=source,
        start=sentence.offset + s,
        end=sentence.offset + e,
        cue=sentence.text[cue.start : cue.end],
        chain=_chain(source, lang),
    )


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


def _time_scope(sentence: _Clause, start: int, end: int, lang: LanguageData) -> str | None:
    """The year phrase nearest the figure: "la sfârșitul anului 2024", "during 2024"."""
    best: tuple[int, str] | None = None
    for m in _YEAR.finditer(sentence.text):
        if start <= m.start() < end:
            continue
        begin = m.start()
        for phrases in (lang.year_words, lang.months_set, lang.date_frames, lang.year_words, lang.date_frames):
            hit = phrases.match_before(sentence.folded, begin, window=30)
            if hit:
                begin = hit.start
        distance = start - m.end() if m.end() <= start else m.start() - end
        if best is None or distance < best[0]:
            best = (distance, sentence.text[begin : m.end()])
    return best[1] if best else None


def context(
    text: str,
    sentence_start: int,
    sentence_end: int,
    claim_start: int,
    claim_end: int,
    lang: LanguageData,
) -> Context:
    """Read the context of the claim at ``[claim_start, claim_end)`` in its sentence."""
    raw = text[sentence_start:sentence_end]
    sentence = _Clause(raw, fold(raw), sentence_start)
    cs, ce = claim_start - sentence_start, claim_end - sentence_start
    attrib = attribution(sentence, cs, ce, lang)
    predicates = [m for m in lang.predicates.find(raw, sentence.folded) if not (cs <= m.start < ce)]
    pred = _nearest(predicates, cs, ce)
    scope_hits = [m for m in lang.scope.find(raw, sentence.folded) if not (cs <= m.start < ce)]
    scope = sorted({m.label for m in scope_hits if abs((m.start if m.start >= ce else cs - m.end)) < 80})
    entities = lang.entities.find(raw, sentence.folded)
    outside = [m for m in entities if not (attrib and attrib.start - sentence_start <= m.start < attrib.end - sentence_start)]
    anchor = pred.start if pred and pred.end <= cs else cs
    actor_hit = None
    for m in outside:
        if m.end <= anchor:
            actor_hit = m
    place_hit = next((m for m in outside if m.start >= ce), None)
    return Context(
        attribution=attrib,
        event=pred.label if pred else None,
        predicate=raw[pred.start : pred.end] if pred else None,
        scope=tuple(scope),
        time_scope=_time_scope(sentence, cs, ce, lang),
        entities=tuple(sorted({m.label for m in entities})),
        actor=actor_hit.label if actor_hit else None,
        place=place_hit.label if place_hit else None,
    )
