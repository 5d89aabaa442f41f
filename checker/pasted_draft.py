"""Find the letter inside a forum post that quotes it, so that the letter checks read the
draft and not the poster's words around it ("Hi all, need feedback on this LOI:" is not the
letter's greeting; the poster's "lol" or "this is my #1 program" is said to the forum).

A paste is read as a post around a draft only on clear signs, so that an ordinary letter is
read as before: lines of the poster's talk come before a greeting line (a question, texting,
words to the thread or of the poster, a line that hands the draft over; not a title, date,
address or header of the letter's own), or the draft is quoted line by line with ">", or
paragraphs of forum talk follow the letter's sign-off ("Thoughts? Too much?", "edit: typo").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from checker.letter import Letter, is_greeting_line, sentence_start
from checker.text import with_lf_line_ends

# A line quoted the way forums and mail quote ("> Dear Dr. Lee,"): the marks are blanked.
_LINE = re.compile(r"[^\n]+")
_QUOTE_MARK = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
_SEPARATOR = re.compile(r"[ \t]*(?:-{3,}|\*{3,}|={3,}|~{3,}|`{3,})[ \t]*")
_OPENING_QUOTE = re.compile(r"""[ \t]*["\u201c]""")
_CLOSING_QUOTE = re.compile(r"""["\u201d][ \t]*$""")
# What opens a letter itself: a header or subject line (then the paste is an ordinary letter).
_LETTER_HEAD = re.compile(r"(?:to|from|cc|bcc|date|sent|subject|subj|re)\s*:", re.IGNORECASE)
# A greeting to the forum, not to a program ("Hi all,", "hey guys", "Dear all, please review").
_CROWD_GREETING = re.compile(
    r"(?:hi+|he+y+|hello|yo|dear|respected)\s+(?:all|everyone|everybody|guys|folks|y'?all"
    r"|friends|fam|seniors)\b"
)
# A line of talk that hands over the draft, which starts on the next line.
_INTRODUCES_A_DRAFT = re.compile(
    r"\b(?:drafts?|loi|letters?|e-?mails?|thank[- ]?yous?|messages?|what i (?:have|wrote|got))"
    r"\b[^:]*:$"
)
# Forum talk after a letter's sign-off, phrase by phrase: a paragraph with a _TALK phrase is
# the poster's ("Thoughts? Too much?", "edit: typo", "lmk"); when the words cut after the
# sign-off hold an _ASKS phrase they ask about the draft itself ("Thoughts?? first LOI ever
# lol"), so the poster's own informal words there are not the letter's (checker.paste_reading).
_TALK, _ASKS = 1, 2
_AFTER_SIGN_OFF = (
    (_TALK | _ASKS, r"^(?:edit|eta)\s*:"),
    (_TALK, r"^update\s*:"),
    (_TALK | _ASKS, r"^\^"),
    (_TALK, r"\b(?:thoughts|feedback)\b"),
    (_ASKS, r"\b(?:thoughts|feedback)\s*\?"),
    (_TALK | _ASKS, r"\btoo (?:much|long|short|formal|casual|pushy)\b"),
    (_TALK | _ASKS, r"\bis (?:this|it) (?:ok|okay|fine|too)\b"),
    (_TALK | _ASKS, r"\bshould i (?:send|cut|add|change)\b"),
    (_TALK | _ASKS, r"\b(?:first|my) (?:loi|draft)\b"),
    (_TALK | _ASKS, r"\bbe (?:honest|brutal|gentle)\b"),
    (_TALK | _ASKS, r"\brip it apart\b"),
    (_TALK | _ASKS, r"\bsent this\b"),
    (_TALK, r"\bsent it\b"),
    (_TALK, r"\b(?:roast|tia|thanks in advance|lmk|wish me luck|everyone|y'?all|guys)\b"),
    (_ASKS, r"\b(?:ok|okay|fine) to send\b"),
    (_ASKS, r"\bposting\b"),
)
_FORUM_TALK = re.compile("|".join(phrase for use, phrase in _AFTER_SIGN_OFF if use & _TALK))
_ASKS_ABOUT_THE_DRAFT = re.compile(
    "|".join(phrase for use, phrase in _AFTER_SIGN_OFF if use & _ASKS)
)
_WROTE = re.compile(r"on .*\bwrote:$|-+ ?original message ?-+$|from: ")
# The poster's talk around a draft, line by line (_reads_as_talk): words said to the forum (a
# question, texting, the thread or a user, a judgment asked of the draft) or of the poster's
# own (I, my, sending, wrote). Only _TO_THE_FORUM hands over a draft that has no greeting: "I
# wanted to send a quick email w/ two updates:" opens a letter.
_TO_THE_FORUM = re.compile(
    r"\?|!!|(?<![\w.])@\w|\b(?:lol|lmao|tbh|idk|imo|ngl|pls|plz|halp|tia|lmk|ppl|tmrw|rn|omg"
    r"|ugh|nvm|btw|u|ur|im|ok|okay|anyone|anybody|everyone|guys|y'?all|folks|op|here'?s|here is"
    r"|below|drafts?|drafted|version|v\d|edits?|revised|template|honest|brutal|formal|pushy"
    r"|desperate|casual|stiff|feedback|thoughts|roast|rate|critique|proofread|not sure|unsure"
    r"|attempt|paragraph)\b"
)
_POSTER_OWN = re.compile(
    r"\b(?:i|i'm|i'd|i've|me|my|we|this|send|sending|sent|wrote|written|posting|posted|help"
    r"|advice|need|please|quote|quoted|quoting|sound|sounds|sounding)\b"
)
_LONG_WORD = re.compile(r"[^\W\d_][\w'-]{3,}")
# A line the letter's own head holds: a placeholder to fill, or a contact line ("Email: ...",
# an address).
_OWN_HEAD_LINE = re.compile(
    r"\[[^\]\n]*\]|\{[^}\n]*\}|^(?:e-?mail|phone|tel|cell|name|address)\s*:|\w@\w"
)
_POSTSCRIPT = re.compile(r"p\.? ?s\b")  # the letter's own P.S. stays in the letter
_TITLED = re.compile(r"^(?:dear|respected|to whom)|\b(?:dr|ms|mrs|mr|mx|prof|professor)\b")
_SHORT_GREETING = 40  # characters
_HEAD_REACH = 10  # lines of talk before the draft's greeting, at most

EXAMPLES = {
    # paste -> the draft's first and last words, or None when the paste is an ordinary letter
    "Hi all, need feedback on this LOI:\n\nDear Dr. Lee,\n\nI passed Step 3.\n\nBest,\n"
    "Ana Ruiz\n\nThoughts?": ("Dear", "Ruiz"),
    "my friend says this is too casual lol\n\n> Dear Dr. Lee,\n> thx for the interview!!\n"
    "> Best,\n> Ana": ("Dear", "Ana"),
    'Here is my email:\n\n"Dear Ms. Cho,\n\nThank you for the tour.\n\nBest,\nAna"': (
        "Dear",
        "Ana",
    ),
    "Be honest, too much?\n---\nDear Dr. Lee,\nYou are my first choice.\nBest,\nAna\n---\nidk": (
        "Dear",
        "Ana",
    ),
    "Dear Dr. Lee,\n\nThank you.\n\nBest,\nAna Ruiz\n\nedit: typo": ("Dear", "Ruiz"),
    "Hi Dr. Patel,\n\nThank you for the interview.\n\nThanks!\nAna": None,
    "January 18, 2027\n\nDr. Helen Marsh\nLakeshore General\n\nDear Dr. Marsh,\n\nThank you.": None,
    "Dear Dr. Lee,\n\nThank you.\n\nBest,\nAna\n\nP.S. Thanks again to everyone.": None,
    "Hi all,\n\nThank you for the dinner last night, guys!\n\nBest,\nAna": None,
    "ok here's what I have so far:\nI am writing to say I passed Step 3.\nBest,\nAna": (
        "I",
        "Ana",
    ),
    # the poster's talk in its many shapes (_reads_as_talk), and a letter's own head
    "be honest, too formal?\n\nDear Dr. Bell,\n\nThank you.\n\nSincerely,\nNikhil Rao": (
        "Dear",
        "Rao",
    ),
    "sending this tonight unless someone stops me\n\nDear Dr. Bell,\n\nThank you.\n\nBest,\nAna": (
        "Dear",
        "Ana",
    ),
    "Draft:\nDear Dr. Lee,\nThank you.\nBest,\nAna\n\nedit: typo\nedit 2: nvm lol": ("Dear", "Ana"),
    "---\nDear Dr. Lee,\n\nThank you.\n\nBest,\nAna\n---\nthoughts? first one": ("Dear", "Ana"),
    "interview season is over\nwrote this for the place I liked best\n\nDear Dr. Lee,\n\n"
    "Thank you.\n\nBest,\nAna\n\nugh i hate this part": ("Dear", "Ana"),
    "Dear all, please review my mail.\n\nDear Dr. Rao,\n\nI passed Step 3.\n\nRegards,\nAna": (
        "Dear",
        "Ana",
    ),
    "Thank-you note, interview 1/9\n\nDear Dr. Lee,\n\nThank you.\n\nBest,\nAna\n\nthoughts?": (
        "Thank-you",
        "Ana",
    ),
    "My Letter of Intent to Harbor Valley\n\nDear Dr. Lee,\n\nI passed Step 3.\n\nBest,\nAna": None,
    "Ana Ruiz\nana.ruiz@example.org\n\nDear Dr. Lee,\n\nThank you.\n\nBest,\nAna": None,
}


@dataclass(frozen=True)
class Draft:
    """Where the quoted letter sits in the paste (offsets into it) and its text, in which the
    quoting marks are blanked, a CR LF's CR is a space and every other line end the letter's
    view knows is LF (checker.text.with_lf_line_ends), so that offsets inside it stay those
    of the paste."""

    start: int
    end: int
    text: str
    after_sign_off: bool = False  # only forum talk after a letter's sign-off was cut

    def asks_about_it(self, paste: str) -> bool:
        """The words cut after the sign-off ask the forum about the draft."""
        return bool(_ASKS_ABOUT_THE_DRAFT.search(" ".join(paste[self.end :].lower().split())))


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str  # without quoting marks, stripped, lower case
    quoted: bool


def find_draft(paste: str) -> Draft | None:
    """The letter inside a post around it, or None when the paste is read as a letter. Every
    line end the letter's view knows reads as LF, a CR LF as a space and LF (checker.text), so
    that offsets stay those of the paste."""
    paste = with_lf_line_ends(paste)
    first = _lines(paste, 1)
    if not first or _opens_a_letter(first[0]):  # most pastes: read without the other lines
        return _without_postscript(paste) if first else None
    lines = _lines(paste)
    quoted = [index for index, line in enumerate(lines) if line.quoted]
    if quoted and any(is_greeting_line(lines[index].text) for index in quoted):
        if _replies_above_a_quote(paste, lines):
            return None  # a reply with the mail it answers quoted below: the reply is the letter
        return _quoted_block(paste, lines, quoted)
    # Talk after the sign-off is the poster's even when the lines above read as the letter's.
    return _after_talk(paste, lines) or _without_postscript(paste)


def _lines(paste: str, most: int | None = None) -> list[_Line]:
    """The paste's lines that hold something (a ">" line alone too), the first `most`."""
    found = []
    for match in _LINE.finditer(paste):
        if most is not None and len(found) == most:
            break
        raw = match.group()
        mark = _QUOTE_MARK.match(raw)
        quoted = mark is not None
        text = raw[mark.end() :] if mark else raw
        text = " ".join((text.strip().strip('"\u201c\u201d*') or text.strip()).lower().split())
        if text or quoted:
            found.append(_Line(match.start(), match.end(), text, quoted))
    return found


def _opens_a_letter(line: _Line) -> bool:
    if line.quoted:
        return False
    if _CROWD_GREETING.match(line.text):
        return False
    return bool(_LETTER_HEAD.match(line.text) or is_greeting_line(line.text))


def _greets_a_reader(text: str) -> bool:
    """A draft's greeting line: formal, or naming a title, or short ("Hello,"), and not to
    the forum. "Hi again, so I posted last week..." is talk, not a greeting."""
    if _CROWD_GREETING.match(text) or not is_greeting_line(text):
        return False
    return len(text) <= _SHORT_GREETING or bool(_TITLED.search(text[:_SHORT_GREETING]))


def _replies_above_a_quote(paste: str, lines: list[_Line]) -> bool:
    """The words outside the ">" lines are a letter of their own: a mail client's "On Mon,
    ... wrote:" line, a sign-off, or more words above the quote than in it (a forum reply
    quotes first and answers below)."""
    own = [line for line in lines if not line.quoted]
    if any(_WROTE.match(line.text) for line in own):
        return True
    quoted_words = sum(len(line.text.split()) for line in lines if line.quoted)
    above = [line for line in own if line.start < next(q.start for q in lines if q.quoted)]
    if sum(len(line.text.split()) for line in above) > quoted_words:
        return True
    return Letter("\n".join(paste[line.start : line.end] for line in own)).sign_off is not None


def _quoted_block(paste: str, lines: list[_Line], quoted: list[int]) -> Draft:
    """The run of ">" lines that holds a greeting: someone's draft quoted in a reply."""
    greeting = next(index for index in quoted if is_greeting_line(lines[index].text))
    first = greeting
    while first > 0 and lines[first - 1].quoted:
        first -= 1
    last = greeting
    while last + 1 < len(lines) and lines[last + 1].quoted:
        last += 1
    return _draft(paste, lines[first].start, lines[last].end)


def _after_talk(paste: str, lines: list[_Line]) -> Draft | None:
    """A greeting line below a few lines of the poster's talk: the draft starts there (or at
    the subject line just above it) and runs to a separator, a closing quote, or the end less
    the talk after its sign-off. With no greeting, a line of talk to the forum that hands the
    draft over ("ok here's what I have so far:") starts it on the next line."""
    first = _draft_start(lines)
    if first is None:
        return None
    talk = lines[:first]
    if any(_LETTER_HEAD.match(line.text) or _OWN_HEAD_LINE.search(line.text) for line in talk):
        return None
    marked = _SEPARATOR.fullmatch(paste[talk[-1].start : talk[-1].end])
    if _greets_a_reader(lines[first].text) or _LETTER_HEAD.match(lines[first].text):
        if not (marked or any(_reads_as_talk(paste[line.start : line.end]) for line in talk)):
            return None  # a title or a first line of the letter's own, read as before
    elif not any(_TO_THE_FORUM.search(line.text) for line in talk):
        return None
    start = lines[first].start
    for later in lines[first + 1 :]:
        raw = paste[later.start : later.end]
        if marked and _SEPARATOR.fullmatch(raw):
            return _draft(paste, start, _previous_line_end(paste, later.start))
        if _OPENING_QUOTE.match(paste, start) and _CLOSING_QUOTE.search(raw):
            return _draft(paste, start, later.end)
    rest = _without_postscript(paste[start:], _talks)
    return _draft(paste, start, start + (len(paste) - start if rest is None else rest.end))


def _reads_as_talk(raw: str) -> bool:
    """A line of the poster's, not of the letter's own head: it hands the draft over (ends in
    ":"), says something to the forum or of the poster, or starts in lower case like a forum
    line; a line in title case with no question is a title ("My Letter of Intent to Harbor
    Valley"), and a date or an address has none of these signs."""
    line = _QUOTE_MARK.sub("", raw).strip().strip('"\u201c\u201d*')
    text = " ".join(line.lower().replace("\u2019", "'").split())
    if text.endswith(":"):
        return True
    words = _LONG_WORD.findall(line)
    if "?" not in line and words and all(word[0].isupper() for word in words):
        return False
    if _TO_THE_FORUM.search(text) or _POSTER_OWN.search(text):
        return True
    return line[:1].islower() and len(line.split()) >= 2


def _talks(paragraph: str) -> bool:
    """A paragraph after the sign-off of a draft that talk comes before: the poster's too."""
    return any(_reads_as_talk(line) for line in paragraph.splitlines() if line.strip())


def _draft_start(lines: list[_Line]) -> int | None:
    """The draft's first line: its greeting (or the subject line above it), or the line after
    one that introduces it ("here's what I have so far:")."""
    for index in range(1, min(len(lines), _HEAD_REACH + 1)):
        if _greets_a_reader(lines[index].text):
            return index - 1 if _LETTER_HEAD.match(lines[index - 1].text) else index
        if _INTRODUCES_A_DRAFT.search(lines[index - 1].text):
            return index
    return None


def _without_postscript(paste: str, talks: Callable[[str], bool] | None = None) -> Draft | None:
    """A letter followed by paragraphs of forum talk after its sign-off: the letter alone.
    `talks` tells the poster's paragraphs (by default, _FORUM_TALK's phrases)."""
    paragraphs = re.split(r"\n[ \t]*\n", paste.rstrip())
    if len(paragraphs) < 2:
        return None
    cut = len(paste.rstrip())
    for paragraph in reversed(paragraphs[1:]):
        text = " ".join(paragraph.lower().split())
        if _POSTSCRIPT.match(text) or not (talks(paragraph) if talks else _FORUM_TALK.search(text)):
            break
        cut = paste.rfind(paragraph, 0, cut)
    if cut == len(paste.rstrip()):
        return None
    letter_end = _previous_line_end(paste, cut)
    if Letter(paste[:letter_end]).sign_off is None:
        return None  # no sign-off: the talk may be the letter's own last lines
    return replace(_draft(paste, 0, letter_end), after_sign_off=True)


def _previous_line_end(paste: str, start: int) -> int:
    return len(paste[:start].rstrip())


def _draft(paste: str, start: int, end: int) -> Draft:
    text = paste[start:end]
    blanked = _QUOTE_MARK.sub(lambda mark: " " * len(mark.group()), text)
    opening = _OPENING_QUOTE.match(blanked)
    if opening:
        blanked = " " * opening.end() + _CLOSING_QUOTE.sub(
            lambda mark: " " * len(mark.group()), blanked[opening.end() :]
        )
    return Draft(start, end, blanked)


# How a poster reports what the draft says: "in my LOI I tell them", "I basically say",
# "you say", "the draft promises".
_REPORT = re.compile(
    r"\b(?:i|you|u|it|draft|letter|loi|e-?mail|note)\b(?:\s+\w+){0,3}?\s+(?:tell|tells|told"
    r"|telling|say|says|said|saying|wrote|write|writes|writing|mention|mentions|mentioned"
    r"|promise|promises|promised|offer|offers|offered|state|states|stated|let them know)\b"
    r"|\bin (?:my|the|your|this) (?:draft|letter|loi|e-?mail|note)\b"
)


def reports_the_draft(view: str, start: int) -> bool:
    """The words at view[start] stand in a sentence of the poster's that reports the draft,
    after the reporting words."""
    return bool(_REPORT.search(view[sentence_start(view, start) : start]))


# A post with no letter in it, asking the forum about programs ("has anyone heard back from
# Lakeview?", "is it weird to email the PD?"): all three signs are needed, and no sign-off,
# AAMC ID, subject or greeting to a person.
_ASKS_THE_FORUM = re.compile(
    r"\b(?:(?:has|have|did|does) anyone (?:heard|gotten|got|received|emailed|sent|done|tried)"
    r"|anyone (?:else|done this|heard)|is (?:it|that|this) (?:weird|normal|ok|okay|bad|rude)"
    r"|should i (?:email|send|write|reach|just)|tia|any advice|thoughts\?)"
)
_PROGRAM_IN_THIRD_PERSON = re.compile(
    r"\b(?:the (?:pd|pc|program director|program coordinator|coordinator)|programs"
    r"|(?:email|emailed|e-mail) (?:the|them)|send (?:a|an|the|my) (?:loi|letter|email|update))\b"
)
_ADDRESSES_A_PROGRAM = re.compile(
    r"\byour (?:program|residents|team|hospital|institution|department|time)\b|\bthank you for\b"
)
_EIGHT_DIGITS = re.compile(r"\d{8}")
# Sentence ends counted as marks, not as the tokens' sentences (checker.language.tokens):
# those count some pastes otherwise ("Dr." ends none there, a blank line ends one), so that
# counting them would change which pastes read as a question to the forum.
_SENTENCE_END = re.compile(r"[.?!](?:\s|$)")
_POST_SENTENCES = 2


def talks_to_the_forum(paste: str) -> bool:
    """The paste is a question to the forum with no letter in it (checked after find_draft)."""
    if _EIGHT_DIGITS.search(paste):
        return False  # an AAMC ID: a letter (checked first, as most letters have one)
    view = " ".join(paste.lower().replace("\u2019", "'").split())
    if _ADDRESSES_A_PROGRAM.search(view):
        return False
    if len(_SENTENCE_END.findall(view)) < _POST_SENTENCES:
        return False  # one line alone may be a sentence of a letter, read as before
    if not (_PROGRAM_IN_THIRD_PERSON.search(view) and _ASKS_THE_FORUM.search(view)):
        return False
    letter = Letter(paste)
    if letter.sign_off or letter.subject:
        return False
    return letter.greeting is None or bool(_CROWD_GREETING.match(letter.greeting.text))
