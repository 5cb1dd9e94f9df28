"""A job-fair day: the event, each walk-in's check-in, the queue, and the day's figures.

A recruiter at a fair checks walk-ins in, calls the next one from the queue
into the short kit, decides "invite to the full interview / hold / not now"
before the next sits down, and at the end of the day reads (or prints) the
day's figures. Several recruiters each run a queue on their own laptop; the
bundles merge them, so an event is named alike on every laptop (its id is
made from its name) and every figure here is computed from the check-ins
alone, whichever laptop they came from.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from statistics import fmean

from .model import Decision

DEFAULT_KIT = "job-fair-screen"
# The event id is a UUID made from the event's name with this namespace, so
# two laptops that open "2026秋季招聘会·上海" independently name the same event.
_EVENTS = uuid.UUID("6f0d5c2e-3b8a-4c1e-9a57-2d4e8f1b7c30")
# The decisions a fair screen ends with, in the order of their keys.
FAIR_DECISIONS = (Decision.INVITE, Decision.HOLD, Decision.NOT_NOW)


def event_id(name: str) -> str:
    """The id of the event called `name`, the same on every laptop."""
    return str(uuid.uuid5(_EVENTS, " ".join(name.split())))


def event_name(name: str) -> str:
    """The name as stored: one line, single spaces; ValueError when it is empty or too long."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("An event needs a name, e.g. 2026秋季招聘会·上海.")
    if len(cleaned) > 80:
        raise ValueError("An event name takes at most 80 characters.")
    return cleaned


@dataclass(frozen=True)
class Event:
    id: str
    name: str
    kit_id: str = DEFAULT_KIT
    positions: tuple[str, ...] = ()
    created_at: str = ""


class Stage(str, Enum):
    """Where a walk-in stands at the fair."""

    WAITING = "waiting"
    IN_INTERVIEW = "in_interview"  # called, the screen not yet submitted
    SEEN = "seen"  # the screen submitted
    LEFT = "left"  # left before being seen


@dataclass(frozen=True)
class CheckIn:
    """One walk-in at one event, with what became of them (read together from the store)."""

    id: str
    event_id: str
    candidate_id: str
    name: str
    position: str
    checked_in_at: str
    queued_at: str  # the place in the queue: skipping moves it to the back
    called_at: str | None = None
    interviewer: str = ""  # who called them (the interviewer's name)
    interview_id: str | None = None
    started_at: str | None = None
    submitted_at: str | None = None
    left_at: str | None = None
    decision: Decision | None = None  # the decision standing on the candidate

    @property
    def stage(self) -> Stage:
        if self.left_at and not self.called_at:
            return Stage.LEFT
        if not self.called_at:
            return Stage.WAITING
        return Stage.SEEN if self.submitted_at else Stage.IN_INTERVIEW


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def minutes_between(start: str, end: str) -> float:
    return (_moment(end) - _moment(start)).total_seconds() / 60


def waited_minutes(checkin: CheckIn, now: datetime) -> float:
    """How long they have waited: from check-in to the call, to leaving, or to now."""
    ended = checkin.called_at or checkin.left_at
    end = _moment(ended) if ended else now
    return max(0.0, (end - _moment(checkin.checked_in_at)).total_seconds() / 60)


def queue_order(checkins: list[CheckIn]) -> list[CheckIn]:
    """Who is waiting, first to be called first."""
    return sorted((c for c in checkins if c.stage is Stage.WAITING),
                  key=lambda c: (c.queued_at, c.checked_in_at, c.id))


@dataclass(frozen=True)
class InterviewerDay:
    """One interviewer's part of the day."""

    name: str
    seen: int
    invited: int
    mean_length: float | None  # minutes, over their submitted screens


@dataclass(frozen=True)
class FairSummary:
    """The day's figures for one event."""

    checked_in: int
    waiting: int
    in_interview: int
    seen: int
    invited: int
    held: int
    not_now: int
    undecided: int  # seen, but no fair decision yet
    left: int  # left before being seen
    mean_wait: float | None  # minutes from check-in to the call, over those called
    mean_length: float | None  # minutes from the start to submitting the screen
    interviewers: tuple[InterviewerDay, ...] = field(default_factory=tuple)


def summarize(checkins: list[CheckIn]) -> FairSummary:
    """The figures of the day from its check-ins.

    A walk-in checked in twice at the same event (came back later) counts
    once per check-in. A decision counts for the seen only, and only the
    three a fair screen ends with, made since the check-in (the store reads
    it so); "hire" or "reject" recorded by a manager later leave the fair's
    figure undecided.
    """
    seen = [c for c in checkins if c.stage is Stage.SEEN]
    called = [c for c in checkins if c.called_at]

    def count(decision: Decision) -> int:
        return sum(1 for c in seen if c.decision is decision)

    def mean(values: list[float]) -> float | None:
        return fmean(values) if values else None

    # From the call, or from the start when the screen started later: a draft
    # left from an earlier day and resumed by the call is not counted from then.
    lengths = {c.id: minutes_between(max(c.started_at, c.called_at or c.started_at),
                                     c.submitted_at) for c in seen
               if c.started_at and c.submitted_at}
    people = sorted({c.interviewer for c in seen})
    per = tuple(InterviewerDay(
        name, sum(1 for c in seen if c.interviewer == name),
        sum(1 for c in seen if c.interviewer == name and c.decision is Decision.INVITE),
        mean([lengths[c.id] for c in seen if c.interviewer == name and c.id in lengths]))
        for name in people)
    decided = sum(count(d) for d in FAIR_DECISIONS)
    return FairSummary(
        checked_in=len(checkins),
        waiting=sum(1 for c in checkins if c.stage is Stage.WAITING),
        in_interview=sum(1 for c in checkins if c.stage is Stage.IN_INTERVIEW),
        seen=len(seen), invited=count(Decision.INVITE), held=count(Decision.HOLD),
        not_now=count(Decision.NOT_NOW), undecided=len(seen) - decided,
        left=sum(1 for c in checkins if c.stage is Stage.LEFT),
        mean_wait=mean([minutes_between(c.checked_in_at, c.called_at) for c in called
                        if c.called_at]),
        mean_length=mean(list(lengths.values())),
        interviewers=per)
