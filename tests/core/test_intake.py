"""What may be typed into a field: limits at both sides of the boundary, control characters refused."""

from __future__ import annotations

import pytest

from recruit_desk.core import intake

LIMITS = {"name": intake.NAME_MAX, "phone": intake.PHONE_MAX, "email": intake.EMAIL_MAX,
          "position": intake.POSITION_MAX, "source": intake.SOURCE_MAX}


def _value(field: str, length: int) -> str:
    """A valid value of the field, exactly `length` characters long."""
    if field == "email":
        return "a" * (length - len("@example.com")) + "@example.com"
    if field == "phone":
        return "+86 " + "1" * (length - 4)
    return ("张伟 " * length)[:length - 1] + "x"


@pytest.mark.parametrize("field", list(LIMITS))
def test_each_intake_field_takes_its_limit_and_not_one_character_more(field):
    limit = LIMITS[field]
    fields = {"name": "张伟", field: _value(field, limit)}
    assert intake.validate_candidate_fields(**fields) == {}

    fields[field] = _value(field, limit + 1)
    problems = intake.validate_candidate_fields(**fields)
    assert list(problems) == [field]
    assert f"at most {limit} characters" in problems[field]
    assert intake.candidate_field_problems(**fields) == {field: intake.FieldProblem.TOO_LONG}


def test_the_limits_are_ones_a_recruiter_never_meets_by_accident():
    assert intake.NAME_MAX >= 60 and intake.INTERVIEWER_NAME_MAX >= 60
    assert intake.EMAIL_MAX == 254
    assert intake.CANDIDATE_LIMITS == LIMITS


def test_spaces_at_the_ends_do_not_count_since_they_are_not_stored():
    assert intake.validate_candidate_fields("  " + "x" * intake.NAME_MAX + "\n") == {}


@pytest.mark.parametrize("hostile", ["\x1b[31mRED\x1b[0m", "Zhang\nWei", "Zhang\tWei",
                                     "Wei\x00", "Wei\x9b2J", "Wei\u202eieW", "Wei\u2028Li"])
@pytest.mark.parametrize("field", ["name", "position", "source", "email", "phone"])
def test_control_characters_in_a_one_line_field_are_refused(field, hostile):
    fields = {"name": "张伟", field: hostile}
    problems = intake.validate_candidate_fields(**fields)
    assert "line breaks or control characters" in problems[field]
    assert intake.candidate_field_problems(**fields)[field] is intake.FieldProblem.CONTROL


def test_the_existing_problems_keep_their_words():
    problems = intake.validate_candidate_fields("  ", "not-an-address", "abc", "fr")
    assert problems == {
        "name": "A name is required.",
        "email": "This does not look like an e-mail address.",
        "phone": "A phone number has digits, spaces, dashes and an optional +.",
        "language": "Language is 'en' or 'zh'.",
    }


def test_an_interviewer_needs_a_short_one_line_name():
    assert intake.validate_interviewer_fields("李静") == {}
    assert intake.validate_interviewer_fields("x" * intake.INTERVIEWER_NAME_MAX) == {}
    assert intake.validate_interviewer_fields(" ") == {"name": "An interviewer needs a name."}
    too_long = intake.validate_interviewer_fields("x" * (intake.INTERVIEWER_NAME_MAX + 1))
    assert f"at most {intake.INTERVIEWER_NAME_MAX} characters" in too_long["name"]
    assert "control characters" in intake.validate_interviewer_fields("Li\x1b[2JJing")["name"]
    assert list(intake.validate_interviewer_fields("Li Jing", "li.jing")) == ["email"]
    assert intake.validate_interviewer_fields("Li Jing", "li.jing@example.com") == {}


@pytest.mark.parametrize(("check", "limit", "noun"), [
    (intake.check_note, intake.NOTE_MAX, "A note"),
    (intake.check_summary, intake.SUMMARY_MAX, "A summary"),
])
def test_notes_and_summaries_have_a_limit_and_keep_line_breaks_and_tabs(check, limit, noun):
    assert check("") is None
    assert check("S: angry caller\n\tT: refund\nR: calm") is None
    assert check("说" * limit) is None
    assert check("说" * (limit + 1)) == f"{noun} can be at most {limit:,} characters long."
    assert "control characters" in check("calm\x1b[2J")
    assert "control characters" in check("line\r\nbreak")


def test_a_note_is_cleaned_to_what_may_be_stored():
    pasted = "Task:\r\n\tcalm\x1b[1m down\x1b[0m\x0cnext page\x00"
    assert intake.clean_note(pasted) == "Task:\n\tcalm down\nnext page"
    assert intake.check_note(intake.clean_note(pasted)) is None


@pytest.mark.parametrize(("text", "shown"), [
    ("张伟", "张伟"),
    ("  two  spaces  ", "  two  spaces  "),
    ("\x1b[31mRED\x1b[0m", "RED"),
    ("Zhang\r\nWei\tLi\nNa", "Zhang Wei Li Na"),
    ("\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\", "link"),
    ("\x1b]0;new title\x07Wei", "Wei"),
    ("\x9b2JWei", "Wei"),
    ("\x1bcWei\x1b(B", "Wei"),
    ("W\x00e\x07i\x7f\x85", "Wei "),
    ("abc\u202edef\u2066", "abcdef"),
    ("Wei\x1b", "Wei"),
])
def test_one_line_keeps_what_shows_and_drops_what_a_terminal_acts_on(text, shown):
    assert intake.one_line(text) == shown
