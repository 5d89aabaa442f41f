"""Rules about tone: chasing, pleading and praise that could fit any program.
(Texting style lives in checker.rules.informal.)"""

from __future__ import annotations

from checker.rules import evidence
from checker.rules.base import Rule
from checker.rules.matchers import phrases

_ALWAYS_CHASING = phrases(
    "(?:did|have|has) (?:you|the (?:program|committee)|anyone) (?:have |had |got |get )?"
    "(?:a chance to |the chance to |been able to |yet |time to )?"
    "(?:review|reviewed|look at|looked at|look over|looked over|go over|gone over|see|seen"
    "|read|received|receive|get|got|consider|considered)"
    " my (?:application|file|eras application|materials|documents)",
    negatable=True,
)
# Soft chasing is only a problem when the email carries no news to justify it.
_SOFT_CHASING = phrases(
    "just (?:checking|following) (?:in|up)",
    "(?:checking|check) in (?:on|about|regarding|to see)",
    "(?:following|follow) up (?:on|about|regarding) my (?:application|status|candidacy"
    "|previous (?:email|message)|last (?:email|message))",
    "i (?:still )?(?:have not|haven't|did not|didn't) (?:yet )?(?:heard|received) (?:back|anything"
    "|a (?:reply|response))",
    "any (?:update|updates|news|word)s? (?:on|about|regarding) (?:my (?:application|status"
    "|candidacy)|the status)",
    "(?:the )?status of my (?:application|candidacy)",
    "(?:wanted|writing|write|like|reaching out|reach out) to (?:see|ask|check) (?:if|whether)"
    " (?:there (?:is|are|has been|have been) )?(?:any )?(?:updates?|news|decisions?)",
    "(?:has|have) (?:a )?decisions? been made",
    "when (?:i|we) (?:will|can|should|might|may) (?:expect to )?(?:hear|receive|get) (?:back|an? "
    "(?:interview )?invitation|a decision|a response)",
    unless=evidence.has_news,
)

CHECKING_IN = Rule(
    id="checking-in",
    severity="warning",
    title="Chasing the program for news",
    catches=(
        '"Did you review my application?" at any time, and "just checking in", "I haven\'t '
        'heard back", "any update on my status", "following up on my application" in an email '
        "that brings no news of its own."
    ),
    why=(
        "Programs are busy; repeated chasing reads as poor boundaries and will not change "
        "their list. One follow-up is enough, and only with something new to say."
    ),
    instead=(
        "Write only when you have news (a score, a publication, a finished rotation), and lead "
        "with the news instead of the question."
    ),
    guide="mistakes.md#over-emailing",
    message="This chases the program for news; write only when you have something new to add.",
    check=lambda letter, kind: [*_ALWAYS_CHASING(letter, kind), *_SOFT_CHASING(letter, kind)],
    fails=(
        "Did you have a chance to review my application?",
        "I am just checking in about my application.",
        "I haven't heard back and wanted to ask if there is any update on my status.",
        "I am writing to follow up on my application.",
    ),
    passes=(
        "I am writing with an update: I passed Step 2 CK last week. Just checking in.",
        "Thank you for reviewing my application and for the invitation.",
        "I look forward to hearing about the next steps.",
        "I would never ask whether you have reviewed my application.",
    ),
    notes=(
        '"Did you review my application?" is always flagged; softer follow-ups are only '
        "flagged when the email reports no news (score, publication, rotation, award...)."
    ),
)

DESPERATE_TONE = Rule(
    id="desperate-tone",
    severity="warning",
    title="Pleading or desperate tone",
    catches=(
        '"I will do anything", "please give me a chance", "I really need this spot", "I am '
        'begging you", "this is my last chance".'
    ),
    why=(
        "Programs look for calm, mature colleagues. Pleading signals anxiety rather than fit "
        "and can weigh against you in a close decision."
    ),
    instead=(
        "Say what you would bring and why this program fits you, in a calm and confident tone."
    ),
    guide="mistakes.md#over-emailing",
    message="This sounds desperate; say calmly what you bring and why the program fits you.",
    check=phrases(
        "(?:i(?:'ll| will| would|'d)|i am willing to|i'm willing to) do (?:absolutely |literally )?"
        "(?:anything|whatever (?:it takes|you ask|is needed|you need))",
        "(?:please,? )?(?:just )?give me (?:a|one|the|this) (?:chance|shot)",
        "i (?:really |desperately |truly |badly |just )?(?:need|must have|must get) (?:this|a"
        "|the|your) (?:spot|position|place|residency|match|interview|chance)",
        "(?:i(?:'m| am) )?(?:literally |really |humbly )?begging",
        "i beg (?:you|of you)",
        "please,? please",
        "i(?:'m| am) (?:so |really |truly |getting )?desperate",
        "(?:this|it) (?:is|may be|might be) my (?:last|only|final) (?:chance|hope|option)",
        "i (?:have|'ve) no other (?:options?|choice|hope)",
        "please (?:do not|don't) (?:reject|forget|ignore|overlook) (?:me|my)",
        "my (?:whole |entire )?(?:life|future|career|family) (?:depends|is depending|rests)",
        "i (?:cannot|can't|can not) afford (?:not to match|to go unmatched|another)",
        "i (?:cannot|can't|can not) (?:go|be|remain) unmatched (?:again|another)",
    ),
    fails=(
        "I will do anything to train at your program.",
        "Please give me a chance.",
        "I really need this spot after two unmatched cycles.",
        "I am begging you to consider me.",
    ),
    passes=(
        "I would welcome the chance to train at your program.",
        "I would bring three years of research experience to your team.",
        "Thank you for the chance to interview.",
    ),
)

GENERIC_PRAISE = Rule(
    id="generic-praise",
    severity="warning",
    title="Praise that could be sent to any program",
    catches=(
        'Stock praise ("excellent teaching and research", "great program", "wonderful '
        'opportunity", "strong clinical training") in an email that names no concrete detail '
        "of the program: a person (Dr. ...), a curriculum element (continuity clinic, night "
        "float, journal club...), a patient population, a place, or a moment of the interview "
        "day."
    ),
    why=(
        "Program directors recognise copy-paste emails at once; without one specific detail "
        "the praise sounds like it went to fifty programs."
    ),
    instead=(
        "Add one detail only this program has: \"I enjoyed Dr. Patel's talk on the street "
        'medicine elective."'
    ),
    guide="mistakes.md#generic-messages",
    message=(
        "Stock praise with no specific detail of this program; name one person, rotation, "
        "clinic or moment from your interview."
    ),
    check=phrases(
        "(?:excellent|great|strong|outstanding|exceptional|renowned) (?:teaching|education) and"
        " research",
        "(?:a |such a |truly a |an )?(?:great|excellent|outstanding|amazing|wonderful|fantastic"
        "|prestigious|top|top-notch|incredible|exceptional|impressive|reputable) (?:residency )?"
        "(?:program|institution)(?! (?:director|coordinator|manager|leadership))",
        "(?:a |such a |what a )?(?:wonderful|great|amazing|fantastic|incredible|unique) "
        "opportunity(?! to (?:interview|meet|speak|talk|visit|learn))",
        "(?:strong|excellent|great|outstanding|robust|rigorous|comprehensive|well-rounded)"
        " (?:clinical )?(?:training|education|curriculum|teaching)",
        "(?:excellent|great|outstanding|strong|stellar) reputation",
        "(?:excellent|great|outstanding|supportive|amazing|wonderful|friendly) (?:faculty"
        "|residents|people|environment|atmosphere|culture)",
        "(?:a )?great fit",
        "world[- ]class",
        unless=evidence.has_concrete_detail,
    ),
    fails=(
        "Your program is my favourite because of its excellent teaching and research.",
        "It is a great program with strong clinical training.",
        "Thank you for this wonderful opportunity. The faculty were great and it is a great fit.",
    ),
    passes=(
        "It is a great program: Dr. Okafor's night float teaching impressed me.",
        "The continuity clinic at the county hospital is a wonderful opportunity.",
        "I enjoyed learning about the journal club and the research track.",
        "Thank you for the interview.",
    ),
    notes=(
        "A detail is recognised from a list of specific program features, a named Dr. or "
        "Professor, dates and resident numbers; unusual details may be missed."
    ),
)

RULES = (CHECKING_IN, DESPERATE_TONE, GENERIC_PRAISE)
