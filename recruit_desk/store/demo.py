"""A realistic demo data set, so a first look at the app is not an empty window.

Ids are derived from names (uuid5), so loading the demo twice adds nothing the
second time. Ratings come from a fixed random seed around a "true" level per
candidate, with a little disagreement between interviewers, as real panels have.
The set ends with a finished job-fair day (WALK_INS), so the fair's queue and
figures have something to show too.
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from ..core.fair import event_id, event_name
from ..core.kit import Bank, KitSnapshot
from ..core.model import Decision, NotAssessedReason, Recommendation
from .database import Store

_NAMESPACE = uuid.UUID("6f1c4a52-6a7e-4c1b-9d55-1f0f2f8e2b10")

INTERVIEWERS = [
    ("李静", "li.jing@example.cn"),
    ("Sarah Mitchell", "sarah.mitchell@example.com"),
    ("王磊", "wang.lei@example.cn"),
]

# name, phone, e-mail, position, source, language, true level (1–5), kit, plan
# plan: "panel" = rated by all three interviewers, "single" = one interviewer,
# "draft" = interview started and left unfinished, "new" = no interview yet.
# Decisions already taken, so the list and the reports show one of each kind:
# candidate, decision, who, next step, note.
DECISIONS = {
    "张伟": ("hire", "王经理", "12 月 2 日入职体检", "面试小组一致推荐，倾听与情绪管理突出。"),
    "赵敏": ("reject", "王经理", "", "多题出现打断客户、推卸责任的情况。"),
    "Daniel O'Connor": ("hold", "Sarah Mitchell", "second interview with the team lead", ""),
}

CANDIDATES = [
    ("张伟", "138 0013 8001", "zhangwei@example.cn", "客服专员", "2026秋季招聘会·上海",
     "zh", 4.2, "panel-interview", "panel"),
    ("张伟明", "139 1020 3344", "zhang.weiming@example.cn", "客服专员",
     "2026秋季招聘会·上海", "zh", 3.1, "panel-interview", "panel"),
    ("陈晓燕", "137 6655 2210", "chenxy@example.cn", "客服专员", "内部推荐", "zh", 4.6,
     "panel-interview", "panel"),
    ("Emily Carter", "+44 7700 900123", "emily.carter@example.com", "Customer Service Agent",
     "Careers fair, Manchester", "en", 3.6, "panel-interview", "panel"),
    ("刘洋", "135 2468 1357", "liuyang@example.cn", "在线客服", "招聘网站", "zh", 2.4,
     "panel-interview", "panel"),
    ("Daniel O'Connor", "+44 7700 900456", "dan.oconnor@example.com",
     "Customer Service Agent", "Job board", "en", 3.9, "panel-interview", "panel"),
    ("王芳", "136 9876 5432", "wangfang@example.cn", "客服专员", "2026秋季招聘会·上海", "zh",
     3.4, "job-fair-screen", "single"),
    ("赵敏", "131 1122 3344", "zhaomin@example.cn", "客服专员", "2026秋季招聘会·上海", "zh",
     1.9, "job-fair-screen", "single"),
    ("Priya Sharma", "+44 7700 900789", "priya.sharma@example.com", "Team Leader",
     "Referral", "en", 4.4, "team-leader", "single"),
    ("欧阳晓东", "133 5555 6666", "ouyang.xd@example.cn", "投诉处理专员", "猎头推荐", "zh", 3.8,
     "complaints-specialist", "single"),
    ("孙丽", "132 7777 8888", "sunli@example.cn", "客服专员", "2026秋季招聘会·上海", "zh", 3.0,
     "job-fair-screen", "draft"),
    ("Tom Becker", "+49 151 23456789", "tom.becker@example.com", "Customer Service Agent",
     "Careers fair, Manchester", "en", 2.8, "job-fair-screen", "single"),
    ("黄佳怡", "130 2222 3333", "huangjy@example.cn", "在线客服", "校园招聘", "zh", 3.5,
     "job-fair-screen", "new"),
    ("Maria González", "+34 612 345 678", "maria.gonzalez@example.com",
     "Bilingual Support Agent", "Job board", "en", 4.0, "inbound-service", "single"),
    ("周婷", "134 8080 6060", "zhouting@example.cn", "在线客服", "招聘网站", "zh", 3.7,
     "written-support", "single"),
    ("Olivia Brown", "+44 7700 900321", "olivia.brown@example.com", "Customer Service Agent",
     "Job board", "en", 3.5, "full-interview", "single"),
]


class WalkIn(NamedTuple):
    """One walk-in of the fair day; times are hh:mm in Shanghai (UTC+8) on that day."""

    name: str
    phone: str
    email: str
    position: str
    level: float  # true level (1–5), as in CANDIDATES
    checked_in: str
    interviewer: str = ""  # who called them into the screen ("" if never called)
    called: str = ""  # the screen starts when they are called
    submitted: str = ""
    decision: str = ""  # the fair decision, taken a minute after submitting
    skipped: str = ""  # not at the booth when called: to the back of the queue then
    left: str = ""  # left before being seen


# The fair day: one morning at the booth of the autumn fair in Shanghai, two
# interviewers (李静 and 王磊) screening walk-ins with the short kit. Seven
# new people and one already in the list above (黄佳怡, entered at a campus
# fair and never interviewed: checked in by her phone number, she waited a
# quarter of an hour and left before her turn). 吴浩然 was away from the
# booth when first called and went to the back of the queue.
FAIR = "2026秋季招聘会·上海"
FAIR_KIT = "job-fair-screen"
FAIR_POSITIONS = ["客服专员", "在线客服"]
FAIR_DAY = 17  # days after the demo's first day (its last candidate came on day 15)
WALK_INS = [
    WalkIn("陈俊", "138 1762 0451", "chenjun@example.cn", "客服专员", 4.1, "09:02",
           "李静", "09:05", "09:19", "invite"),
    WalkIn("林晓雪", "139 0177 2836", "lin.xiaoxue@example.cn", "在线客服", 3.3, "09:04",
           "王磊", "09:07", "09:20", "hold"),
    WalkIn("马志强", "137 2290 5518", "mazhiqiang@example.cn", "客服专员", 2.1, "09:09",
           "李静", "09:21", "09:36", "not_now"),
    WalkIn("何静怡", "135 6613 0927", "he.jingyi@example.cn", "在线客服", 3.9, "09:13",
           "王磊", "09:22", "09:38", "invite"),
    WalkIn("吴浩然", "136 4408 7731", "wuhaoran@example.cn", "客服专员", 3.1, "09:16",
           "王磊", "09:40", "09:54", "hold", skipped="09:37"),
    WalkIn("黄佳怡", "130 2222 3333", "huangjy@example.cn", "在线客服", 3.5, "09:20",
           left="09:34"),
    WalkIn("郑雨欣", "131 8825 6604", "zhengyuxin@example.cn", "在线客服", 4.4, "09:31",
           "李静", "09:37", "09:49", "invite"),
    WalkIn("高峰", "132 5067 1189", "gaofeng@example.cn", "客服专员", 2.3, "10:08",
           "李静", "10:10", "10:25", "not_now"),
]
# The fair's walk-ins are candidates too (the one already listed above once).
_LISTED = {c[0] for c in CANDIDATES}
CANDIDATES += [(w.name, w.phone, w.email, w.position, FAIR, "zh", w.level, FAIR_KIT, "fair")
               for w in WALK_INS if w.name not in _LISTED]

# What the interviewer wrote and decided at the end of each screen.
_FAIR_WORDS = {
    "invite": ("复述客户的问题准确，角色扮演中语气平稳、道歉真诚，例子具体。建议约完整面试。",
               "三个工作日内电话约完整面试", ""),
    "hold": ("倾听基本到位；面对情绪激动的“客户”略显紧张，回应偏套话。",
             "本周岗位名额确定后再联系", "先约排在前面的候选人。"),
    "not_now": ("多次打断“客户”，道歉流于形式，举不出自己的例子。",
                "", "目前不约完整面试；欢迎半年后再来应聘。"),
}

# Competencies nobody rated for a candidate (time ran short on every laptop),
# so the list and the reports show a score "with gaps".
GAPS = {"Emily Carter": "empathy"}

# What was seen of a candidate's conduct outside the questions; everyone else
# was seen and nothing discourteous happened.
CONDUCT = {
    "赵敏": ("seen", "在等候区对前台接待员说“你们效率太低了”，语气很冲；接待员解释排队顺序时两次打断。"),
    "Tom Becker": ("not_observed", ""),
}

# Written replies typed into the app in the written exercise.
REPLIES = {
    "zh": "陈女士您好：\n\n非常抱歉，您两次留言都只收到自动回复，一直没有人跟进，让您着急了这么久。"
          "我查了一下：您退回的登山鞋3月12日到仓，599元已于3月13日原路退回您尾号2231的银行卡，"
          "退款单号RF-77140。银行处理需要几个工作日，最晚3月20日到账。\n\n"
          "如果20号还没到账，请直接回复这条消息并附上退款单号，我们会马上联系银行核查。\n\n"
          "客服中心",
    "en": "Dear Jo,\n\nI'm sorry nobody answered your two emails and that you have had to chase "
          "us. Your boots reached us on 12 March and we refunded £89.99 to your card ending 2231 "
          "on 13 March (reference RF-77140). Banks can take up to five working days, so it will "
          "be in your account by 20 March at the latest.\n\nIf it is not there by then, reply "
          "to this message quoting RF-77140 and we will trace it with the bank straight away."
          "\n\nKind regards,\nCustomer Service",
}

_NOTES = {
    "zh": {
        1: "只有泛泛而谈，举不出具体例子；追问后仍说不清自己做了什么。",
        2: "例子比较笼统，说的多是“我们”，自己的具体行动和结果不清楚。",
        3: "有一个具体例子，情境和行动清楚，但没有讲结果，也没提到客户的感受。",
        4: "例子具体，能复述当时对客户说的话，并说明了结果；追问时有反思。",
        5: "例子非常具体：复述了客户原话、自己的回应和后续跟进，主动谈到学到了什么。",
    },
    "en": {
        1: "Only general claims; could not give an example even when probed.",
        2: "Example was vague and mostly 'we'; own actions and the outcome unclear.",
        3: "A concrete example with clear situation and action, but no result and little "
           "on how the customer felt.",
        4: "Specific example; quoted what they said to the customer and the outcome; "
           "reflected well when probed.",
        5: "Very specific: the customer's words, their own reply, the follow-up, and what "
           "they learned from it.",
    },
}

_SUMMARIES = {
    "zh": "倾听认真，能复述客户的问题；压力情境下的例子略显单薄，建议入职后重点辅导。",
    "en": "Listens well and checks understanding; pressure examples were thinner — "
          "worth coaching early.",
}


def _id(kind: str, key: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"demo:{kind}:{key}"))


def _recommendation(level: float) -> Recommendation:
    if level >= 4.2:
        return Recommendation.STRONG_YES
    if level >= 3.3:
        return Recommendation.YES
    if level >= 2.4:
        return Recommendation.NO
    return Recommendation.STRONG_NO


def _rate(rng: random.Random, level: float, bias: float) -> int:
    return max(1, min(5, round(rng.gauss(level + bias, 0.6))))


def load_demo(store: Store, bank: Bank) -> int:
    """Add the demo set to the store; returns how many candidates were added."""
    interviewer_ids = []
    with store._write():
        existing = {i.id for i in store.interviewers()}
        for name, email in INTERVIEWERS:
            ident = _id("interviewer", name)
            if ident not in existing:
                store.add_interviewer(name, email=email, id=ident)
            interviewer_ids.append(ident)
    # Slight, stable leniency differences between interviewers.
    biases = [0.0, 0.25, -0.2]

    # From midnight, not from this moment: two laptops loading the demo on the
    # same day hold the same rows, and merge them without a conflict.
    start = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0) \
        - timedelta(days=20)
    added = 0
    for index, row in enumerate(CANDIDATES):
        name, phone, email, position, source, lang, level, kit_id, plan = row
        if plan == "fair":
            continue  # added by _fair_day, as they checked in
        cid = _id("candidate", name)
        # One candidate at a time, checked and written under one write lock:
        # two windows loading the demo at once then add each candidate once.
        with store._write():
            if store.db.table("candidates").count_where("id = ?", [cid]):
                continue
            when = start + timedelta(days=index, hours=index % 5)
            store.add_candidate(name, phone=phone, email=email, position=position,
                                source=source, language=lang, consent=True, id=cid,
                                created_at=when.isoformat(timespec="milliseconds"))
            added += 1
            if plan == "new":
                continue
            snapshot = bank.snapshot(kit_id)
            rng = random.Random(f"{name}:{kit_id}")
            panel = range(3) if plan == "panel" else [index % len(interviewer_ids)]
            for n in panel:
                _interview(store, snapshot, cid, interviewer_ids[n], biases[n], level, lang,
                           rng, when + timedelta(minutes=5 * n), draft=(plan == "draft"),
                           skip=GAPS.get(name, ""), conduct=CONDUCT.get(name, ("none_seen", "")))
            if name in DECISIONS:
                decision, by, next_step, note = DECISIONS[name]
                store.record_decision(cid, decision, by=by, next_step=next_step, note=note,
                                      id=_id("decision", name),
                                      decided_at=(when + timedelta(days=2)).isoformat(
                                          timespec="milliseconds"))
    return added + _fair_day(store, bank, dict(zip([n for n, _ in INTERVIEWERS],
                                                   interviewer_ids)), biases,
                             start + timedelta(days=FAIR_DAY))


def _fair_day(store: Store, bank: Bank, interviewers: dict[str, str], biases: list[float],
              day: datetime) -> int:
    """The finished fair day: the event, each walk-in's check-in, screen and decision.

    Written as the rows the desk leaves behind (check-in, call, skip and
    leaving stamped at the times above), each check-in in one insert and with
    ids from names, so two laptops loading the demo on the same day hold the
    same rows. Returns how many walk-ins were new candidates.
    """

    def at(clock: str) -> str:
        hours, minutes = clock.split(":")
        # Shanghai is UTC+8: the morning there is the small hours in UTC.
        return (day + timedelta(hours=int(hours) - 8, minutes=int(minutes))).isoformat(
            timespec="milliseconds")

    name = event_name(FAIR)
    ident = event_id(name)
    with store._write():
        if not store.db.table("events").count_where("id = ?", [ident]):
            store.db.table("events").insert({
                "id": ident, "name": name, "kit_id": FAIR_KIT,
                "positions": json.dumps(FAIR_POSITIONS, ensure_ascii=False),
                "created_at": at("08:40"), "updated_at": at("08:40")})
    snapshot = bank.snapshot(FAIR_KIT)
    order = [n for n, _ in INTERVIEWERS]
    added = 0
    for walk_in in WALK_INS:
        checkin_id = _id("checkin", f"{FAIR}:{walk_in.name}")
        with store._write():
            if store.db.table("checkins").count_where("id = ?", [checkin_id]):
                continue
            cid = _id("candidate", walk_in.name)
            if walk_in.name in _LISTED:
                # Returning: the desk finds them by their phone number.
                if not any(c.id == cid for c, _ in store.returning(walk_in.phone, "")):
                    continue  # erased since: nobody to check in
            elif not store.db.table("candidates").count_where("id = ?", [cid]):
                store.add_candidate(walk_in.name, phone=walk_in.phone, email=walk_in.email,
                                    position=walk_in.position, source=FAIR, language="zh",
                                    consent=True, id=cid, created_at=at(walk_in.checked_in))
                added += 1
            row = {"id": checkin_id, "event_id": ident, "candidate_id": cid,
                   "position": walk_in.position, "checked_in_at": at(walk_in.checked_in),
                   "queued_at": at(walk_in.skipped or walk_in.checked_in),
                   "called_at": None, "called_by": None, "interview_id": None,
                   "left_at": at(walk_in.left) if walk_in.left else None,
                   "created_at": at(walk_in.checked_in),
                   "updated_at": at(walk_in.left or walk_in.skipped or walk_in.checked_in)}
            if walk_in.called:
                interviewer = interviewers[walk_in.interviewer]
                n = order.index(walk_in.interviewer)
                called, submitted = at(walk_in.called), at(walk_in.submitted)
                minutes = (datetime.fromisoformat(submitted)
                           - datetime.fromisoformat(called)).total_seconds() / 60
                summary, next_step, note = _FAIR_WORDS[walk_in.decision]
                _interview(store, snapshot, cid, interviewer, biases[n], walk_in.level, "zh",
                           random.Random(f"{walk_in.name}:{FAIR_KIT}"),
                           datetime.fromisoformat(called), draft=False, skip="",
                           conduct=("none_seen", ""), minutes=minutes, every_question=True,
                           summary=summary)
                decided = datetime.fromisoformat(submitted) + timedelta(minutes=1)
                store.record_decision(cid, Decision(walk_in.decision), by=walk_in.interviewer,
                                      next_step=next_step, note=note,
                                      id=_id("decision", f"{FAIR}:{walk_in.name}"),
                                      decided_at=decided.isoformat(timespec="milliseconds"))
                row.update(called_at=called, called_by=interviewer, updated_at=called,
                           interview_id=_id("interview", f"{cid}:{interviewer}"))
            store.db.table("checkins").insert(row)
    return added


def _interview(store: Store, snapshot: KitSnapshot, candidate_id: str, interviewer_id: str,
               bias: float, level: float, lang: str, rng: random.Random, when: datetime,
               draft: bool, skip: str, conduct: tuple[str, str], minutes: float | None = None,
               every_question: bool = False, summary: str | None = None) -> None:
    interview_id = _id("interview", f"{candidate_id}:{interviewer_id}")
    store.start_interview(candidate_id, interviewer_id, snapshot, id=interview_id,
                          started_at=when.isoformat(timespec="milliseconds"))
    questions = snapshot.questions[: max(2, len(snapshot.questions) // 2)] if draft \
        else snapshot.questions
    for position, question in enumerate(questions):
        # One question in eight goes unassessed, as happens when time runs short.
        if not draft and not every_question and (rng.random() < 0.12
                                                 or question.competency == skip):
            store.set_rating(interview_id, question.id, None, not_assessed=True,
                             reason=NotAssessedReason.NO_TIME)
            continue
        value = _rate(rng, level, bias)
        store.set_rating(interview_id, question.id, value)
        store.set_note(interview_id, question.id, _NOTES[lang][value])
        if question.is_star:
            store.set_star(interview_id, question.id, "STAR"[: max(1, value - 1)])
        if value >= 4 and question.look_fors:
            store.set_observation(interview_id, question.id, "look_for:0", True)
        if value <= 2 and question.red_flags:
            store.set_observation(interview_id, question.id, "red_flag:0", True)
        if question.exercise and (exercise := snapshot.exercise(question.exercise)) \
                and exercise.kind == "written" and not draft:
            store.set_reply(interview_id, exercise.id, REPLIES[lang], exercise.minutes * 54)
        store.set_position(interview_id, position)
    if not draft:
        finished = when + timedelta(minutes=snapshot.kit.minutes if minutes is None
                                    else minutes)
        store.submit(interview_id, _recommendation(level + bias + rng.uniform(-0.3, 0.3)),
                     _SUMMARIES[lang] if summary is None else summary,
                     submitted_at=finished.isoformat(timespec="milliseconds"),
                     conduct=conduct[0], conduct_note=conduct[1])
