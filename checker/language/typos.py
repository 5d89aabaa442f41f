"""One-edit misspellings of the key words ("rnak", "rnk", "programm", "guarentee").

A symmetric-delete index: a word and a key word are one edit apart only if deleting at most
one letter from each gives the same string. The index holds every key word and its one-letter
deletions, so a lookup costs one probe per letter of the word, and a final check keeps only
true single edits (one letter dropped, added, changed or two neighbours swapped).
"""

from __future__ import annotations

from checker.language.lexicon import LEMMA, REAL_WORDS_NEAR_KEYS, TYPO_TOLERANT

_SHORT = 5  # key words this long or shorter accept only a dropped or swapped letter
_MIN_LENGTH = 3  # shorter words are never corrected


def _deletions(word: str) -> set[str]:
    return {word[:index] + word[index + 1 :] for index in range(len(word))}


_INDEX: dict[str, set[str]] = {}
for _key in TYPO_TOLERANT:
    for _variant in {_key, *_deletions(_key)}:
        _INDEX.setdefault(_variant, set()).add(_key)

# No word longer than this is one edit from a key word: a longer word is not looked up, so
# a very long word costs nothing (its deletions alone would be quadratic in its length).
_LONGEST = max(map(len, TYPO_TOLERANT), default=0) + 1

_cache: dict[str, str | None] = {}
_CACHE_LIMIT = 4096


def correction(word: str) -> str | None:
    """The key word `word` is a one-edit misspelling of, or None."""
    if word in _cache:
        return _cache[word]
    found = _correction(word)
    if len(_cache) > _CACHE_LIMIT:
        _cache.clear()
    _cache[word] = found
    return found


def _correction(word: str) -> str | None:
    if not _MIN_LENGTH <= len(word) <= _LONGEST:
        return None
    if word in LEMMA or word in REAL_WORDS_NEAR_KEYS:
        return None
    if not word.isalpha():
        return None
    candidates = set(_INDEX.get(word, ()))
    for variant in _deletions(word):
        candidates.update(_INDEX.get(variant, ()))
    matches = sorted(key for key in candidates if _one_edit(word, key))
    return matches[0] if matches else None


def _one_edit(word: str, key: str) -> bool:
    if word == key:
        return False
    if len(word) == len(key) - 1:  # a letter dropped: "rnk"
        return word in _deletions(key)
    if len(word) == len(key):
        differences = [index for index in range(len(word)) if word[index] != key[index]]
        if len(differences) == 2:  # neighbours swapped: "rnak"
            first, second = differences
            return second == first + 1 and word[first] == key[second] and word[second] == key[first]
        return len(differences) == 1 and len(key) > _SHORT  # a letter changed: "guarentee"
    if len(word) == len(key) + 1:  # a letter added: "programm"
        return len(key) > _SHORT and key in _deletions(word)
    return False
