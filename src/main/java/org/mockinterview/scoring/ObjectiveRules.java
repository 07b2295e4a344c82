package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import java.util.regex.Matcher;

/** clarifies_objective_first: the business objective stated or asked about before the first solution element. */
final class ObjectiveRules {
    private static final GuardedPattern OBJECTIVE = GuardedPattern.compile("\\b(business (objective|goal|outcome|problem|metric)s?"
            + "|objectives?|success (metrics?|criteria|criterion|looks like)|how success (will|would|is) (be )?measured"
            + "|define success|what success|kpis?|north star|the decisions? (we|the model|it)|decision we are trying"
            + "|what (the model|it) is for|what are we (trying|optimi[sz]ing)|what do we (want|care)"
            + "|what (we're|we are) (trying|optimi[sz]ing)|primary metric|guardrails?|business definition"
            + "|what (we|you|they|the business) (want|plan|intend|need) to do with (the|its|those|these) \\w+"
            + "|how (we'll|we will|we'd|we would|you'll|you would|to|we) (know|tell|measure|judge) (if |whether )?(it|this|that|we)"
            + "|success (look|looks) like|the metric (i|we) (care|would care|optimi[sz]e|track)|(the|our) (point|aim|purpose) (is|here is) to"
            + "|decision window|time to (intervene|act|react)|what ['\"]?[\\w-]+['\"]? means for (the|our) \\w+"
            + "|acceptable (false positive|error|fpr)|trying to (achieve|optimi[sz]e|improve)|optimi[sz]e for"
            + "|goal (is|would be|of the)"
            // "what does the bank actually want, is it to grow the loan book …?", "what the business wants to do with it"
            + "|what (does|do|did) (\\S+ ){1,3}(actually |really )?(want|need)|is it to (grow|reduce|increase|improve|cut|keep"
            + "|lower|raise|save|win|stop)|what (\\S+ ){1,3}wants to do with"
            // asking it: "is the goal faster resolution or fewer re-opened tickets?", "what is the forecast actually for?"
            + "|(is|was|would be) the (goal|aim|objective|purpose)|what (is|are) (\\S+ ){1,3}for(?=\\s*[?—–-])"
            // "what the bank want to achieve" (any subject, any agreement), "what 'slower' is costing us"
            + "|what (\\S+ ){0,3}(wants?|needs?|hopes?|is trying|are trying) to (achieve|accomplish|reach|improve|reduce"
            + "|increase|optimi[sz]e|get out of)|what (\\S+ ){0,4}(is|are) costing (us|them|the business|the company)"
            + "|what ['\"‘]?[\\w -]{1,20}['\"’]? (means|would mean)|goal to|success (for|of) the (business|company)"
            + "|what is (the )?success|what (a|an|each|one) (missed|false|wrong|bad)\\w* (\\S+ ){0,2}costs?"
            + "|what (\\S+ ){0,4}(does|do|will do|would do|plans? to do|wants? to do) with (the|its|those|these|our|a|that)"
            + " (\\S+ )?(scores?|predictions?|model|outputs?|forecasts?|flags?|alerts?))\\b"
            // asked first, in speech: "I'd want to know what they'll do with the scores", "ask whether this is
            // costing us sales", "find out what latency the app needs"
            + "|\\b(know|ask|understand|find out|clarify|check) (\\S+ ){0,2}(what (\\S+ ){0,3}(going to|gonna|will|'ll) do with"
            + " (it|this|that|them|the \\w+)|whether (this|it|that) is (actually |really )?(hurting|costing|affecting)"
            + " (the business|revenue|customers|us|sales)|what (\\S+ ){0,2}(the (product|business|team|client|customer)"
            + "|users|we|they) (actually |really )?(needs?|requires?))\\b|[^.?]*\\b(approval rate|fraud loss|revenue|conversion|retention)\\b[^.?]*\\?"
            // what the thing is for, asked whatever it names: "ask what the score is supposed to decide", "what the
            // labels are for", "what precision the team actually needs", "what decision hangs on this", "what's
            // the main goal"
            + "|\\bwhat (the |our |this |these )?(\\S+ ){0,3}(is|are|'s) (supposed to|meant to) (decide|do|achieve|drive)\\b"
            + "|\\bwhat (the |our |this |these )?(\\S+ ){0,3}(is|are) (used |needed |wanted )?for\\b(?! (example|instance))"
            + "|\\bwhat (accuracy|precision|recall|level|error|quality) (\\S+ ){0,4}(actually |really )?needs?\\b"
            + "|\\bwhat (decision|decisions) (rides?|depends?|hangs?|hinges?) on\\b"
            // "what decision the model is meant to change"
            + "|\\bwhat (decision|decisions) (\\S+ ){0,3}(is|are|'s) (meant|supposed|going|expected) to (change|inform|support"
            + "|drive|improve)\\b"
            + "|\\bwhat(?: is|'s) the (main |primary |real |actual |business )?(goal|aim|objective|purpose)\\b"
            // the same asked in a non-native word order: "clarify for what the forecast is used", "which error is
            // acceptable"
            + "|\\bfor what (the |our |this |these )?(\\S+ ){0,3}(is|are|will be|would be) (used|needed|wanted)\\b"
            + "|\\bwhich (error|errors|accuracy|precision|delay|deviation) (is|are|would be) acceptable\\b");
    private static final GuardedPattern SOLUTION = GuardedPattern.compile("\\b(models?|algorithms?|xgboost|collaborative filtering"
            + "|matrix factori[sz]ation|embeddings?|neural|deep learning|logistic regression|random forests?"
            + "|gradient[- ]boost\\w*|transformers?|bert|llms?|clustering|k-means|semi-supervised|self-training"
            + "|label propagation|retrain\\w*|fine-tun\\w*|pipelines?|features?|architecture|candidate generation|ranking"
            + "|retrieval|classifiers?|regression|supervised|unsupervised|transfer learning|active learning|two-tower"
            + "|als|spark|api|deploy\\w*|heuristics?|rules?)\\b");
    private static final GuardedPattern DEFERRED = GuardedPattern.compile("\\b(before|without|prior to) (\\w+ing )?(the |a |an |any )?(\\S+ )?$");

    private ObjectiveRules() {
    }

    static Segment objectiveFirst(ParsedAnswer a) {
        // one scan for solutions serves both the question asked before them and the objective named before them
        Matcher s = SOLUTION.matcher(a.lower());
        boolean found = s.find();
        Segment asked = outcomeAskedFirst(a, found ? s.start() : a.lower().length());
        Matcher o = OBJECTIVE.matcher(a.lower());
        if (!o.find()) {
            return asked;
        }
        if (asked != null && asked.start() < o.start()) {
            return asked;
        }
        int objectiveAt = o.start();
        for (; found && s.start() < objectiveAt; found = s.find()) {
            // "before touching the model" puts the solution off; it is not one
            if (!DEFERRED.matcher(a.lower().substring(Math.max(0, s.start() - 30), s.start())).find()) {
                return null;
            }
        }
        return sentenceAt(a, objectiveAt);
    }

    /**
     * "Is the point to sell more from the front page, or to give new brands a look-in?", "what does 'better'
     * mean here, fewer missed appointments or shorter waits?": a question put before any solution that weighs outcomes
     * against each other, or asks what success means, is the objective asked about.
     */
    private static Segment outcomeAskedFirst(ParsedAnswer a, int firstSolution) {
        for (Segment sentence : a.sentences()) {
            if (sentence.start() >= firstSolution) {
                return null;
            }
            String l = sentence.lower();
            int mark = l.indexOf('?');
            if (mark < 0 || sentence.start() + mark > firstSolution) {
                continue;
            }
            String question = l.substring(0, mark);
            if (OUTCOME_QUESTION.matcher(question).find() && !CONSTRAINT_QUESTION.matcher(question).find()) {
                return sentence;
            }
        }
        return null;
    }

    private static final GuardedPattern OUTCOME_QUESTION = GuardedPattern.compile("\\b(?:mean|means|success|measured|trying to"
            + "|protecting|matters? (?:most|more)|care (?:most )?about)\\b|\\b(?:is it|are we|do we|should we|is the)\\b[^?]{3,80}"
            + "\\bor\\b[^?]{3,}");
    private static final GuardedPattern CONSTRAINT_QUESTION = GuardedPattern.compile("\\b(?:latency|milliseconds|ms|budget|labels?"
            + "|how much data|how many rows|gpus?|hardware|deadline)\\b");

    /** A question about what the work is for ("is the goal to lower members' fees, or …?"): no constraint in it. */
    static boolean asksObjective(String sentenceLower) {
        return sentenceLower.contains("?") && OBJECTIVE.matcher(sentenceLower).find();
    }

    private static Segment sentenceAt(ParsedAnswer a, int offsetInLower) {
        for (Segment s : a.sentences()) {
            if (offsetInLower < s.end()) {
                return s;
            }
        }
        return null;
    }
}
