"""A job-fair day as the fair command and its PDF show it: the figures, and a row per check-in.

The figures are core.fair's FairSummary, labelled and formatted here once
(core.present), so the terminal, the PDF and the CSV never differ. The CSV
rows hold applicants' names: the command writes them only where the user
says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .fair import CheckIn, Event, FairSummary, Stage, minutes_between
from .present import (
    decision_label,
    fair_figure_label,
    fair_stage_label,
    local_time_text,
    minutes_value_text,
)

# The figures in the order they are read, each with its depth: the check-ins
# split into where they stand (waiting, in interview, seen, left), and the
# seen into the decisions. The parts of a figure add up to it.
FIGURES: tuple[tuple[str, int], ...] = (
    ("checked_in", 0),
    ("waiting", 1),
    ("in_interview", 1),
    ("seen", 1),
    ("invited", 2),
    ("held", 2),
    ("not_now", 2),
    ("undecided", 2),
    ("left", 1),
    ("mean_wait", 0),
    ("mean_length", 0),
)

_WORDS: dict[str, tuple[str, str]] = {
    # what the day is
    "dates": ("Date(s)", "日期"),
    "kit": ("Kit", "面试方案"),
    "positions": ("Positions", "招聘岗位"),
    "no_checkins": ("nobody checked in yet", "尚无人签到"),
    # the figures, as a table of their own
    "figure": ("Figure", "项目"),
    "number": ("Number", "数值"),
    # the per-interviewer table
    "interviewer": ("Interviewer", "面试官"),
    "seen": ("Seen", "已面试"),
    "invited": ("Invited", "邀请正式面试"),
    "mean_length": ("Mean length (min)", "平均时长（分钟）"),
    "no_interviewer": ("not recorded", "未记录"),
    "nobody_seen": ("Nobody has been seen yet.", "尚无人完成面试。"),
    # the CSV's columns, in order (CSV_COLUMNS)
    "event": ("Event", "招聘会"),
    "checked_in_at": ("Checked in at", "签到时间"),
    "name": ("Name", "姓名"),
    "position": ("Position", "应聘岗位"),
    "stage": ("Stage", "状态"),
    "called_at": ("Called at", "叫号时间"),
    "waited_minutes": ("Waited (min)", "等候（分钟）"),
    "screen_minutes": ("Screen (min)", "面试时长（分钟）"),
    "decision": ("Decision", "决定"),
}

CSV_COLUMNS = ("event", "checked_in_at", "name", "position", "stage", "called_at",
               "interviewer", "waited_minutes", "screen_minutes", "decision")
INTERVIEWER_COLUMNS = ("interviewer", "seen", "invited", "mean_length")

# A cell a spreadsheet would read as a formula (=, +, -, @, or a tab or
# return before one); a name typed at a fair must never run as one.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def fair_word(key: str, lang: str) -> str:
    """A word of the day's tables and headings: "interviewer" → "Interviewer" / "面试官"."""
    pair = _WORDS[key]
    return pair[1] if lang == "zh" else pair[0]


@dataclass(frozen=True)
class Figure:
    """One line of the day's figures as shown: its label, its value and how deep it sits."""

    key: str
    label: str
    value: str
    level: int  # 0 a figure of its own, 1 a part of the check-ins, 2 a part of the seen


def figures(summary: FairSummary, lang: str) -> list[Figure]:
    """The day's figures, labelled and formatted, in reading order (FIGURES)."""
    shown = []
    for key, level in FIGURES:
        value = getattr(summary, key)
        text = minutes_value_text(value) if key.startswith("mean_") else str(value)
        shown.append(Figure(key, fair_figure_label(key, lang), text, level))
    return shown


def called(summary: FairSummary) -> int:
    """How many were called (the mean wait is theirs): those in interview and those seen."""
    return summary.in_interview + summary.seen


def interviewer_rows(summary: FairSummary, lang: str) -> list[list[str]]:
    """One row per interviewer who saw someone: name, seen, invited, mean length."""
    return [[day.name or fair_word("no_interviewer", lang), str(day.seen), str(day.invited),
             minutes_value_text(day.mean_length)] for day in summary.interviewers]


def local_dates(checkins: list[CheckIn]) -> list[str]:
    """The calendar days of the check-ins in the laptop's time zone, in order."""
    return sorted({datetime.fromisoformat(c.checked_in_at).astimezone().date().isoformat()
                   for c in checkins})


def dates_text(dates: list[str]) -> str:
    """ "2026-11-30", "2026-11-30, 2026-12-01", or the first and last of more than three."""
    if len(dates) > 3:
        return f"{dates[0]} – {dates[-1]}"
    return ", ".join(dates)


def _local(stamp: str | None) -> str:
    return local_time_text(datetime.fromisoformat(stamp)) if stamp else ""


def _minutes(value: float | None) -> str:
    # An empty cell, not a dash, where there is nothing to measure: a
    # spreadsheet sums and averages the column.
    return "" if value is None else minutes_value_text(value)


def _cell(text: str) -> str:
    """Text as a spreadsheet shows it, never as a formula it would run."""
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def csv_header(lang: str) -> list[str]:
    return [fair_word(key, lang) for key in CSV_COLUMNS]


def checkin_rows(event: Event, checkins: list[CheckIn], lang: str) -> list[list[str]]:
    """One row per check-in (CSV_COLUMNS), times in local time, minutes to a tenth.

    The wait is from check-in to the call, or to leaving for those who left
    unseen; still waiting, it is left empty (it has not ended). The length
    of the screen is from its start to its submission. The decision is the
    one standing on the candidate, shown for the seen only, as the figures
    count it.
    """
    rows = []
    for c in checkins:
        stage = c.stage
        end = c.called_at or c.left_at
        waited = max(0.0, minutes_between(c.checked_in_at, end)) if end else None
        length = (minutes_between(c.started_at, c.submitted_at)
                  if stage is Stage.SEEN and c.started_at and c.submitted_at else None)
        decision = decision_label(c.decision, lang) if stage is Stage.SEEN and c.decision else ""
        rows.append([_cell(event.name), _local(c.checked_in_at), _cell(c.name),
                     _cell(c.position), fair_stage_label(stage.value, lang), _local(c.called_at),
                     _cell(c.interviewer), _minutes(waited), _minutes(length), decision])
    return rows
