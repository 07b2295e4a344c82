package org.mockinterview.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.mockinterview.platform.problem.Problem;
import org.mockinterview.platform.problem.ProblemResponses;
import org.mockinterview.platform.problem.ProblemType;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * HTTP-layer concerns below the REST resources: a request id on every request and log line, and problem+json
 * for errors that never reach a resource (unknown paths, oversized bodies, failures in the HTTP stack).
 */
@ApplicationScoped
public class HttpProblemFallback {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger LOG = Logger.getLogger(HttpProblemFallback.class);

    private final ObjectMapper mapper;

    HttpProblemFallback(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(this::requestId);
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 413, 414, 415, 431, 500, 503}) {
            router.errorHandler(status, ctx -> problem(ctx, status));
        }
    }

    private void requestId(RoutingContext ctx) {
        String incoming = ctx.request().getHeader(REQUEST_ID_HEADER);
        String id = incoming != null && SAFE_ID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        ctx.put(REQUEST_ID_HEADER, id);
        MDC.put("requestId", id);
        ctx.response().putHeader(REQUEST_ID_HEADER, id);
        ctx.addEndHandler(ignored -> MDC.remove("requestId"));
        ctx.next();
    }

    /** Ends the request with the problem+json of a status, as for a path no route serves. */
    void problem(RoutingContext ctx, int status) {
        if (ctx.response().headWritten()) {
            return;
        }
        if (status >= 500 && ctx.failure() != null) {
            LOG.errorf(ctx.failure(), "Unhandled failure serving %s", ctx.request().path());
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = ProblemResponses.frameworkDetail(status, ctx.request().method().name(),
                ctx.request().getHeader("Content-Type"));
        Problem body = new Problem(type.uri(), type.title(), status, detail, ctx.request().path(), null);
        try {
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            if (status == 401) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer");
            }
            ctx.response().end(mapper.writeValueAsString(body));
        } catch (Exception e) {
            ctx.response().setStatusCode(500).end();
        }
    }
}
