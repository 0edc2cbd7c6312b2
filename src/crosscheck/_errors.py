"""The exceptions crosscheck raises.

Every error is a :class:`CrosscheckError`, and also the built-in exception that
fits, so ``except ValueError`` keeps working for callers who do not know us::

    CrosscheckError
    ├── InputError (ValueError)          bad arguments or unreadable input
    │   ├── InputTypeError (TypeError)   an argument or Article field of the wrong type
    │   ├── NoInputError                 a path, folder or glob matched nothing
    │   └── UnsupportedLanguageError     no language data for that code
    └── LanguageDataError (ValueError)   a language data file is malformed

Errors carry structured fields (``path``, ``reason``, ``line``) besides the
message, and stay picklable so they cross process boundaries intact. The
``reason`` is an :class:`~crosscheck._codes.ErrorReason` code ("no_input",
"bad_input", "unsupported_language", …), stable across releases; an error
raised without one gets its class's code, so ``reason`` is never ``None``.
"""

from __future__ import annotations

from typing import ClassVar

from ._codes import ErrorReason


class CrosscheckError(Exception):
    """Base class of every error raised by crosscheck."""

    default_reason: ClassVar[str] = ErrorReason.BAD_INPUT.value

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        reason: str | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.reason: str = reason if reason is not None else self.default_reason
        self.line = line

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self.message, self.path, self.reason, self.line))

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


def _rebuild(
    cls: type[CrosscheckError],
    message: str,
    path: str | None,
    reason: str | None,
    line: int | None,
) -> CrosscheckError:
    return cls(message, path=path, reason=reason, line=line)


class InputError(CrosscheckError, ValueError):
    """The inputs given cannot be used (wrong type, missing file, bad option)."""


class InputTypeError(InputError, TypeError):
    """An argument or an :class:`~crosscheck.Article` field has the wrong type.

    Also a :class:`TypeError`, what attrs validators and Python itself raise
    for a wrong type, so callers catching either keep working.
    """


class NoInputError(InputError):
    """A path, folder or glob matched no file."""

    default_reason = ErrorReason.NO_INPUT.value


class UnsupportedLanguageError(InputError):
    """No language data exists for the requested language code."""

    default_reason = ErrorReason.UNSUPPORTED_LANGUAGE.value


class LanguageDataError(CrosscheckError, ValueError):
    """A language data file is malformed; this is a bug in the data, not the input."""

    default_reason = ErrorReason.LANGUAGE_DATA.value
