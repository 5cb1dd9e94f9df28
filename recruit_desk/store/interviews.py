"""Interviews in the database: interviewers, kit snapshots, answers as they are given, submission."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..core.intake import check_note, check_summary, one_line, validate_interviewer_fields
from ..core.model import (
    Conduct,
    Interview,
    Interviewer,
    InterviewRecord,
    InterviewStatus,
    NotAssessedReason,
    Observation,
    Rating,
    Recommendation,
    unanswered,
)
from .connection import new_id, now
from .decisions import DecisionStore
from .errors import InterviewLocked, NotFound, StoreError, Unanswered, user_errors

if TYPE_CHECKING:
    from ..core.kit import KitSnapshot


# Why a question was not assessed, in the interviewer's words: a line on a
# report's first page, not a second note.
REASON_NOTE_MAX = 200
# What was seen of the candidate's conduct: a sentence or two of fact.
CONDUCT_NOTE_MAX = 300


def _interviewer(row: dict[str, Any]) -> Interviewer:
    return Interviewer(row["id"], row["name"], row["email"] or "", row["updated_at"])


# Ids per IN (...) list: well under SQLite's limit on parameters.
_CHUNK = 400


def _marks(values: list[Any]) -> str:
    return ", ".join("?" for _ in values)


def _rating(r: dict[str, Any]) -> Rating:
    return Rating(
        question_id=r["question_id"], value=r["value"], not_assessed=bool(r["not_assessed"]),
        note=r["note"] or "", star=tuple(r["star"] or ""), updated_at=r["updated_at"],
        not_assessed_reason=NotAssessedReason(r["not_assessed_reason"])
        if r["not_assessed_reason"] else None,
        not_assessed_note=r["not_assessed_note"] or "")


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
        conduct=Conduct(row["conduct"]) if row.get("conduct") else None,
        conduct_note=row.get("conduct_note") or "",
    )


class InterviewStore(DecisionStore):
    """Interviewers, the kits they interview with, and each interview's answers.

    Every answer is its own committed write, so nothing said in an interview
    waits for a save. A submitted interview changes only with a reason, which
    is kept as an amendment.
    """

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        # Snapshots never change once stored (their key is their content
        # hash), so parsing each one once per connection is enough.
        self._snapshots: dict[str, KitSnapshot] = {}

    def _submitted_changed(self, candidate_id: str) -> None:
        """Hook: what the candidate's submitted interviews say has just changed.

        Called inside the write's transaction after an interview is submitted,
        reopened or amended, so that anything derived from submitted interviews
        (the score cache) is rewritten in the same commit.
        """

    # -- interviewers --------------------------------------------------------

    def add_interviewer(self, name: str, *, email: str = "", id: str | None = None) -> Interviewer:
        problems = validate_interviewer_fields(name, email)
        if problems:
            raise ValueError("; ".join(f"{k}: {v}" for k, v in problems.items()))
        stamp = now()
        row = {"id": id or new_id(), "name": name.strip(), "email": email.strip(),
               "created_at": stamp, "updated_at": stamp}
        with self._write():
            self.db.table("interviewers").insert(row)
        return _interviewer(row)

    def interviewers(self) -> list[Interviewer]:
        with user_errors(self._where()):
            rows = self._rows("SELECT * FROM interviewers ORDER BY name")
        return [_interviewer(r) for r in rows]

    def interviewer(self, id_or_prefix: str) -> Interviewer:
        ident = self._resolve("interviewers", id_or_prefix, "interviewer")
        with user_errors(self._where()):
            return _interviewer(self._row("interviewers", "id", ident))

    # -- kit snapshots -------------------------------------------------------

    def save_snapshot(self, snapshot: KitSnapshot) -> str:
        digest = snapshot.content_hash
        with self._write():
            self.db.table("kit_snapshots").insert({
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
            from ..core.kit import KitSnapshot

            self._snapshots[digest] = KitSnapshot.from_json(row["body"])
        return self._snapshots[digest]

    # -- starting and reading ------------------------------------------------

    def start_interview(self, candidate_id: str, interviewer_id: str,
                        snapshot: KitSnapshot, *, id: str | None = None,
                        started_at: str | None = None) -> Interview:
        candidate = self.candidate(candidate_id)
        if candidate.consent_withdrawn_at:
            raise StoreError(f"{candidate.name} withdrew consent on "
                             f"{candidate.consent_withdrawn_at[:10]}: no further interview. "
                             "Erase their data with `recruit-desk retention --apply`.")
        if not candidate.consent_at:
            raise StoreError(f"{candidate.name} has not given consent; record consent before "
                             "the interview starts.")
        digest = self.save_snapshot(snapshot)
        stamp = started_at or now()
        interview_id = id or new_id()
        row = {
            "id": interview_id, "candidate_id": candidate.id,
            "interviewer_id": interviewer_id, "kit_id": snapshot.kit.id, "kit_hash": digest,
            "status": InterviewStatus.DRAFT.value, "started_at": stamp, "summary": "",
            "current_question": 0, "created_at": stamp, "updated_at": stamp,
        }
        with self._write():
            self.db.table("interviews").insert(row)
        return self.interview(interview_id)

    def start_or_resume(self, candidate_id: str, interviewer_id: str,
                        snapshot: KitSnapshot) -> Interview:
        """This interviewer's draft interview of the candidate, started if there is none.

        One draft per interviewer and candidate: starting again resumes it, on
        the kit it was started with (`snapshot` is used only for a new one).
        Should older data hold several drafts, the one written to last is
        resumed.
        """
        candidate = self.candidate(candidate_id)
        self.actor = self._actor_for(interviewer_id)  # named in the audit log
        # One write: two windows pressing Start at once still make one draft.
        with self._write():
            rows = self._rows(
                "SELECT * FROM interviews WHERE candidate_id = ? AND interviewer_id = ? "
                "AND status = ? ORDER BY updated_at DESC, id LIMIT 1",
                [candidate.id, interviewer_id, InterviewStatus.DRAFT.value])
            if rows:
                return _interview(rows[0])
            return self.start_interview(candidate.id, interviewer_id, snapshot)

    def interview(self, id_or_prefix: str) -> Interview:
        ident = self._resolve("interviews", id_or_prefix, "interview")
        with user_errors(self._where()):
            return _interview(self._row("interviews", "id", ident))

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
            return [_interview(r) for r in rows]

    # -- answers -------------------------------------------------------------

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
        self.db.table("amendments").insert({"id": new_id(), "interview_id": interview_id,
                                            "reason": amendment.strip(), "created_at": now()})
        candidate_id: str = row[1]
        return candidate_id

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
        with self._write():
            amended_candidate = self._writable(interview_id, amendment)
            self._upsert(table, record, key)
            self.conn.execute("UPDATE interviews SET updated_at = ? WHERE id = ?",
                              [stamp, interview_id])
            if amended_candidate:
                self._submitted_changed(amended_candidate)

    def _upsert_rating(self, interview_id: str, question_id: str, values: dict[str, Any],
                       amendment: str | None) -> None:
        self._write_answer(interview_id, "ratings", {"question_id": question_id, **values},
                           ("interview_id", "question_id"), amendment)

    def set_rating(self, interview_id: str, question_id: str, value: int | None, *,
                   not_assessed: bool = False, reason: NotAssessedReason | str | None = None,
                   reason_note: str = "", amendment: str | None = None) -> None:
        """Record a rating (1–5), or clear it; `not_assessed` marks a question skipped on purpose.

        A question not assessed counts as answered (for submitting) only with a
        reason; for OTHER, `reason_note` holds the interviewer's words.
        """
        if value is not None and (isinstance(value, bool) or value not in (1, 2, 3, 4, 5)):
            raise ValueError(f"A rating is 1 to 5, not {value!r}.")
        why = NotAssessedReason(reason) if not_assessed and reason is not None else None
        words = one_line(reason_note).strip() if why is NotAssessedReason.OTHER else ""
        if why is NotAssessedReason.OTHER and not words:
            raise ValueError("Say in a few words why the question was not assessed.")
        if len(words) > REASON_NOTE_MAX:
            raise ValueError(f"The reason takes at most {REASON_NOTE_MAX} characters.")
        if not_assessed:
            value = None
        self._upsert_rating(interview_id, question_id,
                            {"value": value, "not_assessed": int(not_assessed),
                             "not_assessed_reason": why.value if why else None,
                             "not_assessed_note": words}, amendment)

    def set_note(self, interview_id: str, question_id: str, note: str, *,
                 amendment: str | None = None) -> None:
        """Record the note; a note with control characters or over the length limit is refused."""
        if (problem := check_note(note)) is not None:
            raise ValueError(problem)
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
        with self._write():
            self.db.table("interviews").update(interview_id, {"current_question": int(index)})

    # -- submission and amendments -------------------------------------------

    def submit(self, interview_id: str, recommendation: Recommendation | str,
               summary: str = "", *, submitted_at: str | None = None,
               conduct: Conduct | str | None = None, conduct_note: str = "") -> Interview:
        """Lock the interview with its recommendation, summary and the conduct record.

        `conduct` is how the candidate treated staff and others outside the
        questions; "seen" needs `conduct_note`, what was seen.
        """
        recommendation = Recommendation(recommendation)
        if (problem := check_summary(summary)) is not None:
            raise ValueError(problem)
        conduct = Conduct(conduct) if conduct is not None else None
        conduct_note = one_line(conduct_note).strip() if conduct is Conduct.SEEN else ""
        if conduct is Conduct.SEEN and not conduct_note:
            raise ValueError("Say what was seen: the candidate's conduct, in a few words.")
        if len(conduct_note) > CONDUCT_NOTE_MAX:
            raise ValueError(f"What was seen takes at most {CONDUCT_NOTE_MAX} characters.")
        stamp = submitted_at or now()
        with self._write():
            current = self.interview(interview_id)
            if current.status is InterviewStatus.SUBMITTED:
                raise InterviewLocked("This interview was already submitted.")
            self._check_answered(current)
            self.db.table("interviews").update(current.id, {
                "status": InterviewStatus.SUBMITTED.value, "submitted_at": stamp,
                "recommendation": recommendation.value, "summary": summary, "updated_at": stamp,
                "conduct": conduct.value if conduct else None, "conduct_note": conduct_note,
            })
            self._submitted_changed(current.candidate_id)
        return self.interview(interview_id)

    def _check_answered(self, interview: Interview) -> None:
        """Refuse to submit while a question is neither rated nor not assessed with a reason."""
        snapshot = self.snapshot(interview.kit_hash)
        open_ = unanswered([q.id for q in snapshot.questions],
                           self.record(interview.id).ratings)
        if open_:
            number = {q.id: n for n, q in enumerate(snapshot.questions, start=1)}
            listed = ", ".join(f"Q{number[q]} ({q})" for q in open_)
            raise Unanswered(
                f"{len(open_)} question(s) are neither rated nor marked not assessed with a "
                f"reason: {listed}. Rate them, or mark them not assessed and say why, then "
                "submit.")

    def reopen(self, interview_id: str, reason: str) -> Interview:
        """Unlock a submitted interview for changes; the reason is kept with it."""
        if not reason.strip():
            raise InterviewLocked("Reopening a submitted interview needs a reason.")
        stamp = now()
        with self._write():
            current = self.interview(interview_id)
            if current.status is not InterviewStatus.SUBMITTED:
                return current
            self.db.table("amendments").insert({"id": new_id(), "interview_id": current.id,
                                                "reason": reason.strip(), "created_at": stamp})
            self.db.table("interviews").update(current.id, {
                "status": InterviewStatus.DRAFT.value, "updated_at": stamp})
            self._submitted_changed(current.candidate_id)
            self._audit("reopen", current.candidate_id, f"interview {current.id[:8]}")
        return self.interview(interview_id)

    def amendments(self, interview_id: str) -> list[dict[str, str]]:
        with user_errors(self._where()):
            return self._rows("SELECT * FROM amendments WHERE interview_id = ? "
                              "ORDER BY created_at", [interview_id])

    # -- whole records -------------------------------------------------------

    def record(self, interview_id: str) -> InterviewRecord:
        interview = self.interview(interview_id)
        return self._whole([interview], {})[0]

    def records(self, candidate_id: str, *, submitted_only: bool = True) -> list[InterviewRecord]:
        return self.records_of([candidate_id], submitted_only=submitted_only)[candidate_id]

    def records_of(self, candidate_ids: Iterable[str], *, submitted_only: bool = True,
                   values_only: bool = False) -> dict[str, list[InterviewRecord]]:
        """Each candidate's interviews with their answers, read a few queries per hundreds
        of candidates rather than per interview (a coordinator's import scores thousands).

        `values_only` reads only what scoring needs (the ratings' values), for
        the candidate list's cached scores.
        """
        ids = list(dict.fromkeys(candidate_ids))
        out: dict[str, list[InterviewRecord]] = {c: [] for c in ids}
        people: dict[str, Interviewer] = {}
        status = " AND status = 'submitted'" if submitted_only else ""
        for start in range(0, len(ids), _CHUNK):
            part = ids[start:start + _CHUNK]
            with user_errors(self._where()):
                interviews = [_interview(r) for r in self._rows(
                    f"SELECT * FROM interviews WHERE candidate_id IN ({_marks(part)}){status} "
                    "ORDER BY started_at, id", part)]
            whole = self._values(interviews, people) if values_only else \
                self._whole(interviews, people)
            for record in whole:
                out[record.interview.candidate_id].append(record)
        return out

    def _values(self, interviews: list[Interview],
                people: dict[str, Interviewer]) -> list[InterviewRecord]:
        """The interviews with their ratings' values only: notes and ticks are not read."""
        ratings: dict[str, dict[str, Rating]] = {i.id: {} for i in interviews}
        ids = list(ratings)
        with user_errors(self._where()):
            for start in range(0, len(ids), _CHUNK):
                part = ids[start:start + _CHUNK]
                for interview_id, question, value, skipped in self.conn.execute(
                        "SELECT interview_id, question_id, value, not_assessed FROM ratings "
                        f"WHERE interview_id IN ({_marks(part)})", part):
                    ratings[interview_id][question] = Rating(question, value, bool(skipped))
        for i in interviews:
            if i.interviewer_id not in people:
                people[i.interviewer_id] = self.interviewer(i.interviewer_id)
        return [InterviewRecord(i, people[i.interviewer_id], ratings[i.id]) for i in interviews]

    def _whole(self, interviews: list[Interview],
               people: dict[str, Interviewer]) -> list[InterviewRecord]:
        """The interviews with their ratings, observations and interviewers, in that order."""
        ratings: dict[str, dict[str, Rating]] = {i.id: {} for i in interviews}
        observations: dict[str, list[Observation]] = {i.id: [] for i in interviews}
        ids = list(ratings)
        with user_errors(self._where()):
            for start in range(0, len(ids), _CHUNK):
                part = ids[start:start + _CHUNK]
                for r in self._rows(f"SELECT * FROM ratings WHERE interview_id IN "
                                    f"({_marks(part)})", part):
                    ratings[r["interview_id"]][r["question_id"]] = _rating(r)
                for r in self._rows(f"SELECT * FROM observations WHERE interview_id IN "
                                    f"({_marks(part)}) ORDER BY question_id, item", part):
                    observations[r["interview_id"]].append(Observation(
                        r["question_id"], r["item"], bool(r["checked"]), r["updated_at"]))
        for i in interviews:
            if i.interviewer_id not in people:
                people[i.interviewer_id] = self.interviewer(i.interviewer_id)
        return [InterviewRecord(i, people[i.interviewer_id], ratings[i.id], observations[i.id])
                for i in interviews]

