"""One pass over a letter that the semantic rules share: tokens, sentences, clauses, and
each sentence's act (statement, direct question, indirect question or request).

Topics (checker.language.topic) are searched in the lemma text: the lemmas joined by single
spaces, one "|" closing each sentence. A topic match maps back to its tokens, and the tokens
to the exact characters of the view.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections import defaultdict
from itertools import accumulate

from checker.language.lexicon import words
from checker.language.tokens import SENTENCE_END, tokenize
from checker.letter import Letter

_PARTS = re.compile(r"[-']")
# A word written with a capital, and one written in capitals ("IM", "ID"). The check that no
# word character comes before is made after the capital, so the regex engine skips ahead to
# capitals instead of trying every position (as a leading \b would make it do).
_CAPITAL = re.compile(r"[A-Z\u00c0-\u00de](?<!\w.)")
_SHOUTED = re.compile(r"[A-Z](?<!\w.)[A-Z]")
# A condition opens a clause of its own: "I will not accept another offer | if you take me".
_OPENS_A_CLAUSE = frozenset({"if", "unless"})
# Words that open a new clause: negation and reported speech do not reach across them.
CLAUSE_BREAKS = frozenset(
    {",", ";", ":", "(", ")", '"', "-", SENTENCE_END, "but", "however", "although", "though"}
    | {"whereas", "while", "because", "since", "so", "and"}
    | _OPENS_A_CLAUSE
)
NEGATIONS = frozenset(
    {"not", "never", "no", "nothing", "none", "nobody", "neither", "nor", "without", "hardly"}
)
# "no doubt", "not only", "without hesitation", "no matter how": a negating word that does
# not negate what follows.
_NOT_NEGATING_BEFORE = frozenset(
    {"doubt", "question", "hesitation", "hesitate", "reservation", "only", "a", "wait", "help"}
    | {"matter"}
)
# Emphasis built on a negation: "I have never been more sure", "I could not be happier",
# "I cannot stress enough that ...": after the negation (and "be"/"have"), a comparative or
# a verb of saying that "enough" follows.
_PASSED_AFTER_NEGATION = frozenset({"be", "have", "can", "could", "would"})
_COMPARATIVES = frozenset({"more", "less", "better", "happier", "prouder", "surer", "gladder"})
_SAYING = frozenset({"stress", "emphasize", "emphasise", "overstate", "express", "say", "thank"})
_NEGATION_REACH = 8
# Thanks, and the determiners of something already received ("your kind update").
_THANKS = words("thank thanks grateful thankful appreciate")
_RECEIVED = words("the an your this that")
# A "sentence" this long has lost its punctuation: it is cut at a clause break, or anyway at
# _RUN_ON tokens, so that work per sentence stays bounded whatever the input.
_LONG_SENTENCE = 60
_RUN_ON = 120  # tokens before a match searched for a negation in the same clause
# Someone else's words: "Dr. Lee said ...", "you mentioned that ...", "I was told ...".
REPORTING = words(
    "said told mentioned asked noted explained shared assured stated emphasized emphasised "
    "remarked suggested indicated informed wrote reassured"
)

# The program's words read or heard by the applicant, glad of them: "I was glad to read that
# Calder plans to rank me highly", "happy to hear that the committee ..." (not a wish: "I would
# love to hear that ...", nor hearsay praise: "I have heard that your program is the best").
_LEARNT = words("read hear heard learn learned learnt")
_GLAD = words(
    "glad happy pleased delighted thrilled touched excited grateful honored honoured relieved moved"
)
_MODALS = words("will would can could shall should must might may")
_TELLING = words("tell let share inform write")  # "thanks for telling me", "for letting me know"
_KIND = words("kind good thoughtful generous nice gracious")  # "kind of you to let me know"
_PRONOUNS = words("i we you they he she it")
_BEFORE_A_VERB = words("have be will would already just also recently once even")
_WISHED = frozenset({"to", "appreciate", "welcome", "value"})  # before "be told", "be informed"
_REPORT_ENDS = frozenset({SENTENCE_END, ":", ";", "but", "so"})  # "Dr. Lee said: Am I ..."
# A question without its question mark: an auxiliary, then who it asks about.
_AUXILIARIES = words("be do have will would can could may might should shall")
_SUBJECTS = words("i you we there my it name the your this anyone")
_CONDITIONAL_INVERSION = frozenset({"should", "had", "be"})  # "Should you offer me ..."
_INTERJECTIONS = words("yo hey hi hello so ok okay also and just sorry lol um well")
_ELLIPTICAL = 6  # words at most in a question without its verb ("any news on my file")
_SKIPPED_OPENERS = frozenset({"and", "so", "but", "also", "then", "please", "just", ","})


class Analysis:
    def __init__(self, letter: Letter) -> None:
        self.letter = letter
        norm = letter.norm
        capitals = {norm.view_offset(match.start()) for match in _CAPITAL.finditer(letter.original)}
        shouted = {norm.view_offset(match.start()) for match in _SHOUTED.finditer(letter.original)}
        self.lemmas, self.starts, self.ends = tokenize(letter.view, capitals, shouted)
        lemmas = self.lemmas
        # The text opens like a sentence that follows another: " | i be ...".
        self.offsets = list(accumulate([len(lemma) + 1 for lemma in lemmas], initial=3))
        # ... and always ends like one, so that a pattern that looks for the end of a sentence
        # also finds it in a draft that stops without a full stop ("nothing else comes close").
        # (An emoji or a symbol after the last word ends it too, as the writer meant it.)
        closed = not lemmas or lemmas[-1] == SENTENCE_END or letter.view[self.ends[-1] :].strip()
        self.text = " | " + " ".join(lemmas) + (" " if closed else f" {SENTENCE_END} ")
        self.positions: defaultdict[str, list[int]] = defaultdict(list)  # where each lemma is
        for index, lemma in enumerate(lemmas):
            self.positions[lemma].append(index)
        # The words the text holds, hyphenated ones also in parts ("top-notch": "top", "notch").
        self.words = frozenset(self.positions).union(
            *(_PARTS.split(lemma) for lemma in self.positions if "-" in lemma or "'" in lemma)
        )
        self.sentence_starts = self._sentence_starts()
        self._questions: dict[int, bool] = {}
        self._cache: dict[object, list] = {}

    def _sentence_starts(self) -> list[int]:
        """The first token of each sentence; a run-on "sentence" is cut (see _LONG_SENTENCE)."""
        starts = [0]
        for end in self.positions.get(SENTENCE_END, ()):
            if end + 1 - starts[-1] > _LONG_SENTENCE:
                self._cut_run_on(starts, end)
            starts.append(end + 1)
        if len(self.lemmas) - starts[-1] > _LONG_SENTENCE:
            self._cut_run_on(starts, len(self.lemmas))
        return starts

    def _cut_run_on(self, starts: list[int], end: int) -> None:
        lemmas = self.lemmas
        for index in range(starts[-1], end):
            length = index + 1 - starts[-1]
            if length >= _RUN_ON or (length >= _LONG_SENTENCE and lemmas[index] in CLAUSE_BREAKS):
                starts.append(index + 1)

    def sentence_of(self, index: int) -> int:
        """The sentence holding token `index`."""
        return bisect.bisect_right(self.sentence_starts, index) - 1

    # --- where things are ---------------------------------------------------------------
    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """First and last token of a span of the lemma text."""
        last_token = len(self.lemmas) - 1  # not the closing "|" the text may add
        return (
            min(bisect.bisect_right(self.offsets, start) - 1, last_token),
            min(bisect.bisect_right(self.offsets, end - 1) - 1, last_token),
        )

    def view_span(self, first: int, last: int) -> tuple[int, int]:
        return self.starts[first], max(self.ends[last], self.ends[first])

    def sentence_range(self, sentence: int) -> tuple[int, int]:
        start = self.sentence_starts[sentence]
        following = sentence + 1
        end = self.sentence_starts[following] if following < len(self.sentence_starts) else None
        return start, (len(self.lemmas) if end is None else end)

    def cached(self, key: object, compute) -> list:
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    # --- features of a clause or sentence -----------------------------------------------
    def is_negated(self, first: int) -> bool:
        """A negating word in the same clause shortly before tokens first..last: "I would never
        ask you to guarantee me a spot". (A negation inside them is part of what they say.)"""
        lemmas = self.lemmas
        if lemmas[first] in _OPENS_A_CLAUSE or lemmas[first] in NEGATIONS:
            # "I will not accept another offer | if you take me"; and words that start with
            # their own negation ("not another year without a position") say what they say.
            return False
        start = first
        reach = max(0, first - _NEGATION_REACH)
        while start > reach and lemmas[start - 1] not in CLAUSE_BREAKS:
            start -= 1
        # A condition without its comma ends where the main clause starts: in "if I do not
        # match I will lose my savings" the negation stays in the condition.
        if start and lemmas[start - 1] in _OPENS_A_CLAUSE:
            main = self._main_clause_start(start, first)
            start = max(start, main)
        return any(
            lemmas[index] in NEGATIONS and not self._emphatic(index)
            for index in range(start, first)
        )

    def _main_clause_start(self, start: int, first: int) -> int:
        """Where a main clause ("I will", "we would") starts between a condition's first word
        and token `first` (which may be the modal itself), or `start` when there is none."""
        lemmas = self.lemmas
        for index in range(first, start, -1):
            if lemmas[index] in _MODALS and lemmas[index - 1] in _PRONOUNS:
                return index - 1
        return start

    def _emphatic(self, negation: int) -> bool:
        """The negation at `negation` emphasises instead of negating ("no doubt", "never been
        more certain", "cannot stress enough")."""
        lemmas = self.lemmas
        after = lemmas[negation + 1 : negation + 5]
        if not after or after[0] in _NOT_NEGATING_BEFORE:
            return True
        while after and after[0] in _PASSED_AFTER_NEGATION:
            after.pop(0)
        if after and after[0] in _COMPARATIVES:
            return True
        return bool(after) and after[0] in _SAYING and "enough" in after

    def is_thanked(self, first: int) -> bool:
        """Tokens from `first` name something the applicant thanks for, received already: a
        thanks earlier in the clause and a determiner just before ("thank you for the quick
        update on my application", "grateful for your follow-up"), not a request ("thanks
        in advance for any update")."""
        lemmas = self.lemmas
        before = lemmas[max(0, first - 2) : first]
        if not any(lemma in _RECEIVED for lemma in before):
            return False
        index = first - 1
        reach = max(0, first - _NEGATION_REACH)
        while index >= reach and (
            lemmas[index] not in CLAUSE_BREAKS or lemmas[index : index + 2] == ["so", "much"]
        ):
            if lemmas[index] in _THANKS:
                return True
            index -= 1
        return False

    def is_reported(self, first: int, *, strict: bool = False) -> bool:
        """Someone else's words: a reporting verb earlier in the clause run whose subject is
        not the applicant ("Dr. Lee told me ...", "I was told ..."), words received with thanks
        ("thank you for telling me the program hopes to rank me well"), or text inside quotes.
        `strict`: a passive reports only with its "that" or "by" ("it was mentioned that"), not
        "the regard I feel will be shared when you make your list"."""
        lemmas = self.lemmas
        start = self.sentence_starts[self.sentence_of(first)]
        for index in range(first - 1, start - 1, -1):
            lemma = lemmas[index]
            if lemma in _REPORT_ENDS:
                break
            if self._learnt_that(index) or self._thanked_for_telling(index):
                return True
            if (
                lemma in REPORTING
                and self._subject_before(index) != "i"
                and lemmas[max(0, index - 2) : index] != ["no", "questions"]  # the idiom
                # "to be told", "I'd appreciate being informed": wished for, not reported.
                and not (index > 1 and lemmas[index - 1] == "be" and lemmas[index - 2] in _WISHED)
                and not (
                    strict
                    and lemmas[index - 1 : index] == ["be"]
                    and lemmas[index + 1 : index + 2] not in (["that"], ["by"])
                )
            ):
                return True
        return self.is_quoted(first)

    def _learnt_that(self, verb: int) -> bool:
        """ "glad to read that ...": what follows was said by someone else."""
        lemmas = self.lemmas
        if lemmas[verb] not in _LEARNT or verb + 1 >= len(lemmas) or lemmas[verb + 1] != "that":
            return False
        return verb > 1 and lemmas[verb - 1] == "to" and lemmas[verb - 2] in _GLAD

    def is_told_as_done(self, first: int, last: int) -> bool:
        """Tokens first..last tell of something done, or of someone else, not offered now: a
        past, perfect or progressive verb in the clause up to them ("I withdrew from the Match
        last year", "as I've accepted a position outside the Match", "I am withdrawing from
        the Match this year"),
        or a subject other than the applicant ("my classmate took an early offer"), with no
        modal, wish, condition or reader in the clause ("I would take an early offer", "I
        accepted your early offer")."""
        lemmas = self.lemmas
        start, stop = self.sentence_range(self.sentence_of(first))
        begin = first
        while begin > start and lemmas[begin - 1] not in CLAUSE_BREAKS:
            begin -= 1
        # What the applicant tells the reader starts its own clause: "I am writing to let you
        # know that I have withdrawn from the Match in dermatology", "just letting you know I
        # pulled out" (the reader is told, not offered a deal).
        for index in range(begin + 1, first):
            told = "you" in lemmas[max(begin, index - 3) : index]
            if told and lemmas[index] == "that":
                begin = index + 1
            elif told and lemmas[index] in _FIRST_PERSON and lemmas[index - 1] in _TOLD_BY:
                begin = index
        end = last
        while end + 1 < stop and lemmas[end + 1] not in CLAUSE_BREAKS:
            end += 1
        clause = lemmas[begin : end + 1]
        if any(lemma in _NOT_TOLD for lemma in clause) or any(
            lemma in _OPENS_A_CLAUSE for lemma in lemmas[start:stop]
        ):
            return False
        before = lemmas[begin:first]
        if _SOMEONE_ELSE & set(before) and not _FIRST_PERSON & set(before):
            return True  # "my classmate accepted an early offer", "some programs offer"
        # The applicant's own act done for a deal with the reader, said later in the sentence:
        # "I have already withdrawn from the Match so I can sign with you".
        after = set(lemmas[end + 1 : stop])
        if after & _READER and after & _DEAL_WORDS:
            return False
        view = self.letter.view
        return any(
            _is_past(lemmas[index], view[self.starts[index] : self.ends[index]])
            or (
                index > begin
                and lemmas[index - 1] == "be"
                and view[self.ends[index] - 3 : self.ends[index]] == "ing"
            )
            for index in range(begin, first + 1)
        )

    def _thanked_for_telling(self, verb: int) -> bool:
        """ "thank you for telling me that ...", "it was kind of you to let me know that ...":
        what follows is the program's word, received."""
        lemmas = self.lemmas
        if lemmas[verb] not in _TELLING or verb < 2:
            return False
        if lemmas[verb - 1] == "to" and verb >= 4 and lemmas[verb - 3 : verb - 1] == ["of", "you"]:
            # Thanks, not a request: "it would be kind of you to let me know ..." asks.
            return lemmas[verb - 4] in _KIND and not _MODALS & set(lemmas[max(0, verb - 8) : verb])
        if lemmas[verb - 1] != "for":
            return False
        start = self.sentence_starts[self.sentence_of(verb)]
        return any(lemma in _THANKS for lemma in lemmas[start : verb - 1])

    def is_quoted(self, first: int) -> bool:
        """Token `first` sits inside quotation marks."""
        return self.letter.is_quoted(self.starts[first], self.ends[first])

    def _subject_before(self, verb: int) -> str:
        """The word before a verb, past auxiliaries and adverbs ("I have already told")."""
        index = verb - 1
        while index >= 0 and self.lemmas[index] in _BEFORE_A_VERB:
            index -= 1
        return self.lemmas[index] if index >= 0 else ""

    def is_question(self, sentence: int) -> bool:
        """Ends with "?", or opens like one: "Am I ranked to match", "When can I expect"."""
        if sentence not in self._questions:
            self._questions[sentence] = self._is_question(sentence)
        return self._questions[sentence]

    def _is_question(self, sentence: int) -> bool:
        start, end = self.sentence_range(sentence)
        lemmas = self.lemmas[start:end]
        words = [lemma for lemma in lemmas if lemma != SENTENCE_END]
        if words and words[-1] == "?":
            return True
        # An elliptical question: "Any update", "Still nothing on my end, any news", "yo any
        # update or nah".
        clause = words[len(words) - words[::-1].index(",") :] if "," in words else words
        while clause and clause[0] in _INTERJECTIONS:
            clause = clause[1:]
        if clause and clause[0] == "any" and len(clause) <= _ELLIPTICAL:
            return True
        # A question after an opener and a comma: "be honest, am i ranked high enough".
        if clause is not words and len(clause) >= 2 and clause[0] in _AUXILIARIES:
            inverted = clause[0] in _CONDITIONAL_INVERSION and clause[1] == "you"
            if clause[1] in _SUBJECTS and not inverted:  # not "..., should you need anything"
                return True
        if _inverted_wh_clause(words):
            return True
        while words and words[0] in _SKIPPED_OPENERS:
            words.pop(0)
        if len(words) < 2:
            return False
        if words[0] in ("where", "when", "how", "what", "whether", "which", "who"):
            return words[1] in _AUXILIARIES
        if words[0] in _AUXILIARIES and words[1] in _SUBJECTS:
            return not (words[0] in _CONDITIONAL_INVERSION and "," in words)
        return False


def _inverted_wh_clause(words: list[str]) -> bool:
    """A question opening a later clause, its "?" left off as phone mail does: "idk if this is
    allowed but where do i stand on ur list" (a question word, then an auxiliary and a subject,
    right after "but", "and", "so" or a comma)."""
    for index in range(1, len(words) - 2):
        if (
            words[index] in _WH
            and words[index - 1] in _CLAUSE_OPENERS
            and words[index + 1] in _AUXILIARIES
            and words[index + 2] in _SUBJECTS
        ):
            return True
    return False


# What keeps a deal offered now, not told as done: a modal, a wish, a request, the reader.
_NOT_TOLD = _MODALS | words(
    "want wish hope willing ready open happy glad eager prepared plan like love keen please "
    "you your yours ? going wonder ask whether"
)
_FIRST_PERSON = words("i we")
_TOLD_BY = words("know you")  # "let you know I ...", "tell you I ..."
_READER = words("you your yours")
_DEAL_WORDS = words("sign accept take join offer contract position spot place")
_SOMEONE_ELSE = words(
    "he she they someone somebody classmate classmates friend friends colleague colleagues "
    "cousin brother sister husband wife applicant applicants student students people others "
    "many some"
)
# Past forms the lexicon does not end in "-ed" ("took", "withdrew"); "was"/"were" only as past.
_PAST_FORMS = words(
    "withdrew withdrawn took taken got gotten gave given chose chosen went gone made had did "
    "was were been left"
)


def _is_past(lemma: str, written: str) -> bool:
    """A verb written in its past form: "accepted", "withdrew" (not "need", whose lemma is
    written the same way)."""
    return written in _PAST_FORMS or (written != lemma and written.endswith("ed"))


_WH = words("where when how what which")
_CLAUSE_OPENERS = words("but and so , ; : -")

_last = threading.local()


def analyse(letter: Letter) -> Analysis:
    """The analysis of a letter, made once however many rules ask (per thread)."""
    if getattr(_last, "letter", None) is not letter:
        _last.letter, _last.analysis = letter, Analysis(letter)
    return _last.analysis
