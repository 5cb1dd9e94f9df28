"""The subcommands about data and banks: bank check and list, demo, candidates, agreement, delete."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import CliError, ask, check_kit, json_text, open_store, plain, print_table

# -- bank ------------------------------------------------------------------------


def bank_groups(paths: list[Path]) -> list[list[Path]]:
    """The banks the paths name: each folder is a bank of its own, and the files named
    (with any path that does not exist) are one more, together, where the first stands."""
    groups: list[list[Path]] = []
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            groups.append([path])
        else:
            if not files:
                groups.append(files)
            files.append(path)
    return groups


def cmd_bank_check(args: argparse.Namespace) -> int:
    from ..core.bank import check_bank, shipped_bank_dirs
    from ..core.practice import check_practice, is_practice_path, shipped_practice_files

    named = [Path(p) for p in args.paths]
    # Practice answers (practice*.toml) are checked against the one bank named with
    # them, else the shipped bank; with no path, the shipped set against the shipped bank.
    practice = [p for p in named if is_practice_path(p)] if named else shipped_practice_files()
    groups = bank_groups([p for p in named if p not in practice] if named else shipped_bank_dirs())
    against = groups[0] if len(groups) == 1 else shipped_bank_dirs()[:1]
    if practice and against not in groups:
        groups.append(against)
    failed = False
    for group in groups:
        bank, problems = check_bank(group)
        for problem in problems:
            print(plain(problem), file=sys.stderr)
        if bank is None:
            failed = True
            if practice and group == against:
                print(plain(f"{', '.join(map(str, practice))}: practice answers not checked, as "
                            "their bank has problems"), file=sys.stderr)
            continue
        line = (f"{', '.join(str(p) for p in group)}: ok — bank '{bank.info.id}' "
                f"{bank.info.version}: {len(bank.competencies)} competencies, "
                f"{len(bank.questions)} questions, {len(bank.kits)} kits")
        if practice and group == against:
            answers, problems = check_practice(practice, bank)
            for problem in problems:
                print(plain(problem), file=sys.stderr)
            if answers is None:
                failed = True
            else:
                line += (f"; {len(answers)} practice answers ("
                         + ", ".join(f"{sum(a.language == lang for a in answers)} {lang}"
                                     for lang in sorted({a.language for a in answers})) + ")")
        print(plain(line))
    if failed:
        print("bank check failed: fix the problems above (FILE:LINE: message)", file=sys.stderr)
        return 1
    return 0


def cmd_bank_list(args: argparse.Namespace) -> int:
    from ..core.bank import shipped_bank
    from ..core.present import minutes_text, time_plan_text

    bank = shipped_bank()
    lang = args.lang
    if args.json:
        data = {
            "bank": {"id": bank.info.id, "version": bank.info.version,
                     "name": bank.info.name.to_dict()},
            "kits": [
                {"id": k.id, "version": k.version, "name": k.name.to_dict(),
                 "role": k.role.to_dict() if k.role else None,
                 "purpose": k.purpose.to_dict(),
                 "job_analysis": k.job_analysis.to_dict() if k.job_analysis else None,
                 "minutes": k.minutes,
                 "time_plan": k.planned_minutes(bank.questions, bank.exercises),
                 "questions": list(k.question_ids), "weights": k.weights}
                for k in bank.kits.values()
            ],
            "exercises": [
                {"id": e.id, "kind": e.kind, "name": e.name.to_dict(), "minutes": e.minutes}
                for e in bank.exercises.values()
            ],
            "spare_questions": {q.id: q.spare.to_dict() for q in bank.questions.values()
                                if q.spare is not None},
            "competencies": [
                {"id": c.id, "name": c.name.to_dict(), "definition": c.definition.to_dict(),
                 "questions": [q.id for q in bank.questions.values() if q.competency == c.id]}
                for c in bank.competencies.values()
            ],
        }
        print(json_text(data))
        return 0
    print(plain(f"{bank.info.name.get(lang)} ({bank.info.id} {bank.info.version})"))
    print()
    # Two lines a kit: the role is the reader's choice, and it is too long for a column.
    # Both units take five terminal columns: a Chinese character takes two.
    unit, asked = ("分钟 ", "题") if lang == "zh" else ("min  ", "questions")
    for k in bank.kits.values():
        plan = time_plan_text(k.planned_minutes(bank.questions, bank.exercises), lang)
        print(plain(f"{k.id:<22} {minutes_text(k.minutes):>3} {unit}"
                    f"{(k.role or k.name).get(lang)}"))
        print(plain(f"{'':<32}{plan} · {len(k.question_ids)} {asked}"))
    print()
    print_table(
        [[c.id, c.name.get(lang),
          str(sum(q.competency == c.id for q in bank.questions.values()))]
         for c in bank.competencies.values()],
        ["COMPETENCY", "NAME", "QUESTIONS"], [24, 28, 9])
    return 0


# -- data --------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from ..core.bank import shipped_bank
    from ..store.demo import load_demo

    with open_store(args) as store:
        added = load_demo(store, shipped_bank())
        total = store.count_candidates()
        where = plain(store.path)
    if added:
        print(f"Demo data added to {where}: {added} candidates ({total} in all).")
    else:
        print(f"Demo data is already in {where} ({total} candidates); nothing added.")
    return 0


def cmd_candidates(args: argparse.Namespace) -> int:
    from ..core.present import (
        candidate_status_label,
        decision_label,
        overall_text,
        recommendation_label,
    )

    with open_store(args, create=False) as store:
        rows = store.candidates(args.search, order_by="name")
    if args.json:
        print(json_text([
            {"id": r.id, "name": r.candidate.name, "position": r.candidate.position,
             "source": r.candidate.source, "phone": r.candidate.phone,
             "email": r.candidate.email, "language": r.candidate.language,
             "status": r.status.value, "interviews": r.interviews, "submitted": r.submitted,
             "last_interview": r.last_interview, "consent": r.candidate.consent_at is not None,
             "overall": r.overall,
             "overall_status": r.overall_status.value if r.overall_status else None,
             "recommendation": r.recommendation.value if r.recommendation else None,
             "decision": r.decision.value if r.decision else None}
            for r in rows
        ]))
        return 0
    if not rows:
        print("No candidates match." if args.search else
              "No candidates yet. Add some in the app, or run `recruit-desk demo`.")
        return 0
    lang = args.lang
    print_table(
        [[r.id[:8], r.candidate.name, r.candidate.position, r.candidate.source,
          candidate_status_label(r.status, lang),
          overall_text(r.overall, r.overall_status, lang),
          "" if r.recommendation is None else recommendation_label(r.recommendation, lang),
          "" if r.decision is None else decision_label(r.decision, lang),
          (r.last_interview or "")[:10]] for r in rows],
        ["ID", "NAME", "POSITION", "SOURCE", "STATUS", "OVERALL", "RECOMMENDATION", "DECISION",
         "LAST"],
        [8, 18, 14, 14, 12, 14, 14, 8, 10])
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    """Record the hiring decision on a candidate; an earlier one stays in the history."""
    import getpass

    from ..core.present import decision_label

    by = args.by or getpass.getuser()
    with open_store(args) as store:
        candidate = store.candidate(args.id)
        try:
            decided = store.record_decision(candidate.id, args.decision, by=by,
                                            next_step=args.next or "", note=args.note or "")
        except ValueError as exc:
            raise CliError(str(exc)) from None
        earlier = len(store.decisions(candidate.id)) - 1
    name = plain(candidate.name)
    print(f"{name} ({candidate.id[:8]}): {decision_label(decided.decision, 'en')}, decided by "
          f"{plain(decided.decided_by)} on {decided.decided_at[:10]}"
          + (f"; next: {plain(decided.next_step)}" if decided.next_step else "")
          + (f" ({earlier} earlier decision(s) kept in the history)" if earlier else "") + ".")
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    from ..core.assessment import panel_agreement
    from ..core.present import p_value_text, statistic_text

    with open_store(args, create=False) as store:
        check_kit(store, args.kit)
        result = panel_agreement(store.assessments(every_kit=True), args.kit)

    def icc_dict(r):
        return None if r is None else {
            "value": r.value, "f": r.f, "df1": r.df1, "df2": r.df2, "p": r.p_value,
            "ci95": [r.ci_lower, r.ci_upper]}

    if args.json:
        print(json_text({
            "kit": result.kit_id, "interviewers": list(result.interviewers),
            "n_interviewers": len(result.interviewers), "n_candidates": len(result.candidates),
            "candidates": list(result.candidates),
            "icc2_1": icc_dict(result.icc_single), "icc2_k": icc_dict(result.icc_average),
            "alpha_ordinal": result.alpha_ordinal, "problem": result.problem,
        }))
        return 0
    if result.interviewers:
        print(plain(f"Kit {result.kit_id}: {len(result.candidates)} candidates rated by the "
                    f"same {len(result.interviewers)} interviewers "
                    f"({', '.join(result.interviewers)})"))
    if result.problem:
        print(plain(result.problem))
        return 0
    for label, r in (("ICC(2,1)  one interviewer", result.icc_single),
                     (f"ICC(2,{len(result.interviewers)})  panel average", result.icc_average)):
        if r is None:
            continue
        print(f"  {label:<28} {statistic_text(r.value):>6}   95% CI {statistic_text(r.ci_lower)} "
              f"to {statistic_text(r.ci_upper)}   F({r.df1}, {r.df2:g}) = "
              f"{statistic_text(r.f, 2)}, {p_value_text(r.p_value)}")
    print(f"  {'Krippendorff alpha (ordinal), question ratings':<28} "
          f"{statistic_text(result.alpha_ordinal):>6}")
    print("Overall scores per interviewer feed the ICCs; question ratings feed alpha.")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_store(args, create=False) as store:
        candidate = store.candidate(args.id)
        # The name as the terminal shows it, which is what the user can type back.
        name = plain(candidate.name).strip()
        n = len(store.interviews(candidate.id))
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError(f"deleting {name} needs confirmation: add --yes")
            answer = ask(f"Delete {name} ({candidate.id[:8]}) and {n} interview(s) "
                         "with every rating and note? This cannot be undone. "
                         "Type the name to confirm: ")
            if answer is None or answer.strip() != name:
                print("Nothing deleted.")
                return 1
        store.delete_candidate(candidate.id)
    print(f"Deleted {name} ({candidate.id[:8]}) and {n} interview(s), from the database, "
          "its log and the backups in its backups/ folder. PDFs already exported are "
          "separate files: delete them too.")
    return 0


