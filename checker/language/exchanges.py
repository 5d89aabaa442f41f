"""Topics of exchanges: the program ranking the applicant in return, and the words of a deal
(reciprocal-request).
"""

from __future__ import annotations

from checker.language.topic import family, topic
from checker.language.word_classes import NOT_A_SEAT_AT_AN_EVENT, RANK_VERB

# What the applicant feels for a program, that could be returned.
_FEELING = (
    "(?:interest|feeling|feelings|sentiment|enthusiasm|regard|admiration|affection|excitement)"
)
PROGRAM_RANKS_APPLICANT = topic(
    "program-ranks-applicant",
    'the program ranking the applicant in return: "will you rank me highly", "you\'d do the '
    'same", "make sure I match", "the interest goes both ways"',
    "rank (?:me|us|my application)(?! know)",
    # The program choosing the applicant as one half of a trade: "you select me and I ...".
    "(?<=you )(?:select|choose|pick|take) (?:me|us)(?= (?:and|,) )",
    # The same as a bare imperative opening the sentence: "Match me and you're my #1."
    "(?<=\\| )(?:match|select|choose|pick|take) (?:me|us)(?= (?:and|,|-|&) )",
    f"{RANK_VERB} (?:me|us|my name|my application) {{a2}}(?:at (?:the )?top|in (?:your"
    " |the )?top|first|high|highly"
    "|to match|in your {g2}(?:range|top|list))",
    # A place where the applicant would match: "keep me at a matching position".
    f"{RANK_VERB} me {{a2}}(?:at|in|on|within) (?:a |an |the |your )?{{g1}}(?:match"
    "|matchable|safe) (?:position|range|spot|place|zone|slot)",
    "(?:be|get|being) rtm(?= )",  # "if I'm RTM": ranked to match, as forums write it
    "(?:be|get|being) rank (?:to match|high|higher|highly|well|first|near the top|at the top)"
    "(?! (?:in|of|among|at) (?:my|the|our|his|her) (?:class|school|cohort|batch|year|program))"
    # The program ranked on the applicant's own list: "[Program] will be ranked first on my list".
    "(?! (?:on|in) (?:my|our) )",
    "(?:help|get|make) me {a2}(?:get |be )?rank",
    "(?:i|we) {a2}(?:{modal} )?{a2}be your (?:first|top|no1)",
    "(?:promise|guarantee|assure) me {g2}match",
    "(?:i|we|my name) {a2}(?:be|get) (?:on|onto|high on|at the top of) your {g1}list",
    # Put on the list as the program's half of a trade: "put me on your list, I swear I'll
    # come", "if you put me on your list".
    "(?:put|place|keep|include|list|add) (?:me|us|my name) (?:on|onto|in) your {g2}list"
    "(?= (?:,|and|-|;|\\.|i) )",
    "(?:hope|wish|want|like|love) to (?:be|end up|land|sit) {a2}(?:high |highly |near the top |at"
    " the top )?(?:on|onto|of) your {g1}(?:list|rank|ranking)",
    # The applicant placed on the program's list: "I'm up there on ur list", "safely on yours".
    "(?:i|we|my name) {a2}be on it {a2}(?:high|highly|near the top|at the top|up there)",
    "(?:i|we|my name|my application) {a2}(?:be|get|end up|land|sit|stay|remain) {a2}(?:up there"
    " |high |highly |near the top |somewhere |safely |securely |comfortably |well )?(?:on|onto"
    "|at the top of|near the top of|high on) your {g1}(?:list|rank|ranking)",
    family(
        'the program giving the applicant a good rank: "provided your program also gives me a '
        'good rank", "if you assign me a high position"',
        "(?:give|gives|assign|assigns|allot|allots|grant|grants) (?:me|us|my application) (?:a |an"
        " |the |your )?{a2}(?:good|high|higher|top|first|favourable|favorable|strong|decent|safe"
        # Not a place to do something: "gave me a good spot to park" (but "... to match" is).
        "|matching|match) (?:rank|ranking|position|place|spot|slot)(?! to (?!match ))"
        "(?! (?:in|on|at|for) (?!your"
        " |the (?:rank |match )?list))",
    ),
    family(
        "the applicant in the good part of the program's list: \"I will be on the right side of "
        'your list", "in the top half of your rank list"',
        "(?:i|we|my name|my application|(?<=hope )to|(?<=want )to|(?<=wish )to) {a2}(?:{modal} )?"
        "{a2}(?:be|get|end up|land|sit|stay|remain|fall|make it) (?:on|in|into|onto|at|toward"
        "|towards) the (?:right side|good side|safe side|upper (?:part|half|end|third)|top"
        " (?:half|part|end|third|quarter|portion))"
        " of your {g1}(?:list|rank|ranking)",
    ),
    # What the program gives in return: a word or a sign about the applicant's rank.
    "(?:reply|answer|response|word|news|assure|signal|sign) (?:about|on|regarding) my (?:rank"
    "|ranking|standing|position|chance|chances)",
    "(?:signal|sign|word|hint|indication) back",
    "(?:where|how) (?:i|we|my application) {a2}stand (?:with|on|in) (?:you|your|name|the"
    " committee)",
    "(?:tell|show|let) me (?:know )?(?:that )?(?:i|we) {a2}(?:{modal} )?{a2}(?:be (?:safe|safely|in"
    "|on|high|rank)|match|get in|make it)",
    "(?<=on )yours",  # "as long as I am high on yours"
    "(?:be|get|being) (?:very )?(?:highly|high|well) rank",
    # Not the applicant's own news: "let you know that I will be ranking Eastbrook first".
    "(?:know|hear|sure)(?<!let you know) (?:that )?(?:i|we) {a2}(?:{modal} )?{a2}(?:match|be rank"
    "(?! (?:you|your|name|it|this|the program))|get in)",
    # The program placing the applicant, with the program as subject: "I hope the committee puts
    # me somewhere that counts" (not "put me in touch with a resident").
    "(?:you|the committee|your committee|the program|your program|they) {a2}(?:{modal} |be go to )?"
    "{a2}(?:put|puts|place|keep|keeps|slot|slots|position) me(?! (?:in touch|through|up|on hold"
    "|down for|in contact|at ease|on the spot|to work|on the (?:mailing|email|wait|waiting)))",
    # Favour asked for at rank time: "don't leave me hanging when you rank", "remember me when
    # the committee meets".
    "(?:remember me|think of me|keep me in mind|be kind to me|be good to me|not forget me|not"
    " leave me (?:hanging|out|behind)|look out for me|do right by me) {g2}(?:when|as|once|while)"
    " (?:you|the committee|your committee|name|the program) {a2}(?:rank|make|submit|certify"
    "|finalize|meet|do)",
    "keep me in mind (?:when|while|as you) rank",
    "(?<=top of )yours",
    "make (?:me|us) (?:yours|your (?:first|top|no1))",
    "(?<=onto )yours",
    "(?:have|had) a {g2}(?:shot|chance) on your {list}",
    "(?:see|view|consider) me as a {a2}(?:strong|good|great|top) (?:fit|candidate)",
    # A place on the program's list, promised or asked for: "assure me a place on its list".
    "(?:spot|place|position) on (?:your|its|their) {list}",
    "count on (?:a |the |your )?{g1}(?:spot|position|place|match|rank|being rank|be rank)",
    "(?<=in your )(?:top|first) (?:5|10|3|few|tier|group|choice|spot|pick|candidate|candidates"
    "|choices|spots|picks)",
    "(?:make sure|ensure|guarantee|promise|assure|confirm) (?:me |us )?(?:that )?(?:i|we) {a2}"
    "(?:{modal} )?{a2}"
    "(?:match|be rank|get)",
    "same (?:for|to) me",
    # A request for the program's word on ranking: "give me surety of ranking".
    "(?:surety|assure|guarantee|promise|confirmation|confirm|commit|word) (?:of|about|on|regarding)"
    " {g1}(?:rank|match|selection|select|spot|position|place)",
)
RECIPROCATION = topic(
    "reciprocation",
    'an explicit return: "do the same", "return the favor", "reciprocate", "goes both ways", '
    '"put each other first", "feels the same about me", "our lists will match up"',
    "(?:do|return) the (?:same|favor)",
    "(?:do|feel|think) likewise",
    "follow suit",
    "(?:feel|think) the same (?:way )?(?:about (?:me|us|my application)|toward me)",
    "(?:feel|think) the same way",
    # The program as the one who feels it: "let me know that it feels the same".
    "(?:you|(?<=that )it|the program|your program|the committee|name|they) {a2}(?:{modal} )?{a2}"
    "(?:feel|think) the same(?= (?:\\.|,|!|\\||too|as well|so|when|and) )",
    # The same measure asked back: "expect similar consideration from your side", "consider me
    # with the same regard I have shown", "my name comes up just as early".
    "(?:expect|hope for|count on|ask for|request|seek|get|receive|(?:consider|treat|regard|see"
    "|view|rank) me with) (?:the same|similar|equal|matching|a similar|an equal|equivalent"
    "|reciprocal) (?:consideration|treatment|regard|courtesy|preference|priority|enthusiasm"
    "|interest|respect)",
    "(?:i|we|my name|my application) {g3}(?:just|equally|every bit) as (?:high|highly|early|near"
    " the top|close to the top|far up)",
    "(?:our|the) (?:interest|feeling|feelings|enthusiasm) (?:in|for) (?:each other|one another)"
    "(?= (?:will|would|be|can|may|show|shows|come|go|run|\\.|,|!|\\||when|on|at|as|and|too) )",
    "mutual (?:no1|first choice|top choice|top spot|first (?:choice|pick|rank|place|spot)"
    # Not "mutual first impressions".
    "|(?:first|top|no1) (?:on|in) (?:our|each other s|the) {list})",
    "(?:feel|think) (?:similarly|likewise)",
    "(?:see|view|regard|consider|think of|keep) me {g2}in the same (?:light|way|spirit)",
    "(?<=hope )(?:i|we) {a2}be (?:one of |among |near the top of |high on |on )?yours",
    # Word of a place on the program's list: "the second I hear I'm one of yours".
    "(?:hear|know|learn|see) (?:that )?(?:i|we) {a2}be (?:one of |among |near the top of |high on"
    " |on )yours",
    "if (?:i|we) {a2}be yours(?= (?:\\.|!|,|;|:|\\||too|as well) )",
    "(?:i|we) {a2}be yours (?:too|as well|also)",
    "(?:what|how) about (?:me|mine)(?= \\? )",
    "(?<=\\| )mine(?= \\? )",
    "(?:our|both) (?:rank |rank order )?(?:list|lists|ranking|rankings) {g3}(?:{modal} )?{a2}"
    "(?:match|line up|align|agree|mirror)",
    "(?:rank|list) of each other",
    # Both lists meeting at one place: "I hope we land in the same spot on each other's lists"
    # (not "on our lists", "on both lists": a couple in the Couples Match writes that).
    "(?:land|end up|meet|sit|be) (?:in|at|on) the same (?:spot|place|position) on (?:each other"
    "|one another) (?:s )?{list}",
    # The program's list returning the applicant's feeling: "the same enthusiasm I feel".
    "(?:rank|list) {g3}(?:reflect|mirror|show|shows|match|carry) the same (?:enthusiasm|interest"
    "|excitement|eagerness|feeling|feelings) (?:that )?(?:i|we) {a2}(?:feel|have|show)",
    family(
        "the applicant's ranking made to follow what the program shows: \"my ranking of your "
        'program will reflect the interest you show in me", "my list will depend on how you '
        'feel about me"',
        "(?:reflect|mirror|depend on|depend upon|follow|track|hinge on|be base on|be tie to)"
        # A list or rank only as the program's or applicant's own ("your list", "the rank"),
        # with no free words before it: "follow the reading list you give residents" is travel.
        " (?:{g3}(?:interest|enthusiasm|consideration|regard|feeling|feelings|commit|signal"
        "|signals)|(?:your|my) (?:rank |rank order )?(?:list|rank|ranking)|the (?:rank|ranking))"
        " (?:that )?(?:you|name|the program|your program|the"
        " committee|they) {a2}(?:{modal} )?{a2}(?:show|have|give|express|feel|display|send"
        "|signal)",
    ),
    # The applicant wondering how the program feels in return: "how you feel about me".
    "how (?:you|name|the program|the committee|your program) {a2}(?:feel|think) (?:about|of)"
    " (?:me|us|my application|my candidacy)",
    "(?:2|two) way street",
    "(?:interest|feeling|sentiment) {a2}(?:be )?mutual",
    # Knowing or hoping the interest is returned: "if I knew it was mutual".
    # Or the condition that it is: "happy to rank you 1st if mutual", "as long as it's mutual".
    "(?:if|provided|assuming|as long as|so long as) mutual(?= (?:\\.|!|,|\\||and) )",
    "(?:know|hope|sure|see|hear|learn|feel|if|provided|assuming|as long as|so long as|once|when)"
    " (?:that )?(?:it|this|the feeling|the interest|the sentiment) {a2}(?:{modal} )?{a2}be"
    " {a2}mutual(?! (?:friend|friends|colleague|colleagues"
    "|acquaintance|contact|contacts|aid|fund|respect|understanding) )",
    # A place on the applicant's list given "as well": "first on mine as well".
    "(?:on|of|at the top of|on top of) mine (?:as well|too|also)(?= )",
    "be the (?:feeling|interest) mutual",
    "(?<=\\| )it be mutual(?! (?:friend|friends|colleague|colleagues|acquaintance|contact"
    "|contacts|aid|fund|respect|understanding) )",
    "(?<=hope )it be mutual",
    "be (?:i|we) yours(?= \\? )",
    "(?<=top of )yours",
    "let us make (?:this|it) (?:a match|official|mutual)",
    "same (?:consideration|treatment|courtesy)",
    "(?<=your )no1 (?:applicant|candidate|pick|choice) for my no1",
    "two-way street",
    family(
        "the applicant's feeling for the program returned: \"I hope the regard I feel for "
        'Crestmoor will be returned", "the interest will be shared"',
        f"{_FEELING} (?:(?:that |which )?i {{a2}}(?:feel|have|hold|show) (?:for|toward|towards"
        " |about|in) {prog} )?{g2}(?:{modal} )?{a2}be {a2}(?:returned|return|reciprocate|shared)",
    ),
    family(
        "the applicant's commitment or loyalty returned on the program's list: \"I hope my "
        'commitment to you will be returned on your list", "let my loyalty be reflected in your '
        'rank order list" (not "the department\'s commitment is reflected in its schedule")',
        f"(?:my|that|this|our) {{a1}}(?:{_FEELING}|commit|loyalty|devotion|dedication|preference"
        "|faith) {g4}(?:{modal} )?{a2}(?:be )?{a2}(?:returned|return|reciprocated|repaid)(?= )",
        f"(?:my|that|this|our) {{a1}}(?:{_FEELING}|commit|loyalty|devotion|dedication|preference"
        "|faith) {g4}(?:{modal} )?{a2}(?:be )?{a2}(?:reflected|reflect|mirrored|mirror|echoed"
        "|show up|shown|represented|honored|honoured) (?:on|in) (?:your|its|their) {g2}{list}",
    ),
    "(?<=my )(?:no1|top spot|first choice|top choice|first spot) (?:for|in exchange for) your"
    " (?:top|no1|first|high) (?:spot|place|rank|slot)",
    f"{RANK_VERB} (?:one another|us both)",
    "(?:expect|hope for|count on|ask for|get) the same",
    # The same given back: "A high rank from you would be met with the same from me."
    "(?:met|meet|match|return|answer|repay|reward|reciprocate) {g2}with the same(?= (?:from"
    " me|\\.|!|,|\\|) )",
    family(
        "the same place asked back on the program's list: \"keep me at the same place in your "
        'list", "the same position on yours"',
        "(?:at|in|on) the same (?:place|position|spot|rank|level|slot) (?:in|on|of) (?:yours|your"
        " {g1}(?:list|rank|ranking))",
    ),
    family(
        'the program\'s feeling for the applicant returned, "too": "it would be amazing to hear '
        "you're all in on me too\"",
        "(?:you|name|the program|your program|they|the committee) {a2}(?:{modal} )?{a2}(?:be"
        "|feel) {g3}(?:on|about|toward|towards) (?:me|us|my application) (?:too|as well|also)(?= )",
    ),
    # The same asked back for the applicant: "Top of my list. Same for me on yours?"
    "same (?:for|to) me (?:on|in|at the top of|near the top of) (?:yours|your {g1}(?:list|rank"
    "|ranking))",
    "the same from (?:you|your|name)",
    f"(?<=we ){RANK_VERB} each other",
    f"(?:{RANK_VERB}|make) each other (?:first|high|highly|at the top|no1)",
    "reciprocate",
    "(?:interest|feeling|commit|enthusiasm|sentiment) {g2}(?:be|go|run|ran|runs) {g1}(?:both ways"
    "|mutual|reciprocal|reciprocate)",
)
DEAL = topic(
    "deal",
    'an exchange named as such: "in return", "in exchange"',
    # Not thanks for a thing named: "In return for the tour, I mailed the residents a card".
    "in (?:return|exchange|turn)(?! for (?:the|your|a|an|all|their|his|her|this|that)"
    " (?!{g1}(?:rank|ranking|position|spot|place|seat|consideration|commit|promise|guarantee"
    "|assure|contract"
    "|offer|match|list) ))",
    "(?:that|this|it) be the deal",
)
RANKING_CONTEXT = topic(
    "ranking-context",
    "talk of rank lists, the Match or first place",
    "(?:rank|list|match|first|no1|at the top|on top|top of (?:my|your|our|each))",
)
# "slot me in at 3 pm" books a visit, unless it is into the list: "slot me in at the top".
_RANK_VERB_NOT_BOOKING = RANK_VERB.replace(
    "slot",
    "slot(?! (?:me|us) (?:in|into) (?!(?:at |near )?(?:the )?(?:top|high|first|your (?:list|top"
    "|rank))))",
)
RANK_ME_ASKED = topic(
    "rank-me-asked",
    'the program asked outright to rank the applicant: "please rank me highly", "kindly keep my '
    'name at the top of your list" (not a question: "if you will rank me")',
    f"(?<!you will )(?<!you would )(?<!if you )(?<!whether you ){_RANK_VERB_NOT_BOOKING}"
    " (?:me|us|my name|my application)(?= {a2}(?:high|highly|first|at|in|on|to|near|as|among"
    "|within|well|\\.|!) )",
)
PROMISE_ABOUT_RANKING_ME = topic(
    "promise-about-ranking-me",
    "a promise asked of the program about the applicant's rank: \"can you promise that you will "
    'rank me high", "could you assure me I will match"',
    "(?:promise|assure|guarantee|confirm|commit) (?:me |us )?(?:that )?(?:you|name|the program"
    "|your program|i|we) {a2}(?:{modal} )?{a2}(?:rank me|be rank|match)",
)

# A guaranteed place asked of the program: one side of a trade when a rank is offered for it
# ("If your good program can assure me a position, I will keep your program as number one").
PLACE_ASKED = topic(
    "place-asked",
    'a guaranteed place asked of the program: "assure me a position", "promise me of a seat"',
    "(?:assure|promise|guarantee|confirm) (?:me|us) (?:of )?(?:a|an|the|one|your) {g1}(?:{seat}"
    "|offer|residency)" + NOT_A_SEAT_AT_AN_EVENT,
    "(?:surety|assurance|guarantee|confirmation) (?:of|for|about) (?:a|an|the|my) {g1}(?:{seat}"
    "|selection|offer)",
)
