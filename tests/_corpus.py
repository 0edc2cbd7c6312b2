"""What the corpus runners share: reading a corpus file and naming its cases.

Each `tests/corpus*/<lang>.toml` holds `language = "<lang>"` and a list of
`[[case]]` tables; each runner checks its own case keys. A malformed file or
case becomes a failing test, never a skip.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path
from typing import Any


def slug(text: str, width: int = 40) -> str:
    """An ASCII test id fragment from a sentence."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))[:width].rstrip("-")


def read_corpus(path: Path) -> tuple[list[Any], list[str]]:
    """The raw cases of a corpus file, or the problems that make the file unusable."""
    stem = path.stem
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return [], [f"cannot read {path.name}: {exc}"]
    problems = []
    language = data.get("language")
    if language != stem:
        problems.append(f"language = {language!r} must equal the file name {stem!r}")
    cases = data.get("case")
    if not isinstance(cases, list) or not cases:
        problems.append("the file must hold at least one [[case]]")
    unknown = sorted(set(data) - {"language", "case"})
    if unknown:
        problems.append(f"unknown top-level keys {unknown}")
    return (cases if not problems and isinstance(cases, list) else []), problems


def case_text(raw: Any, problems: list[str]) -> str:
    """A case's sentence; records a problem when it is missing or empty."""
    text = raw.get("text") if isinstance(raw, dict) else None
    if not isinstance(text, str) or not text:
        problems.append("a case needs a non-empty text")
        return ""
    return text
