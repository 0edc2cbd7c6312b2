"""The whole pipeline in one call: ``report(inputs) -> Report``."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import attrs
import networkx as nx

from ._codes import ArticleStatus, FindingKind
from ._errors import InputError
from ._version import __version__
from .align import build_graph, groups
from .claims import Claim, extract_claims
from .ingest import ArticleRecord, load
from .ingest._load import DEFAULT_MAX_BYTES, Input
from .judge import Finding, judge
from .judge._findings import not_aligned
from .render import to_dict, to_json, to_markdown, to_text


@attrs.frozen(eq=False, slots=False)
class Report:
    """The result of checking a batch: every input, every claim, every finding.

    ``articles`` holds one record per input (analysed or skipped, with the
    reason); ``claims`` every claim with its provenance; ``findings`` the
    agreements, ranges, conflicts and single-source claims; ``graph`` the
    claim graph (networkx) they were judged from. ``print(report)`` gives a
    readable summary; ``to_json()`` the stable machine-readable form.
    """

    articles: tuple[ArticleRecord, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    graph: nx.Graph = attrs.field(repr=False)
    version: str = __version__

    @property
    def conflicts(self) -> tuple[Finding, ...]:
        """The conflict findings only."""
        return self.by_kind(FindingKind.CONFLICT)

    def by_kind(self, kind: str) -> tuple[Finding, ...]:
        """Findings of one kind (``"conflict"``, ``"agreement"``, ``"range"``, …)."""
        return tuple(f for f in self.findings if f.kind == kind)

    def claim(self, claim_id: str) -> Claim:
        """The claim with id ``claim_id``; raises KeyError when there is none."""
        return self._claims_by_id[claim_id]

    @functools.cached_property
    def _claims_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.claims}

    def summary(self) -> dict[str, Any]:
        """Counts of inputs, claims and findings by kind."""
        kinds = Counter(f.kind for f in self.findings)
        return {
            "articles": len(self.articles),
            "articles_ok": sum(r.status == ArticleStatus.OK for r in self.articles),
            "articles_skipped": sum(r.status != ArticleStatus.OK for r in self.articles),
            "claims": len(self.claims),
            "findings": {k.value: kinds.get(k.value, 0) for k in FindingKind},
        }

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data (the JSON schema, as Python objects)."""
        return to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON text; byte-identical for the same input."""
        return to_json(self, indent=indent)

    def to_markdown(self) -> str:
        """The report as a Markdown document."""
        return to_markdown(self)

    def __str__(self) -> str:
        return to_text(self)


def _kept_apart(graph: nx.Graph) -> list[Finding]:
    """One ``not_aligned`` finding per claim kept apart, naming what it was kept from."""
    kept: dict[str, list[str]] = {}
    reasons: dict[str, list[str]] = {}
    for pair in graph.graph.get("kept_apart", ()):
        kept.setdefault(pair.claim, []).append(pair.other)
        if pair.reason not in reasons.setdefault(pair.claim, []):
            reasons[pair.claim].append(pair.reason)
    return [
        not_aligned(
            graph.nodes[cid]["claim"],
            [graph.nodes[o]["claim"] for o in sorted(set(others))],
            "; ".join(sorted(reasons[cid])),
        )
        for cid, others in sorted(kept.items())
    ]


def report(
    inputs: Input | Iterable[Input],
    *,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 1,
) -> Report:
    """Check a batch of articles against each other.

    ``inputs``: files (``.txt``, ``.md``, ``.json``, ``.jsonl``), folders,
    glob patterns, :class:`Article` objects, or an iterable of these.
    ``language`` applies to inputs that declare none (else it is detected).
    Every input appears in ``Report.articles``; unusable ones are skipped
    with a reason, never dropped silently. The result does not depend on the
    order of the inputs. ``workers`` > 1 extracts claims in that many
    processes (same result, faster on large batches).
    """
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise InputError(f"workers must be a positive integer, not {workers!r}")
    loaded = load(inputs, language=language, max_bytes=max_bytes)
    articles = sorted(loaded.articles, key=lambda a: a.id)
    claims: list[Claim] = []
    if workers == 1 or len(articles) < 2 * workers:
        for article in articles:
            claims.extend(extract_claims(article))
    else:
        # Extraction is independent per article; claims are frozen attrs
        # values, so they pickle back from the worker processes unchanged.
        chunk = max(1, len(articles) // (workers * 8))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for found in pool.map(extract_claims, articles, chunksize=chunk):
                claims.extend(found)
    graph = build_graph(claims)
    findings = judge(groups(graph), extra=_kept_apart(graph))
    records = tuple(sorted(loaded.records, key=lambda r: (r.id, r.path or "", r.status)))
    return Report(articles=records, claims=tuple(claims), findings=findings, graph=graph)
