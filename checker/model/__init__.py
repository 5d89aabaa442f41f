"""A small statistical backstop beside the semantic rules: per rule, a logistic regression over
a sentence's lemmas and lemma pairs, trained at build time (train.py, measured on unseen dev
text by unseen.py), shipped as data (weights.json) and read with dict lookups only (predict.py)."""
