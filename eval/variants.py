"""Meaning-preserving rewrites of a sentence, for the metamorphic tests (issue 10, item 5).

Each transform takes a sentence and returns a variant that means the same, or None when it
cannot rewrite this sentence without changing its meaning. A checker that understands the
sentence gives the variant the same verdict as the original. Each transform's EXAMPLES pair
an input with the expected output (None: not applicable).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Transform = Callable[[str], str | None]


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _first_lower(text: str) -> str:
    """Lower-case the first letter, except in I, acronyms, titles (Dr.) and names of two
    capitalised words (Yo-Yo Ma, Saint Jude's)."""
    if (
        re.match(r"I\b|[A-Z][A-Z]|[A-Z][a-z]*\.|[A-Z][a-z]+[- ][A-Z]", text)
        or not text[:1].isupper()
    ):
        return text
    return text[:1].lower() + text[1:]


def _sub_once(pattern: str, replacement, text: str, flags: int = 0) -> str | None:
    changed, count = re.subn(pattern, replacement, text, count=1, flags=flags)
    return changed if count else None


# --- adverbs and intensifiers -------------------------------------------------------------


def adverb_after_modal(text: str) -> str | None:
    """Adds "certainly" after will/would/shall: "I will certainly rank you first"."""
    return _sub_once(
        r"\b(will|would|shall)( )(?!not\b|never\b|you\b|I\b|be\b|it\b|the\b|that\b)(?=[a-z])",
        r"\1 certainly ",
        text,
    )


def adverb_at_start(text: str) -> str | None:
    """Opens a sentence that starts with I with "Honestly,": "Honestly, I am begging you."."""
    return "Honestly, " + text if re.match(r"I\b", text) else None


def intensifier_before_adjective(text: str) -> str | None:
    """Adds "really" before a common adjective: "It is a really great program."."""
    match = re.search(
        r"\b(an?|is|was|are|am) (great|excellent|wonderful|strong|amazing|good|outstanding|"
        r"interested|grateful|excited)\b",
        text,
    )
    if not match:
        return None
    word = "a" if match[1] == "an" else match[1]  # "an excellent" -> "a really excellent"
    return f"{text[: match.start()]}{word} really {match[2]}{text[match.end() :]}"


# --- contractions ---------------------------------------------------------------------------

_CONTRACTIONS = (
    ("I am", "I'm"),
    ("I will", "I'll"),
    ("I would", "I'd"),
    ("you are", "you're"),
    ("You are", "You're"),
    ("will not", "won't"),
    ("do not", "don't"),
    ("did not", "didn't"),
    ("have not", "haven't"),
    ("has not", "hasn't"),
    ("is not", "isn't"),
    ("cannot", "can't"),
    ("it is", "it's"),
    ("It is", "It's"),
)


def expand_contractions(text: str) -> str | None:
    """Writes contractions out: "I'll rank you first." -> "I will rank you first."."""
    expanded = text
    for full, short in _CONTRACTIONS:
        expanded = re.sub(rf"\b{re.escape(short)}(?![\w'])", full, expanded)
    return expanded if expanded != text else None


def make_contractions(text: str) -> str | None:
    """Contracts what can be contracted: "I will not rank ..." -> "I won't rank ..."."""
    contracted = text
    for full, short in sorted(_CONTRACTIONS, key=lambda pair: -len(pair[0])):
        if full == "I will" and re.search(r"\bI will not\b", contracted):
            continue  # "I won't", not "I'll not"
        contracted = re.sub(rf"\b{full}\b", short, contracted)
    return contracted if contracted != text else None


# --- who the sentence is about: you, your program, a program name -----------------------

PROGRAM_NAME = "Lakeside General"


def your_program_to_name(text: str) -> str | None:
    """Names the program: "I will rank your program first." -> "I will rank Lakeside
    General first"."""
    return _sub_once(r"\b[Yy]our program\b", PROGRAM_NAME, text)


def you_to_your_program(text: str) -> str | None:
    """Says "your program" for "you": "I'll rank your program #1", "Your program is my top
    choice"."""
    changed = _sub_once(
        r"\b(rank|ranking|ranked|put|putting|place|list|rnak|rnk) you\b(?! guys)",
        r"\1 your program",
        text,
    )
    if changed is None:
        changed = _sub_once(r"^You are my\b", "Your program is my", text)
    if changed is None:
        changed = _sub_once(r"^You're my\b", "Your program is my", text)
    return changed


def your_program_to_you(text: str) -> str | None:
    """Says "you" for "your program": "I will rank you first", "You are my first choice"."""
    changed = _sub_once(r"\b(rank|ranking|put|place|list|rnak|rnk) your program\b", r"\1 you", text)
    if changed is None:
        changed = _sub_once(r"^Your program is my\b", "You are my", text)
    return changed


# --- rank forms -----------------------------------------------------------------------------

_RANK_FORMS = (
    (r"#1\b", "number one"),
    (r"\b[Nn]umber one\b", "#1"),
    (r"\bNo\. 1\b", "number one"),
    (r"\b1st\b", "first"),
    (r"\btop choice\b", "first choice"),
    (r"\bfirst choice\b", "top choice"),
    (r"\b(rank|ranking|put|place|list)(\s+(?:you|your program|[A-Z][\w']+))\s+first\b", None),
)


def swap_rank_form(text: str) -> str | None:
    """Writes the rank another way: "#1" <-> "number one", "No. 1" -> "number one", "1st" ->
    "first", "first choice" <-> "top choice", "rank you first" -> "rank you number one"."""
    for pattern, replacement in _RANK_FORMS:
        if replacement is None:
            changed = _sub_once(pattern, r"\1\2 number one", text)
        else:
            changed = _sub_once(pattern, replacement, text)
        if changed is not None:
            return changed
    return None


# --- clause order and question form ------------------------------------------------------


def swap_conditional(text: str) -> str | None:
    """Moves an if-clause to the other end: "If you offer, I will accept." <-> "I will accept
    if you offer."."""
    match = re.fullmatch(r"If ([^,]+), ([^,]+?)([.?!]+)", text)
    if match:
        condition, main, end = match.groups()
        return f"{_first_upper(main)} if {condition}{end}"
    match = re.fullmatch(r"([^,?!]+?) if ([^,?!]+?)([.?!]+)", text)
    # "if" that means "whether" ("I don't know if ...") cannot move to the front.
    whether = r"(?:know|sure|wondering|wonder|ask|asking|see|me|check|confirm|curious|out)"
    if match and not re.search(rf"\b{whether}$", match[1]):
        main, condition, end = match.groups()
        return f"If {condition}, {_first_lower(main)}{end}"
    return None


_AUXILIARIES = "am|is|are|will|would|can|could|should|have|has|was"


def direct_to_indirect(text: str) -> str | None:
    """Turns a question into an indirect one: "Am I ranked to match?" -> "I was wondering
    whether I am ranked to match."; "Where do I stand?" -> "Could you tell me where I stand?"."""
    match = re.fullmatch(rf"({_AUXILIARIES.title()}) (I|my \w+|there) (.+)\?", text)
    if match:
        auxiliary, subject, rest = match.groups()
        return f"I was wondering whether {subject} {auxiliary.lower()} {rest}."
    match = re.fullmatch(r"Do (I|you) (.+)\?", text)  # "do" drops out: "whether I have"
    if match:
        return f"I was wondering whether {match[1]} {match[2]}."
    match = re.fullmatch(rf"(Where|How|When|What) ({_AUXILIARIES}|do) (I|you) (.+)\?", text)
    if match:
        word, auxiliary, subject, rest = match.groups()
        verb = "" if auxiliary == "do" else f" {auxiliary}"
        return f"Could you tell me {word.lower()} {subject}{verb} {rest}?"
    return None


def indirect_to_direct(text: str) -> str | None:
    """Turns an indirect question into a direct one: "I was wondering whether I will be
    ranked highly." -> "Will I be ranked highly?"."""
    match = re.fullmatch(
        r"(?:I was wondering|I wonder|Could you (?:please )?(?:tell me|let me know)|"
        r"Please let me know|Kindly let me know|I would like to know|I was hoping to learn|"
        r"I would be grateful to know|I'd love to know) (?:whether|if) "
        rf"(I|my \w+) ({_AUXILIARIES}) (.+?)[.?]",
        text,
    )
    if not match:
        return None
    subject, auxiliary, rest = match.groups()
    return f"{auxiliary.title()} {subject} {rest}?"


# --- surface: case, punctuation, line break, typos ---------------------------------------


def toggle_first_letter_case(text: str) -> str | None:
    """Toggles the case of the first letter: "Any updates?" <-> "any updates?"."""
    if text[:1].islower():
        return _first_upper(text)
    lowered = _first_lower(text)
    return lowered if lowered != text else None


def add_final_punctuation(text: str) -> str | None:
    """A sentence without end punctuation gets a full stop; a full stop becomes "!"."""
    if text[-1:].isalnum():
        return text + "."
    if text.endswith(".") and not text.endswith(".."):
        return text[:-1] + "!"
    return None


def curly_quotes(text: str) -> str | None:
    """Curls straight apostrophes, as word processors do: I'll -> I\u2019ll."""
    curled = text.replace("'", "\u2019")
    return curled if curled != text else None


def line_break_in_middle(text: str) -> str | None:
    """The space nearest the middle becomes a line break (a wrapped line in a mail client)."""
    if "\n" in text:
        return None
    middle = len(text) // 2
    depth, spaces = 0, []
    for index, char in enumerate(text):
        depth += (char in "([{<") - (char in ")]}>")
        # A placeholder such as [Program Name] or Clinic Z stays on one line.
        one_letter_next = re.match(r" \w\b", text[index:])
        if char == " " and depth == 0 and not one_letter_next:
            spaces.append(index)
    if not spaces:
        return None
    index = min(spaces, key=lambda space: abs(space - middle))
    return text[:index] + "\n" + text[index + 1 :]


_KEY_WORDS = (
    "rank",
    "ranked",
    "ranking",
    "choice",
    "promise",
    "guarantee",
    "accept",
    "commit",
    "contract",
    "application",
    "status",
    "position",
    "chance",
    "begging",
)


def typo_in_key_word(text: str) -> str | None:
    """Swap the second and third letters of the first key word: "rank" -> "rnak"."""
    pattern = r"\b(" + "|".join(_KEY_WORDS) + r")\b"
    return _sub_once(pattern, lambda match: _swap_letters(match[1]), text, re.IGNORECASE)


def _swap_letters(word: str) -> str:
    """The first two different neighbours after the first letter swap: rank -> rnak,
    accept -> acecpt."""
    index = next(i for i in range(1, len(word) - 1) if word[i] != word[i + 1])
    return word[:index] + word[index + 1] + word[index] + word[index + 2 :]


TRANSFORMS: dict[str, Transform] = {
    "adverb after a modal verb": adverb_after_modal,
    "adverb at the start": adverb_at_start,
    "intensifier before an adjective": intensifier_before_adjective,
    "contractions expanded": expand_contractions,
    "contractions made": make_contractions,
    "your program -> a program name": your_program_to_name,
    "you -> your program": you_to_your_program,
    "your program -> you": your_program_to_you,
    "rank form swapped": swap_rank_form,
    "conditional order swapped": swap_conditional,
    "direct question -> indirect": direct_to_indirect,
    "indirect question -> direct": indirect_to_direct,
    "first letter's case toggled": toggle_first_letter_case,
    "end punctuation added": add_final_punctuation,
    "curly apostrophes": curly_quotes,
    "line break in the middle": line_break_in_middle,
    "typo in a key word": typo_in_key_word,
}

EXAMPLES: dict[Transform, list[tuple[str, str | None]]] = {
    adverb_after_modal: [
        ("I will rank you first.", "I will certainly rank you first."),
        ("I would accept a position today.", "I would certainly accept a position today."),
        ("Will I be ranked to match?", None),
        ("I would never ask that.", None),
    ],
    adverb_at_start: [
        ("I am begging you.", "Honestly, I am begging you."),
        ("Your program is great.", None),
    ],
    intensifier_before_adjective: [
        ("It is a great program.", "It is a really great program."),
        ("It is an excellent program.", "It is a really excellent program."),
        ("I am grateful.", "I am really grateful."),
        ("Thank you for the interview.", None),
    ],
    expand_contractions: [
        (
            "I'll rank you first and I won't look back.",
            "I will rank you first and I will not look back.",
        ),
        ("You're my top choice.", "You are my top choice."),
        ("I will rank you first.", None),
    ],
    make_contractions: [
        (
            "I will not rank any other program above yours.",
            "I won't rank any other program above yours.",
        ),
        ("You are my top choice and I am sure.", "You're my top choice and I'm sure."),
        ("Thanks again.", None),
    ],
    your_program_to_name: [
        ("I will rank your program first.", "I will rank Lakeside General first."),
        ("Your program is my first choice.", "Lakeside General is my first choice."),
        ("I will rank you first.", None),
    ],
    you_to_your_program: [
        ("I'll rank you #1.", "I'll rank your program #1."),
        ("You are my top choice.", "Your program is my top choice."),
        ("Thank you for the tour.", None),
    ],
    your_program_to_you: [
        ("I will rank your program first.", "I will rank you first."),
        ("I plan to rank your internal medicine program first.", None),
        ("I will rank your esteemed program first.", None),
        ("Your program is my first choice.", "You are my first choice."),
        ("I enjoyed your program's journal club.", None),
    ],
    swap_rank_form: [
        ("You are my #1.", "You are my number one."),
        ("I will rank you number one.", "I will rank you #1."),
        ("I plan to rank your program No. 1.", "I plan to rank your program number one."),
        ("You are my top choice.", "You are my first choice."),
        ("I will rank Fairview first.", "I will rank Fairview number one."),
        ("First, thank you for the interview.", None),
    ],
    swap_conditional: [
        ("If you offer, I will accept.", "I will accept if you offer."),
        ("I will accept if you offer.", "If you offer, I will accept."),
        (
            "You will be my number one if you rank me to match.",
            "If you rank me to match, you will be my number one.",
        ),
        ("If I match with you, I would be thrilled, and I mean it.", None),
        ("Could you tell me if I am ranked?", None),
        ("I do not know if I am ranked.", None),
    ],
    direct_to_indirect: [
        ("Am I ranked to match?", "I was wondering whether I am ranked to match."),
        ("Is my name on your list?", "I was wondering whether my name is on your list."),
        ("Where do I stand on your list?", "Could you tell me where I stand on your list?"),
        ("Do I still have a chance?", "I was wondering whether I still have a chance."),
        ("How high will you rank me?", None),
        ("Thank you.", None),
    ],
    indirect_to_direct: [
        ("I was wondering whether I will be ranked highly.", "Will I be ranked highly?"),
        (
            "Could you tell me if my application has been reviewed?",
            "Has my application been reviewed?",
        ),
        ("I would like to know if I am ranked to match.", "Am I ranked to match?"),
        ("Could you tell me more about the research track?", None),
    ],
    toggle_first_letter_case: [
        ("Any updates?", "any updates?"),
        ("any news on my app?", "Any news on my app?"),
        ("I will rank you first.", None),
        ("Dr. Ng was kind.", None),
        ("Hey Jude was playing.", None),
    ],
    add_final_punctuation: [
        ("ranking you first", "ranking you first."),
        ("I will rank you first.", "I will rank you first!"),
        ("Any updates?", None),
    ],
    curly_quotes: [
        ("I'll rank you first.", "I\u2019ll rank you first."),
        ("I will rank you first.", None),
    ],
    line_break_in_middle: [
        ("I plan to rank your program first.", "I plan to rank your\nprogram first."),
        ("Sincerely,\nAna", None),
        ("I rotated at [Hospital Name].", "I rotated at\n[Hospital Name]."),
        ("I worked at Clinic Z daily.", "I worked at\nClinic Z daily."),
    ],
    typo_in_key_word: [
        ("I plan to rank your program first.", "I plan to rnak your program first."),
        ("Any news on my application?", "Any news on my aplpication?"),
        ("I will accept at once.", "I will acecpt at once."),
        ("Thank you for the tour.", None),
    ],
}
