"""The demo set: realistic, complete enough to look at, and safe to load twice."""

from __future__ import annotations

from recruit_desk.core.bank import shipped_bank
from recruit_desk.core.model import InterviewStatus
from recruit_desk.store.database import Store
from recruit_desk.store.demo import load_demo


def test_demo_set_has_what_a_first_look_needs(tmp_path):
    with Store.open(tmp_path) as store:
        added = load_demo(store, shipped_bank())
        rows = store.candidates()
        assert added == len(rows) >= 12
        names = [r.candidate.name for r in rows]
        assert any(all("\u4e00" <= ch <= "\u9fff" for ch in n) for n in names)
        assert any(n.isascii() for n in names)
        assert len(store.interviewers()) >= 3
        interviews = store.interviews()
        drafts = [i for i in interviews if i.status is InterviewStatus.DRAFT]
        assert len(drafts) == 1
        panels = [r for r in rows if len({i.interviewer_id for i in
                                          store.interviews(r.id, InterviewStatus.SUBMITTED)}) >= 3]
        assert len(panels) >= 2
        submitted = [i for i in interviews if i.status is InterviewStatus.SUBMITTED]
        assert all(i.recommendation is not None for i in submitted)
        record = store.record(submitted[0].id)
        assert any(r.note for r in record.ratings.values())
        assert any(r.value for r in record.ratings.values())
        kits = {i.kit_id for i in submitted}
        assert {"job-fair-screen", "full-interview", "panel-interview"} <= kits


def test_loading_the_demo_twice_adds_nothing(tmp_path):
    with Store.open(tmp_path) as store:
        load_demo(store, shipped_bank())
        counts = {t: store.db[t].count for t in ("candidates", "interviewers", "interviews",
                                                  "ratings", "observations", "decisions",
                                                  "events", "checkins")}
        assert load_demo(store, shipped_bank()) == 0
        assert counts == {t: store.db[t].count for t in counts}


def test_two_laptops_loading_the_demo_merge_into_one_fair_day(tmp_path):
    from recruit_desk.store.demo import FAIR

    with Store.open(tmp_path / "A") as a, Store.open(tmp_path / "B") as b:
        load_demo(a, shipped_bank())
        load_demo(b, shipped_bank())
        bundle = tmp_path / "a.rdbundle"
        a.export_bundle(bundle, None)
        merged = b.import_bundle(bundle)
        # The same rows on both (ids from names, times from the day): nothing new,
        # nothing in conflict, and the fair day is still one day of 8 check-ins.
        assert merged.counts.conflicts == 0 and not merged.counts.new
        assert len(b.events()) == 1 and len(b.checkins(FAIR)) == 8
        assert b.fair_summary(FAIR) == a.fair_summary(FAIR)
