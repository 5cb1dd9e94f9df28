"""The database schema as an ordered list of migrations.

A migration is never edited once shipped: a change is a new migration at the
end. `Store.open` backs the file up before applying any pending one.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from ..core.model import search_key
from .sync_tables import local_columns

migrations = Migrations("recruit_desk")


@migrations()
def m001_initial(db: Database) -> None:
    db.table("candidates").create(
        {
            "id": str, "name": str, "phone": str, "email": str, "position": str,
            "source": str, "language": str, "consent_at": str, "consent_version": str,
            "created_at": str, "updated_at": str,
        },
        pk="id", not_null={"name", "created_at", "updated_at"},
        defaults={"phone": "", "email": "", "position": "", "source": "", "language": "zh"},
    )
    db.table("interviewers").create(
        {"id": str, "name": str, "email": str, "created_at": str, "updated_at": str},
        pk="id", not_null={"name", "created_at", "updated_at"}, defaults={"email": ""},
    )
    # Content-addressed: many interviews run with the same kit share one row.
    db.table("kit_snapshots").create(
        {
            "hash": str, "kit_id": str, "kit_version": str, "bank_id": str,
            "bank_version": str, "body": str, "created_at": str,
        },
        pk="hash", not_null={"kit_id", "body", "created_at"},
    )
    db.table("interviews").create(
        {
            "id": str, "candidate_id": str, "interviewer_id": str, "kit_id": str,
            "kit_hash": str, "status": str, "started_at": str, "submitted_at": str,
            "recommendation": str, "summary": str, "current_question": int,
            "created_at": str, "updated_at": str,
        },
        pk="id",
        not_null={"candidate_id", "interviewer_id", "kit_id", "kit_hash", "status",
                  "started_at", "created_at", "updated_at"},
        defaults={"status": "draft", "summary": "", "current_question": 0},
        foreign_keys=[
            ("candidate_id", "candidates", "id"),
            ("interviewer_id", "interviewers", "id"),
            ("kit_hash", "kit_snapshots", "hash"),
        ],
    )
    db.table("interviews").create_index(["candidate_id"])
    # sqlite-utils has no call for CHECK constraints, and a rating outside 1–5
    # must be impossible whatever writes the file.
    db.execute(
        """
        CREATE TABLE ratings (
            interview_id TEXT NOT NULL REFERENCES interviews(id),
            question_id TEXT NOT NULL,
            value INTEGER CHECK (value IS NULL OR value BETWEEN 1 AND 5),
            not_assessed INTEGER NOT NULL DEFAULT 0 CHECK (not_assessed IN (0, 1)),
            note TEXT NOT NULL DEFAULT '',
            star TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (interview_id, question_id)
        )
        """
    )
    db.table("observations").create(
        {"interview_id": str, "question_id": str, "item": str, "checked": int,
         "updated_at": str},
        pk=("interview_id", "question_id", "item"),
        not_null={"checked", "updated_at"},
        foreign_keys=[("interview_id", "interviews", "id")],
    )


@migrations()
def m002_search_key_and_amendments(db: Database) -> None:
    # Search runs on one folded column (see core.model.search_key) instead of
    # FTS5: the default FTS5 tokenizer keeps a run of Chinese characters as a
    # single token, and the trigram tokenizer cannot match a two-character
    # query such as 张伟 — but a substring LIKE on folded text matches both.
    db.table("candidates").add_column("search_key", str, not_null_default="")
    for row in list(db.table("candidates").rows):
        db.table("candidates").update(
            row["id"], {"search_key": search_key(row["name"], row["phone"], row["email"])}
        )
    # Changing a submitted interview keeps who changed it, when and why.
    db.table("amendments").create(
        {"id": str, "interview_id": str, "reason": str, "created_at": str},
        pk="id", not_null={"interview_id", "reason", "created_at"},
        foreign_keys=[("interview_id", "interviews", "id")],
    )


@migrations()
def m003_candidate_score_cache(db: Database) -> None:
    # The candidate list shows each candidate's overall score and the panel's
    # recommendation; computing them per row would make a list of 10,000 slow,
    # so they are cached here and rewritten whenever an interview is submitted
    # or amended. Store.open fills them for existing rows after this step.
    db.table("candidates").add_column("overall", float)
    db.table("candidates").add_column("recommendation", str)


@migrations()
def m004_reasons_and_decisions(db: Database) -> None:
    # A question left without a rating says why (no time, not applicable,
    # declined, other in the interviewer's words). Rows from before keep no
    # reason: a report says "not assessed" for them and invents nothing.
    db.table("ratings").add_column("not_assessed_reason", str)
    db.table("ratings").add_column("not_assessed_note", str, not_null_default="")
    # The hiring decision. A change is a new row, so the history stays: who
    # decided what, and when. The latest row is the decision that stands.
    db.execute(
        """
        CREATE TABLE decisions (
            id TEXT PRIMARY KEY,
            candidate_id TEXT NOT NULL REFERENCES candidates(id),
            decision TEXT NOT NULL CHECK (decision IN ('hire', 'hold', 'reject')),
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            next_step TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.table("decisions").create_index(["candidate_id", "decided_at"])


def known_migrations() -> list[str]:
    """Names of every migration this version of the app knows, in order."""
    return [m.name for m in migrations.pending(Database(memory=True))]


@migrations()
def m005_score_status_cache(db: Database) -> None:
    # The list shows the overall score with its status beside it (INCOMPLETE,
    # or with gaps): a score is never shown without the word that qualifies
    # it. Cached with the score; Store.open fills it for existing rows.
    db.table("candidates").add_column("overall_status", str)


@migrations()
def m006_conduct_and_replies(db: Database) -> None:
    # How the candidate treated staff and others outside the questions: a
    # fact recorded at submission (none seen / seen, with what / not
    # observed), never scored. It replaces a question that was.
    db.table("interviews").add_column("conduct", str)
    db.table("interviews").add_column("conduct_note", str, not_null_default="")
    # A written work sample typed into the app: the candidate's reply, kept
    # with the interview (and erased with the candidate).
    db.execute(
        """
        CREATE TABLE replies (
            interview_id TEXT NOT NULL REFERENCES interviews(id),
            exercise_id TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            seconds REAL NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (interview_id, exercise_id)
        )
        """
    )


# The tables that travelled from m007 on; later ones join in their own step.
_FIRST_TRAVELLERS = ("interviewers", "candidates", "interviews", "amendments", "ratings",
                     "observations", "replies", "decisions")


def _travels(db: Database, table: str, device: str) -> None:
    """Give `table` its version vector and change number, and the triggers that keep them."""
    db.table(table).add_column("vv", str)
    db.table(table).add_column("seq", int)
    db.execute(f"UPDATE [{table}] SET vv = json_object(?, 1), seq = 1", [device])
    db.table(table).create_index(["seq"])
    columns = [c.name for c in db.table(table).columns if c.name not in local_columns(table)]
    # Every change made here bumps this device's entry of the row's
    # version vector and takes the next change number. A merge writes
    # both itself, and these do nothing then.
    db.execute(
        f"""
        CREATE TRIGGER sync_insert_{table} AFTER INSERT ON [{table}]
        WHEN NEW.seq IS NULL
        BEGIN
            UPDATE sync_state SET seq = seq + 1;
            UPDATE [{table}] SET seq = (SELECT seq FROM sync_state),
                vv = json_object((SELECT device_id FROM sync_state), 1)
            WHERE rowid = NEW.rowid;
        END
        """
    )
    db.execute(
        f"""
        CREATE TRIGGER sync_update_{table}
        AFTER UPDATE OF {", ".join(f"[{c}]" for c in columns)} ON [{table}]
        WHEN NEW.seq IS OLD.seq
        BEGIN
            UPDATE sync_state SET seq = seq + 1;
            UPDATE [{table}] SET seq = (SELECT seq FROM sync_state),
                vv = json_set(coalesce(OLD.vv, '{{}}'),
                              '$."' || (SELECT device_id FROM sync_state) || '"',
                              coalesce(json_extract(OLD.vv, '$."'
                                       || (SELECT device_id FROM sync_state) || '"'), 0) + 1)
            WHERE rowid = NEW.rowid;
        END
        """
    )


@migrations()
def m007_sync(db: Database) -> None:
    import secrets
    import socket

    # Who this database is: a stable id that never changes, and a name the
    # recruiter may edit ("Sarah's laptop"), both carried by every bundle.
    # `seq` counts the changes made here, so an export can take only what
    # changed since the last one for a given laptop.
    db.execute(
        """
        CREATE TABLE sync_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            device_id TEXT NOT NULL,
            device_name TEXT NOT NULL,
            seq INTEGER NOT NULL
        )
        """
    )
    device = secrets.token_hex(8)
    db.execute("INSERT INTO sync_state VALUES (1, ?, ?, 1)",
               [device, (socket.gethostname() or "laptop")[:60]])
    for table in _FIRST_TRAVELLERS:
        _travels(db, table, device)
    # An erased candidate leaves only their id, so the erasure reaches every
    # laptop; a candidate merged into another names the one kept.
    db.execute(
        """
        CREATE TABLE tombstones (
            candidate_id TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('erased', 'merged')),
            into_id TEXT,
            device_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            seq INTEGER NOT NULL
        )
        """
    )
    # A row changed on both sides since they last met: the local version
    # stays in its table, the incoming one waits here for a person to choose.
    db.execute(
        """
        CREATE TABLE sync_conflicts (
            id TEXT PRIMARY KEY,
            tbl TEXT NOT NULL,
            pk TEXT NOT NULL,
            candidate_id TEXT,
            incoming TEXT NOT NULL,
            incoming_vv TEXT NOT NULL,
            reason TEXT NOT NULL,
            device_id TEXT NOT NULL,
            device_name TEXT NOT NULL,
            detected_at TEXT NOT NULL,
            UNIQUE (tbl, pk, incoming_vv)
        )
        """
    )
    # Bundles imported (so the same one is recognised), and the change
    # number each named peer was last sent.
    db.execute(
        """
        CREATE TABLE sync_imports (
            bundle_id TEXT PRIMARY KEY,
            device_id TEXT NOT NULL,
            device_name TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            summary TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE TABLE sync_peers (name TEXT PRIMARY KEY, seq INTEGER NOT NULL, "
               "exported_at TEXT NOT NULL)")


@migrations()
def m008_settings(db: Database) -> None:
    # Settings that belong to the data rather than to one window: how many
    # backups are kept. The command line and the window read the same ones.
    db.execute("CREATE TABLE app_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations()
def m009_audit_log(db: Database) -> None:
    # Who did what to applicants' data: exports, imports, erasures, restores,
    # retention runs, reopened interviews. Never a name, phone, e-mail or note:
    # the candidate is named by id alone, so the log outlives their erasure.
    # It is only ever added to, and travels between laptops like the rest.
    db.execute(
        """
        CREATE TABLE audit_log (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            device_id TEXT NOT NULL,
            device_name TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            candidate_id TEXT,
            detail TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX audit_log_at ON audit_log (at)")
    device = db.execute("SELECT device_id FROM sync_state").fetchone()[0]
    _travels(db, "audit_log", device)
    db.execute("CREATE TRIGGER audit_log_kept BEFORE DELETE ON audit_log "
               "BEGIN SELECT RAISE(ABORT, 'the audit log is only ever added to'); END")


@migrations()
def m010_consent_withdrawn(db: Database) -> None:
    # A candidate may withdraw consent: no further interview, and their data
    # is due for erasure at once. It travels with the candidate's row.
    db.table("candidates").add_column("consent_withdrawn_at", str)


@migrations()
def m011_fair(db: Database) -> None:
    # Job fairs: an event (its id is made from its name, so every laptop that
    # opens the same fair names it alike) and each walk-in's check-in: when
    # they came, their place in the queue, when they were called and into
    # which interview, or when they left unseen. Both travel between laptops;
    # a check-in goes with its candidate's erasure.
    db.execute(
        """
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kit_id TEXT NOT NULL,
            positions TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE checkins (
            id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL REFERENCES events (id),
            candidate_id TEXT NOT NULL REFERENCES candidates (id),
            position TEXT NOT NULL DEFAULT '',
            checked_in_at TEXT NOT NULL,
            queued_at TEXT NOT NULL,
            called_at TEXT,
            called_by TEXT,
            interview_id TEXT,
            left_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX checkins_event ON checkins (event_id, queued_at)")
    db.execute("CREATE INDEX checkins_candidate ON checkins (candidate_id)")
    device = db.execute("SELECT device_id FROM sync_state").fetchone()[0]
    _travels(db, "events", device)
    _travels(db, "checkins", device)
    # A fair screen ends with "invite" or "not now" (or "hold"). The decisions
    # table's CHECK is widened in place, the way SQLite's ALTER TABLE page
    # gives for loosening a constraint (lang_altertable.html, section 7):
    # every row already stored satisfies the new one, so nothing is rewritten.
    old = "CHECK (decision IN ('hire', 'hold', 'reject'))"
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' "
                     "AND name = 'decisions'").fetchone()[0]
    if old not in sql:
        raise RuntimeError("m011: the decisions table is not as m004 made it")
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'decisions'",
               [sql.replace(old, "CHECK (decision IN ('hire', 'hold', 'reject', 'invite', "
                                 "'not_now'))")])
    db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    db.execute("PRAGMA writable_schema = OFF")


@migrations()
def m012_practice(db: Database) -> None:
    # Frame-of-reference practice: an interviewer's rating of a shipped practice
    # answer, beside the expert's. Never a candidate: kept apart from ratings,
    # so no report, agreement or severity figure can include it. It stays on
    # the laptop where it was practised.
    db.execute(
        """
        CREATE TABLE practice_attempts (
            id TEXT PRIMARY KEY,
            interviewer_id TEXT NOT NULL REFERENCES interviewers (id),
            answer_id TEXT NOT NULL,
            language TEXT NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
            expert INTEGER NOT NULL CHECK (expert BETWEEN 1 AND 5),
            at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX practice_attempts_by ON practice_attempts (interviewer_id, at)")
