"""The topic of the program's evaluation of the applicant: what asks-about-rank asks about."""

from __future__ import annotations

from checker.language.topic import family, topic
from checker.language.word_classes import RANK_VERB

# The program's list, not "the parking list" or "the guest list for the dinner".
_RANK_LIST_WORDS = (
    "(?:(?:final|rank|order|match|preference|merit|selection|rankable|rank-order) ){0,3}"
)
# Not a list of something else: "your list of volunteers", "the list for the shuttle".
_NOT_ANOTHER_LIST = (
    "(?! of (?!(?:your|the|this|our|name) |(?:applicant|candidate|program|rank)s? )"
    "| for (?!(?:the |this |next )?(?:match|cycle|year|season|residency|position|program|spot"
    "|interview)s? ))"
)
_YOUR_RANK_LIST = (
    "(?:your|the) (?:name )?" + _RANK_LIST_WORDS + "(?:list|ranking)" + _NOT_ANOTHER_LIST
)

# Ranked for something other than the Match: "if I am ranked for the scholarship".
_NOT_FOR_ANOTHER = (
    "(?! for (?!your |(?:the |a |an )?(?:match|residency|program|position|spot|interview|rank"
    "|ranking)))"
)
# "where I stand", "how my application compares": a question word, who, then a verb of
# standing; what must follow is _AFTER_STANDING or _ON_THE_LIST. Not a relative clause after
# "be" ("Ridgefield is where I am ranking first"), nor a place in the review ("where my file
# stands in the queue").
# News about where the applicant stands is the file's status, a chase (checking-in): "see if
# there's any news about where I stand".
_NEWS_ABOUT = "".join(
    f"(?<!{news} {about} where)"
    for news in ("news", "update", "updates", "word")
    for about in ("about", "on", "regarding")
)
_WHERE_I_STAND = (
    "(?:{ask})(?<!be where)(?<!be how)" + _NEWS_ABOUT + " {{a1}}{{p3}}(?:{{aux}} )?{{yousay}}?"
    "(?:{who}) {{a2}}"
    "{{p5}}(?:{{aux}} )?{{a2}}"
    "(?:stand|fall|land|fit|rank|sit|compare|place|be|measure up|end up|wind up|do|fare|appear"
    "|come out|stack up)(?! {{g3}}(?:review|process|queue|pile|inbox|portal|system) )"
)
_ON_THE_LIST = (
    "list|rank|ranking|candidate|applicant|other|pool|peer|cohort|competition|field|interviewee"
    "|interviewees|relative|compare|among|against|versus"
)
# The question ends there, or goes on to the list, the others or the season's end.
_AFTER_STANDING = (
    "(?= (?:\\?|\\||\\.|,|(?:that|it|this|which) (?:would|will|could|might|be|mean))| {g3}(?:"
    + _ON_THE_LIST
    + "|after|following|overall|ultimately|in the end|at the end|so far|at this point"
    "|this year|now|rn|right now|at the moment|at present|you|your|program|committee)(?: |$))"
)
EVALUATION_OF_APPLICANT = topic(
    "evaluation-of-applicant",
    'how the program ranks or judges the applicant: "rank me", "am I ranked (to match)", '
    '"where do I stand / fall on your list", "how I compare with other candidates", '
    '"my position on your rank list", "my chances of matching", "is my name high on your list"',
    "be (?:i|we|my application|my name) {a2}(?:go to |likely to |expect to |about to )?"
    "(?:be |get )?(?:rank|list|place)" + _NOT_FOR_ANOTHER,
    "{modal} (?:i|we|my application) {a2}be (?:rank|list|place)" + _NOT_FOR_ANOTHER,
    # Told either way: "will I be told if I'm not being ranked?", "would I be notified whether
    # I am ranked".
    "be (?:told|informed|notified|let know|inform|tell)(?: by (?:you|the program|the committee))?"
    " (?:if|whether) (?:i|we|my application) {a2}(?:{modal} )?{a2}(?:be|have be) {a2}(?:not )?"
    "{a2}(?:be )?(?:rank|list)" + _NOT_FOR_ANOTHER,
    # Not a relative "where" after "be": "Ridgefield is where I am ranking first".
    "(?:if|whether|where(?<!be where)|how high|how highly|how well) (?:i|we|my application) {a2}"
    "(?:{modal} )?{a2}(?:be get|get|be|have be|be go to be|be (?:likely|expect|set|about|go) to"
    " (?:be|get)) {a2}(?:rank|list|place)" + _NOT_FOR_ANOTHER +
    # Not a place in a group of the day: "whether I am placed in the morning group".
    "(?! (?:in|into|on|with) (?:the |a |an )?{g2}(?:group|team|session|block|rotation|room|shift"
    "|track|class|queue|cohort|tour|shuttle|hotel)s? )",
    "(?:be|being|be be|be still be) consider {a2}for (?:a |an |the |your )?{g1}(?:rank|list"
    "|ranking)",
    "how {a1}(?:do|have) my (?:interview|application|candidacy|performance|file) {a2}(?:go|come"
    " across|land|fare|do)",
    "how {a1}(?:be|have be) my (?:interview|application|candidacy|performance|file) {a2}(?:receive"
    "|perceive|view|see|judge|rate)",
    "how my (?:interview|application|candidacy|performance|file) {a2}(?:be score|be rate|be grade"
    "|be judge)",
    "strong enough (?:for|to make) your {list}",
    family(
        'how the interview landed, asked: "whether I came across well enough to be seriously '
        'considered", "if I did well enough"',
        "(?:whether|if|how) (?:i|we|my (?:interview|application|candidacy|performance)) {a2}"
        "(?:come across|came across|do|did|perform|impress|go) {a2}well enough",
    ),
    # Serious consideration is a degree of standing; "still under consideration" is the file's
    # status (checking-in).
    family(
        'serious consideration, asked: "whether I am still in serious consideration for a spot"',
        "(?:whether|if) (?:i|we|my application|my candidacy|my name) {a2}(?:be|remain) {a2}(?:in"
        "|under) (?:serious|real|genuine|strong) consideration",
    ),
    family(
        'the odds of being taken, asked: "what is the probability of my getting the position", '
        '"the likelihood of me matching there"',
        "(?:probability|likelihood|possibility|chance|chances|odds|prospect|prospects) (?:of|for)"
        # Something to get that is a place in the program, not "my getting an H-1B visa".
        " (?:my|me) {a2}(?:match|be select|be rank|get rank|get match|get select|get accept|get"
        " in(?:to {prog})?(?= )|be take|be accept|(?:get|secure|land|be offer|obtain|earn)"
        " (?:a |an |the |one of (?:the|your) |your |this |that )?{g1}(?:{seat}|{seat}s|match"
        "|residency))",
    ),
    family(
        'the applicant measured against the other candidates: "how my file stacks up against '
        'the other applicants", "where I rank among the candidates you interviewed"',
        "(?:how|where|whether|if) (?:i|we|my (?:application|file|candidacy|profile|interview"
        "|performance|credential|credentials)) {a2}(?:{modal} )?{a2}(?:(?:stack up|compare|measure"
        " up|rank|rate|fare|stand|place) (?:against|to|among|next to|relative to|compare to"
        "|alongside)|(?:stack up|compare|measure up) with) (?:the |your )?(?:other |rest of the"
        " |remaining )?{g1}(?:applicant|candidate"
        "|interviewee)",
    ),
    family(
        'the applicant in the program\'s top group: "tell me I made your top ten", "am I in your '
        'top 5"',
        "(?:i|we|my name|my application) {a2}(?:{modal} )?{a2}(?:make|made|be in|be on|get into"
        "|crack|land in|fall in|fall within|be among|be within) your (?:top|first) (?:3|5|10|20"
        "|three|five|ten|twenty|few|tier|group|half|third|quarter|bracket)",
        # "The first group" is a group of the day ("am I in the first group for the tour").
        "{ami} {a2}(?:in|within|among) (?:your (?:top|first) (?:group|half|third|quarter|3|5|10"
        "|20|three|five|ten|twenty|few|tier|bracket)|the top (?:3|5|10|20|three|five|ten|twenty"
        "|few|tier|half|third|quarter|bracket))",
        # "the top group" where the question ends, not "the top group for the tour".
        "{ami} {a2}(?:in|within|among) the top group(?= (?:\\?|\\.|\\||,|on|of) )",
    ),
    "where (?:{aux} )?(?:i|we|my application|my name) {a2}(?:stand|fall|land|sit|rank|place)"
    " (?:rank-wise|list-wise|in term of rank|in term of ranking|in the"
    " rank|in the ranking|on the ranking)",
    "(?:i|we) {a2}make (?:it onto )?your {g1}list",
    # On the program's list, named as "yours": "I'd like to know where I'm at on yours".
    "where (?:{aux} )?(?:i|we|my name) {a2}(?:be|stand|fall|land|sit|rank) (?:at )?on yours",
    "how my (?:interview|application|candidacy|performance|file) {a2}(?:go|come across|land|fare"
    "|be receive|be perceive)",
    "rank (?:me|my application|my candidacy|us)(?! know)",
    "where {aux} (?:i|we|my application|my name) {a2}(?:on|in|within) " + _YOUR_RANK_LIST,
    "(?:if|whether) (?:i|my name|my application|we|my good self) {a2}(?:be|have be|will be|make it"
    "|be come|come|appear|figure|feature|be include|be list|be place|have be place|be put) {a2}"
    "(?:on|in|onto) " + _YOUR_RANK_LIST,
    "make it (?:onto|on|to|into) " + _YOUR_RANK_LIST,
    # Considered when the list is made: "whether my application will be considered when your
    # committee builds its list", "Will my application be included when the committee makes
    # its rank list?"
    "(?:be|if|whether|{modal}) (?:i|my application|my name|my candidacy|my file) {a2}(?:{modal} )?"
    "{a2}"
    "(?:be )?(?:consider|include|included|count|counted) {a2}(?:when|as|while|once) {g3}(?:build"
    "|builds|make|prepare|prepares|finalize|draw up|draws up|put together|puts together|submit"
    "|certify) (?:its|their|the|your) {g1}{list}(?! of )",
    # Known without "if": "I'd be so relieved to know I'm at least on your list" (the frame
    # asks for a request word before it).
    "(?<=know )(?:i|my name|my application|we) {a2}(?:be|have be|will be|make it|be include"
    "|be list) {a2}(?:on|in|onto) " + _YOUR_RANK_LIST,
    "(?:i|we|my application|my name|my candidacy|my file) {a2}(?:{modal} )?{a2}(?:have )?(?:make"
    "|made)"
    " the cut",
    # How the applicant is doing in the program's eyes: "in good shape for Match Day", "in the
    # match range", "whether my interview went well enough", "how my application is looking".
    "(?:(?:i|we|my application|my name) {a2}be|{ami}) {a2}in (?:a |an )?{a2}(?:good|great|decent"
    "|strong|solid)"
    " (?:shape"
    "|position|standing) for (?:the )?match",
    "(?:i|we|my application|my name) {a2}be (?:in|within) (?:the )?(?:match|matching|ranking|rank)"
    " range",
    # The same, in the program's eyes: "if I'm in a good spot on your end", "am I in a decent
    # spot with you guys" (not "the right spot for the shuttle").
    "(?:(?:i|we|my application|my name) {a2}be|{ami}) {a2}in (?:a |an )?{a2}(?:good|great|decent"
    "|strong|solid|safe|okay|ok|favorable|favourable) (?:shape|position|standing|spot|place)"
    " (?:(?:on|at) (?:your|the committee s|the program s|their) (?:end|side)|with (?:you(?: guys|"
    " all)?|the committee|the program|your program|name))(?= )",
    family(
        'the program putting the applicant on its list, asked: "whether Lakeside plans to put me '
        'on its rank list", "if your program will be including me in the rank order list"',
        "(?:if|whether) (?:{prog}|the committee|they) {a2}(?:{modal}"
        " |be go to |plan to |intend to |be plan to |be intend to )?{a2}(?:be )?(?:include"
        "|including|put|putting|place|placing|list|listing|add|adding|keep|keeping) (?:me|my"
        " name|my application|us) (?:on|in|onto|into) (?:your|its|their|the) "
        f"{_RANK_LIST_WORDS}list" + _NOT_ANOTHER_LIST,
    ),
    "(?:whether|if|how) my (?:interview|application|candidacy|performance) {a2}(?:go|be)"
    " {a2}(?:well"
    "|okay|ok|good)",
    "how my (?:application|candidacy|file|interview|chance|chances) {a2}be {a2}(?:look|shape up)",
    # Whether a match is realistic, in either order: "is it realistic for me to expect a match
    # with your program".
    "(?:realistic|likely|possible|feasible) (?:for me )?to (?:expect|hope for|count on|think of)"
    " (?:a )?match (?:with|at) {prog}",
    # "Ranked or not?"
    "(?<=\\| )rank or not(?= \\? )",
    "match (?:with|at) {prog} {a2}be (?:realistic|likely|possible|feasible|a realistic|in the"
    " cards)",
    # Whether the applicant is still in the picture: "whether I am being considered seriously
    # for a position", "is it worth me hoping for a match with you".
    "(?:whether|if) (?:i|we|my application|my candidacy) {a2}(?:be |have be )?{a2}(?:be )?{a2}"
    "consider"
    " {a2}for (?:a |an |the |one of )?(?:your )?(?:position|spot|place|match|residency)",
    "worth {g2}(?:hope|wait|hold out) for (?:a |an |the )?(?:match|spot|position|place|offer)"
    " (?:with|at|from|in) {prog}",
    "(?:i|my application|my candidacy) {a2}be (?:a |an )?{a2}(?:strong|competitive|good|viable"
    "|serious|top) (?:candidate|applicant|contender)",
    "be (?:i|we) {a2}(?:likely|go|expect|set) to (?:be|get|match)",
    # Still in the running is the file's status (STATUS), not its place: "am I still in it".
    "{ami} {a2}(?:(?<!still )(?:in the running|in contention|in the mix)|a contender)",
    "{ami} {a2}rtm",  # ranked to match, as forums write it: "am i rtm or nah"
    "{ami} {a2}(?:in|within) the (?:range|zone|band) (?:that )?you {a2}(?:usually |typically"
    " |normally |generally )?(?:match|rank)",
    # The program's marks for the interview, not the applicant's own scores ("my Step 2 score").
    "my interview (?:score|scores|grade|grades|rating|ratings|evaluation|marks)",
    "how (?:would|do) i do (?:on|in|at|during) (?:the |my )?interview",
    "(?:keep|get) my hope up",
    "verdict on (?:me|my)",
    "(?:strong|good|competitive) enough to (?:be rank|match|get (?:in|rank|match))",
    "(?:{modal}|do|be) (?:i|we|my application|my name) {a2}make (?:it (?:onto|on|to|into) )?(?:"
    + _YOUR_RANK_LIST
    + "|(?:your|the) {g2}cut)",
    "(?:i|we|my application|my candidacy) {a2}be {a2}(?:(?<!still )(?:in the running|in"
    " contention)|a contender"
    "|competitive)",
    "how {g3}(?:feel|think|view|see|rate|judge) about (?:me|my (?:interview|application|candidacy"
    "|performance))",
    "how {g3}(?:view|see|rate|judge|evaluate|assess|score|rank|perceive) (?:me|my (?:interview"
    "|application|candidacy|performance))",
    "what {g3}think of (?:me|my (?:interview|application|candidacy|performance))",
    "(?:feedback|impression|impressions|thoughts|view|opinion|assessment) (?:on|about|of) (?:me|my"
    " (?:interview|application"
    "|candidacy|performance))",
    "stand (?:a|any) {g1}chance",
    "have (?:a|any|an) {g2}shot (?:at|of) {g2}match",
    "my (?:chance|odds|prospect|prospects|likelihood)(?! (?:to|of) (?:meet|see|learn|talk|visit"
    "|work|present|speak|discuss|get the|get a(?! (?:spot|position|place))|switch|change|move"
    "|swap) )",
    "(?:chance|odds|likelihood|probability) (?:that )?(?:i|we) {a2}(?:{modal} )?{a2}(?:match"
    "|be rank|be select|get in|be (?:somewhere |anywhere )?(?:on|in) your {list}"
    f"{_NOT_ANOTHER_LIST})",
    # The rank the program gave: "kindly tell the rank you have given to me".
    "(?:the|what|which|my) (?:rank|position|place|spot|standing) (?:that )?(?:you|the committee"
    "|the program|your program) {a2}(?:have |will |plan to |intend to )?{a2}(?:give|assign|allot"
    "|allotted|assigned) (?:to )?(?:me|us|my application)"
    # Not a spot in something else: "the spot you assigned to me for parking".
    "(?! (?:for|on|at) (?!(?:your|the) {list}))",
    # Told it will be ranked: "please tell me I'm going to be ranked highly".
    "(?:tell|show|let) me (?:know )?(?:that |whether |if )?(?:i|we|my application) {a2}(?:{modal}"
    " |be go to )?{a2}be {a2}(?:rank|list|place)",
    # Whether to keep hoping: "if I should keep hoping or start planning for another year".
    "(?:(?:should|do) (?:i|we)|(?:if|whether) (?:i|we) {a2}should) {a2}(?:keep hope|keep hoping"
    "|stop hoping|give up hope|hold out hope"
    "|start plan for another|start planning for another|move on (?:from|to (?:other|another)"
    " (?:program|plan|option|year|specialty|cycle)))",  # not "move on to the poster session"
    "(?:have|do) (?:i|we|my application) {a2}(?:be |get )?(?:rank|list|place)",
    # Advice asked on ranking the program, which only its own list could give: "whether I
    # should rank you with hope or with caution".
    f"(?:whether|if|how high|how highly) i {{a2}}should {{a2}}{RANK_VERB} {{prog}}",
    # ("standing" is read as its lemma "stand": "Could you tell me my standing?")
    # (not a poster stand: "stop by my stand at the poster session")
    "my (?:rank|ranking|standing|stand(?! on (?!(?:your|the) {list}))(?! at (?:the|a|our|my) ))"
    "(?! (?:in|at|of|among|within)"
    " (?:my |the |our |this )?(?:class"
    "|school|cohort|batch|university|college|medical|year|group|department))"
    "(?! (?:order |-order )?list)",  # "my rank order list" is the applicant's own
    # "my standing" (lemma "stand") among the others interviewed: "share my standing among the
    # applicants interviewed".
    "my stand (?:among|relative to|compare to|compare with|versus|against) {g2}(?:candidate"
    "|applicant|interviewee|peer|other)",
    "(?:i|we) {a2}(?:will|would|can|be go to) (?:be|get) match",
    "(?:{modal}|do) (?:i|we) {a2}(?:get|receive|secure|have) (?:a |an )?(?:spot|position|place"
    "|seat) (?:in|at|with|on) {prog}",
    "(?:likely|possible|probable) (?:it be |be it )?(?:that )?(?:i|we) {a2}(?:{modal} )?{a2}match",
    "(?:if|whether) (?:i|we) {a2}have (?:a|any) {g2}chance",
    "(?:likely|possible|probable|chance|odds) (?:that )?(?:i|we|my application) {a2}(?:{modal} )?"
    "{a2}(?:(?:be|get) (?:rank|list|place|select|match)|end up (?:at|in|there|here)|land"
    " (?:at|with|a spot|a position|there|here)|get a (?:spot|position|place))",
    # Something of the applicant's that put them somewhere: "whether my scores put me in a
    # competitive position for your list", "placed me among the candidates you plan to rank".
    "(?:put|place|land|get|leave|keep) (?:me|us|my application|my name|my candidacy) (?:among"
    "|ahead of|above|below|behind) {g3}(?:candidate|applicant)",
    "(?:put|place|land|get|leave|keep) (?:me|us|my application|my name|my candidacy) (?:in|on"
    "|within|at|near|into) {g2}(?:your "
    + _RANK_LIST_WORDS  # not "put me on your mailing list"
    + "(?:list|rank|ranking)|(?:competitive|good|strong|high"
    "|top|matchable|safe|favorable) (?:position|spot|range|tier)(?! to )|the running)",
    # Good enough to be ranked: "did well enough to be ranked", "high enough on your list".
    "(?:i|we|me|my (?:interview|application|candidacy|performance|score|file)) {g4}enough {g2}to"
    " (?:be {a2}(?:rank|list|select)|match|make (?:the cut|your))",
    "(?:high|well|good|strong|competitive) enough {g2}(?:on|for|in) your {g1}(?:list|rank|ranking)",
    "(?:i|we|my application|my name) {a2}(?:be|sit|stand|land|end up) {a2}(?:in|at)"
    " (?:a |an |the )?{g2}(?:position|place|spot|standing|shape) (?:on|in|for|within) "
    + _YOUR_RANK_LIST,
    "(?:in|among|within|into) your (?:top|first) (?:5|10|3|two|three|few|tier|group|choice|choices"
    "|spot|spots|candidate|pick|picks|third|half|quarter|percent)",
    "(?:chance|shot|hope|possibility|scope) {g1}for (?:me|us|my application) (?:(?:at|with|in)"
    " {prog}|to"
    " (?:match|be rank|get in))",  # not "a chance for me in the research lab"
    "(?:expect|anticipate|count on) (?:to )?(?:be|being) rank",
    "(?:what|which) (?:position|place|spot|rank|number|standing|slot) (?:{aux} )?(?:i|we|my name"
    "|my application) {a2}(?:hold|have|occupy|be|sit|stand|get|fall)(?= (?:\\?|\\|)| {g2}(?:on"
    "|in|within) (?:" + _YOUR_RANK_LIST + "|(?:your|the) rank))",
    "(?:i be|be i) (?:someone|somebody|a candidate|an applicant|the kind of (?:candidate|applicant"
    ")) (?:that |who"
    " |whom )?(?:you|name|the committee|the program|your program) {a2}(?:would |could |can |will )?"
    "(?:see|picture|imagine|want|envision|rank)",
    "list of (?:candidate|applicant|interviewee) (?:for|to be|to|you plan to|you will|you intend"
    " to) {g1}rank",
    "be (?:i|my application) {a2}(?:among|one of) (?:the )?(?:top|best|strong|leading|competitive)",
    _WHERE_I_STAND.format(ask="where|how", who="i|we|my name") + _AFTER_STANDING,
    _WHERE_I_STAND.format(ask="how", who="my application|my candidacy") + _AFTER_STANDING,
    # Where the application stands is its status (checking-in: "where my application currently
    # stands", "where my candidacy stands at this point"), unless it is measured on the list,
    # against the others or in the program's eyes ("stands with the selection committee").
    _WHERE_I_STAND.format(ask="where", who="my application|my candidacy")
    + "(?= {g3}(?:"
    + _ON_THE_LIST
    + "|you|your|program|committee)(?: |$))",
    "my (?:merit|rank|ranking|match) (?:position|standing|number|status)",
    "my (?:current |present |exact |final |likely |tentative )?(?:position|place|spot|standing"
    "|stand|rank|ranking|name|application|candidacy|chance"
    "|odds|prospect|prospects|likelihood|status) {g5}(?:on|in|at|within|among|of) (?:your|the) "
    + _RANK_LIST_WORDS  # only a rank list: not "the parking pass list" or "the badge list"
    + "(?:list|ranking|rank)",
    "(?:what|how) be my (?:rank|ranking|standing|stand|position|place)(?= (?:\\?|\\||on|in|with"
    "|among))",
    # Climbing the program's list: "Can I do anything to move up your list?"
    "(?:move|moved|moving|climb|go|get) (?:up|higher) (?:on )?(?:your|the) {list}(?! of )",
    # Not the applicant's own situation told: "Please keep in mind this is my last chance to
    # match", "my best chance to match in internal medicine".
    "(?<!last )(?<!final )(?<!only )(?<!best )(?<!one )(?<!second )(?<!third )(?<!fourth )"
    "(?<!another )(?<!every )(?:chance|odds|likelihood|prospect|prospects) (?:of|for|to|at) {g2}"
    "(?:match|be rank|get in|be accept|secure a|be select|be choose|be pick)",
    "(?:likely|go|expect|set|on track|rank) to match",
    "(?:will|would|can|do|be) (?:i|we) {a2}(?:get to )?match",
    "do (?:i|we) {a2}have (?:a|any|an) {g2}(?:chance|shot)(?= (?:\\?|\\||of|at|with) )",
    "how (?:high|highly|well|far up|low) (?:up )?{g5}(?:rank|list|place|rate|view|evaluate|regard"
    "|assess|score)(?! of )",
    # "how high you're planning to put me": the program placing the applicant, ending there.
    "how (?:high|highly|far up) (?:up )?{g5}(?:put|keep|slot) me(?= (?:\\?|\\.|!|\\||on your) )",
    "high (?:up )?on your {list}",
    "how {a1}(?:favorably |favourably |highly |well |positively |kindly |strongly )?(?:do|would"
    "|will|did) (?:the committee|name(?: name){0,3}|the program|the faculty|your program|the team)"
    " {a2}(?:view|see|evaluate|assess|rate|perceive|regard|consider) (?:me|my application|my"
    " candidacy|my interview|my file)",
    "how (?:do|would|will|did) (?:you|the committee|name|the program) {a2}(?:view|see|evaluate"
    "|assess|rate|perceive|regard|consider) (?:me|my application|my candidacy)",
    "how competitive {yousay}?(?:i|my application|my candidacy) {a2}(?:be|look|seem|appear)",
    "how competitive be (?:i|my application|my candidacy)",
    "be (?:i|my application) {a2}competitive",
    "{ami} {a2}(?:consider|deem|see as|view as) competitive (?:for (?:rank|your)|to (?:be rank"
    "|match))",
    "{ami} {a2}(?:anywhere |somewhere )?(?:on|in) (?:" + _YOUR_RANK_LIST + "|your radar)",
    "{ami} {a2}(?:be )?(?:under consideration|consider) for (?:rank|your {list})",
    "(?:a|any|my) (?:spot|place|position) on your " + _RANK_LIST_WORDS + "(?:list|ranking)",
    "how (?:high|far up|low) (?:up )?(?:i|we|my name|my application) {a2}(?:{modal} )?{a2}(?:be"
    "|end up|land|sit|fall)(?= (?:\\?|\\||on|in) )",
    "{ami} {a2}(?:anywhere |somewhere )?(?:near|at|close to) the top"
    "(?= (?:\\?|\\.|\\||of (?:it|" + _YOUR_RANK_LIST + ")) )",
    "where (?:on|in) " + _YOUR_RANK_LIST + " {p3}(?:{aux} )?(?:i|we|my application|my name)",
    # Not the file's status ("where things stand with my application" is chasing).
    "where (?:things|matters|it) {a2}(?:stand|be) for (?:me|us)",
    # Safe, or time for a plan B: "Am I safe, or should I be making backup plans?"
    "be (?:i|we|my application) {a2}safe(?= (?:\\?|,|or|\\|) )",
    "(?:should|do) (?:i|we) {a2}(?:need to )?(?:be )?(?:make|have|start|look at|consider|think"
    " about) (?:a |any |some )?(?:backup|back-up|back up|plan b|other option)(?: plan)?s?"
    # The question ends there: not "a backup plan if my flight is late".
    "(?= (?:\\?|\\.|\\||,|or) )",
    "(?:be|do) (?:you|the committee|name|the program|the faculty) {a2}(?:impressed|happy|satisfied"
    "|pleased) (?:with|by) (?:me|my (?:interview|application|performance|candidacy))",
    "{modal} (?:i|my name|my application|we) {a2}be {a2}(?:on|in) your {g2}(?:list|ranking)",
    "(?:i|my application|my candidacy) {a2}(?:be |be be |have be )?consider (?:for (?:a |your )?"
    "|in (?:the |your )?|among (?:the |your )?)?(?:high|top|good|favorable) (?:rank|ranking|spot"
    "|place|position)(?! (?:in|of|for|at|on) (?!your |the (?:rank|match|list)))",
    "how (?:i|my application|my candidacy) {a2}(?:be|have be|will be) (?:view|see|evaluate"
    "|assess|rate|perceive|regard|consider)",
)

# The question put to someone else, as a forum post asks other applicants: "is it ok to ask the
# PD if I'm ranked", "weird to ask the PD where I'm sitting" (not "I wanted to ask you ...").
ASKING_SOMEONE_ELSE = topic(
    "asking-someone-else",
    'a rank question the writer would put to someone else: "is it ok to ask the PD if I\'m ranked"',
    # ("PD" in capitals is read as a name.)
    "ask (?:the |a |their |my |our )?(?:pd|pds|name|dr name|program director|program"
    "|coordinator|them)(?= (?:if|whether|where|how|about) )",
)
