"""Practice ratings in the database: kept per interviewer, apart from candidates'."""

from __future__ import annotations

import pytest

from recruit_desk.store.database import Store


def test_practice_ratings_persist_per_interviewer_and_stay_out_of_candidates(tmp_path):
    with Store.open(tmp_path / "d") as store:
        lee, wang = store.add_interviewer("Lee Min"), store.add_interviewer("王磊")
        store.record_practice(lee.id, "en-EQ-1", "en", 3, 1)
        store.record_practice(wang.id, "zh-AL-5", "zh", 3, 3)
        with pytest.raises(ValueError):
            store.record_practice(lee.id, "en-EQ-1", "en", 6, 1)
    with Store.open(tmp_path / "d") as store:
        assert [(a.answer_id, a.rating, a.expert) for a in store.practice_attempts(lee.id)] \
            == [("en-EQ-1", 3, 1)]
        assert len(store.practice_attempts(wang.id)) == 1
        # Nothing of it is a candidate's rating, an interview, or travels in a bundle.
        assert store.interviews() == [] and store.assessments(every_kit=True) == []
        from recruit_desk.store.sync_tables import SYNC_TABLES

        assert "practice_attempts" not in SYNC_TABLES
