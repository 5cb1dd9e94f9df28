"""The start-up tricks hold: the window paints before PySide builds its `Qt` namespace.

The first use of anything in that namespace makes PySide build all 94 of its
enum classes, a fifth of a bare window's start (see ui/qt_literals.py). A
widget that names `Qt.AlignmentFlag` in its constructor, or a model that
compares a role with `Qt.ItemDataRole`, undoes it without breaking anything
else; this test is what notices. It starts the app the way
benchmarks/startup.py does and asks the same question at the first paint.
"""

from __future__ import annotations

import pytest

from benchmarks.startup import APP, Run, prepare


@pytest.mark.slow
def test_the_first_paint_comes_before_the_qt_namespace_is_built(tmp_path):
    prepare(tmp_path, 120)
    run = Run(APP, str(tmp_path))
    assert run.qt_namespace == "not-built"
