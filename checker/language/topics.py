"""Topic lexicons of asking, chasing, pleading and praise, written in lemmas (notation:
checker.language.notation; what a topic is: checker.language.topic). The meaning rules' topics
live beside it: rank_claims, exclusive_claims, rank_questions, exchanges, promises.
"""

from __future__ import annotations

from checker.language.lexicon import words
from checker.language.praise_words import PRAISE_ADJECTIVES
from checker.language.topic import topic
from checker.language.word_classes import INTERVIEW_DAY, PAPERWORK, RANK_VERB

# Besides the shared adjectives: "special", which is praise in "such a special place" but
# also part of a unit's name ("the special care nursery"), so not a stock word of
# checker.rules.evidence; and "top tier", a phrase, where evidence weighs single words.
_PRAISE_WORDS = "|".join(sorted({*PRAISE_ADJECTIVES, "special", "top tier"}))
_PRAISE = f"(?:{_PRAISE_WORDS})"
_NOT_AFTER_A_PREPOSITION = "".join(
    f"(?<! {preposition} {determiner} )"
    for preposition in ("at", "in", "for", "of", "from", "with", "about")
    for determiner in ("your", "the", "this")
)
# The applicant's own fit: "I would be a great fit", "my background would make me a great fit".
_NOT_THE_APPLICANT_S_FIT = "".join(
    f"(?<! {subject} a {adverb})"
    for subject in ("i be", "i would be", "i will be", "i can be", "make me", "makes me")
    for adverb in ("", "really ", "very ", "truly ", "genuinely ", "particularly ")
)
_INTENSIFIER = "(?:(?:very|truly|really|such|so|extremely|incredibly|most|highly|an|a) )"
_PRAISED = f"{_PRAISE} (?:(?:and|,) {_INTENSIFIER}?{_PRAISE} )?"
# Had by the applicant: "the job gave me", "provided me with", "I gained" (not "your program
# will give me", which praises the program).
_GIVEN_ME = "(?<!(?<!will)(?<!would)(?<!can)(?<!could)(?<!may)(?<!might) give me )" + "".join(
    f"(?<! {before} )"
    for before in (
        "provided me with",
        "i get",
        "i gain",
        "i gained",
        "i have gained",
        "i receive",
        "i have get",
    )
)

# --- asking --------------------------------------------------------------------------------
REQUEST = topic(
    "request",
    'an indirect question or request: "could you let me know", "I was wondering", "I\'d '
    'appreciate knowing", "please advise", "I would value knowing", "I hope to learn"',
    "let me know",
    "(?:tell|inform|update|advise|remind) (?:me|us)",
    "share",
    "please advise",
    "advise",
    "wonder",
    "curious",
    "appreciate (?:know|hear|learn|any|it if|if|your|some|a|an|insight|feedback|information)"
    # Thanks for what the program already did: "I appreciate your letting me know that ...".
    "(?<!appreciate your)(?! (?:letting|tell|inform|sharing|reach|writing|take) )",
    "appreciate your(?! (?:letting|tell|inform|sharing|reach|writing|take) )",
    # "2" for "to" in phone mail: "wud love 2 know".
    "(?:like|love|want|need|keen|eager|glad|grateful|happy|wish|request|seek|anxious) (?:to|2)"
    " (?:know|learn|hear|understand)",
    "(?:request|wish|like|love|want|seek) to be (?:inform|informed|told|advised|updated)",
    # News welcomed as a thing received: "I will be grateful to receive any news", "glad to get
    # any update", "I would appreciate being informed of any progress" (STATUS names the news).
    "(?:glad|grateful|thankful|happy|thrilled|pleased|delighted|obliged) (?:to|2) (?:receive|get"
    "|have)(?= (?:any|an|some) )",
    "appreciate (?:be|being) (?:inform|informed|told|advised|updated|notified)",
    # Knowing would help: "it would help me plan to learn", "I would sleep better knowing".
    # Not news received about what others do: "It meant a great deal to hear that the program
    # plans to rank me highly".
    "(?:help|helpful|reassure|reassuring|relief|relieved|calmer|ease|mean) {g4}to (?:know|learn"
    "|hear|understand)(?! that (?:the|you|your|name|dr|faculty|they|he|she|it|everyone) )",
    "(?:revert|get back to me|respond|reply) (?:with|on|about|regarding)",
    "(?:sleep|rest|feel) (?:better|easier) (?:know|to know|hear|to hear)",
    "hope you (?:can|could|will|would|might) (?:tell|share|let|confirm|say)",
    "value (?:know|hear|learn|any|your|a)",
    "grateful for (?:any|an|your|some)",
    "(?:ease|put|set|calm) my mind",
    "(?:be|it be) (?:possible|okay|ok|appropriate) (?:for me )?to (?:know|learn|hear|ask|find out)",
    "(?:might|would|could|can|will) you {a2}(?:tell|share|say|indicate|reveal|confirm|give|let)",
    "interested (?:in know|in hear|in learn|to know|to hear|to learn)",
    "hope to (?:hear|learn|know|find out|understand)",
    "(?:give|send|drop) (?:me|us) (?:a |an |some |any )?(?:sense|idea|indication|update|insight"
    "|feedback|head up|heads-up|hint|clue|picture|glimpse|signal)",
    "any (?:idea|insight|sense|indication|feedback|information|hint|thought)",
    # A hint asked about something: "even a hint about whether I should ...".
    "(?:a|some) (?:hint|idea|sense|indication|clue|signal) (?:about|on|as to|regarding|of)"
    " (?:whether|if|how|where)",
    "(?:love|like|appreciate|welcome|value) {g3}(?:feedback|insight|insights|input|thoughts|hint"
    "|idea|sense|indication|clue)",
    "keep me (?:posted|update|informed)",
    "find out",
    # Not telling: "I wanted you to know where I stand".
    "know(?<!let you know)(?<!you know)(?<!you to know)(?<!u to know) (?:how|where|whether|if"
    "|what)",
    "(?:may|can|could) i (?:know|ask|learn)",
    # Not a statement opened by "please": "Please know that ...", "Kindly note that ...";
    # nor a closing that asks only to be remembered: "Please keep me in mind as your
    # committee makes its decisions" (its "as" clause is a time, not a question).
    "(?:please|kindly)(?! (?:know|note|be assured|rest assured|accept|find|excuse|forgive"
    "|keep (?:me|my (?:application|name|file|candidacy)) in (?:mind|consideration|your"
    " thoughts)|remember me) )",
    f"(?<=\\| ){RANK_VERB} me",
    "ask (?:you|if|whether|where|how|about|when)",
    "(?:request|beseech|urge) (?:you|that you)",
    "(?:see|check|confirm|clarify|inquire|enquire) (?:if|whether|about|where|how|when)",
)

# --- chasing the program -----------------------------------------------------------------
REVIEWED_MY_APPLICATION = topic(
    "reviewed-my-application",
    'asking whether the program has looked at the application: "did you review my application", '
    '"have you had a chance to look over my file"',
    "(?:do|have) (?:you|name|anyone|the {g1}committee|the program|your team|the team) {g5}(?:review"
    "|look at|look over|go over|go through|see|read|receive|consider|get|open|evaluate|discuss"
    "|assess) {g2}my"
    " (?:last |previous |earlier |recent |prior |first |second )?(?:application|file|material"
    "|materials|document|documents|email|message|letter|cv|update|candidacy|note|app|one)",
    "(?:could|can|would) (?:you|someone|somebody|anyone) {a2}(?:take a look at|look at|look into"
    "|check on|review) my (?:application|file|app|candidacy)",
    "(?:do|have) my (?:application|file|email|message|materials|documents|app) {a2}(?:ever )?(?:get"
    "|be) (?:look at|review|read|see|open|receive)",
    # The same about "it" or "them", an application named in an earlier sentence.
    "(?:do|have) (?:you|name|anyone|the committee|the program|your team|the team) {g5}(?:review"
    "|look at|look over|go over|go through|read|receive|consider|open|evaluate) (?:it|them)"
    " {a1}yet",
    "(?:whether|if) (?:it|they|this|these|the same) {a2}(?:have )?(?:be )?(?:review|receive|see"
    "|read|look at|look over|process|consider|evaluate)(?= (?:\\?|\\.|\\||,|yet|and|by (?:you|the"
    " committee|the program|anyone)) )",
)
# The day's arrangements, not the application: "checking in about the hotel block", "an update
# on the second look schedule", "touch base about the date change" ask about logistics.
_LOGISTICS = (
    f"(?:{INTERVIEW_DAY}|{PAPERWORK}|schedule|date|time|interview day|agenda|itinerary|event"
    "|open house|orientation|booking|book|reservation|travel|badge|weather|snow|storm|road"
    "|roads|traffic|dress code|attire|zoom link|link|directions|address|location|venue)"
)
_ABOUT_LOGISTICS = (
    " (?:the |your |our |my |a |an )?(?:(?:rescheduled|upcoming|revised|next|virtual|in-person"
    "|postponed|cancelled|canceled|planned|final) )?(?:call |interview |visit |travel )?"
    f"{_LOGISTICS}(?: |$)"
)
# After the chasing words or "with you": "check in with you about the call schedule".
_NOT_ABOUT_LOGISTICS = f"(?!(?: (?:about|regarding|on))?{_ABOUT_LOGISTICS})"
# Silence from the program, not "waiting to hear from the relocation office".
_FROM_THE_PROGRAM = (
    "(?! (?:back )?from (?!(?:you|your|anyone|the program|the committee|the residency|dr)))"
)
# Distress now, not "panic less on night shifts" or "losing my mind over this crossword".
_PANIC_ENDS = (
    "(?= (?:\\.|!|,|\\||and|(?:about|over) (?:the |my |this )?(?:match|matching|application"
    "|applications|result|results|decision|silence|wait|waiting|cycle|season|interview)) )"
)
# "any decision yet on whether the second look will be virtual" asks about the day too.
_ON_LOGISTICS = f"(?: (?:on|about|regarding|for)(?: whether| if)?{_ABOUT_LOGISTICS})"
# Why the applicant writes again, when it is not to chase: "just following up to thank you".
_NOT_TO_THANK = (
    "(?! (?:to|and) (?:thank|say|express|share|let you know|tell you|send (?:you )?"
    "(?:the|my|a)|correct|add|introduce|wish|reaffirm|reiterate|restate) )"
    # Enthusiasm as the reason: "I had to write again because I cannot stop thinking about it".
    "(?! (?:because|as) i (?:can not stop|could not stop|keep|still keep) (?:think|talk|smile) )"
    # Another errand told after it: "sorry to write again, but I noticed the dates differ".
    "(?! , but i (?:notice|noticed|realise|realised|realize|realized|see|saw|forget|forgot|find"
    "|found|make|made|mix|mixed|need|have a|want to (?:correct|ask about|confirm|check (?:the|my)"
    " (?:date|time|flight|hotel|form))) )"
)
# "Just checked in for my flight", "checking in at the hotel": travel, not the application.
_NOT_TRAVEL = f"(?!(?: (?:for|at|into))?{_ABOUT_LOGISTICS})"
# What a chase is about, after "touch base", "circle back" or "check in" and "about": the
# application, the decision or the earlier mail, or nothing named ("touch base."). Anything
# else is another errand: "touch base about my dietary needs", "circle back on the question
# you asked" answer or arrange something.
_ABOUT_THE_APPLICATION = (
    "(?= (?:\\.|!|,|\\?|\\||again|once more|to see|to ask|to check|(?:about|on|regarding|re)"
    " (?:my |the |your |any )?(?:name )?(?:application|candidacy|file|status|app|decision"
    "|decisions|timeline"
    "|review|process|next step|next steps|rank|ranking|list|match|invitation|invitations|invite"
    "|interview (?:invitation|invitations|decision|decisions|result|results|outcome)|offer|offers"
    "|previous|last|earlier|email|message|note|letter|where|whether|if|how|when|what|things"
    "|update|updates|news|progress|interest|below|above|this|it|that)) )"
)
# Still in the running for a place, not "in the running for chief" or a grant.
_IN_THE_RUNNING = (
    "in the running(?! for (?!(?:a |an |the |your )?(?:position|spot|place|interview"
    "|match|residency|program)))"
)
# News of the day's arrangements, a few words before: "any updates to the research day agenda".
_NEWS_OF_LOGISTICS = (
    f" (?:to|on|about|regarding|for|of) (?:the |your |our )?(?:[^ |]+ ){{0,2}}{_LOGISTICS} "
)
STATUS = topic(
    "status",
    'news, a decision or the status of the application: "any news on my application", "when can '
    'I expect a decision", "any updates", "has a decision been made"',
    # Not news about the day itself: "is there an update on the second look schedule?"
    # Asked for, not given: "I wanted to share an update", "writing with an update".
    "(?<!share )(?<!give you )(?<!send you )(?<!with )(?<!provide )(?<!pass along )"
    "(?:any|an) {g1}{news}(?! from (?:me|my))"
    f"(?!{_ON_LOGISTICS})(?!{_NEWS_OF_LOGISTICS})"
    # Nor news of the program itself: "any news on the new clinic building?"
    "(?! (?:on|about|regarding) (?:the |your )?new )",
    "(?:expect|hear|receive|get|know|learn) {g3}(?:{news}|outcome|result)"
    f"(?!{_NEWS_OF_LOGISTICS})"
    # Not the outcome of something else: "I hope to hear the outcome of my brother's surgery".
    "(?! (?:of|on|about|regarding) (?:my|the|his|her|their|our) (?!(?:application|interview"
    "|candidacy|file|app|status|decision|match|ranking) )[^ |]+ (?!(?:application|interview"
    "|candidacy|file) ))",
    "status of my (?:application|candidacy|file|app)",
    "my (?:application|candidacy|app) status",
    # "Where is my application at?", a bare "Status?" in phone mail.
    "where (?:be|do) my (?:application|candidacy|file|app)(?= (?:at|stand|now|currently|\\?) )",
    # "where my application is standing at present" (the progressive, as IMGs often write).
    "where my (?:application|candidacy|file|app) {a2}(?:be )?(?:stand|be|sit)"
    "(?= (?:\\.|\\?|!|,|\\||now|at|in) )",
    "my (?:application|candidacy|file|app) - status",
    "(?:present|current) (?:position|state|stage) of my (?:application|candidacy|file)",
    "(?<=\\| )still under (?:review|consideration)(?= \\? )",
    "(?<=\\| )(?:status|update|updates|news)(?= \\? )",
    "(?:be there|have there be) {g1}{news} (?:on|about|regarding)"
    " my (?:application|candidacy|file|status)",
    # How the application is getting on: "How is my application coming along?", "What is
    # happening with my application?", "Has anything come of my application?"
    "(?:how|what) {g2}my (?:application|candidacy|file) {a2}(?:be |have )?(?:come along|coming"
    " along|progress|progressing|go|going|gone)",
    "(?:happen|happening|go on|going on) with my (?:application|candidacy|file)",
    "(?:anything|something) {a1}come of my (?:application|candidacy|file)",
    "my (?:application|candidacy|file) {a2}(?:have )?(?:go|gone) anywhere",
    "where {g2}(?:committee|program|you) {a2}be (?:in|with) (?:review|reviewing|the review|the"
    " process)",
    "be my (?:application|file|candidacy) (?:complete|completed) and {a1}(?:be )?(?:review|reviewed"
    "|consider|considered|process|processed)",
    f"{{news}} yet(?!{_ON_LOGISTICS})",
    "(?:any|a|the) {timeline} (?:for|of|on) (?:a |the |your )?{news}",
    "(?:anything|something) {a2}(?:change|changed|happen|happened|move|moved|new) (?:with|on"
    "|regarding|about|in) my (?:application|candidacy|file|status)",
    "my (?:application|candidacy|file) {a2}(?:have )?(?:move|moved|progress|progressed|advance"
    "|advanced) (?:forward|along|ahead|at all)",
    "be my (?:application|candidacy|file) {a2}(?:under (?:process|review|consideration)|being"
    " (?:process|processed|consider|review)|active)",
    "my (?:application|candidacy|file) {a2}(?:be|have be) {a2}(?:under (?:process|review"
    "|consideration)|being (?:process|processed|consider|review))",
    "be (?:i|my application) {a2}(?:shortlist|select|invite|consider)(?= (?:for|or|\\?|\\.|\\|) )",
    # Whether the applicant is still in the running: "am I still being considered", "is my
    # app still being looked at", "whether I am still in consideration".
    "be (?:i|we|my (?:application|file|candidacy|app)) still {a2}(?:be |under )?{a2}(?:consider"
    "|consideration|review|look at|in consideration|" + _IN_THE_RUNNING + "|in contention|active)",
    # Still in the running, said with "remain": "whether I remain in contention".
    "(?:if|whether|do) (?:i|we|my (?:application|file|candidacy|app)) {a2}(?:still )?(?:remain"
    "|stay) {a2}(?:in contention|"
    + _IN_THE_RUNNING
    + "|under consideration|in consideration|active)",
    "(?:if|whether) (?:i|we|my (?:application|file|candidacy|app)) {a2}(?:be|have be) still"
    " {a2}(?:be"
    " |under )?{a2}(?:consider|consideration|review|look at|in consideration|"
    + _IN_THE_RUNNING
    + "|in contention|active)",
    "(?:if|whether) (?:i|my application) {a2}(?:be|have be) {a2}(?:shortlist|select|invite"
    "|consider)(?= (?:for|or|\\?|\\.|\\|) )",
    "decision {g2}(?:be|have be) make",
    # Past the first cut: "Did my file make it past the first screen?"
    "(?:do|have|be|whether|if) my (?:application|file|app|candidacy) {a2}(?:make it|get|go|pass)"
    " (?:past|through|beyond) (?:the )?(?:first |initial |1st |early )?(?:screen|screening|round"
    "|cut|filter|review)",
    # The file still in order: "Could you please confirm that everything is still in order
    # with my file?"
    "(?:everything|all) {a2}(?:be )?{a2}(?:in order|fine|okay|ok|complete) (?:with|on|regarding)"
    " my (?:application|file|candidacy|app)",
    "(?:make|reach|come to) (?:a |any |the |your |its |their )?decision",
    "(?:about|on|regarding) my (?:status|application status|candidacy)",
    "(?:update|inform|advise) (?:me|us) (?:about|on|regarding|of) my (?:application|candidacy"
    "|status|file)",
    # The committee's pace: "when the committee will finish reviewing files like mine".
    "when {g4}(?:finish|complete|conclude|wrap up|be do|be done|be finish) {g1}(?:review"
    "|evaluate|consider|rank) (?:my|file|files|application|applicant|candidate|candidates"
    "|interviewee|interviewees|them|it)",
    "(?:know|learn|hear|inform me (?:about|of|regarding|on)|update me (?:about|on|regarding))"
    " {g2}(?:the )?(?:outcome"
    "|result|results|decision|status) of my (?:interview"
    "|application|candidacy|file)",
    "(?:whether|if|when) {g2}(?:invitation|invitations|invite|decision|decisions|offer|offers"
    "|interview invitation) {g3}(?:have|be|will) {a2}(?:all )?(?:go out|gone out|be send|be sent"
    "|sent|release|be release|be make)",
    "(?:when|whether|if) {g3}(?:hear|receive|get) {g2}(?:back|decision|response|invitation"
    "|invite|from you|interview)",
    # News heard by the program: "whether you have heard anything from the committee about my
    # interview", "if u have heard anything abt my app".
    "(?:whether|if|do|have) (?:you(?: guys| all)?|anyone) {a2}(?:have )?{a2}hear (?:anything"
    "|any news|something|back)"
    # Not its date, time, link or place, which are logistics: "heard anything about my
    # interview date".
    " {g4}(?:about|abt|on|regarding|re) (?:my|the) (?:interview(?! (?:date|time|day|slot|schedule"
    "|link|zoom|location|room|itinerary|logistics|invitation|invite))|application|app|file"
    "|candidacy|status)",
)
# What "just following up" chases, as _ABOUT_THE_APPLICATION for "touch base": nothing named
# ("Just following up."), a look for news ("to see if there is any news"), the application,
# its decision or the writer's earlier mail. Any other errand after it is not a chase:
# "Just following up to confirm my interview time", "... and say thanks again for the tour",
# "... on your question about my visa", "... with the letter Dr. Ruiz asked me to send".
_JUST_CHASES = (
    "(?= (?:with (?:you|your team|your office) )?(?:\\.|!|,|\\?|\\||-|:|;|again|once more|too"
    "|as well|here|now|today|to see|to hear|if|whether|in case"
    # To ask about the application, not "to ask whether business casual is fine".
    "|to (?:ask|check|inquire|enquire|find out|know|learn) (?:[^ |]+ ){0,6}?(?:news|update"
    "|updates|decision|decisions|status|application|candidacy|file|app|word|anything|back"
    "|timeline|list|rank|ranking|result|results|outcome|interview (?:decision|decisions|result"
    "|results|outcome|status|invitation|invitations))"
    "|(?:about|on|regarding|re|after|since|following|from|for|with) (?:(?:my|the|any|our)"
    " )?(?:[a-z-]+ )?(?:application|candidacy|candidature|file|status|app|decision|decisions"
    "|timeline|review|process|next step|next steps|rank|ranking|list|match|invitation"
    "|invitations|invite|interview|offer|offers|update|updates|news|progress|submission"
    "|result|results|outcome|chance|chances|position|spot)"
    "|(?:about|on|regarding|re|after|since|following|from|for|with) (?:my|our) (?:[a-z-]+ )?"
    "(?:email|e-mail|mail|message|note|letter|call|conversation)"
    "|(?:about|on|regarding|re) (?:where|whether|if|how|when|what|things|this|it|that|the above"
    "|the below)) )"
)
# Sent again because the program asked for it, not a chase: "I have sent it again, as
# requested", "I am sending it again as a PDF" (a PDF or a Word file reads as "name").
_SENT_AS_ASKED = (
    "(?! (?:, )?(?:{g4}, )?{g4}(?:as requested|as request|as you ask|as you request|per your"
    " request|at your request|as instruct|as instructed|as a name|in name|as an attachment))"
)
# Not an apology alone ("I am sorry to write to you again.", "Sorry to reach out again."):
# the lead's ruling of 2026-12-07 (eval/README.md); the chase after it is found by its own
# words. Put after the verb of writing.
_AGAIN = " (?:to you )?(?:(?:once )?again|once more)"
_NOT_SORRY_ALONE = (
    "(?!(?:(?<=sorry to write)|(?<=sorry to email)|(?<=sorry to contact you)"
    f"|(?<=sorry to reach out)){_AGAIN}(?: so soon)?"
    "(?: after my (?:last|previous|earlier|first) (?:email|note|message|mail|letter))?"
    " (?:\\.|!|,|;) )"
)
# Written again about something other than the application: "I hope it is fine to write to
# you again about the parking pass" (not "about my application", "about the decision").
_ABOUT_SOMETHING_ELSE = (
    "(?! (?:about|regarding|re|concerning) (?!(?:my|the|your|any|a) {g2}(?:application|candidacy"
    "|status|file|decision|update|updates|news|email|message|interview|rank|ranking|list|chance"
    "|position|spot|place|result|outcome)(?: |$)|me ))"
)
CHASING = topic(
    "chasing",
    'chasing words: "just checking in", "following up on my application", "I haven\'t heard '
    'back", "just bumping this up", "circling back", "any update on my status"',
    "just {g2}(?:check in|follow up|follow-up|followup|circle back|touch base)"
    f"{_NOT_TO_THANK}{_NOT_ABOUT_LOGISTICS}{_NOT_TRAVEL}{_JUST_CHASES}",
    "(?:follow-up|followup) (?:on|about|regarding) {g2}(?:application|status|candidacy|previous"
    "|last|earlier|email|message)",
    f"(?:touch|touching) base(?: with you)?{_ABOUT_THE_APPLICATION}",
    "remind you (?:about|of) my (?:application|candidacy|email|message|file)",
    # Checking that it arrived: "I keep wondering whether my application even reached the
    # committee", "just to make sure my messages reached you", "to confirm it arrived".
    "(?:make sure|check|confirm|see|wonder) (?:if |whether |that )?(?:my (?:message|messages"
    "|email|mail|mails|application)|it|this|they) {a2}(?:reach|arrive|get|be receive|go through)",
    # The applicant emailing, not "I checked my email twice".
    f"(?<!my )(?<!the )(?<!your )(?<!an )email{_NOT_SORRY_ALONE} {{g1}}(?:twice|again"
    "|several times|3 times|multiple times|a few times|repeatedly)",
    f"(?:write|email|contact you|reach out){_NOT_SORRY_ALONE}{_AGAIN}{_NOT_TO_THANK}"
    "(?! with (?:a|the|my) (?:correction|corrected|new|updated) )" + _ABOUT_SOMETHING_ELSE,
    "(?:follow|following) up (?:again|once more|one more time|a second time)",
    "(?:write|email|writing|emailing) (?:a|for the) (?:second|third|fourth|2nd|3rd|4th) time",
    "(?<=\\| )still nothing(?= (?:\\.|!|,|\\||yet|from|on my|since) )",
    "(?:make sure|check|confirm|ensure|see) (?:that )?nothing (?:be|have|get) {a2}(?:stuck|miss"
    "|missing|lose|wrong)",
    "my {g1}(?:email|message|mail|note|letter|application) {a2}(?:never|not|do not|did not) {a2}"
    "(?:reach|arrive|get to|go through)",
    "(?:the|your|this|my) silence {g3}(?:worry|worried|mean|read|a no|concern|make me)",
    "no (?:{news}|answer) yet",
    "check my (?:inbox|email|mail|portal|phone) {g3}(?:for (?:your|news|any|an update|word|a reply"
    "|a response)|every (?:hour|day|minute|few minutes)|constantly|obsessively|all day"
    "|times (?:a|an|per) (?:day|hour)|hope|hoping)",
    "(?<=\\| )anyone (?:there|home|out there)(?= \\? )",
    "no (?:reply|response|answer|word) {a2}(?:have )?(?:come|arrive|be receive)",
    "it (?:have|be) be {g2}(?:day|days|week|weeks|month|months)(?= (?:\\.|and|now|\\|"
    # Since the last letter, not "since I last saw snow".
    "|since (?:my |our |the |your )?(?:last )?(?:email|message|note|letter|interview|application"
    "|submission)|since i (?:last )?(?:write|email|hear|submit|apply|interview|reach)) )"
    # Time told with the feeling it left, not silence: "It has been two weeks since my
    # interview and I am still so excited about it!"
    "(?! since (?:my|our|the) interview and i {a2}(?:be|have be|feel) {a2}(?:so |very )?"
    "(?:excited|thrilled|happy|grateful|inspired|energized|energised)(?= ))",
    # Silence counted out: "Two months without a reply", "still hoping to hear something".
    "(?:day|days|week|weeks|month|months) without (?:a |any )?(?:{news}|answer)"
    f"{_FROM_THE_PROGRAM}",
    "still {a1}(?:hope|wait) (?:to hear|for (?:news|word|a reply|an answer|a response|something"
    "|anything|an update|any update))"
    # From the program, not "still waiting to hear from the relocation office".
    f"{_FROM_THE_PROGRAM}",
    "nothing (?:on my end )?(?:from you|from the program|from the committee|from your office) yet"
    f"{_NOT_ABOUT_LOGISTICS}",
    # From the program, not "we heard nothing back from the lab".
    # Not a condition: "should I assume yes if I hear nothing?"
    "(?<!if i )(?<!if we )(?:hear|heard) nothing(?: back| yet| so far| since)?"
    "(?= (?:\\.|!|\\||\\?) )",
    "(?:hear|heard) nothing (?:back |yet |so far )?(?:from (?:you|your|the program|the committee"
    "|dr)|since (?:my|i|the interview))",
    "(?:committee|program|you) {a2}(?:meet|decide|review|discuss) {a1}(?:yet )?(?:re|about|on"
    "|regarding) my (?:file|application|candidacy)",
    # The program's pace: "whether you are still reviewing applications", "any ETA on
    # decisions", "whether the program has begun sending interview decisions".
    "(?:whether|if) (?:you|the committee|the program|your program) {a2}(?:be )?still (?:review"
    "|reviewing|consider|considering|interview|interviewing|accept|accepting) (?:application"
    "|applications|applicant|applicants|candidate|candidates)",
    "(?:any|some) {news} at all",
    # "Kindly revert back with the update on my file": reply with news of it.
    "revert (?:back )?(?:to me )?(?:with|on|regarding|about) {g2}(?:update|status|decision|news"
    "|outcome|result)",
    "(?:hope|hoping|wait|waiting) for (?:an|any|some) {news}"
    # News of the applicant's own file, not "the family was waiting for some news".
    "(?= (?:(?:on|about|regarding) (?:my|our)|from (?:you|the program|the committee)|soon) )"
    f"{_NOT_ABOUT_LOGISTICS}(?!{_ON_LOGISTICS})",
    # "name" is how the lexicon reads a capitalised word it does not know, such as "ETA".
    "(?:any|an) (?:{timeline}|name) (?:on|for) (?:a |the |your )?(?:decision|decisions"
    "|interview decision)",
    # The program's mail, not "we started sending invitations for our symposium".
    "(?:you|u|they|the program|the committee|your program|your office|the residency|name) {a2}"
    "(?:have |be )?{a2}(?:begin|begun|start|started) (?:send|sending|release|releasing|issue"
    "|issuing) (?:interview )?"
    "(?:decision|decisions|invitation|invitations|invite|invites)",
    "wait {g1}(?:for|on) your {g2}(?:response|reply|decision|answer) (?:regarding|about|on"
    "|since) my",
    # Counted in time: "Waiting for your favourable reply since last one month".
    "wait {g1}(?:for|on) your {g2}(?:response|reply|decision|answer) (?:since|for) (?:the )?"
    "(?:last |past )?(?:one |two |three |few |several |[0-9]+ )?(?:day|days|week|weeks|month"
    "|months)",
    "(?:await|awaiting) {g3}(?:{news}|outcome) (?:on|about"
    "|regarding|of) my (?:application|candidacy|file|status)",
    # A request to update (the frame leaves out thanks for one received: Analysis.is_thanked).
    # Not a subject line naming the letter: "Subject: Update on my application - A. Ruiz".
    "(?<!subject : )(?<!subj : )update (?:regarding|about|on) my (?:application|candidacy|status"
    "|file)",
    "no (?:reply|response|answer) to (?:the|my) (?:first|last|previous|earlier)",
    "(?:second|third|fourth|2nd|3rd|4th) time (?:write|writing|email|reaching out|ask)"
    "(?= (?:\\.|,|!|\\||to you) )",
    "(?:application|file|email|message|note) (?:back )?(?:to|at|on) (?:the )?top of (?:the"
    "|your) (?:pile|stack|inbox)",
    "(?:whether|if) my (?:application|file|email|message) {a2}(?:have )?(?:be )?(?:ever )?"
    "(?:open|opened)",
    # Whether it reached the program, with no verb of checking before it (the checking
    # pattern earlier in this list takes "to make sure my messages reached you"): "I'm writing
    # to ask whether my file has made it to the committee yet". Verbs are read as lemmas.
    "(?:whether|if) my (?:application|file|email|message|materials|documents) {a2}(?:have )?"
    "{a2}(?:reach|arrive|get to|make it to) (?:you|the committee|the program|your office"
    "|your desk|the right)",
    "have yet to (?:receive|hear|get) (?:any |a )?(?:word|news|reply|response|update|answer"
    "|decision|anything)",
    "should i assume (?:i|my (?:application|file|candidacy)) {a2}(?:be not|be reject|do not|have"
    " not|will not)",
    # Watching for the program's answer: "I keep refreshing the portal every morning".
    "(?:keep|kept) (?:refresh|refreshing|check|checking) (?:the|my) (?:portal|inbox|email|mail"
    # For the program's answer, not "checking my phone during the storm".
    "|phone|eras)(?= (?:\\.|!|\\||for (?:news|any news|word|a reply|any reply|a response|an update"
    "|any update|your (?:reply|response|decision|email))|every|all|in case"
    # Hoping for the program's answer, not "hoping to see the flight confirmation".
    "|(?:, )?(?:hope|wait)(?: to hear| (?:for|to see|to get|to receive|to find) {g2}(?:news|word"
    "|reply|response|update|answer|decision|email|invitation|invite|anything|something|message"
    "|result)s?)) )",
    "(?:have|do|be) not {a2}(?:yet )?(?:see|seen) (?:anything|any (?:email|invitation|invite|update"
    "|news|reply))(?= (?:\\.|!|,|\\||yet|from you|from the program) )",
    # Afraid the last message went missing: "in case my email got lost", "slipped through".
    "(?:get|go|be|end up) lose(?= (?:\\.|!|,|\\||in (?:your|the) (?:inbox|mail|email|shuffle"
    "|spam|pile)|somewhere|along the way) )",
    "(?:it|this|my {g1}(?:email|message|application|note|letter|file)|they) {a2}(?:have )?(?:slip"
    "|slipped|slips|slipping|fall) through the (?:crack|cracks)",
    "(?:make sure|ensure|check|confirm|see) (?:that |if |whether )?(?:it|this|my {g1}(?:email"
    "|message|application|note|letter)) {a2}(?:do not|have not|be not|will not) {a2}(?:(?:get|go"
    "|end up) (?:lose|buried)|(?:fall|slip) through|be buried)",
    "in case (?:you|it|my|this|the) {g3}(?:miss|lose|overlook|slipped|slip|go astray|not arrive"
    "|not reach|not go through|not come through)",
    # Resending, not offering to resend ("I can resend it"): "resending my note below".
    "(?:resending|re-sending)(?= (?:this|my|it|the|below|in case|again) )",
    # Not an offer to send a form again: "I can send it again if that is easier".
    "(?:forward again|send(?<!school to send)(?<!them to send)(?<!registrar to send)(?<!office to"
    " send)(?<!can send)(?<!could send)(?<!happy to send)(?<!glad to send) (?:this|it|my (?:email"
    "|message)) again)" + _SENT_AS_ASKED,
    "(?:follow up|write|email|reach out|contact you) {g1}for the (?:second|third|fourth|2nd|3rd"
    "|4th|third|last) time",
    "(?:any|some) movement on (?:my (?:application|candidacy|file|app)|this|it)",
    "(?:hear|hear back|hear anything|hear from you) (?:back )?by now",
    "(?:top|front) of your inbox",
    "(?:pop|popping|popped|pops) (?:back )?(?:in|into|up in|up into) your inbox",
    "acknowledge (?:receipt of )?my (?:previous |last |earlier )?(?:mail|email|message|application"
    "|letter)",
    "(?:check|ask|inquire|enquire) (?:on|about|regarding) (?:the |my )?(?:status|application"
    " status)(?= (?:\\.|!|,|\\||of my(?! (?:parking|hotel|reimbursement|badge|travel|permit"
    "|form|booking|reservation|flight|shuttle|locker|visa letter))|\\?) )",
    "nudge(?= (?:on|about|regarding|re) )",
    "nudge (?:this|it) (?:back )?up",
    "radio silence",
    "(?:ping|pinging|pinged) (?:you )?(?:again|about|regarding|re)",
    "(?:resurface|resurfacing|bump|bumping) (?:this|it|my)",
    "(?:get|be) buried",
    "status check",
    "fate of my (?:application|candidacy|file)",
    # Looked into and answered, with nothing else asked: "Kindly check and inform me."
    "(?:kindly|please) (?:check|look into it|look into this|verify) and (?:inform|update|revert to)"
    " (?:me|us)(?= (?:\\.|!|\\||at your|at the earliest|soon|asap) )",
    "(?:kindly|please) update (?:me|us)(?= (?:\\.|!|,|\\||on my|about my|regarding my|at your"
    "|at the earliest|soon|asap|as soon as|when(?:ever)? you can) )",
    # An update asked for "at the earliest" chases whoever is asked: "update me at the earliest".
    # (Opening its sentence: not after a condition, "If the date is shifted, kindly inform me
    # at the earliest.")
    "(?:(?<=\\| )|(?<=\\| kindly )|(?<=\\| please )|(?<=request you to )|(?<=request you to"
    " kindly ))(?:update|inform|revert to) (?:me|us) (?:at the earliest|at your earliest|at the"
    " soonest"
    # Not with an errand of its own: "inform me at the earliest if the date is shifted".
    "|asap|as soon as possible)(?= (?:\\.|!|\\||;|regarding my|about my|on my|of my|with (?:the"
    "|any) (?:decision|update|status|news|outcome)) )",
    # The application said to be still alive, or not lost: "I only want to be sure my
    # application is still active and has not slipped through the cracks".
    "(?:sure|make sure|ensure|confirm|check|see) (?:that |if |whether )?my (?:application"
    "|candidacy|candidature|file|app) {a2}(?:be|remain) {a2}(?:active|under (?:review"
    "|consideration)|in consideration|being (?:consider|review|process)|in the running)",
    "my (?:application|candidacy|candidature|file|app|email|message) {g6}(?:slip|slipped|fall"
    "|fallen|fell) through the (?:crack|cracks)",
    "no (?:communication|news|information) {a2}(?:have )?(?:come|arrive|be receive)",
    "(?:whether|if) my (?:application|file|materials|documents) {a2}(?:have )?make it (?:to"
    "|through)",
    "(?:any|some) movement(?= (?:\\.|\\?|\\||!|,|yet|so far) )",
    "where (?:things|matters) {a2}(?:stand|be)",
    "not sure (?:if|whether) (?:my {g1}(?:email|message|note|application|letter)|it|this) {a2}"
    "(?:go through|reach|arrive|get through)",
    # "Sending" read as "send": not an offer ("I can send it again").
    "(?:(?<=be )send|(?<=\\| )send|resending) (?:it |this |my (?:email|message|note) )?again"
    + _SENT_AS_ASKED
    + "(?= (?:\\.|!|,|\\||in case|as|since) )",
    "check back in(?= (?:,|\\.|!|\\||on my|on the status|about|regarding|to see|to ask|with you) )",
    "wait (?:on|for) (?:word|news|any (?:word|news|update)|an update|a response|a reply"
    "|a decision|your decision)(?= (?:\\.|!|,|\\||on my|about my|regarding my|from you|from the"
    " program|from the committee) )",
    "do my (?:application|email|message|messages|document|documents|material|materials) {a2}"
    "(?:reach|arrive|get to|go through)",
    # "Consider" only as done: "whether you have considered my application" chases, "I will be
    # thankful if you kindly consider my application" asks to be considered.
    "(?:whether|if) (?:you|the committee|name|the program|anyone) {a2}(?:(?:have )?(?:receive"
    "|review|see|get|read|look at|open)|have {a2}consider) {g2}my (?:application|file|material"
    "|materials|document|documents|email|message|letter|cv|update)",
    # The occasion had to look: "whether the selection committee has yet had occasion to review
    # my file", "if you have had the time to discuss my application".
    "(?:whether|if) (?:you|the {g1}committee|name|the program|anyone) (?:have )?(?:yet |already )?"
    "have (?:a |the |any )?(?:chance|occasion|time|opportunity) to (?:review|look at|look over|go"
    " over|go through|read|consider|discuss|assess|evaluate) my (?:application|file|candidacy"
    "|materials|app)",
    "(?<!how )(?:whether|if|have|be) my (?:application|file|materials|documents) {a2}(?:have )?"
    "(?:be )?(?:review|receive|see|read|consider|process|processed|evaluate|look at)",
    # "Check in on" chases only the application ("checking in on my app", in the next
    # pattern); on anyone else it is looking after people: "the chief resident checked in on
    # me", "I checked in on Mr. Alvarez every morning", "kind of you to check in on those of us".
    f"check in (?:to see|to ask|once more|again){_NOT_ABOUT_LOGISTICS}",
    f"check in(?: with you)?{_ABOUT_THE_APPLICATION}{_NOT_ABOUT_LOGISTICS}",
    "bump {g2}(?:up|to the top)",
    # Not a reply to the program's own mail: "following up on your email about the form".
    "follow up (?:again |once more )?(?:on|about|regarding|re :|re|with you (?:on|about|regarding))"
    " (?!(?:[^ |]+ )?(?:your|name|dr) ){g2}"
    "(?:application|status"
    "|candidacy|previous|last|earlier|email|message|note|letter)"
    # Not the earlier mail about the day's arrangements: "following up on my email of January
    # 8 about the second look", "Following up on my previous email: is the dinner still on?".
    f"(?! (?:[^ |]+ ){{0,5}}?(?:about|regarding|concerning|re|on|for){_ABOUT_LOGISTICS})"
    f"(?! (?:[^ |]+ ){{0,4}}?(?::|;) (?:[^ |]+ ){{0,4}}?(?:the |your |our )?(?:interview )?"
    f"{_LOGISTICS} )",
    f"circle back(?: with you)?{_ABOUT_THE_APPLICATION}",
    "bump (?:this|it|my)",
    # Not heard from the program (not from a parking office, a hotel or a landlord), nor
    # about another errand ("heard back about my travel form"): about the application only.
    # Not a condition ("if I do not get any interview this year"): silence reported.
    # What did not come is news of the application ("any reply", "a single response"), not "a
    # chance to meet Dr. Ruiz", "a parking pass", "a confirmation email" or "any snow".
    "(?<!if i )(?<!if we )(?:have|do|be) not {a2}(?:yet )?(?:hear|receive|get) (?:back|anything"
    "|word|news|one|(?:any|a) (?!(?:confirmation|receipt|parking|hotel|booking|registration"
    "|travel|reimbursement|shuttle) )(?:{adjective})?(?:reply|replies|response|responses|answer"
    "|word|news|update|updates|decision|information|info|communication|communications|email"
    "|emails|mail|call|calls|message|messages|invitation|invitations|invite|feedback|result"
    "|results|notification|letter|contact|acknowledgement|acknowledgment|interview|interviews)"
    "(?= )"
    "|from (?:you|your|anyone|the program|the committee))(?! (?:back )?from (?!(?:you"
    "|your|anyone|the program|the committee|the residency|the coordinator|dr|the selection)))"
    "(?!(?: (?:back|news|word|anything|update|updates))?(?= (?:about|on|regarding|re) )"
    f"(?!{_ABOUT_THE_APPLICATION}| (?:about|on|regarding|re) (?:my |the )?interview ))",
    "(?:have|do) not {a2}(?:yet )?have (?:any |a )?(?:news|word|reply|response|update|answer"
    "|decision)",
    # Not eagerness: "Can't wait to hear from you!"
    "(?<!can not )wait to hear (?:back|about|on|regarding|from you)",
    "(?:hope|wait|look forward) (?:for|to) {g2}(?:update|news|word|response|reply|decision) (?:on"
    "|about|regarding) my",
    "status of my (?:application|candidacy)",
    "any {news} (?:on|about|regarding) (?:my|the) ",
    # News hoped for aloud: "Hoping there's some news on my application soon".
    "hope there be (?:some|any) (?:news|update|word|progress|movement) (?:on|about|regarding|with)"
    " my",
    "any {timeline} (?:you|u) (?:could|can|might|would) (?:share"
    "|give|offer|provide)"
    f"{_NOT_ABOUT_LOGISTICS}(?! (?:for|on|about|regarding){_ABOUT_LOGISTICS})",
)
PROVIDES_INFO = topic(
    "provides-info",
    'the sentence carries something new for the program: "here is my corrected phone number"',
    "here be",
    "attach",
    "(?:attached|enclosed)",
    # What the program asked for: "following up with the document you requested".
    "(?:you|name|the committee|the coordinator) (?:request|requested|ask for|asked for|ask about"
    "|asked about|mention|mentioned)",
    # An answer to the program's question: "February 9 works well for me".
    "(?:work|suit) (?:well |fine |best |perfectly )?for (?:me|us)",
    "(?:correct|corrected|updated|new|current|wrong|old|incorrect) (?:phone|number|address|email"
    "|contact|mobile)",
)
# Who checks in: "you checking in on us", "thank you for checking in" are the program's acts.
PROGRAM_ACTS = words("you name he she they for your dr program coordinator team")
GOOD_WISHES = topic(
    "good-wishes",
    'good wishes for the result, not a request for news: "I hope to hear good news on Match Day"',
    "good news",
    "(?:on|after|by) match (?:day|week)",
)
PROGRAM_NEEDS = topic(
    "program-needs",
    'the program needing something from the applicant: "if you need any update from me"',
    "(?:you|name|the committee|the program|your team|the team|anyone) {a2}(?:{modal} )?{a2}(?:need"
    "|require|want|would like)",
)

# --- tone ---------------------------------------------------------------------------------
# The place an applicant pleads for.
_A_PLACE = "(?:position|spot|place|seat|residency)"
# Getting the place, as a plea names it after "a chance to", "anything to", "my last chance
# of": match, train, join, prove myself, be part of, get in, secure a spot, be considered.
# Any other errand ("a chance to correct one error", "anything to get my patients their
# insulin", "my last chance to thank you") is not a plea for the place.
_A_TRAINING_PLACE = (
    "(?:a |an |the |this |that |one |any |your |my )?(?:residency |training |categorical "
    f"|preliminary )?(?:{_A_PLACE}|match|interview|offer|training|program)"
)
_GETTING_IN = (
    "(?:be able to )?{a2}(?:match|train|join {prog}|join(?= (?:\\.|!|,|\\||and) )"
    "|prove (?:myself|me|my worth|my value|i|that i|to you|what i|it to you)"
    "|show (?:you )?(?:what i|that i|my worth|how much i|who i)|be (?:a )?part of"
    "|be (?:consider|accept|select|rank|interview|match|take|choose|pick|invite|offer|give a"
    f" {_A_PLACE}|one of (?:your|the)|a resident|there|here|with you|on your team|in your program)"
    "|get (?:in|into|match|accept|select|rank|choose|pick|invite|interview|"
    f"{_A_TRAINING_PLACE})|(?:secure|earn|land|win|obtain) {_A_TRAINING_PLACE}"
    "|work (?:at|with|in|for) {prog}|work (?:there|here)|interview (?:with|at) {prog}"
    "|become (?:a |an )?(?:part of|one of your|member of|resident (?:at|in|of|there|here))"
    "|start (?:my )?(?:residency|training))"
)
# Sleepless or unable to eat over the wait itself, not over a flight, jet lag or a night on
# call: "I have not slept since the interview", not "since the flight landed".
_OVER_THE_WAIT = (
    "(?:(?:the |my |your |our |this )?(?:interview|interview day|match|matching|decision|rank list"
    "|result|results|rejection|rejections|application|news|email|call|wait|waiting|silence|cycle)"
    "|then|i (?:hear|heard|get|got|interview|interviewed|apply|applied|submit|submitted|visit"
    "|visited|meet|met)|we (?:speak|spoke|talk|talked|meet|met))"
)
_SLEEPLESS_ENDS = (
    "(?= (?:\\.|!|,|\\||anymore|any more|think|thinking|worry|worrying|wonder|wondering"
    f"|(?:over|about) |(?:since|because of|from|with) {_OVER_THE_WAIT}) )"
)
PLEADING = topic(
    "pleading",
    'pleading: "I will do anything", "please give me a chance", "I really need this spot", '
    '"I am begging you", "this is my last chance", "my whole future depends on it", '
    '"I can\'t go unmatched again"',
    "do (?:absolutely |literally |just )?(?:anything(?: you ask| you want)?|whatever (?:it take"
    "|you ask|be need|you need"
    "|be necessary|be require|you require))(?= (?:\\.|!|,|\\||for (?:a |this |the |any )?"
    f"(?:{_A_PLACE}|chance|match|opportunity)|to {_GETTING_IN}) )",
    "whatever it take(?= (?:,|\\.|!|\\|) )",
    f"(?:take|accept) (?:anything|any {_A_PLACE}|whatever)(?= (?:,|\\.|!|\\|) )",
    f"take {{a2}}(?:any|whatever) (?:(?:residency |training )?{_A_PLACE}|offer|program)"
    "(?:s)?(?= (?:,|\\.|!|\\||you|at all|anywhere|that|available|going|left|open) )",
    # Searched from the rare word ("Mercy Hospital" is a name, not this word).
    # Not a hospital's name, even where it opens a sentence ("Mercy is a great program").
    # Nor mercy told of as a story ("The mercy shown to me by my first attending").
    "(?<!\\| the )mercy(?! (?:be|have|will|would|can|could|do|name|hospital|clinic|medical|health"
    "|center|show|shown|showed"
    "|centre|general|program|residency|hospice|house|campus|system|north|south|east|west) )",
    "(?<=have |take )pity",
    "throw myself (?:on|at)",
    # Kneeling to plead, not to fix a table leg: "on my knees asking for one interview".
    "(?<=on my )knees(?= (?:\\.|!|,|\\||beg|begging|ask|asking|plead|pleading|pray|praying|request"
    "|requesting|for|and|to|here|now) )",
    "(?<=upon my )knees",
    *(
        f"(?<={need} )(?:give up|quit|leave|abandon) (?:on )?(?:medicine|my dream|my career)"
        for need in ("have to", "must")
    ),
    "(?:please|kindly) (?:do not|not|never) turn (?:me|my application) (?:away|down)",
    "(?:any program|anyone|anywhere|any place|any hospital) (?:that|who) {a2}(?:will|would) (?:have"
    "|take) me",
    "(?:lose|losing) (?:all )?hope",
    "can not (?:lose|miss) (?:it|this|this chance|this opportunity|this spot)(?= (?:\\.|!|,|\\|) )",
    "(?:scared|afraid|terrified|frightened) (?:of|about) {g1}(?:not match|go unmatched"
    "|be unmatched|fail)",
    "(?:forever|eternally) (?:indebted|in your debt)",
    # The applicant's own plight, not a patient's: "I am running out of time".
    "i {a2}(?:be |have )?(?:run|running|ran) out of (?:time|hope|options|chances|years)",
    "(?:save|rescue) my (?:career|life|future|dream)",
    "(?:destroy|devastate|crush|break) me (?:to|if)",
    # Not the closing formula of a sign-off ("With folded hands and gratitude, Dr. Obi").
    # Not a story ("my grandmother greeted every patient with folded hands") nor a sign-off
    # ("With folded hands and gratitude, Dr. Obi"): folded hands that ask.
    "(?:request|requesting|beg|begging|ask|asking|pray|praying|plead|pleading|appeal|appealing"
    "|implore) (?:you |u )?with folded hands",
    "folded hands(?= (?:, )?(?:i|we) )",
    "only earn member",
    f"{_A_PLACE} (?:that )?you (?:can|could) spare",
    "(?<=\\| )(?:beg|plead)(?= (?:here|you|for|,|\\.|!|\\|) )",
    "(?<=if that be what it )take(?= (?:to|,|\\.|!|\\|) )",
    "(?:do not|not|never) let me down",
    # The applicant's people, not a patient's family in a case story ("the family was
    # counting on me to translate").
    "(?<!the )(?<!a )(?<!his )(?<!her )(?<!their )(?<!'s )"
    "(?:family|parent|parents|everyone|everybody) {a2}(?:be )?(?:count|counting|depend|depending"
    "|rely|relying) on me",
    # "My whole family is counting on this", not "counting on this income to pay rent".
    "(?:my|our) (?:whole |entire )?(?:family|parent|parents) {a2}(?:be )?(?:count|counting|depend"
    "|depending|rely|relying) on (?:this|it|my match|match|my matching|this match)"
    "(?= (?:\\.|!|,|\\||and) )",
    "can not (?:let (?:them|my family|my parents|everyone) down|fail (?:them|my family|my parents)"
    "|face my (?:parents|family))",
    "(?:sacrificed|give up|gave up|given up) everything(?= (?:for|to|\\.|,|!|\\|) )",
    "humanitarian (?:ground|grounds)",
    "desperate (?:to|for) (?:hear|a yes|good news|news)",
    "end up with nothing",
    "(?:will|would) {a2}beg(?= (?:\\.|!|,|\\||if|for|you) )",  # "I'll beg if I have to"
    "do-or-die",
    # A sacrifice offered for the place: "I'd sleep in the call room if it meant a spot".
    "if (?:it|that|this) {a2}(?:{modal} )?(?:mean|get|give|earn|win|secure) (?:me )?(?:a|the|one"
    f"|that|your) (?:residency |training |categorical )?(?:{_A_PLACE}|match|contract)",
    "(?:pray|praying|prayed) (?:that )?(?:you|u) (?:take|pick|select|choose|rank) me",
    "i have nothing(?= (?:\\.|!|\\||left|else|if not) )",
    "shame of (?:another|a second|go|be)",
    "(?:not|never) (?:to )?turn me (?:away|down)",
    "(?<=\\| )desperate (?:hope|want|need|wish)",
    "(?:show|have) (?:some )?(?:sympathy|compassion)",
    "not let my {g3}go to waste",
    "not {a2}think (?:i|we|my (?:family|parents|wife|husband|spouse|children|kids|mother|father))"
    " {a2}(?:can|could|would be able to) {a2}(?:survive|bear|handle|take|face|endure|go through|do)"
    " (?:another"
    "|one more|a second|a third|it|this|that|go unmatched|be unmatched|not match|lose|the (?:shame"
    "|pain|thought|disappointment|heartbreak|rejection))",
    # What becomes of the applicant or the family: "I do not know what will become of my
    # family", "... of my wife and children".
    "not know what {a2}(?:will|would) {a2}become of (?:me|us|my (?:family|wife|husband|children"
    "|kids|parents|mother|father|son|daughter))",
    # ... or of the career, told as ahead ("what will become of my career"), not a choice
    # looked back on ("I did not know what would become of my career in surgery, so I chose").
    "not know what {a2}will {a2}become of my (?:career|future)",
    "(?:so|really|very|truly|getting|feel|feeling|lowkey|kinda|pretty|super|honestly|literally"
    "|actually|totally|quite|rly)"
    " desperate(?= (?:at|now|\\.|!|,|\\|) )",
    "(?:appeal|appealing) to your (?:kindness|mercy|compassion|sympathy)",
    "(?:be|feel) {a2}lose if i",
    "what will become of (?:me|us|my (?:family|wife|husband|children|kids|parents))",
    # "I don't know how my family will survive another year of this".
    "not know how my (?:family|parents|wife|husband|children|kids) {a2}(?:will|would|can|could)"
    " {a2}(?:survive|go on|cope|manage|make it)(?= (?:another|one more|this|if|\\.|!|\\|) )",
    # Shame before one's people if the Match fails: "how will I face my parents if I fail
    # again", "I cannot face them if I fail again", "I will not be able to show my face at home".
    # Not words reported from someone else ("How would I face them if I fail again, my patient
    # asked") nor a place ("face my community health clinic's waiting room").
    "how (?:will|would|can|could) i {a2}face (?:my (?:parents|family|wife|husband|children|kids"
    "|mother|father|community|village)|them|anyone|everyone)"
    "(?! (?:health|clinic|hospital|center|centre) )"
    "(?![^.!?|]* , (?:(?:my|the|his|her|our|a|one) )?\\S+ (?:ask|asked|say|said|tell|told"
    "|wonder|wondered) )",
    "can not face (?:them|anyone|everyone) if",
    # ... before the people at home, not on camera ("I will not show my face on camera during
    # the virtual open house") nor at a meeting ("never show my face at grand rounds").
    "(?:not|never) (?:be able to |dare to )?show my face(?= (?:at home|again|anywhere|if|after"
    "|to (?:my|them|anyone|anybody|everyone|people)|in (?:my|our|the) (?:village|town|community"
    "|country|hometown)|\\.|!|,|\\|) )",
    "(?:finish|end|ruin|destroy) my career",
    "in your hands",
    "without your (?:kind )?(?:selection|support|help|mercy|consideration)",
    "(?:destroy|devastate|crush|break) me(?= (?:\\.|!|,|\\|) )",
    "(?:can not|must not|can not afford to) {a2}(?:fail|go unmatched|be unmatched) (?:again|another"
    " time|this time|twice)",
    "(?:wits|wit) end",
    "end of my rope",
    "find it in your heart",
    "(?:cry|cried|crying) (?:every night|myself to sleep|all night|every day)",
    "(?:accept|take|work) (?:any|whatever) (?:condition|conditions|terms|hours|shift|shifts|salary"
    "|pay|schedule)",
    "everything {a2}(?:depend|rest|ride|hang|hinge) on (?:you|your|this|name)",
    "(?:not|never) let (?:me|my application|my file|my chance|this) {g1}(?:slip away|slip|fall"
    " through)",
    # The loss still to come, not one narrated ("the family had lost everything in the
    # flood"): the lemma hides the tense, so a modal, "to" or "of" comes first.
    "(?:will|would|could|might|may|can|to|of|gonna|risk) {a2}(?:lose|losing) (?:all )?"
    "(?:everything|my (?:savings|marriage|visa|place in line|home|house|family|career|future))",
    # Someone, anyone, to take the applicant: "I just need one program to believe in me".
    "need {a2}(?:one|a|someone|somebody|one program|a program|one person|a person) (?:to|who"
    " (?:will|would|can)) (?:believe in|take a chance on|give me a chance|take me|say yes)",
    # What the applicant would give up for the place: "anything to be there".
    "(?<=, )anything (?:at all )?to (?:be (?:there|here|part of|with you|on your team)|get in"
    "|train (?:there|here|with you)|match (?:there|here|with you))",
    "(?:not|another|one more) (?:another |one more )?year without (?:a |any )?"
    f"(?:{_A_PLACE}|match|job)",
    "my (?:only|last|final) (?:hope|chance|shot|option)(?= (?:\\.|!|,|\\||left|(?:of|to)"
    f" {_GETTING_IN}|(?:at|for) {_A_TRAINING_PLACE}) )",
    "nothing (?:else )?left to lose",
    "(?<=i have )nothing (?:else )?left but",
    "give (?:up )?anything (?:for|to)",
    "(?:let me in|please help me)",
    "(?:i|me) {g2}nowhere else to (?:turn|go)",
    "can not {a2}(?:survive|bear|handle|face|go through|take|do) a (?:second|third|fourth) time",
    "can not (?:survive|bear|handle|face|go through|take|do) (?:another|one more) {g1}(?:year|cycle"
    "|rejection|unmatched|season|round|no|heartbreak|disappointment|failure)",
    # Doubt that one could bear it again: "I'm not sure I can handle another year of waiting".
    "not sure (?:if |whether )?i {a2}(?:can|could) (?:survive|bear|handle|face|go through|take"
    "|endure) (?:another|one more|a (?:second|third|fourth)) {g1}(?:year|cycle|rejection|season"
    # Not "another winter in Minnesota" nor "another round of edits": a round of the wait.
    "|match|no|(?:round|winter)(?= of (?:wait|waiting|the match|match|matching|interview"
    "|interviews|rejection|rejections|application|applications|uncertainty|this|silence) ))",
    "(?:career|life|future|dream) {g3}(?:will|would) (?:finish|end)(?= (?:\\.|!|,|\\|) )",
    # The end of it all, not a plan on time ("Everything will be finishing on schedule").
    "(?:career|life|future|dream|everything) {g3}(?:be|will be) (?:over|finish|ruined|destroyed"
    "|gone)(?= (?:\\.|!|,|\\||if|without|for me|unless) )",
    "work (?:for free|without (?:salary|pay)|unpaid)",
    "grateful (?:my whole life|forever|for the rest of my life|all my life|lifelong"
    "|for life(?= (?:\\.|!|,|\\|) ))",
    "the (?:last|only|final) (?:chance|hope|option|shot) for me",
    "(?<=\\| )(?:last|final|only) (?:chance|shot|hope) for me",
    "(?:family|life|career|future) {a2}(?:will|would) {a2}(?:suffer|fall apart|be ruined"
    "|be destroyed)",
    f"without this (?:{_A_PLACE}|match|chance)",
    "need this(?: one)?(?= (?:\\.|!|\\||so much|so badly|badly|really badly|more than anything) )",
    # Hopelessness said of oneself now: "makes me feel more hopeless", "I feel helpless".
    # The lemma hides the tense: a feeling now ends the sentence or says how long it lasts
    # ("I feel helpless."), a story goes on ("I felt helpless the night of my first code").
    "(?:i|me) {a2}(?:feel|be|feeling) {a2}(?:more |so |completely |totally )?(?:hopeless|helpless)"
    "(?= (?:\\.|!|\\||now|these days|every day|at this point|about (?:my|the|this) (?:match"
    "|application|future|chances)) )",
    # Not a chance someone gave in a story: "an attending who gave me a chance to lead".
    "give(?<!for give)(?<!if you give)(?<!if u give)(?<!who give)(?<!that give)(?<!he give)"
    "(?<!she give)(?<!they give)(?<!name give)(?<!name , give)"
    # A condition on the program's giving, not a plea: "if you will give me the opportunity".
    "(?<!you will give)(?<!you would give)(?<!you can give)(?<!you could give)(?<!you be give)"
    "(?<!you may give)"
    " me (?:a|one|the|this|another|a second|one more|this one|just one|just this one|one last)"
    " (?:chance|shot|opportunity)"
    # Not a task handed over in a story ("gave me the chance to run family meetings"), nor
    # an errand ("a chance to correct one error"): a chance for the place.
    f"(?! to (?!{_GETTING_IN} ))",
    "i {a2}(?:need|must have|must get|have to get|have to have) (?:this|a|the|your|that) {g1}"
    # Not somewhere to stay: "I really need a quiet place to study".
    f"(?:{_A_PLACE}|match|interview|chance)(?! (?:to (?:study|stay|sleep|park"
    "|live|eat|rest|sit|charge)|near|close to|for (?:my|the) (?:car|luggage|bag|bags)))",
    "i {a2}need to match",
    # Anywhere at all, as long as it is in: "Put me anywhere, I just need to be in."
    "i {a2}need to (?:be in|get in)(?= (?:\\.|!|,|\\||somewhere|anywhere|there) )",
    "put me anywhere(?= (?:,|\\.|!|\\|) )",
    # Nothing to fall back on: "there's no plan B for me", "I have no backup plan at all".
    "(?:there be|i have|i have get|i {a2}do not have) {a2}(?:no|any) (?:plan b|plan name|backup"
    " plan|back-up plan|fallback plan)(?= (?:for me|at all|if|and|,|\\.|!|\\||none|left|this year)"
    " )",
    # A bare "no backup" may be about the list ("the whole list for me, there's no backup").
    "(?:there be|i have|i {a2}do not have) {a2}(?:no|any) (?:backup|back-up|fallback)(?= (?:for"
    " me|at all|if) )",
    "(?:i|we) {a2}(?:be )?{a2}(?:beg|plead)(?: (?:humbly|earnestly|sincerely|respectfully"
    "|desperately|truly|honestly))?(?= (?:you|for|of you|with you|to be|to you|at|,|\\.|!"
    "|\\||\\[|<|dr) )"  # "I am begging [Program Director] for one interview"
    # Not a favour asked of someone else: "begging Dr. Smith for a letter of recommendation".
    "(?![^|]* for (?:a |an |the |my |some |more )?(?:letter|letters|recommendation|feedback"
    "|advice|reference|help with))",
    "(?:i|we) {a2}(?:implore|beseech|entreat)(?= (?:(?:you|u|the committee|your committee"
    "|dr name|\\[ [^|]{1,40}\\]) (?:\\.|!|,|\\||to (?:consider (?:me|my|it|this|once|again)"
    # Not a proposal: "I implore the committee to consider expanding the track".
    "|reconsider|give|look|take|select|accept|let|review|grant|keep|not))) )",
    "please (?:, )?please",
    "please (?:, )?(?:just |only )?one (?:more )?(?:chance|shot)",
    "not know what i {a2}(?:{modal} )?{a2}do(?= (?:if|\\.|!|\\||without|otherwise|with my life"
    "|next) )",
    # "Please. Anything at all!": the plea split over two sentences.
    f"please (?:(?:,|\\.|!|\\||-) ){{0,4}}(?:anything|any {_A_PLACE})(?= (?:at all|\\.|!|\\||,) )",
    "i {a2}(?:be|feel|grow|get|become) {a2}desperate(?= (?:\\.|,|\\||!|and|that|at this point|now"
    "|right now|by now|at this stage|for (?:a |an |this |the |any )?"
    f"(?:{_A_PLACE}|match|chance|interview|opportunity|yes|break)|to (?:match|get (?:in|into"
    " (?:your|this|the) (?:program|residency)|a|an|this|that|matched|selected|accepted|it|one"
    "|the (?:spot|position|place|match|interview))|be|secure|train|join)) )",
    # (not "desperate to get the snow off my car")
    "i {a2}desperate (?:need|want|hope|wish)",
    f"desperate (?:to|for) (?:a |an |this |the |any )?(?:{_A_PLACE}|match|chance|opportunity)",
    "(?:this|{prog}) {a2}(?:be|may be|might be|could be) {a2}my (?:last|only|final) (?:chance"
    "|hope|option|shot|attempt|try)"
    f"(?! to (?!{_GETTING_IN} ))(?! for (?!(?:me|{_A_TRAINING_PLACE}) ))",
    # Not a practical choice told as a story: "I had no other option than to take the bus".
    "i {g2}have no other (?:option|options|choice|hope|way|chance|path|way forward|path forward)"
    "(?! (?:than|but) (?:to )?(?:take"
    "|drive|fly|walk|wait|stay|use|book|leave|go|rent|sleep|travel|cancel|reschedule|miss|call) )",
    "(?:please|kindly) (?:do not|not|never) pass (?:me|my application|my file) over",
    "(?:please|kindly) (?:do not|not|never) (?:reject|forget|ignore|overlook|give up on|pass over"
    "|dismiss|disappoint|pass me over)"
    "(?: about| of)? (?:me|my)",
    # "my whole future rests on this", not "with my family for the rest of the month".
    # Not someone else's life: "my patient's life depended on the blood bank".
    # (The possessive's "s" is gone from the words, so only words that describe the writer's own
    # life or career may come between: "my medical career literally depends on your decision".)
    "my (?:(?:whole|entire|very|own|professional|personal|family|future|medical|surgical"
    "|academic|clinical|[a-z]+ical) ){0,2}(?:life|future|career|family|everything) {g2}"
    "(?:depend|rest|ride|hang|hinge)"
    "(?= (?:on|upon|in|entirely|completely|solely|all) )",
    # "My visa, my loans and my self-respect all depend on matching this March".
    "(?:all|everything) {a2}(?:depend|rest|ride|hang|hinge) on (?:match|matching|this match|your"
    " decision|you|getting in|get in)",
    # "Any position. I'll take it."
    f"any (?:{_A_PLACE}|program)(?: at all)?(?: (?:\\.|,|!|-|\\|))* i"
    " {a2}(?:will|would|be go to) {a2}take it",
    # Distress now, not told as a story: "I am starting to panic", "I'm losing my mind".
    f"i {{a2}}(?:be )?(?:start|starting|begin|beginning) to panic{_PANIC_ENDS}",
    "i {a2}be (?:panic|panicking|freak out|freaking out|fall apart|falling apart|lose my mind"
    "|losing my mind|lose hope|losing hope)"
    f"{_PANIC_ENDS}",
    f"i {{a2}}can not sleep(?: at night| properly| well)?{_SLEEPLESS_ENDS}",
    "not know how i {a2}(?:will|would|could|can) (?:face|tell|look at) my (?:family|parents"
    "|father|mother|wife|husband|children|kids)"
    # Not a story that goes on: "how I would tell my parents about my grandmother's diagnosis".
    "(?= (?:\\.|!|\\||if|again|that i|about (?:this|it|another|not match|the match|my failure)) )",
    # Everything given up for the place: "I'd drop everything to be part of your team".
    "(?:drop|give up|leave|sacrifice|quit) everything (?:to|for) (?:be|join|train|work|match"
    "|get|come|a spot|a position|the chance|this)",
    "(?:seriously|truly|literally|honestly|absolutely|really) anything(?= (?:!|\\.|\\||,) )",
    "(?:would|will) {a2}(?:sleep|live) (?:in my car|on the floor|on the street|in a tent)",
    # Any place at all: "grateful for any position at all", "any chance at all".
    # The whole wish, not "thankful for any opening in your schedule for a call".
    f"(?:grateful|thankful) for any (?:{_A_PLACE}|chance|program|offer|opening)"
    "(?= (?:\\.|!|,|\\||at all|you) )",
    # Not "any seat at all is fine for the dinner".
    f"any (?:{_A_PLACE}|program|offer) at all(?= (?:\\.|!|,|\\|) )",
    # Out of options, with the "I" dropped: "No options left."
    "(?<=\\| )(?:no|zero) (?:options|hope|chances|other options|way out) left(?= (?:\\.|!|\\|) )",
    "(?:be|that be|this be) all i {a2}(?:ask|ask for|be ask|be asking)"
    "(?= (?:\\.|!|,|\\||for|of you) )",
    # A plea with the "I" dropped, as phone mail drops it: "Really need a spot."
    "(?:(?<=\\| )|(?<=\\| really )|(?<=\\| just )|(?<=\\| badly ))need (?:a|this|the|one|any|that)"
    f" (?:{_A_PLACE}|match|interview)(?= (?:\\.|!|,|\\||so|badly|please) )",
    "(?:just|please|pls|plz|kindly) say yes",
    "(?:say yes to|accept|take) anything (?:you|u) (?:offer|have|give)(?= (?:\\.|!|,|\\||me) )",
    # Pleading as a whole sentence of phone mail: "Desperate here. Any spot."
    "(?<=\\| )desperate(?= (?:here |now )?(?:\\.|!|\\|) )",
    # Not "Window or aisle? Any seat.": a fragment names only a training place.
    "(?<=\\| )any (?:spot|position|place|residency)(?= (?:\\.|!) \\| )",
    "only (?:one|ones|person|people|program) (?:who|that) can (?:save|rescue|help) me",
    "can not afford (?:not to match|to go unmatched|another (?:year|cycle|rejection)|to fail)",
    "can not {g2}(?:go|be|remain|stay) unmatched",
    "i {a2}(?:will|would) be (?:devastated|heartbroken|crushed)",
    # A humble plea, not a humble request for hotel details ("I humbly request you to share").
    "(?:consider|grant|accept|hear|heed|fulfil|fulfill) {g1}my humble (?:request|plea|prayer"
    "|appeal)",
    "(?:kindly|please) consider my (?:situation|plight|circumstances|condition|case)"
    "(?= (?:\\.|!|,|\\||and|sympathetically|with (?:sympathy|compassion|kindness)) )"
    # A plea, not a practical request: "Kindly consider my circumstances and allow me to
    # reschedule", "Please consider my situation, as my flight was cancelled".
    "(?![^|]* (?:reschedule|rescheduling|flight|flights|date|dates|virtual|virtually|attend|travel"
    "|time zone|deadline|extension|slot|zoom|link) )",
    "i {a2}(?:be )?{a2}(?:completely |totally )?out of (?:options|hope|chances)"
    "(?= (?:\\.|!|,|\\||and|now|here|at this point) )",
    # What keeps the applicant going: "Matching is the only thing keeping me going".
    "(?:only thing|only hope|only reason|all that) {a2}(?:be )?keep (?:me|us) (?:go|going|alive"
    "|sane|afloat)"
    # Not a story's comfort: "The only thing keeping me going through night shifts was coffee."
    "(?! [^|]*?(?<= )be (?!(?:the |my |this |that )?(?:hope|thought|match|matching|chance|dream"
    "|idea|prospect|you|your|name)))",
    "only way (?:i|we) {a2}(?:can|could|will) (?:keep|support|feed|save) (?:my|our) family",
    # Waiting on the program, not a gap explained ("My career was on hold while I cared for
    # my mother"): it ends the clause or waits until the answer.
    "my (?:life|future|whole life|entire life|career) {a2}(?:be|feel) {a2}on hold(?= (?:\\.|!|\\|"
    "|until (?:i|we|you|the match|match day|march|your|then)) )",
    # The loss still to come, not a project told as a story ("the project was all for nothing").
    # The applicant's own work, not "Without follow-up, the screening would be all for nothing".
    "(?:it|this|everything|all|all of (?:it|this)|my [^|,.]{1,40}?|years|work|effort|efforts"
    "|sacrifice|sacrifices) {a2}(?:will|would|could) {a2}(?:have )?be all for (?:nothing|naught)",
    "match (?:, )?{g3}(?:it|everything|this|all of (?:it|this)) {a2}be all for (?:nothing|naught)",
    # For the place, not "nothing I wouldn't do for my patients".
    "nothing i {a2}(?:would|will) not (?:do|give|sacrifice)(?= (?:\\.|!|,|\\||to "
    f"{_GETTING_IN}|for"
    f" (?:a |this |the |that |one )?(?:{_A_PLACE}|match|chance|interview)) )",
    "(?:i have|there be|i {a2}do not have) {a2}(?:no one|nobody|noone|anyone) else to (?:ask|turn"
    " to|help me)(?= (?:\\.|!|,|\\|) )",
    # Distress now: "I can't eat or sleep thinking about it", "I can barely focus".
    "i {a2}can not (?:eat|sleep|focus|function)(?: or (?:eat|sleep|focus|think|function))?"
    "(?: at night| properly| well)?"
    f"{_SLEEPLESS_ENDS}",
    "i {a2}can (?:barely|hardly) (?:focus|think|function)",
    "i {a2}can (?:barely|hardly) (?:eat|sleep|breathe)(?: or (?:eat|sleep|focus|think|function))?"
    f"(?: at night| properly| well)?{_SLEEPLESS_ENDS}",
    "i {a2}(?:be )?(?:not able to|unable to) sleep(?: properly| at night| well)?"
    f"{_SLEEPLESS_ENDS}",
    f"i {{a2}}have not (?:slept|sleep|eaten|eat) (?:well |properly )?since {_OVER_THE_WAIT}",
    "not know how (?:much longer )?i {a2}(?:will|would|can|could) {a2}(?:go on|keep go|keep going"
    "|carry on|cope|survive)(?= (?:\\.|!|,|\\||if|like this|without (?:a |this |the |your )?(?:"
    f"{_A_PLACE}|match|residency|it|this|you)) )",
    "not know what {a2}(?:be|would be|will be) left for me",
    "(?:cry|cried|crying) (?:over|about) (?:this|my|the) (?:application|match|interview|result"
    # Not moved by something seen: "cried over the interview video of the residents".
    "|results|rejection|rejections)(?! (?:video|videos|clip|clips|story|stories|photo|photos"
    "|slideshow|film|speech|talk))",
    # Not "No backup if the shuttle is late": the applicant's fall-back.
    "(?:(?<=\\| )|(?<=, ))no (?:fallback|backup|back-up|plan b)(?= (?:at all|if (?:i|this|it|that"
    "|we|match|not)|for me|\\.|!) )",
    "i {a2}be {a2}(?:kind of |kinda |sort of |slowly )?(?:lose it|losing it)(?= (?:\\.|!|,|\\||over"
    " here|here|and|(?:over|about) (?:the |my |this )?(?:match|application|decision|wait|waiting"
    "|silence|result|results|cycle)) )",
    # Begging humbly to be taken: "I am humbly requesting you to consider me as your
    # resident", not "I humbly request you to consider my application" nor "to share the
    # hotel details".
    "(?:humbly|earnestly) (?:request|requesting|pray|praying|appeal|appealing) (?:to )?(?:you"
    " |your good self |sir |madam )?(?:to )?(?:kindly |please )?(?:consider|select|accept|take"
    "|choose|pick) me(?! for (?!(?:a |the |any |one )?(?:position|spot|seat|place|residency) ))"
    # Not "consider me as a volunteer for the health fair".
    "(?! as (?!(?:a |an |your |the |one of (?:your |the ))?(?:resident|residents|intern|interns"
    "|candidate|trainee|applicant|member)))",
    "(?:obliged|indebted|thankful) (?:to you )?(?:forever|for life|my whole life|for the rest of"
    " my life)(?= (?:\\.|!|,|\\|) )",
)
STOCK_PRAISE = topic(
    "stock-praise",
    'stock praise: "excellent teaching and research", "a great program", "a wonderful '
    'opportunity", "strong clinical training", "supportive faculty", "a great fit", "world-class"',
    f"{_PRAISED}(?:teaching|education|clinical training|clinical) and research",
    f"(?<!my ){_PRAISED}(?:residency )?(?:program|institution|institute|hospital|department)"
    "(?! (?:director|coordinator|manager|leadership|administrator|staff|office|website|handbook"
    "|letter|email|chair|head) )"
    # Graded interest, not praise: "one of the top programs on my list".
    "(?!(?<= top program) (?:on|in) my {list} )",
    "(?:wonderful|great|amazing|fantastic|incredible|unique|excellent|exceptional|outstanding)"
    " opportunity(?! to (?:interview|meet|speak|talk|visit|learn|present|discuss|connect|join|see"
    "|hear) )",
    # "An amazing experience" is the interview day, not the program's training; nor is what
    # the applicant's own post gave them ("the job has given me good exposure to ...").
    f"{_GIVEN_ME}{_PRAISED}(?:(?:clinical )?(?:training|education|curriculum|teaching|exposure)"
    "|clinical experience)(?! (?:moment|moments|session|story|example) )",  # a moment seen
    "(?:excellent|great|outstanding|strong|stellar|impressive|renowned|good|fine|solid|sterling"
    "|enviable|well-deserved|wonderful|tremendous) reputation",
    # A reputation with nothing behind it: "a reputation for excellence", "held in high regard".
    "reputation (?:for|as) (?:a leader|a leading|excellence|clinical excellence|academic"
    " excellence|excellent|outstanding|strong|training|teaching|education|resident education"
    "|quality|produce|producing)",
    "(?:held|hold) in (?:high|great|the highest|such high) (?:regard|esteem)",
    "widely (?:admired|respected|regarded|recognized|recognised|known|praised|acclaimed) (?:for"
    "|as)",
    "speak (?:so )?highly of (?:the|your|its|this) (?:program|training|residents|faculty"
    "|education|teaching|residency)",
    # The subject of the praise, not the end of a phrase ("the match rate at your program was").
    f"{_NOT_AFTER_A_PREPOSITION}"
    "(?:program|faculty|resident|residents|training|curriculum|education|institution|hospital|team"
    "|staff|people|environment|atmosphere|culture|everyone|everybody|name|you)(?: there| here)?"
    " {a2}(?:be|seem"
    "|look|feel)"
    " {a2}(?:so |such |truly |really |just |incredibly |extremely |the )?"
    f"(?:{_PRAISE_WORDS}|nice|kind|happy)"
    "(?= (?:\\.|!|,|and|\\||<|:|;|in every (?:way|respect|aspect)) )",  # "<3", ":)" end it too
    "everything about {prog} {a2}(?:be|seem|look|feel|sound) {a2}(?:wonderful|great|perfect"
    "|amazing|excellent|ideal|fantastic|incredible|impressive)",
    "perfect in every (?:way|respect|aspect)",
    "blown away by (?:everything|it all|the program|your program|the whole|all of it)",
    "the best (?:training|program|education|environment|place|clinical|residency)",
    f"how (?:{_PRAISE_WORDS}|nice) (?:the |your )?(?:program|faculty|residents|people|team"
    "|everyone|training)",
    # Not graded interest: "one of the top programs on my list" (the guide's safe wording).
    "one of the (?:best|finest|top|leading|greatest|premier)(?= (?:{g2}program(?! (?:on|in) my"
    " {list} )|in the (?:country|nation|region|state)|\\.) )",
    "everything i {a2}(?:{modal} )?(?:be )?(?:look for|want|need|hope for|seek|dream of|value)"
    "(?= (?:in|\\.|,|\\||and) )",
    "(?:commit|dedication|devotion) to excellence",
    "(?:commit|dedication|devotion|emphasis|focus) (?:to|on) (?:resident |medical |graduate"
    " )?(?:education|teaching|excellence|patient care|patient-centered care|patient-centred care"
    "|wellness|well-being|innovation|scholarship|academic excellence|clinical excellence|service"
    "|diversity|evidence-based medicine|evidence base medicine|quality)"
    "(?= (?:\\.|,|\\||and|be|in|as|is) )",
    "(?:renowned|known|famous|recognized|recognised|respected|celebrated|reputed|acclaimed) (?:for"
    " its|for) (?:clinical |academic |educational )?(?:excellence|training|teaching|research"
    "|education|reputation|quality)",
    "reputation {a2}(?:speak|speaks) for itself",
    "(?:strong|long|proud|rich) tradition of (?:excellence|training|teaching|education)",
    "align with my (?:goals|values|interests|career goals|own values)",
    "the quality of (?:the |your )?(?:training|education|teaching|faculty|care|program)",
    "(?:overall|high) quality of (?:the |your |this )?(?:program|institution|hospital|residency)",
    "(?:perfect|ideal|excellent|wonderful) match for (?:me|my)",
    "high standards",
    "(?:unparalleled|unmatched|unrivaled|unrivalled|tremendous|countless|endless|ample|abundant)"
    " opportunities",
    "camaraderie",
    "second to none",
    # A place anyone could be told is good for training: "a great place to learn and grow".
    "(?:perfect|ideal|great|wonderful|fantastic|amazing|excellent|incredible|terrific|special)"
    " place (?:for me )?to (?:train|grow|learn|thrive|work)",
    # The program, not what the applicant has: "blessed with such a wonderful family".
    "(?<!with )(?<!i have )(?<!we have )(?<!i have get )(?<!we have get )(?<!my )(?<!our )"
    f"such (?:a|an) {_PRAISE} (?:place|team|group|family)",
    # What any program says of itself: "a beacon of excellence", "built around its residents",
    # "offers a strong foundation for any career", "truly cares about its residents", "good
    # facilities of your hospital".
    "beacon of (?:excellence|learning|education|training)",
    "built around (?:its|the|their|your) (?:residents|trainees)",
    "(?:offer|offers|provide|provides|give|gives) (?:a |an )?(?:strong|solid|great|excellent"
    "|firm) foundation for (?:any|every|a|my) {g2}(?:career|physician|doctor|future)",
    "(?:truly|really|genuinely|clearly|deeply) (?:care|cares|value|values|invest in|invests in)"
    " (?:about |for )?(?:its|their|your) (?:residents|trainees|people)",
    "(?:good|excellent|great|wonderful|modern|world-class|superb|outstanding) facilities of {prog}",
    # Praise by hearsay: "I have always heard wonderful things", "people only say good things".
    "(?:hear|say|speak) {a2}(?:so many |many |only |nothing but |such )?(?:wonderful|great"
    "|amazing|good|fantastic|excellent|nice|positive|incredible) things about {prog}",
    # Not "impressed by everything the nurses did" or "everything I learned about the clinic's
    # outreach": only the bare impression, or one of the interview day.
    "(?:blown away|impressed|amazed|wowed) by (?:everything|it all|all of it)(?= (?:\\.|!|,|\\|"
    "|and|i (?:see|hear|experience)(?= (?:\\.|!|,|\\||and|at|during|on) )|(?:at|during|on)"
    " (?:the|your|this|my) (?:program|interview|visit|day)|about (?:the|your|this) program) )",
    "(?:unparalleled|unmatched|unrivaled|unrivalled|exceptional|outstanding|excellent"
    "|incredible|amazing|unique) (?:training|learning|educational|clinical) (?:experience"
    "|environment)",
    # Strengths no one names ("several unique strengths that make it right for me"), not
    # "strengths in point-of-care ultrasound".
    "(?:several|many|numerous|unique) strengths(?! in )",
    "(?:resident|residents|trainee|trainees) {a2}(?:thrive|flourish)",
    "the best of the best(?! (?:at|in|when) )",  # not a skill: "... at teaching ultrasound"
    "top notch",
    "top-notch(?= (?:\\.|!|,|\\|) )",
    "exactly what i {a2}(?:be )?look for",
    "be {a2}(?:simply |truly |just |legit )?the best(?= (?:\\.|!|\\||,) )",
    "{prog} {a2}be {a2}(?:legit )?the best ?$",  # "ur program is legit the best" (no mark)
    "(?:check|tick) (?:all |every )?(?:of )?(?:my |the )?(?:box|boxes)",
    "(?:values|mission|vision|philosophy) {a2}(?:resonate|resonates|align|aligns) with (?:me|my)",
    "(?:strong|rich|long) academic (?:tradition|history|heritage)",
    "diverse clinical (?:experience|experiences|exposure)",
    "(?:excellent|great|outstanding|supportive|amazing|wonderful|friendly|welcoming|collegial"
    "|fantastic|incredible|nurturing|strong|nice|pleasant) (?:and (?:excellent|great|outstanding"
    "|supportive"
    "|amazing"
    "|wonderful|friendly|welcoming|collegial|fantastic|incredible|nurturing) )?(?:faculty"
    "|residents|people|environment|atmosphere|culture|staff|colleagues|community)",
    # Not the applicant's own fit: "I would be a (really) great fit" is about the applicant.
    f"{_NOT_THE_APPLICANT_S_FIT}(?:great|perfect|good|excellent|ideal) fit",
    "world-class",
    "world class",
    # Admiring strengths or work no one could name: "I admire the program's strengths".
    "admire {g3}(?:strength|strengths|excellence|reputation|culture|values|mission)(?= (?:\\.|!|,"
    "|\\||and) )",  # "strengths in point-of-care ultrasound" names them
    "(?:wonderful|great|amazing|incredible|excellent|outstanding|important|fantastic) work"
    " (?:that )?(?:your|the|this) (?:program|department|team|residents|faculty|hospital"
    "|institution) {a2}(?:do|be do)",
)
