package org.mockinterview.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The misconception knowledge base: wrong claims are caught, correct and refuted ones are not. */
class MisconceptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "F1 is just the average of precision and recall, so a model at 0.8 and 0.4 scores 0.6.",
            "L2 adds the absolute values of the weights, so many go to zero. L1 adds the squared weights and shrinks"
                    + " them smoothly.",
            "Once the correlation is above about 0.85 and the sample is large, the link is causal.",
            "Correlation isn't causation in general, but with one that strong over so many shops the chance it's"
                    + " spurious becomes negligible.",
            "The cost-optimal threshold is where precision equals recall, since the two errors then balance.",
            "Precision is TP over TP + FN, the share of actual positives you catch.",
            "Macro-F1 pools every class's counts into one table, so the big classes dominate.",
            "A p-value of 0.02 is the probability that the null hypothesis is true.",
            "With a p value of 0.01 we were 99% sure the new layout was better.",
            "A 95% confidence interval of 10 to 14 days means 95% of parcels arrive between 10 and 14 days.",
            "The vanishing gradient problem happens when the learning rate is too small to move the weights.",
            "Early stopping ends training once the training loss stops improving for a few epochs.",
            "To bootstrap the metric, draw rows without replacement a thousand times.",
            "PCA is a feature selection method that keeps the top original features.",
            "K-nearest neighbours is an unsupervised clustering method.",
            "ROC-AUC is basically the accuracy at a threshold of one half.",
            "Log loss is lenient on confident mistakes, so bold models look good.",
            "A correlation above 0.9 is strong enough to treat as causal.",
            "Type I error is when the test fails to detect a real effect.",
            "High bias is what you get when the model overfits the training set.",
            "With F-beta, a beta below 1 puts more weight on recall.",
            "Bagging mainly reduces bias by fitting each model to the previous model's errors.",
            "Weight decay is a learning-rate schedule that shrinks the step size every epoch.",
            "By the central limit theorem, with enough rows the incomes themselves become normal.",
            "If you double the sample size, the margin of error is cut in half.",
            "A discriminative model learns the joint distribution of inputs and labels.",
            "A random forest grows its trees one after another, each fixing the errors of the last.",
            "CatBoost is one of the popular implementations of random forests.",
            "The 95% confidence interval contains 95% of the data points we measured.",
            "The more data you collect, the wider the confidence interval becomes.",
            "A correlation of 0.7 means that 70% of the variation in bookings is explained by price.",
            "With ten million rows the class imbalance stops mattering for accuracy.",
            "Recall is TP over TP plus FP, the share of flagged cases that are real.",
            "Stochastic gradient descent computes the gradient over the whole training set before each update.",
            "Batch gradient descent updates the weights after every single example, so each step is noisy.",
            "PCA is a feature-selection method that drops the columns with the least variance.",
            "The 95% confidence interval on the mean delivery time means 95% of customers who order will wait"
                    + " between two and three days.",
            "The more orders we measure, the wider the confidence interval gets.",
            "Our simple linear regression on footfall had very high variance from month to month.",
            "Bagging fits its trees in sequence, each one on the rows the last one misclassified.",
            "Boosting grows many shallow trees in parallel on bootstrap samples and averages their votes.",
            "A false negative is when the model predicts positive but the real label is negative.",
            "If the spam filter flags a genuine newsletter, that is a false negative.",
            "After five misses in a row she is due to make the next few, the averages have to even out.",
            "The learning rate is basically the number of epochs the model trains for.",
            "An AUC of 0.5 means the model gets half of its predictions right.",
            "The correlation was about 0.8, so the ad spend explains about 80 percent of the sales.",
            "After a long losing streak on the machine a win is due.",
            "Five heads in a row, so tails is more likely on the next flip.",
            "Early stopping means you stop training once the training loss stops going down.",
            "The learning rate is the number of training examples the network sees before each update.",
            "The p-value is basically the probability that the new dosing schedule doesn't work."})
    void catchesWellKnownWrongClaims(String answer) {
        assertThat(Misconceptions.find(answer.toLowerCase(Locale.ROOT))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "F1 is the harmonic mean of precision and recall, so 0.9 and 0.1 give only 0.18.",
            "L1 adds the absolute values of the weights and can zero some; L2 adds the squared weights.",
            "A correlation above 0.9 is strong, but a third factor could still drive both.",
            "Precision is TP over TP + FP; recall is TP over TP + FN, the share of actual positives caught.",
            "Micro-averaging pools the counts of all classes, while macro takes the plain average of per-class scores.",
            "A p-value is the probability of data at least this extreme if the null hypothesis is true.",
            "A p-value is not the probability that the null hypothesis is true.",
            "A common mistake is to think the p-value is the probability that the effect is real.",
            "A 95% confidence interval is a range for the mean that would cover the true mean in 95% of repeated samples.",
            "Vanishing gradients shrink as they pass back through many sigmoid layers; it is not about the learning rate.",
            "Early stopping watches the validation loss and keeps the weights from the best epoch.",
            "The bootstrap draws rows with replacement, so some rows appear twice.",
            "Type I error is a false alarm and type II error is a miss.",
            "High bias leads to underfitting, while high variance leads to overfitting.",
            "A beta below 1 favours precision, and a beta above 1 favours recall.",
            "L2 shrinks all weights smoothly, while L1 sets some exactly to zero.",
            "Gini impurity is 1 minus the probability that two random draws are of the same class.",
            "Naive Bayes is generative, whereas logistic regression is discriminative.",
            "K-nearest neighbours is a supervised method; k-means is the clustering one.",
            "Doubling the sample size does not halve the margin of error; you need four times as many people.",
            "A random forest grows its trees independently on bootstrap samples, unlike boosting.",
            "A correlation of 0.7 means that about 49% of the variation is shared, r squared.",
            "Batch gradient descent uses the whole training set per update; stochastic gradient descent uses one example.",
            "The more orders we measure, the narrower the interval gets.",
            "Boosting fits trees one after another on the errors so far, while bagging trains them in parallel.",
            "Unlike boosting, bagging does not fit its trees in sequence.",
            "A false negative is a fraud case the model missed; a false positive is a genuine payment it flagged.",
            "Delays were due to the weather, and on-time rates came back to normal in spring.",
            "The learning rate sets the size of each step; the number of epochs is how many passes we make.",
            "An AUC of 0.5 means the model ranks cases no better than chance.",
            "A correlation of 0.9 explains about 81 percent of the variance.",
            "Early stopping stops training when the validation loss stops going down.",
            "Each flip is independent, so after five heads tails is no more likely than before.",
            "The p-value is not the probability that the new dosing schedule doesn't work."})
    void leavesCorrectAndRefutedClaimsAlone(String answer) {
        assertThat(Misconceptions.find(answer.toLowerCase(Locale.ROOT))).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "It means a 4% chance the new onboarding flow is no better than the old one.|What does a p-value of 0.04 tell you?",
            "0.8 means the model classifies 80% of customers correctly.|What does an AUC of 0.8 mean?",
            "It ranks your original features by variance and keeps the top ten, so it's basically feature selection."
                    + "|When would you use PCA?"})
    void claimsAboutTheQuestionsTopicAreCheckedAgainstIt(String answer, String question) {
        assertThat(Misconceptions.find(answer.toLowerCase(Locale.ROOT), question.toLowerCase(Locale.ROOT))).isPresent();
        // the same words in an answer about something else claim nothing wrong
        assertThat(Misconceptions.find(answer.toLowerCase(Locale.ROOT), "tell me about a project.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"F1 is the simple average of precision and recall."})
    void namesTheCorrection(String answer) {
        assertThat(Misconceptions.find(answer.toLowerCase(Locale.ROOT)))
                .hasValueSatisfying(m -> assertThat(m.correction()).contains("harmonic mean"));
    }

    @org.junit.jupiter.api.Test
    void aWrongClaimOnlyInTheExampleLeavesTheDefinitionStanding() {
        AnswerAnalyzer analyzer = new AnswerAnalyzer();
        AnswerAnalysis a = analyzer.analyze(AnalysisRequest.of("Bias is the error from a model too simple for the"
                + " pattern and variance the error from one too sensitive to its sample; as a model gets more flexible,"
                + " bias goes down and variance goes up. For example, our plain linear regression on footfall had very"
                + " high variance, while a deep tree would have had high bias.", "Explain the bias-variance trade-off.",
                org.mockinterview.kernel.Category.ML_FUNDAMENTALS));
        assertThat(a.rubric()).filteredOn(r -> r.criterion().equals("definition_first"))
                .extracting(AnswerAnalysis.RubricItem::met).containsExactly(true);
        assertThat(a.rubric()).filteredOn(r -> r.criterion().equals("concrete_example"))
                .extracting(AnswerAnalysis.RubricItem::met).containsExactly(false);
    }
}
