package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockinterview.resume.fixtures.HostilePdfs;
import org.mockinterview.resume.parse.ResumeParseException.Kind;

/** Hostile and broken files are refused with the right kind, quickly, under a memory cap. */
class HostilePdfTest {

    private static final ParseLimits LIMITS = new ParseLimits(10, 32L * 1024 * 1024);

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                hostile("png magic", HostilePdfs::pngMagic, Kind.NOT_PDF),
                hostile("zip magic", HostilePdfs::zipMagic, Kind.NOT_PDF),
                hostile("empty file", HostilePdfs::empty, Kind.NOT_PDF),
                hostile("text renamed .pdf", HostilePdfs::textRenamedPdf, Kind.NOT_PDF),
                hostile("header after 1 KiB of junk", HostilePdfs::headerTooLate, Kind.NOT_PDF),
                hostile("truncated", HostilePdfs::truncated, Kind.MALFORMED),
                hostile("garbage after header", HostilePdfs::garbageAfterHeader, Kind.MALFORMED),
                hostile("password protected", HostilePdfs::encrypted, Kind.ENCRYPTED),
                hostile("image only", HostilePdfs::imageOnly, Kind.NO_TEXT_LAYER),
                hostile("blank pages", HostilePdfs::blankPages, Kind.NO_TEXT_LAYER),
                hostile("50 pages", () -> HostilePdfs.manyPages(50), Kind.TOO_MANY_PAGES),
                hostile("decompression bomb", HostilePdfs::decompressionBomb, Kind.MALFORMED),
                hostile("deeply nested arrays", HostilePdfs::deeplyNestedArrays, Kind.MALFORMED),
                hostile("deeply nested dictionaries", HostilePdfs::deeplyNestedDictionaries, Kind.MALFORMED),
                hostile("huge page tree", HostilePdfs::hugePageTree, Kind.TOO_MANY_PAGES),
                hostile("cyclic page tree", HostilePdfs::cyclicPageTree, Kind.MALFORMED),
                hostile("invalid object stream", HostilePdfs::invalidObjectStream, Kind.MALFORMED),
                hostile("zero-byte font", HostilePdfs::zeroByteFont, null),
                hostile("text flood", HostilePdfs::textFlood, Kind.MALFORMED),
                hostile("recursive form xobject", HostilePdfs::recursiveXObject, null),
                hostile("broken xref (recoverable)", HostilePdfs::brokenXref, null),
                hostile("javascript and embedded file", HostilePdfs::javaScriptAndEmbeddedFile, null),
                hostile("leading junk below 1 KiB", HostilePdfs::leadingJunk, null));
    }

    private static Arguments hostile(String name, Supplier<byte[]> bytes, Kind expected) {
        return Arguments.of(name, bytes, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void refusesWithTheRightKind(String name, Supplier<byte[]> bytes, Kind expected) {
        byte[] pdf = bytes.get();
        ResumePdfParser parser = new ResumePdfParser(LIMITS);
        long start = System.nanoTime();
        // a hang guard, not a time limit: refusal times are measured by HostileUploads (docs/PERFORMANCE.md)
        Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> catchThrowable(() -> parser.parse(pdf)));
        System.out.printf("HOSTILE %s -> %s in %d ms%n", name, thrown == null ? "parsed" : thrown,
                (System.nanoTime() - start) / 1_000_000);
        if (expected == null) {
            assertThat(thrown).as(name).isNull();
        } else {
            assertThat(thrown).as(name).isInstanceOf(ResumeParseException.class);
            assertThat(((ResumeParseException) thrown).kind()).as(name).isEqualTo(expected);
        }
    }
}
