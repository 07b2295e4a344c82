package org.mockinterview.practice;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mockinterview.platform.security.CurrentUser;
import org.mockinterview.practice.PracticeViews.Progress;
import org.mockinterview.practice.PracticeViews.QueueItem;

import java.util.List;

/**
 * The practice loop's read side: the review queue and progress over time.
 */
@Path("/api/v1")
@Tag(name = "practice")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class PracticeResource {

    private final ReviewService review;
    private final ProgressService progress;
    private final CurrentUser user;

    PracticeResource(ReviewService review, ProgressService progress, CurrentUser user) {
        this.review = review;
        this.progress = progress;
        this.user = user;
    }

    @GET
    @Path("/practice/queue")
    @Operation(operationId = "getPracticeQueue",
            summary = "Every answered question with its review schedule, those due now first")
    public List<QueueItem> queue() {
        return review.queue(user.id());
    }

    @GET
    @Path("/progress")
    @Operation(operationId = "getProgress",
            summary = "Scores per category over time, the weakest rubric criteria, story coverage and reviews due")
    public Progress progress() {
        return progress.of(user.id());
    }
}
