"""The unfilled-placeholder rule: what a template leaves behind when it is sent unfilled.

Each kind of stand-in is one small detector: bracketed slots ("[Program Name]", "{{name}}",
"<<name>>"), slot descriptions in parentheses ("(name of program)"), stand-in people and
places ("Dr. LMN", "Dr. Lastname", "Clinic Y"), name slots in capitals ("Your Name Here",
"First Last") and blanks ("____", "XXXX", "########", "by ... and"). Every pattern either
starts at a rare character or reads a bounded window, so checking stays linear.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

from checker.hits import Hit
from checker.letter import TITLE, Letter
from checker.phrase_search import compile_phrases
from checker.rules.base import Rule
from checker.rules.matchers import at_word_start
from checker.text import word_before

# A date written in, the brackets left around it: "[Tuesday, February 3]", "[3rd January]".
_MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_FILLED_DATE = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
    rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH})"
    r"(?:,? \d{4})?\]"
)
# Not "[sic]", "[...]", citations ("[1]", "[2-4]"), a date written in, nor a labelled part
# ("panel [A]", "arm [B]").
# Every alternative starts with its bracket (the labels are looked for behind it), so the
# regex engine skips straight to the brackets instead of trying every position.
_BRACKETED = re.compile(
    r"\[(?<!panel \[)(?<!figure \[)(?<!fig\. \[)(?<!arm \[)(?<!group \[)(?<!table \[)"
    r"(?<!part \[)(?<!step \[)"
    r"(?!sic\]|\.\.\.\]|\u2026\]|\d{1,3}(?:[,\u2013 -]+\d{1,3})*\]"
    rf"|{_FILLED_DATE})[^\[\]\n]{{1,80}}\]"
    r"|\{\{[^{}\n]{0,80}\}\}|\{%[^{}\n]{0,80}%\}|\{[^{}\n]{1,80}\}"  # Jinja, "{detail}"
    r"|<<?(?![a-z0-9._%+-]+@)(?!https?:)[a-z][^<>@\n]{0,60}>>?"  # <Program>, not <a@b.org>
    r"|%[a-z][a-z_]{1,30}%|\$[a-z][a-z_]{2,30}\b"  # mail-merge fields: %NAME%, $PROGRAM
)
# A longer bracket is a slot only when it reads as the sample's instruction to the writer
# ("[Here, write about your talk with the PD ...]", "[specific moment - e.g., ...]"); a long
# aside in brackets ("[abstract 212, presented at ...]") is the applicant's own words.
_INSTRUCTION = re.compile(
    r"\[(?=(?:here,? )?(?:write|insert|add|mention|describe|include|explain|briefly|specific)\b"
    r"|[^\[\]\n]{0,120}\be\.g\.)[^\[\]\n]{81,300}\]"
)
# "[1]", "[2, 3]" are citations and "[sic]" a quotation mark-up, not slots (see above).

# A parenthesis that describes what to write instead of saying something:
# "(name of program)", "(interviewer's name)", "(date)", "(insert month)".
_PARENTHESIS = re.compile(r"\(([^()\n]{1,60})\)")
_SLOT_WORDS = frozenset(
    [
        "name",
        "names",
        "date",
        "month",
        "detail",
        "details",
        "insert",
        "specific",
        "fill",
        "placeholder",
        "attach",
    ]
)
# A parenthesis holding only one of these nouns is a slot too: "rank (program) first".
_SLOT_NOUNS = frozenset(
    ["program", "hospital", "school", "city", "specialty", "interviewer", "institution"]
)
# "(name withheld)", "(names changed)": a note about a name, not a slot for one.
_NOT_A_SLOT = frozenset(["withheld", "changed", "redacted", "omitted", "anonymized", "anonymised"])
_PERSONAL = frozenset(
    ["i", "me", "my", "we", "our", "us", "he", "she", "they", "his", "her", "their"]
)
_WORD = re.compile(r"[a-z]+")

# A title followed by a stand-in instead of a surname: "Dr. LASTNAME", "Dr. Last Name",
# "Dr. ____", "Dr. X", "Dr. ABC". Real short surnames (Dr. Xu, Dr. Ng) are words, so they
# do not match; initials are told apart below.
_TITLED_STAND_IN = re.compile(
    rf"\b{TITLE}\b\.?(?:[ \t]*\n)?[ \t]*"  # a line may break after the title
    r"(?:(?:last|first|sur|full)[ \t]?name|name|interviewer(?:'?s)?(?:[ \t]name)?"
    r"|so-and-so|such-and-such|applicant|candidate"
    r"|[a-z]{1,4})(?![\w'-])"
)
# A place named by a letter: "Clinic Y", "Hospital X", "XYZ University".
_PLACES = (
    "clinic|hospital|town|city|program|programme|university|school|college|center|centre"
    "|institution|institute|county|state|department|company|country|village|site|practice"
)
_LETTERED_PLACE = re.compile(
    at_word_start(
        *(rf"{place}[ \t]+(?:x|y|z|xyz|abc)(?:'s)?(?![\w'-])" for place in _PLACES.split("|")),
        *(rf"{letters}[ \t]+(?:{_PLACES}|medical|health)\b" for letters in ("xyz", "abc")),
    )
)
# Any three capitals in alphabet order stand in the same way ("PQR Medical Center", "LMN
# Hospital"), and, alone after "Dear", the letters a template uses for a person ("Dear XYZ,").
_RUN_BEFORE_PLACE = re.compile(rf"\b[a-z]{{3}}\s{{1,4}}(?:{_PLACES}|medical|health)\b")
_GREETED_STAND_IN = re.compile(r"\bdear[ \t]+(xyz|abc|x|y|z)(?=[ \t]*(?:[,:]|$))", re.MULTILINE)
# A capital repeated to fill a gap: "ZZZZ", "Dr. YYYYY" ("XXX" and "yyyy" are blanks below).
_REPEATED_CAPITAL = re.compile(r"\b(?:y{3,}|z{3,})\b")
# Name slots, only as typed in capitals ("Your Name", "First Last"): in lower case they are
# ordinary words ("thank you for asking my name").
_NAME_SLOT = compile_phrases(
    (
        "(?:your|applicant(?:'s)?|full|program|hospital|interviewer(?:'s)?|coordinator(?:'s)?"
        "|recipient(?:'s)?|school|specialty) (?:full )?name",
        "(?:first ?name|first) (?:last ?name|last|surname)",
        "name surname",
        "last ?name",
        # "NAME OF PROGRAM", "Name of Interviewer", "CITY, STATE".
        "name of (?:the )?(?:program|programme|hospital|institution|school|residency|interviewer"
        "|coordinator|city|clinic|person|director)",
        "city, state",
    )
)
# An e-mail address that is a slot: "name@email.com", "firstname.lastname@example.com",
# "you@domain.com" (not "a.khan@example.org", nor "ana.ruiz@email.com" or "user@gmail.com":
# email.com and gmail.com are real).
_EMAIL_SLOT = re.compile(
    r"(?:your[._-]?)?(?:name|e-?mail|first(?:name)?[._-]?last(?:name)?|username|you|applicant)"
    r"@[a-z0-9-]+(?:\.[a-z0-9-]+)+"
    r"|[a-z0-9._-]{1,40}@(?:domain|yourdomain|youremail|emaildomain)\.com\b"
)
_EMAIL_LOCAL = re.compile(r"[a-z0-9._-]{1,40}$")
_HERE = re.compile(r"name here\b")  # "your name here": a slot in any case
# "insert" after a subject or a helping verb ("ll": "I'll") is something the applicant does.
_NOT_SAID_BY_SOMEONE = "".join(
    f"(?<!{word}\\s)" for word in ("i", "we", "ll", "can", "could", "will", "would", "to", "and")
)
# Blanks: "____", "XXXX", "########", "TBD", "....", and "..." standing for a word after
# "by", "at", "the"...
_BLANK = compile_phrases(
    (
        "xxx+",
        # A fact, not a blank: "the date is still TBD", "Room TBA per your email".
        "(?<!still\\s)(?<!is\\s)(?<!be\\s)tb[ad]"
        "(?!,? (?:per|as|according to) (?:your|the|their|his|her) )",
        "lorem ipsum",
        # An instruction left in, not the applicant's own verb ("I can insert the date").
        _NOT_SAID_BY_SOMEONE
        + "insert (?:[a-z]+ ){0,2}(?:name|program|date|here|detail|details|example"
        "|text|hospital|school)",
        "so-and-so",
        # Date and time slots: "Month DD, YYYY", "MM/DD/YYYY", "hh:mm".
        "(?:month|mm) dd(?:,? yy(?:yy)?)?",
        "0000000+",  # "AAMC ID: 00000000": zeros standing for the number
        "(?:mm|dd)/(?:dd|mm)(?:/yy(?:yy)?)?",
        "yyyy",
        "hh:mm",
    )
)
# Each alternative starts with a plain character, so the regex engine skips ahead quickly.
# A run with two or more ellipsis characters ("…….", "(…………)") is a blank as four dots are.
_MARKS = re.compile(
    r"__+|###+|[.\u2026]*\u2026[.\u2026]+|\.\.\.\.+|\.\.\.|\u2026|\?\?(?:/\?\?)+"  # "??/??/2027"
)
_BEFORE_A_BLANK = frozenset(
    [
        "by",
        "at",
        "of",
        "to",
        "with",
        "the",
        "a",
        "an",
        "in",
        "on",
        "from",
        "for",
        "about",
        "and",
        "dear",
        "dr",
        "dr.",
        "mr.",
        "ms.",
        "mrs.",
        "is",
        "was",
    ]
)


def _placeholders(letter: Letter, kind: str) -> Iterable[Hit]:
    spans = sorted({*_slots(letter), *_stand_ins(letter), *_blanks(letter)})
    end = -1
    for start, stop in spans:  # one finding for overlapping detections
        if start < end or letter.is_quoted(start, stop):
            continue  # in double quotes: a stand-in someone else printed, quoted
        end = stop
        original_start, original_end = letter.norm.original_span(start, stop)
        typed = letter.original[original_start:original_end]
        yield Hit(start, stop, f"Replace the placeholder “{typed}” before sending.")


def _slots(letter: Letter) -> Iterator[tuple[int, int]]:
    view = letter.view
    for match in _BRACKETED.finditer(view):
        yield match.span()
    for match in _INSTRUCTION.finditer(view):
        yield match.span()
    for match in _PARENTHESIS.finditer(view):
        words = _WORD.findall(match.group(1))
        if (
            len(words) <= 8
            and not any(char.isdigit() for char in match.group(1))
            and (_SLOT_WORDS.intersection(words) or (len(words) == 1 and words[0] in _SLOT_NOUNS))
            and not _PERSONAL.intersection(words)
            and not _NOT_A_SLOT.intersection(words)
        ):
            yield match.span()


def _stand_ins(letter: Letter) -> Iterator[tuple[int, int]]:
    view = letter.view
    for match in _TITLED_STAND_IN.finditer(view):
        if _is_stand_in_surname(letter, match):
            yield match.span()
    for match in _LETTERED_PLACE.finditer(view):
        yield match.span()
    for match in _RUN_BEFORE_PLACE.finditer(view):
        run = _typed(letter, match.start(), match.start() + 3)
        if run.isupper() and _in_order(run):
            yield match.span()
    greeting = letter.greeting
    if greeting is not None:
        for match in _GREETED_STAND_IN.finditer(view, greeting.start, greeting.end):
            if _typed(letter, *match.span(1)).isupper():
                yield match.span(1)
    for match in _REPEATED_CAPITAL.finditer(view):
        if _typed(letter, *match.span()).isupper():
            yield match.span()
    for match in _NAME_SLOT.finditer(view):
        if _capitalised(letter, *match.span()):
            yield match.span()
    for match in _HERE.finditer(view):
        yield match.span()
    yield from _email_slots(view)


def _email_slots(view: str) -> Iterator[tuple[int, int]]:
    """Addresses that stand in for the applicant's own. Searched from each "@" (rare), then
    read from the start of the address."""
    position = 0
    while (at := view.find("@", position)) >= 0:
        position = at + 1
        local = _EMAIL_LOCAL.search(view, max(0, at - 40), at)
        if local is None:
            continue
        match = _EMAIL_SLOT.match(view, local.start())
        if match is not None and match.end() > at:
            yield match.span()


# The letters templates use for someone unknown ("Dr. X", "Dr. Y and Dr. Z"). Any other
# single letter is a nickname or a name withheld ("Dr. O and Dr. Wu", "a man I will call
# Mr. B"), except in the greeting, where no real name is one letter ("Dear Dr. B,").
_UNKNOWN_LETTERS = frozenset("XYZ")


# A person a case story keeps anonymous: "A patient, Mr. X, taught me", "my first patient in
# Boston, Mr. X,", "a man I will call Mr. Z". A person just before (set off by a comma, or
# "call"/"named"), and a title that is not a doctor's: templates write "Dr. X" for people.
_ANONYMISED_BEFORE = re.compile(
    r"\b(?:patient|man|woman|boy|girl|gentleman|lady|child|teenager|veteran|mother|father"
    r"|grandmother|grandfather)\b,?[^.!?\n,]{0,30}(?:,|\b(?:call|called|named))\s*$",
    re.IGNORECASE,
)
_NOT_A_DOCTOR = frozenset({"mr", "mrs", "ms", "miss", "mx"})


def _anonymised(letter: Letter, match: re.Match[str]) -> bool:
    title = match.group().split()[0].rstrip(".").lower()
    before = letter.view[max(0, match.start() - 60) : match.start()]
    return title in _NOT_A_DOCTOR and _ANONYMISED_BEFORE.search(before) is not None


def _in_greeting(letter: Letter, position: int) -> bool:
    greeting = letter.greeting
    return greeting is not None and greeting.start <= position < greeting.end


def _is_stand_in_surname(letter: Letter, match: re.Match[str]) -> bool:
    """The short word after a title is a stand-in when it is one letter that is not an
    initial ("Dr. X," but not "Dr. J. Smith" nor "Dr. O"), or capitals in alphabet order or repeated
    ("Dr. ABC", "Dr. LMN", "Dr. XX"); longer words matched are name slots ("Dr. Lastname")."""
    word = match.group().split()[-1].split(".")[-1]
    if len(word) > 4 or word == "name":
        return True
    start, end = letter.norm.original_span(match.end() - len(word), match.end())
    typed = letter.original[start:end]
    if typed == "I":
        return False  # "the best doctor I can be": the pronoun
    if len(typed) == 1:
        after = letter.original[end : end + 4]
        return (
            typed.isupper()
            and not re.match(r"\.\s*[A-Z]", after)
            and (
                _in_greeting(letter, match.start())
                or (typed in _UNKNOWN_LETTERS and not _anonymised(letter, match))
            )
        )
    return typed.isupper() and (_in_order(typed) or len(set(typed)) == 1)


def _in_order(word: str) -> bool:
    """Letters in alphabet order, as stand-ins are typed ("ABC", "LMN", "XYZ")."""
    return all(ord(b) - ord(a) == 1 for a, b in itertools.pairwise(word))


def _typed(letter: Letter, start: int, end: int) -> str:
    start, end = letter.norm.original_span(start, end)
    return letter.original[start:end]


# Small words a title leaves in lower case: "Name of Program".
_SMALL_WORDS = frozenset({"of", "the"})


def _capitalised(letter: Letter, start: int, end: int) -> bool:
    return all(
        word[0].isupper() or word in _SMALL_WORDS for word in _typed(letter, start, end).split()
    )


def _blanks(letter: Letter) -> Iterator[tuple[int, int]]:
    view = letter.view
    for match in _BLANK.finditer(view):
        yield match.span()
    for match in _MARKS.finditer(view):
        start, end = match.span()
        mark = match.group()
        if mark[0] in "_#" or len(mark) >= 4 or (len(mark) > 1 and "\u2026" in mark):
            if mark[0] not in ".\u2026" or not (start and view[start - 1].isalnum()):
                yield start, end  # "____", "####", "Date: ......" (not "thanks....")
            continue
        # "..." or "…": a blank only where a word must follow ("impressed by ... and").
        before = view[max(0, start - 12) : start]
        after = view[end : end + 1]
        if (
            before.endswith((" ", "\n"))
            and (not after or after in " \n,;:)")
            and word_before(view, start) in _BEFORE_A_BLANK
        ):
            yield start, end


UNFILLED_PLACEHOLDER = Rule(
    id="unfilled-placeholder",
    severity="error",
    title="Template placeholder left in",
    catches=(
        "Leftovers from a template: [Your Name], {{ name }}, <<name>>, <Program>, (name of "
        "program), Dr. LMN, Dr. Lastname, Dr. ____, Clinic Y, Your Name Here, First Last, "
        "NAME OF PROGRAM, CITY, STATE, name@email.com, XXXX, ZZZZ, TBD, runs of underscores or "
        'dots (also "…."), PQR Medical Center, "Dear XYZ,", and a sample\'s instruction in '
        'brackets ("[Here, write about ...]"). '
        "Not [sic], citations such as [1], a stand-in quoted in double quotes, initials, "
        "acronyms (AAA, NYU) or short surnames such as Dr. Xu or Dr. Ng, nor a long aside in "
        "brackets."
    ),
    why=(
        "A placeholder tells the program at once that the email is a mass mailing, and it is "
        "the easiest mistake to avoid."
    ),
    instead="Replace every bracketed or blank part with your own words before sending.",
    guide="mistakes.md#generic-messages",
    message="Replace this placeholder with your own words before sending.",
    check=_placeholders,
    supersedes=("informal-tone",),  # "INSERT PROGRAM NAME" is a slot, not shouting
    fails=(
        "Dear Mr. X,\n\nThank you for the interview.",
        "When my patient coded, Dr. X ran the code beautifully.",
        "I will arrive at TBD on the day.",
        "Dear Dr. [Last Name],",
        "I enjoyed meeting the residents at {{ program }}.",
        "I look forward to training at <Program Name>.",
        "My AAMC ID is XXXXXXXX.",
        "I rotated there in (insert month).",
        "Interview date: TBD",
        "Dear Dr. LMN,",
        "I shadowed at Clinic Y and Hospital X last spring.",
        "Thank you for the interview at <<program>>.",
        "Dear Dr. ____,",
        "I am excited about (name of program).",
        "Sincerely,\nYour Name Here",
        "Best regards,\nFirst Last",
        "Kind regards,\nFirstname Lastname",
        "I met Dr. Lastname at the dinner.",
        "My interview was on ........ and I enjoyed it.",
        "I was impressed by ... and by the residents.",
        "AAMC ID: ########",
        "I especially liked {detail about program}.",
        "Kind regards,\n[Applicant Name]\nAAMC ID: [00000000]",
        "I look forward to meeting Dr. %LASTNAME% again.",
        "The interview is on MM/DD/YYYY at $PROGRAM.",
        "Dear Dr. So-and-so,",
        "I look forward to the interview on Month DD.",
        "Interview date: ??/??/2027",
        "AAMC ID: 00000000",
        "I enjoyed hearing about INSERT SPECIFIC DETAIL on the tour.",
        "I would be proud to train at NAME OF PROGRAM.",
        "Thank you, Name of Interviewer, for your time.",
        "My family lives in City, State.",
        "You can reach me at firstname.lastname@email.com.",
        "Email: youremail@domain.com",
        'Your residents\' "teach one" culture is why [Program Name] is my choice.',
        "Dear Dr. B,\n\nThank you for the day.",
        "[Here, write about one moment from your talk with the program director, such as a case "
        "you discussed]",
        "I liked [one specific thing they said or did - e.g., a project on the wards, or a "
        "clinic you saw on the tour].",
        "Thank you for the interview on …./…./2026 with Dr. (…………).",
        "I enjoyed the lunch in ZZZZ with Dr. YYYYY.",
        "Dear XYZ,\n\nThank you for the interview.",
        "I also interviewed at PQR Medical Center and LMN Hospital.",
    ),
    passes=(
        "You can reach me at ana.ruiz@email.com or user@gmail.com.",
        "My address is user@gmail.com.",
        "The note said he was [sic] ready.",
        "Our study was cited in two reviews [1].",
        "My email is <maria.lopez@example.org>.",
        "I passed the USMLE and completed the ECFMG process.",
        "I enjoyed talking with Dr. Xu, Dr. Ng, Dr. Yi, Dr. Li, Dr. Wu and Dr. Ma.",
        "J. Smith and Dr. J. Okafor showed me the ICU.",
        "I passed Step 2 CK and start as a PGY-1 in the U.S. through ERAS, NRMP and AAMC.",
        "I met Dr. Lee (program director) and saw the MICU.",
        "I loved the night float (your program's signature rotation).",
        "Thank you for asking my name and my first and last rotation dates.",
        "Well... I enjoyed the day.",
        "I learned to insert central lines in the ICU.",
        "I can insert the date of my Step 3 result when it comes, and I'll insert my school name.",
        "I am waiting for the X-ray results from Hospital Xochimilco.",
        "Sincerely,\nAna Ruiz, MD\nAAMC ID: 12345678",
        "The registration fee was $40, and 80% of residents attended.",
        "Room TBA per your email - I will check the board when I arrive.",
        "The grant was for $1,000,000 and covered 10000000 cell counts.",
        "In the figure, panel [A] shows the first scan and panel [B] the second.",
        "I asked for the name of the program coordinator at the dinner.",
        "Please write to me at n.okafor@example.org or call 555-0100.",
        "The name of the city is Kansas City, and the state is Missouri.",
        'Our old intake sheet still printed "[Clinic Name]" at the top until I fixed it.',
        "Dr. K, as the residents call her, ran the best morning report.",
        "A patient I will call Ms. D taught me patience.",
        "A patient, Mr. X, taught me how to listen during my first week on the wards.",
        "A young woman, whom I will call Ms. X, taught me more about asthma than any textbook.",
        "My first patient in Boston, Mr. X, still sends the clinic a card each December.",
        "Our poster [abstract 212, sepsis timing in a rural emergency department, presented at "
        "the state meeting] came up.",
        "Thank you for everything……",
        "I scrubbed into an AAA repair and volunteered at the YMCA and the NYU Medical clinic.",
        "The residents joked that nights are coffee and zzz.",
    ),
    notes=(
        "Stand-in names are recognised by their form (X, Y or Z after a title, or any one "
        "capital that is not an initial in the greeting, but not a Mr. or Ms. X that a case "
        'story introduces as a patient or as "a man I will call"; capitals in alphabet order; '
        'name slots typed in capitals); "Dr. O" in the body is read as a nickname. A real '
        "surname that looks like one (Dr. X. as a full surname) would be flagged."
    ),
)

RULES = (UNFILLED_PLACEHOLDER,)
