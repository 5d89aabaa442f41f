"""Sentence analysis for the rules that judge meaning (promises, ranking, chasing, pleading,
praise): what a sentence says, however it is worded.

- lexicon.py: written forms and their lemmas, contractions, key words read despite a typo;
- typos.py: one-edit misspellings of the key words;
- tokens.py: tokens of the draft with their lemmas and exact spans;
- analysis.py: one pass per letter: sentences, questions, negation scope, reported speech;
- notation.py, topics.py: topic lexicons written as lemma patterns;
- frames.py: a rule's sentence patterns as data (topic, act, conditions) and its check.
"""
