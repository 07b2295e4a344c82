package org.mockinterview.resume;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mockinterview.resume.profile.ResumeProfile;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A parsed resume owned by one user; the original file is never kept, only its hash, text and profile.
 */
@Entity
public class Resume extends PanacheEntity {

    /** {@link #profileSource} of a profile as the parser made it. */
    public static final String PARSER = "parser";
    /** {@link #profileSource} of a profile the user corrected. */
    public static final String USER = "user";

    @Column(nullable = false)
    public long userId;

    @Column(nullable = false)
    public String fileName;

    @Column(nullable = false, columnDefinition = "bpchar(64)")
    public String sha256;

    /** pdf or text (pasted). */
    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public int pageCount;

    @Column(nullable = false)
    public boolean textExtractable;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> warnings;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ResumeProfile profile;

    /** parser, or user once the user corrected the profile. */
    @Column(nullable = false)
    public String profileSource;

    @Column(nullable = false)
    public String extractedText;

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
