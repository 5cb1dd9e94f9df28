"""The Chinese interface: every string translated, placeholders kept, the .qm built from the .ts.

The shipped translation lives in resources/translations/ as a Qt Linguist .ts
(the source of truth, kept in git) and the compiled .qm the app loads. These
tests run the real pyside6-lupdate / pyside6-lrelease from the venv, so a
string added to recruit_desk/ui/*.py without a translation, or a .ts edited
without recompiling the .qm, fails here rather than showing English (or an
old text) to a recruiter working in Chinese.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "recruit_desk_zh_CN.ts"
QM = TRANSLATIONS / "recruit_desk_zh_CN.qm"
SOURCES = sorted((ROOT / "recruit_desk" / "ui").glob("*.py"))

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
# Keyboard hints a recruiter learns once and uses in both languages.
CTRL_HINT = re.compile(r"Ctrl\+(?:[0-9]–[0-9]|[A-Za-z0-9]+)")
KEY_NAMES = re.compile(r"\b(?:PgUp|PgDn|Esc|Enter)\b")
# "&X" marks a mnemonic; "&&" is a literal ampersand.
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _tool(name: str) -> Path:
    exe = Path(sys.executable)
    for candidate in (exe.with_name(name), exe.with_name(name + ".exe")):
        if candidate.is_file():
            return candidate
    pytest.skip(f"{name} not found next to {exe}; install PySide6 into this environment")


def _translation_text(translation: ET.Element) -> str:
    forms = translation.findall("numerusform")
    if forms:
        return "".join(f.text or "" for f in forms)
    return translation.text or ""


def _messages(ts: Path) -> list[dict]:
    """Every message of a .ts file: context, source, translation text and type."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            out.append({
                "context": name,
                "source": message.findtext("source"),
                "translation": _translation_text(translation),
                "type": translation.get("type", ""),
            })
    return out


def _describe(messages: list[dict]) -> str:
    return "\n".join(f"  [{m['context']}] {m['source']!r}" for m in messages)


def test_every_ui_string_has_a_finished_translation(tmp_path):
    lupdate = _tool("pyside6-lupdate")
    ts = tmp_path / TS.name
    shutil.copyfile(TS, ts)
    result = subprocess.run(
        [str(lupdate), *(str(p.relative_to(ROOT)) for p in SOURCES), "-ts", str(ts)],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr

    messages = _messages(ts)
    assert messages, "lupdate found no strings in recruit_desk/ui/*.py"
    untranslated = [m for m in messages
                    if m["type"] == "unfinished" or not m["translation"].strip()]
    stale = [m for m in messages if m["type"] in ("vanished", "obsolete")]
    problems = []
    if untranslated:
        problems.append(f"{len(untranslated)} string(s) in recruit_desk/ui/*.py have no "
                        f"finished Chinese translation in {TS.name}:\n"
                        + _describe(untranslated))
    if stale:
        problems.append(f"{len(stale)} string(s) in {TS.name} are no longer in the sources "
                        "(re-run pyside6-lupdate and drop or re-use them):\n" + _describe(stale))
    assert not problems, "\n\n".join(problems) + "\n\nSee resources/translations/README.md."


def test_placeholders_and_keyboard_hints_are_kept():
    problems = []
    for m in _messages(TS):
        source, translation = m["source"], m["translation"]
        if not translation:
            continue  # reported by the test above
        where = f"[{m['context']}] {source!r} -> {translation!r}"
        if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translation)):
            problems.append(f"placeholders differ: {where}")
        for hint in CTRL_HINT.findall(source) + KEY_NAMES.findall(source):
            if hint not in translation:
                problems.append(f"keyboard hint {hint!r} missing: {where}")
    assert not problems, "\n".join(problems)


def test_mnemonics_keep_the_english_letter():
    # Qt's convention for Chinese: "新建候选人(&N)"; the same letter keeps a
    # keyboard user's habits when they switch language.
    problems = []
    for m in _messages(TS):
        source, translation = m["source"], m["translation"]
        if not translation:
            continue
        want = [c.upper() for c in MNEMONIC.findall(source)]
        got = [c.upper() for c in MNEMONIC.findall(translation)]
        if want != got:
            problems.append(f"[{m['context']}] {source!r} -> {translation!r}: "
                            f"mnemonic {want} in English, {got} in Chinese")
    assert not problems, "\n".join(problems)


def test_shipped_qm_is_compiled_from_the_shipped_ts(tmp_path):
    lrelease = _tool("pyside6-lrelease")
    fresh = tmp_path / QM.name
    result = subprocess.run([str(lrelease), str(TS), "-qm", str(fresh)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert QM.is_file(), f"{QM} is missing; build it with pyside6-lrelease"
    if fresh.read_bytes() == QM.read_bytes():
        return
    # A different lrelease version may lay the file out differently; what
    # matters is that the app would show the same text.
    shipped_tr, fresh_tr = QTranslator(), QTranslator()
    assert shipped_tr.load(str(QM)), f"{QM} does not load as a Qt translation"
    assert fresh_tr.load(str(fresh))
    stale = [m for m in _messages(TS)
             if shipped_tr.translate(m["context"], m["source"])
             != fresh_tr.translate(m["context"], m["source"])]
    assert not stale, (f"{QM.name} is out of date with {TS.name} for:\n" + _describe(stale)
                       + "\nRebuild it: pyside6-lrelease "
                         "resources/translations/recruit_desk_zh_CN.ts -qm "
                         "resources/translations/recruit_desk_zh_CN.qm")


# Real strings from the windows a recruiter sees first.
SAMPLES = [
    ("WindowMenus", "&Settings"),
    ("WindowMenus", "&New candidate (Ctrl+N)"),
    ("CandidateTableModel", "Recommendation"),
    ("ExportController", "PDF written"),
    ("RunnerHeader", "Question {n} of {total} · coverage {coverage}%"),
]


def test_install_language_switches_between_chinese_and_english(qapp):
    from recruit_desk.ui.common import install_language

    expected = {(m["context"], m["source"]): m["translation"] for m in _messages(TS)}
    try:
        install_language("zh")
        for context, source in SAMPLES:
            want = expected[(context, source)]
            assert CJK.search(want), f"{source!r} has no Chinese translation in {TS.name}"
            assert QCoreApplication.translate(context, source) == want
        install_language("en")
        for context, source in SAMPLES:
            assert QCoreApplication.translate(context, source) == source
    finally:
        install_language("en")
