"""The output formats: one table, read by the command line and by ``Report.render``.

Each :class:`Format` names a renderer ``Report -> str``, the file suffix a
report of that kind is saved with, its media type and a one-line
description (the ``--format`` help). A new format is one new module in
``render/`` plus one entry in :data:`FORMATS`; the CLI's ``--format``
choices and ``Report.render`` follow the table, so nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from ._github import to_github
from ._html import to_html
from ._json import to_json
from ._junit import to_junit
from ._sarif import to_sarif_json
from ._text import to_markdown, to_text

if TYPE_CHECKING:
    from .._report import Report


@attrs.frozen
class Format:
    """One output format: its name, renderer, file suffix, media type and description."""

    name: str
    render: Callable[[Report], str]
    suffix: str
    media_type: str
    description: str


def _json(report: Report) -> str:
    return to_json(report)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("text", to_text, ".txt", "text/plain", "a readable summary (default)"),
        Format("json", _json, ".json", "application/json", "the full report, stable schema"),
        Format(
            "markdown",
            to_markdown,
            ".md",
            "text/markdown",
            "a Markdown document (a CI job summary)",
        ),
        Format(
            "github",
            to_github,
            ".txt",
            "text/plain",
            "GitHub Actions workflow commands: one annotation per figure of a finding",
        ),
        Format(
            "sarif",
            to_sarif_json,
            ".sarif",
            "application/sarif+json",
            "SARIF 2.1.0: a result per finding, a location per figure (code scanning)",
        ),
        Format(
            "junit",
            to_junit,
            ".xml",
            "application/xml",
            "JUnit XML: a test case per quantity, a failure per conflict",
        ),
        Format(
            "html",
            to_html,
            ".html",
            "text/html",
            "one self-contained HTML page: a chart per quantity, a timeline per running toll",
        ),
    )
}
"""Every output format by name, in ``--format`` order."""


def render(report: Report, name: str) -> str:
    """The report in format ``name`` (a key of :data:`FORMATS`); KeyError when unknown."""
    return FORMATS[name].render(report)
