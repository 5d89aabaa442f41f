"""The sentence-analysis layer under the semantic rules: lemmas with exact spans, sentences,
questions and requests, negation scope and someone else's words."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import checker.language
from checker.language import notation
from checker.language import (
    topic as topic_module,
)
from checker.language.analysis import Analysis
from checker.language.frames import matches
from checker.language.rank_claims import RANKS_PROGRAM_FIRST
from checker.language.rank_questions import EVALUATION_OF_APPLICANT
from checker.language.tokens import lemma_of
from checker.language.topic import Topic, topic
from checker.letter import Letter
from checker.phrase_search import split_alternatives


def analysed(text: str) -> Analysis:
    return Analysis(Letter(text))


def lemma_words(text: str) -> list[str]:
    return [lemma for lemma in analysed(text).lemmas if lemma != "|"]


def test_every_token_points_at_the_characters_it_came_from():
    text = "Dear Dr. Lee,\r\n\r\nI\u2019m rnaking you No.\u00a01; I won't wait."
    analysis = analysed(text)
    written = [
        text[slice(*analysis.letter.norm.original_span(start, end))]
        for start, end in zip(analysis.starts, analysis.ends, strict=True)
    ]
    assert list(zip(analysis.lemmas, written, strict=True)) == [
        ("dear", "Dear"),
        ("dr", "Dr"),
        ("name", "Lee"),
        (",", ","),
        ("|", ""),
        ("i", "I"),
        ("be", "\u2019m"),
        ("rank", "rnaking"),
        ("you", "you"),
        ("no1", "No.\u00a01"),
        (";", ";"),
        ("i", "I"),
        ("will", "won't"),
        ("not", "won't"),
        ("wait", "wait"),
        (".", "."),
        ("|", ""),
    ]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("I'll rank you #1", "i will rank you no1"),
        ("I ll rank you # 1", "i will rank you no1"),
        ("we're ranking it number one", "we be rank it no1"),
        ("they'd rank it No 1", "they would rank it no1"),
        ("I can't, I cannot, I dont", "i can not , i can not , i do not"),
        ("It's the program's 1st choice", "it be the program 1st choice".replace("1st", "first")),
        ("u r my top pick pls", "you r my top pick please"),
        ("two programs", "2 program"),
    ],
)
def test_contractions_rank_forms_and_number_words_are_normalised(written, read):
    assert " ".join(lemma_words(written)) == read


@pytest.mark.parametrize(
    ("typo", "lemma"),
    [
        ("rnak", "rank"),
        ("rnk", "rank"),
        ("rankign", "rank"),
        ("programm", "program"),
        ("guarentee", "guarantee"),
        ("aplication", "application"),
        ("frist", "first"),
    ],
)
def test_one_edit_typos_in_key_words_are_read_as_the_word(typo, lemma):
    assert lemma_of(typo) == lemma


@pytest.mark.parametrize("word", ["ran", "bank", "tank", "rant", "raked", "committee", "states"])
def test_real_words_near_a_key_word_are_not_corrected(word):
    assert lemma_of(word) not in {"rank", "committed", "status", "commit"}


def test_a_name_the_letter_uses_is_a_name_where_it_opens_a_sentence_too():
    assert lemma_words("I loved Mercy. Mercy is my first choice.")[4] == "name"
    # Alone, a capital at the start of a sentence proves nothing: "Yesterday was great".
    assert lemma_words("Mercy is my first choice.")[0] == "mercy"


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # The shape of a place's name, or a name that owns a program, names the program.
        ("Lakeview is number one for me.", "name"),
        ("Greenvale will be at rank one.", "name"),
        ("Lakeview's program is #1.", "name"),
        ("Mercy's internal medicine residency is first.", "name"),
        # Words of the same shapes, and other capitals at a sentence start, do not.
        ("Interview day was lovely.", "interview"),
        ("Bedside teaching is number one for me.", "bedside"),
        ("Today's program was long.", "today"),
        ("Family is number one for me.", "family"),
        ("Mere weeks later I passed.", "mere"),
    ],
)
def test_a_program_name_opening_a_sentence_is_a_name(text, lemma):
    assert lemma_words(text)[0] == lemma


@pytest.mark.parametrize(
    ("text", "position", "lemma"),
    [
        # A line wrapped after a comma mid-sentence, or a signature under a closing: a name.
        ("I met the chief resident,\nTy, at lunch.", 6, "name"),
        ("I rotated in the ICU,\nMercy Hospital, last May.", 6, "name"),
        ("Best,\nRanka Okafor", 2, "name"),
        # Under a greeting the line opens the letter, as a sentence does.
        ("Dear Dr. Lee,\nFrist, thank you.", 4, "first"),
    ],
)
def test_a_capitalised_word_after_a_line_break_is_a_name_unless_a_greeting_ends_above(
    text, position, lemma
):
    assert lemma_words(text)[position] == lemma


def test_a_negation_in_a_condition_without_its_comma_stays_there():
    analysis = analysed("If I don't match this year I will lose everything.")
    assert not analysis.is_negated(analysis.lemmas.index("will"))


def test_sentences_end_at_marks_and_blank_lines_but_not_after_abbreviations():
    analysis = analysed("Dr. Lee met me at St. Mary's, e.g. the clinic.\n\nThanks! Bye?")
    assert len(analysis.sentence_starts) == 4  # the last "sentence" is empty


def test_a_run_on_sentence_is_cut_so_each_sentence_stays_short():
    analysis = analysed("and I rank you first " * 200)
    lengths = [
        analysis.sentence_range(sentence)[1] - analysis.sentence_range(sentence)[0]
        for sentence in range(len(analysis.sentence_starts))
    ]
    assert max(lengths) <= 120


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Where do I stand?", True),
        ("am i ranked to match", True),
        ("When can I expect a decision", True),
        ("Should you have any questions, please write.", False),
        ("I will rank you first.", False),
    ],
)
def test_questions_are_recognised_with_or_without_their_mark(text, question):
    assert analysed(text).is_question(0) is question


def test_negation_reaches_only_within_its_clause():
    analysis = analysed("I would never ask you to guarantee me a spot, but guarantee me one.")
    first, second = (i for i, lemma in enumerate(analysis.lemmas) if lemma == "guarantee")
    assert analysis.is_negated(first)
    assert not analysis.is_negated(second)
    assert not analysed("There is no doubt I will rank you first.").is_negated(5)


def test_reported_and_quoted_words_are_someone_elses():
    reported = analysed("Dr. Lee told me that I am ranked to match.")
    quoted = analysed('She said "Am I ranked to match?" was a bad question.')
    own = analysed("I told my mentor about it. Am I ranked to match?")
    for analysis, expected in ((reported, True), (quoted, True), (own, False)):
        first, _ = matches(analysis, EVALUATION_OF_APPLICANT)[0]
        assert analysis.is_reported(first) is expected


def test_topics_match_whatever_words_sit_in_between():
    analysis = analysed("I have decided to rank your internal medicine program No. 1.")
    (first, last), *_ = matches(analysis, RANKS_PROGRAM_FIRST)
    assert analysis.letter.view[slice(*analysis.view_span(first, last))] == (
        "rank your internal medicine program no. 1"
    )


def test_a_topic_pattern_must_start_with_a_word_so_it_can_be_searched_fast():
    with pytest.raises(ValueError, match="must start with a word"):
        topic("broken", "a pattern that may start anywhere", "{g2}rank me")


def test_every_topic_pattern_compiles_and_starts_with_a_word():
    """Patterns are compiled only when a letter first needs them, so a broken one (a
    look-behind of varying width, say) would otherwise show only in use."""
    # Every module of the package, so a new family module is covered without a list here.
    lexicons = [
        importlib.import_module(f"checker.language.{module.name}")
        for module in pkgutil.iter_modules(checker.language.__path__)
    ]
    found_any = False
    for found in (value for lexicon in lexicons for value in vars(lexicon).values()):
        if isinstance(found, Topic):
            for number, anchor in enumerate(found.anchors):
                assert anchor.starts, f"{found.name}: pattern {number} starts with no word"
                assert found.regex(number).pattern
            found_any = True
    assert found_any, "no Topic found in checker.language"


@pytest.mark.parametrize(
    ("source", "crosses"),
    [
        ("rank (?:you|your program) first", False),
        ("rank you first(?= (?:\\.|!) )", False),  # a look-around consumes nothing
        ("rank [^ ]+ first", True),  # a negated class without "|" may hold the "|"
        ("rank [^ |]+ first", False),
        ("rank .* first", True),
        ("rank \\W first", True),
        ("rank you \\| first", True),  # the sentence end itself
        ("rank [a-z|]+ first", True),
        ("(?<=\\| )rank you first", False),
    ],
)
def test_a_pattern_that_may_cross_a_sentence_end_is_always_tried(source, crosses):
    """Patterns are skipped in sentences without their key words; that is only exact for a
    pattern whose matches stay inside one sentence."""
    assert notation.may_cross_sentence_end(source) is crosses


def test_each_class_is_one_group():
    """A class is written into its patterns as it stands, and the topics' index reads it as
    one group (checker.language.topic._INDEXED): an "|" at its top level would join the
    words around it into the alternatives."""
    for name, source in notation.CLASSES.items():
        assert split_alternatives(source) == [source], name


def test_key_words_are_found_inside_longer_lemmas():
    """A key word is a run of letters, so "rank" inside "ranking" still lets the pattern run."""
    keys = topic_module.keys_in(["i", "be", "ranking", "you"])
    assert "rank" in keys
    assert "rank" not in topic_module.keys_in(["i", "be", "thank", "you"])
