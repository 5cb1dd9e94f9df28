"""What the report adds for the second-edition kits: the candidate's written reply, printed
where it is rated, and the conduct record on page 1."""

from __future__ import annotations

import re

import pytest

from recruit_desk.core.assessment import assess
from recruit_desk.core.bank import shipped_bank
from recruit_desk.core.model import Conduct
from tests import factories
from tests.reports.test_candidate_first_page import has, report

REPLY = "Dear Jo,\n\nYour refund of £89.99 went back to your card on 13 March (RF-77140)."


@pytest.fixture(scope="module")
def written():
    return shipped_bank().snapshot("written-support")


def everything(snapshot, value=4):
    return dict.fromkeys((q.id for q in snapshot.questions), value)


def test_the_reply_is_printed_as_typed_before_the_questions_that_rate_it(written):
    person = factories.candidate("Jo Kerr", language="en")
    rated = factories.assessment(person, written, {"Sarah Mitchell": everything(written)},
                                 replies={"written-reply": (REPLY, 512)})
    text = report(rated).text
    heading = "Work sample · Written reply to a complaint (10 min)"
    assert has(text, heading)
    assert has(text, "The candidate's reply, typed in Sarah Mitchell's interview "
                     "(took 8:32 of 10 min)")
    assert has(text, "Your refund of £89.99 went back to your card on 13 March (RF-77140).")
    # Before the first question on it (WS-W1), after the question before (CLR-1).
    flat = re.sub(r"\s+", "", text)
    at = flat.index(re.sub(r"\s+", "", heading))
    assert flat.index("CLR-1") < at < flat.index("WS-W1")
    zh = report(rated, "zh").text
    assert has(zh, "工作样本 · 书面回复：客户投诉留言（10 分钟）") and has(zh, "用时 8:32，限时 10 分钟")


def test_an_interview_without_a_typed_reply_says_so(written):
    person = factories.candidate("陈敏")
    rated = factories.assessment(person, written, {"李静": everything(written),
                                                   "王磊": everything(written)},
                                 replies={})
    text = report(rated).text
    assert has(text, "李静: no reply typed in the app (written on paper, or not done).")
    assert has(text, "王磊: no reply typed in the app")


def test_no_discourtesy_seen_is_one_line_on_page_1(mini_bank):
    rated = factories.assessment(factories.candidate("王芳"), mini_bank.snapshot("mini"),
                                 {"李静": {"AL-1": 4}, "王磊": {"AL-1": 4}},
                                 conduct=Conduct.NONE_SEEN)
    first = report(rated).page_text(0)
    assert has(first, "Conduct towards staff (not scored)")
    assert has(first, "No discourtesy seen, in or around the interview, by any of 2 "
                      "interviewer(s).")


def test_what_was_seen_is_printed_with_who_saw_it(mini_bank):
    snapshot = mini_bank.snapshot("mini")
    person = factories.candidate("赵敏")
    seen = factories.record(snapshot, "Sarah Mitchell", {"AL-1": 2}, candidate_id=person.id,
                            conduct=Conduct.SEEN,
                            conduct_note="Told the receptionist 'you people are useless'.")
    calm = factories.record(snapshot, "李静", {"AL-1": 3}, candidate_id=person.id,
                            conduct=Conduct.NOT_OBSERVED)
    pdf = report(assess(person, snapshot, [seen, calm]))
    first = pdf.page_text(0)
    assert has(first, "▲ Sarah Mitchell: Discourtesy seen — Told the receptionist 'you people "
                      "are useless'.")
    # The mark is set in the report's own embedded font, not a default one.
    assert all(pdf.fonts().values()) and all("WenQuanYi" in f for f in pdf.fonts()), pdf.fonts()
    assert has(first, "李静: Not observed")
    zh = report(assess(person, snapshot, [seen, calm]), "zh").page_text(0)
    assert has(zh, "对工作人员的言行（不计分）") and has(zh, "李静：未观察到")


def test_interviews_stored_before_the_conduct_record_print_no_row(mini_bank):
    rated = factories.assessment(factories.candidate("孙丽"), mini_bank.snapshot("mini"),
                                 {"李静": {"AL-1": 4}})
    assert "Conduct towards staff" not in report(rated).page_text(0)
