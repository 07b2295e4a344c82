package org.mockinterview.platform.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's description for the OpenAPI document: its identity and its tags. The contract is openapi.yaml.
 */
@OpenAPIDefinition(
        info = @Info(title = "mock-interview-service API", version = "1.0.0",
                description = "AI mock-interview backend: resume profiles, tailored questions, scored answers,"
                        + " transcripts and reports. Every error is RFC 9457 application/problem+json.",
                license = @License(name = "Proprietary", identifier = "LicenseRef-Proprietary")),
        tags = {
                @Tag(name = "account", description = "The authenticated caller"),
                @Tag(name = "resumes", description = "Resume upload and structured profiles"),
                @Tag(name = "answer-analyses", description = "Stateless scoring of one answer"),
                @Tag(name = "interviews", description = "Mock interview sessions, transcripts and reports"),
                @Tag(name = "transcriptions", description = "Spoken answers transcribed and measured first")
        })
public class ApiDefinition extends Application {
}
