"""Drafts a reader might check: used by the browser tests and the benchmarks alike."""

# A short draft with wording the checker must flag (a promise about how it will rank).
FLAGGED_DRAFT = (
    "Subject: Thank you for the interview\n\n"
    "Dear Dr. Rivera,\n\n"
    "Thank you for meeting me on Tuesday. I promise I will rank your program first, "
    "and I would love to know where you plan to rank me.\n\n"
    "Best regards,\nSam Lee\n"
)

# About 300 words: a realistic thank-you letter with one risky sentence in it.
LETTER_300 = """Subject: Thank you for the interview on Tuesday

Dear Dr. Rivera,

Thank you for taking the time to meet with me on Tuesday, and please pass my thanks to
Ms. Chen, who made the virtual day run so smoothly. I left the conversation with a much
clearer picture of how your residents learn, and I wanted to write while it is still fresh.

The morning report you described, where second-year residents lead the discussion and the
attending only steps in at the end, is exactly the kind of teaching I have been looking
for. During my clinical rotations in Chicago I found that I learned the most when I had to
explain my reasoning out loud, and your program seems built around that idea. I also
appreciated hearing about the community clinic on Thursday afternoons; continuity with the
same patients over three years matters a great deal to me.

Since the interview I have finished my research project on readmissions after heart
failure, and the abstract was accepted for a poster at the state chapter meeting in the
spring. I would be glad to send a copy if it is useful to the committee. I would also
welcome a chance to ask a current resident about the night float schedule.

I will rank your program first, and I hope you will keep me in mind when you finish your
list. I am a US citizen, so I would not need any visa sponsorship to begin training.

Thank you again for a thoughtful and welcoming interview day. I enjoyed meeting the
residents at the social the evening before, and their candour about both the strengths and
the hard parts of the program made the day feel honest. Please do not hesitate to contact
me if you need anything further from me.

With best wishes,

Sam Lee
"""

# About 3,000 words: the kind of long paste a reader might drop in by mistake.
TEXT_3000 = "\n".join([LETTER_300] * 10)
