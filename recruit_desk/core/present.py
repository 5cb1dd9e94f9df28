"""How every number, threshold and label is shown: one source for the window, the CLI and the PDFs.

A score a recruiter reads on screen and the one a hiring manager reads on
paper come from the same function here, so they cannot differ. Widgets and
report code never format a score or a percentage themselves, never write a
threshold into a sentence, and never keep their own copy of a label that
the other side also shows.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import TYPE_CHECKING

from .model import (
    CandidateStatus,
    Conduct,
    CoverageStatus,
    Decision,
    NotAssessedReason,
    Recommendation,
)

if TYPE_CHECKING:
    from .agreement import IccResult

# -- thresholds -----------------------------------------------------------------
# The rules (core.scoring, core.assessment) decide with these, and every
# sentence that explains a flag to a reader quotes them from here.

# A kit whose weighted share of rated questions is below this is not a fair
# basis for a decision: too much of what the kit was built to probe is unseen.
COMPLETE_THRESHOLD = 0.8
# Two interviewers two or more scale points apart on the same answer heard it
# differently; one point apart is ordinary rater noise on a 5-point scale.
DISAGREEMENT_GAP = 2
# A competency judged from a single rating rests on one person's reading of one
# answer, so it is shown but marked.
LOW_EVIDENCE_MIN = 2
# A panel recommending yes to an overall below this, or no to one of the
# second number or more, contradicts itself: the report asks the reader to
# look at why (the numbers are on the 1-5 scale, as printed).
CONTRADICTION_YES_BELOW = 3.0
CONTRADICTION_NO_FROM = 3.5
# A panel's agreement is only worth reporting over enough candidates: with
# fewer, the ICC's confidence interval spans most of its range.
MIN_AGREEMENT_CANDIDATES = 5

# -- numbers ----------------------------------------------------------------------

NO_SCORE = "—"


def round_half_up(value: float, digits: int = 0) -> float:
    """Round as people do on paper: a half goes away from zero (2.25 → 2.3, −0.25 → −0.3).

    Python's round() and format() send a half to the even neighbour and work
    on the binary value, so 2.25 prints as 2.2 and a mean of 23/20 (stored as
    1.1499999…) as 1.1. Rounding to nine places first removes that binary
    noise; no score or ratio here is meaningful beyond it.
    """
    scale = 10 ** digits
    shifted = round(abs(value) * scale, 9 - digits)
    return math.copysign(math.floor(shifted + 0.5), value) / scale


def score_text(value: float | None) -> str:
    """A score on the 1–5 scale with one decimal ("3.5"), or a dash when there is none."""
    if value is None:
        return NO_SCORE
    return f"{round_half_up(value, 1):.1f}"


def percent(ratio: float) -> int:
    """A ratio (0.825) as a whole percentage (83), rounded half up."""
    return int(round_half_up(ratio * 100))


def percent_text(ratio: float) -> str:
    return f"{percent(ratio)}%"


def statistic_text(value: float | None, digits: int = 3) -> str:
    """An agreement statistic (ICC, alpha, F) to a fixed number of places; "n/a" when there is none."""
    if value is None:
        return "n/a"
    return f"{round_half_up(value, digits):.{digits}f}"


def p_value_text(p: float) -> str:
    """A p-value as papers print it: "p < 0.001" below that, else three places."""
    return "p < 0.001" if p < 0.001 else f"p = {round_half_up(p, 3):.3f}"


def minutes_text(minutes: float) -> str:
    """A planned length in minutes as a bank gives it: "15", "2.5"."""
    return f"{minutes:g}"


def minutes_value_text(minutes: float | None) -> str:
    """A measured length in minutes, to a tenth ("12.5"); "—" when there is none to measure."""
    return "—" if minutes is None else f"{round_half_up(minutes, 1):.1f}"


def local_time_text(moment: datetime) -> str:
    """A moment in the laptop's own time zone, to the minute: "2026-11-30 09:12"."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    """A file's size as the window and the command line show it: "0.8 MB", "95 kB"."""
    return f"{size / 1e6:.1f} MB" if size >= 1e5 else f"{size / 1e3:.0f} kB"


def clock_text(seconds: float) -> str:
    """Elapsed time as minutes and seconds ("12:05"), as the runner's clocks show it."""
    whole = max(0, int(seconds))
    return f"{whole // 60:d}:{whole % 60:02d}"


# -- labels in both languages ---------------------------------------------------
# Words the window, the command line and the reports all show. Each is one
# (English, 简体中文) pair, so a term is the same wherever a reader meets it.

_RECOMMENDATIONS: dict[Recommendation, tuple[str, str]] = {
    Recommendation.STRONG_NO: ("Strong no", "强烈不推荐"),
    Recommendation.NO: ("No", "不推荐"),
    Recommendation.YES: ("Yes", "推荐"),
    Recommendation.STRONG_YES: ("Strong yes", "强烈推荐"),
}

_CANDIDATE_STATUSES: dict[CandidateStatus, tuple[str, str]] = {
    CandidateStatus.NEW: ("New", "待面试"),
    CandidateStatus.IN_INTERVIEW: ("In interview", "面试中"),
    CandidateStatus.INTERVIEWED: ("Interviewed", "已面试"),
}

_COVERAGE_STATUSES: dict[CoverageStatus, tuple[str, str]] = {
    CoverageStatus.COMPLETE: ("COMPLETE", "已完成"),
    CoverageStatus.COMPLETE_WITH_GAPS: ("COMPLETE WITH GAPS", "已完成（有缺项）"),
    CoverageStatus.INCOMPLETE: ("INCOMPLETE", "未完成"),
}

# The status in a few letters, beside a score in a list column.
_COVERAGE_SHORT: dict[CoverageStatus, tuple[str, str]] = {
    CoverageStatus.COMPLETE_WITH_GAPS: ("gaps", "有缺项"),
    CoverageStatus.INCOMPLETE: ("INCOMPLETE", "未完成"),
}

# The kinds of question a bank may hold (core.kit.KINDS), as interviewers call them.
_KINDS: dict[str, tuple[str, str]] = {
    "behavioural": ("Behavioural", "行为面试题"),
    "situational": ("Situational", "情境面试题"),
    "role-play": ("Role-play", "角色扮演"),
    "observation": ("Observation", "观察项"),
    "work-sample": ("Work sample", "工作样本"),
}

# The parts of a STAR answer, in the order they are told.
STAR_LETTERS = "STAR"
_STAR: dict[str, tuple[str, str]] = {
    "S": ("Situation", "情境"),
    "T": ("Task", "任务"),
    "A": ("Action", "行动"),
    "R": ("Result", "结果"),
}

_NOT_ASSESSED_REASONS: dict[NotAssessedReason, tuple[str, str]] = {
    NotAssessedReason.NO_TIME: ("no time", "时间不够"),
    NotAssessedReason.NOT_APPLICABLE: ("not applicable", "不适用"),
    NotAssessedReason.DECLINED: ("candidate declined", "候选人拒绝回答"),
    NotAssessedReason.OTHER: ("other", "其他原因"),
}

_CONDUCT: dict[Conduct, tuple[str, str]] = {
    Conduct.NONE_SEEN: ("No discourtesy seen", "未见不当言行"),
    Conduct.SEEN: ("Discourtesy seen", "有不当言行"),
    Conduct.NOT_OBSERVED: ("Not observed", "未观察到"),
}

_DECISIONS: dict[Decision, tuple[str, str]] = {
    Decision.HIRE: ("Hire", "录用"),
    Decision.HOLD: ("Hold", "待定"),
    Decision.REJECT: ("Reject", "不录用"),
    Decision.INVITE: ("Invite to interview", "邀请正式面试"),
    Decision.NOT_NOW: ("Not now", "暂不考虑"),
}

_WORDS: dict[str, tuple[str, str]] = {
    "no_recommendation": ("no recommendation", "未给出建议"),
    "not_assessed": ("not assessed", "未评估"),
    "not_rated": ("not rated", "未评分"),
    "low_evidence": ("low evidence", "证据不足"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "zh" else pair[0]


def recommendation_label(rec: Recommendation | str | None, lang: str) -> str:
    """The recommendation in the reader's language; "no recommendation" for none."""
    if rec is None:
        return _pick(_WORDS["no_recommendation"], lang)
    return _pick(_RECOMMENDATIONS[Recommendation(rec)], lang)


def candidate_status_label(status: CandidateStatus | str, lang: str) -> str:
    return _pick(_CANDIDATE_STATUSES[CandidateStatus(status)], lang)


def coverage_label(status: CoverageStatus | str, lang: str) -> str:
    return _pick(_COVERAGE_STATUSES[CoverageStatus(status)], lang)


def overall_text(overall: float | None, status: CoverageStatus | str | None, lang: str) -> str:
    """An overall score as a list shows it: never without INCOMPLETE, or the gaps, beside it."""
    if overall is None:
        return ""
    if status is None or CoverageStatus(status) is CoverageStatus.COMPLETE:
        return score_text(overall)
    return f"{score_text(overall)} {_pick(_COVERAGE_SHORT[CoverageStatus(status)], lang)}"


def not_assessed_label(reason: NotAssessedReason | str | None, note: str, lang: str) -> str:
    """Why a question has no rating: "no time", or the interviewer's own words for "other"."""
    if reason is None:
        return _pick(_WORDS["not_assessed"], lang)
    label = _pick(_NOT_ASSESSED_REASONS[NotAssessedReason(reason)], lang)
    if NotAssessedReason(reason) is NotAssessedReason.OTHER and note.strip():
        return note.strip()
    return label


def conduct_label(conduct: Conduct | str, lang: str) -> str:
    """How the candidate treated staff and others outside the questions (a fact, not a score)."""
    return _pick(_CONDUCT[Conduct(conduct)], lang)


def decision_label(decision: Decision | str, lang: str) -> str:
    return _pick(_DECISIONS[Decision(decision)], lang)


def kind_label(kind: str, lang: str) -> str:
    """A question kind ("situational") as interviewers call it; an unknown kind as written."""
    pair = _KINDS.get(kind)
    return _pick(pair, lang) if pair else kind


def star_label(letter: str, lang: str) -> str:
    """One part of a STAR answer: "S" → "Situation" / "情境"."""
    return _pick(_STAR[letter], lang)


_TIME_PARTS: dict[str, tuple[str, str]] = {
    "opening": ("opening {m}", "开场 {m}"),
    "questions": ("questions {m}", "提问 {m}"),
    "exercises": ("exercises {m}", "练习 {m}"),
    "close": ("close {m}", "结束 {m}"),
}


def time_plan_text(parts: dict[str, float], lang: str) -> str:
    """Where a kit's minutes go: "opening 4 · questions 36 · close 5 min"; empty parts left out.

    `parts` is `Kit.planned_minutes()`.
    """
    shown = [_pick(_TIME_PARTS[part], lang).format(m=minutes_text(value))
             for part, value in parts.items() if value and part in _TIME_PARTS]
    return " · ".join(shown) + (" 分钟" if lang == "zh" else " min")


def word(key: str, lang: str) -> str:
    """A short shared word: "not_assessed", "not_rated", "low_evidence", "no_recommendation"."""
    return _pick(_WORDS[key], lang)


# A job fair's figures and where each walk-in stands (core.fair): the window's
# queue and day, the fair command and its PDF say them alike.
_FAIR_STAGES: dict[str, tuple[str, str]] = {
    "waiting": ("Waiting", "等候中"),
    "in_interview": ("In interview", "面试中"),
    "seen": ("Seen", "已面试"),
    "left": ("Left unseen", "未面试即离开"),
}

# Keyed as core.fair.FairSummary's fields.
_FAIR_FIGURES: dict[str, tuple[str, str]] = {
    "checked_in": ("Checked in", "已签到"),
    "waiting": ("Waiting", "等候中"),
    "in_interview": ("In interview", "面试中"),
    "seen": ("Seen", "已面试"),
    "invited": ("Invited to interview", "邀请正式面试"),
    "held": ("Held", "待定"),
    "not_now": ("Not now", "暂不考虑"),
    "undecided": ("Not yet decided", "尚未决定"),
    "left": ("Left before being seen", "未面试即离开"),
    "mean_wait": ("Mean wait (min)", "平均等候（分钟）"),
    "mean_length": ("Mean screen length (min)", "平均面试时长（分钟）"),
}


def fair_stage_label(stage: str, lang: str) -> str:
    """Where a walk-in stands (core.fair.Stage, or its value): "Waiting" / "等候中"."""
    return _pick(_FAIR_STAGES[str(getattr(stage, "value", stage))], lang)


def fair_figure_label(key: str, lang: str) -> str:
    """One of the day's figures by its FairSummary field: "left" → "Left before being seen"."""
    return _pick(_FAIR_FIGURES[key], lang)


# -- interviewer calibration (core.calibration) ------------------------------------
# The numbers of the coordinator's view, `recruit-desk calibration` and its PDF.
# Their words (labels, flags, readings, rules) are core.calibration_text's, which
# would take this module past its length.


def signed_text(value: float, digits: int = 2) -> str:
    """A difference with its sign, rounded half up: "+0.50", "-0.30", "0.00"."""
    shown = round_half_up(value, digits)
    return f"{shown:+.{digits}f}" if shown else f"{0:.{digits}f}"


def interval_text(low: float, high: float, lang: str = "en", *, digits: int = 3) -> str:
    """A 95% interval in brackets: "(0.374 to 0.967)", "（0.374 至 0.967）"."""
    a, b = statistic_text(low, digits), statistic_text(high, digits)
    return f"（{a} 至 {b}）" if lang == "zh" else f"({a} to {b})"


def severity_text(value: float | None, low: float | None, high: float | None,
                  lang: str = "en") -> str:
    """A severity with its 95% interval: "+0.50 (0.08 to 0.90)"; "—" when there is none."""
    if value is None:
        return NO_SCORE
    if low is None or high is None:
        return signed_text(value)
    gap = "" if lang == "zh" else " "  # the Chinese bracket brings its own space
    return f"{signed_text(value)}{gap}{interval_text(low, high, lang, digits=2)}"


def icc_label(design: str, raters: int, average: bool) -> str:
    """An ICC's name as Shrout & Fleiss write it: ICC(2,1) and ICC(2,k) for the same
    panel, ICC(1,1) and ICC(1,k) for rotating panels (core.calibration.Agreement.design)."""
    return f"ICC({2 if design == 'same panel' else 1},{raters if average else 1})"


def icc_text(result: IccResult | None, lang: str = "en") -> str:
    """An ICC with its 95% interval: "0.804 (0.374 to 0.967)"; "n/a" when there is none.

    It does not ask whether enough candidates stand behind it:
    core.calibration_text.agreement_cell does.
    """
    if result is None:
        return statistic_text(None)
    gap = "" if lang == "zh" else " "
    return f"{statistic_text(result.value)}{gap}{interval_text(result.ci_lower, result.ci_upper, lang)}"


def ratings_text(ratings: dict[int, int]) -> str:
    """How often each rating 1–5 was given, in order: "3·4·13·36·16"."""
    return "·".join(str(ratings.get(v, 0)) for v in range(1, 6))

