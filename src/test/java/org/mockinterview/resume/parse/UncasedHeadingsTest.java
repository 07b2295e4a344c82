package org.mockinterview.resume.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second heading style: in scripts without capitals it counts when it repeats and is display-sized; a main
 * column's repeated bold headings count beside a sidebar's smaller, more numerous ones.
 */
class UncasedHeadingsTest {

    private static TextLine line(String text, float size, float gap) {
        return new TextLine(List.of(text), List.of(40f), size, false, 40f, gap, 1, 40f + 10 * text.length());
    }

    private static List<TextLine> body(String... texts) {
        List<TextLine> lines = new ArrayList<>();
        for (String t : texts) {
            lines.add(line(t, 10, 3));
        }
        return lines;
    }

    @Test
    void koreanSubSectionHeadingsInASecondSizeAreHeadingsToo() {
        List<TextLine> lines = new ArrayList<>();
        lines.add(line("김서연", 28, 0));
        lines.add(line("핵심 역량", 17, 20));
        lines.addAll(body("데이터 파이프라인 설계와 운영 자동화", "모델 서빙과 모니터링 체계 구축"));
        lines.add(line("경력", 17, 20));
        lines.addAll(body("데이터 엔지니어 · 한빛커머스", "주문 데이터 파이프라인을 설계하고 운영했습니다."));
        lines.add(line("기술 스택", 17, 20));
        lines.addAll(body("Python · Spark · Airflow"));
        lines.add(line("교육", 14, 16));
        lines.addAll(body("서울대학교 · 통계학과", "2014.03 - 2018.02"));
        lines.add(line("추가 프로젝트", 14, 16));
        lines.addAll(body("가계부 앱 지출 분류 모델을 만든 개인 프로젝트."));
        // one more body-sized vocabulary line is an entry's text, not a heading
        lines.add(line("교육 과정 운영", 10, 3));

        List<HeadingClassifier.Heading> headings = HeadingClassifier.classify(lines, 0);

        assertThat(headings).extracting(HeadingClassifier.Heading::text)
                .containsExactly("핵심 역량", "경력", "기술 스택", "교육", "추가 프로젝트");
        assertThat(headings).extracting(HeadingClassifier.Heading::kind)
                .containsExactly("skills", "experience", "skills", "education", "projects");
    }

    @Test
    void aSecondSizeInALatinScriptStillNeedsCapitalsOrCloseSize() {
        List<TextLine> lines = new ArrayList<>();
        lines.add(line("Mina Park", 28, 0));
        lines.add(line("Skills", 17, 20));
        lines.addAll(body("Python, SQL, Spark"));
        lines.add(line("Experience", 17, 20));
        lines.addAll(body("Data Engineer, Hanbit Commerce", "Built the order pipeline."));
        lines.add(line("Education", 17, 20));
        lines.addAll(body("BSc Statistics, Seoul National University"));
        lines.add(line("Research projects", 14, 16));
        lines.addAll(body("Recommendation study for the mobile shop"));
        lines.add(line("Open source work", 14, 16));
        lines.addAll(body("Maintainer of a small forecasting library"));

        assertThat(HeadingClassifier.classify(lines, 0)).extracting(HeadingClassifier.Heading::text)
                .containsExactly("Skills", "Experience", "Education");
    }

    private static TextLine bold(String text, float size, float x, float gap) {
        return new TextLine(List.of(text), List.of(x), size, true, x, gap, 1, x + 8 * text.length());
    }

    @Test
    void aMainColumnsLargerBoldHeadingsCountBesideASidebarsMoreNumerousOnes() {
        List<TextLine> lines = new ArrayList<>();
        lines.add(bold("Joana Prates Valente", 30, 215, 0));
        for (String h : List.of("Links", "Skills", "Languages", "Hobbies")) {
            lines.add(bold(h, 14, 28, 18));
            lines.add(line("an item of the sidebar", 11, 6));
        }
        lines.add(bold("Employment History", 16, 232, 12));
        lines.add(new TextLine(List.of("Senior Data Engineer at Gaivota Transportes, Porto"), List.of(215f), 13, true, 215, 9, 1, 460));
        lines.add(new TextLine(List.of("Kept the nightly loads green."), List.of(228f), 12, false, 228, 4, 1, 520));
        lines.add(bold("Education", 16, 232, 12));
        lines.add(new TextLine(List.of("MSc Data Science, University of Lisbon"), List.of(215f), 13, true, 215, 9, 1, 440));

        assertThat(HeadingClassifier.classify(lines, 0)).extracting(HeadingClassifier.Heading::text)
                .containsExactly("Links", "Skills", "Languages", "Hobbies", "Employment History", "Education");
    }
}
