"""Files replaced whole: a reader never sees half a report, a failed write keeps the old file."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def replaced(path: Path) -> Iterator[BinaryIO]:
    """A binary file whose content replaces ``path`` when the block ends without error.

    The bytes go to a temporary file beside ``path`` (permissions 0o666 minus
    the umask, as for a file opened the ordinary way), renamed into place at
    the end; on an error or an interrupt it is removed and ``path`` stays as
    it was. A target that exists and is not a regular file (``/dev/stdout``,
    a FIFO) cannot be replaced and is written directly.
    """
    try:
        regular = stat.S_ISREG(path.stat().st_mode)
    except FileNotFoundError:
        regular = True
    if not regular:
        with path.open("wb") as out:
            yield out
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
