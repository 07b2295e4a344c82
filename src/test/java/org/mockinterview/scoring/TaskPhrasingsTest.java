package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockinterview.kernel.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasks told as what a party had to deliver or needed by when, as a task handed over in any tense, as a goal set,
 * as a question put to the candidate or to settle, as a time budget, or as the responsibility named.
 */
class TaskPhrasingsTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private boolean task(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a hard deadline.", Category.BEHAVIORAL))
                .star().task().present();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // what a team had to deliver, or what was needed by when
            "At a parcel firm the tracking page showed wrong arrival times. The web and data teams had to fix the"
                    + " estimate before the spring sale. I rebuilt the features from depot scans.",
            "Our month-end reconciliation ran by hand. We needed it automated before the auditors came in March. I"
                    + " wrote the matching job in SQL and added checks.",
            // a task handed over in any tense, a goal set, a question put to the candidate
            "At the bank my manager give me the task to raise the recall of the alerts. I tried class weights and a"
                    + " new threshold.",
            "Our team of three set ourselves the goal of predicting which tenants would fall behind. I built the"
                    + " features from payment history.",
            "At a pet insurer the pricing team wanted a new model. I was asked whether we should switch. I compared"
                    + " how premiums would move at renewal.",
            // an obligation with a word between, a time budget, a need with its deadline, the responsibility named
            "The client's dashboard broke on Friday and we basically had to get it running again before the Monday stand-up."
                    + " I traced the failing join and patched it.",
            "Finance moved to a new ledger and we had two weeks to move 9 reports. I rewrote the queries.",
            "The trial had one sponsor. We needed the trial to win over the board in six weeks. I built the first model.",
            "The nightly load failed at 2am. I was on call that night, so it was on me. I rolled back the schema.",
            "Our old forecasting tool was expensive. So my job was to decide whether we should keep the old tool. I"
                    + " compared its numbers with a holdout test."})
    void isTheTask(String answer) {
        assertThat(task(answer)).isTrue();
    }

    @Test
    void aLessonThatTheCandidateMustDoSomethingIsNoTask() {
        assertThat(task("A colleague wanted to report only one metric. I annotated 200 outputs and showed him the"
                + " rankings disagreed. I learned that I must bring data early.")).isFalse();
    }
}
