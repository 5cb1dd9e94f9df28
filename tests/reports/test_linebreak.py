"""Chinese line breaking in the PDFs: punctuation, numbers with their units, whole English words."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from itertools import cycle

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate

from recruit_desk.core.assessment import assess
from recruit_desk.core.bank import shipped_bank
from recruit_desk.core.model import Recommendation
from recruit_desk.reports.candidate import candidate_report
from recruit_desk.reports.fonts import register_fonts
from recruit_desk.reports.linebreak import by_rule, lay_out, may_break
from recruit_desk.reports.text import esc, para, paragraph
from recruit_desk.store.demo import _NOTES, _SUMMARIES  # the demo's own notes: real text
from tests import factories
from tests.reports.conftest import Pdf

WHEN = datetime(2026, 11, 23, 14, 5, tzinfo=UTC)
SIZE = 9.5
WIDTHS = (48, 60, 85, 120, 170, 250)

# The marks of the rules, as a reader names them, full- and half-width.
STARTS_NO_LINE = frozenset("。，、；：！？）」』”’…—】》〉〕］｝．｡､｣％%!),.:;?]}")
ENDS_NO_LINE = frozenset("（「『“‘《〈【〔［｛｢([{")
NUMBER = re.compile(r"[￥¥$]?\d+(?:[.,]\d+)*(?: \d{3}(?!\d))*(?:[%％]| ?[\u4e00-\u9fff])?")
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
DOUBLED = re.compile("——|……")
CHINESE = re.compile("[\u4e00-\u9fff]")

MIXED = [
    "客户投诉退款256.00元未到账——已经等了3 分钟以上，满意度只有80%，他说：“我不想再等了……”然后挂断。",
    "He said the refund of 256.00元 was late; 客户说Excel表格里的数字不对（第3行），we checked it "
    "together and fixed the formula in about 5 minutes.",
    "候选人用STAR结构回答：Situation（情境）、Task（任务）、Action（行动）、Result（结果）；"
    "金额￥1,280.50和10 000份订单都说得很清楚。",
    "她先道歉，再确认订单号（SO-2026-1107），然后说明“退款会在3到5个工作日内到账”——客户接受了。",
]


def texts() -> list[str]:
    """Notes and summaries of the demo, our mixed sentences, and anchors of the shipped
    bank in both languages: long Chinese sentences as the bank's authors write them."""
    questions = list(shipped_bank().questions.values())[:4]
    anchors = [text for q in questions for anchor in q.anchors.values()
               for text in (anchor.zh, anchor.en)]
    return [*_NOTES["zh"].values(), _SUMMARIES["zh"], _SUMMARIES["en"], *MIXED, *anchors]


@pytest.fixture(scope="module")
def style() -> ParagraphStyle:
    return ParagraphStyle("p", fontName=register_fonts(), fontSize=SIZE, leading=13.5)


def laid_lines(text: str, style: ParagraphStyle, width: float) -> list[str]:
    """The lines reportlab will draw, from the paragraph's broken lines."""
    paragraph = para(text, style)
    paragraph.wrap(width, 10**6)
    broken = paragraph.blPara  # set by wrap()
    if broken.kind == 0:  # reportlab draws the words of a line with a space between
        return [" ".join(words) for _, words in broken.lines]
    return ["".join(frag.text for frag in line.words) for line in broken.lines]


def places(source: str, lines: list[str]) -> list[tuple[int, int]]:
    """Where each line sits in the source: every line is the source's own text, in order,
    with nothing but white space between two lines (nothing lost, added or glued)."""
    found, at = [], 0
    for line in lines:
        while at < len(source) and source[at].isspace():
            at += 1
        assert source.startswith(line, at), f"{line!r} is not next in {source!r} at {at}"
        found.append((at, at + len(line)))
        at += len(line)
    assert not source[at:].strip(), f"lost {source[at:]!r}"
    return found


def whole_word(source: str, start: int, end: int) -> str:
    """The run of text without a space or a Chinese character in it around source[start:end]."""
    def joined(ch: str) -> bool:
        return not ch.isspace() and not CHINESE.match(ch)

    while start > 0 and joined(source[start - 1]):
        start -= 1
    while end < len(source) and joined(source[end]):
        end += 1
    return source[start:end]


def assert_broken_by_the_rules(source: str, lines: list[str], width: float, font: str,
                               size: float = SIZE) -> None:
    where = places(source, lines)
    for line in lines:
        assert line[0] not in STARTS_NO_LINE, f"line starts with {line[0]!r}: {lines}"
        assert line[-1] not in ENDS_NO_LINE, f"line ends with {line[-1]!r}: {lines}"

    def on_one_line(match: re.Match[str]) -> bool:
        return any(start <= match.start() and match.end() <= end for start, end in where)

    # What cannot fit on any line is cut as a last resort: a long word, or an
    # order number with its brackets in a narrow column.
    for pattern in (NUMBER, DOUBLED, WORD):
        for match in pattern.finditer(source):
            if stringWidth(whole_word(source, *match.span()), font, size) <= width:
                assert on_one_line(match), f"{match.group()!r} split: {lines}"
    if len(lines) > 1 and CHINESE.search(lines[-1]):
        letters = [ch for ch in lines[-1] if ch not in STARTS_NO_LINE | ENDS_NO_LINE]
        # Alone only when one more character would not fit beside it.
        assert len(letters) > 1 or stringWidth(lines[-2][-1] + lines[-1], font, size) > width, \
            f"a lone last character: {lines}"


@pytest.mark.parametrize("width", WIDTHS)
def test_lines_obey_the_rules_at_every_width(style, width):
    for text in texts():
        lines = laid_lines(text, style, width)
        assert_broken_by_the_rules(text, lines, width, style.fontName)
        if by_rule(text):  # reportlab's own lines may squeeze their spaces a little
            assert all(stringWidth(line, style.fontName, SIZE) <= width + 1e-6
                       for line in lines), lines


def test_chinese_fills_its_lines_instead_of_waiting_for_a_space(style):
    # reportlab's own wrapping moved the whole run after a space to the next
    # line, leaving the first nearly empty.
    text = "满意度 只有百分之八十，客户说等了很久，希望尽快处理退款并给出书面答复。"
    lines = laid_lines(text, style, 120)
    assert len(lines[0]) > len("满意度") + 3, lines
    assert all(stringWidth(line, style.fontName, SIZE) > 120 - 2 * SIZE for line in lines[:-1])


def test_the_rules_at_single_places():
    def breaks(text: str) -> list[str]:
        return [text[:i] + "|" + text[i:] for i in range(1, len(text))
                if not text[i - 1].isspace() and may_break(text, i)]

    assert breaks("好，走") == ["好，|走"]
    assert breaks("说“好”") == ["说|“好”"]
    assert breaks("等——走") == ["等——|走"]
    assert breaks("256.00元") == []
    assert breaks("3 分") == [] and breaks("10 000") == [] and breaks("￥ 25") == []
    assert breaks("用Excel表") == ["用|Excel表", "用Excel|表"]
    assert breaks("it’s fine") == ["it’s| fine"]


def test_a_lone_last_character_brings_one_more_with_it():
    text = "主动谈到学到了什么。"
    advance = [float(n) for n in range(len(text) + 1)]
    lines = lay_out(text, advance, [8])
    assert [text[a:b] for a, b, _ in lines] == ["主动谈到学到了", "什么。"]
    # Not where the paragraph goes on after a page break: that is not its end.
    lines = lay_out(text, advance, [8], last_is_end=False)
    assert [text[a:b] for a, b, _ in lines] == ["主动谈到学到了什", "么。"]


def test_a_word_wider_than_the_line_is_cut_without_a_hyphen(style):
    text = "请访问 supercalifragilisticexpialidocious 网站"
    lines = laid_lines(text, style, 48)
    places(text, lines)
    assert len(lines) > 3 and "-" not in "".join(lines)


def test_plain_english_keeps_reportlab_s_own_wrapping(style):
    assert type(para("Listens well and checks understanding.", style)) is Paragraph
    assert type(paragraph(esc("Sign & date"), style)) is Paragraph


@pytest.mark.parametrize("width", [50, 70, 95])
def test_markup_of_our_own_words_breaks_by_the_rules_too(style, width):
    # A label with a note in small print under it, in a narrow column.
    label = "尚未记录：请勾选一项，签名并注明日期（签名须与身份证一致）。"
    markup = f'{esc("录用决定")}<br/><font size="7.5">{esc(label)}</font>'
    laid = paragraph(markup, style)
    laid.wrap(width, 10**6)
    lines = ["".join(frag.text for frag in line.words) for line in laid.blPara.lines]
    assert lines[0] == "录用决定"
    assert_broken_by_the_rules(label, lines[1:], width, style.fontName, 7.5)


def pdf_lines(texts: list[str], style: ParagraphStyle, width: float, height: float) -> list[str]:
    """Each text as a paragraph on pages `width` wide, read back line by line with pypdf."""
    out = io.BytesIO()
    margin = 20
    doc = SimpleDocTemplate(out, pagesize=(width + 2 * margin, height + 2 * margin),
                            leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin, initialFontName=style.fontName)
    doc.build([para(text, style) for text in texts])
    reader = PdfReader(io.BytesIO(out.getvalue()))
    return [line for page in reader.pages for line in page.extract_text().splitlines()
            if line.strip()]


@pytest.mark.parametrize("width", [60, 120, 250])
def test_the_pdf_reads_back_as_the_text_line_by_line(style, width):
    for text in [*_NOTES["zh"].values(), *MIXED]:
        lines = pdf_lines([text], style, width, 2000)
        assert_broken_by_the_rules(text, lines, width, style.fontName)
        # Nothing put in to make a break (a zero-width space, a soft hyphen) is copied out.
        assert not re.search("[\u00ad\u200b-\u200d\u2060\ufeff]", "".join(lines))


def test_a_paragraph_split_across_pages_keeps_its_spaces(style):
    # reportlab's CJK wrapping glued "checked" to "it" and "about" to "5"
    # on the next page; every line here is text of the source, in order.
    text = " ".join(MIXED[1:3] * 3)
    lines = pdf_lines([text], style, 160, 90)
    assert len(lines) > 12
    assert_broken_by_the_rules(text, lines, 160, style.fontName)


def test_right_to_left_text_wraps_by_the_same_rules(style):
    text = "客户说 שלום עולם 然后挂断了电话，我们又打了回去（第二次）。他说——“谢谢”。"
    for width in (60, 90, 140):
        lines = laid_lines(text, style, width)
        assert_broken_by_the_rules(text, lines, width, style.fontName)
    read = "".join(pdf_lines([text], style, 90, 2000))
    assert "שלום" in read and "עולם" in read and "——“谢谢”。" in read


def test_a_chinese_candidate_report_breaks_every_line_by_the_rules():
    snapshot = shipped_bank().snapshot("full-interview")
    person = factories.candidate("张伟")
    questions = [q.id for q in snapshot.questions]
    notes = [*_NOTES["zh"].values(), *MIXED]
    records = [
        factories.record(snapshot, who, {q: 1 + (n + k) % 5 for k, q in enumerate(questions)},
                         candidate_id=person.id, recommendation=Recommendation.YES,
                         notes=dict(zip(questions, cycle(notes[n:] + notes[:n]))),
                         summary=_SUMMARIES["zh"])
        for n, who in enumerate(["李静", "王芳"])]
    pdf = Pdf.of(candidate_report(assess(person, snapshot, records), generated_at=WHEN))
    lines = [line.strip() for line in pdf.text.splitlines() if line.strip()]
    for line in lines:
        # Table cells and marks such as a lone "—" for "none" are lines too:
        # the Chinese marks are what must never begin or end one.
        assert line[0] not in "。，、；：！？）」』”】》〉〕…", line
        assert line[-1] not in "（「『“《〈【〔", line
    # Each note is found as whole lines, broken by the rules.
    width = 174 * 72 / 25.4
    for note in notes:
        first = next(n for n, line in enumerate(lines) if note.startswith(line))
        taken, got = [], ""
        for line in lines[first:]:
            taken.append(line)
            got += line
            if len(re.sub(r"\s", "", got)) >= len(re.sub(r"\s", "", note)):
                break
        assert_broken_by_the_rules(note, taken, width, register_fonts())
