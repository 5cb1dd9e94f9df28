"""Opening a database made by an older Recruit Desk migrates it forward, after a backup."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from recruit_desk.store.database import DB_FILENAME, Store
from recruit_desk.store.errors import DatabaseTooNew
from recruit_desk.store.schema import known_migrations, migrations


def make_schema1_database(folder):
    """A database exactly as the first release left it: schema step 1 only."""
    folder.mkdir(parents=True, exist_ok=True)
    db = Database(folder / DB_FILENAME)
    migrations.apply(db, stop_before="m002_search_key_and_amendments")
    db["candidates"].insert({
        "id": "11111111-aaaa-bbbb-cccc-000000000001", "name": "张伟明", "phone": "139 1020 3344",
        "email": "Zhang.WeiMing@example.cn", "created_at": "2026-01-05T09:00:00.000+00:00",
        "updated_at": "2026-01-05T09:00:00.000+00:00",
    })
    db.close()


def test_schema1_database_is_backed_up_then_migrated(tmp_path):
    make_schema1_database(tmp_path)
    with Store.open(tmp_path) as store:
        assert store.schema_version == len(known_migrations())
        # The old row gained its search key: found by a two-character Chinese
        # substring and by a case-insensitive e-mail part.
        assert [r.candidate.name for r in store.candidates("伟明")] == ["张伟明"]
        assert [r.candidate.name for r in store.candidates("zhang.weiming")] == ["张伟明"]
        assert "amendments" in store.db.table_names()
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1
    assert "schema1" in backups[0].name
    old = sqlite3.connect(backups[0])
    try:
        assert old.execute("SELECT name FROM candidates").fetchall() == [("张伟明",)]
        columns = [r[1] for r in old.execute("PRAGMA table_info(candidates)")]
        assert "search_key" not in columns
    finally:
        old.close()


def test_a_current_database_is_not_backed_up_again(tmp_path):
    Store.open(tmp_path).close()
    Store.open(tmp_path).close()
    assert not (tmp_path / "backups").exists()


def test_a_database_from_a_newer_app_is_refused_untouched(tmp_path):
    Store.open(tmp_path).close()
    conn = sqlite3.connect(tmp_path / DB_FILENAME)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('recruit_desk', 'm099_from_the_future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseTooNew, match="newer Recruit Desk"):
        Store.open(tmp_path)


def test_the_store_knows_every_schema_step_in_order():
    from recruit_desk.store.database import SCHEMA_STEPS

    assert list(SCHEMA_STEPS) == known_migrations()


_READ_ONLY_START = """
import sys
from recruit_desk.store.database import Store
with Store.open(sys.argv[1]) as store:
    rows = store.candidates("张伟")
    record = store.assessment(rows[0].id)
print(len(rows), record is not None, "sqlite_utils" in sys.modules)
"""


def test_opening_a_current_database_and_reading_needs_no_sqlite_utils(tmp_path):
    import subprocess
    import sys

    from recruit_desk.core.bank import shipped_bank
    from recruit_desk.store.demo import load_demo

    with Store.open(tmp_path) as store:
        load_demo(store, shipped_bank())
    out = subprocess.run([sys.executable, "-c", _READ_ONLY_START, str(tmp_path)],
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["2", "True", "False"], out.stderr
