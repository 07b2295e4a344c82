package org.mockinterview.scoring;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Verb lexicon: which words are concrete action steps, and which are past-tense forms. */
final class Verbs {
    /** Concrete steps someone takes in an episode (base forms); result verbs like "increase" are deliberately absent. */
    private static final String ACTION_BASES = """
            analyse analyze apologise apologize ask audit automate backtest benchmark brief build calibrate call check
            choose clean cluster coach code collaborate collect compare compile compute conduct configure contact
            coordinate cost craft create debug decide deduplicate define delegate deploy design develop discuss document
            draft drive email enable encourage escalate estimate evaluate examine experiment explain facilitate filter
            fit flag forecast gather hire host impute implement inform inspect instrument integrate interview introduce
            investigate isolate join label launch load log map measure meet mentor merge migrate model monitor
            negotiate onboard optimise optimize orchestrate organise organize package pair patch persuade pick pilot
            pitch plot plug prepare present prioritise prioritize profile propose prototype pull push query rank
            reach rebuild recommend reconcile redesign refactor remove reorganise reorganize replace rerun re-run
            restructure retrain revise review rewrite rework roll run scale schedule script segment send set share show
            simplify simulate sit sketch speak split standardise standardize suggest summarise summarize survey talk
            teach test track train tune update validate visualise visualize volunteer walk write add break take hold
            identify interview plan opt acquire enforce reroute reweight shadow spin stand tell convince contain
            sort match tag annotate scrape parse install rollback
            establish streamline upgrade extract transform aggregate research study assign allocate reallocate
            request consult recruit mediate reproduce trace diagnose containerize dockerize parallelize cache index
            shard partition alert revert hotfix throttle restart apply submit rerank resample reweight bucket
            draw sample stratify interpolate normalise normalize encode vectorize embed finetune fine-tune distill
            """;
    /** Verbs that describe a step only when the object is specific ("I fixed it" is not an action). */
    static final Set<String> VAGUE = Set.of("fix", "fixed", "solve", "solved", "handle", "handled", "resolve",
            "resolved", "do", "did", "deal", "dealt", "work", "worked", "use", "used", "make", "made", "help", "helped",
            "address", "addressed", "try", "tried", "manage", "managed", "improve", "improved");
    /**
     * Verbs that say a problem went away ("I fixed our rota sheet", "we sorted that"): they tell how only with a longer
     * object ("fixed the join that counted each refund twice").
     */
    static final Set<String> COMPLETION = Set.of("fix", "fixed", "solve", "solved", "resolve", "resolved", "sort",
            "sorted", "handle", "handled");
    private static final Map<String, String> IRREGULAR_PAST = new HashMap<>();

    static {
        String[] pairs = ("build built,choose chose,drive drove,meet met,sit sat,speak spoke,split split,set set,"
                + "show showed,write wrote,rewrite rewrote,run ran,rerun reran,re-run re-ran,take took,hold held,"
                + "break broke,send sent,teach taught,tell told,lead led,make made,do did,deal dealt,find found,"
                + "spin spun,stand stood,get got,give gave,go went,keep kept,put put,bring brought,think thought,"
                + "know knew,see saw,begin began,become became,come came,leave left,lose lost,pay paid,say said,"
                + "spend spent,win won,feel felt,hear heard,rise rose,fall fell,grow grew,draw drew,sell sold,"
                + "cut cut,let let,buy bought,catch caught,understand understood,have had,be was,be were,"
                + "rebuild rebuilt,overhear overheard,undertake undertook,withdraw withdrew,forget forgot").split(",");
        for (String p : pairs) {
            String[] kv = p.split(" ");
            IRREGULAR_PAST.put(kv[1], kv[0]);
        }
    }

    private static final Set<String> ACTION_FORMS = new HashSet<>();
    private static final Set<String> ACTION_BASE_SET = new HashSet<>();

    static {
        for (String base : ACTION_BASES.trim().split("\\s+")) {
            ACTION_BASE_SET.add(base);
            ACTION_FORMS.add(base);
            ACTION_FORMS.addAll(regularPast(base));
        }
        for (var e : IRREGULAR_PAST.entrySet()) {
            if (ACTION_BASE_SET.contains(e.getValue())) {
                ACTION_FORMS.add(e.getKey());
            }
        }
        for (String v : VAGUE) {
            ACTION_FORMS.add(v);
        }
    }

    private static final Set<String> NOT_PAST_ED = Set.of("need", "needed", "speed", "seed", "feed", "indeed", "bed",
            "red", "shed", "hundred", "based", "embed", "proceed", "exceed", "succeed", "breed", "weed", "ted",
            "limited", "detailed", "advanced", "interested", "related", "supervised", "unsupervised", "labelled",
            "labeled", "balanced", "imbalanced", "biased", "skewed", "distributed", "expected", "called", "named",
            "fixed", "varied", "weighted", "learned", "trained", "pretrained", "pre-trained");

    /** "-ed" words read as adjectives ("distributed systems") that are steps after their subject ("I distributed"). */
    private static final Set<String> ADJECTIVE_OR_STEP = Set.of("distributed", "weighted", "labelled", "labeled",
            "balanced", "called", "named", "fixed", "trained", "skewed", "biased", "detailed", "based");

    private Verbs() {
    }

    static boolean isAdjectiveOrStep(String word) {
        return ADJECTIVE_OR_STEP.contains(word);
    }


    private static Set<String> regularPast(String base) {
        Set<String> out = new HashSet<>();
        if (base.endsWith("ize")) {
            out.addAll(regularPast(base.substring(0, base.length() - 3) + "ise")); // British spelling
        }
        if (base.matches(".*[aeiou]l")) {
            out.add(base + "led"); // British doubling: modelled, labelled, levelled
        }
        if (base.endsWith("e")) {
            out.add(base + "d");
        } else if (base.endsWith("y") && base.length() > 2 && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0) {
            out.add(base.substring(0, base.length() - 1) + "ied");
        } else {
            out.add(base + "ed");
            char last = base.charAt(base.length() - 1);
            if ("bdgmnpt".indexOf(last) >= 0) {
                out.add(base + last + "ed");
            }
        }
        out.add(base.endsWith("e") ? base.substring(0, base.length() - 1) + "ing" : base + "ing");
        return out;
    }

    /** "-ed" words that are as often adjectives ("trained model") as verbs; past only right after a subject. */
    static boolean isAmbiguousPast(String word) {
        return NOT_PAST_ED.contains(word) && word.endsWith("ed");
    }

    static boolean isAction(String word) {
        if (word.startsWith("re-")) {
            return isAction(word.substring(3)); // "re-ran", "re-estimated": the step again is a step
        }
        return ACTION_FORMS.contains(word) && !word.endsWith("ing");
    }

    /**
     * A regular past verb outside the lexicon ("ported", "templated"), a step when a subject says it: not a state,
     * a feeling or a change in a number, which tell no step ("I wanted", "I increased revenue").
     */
    static boolean isOpenPast(String word) {
        return isPast(word) && !IRREGULAR_PAST.containsKey(word) && !NOT_A_STEP.contains(word) && !VAGUE.contains(word);
    }

    /** Verbs that report a change in a number: with its amount they claim a result, not a step. */
    static final Set<String> RESULT_VERBS = Set.of("improved", "increased", "reduced", "cut", "boosted", "raised", "lowered",
            "grew", "decreased", "lifted", "halved", "doubled", "improve", "increase", "reduce", "boost");

    private static final Set<String> NOT_A_STEP = Set.of("wanted", "needed", "inherited", "liked", "loved", "hoped", "realised",
            "realized", "noticed", "learned", "learnt", "seemed", "appeared", "remained", "stayed", "enjoyed", "hated",
            "wished", "believed", "assumed", "expected", "happened", "occurred", "failed", "succeeded", "increased",
            "decreased", "reduced", "dropped", "raised", "lowered", "doubled", "halved", "tripled", "saved", "earned",
            "achieved", "exceeded", "reached", "generated", "boosted", "lifted", "shortened", "accelerated", "joined",
            "started", "finished", "ended", "graduated", "returned", "arrived", "agreed", "owned", "ensured", "delivered",
            "received", "supported", "contributed", "participated", "worried", "cared", "preferred", "decided",
            "considered", "wondered", "struggled", "continued", "remembered", "waited", "tended", "missed", "underestimated",
            "overestimated", "misjudged", "overlooked", "promised", "felt", "figured", "guessed", "suspected");

    static boolean isActionBase(String word) {
        return ACTION_BASE_SET.contains(word);
    }

    /** True for past-tense verb forms; "-ed" words are guessed, which is fine for deciding the story's tense. */
    static boolean isPast(String word) {
        if (word.startsWith("re-")) {
            return isPast(word.substring(3));
        }
        if (IRREGULAR_PAST.containsKey(word)) {
            return true;
        }
        return word.length() > 4 && word.endsWith("ed") && !NOT_PAST_ED.contains(word) && !word.contains("-");
    }
}
