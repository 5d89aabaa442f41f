"""What the guide must contain, shared by the tests that check it: the anchors other
parts of the site link to, the FAQ questions, glossary terms and checklist items."""

from __future__ import annotations

FAQ_QUESTIONS = {
    "mention-citizenship-every-email": "Should I mention my US citizenship in every email?",
    "tell-a-program-it-is-my-first-choice": "Can I tell a program it is my first choice?",
    "follow-up-if-no-reply": "Should I follow up again if a program hasn't replied?",
    "program-hints-at-commitment": 'hints at an early commitment or a "pre-match offer"?',
    "offer-outside-the-match": "A program outside the Match offered me a contract. What now?",
    "contact-during-soap": "Can I email programs during SOAP?",
}


GLOSSARY_TERMS = {
    "aamc-id": "AAMC ID",
    "all-in-policy": "All In Policy",
    "ecfmg": "ECFMG",
    "letter-of-intent": "Letter of intent",
    "program-signal": "Program signal",
    "coordinator": "Coordinator",
    "eras": "ERAS",
    "img": "IMG",
    "scheduling-platforms": "Interview Broker and Thalamus",
    "nrmp": "NRMP",
    "program-director": "PD (program director)",
    "rank-order-list": "Rank order list (ROL)",
    "soap": "SOAP",
    "us-img": "US-IMG",
}


# Every checklist stage of the source, and the start of each of its items (our wording).
CHECKLISTS: dict[str, list[str]] = {
    "before-applications-open": [
        "Make sure your CV and your personal statement both show plainly",
        "List your US clinical experience",
        "Plan your program signals and geographic preferences in ERAS",
    ],
    "after-eras-submission": [
        "Pick out the few programs where clarifying your citizenship",
        "Send those programs, and only those, a short citizenship clarification",
    ],
    "after-each-interview": [
        "Within 24 to 48 hours, send a personal thank-you",
        "Write down what stood out about the program",
    ],
    "mid-late-interview-season": [
        "Draft one or two interest or update emails for your top programs",
        "In them, bring out your ties to the region",
    ],
    "before-rank-lists-are-due": [
        "Decide, honestly, which program is your number one.",
        "send one clear, respectful, non-binding",
    ],
    "throughout-the-season": [
        "Follow the NRMP rules, and make no binding promises.",
        "Keep every message professional, short and specific",
        'Don\'t keep "checking in"',
        "If you enter SOAP, contact a program only after it has contacted you",
    ],
}


REQUIRED_ANCHORS = {
    "rules": [
        "no-binding-commitments",
        "ranking-is-binding",
        "expressing-interest",
        "what-programs-may-say",
        "rank-order-privacy",
        "if-a-program-asks",
        "report-a-violation",
        "safe-and-risky-language",
        "rank-first-letters",
        "all-in-policy",
        "which-match",
    ],
    # The first six are the season diagram's steps, in order.
    "timeline": [
        "phase-1-application-to-invitations",
        "phase-2-interview-invitations",
        "phase-3-interview-day",
        "phase-4-before-the-rank-deadline",
        "after-certification",
        "match-week-and-soap",
        "signals-and-geographic-preferences",
        "thank-you-notes",
        "rank-list-lock",
        "message-limits",
    ],
    "us-img": [
        "citizenship-and-visa",
        "current-status",
        "us-clinical-experience",
        "geographic-commitment",
        "permanent-residents",
        "ecfmg",
    ],
    "mistakes": [
        "over-emailing",
        "generic-messages",
        "conflicting-rank-statements",
        "asking-about-rank",
        "professionalism",
    ],
    # Generated from checker/policies.toml; findings link to these entries.
    "specialty-policies": [
        "nrmp-main",
        "plastic-surgery",
        "internal-medicine",
        "sf-match",
        "ophthalmology",
        "sau-aua",
        "urology",
    ],
    "faq": list(FAQ_QUESTIONS),
    "glossary": list(GLOSSARY_TERMS),
    "checklists": list(CHECKLISTS),
}
