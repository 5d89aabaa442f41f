"""Pre-Match Guide checker: lints residency emails and fills letter templates.

`checker.lint.lint(text)` is the entry point the command line, the site build and the
browser share. Nothing is imported here: a letter page in the browser imports the
templates without the rules (see checker/browser_api.py).
"""
