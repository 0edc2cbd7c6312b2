"""Ctrl-C and SIGTERM stop ``crosscheck --workers N`` promptly and leave no process behind.

Each test runs the command line in its own session on a batch large enough
to be in the middle of extraction when the signal comes: it waits until the
worker processes exist (read from ``/proc``), sends the signal, and checks
the exit code and that no process of the session survives. Pass or fail
never depends on the clock; ``_GUARD`` only stops a hung run from hanging
the suite.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crosscheck.cli import ExitCode

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists() or sys.platform != "linux",
    reason="reads processes from /proc (Linux)",
)

_GUARD = 300  # seconds: a hung run fails the test instead of hanging the suite
_POLL = 0.01

_SENTENCES = (
    "Officials said {a} soldiers were killed and {b} were wounded on Monday.",
    "According to the ministry, {a} people were evacuated from {b} villages.",
    "The agency counted about {a} damaged buildings, up from {b} a day earlier.",
    "Between {a} and {b} families are still without power, the mayor said.",
    "At least {a} rescue workers arrived on {day} March, joining {b} volunteers.",
)


def _batch(tmp_path: Path, count: int = 400) -> Path:
    """A JSONL batch of ``count`` English articles with a few dozen figures each."""
    path = tmp_path / "batch.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            text = " ".join(
                _SENTENCES[i % len(_SENTENCES)].format(
                    a=(n * 37 + i * 11) % 900 + 10, b=(n * 13 + i) % 90 + 2, day=i % 28 + 1
                )
                for i in range(40)
            )
            out.write(json.dumps({"id": f"art{n:04d}", "language": "en", "text": text}) + "\n")
    return path


def _stat(pid: int) -> tuple[str, int, int] | None:
    """(state, parent pid, session id) of a process, or None when it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2 :].split()
    return fields[0], int(fields[1]), int(fields[3])


def _processes() -> list[int]:
    return [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()]


def _children(pid: int) -> list[int]:
    return [p for p in _processes() if (s := _stat(p)) is not None and s[1] == pid]


def _alive_in_session(session: int) -> list[int]:
    """Processes of the session that still run (a zombie has ended: it only awaits reaping)."""
    return [
        p for p in _processes() if (s := _stat(p)) is not None and s[2] == session and s[0] != "Z"
    ]


def _start(tmp_path: Path, workers: int, count: int = 400) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "crosscheck", "report", str(_batch(tmp_path, count))]
    cmd += ["--workers", str(workers), "-o", str(tmp_path / "out.txt")]
    # PYTHONFAULTHANDLER: a run still going at _GUARD is sent SIGABRT, and the
    # tracebacks of all its threads reach the failure message (see _communicate)
    env = {**os.environ, "PYTHONFAULTHANDLER": "1"}
    return subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env=env,
        preexec_fn=_as_a_terminal_job,
    )


def _as_a_terminal_job() -> None:
    """In the child before it runs: SIGINT's default action, as a terminal's job has.

    A shell that starts a command in the background (``pytest … &``, as CI
    scripts may) starts it with SIGINT ignored, every process it starts
    inherits that, and Python then installs no KeyboardInterrupt handler:
    such a run rightly ignores Ctrl-C (``nohup``'s reading). The tests stand
    for a foreground run in a terminal, whatever started the suite.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _communicate(proc: subprocess.Popen[bytes]) -> str:
    """The run's stderr once it has exited; a run still going at ``_GUARD`` fails the test
    with the tracebacks of its threads (where it hung), not a bare timeout."""
    try:
        _, err = proc.communicate(timeout=_GUARD)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGABRT)
        _, err = proc.communicate(timeout=_GUARD)
        pytest.fail("still running long after the signal:\n" + err.decode("utf-8", "replace"))
    return err.decode("utf-8", "replace")


def _interrupt_mid_extraction(
    tmp_path: Path, workers: int, send: signal.Signals, *, group: bool
) -> tuple[int, str, list[int]]:
    """Run, signal once the workers exist; (exit code, stderr, processes left in the session)."""
    proc = _start(tmp_path, workers)
    try:
        for _ in range(int(_GUARD / _POLL)):
            if _children(proc.pid) or proc.poll() is not None:
                break
            time.sleep(_POLL)
        assert proc.poll() is None, "finished before the workers were seen: batch too small"
        assert len(_children(proc.pid)) >= 1
        if group:
            os.killpg(proc.pid, send)  # Ctrl-C in a terminal: the whole foreground group
        else:
            os.kill(proc.pid, send)  # kill PID, a CI runner cancelling the job
        err = _communicate(proc)
        return proc.returncode, err, _alive_in_session(proc.pid)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_ctrl_c_with_workers_exits_130_and_leaves_no_process(tmp_path: Path) -> None:
    code, err, left = _interrupt_mid_extraction(tmp_path, 2, signal.SIGINT, group=True)
    assert code == ExitCode.INTERRUPTED == 130, err
    assert "interrupted" in err
    assert "Traceback" not in err  # workers ignore SIGINT: no traceback per worker
    assert left == []
    assert not (tmp_path / "out.txt").exists()  # no half report


def test_sigint_to_the_parent_alone_also_stops_the_workers(tmp_path: Path) -> None:
    code, err, left = _interrupt_mid_extraction(tmp_path, 2, signal.SIGINT, group=False)
    assert code == ExitCode.INTERRUPTED, err
    assert left == []


def test_sigterm_with_four_workers_exits_143_and_leaves_no_orphan(tmp_path: Path) -> None:
    # 143 = 128 + SIGTERM, what a shell reports for a process SIGTERM ended: CI runners
    # and `timeout` read it as "terminated"; unlike a plain kill, the workers are reaped.
    code, err, left = _interrupt_mid_extraction(tmp_path, 4, signal.SIGTERM, group=False)
    assert code == ExitCode.TERMINATED == 143, err
    assert "terminated" in err
    assert left == []
    assert not (tmp_path / "out.txt").exists()


def test_workers_of_a_parent_killed_outright_exit_by_themselves(tmp_path: Path) -> None:
    # SIGKILL (or the OOM killer) gives the parent no chance to clean up: each worker
    # must notice it has been orphaned and exit on its own, not run out its chunk or
    # wait forever for work that will never come.
    proc = _start(tmp_path, 2)
    try:
        workers: list[int] = []
        for _ in range(int(_GUARD / _POLL)):
            workers = _children(proc.pid)
            if len(workers) >= 2 or proc.poll() is not None:
                break
            time.sleep(_POLL)
        assert proc.poll() is None, "finished before the workers were seen: batch too small"
        assert workers
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        left = _alive_in_session(proc.pid)
        for _ in range(int(_GUARD / _POLL)):
            left = _alive_in_session(proc.pid)
            if not left:
                break
            time.sleep(_POLL)
        assert left == []
        assert not (tmp_path / "out.txt").exists()
    finally:
        for pid in _alive_in_session(proc.pid):
            os.kill(pid, signal.SIGKILL)


def test_sigterm_while_the_blocks_are_aligned_leaves_no_process(tmp_path: Path) -> None:
    # report(workers=N) starts two pools before reading the batch: one extracts the
    # claims and ends with the extraction, the other aligns the blocks of claims and
    # judges the groups (crosscheck._pool.pool_map). A signal once the first has ended
    # stops the second too.
    proc = _start(tmp_path, 2, count=150)
    try:
        seen: set[int] = set()
        later: list[int] = []
        for _ in range(int(_GUARD / _POLL)):
            now = set(_children(proc.pid))
            seen |= now
            if len(seen) >= 4 and now and len(now) <= 2:
                later = sorted(now)  # the extraction's two workers have ended
            if later or proc.poll() is not None:
                break
            time.sleep(_POLL)
        assert proc.poll() is None, "finished before the alignment's workers were seen"
        assert later
        os.kill(proc.pid, signal.SIGTERM)
        err = _communicate(proc)
        assert proc.returncode == ExitCode.TERMINATED, err
        assert _alive_in_session(proc.pid) == []
        assert not (tmp_path / "out.txt").exists()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
