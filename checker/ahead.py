"""Work done ahead, while the reader asks nothing (python-worker.mjs calls browser_checks'
"warm" one slice at a time): what a letter never seen before would otherwise build first,
the topics' regexes, key words and index, and the phrase sets' regexes, is most of what such a
letter costs beyond one seen before."""

from __future__ import annotations

import itertools
import threading
import time

from checker import phrase_search
from checker.language import topic, topic_search

# Where the work stopped: each slice goes on from there instead of scanning again.
_STEPS = itertools.chain(topic.work_ahead(), topic_search.work_ahead(), phrase_search.work_ahead())
_LOCK = threading.Lock()  # a generator runs in one thread at a time


def compile_ahead(seconds: float = float("inf")) -> bool:
    """Build what no letter has needed yet, for about `seconds` (by default all of it);
    False once nothing is left. The deadline is checked after each step, so a call runs up
    to one step over it (one pattern's regex: 5-10 ms at worst in CPython)."""
    deadline = time.perf_counter() + seconds
    with _LOCK:
        for _ in _STEPS:
            if time.perf_counter() >= deadline:
                return True
    return False
