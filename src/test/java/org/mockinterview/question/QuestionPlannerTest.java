package org.mockinterview.question;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockinterview.embedding.ModelIdentity;
import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.kernel.Source;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.support.TestCaches;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionPlannerTest {

    private static final EmbeddingModel MODEL = MiniLmTest.model();
    private static QuestionBank bank;
    private static QuestionPlanner planner;

    static final ResumeProfile FRAUD_RESUME = new ResumeProfile("Ada Candidate", "ada@example.com", null, List.of(),
            List.of(),
            List.of(new ResumeProfile.Experience("Data Scientist", "Northwind Bank", "London", "2022-2025",
                    List.of("Built risk models for card payments", "Partnered with the fraud operations team"),
                    List.of("Python", "Spark"), List.of("cut manual reviews by 30%"))),
            List.of(new ResumeProfile.Project("Card Fraud Detection", "2024",
                    "Real-time fraud detection on highly imbalanced card transactions (0.2% fraud)",
                    List.of("Handled extreme class imbalance with class weights and threshold tuning",
                            "Optimised precision and recall at the analysts' review capacity"),
                    List.of("XGBoost", "Python", "Kafka"),
                    List.of("gradient boosting", "class weighting", "precision-recall threshold tuning"),
                    List.of("recall 0.82 at precision 0.60"))),
            List.of(), List.of("Python", "XGBoost", "SQL", "statistics"));

    @BeforeAll
    static void setUp() {
        bank = new QuestionBank();
        planner = new QuestionPlanner(bank, new ProjectTemplates(), TestCaches.queryVectors(MODEL));
        planner.warmUp();
    }

    @Test
    void givesExactlyPerCategoryQuestionsInTheRequestedCategoryOrder() {
        List<Category> order = List.of(Category.BEHAVIORAL, Category.MODEL_EVALUATION, Category.ML_FUNDAMENTALS);
        List<PlannedQuestion> plan = planner.plan(FRAUD_RESUME, null, order, 3, null, UserHistory.empty());

        assertThat(plan).hasSize(9);
        assertThat(plan.stream().map(PlannedQuestion::category).toList()).containsExactly(
                Category.BEHAVIORAL, Category.BEHAVIORAL, Category.BEHAVIORAL,
                Category.MODEL_EVALUATION, Category.MODEL_EVALUATION, Category.MODEL_EVALUATION,
                Category.ML_FUNDAMENTALS, Category.ML_FUNDAMENTALS, Category.ML_FUNDAMENTALS);
    }

    @Test
    void defaultsToAllFiveCategoriesAndTwoEach() {
        List<PlannedQuestion> plan = planner.plan(null, null, null, 0, null, null);
        assertThat(plan).hasSize(10);
        assertThat(plan.stream().map(PlannedQuestion::category).distinct().toList())
                .containsExactly(Category.values());
    }

    @Test
    void aJobDescriptionOfControlCharactersCountsAsNone() {
        // found by JsonEndpointFuzzTest: "\u0000" is not String.isBlank() but the embedding model refuses it
        assertThat(planner.plan(null, "\u0000\t\u0001", null, 1, null, null))
                .isEqualTo(planner.plan(null, null, null, 1, null, null));
        assertThat(planner.plan(FRAUD_RESUME, "\u0000", null, 1, null, null)).hasSize(5);
    }

    @Test
    void rejectsOutOfRangeQuotas() {
        assertThatThrownBy(() -> planner.plan(null, null, null, 6, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverRepeatsAQuestionWithinAPlan() {
        for (int n = 1; n <= 5; n++) {
            List<PlannedQuestion> plan = planner.plan(FRAUD_RESUME, "fraud data scientist", null, n, null, null);
            assertThat(plan).hasSize(5 * n);
            assertNoDuplicates(plan);
        }
    }

    @Test
    void avoidsQuestionsFromEarlierSessionsUntilThePoolIsUsedUp() {
        UserHistory history = UserHistory.empty();
        Set<String> seen = new HashSet<>();
        // Five questions a session over ten sessions is 50 behavioral questions, within the pool of 53.
        for (int session = 0; session < 10; session++) {
            List<PlannedQuestion> plan = planner.plan(null, null, List.of(Category.BEHAVIORAL), 5, null, history);
            for (PlannedQuestion q : plan) {
                assertThat(seen.add(q.bankId())).as("repeat of %s in session %d", q.bankId(), session).isTrue();
            }
            history = history.plus(plan);
        }
        // The pool is now nearly exhausted: the next session reuses the least-recent questions, from session one.
        List<PlannedQuestion> next = planner.plan(null, null, List.of(Category.BEHAVIORAL), 5, null, history);
        assertThat(next).hasSize(5);
        assertNoDuplicates(next);
        List<String> firstSession = planner.plan(null, null, List.of(Category.BEHAVIORAL), 5, null, null)
                .stream().map(PlannedQuestion::bankId).toList();
        assertThat(next.stream().map(PlannedQuestion::bankId).filter(id -> !seen.contains(id)).count())
                .isEqualTo(bank.byCategory(Category.BEHAVIORAL).size() - 50L);
        assertThat(next.stream().map(PlannedQuestion::bankId).filter(seen::contains).toList())
                .isSubsetOf(firstSession);
    }

    @Test
    void templatesAlsoRotateAcrossSessions() {
        List<PlannedQuestion> first = planner.plan(FRAUD_RESUME, null, null, 2, null, null);
        List<PlannedQuestion> second = planner.plan(FRAUD_RESUME, null, null, 2, null, UserHistory.empty().plus(first));
        Set<String> firstTexts = first.stream().map(PlannedQuestion::text).collect(Collectors.toSet());
        assertThat(second).noneMatch(q -> firstTexts.contains(q.text()));
    }

    @Test
    void fraudProjectPullsPrecisionRecallOrImbalanceQuestionsIntoModelEvaluation() {
        List<PlannedQuestion> plan = planner.plan(FRAUD_RESUME, null, List.of(Category.MODEL_EVALUATION), 3,
                null, UserHistory.empty());
        List<BankQuestion> bankPicks = plan.stream().filter(q -> q.source() == Source.BANK)
                .map(q -> bank.byId(q.bankId()).orElseThrow()).toList();

        assertThat(bankPicks).isNotEmpty();
        assertThat(bankPicks).anySatisfy(q -> assertThat(q.topics())
                .containsAnyOf("precision-recall", "imbalanced classes", "fraud"));
    }

    @Test
    void everyCategoryNamesTheCandidatesOwnProjectOrRole() {
        List<PlannedQuestion> plan = planner.plan(FRAUD_RESUME, null, null, 2, null, UserHistory.empty());
        Map<Category, List<PlannedQuestion>> byCategory = plan.stream()
                .collect(Collectors.groupingBy(PlannedQuestion::category));
        for (Category c : Category.values()) {
            List<PlannedQuestion> templates = byCategory.get(c).stream()
                    .filter(q -> q.source() == Source.TEMPLATE).toList();
            assertThat(templates).as(c.wire()).hasSize(1);
            PlannedQuestion t = templates.get(0);
            assertThat(t.projectRef()).isIn("Card Fraud Detection", "Data Scientist, Northwind Bank");
            assertThat(t.text()).containsAnyOf("Card Fraud Detection", "Northwind Bank");
            assertThat(t.bankId()).isNull();
            assertThat(t.keyPoints()).hasSizeBetween(3, 6);
        }
        PlannedQuestion behavioral = byCategory.get(Category.BEHAVIORAL).stream()
                .filter(q -> q.source() == Source.TEMPLATE).findFirst().orElseThrow();
        assertThat(behavioral.text()).startsWith("Tell me about a time at Northwind Bank as Data Scientist when");
    }

    @Test
    void deepDivesRotateAcrossProjectsAndLeadWithTheOneClosestToTheJob() {
        ResumeProfile twoProjects = new ResumeProfile(null, null, null, List.of(), List.of(), List.of(),
                List.of(new ResumeProfile.Project("Churn Radar", null, "Predicting subscriber churn",
                                List.of("Survival analysis of customer lifetime"), List.of("LightGBM"),
                                List.of("survival analysis"), List.of()),
                        FRAUD_RESUME.projects().get(0)),
                List.of(), List.of());
        List<PlannedQuestion> plan = planner.plan(twoProjects, "Fraud detection data scientist for card payments",
                List.of(Category.ML_FUNDAMENTALS, Category.MODEL_EVALUATION, Category.APPLIED_CASE_STUDY), 2,
                null, null);
        List<String> refs = plan.stream().filter(q -> q.source() == Source.TEMPLATE)
                .map(PlannedQuestion::projectRef).toList();
        assertThat(refs).containsExactly("Card Fraud Detection", "Churn Radar", "Card Fraud Detection");
    }

    @Test
    void everyItemCarriesProvenance() {
        for (PlannedQuestion q : planner.plan(FRAUD_RESUME, "ML engineer, fraud", null, 3, null, null)) {
            assertThat(q.generator()).isEqualTo("offline-planner/1.0.0+bank/" + bank.version());
            assertThat(q.rationale()).isNotBlank();
            assertThat(q.difficulty()).isNotEqualTo(Difficulty.MIXED);
            if (q.source() == Source.BANK) {
                assertThat(q.bankId()).isNotNull();
                assertThat(q.projectRef()).isNull();
                assertThat(q.keyPoints()).isEqualTo(bank.byId(q.bankId()).orElseThrow().keyPoints());
            } else {
                assertThat(q.source()).isEqualTo(Source.TEMPLATE);
                assertThat(q.projectRef()).isNotBlank();
            }
        }
    }

    @Test
    void sameInputsGiveTheSamePlan() {
        String jd = "Senior data scientist: experimentation, causal inference, forecasting.";
        UserHistory history = new UserHistory(Set.of("mlf-001", "stp-009"), Set.of());
        List<PlannedQuestion> a = planner.plan(FRAUD_RESUME, jd, null, 3, Difficulty.MIXED, history);
        List<PlannedQuestion> b = planner.plan(FRAUD_RESUME, jd, null, 3, Difficulty.MIXED, history);
        assertThat(a).isEqualTo(b);
        assertThat(planner.plan(null, null, null, 2, null, null))
                .isEqualTo(planner.plan(null, null, null, 2, null, null));
    }

    @Test
    void withoutAResumeUsesOnlyTheBankAndFollowsTheJobDescription() {
        List<PlannedQuestion> plain = planner.plan(null, null, null, 2, null, null);
        assertThat(plain).allMatch(q -> q.source() == Source.BANK && q.projectRef() == null);

        String jd = "We are hiring a data scientist to run A/B tests and experiments on our checkout funnel, "
                + "with strong statistics: hypothesis testing, statistical power and sample size.";
        List<PlannedQuestion> tailored = planner.plan(ResumeProfile.empty(), jd,
                List.of(Category.STATISTICS_PROBABILITY), 3, null, null);
        assertThat(tailored).allMatch(q -> q.source() == Source.BANK);
        assertThat(tailored).anySatisfy(q -> assertThat(bank.byId(q.bankId()).orElseThrow().topics())
                .containsAnyOf("a/b testing", "statistical power", "hypothesis testing"));
        assertThat(tailored.get(0).rationale()).contains("job description");
    }

    @Test
    void respectsARequestedDifficulty() {
        for (Difficulty d : List.of(Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD)) {
            List<PlannedQuestion> plan = planner.plan(null, "data scientist", null, 3, d, null);
            assertThat(plan).as(d.wire()).allMatch(q -> q.difficulty() == d);
        }
    }

    @Test
    void mixedSpreadsDifficulties() {
        List<PlannedQuestion> plan = planner.plan(null, null, null, 3, Difficulty.MIXED, null);
        Map<Category, Set<Difficulty>> levels = plan.stream().collect(Collectors.groupingBy(
                PlannedQuestion::category, Collectors.mapping(PlannedQuestion::difficulty, Collectors.toSet())));
        levels.forEach((c, set) -> assertThat(set).as(c.wire())
                .containsExactlyInAnyOrder(Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD));
    }

    @Test
    void slotsAreThePlansSlotsWithoutEmbeddingAQueryThatOnlyRanksTheBank() {
        CountingModel counting = new CountingModel();
        QuestionPlanner p = new QuestionPlanner(bank, new ProjectTemplates(), TestCaches.queryVectors(counting));
        p.warmUp();
        int before = counting.segments.get();
        String jd = "Senior data scientist, payments fraud: Python, XGBoost, experimentation.";

        List<PlannedQuestion> slots = p.slots(null, jd, null, 2, Difficulty.MIXED, null);
        assertThat(counting.segments.get()).as("segments embedded for the slots").isEqualTo(before);
        List<PlannedQuestion> ranked = p.plan(null, jd, null, 2, Difficulty.MIXED, null);
        assertThat(counting.segments.get()).as("segments embedded for the ranked plan").isEqualTo(before + 1);
        assertThat(shape(slots)).isEqualTo(shape(ranked));
    }

    @Test
    void slotsKeepTheRankedPlansDeepDives() {
        String jd = "Fraud data scientist: imbalanced classification, streaming, stakeholder communication";
        List<PlannedQuestion> slots = planner.slots(FRAUD_RESUME, jd, null, 3, null, null);
        List<PlannedQuestion> ranked = planner.plan(FRAUD_RESUME, jd, null, 3, null, null);
        assertThat(shape(slots)).isEqualTo(shape(ranked));
        assertThat(slots.stream().filter(q -> q.source() == Source.TEMPLATE).map(PlannedQuestion::text).toList())
                .isNotEmpty()
                .isEqualTo(ranked.stream().filter(q -> q.source() == Source.TEMPLATE).map(PlannedQuestion::text)
                        .toList());
    }

    /** Per category, how many slots of each source: what a model is asked to fill. */
    private static Map<Category, Map<Source, Long>> shape(List<PlannedQuestion> plan) {
        return plan.stream().collect(Collectors.groupingBy(PlannedQuestion::category,
                Collectors.groupingBy(PlannedQuestion::source, Collectors.counting())));
    }

    /** Counts embedded segments; the same model identity, so the bank's precomputed vectors still apply. */
    private static final class CountingModel implements EmbeddingModel, ModelIdentity {
        final AtomicInteger segments = new AtomicInteger();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> textSegments) {
            segments.addAndGet(textSegments.size());
            return MODEL.embedAll(textSegments);
        }

        @Override
        public String modelId() {
            return ((ModelIdentity) MODEL).modelId();
        }
    }

    private static void assertNoDuplicates(List<PlannedQuestion> plan) {
        List<String> ids = plan.stream().map(PlannedQuestion::bankId).filter(id -> id != null).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(plan.stream().map(q -> QuestionTexts.normalize(q.text())).toList()).doesNotHaveDuplicates();
    }

}
