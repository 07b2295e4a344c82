package org.mockinterview.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mockinterview.platform.problem.Problem;
import org.mockinterview.platform.problem.ProblemType;

/**
 * Cheap refusals before any work: API bodies over their limit (413) and absurdly large bearer tokens (401).
 * Uploads (any multipart body) have limits of their own: ResumeUploadGuard, AudioUploadGuard, UploadBodyLimit.
 */
@ApplicationScoped
public class RequestGuards {

    /** Real tokens are a few hundred bytes to a few KB; anything larger is refused unparsed. */
    static final int MAX_AUTHORIZATION_CHARS = 8192;
    /** The routes that take files and guard their own size (resumes, spoken answers, transcriptions). */
    private static final java.util.regex.Pattern UPLOADS = java.util.regex.Pattern.compile(
            "/api/v1/(?:resumes|transcriptions|interviews/[^/]+/answers)");

    private final HttpConfig config;
    private final ObjectMapper mapper;

    RequestGuards(HttpConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 15).handler(this::guard);
    }

    private void guard(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization != null && authorization.length() > MAX_AUTHORIZATION_CHARS) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            EarlyRejection.reject(ctx, mapper, Problem.of(ProblemType.UNAUTHORIZED,
                    "A valid bearer token is required", ctx.request().path()));
            return;
        }
        // uploads are held to their own limits by their routes' guards; everything else is JSON-sized
        boolean upload = String.valueOf(ctx.request().getHeader("Content-Type")).startsWith("multipart/")
                && UPLOADS.matcher(ctx.request().path()).matches();
        if (!upload && EarlyRejection.declaredLength(ctx) > config.maxJsonBytes()) {
            EarlyRejection.reject(ctx, mapper, Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + config.maxJsonBytes() + " bytes", ctx.request().path()));
            return;
        }
        ctx.next();
    }
}
