package org.mockinterview.question;

import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;
import org.mockinterview.resume.profile.ResumeProfile;

import java.util.List;

/** What to plan; profile, resume hash and job description may each be null. */
public record PlanRequest(ResumeProfile profile, String resumeSha256, String jobDescription,
        List<Category> categories, int perCategory, Difficulty difficulty, UserHistory history) {
}
