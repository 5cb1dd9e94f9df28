"""Interviewer calibration in words: the labels, flags, readings and rules every surface shows.

The coordinator's view in the window, `recruit-desk calibration` and its PDF
say core.calibration's figures in these words and with core.present's
numbers, so the three never differ. Each text is one (English, 简体中文) pair.
"""

from __future__ import annotations

from .agreement import IccResult
from .assessment import Assessment
from .calibration import (
    CENTRAL_RATIO,
    DISAGREEMENT,
    HALO_RATIO,
    MIN_SHARED,
    Disagreement,
    InterviewerCalibration,
    Severity,
    icc_band,
)
from .present import MIN_AGREEMENT_CANDIDATES, icc_text, percent, severity_text, signed_text

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Interviewer calibration", "面试官校准"),
    "interviewer": ("Interviewer", "面试官"),
    "shared_candidates": ("Shared candidates", "共同候选人"),
    "shared_ratings": ("Shared ratings", "共同评分"),
    "severity": ("Severity (+ lenient, − severe), 95% interval",
                 "宽严度（+ 偏宽，− 偏严），95% 区间"),
    "ratings_1_5": ("All their ratings 1·2·3·4·5", "全部评分 1·2·3·4·5 分次数"),
    "flags": ("Flags", "提示"),
    "not_enough": ("not enough shared candidates yet ({n} of {min})",
                   "共同面试的候选人还不够（{n}/{min}）"),
    "lenient": ("rates higher than the panel", "评分高于同组"),
    "severe": ("rates lower than the panel", "评分低于同组"),
    "central_tendency": ("central tendency", "趋中倾向"),
    "halo": ("halo", "光环效应"),
    "severity_legend": ("Severity: + rates higher than the co-panellists on the same answers "
                        "(more lenient), − lower (more severe), in points of the 1–5 scale.",
                        "宽严度：+ 表示对同样的回答评分高于同组面试官（偏宽），− 表示偏低（偏严），"
                        "单位为 1–5 分制的分数。"),
    "axis_lower": ("← rates lower (more severe)", "← 评分偏低（偏严）"),
    "axis_higher": ("rates higher (more lenient) →", "评分偏高（偏宽）→"),
    "agreement": ("Agreement", "评分一致性"),
    "scope": ("Score", "得分"),
    "overall": ("Overall score", "综合得分"),
    "same panel": ("same panel of {k}, {n} candidates", "同一面试组 {k} 人，{n} 位候选人"),
    "rotating panels": ("rotating panels of {k}, {n} candidates",
                        "轮换面试组，每组 {k} 人，{n} 位候选人"),
    "one_interviewer": ("One interviewer", "单个面试官"),
    "panel_average": ("Panel average", "面试组平均"),
    "alpha": ("Alpha (interval)", "α 系数（等距）"),
    "alpha_units": ("{value} over {n} answers", "{value}（{n} 个回答）"),
    "reading": ("Reading", "解读"),
    "too_few": ("not enough candidates rated by one panel yet ({n} of {min})",
                "同一面试组评分的候选人还不够（{n}/{min}）"),
    "interval_spans": ("the ICC's 95% interval runs from {low} to {high}: more candidates "
                       "will narrow it", "ICC 的 95% 区间从{low}到{high}，候选人更多时区间会变窄"),
    "disagreements": ("To discuss: ratings {n} or more points apart on one answer",
                      "待讨论：同一回答的评分相差 {n} 分或以上"),
    "range": ("range {n}", "相差 {n} 分"),
    "rating": ("Rating", "评分"),
    "anchor": ("Anchor", "评分标准"),
    "note": ("Note", "记录"),
    "no_disagreement": ("No panel's ratings of one answer are {n} or more points apart.",
                        "没有哪一组对同一回答的评分相差 {n} 分或以上。"),
    "no_interviewers": ("No interviewer has submitted an interview yet.",
                        "还没有面试官提交面试。"),
    "no_agreement": ("No candidate was rated by two or more interviewers on one kit yet.",
                     "还没有候选人在同一面试方案下由两位或以上面试官评分。"),
}

# Koo & Li's (2016) bands, as core.calibration.icc_band names them.
_BANDS: dict[str, tuple[str, str]] = {
    "poor": ("poor", "差"),
    "moderate": ("moderate", "中等"),
    "good": ("good", "良好"),
    "excellent": ("excellent", "优秀"),
}

# What a band means for the panel, of one interviewer's ICC.
_READINGS: dict[str, tuple[str, str]] = {
    "poor": ("this panel's interviewers often score the same candidate quite differently; "
             "one interviewer's score alone says little",
             "本组面试官对同一候选人的评分常常差别很大，单凭一位面试官的分数说明不了多少"),
    "moderate": ("two interviewers of this panel will often differ by a point",
                 "本组两位面试官的评分常会相差一分"),
    "good": ("two interviewers of this panel mostly agree, seldom a point apart",
             "本组面试官的评分大多一致，很少相差一分"),
    "excellent": ("this panel's interviewers agree closely on every candidate",
                  "本组面试官对每位候选人的评分都高度一致"),
}

_RULES: tuple[tuple[str, str], ...] = (
    ("Severity: on each answer an interviewer rated with co-panellists, their rating minus "
     "the co-panellists' mean, averaged per candidate and then over candidates; the 95% "
     "interval is over candidates. Shown, and any flag raised, from {min} shared candidates "
     "on; flagged when the interval leaves out 0.",
     "宽严度：面试官与同组面试官共同评分的每个回答，取其评分减去同组其他人的平均分，先按候选人平均，"
     "再对候选人平均；95% 区间按候选人计算。共同面试的候选人达到 {min} 位才显示数值和各项提示；"
     "区间不含 0 时提示。"),
    ("Central tendency: their ratings of the shared answers spread less than {central}% as "
     "much as their co-panellists' (standard deviation).",
     "趋中倾向：其对共同回答评分的标准差低于同组面试官的 {central}%。"),
    ("Halo: within one candidate, their competency scores vary less than {halo}% as much as "
     "their co-panellists' do.",
     "光环效应：对同一位候选人，其各项能力得分的差异低于同组面试官的 {halo}%。"),
    ("To discuss: a panel's ratings of one answer {gap} or more points apart; one point apart "
     "is ordinary on a five-point scale.",
     "待讨论：同一组对同一回答的评分相差 {gap} 分或以上；五分制中相差一分属于正常。"),
    ("Agreement: the intraclass correlation (ICC) of the interviewers' scores, read after "
     "Koo & Li (2016): below 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good, above 0.9 "
     "excellent; shown from {min_icc} candidates rated by one panel on. Alpha is "
     "Krippendorff's, on the answers' ratings as an interval scale.",
     "一致性：面试官得分的组内相关系数（ICC），按 Koo 和 Li（2016）解读：低于 0.5 为差，"
     "0.5–0.75 为中等，0.75–0.9 为良好，高于 0.9 为优秀；同一面试组评分的候选人达到 {min_icc} "
     "位才显示。α 为 Krippendorff α 系数，按等距尺度计算各回答的评分。"),
)


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "zh" else pair[0]


def calibration_word(key: str, lang: str, **values: object) -> str:
    """A label or phrase: "severity", "halo", "not_enough" (n=, min=), "range" (n=)…"""
    return _pick(_WORDS[key], lang).format(**values)


def severity_cell(severity: Severity, lang: str) -> str:
    """The severity column: the figure with its 95% interval, or why there is none yet.

    Below MIN_SHARED shared candidates no figure is shown, not even beside
    the words: a number on too few candidates reads as a finding.
    """
    if not severity.enough:
        return calibration_word("not_enough", lang, n=severity.candidates, min=MIN_SHARED)
    return severity_text(severity.value, severity.low, severity.high, lang)


def severity_direction(severity: Severity) -> str | None:
    """ "lenient" or "severe" when there is enough data and the 95% interval leaves out 0."""
    if not severity.enough or severity.low is None or severity.high is None:
        return None
    return "lenient" if severity.low > 0 else "severe" if severity.high < 0 else None


def calibration_flags(person: InterviewerCalibration, lang: str) -> list[str]:
    """An interviewer's flags in words: rates higher or lower, central tendency, halo."""
    keys = [severity_direction(person.severity),
            "central_tendency" if person.central_tendency else None,
            "halo" if person.halo else None]
    return [calibration_word(k, lang) for k in keys if k]


def enough_candidates(candidates: int) -> bool:
    """Whether an agreement rests on enough candidates rated by one panel to be shown."""
    return candidates >= MIN_AGREEMENT_CANDIDATES


def agreement_cell(result: IccResult | None, candidates: int, lang: str) -> str:
    """An ICC with its interval, or why there is none yet (too few candidates)."""
    if not enough_candidates(candidates):
        return calibration_word("too_few", lang, n=candidates, min=MIN_AGREEMENT_CANDIDATES)
    return icc_text(result, lang)


def icc_band_label(band: str, lang: str) -> str:
    """A Koo & Li band ("poor" … "excellent") in words."""
    return _pick(_BANDS[band], lang)


def agreement_reading(band: str | None, lang: str) -> str:
    """What a band means for the panel: "moderate: two interviewers … differ by a point"."""
    if band is None:
        return ""
    colon = "：" if lang == "zh" else ": "
    return f"{icc_band_label(band, lang)}{colon}{_pick(_READINGS[band], lang)}"


def agreement_reading_of(result: IccResult | None, lang: str) -> str:
    """The reading of one interviewer's ICC, and the bands its 95% interval spans if several."""
    if result is None:
        return ""
    reading = agreement_reading(icc_band(result.value), lang)
    low, high = icc_band(result.ci_lower), icc_band(result.ci_upper)
    if low and high and low != high:
        spans = calibration_word("interval_spans", lang, low=icc_band_label(low, lang),
                                 high=icc_band_label(high, lang))
        reading += ("；" if lang == "zh" else "; ") + spans
    return reading + ("。" if lang == "zh" else ".")


def calibration_rules(lang: str) -> list[str]:
    """The rules behind the figures and flags, each a sentence quoting its threshold."""
    values = {"min": MIN_SHARED, "central": percent(CENTRAL_RATIO), "halo": percent(HALO_RATIO),
              "gap": DISAGREEMENT, "min_icc": MIN_AGREEMENT_CANDIDATES}
    return [_pick(rule, lang).format(**values) for rule in _RULES]


# -- what the figures are about: kits, competencies, answers --------------------------


def kit_name(assessments: list[Assessment], kit_id: str, lang: str) -> str:
    """A kit's name as its latest interview's snapshot gives it; its id if none is here."""
    found = [a for a in assessments if a.kit_id == kit_id]
    if not found:
        return kit_id
    newest = max(found, key=lambda a: max(r.interview.submitted_at or "" for r in a.records))
    return newest.snapshot.kit.name.get(lang)


def competency_name(assessments: list[Assessment], kit_id: str, competency: str | None,
                    lang: str) -> str:
    """A competency's name in a kit's snapshots; "Overall score" for None."""
    if competency is None:
        return calibration_word("overall", lang)
    for a in assessments:
        if a.kit_id == kit_id:
            for c in a.snapshot.competencies:
                if c.id == competency:
                    return c.name.get(lang)
    return competency


def disagreement_source(assessments: list[Assessment], d: Disagreement) -> Assessment | None:
    """The candidate's assessment on the kit a disagreement is on (its snapshot has the text)."""
    return next((a for a in assessments
                 if a.kit_id == d.kit_id and a.candidate.id == d.candidate_id), None)


def question_text(source: Assessment | None, question_id: str, lang: str) -> str:
    """A question as it was asked, from the interview's snapshot; "" when not found."""
    if source is None:
        return ""
    try:
        return source.snapshot.question(question_id).text.get(lang)
    except KeyError:
        return ""


def anchor_text(source: Assessment | None, question_id: str, rating: int, lang: str) -> str:
    """The anchor the kit gives a rating of a question: what that rating stands for."""
    if source is None:
        return ""
    try:
        anchor = source.snapshot.question(question_id).anchors.get(rating)
    except KeyError:
        return ""
    return anchor.get(lang) if anchor is not None else ""


def drift_text(person: InterviewerCalibration, lang: str) -> str:
    """Severity month by month: "2026-10 +0.50 · 2026-11 (3 of 5)"; the months with too
    few shared candidates give their count instead of a figure."""
    parts = []
    for month, severity in person.drift:
        shown = (signed_text(severity.value) if severity.enough and severity.value is not None
                 else f"({severity.candidates}/{MIN_SHARED})")
        parts.append(f"{month} {shown}")
    return " · ".join(parts) or "—"


def recommendations_text(person: InterviewerCalibration, lang: str) -> str:
    """How often they recommended what: "strong yes 2 · yes 4 · no 1 · strong no 1"."""
    from .model import Recommendation
    from .present import recommendation_label

    order = [r.value for r in Recommendation] + ["none"]
    parts = [f"{recommendation_label(key if key != 'none' else None, lang)} {n}"
             for key in order if (n := person.recommendations.get(key, 0))]
    return " · ".join(parts) or "—"
