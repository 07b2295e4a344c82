package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

/** Hand-written STAR cases per class of phrasing in the labelling guidelines: we-only, hypothetical, speech, lessons, targets, scenes. */
class GuidelineStoryCasesTest extends GuidelineCases {
    @Test
    void weOnlyHypotheticalSpeechLessonsTargetsAndModelMetrics() {
        Category behavioral = Category.BEHAVIORAL;
        String q = "Tell me about a time you worked under pressure.";
        String we = "Last quarter our data warehouse migration was three weeks behind. We had to finish before the "
                + "old contract expired. We split the tables by owner, we ran the loads overnight and we paired on"
                + " the hardest ones. We finished two days early and avoided a $60k renewal.";
        expect(q, behavioral, "situation", true, we);
        expect(q, behavioral, "task", true, we);
        expect(q, behavioral, "action", true, we);
        expect(q, behavioral, "ownership", false, we);
        expect(q, behavioral, "result", true, we);
        expect(q, behavioral, "measurable_result", true, we);
        expect(q, behavioral, "business_impact", true, we);
        String hyp = "In that kind of situation I would first list what must ship, then I would talk to my manager "
                + "about dropping the rest, and I'd keep stakeholders updated every day.";
        expect(q, behavioral, "situation", false, hyp);
        expect(q, behavioral, "action", false, hyp);
        expect(q, behavioral, "result", false, hyp);
        String speech = "um so yeah this was at my first job at a bank and uh the regulator wanted a report by friday "
                + "and i was the only one who knew the data so i basically wrote the queries myself and uh checked"
                + " them with my lead and we sent it thursday night and the regulator accepted it without "
                + "questions";
        expect(q, behavioral, "situation", true, speech);
        expect(q, behavioral, "task", true, speech);
        expect(q, behavioral, "action", true, speech);
        expect(q, behavioral, "ownership", true, speech);
        expect(q, behavioral, "result", true, speech);
        expect(q, behavioral, "measurable_result", false, speech);
        expect(q, behavioral, "business_impact", true, speech);
        String lesson = "At my internship I missed a deadline because I underestimated the data cleaning. I told my "
                + "mentor early and we agreed a new date. I learned to plan buffer time for data quality.";
        expect(q, behavioral, "result", true, lesson);
        expect(q, behavioral, "measurable_result", false, lesson);
        expect(q, behavioral, "business_impact", false, lesson);
        String numbersNotOutcome = "At a retailer with 400 stores, I had to rebuild the weekly sales report. I wrote 30 SQL views "
                + "and trained 12 analysts on them. It went well.";
        expect(q, behavioral, "measurable_result", false, numbersNotOutcome);
        expect(q, behavioral, "result", true, numbersNotOutcome);
        String target = "Our goal was to cut churn by 10%. I built a churn model and I ran a retention campaign with "
                + "marketing. Unfortunately the 10% target was not reached.";
        expect(q, behavioral, "measurable_result", false, target);
        expect(q, behavioral, "result", true, target);
        String modelOnly = "At a lender I was asked to improve the default model. I added bureau features and I retuned the"
                + " gradient boosting. AUC went from 0.74 to 0.81.";
        expect(q, behavioral, "measurable_result", true, modelOnly);
        expect(q, behavioral, "business_impact", false, modelOnly);
        String bizQual = "At a lender I was asked to improve the default model. I added bureau features and I retuned the"
                + " gradient boosting. Afterwards the credit team approved more good applicants without more "
                + "defaults.";
        expect(q, behavioral, "business_impact", true, bizQual);
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }

    @Test
    void scenesTasksAndOutcomesInOtherWords() {
        String q = "Tell me about a challenge you faced at work.";
        expect(q, Category.BEHAVIORAL, "situation", true,
                "Our app's crash rate doubled after a big release, and reviews were tanking. I went through the "
                + "crash logs and I found a null pointer in the new login flow. I patched it and the crash rate "
                + "went back to normal within a day.");
        expect(q, Category.BEHAVIORAL, "situation", true,
                "Two weeks before launch, the vendor's API changed without notice. I rewrote our adapter and I "
                + "added contract tests. We launched on schedule.");
        expect(q, Category.BEHAVIORAL, "situation", false,
                "I rewrote our adapter and I added contract tests. We launched on schedule.");
        // the scene told after a result-first opening, as the state things were in before
        expect(q, Category.BEHAVIORAL, "situation", true,
                "The triage model I built now routes every claim at the insurer. Before that, adjusters read each "
                + "claim by hand and the backlog ran to three weeks. I trained it on four years of closed claims.");
        expect(q, Category.BEHAVIORAL, "situation", false,
                "In my previous role, I rewrote our adapter and I added contract tests. We launched on schedule.");
        expect(q, Category.BEHAVIORAL, "situation", true,
                "My old manager never gave feedback until the annual review.");
        expect(q, Category.BEHAVIORAL, "task", true,
                "Our churn was rising. Leadership asked me to find out why. I segmented churned users by plan "
                + "and I interviewed ten of them. We found pricing was the issue and changed the plan tiers.");
        expect(q, Category.BEHAVIORAL, "task", true,
                "Our churn was rising and it was on me to find out why. I segmented churned users by plan and I "
                + "interviewed ten of them.");
        expect(q, Category.BEHAVIORAL, "task", true,
                "Our churn was rising, so I took it upon myself to find out why. I segmented churned users by "
                + "plan and I interviewed ten of them.");
        expect(q, Category.BEHAVIORAL, "task", false,
                "Our churn was rising and nobody knew why. I segmented churned users by plan and I interviewed "
                + "ten of them.");
        expect(q, Category.BEHAVIORAL, "task", false,
                "I decided to segment churned users by plan first. Then I interviewed ten of them.");
        expect(q, Category.BEHAVIORAL, "result", true,
                "I segmented churned users by plan and I interviewed ten of them. It turned out pricing was the "
                + "issue, and management changed the plan tiers the next month.");
        expect(q, Category.BEHAVIORAL, "result", false,
                "I segmented churned users by plan and I interviewed ten of them, and I presented the findings "
                + "to management.");
        expect(q, Category.BEHAVIORAL, "result", true,
                "I segmented churned users by plan and I interviewed ten of them. Looking back, I learned to "
                + "talk to users before building dashboards.");
        expect(q, Category.BEHAVIORAL, "result", true,
                "I segmented churned users by plan and I interviewed ten of them. The project was cancelled "
                + "anyway because the company was acquired.");
        expect(q, Category.BEHAVIORAL, "measurable_result", true,
                "I segmented churned users by plan and I interviewed ten of them. After the new tiers, monthly "
                + "churn fell from 6% to 4%.");
        expect(q, Category.BEHAVIORAL, "measurable_result", true,
                "I rewrote the nightly job and I moved it to Spark. It now finishes in 20 minutes instead of 3 "
                + "hours.");
        expect(q, Category.BEHAVIORAL, "measurable_result", false,
                "I rewrote the nightly job and I moved it to Spark. It now finishes much faster.");
        expect(q, Category.BEHAVIORAL, "business_impact", true,
                "I rewrote the nightly job and I moved it to Spark. The cluster bill dropped by about $3k a "
                + "month.");
        expect(q, Category.BEHAVIORAL, "business_impact", false,
                "I rewrote the nightly job and I moved it to Spark. It now finishes in 20 minutes instead of 3 "
                + "hours.");
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }

    @Test
    void goalsInOtherWordsRoutinesAndLevelsReachedOrRestored() {
        Category b = Category.BEHAVIORAL;
        String q = "Tell me about a time you improved a process.";
        expect(q, b, "task", true,
                "At a parcel company the route plans were late every week. My job that spring was to get them out "
                + "by Friday noon. I rewrote the planner and it shipped on time from then on.");
        expect(q, b, "task", true,
                "Our churn reports were wrong because the app dropped the plan code. I needed the platform team, "
                + "who sat under another director, to fix the logging first. I showed them the gap and they fixed it.");
        expect(q, b, "action", true,
                "I was the analyst on the returns team. Every Friday I would pull the week's return reasons, group "
                + "them and send the top three to the buyers. The buyers dropped two suppliers that quarter.");
        expect(q, b, "measurable_result", true,
                "I was asked to fix our slow checkout. I profiled it and removed two blocking calls. The p95 was "
                + "back under 400 ms by Friday.");
        expect(q, b, "business_impact", true,
                "I owned the substitution model. I added a stock filter after customers complained about missing "
                + "items. By the next week complaints about substitutions were back at their normal level.");
        expect(q, b, "action", false,
                "If that happened, I would talk to the team and I would try to understand the problem first.");
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }

    @Test
    void capacityGivenBackProcessesRunOnTheWorkRemitsAndReactions() {
        Category b = Category.BEHAVIORAL;
        String q = "Tell me about something you automated.";
        expect(q, b, "business_impact", true,
                "I scripted the monthly stock reconciliation in Python, and it gives the finance team back about "
                + "ten hours a month.");
        expect(q, b, "business_impact", true,
                "I owned the bakery demand forecast. I rebuilt it on two years of till data. The store managers "
                + "now order their flour from it every Monday and stopped using their own estimates.");
        expect(q, b, "task", true,
                "I joined a small insurer. My remit was to get the claims reports out of spreadsheets. I moved "
                + "them to dbt and they now refresh nightly.");
        expect(q, b, "result", true,
                "We ran a lunch-and-learn series on SQL for the sales team. They loved it.");
        expect(q, b, "situation", true,
                "The background was that our returns data arrived a week late. I wrote a daily loader and the "
                + "delay went away.");
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }

    @Test
    void resultsToldFirstTicketsRenewalsAndApprovalsByAPrivacyOfficer() {
        Category b = Category.BEHAVIORAL;
        String q = "Tell me about a decision you influenced.";
        expect(q, b, "result", true,
                "The short version is that we cancelled the rebuild and saved the quarter. I ran the numbers on "
                + "both options and presented them to the director.");
        // a quantity that moved, in a learner's grammar; a prize awarded; "by the end" without "of"
        expect(q, b, "result", true,
                "In the shop where I work before, the returns was big problem. I add a size advisor to the product "
                + "page. After the season the return rate go from 28% to 21%.");
        expect(q, b, "result", true,
                "Our team of three built a flood-risk map for the county. I cleaned the gauge data and fitted the "
                + "model. We were awarded the department's prize for it.");
        expect(q, b, "result", true,
                "The planning lead doubted our forecasts. I sent him a weekly side-by-side with his own numbers. By "
                + "the end he was presenting our forecast to his board.");
        expect(q, b, "business_impact", true,
                "I owned the order-status page. I added delivery estimates from the carrier feed. Within a month "
                + "support tickets about late parcels went from about 60 a week to ten.");
        expect(q, b, "business_impact", true,
                "I was asked to check the consent flags before the EU launch. I removed two fields and documented "
                + "the rest. The data protection officer approved the model and it launched on time.");
        expect(q, b, "business_impact", true,
                "I was responsible for the renewal-risk report. I rebuilt it on daily data. Both of the accounts "
                + "we were worried about renewed that quarter.");
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }

    @Test
    void costsInWordsBillsDownToALevelAndReleasesPostponed() {
        Category b = Category.BEHAVIORAL;
        String q = "Tell me about a time you cut a cost.";
        expect(q, b, "business_impact", true,
                "I owned the shared training cluster. I moved the nightly jobs to spot instances and set idle "
                + "machines to stop after an hour. Within a month the bill was down to about 12,000 euros.");
        expect(q, b, "business_impact", true,
                "I was responsible for the launch report. The source data arrived late and the report was not "
                + "ready. Because of this the producer postponed the release and some players complained.");
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }
}
