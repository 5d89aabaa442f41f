"""A small statistical backstop beside the semantic rules: per rule, a naive Bayes score over
a sentence's lemma unigrams and bigrams, trained at build time (train.py), shipped as data
(weights.json) and read with dict lookups only (predict.py)."""
