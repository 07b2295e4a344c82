package org.mockinterview.speech;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mockinterview.platform.web.EarlyRejection;
import org.mockinterview.platform.web.UploadBodyLimit;

/**
 * Refuses an oversized recording from its Content-Length before a byte of it is read (413); the received file is
 * checked again by {@link SpeechService#checkSize}, and bodies without a length are cut off by the HTTP body limit.
 */
@ApplicationScoped
public class AudioUploadGuard {

    private final AudioConfig config;
    private final SpeechService speech;
    private final ObjectMapper mapper;

    AudioUploadGuard(AudioConfig config, SpeechService speech, ObjectMapper mapper) {
        this.config = config;
        this.speech = speech;
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.post("/api/v1/transcriptions").order(Integer.MIN_VALUE + 20).handler(this::check);
        router.postWithRegex("/api/v1/interviews/[^/]+/answers").order(Integer.MIN_VALUE + 20).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        boolean multipart = String.valueOf(ctx.request().getHeader("Content-Type")).startsWith("multipart/");
        if (multipart && EarlyRejection.declaredLength(ctx) > config.maxBytes() + UploadBodyLimit.ENVELOPE_BYTES) {
            EarlyRejection.reject(ctx, mapper, speech.tooLarge().toProblem(ctx.request().path()));
            return;
        }
        ctx.next();
    }
}
