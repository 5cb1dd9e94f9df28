"""What the command line prints: plain one-line text in tables, exact values in JSON."""

from __future__ import annotations

import json

from recruit_desk.cli.common import json_text, plain, print_table


def test_plain_text_has_no_escape_or_line_break():
    assert plain("\x1b[31mRED\x1b[0m\nsecond line\ttab") == "RED second line tab"
    assert plain("\x1b]0;owned\x07张伟") == "张伟"
    assert plain(42) == "42"
    for ch in map(chr, [*range(0x20), *range(0x7f, 0xa0)]):
        assert plain(f"{ch}a{ch}").isprintable()


def test_table_columns_line_up_however_the_cells_were_dressed(capsys):
    print_table([["\x1b[31mRED\x1b[0m", "after"], ["张伟明", "after"], ["Zhang\nWei", "after"],
                 ["a very long name that does not fit", "after"], ["宽字符宽字符宽字符", "after"]],
                ["NAME", "NEXT"], [8, 5])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6
    assert "\x1b" not in "".join(lines)
    # The second column starts at the same terminal column on every row:
    # eight columns of name (a Chinese character takes two) and two spaces.
    assert lines[1] == "RED       after"
    assert lines[2] == "张伟明    after"
    assert lines[3] == "Zhang W…  after"
    assert lines[4] == "a very …  after"
    assert lines[5] == "宽字符…   after"


def test_json_keeps_hostile_names_exact_but_escaped():
    name = "\x1b[31mRED\x1b[0m\n\x9b2J\u202eLi"
    text = json_text({"name": name})
    assert json.loads(text) == {"name": name}
    assert all(ch == "\n" or ch.isprintable() for ch in text)
