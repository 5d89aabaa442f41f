"""Jinja2 letter templates (shipped in the wheel as ``checker.letter_templates``)."""
