"""Score crosscheck on newsbatch: real multi-source, multilingual news batches.

The four stories of ``../shared/benchmarks/newsbatch/`` are run as ONE batch
(``crosscheck.report`` over the four ``articles.jsonl`` files, as a feed
would give them), then scored as that folder's README describes:

* **claim frames**, per gold figure: the claim whose span overlaps it in the
  same article (the largest overlap) must have the gold bounds (value), unit
  concept, qualifier and credited source; overall, per language and per
  story;
* **relations**, per judged group: conflict groups found, agree groups
  broken, updates misread as conflicts or recognised as updates,
  not_comparable groups violated; findings that join two stories; the number
  of conflict findings.

``--failures N`` prints N failing figures per failure class (the class is
the first field that is wrong, with a finer label where one can be told from
the text), ``--json`` the figures as JSON. Run from the repository root::

    PYTHONPATH=src python benchmarks/newsbatch.py [--failures N] [--lang xx] [--json]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "benchmarks" / "newsbatch"
if str(REPO / "src") not in sys.path:
    # this repository's source before any installed copy, but after the trees PYTHONPATH
    # names: a baseline run with PYTHONPATH=<other tree>/src measures that tree
    _given = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    sys.path.insert(min(len(sys.path), 1 + len(_given)), str(REPO / "src"))

import attrs  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

import crosscheck  # noqa: E402
import crosscheck.lang  # noqa: E402
from crosscheck.extract._context import source_key  # noqa: E402

TARGETS = {"value": 95.0, "unit": 90.0, "qualifier": 92.0, "source": 85.0}
LANGUAGE_VALUE_FLOOR = 85.0

# How our vague figures are written: the magnitude as a lower bound with an
# open top ("thousands" = 1000..None, docs/semantics.md); newsbatch writes a
# vague figure with no bounds at all. Compared as the gold convention.
VAGUE = "vague"

# Our money concepts are ISO currency codes; newsbatch writes money_<code>.
MONEY_PREFIX = "money_"


@dataclass
class Gold:
    article: str
    story: str
    lang: str
    surface: str
    start: int
    end: int
    low: float | None
    high: float | None
    qualifier: str
    unit: str
    event: str
    source: str | None
    place: str | None
    time_scope: str | None


@dataclass
class Tally:
    total: int = 0
    right: collections.Counter[str] = field(default_factory=collections.Counter)

    def pct(self, key: str) -> float:
        return 100.0 * self.right[key] / self.total if self.total else 0.0


def read_batch(data: Path) -> tuple[list[Path], dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """The article files, the gold articles by id, and the relation groups.

    Two layouts: newsbatch's ``<story>/articles.jsonl`` with a ``relations.jsonl``
    beside each, or the flat one of ``benchmarks/probes/`` (``<story>.jsonl`` files and
    one ``relations.jsonl`` for all, each group's story that of its first article).
    """
    files = sorted(data.glob("*/articles.jsonl"))
    if not files:
        return _read_flat_batch(data)
    articles: dict[str, dict[str, Any]] = {}
    relations: list[dict[str, Any]] = []
    for path in files:
        articles |= _read_articles(path)
        rel = path.parent / "relations.jsonl"
        if rel.exists():
            for group in _read_jsonl(rel):
                group["story"] = path.parent.name
                relations.append(group)
    return files, articles, relations


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _read_articles(path: Path) -> dict[str, dict[str, Any]]:
    return {record["id"]: record for record in _read_jsonl(path)}


def _read_flat_batch(
    data: Path,
) -> tuple[list[Path], dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """The flat layout: every ``*.jsonl`` but ``relations.jsonl`` is one story's articles."""
    rel = data / "relations.jsonl"
    files = sorted(p for p in data.glob("*.jsonl") if p != rel)
    if not files:
        sys.exit(
            f"newsbatch: no */articles.jsonl nor *.jsonl articles under {data} (pass --data DIR)"
        )
    articles: dict[str, dict[str, Any]] = {}
    for path in files:
        articles |= _read_articles(path)
    relations = _read_jsonl(rel) if rel.exists() else []
    for group in relations:
        group["story"] = articles[group["items"][0]["id"]]["story"]
    return files, articles, relations


def gold_figures(articles: dict[str, dict[str, Any]]) -> list[Gold]:
    return [
        Gold(
            article=a["id"],
            story=a["story"],
            lang=a["lang"],
            surface=c["surface"],
            start=c["start"],
            end=c["end"],
            low=c["low"],
            high=c["high"],
            qualifier=c["qualifier"],
            unit=c["unit"],
            event=c["event"],
            source=c.get("attributed_to"),
            place=c.get("place"),
            time_scope=c.get("time_scope"),
        )
        for a in articles.values()
        for c in a["claims"]
    ]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _clean(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in _fold(text)).split())


# Words that open a gold note naming who relayed the figure ("X (via Y)"); the
# annotators wrote some notes in the article's language ("X (za Reuters)", "X (laut
# New York Times)", "X (через Al Arabiya)").
_VIA_CUES = (
    "via ",
    "attributed to ",
    "citing ",
    "selon ",
    "laut ",
    "za ",
    "через ",
    "по данным ",
    "según ",
    "secondo ",
    "segundo ",
    "volgens ",
    "potrivit ",
)


def _gold_names(gold: str) -> list[str]:
    """The gold source and the names in its parenthetical notes ("X (via Y)")."""
    names = [gold.split("(")[0]]
    rest = gold[len(names[0]) :]
    for part in rest.replace(")", "(").split("("):
        for cue in _VIA_CUES:
            if part.startswith(cue) or f" {cue}" in part:
                names.append(part.split(cue, 1)[1])
                break
    if "(" in gold:
        names.append(gold)
    return [n for n in (_clean(n) for n in names) if n]


# Whether source_matches also accepts an acronym for its long form and two names with
# the same identity key in crosscheck's [attribution.sources] tables (``--literal-source``
# turns both off, to compare with the plain string match).
NAME_IDENTITY = True


def _initials(name: str, lang: str | None) -> set[str]:
    """The acronyms a long name may go by: initials of its content words ("World Health
    Organization" -> "who"; "Organisation mondiale de la santé" -> "oms")."""
    words = _clean(name).split()
    skip: frozenset[str] = frozenset()
    if lang is not None:
        try:
            skip = frozenset(crosscheck.lang.get_language(lang).function_words)
        except crosscheck.CrosscheckError:
            skip = frozenset()
    content = [w for w in words if w not in skip]
    out = {"".join(w[0] for w in content), "".join(w[0] for w in words)}
    return {a for a in out if len(a) >= 2}


def _acronyms(text: str) -> set[str]:
    """The all-capital tokens of ``text`` (2 to 8 letters), folded: "WHO", "UNHCR"."""
    return {_clean(t) for t in re.findall(r"\b[^\W\d_]{2,8}\b", text) if t.isupper()}


def _same_identity(ours: str, name: str, lang: str | None) -> bool:
    """Whether both names resolve to one key of crosscheck's ``[attribution.sources]``."""
    if lang is None:
        return False
    try:
        data = crosscheck.lang.get_language(lang)
    except crosscheck.CrosscheckError:
        return False
    key = source_key(ours, data)
    return key is not None and key == source_key(name, data)


def source_matches(ours: str | None, gold: str | None, lang: str | None = None) -> bool:
    """Whether our credited source names the gold one (both None also counts).

    Besides the string match, an acronym names its long form ("WHO" = "World Health
    Organization") and two names with one identity key name each other (see NAME_IDENTITY).
    """
    if gold is None:
        return ours is None
    if ours is None:
        return False
    mine = _clean(ours)
    if not mine:
        return False
    raw_names = [gold, *(p for p in re.split(r"[(),/]| via | citing ", gold) if p.strip())]
    for name in _gold_names(gold):
        if mine == name or (len(mine) >= 3 and (mine in name or name in mine)):
            return True
        if fuzz.token_set_ratio(mine, name) >= 80:
            return True
    if not NAME_IDENTITY:
        return False
    for raw in raw_names:
        if _acronyms(ours) & _initials(raw, lang) or _acronyms(raw) & _initials(ours, lang):
            return True
        if _same_identity(ours, raw, lang):
            return True
    return False


def unit_matches(ours: str | None, gold: str) -> bool:
    if ours is None:
        return False
    if ours == gold:
        return True
    return gold.startswith(MONEY_PREFIX) and ours == gold[len(MONEY_PREFIX) :]


def value_matches(claim: crosscheck.Claim, gold: Gold) -> bool:
    if gold.qualifier == VAGUE or claim.qualifier == VAGUE:
        return gold.qualifier == claim.qualifier
    return _same(claim.low, gold.low) and _same(claim.high, gold.high)


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))


def match_claims(
    golds: Sequence[Gold], claims: Iterable[crosscheck.Claim]
) -> dict[int, crosscheck.Claim]:
    """Gold index -> the quantity claim whose span overlaps it most in its article."""
    by_article: dict[str, list[crosscheck.Claim]] = collections.defaultdict(list)
    for claim in claims:
        if claim.kind == "quantity":
            by_article[claim.article].append(claim)
    matched = {}
    for i, gold in enumerate(golds):
        best, best_overlap = None, 0
        for claim in by_article.get(gold.article, ()):
            overlap = min(claim.end, gold.end) - max(claim.start, gold.start)
            if overlap > best_overlap:
                best, best_overlap = claim, overlap
        if best is not None:
            matched[i] = best
    return matched


def failure_class(gold: Gold, claim: crosscheck.Claim | None, checks: dict[str, bool]) -> str:
    if claim is None:
        return "missed"
    if not checks["value"]:
        return "value"
    if not checks["unit"]:
        return "unit.none" if claim.unit is None else "unit.other"
    if not checks["qualifier"]:
        return "qualifier"
    if not checks["source"]:
        if gold.source is None:
            return "source.spurious"
        return "source.none" if claim.attributed_to is None else "source.other"
    return "ok"


def score_frames(
    golds: Sequence[Gold], matched: dict[int, crosscheck.Claim]
) -> tuple[dict[str, dict[str, Tally]], dict[str, list[tuple[Gold, crosscheck.Claim | None]]]]:
    tallies: dict[str, dict[str, Tally]] = {"all": {}, "lang": {}, "story": {}}
    failures: dict[str, list[tuple[Gold, crosscheck.Claim | None]]] = collections.defaultdict(list)
    for i, gold in enumerate(golds):
        claim = matched.get(i)
        checks = {
            "value": claim is not None and value_matches(claim, gold),
            "unit": claim is not None and unit_matches(claim.unit, gold.unit),
            "qualifier": claim is not None and claim.qualifier == gold.qualifier,
            "source": claim is not None
            and source_matches(claim.attributed_to, gold.source, gold.lang),
        }
        for table, key in (("all", "all"), ("lang", gold.lang), ("story", gold.story)):
            tally = tallies[table].setdefault(key, Tally())
            tally.total += 1
            for name, ok in checks.items():
                tally.right[name] += ok
        cls = failure_class(gold, claim, checks)
        if cls != "ok":
            failures[cls].append((gold, claim))
    return tallies, failures


# -- relations ---------------------------------------------------------------


def _group_items(
    group: dict[str, Any],
    golds: Sequence[Gold],
    matched: dict[int, crosscheck.Claim],
) -> list[tuple[str, str]]:
    """Our claim id and the gold event of each item of one judged group (unmatched items
    are dropped)."""
    items = []
    for item in group["items"]:
        candidates = [
            i
            for i, g in enumerate(golds)
            if g.article == item["id"] and g.surface == item["surface"]
        ]
        preferred = [i for i in candidates if golds[i].event == group["event"]] or candidates
        for i in preferred[:1]:
            if i in matched:
                items.append((matched[i].id, golds[i].event))
    return items


def _group_claims(
    group: dict[str, Any],
    golds: Sequence[Gold],
    matched: dict[int, crosscheck.Claim],
) -> list[str]:
    """Our claim ids for the items of one judged group (unmatched items are dropped)."""
    return [cid for cid, _ in _group_items(group, golds, matched)]


def _group_events(
    group: dict[str, Any], golds: Sequence[Gold], matched: dict[int, crosscheck.Claim]
) -> dict[str, str]:
    """Our claim id -> the gold event of the item it matched, for one judged group."""
    events: dict[str, str] = {}
    for cid, event in _group_items(group, golds, matched):
        events.setdefault(cid, event)
    return events


def _violated_across(
    events: dict[str, str], conflicts: set[frozenset[str]], agreements: Sequence[set[str]]
) -> bool:
    """A not_comparable group's claims of two different gold events conflict or agree.

    The literal reading (any two of its claims) also counts two figures of
    one event inside the group ("6,000 body bags" twice, in a group that
    sets body bags against the dead) that rightly agree; this reading keeps
    only the pairs the group says must never be compared.
    """
    ids = sorted(events)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if events[a] == events[b]:
                continue
            if frozenset((a, b)) in conflicts or any(a in h and b in h for h in agreements):
                return True
    return False


def conflicting_pairs(report: crosscheck.Report) -> set[frozenset[str]]:
    """Claim pairs the report says cannot both be true.

    A conflict finding with ``sides`` says two claims conflict when they sit
    on different sides of one as-of window (``side.window``; sides without a
    window all share one).
    """
    pairs: set[frozenset[str]] = set()
    for finding in report.conflicts:
        pairs |= finding_conflicts(finding)
    return pairs


def finding_conflicts(finding: Any) -> set[frozenset[str]]:
    """The claim pairs one conflict finding sets against each other (see conflicting_pairs)."""
    pairs: set[frozenset[str]] = set()
    sides = getattr(finding, "sides", None)
    if sides:
        side_ids = [(getattr(side, "window", 0), tuple(side.claims)) for side in sides]
        for i, (a_window, a_side) in enumerate(side_ids):
            for b_window, b_side in side_ids[i + 1 :]:
                if a_window != b_window:
                    continue
                pairs.update(frozenset((a, b)) for a in a_side for b in b_side if a != b)
    else:
        claims = finding.claims
        pairs.update(
            frozenset((a, b)) for i, a in enumerate(claims) for b in claims[i + 1 :] if a != b
        )
    return pairs


def judged_together(report: crosscheck.Report, ids: Sequence[str]) -> tuple[str | None, bool]:
    """Whether the judge would find a missed conflict if its figures shared one group.

    Each matched figure's group in turn takes in the others (a group need not
    stay a clique here: this is a diagnostic, not an alignment), and is
    judged alone; returns the first figure whose group then shows the
    conflict (None: no such group), and whether the gold figures judged on
    their own show it. A miss that no grouping shows lies in the frames or
    the judge (time windows, tolerances), not in the partition. A forced
    group need not be a clique: a miss it shows may still be a pair the
    aligner rightly refuses (a city's toll and its country's), so read it
    beside the pair's explain line.
    """
    from crosscheck.judge import judge_group

    by_id = {c.id: c for c in report.claims}
    groups = report.alignment.groups if report.alignment is not None else ()
    group_of = {c.id: g for g in groups for c in g}
    wanted = {frozenset((a, b)) for i, a in enumerate(ids) for b in ids[i + 1 :] if a != b}

    def shows(claims: Sequence[crosscheck.Claim]) -> bool:
        finding = judge_group(claims)
        return (
            finding is not None
            and finding.kind == "conflict"
            and bool(finding_conflicts(finding) & wanted)
        )

    host = None
    for cid in dict.fromkeys(ids):
        members = list(group_of.get(cid, (by_id[cid],)))
        inside = {c.id for c in members}
        members += [by_id[o] for o in dict.fromkeys(ids) if o not in inside]
        if shows(members):
            host = cid
            break
    return host, shows([by_id[c] for c in dict.fromkeys(ids)])


def findings_holding(report: crosscheck.Report, kind: str) -> list[set[str]]:
    """Claim sets the report puts under ``kind``: findings of that kind, or that facet.

    A finding whose headline is another kind can still hold the view as a
    facet: its timeline points (``timeline``/``update``) or its agreement
    clusters (``agreement``) are the claims it holds under that kind.
    """
    held: list[set[str]] = []
    for f in report.findings:
        facets = getattr(f, "facets", ())
        if kind in ("update", "timeline") and getattr(f, "timeline", ()):
            held.append({c for point in f.timeline for c in point.claims})
        elif kind == "agreement" and facets and getattr(f, "agreements", None) is not None:
            held.extend(set(a.claims) for a in f.agreements)
        elif f.kind == kind:
            held.append(set(f.claims))
    return held


def score_relations(
    report: crosscheck.Report,
    relations: Sequence[dict[str, Any]],
    golds: Sequence[Gold],
    matched: dict[int, crosscheck.Claim],
    stories: dict[str, str] | None = None,
) -> dict[str, Any]:
    conflicts = conflicting_pairs(report)
    agreements = findings_holding(report, "agreement")
    updates = findings_holding(report, "update") + findings_holding(report, "timeline")
    counts: collections.Counter[str] = collections.Counter()
    totals: collections.Counter[str] = collections.Counter()
    for group in relations:
        ids = _group_claims(group, golds, matched)
        pairs = {frozenset((a, b)) for i, a in enumerate(ids) for b in ids[i + 1 :] if a != b}
        rel = group["relation"]
        totals[rel] += 1
        conflicted = bool(pairs & conflicts)
        if rel == "conflict":
            counts["conflict_found"] += conflicted
        elif rel == "agree":
            counts["agree_broken"] += conflicted
        elif rel == "update":
            counts["update_misread"] += conflicted
            counts["update_recognised"] += any(
                sum(cid in held for cid in set(ids)) >= 2 for held in updates
            )
        elif rel == "not_comparable":
            shared = any(sum(cid in held for cid in set(ids)) >= 2 for held in agreements)
            counts["not_comparable_violated"] += conflicted or shared
            counts["not_comparable_violated_across"] += _violated_across(
                _group_events(group, golds, matched), conflicts, agreements
            )
    # The gold story of every article (the report's own may be stripped: --no-story).
    story_of = dict(stories or {})
    story_of |= {a.id: a.story for a in report.articles if a.id not in story_of}
    cross = sum(1 for f in report.findings if len({story_of.get(a) for a in f.articles}) > 1)
    return {
        "groups": dict(totals),
        "conflict_found": _ratio(counts["conflict_found"], totals["conflict"]),
        "agree_broken": _ratio(counts["agree_broken"], totals["agree"]),
        "update_misread": _ratio(counts["update_misread"], totals["update"]),
        "update_recognised": _ratio(counts["update_recognised"], totals["update"]),
        "not_comparable_violated": _ratio(
            counts["not_comparable_violated"], totals["not_comparable"]
        ),
        "not_comparable_violated_across": _ratio(
            counts["not_comparable_violated_across"], totals["not_comparable"]
        ),
        "cross_story_findings": cross,
        "conflict_findings": len(report.conflicts),
        "conflict_groups_gold": totals["conflict"],
        "findings": len(report.findings),
    }


def _ratio(n: int, d: int) -> dict[str, Any]:
    return {"n": n, "of": d, "pct": round(100.0 * n / d, 1) if d else 0.0}


def partition_pairs(report: crosscheck.Report, event_of: dict[str, str]) -> dict[str, int]:
    """How the partition splits the compatible pairs of gold figures, by gold event.

    ``event_of``: our claim id -> the gold event of the figure it matched.
    Of the pairs the aligner compared (its edges) whose two claims both
    matched a gold figure: ``same_together`` / ``same_apart`` have one gold
    event (one quantity) and were judged in one group or apart;
    ``other_together`` / ``other_apart`` have two. A partition change that
    moves figures to the group they are one quantity with raises the first
    and lowers the third, whatever the judge then makes of the groups.
    """
    alignment = report.alignment
    counts = dict.fromkeys(("same_together", "same_apart", "other_together", "other_apart"), 0)
    if alignment is None:
        return counts
    home = {c.id: i for i, group in enumerate(alignment.groups) for c in group}
    for edge in alignment.edges:
        if edge.a not in event_of or edge.b not in event_of:
            continue
        same = "same" if event_of[edge.a] == event_of[edge.b] else "other"
        together = "together" if home.get(edge.a) == home.get(edge.b) else "apart"
        counts[f"{same}_{together}"] += 1
    return counts


def gold_events(golds: Sequence[Gold], matched: dict[int, crosscheck.Claim]) -> dict[str, str]:
    """Our claim id -> the gold event of the figure it matched (value right only)."""
    return {c.id: golds[i].event for i, c in matched.items() if value_matches(c, golds[i])}


def batch_articles(files: Sequence[Path], *, strip_story: bool) -> list[Any]:
    """The batch as crosscheck would read it; with ``strip_story`` the story field removed."""
    loaded = crosscheck.load([str(p) for p in files])
    if not strip_story:
        return [str(p) for p in files]
    return [attrs.evolve(a, story=None) for a in loaded.articles]


def score_stories(report: crosscheck.Report, gold_story: dict[str, str]) -> dict[str, Any]:
    """How the report's stories match the gold ones: count, and articles outside the majority."""
    misplaced = 0
    for story in report.stories:
        counts = collections.Counter(gold_story.get(a) for a in story.articles)
        misplaced += len(story.articles) - max(counts.values(), default=0)
    return {
        "found": len(report.stories),
        "gold": len(set(gold_story.values())),
        "misplaced": misplaced,
        "given": sum(s.given for s in report.stories),
    }


def _vary(text: str, copy: int) -> str:
    """The text with every figure's last digit shifted by ``copy`` (lengths kept)."""
    return re.sub(r"\d(?!\d)", lambda m: str((int(m.group()) + copy) % 10), text)


def scaled_batch(batch: Sequence[Any], copies: int) -> list[crosscheck.Article]:
    """``copies`` copies of the batch: new ids, stories and figures, dates years apart."""
    loaded = crosscheck.load(list(batch)) if batch and isinstance(batch[0], str) else None
    articles = list(loaded.articles) if loaded else list(batch)
    out: list[crosscheck.Article] = []
    for k in range(copies):
        for a in articles:
            if k == 0:
                out.append(a)
                continue
            published = a.published
            if published:
                published = f"{int(published[:4]) + 10 * k:04d}{published[4:]}"
            out.append(
                attrs.evolve(
                    a,
                    id=f"{a.id}~{k}",
                    text=_vary(a.text, k),
                    story=f"{a.story}~{k}" if a.story else None,
                    published=published,
                    path=None,
                )
            )
    return out


def run_scaled(
    batch: Sequence[Any], base: crosscheck.Report, copies: int, workers: int
) -> list[dict[str, Any]]:
    """Findings and candidate pairs at 2x, 4x, … ``copies``, against the 1x report."""
    rows = []
    pairs0 = base.alignment.candidate_pairs if base.alignment else 0
    k = 2
    while k <= copies:
        started = time.perf_counter()
        rep = crosscheck.report(scaled_batch(batch, k), workers=workers)
        pairs = rep.alignment.candidate_pairs if rep.alignment else 0
        rows.append(
            {
                "copies": k,
                "articles": len(rep.articles),
                "findings": len(rep.findings),
                "findings_growth": len(rep.findings) / max(1, len(base.findings)),
                "candidate_pairs": pairs,
                "pairs_growth": pairs / max(1, pairs0),
                "conflicts": len(rep.conflicts),
                "stories": len(rep.stories),
                "seconds": time.perf_counter() - started,
            }
        )
        k *= 2
    return rows


# -- frame fields: place and as-of day ---------------------------------------
#
# Not a target; printed so frame work can be measured. How gold is read:
# * place: the gold ``place`` text's head (before any ":" or "(", split at
#   "/" into alternatives) is read with the library's own place data, in the
#   article's language and in English (the gold is mostly English): each
#   alternative gives its first place, and a list of places ("Valencia,
#   Castile-La Mancha and Andalusia") also the place that holds them all.
#   Ours matches when our ``place_id`` is one of those keys, or when the head
#   names no known place and our unknown-place key is its slug ("~paiporta").
#   Gold places that name nothing ("zona afectada") are counted apart.
# * as of: the gold ``time_scope``'s "as of" day, else its last ISO day
#   ("2024-10-30 to 2024-11-04" -> the 4th); ours must be that day (or lie
#   in the month, for a month-only gold). Gold scopes without a date are
#   left out.
# * rate: gold scopes that say "per day" / "24 hours" are daily figures.

_ISO_DAY = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_ISO_MONTH = re.compile(r"\b(\d{4}-\d{2})\b(?!-)")
_AS_OF_DAY = re.compile(r"as of[^0-9]{0,40}(\d{4}-\d{2}-\d{2})")


def _gold_place_keys(text: str, lang: str) -> tuple[set[str], str]:
    """The place keys a gold place names (its head), and the head's slug."""
    from crosscheck._fold import fold as cc_fold
    from crosscheck.extract._frame import _common_holder, _resolve
    from crosscheck.lang import available_languages
    from crosscheck.lang._places import frame_words

    head = re.split(r"[:(]", text, maxsplit=1)[0]
    keys: set[str] = set()
    for part in head.split("/"):
        found: list[str] = []
        for code in dict.fromkeys((lang, "en")):
            if code not in available_languages():
                continue
            fw = frame_words(code)
            folded = cc_fold(part)
            for m in fw.places(part, folded):
                if m.label == "place":
                    hit = _resolve(fw, part, m, folded)
                    if hit:
                        found.append(hit[0])
        if found:
            keys.add(found[0])
        if len(set(found)) > 1:  # "Valencia, Castile-La Mancha and Andalusia" -> also spain
            holder = _common_holder(list(dict.fromkeys(found)))
            if holder:
                keys.add(holder)
    slug = re.sub(r"[^a-z0-9]+", "_", _fold(head)).strip("_")
    return keys, "~" + slug


def _gold_day(scope: str | None) -> str | None:
    if not scope:
        return None
    m = _AS_OF_DAY.search(scope)
    if m:
        return m.group(1)
    days = _ISO_DAY.findall(scope)
    if days:
        return str(days[-1])
    months = _ISO_MONTH.findall(scope)
    return str(months[-1]) if months else None


FrameMisses = dict[str, list[tuple[Gold, "crosscheck.Claim | None", str]]]


def score_frame_fields(
    golds: Sequence[Gold],
    matched: dict[int, crosscheck.Claim],
    misses: FrameMisses | None = None,
) -> dict[str, dict[str, collections.Counter[str]]]:
    """Per story (and "all"): place and as-of agreement counts (see the notes above).

    ``misses``, when given, collects each gold figure whose frame field we get
    wrong, by class (``place.none``, ``place.other``, ``as_of.none``,
    ``as_of.published``, ``as_of.text``, ``rate.missed``, ``rate.spurious``)
    with what gold expects; it changes no count.
    """
    out: dict[str, dict[str, collections.Counter[str]]] = collections.defaultdict(
        lambda: collections.defaultdict(collections.Counter)
    )
    for i, gold in enumerate(golds):
        claim = matched.get(i)
        for key in ("all", gold.story):
            row = out[key]
            record = misses is not None and key == "all"
            if gold.place:
                keys, slug = _gold_place_keys(gold.place, gold.lang)
                if keys or (len(slug) > 1 and gold.place[:1].isupper()):
                    row["place"]["gold"] += 1
                    ours = claim.place_id if claim else None
                    if ours is None:
                        row["place"]["none"] += 1
                        if record and misses is not None:
                            misses["place.none"].append((gold, claim, f"gold {sorted(keys)}"))
                    elif ours in keys or (not keys and ours == slug):
                        row["place"]["right"] += 1
                    elif record and misses is not None:
                        misses["place.other"].append((gold, claim, f"gold {sorted(keys) or slug}"))
                else:
                    row["place"]["unnamed"] += 1
            day = _gold_day(gold.time_scope)
            if day:
                row["as_of"]["gold"] += 1
                ours = claim.as_of if claim else None
                if ours and (ours == day or (len(day) == 7 and ours.startswith(day))):
                    row["as_of"]["right"] += 1
                    if claim and claim.as_of_from == "text":
                        row["as_of"]["right_text"] += 1
                elif record and misses is not None:
                    how = (claim.as_of_from if claim else None) or "none"
                    misses[f"as_of.{how}"].append((gold, claim, f"gold {day}"))
            scope = (gold.time_scope or "").lower()
            daily = "per day" in scope or "24 hours" in scope or "daily" in scope
            if daily:
                row["rate"]["gold"] += 1
                row["rate"]["right"] += bool(claim and claim.rate == "day")
                if record and misses is not None and not (claim and claim.rate == "day"):
                    misses["rate.missed"].append((gold, claim, "gold day"))
            elif claim and claim.rate:
                row["rate"]["spurious"] += 1
                if record and misses is not None:
                    misses["rate.spurious"].append((gold, claim, "gold none"))
    return out


def print_frame_misses(misses: FrameMisses, texts: dict[str, str], limit: int) -> None:
    """Gold figures whose place, as-of day or rate we get wrong, ``limit`` per class."""
    print()
    print("frame misses by class (diagnostics; see score_frame_fields)")
    for cls in sorted(misses, key=lambda c: (-len(misses[c]), c)):
        print(f"  {cls:<18}{len(misses[cls]):>5}")
    for cls in sorted(misses, key=lambda c: (-len(misses[c]), c)):
        print()
        print(f"== {cls} ({len(misses[cls])})")
        for gold, claim, want in misses[cls][:limit]:
            text = texts[gold.article]
            left = text[max(0, gold.start - 90) : gold.start].replace("\n", " ")
            right = text[gold.end : gold.end + 60].replace("\n", " ")
            print(f"- {gold.article} [{gold.lang}] …{left}[[{gold.surface}]]{right}…")
            print(f"    gold: place={gold.place!r} time={gold.time_scope!r} ({want})")
            if claim is None:
                print("    ours: nothing")
            else:
                print(
                    f"    ours: place={claim.place!r}/{claim.place_id} as_of={claim.as_of}"
                    f" ({claim.as_of_from}) rate={claim.rate} subject={claim.subject}"
                    f" status={claim.status} published={claim.published}"
                )


def print_frame_fields(rows: dict[str, dict[str, collections.Counter[str]]]) -> None:
    print()
    print("frame fields (not a target; % of gold figures with that field)")
    print(
        f"{'':<22}{'place':>6}  {'right':>6}  {'none':>6}  {'as_of':>6}  {'right':>6}"
        f"  {'daily':>6}  {'right':>6}  {'spur.':>6}"
    )
    for key in ["all", *sorted(k for k in rows if k != "all")]:
        r = rows[key]
        p, a, d = r["place"], r["as_of"], r["rate"]

        def pct(n: int, of: int) -> str:
            return f"{100.0 * n / of:6.1f}" if of else f"{'-':>6}"

        print(
            f"{key:<22}{p['gold']:>6}  {pct(p['right'], p['gold'])}  {pct(p['none'], p['gold'])}"
            f"  {a['gold']:>6}  {pct(a['right'], a['gold'])}"
            f"  {d['gold']:>6}  {pct(d['right'], d['gold'])}  {d['spurious']:>6}"
        )


# -- printing ------------------------------------------------------------------


def _row(name: str, tally: Tally) -> str:
    cells = "  ".join(f"{tally.pct(k):6.1f}" for k in ("value", "unit", "qualifier", "source"))
    return f"{name:<22}{tally.total:>6}  {cells}"


def print_tables(tallies: dict[str, dict[str, Tally]], rel: dict[str, Any]) -> None:
    head = f"{'':<22}{'gold':>6}  {'value':>6}  {'unit':>6}  {'qual.':>6}  {'source':>6}"
    print("claim frames (% of gold figures right)")
    print(head)
    print(_row("all", tallies["all"]["all"]))
    print(_row("target", _target_tally()))
    print()
    for table in ("lang", "story"):
        print(head.replace(" " * 22, f"{'by ' + table:<22}", 1))
        for key in sorted(tallies[table], key=lambda k: (-tallies[table][k].total, k)):
            print(_row(key, tallies[table][key]))
        print()
    print("relations")
    for key in (
        "conflict_found",
        "agree_broken",
        "update_misread",
        "update_recognised",
        "not_comparable_violated",
    ):
        r = rel[key]
        print(f"  {key:<26}{r['n']:>5} / {r['of']:<5}{r['pct']:6.1f}%")
    r = rel["not_comparable_violated_across"]
    print(
        f"  {'  of which across events':<26}{r['n']:>5} / {r['of']:<5}{r['pct']:6.1f}%"
        "  (pairs of two different gold events only; not the target's reading)"
    )
    print(f"  {'cross_story_findings':<26}{rel['cross_story_findings']:>5}")
    print(
        f"  {'conflict_findings':<26}{rel['conflict_findings']:>5}"
        f"  (gold conflict groups: {rel['conflict_groups_gold']})"
    )
    print(f"  {'findings':<26}{rel['findings']:>5}")
    st = rel.get("stories")
    if st:
        print(
            f"  {'stories':<26}{st['found']:>5}  (gold {st['gold']}; articles outside their "
            f"story's majority: {st['misplaced']}; given by input: {st['given']})"
        )
    part = rel.get("partition")
    if part:
        for kind, note in (("same", "one gold event"), ("other", "two gold events")):
            together, apart = part[f"{kind}_together"], part[f"{kind}_apart"]
            share = 100.0 * together / (together + apart) if together + apart else 0.0
            print(
                f"  {'partition_' + kind + '_together':<26}{together:>5} / {together + apart:<6}"
                f"{share:5.1f}%  (compared pairs of {note} judged in one group)"
            )
    for row in rel.get("scale", ()):
        print(
            f"  scale x{row['copies']:<3} articles {row['articles']:>5}"
            f"  findings {row['findings']:>6}"
            f" (x{row['findings_growth']:.2f})  candidate pairs {row['candidate_pairs']:>8}"
            f" (x{row['pairs_growth']:.2f})  conflicts {row['conflicts']:>5}  {row['seconds']:.1f}s"
        )


def _target_tally() -> Tally:
    t = Tally(total=100)
    t.right.update({k: int(v) for k, v in TARGETS.items()})
    return t


def print_failures(
    failures: dict[str, list[tuple[Gold, crosscheck.Claim | None]]],
    texts: dict[str, str],
    limit: int,
) -> None:
    print()
    print("failures by class")
    for cls in sorted(failures, key=lambda c: -len(failures[c])):
        print(f"  {cls:<18}{len(failures[cls]):>5}")
    for cls in sorted(failures, key=lambda c: -len(failures[c])):
        print()
        print(f"== {cls} ({len(failures[cls])})")
        for gold, claim in failures[cls][:limit]:
            text = texts[gold.article]
            left = text[max(0, gold.start - 70) : gold.start].replace("\n", " ")
            right = text[gold.end : gold.end + 50].replace("\n", " ")
            print(f"- {gold.article} [{gold.lang}] …{left}[[{gold.surface}]]{right}…")
            print(
                f"    gold: {gold.low}..{gold.high} {gold.qualifier} {gold.unit}"
                f" src={gold.source!r}"
            )
            if claim is None:
                print("    ours: nothing")
            else:
                print(
                    f"    ours: {claim.text!r} {claim.low}..{claim.high} {claim.qualifier}"
                    f" {claim.unit} src={claim.attributed_to!r}"
                )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--failures", type=int, default=0, metavar="N")
    parser.add_argument(
        "--frame-failures",
        type=int,
        default=0,
        metavar="N",
        help="print N gold figures per frame-field miss class (place, as_of, rate); "
        "--lang and --cls filter them too",
    )
    parser.add_argument("--lang", help="print failures of this language only")
    parser.add_argument("--cls", help="print failures of this class only")
    parser.add_argument(
        "--relations",
        metavar="REL",
        help="print the judged groups of this relation the report got wrong "
        "(conflict: not found; agree: broken; update: misread or not recognised; "
        "not_comparable: violated), with report.explain() for their pairs",
    )
    parser.add_argument(
        "--partition",
        action="store_true",
        help="print how the groups split compatible pairs of gold figures of one gold event "
        "(grouped together: higher is better) and of two (lower is better)",
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument(
        "--no-story",
        action="store_true",
        help="strip the feeds' story field: stories come from clustering alone",
    )
    parser.add_argument(
        "--scale",
        type=int,
        default=1,
        metavar="K",
        help="also run K copies of the batch (figures varied) and print how findings "
        "and candidate pairs grow",
    )
    parser.add_argument(
        "--literal-source",
        action="store_true",
        help="score sources by the string match alone (no acronym or identity-key match)",
    )
    args = parser.parse_args(argv)
    global NAME_IDENTITY
    NAME_IDENTITY = not args.literal_source
    if not args.data.is_dir():
        print(f"newsbatch: no data at {args.data} (pass --data DIR)", file=sys.stderr)
        return 2
    files, articles, relations = read_batch(args.data)
    started = time.perf_counter()
    batch = batch_articles(files, strip_story=args.no_story)
    report = crosscheck.report(batch, workers=args.workers)
    seconds = time.perf_counter() - started
    golds = gold_figures(articles)
    matched = match_claims(golds, report.claims)
    tallies, failures = score_frames(golds, matched)
    gold_story = {a["id"]: a["story"] for a in articles.values()}
    rel = score_relations(report, relations, golds, matched, gold_story)
    rel["stories"] = score_stories(report, gold_story)
    if args.partition:
        rel["partition"] = partition_pairs(report, gold_events(golds, matched))
    if args.scale > 1:
        rel["scale"] = run_scaled(batch, report, args.scale, args.workers)
    skipped = collections.Counter(r.reason for r in report.articles if r.status != "ok")
    if args.json:
        out = {
            "seconds": round(seconds, 2),
            "skipped": dict(skipped),
            "frames": {
                table: {
                    key: {"gold": t.total} | {k: round(t.pct(k), 1) for k in TARGETS}
                    for key, t in sorted(rows.items())
                }
                for table, rows in tallies.items()
            },
            "failure_classes": {k: len(v) for k, v in sorted(failures.items())},
            "relations": rel,
        }
        print(json.dumps(out, indent=2, sort_keys=True))
        return 0
    print(
        f"newsbatch: {len(articles)} articles, {len(golds)} gold figures, "
        f"{len(relations)} relation groups; report in {seconds:.1f}s; "
        f"skipped {sum(skipped.values())} {dict(skipped) or ''}"
    )
    print()
    print_tables(tallies, rel)
    misses: FrameMisses = collections.defaultdict(list)
    print_frame_fields(score_frame_fields(golds, matched, misses))
    if args.frame_failures:
        texts = {a["id"]: a["text"] for a in articles.values()}
        picked = {
            k: [m for m in v if not args.lang or m[0].lang == args.lang]
            for k, v in misses.items()
            if not args.cls or k.startswith(args.cls)
        }
        print_frame_misses({k: v for k, v in picked.items() if v}, texts, args.frame_failures)
    if args.failures:
        texts = {a["id"]: a["text"] for a in articles.values()}
        if args.lang:
            failures = {
                k: [(g, c) for g, c in v if g.lang == args.lang] for k, v in failures.items()
            }
        if args.cls:
            failures = {k: v for k, v in failures.items() if k.startswith(args.cls)}
        failures = {k: v for k, v in failures.items() if v}
        print_failures(failures, texts, args.failures)
    if args.relations:
        print_relation_misses(report, relations, golds, matched, args.relations)
    return 0


def _describe(claim: crosscheck.Claim) -> str:
    return (
        f"{claim.id} [{claim.article}] {claim.text!r} unit={claim.unit} "
        f"q={claim.qualifier} as_of={getattr(claim, 'as_of', None)} "
        f"place={getattr(claim, 'place_id', None)} subject={getattr(claim, 'subject', None)} "
        f"status={getattr(claim, 'status', None)} src={claim.attributed_to}"
    )


def print_relation_misses(
    report: crosscheck.Report,
    relations: Sequence[dict[str, Any]],
    golds: Sequence[Gold],
    matched: dict[int, crosscheck.Claim],
    relation: str,
) -> None:
    """The judged groups of ``relation`` the report got wrong, pair by pair."""
    conflicts = conflicting_pairs(report)
    updates = findings_holding(report, "update") + findings_holding(report, "timeline")
    agreements = findings_holding(report, "agreement")
    by_id = {c.id: c for c in report.claims}
    for group in relations:
        if group["relation"] != relation:
            continue
        ids = _group_claims(group, golds, matched)
        pairs = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :] if a != b]
        conflicted = any(frozenset(p) in conflicts for p in pairs)
        held = any(sum(c in h for c in set(ids)) >= 2 for h in updates)
        shared = any(sum(c in h for c in set(ids)) >= 2 for h in agreements)
        wrong = {
            "conflict": not conflicted,
            "agree": conflicted,
            "update": conflicted or not held,
            "not_comparable": conflicted or shared,
        }.get(relation, False)
        if not wrong:
            continue
        print(f"\n== {relation} {group['event']}: {group.get('why', '')}")
        print(f"   items {len(group['items'])}, matched {len(ids)}")
        for cid in ids:
            print("   ", _describe(by_id[cid]))
        if relation == "conflict" and len(set(ids)) > 1:
            host, alone = judged_together(report, ids)
            print(
                "    grouped together: "
                + (f"found (in the group of {host}, forced)" if host else "still not found")
                + f"; the gold figures judged alone: {'found' if alone else 'not found'}"
            )
        for a, b in pairs[:6]:
            verdict = "CONFLICT" if frozenset((a, b)) in conflicts else ""
            print(f"    {a} ~ {b} {verdict}: {report.explain(a, b)}")


if __name__ == "__main__":
    raise SystemExit(main())
