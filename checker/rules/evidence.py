"""What a letter contains, as yes/no evidence several rules share: news since the interview,
concrete program details, US clinical experience or ties, and that no visa is needed (the
status itself is read by checker.immigration_status)."""

from __future__ import annotations

import re

from checker.immigration_status import SENTENCE_REACH
from checker.language.analysis import analyse
from checker.language.lexicon import words
from checker.language.praise_words import PRAISE_ADJECTIVES
from checker.language.tokens import NAME
from checker.letter import Letter, sentence_around
from checker.phrase_search import compile_phrases

# Begun in the mind, not in the world: "I have started picturing myself on your wards", "I've
# started counting down the days" (not "I have started a research fellowship").
# (Planning and looking after are work: "I began planning and running our clinic's program".)
_NOT_A_FEELING = (
    "(?! (?:to )?(?:think|thinking|picture|picturing|imagine|imagining|dream|dreaming|count"
    "|counting|look forward|looking forward|hope|hoping|feel|feeling|wonder|wondering|miss|missing"
    "|envision|envisioning)\\b)"
)
NEWS = compile_phrases(
    (
        "step (?:1|2|3|one|two|three)(?: ck)?",
        "level (?:1|2|3)(?: ce| pe)?",
        "usmle",
        "comlex",
        "scores?",
        "passed",
        "publish(?:ed|ing)?",
        "publications?",
        "manuscripts?",
        "papers?",
        "abstracts?",
        "posters?",
        "presentations?",
        "presented",
        "journal",
        "case reports?",
        "rotations?",
        "sub-?internships?",
        "sub-?i",
        "electives?",
        "externships?",
        "observerships?",
        "clerkships?",
        "awards?(?!-winning)",
        "awarded",
        # A role or a paper's progress: "I was appointed chief resident", "now in press".
        "appointed",
        "elected",
        "promoted",
        "in press",
        "(?:first|lead|senior|co-?)[ -]?author",
        "invited to (?:speak|present|give|lead|teach|join|serve|review|chair)",
        # An honour received, not "it would be an honor to train there".
        "honou?rs",
        "honou?r (?:society|roll|award|program)",
        "prizes?",
        "certified",
        "certifications?",
        "certificates?",
        "ecfmg",
        "acls",
        "bls",
        "pals",
        "letters? of recommendation",
        # A new letter of support: "Dr. Greer has agreed to write a letter on my behalf".
        "(?:agreed|offered) to write (?:a|an|another) (?:[a-z]+ )?letter",
        "letters? (?:of support )?on my behalf",
        # Contact details that changed are a reason to write: "my phone number has changed".
        "(?:phone|cell|mobile|contact) (?:number|details|information) (?:has |have )?(?:changed"
        "|is now|are now)",
        "(?:new|updated|changed) (?:phone number|mobile number|contact details|email address"
        "|mailing address|address)",
        # A move settled: "my husband's transfer to the Columbus office was approved".
        "(?:transfer|relocation|move) (?:[a-z'-]+ ){0,6}?(?:was|has been|got) (?:approved"
        "|confirmed|finali[sz]ed)",
        "grants?",
        "research (?:project|study)",
        "quality improvement project",
        "volunteer(?:ed|ing)?",
        # Done since the interview, not the training ERAS already shows ("I have completed my
        # internship and two years of clinical work").
        "i (?:have|'ve) (?:recently |since |also |now |just )?(?:completed|finished)"
        "(?! (?:my |an |the )?(?:internship|house job|mbbs|md|medical (?:school|degree|studies)"
        "|degree|(?:[a-z0-9]+ )?years? of))",
        "i (?:have|'ve) (?:recently |since |also |now |just )?(?:received|earned|(?:started|begun)"
        f"{_NOT_A_FEELING}|joined|been selected|been accepted|won)",
    )
)

# Concrete things only someone who looked closely at this program would mention.
_CONCRETE_TERMS = compile_phrases(
    (
        "continuity clinics?",
        "resident clinics?",
        # Run by residents or students, or serving the uninsured: "the resident-run clinic".
        "(?:resident|student)-run (?:[a-z-]+ )?(?:clinics?|programs?|shelters?|vans?)",
        "uninsured",
        "night float",
        "ambulatory (?:block|rotation|week)s?",
        "x ?\\+ ?y",
        "[0-9] ?\\+ ?[0-9]",
        "block schedule",
        "call (?:schedule|structure)",
        "journal clubs?",
        "research days?",
        "morning report",
        "noon conference",
        "grand rounds",
        "simulation(?: lab| center| curriculum)?",
        "tumou?r boards?",
        "(?:research|global health|rural|urban|primary care|hospitalist|clinician educator"
        "|medical education|point-of-care ultrasound|pocus|leadership|advocacy|fellowship)"
        " (?:track|pathway|curriculum)",
        "pocus",
        "ultrasound curriculum",
        "mentorship program",
        "wellness (?:day|days|retreat|curriculum|committee)",
        "safety-net",
        "county hospital",
        "va hospital",
        "(?:the |your )?va",
        "free clinic",
        "street medicine",
        "refugee",
        "underserved",
        "patient population",
        "community (?:health|clinic|hospital)s?",
        "federally qualified",
        "fqhc",
        "residents? (?:lounge|retreat|council|union)",
        "pre-?interview (?:dinner|social|session)",
        "(?:interview|program) (?:dinner|social)",
        "tour",
        # A project named by its subject: "their project on discharge delays".
        "(?:project|projects|initiative|initiatives|study|studies) (?:on|about) [a-z]",
        "quality improvement",
        "(?:a|the) (?:talk|presentation|conversation|discussion) (?:with|by|about) [a-z]",
        "[0-9]+ residents",
        "pgy-?[1-4]s?",
        "chief residents?",
        "intern class",
        "(?:january|february|march|april|may|june|july|august|september|october|november"
        "|december) [0-9]{1,2}(?:st|nd|rd|th)?",
    )
)
# A stock adjective makes a detail stock too: "its diverse patient population" fits any program.
_STOCK_BEFORE = re.compile(r"\b(?:diverse|varied|broad|wide|large|rich|unique|complex)\s+$")
# A named person: "Dr. Lee", "Dr Okafor", "Professor Chen" (in the original capitalisation).
_NAMED_PERSON = re.compile(r"\b(?:Dr|Prof|Professor|Ms|Mr|Mrs|Mx)\.?\s+[A-Z][a-z'-]+")
# The writer's own name is no detail of the program: "I am Dr. Sravani Reddy", "My name is Dr.
# Ahmed Khan".
_THE_WRITER_BEFORE = re.compile(r"(?i:\b(?:i am|i'm|my name is|this is|myself),?\s+)$")

US_TIES = compile_phrases(
    (
        "u\\.?s\\.? clinical",
        "us clinical",
        "american clinical",
        "usce",
        "(?:rotation|rotated|rotating|elective|sub-?internship|observership|externship"
        "|clerkship)s? (?:[\\w'.-]+ ){0,5}?(?:at|in|with)",
        "rotated",
        "grew up",
        "(?:my )?family (?:lives |is |are )?(?:in|nearby|near|close)",
        "hometown",
        "home state",
        "originally from",
        "(?:return|move|come) back",
        "return to",
        "long[- ]term",
        "live and (?:practice|work)",
        "practi[cs]e (?:here|in the (?:area|region|city|state))",
        "settle",
        "roots",
        "ties to",
    )
)

# "Visa" or "sponsorship" with a negation and "need"/"require" earlier in its sentence, or
# the short forms "no visa needed", "without sponsorship". Found from the rare word outwards.
_VISA_WORD = re.compile(r"\b(?:visas?|sponsorship)\b")
_NO_NEED_BEFORE_VISA = re.compile(
    r"(?:\bnot?\b|n't|\bnever\b|\bnor\b|\bwithout\b)[^.!?\n]{0,40}?"
    r"\b(?:require|requires|required|requiring|need|needs|needed|needing)\b[^.!?\n]{0,40}$"
    r"|\b(?:no|without)(?: the)?(?: (?:need|requirement|necessity) (?:for|of))?(?: requiring"
    r"| needing)?(?: a| any)?\s*$"
)
_NOT_NEEDED_AFTER_VISA = re.compile(r"(?: sponsorship)? (?:is |will be )?not (?:required|needed)")


# A letter that corrects an earlier one brings something new, as news does: "Correction to
# my thank-you note", "I mixed up two conversations", "the wrong phone number".
_CORRECTION = compile_phrases(
    (
        "correct(?:ion|ions|ing)",
        "(?:mixed|mix) up",
        "my (?:mistake|error)",
        "i made (?:a|an) (?:mistake|error)",
        "(?:wrong|incorrect) (?:phone|number|address|email|name|date|attachment|file)",
    )
)


# An "IV" that is the drip, not the interview.
_NOT_A_DRIP = (
    "(?! (?:infusion|infusions|line|lines|fluids|fluid|drip|contrast|antibiotics?|iron|therapy"
    "|treatment|access|team|medication|medications|site|push|dose))"
)
# The interview is behind the writer: "I interviewed on December 9", "since my interview",
# "I have given interview in your institute", or the rank list is talked of. Not an
# interview still hoped for ("when will interview invitations go out", "when is the
# interview day?", "I saw the list of interview dates").
_AFTER_THE_INTERVIEW = compile_phrases(
    (
        "i (?:have |had |recently )?interviewed",
        "(?:for|after) interviewing me",
        # A visit for the interview: "since I visited Riverside for my interview".
        # Not a meeting before any interview: "since we met at the virtual open house".
        "(?:since|after|when) (?:i|we) (?:visited|met|spoke|talked)(?! [a-z ]{0,30}?(?:open house"
        "|booth|fair|webinar|info session|information session|meet and greet|social|conference))",
        "visited [a-z ]{0,30}?for (?:my|the|an|our) interview",
        # "IV", the forums' short form, after "my" or "post": "after my IV on 1/16" (not the
        # drip: "after my IV infusion appointment").
        "(?:since|after|following) (?:my|our) iv" + _NOT_A_DRIP,
        "post-? ?iv" + _NOT_A_DRIP,
        # Phone mail drops the "I": "Interviewed with you Jan 8.", "Interviewed Jan 9."
        "interviewed (?:(?:with|w/) (?:you|your)|at your|(?:on |in )?(?:the )?(?:(?:jan|feb|mar|apr"
        "|jun|jul|aug|sep|oct|nov|dec)[a-z]*|[0-9]{1,2})|last (?:week|month))",
        "(?:think|thinking|thought) (?:[a-z]+ ){0,2}about (?:my|the|our) interview",
        "(?:since|after|following) (?:my|our|the) (?:(?:virtual|zoom|online|video|in-person"
        "|recent) )?(?:interview|visit|conversation)",
        # With its date between: "after the November 30 interview", "since my 3rd Dec interview".
        "(?:since|after|following|from) (?:my|our|the) (?:[a-z]+ [0-9]{1,2}(?:st|nd|rd|th)?"
        "|[0-9]{1,2}(?:st|nd|rd|th)? [a-z]+|[0-9]{1,2}/[0-9]{1,2}) interview",
        # (Not the day's timing: "I may be late to the interview on Friday".)
        r"(?<!late\sto\s)(?<!late\sfor\s)(?<!early\sto\s)(?<!early\sfor\s)(?:my|our|the)"
        " (?:(?:virtual|zoom|online|video|in-person|recent) )?interview (?:on|in|last|this|with you"
        "|with your|at|was|went)",
        # A follow-up on the interview itself, or a note sent after it: "I am writing to follow
        # up on my interview of January 6", "a quick note post-interview" (not the invitation
        # or the date of one still to come).
        "follow(?:ing)?(?:-| )?up (?:on|after|from|regarding|of|to) (?:my|our|the) (?:recent )?"
        "interview(?! (?:invitation|invite|date|time|slot|schedule|link|request|offer))",
        "(?:my|our|the) interview of (?:[a-z]+ [0-9]{1,2}|[0-9]{1,2}(?:st|nd|rd|th)? [a-z]+"
        "|[0-9]{1,2}/[0-9]{1,2})",
        "post-? ?interview(?! (?:day|invitation|invite|schedule|dinner|social))",
        "(?:my|our|the) interview day (?:was|went|with)",
        # The chance to interview had, not hoped for: "I had the opportunity to interview with
        # you on December 3", "It was a privilege to be interviewed by your faculty".
        "(?:had|was given|were given|been given|it was|it has been|it's been) (?:the |a |an )?"
        "(?:great |real )?(?:opportunity|chance|privilege|pleasure|honou?r) (?:of|to) (?:be )?"
        "interview(?:ed|ing)?",
        # Phone mail drops the article: "havent heard anything since interview".
        "(?:since|after|following) interview(?! (?:invitation|invitations|invite|invites|date"
        "|dates|day|slot|slots|schedule|season|offer|offers))",
        # Something said there: "I was told at the interview that invitations go out in
        # February".
        "(?:told|said|mentioned|heard|learned|learnt|asked) (?:me |us )?(?:at|during)"
        " (?:my|our|the) interview",
        "(?:since|after|on|during|at) (?:my|our|the) interview day",
        "(?:given|attended|had|completed|enjoyed|loved) (?:an |my |the |our )?interview",
        "ranked",
        "rank(?:ing)? (?:season|decisions?|process)",
        "rank(?: order)? list",
        "(?:on|in|top of) (?:your|the|my) list",
    )
)
# News asked about the interview, so it is past ("heard anything abt my interview"), unless
# the letter says the interview is still to come (_INTERVIEW_STILL_TO_COME). Not its date,
# link or place, which are logistics.
_NEWS_ABOUT_MY_INTERVIEW = compile_phrases(
    (
        "(?:heard|hear|news|word|update|updates|decision|outcome|result|feedback) (?:[a-z]+ ){0,4}"
        "(?:about|abt|on|regarding|re) my interview(?! (?:date|time|day|slot|invitation|invite"
        "|schedule|link|zoom|location|room|itinerary|logistics|on|next|this|tomorrow|tmrw))",
    )
)
# The interview is still to come: "My interview is on January 12", "my upcoming interview",
# "I was told to expect an invitation this month".
_INTERVIEW_STILL_TO_COME = compile_phrases(
    (
        "(?:my|the|our) interview (?:is|will be) (?:on|scheduled|set|next|tomorrow|in|this)",
        "(?:my|the|our) (?:upcoming|scheduled|future) interview",
        # Arriving for it: "I may be a few minutes late to the interview on Friday".
        "(?:late|early) (?:to|for) (?:my|the|our) (?:(?:virtual|zoom|online|video|in-person) )?"
        "interview",
        "(?:before|ahead of|prior to) (?:my|the|our) interview",
        "(?:expect|expecting|await|awaiting|waiting for|waiting on) (?:an |my |the |any )?"
        "(?:interview )?(?:invitation|invite)",
    )
)
# The interview is still ahead: hoped for ("I would love the chance to interview", "the
# possibility of an interview", "considered for an interview"), awaited ("the timeline for
# interview invitations") or scheduled ("before my interview on the 12th"), or the
# application is what the letter is about ("I applied to your program in September").
_INTERVIEW_AHEAD = compile_phrases(
    (
        "(?:chance|opportunity|possibility|privilege|hope) (?:of|for|to) (?:an |receiving an "
        "|being (?:offered|granted|given) an |be |being )?interview(?:ed|ing)?(?! day)",
        "(?:considered|consideration) for (?:an|the|a) interview",
        "(?:would|will) (?:love|welcome|appreciate) (?:an|the|a chance to|the chance to) interview",
        "interview (?:invitation|invitations|invite|invites|offer|offers|slot|spot|slots|spots)",
        "(?:before|ahead of|prior to) (?:my|the|our) interview",
        "(?:my|the|our) upcoming interview",
        "(?:my|the) interview (?:is|will be) (?:on|scheduled|next)",
        "i (?:have |had )?applied (?:to|for|through|in)",
        "(?:submitted|sent) (?:my|the) (?:application|eras)",
        "(?:consideration of|considering|reviewing) my application",
    )
)


def interview_ahead(letter: Letter) -> bool:
    """The letter is written before the interview: one is hoped for, awaited or scheduled,
    and nothing says it took place."""
    view = letter.view
    ahead = _INTERVIEW_AHEAD.search(view) or _INTERVIEW_STILL_TO_COME.search(view)
    return ahead is not None and not after_the_interview(letter)


# The letter says it is a second message: "sorry to write again", "following up".
_WRITES_AGAIN = compile_phrases(
    (
        "(?:write|writing|wrote|email|emailing|reach out|reaching out) (?:to you )?again",
        "again to (?:say|ask|tell|share|check|see)",
        "follow(?:ing)?(?:-| )up",
        "check(?:ing)? in",
        "bother(?:ing)? you again",
        # An earlier mail named: "since my last email", "sorry for the extra email".
        "(?:my|the) (?:last|previous|earlier) (?:email|e-mail|mail|message|note)",
        "(?:extra|another|one more|second|additional) (?:email|e-mail|mail|message)",
        "again writing",
        "circl(?:e|ing) back",
        "touch(?:ing)? base",
        "reach(?:ing)? out (?:once more|one more time)",
        "(?:friendly|gentle|quick|polite|kind) reminder",
        # Saying there is nothing new says it is a follow-up: "No real updates on my end".
        "no (?:real |new |major |big )?(?:updates?|news) (?:on|from) my (?:end|side)",
        "nothing (?:new |has changed )(?:on|from) my (?:end|side)",
        "nothing (?:new|further) to (?:report|share|add)",
    )
)
# A note dropped in, unasked: "just dropping a quick note to say I'm still excited" (also how
# a first thank-you note opens, so it counts only beside restated interest).
_DROPS_A_NOTE = compile_phrases(
    (
        "drop(?:ping)? (?:you )?a (?:quick |short |brief )?(?:note|line)",
        "(?:a|one) (?:quick|short|brief) (?:[a-z-]+ )?(?:note|line|email) to (?:say|tell you"
        "|let you know)",
        # Phone mail drops the article: "Quick note after my IV on 1/16."
        "quick (?:note|line) (?:after|since|following|post)",
    )
)
# A first thank-you note thanks for the interview or its day ("thx so much for setting up the
# interview day"), not only for reading ("Thank you for your patience").
_THANKS_FOR_THE_INTERVIEW = compile_phrases(
    ("(?:thank|thanks|thx|grateful)[^.!?\n]{0,40}?interview",)
)


# A reply to the program's own message: "Thank you for your thoughtful email", "in reply to
# your note". Answering is not writing again unasked.
_ANSWERS_THE_PROGRAM = compile_phrases(
    (
        "(?:thank you|thanks|grateful) (?:so much |very much |again )?for (?:your|the) "
        "(?:(?:very |so )?(?:kind|thoughtful|warm|generous|lovely|nice|quick|prompt|helpful) )?"
        "(?:email|e-mail|mail|message|note|reply|response|letter|words|update|invitation"
        "|heads-up|news)(?! (?:on|about|regarding) my (?:application|candidacy|file|status))"
        # An earlier message thanked again is no reply: "Thank you for your update last month
        # about the interview feedback forms. ... Has the committee made any decisions yet?"
        "(?! (?:[a-z]+ ){0,6}?(?:last (?:week|month)|(?:a few|two|three|several|some) (?:days"
        "|weeks|months) ago|back in [a-z]+))",
        # What the program did by writing: "thanks for reaching out", "for letting me know".
        "(?:thank you|thanks|grateful) (?:so much |very much |again )?for (?:reaching out"
        "|writing|getting in touch|contacting me|letting me know|keeping me (?:updated|informed"
        "|posted)|the heads up)",
        "(?:received|got|read) your (?:kind |thoughtful |warm |lovely )?(?:email|e-mail|mail"
        "|message|note|letter|invitation|update)",
        "(?:good|nice|lovely|wonderful|great|a pleasure) to hear from you",
        "(?:in reply|in response|replying|responding) to your",
        "as you (?:asked|requested)",
        # A question the program asked at the interview, answered: "During my interview you
        # asked whether I could start on June 15".
        "(?:you|dr\\.? [a-z'-]+) asked (?:me )?(?:whether|if|about|for|how|when)",
    )
)


# The letter says it is written to thank, a first thank-you note whatever else it says: "I am
# writing to follow up on my interview of January 6 to thank you" (not "to thank you again").
_WRITES_TO_THANK = compile_phrases(
    (
        "(?:writing|write|note|line|email) [^.!?\n]{0,50}?to (?:thank|say thank)(?![^.!?\n]{0,30}"
        "? again)",
    )
)


def writes_to_thank(letter: Letter) -> bool:
    return _WRITES_TO_THANK.search(letter.view) is not None


def answers_the_program(letter: Letter) -> bool:
    return _ANSWERS_THE_PROGRAM.search(letter.view) is not None


def after_the_interview(letter: Letter) -> bool:
    view = letter.view
    if _AFTER_THE_INTERVIEW.search(view) is not None:
        return True
    return (
        _NEWS_ABOUT_MY_INTERVIEW.search(view) is not None
        and _INTERVIEW_STILL_TO_COME.search(view) is None
    )


def writes_again(letter: Letter) -> bool:
    return _WRITES_AGAIN.search(letter.view) is not None


def drops_a_note(letter: Letter) -> bool:
    return _DROPS_A_NOTE.search(letter.view) is not None


# Interest said again: "I'm still really interested", "I remain keen", "to reaffirm my interest".
_RESTATES_INTEREST = compile_phrases(
    (
        "(?:still|remain|remains|remaining) (?:(?:very|really|so|truly|just as|as|extremely|highly"
        "|very much) )*(?:interested|excited|enthusiastic|keen)",
        # "I continue to be very interested", "continue to remain keen" (not "I continue to be
        # involved in research", which is news of work).
        "continu(?:e|es|ed|ing) to (?:be|remain|feel|stay) (?:(?:very|really|so|truly|extremely"
        "|highly|very much|deeply|most) )*(?:interested|excited|enthusiastic|keen)",
        "(?:reiterat|reaffirm|restat|reconfirm|re-?express)[a-z]* (?:my |our )?(?:[a-z]+ ){0,2}"
        "(?:interest|enthusiasm)",
        # Said again in other words: "to once again convey my sincere interest", "express my
        # continued interest".
        "(?:again|once more) (?:to )?(?:convey|express|state|share|confirm)[a-z]* (?:my |our )?"
        "(?:[a-z]+ ){0,2}(?:interest|enthusiasm)",
        "(?:convey|express)[a-z]* (?:my |our )(?:[a-z]+ )?(?:continued|continuing|ongoing"
        "|sustained|unwavering|undiminished) (?:and [a-z]+ )?(?:interest|enthusiasm)",
        # Unchanged, in other words: "my interest ... has not faded in the slightest", "how
        # excited I still am", "still very much on my mind", "still really into the program",
        # "still dreaming about Lakeview".
        "interest [^.?!\\n]{0,60}?(?:has not|hasn't|has never|never) (?:faded|changed|wavered|waned"
        "|diminished|dimmed|lessened)",
        "(?:interested|excited|enthusiastic|keen) i still am",
        "still (?:very much |really |so )?(?:on my mind|into (?:the|your|this))",
        "still (?:dreaming|thinking) (?:about|of)",
        "still (?:hoping|hope) to (?:join|train|match|be (?:part|a part|with))",
        "(?:has|have) (?:completely |totally |truly |only )?won me over",
    )
)


# Sends the program a paper it can use: "the parking form is attached", "I have enclosed the
# receipt", "here is the reference I mentioned" (not only "my updated CV").
_SENDS_A_PAPER = compile_phrases(
    (
        "(?:attach|attached|attaching|enclose|enclosed|enclosing|here is|here are|sending you"
        "|i am sending|i'm sending) (?:[a-z'-]+ ){0,6}?(?:forms?|receipts?|documents?|module"
        "|references?|link|slides|certificates?|transcripts?|paperwork|itinerary|photos?|copy"
        "|article|paper)",
        "(?:forms?|receipts?|documents?|module|references?|link|slides|certificates?"
        "|transcripts?|paperwork|itinerary|photos?|copy|article|paper) (?:[a-z'-]+ ){0,4}?(?:is"
        "|are) (?:attached|enclosed|below)",
    )
)


def sends_a_paper(letter: Letter) -> bool:
    return _SENDS_A_PAPER.search(letter.view, letter.body_start, letter.body_end) is not None


def restates_interest(letter: Letter) -> bool:
    return _RESTATES_INTEREST.search(letter.view, letter.body_start, letter.body_end) is not None


# Thanks for a talk, the first time (not "thank you again", "once more"): "Thank you for the
# conversation about the hospitalist pathway" answers a call or a meeting, an errand of its own.
_THANKS_FOR_A_TALK = compile_phrases(
    (
        "(?:thank you|thanks)(?: so much| very much)? for (?:the|our|your|my) (?:[a-z-]+ ){0,2}"
        "(?:conversation|chat|talk|call)",
    )
)


def thanks_for_a_talk(letter: Letter) -> bool:
    return _THANKS_FOR_A_TALK.search(letter.view, letter.body_start, letter.body_end) is not None


def thanks_for_the_interview(letter: Letter) -> bool:
    return _THANKS_FOR_THE_INTERVIEW.search(letter.view) is not None


def has_news_or_correction(letter: Letter) -> bool:
    return has_news(letter) or _CORRECTION.search(letter.view) is not None


def has_news(letter: Letter) -> bool:
    view, start, end = letter.view, letter.body_start, letter.body_end
    # News still to be written in: "Since I interviewed on ____, I have ________."
    for blank in _BLANK.finditer(view, start, end):
        if _RECENT.search(view, *sentence_around(view, blank.start(), blank.end(), start, end)):
            return True
    for news in NEWS.finditer(view, start, end):
        left, right = sentence_around(view, news.start(), news.end(), start, end)
        if _NOT_YET.search(view, max(left, news.start() - 30), news.start()):
            continue
        # (The writer's own news named by others is still the writer's: "my co-residents
        # elected me chief resident".)
        programs_own = _PROGRAMS_OWN.search(view, left, news.start()) and not _TO_THE_WRITER.match(
            view, news.end()
        )
        if not programs_own and not (
            _IN_THE_APPLICATION.search(view, left, right) and not _RECENT.search(view, left, right)
        ):
            return True
    for event in _EVENT.finditer(view, start, end):
        left, right = sentence_around(view, event.start(), event.end(), start, end)
        if (
            (
                _RECENT.search(view, left, right)
                or (
                    _OWN_START.search(view, left, right)
                    and _DAY_OF_SEASON.search(view, left, right)
                )
            )
            and not _BACKGROUND.search(view, left, right)
            and not _NOT_DONE.search(view, left, event.start())
        ):
            return True
    return False


# A news word that is the program's, not the writer's: "the interns presented their
# admissions", "its ambulatory rotations", "the residents' journal club" (a program word
# among the three words before it, and no "I", "my", "we" or "our" after that word).
_PROGRAMS_OWN = re.compile(
    r"(?:(?<![\w-])(?:residents?|interns?|faculty|attendings?|chiefs?|fellows)(?:'s?)?(?![\w'])"
    r"|\b(?:program's|its|their|they)\b)(?:\s+(?!(?:i|my|me|we|our)\b)[a-z'-]+){0,3},?\s+$"
)
# Background the application already shows, not news since the interview: "As noted in my
# ERAS application, I have three publications", "my clinical rotations in medical school"
# (unless its sentence says it is recent).
_TO_THE_WRITER = re.compile(r"\s+(?:me|us)\b")
_IN_THE_APPLICATION = re.compile(
    r"\b(?:as (?:noted|mentioned|listed|shown|described|stated|outlined|detailed) in my"
    r"|(?:in|during|throughout) (?:my )?(?:medical|med) school"
    # Qualifications offered as fit: "my publications and rotations have prepared me well".
    r"|(?:have|has) prepared me|make(?:s)? me a (?:strong |good |great |natural )?(?:fit"
    r"|candidate))\b"
)
# A news word for what is still to come or only paid for: "I am still preparing for the Step 3
# exam", "waiting for my Step 3 result", "a loan for my USMLE exams", "I have not yet received
# my score".
_NOT_YET = re.compile(
    r"\b(?:not|never|yet to|preparing for|prepare for|studying for|study for|(?:plan|planning"
    r"|hope|hoping) to (?:take|sit|write|publish|present|submit)|will (?:take|sit for|write)"
    r"|waiting (?:for|on)|await|awaiting|loans? (?:for|to pay for)|fees? for|pay for|paid for"
    # (in its own clause: "I have not slowed down: I passed Step 3")
    r"|saving for|sit for|sitting for)\b[^.!?\n:;]*$"
)
_BLANK = re.compile(r"_{3,}|\[[^\]\n]{1,40}\]|<<[^>\n]{1,40}>>")
# Something done or begun, the kind of thing an update reports: "I finished my MPH", "I
# joined the palliative care team", "we moved to Dayton", "I have taken over the clinic".
# It is news when its sentence says it is recent (_RECENT): "last month", "since our
# interview", "in January", "now". Training ERAS already shows is not (_BACKGROUND).
_EVENT = re.compile(
    r"\b(?:finished|completed|cleared|joined|relocated|took over|taken over|received|earned"
    # Not a feeling: "I was so moved by", "it became clearer", "started picturing myself",
    # "Westfield has won me over".
    r"|(?:started|began|begun)" + _NOT_A_FEELING + r"|moved(?! by)|won(?! me over)"
    # (but "became more involved in our stroke registry" is news)
    r"|became(?! (?:(?:even |much )?more (?!involved|active|engaged)|even (?!more )|much (?!more )"
    r"|clearer|clear|obvious|certain|evident|apparent))"
    r"|obtained|secured|launched|got (?:my|a|an|the)"
    r"|got married|(?:was|were|been|got) (?:named|selected|chosen|appointed|elected|invited"
    r"|hired|licensed|promoted|awarded|granted|accepted|offered|matched))\b"
    r"|\b(?:has|have) been accepted (?:for|by|to|into|in|at|as)\b"
    r"|\b(?:has|have|had) accepted (?:a|an) (?:[a-z-]+ ){0,2}(?:position|job|post|offer)\b"
    r"|\b(?:i|we) (?:now|currently) (?:work|serve|lead|teach|hold|run|coordinate|live)\b"
    # A post taken up: "On 5th January I took up a post", "as of January 6 I have been working".
    r"|\b(?:took|taken) up\b|\b(?:i|we) (?:have|'ve) been (?:working|volunteering|serving"
    r"|acting as)\b"
    r"|\b(?:i am|we are) now (?:a|an|working|serving|leading|teaching|licensed|certified|part"
    r"|living|based)\b"
    # Begun soon, with a date: "I will be working at Riverside as a research fellow starting
    # in March", "I will present our abstract next month".
    r"|\b(?:i|we) (?:will|am going to|are going to) (?:be )?(?:start|starting|begin|beginning"
    r"|join|joining|work|working|present|presenting|teach|teaching|move|moving|relocate"
    r"|relocating)\b"
)
_RECENT = re.compile(
    r"\b(?:since (?:my|our|the|we|i|then|that|last)|recently|just|now|this (?:week|month|past"
    r"|weekend|year|summer|spring|fall|autumn|winter)|last (?:week|month|weekend|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday)|next (?:week|month)|starting (?:in|on"
    r"|next)|earlier this|(?:a few |two |three )?(?:days|weeks) ago|yesterday|today"
    r"|(?:in|since) (?:december|january|february|march|april|may|june)"
    r"(?!,? (?:of )?(?:19|20)\d\d))\b"
    r"|\bhas been accepted\b|\bhave been accepted\b"
)
# The applicant's own new post on a day of this season, with no year: "On January 2 I began
# working as", "on 5th January I took up a post", "as of January 6 I have been working" (not
# "the committee finished reviewing" beside the interview's date).
_OWN_START = re.compile(
    r"\b(?:i|we) (?:have |had )?(?:started|began|begun|joined|took up|taken up"
    r"|been (?:working|volunteering|serving))\b"
)
_DAY_OF_SEASON = re.compile(
    r"\b(?:on|as of) (?:(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:december|january|february"
    r"|march)|(?:december|january|february|march) \d{1,2}(?:st|nd|rd|th)?)\b(?!,? (?:19|20)\d\d)"
)
# Not done, or not yet, or only if, or only asked: "I have not received any reply", "if I
# match, I will be moving to Ohio", "whether the committee has started its decisions".
_NOT_DONE = re.compile(
    r"\b(?:not|never|no|nothing|yet to|if|whether|once|unless|hope|hoping)\b|n't\b"
)
_BACKGROUND = re.compile(
    r"\b(?:internship|house job|housemanship|mbbs|medical school|medical degree|residency in"
    r"|years? of|(?:19|20)\d\d)\b"
)


# A teaching setting named by what it is about, two words before its noun: "the newborn
# nursery teaching", "the cath lab", "the burn unit" (not "excellent clinical teaching").
# Also a clinic, a screening, an outreach or a retreat named by what it is for ("the
# buprenorphine bridge clinic", "the hepatitis C screening", "the residents' street outreach
# van", "the Harbor Street clinic"), with up to three words before the noun.
# A month, a rotation, an orientation, a partnership or a stipend named by what it is for too:
# "the ICU month", "the two-week orientation", "the telestroke partnership", "the Step 3 study
# stipend" (a modifier may hold a digit).
_SETTING = re.compile(
    r"\b(?:the|their|its|your)(?:\s(?:residents|interns|program)'s?)?\s([a-z][a-z0-9-]{2,})"
    r"\s(?:([a-z0-9][a-z0-9-]*)\s)?(?:([a-z0-9][a-z0-9-]*)\s)?(?:teaching|rounds|conference"
    r"|lab|unit|service|nursery|ward|elective|workshop|huddle|board|didactics|sign-?out"
    r"|curriculum|clinic|clinics|screening|screenings|shelter|retreat|retreats|immersion"
    r"|coverage|outreach|fair|van|site|sites|campus|volume|class|classes|month|months|rotation"
    r"|rotations|orientation|partnership|partnerships|stipend|stipends|network)\b"
)
# A rotation at a place named: "the month in Gallup with the Navajo Nation", "the rotation at
# Mercy" (in the original capitalisation).
_SITE_NAMED = re.compile(
    r"\b(?:month|months|rotation|rotations|elective|electives|block|weeks)\s(?:in|at)"
    r"\s[A-Z][a-z]{2,}"
)
# A moment of the interview day seen for oneself: "the camaraderie I observed during lunch".
_SEEN_ON_THE_DAY = re.compile(
    r"\b(?:observed|saw|noticed|watched|witnessed)\s(?:[a-z'-]+\s){0,4}?(?:during|at|on)\s(?:the\s|our"
    r"\s|your\s)?(?:lunch|dinner|breakfast|tour|rounds|social|happy\shour|sign-?out|huddle"
    r"|morning\sreport|noon\sconference)\b"
)
# A street: "the shelter on Elm Avenue".
_STREET = re.compile(
    r"\b(?:on|at|off)\s(?!(?:the|a|an|my|our|your|their|this|that)\b)[a-z][a-z'-]+"
    r"\s(?:street|avenue|road|boulevard)\b"
)
# Words before a setting's noun that name nothing specific: "the excellent teaching", "the
# outpatient clinic", "its strong commitment to teaching".
_STOCK_WORDS = PRAISE_ADJECTIVES | words(
    # Praise outside the topic's adjectives: it finds some in phrases of its own
    # ("unparalleled opportunities", "an ideal match"), and taking them in as adjectives
    # changes its findings.
    "terrific brilliant ideal unmatched unparalleled innovative vibrant state-of-the-art"
    " cutting-edge collaborative holistic fine nice better cool fun exciting dedicated"
    " structured balanced"
    # How much or how varied, of anything: "the busy clinic", "its diverse patients".
    " busy intense intensive broad extensive varied wide large rich complex many various"
    " several different diverse high quality"
    # Which one, of anything: "the whole unit", "the main campus", "the same rounds".
    " overall whole entire same first other main"
    # What any program has: "the outpatient clinic", "the resident clinic", "the weekly
    # didactics", "its world class facilities".
    " clinical academic didactic educational outpatient inpatient general resident residency"
    " program hospital medical training learning interview hands-on daily weekly free world"
    # Praise's own nouns: "its strong commitment to teaching".
    " excellence strength commitment dedication devotion passion emphasis focus approach"
    " reputation culture environment atmosphere standard standards"
)


# Words before a setting's noun that say nothing of what it is for: "its excellence in
# teaching", "the very strong teaching".
_NOT_MODIFIERS = words(
    # (and times, "over the last month", "the following rotation")
    "last past next coming following previous final"
    " of and or in on at for with to by from its their your our my the a an is are was were be"
    " very really truly highly particularly especially so most more such much well widely deeply"
    " exceptionally incredibly extremely"
)


def _specific(word: str) -> bool:
    """A word that says what a setting is for ("buprenorphine", "stroke", "Harbor")."""
    return len(word) > 2 and word not in _STOCK_WORDS and word not in _NOT_MODIFIERS


# Concrete detail without a proper name (the praise is then backed, not stock):
# - a count of something the program does: "40 deliveries per intern", "over 200 liver
#   transplants a year", "a 30-minute noon lecture", "a 24-bed unit";
# - a weekly event: "the protected Thursday afternoon academic half-day", "their Friday
#   soccer game" (not the day of the interview: "thanks for having me on Thursday");
# - the program's people doing something seen or told: "the handwritten cards the residents
#   left for each applicant", "the seniors answered every intern page", "interns present their
#   own patients", "the program director covered a resident's clinic". Being or seeming
#   something ("the residents were so welcoming", "residents clearly thrive there") is not.
_UNNAMED_DETAIL = re.compile(
    r"\b[0-9][0-9,]*(?:\+|%)? (?:[a-z-]+ ){0,2}?[a-z-]+s (?:per|a|an|each|every) "
    r"(?:intern|resident|year|month|week|day|shift|block|night|call|rotation)\b"
    r"|\b[0-9]+-(?:minute|hour|day|week|month|bed|seat|room|person|member|resident|site)\b"
    # A length of the curriculum: "two months of night coverage at the trauma center".
    r"|\b(?:[0-9]+|two|three|four|five|six|eight|twelve) (?:weeks|months) of [a-z]"
    # A unit or service named by what it treats: "the MICU and CCU months", "a dedicated
    # addiction consult service".
    r"|\b(?:micu|sicu|ccu|nicu|picu|cvicu|cticu|neuro-icu)\b"
    r"|\b[a-z-]+ consult (?:service|team)s?\b"
    # A regular event named by what it is: "free weekly therapy sessions for residents".
    r"|\b(?:daily|weekly|monthly|biweekly|quarterly) (?!(?:teaching|education|educational"
    r"|didactic|academic|feedback|learning|mentoring|mentorship|wellness|team)\b)[a-z-]+ "
    r"(?:sessions?|classes|meetings?|dinners?|lunches|games?|visits?|huddles?|check-ins?)\b"
    # A weekly event, not the day of the interview ("thank you for having me on Thursday").
    r"|\b(?:every|each|the|their|our|your|its|a) (?:[a-z-]+ )?(?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday) "
    r"(?!(?:interview|visit|call|and|or|to|at|in|on|for|with|was|is|i|we)\b)[a-z-]+"
    r"|\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b"
)
_PROGRAM_PEOPLE = (
    r"(?:residents|interns|seniors|juniors|attendings|chiefs|fellows|faculty|nurses"
    r"|program director|coordinator|pd|apd)"
)
# Being, seeming or liking is praise, not a deed; an -ed word can be an adjective of praise
# ("the faculty were dedicated", "residents committed to teaching").
_NOT_A_DEED = (
    r"(?:seemed|appeared|looked|felt|thrived|loved|enjoyed|liked|cared|had|got|made|said|told"
    r"|worked|supported|welcomed|treated|learned|learnt|dedicated|committed|talented|motivated"
    r"|engaged|relaxed|excited|interested|invested|devoted|experienced|respected"
    r"|accomplished|skilled|organized|organised|united|connected|involved|integrated|valued"
    r"|trained|prepared|based|focused|focussed|included|mentioned|seen|met|wanted|needed)"
)
# Deeds: a verb in the past ("left", "ate", "invited") or a present verb before its object
# ("interns present their own patients", "the seniors answer every page").
_PAST_DEED = (
    r"(?:[a-z]+ed|left|ate|ran|took|gave|showed|shown|brought|wrote|sent|taught|led|held|built"
    r"|kept|spent|went|came|drove|bought|cooked|sang|stayed|organized|organised|knew|wore|won"
    r"|paged|read|drew|sat)"
)
# Not a deed before "their", "our", "each": a preposition ("residents at our hospital") or
# the stock care of a program ("the faculty support their residents", "treat each other").
_NOT_A_PRESENT_DEED = (
    r"(?:are|have|get|make|do|seem|look|feel|love|enjoy|like|care|work|learn|grow|thrive"
    r"|support|help|respect|know|value|welcome|treat|encourage|trust|mentor|guide|push"
    r"|challenge|invest|appreciate|want|need|at|in|on|of|for|with|from|to|and|or|about"
    r"|among|by|including|during|across|within|who|that|which|i|we|you|both|as|than)"
)
_PEOPLE_DO = re.compile(
    rf"\b{_PROGRAM_PEOPLE} (?:(?:often|even|still|themselves|each|personally|actually|all)"
    rf" )?(?:(?!{_NOT_A_DEED}\b){_PAST_DEED}\b|(?!{_NOT_A_PRESENT_DEED}\b)[a-z]+ (?:their|our"
    rf"|us|every|each|all)\b)"
)
_QI_WORK = re.compile(r"\bqi (?:work|project|projects|initiative|initiatives|study)\b")


# A person named without a title: someone met ("meeting Maya", "talking with Priya and
# Jonah"), or a name beside a role ("Omar, the chief resident", "our coordinator, Lena").
_MEETS = frozenset({"met", "meet", "meeting"})
_WITH = frozenset({"with", *_MEETS})
_ROLE = (
    r"(?:residents?|interns?|chiefs?|chief residents?|seniors?|fellows?|attendings?"
    r"|coordinators?|nurses?|students?|directors?|mentors?|pgy-?[1-7]s?)"
)
_ROLE_AFTER = re.compile(
    rf", (?:a|an|the|one of (?:the|your|our)|your|our) (?:[a-z-]+ ){{0,2}}?{_ROLE}"
    r"(?:[,.;)]| (?:who|from|at|in|on|of)\b)"
)
_PROGRAM_AFTER = re.compile(
    r" (?:[a-z]+ ){0,2}(?:program|programme|residency|hospital|medical|health|university"
    r"|general|memorial|clinic|center|centre|team|family|people|faculty|residents|staff|medicine"
    r"|surgery|pediatrics|psychiatry)\b"
)
_ROLE_BEFORE = re.compile(rf"\b{_ROLE},? $")


def _names_a_person(letter: Letter) -> bool:
    analysis = analyse(letter)
    lemmas, starts, ends, view = analysis.lemmas, analysis.starts, analysis.ends, letter.view
    for index, lemma in enumerate(lemmas):
        if lemma != NAME or not letter.body_start <= starts[index] < letter.body_end:
            continue
        # The program's own name, not a person: "meeting Lakeshore's residents", "meeting
        # Hartwell Internal Medicine".
        if view.startswith("'", ends[index]) or _PROGRAM_AFTER.match(view, ends[index]):
            continue
        before = lemmas[index - 1] if index else ""
        if (
            before in _MEETS
            or (
                before == "and"
                and index > 2
                and lemmas[index - 2] == NAME
                and lemmas[index - 3] in _WITH
            )
            or _ROLE_AFTER.match(view, ends[index])
            or _ROLE_BEFORE.search(view, max(0, starts[index] - 30), starts[index])
        ):
            return True
    return False


def has_concrete_detail(letter: Letter) -> bool:
    """Names a person, a specific curriculum element or place, or a number in the body."""
    view = letter.view
    for pattern in (_UNNAMED_DETAIL, _PEOPLE_DO, _QI_WORK, _STREET, _SEEN_ON_THE_DAY):
        if pattern.search(view, letter.body_start, letter.body_end):
            return True
    for match in _CONCRETE_TERMS.finditer(view, letter.body_start, letter.body_end):
        if not _STOCK_BEFORE.search(view, max(0, match.start() - 20), match.start()):
            return True
    for match in _SETTING.finditer(view, letter.body_start, letter.body_end):
        modifiers = [word for word in match.groups() if word]
        if (
            _STOCK_WORDS.isdisjoint(modifiers)
            and _NOT_MODIFIERS.isdisjoint(modifiers)
            and any(map(_specific, modifiers))
        ):
            return True
    start, end = letter.norm.original_span(letter.body_start, letter.body_end)
    if _SITE_NAMED.search(letter.original, start, end):
        return True
    return any(
        not _THE_WRITER_BEFORE.search(
            letter.original, max(start, person.start() - 20), person.start()
        )
        for person in _NAMED_PERSON.finditer(letter.original, start, end)
    ) or _names_a_person(letter)


def has_us_tie(letter: Letter) -> bool:
    return US_TIES.search(letter.view, letter.body_start, letter.body_end) is not None


def says_no_visa_needed(letter: Letter) -> bool:
    view = letter.view
    for match in _VISA_WORD.finditer(view):
        before = view[max(0, match.start() - SENTENCE_REACH) : match.start()]
        if _NO_NEED_BEFORE_VISA.search(before) or _NOT_NEEDED_AFTER_VISA.match(view, match.end()):
            return True
    return False
