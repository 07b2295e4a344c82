package org.mockinterview.prep;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mockinterview.kernel.Category;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The JSON shapes of prep plans.
 */
public final class PrepPlanViews {

    /** Used when the request names no budget: about an hour on most days. */
    public static final int DEFAULT_HOURS_PER_WEEK = 6;

    private PrepPlanViews() {
    }

    /** What the candidate asks for; without a resume id the most recent resume is used, if any. */
    public record PrepPlanRequest(
            @NotNull @Schema(description = "The interview's date (tomorrow at the earliest, within a year)",
                    example = "2027-01-15") LocalDate interviewDate,
            @Min(1) @Max(60) @Schema(description = "Hours a week to prepare; " + DEFAULT_HOURS_PER_WEEK
                    + " when absent") Integer hoursPerWeek,
            Long resumeId) {
    }

    /** A plan: one entry per day from the day it was made to the day before the interview. */
    public record PrepPlanView(long id, LocalDate interviewDate, OffsetDateTime createdAt, int hoursPerWeek,
            Long resumeId, List<PlanDay> days) {
    }

    /** A plan without its days, for lists. */
    public record PrepPlanSummary(long id, LocalDate interviewDate, OffsetDateTime createdAt, int hoursPerWeek,
            int items, int done) {
    }

    /** One day of a plan. */
    public record PlanDay(LocalDate date, List<PlanItem> items) {
    }

    /**
     * One thing to do on a day.
     *
     * @param questionIds question-bank ids to work through (drills, case studies, reviews of bank questions)
     * @param projectRef  the resume project a {@code resume_depth} item defends
     * @param storyTheme  the story-bank theme a {@code story_bank} item drafts a story for
     */
    public record PlanItem(long id, ItemKind kind, Category category, int minutes, String title, String detail,
            List<String> questionIds, String projectRef, String storyTheme, boolean done) {

        public PlanItem {
            questionIds = questionIds == null ? List.of() : List.copyOf(questionIds);
        }

        PlanItem markedDone() {
            return new PlanItem(id, kind, category, minutes, title, detail, questionIds, projectRef, storyTheme, true);
        }
    }

    /** What an item asks the candidate to do. */
    public enum ItemKind {
        drill, case_study, resume_depth, story_bank, mock_interview, review, logistics
    }
}
