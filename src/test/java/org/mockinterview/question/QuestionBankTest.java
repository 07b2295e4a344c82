package org.mockinterview.question;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionBankTest {

    private static QuestionBank bank;

    @BeforeAll
    static void load() {
        bank = new QuestionBank();
    }

    @Test
    void hasAtLeastFiftyQuestionsPerCategoryAndTwoHundredFiftyInTotal() {
        for (Category c : Category.values()) {
            assertThat(bank.byCategory(c)).as(c.wire()).hasSizeGreaterThanOrEqualTo(50);
        }
        assertThat(bank.size()).isGreaterThanOrEqualTo(250);
    }

    @Test
    void findsAQuestionByItsTextInAnyRendering() {
        BankQuestion q = bank.byCategory(Category.MODEL_EVALUATION).get(0);
        String rendered = "  " + q.text().toUpperCase(java.util.Locale.ROOT).replace(" ", "   ") + " ";
        assertThat(bank.byText(rendered)).contains(q);
        assertThat(bank.byText("A question nobody wrote into the bank?")).isEmpty();
        assertThat(bank.byText(null)).isEmpty();
    }

    @Test
    void everyEntryIsComplete() {
        for (BankQuestion q : bank.all()) {
            assertThat(q.id()).isNotBlank();
            assertThat(q.difficulty()).isIn(Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD);
            assertThat(q.topics()).as(q.id()).isNotEmpty();
            assertThat(q.keyPoints()).as(q.id()).hasSizeBetween(3, 6);
            assertThat(q.guide()).as(q.id()).isNotBlank();
            assertThat(q.text()).as(q.id()).isNotBlank();
            assertThat(bank.byId(q.id())).contains(q);
        }
    }

    @Test
    void eachCategorySpreadsDifficulties() {
        for (Category c : Category.values()) {
            Set<Difficulty> seen = bank.byCategory(c).stream().map(BankQuestion::difficulty).collect(Collectors.toSet());
            assertThat(seen).as(c.wire()).contains(Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD);
        }
    }

    @Test
    void idsAndTextsAreUnique() {
        List<BankQuestion> all = bank.all();
        assertThat(all.stream().map(BankQuestion::id).collect(Collectors.toSet())).hasSize(all.size());
        assertThat(all.stream().map(q -> QuestionTexts.normalize(q.text())).collect(Collectors.toSet()))
                .hasSize(all.size());
    }

    @Test
    void idsCarryTheirCategoryPrefix() {
        for (BankQuestion q : bank.all()) {
            String prefix = switch (q.category()) {
                case ML_FUNDAMENTALS -> "mlf-";
                case STATISTICS_PROBABILITY -> "stp-";
                case MODEL_EVALUATION -> "mev-";
                case APPLIED_CASE_STUDY -> "acs-";
                case BEHAVIORAL -> "beh-";
            };
            assertThat(q.id()).startsWith(prefix);
        }
    }

    @Test
    void behavioralQuestionsCoverEveryRequiredThemeSeveralTimes() {
        List<BankQuestion> behavioral = bank.byCategory(Category.BEHAVIORAL);
        assertThat(behavioral).allSatisfy(q -> assertThat(q.themes()).isNotEmpty());
        for (String theme : List.of("technical_disagreement", "failed_model", "messy_data",
                "non_technical_stakeholder", "accuracy_vs_interpretability")) {
            long count = behavioral.stream().filter(q -> q.themes().contains(theme)).count();
            assertThat(count).as(theme).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void coversTheTopicsInterviewersAskAbout() {
        Set<String> topics = new HashSet<>();
        bank.all().forEach(q -> topics.addAll(q.topics()));
        assertThat(topics).contains("regularization", "precision-recall", "a/b testing", "drift",
                "imbalanced classes", "feature engineering", "causal inference");
    }

    @Test
    void versionIsSet() {
        assertThat(bank.version()).isEqualTo("2026.11");
    }

    @ParameterizedTest
    @CsvSource({
            "too-few-keypoints, mod-2, keyPoints must have 3-6 items",
            "behavioral-without-themes, beh-2, at least one theme",
            "wrong-category, ml_-2, does not match file",
            "bad-difficulty, app-2, difficulty must be easy, medium or hard"
    })
    void rejectsInvalidEntriesNamingThem(String fixture, String id, String message) {
        assertThatThrownBy(() -> new QuestionBank("bank-fixtures/" + fixture))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id " + id)
                .hasMessageContaining(message);
    }

    @Test
    void rejectsAMissingFolder() {
        assertThatThrownBy(() -> new QuestionBank("no-such-bank"))
                .hasMessageContaining("no-such-bank/VERSION");
    }
}
