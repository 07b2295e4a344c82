package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import java.util.List;

/** metric_tied_to_business: an error type, its concrete real-world cost, and a metric choice argued from them. */
final class EvaluationRules {
    private static final GuardedPattern ERROR_TYPE = GuardedPattern.compile("\\bfalse (positive|negative)s?\\b|\\bfps?\\b|\\bfns?\\b"
            + "|\\btype (i|ii|1|2|one|two) errors?\\b|\\bmissed \\w+|\\bmiss(es|ing)? (a|an|the|someone|fraud|churn|real)\\b"
            + "|\\bwrongly (flag|declin|block|classif|reject|accept)\\w*|\\bunder-?predict\\w*|\\bover-?predict\\w*"
            + "|\\b(large|big|huge|rare|occasional|bad|costly|expensive)( \\S+)? (errors|misses|mistakes)\\b|\\bway off\\b"
            + "|\\boff by\\b|\\bfalse (alarm|flag|alert|decline|hit)s?\\b|\\ba miss\\b|\\b(declin|block|reject)\\w* (a )?(legitimate|good)\\b"
            + "|\\b(under|over)-?(forecast|estimat)\\w*"
            // errors told as the people they hit: "approve someone who then defaults", "turn down someone who would've paid"
            + "|\\b(approv|accept|admit|let|pass|send|spend|target|contact)\\w* (\\S+ ){0,4}(someone|somebody|people|customers?"
            + "|applicants?|borrowers?|users?) who (then|later|would|eventually|were|are)\\b"
            + "|\\b(turn\\w* down|reject\\w*|declin\\w*|block\\w*|refus\\w*|miss\\w*) (\\S+ ){0,2}(someone|somebody|people"
            + "|customers?|applicants?|borrowers?|users?) who (would|could|actually|really)\\b"
            // "a fraudulent claim that we miss", "every honest claim we flag"
            + "|\\b\\w+ (that )?(we|it|the model) miss(es|ed)?\\b|\\b(honest|legitimate|genuine|innocent|good) \\w+ (that )?"
            + "(we|it|the model) (flag|block|reject|decline|stop)\\w*");
    private static final GuardedPattern CONSEQUENCE = GuardedPattern.compile(Cues.MONEY_SIGN + "|\\bchargebacks?\\b|\\blifetime value\\b"
            + "|\\blost (sales|revenue|customers|business)\\b|\\brevenue\\b|\\b(annoyed|frustrat\\w+|angry)\\b"
            + "|\\b(blocked|declined) (a )?(purchase|transaction|payment)|\\b(good|legitimate) (customers?|purchases?)\\b"
            + "|\\bpatients?\\b|\\btreatment\\b|\\bbiopsy\\b|\\btumou?rs?\\b|\\bempty shelves\\b|\\binventory\\b|\\bstock-?outs?\\b"
            + "|\\boverstock\\w*|\\bsupport calls?\\b|\\b(staff|analyst|agent) time\\b|\\blawsuits?\\b|\\blegal\\b|\\bfines?\\b"
            + "|\\blegitimate (e-?mail|mail|message)s?\\b|\\bits delivery\\b|\\bchurns?\\b"
            + "|\\blos(e|es|ing|t) (\\S+ ){0,2}(money|customers?|users|clients|business|sales?|revenue)\\b|\\bcompetitors?\\b"
            + "|\\bannoy\\w*|\\bthrown (away|out)\\b|\\bwaste\\b"
            + "|\\bcancel\\w*|\\bstop (ordering|buying|using|paying)\\b|\\brefunds?\\b|\\bcomplaints?\\b"
            // money in words ("two thousand pounds"), what an error costs whom, paying too much or too little
            + "|\\b(" + Cues.CURRENCY_WORDS + ")\\b|\\bcosts? (us|the (company|business|bank|shop|store|retailer)"
            + "|them)\\b|\\bwarrant(y|ies)\\b|\\bover-?pa(y|ys|id|ying)\\b|\\bunder-?pa(y|id)\\b|\\bover-?spend\\w*"
            + "|\\bburn\\w* (\\S+ )?(budget|money|cash|spend)\\b|\\bpays? back\\b"
            + "|\\bwasted? (\\S+ )?(spend|budget|money|stock|food|product)\\b|\\bre-?inspect\\w*|\\b(manual|human) review\\b"
            // harm to people, and the time of the people who check an alarm
            + "|\\b(death|deaths|dies|harm)\\b|\\bcosts? (a |an |the |our )?(nurse|doctor|analyst|agent|investigator|reviewer)s?\\b");
    private static final GuardedPattern DECISION = GuardedPattern.compile("\\b(favou?r|prefer\\w*|optimi[sz]e for|prioriti[sz]e"
            + "|optimi[sz]e (the )?(precision|recall|f1|auc|pr-?auc|mae|rmse|mape|log loss|cost)|tune (\\w+ )?for"
            + "|(quantile|weighted|asymmetric) (forecast|error|metric)s?"
            + "|went for|go for|opt(ed)? for|lean\\w* towards?|(quantile|pinball|asymmetric|weighted) loss"
            + "|choose|choosing|pick|picking|threshold|so (i'd|we'd|i would|we would|it is|we)|desired|rather than|worth|asymmetric"
            + "|cap on|better to have|more costly|cheaper|trade-?off|punish\\w*|penali[sz]\\w*"
            + "|asymmetr\\w*|(evaluat|judg|measur|scor|select|compar|rank)\\w* (\\S+ ){0,3}(with|by|on) (the )?(\\S+ ){0,2}(metric|loss|score|rmse|mae|auc|recall|precision|f1"
            + "|log loss|brier|calibration))\\b");

    private EvaluationRules() {
    }

    /** Whether the text names a kind of error: a false positive or negative, a miss, a false alarm. */
    static boolean namesErrorType(String lower) {
        return ERROR_TYPE.matcher(lower).find();
    }

    static Segment metricTiedToBusiness(List<Segment> content) {
        boolean decision = false;
        for (Segment s : content) {
            decision |= DECISION.matcher(s.lower()).find();
        }
        if (!decision) {
            return null;
        }
        for (int i = 0; i < content.size(); i++) {
            if (!ERROR_TYPE.matcher(content.get(i).lower()).find()) {
                continue;
            }
            for (int j = Math.max(0, i - 1); j <= Math.min(content.size() - 1, i + 1); j++) {
                if (CONSEQUENCE.matcher(content.get(j).lower()).find()) {
                    return content.get(i);
                }
            }
        }
        return null;
    }
}
