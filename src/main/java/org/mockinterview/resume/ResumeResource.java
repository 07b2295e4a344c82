package org.mockinterview.resume;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mockinterview.platform.problem.Problem;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;
import org.mockinterview.platform.security.CurrentUser;
import org.mockinterview.platform.web.PageView;
import org.mockinterview.resume.profile.ResumeProfile;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Upload, list, read, correct and delete the caller's resumes.
 */
@Path("/api/v1/resumes")
@Tag(name = "resumes")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class ResumeResource {

    private final ResumeService service;
    private final ResumeUploadGuard uploadGuard;
    private final CurrentUser user;

    ResumeResource(ResumeService service, ResumeUploadGuard uploadGuard, CurrentUser user) {
        this.service = service;
        this.uploadGuard = uploadGuard;
        this.user = user;
    }

    /** One operation in the contract: both forms of the upload share it. */
    private static final String UPLOAD_SUMMARY = "Upload a resume: a PDF (multipart) or pasted plain text (JSON, the"
            + " way in for a scanned PDF); the response is its structured profile";

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadResume", summary = UPLOAD_SUMMARY)
    @APIResponse(responseCode = "201", description = "Parsed and stored",
            content = @Content(schema = @Schema(implementation = ResumeView.class)))
    @APIResponse(responseCode = "200", description = "The same file was uploaded before; the stored resume",
            content = @Content(schema = @Schema(implementation = ResumeView.class)))
    @APIResponse(responseCode = "413", description = "Larger than the configured limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a PDF",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unreadable, encrypted, too many pages, or no text layer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@RestForm("file") @Schema(description = "The resume PDF") FileUpload file,
            @Context UriInfo uriInfo) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.specific(ProblemType.BAD_REQUEST, "missing-file",
                    "The multipart form needs a part named 'file' holding the PDF.");
        }
        uploadGuard.checkFileSize(file.size());
        if (file.size() == 0) {
            throw ProblemException.specific(ProblemType.BAD_REQUEST, "empty-file", "The uploaded file is empty.");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw ProblemException.specific(ProblemType.BAD_REQUEST, "missing-file", "The upload could not be read.");
        }
        return respond(service.ingestPdf(user.id(), file.fileName(), bytes), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadResume", summary = UPLOAD_SUMMARY)
    @APIResponse(responseCode = "201", description = "Parsed and stored",
            content = @Content(schema = @Schema(implementation = ResumeView.class)))
    @APIResponse(responseCode = "200", description = "The same text was sent before; the stored resume",
            content = @Content(schema = @Schema(implementation = ResumeView.class)))
    public Response paste(@Valid @NotNull TextResumeRequest request, @Context UriInfo uriInfo) {
        return respond(service.ingestText(user.id(), request.fileName(), request.text()), uriInfo);
    }

    @GET
    @Operation(operationId = "listResumes", summary = "The caller's resumes, newest first")
    public PageView<ResumeView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.list(user.id(), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getResume", summary = "One resume")
    @APIResponse(responseCode = "200", description = "The resume and its profile",
            content = @Content(schema = @Schema(implementation = ResumeView.class)))
    @APIResponse(responseCode = "404", description = "No such resume for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResumeView get(@PathParam("id") long id) {
        return service.get(user.id(), id);
    }

    @PUT
    @Path("/{id}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctResumeProfile", summary = "Replace the parsed profile with the user's corrected one",
            description = "The body is the profile as GET returns it. confidence, technologies, methods, metrics and"
                    + " sections[].lines may be left out: they are computed from each entry's own text, a project"
                    + " without a summary gets one, and every entry sent is stored with confidence 1.0. Interviews"
                    + " created afterwards are planned from the corrected profile.")
    @APIResponse(responseCode = "200", description = "Stored; the resume now has profileSource user",
            content = @Content(schema = @Schema(implementation = ResumeView.class)))
    @APIResponse(responseCode = "400", description = "Missing body, or invalid fields (each named in errors by its"
            + " JSON path, e.g. experience[1].title); nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such resume for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResumeView correctProfile(@PathParam("id") long id,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ResumeProfile.class)))
            @NotNull ResumeProfile profile) {
        return service.correctProfile(user.id(), id, profile);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteResume", summary = "Delete a resume and its extracted text")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such resume for this caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id) {
        service.delete(user.id(), id);
    }

    private static Response respond(ResumeService.Ingested ingested, UriInfo uriInfo) {
        if (!ingested.created()) {
            return Response.ok(ingested.resume()).build();
        }
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/resumes/{id}")
                .build(ingested.resume().id())).entity(ingested.resume()).build();
    }
}
