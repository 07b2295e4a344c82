package org.mockinterview.resume;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;
import org.mockinterview.resume.parse.ParseLimits;
import org.mockinterview.resume.parse.ParsedResume;
import org.mockinterview.resume.parse.ResumeParseException;
import org.mockinterview.resume.parse.ResumePdfParser;
import org.mockinterview.resume.parse.ResumeTextParser;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the pure parsers for the service: on a bounded pool, under a time limit, with parser failures as problems.
 */
@ApplicationScoped
public class ResumeParsing {

    private final ResumeConfig config;

    private ExecutorService pool;
    private ResumePdfParser pdfParser;
    private final ResumeTextParser textParser = new ResumeTextParser();

    ResumeParsing(ResumeConfig config) {
        this.config = config;
    }

    @PostConstruct
    void init() {
        // CPU-bound work: as many threads as cores, so that hostile files cannot starve the request threads
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "resume-parser-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pdfParser = new ResumePdfParser(new ParseLimits(config.maxPages(), config.parseMemoryBytes()));
    }

    void stop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }

    public ParsedResume parseText(String text) {
        return textParser.parse(text);
    }

    public ParsedResume parsePdf(byte[] bytes) {
        Future<ParsedResume> future = pool.submit(() -> pdfParser.parse(bytes));
        try {
            return future.get(config.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw ProblemException.specific(ProblemType.UNPROCESSABLE, "parse-timeout",
                    "The PDF took longer than " + config.parseTimeout().toSeconds()
                            + " s to read. Upload a simpler PDF or paste the resume text instead.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The upload was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ResumeParseException p) {
                throw toProblem(p);
            }
            // anything else thrown by PDFBox on a hostile file is still the file's fault
            throw ProblemException.specific(ProblemType.UNPROCESSABLE, "malformed-pdf",
                    "The PDF is damaged or malformed and could not be read.");
        }
    }

    private ProblemException toProblem(ResumeParseException e) {
        return switch (e.kind()) {
            case NOT_PDF -> ProblemException.specific(ProblemType.UNSUPPORTED_MEDIA_TYPE, "not-a-pdf",
                    "The file is not a PDF. Upload a PDF resume or paste its text.");
            case ENCRYPTED -> ProblemException.specific(ProblemType.UNPROCESSABLE, "encrypted-pdf",
                    "The PDF is password-protected. Remove the password and upload it again.");
            case TOO_MANY_PAGES -> ProblemException.specific(ProblemType.UNPROCESSABLE, "too-many-pages",
                    "The PDF has more than " + config.maxPages() + " pages.");
            case NO_TEXT_LAYER -> ProblemException.specific(ProblemType.UNPROCESSABLE, "no-text-layer",
                    "The PDF has no text layer (it looks like a scan). Upload a PDF with selectable text,"
                            + " or paste the resume text as JSON {\"text\": ...}.");
            case MALFORMED -> ProblemException.specific(ProblemType.UNPROCESSABLE, "malformed-pdf",
                    "The PDF is damaged or malformed and could not be read.");
        };
    }
}
