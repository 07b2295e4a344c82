package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import org.mockinterview.kernel.Words;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applied case-study criteria: operating constraints and an ordered plan (the objective: {@link ObjectiveRules}). */
final class CaseStudyRules {
    /** Money as a limit; in a question about what the work is for ("to lower members' fees?") it is the goal. */
    private static final GuardedPattern MONEY = GuardedPattern.compile("\\b(budgets?|costs?|costly|cheap\\w*|expensive|bucks"
            + "|dollars? (a|per) \\w+|annotat\\w+ \\d+)\\b|" + Cues.MONEY_SIGN);
    private static final GuardedPattern[] CONSTRAINTS = {
            GuardedPattern.compile("\\b(latency|\\d+\\s?ms|milliseconds?|real[- ]time|p99|response time)\\b"
                    // a time to answer or to refresh: "appear within a couple of seconds", "update every 30 seconds"
                    + "|\\b(within|in under|every) (about |around )?(\\d+|a couple of|a few|" + Cues.NUMBER_WORD + ") (seconds|minutes)\\b"
                    // in note form: "has to return in < 5 min", "GPS updates every 2 min"
                    + "|(<|\\b(within|under|every)) ?~?\\d+ ?(secs?|mins?)\\b"),
            // the people who review or label: "only six human moderators", "can review around 150 claims a week"
            GuardedPattern.compile("\\b(only|just) (\\d+|" + Cues.NUMBER_WORD + ") (\\S+ )?(moderators|reviewers|analysts|annotators"
                    + "|auditors|people|agents|labell?ers|investigators)\\b|\\b(can|could) (only |realistically )?(review|label|check"
                    + "|handle|annotate|investigate) (about |around |roughly |up to )?\\d+"),
            // a rate's base ("per 1,000 orders") is no load, nor the tail of a number ("1,000")
            GuardedPattern.compile("(?<!per )(?<![\\d,.])\\b\\d[\\d,.]*\\s?(k|m|thousand|million|billion)? (\\w+ ){0,2}(stores|skus|products|items|users"
                    + "|customers|requests|events|rows|images|documents|notes|transactions|sellers|listings|queries|articles"
                    + "|videos|devices|sensors|merchants|accounts|patients|players|subscribers|members|drivers|riders"
                    + "|households|meters|vehicles|orders|loans|claims|calls|sessions|tickets|parcels|shipments)\\b|\\b(ready|done|available|delivered|served)"
                    + " (by|within|in under|before) \\d"),
            // a "traffic mix" or its "traffic sources" is where a drop may come from, not a load to carry
            // "a different scale" is a feature's, not a load's
            GuardedPattern.compile("\\b(throughput|qps|requests per second|(?<!different |same |feature |its |their )scale|scalab\\w*|traffic(?! (mix|sources?))|load|millions of|billions of"
                    + "|\\d+(\\.\\d+)? ?(million|billion|m|bn|k) (users|products|items|rows|events|requests|customers))\\b"),
            GuardedPattern.compile("\\b(mature|arrive|available|known|come in)\\w* (\\w+ ){0,2}after (about |roughly |around )?\\d+ ?(days|weeks|months)"
                    + "|\\blabels? (\\w+ ){0,2}(arrive|come in|are available|mature|lag|land|show up)\\w* (\\w+ ){0,3}(after|later|late|behind)\\b"
                    // "labels lag by two weeks", "outcomes are delayed by a month"
                    + "|\\b(labels?|outcomes?|feedback|ground truth) (\\w+ ){0,2}(lag|are delayed|is delayed|arrive) by (about |roughly "
                    + "|up to )?(\\d+|" + Cues.NUMBER_WORD + "|a|an) (\\S+ )?(days?|weeks?|months?)\\b"
                    + "|\\blabels? (are|is) (scarce|limited|rare|expensive|few|costly)|\\bscarce labels?|\\blags? behind"
                    + "|\\btakes? (up to |about |around |over )?\\d+ ?(days|weeks|months) to (arrive|come in|mature|be known|be confirmed)"
                    + "|\\b(recent|new|most) \\w+ (is|are) unlabell?ed\\b"
                    // outcomes settled late: "purchases only become final after the return window", "labels aren't complete yet"
                    + "|\\b(becomes?|are|is|get|gets) (only )?(final|known|complete|confirmed|settled) (only )?after\\b"
                    + "|\\blabels? (\\S+ ){0,2}(aren't|are not|isn't|is not) (complete|final|in|available|known)( yet)?\\b"
                    + "|\\b(cold[- ]start|label (scarcity|delay)|labels? (arrive|are|come)\\w* (late|delayed)"
                    + "|few labels|(very )?few labell?ed \\w+|limited (labels?|labell?ed data)|sparse|sparsity|no labels|days late|label noise)\\b"
                    // little history, or data that arrives late ("18 months of history", "a three-day lag")
                    + "|\\b(\\d+|" + Cues.NUMBER_WORD + "|a few|few) (\\S+ )?(months?|years?|weeks?|days?) of (\\S+ )?history\\b"
                    // "retrain on the last four weeks of data" is a step; "we only have six months of data" a limit
                    + "|\\b(only|just|barely|less than|under) (have |has |had )?(about |around |roughly )?(\\d+|" + Cues.NUMBER_WORD
                    + "|a few|\\w+teen|twenty|thirty) (\\S+ )?(months?|years?|weeks?|days?) of (\\S+ )?(data|sales|logs|history)\\b"
                    // "we only have six weeks of post-launch orders": what is had is the limit, whatever it is
                    + "|\\b(only|just|barely) (have|has|had) (about |around |roughly )?(\\d+|" + Cues.NUMBER_WORD
                    + "|a few|\\w+teen|twenty|thirty) (\\S+ )?(months?|years?|weeks?|days?) of\\b"
                    // a label lag told with its length first: "refunds arrive 20 to 40 days after the order",
                    // "labels lag ~30 days"
                    + "|\\b(arrive|come in|mature|are known|show up)\\w* (about |around |roughly |up to )?\\d+( to \\d+| ?[-–] ?\\d+)?"
                    + " ?(days|weeks|months) (after|later)\\b|\\blabels? (\\w+ )?lags? (by )?~?\\d"
                    // outcomes known only later: "loans only go bad six months or more after approval"
                    + "|\\b(go bad|default|defaults|churn|convert|are known|show up|turn up) (\\S+ ){0,3}(\\d+|" + Cues.NUMBER_WORD
                    + ") (days|weeks|months) (or more )?(after|later)\\b|\\b(have|has|had) (basically |almost |practically )?(nothing|no history|no data)\\b"
                    + "|\\b(\\S+[- ])?(hour|day|week|month)s?[- ]lag\\b|\\b(lag|delay) of (about |roughly |up to )?\\d"
                    // few positives: "fraud cases are rare", "the examples are limited"
                    + "|\\b(positives|examples|cases|events|labels|data) (are|is) (\\S+ )?(scarce|rare|limited|thin)\\b"
                    + "|\\b(labels?|data|outcomes|feedback|chargebacks|returns|events|answers) (\\S+ ){0,2}(arriv|com)\\w* (\\S+ ){0,3}"
                    + "(late|delayed|with a (\\S+ ){0,2}(lag|delay))\\b"),
            MONEY,
            GuardedPattern.compile("\\b(interpretab\\w+|explainab\\w+|regulat\\w+|regs|privacy|gdpr|hipaa|complian\\w+|pii|fairness"
                    // data kept where it is: "data-protection rules", "has to run on-premise", "can't leave the network"
                    + "|data[- ]protection|on[- ]prem\\w*|data residency|(can't|cannot|can not|must not|mustn't) leave"
                    // "it's patient-identifiable, so it has to stay on our servers; we can't push it to a cloud API"
                    + "|identifiable|(has|have|must|needs?) to stay (on|in|inside|within)"
                    + "|(can't|cannot|can not|must not|mustn't) (just )?(push|send|upload|move|share|copy) (it|them|the|any|our)"
                    + "|legal (needs|requires|wants)|explain (why|to (each|every|the) customer)"
                    // a rule someone with the say sets: "the council won't allow personal profiles", "not allowed to store"
                    + "|(won't|will not|doesn't|does not|don't|do not|wouldn't) (allow|permit|let us)|not (allowed|permitted)"
                    + "|(forbids?|bans?|prohibits?) (\\S+ )?(storing|keeping|sharing|using|personal|any))\\b"
                    + "|\\bready (for|by|before) (the )?(nightly|daily|morning|weekly|overnight)\\b"
                    // a deadline for a run: "the batch must be done by 8, before the stores open"
                    + "|\\b(has|have|had|needs?) to (finish|run|complete|be done|be ready|land)\\w* (before|by|within|in under)"
                    + " \\d")};
    /** A numbered list introduced as options is a bag of alternatives, not a sequence (guidelines 10.3). */
    private static final GuardedPattern ALTERNATIVES = GuardedPattern.compile("\\b(options|alternatives|approaches|choices"
            + "|possibilities|ways to|either)\\b[^.?!\\n]{0,30}:?\\s*\\(?1[.)]");
    /** A list of things to watch ("monitoring: latency, error rate, drift, …") names no operating constraint. */
    private static final GuardedPattern WATCH_LIST = GuardedPattern.compile("\\b(monitor\\w*|track\\w*|alerts?|dashboards?|includes?"
            + "|watch\\w*|keep an eye on)\\b");
    private static final GuardedPattern WATCH_VERB = GuardedPattern.compile("\\b(monitor|track|watch|keep an eye on|alert on)\\w*\\b");
    // an ordinal inside a noun phrase ("a faster first response", "in under a second") orders nothing
    private static final GuardedPattern MARKER = GuardedPattern.compile("\\b((?<!(the|a|an|our|my|their|faster|under a|per|one) )(first(ly)?"
            + "|second(ly)?|third(ly)?)|then|next(?! to)"
            // "the team that finally resolved them" tells no step
            + "|after that|afterwards|(?<!(that|who|which|they|it|we) )finally|lastly|start (by|with)|starting (with|by)|begin (by|with)|from there|once"
            + "|before|over time|following which|subsequently|initially|to begin"
            // "…, and after I deploy it": a learner's "afterwards"
            + "|(?<=\\band )after(?= (?:i|we) ))\\b|→|↳");
    private static final GuardedPattern NUMBERED = GuardedPattern.compile("(?:^|\\s)\\(?(\\d)[.)]\\s+([\\w-]+)", Pattern.MULTILINE);
    private static final String FOLLOWS = "then|next|after that|afterwards";
    private static final GuardedPattern FOLLOWING = GuardedPattern.compile("\\b(?:" + FOLLOWS + ")\\b");
    private static final GuardedPattern ITEM_ORDER = GuardedPattern.compile("(?:only )?(?:finally|" + FOLLOWS + ")\\b");
    private static final GuardedPattern STEP = GuardedPattern.compile("\\bstep (\\d+|one|two|three|four|five|six)\\b");
    private static final GuardedPattern ARROW = GuardedPattern.compile("→|↳|->");
    private static final GuardedPattern DIAGNOSTIC_QUESTION = GuardedPattern.compile("\\b(debug\\w*|degrad\\w*|worse|drop\\w*|broken"
            + "|declin\\w*|went down|fell|falling|slipp\\w*|sliding|decreas\\w*|performing poorly|stopped working|deteriorat\\w*|underperform\\w*"
            + "|less (accurate|reliable|precise)|not as (good|accurate))\\b");
    private static final GuardedPattern MODEL_CHANGE = GuardedPattern.compile("\\b(retrain\\w*|bigger model|larger model|replace the model"
            + "|new model|neural net\\w*|more complex model|switch (to|models)|tune the model)\\b");
    private static final GuardedPattern CHECK = GuardedPattern.compile("\\b(check|inspect|look at|verify|compare|diff|investigate|examine"
            + "|validate|audit|confirm|monitor|pin down|what the degradation)\\w*\\b[^.]{0,60}\\b(data|features?|pipelines?"
            + "|metrics?|inputs?|distributions?|labels?|drift|logs?|schema|approval rate|loss|auc)\\b"
            // a check named by what it looks at: "then instrumentation …", "after that, feature freshness in the pipeline"
            + "|\\b(instrumentation|logging|tracking code|feature freshness|null rates?|data quality|upstream (data|tables?|jobs?))\\b");

    private CaseStudyRules() {
    }

    static Segment constraints(ParsedAnswer a) {
        for (GuardedPattern p : CONSTRAINTS) {
            boolean inQuestion = p.matcher(a.questionLower()).find();
            for (Segment s : a.sentences()) {
                String l = s.lower();
                if (!p.matcher(l).find()
                        || WATCH_LIST.matcher(l).find() && l.chars().filter(ch -> ch == ',').count() >= 4
                        || WATCH_VERB.matcher(l).find() && Quantities.count(l) == 0 // things to watch, no limit given
                        || p == MONEY && ObjectiveRules.asksObjective(l)) {
                    continue;
                }
                // A constraint the question already gave only counts when the answer makes it concrete or asks for it.
                if (!inQuestion || s.lower().matches(".*\\d.*") || s.text().endsWith("?")) {
                    return s;
                }
            }
        }
        return null;
    }

    static Segment structuredSteps(ParsedAnswer a) {
        int steps = 0;
        Segment first = null;
        int following = 0;
        for (Segment c : a.clauses()) {
            if (MARKER.matcher(c.lower()).find()) {
                steps++;
                first = first == null ? c : first;
            }
            following += FOLLOWING.matcher(c.lower()).find() ? 1 : 0;
        }
        if (following >= 2 && steps == following) {
            steps++; // "I'd use X, then tune it, and then deploy it": two steps that follow one unmarked first
        }
        Matcher st = STEP.matcher(a.lower());
        while (st.find()) {
            steps++;
        }
        int arrows = 0;
        Matcher ar = ARROW.matcher(a.lower());
        while (ar.find()) {
            arrows++;
        }
        if (arrows >= 2) {
            steps += arrows + 1; // arrows linking at least three stages
        }
        int numbered = 0;
        int verbs = 0;
        Matcher n = NUMBERED.matcher(a.lower());
        while (n.find()) {
            numbered++;
            // "re-train" counts by its second part; a lone "-" has none (split drops empty parts)
            String[] parts = n.group(2).split("-");
            String afterLabel = labelledVerb(a.lower(), n.end());
            if (Verbs.isActionBase(n.group(2)) || parts.length > 1 && Verbs.isActionBase(parts[1])
                    || List.of("agree", "freeze", "set", "roll", "define", "collect", "gather", "clean", "ship", "start",
                    "begin").contains(n.group(2)) || afterLabel != null && Verbs.isActionBase(afterLabel)
                    // "5. Only then turn on paging": an item that opens by ordering itself is a step
                    || ITEM_ORDER.matcher(a.lower().substring(n.start(2))).lookingAt()) {
                verbs++;
            }
        }
        if (numbered >= 2 && verbs * 3 >= numbered * 2 && !ALTERNATIVES.matcher(a.lower()).find()) {
            steps += numbered; // a numbered plan of actions, not a numbered list of alternatives
        }
        if (steps < 3) {
            return null;
        }
        if (DIAGNOSTIC_QUESTION.matcher(a.questionLower()).find()) {
            Matcher change = MODEL_CHANGE.matcher(a.lower());
            Matcher check = CHECK.matcher(a.lower());
            int changeAt = change.find() ? change.start() : Integer.MAX_VALUE;
            int checkAt = check.find() ? check.start() : Integer.MAX_VALUE;
            if (changeAt < checkAt) {
                return null;
            }
        }
        return first != null ? first : a.sentences().isEmpty() ? null : a.sentences().get(0);
    }

    /** "1. Model packaging: package the model…": the first word after a short label's colon, or null. */
    private static String labelledVerb(String lower, int from) {
        int colon = lower.indexOf(':', from);
        if (colon < 0 || colon - from > 40 || lower.substring(from, colon).contains(".")) {
            return null;
        }
        List<String> w = Words.of(lower.substring(colon + 1, Math.min(lower.length(), colon + 40)));
        return w.isEmpty() ? null : w.get(0);
    }
}
