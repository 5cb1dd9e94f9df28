"""The job-fair rules: where a walk-in stands, the queue, the wait, the day's figures.

Every figure below is worked out by hand from the check-ins written here.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest

from recruit_desk.core.fair import (
    CheckIn,
    FairSummary,
    InterviewerDay,
    Stage,
    event_id,
    event_name,
    queue_order,
    summarize,
    waited_minutes,
)
from recruit_desk.core.model import Decision

DAY = "2026-10-17"
EVENT = event_id("2026秋季招聘会·上海")


def at(clock: str) -> str:
    """A moment of the fair day, as the store writes it."""
    return f"{DAY}T{clock}:00.000+00:00"


def walk_in(ident: str, checked_in: str, *, queued: str | None = None, called: str | None = None,
            by: str = "", submitted: str | None = None, left: str | None = None,
            decision: Decision | None = None) -> CheckIn:
    """A check-in at the fair day's clock times (hh:mm); the screen starts when they are called."""
    return CheckIn(
        id=ident, event_id=EVENT, candidate_id=f"candidate-{ident}", name=ident, position="客服专员",
        checked_in_at=at(checked_in), queued_at=at(queued or checked_in),
        called_at=at(called) if called else None, interviewer=by,
        interview_id=f"interview-{ident}" if called else None,
        started_at=at(called) if called else None,
        submitted_at=at(submitted) if submitted else None,
        left_at=at(left) if left else None, decision=decision)


# -- where a walk-in stands -----------------------------------------------------------


def test_the_stage_follows_the_call_the_screen_and_leaving():
    assert walk_in("a", "09:00").stage is Stage.WAITING
    assert walk_in("b", "09:00", called="09:05", by="李静").stage is Stage.IN_INTERVIEW
    assert walk_in("c", "09:00", called="09:05", by="李静",
                   submitted="09:19").stage is Stage.SEEN
    assert walk_in("d", "09:00", left="09:20").stage is Stage.LEFT
    # Skipped (not at the booth when called) is still waiting, further back.
    assert walk_in("e", "09:00", queued="09:30").stage is Stage.WAITING
    # Leaving is only "left before being seen": once called, the screen decides.
    assert walk_in("f", "09:00", called="09:05", by="李静",
                   left="09:10").stage is Stage.IN_INTERVIEW
    assert walk_in("g", "09:00", called="09:05", by="李静", submitted="09:18",
                   left="09:20").stage is Stage.SEEN


# -- the queue --------------------------------------------------------------------------


def test_the_queue_is_first_come_first_called_and_holds_only_those_waiting():
    first, second, third = walk_in("a", "09:00"), walk_in("b", "09:02"), walk_in("c", "09:05")
    called = walk_in("d", "08:55", called="09:01", by="王磊")
    gone = walk_in("e", "08:58", left="09:03")
    seen = walk_in("f", "08:50", called="08:52", by="李静", submitted="09:04")
    assert queue_order([third, called, second, gone, seen, first]) == [first, second, third]
    assert queue_order([called, gone, seen]) == []
    assert queue_order([]) == []


def test_skipping_moves_a_walk_in_to_the_back_and_keeps_their_check_in_time():
    # "a" was not at the booth when called at 09:10: their place is 09:10 now.
    skipped = walk_in("a", "09:00", queued="09:10")
    later = walk_in("b", "09:04")
    latest = walk_in("c", "09:08")
    after = walk_in("d", "09:12")
    assert queue_order([skipped, later, latest, after]) == [later, latest, skipped, after]
    assert skipped.checked_in_at == at("09:00")


def test_ties_in_the_queue_are_broken_by_check_in_time_then_id():
    # Two skipped at the same moment: the one who came first is called first.
    early = walk_in("z", "09:00", queued="09:20")
    late = walk_in("a", "09:05", queued="09:20")
    assert queue_order([late, early]) == [early, late]
    # The same moment throughout: by id, so every laptop shows the same order.
    same_b, same_a = walk_in("b", "09:00"), walk_in("a", "09:00")
    assert queue_order([same_b, same_a]) == [same_a, same_b]


# -- the wait -------------------------------------------------------------------------


def test_the_wait_runs_until_the_call():
    now = datetime.fromisoformat(at("09:40"))
    # Still waiting: from 09:02 until now, 09:40.
    assert waited_minutes(walk_in("a", "09:02"), now) == 38.0
    # Called at 09:14: the wait stopped then, however late it is now.
    assert waited_minutes(walk_in("b", "09:02", called="09:14", by="李静"), now) == 12.0
    seen = walk_in("c", "09:02", called="09:27", by="王磊", submitted="09:40")
    assert waited_minutes(seen, datetime.fromisoformat(at("11:00"))) == 25.0
    # Skipping does not reset it: they have waited since they checked in.
    assert waited_minutes(walk_in("d", "09:10", queued="09:30"), now) == 30.0
    # Seconds count: 1 minute 30 seconds.
    half = CheckIn("e", EVENT, "x", "e", "", f"{DAY}T09:00:00.000+00:00",
                   f"{DAY}T09:00:00.000+00:00", called_at=f"{DAY}T09:01:30.000+00:00")
    assert waited_minutes(half, now) == 1.5


def test_a_wait_is_never_negative_when_a_clock_is_behind():
    # Checked in on a laptop whose clock runs ahead of this one.
    ahead = walk_in("a", "09:45")
    assert waited_minutes(ahead, datetime.fromisoformat(at("09:40"))) == 0.0


def test_the_wait_of_a_walk_in_who_left_stops_when_they_left():
    # Checked in at 09:20, gone at 09:34: they waited 14 minutes, and that
    # does not grow through the afternoon.
    gone = walk_in("a", "09:20", left="09:34")
    assert waited_minutes(gone, datetime.fromisoformat(at("15:00"))) == 14.0


# -- the day's figures ------------------------------------------------------------------


def test_the_days_figures_from_a_hand_made_day():
    day = [
        # seen: waited 5, screen 12 (09:05–09:17), invited
        walk_in("a", "09:00", called="09:05", by="李静", submitted="09:17",
                decision=Decision.INVITE),
        # seen: waited 4, screen 14, held
        walk_in("b", "09:02", called="09:06", by="王磊", submitted="09:20",
                decision=Decision.HOLD),
        # seen: waited 14, screen 16, not now
        walk_in("c", "09:04", called="09:18", by="李静", submitted="09:34",
                decision=Decision.NOT_NOW),
        # seen: waited 11, screen 15; a manager hired them afterwards: not a fair decision
        walk_in("d", "09:10", called="09:21", by="王磊", submitted="09:36",
                decision=Decision.HIRE),
        # seen: waited 23 (skipped once), screen 13, no decision yet
        walk_in("e", "09:12", queued="09:25", called="09:35", by="李静", submitted="09:48"),
        # in the screen: waited 25, not yet submitted
        walk_in("f", "09:15", called="09:40", by="Sarah Mitchell"),
        # left unseen; a decision from an earlier visit does not count
        walk_in("g", "09:20", left="09:30", decision=Decision.REJECT),
        # still waiting, invited at an earlier fair: not counted either
        walk_in("h", "09:45", decision=Decision.INVITE),
    ]
    summary = summarize(day)
    assert summary == FairSummary(
        checked_in=8, waiting=1, in_interview=1, seen=5, invited=1, held=1, not_now=1,
        undecided=2, left=1,
        # over the six called (a–f): (5 + 4 + 14 + 11 + 23 + 25) / 6 = 82 / 6
        mean_wait=pytest.approx(82 / 6),
        # over the five seen: (12 + 14 + 16 + 15 + 13) / 5 = 70 / 5
        mean_length=14.0,
        interviewers=(
            # 李静 saw a, c, e: (12 + 16 + 13) / 3; invited a
            InterviewerDay("李静", seen=3, invited=1, mean_length=pytest.approx(41 / 3)),
            # 王磊 saw b, d: (14 + 15) / 2; invited nobody
            InterviewerDay("王磊", seen=2, invited=0, mean_length=14.5),
            # Sarah Mitchell has only a screen in progress: not listed yet
        ))
    assert summary.mean_wait == pytest.approx(13.6667, abs=1e-4)


def test_the_figures_are_the_same_in_any_order_of_the_check_ins():
    day = [walk_in("a", "09:00", called="09:05", by="王磊", submitted="09:20",
                   decision=Decision.INVITE),
           walk_in("b", "09:01", called="09:21", by="王磊", submitted="09:33",
                   decision=Decision.NOT_NOW),
           walk_in("c", "09:02", left="09:10")]
    forward, backward = summarize(day), summarize(day[::-1])
    assert forward == backward
    # waits 5 and 20; screens 15 and 12
    assert (forward.mean_wait, forward.mean_length) == (12.5, 13.5)
    assert forward.interviewers == (InterviewerDay("王磊", 2, 1, 13.5),)


def test_a_walk_in_who_came_back_counts_once_per_check_in():
    # Left in the morning, came back after lunch and was seen.
    morning = walk_in("a1", "09:00", left="09:40", decision=Decision.HOLD)
    afternoon = walk_in("a2", "13:00", called="13:06", by="李静", submitted="13:20",
                        decision=Decision.HOLD)
    summary = summarize([morning, afternoon])
    assert (summary.checked_in, summary.left, summary.seen, summary.held) == (2, 1, 1, 1)
    assert summary.mean_wait == 6.0 and summary.mean_length == 14.0


def test_a_resumed_draft_is_timed_from_the_call():
    # A draft started at 08:00 (an earlier, unfinished screen) is resumed by
    # the call at 09:10 and submitted at 09:25: the fair's screen took 15 minutes.
    resumed = CheckIn("a", EVENT, "x", "a", "", at("09:00"), at("09:00"), called_at=at("09:10"),
                      interviewer="李静", interview_id="i", started_at=at("08:00"),
                      submitted_at=at("09:25"), decision=Decision.INVITE)
    summary = summarize([resumed])
    assert (summary.mean_wait, summary.mean_length) == (10.0, 15.0)
    assert summary.interviewers == (InterviewerDay("李静", 1, 1, 15.0),)


def test_an_empty_day_has_no_means():
    assert summarize([]) == FairSummary(
        checked_in=0, waiting=0, in_interview=0, seen=0, invited=0, held=0, not_now=0,
        undecided=0, left=0, mean_wait=None, mean_length=None, interviewers=())
    # Only waiting and gone: nobody called yet, so no wait or length to average.
    only = summarize([walk_in("a", "09:00"), walk_in("b", "09:05", left="09:30")])
    assert (only.waiting, only.left, only.mean_wait, only.mean_length) == (1, 1, None, None)


# -- the event's name and id ------------------------------------------------------------


def test_the_event_id_is_made_from_the_name_alone():
    name = "2026秋季招聘会·上海"
    ident = event_id(name)
    assert uuid.UUID(ident).version == 5
    # Spaces around and between words do not make another event.
    assert event_id(f"  {name}\n") == ident
    assert event_id("Autumn fair  Manchester") == event_id("Autumn fair Manchester")
    assert event_id("Autumn\tfair\u3000Manchester ") == event_id("Autumn fair Manchester")
    # Another name is another event.
    assert event_id("2026秋季招聘会·北京") != ident
    assert event_id("Autumn fair Manchester") != event_id("Autumnfair Manchester")


def test_the_event_name_is_one_line_of_single_spaces():
    assert event_name("  2026秋季招聘会·上海  ") == "2026秋季招聘会·上海"
    assert event_name("Autumn\n fair\t\tManchester") == "Autumn fair Manchester"
    assert event_id(event_name(" Autumn  fair ")) == event_id("Autumn fair")


@pytest.mark.parametrize("empty", ["", "   ", "\n\t", "\u3000"])
def test_an_event_needs_a_name(empty):
    with pytest.raises(ValueError, match="needs a name"):
        event_name(empty)


def test_an_event_name_takes_at_most_80_characters():
    assert event_name("招" * 80) == "招" * 80
    # Counted after the spaces are tidied: 80 letters with spaces around still fit.
    assert event_name("  " + "a" * 80 + "  ") == "a" * 80
    with pytest.raises(ValueError, match="at most 80"):
        event_name("招" * 81)
    with pytest.raises(ValueError, match="at most 80"):
        event_name("a " * 40 + "b")  # 81 characters once tidied
