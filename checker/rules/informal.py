"""The informal-tone rule: texting abbreviations, emoticons and emoji, repeated "!!" and
words in capitals that shout."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.hits import Hit
from checker.language.lexicon import words
from checker.letter import CAPITALISED_TITLE, CASUAL_OPENER, TITLE, Letter, opens_sentence
from checker.rules.base import Rule
from checker.rules.matchers import at_word_start, phrases
from checker.text import word_after, word_before

# Days and months, the ends of an accepted "thru" range ("Monday thru Friday").
_DAYS_AND_MONTHS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs"
    "|fri|sat|sun|january|february|march|april|may|june|july|august|september|october"
    "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# Words of feeling or degree that "v" (very), "super" and "totally" intensify in texting.
_FEELING_OR_DEGREE = (
    "happy|grateful|thankful|excited|interested|impressed|keen|eager|glad|pleased|nervous|good"
    "|nice|kind|helpful|welcoming|busy|much|well|sorry|important|proud|lucky|honou?red|humbled"
    "|appreciative|motivated|enthusiastic|supportive|friendly|informative|useful|clear|warm"
    "|inspiring|impressive|fun|cool|tired|hard|easy|hopeful|sad|anxious|worried|curious|sure"
    "|quick|short"
)
_MORE_FEELING = (
    "awesome|amazing|great|stoked|thrilled|psyched|chill|sweet|smart|approachable|organized"
    "|organised|fast|cute|fine|worth|ready|in love|blown away|fascinating|inspired|smooth"
    "|reassuring|close|stressed|stressful|manageable|doable|confident"
    "|overwhelmed"
)
# Words after "super" or "totally" where the word is clinical or part of a name, not an
# intensifier ("super elderly", "Super 8" is a digit, "totally implantable port").
_SUPER_NAMES_AND_CLINICAL = (
    "specialty|speciality|specialties|specialist|specialists|elderly|obese|obesity|morbid"
    "|responders?|infections?|infected|agonists?|antigens?|refractory|users?|utili[sz]ers?|bowl"
    "|league|saturday|sunday|tuesday|computers?|glue|markets?|moon|heroe?s?|nova|pac|highway"
    "|resolution|ovulation|critical|conducting|conductors?|giant|massive|cells?|family|families"
    "|tasters?|spreaders?|spreading|agers?|bugs?|max|size|sized|charged|fund|delegates?|majority"
    "|man|woman|stars?|natural|powers?|foods?|clusters?|symmetry|continent|group|ego|sets?|of"
    "|and|or|to|in|at|for|the|a|an|on|with|by|who|which|that|said|is|was|called|named"
)
_TOTALLY_CLINICAL = (
    "excised|resected|removed|occluded|occlusive|obstructed|obstructing|dependent|asymptomatic"
    "|anomalous|implantable|implanted|extraperitoneal|endoscopic|laparoscopic|thoracoscopic"
    "|robotic|blind|deaf|paraly[sz]ed|absent|necrotic|avascular|collapsed|destroyed|normal"
    "|normali[sz]ed|resolved|healed|edentulous|in remission|intracorporeal|percutaneous"
    "|calcified|ossified|submerged|thrombosed|transected|detached|atelectatic"
)
# Texting abbreviations and slang, in any case (words in double quotes are someone else's).
# Not "app" for an application: like "info" or "exam" it is everyday speech, and the corpus
# leaves it unlabelled beside texting that is labelled ("Status check on my app pls").
_SLANG = phrases(
    "thx",
    "thnx",
    "thanx",
    "thanku",
    "thankss+",
    "ikr",
    "jk",
    "yup",
    "thanq",
    "tnx",
    "tysm",
    "pls",
    "plz",
    "gonna",
    "wanna",
    "gotta",
    "kinda",
    "sorta",
    "lol",
    "lmao",
    "rofl",
    "btw",
    "omg",
    "idk",
    "imho",
    "tbh",
    "ngl",
    "smh",
    "ttyl",
    "sry",
    "cuz",
    "b4",
    "tmrw",
    "tmr",
    "cya",
    "xoxo",
    "yeah",
    "yep",
    "nope",
    "ha(?:ha)+",
    "he(?:he)+",
    "luv",
    "gr8",
    "l8r",
    "2day",
    "2morrow",
    "2nite",
    "tmw",
    "rly",
    "srsly",
    "ppl",
    "tho",
    "thnks",
    "dunno",
    "gimme",
    "lemme",
    "legit",
    "yay",
    "lowkey",
    "tbf",
    "wbu",
    "bruh",
    "rcvd",
    "lolol",
    "xd",
    "no prob",
    "highkey",
    "yall",
    "ugh+",
    "quick q",
    "howdy",
    "kk",
    "nah",
    "stoked",
    "omw",
    "woohoo",
    "(?:i'm|it's|was|were|is|am) like,",
    "abt",
    "lmk",
    # Casual words the lead ruled texting on 2026-12-07 (eval/README.md): "vibe(s)", "awesome"
    # (not the formal "an awesome responsibility"), "tks", "chillest", "last wk" (not a
    # course's "2 wk"); "heads up" is _HEADS_UP, "app" _APP, "Love," _LOVE_SIGN_OFF.
    "vib(?:es?|ey|y|ing)",
    # "so pumped to interview", not "the nurses pumped the milk".
    "(?:so|super|really|totally|i'm|i am|im|feeling|getting) (?:pumped|psyched)",
    "awesome(?! (?:responsibility|responsibilities|power|powers|duty|duties|burden|task|trust"
    "|privilege|sight|majesty|weight))",
    "chillest",
    "(?:was|were|seemed|seem|seems|so|pretty|kinda) chill(?= ?(?:[.!,]|$| (?:lol|af|tbh|vibes?"
    "|bunch|group|crew|people)\\b))",
    "(?:last|this|next|that|every|each|per|a|one) wk",
    # "super" and "totally" as intensifiers before any word ("super responsive", "totally sold
    # on", "I'd totally move", "totally in your hands"), except the clinical and naming uses
    # the ruling leaves clean ("super obese", "super responders", "super-specialty", "Super
    # Bowl", "totally excised", "totally anomalous pulmonary venous return", "totally
    # asymptomatic"). Names in capitals mid-sentence: _casual_word_in_a_name.
    # Not the noun, a building's superintendent: "our building super let me in".
    f"(?<!the\\s)(?<!our\\s)(?<!building\\s)super(?= [a-z])(?! (?:{_SUPER_NAMES_AND_CLINICAL})\\b)",
    f"totally(?! (?:{_TOTALLY_CLINICAL})\\b)",
    # A doubled "so" before a word of feeling ("so so grateful"), not "so-so" (mediocre).
    f"so so(?= (?:{_FEELING_OR_DEGREE}|{_MORE_FEELING}|many)\\b)",
    # Phone shorthand of 2026-12-07's tone round: "yday", "prolly", "smth", "tonite", "wknd",
    # "gotcha", "bye bye", "mad respect", "no joke," as an aside (not "intern year is no joke"),
    # "you guys rock", "i'm low-key obsessed" (not "a low-key dinner").
    "yday",
    "prolly",
    "smth",
    "tonite",
    "wknd",
    "gotcha",
    "bye[- ]bye",
    "mad (?:respect|props|love)",
    # "just straight up ask", "straight up tell", not "sat straight up in bed".
    "straight up(?= (?:ask|asking|asked|tell|told|say|said|the best|my|ur|your|amazing|awesome"
    "|love|loved)\\b)",
    "(?<!is\\s)(?<!was\\s)(?<!be\\s)(?<!are\\s)(?<!were\\s)no joke(?= ?[,!])",
    "(?:you|u|you guys|u guys|yall|y'all|you all) rock(?= ?(?:[.!,]|$))",
    "(?:i'm|i am|im|i|i was|honestly|ngl|tbh) (?:also |still |kinda )?(?:low|high)-key"
    "(?= (?!(?:and|but|or)\\b)[a-z])",
    # Words with their vowels dropped, as typed on a phone: "Thnk u", "msg rcvd".
    "thnk",
    "2mrw",
    "2moro",
    "tmrrw",
    "fave?s?",
    # Forum shorthand: "tl;dr", "nvm", "idc", "great convo", "been 3 wks".
    "tl; ?dr",
    "nvm",
    "idc",
    "convos?",
    "wks",
    # "fwiw", "rlly", "y'all", "thru": forum and phone shorthand ("gtg": _LOWER_CASE_SLANG).
    "fwiw",
    "rlly",
    "y'all",
    "ya'll",
    # Not the accepted "drive thru" or a range of days or months ("Monday thru Friday", "July
    # thru December").
    f"(?<!drive[- ])thru(?! (?:{_DAYS_AND_MONTHS})\\b)",
    # More phone shorthand: "obvi", "hbu", "hmu", "wyd", "tyvm", "srry", "4ward", "cud you"
    # (more, which are also names or acronyms in capitals, in _LOWER_CASE_SLANG).
    "obvi",
    "hbu",
    "hmu",
    "wyd",
    "tyvm",
    "srry",
    "4ward",
    "cud(?= (?:you|u)\\b)",
    # Slang praise as the end of a sentence: "the sim lab was dope", "the food was fire", not
    # "the building was on fire". ("the lounge was sick": see _SICK.)
    "(?:was|is|were|so|looked|looks|sounds?|sounded|seems?|seemed) (?:dope|fire)"
    "(?= ?(?:[.!,]|lol|af|fr|tbh|too|$))",
)
# Letters and digits standing for words: "looking forward 2 hearing", "thanks 4 the tour",
# "you 2!", "I'll b there", "c u soon". Found from the character (the regex then skips ahead
# fast), then judged by the word before it; "Step 2", "2 pm", "hepatitis b" are left alone.
_SHORTHAND = re.compile(r"\b(?:[24br]|c(?= u\b))\b")
_BEFORE_SHORTHAND = {
    "2": words(
        "forward wait want wanted going like love able hope hoping try trying talk talking "
        "speak speaking glad happy excited nice ready chance opportunity honor honour pleasure "
        "eager keen way listen"
    ),
    "4": words("thanks thx thank you ready waiting looking perfect here"),
    "b": words("i'll ill will can gonna should would might may must could wanna"),
    "r": words(
        "u you we they guys ppl people residents yall y'all there who rest others these those"
    ),
}
# Words after which "2", "4", "b" or "r" is a number or a letter after all ("2 pm", "4 weeks").
_NOT_WORDS_AFTER = words(
    "pm am week weeks day days month months year years hour hours minute minutes more of or "
    "and to x times people patients residents other"
)
_CLOCK_AFTER = (" p.m", " a.m")
# "make it 2 the dinner", "my zoom time 4 tmrw": a digit before these stands for a word,
# unless a numbered thing comes before it ("Step 2 the", "Room 4 today").
_DETERMINERS_AFTER = words("the my your ur our you u me us them tmrw tomorrow today this that it")
_NUMBERED = words(
    "step level pgy room ward unit bay floor building phase part figure table version week "
    "day year chapter grade stage type class block rotation suite gate lot zone tower"
)
_TOO_AT_THE_END = re.compile(r" ?(?:[.!,]|$)")  # "me 2!", "u 2"


def _shorthand(view: str) -> Iterable[tuple[int, int]]:
    for match in _SHORTHAND.finditer(view):
        start, end = match.span()
        char = match.group()
        if char == "c":
            yield start, end + 2
            continue
        word = word_before(view, start)
        following = word_after(view, end)
        too = char == "2" and word in ("me", "u") and _TOO_AT_THE_END.match(view, end)
        stands_for_a_word = (
            word in _BEFORE_SHORTHAND[char]
            and view.startswith(" ", end)  # a word follows on the same line
            and following
            and following not in _NOT_WORDS_AFTER
            and not view.startswith(_CLOCK_AFTER, end)
        ) or (
            char in "24"
            and word.isalpha()
            and word not in _NUMBERED
            and following in _DETERMINERS_AFTER
        )
        if too or stands_for_a_word:
            yield start, end


# Short forms that are also abbreviations or names in capitals ("U of M", "UR", "Fr. Lopez",
# "NP" for a nurse practitioner, "Ty"): texting only as typed in lower case.
# Found by one regex that checks the word boundary itself: these short forms also sit inside
# many words ("learn", "after", "Maya"), where a phrase search would restart at each one.
_LOWER_CASE_SLANG = re.compile(
    at_word_start(
        r"u(?!\.\w)(?!\s+of\s)(?!/)",  # not the "u" of "u.s.", "U of M" or "u/s" (ultrasound)
        r"ur(?!\s+medicine)",
        r"fr(?!\.\w)",  # "fr." ends a sentence; "fr.com" is not a word
        *("def", "ty", "np", "imo", "ya", "rn", "bc", "urs"),  # "RN": a nurse; see _NURSE
        # "sounds gd", "msg me the pics", not GD (Graves' disease), MSG or PICS.
        *("gd", "msgs?", "pics"),
        # "im" for "I'm" before what follows "I'm" ("im signing", "im so sorry"), not "IM"
        # (internal medicine) before "program" or "residency"; "n" for "and" between words,
        # not "n = 412".
        r"im(?= (?:\w+ing|not|so|very|really|still|just|a|an|sure|sorry|happy|excited|interested"
        r"|also|gonna|def|from|free|available|done|ready|glad|curious|nervous|worried|scared"
        r"|grateful|thankful|safe|ranked|in|at|on|here|there|the|ur|your|literally|actually"
        r"|honestly|kinda|super|desperate|out|yours|all|only|always|never|pretty|totally|fine"
        r"|good|ok|okay|currently|now|back|too|lowkey)\b)",
        # "cu at second look", "chatting w/ you", "CV updated w/ the new pub", "esp after",
        # "esp. Dr. Baptiste" (not CU or ESP; not "w/" in a medication order, "25 mg w/ food",
        # "CT w/ contrast": the lead's ruling of 2026-12-07, see eval/README.md).
        r"cu(?= (?:at|there|then|soon|later|tmrw|tomorrow|tmr|on|in|next)\b)",
        r"w/(?<!mg\sw/)(?<!mcg\sw/)(?<!ml\sw/)(?<!daily\sw/)(?<!bid\sw/)(?<!tid\sw/)"
        r"(?<!prn\sw/)(?=\s[a-z])(?!\s(?:contrast|food|meals?|water|milk|juice|dye)\b)",
        r"esp\.?(?=\s[a-z])",
        # "tks" for thanks; "v happy", "v. grateful" ("v" for very before a word of feeling),
        # not "Roe v. Wade" or "stage v kidney disease".
        "tks",
        rf"v\.?(?=\s(?:{_FEELING_OR_DEGREE})\b)",
        # not "the n of the study" or "n patients in each arm"
        r"n(?<=[a-z] n)(?<!the n)(?! (?:of|was|is|=|patients|participants|subjects|samples"
        r"|cases)\b)(?= [a-z])",
        "af",  # "AF" is atrial fibrillation
        # "fyi", "looking fwd", "thanks sm", "w/o the stamp": not FYI, "Fwd:" (a forwarded
        # mail), SM or "CT w/o contrast".
        "fyi",
        # not IRL, TXT or FAM (an acronym), ILY; not "txt" as a file format or a channel
        # (".txt file", "in txt format", "txt reminders to patients") or "fam med" (family
        # medicine, accepted usage)
        *("irl", "ily"),
        r"txt(?<!\.txt)(?!-based)(?! (?:files?|formats?|versions?|documents?|messag\w*"
        r"|reminders?|alerts?|outreach|campaigns?|interventions?)\b)",
        r"fam(?! med(?:s|icine)?\b)",
        # Phone shorthand that is also an acronym or a name in capitals: "OFC" (occipitofrontal
        # circumference), "Dr. Hella Schmidt", "Yas Clinic", "Dr. Daniel Coz", "B/C ratio",
        # "GTG", "B-day". Only in lower case and not after a title or a name (_STRICTLY_LOWER).
        *("ofc", "coz", "hella", "yas+", "defo", "gtg"),
        # "on nights atm", "send it asap", "free b/w 2 and 5": not an ATM, ASAP in capitals
        # (office style), "the atm" (a cash machine), "b/w photos" or "mg/kg b/w".
        # Nor a unit of pressure: "at 2.4 atm".
        r"atm(?<!the\satm)(?<!an\satm)(?<!nearest\satm)(?<![0-9]\satm)(?<![0-9]atm)",
        "asap",
        r"b/w(?<!kg\sb/w)(?!\s+(?:photos?|images?|pictures?|films?|prints?|printer|copies|copy"
        r"|x-rays?|scans?)\b)",
        # "see u all again xx", "Sam xx": kisses at the end of a line, after a word; not "XX"
        # in capitals nor a template's "Dr. xx" or "Program: xx".
        r"xx(?<=[a-z!)]\sxx)x*(?=[ \t]*[.!]?[ \t]*(?:\n|$))",
        r"probs(?! (?:and|&) stat)",  # not "the probs and stats course"
        r"b/c(?! ratios?\b)",  # not "BUN/Cr and b/c ratios"
        r"b-?day(?<!a-day and b-day)",  # not "A-day and B-day" (school timetables)
        # "wud love", "wud you": not "the wud tool"
        r"wud(?= (?:love|like|luv|be|b|have|want|appreciate|rather|prefer|really|def|you|u|not"
        r"|never|ever|do)\b)",
        r"fwd(?!:)",
        r"sm(?:(?<=thanks sm)|(?<=thank u sm)|(?<=thank you sm)|(?<=ty sm)|(?<=thx sm)"
        r"|(?<=love it sm)|(?<=love u sm)|(?<=love you sm))",
        r"w/o(?=\s(?:the|a|an|my|your|you|u|me|us|any|it|them)\b)",
        r"k(?=,| (?:thx|thanks|ty|will|sounds|cool|got)\b)",  # "k thx" (see _informal)
        # "help w planning", not "plan w", "grade w" or the "w" of "b/w"
        r"w(?<!/w)(?<!plan w)(?<!type w)(?<!grade w)(?<!wing w)(?<!block w)(?<!lot w)"
        r"(?= [a-z]{2,})",
        # "you guys were lit lol", not "the hall was lit by candles"
        r"lit(?:(?<=were lit)|(?<=was lit)|(?<=so lit))(?= (?:lol|af|fr)\b| ?!)",
    )
    + r"(?!\w)"
)
# The short forms above that count only as typed in lower case, never capitalised at a
# sentence start, and never as the word after a title or a capitalised name ("Dr. hella").
_STRICTLY_LOWER = re.compile(r"ofc|coz|hella|yas+|defo|gtg|probs|b/c|b-?day|wud|atm|asap|b/w")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'.-]*)[ \t]+$")
# "Sick" as slang praise: a thing the applicant praises heads the subject ("the lounge was
# sick lol", "ngl the interview day was sick"), not a place that ends a phrase about a person,
# who is sick in the clinical sense ("The boy from the community center was sick").
_SICK = re.compile(
    r"\b(?:the|that|this|your|ur|our|ya) "
    r"(?:(?!(?:of|from|at|in|on|with|by|near|for|to|and)\b)[a-z'-]+ ){0,2}?"
    r"(?P<noun>lab|center|centre|tour|dinner|food|panel|party|view|gym|setup|workshop|lounge"
    r"|place|program|simulator|day) (?:was|is|looked|looks) (?:so |lowkey |kinda )?sick"
    r"(?= ?(?:[.!,]|lol|af|fr|tbh|$))"
)
_CLAUSE_START = re.compile(
    r"(?:^|[.!?,;:(\n|\"]|\b(?:and|but|ngl|tbh|lol|omg|yo|so|also|plus|btw|honestly|cuz|coz"
    r"|because|bc))[ \t]*$"
)


def _sick(letter: Letter) -> Iterable[tuple[int, int]]:
    view = letter.view
    for match in _SICK.finditer(view):
        if _CLAUSE_START.search(view, max(0, match.start() - 12), match.start()):
            yield match.start("noun"), match.end()


# "app" for an application (the lead's ruling of 2026-12-07, eval/README.md): the writer's
# own or a named kind of application ("my app", "license app"), one sent or submitted, a
# subject line "App status" or "Ana Ruiz - app", an "app fee" or "app deadline"; not software
# ("the Zoom app", "an app for patients", "app store", "the app's reminders", "my app for
# learning Spanish", "3 apps to the innovation challenge", "the app update fixed the
# calculator") nor in a sentence about making one.
_APP = re.compile(
    r"\b(?:(?:my|our|your|ur|his|her|their|residency|eras|license|licensing|visa|fellowship"
    r"|rotation|away|vslo|match|job)\s+(?:(?:updated|complete|completed|full|whole|entire"
    r"|revised|final|new|residency|eras)\s+)?|(?:sent|send|sending|submitted|submit|submitting"
    r"|finished|certified|completed)\s+(?:(?:out|in|off)\s+)?(?:(?:my|the|all my)\s+)?)"
    r"(?P<app>apps?)\b(?!'s|\s+(?:store|stores|users?|icon|called|that|which|for\s+\w+ing"
    r"|to\s+(?:log|track|help|remind|teach|learn|record|monitor|manage|book|find|calculate"
    r"|translate))\b)"
    r"|^[ \t]*subject:[^\n]*?\b(?P<subject>apps?)(?=\s+(?:status|update|updates|question|fee"
    r"|fees|deadline|deadlines)\b|[ \t]*$)"
    r"|\b(?P<body>apps?)(?=\s+(?:status|fee|fees|deadline|deadlines)\b)",
    re.MULTILINE,
)
_SOFTWARE = re.compile(
    r"\b(?:built|build|building|developed|develop|developing|designed|created|coded|coding"
    r"|launched|programmed|download|downloaded|downloads|install|installed|users|iphone"
    r"|android|software|smartphone|mobile|startup|prototype|platform|used|using|tracks"
    r"|logs|reminds|reminder|innovation|hackathon|prize|award|won)\b|'s app\b"
)
_SENTENCE_BREAK = re.compile(r"[.!?;]|\n[ \t]*\n")


def _application(letter: Letter) -> Iterable[tuple[int, int]]:
    view = letter.view
    for match in _APP.finditer(view):
        group = next(name for name, text in match.groupdict().items() if text)
        start, end = match.span(group)
        before = _SENTENCE_BREAK.split(view[max(0, start - 120) : start])[-1]
        after = _SENTENCE_BREAK.split(view[end : end + 120])[0]
        if not _SOFTWARE.search(before) and not _SOFTWARE.search(after):
            yield start, end


# "heads up" (ruled texting), not "we kept our heads up" nor a "heads-up display".
_HEADS_UP = re.compile(
    r"\bheads[-\s]up\b(?<!our\sheads\sup)(?<!my\sheads\sup)(?<!their\sheads\sup)"
    r"(?<!your\sheads\sup)(?<!his\sheads\sup)(?<!her\sheads\sup)(?!\sdisplay)"
)


# "@" for "at" between words ("be there @ 8", "see you @ the dinner"), not in an address
# ("ana@mailbox.org") or a handle ("@DrRuiz").
_AT = re.compile(r"(?<!\S)@(?=[ \t]+[a-z\d])")
# ">>>" between words for "beats" ("the sim lab >>> every lecture hall"), not ">>" quoting a reply
# at a line's start.
_BEATS = re.compile(r"(?<=\w )>{2,}(?= \w)")


# "Love," as a sign-off above the name: texting warmth, not "I would love, ..." in a sentence.
# One run of blanks after "love" (the comma's own blanks are inside its group), so a long
# run of tabs cannot be split between two runs in every way (quadratic; test_linear_time).
_LOVE_SIGN_OFF = re.compile(
    r"^[ \t]*(?:(?:lots of|with|much|all my) )?love(?:[ \t]*(?P<mark>[,!]))?[ \t]*"
    r"(?=\n[ \t]*\S)",
    re.MULTILINE,
)
# Without its comma, "Love" is a sign-off only as a closing line: after a paragraph's end and
# above a name line ("Love\nPriya Nair"), not a hard-wrapped line of a sentence ("started
# reading\nLove\nMedicine again", "the program's\nlove\nfor teaching").
_NAME_LINE = re.compile(r"[ \t]*[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,3}[ \t]*(?:\n|$)")


def _love_sign_off(letter: Letter) -> Iterable[tuple[int, int]]:
    for match in _LOVE_SIGN_OFF.finditer(letter.view):
        if not match.group("mark") and not _closing_line(letter, match.start(), match.end()):
            continue
        # The words alone: not the blanks around them, nor the space that stands for a CR LF's
        # CR in the view (the match reaches to the line's end for _closing_line).
        line = match.group()
        start = match.start() + len(line) - len(line.lstrip())
        yield start, start + len(line.strip())


def _closing_line(letter: Letter, start: int, end: int) -> bool:
    start, end = letter.norm.original_span(start, end)
    lines = letter.original[max(0, start - 200) : start].split("\n")  # a bounded read back
    previous = lines[-2].strip() if len(lines) > 1 else ""
    return (not previous or previous[-1] in ".!?") and _NAME_LINE.match(
        letter.original, end + 1
    ) is not None


# Casual words that also name things when capitalised mid-sentence: "the Awesome Foundation",
# "the Super Utilizer clinic", "Super 8", "Vibe Health".
_NAMES_TOO = frozenset({"awesome", "super", "vibe", "vibes", "totally"})


def _casual_word_in_a_name(letter: Letter, hit: Hit) -> bool:
    start, end = letter.norm.original_span(hit.start, hit.end)
    first = letter.original[start:end].split()[0]
    return (
        first.lower() in _NAMES_TOO
        and first.istitle()
        and not opens_sentence(letter.view, hit.start)
    )


def _name_part(letter: Letter, hit: Hit, start: int) -> bool:
    """The word before is a title ("dr. hella") or a capitalised name part mid-sentence
    ("Daniel coz"), so this word is a name too."""
    if _TITLE_WORD.fullmatch(word_before(letter.view, hit.start)):
        return True
    name = _CAPITALISED_BEFORE.search(letter.original, max(0, start - 30), start)
    if name is None or name.group(1) == "I":
        return False
    before = letter.original[max(0, name.start() - 4) : name.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?\n"


# "Ty for the info.", "Np, I can": capitalised short forms count before a mark or "for"
# (not "Ty Johnson").
_ENDS_A_PHRASE = re.compile(r"[,!.]| for\b")
# Short forms that open a sentence in capitals as texted ("Ur my #1", "Rn I'm on nights"),
# followed by a word in lower case; "Ty" and "Np" may be names or titles there.
# "U rank me high" too: a capital "U" before a word in lower case is "you" (not "U of M").
_OPENS_LIKE_TEXTING = frozenset(
    {
        "u",
        "ur",
        "fr",
        "rn",
        "imo",
        "ya",
        "def",
        "im",
        "np",
        "msg",
        "msgs",
        "gd",
        "tks",
        "esp",
        "esp.",
    }
)
_LOWER_WORD_AFTER = re.compile(r" (?:[a-z#]|I\b)")  # "Ur my #1", "Rn I'm on nights"


# "an rn", "the night rn": a registered nurse written in lower case, not "right now".
# "w/" on a line of a bulleted or numbered list, CV style ("- Case report accepted w/ my
# mentor"), is note-taking shorthand, not texting (the lead's ruling, eval/README.md).
_LIST_LINE = re.compile(r"[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]")
_NURSE = re.compile(r"\b(?:an|the|a|as|our|my|charge|night|day|new|travel|floor|icu)\s+$")
# Casual openers ("hey", "heyyy", "hiya", "yo", "hi again"), only where they greet: at the
# start of a line or sentence and followed by a name, a title, "there", "again" or a mark.
# "Dr. Hey", "Yo-Yo Ma" and "Yo La Tengo" are names, not greetings.
_OPENER = re.compile(rf"{CASUAL_OPENER}(?![\w'-])")
_GREETS = re.compile(
    r"[ \t]*(?:[,!.?:]|\n|$)"
    rf"|[ \t]+(?:{TITLE}|there|all|everyone|everybody|guys|team|folks|again|y'all)\b"
    r"|[ \t]+(?:just|quick|wanted|hope|thanks|thank|any|so|sorry|ok)\b"  # "hey just wanted to say"
    r"|[ \t]+(?:that|this|those|these|ur|u|the)\b"  # "yo that resident panel was fire"
    r"|[ \t]+[\[<{]"  # "Hey [Name]!!", "Hiya <<name>>,": a slot where the name goes
    r"|[ \t]+[a-z'-]{1,30}[ \t]*[,!]"
)
_TITLE_WORD = re.compile(rf"{TITLE}\.?")
# "Hi Ms. Carter," greets with the person's title and name, as typed with capitals: casual,
# not texting. Where it is a letter's greeting line the salutation rule asks for "Dear"; in a
# sentence it passes. "hi dr patel", "Hey", "hiya" and "yo" stay texting.
_PLAIN_HI = re.compile(rf"H(?:i|ello)[ \t]+{CAPITALISED_TITLE}\b")
# Words stretched for emphasis: "sooo", "heyyy", "pleeease" (not roman numerals, "www").
_TRIPLED = re.compile(r"([a-hj-uy-z])\1\1")


def _stretched(view: str) -> Iterable[tuple[int, int]]:
    """The whole words around a letter written three times. (Searched from the tripled letter,
    which the regex engine finds quickly, then widened to the word around it.)"""
    position, length = 0, len(view)
    while (match := _TRIPLED.search(view, position)) is not None:
        start, end = match.span()
        while start and "a" <= view[start - 1] <= "z":
            start -= 1
        while end < length and "a" <= view[end] <= "z":
            end += 1
        if not (start and (view[start - 1].isalnum() or view[start - 1] == "_")):
            yield start, end  # not the end of "x2aaa" or of "éaaa"
        position = end


# Patterns start with a character class (no look-behind) so the engine can skip ahead fast.
_REPEATED_MARKS = re.compile(r"[!?][!?]+")  # "!!", "?!", "??"
# ":)", ";-)", ":D", ":/" (not "https://"), "<3", "^_^", "=)", "=D", "(:"
_EMOTICON = re.compile(
    r"[:;]'?-?(?:[)(dpo*](?![\w])|/(?![\w/]))|<3|\^_?\^|=-?[)(dp](?![\w=])|\(:(?![\w:(])"
)
_NOT_BEFORE_EMOTICON = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_:=(")  # "Step:D", "::)"
_SHORTCODE = re.compile(r":[a-z][a-z_]{1,20}:")  # ":smile:", ":tada:" typed for an emoji
# Emoji and pictographs, with the double marks "‼" and "⁉" typed as emoji.
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\ufe0f\u203c\u2049]")
# All-capital words a letter may legitimately contain.
ACRONYMS = frozenset(
    [
        "USMLE",
        "COMLEX",
        "ERAS",
        "NRMP",
        "AAMC",
        "ACGME",
        "ECFMG",
        "NBME",
        "NBOME",
        "FREIDA",
        "ICU",
        "MICU",
        "SICU",
        "NICU",
        "PICU",
        "CCU",
        "PGY",
        "OBGYN",
        "STEP",
        "LEVEL",
        "SOAP",
        "IMG",
        "IMGS",
        "USCE",
        "EMR",
        "EHR",
        "EPIC",
        "COVID",
        "ACLS",
        "PALS",
        "ATLS",
        "POCUS",
        "MBBS",
        "AOA",
        "NIH",
        "CDC",
        "MPH",
        "PHD",
        "MSC",
        "HEENT",
        "FQHC",
        "SMILE",
        "AIDS",
        "ECMO",
        "CPR",
        "USA",
        "ID",
    ]
)
# Words of four letters or more that shout even alone ("I am VERY interested").
_EMPHASIS = frozenset(
    [
        "VERY",
        "REALLY",
        "TRULY",
        "EXTREMELY",
        "PLEASE",
        "LOVE",
        "NEED",
        "DREAM",
        "HUGE",
        "SUPER",
        "MUCH",
        "SO",
        "BEST",
        "MOST",
        "ALWAYS",
        "NEVER",
        "TOTALLY",
        "ABSOLUTELY",
        "DEFINITELY",
        "HONESTLY",
        "GREAT",
        "AWESOME",
        "HAPPY",
        "EXCITED",
        "THANKS",
        "THANK",
        "LOVED",
        "WOW",
        "YES",
        "SUCH",
        "ANY",
    ]
)
# Short verbs stressed in capitals: "you ARE the list". Only between two lower-case words and
# not a name: "The WAS gene", "the ARE element", "the acronym DID stands for".
# A capitalised NOT ("the patient did NOT have a fever") is common in clinical writing.
_STRESSED_VERBS = frozenset({"ARE", "IS", "WAS", "WERE", "DID"})
# Words that name a word in capitals rather than say it: "the mnemonic MUDPILES", "a drug
# called LUMO", "the acronym DID".
_NAMING = "acronym|abbreviation|mnemonic|term|word|called|named|dubbed"
_NAMED_AFTER = re.compile(rf"\b(?:{_NAMING}) $", re.IGNORECASE)
# A name in capitals comes after an article or "acronym" ("the ARE element").
_LOWER_WORD_BEFORE = re.compile(
    rf"(?:^|\W)(?!(?:the|a|an|{_NAMING}) )(?:[a-z][a-z']*|I|You|We|It|This|That|They) $"
)
_STRESS_FOLLOWS = re.compile(r" (?!(?:gene|genes|element|protein|stands)\b)[a-z]")


def _stressed(letter: Letter, match: re.Match[str]) -> bool:
    """A short verb in capitals between two lower-case words."""
    text = letter.original
    return bool(
        _LOWER_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        and _STRESS_FOLLOWS.match(text, match.end())
    )


# "my SO" is a significant other, not "so" shouted.
_POSSESSIVE = frozenset({"my", "our", "his", "her", "their", "your"})
_CAPS_RUN = re.compile(r"[A-Z][A-Z]+\b(?:[ ,]+[A-Z]{2,}\b)*")


def _shouting(letter: Letter) -> Iterable[Hit]:
    """Runs of capitals that are not acronyms, outside the signature (names may be in caps).
    Reads the original text, since the view is lower case."""
    signature_start = letter.sign_off.start if letter.sign_off else len(letter.view)
    if letter.sign_off and not letter.sign_off_name:
        signature_start = letter.sign_off.end  # "THANKS AGAIN," shouts; the name below may not
    end_original, _ = letter.norm.original_span(signature_start, signature_start)
    for match in _CAPS_RUN.finditer(letter.original, 0, end_original):
        if match.start() and letter.original[match.start() - 1].isalnum():
            continue  # the end of "McDONALD" or "iPHONE", not a word of its own
        words = match.group().replace(",", " ").split()
        loud = [word for word in words if word not in ACRONYMS and len(word) >= 4]
        if loud and loud[0] == words[0] and _after_a_name(letter, match):
            loud = loud[1:]  # "Dr. Chidi OKAFOR, AAMC ID": a surname in capitals, then acronyms
        before = word_before(letter.original, match.start(), reach=8)
        if words == ["SO"] and before.lower() in _POSSESSIVE:
            continue
        if _NAMED_AFTER.search(letter.original, max(0, match.start() - 20), match.start()):
            continue
        if (
            len(words) >= 3
            and any(word in _INSTITUTION_NOUNS for word in words)
            and not any(word in _SPEAKING for word in words)
        ):
            continue  # a name: "AMERICAN HEART ASSOCIATION", "... LICENSING EXAMINATION"
        if (
            (len(words) >= 2 and loud and _spoken(words, loud))
            or any(word in _EMPHASIS for word in words)
            or (words[0] in _STRESSED_VERBS and len(words) == 1 and _stressed(letter, match))
            or (
                any(_reads_as_a_word(word, alone=len(words) == 1) for word in loud)
                and not _after_a_name(letter, match)
            )
        ):
            yield _view_hit(letter, match.start(), match.end())


# Capitalised words that start sentences rather than names ("The AMAZING team").
_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "i",
        "it",
        "this",
        "that",
        "these",
        "your",
        "my",
        "we",
        "our",
        "so",
        "and",
        "but",
        "what",
        "you",
        "is",
        "was",
    ]
)


def _after_a_name(letter: Letter, match: re.Match[str]) -> bool:
    """A surname in capitals after a title or a first name ("Dr. OKAFOR", "Carlos
    HERNANDEZ"), as many applicants write family names."""
    before = letter.original[max(0, match.start() - 30) : match.start()].split()
    if not before:
        return False
    previous = before[-1]
    return bool(_TITLE_WORD.fullmatch(previous.lower())) or (
        previous[0].isupper() and previous.isalpha() and previous.lower() not in _STARTERS
    )


_VOWELS = frozenset("AEIOU")
_CONSONANT_CLUSTER = re.compile(r"[^AEIOU]{4}")
# The endings of words of feeling and stress ("AMAZING", "THRILLED", "GRATEFUL", "INCREDIBLE",
# "FANTASTIC", "DEFINITELY"). A name or an acronym in capitals seldom ends so: "UWORLD",
# "AMBOSS", "CLABSI", "NHANES", "UNICEF", "ACCORD", "HARLEM HOSPITAL".
_LOUD_ENDING = re.compile(r"(?:ING|ED|LY|FUL|IBLE|ABLE|OUS|IVE|TIC|EST)$")
# Three word lists, disjoint, each with its own job (a lexicon with parts of speech could
# replace them; checker/language has none): the first two mend what the ending and the vowel
# share get wrong, the third tells a name in capitals from a sentence.
# Feeling words the ending misses (no such ending, or too few vowels): loud alone ("Your program
# is PERFECT"), not in a run of capitals, where they may be part of a name ("SPECIAL OLYMPICS").
_FEELING_WITHOUT_THE_ENDING = frozenset(
    [
        "THRILLED",
        "THRILLING",
        "BLESSED",
        "PERFECT",
        "EXCELLENT",
        "SPECIAL",
        "INSANE",
        "BRILLIANT",
        "SUPERB",
        "STELLAR",
        "SORRY",
        "URGENT",
        "IMPORTANT",
        "EVERYTHING",
        "EVERYONE",
        "FOREVER",
        "GRATITUDE",
        "HONOR",
        "HONOUR",
        "PLEASURE",
        "PRIVILEGE",
        "FAVORITE",
        "FAVOURITE",
        "ENTIRE",
        "WHOLE",
        "HEART",
        "THANKYOU",
    ]
)
# Plain nouns and names with a feeling word's ending, never loud ("the PUBMED abstracts").
_THE_ENDING_WITHOUT_FEELING = frozenset(
    [
        "MEETING",
        "MEETINGS",
        "BUILDING",
        "NURSING",
        "TRAINING",
        "HOUSING",
        "FUNDING",
        "UNITED",
        "PUBMED",
        "WYOMING",
        "BEIJING",
        "READING",
    ]
)
# Nouns that head the name of an institution or an exam, making a run of three or more
# capitals a name even with a loud word in it ("UNITED STATES MEDICAL LICENSING EXAMINATION").
_INSTITUTION_NOUNS = frozenset(
    [
        "ASSOCIATION",
        "SOCIETY",
        "HOSPITAL",
        "CENTER",
        "CENTRE",
        "EXAMINATION",
        "UNIVERSITY",
        "COLLEGE",
        "FOUNDATION",
        "INSTITUTE",
        "ACADEMY",
        "SCHOOL",
        "COUNCIL",
        "BOARD",
        "CLINIC",
        "DEPARTMENT",
        "COMMITTEE",
        "ORGANIZATION",
        "ORGANISATION",
        "FEDERATION",
        "ALLIANCE",
        "PROGRAM",
        "JOURNAL",
        "CONFERENCE",
        "CONGRESS",
        "CHAPTER",
        "HEALTH",
        "SYSTEM",
    ]
)
# Words that make a run of capitals a sentence said aloud, not a name: "THANK YOU", "I AM SO".
_SPEAKING = frozenset(["I", "ME", "MY", "YOU", "YOUR", "WE", "US", "AM", "IS", "ARE", "SO"])


def _reads_as_a_word(capitals: str, alone: bool = False) -> bool:
    """A long word of feeling or stress in capitals ("AMAZING", "INCREDIBLE", "PERFECT"),
    unlike an acronym or an abbreviated name ("UTHSCSA", "LSUHSC") or a name written in
    capitals ("UWORLD", "UNICEF", "HARLEM", "MIDWEST", "LANSING"). A word of
    _FEELING_WITHOUT_THE_ENDING counts only `alone`, not inside a run of capitals."""
    if capitals in _FEELING_WITHOUT_THE_ENDING:
        return alone
    vowels = sum(char in _VOWELS for char in capitals)
    return (
        len(capitals) >= 6
        and vowels >= 0.3 * len(capitals)
        and not _CONSONANT_CLUSTER.search(capitals)
        and _LOUD_ENDING.search(capitals) is not None
        and capitals not in _THE_ENDING_WITHOUT_FEELING
    )


def _spoken(words: list[str], loud: list[str]) -> bool:
    """A run of capitals says something ("THANK YOU SO MUCH", "LOOKING FORWARD") rather than
    names something ("HARLEM HOSPITAL", "NEW YORK TIMES", "MOUNT SINAI")."""
    return any(word in _SPEAKING for word in words) or any(_reads_as_a_word(w) for w in loud)


def _view_hit(letter: Letter, start: int, end: int) -> Hit:
    return Hit(letter.norm.view_offset(start), letter.norm.view_offset(end))


# Messages that fit what was found: marks and capitals cannot be "written out in full".
_MARKS_MESSAGE = "Too informal for a program: use one exclamation or question mark at most."
_EMOJI_MESSAGE = "Too informal for a program: leave out emoji and emoticons."
_CAPITALS_MESSAGE = "Words in capitals read as shouting: write them in lower case."
# An acronym spelled out after it: "the BTW (Bridge to Wellness) program", "LOL (Lots of ...)".
_SPELLED_OUT = re.compile(r" \([A-Z]")


def _defined(letter: Letter, hit: Hit) -> bool:
    """A short form in capitals with its meaning in brackets after it is a name."""
    start, end = letter.norm.original_span(hit.start, hit.end)
    typed = letter.original[start:end]
    return typed.isupper() and _SPELLED_OUT.match(letter.original, end) is not None


def _informal(letter: Letter, kind: str) -> Iterable[Hit]:
    for hit in _SLANG(letter, kind):
        if not _defined(letter, hit) and not _casual_word_in_a_name(letter, hit):
            yield hit
    for match in _LOWER_CASE_SLANG.finditer(letter.view):
        if letter.is_quoted(*match.span()):
            continue
        hit = Hit(*match.span())
        start, end = letter.norm.original_span(hit.start, hit.end)
        typed = letter.original[start:end]
        if _STRICTLY_LOWER.fullmatch(typed.lower()):
            if typed.islower() and not _name_part(letter, hit, start):
                yield hit
            continue
        if typed == "rn" and _NURSE.search(letter.view, max(0, hit.start - 12), hit.start):
            continue
        if typed == "w/" and _LIST_LINE.match(
            letter.view, letter.view.rfind("\n", 0, hit.start) + 1
        ):
            continue
        # "Fr. Lopez" is a priest ("Fr this is the one" is texting); of the one-letter forms
        # only "U" stands for a word.
        capitalised = (
            (len(typed) > 1 or typed == "U")
            and typed.istitle()
            and not (typed == "Fr" and letter.view.startswith(".", hit.end))
        )
        if typed.lower() == "k" and not opens_sentence(letter.view, hit.start):
            continue  # "k thx", "K, see u then"; not "vitamin k"
        if typed == "U" and letter.original.startswith(".", end):
            continue  # an initial: "Dr. U. Okafor", "A. U. Bello"
        if (
            typed.islower()
            or typed == "K"
            or (
                capitalised
                and opens_sentence(letter.view, hit.start)  # "Ty" may be a name elsewhere
                and (
                    _ENDS_A_PHRASE.match(letter.view, hit.end)
                    or (
                        typed.lower() in _OPENS_LIKE_TEXTING
                        and _LOWER_WORD_AFTER.match(letter.original, end)
                    )
                )
            )
        ):
            yield hit
    view = letter.view
    for match in _REPEATED_MARKS.finditer(view):
        if not letter.is_quoted(*match.span()):
            yield Hit(*match.span(), message=_MARKS_MESSAGE)
    for match in _EMOTICON.finditer(view):
        glued = match.start() and view[match.start() - 1] in _NOT_BEFORE_EMOTICON
        if not glued and not letter.is_quoted(*match.span()):
            yield Hit(*match.span(), message=_EMOJI_MESSAGE)
    marks = (
        *(span for span in _stretched(view) if not _acronym(letter, *span)),
        *_openers(letter),
        *_shorthand(view),
        *_sick(letter),
        *_application(letter),
        *(match.span() for match in _HEADS_UP.finditer(view)),
        *(match.span() for match in _AT.finditer(view)),
        *(match.span() for match in _BEATS.finditer(view)),
        *_love_sign_off(letter),
    )
    for start, end in marks:
        if not letter.is_quoted(start, end):
            yield Hit(start, end)
    for match in _SHORTCODE.finditer(view):
        if not letter.is_quoted(*match.span()):
            yield Hit(*match.span(), message=_EMOJI_MESSAGE)
    for match in _EMOJI.finditer(letter.original):
        yield _view_hit(letter, match.start(), match.end())._replace(message=_EMOJI_MESSAGE)
    for hit in _shouting(letter):
        yield hit._replace(message=_CAPITALS_MESSAGE)


def _acronym(letter: Letter, start: int, end: int) -> bool:
    """ "CCC" (a clinical competency committee) is an acronym, not a stretched word."""
    start, end = letter.norm.original_span(start, end)
    typed = letter.original[start:end]
    return typed.isupper() and len(set(typed)) == 1


def _openers(letter: Letter) -> Iterable[tuple[int, int]]:
    view = letter.view
    for match in _OPENER.finditer(view):
        start = match.start()
        before = view[max(0, start - 12) : start]
        opens = not before.strip() or before.rstrip()[-1] in ".!?:\n" or before.endswith("\n")
        if _TITLE_WORD.fullmatch(word_before(view, start)):
            continue  # "Dr. Hey"
        standalone = start == 0 or not view[start - 1].isalnum()
        if _PLAIN_HI.match(letter.original, letter.norm.original_span(start, start)[0]):
            continue
        if opens and standalone and _GREETS.match(view, match.end()):
            yield match.span()


INFORMAL_TONE = Rule(
    id="informal-tone",
    severity="warning",
    title="Texting style or informal words",
    catches=(
        'Texting abbreviations and slang ("thx", "u", "pls", "gonna", "lol", "tbh", "app" for '
        'an application, "esp", "v" for very), casual words ("super excited", "totally", '
        '"vibe", "awesome", "heads up", "Love," as a sign-off), casual '
        'openers ("hey", "hiya Dr. Kim", "hi again"), stretched words ("sooo"), emoji and '
        'emoticons, "!!" or "??", and words in capitals that shout ("AMAZING"; acronyms such '
        "as USMLE, ERAS or PGY-1 are fine). Words in double quotes are someone else's."
    ),
    why=(
        "Coordinators and program directors notice professionalism in small things; texting "
        "style in an email to a program reads as careless."
    ),
    instead="Write full words, one exclamation mark at most, and no emoji.",
    guide="mistakes.md#professionalism",
    message="Too informal for a program: write it out in full, professional words.",
    check=_informal,
    fails=(
        "be honest pls:\n\n> Dear Dr. Lee,\n> thx for the interview on Monday!\n> Best,\n> Ana",
        "I would be THRILLED to join.",
        "LOOKING FORWARD TO HEARING FROM YOU",
        "Your program is PERFECT for me.",
        "I am so GRATEFUL for the chance.",
        "Thx so much for the interview!!",
        "Hey, just wanted to say I'm gonna apply again.",
        "Can u pls confirm the time? \U0001f642",
        "I am VERY excited about your program.",
        "I REALLY WANT TO TRAIN THERE.",
        "hiya Dr. Kim!! thx for the tour",
        "Thank you for the tour. hey, one more question about parking.",
        "Are we still on for Friday?? pls let me know",
        "See you then ;)",
        "The tour was great lol :)",
        "Thank you sooo much for the interview.",
        "Your program is AMAZING.",
        "The INCREDIBLE team made me feel at home.",
        "Np, Thursday works. Ty for the info.",
        "I would love to match there \U0001f64f",
        "Dear Dr. Lee,\n\nhi again, any news on the schedule?",
        "I'm free rn if you want to call.",
        "Looking forward 2 hearing from you.",
        "Thanks 4 the tour!",
        "I was SO happy to meet the team.",
        "tbh the residents were the best part.",
        "ugh I'm so nervous about interview day",
        "sorry, running late 2 the tour",
        "Thanks for the tour! Hey just wanted to ask about parking.",
        "The tour was cool af.",
        "Howdy! I had SUCH a great time.",
        "ur residents r the nicest :smile:",
        "k thx for the update",
        "great chat w the residents today",
        "the party was lit lol",
        "K, see you at eight.",
        "the rest r coming later",
        "Thanks, ANY time works for me.",
        "hi dr patel, thx for the tour",
        "WOW, the sim lab!",
        "Thanku sir for the tour.",
        "ikr, the tour was great",
        "yup, got the badge",
        "if u pick me im in",
        "Im so glad I came.",
        "the tour n the lunch were great",
        "ok sounds gd",
        "Thnk you, msg received",
        "see you 2moro",
        "Your residents ARE the reason I applied.",
        "the sim lab was my fav part",
        "Np at all, happy to help.",
        "Dear Dr. Lee,\nTy for the interview.",
        "U rank me high and I will do the same.",
        "Fr this is the program I want.",
        "tl;dr loved it, esp the sim lab. great convo w/ u, cu at second look",
        "Hey [Name]!! nvm, idc, been 3 wks",
        "if im yours, im all in",
        "thanks sm for the interview",
        "ngl the food at the dinner was fire",
        "Thanks for the tour. yo that resident panel was great",
        "the sim lab was dope",
        "the lounge was sick lol",
        "Looking fwd to the second look.",
        "anyway gtg, rounds start at 6",
        "Can't wait to see y'all again.",
        "ur program is my top pick fwiw",
        "rlly enjoyed the workshop",
        "did my note even go thru?",
        "Ranked you 1st. Just fyi.",
        "I will bring the forms w/o the stamp.",
        "ofc I'll be there, hmu if the time changes",
        "my fam loved the city b/c it is so walkable",
        "THANKS AGAIN,\nAna Ruiz",
        "ngl the interview day was sick",
        "i wud love to come back, hella excited",
        "probs the best program i saw, happy bday to the chief",
        "i'll txt you later",
        # The lead's ruling of 2026-12-07 (eval/README.md): "app" for an application, "esp",
        # "v" for very, "tks", "w/" in a sentence to the reader, "super" and "totally" as
        # intensifiers, "vibe(s)", "awesome", "heads up" and "Love," as a sign-off.
        "I sent my app and my info packet in September.",
        "Thank you for reviewing my app so quickly.",
        "Subject: App status",
        "Please thank the residents, esp Dr. Baptiste.",
        "I was esp. grateful for the tour of the cardiac unit.",
        "I would be v. happy to send the revised CV.",
        "I am v grateful for your patience.",
        "Tks for arranging the call with the chief resident.",
        "CV updated on ERAS today w/ the new abstract.",
        "I look forward to catching up w/ the residents at the second look.",
        "I was super impressed by the morning report format.",
        "I totally understand if the date cannot change.",
        "The program had such a warm vibe, and the residents gave off great vibes.",
        "The ultrasound workshop was awesome.",
        "Just a heads up that my email address has changed.",
        "Thanks for the heads-up about the road closure.",
        "presented my poster at the state meeting last wk",
        "the residents were the chillest group i met",
        "Dear Dr. Lee,\n\nThank you for the tour.\n\nLove,\nPriya Nair",
        "Dear Dr. Lee,\n\nThank you for the tour.\n\nLots of love,\nPriya Nair",
        "Dear Dr. Lee,\n\nThank you for the tour.\n\nLove\nPriya Nair",
        "I have attached my updated app materials, and the app fee is paid.",
        "I'm so pumped to interview, the whole program was vibing.",
        "Thank you for Tuesday. Super excited about the transplant clinic!",
        "The residents were super friendly at the dinner.",
        "Could you tell me whether the app fee can be waived?",
        "Subject: Ana Ruiz - app",
        "I totally loved the morning report.",
        # "super" and "totally" before any word but a clinical one or a name; more phone
        # shorthand, emoticons and kisses (the tone round of 2026-12-07, ds27-/dl27-).
        "After the clinic tour I was totally sold on the continuity model.",
        "I would totally move across the country for this rural track.",
        "The coordinator was super responsive about the time zone.",
        "I am so so grateful for the extra time with Dr. Baptiste.",
        "I can be there @ 8 on Friday. Thanks for sending the map yday.",
        "I prolly should have mentioned my ACLS instructor card.",
        "I'm on nights atm, so I will sign the form asap.",
        "Any time b/w 2 and 5 works for me.",
        "Thank you for the tour =)",
        "I'm not sure the MSPE uploaded :/",
        "I loved the free clinic (:",
        "See you at the second look \u203c\ufe0f",
        "Dear Dr. Lee,\n\nThank you for the interview.\n\nsee you all again xx\nSam Delgado",
        "The session was, no joke, the best hour of my season.",
        "I have mad respect for how the chiefs ran the debrief.",
        "I'm also low-key obsessed with the neurohospitalist elective.",
        "You guys rock, thanks for the tour.",
        "Thank you again, take care and bye bye.",
        "just straight up tell the chiefs the sim lab was the best part",
        "the sim lab >>> every lecture hall i saw",
        "The asthma education program sounds dope too.",
    ),
    passes=(
        # The poster's own words around a quoted draft are not the letter's.
        "my friend says this is too formal lol\n\n> Dear Dr. Lee,\n> Thank you for the interview "
        "on Monday and for the tour of the burn unit.\n> Best,\n> Ana Ruiz",
        "Dear Dr. Lee,\n\nThank you for the tour of the burn unit.\n\nBest,\nAna Ruiz\n\n"
        "thoughts? first one i ever wrote lol",
        "Our building super let me into the clinic early on Saturday.",
        "The super fixed the heating in the residents' lounge.",
        "My research used hyperbaric oxygen at 2.4 atm for diabetic foot ulcers.",
        "I am a member of the AMERICAN HEART ASSOCIATION.",
        "I volunteered with SPECIAL OLYMPICS for three years.",
        "I was inducted into the GOLD HUMANISM HONOR SOCIETY.",
        "I grew up in the MIDWEST near LANSING.",
        "I passed the UNITED STATES MEDICAL LICENSING EXAMINATION on my first try.",
        "My project focused on PICS in ICU survivors.",
        "We compared GD and toxic nodular goiter.",
        "One patient reacted to MSG.",
        "The WAS gene was sequenced in all three siblings.",
        "I ran the ARE element assay for my thesis.",
        "The acronym DID stands for dissociative identity disorder.",
        "The patient did NOT have a fever.",
        "The n of the study was 412.",
        "We used a design where n was set by the power calculation.",
        "I enrolled n patients in each arm, where n was set by the power calculation.",
        "Thank you very much for the interview.",
        "I passed USMLE Step 2 CK and have my ERAS and AAMC documents ready.",
        "I completed a PGY-1 preliminary year in the ICU.",
        "I am very excited about your program!",
        "The interview day was a pleasure.\n\nSincerely,\nMaria RODRIGUEZ GOMEZ",
        "Yo-Yo Ma played at the dinner.",
        "We learned the mnemonic GOLDMARK for the anion gap.",
        "One patient signed her card 'luv u doc', and I still keep it.",
        "I met Dr. Hey, the palliative care attending.",
        "The 'U' wing of the hospital houses the NICU.",
        'The chief resident joked, "see u tmrw lol."',
        "Thank you again for a wonderful day!\n\nWarm regards,\nAna Ruiz",
        "I rotated at UTHSCSA and LSUHSC, and with an NP at the U of M clinic.",
        "Ty Johnson, the chief resident, showed me the ICU.",
        "The residents' band played a song by Yo La Tengo.",
        "The CCC reviewed my milestones with Dr. OKAFOR and Carlos HERNANDEZ.",
        "The orientation is in Room 2 at 2 pm, and I can wait 2 weeks.",
        "I shadowed an rn on the night shift; my SO is a nurse too.",
        "She was screened for hepatitis b, and Plan B is a research year.",
        "The AF clinic and bedside u/s teaching were highlights.",
        "I met Ty, the chief resident, at the dinner.",
        "Take vitamin k with food.",
        "The hallway was lit by the morning sun.",
        "Take vitamin k, then call the clinic.",
        "Grade W means a withdrawal.",
        "Hi Ms. Carter, thank you for arranging my interview.",
        "Wow, the simulation lab was impressive.",
        "I am applying to IM programs in the Midwest.",
        "Our cohort study (n = 412) was published in March.",
        "The dose was given IM, and the patient improved.",
        "I had lunch with the chief resident,\nTy, who showed me the ICU.",
        "U-shaped desks filled the room. U Chicago and U of M sent residents too.",
        "Fr. Lopez blessed the new wing, and Fr Okafor said a prayer.",
        "ESP and CU Denver sent residents too; the CT w/ contrast was normal.",
        # Names and acronyms written in capitals are not shouting.
        "I reviewed for boards with BOARDS AND BEYOND and SKETCHY.",
        "I volunteered with DOCTORS WITHOUT BORDERS in Chad.",
        "I presented at the SOCIETY OF HOSPITAL MEDICINE meeting.",
        "The STRIDE and PARTNER trials changed my view of TAVR.",
        "I shadowed at MOUNT SINAI in the cardiac ICU.",
        "My poster won at the ACP CHAPTER MEETING.",
        "I trained with the PEPFAR team in Lusaka, and I read the PUBMED abstracts.",
        "The building was on fire, and the patient was sick.",
        "Fwd: interview schedule. FYI, my Step 2 score is out.",
        "CT w/o contrast was negative, and SM is my co-author.",
        "I stopped at the drive-thru before the fire drill.",
        "Dr. U. Eze and Dr. A. U. Bello led the sepsis session.",
        "The BTW (Bridge to Wellness) sessions were a highlight.",
        "The FAM clinic keeps TXT files; the cow chewed its cud.",
        "Thank you again.\n\nBest,\nANA RUIZ",
        # Phone shorthand that is also an acronym or a name counts only in lower case, and
        # not after a title or a name.
        "In the newborn nursery I measured OFC, weight and length on every infant.",
        "I trained under Dr. Hella Schmidt in Hamburg, and I met Dr. hella Berg there.",
        "I rotated at Yas Clinic in Abu Dhabi before moving home.",
        "I worked with Dr. Daniel Coz on the sepsis project.",
        "The B/C ratio was normal; BUN/Cr and b/c ratios were checked.",
        "The probs and stats course was helpful, and I worked on the GTG study.",
        "I taught on A-day and B-day at the high school before medicine.",
        "Ofc measurements were part of every newborn exam.",
        # "txt" as a file format or a channel.
        "I attached my CV as a .txt file in case the PDF does not open.",
        "I will send the data in txt format.",
        "The smoking cessation program sends txt reminders to patients.",
        # "sick" in a clinical story: the person is sick, not the place.
        "The little boy from the community center was sick, so I stayed late.",
        "The man at the shelter we visited on the tour was sick.",
        "The child in the lab was sick, so we postponed the test.",
        # Accepted usage.
        "My rotation ran July thru December, Monday thru Friday.",
        "I grabbed coffee at the drive thru before the interview.",
        "I am applying in fam med.",
        "The wud tool measures wound depth.",
        # Innocent uses of the words ruled informal on 2026-12-07: software apps, names,
        # clinical and legal usage, the formal "awesome", a medication order, "you guys",
        # "FYI" and "Cheers," (both ruled fine).
        "I helped design a mobile app that reminds patients to take their inhalers.",
        "We used the Zoom app for the virtual tour, and the app store listing went live in May.",
        "Our team built an app for patients with heart failure; my app now has 3,000 users.",
        "The app's reminders cut missed doses, and parking was easy with the hospital's app.",
        "I watched the Super Bowl with the residents after a year at a super-specialty hospital.",
        "The teaching was superb, and the super infection cleared after a week.",
        "In our ethics seminar we discussed Roe v. Wade; stage v kidney disease was common.",
        "Caring for patients in the ICU is an awesome responsibility.",
        "The lesion was totally excised, and the patient was totally dependent for a week.",
        "After the difficult code we kept our heads up and finished the shift.",
        "Metoprolol 25 mg w/ food was on the discharge list.",
        "A 2 wk course of antibiotics followed, and a chill ran down my spine.",
        "I know you guys are busy with interviews, so I will keep this brief.",
        "FYI, my updated CV is attached.\n\nCheers,\nDaniel Whitaker",
        "I would love, if possible, to see the clinic again.",
        # "love" alone on a hard-wrapped line of a sentence, not a closing above a name.
        "Dear Dr. Lee,\n\nI went home and started reading\nLove\nMedicine again.\n\nBest,\nAna",
        "Dear Dr. Lee,\n\nThe program's\nlove\nfor teaching stood out.\n\nBest,\nAna",
        "Patients used the clinic's app to book visits, and its app fee was covered by a grant.",
        "The nurses pumped the breast milk for the NICU, and the vibration study was my first.",
        # Capitalised mid-sentence, the word names something.
        "The Awesome Foundation grant paid for the cuffs, and I toured the Super Utilizer clinic.",
        "I worked two years in a super specialty centre in Mumbai.",
        # "super" and "totally" before words that are not of feeling or degree; "app" for
        # software; "w/" in a CV-style list.
        "The super elderly population in our county presents unique challenges.",
        "Our research showed super responders to CRT had narrower QRS complexes.",
        "Bariatric surgery in super obese patients was the topic of my poster.",
        "We saw a totally anomalous pulmonary venous return in the newborn.",
        "The patient remained totally asymptomatic after the ablation.",
        "My mother tongue is Tamil, and my app for learning medical Spanish has helped me.",
        "I submitted 3 apps to the hospital innovation challenge last year.",
        "The app update fixed the dosing calculator we used on rounds.",
        "I presented a poster on a diabetes app - apps like it improve adherence.",
        "My app tracks insulin doses for my patients with diabetes.",
        "Updates since then:\n- Case report accepted at ACP w/ my mentor",
        # Clinical "totally" and "super", an address, a URL, "a low-key dinner", "is no joke",
        # "b/w photos", an ATM, ASAP in capitals, a reply quoted with ">>".
        "The adenoma was totally excised, and the LAD was totally occluded.",
        "I researched the totally implantable port and super-refractory status epilepticus.",
        "Our clinic serves super elderly patients, and I watched the Super Bowl with them.",
        "My email is ana.ruiz@mailbox.org, and my poster is at https://example.org/ruiz.",
        "The welcome dinner was low-key and relaxed; intern year is no joke, as Dr. Sato said.",
        "I scanned the b/w photos at the ATM kiosk and sent them ASAP.",
        "Dear Dr. Lee,\n\n>> Could you send the schedule?\nYes, it is attached.\n\nBest,\nAna Ruiz",
        "The patient sat straight up in bed when the team came in.",
        "We scanned the old b/w films into the archive.",
    ),
    notes=(
        "Capitals are judged in the original text; a signature in capitals is allowed, since "
        "many applicants write their family name that way. A single word in capitals shouts "
        "when it is a word of feeling or stress (an emphasis word, or a long word with the "
        'ending of one: "AMAZING", "THRILLED", "GRATEFUL", "INCREDIBLE"); a run of capitals '
        'shouts when it has such a word or says something ("THANK YOU"), not when it names '
        'something ("HARLEM HOSPITAL", "UWORLD", "UNICEF", "NEW YORK TIMES"). '
        'Short forms that are also abbreviations or names ("NP", "Ty", "UR") count '
        "only in lower case or before a comma. A greeting word counts only where it greets; "
        '"Hi" or "Hello" with a title and name ("Hi Ms. Carter") is left to the greeting rule, '
        'and "Wow" alone is warm, not texting (in capitals it shouts).'
    ),
)

RULES = (INFORMAL_TONE,)
