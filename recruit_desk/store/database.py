"""The interview database: opening it safely, and reading and writing core objects."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.model import (
    CONSENT_VERSION,
    Candidate,
    CandidateSummary,
    Interview,
    Interviewer,
    InterviewRecord,
    InterviewStatus,
    Observation,
    Rating,
    Recommendation,
    panel_recommendation,
    search_key,
    search_terms,
    validate_candidate_fields,
)
from . import errors
from .errors import (
    Ambiguous,
    DatabaseCorrupt,
    DatabaseTooNew,
    InterviewLocked,
    NotFound,
    StoreError,
    user_errors,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..core.assessment import Assessment
    from ..core.bank import KitSnapshot

# Scoring (core.assessment) and kit snapshots (core.bank) are imported where
# they are used: the candidate list opens without them, which keeps them off
# the start-up path of the interview window.

DB_FILENAME = "recruit-desk.sqlite3"
# The schema steps this version knows, in order (store/schema.py defines them;
# a test keeps the two lists equal). Checking them with plain SQL lets a
# current database open without importing sqlite-utils, whose import alone
# costs about 90 ms of every start-up and every `recruit-desk report`.
SCHEMA_STEPS = ("m001_initial", "m002_search_key_and_amendments", "m003_candidate_score_cache")
ENV_DATA_DIR = "RECRUIT_DESK_DATA_DIR"
_SQLITE_MAGIC = b"SQLite format 3\x00"
# A recruiter mid-interview would rather wait a moment than see an error when
# another process (a backup, a second window) holds the file briefly.
BUSY_TIMEOUT_MS = 3000


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def new_id() -> str:
    import uuid  # imports `platform`; only writes need it

    return str(uuid.uuid4())


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("recruit-desk", appauthor=False))


def _check_file(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not an SQLite database."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except IsADirectoryError:
        raise DatabaseCorrupt(f"{path} is a folder, not a Recruit Desk database.") from None
    except OSError as exc:
        raise errors.translate_os(exc, path) from exc
    if head and head != _SQLITE_MAGIC:
        raise DatabaseCorrupt(
            f"The database {path} is damaged or is not a Recruit Desk database. "
            "It was left untouched; restore a backup or choose another data folder."
        )


class Store:
    """One open database. Every write method commits before it returns."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None,
                 db: Database | None = None):
        self.conn = conn
        self.path = path
        self._db = db
        self._snapshots: dict[str, KitSnapshot] = {}

    @property
    def db(self) -> Database:
        """The sqlite-utils view of the connection, imported when first needed (writes)."""
        if self._db is None:
            from sqlite_utils import Database

            # No sqlite-utils plugins: scanning installed packages for them
            # costs start-up time, and we use none.
            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def _row(self, table: str, key: str, value: str) -> dict[str, Any]:
        rows = self._rows(f"SELECT * FROM [{table}] WHERE [{key}] = ?", [value])
        if not rows:
            raise NotFound(f"No {table[:-1]} {value}.")
        return rows[0]

    # -- opening ----------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path | str | None = None, *, migrate: bool = True) -> Store:
        folder = Path(data_dir) if data_dir is not None else default_data_dir()
        path = folder / DB_FILENAME
        if folder.exists() and not folder.is_dir():
            raise errors.DataFolderNotWritable(f"The data folder {folder} is a file, not a folder.")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.translate_os(exc, folder) from exc
        existed = path.exists()
        if existed:
            _check_file(path)
        elif not os.access(folder, os.W_OK):
            raise errors.DataFolderNotWritable(
                f"Recruit Desk cannot write to the data folder {folder}. "
                "Choose another with --data-dir."
            )
        with user_errors(path):
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
            store = cls(conn, path)
            try:
                store._configure()
                if migrate:
                    store._migrate(backup=existed)
            except BaseException:
                conn.close()
                raise
        return store

    def _refresh_scores(self, candidate_id: str) -> None:
        """Rewrite the candidate's cached overall score and panel recommendation."""
        assessment = self.assessment(candidate_id)
        overall = recommendation = None
        if assessment is not None:
            overall = assessment.scorecard.overall
            panel = panel_recommendation([r for _, r in assessment.recommendations])
            recommendation = panel.value if panel else None
        self.db["candidates"].update(candidate_id, {"overall": overall,
                                                    "recommendation": recommendation})

    @classmethod
    def memory(cls) -> Store:
        from sqlite_utils import Database

        from .schema import migrations

        db = Database(memory=True, execute_plugins=False)
        store = cls(db.conn, None, db)
        store.conn.execute("PRAGMA foreign_keys = ON")
        migrations.apply(store.db)
        return store

    def _configure(self) -> None:
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the schema first makes a damaged file fail here, before any
        # pragma that would write to it.
        self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self.conn.execute("PRAGMA foreign_keys = ON")
        mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise errors.DataFolderNotWritable(
                f"Recruit Desk cannot use write-ahead logging on {self.path} (mode {mode})."
            )
        # FULL makes each committed rating survive a power cut, not only a
        # crash: at a job fair the battery is the usual way a laptop stops.
        self.conn.execute("PRAGMA synchronous = FULL")
        # Deleted personal data is overwritten, not left in free pages.
        self.conn.execute("PRAGMA secure_delete = ON")

    def _applied_steps(self) -> list[str]:
        if not self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                 "AND name = '_sqlite_migrations'").fetchone():
            return []
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'recruit_desk' "
            "ORDER BY rowid")]

    def _migrate(self, backup: bool) -> None:
        applied = self._applied_steps()
        if applied == list(SCHEMA_STEPS):
            return
        from .schema import migrations

        known = list(SCHEMA_STEPS)
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise DatabaseTooNew(
                f"The database {self.path} was written by a newer Recruit Desk "
                f"(schema step {unknown[-1]}). Update the app to open it."
            )
        pending = migrations.pending(self.db)
        if not pending:
            return
        if backup and self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            self.backup(self._backup_path(len(applied)))
        migrations.apply(self.db)
        if "m003_candidate_score_cache" in {m.name for m in pending}:
            for (candidate_id,) in self.conn.execute(
                    "SELECT DISTINCT candidate_id FROM interviews WHERE status = 'submitted'"
            ).fetchall():
                self._refresh_scores(candidate_id)

    def _backup_path(self, version: int) -> Path:
        assert self.path is not None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        folder = self.path.parent / "backups"
        folder.mkdir(exist_ok=True)
        return folder / f"recruit-desk-schema{version}-{stamp}.sqlite3"

    @property
    def schema_version(self) -> int:
        return len(self._applied_steps())

    def backup(self, dest: Path) -> Path:
        """Copy the whole database, consistent even while it is in use."""
        with user_errors(dest):
            target = sqlite3.connect(str(dest))
            try:
                self.conn.backup(target)
            finally:
                target.close()
        return dest

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _where(self) -> Path | str:
        return self.path or ":memory:"

    # -- ids ----------------------------------------------------------------

    def _resolve(self, table: str, prefix: str, what: str) -> str:
        prefix = prefix.strip().lower()
        if not prefix:
            raise NotFound(f"No {what} id given.")
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with user_errors(self._where()):
            rows = self.conn.execute(
                f"SELECT id FROM [{table}] WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 6",
                [escaped + "%"],
            ).fetchall()
        if not rows:
            raise NotFound(f"No {what} has an id starting with '{prefix}'.")
        if len(rows) > 1 and not any(r[0] == prefix for r in rows):
            shown = ", ".join(r[0][:8] for r in rows[:5])
            raise Ambiguous(f"'{prefix}' matches several {what}s ({shown}…); give more of the id.")
        return prefix if any(r[0] == prefix for r in rows) else rows[0][0]

    # -- candidates ----------------------------------------------------------

    def add_candidate(self, name: str, *, phone: str = "", email: str = "",
                      position: str = "", source: str = "", language: str = "zh",
                      consent: bool = False, id: str | None = None,
                      created_at: str | None = None) -> Candidate:
        problems = validate_candidate_fields(name, email, phone, language)
        if problems:
            raise ValueError("; ".join(f"{k}: {v}" for k, v in problems.items()))
        stamp = created_at or now()
        row = {
            "id": id or new_id(), "name": name.strip(), "phone": phone.strip(),
            "email": email.strip(), "position": position.strip(), "source": source.strip(),
            "language": language, "consent_at": stamp if consent else None,
            "consent_version": CONSENT_VERSION if consent else None,
            "created_at": stamp, "updated_at": stamp,
        }
        row["search_key"] = search_key(row["name"], row["phone"], row["email"])
        with user_errors(self._where()), self.db.atomic():
            self.db["candidates"].insert(row)
        return self._candidate(row)

    def record_consent(self, candidate_id: str) -> Candidate:
        stamp = now()
        with user_errors(self._where()), self.db.atomic():
            self.db["candidates"].update(candidate_id, {
                "consent_at": stamp, "consent_version": CONSENT_VERSION, "updated_at": stamp,
            })
        return self.candidate(candidate_id)

    @staticmethod
    def _candidate(row: dict[str, Any]) -> Candidate:
        return Candidate(
            id=row["id"], name=row["name"], phone=row["phone"] or "", email=row["email"] or "",
            position=row["position"] or "", source=row["source"] or "",
            language=row["language"] or "zh", consent_at=row["consent_at"],
            consent_version=row["consent_version"], created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    def candidate(self, id_or_prefix: str) -> Candidate:
        ident = self._resolve("candidates", id_or_prefix, "candidate")
        with user_errors(self._where()):
            return self._candidate(self._row("candidates", "id", ident))

    _SUMMARY_SQL = """
        SELECT c.*,
          (SELECT count(*) FROM interviews i WHERE i.candidate_id = c.id) AS n_interviews,
          (SELECT count(*) FROM interviews i
             WHERE i.candidate_id = c.id AND i.status = 'submitted') AS n_submitted,
          (SELECT max(i.started_at) FROM interviews i WHERE i.candidate_id = c.id)
             AS last_interview
        FROM candidates c
    """

    _ORDER = {
        "name": "c.name COLLATE NOCASE", "created": "c.created_at",
        "position": "c.position COLLATE NOCASE", "source": "c.source COLLATE NOCASE",
        "last_interview": "last_interview", "overall": "c.overall",
    }

    def _search_clause(self, search: str | None) -> tuple[str, list[str]]:
        terms = search_terms(search or "")
        if not terms:
            return "", []
        like = [
            "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            for t in terms
        ]
        clause = " OR ".join("c.search_key LIKE ? ESCAPE '\\'" for _ in like)
        return f" WHERE ({clause})", like

    def candidates(self, search: str | None = None, *, order_by: str = "created",
                   descending: bool = False, limit: int | None = None,
                   offset: int = 0) -> list[CandidateSummary]:
        """Candidates with their interview counts, filtered and sorted in SQL."""
        where, params = self._search_clause(search)
        direction = "DESC" if descending else "ASC"
        sql = (f"{self._SUMMARY_SQL}{where} ORDER BY {self._ORDER[order_by]} {direction}, "
               "c.id")
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        with user_errors(self._where()):
            rows = self._rows(sql, params)
        return [self._summary(r) for r in rows]

    def count_candidates(self, search: str | None = None) -> int:
        where, params = self._search_clause(search)
        with user_errors(self._where()):
            return self.conn.execute(f"SELECT count(*) FROM candidates c{where}",
                                   params).fetchone()[0]

    def _summary(self, row: dict[str, Any]) -> CandidateSummary:
        n, submitted = row["n_interviews"], row["n_submitted"]
        if n == 0:
            status = "new"
        elif submitted < n:
            status = "in_interview"
        else:
            status = "interviewed"
        return CandidateSummary(
            self._candidate(row), status, n, submitted, row["last_interview"],
            row["overall"],
            Recommendation(row["recommendation"]) if row["recommendation"] else None)

    # -- interviewers --------------------------------------------------------

    def add_interviewer(self, name: str, *, email: str = "", id: str | None = None) -> Interviewer:
        if not name.strip():
            raise ValueError("name: An interviewer needs a name.")
        stamp = now()
        row = {"id": id or new_id(), "name": name.strip(), "email": email.strip(),
               "created_at": stamp, "updated_at": stamp}
        with user_errors(self._where()), self.db.atomic():
            self.db["interviewers"].insert(row)
        return Interviewer(row["id"], row["name"], row["email"], stamp)

    def interviewers(self) -> list[Interviewer]:
        with user_errors(self._where()):
            rows = self._rows("SELECT * FROM interviewers ORDER BY name")
        return [Interviewer(r["id"], r["name"], r["email"] or "", r["updated_at"]) for r in rows]

    def interviewer(self, id_or_prefix: str) -> Interviewer:
        ident = self._resolve("interviewers", id_or_prefix, "interviewer")
        with user_errors(self._where()):
            r = self._row("interviewers", "id", ident)
        return Interviewer(r["id"], r["name"], r["email"] or "", r["updated_at"])

    # -- kit snapshots -------------------------------------------------------

    def save_snapshot(self, snapshot: KitSnapshot) -> str:
        digest = snapshot.content_hash
        with user_errors(self._where()), self.db.atomic():
            self.db["kit_snapshots"].insert({
                "hash": digest, "kit_id": snapshot.kit.id, "kit_version": snapshot.kit.version,
                "bank_id": snapshot.bank.id, "bank_version": snapshot.bank.version,
                "body": snapshot.to_json(), "created_at": now(),
            }, ignore=True)
        self._snapshots[digest] = snapshot
        return digest

    def snapshot(self, digest: str) -> KitSnapshot:
        if digest not in self._snapshots:
            with user_errors(self._where()):
                row = self._row("kit_snapshots", "hash", digest)
            from ..core.bank import KitSnapshot

            self._snapshots[digest] = KitSnapshot.from_json(row["body"])
        return self._snapshots[digest]

    # -- interviews -----------------------------------------------------------

    def start_interview(self, candidate_id: str, interviewer_id: str,
                        snapshot: KitSnapshot, *, id: str | None = None,
                        started_at: str | None = None) -> Interview:
        candidate = self.candidate(candidate_id)
        if not candidate.consent_at:
            raise StoreError(f"{candidate.name} has not given consent; record consent before "
                             "the interview starts.")
        digest = self.save_snapshot(snapshot)
        stamp = started_at or now()
        row = {
            "id": id or new_id(), "candidate_id": candidate.id,
            "interviewer_id": interviewer_id, "kit_id": snapshot.kit.id, "kit_hash": digest,
            "status": InterviewStatus.DRAFT.value, "started_at": stamp, "summary": "",
            "current_question": 0, "created_at": stamp, "updated_at": stamp,
        }
        with user_errors(self._where()), self.db.atomic():
            self.db["interviews"].insert(row)
        return self.interview(row["id"])

    @staticmethod
    def _interview(row: dict[str, Any]) -> Interview:
        return Interview(
            id=row["id"], candidate_id=row["candidate_id"], interviewer_id=row["interviewer_id"],
            kit_id=row["kit_id"], kit_hash=row["kit_hash"],
            status=InterviewStatus(row["status"]), started_at=row["started_at"],
            submitted_at=row["submitted_at"],
            recommendation=Recommendation(row["recommendation"]) if row["recommendation"]
            else None,
            summary=row["summary"] or "", current_question=row["current_question"] or 0,
            updated_at=row["updated_at"],
        )

    def interview(self, id_or_prefix: str) -> Interview:
        ident = self._resolve("interviews", id_or_prefix, "interview")
        with user_errors(self._where()):
            return self._interview(self._row("interviews", "id", ident))

    def interviews(self, candidate_id: str | None = None,
                   status: InterviewStatus | None = None) -> list[Interview]:
        clauses, params = [], []
        if candidate_id is not None:
            clauses.append("candidate_id = ?")
            params.append(candidate_id)
        if status is not None:
            clauses.append("status = ?")
            params.append(status.value)
        with user_errors(self._where()):
            where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
            rows = self._rows(f"SELECT * FROM interviews{where} ORDER BY started_at, id", params)
            return [self._interview(r) for r in rows]

    def _writable(self, interview_id: str, amendment: str | None) -> str | None:
        """Check the interview may change; for a submitted one, record the amendment.

        Returns the candidate's id when a submitted interview is being amended
        (its scores in the candidate list must then be recomputed), else None.
        """
        row = self.conn.execute("SELECT status, candidate_id FROM interviews WHERE id = ?",
                                [interview_id]).fetchone()
        if row is None:
            raise NotFound(f"No interview {interview_id}.")
        if row[0] != InterviewStatus.SUBMITTED.value:
            return None
        if not (amendment and amendment.strip()):
            raise InterviewLocked("This interview was submitted; changing it needs a reason.")
        self.db["amendments"].insert({"id": new_id(), "interview_id": interview_id,
                                      "reason": amendment.strip(), "created_at": now()})
        return row[1]

    def _upsert(self, table: str, record: dict[str, Any], key: tuple[str, ...]) -> None:
        """Insert or update one row, touching only the given columns.

        Raw SQL on purpose: sqlite-utils decides once per connection whether
        SQLite supports ON CONFLICT by creating a probe table, and if that
        probe meets a lock held by another program it falls back for good to
        INSERT OR IGNORE + UPDATE, which silently drops a new rating (the
        NOT NULL updated_at makes the bare INSERT be ignored).
        """
        columns = list(record)
        updates = [c for c in columns if c not in key]
        sql = (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
               f"VALUES ({', '.join('?' for _ in columns)}) "
               f"ON CONFLICT ({', '.join(f'[{c}]' for c in key)}) DO UPDATE SET "
               + ", ".join(f"[{c}] = excluded.[{c}]" for c in updates))
        self.db.execute(sql, [record[c] for c in columns])

    def _write_answer(self, interview_id: str, table: str, record: dict[str, Any],
                      key: tuple[str, ...], amendment: str | None) -> None:
        """One rating, note, STAR tick or observation: its own committed transaction."""
        stamp = now()
        record = {"interview_id": interview_id, **record, "updated_at": stamp}
        with user_errors(self._where()), self.db.atomic():
            amended_candidate = self._writable(interview_id, amendment)
            self._upsert(table, record, key)
            self.conn.execute("UPDATE interviews SET updated_at = ? WHERE id = ?",
                              [stamp, interview_id])
            if amended_candidate:
                self._refresh_scores(amended_candidate)

    def _upsert_rating(self, interview_id: str, question_id: str, values: dict[str, Any],
                       amendment: str | None) -> None:
        self._write_answer(interview_id, "ratings", {"question_id": question_id, **values},
                           ("interview_id", "question_id"), amendment)

    def set_rating(self, interview_id: str, question_id: str, value: int | None, *,
                   not_assessed: bool = False, amendment: str | None = None) -> None:
        """Record a rating (1–5), or clear it; `not_assessed` marks a question skipped on purpose."""
        if value is not None and (isinstance(value, bool) or value not in (1, 2, 3, 4, 5)):
            raise ValueError(f"A rating is 1 to 5, not {value!r}.")
        if not_assessed:
            value = None
        self._upsert_rating(interview_id, question_id,
                            {"value": value, "not_assessed": int(not_assessed)}, amendment)

    def set_note(self, interview_id: str, question_id: str, note: str, *,
                 amendment: str | None = None) -> None:
        self._upsert_rating(interview_id, question_id, {"note": note}, amendment)

    def set_star(self, interview_id: str, question_id: str, heard: Iterable[str], *,
                 amendment: str | None = None) -> None:
        letters = "".join(ch for ch in "STAR" if ch in set(heard))
        self._upsert_rating(interview_id, question_id, {"star": letters}, amendment)

    def set_observation(self, interview_id: str, question_id: str, item: str,
                        checked: bool, *, amendment: str | None = None) -> None:
        self._write_answer(interview_id, "observations",
                           {"question_id": question_id, "item": item, "checked": int(checked)},
                           ("interview_id", "question_id", "item"), amendment)

    def set_position(self, interview_id: str, index: int) -> None:
        """Remember the question on screen, so a restarted app resumes there."""
        with user_errors(self._where()), self.db.atomic():
            self.db["interviews"].update(interview_id, {"current_question": int(index)})

    def submit(self, interview_id: str, recommendation: Recommendation | str,
               summary: str = "", *, submitted_at: str | None = None) -> Interview:
        recommendation = Recommendation(recommendation)
        stamp = submitted_at or now()
        with user_errors(self._where()), self.db.atomic():
            current = self.interview(interview_id)
            if current.status is InterviewStatus.SUBMITTED:
                raise InterviewLocked("This interview was already submitted.")
            self.db["interviews"].update(current.id, {
                "status": InterviewStatus.SUBMITTED.value, "submitted_at": stamp,
                "recommendation": recommendation.value, "summary": summary, "updated_at": stamp,
            })
            self._refresh_scores(current.candidate_id)
        return self.interview(interview_id)

    def reopen(self, interview_id: str, reason: str) -> Interview:
        """Unlock a submitted interview for changes; the reason is kept with it."""
        if not reason.strip():
            raise InterviewLocked("Reopening a submitted interview needs a reason.")
        stamp = now()
        with user_errors(self._where()), self.db.atomic():
            current = self.interview(interview_id)
            if current.status is not InterviewStatus.SUBMITTED:
                return current
            self.db["amendments"].insert({"id": new_id(), "interview_id": current.id,
                                          "reason": reason.strip(), "created_at": stamp})
            self.db["interviews"].update(current.id, {
                "status": InterviewStatus.DRAFT.value, "updated_at": stamp})
            self._refresh_scores(current.candidate_id)
        return self.interview(interview_id)

    def delete_candidate(self, candidate_id: str) -> Candidate:
        """Erase a candidate and everything recorded about them (a deletion request).

        Interviews, ratings, notes, observations and amendments go with the
        candidate in one transaction; the write-ahead log is then folded into
        the file and truncated so no copy of the rows is left beside it.
        Backups made before an upgrade are separate files and are not touched.
        """
        candidate = self.candidate(candidate_id)
        with user_errors(self._where()):
            with self.db.atomic():
                for table in ("ratings", "observations", "amendments"):
                    self.db.execute(
                        f"DELETE FROM [{table}] WHERE interview_id IN "
                        f"(SELECT id FROM interviews WHERE candidate_id = ?)", [candidate.id])
                self.db.execute("DELETE FROM interviews WHERE candidate_id = ?", [candidate.id])
                self.db.execute("DELETE FROM candidates WHERE id = ?", [candidate.id])
            if self.path is not None:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return candidate

    def amendments(self, interview_id: str) -> list[dict[str, str]]:
        with user_errors(self._where()):
            return self._rows("SELECT * FROM amendments WHERE interview_id = ? "
                              "ORDER BY created_at", [interview_id])

    def record(self, interview_id: str) -> InterviewRecord:
        interview = self.interview(interview_id)
        with user_errors(self._where()):
            ratings = {
                r["question_id"]: Rating(
                    question_id=r["question_id"], value=r["value"],
                    not_assessed=bool(r["not_assessed"]), note=r["note"] or "",
                    star=tuple(r["star"] or ""), updated_at=r["updated_at"])
                for r in self._rows("SELECT * FROM ratings WHERE interview_id = ?",
                                    [interview.id])
            }
            observations = [
                Observation(r["question_id"], r["item"], bool(r["checked"]), r["updated_at"])
                for r in self._rows("SELECT * FROM observations WHERE interview_id = ? "
                                    "ORDER BY question_id, item", [interview.id])
            ]
        return InterviewRecord(interview, self.interviewer(interview.interviewer_id),
                               ratings, observations)

    def records(self, candidate_id: str, *, submitted_only: bool = True) -> list[InterviewRecord]:
        status = InterviewStatus.SUBMITTED if submitted_only else None
        return [self.record(i.id) for i in self.interviews(candidate_id, status)]

    def assessment(self, candidate_id: str, kit_id: str | None = None) -> Assessment | None:
        """The candidate's submitted interviews on one kit, scored; None if none submitted.

        Without `kit_id`, the kit of the most recently submitted interview. The
        questions shown are those of the latest snapshot of that kit.
        """
        candidate = self.candidate(candidate_id)
        records = self.records(candidate.id)
        if kit_id is None and records:
            kit_id = max(records, key=lambda r: r.interview.submitted_at or "").interview.kit_id
        records = [r for r in records if r.interview.kit_id == kit_id]
        if not records:
            return None
        latest = max(records, key=lambda r: r.interview.submitted_at or "")
        from ..core.assessment import assess

        return assess(candidate, self.snapshot(latest.interview.kit_hash), records)

    def assessments(self, kit_id: str | None = None, *,
                    every_kit: bool = False) -> list[Assessment]:
        """Assessments of every candidate with a submitted interview, by name.

        One per candidate (the given kit, or their latest), or with
        `every_kit` one per candidate and kit they were interviewed with.
        """
        out: list[Assessment] = []
        for row in self.candidates(order_by="name"):
            if not row.submitted:
                continue
            kits = sorted({i.kit_id for i in self.interviews(row.id)}) if every_kit \
                else [kit_id]
            out += [a for k in kits if (a := self.assessment(row.id, k))]
        return out


__all__ = ["Store", "StoreError", "default_data_dir", "DB_FILENAME", "ENV_DATA_DIR"]
