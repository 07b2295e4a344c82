package org.mockinterview.resume.parse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.mockinterview.resume.parse.ResumeParseException.Kind;
import org.mockinterview.resume.profile.ResumeProfile;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Parses an untrusted resume PDF into text and a profile, under page and memory limits. */
public final class ResumePdfParser {

    private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final int MAX_LEADING_JUNK = 1024;
    /** Resume content streams are kilobytes; anything far larger is a decompression bomb, not a CV. */
    private static final long MAX_CONTENT_BYTES_PER_PAGE = 16L * 1024 * 1024;
    private static final int MIN_TEXT_CHARS = 20;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ResumePdfParser.class);
    static final String LAYOUT_NOT_READ = "the layout could not be read: sections and entries are missing, please add"
            + " them to the profile";

    private final ParseLimits limits;

    public ResumePdfParser(ParseLimits limits) {
        this.limits = limits;
    }

    public ParsedResume parse(byte[] pdfBytes) throws ResumeParseException {
        if (pdfBytes == null || !hasMagic(pdfBytes)) {
            throw new ResumeParseException(Kind.NOT_PDF, "not a PDF file");
        }
        try (PDDocument document = load(pdfBytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new ResumeParseException(Kind.ENCRYPTED, "text extraction is not permitted");
            }
            int pages = document.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw new ResumeParseException(Kind.TOO_MANY_PAGES, pages + " pages, at most " + limits.maxPages());
            }
            guardPages(document, pages);
            GlyphCollector collector = GlyphCollector.collect(document);
            if (collector.overflow()) {
                throw new ResumeParseException(Kind.MALFORMED, "more than " + GlyphCollector.MAX_GLYPHS + " glyphs");
            }
            long textChars = collector.glyphs().stream().filter(g -> g.text().codePoints()
                    .anyMatch(Character::isLetterOrDigit)).count();
            if (textChars < MIN_TEXT_CHARS) {
                throw new ResumeParseException(Kind.NO_TEXT_LAYER, "no extractable text; paste the resume as text");
            }
            List<TextLine> lines = PageLayout.lines(collector);
            ResumeProfile profile;
            List<String> warnings;
            try {
                profile = ProfileAssembler.assemble(lines);
                warnings = ProfileWarnings.of(profile);
            } catch (RuntimeException | StackOverflowError e) {
                // the text was read but a layout rule failed on it: the user keeps the resume and its text, and
                // corrects the profile, rather than being told the file is broken
                LOG.errorf(e, "profile assembly failed on a readable PDF (%d lines)", lines.size());
                profile = ResumeProfile.empty();
                warnings = List.of(LAYOUT_NOT_READ);
            }
            String text = String.join("\n", lines.stream().map(TextLine::text).toList());
            return new ParsedResume(pages, true, warnings, text, profile);
        } catch (ResumeParseException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new ResumeParseException(Kind.ENCRYPTED, "the PDF is password-protected", e);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // PDFBox signals broken structure with many unchecked types; deep nesting can overflow the stack
            throw new ResumeParseException(Kind.MALFORMED, "the PDF could not be read: " + e.getClass().getSimpleName(), e);
        }
    }

    private PDDocument load(byte[] bytes) throws IOException {
        long cap = limits.maxMainMemoryBytes();
        return Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                MemoryUsageSetting.setupMixed(cap, cap).streamCache);
    }

    private static boolean hasMagic(byte[] bytes) {
        int last = Math.min(bytes.length - MAGIC.length, MAX_LEADING_JUNK);
        for (int start = 0; start <= last; start++) {
            boolean match = true;
            for (int i = 0; i < MAGIC.length && match; i++) {
                match = bytes[start + i] == MAGIC[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks the page tree once: a tree whose reachable pages disagree with its count is cyclic or broken, and each
     * page's content is decoded with a byte budget before the text stripper holds it in memory.
     */
    private static void guardPages(PDDocument document, int declared) throws IOException, ResumeParseException {
        byte[] sink = new byte[64 * 1024];
        int seen = 0;
        for (PDPage page : document.getPages()) {
            seen++;
            COSDictionary dict = page.getCOSObject();
            boolean orphan = !dict.containsKey(COSName.PARENT) && !dict.containsKey(COSName.MEDIA_BOX);
            if (orphan || COSName.PAGES.equals(dict.getCOSName(COSName.TYPE))) {
                throw new ResumeParseException(Kind.MALFORMED, "page tree is broken: page " + seen + " is not a page");
            }
            long total = 0;
            if (!page.hasContents()) {
                continue;
            }
            try (InputStream in = page.getContents()) {
                int n;
                while ((n = in.read(sink)) > 0) {
                    total += n;
                    if (total > MAX_CONTENT_BYTES_PER_PAGE) {
                        throw new ResumeParseException(Kind.MALFORMED, "page content exceeds "
                                + MAX_CONTENT_BYTES_PER_PAGE + " bytes");
                    }
                }
            }
        }
        if (seen == 0 || seen != declared) {
            throw new ResumeParseException(Kind.MALFORMED, "page tree is broken: " + seen + " of " + declared
                    + " pages reachable");
        }
    }
}
