"""Sentence analysis for the rules that judge meaning (promises, ranking, chasing, pleading,
praise): what a sentence says, however it is worded.

- lexicon.py: written forms and their lemmas, contractions, key words read despite a typo;
- typos.py: one-edit misspellings of the key words;
- tokens.py: tokens of the draft with their lemmas and exact spans;
- analysis.py: one pass per letter: sentences, questions, negation scope, reported speech;
- notation.py, topics.py: topic lexicons written as lemma patterns;
- frames.py: a rule's sentence patterns as data (topic, act, conditions) and its check.
"""

# frames.py builds on checker.rules.base, and the rule families build on frames. Importing
# the rules first settles that circle, whichever of the two a program imports first (before,
# checker/__init__.py imported the rules and hid it; it imports nothing now, so a letter
# page in the browser can load the templates without the rules).
import checker.rules  # noqa: F401
