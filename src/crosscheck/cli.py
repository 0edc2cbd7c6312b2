"""The ``crosscheck`` command: reports for people and exit codes for CI.

Exit codes: 0 clean, 1 when ``--fail-on`` matched a finding, 2 for a usage
error or unreadable input (including a batch in which no article could be
analysed), 3 for an internal error (a bug: please report it).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ._codes import FindingKind
from ._errors import CrosscheckError
from ._report import report
from ._version import __version__
from .ingest._load import DEFAULT_MAX_BYTES
from .lang import available_languages

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Check whether news sources agree: figures, ranges, conflicts, sources.",
    )
    parser.add_argument("--version", action="version", version=f"crosscheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    rep = sub.add_parser(
        "report",
        help="extract, align and judge the claims of a batch of articles",
        description="Read articles (files, folders, globs: .txt .md .json .jsonl), "
        "align their claims and report agreements, ranges and conflicts.",
    )
    rep.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or glob patterns")
    rep.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="output format (default: text)",
    )
    rep.add_argument(
        "-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout"
    )
    rep.add_argument(
        "--fail-on",
        action="append",
        default=[],
        choices=[k.value for k in FindingKind],
        metavar="KIND",
        help="exit 1 when a finding of this kind exists (repeatable; e.g. conflict)",
    )
    rep.add_argument(
        "--language",
        choices=available_languages(),
        help="language of inputs that declare none (default: detect)",
    )
    rep.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="skip files larger than N bytes (default: 10000000)",
    )
    rep.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="extract claims in N processes (default: 1); the report is the same",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        result = report(
            args.paths, language=args.language, max_bytes=args.max_bytes, workers=args.workers
        )
    except CrosscheckError as exc:
        print(f"crosscheck: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # a bug; CI must not mistake it for "findings"
        print(f"crosscheck: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    if args.format == "json":
        out = result.to_json()
    elif args.format == "markdown":
        out = result.to_markdown()
    else:
        out = str(result)
    if args.output:
        try:
            Path(args.output).write_text(out, encoding="utf-8")
        except OSError as exc:
            print(f"crosscheck: error: cannot write {args.output}: {exc}", file=sys.stderr)
            return EXIT_USAGE
    else:
        sys.stdout.write(out)
    if result.summary()["articles_ok"] == 0:
        print("crosscheck: error: no input could be analysed (see skip reasons)", file=sys.stderr)
        return EXIT_USAGE
    matched = [f for f in result.findings if {f.kind, *f.facets} & set(args.fail_on)]
    if matched:
        print(
            f"crosscheck: {len(matched)} finding(s) of kind {', '.join(sorted(set(args.fail_on)))}",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
