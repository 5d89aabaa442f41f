"""Topics of the applicant ranking the program, and putting it first (rank-first-claim)."""

from __future__ import annotations

from checker.language.lexicon import SPECIALTIES
from checker.language.topic import family, topic
from checker.language.word_classes import RANK_VERB

# First place named as a rank: "the first rank", "rank one", "rank #1".
_RANK_ONE = (
    "(?:(?:the |my )?(?:first|top|no1|highest) (?:rank|place|spot|position|preference)|rank"
    " (?:one|1|no1))"
)
# After "be": the applicant is not its subject ("I was ranked first in my class").
_NOT_THE_APPLICANT = "".join(
    f"(?<! {subject} be)"
    for subject in ("i", "we", "i have", "i had", "i will", "i would", "i can")
)
_FIRST = "(?:first|no1|highest|top)"
# Things an applicant may call a first choice that are not a program: a topic, or a specialty
# ("internal medicine is my first choice", "I listed surgery as my first choice").
_NOT_A_PROGRAM = (
    *("elective", "rotation", "clerkship", "specialty", "field", "city", "date", "hotel"),
    *("topic", "project", "track", "dish", "option", "subject", "course"),
    *sorted(SPECIALTIES),
)
_NOT_THE_PROGRAM_BEFORE = "".join(f"(?<! {thing} be my)" for thing in _NOT_A_PROGRAM)
# The program (or a modal or adverb before "be") as the subject of "be (the) first in my
# preference": not "Patient safety is first in my preference".
_PROGRAM_BE = "|".join(
    f"(?<= {word} be )|(?<= {word} be the )"
    for word in (
        *("you", "u", "yours", "it", "all", "guys", "program", "residency", "hospital"),
        *("institution", "institute", "team", "department", "name", "\\)", "\\]", ">"),
        *("will", "would", "shall", "always", "still", "definitely", "truly", "clearly"),
        *("certainly", "now", "really", "absolutely", "surely", "undoubtedly"),
    )
)
_NOT_THE_PROGRAM_AS = "".join(f"(?<! {thing} as my)" for thing in _NOT_A_PROGRAM)
# What a "#1" may be that is not a program: "my #1 priority", "my number one reason".
_NOT_A_PRIORITY = (
    "(?! (?:priority|reason|goal|concern|focus|fan|recommendation|tip|advice|rule|lesson"
    "|motivation|value|passion|interest) )"
)
_CHOICE = "(?:choice|pick|option|preference|spot|place|program|choice program|selection)"
_NOT_A_RANK_PLACE = (
    "(?! (?:of (?:the|my) (?:class|school|cohort|batch)|among|choices|picks|options|few|half"
    "|third|quarter|tier|group|portion|part|section|segment|bracket|range|end|percent|week|day"
    "|month|year|time|round|thing|step|[0-9]+|5|10|3)"
    " )"
)

# The program named as the applicant's correspondent, not a person ("given to Priya").
_YOUR_PROGRAM = (
    "(?:you|yours|your {g3}(?:program|residency|hospital|institution|institute|department)"
    "|this {g2}(?:program|residency|hospital|institution|institute)"
    # A name only when the giving is the applicant's own or the list is named: "given to
    # Lakeside General by me", not "given to Priya in the anatomy exam".
    "|name(?: name){0,3}(?= (?:by me|(?:on|in) my {list}) ))"
)
# Where a program sits when it is first: "sitting at the very top", "in first place".
_ON_TOP = (
    "(?:(?:sit|be|land|stay|remain|end up|come|appear) {a2}(?:right |squarely |firmly )?(?:at the"
    " (?:very )?(?:top|head|front)|on top|first|no1|in first place|in the (?:top|first|no1)"
    " (?:spot|slot|position)|(?:at|in) (?:position|place|spot|slot|rank) (?:one|1|no1)|at no1)"
    # Gone there: "when I finalized my list, Maple Grove went straight to the top".
    "|(?:go|move|jump|climb|shoot|head) {a2}(?:straight |right |directly )?(?:to|into) (?:the"
    " (?:very )?top|first place|the no1 (?:spot|slot))(?= (?:\\.|!|,|;|\\||(?:of|on) my {list}) ))"
)
# The moment the rank list is made: "when I certify", "once I submit my list".
_AT_RANK_TIME = (
    "(?:when|once|as soon as|the day|by the time) i {a2}(?:{modal} )?{a2}(?:certify(?: my {list})?"
    "|(?:submit|finalize|finalise|lock in|make|enter|file|do) my {g1}{list})"
)
RANKS_PROGRAM_FIRST = topic(
    "ranks-program-first",
    'the applicant puts the program first: "rank you #1 / first / number one / at the top", '
    '"my first / top / No. 1 choice (pick, spot)", "will head my rank order list", '
    '"ranked first on my list", "you are my #1"',
    # ("name": "NUMBER" written in capitals reads as an unknown word.)
    f"{RANK_VERB} {{prog}} (?:(?:as|at|in|on|my|the|very|absolute|clear|own|undisputed|true"
    "|number|name) )"
    f"{{0,3}}{_FIRST}{_NOT_A_RANK_PLACE}",
    # Not what another thing was: "the cardiology elective was my first pick".
    # Not a question reported: "I was asked what my first choice was".
    "my(?<!among my)(?<!of my)(?<!what my)(?<!which my)(?<!whether my)"
    f"{_NOT_THE_PROGRAM_BEFORE}{_NOT_THE_PROGRAM_AS} (?:(?:very|absolute|clear|true|definite"
    "|undisputed|overall|personal"
    f"|number) )?(?:first|no1|top|most preferred) {_CHOICE}(?! (?:of|for|in) (?:specialty"
    "|specialties|field"
    "|career|elective|electives|rotation|rotations|clerkship|hospital|medicine|location|city"
    "|state|away)(?: |$))(?! (?:of|for) (?!(?:me|residency|training|my training|the match|match"
    "|my residency|the residency|residency training)(?: |$)))",
    "(?:head|top|lead) (?:my|the) {list}(?! of )",  # not "topped the list of places / reasons"
    # Moving to the top: "Brightmoor is going straight to the top of my ROL".
    "{prog} {a2}(?:{modal} )?{a2}(?:be )?(?:go|move|jump|climb|shoot|rise|head) {a2}(?:straight"
    " |right |up )?(?:to|into|at) (?:the )?(?:very )?(?:top|first place|no1|first spot|top spot)"
    " (?:of|on) my {list}",
    # Or to the first slot: "it's going straight to the #1 slot".
    # (Not a paper's or a team's rise: "My abstract went straight to the top spot".)
    "(?<!abstract )(?<!paper )(?<!poster )(?<!team )(?<!score )(?<!application )"
    "(?:go|move|jump|climb|shoot|rise) {a2}(?:straight|right|directly) (?:to|into) the"
    " (?:no1|first|top) (?:slot|spot)(?! (?:at|in|on|for) (?!my ))",
    "(?:go|move|jump|climb|shoot|rise) {a2}(?:straight|right|directly) (?:to|into) the (?:very )?"
    "top of my {list}(?! of )",
    # At the top when the list is certified, in either order: "you'll be sitting at the very
    # top when I certify", "when I submit my list, Oakridge will be first".
    f"{{prog}} {{a2}}(?:{{modal}} )?{{a2}}(?:be )?{{a2}}{_ON_TOP} {{g3}}{_AT_RANK_TIME}",
    f"{_AT_RANK_TIME} {{g4}}(?:, )?{{prog}} {{a2}}(?:{{modal}} )?{{a2}}(?:be )?{{a2}}{_ON_TOP}",
    # A name on a new line after a comma reads as a plain word, so any one word may stand for
    # the program there; but "coming first" is a priority, not a rank: "once I certify my list,
    # family will come first".
    f"{_AT_RANK_TIME} {{g4}}, (?!(?:i|we|he|she|they|my|the|this|that) )[^ |,]+ {{a2}}"
    f"(?:{{modal}} )?{{a2}}(?:be )?{{a2}}(?!come ){_ON_TOP}",
    "my {list} {a2}(?:{modal} )?{a2}(?:begin|start|open) with {prog}",
    # The same, the program named first: "Ridgeview is where my rank list will begin".
    "{prog} {a2}be where my {list} {a2}(?:{modal} )?{a2}(?:begin|start|open)(?= (?:\\.|!|,|;"
    "|\\|) )",
    # The list's first line read aloud: "When I certify my list, the first line will read
    # Calloway Internal Medicine", "the top entry on my rank list will say Northgate".
    f"(?:{_AT_RANK_TIME} {{g4}}(?:, )?the (?:first|top) (?:line|entry|name|row)|the (?:first|top)"
    " (?:line|entry|name|row) (?:of|on|in) my {list}) {a2}(?:{modal} )?{a2}(?:read|say|be|show)"
    " {prog}",
    family(
        "the first line of the applicant's rank list held: \"your program will occupy the first "
        'line of the rank order list I certify", "you take the top entry on my list"',
        "(?:occupy|take|hold|have|fill|get|be at|be in|be on) (?:the )?(?:first|top|no1) (?:line"
        "|row|entry|slot|position|place|spot) (?:of|on|in) (?:my {list}|the (?:rank |rank order "
        "|order |final )+list)(?! (?:of|for) )",
    ),
    "{prog} {a2}(?:{modal} )?{a2}(?:go|goes) (?:in )?at no1",
    "my {list} {a2}(?:{modal} )?{a2}have {prog} (?:in|at) (?:the )?(?:first|top|no1)",
    "(?:in|at|into) (?:the|my) (?:very )?(?:first|top|no1) (?:slot|spot|position|place) (?:of|on"
    "|in) my {list}",
    family(
        'the program named by a relative clause: "yours is the one I will rank highest", '
        '"Ridgefield is where I am ranking first"',
        "(?:the one|the program|the place|the residency|the hospital|(?<=be )where) (?:that"
        f" |which )?i {{a2}}(?:{{intent}} |be go to |be )?{{a2}}{RANK_VERB} {{a2}}(?:(?:at"
        " |as )?(?:the )?(?:first|highest|no1)|at the (?:very )?top|on top)",
    ),
    # The first entry of the applicant's list: "entered X as the first program on my draft
    # rank list", "will be the first program on the rank order list I certify".
    # Only a rank list, not the first to reply on "my interview list".
    "(?<=be the |as the )(?:first|top|no1) (?:program|name|entry|choice|one) (?:on|in) (?:my"
    " (?:draft |own )?{list}(?! to )|the {list} i {a2}(?:{modal} )?{a2}(?:certify|submit|make"
    "|enter))",
    f"be{_NOT_THE_APPLICANT} {{a2}}(?:place|put|list|keep|slot) (?:at |as |in )?(?:the |my )?"
    "(?:first|no1|highest|top) (?:position|place|spot|slot|choice) (?:in|on|of) my {list}",
    f"be{_NOT_THE_APPLICANT} {{a2}}rank (?:as )?(?:my )?(?:first|no1|highest|at the top)"
    # The applicant's own standing: "was ranked first in pharmacology" (not "on my list").
    "(?! (?:among|out of|in|at|for|across|within) (?!my (?:rank |rank order |order |final )?list))",
    # Not one of several: "among the top programs on my list".
    "(?<!among the )(?<!one of the )(?:first|no1|top) (?:choice |program |pick |spot |place "
    "|name |entry |one )?(?:on|in|at the top of) my {list}(?! of )",
    "be {a2}my (?:absolute |clear |undisputed |very |true |definite )?no1" + _NOT_A_PRIORITY,
    "(?:the|my) no1 (?:spot|place|position|choice|pick|program|selection)",
    # A fragment of its own: "Top pick, hands down."
    "(?<=\\| )(?:top|first|no1) (?:pick|choice)(?= (?:\\.|!) |(?: ,| -) (?:hands down|no contest"
    "|no question|for sure|easily|obviously|by far|period|full stop|no doubt) )",
    "{prog} {a2}(?:{modal} )?{a2}be {a2}no1(?= (?:\\.|!|,|\\||on my (?!(?:rank |order "
    "|rank order )?list of )|for me|in my|on mine|in mine) )",
    # Searched from the rank word, what comes before it looked back at.
    *(
        f"(?<={before} )no1(?= (?:\\.|!|\\||,) )"
        for before in ("the", "my", "absolute", "clear", "undisputed", "true")
    ),
    "(?<=at the |in the )head of my {list}",
    "(?<=the very )head of my {list}",
    "(?<=be the )(?:first|top|no1) (?:name|entry|program|one) on (?:it|my {list})",
    "(?<=be the )(?:first|top|no1) (?:name|entry|program) i {a2}(?:will )?(?:enter|put|type|write"
    "|list|add|rank)",
    f"my (?:first|top|no1) and (?:foremost|only|final) {_CHOICE}",
    "(?:frontrunner|front-runner|front runner|favorite|favourite)(?= (?:on|in) my {list} )",
    "(?:have|hold|get|earn|take|deserve|secure|occupy) (?:the|my) (?:top|no1|first) (?:spot"
    "|place|position|slot)",
    "(?:have|hold|get|earn|take|deserve|secure|occupy) my (?:top(?: most)?|no1|first) (?:rank"
    "|vote)(?! (?:in"
    "|at|among|of) )",
    "my no1 {a2}(?:{modal} )?{a2}(?:be|remain|stay) {prog}",
    # The choice named first, the program ending the sentence: "top choice is prob u guys tbh"
    # (not "first choice is Lakeview for the away rotation").
    "(?<=\\| )(?:top|first) (?:choice|pick) {a2}be {a2}{prog}(?= (?:\\.|!|\\||tbh|for sure) )",
    "be {a2}(?:first|no1) (?:when|once|as soon as|the day) i {g2}(?:submit|certify|make|finalize"
    "|enter|do|file) (?:my )?{list}",
    f"{RANK_VERB} {{prog}} {{a2}}(?:at|to|in) the (?:very )?(?:head|top|front) of my {{list}}",
    # "You'll be in the top slot": searched from the rare word, the place before it looked back at.
    *(
        f"(?<={before} )(?:top|first|no1) (?:slot|spot|position)(?! (?:of|in|on|at|for) (?!my ))"
        for before in ("(?:in|at) the", "(?:in|at) my", "into the", "into my")
    ),
    "make {prog} my (?:very |absolute |clear )?(?:no1|(?:first|top) (?:choice|pick))",
    family(
        "the program sitting at number one for the applicant: \"St. Vincent's sits at number one "
        'for me", "stays at #1 on my list"',
        # The program named before it: not "Family sits at #1 for me".
        "{prog} {a2}(?:{modal} )?{a2}(?:sit|stay|remain|stand|be) {a2}at no1(?= (?:\\.|!|,|\\|"
        "|for me|on my|in my) )",
    ),
    family(
        'ranked first after a word of manner: "I will rank it accordingly, first"',
        f"{RANK_VERB} {{prog}} (?:accordingly|then|so|too) (?:, )?(?:first|no1)(?= (?:\\.|!|,"
        "|\\|) )",
    ),
    family(
        'the head of the list named as a fragment: "At the top of my ROL: Henry Ford."',
        "(?<=\\| )(?:at the (?:very )?top of|first on|no1 on|top of) my {list} (?::|-|=) {g2}"
        "(?:name|you|yours|your {g2}program|(?:you|u) (?:guys|all|folks)|y'all|yall)"
        "(?= (?:\\.|!|\\||,) )",
    ),
    family(
        "the program as the applicant's first priority among the programs: \"Your institute is my "
        'first priority among all the programs I have interviewed"',
        "my (?:first|top|no1|highest) (?:priority|preference) (?:among|of|out of) (?:all )?(?:the"
        " |my )?{g1}(?:program|residency|hospital|institution|institute)s?",
    ),
    family(
        "whatever the program is called, ranked #1 at the end of the clause: \"i'm planning to "
        'rank kessler lake #1" (not "I was ranked #1 in my class")',
        # Only "rank" takes any words as the program: "put / keep X #1" is a priority ("I always
        # put patient safety #1"), so those verbs need the program named.
        '(?<!be )(?:rank (?!me |us |myself |my |our )[^ |,;:?!.()"]+ (?:[^ |,;:?!.()"]+ ){0,2}'
        "|(?:put|place|list|keep|slot) {prog} )no1(?= (?:\\.|!|,|\\||on my|in my|when|once"
        "|for sure|tonight|today) )",
    ),
    family(
        "whatever the program is called, ranked as the applicant's number one: \"putting "
        'brookfield as my #1 tonight", "I listed the Ohio program as my top choice"',
        f"{RANK_VERB} {{g3}}as my{_NOT_THE_PROGRAM_AS} (?:very |absolute |clear |definite )?"
        "(?:no1|(?:first|top) (?:choice|pick|program))"
        f"{_NOT_A_PRIORITY}(?! (?:of|for|in) (?!(?:residency|training|the match|match)(?: |$)))",
    ),
    family(
        'first rank given to the program, said in the passive: "first rank has been given to your '
        'program by me", "the top spot on my list will go to your hospital"',
        "(?:first|top|no1|highest) (?:rank|preference|ranking) {a2}(?:{modal} )?{a2}"
        f"(?:have )?(?:be )?{{a2}}(?:give|assign|reserve|award|allot) (?:to|for) {_YOUR_PROGRAM}",
        "(?:first|top|no1|highest) (?:place|spot|position|slot|rank) (?:on|in|of) my"
        " {list} {a2}(?:{modal} )?{a2}(?:have )?(?:be )?{a2}(?:give|assign|reserve|award|allot"
        f"|go) (?:to|for) {_YOUR_PROGRAM}",
    ),
    family(
        'first in the applicant\'s preference: "Your program is the first in my preference", "you '
        'are first in my order of preference"',
        f"(?:(?<=be the )|(?<=be ))(?:{_PROGRAM_BE})(?:first|no1|top) (?:one |program |choice )?"
        "in my (?:order of )?"
        "(?:preference|preferences|preference list)(?! (?:of|for) )",
        # Standing there: "your program is standing on top in my preference".
        "{prog} {a2}be {a2}(?:stand|sit) (?:on top|at the top|first) in my (?:order of )?"
        "(?:preference|preferences|preference list)(?! (?:of|for) )",
    ),
    family(
        'the first place kept from everyone but the program: "Nobody else is getting my number '
        'one spot but you"',
        "(?:nobody|no one|no other (?:program|place|hospital|residency)|nothing) (?:else )?{a2}"
        "(?:{modal} )?{a2}(?:be )?(?:get|take|have|earn|receive) my (?:first|top|no1) (?:spot"
        "|place|rank|position|vote|choice) (?:but|except|other than|besides) {prog}",
    ),
    # "I will give first rank to your institute", "give you the top spot".
    f"give {_RANK_ONE} to {{prog}}",
    family(
        'the program put at rank one: "I will put you at rank 1", "you will be at rank one on my '
        'list"',
        f"{RANK_VERB} {{prog}} (?:at|in|as) (?:rank|position|place|spot|slot) (?:one|1|no1)",
        "{prog} {a2}(?:{modal} )?{a2}be {a2}(?:at|in) (?:rank|position) (?:one|1|no1)(?= (?:\\.|!"
        "|,|\\||on my|in my|when|once|for me) )",
    ),
    f"give {{prog}} {_RANK_ONE}",
    f"{{prog}} {{a2}}(?:{{modal}} )?{{a2}}be {_RANK_ONE} (?:in|on) my {{list}}",
    # "ur my #1": "your" written for "you're" (searched from the rank word, not "your").
    "(?<=your my )(?:no1|(?:first|top) (?:choice|pick|option))",
    "your (?:def|definitely|totally|defo|so|really|honestly|literally) my (?:no1|(?:first|top)"
    " (?:choice|pick|option))",
    # First rank held or given: "your institute is holding first rank in my preference list".
    "(?:hold|occupy|have|take|get|be on|be at|be in) (?:the )?(?:first|top|no1|highest) (?:rank"
    "|position|place|spot) (?:in|on|of) my {g2}(?:list|preference|preferences)",
    "my {list} {a2}(?:{modal} )?{a2}(?:have|hold|contain) (?:one|a single|only one) (?:name"
    "|program) at the (?:very )?top",
)
RANKS_PROGRAM = topic(
    "ranks-program",
    'the applicant ranks the program or places it high: "if I rank you first", "I\'ll put '
    'your program at the top", "you will be my number one"',
    f"{RANK_VERB} {{prog}}",
    f"be{_NOT_THE_APPLICANT} {{a2}}my (?:no1|(?:first|top) (?:choice|pick|option|preference))",
    "(?:first|no1|top) (?:choice |program |pick |spot |place )?(?:on|in) my {list}",
    "commit to {prog}",
    "(?:at the top|on top|first|no1) (?:of|on) mine",
    "{prog} {a2}(?:{modal} )?{a2}be {a2}(?:at the top|first|no1|on top) for me",
    "(?:with|have) {prog} at (?:the top|no1|first)",
    "top of my {list}",
    "rank of {prog}",
    "where {prog} {a2}stand with me",
    "my (?:top|first|no1|first-place|top-spot) (?:spot|place|choice|position|rank|vote) {a2}be"
    " yours",
    "my (?:top|first|no1) (?:spot|place|choice|position|rank|vote) {a2}(?:{modal} )?{a2}go to",
    # Going to the top, said bare inside a deal: "if you rank me to match, Mercy Ridge is going
    # straight to the top".
    "{prog} {a2}(?:{modal} )?{a2}(?:be )?(?:go|move|jump|shoot|head) {a2}(?:straight |right )?to"
    " the (?:very )?top(?= (?:\\.|!|,|\\|) )",
    "my (?:first|top|no1) (?:rank|ranking|vote)(?! (?:in|at|among|of) )",
    "(?:i be|i will be) (?:all )?yours(?= (?:!|\\.|,|\\||:|if|the moment|as soon as) )",
    *RANKS_PROGRAM_FIRST.families,  # putting the program first is ranking it
)

# At the top, said bare: the guide's safe enthusiasm ("Your program is at the top of my
# list"), but a rank claim once the list is made (LIST_MADE, just before): "Submitted my rank
# list. You're at the very top."
AT_THE_TOP = topic(
    "at-the-top",
    'the program at the top, said bare: "you\'re at the very top", "Oakview is first"',
    "{prog} {a2}(?:{modal} )?{a2}(?:be )?{a2}(?:sit|be|stay|remain|land|end up) {a2}(?:right )?"
    "(?:at the (?:very )?top|on top|first|no1|at no1|in first place)(?= (?:\\.|!|\\|) )",
)
LIST_MADE = topic(
    "list-made",
    'the applicant\'s rank list made: "submitted my rank list", "my ROL is certified"',
    "(?:submit|certify|finalize|lock in|enter|file) {a2}my {g1}{list}(?! of )",
    "my {g1}{list} {a2}(?:be|have be|get) {a2}(?:certify|submit|finalize|lock in|locked in|in|done"
    "|final)(?= (?:\\.|!|,|;|\\||and|now|today|tonight|last night|yesterday) )",
    "(?:certify|submit|finalize) (?:it|mine)(?= (?:\\.|!|,|\\|) )",
)

# The program ranked by the applicant, in a rank word only (not "commit to your program", which
# RANKS_PROGRAM also counts): what is offered for a guaranteed place in a trade.
RANKS_IT = topic(
    "ranks-it",
    'the applicant ranks the program: "I will keep your program as number one", "rank it first"',
    f"{RANK_VERB} {{prog}}",
    *RANKS_PROGRAM_FIRST.families,
)
