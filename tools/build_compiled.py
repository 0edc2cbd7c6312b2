"""Build crosscheck with its hot modules compiled by mypyc, beside the source tree.

    python tools/build_compiled.py [--out build/compiled] [--modules a.b ...]
    PYTHONPATH=build/compiled python benchmarks/extract_speed.py --only compare
    python tools/build_compiled.py --wheel [--out dist]

Copies ``src/crosscheck`` to ``OUT/crosscheck`` and compiles there, with the
mypyc of the running environment (it ships with mypy: ``pip install -e
'.[dev]'``) and a C compiler, the modules of ``crosscheck._compiled.MODULES``
(or ``--modules``), so that ``PYTHONPATH=OUT`` runs the compiled build and
``PYTHONPATH=src`` the pure one, side by side, with no compiled file left in
``src`` to shadow an edited source. The mypy settings are pyproject.toml's.

``--wheel`` builds an installable wheel into ``OUT`` (default ``dist``) with
the same modules compiled, through pyproject.toml's optional mypyc build hook
(hatch-mypyc, which pip fetches into the isolated build environment), run on
a copy of the project so that no compiled file is ever written into ``src``.

Prints the seconds it took (and, for the in-place build, ``crosscheck.__compiled__``
of the result); exits non-zero when the build fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _modules() -> tuple[str, ...]:
    sys.path.insert(0, str(REPO / "src"))
    try:
        from crosscheck._compiled import MODULES
    finally:
        sys.path.pop(0)
    return MODULES


def build(out: Path, modules: tuple[str, ...]) -> None:
    """Copy the package to ``out`` and compile ``modules`` there in place."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(
        REPO / "src" / "crosscheck",
        out / "crosscheck",
        ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"),
    )
    files = [str(Path(*m.split(".")).with_suffix(".py")) for m in modules]
    with tempfile.TemporaryDirectory() as tmp:
        # mypyc writes its C files and objects under build/ of the working directory.
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypyc",
                "--config-file",
                str(REPO / "pyproject.toml"),
                "--cache-dir",
                str(Path(tmp) / "mypy_cache"),
                *files,
            ],
            cwd=out,
            capture_output=True,
            text=True,
            check=False,
        )
        shutil.rmtree(out / "build", ignore_errors=True)
    if done.returncode:
        sys.exit(f"build_compiled: mypyc failed\n{done.stdout}\n{done.stderr}")


def build_wheel(out: Path) -> None:
    """Build a wheel with the hot modules compiled (the mypyc hook) into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "crosscheck"
        project.mkdir()
        for name in ("pyproject.toml", "README.md", "CHANGELOG.md"):
            shutil.copy2(REPO / name, project / name)
        shutil.copytree(
            REPO / "src",
            project / "src",
            ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"),
        )
        env = dict(os.environ, HATCH_BUILD_HOOK_ENABLE_MYPYC="1")
        done = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(out), str(project)],
            env=env,
            check=False,
        )
    if done.returncode:
        sys.exit("build_compiled: the wheel build failed (see above)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, help="default: build/compiled, or dist with --wheel")
    parser.add_argument("--modules", nargs="+", help="modules to compile (default: all listed)")
    parser.add_argument("--wheel", action="store_true", help="build an installable wheel")
    args = parser.parse_args(argv)
    if args.wheel:
        start = time.perf_counter()
        out = (args.out or REPO / "dist").resolve()
        build_wheel(out)
        print(f"built a compiled wheel into {out} in {time.perf_counter() - start:.0f} s")
        return 0
    args.out = args.out or REPO / "build" / "compiled"
    modules = tuple(args.modules) if args.modules else _modules()
    start = time.perf_counter()
    build(args.out.resolve(), modules)
    check = subprocess.run(
        [sys.executable, "-c", "import crosscheck; print(crosscheck.__compiled__)"],
        env={"PYTHONPATH": str(args.out.resolve()), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    print(
        f"compiled {len(modules)} modules into {args.out} in "
        f"{time.perf_counter() - start:.0f} s; crosscheck.__compiled__ = {check.stdout.strip()}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
