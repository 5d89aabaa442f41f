"""Tokens of the normalised view, each with its lemma and its exact span.

"I'm ranking you No. 1" becomes i/be/rank/you/no1, and every token keeps the characters it
came from, so a finding can point at exactly what the applicant typed. A contraction gives
two tokens sharing its span; a rank form written in several pieces ("number one", "# 1")
gives one token.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from checker.language.lexicon import (
    ABBREVIATIONS,
    CONTRACTIONS,
    IS_BEFORE,
    LEMMA,
    NEGATIVE_STEMS,
    NUMBER_ONE,
    SUFFIXES,
    words,
)
from checker.language.typos import correction
from checker.letter import is_greeting_line

# One scan, no nested unbounded quantifier: every repetition starts with a fixed character.
# Words come first (most tokens are words); the pieces of "#1", "No. 1" and "number one"
# are joined afterwards (_NUMBER_ONE_AFTER).
_TOKEN = re.compile(r"[^\W_]+(?:['.\-][^\W_]+)*|[?!.;:,()\"\[\]/&#<>\n-]")
_ONE_AFTER = re.compile(r"\.?\s{0,3}(?:1|one)(?!\w)")  # "number one", "#one"
_DIGIT_ONE_AFTER = re.compile(r"\.?\s{0,3}1(?!\w)")  # "No. 1", but "no one" is nobody
_NUMBER_ONE_AFTER = {"#": _ONE_AFTER, "number": _ONE_AFTER, "num": _ONE_AFTER}
_NUMBER_ONE_AFTER |= {"no": _DIGIT_ONE_AFTER, "nr": _DIGIT_ONE_AFTER}
_NUMBER_ONE_AFTER["numero"] = re.compile(r"\s{1,3}uno(?!\w)")  # "numero uno"
_MARKS = frozenset('?!.;:,()"[]/&#<>-')
_SPECIAL = _MARKS | {"\n"} | _NUMBER_ONE_AFTER.keys()  # tokens that are not plain words
SENTENCE_END = "|"
_ENDS = frozenset("?!.")
_MAX_LEMMA = 30  # a longer "word" is noise (a pasted link, a run of letters)


NAME = "name"  # a capitalised word inside a sentence that the lexicon does not know
# Words in capitals that shout rather than name ("I will take ANY spot").
_NOT_NAMES = frozenset({"i", "mr", "mrs", "ms", "any", "all", "every", "only", "very", "much"})
# Words that are something else when written in capitals: "IM" is internal medicine, not
# "I'm"; "ID" is an identifier, not "I'd".
_WRITTEN_IN_CAPITALS = frozenset({"im", "id"})
_OPENS_SENTENCE = frozenset({SENTENCE_END, ":", '"', "(", "-"})


class Tokens(NamedTuple):
    """Parallel lists: token i is lemmas[i], written at view[starts[i]:ends[i]]."""

    lemmas: list[str]
    starts: list[int]
    ends: list[int]


def tokenize(view: str, capitals: set[int], shouted: set[int]) -> Tokens:
    """Tokens of `view`; `capitals` holds the view positions where the original has a
    capital letter, `shouted` those where a word is written in capitals. A blank line, and
    ".", "!" or "?" (not after an abbreviation), are followed by a SENTENCE_END token."""
    lemmas: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    add_lemma, add_start, add_end = lemmas.append, starts.append, ends.append
    newlines = 1  # the text starts a line
    joined_until = 0  # the end of a "No. 1" already read as one token
    for match in _TOKEN.finditer(view):
        word = match.group()
        start = match.start()
        if start < joined_until:
            continue
        if word in _SPECIAL:
            if word in _NUMBER_ONE_AFTER:
                after = _NUMBER_ONE_AFTER[word].match(view, start + len(word))
                if after is not None:
                    joined_until = after.end()
                    newlines = 0
                    add_lemma(NUMBER_ONE)
                    add_start(start)
                    add_end(joined_until)
                    continue
                if word != "#":
                    newlines = _add_word(
                        view, word, start, newlines, lemmas, starts, ends, capitals, shouted
                    )
                    continue
            if word == "\n":
                newlines += 1
                if newlines == 2 and lemmas and lemmas[-1] != SENTENCE_END:
                    add_lemma(SENTENCE_END)
                    add_start(start)
                    add_end(start)
                continue
            newlines = 0
            if word == "." and lemmas and _is_abbreviation(view[starts[-1] : ends[-1]]):
                continue
            add_lemma(word)
            add_start(start)
            add_end(start + 1)
            if word in _ENDS:
                add_lemma(SENTENCE_END)
                add_start(start + 1)
                add_end(start + 1)
            continue
        lemma = _single_lemmas.get(word)
        if (
            lemma is None
            or start in capitals
            # A place's name in lower case opening a sentence ("lakeview is my #1"): the
            # sentence start first, the rarer and the cheaper test of the two.
            or ((not lemmas or lemmas[-1] in _OPENS_SENTENCE) and word.endswith(_NAME_ENDINGS))
        ):  # the rarer cases: see _add_word
            newlines = _add_word(
                view, word, start, newlines, lemmas, starts, ends, capitals, shouted
            )
            continue
        newlines = 0
        add_lemma(lemma)
        add_start(start)
        add_end(start + len(word))
    if NAME in lemmas:
        _names_at_sentence_starts(view, lemmas, starts, ends, capitals)
    return Tokens(lemmas, starts, ends)


def _names_at_sentence_starts(view, lemmas, starts, ends, capitals) -> None:
    """A word the letter uses as a name inside running text ("I loved my day at Riverside")
    is the same name where it opens a sentence ("Riverside is my first choice"). Only names
    after a word in lower case count: in a title-case subject every word has a capital."""
    names = {
        view[starts[index] : ends[index]]
        for index in range(1, len(lemmas))
        if lemmas[index] == NAME
        and starts[index - 1] not in capitals
        and lemmas[index - 1].isalpha()
    }
    if not names:
        return
    for index, lemma in enumerate(lemmas):
        start = starts[index]
        if lemma != NAME and start in capitals and view[start : ends[index]] in names:
            lemmas[index] = NAME


def _add_word(view, word, start, newlines, lemmas, starts, ends, capitals, shouted) -> int:
    """Add the tokens of one word (a name, a contraction, or a word read for the first time);
    returns the new count of line breaks just read (none)."""
    # A capital opens a sentence, the line under a greeting ("Dear Dr. Lee,"), or a text.
    # Under any other comma the line is wrapped mid-sentence or follows a closing, so a
    # capitalised word there is a name ("the chief resident,\nTy, showed me", "Best,\nTy").
    initial = (
        not lemmas
        or lemmas[-1] in _OPENS_SENTENCE
        or (newlines and lemmas[-1] == "," and _closes_greeting(view, starts[-1]))
    )
    # A place's name opening a sentence is a name however its first letter is typed
    # ("lakeview is my #1" in a forum draft); elsewhere a name needs its capital.
    if (initial and _names_a_place(view, word, start) and _is_unknown(word)) or (
        start in capitals
        and (
            (word in _WRITTEN_IN_CAPITALS and start in shouted)
            or (not initial and _is_unknown(word))
        )
    ):
        lemmas.append(NAME)
        starts.append(start)
        ends.append(start + len(word))
        return 0
    for part, offset, stop in _expansion(word):
        lemmas.append(part)
        starts.append(start + offset)
        ends.append(start + stop)
    return 0


# A capitalised word that opens a sentence is a name (the program) when it has the shape of a
# place's name ("Lakeview", "Greenvale", "Brookfield", "Oakridge") or owns a program
# ("Lakeview's program", "Mercy's residency"): not every capital at a sentence start.
_PLACE_ENDINGS = (
    "view", "vale", "field", "wood", "brook", "ridge", "side", "ville", "dale", "crest",
    "haven", "burg", "borough", "moor", "hurst", "creek", "grove", "mont", "shire",
)  # fmt: skip
# Words with those endings: "Interview day was lovely", "Bedside teaching is number one".
_NOT_PLACES = words(
    "interview review preview overview purview inside outside beside aside alongside bedside"
    " downside upside countryside roadside seaside offside wayside fireside poolside worldwide"
    " airfield battlefield minefield outfield infield firewood driftwood plywood hardwood"
    " deadwood hollywood cartridge partridge porridge abridge bridge"
)
_NAME_ENDINGS = (*_PLACE_ENDINGS, "'s")
_PLACE_MIN = 6  # letters: "Mere weeks later", "Grove" alone are words
_OWNS_A_PROGRAM = re.compile(
    r"\s+(?:(?:(?!(?:the|a|an|my|your|our|their|this|that)\s)[a-z]+\s+){0,2}(?:program"
    r"|programme|residency|hospital|team|department"
    r"|institution|faculty))\b"
)
_NOT_OWNERS = words(
    "today tomorrow yesterday tonight everyone everybody someone somebody anyone anybody nobody"
    " one this that last next each"
)


def _names_a_place(view: str, word: str, start: int) -> bool:
    base, apostrophe, suffix = word.partition("'")
    if apostrophe and suffix == "s":  # not "It's the program's ...": that is "it is"
        owns = _OWNS_A_PROGRAM.match(view, start + len(word))
        return base not in _NOT_OWNERS and base not in IS_BEFORE and owns is not None
    return (
        not apostrophe
        and len(word) >= _PLACE_MIN
        and word.endswith(_PLACE_ENDINGS)
        and word not in _NOT_PLACES
    )


def _closes_greeting(view: str, comma: int) -> bool:
    """The comma at `comma` ends a greeting line ("Dear Dr. Lee,", "Hi all,", "Dr. Brandt,")."""
    return is_greeting_line(view[view.rfind("\n", 0, comma) + 1 : comma + 1].strip())


def _is_abbreviation(word: str) -> bool:
    return word in ABBREVIATIONS or "." in word or (len(word) == 1 and word.isalpha())


def _is_unknown(word: str) -> bool:
    """A word the lexicon does not know, so a capital makes it a name ("Mercy", "Dr. Lee")."""
    base = word.partition("'")[0]
    return (
        base not in _NOT_NAMES
        and base not in LEMMA
        and word not in CONTRACTIONS
        and correction(base) is None
    )


_expansions: dict[str, tuple[tuple[str, int, int], ...]] = {}
_single_lemmas: dict[str, str] = {}  # the words already read that give one lemma, and it
_EXPANSIONS_KEPT = 8192


def _expansion(word: str) -> tuple[tuple[str, int, int], ...]:
    """The lemmas of one written word, each with its span inside the word (cached)."""
    found = _expansions.get(word)
    if found is None:
        if len(_expansions) > _EXPANSIONS_KEPT:
            _expansions.clear()
            _single_lemmas.clear()
        found = _expansions[word] = _expand(word)
        if len(found) == 1 and found[0][1:] == (0, len(word)):
            _single_lemmas[word] = found[0][0]
    return found


def _expand(word: str) -> tuple[tuple[str, int, int], ...]:
    end = len(word)
    if end > _MAX_LEMMA:
        return (("x", 0, end),)
    if word in CONTRACTIONS:
        first, second = CONTRACTIONS[word]
        if not word.startswith(first):  # "won't": both lemmas stand for the whole word
            return ((first, 0, end), (second, 0, end))
        split = len(first)
        return ((first, 0, split), (second, split, end))
    base, apostrophe, suffix = word.partition("'")
    split = len(base)
    if apostrophe and suffix == "t" and base.endswith("n"):  # "wouldn't", "can't"
        stem = base[:-1]
        return ((NEGATIVE_STEMS.get(stem, lemma_of(stem)), 0, split - 1), ("not", split - 1, end))
    if apostrophe and suffix in SUFFIXES:  # "you're", "we'll"
        return ((lemma_of(base), 0, split), (SUFFIXES[suffix], split, end))
    if apostrophe and suffix == "s":
        if base in IS_BEFORE:  # "it's" is "it is"; "program's" is a possessive
            return ((base, 0, split), ("be", split, end))
        return ((lemma_of(base), 0, end),)
    return ((lemma_of(word), 0, end),)


def lemma_of(word: str) -> str:
    """The lemma of one written word: its listed form, a corrected key word, or itself."""
    lemma = LEMMA.get(word)
    if lemma is not None:
        return lemma
    corrected = correction(word)
    if corrected is not None:
        return LEMMA.get(corrected, corrected)
    if "-" in word:  # a typo inside a listed compound: "first-cohice" is "first-choice"
        joined = "-".join(correction(part) or part for part in word.split("-"))
        return LEMMA.get(joined, word)
    return word
