"""The subcommands that write PDFs: report (one candidate or all) and compare.

reportlab is imported only inside them, when a PDF is asked for.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .common import CliError, check_kit, open_store, plain


def _check_output_file(path: Path) -> None:
    """Refuse an output path that cannot be written before any work is done."""
    if path.is_dir():
        raise CliError(f"{path} is a folder; give a file name for the PDF (--out FILE).")
    if not path.parent.is_dir():
        raise CliError(f"cannot write {path}: the folder {path.parent} does not exist.")
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise CliError(f"cannot write {path}: permission denied.")


def _no_interview(candidate, kit: str | None) -> CliError:
    with_kit = f" with kit '{kit}'" if kit else ""
    return CliError(f"{candidate.name} ({candidate.id[:8]}) has no submitted interview"
                    f"{with_kit}; a report needs at least one.")


def cmd_report(args: argparse.Namespace) -> int:
    if args.all and args.candidate:
        raise CliError("give one candidate ID, or --all, not both"
                       + ("" if args.out else "; and --all needs --out DIR, the folder for "
                                              "the reports"))
    if not args.all and not args.candidate:
        raise CliError("give one candidate ID, or --all --out DIR for every candidate")
    return _report_all(args) if args.all else _report_one(args)


def _report_one(args: argparse.Namespace) -> int:
    from ..reports import report_file_stem, save_pdf

    with open_store(args, create=False) as store:
        check_kit(store, args.kit)
        candidate = store.candidate(args.candidate)
        assessment = store.assessment(candidate.id, args.kit)
    if assessment is None:
        raise _no_interview(candidate, args.kit)
    out = Path(args.out) if args.out else Path(
        report_file_stem(candidate.name, candidate.id) + ".pdf")
    _check_output_file(out)
    from ..reports.candidate import candidate_report

    save_pdf(out, candidate_report(assessment, lang=args.lang, paper=args.paper))
    _log(args, [candidate.id], "candidate report")
    print(plain(out))
    return 0


def _log(args: argparse.Namespace, candidate_ids: list[str], what: str) -> None:
    """Note the export in the audit log: which candidates, never their names or the file's."""
    from ..store.errors import StoreError

    try:
        with open_store(args, create=False) as store:
            for candidate_id in candidate_ids:
                store._audit("export_pdf", candidate_id, what)
    except StoreError:
        pass  # a read-only disk: the PDF is written, the log cannot be


def _report_all(args: argparse.Namespace) -> int:
    from ..reports import batch_file_stems, save_pdf

    if not args.out:
        raise CliError("--all needs --out DIR, the folder to write the reports to")
    folder = Path(args.out)
    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder} is a file; --all writes one PDF per candidate into a folder.")
    if not folder.exists() and not folder.parent.is_dir():
        raise CliError(f"cannot write to {folder}: the folder {folder.parent} does not exist.")
    from ..reports.candidate import candidate_report

    with open_store(args, create=False) as store:
        # Asked first, so that a mistake in the data folder or the kit makes no folder.
        check_kit(store, args.kit)
        if not folder.exists():
            try:
                folder.mkdir()
            except OSError as exc:
                raise CliError(f"cannot create {folder}: {exc.strerror or exc}") from None
        if not os.access(folder, os.W_OK):
            raise CliError(f"cannot write to {folder}: permission denied.")
        assessments = store.assessments(args.kit)
    if not assessments:
        with_kit = f" with kit '{args.kit}'" if args.kit else ""
        print(plain(f"No candidate has a submitted interview{with_kit} yet; no report written."))
        return 0
    stems = batch_file_stems([(a.candidate.name, a.candidate.id) for a in assessments])
    for n, (assessment, stem) in enumerate(zip(assessments, stems), start=1):
        candidate = assessment.candidate
        out = folder / f"{stem}.pdf"
        print(plain(f"[{n}/{len(assessments)}] {candidate.name} → {out}"), file=sys.stderr,
              flush=True)
        save_pdf(out, candidate_report(assessment, lang=args.lang, paper=args.paper))
    _log(args, [a.candidate.id for a in assessments], "candidate report (all)")
    print(plain(f"{len(assessments)} reports written to {folder}"))
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from ..reports import save_pdf
    from ..reports.comparison import MAX_CANDIDATES

    if len(args.candidates) < 2:
        raise CliError("compare needs at least two candidate ids")
    if len(args.candidates) > MAX_CANDIDATES:
        raise CliError(f"compare takes at most {MAX_CANDIDATES} candidate ids; "
                       f"{len(args.candidates)} given")
    if args.min_raters < 1:
        raise CliError(f"--min-raters must be 1 or more; {args.min_raters} given")
    out = Path(args.out)
    _check_output_file(out)
    with open_store(args, create=False) as store:
        check_kit(store, args.kit)
        assessments = []
        for ident in args.candidates:
            candidate = store.candidate(ident)
            assessment = store.assessment(candidate.id, args.kit)
            if assessment is None:
                raise _no_interview(candidate, args.kit)
            assessments.append(assessment)
    languages = {a.candidate.language for a in assessments}
    lang = args.lang or (languages.pop() if len(languages) == 1 else "en")
    from ..reports.comparison import comparison_report

    save_pdf(out, comparison_report(assessments, lang=lang, paper=args.paper,
                                    min_raters=args.min_raters))
    _log(args, [a.candidate.id for a in assessments],
         f"comparison of {len(assessments)} candidates")
    print(plain(out))
    return 0


