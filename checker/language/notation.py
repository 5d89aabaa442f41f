"""The notation topics are written in: lemma sequences with bounded gaps and named classes.

A topic pattern reads like the lemmas it matches, separated by single spaces:
"rank {prog} {first}". It is matched against the analysis' lemma text, so "I'm rnaking
your IM program No. 1" already reads "i be rank your name program no1".
- {gN}: up to N words in between (never punctuation, never across a sentence);
- {aN}: up to N adverbs ("still", "definitely", "truly", ...);
- {pN}: an aside of up to N words between commas, or nothing ("where , roughly , my file");
- {name}: one of the classes in CLASSES (themselves patterns);
- anything else is regular-expression syntax over lemmas.
Every repetition is bounded and starts with a word, so a search is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from checker.phrase_search import closing_bracket, split_alternatives

_WORD = r'(?!- )[^ |,;:?!.()"]+ '
_ADVERBS = (
    "still|definitely|truly|clearly|now|certainly|undoubtedly|already|absolutely|really"
    "|honestly|sincerely|fully|firmly|surely|happily|gladly|immediately|readily|also|very|most"
    "|likely|probably|prob|even|always|just|genuinely|seriously|strongly|without a doubt|presently"
    "|currently|ever|humbly|respectfully|earnestly|kindly|exactly|roughly|approximately|almost"
    "|nearly|hands down|at least"
    "|realistically|def|defo|totally|hands-down|by far|far and away|so|too|quite|extremely"
    "|incredibly|deeply|literally|simply|frankly|completely|utterly"
)

# Read-only: every topic module reads these, none may change them.
CLASSES: Mapping[str, str] = MappingProxyType(
    {
        # Who the applicant writes to: "you", "your (internal medicine) program", "Mercy Hospital".
        "prog": (
            "(?:(?:you|u) (?:guys|all|folks)|y'all|yall|ya'll|you|yours|it"
            "|(?:your|this|the|that|our) {g4}(?:program"
            "|residency|hospital|institution|institute|team|department)(?: (?:at|in) name"
            "(?: name){0,3})?"
            "|name(?: name){0,3}(?: {g2}(?:program"
            "|residency|hospital))?|(?:\\(|\\[|< <) {g2}(?:program|hospital|residency|name) {g1}"
            "(?:\\)|\\]|> >))"
        ),
        # The applicant as the one ranked or judged.
        "me": "(?:me|us|my application|my candidacy|my file)",
        "modal": "(?:will|would|can|could|might|may|should|must)",
        # Future, intended or offered action: "will", "am going to", "plan to", "am ready to".
        "intent": (
            "(?:will|would|can|shall|be go to|go to|plan to|plan on|be plan to|intend to"
            "|be intend to|have decide to|decide to|want to|would like to|wish to|hope to"
            "|be ready to|be willing to|be happy to|be prepared to|be eager to|be glad to"
            "|be about to|be set to)"
        ),
        "list": "(?:rank |order |rank order |rank-order |final )?list",
        # A place in the program, as the applicant asks for or is offered one.
        "seat": "(?:seat|spot|position|place|post|slot|vacancy|contract|pre-match|prematch)",
        "aux": "(?:be|do|have|will|would|can|could|might|may|should|shall)",
        # "Am I", asked directly or reported: "am I on your list", "whether my name is on it".
        "ami": (
            "(?:be (?:i|we|my name|my application|my candidacy)|(?:if|whether) (?:i|we|my name"
            "|my application|my candidacy) {a2}(?:be|have be))"
        ),
        # What the program sends back about an application, and when it will. Not "update"
        # before a document: "the updated (consent) form", "my updated CV" ("my update name": a name
        # alone after "my update" is an acronym such as CV or MSPE) name a paper sent, not news.
        "news": (
            "(?:update(?! (?:{adjective})?{document}(?= ))(?!(?<=my update) name (?!name ))"
            "(?!(?<=your update) name (?!name ))|updates|news|word|decision|decisions|response"
            "|reply|progress)"
        ),
        # One word that may describe a noun, not a preposition ("an update on forms").
        "adjective": "(?!(?:on|about|regarding|re|from|for|of|to|with|in|at|by) )[^ |,;:?!.]+ ",
        # A document or detail one sends: what an "updated" or "corrected" one is.
        "document": (
            "(?:letter|letters|cv|resume|schedule|transcript|transcripts|form|forms|version|copy"
            "|itinerary|document|documents|statement|personal statement|photo|picture|report|score"
            "|scores|certificate|link|agenda|timetable|calendar|packet|file|record|records|draft"
            "|recommendation|evaluation|syllabus|list|contact|phone|number|address|email address"
            "|information|info|details|application|portfolio|publication|abstract|manuscript|paper"
            "|poster|slides|materials|material)"
        ),
        "timeline": "(?:timeline|timeframe|time frame|estimate|eta)",
        # An opinion asked inside a question: "where would you say I stand".
        "yousay": (
            "(?:(?:would|do|did|will|can|could) (?:you|name|the committee|the program) (?:say|think"
            "|feel|believe|guess|reckon|imagine) (?:that )?)"
        ),
    }
)

_MACRO = re.compile(r"\{(g|a|p)(\d)\}|\{(\w+)\}")


def lemma_regex(pattern: str) -> str:
    """Regex source for a topic pattern (see the module docstring)."""

    def expand(match: re.Match[str]) -> str:
        kind, count, name = match.groups()
        if kind == "g":
            return f"(?:{_WORD}){{0,{count}}}"
        if kind == "a":
            return f"(?:(?:{_ADVERBS}) ){{0,{count}}}"
        if kind == "p":
            return f"(?:, (?:{_WORD}){{1,{count}}}, )?"
        return lemma_regex(CLASSES[name])

    return _MACRO.sub(expand, pattern)


def compile_pattern(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled search for several alternatives, matching whole lemmas only."""
    alternatives = "|".join(lemma_regex(pattern) for pattern in patterns)
    return re.compile(f"(?:{alternatives})(?= )")


_LEADING_WORD = re.compile(r"(?:\\.|[^\\()\[\]{}?*+|. ])+")


def first_lemmas(source: str) -> frozenset[str] | None:
    """The lemmas a match of regex `source` can start with, or None when that cannot be told
    (an optional start, a gap). Searching only from tokens with these lemmas is what keeps
    topics fast: most patterns start with a rare word."""
    while source.startswith(("(?<!", "(?<=")):  # a look-behind consumes nothing: skip it
        source = source[closing_bracket(source, 0) + 1 :]
    if source.startswith("(?:"):
        end = closing_bracket(source, 0)
        if source[end + 1 : end + 2] in ("?", "*") or source.startswith("{0", end + 1):
            return None
        found: set[str] = set()
        for alternative in split_alternatives(source[3:end]):
            starts = first_lemmas(alternative + source[end + 1 :])
            if starts is None:
                return None
            found |= starts
        return frozenset(found)
    word = _LEADING_WORD.match(source)
    if word is None:
        return None
    rest = source[word.end() :]
    # The word must be whole: "rank(?:ing)?" or "scores?" could be longer or shorter.
    if rest[:1] in ("?", "*", "+", "{") or (rest[:1] == "(" and not rest.startswith(_WHOLE)):
        return None
    return frozenset({word.group().replace("\\", "")})


_WHOLE = ("(?: ", "(?<", "(?!", "(?=")  # what may follow a whole word


# What may consume a "|" or hides what does: an escape, a class, a look-around, a dot.
_NOTABLE = re.compile(r"\\.|\[|\(\?<?[=!]|\.")


def may_cross_sentence_end(source: str) -> bool:
    """Can a match of regex `source` take in a sentence end ("|")? Said yes unless every part
    that consumes text surely cannot: an escaped "|", ".", \\W, \\S, \\D, a negated class
    without "|" or any other class that may hold it say yes; look-arounds consume nothing."""
    index = 0
    while (found := _NOTABLE.search(source, index)) is not None:
        notable, start = found.group(), found.start()
        if notable == ".":
            return True
        if notable[0] == "\\":
            if notable[1] in "|WSD":
                return True
            index = found.end()
        elif notable == "[":
            end = _class_end(source, start)
            members = source[start + 1 : end]
            if members.startswith("^"):
                if "|" not in members:
                    return True
            elif "|" in members or "\\" in members or "-" in members:
                return True
            index = end + 1
        else:  # a look-around
            index = _group_end(source, start) + 1
    return False


def _class_end(source: str, start: int) -> int:
    """Index of the "]" closing the character class opened at `start`."""
    index = start + 1 + source.startswith("^", start + 1)
    index += source.startswith("]", index)  # a "]" first is a member
    while source[index] != "]":
        index += 2 if source[index] == "\\" else 1
    return index


def _group_end(source: str, start: int) -> int:
    """Index of the ")" closing the group opened at `start` (classes and escapes skipped)."""
    depth, index = 0, start
    while True:
        char = source[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = _class_end(source, index)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
