"""Rules about tone: chasing, pleading and praise that could fit any program.
(Texting style lives in checker.rules.informal.)"""

from __future__ import annotations

from checker.language import frames
from checker.language.analysis import Analysis
from checker.language.frames import Frame
from checker.language.topics import (
    CHASING,
    GOOD_WISHES,
    PLEADING,
    PROGRAM_ACTS,
    PROGRAM_NEEDS,
    PROVIDES_INFO,
    REVIEWED_MY_APPLICATION,
    STATUS,
    STOCK_PRAISE,
)
from checker.rules import evidence
from checker.rules.base import Rule

CHECKING_IN = Rule(
    id="checking-in",
    severity="warning",
    title="Chasing the program for news",
    catches=(
        '"Did you review my application?" at any time, and "just checking in", "I haven\'t '
        'heard back", "any update on my status", "following up on my application" in an email '
        "that brings no news of its own."
    ),
    why=(
        "Programs are busy; repeated chasing reads as poor boundaries and will not change "
        "their list. One follow-up is enough, and only with something new to say."
    ),
    instead=(
        "Write only when you have news (a score, a publication, a finished rotation), and lead "
        "with the news instead of the question."
    ),
    guide="mistakes.md#over-emailing",
    message="This chases the program for news; write only when you have something new to add.",
    check=frames.check(
        Frame(
            "you ask whether the program has reviewed (seen, looked over) your application",
            REVIEWED_MY_APPLICATION,
        ),
        # Softer chasing is only a problem when the email carries no news to justify it.
        Frame(
            "chasing words in an email with no news: just checking in, following up, I "
            "haven't heard back, bumping this up (not beside something new, such as a "
            "corrected phone number)",
            CHASING,
            not_after=PROGRAM_ACTS,
            unless_thanked=True,
            unless=(PROVIDES_INFO,),
            unless_letter=evidence.has_news_or_correction,
        ),
        Frame(
            "a question about a decision, news or the status of your application, in an "
            "email with no news",
            STATUS,
            asks=True,
            unless=(PROGRAM_NEEDS, GOOD_WISHES),
            unless_letter=evidence.has_news,
        ),
    ),
    fails=(
        "Could you tell me whether the committee has considered my application yet?",
        "Did you have a chance to review my application?",
        "I am just checking in about my application.",
        "I haven't heard back and wanted to ask if there is any update on my status.",
        "I am writing to follow up on my application.",
        "When can I expect a decision?",
        "Any news on my application?",
        "I will be grateful to receive any news regarding my candidature at your convenience.",
        "Kindly update me at the earliest.",
        "I would appreciate being informed of any progress with my file.",
        "I only want to be sure my application is still active.",
        "I hope my application has not fallen through the cracks.",
        "I keep wondering whether my application even reached the committee.",
        "Kindly check and inform me.",
        "Waiting for your favourable reply since last one month.",
        "Just bumping this up in your inbox.",
        "Thank you so much, and please send a quick update on my application.",
        "Could you tell me whether it has been looked at yet?",
        "I am resending this in case my earlier note got lost.",
        "Did you get my last email?",
        "I'm following up for the third time.",
        "Was my application received?",
        "Still waiting on word.",
        "Not sure my earlier email went through, so sending it again.",
        "Reaching out to see where things stand with my file.",
        "Do you have any timeline for decisions?",
        "Kindly acknowledge my previous mail.",
        "Gentle nudge on my file, in case it got buried.",
        "Would you know when the committee will be done reviewing applications like mine?",
        "Still waiting here, any word",
        "Am I still being considered for an interview?",
        "Is my file still under review?",
        "Following up again on my note from last week.",
        "This is my third time writing, and I worry my email never reached you.",
        "I would like to know the outcome of my interview on January 12.",
        "Could you tell me whether all interview invitations have gone out?",
        "did you get my first one?",
        "Still nothing. Any news?",
        "Kindly inform me about the result of my interview.",
        "Just popping back into your inbox about my application.",
        "Checking my inbox every hour for your decision.",
        "No reply yet to my earlier email.",
        "Three weeks without any word, so here I am.",
        "Still hoping for an update from the committee.",
        "It's been two weeks.",
        "I kept checking the portal all weekend.",
        "Should I assume I was not chosen?",
        "Where does my file stand?",
        "I would be grateful to know where my application currently stands.",
        "Kindly let me know where my application is standing at present.",
        "I haven't received any further word from the committee.",
        "Status? It has been ages.",
        "I have not seen any email from the program yet.",
        "Circling back on this.",
        "Touching base with you about the decision timeline.",
        "Emailing once more about my candidacy.",
        "Following up re: my candidacy.",
        "Hoping there's any word on my application this week.",
        "Any timeframe you can share?",
        "Nothing from the program yet.",
        "I have yet to hear any news.",
        "Could you tell me where my application stands?",
        "Still under consideration?",
        "Awaiting news about my candidacy.",
        "Please update regarding my file.",
        "Third time asking, sorry.",
        "No answer to my earlier note.",
        "Bumping my file back to the top of the stack.",
        "Might you tell me where my file sits?",
        "Re: my candidacy - status?",
        "What is the current stage of my application?",
        "Could you tell me if my file was ever opened?",
        "Heard nothing so far.",
        "News?",
        "I check my inbox twenty times a day.",
        "Has the program decided yet about my application?",
        "Could you say when the interview decisions will go out?",
        "I wonder whether the program is still interviewing applicants.",
        "Any ETA on a decision?",
        "Some news at all would help me plan.",
        "How is my candidacy coming along?",
        "What is going on with my file?",
        "Has anything come of my candidacy?",
        "Is there word about my application?",
        "Could you say where the committee is in the review?",
        "Is my file complete and being considered?",
        "Checking in on where things stand with my candidacy.",
        "Kindly revert with the status of my candidature.",
        "I was hoping for an update soon.",
        "Has the committee started sending invitations?",
        "Awaiting your kind reply regarding my candidature.",
        "Did you receive any update from the committee about my application?",
        "I haven't heard back regarding my interview status.",
        "I have not heard back about my interview.",
        "Just following up regarding my residency application.",
        "Just wanted to follow up on my interview.",
        "Just following up after my interview last week.",
        "Just wanted to follow up to ask if a decision has been made.",
        "just following up on the status of my app",
        "Kindly inform me regarding the result of my application.",
        "Could you update me regarding the outcome of my interview?",
        "I was hoping to learn whether I remain in the running.",
        "Is my application still in contention?",
        "Could you check that all is in order with my application?",
        "Has my application made it through the initial screening?",
        "I keep checking my inbox, hoping for a reply.",
        "Have you had the time to discuss my candidacy?",
        "I wonder whether the admissions committee has had a chance to assess my file.",
        "Do you know if anyone has heard anything about my application?",
        "Did you guys hear anything about my application?",
        "Please let me know when your committee has made its decisions.",
        "Please keep me in mind and let me know when you have made a decision.",
        "Have you heard anything about my interview?",
        "I have sent it again, in case it got lost.",
        "Honestly, I keep wondering whether my application even reached the committee.",
    ),
    passes=(
        # Precision s12 (fresh10): writing again about something other than the application.
        "I hope it is fine to write to you again about the parking pass.",
        "Forgive me for emailing again regarding the parking permit form.",
        # What did not come is no news of the application: a chance, a pass, a receipt.
        "I did not get a chance to meet Dr. Ruiz, but the residents spoke highly of her.",
        "I have not received a confirmation email for the second look registration.",
        "I did not get a receipt for the hotel.",
        "We did not get any snow on the interview day.",
        # An apology for writing again, alone: the chase is found by its own words.
        "I am sorry to write again so soon after my last email.",
        # Asking to be considered is not asking for news of it.
        "I shall be grateful if you kindly consider my application for the prelim year.",
        "I would be glad to receive any updates to the research day agenda.",
        "Kindly inform me at the earliest if the second look date is shifted.",
        "Kindly check and inform me whether the hotel offers a shuttle.",
        "We made sure no patient fell through the cracks after discharge.",
        # The interview's date, schedule or link is logistics, not news of a decision.
        "Have you heard anything about my interview date?",
        "Have you heard anything about the interview schedule for the second look?",
        # Sent again because the program asked for it.
        "I have sent it again, as requested.",
        "I am sending it again as a PDF, as requested.",
        # A closing that asks only to be remembered; its "as" clause is a time, not a question.
        "Please keep me in mind as your committee makes its decisions this spring.",
        "Kindly keep my application in mind while you finalize your decisions.",
        "Please remember me when your committee makes its final decision.",
        # Watching for something that is not the program's answer.
        "I keep checking my email, hoping to see the flight confirmation.",
        "I keep checking my phone, waiting for the baby's arrival.",
        # In the running for something other than a place in the program.
        "I was hoping to learn whether I remain in the running for chief.",
        "Is my application still in the running for the travel grant?",
        "Subject: Correction\n\nDear Dr. Lee,\n\nI am sorry to write a second time. I mixed up "
        "two names in my note yesterday.",
        "Two weeks without a reply from my landlord meant I stayed with my cousin.",
        "I wonder whether the drug remains in contention as first-line therapy.",
        "I remain in contention for the chief resident role, my mentor says.",
        "Please inform me regarding the dress code for the second look.",
        "Did my patient make it past the first round of chemotherapy?",
        "Everything is in order with my file, and the form is attached.",
        "Should I assume the second look is in person if I hear nothing?",
        "It has been a month since my interview and I am still so grateful for the day.",
        "We went three days without any news from the ICU family.",
        "It's been months since I last saw snow like the storm on interview day.",
        "Awaiting word on my passport renewal, I booked a refundable flight.",
        "I kept checking my phone during the storm to make sure my family was safe.",
        "I kept checking the portal for the second look registration link.",
        "This is my second time writing a letter of intent in my life.",
        "I left it at the top of the stack on your desk, as the coordinator asked.",
        "Any timeframe you can share for the parking permit would help.",
        "Nothing from you yet regarding the parking, which is fine.",
        "We heard nothing back from the lab, so we repeated the test.",
        "The family was waiting for some news, so I called the surgeon.",
        "We started sending invitations for our research symposium last week.",
        "I am writing with an update: I passed Step 2 CK last week. Just checking in.",
        "Thank you for reviewing my application and for the invitation.",
        "I look forward to hearing about the next steps.",
        "I would never ask whether you have reviewed my application.",
        "I appreciated you checking in on us during the lunch break.",
        "Please let me know if you need any updates from me.",
        "Thank you for checking in on all of us after the storm.",
        "Did you enjoy the conference in Boston?",
        "Is there an update on the second look schedule?",
        "In case my last email got lost, here is my corrected phone number.",
        "When will the committee finish reviewing the new curriculum?",
        "Any questions about my schedule, just let me know.",
        "I have not heard back from the parking office about my permit.",
        "I don't have any other interviews in Texas, so I can stay for the social.",
        "Sorry to write again: the phone number in my last email was wrong; here is the right one.",
        "I will check my email on Monday for the itinerary.",
        "Please let me know if the committee needs an updated transcript.",
        "The chief resident kindly checked in on me after the interview to make sure I had "
        "found the shuttle.",
        "I wanted to touch base about the date change you mentioned: February 9 works for me.",
        "No worries if the form takes longer; I can send it again if that is easier.",
        "I wanted to check in about the hotel block for the interview dinner.",
        "Just following up with the document you requested - it is attached.",
        "I wanted to check in with you about the call schedule question from the interview.",
        "Is there any news on the new clinic building the residents mentioned?",
        "Just following up to say thank you again for your time.",
        "I wanted to write again to thank Dr. Rao for the tour.",
        "Is there a decision yet on whether the second look will be virtual?",
        "I checked in on my patients before the interview.",
        "I check in on my grandmother every Sunday.",
        "The charge nurse checks in on the new grads each shift.",
        "I am following up on your email from Monday about the background check.",
        "Just following up on the dinner invitation - I will be there.",
        "Any word on the weather for Thursday? I am driving in from Ohio.",
        "I hope to hear the outcome of my brother's surgery soon.",
        "Just checked in for my flight; landing at 4:40 PM.",
        "I wanted to write again to reaffirm my strong interest in the program.",
        "I wanted to write again to say that my interest has only grown.",
        "Subject: Update on my application - Ana Ruiz\n\nDear Dr. Lee,\n\nI remain very "
        "interested in the program.",
        "I just wanted to write again and let you know how excited I still am.",
        "I am so sorry to write again, but I noticed that my confirmation lists January 20 and "
        "the portal January 21.",
        "If I do not get any interview this year, I will spend it on research.",
        "I wanted to check on the status of my parking permit request.",
        "Is there any update on the location of the second look dinner?",
        "I wanted to touch base about my vegetarian meal request.",
        "Circling back on your question about my research year: a grant funded it.",
        "I cannot wait to hear from you and the team!",
        "I check my email twice a day while I am on nights.",
        "I have not seen anything like the new simulation wing before.",
        "I hope to write once more with a corrected transcript next week.",
        "I am following up re: the parking form you sent.",
        "We are still waiting to hear from the moving company about the truck.",
        "I wonder if the new clinic building has opened yet.",
        "The chart at the top of the stack was mine to finish.",
        "The committee meets on Tuesday to discuss the new curriculum.",
        "Thank you for your update about my interview schedule.",
        "Thanks for the quick update about my application fee waiver.",
        "What is going on with the parking garage this week?",
        "I was hoping for an update on the dinner location.",
        "Thank you so much for the quick update on my application.",
        "Did you receive the updated letter from Dr. Fong? She sent it Monday, and I want to be "
        "sure it arrived.",
        "Did the coordinator get the updated consent form for the background check?",
        "I have not heard back about my visa-free travel form, but it does not affect my "
        "application.",
        "I haven't heard back regarding my apartment lease yet, so I may arrive a day late.",
        "I did not hear back on the parking permit, so I will take the shuttle.",
        # "Just following up" with another errand after it: confirming, thanking, answering,
        # sending, arranging; and news given, not asked for.
        "Just checking in to make sure the parking pass covers Thursday.",
        "Just following up to send the transcript your office requested.",
        "Just wanted to check in and let you know I will be at the second look.",
        "Just following up with the signed consent form for the background check.",
        "Just circling back to answer your question about my start date: July 1 works.",
        "Just following up to ask whether business casual is fine for the social.",
        "Just wanted to follow up to introduce my mentor, who will write to you separately.",
        "Just following up on my promise to send you the article.",
        "I am very interested in your program and wanted to share an update.",
        "Is there any news about the postponed dinner? The roads look icy.",
        # The earlier mail was about the day's arrangements.
        "I am following up on my email of January 8 about the second look: is it in person?",
        "I am following up on my earlier message about the hotel block near the hospital.",
        # An apology alone is not a chase (the lead's ruling of 2026-12-07, eval/README.md).
        "I am so sorry to write again so soon.",
        "I am sorry to write to you again.",
        "Sorry to reach out again.",
        "I am sorry to email again.",
    ),
    notes=(
        '"Did you review my application?" is always flagged; softer follow-ups are only '
        "flagged when the email reports no news (score, publication, rotation, award...). "
        '"Just following up" chases when nothing follows it, or the application, its news or '
        'the earlier mail ("Just following up on my application", "... to see if there is any '
        'news"); with another errand after it (to confirm a time, to say thanks, to answer '
        "the program's question, to send a paper) it is left alone."
    ),
)

DESPERATE_TONE = Rule(
    id="desperate-tone",
    severity="warning",
    title="Pleading or desperate tone",
    catches=(
        '"I will do anything", "please give me a chance", "I really need this spot", "I am '
        'begging you", "this is my last chance".'
    ),
    why=(
        "Programs look for calm, mature colleagues. Pleading signals anxiety rather than fit "
        "and can weigh against you in a close decision."
    ),
    instead=(
        "Say what you would bring and why this program fits you, in a calm and confident tone."
    ),
    guide="mistakes.md#over-emailing",
    message="This sounds desperate; say calmly what you bring and why the program fits you.",
    check=frames.check(Frame("pleading words from you", PLEADING)),
    fails=(
        "Please give me a chance to prove myself.",
        "I'd do anything to be considered.",
        "This is my last chance of being selected.",
        "I will do anything to train at your program.",
        "Please give me a chance.",
        "I really need this spot after two unmatched cycles.",
        "I am begging you to consider me.",
        "This might be my final chance to match.",
        "I can't survive another year without a match.",
        "Please have mercy and give my file one more look.",
        "I'm pleading with you to reconsider.",
        "I would take any spot you have.",
        "I am truly desperate at this point.",
        "Please don't let me down.",
        "With folded hands I request you to select me.",
        "Please don't turn me away.",
        "I have no plan B and I am running out of time.",
        "It would destroy me to go unmatched again.",
        "I'm so scared of not matching again.",
        "This is truly my final attempt.",
        "My parents are counting on me and I cannot let them down.",
        "I don't know what will become of me without this spot.",
        "I would move into the hospital if it got me a position.",
        "I don't think I could survive another failed Match.",
        "I'm honestly begging at this point.",
        "I would be completely lost if I do not match this year.",
        "I'd give up anything for a spot on your team.",
        "I am at the end of my rope with this application cycle.",
        "If you could find it in your heart to reconsider me, I would be grateful.",
        "I have cried myself to sleep since the interview.",
        "I'd accept any conditions and work any hours for a spot.",
        "Everything now depends on your decision.",
        "Please do not let my chance slip away.",
        "If I don't match this year I will lose everything.",
        "Not another year without a position, please.",
        "Last shot for me this year.",
        "My whole future hinges on this Match.",
        "PLEASE don't pass me over.",
        "I'm kinda desperate at this point.",
        "I honestly do not think I can go through another cycle.",
        "I am afraid of losing everything if I do not match.",
        "There's no plan B for me if this does not work out.",
        "My visa and my loans all depend on matching this year.",
        "Please, just one chance.",
        "I have nothing left but hope.",
        "Honestly, I'm starting to panic about this cycle.",
        "I would drop everything to join your team.",
        "I would take literally anything.",
        "I would be thankful for any spot you have.",
        "No hope left.",
        "A single interview is all I ask for.",
        "Just need a position. Please.",
        "Please just say yes.",
        "I would live in a tent to match there.",
        "I can't sleep since the interview.",
        "I do not know how I would tell my parents.",
        "I am falling apart.",
        "I would accept anything you offer.",
        "Desperate now. Please.",
        "Any position. Really.",
        "I feel so helpless.",
        "I will be grateful for life.",
        "Need this one so badly.",
        "My whole family is counting on this.",
        "Kindly consider my humble request and grant me one seat.",
        "I'm out of options.",
        "Matching is the only thing keeping me going.",
        "My life is on hold until I hear from you.",
        "If I fail to match, it was all for nothing.",
        "There's nothing I wouldn't do to train there.",
        "Please, I have no one else to ask.",
        "I can't eat or sleep thinking about your decision.",
        "I can barely focus on my rotation.",
        "If I don't match, I don't know how I will go on.",
        "I'm not sure I can handle another year of waiting.",
        "I implore you to look at my file once more.",
        "I am begging [Program Director] for one interview.",
        "Please give me this one opportunity.",
        "I will be obliged forever.",
        "I have cried over this application every week.",
        "I have not slept since the interview.",
        "Without a match, everything would be all for nothing.",
        "No fallback at all if this falls through.",
        "honestly i'm kind of losing it over here",
        "I'm literally on my knees here.",
        "Put me anywhere, I just need to be in.",
        "I am humbly requesting you to consider me as your resident.",
        "I'd take any residency spot you have.",
        # An adverb after the verb; what becomes of the family; shame before one's people.
        "I am begging humbly for your consideration.",
        "Without a position I do not know what will become of my family.",
        "My medical career literally depends on your decision.",
        "How will I face my parents if I fail again?",
        "My family has sacrificed everything, and I cannot face them if I fail again.",
        "If I fail again, I will not be able to show my face at home.",
        "I really don't know how my family will survive another year of this.",
        "I am asking you with folded hands for one interview.",
    ),
    passes=(
        "This is my last chance to thank you before the holidays, so thank you for the tour.",
        "Please give me a chance to correct one error in my ERAS application: my Step 2 date is "
        "November 12, not 21.",
        "I would do anything to get my patients their insulin on time, even call the pharmacy "
        "at midnight.",
        "Could you give me a chance to explain the gap in my CV at the interview?",
        "I did not match two years ago, and since then I have finished a year of cardiology "
        "research in Ohio.",
        "My father had surgery, so I will stay home with my family for the rest of the month.",
        "I am thankful for any opening in your schedule for a short call.",
        "I am happy for any chance to learn more about the global health track.",
        "Any seat at all is fine for the dinner.",
        "Window or aisle? Any seat.",
        "I felt helpless the night of my first code.",
        "The storm made me feel helpless, but the team pulled together.",
        "I am starting to panic less on night shifts.",
        "I am losing my mind over this crossword.",
        "I did not know how I would tell my parents about my grandmother's diagnosis, but my "
        "attending helped.",
        "Desperate, the family called us at midnight.",
        "Desperate here for coffee after the night shift, ha.",
        "No options left on the dinner menu.",
        "I am grateful for life's second chances after my brother's accident.",
        "I would accept anything you offer in the way of feedback on my talk.",
        "I really need a quiet place to study, so a hotel near the library would be ideal.",
        "I would welcome the chance to train at your program.",
        "I would bring three years of research experience to your team.",
        "Thank you for the chance to interview.",
        "Thank you for giving me the chance to meet your residents.",
        "I would never beg for a position.",
        "I would do anything for my patients.",
        "The patient was desperate for relief, so we started a PCA pump.",
        "This is my last email before the holidays.",
        "My last chance to ask a question came at the end of the day.",
        "I will be forever grateful for the mentorship I received at the clinic.",
        "I would arrive an hour early if it meant a parking spot near the clinic.",
        "I don't think the team could handle more than two interns.",
        "I don't think I could have asked for a better interview day.",
        "I gave up my weekend to finish the poster for the conference.",
        "We ran out of options for his nausea until we tried a scopolamine patch.",
        "The family had nowhere else to turn until the social worker called.",
        "If you give me the chance, I would love to present my poster.",
        "I nearly lost my house keys at the hotel.",
        "The family had lost everything in the flood.",
        "After the earthquake, our hospital had nothing left but tents and volunteers.",
        "I had no other option than to take the night bus to the interview.",
        "Mercy is where I did my first clinical rotation.",
        "The mercy shown to me by my first attending shaped how I teach.",
        "Is there any chance at all we could move the call to 3 pm?",
        "We ran out of time for questions, so here is mine.",
        "My mentor, who gave me a chance to run the clinic, sends her regards.",
        "My preceptor, Dr. Haas, gave me the chance to lead the ward's family meetings.",
        "I could not sleep on the flight, but I felt fine at the interview.",
        "I am grateful for any advice on housing near the hospital.",
        "The patient was desperate, and the team stayed with her.",
        "Which seat should I take at the dinner? Any seat is fine with me.",
        "The patient felt hopeless until the diagnosis was made.",
        "Please let me know if you need this one signed too.",
        "The family was counting on us to explain the prognosis clearly.",
        "I humbly request you to share the hotel details for the second look.",
        "I spent an hour on my knees fixing the leg of the exam table.",
        "If you will give me the opportunity, I would love to present my poster.",
        "Thank you.\n\nWith folded hands and gratitude,\nDr. Ikechukwu Obi",
        "I was not able to sleep on the flight, but the coffee helped.",
        "I had no one else to ask about parking, so I called the front desk.",
        "After the cyclone, my family lost our home and I studied for Step 1 by lamplight.",
        "I was desperate to get the snow off my car before the interview.",
        "I humbly request you to consider my application for the preliminary year too.",
        "The project was all for nothing when the funding ended, but I learned a lot.",
        "Everyone is counting on this dinner, so I will bring dessert.",
        "I'm out of options for flights on Friday, so I will drive.",
        "There's nothing I wouldn't do for my patients.",
        "I'm losing it over the crossword, and I don't know how I will go on without coffee.",
        "Put me anywhere you like at the dinner; I implore you to try the dumplings.",
        "I was desperate to get into medical school as a teenager.",
        # Hardship told as a story, a logistics request, a third-person subject, a matter
        # other than the Match: not a plea to the program.
        "My career was on hold while I cared for my mother during her chemotherapy.",
        "My life is on hold while my visa is processed.",
        "Kindly consider my circumstances and allow me to reschedule.",
        "Please consider my situation, as my flight was cancelled.",
        "I have not slept since the flight landed, so forgive any typos.",
        "I was unable to sleep because of jet lag.",
        "I can barely sleep on overnight calls, which taught me to nap well.",
        "I have not eaten since the morning, the tour was so long.",
        "The family was counting on it, and the team delivered the news gently.",
        "The family was counting on me to translate at every visit.",
        "Everything will be finishing on schedule for my MPH.",
        "The only thing keeping me going through night shifts was coffee.",
        "I'm not sure I can handle another winter in Minnesota!",
        "Without follow-up, the screening would be all for nothing.",
        "No backup if the shuttle is late, so I will take a cab.",
        "I humbly request you to consider me as a volunteer for the health fair.",
        "I am begging Dr. Smith for a letter of recommendation.",
        "I implore the committee to consider expanding the global health track.",
        "I cried over the interview video of the residents honoring their patients.",
        "My parents gave up a great deal so that I could study medicine.",
        "I faced my fears and presented at the national meeting.",
        "The patient asked what would become of her garden while she was in hospital.",
        "My patient's life depended on the blood bank, so I learned to call ahead early.",
        "I will not show my face on camera during the virtual open house; I will join by audio.",
        "As a shy intern I would never show my face at grand rounds; now I present monthly.",
        "How would I face them if I fail again, my patient asked me before his second transplant.",
        "As a student I did not know what would become of my career in surgery, so I chose IM.",
        "How could I face my community health clinic's waiting room of 60 patients with one nurse?",
        "With folded hands, my grandmother greeted every patient at her village clinic.",
    ),
    notes=(
        '"I will do anything" is only read as pleading when it is about the position ("to '
        'train with you", "for a spot") or stands alone; "I would do anything for my patients" '
        'is left alone, and so is a story in the past tense ("I begged my attending to let me '
        'present"). Hardship told as a story ("the family had lost everything in the flood") '
        'is not pleading; a loss counts when it is still to come ("I will lose everything").'
    ),
)

_THANKS = frozenset({"thank", "thanks", "thx"})


def _praises_the_reader_thanked(analysis: Analysis, first: int, last: int) -> bool:
    """The praise is of the person thanked in the same sentence, not of the program: "Thank
    you so much, you're awesome!", "Thanks for sorting out my hotel, you are the best!"."""
    lemmas = analysis.lemmas
    start, _ = analysis.sentence_range(analysis.sentence_of(first))
    subject = first if lemmas[first] == "you" else first - 1
    return (
        subject > start
        and lemmas[subject] == "you"
        and lemmas[subject - 1] == ","
        and any(lemma in _THANKS for lemma in lemmas[start:subject])
    )


GENERIC_PRAISE = Rule(
    id="generic-praise",
    severity="warning",
    title="Praise that could be sent to any program",
    catches=(
        'Stock praise ("excellent teaching and research", "great program", "wonderful '
        'opportunity", "strong clinical training") in an email that names no concrete detail '
        "of the program: a person (Dr. ...), a curriculum element (continuity clinic, night "
        "float, journal club...), a patient population, a place, or a moment of the interview "
        "day."
    ),
    why=(
        "Program directors recognise copy-paste emails at once; without one specific detail "
        "the praise sounds like it went to fifty programs."
    ),
    instead=(
        "Add one detail only this program has: \"I enjoyed Dr. Patel's talk on the street "
        'medicine elective."'
    ),
    guide="mistakes.md#generic-messages",
    message=(
        "Stock praise with no specific detail of this program; name one person, rotation, "
        "clinic or moment from your interview."
    ),
    check=frames.check(
        Frame(
            "stock praise, in an email that names no concrete detail of the program",
            STOCK_PRAISE,
            negatable=False,
            unless_match=_praises_the_reader_thanked,
            unless_letter=evidence.has_concrete_detail,
        )
    ),
    fails=(
        "Your program is my favourite because of its excellent teaching and research.",
        "It is a great program with strong clinical training.",
        "Thank you for this wonderful opportunity. The faculty were great and it is a great fit.",
        "Your esteemed institution is one of the best in the country.",
        "I admire its dedication to resident education and its diverse patient population.",
        "The program is renowned for its clinical excellence.",
        "Your residency is second to none and checks all my boxes.",
        "The residents were so welcoming and the program is truly outstanding.",
        "Your institution has a reputation for excellence across the region.",
        "I truly admire the program's strengths.",
        "I am sure that your program is truly top-notch.",
        "I was blown away by everything.",
        "Everyone there was so welcoming.",
        "I have always heard wonderful things about your program.",
        "It would be a dream to train at such a fantastic place.",
        "Your program would be a great place to learn and grow.",
        "The program offers an unparalleled training experience and several unique strengths.",
        "Residents clearly thrive there, and the faculty are the best of the best.",
        "ur program is legit the best",
        "I liked your good department and its nice atmosphere.",
        "It is one of the finest training programs in the country.",
        "Dear Dr. Lee,\n\nThe residents were so welcoming and the overall teaching was superb.",
        "The faculty were dedicated and the program is truly outstanding.",
        "Thank you for having me on Tuesday. Your program has great training and a wonderful "
        "culture.",
        "The faculty care deeply about the residents, and it is a great program.",
        "The residents seemed happy and the culture was great.",
        "The faculty support their residents, and the program is excellent.",
        "The residents treat each other like family, and it is a wonderful program.",
        "From the teaching to the clinics, it is an excellent program!",
        "Your institution is a beacon of excellence in graduate medical education.",
        "Oakview truly cares about its residents.",
        "I admire the esteemed institute and its world class facilities.",
        "Your program offers a solid foundation for any physician's career.",
        "I loved meeting Lakeshore's residents, and the program is amazing.",
        "You are amazing and the program is great.",
        "Your program's strong commitment to teaching and its wonderful culture impressed me.",
        "Your program will give me excellent clinical training.",
        "Dear Dr. Lee,\n\nOver the last month I have thought about the excellent rotations, and "
        "your program offers strong clinical training.",
        # The writer's own name is no detail of the program.
        "Dear Dr. Lee,\n\nI am Dr. Sravani Reddy and I had interview in your esteemed program.",
        "Dear Dr. Lee,\n\nMy name is Dr. Ahmed Khan. Your program is a great program.",
    ),
    passes=(
        # Precision s12 (fresh10): the person thanked, not the program.
        "Thanks again, you are the best!",
        "Dear Ms. Yates,\n\nThanks so much for sorting out my hotel, you are the best!",
        "Thank you so much, you're amazing!",
        # Precision s12 (review s12): a detail named by what it is for, or by its site.
        "Dear Dr. Bell,\n\nThank you for the interview. I enjoyed learning about the ICU month, "
        "and your program offers strong clinical training.",
        "Dear Dr. Bell,\n\nThank you for the interview. I enjoyed learning about the month in "
        "Gallup with the Navajo Nation, and your program offers strong clinical training.",
        "Dear Dr. Bell,\n\nI was glad to hear about the resident research day, and your program "
        "offers outstanding training.",
        "Dear Dr. Bell,\n\nI loved hearing about the Step 3 study stipend and the telestroke "
        "partnership. Your program is amazing!",
        # What the applicant's own post gave them, not praise of the program.
        "The job has given me good exposure to the American health system.",
        "I got good exposure to outpatient pediatrics during my observership.",
        "Dear Dr. Lee,\n\nI am grateful to Dr. Okafor; your program is a great program.",
        "Lakeshore is one of the top programs on my rank list.",
        "Thank you for the interview. My husband and I are blessed with such a wonderful "
        "family, and they will join me wherever I train.",
        "We have such a wonderful team at the free clinic back home.",
        "Watching you calm a scared child was the best teaching moment of my season.",
        "I admire your program's strengths in point-of-care ultrasound teaching.",
        "It is a great program: Dr. Okafor's night float teaching impressed me.",
        "The continuity clinic at the county hospital is a wonderful opportunity.",
        "I enjoyed learning about the journal club and the research track.",
        "Thank you for the interview.",
        "Your residents were welcoming, and their quality improvement project on discharge "
        "delays showed real ownership.",
        "The whole interview day was an amazing experience.",
        "Your resident-run clinic for uninsured patients is exactly what I was looking for.",
        "Everyone there was asleep by ten after the night shift.",
        "I heard great things about the new parking garage.",
        "The cafeteria was a great place to meet the other applicants.",
        "The emergency department chair gave the welcome talk.",
        "My co-author is one of the top students in my class.",
        "The patient was impressed by everything the nurses did for her.",
        "I was impressed by everything I learned about the Hartwell clinic's diabetes outreach.",
        "She is the best of the best at teaching ultrasound, said my attending.",
        "Dear Dr. Lee,\n\nThe residents were so welcoming, and the stroke service rounds were "
        "exactly what I hoped for.",
        "Dear Dr. Lee,\n\nYour program is wonderful; the burn unit huddle showed me how the team "
        "works.",
        # Detail with no proper name: a count, a weekly event, the program's people doing
        # something.
        "The program's great clinical training, with about 1,200 admissions a year on the "
        "teaching service, stood out.",
        "Your outstanding program offers a 4-week block of addiction medicine.",
        "Your strong commitment to education shows in the protected Wednesday morning didactics.",
        "The residents' great camaraderie came through in the Saturday hiking trips they organise.",
        "The supportive culture was obvious: the interns cooked breakfast for the applicants.",
        "I loved the wonderful atmosphere, where seniors teach their interns at the bedside every "
        "morning.",
        "The welcoming atmosphere was clear when the coordinator mailed each applicant a welcome "
        "packet.",
        # A person named without a title, a clinic or screening named by what it is for, a
        # street.
        "Dear Dr. Keane,\n\nTalking with Priya and Jonah at the resident social was the best "
        "part of the day. It is a wonderful program.",
        "I enjoyed meeting Maya, the chief resident, and the program is outstanding.",
        "It is a wonderful program, and I loved hearing about the Harbor Street clinic.",
        "The program is excellent; the hepatitis C screening your interns run stood out.",
        "Your faculty are supportive, and the shelter clinic on Elm Avenue is why I applied.",
        "My mentor gave me a strong foundation for a career in research.",
        "The hotel had good facilities for the interview guests.",
        "The lighthouse was a beacon of hope for the sailors.",
        # A site or a volume named by what it is, a moment seen on the day.
        "The residents seemed happy, and the burn volume at the downtown site is remarkable.",
        "I was impressed by the resident camaraderie I saw at the pre-interview dinner.",
        "I liked the diabetes education class in Tagalog for patients at your good program.",
    ),
    notes=(
        "A detail is recognised from a list of specific program features, a project named by "
        'its subject, a teaching setting named by what it is about ("the stroke service '
        'rounds", "the cath lab"), a named Dr. or Professor, dates and resident numbers, a '
        'count of what the program does ("40 deliveries per intern", "a 30-minute noon '
        'lecture"), a weekly event ("the Friday soccer game"; not the interview\'s day) and '
        "the program's people doing something (\"the cards the residents left for each "
        'applicant"; not being or seeming kind); unusual details may be missed.'
    ),
)

RULES = (CHECKING_IN, DESPERATE_TONE, GENERIC_PRAISE)
