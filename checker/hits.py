"""What a rule's check returns (a `Hit`) and the shapes of check functions.

Kept apart from checker.rules so that the sentence analysis (checker.language.frames), which
builds checks, and the rules, which use those checks, both sit on top of it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from checker.letter import Letter
from checker.policies import Setting


class Hit(NamedTuple):
    """A span of the normalised view that a rule objects to, with an optional specific
    message, severity and site-relative link (the rule's own are used otherwise)."""

    start: int
    end: int
    message: str | None = None
    severity: str | None = None
    url: str | None = None


Check = Callable[[Letter, str], Iterable[Hit]]
# The check of a rule that depends on the reader's match, specialty or SOAP mode.
SettingCheck = Callable[[Letter, str, Setting], Iterable[Hit]]
