"""Score crosscheck's number reading against Duckling and Recognizers-Text test suites.

The suites are the JSON Lines files in ``../shared/conformance/`` (see the
README there for their formats). Each suite is scored through the public API
only, ``crosscheck.parse_quantity`` for Duckling's whole-string cases and
``crosscheck.find_quantities`` for Recognizers-Text's running text. The scoring
rules, and why they are what they are, are in ``benchmarks/README.md``.

Cases whose upstream expectation contradicts ``docs/semantics.md`` are listed,
each with a reason, in ``benchmarks/exclusions.toml``; they are counted and
reported apart from the score, never dropped silently.

Run from the repository root::

    PYTHONPATH=src python benchmarks/conformance.py [--failures N] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared"
EXCLUSIONS = Path(__file__).resolve().parent / "exclusions.toml"

# Figures from the issue: what the engine has to reach.
TARGETS = {"number": 98.0, "range": 90.0}

DUCKLING_LANGS = ("ro", "it", "en")  # numeral and ordinal corpora
# Numeral corpora only: the languages added to ../shared/conformance later.
DUCKLING_NUMERAL_LANGS = (
    *DUCKLING_LANGS,
    "de",
    "fr",
    "es",
    "pt",
    "nl",
    "ru",
    "uk",
    "pl",
    "ca",
    "ar",
    "el",
)
RECOGNIZERS_LANGS = ("en", "it", "fr", "de", "es", "pt", "nl")
# Cultures that write the decimal mark as a comma (Recognizers' value strings).
COMMA_DECIMAL = frozenset({"it", "fr", "de", "es", "pt", "nl", "ro"})

DUCKLING_REL_TOL = 1e-9
# Recognizers cuts fractions to 15 significant digits ("0,666666666666667").
RECOGNIZERS_REL_TOL = 1e-6
ABS_TOL = 1e-12


# --------------------------------------------------------------------------- #
# Loading the engine
# --------------------------------------------------------------------------- #


def _import_engine() -> Any:
    """Import crosscheck, from ``src/`` when it is not installed."""
    try:
        import crosscheck
    except ImportError:
        sys.path.insert(0, str(REPO / "src"))
        try:
            import crosscheck
        except ImportError as exc:
            sys.exit(
                f"conformance: cannot import crosscheck ({exc}); run from the repo root "
                "with PYTHONPATH=src or install the package"
            )
    missing = [n for n in ("find_quantities", "parse_quantity") if not hasattr(crosscheck, n)]
    if missing:
        sys.exit(f"conformance: crosscheck has no {', '.join(missing)} yet; nothing to score")
    return crosscheck


class Engine:
    """The two public calls, plus which languages the engine has data for."""

    def __init__(self, module: Any) -> None:
        self.find_quantities: Callable[..., list[Any]] = module.find_quantities
        self.parse_quantity: Callable[..., Any] = module.parse_quantity
        self._support: dict[str, str | None] = {}
        self._known: frozenset[str] | None = None
        try:  # a hint only; the probe below decides
            from crosscheck.lang import available_languages

            self._known = frozenset(available_languages())
        except Exception:
            self._known = None

    def unsupported(self, lang: str) -> str | None:
        """Why ``lang`` cannot be scored (None when it can)."""
        if lang not in self._support:
            reason: str | None = None
            if self._known is not None and lang not in self._known:
                reason = "no language data"
            else:
                try:
                    self.find_quantities("12", language=lang)
                    self.parse_quantity("12", lang)
                except Exception as exc:
                    reason = f"no language data ({type(exc).__name__}: {exc})"
            self._support[lang] = reason
        return self._support[lang]


# --------------------------------------------------------------------------- #
# Numbers
# --------------------------------------------------------------------------- #


def close(a: float | None, b: float | None, rel_tol: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=rel_tol, abs_tol=ABS_TOL)


def parse_culture_number(text: str, lang: str) -> float:
    """Read a Recognizers value string ("1234,5", "1,2732E+15", "0.08").

    Values carry no group separators, so a single ``,`` or ``.`` is the decimal
    mark. The culture decides the usual one; a few French cases upstream write
    the invariant ``.``, which this reads too.
    """
    s = text.strip().rstrip("%").strip()
    s = s.replace(",", ".") if lang in COMMA_DECIMAL else s.replace(",", "")
    return float(s)


def parse_interval(text: str) -> tuple[float | None, float | None]:
    """Read "[20,30)", "(,100]", "[0.4,)": the bounds, None when open.

    Interval values are written in the invariant culture (``.`` decimal) in
    every language; "(" and "[" are not told apart (see README).
    """
    inner = text.strip()[1:-1]
    lo, hi = inner.split(",")
    return (float(lo) if lo.strip() else None, float(hi) if hi.strip() else None)


def bounds(q: Any) -> tuple[float | None, float | None]:
    return (q.low, q.high)


def figures(q: Any) -> list[float]:
    """The written figures of a quantity, for the plain-number suites.

    An exact or approximate figure is one value; a range gives both ends; an
    open bound gives its one end.
    """
    lo, hi = bounds(q)
    if lo is not None and hi is not None and close(lo, hi, DUCKLING_REL_TOL):
        return [lo]
    return [v for v in (lo, hi) if v is not None]


def fmt_num(v: float | None) -> str:
    if v is None:
        return "·"
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return f"{v:g}" if isinstance(v, float) else str(v)


def fmt_quantity(q: Any) -> str:
    lo, hi = bounds(q)
    if lo is not None and hi is not None and close(lo, hi, DUCKLING_REL_TOL):
        val = fmt_num(lo)
    else:
        val = f"{fmt_num(lo)}..{fmt_num(hi)}"
    extra = [getattr(q, "qualifier", None), getattr(q, "kind", None)]
    unit = getattr(q, "unit", None)
    if unit:
        extra.append(unit)
    return f"{getattr(q, 'text', '?')!r}={val}[{','.join(str(e) for e in extra if e)}]"


def multiset_equal(expected: Sequence[float], got: Sequence[float], rel_tol: float) -> bool:
    if len(expected) != len(got):
        return False
    unused = list(got)
    for e in expected:
        for i, g in enumerate(unused):
            if close(e, g, rel_tol):
                del unused[i]
                break
        else:
            return False
    return True


# --------------------------------------------------------------------------- #
# Cases, outcomes, suites
# --------------------------------------------------------------------------- #


@dataclass
class Case:
    file: str
    lang: str
    text: str
    key: str  # "line 45" / "index 3": where the case is upstream
    line: int | None
    index: int | None
    record: dict[str, Any]
    not_python: bool = False


@dataclass
class Outcome:
    passed: bool
    expected: str
    got: str
    error: bool = False
    extra: bool = False  # ordinals: recognised as an ordinal
    dropped: int = 0  # expected items without a value, left out of the comparison


@dataclass
class SuiteResult:
    suite: str
    group: str
    lang: str
    file: str
    status: str = "ok"  # ok / no language data / missing file
    note: str = ""
    total: int = 0
    passed: int = 0
    errors: int = 0
    extra: int = 0
    dropped: int = 0
    py_total: int = 0
    py_passed: int = 0
    excluded: list[tuple[Case, str]] = field(default_factory=list)
    failures: list[tuple[Case, Outcome]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def percent(self) -> float | None:
        return 100.0 * self.passed / self.total if self.total else None


Scorer = Callable[["Engine", Case], Outcome]


@dataclass(frozen=True)
class Suite:
    name: str
    group: str  # number / range / percent / ordinal; decides the overall lines
    lang: str
    file: str
    scorer: Scorer
    extra_label: str = ""
    in_overall: bool = True


def load_cases(path: Path, lang: str) -> list[Case]:
    cases = []
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            if not raw.strip():
                continue
            rec = json.loads(raw)
            src = rec.get("source", {})
            line, index = src.get("line"), src.get("index")
            key = f"line {line}" if line is not None else f"index {index}"
            text = rec["text"] if "text" in rec else rec["input"]
            cases.append(
                Case(path.name, lang, text, key, line, index, rec, bool(rec.get("notPython")))
            )
    return cases


# --------------------------------------------------------------------------- #
# Scorers
# --------------------------------------------------------------------------- #


def _call(fn: Callable[[], Any]) -> tuple[Any, str | None]:
    try:
        return fn(), None
    except Exception as exc:
        return None, f"error {type(exc).__name__}: {exc}"


def score_duckling_numeral(engine: Engine, case: Case) -> Outcome:
    rec = case.record
    if rec.get("kind") == "negative":
        q, err = _call(lambda: engine.parse_quantity(case.text, case.lang))
        if err:
            return Outcome(False, "nothing", err, error=True)
        return Outcome(q is None, "nothing", "None" if q is None else fmt_quantity(q))
    want = float(rec["expected"]["value"])
    q, err = _call(lambda: engine.parse_quantity(case.text, case.lang))
    if err:
        return Outcome(False, fmt_num(want), err, error=True)
    if q is None:
        return Outcome(False, fmt_num(want), "None")
    lo, hi = bounds(q)
    ok = close(lo, want, DUCKLING_REL_TOL) and close(hi, want, DUCKLING_REL_TOL)
    return Outcome(ok, fmt_num(want), fmt_quantity(q))


def score_duckling_ordinal(engine: Engine, case: Case) -> Outcome:
    """Pass when the ordinal is not read as an amount; note ordinal readings."""
    want = float(case.record["expected"]["value"])
    q, err = _call(lambda: engine.parse_quantity(case.text, case.lang))
    if err:
        return Outcome(False, f"not a count (ordinal {fmt_num(want)})", err, error=True)
    if q is None:
        return Outcome(True, "not a count", "None")
    kind = getattr(q, "kind", None)
    as_ordinal = kind == "ordinal" and close(q.low, want, DUCKLING_REL_TOL)
    return Outcome(
        kind == "ordinal",
        f"not a count (ordinal {fmt_num(want)})",
        fmt_quantity(q),
        extra=as_ordinal,
    )


def _expected_items(case: Case) -> tuple[list[str], int]:
    """Expected value strings, minus items without a value (counted)."""
    vals, dropped = [], 0
    for r in case.record.get("results", []):
        v = r.get("value")
        if v is None or str(v).strip().lower() == "null":
            dropped += 1
        else:
            vals.append(str(v))
    return vals, dropped


def _find(engine: Engine, case: Case) -> tuple[list[Any] | None, str | None]:
    return _call(lambda: list(engine.find_quantities(case.text, language=case.lang)))


def score_recognizers_number(engine: Engine, case: Case) -> Outcome:
    raw, _ = _expected_items(case)
    # A number model has no percent items; should one appear, it is the
    # percent suite's business, not this one's.
    raw = [v for v in raw if not v.endswith("%")]
    want = [parse_culture_number(v, case.lang) for v in raw]
    exp_s = "[" + ", ".join(fmt_num(v) for v in want) + "]"
    qs, err = _find(engine, case)
    if err:
        return Outcome(False, exp_s, err, error=True)
    got = [v for q in qs for v in figures(q)]
    ok = multiset_equal(want, got, RECOGNIZERS_REL_TOL)
    return Outcome(ok, exp_s, "[" + ", ".join(fmt_quantity(q) for q in qs) + "]")


def score_recognizers_percent(engine: Engine, case: Case) -> Outcome:
    """Percent quantities must carry exactly the expected figures; others are ignored.

    Upstream's value-less items ("a small percent" -> null) are left out of the
    expectation and counted: we extract no quantity without a figure.
    """
    raw, dropped = _expected_items(case)
    want = [parse_culture_number(v, case.lang) for v in raw]
    exp_s = "[" + ", ".join(f"{fmt_num(v)}%" for v in want) + "]"
    qs, err = _find(engine, case)
    if err:
        return Outcome(False, exp_s, err, error=True, dropped=dropped)
    got = [v for q in qs if getattr(q, "unit", None) == "percent" for v in figures(q)]
    ok = multiset_equal(want, got, RECOGNIZERS_REL_TOL)
    return Outcome(ok, exp_s, "[" + ", ".join(fmt_quantity(q) for q in qs) + "]", dropped=dropped)


def _is_rangelike(q: Any) -> bool:
    lo, hi = bounds(q)
    return lo is None or hi is None or not close(lo, hi, DUCKLING_REL_TOL)


def score_recognizers_range(engine: Engine, case: Case) -> Outcome:
    """Each expected interval needs its own quantity with the same bounds.

    Exact quantities left over are ignored (the range model does not report
    plain numbers); range-like ones left over are false positives.
    """
    raw, _ = _expected_items(case)
    want = [parse_interval(v) for v in raw]
    exp_s = "[" + ", ".join(raw) + "]"
    qs, err = _find(engine, case)
    if err:
        return Outcome(False, exp_s, err, error=True)
    unused = list(qs)
    ok = True
    for lo, hi in want:
        for i, q in enumerate(unused):
            qlo, qhi = bounds(q)
            if close(qlo, lo, RECOGNIZERS_REL_TOL) and close(qhi, hi, RECOGNIZERS_REL_TOL):
                del unused[i]
                break
        else:
            ok = False
    if any(_is_rangelike(q) for q in unused):
        ok = False
    return Outcome(ok, exp_s, "[" + ", ".join(fmt_quantity(q) for q in qs) + "]")


def build_suites(variants: bool) -> list[Suite]:
    suites: list[Suite] = []
    for lang in DUCKLING_NUMERAL_LANGS:
        suites.append(
            Suite(
                "duckling numeral",
                "number",
                lang,
                f"duckling-numeral-{lang}.jsonl",
                score_duckling_numeral,
            )
        )
    for lang in RECOGNIZERS_LANGS:
        suites.append(
            Suite(
                "recognizers number",
                "number",
                lang,
                f"recognizers-number-{lang}.jsonl",
                score_recognizers_number,
            )
        )
    for lang in RECOGNIZERS_LANGS:
        suites.append(
            Suite(
                "recognizers numberrange",
                "range",
                lang,
                f"recognizers-numberrange-{lang}.jsonl",
                score_recognizers_range,
            )
        )
    for lang in RECOGNIZERS_LANGS:
        suites.append(
            Suite(
                "recognizers percent",
                "percent",
                lang,
                f"recognizers-percent-{lang}.jsonl",
                score_recognizers_percent,
            )
        )
    for lang in DUCKLING_LANGS:
        suites.append(
            Suite(
                "duckling ordinal",
                "ordinal",
                lang,
                f"duckling-ordinal-{lang}.jsonl",
                score_duckling_ordinal,
                extra_label="as ordinal",
            )
        )
    if variants:
        for name, group, scorer, files in (
            (
                "recognizers number (experimental)",
                "number",
                score_recognizers_number,
                [("en", "recognizers-number-experimentalmode-en.jsonl")],
            ),
            (
                "recognizers number (percentmode)",
                "number",
                score_recognizers_number,
                [(lg, f"recognizers-number-percentmode-{lg}.jsonl") for lg in ("en", "fr", "nl")],
            ),
            (
                "recognizers numberrange (experimental)",
                "range",
                score_recognizers_range,
                [
                    (lg, f"recognizers-numberrange-experimentalmode-{lg}.jsonl")
                    for lg in ("en", "fr")
                ],
            ),
            (
                "recognizers percent (percentmode)",
                "percent",
                score_recognizers_percent,
                [(lg, f"recognizers-percent-percentmode-{lg}.jsonl") for lg in ("en", "fr", "nl")],
            ),
        ):
            for lang, fname in files:
                suites.append(Suite(name, group, lang, fname, scorer, in_overall=False))
    return suites


# --------------------------------------------------------------------------- #
# Exclusions
# --------------------------------------------------------------------------- #


@dataclass
class Exclusion:
    file: str
    reason: str
    line: int | None = None
    index: int | None = None
    text: str | None = None
    used: int = 0

    def matches(self, case: Case) -> bool:
        if case.file != self.file:
            return False
        if self.line is not None and case.line != self.line:
            return False
        if self.index is not None and case.index != self.index:
            return False
        return self.text is None or self.text == case.text

    def where(self) -> str:
        if self.line is not None:
            return f"{self.file} line {self.line}"
        if self.index is not None:
            return f"{self.file} index {self.index}"
        return f"{self.file} text {self.text!r}"


def load_exclusions(path: Path) -> list[Exclusion]:
    if not path.exists():
        return []
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    out = []
    for i, item in enumerate(data.get("exclude", [])):
        if "file" not in item or not str(item.get("reason", "")).strip():
            sys.exit(f"conformance: {path.name}: entry {i} needs 'file' and a 'reason'")
        if not any(k in item for k in ("line", "index", "text")):
            sys.exit(f"conformance: {path.name}: entry {i} names no case (line/index/text)")
        out.append(
            Exclusion(
                item["file"], item["reason"], item.get("line"), item.get("index"), item.get("text")
            )
        )
    return out


# --------------------------------------------------------------------------- #
# Running
# --------------------------------------------------------------------------- #


def run_suite(
    engine: Engine, suite: Suite, folder: Path, exclusions: Sequence[Exclusion]
) -> SuiteResult:
    res = SuiteResult(suite.name, suite.group, suite.lang, suite.file)
    path = folder / suite.file
    if not path.exists():
        res.status = "missing file"
        return res
    why = engine.unsupported(suite.lang)
    cases = load_cases(path, suite.lang)
    if why:
        res.status = "no language data"
        res.note = why
        res.total = len(cases)
        return res
    t0 = time.perf_counter()
    for case in cases:
        hit = next((x for x in exclusions if x.matches(case)), None)
        if hit is not None:
            hit.used += 1
            res.excluded.append((case, hit.reason))
            continue
        out = suite.scorer(engine, case)
        res.total += 1
        res.passed += out.passed
        res.errors += out.error
        res.extra += out.extra
        res.dropped += out.dropped
        if not case.not_python:
            res.py_total += 1
            res.py_passed += out.passed
        if not out.passed:
            res.failures.append((case, out))
    res.seconds = time.perf_counter() - t0
    return res


def overall(results: Iterable[SuiteResult], suites: Sequence[Suite], group: str) -> tuple[int, int]:
    counted = {(s.file) for s in suites if s.in_overall and s.group == group}
    passed = total = 0
    for r in results:
        if r.file in counted and r.status == "ok":
            passed += r.passed
            total += r.total
    return passed, total


def pct(p: int, t: int) -> str:
    return f"{100.0 * p / t:5.1f}" if t else "    –"


def print_table(
    results: Sequence[SuiteResult],
    suites: Sequence[Suite],
    failures: int,
    show_excluded: bool,
    elapsed: float,
) -> None:
    extra_label = {s.file: s.extra_label for s in suites}
    head = (
        f"{'suite':<40} {'lang':<4} {'passed/total':>12} {'%':>6} "
        f"{'excl':>4} {'err':>4}  {'upstream-Python subset':<22} notes"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        if r.status != "ok":
            total = f"–/{r.total}" if r.total else "–"
            print(
                f"{r.suite:<40} {r.lang:<4} {total:>12} {'–':>6} {'':>4} {'':>4}  "
                f"{'':<22} {r.status}"
            )
            continue
        py = (
            f"{r.py_passed}/{r.py_total} ({pct(r.py_passed, r.py_total).strip()}%)"
            if r.py_total
            else "–"
        )
        notes = []
        if extra_label.get(r.file):
            notes.append(f"{extra_label[r.file]}: {r.extra}/{r.total}")
        if r.dropped:
            notes.append(f"{r.dropped} value-less expected item(s) left out")
        print(
            f"{r.suite:<40} {r.lang:<4} {f'{r.passed}/{r.total}':>12} "
            f"{pct(r.passed, r.total):>6} {len(r.excluded):>4} {r.errors:>4}  "
            f"{py:<22} {'; '.join(notes)}"
        )
    print("-" * len(head))
    for group, label in (
        ("number", "OVERALL numbers"),
        ("range", "OVERALL number ranges"),
        ("percent", "OVERALL percent"),
        ("ordinal", "OVERALL ordinals not taken as counts"),
    ):
        p, t = overall(results, suites, group)
        if not t:
            continue
        target = f"target ≥ {TARGETS[group]:.0f}%" if group in TARGETS else ""
        verdict = ""
        if group in TARGETS and t:
            verdict = "met" if 100.0 * p / t >= TARGETS[group] else "NOT met"
        print(f"{label:<40} {'':<4} {f'{p}/{t}':>12} {pct(p, t):>6}  {target} {verdict}")
    skipped = sorted({f"{r.lang}" for r in results if r.status == "no language data"})
    if skipped:
        print(
            f"\nnot scored, no language data: {', '.join(skipped)} "
            "(overall figures cover the scored languages only)"
        )
    missing = [r.file for r in results if r.status == "missing file"]
    if missing:
        print(f"missing files: {', '.join(missing)}")
    n_excl = sum(len(r.excluded) for r in results)
    print(
        f"excluded by benchmarks/exclusions.toml: {n_excl} case(s) in scored suites "
        "(--show-excluded lists them)"
    )
    print(f"time: {elapsed:.1f}s")

    if show_excluded:
        print("\n== excluded cases")
        for r in results:
            for case, reason in r.excluded:
                print(f"  {case.file} {case.key}: {case.text!r} — {reason}")

    if failures:
        for r in results:
            if not r.failures:
                continue
            print(
                f"\n== {r.suite} [{r.lang}]: {len(r.failures)} failing, "
                f"first {min(failures, len(r.failures))}"
            )
            for case, out in r.failures[:failures]:
                np_mark = " (upstream-Python skips)" if case.not_python else ""
                print(f"  {case.key}{np_mark}: {case.text!r}")
                print(f"      expected {out.expected}")
                print(f"      got      {out.got}")


def as_json(
    results: Sequence[SuiteResult], suites: Sequence[Suite], failures: int
) -> dict[str, Any]:
    def ov(group: str) -> dict[str, Any]:
        p, t = overall(results, suites, group)
        return {
            "passed": p,
            "total": t,
            "percent": round(100.0 * p / t, 2) if t else None,
            "target": TARGETS.get(group),
        }

    return {
        "suites": [
            {
                "suite": r.suite,
                "group": r.group,
                "lang": r.lang,
                "file": r.file,
                "status": r.status,
                "note": r.note or None,
                "passed": r.passed if r.status == "ok" else None,
                "total": r.total,
                "percent": round(r.percent, 2)
                if r.status == "ok" and r.percent is not None
                else None,
                "excluded": len(r.excluded),
                "errors": r.errors,
                "valueless_expected_items_left_out": r.dropped,
                "recognised_as_ordinal": r.extra if r.group == "ordinal" else None,
                "python_subset": {"passed": r.py_passed, "total": r.py_total},
                "seconds": round(r.seconds, 3),
                "failures": [
                    {"where": c.key, "text": c.text, "expected": o.expected, "got": o.got}
                    for c, o in r.failures[:failures]
                ],
            }
            for r in results
        ],
        "overall": {g: ov(g) for g in ("number", "range", "percent", "ordinal")},
        "no_language_data": sorted({r.lang for r in results if r.status == "no language data"}),
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--shared",
        type=Path,
        default=DEFAULT_SHARED,
        help="the shared folder holding conformance/ (default: ../shared beside the repository)",
    )
    ap.add_argument(
        "--failures",
        type=int,
        default=0,
        metavar="N",
        help="print N failing cases per suite (input, expected, got)",
    )
    ap.add_argument("--json", action="store_true", help="print machine-readable figures")
    ap.add_argument(
        "--lang", action="append", metavar="LANG", help="score only these languages (repeatable)"
    )
    ap.add_argument(
        "--suite", metavar="TEXT", help="score only suites whose name or file contains TEXT"
    )
    ap.add_argument(
        "--variants",
        action="store_true",
        help="also score Recognizers option variants (experimental mode, "
        "percent mode) as separate lines, outside the overall figures",
    )
    ap.add_argument(
        "--show-excluded", action="store_true", help="list the excluded cases with their reasons"
    )
    ap.add_argument(
        "--exclusions",
        type=Path,
        default=EXCLUSIONS,
        help="exclusions file (default: benchmarks/exclusions.toml)",
    )
    args = ap.parse_args(argv)

    shared: Path = args.shared
    folder = shared / "conformance" if (shared / "conformance").is_dir() else shared
    if not folder.is_dir() or not any(folder.glob("*.jsonl")):
        print(
            f"conformance: no conformance data at {folder} (expected the JSON Lines suites "
            "of ../shared/conformance; pass --shared DIR)",
            file=sys.stderr,
        )
        return 2

    engine = Engine(_import_engine())
    exclusions = load_exclusions(args.exclusions)
    suites = [
        s
        for s in build_suites(args.variants)
        if (not args.lang or s.lang in args.lang)
        and (not args.suite or args.suite in s.name or args.suite in s.file)
    ]
    t0 = time.perf_counter()
    results = [run_suite(engine, s, folder, exclusions) for s in suites]
    elapsed = time.perf_counter() - t0

    # An exclusion that matches nothing is stale (renumbered file, edited text).
    scored_files = {r.file for r in results if r.status == "ok"}
    stale = [x for x in exclusions if x.used == 0 and x.file in scored_files]

    if args.json:
        out = as_json(results, suites, args.failures)
        out["stale_exclusions"] = [x.where() for x in stale]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print_table(results, suites, args.failures, args.show_excluded, elapsed)
        for x in stale:
            print(f"warning: exclusion matches no case: {x.where()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
