"""Score crosscheck.find_quantities on NewsQuant, the CQE paper's English news test set.

Scoring follows ``../shared/benchmarks/newsquant/README.md``: per sentence,
each annotated quantity is matched at most once by an extracted one with an
equal value (relative tolerance 1e-5; a range only matches a range with both
ends equal); precision = matches / extracted, recall = matches / annotated,
summed over all sentences. How our ``Quantity`` fields map onto NewsQuant's
``value`` and ``change`` is documented in ``benchmarks/README.md`` and in
:func:`to_newsquant` below.

Run from the repository root::

    PYTHONPATH=src python benchmarks/newsquant.py [--failures N] [--json]
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "benchmarks" / "newsquant" / "NewsQuant.json"

REL_TOL = 1e-5
ABS_TOL = 1e-8  # the paper's evaluation uses numpy.isclose, whose atol is 1e-8

# Published P / R / F1 of CQE on this set, and what we have to reach (F1).
PAPER = {
    "value": (92.0, 91.9, 92.0),
    "value+unit": (85.6, 85.5, 85.6),
    "value+change": (88.2, 88.1, 88.1),
}
TARGET_F1 = {"value": 93.0, "value+change": 89.0}

# Our unit concept keys -> NewsQuant's normalized_unit. Only concepts whose
# meaning is the same on both sides; anything else falls back to comparing
# the singular of our key (see unit_matches).
UNIT_MAP = {
    "percent": "percentage",
    "usd": "dollar",
    "eur": "euro",
    "gbp": "pound sterling",
    "jpy": "japanese yen",
    "cny": "chinese yuan",
    "chf": "swiss franc",
    "rub": "russian ruble",
    "krw": "south korean won",
    "kilometres": "kilometre",
    "square_kilometres": "square kilometre",
    "metres": "metre",
    "miles": "mile",
    "litres": "litre",
    "tonnes": "ton",
    "megawatts": "megawatt",
    "hectares": "hectare",
    "barrels": "barrel per day",
    "years": "year",
    "months": "month",
    "weeks": "week",
    "days": "day",
    "hours": "hour",
    "minutes": "minute",
}


# --------------------------------------------------------------------------- #
# Values
# --------------------------------------------------------------------------- #

Value = float | tuple[float, float]


def parse_gold_value(text: str) -> Value:
    """NewsQuant's value: "12.0", "-5.0", "1.99E-29" or a range "1000-10000".

    As in the paper's own evaluation, a '-' that is neither leading nor part
    of an exponent separates the two ends of a range.
    """
    s = text.strip()
    if "E" not in s.upper() and not s.startswith("-") and "-" in s:
        lo, hi = s.split("-", 1)
        return (float(lo), float(hi))
    return float(s)


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def values_match(gold: Value, ours: Value) -> bool:
    """Equal single values, or ranges with both ends equal.

    NewsQuant writes from-to order ("36040.0-34935.0" for a fall), while our
    low/high are sorted bounds, so a range matches in either order.
    """
    if isinstance(gold, tuple) != isinstance(ours, tuple):
        return False
    if isinstance(gold, tuple) and isinstance(ours, tuple):
        return (close(gold[0], ours[0]) and close(gold[1], ours[1])) or (
            close(gold[0], ours[1]) and close(gold[1], ours[0])
        )
    assert not isinstance(gold, tuple)
    assert not isinstance(ours, tuple)
    return close(gold, ours)


@dataclass(frozen=True)
class Mapped:
    """One of our quantities, in NewsQuant's terms."""

    value: Value
    change: str
    unit: str  # NewsQuant-style normalized unit, "-" when none
    source: Any

    def show(self) -> str:
        v = (
            f"{_num(self.value[0])}-{_num(self.value[1])}"
            if isinstance(self.value, tuple)
            else _num(self.value)
        )
        q = self.source
        return (
            f"{getattr(q, 'text', '?')!r} -> {v} {self.change} [{self.unit}] "
            f"({getattr(q, 'qualifier', '?')}, {getattr(q, 'kind', '?')})"
        )


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e15 else f"{v:g}"


def to_newsquant(q: Any) -> Mapped | None:
    """Map a Quantity onto NewsQuant's (value, change, unit).

    value: low == high -> that figure; low and high -> the range (low, high);
    only low (over, at_least) -> low; only high (under, up_to) -> high;
    vague ("thousands", low = 1000, high open) -> the range (low, 10 * low),
    which is how NewsQuant annotates "thousands" (1000-10000), "dozens"
    (12-120) or "tens of thousands" (10000-100000).

    change: a stated change wins ("rose", "fell" -> up / down); otherwise the
    qualifier: approx -> "~", over / at_least -> ">", under / up_to -> "<",
    exact / range / vague -> "=".
    """
    lo, hi = q.low, q.high
    qualifier = getattr(q, "qualifier", "exact")
    if qualifier == "vague" and lo is not None and hi is None:
        value: Value = (float(lo), float(lo) * 10)
    elif lo is not None and hi is not None:
        value = float(lo) if math.isclose(lo, hi, rel_tol=1e-12) else (float(lo), float(hi))
    elif lo is not None:
        value = float(lo)
    elif hi is not None:
        value = float(hi)
    else:
        return None
    change = getattr(q, "change", None)
    if change in ("up", "down"):
        mark = change
    elif qualifier == "approx" or (getattr(q, "approximate", False) and qualifier == "range"):
        mark = "~"
    elif qualifier in ("over", "at_least"):
        mark = ">"
    elif qualifier in ("under", "up_to"):
        mark = "<"
    else:
        mark = "="
    unit = getattr(q, "unit", None)
    return Mapped(value, mark, UNIT_MAP.get(unit, unit.replace("_", " ")) if unit else "-", q)


def _singular(word: str) -> str:
    w = word.lower().strip()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def unit_matches(gold_unit: str, ours: str) -> bool:
    g, o = gold_unit.lower().strip(), ours.lower().strip()
    return g == o or _singular(g) == _singular(o)


# --------------------------------------------------------------------------- #
# Matching and scoring
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class Gold:
    value: Value
    change: str
    unit: str
    raw: dict[str, Any]

    def show(self) -> str:
        r = self.raw
        return f"{r['value']} {r['change']} [{r['normalized_unit']}] (unit text {r['unit']!r})"


Criterion = Callable[[Gold, Mapped], bool]

CRITERIA: dict[str, Criterion] = {
    "value": lambda g, m: values_match(g.value, m.value),
    "value+unit": lambda g, m: values_match(g.value, m.value) and unit_matches(g.unit, m.unit),
    "value+change": lambda g, m: values_match(g.value, m.value) and g.change == m.change,
}


def greedy_match(
    gold: Sequence[Gold], ours: Sequence[Mapped], ok: Criterion
) -> list[tuple[int, int]]:
    """Each annotated quantity, in order, takes the first unused extracted one."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for oi, m in enumerate(ours):
            if oi not in used and ok(g, m):
                used.add(oi)
                pairs.append((gi, oi))
                break
    return pairs


def prf(tp: int, n_gold: int, n_ours: int) -> tuple[float, float, float]:
    p = tp / n_ours if n_ours else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


@dataclass
class SentenceResult:
    text: str
    gold: list[Gold]
    ours: list[Mapped]
    matches: dict[str, list[tuple[int, int]]]
    error: str | None = None


def score(find: Callable[..., list[Any]], data: list[dict[str, Any]]) -> list[SentenceResult]:
    out = []
    for item in data:
        gold = [
            Gold(parse_gold_value(q["value"]), q["change"].strip(), q["normalized_unit"], q)
            for q in item["quantities"]
        ]
        error = None
        try:
            found = list(find(item["text"], language="en"))
        except Exception as exc:
            found, error = [], f"{type(exc).__name__}: {exc}"
        ours = [m for m in (to_newsquant(q) for q in found) if m is not None]
        matches = {name: greedy_match(gold, ours, ok) for name, ok in CRITERIA.items()}
        out.append(SentenceResult(item["text"], gold, ours, matches, error))
    return out


def totals(results: Sequence[SentenceResult]) -> dict[str, dict[str, float]]:
    n_gold = sum(len(r.gold) for r in results)
    n_ours = sum(len(r.ours) for r in results)
    table = {}
    for name in CRITERIA:
        tp = sum(len(r.matches[name]) for r in results)
        p, rec, f = prf(tp, n_gold, n_ours)
        table[name] = {"tp": tp, "P": p, "R": rec, "F1": f}
    return table


# --------------------------------------------------------------------------- #
# Reporting
# --------------------------------------------------------------------------- #


def gold_kind(g: Gold) -> str:
    if isinstance(g.value, tuple):
        return "range"
    if g.change in ("up", "down"):
        return f"change {g.change}"
    return {"~": "approx", ">": "over", "<": "under"}.get(g.change, "exact")


def print_report(results: Sequence[SentenceResult], n_failures: int, elapsed: float) -> None:
    n_gold = sum(len(r.gold) for r in results)
    n_ours = sum(len(r.ours) for r in results)
    errors = sum(1 for r in results if r.error)
    print(
        f"NewsQuant: {len(results)} sentences, {n_gold} annotated, {n_ours} extracted"
        f"{f', {errors} sentence(s) raised' if errors else ''}  ({elapsed:.1f}s)"
    )
    head = (
        f"{'criterion':<14} {'P':>6} {'R':>6} {'F1':>6}   "
        f"{'CQE P / R / F1':<20} {'target F1':<10} verdict"
    )
    print(head)
    print("-" * len(head))
    table = totals(results)
    for name in ("value", "value+change", "value+unit"):
        t = table[name]
        cqe = " / ".join(f"{x:.1f}" for x in PAPER[name])
        target = TARGET_F1.get(name)
        verdict = "" if target is None else ("met" if round(t["F1"], 1) >= target else "NOT met")
        tgt = f"≥ {target:.0f}" if target else "–"
        print(
            f"{name:<14} {t['P']:6.1f} {t['R']:6.1f} {t['F1']:6.1f}   {cqe:<20} {tgt:<10} {verdict}"
        )
    print(
        "(value+unit maps our unit keys onto NewsQuant's normalized units, see README; "
        "indicative only)"
    )

    # Where the value misses are, by what was annotated.
    missed: collections.Counter[str] = collections.Counter()
    all_kinds: collections.Counter[str] = collections.Counter()
    for r in results:
        hit = {gi for gi, _ in r.matches["value"]}
        for gi, g in enumerate(r.gold):
            all_kinds[gold_kind(g)] += 1
            if gi not in hit:
                missed[gold_kind(g)] += 1
    print("\nvalue recall by annotated kind:")
    for k, n in all_kinds.most_common():
        print(f"  {k:<12} {n - missed[k]:>4}/{n:<4} ({100 * (n - missed[k]) / n:5.1f}%)")
    change_miss: collections.Counter[tuple[str, str]] = collections.Counter()
    for r in results:
        vm = dict(r.matches["value"])
        for gi, oi in vm.items():
            g, m = r.gold[gi], r.ours[oi]
            if g.change != m.change:
                change_miss[(g.change, m.change)] += 1
    if change_miss:
        print("value matched but change differs (annotated -> ours):")
        for (g, m), n in change_miss.most_common():
            print(f"  {g:>4} -> {m:<4} {n}")

    if n_failures:
        fps = [
            (r, oi)
            for r in results
            for oi in range(len(r.ours))
            if oi not in {o for _, o in r.matches["value"]}
        ]
        fns = [
            (r, gi)
            for r in results
            for gi in range(len(r.gold))
            if gi not in {g for g, _ in r.matches["value"]}
        ]
        print(f"\n== false positives (value): {len(fps)}, first {min(n_failures, len(fps))}")
        for r, oi in fps[:n_failures]:
            print(f"  got {r.ours[oi].show()}")
            print(f"      in: {r.text}")
            if r.gold:
                print(f"      annotated: {'; '.join(g.show() for g in r.gold)}")
        print(f"\n== false negatives (value): {len(fns)}, first {min(n_failures, len(fns))}")
        for r, gi in fns[:n_failures]:
            print(f"  missed {r.gold[gi].show()}")
            print(f"      in: {r.text}")
            print(f"      ours: {'; '.join(m.show() for m in r.ours) or '(nothing)'}")
        wrong_change = [
            (r, gi, oi)
            for r in results
            for gi, oi in r.matches["value"]
            if r.gold[gi].change != r.ours[oi].change
        ]
        print(
            f"\n== value right, change wrong: {len(wrong_change)}, "
            f"first {min(n_failures, len(wrong_change))}"
        )
        for r, gi, oi in wrong_change[:n_failures]:
            print(f"  annotated {r.gold[gi].show()}")
            print(f"  ours      {r.ours[oi].show()}")
            print(f"      in: {r.text}")
        errs = [r for r in results if r.error]
        if errs:
            print(f"\n== sentences that raised: {len(errs)}")
            for r in errs[:n_failures]:
                print(f"  {r.error}\n      in: {r.text}")


def as_json(results: Sequence[SentenceResult], n_failures: int) -> dict[str, Any]:
    table = totals(results)
    out: dict[str, Any] = {
        "sentences": len(results),
        "annotated": sum(len(r.gold) for r in results),
        "extracted": sum(len(r.ours) for r in results),
        "errors": sum(1 for r in results if r.error),
        "scores": {
            k: {m: round(v, 2) if m != "tp" else v for m, v in t.items()} for k, t in table.items()
        },
        "paper_cqe": {k: dict(zip(("P", "R", "F1"), v, strict=True)) for k, v in PAPER.items()},
        "target_f1": TARGET_F1,
    }
    if n_failures:
        out["false_positives"] = [
            {"text": r.text, "got": r.ours[oi].show()}
            for r in results
            for oi in range(len(r.ours))
            if oi not in {o for _, o in r.matches["value"]}
        ][:n_failures]
        out["false_negatives"] = [
            {"text": r.text, "missed": r.gold[gi].show()}
            for r in results
            for gi in range(len(r.gold))
            if gi not in {g for g, _ in r.matches["value"]}
        ][:n_failures]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="NewsQuant.json (default: ../shared/benchmarks/newsquant/)",
    )
    ap.add_argument(
        "--failures",
        type=int,
        default=0,
        metavar="N",
        help="print N false positives, N false negatives and N change errors",
    )
    ap.add_argument("--json", action="store_true", help="print machine-readable figures")
    args = ap.parse_args(argv)

    if not args.data.is_file():
        print(
            f"newsquant: no data at {args.data} (pass --data PATH to NewsQuant.json)",
            file=sys.stderr,
        )
        return 2
    try:
        import crosscheck
    except ImportError:
        sys.path.insert(0, str(REPO / "src"))
        try:
            import crosscheck
        except ImportError as exc:
            sys.exit(f"newsquant: cannot import crosscheck ({exc}); run with PYTHONPATH=src")
    if not hasattr(crosscheck, "find_quantities"):
        sys.exit("newsquant: crosscheck has no find_quantities yet; nothing to score")

    data = json.loads(args.data.read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    results = score(crosscheck.find_quantities, data)
    elapsed = time.perf_counter() - t0
    if args.json:
        json.dump(as_json(results, args.failures), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print_report(results, args.failures, elapsed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
