"""The consent text: one versioned file per wording, in both languages."""

from __future__ import annotations

from importlib import resources

from recruit_desk.core.consent import CONSENT_VERSION, consent_text


def test_the_current_wording_is_a_file_of_its_version_in_both_languages():
    folder = resources.files("recruit_desk.resources") / "consent"
    assert (folder / f"{CONSENT_VERSION}.toml").is_file()
    en, zh = consent_text("en"), consent_text("zh")
    assert en.startswith("Recruit Desk stores your name") and "to have it deleted" in en
    assert zh.startswith("Recruit Desk 会保存您的姓名") and "删除" in zh
    # It says how long the data is kept: the defaults, or the settings given.
    assert "deleted 6 months after the hiring decision (24 months if you are hired)" in en
    assert "招聘决定作出 6 个月后删除（如被录用，则为 24 个月）" in zh
    assert "deleted 9 months after" in consent_text("en", months=9, hired_months=30)
    assert "{" not in en + zh
    # Any other language hears the English.
    assert consent_text("fr") == en


def test_each_wording_names_its_own_version():
    import tomllib

    folder = resources.files("recruit_desk.resources") / "consent"
    for source in folder.iterdir():
        if source.name.endswith(".toml"):
            data = tomllib.loads(source.read_text(encoding="utf-8"))
            assert data["version"] == source.name.removesuffix(".toml")
            assert consent_text("zh", data["version"]) and consent_text("en", data["version"])


def test_an_earlier_wording_is_shown_as_it_was():
    """A candidate who agreed to 2026-11 keeps those words, retention periods or not."""
    old = consent_text("en", "2026-11", months=9)
    assert "when the hiring is closed" in old and "9" not in old
