"""The SQLite store: batches judged against stored claims, atomic, safe with two writers."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import crosscheck
from crosscheck._store import SCHEMA_VERSION, Store
from crosscheck.cli import ExitCode, main

from ._ci import copy_seeds


@pytest.fixture
def seeds(tmp_path: Path) -> list[Path]:
    return sorted(copy_seeds(tmp_path / "seeds").glob("*.txt"))


def test_a_later_batch_is_judged_with_the_stored_claims(seeds: list[Path], tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    first = crosscheck.report(seeds[0], store=db)
    assert not first.conflicts
    second = crosscheck.report([seeds[1], seeds[3]], store=db)
    together = crosscheck.report([seeds[0], seeds[1], seeds[3]])
    assert second.to_json() == together.to_json()  # as if all were checked at once
    conflict = second.conflicts[0]
    assert seeds[0].stem in {c.article for c in conflict.claims}  # cross-batch


def test_cli_check_with_store_finds_the_cross_batch_conflict(
    seeds: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "claims.db")
    assert main(["check", str(seeds[0]), "--store", db, "-o", "/dev/null"]) == ExitCode.OK
    args = ["check", str(seeds[1]), str(seeds[3]), "--store", db, "--format", "json"]
    assert main(args) == ExitCode.FINDINGS
    data = json.loads(capsys.readouterr().out)
    conflict = next(f for f in data["findings"] if f["kind"] == "conflict")
    assert seeds[0].stem in conflict["articles"]
    assert main(["store", "stats", db, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["batches"] == 2
    assert stats["articles"] == 3
    assert stats["schema_version"] == SCHEMA_VERSION
    assert main(["store", "list", db]) == 0
    assert capsys.readouterr().out.count("batch ") == 2
    assert main(["store", "list", db, "--articles"]) == 0
    assert seeds[0].stem in capsys.readouterr().out
    assert main(["store", "forget", db, seeds[0].stem]) == 0
    assert "forgot 1" in capsys.readouterr().out
    assert main(["store", "forget", db]) == ExitCode.USAGE
    assert main(["store", "stats", str(tmp_path / "missing.db")]) == ExitCode.USAGE


def test_an_article_sent_again_replaces_its_stored_version(
    seeds: list[Path], tmp_path: Path
) -> None:
    db = tmp_path / "claims.db"
    crosscheck.report(seeds[:2], store=db)
    crosscheck.report(seeds[1], store=db)
    with Store(db) as store:
        stats = store.stats()
        assert stats["articles"] == 2
        assert stats["batches"] == 2
        assert [a["batch"] for a in store.articles()] == [1, 2]
    assert stats["claims"] == len(crosscheck.report(seeds[:2]).claims)


def _write_batch(args: tuple[str, str]) -> int:
    path, db = args
    return len(crosscheck.report(path, store=db).claims)


def test_two_concurrent_writers_both_succeed(seeds: list[Path], tmp_path: Path) -> None:
    db = str(tmp_path / "claims.db")
    Store(db).close()  # created (and migrated) once; then two writers at the same time
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(2) as pool:
        counts = pool.map(_write_batch, [(str(seeds[0]), db), (str(seeds[2]), db)])
    assert all(counts)
    with Store(db) as store:
        assert store.stats()["batches"] == 2
        assert {a["id"] for a in store.articles()} == {seeds[0].stem, seeds[2].stem}


_KILL = """
import os, sys
import crosscheck, crosscheck._store as store
store._checkpoint = lambda step: os._exit(9)  # die inside the batch's transaction
crosscheck.report(sys.argv[1], store=sys.argv[2])
"""


def test_a_process_killed_mid_batch_leaves_the_store_as_it_was(
    seeds: list[Path], tmp_path: Path
) -> None:
    db = tmp_path / "claims.db"
    crosscheck.report(seeds[0], store=db)
    with Store(db) as store:
        before = store.stats()
    killed = subprocess.run([sys.executable, "-c", _KILL, str(seeds[1]), str(db)], check=False)
    assert killed.returncode == 9
    with Store(db) as store:
        assert store.stats() == before
    after = crosscheck.report(seeds[1], store=db)  # and the store still works
    assert {r.id for r in after.articles} == {seeds[0].stem, seeds[1].stem}


def test_the_schema_is_versioned(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    with Store(db) as store:
        assert store.version == SCHEMA_VERSION
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(crosscheck.InputError, match="newer"):
        Store(db)
    bad = tmp_path / "not.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(crosscheck.InputError):
        Store(bad)
