package org.mockinterview.resume;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mockinterview.resume.profile.ResumeProfile;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A resume as the API returns it.
 */
public record ResumeView(long id, String fileName, String sha256, OffsetDateTime createdAt, int pageCount,
        boolean textExtractable, List<String> warnings,
        @Schema(description = "Who wrote the profile: the parser, or the user after correcting it",
                enumeration = {Resume.PARSER, Resume.USER}) String profileSource,
        ResumeProfile profile) {

    static ResumeView of(Resume r) {
        return new ResumeView(r.id, r.fileName, r.sha256, r.createdAt, r.pageCount, r.textExtractable, r.warnings,
                r.profileSource, r.profile);
    }
}
