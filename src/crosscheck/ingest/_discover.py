"""Expand what the user passed (paths, folders, globs, articles, mappings) into an ordered list.

Order is part of the contract: items come in the order the inputs were given,
and the files found inside one folder or one glob come sorted by path, so two
runs over the same inputs read the same articles in the same order.

Inside a folder or glob, hidden files and folders and files of unsupported
formats are passed over silently: a folder of articles usually holds other
things too. A file the user named explicitly is never passed over: it is
yielded even when its format is unsupported, so that it gets a skipped record.
Every input that matches nothing is an error, raised before any file is read.

Walking never opens a file and never follows a symbolic link into a folder
it has already visited: symlinked folders are walked once (``**`` included,
which the standard ``glob`` would follow round a loop until the path is too
long), so a link loop costs one visit, not minutes and gigabytes. An entry
with an article's name that is not a regular file (a FIFO, a device, a
dangling link) is yielded like any other so it gets a skipped record.
"""

from __future__ import annotations

import errno
import fnmatch
import functools
import glob
import os
import re
from collections.abc import Iterable, Iterator, Mapping
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


@attrs.frozen
class GivenMapping:
    """An article given as a mapping (a dict shaped like a JSON article object).

    ``position`` is its 1-based place among the inputs: the id of an article
    whose mapping names none ("input-3"), and where its skip says it was.
    """

    value: Mapping[object, object]
    position: int


Item = Article | FoundFile | UnlistableFolder | GivenMapping


def supported(path: Path) -> bool:
    """Whether ``path`` has the extension of a format ingestion reads."""
    return path.suffix.lower() in FORMATS


def _formats_hint() -> str:
    return ", ".join(FORMATS)


def _sort_key(item: FoundFile | UnlistableFolder) -> tuple[str, ...]:
    return item.path.parts


def _is_dir(path: str) -> bool:
    try:
        return os.path.isdir(path)
    except (OSError, ValueError):
        return False


def _entries(
    root: str, failed: list[UnlistableFolder]
) -> Iterator[tuple[str, tuple[str, ...], bool]]:
    """Every non-hidden entry under ``root``: (path, parts relative to root, is a folder).

    Symlinked folders are followed, but each real folder (device, inode) is
    listed once, so a link loop or two links to one folder cost one visit;
    folders reached without a link go first, so a file is named by its real
    path when it has one under ``root``. Folders that cannot be listed are
    appended to ``failed``.
    """
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[str, tuple[str, ...]]] = [(root, ())]
    linked: list[tuple[str, tuple[str, ...]]] = []  # reached through a symlink: after the rest
    while stack or linked:
        folder, rel = stack.pop() if stack else linked.pop()
        try:
            info = os.stat(folder)
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as listing:
                found = sorted((entry.name, entry) for entry in listing)
        except OSError as exc:
            failed.append(UnlistableFolder(Path(folder), exc.strerror or str(exc)))
            continue
        subfolders: list[tuple[str, tuple[str, ...]]] = []
        links: list[tuple[str, tuple[str, ...]]] = []
        for name, entry in found:
            if name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()  # follows a symlink; False when dangling
                is_link = is_dir and entry.is_symlink()
            except OSError:
                is_dir = is_link = False
            yield entry.path, (*rel, name), is_dir
            if is_dir:
                (links if is_link else subfolders).append((entry.path, (*rel, name)))
        stack.extend(reversed(subfolders))
        linked[:0] = reversed(links)  # popped from the end: in sorted order, after the rest


def _walk(root: Path) -> list[FoundFile | UnlistableFolder]:
    """Files with an article's extension under ``root`` (hidden ones not), and failed folders."""
    failed: list[UnlistableFolder] = []
    found: list[FoundFile | UnlistableFolder] = [
        FoundFile(Path(path), explicit=False)
        for path, _, is_dir in _entries(str(root), failed)
        if not is_dir and supported(Path(path))
    ]
    found.extend(failed)
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


@functools.lru_cache(maxsize=256)
def _part_pattern(part: str) -> re.Pattern[str]:
    return re.compile(fnmatch.translate(part))


def _part_matches(name: str, part: str) -> bool:
    # as in glob: a wildcard does not match a leading dot
    if name.startswith(".") and not part.startswith("."):
        return False
    return _part_pattern(part).match(name) is not None


def _parts_match(names: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """Whether path components ``names`` match pattern ``parts`` (``**``: any number of them).

    A set of states (how many pattern parts are consumed) advanced one name
    at a time: linear in ``len(names) * len(parts)``, never backtracking.
    """
    end = len(parts)

    def closure(states: set[int]) -> set[int]:
        for j in range(end):  # "**" may match no component at all
            if j in states and parts[j] == "**":
                states.add(j + 1)
        return states

    states = closure({0})
    for name in names:
        following: set[int] = set()
        for j in states:
            if j == end:
                continue
            if parts[j] == "**":
                following.add(j)
            elif _part_matches(name, parts[j]):
                following.add(j + 1)
        states = closure(following)
        if not states:
            return False
    return end in states


def _recursive_glob(raw: str) -> tuple[list[FoundFile | UnlistableFolder], int]:
    """What a ``**`` pattern matches, walking each real folder once (no symlink loop)."""
    parts = Path(raw).parts
    fixed = 0
    while fixed < len(parts) - 1 and not _GLOB_MAGIC.intersection(parts[fixed]):
        fixed += 1
    base = os.path.join(*parts[:fixed]) if fixed else os.curdir
    pattern = parts[fixed:]
    if not _is_dir(base):
        return [], 0
    failed: list[UnlistableFolder] = []
    found: list[FoundFile | UnlistableFolder] = []
    matches = 0
    matched_folders: set[tuple[str, ...]] = set()  # everything under them counts
    for path, rel, is_dir in _entries(base, failed):
        matched = _parts_match(rel, pattern)
        matches += matched
        inside = any(rel[:depth] in matched_folders for depth in range(1, len(rel)))
        if is_dir:
            if matched and not inside:
                matched_folders.add(rel)
        elif (matched or inside) and supported(Path(path)):
            found.append(FoundFile(Path(path if fixed else os.path.relpath(path, base)), False))
    found.extend(failed)
    return found, matches


def _from_glob(raw: str) -> list[FoundFile | UnlistableFolder]:
    seen: dict[Path, FoundFile | UnlistableFolder] = {}
    if "**" in raw:
        found, count = _recursive_glob(raw)
        for item in found:
            seen.setdefault(item.path, item)
    else:
        matches = glob.glob(raw)
        count = len(matches)
        for match in matches:
            path = Path(match)
            if _is_dir(match):
                for item in _walk(path):
                    seen.setdefault(item.path, item)
            elif supported(path):  # FIFOs, devices, dangling links too: each gets a record
                seen.setdefault(path, FoundFile(path, explicit=False))
    if not count:
        raise NoInputError("no file matches this pattern", path=raw, reason=ErrorReason.NO_INPUT)
    if not seen:
        raise NoInputError(
            f"pattern matches {count} path(s) but no article file ({_formats_hint()})",
            path=raw,
            reason=ErrorReason.NO_INPUT,
        )
    return sorted(seen.values(), key=_sort_key)


def _from_path(raw: str, *, pattern: bool) -> list[FoundFile | UnlistableFolder]:
    if not raw.strip():
        raise InputError("empty path given as input", reason=ErrorReason.BAD_INPUT)
    if "\0" in raw:
        raise InputError("a path cannot contain a NUL character", reason=ErrorReason.BAD_INPUT)
    path = Path(raw)
    try:
        info = os.lstat(raw)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):  # exists for all we know: skip it
            return [FoundFile(path, explicit=True)]
        if exc.errno == errno.ENAMETOOLONG:
            shown = raw if len(raw) <= 80 else raw[:77] + "..."
            raise InputError(
                f"path is too long for this system ({len(raw)} characters)",
                path=shown,
                reason=ErrorReason.BAD_INPUT,
            ) from None
        info = None
    if info is not None:  # it exists, perhaps as a dangling link: read (or skip) it
        if _is_dir(raw):
            return _from_folder(raw, path)
        return [FoundFile(path, explicit=True)]
    if pattern and _GLOB_MAGIC.intersection(raw):
        return _from_glob(raw)
    raise NoInputError("no such file or folder", path=raw, reason=ErrorReason.NO_INPUT)


def _one(item: object, position: int) -> list[Item]:
    if isinstance(item, Mapping):
        return [GivenMapping(item, position)]
    if isinstance(item, Article):
        attrs.validate(item)  # fields set past the constructor's checks raise here
        return [item]
    if isinstance(item, str):
        return [*_from_path(item, pattern=True)]
    if isinstance(item, os.PathLike):
        return [*_from_path(os.fsdecode(os.fspath(item)), pattern=False)]
    raise _bad_type(item)


def _bad_type(item: object) -> InputError:
    return InputError(
        f"cannot load {type(item).__name__!r} input: expected a path, a glob pattern, "
        "an Article, a mapping with a 'text' field, or an iterable of these",
        reason=ErrorReason.BAD_INPUT,
    )


def expand(inputs: object) -> list[Item]:
    """Every article source named by ``inputs``, in input order.

    ``inputs`` is one path (str or PathLike), glob pattern (str only, ``**``
    recursive), :class:`Article`, or mapping shaped like a JSON article
    object (``{"id": …, "text": …, "language": …}``), or an iterable of these. Raises
    :class:`NoInputError` when a path or pattern matches nothing or nothing is
    given, and :class:`InputError` for an input of another type.
    """
    if isinstance(inputs, str | os.PathLike | Article | Mapping):
        pieces: Iterable[object] = (inputs,)
    elif isinstance(inputs, Iterable) and not isinstance(inputs, bytes | bytearray):
        pieces = inputs
    else:
        raise _bad_type(inputs)
    items: list[Item] = []
    given = 0
    for piece in pieces:
        given += 1
        items.extend(_one(piece, given))
    if not given:
        raise NoInputError(
            "no input given: pass a file, folder, glob, Article or mapping",
            reason=ErrorReason.NO_INPUT,
        )
    return items
