"""The one place report text passes through: fonts per character, placeholders, visual order."""

from __future__ import annotations

import re
import unicodedata

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from recruit_desk.reports.fonts import RTL_FONT, register_fonts
from recruit_desk.reports.glyphs import PLACEHOLDER, plain
from recruit_desk.reports.text import esc, fit_text, isolate, para, text_width


def shown(markup: str) -> str:
    """The characters a paragraph of this markup draws, left to right."""
    text = re.sub(r"<[^>]+>", "", markup).replace("\xa0", " ")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def test_plain_text_takes_the_fast_path_unchanged():
    assert esc("Tom & <Jerry> 张伟 — ★") == "Tom &amp; &lt;Jerry&gt; 张伟 — ★"
    style = ParagraphStyle("p", fontName=register_fonts())
    assert type(para("Sarah Mitchell", style)) is Paragraph


def test_the_fast_path_lets_through_only_what_the_cjk_font_draws_as_it_stands():
    face = pdfmetrics.getFont(register_fonts()).face
    for cp in range(0x10000):
        ch = chr(cp)
        if plain(ch) and ch not in "\t\n\r":
            assert cp in face.charToGlyph, hex(cp)
            assert unicodedata.bidirectional(ch) not in (
                "R", "AL", "AN", "RLE", "LRE", "RLO", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"), hex(cp)


def test_right_to_left_text_is_drawn_right_to_left_with_brackets_mirrored():
    # Drawn left to right, a Hebrew phrase comes out reversed, and its
    # brackets turned so that they still open towards the word they hold.
    assert shown(esc("הלקוח (מאוד) כועס")) == "סעוכ (דואמ) חוקלה"
    assert f'<font name="{RTL_FONT}">' in esc("הלקוח")


def test_arabic_letters_take_their_joined_forms():
    # Final dal, medial meem, medial hah, initial meem: محمد as written, joined.
    assert shown(esc("محمد")) == "\ufeaa\ufee4\ufea4\ufee3"
    assert unicodedata.normalize("NFKC", shown(esc("محمد العلي")))[::-1] == "محمد العلي"


def test_a_mixed_line_keeps_our_words_in_place():
    # Digits and Latin inside Arabic keep their own direction; the name sits
    # as a unit where it was put.
    line = shown(esc("Ahmed أحمد 张伟 123"))
    assert line.startswith("Ahmed ") and line.endswith(" 张伟 123")
    assert unicodedata.normalize("NFKC", line) == "Ahmed دمحأ 张伟 123"


def test_each_missing_character_or_emoji_becomes_one_placeholder():
    # A thumbs-up with its skin tone, a family joined by ZWJs, a flag, and a
    # smiley DejaVu draws but reportlab's text layer cannot carry (beyond U+FFFF).
    square = PLACEHOLDER
    assert esc("ok 👍🏽 👨\u200d👩\u200d👧 🇨🇳 😀!") == f"ok {square} {square} {square} {square}!"
    # Invisible characters stay invisible rather than becoming squares.
    assert esc("a\u200bb\ufe0f") == "ab"


def test_what_only_the_rtl_font_has_is_set_in_it():
    # The schwa is not in WenQuanYi but is in DejaVu Sans.
    assert esc("ə") == f'<font name="{RTL_FONT}">ə</font>'


def test_fit_text_cuts_the_logical_end_and_fits():
    long = "محمد العلي " * 50
    cut = fit_text(long, 9, 100)
    assert cut.startswith("محمد العلي") and cut.endswith("…")
    assert text_width(cut, 9) <= 100 < text_width(fit_text(long, 9, 200), 9)
    assert fit_text("x" * 4000, 9, 50).endswith("…")


def test_isolate_only_marks_text_that_needs_it():
    assert isolate("Sarah") == "Sarah"
    assert isolate("שרה") == "\u2068שרה\u2069"
