"""Figures an article reports in order to deny them.

"Libyan Red Crescent spokesman Tawfiq Shukri denied in a press statement that
the death toll in Derna had reached 11,300": the article does not say the
toll is 11,300; it says a source denies it. Such a figure gets status
``denied`` and the denying source in ``denied_by``; the judge never takes it
as evidence of its value and sets it against the sources that assert that
value (:mod:`crosscheck.judge._denials`). Three shapes, read with the
language's ``[denials]`` words:

* a denial verb that governs the clause holding the figure: the verb, then
  within :data:`_GOVERN_GAP` characters one of ``complementizers`` ("denied
  in a statement that …", "negó que …", "نفى … أن …"), the figures after it
  in the sentence; the words between may not open with an article ("rejected
  the plan that would send 500 troops" denies no figure), nor a reporting
  verb ("denied wrongdoing and said that …"); the clause ends at the next
  reporting verb ("denied that 300 were arrested, but said 40 were
  detained": 40 is said, not denied). The clause is the denier's own
  words: the figure is credited to the denier (``attributed_to``), no one
  asserts it;
* a denial of reports that name the figure: the verb, then one of
  ``reports`` or ``objects`` ("denied reports of 500 deaths", "dementierte
  Berichte über 40 Tote", "a démenti les informations faisant état de 40
  morts"), the figures after it up to the next clause mark or reporting
  verb; the report is someone else's words: the figures are credited to who
  the text says gave them (``reports_by``: "denied reports by the union that
  40 …"; ``given_by``: "le chiffre de 300 morts avancé par l'ONG"), else to
  no one, never to the denier;
* a passive denial after the figures: the verb, right after it one of
  ``agents`` ("is disputed by", "werden … tegengesproken door"), the figures
  before it in the sentence; past a comma only when one of ``objects`` stands
  between ("…, maar die aantallen werden … tegengesproken door"); and only
  when its subject names figures, with a toll noun or one of ``objects``
  ("the death toll of 11,300 is disputed by"; "visa applications from 300
  students were rejected by the embassy" denies nothing). Where the
  agent stands before a clause-final participle (``agent_before``: "Die
  Angaben über 40 Vermisste wurden von der Reederei dementiert"), the agent word
  within :data:`_AGENT_BEFORE` characters before the verb, and the figures
  before the agent;
* a denial verb whose object points back (``objects``: "denied the
  information", "desmentir la informació", "rejected those figures"): the
  figures before it in its sentence, else the report it answers: the first
  sentence holding figures among the :data:`_BACK_SENTENCES` before it in
  its paragraph; never figures credited to the denier itself (its own
  figures it would correct, an update: "Police said 3 were arrested.
  Organisers said 120,000 marched. Police denied the figure." denies
  120,000).

The denier is the phrase before the verb from the last clause mark, without
a clause opener before it ("but") or ``auxiliaries`` between it and the
verb ("La compagnie a démenti", "The ministry has also denied"); after the
verb when none stands before it ("نفى المتحدث … أن"), or after the agent.

A verb with one of ``negations`` in the two words before it or right after
it denies nothing ("did not deny", "n'a pas démenti", "bestritt nicht"), nor
one that a ``not_after`` word makes another verb ("se negó a confirmar":
refused to), nor does one that takes another object
("denied access to 300 journalists": no "that" clause, no agent, no figure
noun). A plan or projection turned down is no figure denied ("the plan to
send 500 troops was rejected by parliament": a planned or projected figure
is never marked). A source revising its own figure ("revised down to") is
an update, not a denial: no such verb is a denial verb.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from .._fold import fold
from .._phrases import PhraseMatch, PhraseSet
from ..extract._context import source_id, source_words
from ..extract._document import Document
from ..lang import LanguageData, get_language
from ._model import Claim

#: The status of a denied figure.
DENIED = "denied"

# Statuses of a figure not (yet) real: turning one down denies no figure.
_NOT_FACTS = frozenset({"projected", "planned", "forecast"})

# Characters between a denial verb and the "that" word of the clause it governs
# ("denied in a press statement that", "نفى المتحدث باسم الهلال الأحمر أن").
_GOVERN_GAP = 48
# Characters between a denial verb and the agent word or the object after it (spaces).
_NEXT_GAP = 2
# Characters between a denial verb and a figure noun that points back ("denied the figure").
_OBJECT_GAP = 4
# How many sentences before a denial that points back may hold the report it answers.
_BACK_SENTENCES = 2
# Characters before a clause-final denial verb its agent word may stand ("von der
# Reederei dementiert"; languages with ``agent_before``).
_AGENT_BEFORE = 40
# The longest denier phrase kept (characters, the words nearest the verb).
_DENIER_MAX = 80
_CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


@attrs.frozen
class _Words:
    """A language's ``[denials]`` words, compiled, with the other words the rules read."""

    verbs: PhraseSet
    dismissals: PhraseSet  # "dismissed", "alarmist", "invention": a figure waved away
    complementizers: PhraseSet
    objects: PhraseSet
    reports: PhraseSet
    agents: PhraseSet
    given_by: PhraseSet  # "given by", "avancé par": who gave a denied figure, after it
    reports_by: PhraseSet  # "reports by", "berichten van": the author of a denied report
    negations: frozenset[str]
    not_after: frozenset[str]
    auxiliaries: frozenset[str]
    agent_before: bool
    articles: frozenset[str]  # determiners and indefinite articles: another object follows
    passive: frozenset[str]  # passive auxiliaries, after a clause-final participle
    nouns: frozenset[str]  # the last words of ``reports`` and ``objects``: "reports", "chiffre"
    lang: LanguageData


def _list(section: dict[str, object], key: str) -> list[str]:
    raw = section.get(key)
    return [str(w) for w in raw] if isinstance(raw, list) else []


def _folded(words: list[str]) -> frozenset[str]:
    return frozenset(f for w in words if (f := fold(w).strip()))


@functools.cache
def _words(code: str) -> _Words | None:
    lang = get_language(code)
    section = lang.raw.get("denials", {})
    verbs = _list(section, "verbs")
    if not verbs:
        return None
    articles = [
        *lang.determiners,
        *(str(w) for w in lang.raw.get("numbers", {}).get("articles", {})),
    ]
    return _Words(
        verbs=PhraseSet({"verb": verbs}),
        dismissals=PhraseSet({"dismissal": _list(section, "dismissals")}),
        complementizers=PhraseSet({"that": _list(section, "complementizers")}),
        objects=PhraseSet({"object": _list(section, "objects")}),
        reports=PhraseSet({"report": _list(section, "reports")}),
        agents=PhraseSet({"agent": _list(section, "agents")}),
        given_by=PhraseSet({"given": _list(section, "given_by")}),
        reports_by=PhraseSet({"by": _list(section, "reports_by")}),
        negations=_folded(_list(section, "negations")),
        not_after=_folded(_list(section, "not_after")),
        auxiliaries=_folded(_list(section, "auxiliaries")),
        agent_before=bool(section.get("agent_before", False)),
        articles=_folded(articles),
        passive=source_words(lang).passive,
        nouns=frozenset(
            f.split()[-1] for f in _folded([*_list(section, "reports"), *_list(section, "objects")])
        ),
        lang=lang,
    )


def disputes(text: str, folded: str, code: str) -> bool:
    """Whether ``text`` holds a verb of denial (``[denials] verbs``: "disputes",
    "contesta", "betwist") that no negation turns around: a sentence that disputes a
    figure is no credit of it."""
    return bool(dispute_spans(text, folded, code))


def dispute_spans(text: str, folded: str, code: str) -> list[tuple[int, int]]:
    """Where ``text`` (``folded`` is ``fold(text)``) holds a verb of denial (``[denials]
    verbs``) that no negation turns around, as ``(start, end)`` spans: "Apele Vii
    disputed the official count"."""
    words = _words(code)
    if words is None:
        return []
    return [
        (m.start, m.end) for m in words.verbs.find(text, folded) if not _negated(folded, m, words)
    ]


def dismissal_spans(text: str, folded: str, code: str) -> list[tuple[int, int]]:
    """Where ``text`` (``folded`` is ``fold(text)``) waves a figure away: a verb of denial
    or a word of dismissal (``[denials] dismissals``: "dismissed", "alarmist", "pure
    invention", "exagéré") that no negation turns around, as ``(start, end)`` spans."""
    words = _words(code)
    if words is None:
        return []
    spans = dispute_spans(text, folded, code)
    spans += [
        (m.start, m.end)
        for m in words.dismissals.find(text, folded)
        if not _negated(folded, m, words)
    ]
    return sorted(spans)


def _negated(folded: str, m: PhraseMatch, words: _Words) -> bool:
    """A negation among the two words right before the verb ("did not deny", "didn't") or
    the word right after it ("bestritt nicht, dass", "ne démentent pas que")."""
    before = _WORD.findall(folded[max(0, m.start - 30) : m.start])[-2:]
    after = _WORD.findall(folded[m.end : m.end + 30])[:1]
    return any(
        w in words.negations or (w.endswith(("n't", "n\u2019t")) and "n't" in words.negations)
        for w in before
    ) or any(w in words.negations for w in after)


def _other_verb(folded: str, end: int, words: _Words) -> bool:
    """The verb is another one by the word after it (``not_after``: "se negó a confirmar",
    refused to, not denied)."""
    after = _WORD.findall(folded[end : end + 30])[:1]
    return bool(after) and after[0] in words.not_after


def _at(phrases: PhraseSet, text: str, folded: str, start: int, gap: int) -> PhraseMatch | None:
    """The phrase of ``phrases`` that starts within ``gap`` characters (spaces) after ``start``."""
    window = text[start : start + gap + 40]
    for m in phrases.find(window, folded[start : start + gap + 40]):
        if m.start <= gap and not window[: m.start].strip():
            return m
        break
    return None


def _trim(phrase: str, words: _Words) -> str | None:
    """A denier phrase without the clause opener before it ("but") and the auxiliaries and
    adverbs between it and the verb ("La compagnie a", "The ministry has also")."""
    phrase = phrase.strip(" \t\n.\"'«»“”„")
    opener = words.lang.clause_openers.match_at(fold(phrase), 0, phrase)
    if opener is not None:
        phrase = phrase[opener.end :].strip()
    while True:
        tokens = list(_WORD.finditer(phrase))
        if len(tokens) < 2 or fold(tokens[-1].group()) not in words.auxiliaries:
            break
        phrase = phrase[: tokens[-1].start()].rstrip()
    if not _WORD.search(phrase):
        return None
    return phrase[-_DENIER_MAX:].strip()


def _subject(sentence: str, verb_start: int, words: _Words) -> str | None:
    """The denier named before the verb, from the last clause mark before it."""
    head = sentence[:verb_start]
    marks = list(_CLAUSE_MARK.finditer(head))
    if marks:
        head = head[marks[-1].end() :]
    return _trim(head, words)


def _phrase(text: str, words: _Words) -> str | None:
    """A denier phrase after a verb or agent word: up to the next clause mark."""
    cut = _CLAUSE_MARK.search(text)
    return _trim(text[: cut.start()] if cut else text, words)


def _governed(
    sentence: str, folded: str, m: PhraseMatch, words: _Words
) -> tuple[int, int, str | None] | None:
    """The clause a denial verb governs (its start and end in the sentence) and the denier;
    None if it governs none."""
    said_by = words.lang.attribution_verbs
    window = sentence[m.end : m.end + _GOVERN_GAP + 12]
    for c in words.complementizers.find(window, folded[m.end : m.end + _GOVERN_GAP + 12]):
        if c.start > _GOVERN_GAP:
            break
        between = window[: c.start]
        if any(ch in between for ch in ".;:!?"):
            break
        first = _WORD.findall(fold(between))[:1]
        if first and first[0] in words.articles:
            return None  # "rejected the plan that …": a relative clause of another object
        if said_by.find(between, fold(between)):
            return None  # "denied wrongdoing and said that …": the clause is the saying's
        begin = m.end + c.end
        # the clause ends where the sentence goes on to report something else
        # ("denied that 300 were arrested, but said 40 were detained")
        said = said_by.find(sentence[begin:], folded[begin:])
        end = begin + said[0].start if said else len(sentence)
        denier = _subject(sentence, m.start, words) or _phrase(between, words)
        return begin, end, denier
    return None


def _reported(sentence: str, folded: str, m: PhraseMatch, words: _Words) -> tuple[int, int] | None:
    """A denial of reports that name the figure ("denied reports of 500 deaths",
    "dementierte Berichte über 40 Tote"): the clause after the report noun, to the next
    clause mark or reporting verb. None when no report noun follows the verb."""
    noun = _at(words.reports, sentence, folded, m.end, _NEXT_GAP) or _at(
        words.objects, sentence, folded, m.end, _OBJECT_GAP
    )
    if noun is None:
        return None
    begin = m.end + noun.end
    cut = _CLAUSE_MARK.search(sentence, begin)
    end = cut.start() if cut else len(sentence)
    said = words.lang.attribution_verbs.find(sentence[begin:end], folded[begin:end])
    return begin, begin + said[0].start if said else end


def _claimant(
    sentence: str, folded: str, noun_end: int, first: int, last: int, words: _Words
) -> tuple[str, str, int] | None:
    """Who gave the figures of a denied report (sentence offsets ``first`` to ``last``),
    when the sentence names them: right after the report noun (``reports_by``: "denied
    reports by the union that 40 workers were hurt") or after the figures (``given_by``:
    "le chiffre de 300 morts avancé par l'ONG", also past one comma). The name, the cue
    and where the name starts; None when no one is named ("la cifra de 50 fallecidos
    difundida en redes"): the denier is never the one who gave the figure."""
    by = _at(words.reports_by, sentence, folded, noun_end, _NEXT_GAP)
    if by is not None:
        at = noun_end + by.end
        stop = [first]
        that = words.complementizers.find(sentence[at:first], folded[at:first])
        if that:
            stop.append(at + that[0].start)
        mark = _CLAUSE_MARK.search(sentence, at, first)
        if mark:
            stop.append(mark.start())
        name = _named(sentence[at : min(stop)], words)
        if name is not None:
            return name, sentence[noun_end + by.start : at].strip(), at + sentence[at:].find(name)
    rest = sentence[last:]
    for g in words.given_by.find(rest, folded[last:]):
        gap = rest[: g.start]
        if gap.count(",") > 1 or _CLAUSE_MARK.search(gap.replace(",", "")) or "." in gap:
            return None  # the phrase belongs to another clause
        tail = rest[g.end :]
        said = words.lang.attribution_verbs.find(tail, fold(tail))
        name = _phrase(tail[: said[0].start] if said else tail, words)
        if name is None or any(ch.isdigit() for ch in name):
            return None
        at = last + g.end + tail.find(name)
        return name, rest[g.start : g.end], at
    return None


def _named(phrase: str, words: _Words) -> str | None:
    """A name before a report's figures, without the function words it ends on ("the union
    of", "de vakbond over")."""
    tokens = list(_WORD.finditer(phrase))
    while tokens and fold(tokens[-1].group()) in words.lang.function_words:
        tokens.pop()
    if not tokens or any(ch.isdigit() for ch in phrase[: tokens[-1].end()]):
        return None
    return _trim(phrase[: tokens[-1].end()], words)


def _clause_final(sentence: str, folded: str, end: int, words: _Words) -> bool:
    """The verb closes its clause: punctuation or the end next, or a passive auxiliary."""
    rest = sentence[end:].lstrip()
    if not rest or not rest[0].isalnum():
        return True
    after = _WORD.match(folded[len(sentence) - len(rest) :])
    return after is not None and after.group() in words.passive


def _agent_before(
    sentence: str, folded: str, m: PhraseMatch, words: _Words
) -> tuple[int, str | None] | None:
    """A verb-final passive ("… wurden von der Reederei dementiert", "… door de politie
    tegengesproken"): where its agent word starts, and the denier after it."""
    if not words.agent_before or not _clause_final(sentence, folded, m.end, words):
        return None
    lo = max(0, m.start - _AGENT_BEFORE)
    agents = words.agents.find(sentence[lo : m.start], folded[lo : m.start])
    if not agents:
        return None
    agent = agents[-1]
    between = sentence[lo + agent.end : m.start]
    if _CLAUSE_MARK.search(between):
        return None
    return lo + agent.start, _trim(between, words)


def _passive(
    sentence: str, folded: str, m: PhraseMatch, words: _Words
) -> tuple[int, str | None] | None:
    """A passive denial: where the figures it denies must end, and the denier."""
    agent = _at(words.agents, sentence, folded, m.end, _NEXT_GAP)
    if agent is not None:
        return m.start, _phrase(sentence[m.end + agent.end :], words)
    return _agent_before(sentence, folded, m, words)


def _figures_subject(sentence: str, first: int, until: int, words: _Words) -> bool:
    """The passive's subject names figures: a toll noun (``[toll_nouns] words``: "the death
    toll of 11,300 is disputed by") or one of ``objects`` ("die aantallen werden …
    tegengesproken door") from the clause of its first figure to the verb. "Visa
    applications from 300 students were rejected by the embassy" denies no figure."""
    marks = list(_CLAUSE_MARK.finditer(sentence, 0, first))
    span = sentence[marks[-1].end() if marks else 0 : until]
    folded = fold(span)
    return any(
        phrases.find(span, folded)
        for phrases in (words.lang.toll_nouns, words.objects, words.reports)
    )


def mark_denials(claims: Sequence[Claim], doc: Document) -> list[Claim]:
    """Give the figures an article reports as denied status ``denied`` and ``denied_by``."""
    words = _words(doc.code)
    out = list(claims)
    if words is None:
        return out
    # a plan or a projection turned down ("the plan to send 500 troops was rejected
    # by parliament") is no figure denied
    figures = [
        i
        for i, c in enumerate(out)
        if c.kind == "quantity" and c.status not in _NOT_FACTS and "planned" not in c.scope
    ]
    if not figures:
        return out
    denied: dict[int, str | None] = {}
    governed_by: dict[int, tuple[str, str, int]] = {}  # figure -> denier, verb, denier start
    given_by: dict[int, tuple[str, str, int] | None] = {}  # figure -> claimant, cue, start
    for s_index, (s_start, s_end) in enumerate(doc.sentences):
        sentence = doc.text[s_start:s_end]
        folded = fold(sentence)
        for m in words.verbs.find(sentence, folded):
            if _negated(folded, m, words) or _other_verb(folded, m.end, words):
                continue
            here = [i for i in figures if s_start <= out[i].start < s_end]
            governed = _governed(sentence, folded, m, words)
            reported = _reported(sentence, folded, m, words) if governed is None else None
            if reported is not None:
                inside = [i for i in here if reported[0] <= out[i].start - s_start < reported[1]]
                if inside:
                    # a report denied is someone else's words: who gave it, or no one
                    claimant = _claimant(
                        sentence,
                        folded,
                        reported[0],
                        out[inside[0]].start - s_start,
                        out[inside[-1]].end - s_start,
                        words,
                    )
                    denier = _subject(sentence, m.start, words)
                    for i in inside:
                        if i not in denied:
                            denied[i] = denier
                            given_by[i] = (
                                None if claimant is None else (*claimant[:2], s_start + claimant[2])
                            )
                    continue
            if governed is not None:
                begin, end, denier = governed
                for i in here:
                    if begin <= out[i].start - s_start < end:
                        denied.setdefault(i, denier)
                        at = sentence.rfind(denier, 0, m.start) if denier else -1
                        if at < 0 and denier:
                            at = sentence.find(denier, m.end)
                        if denier and at >= 0 and i not in governed_by:
                            governed_by[i] = (denier, sentence[m.start : m.end], s_start + at)
                continue
            passive = _passive(sentence, folded, m, words)
            if passive is not None:
                until, denier = passive
                before = [i for i in here if out[i].end - s_start <= until]
                if before and _figures_subject(
                    sentence, out[before[0]].start - s_start, until, words
                ):
                    gap = sentence[out[before[-1]].end - s_start : until]
                    if not _CLAUSE_MARK.search(gap) or words.objects.find(gap, fold(gap)):
                        for i in before:
                            denied.setdefault(i, denier)
                continue
            obj = _at(words.objects, sentence, folded, m.end, _OBJECT_GAP)
            if obj is None:
                continue
            denier = _subject(sentence, m.start, words)
            # the denier's own figures are not what it denies (a body correcting itself
            # gives an update): "Police said 3 were arrested. Organisers said 120,000
            # marched. Police denied the figure."
            own = source_id(denier, words.lang) if denier else None
            others = [i for i in figures if own is None or out[i].source_id != own]
            before = [
                i for i in others if s_start <= out[i].start and out[i].end - s_start <= m.start
            ]
            if not before:
                before = _answered(doc, s_index, others, out)
            for i in before:
                denied.setdefault(i, denier)
    for i in figures:
        if i not in governed_by and i not in given_by:
            out[i] = _past_the_denier(out[i], doc, words)
    for i, denier in denied.items():
        out[i] = attrs.evolve(out[i], status=DENIED, denied_by=denier)
        if i in governed_by:
            # the governed clause is the denier's own words: no one else is credited
            out[i] = _credit(out[i], governed_by[i], words)
        elif i in given_by:
            out[i] = _credit(out[i], given_by[i], words)
    return out


def _past_the_denier(claim: Claim, doc: Document, words: _Words) -> Claim:
    """A credited name that runs through a denial verb ("The company rejected union" of
    "The company rejected union claims that 40 …", "The ministry did not deny" of "… did
    not deny reports by the union that 40 …") names the denier, who did not give the
    figure: the name is what follows the verb, else the author its report noun names
    ("reports by the union"), else no one; only when the credit's cue is a report or
    figure noun ("reports", "claims", "chiffre"). A verb whose object is only a figure noun
    ("A oposição contesta o número e fala em 30%") leaves the denier credited with the
    figure it goes on to give."""
    name = claim.attributed_to
    if name is None or claim.attribution_start is None or claim.attribution_end is None:
        return claim
    cue = fold(claim.attribution_cue or "").strip()
    if not cue or cue not in words.nouns:
        # "The company denied wrongdoing and said that 300 …": the subject of a saying
        # gave its figure; only the owner of a report noun is read past the verb
        return claim
    verbs = [m for m in words.verbs.find(name, fold(name)) if not name[m.start].isupper()]
    if not verbs:
        return claim
    rest = name[verbs[-1].end :]
    lead = _at(words.objects, rest, fold(rest), 0, _NEXT_GAP)
    if lead is not None and not _WORD.search(rest[lead.end :]):
        # "A oposição contesta o número e fala em 30%": the figure it goes on to give
        # is the denier's own
        return claim
    tokens = list(_WORD.finditer(rest))
    while tokens and fold(tokens[0].group()) in words.negations | words.auxiliaries:
        rest = rest[tokens.pop(0).end() :]
    past = _trim(rest, words) if tokens else None
    if past is not None:
        at = claim.attribution_start + name.find(past, len(name) - len(rest))
        return _credit(claim, (past, claim.attribution_cue or "", at), words)
    found = None
    for s_start, s_end in doc.sentences:
        if s_start <= claim.start < s_end:
            sentence = doc.text[s_start:s_end]
            folded = fold(sentence)
            end = claim.attribution_end - s_start
            if 0 <= end <= claim.start - s_start:
                noun = _at(words.reports, sentence, folded, end, _NEXT_GAP)
                after = end + noun.end if noun is not None else end
                first, last = claim.start - s_start, claim.end - s_start
                got = _claimant(sentence, folded, after, first, last, words)
                if got is not None:
                    found = (got[0], got[1], s_start + got[2])
            break
    return _credit(claim, found, words)


def _credit(claim: Claim, claimant: tuple[str, str, int] | None, words: _Words) -> Claim:
    """A denied report's figure credited to who gave it, or to no one when the text names
    no one: "The company denied reports by the union that 40 workers were hurt" (the
    union's), "desmintieron la cifra de 50 fallecidos difundida en redes" (no one's)."""
    if claimant is None:
        return attrs.evolve(
            claim,
            attributed_to=None,
            attribution_cue=None,
            attribution_start=None,
            attribution_end=None,
            attribution_chain=(),
            source_id=None,
            self_cited=False,
        )
    name, cue, at = claimant
    return attrs.evolve(
        claim,
        attributed_to=name,
        attribution_cue=cue,
        attribution_start=at,
        attribution_end=at + len(name),
        attribution_chain=(name,),
        source_id=source_id(name, words.lang),
        self_cited=False,
    )


def _answered(
    doc: Document, s_index: int, figures: Sequence[int], claims: list[Claim]
) -> list[int]:
    """The figures of the report a denial that points back answers: the first sentence
    holding figures among the few before it, in its paragraph."""
    paragraph = doc.paragraph_start(doc.sentences[s_index][0])
    first = max(0, s_index - _BACK_SENTENCES)
    for s_start, s_end in doc.sentences[first:s_index]:
        if s_start < paragraph:
            continue
        held = [i for i in figures if s_start <= claims[i].start < s_end]
        if held:
            return held
    return []
