package org.mockinterview.scoring;

import org.mockinterview.kernel.Category;

/**
 * Shared by the guideline-case tests: hand-written cases for each class of phrasing the labelling guidelines
 * describe (none taken from the dev sets). A test collects every case whose label differs, then asserts none did.
 */
abstract class GuidelineCases {
    final AnswerAnalyzer analyzer = new AnswerAnalyzer();
    final java.util.List<String> misses = new java.util.ArrayList<>();

    void expect(String q, Category c, String crit, boolean want, String a) {
        AnswerAnalysis x = analyzer.analyze(AnalysisRequest.of(a, q, c));
        Boolean got = switch (crit) {
            case "business_impact" -> x.businessImpact().present();
            case "measurable_result" -> x.measurableResult().present();
            case "situation" -> x.star().situation().present();
            case "task" -> x.star().task().present();
            case "action" -> x.star().action().present();
            case "result" -> x.star().result().present();
            case "ownership" -> x.ownership().firstPerson();
            default -> x.rubric().stream().filter(i -> i.criterion().equals(crit)).findFirst().orElseThrow().met();
        };
        if (!Boolean.valueOf(want).equals(got)) {
            misses.add(crit + " want " + want + ": " + a);
        }
    }
}
