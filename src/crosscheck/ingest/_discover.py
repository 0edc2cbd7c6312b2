"""Expand what the user passed (paths, folders, globs, articles) into an ordered list.

Order is part of the contract: items come in the order the inputs were given,
and the files found inside one folder or one glob come sorted by path, so two
runs over the same inputs read the same articles in the same order.

Inside a folder or glob, hidden files and folders and files of unsupported
formats are passed over silently: a folder of articles usually holds other
things too. A file the user named explicitly is never passed over: it is
yielded even when its format is unsupported, so that it gets a skipped record.
Every input that matches nothing is an error, raised before any file is read.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path

import attrs

from .._codes import ErrorReason
from .._errors import InputError, NoInputError
from ._article import Article

# Supported file extensions (lower case) and the format each one holds.
FORMATS = {".txt": "text", ".md": "markdown", ".json": "json", ".jsonl": "jsonl"}
_GLOB_MAGIC = frozenset("*?[")


@attrs.frozen
class FoundFile:
    """A file to read; ``explicit`` when the user named it rather than a folder or glob."""

    path: Path
    explicit: bool


@attrs.frozen
class UnlistableFolder:
    """A folder met while walking that could not be listed (permissions, I/O)."""

    path: Path
    detail: str


Item = Article | FoundFile | UnlistableFolder


def supported(path: Path) -> bool:
    """Whether ``path`` has the extension of a format ingestion reads."""
    return path.suffix.lower() in FORMATS


def _formats_hint() -> str:
    return ", ".join(FORMATS)


def _sort_key(item: FoundFile | UnlistableFolder) -> tuple[str, ...]:
    return item.path.parts


def _walk(root: Path) -> list[FoundFile | UnlistableFolder]:
    """Supported, non-hidden regular files under ``root``, and the folders that failed."""
    found: list[FoundFile | UnlistableFolder] = []

    def failed(error: OSError) -> None:
        where = Path(error.filename) if error.filename else root
        found.append(UnlistableFolder(where, error.strerror or str(error)))

    for folder, subfolders, names in os.walk(root, onerror=failed):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in names:
            path = Path(folder, name)
            if not name.startswith(".") and supported(path) and path.is_file():
                found.append(FoundFile(path, explicit=False))
    return sorted(found, key=_sort_key)


def _from_folder(raw: str, root: Path) -> list[FoundFile | UnlistableFolder]:
    found = _walk(root)
    if not found:
        raise NoInputError(
            f"folder holds no article file ({_formats_hint()}; hidden files are ignored)",
            path=raw,
            reason=ErrorReason.NO_INPUT,
        )
    return found


def _from_glob(raw: str) -> list[FoundFile | UnlistableFolder]:
    matches = glob.glob(raw, recursive=True)
    if not matches:
        raise NoInputError("no file matches this pattern", path=raw, reason=ErrorReason.NO_INPUT)
    seen: dict[Path, FoundFile | UnlistableFolder] = {}
    for match in matches:
        path = Path(match)
        if path.is_dir():
            for item in _walk(path):
                seen.setdefault(item.path, item)
        elif supported(path) and path.is_file():
            seen.setdefault(path, FoundFile(path, explicit=False))
    if not seen:
        raise NoInputError(
            f"pattern matches {len(matches)} path(s) but no article file ({_formats_hint()})",
            path=raw,
            reason=ErrorReason.NO_INPUT,
        )
    return sorted(seen.values(), key=_sort_key)


def _from_path(raw: str, *, pattern: bool) -> list[FoundFile | UnlistableFolder]:
    if not raw.strip():
        raise InputError("empty path given as input", reason=ErrorReason.BAD_INPUT)
    path = Path(raw)
    if path.is_dir():
        return _from_folder(raw, path)
    if path.exists():
        return [FoundFile(path, explicit=True)]
    if pattern and _GLOB_MAGIC.intersection(raw):
        return _from_glob(raw)
    raise NoInputError("no such file or folder", path=raw, reason=ErrorReason.NO_INPUT)


def _one(item: object) -> list[Item]:
    if isinstance(item, Article):
        return [item]
    if isinstance(item, str):
        return [*_from_path(item, pattern=True)]
    if isinstance(item, os.PathLike):
        return [*_from_path(os.fsdecode(os.fspath(item)), pattern=False)]
    raise _bad_type(item)


def _bad_type(item: object) -> InputError:
    return InputError(
        f"cannot load {type(item).__name__!r} input: expected a path, a glob pattern, "
        "an Article, or an iterable of these",
        reason=ErrorReason.BAD_INPUT,
    )


def expand(inputs: object) -> list[Item]:
    """Every article source named by ``inputs``, in input order.

    ``inputs`` is one path (str or PathLike), glob pattern (str only, ``**``
    recursive), or :class:`Article`, or an iterable of these. Raises
    :class:`NoInputError` when a path or pattern matches nothing or nothing is
    given, and :class:`InputError` for an input of another type.
    """
    if isinstance(inputs, str | os.PathLike | Article):
        pieces: Iterable[object] = (inputs,)
    elif isinstance(inputs, Iterable) and not isinstance(inputs, bytes | bytearray | dict):
        pieces = inputs
    else:
        raise _bad_type(inputs)
    items: list[Item] = []
    given = 0
    for piece in pieces:
        given += 1
        items.extend(_one(piece))
    if not given:
        raise NoInputError(
            "no input given: pass a file, folder, glob or Article", reason=ErrorReason.NO_INPUT
        )
    return items
