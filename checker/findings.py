"""The values a lint run produces: one Finding per problem, one LintResult per draft."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.plain import Plain

SEVERITIES = ("error", "warning", "info")  # most serious first
# What the reader calls each severity, one and many: the CLI summary, the pages (through
# browser_api's `vocabulary`) and the rules reference all use these words.
SEVERITY_NAMES = {
    "error": ("error", "errors"),
    "warning": ("warning", "warnings"),
    "info": ("note", "notes"),
}

FINDING_KEYS = (
    "rule",
    "severity",
    "start",
    "end",
    "start_utf16",
    "end_utf16",
    "line",
    "column",
    "text",
    "message",
    "suggestion",
    "url",
    "replacement",
)


@dataclass(frozen=True)
class Finding(Plain):
    """One problem in a draft. `start`/`end` index the original text in code points;
    the `_utf16` twins are what a browser's string APIs expect."""

    rule: str
    severity: str
    start: int
    end: int
    start_utf16: int
    end_utf16: int
    line: int
    column: int
    text: str
    message: str
    suggestion: str | None
    url: str
    # Wording that can take the words' place in one click (checker.fixes), if any.
    replacement: str | None = None

    def sort_key(self) -> tuple:
        """Position, rule and message first, then every field in order (None as ""), so
        that two different findings never tie: findings are gathered in a set, whose order
        follows the hash seed, and two reasons on the same words must come out in one order
        on every run."""
        fields = ("" if value is None else value for value in self.__dict__.values())
        return (self.start, self.end, self.rule, self.message, *fields)

    def to_dict(self) -> dict:
        """The fields in order. Each is already plain (text, a number or None), so there is
        nothing to convert: a long draft's hundreds of findings go to the page quickly."""
        return dict(self.__dict__)


@dataclass(frozen=True)
class LintResult(Plain):
    kind: str
    kind_forced: bool
    kind_clues: list[str]
    word_count: int
    summary: str
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict:
        """As Plain gives it, with each finding converted by its own quick to_dict."""
        fields = dict(self.__dict__)
        fields["kind_clues"] = list(self.kind_clues)
        fields["findings"] = [finding.to_dict() for finding in self.findings]
        return fields


def summarise(findings: list[Finding], ignored: int = 0) -> str:
    """One line telling the applicant what the findings add up to; `ignored` counts the
    findings the reader set aside (they are not in `findings`)."""
    counts = {severity: 0 for severity in SEVERITIES}
    for finding in findings:
        counts[finding.severity] += 1
    serious = [count_of(counts[s], s) for s in ("error", "warning") if counts[s]]
    notes = count_of(counts["info"], "info") if counts["info"] else ""
    if serious:
        line = f"{' and '.join(serious)} to fix before sending."
        line += f" Also {notes} to consider." if notes else ""
    else:
        line = "Ready to send: no errors or warnings"
        line += f" ({notes} to consider)." if notes else "."
    return line + (f" {ignored} ignored." if ignored else "")


def severity_label(severity: str, *, plural: bool = False) -> str:
    """The severity's name as a label: "Error", "Notes"."""
    return SEVERITY_NAMES[severity][plural].capitalize()


def count_of(count: int, severity: str) -> str:
    """The count with its word: "1 note", "2 errors"."""
    one, many = SEVERITY_NAMES[severity]
    return f"{count} {one if count == 1 else many}"
