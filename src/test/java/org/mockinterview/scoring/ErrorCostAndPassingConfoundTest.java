package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import static org.assertj.core.api.Assertions.assertThat;

/** Metric choices argued from what each error costs, and third variables named in passing or after a general word. */
class ErrorCostAndPassingConfoundTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private Boolean met(String answer, String question, Category category, String criterion) {
        return analyzer.analyze(AnalysisRequest.of(answer, question, category)).rubric().stream()
                .filter(r -> r.criterion().equals(criterion)).findFirst().map(RubricItem::met).orElseThrow();
    }

    @Test
    void aMetricOptimisedOrTunedForBecauseOfWhatEachErrorCostsIsTiedToTheBusiness() {
        assertThat(met("A missed faulty meter costs the utility about £300 in unbilled energy, and a false alert sends an"
                + " engineer out for nothing. The crews can visit 50 sites a day, so I'd optimise precision in the top 50.",
                "Which metric would you use for a meter-fault model?", Category.MODEL_EVALUATION,
                "metric_tied_to_business")).isTrue();
        assertThat(met("a false flag = the rider gets blocked at checkout and often leaves for a competitor, a miss = we"
                + " refund the stolen order, so we tune for recall with a cap on blocks per 1000 orders",
                "precision or recall for our order-fraud model?", Category.MODEL_EVALUATION,
                "metric_tied_to_business")).isTrue();
    }

    @Test
    void aThirdVariableNamedInPassingIsAConfound() {
        assertThat(met("correlation = two things move together. causation = changing one changes the other. ice cream"
                + " sales and sunburn both go up in july, but thats bc of the sunshine",
                "How is correlation different from causation?", Category.STATISTICS_PROBABILITY,
                "confound_mentioned")).isTrue();
        assertThat(met("Not necessarily. Things like household income are correlated both with owning a smart meter and"
                + " with lower bills, so the comparison mixes the two.",
                "Homes with smart meters have lower bills. Does installing one cause lower bills?", Category.STATISTICS_PROBABILITY,
                "confound_mentioned")).isTrue();
    }

    @Test
    void thirdVariablesCalledConfoundersOrAGroupThatHasBothTraitsAreConfounds() {
        String q = "Members who use our budgeting tool miss fewer card payments. Does the tool cause that?";
        assertThat(met("No. Tenure and salary are likely confounders: long-standing, better-paid members have both a higher"
                + " uptake of the tool and fewer missed payments.", q, Category.STATISTICS_PROBABILITY,
                "confound_mentioned")).isTrue();
        assertThat(met("Not on its own. The members who adopt it are the ones who already plan their money, and that"
                + " lowers missed payments by itself.", q, Category.STATISTICS_PROBABILITY, "confound_mentioned")).isTrue();
    }

    @Test
    void sayingThatThereAreConfoundersNamesNone() {
        assertThat(met("We can't tell, because there are confounders and the groups differ, so I'd run an experiment.",
                "Members who use our budgeting tool miss fewer card payments. Does the tool cause that?",
                Category.STATISTICS_PROBABILITY, "confound_mentioned")).isFalse();
    }

    @Test
    void aSharedCauseTheSameGroupOnBothSidesOrOneThingWithMoreOfBothIsAConfound() {
        String q = "Towns with more libraries have more burglaries. Do libraries attract burglars?";
        assertThat(met("No. Libraries and burglaries share a common cause, population size, because bigger towns"
                + " have more of everything.", q, Category.STATISTICS_PROBABILITY, "confound_mentioned")).isTrue();
        assertThat(met("Not really. A big town like Leeds has more people, so it has more burglaries and it also has"
                + " more libraries.", q, Category.STATISTICS_PROBABILITY, "confound_mentioned")).isTrue();
        assertThat(met("Probably not. People who own cats also tend to be the people who live alone, and living alone"
                + " would change your days whether or not there is a cat.",
                "Cat owners report quieter evenings. Do cats cause quieter evenings?",
                Category.STATISTICS_PROBABILITY, "confound_mentioned")).isTrue();
    }

    @Test
    void aThirdVariableSaidInGeneralThenNamedInTheNextSentenceIsAConfound() {
        String q = "Gardeners who keep bees grow bigger tomatoes. Can we say the bees cause it?";
        assertThat(met("Perhaps some other thing drives both of them. Such as soil quality: rich soil draws people"
                + " who garden seriously, and those people keep bees and grow big tomatoes.", q,
                Category.STATISTICS_PROBABILITY, "confound_mentioned")).isTrue();
        assertThat(met("The coefficient picks up any covariate tied to both beekeeping and yield. Garden size is a"
                + " clear candidate, because large plots get hives and big harvests.", q,
                Category.STATISTICS_PROBABILITY, "confound_mentioned")).isTrue();
        // the example tells the reverse arrow, not a third variable
        assertThat(met("The arrow could point the other way, or something else could drive both. For example, when I"
                + " ran the allotment survey, the best growers were the ones who bought hives later.", q,
                Category.STATISTICS_PROBABILITY, "confound_mentioned")).isFalse();
    }

    @Test
    void aThirdVariableThatEntersOrMakesBothOrWhoseSymptomsTheyAreIsAConfound() {
        String q = "Shops with more staff training sell more warranties. Does training cause the extra sales?";
        assertThat(met("Not on its own. Shop size enters both the training budget and the number of warranties"
                + " sold.", q, Category.STATISTICS_PROBABILITY, "confound_mentioned")).isTrue();
        assertThat(met("Maybe not. The footfall can make both numbers rise together, even if training does"
                + " nothing.", q, Category.STATISTICS_PROBABILITY, "confound_mentioned")).isTrue();
        assertThat(met("Hard to say. The training and the sales might be two symptoms of a good area manager.",
                q, Category.STATISTICS_PROBABILITY, "confound_mentioned")).isTrue();
        assertThat(met("No. Both could come from a third factor, and here it is the shop's location.", q,
                Category.STATISTICS_PROBABILITY, "confound_mentioned")).isTrue();
        // said in general and never named
        assertThat(met("No. Both could come from a third factor, and it is hard to know.", q,
                Category.STATISTICS_PROBABILITY, "confound_mentioned")).isFalse();
    }

    @Test
    void aQuestionThatStatesTwoQuantitiesTogetherAsksAboutCauses() {
        assertThat(met("Not directly. Both are confounded by town size: bigger towns have more of each.",
                "Towns with more cafés also report more parking fines. How would you read that?",
                Category.STATISTICS_PROBABILITY, "confound_mentioned")).isTrue();
        assertThat(met("No. Heavy users are the ones who find the setting and who stay, so heavy use is the real"
                + " reason, not the setting.", "Users who turn on offline mode have higher 60-day retention. Should we"
                + " make it the default to improve retention?", Category.STATISTICS_PROBABILITY,
                "confound_mentioned")).isNotNull();
    }

    @Test
    void aHiddenCauseSuspectedByNameIsAConfound() {
        assertThat(met("They might move together without one causing the other. The obvious culprit would be shift"
                + " length: long shifts mean more coffee bought and more mistakes logged.",
                "Nurses who buy more coffee log more errors. Does coffee cause errors?",
                Category.STATISTICS_PROBABILITY, "confound_mentioned")).isTrue();
    }
}
