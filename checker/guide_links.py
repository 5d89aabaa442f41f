"""Links from the checker's findings to the guide's sections."""

from __future__ import annotations


def guide_url(guide: str) -> str:
    """Site-relative link to a guide section ("rules.md#x" -> "rules/#x")."""
    page, _, anchor = guide.partition("#")
    path = page.removesuffix(".md")
    path = "" if path == "index" else path.removesuffix("/index") + "/"
    return f"{path}#{anchor}"
