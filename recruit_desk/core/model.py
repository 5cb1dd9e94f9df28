"""Candidates, interviewers, interviews and ratings as plain data."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

# The version of the consent wording in use (core/consent.py holds the texts).
from .consent import CONSENT_VERSION as CONSENT_VERSION

if TYPE_CHECKING:
    from collections.abc import Iterable

class Recommendation(str, Enum):
    STRONG_NO = "strong_no"
    NO = "no"
    YES = "yes"
    STRONG_YES = "strong_yes"


_ORDER = [Recommendation.STRONG_NO, Recommendation.NO, Recommendation.YES,
          Recommendation.STRONG_YES]


def panel_recommendation(recs: Iterable[Recommendation | None]) -> Recommendation | None:
    """The panel's middle recommendation; between two, the more cautious one.

    A fixed rule, not a discussion: the median of the interviewers' choices,
    rounding down so one enthusiastic interviewer cannot carry a split panel.
    """
    ranks = sorted(_ORDER.index(r) for r in recs if r is not None)
    if not ranks:
        return None
    return _ORDER[ranks[(len(ranks) - 1) // 2]]


class InterviewStatus(str, Enum):
    DRAFT = "draft"
    SUBMITTED = "submitted"


class CoverageStatus(str, Enum):
    """Whether enough of the kit was rated to decide on (core.scoring sets it)."""

    COMPLETE = "COMPLETE"
    # Enough to decide on, but a competency of the kit was rated by nobody:
    # the overall leaves it out, and a reader must be told.
    COMPLETE_WITH_GAPS = "COMPLETE_WITH_GAPS"
    INCOMPLETE = "INCOMPLETE"


class NotAssessedReason(str, Enum):
    """Why a question was left without a rating: nothing is skipped silently."""

    NO_TIME = "no_time"
    NOT_APPLICABLE = "not_applicable"
    DECLINED = "declined"  # the candidate declined to answer
    OTHER = "other"  # with the interviewer's own words


class Conduct(str, Enum):
    """How the candidate treated staff and other candidates outside the questions.

    A fact recorded at the end of an interview, never scored: what happened
    in a queue or at reception is chance and hearsay as evidence of a
    competency, but a hiring manager should know of discourtesy witnessed.
    """

    NONE_SEEN = "none_seen"
    SEEN = "seen"  # with what was seen, in the interviewer's words
    NOT_OBSERVED = "not_observed"


class Decision(str, Enum):
    """The decision on a candidate: the hiring manager's, or a job-fair screen's.

    After a short screen at a job fair the recruiter invites the candidate to
    the full interview, holds them, or says "not now"; hold is the same word
    in both.
    """

    HIRE = "hire"
    HOLD = "hold"
    REJECT = "reject"
    INVITE = "invite"  # to the full interview (after a screen)
    NOT_NOW = "not_now"  # not now (after a screen)


# What a hiring manager signs for on a candidate's report.
HIRING_DECISIONS = (Decision.HIRE, Decision.HOLD, Decision.REJECT)


class CandidateStatus(str, Enum):
    """Where a candidate stands, from their interviews: the list's Status column."""

    NEW = "new"
    IN_INTERVIEW = "in_interview"
    INTERVIEWED = "interviewed"

    @classmethod
    def of(cls, interviews: int, submitted: int) -> CandidateStatus:
        """No interview yet; one still open; or every interview submitted."""
        if interviews == 0:
            return cls.NEW
        if submitted < interviews:
            return cls.IN_INTERVIEW
        return cls.INTERVIEWED


@dataclass(frozen=True)
class Candidate:
    id: str
    name: str
    phone: str = ""
    email: str = ""
    position: str = ""
    source: str = ""
    language: str = "zh"
    consent_at: str | None = None
    consent_version: str | None = None
    created_at: str = ""
    consent_withdrawn_at: str | None = None  # stops interviews; due for erasure
    updated_at: str = ""


@dataclass(frozen=True)
class Interviewer:
    id: str
    name: str
    email: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Rating:
    """One interviewer's rating of one question: a value 1–5, or not assessed."""

    question_id: str
    value: int | None = None
    not_assessed: bool = False
    note: str = ""
    star: tuple[str, ...] = ()
    updated_at: str = ""
    not_assessed_reason: NotAssessedReason | None = None
    not_assessed_note: str = ""  # the interviewer's words, for OTHER

    @property
    def answered(self) -> bool:
        """Rated, or not assessed with a reason: either way, not skipped."""
        return self.value is not None or (self.not_assessed
                                           and self.not_assessed_reason is not None)


def unanswered(question_ids: Iterable[str], ratings: dict[str, Rating]) -> list[str]:
    """The questions an interview has neither rated nor marked not assessed with a reason.

    An interview is submitted only when this is empty, so a report never
    mistakes a question nobody got to for one deliberately left out.
    """
    return [q for q in question_ids if q not in ratings or not ratings[q].answered]


@dataclass(frozen=True)
class HiringDecision:
    """What was decided about a candidate, by whom and when; earlier ones are kept as history."""

    candidate_id: str
    decision: Decision
    decided_by: str
    decided_at: str
    next_step: str = ""
    note: str = ""


@dataclass(frozen=True)
class Observation:
    """A look-for or red flag the interviewer ticked while listening."""

    question_id: str
    item: str
    checked: bool
    updated_at: str = ""


@dataclass(frozen=True)
class Interview:
    id: str
    candidate_id: str
    interviewer_id: str
    kit_id: str
    kit_hash: str
    status: InterviewStatus
    started_at: str
    submitted_at: str | None = None
    recommendation: Recommendation | None = None
    summary: str = ""
    current_question: int = 0
    updated_at: str = ""
    conduct: Conduct | None = None  # recorded when the interview is submitted
    conduct_note: str = ""  # what was seen, for Conduct.SEEN


@dataclass(frozen=True)
class Reply:
    """What the candidate wrote in a written work sample, and how much of the set time it took."""

    exercise_id: str
    text: str
    seconds: float
    updated_at: str = ""


def may_see_panel(interviews: Iterable[Interview], interviewer_id: str | None) -> bool:
    """May this interviewer see the other interviewers' ratings of the candidate yet?

    A panel rates independently: while the interviewer has an interview of
    the candidate open (a draft), the others' ratings stay hidden, so they
    cannot anchor on them. Once their own is submitted, or when they did not
    interview the candidate at all, the panel's scorecard is shown.
    """
    return not any(i.interviewer_id == interviewer_id and i.status is InterviewStatus.DRAFT
                   for i in interviews)


@dataclass
class InterviewRecord:
    """An interview with everything needed to score or report it."""

    interview: Interview
    interviewer: Interviewer
    ratings: dict[str, Rating] = field(default_factory=dict)
    observations: list[Observation] = field(default_factory=list)
    replies: dict[str, Reply] = field(default_factory=dict)  # by exercise id

    def values(self) -> dict[str, int | None]:
        """Ratings as scoring wants them: not assessed and unrated are both None."""
        return {q: r.value for q, r in self.ratings.items()}


@dataclass(frozen=True)
class CandidateSummary:
    """A row of the candidate list: the candidate and what their interviews add up to."""

    candidate: Candidate
    status: CandidateStatus
    interviews: int
    submitted: int
    last_interview: str | None
    overall: float | None = None
    recommendation: Recommendation | None = None
    decision: Decision | None = None
    overall_status: CoverageStatus | None = None  # the scorecard's, beside the overall

    @property
    def id(self) -> str:
        return self.candidate.id


def search_key(*parts: str) -> str:
    """The text a candidate is found by: width-folded, case-folded, phone digits added.

    NFKC folds full-width Latin letters and digits (common in Chinese input
    methods) to ASCII, and casefold() makes Latin matching case-insensitive.
    """
    text = " ".join(p for p in parts if p)
    folded = unicodedata.normalize("NFKC", text).casefold()
    digits = "".join(ch for ch in folded if ch.isdigit())
    return f"{folded} {digits}" if digits else folded


def search_terms(query: str) -> list[str]:
    """What to look for in search keys: the folded query, and its digits for a phone number."""
    folded = unicodedata.normalize("NFKC", query).casefold().strip()
    if not folded:
        return []
    terms = [folded]
    compact = re.sub(r"[\s\-()+]", "", folded)
    if compact.isdigit() and compact != folded:
        terms.append(compact)
    return terms
