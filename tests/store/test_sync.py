"""Three laptops, one hiring decision: bundles that merge exactly once and lose nothing.

Each laptop is a separate data folder. A and B are panel interviewers' laptops,
C the coordinator's.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from recruit_desk.core.model import may_see_panel
from recruit_desk.reports.candidate import candidate_report
from recruit_desk.store.bundle_file import BundleError, BundleReader
from recruit_desk.store.database import DB_FILENAME, Store
from tests.conftest import submit_all
from tests.reports.conftest import Pdf

PASS = "correct horse battery staple"


@pytest.fixture
def laptops(tmp_path):
    stores = {name: Store.open(tmp_path / name) for name in "ABC"}
    yield stores
    for store in stores.values():
        store.close()


def carry(source: Store, target: Store, folder: Path, *, since: str | None = None,
          passphrase: str | None = PASS):
    """Export from one laptop and import on another, as a USB stick would."""
    path = folder / f"{source.device.id}-{len(list(folder.glob('*.rdbundle')))}.rdbundle"
    source.export_bundle(path, passphrase, since=since)
    return target.import_bundle(path, lambda: PASS)


def interview(store: Store, candidate_id: str, who: str, snapshot, value: int, *,
              submit: bool = True) -> str:
    person = next((i for i in store.interviewers() if i.name == who), None) \
        or store.add_interviewer(who)
    started = store.start_interview(candidate_id, person.id, snapshot)
    for q in snapshot.questions:
        store.set_rating(started.id, q.id, value)
        store.set_note(started.id, q.id, f"{who} heard an example on {q.id}.")
    if submit:
        submit_all(store, started.id, "yes" if value >= 3 else "no", conduct="none_seen")
    return started.id


def digest(folder: Path) -> str:
    return hashlib.sha256((folder / DB_FILENAME).read_bytes()).hexdigest()


def test_two_panel_laptops_and_a_coordinator_make_one_scorecard_and_report(
        laptops, tmp_path, mini_bank):
    a, b, c = laptops["A"], laptops["B"], laptops["C"]
    snap = mini_bank.snapshot("mini")
    person = a.add_candidate("张伟", phone="138 0013 8001", position="客服专员", consent=True)
    carry(a, b, tmp_path)  # the candidate reaches the second interviewer
    interview(a, person.id, "李静", snap, 4)
    interview(b, person.id, "Sarah Mitchell", snap, 2)

    first = carry(a, c, tmp_path)
    second = carry(b, c, tmp_path)
    assert first.counts.new["interviews"] == 1 and second.counts.new["interviews"] == 1
    assert first.counts.new["ratings"] == len(snap.questions)
    assessment = c.assessment(person.id)
    assert sorted(r.interviewer.name for r in assessment.records) == ["Sarah Mitchell", "李静"]
    # Every question rated 4 by one and 2 by the other: the panel's mean is 3.0.
    assert assessment.scorecard.overall == 3.0
    assert c.candidates()[0].overall == 3.0
    # The kit snapshot came along: the report prints the questions as they were asked.
    text = Pdf.of(candidate_report(assessment, lang="en")).text
    assert "Sarah Mitchell" in text and "李静" in text
    assert snap.questions[0].text.en in text.replace("\n", " ")


def test_the_same_bundle_twice_changes_nothing_and_says_so(laptops, tmp_path, mini_bank):
    a, c = laptops["A"], laptops["C"]
    person = a.add_candidate("王芳", consent=True)
    interview(a, person.id, "李静", mini_bank.snapshot("mini"), 3)
    path = tmp_path / "a.rdbundle"
    a.export_bundle(path, PASS)
    assert c.import_bundle(path, lambda: PASS).changed
    c.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(tmp_path / "C")
    again = c.import_bundle(path, lambda: PASS)
    assert again.already_imported and not again.changed
    c.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert digest(tmp_path / "C") == before
    # A new bundle of the same rows is recognised row by row: only A's note that
    # it exported the first one is new.
    fresh = carry(a, c, tmp_path)
    assert fresh.counts.new == {"audit_log": 1} and fresh.counts.updated == {}
    # The candidate, the interviewer, the interview and its four ratings.
    assert fresh.counts.unchanged == 7
    assert len(c.candidates()) == 1 and len(c.interviews()) == 1


def test_a_dry_run_says_what_would_change_and_changes_nothing(laptops, tmp_path, mini_bank):
    a, c = laptops["A"], laptops["C"]
    person = a.add_candidate("陈晓燕", consent=True)
    interview(a, person.id, "李静", mini_bank.snapshot("mini"), 5)
    path = tmp_path / "a.rdbundle"
    a.export_bundle(path, PASS)
    preview = c.import_bundle(path, lambda: PASS, dry_run=True)
    assert preview.counts.new["candidates"] == 1 and preview.counts.new["interviews"] == 1
    assert c.candidates() == [] and c.conn.execute("SELECT count(*) FROM ratings").fetchone()[0] == 0
    assert c.import_bundle(path, lambda: PASS).counts.new == preview.counts.new


def test_a_phone_changed_on_two_laptops_is_a_conflict_kept_until_someone_chooses(
        laptops, tmp_path):
    a, c = laptops["A"], laptops["C"]
    person = a.add_candidate("Emily Carter", phone="+44 7700 900123", consent=True)
    carry(a, c, tmp_path)
    a.update_candidate(person.id, phone="+44 7700 900999")
    c.update_candidate(person.id, phone="+44 7700 900555")
    result = carry(a, c, tmp_path)
    assert result.counts.conflicts == 1
    # Nothing overwritten: C still shows its own phone, and both are on record.
    assert c.candidate(person.id).phone == "+44 7700 900555"
    (conflict,) = c.conflicts()
    assert conflict.candidate_name == "Emily Carter"
    assert ("phone", "+44 7700 900555", "+44 7700 900999") in conflict.differences
    # Importing it again does not add the same conflict twice.
    assert carry(a, c, tmp_path).counts.conflicts == 0 and len(c.conflicts()) == 1
    c.resolve(conflict.id[:8], "theirs")
    assert c.candidate(person.id).phone == "+44 7700 900999" and c.conflicts() == []
    # The choice travels back and settles it on A without a new conflict.
    back = carry(c, a, tmp_path)
    assert back.counts.conflicts == 0 and a.candidate(person.id).phone == "+44 7700 900999"


def test_a_wrong_clock_never_makes_an_old_edit_win(laptops, tmp_path, monkeypatch):
    a, c = laptops["A"], laptops["C"]
    person = a.add_candidate("Tom Becker", phone="+49 151 1", consent=True)
    carry(a, c, tmp_path)
    # C's clock is years fast, and C edits first; A edits later, in real time.
    import recruit_desk.store.candidates as candidates

    monkeypatch.setattr(candidates, "now", lambda: "2031-01-01T00:00:00.000+00:00")
    c.update_candidate(person.id, phone="+49 151 2")
    monkeypatch.undo()
    a.update_candidate(person.id, phone="+49 151 3")
    # Neither saw the other's edit: a conflict, whatever the timestamps say.
    assert carry(a, c, tmp_path).counts.conflicts == 1
    assert c.candidate(person.id).phone == "+49 151 2"
    # An edit made after seeing another wins even when its clock reads earlier.
    d = Store.open(tmp_path / "D")
    carry(a, d, tmp_path)
    monkeypatch.setattr(candidates, "now", lambda: "2001-01-01T00:00:00.000+00:00")
    d.update_candidate(person.id, phone="+49 151 4")
    monkeypatch.undo()
    assert carry(d, a, tmp_path).counts.updated == {"candidates": 1}
    assert a.candidate(person.id).phone == "+49 151 4"
    d.close()


def test_an_erasure_travels_and_an_old_bundle_cannot_bring_the_person_back(
        laptops, tmp_path, mini_bank):
    a, c = laptops["A"], laptops["C"]
    person = a.add_candidate("赵敏", phone="131 1122 3344", email="zhaomin@example.cn",
                             consent=True)
    interview(a, person.id, "李静", mini_bank.snapshot("mini"), 2)
    old = tmp_path / "old.rdbundle"
    a.export_bundle(old, PASS)
    c.import_bundle(old, lambda: PASS)
    a.delete_candidate(person.id)
    plain = tmp_path / "erasure.rdbundle"
    a.export_bundle(plain, None, since=None)
    # The tombstone that travels is the id alone: nothing of the person.
    with BundleReader(plain, lambda: "") as reader:
        stones = [r for r in reader.records() if isinstance(r, dict)
                  and r.get("type") == "tombstone"]
    assert [s["candidate_id"] for s in stones] == [person.id]
    assert "赵敏" not in str(stones) and "3344" not in str(stones)
    result = c.import_bundle(plain, lambda: PASS)
    assert result.counts.erased == 1
    assert c.candidates() == [] and c.interviews() == []
    assert c.conn.execute("SELECT count(*) FROM ratings").fetchone()[0] == 0
    # A third laptop that still has the old bundle cannot bring her back to C.
    b = laptops["B"]
    b.import_bundle(old, lambda: PASS)
    back = carry(b, c, tmp_path)
    assert back.counts.skipped > 0 and c.candidates() == []
    folder = tmp_path / "C"
    assert not any(b"zhaomin@example.cn" in p.read_bytes() for p in folder.rglob("*")
                   if p.is_file())


def test_the_same_person_on_two_laptops_is_offered_as_a_duplicate_and_merged_everywhere(
        laptops, tmp_path, mini_bank):
    a, b, c = laptops["A"], laptops["B"], laptops["C"]
    snap = mini_bank.snapshot("mini")
    on_a = a.add_candidate("王芳", phone="136 9876 5432", consent=True)
    on_b = b.add_candidate("王芳", phone="+86 136-9876-5432", email="wangfang@example.cn",
                           consent=True)
    interview(a, on_a.id, "李静", snap, 4)
    interview(b, on_b.id, "王磊", snap, 3)
    carry(a, c, tmp_path)
    carry(b, c, tmp_path)
    (group,) = c.duplicates()
    assert {p.id for p in group.candidates} == {on_a.id, on_b.id}
    assert group.interviews == (1, 1)
    kept = c.merge_candidates(on_a.id, on_b.id)
    # One record, both interviews, and the e-mail only B had.
    assert [r.candidate.id for r in c.candidates()] == [on_a.id]
    assert len(c.interviews(on_a.id)) == 2 and kept.email == "wangfang@example.cn"
    assert c.assessment(on_a.id).scorecard.overall == 3.5
    assert c.duplicates() == []
    # B imports the coordinator's bundle: the merge happens there too.
    result = carry(c, b, tmp_path)
    assert result.counts.merged == 1
    assert [r.candidate.id for r in b.candidates()] == [on_a.id]
    assert len(b.interviews(on_a.id)) == 2


@pytest.mark.parametrize("damage", ["wrong passphrase", "flipped byte", "truncated",
                                    "newer format"])
def test_a_bad_bundle_is_refused_in_one_line_and_the_database_is_untouched(
        laptops, tmp_path, mini_bank, damage):
    a, c = laptops["A"], laptops["C"]
    person = a.add_candidate("孙丽", consent=True)
    interview(a, person.id, "李静", mini_bank.snapshot("mini"), 3)
    c.add_candidate("Already here", consent=True)
    c.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / "a.rdbundle"
    a.export_bundle(path, PASS)
    data = bytearray(path.read_bytes())
    passphrase = PASS
    if damage == "wrong passphrase":
        passphrase = "Correct horse battery staple"
    elif damage == "flipped byte":
        data[len(data) // 2] ^= 0x01
    elif damage == "truncated":
        del data[len(data) - 100:]
    else:
        data[8:10] = (2).to_bytes(2, "big")
    path.write_bytes(bytes(data))
    before = digest(tmp_path / "C")
    with pytest.raises(BundleError) as refused:
        c.import_bundle(path, lambda: passphrase)
    message = str(refused.value)
    assert "\n" not in message
    assert {"wrong passphrase": "Wrong passphrase", "flipped byte": "changed",
            "truncated": "cut short", "newer format": "newer Recruit Desk"}[damage] in message
    c.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert digest(tmp_path / "C") == before
    assert [r.candidate.name for r in c.candidates()] == ["Already here"]


def test_nothing_in_an_encrypted_bundle_reads_as_plain_text(laptops, tmp_path, mini_bank):
    a = laptops["A"]
    person = a.add_candidate("欧阳晓东", phone="133 5555 6666", email="ouyang.xd@example.cn",
                             consent=True)
    interview(a, person.id, "李静", mini_bank.snapshot("mini"), 4)
    path = tmp_path / "a.rdbundle"
    a.export_bundle(path, PASS)
    data = path.read_bytes()
    for secret in ("欧阳晓东", "133 5555 6666", "ouyang.xd@example.cn", "李静",
                   "heard an example", "candidates", "interview"):
        assert secret.encode("utf-8") not in data, secret
    # The same export unencrypted does hold them (so the check above could fail).
    open_path = tmp_path / "open.rdbundle"
    a.export_bundle(open_path, None)
    with BundleReader(open_path, lambda: "") as reader:
        assert "ouyang.xd@example.cn" in str(list(reader.records()))


def test_ratings_from_another_laptop_stay_hidden_until_my_own_is_submitted(
        laptops, tmp_path, mini_bank):
    a, b = laptops["A"], laptops["B"]
    snap = mini_bank.snapshot("mini")
    person = a.add_candidate("张伟明", consent=True)
    carry(a, b, tmp_path)
    mine = interview(b, person.id, "Sarah Mitchell", snap, 2, submit=False)
    interview(a, person.id, "李静", snap, 5)
    carry(a, b, tmp_path)
    me = b.interview(mine).interviewer_id
    assert len(b.interviews(person.id)) == 2
    assert not may_see_panel(b.interviews(person.id), me)
    submit_all(b, mine, "no", conduct="none_seen")
    assert may_see_panel(b.interviews(person.id), me)


def test_a_submitted_interview_changes_only_with_its_amendment(laptops, tmp_path, mini_bank):
    a, c = laptops["A"], laptops["C"]
    snap = mini_bank.snapshot("mini")
    person = a.add_candidate("Priya Sharma", consent=True)
    done = interview(a, person.id, "Sarah Mitchell", snap, 3)
    carry(a, c, tmp_path)
    a.set_rating(done, "AL-1", 5, amendment="Misheard: she gave a second, stronger example.")
    result = carry(a, c, tmp_path)
    # (and A's note that it exported the first bundle)
    assert result.counts.new == {"amendments": 1, "audit_log": 1}
    assert result.counts.updated == {"ratings": 1}
    assert c.record(done).ratings["AL-1"].value == 5
    # A change with no amendment behind it (written into A's file by another
    # program) is kept apart as a conflict; C's submitted interview stays.
    raw = sqlite3.connect(tmp_path / "A" / DB_FILENAME)
    raw.execute("UPDATE ratings SET value = 1 WHERE interview_id = ? AND question_id = 'AL-2'",
                [done])
    raw.commit()
    raw.close()
    result = carry(a, c, tmp_path)
    assert result.counts.conflicts == 1 and c.record(done).ratings["AL-2"].value == 3
    assert c.conflicts()[0].reason == "submitted"


def test_since_last_carries_only_what_changed_since_the_last_bundle_for_that_laptop(
        laptops, tmp_path, mini_bank):
    a, c = laptops["A"], laptops["C"]
    first = a.add_candidate("Maria González", consent=True)
    interview(a, first.id, "Sarah Mitchell", mini_bank.snapshot("mini"), 4)
    whole = a.export_bundle(tmp_path / "1.rdbundle", PASS, since="coordinator")
    assert whole.rows["ratings"] == 4
    c.import_bundle(tmp_path / "1.rdbundle", lambda: PASS)
    a.add_candidate("Olivia Brown", consent=True)
    part = a.export_bundle(tmp_path / "2.rdbundle", PASS, since="coordinator")
    assert part.rows["candidates"] == 1 and part.rows["ratings"] == 0
    assert part.rows["interviews"] == 0
    # The new candidate, and A's note that it exported the first bundle.
    assert c.import_bundle(tmp_path / "2.rdbundle", lambda: PASS).counts.new == {
        "candidates": 1, "audit_log": 1}
    # Another peer still gets everything.
    assert a.export_bundle(tmp_path / "3.rdbundle", PASS, since="Sarah").rows["candidates"] == 2


def test_a_bundle_from_this_laptop_is_not_imported_here(laptops, tmp_path):
    a = laptops["A"]
    a.add_candidate("Daniel O'Connor", consent=True)
    a.export_bundle(tmp_path / "mine.rdbundle", PASS)
    with pytest.raises(BundleError, match="exported from this laptop"):
        a.import_bundle(tmp_path / "mine.rdbundle", lambda: PASS)


def test_a_shared_folder_takes_every_other_laptop_s_bundle_and_leaves_this_one(
        laptops, tmp_path, mini_bank):
    a, b, c = laptops["A"], laptops["B"], laptops["C"]
    folder = tmp_path / "usb"
    folder.mkdir()
    a.add_candidate("黄佳怡", consent=True)
    b.add_candidate("周婷", consent=True)
    a.rename_device("Fair laptop 1")
    assert a.sync_folder(folder, PASS).imported == ()
    b.sync_folder(folder, PASS)
    done = c.sync_folder(folder, PASS)
    assert len(done.imported) == 2 and done.problems == ()
    assert sorted(r.candidate.name for r in c.candidates()) == ["周婷", "黄佳怡"]
    assert any(p.name.startswith("Fair_laptop_1-") for p in folder.iterdir())
    # A bundle under another passphrase is named, and the rest still goes in.
    other = Store.open(tmp_path / "D")
    other.add_candidate("刘洋", consent=True)
    other.export_bundle(folder / "stranger.rdbundle", "another passphrase")
    other.close()
    again = a.sync_folder(folder, PASS)
    assert len(again.problems) == 1 and "Wrong passphrase" in again.problems[0]
    assert "周婷" in [r.candidate.name for r in a.candidates()]
    # A mistyped team passphrase opens nothing, and leaves nothing under it.
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(BundleError, match="opens none of the 3 bundle"):
        b.sync_folder(folder, "a typo")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_two_laptops_that_loaded_the_demo_the_same_day_agree_on_every_row(tmp_path):
    from recruit_desk.core.bank import shipped_bank
    from recruit_desk.store.demo import load_demo

    with Store.open(tmp_path / "X") as x, Store.open(tmp_path / "Y") as y:
        load_demo(x, shipped_bank())
        load_demo(y, shipped_bank())
        result = carry(y, x, tmp_path)
        # Written at different moments, but the same facts: no conflict, nothing doubled.
        assert not result.changed and result.counts.conflicts == 0
        assert len(x.decisions(next(r.candidate.id for r in x.candidates("张伟 ")))) == 1
