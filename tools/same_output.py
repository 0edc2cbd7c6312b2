"""Dump what extraction gives on every text at hand, to compare two trees byte for byte.

    PYTHONPATH=/tmp/base/src python tools/same_output.py /tmp/base.out
    PYTHONPATH=src python tools/same_output.py /tmp/new.out
    cmp /tmp/base.out /tmp/new.out

A change meant to make extraction faster must not change what it gives. This
writes one line per text with ``repr(find_quantities(text, language))`` (or the
error it raised), then the JSON of ``report`` on the newsbatch articles and on
the probe set, so that ``cmp`` of the dumps of the tree before a change and
after it tells whether anything moved. The texts, about 2,800:

* every newsbatch article (``../shared/benchmarks/newsbatch/``, skipped when
  absent) and every probe article (``benchmarks/probes/``), each with its
  language and with none (the language detected);
* every case of the test corpora (``tests/corpus*/<lang>.toml``, the 13
  languages), with the corpus's language;
* the live blog of ``benchmarks/hostile.py`` (400 figures).

``--no-reports`` leaves out the two reports (they take most of the time).
The crosscheck imported is the one ``PYTHONPATH`` names, else this checkout's
``src``. Prints how many texts it read; exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tomllib
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
NEWSBATCH = REPO.parent / "shared" / "benchmarks" / "newsbatch"
PROBES = REPO / "benchmarks" / "probes"

if not any(
    (Path(p) / "crosscheck" / "__init__.py").is_file()
    for p in os.environ.get("PYTHONPATH", "").split(os.pathsep)
    if p
):
    sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from hostile import live_blog  # noqa: E402

import crosscheck  # noqa: E402


def _article_files() -> tuple[list[Path], list[Path]]:
    """The newsbatch article files and the probe article files."""
    news = sorted(NEWSBATCH.glob("*/articles.jsonl"))
    probes = sorted(p for p in PROBES.glob("*.jsonl") if p.name != "relations.jsonl")
    return news, probes


def _records(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def texts() -> list[tuple[str, str | None]]:
    """Every text to read, with the language to read it in (None: detected)."""
    news, probes = _article_files()
    out: list[tuple[str, str | None]] = []
    for path in news + probes:
        for record in _records(path):
            lang = record.get("lang") or record.get("language")
            for key in ("title", "text"):
                value = record.get(key)
                if isinstance(value, str):
                    out += [(value, lang), (value, None)]
    for path in sorted(REPO.glob("tests/corpus*/*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data.get("case", []):
            if isinstance(case.get("text"), str):
                out.append((case["text"], data.get("language")))
    out.append((live_blog(), "en"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the file to write the dump to")
    parser.add_argument("--no-reports", action="store_true", help="leave out the two reports")
    args = parser.parse_args(argv)
    read = texts()
    with args.out.open("w", encoding="utf-8") as out:
        for text, lang in read:
            try:
                line = repr(crosscheck.find_quantities(text, language=lang))
            except Exception as exc:  # an error is an output too
                line = f"ERR {type(exc).__name__} {exc}"
            out.write(line + "\n")
        if not args.no_reports:
            for files in _article_files():
                if files:
                    out.write(crosscheck.report([str(p) for p in files]).to_json() + "\n")
    print(f"{len(read)} texts, crosscheck from {Path(crosscheck.__file__).parent}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
