"""The opt-in compiled build: its flag, its build hook, and (opt-in) its output.

The hot modules can be compiled by mypyc (see ``crosscheck._compiled``). The
pure-Python build stays the default and the reference; a compiled build must
give byte-identical results. The last test builds one (about three minutes on
two cores) and compares; it runs only with ``CROSSCHECK_COMPILED_TESTS=1``
(``.ci/compiled`` sets it, after running this whole suite on the compiled build).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import crosscheck
from crosscheck._compiled import MODULES, compiled_modules

REPO = Path(__file__).resolve().parent.parent

# Prints what both builds must agree on: every figure of the language corpora's
# cases and of the seed articles, and the seeds' whole report as JSON.
_SCRIPT = """
import pathlib, sys, tomllib
import crosscheck
corpus, seeds = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
print(crosscheck.__compiled__)
for path in sorted(corpus.glob("*.toml")):
    for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
        print(repr(crosscheck.find_quantities(case["text"], path.stem)))
for path in sorted(seeds.glob("*.txt")):
    print(repr(crosscheck.find_quantities(path.read_text(encoding="utf-8"), "en")))
print(crosscheck.report(seeds).to_json())
"""


def test_the_flag_says_which_build_runs() -> None:
    assert isinstance(crosscheck.__compiled__, bool)
    assert crosscheck.__compiled__ == bool(compiled_modules())
    assert set(compiled_modules()) <= set(MODULES)


def test_the_build_hook_compiles_the_listed_modules_and_is_off_by_default() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]
    assert hook["enable-by-default"] is False
    assert sorted(hook["include"]) == sorted(
        "src/" + "/".join(m.split(".")) + ".py" for m in MODULES
    )
    assert all((REPO / f).is_file() for f in hook["include"])


def _output(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(REPO / "tests" / "corpus"), str(REPO / "seeds")],
        env={**os.environ, "PYTHONPATH": str(path)},
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return done.stdout


@pytest.mark.skipif(
    not os.environ.get("CROSSCHECK_COMPILED_TESTS"),
    reason="opt-in: set CROSSCHECK_COMPILED_TESTS=1 (builds with mypyc, about 3 minutes)",
)
def test_the_compiled_build_gives_byte_identical_output(tmp_path: Path) -> None:
    if crosscheck.__compiled__:  # this suite runs on a compiled tree already (.ci/compiled)
        compiled = Path(crosscheck.__file__).resolve().parent.parent
    else:
        compiled = tmp_path / "compiled"
        subprocess.run(
            [sys.executable, str(REPO / "tools" / "build_compiled.py"), "--out", str(compiled)],
            check=True,
            timeout=1800,
        )
    pure, fast = _output(REPO / "src"), _output(compiled)
    assert pure.startswith("False\n")
    assert fast.startswith("True\n")
    assert pure[len("False\n") :] == fast[len("True\n") :]
