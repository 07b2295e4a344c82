package org.mockinterview.resume;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.mockinterview.platform.problem.Problem;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;

/**
 * Refuses an oversized upload from its Content-Length before a byte of the body is read.
 * Bodies without a length are cut off while streaming by {@code quarkus.http.limits.max-body-size}.
 */
@ApplicationScoped
public class ResumeUploadGuard {

    /** Room for the multipart envelope around the file itself. */
    private static final long ENVELOPE_BYTES = 64 * 1024;

    @Inject
    ResumeConfig config;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        router.post("/api/v1/resumes").order(Integer.MIN_VALUE + 20).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        long declared = -1;
        try {
            declared = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException ignored) {
            // a malformed length is the HTTP layer's to reject
        }
        if (declared > config.maxBytes() + ENVELOPE_BYTES) {
            Problem problem = ProblemException.specific(ProblemType.PAYLOAD_TOO_LARGE, "file-too-large",
                    "The file is larger than " + config.maxBytes() / (1024 * 1024) + " MB.")
                    .toProblem(ctx.request().path());
            try {
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(mapper.writeValueAsString(problem));
            } catch (Exception e) {
                ctx.response().setStatusCode(413).end();
            }
            return;
        }
        ctx.next();
    }
}
