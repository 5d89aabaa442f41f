"""Rules about the form of an email: greeting, subject line, sign-off with AAMC ID, and length.
(Template leftovers live in checker.rules.placeholder.)"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.hits import Hit
from checker.kinds import KINDS
from checker.letter import BARE_ADDRESS, GREETING, TITLE, Letter
from checker.rules.base import Rule
from checker.rules.matchers import first_line_span
from checker.text import nth_word_start

# After the opening word(s): an optional role, then a title and a name ("Dr. Lee",
# "Program Director Dr. Okafor", "Dr.Lee", "Prof Chen").
_TITLED_NAME = re.compile(
    rf"[ ,]*(?:[a-z-]+ ){{0,3}}?{TITLE}\b\.? ?"
    r"[a-z][\w'-]"
)
_FORMAL = re.compile(r"dear|respected")
# "Good morning Ms. Alvarez," names the person with a title: a courteous business greeting,
# as a program would read it. "Hi"/"Hello" with a name stay casual.
_TIME_OF_DAY = re.compile(r"good (?:morning|afternoon|evening|day)")
_ROLE_ONLY = re.compile(
    r"(?:dear|respected) (?:the )?(?:[\w-]+ ){0,3}?(?:director|coordinator|committee|team"
    r"|faculty|members|chair|staff|administrator|manager|program|selection|residency"
    r"|admissions)s?\b"
)
# "Sir" or "Madam" alone is nobody in particular; before a surname it is a title, as some
# English has it ("Dear Madam Reyes,", "Respected Sir Okafor,").
_IMPERSONAL = re.compile(
    r"to whom it may concern|(?:dear|respected) (?:sir|madam)(?! (?!(?:or|and|madam|sir)\b)"
    r"[a-z][\w'-]*(?: [a-z][\w'-]*)?$)|dear all\b"
    r"|(?:hi|hello|hey|hiya|greetings|good|yo|sup)"
)


def _salutation(letter: Letter, kind: str) -> Iterable[Hit]:
    line = letter.greeting
    if line is None:
        start = first_line_span(letter).start
        yield Hit(  # zero-width: the problem is what is missing, not the first words
            start,
            start,
            'No greeting found: start with "Dear Dr. <last name>," (or Ms./Mr./Mx.).',
        )
        return
    text = " ".join(line.text.split())
    opener = GREETING.match(text)
    if opener and _TITLED_NAME.match(text, opener.end()):
        if not _FORMAL.match(text) and not _TIME_OF_DAY.match(text):
            yield Hit(
                line.start,
                line.end,
                f'"{opener.group().capitalize()}" is casual for a program: use "Dear" with '
                "the person's title and last name.",
            )
        return
    if opener and opener.end() == len(text) and _TIME_OF_DAY.match(text):
        # "Good morning, Dr. Brandt,": the greeting line was cut at the comma after the opener;
        # the titled name follows on the same line, as in "Good morning Dr. Brandt,".
        view = letter.view
        line_end = view.find("\n", line.end)
        if _TITLED_NAME.match(view[line.end : len(view) if line_end < 0 else line_end]):
            return
    if BARE_ADDRESS.match(text):  # "Dr. Vance,": curt, but common in professional mail
        yield Hit(
            line.start,
            line.end,
            'Consider "Dear" before the title and name ("Dear Dr. <last name>,"): a bare name '
            "can read as a curt note.",
            "info",
        )
        return
    if _IMPERSONAL.match(text) or not _FORMAL.match(text):
        yield Hit(line.start, line.end)
        return
    if _ROLE_ONLY.match(text):
        yield Hit(line.start, line.end, _ROLE_NUDGE, "info")
        return
    yield Hit(line.start, line.end, _TITLE_NUDGE, "info")


_ROLE_NUDGE = (
    "A role is a safe greeting, but a name is better: find the program director's or "
    'coordinator\'s name and write "Dear Dr. <last name>,".'
)
_TITLE_NUDGE = (
    'Greet with a title and last name: "Dear Dr. <last name>," or "Dear Ms. <last name>,".'
)

SALUTATION = Rule(
    id="salutation",
    severity="warning",
    title="Greeting without a name and title",
    catches=(
        'A missing greeting, or an impersonal or casual one ("To whom it may concern", "Dear '
        'Sir or Madam", "Hi", "Hello", "Yo Dr. Evans") where "Dear <title> <last name>" (or '
        '"Respected Dr. <last name>") is expected. A role '
        'alone ("Dear Program Director") or a name without a title gets a softer note.'
    ),
    why=(
        "Using the right title and name is basic professionalism that coordinators notice; an "
        "impersonal greeting suggests a mass email."
    ),
    instead='Write "Dear Dr. <last name>," (or Ms./Mr./Mx. for a coordinator without a doctorate).',
    guide="mistakes.md#professionalism",
    message='Greet the person by title and last name: "Dear Dr. <last name>,".',
    check=_salutation,
    fails=(
        "Be honest, too casual?\n---\nHey Dr. Lee,\n\nThanks for the interview.\n\nBest,\nAna "
        "Ruiz\nAAMC ID: 12345678\n---",
        "To whom it may concern,\n\nThank you for the interview.",
        "Hi,\n\nThank you for the interview.",
        "Subject: Thank you\n\nHello!\n\nI enjoyed the interview day.",
        "I am writing to thank you for the interview.",
        "Dear Sir or Madam,\n\nThank you for the interview.",
        "yo Dr. Evans,\n\nThanks for the interview.",
        "Heyyy Dr. Sato!\n\nThank you for the tour.",
        "Respected Sir,\n\nThank you for the interview.",
        "Dear Sir or Madam,\n\nThank you for the interview.",
        "Dear Madam,\n\nThank you for the interview.",
        "Hi there,\n\nThank you for the interview.",
        "Dr. Brandt,\n\nThank you for the interview.",
        "January 18, 2027\n\nThank you for the interview on Tuesday and for the tour.",
    ),
    passes=(
        # A forum post around a draft: the draft's greeting is the letter's (checker.pasted_draft).
        "Hi all, need feedback on this LOI before I send it:\n\nDear Dr. Lee,\n\nI passed "
        "Step 3 last week.\n\nSincerely,\nAna Ruiz\nAAMC ID: 12345678\n\nThoughts?",
        "Has anyone heard back from Lakeview after the January interviews? I emailed the PD "
        "last week. Is that normal?",
        "Dear Dr. Nguyen,\n\nThank you for the interview.",
        "Subject: Thank you - Ana Ruiz\n\nDear Ms. Carter,\n\nThank you for your help.",
        "Dear Professor O'Neil,\n\nThank you for the interview.",
        "Dear Dr. Lee, thank you for meeting with me on Tuesday.",
        "Dear Dr.Okafor,\n\nThank you for the interview.",
        "Respected Dr. Yi,\n\nThank you for the interview.",
        "Dear  Dr.  Lee ,\n\nThank you for the interview.",
        "Dear Program Director Dr. Okafor:\n\nThank you for the interview.",
        "Dear Prof Chen,\n\nThank you for the interview.",
        "Good afternoon Ms. Alvarez,\n\nThank you for sending the schedule.",
        "Good morning Dr. Brandt,\n\nThank you for the interview on Monday.",
        "Good morning, Dr. Brandt,\n\nThank you for the interview on Monday.",
        "Good afternoon, Ms. Alvarez,\n\nThank you for sending the schedule.",
        "January 18, 2027\n\nDr. Helen Marsh\nProgram Director\nLakeshore General Hospital"
        "\n\nDear Dr. Marsh,\n\nThank you for the interview.",
    ),
    supersedes=("informal-tone",),
    notes=(
        'A role-only greeting ("Dear Program Director") or a name without a title is reported '
        "as information, not as a warning. The greeting may sit below a letter head (a date, "
        "an address block)."
    ),
)

# "AAMC ID: 1234 5678", "AAMC #12345678", "AAMCID-12345678", or eight digits alone, but not
# a span of years ("2019-2021"). "AAMC ID: [ID]" is no ID: the letter still lacks one (and
# unfilled-placeholder reports the slot). The label words and separators form one loop whose
# alternatives start with different characters, so a failed match costs one step per
# character: no backtracking between runs of whitespace (the old pattern took a minute on
# "aamc" plus 600 spaces). Two regexes, each starting with a character it must find (the
# look-behinds come after it), so that the regex engine skips ahead to those characters
# instead of trying every position.
_AAMC_LABEL = r"(?:aamc|eras)(?<![a-z]....)(?:[\s:#.=\-]|id\b|number\b|num\b|no\b|nr\b|is\b)*"
_YEARS = r"(?:19|20)\d\d[-\u2013](?:19|20)\d\d"
_LABELLED_AAMC_ID = re.compile(_AAMC_LABEL + r"\d(?:[ -]?\d){7}(?!\d)")
# The years are looked for from the first digit, once it is read: "(?<!(?=years)\d)".
_EIGHT_DIGITS = re.compile(rf"\d(?<![\d-]\d)(?<!(?={_YEARS})\d)\d{{3}}-?\d{{4}}(?![\d-])")

MISSING_AAMC_ID = Rule(
    id="missing-aamc-id",
    severity="warning",
    title="Sign-off without an AAMC ID",
    catches=(
        "An email that ends with a sign-off (Sincerely, Best regards, Thank you...) but gives "
        'no AAMC ID anywhere (8 digits, e.g. "AAMC ID: 12345678"). A draft without any '
        "sign-off gets one information note instead."
    ),
    why=(
        "Coordinators file emails by AAMC ID; without it your message may not reach your "
        "application file."
    ),
    instead='Put your full name, then "AAMC ID: <8 digits>" under your sign-off.',
    guide="mistakes.md#professionalism",
    message='Add your AAMC ID under your name ("AAMC ID: 12345678") so the program can file it.',
    check=lambda letter, kind: _missing_aamc_id(letter),
    fails=(
        "Dear Dr. Lee,\n\nThank you for the interview.\n\nSincerely,\nAna Ruiz",
        "Dear Dr. Lee,\n\nThank you.\n\nBest regards,\nAna Ruiz\n+1 555 0100",
        "Dear Dr. Lee,\n\nThanks again for your time.",
        "Dear Dr. Lee,\n\nThank you.\n\nSincerely,\nAna Ruiz\nAAMC ID:",
        "Dear Dr. Lee,\n\nI enjoyed the cameras and operas tour.\n\nBest,\nAna Ruiz",
        "Dear Dr. Lee,\n\nThank you.\n\nSincerely,\nAna Ruiz\nAAMC ID: [ID]",
        "Dear Dr. Lee,\n\nI did research in 2019-2021.\n\nThanks in advance,\nAna Ruiz",
        "Dear Dr. Lee,\n\nThank you for the tour.\n\nAll best,\nAna Ruiz",
    ),
    passes=(
        "Dear Dr. Lee,\n\nThank you.\n\nSincerely,\nAna Ruiz\nAAMC ID: 12345678",
        "Dear Dr. Lee,\n\nThank you.\n\nKind regards,\nAna Ruiz\nAAMC ID 1234-5678",
        "Subject: Thank you - Ana Ruiz, AAMC ID 12345678\n\nDear Dr. Lee,\n\nThank you."
        "\n\nSincerely,\nAna Ruiz",
        "Dear Dr. Lee,\n\nThank you.\n\nRespectfully,\nAna Ruiz\n87654321",
        "Dear Dr. Lee,\n\nThank you.\n\nSincerely,\nAna Ruiz\nAAMC #: 1234 5678",
        "Dear Dr. Lee,\n\nThank you.\n\nSincerely,\nAna Ruiz\nAAMCID-12345678",
        "Dear Dr. Lee,\n\nThank you.\n\nSincerely,\nAna Ruiz\nAAMC No. 12 34 56 78",
    ),
)

_NO_SIGN_OFF = (
    'No sign-off found: end with "Sincerely," then your full name and your AAMC ID on the '
    "lines below."
)


def _missing_aamc_id(letter: Letter) -> Iterable[Hit]:
    if _LABELLED_AAMC_ID.search(letter.view) or _EIGHT_DIGITS.search(letter.view):
        return
    if letter.sign_off is None:
        if letter.lines:
            last = letter.lines[-1]
            yield Hit(last.end, last.end, _NO_SIGN_OFF, "info")
        return
    yield Hit(letter.sign_off.start, letter.sign_off.end)


def _missing_subject(letter: Letter, kind: str) -> Iterable[Hit]:
    if letter.subject is None:
        yield Hit(
            *first_line_span(letter)[:2],
            'No subject line found: start with "Subject: <purpose> - <your full name>".',
        )
        return
    name = letter.signature_name()
    subject = letter.subject_text()
    if name and not _name_parts(name) & set(_SUBJECT_WORD.findall(subject)):
        yield Hit(letter.subject.start, letter.subject.end)


_SUBJECT_WORD = re.compile(r"[\w'-]+")


def _name_parts(name: str) -> set[str]:
    return {part for part in _SUBJECT_WORD.findall(name) if len(part) > 1}


MISSING_SUBJECT = Rule(
    id="missing-subject",
    severity="info",
    title="Subject line without your name",
    catches=(
        'A draft with no "Subject:" line, or one whose subject does not contain the name '
        "you sign with (the first line under your sign-off)."
    ),
    why=(
        "A subject with the purpose and your name lets a coordinator find and file the email "
        "without opening it."
    ),
    instead='"Subject: Thank you - <your full name>, AAMC ID <number>"',
    guide="mistakes.md#professionalism",
    message="Put your name in the subject so the program can match the email to your file.",
    check=_missing_subject,
    fails=(
        "Dear Dr. Lee,\n\nThank you for the interview.",
        "Subject: Thank you\n\nDear Dr. Lee,\n\nThanks.\n\nSincerely,\nAna Ruiz\nAAMC ID 12345678",
        "Subject: Follow-up\n\nDear Dr. Lee,\n\nHello.\n\nBest regards,\nJohn Park",
    ),
    passes=(
        "Subject: Thank you - Ana Ruiz\n\nDear Dr. Lee,\n\nThanks.\n\nSincerely,\nAna Ruiz",
        "Subject: Question about interview time (Park)\n\nDear Ms. Cole,\n\nHi.\n\nBest regards,"
        "\nJohn Park",
        "Subject: Update from an applicant\n\nDear Dr. Lee,\n\nNews below.",
    ),
    notes=(
        "The name is read from the first line under the sign-off; with no sign-off, only the "
        "presence of a subject line is checked."
    ),
)

# Word limits per letter kind. The guide asks for short, targeted clarifications and
# questions, concise thank-you notes, and one focused update; these limits leave room for
# a greeting and signature around a message of that size.
WORD_LIMITS: dict[str, int] = {
    "citizenship-clarification": 180,
    "logistics-question": 150,
    "thank-you": 250,
    "continued-interest": 300,
    "rank-first": 300,
    "commitment-hint-reply": 200,
    "other": 300,
}
assert set(WORD_LIMITS) == set(KINDS)


def _too_long(letter: Letter, kind: str) -> Iterable[Hit]:
    limit = WORD_LIMITS[kind]
    if letter.word_count <= limit:
        return
    first_extra_word = nth_word_start(letter.view, limit)
    if first_extra_word is not None:
        yield Hit(
            first_extra_word,
            len(letter.view.rstrip()),
            f"{letter.word_count} words; a {KINDS[kind].lower()} is usually under {limit} "
            "words. The highlighted part is past that; cut it if it adds nothing.",
        )


TOO_LONG = Rule(
    id="too-long",
    # A tip, not an objection: the guide asks for concise mail but sets no hard limit, and
    # good letters of intent often run 300-400 words.
    severity="info",
    title="Longer than this kind of email usually is",
    catches=(
        "A draft with more words than is usual for its kind (limits below). The words past "
        "the limit are highlighted, as a tip to consider, not a problem to fix."
    ),
    why=(
        "Programs read hundreds of emails; the guide asks for concise messages, and a short "
        "email is more likely to be read to the end. Length alone is no mistake, though: a "
        "careful letter of intent or a thank-you with real detail can run longer and still be "
        "right to send, so this is only a note."
    ),
    instead=(
        "Keep one purpose per email: cut background the program already has in ERAS and keep "
        "the one or two details that matter."
    ),
    guide="mistakes.md#professionalism",
    message="This email is longer than most of its kind; see whether it can be shorter.",
    check=_too_long,
    limits=WORD_LIMITS,
    example_kind="logistics-question",
    fails=(
        "Dear Ms. Cole,\n\n" + "I have one question about the interview time. " * 20,
        "Could you confirm the time zone? " * 40,
        " ".join(["word"] * 151),
    ),
    passes=(
        "Dear Ms. Cole,\n\nCould you confirm the time zone of the interview?",
        " ".join(["word"] * 150),
        "Could you confirm the time zone? " * 20,
    ),
)

RULES = (SALUTATION, MISSING_AAMC_ID, MISSING_SUBJECT, TOO_LONG)
