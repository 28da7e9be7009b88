"""Messages an ex might send, each labelled with what a careful reader would suggest.

The labels were written by reading each message as a person would, before the reader's rules
existed, and are not to be changed to fit them. A signal left out means "no suggestion": the
message does not speak to that question clearly enough. ``changed`` marks messages where he says
he has changed, which should bring the words-not-deeds note.

How a careful reader labels:

- ``followed_through``: yes for a concrete plan with you (a day or date with a time or a place,
  or something already booked); no for a wish to meet with no set day ("we should meet up
  sometime", "can I see you?"); nothing for a plan that was cancelled, a plan in the past, a day
  with nothing else, or a call rather than a meeting.
- ``fishing_for_praise``: yes when he asks or baits for how you feel about him.
- ``heard_you_moved_on``: yes when he says he saw you, saw your photos, or heard you are doing
  well or seeing someone; nothing when he only hopes or asks.
- ``rebound_over``: yes when a relationship of his since you has ended or is falling apart;
  nothing when "we broke up" means the two of you.
- ``ready_excuses``: yes when busy, work, nerves, stress or bad timing are given as his reasons;
  nothing when denied ("I'm not busy anymore") or about you.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["CORPUS", "HELD_OUT", "Labelled"]

YES = "yes"
NO = "no"


@dataclass(frozen=True)
class Labelled:
    """One message and the suggestions a careful reader would make."""

    message: str
    expected: dict[str, str] = field(default_factory=dict)
    changed: bool = False


def _m(message: str, *, changed: bool = False, **expected: str) -> Labelled:
    return Labelled(message, dict(expected), changed)


CORPUS: tuple[Labelled, ...] = (
    # Plain messages that speak to none of the questions.
    _m("Hey. I miss you."),
    _m("i miss u"),
    _m("Been thinking about you a lot lately. Hope you're well."),
    _m("Happy birthday. I hope today is a good one for you."),
    _m("I MISS YOU SO MUCH"),
    _m("Can't stop thinking about you 💔"),
    _m("Just heard our song on the radio and had to text you"),
    _m("Hey stranger 👋"),
    _m("I know I probably shouldn't text you but I miss you"),
    _m("Hope your mum is feeling better. Miss you x"),
    _m("i miss us"),
    _m("Do you still have my grey hoodie? No rush"),
    _m("Sorry for everything. I mean it."),
    _m("I found the photos from Lisbon. Miss you."),
    _m("Thinking of you today ❤️"),
    _m("hey hows it going"),
    _m("Goodnight. I miss you more than I thought I would."),
    _m("I still have your book. Want it back?"),
    _m("Miss you. That's all. Don't feel like you have to answer."),
    _m("Hi. I'm sorry about how things ended between us. I handled it badly."),
    _m("The dog misses you too lol"),
    _m("Random but I walked past our old flat today"),
    _m("I'm proud of you, you know. Always was."),
    _m("Can we talk? Properly, I mean."),
    _m("Can I call you tonight?"),
    _m("merry christmas x"),
    _m("You were the best thing that ever happened to me"),
    _m("I deleted your number and still remembered it lol. miss u"),
    _m("Why did we ever stop talking"),
    _m("Hey, it's me. New number. I miss you."),
    _m("Not a single day goes by that I don't think about you."),
    _m("The pub was so busy last night, reminded me of our first date"),
    _m("I'm at work and all I can think about is you"),
    _m("We should never have broken up."),
    _m("I saw a dog that looked just like Biscuit today"),
    _m("Saw this and thought of you 😂"),
    _m("🥺🥺🥺 miss u"),
    _m("❤️"),
    _m("Our anniversary would have been tomorrow."),
    _m("I still walk past the café on Sunday mornings and think of you"),
    _m("Busy day, but you're still on my mind"),
    _m("Am I the reason you deleted all our photos?"),
    _m("My therapist says I should stop texting you. So obviously I'm texting you."),
    _m("Is it weird that I still think about you?"),
    _m("tell me ur happy and i'll leave u alone"),
    _m("We broke up because I was an idiot. I know that now."),
    # Messages that may matter for safety: the reader never suggests anything for them.
    _m("If you don't answer me I'm going to come round to yours."),
    _m("You can't ignore me forever. I know where you work."),
    _m("Answer your phone. I've called ten times."),
    _m("I'm outside your building. Come down."),
    # Fishing for praise.
    _m("Do you miss me?", fishing_for_praise=YES),
    _m("do u ever think about me", fishing_for_praise=YES),
    _m("Be honest. Do you still think about us?", fishing_for_praise=YES),
    _m("Tell me you miss me too", fishing_for_praise=YES),
    _m("I miss you. Do you miss me at all?", fishing_for_praise=YES),
    _m("admit it, u miss me 😏", fishing_for_praise=YES),
    _m("Bet you miss me haha", fishing_for_praise=YES),
    _m("Am I still on your mind sometimes?", fishing_for_praise=YES),
    _m("Do I ever cross your mind?", fishing_for_praise=YES),
    _m("Do you still love me? I need to know.", fishing_for_praise=YES),
    _m(
        "Just tell me you don't think about me and I'll leave you alone",
        fishing_for_praise=YES,
    ),
    _m("You miss me, right?", fishing_for_praise=YES),
    _m("Don't you miss us? Even a little?", fishing_for_praise=YES),
    _m("Is there any part of you that still wants me?", fishing_for_praise=YES),
    _m("DO YOU MISS ME OR NOT", fishing_for_praise=YES),
    _m("I'm sure you don't even think about me anymore 🙄", fishing_for_praise=YES),
    _m("I bet you haven't thought about me once. Have you?", fishing_for_praise=YES),
    _m("Do you ever think about what we had?", fishing_for_praise=YES),
    _m("Honestly do u still have feelings for me", fishing_for_praise=YES),
    _m("Say you miss me and I'll stop texting lol", fishing_for_praise=YES),
    _m("Who's going to make you laugh like I did? Nobody, right?", fishing_for_praise=YES),
    _m(
        "Do you remember how good we were together? Tell me you remember.",
        fishing_for_praise=YES,
    ),
    _m("Did you ever really love me?", fishing_for_praise=YES),
    _m("u still think bout me?", fishing_for_praise=YES),
    _m("dont u miss me even a lil bit", fishing_for_praise=YES),
    _m("You’re still on my mind every day. Am I on yours?", fishing_for_praise=YES),
    _m("I miss you 😭😭 do you miss me 😭", fishing_for_praise=YES),
    _m("Do you think about me when you hear our song?", fishing_for_praise=YES),
    _m("You probably hate me. Do you?", fishing_for_praise=YES),
    _m("Be real with me, do you regret leaving?", fishing_for_praise=YES),
    _m("Not that you care, but I think about you every day", fishing_for_praise=YES),
    _m("Do you ever miss me or is it just me", fishing_for_praise=YES),
    _m("I hope you miss me as much as I miss you", fishing_for_praise=YES),
    # Not fishing: he says he is not asking, or asks about something else.
    _m("I'm not asking you to miss me. I just wanted you to know I miss you."),
    _m("I don't expect you to think about me. I think about you though."),
    _m("You don't have to tell me how you feel. I just needed to say it."),
    _m("Do you miss London? I know you loved it there."),
    _m("Does your sister still think I'm the worst lol"),
    _m("Do you miss the dog? He keeps waiting by the door."),
    _m("I don’t know if you think about me. I won’t ask."),
    # He heard you moved on.
    _m(
        "Saw you at the farmers market on Sunday. You looked really happy.",
        heard_you_moved_on=YES,
    ),
    _m("I ran into you at Tesco yesterday, not sure if you saw me", heard_you_moved_on=YES),
    _m("Heard you're seeing someone. Good for you I guess.", heard_you_moved_on=YES),
    _m("Who's the guy in your Instagram pics?", heard_you_moved_on=YES),
    _m("Your new boyfriend seems nice. Anyway, I miss you.", heard_you_moved_on=YES),
    _m("saw ur pics from greece, u look amazing", heard_you_moved_on=YES),
    _m("Jamie told me you got the promotion. Congrats. I miss you.", heard_you_moved_on=YES),
    _m(
        "I saw you with him last night. Didn't know you'd moved on so fast.",
        heard_you_moved_on=YES,
    ),
    _m("You looked great at Emma's party btw", heard_you_moved_on=YES),
    _m(
        "Bumped into your mum, she says you're doing brilliantly. Miss you.",
        heard_you_moved_on=YES,
    ),
    _m("Spotted you on the high street today. New haircut suits you.", heard_you_moved_on=YES),
    _m(
        "I know you're with someone else now. I just had to say it anyway.",
        heard_you_moved_on=YES,
    ),
    _m("hope he makes u happy. genuinely.", heard_you_moved_on=YES),
    _m(
        "Seeing you with your new man at the gig really messed with my head",
        heard_you_moved_on=YES,
    ),
    _m("Your new place looks nice in your stories", heard_you_moved_on=YES),
    _m("Heard you ran the marathon! That's amazing. Miss you", heard_you_moved_on=YES),
    _m("I didn't know you were dating again until Sam told me.", heard_you_moved_on=YES),
    _m("saw u w ur new bf at the cinema 😒", heard_you_moved_on=YES),
    _m(
        "Hey 😊\n\nSaw you at Ben’s birthday.\nYou looked so happy.\n\nMiss you x",
        heard_you_moved_on=YES,
    ),
    _m("I can’t believe you’re engaged. Congratulations, I guess.", heard_you_moved_on=YES),
    _m("I heard you got engaged. Is it true? I still love you.", heard_you_moved_on=YES),
    _m(
        "When I saw you on Saturday with your friends you seemed so at peace",
        heard_you_moved_on=YES,
    ),
    _m("I hear you're doing really well. I'm glad.", heard_you_moved_on=YES),
    _m("Is your new guy treating you right? Because I would.", heard_you_moved_on=YES),
    # Not heard: he has not seen you, or only asks or hopes.
    _m("I haven't seen you in months and it's killing me"),
    _m("Are you seeing anyone?"),
    _m("Hope you're doing well these days"),
    _m("I never see you around anymore"),
    _m("Is it true you're moving to Leeds?"),
    _m("Last Saturday at the park I swear I thought I saw you"),
    # His rebound is over.
    _m(
        "Things didn't work out with Chloe. I think I always knew they wouldn't.",
        rebound_over=YES,
    ),
    _m("It didn't work out with her. I miss you.", rebound_over=YES),
    _m("I'm single again, if that matters", rebound_over=YES),
    _m("me and her are done. been thinking about u a lot", rebound_over=YES),
    _m("Sophie and I broke up last week.", rebound_over=YES),
    _m("She left me. I don't know why I'm telling you this.", rebound_over=YES),
    _m("My gf dumped me lol. Karma I guess", rebound_over=YES),
    _m("I ended things with Megan. She wasn't you.", rebound_over=YES),
    _m("Not with her anymore btw", rebound_over=YES),
    _m("it's over between me and jess", rebound_over=YES),
    _m("Things with her have been falling apart for months", rebound_over=YES),
    _m(
        "Just got out of a relationship and all I can think about is you",
        rebound_over=YES,
    ),
    _m("I broke up with my girlfriend. It's always been you.", rebound_over=YES),
    _m("She moved out on Saturday. The flat feels huge.", rebound_over=YES),
    _m("SINGLE AGAIN 🙃 miss u", rebound_over=YES),
    _m("gf n me split. thought u shud know", rebound_over=YES),
    _m("im single now lol", rebound_over=YES),
    _m(
        "It didn’t work out with her.\nI know that’s not your problem.\nI just miss you.",
        rebound_over=YES,
    ),
    _m("The girl I was seeing moved away, so it's over.", rebound_over=YES),
    # Not a rebound ending: he is still with her, or "we" means the two of you.
    _m("I'm not single, but I still think about you."),
    _m("Still with Hannah, before you ask. But I miss you."),
    _m("Since we broke up nothing feels right."),
    _m("I haven't been with anyone since you."),
    _m("It didn't work out with us and that's on me."),
    _m("We broke up two years ago today. Crazy."),
    _m("Been single for a month now and I keep thinking about you"),
    # Ready excuses.
    _m("Sorry I went quiet. Work has been insane.", ready_excuses=YES),
    _m("I've been so busy, that's why I didn't reply", ready_excuses=YES),
    _m("I was nervous, that's why I didn't show up.", ready_excuses=YES),
    _m("it just wasn't the right time for me back then", ready_excuses=YES),
    _m("Been crazy busy with the new job, sorry for disappearing", ready_excuses=YES),
    _m("Bad timing on my part, I know", ready_excuses=YES),
    _m("I've had so much going on with work and my dad.", ready_excuses=YES),
    _m("I wanted to come on Friday but work kept me late", ready_excuses=YES),
    _m("Honestly I got scared. That's the truth.", ready_excuses=YES),
    _m("Sorry, life got in the way. You know how it is.", ready_excuses=YES),
    _m("I've been swamped at work, it's not that I don't care", ready_excuses=YES),
    _m("im sorry i was just really stressed with uni", ready_excuses=YES),
    _m("The timing was never right for us, you know that", ready_excuses=YES),
    _m("SORRY BEEN SO BUSY", ready_excuses=YES),
    _m("srry been mad busy w work", ready_excuses=YES),
    _m(
        "I’ve been really busy lately, that’s the only reason I didn’t text back",
        ready_excuses=YES,
    ),
    _m("I'm sorry I missed your birthday dinner. I was stuck at work.", ready_excuses=YES),
    _m(
        "Honestly? I was terrified of how much I liked you. That's why I bailed.",
        ready_excuses=YES,
    ),
    _m("it's not the right time for me to date anyone, but i miss u", ready_excuses=YES),
    _m("I’m so sorry. My nerves got the better of me on Saturday.", ready_excuses=YES),
    # Not excuses: denied, about you, or plain news.
    _m("I'm not busy anymore. I have time for you now."),
    _m("No excuses. I messed up."),
    _m("Work is going well, I got promoted."),
    _m("I'm not going to pretend I was busy. I wasn't."),
    _m("Are you still busy with the course?"),
    _m("I know you're busy, don't worry about replying."),
    _m("I work near your office now."),
    _m("Oh I'm SO busy, clearly, that's why I'm texting my ex at 2am lol"),
    _m("I'm working Saturday at 9 but thought of you"),
    # Concrete plans.
    _m(
        "Can I take you to dinner on Friday at 8? I'll book somewhere nice.",
        followed_through=YES,
    ),
    _m("I've booked a table at Rosa's for Saturday. 7:30. Please come.", followed_through=YES),
    _m("Coffee tomorrow at 10 at the usual place?", followed_through=YES),
    _m("are u free thurs? could meet at the park at 6", followed_through=YES),
    _m(
        "I got us tickets for the Arctic Monkeys on the 14th. Doors at 7.",
        followed_through=YES,
    ),
    _m("Let's meet at the station café on Sunday at noon", followed_through=YES),
    _m("Drinks at The Crown tonight at 9?", followed_through=YES),
    _m("I'll pick you up at 7 tomorrow if you're up for it", followed_through=YES),
    _m("Meet me at Luigi's on Tuesday at 8. My treat.", followed_through=YES),
    _m("wanna grab food 2nite? 8pm at nandos", followed_through=YES),
    _m(
        "I've reserved a table for two at Bella Italia next Friday at 7pm",
        followed_through=YES,
    ),
    _m(
        "How about lunch on Wednesday, 1pm, at that place by your work?",
        followed_through=YES,
    ),
    _m(
        "I'm flying in on the 3rd. Can I see you that evening at your favourite bar?",
        followed_through=YES,
    ),
    _m(
        "I booked the cabin for the weekend of the 20th. It's yours if you want to come.",
        followed_through=YES,
    ),
    _m("Let's catch up properly. Saturday at 2, the park by your flat?", followed_through=YES),
    _m(
        "I know we said we'd meet up sometime, so how about Thursday 7pm at Franco's?",
        followed_through=YES,
    ),
    _m("MEET ME AT THE PIER SATURDAY AT 6", followed_through=YES),
    _m("tmrw at 11 at the coffee shop? ill be there", followed_through=YES),
    _m("I'm in town next Friday. Dinner at 8 at Mario's?", followed_through=YES),
    _m("Come to mine on Sunday at 4, I'll cook", followed_through=YES),
    _m("ngl i miss u. wanna link up 2moro at 5? same spot as always", followed_through=YES),
    _m("r u free 2nite? 7 at the pub?", followed_through=YES),
    _m(
        "I’ve booked us a table at Dishoom on Friday at 8.\nNo pressure.\nLet me know.",
        followed_through=YES,
    ),
    _m("Sunday 3pm, Hyde Park, by the fountain. I'll wait for you.", followed_through=YES),
    _m(
        "Should we try again? I could come to yours on Friday at 7 and we can talk.",
        followed_through=YES,
    ),
    _m(
        "Tomorrow at 6, the Italian place on Church Street? I already booked.", followed_through=YES
    ),
    _m("Wanna come over Friday? Like 8ish?", followed_through=YES),
    _m("lets meet sat at 3 at the cafe on the corner", followed_through=YES),
    _m(
        "I'll be at the Red Lion on Friday at 9 with the lads, if you fancy it.",
        followed_through=YES,
    ),
    # Plans that were cancelled, or lie in the past, or are not with you.
    _m("I had to cancel Friday, sorry. Something came up at work.", ready_excuses=YES),
    _m("I'd booked us a table for Saturday but I had to call it off."),
    _m(
        "Can't do Saturday at 8 anymore, sorry. Let's catch up soon though.",
        followed_through=NO,
    ),
    _m(
        "I was going to ask you to dinner on Friday at 8 but I chickened out",
        ready_excuses=YES,
    ),
    _m("Remember Friday nights at the Fox? I miss that."),
    _m(
        "We were supposed to meet Sunday at 3 and I didn't come. I'm sorry, I was a wreck.",
        ready_excuses=YES,
    ),
    _m("Dinner Friday at 8 is off, my boss needs me in Leeds.", ready_excuses=YES),
    _m("I haven't booked anything yet but I'd like to see you", followed_through=NO),
    _m("Saturday at 7 didn't happen and that's on me"),
    _m("My sister's wedding is on Saturday at 3 and I wish you were coming."),
    _m("Yeah sure, let's meet Saturday at 8, like you'd ever show up 🙄"),
    # Vague wishes to meet.
    _m("We should meet up sometime", followed_through=NO),
    _m("let's catch up soon x", followed_through=NO),
    _m("Would be nice to grab a coffee one day", followed_through=NO),
    _m("I want to see you. Can we meet?", followed_through=NO),
    _m("we should hang out at some point", followed_through=NO),
    _m("Maybe we could get a drink sometime? No pressure.", followed_through=NO),
    _m("Let's get together soon, I miss you", followed_through=NO),
    _m("I really need to see you", followed_through=NO),
    _m("Can I see you? Please.", followed_through=NO),
    _m("wanna meet up sometime?", followed_through=NO),
    _m("We should definitely catch up when things calm down", followed_through=NO),
    _m("Hope to see you soon", followed_through=NO),
    _m("Would love to see you at some point, if you're up for it", followed_through=NO),
    _m("LETS GET COFFEE SOMETIME", followed_through=NO),
    _m("I'd love to see you again", followed_through=NO),
    _m("Let's do dinner. You pick the day.", followed_through=NO),
    _m("I miss you. I'm in London next month if you want to meet.", followed_through=NO),
    # No wish to meet after all.
    _m("I don't want to meet up, I just wanted to say sorry"),
    _m("We shouldn't meet, I know that. But I miss you."),
    _m("I'm not saying we should get coffee or anything"),
    # A day and nothing else: not yet a plan, not a vague wish either.
    _m("Are you free this Saturday?"),
    _m("Any chance you're around next week?"),
    _m("I'm in town on Thursday if you want to meet"),
    # He says he has changed.
    _m("I've changed, I promise. I've been working on myself every day.", changed=True),
    _m("I'm not the same guy I was. Give me a chance.", changed=True),
    _m(
        "I've been in therapy and I've grown a lot. I'd love to show you I'm different.",
        changed=True,
    ),
    _m("people change you know", changed=True),
    _m("I’m a different person now, honestly.\nI’ve been working on myself.", changed=True),
    _m("I know I haven't changed much but I miss you"),
    # Several signals at once.
    _m(
        "Heard you're with Tom now. Do you even miss me?",
        heard_you_moved_on=YES,
        fishing_for_praise=YES,
    ),
    _m(
        "Things ended with Ella. I've been so busy with work I didn't even notice it falling "
        "apart. Do you ever think about us?",
        rebound_over=YES,
        ready_excuses=YES,
        fishing_for_praise=YES,
    ),
    _m(
        "I'm single again and I'm a different person now. Let's meet up soon?",
        rebound_over=YES,
        followed_through=NO,
        changed=True,
    ),
    _m(
        "I've quit drinking. I'm a better man now. Can I take you to lunch on Sunday at 1?",
        followed_through=YES,
        changed=True,
    ),
    _m(
        "Saw your photos with your new boyfriend. Sarah and I split up last month. "
        "Tell me you still think about me.",
        heard_you_moved_on=YES,
        rebound_over=YES,
        fishing_for_praise=YES,
    ),
    _m(
        "sorry been busy w work. u free sat at 8? could do drinks at the fox",
        ready_excuses=YES,
        followed_through=YES,
    ),
    _m(
        "I wanted to text sooner but the timing felt wrong. I'm free Friday evening if you "
        "want dinner at Pho on Main St.",
        ready_excuses=YES,
        followed_through=YES,
    ),
    _m(
        "Hey! Saw u at the gym lol. u looked good. we should catch up sometime",
        heard_you_moved_on=YES,
        followed_through=NO,
    ),
    _m(
        "Jess left, work's a mess and I miss you. Do you miss me?",
        rebound_over=YES,
        fishing_for_praise=YES,
    ),
    _m(
        "I’ve been working on myself and I’m in a much better place. Let’s grab coffee sometime?",
        followed_through=NO,
        changed=True,
    ),
    _m(
        "How's the new job? Work's been hectic for me, sorry I never replied to your last message.",
        ready_excuses=YES,
    ),
    _m(
        "Chloe and I are over.\nI've been a mess.\nAre you free Saturday at 7? Drinks at "
        "the Anchor?\nDo you still think about me?",
        rebound_over=YES,
        followed_through=YES,
        fishing_for_praise=YES,
    ),
    _m(
        "Saw you in town with your new fella. Looked happy. Good for you. Me and Amy split btw",
        heard_you_moved_on=YES,
        rebound_over=YES,
    ),
    _m(
        "I know I said I'd come Saturday. Work got crazy and then I got nervous. Can I make "
        "it up to you? Dinner Thursday at 7 at Zizzi?",
        ready_excuses=YES,
        followed_through=YES,
    ),
    _m(
        "i was gonna ask u out for drinks fri at 8 but then i heard ur seeing someone",
        heard_you_moved_on=YES,
    ),
    _m(
        "I've grown up a lot since we broke up. I'd like to take you out sometime, if "
        "you'd let me.",
        followed_through=NO,
        changed=True,
    ),
    _m(
        "HEY. I KNOW YOU'RE HAPPY NOW. I SAW YOUR PICTURES. DO YOU EVER MISS ME",
        heard_you_moved_on=YES,
        fishing_for_praise=YES,
    ),
    _m(
        "It's not working with Lauren. I don't know why I'm telling you. Do you miss me?",
        rebound_over=YES,
        fishing_for_praise=YES,
    ),
    _m(
        "I'm sorry I disappeared. I was overwhelmed with work. I'd love to see you sometime.",
        ready_excuses=YES,
        followed_through=NO,
    ),
    _m(
        "I cancelled on you last time and I hate myself for it. Let me make it right: "
        "Saturday, 1pm, lunch at Franco's. I've booked it.",
        followed_through=YES,
    ),
    _m(
        "We were meant to get dinner Friday but I had to bail, sorry. Something came up.",
        ready_excuses=YES,
    ),
    _m(
        "My ex moved out last month and honestly I think I rushed into it. I miss you",
        rebound_over=YES,
    ),
    _m(
        "I heard you're seeing someone. Are you happy? Do you think about me ever?",
        heard_you_moved_on=YES,
        fishing_for_praise=YES,
    ),
    _m(
        "Nerves got the better of me last time. I'm not nervous now. Friday, 8pm, the Ivy?",
        ready_excuses=YES,
        followed_through=YES,
    ),
    _m(
        "Saw your post about the new flat. Congrats. Let's celebrate soon?",
        heard_you_moved_on=YES,
        followed_through=NO,
    ),
    _m("I'm not busy anymore, I promise. Let's meet up soon.", followed_through=NO),
    _m("I'm not seeing anyone and I don't want to. I just want you."),
    _m(
        "i'm not with lily anymore. dinner tmrw at 7? my place",
        rebound_over=YES,
        followed_through=YES,
    ),
    # Multi-line messages with nothing to suggest.
    _m("Hey\n\nI know it's late\n\nI just\n\nI miss you\n\nSorry"),
    _m("Line one.\nLine two.\nI keep writing and deleting this.\nAnyway. Hi."),
    _m("I KNOW YOU'RE READING THIS.\nJUST ANSWER ME.\nPLEASE."),
    _m("Hope you're ok\n\n\n\nI'm not"),
    _m("Hola, te extraño. Perdón por todo."),
    _m("Je pense à toi. Tu me manques."),
    _m("我想你了"),
    _m("Скучаю по тебе"),
    _m("I miss you\tso much\r\nit hurts"),
    _m("👀"),
    _m("?"),
    _m("k"),
    _m("Happy new year. I hope this one's kinder to you than the last."),
    _m("Watched that film you always wanted me to see. You were right."),
    _m("Your cat is on my profile picture still, I can't bring myself to change it"),
    _m("I keep picking up my phone to tell you things"),
    _m("What would you say if I said I want you back?", fishing_for_praise=YES),
    _m("I'm outside the café we used to go to. It closed down."),
)

#: Written and labelled after the reader's rules, in phrasings chosen to differ from the corpus,
#: and first scored without any change to the rules: an honest estimate of how the reader does
#: on messages it was not tuned on. Keep adding to CORPUS, not here, once a message is used for
#: tuning.
#:
#: First run, rules as of the commit that added this set: precision 1.00 for every kind (no
#: false alarm in 85 messages), recall 0.47 overall (31 of 66): fishing 0.27, followed_through
#: yes 0.77 and no 0.67, heard 0.40, excuses 0.38, rebound 0.30; the note 0.50.
#: Its misses were then used to widen the rules in general ways (more ways to say each thing),
#: so from then on this set is no longer held out: treat its figures as in-sample too, and
#: write a fresh set before trusting a new estimate.
HELD_OUT: tuple[Labelled, ...] = (
    _m("Hey you. Long time. I miss you."),
    _m("Any plans this weekend? Thought we could grab a bite", followed_through=NO),
    _m(
        "Would you let me buy you a coffee? Thursday, 11ish, the place on Bridge Street",
        followed_through=YES,
    ),
    _m("Pizza at mine on Friday, 7? Just as friends if you want", followed_through=YES),
    _m("I've got two tickets for the comedy night on the 9th. Come with me?", followed_through=YES),
    _m(
        "I'll be at the café by the station at 10 tomorrow. I'd really like to see you there.",
        followed_through=YES,
    ),
    _m("How does Tuesday at 6:30 sound? Same pub as before.", followed_through=YES),
    _m("we need to talk in person. soon.", followed_through=NO),
    _m("Let's meet up one of these days x", followed_through=NO),
    _m("I was hoping we could see each other at some point?", followed_through=NO),
    _m("Can we grab lunch sometime this month?", followed_through=NO),
    _m("Booked us a table at Wagamama for Sunday 1pm.", followed_through=YES),
    _m("I had tickets for us on Friday but I gave them away, sorry"),
    _m("Sorry I had to cancel last night. Work stuff.", ready_excuses=YES),
    _m(
        "Thursday at 8 won't work for me after all. Maybe another time.",
        followed_through=NO,
    ),
    _m("I keep thinking about that Saturday at the lake. Best day ever."),
    _m("Do you still think of me sometimes?", fishing_for_praise=YES),
    _m("Tell me honestly, would you take me back?", fishing_for_praise=YES),
    _m("You still love me, I can tell.", fishing_for_praise=YES),
    _m("I wonder if you ever miss me like I miss you", fishing_for_praise=YES),
    _m("Does it ever hurt for you too?", fishing_for_praise=YES),
    _m("Just wanted to say I'm sorry and I hope you're okay."),
    _m("Have you forgotten about me already?", fishing_for_praise=YES),
    _m("I heard you moved in with him. Wow.", heard_you_moved_on=YES),
    _m(
        "Caught a glimpse of you at the station yesterday, you looked well",
        heard_you_moved_on=YES,
    ),
    _m(
        "Your sister posted a photo of you two at the beach, you looked so happy",
        heard_you_moved_on=YES,
    ),
    _m("Saw on Facebook you got a new job. Proud of you.", heard_you_moved_on=YES),
    _m("So you're with Dan now?", heard_you_moved_on=YES),
    _m("Everyone keeps telling me how well you're doing.", heard_you_moved_on=YES),
    _m("I haven't heard anything about you in ages. Are you ok?"),
    _m("Katie and me ended it last week.", rebound_over=YES),
    _m(
        "Things are rocky with my girlfriend and I keep thinking about you",
        rebound_over=YES,
    ),
    _m("She's gone. Packed her stuff and left on Sunday.", rebound_over=YES),
    _m("I'm on my own again.", rebound_over=YES),
    _m("Me and the girl from work aren't together anymore", rebound_over=YES),
    _m("I'm still with Anna, but I think about you."),
    _m("We broke up for a reason, I know."),
    _m("My girlfriend and I are taking a break.", rebound_over=YES),
    _m("Sorry for going silent. Things at work have been nonstop.", ready_excuses=YES),
    _m("I didn't come because I was too anxious, I'm so sorry.", ready_excuses=YES),
    _m(
        "The last few months have been mental with the move and everything.",
        ready_excuses=YES,
    ),
    _m("I know you hate excuses so I won't make any."),
    _m("I'm off work all next week, so I'm free whenever."),
    _m("It was never about you, it was just bad timing with my job.", ready_excuses=YES),
    _m("Not gonna lie I was scared of how serious it got.", ready_excuses=YES),
    _m("I've been flat out with uni, sorry I never texted.", ready_excuses=YES),
    _m("I've turned my life around. New job, no more drinking.", changed=True),
    _m("I'm a changed man, I swear.", changed=True),
    _m("Therapy has helped me see what I did wrong.", changed=True),
    _m("I haven't changed, I'll be honest. But I miss you."),
    _m("I've done a lot of growing this year", changed=True),
    _m("HEY!!! IM SINGLE NOW 😂 WANNA HANG SOMETIME??", rebound_over=YES, followed_through=NO),
    _m(
        "saw u w/ ur new man at the bar... u looked happy. do u even think about me anymore",
        heard_you_moved_on=YES,
        fishing_for_praise=YES,
    ),
    _m("she dumped me. u were right about her. miss u", rebound_over=YES),
    _m(
        "Can I come round Saturday at 2 to drop your things off and talk?",
        followed_through=YES,
    ),
    _m("sorry been busy. we should link up soon tho", ready_excuses=YES, followed_through=NO),
    _m(
        "I know I let you down on Friday. I got nervous. Let me take you out on Saturday at 8 "
        "to make up for it.",
        ready_excuses=YES,
        followed_through=YES,
    ),
    _m("It's been 6 months. I miss you every day."),
    _m("I miss your laugh."),
    _m("Are you happy?"),
    _m("Hope the new job's going well. Heard you love it.", heard_you_moved_on=YES),
    _m("We should have coffee and talk about everything", followed_through=NO),
    _m(
        "I want to take you to that Thai place you like on Friday night at 8",
        followed_through=YES,
    ),
    _m("If you're free tonight I'll be at the Crown from 9.", followed_through=YES),
    _m("Meet at ours? I mean mine. Sorry. Friday 7?", followed_through=YES),
    _m("Friday is my birthday. Wish you were coming."),
    _m("I'm working all weekend but I miss you"),
    _m("i cant stop thinkin bout u. do u think bout me??", fishing_for_praise=YES),
    _m("Bet you're glad to be rid of me lol", fishing_for_praise=YES),
    _m("Did I mean anything to you?", fishing_for_praise=YES),
    _m("I just need to know if there's still a chance for us", fishing_for_praise=YES),
    _m("Is there someone else?"),
    _m("Looks like you're having the time of your life on insta", heard_you_moved_on=YES),
    _m("congrats on the engagement", heard_you_moved_on=YES),
    _m("Just got dumped. Figured you'd enjoy hearing that.", rebound_over=YES),
    _m("Things didn't work out with the new girl.", rebound_over=YES),
    _m("My job's been killing me lately, that's why I went quiet", ready_excuses=YES),
    _m("I wasn't busy, I was a coward.", ready_excuses=YES),
    _m("Honestly I just wasn't ready back then.", ready_excuses=YES),
    _m("lets do drinks next fri, 8pm, the usual?", followed_through=YES),
    _m("I'm outside. Come out for five minutes?"),
    _m("Want to go to the cinema Wednesday? The 7:15 showing.", followed_through=YES),
    _m("Happy Friday! Miss you"),
    _m("I'm not dating anyone, if you were wondering."),
    _m(
        "I got your message from last week, sorry it took me so long, work has been a nightmare",
        ready_excuses=YES,
    ),
)
