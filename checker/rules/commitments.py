"""Rules about promises and ranking: what the NRMP's no-binding-commitment principle forbids
or makes risky in an applicant's email."""

from __future__ import annotations

from checker.language import frames
from checker.language.exchanges import (
    DEAL,
    PROGRAM_RANKS_APPLICANT,
    PROMISE_ABOUT_RANKING_ME,
    RANK_ME_ASKED,
    RANKING_CONTEXT,
    RECIPROCATION,
)
from checker.language.exclusive_claims import EXCLUSIVE
from checker.language.frames import Frame
from checker.language.promises import (
    ACCEPTS,
    ASKED_FOR_OFFER,
    DECLINES_OUTSIDE_OFFER,
    IN_MATCH,
    INTERVIEW_OFFER,
    OUTSIDE_MATCH_DEAL,
    PROGRAM_OFFERS,
    PROMISE_TO_ACT,
    READY_TO_SIGN,
)
from checker.language.rank_claims import RANKS_PROGRAM, RANKS_PROGRAM_FIRST
from checker.language.rank_questions import EVALUATION_OF_APPLICANT
from checker.phrase_search import compile_phrases
from checker.rules.base import Rule
from checker.rules.matchers import reminder_when

# What a promise's finding takes in from its sentence: the exclusive claim it is made of
# ("if you can promise me a place, I will stop interviewing elsewhere"), which it supersedes.
_INSIDE_A_PROMISE = (EXCLUSIVE,)

BINDING_COMMITMENT = Rule(
    id="binding-commitment",
    severity="error",
    title="Promise that sounds like a contract",
    catches=(
        "Promises to accept or sign, offers to take a position before or outside the Match, "
        'requests for one, and guarantees ("guarantee me a spot", "I guarantee I will rank '
        'you first").'
    ),
    why=(
        "In the Match nothing said before rank lists are certified is binding, and programs may "
        "not ask for or make commitments. A contract-like line suggests you do not know the "
        "rules, and a promise you later break can follow you in a small specialty."
    ),
    instead=(
        'Describe your interest instead of promising: "I am very interested in your program '
        'and would be glad to train there."'
    ),
    guide="rules.md#no-binding-commitments",
    message="This reads like a binding promise or a deal outside the Match; remove it.",
    suggestion="I am very interested in your program and would be glad to train there.",
    check=frames.check(
        Frame(
            "a promise, pledge or guarantee to accept, sign, rank or come",
            PROMISE_TO_ACT,
            covers=_INSIDE_A_PROMISE,
        ),
        Frame(
            "a deal before or outside the Match (not declining one)",
            OUTSIDE_MATCH_DEAL,
            unless=(DECLINES_OUTSIDE_OFFER,),
            covers=_INSIDE_A_PROMISE,
        ),
        Frame(
            "an answer promised to an offer: if (or should) you offer me a position, I will "
            "accept (not an interview invitation, not a place through the Match)",
            PROGRAM_OFFERS,
            with_topics=(ACCEPTS,),
            unless=(IN_MATCH, INTERVIEW_OFFER),
            covers=_INSIDE_A_PROMISE,
        ),
        Frame(
            'an acceptance right after an offer asked for in the sentence before ("Offer me. '
            'I will sign.")',
            ACCEPTS,
            with_topics=(ASKED_FOR_OFFER,),
            with_previous_sentence=True,
            unless=(IN_MATCH, INTERVIEW_OFFER),
        ),
        Frame(
            "readiness to sign or accept at once",
            READY_TO_SIGN,
            unless=(IN_MATCH, INTERVIEW_OFFER),
        ),
    ),
    fails=(
        "I shall be joining your program if selected.",
        "Once selected I will definitely join.",
        "Consider my commitment to your program made.",
        "fyi contract from u = signed immediately",
        "Count my acceptance as a done deal.",
        "If an offer reaches me from you, it will be accepted the same morning.",
        "I give you my word that should you select me I will be joining your institute.",
        "Kindly be assured that if given the seat I will join with full dedication.",
        "I am assuring you that I will not consider any other offer.",
        "When the offer is arriving, I will thank the committee and sign.",
        "If you choose me, you have got me for good.",
        "I 'promise' to rank your program first.",
        "I commit to signing a contract with you if you offer one before the Match.",
        "If you offer me a position outside the Match, I will accept it immediately.",
        "Could you guarantee me a spot if I rank you first?",
        "I guarantee I will rank your program first.",
        "I promise to accept if you make me an offer.",
        "I would be open to a pre-match offer from your program.",
        "You have my word that I will come to your program.",
        "Please consider this email a binding commitment.",
        "Should you offer me a position before Match Day, I would say yes immediately.",
        "If you offer me a spot, you can count it as accepted.",
        "I am ready to sign right away.",
        "I would sign a contract today if you offered me one.",
        "Count me as signed up; just tell me where to sign.",
        "I'd sign any contract you send me.",
        "Please hold a position for me and I'll give you my acceptance.",
        "Treat this letter as my formal acceptance.",
        "Once you extend an offer, I accept, no hesitation.",
        "Can we agree on a position now so I can stop interviewing?",
        "Could you assure me of a position before the lists are due?",
        "I will not accept any other offer if you take me.",
        "An offer from your program would be accepted immediately.",
        "If offered, I will accept.",
        "Whenever the offer letter comes, I will sign it the same day.",
        "My signature is yours the day you ask for it.",
        "I'm committing to your program now.",
        "I would gladly opt out of the Match for a position with you.",
        "Could you hold a position for me until I hear from my visa office?",
        "You can mark me down as a firm yes.",
        "If you take me, I will not back out.",
        "Offer me a spot and it's a yes.",
        "If you promise me a place, I will cancel my other interviews.",
        "I would never turn down an offer from your program.",
        "Offer me. I will sign.",
        "I assure you that if offered I will accept.",
        "I will join your program, whatever the outcome of the Match.",
        "Upon receiving an offer from you, I would accept at once.",
        "I am willing to commit to your program outside the Match.",
        "Contract arrives, I sign it.",
        "I will gladly accept any residency offer from you.",
        "I will accept the position if offered to me.",
        "Count my acceptance as guaranteed.",
        "Consider my spot claimed.",
        "If you accept me, I'm there, no questions asked.",
        "I am writing to commit to your program as the place where I will train.",
        "I am ready to sign my contract with you today.",
        "If you offer me a spot, I won't look at any other offer.",
        "If your office sends me the offer letter, I will sign it the same day.",
        "Send the contract. I will sign it.",
        "If offered a place. I will accept, promise.",
        "I'll sign the moment you offer!",
        "Should I be offered a place in the 2027 class, I will accept.",
        "No questions asked, if you make me an offer I will accept it.",
        "I would accept an offer from Lakeview Medical Center immediately.",
        "The moment the offer arrives, my signature will be on the contract.",
        "I am ready to bind myself to your residency program today.",
        "If you offer me a place, ill accept on the spot.",
        "My yes is given in advance to any offer from you.",
        "I will bind myself to Lakeside General before the Match.",
    ),
    passes=(
        "I will be joining the call at 3 pm if the link works.",
        "Send the form, I will sign and return it the same day.",
        "Consider my commitment to patient safety made clear in my personal statement.",
        "Please treat this as my final answer about the dinner menu.",
        "My offer to help with the poster session was accepted.",
        "If a contract from the lab reaches me, it will be reviewed by my lawyer.",
        "I take the board exam as a formality at this point.",
        "I promise that when the dinner starts I will come on time.",
        "When the shuttle is coming, I will call the coordinator and join the group.",
        "I promise that if my visa is delayed I will let you know.",
        "If you need me on the call, you have got me at 3 pm.",
        "Could you hold a position for me in the June away rotation?",
        "I would never turn down an offer of help.",
        "I understand there are no guarantees in the Match.",
        "I understand that nothing said before the Match is binding.",
        "I would never ask you to guarantee me a spot.",
        "I am very interested in your program and would be glad to train there.",
        "I am committed to serving underserved patients in the region.",
        "Is the program fully participating in the NRMP Match?",
        "I am not asking for any commitment from you.",
        "I will sign the lease for my apartment next week.",
        "If you offer me an interview, I will accept it right away.",
        "If offered a position through the Match, I would be honoured to accept.",
        "I signed up for the virtual open house next Friday.",
        "Please confirm the interview time and I will be there.",
        "I give my word that every document I uploaded is genuine.",
        "I promise to send the corrected transcript by Friday.",
        "If a spot opens up on the shuttle, I will take it.",
        "Whenever the housing offer comes, I will sign the lease.",
        "I am committed to my patients.",
        "Could you hold a seat for us at the dinner?",
        "Please put me in for the Tuesday slot.",
        "If offered a ride from the airport, I would say yes.",
        "I respectfully decline the offer outside the Match and will take part in the Match.",
        "I am ready to sign the consent form as soon as it arrives.",
        "I guarantee that the documents I uploaded are accurate.",
        "If offered a place in the journal club, I would gladly accept.",
        "Send me the link. I will join.",
        "Consider the room claimed for Friday.",
        "I confirm that I will join the video call at 3:00 pm Eastern.",
        "If the hotel offers me a room, I won't look at any other offer.",
        "Once the committee sends the letter of appointment for my observership, I will sign and"
        " return it.",
        "I will join five minutes early.",
        "If you send me the link, I will join right away.",
        "I am happy to join the call today.",
        "Consider it done; I will send the form tonight.",
        "I would accept anything you offer in the way of feedback on my talk.",
        "Dr. Rao asked whether I would accept any offer you make.",
        "The one question asked at my interview was whether I would accept an offer outside the"
        " Match.",
        "My signature will be on the lease by Friday.",
        "I commit myself to your program's mission of serving refugees.",
        "Thank you in advance for your reply.",
        "I commit myself to Pediatrics, the field I love.",
        "I was ill last week, and I will sign the consent form today.",
    ),
    notes=(
        'A negating word shortly before, in the same clause, turns a match off ("I would never '
        'ask you to guarantee me a spot"); a negation across a comma is not seen. Accepting "an '
        'offer" is only read as a promise when it is tied to the program offering a place, to '
        'the time before or outside the Match, or to "at once" ("right away", "today").'
    ),
    supersedes=("exclusive-claim",),
)

ASKS_ABOUT_RANK = Rule(
    id="asks-about-rank",
    severity="error",
    title="Asking where you stand on their rank list",
    catches=(
        "Questions and requests, direct or indirect, about how the program ranks or judges you: "
        'where you stand or fall on its list, whether you are "ranked to match", how highly it '
        "will rank you, how you compare with other candidates, what your chances of matching "
        "are."
    ),
    why=(
        "NRMP policy (the Match Participation Agreement) lets both sides say, of their own "
        "accord, that they are interested, but neither side may ask the other for statements "
        "that imply a commitment. A program may tell you it intends to rank you highly; it may "
        "not ask how you will rank it. Asking a program where you stand on its list is the same "
        "kind of request from your side, and it shows you do not know the rules."
    ),
    instead=(
        "Ask about the program instead (curriculum, mentorship, life in the city). If a "
        "program volunteers its interest, thank it; do not ask for more."
    ),
    guide="mistakes.md#asking-about-rank",
    message=(
        "Do not ask the program how it will rank you: asking for that is soliciting, which "
        "Match policy does not allow."
    ),
    check=frames.check(
        Frame(
            "a question about the program's ranking or judgement of you",
            EVALUATION_OF_APPLICANT,
            asks=True,
        ),
    ),
    fails=(
        "Kindly let me know whether I am in the rankable list.",
        "I'd like to know if I will get ranked this year.",
        "Is my application getting ranked this year?",
        "I would love to know where you plan to rank me.",
        "I was wondering how highly I will be ranked.",
        "Could you tell me where I will be on your rank list?",
        "Am I ranked to match at your program?",
        "How highly will you rank me?",
        "I was hoping you could let me know where I stand on your list.",
        "What are my chances of matching with you this year?",
        "Would you rank me highly?",
        "Please let me know where I presently stand on your list.",
        "Where do I fall on your list?",
        "I would value knowing how I compare with other candidates.",
        "Is my name high on your list?",
        "It would put my mind at rest to hear roughly where I ended up.",
        "Would it be possible to learn where I landed after the interview season?",
        "Might you tell me whether I am likely to be ranked?",
        "How was my application received by the committee?",
        "whats the verdict on me",
        "Am I on your radar at all?",
        "Were you impressed with my interview?",
        "Could you share whether I am still being considered for a position?",
        "Is it worth my hoping for a spot at your program?",
        "I'd be curious to hear how my interview was graded.",
        "Would you say I'm in good shape for the Match?",
        "Any idea whether I'm within the matching range?",
        "Has the committee formed an opinion of me yet?",
        "It would reassure me to learn whether my interview went well.",
        "I'd value a candid word on whether matching with your program is realistic.",
        "I'd like to hear how my application is looking so far.",
        "Could you confirm my position on your merit list?",
        "Would you say my interview put me among the applicants you will rank?",
        "I'd love to know if I did well enough to be ranked.",
        "How likely is it that I match at your program?",
        "Is there a realistic chance for me at your program?",
        "What position do I hold on your rank list?",
        "Could you give me a heads up about where I stand?",
        "Should I expect to be ranked?",
        "Honestly, am I ranked high enough to match there?",
        "Is my name anywhere near the top of it?",
        "How favorably does the committee view my application?",
        "Am I safe, or should I start making backup plans?",
        "Where on your list, if anywhere, do I fall?",
        "I humbly request to know my merit position.",
        "Have I done enough to earn a spot on your list?",
        "Any idea how high I'll be?",
        "I'd love 2 know my chances there.",
        "Could you tell me if I should keep hoping?",
        "Please tell me I'm going to be ranked highly.",
        "Kindly tell the rank you have given to me.",
        "Is there any chance I am somewhere on your list?",
        "Kindly let me know whether my good self has been placed in the ranking list.",
        "Is it realistic for me to hope for a match with Harlow?",
        "Ranked or not?",
        "Not sure this is allowed, but where do I stand on your list",
        "I was wondering whether I'm anywhere close to the top.",
        "Could you give me even a rough idea of how high you plan to put me?",
        "Quick question: am I RTM at your place?",
        "Kindly let me know if my application is under consideration for ranking.",
        "I request to be informed of my standing on your rank list.",
        "I'd love to hear how I stacked up against the other applicants.",
        "If I am anywhere on your rank list, please let me know.",
        "Could you kindly share my interview score with me?",
        "How did I do on the interview, honestly?",
        "Is there any scope for me at your program?",
        "Could you tell me whether I am within the range you usually rank?",
        "Am I in a very strong position for the Match?",
        "Could you tell me how my application compares with the other candidates?",
        "Am I in your top five?",
        "Where do I stand ranking-wise?",
        "I was wondering where I stand rank-wise.",
    ),
    passes=(
        "What are my chances of getting a parking permit?",
        "I was wondering whether I am getting placed in the morning group for the tour.",
        "I simply wanted you to know where I stand after careful thought.",
        "Am I getting a parking pass for the second look?",
        "Could you please put me on your mailing list for updates?",
        "Is there a spot on your volunteer list for the health fair?",
        "Is there a chance for me in the research lab?",
        "Should I have a backup plan if my flight is delayed?",
        "I will rank your program highly.",
        "I plan to rank my programs in my true order of preference.",
        "I was ranked in the top tenth of my class.",
        "Could you tell me more about the research track?",
        "I do not expect you to share how you will rank applicants.",
        "Where do I stand in line for the shuttle on interview day?",
        "I will not ask where I stand on your list.",
        "Would you share how residents are evaluated during the intern year?",
        "Is it worth waiting for a parking spot near the hospital?",
        "Could you tell me whether spouses are considered for the hospital gym membership?",
        "Could you check that my name is on the parking pass list?",
        "Where is my name on the parking list, and did we make it onto the shuttle list?",
        "Did the residents who made the cut for the research track publish?",
        "I would love to know how the new night float schedule is looking.",
        "Would you share your opinion of the new wellness curriculum?",
        "Could you put me in touch with a resident in the research track?",
        "Did the residents do well enough to be ranked in the national quiz?",
        "Is there a chance for me to shadow a resident in clinic?",
        "Could you give me a heads up about where to park?",
        "Is there a chance for me to join the residents for lunch?",
        "Should I expect to be matched with a mentor during orientation?",
        "I appreciate your letting me know that the committee plans to rank me highly.",
        "Could you tell me where things stand with the parking permit?",
        "Please know that your program will be the first name on my rank order list.",
        "Is it realistic to expect snow on the interview day?",
        "I know the rules, so where do I park on Friday",
        "Could you confirm the spot you assigned to me for parking on Friday?",
        "Please let me know the position you have given to me on the poster schedule.",
        "Should we move on to the poster session after lunch?",
        "Do I move on to the next station when the bell rings?",
        "Is there any chance I am on your list of volunteers for the health fair?",
        "Please tell me if I was put on the list for the shuttle.",
        "Could you let me know whether I am on the list for the second look dinner?",
        "Could you let me know if I am still in the running?",
        "I would like to be informed of the date of the second look.",
        "Please let me know if I am under consideration for the research award.",
        "If I am on the list for the dinner, please let me know.",
        "Is there any scope for me to join the research team?",
        "My Step 2 score came back, and I would love to know what you think of it.",
        "Could you tell me whether I am in a really good position to help with the health fair?",
        "If I am going to be late, should I call the front desk?",
        "Please let me know if my name is on your guest list for Saturday.",
        "Could you tell me whether I am near the top of the list for housing?",
        "Could you tell me whether I was among the top scorers on the anatomy quiz?",
        "Please let me know if we are safe, or whether the storm will close the roads.",
        "Could you let me know if my application is considered for the top position in the poster"
        " competition?",
        "Could you tell me how well the dorm you put me in is heated?",
        "I was so glad to be told at the interview that I am a strong candidate.",
        "I compared my poster with the other applicants' posters at the regional meeting.",
        "Oakview is where I am ranking first.",
        "Could you tell me how the residents compare the two clinic sites?",
    ),
    notes=(
        'A statement of hope without a request ("I hope I am ranked to match") is not '
        "flagged. Questions that a program quotes back to you, inside quotation marks or after "
        '"you asked", are not yours and are left alone.'
    ),
)

# What a deal's finding takes in from its sentence: the claim and the rank question inside it.
_INSIDE_A_DEAL = (RANKS_PROGRAM, EVALUATION_OF_APPLICANT)

RECIPROCAL_REQUEST = Rule(
    id="reciprocal-request",
    severity="error",
    title="Asking for a promise in return",
    catches=(
        'Deals about ranking, in either order and with or without "if": "if I rank you first, '
        'will you rank me highly?", "you will be my number one if you rank me to match", "I\'d '
        'rank you first, assuming you\'d do the same", anything asked "in return", and asking '
        "the program to promise how it will rank you."
    ),
    why=(
        "NRMP policy (the Match Participation Agreement) lets both sides express interest "
        "freely, but neither may ask the other for a statement that implies a commitment. A "
        "program may say it intends to rank you highly; asking it to, or trading your ranking "
        "for its ranking, is soliciting. It puts the program in a position the rules forbid "
        "and can cost you its trust."
    ),
    instead=(
        'State your interest, if it is true, and ask for nothing back: "I plan to rank your '
        'program highly."'
    ),
    guide="rules.md#no-binding-commitments",
    message=(
        "Do not ask the program for its ranking of you in return for yours: that is "
        "soliciting a commitment."
    ),
    suggestion="I plan to rank your program highly.",
    check=frames.check(
        Frame(
            "the program ranking you, beside your ranking of it, in either order, with or "
            'without a condition ("if", "assuming", "in return", "too", "I hope")',
            PROGRAM_RANKS_APPLICANT,
            with_topics=(RANKS_PROGRAM,),
            apart=True,
            covers=_INSIDE_A_DEAL,
        ),
        Frame(
            'an explicit return ("do the same", "return the favor") after your ranking of the '
            "program, in the same sentence or the one before",
            RECIPROCATION,
            with_topics=(RANKS_PROGRAM,),
            with_previous_sentence=True,
            covers=_INSIDE_A_DEAL,
        ),
        Frame(
            'interest that should "go both ways" when rank lists are made',
            RECIPROCATION,
            with_topics=(RANKING_CONTEXT,),
            covers=_INSIDE_A_DEAL,
        ),
        Frame(
            'your ranking of the program offered "in return" or "in exchange"',
            DEAL,
            with_topics=(RANKS_PROGRAM,),
            covers=_INSIDE_A_DEAL,
        ),
        Frame(
            'your ranking of the program right after its ranking of you was asked for ("Rank '
            'me? Will rank you #1.")',
            RANKS_PROGRAM,
            with_topics=(PROGRAM_RANKS_APPLICANT,),
            with_previous_sentence=True,
            apart=True,
            covers=_INSIDE_A_DEAL,
        ),
        Frame(
            "the program's ranking of you asked for right after your ranking of it, in the "
            'sentence before ("You are my first choice. Kindly keep my name at the top of your '
            'list.")',
            RANK_ME_ASKED,
            asks=True,
            with_topics=(RANKS_PROGRAM,),
            with_previous_sentence=True,
            apart=True,
            covers=_INSIDE_A_DEAL,
        ),
        Frame(
            "a request that the program promise how it will rank you",
            PROMISE_ABOUT_RANKING_ME,
            asks=True,
        ),
    ),
    fails=(
        "You are my first choice. Kindly put my name high on your list.",
        "I hope the regard I feel for your program will be shared when you make your list.",
        "If I rank your program first, will you rank me highly too?",
        "Would you rank me highly if I put you at the top of my list?",
        "I will rank you first; in return, I hope you will rank me to match.",
        "Can you promise that you will rank me high?",
        "If I list you as number one, could you make sure I match?",
        "You will be my number one if you rank me to match.",
        "I'd rank you first, assuming you'd do the same.",
        "I hope the interest goes both ways when the lists are made.",
        "Your program stays my top choice as long as I am high on yours.",
        "You put me high on your list, I put you first on mine.",
        "I'll rank you first, assuming the committee thinks the same way about me.",
        "I am ranking you number one and hope our lists line up.",
        "Hearing that you will rank me to match would let me put your program first.",
        "Keep me high on your list and you will be #1 on mine.",
        "I'm ranking you first, hoping that's a two-way street.",
        "You're my #1, and I hope I'm near the top of yours too.",
        "I'll make you my first choice once I know you will make me yours.",
        "I'll put you at number one as soon as I hear I'm one of yours.",
        "You pick me and I rank you first, simple as that.",
        "You are my first choice, and I hope I will be highly ranked as well.",
        "I'll be ranking you #1 and would appreciate the same consideration.",
        "You're my first choice, and I hope I'm high on your list.",
        "You're #1 on mine, hope I'm up there on urs.",
        "Promise me a spot on your list and I'll rank you first.",
        "Give me an assurance of selection and I shall give the first rank to your hospital.",
        "Let's make it official when the lists are due!",
        "Kindly reciprocate my first preference by ranking me in a matchable position.",
        "I'll rank you first and trust the committee will see me in the same light.",
        "I'd make you my number one if you sent me any sign back.",
        "Tell me I'm safe and you're my #1, that's the deal.",
        "Your answer about my ranking will decide my first choice.",
        "You're my number one; here's hoping I'm yours too.",
        "If I knew I was safely on your list, I wouldn't hesitate to rank you first.",
        "Yours is my #1. Mine?",
        "I hope your rank list shows the same excitement I have for Riverside.",
        "I'd rank you first without a second thought if I knew it was mutual.",
        "I'll rank you number one if you can tell me I'll match.",
        "You'll be my first choice if I'm yours.",
        "You're my top choice; I hope I'm one of yours.",
        "Please know that your program will be first on mine as well.",
        "Kindly keep me in your matching list; in turn I will give first rank to your hospital.",
        "I'd commit to Halden now, provided the program can assure me a place on its list.",
        "Rank me to match and I'm all yours.",
        "I'll rank you highly if you'll do likewise.",
        "You're my number one, so I'm hoping to be high on your list too.",
        "I'm ranking you first and expect similar consideration from your side.",
        "You're my #1, and I hope the committee puts me somewhere high.",
        "Please don't leave me hanging when you rank, since you are my first choice.",
        "I will rank you first and hope my name lands just as high.",
        "Ranking you first if I'm RTM.",
        "Mutual #1? Let me know.",
        "I hope our interest in each other shows when both lists are submitted.",
        "Let me know that the program feels the same, so I can submit my list with confidence.",
        "I will rank <<Program>> first if you rank me to match.",
        "I'd put your program first, as long as it's mutual.",
        "Will you rank me to match? I will rank you first.",
        "My ranking of Oakview will depend on the interest you show in me.",
        "I will rank you first and hope to land in the top half of your list.",
        "You are at the top of my list. Same for me on yours?",
        "I am ready to put Oakview first, provided Oakview also assigns me a high position.",
    ),
    passes=(
        "I hope the enthusiasm I have for primary care will be shared by my patients.",
        "You are my first choice. Kindly tell me when the second look is.",
        "I request you to send me the parking details.",
        "I plan to rank your program highly.",
        "I am not asking for anything in return.",
        "If I match at your program, I will work hard for my patients.",
        "Thank you again for your time and for the tour of the hospital.",
        "I hope the feeling is mutual after such a warm interview day.",
        "Assuming the weather holds, I will drive up for the second look.",
        "As long as I match somewhere, I will be grateful.",
        "I will rank your program highly, and I hope to see you at the second look.",
        "If you'll have me at the dinner, I will bring my husband.",
        "Give me a call and I will walk you through my research poster.",
        "The residents rank each other's presentations at the end of the block.",
        "I hope I'm on your list of attendees for the dinner.",
        "I hope the new interns feel the same excitement I felt on my first day.",
        "It was mutual friends from my home town who first told me about your program.",
        "I rank your program first and hope the committee puts me in touch with a resident.",
        "I treat every patient with the same respect, first and last.",
        "I liked the first day, and my husband felt the same.",
        "I hope our interest in each other's research continues after the first year.",
        "I will rank your program highly, and the committee put me at ease.",
        "Mutual first impressions were warm.",
        "If mutual friends can host us, I will rank your program after the visit.",
        "Will you rank the posters this year? I will rank your program first.",
        "I plan to rank your program highly, and when mutual schedules allow, I would love to visit"
        " again.",
        "My research will reflect the interest you showed in rural care.",
        "I hope to be on the right side of the storm when I fly in.",
        "Same for me: the second look on Friday works well.",
        "The chief gave me a good spot in the lecture hall, and I will rank the talks first.",
    ),
    notes=(
        "The two halves of the deal must sit in one sentence, except for an explicit "
        '"do the same" or "return the favor" right after the sentence with your ranking.'
    ),
    supersedes=("asks-about-rank", "rank-first-claim", "binding-commitment"),
)

# A subject that announces a first-choice letter: the writer means the claim, on purpose.
_FIRST_CHOICE_SUBJECT = compile_phrases(
    (
        "first choice",
        "top choice",
        "#1",
        "number one",
        "letter of intent",
        "intent(?:ion)? to rank",
        "rank(?:ing)? intentions?",
        "rank(?:ing)? (?:you|your program) first",
    )
)


def _is_titled_first_choice_letter(letter, kind: str) -> bool:
    return kind == "rank-first" and bool(_FIRST_CHOICE_SUBJECT.search(letter.subject_text()))


RANK_FIRST_CLAIM = Rule(
    id="rank-first-claim",
    severity="warning",
    title='"I will rank you first" — true, and to one program only?',
    catches=(
        'Telling a program it will be first on your list: "I will rank your program first / '
        '#1 / number one", "you are my first choice", "my top choice", "#1 on my list".'
    ),
    why=(
        "Saying this is allowed and can help, but only when it is true and said to exactly one "
        "program. Faculty talk to each other; the same promise to several programs is "
        "dishonest and easily noticed. In a letter whose subject announces it as a "
        'first-choice letter ("My first choice", "Letter of intent") the claim is the point '
        "of the letter, so it is shown as a reminder, not a warning. "
        '"Your program is at the top of my list" and "among my top choices" are not flagged: '
        "the guide counts them as safe enthusiasm."
    ),
    instead=(
        "Send it to your true first choice only. For every other program you like, write "
        '"I will rank your program highly."'
    ),
    guide="rules.md#rank-first-letters",
    message=(
        "Only tell ONE program it is your first choice, and only if it is true; for others "
        'write "I will rank your program highly."'
    ),
    suggestion="I will rank your program highly.",
    check=reminder_when(
        _is_titled_first_choice_letter,
        "This is a first-choice letter: send it to one program only, and only if it is true.",
        frames.check(
            Frame(
                'you put the program first: "rank you #1 / first / at the top of my rank '
                'list", "my first (top, No. 1) choice", "the number one spot", "will head my '
                'rank order list"',
                RANKS_PROGRAM_FIRST,
            ),
        ),
    ),
    fails=(
        "I will put you at rank 1.",
        "Your hospital will take the top entry on my list.",
        "When I certify my list, your program will be at position one.",
        "I will rank your program first.",
        "I'm going to rank you #1.",
        "After much thought, I plan to rank\nyour program number one.",
        "Your program is my first choice.",
        "You are my top choice and I hope to train with you.",
        "Your program will be No. 1 on my list.",
        "I have decided to rank your internal medicine program at the top of my rank list.",
        "Your program will head my rank order list.",
        "You have the number one spot on my list.",
        "Your program is my top pick.",
        "I plan to rnak your program first.",
        "I will put your program at the head of my rank list.",
        "ur my #1 for sure.",
        "Your program is going in the top slot.",
        "Your program will be sitting at the very top when I certify my list.",
        "When I submit my list, your program will be first.",
        "Your program is going straight to the top of my rank list.",
        "I entered your program as the first program on my draft rank list.",
        "I will give rank one to your hospital.",
        "Your hospital will be placed at the first position in my rank list.",
        "Top pick, no contest.",
        "Dunmore is the program I am ranking at number one.",
        "You're topping my list.",
        "I've made your program my number one.",
        "You've got the top slot on my ROL!",
        "I have never been more certain that your program is my first choice.",
        "No matter how the season ends, I will rank you first.",
        "I cannot stress enough that you are my number one.",
        "I will give the first rank to your institute.",
        "Your hospital is my first and foremost choice.",
        "Your program will be the first name I type when I certify my list.",
        "Of the programs I visited, yours is the one I will rank highest.",
        "Your program is my number-one choice.",
        "It goes in the very first position of my rank order list.",
        "Your program will get my first-place ranking.",
        "You'll be first when I submit my rank list.",
        "I loved my day at Brookfield. Brookfield is number one for me.",
        "Your hospital is my topmost choice.",
        "Your institute holds first rank in my preference list.",
        "Numero uno on my list: you!",
        "Top choice is probably you.",
        "Your program goes in at number one.",
        "I will be ranking your program number #1.",
        "My rank order list starts with your program.",
        "Harbor Point is where I will rank first.",
        "I listed the Dayton program as my first choice.",
        "When I certify my list, Oakview will be at the head of it.",
        "Oakview gets my top most rank.",
    ),
    passes=(
        "I graduated at the top of my class and was ranked first in pharmacology.",
        "I was asked what my first choice was, and I said I had not decided.",
        "Please put the boxes at position 1 on the shelf.",
        "My name was the first entry on the list of volunteers.",
        "The first line of the rank list instructions explains the deadline.",
        "I was at position one in the queue for the shuttle.",
        "Your program topped the list of places with a rural track.",
        "When I make my travel plans, your hospital will be the first stop.",
        "First choice of date would be March 3.",
        "First choice, the 9 a.m. slot; second choice, the afternoon.",
        "When I submit my visa paperwork, the hospital will be first to know.",
        "I will rank your program highly.",
        "Your program is among my top choices.",
        "Your program is one of my top choices.",
        "Your program sits at the top of my list, and I would love to train there.",
        "I was ranked first in my class in anatomy.",
        "First, thank you for the interview.",
        "My first choice of specialty has always been internal medicine.",
        "The top slot in the conference schedule went to the chief resident.",
        "The program was ranked first in the state by a magazine.",
        "It is number one on my list of things to learn.",
        "I will not be ranking your program first this year.",
        "We give first priority to patients with chest pain.",
        "The cardiology elective was my top pick last spring.",
        "Our quality project was ranked first among twelve student projects.",
        "The top-ranked abstract at the meeting came from your residents.",
        "I got my first rank in the anatomy exam.",
        "Yours was the first program on my interview list to reply.",
        "Seeing the new ICU is topping my list of reasons to come back.",
        "Once I certify my list, family will come first again.",
        "Your program is among the top programs on my list.",
        "My top choice of elective is cardiology.",
        "I would not rank your program first.",
        "Your program's letter goes in at noon.",
        "First choice is Lakeview for the away rotation, second is Mercy.",
        "I am not too sure that you are my first choice yet.",
        "A question asked by the residents was whether I would rank you first.",
        "I am keeping your program in the top portion of my list.",
        "I put family as my number one priority.",
        "Dayton is where I ran my first marathon.",
    ),
    notes=(
        'A program is recognised as "you", "your ... program", "this program", "it" or a '
        'capitalised name ("rank Mercy first"); "at the top of my list" without a ranking '
        "verb is deliberately not flagged, since the guide counts it as safe enthusiasm."
    ),
)

EXCLUSIVE_CLAIM = Rule(
    id="exclusive-claim",
    severity="warning",
    title="Claiming no other program will be ranked above them",
    catches=(
        '"I won\'t rank any other program above you", "the only program I will rank", '
        '"no other program will be ranked higher", "nothing else on my list comes close", '
        '"I will cancel my other interviews".'
    ),
    why=(
        "An exclusive promise is only honest for one program, and it is exactly the kind of "
        "statement faculty compare across programs."
    ),
    instead=(
        'Make it true and say it once, to one program; or write "I will rank your program highly."'
    ),
    guide="mistakes.md#conflicting-rank-statements",
    message="Exclusive promises are only honest for one program; be sure this is the only one.",
    suggestion="I will rank your program highly.",
    check=frames.check(
        Frame(
            "no other program will come before this one, or you will give up the others (not "
            "when it is part of a deal, which is a binding commitment)",
            EXCLUSIVE,
            unless=(DEAL,),
        ),
    ),
    fails=(
        "Except your program I do not wish to rank any other.",
        "Other programs are out of question for me now.",
        "I don't see myself putting anyone else ahead of your program.",
        "I cannot picture being anywhere other than Eastfield.",
        "There is no other hospital where I would feel at home.",
        "I have asked the remaining programs to remove me from their lists.",
        "I am not planning to train in any other place.",
        "I won't be going to my final three interviews.",
        "I won't rank any other program above yours.",
        "Yours is the only program I will rank.",
        "No other program will be ranked higher than yours.",
        "I am only ranking your program.",
        "Nothing else on my list comes close.",
        "I will cancel my other interviews.",
        "Nothing comes anywhere near your program.",
        "Nobody else will be ranked ahead of you.",
        "There won't be anyone ahead of you on my list.",
        "I don't see myself anywhere but your program.",
        "Honestly, I'm not interested in anywhere else.",
        "The other programs on my list are no longer in contention.",
        "I've crossed every other program off my list.",
        "No other program will get a second look from me.",
        "Only your program is on my mind.",
        "I withdrew from the rest of the interview trail.",
        "I only see myself training at Brookline.",
        "I'll be ranking Westmoor and nobody else.",
        "I would rather stay unmatched than go anywhere but your program.",
        "The rest of my list is just a formality at this point.",
        "All the other programs have dropped off my radar.",
        "I let go of every other option after my visit.",
        "No other program on my list is in the same league.",
        "Honestly, nothing else comes close",
        "I will put all the others below your program.",
        "I'm putting all my eggs in your basket.",
        "Honestly, the other programs don't even register.",
        "I've told my mentor I'm not bothering with the rest of my list.",
        "I'm not interested to join any other institute.",
        "I'm not even going to bother ranking anyone else!",
        "I don't plan on ranking any other programs.",
        "I'll rank no other program.",
        "None of the others compare.",
        "I'd choose your program over every other.",
        "All the other programs are secondary to yours.",
        "The rest of my list barely exists.",
        "Nowhere but Halstead will do.",
        "I'm done interviewing elsewhere.",
        "I've withdrawn my applications to the other programs.",
        "Nobody else stands a chance!",
        "I have decided not to rank the other two programs I saw.",
        "There is zero chance I rank anyone higher than your program.",
        "I would reapply next year rather than go anywhere else.",
        "My list will contain only one name.",
        "Since my visit, I stopped considering any alternatives.",
        "No program on my list comes anywhere close to yours.",
        "There is no place else I want to train.",
        "Everyone else on my list is a distant second.",
        "I have no intention of ranking anyone above you.",
        "None of them compares with your program.",
        "The other places I saw don't measure up to yours.",
        "Every other program feels like a fallback now.",
        "They all pale next to Dunmore.",
        "I quit searching elsewhere after the second look.",
        "Your visit ruined every other program for me.",
        "I've told the other programs that I will not be coming to their interviews.",
        "You are my one and only choice.",
        "Yours is the only program where I see myself.",
        "Honestly, Kingsley is it for me.",
        "Yours is the only name on my list.",
        "Nothing on the list will come close to your program.",
        "There is no place on earth I would rather train.",
        "I dropped my other interviews for you.",
        "You are the list.",
        "I won't list a backup program.",
        "Exclusively ranking you.",
        "I'm betting everything on this one program.",
        "I have no intention of ranking any other program.",
        "I don't want to match anywhere else.",
        "You are my first choice, and it isn't even close.",
        "I cancelled my last two interviews after the second look.",
        "Nothing I have seen elsewhere compares with your program.",
        "Nothing else on my list is even in the same league.",
        "I am not keen for any other program.",
        "I deleted every other program from my list.",
        "I'll be telling the other programs thanks but no thanks.",
        "I don't think I could be happy anywhere but at your program.",
        "For me it is Oakview or nobody.",
        "Your program is the sole place I would rank.",
        "There's no other program I would choose.",
        "I plan to list a single program this year.",
        "If I do not match at Oakview, I would rather reapply next year.",
        "I would rather reapply next year if I do not match at Oakview.",
        "No other program I visited this fall compares to Lakeshore.",
        "after my visit every other place on my list feels like a backup tbh",
    ),
    passes=(
        "I declined the other interview scheduled for that day in Boston.",
        "I withdrew my other application to a summer research program.",
        "Travelling during the storm is out of question for me now.",
        "I can't imagine being anywhere else on Christmas morning.",
        "There is no other place where I would be happy to present this poster.",
        "My sister asked the other hospitals to take her off their mailing lists.",
        "I am not attending my last two lectures because of the interview.",
        "The pharmacist sitting with the team is something I have not seen anywhere else.",
        "I'm done interviewing elsewhere for the season and can meet any day.",
        "Rather than go anywhere else for dinner, we ate at the hotel.",
        "I will rank your program highly.",
        "I have not decided how I will rank the other programs yet.",
        "Your program is the only one in the region with a rural track.",
        "I will rank every program in my true order of preference.",
        "The only program I rotated at was in Ohio.",
        "Nothing comes close to the feeling of sending a patient home.",
        "The other shuttle is no longer an option because of the snow.",
        "I crossed off the other errands on my list before the interview.",
        "No other candidate at the dinner had trained abroad.",
        "I am not interviewing anywhere else this week, so Thursday works.",
        "I declined my other interview in Denver because of a family wedding.",
        "I've never lived anywhere but Ohio.",
        "The rest of the paperwork is just a formality.",
        "Nothing else comes close to the joy of a good delivery.",
        "I didn't interview anywhere else in Ohio.",
        "I only applied to internal medicine programs.",
        "I declined the other dinner invitation because of a conflict.",
        "I won't consider any other date for the second look, since Friday suits us.",
        "I didn't want anyone to feel left out at the dinner.",
        "I stopped looking at other options for housing.",
        "I would never dismiss anyone else's opinion on a case.",
        "None of the other rotations compared with the ICU month.",
        "I stopped looking elsewhere for housing.",
        "My only option was the night bus.",
        "Yours is the only program I know of with a street medicine elective.",
        "The interns said they all fall short of sleep on night float.",
        "Lakeshore is the only program I applied to with a rural track.",
        "I won't list a backup phone number.",
        "The only name on my list of contacts is the coordinator.",
        "Nothing on the list of side effects came close to her pain.",
        "I have stopped applying to other programs' research electives since my visa came through.",
        "The others did not compete in the quiz.",
        "Everything else on my list feels like a backup plan for bad weather.",
        "I cancelled my last two appointments at the clinic.",
        "Nothing I saw in the brochure compares with the view.",
        "I will tell the other applicants thanks for the tips.",
        "I don't think I want anyone but you to write my letter.",
        "Because of a family emergency I had to cancel my last two interviews.",
        "Please remove my other application from the system; it was a duplicate.",
        "I told the other ones goodbye at the airport.",
        "Your review article is wonderful; nothing I have read compares to it.",
        "No other place is even on par with this view.",
        "I am not keen for another program of night shifts this month.",
        "Your program is my top pick by a mile.",
        "There is no other place I would go for biryani in this city.",
        "If I do not match this year, I would rather reapply than switch specialties.",
        "The sole program coordinator I met was very kind.",
        "No other poster I saw this season compares with yours.",
    ),
    notes=(
        'Needs a comparison with the other programs, or giving them up; a plain "only" '
        '("the only program in the region with a rural track") is left alone. Inside a deal '
        '("I will withdraw my other applications in exchange for a contract") the finding is '
        "the binding commitment instead."
    ),
)

RULES = (
    BINDING_COMMITMENT,
    ASKS_ABOUT_RANK,
    RECIPROCAL_REQUEST,
    RANK_FIRST_CLAIM,
    EXCLUSIVE_CLAIM,
)
