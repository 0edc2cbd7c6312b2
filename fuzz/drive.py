"""Run a harness until it has tried N inputs, restarting it after each crash.

libFuzzer stops at the first crash or timeout; this keeps going (the corpus
directory keeps the coverage found so far), writes every crash or timeout
input to the artifact directory, and prints the totals at the end: inputs
run, wall time, inputs per second, artifacts written. Usage::

    nice -n 10 python fuzz/drive.py fuzz/fuzz_extract.py /tmp/fuzz/extract 1000000
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

_COUNT = re.compile(r"^#(\d+)\s", re.MULTILINE)
_DONE = re.compile(r"^Done (\d+) runs", re.MULTILINE)
_STAT = re.compile(r"^stat::number_of_executed_units: (\d+)", re.MULTILINE)


def main() -> None:
    """Parse ``harness workdir total [extra libFuzzer flags]`` and run until done."""
    harness, workdir, total, *extra = sys.argv[1:]
    work = Path(workdir)
    corpus, artifacts = work / "corpus", work / "artifacts"
    corpus.mkdir(parents=True, exist_ok=True)
    artifacts.mkdir(parents=True, exist_ok=True)
    goal, done, segments = int(total), 0, 0
    began = time.monotonic()
    while done < goal:
        segments += 1
        log = work / f"segment{segments}.log"
        with log.open("w") as out:
            subprocess.run(
                [
                    sys.executable,
                    harness,
                    str(corpus),
                    f"-runs={goal - done}",
                    "-max_len=2000",
                    "-timeout=10",
                    f"-artifact_prefix={artifacts}/",
                    "-print_final_stats=1",
                    *extra,
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                check=False,
            )
        text = log.read_text(errors="replace")
        finished = _DONE.search(text)
        counts = [int(n) for n in _COUNT.findall(text)]
        stat = _STAT.search(text)  # exact, printed on a crash too (status lines are sparse)
        ran = int(stat.group(1)) if stat else max(counts, default=0)
        done += ran
        print(
            f"segment {segments}: {ran} inputs, {'done' if finished else 'stopped'}; "
            f"total {done} in {time.monotonic() - began:.0f} s",
            flush=True,
        )
        if not finished and ran == 0:
            break  # the harness cannot start: do not loop forever
    seconds = time.monotonic() - began
    found = sorted(p.name for p in artifacts.iterdir())
    print(
        f"inputs {done}, wall {seconds:.0f} s, {done / max(seconds, 1e-9):.0f} exec/s, "
        f"artifacts {len(found)}: {found}"
    )


if __name__ == "__main__":
    main()
