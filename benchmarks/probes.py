"""Score crosscheck on the committed probe set: stories newsbatch does not hold.

``benchmarks/probes/`` holds eight invented but realistic multilingual stories
(a plane crash, a migrant shipwreck, a mine collapse, a wildfire, a cholera
outbreak, a mass protest, a heatwave, a stadium crush), written and annotated
in newsbatch's format, so that a rule that only fits newsbatch's four stories
shows up before the held-out articles do. This script runs them as ONE batch
through ``newsbatch.main`` (the same frame and relation tables, and the same
``--failures``/``--relations``/``--json`` options), then lists every conflict
finding the report makes, with its values, sources and articles and the gold
relation of the claims it sets against each other, for a reviewer to read.
Run from the repository root::

    PYTHONPATH=src python benchmarks/probes.py [--failures N] [--relations conflict] [--json]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE / "probes"
sys.path.insert(0, str(HERE))

import newsbatch  # noqa: E402

import crosscheck  # noqa: E402


def gold_relations(
    relations: Sequence[dict[str, Any]],
    golds: Sequence[newsbatch.Gold],
    matched: dict[int, crosscheck.Claim],
) -> dict[frozenset[str], list[str]]:
    """Claim pair -> the relations of the judged groups that hold both of its claims."""
    out: dict[frozenset[str], list[str]] = {}
    for group in relations:
        ids = sorted(set(newsbatch._group_claims(group, golds, matched)))
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                out.setdefault(frozenset((a, b)), []).append(group["relation"])
    return out


def _value(claim: crosscheck.Claim) -> str:
    if claim.low is not None and claim.high is not None and claim.low == claim.high:
        figure = f"{claim.low:g}"
    else:
        low = "" if claim.low is None else f"{claim.low:g}"
        high = "" if claim.high is None else f"{claim.high:g}"
        figure = f"{low}..{high}"
    return f"{figure} {claim.unit or '-'} ({claim.qualifier})"


def _unjudged(a: str | None, b: str | None) -> str:
    """How to read a conflicting pair no judged group holds, from its gold events."""
    if a is None or b is None:
        return "unjudged, not a gold figure"
    return "unjudged, same event" if a == b else "unjudged, different events"


def print_conflicts(data: Path, workers: int = 1) -> None:
    """Every conflict finding of the probe batch, side by side, with the gold verdict.

    A pair of claims the finding sets against each other is marked with the
    relations of the judged groups that hold both (``conflict`` is right,
    ``agree``/``update``/``not_comparable`` wrong), else as unjudged, with
    whether both are gold figures of one event (likely right), of two events
    (likely wrong) or one is no gold figure at all; the gold events follow.
    """
    files, articles, relations = newsbatch.read_batch(data)
    report = crosscheck.report([str(p) for p in files], workers=workers)
    golds = newsbatch.gold_figures(articles)
    matched = newsbatch.match_claims(golds, report.claims)
    judged = gold_relations(relations, golds, matched)
    event_of: dict[str, str] = {}
    for i, claim in matched.items():
        event_of.setdefault(claim.id, golds[i].event)
    by_id = {c.id: c for c in report.claims}
    print()
    print(f"conflict findings ({len(report.conflicts)})")
    verdicts: dict[str, int] = {}
    for n, finding in enumerate(report.conflicts, 1):
        print()
        print(f"[{n}] {finding.explanation}")
        for s, side in enumerate(finding.sides):
            for cid in side.claims:
                c = by_id[cid]
                window = getattr(side, "window", None)
                print(
                    f"    side {s}{'' if window is None else f' (window {window})'}: "
                    f"{c.article} {c.text!r} = {_value(c)} as_of={c.as_of} "
                    f"src={c.attributed_to!r}"
                )
        for pair in sorted(newsbatch.finding_conflicts(finding), key=sorted):
            a, b = sorted(pair)
            verdict = "/".join(sorted(set(judged.get(pair, ()))))
            if not verdict:
                verdict = _unjudged(event_of.get(a), event_of.get(b))
            verdicts[verdict] = verdicts.get(verdict, 0) + 1
            print(f"    {a} vs {b}: gold {verdict} ({event_of.get(a)} / {event_of.get(b)})")
    print()
    print(
        "conflicting pairs by gold relation: "
        + (", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())) or "none")
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="Other options are newsbatch.py's (--failures N, --relations REL, --json …).",
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--no-conflicts", action="store_true", help="do not list the conflict findings"
    )
    parser.add_argument("--workers", type=int, default=1)
    args, rest = parser.parse_known_args(argv)
    code = newsbatch.main(["--data", str(args.data), "--workers", str(args.workers), *rest])
    if code or args.no_conflicts or "--json" in rest:
        return code
    print_conflicts(args.data, args.workers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
