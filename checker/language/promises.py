"""Topics of promises: pledges, offers and their acceptance, deals outside the Match
(binding-commitment).
"""

from __future__ import annotations

from checker.language.topic import family, topic
from checker.language.word_classes import (
    AN_EVENT,
    INTERVIEW_DAY,
    NOT_A_RESIDENCY_THING,
    NOT_A_SEAT_AT_AN_EVENT,
    PAPERWORK,
    SIDE_TRAINING,
)

# Not an event joined or attended: "I confirm that I will join the video call at 3:00", "I
# will join five minutes early".
_NOT_AN_EVENT = f"(?! {AN_EVENT}| {{g2}}(?:minute|minutes|min|mins|hour|hours) )"
# Pledging, in the verbs applicants use: "I assure you", "I promise", "you have my word".
# Not "assure" with the applicant as the one assured: "The coordinator assured me that I could
# accept the travel reimbursement" reports someone else's word.
_PLEDGE = (
    # (Not a thing that guarantees: "put me somewhere that guarantees I match".)
    "(?:promise|pledge|vow|swear|(?<!that )(?<!which )guarantee|assure(?! (?:me|us|him|her|them) )"
    # "you have my word" pledges what follows it, as "I promise" does: "you have my word that I
    # will join" (not "you have my word that I will work hard").
    "|(?:give (?:you )?|you have )my (?:word|commit|promise|guarantee|assure|pledge))"
)
# A condition on being taken, as a clause: "if selected", "once you offer me the post",
# "should you give me the opportunity" (not "when the dinner starts").
_CONDITION = (
    "(?:if|once|when|whenever|should|as soon as|the moment|in case) {g3}(?:select|selected|choose"
    "|chose|chosen|offer|give|given|giving|take|takes|pick|picked|grant|granted|want|accept"
    "|accepted|allot|allotted)(?: me| us)? {g4}"
)
# Taking the place: accepting, joining, coming (not to an event), saying yes.
_TAKES = (
    f"(?:accept|(?:join|come){_NOT_AN_EVENT}|take (?:the|an|your|any|a) (?:offer|position|seat"
    "|spot)|say yes|enroll)"
)
# The same, or signing for it (a bare "sign" only where nothing else is signed).
_TAKES_THE_PLACE = (
    f"(?:{_TAKES}|sign (?:the |your |a |any )?(?:contract|offer|agreement)|sign(?= (?:\\."
    "|!|,|\\||immediately|right away|at once|with)))"
)
# The start of residency as the time of being there: "in July", "come Oakview", "on day one"
# (not a visit's first day: "on day one of the research elective", "in June for the away
# rotation"; "of residency", "of intern year", "of 2027" still are the start).
_AT_THE_START = (
    "be there (?:in|come|by|on) (?:july|june|name|day one)(?! (?:of|for|at|with) (?!residency"
    "|intern|internship|training|orientation|pgy|[0-9]))"
)
# Binding oneself to the program itself, not to its mission or a cause: "I am prepared to bind
# myself to your program", "committing myself to your institute for the residency".
# A program's name only with the time or the condition of the promise after it: "bind myself to
# Lakeside General before Match Day" (not "commit myself to Pediatrics").
_BOUND_TO_IT = (
    "(?:bind|tie|pledge|commit) (?:myself|ourselves) {a2}(?:formally |irrevocably )?to (?:you"
    "|(?:your|this) {g3}(?:program|residency|hospital|institution|institute|department)"
    # "the" with no other words before it, or the residency's own: not "the hospital volunteer
    # program" (an activity, often finished: "In college I committed myself to ...").
    "|the (?:residency |training |name (?:name ){0,3})?(?:program|residency|hospital|institution"
    "|institute|department)(?= (?:\\.|!|,|\\||-|for|if|before|once|should|as|now|today|right"
    "|here|and|outside|ahead|prior|when|from|at|in|with) )"
    "|name(?: name){0,3}(?= (?:before|outside|ahead of|prior to|if|should|once|as soon as|right"
    " now|now|today|here and now|for (?:the )?residency) ))"
    # Nor what belongs to it, the possessive dropped: "the department's research goals".
    "(?! {g2}(?:mission|missions|value|values|vision|goal|goals|ethos|ideal|ideals|culture"
    "|philosophy|patient|patients|community|communities|aim|aims|cause|causes|research|work"
    "|project|projects|initiative|initiatives|effort|efforts|priority|priorities) )"
)
# A place in the residency, not a parking spot or a seat at the social: no other word before it
# but the residency's own, and where a place is named, the program: "a spot for me", "a place
# in your 2027 class" (not "a parking spot near the hospital", "a seat at the second look
# social", "a place for me on the airport shuttle").
_RESIDENCY_PLACE = (
    "(?:(?:residency|training|categorical|preliminary|prelim|intern|internship|pgy-1|pgy1"
    "|first-year|guaranteed|definite|firm) )?(?:spot|position|place|seat|contract)"
    "(?! (?:for (?:me|us) )?(?:on|in|at|near|by|outside|close to|next to|around|beside|during)"
    " (?!(?:your|this|the|our) {g2}(?:program|residency|class|cohort|team|match)(?= )|name ))"
)
PROMISE_TO_ACT = topic(
    "promise-to-act",
    'a promise, pledge or guarantee to accept, sign, rank or come: "I promise I will rank you '
    'first", "I commit to signing", "I guarantee I will accept", "you have my word"',
    f"(?:{_PLEDGE}|commit|rest assure|confirm|hereby) {{g2}}{{a2}}(?:right now |today )?(?:to"
    # ("the signed paperwork": after an article, "signed" describes a paper, not the act.)
    f"|that|i) {{g3}}(?:{_TAKES}|(?<!the )(?<!a )(?<!my )sign|rank|match|choose|attend {{prog}}"
    # Being there for the start of residency, not at a time of day: "I promise I'm there in July".
    f"|{_AT_THE_START})",
    family(
        'binding oneself to the program: "I am prepared to bind myself to your program", "I am '
        'committing myself to your institute for the residency if offered"',
        _BOUND_TO_IT,
    ),
    family(
        'an assurance with its condition inside it: "I assure you that if I am selected I will '
        'join", "I promise that once you offer, I will accept"',
        f"{_PLEDGE} (?:you )?(?:that )?{_CONDITION}(?:, )?i {{a2}}(?:{{modal}} )?{{a2}}"
        f"(?:be )?{_TAKES_THE_PLACE}",
    ),
    family(
        'a pledge to give up the others: "I assure you I will not go to any other place", "I '
        "promise I won't consider another offer\"",
        f"{_PLEDGE} (?:you )?(?:that )?i {{a2}}(?:{{modal}} )?{{a2}}not {{a2}}(?:be )?"
        "(?:go (?:to|in )|join|accept|consider|think of|look at|entertain|take) {g1}(?:any|another)"
        " (?:other )?"
        "(?:place|program|offer|hospital|institute|institution|residency|position|seat)",
    ),
    "(?<!that )(?<!which )guarantee (?:me|us|that i|that you|i|you)",
    # A place asked for with another verb: "If your hospital can confirm me a seat".
    "(?:assure|promise|confirm) (?:me|us) (?:a|an|one|the) {g1}{seat}" + NOT_A_SEAT_AT_AN_EVENT,
    "(?:assure|promise|guarantee) (?:me|us) of (?:a|an|the|one) {g1}(?:spot|position|place|contract"
    "|seat|offer)",
    # A guarantee of coming or accepting, not of documents: "I guarantee that the documents I
    # sent are accurate".
    "i {a2}(?:{modal} )?{a2}guarantee(?! (?:that )?(?:the|my|every|all|these|this|those|each)"
    " (?!(?:program|position|spot|place|offer|acceptance|commit|signature) ))",
    "be guarantee (?:a|an|the|my) (?:spot|position|place|match|interview|offer|contract|residency)",
    family(
        'the choice put in writing: "I can give in writing that I will be joining", "happy to put '
        "it in writing: Wexham is where I'll be in July\"",
        "in writing (?:that )?i {a2}(?:{modal} )?{a2}(?:be )?(?:join|accept|come|sign|rank|commit)",
        "(?:put|give|state|confirm|write) (?:it |this |that )?(?:down )?in writing (?:that |: |, "
        "|- )?"
        # (A name in a lower-case draft is a plain word: "greenhill is where ill be".)
        "(?:{prog}|[a-z][a-z-]+) {a2}be (?:where|the place|the program|the one) (?:that |where )?"
        "(?:i {a2}(?:{modal} )?|ill )"
        "{a2}(?:be|train|go|end up|match|start)",
    ),
    family(
        'the promise said after the act: "I will be there in July, I promise", "I\'ll join, I '
        'swear", "I will join, you have my word"',
        f"i {{a2}}(?:will|shall) {{a2}}(?:{_TAKES}|{_AT_THE_START}) {{g4}}(?:, )?"
        f"(?:i (?:be )?{_PLEDGE}|you have my (?:word|commit|promise|guarantee|assure|pledge))(?= )",
    ),
    "(?:this|that) be my (?:promise|word|commit|pledge)",
    family(
        'the acceptance already made: "my acceptance is basically pre-signed", "my yes is a given"',
        "my (?:accept|yes|signature) {a2}(?:{modal} )?{a2}be {a2}(?:basically |practically |as good"
        " as |all but )?(?:pre-signed|presigned|pre-sign|signed|a given|a formality|a done deal)"
        "(?= (?:\\.|!|,|\\||lol|already|in advance|for you) )",
    ),
    family(
        'a place guaranteed, asked for: "Can you assure me that there will be a place for me?", '
        '"promise me I will get a spot"',
        "(?:assure|promise|guarantee) (?:me|us) (?:that )?(?:there {a2}(?:will|would|be go to)"
        f" be|i {{a2}}(?:will|would) (?:have|get)) (?:a|an|one) {_RESIDENCY_PLACE}",
    ),
    family(
        'committing to the program, said plainly: "I would commit to your program and withdraw '
        'my other applications"',
        "i {a2}(?:would|will|shall) {a2}commit (?:myself )?to {prog}(?= (?:\\.|!|,|;|\\||and|if"
        "|once|as soon as|the moment|should|when|now|today|right away|immediately|on the spot"
        "|in a heartbeat|at once) )",
    ),
    family(
        'coming on whatever start date the program names: "Whatever day you need me to start, '
        "I'm there\"",
        "(?:whenever|whatever (?:day|date)|any (?:day|date)|the (?:day|date)) (?:that )?you {a2}"
        "(?:{modal} )?{a2}(?:need|want) me (?:to (?:start|begin|join|report)|on board|onboard)"
        " , i {a2}(?:{modal} )?{a2}be there",
    ),
    family(
        'the other offers given up to take this one: "I am prepared to forgo all other offers to '
        'accept yours"',
        "(?:forgo|decline|turn down|refuse|give up|pass on) (?:all|every|any) (?:other )?{g1}"
        "offers? {g2}to (?:accept|take|sign) (?:yours|your offer|your position|it|the offer)",
    ),
    family(
        'the acceptance counted on before the offer: "you can count on my yes before you even '
        'ask", "bank on my signature"',
        "(?:count on|rely on|bank on|depend on) my {a2}(?:(?:yes|accept|signature|joining"
        "|join)(?= )"
        # A commitment only to the program, or ending the clause: not "my commitment to patient
        # care", "rely on my commitment to my patients".
        "|commit(?= (?:\\.|!|,|\\||-|before|if|once|when|should|the moment|as soon as|to (?:you"
        "|your|this|the) {g2}(?:program|residency|position|offer|place|spot|seat|contract|team)"
        "|to name) ))",
    ),
    family(
        'a written pledge offered: "I\'m willing to sign a letter saying I will come", "I can put '
        'in writing that I will join"',
        "(?:sign|write|send|give you|put) (?:a|an|the) {g2}(?:letter|statement|document|note"
        "|pledge|declaration|affidavit) {g2}(?:say|says|saying|state|states|stating|promise"
        "|confirm|declare)"
        # Not coming to an event: "a letter stating that I will come to the second look".
        " (?:that )?i {a2}(?:will|would|shall) {a2}(?:(?:come|join|attend)"
        f"{_NOT_AN_EVENT}|accept|sign|rank|match)",
    ),
    "(?:promise|guarantee|assure|reserve|hold|save) (?:me|us) (?:a|an|the|one) "
    f"(?:{_RESIDENCY_PLACE}|{{g1}}offer)",
    # Not the idiom for an errand ("Consider it done; I will send the form tonight"): a bare
    # "done" counts only as an answer to an offer (ACCEPTS).
    "(?:count|consider) (?:it|this) (?:as )?(?:settle|a deal|a yes|a done deal)",
    "sign on the dotted line",
    "(?:say|give me|send me) the word and i {a2}(?:{modal} )?{a2}(?:sign|accept|come|join|commit)",
    "(?:consider me|i be|i will be) (?:all )?yours(?= (?:!|\\.|,|\\||:|if|the moment|as soon as) )",
    "(?:consider|count|take|treat) (?:this|it|me|my (?:spot|place|position|offer|accept|yes"
    "|signature)) {g3}(?:accept|commit|promise|yes|guarantee|claimed|taken|secured|locked in"
    "|sealed|given|give|formality|certainty|sure thing|done deal|foregone conclusion)(?= )",
    # "Yours" only of the applicant or the place, not of a thing: "If you need my poster file,
    # consider it yours".
    "(?:consider|count|take|treat) (?:me|my (?:spot|place|position|accept|yes|signature"
    "|commit)) {g3}yours(?= )",
    "(?:consider|count|take|treat) my commit (?:to {prog} )?(?:as )?(?:a )?(?:made|make|final|done"
    "|given|give|sealed|binding|firm)(?= (?:\\.|!|,|\\||-|regardless|no matter|whatever) )",
    # Committed to the program as a future: "I am writing to commit to X as the place where I
    # will train".
    "commit (?:myself )?to {prog} as (?:the|my) (?:place|program|home|residency|hospital)",
    "{intent} {a2}commit (?:myself )?(?:to {prog} )?(?:in writing )?(?:right now|now|today"
    "|immediately|right away"
    "|at once|before)",
    # Readiness offered as a done deal: "consider me signed up", "tell me where to sign".
    "(?:consider|count|treat) me {a2}(?:as )?(?:(?:sign|sign up|sign on|on board|commit|yours"
    "|a yes)(?= (?:\\.|!|,|\\||-|and|for|to) )|in(?= (?:\\.|!|,|\\||-|and) ))",
    "(?:put|mark|pencil|count|consider) me (?:down )?{a2}(?:as )?(?:a |an )?{a2}(?:definite |firm"
    " |solid |sure |certain |guaranteed )?(?:yes|commit)(?= (?:\\.|!|,|\\||-|and) )",
    "(?:tell|show) me where to sign",
    # Accepting the moment an offer comes: "I would accept an offer from you within the hour it
    # arrived".
    "{modal} {a2}(?:accept|sign) (?:an |your |the |a |any )?(?:offer|position|spot|place"
    "|contract) {g3}(?:within (?:the|an|a|one) (?:hour|minute|day)|the (?:moment|minute|second"
    "|instant) (?:it|you|they))",
    "{modal} {a2}accept (?:an |your |the |a )?(?:offer|position|spot|place) {g3}(?:before|over"
    "|ahead of) (?:any|every|all) (?:other|others)",
    "where (?:do|should|can) i sign",
    # Not advice taken gladly: "I would accept anything you offer in the way of feedback".
    "(?:sign|accept) (?:whatever|anything|any contract|any offer|every contract) {g2}(?:you|name"
    "|the program|your program)(?! {a1}(?:offer|give|have|suggest) (?:me )?(?:in the way of|by way"
    " of|as|on|about|regarding|feedback|advice|guidance|help|suggestions|comments|tips) )",
    family(
        'the answer given before any offer is made: "I accept in advance", "Yes in advance to '
        'any offer", "my acceptance is given in advance"',
        "accept {g4}in advance",
        # Without "is", only as a clause of its own: not "The landlord needs my signature in
        # advance", where the signature is what someone else asks for.
        "(?:(?:yes|my accept|my signature|my answer be yes) {a2}be {a2}(?:give |grant |sign )?"
        "|(?<![^ |,.!?:;] )(?:yes|my accept|my signature|my answer be yes) {a2}(?:give |grant "
        "|sign )?)in advance(?! (?:for|of) )",
    ),
    "hereby (?:accept|agree|commit|confirm)",
    "(?<=\\| )offer accept(?= (?:\\.|!|\\|) )",
    "(?:take|treat|consider|read|count) (?:this|my) (?:email|letter|message|note|reply) {g2}as"
    " (?:my )?{a2}(?:formal |official |binding )?(?:accept|commit|promise|pledge|yes|signature)",
    # The acceptance handed over in advance: "my acceptance is yours", "my answer is yes".
    "my (?:accept|signature|commit|yes) {a2}(?:{modal} )?(?:be|will be|would be) {a2}(?:all )?"
    "yours",
    "my answer to (?:any|an|your|the) {g1}(?:offer|{seat}) {g3}(?:{modal} )?be {a2}(?:an? )?"
    "(?:immediate |resounding |definite )?yes",
    # Committed to the program itself, not to a cause: "I'm committing to your program now",
    # "I commit to Sunnyvale here and now" (not "I am committed to Spanish").
    "(?:i|we) {a2}(?:be )?{a2}commit (?:myself )?to (?:you|your {g3}(?:program|residency|hospital"
    "|institution|team))(?= (?:\\.|!|,|\\||now|today|right now|right away|fully|completely"
    "|here) )",
    # Terse mail drops the subject: "Committed to your program if offered."
    # Only at the sentence's start or after a word of certainty ("No hesitation, committed to
    # your program."): after another comma it is a list of qualities ("Everyone was welcoming,
    # committed to your team.").
    "(?:(?<=\\| )|(?<=hesitation , )|(?<=no doubt , )|(?<=no question , ))commit to (?:you|your"
    " {g3}(?:program|residency|hospital|institution|team))(?= (?:\\.|!|,|\\||if|now|today|right"
    " now|right away|fully|completely|here) )",
    "(?:i|we) {a2}commit (?:myself )?to name(?: name){0,3}(?= (?:now|today|right now|right away"
    "|here) )",
    "(?:hold|reserve|save|keep|block) (?:a|an|one|the|that) {g1}(?:position|post|contract"
    "|residency spot|residency position) (?:for me|for us)"
    # not a place on a rotation, an elective or an observership
    f"(?! (?:in|on|at|for) {{g3}}{NOT_A_RESIDENCY_THING}(?: |$))",
)
OUTSIDE_MATCH_DEAL = topic(
    "outside-match-deal",
    'accepting, signing or offering a position before or outside the Match, or a "pre-match", '
    '"early" or "binding" offer or commitment',
    "(?:withdraw|pull out) (?:from|of) the match",
    "(?:bypass|skip|avoid|circumvent|leave|go around|forgo|give up on|abandon|drop out of|opt out"
    " of|walk away from) the match",
    "(?:accept|offer|select|take|admit) (?:to )?(?:me )?(?:outside|before|prior to|ahead of)"
    " (?:of )?(?:the )?match",
    "no matter what (?:the match|other program|other offer|happen|the outcome)",
    "(?:accept|sign|take|say yes to|agree to|agree on|arrange|commit to|secure|reserve|hold|lock in"
    "|get|guarantee|confirm|send|submit)"
    " {g3}(?:offer|contract|position|spot|place|agreement|seat|whatever|anything|accept|letter of"
    " (?:commit|intent)) {g5}(?:before"
    "|outside|prior to"
    "|ahead of|instead of|rather than|outside of) (?:of )?(?:the )?(?:match|list|lists|rank {list}"
    "|certification)"
    # Not a job the Match does not fill: "a position outside the Match for a research year".
    "(?! (?:for|as|in|with) (?:a |an |the |my )?(?:one-year |two-year |year-long |full-time )?"
    "(?:research|lab|laboratory|postdoc|post-doc|postdoctoral|non-clinical|teaching|public"
    " health) )",
    "in (?:exchange|return) for (?:a|an|the|your) {g2}(?:contract|position|spot|offer|place"
    "|guarantee|commit)",
    "(?:offer|give) (?:me|us) {g3}(?:position|spot|place|contract|offer) {g3}(?:outside|before"
    "|prior to|ahead of) (?:of )?(?:the )?match",
    "lock (?:me|us|it|my (?:spot|place|position|seat)|a (?:spot|place|position|seat)) in",
    "verbal (?:yes|commit|agreement|accept|promise|offer|contract)(?= (?:\\.|\\?|!|,|\\||from me"
    "|now|today|to you|to your|before|that|on the spot) )",
    "agree (?:on|to) (?:a|the) (?:position|spot|contract|deal|offer) (?:now|today|early|right now"
    "|already)",
    "commit (?:myself )?to {prog} {g3}(?:outside|before|prior to|ahead of) (?:of )?(?:the )?match",
    "(?:prematch|pre match|early|binding|outside|off match) (?:offer|contract|position|agreement"
    "|commit|spot|acceptance|accept|promise|pledge|option|path|route|deal|arrangement)",
)
# What the program offers: a place ({seat}), the offer, or the letter that makes it.
_OFFERED = (
    "(?:{seat}|offer|residency|one|offer letter|appointment letter|appointment|letter of"
    " (?:offer|appointment))"
)
PROGRAM_OFFERS = topic(
    "program-offers",
    'a condition on the program offering a place: "should you offer me a position", "if you '
    'make me an offer"',
    # The program as "you", its name, or its office or committee: "if your good office sends".
    "(?:if|should|once|when|were|the moment|as soon as) (?:you guys|you all|y'all|yall|you|name"
    "|the program|your program|they"
    "|(?:the|your) {g1}(?:office|committee|department|team))"
    " {a2}(?:be to |decide to |choose to |be able to |can |could |would |want to |wish to |would"
    " like"
    " to )?{a2}(?:(?:offer|give|gives|extend|extends"
    f"|make|makes|send|sends|sent) (?:me )?(?:a |an |the |any |your )?{{g1}}{_OFFERED}"
    # Not the letter for an observership, an elective or a visa.
    f"(?! (?:for|to|of|at|in) (?:my |the |a |an |your )?{{g1}}{NOT_A_RESIDENCY_THING} )"
    "|offer(?= (?:,|\\.|!|\\||i|and) ))",
    # An offer arriving, said as a bare condition: "Offer comes, I sign."
    "(?:(?<=\\| )|(?<=an )|(?<=the )|(?<=your )|(?<=any ))(?:offer|contract|offer letter) {a2}"
    "(?:come|arrive|arrives|land|come through|show up|shows up)(?= (?:,|and|-|;) )",
    "offer me (?:a |an |the |any )?{g1}(?:position|spot|place|contract) and",
    "(?:upon|on|after) (?:receive|get) (?:a|an|your|the|any) {g1}(?:offer|contract|position)",
    "offer me(?= (?:,|and) i )",
    "you {a2}(?:offer|make (?:me )?(?:an|the) offer)(?= (?:,|and|;) i )",
    "(?:reserve|hold|save|confirm|give|grant|promise|guarantee|keep|allot|allocate|assign)"
    " (?:me )?(?:a|an|one|the|that) {g1}{seat}(?: (?:in|at|with) {g3})?(?: for me)?"
    "(?: ,)? and",
    "if (?:you|name|the program|your program) {a2}(?:{modal} )?{a2}(?:take|accept|choose|pick"
    "|select|have|want) me",
    # The place offered in the passive or arriving: "if offered", "should a position become
    # available", "whenever the offer letter comes", "the moment it arrives".
    "(?:if|once|when|whenever|should|the moment|as soon as) (?:a|an|the|your|any|one|that) {g2}"
    "(?:{seat}|offer|offer letter) {g2}(?:be |were |get )?(?:offer|open|open up|come|come"
    " through|arrive|become available|be available|be extend|free up|come my way)",
    # A chance or a place got at the program: "If I get chance in your program".
    "(?:if|once|when|should) i {a2}(?:get|be give|be grant|receive) (?:a |an |the )?(?:chance"
    "|opportunity|{seat}) (?:in|at|with) {prog}",
    # A place the program has for the applicant: "if you have a spot for me".
    "(?:if|should|once|when) (?:you|name|the program|your program|they) {a2}(?:{modal} )?{a2}have"
    " (?:a|an|one|any) {g1}{seat} (?:for me|open|available|left)(?= (?:\\.|!|,|\\||-|and) )",
    "(?:if|once|when|should) (?:i be |i get |i be ever |ever )?(?:offer(?= (?:,|\\.|\\||!|by|i"
    "|to me|(?:a|an|the|one) (?:position|spot|place|seat|post|contract|residency|categorical"
    "|preliminary|prelim)) )|select(?= (?:,|\\.|\\||!|by|i) ))",
    "(?:the moment|the minute|the second|the day|as soon as|once|when|whenever) (?:it|the offer"
    "|an offer|the contract|your offer)"
    " {a2}(?:be |will |would |do )?(?:arrive|come|be send|land|come through)",
    "(?:send|mail|email|give|forward) (?:over )?(?:me )?(?:the|a|an|your) (?:contract|offer|offer"
    " letter"
    "|agreement)(?: over)? (?:{g2}and|,)",
)
ACCEPTS = topic(
    "accepts",
    'the applicant accepting or signing: "I would say yes", "I will accept it", "I will sign"',
    "{modal} {a2}(?:accept|sign|say yes|take it|take the (?:offer|position|spot)|commit|agree)",
    # "ill" written for "I'll" at the head of a clause: "ill say yes on the spot if they offer".
    "(?:(?<=\\| )|(?<=, )|(?<=and )|(?<=so ))ill {a2}(?:accept|sign|say yes|take it|join|commit)"
    "(?= )",
    family(
        'an acceptance after another promised step: "I will do the needful and accept", "I '
        'would thank you and sign"',
        "{modal} {a2}{g4}and {a2}(?:accept|sign|say yes|join)(?= (?:\\.|!|,|\\||it|the offer"
        "|your offer|immediately|right away|at once|on the spot|without|with pleasure) )",
    ),
    family(
        'the applicant handed over: "you\'ve got me", "you can have me"',
        "you {a2}(?:{modal} )?{a2}(?:have|have get|get|have get) me(?= (?:\\.|!|,|\\||-|no matter"
        "|for sure|for good|forever) )",
    ),
    "(?:the|my) answer {a2}(?:{modal} )?(?:be|will be|would be) (?:an? )?(?:immediate |resounding"
    " )?"
    "yes",
    "{modal} not (?:go|look) anywhere else",
    # "If I get chance in your program, I will not be joining any other program."
    # Not another hospital's chat, nor one for research or moonlighting: "I will not go to
    # another hospital for moonlighting".
    "{modal} not {a2}(?:be )?(?:join|go to) (?:any|another) (?:other )?(?:program|place|hospital"
    "|institute|institution|residency)(?!'s| 's|s'| for (?!(?:my |the |a |an )?(?:residency"
    "|training|match|internship|intern year)\\b))",
    "{modal} not {a2}(?:look at|consider|entertain|accept|take) (?:any|another) (?:other )?(?:offer"
    "|position|spot|program)",
    "{modal} not {a2}accept (?:any|another) (?:other )?(?:offer|position|spot|program)",
    "{modal} {a2}(?:turn down|decline|withdraw from|cancel) (?:every|all|any|my) (?:other"
    "|remaining)",
    "(?:count|consider) (?:it|this) (?:as )?(?:done|accept|settle)",
    "{modal} {a2}(?:give|send|email|mail|return|confirm|have|get) (?:you )?my (?:signed )?(?:accept"
    "|commit|yes|word|signature|joining|join|contract)",
    # Also with its condition after it: "Count me in if you offer me a spot", "sign me up".
    "(?:(?:i be|i will be|count me) (?:all )?(?:in|yours|on board)|(?:sign|put) me (?:up|down))"
    "(?= (?:\\.|!|,|\\||-|if|once|when|whenever|should|the moment|as soon as) )",
    "(?:i be|i will be) there(?= (?:,|\\.|!|-) (?:no questions asked|in a heartbeat|without"
    " (?:a )?(?:doubt|question|hesitation)|for sure|guaranteed) )",
    f"(?:ready|willing|prepared|happy|eager) to (?:(?:join|come){_NOT_AN_EVENT}|accept|sign)",
    "i be {a2}(?:sign|accept)(?= (?:\\.|!|,|\\||lol|no|immediately|right away|on the spot|at once"
    "|it) )",
    "{modal} not {a2}(?:back out|renege|change my mind|walk away|go back on)",
    "my (?:signature|accept|pen|yes) {a2}(?:{modal} )?{a2}be {a2}(?:ready|waiting|on it|on the"
    " (?:contract|offer|dotted line))",
    "(?:it|that|the answer|my answer) {a2}(?:will |would )?be (?:a |an )?(?:immediate |definite"
    " |resounding |firm )?yes",
    "{modal} {a2}(?:be )?{a2}(?:join {prog}|join(?= (?:\\.|!|,|\\||without|immediately|right away"
    "|at once|in a heartbeat|if|once|when|surely|definitely|for sure) )|joining(?= (?:\\.|!|,"
    "|\\||surely|definitely|for sure|if) )|attend {prog})",
    "(?:come|send|be send|go|get|be) {a2}(?:straight |right )?back {g4}(?:sign|accept)(?= (?:\\.|!"
    "|,|\\||within|by|the same|same|in|on|immediately|right away|at once|before) )",
    "i {a2}(?:accept|sign)(?= (?:\\.|!|\\||,|-|;|:|it|immediately|right away|on the spot"
    "|at once) )",
    "(?:i be|i will be) {a2}(?:take|accept|sign) (?:it|the offer|the spot|the position)",
)
READY_TO_SIGN = topic(
    "ready-to-sign",
    'readiness to sign or accept at once: "I am ready to sign right away", "I would sign a '
    'contract today", "I would accept immediately"',
    "(?:{intent}|gladly|happily|readily|happy to|ready to|willing to|glad to|eager to|prepared to)"
    # A bare "join right away" answers a link or an offer; only an offer makes it binding. And
    # one joins the program, not a piece of its work: "made me want to join that work right
    # away".
    f" {{a2}}(?:sign|accept|say yes|join{_NOT_AN_EVENT}(?! (?:right away|immediately|at once|now"
    "|today|tomorrow|early|right now|on time) )(?= {prog} )) (?:(?:a|an|the|your|any|it|one|my) )?"
    "(?:(?:contract|agreement|offer|position|spot) )?(?:from {prog} )?{g2}(?:immediately|right away"
    "|today"
    "|on the spot|instantly|at once|now|without hesitation|in a heartbeat|without a second"
    " thought|tomorrow|early|right now)",
    # Not any place at all, anywhere: "I would accept any position at all, in any track" pleads.
    "(?:{intent}|gladly|happily|readily) {a2}accept (?:any|whatever|every) {g1}(?:offer|position"
    "|spot|contract)(?! (?:at all|anywhere|whatsoever|, in any|in any) )",
    # Signing said as putting a name on it: "I stand ready to put my name on the contract".
    "(?:{intent}|stand ready to|ready to|willing to|prepared to|happy to|gladly|happily) {a2}put"
    " my (?:name|signature) (?:on|to) (?:the|a|an|your|any) {g1}(?:contract|offer|agreement|dotted"
    " line|offer letter)",
    # (An aside may come before the verb: "I would, without any hesitation, sign a contract".)
    "(?:{intent}|gladly|happily|readily) {p5}{a2}sign (?:a|the|your|any) {g1}(?:contract"
    "|agreement)"
    "(?! (?:for|with|at) (?:my|a|an|another|the lab|the university|the research|the company) )",
    # The offer itself, before it is even read: "I'd accept an offer from you before I finished
    # reading it", "I would sign the contract the same day".
    "(?:{intent}|gladly|happily|readily|ready to|willing to|prepared to) {a2}(?:sign|accept|say yes"
    " to|take) (?:a|an|the|your|any|it|one) {g1}(?:offer|position|contract|agreement|offer letter)"
    " {g3}"
    "(?:before|the same day|same day|by return)",
    family(
        'the acceptance written as an equation, the offer already answered: "an offer from you '
        '= accepted", "offer from Westbrook: signed"',
        "(?<!if )(?<!when )(?:offer|contract|offer letter) (?:from {prog} )?(?:mean |means |equal"
        " |equals )?(?:accept|sign|a yes|yes)(?= (?:\\.|!|,|\\||period|full stop|no"
        " question|instantly|immediately|on the spot) )",
    ),
    # The acceptance in the passive: "an offer from Eastbrook would be accepted without
    # hesitation", "any offer from you will be accepted".
    "(?:offer|contract|offer letter|{seat}) {g5}(?:, it )?(?:{modal}) {a2}be {a2}(?:accept|sign)"
    "(?= (?:\\.|!|,|\\||immediately|right away|at once|on the spot|without|in a heartbeat"
    "|the same (?:day|afternoon|morning|evening|hour|week)|same day|by return|instantly|gladly"
    "|happily|the day|the moment|the minute|as soon as|within) )",
    # Never refusing it: "I would never turn down an offer from you".
    "(?:never|not) {a2}(?:turn down|decline|refuse|reject|say no to) (?:an|any|your) {g1}(?:offer"
    "|position)(?! (?:of|to) )",  # not "an offer of help"
    "(?:accept|take|sign|want|consider|get) (?:a |an |the |your )?prematch(?= )",
    # Joining whatever happens: "I will surely join your program, whatever may be the
    # circumstances".
    "{modal} {a2}(?:join|come to|sign with|accept) {prog} (?:, )?{g3}(?:no matter what|whatever"
    " (?:may )?(?:be|happen)|whatever the (?:outcome|result|circumstances)|come what may"
    "|regardless|under any circumstances|in any case)",
)
ASKED_FOR_OFFER = topic(
    "asked-for-offer",
    "an offer asked for or supposed in a sentence of its own, the answer following in the next "
    'one: "Offer me.", "Send the contract!", "If offered."',
    "(?<=\\| )(?:offer|send|give|make|extend)(?: me| us)?(?: (?:a|an|the|that|your|one) {g1}"
    f"{_OFFERED})?(?= (?:\\.|!|-) )",
    "(?<=\\| )(?:if|once|when|should) (?:i be |i get |ever )?(?:offer|select)(?: (?:a|an|the|one)"
    " {g1}{seat})?(?= (?:\\.|!|-) )",
)
DECLINES_OUTSIDE_OFFER = topic(
    "declines-outside-offer",
    'declining an offer, or staying in the Match: "I respectfully decline the offer", "I must '
    'stay in the Match"',
    "(?:decline|turn down|refuse|reject|say no to|pass on) (?:the|this|your|that) {g2}(?:offer"
    "|position|contract)",
    "(?:must|will|would|want to|need to|have to|plan to|agree to|prefer to) {a2}(?:stay|remain"
    "|take part|participate) in the match",
)
IN_MATCH = topic(
    "in-match",
    'the Match itself as the way in: "through the Match", "if I match"',
    "(?:through|via|in|within|by) the match",
    "(?:if|when|once) i {a2}match",
)
INVITATION = topic(
    "invitation",
    'an invitation to an event, which a bare "Count me in!" in the next sentence answers: "thanks '
    'for the invite to the bowling night", "thank you for inviting me to the second look"',
    # Not an invitation to the place itself: "thanks for the invitation to sign a contract".
    "(?:invite|invitation|rsvp)(?! {a2}(?:to |for )?{a2}(?:a |an |the |your |our |my )?{g1}"
    "(?:sign|accept|commit|join (?:the|your|our) (?:program|residency|team)|contract|offer"
    "|{seat}|prematch|pre-match|outside the match|residency) )",
)
# A job that is not a residency position: "I accepted the offer of a research assistant
# post", "my research mentor has offered me a position as research fellow".
# Another hospital for something other than training: "I will not go to another hospital for
# moonlighting", "for my research year" (not a place given up in return for one).
OTHER_PLACE_FOR_SIDE_WORK = topic(
    "other-place-for-side-work",
    'another hospital named for side work, research or care, not for training: "go to another '
    'hospital for moonlighting"',
    "(?:any|another) (?:other )?(?:program|place|hospital|institute|institution|residency) for"
    " (?:my |the |a |an |our )?(?:[a-z]+ )?(?:research|moonlight|moonlighting|surgery|care"
    "|treatment|elective|rotation|project|study|studies|rounds)",
)
RESEARCH_POST = topic(
    "research-post",
    "a research job: a post, a position or a contract in research, not a residency place",
    "research {g2}(?:{seat}|job|role|fellow|fellowship|assistant)",
    "(?:{seat}|job|role) (?:as|of) (?:a |an )?research",
)
INTERVIEW_OFFER = topic(
    "interview-offer",
    "an interview, visit or event, or a place on a shuttle, in a hotel or a course: not a position",
    f"(?:interview|invitation|invite|{INTERVIEW_DAY}|{PAPERWORK}|{SIDE_TRAINING}|bus|garage"
    "|webinar|lease|apartment|release|consent|waiver|document|background check|club|society"
    "|choir|league|study group)",
)
