"""The bundled fonts: found through the package resources, and a clear error when they are not."""

from __future__ import annotations

from importlib import resources

import pytest

from recruit_desk.reports import ReportError, report_file_stem
from recruit_desk.reports.fonts import (
    FONT_FILE,
    RTL_FONT_FILE,
    load_font,
    register_fonts,
    register_rtl_font,
)


def test_the_font_and_its_licence_ship_with_the_package():
    fonts = resources.files("recruit_desk.resources") / "fonts"
    assert (fonts / FONT_FILE).is_file()
    licence = (fonts / "LICENSE-wqy-microhei.txt").read_text(encoding="utf-8")
    assert "Apache-2.0" in licence and "TERMS AND CONDITIONS FOR USE" in licence


def test_the_rtl_font_and_its_licence_ship_with_the_package():
    fonts = resources.files("recruit_desk.resources") / "fonts"
    assert (fonts / RTL_FONT_FILE).is_file()
    licence = (fonts / "LICENSE-dejavu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence and "Arev Fonts Copyright" in licence


def test_the_rtl_font_has_arabic_joined_forms_and_hebrew():
    name = register_rtl_font()
    assert register_rtl_font() == name
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(name).face
    # محمد العلي in its joined forms, the lam-alef ligature, and Hebrew.
    assert all(ord(ch) in face.charToGlyph for ch in "ﻣﺤﻤﺪ ﺍﻟﻌﻠﻲ ﻻ שלום, הלקוח")


def test_registration_is_idempotent_and_covers_chinese():
    name = register_fonts()
    assert register_fonts() == name
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(name).face
    assert all(ord(ch) in face.charToGlyph for ch in "积极倾听情商强烈推荐✓▲★")


def test_a_missing_font_is_a_clear_report_error(tmp_path):
    with pytest.raises(ReportError, match="missing or unreadable.*reinstall"):
        load_font(tmp_path / "nope.ttc")


def test_a_damaged_font_is_a_clear_report_error(tmp_path):
    bad = tmp_path / "wqy-microhei.ttc"
    bad.write_bytes(b"ttcf" + b"\x00" * 64)
    with pytest.raises(ReportError, match="missing or unreadable"):
        load_font(bad)


@pytest.mark.parametrize(("name", "expected"), [
    ("张伟", "张伟-0123abcd"),
    ("Daniel O'Connor", "Daniel-O'Connor-0123abcd"),
    ("../../etc/passwd", "etcpasswd-0123abcd"),
    ("a\\b:c*d?e\x00f\nG", "abcdef-G-0123abcd"),
    ("  .hidden  ", "hidden-0123abcd"),
    ("-rf", "rf-0123abcd"),
    ("///", "candidate-0123abcd"),
])
def test_report_file_names_keep_letters_and_drop_what_paths_cannot_hold(name, expected):
    assert report_file_stem(name, "0123abcd-0000-4000-8000-000000000000") == expected
