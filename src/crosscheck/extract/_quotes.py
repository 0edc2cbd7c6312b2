"""Quotations in article text: the quoted words, who said them, who relayed them.

``find_quotes`` pairs quote marks paragraph by paragraph („…”, “…”, "…",
«…», »…«, ‘…’, ‚…‘), then reads the sentence around each quotation for the
speaker and the reporting chain. Every span points into the article text, so
``text[q.start:q.end] == q.text`` and ``text[q.speaker_start:q.speaker_end] ==
q.speaker``.

Speakers come from three places, tried in this order:

1. a speech verb of the language's ``[attribution]`` lists next to the quote:
   "Putin a scris: „…”", "„…”, i-a spus Putin lui Kim", "“…”, ha detto
   Putin", "“…,” Putin said", "„…“, sagte Scholz";
2. a prefix cue when no verb names anyone: "„…”, selon Macron";
3. an earlier sentence, when the quote's own sentence has only a pronoun ("El
   a menționat că „…”"), only a description that the article elsewhere writes
   with a name ("il presidente russo" → "Il presidente russo Vladimir
   Putin"), or nothing at all because the quote continues the previous
   speaker's words in the next paragraph. Such speakers are marked
   ``speaker_resolved`` and ``speaker_mention`` keeps what the sentence said.

Press outlets named around the quote ("potrivit presei care citează raportul
KCNA", "transmite Reuters, potrivit stiripesurse") form the ``chain``.

``quote_similarity`` scores two quotations, possibly in different languages,
by cognate content words, to align one statement reported in several
articles.

Everything is linear in the text: marks are found with one regular
expression, speakers are looked for within a bounded window around each
quote, and the quote stack is bounded.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import attrs
from rapidfuzz import fuzz, process

from .._fold import fold
from .._phrases import PhraseMatch, merge_matches
from ..lang import LanguageData, available_languages, get_language
from ._context import (
    NP_STOP,
    Span,
    chain_continuation,
    chain_cues,
    is_complement,
    is_function_word,
    is_name_token,
    is_outlet,
    leading_name_run,
    np_after,
    split_chain,
    trailing_name_run,
)
from ._document import Document

#: Two quotations whose :func:`quote_similarity` reaches this score are taken
#: to report the same words. Measured on the seeds: the Romanian and Italian
#: renderings of the same words of Putin's letter score 68.7 ("prietenia
#: invincibilă și fraternitatea militantă" / "l’amicizia invincibile e la
#: fraternità militante"), 76.2 ("semnificație specială" / "significato
#: speciale") and 45.6 (the whole sentence against its Italian fragment);
#: every unrelated pair of the same two articles scores 20.3 or less. Two
#: different statements in the *same* language about the same events can
#: still reach it (58.0 for two Romanian quotes on North Korean soldiers in
#: Kursk), so an aligner should also compare speakers.
QUOTE_MATCH_THRESHOLD = 45.0

# Every character that can open or close a quotation.
_MARK = re.compile("[\"'\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]")
# A blank line ends a paragraph; no quotation is paired across it.
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")
_WORDS = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W_]+")
_GAP = re.compile(r"[\s,]{0,8}")
_SCARE_WORDS = 2
# How far (characters) from a quote its speaker and outlets are looked for.
_WINDOW = 400
# Openers kept open at once in a paragraph, and how deep a closer looks for its opener.
_MAX_DEPTH = 64
_MAX_SEARCH = 8
_MAX_NP_WORDS = 6
# The most speech verbs before a quote tried for its speaker (nearest first).
_MAX_CUES = 8
_MAX_DESCRIPTION_WORDS = 7

# opening mark -> the marks that may close it
_PAIRS: dict[str, str] = {
    "\u201e": '\u201d\u201c"',  # „…” (ro, pl), „…“ (de), „…" (careless)
    "\u201a": "\u2019\u2018'",  # ‚…‘ (de), ‚…’
    "\u201c": '\u201d"',  # “…” (en, it)
    "\u201d": "\u201d",  # ”…” (sv, fi)
    "\u2019": "\u2019",  # ’…’ (sv, fi)
    "\u00ab": "\u00bb",  # «…» (fr, it, ro)
    "\u00bb": "\u00ab",  # »…« (de)
    "\u2039": "\u203a",
    "\u203a": "\u2039",
    "\u2018": "\u2019'",  # ‘…’
    '"': '"\u201d',
    "'": "'\u2019",
}
# Single marks double as apostrophes: an unclosed one is dropped, never extended.
_SINGLE = frozenset("\u201a\u2018\u2019'\u2039\u203a")
_LOW = frozenset("\u201e\u201a")
# Characters after which a mark opens, before which it closes.
_OPEN_CONTEXT = frozenset("([{<-\u2013\u2014/:\u201e\u201c\u00ab\u2039\u2018\u201a")
_CLOSE_CONTEXT = frozenset(".,;:!?)]}>\u2026-\u2013\u2014/\u201d\u00bb\u203a\u2019")


@attrs.frozen
class QuoteMention:
    """One quotation: the quoted words, the speaker, and the chain that relayed them.

    ``text`` is the quoted words without the quote marks (``source[start:end]
    == text``). ``speaker`` is the person or body the article credits, as
    written at ``[speaker_start, speaker_end)``, which is in the quote's own
    sentence unless ``speaker_resolved`` (then ``speaker_mention`` is what the
    sentence itself says: a pronoun or a description). ``cue`` is the words
    that attribute the quote ("a scris", "ha detto", "selon"). ``chain`` lists
    the press outlets the sentence cites for the quote, the one the article
    cites directly first ("potrivit presei care citează raportul KCNA" ->
    ``("presei", "raportul KCNA")``); ``outlet`` is its first element.
    ``scare`` marks one- or two-word quotes ("„juste”"), ``closed`` is false
    for a quote whose closing mark is missing (it then ends at its line's
    end), and ``depth`` is 1 or more for a quote inside another quote.
    """

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    outlet: str | None
    chain: tuple[str, ...]
    scare: bool = False
    closed: bool = True
    depth: int = 0
    speaker_resolved: bool = False
    speaker_mention: str | None = None


@attrs.frozen
class _Raw:
    """A paired quotation: the opening mark's index and the closing mark's (or line end)."""

    open: int
    close: int
    closed: bool
    depth: int


# --- pairing quote marks ------------------------------------------------------


def _roles(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """Whether the mark at ``i`` can open and whether it can close a quotation."""
    c = text[i]
    if c in _LOW:
        return True, False
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    after_gap = prev.isspace() or prev in _OPEN_CONTEXT
    before_gap = nxt.isspace() or nxt in _CLOSE_CONTEXT
    if c in "\u00ab\u2039":  # French opener, whatever the spacing; German closer, glued to a word
        if not prev.isalnum():
            return True, False  # also after an elision: "d'« inacceptable »"
        return (False, True) if before_gap else (True, True)
    if c in "\u00bb\u203a":  # German opener, glued to the next word; else a French closer
        if after_gap and not before_gap:
            return True, False
        return False, True
    if c in "'\u2019" and prev.isalnum() and nxt.isalnum():
        return False, False  # an apostrophe: l’amicizia, don't
    can_open = after_gap and not nxt.isspace()
    can_close = not prev.isspace() and before_gap
    if can_open or can_close:
        return can_open, can_close
    if c == '"' and prev.isalnum() and nxt.isalnum():
        return True, True
    return False, False


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def _pair_marks(text: str) -> list[_Raw]:
    """Every quotation of ``text``: marks paired with a bounded stack, per paragraph."""
    raws: list[_Raw] = []
    for lo, hi in _paragraphs(text):
        stack: list[tuple[int, str]] = []
        for m in _MARK.finditer(text, lo, hi):
            i = m.start()
            c = text[i]
            can_open, can_close = _roles(text, i, lo, hi)
            if can_close and stack:
                k = len(stack) - 1
                stop = max(-1, k - _MAX_SEARCH)
                while k > stop and c not in _PAIRS[stack[k][1]]:
                    k -= 1
                if k > stop:
                    raws.append(_Raw(stack[k][0], i, True, k))
                    del stack[k:]
                    continue
            if can_open:
                if stack and (
                    (stack[-1][0] == i - 1 and stack[-1][1] == c) or len(stack) >= _MAX_DEPTH
                ):
                    stack[-1] = (i, c)  # "„„„…": a run of one mark opens once
                else:
                    stack.append((i, c))
        if stack and stack[0][1] not in _SINGLE:
            # An opening mark never closed: the quote runs to the end of its
            # line (news style for a quote that goes on in the next paragraph).
            o = stack[0][0]
            line_end = text.find("\n", o, hi)
            raws.append(_Raw(o, hi if line_end < 0 else line_end, False, 0))
    raws.sort(key=lambda r: (r.open, -r.close))
    return raws


def _inner(text: str, raw: _Raw) -> tuple[int, int] | None:
    """The quoted words' span: inside the marks, whitespace and a trailing comma trimmed."""
    s, e = raw.open + 1, raw.close
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    if not any(ch.isalnum() for ch in text[s:e]):
        return None
    return s, e


# --- reading the sentence around a quote ----------------------------------------


@attrs.frozen
class _Speaker:
    kind: str  # "name", "pronoun", "description"
    start: int
    end: int


@attrs.frozen
class _Found:
    speaker: _Speaker | None
    cue: PhraseMatch | None
    outlets: tuple[Span, ...]


class _Reader:
    """The article text with its folded copy, sentences and cue matches, found once."""

    def __init__(self, doc: Document, quotes: Sequence[_Raw]) -> None:
        text = self.text = doc.text
        lang = self.lang = doc.lang
        self.folded = doc.folded
        self.sentences = list(doc.sentences)
        self.sentence_starts = list(doc.sentence_starts)
        top = [q for q in quotes if q.depth == 0]
        self._quote_starts = [q.open for q in top]
        self._quote_ends = [q.close for q in top]
        verbs = merge_matches(
            lang.attribution_verbs.find(text, self.folded)
            + lang.quote_verbs.find(text, self.folded)
        )
        self.verbs = [v for v in verbs if not self.inside_quote(v.start)]
        self.verb_starts = [v.start for v in self.verbs]
        self.prefixes = [
            p
            for p in lang.attribution_prefix.find(text, self.folded)
            if not self.inside_quote(p.start)
        ]
        self.prefix_starts = [p.start for p in self.prefixes]

    def inside_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self._quote_starts, pos) - 1
        # Quotes are sorted by start and top-level ones do not overlap.
        return k >= 0 and self._quote_starts[k] < pos < self._quote_ends[k]

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def verbs_in(self, lo: int, hi: int) -> list[PhraseMatch]:
        a = bisect.bisect_left(self.verb_starts, lo)
        b = bisect.bisect_left(self.verb_starts, hi)
        return self.verbs[a:b]

    def prefixes_in(self, lo: int, hi: int) -> list[PhraseMatch]:
        a = bisect.bisect_left(self.prefix_starts, lo)
        b = bisect.bisect_left(self.prefix_starts, hi)
        return self.prefixes[a:b]

    # words --------------------------------------------------------------------

    def tokens(self, lo: int, hi: int) -> list[Span]:
        return [(lo + m.start(), lo + m.end()) for m in _WORDS.finditer(self.text[lo:hi])]

    def folded_word(self, tok: Span) -> str:
        s, e = tok
        while s < e and not self.folded[s].isalnum():
            s += 1
        while e > s and not self.folded[e - 1].isalnum():
            e -= 1
        return self.folded[s:e]

    def is_pronoun(self, tok: Span) -> bool:
        # Matched with its accents: Spanish "él" is a pronoun, "el" an article.
        s, e = self.clean(*tok)
        return self.text[s:e].lower() in _pronouns(self.lang)

    def is_function(self, tok: Span) -> bool:
        return is_function_word(self.text, self.folded, tok, self.lang)

    def is_particle(self, tok: Span) -> bool:
        return self.folded_word(tok) in self.lang.name_particles

    def name(self, tok: Span) -> bool:
        return is_name_token(self.text, self.folded, tok, self.lang)

    def pronoun_in(self, cue: PhraseMatch) -> _Speaker | None:
        """A subject pronoun written inside the cue itself ("a-t-il déclaré")."""
        for m in _LETTERS.finditer(self.text, cue.start, cue.end):
            if self.is_pronoun((m.start(), m.end())):
                return _Speaker("pronoun", m.start(), m.end())
        return None

    def np_bound_before(self, pos: int, lo: int) -> int:
        """Where the phrase ending at ``pos`` starts: after the last stop or clause opener."""
        base = lo
        for m in NP_STOP.finditer(self.text, lo, pos):
            base = m.end()
        begin = base
        for opener in self.lang.clause_openers.find(self.text[base:pos], self.folded[base:pos]):
            begin = base + opener.end
        return begin

    def np_bound_after(self, pos: int, hi: int) -> int:
        """Where the phrase starting at ``pos`` ends: at the first stop or clause opener."""
        m = NP_STOP.search(self.text, pos, hi)
        end = m.start() if m else hi
        for opener in self.lang.clause_openers.find(self.text[pos:end], self.folded[pos:end]):
            end = pos + opener.start
            break
        return end

    def clean(self, s: int, e: int) -> Span:
        while s < e and not self.text[s].isalnum():
            s += 1
        while e > s and not self.text[e - 1].isalnum():
            e -= 1
        return s, e

    # speakers ------------------------------------------------------------------

    def speaker_before(self, verb: PhraseMatch, lo: int) -> _Speaker | None:
        """The subject written just before a speech verb: "Vladimir Putin a scris"."""
        begin = self.np_bound_before(verb.start, lo)
        toks = self.tokens(begin, verb.start)
        while toks and self.text[toks[-1][1] - 1] == "-":
            toks.pop()  # a clitic joined to the verb: "i-a spus", "le-a transmis"
        if not toks:
            return None
        run = trailing_name_run(self.text, self.folded, toks, self.lang)
        complement = (
            run is not None
            and run == len(toks) - 1
            and run > 0
            and not self.name(toks[run - 1])
            and (
                is_complement(self.text, self.folded, toks, run, self.lang)
                or (
                    not self.is_function(toks[run - 1])
                    and not self.text[toks[run - 1][0]].isupper()
                )
            )
        )
        if run is not None and not complement:
            return _Speaker("name", *self.clean(toks[run][0], toks[-1][1]))
        if len(toks) == 1 and self.is_pronoun(toks[0]):
            return _Speaker("pronoun", *self.clean(*toks[0]))
        described = any(not self.is_function(t) and self.folded_word(t).isalpha() for t in toks)
        if len(toks) <= _MAX_NP_WORDS and described and not self.folded_word(toks[0]).isdigit():
            return _Speaker("description", *self.clean(toks[0][0], toks[-1][1]))
        return None

    def speaker_after(self, verb: PhraseMatch, hi: int) -> _Speaker | None:
        """The subject written just after a speech verb: "a declarat luni Serghei Lavrov"."""
        end = self.np_bound_after(verb.end, hi)
        for cue in chain_cues(self.text[verb.end : end], self.folded[verb.end : end], self.lang):
            end = verb.end + cue.start  # "meldden staatsmedia onder verwijzing naar …"
            break
        toks = self.tokens(verb.end, end)[: _MAX_NP_WORDS + 4]
        skipped = 0
        while toks and skipped < 3:
            word = self.folded_word(toks[0])
            if word in self.lang.weekdays:
                toks.pop(0)
            else:
                hit = self.lang.speaker_skip.match_at(self.folded, toks[0][0])
                if hit is None:
                    break
                toks = [t for t in toks if t[0] >= hit.end]
            skipped += 1
        if not toks:
            return None
        if self.is_pronoun(toks[0]):
            return _Speaker("pronoun", *self.clean(*toks[0]))  # "sagte er nach dem Treffen"
        run = leading_name_run(self.text, self.folded, toks, self.lang)
        if run is not None:
            # "Kremlin spokesman Dmitry Peskov": the person's name after a title.
            k = run + 1
            while (
                k < min(len(toks), run + 3)
                and not self.name(toks[k])
                and not self.is_function(toks[k])
            ):
                k += 1
            if run + 1 < k < len(toks) and self.name(toks[k]):
                later = leading_name_run(self.text, self.folded, toks[k:], self.lang)
                if later is not None:
                    return _Speaker("name", *self.clean(toks[k][0], toks[k + later][1]))
            return _Speaker("name", *self.clean(toks[0][0], toks[run][1]))
        # A name shortly after a description: "ministrul de externe Serghei Lavrov".
        for i in range(1, min(len(toks), 5)):
            if self.name(toks[i]):
                if is_complement(self.text, self.folded, toks, i, self.lang) and i + 1 < len(toks):
                    i += 1  # "il ministro dell’Economia Giancarlo Giorgetti"
                run = leading_name_run(self.text, self.folded, toks[i:], self.lang)
                if run is not None and run > 0:
                    return _Speaker("name", *self.clean(toks[i][0], toks[i + run][1]))
                break
            if self.is_function(toks[i]) and not self.is_particle(toks[i]):
                break
        if len(toks) == 1 and self.is_pronoun(toks[0]):
            return _Speaker("pronoun", *self.clean(*toks[0]))
        keep = 1
        while keep < min(len(toks), _MAX_DESCRIPTION_WORDS):
            if self.is_function(toks[keep]) and not self.is_particle(toks[keep]):
                break
            keep += 1
        toks = toks[:keep]
        while len(toks) > 1 and (self.is_function(toks[-1]) or self.is_particle(toks[-1])):
            toks.pop()
        if not any(not self.is_function(t) and self.folded_word(t).isalpha() for t in toks):
            return None
        s, e = self.clean(toks[0][0], toks[-1][1])
        named = self.apposition(e, hi)
        if named is not None:
            return _Speaker("name", *named)
        return _Speaker("description", s, e)

    def apposition(self, pos: int, hi: int) -> Span | None:
        """A full name set off by a comma after a description: "primarul, Ion Popescu"."""
        if pos >= hi or self.text[pos] != ",":
            return None
        stop = NP_STOP.search(self.text, pos + 1, hi)
        end = stop.start() if stop else hi
        toks = self.tokens(pos + 1, end)
        run = leading_name_run(self.text, self.folded, toks, self.lang)
        if run is None or run == 0 or run != len(toks) - 1:
            return None
        return self.clean(toks[0][0], toks[run][1])

    def sentence_subject(self, sentence: int, before: int) -> _Speaker | None:
        """The name that opens a sentence, for a verb whose own subject is left out."""
        s0 = self.sentences[sentence][0]
        m = NP_STOP.search(self.text, s0, before)
        toks = self.tokens(s0, m.start() if m else before)[:10]
        if not toks:
            return None
        if m is not None and len(toks) <= _MAX_NP_WORDS:
            named = self.apposition(
                m.start(), before
            )  # "El secretario general, Mark Rutte, visitó"
            if named is not None:
                return _Speaker("name", *named)
        # "Il ministro degli Esteri Antonio Tajani ha incontrato …": a full name
        # after the words that describe its holder.
        for i in range(1, min(len(toks) - 1, 7)):
            if self.name(toks[0]):
                break
            if not self.name(toks[i]) or is_complement(self.text, self.folded, toks, i, self.lang):
                continue
            run = leading_name_run(self.text, self.folded, toks[i:], self.lang)
            if run is not None and run > 0:
                return _Speaker("name", *self.clean(toks[i][0], toks[i + run][1]))
            break
        toks = toks[:5]
        run = leading_name_run(self.text, self.folded, toks, self.lang)
        if run == 0 and len(toks) > 1 and not self.is_function(toks[1]) and not self.name(toks[1]):
            # "Secretarul general al NATO a vizitat": a head noun and its complement.
            k = 1
            while k < len(toks) and (not self.is_function(toks[k]) or self.is_particle(toks[k])):
                k += 1
            while k > 1 and self.is_particle(toks[k - 1]):
                k -= 1
            return _Speaker("description", *self.clean(toks[0][0], toks[k - 1][1]))
        if run is not None:
            return _Speaker("name", *self.clean(toks[0][0], toks[run][1]))
        for n in range(min(len(toks), 4), 1, -1):
            s, e = self.clean(toks[0][0], toks[n - 1][1])
            named = self.resolve_description(s, e, s)
            if named is not None:
                return _Speaker("description", s, e)
        return None

    def resolve_description(self, s: int, e: int, around: int) -> Span | None:
        """The name the article writes right after this description elsewhere.

        "il presidente russo" -> "Vladimir Putin" when the article also says
        "Il presidente russo Vladimir Putin". The occurrence nearest ``around``
        wins.
        """
        toks = self.tokens(s, e)
        while toks and self.is_function(toks[0]):
            toks.pop(0)  # "the Chinese president" is written "Chinese President Xi Jinping"
        if not toks:
            return None
        s = toks[0][0]
        key = self.folded[s:e]
        if trailing_name_run(self.text, self.folded, toks, self.lang) is not None:
            return None  # it ends with a name already
        if not any(not self.name(t) and not self.is_function(t) for t in toks):
            return None
        if self.is_function(toks[-1]) or self.is_particle(toks[-1]):
            return None  # "O secretário-geral da" is not a whole description
        if len(toks) == 1 and len(self.folded_word(toks[0])) < 5:
            return None
        if not all(any(ch.isalpha() for ch in self.text[a:b]) for a, b in toks):
            return None
        if any(ch.isdigit() for ch in key):
            return None
        if all(self.is_function(t) for t in toks):
            return None
        best: tuple[int, Span] | None = None
        pos = self.folded.find(key)
        seen = 0
        while pos >= 0 and seen < 50:
            seen += 1
            after = pos + len(key)
            if (pos == 0 or not self.folded[pos - 1].isalnum()) and (
                after < len(self.text) and self.text[after] == " "
            ):
                stop = NP_STOP.search(self.text, after, after + 120)
                following = self.tokens(
                    after, stop.start() if stop else min(len(self.text), after + 120)
                )[:5]
                run = leading_name_run(self.text, self.folded, following, self.lang)
                if run is not None:
                    span = self.clean(following[0][0], following[run][1])
                    d = abs(pos - around)
                    if best is None or d < best[0]:
                        best = (d, span)
            pos = self.folded.find(key, pos + 1)
        return best[1] if best else None

    # outlets -------------------------------------------------------------------

    def source_after_prefix(self, cue: PhraseMatch, hi: int, adjacent: bool) -> tuple[Span, ...]:
        """The chain named after a prefix cue ("potrivit presei care citează raportul KCNA")."""
        s, e = np_after(self.text, self.folded, cue.end, hi, self.lang)
        if e <= s:
            return ()
        toks = self.tokens(s, e)
        plausible = (
            adjacent
            or is_outlet(self.text, self.folded, s, e, self.lang)
            or any(self.name(t) for t in toks[:2])
            or (len(toks) <= 2 and not all(self.is_function(t) for t in toks))
        )
        if not plausible:
            return ()
        return tuple(split_chain(self.text, self.folded, s, e, self.lang))

    def outlet(self, sp: _Speaker) -> bool:
        return is_outlet(self.text, self.folded, sp.start, sp.end, self.lang)


@functools.cache
def _pronouns(lang: LanguageData) -> frozenset[str]:
    raw = lang.raw.get("attribution", {}).get("pronouns", [])
    return frozenset(str(x).lower() for x in raw)


def _only_punctuation(text: str, clitics: frozenset[str] = frozenset()) -> bool:
    """True when ``text`` holds no word but clitics ("i-", "le-", "lo") and punctuation."""
    return all(
        not any(ch.isalnum() for ch in tok)
        or tok.endswith("-")
        or fold(tok.strip(",;:")) in clitics
        for tok in text.split()
    )


def _attribute(r: _Reader, q: _Raw) -> _Found:
    """Speaker, cue and outlets of quote ``q`` from its own sentence."""
    text = r.text
    first = r.sentence_of(q.open)
    last = r.sentence_of(max(q.open, q.close - 1) if not q.closed else q.close)
    left = max(r.sentences[first][0], q.open - _WINDOW)
    right_end = r.sentences[last][1] if last < len(r.sentences) else len(text)
    right = min(right_end, q.close + 1 + _WINDOW)
    after = q.close + 1

    cands: list[tuple[int, int, _Speaker, PhraseMatch]] = []  # (distance, side, speaker, cue)
    trailing: list[list[Span]] = []  # one group per reporting clause after the quote
    later = r.verbs_in(after, right)
    if later:
        v = later[0]
        sp: _Speaker | None
        sp = r.pronoun_in(v)  # "a-t-il déclaré", "dit-elle"
        if sp is not None:
            pass
        elif _only_punctuation(text[after : v.start], r.lang.clitics):
            sp = r.speaker_after(v, right)  # "„…”, a spus Putin", "“…”, Lo ha detto il presidente"
        else:
            sp = r.speaker_before(v, after)  # "“…,” Putin said"
            seg = text[after : v.start]
            comma = seg.rfind(",")
            if sp is None and comma >= 0 and _only_punctuation(seg[comma:], r.lang.clitics):
                sp = r.speaker_after(v, right)  # "“…” tra i due paesi, ha detto Putin"
        if sp is not None:
            cands.append((v.start - after, 0, sp, v))
    # The nearest verbs only: each one tried reads the words round it, and a
    # flood of verbs in the window would make that work grow with its square.
    earlier = r.verbs_in(left, q.open)[-_MAX_CUES:]
    for idx in range(len(earlier) - 1, -1, -1):
        v = earlier[idx]
        # "قال الوزير: «…»": a verb-first language names the speaker after the verb.
        sp = r.speaker_after(v, q.open) if r.lang.verb_first else None
        sp = sp or r.speaker_before(v, left)
        if sp is None:
            # No subject of its own ("…, affermando che", "în care a descris"):
            # the verb before it in the sentence, or the sentence's opening name.
            for w in reversed(earlier[:idx]):
                sp = r.speaker_before(w, left) or r.speaker_after(w, v.start)
                if sp is not None:
                    break
            if sp is None and not text[r.np_bound_before(v.start, left) : v.start].strip():
                sp = r.sentence_subject(first, v.start)
        if sp is not None:
            cands.append((q.open - v.end, 1, sp, v))
            break

    speaker: _Speaker | None = None
    cue: PhraseMatch | None = None
    if cands:
        cands.sort(key=lambda c: (c[0], c[1]))
        outlets = [c for c in cands if r.outlet(c[2])]
        people = [c for c in cands if not r.outlet(c[2])]
        chosen = people[0] if people else cands[0]
        speaker, cue = chosen[2], chosen[3]
        for c in outlets:
            if c is not chosen and c[1] == 0:
                group = split_chain(text, r.folded, c[2].start, c[2].end, r.lang)
                more = chain_continuation(text, r.folded, max(c[3].end, c[2].end), right, r.lang)
                if more is not None:
                    group += split_chain(text, r.folded, more[0], more[1], r.lang)
                trailing.append(group)
        relayed_by = _chain_after(r, speaker.end, right)
        if relayed_by:
            trailing.insert(0, relayed_by)

    leading: list[list[Span]] = []
    prefix_speaker: tuple[_Speaker, PhraseMatch] | None = None
    covered = [(min(a for a, _ in g), max(b for _, b in g)) for g in trailing if g]
    if speaker is not None:
        covered.append((speaker.start, speaker.end))
    for p in r.prefixes_in(left, right):
        if q.open <= p.start <= q.close or any(a <= p.start < b for a, b in covered):
            continue
        if p.start > q.close:
            adjacent = _only_punctuation(text[after : p.start])
            chain = r.source_after_prefix(p, right, adjacent)
            trailing.append(list(chain))
            if chain:
                covered.append((min(a for a, _ in chain), max(b for _, b in chain)))
        else:
            adjacent = not text[p.end : q.open].strip(" ,:")
            chain = r.source_after_prefix(p, q.open, adjacent)
            leading.append(list(chain))
            if chain:
                covered.append((min(a for a, _ in chain), max(b for _, b in chain)))
        if chain and speaker is None and prefix_speaker is None:
            s, e = chain[-1]
            if not is_outlet(text, r.folded, s, e, r.lang):
                prefix_speaker = (
                    _Speaker("name" if r.name(r.tokens(s, e)[0]) else "description", s, e),
                    p,
                )
    if speaker is None and prefix_speaker is not None:
        speaker, cue = prefix_speaker
        own = (speaker.start, speaker.end)
        trailing = [[c for c in g if c != own] for g in trailing]
        leading = [[c for c in g if c != own] for g in leading]

    # Trailing clauses wrap the sentence outward: the last one is nearest the article.
    ordered = [span for group in reversed(trailing) for span in group]
    ordered += [span for group in leading for span in group]
    return _Found(speaker, cue, _dedupe(ordered))


def _dedupe(spans: Sequence[Span]) -> tuple[Span, ...]:
    seen: set[Span] = set()
    out: list[Span] = []
    for s in spans:
        if s not in seen and s[1] > s[0]:
            seen.add(s)
            out.append(s)
    return tuple(out)


def _chain_after(r: _Reader, pos: int, hi: int) -> list[Span]:
    """Outlets a speaker is quoted by: "Peskov, citat de TASS" -> [TASS]."""
    m = _GAP.match(r.text, pos, hi)
    at = m.end() if m else pos
    hit = r.lang.chain_passive.match_at(r.folded, at, r.text)
    if hit is None:
        return []
    s, e = np_after(r.text, r.folded, hit.end, hi, r.lang)
    return [(s, e)] if e > s else []


# --- the public function ---------------------------------------------------------


def find_quotes(text: str, language: str) -> list[QuoteMention]:
    """Every quotation of ``text`` with its speaker, cue and outlet chain.

    ``language`` is a language code with a data file ("ro", "it", "en", …);
    the speech verbs, pronouns and outlet words come from its
    ``[attribution]`` section. Quotes are returned in order of their opening
    mark; a quote inside another follows it, with ``depth`` 1.
    """
    return quotes_in(Document(text, language))


def quotes_in(doc: Document) -> list[QuoteMention]:
    """``find_quotes`` on an article's ``Document`` (its sentences and folded text, found once)."""
    text = doc.text
    raws = _pair_marks(text)
    reader = _Reader(doc, raws)
    mentions: list[QuoteMention] = []
    recent: list[tuple[int, int, int, int]] = []  # (last sentence, speaker start, end, mention idx)
    for raw in raws:
        inner = _inner(text, raw)
        if inner is None:
            continue
        s, e = inner
        scare = len(text[s:e].split()) <= _SCARE_WORDS
        sentence = reader.sentence_of(raw.open)
        found = _attribute(reader, raw) if raw.depth == 0 else _Found(None, None, ())
        sp_span: Span | None = None
        mention: str | None = None
        resolved = False
        sp = found.speaker
        if sp is not None and sp.kind == "name":
            sp_span = (sp.start, sp.end)
        elif sp is not None and sp.kind == "description":
            named = reader.resolve_description(sp.start, sp.end, raw.open)
            if named is not None:
                sp_span, mention, resolved = named, text[sp.start : sp.end], True
            else:
                sp_span = (sp.start, sp.end)
        elif sp is not None and sp.kind == "pronoun":
            mention = text[sp.start : sp.end]
            earlier = _previous_speaker(reader, recent, sentence, raw.open)
            if earlier is not None:
                sp_span, resolved = earlier, True
        elif raw.depth == 0 and not scare and recent and _fills_sentence(reader, raw):
            last_sentence, ps, pe, _ = recent[-1]
            if last_sentence >= sentence - 1:
                sp_span, resolved = (ps, pe), True
        chain = tuple(text[a:b] for a, b in found.outlets)
        mentions.append(
            QuoteMention(
                text=text[s:e],
                start=s,
                end=e,
                speaker=text[sp_span[0] : sp_span[1]] if sp_span else None,
                speaker_start=sp_span[0] if sp_span else None,
                speaker_end=sp_span[1] if sp_span else None,
                cue=text[found.cue.start : found.cue.end] if found.cue and sp_span else None,
                outlet=chain[0] if chain else None,
                chain=chain,
                scare=scare,
                closed=raw.closed,
                depth=raw.depth,
                speaker_resolved=resolved,
                speaker_mention=mention,
            )
        )
        if sp_span is not None and raw.depth == 0:
            recent.append(
                (reader.sentence_of(raw.close), sp_span[0], sp_span[1], len(mentions) - 1)
            )
    return mentions


def _fills_sentence(r: _Reader, q: _Raw) -> bool:
    """True when the quote is its whole sentence (a quote continuing the last speaker's)."""
    first = r.sentence_of(q.open)
    last = r.sentence_of(q.close if q.closed else max(q.open, q.close - 1))
    s0 = r.sentences[first][0]
    s1 = r.sentences[last][1] if last < len(r.sentences) else len(r.text)
    outside = r.text[s0 : q.open] + r.text[min(q.close + 1, s1) : s1]
    return sum(ch.isalnum() for ch in outside) == 0


def _previous_speaker(
    r: _Reader, recent: list[tuple[int, int, int, int]], sentence: int, before: int
) -> Span | None:
    """Who a pronoun stands for: the subject of a speech verb in the sentence
    before (or the one before that), else the last quote's speaker if it is
    that recent."""
    for k in (sentence - 1, sentence - 2):
        if k < 0:
            break
        lo, hi = r.sentences[k]
        found: Span | None = None
        # The last verb with a named subject wins: read from the sentence's end,
        # at most the nearest few verbs (a flood of verbs would cost their square).
        for v in reversed(r.verbs_in(lo, hi)[-_MAX_CUES:]):
            sp = r.speaker_before(v, max(lo, v.start - _WINDOW)) or r.speaker_after(v, hi)
            if sp is None or sp.kind == "pronoun":
                continue
            named = (
                r.resolve_description(sp.start, sp.end, v.start)
                if sp.kind == "description"
                else None
            )
            found = named or (sp.start, sp.end)
            break
        if found is not None:
            return found
        if recent and recent[-1][0] >= k:
            return recent[-1][1], recent[-1][2]
        opening = r.sentence_subject(k, hi)
        if opening is not None:
            named = None
            if opening.kind == "description":
                named = r.resolve_description(opening.start, opening.end, opening.start)
            return named or (opening.start, opening.end)
    return None


# --- similarity ---------------------------------------------------------------------

# Word pairs at or above these fuzz.ratio scores count as the same word (cognates
# across languages: "invincibilă"/"invincibile" 91, "semnificație"/"significato" 70).
_LONG_WORD = 7
_LONG_CUTOFF = 68.0
_SHORT_CUTOFF = 80.0
_MIN_WORD = 4
# Content weight, and words, a quote needs before being contained in another counts.
_MIN_EVIDENCE = 20.0
_MIN_CONTAINED_WORDS = 3
_NAME_WEIGHT = 0.5
_MAX_WORDS = 200


@functools.cache
def _function_words() -> frozenset[str]:
    """Function words of every language: they carry no evidence that two quotes agree."""
    words: set[str] = set()
    for code in available_languages():
        lang = get_language(code)
        words |= lang.function_words | lang.stopwords
    return frozenset(words)


@functools.lru_cache(maxsize=8192)
def _content(text: str) -> tuple[tuple[str, float], ...]:
    """Content words of a quote with their weight: longer words weigh more,
    capitalised ones (names, shared by every article on the topic) half."""
    skip = _function_words()
    folded = fold(text)
    out: list[tuple[str, float]] = []
    for m in _LETTERS.finditer(folded):
        w = m.group()
        if w.isdigit():
            out.append((w, 3.0))
        elif len(w) >= _MIN_WORD and w not in skip:
            weight = float(len(w) - 3)
            if text[m.start()].isupper() and m.start() > 0:
                weight *= _NAME_WEIGHT
            out.append((w, weight))
        if len(out) >= _MAX_WORDS:
            break
    return tuple(out)


def _coverage(a: tuple[tuple[str, float], ...], b: tuple[tuple[str, float], ...]) -> float:
    """Weight of ``a``'s words that have a cognate in ``b``, scaled by how close it is."""
    choices = [w for w, _ in b]
    got = 0.0
    for word, weight in a:
        cutoff = _LONG_CUTOFF if len(word) >= _LONG_WORD else _SHORT_CUTOFF
        if word.isdigit():
            hit = 100.0 if word in choices else 0.0
        else:
            best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
            hit = best[1] if best else 0.0
        got += weight * hit / 100.0
    return got


def _similarity(a: str, b: str) -> float:
    """How likely two quotations report the same words, 0..100, in any two languages.

    Both texts are folded; their content words (four letters or more, not a
    function word of any language, weighted by length) are matched to their
    closest word in the other quote by edit-distance ratio, so cognates count
    ("fraternitatea"/"fraternità", "militantă"/"militante"). The score is the
    larger of the matched share of both quotes together and the matched share
    of the shorter one (a fragment quoted inside a longer quotation), the
    latter discounted when the shorter quote is too small to be evidence.
    Symmetric; 100 for identical quotes. Compare with
    :data:`QUOTE_MATCH_THRESHOLD`.
    """
    ca, cb = _content(a), _content(b)
    if not ca or not cb:
        fa, fb = " ".join(_LETTERS.findall(fold(a))), " ".join(_LETTERS.findall(fold(b)))
        return float(fuzz.ratio(fa, fb)) if fa and fb else 0.0
    ta, tb = sum(w for _, w in ca), sum(w for _, w in cb)
    ma, mb = _coverage(ca, cb), _coverage(cb, ca)
    dice = (ma + mb) / (ta + tb)
    if ta <= tb:
        small, matched, words = ta, ma, len(ca)
    else:
        small, matched, words = tb, mb, len(cb)
    contained = 0.0
    if words >= _MIN_CONTAINED_WORDS:
        contained = (matched / small) * min(1.0, small / _MIN_EVIDENCE)
    return round(100.0 * min(1.0, max(dice, contained)), 2)


def quote_similarity(a: str, b: str) -> float:
    """How likely two quotations report the same words, 0..100 (see :func:`_similarity`).

    Symmetric and cached on the unordered pair: syndicated copies repeat the
    same quotes, and the aligner asks for each pair once per copy.
    """
    return _similarity_of_pair(*sorted((a, b)))


@functools.lru_cache(maxsize=65536)
def _similarity_of_pair(a: str, b: str) -> float:
    return _similarity(a, b)
