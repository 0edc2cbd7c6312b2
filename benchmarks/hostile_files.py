"""Time and memory of loading hostile file sets (issue 9, the input side).

    python benchmarks/hostile_files.py                 # every case
    python benchmarks/hostile_files.py --files 5000    # fewer small files
    python benchmarks/hostile_files.py --case 50mb-txt

Each case runs ``crosscheck.load`` in a fresh process (so the peak resident
memory is that case's own) on files written to a temporary folder:

- ``20k-files``: 20,000 small articles in 100 folders (language detected:
  lingua's share of the time), and ``20k-files-lang`` with ``language="en"``;
- ``50mb-txt``: one 50 MB text file under the default limits (skipped unread),
  then with ``max_bytes`` raised to read it (decoded, language detected);
- ``50mb-jsonl``: a 50 MB JSON Lines feed of ~100,000 articles, read whole;
- ``loops``: a ``**`` glob over a tree with symlink loops (the standard
  ``glob`` followed them for 300 s and 815 MB);
- ``odd``: FIFOs, a symlink to ``/dev/zero`` and dangling links named
  ``*.txt`` in a folder (each skipped, nothing blocks).

Prints wall seconds, peak RSS, records, usable articles and skip reasons per
case. Asserts nothing except that every input got a record; timings live
here, never in unit tests.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

SENTENCES = (
    "The ministry said that {n} soldiers were sent to the flooded region on Tuesday.",
    "Potrivit ministerului, {n} de soldați au fost trimiși în regiunea inundată marți.",
    "Secondo il ministero, {n} soldati sono stati inviati nella regione alluvionata martedì.",
    "Selon le ministère, {n} soldats ont été envoyés mardi dans la région inondée.",
)


def _article(i: int) -> str:
    return " ".join(s.format(n=1000 + i) for s in SENTENCES[i % 4 : i % 4 + 1] * 3)


def _write_many(root: Path, count: int) -> str:
    for i in range(count):
        folder = root / f"d{i % 100:03d}"
        folder.mkdir(exist_ok=True)
        (folder / f"a{i:06d}.txt").write_text(_article(i), encoding="utf-8")
    return str(root)


def _write_big_txt(root: Path) -> str:
    path = root / "big.txt"
    line = (SENTENCES[0].format(n=2000) + "\n").encode()
    with path.open("wb") as handle:
        for _ in range(50_000_000 // len(line)):
            handle.write(line)
    return str(path)


def _write_big_jsonl(root: Path) -> str:
    path = root / "feed.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        written = i = 0
        while written < 50_000_000:
            line = json.dumps({"id": f"f{i}", "text": _article(i), "language": "en"}) + "\n"
            handle.write(line)
            written += len(line.encode())
            i += 1
    return str(path)


def _write_loops(root: Path) -> str:
    for depth in range(3):
        folder = root.joinpath(*[f"s{d}" for d in range(depth + 1)])
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{depth}.txt").write_text(_article(depth), encoding="utf-8")
        (folder / "up").symlink_to(root, target_is_directory=True)
        (folder / "me").symlink_to(folder, target_is_directory=True)
    return str(root / "**" / "*.txt")


def _write_odd(root: Path) -> str:
    (root / "good.txt").write_text(_article(0), encoding="utf-8")
    for i in range(3):
        os.mkfifo(root / f"pipe{i}.txt")
    (root / "zero.txt").symlink_to("/dev/zero")
    (root / "gone.txt").symlink_to(root / "nowhere.txt")
    return str(root)


CASES = {
    "20k-files": (_write_many, {}),
    "20k-files-lang": (_write_many, {"language": "en"}),
    "50mb-txt": (_write_big_txt, {}),
    "50mb-txt-read": (_write_big_txt, {"max_bytes": 60_000_000}),
    "50mb-jsonl": (_write_big_jsonl, {"max_bytes": 60_000_000}),
    "loops": (_write_loops, {}),
    "odd": (_write_odd, {}),
}


def _child(case: str, target: str, expected: int) -> None:
    """Run one load and print its figures as JSON (in a fresh process)."""
    import crosscheck

    kwargs = CASES[case][1]
    start = time.perf_counter()
    result = crosscheck.load(target, **kwargs)  # type: ignore[arg-type]
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    reasons = Counter(str(r.reason) for r in result.skipped)
    if expected:
        assert len(result.records) == expected, (len(result.records), expected)
    print(
        json.dumps(
            {
                "seconds": round(seconds, 2),
                "peak_mb": round(peak_kib / 1024, 1),
                "records": len(result.records),
                "articles": len(result.articles),
                "skipped": dict(sorted(reasons.items())),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20_000, help="small files (20k-files)")
    parser.add_argument("--case", choices=list(CASES), action="append", help="only these cases")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], args.child[1], int(args.child[2]))
        return
    print(f"{'case':16} {'seconds':>8} {'peak MB':>8} {'records':>8} {'usable':>8}  skipped")
    for case in args.case or list(CASES):
        with tempfile.TemporaryDirectory(prefix="hostile-files-") as tmp:
            root = Path(tmp)
            write = CASES[case][0]
            many = case.startswith("20k-files")
            target = write(root, args.files) if many else write(root)  # type: ignore[call-arg]
            expected = args.files if many else {"loops": 3, "odd": 6}.get(case, 0)
            env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent / "src")}
            done = subprocess.run(
                [sys.executable, __file__, "--child", case, target, str(expected)],
                capture_output=True,
                text=True,
                timeout=1800,
                env=env,
                check=False,
            )
            if done.returncode:
                print(f"{case:16} FAILED\n{done.stderr[-2000:]}")
                continue
            row = json.loads(done.stdout.strip().splitlines()[-1])
            skipped = ", ".join(f"{k} {v}" for k, v in row["skipped"].items()) or "-"
            print(
                f"{case:16} {row['seconds']:8.2f} {row['peak_mb']:8.1f} "
                f"{row['records']:8} {row['articles']:8}  {skipped}"
            )


if __name__ == "__main__":
    main()
