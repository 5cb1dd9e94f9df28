"""`recruit-desk decide` and the decision and score status in `recruit-desk candidates`."""

from __future__ import annotations

import json

import pytest

from recruit_desk.cli import main
from recruit_desk.store.database import Store
from tests.conftest import run_cli


@pytest.fixture
def demo(data_dir, capsys):
    assert main(["demo"]) == 0
    capsys.readouterr()
    with Store.open(data_dir) as store:
        return {r.candidate.name: r.id for r in store.candidates()}


def row_of(out: str, name: str) -> str:
    return next(line for line in out.splitlines() if line.startswith(name) or f"  {name}" in line)


def test_decide_records_and_the_list_shows_it(demo, data_dir, capsys):
    who = demo["Emily Carter"]
    assert main(["decide", who[:8], "hold", "--by", "Sarah Mitchell",
                 "--next", "second interview", "--note", "check references"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Emily Carter (") and "Hold, decided by Sarah Mitchell" in said
    assert "next: second interview" in said
    assert main(["decide", who[:8], "hire", "--by", "王经理"]) == 0
    assert "1 earlier decision(s) kept in the history" in capsys.readouterr().out

    assert main(["candidates"]) == 0
    line = row_of(capsys.readouterr().out, "Emily Carter")
    # Emily's Empathy was rated by nobody: her overall never stands without saying so.
    assert "3.3 gaps" in line and "Hire" in line
    assert main(["candidates", "--json", "--search", "emily"]) == 0
    row = json.loads(capsys.readouterr().out)[0]
    assert (row["decision"], row["overall_status"], row["recommendation"]) == (
        "hire", "COMPLETE_WITH_GAPS", "yes")
    with Store.open(data_dir) as store:
        assert [d.decision.value for d in store.decisions(who)] == ["hold", "hire"]


def test_the_chinese_list_puts_the_word_beside_an_incomplete_score(demo, capsys):
    assert main(["candidates", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "3.8 未完成" in row_of(out, "王芳")
    assert "录用" in row_of(out, "张伟 ")


@pytest.mark.slow
@pytest.mark.parametrize("args, says", [
    (["decide"], "the following arguments are required"),
    (["decide", "nobody00", "hire"], "No candidate"),
    (["decide", "{emily}", "maybe"], "invalid choice: 'maybe'"),
    (["decide", "{emily}", "hire", "--by", "  "], "say who decided"),
])
def test_wrong_decide_arguments_say_what_is_wrong(demo, data_dir, args, says):
    args = [a.format(emily=demo["Emily Carter"][:8]) for a in args]
    result = run_cli(*args, "--data-dir", str(data_dir))
    assert result.returncode != 0
    assert says in result.stderr and "Traceback" not in result.stderr
