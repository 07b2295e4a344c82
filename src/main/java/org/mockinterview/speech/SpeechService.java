package org.mockinterview.speech;

import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.kernel.SpeechTiming;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Hears one recording: checks it (size, magic bytes), decodes and measures it in memory, one decode per core at a
 * time, and has the configured model transcribe it. The audio is never stored or logged.
 */
@ApplicationScoped
public class SpeechService {

    private final AudioConfig limits;
    private final TranscriptionConfig transcription;
    private final TranscriptionClient client;
    private final TranscriptionMetrics metrics;
    private final Semaphore decoders = new Semaphore(Runtime.getRuntime().availableProcessors());

    SpeechService(AudioConfig limits, TranscriptionConfig transcription, TranscriptionClient client,
            TranscriptionMetrics metrics) {
        this.limits = limits;
        this.transcription = transcription;
        this.client = client;
        this.metrics = metrics;
    }

    /**
     * What was heard: the text (the model's; without one, the client's own transcript, or null), whether the model
     * made it, and when the speech was.
     */
    public record Heard(String text, boolean transcribed, SpeechTiming timing) {
    }

    /** 413 for a file over the limit; called as soon as the upload's size is known. */
    public void checkSize(long bytes) {
        if (bytes > limits.maxBytes()) {
            throw tooLarge();
        }
    }

    ProblemException tooLarge() {
        return ProblemException.specific(ProblemType.PAYLOAD_TOO_LARGE, "audio-too-large",
                "The recording is larger than " + limits.maxBytes() / (1024 * 1024) + " MB.");
    }

    /** For an answer, which needs words: 422 before any work when no model is configured and no text was sent. */
    public Heard listenForAnswer(byte[] audio, String clientText) {
        if (!transcription.configured() && isBlank(clientText)) {
            throw ProblemException.specific(ProblemType.UNPROCESSABLE, "transcription-unavailable",
                    "No transcription model is configured on this server, so a spoken answer needs its transcript in"
                            + " the 'text' part (for example the browser's own speech recognition). Operators:"
                            + " set MOCKINTERVIEW_TRANSCRIPTION_BASE_URL (and _API_KEY, _MODEL) to transcribe audio.");
        }
        Heard heard = listen(audio, clientText);
        if (heard.text() == null) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "transcription-failed",
                    "The transcription model did not answer; try again shortly, or send the transcript in 'text'.",
                    null, Map.of("Retry-After", "30"));
        }
        return heard;
    }

    /** The longest client transcript, as for a typed answer's text. */
    static final int MAX_TEXT_CHARS = 20_000;

    public Heard listen(byte[] audio, String clientText) {
        checkSize(audio.length);
        if (clientText != null && clientText.length() > MAX_TEXT_CHARS) {
            throw ProblemException.field("text", "size must be between 0 and " + MAX_TEXT_CHARS);
        }
        AudioFormat format = AudioDecoder.format(audio);
        SpeechTiming timing = measure(audio, format);
        String fallback = isBlank(clientText) ? null : clientText.strip();
        if (!transcription.configured()) {
            return new Heard(fallback, false, timing);
        }
        long start = System.nanoTime();
        TranscriptionClient.Transcript t = client.transcribe(audio, format);
        String outcome = t.failure() == null && t.text().isEmpty() ? "empty" : t.failure();
        metrics.call(outcome == null ? "success" : outcome, Duration.ofNanos(System.nanoTime() - start),
                timing.audioSeconds());
        if (outcome != null) {
            metrics.fallback(outcome);
            return new Heard(fallback, false, timing);
        }
        return new Heard(t.text(), true, timing);
    }

    private SpeechTiming measure(byte[] audio, AudioFormat format) {
        Duration timeout = limits.decodeTimeout();
        try {
            if (!decoders.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, null,
                        "Too many recordings are being decoded; retry in a few seconds.", null,
                        Map.of("Retry-After", "5"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "Interrupted while waiting to decode.");
        }
        try {
            return AudioDecoder.measure(audio, format,
                    new DecodeLimits(limits.maxSeconds(), System.nanoTime() + timeout.toNanos()));
        } finally {
            decoders.release();
        }
    }


    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
