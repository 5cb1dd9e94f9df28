"""Numbers and labels as every surface shows them: rounding half up, thresholds quoted, both languages."""

from __future__ import annotations

import pytest

from recruit_desk.core import present
from recruit_desk.core.model import CandidateStatus, CoverageStatus, Recommendation
from recruit_desk.core.present import percent, percent_text, round_half_up, score_text


@pytest.mark.parametrize(("value", "shown"), [
    (2.25, "2.3"),     # exactly half: Python's format() would print 2.2
    (23 / 20, "1.2"),  # 1.15, stored as 1.1499999…: a reader expects 1.2
    (69 / 20, "3.5"),  # 3.45
    (32 / 9, "3.6"),   # 3.555…
    (14 / 3, "4.7"),
    (3.0, "3.0"),
    (5, "5.0"),
    (None, "—"),
])
def test_scores_round_half_up_to_one_decimal(value, shown):
    assert score_text(value) == shown


def test_half_goes_away_from_zero_for_differences_too():
    assert round_half_up(-0.25, 1) == -0.3
    assert round_half_up(0.25, 1) == 0.3
    assert round_half_up(-0.24, 1) == -0.2


@pytest.mark.parametrize(("ratio", "shown"), [
    (0.825, "83%"),    # 82.5: round() would say 82
    (33 / 40, "83%"),
    (0.8, "80%"),
    (11 / 18, "61%"),
    (1.0, "100%"),
    (0.0, "0%"),
])
def test_coverage_is_a_whole_percentage_rounded_half_up(ratio, shown):
    assert percent_text(ratio) == shown
    assert percent(ratio) == int(shown[:-1])


def test_the_thresholds_read_as_people_state_them():
    # The sentences that explain a flag quote these; they must print as the rule is stated.
    assert percent_text(present.COMPLETE_THRESHOLD) == "80%"
    assert f"{present.DISAGREEMENT_GAP}" == "2"


def test_every_status_and_recommendation_has_a_label_in_both_languages():
    for enum, label in ((Recommendation, present.recommendation_label),
                        (CandidateStatus, present.candidate_status_label),
                        (CoverageStatus, present.coverage_label)):
        for member in enum:
            en, zh = label(member, "en"), label(member, "zh")
            assert en and zh and en != zh, member
            assert en.isascii() and not zh.isascii(), member
    assert present.recommendation_label(None, "zh") == "未给出建议"
    assert present.recommendation_label("strong_yes", "zh") == "强烈推荐"


def test_question_kinds_use_one_chinese_term_each():
    from recruit_desk.core.kit import KINDS

    labels = {present.kind_label(k, "zh") for k in KINDS}
    assert len(labels) == len(KINDS)
    # The banks speak of 情境 (situation); the kind's label says the same.
    assert present.kind_label("situational", "zh") == "情境面试题"
    assert present.kind_label("situational", "en") == "Situational"


def test_star_parts_and_clocks():
    assert [present.star_label(x, "zh") for x in present.STAR_LETTERS] == \
        ["情境", "任务", "行动", "结果"]
    assert present.clock_text(0) == "0:00"
    assert present.clock_text(725.9) == "12:05"
    assert present.clock_text(-3) == "0:00"
    assert [present.minutes_text(m) for m in (15, 2.5, 45.0)] == ["15", "2.5", "45"]


def test_a_listed_score_carries_its_status_word():
    assert present.overall_text(None, None, "en") == ""
    assert present.overall_text(3.65, CoverageStatus.COMPLETE, "en") == "3.7"
    assert present.overall_text(3.65, None, "zh") == "3.7"
    assert present.overall_text(3.65, CoverageStatus.INCOMPLETE, "en") == "3.7 INCOMPLETE"
    assert present.overall_text(3.65, "INCOMPLETE", "zh") == "3.7 未完成"
    assert present.overall_text(4.0, CoverageStatus.COMPLETE_WITH_GAPS, "en") == "4.0 gaps"
    assert present.overall_text(4.0, CoverageStatus.COMPLETE_WITH_GAPS, "zh") == "4.0 有缺项"
