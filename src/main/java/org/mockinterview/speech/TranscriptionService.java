package org.mockinterview.speech;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.kernel.SpeechTiming;
import org.mockinterview.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Transcribe first, answer after: keeps what a recording held (never the recording) for one hour, so that the user
 * can correct the transcript and answer with it. Expired rows are deleted whenever a new one is stored.
 */
@ApplicationScoped
public class TranscriptionService {

    static final Duration KEPT = Duration.ofHours(1);

    private final SpeechService speech;
    private final TranscriptionRepository repository;
    private final Clock clock;

    TranscriptionService(SpeechService speech, TranscriptionRepository repository, Clock clock) {
        this.speech = speech;
        this.repository = repository;
        this.clock = clock;
    }

    /** Measures and transcribes outside any transaction, then stores the result in one short one. */
    public TranscriptionView create(long userId, byte[] audio, String clientText) {
        SpeechService.Heard heard = speech.listen(audio, clientText);
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            repository.deleteExpired(now);
            Transcription t = new Transcription();
            t.id = UUID.randomUUID();
            t.userId = userId;
            t.text = heard.text();
            t.transcribed = heard.transcribed();
            t.audioSeconds = heard.timing().audioSeconds();
            t.speakingSeconds = heard.timing().speakingSeconds();
            t.pauseCount = heard.timing().pauses().count();
            t.longestPauseSeconds = heard.timing().pauses().longestSeconds();
            t.createdAt = now;
            t.expiresAt = now.plus(KEPT);
            repository.persist(t);
            return TranscriptionView.of(t);
        });
    }

    public TranscriptionView get(long userId, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> TranscriptionView.of(live(userId, id)));
    }

    /** The timing of the caller's live transcription, for an answer that cites it; 404 for anyone else's. */
    public SpeechTiming timing(long userId, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> TranscriptionView.timing(live(userId, id)));
    }

    private Transcription live(long userId, UUID id) {
        return repository.findLive(userId, id, OffsetDateTime.now(clock)).orElseThrow(() ->
                ProblemException.notFound("Transcription " + id + " (transcriptions are kept for one hour)"));
    }
}
