package org.mockinterview.scoring;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.Presence;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Robustness properties over arbitrary text: no exceptions, evidence always a substring, score in range. */
class AnswerAnalyzerProperties {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    @Provide
    Arbitrary<String> answers() {
        Arbitrary<String> words = Arbitraries.of("I", "we", "built", "the", "model", "revenue", "rose", "by", "12%",
                "$40k", "um", "like", "first", "then", "would", "because", "churn", ".", ",", "\n", "- ", "1)", "(",
                ")", "…", "😀", "🚀👍", "مرحبا", "שלום", "数据", "模型提高了", "\u0000", "\u0007", "\t", "\r\n", "\u202e",
                "İ", "ß", "...", "e.g.", "—", ":", ";", "?", "!", "\"", "’", "x̄", "σ²", "=");
        Arbitrary<String> composed = words.list().ofMaxSize(80).map(l -> String.join(" ", l));
        return Arbitraries.oneOf(composed, Arbitraries.strings().all().ofMaxLength(400),
                Arbitraries.strings().withCharRange('\u0590', '\u06FF').withChars(' ', '.', '\n').ofMaxLength(200));
    }

    @Property(tries = 300)
    void neverThrowsAndKeepsInvariants(@ForAll("answers") String answer, @ForAll Category category,
                                       @ForAll("answers") String question) {
        AnswerAnalysis a = analyzer.analyze(new AnalysisRequest(answer, question, category, 60, List.of("model")));
        assertThat(a.score()).isBetween(0, 100);
        assertThat(a.feedback()).hasSizeLessThanOrEqualTo(3);
        for (String evidence : evidences(a)) {
            assertThat(answer).contains(evidence);
        }
        assertThat(a.strongerAnswer().source()).isEqualTo("rules");
        for (var item : a.strongerAnswer().outline()) {
            if (item.fromAnswer()) {
                assertThat(answer).contains(item.text()); // the candidate's own words, never rewritten
            }
        }
        if (a.category() != Category.BEHAVIORAL && !a.star().action().applies()) {
            assertThat(a.star().action().present()).isFalse();
            assertThat(a.measurableResult().present()).isFalse();
        }
        assertThat(analyzer.analyze(new AnalysisRequest(answer, question, category, 60, List.of("model"))))
                .isEqualTo(a);
    }

    @Property(tries = 100)
    void nullContextIsAccepted(@ForAll("answers") String answer) {
        AnswerAnalysis a = analyzer.analyze(new AnalysisRequest(answer, null, null, null, null));
        assertThat(a.category()).isNotNull();
        assertThat(a.score()).isBetween(0, 100);
    }

    private static List<String> evidences(AnswerAnalysis a) {
        List<String> out = new ArrayList<>();
        for (Presence p : List.of(a.star().situation(), a.star().task(), a.star().action(), a.star().result(),
                a.measurableResult(), a.businessImpact())) {
            if (p.evidence() != null) {
                out.add(p.evidence());
            }
        }
        if (a.ownership().evidence() != null) {
            out.add(a.ownership().evidence());
        }
        for (RubricItem r : a.rubric()) {
            if (r.evidence() != null) {
                out.add(r.evidence());
            }
        }
        return out;
    }
}
