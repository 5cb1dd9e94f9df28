"""The candidate table model: a correct Qt model, fed and filtered by SQL."""

from __future__ import annotations

from PySide6.QtCore import Qt

from recruit_desk.ui.candidate_model import COL_LAST, COL_NAME, PAGE, CandidateTableModel


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


def test_sorting_reorders_the_whole_list_before_paging(qtbot, store):
    # Created Z…A, so the first page in creation order holds none of the
    # names that sort first: only a sort done before paging can show them.
    names = [f"{'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i // 10]}{i % 10} 候选人" for i in range(PAGE + 50)]
    with store.db.atomic():
        for name in reversed(names):
            store.add_candidate(name, consent=True)
    store.add_candidate("a0 lower case", consent=True)
    model = CandidateTableModel(store, sort_column=COL_LAST, descending=False)
    model.sort(COL_NAME)
    shown = [model.index(r, COL_NAME).data() for r in range(model.rowCount())]
    assert model.rowCount() == PAGE
    # Case does not split the order: "a0 lower case" sits with the A's.
    assert shown[:3] == ["a0 lower case", "A0 候选人", "A1 候选人"]
    assert shown == sorted(shown, key=str.casefold)
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.index(0, COL_NAME).data() == names[-1]


def test_a_score_is_listed_with_its_status_and_the_decision_beside_it(qtbot, store):
    from recruit_desk.core.bank import shipped_bank
    from recruit_desk.store.demo import load_demo
    from recruit_desk.ui.candidate_model import COL_OVERALL, column_index

    load_demo(store, shipped_bank())
    for lang, incomplete, gaps, hire in (("en", "3.8 INCOMPLETE", "3.3 gaps", "Hire"),
                                         ("zh", "3.8 未完成", "3.3 有缺项", "录用")):
        model = CandidateTableModel(store, lang=lang)
        rows = {model.summary(r).candidate.name: r for r in range(model.rowCount())}
        overall = model.index(rows["王芳"], COL_OVERALL)
        assert overall.data() == incomplete
        assert overall.data(Qt.ItemDataRole.ToolTipRole) in ("INCOMPLETE", "未完成")
        assert model.index(rows["Emily Carter"], COL_OVERALL).data() == gaps
        assert model.index(rows["张伟"], column_index("decision")).data() == hire
        # A complete scorecard's score stands alone.
        assert model.index(rows["张伟"], COL_OVERALL).data() == "4.3"
