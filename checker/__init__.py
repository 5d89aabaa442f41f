"""Pre-Match Guide checker: lints residency emails and fills letter templates.

`lint(text)` is the entry point the command line, the site build and the browser share.
"""

from checker.findings import Finding, LintResult
from checker.lint import lint

__all__ = ["Finding", "LintResult", "lint"]
