package org.mockinterview.resume.parse;

/**
 * Bounds for parsing untrusted PDFs.
 */
public record ParseLimits(int maxPages, long maxMainMemoryBytes) {
}
