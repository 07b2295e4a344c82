package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import org.mockinterview.kernel.Words;
import java.util.List;
import java.util.regex.Matcher;

/** definition_first and concrete_example: does the answer open with a precise definition, and illustrate it? */
final class KnowledgeRules {
    private static final GuardedPattern DEFINING_VERB = GuardedPattern.compile("\\b(is|are|'s|refers to|means|describes|measures"
            + "|represents|is defined as|uses|adds|trains|builds|computes|updates|penali[sz]es|combines|averages|fits"
            + "|finds|minimi[sz]es|takes|drives|shrinks|maps|converts|splits|estimates|quantifies|captures|happens"
            + "|lets|allows|assigns|compares|reuses|predicts|separates|removes|stops|learns)\\b");
    private static final GuardedPattern PURPOSE_ONLY = GuardedPattern.compile("^\\W*(?:\\w+\\W+){0,3}?(used (to|for|when|if)"
            // "dropout is what you use when you want to …": a use, no definition
            + "|what (you|we|people|one) (use|need|reach for)\\b"
            + "|(useful|helpful|needed|handy) (when|if)|important|useful"
            + "|helpful|needed|a way to help|helps|used (everywhere|a lot|widely)|popular|powerful|everywhere"
            + "|widely used|common(ly used)?|very (useful|important|popular|powerful))\\b|\\b(that's|that is|which is) used to\\b"
            // a genus whose only difference is a purpose ("a technique that makes SVMs more powerful")
            + "|^\\W*(an? |the )?(\\w+ ){0,2}(technique|method|way|trick|approach|tool|thing)s? (that|which|to|for) (makes?"
            + "|helps?|lets?|allows?|improves?|boosts?|gets?)\\b"
            // padding in a definition's clothes ("this is one of those things that every practitioner runs into")
            + "|^\\W*(one of (those|the)|(a|an|the) (big|key|common|classic|important|fundamental|interesting|tricky|hard"
            + "|great|good) (\\w+ )?(thing|topic|question|concept|problem|issue|idea)s?\\b|something (that|every|we|you|people))");
    private static final GuardedPattern RELATION = GuardedPattern.compile("\\b(tension|trade|balanc\\w*|at the expense|sweet spot"
            + "|the other (goes|rises|increases)|increases the other|reduc\\w+ one|one (goes|rises)|conflict\\w*|compromise"
            + "|inversely|cannot (make|have|minimi[sz]e|get) both|can't (make|have|minimi[sz]e|get) both)\\b"
            + "|\\b(goes|go|gets?|comes?) (down|up)\\b.{0,60}\\b(goes|go|gets?) (up|down)\\b"
            + "|\\b(decreas|reduc|lower)\\w*\\b.{0,60}\\b(increas|rais|higher)\\w*|\\b(increas|rais)\\w*\\b.{0,60}\\b(decreas|reduc|lower)\\w*");
    private static final GuardedPattern TERSE_DEFINITION = GuardedPattern.compile("^[^=:]{2,40}?\\s*(=|:)\\s+");
    private static final GuardedPattern PRONOUN_SUBJECT = GuardedPattern.compile("^\\W*(?:\\w+\\W+){0,3}?((it|this|that)('s|\\s+is|\\s+refers"
            + "|\\s+means|\\s+describes)|(they|these)('re|\\s+are)|the (idea|principle|gist|core idea) is)\\b");

    /** An application the candidate lived through ("when I predicted rents in …"): a specific case (guidelines 3.1). */
    private static final String OWN_EXPERIENCE_REGEX = "\\b(when|once|after) (i|we) (\\w+ed|built|ran|made|found|fit"
            + "|trained|saw|took|had)\\b"
            // the candidate's own workplace told as the case: "in my previous company we used it to …", "at a travel
            // site i worked with, …", "at the bank we saw that …", "in my work in retail, …"
            + "|\\b(in|at) (my|our) (previous |last |current |old |first |former )?(company|job|work|role|team|employer"
            + "|internship|startup|lab|project)\\b|\\b(i|we) (worked|work|was working|were working) (with|at|for|on) (a|an|the"
            + "|our|my)\\b"
            // a setting, then what the candidate did there, in the past: "at a regional dairy we used it to …",
            // "at the bank we saw that …"
            + "|\\b(at|in) (a|an|the|our|my) (\\S+ ){0,3}\\S+,? (i|we) (\\w+ed|saw|found|had|built|ran|tried|made|fit"
            + "|took|got|kept|sent|wrote|set up)\\b";
    private static final String ACQUAINTANCES = "(cousin|friend|brother|sister|neighbou?r|colleague|uncle|aunt|dad|father"
            + "|mom|mum|mother|wife|husband|roommate|flatmate)";
    // "e.g." ends in a full stop, so no word boundary can follow it
    static final GuardedPattern EXAMPLE_CUE = GuardedPattern.compile("^\\W*take\\b|\\be\\.g\\.|\\b(for example|for instance|say|suppose|imagine"
            + "|picture|consider|like a|such as|let's say|think of|in medical|for a"
            + "|(textbook|classic|canonical|typical|standard|concrete|real) (case|example|instance)"
            // someone the candidate knows, told as a case: "like my cousin, he ran marathons before he bought a watch"
            + "|my " + ACQUAINTANCES + ")\\b"
            + "|\\b(in|at|for) an? (\\w+ ){0,2}(app|shop|store|retailer|bank|hospital|clinic|platform|marketplace|company"
            + "|startup|insurer|airline|website|game)\\b"
            + "|" + OWN_EXPERIENCE_REGEX);
    private static final GuardedPattern OWN_EXPERIENCE = GuardedPattern.compile(OWN_EXPERIENCE_REGEX);
    /** Someone the candidate knows, told as a case ("like my cousin, he ran marathons for years before …"). */
    private static final GuardedPattern ACQUAINTANCE = GuardedPattern.compile("\\bmy " + ACQUAINTANCES + ",? (he|she|who|was|had|used)\\b");
    static final GuardedPattern NAMED_INSTANCE = GuardedPattern.compile("\\b(boston housing|mnist|imagenet|iris|titanic|cifar|movielens"
            + "|netflix|amazon|spotify|uber|google|linear regression|logistic regression|random forests?|xgboost|adaboost"
            + "|lightgbm|k-nearest|nearest neighbou?rs?|knn|k-nn|mlps?|multi-layer perceptrons?|decision trees?|naive bayes|svms?|lstm|cnn|bert|gpt|resnet"
            + "|neural nets?|word2vec|glove|fasttext|roberta|t5|llama|clip|vgg|alexnet|yolo|u-net|autoencoders?|vae|gans?"
            + "|prophet|arima|sarima|catboost|k-means|dbscan|gaussian mixtures?|hidden markov|perceptrons?|transformers?"
            + "|wikipedia|common crawl|imdb|coco|squad|criteo|kaggle|fashion-mnist)\\b");
    static final GuardedPattern DOMAIN = GuardedPattern.compile("\\b(house|houses|housing|home prices|prices?|fraud|spam|e-?mails?"
            + "|churn\\w*|customers?|patients?|disease|sick|drug|trial|tumou?r|biopsy|cancer|ice cream|drowning|summer"
            + "|temperature|weather|coins?|dice|die|cards?|loans?|credit|transactions?|delivery|(?<!in )orders?|warehouse|shelves"
            + "|inventory|students?|exams?|movies?|clicks?|ads?|sales|conversion|doctors?|court|fingerprints?|insurance"
            + "|claims?|height|weight|income|salary|salaries|users?|shoppers?|stores?|songs?|weather|traffic|listings?"
            + "|square footage|rooms?|purchases?|chargebacks?|offers?|retention|table|columns|employees|voters?|crimes?"
            + "|fire|firefighters|shark|sunscreen|hospital)\\b");
    private static final GuardedPattern MONEY = GuardedPattern.compile(Cues.MONEY_SIGN + "|\\b(\\d[\\d,.]*\\s?(k|m)?|(" + Cues.NUMBER_WORD
            + "|hundred|thousand|million)(-| )?(hundred|thousand|million)?)[- ]?(dollars?|euros?|pounds?|usd|eur|gbp|"
            + Cues.CURRENCY_WORDS + ")\\b");
    private static final GuardedPattern NUMBER = GuardedPattern.compile("\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten"
            + "|hundred|thousand|million)\\b");

    private KnowledgeRules() {
    }

    /** The sentence giving a precise definition within the first two content sentences, or null. */
    static Segment definitionFirst(ParsedAnswer a, Concept concept, List<Segment> content) {
        Segment definition = definingSentence(a, concept, content);
        // a wrong claim before the definition ends makes it wrong; one only in a later example leaves it standing
        return definition != null && Misconceptions.present(a) && Misconceptions.claimStart(a) < definition.end()
                ? null : definition;
    }

    private static Segment definingSentence(ParsedAnswer a, Concept concept, List<Segment> content) {
        if (content.isEmpty()) {
            return null;
        }
        List<Segment> firstTwo = content.subList(0, Math.min(2, content.size()));
        if (!concept.items().isEmpty()) {
            // a comparison of three or more cannot pin all down in two sentences: one precise definition opens it
            for (int i = 0; i < firstTwo.size(); i++) {
                for (String item : concept.items()) {
                    if (defines(firstTwo.get(i).lower(), Concept.single(item), i == 0)) {
                        return firstTwo.get(i);
                    }
                }
            }
            return null;
        }
        if (concept.comparison()) {
            String joined = firstTwo.get(0).lower() + " " + (firstTwo.size() > 1 ? firstTwo.get(1).lower() : "");
            boolean both = mentions(joined, concept.sideA().get(0)) && mentions(joined, concept.sideB().get(0));
            return both && DEFINING_VERB.matcher(joined).find() && wordCount(joined) >= 12 ? firstTwo.get(0) : null;
        }
        for (int i = 0; i < firstTwo.size(); i++) {
            Segment s = firstTwo.get(i);
            if (concept.tradeoff()) {
                if (RELATION.matcher(s.lower()).find() && mentionsAny(s.lower(), concept)) {
                    return s;
                }
                continue;
            }
            // "Dropout is a trick we all lean on. Formally, it means …": the second sentence's "it" is
            // the concept the first one named
            boolean pronoun = i == 0 || mentionsAny(firstTwo.get(0).lower(), concept);
            if (defines(s.lower(), concept, pronoun)) {
                return s;
            }
        }
        return null;
    }

    private static boolean defines(String l, Concept concept, boolean pronounAllowed) {
        // terse notes define with a sign ("target leakage = a feature that …", "early stopping: stop training once …")
        Matcher sign = TERSE_DEFINITION.matcher(l);
        if (sign.find() && subjectMatches(l.substring(0, sign.start(1)), concept)) {
            String body = l.substring(sign.end());
            return !PURPOSE_ONLY.matcher(body).find() && wordCount(body) >= 6;
        }
        Matcher v = DEFINING_VERB.matcher(l);
        while (v.find()) {
            String subject = l.substring(0, v.start());
            String body = l.substring(v.end());
            boolean aboutConcept = subjectMatches(subject, concept)
                    || pronounAllowed && PRONOUN_SUBJECT.matcher(l).find() && v.start() < 40;
            if (!aboutConcept) {
                continue;
            }
            if (PURPOSE_ONLY.matcher(body).find() || wordCount(body) < 6) {
                return false;
            }
            return true;
        }
        return false;
    }

    private static boolean subjectMatches(String subject, Concept concept) {
        if (concept.terms().isEmpty() || wordCount(subject) > 12) {
            return false;
        }
        int hits = 0;
        for (String t : concept.terms()) {
            if (mentions(subject, t)) {
                hits++;
            }
        }
        // the head term alone names the concept ("k-means" for "k-means clustering"); longer names need half
        return hits >= 1 && mentions(subject, concept.terms().get(0)) || hits * 2 >= concept.terms().size() && hits >= 2;
    }

    private static boolean mentionsAny(String l, Concept concept) {
        for (String t : concept.terms()) {
            if (mentions(l, t)) {
                return true;
            }
        }
        return concept.terms().isEmpty();
    }

    static boolean mentions(String l, String flatTerm) {
        for (String w : Words.of(l)) {
            String f = Concept.flat(w);
            if (f.equals(flatTerm) || f.startsWith(flatTerm) && f.length() - flatTerm.length() <= 2
                    || flatTerm.contains(f) && f.length() >= 4 && flatTerm.startsWith(f)) {
                return true;
            }
        }
        return false;
    }

    /** A sentence with a specific instance (named model/dataset, particular scenario, or worked numbers), or null. */
    static Segment concreteExample(ParsedAnswer a, List<Segment> content) {
        if (Misconceptions.present(a)) {
            return null; // examples tied to a factual error do not count
        }
        boolean pricedTwice = MONEY.matcher(a.lower()).results().count() >= 2;
        for (Segment s : content) {
            String l = s.lower();
            boolean cued = EXAMPLE_CUE.matcher(l).find() || NUMBER.matcher(l).find();
            // a named model inside the opening definition is a part of it ("averages many decision trees"), not an
            // instance of the concept (guidelines 3.3)
            boolean definitionPart = s == content.get(0) && !cued;
            // "such as" in the opening sentence lists kinds inside the definition; later it names instances
            if (newMatch(NAMED_INSTANCE, l, a.questionLower()) && !(l.contains("such as") && s == content.get(0))
                    && !definitionPart) {
                return s;
            }
            if (WorkedCases.formula(s.text())) {
                // a formula and its constants ("x̄ ± 1.96·σ/√n", "fix α = 0.05") state the rule; numbers plugged in
                // to an outcome ("you need about 400 per arm") are a worked case (3.3, 3.1c)
                if (WorkedCases.formulaWorkedOut(l)) {
                    return s;
                }
                continue;
            }
            boolean domain = newMatch(DOMAIN, l, a.questionLower());
            boolean particular = EXAMPLE_CUE.matcher(l).find() || NUMBER.matcher(l).find()
                    || newMatch(NAMED_INSTANCE, l, a.questionLower());
            if (domain && (particular || distinct(DOMAIN, l) >= 3)) {
                return s;
            }
            // a model's settings ("6 or 8 heads and 32 dimensions per head") are values, not a worked case (3.3)
            int quantities = Quantities.countBeyondSettings(l);
            if (EXAMPLE_CUE.matcher(l).find() && quantities >= 2
                    || (OWN_EXPERIENCE.matcher(l).find() || ACQUAINTANCE.matcher(l).find()) && s.wordCount() >= 12) {
                return s;
            }
            if (quantities >= 2 && l.matches(".*(%|=|\\bout of\\b|\\bin \\d|\\bper\\b|\\$).*")
                    && !Jargon.hasSymbols(s.text())) {
                return s;
            }
            // two sums of money priced into the answer ("a missed claim costs ~$8k, a review ~$150", "about five
            // thousand pounds written off … maybe three hundred pounds") are particulars, whatever carries them
            if (pricedTwice && MONEY.matcher(l).find()) {
                return s;
            }
            // numbers worked through to a result ("0.9 × 0.01 = 0.009"), in whatever notation (guidelines 3.1c)
            if (WorkedCases.worked(l)) {
                return s;
            }
        }
        return null;
    }

    private static int distinct(GuardedPattern p, String l) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        Matcher m = p.matcher(l);
        while (m.find()) {
            seen.add(m.group());
        }
        return seen.size();
    }

    private static boolean newMatch(GuardedPattern p, String l, String question) {
        Matcher m = p.matcher(l);
        while (m.find()) {
            if (!question.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    static int wordCount(String l) {
        return Words.of(l).size();
    }
}
