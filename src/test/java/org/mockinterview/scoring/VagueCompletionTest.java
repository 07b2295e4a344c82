package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.Star;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A problem claimed gone ("I fixed our rota sheet") tells no step and sets no scene, though the state it left
 * ("things were stable again") is an outcome; a fix told with what it changed is a step.
 */
class VagueCompletionTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private AnswerAnalysis analyze(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a time you fixed something that was broken.",
                Category.BEHAVIORAL));
    }

    @Test
    void aClaimedFixIsNoStepAndNoSceneAndTheStateAfterItIsTheOutcome() {
        AnswerAnalysis a = analyze("Honestly I just fixed it, the payroll export thing. Things were stable again.");
        Star star = a.star();
        assertThat(star.action().present()).isFalse();
        assertThat(star.situation().present()).isFalse();
        assertThat(star.result().present()).isTrue();
        assertThat(a.ownership().firstPerson()).isFalse();

        Star named = analyze("I sorted our depot rota at the warehouse. Everything was okay again.").star();
        assertThat(named.action().present()).isFalse();
        assertThat(named.situation().present()).isFalse();
    }

    @Test
    void aFixToldWithWhatItChangedIsAStep() {
        AnswerAnalysis a = analyze("The finance extract double counted refunds. I fixed the join that matched every"
                + " partial refund twice and added a check on the totals. The numbers matched the ledger after that.");
        assertThat(a.star().action().present()).isTrue();
        assertThat(a.ownership().firstPerson()).isTrue();
    }
}
