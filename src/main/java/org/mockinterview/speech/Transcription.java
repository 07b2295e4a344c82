package org.mockinterview.speech;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What one recording held, kept for an hour without its audio; random ids, so they cannot be guessed. */
@Entity
public class Transcription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public long userId;

    public String text;

    @Column(nullable = false)
    public boolean transcribed;

    @Column(nullable = false)
    public double audioSeconds;

    @Column(nullable = false)
    public double speakingSeconds;

    @Column(nullable = false)
    public int pauseCount;

    @Column(nullable = false)
    public double longestPauseSeconds;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public OffsetDateTime expiresAt;
}
