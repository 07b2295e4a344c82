package org.mockinterview.interview;

import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;

import java.util.List;

/**
 * What the candidate asked for when creating the interview.
 */
public record InterviewSettings(List<Category> categories, int questionsPerCategory, Difficulty difficulty,
        int followUps, String jobDescription) {
}
