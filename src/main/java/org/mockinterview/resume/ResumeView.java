package org.mockinterview.resume;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A resume as the API returns it.
 */
public record ResumeView(long id, String fileName, String sha256, OffsetDateTime createdAt, int pageCount,
        boolean textExtractable, List<String> warnings, ResumeProfile profile) {

    static ResumeView of(Resume r) {
        return new ResumeView(r.id, r.fileName, r.sha256, r.createdAt, r.pageCount, r.textExtractable, r.warnings,
                r.profile);
    }
}
