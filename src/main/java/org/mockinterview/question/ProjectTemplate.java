package org.mockinterview.question;

import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;

import java.util.List;

/**
 * A deep-dive question pattern filled from the candidate's own resume, e.g. "Which metric did you optimise in {project}?".
 *
 * @param subject  {@code project}, {@code experience} or {@code work}: which kind of resume subject fills it
 * @param requires placeholders that must have a value, beyond those that appear in the text
 */
public record ProjectTemplate(
        String id,
        Category category,
        Difficulty difficulty,
        String subject,
        List<String> themes,
        List<String> requires,
        String text,
        List<String> keyPoints,
        String guide) {

    public ProjectTemplate {
        themes = themes == null ? List.of() : List.copyOf(themes);
        requires = requires == null ? List.of() : List.copyOf(requires);
        keyPoints = List.copyOf(keyPoints);
    }
}
