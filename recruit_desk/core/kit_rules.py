"""The rules a kit must keep against the whole bank: its questions, weights, time and evidence.

Checked after every file is read, since a kit names questions, and
questions name exercises, that may stand in other files. Each broken rule is
one `BankProblem` at the line a bank author would change.
"""

from __future__ import annotations

from collections.abc import Callable

from .kit import MIN_REQUIRED_QUESTIONS, REQUIRED_COMPETENCIES, Exercise, Kit, Question

# (file, line) of a question, an exercise or a kit's field.
Where = tuple[str, int | None]
Report = Callable[[str, int | None, str], None]


def check_kit(kit: Kit, name: str, lines: dict[str, int | None],
              questions: dict[str, Question], exercises: dict[str, Exercise],
              broken: set[str], report: Report) -> None:
    """A kit's own rules: known questions, weights, required competencies, exercises, time."""
    what = f"kit '{kit.id}'"
    covered: set[str] = set()
    for q in kit.question_ids:
        if q in questions:
            covered.add(questions[q].competency)
        elif q not in broken:
            report(name, lines["questions"], f"{what} names question '{q}', which is not in "
                                             "the bank")
    if broken & set(kit.question_ids):
        # The question's own problems are reported already; checking weights
        # against a partial set of competencies would only add noise.
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
                    broken: set[str], report: Report) -> None:
    """Rules between items: exercises named and used, every question in a kit or a spare."""
    in_kits: dict[str, list[str]] = {}
    for kit, _, _ in kits:
        for question_id in kit.question_ids:
            in_kits.setdefault(question_id, []).append(kit.id)
    used_exercises: set[str] = set()
    for q, (file, line) in questions.values():
        if q.kind == "work-sample" and q.exercise is None:
            report(file, line, f"question '{q.id}' is a work sample but names no 'exercise'")
        elif q.exercise is not None and q.kind != "work-sample":
            report(file, line, f"question '{q.id}' names exercise '{q.exercise}' but is of "
                               f"kind '{q.kind}'; only a 'work-sample' has an exercise")
        elif q.exercise is not None and q.exercise not in exercises:
            report(file, line, f"question '{q.id}' names exercise '{q.exercise}', which is "
                               "not in the bank")
        if q.exercise is not None:
            used_exercises.add(q.exercise)
        if kits and not broken:
            if q.spare is None and q.id not in in_kits:
                report(file, line, f"question '{q.id}' is in no kit: add it to one, or mark "
                                   "it `spare` with the reason it is kept")
            elif q.spare is not None and q.id in in_kits:
                report(file, line, f"question '{q.id}' is marked spare but kit(s) "
                                   f"{', '.join(in_kits[q.id])} ask it; drop the 'spare'")
    for exercise, (file, line) in exercises.values():
        if exercise.id not in used_exercises:
            report(file, line, f"exercise '{exercise.id}' has no question that rates it")
