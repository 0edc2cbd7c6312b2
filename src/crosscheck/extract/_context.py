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

import re

import attrs

from .._fold import fold
from .._phrases import PhraseMatch, merge_matches
from ..lang import LanguageData

# Where a cited source's (or a speaker's) noun phrase stops.
NP_STOP = re.compile(
    r"[,;:.!?()\[\]\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\n]|\s[-\u2013\u2014]\s"
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


def _trim_np(text: str, *, from_end: bool) -> tuple[int, int]:
    """Bounds of the noun phrase inside ``text``: at most a dozen words, no edge punctuation."""
    words = list(re.finditer(r"\S+", text))
    if not words:
        return 0, 0
    words = words[-_MAX_SOURCE_WORDS:] if from_end else words[:_MAX_SOURCE_WORDS]
    start, end = words[0].start(), words[-1].end()
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def chain_cues(text: str, folded: str, lang: LanguageData) -> list[PhraseMatch]:
    """Chain cues of ``text``: label "chain" cites onward, "chain_passive" is relayed by."""
    passive = [
        PhraseMatch("chain_passive", m.start, m.end, m.phrase)
        for m in lang.chain_passive.find(text, folded)
    ]
    return merge_matches(lang.attribution_chain.find(text, folded) + passive)


def np_after(text: str, folded: str, pos: int, hi: int, lang: LanguageData) -> Span:
    """The source named from ``pos`` on: up to a stop or clause opener, chains kept whole.

    "presei care citează raportul KCNA" stays one phrase although "care"
    opens a clause, because it belongs to the chain cue "care citează"; and
    "Reuters, citing KCNA" goes on past the comma for the same reason.
    """
    end = pos
    start_at = pos
    for _ in range(4):
        m = NP_STOP.search(text, start_at, hi)
        stop = m.start() if m else hi
        cues = chain_cues(text[start_at:stop], folded[start_at:stop], lang)
        for opener in lang.clause_openers.find(text[start_at:stop], folded[start_at:stop]):
            if any(c.start <= opener.start < c.end for c in cues):
                continue
            stop = start_at + opener.start
            break
        end = stop
        if not m and hi < len(text):
            # The phrase runs into the claim or quote with no comma: "laut dem
            # Ministerium nehmen … 50.000": the source ends with its name.
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
    return pos + s, pos + e


def _after_name(text: str, folded: str, lo: int, hi: int, lang: LanguageData) -> int:
    """Where a phrase that opens with a name ends when a lower-case word follows it.

    "dem Verteidigungsministerium nehmen mehr als …" -> after the name;
    "Christine Lagarde ist …" -> after the name; a particle continues it
    ("Ministerului Apărării de la Moscova").
    """
    toks = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"\S+", text[lo:hi])][:8]
    i = 0
    while i < len(toks) and _is_function(folded, text, toks[i], lang):
        i += 1
    if i >= len(toks) or not is_name_token(text, folded, toks[i], lang):
        return hi
    run = leading_name_run(text, folded, toks[i:], lang)
    if run is None or i + run + 1 >= len(toks):
        return hi
    nxt = toks[i + run + 1]
    a, b = _word_bounds(text, nxt)
    if a < b and text[a].islower() and not _is_particle(text, folded, nxt, lang):
        if is_outlet(text, folded, a, b, lang) or chain_cues(text[a:hi], folded[a:hi], lang):
            return hi
        return toks[i + run][1]
    return hi


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
    a, b = _trim_np(text[pos:e], from_end=False)
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


def is_name_token(text: str, folded: str, tok: Span, lang: LanguageData) -> bool:
    """True for a capitalised word that is not a function word or pronoun of ``lang``.

    An elided article is looked through: "l’AFP" is a name, "L’ultimo" is not.
    """
    s, e = _word_bounds(text, tok)
    k = folded.find("'", s, e)
    if 0 < k - s <= 4 and k + 1 < e:
        s = k + 1
    if s >= e or not text[s].isupper():
        return False
    word = folded[s:e]
    if word in lang.function_words:
        return False
    hit = lang.speaker_pronouns.match_at(word, 0)
    return not (hit is not None and hit.end == len(word))


def _capitalised(text: str, tok: Span) -> bool:
    s, e = _word_bounds(text, tok)
    return s < e and text[s].isupper()


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


def _np_after(
    sentence: _Clause, pos: int, stop_at: int | None, lang: LanguageData
) -> tuple[int, int]:
    hi = len(sentence.text) if stop_at is None or stop_at < pos else stop_at
    return np_after(sentence.text, sentence.folded, pos, hi, lang)


def _np_before(sentence: _Clause, pos: int, lang: LanguageData) -> tuple[int, int]:
    begin = 0
    for m in NP_STOP.finditer(sentence.text, 0, pos):
        begin = m.end()
    base = begin
    for opener in lang.clause_openers.find(sentence.text[base:pos], sentence.folded[base:pos]):
        begin = base + opener.end
    s, e = _trim_np(sentence.text[begin:pos], from_end=True)
    return begin + s, begin + e


def attribution(
    sentence: _Clause,
    claim_start: int,
    claim_end: int,
    lang: LanguageData,
    publisher: str | None = None,
) -> Attribution | None:
    """The source the sentence credits for the claim at ``[claim_start, claim_end)``.

    Positions are relative to the sentence. The nearest reporting verb before
    the claim wins ("X estimează că … 10.000"), then a prefix cue anywhere
    ("potrivit X", "according to X"), then a verb after the claim ("…, said X").
    Prefix cues that close the sentence after the chosen source ("…,
    transmite Reuters, potrivit stiripesurse") wrap it: they are the outer
    links of the chain, the last one written nearest the article.
    """
    text, folded = sentence.text, sentence.folded
    # (rank, start, end, cue, continuation): rank 0 verb before, 1 prefix, 2 verb after
    candidates: list[tuple[int, int, int, PhraseMatch, Span | None]] = []
    for cue in lang.attribution_verbs.find(text, folded):
        if cue.start < claim_start and cue.end <= claim_start:
            s, e = _np_before(sentence, cue.start, lang)
            if e > s:
                more = chain_continuation(text, folded, cue.end, claim_start, lang)
                candidates.append((0 * 10_000 + (claim_start - cue.end), s, e, cue, more))
        elif cue.start >= claim_end:
            s, e = _np_after(sentence, cue.end, None, lang)
            if e > s and _names_source(text, folded, s, e, lang):
                candidates.append((2 * 10_000 + (cue.start - claim_end), s, e, cue, None))
                continue
            s, e = _np_before(sentence, cue.start, lang)
            if e > s and s >= claim_end:
                more = chain_continuation(text, folded, cue.end, len(text), lang)
                candidates.append((2 * 10_000 + (cue.start - claim_end), s, e, cue, more))
    prefixes = lang.attribution_prefix.find(text, folded)
    sources: dict[int, Span] = {}
    for cue in prefixes:
        stop = claim_start if cue.end <= claim_start else None
        s, e = _np_after(sentence, cue.end, stop, lang)
        if e > s:
            sources[cue.start] = (s, e)
            distance = abs(claim_start - cue.end)
            candidates.append((1 * 10_000 + distance, s, e, cue, None))
    # A cue inside another source's phrase only continues its chain: in
    # "according to Reuters, citing KCNA" the source is Reuters, not KCNA.
    covered = [(c[1], c[2]) for c in candidates]
    covered += [(c[3].end, c[4][1]) for c in candidates if c[4]]
    candidates = [c for c in candidates if not any(a <= c[3].start < b for a, b in covered)]
    if not candidates:
        return None
    candidates.sort(key=lambda c: (c[0], c[1]))
    _, s, e, cue, more = candidates[0]
    last = max(e, claim_end, cue.end, more[1] if more else 0)
    outer = [
        sources[p.start]
        for p in prefixes
        if p.start in sources and p.start >= last and not any(a <= p.start < b for a, b in covered)
    ]
    return _make(sentence, s, e, cue, lang, outer, publisher, more)


def _names_source(text: str, folded: str, s: int, e: int, lang: LanguageData) -> bool:
    """True when the phrase after a verb names a source: "Reuters", "la Reuters", "the agency"."""
    if text[s : s + 1].isupper() or is_outlet(text, folded, s, e, lang):
        return True
    words = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", text[s:e])][:2]
    return (
        len(words) == 2
        and _is_function(folded, text, words[0], lang)
        and is_name_token(text, folded, words[1], lang)
    )


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
    self_cited = False
    if publisher:
        pub, fsrc = fold(publisher).strip(), fold(source)
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


def context(
    text: str,
    sentence_start: int,
    sentence_end: int,
    claim_start: int,
    claim_end: int,
    lang: LanguageData,
    publisher: str | None = None,
) -> Context:
    """Read the context of the claim at ``[claim_start, claim_end)`` in its sentence.

    ``publisher`` is the article's own outlet, if known: a source that names
    it is marked ``self_cited``.
    """
    raw = text[sentence_start:sentence_end]
    sentence = _Clause(raw, fold(raw), sentence_start)
    cs, ce = claim_start - sentence_start, claim_end - sentence_start
    attrib = attribution(sentence, cs, ce, lang, publisher)
    predicates = [m for m in lang.predicates.find(raw, sentence.folded) if not (cs <= m.start < ce)]
    pred = _nearest(predicates, cs, ce)
    scope_hits = [m for m in lang.scope.find(raw, sentence.folded) if not (cs <= m.start < ce)]
    scope = sorted(
        {m.label for m in scope_hits if ((m.start - ce) if m.start >= ce else (cs - m.end)) < 80}
    )
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
