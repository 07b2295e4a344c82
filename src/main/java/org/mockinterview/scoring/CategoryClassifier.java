package org.mockinterview.scoring;

import org.mockinterview.kernel.Category;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Infers a question's category from weighted cue words; ties and silence fall back to ml_fundamentals. */
final class CategoryClassifier {
    private static final Map<Category, Pattern[]> CUES = new EnumMap<>(Category.class);

    static {
        CUES.put(Category.BEHAVIORAL, new Pattern[]{
                Pattern.compile("\\b(tell me about a time|describe a (time|situation)|give (me )?an example of a time"
                        + "|a time (when|where|you)|do you recall|walk me through a (project|time)|biggest (accomplishment|achievement|failure)"
                        + "|greatest (strength|weakness|achievement)|made a mistake|disagreed|conflict|pushed back|lead without authority"
                        + "|stakeholders?|influenced|your (manager|team|colleague|career)|how do you (handle|deal|work|communicate|explain|prioriti[sz]e)"
                        + "|how would you communicate|situation (when|where)|non-technical stakeholders?"
                        // the candidate's own record: "the achievement you are proudest of in your last role"
                        + "|proud(est)?|(achievement|accomplishment)s?|your (last|previous|current|first) (role|job|position))\\b"),
                Pattern.compile("\\b(you|your) (had|have had|were|did|handled|led|worked|learned|solved|stopped|put|built"
                        + "|shipped|owned|faced|made|delivered)\\b|\\btell me (when|how you|about (a|an|your|the last) (\\S+ )?"
                        + "(time|project|model|situation|challenge|failure|mistake|conflict|experience|decision))\\b"
                        + "|\\bdescribe a (\\S+ ){0,3}(problem|failure|challenge|project|conflict|situation|time|mistake"
                        + "|decision) you\\b")});
        CUES.put(Category.APPLIED_CASE_STUDY, new Pattern[]{
                Pattern.compile("\\b(design|build|approach this|how (would|will) you (approach|proceed|build|design|debug|tackle|go about|set up)"
                        + "|imagine you('re| are)? working|company (wants|is)|struggling with|what do you do|from data collection"
                        + "|to production|in production|productioni[sz]e|deploy\\w*|system for|end-to-end|debug\\w*|pipeline"
                        + "|how will you proceed|limited labeled|few labels|no labels|recommendation (system|engine)|attrition|churn)\\b")});
        CUES.put(Category.MODEL_EVALUATION, new Pattern[]{
                Pattern.compile("\\b(precision|recall|f1|f-score|auc|au roc|au pr|roc|pr curve|validat\\w*|cross-validation"
                        + "|evaluat\\w*|metrics?|rmse|mae|mape|false positives?|false negatives?|threshold|test set|train, validation"
                        + "|split our data|confusion matrix|log loss|accuracy|overfitting once|calibrat\\w*)\\b")});
        CUES.put(Category.STATISTICS_PROBABILITY, new Pattern[]{
                Pattern.compile("\\b(p-values?|p values?|confidence intervals?|hypothes\\w+|probability|probabilities|expected (number|value)"
                        + "|dice?|coins?|bayes\\w*|distributions?|sample size|how many users|a/b tests?|correlat\\w+|causation|causal"
                        + "|central limit|clt|type i+|type (one|two)|statistical(ly)?|significan\\w+|variance of|mean and median|class imbalance"
                        + "|imbalanced|power analysis|random variables?|odds|likelihood)\\b")});
        CUES.put(Category.ML_FUNDAMENTALS, new Pattern[]{
                Pattern.compile("\\b(bias-variance|bias variance|regulari[sz]ation|l1|l2|gradient|one-hot|overfitting|underfitting"
                        + "|activation|sigmoid|relu|bagging|boosting|random forest|decision trees?|neural networks?|curse of dimensionality"
                        + "|pca|k-means|kernel|svm|backpropagation|embeddings?|dropout|learning rate|ensemble|feature scaling"
                        + "|normali[sz]ation|linear regression|logistic regression|naive bayes|knn|transformer)\\b")});
    }

    private static final Map<Category, Double> WEIGHT = Map.of(Category.BEHAVIORAL, 1.6,
            Category.APPLIED_CASE_STUDY, 1.2, Category.MODEL_EVALUATION, 1.3, Category.STATISTICS_PROBABILITY, 1.15,
            Category.ML_FUNDAMENTALS, 1.0);

    private CategoryClassifier() {
    }

    static Category classify(String question) {
        if (question == null || question.isBlank()) {
            return Category.BEHAVIORAL;
        }
        String q = Segment.normalise(question);
        Category best = Category.ML_FUNDAMENTALS;
        double bestScore = 0;
        for (Category c : new Category[]{Category.BEHAVIORAL, Category.APPLIED_CASE_STUDY,
                Category.STATISTICS_PROBABILITY, Category.MODEL_EVALUATION, Category.ML_FUNDAMENTALS}) {
            double score = 0;
            for (Pattern p : CUES.get(c)) {
                Matcher m = p.matcher(q);
                while (m.find()) {
                    score += WEIGHT.get(c);
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }
}
