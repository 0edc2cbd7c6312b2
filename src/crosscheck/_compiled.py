"""Which build of crosscheck is running: pure Python, or its hot modules compiled.

The modules the extraction spends its time in are fully typed, so mypyc (the
compiler that ships with mypy, which black uses for its wheels) can compile
them to C extension modules. A compiled build is opt-in: ``pip install .``
and ``pip install -e .`` install the pure-Python package, which needs no
compiler and is the reference; ``HATCH_BUILD_HOOK_ENABLE_MYPYC=1 pip install .``
builds a wheel with these modules compiled, and ``python tools/build_compiled.py``
a compiled copy of ``src`` to run in place (README, Performance). Both builds
give byte-identical results; :data:`crosscheck.__compiled__` says which one
is running.
"""

from __future__ import annotations

import importlib
import importlib.machinery

# The modules a compiled build compiles, hottest first. pyproject.toml's mypyc
# build hook lists the same files (tests/test_compiled.py checks that it does).
MODULES = (
    "crosscheck.extract._quantities",
    "crosscheck.extract._numerals",
    "crosscheck._phrases",
    "crosscheck._memo",
    "crosscheck.extract._document",
    "crosscheck.extract._sentences",
    "crosscheck.lang._numwords",
)


def compiled_modules() -> tuple[str, ...]:
    """The modules of :data:`MODULES` this process runs compiled (imported from a
    C extension module rather than from their source): none in the pure build."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return tuple(
        name
        for name in MODULES
        if str(getattr(importlib.import_module(name), "__file__", "") or "").endswith(suffixes)
    )
