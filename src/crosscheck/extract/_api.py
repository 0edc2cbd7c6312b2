"""The public reading functions, in a module that is never compiled.

``find_quantities`` and ``parse_quantity`` check their arguments at run time,
whatever their type hints say: a text that is not a string is an
:class:`~crosscheck.InputError`, an unknown language code an
:class:`~crosscheck.UnsupportedLanguageError`. A module compiled by mypyc (an
opt-in build, see :mod:`crosscheck._compiled`) checks arguments against the
hints first, with a bare ``TypeError``, and keeps no docstrings for ``help()``;
so these two are plain Python over the work of :mod:`._quantities`, which
may be compiled. One extra call per text.
"""

from __future__ import annotations

from .._codes import ErrorReason
from .._errors import InputError
from .._gc import collector_paused
from ..lang import get_language
from ._quantities import quantities_in, quantity_of
from ._quantity import Quantity


def find_quantities(text: str, language: str | None = None) -> list[Quantity]:
    """Every quantity in running text, in order of appearance.

    Counts, money, percentages and measures, in digits or words, with their
    bounds, qualifier, unit and ``start``/``end`` offsets into ``text``. Years,
    dates, clock times, ordinals, id-like digit strings, labels ("iPhone 11")
    and scores ("2-1") are left out.
    ``language`` is a code such as ``"ro"``; when omitted it is detected.
    """
    _check_text(text)
    lang = get_language(_language_for(text, language))
    with collector_paused():  # one collection after the text, not dozens in it
        return quantities_in(text, lang)


def parse_quantity(text: str, language: str) -> Quantity | None:
    """Read ``text`` as one numeric expression as a whole, or return None.

    "o mie" → 1000, "douăzeci și trei" → 23, "tra 20.000 e 30.000" →
    20000..30000, "more than 60" → 60..None. An ordinal string gives a
    Quantity of ``kind == "ordinal"``.
    """
    _check_text(text)
    return quantity_of(text, get_language(language))


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise InputError(
            f"text must be a string, not {type(text).__name__}", reason=ErrorReason.BAD_INPUT
        )


def _language_for(text: str, language: str | None) -> str:
    if language:
        return language
    from ..ingest import detect_language

    detected = detect_language(text)
    if detected is None:
        raise InputError(
            "could not detect the language of the text; pass language='ro' (or another code)",
            reason=ErrorReason.UNKNOWN_LANGUAGE,
        )
    return detected
