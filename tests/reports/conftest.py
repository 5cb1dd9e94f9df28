"""Interviews to report on, and a PDF reader that checks what a reader of the PDF would see."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from recruit_desk.core.assessment import assess
from recruit_desk.core.kit import KitSnapshot
from recruit_desk.core.model import Recommendation
from recruit_desk.store.database import Store
from tests import factories
from tests.conftest import submit_all


def interview(store: Store, snapshot: KitSnapshot, candidate_id: str, interviewer: str,
              ratings: dict[str, int | None], *, notes: dict[str, str] | None = None,
              star: dict[str, str] | None = None, observations: tuple[tuple[str, str], ...] = (),
              recommendation: Recommendation = Recommendation.YES, summary: str = "",
              submit: bool = True) -> str:
    """Run one interview through the store as the app does; returns its id.

    For the tests of commands that read the database; report tests build
    their assessments with tests/factories.py.
    """
    who = next((i for i in store.interviewers() if i.name == interviewer), None) \
        or store.add_interviewer(interviewer)
    started = store.start_interview(candidate_id, who.id, snapshot)
    for question, value in ratings.items():
        store.set_rating(started.id, question, value, not_assessed=value is None)
    for question, note in (notes or {}).items():
        store.set_note(started.id, question, note)
    for question, letters in (star or {}).items():
        store.set_star(started.id, question, letters)
    for question, item in observations:
        store.set_observation(started.id, question, item, True)
    if submit:
        submit_all(store, started.id, recommendation, summary)
    return started.id


@pytest.fixture
def panel(mini_bank):
    """张伟, rated on the mini kit by a panel of two who disagree on one question."""
    snapshot = mini_bank.snapshot("mini")
    person = factories.candidate("张伟", position="客服专员", source="2026秋季招聘会·上海")
    records = [
        factories.record(
            snapshot, "李静", {"AL-1": 4, "AL-2": 5, "EQ-1": 2, "EQ-2": 2}, candidate_id=person.id,
            notes={"AL-1": "复述了客户的问题并确认理解。", "EQ-1": "只谈自己的感受。"},
            star={"AL-1": "STA"}, observations=(("AL-1", "look_for:0"), ("EQ-1", "red_flag:0")),
            recommendation=Recommendation.YES, summary="倾听认真，能复述客户的问题。"),
        factories.record(
            snapshot, "Sarah Mitchell", {"AL-1": 5, "AL-2": None, "EQ-1": 5, "EQ-2": 5},
            candidate_id=person.id,
            notes={"EQ-1": "Explained why the customer was upset & what <they> did."},
            star={"AL-1": "STAR", "EQ-1": "STAR"}, recommendation=Recommendation.STRONG_YES),
    ]
    return assess(person, snapshot, records)


@dataclass
class Pdf:
    """A PDF read back: its pages' text and the fonts it uses."""

    reader: PdfReader
    data: bytes

    @classmethod
    def of(cls, data: bytes) -> Pdf:
        return cls(PdfReader(io.BytesIO(data)), data)

    @property
    def pages(self) -> int:
        return len(self.reader.pages)

    def page_text(self, index: int) -> str:
        return self.reader.pages[index].extract_text()

    @property
    def text(self) -> str:
        return "\n".join(self.page_text(i) for i in range(self.pages))

    def fonts(self) -> dict[str, bool]:
        """Every font the pages use (forms included), by base name: is it embedded?"""
        found: dict[str, bool] = {}

        def walk_resources(resources) -> None:
            resources = _resolve(resources)
            if not resources:
                return
            for font in _resolve(resources.get("/Font", {})).values():
                font = _resolve(font)
                found[str(font.get("/BaseFont"))] = _embedded(font)
            for xobject in _resolve(resources.get("/XObject", {})).values():
                xobject = _resolve(xobject)
                if xobject.get("/Subtype") == "/Form":
                    walk_resources(xobject.get("/Resources"))

        for page in self.reader.pages:
            walk_resources(page.get("/Resources"))
        return found


def _resolve(obj):
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _embedded(font) -> bool:
    """A font is embedded when it, or its CID descendant, carries a font file."""
    candidates = [font] + [_resolve(d) for d in _resolve(font.get("/DescendantFonts", []))]
    for f in candidates:
        descriptor = _resolve(f.get("/FontDescriptor"))
        if descriptor and any(k in descriptor for k in ("/FontFile", "/FontFile2",
                                                         "/FontFile3")):
            return True
    return False
