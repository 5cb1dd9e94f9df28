"""Practice accuracy: the mean absolute difference from the expert, and the bias."""

from __future__ import annotations

import pytest

from recruit_desk.core.practice_score import PracticeAttempt, by_month, practice_score


def attempt(rating, expert, at="2026-11-02T10:00:00.000+00:00"):
    return PracticeAttempt("a", rating, expert, at)


def test_accuracy_and_bias_from_hand_counted_ratings():
    # Differences +1, -2, 0, +1: mean absolute (1 + 2 + 0 + 1) / 4 = 1.0, bias 0 / 4 = 0.
    score = practice_score([attempt(4, 3), attempt(1, 3), attempt(3, 3), attempt(5, 4)])
    assert (score.attempts, score.mean_abs, score.bias, score.exact) == (4, 1.0, 0.0, 1)


def test_no_practice_has_no_figures():
    assert practice_score([]) == practice_score([])
    assert practice_score([]).mean_abs is None and practice_score([]).bias is None


def test_by_month_shows_progress():
    attempts = [attempt(5, 3, "2026-10-05T09:00:00.000+00:00"),
                attempt(1, 3, "2026-10-06T09:00:00.000+00:00"),
                attempt(4, 3, "2026-11-01T09:00:00.000+00:00"),
                attempt(3, 3, "2026-11-02T09:00:00.000+00:00")]
    months = by_month(attempts)
    assert [(m, s.attempts, s.mean_abs, s.bias) for m, s in months] == [
        ("2026-10", 2, 2.0, 0.0), ("2026-11", 2, 0.5, pytest.approx(0.5))]
