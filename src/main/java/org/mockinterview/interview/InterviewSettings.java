package org.mockinterview.interview;

import org.mockinterview.question.Category;
import org.mockinterview.question.Difficulty;

import java.util.List;

/**
 * What the candidate asked for when creating the interview.
 */
public record InterviewSettings(List<Category> categories, int questionsPerCategory, Difficulty difficulty,
        int followUps, String jobDescription) {
}
