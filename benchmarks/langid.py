"""Measure language identification: crosscheck's built-in detector against lingua.

The texts are the 200 real articles of ``../shared/benchmarks/newsbatch/``
(field ``lang`` is the gold language) and the seed articles in ``seeds/``.
Each article is read in several forms, because ingest sees all of them:

* ``full``: the whole text;
* ``sentence``: its first sentence only (a short text, as in a feed item);
* ``head60``: its first 60 characters (headline length);
* ``ro-plain``: Romanian articles with every diacritic stripped (ASCII);
* ``ro-cedilla``: Romanian articles with ``ș ț`` written as cedilla ``ş ţ``;
* ``seeds``: the files of ``seeds/`` (two Romanian ones are cedilla / plain).

For each detector and form it prints accuracy (right / all), how many texts it
left undecided (``None``: the article is skipped, which is safe) and how many
it named wrongly (the article is mis-read, which is not), then per-language
accuracy on ``full`` and ``sentence``, the confusion pairs (gold -> said), and
the time per text. With lingua installed (``pip install 'crosscheck[langid]'``)
it also measures lingua in its two modes restricted to crosscheck's languages
(``lingua-low``, ``lingua-high``), and ``lingua-wired``, what
``detect_language`` does with the extra (an all-language gate, then the
high-accuracy model, then a confidence floor), and the resident memory each
detector adds once it has read every text (detectors are measured one after
the other, so the figures are increments).

Run from the repository root::

    PYTHONPATH=src python benchmarks/langid.py [--json] [--errors N]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from crosscheck.ingest import _detect  # noqa: E402  (after the src path is set)
from crosscheck.lang import available_languages  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "benchmarks" / "newsbatch"
SEEDS = REPO / "seeds"

# A sentence ends at . ! ? or … followed by space and a capital, quote or digit.
_SENTENCE_END = re.compile(r"[.!?…][\"'»”)]?\s+(?=[\"'«“(\w])")

Detector = Callable[[str], "str | None"]


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` that is at least five words long.

    A dateline ("BENGHAZI –") or a one-word line is not a sentence of its own
    here: the article's first sentence of prose is what a feed would show.
    """
    start = 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[start : match.end()].strip()
        if len(piece.split()) >= 5:
            return piece
    return text[start:].strip()


def strip_diacritics(text: str) -> str:
    """``text`` with every combining mark removed (Romanian typed on a plain keyboard)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def to_cedilla(text: str) -> str:
    """``text`` with comma-below ``ș ț`` written as cedilla ``ş ţ`` (legacy encodings)."""
    return text.translate(str.maketrans("șțȘȚ", "şţŞŢ"))


def load_cases(data: Path) -> dict[str, list[tuple[str, str, str]]]:
    """Every form's (id, gold language, text) triples."""
    articles: list[tuple[str, str, str]] = []
    for path in sorted(data.glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    articles.append((rec["id"], rec["lang"], rec["text"]))
    forms: dict[str, list[tuple[str, str, str]]] = {
        "full": articles,
        "sentence": [(i, g, first_sentence(t)) for i, g, t in articles],
        "head60": [(i, g, t[:60]) for i, g, t in articles],
        "ro-plain": [(i, g, strip_diacritics(t)) for i, g, t in articles if g == "ro"],
        "ro-cedilla": [(i, g, to_cedilla(t)) for i, g, t in articles if g == "ro"],
    }
    expected = REPO / "tests" / "seeds_expected.json"
    if expected.exists():
        gold = json.loads(expected.read_text(encoding="utf-8"))["articles"]
        forms["seeds"] = [
            (name, info["lang"], (SEEDS / name).read_text(encoding="utf-8"))
            for name, info in sorted(gold.items())
        ]
    return forms


def rss_kib() -> int:
    """This process's resident memory in KiB (Linux), 0 when unknown."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def detectors(codes: Sequence[str]) -> dict[str, Callable[[], Detector]]:
    """How to build each detector to measure (built one after the other, for memory)."""
    found: dict[str, Callable[[], Detector]] = {
        "builtin": lambda: lambda text: _detect.builtin_language(text, codes)
    }
    try:
        from lingua import IsoCode639_1, LanguageDetectorBuilder
    except ImportError:
        print("lingua not installed: pip install 'crosscheck[langid]' to compare", file=sys.stderr)
        return found
    isos = [IsoCode639_1.from_str(code) for code in codes]

    def raw(low: bool) -> Detector:
        """Lingua restricted to our languages, no gate, no confidence floor."""
        builder = LanguageDetectorBuilder.from_iso_codes_639_1(*isos)
        if low:
            builder = builder.with_low_accuracy_mode()
        detector = builder.build()

        def run(text: str) -> str | None:
            found_language = detector.detect_language_of(text)
            return None if found_language is None else found_language.iso_code_639_1.name.lower()

        return run

    found["lingua-low"] = lambda: raw(True)
    found["lingua-high"] = lambda: raw(False)
    # What detect_language does with the extra: gate, restricted judge, confidence floor.
    found["lingua-wired"] = lambda: lambda text: _detect.lingua_language(text, codes)
    return found


def measure(
    detect: Detector, cases: Iterable[tuple[str, str, str]]
) -> tuple[list[tuple[str, str, str | None]], float]:
    """(id, gold, said) for each case, and the seconds spent detecting."""
    out = []
    spent = 0.0
    for case_id, gold, text in cases:
        start = time.perf_counter()
        said = detect(text)
        spent += time.perf_counter() - start
        out.append((case_id, gold, said))
    return out, spent


def summary(results: list[tuple[str, str, str | None]]) -> dict[str, int]:
    right = sum(1 for _, g, s in results if g == s)
    unknown = sum(1 for _, _, s in results if s is None)
    return {
        "n": len(results),
        "right": right,
        "unknown": unknown,
        "wrong": len(results) - right - unknown,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="newsbatch folder")
    parser.add_argument("--json", action="store_true", help="machine-readable figures")
    parser.add_argument(
        "--errors", type=int, default=0, help="print N wrong/unknown cases per form"
    )
    parser.add_argument(
        "--only", help="measure this detector alone (its memory figure is then not an increment)"
    )
    args = parser.parse_args(argv)
    if not any(args.data.glob("*/articles.jsonl")):
        print(f"no newsbatch data under {args.data}", file=sys.stderr)
        return 2
    codes = tuple(available_languages())
    forms = load_cases(args.data)
    report: dict[str, Any] = {}
    for name, build in detectors(codes).items():
        if args.only and name != args.only:
            continue
        before = rss_kib()
        detect = build()
        detect("warm up: caches and the first models load here, not in the timings")
        per_form: dict[str, Any] = {}
        for form, cases in forms.items():
            results, spent = measure(detect, cases)
            fig: dict[str, Any] = summary(results)
            fig["ms_per_text"] = round(1000 * spent / max(1, len(results)), 3)
            by_lang: dict[str, list[tuple[str, str, str | None]]] = collections.defaultdict(list)
            for r in results:
                by_lang[r[1]].append(r)
            fig["per_language"] = {lang: summary(rs) for lang, rs in sorted(by_lang.items())}
            fig["confusions"] = dict(
                collections.Counter(f"{g}->{s}" for _, g, s in results if s != g).most_common()
            )
            fig["errors"] = [(i, g, s) for i, g, s in results if s != g]
            per_form[form] = fig
        report[name] = {"memory_kib": rss_kib() - before, "forms": per_form}
    if args.json:
        for det in report.values():
            for fig in det["forms"].values():
                del fig["errors"]
        json.dump(report, sys.stdout, indent=1, sort_keys=True)
        print()
        return 0
    print_report(report, forms, args.errors)
    return 0


def print_report(report: dict[str, Any], forms: dict[str, Any], errors: int) -> None:
    """The tables: forms x detectors, then per language, confusions, errors."""
    names = list(report)
    print(f"{'form':<11}" + "".join(f"{n:>28}" for n in names))
    print(f"{'':<11}" + "".join(f"{'right/n  unk wrong  ms/text':>28}" for _ in names))
    for form in forms:
        row = f"{form:<11}"
        for n in names:
            f = report[n]["forms"][form]
            pct = 100 * f["right"] / max(1, f["n"])
            row += f"{pct:>8.1f}% {f['right']:>3}/{f['n']:<3} {f['unknown']:>3} {f['wrong']:>4}"
            row += f" {f['ms_per_text']:>6.2f}"
        print(row)
    print(
        "memory added, KiB RSS (increments: lingua shares models; --only NAME alone): "
        + ", ".join(f"{n} {report[n]['memory_kib']}" for n in names)
    )
    for form in ("full", "sentence", "head60"):
        print(f"\nper language, {form}: right/n (unknown, wrong)")
        langs = sorted(report[names[0]]["forms"][form]["per_language"])
        for lang in langs:
            cells = []
            for n in names:
                s = report[n]["forms"][form]["per_language"][lang]
                cells.append(f"{s['right']:>3}/{s['n']:<3}({s['unknown']},{s['wrong']})")
            print(f"  {lang:<4}" + "".join(f"{c:>28}" for c in cells))
    print("\nconfusions (gold->said: count)")
    for n in names:
        for form in forms:
            conf = report[n]["forms"][form]["confusions"]
            if conf:
                print(f"  {n:<12} {form:<11} " + ", ".join(f"{k} {v}" for k, v in conf.items()))
    if errors:
        print("\nerrors")
        texts = {(form, i): t for form, cases in forms.items() for i, _, t in cases}
        for n in names:
            for form in forms:
                for i, g, s in report[n]["forms"][form]["errors"][:errors]:
                    snippet = texts[(form, i)][:90].replace("\n", " ")
                    print(f"  {n:<12} {form:<11} {i:<22} {g}->{s}  {snippet!r}")


if __name__ == "__main__":
    raise SystemExit(main())
