"""`recruit-desk calibration`: how each interviewer rates against their co-panellists.

The figures are core.calibration's, worded by core.calibration_text and
core.present, as the window's coordinator view and the PDF word them. The
command prints them as text or JSON and writes the coordinator's PDF; it
never loads Qt, and reportlab only for --pdf.
"""

from __future__ import annotations

import argparse
import math
import sys
from typing import TYPE_CHECKING, Any

from .common import CliError, check_kit, json_text, open_store, output_file, plain, print_table

if TYPE_CHECKING:
    from ..core.agreement import IccResult
    from ..core.assessment import Assessment
    from ..core.calibration import Agreement, Calibration, Severity

LANGS = ("en", "zh")
PAPERS = ("a4", "letter")
_NOTE_SHOWN = 100  # characters of a note in the terminal; the PDF has more


def cmd_calibration(args: argparse.Namespace) -> int:
    if args.paper is not None and not args.pdf:
        raise CliError("--paper is the PDF's paper size: it goes with --pdf FILE")
    pdf = output_file(args.pdf, "--pdf")
    lang = args.lang or "en"
    from ..core.calibration import calibrate

    with open_store(args, create=False) as store:
        check_kit(store, args.kit)
        assessments = store.assessments(every_kit=True)
    chosen = [a for a in assessments if args.kit is None or a.kit_id == args.kit]
    result = calibrate(chosen)
    if args.kit is not None and not chosen and not args.json:
        print(plain(f"No submitted interview used kit '{args.kit}' yet"
                    + ("; no PDF written." if pdf else ".")))
        return 0
    written = pdf is not None and bool(chosen or args.kit is None)
    if pdf is not None and written:
        # Written first: output cut short (`| head`) must not cost the file.
        from ..reports import save_pdf
        from ..reports.calibration import calibration_report

        save_pdf(pdf, calibration_report(chosen, lang=lang, paper=args.paper or "a4",
                                         kit_id=args.kit))
        _log(args, sorted({d.candidate_id for d in result.disagreements}))
    if args.json:
        print(json_text(_json(result, chosen, lang, args.kit)))
    else:
        _print(result, chosen, lang)
    if pdf is not None:
        # What was written is said on stdout, or on stderr when stdout is the JSON.
        print(plain(f"Wrote the calibration PDF to {pdf}: it quotes candidates' names and "
                    "interviewers' notes, so keep it where personal data may be kept."
                    if written else f"No submitted interview used kit '{args.kit}' yet; "
                                    "no PDF written."),
              file=sys.stderr if args.json else sys.stdout)
    return 0


def _log(args: argparse.Namespace, candidate_ids: list[str]) -> None:
    """Note the candidates the PDF quotes in the audit log, as other PDF exports are."""
    from ..store.errors import StoreError

    try:
        with open_store(args, create=False) as store:
            for candidate_id in candidate_ids:
                store._audit("export_pdf", candidate_id, "calibration report")
    except StoreError:
        pass  # a read-only disk: the PDF is written, the log cannot be


# -- text --------------------------------------------------------------------------


def _print(result: Calibration, assessments: list[Assessment], lang: str) -> None:
    from ..core.calibration_text import calibration_rules, calibration_word

    def w(key: str, **values: object) -> str:
        return calibration_word(key, lang, **values)

    print(plain(w("title")))
    print()
    if not result.interviewers:
        print(plain(w("no_interviewers")))
        return
    _print_interviewers(result, lang)
    print()
    print(plain(w("agreement")))
    if not result.agreement:
        print(plain("  " + w("no_agreement")))
    for agreement in result.agreement:
        _print_agreement(agreement, assessments, lang)
    print()
    _print_disagreements(result, assessments, lang)
    print()
    for rule in calibration_rules(lang):
        print(plain(f"- {rule}"))


def _print_interviewers(result: Calibration, lang: str) -> None:
    from ..core.calibration_text import calibration_flags, calibration_word, severity_cell

    def w(key: str) -> str:
        return calibration_word(key, lang)

    heads = [w("interviewer"), w("shared_candidates"), w("shared_ratings"), w("severity"),
             w("flags")]
    rows = [[p.name, str(p.severity.candidates), str(p.severity.ratings),
             severity_cell(p.severity, lang), ("、" if lang == "zh" else ", ").join(
                 calibration_flags(p, lang))] for p in result.interviewers]
    print_table(rows, [h.upper() for h in heads], [20, 18, 15, 46, 60])
    print(plain(w("severity_legend")))
    from ..core.calibration_text import drift_text, recommendations_text

    for p in result.interviewers:
        print(plain(f"  {p.name}: {drift_text(p, lang)}; {recommendations_text(p, lang)}"))


def _print_agreement(a: Agreement, assessments: list[Assessment], lang: str) -> None:
    from ..core.calibration_text import (
        agreement_cell,
        agreement_reading_of,
        calibration_word,
        competency_name,
        enough_candidates,
        kit_name,
    )
    from ..core.present import icc_label, statistic_text

    def w(key: str, **values: object) -> str:
        return calibration_word(key, lang, **values)

    if a.competency is None:
        print(plain(f"  {a.kit_id} · {kit_name(assessments, a.kit_id, lang)}"))
    name = competency_name(assessments, a.kit_id, a.competency, lang)
    colon = "：" if lang == "zh" else ": "
    if not enough_candidates(a.candidates):
        print(plain(f"    {name}{colon}{agreement_cell(None, a.candidates, lang)}"))
        return
    design = w(a.design, k=a.raters, n=a.candidates)
    print(plain(f"    {name}（{design}）" if lang == "zh" else f"    {name} ({design})"))
    for key, result, average in (("one_interviewer", a.icc_single, False),
                                 ("panel_average", a.icc_average, True)):
        label = f"{icc_label(a.design, a.raters, average)} {w(key)}"
        print(plain(f"      {label}{colon}{agreement_cell(result, a.candidates, lang)}"))
    alpha = w("alpha_units", value=statistic_text(a.alpha_interval), n=a.alpha_units)
    print(plain(f"      {w('alpha')}{colon}{alpha}"))
    print(plain(f"      {agreement_reading_of(a.icc_single, lang)}"))


def _print_disagreements(result: Calibration, assessments: list[Assessment], lang: str) -> None:
    from ..core.calibration import DISAGREEMENT
    from ..core.calibration_text import calibration_word

    found = result.disagreements
    if not found:
        print(plain(calibration_word("no_disagreement", lang, n=DISAGREEMENT)))
        return
    count = f"（{len(found)}）" if lang == "zh" else f" ({len(found)})"
    print(plain(calibration_word("disagreements", lang, n=DISAGREEMENT) + count))
    for d in found:
        print(plain(f"  {d.candidate} · {d.kit_id} {d.question_id} · "
                    f"{calibration_word('range', lang, n=d.spread)}"))
        for name, rating, note in d.ratings:
            note = " ".join(note.split())
            if len(note) > _NOTE_SHOWN:
                note = note[:_NOTE_SHOWN - 1].rstrip() + "…"
            print(plain(f"    {name} {rating}" + (f" · {note}" if note else "")))


# -- JSON ----------------------------------------------------------------------------


def _number(value: float | None) -> float | None:
    """A float JSON can carry: an infinite F (raters agreeing perfectly) becomes null."""
    return value if value is None or math.isfinite(value) else None


def _severity(s: Severity) -> dict[str, Any]:
    return {"severity": s.value, "severity_low": s.low, "severity_high": s.high,
            "shared_candidates": s.candidates, "n_ratings": s.ratings, "enough_data": s.enough}


def _icc(result: IccResult | None, label: str) -> dict[str, Any] | None:
    if result is None:
        return None
    return {"form": label, "value": result.value, "ci95": [result.ci_lower, result.ci_upper],
            "f": _number(result.f), "df1": result.df1, "df2": result.df2, "p": result.p_value}


def _agreement(a: Agreement) -> dict[str, Any]:
    from ..core.calibration import icc_band
    from ..core.calibration_text import enough_candidates
    from ..core.present import icc_label

    return {"design": a.design or None, "raters": a.raters, "candidates": a.candidates,
            "enough_data": enough_candidates(a.candidates),
            "icc_single": _icc(a.icc_single, icc_label(a.design, a.raters, False)),
            "icc_average": _icc(a.icc_average, icc_label(a.design, a.raters, True)),
            "band": icc_band(a.icc_single.value) if a.icc_single else None,
            "alpha_interval": a.alpha_interval, "alpha_units": a.alpha_units}


def _json(result: Calibration, assessments: list[Assessment], lang: str,
          kit: str | None) -> dict[str, Any]:
    from ..core import calibration as rules
    from ..core.calibration_text import (
        anchor_text,
        disagreement_source,
        kit_name,
        question_text,
        severity_direction,
    )
    from ..core.present import MIN_AGREEMENT_CANDIDATES

    interviewers = [{
        "id": p.id, "name": p.name, **_severity(p.severity),
        "leniency": severity_direction(p.severity),
        "central_tendency": p.central_tendency, "halo": p.halo,
        "spread": p.spread, "others_spread": p.others_spread,
        "halo_spread": p.halo_spread, "others_halo_spread": p.others_halo_spread,
        "ratings": {str(k): n for k, n in p.ratings.items()},
        "recommendations": p.recommendations,
        "drift": [{"month": month, **_severity(s)} for month, s in p.drift],
    } for p in result.interviewers]
    agreement: dict[str, Any] = {}
    for a in result.agreement:
        entry = agreement.setdefault(a.kit_id, {"name": kit_name(assessments, a.kit_id, lang),
                                                "overall": None, "competencies": {}})
        if a.competency is None:
            entry["overall"] = _agreement(a)
        else:
            entry["competencies"][a.competency] = _agreement(a)
    disagreements = []
    for d in result.disagreements:
        source = disagreement_source(assessments, d)
        disagreements.append({
            "kit": d.kit_id, "candidate_id": d.candidate_id, "candidate": d.candidate,
            "question_id": d.question_id, "question": question_text(source, d.question_id, lang),
            "spread": d.spread,
            "ratings": [{"interviewer": name, "rating": rating,
                         "anchor": anchor_text(source, d.question_id, rating, lang), "note": note}
                        for name, rating, note in d.ratings]})
    return {"kit": kit, "lang": lang,
            "rules": {"min_shared": rules.MIN_SHARED, "central_ratio": rules.CENTRAL_RATIO,
                      "halo_ratio": rules.HALO_RATIO, "disagreement": rules.DISAGREEMENT,
                      "min_agreement_candidates": MIN_AGREEMENT_CANDIDATES},
            "interviewers": interviewers, "agreement": agreement, "disagreements": disagreements}


def add_parsers(add: Any) -> None:
    """The subcommand of this module, added through build_parser's `add`."""
    calibration = add(
        "calibration", cmd_calibration,
        "how each interviewer rates against their co-panellists (severity, central tendency, "
        "halo), the panels' agreement, and the answers to discuss; as text, JSON or a PDF",
        epilog="Whoever runs this command sees every interviewer's figures: it is the data "
               "owner's tool, for the data folder they look after. The window shows them only "
               "to the calibration coordinator (a setting). Severity and flags need enough "
               "candidates shared with co-panellists; until then the row says so. The rules "
               "are printed under the figures.")
    calibration.add_argument("--kit", metavar="KIT",
                             help="only candidates interviewed with this kit")
    calibration.add_argument("--json", action="store_true", help="print the figures as JSON")
    calibration.add_argument("--pdf", metavar="FILE",
                             help="write the coordinator's PDF (it quotes candidates' names "
                                  "and interviewers' notes)")
    calibration.add_argument("--lang", choices=LANGS,
                             help="language of the text and the PDF (default: en)")
    calibration.add_argument("--paper", choices=PAPERS,
                             help="the PDF's paper size (default: a4)")
