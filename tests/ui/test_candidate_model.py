"""The candidate table model: a correct Qt model, fed and filtered by SQL."""

from __future__ import annotations

from recruit_desk.ui.candidate_model import PAGE, CandidateTableModel


def fill(store, n):
    with store.db.atomic():
        for i in range(n):
            store.add_candidate(f"候选人{i:05d}" if i % 2 else f"Candidate {i:05d}",
                                phone=f"138{i:08d}", consent=True)


def test_model_passes_qtmodeltester(qtmodeltester, store):
    fill(store, 30)
    store.add_candidate("张伟明", consent=True)
    model = CandidateTableModel(store)
    qtmodeltester.check(model)
    model.set_search("张伟")
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_ten_thousand_candidates_load_a_page_at_a_time(qtbot, store):
    fill(store, 10_000)
    model = CandidateTableModel(store)
    assert model.total == 10_000
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    model.set_search("候选人0999")
    # 候选人09990 … 候选人09999, odd numbers only: five rows, found in SQL.
    assert model.total == 5
    assert sorted(model.summary(r).candidate.name for r in range(model.rowCount()))[0] == \
        "候选人09991"


def test_sorting_by_name_happens_in_sql(qtbot, store):
    for name in ("Charlie", "alice", "Bob"):
        store.add_candidate(name, consent=True)
    model = CandidateTableModel(store)
    model.sort(0)
    assert [model.index(r, 0).data() for r in range(3)] == ["alice", "Bob", "Charlie"]
