"""The calibration report: fonts embedded, both languages, the meeting's anchors and notes,
and no severity shown on too few shared candidates."""

from __future__ import annotations

from datetime import datetime

import pytest

from recruit_desk.core.assessment import assess
from recruit_desk.core.calibration import MIN_SHARED, calibrate
from recruit_desk.core.present import severity_text, signed_text
from recruit_desk.reports import ReportError
from recruit_desk.reports.calibration import calibration_report
from tests import factories
from tests.reports.conftest import Pdf

QUESTIONS = ("AL-1", "AL-2", "EQ-1", "EQ-2")
GENERATED = datetime.fromisoformat("2026-11-30T18:00:00+08:00")
NOTES = {"Anna": "Changed how she listens: now repeats the account number back.",
         "李静": "只举了一个笼统的例子，说不清自己做了什么。"}


def base(c: int, q: int) -> int:
    return 2 + (c + q) % 3


def day(mini_bank, n: int, *, disagree: bool = True):
    """`n` candidates; Anna a point above 李静 and Ben everywhere, and on the first
    candidate's AL-1 three points above 李静, with both their notes."""
    snapshot = mini_bank.snapshot("mini")
    out = []
    for c in range(n):
        person = factories.candidate(f"候选人{c}")
        panel = {"Anna": {q: base(c, i) + 1 for i, q in enumerate(QUESTIONS)},
                 "李静": {q: base(c, i) for i, q in enumerate(QUESTIONS)},
                 "Ben": {q: base(c, i) for i, q in enumerate(QUESTIONS)}}
        if c == 0 and disagree:
            panel["Anna"]["AL-1"], panel["李静"]["AL-1"] = 5, 2
        records = [factories.record(snapshot, who, ratings, candidate_id=person.id,
                                    notes={"AL-1": NOTES[who]} if c == 0 and who in NOTES
                                    else None)
                   for who, ratings in panel.items()]
        out.append(assess(person, snapshot, records))
    return out


def words(pdf: Pdf) -> str:
    return " ".join(pdf.text.split())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_font_is_embedded_and_none_is_a_standard_one(mini_bank, lang):
    fonts = Pdf.of(calibration_report(day(mini_bank, 6), lang=lang)).fonts()
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name or "Times" in name for name in fonts)


def test_the_english_report_shows_severities_with_intervals_agreement_and_rules(mini_bank):
    assessments = day(mini_bank, 6)
    pdf = Pdf.of(calibration_report(assessments, lang="en", generated_at=GENERATED))
    text = words(pdf)
    anna = next(p for p in calibrate(assessments).interviewers if p.name == "Anna").severity
    assert severity_text(anna.value, anna.low, anna.high) in text
    assert "rates higher than the panel" in text
    assert "Agreement per kit" in text and "Mini kit (mini)" in text and "ICC(2,1)" in text
    assert "The calibration meeting" in text
    # The rules, each with its threshold in words.
    assert f"from {MIN_SHARED} shared candidates on" in text
    assert "less than 60% as much" in text and "less than 50% as much" in text
    assert "2 or more points apart" in text and "Koo & Li (2016)" in text
    assert "Confidential — personal data" in text


def test_a_disagreement_shows_each_rating_its_anchor_and_the_note(mini_bank):
    pdf = Pdf.of(calibration_report(day(mini_bank, 6), lang="en"))
    text = words(pdf)
    meeting = text.split("The calibration meeting", 1)[1]
    assert "候选人0" in meeting and "range 3" in meeting
    assert "Tell me about a time you misunderstood a customer." in meeting
    # Anna's 5 and 李静's 2, each beside the anchor it stands for and their own note.
    assert "Changed how they listen since." in meeting and "Vague example." in meeting
    assert "Changed how she listens: now repeats the account number back." in meeting
    assert "只举了一个笼统的例子，说不清自己做了什么。" in meeting
    assert "no note" in meeting  # Ben wrote none


def test_the_chinese_report_extracts_the_chinese_labels_and_anchors(mini_bank):
    assessments = day(mini_bank, 6)
    pdf = Pdf.of(calibration_report(assessments, lang="zh", generated_at=GENERATED))
    text = "".join(pdf.text.split())  # a heading may wrap in its cell
    for label in ("面试官校准", "全部面试方案", "宽严度（+ 偏宽，− 偏严），95% 区间", "共同候选人",
                  "评分高于同组", "各面试方案的评分一致性", "迷你面试方案（mini）", "校准会议", "评分标准",
                  "保密 — 含个人信息", "请讲一次你误解客户意思的经历。", "此后改变了倾听方式。",
                  "例子笼统。", "计算规则"):
        assert "".join(label.split()) in text, label
    anna = next(p for p in calibrate(assessments).interviewers if p.name == "Anna").severity
    shown = severity_text(anna.value, anna.low, anna.high, "zh")
    assert shown.startswith("+1.08（0.87 至 ") and shown.replace(" ", "") in text


def test_not_enough_shared_candidates_shows_words_and_no_number(mini_bank):
    assessments = day(mini_bank, MIN_SHARED - 1)
    people = calibrate(assessments).interviewers
    assert not any(p.severity.enough for p in people)
    text = words(Pdf.of(calibration_report(assessments, lang="en")))
    assert text.count(f"not enough shared candidates yet (4 of {MIN_SHARED})") == len(people)
    for p in people:  # neither the figure nor its interval
        assert signed_text(p.severity.value) not in text, p.name
        assert severity_text(p.severity.value, p.severity.low, p.severity.high) not in text
    assert "than the panel" not in text  # no flag either
    # Four candidates are too few for the panel's ICC too.
    assert "not enough candidates rated by one panel yet (4 of 5)" in text
    assert "ICC(2,1)" not in text
    zh = "".join(Pdf.of(calibration_report(assessments, lang="zh")).text.split())
    assert zh.count(f"共同面试的候选人还不够（4/{MIN_SHARED}）") == len(people)


def test_a_mix_of_enough_and_not_enough_draws_only_the_rows_with_enough(mini_bank):
    snapshot = mini_bank.snapshot("mini")
    assessments = day(mini_bank, 6)
    # Dora sat on one panel only: one shared candidate.
    extra = factories.record(snapshot, "Dora", {q: 4 for q in QUESTIONS},
                             candidate_id=assessments[1].candidate.id)
    a = assessments[1]
    assessments[1] = assess(a.candidate, snapshot, [*a.records, extra])
    dora = next(p for p in calibrate(assessments).interviewers if p.name == "Dora")
    text = words(Pdf.of(calibration_report(assessments, lang="en")))
    # Her row in the table and in the drawing say so; her figure is nowhere.
    assert text.count(f"not enough shared candidates yet (1 of {MIN_SHARED})") == 2
    assert signed_text(dora.severity.value) not in text
    anna = next(p for p in calibrate(assessments).interviewers if p.name == "Anna").severity
    assert text.count(severity_text(anna.value, anna.low, anna.high)) == 2


def test_one_kit_and_no_disagreement(mini_bank):
    pdf = Pdf.of(calibration_report(day(mini_bank, 6, disagree=False), kit_id="mini"))
    text = words(pdf)
    assert "Mini kit (mini)" in text
    assert "No panel's ratings of one answer are 2 or more points apart." in text


def test_nobody_yet_is_a_short_report_that_says_so():
    text = words(Pdf.of(calibration_report([])))
    assert "No interviewer has submitted an interview yet." in text
    assert "No candidate was rated by two or more interviewers on one kit yet." in text


def test_the_paper_size_is_the_one_asked_for(mini_bank):
    box = Pdf.of(calibration_report(day(mini_bank, 2), paper="letter")).reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


@pytest.mark.parametrize("kw", [{"lang": "fr"}, {"paper": "a3"}])
def test_an_unknown_language_or_paper_is_a_report_error(mini_bank, kw):
    with pytest.raises(ReportError):
        calibration_report(day(mini_bank, 2), **kw)


def test_many_interviewers_and_a_long_note_still_lay_out(mini_bank):
    snapshot = mini_bank.snapshot("mini")
    names = [f"Interviewer {i:02d} with a rather long name" for i in range(40)]
    assessments = []
    for c in range(6):
        person = factories.candidate(f"c{c}")
        records = []
        for i, who in enumerate(names):
            ratings = {q: 1 + (c + n + i % 2) % 5 for n, q in enumerate(QUESTIONS)}
            if c == 0 and i == 0:
                ratings["AL-1"] = 5 if ratings["AL-1"] < 3 else 1
            notes = {"AL-1": "很长的记录。" * 400} if c == 0 and i == 0 else None
            records.append(factories.record(snapshot, who, ratings, candidate_id=person.id,
                                            notes=notes))
        assessments.append(assess(person, snapshot, records))
    pdf = Pdf.of(calibration_report(assessments, lang="zh"))
    assert "Interviewer 39" in pdf.text and "已截断" in pdf.text
