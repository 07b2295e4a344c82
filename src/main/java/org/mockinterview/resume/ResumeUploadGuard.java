package org.mockinterview.resume;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.mockinterview.platform.web.EarlyRejection;
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
        if (EarlyRejection.declaredLength(ctx) > config.maxBytes() + ENVELOPE_BYTES) {
            EarlyRejection.reject(ctx, mapper, ProblemException.specific(ProblemType.PAYLOAD_TOO_LARGE,
                    "file-too-large", "The file is larger than " + config.maxBytes() / (1024 * 1024) + " MB.")
                    .toProblem(ctx.request().path()));
            return;
        }
        ctx.next();
    }
}
