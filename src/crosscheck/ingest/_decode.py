"""Turn a file's bytes into text, or say why they are not text.

Decoding never translates newlines: ``Decoded.text`` is exactly
``data.decode(Decoded.encoding)``, so every offset a later stage finds indexes
the file as it is on disk. UTF-8 is tried first (a byte-order mark selects
``utf-8-sig``, which drops it); UTF-16 is read only when a byte-order mark
announces it. Anything else falls back to the single-byte code pages news
sites still use, Central European cp1250 and ISO-8859-2 and Western cp1252,
keeping the one that produces more letters of the text's language: the same
byte is "ş" in cp1250 and "º" in cp1252, and only one of them is Romanian.

A UTF-8 file with a few broken bytes is still UTF-8: when its valid multi-byte
sequences outnumber its invalid bytes, it is decoded with each invalid
sequence replaced by U+FFFD and a note says how many and where the first is
(``Decoded.notes``; the text is then ``data.decode(encoding, "replace")``).
Reading it as cp1252 instead would turn every accented letter of the file
into two wrong characters and call the result fine. A mostly-ASCII file whose
only non-ASCII bytes are invalid UTF-8 is a legacy code page, not damage.
"""

from __future__ import annotations

import codecs
import re

from .._codes import SkipReason
from ._detect import builtin_language, letter_count
from ._source import Decoded, Skip

LEGACY_ENCODINGS = ("cp1250", "cp1252", "iso-8859-2")
# ISO-8859 code pages put C1 control characters at 0x80-0x9f, where the
# Windows code pages have letters and quotes: bytes there rule them out.
_C1_BYTES = re.compile(b"[\x80-\x9f]")
_ISO_ENCODINGS = frozenset({"iso-8859-2"})
# An invalid byte decoded with "surrogateescape" (U+DC80-U+DCFF).
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
# More than this share of control characters means the bytes are not prose.
_MAX_CONTROL_RATIO = 0.10
# C0 and C1 control characters except tab, newline, vertical tab, form feed and
# carriage return, which plain text legitimately contains.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _legacy(data: bytes, language: str | None) -> Decoded | None:
    best: tuple[int, Decoded] | None = None
    has_c1 = _C1_BYTES.search(data) is not None
    for encoding in LEGACY_ENCODINGS:
        if has_c1 and encoding in _ISO_ENCODINGS:
            continue
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
        except UnicodeDecodeError as exc:
            # the byte-order mark says UTF-16; a broken unit does not change that
            note = f"invalid UTF-16 from byte {exc.start} on replaced by U+FFFD"
            return Decoded(data.decode("utf-16", "replace"), "utf-16", notes=(note,))
    encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    try:
        return Decoded(text=data.decode(encoding), encoding=encoding)
    except UnicodeDecodeError:
        return _damaged_utf8(data, encoding)


def _damaged_utf8(data: bytes, encoding: str) -> Decoded | None:
    """UTF-8 with a few invalid bytes replaced (and noted), or None when it is not UTF-8.

    It is UTF-8 when it says so (a byte-order mark) or when its valid
    multi-byte characters outnumber its invalid bytes: text in a legacy code
    page almost never forms valid UTF-8 sequences by chance.
    """
    escaped = data.decode(encoding, "surrogateescape")
    invalid = len(_ESCAPED_BYTE.findall(escaped))
    ascii_chars = len(escaped.encode("ascii", "ignore"))
    valid_multibyte = len(escaped) - ascii_chars - invalid
    if encoding != "utf-8-sig" and valid_multibyte <= invalid:
        return None
    first = _ESCAPED_BYTE.search(escaped)
    where = f" (the first at character {first.start()})" if first else ""
    note = f"{invalid} byte(s) that are not valid UTF-8 replaced by U+FFFD{where}"
    return Decoded(data.decode(encoding, "replace"), encoding, notes=(note,))


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
