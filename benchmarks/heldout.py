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
same options. ``benchmarks/heldout2/`` is a second such set (eight more story
kinds), written when the first began to be read at every merge; ``--set 2``
scores it instead (shorthand for ``--data benchmarks/heldout2``). Run from the
repository root::

    PYTHONPATH=src python benchmarks/heldout.py [--set 2] [--no-conflicts] [--json]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE / "heldout"
SETS = {"1": DEFAULT_DATA, "2": HERE / "heldout2"}
sys.path.insert(0, str(HERE))

import probes  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    """``probes.main`` on a held-out set: the first, or the one ``--set N`` names
    (a ``--data`` given later still wins)."""
    rest = list(sys.argv[1:] if argv is None else argv)
    data = DEFAULT_DATA
    while "--set" in rest:
        at = rest.index("--set")
        if at + 1 >= len(rest) or rest[at + 1] not in SETS:
            raise SystemExit(f"--set takes one of {', '.join(SETS)}")
        data = SETS[rest[at + 1]]
        del rest[at : at + 2]
    return probes.main(["--data", str(data), *rest])


if __name__ == "__main__":
    raise SystemExit(main())
