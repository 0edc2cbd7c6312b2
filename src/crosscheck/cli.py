"""The ``crosscheck`` command: reports for people, annotations and exit codes for CI.

Commands: ``report`` (a report in any format), ``check`` (the CI gate:
``--fail-on``, baselines, annotations), ``diff`` (what changed between two
JSON reports) and ``schema`` (the JSON Schema of the report). Exit codes are
:class:`ExitCode`: 0 clean, 1 when ``--fail-on`` matched, 2 for a usage
error or unreadable input (including a batch in which no article could be
analysed), 3 for an internal error (a bug: please report it) or running out
of memory, 130 when interrupted (SIGINT, Ctrl-C) and 143 when terminated
(SIGTERM). An error never exits 1, so CI never mistakes a crash for
findings. Every output file is written to a temporary file beside it and
renamed into place: a failed run leaves the old file (or none), never half
a report.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from enum import IntEnum
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

import attrs

from ._atomic import replaced
from ._baseline import Baseline, baseline_json, diff
from ._codes import ArticleStatus, FindingKind
from ._errors import CrosscheckError, InputError
from ._report import Report, report
from ._version import __version__
from .claims._build import DEFAULT_TIME_BUDGET
from .ingest import load
from .ingest._load import DEFAULT_MAX_BYTES, DEFAULT_MAX_TOTAL_BYTES, parse_limit
from .lang import available_languages
from .render import FORMATS
from .render._safe import json_text, log_line


class ExitCode(IntEnum):
    """The exit status of ``crosscheck``; stable, CI jobs branch on it."""

    OK = 0  # nothing matched --fail-on
    FINDINGS = 1  # --fail-on matched (a conflict, a new conflict, a skipped input…)
    USAGE = 2  # bad arguments, unreadable input or baseline, or no article could be analysed
    INTERNAL = 3  # a bug in crosscheck (please report it), or out of memory
    INTERRUPTED = 130  # SIGINT (Ctrl-C): 128 + 2, what a shell reports for it
    TERMINATED = 143  # SIGTERM (a cancelled CI job): 128 + 15, what a shell reports for it


EXIT_OK = ExitCode.OK
EXIT_FINDINGS = ExitCode.FINDINGS
EXIT_USAGE = ExitCode.USAGE
EXIT_INTERNAL = ExitCode.INTERNAL

_EXIT_HELP = "exit codes:\n" + "\n".join(
    f"  {code.value:>3}  {text}"
    for code, text in (
        (ExitCode.OK, "clean: nothing matched --fail-on"),
        (ExitCode.FINDINGS, "--fail-on matched (see stderr for how many)"),
        (ExitCode.USAGE, "usage error, unreadable input or baseline, or no article analysed"),
        (ExitCode.INTERNAL, "internal error (a bug: please report it) or out of memory"),
        (ExitCode.INTERRUPTED, "interrupted (Ctrl-C, SIGINT); no worker process is left"),
        (ExitCode.TERMINATED, "terminated (SIGTERM); no worker process is left"),
    )
)

# What --fail-on of `check` can name: the gate's conditions, then every finding kind.
FAIL_ON = {
    "conflict": "a conflict (with --baseline: one the baseline does not know)",
    "new-conflict": "a conflict the --baseline does not know (needs --baseline)",
    "skipped": "an input that could not be analysed",
    "any": "a conflict, a quote worded differently, or a skipped input",
}


def _limit(flag: str, *, off: bool = False) -> Callable[[str], int | None]:
    """The parser of a limit flag: a whole number ("1e7", "10_000_000" too).

    With ``off``, 0 lifts the limit (None). Anything else (a fraction, a
    negative, a word, "1e30") is refused with crosscheck's message, which
    argparse turns into a usage error (exit 2), never an OverflowError.
    """

    def parse(text: str) -> int | None:
        if off and _is_zero(text):
            return None
        try:
            return parse_limit(flag, text)
        except InputError as exc:
            raise argparse.ArgumentTypeError(exc.message) from None

    return parse


def _is_zero(text: str) -> bool:
    """Whether ``text`` writes the number 0 ("0", "0_000", "0e5", "0.0")."""
    try:
        return Decimal(text.strip().replace("_", "")) == 0
    except ArithmeticError:  # "sNaN" signals on comparison; words do not parse
        return False


_max_bytes = _limit("--max-bytes")


def _time_budget(text: str) -> float | None:
    """``--time-budget``: seconds per article (a positive number; 0 turns the limit off)."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not (seconds >= 0 and seconds != float("inf")):
        raise argparse.ArgumentTypeError(f"not a number of seconds >= 0: {text[:40]!r}")
    return seconds or None


def _input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files, folders or glob patterns (.txt .md .json .jsonl); - reads JSONL from stdin",
    )
    parser.add_argument(
        "--format",
        choices=list(FORMATS),
        default="text",
        metavar="FORMAT",
        help="output format: " + "; ".join(f"{f.name}: {f.description}" for f in FORMATS.values()),
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout"
    )
    parser.add_argument(
        "--language",
        choices=available_languages(),
        help="language of inputs that declare none (default: detect)",
    )
    parser.add_argument(
        "--max-bytes",
        type=_max_bytes,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="skip files (and .jsonl lines) larger than N bytes (default: 10000000)",
    )
    parser.add_argument(
        "--max-total-bytes",
        type=_limit("--max-total-bytes", off=True),
        default=DEFAULT_MAX_TOTAL_BYTES,
        metavar="N",
        help="read files only while the batch holds at most N bytes, counted in path order "
        f"(skipped.batch_limit; default: {DEFAULT_MAX_TOTAL_BYTES}; 0: no limit)",
    )
    parser.add_argument(
        "--max-articles",
        type=_limit("--max-articles", off=True),
        default=None,
        metavar="N",
        help="analyse at most N articles, counted in id order (skipped.batch_limit; "
        "default: no limit)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="extract, align and judge in N processes (default: 1); the report is the same",
    )
    parser.add_argument(
        "--time-budget",
        type=_time_budget,
        default=DEFAULT_TIME_BUDGET,
        metavar="SECONDS",
        help=f"skip an article whose extraction takes longer (skipped.too_complex; "
        f"default: {DEFAULT_TIME_BUDGET:g}; 0: no limit)",
    )
    parser.add_argument(
        "--store",
        metavar="DB",
        help="a SQLite store of past batches: judge this batch with the stored claims "
        "(conflicts with earlier articles are found), then save it there",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Check whether news sources agree: figures, ranges, conflicts, sources.",
        epilog=_EXIT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"crosscheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    rep = sub.add_parser(
        "report",
        help="extract, align and judge the claims of a batch of articles",
        description="Read articles (files, folders, globs: .txt .md .json .jsonl), "
        "align their claims and report agreements, ranges and conflicts.",
        epilog=_EXIT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _input_options(rep)
    rep.add_argument(
        "--fail-on",
        action="append",
        default=[],
        choices=[k.value for k in FindingKind],
        metavar="KIND",
        help="exit 1 when a finding of this kind exists (repeatable; e.g. conflict)",
    )
    check = sub.add_parser(
        "check",
        help="the CI gate: fail on conflicts, new conflicts or skipped inputs; annotate files",
        description="Check a batch of articles and set the exit code for CI. With --baseline "
        "(a file from --write-baseline, or any earlier JSON report) only conflicts it does "
        "not know count as new; known ones are matched by content fingerprint, so moved "
        "text or a grown batch does not make them new. --format github/sarif/junit "
        "annotate the files.",
        epilog="--fail-on conditions:\n"
        + "\n".join(f"  {k:<13} {v}" for k, v in FAIL_ON.items())
        + "\n\n"
        + _EXIT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _input_options(check)
    check.add_argument(
        "--fail-on",
        action="append",
        default=[],
        choices=[*FAIL_ON, *(k.value for k in FindingKind if k.value not in FAIL_ON)],
        metavar="WHAT",
        help="exit 1 on: conflict (default), new-conflict, skipped, any, or a finding kind; "
        "repeatable. With --baseline, only what it does not know counts",
    )
    check.add_argument(
        "--baseline",
        metavar="FILE",
        help="known findings: a --write-baseline file or an earlier JSON report",
    )
    check.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="write this batch's findings as a baseline for later runs",
    )
    check.add_argument(
        "--save",
        action="append",
        default=[],
        metavar="FORMAT:FILE",
        help="also write the report in FORMAT to FILE, from the same run (repeatable; "
        "e.g. sarif:crosscheck.sarif junit:junit.xml)",
    )
    check.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit 0 even when --fail-on matched (errors still exit 2 or 3)",
    )
    dif = sub.add_parser(
        "diff",
        help="findings that appeared, disappeared or changed between two JSON reports",
        description="Compare two JSON reports (crosscheck report --format json) by "
        "content fingerprint: findings that appeared, disappeared or changed.",
        epilog=_EXIT_HELP.replace(
            "--fail-on matched (see stderr for how many)", "with --exit-code: the reports differ"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    dif.add_argument("old", metavar="OLD.json", help="the earlier JSON report")
    dif.add_argument("new", metavar="NEW.json", help="the later JSON report")
    dif.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    dif.add_argument("--exit-code", action="store_true", help="exit 1 when the reports differ")
    store = sub.add_parser(
        "store",
        help="inspect or prune a --store database: stats, list, forget",
        description="Inspect or prune the SQLite store that report/check --store DB keep: "
        "stats (counts, schema version), list (batches, or articles with --articles), "
        "forget (remove articles, by id or by batch, with their claims).",
    )
    store.add_argument("action", choices=("stats", "list", "forget"), help="what to do")
    store.add_argument("db", metavar="DB", help="the store file")
    store.add_argument("ids", nargs="*", metavar="ARTICLE", help="forget: article ids")
    store.add_argument("--batch", type=int, metavar="N", help="forget: every article of batch N")
    store.add_argument(
        "--articles", action="store_true", help="list: the stored articles, not the batches"
    )
    store.add_argument("--json", action="store_true", help="print JSON instead of text")
    sub.add_parser(
        "schema",
        help="print the JSON Schema of the JSON report",
        description="Print the JSON Schema (draft 2020-12) that every JSON report validates "
        "against.",
    )
    return parser


def _stdin_batch(paths: Sequence[str], tmp: Path) -> list[str]:
    """The paths with ``-`` replaced by a file holding standard input's JSONL."""
    if "-" not in paths:
        return list(paths)
    target = tmp / "stdin.jsonl"
    target.write_bytes(sys.stdin.buffer.read())
    return [str(target) if p == "-" else p for p in paths]


# Batches smaller than this finish before a progress line would help.
PROGRESS_MIN_ARTICLES = 50


def _progress_line(stream: TextIO) -> Callable[[int, int], None] | None:
    """A callback drawing "extracting N/M articles" on a terminal; None when piped.

    CI logs and redirected output get nothing: a progress line there is noise.
    """
    if not stream.isatty():
        return None

    def draw(done: int, total: int) -> None:
        if total < PROGRESS_MIN_ARTICLES:
            return
        end = "\n" if done == total else ""
        stream.write(f"\rextracting claims: {done}/{total} articles{end}")
        stream.flush()

    return draw


def _run(args: argparse.Namespace) -> Report:
    with tempfile.TemporaryDirectory(prefix="crosscheck-") as tmp:
        paths = _stdin_batch(args.paths, Path(tmp))
        loaded = load(
            paths,
            language=args.language,
            max_bytes=args.max_bytes,
            max_articles=args.max_articles,
            max_total_bytes=args.max_total_bytes,
        )
        if "-" in args.paths:
            # Standard input is named "-" in the report and the store, never by
            # the temporary file it was read through.
            stdin = str(Path(tmp) / "stdin.jsonl")
            loaded = attrs.evolve(
                loaded,
                articles=tuple(
                    attrs.evolve(a, path="-") if a.path == stdin else a for a in loaded.articles
                ),
                records=tuple(
                    attrs.evolve(r, path="-") if r.path == stdin else r for r in loaded.records
                ),
            )
        return report(
            loaded,
            workers=args.workers,
            store=args.store,
            progress=_progress_line(sys.stderr),
            time_budget=args.time_budget,
        )


def _replace_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` in place of ``path``, whole or not at all (see :func:`replaced`)."""
    with replaced(path) as out:
        out.write(data)


def _write(text: str, output: str | None) -> bool:
    """Write ``text`` to ``output`` (atomically) or to standard output; False on an OSError.

    The renderers escape lone surrogates; ``backslashreplace`` is the last
    guard, so text that no codec can write never becomes a crash.
    """
    if output:
        try:
            _replace_atomically(Path(output), text.encode("utf-8", "backslashreplace"))
        except OSError as exc:
            print(f"crosscheck: error: cannot write {output}: {exc}", file=sys.stderr)
            return False
    else:
        encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
        sys.stdout.write(text.encode(encoding, "backslashreplace").decode(encoding))
    return True


def _matched(result: Report, fail_on: Sequence[str], baseline: Baseline | None) -> list[str]:
    """One line per --fail-on condition that matched: what and how many.

    With a baseline, every condition counts only what the baseline does not
    know: conflicts by :meth:`Baseline.is_new_conflict`, other findings by
    fingerprint, skipped inputs by id and reason.
    """
    known = baseline or Baseline()
    conflicts = known.new_conflicts(result)
    findings = [f for f in result.findings if known.is_new(result, f)]
    skipped = [
        r for r in result.articles if r.status != ArticleStatus.OK and not known.knows_skip(r)
    ]
    variants = [f for f in findings if f.kind == FindingKind.QUOTE_VARIANT]
    lines = []
    for what in dict.fromkeys(fail_on):
        if what in ("conflict", "new-conflict"):
            n = len(conflicts)
        elif what == "skipped":
            n = len(skipped)
        elif what == "any":
            n = len(conflicts) + len(variants) + len(skipped)
        else:
            n = sum(1 for f in findings if what in (f.kind, *f.facets))
        if n:
            lines.append(f"{n} {'new ' if baseline else ''}{what.removeprefix('new-')}")
    return lines


def _saves(specs: Sequence[str]) -> list[tuple[str, str]] | str:
    """The --save FORMAT:FILE pairs, or the message of the first bad one."""
    pairs = []
    for spec in specs:
        name, sep, path = spec.partition(":")
        if not sep or not path or name not in FORMATS:
            return f"--save {spec!r}: expected FORMAT:FILE with FORMAT one of {', '.join(FORMATS)}"
        pairs.append((name, path))
    return pairs


def _check(args: argparse.Namespace, result: Report) -> ExitCode:
    baseline = Baseline.load(args.baseline) if args.baseline else None
    if baseline is None and "new-conflict" in args.fail_on:
        print("crosscheck: error: --fail-on new-conflict needs --baseline FILE", file=sys.stderr)
        return ExitCode.USAGE
    if args.write_baseline and not _write(baseline_json(result), args.write_baseline):
        return ExitCode.USAGE
    fail_on = args.fail_on or ["conflict"]
    matched = _matched(result, fail_on, baseline)
    if not matched:
        return ExitCode.OK
    print(f"crosscheck: --fail-on matched: {', '.join(matched)}", file=sys.stderr)
    return ExitCode.OK if args.exit_zero else ExitCode.FINDINGS


def _diff_text(changes: dict[str, list[dict[str, Any]]]) -> str:
    marks = {"appeared": "+", "disappeared": "-"}
    out = []
    for section, mark in marks.items():
        for f in changes[section]:
            out.append(f"{mark} {f['kind']} [{f['fingerprint']}] {f['explanation']}")
    for c in changes["changed"]:
        what = "; ".join(f"{k}: {a} -> {b}" for k, (a, b) in c["changes"].items())
        out.append(f"~ {c['new']['kind']} [{c['new']['fingerprint']}] {what}")
        out.append(f"    {c['new']['explanation']}")
    out = [log_line(line) for line in out]  # explanations quote article text
    counts = {k: len(v) for k, v in changes.items()}
    out.append(
        f"{counts['appeared']} appeared, {counts['disappeared']} disappeared, "
        f"{counts['changed']} changed"
    )
    return "\n".join(out) + "\n"


def _diff(args: argparse.Namespace) -> ExitCode:
    changes = diff(Report.from_json(Path(args.old)), Report.from_json(Path(args.new)))
    if args.format == "json":
        _write(json_text(json.dumps(changes, ensure_ascii=False, indent=2)) + "\n", None)
    else:
        _write(_diff_text(changes), None)
    differ = any(changes.values())
    return ExitCode.FINDINGS if differ and args.exit_code else ExitCode.OK


def _store(args: argparse.Namespace) -> ExitCode:
    from ._store import Store

    if args.action != "forget" and (args.ids or args.batch is not None):
        print("crosscheck: error: article ids and --batch are for forget", file=sys.stderr)
        return ExitCode.USAGE
    if args.action == "forget" and not args.ids and args.batch is None:
        print("crosscheck: error: forget needs article ids or --batch N", file=sys.stderr)
        return ExitCode.USAGE
    if args.action != "forget" and not Path(args.db).is_file():
        print(f"crosscheck: error: no store at {args.db}", file=sys.stderr)
        return ExitCode.USAGE
    with Store(args.db) as db:
        data: Any
        if args.action == "stats":
            data = db.stats()
            text = "\n".join(f"{k}: {v}" for k, v in data.items())
        elif args.action == "list" and args.articles:
            data = db.articles()
            text = "\n".join(
                f"{a['id']}  batch {a['batch']}  {a['claims']} claims  "
                f"{a['published'] or '-'}  {a['path'] or '-'}"
                for a in data
            )
        elif args.action == "list":
            data = [attrs.asdict(b) for b in db.batches()]
            text = "\n".join(
                f"batch {b['id']}  {b['created']}  crosscheck {b['crosscheck_version']}  "
                f"{b['articles']} articles  {b['claims']} claims  {b['findings']} findings  "
                f"{b['conflicts']} conflicts"
                for b in data
            )
        else:
            data = {"forgotten": db.forget(args.ids, batch=args.batch)}
            text = f"forgot {data['forgotten']} article(s)"
    if args.json:
        _write(json_text(json.dumps(data, ensure_ascii=False, indent=2)) + "\n", None)
    elif text:
        _write("\n".join(log_line(line) for line in text.split("\n")) + "\n", None)
    return ExitCode.OK


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so clean-up (the worker pool's) runs.

    A ``BaseException``, like ``KeyboardInterrupt``: no ``except Exception``
    on the way may take it for an error.
    """


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise _Terminated


@contextlib.contextmanager
def _sigterm_raises() -> Iterator[None]:
    """While the command runs, SIGTERM raises :class:`_Terminated` (main thread only).

    By default SIGTERM ends the process at once, leaving worker processes
    running; raised as an exception, it unwinds through the worker pool,
    which terminates and reaps them (see :mod:`crosscheck._pool`).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (an :class:`ExitCode`).

    Errors never return :attr:`ExitCode.FINDINGS`: bad input is
    :attr:`~ExitCode.USAGE`, a bug or running out of memory
    :attr:`~ExitCode.INTERNAL`, Ctrl-C :attr:`~ExitCode.INTERRUPTED` and
    SIGTERM :attr:`~ExitCode.TERMINATED`, each with one line on stderr.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return ExitCode.USAGE
    try:
        with _sigterm_raises():
            return _command(args)
    except KeyboardInterrupt:
        print("crosscheck: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except _Terminated:
        print("crosscheck: terminated (SIGTERM)", file=sys.stderr)
        return ExitCode.TERMINATED


def _command(args: argparse.Namespace) -> int:
    """Run one parsed command: its exit code; errors become a message and a code."""
    try:
        if args.command == "schema":
            from ._schema import json_schema

            sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")
            return ExitCode.OK
        if args.command == "diff":
            return _diff(args)
        if args.command == "store":
            return _store(args)
        saves = _saves(getattr(args, "save", []))
        if isinstance(saves, str):
            print(f"crosscheck: error: {saves}", file=sys.stderr)
            return ExitCode.USAGE
        result = _run(args)
        if not _write(FORMATS[args.format].render(result), args.output):
            return ExitCode.USAGE
        for name, path in saves:
            if not _write(FORMATS[name].render(result), path):
                return ExitCode.USAGE
        if result.summary()["articles_ok"] == 0:
            print(
                "crosscheck: error: no input could be analysed (see skip reasons)",
                file=sys.stderr,
            )
            return ExitCode.USAGE
        if args.command == "check":
            return _check(args, result)
    except CrosscheckError as exc:
        print(f"crosscheck: error: {log_line(str(exc))}", file=sys.stderr)
        return ExitCode.USAGE
    except MemoryError:
        print(
            "crosscheck: error: out of memory; analyse fewer or smaller inputs "
            "(--max-bytes, --max-total-bytes, --max-articles, or split the batch)",
            file=sys.stderr,
        )
        return ExitCode.INTERNAL
    except Exception as exc:  # a bug; CI must not mistake it for "findings"
        print(
            f"crosscheck: internal error: {type(exc).__name__}: {log_line(str(exc))}",
            file=sys.stderr,
        )
        return ExitCode.INTERNAL
    matched = [f for f in result.findings if {f.kind, *f.facets} & set(args.fail_on)]
    if matched:
        print(
            f"crosscheck: {len(matched)} finding(s) of kind {', '.join(sorted(set(args.fail_on)))}",
            file=sys.stderr,
        )
        return ExitCode.FINDINGS
    return ExitCode.OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
