"""The values a lint run produces: one Finding per problem, one LintResult per draft."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

SEVERITIES = ("error", "warning", "info")

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
class Finding:
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

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.rule)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class LintResult:
    kind: str
    kind_forced: bool
    kind_clues: list[str]
    word_count: int
    summary: str
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "kind_forced": self.kind_forced,
            "kind_clues": list(self.kind_clues),
            "word_count": self.word_count,
            "summary": self.summary,
            "findings": [finding.to_dict() for finding in self.findings],
        }


def summarise(findings: list[Finding]) -> str:
    """One line telling the applicant what the findings add up to."""
    counts = {severity: 0 for severity in SEVERITIES}
    for finding in findings:
        counts[finding.severity] += 1
    errors, warnings, infos = counts["error"], counts["warning"], counts["info"]
    tips = f" ({_plural(infos, 'tip')} to consider)" if infos else ""
    if errors:
        parts = [_plural(errors, "error")] + ([_plural(warnings, "warning")] if warnings else [])
        return f"{', '.join(parts)} — fix the errors before sending{tips}"
    if warnings:
        return f"{_plural(warnings, 'warning')} — review before sending{tips}"
    return f"Ready to send: no errors or warnings{tips}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
