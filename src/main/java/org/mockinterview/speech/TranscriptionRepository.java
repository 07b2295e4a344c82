package org.mockinterview.speech;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Transcriptions, looked up through their owner and only until they expire: anything else is a missing one. */
@ApplicationScoped
public class TranscriptionRepository implements PanacheRepositoryBase<Transcription, UUID> {

    public Optional<Transcription> findLive(long userId, UUID id, OffsetDateTime now) {
        return find("id = ?1 and userId = ?2 and expiresAt > ?3", id, userId, now).firstResultOptional();
    }

    public long deleteExpired(OffsetDateTime now) {
        return delete("expiresAt <= ?1", now);
    }
}
