package org.mockinterview.resume;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.mockinterview.platform.Sha256;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.web.PageView;
import org.mockinterview.resume.parse.ParsedResume;
import org.mockinterview.resume.profile.ResumeProfile;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Resume ingestion and access: parse outside any transaction, then store once per user and content hash.
 */
@ApplicationScoped
public class ResumeService {

    private final ResumeRepository repository;
    private final ResumeParsing parsing;
    private final ProfileCorrection correction;
    private final java.time.Clock clock;

    ResumeService(ResumeRepository repository, ResumeParsing parsing, ProfileCorrection correction,
            java.time.Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.parsing = parsing;
        this.correction = correction;
    }

    /** A stored resume and whether this call created it. */
    public record Ingested(ResumeView resume, boolean created) {
    }

    public Ingested ingestPdf(long userId, String fileName, byte[] bytes) {
        String sha = Sha256.hex(bytes);
        Optional<ResumeView> existing = existing(userId, sha);
        if (existing.isPresent()) {
            return new Ingested(existing.get(), false);
        }
        ParsedResume parsed = parsing.parsePdf(bytes);
        return store(userId, fileName, sha, "pdf", parsed);
    }

    public Ingested ingestText(long userId, String fileName, String text) {
        String sha = Sha256.hex(text);
        Optional<ResumeView> existing = existing(userId, sha);
        if (existing.isPresent()) {
            return new Ingested(existing.get(), false);
        }
        ParsedResume parsed = parsing.parseText(text);
        return store(userId, fileName == null || fileName.isBlank() ? "pasted-text.txt" : fileName, sha, "text",
                parsed);
    }

    @Transactional
    public PageView<ResumeView> list(long userId, int page, int size) {
        return new PageView<>(repository.pageOwned(userId, page, size).stream().map(ResumeView::of).toList(), page,
                size, repository.countOwned(userId));
    }

    @Transactional
    public ResumeView get(long userId, long id) {
        return repository.findOwned(userId, id).map(ResumeView::of)
                .orElseThrow(() -> ProblemException.notFound("Resume " + id));
    }

    /** The user's most recent resume, if any. */
    @Transactional
    public Optional<ResumeView> latest(long userId) {
        return repository.pageOwned(userId, 0, 1).stream().findFirst().map(ResumeView::of);
    }

    /** An owned resume, for planning interviews and reporting on them. */
    @Transactional
    public Optional<ResumeView> findOwned(long userId, long id) {
        return repository.findOwned(userId, id).map(ResumeView::of);
    }

    /** Replaces the profile with the user's corrected one; from then on the resume's profile is the user's. */
    @Transactional
    public ResumeView correctProfile(long userId, long id, ResumeProfile profile) {
        Resume r = repository.findOwned(userId, id).orElseThrow(() -> ProblemException.notFound("Resume " + id));
        r.profile = correction.correct(profile, r.profile);
        r.profileSource = Resume.USER;
        return ResumeView.of(r);
    }

    @Transactional
    public void delete(long userId, long id) {
        if (repository.deleteOwned(userId, id) == 0) {
            throw ProblemException.notFound("Resume " + id);
        }
    }

    private Optional<ResumeView> existing(long userId, String sha) {
        return QuarkusTransaction.requiringNew().call(() -> repository.findBySha(userId, sha).map(ResumeView::of));
    }

    private Ingested store(long userId, String fileName, String sha, String source, ParsedResume parsed) {
        try {
            ResumeView view = QuarkusTransaction.requiringNew().call(() -> {
                Resume r = new Resume();
                r.userId = userId;
                r.fileName = sanitizeFileName(fileName);
                r.sha256 = sha;
                r.source = source;
                r.pageCount = parsed.pageCount();
                r.textExtractable = parsed.textExtractable();
                r.warnings = parsed.warnings();
                r.profile = parsed.profile();
                r.profileSource = Resume.PARSER;
                r.extractedText = parsed.text().replace("\u0000", "");
                r.createdAt = OffsetDateTime.now(clock);
                repository.persistAndFlush(r);
                return ResumeView.of(r);
            });
            return new Ingested(view, true);
        } catch (PersistenceException e) {
            // a concurrent upload of the same bytes won the unique (user, sha256) key: answer with its row
            return existing(userId, sha).map(v -> new Ingested(v, false)).orElseThrow(() -> e);
        }
    }

    static String sanitizeFileName(String name) {
        if (name == null || name.isBlank()) {
            return "resume.pdf";
        }
        String base = name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}]", "").strip();
        if (base.isEmpty()) {
            return "resume.pdf";
        }
        return base.length() > 255 ? base.substring(0, 255) : base;
    }
}
