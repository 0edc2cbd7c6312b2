"""Shared fixtures of the CI-gate tests: the seeds copied, and edited copies of them."""

from __future__ import annotations

import shutil
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Unrelated sentences, written for these tests, one per seed language.
UNRELATED = {
    "ro": "Vremea a fost însorită în weekend la Cluj, iar piețele au fost pline.",
    "it": "Il tempo è stato soleggiato nel fine settimana e i mercati erano affollati.",
}


def copy_seeds(target: Path) -> Path:
    """The seed articles (only the articles) copied into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, target / path.name)
    return target


def insert_at_top(path: Path, sentence: str) -> None:
    """Put ``sentence`` as the first paragraph of the body (after a ` date …` header line)."""
    text = path.read_text(encoding="utf-8")
    if text.startswith(" date "):
        # " date YYYY-MM-DD <first sentence…>": keep the header, start a new paragraph
        prefix = " date " + text[len(" date ") :].split(" ", 1)[0] + " "
        body = text[len(prefix) :]
        path.write_text(prefix + sentence + "\n\n" + body, encoding="utf-8")
    else:
        path.write_text(sentence + "\n\n" + text, encoding="utf-8")
