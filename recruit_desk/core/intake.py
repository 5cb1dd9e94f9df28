"""What a recruiter may type into a field: length limits, control characters, and the checks.

One source for the window's dialogs, the store (which refuses the same things
from any caller) and the command line's terminal output.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

# The longest text each field takes, in characters. Every limit is far beyond
# what a recruiter types for a real person (the longest names in use run to
# about 60 Latin letters; a Chinese name is two to four characters, a
# transliterated one rarely over 20), so only a slip of the mouse while
# pasting, or hostile input, ever meets one. Without them one pasted page in
# a name field floods the candidate list, the terminal and a report's table
# cell (reportlab cannot split a cell taller than a page). The window's line
# edits stop typing at the same numbers.
NAME_MAX = 100
PHONE_MAX = 40  # an international number with an extension, spaced out, stays under 30
EMAIL_MAX = 254  # the longest address SMTP can deliver to (RFC 5321)
POSITION_MAX = 200
SOURCE_MAX = 200
INTERVIEWER_NAME_MAX = 100
# 20,000 characters is about eight typed pages for one answer and 5,000 about
# two for the whole interview: more than anyone writes while listening, and
# still a few pages of a report rather than hundreds.
NOTE_MAX = 20_000
SUMMARY_MAX = 5_000

CANDIDATE_LIMITS = {"name": NAME_MAX, "phone": PHONE_MAX, "email": EMAIL_MAX,
                    "position": POSITION_MAX, "source": SOURCE_MAX}

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_RE = re.compile(r"^\+?[0-9][0-9 ()\-]{4,}$")

# What a terminal acts on instead of showing: CSI sequences (colours, cursor
# moves, clearing the screen), the string commands OSC, DCS, SOS, PM and APC
# (window titles, hyperlinks), and the short escapes. Each goes whole, so no
# "[31m" is left where a colour was; an unterminated one loses only its
# introducer, with the other control characters.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[]PX^_]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]")
# Every line boundary str.splitlines() knows; CR LF counts as one.
_LINE_BREAK = re.compile("\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]")
# Bidirectional embeddings, overrides and isolates reorder whatever follows
# them, so a name holding one can make a table row or a file name read as
# something else. No name or note needs them.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc" or ch in _BIDI_CONTROLS


def one_line(text: str) -> str:
    """The text as one line of characters that show, for a one-line field or a terminal.

    Escape sequences go whole; line breaks and tabs become a space, so the
    words either side stay apart; any other control character is dropped.
    Nothing else changes, not even spaces at the ends, so it can clean a
    field while it is being typed in.
    """
    if text.isprintable():
        return text
    text = _LINE_BREAK.sub(" ", _ESCAPE_SEQUENCE.sub("", text)).replace("\t", " ")
    return "".join(ch for ch in text if not _is_control(ch))


def clean_note(text: str) -> str:
    """A note or summary as it may be stored: line breaks (as LF) and tabs, no other control."""
    text = _LINE_BREAK.sub("\n", _ESCAPE_SEQUENCE.sub("", text))
    return "".join(ch for ch in text if ch in "\n\t" or not _is_control(ch))


class FieldProblem(str, Enum):
    """What is wrong with one intake field; the window words each in its own language."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    CONTROL = "control"
    FORMAT = "format"


def _line_problem(text: str, limit: int, *, required: bool = False) -> FieldProblem | None:
    # Measured as stored: the store strips the ends of every one-line field.
    value = text.strip()
    if required and not value:
        return FieldProblem.REQUIRED
    # Refused rather than cleaned here: the window cleans what a person types
    # or pastes (they cannot see a control character to remove it), so one
    # that reaches this check came from a program, and storing something other
    # than what it was handed would hide that program's fault.
    if one_line(value) != value:
        return FieldProblem.CONTROL
    if len(value) > limit:
        return FieldProblem.TOO_LONG
    return None


def candidate_field_problems(name: str, email: str = "", phone: str = "",
                             language: str = "zh", *, position: str = "",
                             source: str = "") -> dict[str, FieldProblem]:
    """What is wrong with a candidate's intake fields, keyed by field; empty when all is well."""
    problems = {key: problem for key, problem in [
        ("name", _line_problem(name, NAME_MAX, required=True)),
        ("phone", _line_problem(phone, PHONE_MAX)),
        ("email", _line_problem(email, EMAIL_MAX)),
        ("position", _line_problem(position, POSITION_MAX)),
        ("source", _line_problem(source, SOURCE_MAX)),
    ] if problem is not None}
    if "email" not in problems and email.strip() and not _EMAIL_RE.match(email.strip()):
        problems["email"] = FieldProblem.FORMAT
    if "phone" not in problems and phone.strip() and not _PHONE_RE.match(phone.strip()):
        problems["phone"] = FieldProblem.FORMAT
    if language not in ("en", "zh"):
        problems["language"] = FieldProblem.FORMAT
    return problems


_NOUNS = {"name": "A name", "phone": "A phone number", "email": "An e-mail address",
          "position": "A position", "source": "A source", "language": "The language"}
_FORMATS = {
    "email": "This does not look like an e-mail address.",
    "phone": "A phone number has digits, spaces, dashes and an optional +.",
    "language": "Language is 'en' or 'zh'.",
}


def problem_message(key: str, problem: FieldProblem, limit: int | None = None) -> str:
    """One field's problem in English, as the store and the command line report it."""
    noun = _NOUNS.get(key, "This field")
    if problem is FieldProblem.REQUIRED:
        return f"{noun} is required."
    if problem is FieldProblem.CONTROL:
        return f"{noun} cannot contain line breaks or control characters."
    if problem is FieldProblem.TOO_LONG:
        return f"{noun} can be at most {limit or CANDIDATE_LIMITS[key]:,} characters long."
    return _FORMATS.get(key, f"{noun} is not valid.")


def validate_candidate_fields(name: str, email: str = "", phone: str = "",
                              language: str = "zh", *, position: str = "",
                              source: str = "") -> dict[str, str]:
    """Problems with a candidate's intake fields, keyed by field; empty when all is well."""
    problems = candidate_field_problems(name, email, phone, language,
                                        position=position, source=source)
    return {key: problem_message(key, problem) for key, problem in problems.items()}


def validate_interviewer_fields(name: str, email: str = "") -> dict[str, str]:
    """Problems with an interviewer's name and e-mail, keyed by field; empty when all is well."""
    problems: dict[str, str] = {}
    name_problem = _line_problem(name, INTERVIEWER_NAME_MAX, required=True)
    if name_problem is FieldProblem.REQUIRED:
        problems["name"] = "An interviewer needs a name."
    elif name_problem is not None:
        problems["name"] = problem_message("name", name_problem, INTERVIEWER_NAME_MAX)
    email_problem = _line_problem(email, EMAIL_MAX)
    if email_problem is None and email.strip() and not _EMAIL_RE.match(email.strip()):
        email_problem = FieldProblem.FORMAT
    if email_problem is not None:
        problems["email"] = problem_message("email", email_problem)
    return problems


def _block_problem(text: str, limit: int, noun: str) -> str | None:
    if clean_note(text) != text:
        return f"{noun} cannot contain control characters other than line breaks and tabs."
    if len(text) > limit:
        return f"{noun} can be at most {limit:,} characters long."
    return None


def check_note(text: str) -> str | None:
    """Why an interviewer's note on one question cannot be stored as it is, or None.

    A caller with typed or pasted text runs it through clean_note() first;
    what is left to refuse then is only the length.
    """
    return _block_problem(text, NOTE_MAX, "A note")


def check_summary(text: str) -> str | None:
    """Why an interview's summary cannot be stored as it is, or None (see check_note)."""
    return _block_problem(text, SUMMARY_MAX, "A summary")


def phone_key(phone: str) -> str:
    """A phone number as two records of one person share it: its last 11 digits.

    "+86 138 0013 8001" and "138-0013-8001" are the same number; fewer than
    7 digits are no number at all (empty).
    """
    digits = "".join(ch for ch in phone if ch.isdigit())
    return digits[-11:] if len(digits) >= 7 else ""
