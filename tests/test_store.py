"""The claims store: idempotent batches, relating through the index, queries, schema, crashes, readers."""

import json
import sqlite3
import subprocess
import sys
import textwrap
import time

import attrs
import pytest

import claimkit
from claimkit import store as store_module
from claimkit.store import SCHEMA_VERSION, Store

MONDAY = "“Russia supplies weapons to the rebels,” Jane Doe said. The French Foreign Ministry denied it."
TUESDAY = "“Russia does not supply weapons to the rebels,” Ana Ruiz said on Monday."
OTHER = "“The harbour will reopen in May,” the port director said."


@pytest.fixture(scope="module")
def days():
    return [
        claimkit.analyze(MONDAY, published="2017-07-24", doc_id="mon"),
        claimkit.analyze(TUESDAY, published="2017-07-25", doc_id="tue"),
        claimkit.analyze(OTHER, published="2017-07-26", doc_id="harbour"),
    ]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "claims.db") as s:
        yield s


pytestmark = pytest.mark.needs_nltk_data


def test_add_is_idempotent_by_doc_id(store, days):
    assert store.add(days[:2]) == 2
    assert store.add(days) == 1
    assert store.add(days[0]) == 0
    assert len(store) == 3
    assert store.doc_ids() == ["mon", "tue", "harbour"]
    assert "mon" in store
    assert "nope" not in store
    assert store.get("tue") == days[1]
    assert list(store.analyses()) == days
    with pytest.raises(claimkit.NotFoundError, match="no stored document with id 'nope'"):
        store.get("nope")


def test_a_batch_is_all_or_nothing(store, days):
    bad = [days[0], days[1], "not an analysis"]
    with pytest.raises(claimkit.InvalidInputError):
        store.add(bad)
    assert len(store) == 0
    with pytest.raises(claimkit.InvalidInputError, match="doc_id"):
        store.add([attrs.evolve(days[0], doc_id=None)])
    with pytest.raises(claimkit.InvalidInputError):
        store.add("mon")


def test_relate_finds_relations_across_the_store(store, days):
    store.add([days[0], days[2]])
    found = store.relate([days[1]])
    assert [(r.kind.value, r.a.doc_id, r.b.doc_id) for r in found] == [("contradicts", "mon", "tue")]
    # the same as relating everything in memory, restricted to the new statements
    everything = claimkit.find_relations(days)
    expected = [
        (r.kind, r.a.doc_id, r.a.id, r.b.doc_id, r.b.id) for r in everything if "tue" in (r.a.doc_id, r.b.doc_id)
    ]
    assert [(r.kind, r.a.doc_id, r.a.id, r.b.doc_id, r.b.id) for r in found] == expected
    # not added: tuesday is not stored, nor are its relations
    assert "tue" not in store
    assert not store.relations("tue")
    assert store.candidates([days[1]]) == ["mon"]


def test_relate_and_add(store, days):
    store.add([days[0]])
    found = store.relate([days[1]], add=True)
    assert found
    assert "tue" in store
    r = found[0]
    assert store.relations("tue", r.b.id) == [r]
    assert store.relations("mon", r.a.id) == [r]
    assert r in store.relations()
    # relating a stored document again does not compare it with itself
    again = store.relate([days[1]])
    assert [(x.a.doc_id, x.b.doc_id) for x in again] == [("mon", "tue")]
    with pytest.raises(claimkit.InvalidInputError):
        store.relations(statement_id="s1")


def test_remove(store, days):
    store.add(days[:1])
    store.relate(days[1:2], add=True)
    assert store.relations("mon")
    assert store.remove(["tue", "nope"]) == 1
    assert store.doc_ids() == ["mon"]
    assert not [r for r in store.relations() if "tue" in (r.a.doc_id, r.b.doc_id)]
    assert all(s.doc_id == "mon" for s in store.statements())
    with pytest.raises(claimkit.InvalidInputError):
        store.remove([3])


def test_statement_queries(store, days):
    store.add(days)
    by_ruiz = store.statements(actor="ana ruiz")
    assert [(s.doc_id, s.speaker.name) for s in by_ruiz] == [("tue", "Ana Ruiz")]
    assert store.statements(actor="Nobody") == []
    assert [s.doc_id for s in store.statements(since="2017-07-25")] == ["tue", "harbour"]
    assert [s.doc_id for s in store.statements(until="2017-07-24")] == ["mon"] * len(days[0].statements)
    denials = store.statements(stance="deny")
    assert denials
    assert all(s.stance is claimkit.Stance.DENY for s in denials)
    assert store.statements(stance=claimkit.Stance.DENY) == denials
    assert len(store.statements(doc_id="mon")) == len(days[0].statements)
    assert len(store.statements(limit=1)) == 1
    everything = store.statements()
    assert len(everything) == sum(len(a.statements) for a in days)
    for s in everything:  # every statement names its document and slices back into its text
        assert store.get(s.doc_id).text[s.content.start : s.content.end] == s.content.text


def test_a_body_speaks_for_what_it_is_part_of(store, days):
    store.add(days)
    ministry = [s for s in days[0].statements if s.speaker is not None and s.speaker.part_of is not None]
    if not ministry:
        pytest.skip("the actor stage links no ministry to its country today")
    parent = days[0].actor(ministry[0].speaker.part_of).name
    assert any(s.id == ministry[0].id for s in store.statements(actor=parent))


def test_who_said_what_about_an_actor(store, days):
    store.add(days)
    about = store.who("Russia")
    assert set(about) == {"Jane Doe", "Ana Ruiz"}
    assert all(s.doc_id in {"mon", "tue"} for group in about.values() for s in group)
    assert store.who("Atlantis") == {}


@pytest.mark.parametrize(
    ("query", "error"),
    [
        ({"since": "yesterday"}, "since"),
        ({"until": 20170726}, "until"),
        ({"stance": "shout"}, "stance"),
        ({"actor": ""}, "actor"),
        ({"limit": -1}, "limit"),
        ({"doc_id": 3}, "doc_id"),
    ],
)
def test_bad_queries(store, query, error):
    with pytest.raises(claimkit.InvalidInputError, match=error):
        store.statements(**query)


def test_tables_of_the_store(store, days):
    store.add([days[0]])
    store.relate([days[1]], add=True)
    rows = store.to_records(table="statements")
    assert len(rows) == len(days[0].statements) + len(days[1].statements)
    relations = store.to_records(table="relations")
    assert any(r["cross_document"] for r in relations)
    frame = store.to_frame(table="actors")
    assert set(frame["doc_id"]) == {"mon", "tue"}
    with pytest.raises(claimkit.InvalidInputError, match="unknown table"):
        store.to_records(table="quotes")


def test_schema_is_versioned(tmp_path, days):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.add(days[:1])
        assert s.schema_version == SCHEMA_VERSION == 2
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == store_module.APPLICATION_ID
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.execute("PRAGMA user_version = 99")
    raw.commit()
    raw.close()
    with pytest.raises(claimkit.StoreError, match="newer"):
        Store(path)


def test_a_migration_step_runs_once(tmp_path, monkeypatch, days):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.add(days[:1])
    steps = []

    def step(db):
        steps.append(1)
        db.execute("CREATE TABLE notes (doc_id TEXT)")

    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(store_module.MIGRATIONS, SCHEMA_VERSION + 1, step)
    with pytest.raises(claimkit.StoreError, match="migrate"):
        Store(path, readonly=True)
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION + 1
        assert len(s) == 1
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION + 1
    assert steps == [1]


def test_a_failed_migration_leaves_the_old_schema(tmp_path, monkeypatch, days):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.add(days[:1])

    def step(db):
        db.execute("CREATE TABLE notes (doc_id TEXT)")
        raise sqlite3.OperationalError("disk full")

    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(store_module.MIGRATIONS, SCHEMA_VERSION + 1, step)
    with pytest.raises(claimkit.StoreError, match="disk full"):
        Store(path)
    monkeypatch.undo()
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert len(s) == 1


def test_not_a_store(tmp_path):
    other = tmp_path / "other.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    with pytest.raises(claimkit.StoreError, match="not a claimkit store"):
        Store(other)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(claimkit.StoreError):
        Store(junk)
    with pytest.raises(claimkit.StoreError, match="no store"):
        Store(tmp_path / "missing.db", readonly=True)
    with pytest.raises(claimkit.InvalidInputError):
        Store(3)


def test_readonly_and_closed(tmp_path, days):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.add(days[:1])
    with Store(path, readonly=True) as s:
        assert len(s) == 1
        with pytest.raises(claimkit.StoreError):
            s.add(days[1:2])
    s = Store(path)
    s.close()
    s.close()
    with pytest.raises(claimkit.StoreError, match="closed"):
        len(s)
    assert "closed" in repr(s)


# A child process that adds a batch slowly: it says "mid" once part of the batch is written
# inside the transaction, then waits to be killed.
_SLOW_WRITER = textwrap.dedent(
    """
    import sys, time
    import claimkit
    from claimkit.model import Analysis
    from claimkit.store import Store

    path, first, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    docs = [claimkit.Analysis.from_json(line) for line in sys.stdin.read().splitlines()]
    real = Analysis.to_json
    calls = []

    def slow(self, **kw):
        calls.append(1)
        if len(calls) == first + 3:
            print("mid", flush=True)
        if len(calls) > first + 3:
            time.sleep(0.5)
        return real(self, **kw)

    Analysis.to_json = slow
    with Store(path) as store:
        store.add(docs[:first])
        print("first", flush=True)
        store.add(docs[first:first + n])
        print("done", flush=True)
    """
)


def _docs(days, n):
    return [attrs.evolve(days[i % len(days)], doc_id=f"d{i}") for i in range(n)]


def _writer(tmp_path, docs, first, n):
    path = tmp_path / "s.db"
    child = subprocess.Popen(
        [sys.executable, "-c", _SLOW_WRITER, str(path), str(first), str(n)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    child.stdin.write("\n".join(d.to_json() for d in docs))
    child.stdin.close()
    return path, child


def test_a_process_killed_in_the_middle_of_add_leaves_no_half_document(tmp_path, days):
    docs = _docs(days, 12)
    path, child = _writer(tmp_path, docs, first=2, n=10)
    try:
        assert child.stdout.readline().strip() == "first"
        assert child.stdout.readline().strip() == "mid"
        child.kill()
    finally:
        child.wait(timeout=60)
        child.stdout.close()
    with Store(path) as s:
        assert s._query("PRAGMA integrity_check")[0][0] == "ok"
        assert s.doc_ids() == ["d0", "d1"]  # the first batch, not a document of the second
        assert len(s.statements()) == sum(len(d.statements) for d in docs[:2])
        s.add(docs)  # and it goes on
        assert len(s) == 12


def test_readers_see_whole_batches_while_a_writer_adds(tmp_path, days):
    docs = _docs(days, 12)
    path, child = _writer(tmp_path, docs, first=2, n=10)
    try:
        assert child.stdout.readline().strip() == "first"
        assert child.stdout.readline().strip() == "mid"
        # the writer is inside its transaction: a reader is not blocked and sees the first batch
        with Store(path, readonly=True, timeout=1) as reader:
            started = time.monotonic()
            counts = {len(reader)}
            statements = len(reader.statements())
            assert time.monotonic() - started < 5
        assert counts == {2}
        assert statements == sum(len(d.statements) for d in docs[:2])
        assert child.stdout.readline().strip() == "done"
    finally:
        child.wait(timeout=120)
        child.stdout.close()
    with Store(path, readonly=True) as reader:
        assert len(reader) == 12


def test_a_statement_row_names_its_speaker_and_a_relation_row_its_statements(tmp_path, days):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.relate(days[:2], add=True)
        said = s.statements(doc_id="tue")
        relations = s.relations()
    assert said == [attrs.evolve(x, doc_id="tue") for x in days[1].statements]
    assert said[0].speaker is not None
    assert said[0].speaker.mentions  # the actor read back whole, with its mentions
    assert relations
    raw = sqlite3.connect(path)
    speakers = [json.loads(r[0])["speaker"] for r in raw.execute("SELECT statement FROM statements")]
    assert {"id": said[0].speaker.id, "name": said[0].speaker.name} in speakers
    relation = json.loads(raw.execute("SELECT relation FROM relations").fetchone()[0])
    assert relation["a"] == {"doc_id": relations[0].a.doc_id, "id": relations[0].a.id}
    assert raw.execute("SELECT count(*) FROM actors").fetchone()[0] == len(days[0].actors) + len(days[1].actors)
    raw.close()


def _store_v1(path, analyses, relations):
    """A store as claimkit wrote it with schema version 1: every row holds its objects in full."""
    from claimkit._serialize import to_plain

    raw = sqlite3.connect(path)
    store_module.MIGRATIONS[1](raw)
    for doc, a in enumerate(analyses, start=1):
        data = to_plain(a) | {"format": 1}
        raw.execute("INSERT INTO documents VALUES (?, ?, ?, ?)", (doc, a.doc_id, str(a.published), json.dumps(data)))
        raw.executemany(
            "INSERT INTO statements VALUES (?, ?, ?, ?, ?, ?)",
            [
                (doc, i, x.id, str(a.published), x.stance.value, json.dumps(to_plain(x)))
                for i, x in enumerate(a.statements)
            ],
        )
    raw.executemany(
        "INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(r.a.doc_id, r.a.id, r.b.doc_id, r.b.id, r.kind.value, r.score, json.dumps(to_plain(r))) for r in relations],
    )
    raw.execute(f"PRAGMA application_id = {store_module.APPLICATION_ID}")
    raw.execute("PRAGMA user_version = 1")
    raw.commit()
    raw.close()


def test_a_version_1_store_is_migrated_to_references(tmp_path, days):
    path = tmp_path / "old.db"
    relations = claimkit.find_relations(days[:2])
    assert relations
    _store_v1(path, days[:2], relations)
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        assert list(s.analyses()) == days[:2]
        assert s.statements() == [x for a in days[:2] for x in a.statements]
        assert s.relations() == sorted(relations, key=lambda r: (r.a.doc_id, r.b.doc_id, r.a.id, r.b.id))
    raw = sqlite3.connect(path)
    first = json.loads(raw.execute("SELECT statement FROM statements").fetchone()[0])
    assert set(first["speaker"]) == {"id", "name"}
    assert json.loads(raw.execute("SELECT analysis FROM documents").fetchone()[0])["format"] == 2
    raw.close()
