"""Season checks: what the guide would say about all the messages logged so far.

Each check is data (id, severity, title, guide link, examples) plus one small function
of the season and the reader's date that yields (message, program ids, message ids). The
examples are planner files in miniature, read on EXAMPLE_TODAY: the tests run every
`fails` example (the check must fire) and every `passes` example (it must stay silent),
and the planner page documents the checks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from checker.findings import SEVERITIES
from checker.guide_links import guide_url
from checker.plain import Plain
from checker.planner.season import RECIPIENTS, Message, Program, Season

THANK_YOU_DAYS = 2  # the guide: thank-you within 24-48 hours of the interview
UPDATE_OPENS_DAYS = 28  # the guide: an update 2-4 weeks before the rank deadline
UPDATE_CLOSES_DAYS = 14
FOLLOW_UP_GAP_DAYS = 14  # two chasing messages closer than this look like pressure

POST_INTERVIEW_KINDS = ("thank-you", "continued-interest", "rank-first")
# Whom a no-contact specialty policy is about: faculty, the program director among them.
FACULTY_ROLES = ("program-director", "faculty")
UPDATE_KINDS = ("continued-interest", "rank-first")
CHASING_KINDS = ("other", "logistics-question")
# Each interviewer may get their own thank-you, so faculty thank-yous are not repeats.
THANK_YOU_ROLES_COUNTED = ("program-director", "coordinator", "other")
# Policy effects that stop thank-you reminders (the first also stops the update window).
NO_THANK_YOU_EFFECTS = ("no-post-interview-contact", "thank-you-discouraged")
# The date the examples are read on: after every date in them.
EXAMPLE_TODAY = date(2027, 4, 1)

# What a season check finds, before it becomes a PlanFinding: (message, program ids,
# message ids). Not checker.rules.Hit, which is a span found in a draft.
Detection = tuple[str, tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class PlanFinding(Plain):
    rule: str
    severity: str
    message: str
    url: str
    programs: tuple[str, ...]
    messages: tuple[str, ...]


@dataclass(frozen=True)
class SeasonCheck:
    """A season check, described like a lint rule (the planner page lists them from here)."""

    id: str
    severity: str
    title: str
    guide: str  # "page.md#anchor" in docs/: the section of the guide that explains it
    why: str  # why the guide advises against what the check finds
    instead: str  # what to do instead
    find: Callable[[Season, date], Iterator[Detection]]
    fails: tuple[dict, ...]
    passes: tuple[dict, ...]

    @property
    def url(self) -> str:
        return guide_url(self.guide)


def run_checks(season: Season, today: date) -> list[PlanFinding]:
    """Every check's findings on the season as it stands on the reader's date `today`."""
    findings = [
        PlanFinding(check.id, check.severity, text, check.url, programs, messages)
        for check in CHECKS
        for text, programs, messages in check.find(season, today)
    ]
    return sorted(
        findings, key=lambda f: (SEVERITIES.index(f.severity), f.rule, f.programs, f.messages)
    )


def _name(season: Season, program_id: str) -> str:
    return f"“{season.program(program_id).name}”"


def _grouped(messages, key) -> dict:
    groups = defaultdict(list)
    for message in messages:
        groups[key(message)].append(message)
    return groups


def _ids(messages: list[Message]) -> tuple[str, ...]:
    return tuple(m.id for m in messages)


def _repeats(season: Season, kinds: tuple[str, ...]) -> Iterator[tuple[str, list[Message]]]:
    """(program id, its messages of these kinds) for programs with more than one."""
    wanted = [m for m in season.messages if m.kind in kinds]
    for program_id, messages in _grouped(wanted, lambda m: m.program).items():
        if len(messages) > 1:
            yield program_id, messages


def _repeat_clarification(season: Season, _today: date) -> Iterator[Detection]:
    for program_id, messages in _repeats(season, ("citizenship-clarification",)):
        yield (
            f"You have logged {len(messages)} citizenship clarifications to "
            f"{_name(season, program_id)}. The guide suggests one at most, early in the season.",
            (program_id,),
            _ids(messages),
        )


def _repeat_thank_you(season: Season, _today: date) -> Iterator[Detection]:
    counted = [
        m
        for m in season.messages
        if m.kind == "thank-you" and m.recipient in THANK_YOU_ROLES_COUNTED
    ]
    for (program_id, role), messages in _grouped(
        counted, lambda m: (m.program, m.recipient)
    ).items():
        if len(messages) > 1:
            yield (
                f"You have logged {len(messages)} thank-you notes to the "
                f"{RECIPIENTS[role].lower()} at "
                f"{_name(season, program_id)}. One per person after the interview is enough.",
                (program_id,),
                _ids(messages),
            )


def _repeat_update(season: Season, _today: date) -> Iterator[Detection]:
    for program_id, messages in _repeats(season, UPDATE_KINDS):
        yield (
            f"You have logged {len(messages)} update or interest letters to "
            f"{_name(season, program_id)}. The guide suggests at most one after the interview: "
            "put your news and your interest in a single letter.",
            (program_id,),
            _ids(messages),
        )


def _rank_first_to_many(season: Season, _today: date) -> Iterator[Detection]:
    claims = [m for m in season.messages if m.rank_first_claim or m.kind == "rank-first"]
    by_program = _grouped(claims, lambda m: m.program)
    if len(by_program) > 1:
        names = ", ".join(_name(season, pid) for pid in by_program)
        yield (
            f"You have told more than one program that you will rank it first: {names}. "
            "Only one program can be your true first choice, and programs do talk to each other. "
            "Keep the first-choice statement for one; tell the others you will rank them highly.",
            tuple(by_program),
            _ids(claims),
        )


def _late_thank_you(season: Season, _today: date) -> Iterator[Detection]:
    for message in season.messages:
        if message.kind != "thank-you":
            continue
        interview = season.interview_day(season.program(message.program))
        if interview is not None and message.sent > interview + timedelta(days=THANK_YOU_DAYS):
            late = (message.sent - interview).days
            yield (
                f"Your thank-you to {_name(season, message.program)} went out {late} days after "
                "the interview; the guide suggests within 48 hours. Nothing to fix now: keep it "
                "in mind for the next interviews.",
                (message.program,),
                (message.id,),
            )


def _update_outside_window(season: Season, _today: date) -> Iterator[Detection]:
    if season.rank_deadline is None:
        return
    opens = season.rank_deadline - timedelta(days=UPDATE_OPENS_DAYS)
    closes = season.rank_deadline - timedelta(days=UPDATE_CLOSES_DAYS)
    for message in season.messages:
        if message.kind == "continued-interest" and not opens <= message.sent <= closes:
            yield (
                f"Your update to {_name(season, message.program)} was sent on "
                f"{message.sent.isoformat()}, outside the usual window of 2-4 weeks before your "
                f"rank list deadline ({opens.isoformat()} to {closes.isoformat()}).",
                (message.program,),
                (message.id,),
            )


def _quick_follow_up(season: Season, _today: date) -> Iterator[Detection]:
    for program_id, messages in _grouped(season.messages, lambda m: m.program).items():
        ordered = sorted(messages, key=lambda m: (m.sent, m.id))
        for earlier, later in pairwise(ordered):
            gap = (later.sent - earlier.sent).days
            if later.kind in CHASING_KINDS and gap < FOLLOW_UP_GAP_DAYS:
                yield (
                    f"You wrote to {_name(season, program_id)} again {gap} day(s) after your "
                    "previous message. Following up in a short span without new information can "
                    "read as pressure; wait unless you have something new to say.",
                    (program_id,),
                    (earlier.id, later.id),
                )


def _early_post_interview_letter(season: Season, _today: date) -> Iterator[Detection]:
    for message in season.messages:
        if message.kind not in POST_INTERVIEW_KINDS:
            continue
        program = season.program(message.program)
        interview = season.interview_day(program)
        if interview is not None:
            early = message.sent < interview
        else:
            early = program.status in ("applied", "invited")
        if early:
            yield (
                f"Your {message.kind.replace('-', ' ')} letter to {_name(season, program.id)} is "
                "logged before the interview. Thank-you, update and first-choice letters belong "
                "after it; check the date or the program's status.",
                (program.id,),
                (message.id,),
            )


def thank_you_ruled_out(season: Season, program: Program) -> bool:
    """The program, or the reader's specialty policy, asks for no thank-you."""
    return program.no_post_interview_contact or any(
        season.setting.policy_with(effect) is not None for effect in NO_THANK_YOU_EFFECTS
    )


def thank_you_due(season: Season, program: Program, today: date) -> date | None:
    """The last day of the 48-hour thank-you window of an interview that has happened (or
    is marked as done) by `today`; None when a thank-you is logged or not wanted."""
    interview = season.interview_day(program)
    if interview is None:
        return None
    interviewed = program.status in ("interviewed", "ranked") or interview <= today
    thanked = any(m.kind == "thank-you" for m in season.messages_to(program.id))
    if not interviewed or thanked or thank_you_ruled_out(season, program):
        return None
    return interview + timedelta(days=THANK_YOU_DAYS)


def _missed_thank_you(season: Season, today: date) -> Iterator[Detection]:
    for program in season.programs:
        due = thank_you_due(season, program, today)
        if due is not None and due < today:
            yield (
                f"The 48-hour thank-you window for {_name(season, program.id)} closed on "
                f"{due.isoformat()} with no thank-you logged. If you sent one, log it; if not, "
                "a short thank-you now still does no harm.",
                (program.id,),
                (),
            )


def no_contact_reason(season: Season, program: Program, message: Message) -> str | None:
    """Why this post-interview message should not have gone out, or None: the program
    asked for no contact, or the reader's specialty policy rules out writing to faculty."""
    if message.kind not in POST_INTERVIEW_KINDS:
        return None
    if program.no_post_interview_contact:
        return "the program asked for no communication after the interview"
    policy = season.setting.policy_with("no-post-interview-contact")
    if policy is not None and message.recipient in FACULTY_ROLES:
        return f"{policy.name} rules out contact with faculty after the interview ({policy.source})"
    return None


def _contact_against_policy(season: Season, _today: date) -> Iterator[Detection]:
    for message in season.messages:
        program = season.program(message.program)
        reason = no_contact_reason(season, program, message)
        if reason is not None:
            yield (
                f"Your {message.kind.replace('-', ' ')} letter to {_name(season, program.id)} "
                f"went out although {reason}. Send no further letters there after the "
                "interview.",
                (program.id,),
                (message.id,),
            )


def _thank_you_discouraged(season: Season, _today: date) -> Iterator[Detection]:
    policy = season.setting.policy_with("thank-you-discouraged")
    if policy is None:
        return
    for message in season.messages:
        program = season.program(message.program)
        if message.kind == "thank-you" and no_contact_reason(season, program, message) is None:
            yield (
                f"You logged a thank-you to {_name(season, program.id)}, but {policy.name} asks "
                f"applicants not to send thank-you notes ({policy.source}).",
                (program.id,),
                (message.id,),
            )


def _soap_applicant_initiated(season: Season, _today: date) -> Iterator[Detection]:
    if season.match_week is None:
        return
    first, last = season.match_week
    for message in season.messages:
        if first <= message.sent <= last and not message.reply:
            yield (
                f"Your message to {_name(season, message.program)} on "
                f"{message.sent.isoformat()} falls in your Match Week and is not marked as a "
                "reply. During SOAP you may only answer a program that contacted you first.",
                (message.program,),
                (message.id,),
            )


def _example(
    *messages: tuple,
    deadline: str | None = None,
    match_week: tuple[str, str] | None = None,
    specialty: str | None = None,
    **programs: dict,
) -> dict:
    """A miniature planner file: programs a and b plus (program, kind, sent, ...) messages;
    a message may end with a dict of further fields ({"reply": True})."""
    base = {"a": {"name": "Alpha IM", "status": "interviewed", "interview": "2027-01-10"}}
    base["b"] = {"name": "Beta IM", "status": "interviewed", "interview": "2027-01-12"}
    base.update(programs)
    first, last = match_week or (None, None)
    return {
        "format": "prematch-planner",
        "version": 1,
        "season": {
            "rank_deadline": deadline,
            "specialty": specialty,
            "match_week_start": first,
            "match_week_end": last,
        },
        "programs": [{"id": pid} | fields for pid, fields in base.items()],
        "messages": [_example_message(n, *m) for n, m in enumerate(messages)],
    }


def _example_message(number: int, program: str, kind: str, sent: str, *more) -> dict:
    fields = more[-1] if more and isinstance(more[-1], dict) else {}
    positional = more[:-1] if fields else more
    named = dict(zip(("recipient", "rank_first_claim"), positional, strict=False))
    return {"id": f"m{number}", "program": program, "kind": kind, "sent": sent} | named | fields


_MATCH_WEEK = ("2027-03-15", "2027-03-19")
_ASKED_FOR_NO_CONTACT = {
    "name": "Alpha PS",
    "interview": "2027-01-10",
    "no_post_interview_contact": True,
}

CHECKS: tuple[SeasonCheck, ...] = (
    SeasonCheck(
        id="soap-applicant-initiated",
        severity="error",
        title="Writing first to a program during your Match Week",
        guide="timeline.md#match-week-and-soap",
        why=(
            "In the Match Week the SOAP rules let an unmatched applicant answer programs but not "
            "approach them first; a message you start can break those rules."
        ),
        instead=(
            "Wait for the program to contact you and mark your answer as a reply; until then, "
            "keep your ERAS application up to date."
        ),
        find=_soap_applicant_initiated,
        fails=(
            _example(("a", "other", "2027-03-16"), match_week=_MATCH_WEEK),
            _example(("b", "logistics-question", "2027-03-19"), match_week=_MATCH_WEEK),
        ),
        passes=(
            _example(("a", "other", "2027-03-16", {"reply": True}), match_week=_MATCH_WEEK),
            _example(("a", "other", "2027-03-20"), match_week=_MATCH_WEEK),
            _example(("a", "other", "2027-03-16")),
        ),
    ),
    SeasonCheck(
        id="contact-against-policy",
        severity="error",
        title="Post-interview letter where contact was ruled out",
        guide="timeline.md#thank-you-notes",
        why=(
            "When your specialty or the program has said it wants no contact after the interview, "
            "a letter anyway shows you did not read, or did not respect, what it asked."
        ),
        instead=(
            "Send nothing more to that program after the interview. If something really changes, "
            "such as a new exam result, update ERAS."
        ),
        find=_contact_against_policy,
        fails=(
            _example(("a", "thank-you", "2027-01-11"), a=_ASKED_FOR_NO_CONTACT),
            _example(
                ("a", "continued-interest", "2027-02-10", "coordinator"), a=_ASKED_FOR_NO_CONTACT
            ),
        ),
        passes=(
            _example(("a", "logistics-question", "2027-01-11"), a=_ASKED_FOR_NO_CONTACT),
            _example(("b", "thank-you", "2027-01-13"), a=_ASKED_FOR_NO_CONTACT),
        ),
    ),
    SeasonCheck(
        id="rank-first-to-several",
        severity="error",
        title="First-choice statement sent to more than one program",
        guide="mistakes.md#conflicting-rank-statements",
        why=(
            "Only one program can be your first choice. Saying it to two is untrue, and programs "
            "compare notes, so it can cost you with both."
        ),
        instead=(
            "Tell your true first choice that it is first; write to the others that you will rank "
            "them highly."
        ),
        find=_rank_first_to_many,
        fails=(
            _example(("a", "rank-first", "2027-02-01"), ("b", "rank-first", "2027-02-02")),
            _example(
                ("a", "rank-first", "2027-02-01"),
                ("b", "continued-interest", "2027-02-02", "program-director", True),
            ),
        ),
        passes=(
            _example(("a", "rank-first", "2027-02-01"), ("b", "continued-interest", "2027-02-02")),
        ),
    ),
    SeasonCheck(
        id="repeat-clarification",
        severity="warning",
        title="More than one citizenship clarification to a program",
        guide="timeline.md#message-limits",
        why=(
            "One short note about your citizenship settles the question. A second one to the same "
            "program adds nothing and reads as pressure."
        ),
        instead=(
            "Send one clarification before the interview, and mention your status again only if "
            "the program asks."
        ),
        find=_repeat_clarification,
        fails=(
            _example(
                ("a", "citizenship-clarification", "2026-10-01"),
                ("a", "citizenship-clarification", "2026-11-20"),
            ),
        ),
        passes=(
            _example(
                ("a", "citizenship-clarification", "2026-10-01"),
                ("b", "citizenship-clarification", "2026-10-01"),
            ),
        ),
    ),
    SeasonCheck(
        id="repeat-thank-you",
        severity="warning",
        title="More than one thank-you to the same person at a program",
        guide="timeline.md#message-limits",
        why=(
            "A second thank-you to the same person after one interview looks careless or pushy, "
            "and it fills their inbox."
        ),
        instead=(
            "One thank-you to each person who interviewed you, and one to the coordinator at most."
        ),
        find=_repeat_thank_you,
        fails=(
            _example(("a", "thank-you", "2027-01-11"), ("a", "thank-you", "2027-01-30")),
            _example(
                ("a", "thank-you", "2027-01-11", "coordinator"),
                ("a", "thank-you", "2027-01-12", "coordinator"),
            ),
        ),
        passes=(
            # The guide: a thank-you to the director plus a brief one to the coordinator.
            _example(
                ("a", "thank-you", "2027-01-11", "program-director"),
                ("a", "thank-you", "2027-01-11", "coordinator"),
            ),
            _example(
                ("a", "thank-you", "2027-01-11", "faculty"),
                ("a", "thank-you", "2027-01-11", "faculty"),
            ),
        ),
    ),
    SeasonCheck(
        id="repeat-update",
        severity="warning",
        title="More than one update or interest letter to a program",
        guide="timeline.md#message-limits",
        why=(
            "The guide's limit per program is one update or interest letter after the interview; "
            "a first-choice letter is that one update. More reads as pressure."
        ),
        instead="Put everything new into one update, sent in the weeks before the rank deadline.",
        find=_repeat_update,
        fails=(
            _example(("a", "continued-interest", "2027-02-01"), ("a", "rank-first", "2027-02-10")),
            _example(
                ("a", "continued-interest", "2027-02-01"),
                ("a", "continued-interest", "2027-02-20"),
            ),
        ),
        passes=(
            _example(("a", "continued-interest", "2027-02-01"), ("a", "thank-you", "2027-01-11")),
        ),
    ),
    SeasonCheck(
        id="quick-follow-up",
        severity="warning",
        title="Following up again soon after a message",
        guide="mistakes.md#over-emailing",
        why=(
            "Writing again within two weeks, before the program had time to answer, looks like "
            "chasing and can annoy the people who rank you."
        ),
        instead=(
            "Give the program two weeks. If you must write again, ask one clear question, once."
        ),
        find=_quick_follow_up,
        fails=(
            _example(
                ("a", "citizenship-clarification", "2026-10-01"), ("a", "other", "2026-10-05")
            ),
            _example(("a", "logistics-question", "2026-12-01"), ("a", "other", "2026-12-01")),
        ),
        passes=(
            _example(
                ("a", "citizenship-clarification", "2026-10-01"), ("a", "other", "2026-11-01")
            ),
            _example(("a", "thank-you", "2027-01-11"), ("a", "thank-you", "2027-01-11", "faculty")),
        ),
    ),
    SeasonCheck(
        id="early-post-interview-letter",
        severity="warning",
        title="Post-interview letter before the interview",
        guide="timeline.md#phase-3-interview-day",
        why=(
            "A thank-you, update or first-choice letter dated before the interview, or while you "
            "are only invited, is most likely logged with the wrong date or program; if it was "
            "really sent, it came too early."
        ),
        instead=(
            "Check the date and the program of the message; send these letters only after the "
            "interview."
        ),
        find=_early_post_interview_letter,
        fails=(
            _example(("a", "thank-you", "2027-01-05")),
            _example(
                ("c", "continued-interest", "2027-01-05"), c={"name": "Gamma", "status": "invited"}
            ),
        ),
        passes=(
            _example(("a", "thank-you", "2027-01-10")),
            _example(
                ("c", "citizenship-clarification", "2026-10-01"),
                c={"name": "Gamma", "status": "applied"},
            ),
        ),
    ),
    SeasonCheck(
        id="thank-you-discouraged",
        severity="warning",
        title="Thank-you where your specialty discourages them",
        guide="timeline.md#thank-you-notes",
        why=(
            "Some specialties ask applicants not to send thank-you notes; sending one anyway goes "
            "against what the programs asked for."
        ),
        instead=(
            "Leave the thank-you out for programs of that specialty; a kind word on the interview "
            "day is enough."
        ),
        find=_thank_you_discouraged,
        fails=(_example(("a", "thank-you", "2027-01-11"), specialty="internal-medicine"),),
        passes=(
            _example(("a", "continued-interest", "2027-02-10"), specialty="internal-medicine"),
            _example(("a", "thank-you", "2027-01-11")),
        ),
    ),
    SeasonCheck(
        id="missed-thank-you",
        severity="warning",
        title="Thank-you window closed with no thank-you logged",
        guide="timeline.md#thank-you-notes",
        why=(
            "The guide advises one thank-you within 24 to 48 hours of each interview; once that "
            "window has closed it can no longer be a reminder, only something that was missed."
        ),
        instead=(
            "Log the thank-you if you sent it. If you did not, a short one now is still better "
            "than none, unless the program or your specialty asked for no thank-you notes."
        ),
        find=_missed_thank_you,
        fails=(_example(), _example(("b", "thank-you", "2027-01-13"))),
        passes=(
            _example(("a", "thank-you", "2027-01-11"), ("b", "thank-you", "2027-01-20")),
            _example(("b", "thank-you", "2027-01-13"), a=_ASKED_FOR_NO_CONTACT),
            _example(specialty="internal-medicine"),
            _example(
                ("b", "thank-you", "2027-01-13"),
                a={"name": "Alpha IM", "status": "invited", "interview": "2027-05-10"},
            ),
        ),
    ),
    SeasonCheck(
        id="late-thank-you",
        severity="info",
        title="Thank-you more than 48 hours after the interview",
        guide="timeline.md#phase-3-interview-day",
        why=(
            "A thank-you is most useful within 24 to 48 hours of the interview, while the day is "
            "fresh for both sides; later it still does no harm."
        ),
        instead="Send thank-you notes within two days of the interview next time.",
        find=_late_thank_you,
        fails=(_example(("a", "thank-you", "2027-01-13")),),
        passes=(
            _example(("a", "thank-you", "2027-01-12")),
            _example(("a", "thank-you", "2027-01-10")),
        ),
    ),
    SeasonCheck(
        id="update-outside-window",
        severity="info",
        title="Update sent outside 2-4 weeks before the rank deadline",
        guide="timeline.md#phase-4-before-the-rank-deadline",
        why=(
            "An update does the most good 2 to 4 weeks before the rank list deadline, while "
            "programs are making their lists; much earlier it is forgotten, later it may come too "
            "late."
        ),
        instead="Time your one update for 2 to 4 weeks before your rank list deadline.",
        find=_update_outside_window,
        fails=(
            _example(("a", "continued-interest", "2027-01-20"), deadline="2027-03-03"),
            _example(("a", "continued-interest", "2027-02-20"), deadline="2027-03-03"),
        ),
        passes=(
            _example(("a", "continued-interest", "2027-02-03"), deadline="2027-03-03"),
            _example(("a", "continued-interest", "2027-02-17"), deadline="2027-03-03"),
            _example(("a", "continued-interest", "2027-01-20")),
        ),
    ),
)
