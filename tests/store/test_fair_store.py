"""Job fairs in the database: the event, the queue, the call, and the day carried between laptops.

The figures asserted here are counted by hand from what each test does.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from recruit_desk.core.bank import shipped_bank
from recruit_desk.core.fair import DEFAULT_KIT, Stage, event_id
from recruit_desk.core.model import Decision, InterviewStatus
from recruit_desk.store.database import Store
from recruit_desk.store.demo import FAIR, WALK_INS, load_demo
from recruit_desk.store.errors import NotFound, StoreError

FAIR_NAME = "2026秋季招聘会·上海"
PASS = "fair season 2026"


def at(clock: str, day: str = "2026-10-17") -> str:
    """A moment of the fair day (hh:mm, UTC), as the store writes it."""
    return f"{day}T{clock}:00.000+00:00"


@pytest.fixture
def snap(mini_bank):
    return mini_bank.snapshot("mini")


class Desk:
    """One laptop at the fair: its store, an event and two interviewers."""

    def __init__(self, store: Store, snapshot):
        self.store, self.snap = store, snapshot
        self.event = store.open_event(FAIR_NAME, kit_id="mini", positions=["客服专员", "在线客服"])
        self.li = store.add_interviewer("李静")
        self.wang = store.add_interviewer("王磊")

    def walk_in(self, name: str, clock: str, *, phone: str = "", email: str = "",
                position: str = "客服专员") -> str:
        person = self.store.add_candidate(name, phone=phone, email=email, position=position,
                                          source=FAIR_NAME, consent=True)
        return self.store.check_in(self.event.id, person.id, at=at(clock)).id

    def screen(self, checkin_id: str, who, decision: Decision | None, value: int = 4) -> str:
        """Call the walk-in, rate every question, submit, and decide; the interview's id."""
        checkin, interview = self.store.call(checkin_id, who.id, self.snap)
        for question in self.snap.questions:
            self.store.set_rating(interview.id, question.id, value)
        self.store.submit(interview.id, "yes" if value >= 3 else "no", conduct="none_seen")
        if decision is not None:
            self.store.record_decision(checkin.candidate_id, decision, by=who.name)
        return interview.id


@pytest.fixture
def desk(store, snap):
    return Desk(store, snap)


def stages(store: Store) -> dict[str, Stage]:
    return {c.name: c.stage for c in store.checkins(FAIR_NAME)}


# -- the event ------------------------------------------------------------------------


def test_opening_an_event_twice_gives_the_same_event_and_updates_kit_and_positions(store):
    first = store.open_event("2026秋季招聘会·上海", positions=["客服专员"])
    assert first.id == event_id(FAIR_NAME) and first.name == FAIR_NAME
    assert (first.kit_id, first.positions) == (DEFAULT_KIT, ("客服专员",))
    # The same name, spaced differently: the same event, unchanged when nothing is given.
    again = store.open_event("  2026秋季招聘会·上海 ")
    assert again == first and len(store.events()) == 1
    # Given, the kit and the positions change; the event stays one.
    changed = store.open_event(FAIR_NAME, kit_id="full-interview",
                               positions=["客服专员", "在线客服"])
    assert changed.id == first.id and changed.created_at == first.created_at
    assert (changed.kit_id, changed.positions) == ("full-interview", ("客服专员", "在线客服"))
    only_kit = store.open_event(FAIR_NAME, kit_id="job-fair-screen")
    assert (only_kit.kit_id, only_kit.positions) == ("job-fair-screen", ("客服专员", "在线客服"))
    assert store.events() == [only_kit]
    # Found by its name or its id.
    assert store.event(FAIR_NAME) == store.event(first.id) == only_kit
    with pytest.raises(NotFound):
        store.event("2026秋季招聘会·北京")
    with pytest.raises(ValueError):
        store.open_event("   ")


def test_positions_are_tidied_alike_when_the_event_is_new_and_when_it_is_updated(store):
    # The same list given when the event is made and when it is opened again.
    typed = [" 客服专员 ", "", "在线\n客服"]
    made = store.open_event("Autumn fair Manchester", positions=typed)
    updated = store.open_event("Autumn fair Manchester", positions=typed)
    assert updated.positions == ("客服专员", "在线 客服")
    assert made.positions == updated.positions


# -- check-in and the queue ---------------------------------------------------------------


def test_checking_in_needs_consent(desk):
    store = desk.store
    no_consent = store.add_candidate("刘洋", phone="135 2468 1357")
    with pytest.raises(StoreError, match="consent"):
        store.check_in(FAIR_NAME, no_consent.id)
    withdrawn = store.add_candidate("周婷", phone="134 8080 6060", consent=True)
    store.withdraw_consent(withdrawn.id)
    with pytest.raises(StoreError, match="consent"):
        store.check_in(FAIR_NAME, withdrawn.id)
    assert store.checkins(FAIR_NAME) == []
    # With consent, into the queue; the position is the candidate's unless given.
    ok = store.add_candidate("王芳", position="在线客服", consent=True)
    checkin = store.check_in(FAIR_NAME, ok.id, at=at("01:00"))
    assert (checkin.position, checkin.stage, checkin.name) == ("在线客服", Stage.WAITING, "王芳")
    assert checkin.checked_in_at == checkin.queued_at == at("01:00")
    other = store.check_in(FAIR_NAME, ok.id, "客服专员")
    assert other.position == "客服专员"


def test_the_queue_is_first_come_and_a_skip_sends_one_to_the_back(desk):
    store = desk.store
    a = desk.walk_in("陈俊", "01:02")
    b = desk.walk_in("林晓雪", "01:04")
    c = desk.walk_in("马志强", "01:09")
    assert [q.id for q in store.queue(FAIR_NAME)] == [a, b, c]
    skipped = store.skip(a)
    assert skipped.checked_in_at == at("01:02") and skipped.queued_at > at("01:09")
    assert [q.id for q in store.queue(FAIR_NAME)] == [b, c, a]
    # Two skips in a row (within the same millisecond or not) keep their order.
    store.skip(b)
    store.skip(c)
    assert [q.id for q in store.queue(FAIR_NAME)] == [a, b, c]
    # The list of check-ins keeps the order they came in.
    assert [x.id for x in store.checkins(FAIR_NAME)] == [a, b, c]


def test_a_walk_in_who_left_is_kept_and_counted_but_not_queued(desk):
    store = desk.store
    gone = desk.walk_in("黄佳怡", "01:20")
    stays = desk.walk_in("郑雨欣", "01:31")
    left = store.left_unseen(gone)
    assert left.stage is Stage.LEFT and left.left_at is not None
    assert [q.id for q in store.queue(FAIR_NAME)] == [stays]
    assert [c.id for c in store.checkins(FAIR_NAME)] == [gone, stays]
    summary = store.fair_summary(FAIR_NAME)
    assert (summary.checked_in, summary.waiting, summary.left) == (2, 1, 1)
    # Nobody called yet: no wait to average.
    assert summary.mean_wait is None


def test_calling_starts_the_screen_and_records_who_called(desk):
    store = desk.store
    first = desk.walk_in("陈俊", "01:02")
    second = desk.walk_in("林晓雪", "01:04")
    third = desk.walk_in("马志强", "01:09")
    called, interview = store.call_next(FAIR_NAME, desk.li.id, desk.snap)
    assert called.id == first and called.stage is Stage.IN_INTERVIEW
    assert called.interviewer == "李静" and called.interview_id == interview.id
    assert called.called_at is not None and called.started_at == interview.started_at
    assert (interview.interviewer_id, interview.kit_id, interview.status) == (
        desk.li.id, "mini", InterviewStatus.DRAFT)
    assert interview.candidate_id == called.candidate_id
    # Calling a given walk-in, out of turn.
    chosen, theirs = store.call(third, desk.wang.id, desk.snap)
    assert chosen.interviewer == "王磊" and theirs.interviewer_id == desk.wang.id
    assert [q.id for q in store.queue(FAIR_NAME)] == [second]
    summary = store.fair_summary(FAIR_NAME)
    assert (summary.waiting, summary.in_interview, summary.seen) == (1, 2, 0)
    # Only submitted screens count for the interviewers.
    assert summary.interviewers == ()


def test_call_next_with_nobody_waiting_is_none(desk):
    assert desk.store.call_next(FAIR_NAME, desk.li.id, desk.snap) is None
    gone = desk.walk_in("黄佳怡", "01:20")
    desk.store.left_unseen(gone)
    assert desk.store.call_next(FAIR_NAME, desk.li.id, desk.snap) is None


def test_a_walk_in_not_waiting_cannot_be_skipped_called_or_leave(desk):
    store = desk.store
    called = desk.walk_in("陈俊", "01:02")
    gone = desk.walk_in("黄佳怡", "01:20")
    store.call(called, desk.li.id, desk.snap)
    store.left_unseen(gone)
    for ident in (called, gone):
        with pytest.raises(StoreError, match="not waiting"):
            store.skip(ident)
        with pytest.raises(StoreError, match="not waiting"):
            store.call(ident, desk.wang.id, desk.snap)
        with pytest.raises(StoreError, match="not waiting"):
            store.left_unseen(ident)
    # Called once, by the first interviewer; no second interview was started.
    assert store.checkin(called).interviewer == "李静"
    assert len(store.interviews()) == 1
    with pytest.raises(NotFound):
        store.skip("no-such-check-in")


def test_a_screened_day_gives_its_figures(desk):
    store = desk.store
    a = desk.walk_in("陈俊", "01:02")
    b = desk.walk_in("林晓雪", "01:04")
    c = desk.walk_in("马志强", "01:09")
    d = desk.walk_in("何静怡", "01:13")
    gone = desk.walk_in("黄佳怡", "01:20")
    desk.screen(a, desk.li, Decision.INVITE)
    desk.screen(b, desk.wang, Decision.HOLD)
    desk.screen(c, desk.li, Decision.NOT_NOW, value=2)
    store.left_unseen(gone)
    store.call(d, desk.wang.id, desk.snap)
    summary = store.fair_summary(FAIR_NAME)
    # 5 checked in: 3 seen (one of each decision), 1 in the screen, 1 gone.
    assert (summary.checked_in, summary.waiting, summary.in_interview, summary.seen,
            summary.invited, summary.held, summary.not_now, summary.undecided,
            summary.left) == (5, 0, 1, 3, 1, 1, 1, 0, 1)
    # 李静 saw 陈俊 (invited) and 马志强; 王磊 saw 林晓雪 and is seeing 何静怡.
    assert [(i.name, i.seen, i.invited) for i in summary.interviewers] == [
        ("李静", 2, 1), ("王磊", 1, 0)]
    assert stages(store) == {"陈俊": Stage.SEEN, "林晓雪": Stage.SEEN, "马志强": Stage.SEEN,
                             "何静怡": Stage.IN_INTERVIEW, "黄佳怡": Stage.LEFT}


def test_a_decision_from_before_the_check_in_does_not_count_at_the_fair(desk):
    store = desk.store
    # Held after an interview last month; back at the fair and seen again.
    person = store.add_candidate("王芳", phone="136 9876 5432", consent=True)
    store.record_decision(person.id, Decision.HOLD, by="王经理",
                          decided_at=at("06:00", "2026-09-20"))
    checkin = store.check_in(FAIR_NAME, person.id, at=at("01:00")).id
    desk.screen(checkin, desk.li, None)
    summary = store.fair_summary(FAIR_NAME)
    assert (summary.seen, summary.held, summary.undecided) == (1, 0, 1)
    assert store.checkin(checkin).decision is None
    # Decided at the booth: that counts.
    store.record_decision(person.id, Decision.INVITE, by="李静")
    summary = store.fair_summary(FAIR_NAME)
    assert (summary.seen, summary.invited, summary.held, summary.undecided) == (1, 1, 0, 0)


# -- returning walk-ins ---------------------------------------------------------------------


def test_a_returning_walk_in_is_found_by_phone_digits_or_email_with_their_last_visit(
        desk, snap):
    store = desk.store
    seen_before = store.add_candidate("张伟", phone="138 0013 8001", email="ZhangWei@Example.cn",
                                      consent=True, created_at=at("01:00", "2026-09-01"))
    store.start_interview(seen_before.id, desk.li.id, snap, started_at=at("02:00", "2026-09-03"))
    entered = store.add_candidate("黄佳怡", phone="130 2222 3333", email="huangjy@example.cn",
                                  consent=True)
    # By the digits of the phone, however they are typed.
    for typed in ("13800138001", "138-0013-8001", " 138 0013 8001 "):
        assert store.returning(typed, "") == [(store.candidate(seen_before.id),
                                                at("02:00", "2026-09-03"))]
    # By the e-mail, whatever its case.
    assert [c.id for c, _ in store.returning("", " zhangwei@EXAMPLE.CN ")] == [seen_before.id]
    # Entered but never seen: found, with no visit.
    assert store.returning("130 2222 3333", "") == [(store.candidate(entered.id), None)]
    # Nothing to look up, or nobody with it.
    assert store.returning("", "") == [] and store.returning("  ", " ") == []
    assert store.returning("139 9999 0000", "nobody@example.cn") == []
    assert store.returning("---", "") == []
    # Checked in at the fair later: that is the last visit now.
    store.check_in(FAIR_NAME, seen_before.id, at=at("01:30"))
    assert store.returning("13800138001", "") == [(store.candidate(seen_before.id),
                                                    at("01:30"))]
    # An earlier check-in does not hide a later interview.
    store.check_in(FAIR_NAME, entered.id, at=at("01:00", "2026-10-01"))
    store.start_interview(entered.id, desk.wang.id, snap, started_at=at("03:00", "2026-10-02"))
    assert store.returning("", "HUANGJY@example.cn")[0][1] == at("03:00", "2026-10-02")


def test_a_returning_walk_in_typed_with_the_country_code_is_found(desk):
    # duplicates() calls "+86 138 0013 8001" and "138 0013 8001" the same phone
    # (the last 11 digits); the check-in form must recognise the person too,
    # or it makes the duplicate a coordinator has to merge later.
    store = desk.store
    person = store.add_candidate("张伟", phone="138 0013 8001", consent=True)
    assert [c.id for c, _ in store.returning("+86 138 0013 8001", "")] == [person.id]


# -- the file, erasure, merging ------------------------------------------------------------


def test_the_day_survives_closing_and_reopening_the_file(tmp_path, snap):
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        desk = Desk(store, snap)
        a = desk.walk_in("陈俊", "01:02")
        b = desk.walk_in("林晓雪", "01:04")
        c = desk.walk_in("马志强", "01:09")
        d = desk.walk_in("何静怡", "01:13")
        desk.screen(a, desk.li, Decision.INVITE)
        store.call(b, desk.wang.id, snap)
        store.skip(c)
        store.left_unseen(d)
        before = (store.events(), store.checkins(FAIR_NAME), store.queue(FAIR_NAME),
                  store.fair_summary(FAIR_NAME))
    with Store.open(folder) as store:
        after = (store.events(), store.checkins(FAIR_NAME), store.queue(FAIR_NAME),
                 store.fair_summary(FAIR_NAME))
        assert after == before
        assert [x.id for x in store.queue(FAIR_NAME)] == [c]
        assert stages(store) == {"陈俊": Stage.SEEN, "林晓雪": Stage.IN_INTERVIEW,
                                 "马志强": Stage.WAITING, "何静怡": Stage.LEFT}
        # The screen in progress carries on after the restart.
        (draft,) = store.interviews(status=InterviewStatus.DRAFT)
        checkin = store.checkin(b)
        assert checkin.interview_id == draft.id and checkin.interviewer == "王磊"


def test_erasing_a_candidate_takes_their_check_ins(desk):
    store = desk.store
    keep = desk.walk_in("陈俊", "01:02")
    erased = desk.walk_in("林晓雪", "01:04")
    desk.screen(erased, desk.wang, Decision.HOLD)
    person = store.checkin(erased).candidate_id
    # They came back later the same day: two check-ins, both go.
    store.check_in(FAIR_NAME, person, at=at("05:00"))
    assert store.fair_summary(FAIR_NAME).checked_in == 3
    store.delete_candidate(person)
    assert [c.id for c in store.checkins(FAIR_NAME)] == [keep]
    assert store.conn.execute("SELECT count(*) FROM checkins WHERE candidate_id = ?",
                              [person]).fetchone()[0] == 0
    with pytest.raises(NotFound):
        store.checkin(erased)
    summary = store.fair_summary(FAIR_NAME)
    assert (summary.checked_in, summary.waiting, summary.seen, summary.held) == (1, 1, 0, 0)
    # The event itself stays: it names nobody.
    assert store.events() == [desk.event]


def test_merging_a_person_entered_twice_moves_their_check_ins(desk):
    store = desk.store
    first = store.add_candidate("Emily Carter", phone="+44 7700 900123", consent=True)
    again = store.add_candidate("Emily Carter", email="emily.carter@example.com", consent=True)
    store.check_in(FAIR_NAME, first.id, at=at("01:00"))
    moved = store.check_in(FAIR_NAME, again.id, at=at("01:05")).id
    desk.screen(moved, desk.li, Decision.INVITE)
    kept = store.merge_candidates(first.id, again.id)
    assert kept.email == "emily.carter@example.com"
    assert {c.candidate_id for c in store.checkins(FAIR_NAME)} == {first.id}
    assert store.checkin(moved).candidate_id == first.id
    summary = store.fair_summary(FAIR_NAME)
    assert (summary.checked_in, summary.seen, summary.invited) == (2, 1, 1)


# -- between laptops ------------------------------------------------------------------------


def carry(source: Store, target: Store, folder):
    path = folder / f"{source.device.id}-{len(list(folder.glob('*.rdbundle')))}.rdbundle"
    source.export_bundle(path, PASS)
    return target.import_bundle(path, lambda: PASS)


def test_the_day_travels_in_a_bundle_and_reads_the_same_there(tmp_path, snap):
    with Store.open(tmp_path / "A") as a, Store.open(tmp_path / "B") as b:
        desk = Desk(a, snap)
        first = desk.walk_in("陈俊", "01:02")
        second = desk.walk_in("林晓雪", "01:04")
        third = desk.walk_in("马志强", "01:09")
        fourth = desk.walk_in("何静怡", "01:13")
        desk.walk_in("吴浩然", "01:16")
        desk.screen(first, desk.li, Decision.INVITE)
        desk.screen(second, desk.wang, Decision.NOT_NOW, value=2)
        a.call(third, desk.li.id, snap)
        a.skip(fourth)
        gone = desk.walk_in("黄佳怡", "01:20", phone="130 2222 3333")
        a.left_unseen(gone)
        result = carry(a, b, tmp_path)
        assert result.counts.new["events"] == 1 and result.counts.new["checkins"] == 6
        assert b.events() == a.events()
        assert b.checkins(FAIR_NAME) == a.checkins(FAIR_NAME)
        assert b.queue(FAIR_NAME) == a.queue(FAIR_NAME)
        assert b.fair_summary(FAIR_NAME) == a.fair_summary(FAIR_NAME)
        summary = b.fair_summary(FAIR_NAME)
        assert (summary.checked_in, summary.waiting, summary.in_interview, summary.seen,
                summary.invited, summary.not_now, summary.left) == (6, 2, 1, 2, 1, 1, 1)
        # The returning look-up works there too.
        assert b.returning("13022223333", "")[0][1] == at("01:20")
        # The same bundle again changes nothing.
        path = next(tmp_path.glob("*.rdbundle"))
        again = b.import_bundle(path, lambda: PASS)
        assert again.already_imported and not again.changed
        assert len(b.checkins(FAIR_NAME)) == 6


def test_two_laptops_opening_the_same_fair_make_one_event(tmp_path, snap):
    with Store.open(tmp_path / "A") as a, Store.open(tmp_path / "B") as b:
        # Each recruiter opens the fair on their own laptop, and checks in their own queue.
        left, right = Desk(a, snap), Desk(b, snap)
        assert left.event.id == right.event.id
        left.screen(left.walk_in("陈俊", "01:02"), left.li, Decision.INVITE)
        right.screen(right.walk_in("林晓雪", "01:04"), right.wang, Decision.HOLD)
        right.walk_in("马志强", "01:09")
        # Typed with other spaces on a third laptop: still the same fair.
        assert b.open_event(" 2026秋季招聘会·上海  ").id == left.event.id
        there = carry(a, b, tmp_path)
        back = carry(b, a, tmp_path)
        assert there.counts.conflicts == 0 and back.counts.conflicts == 0
        for store in (a, b):
            assert [e.id for e in store.events()] == [event_id(FAIR_NAME)]
            assert sorted(c.name for c in store.checkins(FAIR_NAME)) == ["林晓雪", "陈俊", "马志强"]
            summary = store.fair_summary(FAIR_NAME)
            assert (summary.checked_in, summary.waiting, summary.seen, summary.invited,
                    summary.held) == (3, 1, 2, 1, 1)
        assert a.fair_summary(FAIR_NAME) == b.fair_summary(FAIR_NAME)


# -- the demo's fair day ----------------------------------------------------------------------


SHANGHAI = timezone(timedelta(hours=8))
# Designed in store/demo.py; counted here by hand from that design. Per walk-in:
# checked in, called, submitted (Shanghai time), interviewer, decision; or left.
DEMO_DAY = {
    "陈俊": ("09:02", "09:05", "09:19", "李静", Decision.INVITE),
    "林晓雪": ("09:04", "09:07", "09:20", "王磊", Decision.HOLD),
    "马志强": ("09:09", "09:21", "09:36", "李静", Decision.NOT_NOW),
    "何静怡": ("09:13", "09:22", "09:38", "王磊", Decision.INVITE),
    "吴浩然": ("09:16", "09:40", "09:54", "王磊", Decision.HOLD),
    "郑雨欣": ("09:31", "09:37", "09:49", "李静", Decision.INVITE),
    "高峰": ("10:08", "10:10", "10:25", "李静", Decision.NOT_NOW),
}


def _clock(moment: str | None) -> str:
    assert moment is not None
    return datetime.fromisoformat(moment).astimezone(SHANGHAI).strftime("%H:%M")


@pytest.fixture(scope="module")
def demo():
    with Store.memory() as store:
        load_demo(store, shipped_bank())
        yield store


def test_the_demo_fair_day_has_the_figures_it_was_designed_with(demo):
    summary = demo.fair_summary(FAIR)
    # 8 check-ins: 7 seen, 黄佳怡 left; 3 invited (陈俊, 何静怡, 郑雨欣), 2 held
    # (林晓雪, 吴浩然), 2 not now (马志强, 高峰).
    assert (summary.checked_in, summary.waiting, summary.in_interview, summary.seen,
            summary.invited, summary.held, summary.not_now, summary.undecided,
            summary.left) == (8, 0, 0, 7, 3, 2, 2, 0, 1)
    # Waits (called − checked in): 3 + 3 + 12 + 9 + 24 + 6 + 2 = 59 minutes over 7.
    assert summary.mean_wait == pytest.approx(59 / 7)
    # Screens: 14 + 13 + 15 + 16 + 14 + 12 + 15 = 99 minutes over 7.
    assert summary.mean_length == pytest.approx(99 / 7)
    li, wang = summary.interviewers
    # 李静: 陈俊 14, 马志强 15, 郑雨欣 12, 高峰 15 → 56 / 4; invited 陈俊 and 郑雨欣.
    assert (li.name, li.seen, li.invited, li.mean_length) == ("李静", 4, 2, 14.0)
    # 王磊: 林晓雪 13, 何静怡 16, 吴浩然 14 → 43 / 3; invited 何静怡.
    assert (wang.name, wang.seen, wang.invited) == ("王磊", 3, 1)
    assert wang.mean_length == pytest.approx(43 / 3)


def test_the_demo_fair_day_reads_as_a_morning_at_the_booth(demo):
    event = demo.event(FAIR)
    assert (event.kit_id, event.positions) == ("job-fair-screen", ("客服专员", "在线客服"))
    checkins = demo.checkins(FAIR)
    assert [c.name for c in checkins] == ["陈俊", "林晓雪", "马志强", "何静怡", "吴浩然", "黄佳怡",
                                          "郑雨欣", "高峰"]
    # One morning: every check-in on the same day in Shanghai, a few days ago.
    days = {datetime.fromisoformat(c.checked_in_at).astimezone(SHANGHAI).date() for c in checkins}
    assert len(days) == 1
    (day,) = days
    assert timedelta(days=1) <= datetime.now(UTC).astimezone(SHANGHAI).date() - day \
        <= timedelta(days=5)
    for c in checkins:
        if c.name == "黄佳怡":
            continue
        checked_in, called, submitted, who, decision = DEMO_DAY[c.name]
        assert (_clock(c.checked_in_at), _clock(c.called_at), _clock(c.submitted_at),
                c.interviewer, c.decision, c.stage) == (
            checked_in, called, submitted, who, decision, Stage.SEEN), c.name
        # The screen started when they were called, on the short kit, every question rated.
        assert c.started_at == c.called_at
        record = demo.record(c.interview_id)
        assert record.interview.kit_id == "job-fair-screen"
        assert record.interview.status is InterviewStatus.SUBMITTED
        assert len(record.ratings) == 5 and all(r.value for r in record.ratings.values())
        # Decided by the interviewer a minute after the screen, before the next call.
        decided = demo.decision(c.candidate_id)
        assert decided is not None and decided.decided_by == who
        assert _clock(decided.decided_at) == _clock(
            (datetime.fromisoformat(c.submitted_at) + timedelta(minutes=1)).isoformat())
    # 吴浩然 was away when first called at 09:37: the back of the queue, called at 09:40.
    wu = next(c for c in checkins if c.name == "吴浩然")
    assert (_clock(wu.checked_in_at), _clock(wu.queued_at)) == ("09:16", "09:37")
    # Everyone else kept their place.
    assert all(c.queued_at == c.checked_in_at for c in checkins if c.name != "吴浩然")
    assert demo.queue(FAIR) == []


def test_the_demo_returning_walk_in_is_the_listed_candidate_who_left(demo):
    (huang,) = [c for c in demo.checkins(FAIR) if c.name == "黄佳怡"]
    assert huang.stage is Stage.LEFT
    assert (_clock(huang.checked_in_at), _clock(huang.left_at)) == ("09:20", "09:34")
    assert huang.called_at is None and huang.interview_id is None
    # The record already in the list (a campus fair, never interviewed), not a new one.
    (found, last), = demo.returning("130 2222 3333", "")
    assert found.id == huang.candidate_id and found.source == "校园招聘"
    assert last == huang.checked_in_at
    assert demo.interviews(found.id) == [] and demo.decision(found.id) is None
    assert [w.name for w in WALK_INS].count("黄佳怡") == 1
    # Every other walk-in is a new candidate of the fair, entered as they checked in.
    for c in demo.checkins(FAIR):
        if c.name != "黄佳怡":
            person = demo.candidate(c.candidate_id)
            assert person.source == FAIR and person.created_at == c.checked_in_at
            assert len(demo.returning(person.phone, "")) == 1
