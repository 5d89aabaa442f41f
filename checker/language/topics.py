"""Topic lexicons: what a clause is about, written in lemmas (notation: checker.language.notation).

A topic is a named set of lemma patterns with a plain description. Rules (frames) combine
topics with the act of the sentence (question, request, statement), negation, conditions and
who speaks. Patterns whose required words are absent from a letter are not searched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from checker.language.lexicon import words
from checker.language.notation import (
    compile_pattern,
    first_lemmas,
    lemma_regex,
    may_cross_sentence_end,
)
from checker.phrase_search import rarest, requirements


@dataclass(frozen=True, eq=False)  # a topic is itself: hashed by identity, quickly
class Topic:
    name: str
    reads: str  # what it recognises, in words, for the rules reference page
    patterns: tuple[str, ...]
    anchors: tuple[Anchor, ...] = field(init=False, repr=False, compare=False)
    # Each pattern's regex, compiled when a letter first tries it (None until then); for each
    # lemma, the patterns that can start with it, with their key words (see `patterns_at`).
    regexes: list[re.Pattern[str] | None] = field(init=False, repr=False, compare=False)
    _by_start: dict[str, tuple[tuple[int, frozenset[str] | None], ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )
    # The same anchors indexed for a quick look-up: the start lemmas of the patterns that need
    # no key word, and for each key word the start lemmas of the patterns it opens.
    unkeyed_starts: frozenset[str] = field(init=False, repr=False, compare=False)
    starts_by_key: dict[str, frozenset[str]] = field(init=False, repr=False, compare=False)
    keys: frozenset[str] = field(init=False, repr=False, compare=False)  # of starts_by_key

    def __post_init__(self) -> None:
        anchors = tuple(map(Anchor.of, self.patterns))
        object.__setattr__(self, "anchors", anchors)
        object.__setattr__(self, "regexes", [None] * len(anchors))
        unkeyed: set[str] = set()
        by_key: dict[str, set[str]] = {}
        for key, starts in anchors:
            if not key:
                unkeyed |= starts
            for word in key:
                by_key.setdefault(word, set()).update(starts)
        object.__setattr__(self, "unkeyed_starts", frozenset(unkeyed))
        object.__setattr__(
            self, "starts_by_key", {word: frozenset(starts) for word, starts in by_key.items()}
        )
        object.__setattr__(self, "keys", frozenset(by_key))
        _register_keys(word for anchor in anchors for word in anchor.key)

    def starts_in(self, words: frozenset[str]) -> frozenset[str]:
        """The lemmas of `words` a match can start with, in a text holding `words`."""
        # Each set is cut down to `words` before the union: the unions stay small.
        starts = self.unkeyed_starts & words
        for word in self.keys & words:
            starts |= self.starts_by_key[word] & words
        return starts

    def patterns_at(self, lemma: str) -> tuple[tuple[int, frozenset[str] | None], ...]:
        """The patterns (by number) that can match at a token with this lemma, in their order,
        each with the key words one of which lies inside every match of it (None when a match
        may run past a sentence end): in a sentence without them it need not be tried. The
        first pattern that matches gives the match, as one regex of them all would."""
        found = self._by_start.get(lemma)
        if found is None:
            found = self._by_start[lemma] = tuple(
                (number, _key_words(pattern, anchor.key))
                for number, (pattern, anchor) in enumerate(
                    zip(self.patterns, self.anchors, strict=True)
                )
                if lemma in anchor.starts
            )
        return found

    def regex(self, number: int) -> re.Pattern[str]:
        """Pattern `number`, compiled the first time a letter tries it."""
        found = self.regexes[number]
        if found is None:
            found = self.regexes[number] = compile_pattern((self.patterns[number],))
        return found


def _key_words(pattern: str, key: frozenset[str]) -> frozenset[str] | None:
    """The pattern's key words if keys_in() finds them and no match runs past a sentence end."""
    exact = key and key <= _KEY_WORDS and not may_cross_sentence_end(lemma_regex(pattern))
    return key if exact else None


class Anchor(NamedTuple):
    """Where a pattern can match: at a token whose lemma is in `starts`, and only in a letter
    holding one of the `key` words (the rarest of the words every match contains)."""

    key: frozenset[str]
    starts: frozenset[str]

    @classmethod
    def of(cls, pattern: str) -> Anchor:
        starts = first_lemmas(lemma_regex(pattern))
        if starts is None:
            raise ValueError(f"a topic pattern must start with a word: {pattern!r}")
        return cls(frozenset(rarest(requirements(pattern))), starts)


# Every topic's key words that keys_in() can find (runs of letters and digits). Module state,
# filled as each Topic is made at import, before any letter is read; a key added later still
# clears what keys_in() has cached, so it is never missed.
_KEY_WORD = re.compile(r"[a-z0-9#]+")
_KEY_WORDS: set[str] = set()
_longest_key = 0
_WORDS_KEPT = 16384


def _register_keys(keys) -> None:
    global _longest_key
    new = {key for key in keys if _KEY_WORD.fullmatch(key)} - _KEY_WORDS
    if new:
        _KEY_WORDS.update(new)
        _longest_key = max(_longest_key, *map(len, new))
        _keys_in_word.clear()  # read before these keys existed


class _KeysInWord(dict):
    """For each word already read, the key words inside it, as every match holds them: a
    key word is a run of letters, not always a whole lemma ("rank" in "ranking")."""

    def __missing__(self, word: str) -> frozenset[str]:
        if len(self) > _WORDS_KEPT:
            self.clear()
        longest = _longest_key
        found = self[word] = frozenset(
            word[start:end]
            for start in range(len(word) - 1)
            for end in range(start + 2, min(len(word), start + longest) + 1)
            if word[start:end] in _KEY_WORDS
        )
        return found


_keys_in_word = _KeysInWord()


def keys_in(lemmas: list[str]) -> frozenset[str]:
    """The topics' key words in these lemmas (letters share most words: each is read once)."""
    return frozenset().union(*map(_keys_in_word.__getitem__, lemmas))


def topic(name: str, reads: str, *patterns: str) -> Topic:
    return Topic(name, reads, patterns)


_RANK_VERB = "(?:rank|put|place|list|keep|slot)"
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
_NOT_THE_PROGRAM_BEFORE = "".join(
    f"(?<! {thing} be my)"
    for thing in (
        *("elective", "rotation", "clerkship", "specialty", "field", "city", "date", "hotel"),
        *("topic", "project", "track", "dish", "option", "subject", "course"),
    )
)
_CHOICE = "(?:choice|pick|option|preference|spot|place|program|choice program|selection)"
_NOT_A_RANK_PLACE = (
    "(?! (?:of (?:the|my) (?:class|school|cohort|batch)|among|choices|picks|options|few|half"
    "|third|quarter|tier|group|percent|week|day|month|year|time|round|thing|step|[0-9]+|5|10|3)"
    " )"
)
_PRAISE = (
    "(?:excellent|great|strong|outstanding|exceptional|renowned|amazing|wonderful|fantastic"
    "|prestigious|top|top-notch|incredible|impressive|reputable|stellar|superb|remarkable"
    "|phenomenal|awesome|world-class|robust|rigorous|comprehensive|well-rounded|supportive"
    "|friendly|welcoming|collegial|nurturing|dynamic|unique|special|perfect|esteemed|reputed|good"
    "|premier|leading|elite|best|solid|top-tier|top tier)"
)
# The program's list, not "the parking list" or "the guest list for the dinner".
_RANK_LIST_WORDS = "(?:(?:final|rank|order|match|preference|merit|selection) ){0,3}"
# Not a list of something else: "your list of volunteers", "the list for the shuttle".
_NOT_ANOTHER_LIST = (
    "(?! of (?!(?:your|the|this|our|name) |(?:applicant|candidate|program|rank)s? )"
    "| for (?!(?:the |this |next )?(?:match|cycle|year|season|residency|position|program|spot"
    "|interview)s? ))"
)
_YOUR_RANK_LIST = (
    "(?:your|the) (?:name )?" + _RANK_LIST_WORDS + "(?:list|ranking)" + _NOT_ANOTHER_LIST
)
_NOT_AFTER_A_PREPOSITION = "".join(
    f"(?<! {preposition} {determiner} )"
    for preposition in ("at", "in", "for", "of", "from", "with", "about")
    for determiner in ("your", "the", "this")
)
_NOT_THE_APPLICANT_S_FIT = "".join(
    f"(?<! {subject} be a {adverb})"
    for subject in ("i", "i would", "i will", "i can")
    for adverb in ("", "really ", "very ", "truly ", "genuinely ", "particularly ")
)
_INTENSIFIER = "(?:(?:very|truly|really|such|so|extremely|incredibly|most|highly|an|a) )"
_PRAISED = f"{_PRAISE} (?:(?:and|,) {_INTENSIFIER}?{_PRAISE} )?"

# --- ranking ---------------------------------------------------------------------------
# Where a program sits when it is first: "sitting at the very top", "in first place".
_ON_TOP = (
    "(?:sit|be|land|stay|remain|end up|come|appear) {a2}(?:right |squarely |firmly )?(?:at the"
    " (?:very )?top|on top|first|no1|in first place|in the (?:top|first|no1) (?:spot|slot"
    "|position))"
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
    f"{_RANK_VERB} {{prog}} (?:(?:as|at|in|on|my|the|very|absolute|clear|own|undisputed|true"
    "|number|name) )"
    f"{{0,3}}{_FIRST}{_NOT_A_RANK_PLACE}",
    # Not what another thing was: "the cardiology elective was my first pick".
    f"my(?<!among my)(?<!of my){_NOT_THE_PROGRAM_BEFORE} (?:(?:very|absolute|clear|true|definite"
    "|undisputed|overall|personal"
    f"|number) )?(?:first|no1|top|most preferred) {_CHOICE}(?! (?:of|for|in) (?:specialty"
    "|specialties|field"
    "|career|elective|electives|rotation|rotations|clerkship|hospital|medicine|location|city"
    "|state|away)(?: |$))(?! (?:of|for) (?!(?:me|residency|training|my training|the match|match"
    "|my residency)(?: |$)))",
    "(?:head|top|lead) (?:my|the) {list}(?! of )",  # not "topped the list of places / reasons"
    # Moving to the top: "Brightmoor is going straight to the top of my ROL".
    "{prog} {a2}(?:{modal} )?{a2}(?:be )?(?:go|move|jump|climb|shoot|rise|head) {a2}(?:straight"
    " |right |up )?(?:to|into) (?:the )?(?:very )?(?:top|first place|no1|first spot|top spot)"
    " (?:of|on) my {list}",
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
    "{prog} {a2}(?:{modal} )?{a2}(?:go|goes) (?:in )?at no1",
    "my {list} {a2}(?:{modal} )?{a2}have {prog} (?:in|at) (?:the )?(?:first|top|no1)",
    "(?:in|at|into) (?:the|my) (?:very )?(?:first|top|no1) (?:slot|spot|position|place) (?:of|on"
    "|in) my {list}",
    # The program named by a relative clause: "yours is the one I will rank highest".
    "(?:the one|the program|the place|the residency|the hospital) (?:that |which )?i {a2}"
    "(?:{intent} |be go to |be )?{a2}(?:rank|put|place|list) {a2}(?:(?:at |as )?(?:the )?"
    "(?:first|highest|no1)|at the top|on top)",
    # The first entry of the applicant's list: "entered X as the first program on my draft
    # rank list", "will be the first program on the rank order list I certify".
    # Only a rank list, not the first to reply on "my interview list".
    "(?<=be the |as the )(?:first|top|no1) (?:program|name|entry|choice|one) (?:on|in) (?:my"
    " (?:draft |own )?{list}(?! to )|the {list} i {a2}(?:{modal} )?{a2}(?:certify|submit|make"
    "|enter))",
    f"be{_NOT_THE_APPLICANT} {{a2}}(?:place|put|list|keep|slot) (?:at |as |in )?(?:the |my )?"
    "(?:first|no1|highest|top) (?:position|place|spot|slot|choice) (?:in|on|of) my {list}",
    f"be{_NOT_THE_APPLICANT} {{a2}}rank (?:as )?(?:my )?(?:first|no1|highest|at the top)"
    "(?! (?:among|out of) )(?! (?:in|at|for) (?:the|our|a|his|her|their|my class) )",
    # Not one of several: "among the top programs on my list".
    "(?<!among the )(?<!one of the )(?:first|no1|top) (?:choice |program |pick |spot |place "
    "|name |entry |one )?(?:on|in|at the top of) my {list}(?! of )",
    "be {a2}my (?:absolute |clear |undisputed |very |true |definite )?no1(?! (?:priority|reason"
    "|goal|concern|focus|fan|recommendation|tip|advice|rule|lesson|motivation|value|passion"
    "|interest) )",
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
    "(?<=be the )(?:first|top|no1) (?:name|entry|program) on (?:it|my {list})",
    "(?<=be the )(?:first|top|no1) (?:name|entry|program) i {a2}(?:will )?(?:enter|put|type|write"
    "|list|add|rank)",
    f"my (?:first|top|no1) and (?:foremost|only|final) {_CHOICE}",
    "(?:frontrunner|front-runner|front runner|favorite|favourite)(?= (?:on|in) my {list} )",
    "(?:have|hold|get|earn|take|deserve|secure|occupy) (?:the|my) (?:top|no1|first) (?:spot"
    "|place|position|slot)",
    "(?:have|hold|get|earn|take|deserve|secure|occupy) my (?:top|no1|first) (?:rank|vote)(?! (?:in"
    "|at|among|of) )",
    "my no1 {a2}(?:{modal} )?{a2}(?:be|remain|stay) {prog}",
    # The choice named first, the program ending the sentence: "top choice is prob u guys tbh"
    # (not "first choice is Lakeview for the away rotation").
    "(?<=\\| )(?:top|first) (?:choice|pick) {a2}be {a2}{prog}(?= (?:\\.|!|\\||tbh|for sure) )",
    "be {a2}(?:first|no1) (?:when|once|as soon as|the day) i {g2}(?:submit|certify|make|finalize"
    "|enter|do|file) (?:my )?{list}",
    f"{_RANK_VERB} {{prog}} {{a2}}(?:at|to|in) the (?:very )?(?:head|top|front) of my {{list}}",
    # "You'll be in the top slot": searched from the rare word, the place before it looked back at.
    *(
        f"(?<={before} )(?:top|first|no1) (?:slot|spot|position)(?! (?:of|in|on|at|for) (?!my ))"
        for before in ("(?:in|at) the", "(?:in|at) my", "into the", "into my")
    ),
    "make {prog} my (?:very |absolute |clear )?(?:no1|(?:first|top) (?:choice|pick))",
    # "I will give first rank to your institute", "give you the top spot".
    f"give {_RANK_ONE} to {{prog}}",
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
    f"{_RANK_VERB} {{prog}}",
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
    "my (?:first|top|no1) (?:rank|ranking|vote)(?! (?:in|at|among|of) )",
    "(?:i be|i will be) (?:all )?yours(?= (?:!|\\.|,|\\||:|if|the moment|as soon as) )",
    *RANKS_PROGRAM_FIRST.patterns,  # putting the program first is ranking it
)
# The other programs, as the applicant names them ("the other places I visited").
# Things an applicant applies to or is offered that are not a residency place: "other
# programs' research electives", "the letter of appointment for my observership".
# Training beside residency, offered or applied to in its own right.
_SIDE_TRAINING = (
    "(?:elective|electives|rotation|rotations|course|courses|workshop|workshops|housing)"
)
_NOT_A_RESIDENCY_THING = (
    f"(?:{_SIDE_TRAINING}|research|observership|observerships|externship|externships|clerkship"
    "|clerkships|visa|visas|shadowing|volunteer|job|jobs|lab|labs)"
)
# The interview day and its arrangements, and the papers to fill in: what "logistics" mail
# is about (_LOGISTICS, below), and what is offered or accepted that is not a position.
_INTERVIEW_DAY = (
    "(?:second look|dinner|social|tour|visit|lunch|shuttle|parking|hotel|flight|room block)"
)
_PAPERWORK = "(?:form|paperwork)"
_OTHERS = (
    "(?:program|place|places|option|options|hospital|hospitals|residency|residencies|interview"
    "|school|schools|one|ones|institute|institution)"
)

# The last few (interviews): "my last two interviews", "my last 3 interviews".
_LAST_FEW = "(?:last|final) (?:2|3|4|two|three|four|few|couple of|several)"
# Choosing a program, and the other programs taken as a class ("anyone else", "the rest"; not
# "anyone else's opinion", "the rest of the day").
_CHOOSING = "(?:rank|list|consider|certify|include)"
_OTHERS_AS_A_CLASS = (
    "(?:any(?:one|body)? else|anyone(?! else)|(?:any|every|all|the|my) (?:of the )?(?:other"
    f"|remaining) {{g1}}{_OTHERS}s?|the others|the rest|another (?:program|place|residency"
    "|hospital))(?! (?:to|of|who|that|whose|feeling|feelings|opinion|opinions|idea|ideas) )"
)
# Going, applying or training somewhere, and the other places taken as a class.
_GOING = (
    "(?:apply to|apply|interview (?:at|with)|interview|go to|go|train at|train|join|attend|want"
    " to (?:go|train|be)|look at)"
)
_OTHER_PLACES = (
    "(?:anywhere else|elsewhere|(?:any|every|all|the|my) (?:of the )?(?:other|remaining) {g1}"
    "(?:program|residency|hospital|institution|institute)s?|another (?:program|residency"
    "|hospital))"
)
# A place, a time or a kind that narrows "anywhere else": "in Ohio", "this week", "for surgery".
_NOT_A_SCOPE = (
    "(?! (?:in|near|around|this|that|today|tomorrow|on|during|over|yet|for (?:the|this|that|a)"
    "|until|till|since|outside|abroad) )"
)
# The others, when none of them wins: "none of them", "no other institute", "nothing else".
# One and no other: "only", "sole", "one and only", "single".
_SOLE = "(?:one and only|only and only|one true|only|sole|single|lone|one)"
_NO_OTHER = (
    "(?:(?:nothing|nobody|no one|no program) (?:else )?(?:on|in) (?:my|the) {list}(?! of)|(?:none"
    "|not one|neither) of (?:them|the others|the rest|the other {g1}"
    f"{_OTHERS}s?|my other {{g1}}{_OTHERS}s?)|(?:no|not a single|not one) (?:other )?{{g1}}"
    f"{_OTHERS}s?|(?:nothing|nobody|no one|nowhere|no place) else(?: on my {list})?)"
)
# The others, taken as a class: "the other programs on my list", "every other place".
_THE_OTHERS = (
    "(?:(?:the|my|all the|all|every|each|any) (?:of the )?other {g1}"
    f"{_OTHERS}s?(?: on my {{list}}| i {{g2}}(?:interview|visit|see|saw"
    "|apply|applied))?|the others|the rest(?: of (?:my|the) {g1}(?:list|programs|places))?"
    "|(?:everything|everyone|everybody|everywhere) else(?: on my {list})?)"
)
# Measuring up to the one program (said of the others, so negated or with "no other").
_COMPARE_VERB = (
    "(?:compare|come close|come near|come anywhere (?:close|near)|measure up|hold a candle"
    "|stand equal|rival|match up|stack up|compete|be {a2}(?:in the same (?:league|class|tier"
    "|category)|on par|equal|as good|a match))"
)
# Losing to it: "pale next to", "fall short of", "a distant second", "just a fallback".
_LOSES = (
    "(?:pale|fall short|come second|lag behind|(?:be|feel|seem|look) {a2}(?:like )?(?:a |an |my )?"
    "{a2}(?:very )?(?:distant )?(?:second|fallback|backup|back-up|plan b|afterthought"
    "|consolation prize|safety net|second best|second choice|also-ran))"
)
# What the others lose to: the program named, or the end of the clause.
_AGAINST_IT = (
    "(?: (?:to|with|against|next to|beside|compared to|behind|of) {prog}|(?: (?:now|anymore"
    "|anyway|by comparison|in comparison|already|honestly|at this point|for me))?"
    "(?= (?:\\.|!|,|;|\\||-) ))"
)
EXCLUSIVE = topic(
    "exclusive",
    "no other program will come before this one: \"I won't rank any other program above "
    'yours", "the only program I will rank", "nothing else on my list comes close", "I will '
    'cancel my other interviews"',
    "(?:not|never) {a2}(?:go to |plan to |intend to |want to |to )?(?:be )?(?:rank|put|place|list"
    "|keep|consider) (?:any(?:one|body|thing)?|another|a single|other|no) (?:other |single )?{g2}"
    "(?:above|ahead|higher|over|before|better|first)",
    "(?:not|never) {a2}(?:go to |plan to |intend to |want to |to )?(?:be )?(?:rank|consider|apply"
    "|interview|look|go)(?: or (?:rank|apply|interview))? (?:to |at |with )?(?:anyone|anything"
    "|anywhere|any other|another|other) ?(?:else|program|place|residency|hospital|option|but)?"
    # Not another date or room: "I won't consider any other date for the second look".
    "(?!(?: else)? (?:date|day|time|week|month|hotel|flight|room|city|elective|rotation|topic|seat"
    "|shuttle"
    "|slot|dates|days|times|hotels|flights|rooms|electives|rotations|topics|opinion|opinions|idea"
    "|ideas|feeling|feelings|advice|input|view|views) )"
    "(?!(?: else)? (?:(?:this|that|next|on that) (?:week|day|month|weekend|date)|today|tomorrow|in"
    "|near|around|during|outside|abroad|until|since|yet|for (?:the|this|that|a)) )",
    "no (?:intention|plan|plans|desire|wish) (?:of|to) {a2}(?:rank|put|place|list|keep|consider)"
    " (?:any(?:one|body|thing)?|another|other) {g2}(?:above|ahead|higher|over|before|better"
    "|first)",
    "(?:not|never) {a2}(?:imagine|see myself|picture) (?:rank|put|place|keep|choose) (?:any|another"
    "|other) {g2}(?:above|over|ahead|higher|before|first)",
    "(?:not|never) {a2}(?:to )?(?:go|attend|go for|go to|travel) {g1}(?:the |my |any )?(?:other"
    "|remaining) {g1}interview",
    "(?:(?:no|not a single|none of the|not one of the) (?:other )?(?:program|one|place|residency"
    "|hospital|option)s?|nobody|noone|no-one|none) (?:on my {list} |else |i {g2})?{a2}"
    "(?:{modal} )?{a2}(?:be )?(?:(?:rank"
    "|place|put|list|appear|come|sit|go|make it|end up|get) )?(?:above|ahead|higher|over|before"
    "|better|outrank"
    "|beat|surpass|replace|top|outdo)"
    # Not a time: "spoken assurances bind nobody before the Match".
    "(?! (?:the )?(?:match|deadline|certification|interview|rank list|list|day|date|end|start)"
    " )",
    "(?:not|never) {a2}see myself (?:anywhere|at any (?:other )?program) (?:but|else|other than"
    "|except)",
    # A bare "nothing" measured against the program named ("nothing else" and the others on
    # the list are _NO_OTHER, below).
    f"nothing (?:else )?{{a2}}(?:{{modal}} )?{{a2}}(?:even )?{_COMPARE_VERB} (?:to|with) {{prog}}",
    # What the applicant saw elsewhere, against the program by name ("it" could be anything).
    f"nothing i {{g3}}{{a2}}(?:{{modal}} )?{{a2}}(?:even )?{_COMPARE_VERB} (?:to|with) (?!it )"
    "{prog}",
    "(?:nothing|no other program|no program|no other place|nobody) (?:else )?(?:on my {list} )?"
    "{a2}(?:{modal} )?{a2}(?:come|get|be) {a2}(?:anywhere )?(?:close|near)(?: to| with)? {prog}",
    # "no place on earth I'd rather train".
    "(?:no|not a|not one) (?:other )?(?:place|program|hospital|residency) (?:else |on earth |in"
    " the world |in the country )?(?:that )?i {a2}(?:would|will) {a2}rather (?:train|be|go|match"
    "|work)",
    "no (?:place|program|where|one) else (?:that )?i {a2}(?:{modal} )?{a2}(?:want|would like|wish"
    "|hope|plan|intend|see myself|picture myself)(?: to)? (?:train|be|go|match|rank)",
    "(?:no|no other) (?:program|place|residency|hospital|one) {g3}stand a chance against {prog}",
    "(?:nobody|no one|nothing|no other (?:program|place|residency|hospital)) (?:else )?{a2}"
    "(?:{modal} )?{a2}stand a (?:chance|prayer)(?= (?:\\.|!|,|\\||against|next to) )",
    "(?:zero|no|not a) chance (?:that )?i {a2}(?:{modal} )?{a2}(?:rank|put|place|list) (?:anyone"
    "|anything|any program|another program|any other) {g2}(?:higher|above|ahead|over|before)",
    "just (?:you|yours|your {g3}program|name(?: name){0,3}) (?:\\.|,|!|-|;) (?:\\| )?(?:no one"
    "|nobody|nothing|nowhere|no other (?:program|place)) else",
    "rather than (?:go|train|match|rank|end up) (?:anywhere else|elsewhere|somewhere else)"
    "(?! for (?!residency|training|the match))",  # not "anywhere else for dinner"
    # The others as a class losing to this one: "none of them compares with Linden Park",
    # "the other programs don't hold a candle to yours", "every other place feels like a
    # fallback", "everything else on my list is a very distant second".
    f"{_NO_OTHER} {{g3}}{{a2}}(?:{{modal}} )?{{a2}}(?:even )?{_COMPARE_VERB}"
    "(?! (?:to|with) (?:the|my|a|an|his|her|their|this|that|these|those) (?!(?:program|residency"
    "|hospital|place"
    "|one)s? ))",
    # Measured against the program, or with nothing after: not "did not compete in the quiz",
    # "feels like a backup plan for bad weather".
    f"{_THE_OTHERS} {{g3}}{{a2}}(?:{{modal}} )?not {{a2}}(?:even )?{_COMPARE_VERB}{_AGAINST_IT}",
    f"{_THE_OTHERS} {{g3}}{{a2}}(?:{{modal}} )?{{a2}}{_LOSES}{_AGAINST_IT}",
    # "They all fall short of you": a pronoun for the others, so the program must follow.
    f"they {{a2}}(?:all )?{{a2}}(?:{{modal}} )?{{a2}}{_LOSES} (?:of|to|next to|beside|against"
    " |compared to|behind) {prog}",
    "(?:stop|quit|give up|be done|finish) {a1}(?:look|search|searching|shop|think about|consider"
    "|look at|entertain|pursue|apply|interview) (?:at |about |to |with )?(?:elsewhere|anywhere"
    f" else|other {{g1}}{_OTHERS}s?(?! {_NOT_A_RESIDENCY_THING} )|{_OTHERS_AS_A_CLASS}"
    "|alternatives|any alternative)"
    "(?! (?:for|in|at|near|on|this|that|today|tomorrow) (?!residency|training|the match))",
    # Struck off the rank list: "deleted every other program off my list".
    "(?:delete|deleted|remove|removed|erase|erased) (?:every|all|all the|the|my)"
    " (?:other|remaining)"
    f" {{g1}}{_OTHERS}s? (?:off|from) my {{list}}",
    # This program spoiled the others: "you've ruined every other program for me".
    f"(?:ruin|ruined|ruins|spoil|spoiled|spoilt|spoils) (?:every|all|any) (?:of )?(?:the )?other"
    f" {{g1}}{_OTHERS}s? (?:for me)?",
    # Telling the other programs no: "I'll be telling every other program thanks but no thanks".
    "(?:tell|telling|told) (?:all |every )?(?:the |my )?(?:other|remaining) (?:program|residency"
    "|hospital|institution)s? (?:that )?(?:thanks but no thanks|no thanks)",
    # Telling the others the applicant is not coming: giving them up.
    f"(?:let|tell|told|inform|informed|notify|notified|email|emailed|write|wrote) (?:all |every"
    f" )?(?:the |my )?(?:other|remaining) {{g1}}{_OTHERS}s? (?:know )?(?:that )?i {{a2}}(?:will"
    " not|would not|be not|not|be no longer) {a2}(?:be )?(?:come|attend|rank|interview|join"
    "|go)",
    "(?:stop|stopped|quit|give up) (?:consider|look at|think about|entertain|pursue) (?:any |all"
    " |the |my )?(?:other |remaining )?(?:alternatives|alternative|options|programs|program"
    "|places)(?! (?:for|in|at|near) )",
    "(?:nobody|no one|nothing|no other program|no program|no other place) (?:else )?{a2}be {a2}"
    "(?:even )?on my (?:radar|list|mind)(?= (?:\\.|!|,|\\||but|now|anymore|at this point) )",
    "not {a2}be (?:anyone|anybody|any program|another program|anything|any other program)"
    " (?:else )?(?:ahead of|above|before|higher than|over) {prog}",
    "(?:not|never) {a2}(?:see|imagine|picture) (?:any|another|other) {g2}(?:outrank|rank above"
    "|come before|beat|top)",
    "(?:not|never) {a2}give (?:any|another) {g2}(?:the )?(?:position|spot|place) (?:above|ahead of"
    "|over|before)",
    "not {a2}(?:interested|keen) (?:in|on|to|for) (?:join |joining |go to |going to )?(?:(?:any"
    "|another)"
    " (?:other )?(?:place|program|residency|hospital|option|institute|institution)|anywhere else"
    "|any other)(?! (?:of|for) )",
    "not {a2}have (?:any )?interest in (?:any|another) (?:other )?(?:place|program|institute"
    "|hospital|residency)",
    "no other (?:program|place|residency) {a2}(?:even )?(?:exist|exists)",
    "nothing {a2}(?:{modal} )?make me choose",
    "make me choose (?:another|any other|a different) (?:program|place) over {prog}",
    "{prog} or (?:nothing|bust)",
    "(?:stop|stopped) (?:look|looking) at (?:other|any other) (?:program|place)",
    "nowhere else i {a2}(?:{modal} )?{a2}(?:consider|go|train|want|rank)",
    "(?:other|rest) {g4}(?:be )?(?:just |only |merely )?(?:backups|backup|a backup|safety"
    "|safeties)",
    f"(?:other|rest of (?:the|my)) {{g2}}(?:{_OTHERS}|list|rank list) {{g2}}(?:be )?(?:just |only"
    " |merely )?(?:a formality|formalities|an afterthought|filler)",
    "against rank (?:the|any|my) (?:rest|other)",
    "let the rest of my {g1}interview",
    "not {a2}(?:be )?(?:join|joining) (?:any|another) (?:other )?(?:program|place|hospital"
    "|institute)",
    "not {a2}(?:be )?rank (?:those|these|the other|the remaining|any of the other)",
    "not {a2}(?:even )?(?:bother|bothering) (?:with|w) (?:other|any other|the rest|my other)",
    "rather not match",
    # The others given up: "the other places are no longer in the running", "crossed off".
    *(
        f"(?:(?:other|rest of (?:the|my)) {{g2}}(?:{_OTHERS}|list|rank list)|the others|all the"
        f" others) {{g3}}{given_up}"
        for given_up in (
            "(?:be|have be) {a2}(?:no longer|not) {a2}(?:in the running|an option|options|on my"
            " (?:list"
            "|radar)|under consideration|in contention|in consideration)",
            "(?:be|have be) {a2}(?:out of the running|off my (?:list|radar|rank list))",
            "(?:have )?{a2}(?:drop|dropped|fall|fallen|fell|slip|slipped|go) off my (?:list|radar"
            "|rank list)",
            "(?:(?:do not|not) {a2}(?:even )?|(?:barely|hardly|scarcely) )(?:register|registers"
            "|matter|matters|count|counts|exist|exists|compare)",
        )
    ),
    f"(?:cross|crossed|crossing|strike|struck|scratch|scratched) (?:off )?(?:every|all|the|my)"
    f" (?:other|remaining) {{g1}}{_OTHERS}",
    "(?:no|not a single|none of the|not one of the) (?:other )?(?:program|place|residency|hospital"
    "|option)s? {a2}(?:{modal} )?{a2}(?:get|receive|have|deserve|stand) (?:a|any|the same) {g2}"
    "(?:look|chance|consideration|shot|attention)",
    "no longer {a2}(?:plan to |intend to |go to )?rank",
    "no longer {g5}(?:interview|apply|look|rank|consider) (?:at |to |with )?(?:anywhere else|any"
    " other|other|elsewhere)",
    # The others named and set aside: "Harbor View and no one else", "your hospital only, no
    # other place", "nowhere else", "anyone but you".
    "(?:rank|join|train at|choose|want|see myself at|picture myself at|attend|list|certify"
    "|include) {prog} {g2}(?:and|but|,) (?:no one|nobody|nowhere|nothing|none other|no other"
    " (?:place|program|hospital|one))",
    "(?:rank|train|go|match|work|join|consider|apply|include|want|be) (?:at |to |with |in )?"
    "(?:anywhere|anyone|any program|any other program|any place|anything) (?:other than|but"
    "|except|besides|apart from) {prog}",
    "rather {g2}(?:go|stay|be|remain) unmatched than",
    "not {a2}(?:want to|wish to|plan to) (?:be|go|train|match) anywhere(?: else)?"
    "(?= (?:\\.|!|\\||if"
    "|unless"
    "|but|other|except) )",
    # A belief that nowhere else would do: "I don't think I could be happy anywhere but at X".
    "not {a2}(?:think|believe) (?:that )?i {a2}(?:{modal} )?{a2}(?:be happy|be|train|thrive)"
    " (?:anywhere|anyplace) (?:but|other than|except) (?:at |with |in )?{prog}(?= (?:\\.|!|,|;"
    "|\\|) )",
    "(?:not|never) {a2}(?:to )?(?:want|plan|intend|wish|see myself|picture myself|imagine myself"
    "|consider|rank|train|go|be|certify|submit|include|apply|join) {g4}(?:anywhere|anyone|any"
    " program|any other program|any place|anything) (?:other than|but|except|besides|apart from)"
    " {prog}",
    "{prog} {a2}be (?:the|my) (?:whole |entire )?{list}(?= (?:\\.|!|,|;|\\||-|for me) )",
    "all (?:of )?my eggs in {g1}basket",
    "(?:put|putting|bet|betting|stake|staking) (?:everything|it all|all) on (?:{prog}|this one"
    " program)",
    "(?:not|never) {a2}(?:list|rank|include|keep|add) (?:a|any) (?:backup|back-up|fallback|safety)"
    "(?: program| option| school)?s?(?= (?:\\.|!|,|;|\\||program|option|school) )",
    "(?<=\\| )(?:only|exclusively) (?:rank|list|consider|apply to) {prog}",
    "(?:be|have) {a2}no (?:competition|contest|comparison|rival|contender) (?:for|with|to) {prog}",
    f"no other {_OTHERS} {{g2}}(?:be )?(?:there )?in my (?:mind|head|heart|thoughts|plans)",
    "(?:rank|place|put|list) {g3}(?:below|behind|beneath|under) {prog}",
    "if (?:it|that) {a2}be not {prog} , {g3}(?:not|never|rather|nowhere|nothing|no)",
    "my {list} {a2}(?:{modal} )?{a2}(?:have|hold|contain|include|feature|carry) (?:only |just )?"
    "(?:one|a single|1) (?:name|program)(?! at the (?:very )?top)",
    "only {a2}(?:be )?rank (?:2|3|one|1|a couple of|a few|a handful of) (?:program|place|options)",
    "no second choice",
    # No other close to first: "you are my #1, and it isn't close" (a bare "no contest" or "by
    # a mile" only stresses the rank: ds4-138, ds6-029).
    "(?:no1|first choice|top choice|first pick|top pick) (?:(?:,|-|and) )*it be not {a2}close",
    "not {a2}(?:be )?rank the (?:rest|other)",
    "(?:not|never) {a2}(?:picture|see|imagine) myself {g1}(?:anywhere|somewhere) (?:other than|but"
    "|else)",
    "(?:(?:every|all|each) other (?:program|place|one|residency|option)s?|(?:everyone|everybody"
    "|everything|every program) else(?: on my {list})?) {a2}(?:be|will be|come|feel) (?:a )?"
    "(?:distant )?(?:second|behind|secondary)",
    "only (?:program|place|residency|hospital|one|option|choice) (?:that |which )?i {g3}"
    "(?:rank|consider|train|join|interested|want|apply(?! (?:to |at )?{g2}(?:with|that have"
    "|offering) )|see myself|care about|be happy|thrive"
    "|submit|submitting|certify"
    "|belong|attend|match|{a2}(?:{modal} )?{a2}go(?= (?:\\.|!|,|\\|) ))",
    "only {prog} {a2}(?:{modal} )?{a2}(?:be|appear|go|get) {g2}(?:on|in) my (?:{list}|mind|radar"
    "|heart|thought)",
    "i {a2}(?:{modal} |be |plan to |intend to |be go to )?{a2}(?:only|exclusively) (?:be )?"
    "(?:rank|consider|apply(?= (?:to|at|with) {prog})|interview(?= (?:at|with) {prog})|interested"
    "|see myself|picture myself|want to (?:train|be|go|match) (?:at|with|to|in) {prog})",
    "(?:rank|keep|list) only {prog}",
    "rank (?:only|just) (?:one|1|a single) (?:program|place)",
    "the (?:only|sole|one) (?:program|place|residency|hospital|one|name|entry) (?:(?:that |which )?"
    "(?:be )?go |i {a2}(?:{modal} )?{a2}(?:put|list|rank|enter) )?(?:on|in|onto) my {list}(?! of )",
    "see no other (?:program|place|residency|hospital|option)s? (?:in my (?:future|mind|plans)|for"
    " me)",
    f"{_RANK_VERB} {{prog}} (?:above|ahead of|over|before) (?:all|every|any|each) (?:of )?(?:the )?"
    "(?:other|others|rest|remaining)",
    "only {a2}(?:be )?rank {prog}",
    "(?:only|no other) (?:program|place|one|residency) for me",
    "(?:stop|stopped) (?:attend|attending|go to|going to|accept|accepting|schedule|scheduling)"
    " {g1}(?:other|remaining|more|further) {g1}interview",
    # Giving up the others ("cancel my other interviews", "my last two interviews", "let go of
    # every other option"), not one named other ("I declined my other interview in Boston").
    "(?:cancel|withdraw|decline|turn down|drop|forgo|skip|give up|let go of) {g2}(?:all |my |the"
    " |every )?(?:other|remaining|rest of my|rest of the) {g1}(?:interview|application"
    "|program"
    "|offer|invitation(?<!dinner invitation)(?<!social invitation)(?<!party invitation)"
    "(?<!wedding invitation)|trail|option|options|place|places)(?! (?:in|at) name)",
    "withdraw from (?:all )?(?:other|the other|the remaining|remaining|the rest of (?:the|my)"
    f" {{g1}}|my {_LAST_FEW} )(?:program|interview|trail"
    "|application)",
    # The last few interviews given up, not when forced to ("I had to cancel my last two").
    f"(?<!have to )(?:cancel|decline|skip|drop) {{a2}}my {_LAST_FEW} interview",
    # Any act of choosing, negated, over the others as a class: "I'm not even going to bother
    # ranking anyone else", "I don't plan on ranking any other programs", "I'll rank no other
    # program" (not one place or time: "I didn't interview anywhere else in Ohio").
    "(?:not|never|no longer) {a2}(?:to )?(?:{intent} |be go to |go to |plan on |bother (?:to"
    " |with )?)?"
    f"{{a2}}(?:bother (?:to |with )?)?(?:be )?(?:{_CHOOSING} {_OTHERS_AS_A_CLASS}|{_GOING}"
    f" {_OTHER_PLACES}){_NOT_A_SCOPE}",
    # The same said as no intention: "I have no intention to join any other programme".
    "no (?:intention|plan|plans|desire|wish|interest) (?:of|to|in) {a2}(?:be )?(?:"
    f"{_CHOOSING} {_OTHERS_AS_A_CLASS}|{_GOING} {_OTHER_PLACES}){_NOT_A_SCOPE}",
    f"{_CHOOSING} (?:no|not a single|not one) other {_OTHERS}{_NOT_A_SCOPE}",
    f"(?:no|not a single) other {_OTHERS} (?:that |which )?i {{a2}}(?:{{modal}} )?{{a2}}"
    f"(?:think (?:of|about) |dream of |imagine )?{_CHOOSING}",
    # The one program set against every other: "I'd choose your program over every other".
    "(?:choose|pick|prefer|want|take) {prog} (?:over|above|ahead of|before) (?:every|all|any)"
    " (?:of )?(?:the )?(?:other|others)",
    f"(?:all|every|each) (?:of )?(?:the |my )?other {{g1}}{_OTHERS} {{a2}}(?:{{modal}} )?"
    "{a2}(?:be) {a2}(?:secondary|second|inferior|a distant second|behind)",
    "(?:leave|keep|take) (?:every|all|the|my|any) (?:of )?(?:the |my )?other {g1}(?:program|place"
    "|residency|hospital|one)s? off my {list}",
    "(?:(?<=the )|(?<=my )|(?<=\\| ))others {a2}(?:{modal} )?not {a2}(?:even )?make my {list}",
    # The program as the sole choice: "my one and only choice", "you are my sole option",
    # "yours is the only program where I see myself", "Cranford is it for me" (not "my only
    # option was the bus", "the only program in the region with a rural track").
    f"my {_SOLE} (?:choice|option|pick|program|place|residency|destination)(?= (?:\\.|!|,|;"
    "|\\||-|for me|on my|in my|for residency|for training) )",
    f"{{prog}} {{a2}}be (?:the|my) {_SOLE} (?:choice|option|pick|program|place|residency|one)"
    "(?= (?:\\.|!|,|;|\\||-|for me|on my|in my|where i {a2}(?:{modal} )?{a2}(?:see|picture"
    "|imagine|want|wish|hope|would like|long|belong|thrive|fit|be happy)) )",
    "(?:nowhere|nothing|no one|nobody|no program|no place) (?:but|except|other than|besides) {prog}"
    " {a2}(?:{modal} )?{a2}(?:do|work|suffice|count|matter)(?= (?:\\.|!|,|\\||for me) )",
    "(?:you|yours|your {g3}program|name(?: name){0,3}) {a2}be (?:it|the one)(?: for me)?"
    "(?= (?:\\.|!|,|;|\\||-) )",
    "(?:withdraw|pull|cancel) {g2}(?:application|interview) (?:to|at|with|from) (?:all |every |each"
    " )?(?:the )?(?:other|remaining) (?:program|place|residency|hospital)",
    # Others given up for this one: "turned down two interviews so I could focus on you".
    "(?:cancel|decline|turn down|skip|drop|withdraw from) {g3}interview {g6}(?:to focus on|so"
    " (?:that )?i (?:can|could) {g2}(?:focus|focused|focusing|concentrate) on) {prog}",
    "(?:rank|want|choose|consider|train at) {prog} alone",
)

# --- the program's evaluation of the applicant ------------------------------------------
EVALUATION_OF_APPLICANT = topic(
    "evaluation-of-applicant",
    'how the program ranks or judges the applicant: "rank me", "am I ranked (to match)", '
    '"where do I stand / fall on your list", "how I compare with other candidates", '
    '"my position on your rank list", "my chances of matching", "is my name high on your list"',
    "be (?:i|we|my application|my name) {a2}(?:go to |likely to |expect to |about to )?"
    "(?:be )?(?:rank|list|place)",
    "{modal} (?:i|we|my application) {a2}be (?:rank|list|place)",
    "(?:if|whether|where|how high|how highly|how well) (?:i|we|my application) {a2}"
    "(?:{modal} )?{a2}(?:be|have be|be go to be|be (?:likely|expect|set|about|go) to be) {a2}"
    "(?:rank|list|place)",
    "(?:be|being|be be|be still be) consider {a2}for (?:a |an |the |your )?{g1}(?:rank|list"
    "|ranking)",
    "how {a1}(?:do|have) my (?:interview|application|candidacy|performance|file) {a2}(?:go|come"
    " across|land|fare|do)",
    "how {a1}(?:be|have be) my (?:interview|application|candidacy|performance|file) {a2}(?:receive"
    "|perceive|view|see|judge|rate)",
    "how my (?:interview|application|candidacy|performance|file) {a2}(?:be score|be rate|be grade"
    "|be judge)",
    "strong enough (?:for|to make) your {list}",
    "(?:i|we) {a2}make (?:it onto )?your {g1}list",
    "how my (?:interview|application|candidacy|performance|file) {a2}(?:go|come across|land|fare"
    "|be receive|be perceive)",
    "rank (?:me|my application|my candidacy|us)(?! know)",
    "where {aux} (?:i|we|my application|my name) {a2}(?:on|in|within) " + _YOUR_RANK_LIST,
    "(?:if|whether) (?:i|my name|my application|we|my good self) {a2}(?:be|have be|will be|make it"
    "|be come|come|appear|figure|feature|be include|be list|be place|have be place|be put) {a2}"
    "(?:on|in|onto) " + _YOUR_RANK_LIST,
    "make it (?:onto|on|to|into) " + _YOUR_RANK_LIST,
    "(?:i|we|my application|my name|my candidacy|my file) {a2}(?:{modal} )?{a2}(?:have )?(?:make"
    "|made)"
    " the cut",
    # How the applicant is doing in the program's eyes: "in good shape for Match Day", "in the
    # match range", "whether my interview went well enough", "how my application is looking".
    "(?:(?:i|we|my application|my name) {a2}be|{ami}) {a2}in (?:a |an )?{a2}(?:good|great|decent"
    "|strong|solid)"
    " (?:shape"
    "|position|standing) for (?:the )?match",
    "(?:i|we|my application|my name) {a2}be (?:in|within) (?:the )?(?:match|matching|ranking|rank)"
    " range",
    "(?:whether|if|how) my (?:interview|application|candidacy|performance) {a2}(?:go|be)"
    " {a2}(?:well"
    "|okay|ok|good)",
    "how my (?:application|candidacy|file|interview|chance|chances) {a2}be {a2}(?:look|shape up)",
    # Whether a match is realistic, in either order: "is it realistic for me to expect a match
    # with your program".
    "(?:realistic|likely|possible|feasible) (?:for me )?to (?:expect|hope for|count on|think of)"
    " (?:a )?match (?:with|at) {prog}",
    # "Ranked or not?"
    "(?<=\\| )rank or not(?= \\? )",
    "match (?:with|at) {prog} {a2}be (?:realistic|likely|possible|feasible|a realistic|in the"
    " cards)",
    # Whether the applicant is still in the picture: "whether I am being considered seriously
    # for a position", "is it worth me hoping for a match with you".
    "(?:whether|if) (?:i|we|my application|my candidacy) {a2}(?:be |have be )?{a2}(?:be )?{a2}"
    "consider"
    " {a2}for (?:a |an |the |one of )?(?:your )?(?:position|spot|place|match|residency)",
    "worth {g2}(?:hope|wait|hold out) for (?:a |an |the )?(?:match|spot|position|place|offer)"
    " (?:with|at|from|in) {prog}",
    "(?:i|my application|my candidacy) {a2}be (?:a |an )?{a2}(?:strong|competitive|good|viable"
    "|serious|top) (?:candidate|applicant|contender)",
    "be (?:i|we) {a2}(?:likely|go|expect|set) to (?:be|get|match)",
    # Still in the running is the file's status (STATUS), not its place: "am I still in it".
    "{ami} {a2}(?:(?<!still )(?:in the running|in contention|in the mix)|a contender)",
    "{ami} {a2}rtm",  # ranked to match, as forums write it: "am i rtm or nah"
    "{ami} {a2}(?:in|within) the (?:range|zone|band) (?:that )?you {a2}(?:usually |typically"
    " |normally |generally )?(?:match|rank)",
    # The program's marks for the interview, not the applicant's own scores ("my Step 2 score").
    "my interview (?:score|scores|grade|grades|rating|ratings|evaluation|marks)",
    "how (?:would|do) i do (?:on|in|at|during) (?:the |my )?interview",
    "(?:keep|get) my hope up",
    "verdict on (?:me|my)",
    "(?:strong|good|competitive) enough to (?:be rank|match|get (?:in|rank|match))",
    "(?:{modal}|do|be) (?:i|we|my application|my name) {a2}make (?:it (?:onto|on|to|into) )?(?:"
    + _YOUR_RANK_LIST
    + "|(?:your|the) {g2}cut)",
    "(?:i|we|my application|my candidacy) {a2}be {a2}(?:(?<!still )(?:in the running|in"
    " contention)|a contender"
    "|competitive)",
    "how {g3}(?:feel|think|view|see|rate|judge) about (?:me|my (?:interview|application|candidacy"
    "|performance))",
    "how {g3}(?:view|see|rate|judge|evaluate|assess|score|rank|perceive) (?:me|my (?:interview"
    "|application|candidacy|performance))",
    "what {g3}think of (?:me|my (?:interview|application|candidacy|performance))",
    "(?:feedback|impression|impressions|thoughts|view|opinion|assessment) (?:on|about|of) (?:me|my"
    " (?:interview|application"
    "|candidacy|performance))",
    "stand (?:a|any) {g1}chance",
    "have (?:a|any|an) {g2}shot (?:at|of) {g2}match",
    "my (?:chance|odds|prospect|prospects|likelihood)(?! (?:to|of) (?:meet|see|learn|talk|visit"
    "|work|present|speak|discuss|get the|get a (?!spot|position|place)|switch|change|move|swap) )",
    "(?:chance|odds|likelihood|probability) (?:that )?(?:i|we) {a2}(?:{modal} )?{a2}(?:match"
    "|be rank|be select|get in|be (?:somewhere |anywhere )?(?:on|in) your {list}"
    f"{_NOT_ANOTHER_LIST})",
    # The rank the program gave: "kindly tell the rank you have given to me".
    "(?:the|what|which|my) (?:rank|position|place|spot|standing) (?:that )?(?:you|the committee"
    "|the program|your program) {a2}(?:have |will |plan to |intend to )?{a2}(?:give|assign|allot"
    "|allotted|assigned) (?:to )?(?:me|us|my application)"
    # Not a spot in something else: "the spot you assigned to me for parking".
    "(?! (?:for|on|at) (?!(?:your|the) {list}))",
    # Told it will be ranked: "please tell me I'm going to be ranked highly".
    "(?:tell|show|let) me (?:know )?(?:that |whether |if )?(?:i|we|my application) {a2}(?:{modal}"
    " |be go to )?{a2}be {a2}(?:rank|list|place)",
    # Whether to keep hoping: "if I should keep hoping or start planning for another year".
    "(?:(?:should|do) (?:i|we)|(?:if|whether) (?:i|we) {a2}should) {a2}(?:keep hope|keep hoping"
    "|stop hoping|give up hope|hold out hope"
    "|start plan for another|start planning for another|move on (?:from|to (?:other|another)"
    " (?:program|plan|option|year|specialty|cycle)))",  # not "move on to the poster session"
    "(?:have|do) (?:i|we|my application) {a2}(?:be |get )?(?:rank|list|place)",
    "my (?:rank|ranking|standing)(?! (?:in|at|of|among|within) (?:my |the |our |this )?(?:class"
    "|school|cohort|batch|university|college|medical|year|group|department))"
    "(?! (?:order |-order )?list)",  # "my rank order list" is the applicant's own
    "(?:i|we) {a2}(?:will|would|can|be go to) (?:be|get) match",
    "(?:{modal}|do) (?:i|we) {a2}(?:get|receive|secure|have) (?:a |an )?(?:spot|position|place"
    "|seat) (?:in|at|with|on) {prog}",
    "(?:likely|possible|probable) (?:it be |be it )?(?:that )?(?:i|we) {a2}(?:{modal} )?{a2}match",
    "(?:if|whether) (?:i|we) {a2}have (?:a|any) {g2}chance",
    "(?:likely|possible|probable|chance|odds) (?:that )?(?:i|we|my application) {a2}(?:{modal} )?"
    "{a2}(?:(?:be|get) (?:rank|list|place|select|match)|end up (?:at|in|there|here)|land"
    " (?:at|with|a spot|a position|there|here)|get a (?:spot|position|place))",
    # Something of the applicant's that put them somewhere: "whether my scores put me in a
    # competitive position for your list", "placed me among the candidates you plan to rank".
    "(?:put|place|land|get|leave|keep) (?:me|us|my application|my name|my candidacy) (?:among"
    "|ahead of|above|below|behind) {g3}(?:candidate|applicant)",
    "(?:put|place|land|get|leave|keep) (?:me|us|my application|my name|my candidacy) (?:in|on"
    "|within|at|near|into) {g2}(?:your "
    + _RANK_LIST_WORDS  # not "put me on your mailing list"
    + "(?:list|rank|ranking)|(?:competitive|good|strong|high"
    "|top|matchable|safe|favorable) (?:position|spot|range|tier)(?! to )|the running)",
    # Good enough to be ranked: "did well enough to be ranked", "high enough on your list".
    "(?:i|we|me|my (?:interview|application|candidacy|performance|score|file)) {g4}enough {g2}to"
    " (?:be {a2}(?:rank|list|select)|match|make (?:the cut|your))",
    "(?:high|well|good|strong|competitive) enough {g2}(?:on|for|in) your {g1}(?:list|rank|ranking)",
    "(?:i|we|my application|my name) {a2}(?:be|sit|stand|land|end up) {a2}(?:in|at)"
    " (?:a |an |the )?{g2}(?:position|place|spot|standing|shape) (?:on|in|for|within) "
    + _YOUR_RANK_LIST,
    "(?:in|among|within|into) your (?:top|first) (?:5|10|3|two|three|few|tier|group|choice|choices"
    "|spot|spots|candidate|pick|picks|third|half|quarter|percent)",
    "(?:chance|shot|hope|possibility|scope) {g1}for (?:me|us|my application) (?:(?:at|with|in)"
    " {prog}|to"
    " (?:match|be rank|get in))",  # not "a chance for me in the research lab"
    "(?:expect|anticipate|count on) (?:to )?(?:be|being) rank",
    "(?:what|which) (?:position|place|spot|rank|number|standing|slot) (?:{aux} )?(?:i|we|my name"
    "|my application) {a2}(?:hold|have|occupy|be|sit|stand|get|fall)(?= (?:\\?|\\|)| {g2}(?:on"
    "|in|within) (?:" + _YOUR_RANK_LIST + "|(?:your|the) rank))",
    "(?:i be|be i) (?:someone|somebody|a candidate|an applicant|the kind of (?:candidate|applicant"
    ")) (?:that |who"
    " |whom )?(?:you|name|the committee|the program|your program) {a2}(?:would |could |can |will )?"
    "(?:see|picture|imagine|want|envision|rank)",
    "list of (?:candidate|applicant|interviewee) (?:for|to be|to|you plan to|you will|you intend"
    " to) {g1}rank",
    "be (?:i|my application) {a2}(?:among|one of) (?:the )?(?:top|best|strong|leading|competitive)",
    "(?:where|how) {a1}{p3}(?:{aux} )?{yousay}?(?:i|we|my application|my candidacy|my name) {a2}"
    "{p5}(?:{aux} )?{a2}"
    "(?:stand|fall|land|fit|rank|sit|compare|place|be|measure up|end up|wind up|do|fare|appear|come"
    " out|stack up)(?! {g3}(?:review|process|queue|pile|inbox|portal|system) )(?= (?:\\?|\\||\\.|,"
    "|(?:that|it|this|which) (?:would|will|could|might|be|mean))| {g3}(?:list|rank|ranking"
    "|candidate|applicant|other|pool"
    "|after|following|overall|ultimately|in the end|at the end|so far|at this point|this year"
    "|peer|cohort|competition|you|your|program|field|interviewee|interviewees|relative|compare"
    "|committee|among|against|versus)(?: |$))",
    "my (?:merit|rank|ranking|match) (?:position|standing|number|status)",
    "my (?:current |present |exact |final |likely |tentative )?(?:position|place|spot|standing"
    "|stand|rank|ranking|name|application|candidacy|chance"
    "|odds|prospect|prospects|likelihood|status) {g5}(?:on|in|at|within|among|of) (?:your|the) "
    + _RANK_LIST_WORDS  # only a rank list: not "the parking pass list" or "the badge list"
    + "(?:list|ranking|rank)",
    "(?:what|how) be my (?:rank|ranking|standing|position|place)(?= (?:\\?|\\||on|in|with|among))",
    "(?:chance|odds|likelihood|prospect|prospects) (?:of|for|to|at) {g2}(?:match|be rank|get in"
    "|be accept|secure a|be select|be choose|be pick)",
    "(?:likely|go|expect|set|on track|rank) to match",
    "(?:will|would|can|do|be) (?:i|we) {a2}(?:get to )?match",
    "do (?:i|we) {a2}have (?:a|any|an) {g2}(?:chance|shot)(?= (?:\\?|\\||of|at|with) )",
    "how (?:high|highly|well|far up|low) (?:up )?{g5}(?:rank|list|place|rate|view|evaluate|regard"
    "|assess|score)(?! of )",
    # "how high you're planning to put me": the program placing the applicant, ending there.
    "how (?:high|highly|far up) (?:up )?{g5}(?:put|keep|slot) me(?= (?:\\?|\\.|!|\\||on your) )",
    "high (?:up )?on your {list}",
    "how {a1}(?:favorably |favourably |highly |well |positively |kindly |strongly )?(?:do|would"
    "|will|did) (?:the committee|name(?: name){0,3}|the program|the faculty|your program|the team)"
    " {a2}(?:view|see|evaluate|assess|rate|perceive|regard|consider) (?:me|my application|my"
    " candidacy|my interview|my file)",
    "how (?:do|would|will|did) (?:you|the committee|name|the program) {a2}(?:view|see|evaluate"
    "|assess|rate|perceive|regard|consider) (?:me|my application|my candidacy)",
    "how competitive {yousay}?(?:i|my application|my candidacy) {a2}(?:be|look|seem|appear)",
    "how competitive be (?:i|my application|my candidacy)",
    "be (?:i|my application) {a2}competitive",
    "{ami} {a2}(?:consider|deem|see as|view as) competitive (?:for (?:rank|your)|to (?:be rank"
    "|match))",
    "{ami} {a2}(?:anywhere |somewhere )?(?:on|in) (?:" + _YOUR_RANK_LIST + "|your radar)",
    "{ami} {a2}(?:be )?(?:under consideration|consider) for (?:rank|your {list})",
    "(?:a|any|my) (?:spot|place|position) on your " + _RANK_LIST_WORDS + "(?:list|ranking)",
    "how (?:high|far up|low) (?:up )?(?:i|we|my name|my application) {a2}(?:{modal} )?{a2}(?:be"
    "|end up|land|sit|fall)(?= (?:\\?|\\||on|in) )",
    "{ami} {a2}(?:anywhere |somewhere )?(?:near|at|close to) the top"
    "(?= (?:\\?|\\.|\\||of (?:it|" + _YOUR_RANK_LIST + ")) )",
    "where (?:on|in) " + _YOUR_RANK_LIST + " {p3}(?:{aux} )?(?:i|we|my application|my name)",
    # Not the file's status ("where things stand with my application" is chasing).
    "where (?:things|matters|it) {a2}(?:stand|be) for (?:me|us)",
    # Safe, or time for a plan B: "Am I safe, or should I be making backup plans?"
    "be (?:i|we|my application) {a2}safe(?= (?:\\?|,|or|\\|) )",
    "(?:should|do) (?:i|we) {a2}(?:need to )?(?:be )?(?:make|have|start|look at|consider|think"
    " about) (?:a |any |some )?(?:backup|back-up|back up|plan b|other option)(?: plan)?s?"
    # The question ends there: not "a backup plan if my flight is late".
    "(?= (?:\\?|\\.|\\||,|or) )",
    "(?:be|do) (?:you|the committee|name|the program|the faculty) {a2}(?:impressed|happy|satisfied"
    "|pleased) (?:with|by) (?:me|my (?:interview|application|performance|candidacy))",
    "{modal} (?:i|my name|my application|we) {a2}be {a2}(?:on|in) your {g2}(?:list|ranking)",
    "(?:i|my application|my candidacy) {a2}(?:be |be be |have be )?consider (?:for (?:a |your )?"
    "|in (?:the |your )?|among (?:the |your )?)?(?:high|top|good|favorable) (?:rank|ranking|spot"
    "|place|position)(?! (?:in|of|for|at|on) (?!your |the (?:rank|match|list)))",
    "how (?:i|my application|my candidacy) {a2}(?:be|have be|will be) (?:view|see|evaluate"
    "|assess|rate|perceive|regard|consider)",
)

# --- exchanges and promises --------------------------------------------------------------
PROGRAM_RANKS_APPLICANT = topic(
    "program-ranks-applicant",
    'the program ranking the applicant in return: "will you rank me highly", "you\'d do the '
    'same", "make sure I match", "the interest goes both ways"',
    "rank (?:me|us|my application)(?! know)",
    # The program choosing the applicant as one half of a trade: "you select me and I ...".
    "(?<=you )(?:select|choose|pick|take) (?:me|us)(?= (?:and|,) )",
    "(?:keep|put|place|list) me {a2}(?:at (?:the )?top|in (?:your |the )?top|first|high|highly"
    "|to match|in your {g2}(?:range|top|list))",
    # A place where the applicant would match: "keep me at a matching position".
    "(?:keep|put|place|list|rank) me {a2}(?:at|in|on|within) (?:a |an |the |your )?{g1}(?:match"
    "|matchable|safe) (?:position|range|spot|place|zone|slot)",
    "(?:be|get|being) rtm(?= )",  # "if I'm RTM": ranked to match, as forums write it
    "(?:be|get|being) rank (?:to match|high|higher|highly|well|first|near the top|at the top)"
    "(?! (?:in|of|among|at) (?:my|the|our|his|her) (?:class|school|cohort|batch|year|program))",
    "(?:help|get|make) me {a2}(?:get |be )?rank",
    "(?:i|we) {a2}(?:{modal} )?{a2}be your (?:first|top|no1)",
    "(?:promise|guarantee|assure) me {g2}match",
    "(?:i|we|my name) {a2}(?:be|get) (?:on|onto|high on|at the top of) your {g1}list",
    "(?:hope|wish|want|like|love) to (?:be|end up|land|sit) {a2}(?:high |highly |near the top |at"
    " the top )?(?:on|onto|of) your {g1}(?:list|rank|ranking)",
    # The applicant placed on the program's list: "I'm up there on ur list", "safely on yours".
    "(?:i|we|my name) {a2}be on it {a2}(?:high|highly|near the top|at the top|up there)",
    "(?:i|we|my name|my application) {a2}(?:be|get|end up|land|sit|stay|remain) {a2}(?:up there"
    " |high |highly |near the top |somewhere |safely |securely |comfortably |well )?(?:on|onto"
    "|at the top of|near the top of|high on) your {g1}(?:list|rank|ranking)",
    # What the program gives in return: a word or a sign about the applicant's rank.
    "(?:reply|answer|response|word|news|assure|signal|sign) (?:about|on|regarding) my (?:rank"
    "|ranking|standing|position|chance|chances)",
    "(?:signal|sign|word|hint|indication) back",
    "(?:where|how) (?:i|we|my application) {a2}stand (?:with|on|in) (?:you|your|name|the"
    " committee)",
    "(?:tell|show|let) me (?:know )?(?:that )?(?:i|we) {a2}(?:{modal} )?{a2}(?:be (?:safe|safely|in"
    "|on|high|rank)|match|get in|make it)",
    "(?<=on )yours",  # "as long as I am high on yours"
    "(?:be|get|being) (?:very )?(?:highly|high|well) rank",
    # Not the applicant's own news: "let you know that I will be ranking Eastbrook first".
    "(?:know|hear|sure)(?<!let you know) (?:that )?(?:i|we) {a2}(?:{modal} )?{a2}(?:match|be rank"
    "(?! (?:you|your|name|it|this|the program))|get in)",
    # The program placing the applicant, with the program as subject: "I hope the committee puts
    # me somewhere that counts" (not "put me in touch with a resident").
    "(?:you|the committee|your committee|the program|your program|they) {a2}(?:{modal} |be go to )?"
    "{a2}(?:put|puts|place|keep|keeps|slot|slots|position) me(?! (?:in touch|through|up|on hold"
    "|down for|in contact|at ease|on the spot|to work|on the (?:mailing|email|wait|waiting)))",
    # Favour asked for at rank time: "don't leave me hanging when you rank", "remember me when
    # the committee meets".
    "(?:remember me|think of me|keep me in mind|be kind to me|be good to me|not forget me|not"
    " leave me (?:hanging|out|behind)|look out for me|do right by me) {g2}(?:when|as|once|while)"
    " (?:you|the committee|your committee|name|the program) {a2}(?:rank|make|submit|certify"
    "|finalize|meet|do)",
    "keep me in mind (?:when|while|as you) rank",
    "(?<=top of )yours",
    "make (?:me|us) (?:yours|your (?:first|top|no1))",
    "(?<=onto )yours",
    "(?:have|had) a {g2}(?:shot|chance) on your {list}",
    "(?:see|view|consider) me as a {a2}(?:strong|good|great|top) (?:fit|candidate)",
    # A place on the program's list, promised or asked for: "assure me a place on its list".
    "(?:spot|place|position) on (?:your|its|their) {list}",
    "count on (?:a |the |your )?{g1}(?:spot|position|place|match|rank|being rank|be rank)",
    "(?<=in your )(?:top|first) (?:5|10|3|few|tier|group|choice|spot|pick|candidate|candidates"
    "|choices|spots|picks)",
    "(?:make sure|ensure|guarantee|promise|assure|confirm) (?:me |us )?(?:that )?(?:i|we) {a2}"
    "(?:{modal} )?{a2}"
    "(?:match|be rank|get)",
    "same (?:for|to) me",
    # A request for the program's word on ranking: "give me surety of ranking".
    "(?:surety|assure|guarantee|promise|confirmation|confirm|commit|word) (?:of|about|on|regarding)"
    " {g1}(?:rank|match|selection|select|spot|position|place)",
)
RECIPROCATION = topic(
    "reciprocation",
    'an explicit return: "do the same", "return the favor", "reciprocate", "goes both ways", '
    '"put each other first", "feels the same about me", "our lists will match up"',
    "(?:do|return) the (?:same|favor)",
    "(?:do|feel|think) likewise",
    "follow suit",
    "(?:feel|think) the same (?:way )?(?:about (?:me|us|my application)|toward me)",
    "(?:feel|think) the same way",
    # The program as the one who feels it: "let me know that it feels the same".
    "(?:you|(?<=that )it|the program|your program|the committee|name|they) {a2}(?:{modal} )?{a2}"
    "(?:feel|feels|think|thinks) the same(?= (?:\\.|,|!|\\||too|as well|so|when|and) )",
    # The same measure asked back: "expect similar consideration from your side", "consider me
    # with the same regard I have shown", "my name comes up just as early".
    "(?:expect|hope for|count on|ask for|request|seek|get|receive|(?:consider|treat|regard|see"
    "|view|rank) me with) (?:the same|similar|equal|matching|a similar|an equal|equivalent"
    "|reciprocal) (?:consideration|treatment|regard|courtesy|preference|priority|enthusiasm"
    "|interest|respect)",
    "(?:i|we|my name|my application) {g3}(?:just|equally|every bit) as (?:high|highly|early|near"
    " the top|close to the top|far up)",
    "(?:our|the) (?:interest|feeling|feelings|enthusiasm) (?:in|for) (?:each other|one another)"
    "(?= (?:will|would|be|can|may|show|shows|come|go|run|\\.|,|!|\\||when|on|at|as|and|too) )",
    "mutual (?:no1|first choice|top choice|top spot|first (?:choice|pick|rank|place|spot)"
    # Not "mutual first impressions".
    "|(?:first|top|no1) (?:on|in) (?:our|each other s|the) {list})",
    "(?:feel|think|feels) (?:similarly|likewise)",
    "(?:see|view|regard|consider|think of|keep) me {g2}in the same (?:light|way|spirit)",
    "(?<=hope )(?:i|we) {a2}be (?:one of |among |near the top of |high on |on )?yours",
    # Word of a place on the program's list: "the second I hear I'm one of yours".
    "(?:hear|know|learn|see) (?:that )?(?:i|we) {a2}be (?:one of |among |near the top of |high on"
    " |on )yours",
    "if (?:i|we) {a2}be yours(?= (?:\\.|!|,|\\||too|as well) )",
    "(?:i|we) {a2}be yours (?:too|as well|also)",
    "(?:what|how) about (?:me|mine)(?= \\? )",
    "(?<=\\| )mine(?= \\? )",
    "(?:our|both) (?:rank |rank order )?(?:list|lists|ranking|rankings) {g3}(?:{modal} )?{a2}"
    "(?:match|line up|align|agree|mirror)",
    "(?:rank|list) of each other",
    # The program's list returning the applicant's feeling: "the same enthusiasm I feel".
    "(?:rank|list) {g3}(?:reflect|mirror|show|shows|match|carry) the same (?:enthusiasm|interest"
    "|excitement|eagerness|feeling|feelings) (?:that )?(?:i|we) {a2}(?:feel|have|show)",
    # The applicant wondering how the program feels in return: "how you feel about me".
    "how (?:you|name|the program|the committee|your program) {a2}(?:feel|think) (?:about|of)"
    " (?:me|us|my application|my candidacy)",
    "(?:2|two) way street",
    "(?:interest|feeling|sentiment) {a2}(?:be )?mutual",
    # Knowing or hoping the interest is returned: "if I knew it was mutual".
    # Or the condition that it is: "happy to rank you 1st if mutual", "as long as it's mutual".
    "(?:if|provided|assuming|as long as|so long as) mutual(?= (?:\\.|!|,|\\||and) )",
    "(?:know|hope|sure|see|hear|learn|feel|if|provided|assuming|as long as|so long as|once|when)"
    " (?:that )?(?:it|this|the feeling|the interest|the sentiment) {a2}(?:{modal} )?{a2}be"
    " {a2}mutual(?! (?:friend|friends|colleague|colleagues"
    "|acquaintance|contact|contacts|aid|fund|respect|understanding) )",
    # A place on the applicant's list given "as well": "first on mine as well".
    "(?:on|of|at the top of|on top of) mine (?:as well|too|also)(?= )",
    "be the (?:feeling|interest) mutual",
    "(?<=\\| )it be mutual(?! (?:friend|friends|colleague|colleagues|acquaintance|contact"
    "|contacts|aid|fund|respect|understanding) )",
    "(?<=hope )it be mutual",
    "be (?:i|we) yours(?= \\? )",
    "(?<=top of )yours",
    "let us make (?:this|it) (?:a match|official|mutual)",
    "same (?:consideration|treatment|courtesy)",
    "(?<=your )no1 (?:applicant|candidate|pick|choice) for my no1",
    "two-way street",
    "(?:interest|feeling|sentiment|enthusiasm) {g2}be {a2}(?:returned|return|reciprocate|shared)",
    "(?<=my )(?:no1|top spot|first choice|top choice|first spot) (?:for|in exchange for) your"
    " (?:top|no1|first|high) (?:spot|place|rank|slot)",
    "(?:rank|put|place|list|keep) (?:one another|us both)",
    "(?:expect|hope for|count on|ask for|get) the same",
    "the same from (?:you|your|name)",
    "(?<=we )(?:rank|put|place|list|keep) each other",
    "(?:rank|put|place|list|keep|make) each other (?:first|high|highly|at the top|no1)",
    "reciprocate",
    "(?:interest|feeling|commit|enthusiasm|sentiment) {g2}(?:be|go|run|ran|runs) {g1}(?:both ways"
    "|mutual|reciprocal|reciprocate)",
)
DEAL = topic(
    "deal",
    'an exchange named as such: "in return", "in exchange"',
    "in (?:return|exchange|turn)",
    "(?:that|this|it) be the deal",
)
RANKING_CONTEXT = topic(
    "ranking-context",
    "talk of rank lists, the Match or first place",
    "(?:rank|list|match|first|no1|at the top|on top|top of (?:my|your|our|each))",
)
PROMISE_ABOUT_RANKING_ME = topic(
    "promise-about-ranking-me",
    "a promise asked of the program about the applicant's rank: \"can you promise that you will "
    'rank me high", "could you assure me I will match"',
    "(?:promise|assure|guarantee|confirm|commit) (?:me |us )?(?:that )?(?:you|name|the program"
    "|your program|i|we) {a2}(?:{modal} )?{a2}(?:rank me|be rank|match)",
)

# Not an event joined or attended: "I confirm that I will join the video call at 3:00", "I
# will join five minutes early".
_NOT_AN_EVENT = (
    "(?! (?:the |a |an |your |our |this |to the )?{g1}(?:call|meeting|zoom|video|session|dinner"
    "|social|tour|webinar|interview|event|lunch|orientation|open house|meet|second look|link)"
    "| {g2}(?:minute|minutes|min|mins|hour|hours) )"
)
PROMISE_TO_ACT = topic(
    "promise-to-act",
    'a promise, pledge or guarantee to accept, sign, rank or come: "I promise I will rank you '
    'first", "I commit to signing", "I guarantee I will accept", "you have my word"',
    "(?:promise|commit|pledge|vow|swear|guarantee|assure you|rest assure|confirm|hereby"
    "|give (?:you )?my word)"
    " {g2}{a2}(?:right now |today )?(?:to|that|i) {g3}"
    f"(?:accept|sign|rank|(?:join|come){_NOT_AN_EVENT}|match|take (?:the|an|your|any|a)"
    " (?:offer|position)|choose|say yes|enroll|attend {prog})",
    "guarantee (?:me|us|that i|that you|i|you)",
    "(?:assure|promise|guarantee) (?:me|us) of (?:a|an|the|one) {g1}(?:spot|position|place|contract"
    "|seat|offer)",
    # A guarantee of coming or accepting, not of documents: "I guarantee that the documents I
    # sent are accurate".
    "i {a2}(?:{modal} )?{a2}guarantee(?! (?:that )?(?:the|my|every|all|these|this|those|each)"
    " (?!(?:program|position|spot|place|offer|acceptance|commit|signature) ))",
    "be guarantee (?:a|an|the|my) (?:spot|position|place|match|interview|offer|contract|residency)",
    "(?:you have|give you|i give you) my (?:word|commit|promise|guarantee|assure|pledge)",
    "in writing (?:that )?i {a2}(?:{modal} )?{a2}(?:join|accept|come|sign|rank|commit)",
    "(?:this|that) be my (?:promise|word|commit|pledge)",
    "(?:promise|guarantee|assure|reserve|hold|save) (?:me|us) (?:a|an|the|one) {g1}(?:spot|position"
    "|place|contract|seat|offer)",
    # Not the idiom for an errand ("Consider it done; I will send the form tonight"): a bare
    # "done" counts only as an answer to an offer (ACCEPTS).
    "(?:count|consider) (?:it|this) (?:as )?(?:settled|a deal|a yes|a done deal)",
    "sign on the dotted line",
    "say the word and i {a2}(?:{modal} )?{a2}(?:sign|accept|come|join|commit)",
    "(?:consider me|i be|i will be) (?:all )?yours(?= (?:!|\\.|,|\\||:|if|the moment|as soon as) )",
    "(?:consider|count|take|treat) (?:this|it|me|my (?:spot|place|position|offer|accept|yes"
    "|signature)) {g3}(?:accept|commit|promise|yes|guarantee|claimed|taken|secured|locked in"
    "|sealed|given)(?= )",
    # Committed to the program as a future: "I am writing to commit to X as the place where I
    # will train".
    "commit (?:myself )?to {prog} as (?:the|my) (?:place|program|home|residency|hospital)",
    "{intent} {a2}commit (?:myself )?(?:to {prog} )?(?:in writing )?(?:right now|now|today"
    "|immediately|right away"
    "|at once|before)",
    # Readiness offered as a done deal: "consider me signed up", "tell me where to sign".
    "(?:consider|count|treat) me {a2}(?:as )?(?:sign|sign up|sign on|in|on board|commit|yours"
    "|a yes)(?= (?:\\.|!|,|\\||-|and|for|to) )",
    "(?:put|mark|pencil|count|consider) me (?:down )?{a2}(?:as )?(?:a |an )?{a2}(?:definite |firm"
    " |solid |sure |certain |guaranteed )?(?:yes|commit)(?= (?:\\.|!|,|\\||-|and) )",
    "(?:tell|show) me where to sign",
    "{modal} {a2}accept (?:an |your |the |a )?(?:offer|position|spot|place) {g3}(?:before|over"
    "|ahead of) (?:any|every|all) (?:other|others)",
    "where (?:do|should|can) i sign",
    # Not advice taken gladly: "I would accept anything you offer in the way of feedback".
    "(?:sign|accept) (?:whatever|anything|any contract|any offer|every contract) {g2}(?:you|name"
    "|the program|your program)(?! {a1}(?:offer|give|have|suggest) (?:me )?(?:in the way of|by way"
    " of|as|on|about|regarding|feedback|advice|guidance|help|suggestions|comments|tips) )",
    "accept {g4}in advance",
    "hereby (?:accept|agree|commit|confirm)",
    "(?<=\\| )offer accept(?= (?:\\.|!|\\|) )",
    "(?:take|treat|consider|read|count) (?:this|my) (?:email|letter|message|note|reply) {g2}as"
    " (?:my )?{a2}(?:formal |official |binding )?(?:accept|commit|promise|pledge|yes|signature)",
    # The acceptance handed over in advance: "my acceptance is yours", "my answer is yes".
    "my (?:accept|signature|commit|yes) {a2}(?:{modal} )?(?:be|will be|would be) {a2}(?:all )?"
    "yours",
    "my answer to (?:any|an|your|the) {g1}(?:offer|{seat}) {g3}(?:{modal} )?be {a2}(?:an? )?"
    "(?:immediate |resounding |definite )?yes",
    # Committed to the program itself, not to a cause: "I'm committing to your program now",
    # "I commit to Sunnyvale here and now" (not "I am committed to Spanish").
    "(?:i|we) {a2}(?:be )?{a2}commit (?:myself )?to (?:you|your {g3}(?:program|residency|hospital"
    "|institution|team))(?= (?:\\.|!|,|\\||now|today|right now|right away|fully|completely"
    "|here) )",
    "(?:i|we) {a2}commit (?:myself )?to name(?: name){0,3}(?= (?:now|today|right now|right away"
    "|here) )",
    "(?:hold|reserve|save|keep|block) (?:a|an|one|the|that) {g1}(?:position|post|contract"
    "|residency spot|residency position) (?:for me|for us)"
    # not a place on a rotation, an elective or an observership
    f"(?! (?:in|on|at|for) {{g3}}{_NOT_A_RESIDENCY_THING}(?: |$))",
)
OUTSIDE_MATCH_DEAL = topic(
    "outside-match-deal",
    'accepting, signing or offering a position before or outside the Match, or a "pre-match", '
    '"early" or "binding" offer or commitment',
    "(?:withdraw|pull out) (?:from|of) the match",
    "(?:bypass|skip|avoid|circumvent|leave|go around|forgo|give up on|abandon|drop out of|opt out"
    " of|walk away from) the match",
    "(?:accept|offer|select|take|admit) (?:to )?(?:me )?(?:outside|before|prior to|ahead of)"
    " (?:of )?(?:the )?match",
    "no matter what (?:the match|other program|other offer|happen|the outcome)",
    "(?:accept|sign|take|say yes to|agree to|agree on|arrange|commit to|secure|reserve|hold|lock in"
    "|get|guarantee|confirm|send|submit)"
    " {g3}(?:offer|contract|position|spot|place|agreement|seat|whatever|anything|accept|letter of"
    " (?:commit|intent)) {g5}(?:before"
    "|outside|prior to"
    "|ahead of|instead of|rather than|outside of) (?:of )?(?:the )?(?:match|list|lists|rank {list}"
    "|certification)",
    "in (?:exchange|return) for (?:a|an|the|your) {g2}(?:contract|position|spot|offer|place"
    "|guarantee|commit)",
    "(?:offer|give) (?:me|us) {g3}(?:position|spot|place|contract|offer) {g3}(?:outside|before"
    "|prior to|ahead of) (?:of )?(?:the )?match",
    "lock (?:me|us|it|my (?:spot|place|position|seat)|a (?:spot|place|position|seat)) in",
    "verbal (?:yes|commit|agreement|accept|promise|offer|contract)(?= (?:\\.|\\?|!|,|\\||from me"
    "|now|today|to you|to your|before|that|on the spot) )",
    "agree (?:on|to) (?:a|the) (?:position|spot|contract|deal|offer) (?:now|today|early|right now"
    "|already)",
    "commit (?:myself )?to {prog} {g3}(?:outside|before|prior to|ahead of) (?:of )?(?:the )?match",
    "(?:prematch|pre match|early|binding|outside|off match) (?:offer|contract|position|agreement"
    "|commit|spot|acceptance|accept|promise|pledge|option|path|route|deal|arrangement)",
)
# What the program offers: a place ({seat}), the offer, or the letter that makes it.
_OFFERED = (
    "(?:{seat}|offer|residency|one|offer letter|appointment letter|appointment|letter of"
    " (?:offer|appointment))"
)
PROGRAM_OFFERS = topic(
    "program-offers",
    'a condition on the program offering a place: "should you offer me a position", "if you '
    'make me an offer"',
    # The program as "you", its name, or its office or committee: "if your good office sends".
    "(?:if|should|once|when|were|the moment|as soon as) (?:you|name|the program|your program|they"
    "|(?:the|your) {g1}(?:office|committee|department|team))"
    " {a2}(?:be to |decide to |choose to |be able to |can |could |would |want to |wish to |would"
    " like"
    " to )?{a2}(?:(?:offer|give|gives|extend|extends"
    f"|make|makes|send|sends|sent) (?:me )?(?:a |an |the |any |your )?{{g1}}{_OFFERED}"
    # Not the letter for an observership, an elective or a visa.
    f"(?! (?:for|to|of|at|in) (?:my |the |a |an |your )?{{g1}}{_NOT_A_RESIDENCY_THING} )"
    "|offer(?= (?:,|\\.|!|\\||i|and) ))",
    # An offer arriving, said as a bare condition: "Offer comes, I sign."
    "(?:(?<=\\| )|(?<=an )|(?<=the )|(?<=your )|(?<=any ))(?:offer|contract|offer letter) {a2}"
    "(?:come|arrive|arrives|land|come through|show up|shows up)(?= (?:,|and|-|;) )",
    "offer me (?:a |an |the |any )?{g1}(?:position|spot|place|contract) and",
    "(?:upon|on|after) (?:receive|get) (?:a|an|your|the|any) {g1}(?:offer|contract|position)",
    "offer me(?= (?:,|and) i )",
    "you {a2}(?:offer|make (?:me )?(?:an|the) offer)(?= (?:,|and|;) i )",
    "(?:reserve|hold|save|confirm|give|grant|promise|guarantee|keep|allot|allocate|assign)"
    " (?:me )?(?:a|an|one|the|that) {g1}{seat}(?: (?:in|at|with) {g3})?(?: for me)?"
    "(?: ,)? and",
    "if (?:you|name|the program|your program) {a2}(?:{modal} )?{a2}(?:take|accept|choose|pick"
    "|select|have|want) me",
    # The place offered in the passive or arriving: "if offered", "should a position become
    # available", "whenever the offer letter comes", "the moment it arrives".
    "(?:if|once|when|whenever|should|the moment|as soon as) (?:a|an|the|your|any|one|that) {g2}"
    "(?:{seat}|offer|offer letter) {g2}(?:be |were |get )?(?:offer|open|open up|come|come"
    " through|arrive|become available|be available|be extend|free up|come my way)",
    "(?:if|once|when|should) (?:i be |i get |i be ever |ever )?(?:offer(?= (?:,|\\.|\\||!|by|i"
    "|to me|(?:a|an|the|one) (?:position|spot|place|seat|post|contract|residency|categorical"
    "|preliminary|prelim)) )|select(?= (?:,|\\.|\\||!|by) ))",
    "(?:the moment|as soon as|once|when|whenever) (?:it|the offer|an offer|the contract|your offer)"
    " {a2}(?:arrive|come|be send|land|come through)",
    "(?:send|mail|email|give|forward) (?:me )?(?:the|a|an|your) (?:contract|offer|offer letter"
    "|agreement)(?: over)? {g2}and",
)
ACCEPTS = topic(
    "accepts",
    'the applicant accepting or signing: "I would say yes", "I will accept it", "I will sign"',
    "{modal} {a2}(?:accept|sign|say yes|take it|take the (?:offer|position|spot)|commit|agree)",
    "(?:the|my) answer {a2}(?:{modal} )?(?:be|will be|would be) (?:an? )?(?:immediate |resounding"
    " )?"
    "yes",
    "{modal} not (?:go|look) anywhere else",
    "{modal} not {a2}(?:look at|consider|entertain|accept|take) (?:any|another) (?:other )?(?:offer"
    "|position|spot|program)",
    "{modal} not {a2}accept (?:any|another) (?:other )?(?:offer|position|spot|program)",
    "{modal} {a2}(?:turn down|decline|withdraw from|cancel) (?:every|all|any|my) (?:other"
    "|remaining)",
    "(?:count|consider) (?:it|this) (?:as )?(?:done|accept|settled)",
    "{modal} {a2}(?:give|send|email|mail|return|confirm|have|get) (?:you )?my (?:signed )?(?:accept"
    "|commit|yes|word|signature|joining|join|contract)",
    "(?:i be|i will be|count me) (?:all )?(?:in|yours|on board)(?= (?:\\.|!|,|\\||-) )",
    "(?:i be|i will be) there(?= (?:,|\\.|!|-) (?:no questions asked|in a heartbeat|without"
    " (?:a )?(?:doubt|question|hesitation)|for sure|guaranteed) )",
    f"(?:ready|willing|prepared|happy|eager) to (?:(?:join|come){_NOT_AN_EVENT}|accept|sign)",
    "i be {a2}(?:sign|accept)(?= (?:\\.|!|,|\\||lol|no|immediately|right away|on the spot|at once"
    "|it) )",
    "{modal} not {a2}(?:back out|renege|change my mind|walk away|go back on)",
    "my (?:signature|accept|pen|yes) {a2}(?:{modal} )?{a2}be {a2}(?:ready|waiting|on it|on the"
    " (?:contract|offer|dotted line))",
    "(?:it|that|the answer|my answer) {a2}(?:will |would )?be (?:a |an )?(?:immediate |definite"
    " |resounding |firm )?yes",
    "{modal} {a2}(?:join {prog}|join(?= (?:\\.|!|,|\\||without|immediately|right away|at once"
    "|in a heartbeat) )|attend {prog})",
    "(?:come|send|be send|go|get) {a2}(?:straight |right )?back {g2}(?:sign|accept)",
    "i {a2}(?:accept|sign)(?= (?:\\.|!|\\||,|-|;|:|it|immediately|right away|on the spot"
    "|at once) )",
    "(?:i be|i will be) {a2}(?:take|accept|sign) (?:it|the offer|the spot|the position)",
)
READY_TO_SIGN = topic(
    "ready-to-sign",
    'readiness to sign or accept at once: "I am ready to sign right away", "I would sign a '
    'contract today", "I would accept immediately"',
    "(?:{intent}|gladly|happily|readily|happy to|ready to|willing to|glad to|eager to|prepared to)"
    # A bare "join right away" answers a link or an offer; only an offer makes it binding.
    f" {{a2}}(?:sign|accept|say yes|join{_NOT_AN_EVENT}(?! (?:right away|immediately|at once|now"
    "|today|tomorrow|early|right now|on time) )) (?:(?:a|an|the|your|any|it|one|my) )?"
    "(?:(?:contract|agreement|offer|position|spot) )?(?:from {prog} )?{g2}(?:immediately|right away"
    "|today"
    "|on the spot|instantly|at once|now|without hesitation|in a heartbeat|without a second"
    " thought|tomorrow|early|right now)",
    "(?:{intent}|gladly|happily|readily) {a2}accept (?:any|whatever|every) {g1}(?:offer|position"
    "|spot|contract)",
    "(?:{intent}|gladly|happily|readily) {a2}sign (?:a|the|your|any) {g1}(?:contract|agreement)"
    "(?! (?:for|with|at) (?:my|a|an|another|the lab|the university|the research|the company) )",
    # The offer itself, before it is even read: "I'd accept an offer from you before I finished
    # reading it", "I would sign the contract the same day".
    "(?:{intent}|gladly|happily|readily|ready to|willing to|prepared to) {a2}(?:sign|accept|say yes"
    " to|take) (?:a|an|the|your|any|it|one) {g1}(?:offer|position|contract|agreement|offer letter)"
    " {g3}"
    "(?:before|the same day|same day|by return)",
    # The acceptance in the passive: "an offer from Eastbrook would be accepted without
    # hesitation", "any offer from you will be accepted".
    "(?:offer|contract|offer letter|{seat}) {g4}(?:{modal}) {a2}be {a2}(?:accept|sign)"
    "(?= (?:\\.|!|,|\\||immediately|right away|at once|on the spot|without|in a heartbeat"
    "|the same day|same day|by return|instantly|gladly|happily|the day|the moment|the minute"
    "|as soon as|within) )",
    # Never refusing it: "I would never turn down an offer from you".
    "(?:never|not) {a2}(?:turn down|decline|refuse|reject|say no to) (?:an|any|your) {g1}(?:offer"
    "|position)(?! (?:of|to) )",  # not "an offer of help"
    "(?:accept|take|sign|want|consider|get) (?:a |an |the |your )?prematch(?= )",
    # Joining whatever happens: "I will surely join your program, whatever may be the
    # circumstances".
    "{modal} {a2}(?:join|come to|sign with|accept) {prog} (?:, )?{g3}(?:no matter what|whatever"
    " (?:may )?(?:be|happen)|whatever the (?:outcome|result|circumstances)|come what may"
    "|regardless|under any circumstances|in any case)",
)
ASKED_FOR_OFFER = topic(
    "asked-for-offer",
    "an offer asked for or supposed in a sentence of its own, the answer following in the next "
    'one: "Offer me.", "Send the contract!", "If offered."',
    "(?<=\\| )(?:offer|send|give|make|extend)(?: me| us)?(?: (?:a|an|the|that|your|one) {g1}"
    f"{_OFFERED})?(?= (?:\\.|!|-) )",
    "(?<=\\| )(?:if|once|when|should) (?:i be |i get |ever )?(?:offer|select)(?: (?:a|an|the|one)"
    " {g1}{seat})?(?= (?:\\.|!|-) )",
)
DECLINES_OUTSIDE_OFFER = topic(
    "declines-outside-offer",
    'declining an offer, or staying in the Match: "I respectfully decline the offer", "I must '
    'stay in the Match"',
    "(?:decline|turn down|refuse|reject|say no to|pass on) (?:the|this|your|that) {g2}(?:offer"
    "|position|contract)",
    "(?:must|will|would|want to|need to|have to|plan to|agree to|prefer to) {a2}(?:stay|remain"
    "|take part|participate) in the match",
)
IN_MATCH = topic(
    "in-match",
    'the Match itself as the way in: "through the Match", "if I match"',
    "(?:through|via|in|within|by) the match",
    "(?:if|when|once) i {a2}match",
)
INTERVIEW_OFFER = topic(
    "interview-offer",
    "an interview, visit or event, or a place on a shuttle, in a hotel or a course: not a position",
    f"(?:interview|invitation|invite|{_INTERVIEW_DAY}|{_PAPERWORK}|{_SIDE_TRAINING}|bus|garage"
    "|webinar|lease|apartment|release|consent|waiver|document|background check|club|society"
    "|choir|league|study group)",
)

# --- asking --------------------------------------------------------------------------------
REQUEST = topic(
    "request",
    'an indirect question or request: "could you let me know", "I was wondering", "I\'d '
    'appreciate knowing", "please advise", "I would value knowing", "I hope to learn"',
    "let me know",
    "(?:tell|inform|update|advise|remind) (?:me|us)",
    "share",
    "please advise",
    "advise",
    "wonder",
    "curious",
    "appreciate (?:know|hear|learn|any|it if|if|your|some|a|an|insight|feedback|information)"
    # Thanks for what the program already did: "I appreciate your letting me know that ...".
    "(?<!appreciate your)(?! (?:letting|telling|informing|sharing|reaching|writing|taking) )",
    "appreciate your(?! (?:letting|telling|informing|sharing|reaching|writing|taking) )",
    # "2" for "to" in phone mail: "wud love 2 know".
    "(?:like|love|want|need|keen|eager|glad|grateful|happy|wish|request|seek|anxious) (?:to|2)"
    " (?:know|learn|hear|understand)",
    "(?:request|wish|like|love|want|seek) to be (?:inform|informed|told|advised|updated)",
    # Knowing would help: "it would help me plan to learn", "I would sleep better knowing".
    "(?:help|helpful|reassure|reassuring|relief|ease|mean) {g4}to (?:know|learn|hear|understand)",
    "(?:revert|get back to me|respond|reply) (?:with|on|about|regarding)",
    "(?:sleep|rest|feel) (?:better|easier) (?:know|to know|hear|to hear)",
    "hope you (?:can|could|will|would|might) (?:tell|share|let|confirm|say)",
    "value (?:know|hear|learn|any|your|a)",
    "grateful for (?:any|an|your|some)",
    "(?:ease|put|set|calm) my mind",
    "(?:be|it be) (?:possible|okay|ok|appropriate) (?:for me )?to (?:know|learn|hear|ask|find out)",
    "(?:might|would|could|can|will) you {a2}(?:tell|share|say|indicate|reveal|confirm|give|let)",
    "interested (?:in know|in hear|in learn|to know|to hear|to learn)",
    "hope to (?:hear|learn|know|find out|understand)",
    "(?:give|send|drop) (?:me|us) (?:a |an |some |any )?(?:sense|idea|indication|update|insight"
    "|feedback|head up|heads-up|hint|clue|picture|glimpse|signal)",
    "any (?:idea|insight|sense|indication|feedback|information|hint|thought)",
    "(?:love|like|appreciate|welcome|value) {g3}(?:feedback|insight|insights|input|thoughts|hint"
    "|idea|sense|indication|clue)",
    "keep me (?:posted|update|informed)",
    "find out",
    "know(?<!let you know)(?<!you know) (?:how|where|whether|if|what)",
    "(?:may|can|could) i (?:know|ask|learn)",
    # Not a statement opened by "please": "Please know that ...", "Kindly note that ...".
    "(?:please|kindly)(?! (?:know|note|be assured|rest assured|accept|find|excuse|forgive) )",
    "(?<=\\| )(?:rank|keep|put|place|list) me",
    "ask (?:you|if|whether|where|how|about|when)",
    "(?:see|check|confirm|clarify|inquire|enquire) (?:if|whether|about|where|how|when)",
)

# --- chasing the program -----------------------------------------------------------------
REVIEWED_MY_APPLICATION = topic(
    "reviewed-my-application",
    'asking whether the program has looked at the application: "did you review my application", '
    '"have you had a chance to look over my file"',
    "(?:do|have) (?:you|name|anyone|the committee|the program|your team|the team) {g5}(?:review"
    "|look at|look over|go over|go through|see|read|receive|consider|get|open|evaluate) {g2}my"
    " (?:last |previous |earlier |recent |prior |first |second )?(?:application|file|material"
    "|materials|document|documents|email|message|letter|cv|update|candidacy|note|app|one)",
    "(?:could|can|would) (?:you|someone|somebody|anyone) {a2}(?:take a look at|look at|look into"
    "|check on|review) my (?:application|file|app|candidacy)",
    "(?:do|have) my (?:application|file|email|message|materials|documents|app) {a2}(?:ever )?(?:get"
    "|be) (?:look at|review|read|see|open|receive)",
    # The same about "it" or "them", an application named in an earlier sentence.
    "(?:do|have) (?:you|name|anyone|the committee|the program|your team|the team) {g5}(?:review"
    "|look at|look over|go over|go through|read|receive|consider|open|evaluate) (?:it|them)"
    " {a1}yet",
    "(?:whether|if) (?:it|they|this|these|the same) {a2}(?:have )?(?:be )?(?:review|receive|see"
    "|read|look at|look over|process|consider|evaluate)(?= (?:\\?|\\.|\\||,|yet|and|by (?:you|the"
    " committee|the program|anyone)) )",
)
# The day's arrangements, not the application: "checking in about the hotel block", "an update
# on the second look schedule", "touch base about the date change" ask about logistics.
_LOGISTICS = (
    f"(?:{_INTERVIEW_DAY}|{_PAPERWORK}|schedule|date|time|interview day|agenda|itinerary|event"
    "|open house|orientation|booking|book|reservation|travel|badge|weather|snow|storm|road"
    "|roads|traffic|dress code|attire|zoom link|link|directions|address|location|venue)"
)
_ABOUT_LOGISTICS = (
    f" (?:the |your |our |my |a |an )?(?:call |interview |visit |travel )?{_LOGISTICS}(?: |$)"
)
# After the chasing words or "with you": "check in with you about the call schedule".
_NOT_ABOUT_LOGISTICS = f"(?!(?: (?:about|regarding|on))?{_ABOUT_LOGISTICS})"
# Silence from the program, not "waiting to hear from the relocation office".
_FROM_THE_PROGRAM = (
    "(?! (?:back )?from (?!(?:you|your|anyone|the program|the committee|the residency|dr)))"
)
# Distress now, not "panic less on night shifts" or "losing my mind over this crossword".
_PANIC_ENDS = (
    "(?= (?:\\.|!|,|\\||and|(?:about|over) (?:the |my |this )?(?:match|matching|application"
    "|applications|result|results|decision|silence|wait|waiting|cycle|season|interview)) )"
)
# "any decision yet on whether the second look will be virtual" asks about the day too.
_ON_LOGISTICS = f"(?: (?:on|about|regarding|for)(?: whether| if)?{_ABOUT_LOGISTICS})"
# Why the applicant writes again, when it is not to chase: "just following up to thank you".
_NOT_TO_THANK = (
    "(?! to (?:thank|say thank|say thanks|express|share|let you know|tell you|send (?:you )?"
    "(?:the|my|a)|correct|add|introduce|wish|reaffirm|reiterate|restate|say (?:that )?i {a2}"
    "(?:remain|be)) )"
)
# "Just checked in for my flight", "checking in at the hotel": travel, not the application.
_NOT_TRAVEL = f"(?!(?: (?:for|at|into))?{_ABOUT_LOGISTICS})"
# What a chase is about, after "touch base", "circle back" or "check in" and "about": the
# application, the decision or the earlier mail, or nothing named ("touch base."). Anything
# else is another errand: "touch base about my dietary needs", "circle back on the question
# you asked" answer or arrange something.
_ABOUT_THE_APPLICATION = (
    "(?= (?:\\.|!|,|\\?|\\||again|once more|to see|to ask|to check|(?:about|on|regarding|re)"
    " (?:my |the |your |any )?(?:application|candidacy|file|status|app|decision|decisions|timeline"
    "|review|process|next step|next steps|rank|ranking|list|match|invitation|invitations|invite"
    "|interview (?:invitation|invitations|decision|decisions|result|results|outcome)|offer|offers"
    "|previous|last|earlier|email|message|note|letter|where|whether|if|how|when|what|things"
    "|update|updates|news|progress|interest|below|above|this|it|that)) )"
)
STATUS = topic(
    "status",
    'news, a decision or the status of the application: "any news on my application", "when can '
    'I expect a decision", "any updates", "has a decision been made"',
    # Not news about the day itself: "is there an update on the second look schedule?"
    "(?:any|an) {g1}{news}(?! from (?:me|my))"
    f"(?!{_ON_LOGISTICS})"
    # Nor news of the program itself: "any news on the new clinic building?"
    "(?! (?:on|about|regarding) (?:the |your )?new )",
    "(?:expect|hear|receive|get|know|learn) {g3}(?:{news}|outcome|result)"
    # Not the outcome of something else: "I hope to hear the outcome of my brother's surgery".
    "(?! (?:of|on|about|regarding) (?:my|the|his|her|their|our) (?!(?:application|interview"
    "|candidacy|file|app|status|decision|match|ranking) )[^ |]+ (?!(?:application|interview"
    "|candidacy|file) ))",
    "status of my (?:application|candidacy|file|app)",
    "my (?:application|candidacy|app) status",
    # "Where is my application at?", a bare "Status?" in phone mail.
    "where (?:be|do) my (?:application|candidacy|file|app)(?= (?:at|stand|now|currently|\\?) )",
    "where my (?:application|candidacy|file|app) {a2}(?:stand|be|sit)"
    "(?= (?:\\.|\\?|,|\\||now|at|in) )",
    "my (?:application|candidacy|file|app) - status",
    "(?:present|current) (?:position|state|stage) of my (?:application|candidacy|file)",
    "(?<=\\| )still under (?:review|consideration)(?= \\? )",
    "(?<=\\| )(?:status|update|updates|news)(?= \\? )",
    "(?:be there|have there be) {g1}{news} (?:on|about|regarding)"
    " my (?:application|candidacy|file|status)",
    # How the application is getting on: "How is my application coming along?", "What is
    # happening with my application?", "Has anything come of my application?"
    "(?:how|what) {g2}my (?:application|candidacy|file) {a2}(?:be |have )?(?:come along|coming"
    " along|progress|progressing|go|going|gone)",
    "(?:happen|happening|go on|going on) with my (?:application|candidacy|file)",
    "(?:anything|something) {a1}come of my (?:application|candidacy|file)",
    "my (?:application|candidacy|file) {a2}(?:have )?(?:go|gone) anywhere",
    "where {g2}(?:committee|program|you) {a2}be (?:in|with) (?:review|reviewing|the review|the"
    " process)",
    "be my (?:application|file|candidacy) (?:complete|completed) and {a1}(?:be )?(?:review|reviewed"
    "|consider|considered|process|processed)",
    f"{{news}} yet(?!{_ON_LOGISTICS})",
    "(?:any|a|the) {timeline} (?:for|of|on) (?:a |the |your )?{news}",
    "(?:anything|something) {a2}(?:change|changed|happen|happened|move|moved|new) (?:with|on"
    "|regarding|about|in) my (?:application|candidacy|file|status)",
    "my (?:application|candidacy|file) {a2}(?:have )?(?:move|moved|progress|progressed|advance"
    "|advanced) (?:forward|along|ahead|at all)",
    "be my (?:application|candidacy|file) {a2}(?:under (?:process|review|consideration)|being"
    " (?:process|processed|consider|review)|active)",
    "my (?:application|candidacy|file) {a2}(?:be|have be) {a2}(?:under (?:process|review"
    "|consideration)|being (?:process|processed|consider|review))",
    "be (?:i|my application) {a2}(?:shortlist|select|invite|consider)(?= (?:for|or|\\?|\\.|\\|) )",
    # Whether the applicant is still in the running: "am I still being considered", "is my
    # app still being looked at", "whether I am still in consideration".
    "be (?:i|we|my (?:application|file|candidacy|app)) still {a2}(?:be |under )?{a2}(?:consider"
    "|consideration|review|look at|in consideration|in the running|active)",
    "(?:if|whether) (?:i|we|my (?:application|file|candidacy|app)) {a2}(?:be|have be) still"
    " {a2}(?:be"
    " |under )?{a2}(?:consider|consideration|review|look at|in consideration|in the running"
    "|active)",
    "(?:if|whether) (?:i|my application) {a2}(?:be|have be) {a2}(?:shortlist|select|invite"
    "|consider)(?= (?:for|or|\\?|\\.|\\|) )",
    "decision {g2}(?:be|have be) make",
    "(?:make|reach|come to) (?:a |any |the |your |its |their )?decision",
    "(?:about|on|regarding) my (?:status|application status|candidacy)",
    "(?:update|inform|advise) (?:me|us) (?:about|on|regarding|of) my (?:application|candidacy"
    "|status|file)",
    # The committee's pace: "when the committee will finish reviewing files like mine".
    "when {g4}(?:finish|complete|conclude|wrap up|be do|be done|be finish) {g1}(?:review"
    "|evaluate|consider|rank) (?:my|file|files|application|applicant|candidate|candidates"
    "|interviewee|interviewees|them|it)",
    "(?:know|learn|hear|inform me (?:about|of)|update me (?:about|on)) {g2}(?:the )?(?:outcome"
    "|result|results|decision|status) of my (?:interview"
    "|application|candidacy|file)",
    "(?:whether|if|when) {g2}(?:invitation|invitations|invite|decision|decisions|offer|offers"
    "|interview invitation) {g3}(?:have|be|will) {a2}(?:all )?(?:go out|gone out|be send|be sent"
    "|sent|release|be release|be make)",
    "(?:when|whether|if) {g3}(?:hear|receive|get) {g2}(?:back|decision|response|invitation"
    "|invite|from you|interview)",
)
CHASING = topic(
    "chasing",
    'chasing words: "just checking in", "following up on my application", "I haven\'t heard '
    'back", "just bumping this up", "circling back", "any update on my status"',
    "just {g2}(?:check in|follow up|follow-up|followup|circle back|touch base)"
    f"{_NOT_TO_THANK}{_NOT_ABOUT_LOGISTICS}{_NOT_TRAVEL}",
    "(?:follow-up|followup) (?:on|about|regarding) {g2}(?:application|status|candidacy|previous"
    "|last|earlier|email|message)",
    f"(?:touch|touching) base(?: with you)?{_ABOUT_THE_APPLICATION}",
    "remind you (?:about|of) my (?:application|candidacy|email|message|file)",
    "(?:make sure|check|confirm|see) (?:if |whether |that )?(?:my (?:message|messages|email|mail"
    "|mails|application)|it|this|they) {a2}(?:reach|arrive|get|be receive|go through)",
    # The applicant emailing, not "I checked my email twice".
    "(?<!my )(?<!the )(?<!your )(?<!an )email {g1}(?:twice|again|several times|3 times"
    "|multiple times|a few times|repeatedly)",
    "(?:write|email|contact you|reach out) (?:to you )?(?:(?:once )?again|once more)"
    f"{_NOT_TO_THANK}(?! with (?:a|the|my) (?:correction|corrected|new|updated) )",
    "(?:follow|following) up (?:again|once more|one more time|a second time)",
    "(?:write|email|writing|emailing) (?:a|for the) (?:second|third|fourth|2nd|3rd|4th) time",
    "(?<=\\| )still nothing(?= (?:\\.|!|,|\\||yet|from|on my|since) )",
    "(?:make sure|check|confirm|ensure|see) (?:that )?nothing (?:be|have|get) {a2}(?:stuck|miss"
    "|missing|lose|wrong)",
    "my {g1}(?:email|message|mail|note|letter|application) {a2}(?:never|not|do not|did not) {a2}"
    "(?:reach|arrive|get to|go through)",
    "(?:the|your|this|my) silence {g3}(?:worry|worried|mean|read|a no|concern|make me)",
    "no (?:{news}|answer) yet",
    "check my (?:inbox|email|mail|portal|phone) {g3}(?:for (?:your|news|any|an update|word|a reply"
    "|a response)|every (?:hour|day|minute|few minutes)|constantly|obsessively|all day"
    "|times (?:a|an|per) (?:day|hour)|hope|hoping)",
    "(?<=\\| )anyone (?:there|home|out there)(?= \\? )",
    "no (?:reply|response|answer|word) {a2}(?:have )?(?:come|arrive|be receive)",
    "it (?:have|be) be {g2}(?:day|days|week|weeks|month|months)(?= (?:\\.|and|now|\\|"
    # Since the last letter, not "since I last saw snow".
    "|since (?:my |our |the |your )?(?:last )?(?:email|message|note|letter|interview|application"
    "|submission)|since i (?:last )?(?:write|email|hear|submit|apply|interview|reach)) )",
    # Silence counted out: "Two months without a reply", "still hoping to hear something".
    "(?:day|days|week|weeks|month|months) without (?:a |any )?(?:{news}|answer)"
    f"{_FROM_THE_PROGRAM}",
    "still {a1}(?:hope|wait) (?:to hear|for (?:news|word|a reply|an answer|a response|something"
    "|anything|an update|any update))"
    # From the program, not "still waiting to hear from the relocation office".
    f"{_FROM_THE_PROGRAM}",
    "nothing (?:on my end )?(?:from you|from the program|from the committee|from your office) yet"
    f"{_NOT_ABOUT_LOGISTICS}",
    # From the program, not "we heard nothing back from the lab".
    "(?:hear|heard) nothing(?: back| yet| so far| since)?(?= (?:\\.|!|\\||\\?) )",
    "(?:hear|heard) nothing (?:back |yet |so far )?(?:from (?:you|your|the program|the committee"
    "|dr)|since (?:my|i|the interview))",
    "(?:committee|program|you) {a2}(?:meet|decide|review|discuss) {a1}(?:yet )?(?:re|about|on"
    "|regarding) my (?:file|application|candidacy)",
    # The program's pace: "whether you are still reviewing applications", "any ETA on
    # decisions", "whether the program has begun sending interview decisions".
    "(?:whether|if) (?:you|the committee|the program|your program) {a2}(?:be )?still (?:review"
    "|reviewing|consider|considering|interview|interviewing|accept|accepting) (?:application"
    "|applications|applicant|applicants|candidate|candidates)",
    "(?:any|some) {news} at all",
    # "Kindly revert back with the update on my file": reply with news of it.
    "revert (?:back )?(?:to me )?(?:with|on|regarding|about) {g2}(?:update|status|decision|news"
    "|outcome|result)",
    "(?:hope|hoping|wait|waiting) for (?:an|any|some) {news}"
    # News of the applicant's own file, not "the family was waiting for some news".
    "(?= (?:(?:on|about|regarding) (?:my|our)|from (?:you|the program|the committee)|soon) )"
    f"{_NOT_ABOUT_LOGISTICS}(?!{_ON_LOGISTICS})",
    # "name" is how the lexicon reads a capitalised word it does not know, such as "ETA".
    "(?:any|an) (?:{timeline}|name) (?:on|for) (?:a |the |your )?(?:decision|decisions"
    "|interview decision)",
    # The program's mail, not "we started sending invitations for our symposium".
    "(?:you|u|they|the program|the committee|your program|your office|the residency|name) {a2}"
    "(?:have |be )?{a2}(?:begin|begun|start|started) (?:send|sending|release|releasing|issue"
    "|issuing) (?:interview )?"
    "(?:decision|decisions|invitation|invitations|invite|invites)",
    "wait {g1}(?:for|on) your {g2}(?:response|reply|decision|answer) (?:regarding|about|on"
    "|since) my",
    "(?:await|awaiting) {g3}(?:{news}|outcome) (?:on|about"
    "|regarding|of) my (?:application|candidacy|file|status)",
    # A request to update (the frame leaves out thanks for one received: Analysis.is_thanked).
    "update (?:regarding|about|on) my (?:application|candidacy|status|file)",
    "no (?:reply|response|answer) to (?:the|my) (?:first|last|previous|earlier)",
    "(?:second|third|fourth|2nd|3rd|4th) time (?:writing|emailing|reaching out|asking)"
    "(?= (?:\\.|,|!|\\||to you) )",
    "(?:application|file|email|message|note) (?:back )?(?:to|at|on) (?:the )?top of (?:the"
    "|your) (?:pile|stack|inbox)",
    "(?:whether|if) my (?:application|file|email|message) {a2}(?:have )?(?:be )?(?:ever )?"
    "(?:open|opened)",
    "have yet to (?:receive|hear|get) (?:any |a )?(?:word|news|reply|response|update|answer"
    "|decision|anything)",
    "should i assume (?:i|my (?:application|file|candidacy)) {a2}(?:be not|be reject|do not|have"
    " not|will not)",
    # Watching for the program's answer: "I keep refreshing the portal every morning".
    "(?:keep|kept) (?:refresh|refreshing|check|checking) (?:the|my) (?:portal|inbox|email|mail"
    # For the program's answer, not "checking my phone during the storm".
    "|phone|eras)(?= (?:\\.|!|\\||for (?:news|any news|word|a reply|any reply|a response|an update"
    "|any update|your (?:reply|response|decision|email))|every|all|hoping|waiting|in case) )",
    "(?:have|do|be) not {a2}(?:yet )?(?:see|seen) (?:anything|any (?:email|invitation|invite|update"
    "|news|reply))(?= (?:\\.|!|,|\\||yet|from you|from the program) )",
    # Afraid the last message went missing: "in case my email got lost", "slipped through".
    "(?:get|go|be|end up) lose(?= (?:\\.|!|,|\\||in (?:your|the) (?:inbox|mail|email|shuffle"
    "|spam|pile)|somewhere|along the way) )",
    "(?:it|this|my {g1}(?:email|message|application|note|letter|file)|they) {a2}(?:have )?(?:slip"
    "|slipped|slips|slipping|fall) through the (?:crack|cracks)",
    "(?:make sure|ensure|check|confirm|see) (?:that |if |whether )?(?:it|this|my {g1}(?:email"
    "|message|application|note|letter)) {a2}(?:do not|have not|be not|will not) {a2}(?:(?:get|go"
    "|end up) (?:lose|buried)|(?:fall|slip) through|be buried)",
    "in case (?:you|it|my|this|the) {g3}(?:miss|lose|overlook|slipped|slip|go astray|not arrive"
    "|not reach|not go through|not come through)",
    # Resending, not offering to resend ("I can resend it"): "resending my note below".
    "(?:resending|re-sending)(?= (?:this|my|it|the|below|in case|again) )",
    # Not an offer to send a form again: "I can send it again if that is easier".
    "(?:forward again|send(?<!school to send)(?<!them to send)(?<!registrar to send)(?<!office to"
    " send)(?<!can send)(?<!could send)(?<!happy to send)(?<!glad to send) (?:this|it|my (?:email"
    "|message)) again)",
    "(?:follow up|write|email|reach out|contact you) {g1}for the (?:second|third|fourth|2nd|3rd"
    "|4th|third|last) time",
    "(?:any|some) movement on (?:my (?:application|candidacy|file|app)|this|it)",
    "(?:hear|hear back|hear anything|hear from you) (?:back )?by now",
    "(?:top|front) of your inbox",
    "(?:pop|popping|popped|pops) (?:back )?(?:in|into|up in|up into) your inbox",
    "acknowledge (?:receipt of )?my (?:previous |last |earlier )?(?:mail|email|message|application"
    "|letter)",
    "(?:check|ask|inquire|enquire) (?:on|about|regarding) (?:the |my )?(?:status|application"
    " status)(?= (?:\\.|!|,|\\||of my(?! (?:parking|hotel|reimbursement|badge|travel|permit"
    "|form|booking|reservation|flight|shuttle|locker|visa letter))|\\?) )",
    "nudge(?= (?:on|about|regarding|re) )",
    "nudge (?:this|it) (?:back )?up",
    "radio silence",
    "(?:ping|pinging|pinged) (?:you )?(?:again|about|regarding|re)",
    "(?:resurface|resurfacing|bump|bumping) (?:this|it|my)",
    "(?:get|be) buried",
    "status check",
    "fate of my (?:application|candidacy|file)",
    "(?:kindly|please) update (?:me|us)(?= (?:\\.|!|,|\\||on my|about my|regarding my|at your) )",
    "no (?:communication|news|information) {a2}(?:have )?(?:come|arrive|be receive)",
    "(?:whether|if) my (?:application|file|materials|documents) {a2}(?:have )?make it (?:to"
    "|through)",
    "(?:any|some) movement(?= (?:\\.|\\?|\\||!|,|yet|so far) )",
    "where (?:things|matters) {a2}(?:stand|be)",
    "not sure (?:if|whether) (?:my {g1}(?:email|message|note|application|letter)|it|this) {a2}"
    "(?:go through|reach|arrive|get through)",
    "(?:sending|resending) (?:it |this |my (?:email|message|note) )?again(?= (?:\\.|!|,|\\||in case"
    "|as|since) )",
    "check back in(?= (?:,|\\.|!|\\||on my|on the status|about|regarding|to see|to ask|with you) )",
    "wait (?:on|for) (?:word|news|any (?:word|news|update)|an update|a response|a reply"
    "|a decision|your decision)(?= (?:\\.|!|,|\\||on my|about my|regarding my|from you|from the"
    " program|from the committee) )",
    "do my (?:application|email|message|messages|document|documents|material|materials) {a2}"
    "(?:reach|arrive|get to|go through)",
    "(?:whether|if) (?:you|the committee|name|the program|anyone) {a2}(?:have )?(?:receive|review"
    "|see|get|read|look at|consider|open) {g2}my (?:application|file|material|materials|document"
    "|documents|email|message|letter|cv|update)",
    "(?<!how )(?:whether|if|have|be) my (?:application|file|materials|documents) {a2}(?:have )?"
    "(?:be )?(?:review|receive|see|read|consider|process|processed|evaluate|look at)",
    # "Check in on" chases only the application ("checking in on my app", in the next
    # pattern); on anyone else it is looking after people: "the chief resident checked in on
    # me", "I checked in on Mr. Alvarez every morning", "kind of you to check in on those of us".
    f"check in (?:to see|to ask|once more|again){_NOT_ABOUT_LOGISTICS}",
    f"check in(?: with you)?{_ABOUT_THE_APPLICATION}{_NOT_ABOUT_LOGISTICS}",
    "bump {g2}(?:up|to the top)",
    # Not a reply to the program's own mail: "following up on your email about the form".
    "follow up (?:again |once more )?(?:on|about|regarding|re :|re|with you (?:on|about|regarding))"
    " (?!(?:[^ |]+ )?(?:your|name|dr) ){g2}"
    "(?:application|status"
    "|candidacy|previous|last|earlier|email|message|note|letter)",
    f"circle back(?: with you)?{_ABOUT_THE_APPLICATION}",
    "bump (?:this|it|my)",
    # Not heard from the program (not from a parking office, a hotel or a landlord).
    # Not a condition ("if I do not get any interview this year"): silence reported.
    "(?<!if i )(?<!if we )(?:have|do|be) not {a2}(?:yet )?(?:hear|receive|get) (?:back|anything"
    "|any|a|word|news|one"
    "|from (?:you|your|anyone|the program|the committee))(?! (?:back )?from (?!(?:you"
    "|your|anyone|the program|the committee|the residency|the coordinator|dr|the selection)))",
    "(?:have|do) not {a2}(?:yet )?have (?:any |a )?(?:news|word|reply|response|update|answer"
    "|decision)",
    # Not eagerness: "Can't wait to hear from you!"
    "(?<!can not )wait to hear (?:back|about|on|regarding|from you)",
    "(?:hope|wait|look forward) (?:for|to) {g2}(?:update|news|word|response|reply|decision) (?:on"
    "|about|regarding) my",
    "status of my (?:application|candidacy)",
    "any {news} (?:on|about|regarding) (?:my|the) ",
    # News hoped for aloud: "Hoping there's some news on my application soon".
    "hope there be (?:some|any) (?:news|update|word|progress|movement) (?:on|about|regarding|with)"
    " my",
    "any {timeline} (?:you|u) (?:could|can|might|would) (?:share"
    "|give|offer|provide)"
    f"{_NOT_ABOUT_LOGISTICS}(?! (?:for|on|about|regarding){_ABOUT_LOGISTICS})",
)
PROVIDES_INFO = topic(
    "provides-info",
    'the sentence carries something new for the program: "here is my corrected phone number"',
    "here be",
    "attach",
    "(?:attached|enclosed)",
    # What the program asked for: "following up with the document you requested".
    "(?:you|name|the committee|the coordinator) (?:request|requested|ask for|asked for|ask about"
    "|asked about|mention|mentioned)",
    # An answer to the program's question: "February 9 works well for me".
    "(?:work|suit) (?:well |fine |best |perfectly )?for (?:me|us)",
    "(?:correct|corrected|updated|new|current|wrong|old|incorrect) (?:phone|number|address|email"
    "|contact|mobile)",
)
# Who checks in: "you checking in on us", "thank you for checking in" are the program's acts.
PROGRAM_ACTS = words("you name he she they for your dr program coordinator team")
GOOD_WISHES = topic(
    "good-wishes",
    'good wishes for the result, not a request for news: "I hope to hear good news on Match Day"',
    "good news",
    "(?:on|after|by) match (?:day|week)",
)
PROGRAM_NEEDS = topic(
    "program-needs",
    'the program needing something from the applicant: "if you need any update from me"',
    "(?:you|name|the committee|the program|your team|the team|anyone) {a2}(?:{modal} )?{a2}(?:need"
    "|require|want|would like)",
)

# --- tone ---------------------------------------------------------------------------------
# The place an applicant pleads for.
_A_PLACE = "(?:position|spot|place|seat|residency)"
PLEADING = topic(
    "pleading",
    'pleading: "I will do anything", "please give me a chance", "I really need this spot", '
    '"I am begging you", "this is my last chance", "my whole future depends on it", '
    '"I can\'t go unmatched again"',
    "do (?:absolutely |literally |just )?(?:anything(?: you ask| you want)?|whatever (?:it take"
    "|you ask|be need|you need"
    "|be necessary|be require|you require))(?= (?:\\.|!|,|\\||for (?:a |this |the |any )?"
    f"(?:{_A_PLACE}|chance|match|opportunity)|to (?:{{g2}})?(?:train|match|join"
    "|get|be part|be accept|be rank|be select|secure|earn|become|work (?:at|with|in|there))) )",
    "whatever it take(?= (?:,|\\.|!|\\|) )",
    f"(?:take|accept) (?:anything|any {_A_PLACE}|whatever)(?= (?:,|\\.|!|\\|) )",
    f"take {{a2}}(?:any|whatever) (?:{_A_PLACE}|offer|program)"
    "(?:s)?(?= (?:,|\\.|!|\\||you|at all|anywhere|that|available|going|left|open) )",
    # Searched from the rare word ("Mercy Hospital" is a name, not this word).
    # Not a hospital's name, even where it opens a sentence ("Mercy is a great program").
    # Nor mercy told of as a story ("The mercy shown to me by my first attending").
    "(?<!\\| the )mercy(?! (?:be|have|will|would|can|could|do|name|hospital|clinic|medical|health"
    "|center|show|shown|showed"
    "|centre|general|program|residency|hospice|house|campus|system|north|south|east|west) )",
    "(?<=have |take )pity",
    "throw myself (?:on|at)",
    "(?<=on my )knees",
    "(?<=upon my )knees",
    *(
        f"(?<={need} )(?:give up|quit|leave|abandon) (?:on )?(?:medicine|my dream|my career)"
        for need in ("have to", "must")
    ),
    "(?:please|kindly) (?:do not|not|never) turn (?:me|my application) (?:away|down)",
    "(?:any program|anyone|anywhere|any place|any hospital) (?:that|who) {a2}(?:will|would) (?:have"
    "|take) me",
    "(?:lose|losing) (?:all )?hope",
    "can not (?:lose|miss) (?:it|this|this chance|this opportunity|this spot)(?= (?:\\.|!|,|\\|) )",
    "(?:scared|afraid|terrified|frightened) (?:of|about) {g1}(?:not match|go unmatched"
    "|be unmatched|fail)",
    "(?:forever|eternally) (?:indebted|in your debt)",
    # The applicant's own plight, not a patient's: "I am running out of time".
    "i {a2}(?:be |have )?(?:run|running|ran) out of (?:time|hope|options|chances|years)",
    "(?:save|rescue) my (?:career|life|future|dream)",
    "(?:destroy|devastate|crush|break) me (?:to|if)",
    "folded hands",
    "only earn member",
    f"{_A_PLACE} (?:that )?you (?:can|could) spare",
    "(?<=\\| )(?:beg|plead)(?= (?:here|you|for|,|\\.|!|\\|) )",
    "(?<=if that be what it )take(?= (?:to|,|\\.|!|\\|) )",
    "(?:do not|not|never) let me down",
    "(?:family|parent|parents|everyone|everybody) {a2}(?:be )?(?:count|counting|depend|depending"
    "|rely|relying) on me",
    "can not (?:let (?:them|my family|my parents|everyone) down|fail (?:them|my family|my parents)"
    "|face my (?:parents|family))",
    "(?:sacrificed|give up|gave up|given up) everything(?= (?:for|to|\\.|,|!|\\|) )",
    "humanitarian (?:ground|grounds)",
    "desperate (?:to|for) (?:hear|a yes|good news|news)",
    "end up with nothing",
    "(?:will|would) {a2}beg(?= (?:\\.|!|,|\\||if|for|you) )",  # "I'll beg if I have to"
    "do-or-die",
    # A sacrifice offered for the place: "I'd sleep in the call room if it meant a spot".
    "if (?:it|that|this) {a2}(?:{modal} )?(?:mean|get|give|earn|win|secure) (?:me )?(?:a|the|one"
    f"|that|your) (?:residency |training |categorical )?(?:{_A_PLACE}|match|contract)",
    "(?:pray|praying|prayed) (?:that )?(?:you|u) (?:take|pick|select|choose|rank) me",
    "i have nothing(?= (?:\\.|!|\\||left|else|if not) )",
    "shame of (?:another|a second|go|be)",
    "(?:not|never) (?:to )?turn me (?:away|down)",
    "(?<=\\| )desperate (?:hope|want|need|wish)",
    "(?:show|have) (?:some )?(?:sympathy|compassion)",
    "not let my {g3}go to waste",
    "not {a2}think (?:i|we|my (?:family|parents|wife|husband|spouse|children|kids|mother|father))"
    " {a2}(?:can|could|would be able to) {a2}(?:survive|bear|handle|take|face|endure|go through|do)"
    " (?:another"
    "|one more|a second|a third|it|this|that|go unmatched|be unmatched|not match|lose|the (?:shame"
    "|pain|thought|disappointment|heartbreak|rejection))",
    "not know what {a2}(?:will|would) {a2}become of me",
    "(?:so|really|very|truly|getting|feel|feeling|lowkey|kinda|pretty|super|honestly|literally"
    "|actually|totally|quite|rly)"
    " desperate(?= (?:at|now|\\.|!|,|\\|) )",
    "(?:appeal|appealing) to your (?:kindness|mercy|compassion|sympathy)",
    "(?:be|feel) {a2}lose if i",
    "what will become of me",
    "(?:finish|end|ruin|destroy) my career",
    "in your hands",
    "without your (?:kind )?(?:selection|support|help|mercy|consideration)",
    "(?:destroy|devastate|crush|break) me(?= (?:\\.|!|,|\\|) )",
    "(?:can not|must not|can not afford to) {a2}(?:fail|go unmatched|be unmatched) (?:again|another"
    " time|this time|twice)",
    "(?:wits|wit) end",
    "end of my rope",
    "find it in your heart",
    "(?:cry|cried|crying) (?:every night|myself to sleep|all night|every day)",
    "(?:accept|take|work) (?:any|whatever) (?:condition|conditions|terms|hours|shift|shifts|salary"
    "|pay|schedule)",
    "everything {a2}(?:depend|rest|ride|hang|hinge) on (?:you|your|this|name)",
    "(?:not|never) let (?:me|my application|my file|my chance|this) {g1}(?:slip away|slip|fall"
    " through)",
    # The loss still to come, not one narrated ("the family had lost everything in the
    # flood"): the lemma hides the tense, so a modal, "to" or "of" comes first.
    "(?:will|would|could|might|may|can|to|of|gonna|risk) {a2}(?:lose|losing) (?:all )?"
    "(?:everything|my (?:savings|marriage|visa|place in line|home|house|family|career|future))",
    # Someone, anyone, to take the applicant: "I just need one program to believe in me".
    "need {a2}(?:one|a|someone|somebody|one program|a program|one person|a person) (?:to|who"
    " (?:will|would|can)) (?:believe in|take a chance on|give me a chance|take me|say yes)",
    # What the applicant would give up for the place: "anything to be there".
    "(?<=, )anything (?:at all )?to (?:be (?:there|here|part of|with you|on your team)|get in"
    "|train (?:there|here|with you)|match (?:there|here|with you))",
    "(?:not|another|one more) (?:another |one more )?year without (?:a |any )?"
    f"(?:{_A_PLACE}|match|job)",
    "my (?:only|last|final) (?:hope|chance|shot|option)(?= (?:\\.|!|,|\\||left|of (?:match|get|be)"
    "|to (?:match|train|join|get|be|secure|become|prove)|at (?:match|a residency)) )",
    "nothing (?:else )?left to lose",
    "(?<=i have )nothing (?:else )?left but",
    "give (?:up )?anything (?:for|to)",
    "(?:let me in|please help me)",
    "(?:i|me) {g2}nowhere else to (?:turn|go)",
    "can not {a2}(?:survive|bear|handle|face|go through|take|do) a (?:second|third|fourth) time",
    "can not (?:survive|bear|handle|face|go through|take|do) (?:another|one more) {g1}(?:year|cycle"
    "|rejection|unmatched|season|round)",
    "(?:career|life|future|dream) {g3}(?:will|would) (?:finish|end)(?= (?:\\.|!|,|\\|) )",
    "(?:career|life|future|dream|everything) {g3}(?:be|will be) (?:over|finished|ruined|destroyed"
    "|gone)",
    "work (?:for free|without (?:salary|pay)|unpaid)",
    "grateful (?:my whole life|forever|for the rest of my life|all my life|lifelong"
    "|for life(?= (?:\\.|!|,|\\|) ))",
    "the (?:last|only|final) (?:chance|hope|option|shot) for me",
    "(?<=\\| )(?:last|final|only) (?:chance|shot|hope) for me",
    "(?:family|life|career|future) {a2}(?:will|would) {a2}(?:suffer|fall apart|be ruined"
    "|be destroyed)",
    f"without this (?:{_A_PLACE}|match|chance)",
    "need this(?: one)?(?= (?:\\.|!|\\||so much|so badly|badly|really badly|more than anything) )",
    # Hopelessness said of oneself now: "makes me feel more hopeless", "I feel helpless".
    # The lemma hides the tense: a feeling now ends the sentence or says how long it lasts
    # ("I feel helpless."), a story goes on ("I felt helpless the night of my first code").
    "(?:i|me) {a2}(?:feel|be|feeling) {a2}(?:more |so |completely |totally )?(?:hopeless|helpless)"
    "(?= (?:\\.|!|\\||now|these days|every day|at this point|about (?:my|the|this) (?:match"
    "|application|future|chances)) )",
    # Not a chance someone gave in a story: "an attending who gave me a chance to lead".
    "give(?<!for give)(?<!if you give)(?<!if u give)(?<!who give)(?<!that give)(?<!he give)"
    "(?<!she give)(?<!they give)(?<!name give)(?<!name , give) me (?:a|one|the|this|another"
    "|a second|one"
    " more) (?:chance|shot|opportunity)"
    # Not a task handed over in a story: "gave me the chance to run family meetings".
    "(?! to (?:interview|meet|speak|talk|visit|learn|present|discuss|connect|share|run|lead"
    "|teach|manage|write|practice|practise|perform|observe|shadow|assist|care for))",
    "i {a2}(?:need|must have|must get|have to get|have to have) (?:this|a|the|your|that) {g1}"
    # Not somewhere to stay: "I really need a quiet place to study".
    f"(?:{_A_PLACE}|match|interview|chance)(?! (?:to (?:study|stay|sleep|park"
    "|live|eat|rest|sit|charge)|near|close to|for (?:my|the) (?:car|luggage|bag|bags)))",
    "i {a2}need to match",
    # Nothing to fall back on: "there's no plan B for me", "I have no backup plan at all".
    "(?:there be|i have|i have get|i {a2}do not have) {a2}(?:no|any) (?:plan b|plan name|backup"
    " plan|back-up plan|fallback plan)(?= (?:for me|at all|if|and|,|\\.|!|\\||none|left|this year)"
    " )",
    # A bare "no backup" may be about the list ("the whole list for me, there's no backup").
    "(?:there be|i have|i {a2}do not have) {a2}(?:no|any) (?:backup|back-up|fallback)(?= (?:for"
    " me|at all|if) )",
    "(?:i|we) {a2}(?:be )?{a2}(?:beg|plead)(?= (?:you|for|of you|with you|to be|to you|at|,|\\.|!"
    "|\\|) )",
    "please (?:, )?please",
    "please (?:, )?(?:just |only )?one (?:more )?(?:chance|shot)",
    "not know what i {a2}(?:{modal} )?{a2}do(?= (?:if|\\.|!|\\||without|otherwise|with my life"
    "|next) )",
    # "Please. Anything at all!": the plea split over two sentences.
    f"please (?:(?:,|\\.|!|\\||-) ){{0,4}}(?:anything|any {_A_PLACE})(?= (?:at all|\\.|!|\\||,) )",
    "i {a2}(?:be|feel|grow|get|become) {a2}desperate(?= (?:\\.|,|\\||!|and|that|at this point|now"
    "|right now|by now|at this stage|for (?:a |an |this |the |any )?"
    f"(?:{_A_PLACE}|match|chance|interview|opportunity|yes|break)|to (?:match|get|be|secure"
    "|train|join)) )",
    "i {a2}desperate (?:need|want|hope|wish)",
    f"desperate (?:to|for) (?:a |an |this |the |any )?(?:{_A_PLACE}|match|chance|opportunity)",
    "(?:this|{prog}) {a2}(?:be|may be|might be|could be) {a2}my (?:last|only|final) (?:chance"
    "|hope|option|shot|attempt|try)(?! (?:to|for) (?:see|visit|travel|enjoy|spend|take a|go|try"
    "|eat|relax|attend|celebrate|catch|watch|meet|ask|say|submit|register) )",
    # Not a practical choice told as a story: "I had no other option than to take the bus".
    "i {g2}have no other (?:option|options|choice|hope|way|chance)(?! (?:than|but) (?:to )?(?:take"
    "|drive|fly|walk|wait|stay|use|book|leave|go|rent|sleep|travel|cancel|reschedule|miss|call) )",
    "(?:please|kindly) (?:do not|not|never) pass (?:me|my application|my file) over",
    "(?:please|kindly) (?:do not|not|never) (?:reject|forget|ignore|overlook|give up on|pass over"
    "|dismiss|disappoint|pass me over)"
    "(?: about| of)? (?:me|my)",
    # "my whole future rests on this", not "with my family for the rest of the month".
    "my {g2}(?:life|future|career|family|everything) {g2}(?:depend|rest|ride|hang|hinge)"
    "(?= (?:on|upon|in|entirely|completely|solely|all) )",
    # "My visa, my loans and my self-respect all depend on matching this March".
    "(?:all|everything) {a2}(?:depend|rest|ride|hang|hinge) on (?:match|matching|this match|your"
    " decision|you|getting in|get in)",
    # "Any position. I'll take it."
    f"any (?:{_A_PLACE}|program)(?: at all)?(?: (?:\\.|,|!|-|\\|))* i"
    " {a2}(?:will|would|be go to) {a2}take it",
    # Distress now, not told as a story: "I am starting to panic", "I'm losing my mind".
    f"i {{a2}}(?:be )?(?:start|starting|begin|beginning) to panic{_PANIC_ENDS}",
    "i {a2}be (?:panic|panicking|freak out|freaking out|fall apart|falling apart|lose my mind"
    "|losing my mind|lose hope|losing hope)"
    f"{_PANIC_ENDS}",
    "i {a2}can not sleep(?= (?:\\.|!|,|\\||at night|since|because|anymore|any more) )",
    "not know how i {a2}(?:will|would|could|can) (?:face|tell|look at) my (?:family|parents"
    "|father|mother|wife|husband|children|kids)"
    # Not a story that goes on: "how I would tell my parents about my grandmother's diagnosis".
    "(?= (?:\\.|!|\\||if|again|that i|about (?:this|it|another|not match|the match|my failure)) )",
    # Everything given up for the place: "I'd drop everything to be part of your team".
    "(?:drop|give up|leave|sacrifice|quit) everything (?:to|for) (?:be|join|train|work|match"
    "|get|come|a spot|a position|the chance|this)",
    "(?:seriously|truly|literally|honestly|absolutely|really) anything(?= (?:!|\\.|\\||,) )",
    "(?:would|will) {a2}(?:sleep|live) (?:in my car|on the floor|on the street|in a tent)",
    # Any place at all: "grateful for any position at all", "any chance at all".
    # The whole wish, not "thankful for any opening in your schedule for a call".
    f"(?:grateful|thankful) for any (?:{_A_PLACE}|chance|program|offer|opening)"
    "(?= (?:\\.|!|,|\\||at all|you) )",
    # Not "any seat at all is fine for the dinner".
    f"any (?:{_A_PLACE}|program|offer) at all(?= (?:\\.|!|,|\\|) )",
    # Out of options, with the "I" dropped: "No options left."
    "(?<=\\| )(?:no|zero) (?:options|hope|chances|other options|way out) left(?= (?:\\.|!|\\|) )",
    "(?:be|that be|this be) all i {a2}(?:ask|ask for|be ask|be asking)"
    "(?= (?:\\.|!|,|\\||for|of you) )",
    # A plea with the "I" dropped, as phone mail drops it: "Really need a spot."
    "(?:(?<=\\| )|(?<=\\| really )|(?<=\\| just )|(?<=\\| badly ))need (?:a|this|the|one|any|that)"
    f" (?:{_A_PLACE}|match|interview)(?= (?:\\.|!|,|\\||so|badly|please) )",
    "(?:just|please|pls|plz|kindly) say yes",
    "(?:say yes to|accept|take) anything (?:you|u) (?:offer|have|give)(?= (?:\\.|!|,|\\||me) )",
    # Pleading as a whole sentence of phone mail: "Desperate here. Any spot."
    "(?<=\\| )desperate(?= (?:here |now )?(?:\\.|!|\\|) )",
    # Not "Window or aisle? Any seat.": a fragment names only a training place.
    "(?<=\\| )any (?:spot|position|place|residency)(?= (?:\\.|!) \\| )",
    "only (?:one|ones|person|people|program) (?:who|that) can (?:save|rescue|help) me",
    "can not afford (?:not to match|to go unmatched|another (?:year|cycle|rejection)|to fail)",
    "can not {g2}(?:go|be|remain|stay) unmatched",
    "i {a2}(?:will|would) be (?:devastated|heartbroken|crushed)",
)
STOCK_PRAISE = topic(
    "stock-praise",
    'stock praise: "excellent teaching and research", "a great program", "a wonderful '
    'opportunity", "strong clinical training", "supportive faculty", "a great fit", "world-class"',
    f"{_PRAISED}(?:teaching|education|clinical training|clinical) and research",
    f"(?<!my ){_PRAISED}(?:residency )?(?:program|institution|institute|hospital|department)"
    "(?! (?:director|coordinator|manager|leadership|administrator|staff|office|website|handbook"
    "|letter|email|chair|head) )",
    "(?:wonderful|great|amazing|fantastic|incredible|unique|excellent|exceptional|outstanding)"
    " opportunity(?! to (?:interview|meet|speak|talk|visit|learn|present|discuss|connect|join|see"
    "|hear) )",
    # "An amazing experience" is the interview day, not the program's training.
    f"{_PRAISED}(?:(?:clinical )?(?:training|education|curriculum|teaching|exposure)"
    "|clinical experience)(?! (?:moment|moments|session|story|example) )",  # a moment seen
    "(?:excellent|great|outstanding|strong|stellar|impressive|renowned|good|fine|solid|sterling"
    "|enviable|well-deserved|wonderful|tremendous) reputation",
    # A reputation with nothing behind it: "a reputation for excellence", "held in high regard".
    "reputation (?:for|as) (?:a leader|a leading|excellence|clinical excellence|academic"
    " excellence|excellent|outstanding|strong|training|teaching|education|resident education"
    "|quality|produce|producing)",
    "(?:held|hold) in (?:high|great|the highest|such high) (?:regard|esteem)",
    "widely (?:admired|respected|regarded|recognized|recognised|known|praised|acclaimed) (?:for"
    "|as)",
    "speak (?:so )?highly of (?:the|your|its|this) (?:program|training|residents|faculty"
    "|education|teaching|residency)",
    # The subject of the praise, not the end of a phrase ("the match rate at your program was").
    f"{_NOT_AFTER_A_PREPOSITION}"
    "(?:program|faculty|resident|residents|training|curriculum|education|institution|hospital|team"
    "|staff|people|environment|atmosphere|culture|everyone|everybody|name|you)(?: there| here)?"
    " {a2}(?:be|seem"
    "|look|feel)"
    " {a2}(?:so |such |truly |really |just |incredibly |extremely |the )?"
    f"(?:{_PRAISE[3:-1]}|nice|kind|happy|wonderful|great)"
    "(?= (?:\\.|!|,|and|\\||<|:|;|in every (?:way|respect|aspect)) )",  # "<3", ":)" end it too
    "everything about {prog} {a2}(?:be|seem|look|feel|sound) {a2}(?:wonderful|great|perfect"
    "|amazing|excellent|ideal|fantastic|incredible|impressive)",
    "perfect in every (?:way|respect|aspect)",
    "blown away by (?:everything|it all|the program|your program|the whole|all of it)",
    "the best (?:training|program|education|environment|place|clinical|residency)",
    f"how (?:{_PRAISE[3:-1]}|nice) (?:the |your )?(?:program|faculty|residents|people|team"
    "|everyone|training)",
    "one of the (?:best|finest|top|leading|greatest|premier)(?= (?:{g2}program|in the (?:country"
    "|nation|region|state)|\\.) )",
    "everything i {a2}(?:{modal} )?(?:be )?(?:look for|want|need|hope for|seek|dream of|value)"
    "(?= (?:in|\\.|,|\\||and) )",
    "(?:commit|dedication|devotion) to excellence",
    "(?:commit|dedication|devotion|emphasis|focus) (?:to|on) (?:resident |medical |graduate"
    " )?(?:education|teaching|excellence|patient care|patient-centered care|patient-centred care"
    "|wellness|well-being|innovation|scholarship|academic excellence|clinical excellence|service"
    "|diversity|evidence-based medicine|evidence base medicine|quality)"
    "(?= (?:\\.|,|\\||and|be|in|as|is) )",
    "(?:renowned|known|famous|recognized|recognised|respected|celebrated|reputed|acclaimed) (?:for"
    " its|for) (?:clinical |academic |educational )?(?:excellence|training|teaching|research"
    "|education|reputation|quality)",
    "reputation {a2}(?:speak|speaks) for itself",
    "(?:strong|long|proud|rich) tradition of (?:excellence|training|teaching|education)",
    "align with my (?:goals|values|interests|career goals|own values)",
    "the quality of (?:the |your )?(?:training|education|teaching|faculty|care|program)",
    "(?:overall|high) quality of (?:the |your |this )?(?:program|institution|hospital|residency)",
    "(?:perfect|ideal|excellent|wonderful) match for (?:me|my)",
    "high standards",
    "(?:unparalleled|unmatched|unrivaled|unrivalled|tremendous|countless|endless|ample|abundant)"
    " opportunities",
    "camaraderie",
    "second to none",
    # A place anyone could be told is good for training: "a great place to learn and grow".
    "(?:perfect|ideal|great|wonderful|fantastic|amazing|excellent|incredible|terrific|special)"
    " place (?:for me )?to (?:train|grow|learn|thrive|work)",
    f"such (?:a|an) {_PRAISE} place",
    # Praise by hearsay: "I have always heard wonderful things", "people only say good things".
    "(?:hear|say|speak) {a2}(?:so many |many |only |nothing but |such )?(?:wonderful|great"
    "|amazing|good|fantastic|excellent|nice|positive|incredible) things about {prog}",
    # Not "impressed by everything the nurses did" or "everything I learned about the clinic's
    # outreach": only the bare impression, or one of the interview day.
    "(?:blown away|impressed|amazed|wowed) by (?:everything|it all|all of it)(?= (?:\\.|!|,|\\|"
    "|and|i (?:see|hear|experience)(?= (?:\\.|!|,|\\||and|at|during|on) )|(?:at|during|on)"
    " (?:the|your|this|my) (?:program|interview|visit|day)|about (?:the|your|this) program) )",
    "(?:unparalleled|unmatched|unrivaled|unrivalled|exceptional|outstanding|excellent"
    "|incredible|amazing|unique) (?:training|learning|educational|clinical) (?:experience"
    "|environment)",
    # Strengths no one names ("several unique strengths that make it right for me"), not
    # "strengths in point-of-care ultrasound".
    "(?:several|many|numerous|unique) strengths(?! in )",
    "(?:resident|residents|trainee|trainees) {a2}(?:thrive|flourish)",
    "the best of the best(?! (?:at|in|when) )",  # not a skill: "... at teaching ultrasound"
    "top notch",
    "top-notch(?= (?:\\.|!|,|\\|) )",
    "exactly what i {a2}(?:be )?look for",
    "be {a2}(?:simply |truly |just |legit )?the best(?= (?:\\.|!|\\||,) )",
    "{prog} {a2}be {a2}(?:legit )?the best ?$",  # "ur program is legit the best" (no mark)
    "(?:check|tick) (?:all |every )?(?:of )?(?:my |the )?(?:box|boxes)",
    "(?:values|mission|vision|philosophy) {a2}(?:resonate|resonates|align|aligns) with (?:me|my)",
    "(?:strong|rich|long) academic (?:tradition|history|heritage)",
    "diverse clinical (?:experience|experiences|exposure)",
    "(?:excellent|great|outstanding|supportive|amazing|wonderful|friendly|welcoming|collegial"
    "|fantastic|incredible|nurturing|strong|nice|pleasant) (?:and (?:excellent|great|outstanding"
    "|supportive"
    "|amazing"
    "|wonderful|friendly|welcoming|collegial|fantastic|incredible|nurturing) )?(?:faculty"
    "|residents|people|environment|atmosphere|culture|staff|colleagues|community)",
    # Not the applicant's own fit: "I would be a (really) great fit" is about the applicant.
    f"{_NOT_THE_APPLICANT_S_FIT}(?:great|perfect|good|excellent|ideal) fit",
    "world-class",
    "world class",
    # Admiring strengths or work no one could name: "I admire the program's strengths".
    "admire {g3}(?:strength|strengths|excellence|reputation|culture|values|mission)(?= (?:\\.|!|,"
    "|\\||and) )",  # "strengths in point-of-care ultrasound" names them
    "(?:wonderful|great|amazing|incredible|excellent|outstanding|important|fantastic) work"
    " (?:that )?(?:your|the|this) (?:program|department|team|residents|faculty|hospital"
    "|institution) {a2}(?:do|be do)",
)
