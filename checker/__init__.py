"""Pre-Match Guide checker: lints residency emails and fills letter templates."""
