"""The adjectives of stock praise, written once for the two places that read them: the
stock-praise topic (checker.language.topics), which finds praise by them, and the
generic-praise rule's test of a concrete detail (checker.rules.evidence), for which a
setting named only by them ("the excellent teaching") names nothing specific.
"""

from __future__ import annotations

from checker.language.lexicon import words

# Said of any program's quality, people or standing.
PRAISE_ADJECTIVES = words(
    "excellent great strong outstanding exceptional renowned amazing wonderful fantastic"
    " prestigious top top-notch incredible impressive reputable stellar superb remarkable"
    " phenomenal awesome world-class robust rigorous comprehensive well-rounded supportive"
    " friendly welcoming collegial nurturing dynamic unique perfect esteemed reputed good"
    " premier leading elite best solid top-tier"
)
