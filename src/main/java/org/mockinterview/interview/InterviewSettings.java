package org.mockinterview.interview;

import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;

import java.util.List;

/**
 * What the candidate asked for when creating the interview; {@code mode} is {@code standard} or {@code review}
 * (interviews stored before review mode existed read as standard).
 */
public record InterviewSettings(List<Category> categories, int questionsPerCategory, Difficulty difficulty,
        int followUps, String jobDescription, String mode) {

    public static final String STANDARD = "standard";
    public static final String REVIEW = "review";

    public InterviewSettings {
        mode = mode == null ? STANDARD : mode;
    }
}
