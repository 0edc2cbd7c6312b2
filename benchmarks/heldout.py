"""Score crosscheck on the held-out set: stories no rule may be tuned on.

``benchmarks/heldout/`` holds eight invented but realistic multilingual stories
of kinds that neither newsbatch nor ``benchmarks/probes/`` hold (a train
derailment, a building collapse, a hostage release, a dam breach, a chemical
plant explosion, a measles outbreak, a referendum turnout dispute, a river
boat sinking), in the same format. The probe set became development data once
helpers tuned on it; this set is MEASURE ONLY: run it to see how a change
generalises, never read its failures to write or adjust a rule (see
``benchmarks/heldout/README.md``). It prints what ``benchmarks/probes.py``
prints (newsbatch's frame and relation tables, then every conflict finding
with the gold relation of the claims it sets against each other) and takes the
same options. Run from the repository root::

    PYTHONPATH=src python benchmarks/heldout.py [--no-conflicts] [--json]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE / "heldout"
sys.path.insert(0, str(HERE))

import probes  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    """``probes.main`` on the held-out set (a ``--data`` given later still wins)."""
    rest = list(sys.argv[1:] if argv is None else argv)
    return probes.main(["--data", str(DEFAULT_DATA), *rest])


if __name__ == "__main__":
    raise SystemExit(main())
