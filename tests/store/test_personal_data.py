"""Personal data from consent to erasure: retention, the audit log, an access request."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from recruit_desk.cli import main
from recruit_desk.store.database import Store
from tests.conftest import submit_all

PEOPLE = {
    "old": ("欧阳晓东", "139 8765 4321", "ouyang.old@example.cn"),
    "hired": ("Priya Sharma", "+44 7700 900789", "priya.hired@example.com"),
    "recent": ("王芳", "136 9876 5432", "wangfang.recent@example.cn"),
}


@pytest.fixture
def office(tmp_path, mini_bank):
    """Three candidates: rejected long ago, hired long ago, and interviewed last week."""
    now = datetime.now(UTC)
    with Store.open(tmp_path / "data") as store:
        ids = {}
        for key, (name, phone, email) in PEOPLE.items():
            person = store.add_candidate(name, phone=phone, email=email, consent=True)
            ids[key] = person.id
            who = store.add_interviewer(f"Interviewer of {key}")
            started = (now - timedelta(days=300 if key != "recent" else 7)).isoformat()
            interview = store.start_interview(person.id, who.id, mini_bank.snapshot("mini"),
                                              started_at=started)
            store.set_note(interview.id, "AL-1", f"{name} said to call {phone} after six.")
            submit_all(store, interview.id, "yes")
        store.record_decision(ids["old"], "reject", by="王经理",
                              decided_at=(now - timedelta(days=250)).isoformat())
        store.record_decision(ids["hired"], "hire", by="王经理",
                              decided_at=(now - timedelta(days=250)).isoformat())
        yield store, ids


def holds(folder, *texts: str) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file()
                  and any(t.encode() in p.read_bytes() for t in texts))


def test_retention_lists_who_is_due_and_why_then_erases_them_everywhere(office):
    store, ids = office
    store.make_backup()
    due = store.retention_due()
    # Decided 250 days ago, kept 6 months: due. Hired: kept 24 months. Recent: not yet.
    assert [(d.candidate_id, d.since, d.hired) for d in due] == [(ids["old"], "decision", False)]
    name, phone, email = PEOPLE["old"]
    folder = store.path.parent
    assert holds(folder, phone, email)  # the check below could fail
    erased = store.apply_retention()
    assert [d.candidate_id for d in erased] == [ids["old"]]
    assert sorted(r.candidate.name for r in store.candidates()) == ["Priya Sharma", "王芳"]
    assert holds(folder, phone, email, name) == []
    # The audit log keeps the id and what happened, nothing that names her.
    actions = [(e.action, e.candidate_id) for e in store.audit_log()]
    assert ("erase", ids["old"]) in actions and ("retention", None) in actions
    rows = store.conn.execute("SELECT * FROM audit_log").fetchall()
    assert not any(t in str(rows) for t in (name, phone, email))
    # Two years on, the hired candidate is due too.
    later = {d.candidate_id for d in store.retention_due(datetime.now(UTC) + timedelta(days=500))}
    assert later == {ids["hired"], ids["recent"]}


def test_the_retention_periods_are_a_setting(office):
    store, ids = office
    store.set_retention(12, 36)
    assert store.retention_due() == []
    with pytest.raises(ValueError):
        store.set_retention(0, 12)


def test_the_audit_log_has_a_row_for_each_action_on_personal_data(office, tmp_path, capsys):
    store, ids = office
    folder = str(store.path.parent)
    assert main(["report", ids["recent"], "--out", str(tmp_path / "r.pdf"), "--data-dir",
                 folder]) == 0
    store.export_bundle(tmp_path / "b.rdbundle", "pw")
    with Store.open(tmp_path / "other") as other:
        other.add_candidate("Tom Becker", consent=True)
        other.export_bundle(tmp_path / "o.rdbundle", "pw")
    store.import_bundle(tmp_path / "o.rdbundle", lambda: "pw")
    store.reopen(store.interviews(ids["recent"])[0].id, "Misheard the second example")
    store.person_record(ids["hired"])
    saved = store.make_backup()
    store.delete_candidate(ids["old"])
    store.restore_backup(saved)
    store.apply_retention()
    actions = {e.action for e in store.audit_log()}
    assert actions >= {"export_pdf", "export_bundle", "import_bundle", "reopen",
                       "export_person", "erase", "restore", "retention"}
    # None of it names anyone; the laptop and the account that acted are there.
    text = json.dumps([e.__dict__ for e in store.audit_log()], ensure_ascii=False)
    assert not any(t in text for person in PEOPLE.values() for t in person)
    capsys.readouterr()
    assert main(["audit", "--data-dir", folder, "--since", "2000-01-01"]) == 0
    assert "answered an access request" in capsys.readouterr().out


def test_the_audit_log_is_only_ever_added_to_and_travels(office, tmp_path):
    store, ids = office
    store.person_record(ids["recent"])
    with pytest.raises(sqlite3.DatabaseError, match="only ever added to"):
        store.conn.execute("DELETE FROM audit_log")
    store.export_bundle(tmp_path / "b.rdbundle", "pw")
    with Store.open(tmp_path / "coordinator") as coordinator:
        coordinator.import_bundle(tmp_path / "b.rdbundle", lambda: "pw")
        assert "export_person" in {e.action for e in coordinator.audit_log()}


def test_an_access_request_holds_every_field_about_the_person_and_nobody_else(office, tmp_path,
                                                                             capsys):
    store, ids = office
    out = tmp_path / "request" / "answer.json"
    out.parent.mkdir()
    assert main(["export-person", ids["recent"][:8], "--out", str(out), "--data-dir",
                 str(store.path.parent)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    name, phone, email = PEOPLE["recent"]
    person = data["candidate"]
    assert (person["name"], person["phone"], person["email"]) == (name, phone, email)
    columns = {r[1] for r in store.conn.execute("PRAGMA table_info(candidates)")}
    assert set(person) == columns - {"search_key", "overall", "recommendation",
                                     "overall_status", "vv", "seq"}
    assert any(phone in r["note"] for r in data["ratings_and_notes"])
    assert data["interviews"][0]["interviewer_name"] == "Interviewer of recent"
    text = out.read_text(encoding="utf-8")
    for other in ("old", "hired"):
        assert not any(t in text for t in PEOPLE[other]), other
    # The report PDF in her language is beside it.
    assert (tmp_path / "request" / "answer.pdf").is_file()


def test_withdrawn_consent_stops_interviews_and_makes_the_candidate_due_now(office, mini_bank):
    from recruit_desk.store.errors import StoreError

    store, ids = office
    withdrawn = store.withdraw_consent(ids["recent"])
    assert withdrawn.consent_withdrawn_at is not None
    who = store.add_interviewer("Sarah Mitchell")
    with pytest.raises(StoreError, match="withdrew consent"):
        store.start_interview(ids["recent"], who.id, mini_bank.snapshot("mini"))
    due = {d.candidate_id: d.since for d in store.retention_due()}
    assert due[ids["recent"]] == "withdrawn"
    assert ("consent_withdrawn", ids["recent"]) in [(e.action, e.candidate_id)
                                                    for e in store.audit_log()]
