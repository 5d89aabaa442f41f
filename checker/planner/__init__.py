"""The season planner: the reader's programs and sent messages (season), the season-wide
checks (checks), next steps and the rank helper (plan), and the calendar export (ics)."""
