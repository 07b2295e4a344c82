package org.mockinterview.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Deterministic theme classifier for a behavioral story, from its own text: each theme has strong cues (worth 2)
 * and weak cues (worth 1), and a story takes every theme whose cues reach 2. A story may have several themes or none.
 * The five themes are the ones the preparation guide asks a story bank to cover.
 */
public final class StoryThemes {

    public static final String TECHNICAL_DISAGREEMENT = "technical_disagreement";
    public static final String FAILED_MODEL = "failed_model";
    public static final String MESSY_DATA = "messy_data";
    public static final String STAKEHOLDER_COMMUNICATION = "stakeholder_communication";
    public static final String ACCURACY_VS_INTERPRETABILITY = "accuracy_vs_interpretability";

    /** Every theme, in the order coverage lists them. */
    public static final List<String> ALL = List.of(TECHNICAL_DISAGREEMENT, FAILED_MODEL, MESSY_DATA,
            STAKEHOLDER_COMMUNICATION, ACCURACY_VS_INTERPRETABILITY);

    /** The question bank names the stakeholder theme after its audience; both mean the same story. */
    private static final Map<String, String> BANK_ALIASES = Map.of("non_technical_stakeholder",
            STAKEHOLDER_COMMUNICATION);

    private static final int THRESHOLD = 2;

    private record Rule(String theme, Pattern strong, Pattern weak) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(TECHNICAL_DISAGREEMENT, cues("disagree\\w*|pushed back|push back|pushback|argued (for|against)"
                    + "|debat\\w+|conflict(ed|ing)? (with|about|over)|objected|didn'?t agree|did not agree"
                    + "|(challenged|questioned) (the|his|her|their|my|our) (approach|design|decision|choice|plan)"
                    + "|(different|competing|opposing) (view|opinion|approach|proposal)s?|insisted on"),
                    cues("convinc\\w+|compromise|alternative|counter-?proposal|tech lead|architect|senior engineer"
                            + "|resolved|side by side|head-to-head|bake-?off|proposal")),
            new Rule(FAILED_MODEL, cues("(model|forecast|classifier|recommender|system) (failed|underperformed"
                    + "|degraded|broke|did not work|didn'?t work|was wrong|missed)|post-?mortem|rolled (it )?back"
                    + "|roll(ed)?-?back|(concept|data|model) drift|drifted|overfit\\w*|leak(age|ed)"
                    + "|no (measurable )?(lift|impact|effect)|worse than (the )?(baseline|old|existing|heuristic)"
                    + "|(my|our|the) (mistake|failure)|failed (in|after|to)|performance (dropped|degraded|fell)"
                    + "|(precision|recall|accuracy|auc) (dropped|collapsed|fell|degraded)"),
                    cues("in production|a/b test|baseline|went live|offline (results|metrics)|misleading|retrain\\w*"
                            + "|monitoring|lesson|learned|wrong")),
            new Rule(MESSY_DATA, cues("messy|missing values|duplicat\\w+|dedup\\w*|data quality|dirty|inconsistent"
                    + "|mislabel+ed|noisy labels?|(clean(ing|ed)?|cleanse\\w*) (the |up the )?data|data cleaning"
                    + "|outliers|schema (change|drift)|corrupt\\w*|unreliable|malformed|nulls?\\b|garbage"
                    + "|(labels|records|timestamps|fields|ids) (were|was) (wrong|missing|broken|inconsistent)"
                    + "|did not match|didn'?t match|mismatch\\w*|free-text|typos|no labels"),
                    cues("pipeline|joins?\\b|logging|timestamps?|upstream|source systems?|spreadsheets?|csv|impute\\w*"
                            + "|validation checks|data contract|sensor|raw data|labels?\\b")),
            new Rule(STAKEHOLDER_COMMUNICATION, cues("stakeholders?|non-?technical|executives?|leadership|vp\\b|"
                    + "product managers?|business (team|partners?|owners?|users|side|leaders?)"
                    + "|(explain\\w*|present\\w*|walk\\w* (them|him|her) through|translat\\w+) (\\S+ ){0,4}to (the )?"
                    + "(business|board|managers?|leaders|clients?|customers|team|them|him|her|executives|sales|marketing"
                    + "|operations|finance|clinicians|doctors|nurses|underwriters|product)"
                    + "|expectations?|plain (language|english)|jargon"
                    + "|(marketing|sales|operations|finance|legal|support|clinical|merchandising) (team|lead|director"
                    + "|manager)s?|clients?|customers? (asked|wanted|expected)"),
                    cues("meeting|slides?|deck|email|updates?|trust|audience|demo|workshop|one-pager|dashboard"
                            + "|buy-?in|agreed|decision makers?")),
            new Rule(ACCURACY_VS_INTERPRETABILITY, cues("interpretab\\w+|explainab\\w+|\\bshap\\b|\\blime\\b"
                    + "|black[- ]box|transparen\\w+|simpler (model|approach)|(more )?interpretable|reason codes"
                    + "|regulat\\w+|auditors?|compliance|feature importances?|(accuracy|performance) (vs\\.?|versus|over"
                    + "|against|for) (interpretability|explainability|simplicity|transparency)"
                    + "|explain (its |the model'?s |individual )?(decisions|predictions|scores)|scorecard"),
                    cues("accuracy|auc|trade-?off|complex\\w*|deep (learning|network|model)|neural|gradient boost\\w*"
                            + "|xgboost|logistic regression|decision tree|coefficients?|why the model")));

    private StoryThemes() {
    }

    /** The story's themes, in {@link #ALL} order. */
    public static List<String> classify(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> out = new ArrayList<>();
        for (Rule r : RULES) {
            int weight = 2 * count(r.strong(), t) + Math.min(1, count(r.weak(), t));
            if (weight >= THRESHOLD) {
                out.add(r.theme());
            }
        }
        return List.copyOf(out);
    }

    /** A bank question's themes in this package's names, keeping only the five a story bank covers. */
    public static List<String> fromBank(List<String> bankThemes) {
        List<String> out = new ArrayList<>();
        for (String theme : bankThemes == null ? List.<String>of() : bankThemes) {
            String name = BANK_ALIASES.getOrDefault(theme, theme);
            if (ALL.contains(name) && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static Pattern cues(String alternatives) {
        return Pattern.compile("\\b(" + alternatives + ")");
    }

    private static int count(Pattern p, String text) {
        var m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
