"""What a date is the date of: the event named next to it in its sentence.

``event_for(text, start, end, language)`` reads the sentence around the date
mention at ``[start, end)`` and returns ``(concept, predicate)``: a
language-neutral event concept from the language file's ``[events]`` section
(``signed``, ``met``, ``recaptured``, ``published``, ``announced``, ``died``, …)
and the words that named it, as written ("semnat", "Firmato", "s-a întâlnit").
Two articles that date the same concept can then be compared, whatever their
language: "tratatul semnat în 2024" and "Firmato nel giugno del 2024" are both
dates of a signing.

Three rules, all about sentence structure rather than particular words:

1. Nearest in its clause wins. Distance is counted in characters from the
   date; a phrase after the date counts ``_AFTER_PENALTY`` more, as the verb a
   date follows is likelier its own ("semnat în 2024") than the one after it,
   and each word joining two clauses on the way (``[event_links] clause``:
   "iar", "e", "and", "mais"…) counts ``_CLAUSE_PENALTY`` more: in "ha invaso
   l'Ucraina e ad aprile le truppe si sono ritirate", April is the withdrawal's.
2. A coarse date gives way from a report to what is reported. The concepts in
   ``_REPORTING`` (announced, reported, said) date the report. A statement is
   dated to the day ("a declarat marți", "said on Tuesday"), so a day, weekday
   or week stays the report's. A month, season or year next to a reporting
   verb is the time of the reported event, when the sentence names one that no
   other date in it is nearer to: "ha riferito in aprile che le truppe erano
   state espulse" dates the expulsion; "announced in May that the treaty was
   signed in 2024" leaves May to the announcement, as 2024 is the signing's.
3. "During" hands the date on. When the nearest phrase is a noun right after
   one of the ``[event_links] during`` words ("încheiate în timpul întâlnirii
   din iunie 2024", "signed during the meeting of June 2024", "beim Treffen im
   Juni 2024 unterzeichnet"), the date of the occasion is the date of what was
   done during it: the nearest other (non-reporting) event wins, when there is one.
4. A purpose clause is not the date's. An event named after a purpose word
   that follows the date (``[event_links] purpose``: "pentru a", "in order
   to", "per", "pour", "um", "para") is what the action aimed at: "a trimis
   … la sfârșitul anului 2024 pentru a ajuta la respingerea …" dates the
   sending, when the sentence names one outside that clause. But an
   occasion (a visit, a meeting) hands its date to its aim, as in rule 3:
   "visited Kyiv in May 2024 to sign the agreement" dates the signing.
"""

from __future__ import annotations

from .._phrases import PhraseMatch
from ._document import Document

# Characters added to the distance of an event phrase that follows the date,
# and for each clause-joining word between the phrase and the date.
_AFTER_PENALTY = 5
_CLAUSE_PENALTY = 20

# Event concepts that report another event rather than being one.
_REPORTING = frozenset({"announced", "reported", "said"})

# Event concepts that are occasions: what is done at them takes their date
# ("visited Kyiv in May 2024 to sign the agreement" dates the signing).
_OCCASIONS = frozenset({"met"})

# Grains at which a date next to a reporting verb is the report's own date.
_DAY_GRAINS = frozenset({"day", "weekday", "week"})

# At most this many words between a "during" link and the occasion it names
# ("during the meeting", "lors de la rencontre", "în timpul întâlnirii").
_DURING_GAP_WORDS = 1


def event_for(text: str, start: int, end: int, language: str) -> tuple[str | None, str | None]:
    """The event concept of the date at ``text[start:end]`` and the words that name it.

    Returns ``(None, None)`` when the sentence names no event listed for
    ``language``. The predicate is a slice of ``text`` (as written, with its
    diacritics and case).
    """
    return event_at(Document(text, language), start, end)


def event_at(doc: Document, start: int, end: int) -> tuple[str | None, str | None]:
    """``event_for`` on an article's ``Document`` (its sentences and folded text, found once)."""
    lang, text = doc.lang, doc.text
    s0, s1 = _sentence_of(doc, start, end)
    sentence = text[s0:s1]
    folded = doc.folded[s0:s1]
    cs, ce = start - s0, end - s0
    # A reporting verb of the attribution data ("afirmaron", "назвал") is a
    # statement as much as the [events] "said" words are (rule 2 reads both).
    # The [events] words win where the two overlap ("a publicat" is published).
    named = lang.events.find(sentence, folded)
    said = [
        PhraseMatch("said", m.start, m.end, m.phrase)
        for m in lang.attribution_verbs.find(sentence, folded)
        if not any(m.start < e.end and e.start < m.end for e in named)
    ]
    hits = [m for m in (*named, *said) if m.end <= cs or m.start >= ce]
    if not hits:
        return None, None
    joins = [m.start for m in lang.event_clause.find(sentence, folded)]
    purposes = [m.start for m in lang.event_purpose.find(sentence, folded) if m.start >= ce]
    # Rule 4: a verb inside a purpose clause after the date ("trimis … în 2024
    # pentru a respinge …") is the aim, not the dated event, when the date
    # has an event of its own outside that clause.
    every = hits
    outside = [m for m in hits if not any(ce <= p < m.start for p in purposes)]
    if outside:
        hits = outside

    def distance(m: PhraseMatch, start: int = cs, end: int = ce) -> int:
        if m.end <= start:
            lo, hi, extra = m.end, start, 0
        else:
            lo, hi, extra = end, m.start, _AFTER_PENALTY
        crossed = sum(1 for j in joins if lo <= j < hi)
        return hi - lo + extra + _CLAUSE_PENALTY * crossed

    best = min(hits, key=distance)
    # the sentence's dates (the article's, parsed once: ``doc.dates``), in sentence offsets
    dates = [(d.start - s0, d.end - s0, d.grain) for d in doc.dates_within(s0, s1)]
    own = next((g for a, b, g in dates if a == cs and b == ce), None)
    if best.label not in _REPORTING and own not in _DAY_GRAINS:
        # Rule 5: a month or year gives way to another date nearer to the event. In
        # "from the invasion on 24 February 2022 to November 2023" November ends a
        # span: the invasion has its own day, and November is no date of it.
        nearer = [
            m
            for m in hits
            if m.label not in _REPORTING
            and not any((a, b) != (cs, ce) and distance(m, a, b) < distance(m) for a, b, _ in dates)
        ]
        if not nearer:
            return None, None
        best = min(nearer, key=distance)
    if best.label in _REPORTING:
        if own is None or own not in _DAY_GRAINS:
            # Rule 2: the reported event, when no other date in the sentence is nearer to it.
            others = [(a, b) for a, b, _ in dates if b <= cs or a >= ce]
            free = [
                m
                for m in hits
                if m.label not in _REPORTING
                and all(distance(m, a, b) >= distance(m) for a, b in others)
            ]
            best = min(free, key=distance) if free else best
    elif best.label in _OCCASIONS and (aims := [m for m in every if m not in hits]):
        # Rule 4, second half: the aim of a visit or meeting is done at it.
        best = min(aims, key=distance)
    elif _after_during(folded, lang.event_during.find(sentence, folded), best):
        # What was done during the occasion may be its purpose: "în timpul
        # vizitei … în iunie 2024 pentru a semna" dates the signing.
        done = [m for m in every if m is not best and m.label not in _REPORTING]
        best = min(done, key=distance) if done else best
    return best.label, sentence[best.start : best.end]


def _after_during(folded: str, links: list[PhraseMatch], event: PhraseMatch) -> bool:
    """Rule 3: ``event`` names the occasion after a "during" link ("în timpul întâlnirii")."""
    return any(
        link.end <= event.start and len(folded[link.end : event.start].split()) <= _DURING_GAP_WORDS
        for link in links
    )


def _sentence_of(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The sentences the date touches, joined: "am 3. September" is no sentence end."""
    found = doc.sentences_touching(start, end)
    return found if found is not None else (0, len(doc.text))
