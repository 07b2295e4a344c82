package org.mockinterview.prep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockinterview.kernel.Category;
import org.mockinterview.prep.PrepPlanViews.ItemKind;
import org.mockinterview.prep.PrepPlanViews.PlanDay;
import org.mockinterview.prep.PrepPlanViews.PlanItem;
import org.mockinterview.prep.PrepPlanner.DueQuestion;
import org.mockinterview.prep.PrepPlanner.Inputs;
import org.mockinterview.prep.PrepPlanner.ResumeProject;
import org.mockinterview.question.BankQuestion;
import org.mockinterview.question.QuestionBank;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The planner over 1, 5, 14, 21 and 60 days: the guide's shape, the budget, the user's state, no repeats. */
class PrepPlannerTest {

    static final QuestionBank BANK = new QuestionBank();
    static final LocalDate TODAY = LocalDate.of(2027, 1, 1);
    static final List<ResumeProject> PROJECTS = List.of(
            new ResumeProject("Card Fraud Detection", List.of("XGBoost"), List.of("reduced chargebacks 12%")),
            new ResumeProject("Churn Forecasting", List.of(), List.of()),
            new ResumeProject("Search Ranking", List.of("LightGBM"), List.of()));
    static final List<String> MISSING = List.of("failed_model", "messy_data");

    final PrepPlanner planner = new PrepPlanner(BANK.all());

    static Inputs inputs(int days, int hours) {
        return new Inputs(TODAY, TODAY.plusDays(days), hours, Map.of(), List.of(), PROJECTS, MISSING);
    }

    static List<PlanItem> items(List<PlanDay> plan) {
        return plan.stream().flatMap(d -> d.items().stream()).toList();
    }

    static Set<ItemKind> kinds(PlanDay day) {
        return day.items().stream().map(PlanItem::kind).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @CsvSource({"1,6", "5,6", "14,6", "21,6", "60,6", "1,1", "5,1", "21,1", "60,1", "5,20", "21,20", "60,20",
            "60,60", "3,3", "2,6", "7,10"})
    void everyPlanRunsToTheDayBeforeWithinBudgetAndNoRepeats(int days, int hours) {
        List<PlanDay> plan = planner.plan(inputs(days, hours));

        assertThat(plan).hasSize(days);
        assertThat(plan.get(0).date()).isEqualTo(TODAY);
        assertThat(plan.get(days - 1).date()).isEqualTo(TODAY.plusDays(days - 1));
        assertThat(plan).allSatisfy(d -> assertThat(d.items()).isNotEmpty());
        double budget = hours * 60.0 * days / 7;
        int minutes = items(plan).stream().mapToInt(PlanItem::minutes).sum();
        assertThat(minutes).isBetween((int) Math.ceil(0.6 * budget), (int) Math.floor(1.15 * budget));

        List<String> drilled = items(plan).stream().filter(i -> i.kind() == ItemKind.drill
                || i.kind() == ItemKind.case_study).flatMap(i -> i.questionIds().stream()).toList();
        assertThat(drilled).doesNotHaveDuplicates();
        assertThat(drilled).allSatisfy(id -> assertThat(BANK.byId(id)).isPresent());
        assertThat(items(plan)).filteredOn(i -> i.kind() == ItemKind.drill)
                .allSatisfy(i -> assertThat(i.questionIds()).isNotEmpty());
        assertThat(items(plan).stream().map(PlanItem::id).toList()).doesNotHaveDuplicates();

        PlanDay last = plan.get(days - 1);
        assertThat(kinds(last)).contains(ItemKind.logistics).isSubsetOf(ItemKind.logistics, ItemKind.review);
        PlanItem logistics = last.items().get(0);
        assertThat(logistics.detail()).containsIgnoringCase("data infrastructure").containsIgnoringCase("model")
                .containsIgnoringCase("take-home").contains("training data").contains("production");
    }

    @Test
    void oneDayIsLogisticsAndALightReviewOnly() {
        List<PlanDay> plan = planner.plan(inputs(1, 6));

        assertThat(plan.get(0).items()).extracting(PlanItem::kind).containsExactly(ItemKind.logistics,
                ItemKind.review);
        assertThat(plan.get(0).items().get(1).title()).isEqualTo("Light review");
    }

    @Test
    void fiveDaysCompressTheGuideButEndWithResumeStoriesAndLogistics() {
        List<PlanDay> plan = planner.plan(inputs(5, 6));

        assertThat(kinds(plan.get(0))).containsOnly(ItemKind.drill);
        assertThat(plan.get(0).items()).extracting(PlanItem::category)
                .contains(Category.ML_FUNDAMENTALS, Category.STATISTICS_PROBABILITY);
        assertThat(kinds(plan.get(2))).contains(ItemKind.case_study);
        assertThat(plan.get(2).items()).extracting(PlanItem::category).contains(Category.MODEL_EVALUATION);
        assertThat(kinds(plan.get(3))).contains(ItemKind.resume_depth, ItemKind.story_bank);
        assertThat(kinds(plan.get(4))).contains(ItemKind.logistics);
    }

    @Test
    void fourteenDaysHaveEvaluationCaseStudiesAndAMockInterview() {
        List<PlanDay> plan = planner.plan(inputs(14, 6));

        assertThat(items(plan)).filteredOn(i -> i.kind() == ItemKind.case_study).hasSizeBetween(2, 3);
        assertThat(items(plan)).extracting(PlanItem::kind).contains(ItemKind.mock_interview);
        assertThat(items(plan)).filteredOn(i -> i.category() == Category.MODEL_EVALUATION).isNotEmpty();
        int firstResume = firstDayWith(plan, ItemKind.resume_depth);
        assertThat(firstResume).isGreaterThan(plan.size() / 2);
    }

    @Test
    void threeWeeksGetTheWholeShapeInTheGuidesOrder() {
        List<PlanDay> plan = planner.plan(inputs(21, 6));

        assertThat(items(plan)).extracting(PlanItem::kind).contains(ItemKind.values());
        assertThat(items(plan)).filteredOn(i -> i.kind() == ItemKind.case_study).hasSizeBetween(2, 3);
        assertThat(firstDayWith(plan, ItemKind.drill)).isZero();
        assertThat(firstDayWith(plan, ItemKind.case_study)).isBetween(5, 9);
        assertThat(firstDayWith(plan, ItemKind.resume_depth)).isBetween(12, 15);
        assertThat(firstDayWith(plan, ItemKind.story_bank)).isBetween(12, 15);
        assertThat(items(plan)).filteredOn(i -> i.kind() == ItemKind.mock_interview).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void sixtyDaysAddFoundationInFrontAndKeepTheLastWeeks() {
        List<PlanDay> plan = planner.plan(inputs(60, 6));

        assertThat(firstDayWith(plan, ItemKind.resume_depth)).isBetween(50, 53);
        assertThat(firstDayWith(plan, ItemKind.case_study)).isBetween(43, 46);
        assertThat(items(plan)).filteredOn(i -> i.kind() == ItemKind.mock_interview).hasSizeGreaterThanOrEqualTo(8);
        assertThat(plan.subList(0, 40)).filteredOn(d -> !kinds(d).contains(ItemKind.mock_interview))
                .hasSizeGreaterThan(30).allSatisfy(d -> assertThat(kinds(d)).contains(ItemKind.drill));
    }

    @Test
    void resumeDepthNamesEveryProjectAndStoriesNameTheMissingThemes() {
        List<PlanItem> items = items(planner.plan(inputs(21, 6)));

        assertThat(items).filteredOn(i -> i.kind() == ItemKind.resume_depth).extracting(PlanItem::projectRef)
                .containsOnly("Card Fraud Detection", "Churn Forecasting", "Search Ranking");
        assertThat(items).filteredOn(i -> "Card Fraud Detection".equals(i.projectRef())).first()
                .satisfies(i -> assertThat(i.detail()).contains("XGBoost").contains("reduced chargebacks 12%"));
        assertThat(items).filteredOn(i -> i.kind() == ItemKind.story_bank && i.storyTheme() != null)
                .extracting(PlanItem::storyTheme).containsExactlyInAnyOrder("failed_model", "messy_data");
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 14, 21})
    void aWeakCategoryGetsMoreDrillQuestions(int days) {
        Inputs weak = new Inputs(TODAY, TODAY.plusDays(days), 6,
                Map.of(Category.STATISTICS_PROBABILITY, 30, Category.ML_FUNDAMENTALS, 85), List.of(), PROJECTS,
                MISSING);

        Map<Category, Integer> drilled = drillQuestions(planner.plan(weak));
        Map<Category, Integer> even = drillQuestions(planner.plan(inputs(days, 6)));

        assertThat(drilled.get(Category.STATISTICS_PROBABILITY))
                .isGreaterThan(drilled.get(Category.ML_FUNDAMENTALS))
                .isGreaterThan(even.get(Category.STATISTICS_PROBABILITY));
    }

    @Test
    void dueQuestionsBecomeReviewsOnOrAfterTheirDueDate() {
        BankQuestion bankQuestion = BANK.byCategory(Category.MODEL_EVALUATION).get(0);
        List<DueQuestion> due = List.of(
                new DueQuestion(bankQuestion.text(), Category.MODEL_EVALUATION, 40, TODAY.minusDays(2),
                        bankQuestion.id()),
                new DueQuestion("Walk me through your churn model.", Category.APPLIED_CASE_STUDY, 55,
                        TODAY.plusDays(3), null));
        Inputs in = new Inputs(TODAY, TODAY.plusDays(14), 6, Map.of(), due, PROJECTS, MISSING);

        List<PlanDay> plan = planner.plan(in);

        PlanItem first = plan.get(0).items().stream().filter(i -> i.kind() == ItemKind.review).findFirst()
                .orElseThrow();
        assertThat(first.questionIds()).containsExactly(bankQuestion.id());
        assertThat(first.detail()).contains(bankQuestion.text());
        assertThat(plan.subList(0, 3)).allSatisfy(d -> assertThat(d.items())
                .noneSatisfy(i -> assertThat(i.detail()).contains("churn model")));
        assertThat(items(plan.subList(3, 14))).anySatisfy(i -> assertThat(i.detail()).contains("churn model"));
    }

    @Test
    void theSameInputsGiveTheSamePlan() {
        Set<List<PlanDay>> plans = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            plans.add(new PrepPlanner(BANK.all()).plan(inputs(21, 6)));
        }
        assertThat(plans).hasSize(1);
    }

    @Test
    void withoutResumeOrMissingThemesTheFinalWeekStillDefendsWorkAndRehearsesStories() {
        Inputs in = new Inputs(TODAY, TODAY.plusDays(7), 6, Map.of(), List.of(), List.of(), List.of());

        List<PlanItem> items = items(planner.plan(in));

        assertThat(items).filteredOn(i -> i.kind() == ItemKind.resume_depth).isNotEmpty()
                .allSatisfy(i -> assertThat(i.projectRef()).isNull());
        assertThat(items).filteredOn(i -> i.kind() == ItemKind.story_bank).isNotEmpty()
                .allSatisfy(i -> assertThat(i.storyTheme()).isNull());
    }

    static int firstDayWith(List<PlanDay> plan, ItemKind kind) {
        for (int d = 0; d < plan.size(); d++) {
            if (kinds(plan.get(d)).contains(kind)) {
                return d;
            }
        }
        return -1;
    }

    static Map<Category, Integer> drillQuestions(List<PlanDay> plan) {
        return items(plan).stream().filter(i -> i.kind() == ItemKind.drill)
                .collect(Collectors.groupingBy(PlanItem::category, Collectors.summingInt(i -> i.questionIds().size())));
    }
}
