"""Fuzz ``find_quantities`` and ``parse_quantity`` in every supported language.

The first byte picks the language and the entry point; the rest spells the
text (see ``_textgen``). Only crosscheck's own errors may escape, and every
result must satisfy ``_checks.check_quantities``. Run (see fuzz/README.md)::

    python fuzz/fuzz_extract.py /tmp/corpus_extract -runs=500000 -max_len=2000 -timeout=10
"""

from __future__ import annotations

import contextlib
import os
import sys

import atheris

# FUZZ_PLAIN=1 skips coverage instrumentation: 10x more inputs per second,
# mutating the corpus an instrumented run built (see fuzz/README.md).
_plain = os.environ.get("FUZZ_PLAIN") == "1"
with contextlib.nullcontext() if _plain else atheris.instrument_imports(include=["crosscheck"]):
    import crosscheck
    from crosscheck.lang import available_languages

from _checks import check_quantities  # noqa: E402
from _textgen import text_from, warm_up  # noqa: E402

LANGUAGES = available_languages()


def one_input(data: bytes) -> None:
    """Run one fuzz input (called by libFuzzer)."""
    if not data:
        return
    head, body = data[0], data[1:]
    language = LANGUAGES[(head >> 2) % len(LANGUAGES)]
    mode = head & 3
    text = text_from(body, language)
    try:
        if mode == 0:
            parsed = crosscheck.parse_quantity(text, language)
            if parsed is not None:
                check_quantities(text, [parsed])
        elif mode == 1:
            # no language given: detection picks one or raises InputError
            check_quantities(text, crosscheck.find_quantities(text))
        else:
            check_quantities(text, crosscheck.find_quantities(text, language))
    except crosscheck.CrosscheckError:
        pass


def main() -> None:
    """Entry point: libFuzzer options come from the command line."""
    atheris.Setup(sys.argv, one_input)
    warm_up()
    atheris.Fuzz()


if __name__ == "__main__":
    main()
