"""Sentence analysis for the rules that judge meaning (promises, ranking, chasing, pleading,
praise): what a sentence says, however it is worded.

- lexicon.py: written forms and their lemmas, contractions, key words read despite a typo;
- typos.py: one-edit misspellings of the key words;
- tokens.py: tokens of the draft with their lemmas and exact spans;
- analysis.py: one pass per letter: sentences, questions, negation scope, reported speech;
- notation.py: the lemma-pattern notation; topic.py: a topic, its families of patterns and
  their fast search;
- word_classes.py and the topic lexicons: rank_claims.py, exclusive_claims.py,
  rank_questions.py, exchanges.py, promises.py (the meaning rules), topics.py (asking,
  chasing, pleading, praise); praise_words.py: the praise adjectives topics.py and the
  generic-praise rule's evidence share;
- frames.py: a rule's sentence patterns as data (topic, act, conditions) and its check.
"""
