"""The consent text a candidate agrees to at intake, one versioned file per wording.

The texts are in resources/consent/VERSION.toml, in both languages. A text in
use is never edited: a new wording is a new file and a new CONSENT_VERSION,
so each candidate's record (consent_version) still names the words they
agreed to, and `consent_text(lang, version)` can show them again.
"""

from __future__ import annotations

from functools import cache

CONSENT_VERSION = "2026-12"
# How long a candidate's data is kept by default: months after the hiring
# decision (or the last interview), and for hired candidates. The retention
# setting (store/retention.py) starts from these; the consent text says them.
KEEP_MONTHS, KEEP_HIRED_MONTHS = 6, 24


@cache
def _texts(version: str) -> dict[str, str]:
    # Read when the intake dialog first needs it, not when the app starts.
    import tomllib
    from importlib import resources

    source = resources.files("recruit_desk.resources") / "consent" / f"{version}.toml"
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    return {lang: str(data[lang]).strip() for lang in ("en", "zh")}


def consent_text(lang: str, version: str = CONSENT_VERSION, *, months: int = KEEP_MONTHS,
                 hired_months: int = KEEP_HIRED_MONTHS) -> str:
    """The consent wording of `version` in the candidate's language (Chinese or English).

    From version 2026-12 the text names the retention periods: give the
    settings in force when it is read out.
    """
    text = _texts(version)["zh" if lang == "zh" else "en"]
    return text.replace("{months}", str(months)).replace("{hired_months}", str(hired_months))
