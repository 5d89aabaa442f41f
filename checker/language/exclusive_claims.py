"""The topic of exclusive claims: no other program will come before this one."""

from __future__ import annotations

from checker.language.topic import family, topic
from checker.language.word_classes import NOT_A_RESIDENCY_THING, RANK_VERB

# The other programs, as the applicant names them ("the other places I visited").
_OTHERS = (
    "(?:program|place|places|option|options|hospital|hospitals|residency|residencies|interview"
    "|school|schools|one|ones|institute|institution)"
)

# The last few (interviews): "my last two interviews", "my last 3 interviews".
_LAST_FEW = "(?:last|final) (?:2|3|4|two|three|four|few|couple of|several)"
# Choosing a program, and the other programs taken as a class ("anyone else", "the rest"; not
# "anyone else's opinion", "the rest of the day").
_CHOOSING = "(?:rank|list|consider|certify|include|put|place|enter|add)"
_OTHERS_AS_A_CLASS = (
    "(?:any(?:one|body)? else|any ?place else|anywhere else|elsewhere|anyone(?! else)"
    "|(?:any|every|all|the|my) (?:of the )?(?:other"
    f"|remaining) {{g1}}{_OTHERS}s?|any other(?= (?:\\.|!|,|\\|) )|the others|the rest|another"
    " (?:program|place|residency"
    "|hospital))(?! (?:to|of|who|that|whose|feeling|feelings|opinion|opinions|idea|ideas) )"
)
# Going somewhere weighed, not done: "I wouldn't even consider going anywhere else".
_WEIGHING = "(?:(?:consider|think about|think of|entertain|contemplate) )?"
# Going, applying or training somewhere, and the other places taken as a class.
_GOING = (
    "(?:apply to|apply|interview (?:at|with)|interview|go to|go in|go|train at|train in|train"
    "|training|join"
    "|attend|want"
    " to (?:go|train|be)|look at)"
)
_OTHER_PLACES = (
    # (Not a place at a moment: "anywhere but the hospital when my patient's results come".)
    "(?:(?:anywhere|any ?place|somewhere) (?:but|other than|except|besides) (?:here|there|{prog})"
    "(?! {g3}(?:when|while|during|until) )"
    "|anywhere else|any ?place else|somewhere else|elsewhere|(?:any|every|all|the|my)"
    " (?:of the )?(?:other|remaining) {g1}(?:program|residency|hospital|institution|institute"
    "|place)s?|another"
    " (?:program|residency|hospital|place))"
)
# "For" naming a purpose, unless it is the residency itself or an intensifier: "for my son's
# surgery", "for moonlighting" (not "for residency", "for anything", "for sure").
_FOR_A_PURPOSE = (
    "for(?! (?:my |the |a )?(?:residency|training|match|me|sure|certain|anything|good|now|real"
    "|life) )"
)
# The others named by a noun ("another hospital", "any other offer"), or by "another" alone
# with no noun after it ("I won't consider another."), not another thing ("another clinic for
# my flu shot").
_A_PROGRAM = (
    "(?:program|place|residency|residencie|hospital|option|institution|institute|school|one"
    "|ones|offer|position|but)"
)
_NO_NOUN = (
    "(?= (?:\\.|!|,|;|:|\\||-|but|than|except|besides|anymore|now|again|ever|either|instead|and|or"
    "|so|because|if|unless|whatsoever|at all|honestly|really|seriously) )"
)
# A condition that holds the claim back: "... any hospital without a night float", "I will not
# rank them at all until I hear from my advisor".
_NOT_UNTIL = "(?! (?:until|till|unless|without|before|pending) )"
# A place, a time or a kind that narrows "anywhere else": "in Ohio", "this week", "for surgery"
# (not the season itself: "I'm not ranking anyplace else this year").
# ("in my rank list" is no narrowing: it is where the others would go.)
_NOT_A_SCOPE = (
    "(?! (?:(?:in|on)(?! my (?:rank |order |rank order |rank-order |final )?list )|near|around"
    "|this(?! (?:year|cycle|season) )|that|today|tomorrow|during|over"
    f"|yet|{_FOR_A_PURPOSE}"
    "|until|till|since|outside|abroad) )"
)
# The others, when none of them wins: "none of them", "no other institute", "nothing else".
# One and no other: "only", "sole", "one and only", "single".
_SOLE = "(?:one and only|only and only|one true|only|sole|single|lone|one)"
_NO_OTHER = (
    "(?:(?:nothing|nobody|no one|no program) (?:else )?(?:on|in) (?:my|the) {list}(?! of)|(?:none"
    "|not one|neither) of (?:them|the others|the rest|the other {g1}"
    f"{_OTHERS}s?|my other {{g1}}{_OTHERS}s?)|(?:no|not a single|not one) (?:other )?{{g1}}"
    f"{_OTHERS}s?|(?:nothing|nobody|no one|nowhere|no place) else(?: on my {list})?"
    # A bare "nothing" or "nowhere" only as what was seen: "nothing on the trail", "nowhere I
    # interviewed" (not "nothing is as good as sleep").
    "|(?:nothing|nowhere)(?= (?:(?:that |which )?i {a2}(?:have )?(?:see|saw|visit|visited"
    "|interview|tour|toured) |(?:on|along|during) (?:the|my) (?:interview )?(?:trail|season"
    "|cycle) )))"
)
# Where the others were met: "on my list", "(where) I interviewed".
_MET = (
    "(?: (?:on|in) my {list}| (?:that |which |where )?i {g2}(?:interview|visit|visited|see|saw"
    "|apply|applied)(?: with| at| to| in)?)?"
)
# The others, taken as a class: "the other programs on my list", "every other place", and
# with the article dropped at a sentence start: "Rest of the programs I interviewed ...".
_THE_OTHERS = (
    "(?:(?:(?:the|my|all the|all|every|each|any) (?:of the )?|(?<=\\| )|(?<=, ))other {g1}"
    f"{_OTHERS}s?{_MET}|the others|(?:the |(?<=\\| ))rest(?: of (?:(?:my|the|all the) )?{{g1}}"
    f"(?:list|{_OTHERS}s?){_MET})?"
    "|(?:everything|everyone|everybody|everywhere) else(?: on my {list})?)"
)
# Being level with the one program: "in the same league", "on the same level", "comparable".
_LEVEL_WITH = (
    "(?:in the same (?:league|class|tier|category|universe|ballpark|level)|on (?:the same|that|a"
    " similar|an equal|equal|its|your) (?:level|footing|plane)|on par|equal|as good|comparable"
    # A bare "is close" is distance ("No other hospital is close, so I need a car"): only
    # "even/anywhere close" or close to the program.
    "|(?:even |anywhere )(?:close|near)(?= (?:\\.|!|,|;|\\|"
    "|-|to {prog}|with {prog}|tbh|honestly) )|(?:close|near)(?= (?:to|with) {prog} ))"
)
# Measuring up to the one program (said of the others, so negated or with "no other").
_COMPARE_VERB = (
    "(?:compare|come close|come near|come anywhere (?:close|near)|measure up|hold a candle"
    f"|stand equal|rival|match up|stack up|compete|be {{a2}}(?:{_LEVEL_WITH}|a match)"
    "|end up (?:anywhere |even )?(?:close|near)(?! (?:to )?(?:my|our|his|her|their|home)\\b))"
)
# The others named by what the applicant did with them: "no program I saw this season", "none
# of the places I interviewed at in the fall".
_SEEN = (
    "(?:(?:that |which )?i {a2}(?:have )?(?:see|saw|visit|visited|interview|interview at"
    "|interview with|apply to|tour|toured|rotate at|rotate through) (?:(?:this|last|in the"
    "|during the|on the|over the|so far) {g2})?|(?:on|along|during) (?:the|my) (?:interview )?"
    "(?:trail|season|cycle) )?"
)
# Losing to it: "pale next to", "fall short of", "a distant second", "just a fallback".
_LOSES = (
    "(?:pale|fall short|come second|lag behind|be {a2}(?:far |way |well )?behind|be {a2}(?:far"
    " |way |well )?(?:below|beneath) {prog}|(?:be|feel|seem"
    "|look) {a2}(?:like )?(?:a |an |my )?"
    "{a2}(?:very )?(?:distant )?(?:second|fallback|backup|back-up|plan b|afterthought"
    "|consolation prize|safety net|second best|second choice|also-ran))"
)
# What the others lose to: the program named, or the end of the clause.
_AGAINST_IT = (
    "(?: (?:to|with|against|next to|beside|compared to|behind|of) {prog}|(?: (?:now|anymore"
    "|anyway|by comparison|in comparison|by compare|in compare|already|honestly|at this point"
    "|for me|tbh|ngl|imo|fr|rn|lol))?"
    "(?= (?:\\.|!|,|;|\\||-) ))"
)
# A list named as the end of the clause, not the start of a comparison ("no other program on
# my list offers ...").
_LIST_ENDS = "(?= (?:\\.|!|,|;|:|-|\\||but|except|besides|apart from|other than|only|now|anymore) )"
# Beyond compare: "unmatched", "second to none", "without equal".
_PEERLESS = (
    "(?:unmatched|unrivaled|unrivalled|unequaled|unequalled|unparalleled|incomparable|peerless"
    "|matchless|second to none|without (?:equal|peer|rival)|beyond compare|beyond comparison)"
)
# The program itself, not "it" nor a team or department of it.
_THE_PROGRAM = (
    "(?:you|yours|(?:your|this) {g3}(?:program|residency|hospital)|name(?: name){0,3}(?: {g2}"
    "(?:program|residency|hospital))?)"
)
# Every other program, as what the one is set against: "any other", "the rest", "the places I
# interviewed", "the trail".
_ALL_OTHERS = (
    "(?:(?:any|every|all|each|the|my) (?:of the |of my )?(?:other|others|rest|remaining)"
    "|(?:anything|anyone|anywhere|everything|everyone|everywhere|anybody|everybody) else"
    "|(?:the|my) (?:program|place|residency|residencie|hospital|interview|option)s? i|(?:the|my)"
    " (?:interview )?(?:trail|season|cycle))"
)
# The clause says in what the program stands apart, so it praises a feature, not the program
# over the others: "stands apart for its refugee clinic", "second to none among the places I
# interviewed in its POCUS teaching".
_NOT_FOR_A_FEATURE = "(?! {g6}(?:in|for|with|through) (?:its|their|your) )"
EXCLUSIVE = topic(
    "exclusive",
    "no other program will come before this one: \"I won't rank any other program above "
    'yours", "the only program I will rank", "nothing else on my list comes close", "I will '
    'cancel my other interviews"',
    f"(?:not|never) {{a2}}(?:go to |plan to |intend to |want to |to )?(?:be )?(?:{RANK_VERB}"
    "|consider) (?:any(?:one|body|thing)?|another|a single|other|no) (?:other |single )?{g2}"
    "(?:above|ahead|higher|over|before|better|first)",
    "(?:not|never) {a2}(?:go to |plan to |intend to |want to |to )?(?:be )?(?:rank|consider|apply"
    "|interview|look|go)(?: or (?:rank|apply|interview))? (?:to |at |with )?(?:(?:anyone"
    "|anything|anywhere)(?: (?:else|but)|(?! (?:else|but) ))|(?:any other|another|other)"
    f" {_A_PROGRAM}|(?:any other|another|other){_NO_NOUN})"
    # Not another date or room: "I won't consider any other date for the second look".
    "(?!(?: else)? (?:date|day|time|week|month|hotel|flight|room|city|elective|rotation|topic|seat"
    "|shuttle"
    "|slot|dates|days|times|hotels|flights|rooms|electives|rotations|topics|opinion|opinions|idea"
    "|ideas|feeling|feelings|advice|input|view|views|session|sessions|talk|talks|lecture|lectures"
    "|workshop|conference|meeting|meetings|event|events|party) )"
    "(?!(?: else)? (?:(?:this|that|next|on that) (?:week|day|month|weekend|date)|today|tomorrow|in"
    f"|near|around|during|outside|abroad|until|since|yet|{_FOR_A_PURPOSE}) )",
    f"no (?:intention|plan|plans|desire|wish) (?:of|to) {{a2}}(?:{RANK_VERB}|consider)"
    " (?:any(?:one|body|thing)?|another|other) {g2}(?:above|ahead|higher|over|before|better"
    "|first)",
    f"(?:not|never) {{a2}}(?:imagine|see myself|picture) (?:{RANK_VERB}|choose)"
    " (?:any(?:one|body|thing)?|another|other) {g2}(?:above|over|ahead|higher|before|first)",
    # ("attending" keeps its form: the lexicon reads it as the doctor.)
    "(?:not|never) {a2}(?:to )?(?:be )?(?:go|attend|attending|go for|go to|travel) {g1}(?:the |my"
    " |any )?(?:other"
    f"|remaining|{_LAST_FEW}) {{g1}}interview(?! (?:in|at|on|near|during) )",
    "(?:(?:no|not a single|none of the|not one of the) (?:other )?(?:program|one|place|residency"
    "|hospital|option)s?|nobody|noone|no-one|none|nothing) (?:on my {list} |else |(?:that"
    " |which )?i {g3}|that |which )?{a2}"
    "(?:{modal} )?{a2}(?:be )?"
    # "getting ranked above" only against the program: not "above the patient's wishes".
    "(?:get (?=(?:(?:rank|place|put|list|appear|come|sit|go|end up|get) )?(?:above|ahead of"
    "|higher than|over|before|better than) {prog}))?(?:(?:(?:rank"
    "|place|put|list|appear|come|sit|go|make it|end up|get) )?(?:above|ahead|higher|over|before"
    "|better)"
    # A verb of beating only against the program: not "Nobody beats the residents at trivia".
    # ("could replace what I found at Saint Brendan's" is the program too).
    "|(?:outrank|beat|surpass|replace|top|outdo)(?= (?:what {g3}(?:at|in|with|about) )?{prog}"
    " (?!(?:at|in) (?!my ))))"
    # Not a time: "spoken assurances bind nobody before the Match".
    "(?! (?:the )?(?:match|deadline|certification|interview|rank list|list|day|date|end|start)"
    " )",
    # A belief that no other could feel the same: "I don't think any other program could ever
    # feel the same to me".
    "not {a2}(?:think|believe|imagine|expect) (?:that )?(?:any|another) (?:other )?(?:program"
    "|place|hospital|residency) {a2}(?:{modal} )?{a2}(?:ever )?(?:feel (?:the same|like home)"
    "|compare|come close|measure up)",
    "(?:not|never) {a2}see myself (?:anywhere|at any (?:other )?program) (?:but|else|other than"
    "|except)",
    # A bare "nothing" measured against the program named ("nothing else" and the others on
    # the list are _NO_OTHER, below).
    f"nothing (?:else )?{{a2}}(?:{{modal}} )?{{a2}}(?:even )?{_COMPARE_VERB} (?:to|with) {{prog}}",
    # What the applicant saw elsewhere, against the program by name ("it" could be anything).
    f"nothing i {{g3}}{{a2}}(?:{{modal}} )?{{a2}}(?:even )?{_COMPARE_VERB} (?:to|with) (?!it )"
    "{prog}",
    "(?:nothing|no other program|no program|no other place|nobody) (?:else )?(?:on my {list} )?"
    "{a2}(?:{modal} )?{a2}(?:come|get|be) {a2}(?:anywhere )?(?:close|near)(?: to| with)? {prog}",
    # "no place on earth I'd rather train".
    "(?:no|not a|not one) (?:other )?(?:place|program|hospital|residency) (?:else |on earth |in"
    " the world |in the country )?(?:that )?i {a2}(?:would|will) {a2}rather (?:train|be|go|match"
    "|work)",
    family(
        'no other place the applicant would go: "there is literally no other place I\'d go", "no '
        'program else I want to train at", "no other program I would rank"',
        "no (?:place|program|where|one) else (?:that )?i {a2}(?:{modal} )?{a2}(?:want|would like"
        "|wish|hope|plan|intend|see myself|picture myself)(?: to)? (?:train|be|go|match|rank)",
        # Not "could": "I had no other place I could go" is hardship, not a ranking.
        "no other (?:place|program|hospital|residency|institution|institute) (?:that |where |which"
        " )?i {a2}(?:(?!could ){modal} )?{a2}(?:go|train|rank|consider|choose|join|list|(?:want"
        "|wish|hope|long) to (?:be|go|train|match))"
        "(?= (?:\\.|!|,|;|\\||than|but|other|except|instead) )",
    ),
    "(?:no|no other) (?:program|place|residency|hospital|one) {g3}stand a chance against {prog}",
    "(?:nobody|no one|nothing|no other (?:program|place|residency|hospital)) (?:else )?{a2}"
    "(?:{modal} )?{a2}stand a (?:chance|prayer)(?= (?:\\.|!|,|\\||against|next to) )",
    f"(?:zero|no|not a) chance (?:that )?i {{a2}}(?:{{modal}} )?{{a2}}{RANK_VERB} (?:anyone"
    "|anything|any program|another program|any other) {g2}(?:higher|above|ahead|over|before)",
    "just (?:you|yours|your {g3}program|name(?: name){0,3}) (?:\\.|,|!|-|;) (?:\\| )?(?:no one"
    "|nobody|nothing|nowhere|no other (?:program|place)) else",
    "rather than (?:go|train|match|rank|end up) (?:anywhere else|elsewhere|somewhere else)"
    "(?! for (?!residency|training|the match))",  # not "anywhere else for dinner"
    # The others as a class losing to this one: "none of them compares with Linden Park",
    # "the other programs don't hold a candle to yours", "every other place feels like a
    # fallback", "everything else on my list is a very distant second".
    f"{_NO_OTHER} {_SEEN}{{g3}}{{a2}}(?:{{modal}} )?{{a2}}(?:even )?{_COMPARE_VERB}"
    "(?! (?:to|with) (?:the|my|a|an|his|her|their|this|that|these|those) (?!(?:program|residency"
    "|hospital|place"
    "|one)s? ))",
    # Measured against the program, or with nothing after: not "did not compete in the quiz",
    # "feels like a backup plan for bad weather".
    # (The verb may come before "not": "the rest are not at all comparable with Lakeshore".)
    f"{_THE_OTHERS} {{g3}}{{a2}}(?:{{modal}} )?not {{a2}}(?:even |at all )?(?:{_COMPARE_VERB}"
    f"|{_LEVEL_WITH}){_AGAINST_IT}",
    f"{_THE_OTHERS} {{g3}}{{a2}}(?:{{modal}} )?{{a2}}{_LOSES}{_AGAINST_IT}",
    # "They all fall short of you": a pronoun for the others, so the program must follow.
    f"they {{a2}}(?:all )?{{a2}}(?:{{modal}} )?{{a2}}{_LOSES} (?:of|to|next to|beside|against"
    " |compared to|behind) {prog}",
    "(?:stop|quit|give up|be done|finish) {a1}(?:look|search|searching|shop|think about|consider"
    "|look at|entertain|pursue|apply|interview) (?:at |about |to |with )?(?:elsewhere|anywhere"
    f" else|other {{g1}}{_OTHERS}s?(?! {NOT_A_RESIDENCY_THING} )|{_OTHERS_AS_A_CLASS}"
    "|alternatives|any alternative)"
    "(?! (?:for|in|at|near|on|this|that|today|tomorrow) (?!residency|training|the match))",
    # Struck off the rank list: "deleted every other program off my list".
    "(?:delete|deleted|remove|removed|erase|erased) (?:every|all|all the|the|my)"
    " (?:other|remaining)"
    f" {{g1}}{_OTHERS}s? (?:off|from) my {{list}}",
    # This program spoiled the others: "you've ruined every other program for me".
    f"(?:ruin|ruined|ruins|spoil|spoiled|spoilt|spoils) (?:every|all|any) (?:of )?(?:the )?other"
    f" {{g1}}{_OTHERS}s? (?:for me)?",
    # Telling the other programs no: "I'll be telling every other program thanks but no thanks".
    "(?:tell|telling|told) (?:all |every )?(?:the |my )?(?:other|remaining) (?:program|residency"
    "|hospital|institution)s? (?:that )?(?:thanks but no thanks|no thanks)",
    family(
        "asking the others to drop the applicant: \"I'm telling all the other programs to take me"
        ' off their lists"',
        "(?:tell|telling|told|ask|asking|asked|inform|informing|informed|email|emailing|emailed)"
        f" (?:all |every )?(?:the |my )?(?:other|remaining) {{g1}}{_OTHERS}s? to (?:take|remove"
        "|drop|strike|cross) me (?:off|from|out)",
    ),
    # Writing to the others to withdraw: "I have written to the remaining programs where I had
    # interviews scheduled to withdraw".
    "(?:write|wrote|written|email|emailed|contact|contacted|tell|told|inform|informed|notify"
    f"|notified) (?:to )?(?:all |every )?(?:the |my )?(?:other|remaining) {{g1}}{_OTHERS}s?"
    " {g6}to (?:withdraw|cancel|decline|pull out)",
    # Telling the others the applicant is not coming: giving them up.
    f"(?:let|tell|told|inform|informed|notify|notified|email|emailed|write|wrote) (?:all |every"
    f" )?(?:the |my )?(?:other|remaining) {{g1}}{_OTHERS}s? (?:know )?(?:that )?i {{a2}}(?:will"
    " not|would not|be not|not|be no longer) {a2}(?:be )?(?:come|attend|attending|rank|interview"
    "|join|go)",
    "(?:stop|stopped|quit|give up) (?:consider|look at|think about|entertain|pursue) (?:any |all"
    " |the |my )?(?:other |remaining )?(?:alternatives|alternative|options|programs|program"
    "|places)(?! (?:for|in|at|near) )",
    "(?:nobody|no one|nothing|no (?:other )?(?:program|place|hospital|residency|institution"
    "|institute)) (?:else )?{a2}be {a2}"
    "(?:even )?on my (?:radar|list|mind)(?= (?:\\.|!|,|\\||but|now|anymore|at this point) )",
    "not {a2}be (?:anyone|anybody|any program|another program|anything|any other program)"
    " (?:else )?(?:ahead of|above|before|higher than|over) {prog}",
    "(?:not|never) {a2}(?:see|imagine|picture) (?:any|another|other) {g2}(?:outrank|rank above"
    "|come before|beat|top)",
    # The others seen competing with it, or taken seriously beside it: "I cannot see another
    # program on my list competing with it", "I cannot take them seriously after Lindenwood".
    "(?:not|never) {a2}(?:see|imagine|picture) (?:any|another|other) (?:other )?(?:program|place"
    "|residency|hospital)s? {g4}(?:compete|competing|come close|coming close|measure up"
    "|measuring up) (?:with|to|against) (?:it|{prog})(?! for (?:[a-z]+ )?(?:volume|funding|patient"
    "|case|grant)s?\\b)",
    "(?:not|never) {a2}take (?:them|the others|the rest|(?:the |my |any )?other {g1}(?:program"
    "|place|residency|hospital|interview)s?) seriously (?:anymore |now )?(?:after|next to|beside"
    "|compared to|compared with|against) {prog}",
    "(?:not|never) {a2}give (?:any|another) {g2}(?:the )?(?:position|spot|place) (?:above|ahead of"
    "|over|before)",
    # The same place given to no other: "I am not going to give the same place to any other
    # program in my rank list".
    "(?:not|never) {a2}(?:go to )?give (?:the same|that|this|an equal|equal|my (?:top|first"
    "|no1|highest)) (?:place|position|rank|spot) to (?:any|another) (?:other )?(?:program|place"
    "|hospital|institute|institution|residency)" + _NOT_A_SCOPE,
    # The others no longer real beside it: "nowhere else even feels real to me anymore", "none
    # of them feels like a real option next to Ashby".
    "(?:nowhere|no (?:other )?(?:program|place)) else {a2}(?:even )?(?:feel|seem) (?:real|right"
    "|like home|like an option|like a real option)(?: to me)?(?:(?= (?:\\.|!|,|;|\\||anymore"
    "|now) (?!after |since |because |when ))| (?:after|next to|beside) {prog})",
    f"{_NO_OTHER} {{a2}}(?:feel|seem|look) like (?:a |an )?(?:real |serious |true )?(?:option"
    "|choice|alternative|contender) (?:next to|beside|compared to|compared with|against|after)"
    " {prog}(?!(?: name)* , (?:since|because|as|given) )",
    # None coming out ahead of it, or overtaking it: "none has come out ahead", "It would take
    # something truly unexpected for any other program to overtake Hollins".
    f"(?:none|not one|no other {{g1}}{_OTHERS}s?)(?: of them)? {{a2}}(?:have )?come out"
    " (?:ahead(?! of (?:schedule|time|budget))|on top)",
    "for (?:any|another) (?:other )?(?:program|place|residency|hospital) to (?:overtake|outrank"
    "|surpass|displace|unseat|top|beat) {prog}(?! in (?:[a-z]+ )?(?:volume|funding|size|number"
    "|ranking|score|grant)s?\\b)",
    # Above all of the rest of the list: "Whatever order the rest of my list takes, Marlowe
    # will sit above all of it" (the list named first: not "Parking Garage B will sit above
    # all of it").
    "(?:list|order|ranking|rank|program) {g8}, {prog} {a2}(?:{modal} )?{a2}(?:sit|be|stay"
    "|stand|come|go) above (?:all|each) of (?:it|them|the others|the rest)",
    "{prog} {a2}(?:{modal} )?{a2}(?:sit|be|stay|stand|come|go) above (?:all|each) (?:of )?(?:the"
    " others|the rest|the other {g1}(?:program|place|residency|hospital)s?|it on my {list}|them"
    " on my {list})",
    "not {a2}(?:interested|keen) (?:in|on|to|for) (?:join |joining |go to |going to )?(?:(?:any"
    "|another)"
    " (?:other )?(?:place|program|residency|hospital|option|institute|institution)|anywhere else"
    "|any other)(?! (?:of|for) )",
    "not {a2}have (?:any )?interest in (?:any|another) (?:other )?(?:place|program|institute"
    "|hospital|residency)",
    "no other (?:program|place|residency) {a2}(?:even )?(?:exist|exists)",
    "nothing {a2}(?:{modal} )?make me choose",
    "make me choose (?:another|any other|a different) (?:program|place) over {prog}",
    "(?:stop|stopped) (?:look|looking) at (?:other|any other) (?:program|place)",
    "nowhere else i {a2}(?:{modal} )?{a2}(?:consider|go|train|want|rank)",
    "(?:other|rest) {g4}(?:be )?(?:just |only |merely )?(?:backups|backup|a backup|safety"
    "|safeties)",
    f"(?:other|rest of (?:the|my)) {{g2}}(?:{_OTHERS}|list|rank list) {{g2}}(?:be )?(?:just |only"
    " |merely )?(?:a formality|formalities|an afterthought|filler)",
    "against rank (?:the|any|my) (?:rest|other)",
    "let the rest of my {g1}interview",
    "not {a2}(?:be )?(?:join|joining) (?:any|another) (?:other )?(?:program|place|hospital"
    "|institute)",
    "not {a2}(?:be )?rank (?:those|these|the other|the remaining|any of the other)",
    "not {a2}(?:even )?(?:bother|bothering) (?:with|w) (?:other|any other|the rest|my other)",
    "rather not match",
    # The others given up: "the other places are no longer in the running", "crossed off".
    *(
        f"(?:(?:other|rest of (?:the|my)) {{g2}}(?:{_OTHERS}|list|rank list)|the others|all the"
        f" others) {{g3}}{given_up}"
        for given_up in (
            "(?:be|have be) {a2}(?:no longer|not) {a2}(?:in the running|an option|options|on my"
            " (?:list"
            "|radar)|under consideration|in contention|in consideration)",
            "(?:be|have be) {a2}(?:out of the running|out of (?:the )?question|off my (?:list|radar"
            "|rank list))",
            "(?:have )?{a2}(?:drop|dropped|fall|fallen|fell|slip|slipped|go) off my (?:list|radar"
            "|rank list)",
            "(?:(?:do not|not) {a2}(?:even )?|(?:barely|hardly|scarcely) )(?:register|registers"
            "|matter|matters|count|counts|exist|exists|compare)",
        )
    ),
    f"(?:cross|crossed|crossing|strike|struck|scratch|scratched) (?:off )?(?:every|all|the|my)"
    f" (?:other|remaining) {{g1}}{_OTHERS}",
    "(?:no|not a single|none of the|not one of the) (?:other )?(?:program|place|residency|hospital"
    "|option)s? {a2}(?:{modal} )?{a2}(?:get|receive|have|deserve|stand) (?:a|any|the same) {g2}"
    "(?:look|chance|consideration|shot|attention)",
    "no longer {a2}(?:plan to |intend to |go to )?rank",
    "(?:no (?:other )?(?:program|residency|hospital|place|institution)|(?:nobody|no one) else)"
    " {a2}(?:{modal} )?{a2}(?:be )?(?:get"
    "|take|have|earn|receive) my (?:first|top|no1) (?:spot|place|rank|position|vote)"
    "(?! (?:at|in|on|for) (?!my ))",  # not "my top spot at the dinner table"
    # That spot kept from the others: "I will make sure no one else gets that spot on my list".
    "(?:no (?:other )?(?:program|residency|hospital|place)|(?:nobody|no one) else) {a2}(?:{modal}"
    " )?{a2}(?:get|take|have) (?:that|this) (?:spot|place|position) on my {list}",
    # Happy nowhere else, hedged: "I'm not sure I could be happy at any of the other places I
    # interviewed", "I don't think I will even rank the others".
    "not (?:sure|think) (?:that )?i {a2}(?:{modal} )?{a2}be {a2}happy (?:at|in|with) (?:any"
    f"|another) (?:of the )?(?:other )?{_OTHERS}s?{_NOT_UNTIL}",
    "not {a2}think i {a2}(?:{modal} )?{a2}(?:even )?rank (?:the others|the rest|any of the others"
    f"|the other {{g1}}{_OTHERS}s?)",
    # Applying seriously to it alone, as a fragment: "Only applying seriously to you."
    "(?<=\\| )only apply (?:seriously |really )?to {prog}",
    "no longer {g5}(?:interview|apply|look|rank|consider) (?:at |to |with )?(?:anywhere else|any"
    " other|other|elsewhere)",
    # The others named and set aside: "Harbor View and no one else", "your hospital only, no
    # other place", "nowhere else", "anyone but you".
    "(?:rank|join|train at|choose|want|see myself at|picture myself at|attend|list|certify"
    "|include) {prog} {g2}(?:and|but|,) (?:no one|nobody|nowhere|nothing|none other|no other"
    " (?:place|program|hospital|one))",
    "(?:rank|train|go|match|work|join|consider|apply|include|want|be) (?:at |to |with |in )?"
    "(?:anywhere|anyone|any program|any other program|any place|anything) (?:other than|but"
    "|except|besides|apart from) {prog}(?! {g3}(?:when|while|during|until) )",
    "rather {g2}(?:go|stay|be|remain) unmatched than",
    "not {a2}(?:want to|wish to|plan to) (?:be|go|train|match) anywhere(?: else)?"
    "(?= (?:\\.|!|\\||if"
    "|unless"
    "|but|other|except) )"
    # Not a place at a moment: "anywhere but the hospital when my patient's results come back".
    "(?! {g5}(?:when|while|during|until) )",
    # The same doubt behind a hedge, with the program as the condition: "I'm not sure I want
    # to train anywhere if it isn't Westbrook" (a bare "not sure I want to go anywhere" is not).
    "not sure (?:that )?i {a2}(?:want to|wish to) (?:be|go|train|match) anywhere(?: else)?"
    " (?:if (?:it|that) {a2}be not|unless (?:it|that) {a2}be) {prog}",
    # A belief that nowhere else would do: "I don't think I could be happy anywhere but at X".
    "not {a2}(?:think|believe) (?:that )?i {a2}(?:{modal} )?{a2}(?:be happy|be|train|thrive)"
    " (?:anywhere|anyplace) (?:but|other than|except) (?:at |with |in )?{prog}(?= (?:\\.|!|,|;"
    "|\\|) )",
    "(?:not|never) {a2}(?:to )?(?:want|plan|intend|wish|see myself|picture myself|imagine myself"
    "|consider|rank|train|go|be|certify|submit|include|apply|join) {g4}(?:anywhere|anyone|any"
    " program|any other program|any place|anything) (?:other than|but|except|besides|apart from)"
    " {prog}(?! {g3}(?:when|while|during|until) )",
    "{prog} {a2}be (?:the|my) (?:whole |entire )?{list}(?= (?:\\.|!|,|;|\\||-|for me) )",
    "all (?:of )?my eggs in {g1}basket",
    "(?:put|putting|bet|betting|stake|staking) (?:everything|it all|all) on (?:{prog}|this one"
    " program)",
    "(?:not|never) {a2}(?:list|rank|include|keep|add) (?:a|any) (?:backup|back-up|fallback|safety)"
    "(?: program| option| school)?s?(?= (?:\\.|!|,|;|\\||program|option|school) )",
    "(?<=\\| )(?:only|exclusively) (?:rank|list|consider|apply to) {prog}",
    "(?:be|have) {a2}no (?:competition|contest|comparison|compare|rival|contender) (?:(?:for"
    "|with|to) {prog}|between {prog} and (?:the|my|any|every|all the) (?:other|others|rest))",
    f"no other {_OTHERS} {{g2}}(?:be )?(?:there )?in my (?:mind|head|heart|thoughts|plans"
    f"|{{list}})",
    f"{RANK_VERB} {{g3}}(?:below|behind|beneath|under) {{prog}}",
    # None of the others put ahead of it: "I would put none of them ahead of Sorrel Bay".
    f"{RANK_VERB} (?:none of (?:them|the others|the rest|the other {{g1}}{_OTHERS}s?)|no other"
    f" {{g1}}{_OTHERS}s?|nobody|no one) (?:else )?(?:ahead of|above|over|before|higher than)"
    " {prog}(?!(?: name)* in terms? of)",
    # The others blurred together after it: "every other program blurred together after
    # Lakemont".
    f"(?:(?:every|all (?:the |my )?|the|my) other {{g1}}{_OTHERS}s?|everything else|the rest)"
    " {g2}(?:blur|blurred|blend|blended) (?:together|into one) (?:after|next to|beside"
    "|compared to|compared with) {prog}",
    family(
        "not matching at the program as the end of the year: \"if it's not Kingsbridge, I'd "
        'rather not match", "If I do not match with you, I would rather sit out this year"',
        "if (?:it|that) {a2}be not {prog} , {g3}(?:not|never|rather|nowhere|nothing|no)",
        "(?:if|should) i {a2}(?:do )?not {a2}match (?:with|at|to|into|in) {prog} {g2}(?:, )?(?:then"
        # Not "plan to": reapplying next year is not refusing to rank others.
        " )?i {a2}(?:{modal} )?{a2}(?:rather|prefer to|just) {a2}(?:sit out|reapply"
        "|re-apply|wait|not match|go unmatched|stay unmatched|skip|try again|apply again|take a"
        " year)",
        "i {a2}(?:{modal} )?{a2}(?:rather|prefer to) {a2}(?:sit out|reapply|re-apply|wait|not"
        " match|go unmatched|stay unmatched|skip|try again|apply again|take a year) {g3}(?:if"
        " |should )i {a2}(?:do )?not {a2}match (?:with|at|to|into|in) {prog}",
    ),
    "my {list} {a2}(?:{modal} )?{a2}(?:have|hold|contain|include|feature|carry) (?:only |just "
    "|exactly )?"
    "(?:one|a single|1) (?:name|program)(?! at the (?:very )?top)",
    "only {a2}(?:be )?rank (?:2|3|one|1|a couple of|a few|a handful of) (?:program|place|options)",
    "no second choice",
    # No other close to first: "you are my #1, and it isn't close" (a bare "no contest" or "by
    # a mile" only stresses the rank: ds4-138, ds6-029).
    "(?:no1|first choice|top choice|first pick|top pick) (?:(?:,|-|and) )*it be {a2}not {a2}close",
    "not {a2}(?:be )?rank the (?:rest|other)",
    family(
        'not even imagining another place: "I can\'t imagine training anywhere else", "I don\'t '
        'see myself anywhere but Eastfield"',
        "(?:not|never|no longer) {a2}(?:picture|see|imagine) (?:myself |(?:myself )?(?:training|be"
        "|working|matching|living|go|stay) )(?:(?:anywhere|anyplace|somewhere)"
        f" (?:other than|but|except|else{_NOT_A_SCOPE})|(?:at|in|with) (?:any|another) (?:other )?"
        "(?:program|residency|hospital|place)(?= (?:\\.|!|,|;|\\||but|other than|except) ))"
        # (not a place at a moment: "anywhere but the ward when my patient went home")
        "(?! {g5}(?:when|while|during|until) )",
    ),
    family(
        'no other place where the applicant would be happy: "there is no other program I would '
        'be happy at", "no hospital where I could thrive as I would at yours"',
        "(?:no|not a|not one) (?:other )?(?:place|program|hospital|residency|institution|institute)"
        " (?:else )?(?:on earth |in the world |in the country )?(?:that |where )?i {a2}"
        "(?:{modal} )?{a2}(?:be (?:as |so |truly |really )?(?:happy|happier|content|fulfilled)"
        "|thrive|belong"
        "|fit in|fit|feel at home)(?: (?:at|in|with|there))?(?= (?:\\.|!|,|;|\\||-|than|other"
        " than|but|except|as) )",
    ),
    "(?:(?:every|all|each) other (?:program|place|one|residency|option)s?|(?:everyone|everybody"
    "|everything|every program) else(?: on my {list})?) {a2}(?:be|will be|come|feel) (?:a )?"
    "(?:distant )?(?:second|behind|secondary)",
    "(?:only|sole|lone|single|one and only) (?:program|place|residency|hospital|one|option"
    "|choice) (?:that |which )?i {g3}"
    "(?:rank|consider|train|join|interested|want|apply(?! (?:to |at )?{g2}(?:with|that have"
    # (not a person: "the only one I would be truly happy to see again is Dr. Patel")
    "|offering) )|see myself|care about|(?:be happy|be {a2}happy)(?! to (?:see|meet|hear|talk))"
    "|thrive"
    "|submit|submitting|certify"
    "|belong|attend|match|{a2}(?:{modal} )?{a2}go(?= (?:\\.|!|,|\\|) ))",
    "only {prog} {a2}(?:{modal} )?{a2}(?:be|appear|go|get) {g2}(?:on|in) my (?:{list}|mind|radar"
    "|heart|thought)",
    "i {a2}(?:{modal} |be |plan to |intend to |be go to )?{a2}(?:only|exclusively) (?:be )?"
    "(?:rank|consider|apply(?= (?:to|at|with) {prog})|interview(?= (?:at|with) {prog})|interested"
    "|see myself|picture myself|want to (?:train|be|go|match) (?:at|with|to|in) {prog})",
    "(?:rank|keep|list|want|choose) (?:only|just) {prog}(?= (?:\\.|!|,|;|\\||-|for|as|and|on|in) )",
    "rank (?:only|just) (?:one|1|a single) (?:program|place)",
    # The noun ends the phrase ("submit only one program signal", "just one program director
    # letter" are other things), and a name only on the list ("one name as an emergency contact").
    "(?:rank|list|certify|submit|include) {a2}(?:only |just )?(?:a single|one single|only one"
    "|just one) (?:(?:program|place|residency)(?= (?:\\.|!|,|;|:|-|\\||and|but|this|next|on my"
    "|in my|in the match|to the match|for the match) )|name(?= on my {list} ))",
    "see no other (?:program|place|residency|hospital|option)s? (?:in my (?:future|mind|plans)|for"
    " me)",
    f"{RANK_VERB} {{prog}} (?:above|ahead of|over|before) (?:all|every|any|each) (?:of )?(?:the )?"
    "(?:other|others|rest|remaining)",
    "only {a2}(?:be )?rank {prog}",
    "(?:stop|stopped) (?:attend|attending|go to|going to|accept|accepting|schedule|scheduling)"
    " {g1}(?:other|remaining|more|further) {g1}interview",
    # Giving up the others ("cancel my other interviews", "my last two interviews", "let go of
    # every other option"), not one named other ("I declined my other interview in Boston").
    *(
        "(?:cancel|withdraw|decline|turn down|drop|forgo|skip|give up|let go of) {g2}"
        + others
        + " {g1}(?:interview|application|program|offer|invitation(?<!dinner invitation)"
        "(?<!social invitation)(?<!party invitation)(?<!wedding invitation)|trail|option|options"
        "|place|places)(?! (?:in|at) name)" + guard
        for others, guard in (
            # All of them: "every other interview", "my remaining interviews this season".
            (
                "(?:(?:all|every) (?:the |my |of the |of my )?other|(?:all |every |my |the )?"
                "(?:remaining|rest of my|rest of the))",
                "",
            ),
            # "The other" or "my other" names one event when more is said of it: "the other
            # interview scheduled for that day", "my other application to a summer program".
            (
                "(?:my |the )?other",
                "(?! (?!for (?:you|your|this|name|the program) )(?:scheduled|planned|set|booked"
                "|for|to|at|in|on|with|that|which|from|this|next|tomorrow|today|tonight) )",
            ),
        )
    ),
    "withdraw from (?:all )?(?:other|the other|the remaining|remaining|the rest of (?:the|my)"
    f" {{g1}}|my {_LAST_FEW} )(?:program|interview|trail"
    "|application)",
    # The last few interviews given up, not when forced to ("I had to cancel my last two").
    f"(?<!have to )(?:cancel|decline|skip|drop) {{a2}}my {_LAST_FEW} interview",
    # Any act of choosing, negated, over the others as a class: "I'm not even going to bother
    # ranking anyone else", "I don't plan on ranking any other programs", "I'll rank no other
    # program" (not one place or time: "I didn't interview anywhere else in Ohio").
    "(?:not|never|no longer) {a2}(?:to )?(?:{intent} |be go to |go to |plan on |bother (?:to"
    " |with )?|(?:be )?(?:wishing|wanting|planning|hoping|intending|thinking of) to )?"
    f"{{a2}}(?:bother (?:to |with )?)?(?:be )?(?:{_CHOOSING} {_OTHERS_AS_A_CLASS}"
    f"|{_WEIGHING}{_GOING} {_OTHER_PLACES}){_NOT_A_SCOPE}",
    # The same said as no intention: "I have no intention to join any other programme".
    "no (?:intention|plan|plans|desire|wish|interest) (?:of|to|in) {a2}(?:be )?(?:"
    f"{_CHOOSING} {_OTHERS_AS_A_CLASS}|{_GOING} {_OTHER_PLACES}){_NOT_A_SCOPE}",
    f"{_CHOOSING} (?:no|not a single|not one) other {_OTHERS}{_NOT_A_SCOPE}",
    f"(?:no|not a single) other {_OTHERS} (?:that |which )?i {{a2}}(?:{{modal}} )?{{a2}}"
    f"(?:think (?:of|about) |dream of |imagine )?{_CHOOSING}",
    # The one program set against every other: "I'd choose your program over every other".
    "(?:choose|pick|prefer|want|take) {prog} (?:over|above|ahead of|before) (?:every|all|any)"
    " (?:of )?(?:the )?(?:other|others)",
    f"(?:all|every|each) (?:of )?(?:the |my )?other {{g1}}{_OTHERS} {{a2}}(?:{{modal}} )?"
    "{a2}(?:be) {a2}(?:secondary|second|inferior|a distant second|behind)",
    "(?:leave|keep|take) (?:every|all|the|my|any) (?:of )?(?:the |my )?other {g1}(?:program|place"
    "|residency|hospital|one)s? off my {list}",
    "(?:(?<=the )|(?<=my )|(?<=\\| ))others {a2}(?:{modal} )?not {a2}(?:even )?make my {list}",
    # Not "my only option was the bus", "the only program in the region with a rural track".
    family(
        'the program as the sole choice: "my one and only choice", "you are my sole option", '
        '"yours is the only program where I see myself", "Cranford is it for me", "yours or no '
        'one\'s", "the only name on my list"',
        f"my {_SOLE} (?:choice|option|pick|program|place|residency|destination)(?= (?:\\.|!|,|;"
        "|\\||-|for me|on my|in my|for residency|for training|and) )",
        f"{{prog}} {{a2}}be (?:the|my) {_SOLE} (?:choice|option|pick|program|place|residency|one)"
        "(?= (?:\\.|!|,|;|\\||-|for me|on my|in my|where i {a2}(?:{modal} )?{a2}(?:see|picture"
        "|imagine|want|wish|hope|would like|long|belong|thrive|fit|be happy)) )",
        "(?:nowhere|nothing|no one|nobody|no program|no place) (?:but|except|other than|besides)"
        " {prog} {a2}(?:{modal} )?{a2}(?:do|work|suffice|count|matter)(?= (?:\\.|!|,|\\||for me) )",
        "(?:you|yours|your {g3}program|name(?: name){0,3}) {a2}be (?:it|the one)(?: for me)?"
        "(?= (?:\\.|!|,|;|\\||-) )",
        "{prog} or (?:nothing|bust|no one|nobody|nowhere|none|no program|no other)(?= )",
        "the (?:only|sole|one) (?:program|place|residency|hospital|one|name|entry) (?:(?:that"
        " |which )?(?:be )?go |i {a2}(?:{modal} )?{a2}(?:put|list|rank|enter) )?(?:on|in|onto) my"
        " {list}(?! of )",
        "(?:only|no other) (?:program|place|one|residency) for me",
    ),
    "(?:withdraw|pull|cancel) {g2}(?:application|interview) (?:to|at|with|from) (?:all |every |each"
    " )?(?:the )?(?:other|remaining) (?:program|place|residency|hospital)",
    # Others given up for this one: "turned down two interviews so I could focus on you".
    "(?:cancel|decline|turn down|skip|drop|withdraw from) {g3}interview {g6}(?:to focus on|so"
    " (?:that )?i (?:can|could) {g2}(?:focus|focused|focusing|concentrate) on) {prog}",
    "(?:rank|want|choose|consider|train at) {prog} alone",
    # Put first and above everyone, after a pause: "I have put you at the very top, above
    # everyone."
    f"{RANK_VERB} {{prog}} {{g5}}, (?:above|ahead of|over|before) (?:everyone|everybody|all"
    " (?:the )?others|all (?:the )?other {g1}(?:program|place|residenc(?:y|ie)|hospital)s?"
    "|the rest)"
    "(?= (?:\\.|!|,|;|\\|) )",
    # The others put first, then set aside: "other programs I have not even considered".
    "other (?:program|place|hospital|residenc(?:y|ie)|option)s? i {a2}(?:have"
    " |do |will |would )?not {a2}(?:even )?(?:consider|look at|think about|think of|rank)"
    "(?= (?:\\.|!|,|;|\\||-|at all|anymore|since) )",
    # Fronted with where they were met: "the other places I have attended I am not considering
    # seriously".
    "other (?:program|place|hospital|residenc(?:y|ie)|option)s? (?:that |which |where )?i {a2}"
    "(?:have )?(?:see|visit|attend|interview|tour)(?: at| with| in)? (?:, )?i {a2}(?:be |have |do"
    " |will |would )?not {a2}(?:even )?(?:consider|look at|think about|think of|rank) (?:seriously"
    f"|at all|anymore|now){_NOT_UNTIL}",
    family(
        'the program beyond compare with the others: "yours stands alone among the places I '
        'interviewed", "unmatched by any other", "in a league of its own", "Among all the '
        'programs I saw, Northgate stands alone", "Only Meridian fits what I want. No other." '
        '(not "the view was unmatched", "the residents stand alone on nights")',
        # (The program itself, not what is at it, "the people at your program are unmatched",
        # nor a team of it: "your nursing team is in a league of its own" is praise.)
        f"(?<!at )(?<!of )(?<!in )(?<!from ){_THE_PROGRAM} {{a2}}(?:{{modal}} )?{{a2}}(?:stand"
        # (the verb may be dropped in phone mail: "Yours unmatched by anything else I saw")
        " (?:alone|apart)|(?:(?:be|remain|stay|stand) )?"
        f"{{a2}}{_PEERLESS}) (?:by|to|with|among|amongst|compared to|next to|against|beside"
        f"|from|above|of|in comparison (?:to|with)) {_ALL_OTHERS}{_NOT_FOR_A_FEATURE}",
        # Said alone, "unmatched" and "second to none" are praise (generic-praise): only
        # "stands alone" is a claim without the others named.
        f"{_THE_PROGRAM} {{a2}}(?:{{modal}} )?{{a2}}stand alone(?= (?:\\.|!|;|\\||for me|in my"
        " (?:eyes|mind|book)|on my {list}) )",
        f"{_THE_PROGRAM} {{a2}}(?:{{modal}} )?{{a2}}(?:be|remain|stand|feel|seem) {{a2}}in (?:a|its"
        "|your) {a2}"
        "(?:class|league|category|tier) (?:of (?:its|your|their) own|by (?:itself|yourself)|all"
        " (?:of )?(?:its|your) own|apart)",
        "among (?:every|all|each|any|the|my) (?:of )?(?:the |my )?(?:other )?{g1}(?:program|place"
        "|residency|residencie|hospital|interview|option)s? {g6}, "
        f"{_THE_PROGRAM} {{a2}}(?:stand (?:alone"
        f"|apart)|(?:be|remain|stand) {{a2}}(?:{_PEERLESS}|in a (?:class|league) (?:of its own"
        f"|by itself))){_NOT_FOR_A_FEATURE}",
        # The others only proving it: "Every other interview this season only confirmed that
        # Dunmore is where I need to be".
        f"(?:every|all|each) (?:of )?(?:the |my )?other {{g1}}{_OTHERS}s? {{g4}}(?:only |just"
        " |simply )?(?:confirm|confirmed|convince|convinced|show|showed|prove|proved|remind"
        "|reminded) (?:me )?(?:that )?{prog} {a2}be (?:where i {a2}(?:need|want|belong|have|ought)"
        " to be|where i belong|the one|the (?:only )?(?:place|program) for me)",
        "only {prog} {g6}(?:,|\\.|-|;|:) (?:\\| )?(?:no other(?: (?:one|program|place|hospital"
        "|residency))?|nowhere else|nothing else|no one else|nobody else|none other|none else)"
        "(?= (?:\\.|!|\\|) )",
    ),
    family(
        'no other program on the applicant\'s list: "I have no other program on my list", "I '
        'have not put any other name on my rank list", "No other program will find place in my '
        'rank list", "Every other program has been taken off my list" (not "no other program on '
        'my list offers a rural track", a comparison)',
        f"(?:have|keep|put|add|list|include|enter|place) (?:no|not a single|not one) other {{g1}}"
        f"(?:{_OTHERS}|name)s? (?:on|in|onto|into|to) my {{list}}{_LIST_ENDS}",
        f"not {{a2}}(?:have|keep|put|add|list|include|enter|place) (?:any|a single|one) other"
        f" {{g1}}(?:{_OTHERS}|name)s? (?:on|in|onto|into|to) my {{list}}{_LIST_ENDS}",
        f"no other (?:{_OTHERS}|name)s? {{a2}}(?:{{modal}} )?{{a2}}(?:be|go|appear|find (?:a )?"
        f"place|make it|get|sit|stand) (?:on|in|onto|into) my {{list}}{_LIST_ENDS}",
        f"(?:every|all|all the|each) (?:of the )?other {{g1}}(?:{_OTHERS}|name)s? {{a2}}(?:have )?"
        "(?:be )?{a2}(?:take|remove|drop|strike|struck|cross|crossed|delete|deleted|erase|erased)"
        f" (?:off|from) (?:of )?my {{list}}{_LIST_ENDS}",
    ),
)
