"""The applicant's U.S. immigration status as a letter words it: which words name a status
(citizen, permanent resident, green card, naturalisation) and whether the writer holds it
today or only expects it ("I will be a U.S. citizen by July", "my green card is pending").

One vocabulary for three readers: letter-kind detection (is this letter about the writer's
status?), citizenship-clarity (is a status held today stated?) and future-citizenship-status
(is an expected status given in its place?). EXAMPLES are run by tests/test_immigration_status.py.
"""

from __future__ import annotations

import re

from checker.letter import Letter
from checker.phrase_search import compile_phrases

# Phrase fragments (notation: checker.patterns), shared by the phrase lists below.
# The country, however it is spelled: "U.S.", "US", "U.S.A.", "USA", "the United States (of
# America)", "America"; and the word before "citizen": the country or "American".
_THE_US = "(?:u\\.? ?s\\.?(?:a\\.?)?|united states(?: of america)?|america)"
_AMERICAN = f"(?:{_THE_US}|american)"
_US = f"(?:{_AMERICAN} )?"
# A status a person can hold: "a U.S. citizen", "a lawful permanent resident", "naturalized".
_A_STATUS = (
    f"(?:(?:a |an )?{_US}citizen(?:ship)?|(?:a |an )?(?:lawful )?permanent resident"
    "|(?:a |an )?green card holder|naturali[sz]ed)"
)
# The papers and steps on the way to one: "my green card", "naturalization", "the N-400".
_STATUS_PAPERS = (
    f"(?:{_US}citizenship|naturali[sz]ation|green card|permanent residen(?:cy|ce)"
    "|adjustment of status|oath ceremony|n-400|i-485)"
)
# Words that say a case is still open: "pending", "being processed", "not yet approved".
_OPEN = "pending|in process|in progress|being processed|under review"
_IN_PROGRESS = f"(?:{_OPEN}|underway|under way|processing|not yet (?:final|complete|approved))"

# "I am a U.S. citizen", "a citizen of the United States", "I hold American citizenship";
# and other plain words for it: "my citizenship is American", "I hold a U.S. passport" (only
# citizens and nationals get one). "I am American (by birth)" is not enough (dev's dl12-054,
# dl13-104): the word "citizen" is what a screener looks for.
_CITIZEN = compile_phrases(
    (
        f"{_AMERICAN}(?:-| )citizen(?:ship)?(?! status)",
        f"citizen of (?:the )?{_THE_US}",
        f"(?:hold|have) {_AMERICAN} citizenship",
        f"citizenship (?:is|:) {_AMERICAN}",
        f"{_AMERICAN} passport(?: holder)?",
        f"{_AMERICAN} national(?! (?:board|boards|guard|park|parks|institute|institutes|team))",
    )
)
# Permanent residents need no visa either; for a clarification they count like citizens.
_PERMANENT = ("permanent residen(?:t|ce|cy)", "green card")
_PERMANENT_RESIDENT = compile_phrases(_PERMANENT)
_NATURALISED = "naturali[sz](?:ed|ation)"

# Kind-detection clues: a status named in the subject line, or in the body.
SUBJECT_NAMES_STATUS = (
    "citizenship",
    f"{_THE_US} citizen",
    "visas?",
    "immigration",
    *_PERMANENT,
    _NATURALISED,
    # "Clarification regarding status": the applicant's own status, not the application's.
    "clarif[a-z]* (?:[a-z]+ ){0,2}status(?! of (?:my|the) (?:application|file))",
)
BODY_SAYS_CITIZEN = _CITIZEN.phrases
BODY_NAMES_STATUS = (
    "(?:immigration|visa|citizenship) status",
    *_PERMANENT,
    _NATURALISED,
    "(?:need|needs|require|requires) no visa",
)
# The writer's own status as what the letter is about: "regarding my visa status", "to
# clarify my citizenship", "I am authorized to work in the United States", "I'm not on a
# visa", "no sponsorship issues".
BODY_OWN_STATUS = (
    # (Not a bare "my status": "kindly inform me about my status" asks about the application.)
    "(?:regarding|about|re:?|note|confirm|concerning) my (?:visa|immigration|citizenship|legal"
    "|work) status",
    "clarify my (?:status|citizenship|visa)",
    "my (?:visa|immigration|citizenship|legal|work) status (?:is|:)",
    f"(?:eligible|authori[sz]ed|permitted|allowed|cleared) to work in (?:the )?{_THE_US}",
    "(?:not|never (?:been )?) on (?:a|any) visa",
    "(?:no|any) (?:visa|sponsorship|immigration) (?:issue|issues|problem|problems|concern"
    "|concerns)",
    "(?:as|a) visa (?:candidate|applicant|seeker)",
)

# A status the writer expects rather than holds, as phrases for future-citizenship-status:
# each match is the words to mark.
EXPECTED_STATUS = (
    # "I will be a U.S. citizen", "I'll become a permanent resident"
    "(?:{i_will}|i should|i expect to|i hope to|i am expected to|i'm expected to"
    f"|i am due to|i'm due to) (?:[\\w']+ )?(?:be|become|get) {_A_STATUS}",
    "(?:should|will|would|expect to|hope to) (?:be|get|become) (?:naturali[sz]ed|sworn in)",
    f"(?:i|we) (?:anticipate|expect) (?:being|becoming|to become|to be) {_A_STATUS}",
    f"(?:pending|upcoming|expected|anticipated|future|ongoing) {_STATUS_PAPERS}",
    f"(?:with|and) (?:my )?{_STATUS_PAPERS} (?:still )?pending",
    f"my {_STATUS_PAPERS}(?: application| petition| case| process| interview)?"
    f" (?:is|are|remains?) (?:still |currently |now )?{_IN_PROGRESS}",
    "(?:i am|i'm|i) (?:expecting|awaiting|await|waiting for|waiting on|anticipating|expect)"
    f" (?:to (?:receive|get|obtain) )?my {_STATUS_PAPERS}",
    "in the process of (?:becoming|getting|obtaining|applying for|being)"
    f" (?:my )?(?:{_A_STATUS}|{_STATUS_PAPERS})",
    f"(?:i have|i've|i) (?:recently |already )?applied for (?:my |a |an )?{_STATUS_PAPERS}",
    f"once i (?:am|'m|become|get|receive|obtain) (?:my )?(?:{_A_STATUS}|{_STATUS_PAPERS})",
    f"{{i_will}} (?:have|receive|get|obtain) my {_STATUS_PAPERS}",
)

# The same expectation read around a status word already found (a _CITIZEN or
# _PERMANENT_RESIDENT match): the expecting words must govern it ("I will not need a visa as
# I am a U.S. citizen" holds the status).
_EXPECTED_BEFORE = re.compile(
    r"(?:(?:\b(?:will|shall|should|expects?|expected|hopes?|hoping|going|due|about|set)"
    r"(?: to)?|'ll)\s+(?:[a-z]+\s+)?(?:be|become|get|receive|obtain|have)"
    r"|\bbecom(?:e|es|ing)|\bbeing|\bonce i(?:'m| am| get| receive| have| become)"
    r"|\b(?:await(?:s|ing)?|waiting (?:for|on)|expect(?:s|ing)?|(?:applied|applying|filed|filing)"
    r" for"
    r"|pending|upcoming|future))"
    r"(?:\s+(?:a|an|the|my|full|lawful|naturali[sz]ed))*\s*$"
)
_EXPECTED_AFTER = re.compile(
    r"(?: application| petition| process| interview)?(?: is| are)?(?: still)?"
    rf" (?:{_OPEN}|expected|soon)\b"
)
SENTENCE_REACH = 100  # characters before a word read for its sentence (also evidence.py)
# Someone else's status: "my wife, who is a US citizen", "my parents are American citizens"
# (with no "I" between them and the status: "my family moved here and I am a U.S. citizen";
# nor "am", whose subject is the writer: "from a military family and am a U.S. citizen"). A
# bare "who" is not in the list: "an IMG who is a U.S. citizen" is the writer.
_SOMEONE_ELSES = re.compile(
    r"\b(?:wife|husband|spouse|partner|fianc[eé]e?|mother|father|parents?|sister|brother|son"
    r"|daughter|children|child|kids?|family|he|she|they)\b(?:(?!\b(?:i|i'm|me|my|am)\b)"
    r"[^.!?;\n]){0,40}$"
)


def _is_held(view: str, match: re.Match[str]) -> bool:
    """Whether the status word at `match` is the writer's today, not only expected nor
    someone else's."""
    before = view[max(0, match.start() - SENTENCE_REACH) : match.start()]
    return not (
        _EXPECTED_BEFORE.search(before)
        or _EXPECTED_AFTER.match(view, match.end())
        or _SOMEONE_ELSES.search(before)
    )


def citizen_statements(letter: Letter) -> list[re.Match[str]]:
    """Each "I am a U.S. citizen" in the body (the subject line does not count), not one
    the writer only expects to become ("I will be a U.S. citizen by July")."""
    return [
        match
        for match in _CITIZEN.finditer(letter.view, letter.body_start, letter.body_end)
        if _is_held(letter.view, match)
    ]


def states_held_status(letter: Letter) -> bool:
    """Says plainly that the writer is a U.S. citizen or permanent resident (not that they
    expect to be one)."""
    return bool(citizen_statements(letter)) or any(
        _is_held(letter.view, match)
        for match in _PERMANENT_RESIDENT.finditer(letter.view, letter.body_start, letter.body_end)
    )


# Sentences with the verdict states_held_status gives them (as the body of a letter).
EXAMPLES: tuple[tuple[str, bool], ...] = (
    ("I am a U.S. citizen and do not need visa sponsorship.", True),
    ("I will not need a visa, as I am a U.S. citizen by birth.", True),
    ("I hold a green card, so no sponsorship is needed.", True),
    ("As a citizen of the United States, I need no visa.", True),
    ("I will be a U.S. citizen by July.", False),
    ("I am awaiting my green card.", False),
    ("My green card application is still pending.", False),
    ("Once I become a U.S. citizen in March, I will need no visa.", False),
    ("I studied medicine in Grenada.", False),
    ("My wife, who is a US citizen, has filed for my green card.", False),
    ("My parents are American citizens, and I will need a visa.", False),
    ("My family moved to Ohio in 2009 and I am a U.S. citizen.", True),
    ("I am an IMG who is a U.S. citizen, so I need no visa sponsorship.", True),
    ("I come from a military family and am a U.S. citizen.", True),
    # The country spelled every way: one vocabulary (_THE_US) for every reader.
    ("I'm a U.S.A. citizen, no visa sponsorship needed.", True),
    ("I am citizen of USA by birth.", True),
    ("I hold US citizenship.", True),
    ("I am a citizen of the United States of America.", True),
    ("I will become a USA citizen in May.", False),
    # Citizenship in other plain words; a passport is only a citizen's or a national's.
    ("My citizenship is American, and I need no visa.", True),
    ("Born in Texas, I am American by birth.", False),
    ("I travel on a U.S. passport.", True),
    ("I am an American living in Ohio.", False),
    ("I passed the American National Board of Medical Examiners exam.", False),
)
