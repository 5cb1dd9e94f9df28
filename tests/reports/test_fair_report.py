"""The job-fair day report: one page, the day's figures as counted by hand, every font embedded."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest

from recruit_desk.core.fair import Event
from recruit_desk.core.fair_rows import checkin_rows, csv_header, figures
from recruit_desk.reports import ReportError
from recruit_desk.reports.fair import fair_report
from recruit_desk.store import decisions, fair, interviews
from recruit_desk.store.database import Store
from tests.conftest import submit_all
from tests.reports.conftest import Pdf

EVENT = "2026秋季招聘会·上海"
DAY = "2026-11-30"  # every check-in is on this day, in UTC and in Shanghai alike


class Clock:
    """The store's clock, set by the test: the waits and lengths are then known to the minute."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        self.at = datetime.fromisoformat(f"{DAY}T00:00:00+00:00")
        for module in (fair, interviews, decisions):
            monkeypatch.setattr(module, "now", self.now)

    def now(self) -> str:
        return self.at.isoformat(timespec="milliseconds")

    def set(self, hhmm: str) -> str:
        hours, minutes = map(int, hhmm.split(":"))
        self.at = datetime.fromisoformat(f"{DAY}T00:00:00+00:00") + timedelta(hours=hours,
                                                                              minutes=minutes)
        return self.now()


@dataclass(frozen=True)
class Walkin:
    name: str
    checked_in: str  # UTC, hh:mm on DAY
    interviewer: str = ""
    called: str = ""
    submitted: str = ""
    decision: str = ""
    left: str = ""


# The day, by hand (UTC; Shanghai is eight hours ahead, the same date):
#   walk-in    in     called (wait)       submitted (length)  decision
#   王芳       01:00  李静 01:10 (10)      01:22 (12)           invite
#   Tom Becker 01:05  Sarah 01:20 (15)     01:35 (15)           hold
#   陈晨       01:15  李静 01:25 (10)      01:43 (18)           invite
#   Emily      01:30  Sarah 01:40 (10)     01:50 (10)           not_now
#   刘洋       01:35  李静 01:50 (15)      02:04 (14)           hire (a manager's, later)
#   赵磊       01:45  Sarah 02:00 (15)     (in interview)
#   孙丽       01:50  left unseen 02:10 (after 20)
#   周杰       02:05  (waiting)
DAY_WALKINS = (
    Walkin("王芳", "01:00", "李静", "01:10", "01:22", "invite"),
    Walkin("Tom Becker", "01:05", "Sarah Mitchell", "01:20", "01:35", "hold"),
    Walkin("陈晨", "01:15", "李静", "01:25", "01:43", "invite"),
    Walkin("Emily Carter", "01:30", "Sarah Mitchell", "01:40", "01:50", "not_now"),
    Walkin("刘洋", "01:35", "李静", "01:50", "02:04", "hire"),
    Walkin("赵磊", "01:45", "Sarah Mitchell", "02:00"),
    Walkin("孙丽", "01:50", left="02:10"),
    Walkin("周杰", "02:05"),
)
# Counted from the table above.
CHECKED_IN, WAITING, IN_INTERVIEW, SEEN, LEFT = 8, 1, 1, 5, 1
INVITED, HELD, NOT_NOW, UNDECIDED = 2, 1, 1, 1  # 刘洋's "hire" is no fair decision
MEAN_WAIT = "12.5"  # (10 + 15 + 10 + 10 + 15 + 15) / 6 called
MEAN_LENGTH = "13.8"  # (12 + 15 + 18 + 10 + 14) / 5 seen
# name, seen, invited, mean length: 李静 (12 + 18 + 14) / 3 = 14.67; Sarah (15 + 10) / 2
PER_INTERVIEWER = [["Sarah Mitchell", "2", "0", "12.5"], ["李静", "3", "2", "14.7"]]


def build_day(store: Store, snapshot, clock: Clock) -> Event:
    """The day above, through the store as the fair window runs it."""
    event = store.open_event(EVENT, kit_id=snapshot.kit.id, positions=["客服专员", "Team lead"])
    people = {name: store.add_interviewer(name) for name in ("李静", "Sarah Mitchell")}
    ids = {}
    for w in DAY_WALKINS:  # in the order they came; the times say when
        candidate = store.add_candidate(w.name, consent=True, position="客服专员")
        ids[w.name] = store.check_in(event.id, candidate.id, at=clock.set(w.checked_in)).id
    # Then what happened, in the order it happened.
    steps = sorted([(w.called, "call", w) for w in DAY_WALKINS if w.called]
                   + [(w.submitted, "submit", w) for w in DAY_WALKINS if w.submitted]
                   + [(w.left, "left", w) for w in DAY_WALKINS if w.left],
                   key=lambda step: step[0])
    for at, what, w in steps:
        clock.set(at)
        if what == "call":
            store.call(ids[w.name], people[w.interviewer].id, snapshot)
        elif what == "left":
            store.left_unseen(ids[w.name])
        else:
            checkin = store.checkin(ids[w.name])
            assert checkin.interview_id is not None
            submit_all(store, checkin.interview_id, "yes")
            if w.decision:
                by = "王经理" if w.decision == "hire" else w.interviewer
                store.record_decision(checkin.candidate_id, w.decision, by=by)
    return store.event(event.id)


# Shanghai's time, UTC+8 all year, as a POSIX rule: it needs no time-zone database.
SHANGHAI_TZ = "CST-8"


@pytest.fixture
def shanghai():
    """The laptop's time zone is Shanghai's."""
    if not hasattr(time, "tzset"):
        pytest.skip("setting the time zone of a running process needs time.tzset (Unix)")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("TZ", SHANGHAI_TZ)
        time.tzset()
        yield
    time.tzset()


@pytest.fixture
def day(store, mini_bank, monkeypatch, shanghai):
    event = build_day(store, mini_bank.snapshot("mini"), Clock(monkeypatch))
    return event, store.checkins(event.id)


def words(pdf: Pdf) -> str:
    return " ".join(pdf.text.split())


GENERATED = datetime.fromisoformat("2026-11-30T18:00:00+08:00")


def test_the_english_page_shows_the_days_figures_as_counted(day):
    event, checkins = day
    pdf = Pdf.of(fair_report(event, checkins, lang="en", kit_name="Mini kit",
                             generated_at=GENERATED))
    assert pdf.pages == 1
    text = words(pdf)
    assert EVENT in text and "Date(s): 2026-11-30" in text and "Kit: Mini kit (mini)" in text
    assert "Positions: 客服专员, Team lead" in text
    for label, value in [("Checked in", CHECKED_IN), ("Waiting", WAITING),
                         ("In interview", IN_INTERVIEW), ("Seen", SEEN),
                         ("Invited to interview", INVITED), ("Held", HELD),
                         ("Not now", NOT_NOW), ("Not yet decided", UNDECIDED),
                         ("Left before being seen", LEFT), ("Mean wait (min)", MEAN_WAIT),
                         ("Mean screen length (min)", MEAN_LENGTH)]:
        assert f"{label} {value} " in text, label
    # The interviewers' lines, and what the means are taken over.
    for row in PER_INTERVIEWER:
        assert " ".join(row) in text
    assert "over the 6 called" in text and "over the 5 seen" in text
    assert "Confidential — personal data" in text
    # Figures only: no applicant is named on the page.
    assert not any(w.name in text for w in DAY_WALKINS)


def test_the_chinese_page_extracts_the_event_name_and_the_chinese_labels(day):
    event, checkins = day
    pdf = Pdf.of(fair_report(event, checkins, lang="zh", generated_at=GENERATED))
    assert pdf.pages == 1
    text = words(pdf)
    assert EVENT in text and "日期：2026-11-30" in text and "面试方案：mini" in text
    for label, value in [("已签到", CHECKED_IN), ("邀请正式面试", INVITED), ("待定", HELD),
                         ("暂不考虑", NOT_NOW), ("尚未决定", UNDECIDED),
                         ("未面试即离开", LEFT), ("平均等候（分钟）", MEAN_WAIT)]:
        assert f"{label} {value} " in text, label
    assert "保密 — 含个人信息" in text and "第 1 页，共 1 页" in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_font_is_embedded_and_none_is_a_standard_one(day, lang):
    event, checkins = day
    fonts = Pdf.of(fair_report(event, checkins, lang=lang)).fonts()
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name or "Times" in name for name in fonts)


def test_an_event_nobody_came_to_yet_is_one_page_that_says_so(store):
    event = store.open_event("Open day")
    pdf = Pdf.of(fair_report(event, store.checkins(event.id)))
    text = words(pdf)
    assert pdf.pages == 1
    assert "Date(s): nobody checked in yet" in text and "Checked in 0 " in text
    assert "Mean wait (min) —" in text and "Nobody has been seen yet." in text
    assert "over the" not in text  # no mean to explain


def test_a_day_of_many_interviewers_still_fits_one_page(store, mini_bank, monkeypatch):
    clock = Clock(monkeypatch)
    event = store.open_event("Big fair")
    snapshot = mini_bank.snapshot("mini")
    for n in range(60):
        who = store.add_interviewer(f"Interviewer number {n:02d} with a long name")
        person = store.add_candidate(f"Walk-in {n}", consent=True)
        checkin = store.check_in(event.id, person.id, at=clock.set("01:00"))
        clock.set("01:05")
        _, interview = store.call(checkin.id, who.id, snapshot)
        clock.set("01:20")
        submit_all(store, interview.id)
    pdf = Pdf.of(fair_report(event, store.checkins(event.id)))
    assert pdf.pages == 1
    assert "Interviewer number 59" in pdf.text and "Checked in 60" in words(pdf)


def test_the_paper_size_is_the_one_asked_for(day):
    event, checkins = day
    box = Pdf.of(fair_report(event, checkins, paper="letter")).reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    box = Pdf.of(fair_report(event, checkins)).reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


@pytest.mark.parametrize("kw", [{"lang": "fr"}, {"paper": "a3"}])
def test_an_unknown_language_or_paper_is_a_report_error(day, kw):
    event, checkins = day
    with pytest.raises(ReportError):
        fair_report(event, checkins, **kw)


def test_a_walkin_who_came_twice_is_said_to_count_twice(store, mini_bank, monkeypatch):
    clock = Clock(monkeypatch)
    event = store.open_event("Twice")
    person = store.add_candidate("王芳", consent=True)
    for hhmm in ("01:00", "03:00"):
        store.check_in(event.id, person.id, at=clock.set(hhmm))
    text = words(Pdf.of(fair_report(event, store.checkins(event.id))))
    assert "Checked in 2 " in text and "1 walk-in(s) checked in more than once" in text


# -- the figures and rows the command line shares with the page ------------------------


def test_the_figures_nest_their_parts_under_the_total(day):
    _, checkins = day
    from recruit_desk.core.fair import summarize

    shown = {f.key: (f.value, f.level) for f in figures(summarize(checkins), "en")}
    assert shown["checked_in"] == (str(CHECKED_IN), 0)
    assert shown["seen"] == (str(SEEN), 1) and shown["undecided"] == (str(UNDECIDED), 2)
    assert shown["mean_wait"] == (MEAN_WAIT, 0)


def test_the_csv_rows_give_local_times_waits_lengths_and_the_standing_decision(day):
    event, checkins = day
    rows = {row[2]: row for row in checkin_rows(event, checkins, "en")}
    assert csv_header("en") == ["Event", "Checked in at", "Name", "Position", "Stage",
                                "Called at", "Interviewer", "Waited (min)", "Screen (min)",
                                "Decision"]
    # 01:00 UTC is 09:00 in Shanghai.
    assert rows["王芳"] == [EVENT, f"{DAY} 09:00", "王芳", "客服专员", "Seen", f"{DAY} 09:10",
                          "李静", "10.0", "12.0", "Invite to interview"]
    assert rows["刘洋"][4:] == ["Seen", f"{DAY} 09:50", "李静", "15.0", "14.0", "Hire"]
    assert rows["赵磊"][4:] == ["In interview", f"{DAY} 10:00", "Sarah Mitchell", "15.0", "",
                               ""]
    assert rows["孙丽"][4:] == ["Left unseen", "", "", "20.0", "", ""]
    assert rows["周杰"][4:] == ["Waiting", "", "", "", "", ""]


def test_a_csv_cell_never_reads_as_a_spreadsheet_formula(store):
    event = store.open_event("=fair")
    person = store.add_candidate("=HYPERLINK(\"http://x\")", consent=True, position="+1 agent")
    store.check_in(event.id, person.id)
    row = checkin_rows(store.event(event.id), store.checkins(event.id), "zh")[0]
    assert row[0] == "'=fair" and row[2].startswith("'=") and row[3] == "'+1 agent"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", row[1]) and row[4] == "等候中"
