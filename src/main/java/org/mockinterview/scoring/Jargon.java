package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** Technical vocabulary that would lose a non-technical listener, and the formula symbols that do the same. */
final class Jargon {
    static final GuardedPattern TERMS = GuardedPattern.compile("\\b(null hypothesis|alternative hypothesis|h0|h1|significance level"
            + "|statistical power|power analysis|test statistic|i\\.i\\.d\\.?|iid|variance|standard deviation|standard error"
            + "|(normal|gaussian|sampling|posterior|prior|binomial|poisson) distribution|distribution|confidence interval"
            + "|effect size|z-test|t-test|z-score|chi-square|prior|posterior|likelihood|sensitivity|specificity|confounders?"
            + "|reverse causality|mde|minimum detectable effect|cuped|dag|colliders?|instrumental variables?|false positives?"
            + "|false negatives?|type i+ error|p-values?|heteroscedasticity|multicollinearity|autocorrelation|stationarity"
            + "|regularization|hyperparameters?|gradient|backpropagation|auc|roc|f1|precision-recall|logit|log-odds"
            + "|eigen\\w*|covariance|kurtosis|skewness|bootstrap\\w*|bayesian|frequentist|maximum likelihood|mle"
            + "|asymptotic\\w*|estimator|unbiased|homoscedastic\\w*|degrees of freedom|shap|embeddings?|xgboost"
            + "|isotonic regression|calibrat\\w+|ablation|quantile|stratif\\w+|imputation|p-hacking|alpha|beta"
            // causal-inference and regression vocabulary
            + "|coefficients?|(logistic|linear|multiple|poisson) regression|propensity scores?|odds ratios?|hazard ratios?"
            + "|omitted[- ]variable bias|endogene\\w+|back-?door( path)?|front-?door|d-separation|partial correlations?"
            + "|residual confounding|e-values?|covariates?|counterfactuals?|estimands?|identifiab\\w+|randomi[sz]ation"
            + "|difference-in-differences|fixed effects|interaction terms?|statistically significant|significance"
            + "|heterogene\\w+|marginal distribution|conditional (probability|independence|expectation)"
            + "|ols|2sls|regressors?|error terms?|simultaneity|identification strateg\\w+|point estimates?"
            + "|natural experiments?|exogen\\w+)\\b");
    static final GuardedPattern SYMBOLS = GuardedPattern.compile("[α-ωΑ-Ω∑Σ√≥≤≈∫∂²³₀-₉ⁿ|^→←↔⊥]|\\b[a-z]\\([a-z]|\\b\\w+_\\w+|\\w\\s?=\\s?\\w");
    private static final GuardedPattern GLOSS = GuardedPattern.compile("\\s*(\\(|,? (i\\.e\\.|meaning|which means|that is|or in other words)|\\s?[—–-]\\s(the|a|an|i\\.e\\.|that|meaning|which|when|where|you|it|how)\\b)");

    private Jargon() {
    }

    static List<String> terms(String lower) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = TERMS.matcher(lower);
        while (m.find()) {
            out.add(m.group());
        }
        return new ArrayList<>(out);
    }

    /** Terms used without a gloss anywhere in the answer (a parenthesis, dash or "i.e." right after, or a gloss before). */
    static List<String> unexplained(String sentenceLower, String answerLower, Set<String> exempt) {
        List<String> out = new ArrayList<>();
        Matcher m = TERMS.matcher(sentenceLower);
        while (m.find()) {
            String term = m.group();
            if (exempt.contains(term) || isGlossed(term, answerLower)) {
                continue;
            }
            out.add(term);
        }
        return out;
    }

    private static boolean isGlossed(String term, String answerLower) {
        int from = 0;
        while (true) {
            int at = answerLower.indexOf(term, from);
            if (at < 0) {
                return false;
            }
            String after = answerLower.substring(at + term.length(), Math.min(answerLower.length(), at + term.length() + 30));
            if (GLOSS.matcher(after).lookingAt()) {
                return true;
            }
            // "…a third variable (confounder)" or "(known as confounders)": the plain words came first.
            int open = answerLower.lastIndexOf('(', at);
            if (open >= 0 && at - open < 12 && answerLower.indexOf(')', open) > at) {
                return true;
            }
            if (after.startsWith(" is when") || after.startsWith(" means") || after.startsWith(" is the chance")) {
                return true;
            }
            from = at + term.length();
        }
    }

    static boolean hasSymbols(String text) {
        return SYMBOLS.matcher(text).find();
    }
}
