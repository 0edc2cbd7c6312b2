"""The whole pipeline in one call: ``report(inputs) -> Report``."""

from __future__ import annotations

import contextlib
import functools
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

import attrs
import networkx as nx

from ._atomic import replaced
from ._codes import ArticleStatus, EdgeReason, ErrorReason, FindingKind, RefusalReason, SkipReason
from ._errors import InputError
from ._gc import collector_paused
from ._pool import chunk_map, exit_if_orphaned, pool_map, worker_pool
from ._version import __version__
from .align import Alignment, Edge, Story, align, decide
from .align._date import predates
from .align._graph import BlockResult, align_block
from .align._model import Refusal, claim_graph
from .align._stories import cluster_stories, text_features
from .claims import Claim, extract_claims
from .claims._acronyms import tie_acronyms
from .claims._bodies import tie_acronym_names, tie_bodies
from .claims._build import DEFAULT_TIME_BUDGET, TooComplexError
from .claims._fingerprint import claim_fingerprints, position
from .claims._generic import tie_generic_names
from .ingest import Article, ArticleRecord, LimitRecord, LoadResult, load
from .ingest._load import DEFAULT_MAX_BYTES, DEFAULT_MAX_TOTAL_BYTES, Input, limit_records
from .judge import Finding, Side, TimelinePoint, judge, not_aligned, source_key
from .judge._denials import denial_findings
from .judge._findings import Mapper
from .judge._fingerprint import fingerprint_of
from .judge._lending import lend
from .render import to_dict, to_json, to_markdown, to_text
from .render._words import describe
from .render._words import explain as explain_words

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from ._frames_pandas import Tables
    from .extract._quantity import Number


@attrs.frozen
class Explanation:
    """Why two claims were or were not compared (``Report.explain``).

    ``reason`` is a :class:`RefusalReason` code when they were not; else
    ``reasons`` are the edge's codes. ``same_group``: judged as one
    quantity; ``conflict``: on different sides of one time window.
    ``str()`` words it.
    """

    a: Claim
    b: Claim
    compared: bool
    reason: str | None = None
    detail: str | None = None
    reasons: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    same_group: bool = False
    conflict: bool = False
    findings: tuple[str, ...] = ()
    # compared but judged in two groups: a member of one group that the other
    # claim is kept apart from, and why (a RefusalReason code and its detail)
    blocked_by: Claim | None = None
    blocked_with: Claim | None = None
    blocked_reason: str | None = None
    blocked_detail: str | None = None
    # compared but judged in two groups: the one of the two that would fit the
    # other's whole group (None: neither does); the partition kept it with the
    # figures it looks more like one quantity with (align affinity)
    fits: Claim | None = None
    groups_known: bool = True  # False for a report read back from JSON (no groups kept)

    def __str__(self) -> str:
        return explain_words(self)


@attrs.frozen
class SourceRecord:
    """What one normalised source said across the batch (``Report.sources``).

    ``claims``: the figures credited to it; ``consensus``: how many of them
    sat on a consensus side; ``conflicts``: the conflict findings it is on a
    side of; ``outlets``: how many articles repeated it.
    """

    source: str
    names: tuple[str, ...]
    claims: tuple[str, ...]
    consensus: int
    conflicts: tuple[str, ...]
    outlets: int


@attrs.frozen(eq=False, slots=False)
class Report:
    """The result of checking a batch: every input, every claim, every finding.

    ``articles`` holds one record per input (analysed or skipped, with the
    reason); ``claims`` every claim with its provenance (and its story);
    ``stories`` the stories the articles were clustered into; ``findings``
    one finding per quantity, date or quote (conflicts first); ``graph`` the
    claim graph (networkx) they were judged from, each edge with its
    :class:`~crosscheck.align.Edge` under ``"edge"``. ``print(report)`` gives
    a readable summary; ``to_json()`` the stable machine-readable form.
    ``limits`` the limits the batch was checked under (per file, per batch,
    per article's time), each with the number of inputs it skipped (empty for
    a report read back from JSON written before limits were recorded).

    ``graph`` is built when first read, from ``claims`` and the edges
    (``edges=``, else the alignment's): a large batch's networkx graph would
    hold more memory than anything else in the report, and writing the
    report needs only the edges (:meth:`edge_list`). A graph given to the
    constructor (``graph=``) is returned as it is.
    """

    articles: tuple[ArticleRecord, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    _given_graph: nx.Graph | None = attrs.field(default=None, alias="graph", repr=False)
    version: str = __version__
    stories: tuple[Story, ...] = ()
    alignment: Alignment | None = attrs.field(default=None, repr=False)
    limits: tuple[LimitRecord, ...] = attrs.field(default=(), repr=False)
    _edges: tuple[Edge, ...] | None = attrs.field(
        default=None, alias="edges", kw_only=True, repr=False
    )

    @functools.cached_property
    def graph(self) -> nx.Graph:
        """The claim graph (networkx): claim ids as nodes, each :class:`Edge` under ``"edge"``."""
        if self._given_graph is not None:
            return self._given_graph
        if self._edges is None and self.alignment is not None:
            return self.alignment.graph
        return claim_graph(self.claims, self._edges or ())

    def edge_list(self) -> tuple[Edge, ...]:
        """The claim graph's edges, without building the graph (in the graph's edge order
        when a graph was given, else in the order the aligner found them)."""
        if self._given_graph is not None:
            return tuple(d["edge"] for _, _, d in self._given_graph.edges(data=True))
        if self._edges is None and self.alignment is not None:
            return self.alignment.edges
        return self._edges or ()

    @property
    def conflicts(self) -> tuple[Finding, ...]:
        """The conflict findings only."""
        return self.by_kind(FindingKind.CONFLICT)

    def by_kind(self, kind: str) -> tuple[Finding, ...]:
        """Findings of one kind (``"conflict"``, ``"agreement"``, ``"range"``, …)."""
        return tuple(f for f in self.findings if f.kind == kind)

    def claim(self, claim_id: str | Claim) -> Claim:
        """The claim with id ``claim_id`` (or a claim's own id); KeyError when there is none.

        A :class:`Claim` is accepted too, so code written when ``Finding.claims``
        held ids (``report.claim(c) for c in finding.claims``) keeps working.
        """
        return self._claims_by_id[claim_id if isinstance(claim_id, str) else claim_id.id]

    @functools.cached_property
    def _claims_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.claims}

    @functools.cached_property
    def _story_of(self) -> dict[str, str]:
        return {a: s.id for s in self.stories for a in s.articles}

    def summary(self) -> dict[str, Any]:
        """Counts of inputs, claims, stories and findings by kind."""
        kinds = Counter(f.kind for f in self.findings)
        return {
            "articles": len(self.articles),
            "articles_ok": sum(r.status == ArticleStatus.OK for r in self.articles),
            "articles_skipped": sum(r.status != ArticleStatus.OK for r in self.articles),
            "claims": len(self.claims),
            "stories": len(self.stories),
            "findings": {k.value: kinds.get(k.value, 0) for k in FindingKind},
        }

    @functools.cached_property
    def _group_of(self) -> dict[str, tuple[Claim, ...]]:
        groups = self.alignment.groups if self.alignment is not None else ()
        return {c.id: g for g in groups for c in g}

    def _blocker(self, a: Claim, b: Claim) -> tuple[Claim, Claim, str, str | None] | None:
        """A member of ``b``'s group that ``a`` is kept apart from (or of ``a``'s, from ``b``).

        Returned with the claim whose group holds it, the reason code and its detail.

        Two compared claims land in two groups when some member of one group
        cannot be compared with the other claim: the first such member (by
        id) and the reason, so an analyst sees what set them apart. None when
        each fits the other's whole group (the partition chose between two
        groups it fits) or the groups are not known (a report read back).
        """
        for claim, other in ((a, b), (b, a)):
            for member in self._group_of.get(other.id, ()):
                if member.id in (a.id, b.id):
                    continue
                refused = decide(claim, member, self._story_of).refusal
                if refused is not None:
                    return member, other, refused.reason.value, refused.detail
        return None

    def _fitting(self, a: Claim, b: Claim) -> Claim | None:
        """The one of two compared claims that every member of the other's group fits.

        Such a claim was not kept apart by any refusal: the partition chose
        between two groups it fits (by affinity), which the analyst should
        know before hunting for a blocker. None when neither fits the
        other's whole group, or the groups are not known.
        """
        for claim, other in ((a, b), (b, a)):
            members = self._group_of.get(other.id, ())
            if members and all(
                m.id in (a.id, b.id) or decide(claim, m, self._story_of).refusal is None
                for m in members
            ):
                return claim
        return None

    def explain(self, claim_a: str | Claim, claim_b: str | Claim) -> Explanation:
        """Why two claims were or were not compared (different story, place, time, …)."""
        a = self.claim(claim_a if isinstance(claim_a, str) else claim_a.id)
        b = self.claim(claim_b if isinstance(claim_b, str) else claim_b.id)
        decision = decide(a, b, self._story_of)
        holding = tuple(f.id for f in self.findings if a.id in f.claim_ids and b.id in f.claim_ids)
        if decision.refusal is not None:
            r = decision.refusal
            return Explanation(
                a, b, False, reason=r.reason.value, detail=r.detail, findings=holding
            )
        assert decision.edge is not None
        conflict = any(
            sa.window == sb.window and a.id in sa.claims and b.id in sb.claims
            for f in self.conflicts
            for sa in f.sides
            for sb in f.sides
            if sa is not sb
        )
        blocker = None if holding else self._blocker(a, b)
        return Explanation(
            a,
            b,
            True,
            reasons=tuple(r.value for r in decision.edge.reasons),
            details=decision.edge.details,
            same_group=bool(holding),
            conflict=conflict,
            blocked_by=blocker[0] if blocker else None,
            blocked_with=blocker[1] if blocker else None,
            blocked_reason=blocker[2] if blocker else None,
            blocked_detail=blocker[3] if blocker else None,
            fits=self._fitting(a, b) if blocker else None,
            groups_known=bool(self.alignment is not None and self.alignment.groups),
            findings=holding,
        )

    def sources(self) -> tuple[SourceRecord, ...]:
        """Per normalised source: its figures, consensus count, conflicts and outlets."""
        claims: dict[str, list[Claim]] = {}
        for claim in self.claims:
            key = source_key(claim)
            if key and claim.kind == "quantity":
                claims.setdefault(key, []).append(claim)
        consensus: Counter[str] = Counter()
        conflicts: dict[str, set[str]] = {}
        for finding in self.findings:
            for side in finding.sides:
                for cid in side.claims:
                    key = source_key(self.claim(cid))
                    if key is None:
                        continue
                    if side.consensus:
                        consensus[cid] += 1
                    if finding.kind == FindingKind.CONFLICT:
                        conflicts.setdefault(key, set()).add(finding.id)
        return tuple(
            SourceRecord(
                source=key,
                names=tuple(sorted({c.attributed_to or c.speaker or key for c in found})),
                claims=tuple(c.id for c in found),
                consensus=sum(1 for c in found if consensus[c.id]),
                conflicts=tuple(sorted(conflicts.get(key, ()))),
                outlets=len({c.article for c in found}),
            )
            for key, found in sorted(claims.items())
        )

    @classmethod
    def from_json(cls, source: str | Path | Mapping[str, Any]) -> Report:
        """A report read back from its JSON: text, a file path, or the parsed object.

        What a CI job kept from an earlier run (a baseline, ``crosscheck
        diff``); writing it again gives the same JSON. Raises
        :class:`~crosscheck.InputError` when it is not a crosscheck report.
        """
        from ._readback import from_json

        return from_json(source)

    def render(self, format: str) -> str:
        """The report in one of :data:`crosscheck.render.FORMATS` (``"sarif"``, ``"junit"``, …)."""
        from .render import FORMATS

        if format not in FORMATS:
            raise InputError(f"unknown format {format!r}; known: {', '.join(FORMATS)}")
        return FORMATS[format].render(self)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data (the JSON schema, as Python objects)."""
        return to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON text; byte-identical for the same input."""
        return to_json(self, indent=indent)

    def write_json(self, target: str | Path | TextIO, *, indent: int | None = 2) -> None:
        """Write :meth:`to_json`'s text piece by piece, never holding it whole.

        ``target`` is a file path or a text stream. A path is replaced whole
        or not at all (:func:`crosscheck._atomic.replaced`, as the CLI's ``-o``),
        so a reader never sees half a report and a failed write leaves the old
        file as it was.
        Text the UTF-8 codec cannot write (a lone surrogate) is written as its
        JSON escape (``\\udc80``).
        """
        from .render._json import json_chunks

        if not isinstance(target, str | Path):
            for chunk in json_chunks(self, indent=indent):
                target.write(chunk)
            return
        with replaced(Path(target)) as out:
            for chunk in json_chunks(self, indent=indent):
                out.write(chunk.encode("utf-8", "backslashreplace"))

    def to_markdown(self) -> str:
        """The report as a Markdown document."""
        return to_markdown(self)

    def to_html(self) -> str:
        """One self-contained HTML page: an SVG chart per quantity, a timeline per running toll.

        No network request (inline CSS, system fonts, no script); every
        figure links to its sentence; article text is escaped.
        """
        from .render._html import to_html

        return to_html(self)

    def __str__(self) -> str:
        return to_text(self)

    # --- for analysts: notebooks, DataFrames, subsets, graph files (render/_notebook.py) ---

    def __repr__(self) -> str:
        """One line of counts (a batch's claims run to tens of kilobytes)."""
        from .render._notebook import short_repr

        return short_repr(self)

    def _repr_html_(self) -> str:
        """The notebook view: conflicts first, each with its sides and sources."""
        from .render._notebook import repr_html

        return repr_html(self)

    def to_pandas(self) -> Tables:
        """DataFrames of claims, findings (one row per claim per finding), articles, sources.

        Outlet, title and date are joined in; each claim carries its
        tolerance interval. Needs the optional extra: ``pip install
        'crosscheck[pandas]'`` (ImportError naming it otherwise).
        """
        from ._frames_pandas import to_pandas

        return to_pandas(self)

    def tolerance(self, claim: str | Claim) -> tuple[Number | None, Number | None]:
        """The values a quantity claim allows, tolerance included (None = open end)."""
        from ._analyst import tolerance_interval

        return tolerance_interval(self.claim(claim) if isinstance(claim, str) else claim)

    def claims_of(self, finding: str | Finding | Side | TimelinePoint) -> tuple[Claim, ...]:
        """The claims of a finding (or its id), a side or a timeline point, as objects."""
        from ._analyst import claims_of

        return claims_of(self, finding)

    def filter(
        self,
        *,
        unit: str | Iterable[str] | None = None,
        story: str | Iterable[str] | None = None,
        kind: str | Iterable[str] | None = None,
        article: str | Iterable[str] | None = None,
        source: str | Iterable[str] | None = None,
    ) -> Report:
        """A report restricted to matching claims and findings (findings kept whole).

        ``unit`` (a unit concept), ``story`` (id), ``kind`` (finding kind),
        ``article`` (id), ``source`` (normalised key or any spelling); each
        one value or several. See :func:`crosscheck._analyst.filter_report`.
        """
        from ._analyst import filter_report

        return filter_report(
            self, unit=unit, story=story, kind=kind, article=article, source=source
        )

    def to_networkx(self) -> nx.Graph:
        """The claim graph with scalar attributes only (``graph`` holds objects)."""
        from ._graph_export import scalar_graph

        return scalar_graph(self)

    def to_graphml(self, path: str | Path) -> None:
        """Write the claim graph as GraphML (Gephi, yEd, Cytoscape open it)."""
        from ._graph_export import write_graphml

        write_graphml(self, path)

    def to_gexf(self, path: str | Path) -> None:
        """Write the claim graph as GEXF (Gephi's own format)."""
        from ._graph_export import write_gexf

        write_gexf(self, path)


def _kept_apart(alignment: Alignment) -> list[Finding]:
    """One ``not_aligned`` finding per date claim that predates another's event."""
    by_id = {c.id: c for c in alignment.claims}
    kept: dict[str, list[str]] = {}
    details: dict[str, list[str]] = {}
    for refusal in alignment.refused:
        if refusal.reason is not RefusalReason.PREDATES:
            continue
        a, b = by_id[refusal.a], by_id[refusal.b]
        early, late = (a, b) if predates(a, b) else (b, a)
        kept.setdefault(early.id, []).append(late.id)
        if refusal.detail and refusal.detail not in details.setdefault(early.id, []):
            details[early.id].append(refusal.detail)
    return [
        not_aligned(
            by_id[cid],
            [by_id[o] for o in sorted(set(others))],
            RefusalReason.PREDATES.value,
            "; ".join(sorted(details.get(cid, []))),
        )
        for cid, others in sorted(kept.items())
    ]


def report(
    inputs: Input | Iterable[Input] | LoadResult,
    *,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_articles: int | None = None,
    max_total_bytes: int | None = DEFAULT_MAX_TOTAL_BYTES,
    workers: int = 1,
    store: str | Path | None = None,
    progress: Callable[[int, int], object] | None = None,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
) -> Report:
    """Check a batch of articles against each other.

    ``inputs``: files (``.txt``, ``.md``, ``.json``, ``.jsonl``), folders,
    glob patterns, :class:`Article` objects, mappings shaped like a JSON
    article object (``{"id": …, "text": …, "language": …}``), or an iterable
    of these.
    ``language`` applies to inputs that declare none (else it is detected).
    Every input appears in ``Report.articles``; unusable ones are skipped
    with a reason, never dropped silently. ``max_bytes`` (per file),
    ``max_articles`` and ``max_total_bytes`` (per batch) are the limits of
    :func:`crosscheck.load`; what goes over one is skipped, naming it, and
    ``Report.limits`` records every limit with its value and skip count. The
    result does not depend on the order of the inputs. ``workers`` > 1 extracts claims, aligns
    the blocks of claims and judges the groups in that many processes (same result, faster
    on large batches). ``store``: a SQLite
    file of past batches (see :mod:`crosscheck._store`); the batch is judged
    together with the stored articles' claims (not re-extracted), then saved
    in it, so conflicts with earlier batches are found. ``progress``, when
    given, is called as ``progress(done, total)`` after each article's claims
    are extracted (the CLI draws a progress line on a terminal with it).
    ``time_budget``: seconds one article's extraction may take (``None``: no
    limit); an article over it is skipped with ``skipped.too_complex`` (its
    record's detail names the budget) and the batch goes on. Work per article
    is linear in its length, so this is a last guard, not a regular outcome.
    """
    _check_time_budget(time_budget)
    _check_positive_int("workers", workers)
    # Two pools, both started before the batch is read so that their workers share
    # none of its memory (see crosscheck._pool.pool_map): one extracts the claims and
    # ends with the extraction (its workers' caches with it), the other aligns and
    # judges. worker_pool terminates the workers on Ctrl-C or any error.
    with _workers(workers) as stages:
        with _workers(workers) as pool:
            loaded = _loaded(
                inputs,
                language=language,
                max_bytes=max_bytes,
                max_articles=max_articles,
                max_total_bytes=max_total_bytes,
            )
            articles = sorted(loaded.articles, key=lambda a: a.id)
            extracted = _extract(articles, pool, workers, progress, time_budget=time_budget)
        return _checked(loaded, articles, extracted, stages, workers, store, time_budget)


@contextlib.contextmanager
def _workers(workers: int) -> Iterator[Pool | None]:
    """A :func:`worker_pool` of ``workers`` processes; None (work in this one) for one."""
    if workers == 1:
        yield None
        return
    with worker_pool(workers) as pool:
        yield pool


def _checked(
    loaded: LoadResult,
    articles: Sequence[Article],
    extracted: _Extraction,
    pool: Pool | None,
    workers: int,
    store: str | Path | None,
    time_budget: float | None,
) -> Report:
    """:func:`report` on the batch's extracted claims: aligned and judged in ``pool``'s
    ``workers`` processes (None: in this one), saved in ``store`` when given."""
    too_complex = extracted.skipped
    if too_complex:
        articles = [a for a in articles if a.id not in too_complex]
        loaded = attrs.evolve(loaded, records=_too_complex(loaded.records, too_complex))
    # this batch's skips only: stored articles were checked under their own limits
    limits = limit_records(loaded.limits, loaded.records, time_budget)
    if store is None:
        # take(): this frame keeps no reference to the extracted claims, so
        # _assemble can let them go once it has made their stamped copies.
        return _assemble(
            articles,
            extracted.take(),
            loaded.records,
            mapper=_stage_mapper(pool, workers),
            limits=limits,
            text=extracted.text,
            fingerprints=extracted.fingerprints,
        )
    from ._store import Store

    with Store(store) as db:
        old_articles, old_claims, old_records = db.stored(exclude={a.id for a in articles})
        result = _assemble(
            sorted([*articles, *old_articles], key=lambda a: a.id),
            [*extracted.take(), *old_claims],
            [*loaded.records, *old_records],
            mapper=_stage_mapper(pool, workers),
            limits=limits,
            text=extracted.text,
            fingerprints=extracted.fingerprints,
        )
        db.save(articles, result, loaded.records)
    return result


# What the workers of _stage_mapper are sent (claims) and send back, pickled as
# their constructors' arguments (see crosscheck._pool.compact_table).
_COMPACT = (Claim, BlockResult, Edge, Refusal, Finding, Side, TimelinePoint)

# A claim's values the findings repeat (their sides' and timelines' claim ids, their
# articles, unit, story): read back as the parent's own strings, not one copy each.
_SHARED = operator.attrgetter("id", "article", "kind", "unit", "story", "event")

_S = TypeVar("_S", bound=Sequence[Any])
_R = TypeVar("_R")


def _stage_mapper(pool: Pool | None, workers: int) -> Mapper:
    """How :func:`_assemble` maps its blocks and groups: in ``pool``'s ``workers`` processes.

    Each block's alignment and each group's judgement depend on it alone
    (see :func:`crosscheck.align.align_block`, :func:`crosscheck.judge.judge_group`),
    and come back in order, so the report is the same as with one worker.
    A small batch is mapped in-process (:func:`crosscheck._pool.pool_map`).
    """
    if pool is None:
        return map
    # the aligned blocks' edges, made as they are read back with their values shared
    rebuild: dict[type, Callable[..., Any]] = {Edge: _sharing_edges()}

    def mapped(fn: Callable[[_S], _R], items: Sequence[_S]) -> Iterator[_R]:
        if fn is align_block:
            # an aligned block names its claims by id only (BlockResult): nothing to refer to
            return pool_map(fn, items, pool, workers, compact=_COMPACT, rebuild=rebuild)
        return pool_map(fn, items, pool, workers, compact=_COMPACT, shared=_SHARED)

    return mapped


def _sharing_edges() -> Callable[[str, str, float, tuple[EdgeReason, ...], tuple[str, ...]], Edge]:
    """``Edge``'s constructor, giving equal weights, reasons and details one object each.

    The alignment keeps a batch's edges sharing these values (millions of edges,
    a few thousand distinct values; see ``align._graph._Shared``); edges read back
    from the workers made so are kept as they are, not made a second time.
    """
    weights: dict[float, float] = {}
    reasons: dict[tuple[EdgeReason, ...], tuple[EdgeReason, ...]] = {}
    details: dict[tuple[str, ...], tuple[str, ...]] = {}

    def edge(
        a: str, b: str, weight: float, why: tuple[EdgeReason, ...], detail: tuple[str, ...]
    ) -> Edge:
        return Edge(
            a,
            b,
            weights.setdefault(weight, weight),
            reasons.setdefault(why, why),
            details.setdefault(detail, detail),
        )

    return edge


def _check_positive_int(name: str, value: object) -> None:
    """Raise :class:`InputError` unless ``value`` is a positive integer (not a bool)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InputError(
            f"{name} must be a positive integer, not {value!r}"[:120],
            reason=ErrorReason.BAD_INPUT,
        )


def _check_time_budget(time_budget: object) -> None:
    """Raise :class:`InputError` unless ``time_budget`` is a positive number of seconds or None."""
    if time_budget is not None and (
        isinstance(time_budget, bool)
        or not isinstance(time_budget, int | float)
        or not time_budget > 0
    ):
        raise InputError(
            f"time_budget must be a positive number of seconds or None, not {time_budget!r}"[:120],
            reason=ErrorReason.BAD_INPUT,
        )


def _claims_within(article: Article, budget: float | None) -> tuple[Claim, ...] | str:
    """The claims of ``article``, or why they were not extracted (over ``budget`` seconds).

    In a worker process whose parent has died, exits instead (see
    :func:`crosscheck._pool.exit_if_orphaned`).
    """
    exit_if_orphaned()
    try:
        return extract_claims(article, budget=budget)
    except TooComplexError as exc:
        return str(exc)


# What a worker sends back per article: its claims, story features and the claims'
# fingerprints, or why it has none.
_Found = tuple[tuple[Claim, ...], frozenset[str] | None, dict[str, str]] | str


def _extracted(article: Article, budget: float | None) -> _Found:
    """:func:`_claims_within`, the article's story features (:func:`text_features`)
    and its claims' fingerprints (claim id -> fingerprint).

    Both read the article's text, so they are computed here, in the worker
    that has the article at hand, not serially when the batch is assembled;
    an article that names its story needs no features (None). A claim's
    fingerprint depends on its own article's claims only.
    """
    found = _claims_within(article, budget)
    if isinstance(found, str):
        return found
    features = None if article.story else text_features(article)
    return found, features, claim_fingerprints(found, {article.id: article.body_start})


@attrs.define
class _Extraction:
    """What :func:`_extract` gives: the batch's claims, the articles over their time
    budget (id -> detail), the story features of the others (id -> features)
    and the claims' fingerprints (claim id -> fingerprint)."""

    claims: list[Claim]
    skipped: dict[str, str]
    text: dict[str, frozenset[str]]
    fingerprints: dict[str, str]

    def take(self) -> list[Claim]:
        """The claims, handed over: this object keeps none (their memory can be let go)."""
        claims, self.claims = self.claims, []
        return claims


def _too_complex(
    records: Sequence[ArticleRecord], details: Mapping[str, str]
) -> tuple[ArticleRecord, ...]:
    """``records`` with the analysed articles of ``details`` marked skipped.too_complex."""
    return tuple(
        attrs.evolve(
            r,
            status=ArticleStatus.SKIPPED.value,
            reason=SkipReason.TOO_COMPLEX.value,
            detail=details[r.id],
        )
        if r.status == ArticleStatus.OK and r.id in details
        else r
        for r in records
    )


def _extract(
    articles: Sequence[Article],
    pool: Pool | None,
    workers: int,
    progress: Callable[[int, int], object] | None = None,
    *,
    time_budget: float | None = None,
) -> _Extraction:
    """The claims of each article, in article order (in ``workers`` processes when > 1),
    the articles whose extraction went over ``time_budget`` (id -> detail) and the
    story features of the others (:func:`_extracted`)."""
    out = _Extraction([], {}, {}, {})
    # One string object per distinct feature: the same name comes back from
    # thousands of articles, each a new string once pickled across processes.
    seen: dict[str, str] = {}
    total = len(articles)
    work = functools.partial(_extracted, budget=time_budget)

    def keep(article: Article, found: _Found) -> None:
        if isinstance(found, str):
            out.skipped[article.id] = found
            return
        claims, features, fingerprints = found
        out.claims.extend(claims)
        out.fingerprints.update(fingerprints)
        if features is not None:
            out.text[article.id] = frozenset(seen.setdefault(f, f) for f in features)

    if pool is None or len(articles) < 2 * workers:
        for done, article in enumerate(articles, 1):
            keep(article, work(article))
            if progress is not None:
                progress(done, total)
    else:
        # Extraction is independent per article; claims are frozen attrs
        # values, so they pickle back from the worker processes unchanged.
        for done, (article, found) in enumerate(
            zip(articles, chunk_map(work, articles, pool, workers, compact=(Claim,)), strict=True),
            1,
        ):
            keep(article, found)
            if progress is not None:
                progress(done, total)
    return out


def _loaded(
    inputs: Input | Iterable[Input] | LoadResult,
    *,
    language: str | None,
    max_bytes: int,
    max_articles: int | None,
    max_total_bytes: int | None,
) -> LoadResult:
    """The batch read under the limits; a LoadResult (``crosscheck.load``) is taken as it is."""
    if isinstance(inputs, LoadResult):
        return inputs
    return load(
        inputs,
        language=language,
        max_bytes=max_bytes,
        max_articles=max_articles,
        max_total_bytes=max_total_bytes,
    )


def _assemble(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    input_records: Sequence[ArticleRecord],
    *,
    mapper: Mapper = map,
    limits: tuple[LimitRecord, ...] = (),
    text: Mapping[str, frozenset[str]] | None = None,
    fingerprints: Mapping[str, str] | None = None,
) -> Report:
    """Align and judge the claims of a batch: the report (articles sorted by id).

    ``mapper`` aligns the blocks of claims and judges the aligned groups (see
    :func:`crosscheck.align.align` and :func:`crosscheck.judge.judge`);
    ``limits`` are recorded as they are (see :func:`limit_records`);
    ``text``: the articles' story features where already computed (see
    :func:`crosscheck.align.cluster_stories`); ``fingerprints``: claim id ->
    fingerprint, where already computed (every claim of an article or none).

    The cyclic garbage collector is held off meanwhile (see :mod:`crosscheck._gc`):
    this builds the batch's long-lived values (stamped claims, groups, findings),
    whose growth sets it off over and over, and leaves no garbage cycles (none
    over the 200 newsbatch articles), so it would find nothing to free.
    """
    with collector_paused():
        # a body named with its acronym in brackets: one source key for both (claims._acronyms)
        ordered = tie_acronyms(sorted(claims, key=lambda c: c.id), articles)
        del claims  # the caller may have handed them over: only the stamped copies stay
        stories = cluster_stories(articles, ordered, text)
        # one body named in two languages or wordings: one source key in a story (claims._bodies)
        story_of = {a: s.id for s in stories for a in s.articles}
        # a body's own name behind a generic noun ('the association X'): keyed by the name
        ordered = tie_generic_names(ordered, story_of)
        # a body's name whose only word of its own is its acronym: keyed by the acronym
        ordered = tie_acronym_names(ordered, story_of)
        ordered = tie_bodies(ordered, story_of)
        # content fingerprints and file positions, for baselines and CI annotations
        record_lines = {r.id: r.line for r in input_records if r.line is not None}
        stamped = _stamped(
            ordered,
            {a.id: a for a in articles},
            record_lines,
            {a: s.id for s in stories for a in s.articles},
            fingerprints,
        )
        del ordered
        alignment = align(stamped, articles, mapper=mapper, stories=stories)
        del stamped
        by_id = {c.id: c for c in alignment.claims}
        findings = tuple(
            # the groups' findings come finished (_finishing); the extra ones are finished here
            f if f.fingerprint is not None else _finished(f, by_id)
            for f in judge(
                # a claim that fits a second group wholly is lent to it for a reading
                # its own group cannot give (judge._lending)
                lend(
                    alignment.groups,
                    ((e.a, e.b) for e in alignment.edges),
                    (
                        (r.a, r.b)
                        for r in alignment.refused
                        if r.reason is RefusalReason.SAME_STATEMENT
                    ),
                ),
                extra=[
                    *_kept_apart(alignment),
                    *denial_findings(alignment.claims, alignment.edges),
                ],
                mapper=lambda fn, groups: mapper(functools.partial(_finishing, fn), groups),
            )
        )
        records = tuple(sorted(input_records, key=lambda r: (r.id, r.path or "", r.status)))
        return Report(
            articles=records,
            claims=alignment.claims,
            findings=findings,
            stories=alignment.stories,
            alignment=alignment,
            limits=limits,
        )


def _finished(finding: Finding, by_id: Mapping[str, Claim] | None = None) -> Finding:
    """``finding`` with its explanation (:func:`describe`) and fingerprint (:func:`fingerprint_of`).

    Both read the finding's own claims only, so ``by_id`` (claim id -> claim, at
    least the finding's) may be left out: they are then taken from ``finding.claims``.
    """
    own = {c.id: c for c in finding.claims}
    return attrs.evolve(
        finding,
        explanation=describe(finding, own if by_id is None else by_id),
        fingerprint=fingerprint_of(finding, {i: c.fingerprint or i for i, c in own.items()}),
    )


def _finishing(
    judge_one: Callable[[Sequence[Claim]], Finding | None], group: Sequence[Claim]
) -> Finding | None:
    """``judge_one(group)``, :func:`_finished`: where the group is judged (a worker process,
    with the ``mapper`` of :func:`_assemble`), not serially afterwards."""
    found = judge_one(group)
    return None if found is None else _finished(found)


# Claim fields in constructor order, for copies made with a few fields changed
# (:func:`_stamped`); attrs.evolve does the same work field by field, twice slower.
# Every field of Claim is a positional argument of its constructor, by its own name.
_CLAIM_FIELDS = tuple(a.name for a in attrs.fields(Claim))
_claim_values = operator.attrgetter(*_CLAIM_FIELDS)
_STAMP_AT = tuple(_CLAIM_FIELDS.index(n) for n in ("fingerprint", "line", "column", "story"))


def _stamped(
    claims: Sequence[Claim],
    articles: Mapping[str, Article],
    record_lines: Mapping[str, int],
    story_of: Mapping[str, str],
    fingerprints: Mapping[str, str] | None = None,
) -> list[Claim]:
    """The claims with ``fingerprint`` (:func:`claim_fingerprints`), ``line`` and
    ``column`` (:func:`position`) and ``story`` set.

    One copy of each claim where fingerprinting and alignment made one each:
    at 100,000 articles each copy of the claims holds hundreds of megabytes.
    ``story_of``: article id -> its story id (None for an article of none).
    ``fingerprints``: claim id -> fingerprint where already computed, for
    every claim of an article or for none of them (the others' are computed
    here: the numbering of equal claims runs within an article).
    """
    known = fingerprints or {}
    fps = claim_fingerprints(
        [c for c in claims if c.id not in known],
        {a: art.body_start for a, art in articles.items()},
    )
    fps.update(known)
    out = []
    for claim in claims:
        line, column = position(claim, articles, record_lines)
        values = list(_claim_values(claim))
        for at, value in zip(
            _STAMP_AT, (fps[claim.id], line, column, story_of.get(claim.article)), strict=True
        ):
            values[at] = value
        out.append(Claim(*values))
    return out
