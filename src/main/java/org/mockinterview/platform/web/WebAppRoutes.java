package org.mockinterview.platform.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * Guards the web app's files (index page, its modules, the chart library): 404 problem+json when the app is off,
 * otherwise a strict Content-Security-Policy and the other browser security headers on every one of them.
 */
@ApplicationScoped
public class WebAppRoutes {

    /** Only the service's own origin: no inline script or style, no framing, no third-party asset. */
    static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The paths the app's files are served under (Quarkus static resources and the web-dependency locator). */
    private static final List<String> PATHS = List.of("/", "/index.html", "/app/*", "/webjars/*");

    private final WebAppConfig config;
    private final HttpProblemFallback problems;

    WebAppRoutes(WebAppConfig config, HttpProblemFallback problems) {
        this.config = config;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        for (String path : PATHS) {
            // before the static-resource handlers, after the request id (HttpProblemFallback)
            router.route(path).order(Integer.MIN_VALUE + 20).handler(this::guard);
        }
    }

    private void guard(RoutingContext ctx) {
        if (!config.enabled()) {
            // the same problem+json 404 an unknown path gets, so a disabled app is indistinguishable from none
            problems.problem(ctx, 404);
            return;
        }
        ctx.response().headers()
                .set("Content-Security-Policy", CSP)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set("X-Frame-Options", "DENY")
                .set("Cross-Origin-Opener-Policy", "same-origin")
                .set("Permissions-Policy", "camera=(), microphone=(self), geolocation=()")
                // revalidate on every load so a redeployed app is picked up at once (ETags keep it cheap)
                .set("Cache-Control", "no-cache");
        ctx.next();
    }
}
