package org.mockinterview.scoring;

import org.mockinterview.scoring.Misconceptions.Misconception;

import java.util.List;
import org.mockinterview.kernel.GuardedPattern;

/**
 * The catalogue {@link Misconceptions} scans: each well-known wrong claim of ML and statistics, the words every form
 * of it holds (its gate) and its correction, written from textbook knowledge.
 */
final class KnownMisconceptions {
    /** Inside one sentence: any character but a full stop, except the point of a decimal number. */
    private static final String W = "(?:[^.!?]|\\.(?=\\d))";
    static final List<Misconception> ALL = List.of(
            known("uphill|maximum|peak|top of|adding the gradient|direction of the gradient", "Gradient descent steps against the gradient, downhill on the loss.",
                    "\\b(moves?|step\\w*|go\\w*) uphill\\b|\\btowards? (the|a) (maximum|peak|top) of (the|its) (loss|error|cost)"
                            + "|\\badding the gradient\\b|\\bin the direction of the gradient\\b(?! descent)"),
            known("type (one|two|i|ii|1|2)\\b", "A type I error is a false positive (a false alarm); a type II error is a false negative (a miss).",
                    near("\\btype (one|i|1)\\b", 60, "\\b(miss|fails? to detect|false negative)", "type")
                            + "|" + near("\\btype (two|ii|2)\\b", 60, "\\b(false alarm|false positive|say the \\w+ works)", "type")),
            known("\\bl1\\b|\\bl2\\b|ridge|lasso", "L1 penalises absolute weights and can set them exactly to zero; L2 penalises squared weights, is smooth"
                            + " everywhere and shrinks without zeroing.",
                    "\\bl1\\b" + W + "{0,50}\\bsquare[ds]?\\b" + W + "{0,60}\\bl2\\b" + W + "{0,50}\\babsolute"
                            + "|\\bl2\\b" + W + "{0,50}\\babsolute\\b[\\s\\S]{0,160}?\\bl1\\b" + W + "{0,50}\\bsquared?\\b"
                            + "|\\bl1\\b" + W + "{0,40}\\b(assigned|assigns) a 1 or 0"
                            + "|" + near("\\b(l2|ridge)\\b", 30, "\\b(is )?(not|non-?)differentiable", "l1|lasso")
                            + "|" + near("\\b(l2|ridge)\\b", 40, "\\b(sets?|pushes|drives|forces) (\\w+ ){0,3}exactly (to )?zero", "l1|lasso")),
            known("bias|variance", "High bias means too simple (underfitting); high variance means too flexible (overfitting).",
                    near("\\bhigh bias\\b", 40, "\\boverfit", "variance|underfit")
                            + "|" + near("\\bhigh variance\\b", 40, "\\bunderfit", "bias|overfit")
                            + "|" + near("\\bdeep(er)? trees?\\b", 40, "\\bhigh bias", "variance")
                            + "|\\bbias (is|means) (when )?(the model is )?(too complex|memori[sz]|overfit)"
                            + "|\\bvariance (is|means) (when )?(the model is )?(too simple|underfit)"
                            + "|" + near("\\b(straight line|linear model|linear regression|simple model)\\b", 50, "\\bhigh variance",
                                    "bias")
                            + "|" + near("\\b(complex|flexible|high-degree|degree-\\d\\d) (\\w+ )?(model|polynomial)\\b", 20, "\\bhigh bias",
                                    "variance")),
            known("true positive rate", "An ROC curve plots the true positive rate over the false positive rate, not the true negative rate.",
                    "\\btrue positive rate (vs\\.?|versus|against|and) (the )?true negative rate"),
            known("precision|recall", "Precision is TP / (TP + FP), the share of flagged cases that are real; recall is TP / (TP + FN), the"
                            + " share of real cases that are caught.",
                    near("\\bprecision\\b", 40, "(tp (/|over|divided by) \\(?tp ?(\\+|plus) ?fn|of (all )?the (actual|real) positives"
                            + "|true positives (over|divided by) (true positives )?plus false negatives)", "recall")
                            + "|" + near("\\brecall\\b", 40, "(tp (/|over|divided by) \\(?tp ?(\\+|plus) ?fp"
                            + "|true positives (over|divided by) (true positives )?plus false positives)", "precision")),
            known("\\bf1\\b", "F1 is the harmonic mean of precision and recall, so it stays low when either one is low.",
                    "\\bf1\\b(?!" + W + "{0,60}harmonic)" + W + "{0,40}\\b(arithmetic (mean|average)|(simple|plain|straight) (mean|average)"
                            + "|(the )?(mean|average) of (the )?precision and recall|halfway between)"),
            known("micro|macro", "Micro-averaging pools the counts of all classes; macro-averaging averages the per-class scores, so every"
                            + " class counts equally.",
                    near("\\bmacro\\w*", 50, "\\b(pools?|pooling|totals)\\b", "micro|[,;]")
                            + "|" + near("\\bmicro\\w*", 50, "\\b(each class separately|every class counts equally"
                            + "|per-class (scores? )?(and )?(takes? )?(the )?(plain )?average)", "macro|[,;]")),
            known("generative|discriminative", "A generative model learns the joint P(x, y) (naive Bayes); a discriminative one learns P(y | x) or a"
                            + " boundary (logistic regression).",
                    "\\bdiscriminative (models?|classifiers?|ones?) (learns?|models?|estimates?|captures?) (the )?(full )?joint"
                            + "|\\bgenerative (models?|classifiers?|ones?)[^.,;]{0,20}\\bonly (learns?|models?)\\b"
                            + "|\\bnaive bayes (is|as) [^.,;]{0,30}\\bdiscriminative|\\blogistic regression (is|as) [^.,;]{0,30}\\bgenerative"),
            known("value|\\bp\\b|\\.05|percent|%", "A p-value is the probability of data at least this extreme if there were no effect; it is not the"
                            + " probability that the effect is real or absent, and a small one proves nothing on its own.",
                    "\\bp[- ]?values?\\b" + W + "{0,60}\\b(probability|chance|likelihood) (that )?(\\w+ ){0,4}?"
                            + "((is|was|are|were) (true|false|real|correct|due to (random )?chance|a fluke|just (noise|chance|luck))"
                            + "|(does|did)(n't| not) (really )?work|(isn't|wasn't|aren't) (really )?(better|real|true|working)"
                            + "|(really )?(did|does) nothing)\\b"
                            + "|\\b(p[- ]?values?|significan\\w*)\\b[\\s\\S]{0,200}\\b\\d+ ?(%|percent) (sure|certain|chance) (that )?"
                            + "(we've|we have|you've|you have|it|they|the (\\w+ )?\\w+) (got|have|is|was|are|really|actually|works?|did)\\b"
                            + "|(\\bp\\b|\\b0?\\.05\\b)" + W + "{0,40}\\b(counts as|is|means) (a )?proof\\b"),
            known("confidence interval", "A confidence interval is a range for an estimated quantity such as a mean, not the range where most"
                            + " individual observations fall.",
                    "\\bconfidence interval\\b" + W + "{0,80}\\b(individual (observations|values|data points)|observations fall"
                            + "|of (the |all )?(individual )?(observations|values|data points|measurements) (fall|lie|are))"
                            + "|\\bconfidence interval\\b[\\s\\S]{0,200}\\b9[059](%| ?percent| out of (every )?100) of (the |all |our )?"
                            + "(individual )?(observations|values|data points|measurements|customers|users|deliveries|orders|people"
                            + "|patients|\\w+s) (fall|lie|arrive|are|will be) (between|within|in)"
                            + "|\\bconfidence interval\\b" + W + "{0,60}\\bcontains? (about )?9[059] ?(%|percent) of (the |all |your |our )?"
                            + "(data|data points|observations|values|measurements)\\b"
                            + "|\\bmore data\\b" + W + "{0,40}\\bwider (the )?(confidence )?interval"
                            // "95% of orders that ship arrive between …"; "the more we measure, the wider"
                            + "|\\bconfidence interval\\b[\\s\\S]{0,200}\\b9[059](%| ?percent) of (the |all |our )?(\\w+ )?\\w+s (who|that)"
                            + " " + W + "{0,40}\\b(between|within)\\b|\\bthe more\\b" + W + "{0,40}\\bthe wider\\b"),
            known("vanishing|relu", "Vanishing gradients are gradients shrinking as they flow back through many layers (saturating"
                            + " activations); they are not a small learning rate, and ReLU eases them.",
                    "\\bvanishing gradients?( problem)?\\b" + W + "{0,40}\\b(is|happens|occurs|means|when)\\b" + W + "{0,40}\\blearning rate"
                            + "|\\b(switch\\w*|mov\\w*|replac\\w*) from relu to (sigmoid|tanh)|\\brelu\\b" + W + "{0,30}\\b(causes?|leads? to)"
                            + " (the )?vanishing"),
            new Misconception("Early stopping watches validation performance, so it needs held-out data.", GuardedPattern.compile(
                    "\\bearly stopping\\b" + W + "{0,100}\\btraining loss (stops|plateaus|has plateaued|flattens|stalls)"
                            + "|\\bearly stopping\\b[\\s\\S]{0,300}\\b(don't|do not|doesn't|does not|no) need (for )?(a )?(separate )?"
                            + "validation (set|data)"), false),
            known("bootstrap", "The bootstrap resamples with replacement; without it every resample is the original data.",
                    "\\bbootstrap\\w*\\b[\\s\\S]{0,200}\\bwithout replacement\\b"),
            known("pca|principal component", "PCA is unsupervised: it builds new directions of maximum variance from all features and does not pick"
                            + " original features by the target.",
                    "\\b(pca|principal component analysis)\\b" + W + "{0,40}\\b(is|as) a (feature[- ]selection|supervised)"
                            + "|\\b(pca|principal component analysis)\\b" + W + "{0,80}\\b(correlat\\w+|relationship) with the (target|label)"
                            + "|\\b(pca|principal component analysis)\\b" + W + "{0,60}\\bkeeps? (the )?(top|original|existing) (\\w+ )?"
                            + "(features|columns|pixels)"),
            known("stochastic|batch|sgd", "Batch gradient descent computes each update on the whole training set; stochastic"
                            + " gradient descent updates after each example (or a small mini-batch).",
                    "\\b(stochastic gradient descent|sgd)\\b" + W + "{0,40}\\b(computes?|calculates?|uses?|takes?)\\b" + W
                            + "{0,30}\\b(entire|whole|full|complete) (training )?(set|dataset|data)"
                            + "|\\bbatch gradient descent\\b" + W + "{0,40}\\bupdates?\\b" + W + "{0,30}\\bafter (every|each)"
                            + " (single )?(example|sample|observation|data point|row)"),
            known("nearest|knn", "k-nearest neighbours is supervised: it predicts from the k closest labelled points; k-means is the"
                            + " clustering algorithm with centroids.",
                    "\\b(k-?nearest neighbou?rs?|knn) (is|as) (an? )?(\\w+ )?(unsupervised|clustering)\\b"),
            known("auc", "ROC-AUC is threshold-free: the chance that a random positive is scored above a random negative. It is"
                            + " not accuracy.",
                    "\\b(roc[- ])?auc\\b (is|measures|equals|means) (basically |just |simply |really )?(the )?accuracy\\b"
                            + "|\\bauc of 0?\\.\\d+ means (that )?\\d+ ?(%|percent) of (the )?\\w+ (are |is )?(classified|predicted)"),
            known("confident|decisive|committed", "Log loss punishes confident mistakes hardest.",
                    "\\b(lenient|forgiving|easy) on confident\\b|\\brewards? (decisive|confident|committed) (models|predictions)"
                            + "|\\bconfident (mistakes|errors|wrong predictions) (are |get )?(penali[sz]ed|punished) less"),
            known("caus|confound", "No correlation strength or sample size turns an association into causation; a large sample shrinks noise,"
                            + " not confounding.",
                    "\\bcorrelation (coefficient )?(above|over|of more than|greater than|higher than) (about )?0?\\.\\d+" + W
                            + "{0,60}\\bcausa|\\bstrong enough to (treat|call|count) (it )?as caus"
                            // "above about 0.8, and with a big enough sample, the relationship is causal"; "the chance
                            // it's spurious becomes negligible"
                            + "|\\b(above|over|more than|greater than|higher than) (about |around |roughly )?0?\\.\\d+" + W
                            + "{0,60}\\b(is|are|becomes?) causal\\b|\\bspurious" + W + "{0,20}\\b(becomes?|is) (negligible|tiny"
                            + "|basically zero)"
                            + "|\\bconfound\\w*" + W + "{0,40}\\b(becomes?|is) (statistically )?(negligible|irrelevant)"
                            + "|\\bcausal effect is identified\\b"),
            known("precision (equals|=|and recall (are )?equal)", "The cost-optimal threshold weighs each error by its cost;"
                            + " where precision equals recall has nothing to do with what the errors cost.",
                    "\\b(cost[- ]optimal|optimal|best) (threshold|cut-?off|operating point)\\b" + W
                            + "{0,60}\\bprecision (equals|=) recall"),
            known("day you look|peek|check", "Stopping an A/B test the first time it looks significant inflates false positives: fix the sample size"
                            + " first or use a sequential test.",
                    "\\bno matter (which|what) day you look\\b"
                            + "|\\b(peek\\w*|check\\w* (it |the results? )?(every|each|daily))" + W + "{0,60}\\b(is|are) (fine|harmless"
                            + "|no problem)"),
            known("gini", "Gini impurity is the chance that two random draws differ in class: lower means purer, and splits"
                            + " minimise it.",
                    "\\bhigher gini( impurity)? means (a )?(purer|more pure)"
                            + "|" + near("\\bgini\\b", 60, "\\bprobability" + W + "{0,60}\\bsame class", "minus|1 ?[-−]|complement")
                            + "|\\bmaximi[sz]es the gini( impurity)?\\b(?! gain)"),
            known("weight decay|adamw", "Weight decay shrinks the weights towards zero at each step (an L2-like penalty); it is not a learning-rate"
                            + " schedule.",
                    "\\bweight decay (is|means) (a |the )?" + W + "{0,20}\\b(learning[- ]rate|step size)|\\badamw decays the learning rate"),
            known("central limit|clt", "The central limit theorem is about the distribution of sample means; the data itself keeps its shape.",
                    "\\b(central limit theorem|clt)\\b" + W + "{0,100}\\b(the data|the observations|the population|incomes|values)"
                            + " (itself |themselves )?(become|becomes|will be|turn|turns) (bell|normal|gaussian)"),
            known("doubl|margin of error", "The margin of error shrinks with the square root of the sample size: halving it takes four times the"
                            + " sample.",
                    "\\bdoubl\\w+ (the )?(sample( size)?|number of (people|respondents|users))" + W + "{0,60}\\b(halv\\w+|cut in half"
                            + "|half the margin)|\\bmargin of error\\b" + W + "{0,40}\\b(directly|inversely) proportional to (the )?"
                            + "(sample size|n)\\b(?! ?squared)"),
            known("bagging|boosting|random forest|xgboost|adaboost", "Bagging mainly reduces variance (random forests bag trees); boosting mainly reduces bias (AdaBoost,"
                            + " gradient boosting).",
                    near("\\bbagging\\b", 40, "\\b(reduces?|lowers?) (mainly |mostly |the )?bias\\b", "boosting")
                            + "|\\brandom forests? (uses?|is) (a )?boosting|\\b(xgboost|adaboost) (uses?|is) (a )?bagging"
                            // a forest told as boosting: trees grown in sequence, each fixing the last one's errors
                            + "|\\brandom forests?\\b" + W + "{0,80}\\b(one after (the )?other|one after another|sequentially"
                            + "|in sequence)\\b"
                            + "|\\b(xgboost|lightgbm|adaboost|catboost) (\\w+ ){0,6}(implementations?|versions?|kinds?|types?) of random forests?"
                            // the two told swapped: bagging in sequence on the last models' errors, boosting in parallel
                            + "|\\bbagging\\b" + W + "{0,60}\\b(one after (the )?other|one after another|sequentially|in sequence"
                            + "|each (new )?model (focuses|concentrates) on)\\b"
                            + "|\\bboosting\\b" + W + "{0,60}\\b(in parallel|on (random )?bootstrap(ped)? samples)\\b"),
            known("correlation", "A correlation r says how tightly two things move together; it explains r squared of the variance (0.8"
                            + " gives 64%), and it says nothing about how much is caused.",
                    "\\bcorrelation (coefficient )?(of |is )?0?\\.([1-9])0? (means|implies|tells us|shows)" + W + "{0,30}\\b\\3 ?0 ?(%|percent) of (the )?"
                            + "(variation|variance|variability)"),
            known("imbalance|accuracy", "Class imbalance matters at any sample size: with 0.1% positives, a model that flags nothing is 99.9%"
                            + " accurate however many rows there are.",
                    "\\bimbalance (\\w+ ){0,2}(stops mattering|becomes (irrelevant|unimportant))"
                            + "|\\baccuracy (\\w+ ){0,3}(is )?(mainly|mostly|only) misleading (on|for|with) small (data\\s?sets?|samples)"),
            known("beta|f0\\.5", "With beta below 1 the F-beta score leans towards precision; above 1 it leans towards recall.",
                    near("\\bbeta (below|less than|under|smaller than|<) ?1\\b", 40, "\\brecall", "precision")
                            + "|" + near("\\bbeta (above|greater than|over|bigger than|>) ?1\\b", 40, "\\bprecision", "recall")
                            + "|" + near("\\bf0\\.5\\b", 40, "\\b(emphasi[sz]\\w*|favou?r\\w*|weights?) (\\w+ )?recall", "precision")),
            onTopic("PCA is unsupervised: it builds new directions of maximum variance from all features and does not pick"
                            + " original features.", "\\b(pca|principal component)",
                    "\\b(it'?s|it is|pca is) (basically |just |really |simply )?(a |an )?(feature selection|supervised)\\b"
                            + "|\\branks? (your |the |all )?(original |existing )?features\\b"),
            onTopic("A p-value is the probability of data at least this extreme if there were no effect; it is not the"
                            + " probability that the effect is real or absent.", "\\bp[- ]?values?\\b|\\bsignifican|\\bstatistically",
                    "\\b\\d+(\\.\\d+)? ?(%|percent) (chance|probability|likelihood|sure|certain|confident) (that )?" + W + "{0,50}?"
                            + "\\b(is|was|are|were|'s) (really |actually )?(no better|not better|better|an improvement|real|a fluke"
                            + "|due to chance|working|worse)\\b|\\b\\d+ ?(%|percent) (sure|certain|confident) (that )?(it'?s|it is"
                            + "|we have|we've|the \\w+ is)\\b"),
            onTopic("ROC-AUC is threshold-free: the chance that a random positive is scored above a random negative. It is"
                            + " not accuracy.", "\\bauc\\b|\\broc\\b",
                    "\\b0?\\.\\d+( auc)? means (that )?(the model )?(classifies|predicts|gets|labels) \\d+ ?(%|percent) (of (the )?"
                            + "\\w+ )?(correctly|right)|\\bright half the time\\b|\\b(flags|catches|classifies) \\d+ ?(%|percent) of"
                            + " (the )?\\w+ correctly"),
            onTopic("Batch normalisation normalises a layer's activations with the mini-batch mean and variance, then"
                            + " scales and shifts them; it does not rescale the weights.", "\\bbatch ?norm",
                    "\\bnormali[sz]\\w* (the |each layer's |every )?weights?\\b|\\bdivides? (every |each |the )?weights?"),
            onTopic("Adding trees to a random forest does not make it overfit; more trees only steady its average.",
                    "\\brandom forests?|\\btrees\\b",
                    "\\bmore trees (\\w+ ){0,2}(make|makes|cause|causes|lead to|leads to) (\\w+ ){0,3}overfit"
                            + "|\\b(forest|it) (will |would )?overfits? (as|when|if) (you )?(add|adding) (more )?trees"),
            onTopic("A model that always predicts the majority class scores the majority share as accuracy (99% on a"
                            + " 99/1 split): it looks good while catching nothing.", "\\baccura",
                    "\\b(for everything|for every \\w+|always)\\b" + W + "{0,60}\\b(only )?(one|1) ?(%|percent)( of)? accuracy"),
            known("false (positive|negative)", "A false positive is a negative case flagged as positive (a false alarm); a false"
                            + " negative is a positive case the model missed.",
                    "\\bfalse negatives? (is|are|means) (when |where )?(the model |it |we |you )?(predicts?|says?|flags?|calls?|labels?)"
                            + " (it |them )?(as )?(positive|yes|fraud|spam|sick|churn)\\b"
                            + "|\\bfalse positives? (is|are|means) (when |where )?(the model |it |we |you )?(predicts?|says?|calls?|labels?)"
                            + " (it |them )?(as )?(negative|no)\\b"
                            + "|\\bflags? (a |an )?(legitimate|genuine|innocent|healthy|normal|honest) \\w+" + W + "{0,40}\\bfalse negative"),
            known("\\bdue\\b|make up|even out|come back|catch up|more likely", "The law of large numbers says the long-run share approaches the true"
                            + " rate; past misses are not made up for, so no one is ever 'due' (the gambler's fallacy).",
                    "\\b(is|he's|she's|it's|they're|are|we're) (now |just |so )?due (to (make|win|hit|land|score|get|come)|for (a |an )?"
                            + "(win|hit|make|streak|run|bunch))\\b"
                            + "|\\b(misses|losses|failures) (will|have to|must|are going to) (be )?(made up|compensated|balanced out|even out)"
                            // "a win is due", "tails is more likely on the next flip", "it has to even out"
                            + "|\\b(a |the )?(win|hit|tails|heads|loss|red|black|six) (is|was) (now |just |so )?due\\b"
                            + "|\\b(tails|heads|a win|a loss|red|black|the other (side|outcome|one)) (is|becomes|gets) (now |then )?more"
                            + " likely\\b|\\b(have|has|had) to (even out|come back|balance out|catch up)\\b"),
            onTopic("The learning rate is the size of each update step along the gradient; the number of passes over the"
                            + " data is the number of epochs.", "\\blearning rate",
                    "\\blearning rate (is|means|controls|refers to|sets)\\b[^.!?;]{0,40}\\b(how many times|(the )?number of (epochs"
                            + "|passes|times|(training )?(examples|samples|rows))|the epochs|the batch size)\\b"),
            onTopic("ROC-AUC is threshold-free: the chance that a random positive is scored above a random negative. At 0.5"
                            + " the model ranks no better than chance; it says nothing about accuracy.", "\\bauc\\b",
                    "\\bauc\\b" + W + "{0,30}\\bmeans\\b" + W + "{0,60}\\b(\\d+ ?(%|percent) accura\\w*|accuracy of \\d+"
                            + "|half (of )?(its |the )?(predictions|cases|answers) (are )?(right|correct))"),
            onTopic("Early stopping watches a held-out validation metric and stops when it stops improving, before the"
                            + " model overfits; the training loss keeps falling.", "\\bearly stopping\\b",
                    "\\b(stop|stops|stopping|stopped)\\b" + W + "{0,40}\\b(once|when|as soon as|after) (the )?training (loss|error)"
                            + " (stops|has stopped|no longer|stop|plateaus|flattens)"
                            + "|\\bpatience\\b" + W + "{0,30}\\bon (the )?training (loss|error)\\b"),
            // "a correlation of 0.8, so it explains 80% of it": the share explained is r squared
            known("explain", "A correlation r explains r squared of the variance (0.8 gives 64%), and explaining is not causing.",
                    "\\b0?\\.(\\d)\\b" + W + "{0,60}?\\bexplains? (about |around |roughly |like |some )?\\1 ?0 ?(%|percent"
                            + "|per cent)"),
            known("specificity|sensitivity", "Sensitivity is the true positive rate; specificity is the true negative rate.",
                    "\\bspecificity\\b" + W + "{0,30}\\btrue positive rate|\\bsensitivity\\b" + W + "{0,30}\\btrue negative rate"));

    private KnownMisconceptions() {
    }

    /** {@code a}, then {@code b} within {@code n} characters of the same sentence that never pass {@code exclude}. */
    private static String near(String a, int n, String b, String exclude) {
        return a + "(?:(?!" + exclude + ")" + W + "){0," + n + "}" + b;
    }

    /** {@code gate}: words every form of the claim holds; an answer without them is not scanned for it. */
    private static Misconception known(String gate, String correction, String claim) {
        return new Misconception(correction, GuardedPattern.compile(claim), true, null, GuardedPattern.compile(gate));
    }

    private static Misconception onTopic(String correction, String topic, String claim) {
        return new Misconception(correction, GuardedPattern.compile(claim), true, GuardedPattern.compile(topic), null);
    }
}
