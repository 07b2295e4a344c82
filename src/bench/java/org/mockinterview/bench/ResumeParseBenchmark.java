package org.mockinterview.bench;

import org.mockinterview.resume.parse.ParseLimits;
import org.mockinterview.resume.parse.ParsedResume;
import org.mockinterview.resume.parse.ResumeParseException;
import org.mockinterview.resume.parse.ResumePdfParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** Parse step of a resume upload (PDF bytes → text and profile) on generated 1-, 2- and 3-page resumes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResumeParseBenchmark {

    @Param({"1", "2", "3"})
    public int pages;

    private byte[] pdf;
    private ResumePdfParser parser;

    @Setup
    public void setUp() {
        pdf = BenchPdfs.resume(pages);
        // the same limits the service uses by default (mockinterview.resume.max-pages / parse-memory-bytes)
        parser = new ResumePdfParser(new ParseLimits(10, 32L << 20));
    }

    @Benchmark
    public ParsedResume parse() throws ResumeParseException {
        return parser.parse(pdf);
    }
}
