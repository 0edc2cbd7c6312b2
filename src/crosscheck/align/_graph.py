"""The claim graph: which claims from different sentences are about the same thing.

Claims are nodes; an edge joins two claims that are about the same thing,
and keeps its weight and the reasons it was drawn, so a finding can say why
two values were compared. Candidates are blocked first (only claims of one
kind, unit concept or event, and statement type are ever paired), then
scored on context:

* quantities: same unit concept and increment flag; shared entities, the same
  event, or similar wording around the figure;
* dates: same event concept; shared entities, the same object ("treaty",
  "acord"), or similar wording; and never a date after the publication of an
  article that states an earlier one for that event (an article cannot
  report what had not happened yet: such pairs are recorded as kept apart);
* quotes: wording similar enough across languages.

Connected components are the groups the judge reads.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Iterable

import attrs
import networkx as nx
from rapidfuzz import fuzz

from .._fold import fold
from ..claims import Claim
from ..extract._quotes import QUOTE_MATCH_THRESHOLD, quote_similarity

# Minimum rapidfuzz token-set similarity (0-100) of the words around two
# values for them to be aligned on wording alone, with no shared entity or
# event. Set so that "80 de ani de la sfârșitul celui de-al Doilea Război
# Mondial" matches its paraphrase while unrelated sentences stay apart.
CONTEXT_SIMILARITY_MIN = 60.0

# Words of context taken on each side of a value for that similarity.
CONTEXT_WINDOW_WORDS = 8


@attrs.frozen
class KeptApart:
    """A candidate pair the aligner refused, with the reason (a ``not_aligned`` finding)."""

    claim: str
    other: str
    reason: str


def _window(claim: Claim) -> str:
    """Folded words around the value, with all digits removed."""
    rel_s = claim.start - claim.sentence_start
    rel_e = claim.end - claim.sentence_start
    before = claim.sentence[:rel_s].split()[-CONTEXT_WINDOW_WORDS:]
    after = claim.sentence[rel_e:].split()[:CONTEXT_WINDOW_WORDS]
    words = [w for w in (*before, *after) if not any(ch.isdigit() for ch in w)]
    return fold(" ".join(words))


def block_key(claim: Claim) -> tuple[str, ...] | None:
    """Claims are only compared within one block; None = never compared."""
    if claim.kind == "quantity":
        if claim.unit is None:
            return None
        return ("quantity", claim.unit, "increment" if claim.increment else "total")
    if claim.kind == "date":
        if claim.event is None or claim.date_low is None:
            return None
        return ("date", claim.event)
    if claim.kind == "quote":
        return None if claim.scare else ("quote",)
    return None


def _context_edge(a: Claim, b: Claim, windows: dict[str, str]) -> tuple[float, list[str]] | None:
    reasons = [f"same unit: {a.unit}" if a.kind == "quantity" else f"same event: {a.event}"]
    shared = sorted(set(a.entities) & set(b.entities))
    same_event = a.kind == "quantity" and a.event is not None and a.event == b.event
    if a.kind == "quantity" and a.event is not None and b.event is not None and a.event != b.event:
        return None
    similarity = fuzz.token_set_ratio(windows[a.id], windows[b.id])
    if shared:
        reasons.append("shared entities: " + ", ".join(shared))
    if same_event:
        reasons.append(f"same event: {a.event}")
    if similarity >= CONTEXT_SIMILARITY_MIN:
        reasons.append(f"similar wording ({similarity:.0f}/100)")
    if not (shared or same_event or similarity >= CONTEXT_SIMILARITY_MIN):
        return None
    weight = round(
        0.4 * (len(shared) / max(1, len(set(a.entities) | set(b.entities))))
        + 0.3 * same_event
        + 0.3 * similarity / 100,
        4,
    )
    return weight, reasons


def _date_edge(a: Claim, b: Claim, windows: dict[str, str]) -> tuple[float, list[str]] | None:
    """Two dates of one event concept are one event's dates only on firm evidence.

    Dates are many and events recur (leaders meet often, troops are sent for
    months), so a false pairing would report a false conflict. Required: two
    articles (one article's two dates for one verb are usually two events),
    a shared topic (what the event is about: a treaty, a summit, a region),
    and the same tense (a planned meeting is not the one that took place).
    """
    if a.article == b.article:
        return None
    topics = sorted(set(a.topics) & set(b.topics))
    if not topics:
        return None
    if ("planned" in a.scope) != ("planned" in b.scope):
        return None
    shared = sorted(set(a.entities) & set(b.entities))
    similarity = fuzz.token_set_ratio(windows[a.id], windows[b.id])
    reasons = [f"same event: {a.event}", "shared topics: " + ", ".join(topics)]
    if shared:
        reasons.append("shared entities: " + ", ".join(shared))
    weight = round(0.4 + 0.3 * bool(shared) + 0.3 * similarity / 100, 4)
    return weight, reasons


def _predates(a: Claim, b: Claim) -> bool:
    """True when ``a``'s article was published before ``b``'s date begins."""
    if not a.published or not b.date_low:
        return False
    return dt.date.fromisoformat(a.published) < dt.date.fromisoformat(b.date_low)


# Within one language the same quote keeps most of its words, so two quotes
# must be far more alike than across languages (where only cognates remain,
# see extract._quotes.QUOTE_MATCH_THRESHOLD) to count as one.
QUOTE_SAME_LANGUAGE_MIN = 75.0


def quote_match_min(a: Claim, b: Claim) -> float:
    """The wording similarity two quotes need to be aligned."""
    return QUOTE_SAME_LANGUAGE_MIN if a.language == b.language else QUOTE_MATCH_THRESHOLD


# Quotes are only compared when they share a word stem (the first letters of
# a longer word): the same words in two languages keep their cognate stems
# ("invincib-", "fratern-"), and the check costs a set intersection where the
# full similarity costs an edit-distance match per word.
_STEM_LETTERS = 4
_STEM_MIN_WORD = 5


@functools.lru_cache(maxsize=8192)
def _stems(text: str) -> frozenset[str]:
    return frozenset(
        w[:_STEM_LETTERS] for w in re.findall(r"[^\W\d_]+", fold(text)) if len(w) >= _STEM_MIN_WORD
    )


def _quote_edge(a: Claim, b: Claim) -> tuple[float, list[str]] | None:
    if a.article == b.article or not (_stems(a.text) & _stems(b.text)):
        return None
    score = quote_similarity(a.text, b.text)
    if score < quote_match_min(a, b):
        return None
    return round(score / 100, 4), [f"similar quote wording ({score:.0f}/100)"]


def build_graph(claims: Iterable[Claim]) -> nx.Graph:
    """The claim graph: nodes are claim ids (with the claim as ``claim`` data).

    ``graph.graph["kept_apart"]`` lists the :class:`KeptApart` pairs.
    """
    graph = nx.Graph()
    kept_apart: list[KeptApart] = []
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in sorted(claims, key=lambda c: c.id):
        graph.add_node(claim.id, claim=claim)
        key = block_key(claim)
        if key is not None:
            blocks[key].append(claim)
    for key in sorted(blocks):
        members = blocks[key]
        windows = {c.id: _window(c) for c in members}
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a.kind == "quote":
                    edge = _quote_edge(a, b)
                elif a.kind == "date":
                    edge = _date_edge(a, b, windows)
                    if edge is not None and (_predates(a, b) or _predates(b, a)):
                        early, late = (a, b) if _predates(a, b) else (b, a)
                        kept_apart.append(
                            KeptApart(
                                early.id,
                                late.id,
                                f"{early.article} was published on {early.published}, before "
                                f"{late.value or late.date_low}, so it reports an earlier "
                                f"'{early.event}' event",
                            )
                        )
                        continue
                else:
                    edge = _context_edge(a, b, windows)
                if edge is not None:
                    weight, reasons = edge
                    graph.add_edge(a.id, b.id, weight=weight, reasons=tuple(reasons))
    graph.graph["kept_apart"] = tuple(kept_apart)
    return graph


def groups(graph: nx.Graph) -> list[tuple[Claim, ...]]:
    """Aligned groups (connected components), each sorted by claim id, in a stable order."""
    found = []
    for component in nx.connected_components(graph):
        members = tuple(graph.nodes[n]["claim"] for n in sorted(component))
        found.append(members)
    found.sort(key=lambda g: g[0].id)
    return found
