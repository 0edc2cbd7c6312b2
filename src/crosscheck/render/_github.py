"""GitHub Actions workflow commands: one annotation per figure of a finding worth a look.

Each figure of a conflict (and of a quote worded differently) becomes a
``::warning file=…,line=…,col=…::`` line pointing at the figure in its file
(for ``.jsonl`` input, at the line of its record); each skipped input a
warning on its file. Article text is untrusted: every value is escaped the
way GitHub's own toolkit does (``%``, CR and LF in messages; also ``:`` and
``,`` in properties), and the other line breaks are escaped too, so a
quote holding ``\\n::error::…`` stays inside its own annotation and cannot
forge another. What is left that a log would act on (ESC and ANSI
sequences, a lone CR's kin, bidi overrides) is shown as a visible escape by
:func:`~crosscheck.render._safe.printable`, as in every text format.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._codes import FindingKind
from ._ci import LEVELS, cited, opposed, paths, skipped, title
from ._safe import printable

if TYPE_CHECKING:
    from .._report import Report

_DATA = {"%": "%25", "\r": "%0D", "\n": "%0A"}
# Other characters some readers treat as line ends: escaped so no line can begin inside a value.
_BREAKS = {c: f"%{ord(c):02X}" for c in "\x0b\x0c\x1c\x1d\x1e\x85"} | {
    "\u2028": "%E2%80%A8",
    "\u2029": "%E2%80%A9",
}
_PROPERTY = _DATA | _BREAKS | {":": "%3A", ",": "%2C"}
_MESSAGE = _DATA | _BREAKS


def escape_data(text: str) -> str:
    """A message value, escaped for a workflow command."""
    return printable("".join(_MESSAGE.get(c, c) for c in text))


def escape_property(text: str) -> str:
    """A property value (file, title), escaped for a workflow command."""
    return printable("".join(_PROPERTY.get(c, c) for c in text))


def command(
    level: str,
    message: str,
    *,
    file: str | None = None,
    line: int | None = None,
    col: int | None = None,
    end_column: int | None = None,
    title: str | None = None,
) -> str:
    """One ``::level props::message`` line, every value escaped."""
    props = [
        (k, v)
        for k, v in (
            ("file", file),
            ("line", line),
            ("col", col),
            ("endColumn", end_column),
            ("title", title),
        )
        if v is not None
    ]
    head = ",".join(f"{k}={escape_property(str(v))}" for k, v in props)
    return f"::{level}{' ' + head if head else ''}::{escape_data(message)}"


def _end(column: int | None, text: str) -> int | None:
    """The column just past a figure that sits on one line."""
    return None if column is None or "\n" in text else column + len(text)


def to_github(report: Report) -> str:
    """Annotations for GitHub Actions: conflicts and quote variants per figure, skipped inputs."""
    where = paths(report)
    out: list[str] = []
    for finding in report.findings:
        level = LEVELS.get(finding.kind)
        if level is None:
            continue
        on_sides = {c for s in finding.sides for c in s.claims}
        verb = "conflicts with" if finding.kind == FindingKind.CONFLICT else "differs from"
        for cid in finding.claim_ids:
            if on_sides and cid not in on_sides:
                continue  # a bridging figure: on no side of the conflict
            claim = report.claim(cid)
            path = where.get(claim.article)
            others = "; ".join(cited(c) for c in opposed(report, finding, claim))
            out.append(
                command(
                    level,
                    f"{cited(claim)} {verb} {others} [finding {finding.fingerprint or finding.id}]",
                    file=path,
                    line=claim.line if path else None,  # a line means nothing without a file
                    col=claim.column if path else None,
                    end_column=_end(claim.column, claim.text) if path else None,
                    title=f"crosscheck {title(finding)}",
                )
            )
    for article, path, line, reason, detail in skipped(report):
        out.append(
            command(
                "warning",
                f"{article}: not analysed: {detail or reason}",
                file=path,
                line=line,
                title=f"crosscheck {reason}",
            )
        )
    return "".join(line + "\n" for line in out)
