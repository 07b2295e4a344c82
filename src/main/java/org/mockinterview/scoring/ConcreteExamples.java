package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import java.util.List;
import java.util.regex.Matcher;

/** concrete_example: the sentence that illustrates the answer with a specific instance, a scenario or worked numbers. */
final class ConcreteExamples {
    private static final String OWN_EXPERIENCE_REGEX = "\\b(when|once|after) (i|we) (\\w+ed|built|ran|made|found|fit"
            + "|trained|saw|took|had)\\b"
            // the candidate's own workplace told as the case: "in my previous company we used it to …", "at a travel
            // site i worked with, …", "at the bank we saw that …", "in my work in retail, …"
            + "|\\b(in|at) (my|our) (previous |last |current |old |first |former )?(company|job|work|role|team|employer"
            + "|internship|startup|lab|project)\\b|\\b(in|on) the (\\S+ ){1,3}project,? (i|we)\\b"
            + "|\\b(i|we) (worked|work|was working|were working) (with|at|for|on) (a|an|the"
            + "|our|my)\\b"
            // a setting, then what the candidate did there, in the past: "at a regional dairy we used it to …",
            // "at the bank we saw that …"
            + "|\\b(at|in) (a|an|the|our|my) (\\S+ ){0,3}\\S+,? (i|we) (\\w+ed|saw|found|had|built|ran|tried|made|fit"
            + "|took|got|kept|sent|wrote|set up)\\b";
    private static final String ACQUAINTANCES = "(cousin|friend|brother|sister|neighbou?r|colleague|uncle|aunt|dad|father"
            + "|mom|mum|mother|wife|husband|roommate|flatmate)";
    // "e.g." ends in a full stop, so no word boundary can follow it
    private static final GuardedPattern EXAMPLE_CUE = GuardedPattern.compile("^\\W*take\\b|\\be\\.g\\.|\\b(for example|for instance|say|suppose|imagine"
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
    private static final GuardedPattern NAMED_INSTANCE = GuardedPattern.compile("\\b(boston housing|mnist|imagenet|iris|titanic|cifar|movielens"
            + "|netflix|amazon|spotify|uber|google|linear regression|logistic regression|random forests?|xgboost|adaboost"
            + "|lightgbm|k-nearest|nearest neighbou?rs?|knn|k-nn|mlps?|multi-layer perceptrons?|decision trees?|naive bayes|svms?|lstm|cnn|bert|gpt|resnet"
            + "|neural nets?|word2vec|glove|fasttext|roberta|t5|llama|clip|vgg|alexnet|yolo|u-net|autoencoders?|vae|gans?"
            + "|prophet|arima|sarima|catboost|k-means|dbscan|gaussian mixtures?|hidden markov|perceptrons?|transformers?"
            + "|wikipedia|common crawl|imdb|coco|squad|criteo|kaggle|fashion-mnist)\\b");
    private static final GuardedPattern DOMAIN = GuardedPattern.compile("\\b(house|houses|housing|home prices|prices?|fraud|spam|e-?mails?"
            + "|churn\\w*|customers?|patients?|disease|sick|drug|trial|tumou?r|biopsy|cancer|ice cream|drowning|summer"
            + "|temperature|weather|coins?|dice|die|cards?|loans?|credit|transactions?|delivery|(?<!in )orders?|warehouse|shelves"
            + "|inventory|students?|exams?|movies?|clicks?|ads?|sales|conversion|doctors?|court|fingerprints?|insurance"
            + "|claims?|height|weight|income|salary|salaries|users?|shoppers?|stores?|songs?|weather|traffic|listings?"
            + "|square footage|rooms?|purchases?|chargebacks?|offers?|retention|table|columns|employees|voters?|crimes?"
            + "|fire|firefighters|shark|sunscreen|hospital)\\b");
    private static final GuardedPattern MONEY = GuardedPattern.compile(Cues.MONEY_SIGN + "|\\b(\\d[\\d,.]*\\s?(k|m)?|(" + Cues.NUMBER_WORD
            + "|hundred|thousand|million)(-| )?(hundred|thousand|million)?)[- ]?(dollars?|euros?|pounds?|usd|eur|gbp|"
            + Cues.CURRENCY_WORDS + ")\\b");
    private static final GuardedPattern OWN_RUN = GuardedPattern.compile("\\b(?:i|we) (?:\\w+ )?(?:trained|tested|fitted|fit"
            + "|ran|built|deployed|measured|compared|backtested|back-tested|validated)\\b");
    /** The speaker's own past step: a verb in -ed, though not "need", "feed" or "agreed". */
    private static final GuardedPattern OWN_PAST = GuardedPattern.compile("\\b(i|we) (\\w+[^e\\W]ed|built|ran|made|found|took"
            + "|saw|got|wrote|set up)\\b");
    private static final GuardedPattern NUMBER = GuardedPattern.compile("\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten"
            + "|hundred|thousand|million)\\b");

    private ConcreteExamples() {
    }

    /** A sentence with a specific instance (named model/dataset, particular scenario, or worked numbers), or null. */
    static Segment find(ParsedAnswer a, List<Segment> content) {
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
            // "for example, in the clinic where I interned, I clustered owners by …": an instance of the speaker's own
            if (EXAMPLE_CUE.matcher(l).find() && (quantities >= 2 || OWN_PAST.matcher(l).find() && s.wordCount() >= 12)
                    || (OWN_EXPERIENCE.matcher(l).find() || ACQUAINTANCE.matcher(l).find()) && s.wordCount() >= 12) {
                return s;
            }
            if (quantities >= 2 && l.matches(".*(%|=|\\bout of\\b|\\bin \\d|\\bper\\b|\\bper ?cent\\b|\\$).*")
                    && !Jargon.hasSymbols(s.text())) {
                return s;
            }
            // two sums of money priced into the answer ("a missed claim costs ~$8k, a review ~$150", "about five
            // thousand pounds written off … maybe three hundred pounds") are particulars, whatever carries them
            boolean money = MONEY.matcher(l).find();
            if (pricedTwice && money) {
                return s;
            }
            // numbers worked through to a result ("0.9 × 0.01 = 0.009"), in whatever notation (guidelines 3.1c)
            if (WorkedCases.worked(l)) {
                return s;
            }
            // the candidate's own run told with its numbers ("on four years of ferry bookings, I trained on 2019-2021
            // and tested on 2022"), or an error priced in money ("a false alarm sends a crew out, about £900"):
            // particulars the question did not give (3.4)
            if (OWN_RUN.matcher(l).find() && NUMBER.matcher(l).find() && s.wordCount() >= 10
                    || money && EvaluationRules.namesErrorType(l)) {
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
}
