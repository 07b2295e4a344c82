package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import org.mockinterview.kernel.Words;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** plain_language (jargon density per sentence) and confound_mentioned (a concrete third variable). */
final class StatisticsRules {
    /** A question about causes, confounding or observational data, or one that states two quantities moving together. */
    private static final GuardedPattern CAUSAL_QUESTION = GuardedPattern.compile("\\bcaus\\w*|confound\\w*|simpson|observational"
            + "|correlat\\w* (with|to)|associated with|linked (to|with)|\\b(higher|lower|greater)\\b[^?.]{0,30}\\b(rates?|risk)\\b"
            + "|\\bwith (more|fewer|less|higher|lower) [^?.]{1,40}\\b(have|has|get|see|show|are)\\b[^?.]{0,20}\\b(more|fewer|less"
            + "|higher|lower|better|worse)\\b|\\b(can|should|could) we (say|conclude|claim|infer) (that )?[^?]{1,40}\\b(reduces?"
            + "|increases?|improves?|lowers?|raises?|leads? to|drives?|prevents?)\\b"
            // two quantities stated together: "cities with more churches also report more crimes", "users who turn
            // on dark mode have higher retention", and a change proposed on that ground: "should we make it the
            // default to improve retention?"
            + "|\\b(with|who|that) [^?.]{1,40}\\b(also )?(report|reports|have|has|show|shows|see|sees|get|gets)"
            + " (more|fewer|less|higher|lower|better|worse)\\b"
            + "|\\bshould we [^?]{1,60}\\bto (improve|increase|reduce|raise|boost|lower|cut)\\b");
    private static final List<GuardedPattern> DRIVERS = List.of(
            GuardedPattern.compile("\\bconfound\\w*(?: variable| factor)?(?: here)? (?:is|was|would be|:|-|—) (?:probably |likely )?((?:\\S+ ?){1,3})"),
            GuardedPattern.compile("\\b(?:both|two) (?:\\S+ ){0,4}?(?:caused|driven|explained|influenced) by ((?:\\S+ ?){1,3})"),
            // "both rise in summer", "both of them are going up when we are running a campaign"
            GuardedPattern.compile("\\bboth (?:of them )?(?:are |were )?(?:rise|increase|go up|fall|grow|drop|spike|peak|going up|going down"
                    + "|rising|increasing|growing|falling|dropping|rose|fell|went up|went down)\\w* (?:when|during|in|with|after) "
                    + "(?:we (?:are |were )?(?:doing|running|have|had) )?((?:\\S+ ?){1,4})"),
            GuardedPattern.compile("\\b(?:common|shared|real|underlying) (?:reason|cause|driver|factor) (?:is|was|here is) ((?:\\S+ ?){1,3})"),
            GuardedPattern.compile("\\bconfounded by ((?:\\S+ ?){1,3})"),
            // "the size of the city is the hidden thing driving both"
            GuardedPattern.compile("((?:\\S+ ){1,4})(?:is|are|was|were) (?:the|a) (?:hidden|real|common|shared|third|underlying) (?:thing"
                    + "|factor|cause|driver|variable) (?:driving|behind|causing|making|pushing) both\\b"),
            GuardedPattern.compile("((?:\\S+ ){1,2})(?:drives|drove|causes|caused|increases|increased|affects"
                    + "|affected|influences|influenced|explains|explained|raises|raised|lowers|lowered|pushes|pushed|decides"
                    + "|decided|determines|determined|shapes|shaped|underlies|(?:is|are|was|were|sits|lies"
                    + "|(?:could|might|may|would|can) be) behind"
                    // the progressive: "is the hot weather which is making both", "rain driving both"
                    + "|making|driving|causing|pushing|raising|affecting|influencing|explaining"
                    // "pushes up both", "makes them both …"
                    + "|(?:pushes|pushed|drives|drove|pulls|pulled) (?:up|down)|(?:makes?|made) (?:them|people|users|customers)"
                    // "density enters both the crime count and the staffing formula", "experience is doing both",
                    // "income can make both numbers move together"
                    + "|enters|entered|feeds(?: into)?|fed(?: into)?|governs|(?:is|was|are|were) doing|makes?|made"
                    + "|(?:can|could|may|might|would|will) (?:make|drive|affect|push|explain|raise|lower|influence|cause"
                    + "|move|shape))"
                    + " both\\b"),
            // "the two might simply be symptoms of household income"
            GuardedPattern.compile("\\b(?:two|both) (?:\\S+ )?(?:symptoms|effects|results|consequences|signs|products)"
                    + " of ((?:\\S+ ?){1,3})"),
            // "serious buyers are both more likely to save searches and more likely to book"
            GuardedPattern.compile("((?:\\S+ ){1,4})(?:are|is|were|was) both (?:\\S+ ){0,2}(?:more|less) likely to\\b"),
            // named, then called one: "tenure and salary are likely confounders"; "there are confounders" names none
            GuardedPattern.compile("((?:\\S+ ){1,3})(?<!\\bthere |\\bthey |\\bthese |\\bthose |\\bit |\\bthis |\\bthat |\\bwhich )"
                    + "(?:is|are|was|were|would be|could be|may be|might be) (?:(?:the|a|an|our) )?"
                    + "(?:obvious |likely |real |main |classic |plausible |possible |probable |two |big )?"
                    + "(?:confounders?|confounding (?:variables?|factors?))\\b"),
            // a group with a trait that moves both: "long-standing, better-paid members have both a higher uptake and …"
            GuardedPattern.compile("((?:\\S+ ){1,4})(?:have|has|had|show|shows|showed) both (?:an? |the )?(?:\\S+ )?(?:higher|lower"
                    + "|more|less|fewer|better|worse|bigger|smaller)\\b"),
            GuardedPattern.compile("((?:\\S+ ){1,3})(?:is|are|was|could be|may be|might be|would be) (?:a |the )?(?:common|shared"
                    + "|hidden|likely|real|third) (?:cause|driver|factor|variable) (?:of|behind|for) both\\b"),
            // "rainfall is a common cause of the two", "rainfall is a common cause Z that …": named, then called one
            GuardedPattern.compile("((?:\\S+ ){1,3})(?:is|are|was|were) (?:a|the) (?:common|shared|third|hidden|lurking) "
                    + "(?:cause|driver|factor|variable)\\b"),
            GuardedPattern.compile("\\b(?:third|common|hidden|lurking|confounding) (?:variable|factor|cause),? (?:such as|like|e\\.g\\.?,?|for example,?|:|-|—) ((?:\\S+ ?){1,3})"),
            GuardedPattern.compile("((?:\\S+ ){1,3}),? (?:which|that) both (?:\\S+ )?(?:depend on|are driven by|rely on|follow)\\b"),
            // a co-movement explained in passing: "both go up on the same days, but that's because of the heat"
            GuardedPattern.compile("\\bboth\\b[^.;]{0,80}?\\b(?:that'?s|thats|this is|it'?s|its) (?:all |just |really |mostly )?"
                    + "(?:because of|bc of|b/c of|due to|down to) ((?:\\S+ ?){1,3})"),
            // "variables like income stability are correlated both with the treatment and with the outcome"
            GuardedPattern.compile("((?:\\S+ ){1,4})(?:are|is|were|was) (?:correlated|associated) (?:both with|with both)\\b"),
            // "the two share a common cause, population size"
            GuardedPattern.compile("\\bshare (?:a|the|one) (?:common|same|single|underlying) (?:cause|driver|factor)\\W+((?:\\S+ ?){1,3})"),
            // the same group on both sides: "… and those same people are more likely to fall ill"
            GuardedPattern.compile("\\b(?:those|these|the) same ((?:people|patients|users|customers|households|players|students"
                    + "|cities|towns|stores|shops|companies|firms|members|drivers|families) )(?:are|were|also|tend|have|had)\\b"),
            // one thing with more of both: "a big town has more people, so it has more burglaries and it also has
            // more libraries"
            GuardedPattern.compile("((?:\\S+ ){1,3})(?:has|have|had|gets?|got|sees?|saw) more [^.;]{2,50}?\\band (?:it |they |so )?"
                    + "(?:also|too) (?:has|have|had|needs?|needed|gets?|got|sees?|saw|hires?|hired|buys?|bought) more\\b"),
            // the hidden cause suspected by name: "the obvious culprit would be irrigation"
            GuardedPattern.compile("\\b(?:obvious|likely|usual|real|main|prime) (?:culprit|suspect)s? (?:here )?(?:would be|is|was"
                    + "|are|:|-|—) ((?:\\S+ ?){1,3})"),
            // the causal-inference name for it: "the back-door path here is tenure"
            GuardedPattern.compile("\\bback-?door (?:path|variable)s? (?:is|are|was|through|via|here is)(?: probably| likely)?"
                    + " ((?:\\S+ ?){1,3})"));
    /**
     * Self-selection told as a counterfactual: "the shops that took the reader were mostly the busy ones … they would
     * have grown regardless". The group's trait is the third variable.
     */
    private static final GuardedPattern SELECTED_GROUP = GuardedPattern.compile("\\b(?:people|users|customers|ones|those|stores|patients"
            + "|students|companies|accounts|sellers|players|shops|businesses|merchants|clients|members|subscribers"
            + "|schools|clinics|hospitals|teams|firms|households|families|homes|drivers|borrowers|applicants|buyers"
            + "|visitors|readers|viewers|employees|workers|farmers|farms|owners|branches|regions|sites) (?:who|that|which) (?:\\S+ ){1,8}?(?:are|were|tend to be)"
            + " (?:mostly |usually |already |typically |probably |just |often )?((?:\\S+ ?){1,3})");
    private static final GuardedPattern COUNTERFACTUAL = GuardedPattern.compile("\\b(anyway|to begin with|in the first place"
            + "|regardless|either way|by (?:it|them)sel(?:f|ves)|on (?:its|their) own|independently|without it"
            + "|whether or not)\\b");
    /**
     * A third variable said in general ("something else", "another factor", "a covariate") in a sentence that says it
     * moves both.
     */
    private static final GuardedPattern GENERAL_THIRD = GuardedPattern.compile("\\b(?:something else|some other (?:thing|factor)"
            + "|another (?:thing|factor|variable|cause)|(?:a )?third (?:thing|factor|variable)|other factors?"
            + "|omitted[- ]variables?|covariates?|confound\\w*|lurking|hidden (?:thing|factor|variable|cause))\\b");
    /** The next sentence naming it: "For instance the weather …", "Town size is the clear candidate". */
    private static final GuardedPattern NAMED_NEXT = GuardedPattern.compile("\\W*(?:(?:for example|for instance|e\\.g\\.|like|such as)"
            // an example told as a story ("for instance, when we ran the pilot …") names no variable
            + ",?:? (?!when |if |in |at |on |we |i |our |my )(?:the |a |an )?((?:\\S+ ?){1,3})"
            + "|((?:\\S+ ){1,4})(?:is|are|would be|could be|might be) (?:the|an?)"
            + " (?:obvious|likely|classic|main|big|first|clear|good) (?:one|example|candidate)\\b)");
    private static final GuardedPattern NAMED_HERE = GuardedPattern.compile("\\b(?:it|this|that)(?:'s| is| was| would be"
            + "| could be| might be)(?: probably| likely| just)? (?!(?:hard|difficult|unclear|possible|impossible|likely"
            + "|unlikely|not|tricky|easy|true|important|worth|why|what|how)\\b)((?:\\S+ ?){1,3})");
    private static final Set<String> GENERIC = Set.of("other", "factors", "factor", "variables", "variable",
            "confounders", "confounder", "confounding", "unobserved", "hidden", "third", "something", "some", "another",
            "a", "an", "the", "common", "lurking", "unknown", "external", "outside", "many", "various", "different",
            "chance", "coincidence", "it", "this", "that", "which", "one", "each", "other.", "variables.");

    private StatisticsRules() {
    }

    /** P1: one plain sentence states the idea; P2: fewer than half the content sentences lean on unexplained jargon. */
    static Segment plainLanguage(ParsedAnswer a, List<Segment> content, Concept concept) {
        if (content.isEmpty()) {
            return null;
        }
        Set<String> exempt = new HashSet<>(Jargon.terms(a.questionLower()));
        int dependent = 0;
        Segment plain = null;
        for (Segment s : content) {
            List<String> terms = Jargon.unexplained(s.lower(), a.lower(), exempt);
            int words = s.wordCount();
            boolean symbols = Jargon.hasSymbols(s.text());
            if (symbols || terms.size() >= 2 || terms.size() == 1 && words <= 25) {
                dependent++;
            } else if (plain == null && words >= 6) {
                plain = s;
            }
        }
        return plain != null && dependent * 2 < content.size() ? plain : null;
    }

    static boolean confoundApplies(String questionLower) {
        return CAUSAL_QUESTION.matcher(questionLower).find();
    }

    static Segment confound(List<Segment> content) {
        for (int i = 0; i < content.size(); i++) {
            // said in general, then named: "another factor drives both. For instance the weather …", "… a covariate
            // tied to both. Town size is the clear candidate"
            String general = content.get(i).lower();
            Matcher third = GENERAL_THIRD.matcher(general);
            if (third.find() && general.contains("both")) {
                // or named in the same sentence: "both can come from a third thing, and here it is age"
                Matcher namedHere = NAMED_HERE.matcher(general.substring(third.end()));
                if (namedHere.find() && concrete(namedHere.group(1))) {
                    return content.get(i);
                }
                Matcher named = NAMED_NEXT.matcher(i + 1 < content.size() ? content.get(i + 1).lower() : "");
                if (named.lookingAt() && concrete(named.group(1) != null ? named.group(1) : named.group(2))) {
                    return content.get(i + 1);
                }
            }
        }
        for (Segment s : content) {
            // the counterfactual in the same sentence: "…who were going to stay anyway"
            boolean counterfactual = COUNTERFACTUAL.matcher(s.lower()).find();
            Matcher selected = SELECTED_GROUP.matcher(s.lower());
            if (counterfactual && selected.find() && concrete(selected.group(1))) {
                return s;
            }
            for (GuardedPattern p : DRIVERS) {
                Matcher m = p.matcher(s.lower());
                while (m.find()) {
                    if (concrete(m.group(1))) {
                        return s;
                    }
                }
            }
        }
        return null;
    }

    private static boolean concrete(String phrase) {
        for (String w : Words.of(phrase)) {
            if (GENERIC.contains(w)) {
                if (Set.of("other", "factors", "variables", "confounders", "unobserved", "hidden", "unknown", "chance",
                        "coincidence", "something").contains(w)) {
                    return false;
                }
                continue;
            }
            return true;
        }
        return false;
    }
}
