"""Read one file into the article sources it holds, whatever its format.

- ``.txt`` / ``.md``: the whole file is one article, its id the file stem.
- ``.json``: one article object (or an array of them), fields ``id``,
  ``text``, ``title``, ``url``, ``source``, ``published``, ``language``.
- ``.jsonl``: one article object per line; a bad line is skipped on its own
  and the other lines still load.

A file that cannot be used yields one :class:`Source` carrying the
:class:`Skip` reason, never an exception: one bad file must not stop a run
over a thousand good ones.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Mapping
from pathlib import Path

import attrs

from .._codes import SkipReason
from ._decode import decode
from ._discover import FORMATS
from ._source import Decoded, Skip, Source

_META_FIELDS = ("title", "url", "source", "published", "language", "story")
# Other names feeds use for the same metadata; the canonical name wins when both are given.
_ALIASES = {"language": ("lang",), "published": ("date",), "source": ("outlet",)}


def _kind_of(mode: int) -> str:
    """What a non-regular file is, in words a user recognises."""
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def _not_regular(mode: int) -> Skip:
    return Skip(SkipReason.UNREADABLE, f"{_kind_of(mode)}, not a regular file; not read")


def _open(path: Path) -> int:
    """A read-only descriptor of ``path`` that never blocks on open.

    ``O_NONBLOCK`` makes opening a FIFO return at once even with no writer
    (a plain ``open`` would wait forever), in case ``path`` was swapped for
    one after it was checked.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    return os.open(path, flags)


def read_limited(path: Path, max_bytes: int) -> bytes | Skip:
    """The bytes of ``path``, never reading more than ``max_bytes + 1`` of them.

    Only regular files are opened: a FIFO, a device (``/dev/zero`` behind a
    symlink named ``x.txt``), a socket or a dangling symlink is a skip with
    its kind named, without blocking and without reading a byte.
    """
    try:
        info = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Skip(SkipReason.UNREADABLE, "a loop of symbolic links; not read")
        if path.is_symlink():
            return Skip(SkipReason.UNREADABLE, "a symbolic link to a missing file; not read")
        return Skip(SkipReason.UNREADABLE, f"cannot read file: {exc.strerror or exc}")
    if not stat.S_ISREG(info.st_mode):
        return _not_regular(info.st_mode)
    if info.st_size > max_bytes:
        return Skip(SkipReason.TOO_LARGE, _too_large(f"{info.st_size} bytes", max_bytes))
    try:
        fd = _open(path)
        with os.fdopen(fd, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(mode):  # replaced between stat and open
                return _not_regular(mode)
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return Skip(SkipReason.UNREADABLE, f"cannot read file: {exc.strerror or exc}")
    if len(data) > max_bytes:  # the file grew, or its size was not reported
        return Skip(SkipReason.TOO_LARGE, _too_large("more bytes", max_bytes))
    return data


def _too_large(size: str, max_bytes: int) -> str:
    return f"{size} than the limit of {max_bytes} (raise max_bytes to read it)"


def read_file(path: Path, *, max_bytes: int, language: str | None) -> list[Source]:
    """The article sources in the file at ``path``, in file order."""
    name = str(path)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        suffix = path.suffix or "no extension"
        detail = f"{suffix!r} is not a supported format ({', '.join(FORMATS)})"
        return [Source(id=path.stem, path=name, skip=Skip(SkipReason.UNSUPPORTED_FORMAT, detail))]
    if kind == "jsonl" and _larger_than(path, max_bytes):
        return _jsonl_lines(path, max_bytes, language)
    data = read_limited(path, max_bytes)
    decoded = data if isinstance(data, Skip) else decode(data, language)
    if isinstance(decoded, Skip):
        return [Source(id=path.stem, path=name, skip=decoded)]
    if kind == "json":
        return _json_file(path, decoded)
    if kind == "jsonl":
        return _jsonl_file(path, decoded)
    return [
        Source(
            id=path.stem,
            path=name,
            text=decoded.text,
            encoding=decoded.encoding,
            markdown=kind == "markdown",
            notes=decoded.notes,
        )
    ]


def _json_error(exc: ValueError | RecursionError, *, line: int | None = None) -> str:
    """Say where JSON broke: "line L column C" for a file, "line L, column C" for a line."""
    if not isinstance(exc, json.JSONDecodeError):
        where = f"line {line}: " if line else ""
        return f"{where}invalid JSON ({type(exc).__name__})"
    if line is None:
        return f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
    return f"line {line}: invalid JSON at column {exc.colno}: {exc.msg}"


def _json_file(path: Path, decoded: Decoded) -> list[Source]:
    name = str(path)
    try:
        value = json.loads(decoded.text)
    except (ValueError, RecursionError) as exc:
        skip = Skip(SkipReason.MALFORMED_JSON, _json_error(exc))
        return [Source(id=path.stem, path=name, skip=skip, encoding=decoded.encoding)]
    notes = decoded.notes
    if isinstance(value, list):
        if not value:
            skip = Skip(SkipReason.EMPTY, "the JSON array holds no article")
            return [Source(id=path.stem, path=name, skip=skip, encoding=decoded.encoding)]
        return [
            from_object(
                item,
                f"{path.stem}:{index}",
                name,
                decoded.encoding,
                where=f"item {index}",
                notes=notes,
            )
            for index, item in enumerate(value, start=1)
        ]
    return [from_object(value, path.stem, name, decoded.encoding, where="", notes=notes)]


def _jsonl_file(path: Path, decoded: Decoded) -> list[Source]:
    name = str(path)
    sources = []
    # Split on "\n" only: JSON strings may hold U+2028 and friends unescaped.
    for line_no, line in enumerate(decoded.text.split("\n"), start=1):
        if line.strip():
            sources.append(_jsonl_record(path, line, line_no, decoded))
    if not sources:
        skip = Skip(SkipReason.EMPTY, "no text (only blank lines)")
        return [Source(id=path.stem, path=name, skip=skip, encoding=decoded.encoding)]
    return sources


def _jsonl_record(path: Path, line: str, line_no: int, decoded: Decoded) -> Source:
    """The article source of one JSON Lines line (a skip when it is not a JSON object)."""
    name = str(path)
    default_id = f"{path.stem}:{line_no}"
    try:
        value = json.loads(line)
    except (ValueError, RecursionError) as exc:
        skip = Skip(SkipReason.MALFORMED_JSON, _json_error(exc, line=line_no))
        return Source(id=default_id, path=name, skip=skip, encoding=decoded.encoding, line=line_no)
    source = from_object(
        value, default_id, name, decoded.encoding, where=f"line {line_no}", notes=decoded.notes
    )
    return attrs.evolve(source, line=line_no)


def _larger_than(path: Path, max_bytes: int) -> bool:
    """Whether ``path`` is a regular file of more than ``max_bytes`` (False when unreadable)."""
    try:
        info = path.stat()
    except OSError:
        return False  # read_limited names the problem
    return stat.S_ISREG(info.st_mode) and info.st_size > max_bytes


def _jsonl_lines(path: Path, max_bytes: int, language: str | None) -> list[Source]:
    """A JSON Lines feed larger than ``max_bytes``, read line by line.

    ``max_bytes`` is a limit per article: a day's feed of 100,000 articles
    in one file is read, and only a line longer than the limit is skipped
    (without reading more of it than the limit). Each line is decoded on
    its own, as a small file is as a whole (so a UTF-16 feed this large, a
    rare thing, reads as undecodable lines, each one a recorded skip).
    """
    name = str(path)
    sources: list[Source] = []
    try:
        fd = _open(path)
        with os.fdopen(fd, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(mode):  # replaced between stat and open
                return read_file_skip(path, _not_regular(mode))
            line_no = 0
            while raw := handle.readline(max_bytes + 1):
                line_no += 1
                default_id = f"{path.stem}:{line_no}"
                if len(raw) > max_bytes and not raw.endswith(b"\n"):
                    while (rest := handle.readline(max_bytes + 1)) and not rest.endswith(b"\n"):
                        pass  # the rest of the over-long line, a bounded piece at a time
                    skip = Skip(SkipReason.TOO_LARGE, _too_large("a longer line", max_bytes))
                    sources.append(Source(id=default_id, path=name, skip=skip, line=line_no))
                    continue
                if line_no == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")
                if not raw.strip():
                    continue
                decoded = decode(raw, language)
                if isinstance(decoded, Skip):
                    sources.append(Source(id=default_id, path=name, skip=decoded, line=line_no))
                    continue
                sources.append(_jsonl_record(path, decoded.text, line_no, decoded))
    except OSError as exc:
        return read_file_skip(
            path, Skip(SkipReason.UNREADABLE, f"cannot read file: {exc.strerror or exc}")
        )
    if not sources:
        skip = Skip(SkipReason.EMPTY, "no text (only blank lines)")
        return [Source(id=path.stem, path=name, skip=skip)]
    return sources


def read_file_skip(path: Path, skip: Skip) -> list[Source]:
    """The one source of a file that cannot be used."""
    return [Source(id=path.stem, path=str(path), skip=skip)]


def _article_id(value: object, default: str) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return default
    text = str(value).strip()
    return text or default


def from_object(
    value: object,
    default_id: str,
    path: str | None,
    encoding: str | None,
    *,
    where: str,
    notes: tuple[str, ...] = (),
) -> Source:
    """The source described by one decoded JSON value (expected: an article object).

    ``notes`` (what decoding the file repaired) are kept on the source, and
    a metadata field of the wrong type adds its own note.
    """
    at = f"{where}: " if where else ""
    if not isinstance(value, Mapping):
        detail = f"{at}expected a JSON object, found {_json_type(value)}"
        return Source(
            id=default_id,
            path=path,
            skip=Skip(SkipReason.MALFORMED_JSON, detail),
            encoding=encoding,
        )
    field_notes = list(notes)
    meta: dict[str, str | None] = {}
    for field in _META_FIELDS:
        field_value = value.get(field)
        for alias in _ALIASES.get(field, ()):
            if field_value is None:
                field_value = value.get(alias)
        meta[field] = field_value.strip() or None if isinstance(field_value, str) else None
        if field_value is not None and not isinstance(field_value, str):
            found = _json_type(field_value)
            field_notes.append(f"{field!r} ignored: expected a string, found {found}")
    text = value.get("text")
    skip = None
    if not isinstance(text, str):
        found = "missing" if text is None else f"holds a JSON {_json_type(text)}, not a string"
        skip = Skip(SkipReason.MISSING_TEXT, f'{at}"text" field {found}')
    elif not text.strip():
        skip = Skip(SkipReason.EMPTY, f'{at}"text" is empty')
    return Source(
        id=_article_id(value.get("id"), default_id),
        path=path,
        text=text if skip is None and isinstance(text, str) else None,
        skip=skip,
        title=meta["title"],
        url=meta["url"],
        source=meta["source"],
        published=meta["published"],
        published_from="metadata" if meta["published"] else None,
        language=meta["language"],
        story=meta["story"],
        encoding=encoding,
        notes=tuple(field_notes),
    )


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "number"
    return names.get(type(value), type(value).__name__)
