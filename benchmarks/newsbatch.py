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
    sys.path.insert(0, str(REPO / "src"))

import crosscheck  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

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
    """The article files, the gold articles by id, and the relation groups."""
    files = sorted(data.glob("*/articles.jsonl"))
    if not files:
        sys.exit(f"newsbatch: no */articles.jsonl under {data} (pass --data DIR)")
    articles: dict[str, dict[str, Any]] = {}
    relations: list[dict[str, Any]] = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                articles[record["id"]] = record
        rel = path.parent / "relations.jsonl"
        if rel.exists():
            for line in rel.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    group = json.loads(line)
                    group["story"] = path.parent.name
                    relations.append(group)
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


def _gold_names(gold: str) -> list[str]:
    """The gold source and the names in its parenthetical notes ("X (via Y)")."""
    names = [gold.split("(")[0]]
    rest = gold[len(names[0]) :]
    for part in rest.replace(")", "(").split("("):
        for cue in ("via ", "attributed to ", "citing "):
            if cue in part:
                names.append(part.split(cue, 1)[1])
    if "(" in gold:
        names.append(gold)
    return [n for n in (_clean(n) for n in names) if n]


def source_matches(ours: str | None, gold: str | None) -> bool:
    """Whether our credited source names the gold one (both None also counts)."""
    if gold is None:
        return ours is None
    if ours is None:
        return False
    mine = _clean(ours)
    if not mine:
        return False
    for name in _gold_names(gold):
        if mine == name or (len(mine) >= 3 and (mine in name or name in mine)):
            return True
        if fuzz.token_set_ratio(mine, name) >= 80:
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
            "source": claim is not None and source_matches(claim.attributed_to, gold.source),
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


def _group_claims(
    group: dict[str, Any],
    golds: Sequence[Gold],
    matched: dict[int, crosscheck.Claim],
) -> list[str]:
    """Our claim ids for the items of one judged group (unmatched items are dropped)."""
    ids = []
    for item in group["items"]:
        candidates = [
            i
            for i, g in enumerate(golds)
            if g.article == item["id"] and g.surface == item["surface"]
        ]
        preferred = [i for i in candidates if golds[i].event == group["event"]] or candidates
        for i in preferred[:1]:
            if i in matched:
                ids.append(matched[i].id)
    return ids


def conflicting_pairs(report: crosscheck.Report) -> set[frozenset[str]]:
    """Claim pairs the report says cannot both be true."""
    pairs: set[frozenset[str]] = set()
    for finding in report.conflicts:
        sides = getattr(finding, "sides", None)
        if sides:
            side_ids = [tuple(side.claims) for side in sides]
            for i, a_side in enumerate(side_ids):
                for b_side in side_ids[i + 1 :]:
                    pairs.update(frozenset((a, b)) for a in a_side for b in b_side if a != b)
        else:
            claims = finding.claims
            pairs.update(
                frozenset((a, b)) for i, a in enumerate(claims) for b in claims[i + 1 :] if a != b
            )
    return pairs


def findings_holding(report: crosscheck.Report, kind: str) -> list[set[str]]:
    return [set(f.claims) for f in report.findings if f.kind == kind]


def score_relations(
    report: crosscheck.Report,
    relations: Sequence[dict[str, Any]],
    golds: Sequence[Gold],
    matched: dict[int, crosscheck.Claim],
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
    story_of = {a.id: a.story for a in report.articles}
    cross = sum(
        1 for f in report.findings if len({story_of.get(a) for a in f.articles}) > 1
    )
    return {
        "groups": dict(totals),
        "conflict_found": _ratio(counts["conflict_found"], totals["conflict"]),
        "agree_broken": _ratio(counts["agree_broken"], totals["agree"]),
        "update_misread": _ratio(counts["update_misread"], totals["update"]),
        "update_recognised": _ratio(counts["update_recognised"], totals["update"]),
        "not_comparable_violated": _ratio(
            counts["not_comparable_violated"], totals["not_comparable"]
        ),
        "cross_story_findings": cross,
        "conflict_findings": len(report.conflicts),
        "conflict_groups_gold": totals["conflict"],
        "findings": len(report.findings),
    }


def _ratio(n: int, d: int) -> dict[str, Any]:
    return {"n": n, "of": d, "pct": round(100.0 * n / d, 1) if d else 0.0}


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
    print(f"  {'cross_story_findings':<26}{rel['cross_story_findings']:>5}")
    print(
        f"  {'conflict_findings':<26}{rel['conflict_findings']:>5}"
        f"  (gold conflict groups: {rel['conflict_groups_gold']})"
    )
    print(f"  {'findings':<26}{rel['findings']:>5}")


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
    parser.add_argument("--lang", help="print failures of this language only")
    parser.add_argument("--cls", help="print failures of this class only")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"newsbatch: no data at {args.data} (pass --data DIR)", file=sys.stderr)
        return 2
    files, articles, relations = read_batch(args.data)
    started = time.perf_counter()
    report = crosscheck.report([str(p) for p in files], workers=args.workers)
    seconds = time.perf_counter() - started
    golds = gold_figures(articles)
    matched = match_claims(golds, report.claims)
    tallies, failures = score_frames(golds, matched)
    rel = score_relations(report, relations, golds, matched)
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
