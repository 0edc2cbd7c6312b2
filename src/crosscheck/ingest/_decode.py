"""Turn a file's bytes into text, or say why they are not text.

Decoding never translates newlines: ``Decoded.text`` is exactly
``data.decode(Decoded.encoding)``, so every offset a later stage finds indexes
the file as it is on disk. UTF-8 is tried first (a byte-order mark selects
``utf-8-sig``, which drops it); UTF-16 is read only when a byte-order mark
announces it. Anything else falls back to the single-byte code pages news
sites still use, Central European cp1250 and Western cp1252, keeping the one
that produces more letters of the text's language: the same byte is "ş" in
cp1250 and "º" in cp1252, and only one of them is Romanian.
"""

from __future__ import annotations

import codecs
import re

from .._codes import SkipReason
from ._detect import builtin_language, letter_count
from ._source import Decoded, Skip

LEGACY_ENCODINGS = ("cp1250", "cp1252")
# More than this share of control characters means the bytes are not prose.
_MAX_CONTROL_RATIO = 0.10
# C0 and C1 control characters except tab, newline, vertical tab, form feed and
# carriage return, which plain text legitimately contains.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _legacy(data: bytes, language: str | None) -> Decoded | None:
    best: tuple[int, Decoded] | None = None
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = letter_count(text, language or builtin_language(text))
        if best is None or score > best[0]:
            best = (score, Decoded(text=text, encoding=encoding))
    return None if best is None else best[1]


def _unicode(data: bytes) -> Decoded | None:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(text=data.decode("utf-16"), encoding="utf-16")
        except UnicodeDecodeError:
            return None
    encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    try:
        return Decoded(text=data.decode(encoding), encoding=encoding)
    except UnicodeDecodeError:
        return None


def decode(data: bytes, language: str | None = None) -> Decoded | Skip:
    """Decode ``data`` as article text, or return the :class:`Skip` explaining why not.

    ``language``, when known, decides between legacy encodings; otherwise the
    language is detected on each candidate decoding.
    """
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and b"\x00" in data:
        return Skip(SkipReason.BINARY, "contains NUL bytes; not a text file")
    decoded = _unicode(data)
    if decoded is None and not utf16:
        decoded = _legacy(data, language)
    if decoded is None:
        tried = "utf-16" if utf16 else ", ".join(("utf-8", *LEGACY_ENCODINGS))
        return Skip(SkipReason.ENCODING, f"cannot be decoded as {tried}")
    text = decoded.text
    controls = len(_CONTROL.findall(text))
    if text and controls / len(text) > _MAX_CONTROL_RATIO:
        return Skip(
            SkipReason.BINARY,
            f"{controls} of {len(text)} characters are control characters; not a text file",
        )
    if not text.strip():
        return Skip(SkipReason.EMPTY, "no text (empty or whitespace only)")
    return decoded
