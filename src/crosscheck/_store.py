"""The store: an embedded SQLite database of past batches (``--store claims.db``).

A CI job checks today's articles against last week's without re-extracting
them: every batch checked with a store saves its articles (text and
metadata), their claims and the batch's findings; the next batch is
aligned and judged together with the stored articles' claims, so a
conflict between a new article and an old one is found. An article sent
again (same id) replaces its stored version.

Design, for CI jobs that may run at once and may be killed:

* stdlib :mod:`sqlite3` in WAL mode, so readers never block the writer;
* one transaction per batch (``BEGIN IMMEDIATE``): a process killed in the
  middle leaves the store as it was before that batch; a second writer
  waits for the first (``busy_timeout``) and then commits its own batch;
* a versioned schema (``PRAGMA user_version``) upgraded by the ordered
  :data:`MIGRATIONS` on open; a store written by a newer crosscheck is
  refused rather than damaged.

Records are stored as the JSON of the report (one object per row), so the
store reads back exactly what ``Report.to_json`` would write.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import attrs

from ._errors import InputError
from ._readback import build
from ._version import __version__
from .claims import Claim
from .ingest import Article, ArticleRecord
from .render._json import _record, finding_record

if TYPE_CHECKING:
    from ._report import Report

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Store", "StoredBatch"]

# Each entry upgrades the store by one version; never edit a released entry, append one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE batches (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created TEXT NOT NULL,
        crosscheck_version TEXT NOT NULL,
        articles INTEGER NOT NULL,
        claims INTEGER NOT NULL,
        findings INTEGER NOT NULL,
        conflicts INTEGER NOT NULL,
        inputs TEXT NOT NULL
    );
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        batch INTEGER NOT NULL REFERENCES batches(id),
        article TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX articles_batch ON articles(batch);
    CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        fingerprint TEXT,
        data TEXT NOT NULL
    );
    CREATE INDEX claims_article ON claims(article);
    CREATE INDEX claims_fingerprint ON claims(fingerprint);
    CREATE TABLE stories (
        batch INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (batch, id)
    );
    CREATE TABLE findings (
        batch INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (batch, fingerprint)
    );
    CREATE INDEX findings_kind ON findings(kind);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
BUSY_TIMEOUT_MS = 120_000


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@attrs.frozen
class StoredBatch:
    """One batch saved in the store: when, by which version, and its counts."""

    id: int
    created: str
    crosscheck_version: str
    articles: int
    claims: int
    findings: int
    conflicts: int


class Store:
    """A SQLite store of articles, claims, stories and findings of past batches.

    Open with ``Store(path)`` (created when missing; use as a context
    manager to close it). :meth:`stored` gives the articles and claims a new
    batch is judged with; :meth:`save` writes a batch in one transaction.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise InputError(f"cannot open store {self.path}: {exc}") from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    @property
    def version(self) -> int:
        """The schema version of the store (``PRAGMA user_version``)."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        """Bring the schema to :data:`SCHEMA_VERSION`, one migration per transaction."""
        while (current := self.version) < SCHEMA_VERSION:
            with self._transaction():
                if self.version != current:  # another process migrated meanwhile
                    continue
                for statement in MIGRATIONS[current].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {current + 1}")
        if self.version > SCHEMA_VERSION:
            raise InputError(
                f"store {self.path} has schema version {self.version}, newer than this "
                f"crosscheck ({SCHEMA_VERSION}): upgrade crosscheck"
            )

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    def stored(
        self, exclude: Iterable[str] = ()
    ) -> tuple[list[Article], list[Claim], list[ArticleRecord]]:
        """The stored articles, their claims and records, except the ids in ``exclude``."""
        skip = set(exclude)
        articles: list[Article] = []
        records: list[ArticleRecord] = []
        for article_id, article, record in self._db.execute(
            "SELECT id, article, record FROM articles ORDER BY id"
        ):
            if article_id in skip:
                continue
            articles.append(build(Article, json.loads(article)))
            records.append(build(ArticleRecord, json.loads(record)))
        claims = [
            build(Claim, json.loads(data))
            for article_id, data in self._db.execute(
                "SELECT article, data FROM claims ORDER BY article, id"
            )
            if article_id not in skip
        ]
        return articles, claims, records

    def save(
        self, articles: Sequence[Article], report: Report, records: Sequence[ArticleRecord]
    ) -> int:
        """Save one batch in one transaction: its articles (replacing same ids), claims, findings.

        ``report`` is the :class:`~crosscheck.Report` of the batch judged
        with the stored claims; ``records`` the batch's own input records.
        Returns the new batch id.
        """
        ids = {a.id for a in articles}
        claims = [c for c in report.claims if c.article in ids]
        row = (
            datetime.now(UTC).isoformat(timespec="seconds"),
            __version__,
            len(articles),
            len(claims),
            len(report.findings),
            len(report.conflicts),
            _dump([_record(r) for r in records]),
        )
        by_record = {r.id: r for r in records}
        with self._transaction():
            batch = self._db.execute(
                "INSERT INTO batches (created, crosscheck_version, articles, claims, findings, "
                "conflicts, inputs) VALUES (?, ?, ?, ?, ?, ?, ?)",
                row,
            ).lastrowid
            for article in articles:
                self._db.execute("DELETE FROM claims WHERE article = ?", (article.id,))
                record = by_record.get(article.id)
                self._db.execute(
                    "INSERT OR REPLACE INTO articles (id, batch, article, record) "
                    "VALUES (?, ?, ?, ?)",
                    (
                        article.id,
                        batch,
                        _dump(_record(article)),
                        _dump(_record(record) if record else {"id": article.id}),
                    ),
                )
            self._db.executemany(
                "INSERT INTO claims (id, article, fingerprint, data) VALUES (?, ?, ?, ?)",
                [(c.id, c.article, c.fingerprint, _dump(_record(c))) for c in claims],
            )
            _checkpoint("claims")
            self._db.executemany(
                "INSERT OR REPLACE INTO stories (batch, id, data) VALUES (?, ?, ?)",
                [(batch, s.id, _dump(_record(s))) for s in report.stories],
            )
            self._db.executemany(
                "INSERT OR REPLACE INTO findings (batch, fingerprint, kind, data) "
                "VALUES (?, ?, ?, ?)",
                [
                    (batch, f.fingerprint or f.id, f.kind, _dump(finding_record(f)))
                    for f in report.findings
                ],
            )
        assert batch is not None
        return batch

    def batches(self) -> list[StoredBatch]:
        """Every stored batch, oldest first."""
        return [
            StoredBatch(*row)
            for row in self._db.execute(
                "SELECT id, created, crosscheck_version, articles, claims, findings, conflicts "
                "FROM batches ORDER BY id"
            )
        ]

    def articles(self) -> list[dict[str, Any]]:
        """Every stored article: id, batch, path, published and its number of claims."""
        rows = self._db.execute(
            "SELECT a.id, a.batch, a.record, COUNT(c.id) FROM articles a "
            "LEFT JOIN claims c ON c.article = a.id GROUP BY a.id ORDER BY a.id"
        )
        out = []
        for article_id, batch, record, claims in rows:
            data = json.loads(record)
            out.append(
                {
                    "id": article_id,
                    "batch": batch,
                    "path": data.get("path"),
                    "published": data.get("published"),
                    "claims": claims,
                }
            )
        return out

    def stats(self) -> dict[str, Any]:
        """Counts of batches, articles, claims and stored findings by kind; schema version."""
        one = self._db.execute
        kinds = dict(one("SELECT kind, COUNT(*) FROM findings GROUP BY kind ORDER BY kind"))
        return {
            "path": str(self.path),
            "schema_version": self.version,
            "batches": one("SELECT COUNT(*) FROM batches").fetchone()[0],
            "articles": one("SELECT COUNT(*) FROM articles").fetchone()[0],
            "claims": one("SELECT COUNT(*) FROM claims").fetchone()[0],
            "findings": kinds,
        }

    def forget(self, article_ids: Iterable[str] = (), batch: int | None = None) -> int:
        """Remove articles (and their claims), by id or all of one batch; returns how many."""
        ids = list(article_ids)
        with self._transaction():
            if batch is not None:
                rows = self._db.execute("SELECT id FROM articles WHERE batch = ?", (batch,))
                ids += [r[0] for r in rows]
            removed = 0
            for article_id in dict.fromkeys(ids):
                self._db.execute("DELETE FROM claims WHERE article = ?", (article_id,))
                removed += self._db.execute(
                    "DELETE FROM articles WHERE id = ?", (article_id,)
                ).rowcount
        return removed


def _checkpoint(step: str) -> None:
    """A point inside a batch's transaction (tests kill the process here to prove atomicity)."""


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` on any exception."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")
