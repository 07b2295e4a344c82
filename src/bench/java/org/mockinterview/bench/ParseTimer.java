package org.mockinterview.bench;

import org.mockinterview.resume.parse.ParseLimits;
import org.mockinterview.resume.parse.ResumeParseException;
import org.mockinterview.resume.parse.ResumePdfParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

// Usage: ParseTimer <runs> <file-or-dir>... Each file is warmed up first, because the service parses with a warm JIT.
/** Median wall time of our parser per PDF file, to compare file by file with scripts/bench-poppler.sh. */
public final class ParseTimer {

    private ParseTimer() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        ResumePdfParser parser = new ResumePdfParser(new ParseLimits(10, 32L << 20));
        System.out.printf("%-40s %6s %10s %10s  %s%n", "file", "runs", "median ms", "min ms", "outcome");
        for (Path file : files(Arrays.copyOfRange(args, 1, args.length))) {
            byte[] bytes = Files.readAllBytes(file);
            String outcome = "ok";
            for (int i = 0; i < 30; i++) {
                outcome = parseOnce(parser, bytes);
            }
            long[] t = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                parseOnce(parser, bytes);
                t[i] = System.nanoTime() - start;
            }
            Arrays.sort(t);
            System.out.printf("%-40s %6d %10.2f %10.2f  %s%n", file.getFileName(), runs, t[runs / 2] / 1e6, t[0] / 1e6,
                    outcome);
        }
    }

    private static String parseOnce(ResumePdfParser parser, byte[] bytes) {
        try {
            return "ok, " + parser.parse(bytes).text().length() + " chars";
        } catch (ResumeParseException e) {
            return "rejected: " + e.getMessage(); // e.g. an image-only scan has no text layer
        }
    }

    private static List<Path> files(String[] args) throws Exception {
        List<Path> out = new java.util.ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".pdf")).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
