package org.mockinterview.resume;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;
import org.mockinterview.platform.web.EarlyRejection;
import org.mockinterview.platform.web.UploadBodyLimit;

/**
 * The one owner of the resume size limit: refuses an oversized upload from its Content-Length before a byte of the
 * body is read, and checks the received file. Bodies without a length are cut off while streaming by
 * {@code quarkus.http.limits.max-body-size}, which {@link UploadBodyLimit} derives from the same setting.
 */
@ApplicationScoped
public class ResumeUploadGuard {

    private final ResumeConfig config;
    private final ObjectMapper mapper;

    ResumeUploadGuard(ResumeConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.post("/api/v1/resumes").order(Integer.MIN_VALUE + 20).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (EarlyRejection.declaredLength(ctx) > config.maxBytes() + UploadBodyLimit.ENVELOPE_BYTES) {
            EarlyRejection.reject(ctx, mapper, tooLarge().toProblem(ctx.request().path()));
            return;
        }
        ctx.next();
    }

    /** The file itself, once received: its envelope may have let a slightly larger file through. */
    void checkFileSize(long bytes) {
        if (bytes > config.maxBytes()) {
            throw tooLarge();
        }
    }

    private ProblemException tooLarge() {
        return ProblemException.specific(ProblemType.PAYLOAD_TOO_LARGE, "file-too-large",
                "The file is larger than " + config.maxBytes() / (1024 * 1024) + " MB.");
    }
}
