"""The rules a kit must keep against the whole bank: its questions, weights, time and evidence.

Checked after every file is read, since a kit names questions, and
questions name exercises, that may stand in other files. Each broken rule is
one `BankProblem` at the line a bank author would change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .kit import MIN_REQUIRED_QUESTIONS, REQUIRED_COMPETENCIES, Exercise, Kit, Question

# (file, line) of a question, an exercise or a kit's field.
Where = tuple[str, int | None]
Report = Callable[[str, int | None, str], None]


@dataclass
class Gaps:
    """What the bank may hold but the checks cannot see, so that a rule that would miss it stays quiet.

    One mistake is reported once: a question with a problem of its own is not
    also "not in the bank" for every kit that asks it, and a file that cannot
    be read at all (a TOML syntax error) may hold any item, so nothing is
    reported missing while one is unread; `skipped` counts the checks left
    out for that reason, for the one line that says so.
    """

    unread: bool = False
    questions: set[str] = field(default_factory=set)  # ids of items with problems of their own
    competencies: set[str] = field(default_factory=set)
    exercises: set[str] = field(default_factory=set)
    exercises_rated: set[str] = field(default_factory=set)  # named by such questions
    kit_questions: set[str] = field(default_factory=set)  # asked by kits with problems
    kits_unknown: bool = False  # a kit with problems whose questions could not be read
    skipped: int = 0

    def unseen(self) -> bool:
        """Whether an unread file may hold what a check looks for; the check is then skipped."""
        if self.unread:
            self.skipped += 1
        return self.unread

    def explain(self, kind: str, ident: str) -> bool:
        """Whether an item of `kind` ("questions", "competencies", "exercises") that is not
        in the bank may yet be there, in an item with problems or in an unread file."""
        return ident in getattr(self, kind) or self.unseen()


def check_kit(kit: Kit, name: str, lines: dict[str, int | None],
              questions: dict[str, Question], exercises: dict[str, Exercise],
              gaps: Gaps, report: Report) -> None:
    """A kit's own rules: known questions, weights, required competencies, exercises, time."""
    what = f"kit '{kit.id}'"
    covered: set[str] = set()
    missing = False
    for q in kit.question_ids:
        if q in questions:
            covered.add(questions[q].competency)
            continue
        missing = True
        if not gaps.explain("questions", q):
            report(name, lines["questions"], f"{what} names question '{q}', which is not in "
                                             "the bank")
    if missing:
        # The question is reported already (missing, with problems of its own,
        # or in a file that could not be read); checking weights, required
        # competencies and time against part of the kit would only add noise.
        return
    for competency in sorted(covered - set(kit.weights)):
        report(name, lines["weights"], f"{what} has no weight for '{competency}', which its "
                                       "questions rate")
    for competency in sorted(set(kit.weights) - covered):
        report(name, lines.get(f"weight:{competency}", lines["weights"]),
               f"{what} weighs '{competency}' but asks no question on it")
    asked = [questions[q] for q in kit.question_ids if q in questions]
    for required in REQUIRED_COMPETENCIES:
        on_it = [q.id for q in asked if q.competency == required]
        if not on_it:
            report(name, lines["_item"], f"{what} does not rate '{required}'; every kit must "
                                         "rate active listening and emotional intelligence")
        elif len(on_it) < MIN_REQUIRED_QUESTIONS:
            report(name, lines["questions"],
                   f"{what} rates '{required}' on {len(on_it)} question ({', '.join(on_it)}); "
                   f"every kit needs at least {MIN_REQUIRED_QUESTIONS}, so that no decision "
                   "rests on one answer")
    _check_exercises_together(kit, asked, name, lines, report)
    _check_time(kit, questions, exercises, name, lines, report)


def _check_exercises_together(kit: Kit, asked: list[Question], name: str,
                              lines: dict[str, int | None], report: Report) -> None:
    """The questions of one exercise follow each other, as they are asked."""
    runs: list[str | None] = []
    for q in asked:
        if not runs or runs[-1] != q.exercise:
            runs.append(q.exercise)
    for exercise in sorted({e for e in runs if e is not None}):
        if runs.count(exercise) > 1:
            report(name, lines["questions"], f"kit '{kit.id}': the questions on exercise "
                                             f"'{exercise}' must follow one another")


def _check_time(kit: Kit, questions: dict[str, Question], exercises: dict[str, Exercise],
                name: str, lines: dict[str, int | None], report: Report) -> None:
    """Opening, questions, exercises and close fit the kit's minutes."""
    parts = kit.planned_minutes(questions, exercises)
    needed = sum(parts.values())
    if needed > kit.minutes + 1e-9:
        shown = " + ".join(f"{part} {_minutes(value)}" for part, value in parts.items())
        report(name, lines.get("minutes") or lines["_item"],
               f"kit '{kit.id}' needs {_minutes(needed)} minutes ({shown}) but has "
               f"{_minutes(kit.minutes)}: drop a question or give it more time")


def _minutes(value: float) -> str:
    return f"{value:g}"


def check_bank_wide(kits: list[tuple[Kit, str, dict[str, int | None]]],
                    questions: dict[str, tuple[Question, Where]],
                    exercises: dict[str, tuple[Exercise, Where]],
                    gaps: Gaps, report: Report) -> None:
    """Rules between items: exercises named and used, every question in a kit or a spare."""
    in_kits: dict[str, list[str]] = {}
    for kit, _, _ in kits:
        for question_id in kit.question_ids:
            in_kits.setdefault(question_id, []).append(kit.id)
    # Whether every kit's questions are known, so that "in no kit" means it.
    all_kits_known = ((bool(kits) or bool(gaps.kit_questions)) and not gaps.questions
                      and not gaps.kits_unknown)
    used_exercises: set[str] = set(gaps.exercises_rated)
    for q, (file, line) in questions.values():
        if q.kind == "work-sample" and q.exercise is None:
            report(file, line, f"question '{q.id}' is a work sample but names no 'exercise'")
        elif q.exercise is not None and q.kind != "work-sample":
            report(file, line, f"question '{q.id}' names exercise '{q.exercise}' but is of "
                               f"kind '{q.kind}'; only a 'work-sample' has an exercise")
        elif (q.exercise is not None and q.exercise not in exercises
              and not gaps.explain("exercises", q.exercise)):
            report(file, line, f"question '{q.id}' names exercise '{q.exercise}', which is "
                               "not in the bank")
        if q.exercise is not None:
            used_exercises.add(q.exercise)
        if q.spare is None and q.id not in in_kits:
            if q.id not in gaps.kit_questions and not gaps.unseen() and all_kits_known:
                report(file, line, f"question '{q.id}' is in no kit: add it to one, or mark "
                                   "it `spare` with the reason it is kept")
        elif q.spare is not None and q.id in in_kits:
            report(file, line, f"question '{q.id}' is marked spare but kit(s) "
                               f"{', '.join(in_kits[q.id])} ask it; drop the 'spare'")
    for exercise, (file, line) in exercises.values():
        if exercise.id not in used_exercises and not gaps.unseen():
            report(file, line, f"exercise '{exercise.id}' has no question that rates it")
