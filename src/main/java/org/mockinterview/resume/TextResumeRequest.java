package org.mockinterview.resume;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Pasted resume text: the way in for a scanned PDF with no text layer.
 */
public record TextResumeRequest(
        @NotBlank @Size(max = 100_000) String text,
        @Size(max = 255) String fileName) {
}
