"""The consent text: one versioned file per wording, in both languages."""

from __future__ import annotations

from importlib import resources

from recruit_desk.core.consent import CONSENT_VERSION, consent_text


def test_the_current_wording_is_a_file_of_its_version_in_both_languages():
    folder = resources.files("recruit_desk.resources") / "consent"
    assert (folder / f"{CONSENT_VERSION}.toml").is_file()
    en, zh = consent_text("en"), consent_text("zh")
    assert en.startswith("Recruit Desk stores your name") and "deleted on request" in en
    assert zh.startswith("Recruit Desk 会保存您的姓名") and "删除" in zh
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
