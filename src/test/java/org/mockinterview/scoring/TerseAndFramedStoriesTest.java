package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Story shapes that terse, spoken and non-native answers take: a step with its "I" dropped, a share of the work
 * named as the candidate's part, a trait claimed instead of a scene, an "I" that only says where the story is, a
 * number word inside a name, a time of day, and a slide's content read as an outcome.
 */
class TerseAndFramedStoriesTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private AnswerAnalysis analyze(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a result you are proud of.",
                Category.BEHAVIORAL));
    }

    @Test
    void aSentenceOpeningOnAPastVerbAndItsObjectIsAStepNotAScene() {
        AnswerAnalysis a = analyze("Rebased the ferry arrival estimates from timetable gaps to live sonar speeds."
                + " Complaints about late boats fell by a third.");
        assertThat(a.star().action().present()).isTrue();
        assertThat(a.star().situation().present()).isFalse();
        assertThat(a.ownership().firstPerson()).isFalse();
    }

    @Test
    void aParticipleOpeningOrAnInheritedThingStillSetsTheScene() {
        AnswerAnalysis a = analyze("- Inherited a sprawling billing workbook at a small water utility\n"
                + "- I was asked to make it usable before the audit\n"
                + "- I moved the lookups into one sheet and wrote a definition under every total\n"
                + "- The audit closed two weeks early");
        assertThat(a.star().situation().present()).isTrue();
    }

    @Test
    void thePartThatWasTheCandidatesOrFellToThemIsTheTask() {
        AnswerAnalysis part = analyze("We cut idle forklift time by 12 percent. My part was the, um, the shift"
                + " handover report.");
        assertThat(part.star().task().present()).isTrue();
        assertThat(part.star().situation().present()).isFalse();
        AnswerAnalysis landed = analyze("At the youth hostel I was the only one who could write SQL, so the weekly"
                + " booking forecast landed on me. I pulled the bookings every Monday and sent the desk a forecast.");
        assertThat(landed.star().task().present()).isTrue();
    }

    @Test
    void aTargetWithAFillerAfterItsToIsStillTheTask() {
        AnswerAnalysis a = analyze("So at the dental practice the cancellations were high. Our target was to, uh,"
                + " halve late cancellations. I built a reminder list and we phoned the flagged patients.");
        assertThat(a.star().task().present()).isTrue();
    }

    @Test
    void aTraitClaimedAndAHabitOpeningOnAlwaysAreNoEpisode() {
        AnswerAnalysis a = analyze("I am very structured person. Always I write a list with deadlines, and I tell"
                + " the stakeholders what comes first.");
        assertThat(a.star().situation().present()).isFalse();
        assertThat(a.star().action().present()).isFalse();
    }

    @Test
    void theIOfAnOpeningPlaceClaimsNoOutcome() {
        AnswerAnalysis a = analyze("At a parcel firm I worked for, the routing team had moved from fixed rounds to a"
                + " solver, and the drivers distrusted it. I was asked to explain its choices. I mapped each route"
                + " change to three plain reasons and walked the drivers through ten real days.");
        assertThat(a.star().result().present()).isFalse();
    }

    @Test
    void aNumberWordInANameIsNoMeasure() {
        AnswerAnalysis a = analyze("When I was in the pricing team, we launched a new discount rule for the Black"
                + " Eleven sale weekend. I had tuned the limits only on quiet weeks. From this I learned to test on the"
                + " period most like the real one.");
        assertThat(a.measurableResult().present()).isFalse();
    }

    @Test
    void aTimeOfDayIsNoMeasure() {
        AnswerAnalysis a = analyze("At a regional airport the gate plan was always late. We mapped every step of"
                + " the turnaround. After that the operations board moved the planning call from noon to seven in"
                + " the morning, and that's how they still run it.");
        assertThat(a.measurableResult().present()).isFalse();
    }

    @Test
    void theContentOfTheCandidatesSlideIsNoOutcome() {
        AnswerAnalysis a = analyze("The library's help desk was swamped every Monday. I was asked to find out why."
                + " I sorted three months of tickets by topic and found most were about expired cards. I closed my"
                + " talk to the board with a slide estimating the staff time saved, and the revenue impact of fewer"
                + " expired cards.");
        assertThat(a.star().result().present()).isFalse();
        assertThat(a.businessImpact().present()).isFalse();
    }

    @Test
    void anOutcomeTheSlideReportsStillCounts() {
        AnswerAnalysis a = analyze("The library's help desk was swamped every Monday. I was asked to find out why."
                + " I moved card renewals online. I closed my talk to the board with a chart showing Monday tickets"
                + " fell by 40%.");
        assertThat(a.star().result().present()).isTrue();
        assertThat(a.measurableResult().present()).isTrue();
    }

    @Test
    void anOutcomeAfterAnArtefactOfTheWorkStillCounts() {
        AnswerAnalysis a = analyze("The nightly load at the council ran past nine every morning. I was asked to fix it."
                + " I rebuilt the summary tables with incremental loads, which saved three hours a night.");
        assertThat(a.star().result().present()).isTrue();
        AnswerAnalysis named = analyze("The depot ran late all spring. I rebuilt the rota in a week. Ten drivers"
                + " fewer were on overtime by June.");
        assertThat(named.measurableResult().present()).isTrue();
    }

    @Test
    void aStepToldInThePerfectWithAVerbThatIsAlsoAnAdjectiveIsAStep() {
        AnswerAnalysis a = analyze("At the insurer my responsibility was to price the hail cover. I have distributed the"
                + " insured values to the postcodes using the building counts.");
        assertThat(a.star().action().present()).isTrue();
        assertThat(a.ownership().firstPerson()).isTrue();
        assertThat(analyze("Our distributed systems team was small and busy.").star().action().present()).isFalse();
    }

    @Test
    void aTargetMissedOrAProjectWoundDownIsTheResult() {
        AnswerAnalysis a = analyze("We pulled the ticket history, built weekly features and sent reminders to the"
                + " customers the model flagged. The goal was to cut cancellations by 10% and, uh, that wasn't met."
                + " We wound it down after the summer.");
        assertThat(a.star().result().present()).isTrue();
    }

    @Test
    void aTaskToldInALearnersPerfectIsTheTask() {
        AnswerAnalysis a = analyze("The plan was to close the small depot to save costs. We have been asked to check what"
                + " would happen with the deliveries if it closed. We compared the routes with a depot closed last year.");
        assertThat(a.star().task().evidence()).contains("have been asked to check");
    }

    @Test
    void whenSomethingHappenedMeasuresNoOutcome() {
        String steps = "Our depot's van routes were planned by hand. I built a routing model on a year of drops and"
                + " walked the planners through it. ";
        assertThat(analyze(steps + "The pilot was shelved after six months.").measurableResult().present()).isFalse();
        assertThat(analyze(steps + "The planners were still using it two years later.").measurableResult().present())
                .isFalse();
        assertThat(analyze(steps + "Late deliveries fell from 9% to 4% over the next three months.").measurableResult()
                .present()).isTrue();
    }

    @Test
    void aStateToldAfterTheStepWithThenIsItsResult() {
        AnswerAnalysis a = analyze("Uh, yeah, I just, you know, patched the feed and then everything was fine.");
        assertThat(a.star().result().present()).isTrue();
        assertThat(a.star().situation().present()).isFalse();
    }
}
