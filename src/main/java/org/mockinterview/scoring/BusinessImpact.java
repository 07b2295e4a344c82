package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import org.mockinterview.scoring.AnswerAnalysis.Presence;

import java.util.List;

/**
 * Business-impact rule: an outcome clause tied to revenue, cost, customer behaviour, risk or regulation, quantified
 * capacity, or a business process that took the work up. Model metrics and sentiment alone never count.
 */
final class BusinessImpact {
    private static final String CUSTOMER_OUTCOMES = "churn|complaints|abandonment|chargebacks|losses|fraud loss"
            + "|support tickets|tickets|support calls|calls|(customer|service|support) contacts|contacts|enquiries|inquiries|stock-?outs"
            + "|cancellations|refunds|refund requests|escalations|payouts|unsubscribes|write-offs|defaults|returns|claims";
    /** What a business or a person in it does with the work when they take it up. */
    private static final String DECIDED = "agreed to|decided to|approved (it|them|this|the \\S+)( for)?"
            + "|approved (an?|the) (\\S+ ){0,3}(programme|program|budget|plan|project|rollout|investment|pilot|spend)"
            + "|negotiated (an?|the) (\\S+ ){0,3}(package|deal|contract|price|licen[cs]e|discount|rate)|cancell?ed|scrapped|rolled (it |this |them )?out|adopted"
            + "|switched (\\S+ ){0,4}?(to|over)|retired|renewed|signed off (on )?(rolling|the rollout|expanding|extending|an? pilot|the pilot|an? trial|the trial)|kept (it|using|the \\S+)|made it (the )?(default"
            + "|standard|policy)|standardi[sz]ed on|made (\\S+ ){1,4}?(mandatory|the standard|standard|the default|policy)";
    static final GuardedPattern BUSINESS = GuardedPattern.compile("\\b(revenue|sales?|sale price|conversions?|converted|profits?"
            + "|margins?|costs?|spend|spending|bills?|savings|budget|retention|upsell\\w*|renewals?|renewed|subscriptions"
            // output a site lost or kept: "instead of a week of lost production"
            + "|lost (production|output)|production loss(es)?"
            + "|lifetime value|regulat\\w+|fined|fines|penalt(y|ies)|checkout|cart|orders per|per (user|customer|visitor)"
            + "|ftes?|headcount|contribution|roi|arr|mrr|gmv|bookings|fees|overtime"
            // what a customer spends or a slot earns: "average order value fell by 4%", "300 billable slots recovered",
            // "saved the quarter's payback"
            + "|order value|aov|basket size|billable|payback|compensation)\\b"
            // staff time given back or spent: "two analyst days a month free", "30 hours of extra work for the
            // planners", "without hiring temporary staff", "redeployed the adjusters' time"
            + "|\\b(analyst|staff|person|man|engineer|nurse|planner|adjuster|agent)s?['’]?[- ](days?|hours?|weeks?)\\b"
            + "|\\b(days|hours|weeks) of (extra |manual |additional |unpaid )?(work|labou?r|effort|overtime)\\b"
            + "|\\b(without|instead of|avoid\\w*) (hiring|recruiting|bringing in|taking on)\\b|\\bredeploy\\w*\\b"
            // a client that stayed: "the client keep the contract with us"; capacity told as more covered per person:
            // "each rep can now cover about twice as many stores a day"
            + "|\\b(clients?|customers?|accounts?|partners?) (\\S+ ){0,2}(kept|keep|keeps|renewed|extended) (the |their |our )?"
            + "(contracts?|subscriptions?|deals?)\\b|\\bcan now (cover|handle|serve|process|visit|see|run) (\\S+ ){0,3}(twice|double"
            + "|\\d+x|\\d+ more)\\b"
            + "|\\b(detention|late|bank|delivery|carrier|penalty|service|demurrage|storage) charges\\b"
            + "|" + Cues.MONEY_SIGN + "|\\b\\d[\\d,.]*k? (" + Cues.CURRENCY_WORDS + ")\\b"
            // money in words, and money written off: "roughly thirty million naira less written off"
            + "|\\b(hundred|thousand|million|billion|lakh|crore)s? (" + Cues.CURRENCY_WORDS + ")\\b|\\b(wrote|written|writing) off\\b"
            + "|\\b(postpon|delay)\\w* (the |our )?(\\S+ )?(release|launch|patch|rollout|go-live)\\b"
            + "|\\b(players|users|customers|clients|patients) (\\S+ )?(complained|left|quit|churned|cancell?ed)\\b"
            + "|\\bavoid\\w* (\\S+ ){0,3}(penalt\\w+|fines?|loss\\w*|chargebacks?|refunds?)"
            // a regulator's or privacy officer's approval: "the DPO's audit signed it off"
            + "|\\b(dpo|data protection officer|regulators?|compliance|legal|auditors?|audit|authority|authorities"
            + "|notified body|supervisor)('s)? (\\S+ ){0,3}(approved|accepted|certified|signed (it |them )?off|cleared|passed)\\b|\\b(approved|signed off|cleared) by (the |our )?(dpo|data protection officer"
            + "|regulators?|compliance|legal|auditors?)\\b"
            + "|\\b(reduc\\w*|cut|lower\\w*|less|fewer|decreas\\w*) (\\S+ ){0,2}(" + CUSTOMER_OUTCOMES + ")\\b"
            // customer outcomes that fell or came back, a few words on: "tickets about late parcels went from 60 to 10"
            + "|\\b(" + CUSTOMER_OUTCOMES + ") (rate |volume )?(by|from)\\b"
            + "|\\b(" + CUSTOMER_OUTCOMES + ") (\\S+ ){0,8}?(fell|dropped|went (right |way |well )?down|came (right |way )?down|decreased|declined|went from|fell from"
            + "|dropped from|went back to|came back to|returned to|(basically |all but |almost )?stopped|(were|was) (\\S+ )?lower"
            + "|(were|was) back (to|at) (\\S+ )?(usual|normal|previous"
            + "|baseline)|(were|was) no (higher|worse|more))\\b"
            + "|\\bretained (revenue|customers|users|subscribers|accounts)\\b|\\brepeat (orders|purchase\\w*|customers|buyers|visits)\\b"
            + "|\\bcontinued to (order|buy|purchase|use our|subscribe)\\b|\\bsav(ed|ing) the (account|client|deal|contract)\\b"
            + "|\\b(started|start|began|begin|begun) (to use|using)\\b|\\bcan (now )?use (it|the \\S+) to\\b"
            + "|\\bextended the (pilot|contract)\\b|\\bpaused\\b"
            + "|\\blos(e|t|ing) (no |fewer |less )?(more )?(orders|sales|customers|deals|bookings|subscribers)\\b"
            + "|\\bapprov\\w* more (\\w+ )?(applicants|customers|loans|applications|orders|transactions|claims)\\b"
            + "|\\bwithout (more|extra|additional|any more) (defaults|losses|fraud|risk|chargebacks|complaints)\\b"
            + "|\\b(no|fewer) (more )?(lost|abandoned|failed|dropped) (orders|payments|checkouts|carts|sales|bookings)\\b"
            + "|\\bnow (every|all|each) \\w+ (\\w+ )?(gets|get|has|have|goes through|go through|uses|use|runs|run|starts|start)\\b"
            + "|\\b(became|becomes|is now|was made) (the )?(standard|default|policy|mandatory|required|part of (the|our) \\w+)\\b"
            + "|\\b(uses|use|used|relies on|rely on|adopted|switched to) (it|the|our|my|this|that|these|those|them|its"
            + "|their)( \\S+){0,3} (to|for|in|when) (\\S+ ){0,3}(plan|decid|set|pric|schedul|prioriti[sz]|forecast|order|allocat|budget|approv|staff)\\w*"
            + "|\\b(\\d+|two|three|four|five|six|seven|eight|ten) (fewer |more |less )?(analysts|engineers|people|staff|agents|accountants|reviewers|nurses"
            + "|clerks|operators|developers|\\w*workers|employees|officers|advisers|advisors|handlers|planners|fte)\\b"
            + "|\\b\\d+x more (users|traffic|customers|requests)\\b"
            + "|\\bcustomers? (stayed|renewed|returned|came back|left)\\b"
            // capacity given back: "saved the analytics team about six hours a week"
            + "|\\b(sav|free|gave|give|gives|giving)\\w* (\\S+ ){0,5}(\\d+|a few|several|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|twenty) (\\S+ )?(hours|days|person-days|analyst-hours)( of \\S+)?( a| per| each| every) (week|month|day|year|quarter)\\b"
            // capacity freed for more work: "freed up about 400 inspection slots a month", "frees up two vans"
            + "|\\bfre(ed|es|eing) up (about |around |roughly |some |over |almost |nearly )?(\\d[\\d,.]*|" + Cues.NUMBER_WORD
            + ") \\S+"
            // a business process run on the work: "planned their rider shifts from it"
            + "|\\b(plan|schedul|staff|pric|order|budget|allocat)\\w* (\\S+ ){0,3}(from|with|using|off|on) (it|the forecast|our forecast"
            + "|the model|our model|the scores?)\\b"
            + "|(?<!\\bi |\\bwe )\\b(started|began) (?!by\\b)\\w+ing\\b"
            // a decision or process taken up by the business because of the work: "the director agreed to stop the
            // code", "the ward stopped double-booking", "the rest of the school had adopted it"
            + "|\\b(manager|director|head|board|management|leadership|ceo|cfo|cmo|coo|vp|owner|clinic|ward|school|hospital"
            + "|council|committee|company|client|partner|department|planning|planners|ops|operations|dispatch|dispatchers"
            + "|finance|risk|sales|marketing|product|cno|cto|cpo|cio|leads|programme|program|agency|contract|regions"
            + "|stores) (\\S+ ){0,3}?(" + DECIDED
            + "|chose to|stopped|asked for (it|them|this) to be used)\\b"
            // a person's decision, not a person who stopped taking part ("they stopped contributing")
            + "|\\b(she|he|they) (\\S+ ){0,2}?(" + DECIDED + ")\\b"
            + "|\\b(did not|didn't|no longer|never) (need|have|had) to (call|hire|book|pay|use|bring) (in )?(\\S+ ){0,2}(agency"
            + "|temp|temporary|extra|additional|contract|outside)\\b"
            // paid cover no longer bought: "hired fewer agency staff that winter", "less overtime"
            + "|\\b(fewer|less) (\\S+ ){0,3}(agency|temp|temporary|contract|contractor|locum|overtime|outsourced|freelance)\\b"
            // a purchase or contract decided on the work: "the clinic never signed the vendor's contract"
            + "|\\b(signed|sign|didn't sign|did not sign|cancell?ed|renewed|terminated|walked away from|pulled out of) (the"
            + " |a |its |their |our )(\\S+ ){0,2}(contract|deal|licen[cs]e|subscription|purchase|tender|vendor)\\b"
            + "|\\b(lifted|grew|increased|raised|boosted|doubled|drove) (\\S+ ){0,3}(orders|sign-?ups|subscriptions|enrol?ments"
            + "|donations|applications|deposits)\\b"
            + "|\\b(orders|sign-?ups|subscriptions|enrol?ments|donations|deposits) (\\S+ ){0,3}(rose|grew|increased|went up|doubled)\\b"
            // the customers' own use of the service: "weekly active listeners went up 22%"
            + "|\\b(active )?(users|listeners|viewers|subscribers|players|members|visitors|readers|customers)"
            + " (\\S+ ){0,4}?(went up|rose|grew|increased|doubled)\\b");
    /** A technical tradeoff costed in money inside an action: "each missed case cost about $160". */
    private static final GuardedPattern COSTED_TRADEOFF = GuardedPattern.compile("\\bcosts?\\b (\\w+ ){0,3}" + Cues.MONEY_SIGN
            + "|" + Cues.MONEY_SIGN + "[\\d,.]*\\s?\\w* ((in|of) (lost|chargebacks?|margin|revenue|refunds?|fines?)"
            + "|(less|more) (per|in|of|a|each))\\b"
            + "|\\bcosts? (\\w+ ){0,5}\\d[\\d,.]* (" + Cues.CURRENCY_WORDS + ")\\b");
    /**
     * A business process changed on the work, told by its owner: "the returns desk stopped checking every parcel
     * by hand", "the dispatch leads began to route jobs by the score", "the branch managers were starting each day
     * from the list".
     */
    private static final GuardedPattern PROCESS_TAKEN_UP = GuardedPattern.compile("(?<!\\bteam members? )(?<!\\bmembers )\\b(teams?|managers|leads|agents|planners|staff|ops"
            + "|operations|desk|department|nurses|clinicians|reps|underwriters|investigators|buyers|merchandisers"
            + "|dispatchers|branches|stores|plant|wards?|clinics?|bank|insurer|head of [\\w ]{2,30}?) (\\S+ ){0,2}?"
            // a process stopped because the work replaced it, not the work dropped ("stopped using the list") or
            // a person who stopped taking part
            + "(started|began|stopped (sending|doing|checking|sorting|calling|reviewing|printing|paying|hiring|running"
            + "|the (manual|morning|weekly|daily)|manual|fresh|new)|switched|replaced|dropped|reordered|routed|rerouted"
            + "|prioriti[sz]ed|fast-tracked"
            + "|were starting|now (start|route|call|use|plan|check|work)|could (finally )?(see|stop|plan|act|run))\\b");

    private static final GuardedPattern GOAL_REFERENCE = GuardedPattern.compile("\\b(this|the|my|our) (goal|target|objective)\\b");

    private BusinessImpact() {
    }

    static Presence find(List<Segment> results, Segment task, List<Segment> actions) {
        for (Segment a : actions) {
            if (COSTED_TRADEOFF.matcher(a.lower()).find()) {
                return new Presence(true, a.text());
            }
        }
        for (Segment r : results) {
            if (BUSINESS.matcher(r.lower()).find() || PROCESS_TAKEN_UP.matcher(r.lower()).find()) {
                return new Presence(true, r.text());
            }
        }
        // "I exceeded this goal" inherits the business framing of the goal it refers back to.
        if (task != null && BUSINESS.matcher(task.lower()).find()) {
            for (Segment r : results) {
                if (GOAL_REFERENCE.matcher(r.lower()).find()) {
                    return new Presence(true, r.text());
                }
            }
        }
        return Presence.ABSENT;
    }
}
