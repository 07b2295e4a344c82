package org.mockinterview.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

/**
 * How stories open and close: a scene set by what others did or by a role held, an opening that only names the
 * answer, a lesson or success said as an outcome, and levels reached or a process timed as results (all written for
 * these tests).
 */
class StoryOpeningsTest extends GuidelineCases {

    @Test
    void othersActionsAndARoleHeldSetTheSceneWhileANamedAnswerDoesNot() {
        String q = "Tell me about a time you received difficult feedback.";
        String told = "uh, okay. my manager once told me my weekly reports were far too long for the sales directors."
                + " I cut them to one page with the three numbers they asked about first. They started replying to them.";
        expect(q, Category.BEHAVIORAL, "situation", true, told);
        String role = "I manage the pricing analytics team at a regional airline. Our fare model ignored school"
                + " holidays. I added a holiday calendar feature and reran the backtest. Forecast error fell by a fifth.";
        expect(q, Category.BEHAVIORAL, "situation", true, role);
        String named = "My proudest achievement is the returns predictor at my last company. It was a big success"
                + " and cut return shipping costs by 8%.";
        expect(q, Category.BEHAVIORAL, "situation", false, named);
        String lesson = "Main lesson from my first outage: never ship a schema migration on a Friday. Since that day I"
                + " moved all our migrations to Tuesday mornings.";
        expect(q, Category.BEHAVIORAL, "situation", false, lesson);
        expect(q, Category.BEHAVIORAL, "result", true, lesson);
        assertThat(misses).isEmpty();
    }

    @Test
    void aLevelReachedATimedProcessAndAnotherPersonsDecisionAreResults() {
        String q = "Tell me about a model you improved.";
        String level = "Our lead-scoring model had a precision of 0.41. I rebuilt the features from the CRM history and"
                + " retrained it with monthly folds. On the holdout set precision went to 0.57.";
        expect(q, Category.BEHAVIORAL, "result", true, level);
        String timed = "I had to route support tickets to the right queue automatically.\n"
                + "- Labelled six months of tickets\n- Trained a text classifier\n"
                + "- Median time to reach the right queue went from 5 hours to 25 minutes";
        expect(q, Category.BEHAVIORAL, "result", true, timed);
        String oneLine = "I cut false positives on our card-fraud alerts by 30%.";
        expect(q, Category.BEHAVIORAL, "result", true, oneLine);
        String unused = "I built a churn dashboard for the sales team without asking what they needed, and they never"
                + " used it.";
        expect(q, Category.BEHAVIORAL, "result", true, unused);
        String lessonLearned = "At a logistics firm my colleague wanted to report only accuracy. I labelled 300 late"
                + " deliveries and showed him the errors were all in one region. In the end we kept both metrics, and"
                + " from this I have learned to bring data to a disagreement early.";
        expect(q, Category.BEHAVIORAL, "result", true, lessonLearned);
        String presented = "I was asked to make the case for moving training to the cloud. I priced six months of GPU"
                + " jobs on three instance types and finished by presenting a slide to the CTO with the projected savings.";
        expect(q, Category.BEHAVIORAL, "result", false, presented);
        String decided = "I argued that the test needed two more weeks and showed the director the daily swings."
                + " She still ended the test early.";
        expect(q, Category.BEHAVIORAL, "result", true, decided);
        assertThat(misses).isEmpty();
    }

    @Test
    void anEpisodeToldInThePresentTenseIsStillAStory() {
        // speakers of languages without tense keep to the present; the request and the change mark an episode
        String q = "Give an example of how you made a slow job faster.";
        String present = "At a grocery chain. My manager ask me to make the stock report faster before the new year"
                + " sale. I check the query and find it scan all receipts every time, so I add an index on store and"
                + " build one daily table. After the change, the report time go from 30 minutes to 2 minutes.";
        expect(q, Category.BEHAVIORAL, "task", true, present);
        expect(q, Category.BEHAVIORAL, "action", true, present);
        expect(q, Category.BEHAVIORAL, "result", true, present);
        String habit = "Every time I get a slow report I check the query plan first and I add the index it needs.";
        expect(q, Category.BEHAVIORAL, "result", false, habit);
        assertThat(misses).isEmpty();
    }

    @Test
    void aDecisionTheBusinessTookAndCostsThatStoppedAreBusinessImpact() {
        String q = "Tell me about a time your analysis changed how people worked.";
        String decision = "I was a scheduler at a dental practice and patients kept missing Monday slots. I compared"
                + " twelve months of bookings with reminder times. The practice manager agreed to move reminders to"
                + " Friday afternoons.";
        expect(q, Category.BEHAVIORAL, "business_impact", true, decision);
        String fees = "Trucks queued for hours at our depot. I built a slot plan from the gate logs and we piloted it"
                + " on two doors. Waiting fell by half and the carriers' detention charges disappeared.";
        expect(q, Category.BEHAVIORAL, "business_impact", true, fees);
        String person = "One colleague on my course project stopped answering messages. I called him and we split the"
                + " remaining work again. They stopped missing meetings after that.";
        expect(q, Category.BEHAVIORAL, "business_impact", false, person);
        assertThat(misses).isEmpty();
    }

    @Test
    void feelingsLeftBehindDecisionsNotToShipAndThingsDoneOnTimeAreResults() {
        String q = "Tell me about a time you handled something difficult.";
        String calmed = "At my first job I answered billing calls for a water utility. When a caller was angry I went"
                + " through each line of the bill with them and raised a correction ticket if a charge was wrong."
                + " Most of them calmed down once they saw the breakdown.";
        expect(q, Category.BEHAVIORAL, "result", true, calmed);
        String shelved = "I was responsible for a churn model at a meal-kit startup. I trained a boosted model on a"
                + " year of orders. It beat the sales team's rule by one point of AUC, so we decided not to deploy it.";
        expect(q, Category.BEHAVIORAL, "result", true, shelved);
        String onTime = "A product owner kept changing the scope of our pricing report. I wrote the scope down, had"
                + " him sign each change and moved the charts to a template. The board got the report on time.";
        expect(q, Category.BEHAVIORAL, "result", true, onTime);
        String ownAgreement = "I rebuilt the grading sheet and mapped every scale with a table I agreed with the other"
                + " teachers.";
        expect(q, Category.BEHAVIORAL, "result", false, ownAgreement);
        assertThat(misses).isEmpty();
    }

    @Test
    void aHabitTheEpisodeLeftAnOutcomeToldFirstAndAFrameBeforeTheTask() {
        String q = "Tell me about a mistake you made.";
        String habit = "In my first month I emailed a supplier a price list with last year's freight rates. My lead"
                + " caught it the same day. I corrected the sheet and sent an apology note. Since then I always diff a"
                + " new price list against the old one before it goes out.";
        expect(q, Category.BEHAVIORAL, "result", true, habit);
        String first = "Finally the store manager agreed to drop the loyalty discount, though it took a while. I"
                + " split last year's orders by first and repeat purchases and showed him most users came back anyway.";
        expect(q, Category.BEHAVIORAL, "result", true, first);
        String frame = "In my previous role, I was asked to speed up the weekly stock report. I rewrote its query to"
                + " filter the current week first. It now runs in two minutes instead of forty.";
        expect(q, Category.BEHAVIORAL, "situation", false, frame);
        expect(q, Category.BEHAVIORAL, "task", true, frame);
        assertThat(misses).isEmpty();
    }
}
