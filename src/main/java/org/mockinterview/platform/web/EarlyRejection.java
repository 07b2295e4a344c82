package org.mockinterview.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import org.mockinterview.platform.problem.Problem;

/**
 * Answers a request with a problem before its body is read. The body is drained unbuffered first, so that the
 * client, still sending, reads the answer instead of a reset connection.
 */
public final class EarlyRejection {

    private EarlyRejection() {
    }

    /** The declared Content-Length, or -1 when absent or malformed. */
    public static long declaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static void reject(RoutingContext ctx, ObjectMapper mapper, Problem problem) {
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (Exception e) {
            body = "";
        }
        String json = body;
        Runnable respond = () -> {
            if (!ctx.response().ended()) {
                ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(json);
            }
        };
        if (ctx.request().isEnded()) {
            respond.run();
            return;
        }
        ctx.request().handler(ignored -> { });
        ctx.request().exceptionHandler(ignored -> respond.run());
        ctx.request().endHandler(ignored -> respond.run());
        ctx.request().resume();
    }
}
