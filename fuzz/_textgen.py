"""Turn fuzzer bytes into article-like text (shared by the atheris harnesses).

Random bytes almost never spell "între 1 și 2 mii de soldați", so the bytes
are read as a small program over a vocabulary: the words of every language
data file (number words, units, qualifiers, months, attribution cues, ...),
numbers written in many formats, and the characters that break text
handling (quotes of every kind, dashes, digit sets, bidi marks, control
characters, lone surrogates). libFuzzer's mutations on the bytes then become
insertions, deletions and swaps of words, so coverage grows on the paths
that real articles take.

Byte encoding, one item at a time:

- ``0x00-0x7f``: that ASCII character;
- ``0x80-0xbf``: one of 64 special characters (``SPECIALS``);
- ``0xc0-0xff`` plus the next byte: a vocabulary word and a space, index
  ``((b - 0xc0) << 8 | next) % len(vocabulary)``.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterator
from pathlib import Path

import crosscheck.lang

LANG_DIR = Path(crosscheck.lang.__file__).resolve().parent

# 64 characters that text code gets wrong: quotes, dashes, spaces, digit
# sets, bidi controls, C0/C1 controls, combining marks, lone surrogates.
SPECIALS: tuple[str, ...] = (
    "\u201e",
    "\u201c",
    "\u201d",
    "\u00ab",
    "\u00bb",
    "\u2018",
    "\u2019",
    "\u201a",
    "\u2039",
    "\u203a",
    "\u300c",
    "\u300d",
    '"',
    "'",
    "\u2013",
    "\u2014",
    "\u2212",
    "\u00a0",
    "\u202f",
    "\u2009",
    "\u3000",
    "\u200b",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2069",
    "\u0660",
    "\u0661",
    "\u0665",
    "\u0669",
    "\u066b",
    "\u066c",
    "\u06f5",
    "\u0966",
    "\u4e00",
    "\u4e07",
    "\u5343",
    "\u5104",
    "\uff11",
    "\uff10",
    "\u00bd",
    "\u00b2",
    "\x00",
    "\x1b",
    "\r",
    "\x0b",
    "\x0c",
    "\x85",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u0301",
    "\u0327",
    "\ud800",
    "\udfff",
    "\U0001f600",
    "\u0131",
    "\u0130",
)
assert len(SPECIALS) == 64

# Numbers as articles write them: grouped, decimal, ranges, signs, words.
NUMBERS: tuple[str, ...] = (
    "0",
    "1",
    "2",
    "12",
    "100",
    "1000",
    "1.000",
    "1,000",
    "1 000",
    "1\u00a0000",
    "1\u202f000",
    "12.345.678",
    "12,345,678",
    "1'000",
    "3,5",
    "3.5",
    "0,25",
    ".5",
    "1.5.2",
    "1,2,3",
    "10-20",
    "10\u201320",
    "10 - 20",
    "2020-2021-2022",
    "1-2-3-4",
    "-5",
    "+5",
    "5%",
    "5 %",
    "$5",
    "5$",
    "\u20ac5",
    "5\u20ac",
    "5 mln",
    "5mn",
    "5bn",
    "5k",
    "1e9",
    "1E+99",
    "99999999999999999999999999",
    "0000001",
    "1/2",
    "3\u00bd",
    "\u0661\u0662\u0663",
    "\u0661\u066c\u0662\u0660\u0660",
    "\u0663\u066b\u0665",
    "\u06f1\u06f2",
    "\uff11\uff12\uff13",
    "\u4e09\u5343",
    "\u4e00\u4e07",
    "15 august 2022",
    "2022-08-15",
    "15.08.2022",
    "08/15/2022",
    "15/08/22",
    "2022",
    "12:30",
    "24 februarie",
    "March 3",
    "3rd",
    "1st",
    "21-lea",
    "#5",
    "No. 5",
)


def _strings(node: object, out: set[str]) -> None:
    if isinstance(node, str):
        word = node.strip().rstrip("*")
        if word:
            out.add(word)
    elif isinstance(node, dict):
        for key, value in node.items():
            if not key.isascii() or not key.isidentifier() or len(key) > 3:
                # keys of word tables are words ("două" = 2); section names are not
                _strings(key, out)
            _strings(value, out)
    elif isinstance(node, list):
        for item in node:
            _strings(item, out)


@functools.cache
def vocabulary(language: str) -> tuple[str, ...]:
    """The words of ``language``'s data file and of the concepts, plus ``NUMBERS``."""
    words: set[str] = set()
    for name in (f"{language}.toml", "concepts.toml"):
        path = LANG_DIR / name
        if path.exists():
            with path.open("rb") as handle:
                _strings(tomllib.load(handle), words)
    return tuple(sorted(words)) + NUMBERS


def _items(data: bytes, vocab: tuple[str, ...]) -> Iterator[str]:
    i = 0
    while i < len(data):
        b = data[i]
        i += 1
        if b < 0x80:
            yield chr(b)
        elif b < 0xC0:
            yield SPECIALS[b - 0x80]
        else:
            nxt = data[i] if i < len(data) else 0
            i += 1
            yield vocab[((b - 0xC0) << 8 | nxt) % len(vocab)] + " "


def text_from(data: bytes, language: str) -> str:
    """The text the bytes spell in ``language``'s vocabulary (may hold lone surrogates)."""
    return "".join(_items(data, vocabulary(language)))


def warm_up() -> None:
    """Load the language detector's models before fuzzing starts.

    Lingua loads its models on the first text of each script (seconds on a
    busy machine): that first input would otherwise be reported as a timeout.
    """
    from crosscheck.ingest import detect_language

    samples = (
        "the troops were sent",
        "conteggio delle vittime",
        "soldații au fost trimiși",
        "les soldats ont été envoyés",
        "die Soldaten wurden geschickt",
        "солдаты были отправлены",
        "أرسلت القوات",
        "部队",
    )
    for sample in samples:
        detect_language(sample)
