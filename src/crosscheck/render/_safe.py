"""One home for escaping untrusted text (article ids, quotes, sources, paths) on its way out.

Article text is written by strangers and read in terminals, CI logs,
Markdown job summaries and browsers. Raw, it can clear a screen or colour a
log (ESC and the ANSI sequences it starts), overwrite a line (CR), print a
fake report line (a line break), reverse what a reader sees (bidi overrides
U+202A–U+202E and isolates U+2066–U+2069), or crash a UTF-8 writer (a lone
surrogate). Every output format escapes through this module:

- :func:`printable`: text for a terminal or a log. Line breaks and tabs
  become a space (a quote broken over two lines reads as one); every other
  control character, DEL, C1 control, bidi control, noncharacter U+FFFE/FFFF
  and lone surrogate becomes a visible escape (``\\x1b``, ``\\u202e``), so
  ``ESC[2J`` is shown as the text ``\\x1b[2J`` and does nothing.
- :func:`log_line`: :func:`printable`, and no CI runner can read the line
  as a command: GitHub Actions runs ``::command::`` at the start of a line
  (after leading spaces), Azure Pipelines and TeamCity ``##vso[``, ``##[``
  and ``##teamcity[`` anywhere in it; the marker is broken with a
  backslash (``\\::error``, ``#\\#vso[``). For a line of a log or terminal report whose
  text came from articles (the text format's wrapped lines, stderr).
- :func:`markdown`: :func:`printable`, then HTML-escaped, then Markdown
  punctuation backslash-escaped: no markup, link, code span or table cell
  break can come from article text.
- :func:`html_text`: :func:`printable`, then HTML-escaped (quotes too, so it
  is safe inside attribute values).

The escapes only add printable ASCII, so escaping twice gives the same
visible text and the result always encodes as UTF-8 (and as XML 1.0).
"""

from __future__ import annotations

import html
import re

# Line breaks and tabs: a space. CR LF is one break; a lone CR is escaped (it rewrites a line).
_BREAK = re.compile("\r\n|[\t\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

# Everything else that acts instead of showing: C0 and C1 controls, DEL, bidi embeddings,
# overrides and isolates, noncharacters XML cannot hold, and lone surrogates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]")

_NAMED = {"\r": "\\r", "\x00": "\\0"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    r"""``text`` safe to print on one line: breaks as spaces, controls as visible escapes.

    ESC ``[2J``, CR, U+202E and LF in ``"a\x1b[2J\rb\u202ec\nd"`` come out as the
    visible text ``a\x1b[2J\rb\u202ec d``.
    """
    if text.isprintable():  # the common case: nothing to do
        return text
    return _UNSAFE.sub(_escape, _BREAK.sub(" ", text))


# A workflow command: "::" first on the line, after blanks (GitHub's runner trims them).
_GITHUB_COMMAND = re.compile(r"^(\s*):(?=:)")
# Azure Pipelines and TeamCity logging commands, read anywhere in a line.
_OTHER_COMMAND = re.compile(r"(?<=#)#(?=vso\[|\[|teamcity\[)", re.IGNORECASE)


def log_line(line: str) -> str:
    """One line of a log or terminal report, inert: :func:`printable`, no CI command.

    Apply to a whole output line (after wrapping): only there is its start known.
    """
    line = printable(line)
    if "::" in line:
        line = _GITHUB_COMMAND.sub(r"\1\\:", line)
    if "##" in line:
        line = _OTHER_COMMAND.sub(r"\\#", line)
    return line


# Markdown punctuation that can start markup, a link, a code span, a heading or a table cell.
_MD_SPECIAL = {c: "\\" + c for c in "\\`*_[]<>|#!~"}


def markdown(text: str) -> str:
    """``text`` as inert Markdown (CommonMark and GitHub Flavored): shown, never interpreted."""
    escaped = html.escape(printable(text), quote=False)
    return "".join(_MD_SPECIAL.get(c, c) for c in escaped)


def html_text(text: str) -> str:
    """``text`` as HTML character data or an attribute value: shown, never interpreted."""
    return html.escape(printable(text), quote=True)


def json_text(text: str) -> str:
    """JSON text made writable as UTF-8: each lone surrogate as its ``\\uXXXX`` escape.

    ``json.dumps(..., ensure_ascii=False)`` leaves a lone surrogate (legal in
    a Python ``str``, e.g. from a JSON ``"\\ud800"`` escape) raw, and no UTF-8
    writer can write it. Surrogates only occur inside JSON strings, where the
    escape means the same character, so the data round-trips unchanged.
    """
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
