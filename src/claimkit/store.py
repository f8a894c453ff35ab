"""A claims store: analyses kept in SQLite, today's articles related to everything stored.

A fact-checking desk reads news every day. :class:`Store` keeps every analysis in
one SQLite file (Python's own :mod:`sqlite3`, nothing to install) with an index on
the actors and predicates of their claims, so that :meth:`Store.relate` compares a
day's new statements with the stored documents that could relate to them, not with
the whole archive: the time it takes does not grow with the archive.

>>> import claimkit
>>> store = Store(":memory:")
>>> monday = claimkit.analyze("“Russia supplies weapons to the rebels,” Jane Doe said.", doc_id="mon")
>>> store.add([monday])
1
>>> tuesday = claimkit.analyze("“Russia does not supply weapons to the rebels,” Ana Ruiz said.", doc_id="tue")
>>> [(r.kind.value, r.a.doc_id, r.b.doc_id) for r in store.relate([tuesday], add=True)]
[('contradicts', 'mon', 'tue')]
>>> len(store), [s.speaker.name for s in store.statements(actor="Ana Ruiz")]
(2, ['Ana Ruiz'])
>>> store.close()

The schema is versioned (SQLite's ``user_version``); a store written by an older
claimkit is migrated when opened, one written by a newer one is refused.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from claimkit._serialize import (
    from_plain,
    relation_from_plain,
    relation_to_plain,
    statement_from_plain,
    statement_to_plain,
    to_plain,
)
from claimkit.errors import InvalidInputError, NotFoundError, SerializationError, StoreError, short_repr
from claimkit.lang.morphology import stem, verb_key
from claimkit.lang.names import name_key
from claimkit.lang.resources import rows
from claimkit.lang.wordclass import stopwords
from claimkit.model import Actor, Analysis, Argument, Relation, Stance, Statement
from claimkit.relations import find_relations
from claimkit.tables import TABLES, relation_row, speaker_of, to_frame, to_records

_T = TypeVar("_T")

if TYPE_CHECKING:
    import pandas as pd
    from typing_extensions import Self

    from claimkit.model import Claim

__all__ = ["SCHEMA_VERSION", "Store"]

SCHEMA_VERSION = 2
"""The version of the store's schema, kept in SQLite's ``user_version``.

Version 2 keeps each document's actors once (table ``actors``): a statement row names its
speaker by id, a relation row its statements by document and id."""

APPLICATION_ID = 0x436B5354  # "CkST": marks a SQLite file as a claimkit store
"""SQLite's ``application_id`` of a claimkit store."""

PAIR_CANDIDATES = 16
"""Documents looked up per (actor or word, predicate) of a new claim, most recently added first."""
TERM_CANDIDATES = 8
"""Documents looked up per actor or word alone (for antonyms and paraphrases), most recently added first."""
MAX_CANDIDATES = 2000
"""Stored documents compared with one batch at most."""

_WORD = re.compile(r"[^\W\d_]{3,}")

_SCHEMA_V1 = """
CREATE TABLE documents (
    doc INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL UNIQUE,
    published TEXT,
    analysis TEXT NOT NULL
);
CREATE TABLE statements (
    doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    statement_id TEXT NOT NULL,
    published TEXT,
    stance TEXT NOT NULL,
    statement TEXT NOT NULL,
    PRIMARY KEY (doc, position)
) WITHOUT ROWID;
CREATE INDEX statements_by_published ON statements (published, doc);
CREATE TABLE names (
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (name, role, doc, position)
) WITHOUT ROWID;
CREATE TABLE keys (
    term TEXT NOT NULL,
    predicate TEXT NOT NULL,
    doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    PRIMARY KEY (term, predicate, doc)
) WITHOUT ROWID;
CREATE INDEX keys_by_term ON keys (term, doc);
CREATE TABLE relations (
    a_doc_id TEXT NOT NULL,
    a_statement TEXT NOT NULL,
    b_doc_id TEXT NOT NULL,
    b_statement TEXT NOT NULL,
    kind TEXT NOT NULL,
    score REAL NOT NULL,
    relation TEXT NOT NULL,
    PRIMARY KEY (a_doc_id, a_statement, b_doc_id, b_statement, kind)
) WITHOUT ROWID;
CREATE INDEX relations_by_b ON relations (b_doc_id, b_statement);
"""


# Each step takes a store from the version before it to its own; they run in order, in
# one transaction, when a store written by an older claimkit is opened.
def _run_script(script: str) -> Callable[[sqlite3.Connection], None]:
    # statement by statement: executescript() would commit the migration's transaction
    def run(db: sqlite3.Connection) -> None:
        for statement in script.split(";"):
            if statement.strip():
                db.execute(statement)

    return run


_SCHEMA_V2 = """
CREATE TABLE actors (
    doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (doc, actor_id)
) WITHOUT ROWID;
CREATE INDEX statements_by_id ON statements (doc, statement_id);
"""


def _to_v2(db: sqlite3.Connection) -> None:
    """Version 1 to 2: the actors table; statement and relation rows rewritten with references.

    One document at a time (with the relations whose first statement is its own), so that a large
    store is never read whole. A relation row left in the old layout would still be read.
    """
    _run_script(_SCHEMA_V2)(db)
    for doc, doc_id in db.execute("SELECT doc, doc_id FROM documents ORDER BY doc").fetchall():
        a = _analysis(db.execute("SELECT analysis FROM documents WHERE doc = ?", (doc,)).fetchone()[0])
        db.execute("UPDATE documents SET analysis = ? WHERE doc = ?", (a.to_json(), doc))
        actors = _save_actors(db, doc, a)
        rows = db.execute("SELECT position, statement FROM statements WHERE doc = ?", (doc,)).fetchall()
        db.executemany(
            "UPDATE statements SET statement = ? WHERE doc = ? AND position = ?",
            [(_dumps(statement_to_plain(_full(data, Statement), actors)), doc, position) for position, data in rows],
        )
        rows = db.execute(
            "SELECT a_doc_id, a_statement, b_doc_id, b_statement, kind, relation FROM relations WHERE a_doc_id = ?",
            (doc_id,),
        ).fetchall()
        db.executemany(
            "UPDATE relations SET relation = ? WHERE a_doc_id = ? AND a_statement = ? AND b_doc_id = ? "
            "AND b_statement = ? AND kind = ?",
            [(_relation_row(_full(row[5], Relation)), *row[:5]) for row in rows],
        )


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _run_script(_SCHEMA_V1), 2: _to_v2}
"""Schema migrations: ``{version: step}``; a step brings a store from ``version - 1`` to ``version``."""


class _Connection:
    """A SQLite connection to a claimkit store: opening, migrating, transactions and reads, each error a StoreError."""

    def __init__(self, path: str | os.PathLike[str], /, *, readonly: bool = False, timeout: float = 30.0) -> None:
        if not isinstance(path, (str, os.PathLike)):
            msg = f"Store() takes a path, got {type(path).__name__}: {short_repr(path)}"
            raise InvalidInputError(msg)
        self.path = str(path)
        try:
            if readonly:
                if not Path(self.path).is_file():
                    msg = f"no store at {self.path}"
                    raise StoreError(msg)
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self._db = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
            else:
                self._db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as e:
            msg = f"cannot open the store {self.path}: {e}"
            raise StoreError(msg) from e
        self._closed = False
        try:
            self._open(readonly=readonly)
        except BaseException:
            self._db.close()
            raise

    # ------------------------------------------------------------------ opening

    def _open(self, *, readonly: bool) -> None:
        db = self._db
        try:
            db.execute("PRAGMA foreign_keys = ON")
            if not readonly and self.path != ":memory:":
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = NORMAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            app = db.execute("PRAGMA application_id").fetchone()[0]
            empty = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        except sqlite3.DatabaseError as e:
            msg = f"{self.path} is not a claimkit store: {e}"
            raise StoreError(msg) from e
        if not empty and app != APPLICATION_ID:
            msg = f"{self.path} is a SQLite database but not a claimkit store"
            raise StoreError(msg)
        if version > SCHEMA_VERSION:
            msg = (
                f"the store {self.path} has schema version {version}, newer than this claimkit's "
                f"({SCHEMA_VERSION}): upgrade claimkit to read it"
            )
            raise StoreError(msg)
        if version < SCHEMA_VERSION:
            if readonly:
                msg = f"the store {self.path} has schema version {version}: open it once for writing to migrate it"
                raise StoreError(msg)
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        with self._transaction():
            # another process may have migrated it meanwhile: read the version again under the lock
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            for step in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[step](self._db)
                self._db.execute(f"PRAGMA user_version = {step}")
            self._db.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is stored, or none of it."""
        self._check_open()
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            msg = f"cannot write to the store {self.path}: {e}"
            raise StoreError(msg) from e
        try:
            yield db
            db.execute("COMMIT")
        except BaseException as e:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error):
                msg = f"cannot write to the store {self.path}: {e}"
                raise StoreError(msg) from e
            raise

    def _check_open(self) -> None:
        if self._closed:
            msg = f"the store {self.path} is closed"
            raise StoreError(msg)

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        self._check_open()
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as e:
            msg = f"cannot read the store {self.path}: {e}"
            raise StoreError(msg) from e


class Store(_Connection):
    """Analyses kept in a SQLite file, with an index on the actors and predicates of their claims.

    Args:
        path: The database file (made when missing), or ``":memory:"``.
        readonly: Open an existing store for reading only.
        timeout: Seconds to wait for another process's write to finish.

    Many processes may read one store while one of them writes: the file is in
    SQLite's write-ahead-log mode, so readers see the store as it was before the
    writer's batch until that batch is committed, whole.

    Use it as a context manager, or call :meth:`close`.

    Raises:
        StoreError: if *path* is not a claimkit store, was written by a newer
            claimkit, or cannot be opened.
        InvalidInputError: if *path* is not a str or path.
    """

    @property
    def schema_version(self) -> int:
        """The schema version of the open store (:data:`SCHEMA_VERSION` once opened for writing)."""
        return int(self._query("PRAGMA user_version")[0][0])

    def close(self) -> None:
        """Close the store; it can no longer be used. Closing twice does nothing."""
        if not self._closed:
            self._closed = True
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else f"{len(self)} documents"
        return f"<claimkit.Store {self.path!r}: {state}>"

    # ------------------------------------------------------------------ documents

    def __len__(self) -> int:
        """The number of documents stored."""
        return int(self._query("SELECT count(*) FROM documents")[0][0])

    def __contains__(self, doc_id: object) -> bool:
        return bool(self._query("SELECT 1 FROM documents WHERE doc_id = ?", (str(doc_id),)))

    def doc_ids(self) -> list[str]:
        """The ids of the stored documents, in the order they were added."""
        return [r[0] for r in self._query("SELECT doc_id FROM documents ORDER BY doc")]

    def get(self, doc_id: str) -> Analysis:
        """The stored analysis of document *doc_id*.

        Raises:
            NotFoundError: if there is none (a :class:`KeyError` too).
        """
        found = self._query("SELECT analysis FROM documents WHERE doc_id = ?", (doc_id,))
        if not found:
            msg = f"no stored document with id {short_repr(doc_id)}"
            raise NotFoundError(msg)
        return _analysis(found[0][0])

    def analyses(self) -> Iterator[Analysis]:
        """Every stored analysis, in the order they were added (read lazily, in batches)."""
        last = 0
        while True:
            batch = self._query("SELECT doc, analysis FROM documents WHERE doc > ? ORDER BY doc LIMIT 200", (last,))
            if not batch:
                return
            for doc, data in batch:
                last = doc
                yield _analysis(data)

    def add(self, analyses: Analysis | Iterable[Analysis], /) -> int:
        """Store *analyses*, in one transaction; return how many were new.

        A document is known by its ``doc_id``: one already stored is left as it is
        (adding the same batch twice stores it once). Either the whole batch is
        stored or, if anything fails (or the process is killed), none of it.

        Raises:
            InvalidInputError: if an item is not an :class:`~claimkit.Analysis` with a ``doc_id``.
            StoreError: if the store cannot be written.

        >>> import claimkit
        >>> with Store(":memory:") as store:
        ...     a = claimkit.Analysis(text="Nothing.", doc_id="a")
        ...     store.add([a]), store.add([a]), len(store)
        (1, 0, 1)
        """
        docs = _checked(analyses)
        with self._transaction() as db:
            return _insert(db, docs)

    def remove(self, doc_ids: str | Iterable[str], /) -> int:
        """Take documents out of the store (a retracted article), with their relations; return how many were.

        Raises:
            InvalidInputError: if *doc_ids* is not a str or an iterable of them.
            StoreError: if the store cannot be written.
        """
        ids = [doc_ids] if isinstance(doc_ids, str) else list(doc_ids)
        for doc_id in ids:
            _text(doc_id, "doc_id")
        with self._transaction() as db:
            removed = 0
            for doc_id in ids:
                db.execute("DELETE FROM relations WHERE a_doc_id = ?1 OR b_doc_id = ?1", (doc_id,))
                removed += db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,)).rowcount
            return removed

    # ------------------------------------------------------------------ relating

    def relate(self, analyses: Analysis | Iterable[Analysis], /, *, add: bool = False) -> tuple[Relation, ...]:
        """The relations of the statements of *analyses* with every stored statement, and among themselves.

        The candidates are found through the index: stored documents whose claims
        share an actor (or a content word) and a predicate with a claim of
        *analyses*, and the most recent documents sharing an actor or word; at
        most :data:`PAIR_CANDIDATES` and :data:`TERM_CANDIDATES` documents a key,
        most recently added first. :func:`claimkit.find_relations` then compares
        them with *analyses*. A stored document with the doc_id of one of
        *analyses* is that document: it is not compared with itself.

        Args:
            analyses: Today's analyses (each with a ``doc_id``).
            add: Also store *analyses* (as :meth:`add`) and the relations found, in one transaction.

        Returns:
            The relations with at least one statement of *analyses*, in document order.
            Relations between stored documents are kept in the store (see :meth:`relations`).

        Raises:
            InvalidInputError: if an item is not an :class:`~claimkit.Analysis` with a ``doc_id``.
            StoreError: if the store cannot be read or written.
        """
        docs = _checked(analyses)
        new_ids = {a.doc_id for a in docs}
        candidates = [a for a in _candidates(self._query, docs) if a.doc_id not in new_ids]
        found = find_relations([*candidates, *docs])
        ours = tuple(r for r in found if r.a.doc_id in new_ids or r.b.doc_id in new_ids)
        with self._transaction() as db:
            if add:
                _insert(db, docs)
            stored = {
                row[0]
                for doc_id in {x for r in ours for x in (r.a.doc_id, r.b.doc_id)}
                for row in db.execute("SELECT doc_id FROM documents WHERE doc_id = ?", (doc_id,))
            }
            _save_relations(db, (r for r in ours if r.a.doc_id in stored and r.b.doc_id in stored))
        return ours

    def candidates(self, analyses: Analysis | Iterable[Analysis], /) -> list[str]:
        """The doc_ids of the stored documents :meth:`relate` would compare *analyses* with."""
        return [a.doc_id or "" for a in _candidates(self._query, _checked(analyses))]

    # ------------------------------------------------------------------ queries

    def statements(
        self,
        *,
        actor: str | None = None,
        about: str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        stance: Stance | str | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[Statement]:
        """Stored statements, by publication date, then document and position.

        Args:
            actor: Said by this actor (its name or an alias, any case; a body's
                statements count for what it is part of: "Russia" finds its ministry's).
            about: Mentioning or making a claim about this actor (as *actor*).
            since: Published on or after this date (ISO string or date).
            until: Published on or before this date.
            stance: This stance ("deny", or :class:`~claimkit.Stance`).
            doc_id: In this document.
            limit: At most this many.

        Every statement's ``doc_id`` names its document.

        Raises:
            InvalidInputError: for a bad date, stance or limit.
        """
        where: list[str] = []
        params: list[object] = []
        for name, role in ((actor, "speaker"), (about, "about")):
            if name is not None:
                key = _name_key(_text(name, "actor" if role == "speaker" else "about"))
                where.append(
                    "EXISTS (SELECT 1 FROM names n WHERE n.name = ? AND n.role = ? AND n.doc = s.doc "
                    "AND n.position = s.position)"
                )
                params.extend((key, role))
        if since is not None:
            where.append("s.published >= ?")
            params.append(_date(since, "since"))
        if until is not None:
            where.append("s.published <= ?")
            params.append(_date(until, "until"))
        if stance is not None:
            where.append("s.stance = ?")
            params.append(_stance(stance))
        if doc_id is not None:
            where.append("s.doc = (SELECT doc FROM documents WHERE doc_id = ?)")
            params.append(_text(doc_id, "doc_id"))
        sql = "SELECT s.doc, s.statement FROM statements s"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY s.published IS NULL, s.published, s.doc, s.position"
        if limit is not None:
            if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
                msg = f"limit must be a non-negative int or None, got {short_repr(limit)}"
                raise InvalidInputError(msg)
            sql += " LIMIT ?"
            params.append(limit)
        reader = _Reader(self._query)
        return [reader.statement_row(doc, data) for doc, data in self._query(sql, params)]

    def who(self, name: str, /) -> dict[str, list[Statement]]:
        """Who said what about the actor *name*: its statements about it, by speaker.

        The speakers are named as :func:`claimkit.to_records` names them (their
        canonical name, or the words as written); the order is that of
        :meth:`statements` (by publication date).
        """
        out: dict[str, list[Statement]] = {}
        for s in self.statements(about=name):
            out.setdefault(_speaker_label(s), []).append(s)
        return out

    def relations(self, doc_id: str | None = None, statement_id: str | None = None) -> list[Relation]:
        """Stored relations: all of them, those of a document, or those of one statement.

        Relations are stored by :meth:`add` (those within each document) and by
        :meth:`relate` (across documents, when both are stored).

        Raises:
            InvalidInputError: if *statement_id* is given without *doc_id*.
        """
        if statement_id is not None and doc_id is None:
            msg = "relations(statement_id=...) needs the doc_id of the statement's document too"
            raise InvalidInputError(msg)
        if doc_id is None:
            found = self._query("SELECT relation FROM relations ORDER BY a_doc_id, b_doc_id, a_statement, b_statement")
        elif statement_id is None:
            found = self._query(
                "SELECT relation FROM relations WHERE a_doc_id = ?1 OR b_doc_id = ?1 "
                "ORDER BY a_doc_id, b_doc_id, a_statement, b_statement",
                (_text(doc_id, "doc_id"),),
            )
        else:
            found = self._query(
                "SELECT relation FROM relations WHERE (a_doc_id = ?1 AND a_statement = ?2) "
                "OR (b_doc_id = ?1 AND b_statement = ?2) ORDER BY a_doc_id, b_doc_id, a_statement, b_statement",
                (_text(doc_id, "doc_id"), _text(statement_id, "statement_id")),
            )
        reader = _Reader(self._query)
        return [reader.relation(r[0]) for r in found]

    # ------------------------------------------------------------------ tables

    def to_records(self, *, table: str = "statements") -> list[dict[str, Any]]:
        """The store as one of the tables of :func:`claimkit.to_records`.

        The ``relations`` table lists every stored relation, across documents too.
        """
        if not isinstance(table, str) or table not in TABLES:
            return to_records([], table=table)  # raises the same error for a bad table
        if table == "relations":
            return [relation_row(r) for r in self.relations()]
        rows_: list[dict[str, Any]] = []
        for a in self.analyses():
            rows_.extend(to_records(a, table=table))
        return rows_

    def to_frame(self, *, table: str = "statements") -> pd.DataFrame:
        """The store as a pandas DataFrame (see :func:`claimkit.to_frame`)."""
        if table == "relations":
            return to_frame(self.relations(), table=table)
        return to_frame(self.analyses(), table=table)


# ---------------------------------------------------------------------- helpers


def _insert(db: sqlite3.Connection, docs: Iterable[Analysis]) -> int:
    """Store *docs* not stored yet (known by doc_id) with their index rows and relations; how many were new."""
    added = 0
    for a in docs:
        assert a.doc_id is not None  # checked by _checked()
        published = a.published.isoformat() if a.published is not None else None
        cursor = db.execute(
            "INSERT INTO documents (doc_id, published, analysis) VALUES (?, ?, ?) ON CONFLICT (doc_id) DO NOTHING",
            (a.doc_id, published, a.to_json()),
        )
        if cursor.rowcount == 0:
            continue
        added += 1
        doc = cursor.lastrowid
        by_id = {s.id: s for s in a.statements}
        actors = _save_actors(db, doc, a)
        statements = []
        names = set()
        for position, given in enumerate(a.statements):
            s = given if given.doc_id == a.doc_id else _with_doc(given, a.doc_id)
            data = _dumps(statement_to_plain(s, actors))
            statements.append((doc, position, s.id, published, s.stance.value, data))
            for name in _speaker_names(speaker_of(s, by_id), a):
                names.add((name, "speaker", doc, position))
            for name in _about_names(a, s):
                names.add((name, "about", doc, position))
        db.executemany("INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?)", statements)
        db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?, ?)", sorted(names))
        keys = {(term, predicate, doc) for term, predicate in _claim_keys(a)}
        db.executemany("INSERT OR IGNORE INTO keys VALUES (?, ?, ?)", sorted(keys))
        _save_relations(db, a.relations)
    return added


def _save_relations(db: sqlite3.Connection, relations: Iterable[Relation]) -> None:
    db.executemany(
        "INSERT OR IGNORE INTO relations VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (r.a.doc_id, r.a.id, r.b.doc_id, r.b.id, r.kind.value, r.score, _relation_row(r))
            for r in relations
            if r.a.doc_id is not None and r.b.doc_id is not None
        ],
    )


def _save_actors(db: sqlite3.Connection, doc: int | None, a: Analysis) -> dict[str, Actor]:
    """Store the actors of *a* (document *doc*), each once; them by id."""
    actors = {x.id: x for x in a.actors}
    db.executemany("INSERT INTO actors VALUES (?, ?, ?)", [(doc, i, _dumps(to_plain(x))) for i, x in actors.items()])
    return actors


def _relation_row(r: Relation) -> str:
    """The JSON of a stored relation: its statements by (doc_id, id), its claims in full."""
    return _dumps(relation_to_plain(r, statement_ref=lambda _: True, claim_ref=lambda _: False, actors={}))


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False)


def _candidates(
    query: Callable[[str, Sequence[object]], list[tuple[Any, ...]]], docs: Sequence[Analysis]
) -> list[Analysis]:
    """The stored analyses sharing index keys with *docs* (see :meth:`Store.relate`), read with *query*."""
    pairs: set[tuple[str, str]] = set()
    terms: set[str] = set()
    antonyms = _antonyms()
    for a in docs:
        for term, predicate in _claim_keys(a):
            terms.add(term)
            pairs.add((term, predicate))
            if predicate.startswith("v:"):
                pairs.update((term, "v:" + other) for other in antonyms.get(predicate[2:], ()))
    found: set[int] = set()
    for term, predicate in sorted(pairs):
        found.update(
            r[0]
            for r in query(
                "SELECT doc FROM keys WHERE term = ? AND predicate = ? ORDER BY doc DESC LIMIT ?",
                (term, predicate, PAIR_CANDIDATES),
            )
        )
    for term in sorted(terms):
        found.update(
            r[0]
            for r in query(
                "SELECT DISTINCT doc FROM keys WHERE term = ? ORDER BY doc DESC LIMIT ?", (term, TERM_CANDIDATES)
            )
        )
    chosen = sorted(found, reverse=True)[:MAX_CANDIDATES]
    out: list[Analysis] = []
    for i in range(0, len(chosen), 500):
        batch = sorted(chosen[i : i + 500])
        marks = ",".join("?" * len(batch))
        out.extend(
            _analysis(r[0])
            for r in query(f"SELECT analysis FROM documents WHERE doc IN ({marks}) ORDER BY doc", batch)  # noqa: S608
        )
    return out


def _checked(analyses: object) -> list[Analysis]:
    if isinstance(analyses, Analysis):
        items: list[object] = [analyses]
    elif isinstance(analyses, Iterable) and not isinstance(analyses, (str, bytes)):
        items = list(analyses)
    else:
        msg = f"expected an Analysis or an iterable of them, got {type(analyses).__name__}: {short_repr(analyses)}"
        raise InvalidInputError(msg)
    out = []
    for item in items:
        if not isinstance(item, Analysis):
            msg = f"expected an Analysis, got {type(item).__name__}: {short_repr(item)}"
            raise InvalidInputError(msg)
        if not item.doc_id:
            msg = "a stored analysis needs a doc_id: claimkit.analyze(text, published=..., doc_id=...)"
            raise InvalidInputError(msg)
        out.append(item)
    return out


def _analysis(data: str) -> Analysis:
    try:
        return Analysis.from_json(data)
    except SerializationError as e:
        msg = f"a stored analysis cannot be read: {e}"
        raise StoreError(msg) from e


def _full(data: str, cls: type[_T]) -> _T:
    """A stored object written in full (a row of schema version 1, an actor)."""
    try:
        return from_plain(json.loads(data), cls)
    except (ValueError, SerializationError) as e:
        msg = f"a stored {cls.__name__.lower()} cannot be read: {e}"
        raise StoreError(msg) from e


class _Reader:
    """Reads stored statements and relations, looking up the actors and statements they name by id.

    One reader serves one query: what it looked up is kept for the rows after.
    """

    def __init__(self, query: Callable[[str, Sequence[object]], list[tuple[Any, ...]]]) -> None:
        self._query = query
        self._actors: dict[tuple[int, str], Actor | None] = {}
        self._statements: dict[tuple[str | None, str], Statement | None] = {}

    def actor(self, doc: int, actor_id: str) -> Actor | None:
        key = (doc, actor_id)
        if key not in self._actors:
            found = self._query("SELECT actor FROM actors WHERE doc = ? AND actor_id = ?", (doc, actor_id))
            self._actors[key] = _full(found[0][0], Actor) if found else None
        return self._actors[key]

    def statement_row(self, doc: int, data: str) -> Statement:
        try:
            return statement_from_plain(json.loads(data), lambda actor_id: self.actor(doc, actor_id))
        except (ValueError, SerializationError) as e:
            msg = f"a stored statement cannot be read: {e}"
            raise StoreError(msg) from e

    def statement(self, doc_id: str | None, statement_id: str) -> Statement | None:
        key = (doc_id, statement_id)
        if key not in self._statements:
            found = self._query(
                "SELECT s.doc, s.statement FROM statements s JOIN documents d ON d.doc = s.doc "
                "WHERE d.doc_id = ? AND s.statement_id = ? ORDER BY s.position LIMIT 1",
                (doc_id, statement_id),
            )
            self._statements[key] = self.statement_row(*found[0]) if found else None
        return self._statements[key]

    def relation(self, data: str) -> Relation:
        try:
            return relation_from_plain(
                json.loads(data), statement=self.statement, claim=lambda _doc, _id: None, actor=lambda _id: None
            )
        except (ValueError, SerializationError) as e:
            msg = f"a stored relation cannot be read: {e}"
            raise StoreError(msg) from e


def _with_doc(s: Statement, doc_id: str | None) -> Statement:
    import attrs  # noqa: PLC0415

    return attrs.evolve(s, doc_id=doc_id)


def _text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        msg = f"{name} must be a non-empty str, got {short_repr(value)}"
        raise InvalidInputError(msg)
    return value


def _date(value: object, name: str) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    msg = f"{name} must be a date or an ISO date string like '2017-07-26', got {short_repr(value)}"
    raise InvalidInputError(msg)


def _stance(value: object) -> str:
    if isinstance(value, Stance):
        return value.value
    if isinstance(value, str) and value in {s.value for s in Stance}:
        return value
    msg = f"stance must be one of {', '.join(s.value for s in Stance)}, got {short_repr(value)}"
    raise InvalidInputError(msg)


def _name_key(name: str) -> str:
    return name_key(name) or name.strip().casefold()


def _actor_names(actor: Actor, a: Analysis) -> set[str]:
    """The keys an actor answers to: its name, its aliases, and those of what it is part of."""
    by_id = {x.id: x for x in a.actors}
    out: set[str] = set()
    seen: set[str] = set()
    current: Actor | None = actor
    while current is not None and current.id not in seen:
        seen.add(current.id)
        out.update(_name_key(n) for n in (current.name, *current.aliases))
        current = by_id.get(current.part_of) if current.part_of is not None else None
    out.discard("")
    return out


def _speaker_names(s: Statement, a: Analysis) -> set[str]:
    if s.speaker is not None:
        return _actor_names(s.speaker, a)
    if s.speaker_span is not None:
        return {_name_key(s.speaker_span.text)} - {""}
    return set()


def _about_names(a: Analysis, s: Statement) -> set[str]:
    """The actors a statement is about: mentioned in its content, or an argument of its claims."""
    out: set[str] = set()
    for actor in a.actors:
        if any(s.content.contains(m) for m in actor.mentions):
            out |= _actor_names(actor, a)
    by_id = {x.id: x for x in a.actors}
    for c in a.claims:
        if c.statement_id != s.id:
            continue
        for arg in (c.subject, c.object, c.recipient):
            if arg is not None and arg.actor_id is not None and arg.actor_id in by_id:
                out |= _actor_names(by_id[arg.actor_id], a)
    return out


def _speaker_label(s: Statement) -> str:
    if s.speaker is not None:
        return s.speaker.name
    if s.speaker_span is not None:
        return s.speaker_span.text
    return "(no speaker)"


@functools.cache
def _stopwords() -> frozenset[str]:
    return stopwords()


@functools.cache
def _antonyms() -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    for a, b, *_ in rows("antonyms.tsv"):
        ka, kb = verb_key(a), verb_key(b)
        out.setdefault(ka, set()).add(kb)
        out.setdefault(kb, set()).add(ka)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _claim_keys(a: Analysis) -> set[tuple[str, str]]:
    """(term, predicate) pairs of every claim of *a*: what :meth:`Store.relate` looks candidates up by.

    A term is an actor's name or alias (``@name``) or a content word's stem (``w:stem``) of
    a claim's subject, object or recipient; a predicate is its class (and the class's family)
    or its verb (``v:lemma``).
    """
    by_id = {x.id: x for x in a.actors}
    stop = _stopwords()
    out: set[tuple[str, str]] = set()
    for c in a.claims:
        predicates = _predicates(c)
        terms: set[str] = set()
        for arg in (c.subject, c.object, c.recipient):
            terms |= _arg_terms(arg, by_id, a, stop)
        out.update((t, p) for t in terms for p in predicates)
    return out


def _predicates(c: Claim) -> set[str]:
    out = {"v:" + verb_key(c.predicate.split(" ")[0])}
    if c.predicate_class:
        out.add("c:" + c.predicate_class)
        out.add("c:" + c.predicate_class.split("-")[0])
    return out


def _arg_terms(arg: Argument | None, by_id: dict[str, Actor], a: Analysis, stop: frozenset[str]) -> set[str]:
    if arg is None:
        return set()
    terms: set[str] = set()
    words = arg.text
    if arg.actor_id is not None and arg.actor_id in by_id:
        actor = by_id[arg.actor_id]
        terms.update("@" + n for n in _actor_names(actor, a))
        words += " " + actor.name
    terms.update("w:" + stem(w) for w in _WORD.findall(words.lower()) if w not in stop)
    return terms
