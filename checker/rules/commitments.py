"""Rules about promises and ranking: what the NRMP's no-binding-commitment principle forbids
or makes risky in an applicant's email."""

from __future__ import annotations

from checker.phrase_search import compile_phrases
from checker.rules.base import Rule
from checker.rules.matchers import phrases, reminder_when

# Verbs of ranking as applicants use them ("I am ranking", "I have ranked", "I'll put you").
_RANK = "(?:rank|ranking|ranked|put|putting|place|placing|list|listing)"

BINDING_COMMITMENT = Rule(
    id="binding-commitment",
    severity="error",
    title="Promise that sounds like a contract",
    catches=(
        "Promises to accept or sign, offers to take a position before or outside the Match, "
        'requests for one, and guarantees ("guarantee me a spot", "I guarantee I will rank '
        'you first").'
    ),
    why=(
        "In the Match nothing said before rank lists are certified is binding, and programs may "
        "not ask for or make commitments. A contract-like line suggests you do not know the "
        "rules, and a promise you later break can follow you in a small specialty."
    ),
    instead=(
        'Describe your interest instead of promising: "I am very interested in your program '
        'and would be glad to train there."'
    ),
    guide="rules.md#no-binding-commitments",
    message="This reads like a binding promise or a deal outside the Match; remove it.",
    suggestion="I am very interested in your program and would be glad to train there.",
    check=phrases(
        "(?:i |i will |i'll |i would |i'd |i can |i hereby )?(?:promise|commit|pledge|vow)"
        " (?:to|that i will|that i'll|that i would|myself to) (?:immediately |gladly |happily )?"
        "(?:accept|accepting|sign|signing|take|taking|join|joining|come|coming|rank|ranking)",
        "promise (?:you )?(?:that )?i(?:'ll| will| would|'d)? (?:[\\w']+ )?(?:rank|accept|sign|come"
        "|join|match)",
        "(?:i )?(?:will|would|'ll|'d|can|am ready to|'m ready to)"
        " (?:gladly |happily |immediately )?sign (?:a |the |your |any )?(?:contract|agreement)",
        "(?:i am|i'm) (?:fully |firmly )?committed to (?:accepting|signing|joining your|coming to"
        " your|matching (?:at|with) your|ranking)",
        "(?:i )?(?:will|would|'ll|'d|can|am ready to|am willing to|'m ready to|'m willing to"
        "|am happy to|'m happy to) (?:gladly |happily |immediately |readily )?(?:accept|sign"
        "|take) (?:a |an |any |the |your )?(?:offer|contract|position|spot|place|agreement)s?"
        " (?:[\\w']+ ){0,5}?(?:before|outside|outside of|prior to|ahead of|instead of) the match",
        "(?:accept|sign|take|offer me|give me|get|receive|ask(?:ing)? for|request(?:ing)?"
        "|interested in|open to|possibility of|chance of|consider|considering) (?:a |an |any "
        "|your |the )?(?:pre-?match|early|binding|outside) (?:offer|contract|position|agreement"
        "|commitment|spot)",
        "(?:offer|give) me (?:a |an |the )?(?:position|spot|place|contract|offer) (?:[\\w']+ )"
        "{0,3}?(?:outside|before|prior to) (?:of )?the match",
        "guarantee (?:me|us)",
        "(?:i|i will|i'll|i can|i would|i'd) guarantee",
        "guarantee (?:that )?(?:i|you) (?:will|'ll|would|'d|can)",
        "guaranteed (?:a |an |the |my )?(?:spot|position|place|match|interview|offer|contract"
        "|residency)",
        "you have my (?:word|commitment|promise|guarantee)",
        "(?<!non-)(?<!non\\s)binding (?:commitment|promise|pledge|agreement|contract)",
        "(?:my|this) (?:letter|email|message|statement) (?:is|serves as|represents) (?:a |my )?"
        "(?:firm|formal|official) (?:commitment|promise|pledge)",
        negatable=True,
    ),
    fails=(
        "I commit to signing a contract with you if you offer one before the Match.",
        "If you offer me a position outside the Match, I will accept it immediately.",
        "Could you guarantee me a spot if I rank you first?",
        "I guarantee I will rank your program first.",
        "I promise to accept if you make me an offer.",
        "I would be open to a pre-match offer from your program.",
        "You have my word that I will come to your program.",
        "Please consider this email a binding commitment.",
    ),
    passes=(
        "I understand there are no guarantees in the Match.",
        "I understand that nothing said before the Match is binding.",
        "I would never ask you to guarantee me a spot.",
        "I am very interested in your program and would be glad to train there.",
        "I am committed to serving underserved patients in the region.",
        "Is the program fully participating in the NRMP Match?",
        "I am not asking for any commitment from you.",
    ),
    notes=(
        'A negating word earlier in the same clause turns a match off ("I would never ask '
        'you to guarantee me a spot"); a negation further away, across a comma, is not seen.'
    ),
)

ASKS_ABOUT_RANK = Rule(
    id="asks-about-rank",
    severity="error",
    title="Asking where you stand on their rank list",
    catches=(
        "Questions about the program's rank list: where you stand, whether you are \"ranked to "
        'match", how highly they will rank you, what your chances of matching there are.'
    ),
    why=(
        "Programs cannot ethically tell you how they will rank you, and asking makes you look "
        "unfamiliar with how the Match works."
    ),
    instead=(
        "Ask about the program instead (curriculum, mentorship, life in the city), and keep "
        "your own ranking plans to statements about yourself."
    ),
    guide="mistakes.md#asking-about-rank",
    message="Do not ask how the program will rank you; programs cannot tell you.",
    check=phrases(
        "where (?:will|would|do|did|am|might|could|should) (?:i|you) (?:be |stand |land |fall "
        "|fit |place me |rank me |have me )(?:[\\w']+ ){0,4}?(?:rank(?:ing)? |order )?list",
        "where (?:do|would|will|does) (?:i|my application) stand(?: (?:on|in|with|among)"
        " (?:your|the) (?:rank|ranking|list|program|order|applicants|candidates)"
        "[^.?!\\n]{0,40})?\\?",
        "(?:if|whether) i(?:'m| am| will be| would be| was| have been) (?:being )?ranked",
        "do you think (?:that )?i (?:have|stand|would have|'d have) a (?:good |realistic |strong "
        "|reasonable |decent )?chance",
        "how do i (?:rank|compare) (?:among|against|with|to) (?:other )?(?:applicants|candidates)",
        "where i (?:will|would|might|could|am going to) (?:be|stand|land|fall) (?:[\\w']+ ){0,4}?"
        "(?:rank(?:ing)? |order )?list",
        "where i (?:stand|am|fall|land) (?:on|in|with regard to) (?:your|the) (?:program's )?"
        "(?:rank|ranking|list|order)",
        "am i (?:going to be |likely to be |currently |being |still )?ranked",
        "(?:will|would|could|might) i be (?:ranked|placed|listed) (?:to match|highly|high|well"
        "|first|near the top|at the top|on your)",
        "(?:have|had) i been ranked",
        "(?:will|would|do|did|could|might) you (?:be )?(?:rank|ranking) me",
        "(?:how|where) (?:high(?:ly)?|well) (?:will|would|do|did|might|could) (?:you|the program"
        "|your program|the committee|i) (?:be )?(?:rank|ranked)(?: me)?",
        "(?:how|where) am i ranked",
        "my (?:position|place|spot|standing|ranking|rank) on your (?:rank )?(?:order )?list",
        "(?:what|how) is my (?:ranking|rank|standing|position)",
        "(?:am i|will i be|are we|is my application|was i) ranked to match",
        "(?:am i|will i) (?:likely|going|expected) to match",
        "(?:what|how good) are my chances (?:of|for) matching",
        "do i have a (?:good |realistic |strong |reasonable )?chance (?:of|to) match",
        "(?:let me know|tell me|share|inform me|ask) (?:[\\w']+ ){0,3}?(?:where|how (?:high(?:ly)?"
        "|well)) (?:i stand|i rank|i am ranked|i'm ranked|you (?:will |plan to |intend to )?rank"
        " me|i will be ranked|i'll be ranked|i would be ranked)",
        # Indirect questions: "I would love to know where you plan to rank me."
        "(?:where|how) you (?:will |would |plan to |intend to |are going to |might |'ll )?"
        "(?:rank|be ranking) me",
        "how (?:high(?:ly)?|well) i(?:'ll| will| would|'d| am going to| might) be ranked",
        negatable=True,
    ),
    fails=(
        "I would love to know where you plan to rank me.",
        "I was wondering how highly I will be ranked.",
        "Could you tell me where I will be on your rank list?",
        "Am I ranked to match at your program?",
        "How highly will you rank me?",
        "I was hoping you could let me know where I stand on your list.",
        "What are my chances of matching with you this year?",
        "Would you rank me highly?",
    ),
    passes=(
        "I will rank your program highly.",
        "I plan to rank my programs in my true order of preference.",
        "I was ranked in the top tenth of my class.",
        "Could you tell me more about the research track?",
        "I do not expect you to share how you will rank applicants.",
    ),
)

RECIPROCAL_REQUEST = Rule(
    id="reciprocal-request",
    severity="error",
    title="Asking for a promise in return",
    catches=(
        'Deals about ranking: "if I rank you first, will you rank me highly?", "would you rank '
        'me highly if I ...", anything asked "in return" or "in exchange" for your ranking.'
    ),
    why=(
        "Trading rank promises breaks the spirit of the Match Code of Conduct; the program "
        "cannot answer honestly, and the request can cost you their trust."
    ),
    instead=(
        'State your interest, if it is true, and ask for nothing back: "I plan to rank your '
        'program highly."'
    ),
    guide="rules.md#no-binding-commitments",
    message="Do not ask the program for a ranking promise in return for yours.",
    suggestion="I plan to rank your program highly.",
    check=phrases(
        f"if i (?:[\\w']+ )?{_RANK} [^.?!\\n]{{1,80}}?(?:will|would|could|can|do|might) you"
        "(?: also| then| in turn| please)? (?:rank|put|place|list|consider|offer|guarantee"
        "|promise|make sure|do the same|return)",
        "(?:will|would|could|can) you (?:also |then |in turn )?(?:rank|put|place) me"
        " [^.?!\\n]{0,60}?if i",
        f"{_RANK} (?:you|your program|it)[^.?!\\n]{{0,40}}?if you (?:could |would |can |will )?"
        "(?:also )?(?:rank|put|place|list) me",
        "(?:will|would|could|can) you (?:also |then |in turn )?(?:do the same|return the favou?r"
        "|reciprocate)",
        "(?:rank|ranking|commit|commitment|promise|put you)[^.?!\\n]{0,60}?in (?:return|exchange)",
        "in (?:return|exchange)[^.?!\\n]{0,60}?(?:rank|ranking|commit|promise|guarantee|spot"
        "|position)",
        "(?:can|could|would|will) you (?:please )?(?:promise|assure|guarantee|confirm) (?:me )?"
        "(?:that )?(?:you(?:'ll| will| would)|i(?:'ll| will| would)) (?:rank|match|be ranked"
        "|get|put)",
        negatable=True,
    ),
    fails=(
        "If I rank your program first, will you rank me highly too?",
        "Would you rank me highly if I put you at the top of my list?",
        "I will rank you first; in return, I hope you will rank me to match.",
        "Can you promise that you will rank me high?",
        "If I list you as number one, could you make sure I match?",
    ),
    passes=(
        "I plan to rank your program highly.",
        "I am not asking for anything in return.",
        "If I match at your program, I will work hard for my patients.",
        "Thank you again for your time and for the tour of the hospital.",
    ),
    supersedes=("asks-about-rank", "rank-first-claim", "binding-commitment"),
)

# A subject that announces a first-choice letter: the writer means the claim, on purpose.
_FIRST_CHOICE_SUBJECT = compile_phrases(
    (
        "first choice",
        "top choice",
        "#1",
        "number one",
        "letter of intent",
        "intent(?:ion)? to rank",
        "rank(?:ing)? intentions?",
        "rank(?:ing)? (?:you|your program) first",
    )
)


def _is_titled_first_choice_letter(letter, kind: str) -> bool:
    return kind == "rank-first" and bool(_FIRST_CHOICE_SUBJECT.search(letter.subject_text()))


RANK_FIRST_CLAIM = Rule(
    id="rank-first-claim",
    severity="warning",
    title='"I will rank you first" — true, and to one program only?',
    catches=(
        'Telling a program it will be first on your list: "I will rank your program first / '
        '#1 / number one", "you are my first choice", "my top choice", "#1 on my list".'
    ),
    why=(
        "Saying this is allowed and can help, but only when it is true and said to exactly one "
        "program. Faculty talk to each other; the same promise to several programs is "
        "dishonest and easily noticed. In a letter whose subject announces it as a "
        'first-choice letter ("My first choice", "Letter of intent") the claim is the point '
        "of the letter, so it is shown as a reminder, not a warning. "
        '"Your program is at the top of my list" and "among my top choices" are not flagged: '
        "the guide counts them as safe enthusiasm."
    ),
    instead=(
        "Send it to your true first choice only. For every other program you like, write "
        '"I will rank your program highly."'
    ),
    guide="rules.md#rank-first-letters",
    message=(
        "Only tell ONE program it is your first choice, and only if it is true; for others "
        'write "I will rank your program highly."'
    ),
    suggestion="I will rank your program highly.",
    check=reminder_when(
        _is_titled_first_choice_letter,
        "This is a first-choice letter: send it to one program only, and only if it is true.",
        phrases(
            f"{_RANK} {{target}} (?:as (?:my )?)?{{first}}"
            "(?! (?:of|among|few|half|third|quarter|tier|ten|five|[0-9]))",
            # A program named in one word: "I will rank Mayo first" (not "rank list first").
            f"{_RANK} (?!(?:list|lists|order|them|us|all|programs|in|at|on|as)\\b)[\\w.&'-]+"
            " (?:#1|# 1|number one|no\\. ?1|first)(?! (?:of|among|in|time|year))",
            "(?:will be|'ll be|has been|have been|is going to be) ranked (?:as )?(?:my )?"
            "(?:first|#1|# 1|number one|no\\. ?1|highest|at the top)",
            f"{_RANK} {{target}} as (?:my )?(?:very )?(?:first|top|1st|{{number_one}})"
            " (?:choice|pick|option|preference)",
            "(?<!among\\s)(?<!of\\s)my (?:very |absolute |clear |true |definite |undisputed )?"
            "(?:first|top|1st|{number_one}) (?:choice|pick|option|preference)(?!s)(?! (?:of|for)"
            " (?:specialty|field|career|elective|rotation|clerkship|hospital))",
            "(?:is|are|be|remains?|'re|'s) (?:still |definitely |truly |clearly |now |and will "
            "remain )?my {number_one}(?! (?:reason|priority|goal))",
            "(?:{number_one}|first|1st) (?:choice |program )?on my (?:rank )?(?:order )?list",
            negatable=False,
        ),
    ),
    fails=(
        "I will rank your program first.",
        "I'm going to rank you #1.",
        "After much thought, I plan to rank\nyour program number one.",
        "Your program is my first choice.",
        "You are my top choice and I hope to train with you.",
        "Your program will be No. 1 on my list.",
        "I have decided to rank your internal medicine program at the top of my rank list.",
    ),
    passes=(
        "I will rank your program highly.",
        "Your program is among my top choices.",
        "Your program is one of my top choices.",
        "Your program sits at the top of my list, and I would love to train there.",
        "I was ranked first in my class in anatomy.",
        "First, thank you for the interview.",
        "My first choice of specialty has always been internal medicine.",
    ),
    notes=(
        'A program named without the word "program" (e.g. "rank Mercy first") is only seen '
        'when it is one or two words long; "at the top of my list" without a ranking verb is '
        "deliberately not flagged."
    ),
)

EXCLUSIVE_CLAIM = Rule(
    id="exclusive-claim",
    severity="warning",
    title="Claiming no other program will be ranked above them",
    catches=(
        '"I won\'t rank any other program above you", "the only program I will rank", '
        '"no other program will be ranked higher".'
    ),
    why=(
        "An exclusive promise is only honest for one program, and it is exactly the kind of "
        "statement faculty compare across programs."
    ),
    instead=(
        'Make it true and say it once, to one program; or write "I will rank your program highly."'
    ),
    guide="mistakes.md#conflicting-rank-statements",
    message="Exclusive promises are only honest for one program; be sure this is the only one.",
    suggestion="I will rank your program highly.",
    check=phrases(
        "{i_will_not} (?:be )?(?:rank(?:ing)?|put(?:ting)?|plac(?:e|ing)) (?:any(?:one|body)?"
        "|another|a single|other) (?:other )?(?:programs?|places?|residenc(?:y|ies)|hospitals?"
        "|ones?)?(?: [\\w']+)? (?:above|ahead(?: of)?|higher(?: than)?|over|before)",
        "{i_will_not} (?:be )?rank(?:ing)? (?:anyone|anything|any other program|any other place"
        "|other programs|another program) (?:else)?",
        "no (?:other )?(?:programs?|ones?|places?|residenc(?:y|ies)) (?:will|would|is going to"
        "|could) (?:ever )?(?:be )?(?:ranked )?(?:above|ahead of|higher than|over|before)",
        "(?:the )?only (?:program|place|residency|hospital)s? (?:that )?i (?:will|'ll|am going to"
        "|'m going to|plan to|intend to|want to|would|am|'m) (?:[\\w']+ )?(?:rank|ranking"
        "|consider|considering|train|join|interested in)",
        "i (?:will|am going to|'m going to|plan to|intend to|am|'m) (?:only|exclusively)"
        " (?:be )?rank(?:ing)? (?:you|your)",
    ),
    fails=(
        "I won't rank any other program above yours.",
        "Yours is the only program I will rank.",
        "No other program will be ranked higher than yours.",
        "I am only ranking your program.",
    ),
    passes=(
        "I will rank your program highly.",
        "I have not decided how I will rank the other programs yet.",
        "Your program is the only one in the region with a rural track.",
        "I will rank every program in my true order of preference.",
    ),
)

RULES = (
    BINDING_COMMITMENT,
    ASKS_ABOUT_RANK,
    RECIPROCAL_REQUEST,
    RANK_FIRST_CLAIM,
    EXCLUSIVE_CLAIM,
)
