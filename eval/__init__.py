"""The checker's labelled evaluation corpus and its scorer (`make eval`, `python -m eval`).

`eval/<split>/sentences.jsonl` and `eval/<split>/letters.jsonl` hold items written for this
project (see eval/README.md); `eval.corpus` loads and validates them, `eval.score` lints them
and compares the findings with the labels.
"""
