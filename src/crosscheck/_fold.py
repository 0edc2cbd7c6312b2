"""Length-preserving text folding for matching.

Matching runs on a folded copy of the text (lower case, diacritics removed,
cedilla and comma-below letters merged, typographic quotes and dashes unified,
every digit script read as ASCII digits)
that has exactly the same length as the original, so an offset found in the
folded text is an offset in the original. That is what lets every claim point
back into the article with ``text[start:end]``.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_SPECIAL = {
    "\u2019": "'",  # right single quote, used as apostrophe in Italian
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2212": "-",  # minus sign
    "\u2010": "-",
    "\u2011": "-",
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",  # thin space
    "\u00df": "s",  # sharp s folds to one letter to keep the length
    "\u0131": "i",  # dotless i
    # Arabic script punctuation folds to its Latin twin, so that clause and
    # number rules written for "," ";" "?" "%" hold in Arabic text too.
    "\u060c": ",",  # Arabic comma
    "\u061b": ";",  # Arabic semicolon
    "\u061f": "?",  # Arabic question mark
    "\u066a": "%",  # Arabic percent sign
    "\u066b": ".",  # Arabic decimal separator: "٣٫٥" is 3.5
    "\u066c": " ",  # Arabic thousands separator: "١٢٬٥٠٠" groups like "12 500"
}


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch.isdecimal() and not ch.isascii():
        # Every digit script reads as ASCII digits: Arabic-Indic "٣", Eastern
        # Arabic-Indic "۳", Devanagari "३", fullwidth "３" are all 3.
        return str(unicodedata.decimal(ch))
    low = ch.lower()
    if len(low) != 1:  # "İ".lower() is two characters: fold its base letter instead
        low = unicodedata.normalize("NFD", ch)[0].lower()
    if low in _SPECIAL:
        return _SPECIAL[low]
    base = unicodedata.normalize("NFD", low)[0]
    if unicodedata.category(base).startswith("M") or len(base.lower()) != 1:
        return low
    base = base.lower()
    return _SPECIAL.get(base, base)


# Terminal control sequences (ANSI/ECMA-48): CSI "ESC [" or the C1 byte, parameters, final byte;
# OSC "ESC ]" up to BEL or ST; any other ESC with the byte after it. They fold to spaces of the
# same length, so "ESC[31m10.000ESC[0m" reads as " 10.000 " and not as "31m" and "0m".
_CONTROL_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"  # CSI: parameters, intermediates, final
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC: up to BEL or ST
    r"|\x1b[ -/]*[0-~]?"  # any other escape: intermediates, final
)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


# ord -> folded character, grown as new characters are seen; str.translate
# then folds a whole text at C speed.
_TABLE: dict[int, str] = {}
# The characters _TABLE has (a text of them only needs no loop in Python).
_KNOWN: set[str] = set()


def fold(text: str) -> str:
    """Return ``text`` lower-cased and stripped of diacritics, with the same length.

    >>> fold("Soldaţi şi soldați")
    'soldati si soldati'
    """
    if "\x1b" in text or "\x9b" in text or "\x9d" in text:
        text = _CONTROL_SEQUENCE.sub(_blank, text)
    if text.isascii():
        return text.lower()
    # str.translate with a dict looks a character up in the dict (tens of ns
    # each), and so does the test that the table knows every character; a news
    # text in a Latin script is mostly ASCII, which folds by str.lower at C
    # speed (an ASCII character folds to its lower case, see _fold_char). Such a
    # text is split into its runs of ASCII, lowered, and its runs of other
    # characters (every other piece of the split), translated. How many
    # characters are not ASCII is read from the UTF-8 length (each adds at
    # least one byte), by one C-level encoding.
    if (len(text.encode("utf-8", "surrogatepass")) - len(text)) * _MOSTLY_ASCII > len(text):
        _learn(text)  # Cyrillic, Arabic: one pass
        return text.translate(_TABLE)
    pieces = _NON_ASCII_RUN.split(text)
    runs = pieces[1::2]
    _learn("".join(runs))
    pieces[0::2] = [piece.lower() for piece in pieces[0::2]]
    pieces[1::2] = [run.translate(_TABLE) for run in runs]
    return "".join(pieces)


def _learn(text: str) -> None:
    """Put the characters of ``text`` that :data:`_TABLE` lacks in it."""
    if not _KNOWN.issuperset(text):
        for ch in set(text).difference(_KNOWN):
            _TABLE[ord(ch)] = _fold_char(ch)
            _KNOWN.add(ch)


# Runs of characters outside ASCII (see fold), and the share of them (one in
# _MOSTLY_ASCII characters, counted by the bytes they add in UTF-8) up to which
# fold reads a text run by run rather than in one pass: measured on the newsbatch
# articles, a text in a Latin script folds 1.5-5 times faster run by run, one in
# Cyrillic or Arabic about 2 times slower.
_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")
_MOSTLY_ASCII = 10
