// Checklist persistence (issue 2).
