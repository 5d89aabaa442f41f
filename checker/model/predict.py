"""The model as a backstop: a sentence the rules left alone (or flagged only for a rule this one
supersedes, such as a first-choice claim the model reads as a deal) gets a rule's finding only
when its score clears the rule's threshold (chosen out of fold on dev and the opened splits,
whole writing rounds held out, see train.py; a higher one in a whole letter), it holds one of
the rule's topic words, it is the applicant's own words and not negated. The message names
the words that weighed most, so the finding explains itself."""

from __future__ import annotations

import bisect
import json
from functools import cache
from importlib.resources import files
from itertools import accumulate

from checker.hits import Hit
from checker.language.analysis import NEGATIONS, Analysis, analyse
from checker.language.frames import FrameCheck, in_sentence
from checker.language.promises import INTERVIEW_OFFER, RESEARCH_POST
from checker.language.tokens import NAME
from checker.language.topic import Topic
from checker.letter import Letter
from checker.model.features import read_words, sentence_features, sentences
from checker.rules import RULES, Rule

# The words a sentence must hold before the model may speak for a rule: the rule's own
# topics in content words (function words such as "my" or "be" would open every sentence).
GATES: dict[str, frozenset[str]] = {
    rule: frozenset(words.split())
    for rule, words in {
        "asks-about-rank": "rank ranking list standing stand chance chances odds likelihood "
        "prospect prospects position spot place seat match compare candidate candidates "
        "application interview interviews committee decision impression impressions "
        "feedback evaluate assessment consider contention contender competitive",
        "reciprocal-request": "rank ranking list match exchange return reciprocate mutual "
        "same favor interest feeling sentiment both first no1 top",
        "binding-commitment": "accept commit commitment contract offer sign promise pledge "
        "guarantee agree agreement binding position spot yes yours confirm take",
        "exclusive-claim": "only interview interviews withdraw cancel other else none nothing "
        "single exclusively compare close anywhere",
        "checking-in": "application status decision update news hear reply response follow "
        "check message email candidacy consideration wait touch bump",
        "desperate-tone": "beg desperate please need anything whatever chance last hope "
        "unmatched nowhere devastated crushed heartbroken life everything future heart scared "
        "afraid savings again anymore plead mercy kindness cry dream",
        # NAME: a program named instead of "your program" ("Lakeside General's culture").
        "generic-praise": "program institution institute reputation excellence faculty "
        f"training culture environment hospital residents prestigious esteemed renowned {NAME}",
    }.items()
}
# Two rules are about a relation, so their topic words alone do not make the sentence theirs.
# A deal needs a second party's act: the program (its committee, its list) ranking,
# considering or choosing the applicant, or something in return ("You will be at the top of
# my rank list" asks nothing back). A binding promise needs a residency referent (the
# program, its place) or the applicant's word about what they will do ("Send the contract
# and I will sign it"): "The dealership offered me a contract and I accepted it" has
# neither. Word pairs count too ("your list": the program's own list).
COUNTERPARTS: dict[str, frozenset[str]] = {
    rule: frozenset(words.split()) | pairs
    for rule, (words, pairs) in {
        "reciprocal-request": (
            "me us mutual mutually return same too both also likewise reciprocate reciprocal "
            "reciprocity exchange favor feeling sentiment each yours mine our similar shared "
            "share two-way if provided unless committee consider consideration choose select",
            {"your list", "your rank", f"of {NAME}", "as well"},
        ),
        "binding-commitment": (
            "you your yours position spot seat slot place program programme residency match "
            f"prematch training {NAME} will would shall promise pledge guarantee commit vow "
            "assure ready prepared yes",
            frozenset(),
        ),
    }.items()
}
# What the rule's own frames say is not theirs turns the model off in the sentence too: a
# promise to take an interview, a second look, a dinner seat or an away rotation is not a
# promise to take a position ("If offered the chance to do a second look, I would take it"),
# and a research job accepted is not a residency deal ("I accepted the offer of a research
# assistant post and signed the contract in March").
NOT_THEIRS: dict[str, tuple[Topic, ...]] = {"binding-commitment": (INTERVIEW_OFFER, RESEARCH_POST)}
_ANY_GATE = frozenset().union(*GATES.values())
# From this many sentences on, a draft is a whole letter (the corpus's sentence items hold one
# or two, its letters five or more): a letter's sentences are mostly innocent, so a score means
# less there and the model asks more of it (train.letter_cut).
LETTER_SENTENCES = 4
_SHOWN_WORDS = 3
# Rules whose wording is often negative, so a negation does not make the sentence innocent
# ("nothing else comes close", "no reply yet", "please don't pass me over"); for these the model
# weighs the negation itself, learned from innocent negations in its training data ("I am not
# interviewing anywhere else this week"). Measured with checker/model/unseen.py.
NEGATIVE_WORDING = frozenset({"exclusive-claim", "checking-in", "desperate-tone"})
# Findings about how a sentence is written, not what it says: "??" or "lol" does not mean a
# rule has already read the sentence's meaning, so the model still does. (A placeholder
# does keep it out: "[topic]" leaves too little of the sentence to read.)
ABOUT_FORM = frozenset({"informal-tone"})


def _frame_checks() -> dict[str, FrameCheck]:
    """Each modelled rule's check, made of frames: what a rule's frames excuse or leave to
    others (told_as_done_in, excused_by), the model leaves alone too."""
    checks = {rule_id: RULES[rule_id].check for rule_id in GATES}
    for rule_id, check in checks.items():
        if not isinstance(check, FrameCheck):
            raise TypeError(f"the model speaks for {rule_id}, whose check is not made of frames")
    return checks


FRAME_CHECKS = _frame_checks()


@cache
def weights() -> dict[str, dict]:
    return json.loads(files("checker.model").joinpath("weights.json").read_text("utf-8"))


def backstop(letter: Letter, kind: str, hits: list[tuple[Rule, Hit]], skip) -> list:
    """The model's findings, as (rule, hit) pairs, for sentences no rule already reported."""
    models = {
        rule_id: model
        for rule_id, model in weights()["rules"].items()
        if rule_id not in skip and RULES[rule_id].applies_to(kind)
    }
    if not models:
        return []
    analysis = analyse(letter)
    limit = "letter_threshold" if is_whole_letter(analysis) else "threshold"
    flagged_by: dict[tuple[str, ...], list[int]] = {}  # per set of rules a rule supersedes
    excused: dict[str, bool] = {}  # asked of the whole letter once per rule, when needed
    found = []
    for first, last in sentences(analysis):
        lemmas = analysis.lemmas[first : last + 1]
        topic_words = _ANY_GATE.intersection(lemmas)  # few: each gate is tested on these
        if not topic_words:
            continue  # no rule's topic word: nothing for the model to read
        sentence = analysis.sentence_of(first)
        present = None
        for rule_id, model in models.items():
            if GATES[rule_id].isdisjoint(topic_words):
                continue
            # A rule already spoke about this sentence: the model stays out of it, unless
            # that finding is one its rule supersedes (a claim the model reads as a deal).
            superseded = RULES[rule_id].supersedes
            if superseded not in flagged_by:
                others = [
                    (rule, hit)
                    for rule, hit in hits
                    if rule.id not in superseded and rule.id not in ABOUT_FORM
                ]
                flagged_by[superseded] = _flagged_sentences(analysis, others)
            if flagged_by[superseded][sentence]:
                continue
            if not_theirs(analysis, rule_id, sentence):
                continue
            present = present or sentence_features(lemmas)
            if not may_read(rule_id, present):
                continue
            table = model["weights"]
            score = model["bias"] + sum(map(table.__getitem__, table.keys() & present))
            if score < model[limit]:
                continue
            strongest = sorted(
                (f for f in present if table.get(f, 0.0) > 0 and _is_words(f)),
                key=lambda feature: (-table[feature], feature),
            )[:_SHOWN_WORDS]
            if not _own_words(analysis, first, last, strongest, rule_id):
                continue
            if rule_id not in excused:
                excused[rule_id] = excused_by_frames(rule_id, letter)
            if excused[rule_id]:
                continue
            rule = RULES[rule_id]
            start, end = analysis.view_span(first, last)
            shown = ", ".join(f"'{_typed(analysis, first, last, f)}'" for f in strongest)
            message = f"{rule.message} (recognised from its wording: {shown})"
            found.append((rule, Hit(start, end, message=message)))
    return found


def is_whole_letter(analysis: Analysis) -> bool:
    return len(sentences(analysis)) >= LETTER_SENTENCES


def may_read(rule_id: str, features) -> bool:
    """The sentence holds one of the rule's topic words and, where the rule needs one, a
    word of its counterpart (COUNTERPARTS)."""
    counterpart = COUNTERPARTS.get(rule_id)
    return not GATES[rule_id].isdisjoint(features) and (
        counterpart is None or not counterpart.isdisjoint(features)
    )


def not_theirs(analysis: Analysis, rule_id: str, sentence: int) -> bool:
    """The rule's own reading says the sentence is about something else: a NOT_THEIRS topic,
    not negated, or words its frames read as told as done or as someone else's ("I withdrew
    from the Match last year", "my classmate took an early offer")."""
    return any(
        not analysis.is_negated(start)
        for topic in NOT_THEIRS.get(rule_id, ())
        for start, _ in in_sentence(analysis, topic, sentence)
    ) or FRAME_CHECKS[rule_id].told_as_done_in(analysis, sentence)


def _flagged_sentences(analysis: Analysis, hits: list[tuple[Rule, Hit]]) -> list[int]:
    """For each sentence, how many findings touch it (a running sum over their sentence
    ranges, so a long letter full of findings stays linear)."""
    count = len(analysis.sentence_starts)
    changes = [0] * (count + 1)
    for _, hit in hits:
        first = max(0, bisect.bisect_right(analysis.starts, hit.start) - 1)
        last = max(first, bisect.bisect_left(analysis.starts, hit.end) - 1)
        if first < len(analysis.starts):
            changes[analysis.sentence_of(first)] += 1
            changes[analysis.sentence_of(last) + 1] -= 1
    return list(accumulate(changes[:count]))


def _is_words(feature: str) -> bool:
    """Worth naming to the applicant: words, not punctuation ("training ." is not)."""
    return all(any(c.isalnum() for c in part) for part in feature.split())


def _typed(analysis: Analysis, first: int, last: int, feature: str) -> str:
    """A feature as the applicant typed it ("ended up" for the lemmas "end up", "top choice"
    for the rank "no1 choice", "Your hospital is" for "name be")."""
    parts = feature.split()
    read = read_words(analysis.lemmas[first : last + 1])
    for index in range(len(read) + 1 - len(parts)):
        if [word for word, _, _ in read[index : index + len(parts)]] == parts:
            letter = analysis.letter
            start, end = letter.norm.original_span(
                *analysis.view_span(first + read[index][1], first + read[index + len(parts) - 1][2])
            )
            return letter.original[start:end]
    return feature


def _own_words(
    analysis: Analysis, first: int, last: int, strongest: list[str], rule_id: str
) -> bool:
    """Not quoted or reported, and none of the strongest words negated ("I do not need"),
    except for a rule whose wording is itself negative ("no other program comes close")."""
    if analysis.is_reported(first) or analysis.is_reported(last):
        return False
    if rule_id in NEGATIVE_WORDING:
        return True
    heads = {feature.split()[0] for feature in strongest}
    if any(word in NEGATIONS for feature in strongest for word in feature.split()):
        return False
    return not any(
        analysis.is_negated(index)
        for index in range(first, last + 1)
        if analysis.lemmas[index] in heads
    )


def excused_by_frames(rule_id: str, letter: Letter) -> bool:
    """What excuses the rule's own frames excuses the model too (news in the email, a
    concrete detail beside the praise)."""
    return FRAME_CHECKS[rule_id].excused_by(letter)


def backstop_note(rule_id: str) -> str | None:
    """What the rules reference page says about the backstop for a rule (None: no model)."""
    if rule_id not in GATES:
        return None
    own = (
        "the applicant's own (not quoted or reported; a negation does not excuse it, since this "
        "rule's wording is often negative)"
        if rule_id in NEGATIVE_WORDING
        else "the applicant's own and not negated"
    )
    superseded = RULES[rule_id].supersedes
    others = (
        "no other rule already flagged the sentence (texting style aside)"
        if not superseded
        else "no other rule already flagged the sentence (texting style aside), "
        "except " + " or ".join(superseded) + ", which this finding then replaces"
    )
    return (
        "Sentences these patterns miss are also scored by a small statistical model trained "
        "on labelled examples (logistic regression over lemmas and pairs of neighbouring "
        'lemmas, with a program\'s name read like "your program" and "#1", "first" and '
        '"top" read alike). It adds this finding only when its score clears a threshold '
        "chosen on examples it was not trained on (whole writing rounds held out), where three "
        "sentences in four scoring that much were this problem (nine in ten among the sentences "
        "of whole letters, four sentences or more, where most sentences are fine), the "
        "sentence holds one of the words "
        + _shown(GATES[rule_id])
        + _counterpart_note(rule_id)
        + f", the words are {own}, and {others}; its message names the words that weighed most."
    )


def _counterpart_note(rule_id: str) -> str:
    words = COUNTERPARTS.get(rule_id)
    if words is None:
        return ""
    return f" and also one of {_shown(words)} (what this rule is about beyond its topic)"


def _shown(words) -> str:
    """Gate words as the rules page lists them, a program's name as "a name"."""
    return ", ".join("a name" if word == NAME else f'"{word}"' for word in sorted(words))
