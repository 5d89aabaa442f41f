"""The small lexicon under the sentence analysis: which written forms stand for one lemma,
how contractions expand, and which misspellings of the key words are still read as them.

Rules never see "ranked", "rnak" or "I'm": they see "rank", "rank" and "i be". Only the words
the rules care about are listed; every other word is its own lemma.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A set of words written as one string: words("a b c")."""
    return frozenset(text.split())


# lemma: the forms written for it (the lemma itself included when it is written that way).
_FORMS: dict[str, str] = {
    "be": "am is are was were been being be",
    "do": "do does did doing",
    "have": "have has had having",
    "will": "will shall ll",
    "would": "would",
    "can": "can",
    "not": "not",
    "you": "you u",
    "dr": "dr doctor",
    "prof": "prof professor",
    "your": "your ur",
    "yours": "yours urs",
    "please": "please pls plz",
    "rank": "rank ranks ranked ranking rankings",
    "place": "place places placed placing",
    "put": "put puts putting",
    "list": "list lists listed listing rol",
    "promise": "promise promises promised promising",
    "commit": "commit commits committed committing commitment commitments",
    "pledge": "pledge pledges pledged pledging",
    "vow": "vow vows vowed",
    "swear": "swear swears swore sworn",
    "guarantee": "guarantee guarantees guaranteed guaranteeing",
    "assure": "assure assures assured assuring assurance assurances",
    "accept": "accept accepts accepted accepting acceptance",
    "sign": "sign signs signed signing",
    "offer": "offer offers offered offering",
    "contract": "contract contracts",
    "agreement": "agreement agreements",
    "position": "position positions",
    "spot": "spot spots",
    "match": "match matches matched matching",
    "program": "program programme programs programmes",
    "application": "application applications",
    "candidacy": "candidacy candidature",
    "candidate": "candidate candidates",
    "applicant": "applicant applicants",
    "decision": "decision decisions",
    "update": "update updates updated updating",
    "status": "status",
    "news": "news",
    "response": "response responses",
    "reply": "reply replies replied",
    "hear": "hear hears heard hearing",
    "review": "review reviews reviewed reviewing",
    "receive": "receive receives received receiving",
    "stand": "stand stands standing stood",
    "stack": "stack stacks stacked stacking",
    "fall": "fall falls fell falling",
    "land": "land lands landed landing",
    "fit": "fit fits",
    "compare": "compare compares compared comparing comparison",
    "wonder": "wonder wonders wondered wondering",
    "appreciate": "appreciate appreciates appreciated appreciating",
    "know": "know knows knew knowing known",
    "learn": "learn learns learned learnt learning",
    "plan": "plan plans planned planning",
    "intend": "intend intends intended intending",
    "decide": "decide decides decided deciding",
    "hope": "hope hopes hoped hoping",
    "check": "check checks checked checking",
    "follow": "follow follows followed following",
    "bump": "bump bumps bumped bumping",
    "circle": "circle circles circled circling",
    "expect": "expect expects expected expecting",
    "chance": "chance chances",
    "come": "come comes came coming",
    "join": "join joins joined joining",
    "take": "take takes took taking taken",
    "go": "go goes went going gone",
    "interview": "interview interviews interviewed interviewing",
    "consider": "consider considers considered considering",
    "beg": "beg begs begged begging",
    "need": "need needs needed needing",
    "depend": "depend depends depended depending",
    "withdraw": "withdraw withdraws withdrew withdrawing withdrawn",
    "decline": "decline declines declined declining",
    "head": "head heads headed heading",
    "top": "top tops topped topping",
    "remain": "remain remains remained",
    "view": "view views viewed viewing",
    "see": "see sees saw seen seeing",
    "evaluate": "evaluate evaluates evaluated evaluating",
    "assess": "assess assesses assessed assessing",
    "rate": "rate rates rated",
    "score": "score scores scored scoring",
    "grade": "grade grades graded grading",
    "judge": "judge judges judged judging",
    "perceive": "perceive perceives perceived perceiving",
    "regard": "regard regards regarded",
    "give": "give gives gave given giving",
    "make": "make makes made making",
    "turn": "turn turns turned turning",
    "look": "look looks looked looking",
    "apply": "apply applies applied applying",
    "wait": "wait waits waited waiting",
    "feel": "feel feels felt",
    "think": "think thinks thought thinking",
    "get": "get gets got gotten getting",
    "outrank": "outrank outranks outranked outranking",
    "beat": "beat beats beating beaten",
    "surpass": "surpass surpasses surpassed surpassing",
    "outdo": "outdo outdoes outdid outdone outdoing",
    "replace": "replace replaces replaced replacing",
    "keep": "keep keeps kept keeping",
    "reach": "reach reaches reached reaching",
    "arrive": "arrive arrives arrived arriving",
    "email": "email emails emailed emailing e-mail e-mails e-mailed",
    "shortlist": "shortlist shortlists shortlisted",
    "select": "select selects selected selecting",
    "invite": "invite invites invited inviting",
    "plead": "plead pleads pleaded pleading",
    "imagine": "imagine imagines imagined imagining",
    "secure": "secure secures secured securing",
    "reserve": "reserve reserves reserved reserving",
    "cancel": "cancel cancels cancelled canceled cancelling canceling",
    "choice": "choice",
    "first": (
        "first 1st first-place first-ranked top-ranked first-choice top-choice topmost top-most"
    ),
    "no1": "no1 number-one numero-uno",
    # Listed so that a typo inside it is read too ("where do I stand rnak-wise").
    "rank-wise": "rank-wise ranking-wise rankwise",
    "prematch": "prematch pre-match",
    "reciprocate": "reciprocate reciprocates reciprocated reciprocating",
    "favor": "favor favour",
    "desperate": "desperate desperately",
    "end": "end ends ended ending",
    "seem": "seem seems seemed seeming",
    "mean": "mean means meant",
    "hinge": "hinge hinges hinged hinging",
    "fare": "fare fares fared faring",
    "confirm": "confirm confirms confirmed confirming",
    "sound": "sound sounds sounded",
    "lose": "lose loses lost losing",
    "miss": "miss misses missed missing",
    "slip": "slip slips slipped slipping",
    # Verbs of holding a place, choosing and attending, in every form a pattern should see.
    "sit": "sit sits sat sitting",
    "hold": "hold holds held holding",
    "occupy": "occupy occupies occupied occupying",
    "choose": "choose chooses chose chosen choosing",
    "certify": "certify certifies certified certifying",
    "stop": "stop stops stopped stopping",
    "drop": "drop drops dropped dropping",
    "rtm": "rtm",  # "if I'm RTM": ranked to match, as forums write it (not a name)
    "measure": "measure measures measured measuring",
    "pale": "pale pales paled",
    "attend": "attend attends attended",
    "open": "open opens opened",
    "leave": "leave leaves leaving",
    "start": "start starts started",
    "begin": "begin begins began begun",
    # Verbs the meaning rules read in the past and in the present alike: "I entered you
    # first", "once I submitted my list", "I was informed", "it moved to the top". Not
    # "writing" ("in writing"), "including" (a preposition), "sharing" ("shared" is also an
    # adjective, and "share" alone is a request word), "wanted" ("I desperately wanted to be a
    # doctor" is a story), nor the reporting verbs "told", "asked", "informed", "wrote"
    # (Analysis.is_reported reads them as written).
    "enter": "enter enters entered entering",
    "add": "add adds added adding",
    "submit": "submit submits submitted submitting",
    "finalize": "finalize finalizes finalized finalizing finalise finalises finalised finalising",
    "move": "move moves moved moving",
    "type": "type types typed typing",
    "remove": "remove removes removed removing",
    "write": "write writes written",
    "tell": "tell tells telling",
    "inform": "inform informs informing",
    "ask": "ask asks asking",
    "send": "send sends sent sending",
    "settle": "settle settles settled settling",
    "become": "become becomes became becoming",
    "stay": "stay stays stayed staying",
    "finish": "finish finishes finished finishing",
    "inquire": "inquire inquires inquired inquiring",
    "enquire": "enquire enquires enquired enquiring",
    "remind": "remind reminds reminded reminding",
    "count": "count counts counted counting",
    "skip": "skip skips skipped skipping",
    "quit": "quit quits quitting",
    "pull": "pull pulls pulled pulling",
    "reject": "reject rejects rejected rejecting",
    "assign": "assign assigns assigned assigning",
    "fill": "fill fills filled filling",
    "earn": "earn earns earned earning",
    "deserve": "deserve deserves deserved deserving",
    "jump": "jump jumps jumped jumping",
    "climb": "climb climbs climbed climbing",
    "respond": "respond responds responded responding",
    "revert": "revert reverts reverted reverting",
    "await": "await awaits awaited awaiting",
    "want": "want wants wanting",
    "slot": "slot slots slotted slotting",
    "touch": "touch touches touched touching",
    "lead": "lead leads led",  # not "leading": "a leading program" is praise
    "2": "two",
    "3": "three",
    "4": "four",
    "5": "five",
    "10": "ten",
}

LEMMA: dict[str, str] = {form: lemma for lemma, forms in _FORMS.items() for form in forms.split()}

# Contractions (apostrophes already straight in the view), and the same written without one.
CONTRACTIONS: dict[str, tuple[str, ...]] = {
    "i'm": ("i", "be"),
    "im": ("i", "be"),  # not "IM" (internal medicine): see tokens.tokenize
    "i've": ("i", "have"),
    "ive": ("i", "have"),
    "i'll": ("i", "will"),
    "i'd": ("i", "would"),
    "cannot": ("can", "not"),
    "can't": ("can", "not"),
    "cant": ("can", "not"),
    "won't": ("will", "not"),
    "wont": ("will", "not"),
    "dont": ("do", "not"),
    "doesnt": ("do", "not"),
    "didnt": ("do", "not"),
    "isnt": ("be", "not"),
    "arent": ("be", "not"),
    "wasnt": ("be", "not"),
    "werent": ("be", "not"),
    "havent": ("have", "not"),
    "hasnt": ("have", "not"),
    "hadnt": ("have", "not"),
    "wouldnt": ("would", "not"),
    "couldnt": ("could", "not"),
    "shouldnt": ("should", "not"),
    "youre": ("you", "be"),
    "youll": ("you", "will"),
    "gonna": ("go", "to"),
    "wanna": ("want", "to"),
    "let's": ("let", "us"),
    "whats": ("what", "be"),
    "thats": ("that", "be"),
    "id": ("i", "would"),  # not "ID" (an identifier): see tokens.tokenize
    "wheres": ("where", "be"),
}
# Suffixes after an apostrophe: "you're", "they'll", "we'd", "wouldn't".
SUFFIXES: dict[str, str] = {"re": "be", "m": "be", "ve": "have", "ll": "will", "d": "would"}
# Words whose "'s" is "is" ("it's"), not a possessive ("program's").
IS_BEFORE: frozenset[str] = words(
    "it that there what where here who he she how this which everything nothing"
)
NEGATIVE_STEMS: dict[str, str] = {"ca": "can", "wo": "will", "sha": "will", "ai": "be"}

# Written forms of "number one" / "#1": one lemma, stronger than a plain "first".
NUMBER_ONE = "no1"

# Specialties, by the one word applicants call them ("surgery is my first choice"): the
# specialties of checker/policies.toml (tests/test_policy_table.py checks they are here) and
# the common ones without a policy there, which that table, of sourced policies only, lacks.
SPECIALTIES: frozenset[str] = words(
    "medicine surgery urology ophthalmology pediatrics psychiatry neurology radiology pathology "
    "anesthesiology dermatology cardiology oncology obstetrics gynecology"
)

# Words a period after does not end a sentence ("Dr. Lee", "St. Mary's", "e.g.").
ABBREVIATIONS: frozenset[str] = words(
    "dr mr mrs ms prof st mt ft jr sr vs etc dept univ approx no inc ave gen sen rev"
)

# Key words read even when misspelled by one letter ("rnak", "rnk", "programm"). Words of
# five letters or fewer only accept a dropped or swapped letter: a changed letter would
# turn "rank" into "bank" or "tank".
TYPO_TOLERANT: frozenset[str] = words(
    "rank ranks ranked ranking program programme residency application candidacy candidate "
    "applicant promise commit committed commitment guarantee guaranteed contract accept "
    "accepted position decision interview update status consider wondering wonder appreciate "
    "appreciated choice first match matching matched pledge offer offered signing "
    "interested opportunity excellent outstanding exceptional reputation prestigious wonderful "
    "fantastic incredible chance chances begging desperate anything standing position "
    "definitely exclusively"  # adverbs often misspelt in a claim ("definately", "exclusivly")
)
# Real English words one such edit away from a key word: never corrected (listed from a
# US English word list).
REAL_WORDS_NEAR_KEYS: frozenset[str] = words(
    "accent accented anythings bagging banked banking batched batching bogging bugging "
    "catching chanced chancel chancels chancy change changes choicer choices committee "
    "contact contrast cranked cranking deputation derision egging firs fist fonder franked "
    "franking guarantied hatched hatching incredibly latched latching ledge legging mach "
    "marched marching math nanking patched patching pegging ponder pondering positron "
    "premise presidency programmed programmer racked racking raked raking ran ranged "
    "ranging ranker rankin rankine rankled rankling ranted ranting refutation reputations "
    "residence sanding sighing signings singing sinning sledge standings states stats "
    "statue statues stranding tanked tanking updater wander wandering wanked wanking "
    "watched watching wounder yanked yanking yonder"
)
