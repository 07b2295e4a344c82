package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;

/** Cue-phrase lexicon for the narrative (STAR) rules, as regular expressions over lower-cased clauses. */
final class Cues {
    private Cues() {
    }

    static GuardedPattern p(String regex) {
        return GuardedPattern.compile(regex);
    }

    /** "I would …" is hypothetical unless a repeated past routine introduces it ("every Monday I would pull …"). */
    static final GuardedPattern HYPOTHETICAL = p("(?<!(?:every|each) \\w{1,12},? )\\b(i|we)('d|'ll| would| will| am going to|'m going to| might| should)\\b"
            + "|^(if|when that happens|whenever)\\b|\\bwhen that happens\\b");
    static final GuardedPattern GENERIC = p("\\b(i|we) (always|usually|typically|generally|normally|often|tend to|try to|like to"
            + "|value|believe|prefer|make sure|focus on|approach)\\b|\\bwhenever\\b|\\bmy approach\\b|\\bin general\\b"
            // "from this I have learned that …" is the story's lesson, not a general claim
            // "every time I …" opens a habit; "it joined the whole table every time" tells what was found
            + "|\\bevery time (i|we|you|a|an|the|someone|somebody|there|it|that|this|something|they)\\b|\\bi('ve| have) (found|always)\\b|(?<!from (?:this|that|it) )\\bi('ve| have) learned\\b"
            + "|\\ball the time\\b"
            + "|^(often|usually|typically|generally|normally|sometimes|always)\\b"
            // a trait claimed, not a scene: "I am very organised person", "I'm really good at explaining"
            + "|\\bi(?: am|'m) (?:a |an )?(?:very |really |quite |pretty |extremely )?(?:\\w+ (?:person|worker"
            + "|communicator|planner|listener|team player)|good at)\\b");
    /** A plan or a wish, not a step taken; the "would" of a past habit is neither. */
    static boolean hypothetical(Segment c) {
        return !c.habitual() && HYPOTHETICAL.matcher(c.lower()).find();
    }

    /** A general claim about how the candidate works; a trigger of a past habit ("whenever a client called") is not. */
    static boolean generic(Segment c) {
        return !c.habitual() && GENERIC.matcher(c.lower()).find();
    }

    static final GuardedPattern DONT_KNOW = p("\\b(i don't know|i do not know|i'm not sure|i am not sure|not sure|no idea"
            + "|i can't remember|i cannot remember|i don't remember|i haven't (done|had|worked)|never (done|had) (that|this)"
            + "|pass on this|skip this|i'm not familiar|i am not familiar|not familiar with|never heard"
            + "|(don't|do not|can't|cannot) (really )?(have|think of|recall|remember) (an?|any|one) (\\w+ )?(example|experience"
            + "|story|situation|time)|never (really )?(been in|had|faced) (a|that|this|such|any)|nothing comes to mind"
            // declining to answer: "I don't think I can explain that one", "I'd be guessing"
            + "|(don't|do not) think i (can|could) (really )?(explain|answer)|(can't|cannot|couldn't) (really )?"
            + "(explain|answer) (it|that|this)|i'd (just )?be guessing|i would (just )?be guessing)\\b");

    static final GuardedPattern FRAME = p("^(?:(?:so|um|uh|yeah|well|and|but|also|okay|ok|like)[, ]+)*(?:at (?:a|an|my|our|the|\\p{L}+)\\b"
            + "|during\\b|while (?:i|we|working|at)\\b|when i (?:joined|took|started|was|first|moved|worked|volunteered|interned|studied|taught)\\b|when (?:our|the|my|a|an) \\S+"
            + "|last (?:year|semester|quarter|month|summer|spring|fall|autumn|winter|week)\\b|early in my\\b"
            + "|in (?:early |late |mid-?)?(?:19|20)\\d\\d\\b"
            + "|for (?:my|our|a|an|the) (?:\\S+ )?(?:thesis|dissertation|capstone|internship|project|course|class)\\b"
            // a role held, in the present: "I lead the planning team at a ferry operator"
            + "|i (?:manage|lead|run|head) (?:the|a|an|our) (?:\\S+ ){0,3}(?:team|group|department|function)\\b"
            // "In my first month as a junior analyst at a bank": a time in a role, named
            + "|in my (?:first|second|third|last|final|early) (?:few )?(?:days|weeks?|months?|year|summer)\\b"
            + "|in (?:my|our|a|an|the) (?:\\S+ )?(?:role|job|position|company|internship|team|project|class|semester|year"
            + "|course|startup|organisation|organization)\\b|(?:one time|once)\\b|this was (?:at|during|in|when)\\b"
            + "|it was (?:a|at|during|in)\\b|back (?:in|when)\\b|(?:\\S+ )?(?:weeks?|months?|days?|years?) (?:before|ago|into)\\b"
            + "|i (?:joined|was working|was on|was an?|was the|was part|worked (?:at|as|on|in|for)|work (?:at|as|for))\\b|we were \\w+ing\\b"
            + "|as (?:a|an|the|part of)\\b|(?:the )?(?:background|context) (?:is|was)\\b|(?:background|context):)");
    static final GuardedPattern BARE_FRAME = p("^(?:[\\w']+ ){0,4}?(?:was |is )?(?:in|at) (?:my|a|an|the|our) (?:\\S+ )?"
            + "(?:role|job|position|company|internship|team)$");

    static final GuardedPattern TASK = p("\\b(my|our|the|his|her) (\\S+ )?(task|job|goal|role|responsibility|objective|mission"
            + "|assignment|mandate|brief|remit)( (was|is)\\b| ?:)"
            // terse notes: "Objective: clear the stock by week 8", "Mandate from the CPO: …", "Target was -15% …"
            // (a colon ends the clause, so the label may stand alone)
            + "|^\\W*(my |our )?(objective|goal|mandate|brief|remit)( from (the|my|our) \\S+)?( ?:|\\W*$)"
            + "|\\b(mandate|ask|brief) from (the|my|our) \\S+|\\b(the |our |my )?target (was|is) (to\\b|-?\\+?~?\\d|a \\d)"
            // a share of the work that was the candidate's, or fell to them: "my part was the shift report", "the
            // forecasting landed on me"
            + "|\\bmy (own )?part (was|is)\\b(?! that\\b)|\\b(landed|fell) (on|to) me\\b"
            + "|\\bon the hook (for|to)\\b|\\b(i|we) (was|were) (\\w+ly )?(asked|tasked|given|chosen|assigned"
            + "|hired|brought in|responsible|in charge|charged|expected|supposed)\\b|\\bresponsible (for|to)\\b"
            + "|\\btasked (with|of|to)\\b|\\bask(ed|s)? (me|us|our team|my team) to\\b|\\b(i|we|they|he|she|compliance|legal"
            + "|management|leadership|stakeholders|the client|the business"
            // a team or a party that had to deliver: "the web and ops teams had to fix the tracker before …"
            + "|teams?|department|managers?|director|board|clients?|customers?|business|company|regulators?|auditors?"
            + "|operations|ops|product|marketing|finance|sales|planners|owners?) (needed|had|got|have|need) to\\b"
            + "|\\bneeded every\\b|\\b(i|we) owned\\b|\\bi volunteered\\b|\\baimed at\\b"
            + "|\\b(primary |main |project |key )?objective (of|was|is)\\b|\\bled (a|the) team (of [\\w ]+ )?to \\w+"
            + "|\\bmy (goal|aim|task|job) (of|to)\\b|\\bwanted me to\\b"
            // "we have been asked to check …": a learner's perfect for "we were asked"
            + "|\\b(i|we) (have|had|'ve) been (\\w+ly )?(asked|tasked|assigned|brought in|hired) to\\b"
            // the goal with words between it and its verb: "my objective for the half-year was to lift …", "the goal
            // we set was to cut …", "our goal, agreed with operations, was to …"
            + "|\\b(my|our|the) (\\S+ )?(goal|aim|target|objective|mission)\\b[^.;!?]{1,45}?\\b(was|is) (basically |simply "
            + "|just )?(to \\w+|an? \\d|-?\\d)"
            + "|\\b(wanted|needed|required|asked for|demanded|expected) (a|an|the) (\\S+ ){0,6}(by|before|within) \\w+"
            + "|\\b(my|our) (task|job|goal|role|brief|mission|responsibility|remit),?( \\S+){1,3},? (was|is) to\\b"
            + "|\\b(my|our) remit (was|is)\\b|\\bthe one who (had|needed|was supposed|was asked) to\\b"
            + "|\\bassigned (to|for) (this|it|the (project|work|problem))\\b"
            + "|\\b(i|we) needed (the|a|an|our|my|their|another) (\\S+ ){0,4}(team|group|department|people|managers?|director"
            + "|stakeholders?|engineers?)\\b[^.]{0,60}\\bto \\w+"
            // what was needed and by when: "we needed it automated before the year-end close", "the rota team
            // needed a forecast every evening"
            + "|\\b(needed|wanted|required) (it|this|that|them|everything) (\\w+ed|done|ready|live|in place|fixed) (by|before"
            + "|within|in time)\\b|\\bneeded (a|an) (\\S+ ){1,3}(every|each) (morning|day|week|night|hour|month)\\b"
            // the task handed over, in any tense: "my lead give me the task to reduce …"
            + "|\\b(give|gave|given|gives|handed|assigned) (me|us|my team|our team) (the|a|an) (\\S+ )?(task|job|goal|mission"
            + "|brief|challenge|assignment)\\b|\\bset (myself|ourselves|us|the team) (the|a) (\\S+ )?(goal|target|task|aim)"
            + " (of|to)\\b"
            // an obligation with a word between ("we basically had to", "I must to fix it"), a time budget ("we had two
            // weeks to move …"), a need with its purpose or deadline ("we needed the trial to win over the board in
            // six weeks"), and the responsibility named ("it was my responsibility", "it was on me")
            + "|\\b(i|we) (\\w+ly |basically |really |just |still |then )(needed|had|have|need) to\\b|(?<!that )\\b(i|we) must (to )?\\w+"
            + "|\\b(i|we) (only )?had (\\d+|a few|two|three|four|five|six|ten|a couple of) (\\S+ )?(days|weeks|hours|months) to \\w+"
            + "|\\b(i|we) needed (a|an|the|our) (\\S+ ){0,5}(that (\\S+ ){0,2}(could|would|can)|to \\w+|by|before|within)\\b"
            + "|^\\W*needed (\\S+ ){1,4}(by|before|within|again)\\b"
            + "|\\bit was (my|our) (responsibility|job|call|problem|task)\\b|\\bit was on (me|us)\\b"
            + "|\\b(my|our) project was to\\b|\\b(i|we) wanted to (spot|find|know|understand|see|get|make|build|cut|reduce"
            + "|raise|improve|catch|stop|prove|show)\\b"
            + "|\\b(it was|it fell|it came down) (on|to) me to\\b|\\btook it (up)?on (myself|ourselves) to\\b|\\bi took (on|over) (the )?(responsibility|task|ownership|lead)\\b");
    /** An amount of money: a currency sign before a number, or a number and a currency word ("two thousand pounds"). */
    static final String MONEY_SIGN = "[$£€₹¥]\\s?\\d";
    static final String CURRENCY_WORDS = "euros?|dollars|pounds|rupees|bucks|quid|usd|eur|gbp|naira|cedis|shillings|rand"
            + "|pesos|reais|yuan|renminbi|yen|won|zloty|złoty|lira|dirhams|riyals|ringgit|rupiah|baht|dong|francs|kronor|kroner"
            + "|lakh|lakhs|crore|crores|inr|ngn|kes|zar|mxn|brl|cny|jpy";

    static final GuardedPattern PLACEHOLDER = p("\\bthis and that\\b|\\bblah\\b|\\betc\\.? etc\\b");

    /** Numbers said in words, as transcribed speech has them. */
    static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
            + "|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|a thousand|half|a half|a third|a quarter)"
            + "(?:[ -](?:and a half|hundred|thousand|million|percent|points?|and \\w+))*";

    /** A label before the outcome, split off at its colon or dash: "- Outcome: late orders down to 3%". */
    static final GuardedPattern RESULT_LABEL = p("^\\W*(the )?(end )?(results?|outcomes?|impact)\\W*$");

    static final GuardedPattern STRONG_RESULT = p("\\b(as a result|in the end|ended up|end result|ended at|the outcome"
            // the result told first: "the short version is that…", "I will start from result"
            + "|the short version|long story short|(start|starting) (from|with) (the )?result|(the )?results? first|bottom line"
            + "|the result (was|is|of this|of that)|resulted in|which meant|this meant|that meant|this led|that led"
            + "|by the end|^at the end(?! of)|eventually|ultimately|(was|were) able to"
            + "|went (really |very |so |quite |pretty )?(well|smoothly|fine)|was a (\\w+ )?success|worked out|hit (all )?(the|our|its|every) (\\w+ )?(targets?|goals?))\\b"
            + "|^(?:(?:so|and|but|um|uh|yeah|then)\\W+)*(after that|afterwards|from that point|since then|since (that|this) (day|moment|incident|point)|ever since|after (launch|launching|the launch"
            + "|this|that|the change|the fix|cleaning|the conversation|this conversation|rollout|the rollout|deployment"
            + "|go-?live|going live|the switch|the release|release)"
            + "|over the next|the following (day|week|month|quarter|year))\\b");
    static final GuardedPattern OUTCOME = p("\\b(was a (\\w+ )?success|successful(ly)?|went (really |very |so |quite |pretty )?(well|smoothly)|(it|this|that) worked"
            // a state after the fix: "things were stable again", "everything was okay again"
            + "|(it|this|that|everything|things) (was|were|is|are) (all )?(fine|ok|okay|good|stable|back to normal) (after|afterwards|again|since|from then)"
            // or told after the step with "then": "I patched the feed and then it was fine"
            + "|\\bthen (it|this|that|everything|things) (was|were) (all )?(fine|ok|okay|good|stable|back to normal)\\b"
            + "|worked( \\w+)? (out|well)|(was|were|got) (approved|adopted|accepted|promoted)|passed (the|our)|adopted"
            + "|(is|was|are) still (used|in place|running|in use)|still uses?|saved|saves|saving|delivered (on time|early|ahead|it|the)"
            + "|completed|finished(?! (by|with|it with|off|up by))|launched|received|scored|achieved|learned|learnt|continued to|stopped|started (to use|using)"
            + "|start to use|can (now )?use|(?<!\\bi )agreed|signed off|apologi[sz]ed|cut (\\S+ ){0,8}(by|in half|from)|(nobody|no one|none of)"
            + "|(was|were) not (met|reached|achieved|hit)|(wasn't|weren't|wasn’t|weren’t) (met|reached|achieved|hit)|wound (it |them |the \\S+ )?down|missed (the|our|its) (\\w+ )?(target|goal|deadline)|deemed|accepted (it|the|our|my)|turned out|(was|were|got) (cancelled|canceled|shelved|scrapped|rejected|dropped)|(management|leadership|the team|the company|the client|the board|she|he|they) (changed|decided|chose|switched|dropped|approved)|approved (it|the|our|my)|appreciated|(were|was) (very |really |so |quite |super |much )?(happy|happier|pleased|thrilled|impressed)|praised"
            // people calmed or satisfied, a feeling the episode left: "most of them calmed down", "I felt proud"
            + "|calmed down|settled down|thanked (me|us|the team)|(ended|left) (\\S+ ){0,3}(satisfied|happy|reassured)"
            + "|(i|we) felt (very |really |so |quite )?(proud|relieved|satisfied)|decided not to"
            + "|(got|received|had|arrived|finished|done|out) (\\S+ ){0,3}on time|got (a lot |much |way |a bit |far )?(better|worse)|got (\\S+ ){0,4}(down|up) (by|to|from)"
            + "|said (it|that|this)|mentioned this|retained|frees? up|freed|reduced?|increased?|decreased?|dropped|fell|rose"
            + "|grew|went (up|down|from)|goes (up|down)|go (up|down)|(fell|rose|dropped|grew|moved|changed|shrank) from|doubled|halved|exceeded|outperform\\w*|recovery|recovered"
            + "|contained|fewer|faster|lower|higher|now|became|led me to|kept|improved|improvement|not as \\w+ as"
            + "|demonstrated|lifted|boosted|lowered|shrank|met (the |our |all |every )?(deadlines?|targets?|goals?|sla)"
            + "|hit (the|our) (target|goal)|won|(was|were|is|are|came in|ended) (up|down) (by |about |around |roughly |nearly )?[$€£~]?\\d"
            // a level reached or restored: "came out at 0.52", "back under 300 ms", "back at their usual level"
            + "|came out (at|as|to)|(is|are|was|were|got|came|went|\\d) back (to|at|under|below|within|above|on|in)"
            + "|(decide|decides|agree|agrees|approve|approves) to (use|adopt|keep|roll|switch|fund|launch)"
            // reactions and catches: "people liked it", "has caught three bugs since"
            + "|(people|they|users|everyone|the team|customers|clients|managers) (really )?(liked|loved|enjoyed)|caught"
            + "|(gives|gave|given|giving) (\\S+ ){0,3}back"
            + "|(accounts?|customers?|clients?) (\\S+ ){0,5}(renewed|upgraded|expanded|churned|signed|stayed|returned)"
            + "|(approved|signed (it |them )?off|cleared) (the|it|our|my)?\\b|went back to|let through"
            + "|(was|were|is|are|came|went) (down|up) to|postponed"
            // "came down 12%", "went live on schedule", "live a couple of weeks ahead of plan"
            + "|came (down|up) (by )?(about |around |roughly )?\\d|\\blive (\\S+ ){0,4}?(on schedule|on time|ahead of (plan|schedule))"
            + "|ahead of (plan|schedule)"
            // a placing ("we finished third out of 40 teams") and a level moved by the speaker ("I got our recall from
            // 0.55 to 0.68")
            + "|(placed|came|finished|ranked) (first|second|third|fourth|fifth|top|\\d+(st|nd|rd|th))"
            // a level back in bounds told without a verb ("error rate back under 1%"), a change told in the perfect
            // ("had gone from about 20 to 70"), and money lost ("we lost about $40,000 in a week")
            + "|back (to normal|under|below|within)|(gone|come) (up |down )?from|lost (about |around |roughly |almost"
            + " |over |nearly )?[$£€]?\\d"
            + "|(got|brought|took|pushed|moved|lifted|raised) (\\S+ ){1,8}from (like |about |around |roughly )?[$£€]?\\d[\\d.,]*%?"
            + " to (like |about |around |roughly )?[$£€]?\\d"
            // a level told in the present, as non-native and spoken answers tell it: "waste per flight is down 23%"
            // (not "was up 9%", which as often sets the scene)
            + "|(is|are) (now )?(down|up) (by )?(about |around |roughly |almost |over |nearly )?[$£€]?\\d"
            // a harm the step prevented: "so merchants didn't get paid twice"
            + "|\\bso (that )?(the )?\\w+ (didn'?t|did not|never|no longer|weren'?t|were not|wasn'?t|was not) (get|have|need|lose|miss|pay|see|go)"
            // a level reached or a thing back on time: "recall went to 0.64", "was back by noon", "hit 115%"
            + "|(went|moved|got|climbed|jumped|improved|increased|decreased|rose|fell|dropped) to (about |around |roughly )?[$€£]?\\d"
            + "|(was|were|is|are|came) back (by|up|online)|(went|shipped|launched|released|landed|went out) (out )?on time"
            + "|^hit [$€£]?\\d|(reached|achieved|hit) (a |an )?[$€£]?\\d|added (about |around )?[$€£]\\d"
            // a number moved ("recall from 0.52 to 0.61") or a tool left unused ("the team never opened it")
            + "|(improv|rais|lift|brought|bring|took|taking|mov|grew|grow|push|reduc|lower|boost)\\w*( \\S+){0,6}"
            + " from [$€£]?\\d[\\d.,]*\\s?\\S* to [$€£]?\\d|(never|didn't|did not) (use|used|adopt|adopted|open|opened)\\b"
            + "|(came|went|fell|rose|dropped|grew|climbed) (down |up )?(by )?(about |around |roughly )?[$€£]?\\d+(\\.\\d+)?\\s?%"
            // what another person decided in the end: "the director still stopped the rollout"
            + "|(she|he|they|management|leadership|the client|the director) (still |then |finally )?(ended|stopped|cancelled|killed|kept|rejected)"
            // a quantity that moved, in any tense or agreement: "came down by $9,000", "the rate go from 12% to 8%"
            + "|(come|comes|came|go|goes|went|fall|falls|rise|rises|drop|drops|climb|climbs|climbed|jump|jumps|jumped)"
            + " (down |up )?(by|from) (about |around |roughly |nearly |almost )?(?:[$€£]?\\d+|" + NUMBER_WORD + ")"
            // a quantity compared: "booked 11% more than the control", "ran three times faster"
            + "|(?:\\d+(?:[.,]\\d+)?\\s?(?:%|percent|points?|x|times)|" + NUMBER_WORD + " times) (better|worse|more|less|higher"
            + "|lower|faster|slower|fewer|cheaper)"
            + "|awarded|was given|were given"
            // work finished in a measured time, nothing missed, or one thing compared with another: "backfill done in
            // under two hours", "zero reports late", "so mine was worse"
            + "|(done|finished|completed|restored|recovered|back up) (with)?in (under |less than |about |around )?(\\d+|"
            + NUMBER_WORD + "|a|an) \\w+|zero (\\S+ ){0,2}(late|missed|lost|failed|errors|findings|incidents|complaints|defects)"
            + "|(mine|ours|my model|our model|my version|the new one) (was|were|came out|ended up) (\\w+ )?(worse|better|slower"
            + "|faster|more accurate|less accurate|cheaper)"
            // a metric's move written with an arrow: "AUC 0.71 → 0.84", "alerts per shift ~11 -> ~4"
            + "|\\d[\\d.,]*\\s?(%|x|h|ms|s|pp)?\\s?(→|->|=>)\\s?~?[$€£]?\\d[\\d.,]*)\\b");
    /** Words that turn a following outcome word into an intention rather than something that happened. */
    static final GuardedPattern PURPOSE = p("\\b(to|would|could|should|might|aimed|aim|hoping|hope|goal|objective|task|in order"
            + "|envisioned|planned|wanted|want|needed|if|will)\\b");
    static final GuardedPattern FIRST_PERSON_SUBJECT = p("\\b(i|we|my team and i|our team)\\b");
}
