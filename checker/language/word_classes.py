"""Word classes that more than one topic module builds on, as fragments of lemma patterns
(notation: checker.language.notation).
"""

from __future__ import annotations

# Ranking a program, in the verbs applicants use for it.
RANK_VERB = "(?:rank|put|place|list|keep|slot)"
# Things an applicant applies to or is offered that are not a residency place: "other
# programs' research electives", "the letter of appointment for my observership".
# Training beside residency, offered or applied to in its own right.
SIDE_TRAINING = (
    "(?:elective|electives|rotation|rotations|course|courses|workshop|workshops|housing)"
)
NOT_A_RESIDENCY_THING = (
    f"(?:{SIDE_TRAINING}|research|observership|observerships|externship|externships|clerkship"
    "|clerkships|visa|visas|shadowing|volunteer|job|jobs|lab|labs)"
)
# The interview day and its arrangements, and the papers to fill in: what "logistics" mail
# is about (_LOGISTICS, below), and what is offered or accepted that is not a position.
INTERVIEW_DAY = (
    "(?:second look|dinner|social|tour|visit|lunch|shuttle|parking|hotel|flight|room block)"
)
PAPERWORK = "(?:form|paperwork)"
# A meeting or a social, which one joins or attends without any promise about the Match, or
# a seat or place on one ("a slot in the February second look", "a place on the waitlist").
AN_EVENT = (
    "(?:the |a |an |your |our |this |to the )?{g2}(?:call|meeting|zoom|video|session|dinner"
    "|social|tour|webinar|interview|event|lunch|orientation|open house|meet|second look|link"
    "|happy hour|party|reception|gathering|breakfast|game|potluck|hike|workshop|waitlist"
    "|wait list|shuttle|bus|van|table|bench|hotel|panel|lecture|agenda|flight|visit)"
)
# A place asked for that is not at an event: "confirm me a seat" (not "a seat at the dinner").
NOT_A_SEAT_AT_AN_EVENT = f"(?! (?:on|in|at|for) {AN_EVENT} )"
